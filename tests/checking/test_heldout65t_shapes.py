"""Shapes heldout65t's hand wrote that the checker missed at first contact, each as a small text of our own: a
report copied from a group's messages with the secretary's reply under it, problems headed 遇到的难题 or 未完成事项及困难,
and a quarter's plans said at the end of the problems paragraph (二季度，…将…)."""

from __future__ import annotations

import pytest

from assistant.checking.check import check_text
from assistant.checking.registry import Options


def _parts(text: str) -> dict[str, bool]:
    report = check_text(text, "t.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    return {getattr(name, "value", name): part.found for name, part in report.sections.items()}


GROUP = (
    "刘红（二网格）  6月30日 18:02\n白杨社区第二网格6月份工作小结\n"
    "刘红（二网格）  6月30日 18:02\n6月份，第二网格按照社区安排做好巡查和服务，现汇报如下：\n"
    "刘红（二网格）  6月30日 18:03\n一、本月工作\n1. 更新居民信息612户。\n2. 上报并办结占道经营等事件14件。\n"
    "刘红（二网格）  6月30日 18:04\n二、遇到的难题\n1. 部分租户早出晚归，入户登记难。\n"
    "三、7月份打算\n1. 利用晚间时段补登租户信息。\n"
    "刘红（二网格）  6月30日 18:05\n以上是我本月的小结，有不对的地方请书记指正。\n"
    "王书记  6月30日 18:20\n收到，租户登记的事我们周一一起想想办法。\n"
    "刘红（二网格）  6月30日 18:21\n好的，谢谢书记\n"
)


def test_a_group_copy_ends_on_the_senders_own_closing_not_the_reply() -> None:
    assert _parts(GROUP) == {p: True for p in ("title", "opening", "work", "problems", "plans", "closing")}


def test_a_group_copy_with_two_writers_keeps_both_hands_words() -> None:
    # (the second hand writes the plans: no reply set aside, the plans found)
    text = GROUP.replace("三、7月份打算\n1. 利用晚间时段补登租户信息。\n", "").replace(
        "王书记  6月30日 18:20\n收到，租户登记的事我们周一一起想想办法。\n",
        "王书记  6月30日 18:20\n三、7月份打算\n1. 利用晚间时段补登租户信息，7月底前完成。\n",
    )
    assert _parts(text)["plans"]


@pytest.mark.parametrize(
    "heading", ["二、遇到的难题", "二、工作中碰到的难题", "二、未完成事項及困難", "二、未完成事项和问题"]
)
def test_problems_headed_in_these_words_are_the_problems(heading: str) -> None:
    text = (
        "河畔大廈業主立案法團2026年度工作總結\n2026年，管理委員會按公契履行職責，現總結如下。\n"
        "一、年內主要工作\n1. 完成外牆維修。\n2. 更換滅火筒36個。\n"
        f"{heading}\n1. 部分業主拖欠管理費。\n2. 喉管老化，漏水投訴較多。\n"
        "三、來年工作方向\n1. 分階段更換公用喉管。\n"
    )
    assert _parts(text)["problems"]


def test_a_quarters_plans_at_the_end_of_the_problems_paragraph_are_the_plans() -> None:
    text = (
        "西湾社区2026年第三季度工作小结\n三季度，社区按照街道部署推进各项工作，现小结如下。\n"
        "七月份，开展防汛检查4次，转移群众12人。\n八月份，举办纳凉晚会2场。\n"
        "工作中的不足\n一是议事会居民提议少；二是志愿者年龄偏大。四季度，社区将面向居民征集议题，并到学校招募青年志愿者30名。\n"
        "西湾社区居委会\n2026年10月8日\n"
    )
    parts = _parts(text)
    assert parts["problems"] and parts["plans"]
