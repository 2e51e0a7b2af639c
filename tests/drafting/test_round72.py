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


# --------------------------------------------------------------------------- the spoken notes and the opening
import pytest  # noqa: E402

from assistant.core.numbers import find_figures  # noqa: E402
from assistant.facts.copyedit import edit_item  # noqa: E402
from assistant.facts.privacy import kin_withheld, names_withheld  # noqa: E402


@pytest.mark.parametrize(
    ("item", "has", "lacks"),
    [
        ("村里请了5杂护林员，每月发一次工资", ["5个护林员"], ["杂"]),
        ("九杂组都开了会，还有2杂没到齐", ["九个组", "2个"], ["杂"]),
        ("清理杂草和杂物14处", ["杂草", "杂物"], ["个草"]),
        ("后来他崽从长沙回来才劝通", ["儿子"], ["崽"]),
        ("年底考评咱排第二", ["位列第二"], ["咱"]),
        ("网格员麻溜儿赶过去把门打开了", ["迅速"], ["麻溜"]),
        ("发了好几百份宣传单", ["数百份"], ["好数", "好几"]),
        ("楼道清理整得不咋地，角落老埋汰了", ["效果不理想", "较为脏乱"], ["不咋", "埋汰"]),
        ("又给装了烟感报警器装了40个", ["安装烟感报警器40个"], ["装了40"]),
        ("入户宣传反诈6场，每场都有个百十来号人", ["约百十人"], ["号人", "有个"]),
        ("P:已經向房署反映，但係到而家都未處理", ["至今"], ["但係", "而家"]),
        ("全年受理报修86起，去年为120起，同比下降28%", ["同比下降28%"], ["有所减少"]),
        ("登记出租屋3,416栋（套）", ["3416栋（套）"], ["3,416"]),
    ],
)
def test_what_heldout72s_readers_quoted_is_written(item: str, has: list[str], lacks: list[str]) -> None:
    text, _ = edit_item(item.removeprefix("P:"), work=not item.startswith("P:"))
    for word in has:
        assert word in text, text
    for word in lacks:
        assert word not in text, text
    assert len(find_figures(text)) >= len(find_figures(item.removeprefix("P:")))  # (九杂 is read as a figure once 九个)


@pytest.mark.parametrize(
    ("item", "gone"),
    [
        ("王秀珍娭毑每天都来帮忙", "秀珍"),
        ("有个老倌子彭国华硬是不肯搬", "国华"),
    ],
)
def test_a_resident_named_beside_a_regions_word_for_an_elder_is_unnamed(item: str, gone: str) -> None:
    text, _ = names_withheld(item)
    assert gone not in text, text


def test_an_elder_known_by_surname_after_the_unit_of_a_building_is_one_elder() -> None:
    text, _ = kin_withheld("5号楼3单元李某大娘摔了一跤")
    assert "李" not in text and "一位老人" in text, text


def test_a_book_of_many_meetings_is_one_sentence_with_its_roll_as_a_range() -> None:
    """heldout72's readers: twelve lines of 应到5人，实到5人 read as a log, not a summary."""
    book = "\n".join(
        ["序号\t日期\t议题\t应到\t实到\t备注"]
        + [
            f"{n}\t{n}.6\t研究{topic}\t7\t{present}\t{note}"
            for n, (topic, present, note) in enumerate(
                [("春季防火", 7, ""), ("慰问困难党员", 6, "1人病假"), ("入党积极分子培养", 7, ""), ("汛期值班", 7, "")],
                1,
            )
        ]
        + ["合计\t4次\t\t28\t27\t"]
    )
    said = table_sentences(book)
    assert said == [
        "共召开4次，先后研究春季防火，研究慰问困难党员，研究入党积极分子培养，研究汛期值班，每次应到7人，实到6至7人，1人病假"
    ]


def test_a_survey_named_before_its_score_says_where_the_score_came_from() -> None:
    text, _ = edit_item("区民政局第三方服务满意度测评，站点得分96.1分，排全区第三")
    assert text.startswith("在区民政局第三方服务满意度测评中，站点得分96.1分"), text


def test_heldout73s_ledger_of_rented_rooms_names_no_landlord_and_says_its_foot() -> None:
    """A 群租房 ledger (业主 by name, 发现时间 typed three ways, 合计：…处 in the 序号 cell) and a grid's table whose
    headers carry 栋 and 间: no landlord named, each finding dated as a day, the foot without 序号, the units said."""
    ledger = "\n".join(
        [
            "序号\t地址\t业主\t发现时间\t存在问题\t整改情况",
            "1\t柳巷3号\t章立群\t10.16\t一房隔成4间\t已整改",
            "2\t柳巷9号\t范秋菊\t2025/11/2\t楼道堆物\t整改中",
            "合计：2处\t\t\t\t\t已整改1处",
        ]
    )
    text = "；".join(table_sentences(ledger) or [])
    assert "章立群" not in text and "范秋菊" not in text and "序号" not in text, text
    assert "10月16日" in text and "11月2日" in text and "合计2处" in text, text
    grid = "\n".join(["网格\t出租屋（栋）\t出租房间（间）", "第一网格\t86\t412", "第二网格\t47\t198"])
    said = "；".join(table_sentences(grid) or [])
    assert "出租屋86栋" in said and "出租房间412间" in said, said


@pytest.mark.parametrize(
    ("item", "gone", "kept"),
    [
        ("5号楼的吴姐还给清雪的送了热水", "吴姐", "一位居民"),
        ("北头老周家（周德胜）的草垛一直没清", "周德胜", "老周家"),
        ("安排郑大姐和何大姐值班，钱大叔负责登记", "", "钱大叔负责登记"),  # helpers on duty, not residents
    ],
)
def test_heldout73s_residents_by_where_they_live_are_unnamed_and_helpers_are_not(
    item: str, gone: str, kept: str
) -> None:
    text, _ = edit_item(item)
    assert (not gone or gone not in text) and kept in text, text


@pytest.mark.parametrize(
    ("item", "has", "lacks"),
    [
        ("一有预警就在小区群头发通知", ["群内发通知"], ["群头"]),
        ("这个村里解决不到，要镇上统筹", ["无法解决"], ["解决不到"]),
        ("老少爷们儿都说这个东西不孬", ["村民", "效果好"], ["不孬", "爷们"]),
        ("发现烧秸秆3起，当场劝灭，没出么事", ["未造成损失"], ["么事"]),
        ("广播站一天吆喝三遍防火知识", ["每天广播三遍"], ["吆喝"]),
        ("暖气管保温棉不少都秃噜了，重新包了200米", ["多处脱落", "200米"], ["秃噜"]),
        ("维修工烤了两个多小时，整到天亮才通", ["至天亮疏通"], ["整到"]),
        ("我们走了一遍小区", ["走了一遍小区"], []),  # (no comma put after a count of times)
    ],
)
def test_what_heldout73s_readers_quoted_is_written(item: str, has: list[str], lacks: list[str]) -> None:
    text, _ = edit_item(item)
    for word in has:
        assert word in text, text
    for word in lacks:
        assert word not in text, text
