"""The twentieth session's answers, written as books and notes of our own: what the first readers of heldout81 and
heldout82 and the hostile pass of round 81 quoted — a visitors' book by its kinds and what is done, a register of
changes by its own tally, a progress table by its groups' and the whole's figures, a table typed with single spaces
by the one total its rows bear out, corrections said beside their figure, books set apart by full-width spaces,
words said without quotes, names after a title, a workbook's total that does not add up, and the checker's closings
and plans in a chat, a Hong Kong report and a summary with its plans' heading over a short list."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.facts.copyedit import edit_item


def test_a_visitors_book_of_many_kinds_is_said_by_its_commonest_kinds_and_what_is_done() -> None:
    from assistant.facts.tables import table_sentences

    kinds = ["噪音扰民", "政策咨询", "噪音扰民", "漏水", "政策咨询", "噪音扰民", "停车", "漏水", "政策咨询", "宠物"]
    kinds += ["噪音扰民", "绿化", "漏水", "路灯", "政策咨询"]
    done = ["是", "是", "否", "是", "是", "是", "否", "是", "是", "是", "是", "否", "是", "是", "是"]
    rows = [
        f"{n}\t2026/3/{n}\t居民{n}\t1\t{kind}\t已答复\t{tick}\t俞芳"
        for n, (kind, tick) in enumerate(zip(kinds, done, strict=True), 1)
    ]
    book = [
        "登记时段：2026年3月1日—2026年3月31日",
        "序号\t来访日期\t来访人\t人数\t问题类别\t处理情况\t是否办结\t接待人",
        *rows,
        "合计\t\t15批次\t15\t\t\t12件\t",
    ]
    said = " ".join(table_sentences("\n".join(book)) or [])
    assert said.startswith("合计15批次15人，其中噪音扰民4批次、政策咨询4批次、漏水3批次"), said
    assert "已办结12件" in said and "是否" not in said and "登记时段" not in said, said


def test_a_register_of_changes_is_said_by_its_own_tally_not_as_a_roster() -> None:
    from assistant.facts.tables import table_sentences

    book = [
        "新庄村人口变动登记簿    2026年度",
        "序号  登记日期    户主姓名  变动人姓名  变动类别  备注",
        "1     2026.02.03  秦大海    秦小禾      出生      已落户",
        "2     2026.03.11  景长生    景长生      死亡      已销户",
        "3     2026.05.20  蒲文华    邢彩云      迁入      婚入",
        "4     2026.08.02  蒲文华    蒲嘉乐      迁出      入学",
        "合计                  出生1人  死亡1人  迁入1人  迁出1人",
        "年初户籍人口812人   年末户籍人口812人",
    ]
    said = table_sentences("\n".join(book))
    assert said == ["合计出生1人，死亡1人，迁入1人，迁出1人", "年初户籍人口812人，年末户籍人口812人"], said


def test_a_progress_table_with_groups_is_said_by_the_groups_and_the_whole() -> None:
    from assistant.facts.tables import table_sentences

    table = [
        "2026年慢病随访进度通报（截至10月31日）\t\t\t\t\t",
        "序号\t片区\t站点\t任务数（人）\t随访情况（人）\t",
        "\t\t\t\t本月新增\t累计完成",
        "1\t南片\t桥头站\t300\t9\t260",
        "2\t\t河湾站\t200\t4\t150",
        "\t南片小计\t\t500\t13\t410",
        "3\t北片\t松岗站\t400\t11\t380",
        "4\t\t柳营站\t100\t2\t70",
        "\t北片小计\t\t500\t13\t450",
        "合计\t\t\t1000\t26\t860",
    ]
    said = table_sentences("\n".join(table)) or []
    assert len(said) == 3 and said[-1].startswith("合计"), said
    assert "累计完成860人" in said[-1] and not any("桥头站" in s for s in said), said


def test_a_table_typed_with_single_spaces_is_said_by_the_total_its_rows_bear_out() -> None:
    from assistant.facts.shapes import unread_table

    items = [
        "第二党支部2026年上半年党费收缴明细表",
        "序号 姓名 月工资（元） 比例 每月应缴（元） 缴纳情况（元） 上半年合计（元） 备注",
        "1月 2月 3月 4月 5月 6月",
        "1 沈立群 4000 0.5% 20 20 20 20 20 20 20 120",
        "2 甘秀云 3000 0.5% 15 15 15 45 4月起外出，待补缴",
        "3 屈振海 6000 1% 60 60 60 60 60 60 60 360",
        "4 蓝玉 5000 0.5% 25 150 1月一次交清",
        "合计 120 245 95 95 80 80 80 675",
    ]
    said, why = unread_table(items, "党费收缴") or ([], "")
    assert said == ["共4人，上半年合计675元"], said
    assert "相符" in why
    items[-1] = "合计 120 245 95 95 80 80 80 690"  # (not what its rows come to: nothing of it is trusted)
    said, _ = unread_table(items, "党费收缴") or ([], "")
    assert said and said[0].startswith("【待补"), said


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("劝阻8起，帮助居民挽回损失约6万元（原报9起，经民警核实重复1起，实为8起）", "劝阻8起，帮助居民挽回损失约6万元"),
        ("已完成屋面防水的楼栋累计14栋，原报12栋，实为14栋（2栋11月补报，前期漏报）", "已完成屋面防水的楼栋累计14栋"),
        ("物业送来二十来箱矿泉水（后来点的是24箱），当天发完", "物业送来24箱矿泉水，当天发完"),
        ("协助办理残疾证，刚开始统计的是41人，后来逐一核对实际是38人", "协助办理残疾证38人"),
    ],
)
def test_a_correction_beside_its_figure_or_in_plain_words_leaves_only_the_corrected_figure(
    item: str, said: str
) -> None:
    from assistant.facts.corrections import as_corrected

    assert as_corrected(item)[0] == said


def test_a_corrected_cell_leaves_a_total_of_the_first_figures_unsaid() -> None:
    from assistant.facts.tables import table_sentences

    book = "楼栋\t更换灯具（盏）\n1号楼\t30\n2号楼\t原报25，实为20\n3号楼\t18\n合计\t73"
    said = " ".join(table_sentences(book) or [])
    assert "20盏" in said and "25" not in said and "73" not in said, said


def test_a_table_set_apart_by_two_full_width_spaces_is_read_by_its_columns() -> None:
    from assistant.facts.tables import table_sentences

    book = "类别\u3000\u3000受理（件）\u3000\u3000办结（件）\n供水\u3000\u300031\u3000\u300030\n燃气\u3000\u300012\u3000\u300012"
    said = " ".join(table_sentences(book) or [])
    assert "供水，受理31件，办结30件" in said, said


def test_the_same_parts_under_two_merged_cells_are_named_by_their_cells() -> None:
    from assistant.facts.tables import table_sentences

    book = (
        "月份\t门诊（人次）\t\t出诊（人次）\t\n\t计划\t完成\t计划\t完成\n7月\t500\t512\t40\t38\n8月\t500\t470\t40\t44"
    )
    said = " ".join(table_sentences(book) or [])
    assert "门诊完成" in said and "出诊计划" in said and "512人次" in said, said


def test_a_books_heading_says_the_work_not_the_book_and_its_year() -> None:
    from assistant.drafting.phrasing import heading_name

    assert heading_name("户籍变动登记簿（2026年）") == "户籍变动登记工作"


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("给独居老人装了烟感18个，老爷子拉着手直说哎哟你们真是上心", "烟感18个", "上心"),
        ("清运积雪12车，有位大姐说俺这回出门可放心了，当场帮她把台阶也扫了", "当场帮她", "放心"),
    ],
)
def test_words_said_without_quotes_after_the_work_go_to_the_sentences_end(note: str, kept: str, gone: str) -> None:
    said, _ = edit_item(note, work=True)
    assert kept in said and gone not in said, said


def test_a_note_that_is_only_someones_words_without_quotes_is_no_work() -> None:
    said, _ = edit_item("一位大爷说，你们比我亲闺女还操心，闺女在外地一年回来一趟", work=True)
    assert said == "", said
    asked, _ = edit_item("送餐40份，老人说你们能不能周末也送", work=True)
    assert "能不能" in asked, asked  # (what they asked is content)


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("春节慰问老党员钟国华同志等8户", "钟国华"),
        ("走访低保家庭龙晓梅等5户", "龙晓梅"),
        ("有个老太太叫聂素芬，家里水管冻了，我们帮她修好了", "聂素芬"),
    ],
)
def test_a_resident_after_a_title_or_a_family_is_not_named(note: str, gone: str) -> None:
    said, _ = edit_item(note, work=True)
    assert gone not in said, said


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("暖气片贼凉，师傅整了一下午才修好", "十分凉", "整了"),
        ("把仓库里的桌椅哈搬出来了", "搬出来", "哈"),
        ("坐大巴克的", "去的", "克"),
        ("多整点家门口的活路", "就业岗位", "活路"),
        ("我们网格园连夜到场", "网格员", "网格园"),
    ],
)
def test_what_heldout81s_and_heldout82s_readers_quoted_in_notes_of_our_own(note: str, kept: str, gone: str) -> None:
    edited, _ = edit_item(note, work=True)
    assert kept in edited and gone not in edited, edited


def test_a_workbook_total_its_rows_do_not_add_up_to_is_set_aside_and_the_rows_stand(
    tmp_path: Path, zongjie_home: Path
) -> None:
    import openpyxl

    from ..cli_helpers import invoke

    folder = tmp_path / "材料"
    folder.mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["楼栋", "安装灭火器(具)"], ["1号楼", 12], ["2号楼", 9], ["合计", 25]]:
        sheet.append(row)
    book.save(str(folder / "灭火器台账.xlsx"))
    out = tmp_path / "facts.yaml"
    result = invoke(["facts", "extract", str(folder), "-o", str(out), "--community", "东坡社区", "--period", "2026年"])
    written = out.read_text(encoding="utf-8")
    assert result.exit_code == 0, result.output
    assert "1号楼安装灭火器12具" in written and "25" not in written.split("主要工作", 1)[1], written
    assert "不符" in result.output


def _parts(text: str) -> dict[str, bool]:
    from assistant.checking.check import check_text

    report = check_text(text, "t.txt")
    return {name: part.found for name, part in report.sections.items()}


def test_a_line_that_hands_the_report_up_in_a_chat_is_its_closing() -> None:
    text = "\n".join(
        [
            "河西社区2026年2月工作小结",
            "2月，社区围绕节后复工和安全排查开展工作，情况如下：",
            "一、主要工作",
            "1. 走访独居老人46户。",
            "二、存在问题",
            "1. 部分楼栋消防通道仍有堆物。",
            "三、下月计划",
            "1. 开展消防通道专项清理。",
            "以上，请刘书记审阅。",
            "刘书记",
            "19:06",
            "收到，辛苦了。",
        ]
    )
    assert _parts(text)["closing"]


def test_a_plans_heading_over_a_short_list_after_long_paragraphs_heads_the_plans() -> None:
    work = "本季度完成屋面防水6栋，计8,200平方米；规整楼道线缆9栋，清理堆物27车，居民反映较好，后续继续跟进。" * 3
    text = "\n".join(
        [
            "南园街道2026年第三季度老旧小区整治工作总结",
            "第三季度，街道对辖区两个小区开展综合整治。现将本季度工作总结如下。",
            f"东苑小区：{work}",
            f"西苑小区：{work}",
            "但工作中还存在一些不足：一是施工扰民投诉较多；二是资金拨付偏慢。",
            "第四季度工作安排",
            "1. 11月底前完成外墙保温。",
            "2. 组织联合验收。",
            "我们将以此次整治为契机，不断提升居民的获得感。",
            "南园街道办事处",
        ]
    )
    parts = _parts(text)
    assert parts["plans"] and parts["closing"], parts


def test_a_hong_kong_reports_way_ahead_is_its_plans_and_a_handling_mark_is_no_title() -> None:
    from assistant.core.roles import PLAN_HEADING
    from assistant.core.text import fold

    assert PLAN_HEADING.search(fold("四、未來路向"))
    text = "內部資料  注意保存\n\n東坡社區居民委員會\n關於2026年度工作情況的總結\n\n2026年，社區圍繞服務為民開展工作。"
    from assistant.checking.check import check_text

    assert check_text(text, "t.txt").sections["title"].line == 3  # (its two lines, from the office's)


def test_a_binary_facts_file_is_told_what_a_facts_file_is(tmp_path: Path, zongjie_home: Path) -> None:
    from ..cli_helpers import invoke

    facts = tmp_path / "facts.yaml"
    facts.write_bytes(bytes(range(256)) * 4)
    result = invoke(["draft", str(facts), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 2 and ".yaml" in result.output and ".docx" not in result.output, result.output


def test_a_book_of_gifts_is_said_by_how_many_how_they_divide_and_its_total_without_the_struck_row() -> None:
    from assistant.facts.tables import table_sentences

    givers = [
        ("阳光药房", "单位", "2000"),
        ("钟卫国", "个人", "300"),
        ("河畔餐馆", "单位", "1500"),
        ("匿名", "个人", "100"),
    ]
    givers += [("公益日线上筹款", "线上", "4200"), ("公益日线上筹款", "线上", "4200"), ("华庭物业", "单位", "3000")]
    givers += [("覃小燕", "个人", "200"), ("街道慈善分会", "", "5000")]
    rows = [
        f"{n}\t2026/{n}/8\t{who}\t{kind}\t资金\t{amount}\t陶敏\t{'重复登记，作废' if n == 6 else ''}"
        for n, (who, kind, amount) in enumerate(givers, 1)
    ]
    book = ["序号\t日期\t捐赠人（单位）\t类别\t形式\t金额（元）\t经手人\t备注", *rows, "合计\t\t\t\t\t16300\t\t"]
    said = table_sentences("\n".join(book)) or []
    assert said == ["接收捐赠8笔，其中单位3笔、个人3笔、线上1笔、未注明类别1笔，合计金额16300元"], said


def test_a_monthly_report_on_its_side_is_said_by_each_lines_total_when_its_figures_add_up() -> None:
    from assistant.facts.shapes import months_by_total

    report = [
        "便民服务站工作月报汇总表（2026年1-6月）",
        "项目 1月 2月 3月 4月 5月 6月 合计",
        "代办事项（件） 12 9 14 11 46",
        "其中：社保代办（件） 5 3 6 14",
        "上门服务（人次） 8 6 7 9 5 4 39",
        "政策宣讲（场次） 1 1 2 4",
        "备注：空白为当月无此项工作",
        "填表人：欧阳 审核：费红",
    ]
    said = months_by_total(report)
    assert said == ["代办事项46件（其中社保代办14件），上门服务39人次，政策宣讲4场次"], said
    report[2] = "代办事项（件） 12 9 14 11 47"  # (not what its months come to: the report is not read)
    assert months_by_total(report) is None


def test_a_count_of_kinds_says_each_kind_and_trusts_no_total_of_a_kind_counted_inside_another() -> None:
    from assistant.facts.shapes import spaced_table
    from assistant.facts.tables import table_sentences

    rows = spaced_table(
        ["类别 人数 备注", "退休职工 40", "独居老人 6 已含在退休职工内", "低保家庭 3 按户统计", "合计 49"]
    )
    said = table_sentences("\n".join(rows or []))
    assert said == ["退休职工40人", "独居老人6人，已含在退休职工内", "低保家庭3户"], said


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("组织志愿者百八十人次清理河道", "百八十人次", "百80"),  # (a rough count stays in words)
        ("村级道路原报3,100米，经复核实为2,960米，已更正上报", "道路2960米", "上报"),
        ("配合市场监管所稽查经营场所18家次", "稽查", "稽检查"),
        ("清理集体资源发包合同11份", "发包合同", "发放包"),
        ("3户已补签书面协议", "补签书面协议", "补签订"),
        ("给他们整了雨衣、手电筒", "准备了雨衣", "开展了"),
    ],
)
def test_what_heldout83s_readers_found_garbled_reads_as_written(note: str, kept: str, gone: str) -> None:
    said, _ = edit_item(note, work=True)
    assert kept in said and gone not in said, said


@pytest.mark.parametrize(
    ("category", "heading"),
    [("找活路", "务工就业"), ("停电停水那几天", "停电停水期间"), ("老人那块", "老年人服务"), ("反诈宣传", "反诈宣传")],
)
def test_a_clerks_spoken_name_for_a_line_of_work_heads_it_in_writing(category: str, heading: str) -> None:
    from assistant.drafting.phrasing import heading_name

    assert heading_name(category) == heading


def test_plans_begun_inside_the_last_paragraph_are_the_plans_not_a_closing() -> None:
    text = "\n".join(
        [
            "北岸社区2026年创卫迎检工作总结",
            "今年4月至7月，社区按照街道部署开展创卫迎检。现将有关情况报告如下。",
            "一、主要做法",
            "清理卫生死角42处，整治背街小巷6条。",
            "二、薄弱环节",
            "一是部分点位容易反弹；二是志愿者年龄偏大。",
            "总的来看，迎检工作取得了一定成绩，但离居民期待还有差距。下一步，我们将转入常态管理，一方面每周巡查点位，"
            "另一方面招募青年志愿者30名以上。",
            "北岸社区居民委员会",
        ]
    )
    parts = _parts(text)
    assert parts["plans"] and not parts["closing"], parts


def test_an_oa_print_stamp_and_a_speechs_byline_are_read_as_what_they_are() -> None:
    from assistant.checking.check import check_text

    text = "\n".join(
        [
            "文件处理单打印时间：2026-03-02 09:15:40　　第1页/共1页",
            "在社区2026年工作会上的讲话",
            "（社区党委书记　○○○）",
            "同志们：今天召开会议，回顾一年来的工作。",
        ]
    )
    rules = [f.rule for f in check_text(text, "t.txt").findings]
    assert "date-form" not in rules and "placeholder" in rules, rules


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("上门一户一户唠，帮着办了采暖补贴9户", "逐户沟通", "唠"),
        ("有居民说沙袋挡路，气得在群里骂娘，后来我们挪到了边上", "挪到了边上", "骂娘"),
        ("王老五一个人住，上个月电话打不通，网格员上门查看", "一位村民", "王老五"),
        ("跑到他家一看他在院里晒粮食哩", "晒粮食", "哩"),
    ],
)
def test_what_heldout83s_readers_quoted_in_spoken_notes_of_our_own(note: str, kept: str, gone: str) -> None:
    said, _ = edit_item(note, work=True)
    assert kept in said and gone not in said, said


def test_the_staffs_feeling_left_alone_when_what_was_said_went_is_no_work() -> None:
    said, _ = edit_item("刘奶奶拉着我们的手说“你们辛苦了，天天来看我”，当时我们心里很温暖", work=True)
    assert said == "", said


def test_what_a_dropped_quote_meant_and_a_fright_go_with_it() -> None:
    said, _ = edit_item("居民老周跟我说“你们天天跑，图个啥”，就这一句话大家觉得这趟没白跑", work=True)
    assert said == "", said
    said, _ = edit_item("网格员去敲门没人应，小钱吓坏了，赶紧给她女儿打电话", work=True)
    assert "小钱" not in said and "女儿打电话" in said, said
