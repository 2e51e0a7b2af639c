"""What heldout72's readers quoted from two pasted books, written again as tables of our own: a roster of the
households an office supports (name, ID, why they are poor) says how many and the clerk's totals and no one's case;
an aid sheet the same; a party branch's meeting book says each meeting and who attended as so many people, with a
two-character name padded to line up (周  敏) read as one cell, 同上 read as the cell above, a row that left a cell
empty without a mark put under the columns its cells fit, and a book typed with single spaces read as a table."""

from __future__ import annotations

from assistant.facts.tables import table_sentences

ROSTER = "\n".join(
    [
        "序号\t户主姓名\t身份证号码\t家庭人口\t保障人口\t月保障金\t致困原因\t备注",
        "1\t柯远山\t420111********3316\t3\t2\t680\t本人患肾病透析\t",
        "2\t严翠英\t420111196804125527\t1\t1\t410\t丧偶，本人二级残疾\t单人保",
        "3\t尹大成\t420111********1219\t5\t4\t1,260\t儿子车祸致残\t",
        "合计\t\t\t9\t7\t2,350\t\t",
    ]
)


def test_a_roster_of_households_says_how_many_and_its_totals_and_no_ones_case() -> None:
    said = table_sentences(ROSTER)
    assert said == ["共3户，合计家庭人口9人、保障人口7人、月保障金2350元"]


def test_an_aid_sheet_names_no_one_and_no_misfortune() -> None:
    sheet = "\n".join(
        [
            "序号\t姓名\t救助事由\t救助金额（元）\t发放时间",
            "1\t晏春花\t住房失火\t2,500\t2026.3.2",
            "2\t彭德旺\t突发脑梗住院\t4,000\t2026.8.19",
            "合计\t\t\t6,500\t",
        ]
    )
    text = "；".join(table_sentences(sheet) or [])
    assert text == "共2人，合计救助金额6500元"


MEETINGS = "\n".join(
    [
        "序号    日期         会议议题                          应到人数  实到人数  请假  主持人   记录人   备注",
        "1       2026.2.20    传达学习上级会议精神                  31        28        3     柯远山   严  芳",
        "2       2026.5.14    讨论发展预备党员                      31        30        1     柯远山   严  芳   接收预备党员1名",
    ]
)


def test_a_meeting_book_says_each_meeting_and_attendance_and_no_clerk() -> None:
    said = table_sentences(MEETINGS)
    assert said is not None
    text = "；".join(said)
    assert "应到31人" in text and "实到28人" in text and "请假3人" in text and "接收预备党员1名" in text
    for gone in ("严", "芳", "柯远山", "记录人", "主持人"):
        assert gone not in text, text


def test_a_row_short_of_a_cell_is_put_under_the_columns_it_fits_and_ditto_is_the_cell_above() -> None:
    book = "\n".join(
        [
            "月份    活动内容                地点              参加人数   备注",
            "3月     植树护绿                滨江公园          26",
            "4月     义诊进小区              同上              40         与卫生院联合",
            "5月     参观红色教育基地                          19",
        ]
    )
    text = "；".join(table_sentences(book) or [])
    assert "滨江公园开展义诊进小区" in text or ("义诊进小区" in text and text.count("滨江公园") == 2), text
    assert "在19" not in text and "19人" in text, text


def test_a_book_typed_with_single_spaces_and_its_last_cells_left_blank_is_a_table() -> None:
    from assistant.facts.shapes import spaced_table

    items = [
        "序号 日期 议题 应到 实到 列席 备注",
        "1 3.6 研究春季防火工作 7 7",
        "2 4.11 研究慰问困难党员 7 6  1人请假",
        "3 5.9 讨论入党积极分子 7 7 2",
    ]
    tabbed = spaced_table(items)
    assert tabbed is not None and tabbed[1].split("\t")[:5] == ["1", "3.6", "研究春季防火工作", "7", "7"]
    text = "；".join(table_sentences("\n".join(tabbed)) or [])
    assert "列席2人" in text and "应到7人" in text and "序号" not in text, text
