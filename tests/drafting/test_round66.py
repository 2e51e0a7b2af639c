"""Round 49's first contact (heldout66, a fifty-fifth hand: 兰州, 临沂 by voice, 南宁 notes, a Taiwan 協會): what its
two blind readers quoted, each put in our own words. Failing before, all of them."""

from __future__ import annotations

import pytest

from assistant.drafting.phrasing import short_office
from assistant.facts.copyedit import edit_item


@pytest.mark.parametrize(
    ("said", "work", "want"),
    [
        # meanings the rules had changed: a room that is no home, chat that is no 沟通, telling off that is no 讲解
        ("活动室是去年收拾出来的，屋里摆了8张桌子", True, "活动室是去年收拾出来的，室内摆放8张桌子"),
        ("想让大家午饭后在这里拉呱下棋", False, "拟让大家午饭后在这里聊天、下棋"),
        ("讲了她好几回，才把楼道里的电瓶拿走", True, "多次劝导她，才把楼道里的电瓶拿走"),
        ("报名的比去年多好多", True, "报名的比去年多得多"),
        ("光靠补贴和饭钱撑不住", False, "仅靠补贴和餐费撑不住"),
        # a figure said about twice over by two rules: once (not 签约, and the clerk's own 约…多 stays)
        ("一季度下来测了得有八百多人次", True, "一季度下来测了八百余人次"),
        ("家庭医生签约4100多人", True, "家庭医生签约4100多人"),
        # a village speaker's 俺 and 晌午, a 南宁 clerk's 电鸡 and 装多
        ("俺和网格员每天晌午去转一圈", True, "我们和网格员每天中午去巡查一次"),
        ("下个月再装多40个充电口给电鸡用", False, "下个月再装40个充电口给电动自行车用"),
        ("安排三个妹仔守着教，落雨天也去", True, "安排三个工作人员守着教，雨天也去"),
        # a Taiwan speaker's 齁 and 真的很讚; praise said of the work, and what the pleased one did next
        ("長輩每週三來做手工，齁，做得很開心", True, "長輩每週三來做手工，做得很開心"),
        ("共餐的湯是志工煮的，真的很讚", True, "共餐的湯是志工煮的"),
        ("维修师傅当天就换了阀门，住户说比自家孩子还亲", True, "维修师傅当天就更换了阀门"),
        ("暖气修好了，大妈高兴得不行，非要留我们吃饺子", True, "暖气修好"),
        # notes to self
        ("补贴到账3.2万元，具体数财务那里有账", True, "补贴到账3.2万元"),
    ],
)
def test_what_the_readers_quoted_reads_as_written(said: str, work: bool, want: str) -> None:
    assert edit_item(said, work=work)[0] == want


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        ("李老嫲嫲今年91了腿不中 每天有人给她送饭", ("李", "91")),
        ("帮厨的是村里请的两个人一个周秀兰一个孙玉梅 每月补贴800元", ("周秀兰", "孙玉梅")),
        ("两位保洁员岁数也不小了 一个59一个63 再干两年也吃力", ("59", "63")),
    ],
)
def test_no_resident_or_worker_named_or_aged(said: str, gone: tuple[str, ...]) -> None:
    edited = edit_item(said, work=True)[0]
    assert all(g not in edited for g in gone), edited


def test_a_worry_or_a_complaint_said_is_still_the_note() -> None:
    # what people said that is no praise stays: the hostile passes' line
    for kept in ("居民说收费太高", "老人说不放心"):
        assert "说" in edit_item(f"开了说明会，{kept}", work=True)[0]


@pytest.mark.parametrize(
    ("office", "short"),
    [
        ("株洲市芦淞区桂花坪街道办事处", "桂花坪街道"),
        ("重庆市江北区双桥坝社区居民委员会", "双桥坝社区"),
        ("龙游县溪口镇樟树坞村村民委员会", "樟树坞村"),
        ("柿子坪村民委员会", "柿子坪村"),
        ("河灣村村民委員會", "河灣村"),
        # no place or kind to take off: the name as it is
        ("翠湖小区物业服务中心", "翠湖小区物业服务中心"),
        ("彰化縣溪州鄉松林社區發展協會", "彰化縣溪州鄉松林社區發展協會"),
    ],
)
def test_the_opening_names_the_office_as_offices_say_it(office: str, short: str) -> None:
    """heldout66's readers: the title's full name again as the opening's subject read as a template's."""
    assert short_office(office) == short
