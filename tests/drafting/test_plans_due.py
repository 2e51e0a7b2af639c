"""Plans whose months are over by the day the summary is signed (round 15's reader: a 10月 plan
still future in a third-quarter report drafted on 12月5日) are named in the report, not rewritten."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.drafting.draft import DraftOptions, make_draft, plans_already_due
from assistant.facts.model import facts_from_data

Q3_END = dt.date(2026, 9, 30)


@pytest.mark.parametrize(
    ("plan", "signed", "due"),
    [
        ("10月底前完成2号楼外墙修补", dt.date(2026, 12, 5), True),
        ("10月底前完成2号楼外墙修补", dt.date(2026, 10, 8), False),  # signed in the month itself
        ("7月至9月做好防汛工作", dt.date(2026, 10, 8), False),  # 7月 after a Q3 is next year's
        ("11月、12月开展冬季消防检查", dt.date(2026, 12, 5), False),  # its last month still runs
        ("2027年3月前完成改造", dt.date(2027, 6, 1), False),  # a year of its own: not read
        ("继续做好物业费收缴", dt.date(2026, 12, 5), False),  # no month
        ("第四季度开展安全检查", dt.date(2027, 2, 1), False),  # a quarter is not a month
        ("10月以来的问题逐一整改", dt.date(2026, 12, 5), False),  # 以来 looks back
    ],
)
def test_a_plan_is_due_when_its_last_month_is_over(plan: str, signed: dt.date, due: bool) -> None:
    assert plans_already_due([plan], Q3_END, signed) == ([plan] if due else [])


@given(st.integers(1, 12), st.integers(0, 400))
def test_no_month_after_the_signing_day_is_called_over(month: int, days: int) -> None:
    signed = Q3_END + dt.timedelta(days=days)
    plan = f"{month}月开展检查"
    year = Q3_END.year if month > Q3_END.month else Q3_END.year + 1
    month_over = (signed.year, signed.month) > (year, month)  # the whole month lies before the day
    assert bool(plans_already_due([plan], Q3_END, signed)) == month_over


def test_the_report_names_a_plan_that_is_already_due_and_keeps_it_in_the_draft() -> None:
    data: dict[str, Any] = {
        "community": "云杉物业服务中心",
        "period": "2026年第三季度",
        "kind": "物业",
        "work": {"维修": ["完成报修处理86件"]},
        "plans": ["10月底前完成2号楼外墙修补", "12月开展冬季消防检查"],
    }
    draft = make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2026, 12, 5)))
    notes = [n for n in draft.notes() if "已經過去" in n]
    assert len(notes) == 1 and "10月底前完成2號樓外牆修補" not in notes[0]  # the user's words, as written
    assert "10月底前完成2号楼外墙修补" in notes[0] and "12月开展" not in notes[0]
    assert "10月底前" in draft.text()  # reported, not rewritten
    early = make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2026, 10, 9)))
    assert not [n for n in early.notes() if "已經過去" in n]
