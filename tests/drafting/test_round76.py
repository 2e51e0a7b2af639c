"""What heldout76's first readers quoted, written again as tables and notes of our own: a book typed with runs of spaces
that line up as a fixed-width font prints them (blank cells and all) read by where each cell starts; two headings one
space apart where the column ran out of room; a long book of households' occasions said by its 合计, no household named;
a month-by-month table whose columns are ages and parts (其中：80岁以上) said by its total; a short book of ticks (是/否)
with its tally said by the tally; a fiscal year's quarter named once in the title; the opening that names what it sums
up under a title of the same words; an activity's quoted name that holds a surname; regional words the readers quoted."""

from __future__ import annotations

from assistant.core.periods import period_kind
from assistant.facts.copyedit import edit_item
from assistant.facts.tables import table_sentences
from tests.checking.shapes import report_of


def _padded(*cells: str, widths: tuple[int, ...]) -> str:
    """A row as a clerk lines it up with spaces, each cell padded to its column's printed width."""
    out = ""
    for cell, width in zip(cells, widths, strict=False):
        printed = sum(2 if "\u4e00" <= ch <= "\u9fff" or ch in "（）" else 1 for ch in cell)
        out += cell + " " * max(width - printed, 2)
    return out.rstrip()


WIDTHS = (6, 10, 10, 14, 8, 12, 16, 10)


def test_a_book_lined_up_with_spaces_reads_each_cell_under_its_column_and_says_its_total() -> None:
    rows = [
        _padded(str(n), f"3.{n}", name, what, tables, people, "已签", note, widths=WIDTHS)
        for n, (name, what, tables, people, note) in enumerate(
            [
                ("周建平", "儿子结婚", "10", "100", ""),
                ("吴秀珍", "老人去世", "", "约60", "未办宴席"),  # (a blank cell: the next column still its own)
                ("郑国强", "女儿出嫁", "8", "80", ""),
                ("钱玉兰", "孙子满月", "3", "30", ""),
                ("孙德福", "丧事", "4", "50", ""),
                ("周小梅", "寿宴", "6", "60", ""),
                ("吴建国", "儿子结婚", "12", "120", "原报15桌"),
                ("郑桂芳", "升学宴", "—", "—", "主动取消"),
            ],
            start=1,
        )
    ]
    book = "\n".join(
        [
            "某村红白事报备登记表（2026年度）",
            _padded(
                "序号", "报备日期", "户主", "事由", "宴席（桌）", "参加人数（人）", "承诺书", "备注", widths=WIDTHS
            ),
            *rows,
            _padded(
                "合计", "", "共8起（婚事3起 丧事2起 其他3起）", "", "43", "约500", widths=(*WIDTHS[:2], 36, 0, 10, 16)
            ),
            "经办人：某某     填表日期：2026年12月20日",
        ]
    )
    said = table_sentences(book)
    assert said is not None
    text = "".join(said)
    assert "共8起（婚事3起、丧事2起、其他3起）" in text and "宴席43桌" in text, said
    for name in ("周建平", "吴秀珍", "郑国强", "钱玉兰", "孙德福", "周小梅", "吴建国", "郑桂芳", "经办人"):
        assert name not in text, said


def test_two_headings_a_space_apart_are_two_columns() -> None:
    book = "\n".join(
        [
            "序号  日期    事项          场次（场） 人数（人）  备注",
            "1     3.5     法律讲座      1          40          ",
            "2     4.8     反诈宣传      2          120         进小区",
            "3     5.12    禁毒宣传      1          60          ",
        ]
    )
    said = table_sentences(book)
    assert said is not None and any("120" in s for s in said), said
    assert not any("场次（场） 人数" in s or "人数（人）" in s for s in said), said


def test_months_with_columns_by_age_and_part_are_said_by_their_total() -> None:
    table = "\n".join(
        [
            "月份\t开放天数\t服务人次（含上门）\t其中：70岁以上\t其中：上门服务\t补贴金额（元）\t备注",
            *[f"{m}月\t20\t{300 + m}\t{100 + m}\t{20 + m}\t900\t" for m in range(1, 8)],
            f"合计\t140\t{sum(300 + m for m in range(1, 8))}\t{sum(100 + m for m in range(1, 8))}\t"
            f"{sum(20 + m for m in range(1, 8))}\t6300\t",
        ]
    )
    said = table_sentences(table)
    assert said is not None and len(said) == 1, said
    assert said[0].startswith("合计开放140天，服务2128人次（含上门），其中70岁以上728人次、上门服务168人次"), said
    assert "补贴金额6300元" in said[0], said


def test_a_short_book_of_ticks_with_its_tally_is_said_by_the_tally() -> None:
    book = "\n".join(
        [
            "序号\t标题\t报送日期\t镇采用\t县采用",
            "1\t某村开展植树活动\t3月12日\t是\t否",
            "2\t某村召开村民大会\t4月2日\t是\t是",
            "3\t某村修缮文化广场\t5月20日\t否\t否",
            "4\t某村举办重阳宴\t10月9日\t是\t否",
            "合计：报送4篇   镇采用3篇   县采用1篇",
        ]
    )
    assert table_sentences(book) == ["合计报送4篇，镇采用3篇，县采用1篇"]


def test_a_fiscal_years_quarter_is_a_quarter() -> None:
    assert period_kind("2026/27年度第一季（2026年4月至6月）") == "quarter"


def test_the_opening_that_names_what_it_sums_up_is_not_the_title_again() -> None:
    text = "\n".join(
        [
            "某某社区2026年上半年工作总结",
            "2026年上半年，某某社区围绕街道部署，扎实推进各项工作，现将上半年工作总结如下：",
            "一、上半年工作开展情况",
            "1.环境整治。清理楼道堆物30处。",
            "二、存在的不足",
            "一是志愿者数量不足。",
            "三、下半年工作打算",
            "1.招募志愿者20名。",
        ]
    )
    opening = {getattr(n, "value", n): p for n, p in report_of(text).sections.items()}["opening"]
    assert opening.found and opening.line == 2, opening


def test_an_activitys_quoted_name_holding_a_surname_is_kept() -> None:
    said, _ = edit_item("举办“湘江江头话家风”故事会1场，参加80人", work=True)
    assert "“湘江江头话家风”" in said, said


def test_regional_words_the_readers_quoted_are_written() -> None:
    for note, gone, kept in [
        ("三号楼二单元赵桂兰婆姨家的管子一满裂了口子，社区当天就叫师傅换了", ("赵桂兰", "媳妇", "一满"), "赵某家"),
        ("那场大雪下老鼻子了，社区出动20人清雪", ("老鼻子", "较多"), "下得很大"),
        ("老人们说饭菜攒劲，每天就餐40人", ("攒劲", "扎实"), "可口"),
        ("有三个细蚊仔在塘里游水，我们喊他们上来先", ("细蚊仔", "上来先"), "先叫他们上岸"),
    ]:
        said, _ = edit_item(note, work=True)
        assert not any(g in said for g in gone) and kept in said, said
