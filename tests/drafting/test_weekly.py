"""Weekly reports pasted one after another under their weeks (heldout57's 社工站, written again here
in our own words): the work gathered under the topic's parts, the running total once, the last
week's plan the plans, the reporter and the requests left out with a note."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.model import facts_from_data
from assistant.facts.weekly import WEEK_HEAD, is_weekly


def _week(n: int, done: list[str], total: str, plan: str) -> list[str]:
    lines = "\n".join(f"{i}. {d}；" for i, d in enumerate(done, 1))
    return [
        f"报送人：赵晓梅\n本周工作：\n{lines}\n本月累计：{total}",
        f"下周计划：{plan}",
        "需协调事项：活动室空调需维修",
    ]


DATA = {
    "单位": "柳塘社区居委会",
    "时段": "2026年11月",
    "主题": "养老服务和助残服务",
    "主要工作": {
        "第1周（11月2日—11月8日）": _week(
            1, ["上门走访独居老人12户", "为3名残疾人办理辅具申请"], "走访12户", "开展助餐满意度调查"
        ),
        "第2周（11月9日—11月15日）": _week(2, ["开展助餐满意度调查，收回问卷46份"], "走访20户", "组织残疾人康复讲座"),
        "第3周（11月16日—11月22日）": _week(
            3, ["组织残疾人康复讲座1场，到场18人"], "走访31户", "12月第1周开展冬季取暖安全检查"
        ),
    },
}


def test_the_weeks_are_gathered_under_the_topics_parts() -> None:
    facts = facts_from_data(DATA, "t")
    assert list(facts.work) == ["养老服务", "助残服务"]
    assert "上门走访独居老人12户" in facts.work["养老服务"]
    assert "组织残疾人康复讲座1场，到场18人" in facts.work["助残服务"]
    assert facts.results == ["累计走访31户"]  # the last week's running total, once
    assert facts.plans == ["12月第1周开展冬季取暖安全检查"]  # the last week's plan only
    notes = "\n".join(facts.notes)
    assert "報送人" in notes and "需協調" in notes


def test_the_draft_says_nothing_of_weeks_or_reporters() -> None:
    draft = make_draft(facts_from_data(DATA, "t"), None, DraftOptions(today=dt.date(2026, 11, 25)))
    text = draft.text("md")
    for told in ("第1周（", "报送人", "赵晓梅", "下周计划", "需协调", "走访12户", "走访20户"):
        assert told not in text, told
    assert "冬季取暖安全检查" in text and "累计走访31户" in text


def test_categories_that_are_not_weeks_are_read_as_categories() -> None:
    data = dict(DATA, 主要工作={"助餐服务": ["本周工作：送餐30份"], "助残服务": ["下周计划：讲座"]})
    assert not is_weekly(data["主要工作"])


@given(st.integers(1, 5), st.integers(1, 12), st.integers(1, 28))
def test_a_week_is_named_in_the_shapes_clerks_use(n: int, month: int, day: int) -> None:
    for head in (
        f"第{n}周",
        f"{month}月第{n}周",
        f"第{n}周（{month}月{day}日—{month}月{day}日）",
        f"{month}月{day}日-{day}日",
    ):
        assert WEEK_HEAD.match(head), head
    assert not WEEK_HEAD.match(f"第{n}周工作安排很满")
