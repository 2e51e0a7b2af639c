"""When a reporting period ends, so that a draft writes 「2026年以來，」 only for a period still
running and 「2025年，」 for one that has ended."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.core.numbers import cn_to_int
from assistant.core.text import fold

_YEAR = re.compile(r"(20[0-9]{2}|19[0-9]{2})\s*年")
_MONTH_RANGE = re.compile(
    r"([0-9一二三四五六七八九十]{1,3})\s*(?:[-—–~～至到])\s*([0-9一二三四五六七八九十]{1,3})\s*月"
)
_MONTH = re.compile(r"([0-9一二三四五六七八九十]{1,3})\s*月")
_QUARTER = re.compile(r"第?([一二三四1-4])\s*季度")


def period_end(period: str, today: dt.date) -> dt.date | None:
    """The last day of ``period`` (2024年上半年 -> 2024-06-30), or None when it cannot be told."""
    text = fold(period)
    m = _YEAR.search(text)
    if m is None:  # 本年度, 上半年: without a year the end cannot be told
        return None
    year = int(m.group(1))
    month = 12
    if "上半年" in text:
        month = 6
    elif (q := _QUARTER.search(text)) is not None:
        month = 3 * (cn_to_int(q.group(1)) or 4)
    elif (r := _MONTH_RANGE.search(text)) is not None:
        month = cn_to_int(r.group(2)) or 12
    elif (one := _MONTH.search(text)) is not None and "年" not in text[one.end() :]:
        month = cn_to_int(one.group(1)) or 12
    month = min(max(month, 1), 12)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def is_running(period: str, today: dt.date) -> bool:
    """Still under way on ``today`` (its own 以来 says so too)."""
    if "以来" in fold(period):
        return True
    end = period_end(period, today)
    return end is not None and end >= today


def time_phrase(period: str, today: dt.date) -> str:
    """How an opening names its period: 「2025年，」 or 「2026年以來，」."""
    if "以来" in fold(period) or not is_running(period, today):
        return f"{period}，"
    return f"{period}以来，"
