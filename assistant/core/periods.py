"""The one period reader: the year and months a period names (2025年第一季度, 2025年1—10月,
上半年, 三月 …, in a facts file, a title or a file name), and when it ends, so that a draft writes
「2026年以來，」 only for a period still running and 「2025年，」 for one that has ended."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from assistant.core.dates import find_day_range
from assistant.core.script import to_simplified
from assistant.core.text import fold

_CN_MONTH = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
_QUARTERS = dict(zip("一二三四1234", (1, 2, 3, 4) * 2, strict=True))
_MONTH = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# A period as a name or a prefix: 一季度, 2025年第三季度, 7月份, 上半年 (not 7月3日, not 7月底)
PERIOD_NAME = re.compile(
    r"(?:20[0-9]{2}年)?(?:第?[一二三四1-4]季度|[0-9]{1,2}月份?(?![0-9日号])|上半年|下半年)(?![底末初中])"
)
_YEAR_RE = re.compile(r"((?:19|20)[0-9]{2})\s*年")
# a Taiwan office's 民國 year (114年度 = 2025): two or three digits from 80 to 119, as a period's
# year (at its start or after 民國, before 年度/上半年/第…季度/N月), never 近10年 or 3年來
ROC_YEAR = re.compile(
    r"(?:(?<=民国)|(?<=中华民国)|^)\s*((?:[89][0-9]|1[01][0-9]))\s*年(?=度|[上下]半年|第|[0-9一二三四五六七八九十]{1,2}月|工作|$)"
)
QUARTER_RE = re.compile(r"第?([一二三四1-4])\s*季度")
_RANGE_RE = re.compile(rf"{_MONTH}\s*(?:月份?)?\s*[-—–~～至到]\s*{_MONTH}\s*月")
_ONE_MONTH_RE = re.compile(rf"(?<![0-9一二三四五六七八九十]){_MONTH}\s*月(?:份)?(?![0-9]*日)")


def quarter_of(text: str) -> int | None:
    """The quarter a period or a title names (2026年第三季度 -> 3), or None."""
    found = QUARTER_RE.search(to_simplified(text))
    return _QUARTERS[found.group(1)] if found else None


@dataclass(frozen=True)
class Period:
    """A period: a year (if known) and months (none: the whole year, or not said)."""

    year: int | None
    months: tuple[int, ...]


def parse_period(text: str) -> Period | None:
    """The period a title or file name names: 2025年3月, 三月, 第一季度, 1-3月, 上半年…"""
    simp = to_simplified(text)
    year_m = _YEAR_RE.search(simp)
    year = int(year_m.group(1)) if year_m else None
    roc = ROC_YEAR.search(simp.strip()) if year is None else None
    if roc:
        year = 1911 + int(roc.group(1))
    months: tuple[int, ...] = ()
    quarter = QUARTER_RE.search(simp)
    ranged = _RANGE_RE.search(simp)
    if quarter:
        q = _QUARTERS[quarter.group(1)]
        months = tuple(range(3 * q - 2, 3 * q + 1))
    elif "上半年" in simp:
        months = tuple(range(1, 7))
    elif "下半年" in simp:
        months = tuple(range(7, 13))
    elif ranged:
        a, b = _month(ranged.group(1)), _month(ranged.group(2))
        months = tuple(range(a, b + 1)) if a <= b else ()
    else:
        one = _ONE_MONTH_RE.search(simp)
        if one:
            months = (_month(one.group(1)),)
        elif year is not None and re.search(r"年度?(?:工作)?(?:总结|台账|报告)|全年", simp):
            months = tuple(range(1, 13))
    if year is None and not months:
        return None
    return Period(year, months)


def _month(text: str) -> int:
    return int(text) if text.isascii() and text.isdigit() else _CN_MONTH.get(text, 0)


def day_range_end(period: str) -> tuple[int, int] | None:
    """(month, day) a period's own day range ends on (2026年暑期（7月6日至8月21日）), or None."""
    found = find_day_range(fold(period))
    return found[1] if found else None


_BRACKETED = re.compile(r"\s*[（(][^）)]*[）)]")
_YEAR_WORDS = re.compile(r"^.*?[0-9]{4}年度?")


def year_and_season(period: str) -> tuple[str, str]:
    """A period without its bracketed days, split into its year as written and the season after
    it: 2026年汛期（4月15日至10月15日） -> (2026年, 汛期); ("", 上半年) without a year."""
    named = _BRACKETED.sub("", period).strip() or period
    year = _YEAR_WORDS.match(named)
    return (year.group(0), named[year.end() :]) if year else ("", named)


# a campaign that runs into the next year: 2026年10月15日至2027年1月15日
_YEAR_SPAN = re.compile(
    r"(?P<y1>(?:19|20)[0-9]{2})年(?P<m1>[0-9]{1,2})月(?:(?P<d1>[0-9]{1,2})日?)?\s*(?:至|到|—|－|-|~|～)\s*"
    r"(?P<y2>(?:19|20)[0-9]{2})年(?P<m2>[0-9]{1,2})月(?:(?P<d2>[0-9]{1,2})日)?"
)  # or in months: 2026年9月至2027年1月 (round 12: spoken of as 本月)
# a school term: 2025—2026學年第二學期, 2026年秋季學期
_TERM = re.compile(
    r"(?P<a>(?:19|20)[0-9]{2})\s*[—\-－–~～至到]\s*(?P<b>(?:19|20)[0-9]{2})\s*学年\s*第?(?P<n>[一二12])\s*学期"
    r"|(?P<y>(?:19|20)[0-9]{2})\s*年?\s*(?P<s>春|秋)季?学期"
)


def _term_end(simp: str) -> dt.date | None:
    term = _TERM.search(simp)
    if term is None:
        return None
    if term.group("b"):  # a school year's first term ends in its second year's winter, its second in summer
        return dt.date(int(term.group("b")), 1 if term.group("n") in ("一", "1") else 7, 31)
    year = int(term.group("y"))
    return dt.date(year, 7, 31) if term.group("s") == "春" else dt.date(year + 1, 1, 31)


def range_start(period: str) -> str:
    """Where a period given as a span of days starts, as its words say (2026年10月15日), or ""."""
    simp = fold(period)
    span = _YEAR_SPAN.search(simp)
    if span:
        return f"{span['y1']}年{span['m1']}月" + (f"{span['d1']}日" if span["d1"] else "")
    days = find_day_range(simp)
    year = _YEAR_RE.search(simp)
    if days and year:
        return f"{year.group(1)}年{days[0][0]}月{days[0][1]}日"
    return ""


def month_span(period: str) -> str:
    """The months a span of days covers, as a title names them (2026年9月1日至12月31日 ->
    2026年9月至12月; 2026年10月15日至2027年1月15日 -> 2026年10月至2027年1月), or ""."""
    start = re.match(r"((?:19|20)[0-9]{2})年([0-9]{1,2})月", range_start(period))
    end = period_end(period, dt.date.min)
    if not start or end is None:
        return ""
    year, month = int(start.group(1)), int(start.group(2))
    if (year, month) == (end.year, end.month):
        return f"{year}年{month}月"
    return f"{year}年{month}月至" + (f"{end.month}月" if end.year == year else f"{end.year}年{end.month}月")


# a season named without its days ends when such seasons usually do: a 汛期 summary written in
# October speaks of the season as over (heldout26: 「2026年汛期以來」 and 「今年以來」 in October)
_SEASON_END = {"主汛期": (8, 31), "汛期": (9, 30), "暑期": (8, 31), "暑假": (8, 31), "寒假": (2, 28), "春运": (3, 31)}
_SEASON = re.compile("|".join(_SEASON_END))


def named_season(period: str) -> str:
    """The season a period names without days of its own (汛期, 暑假), or ""."""
    simp = fold(period)
    m = _SEASON.search(simp)
    return m.group(0) if m and not _YEAR_SPAN.search(simp) and day_range_end(period) is None else ""


def first_month_across(period: str) -> int:
    """The month a period across the year's end starts in (2025年11月至2026年3月: 11), else 1."""
    span = _YEAR_SPAN.search(fold(period))
    return int(span["m1"]) if span and span["y1"] != span["y2"] else 1


# 明年 in the notes of a year: the year after it, once the year is over (2025年's 明年9月 is 2026年9月)
NEXT_YEAR = re.compile(r"明年|来年|來年")


def year_after(period: str, today: dt.date) -> str | None:
    """The year after a period that lies within one year or ends with its last year's December, as
    the period counts years (2025年 → 2026年, 2026年1月至11月 → 2027年, 民國114年下半年 → 115年); None
    for a span across years that does not (2025年9月至2026年1月, 2025年9月至次年1月, …至今, a school
    term): 明年 there could be either year."""
    end = period_end(period, today)
    if end is None:
        return None
    folded = fold(period)
    years = set(re.findall(r"(?:19|20)[0-9]{2}(?=年)", folded))
    across = len(years) > 1 or _term_end(folded) is not None or bool(re.search(r"次年|跨年|至今|到现在", folded))
    if across and (end.month != 12 or (years and end.year != max(int(y) for y in years))):
        return None  # (2025年秋季至2026年夏季 read as ending in 2025 says nothing of 明年 either)
    return f"{end.year + 1 - 1911}年" if ROC_YEAR.search(fold(period).strip()) else f"{end.year + 1}年"


def period_end(period: str, today: dt.date) -> dt.date | None:
    """The last day of ``period`` (2024年上半年 -> 2024-06-30; 2026年暑期（7月6日至8月21日） ->
    2026-08-21; 2025—2026學年第二學期 -> 2026-07-31), or None when it cannot be told."""
    span = _YEAR_SPAN.search(fold(period))
    if span:
        year, month = int(span["y2"]), int(span["m2"])
        try:
            day = int(span["d2"]) if span["d2"] else calendar.monthrange(year, month)[1]
            return dt.date(year, month, day)
        except (ValueError, calendar.IllegalMonthError):
            return None
    term = _term_end(fold(period))
    if term is not None:
        return term
    found = parse_period(fold(period))
    if found is None or found.year is None:  # 本年度, 上半年: without a year the end cannot be told
        return None
    days = day_range_end(period)
    if days is not None:
        try:
            return dt.date(found.year, *days)
        except ValueError:  # 2月30日: the words are the user's; the month's end stands for it
            pass
    season = named_season(period)
    if season and not found.months:
        return dt.date(found.year, *_SEASON_END[season])
    month = max(found.months) if found.months else 12
    return dt.date(found.year, month, calendar.monthrange(found.year, month)[1])


def is_running(period: str, today: dt.date) -> bool:
    """Still under way on ``today`` (its own 以来 says so too)."""
    if "以来" in fold(period):
        return True
    end = period_end(period, today)
    if end is not None and range_start(period):  # a span of days runs to its own last day
        return end >= today
    # a summary is written in its period's last month (a year's in December): by then it speaks
    # of the period as done (2025年，…新的一年，), not as still under way
    return end is not None and end >= today and (end.year, end.month) != (today.year, today.month)


_CAMPAIGN_NOTE = re.compile(
    r"^(?P<dates>.*[0-9].*?)\s*[（(](?P<note>[^（）()0-9]{2,20}(?:行动|活动|专项|專項|攻坚|攻堅|整治|宣传月|宣傳月|战役|戰役))[）)]$"
)


# 燃气安全入户大排查（2026年4月7日—5月31日）: the name first, its days in brackets (round 21)
_CAMPAIGN_DATES = re.compile(r"^(?P<note>[^（()0-9]{2,24})\s*[（(](?P<dates>(?:19|20)[0-9]{2}年[^（）()]*)[）)]$")


_WORK_SEASON = re.compile(r"[\u4e00-\u9fff]{2,}(?:期间|时期|阶段)$")


def time_phrase(period: str, today: dt.date) -> str:
    """How an opening names its period: 「2025年，」 or 「2026年以來，」 (a campaign still under way:
    「2026年10月15日以來，」, not its end as if it were over)."""
    if "以来" in fold(period) or not is_running(period, today):
        named = _CAMPAIGN_NOTE.match(period) or _CAMPAIGN_DATES.match(period)
        if named:  # 9月25日—11月10日（秋季禁烧专项行动）: the campaign named, not its bracket (round 19)
            return f"{named['dates']}{named['note']}期间，"
        return f"{period}，"
    start = range_start(period)
    if start:
        return f"{start}以来，"
    if _WORK_SEASON.search(fold(period)):  # 2026年夏收夏种期间: its own span, no 期间以来
        return f"{period}，"
    if period_kind(period) == "term":
        return f"{period}开学以来，"
    if named_season(period):  # 2026年入汛以來: the season's own words, as span_words says them
        return f"{year_and_season(period)[0]}{span_words(period, True)[0]}，"
    return f"{period}以来，"


def period_kind(period: str) -> str:
    """year | half | quarter | month | term | span: how long a period is, as its words say."""
    simp = fold(period)
    if "学期" in simp:
        return "term"
    # (2026年夏收夏种期间: a season of work named as such, no year: the final review's own facts)
    if _YEAR_SPAN.search(simp) or named_season(period) or _WORK_SEASON.search(simp):
        return "span"
    if re.search(r"[上下]半年", simp):
        return "half"
    if "季度" in simp or re.search(r"第[一二三四1-4]季", simp):  # (第三季: a Hong Kong centre's quarter, heldout76)
        return "quarter"
    found = parse_period(simp)
    if found is not None and len(found.months) == 1:
        return "month"
    return "year"


_SEVERAL_QUARTERS = re.compile(r"前[两二三]个?季度")


def span_words(period: str, running: bool) -> tuple[str, str]:
    """How a draft speaks of its own period (一年來, 上半年, 本季度, 今年以來) and of the one after
    it (新的一年，, 下半年，, 下一季度，, 今年餘下的時間裡，)."""
    kind = period_kind(period)
    months = parse_period(fold(period))
    partial = kind == "year" and months is not None and 0 < len(months.months) < 12
    if kind == "term":  # a school term is no year (round 11: 「一年來，本學期…」)
        return ("开学以来", "本学期余下的时间里，") if running else ("本学期", "下学期，")
    start = range_start(period)
    if running and start:  # a campaign under way since its first day (round 11: 「一年來」 for seven weeks)
        return f"{start.split('年', 1)[1]}以来", "下一阶段，"
    if _WORK_SEASON.search(fold(period)):  # 夏收夏种期间 / 下一阶段 (not 今年以来, not 一年来)
        return year_and_season(fold(period))[1].strip() or "这一时期", "下一阶段，"
    season = named_season(period)
    if season:  # 入汛以來 / 汛期, not 今年以來 or 一年來
        since = "入汛以来" if "汛" in season else f"{season}以来"
        return (since, "下一阶段，") if running else (season, "今后，")
    if running:
        return "今年以来", "今年余下的时间里，"
    if day_range_end(period) is not None or start:  # a season of its own (暑期, 汛期), over: no 今年 words
        season = year_and_season(fold(period))[1].strip()
        return (season if 2 <= len(season) <= 4 else "这一时期"), "今后，"
    if partial and not running and months is not None and len(months.months) > 1 and min(months.months) > 1:
        return "这一时期", "今后，"  # 2026年7月至8月, over: not 今年以来 (round 17's readers)
    # (1月至11月 is the year so far: 今年以来)
    if partial:
        return "今年以来", "今年余下的时间里，"
    if kind == "half":
        first = "下半年" not in fold(period)
        return ("上半年", "下半年，") if first else ("下半年", "新的一年，")
    if kind == "quarter":
        quarter = (max(months.months) + 2) // 3 if months and months.months else 0
        # the quarter by its name (第四季度，): a report written after its quarter is read in the next
        following = {1: "第二季度，", 2: "第三季度，", 3: "第四季度，", 4: "新的一年，"}.get(quarter, "下一季度，")
        several = _SEVERAL_QUARTERS.search(fold(period))  # 前三季度 is no 本季度
        return (several.group(0) if several else "本季度"), following
    if kind == "month":
        return "本月", "下个月，"
    return "一年来", "新的一年，"
