"""The one date reader: every way offices write a date (2026年7月10日, 2026-07-10, 2026/7/10,
2026.7.10, 二〇二六年七月十日, 3月5日, 3/5) read into year, month and day, and the one way a
summary writes one back (2026年7月10日, as 公文 do).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}
_CN_YEAR = r"[〇零○Ｏ一二三四五六七八九]{4}"
_CN_SMALL = r"[一二三四五六七八九十]{1,3}"
_ARABIC = re.compile(
    r"(?:(?P<y>(?:19|20)[0-9]{2})\s*[-/.年]\s*)?(?P<m>[0-9]{1,2})\s*[-/.月]\s*(?P<d>[0-9]{1,2})(?![0-9])\s*日?"
)
_CHINESE = re.compile(rf"(?P<y>{_CN_YEAR})\s*年\s*(?P<m>{_CN_SMALL})\s*月\s*(?P<d>{_CN_SMALL})\s*日")


@dataclass(frozen=True)
class When:
    """A date as far as it is known: a year, a month, a day, each may be missing."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def text(self) -> str:
        """``3月5日``, ``3月`` or ''."""
        if self.month is None:
            return ""
        return f"{self.month}月" + (f"{self.day}日" if self.day else "")

    def date(self) -> dt.date | None:
        """The calendar day, when year, month and day are all known and make one."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _small_cn(text: str) -> int:
    """一 .. 三十一 (十, 十二, 二十, 二十三)."""
    if "十" not in text:
        return _CN_DIGIT.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def find_date(text: str) -> tuple[When, int, int] | None:
    """The first date written in ``text``: (the date, its start, its end), or None. A month or a
    day out of range is no date."""
    found = []
    for pattern in (_ARABIC, _CHINESE):
        m = pattern.search(text)
        if m:
            found.append(m)
    for m in sorted(found, key=lambda m: m.start()):
        y, mo, d = m.group("y"), m.group("m"), m.group("d")
        if m.re is _CHINESE:
            when = When(int("".join(str(_CN_DIGIT[c]) for c in y)), _small_cn(mo), _small_cn(d))
        else:
            when = When(int(y) if y else None, int(mo), int(d))
        if when.month and 1 <= when.month <= 12 and when.day and 1 <= when.day <= 31:
            return when, m.start(), m.end()
    return None


# a span of days: 5月15日至6月30日, 7月6日至8月21日, 10月1日—7日 (digits; the text folded to Simplified)
_DAY_RANGE = re.compile(
    r"(?P<m1>[0-9]{1,2})月(?P<d1>[0-9]{1,2})日?(?:起)?(?:至|到|—|－|-|~|～)(?:(?P<m2>[0-9]{1,2})月)?(?P<d2>[0-9]{1,2})日"
)
# a cell that is a month: an export's 統計月份 (2026-07, 2026年7月, 7月)
_MONTH_CELL = re.compile(r"^(?:(?P<y>20[0-9]{2})\s*[-./年]\s*)?(?P<m>[01]?[0-9])(?:\s*月份?)?$")


def find_day_range(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((month, day), (month, day)) of the first span of days ``text`` names, or None."""
    found = _DAY_RANGE.search(text)
    if found is None:
        return None
    m1 = int(found.group("m1"))
    return (m1, int(found.group("d1"))), (int(found.group("m2") or m1), int(found.group("d2")))


def read_month_cell(text: str) -> When | None:
    """The month a whole cell names (2026-07 -> 2026年7月), or None when it is not one."""
    found = _MONTH_CELL.match(text.strip())
    if found is None or not 1 <= int(found.group("m")) <= 12:
        return None
    return When(int(found.group("y")) if found.group("y") else None, int(found.group("m")), None)


def read_date(text: str) -> When:
    """The date a cell or a line gives (a ledger's 2025年3月5日, 2025-03-05, 3/5…), else an empty When."""
    found = find_date(text)
    return found[0] if found else When()


def _day_said(text: str) -> str:
    """1月8号 as a clerk says the day, written 1月8日."""
    return re.sub(r"(月[0-9]{1,2})[号號]$", r"\1日", text.strip())


def read_whole_date(text: str) -> When | None:
    """A whole text that is one date (2026年1月8日, 1月8号, 2026.1.6), as far as it says it; None
    when the text is not one date."""
    text = _day_said(text)
    found = find_date(text)
    if found is None or found[1] != 0 or found[2] != len(text):
        return None
    return found[0]


def read_full_date(text: str) -> dt.date | None:
    """A whole text that is one full date (year, month and day), as ``--date`` and a facts file's
    日期 are given; None when it is not one."""
    when = read_whole_date(text)
    return when.date() if when else None


def impossible_date(text: str) -> bool:
    """A text written as a full date that names no day (2026年2月30日, 2026年13月1日)."""
    written = _ARABIC.fullmatch(_day_said(text))
    return bool(written and written.group("y")) and read_full_date(text) is None


def date_text(day: dt.date | When) -> str:
    """A date as 公文 write it: 2026年7月10日."""
    return f"{day.year}年{day.month}月{day.day}日"


_WRITTEN = re.compile(r"(?:(?P<y>[0-9]{4})年)?(?:(?P<m>[0-9]{1,2})(?:-[0-9]{1,2})?月)?(?:(?P<d>[0-9]{1,2})日)?")


def read_written_date(text: str) -> When:
    """A date figure as the figure reader normalises it (2025年3月5日, 3月, 3-5月, 5日): what of
    year, month and day it gives."""
    m = _WRITTEN.match(text)
    if m is None:
        return When()
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    return When(int(y) if y else None, int(mo) if mo else None, int(d) if d else None)


# a month and a day typed with a dot, as clerks type them (6.26那天, 10.8开始): what follows tells it
# from a decimal, so each user adds its own lookahead; groups 1 and 2 are the month and the day
DOTTED_MONTH_DAY = r"(?<![0-9.])(1[0-2]|[1-9])\.([12][0-9]|3[01]|[1-9])"
# a verb a dotted month and day opens its item on (8.21配合市场监管局抽查), or the day's own name
# (3.5学雷锋日, 6.26国际禁毒日, heldout40): no decimal is followed by one
DOTTED_DAY_VERBS = (
    "配合|联合|开展|组织|召开|举办|前往|启动|接到|收到|发生|早上|晚上|"
    "学雷锋|妇女节|植树节|消费者权益|劳动节|青年节|儿童节|国际|世界|全国|宪法日|禁毒日|消防日|助残日|防灾减灾日|"
    "带领|带了|赴|邀请|走访|上门|慰问|召集|开工|完工|竣工|开业|开张|开班|开学"
)
# …and one that opens its item or clause on 在 (5.28在村小学召开…): 增长3.5在全区… is a decimal
DOTTED_DAY_AT = rf"(?:^|(?<=[，；,;])){DOTTED_MONTH_DAY}(?=在)"
# two of them as a range in brackets or on their own (清明前后（4.2到4.7）): groups 1–4; not 1.5到2.5倍
DOTTED_RANGE = (
    rf"(?:(?<=[（(])|^|(?<=[，；,;\s])){DOTTED_MONTH_DAY}(?:到|至|-|—|～|~){DOTTED_MONTH_DAY}"
    r"(?=[）)，,；;。]|期间|$)"
)
# a work group's message stamp as chat exports write it: its day (2025/02/15, 2025-07-03, 03-08, 3月31日)
# and its time (17:20, 09:20:11); the copy-editor and the facts reader both read them
STAMP_DAY = r"(?:(?:[0-9]{2,4}[/.-])?[0-9]{1,2}[/.-][0-9]{1,2}|(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日)"
STAMP_CLOCK = r"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?"
# the sender of a message an export names by an account: a QQ number or an e-mail after the name
# (幸福 社区 陈立群(283746159), 王芳<wangfang@example.com>: the hostile pass of round 28); what stands before it,
# with the account, is the stamp
STAMP_ID = r"(?:[（(][0-9]{5,12}[）)]|<[^<>\s]{3,40}>)"
STAMP_ACCOUNT = rf"[^\n：:，,。；;]{{1,30}}?{STAMP_ID}"
