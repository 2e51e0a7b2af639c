"""A numbered list of plans under the 下一步 heading: each item without its own 下一步， and the office's
将, the plan's time in front, and 明年 named for a period within one year even before December."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.core.periods import year_after
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.model import facts_from_data


@pytest.mark.parametrize(
    ("period", "year"),
    [
        ("2026年1月至11月", "2027年"),
        ("2026年上半年", "2027年"),
        ("2026年第三季度", "2027年"),
        ("2025年", "2026年"),
        ("2025年9月至2026年1月", None),  # 明年 could be 2026 or 2027
        ("2025年12月至2026年2月", None),
        ("2025—2026学年第二学期", None),
    ],
)
def test_next_year_is_named_for_a_period_within_one_year(period: str, year: str | None) -> None:
    assert year_after(period, dt.date(2026, 12, 1)) == year


def _plans(plans: list[str]) -> str:
    data = {
        "单位": "东湖街道办事处",
        "时段": "2026年1月至11月",
        "主要工作": {"助餐服务": ["新建社区长者食堂2个"]},
        "存在问题": ["北片老人就餐不便"],
        "下一步计划": plans,
    }
    draft = make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2026, 12, 1)))
    (section,) = [s for s in draft.sections if s.role == "plans"]
    return section.text


def test_a_listed_plan_drops_its_own_lead_and_the_offices_will() -> None:
    body = _plans(["下一步，街道将冬至前在北片增设助餐点1个", "明年准备把上门服务扩到全部80岁以上独居老人"])
    assert "一是冬至前在北片增设助餐点1个" in body
    assert "二是2027年将上门服务扩大至全部80岁以上独居老人" in body
    assert "下一步，街道" not in body and "准备" not in body


def test_a_listed_plan_that_opens_on_its_own_verb_is_kept_whole() -> None:
    body = _plans(["继续做好长者食堂运营", "在北片增设助餐点1个"])
    assert "继续做好长者食堂运营" in body and "在北片增设助餐点1个" in body
