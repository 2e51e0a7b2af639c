"""Chat-group notes as they are written, made into items that stand alone.

- Days said relative to the message (今天, 昨天, 前天, 上周二, 本周五) become the date they
  mean; a monthly figure (這個月, 7月份…) belongs to its month, not to the day it was posted.
- A correction 「更正：剛才走訪戶數打錯了，是168戶，不是186戶」 replaces the figure of the earlier
  message it corrects, which then cites both messages; the correction itself is not an item. A
  correction whose earlier message is not found is listed in the report, not taken as work.
- Spoken wording that is safe to tidy without a model: 來了大概50人 -> 約50人參加.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.core.dates import When
from assistant.core.numbers import LABEL_KINDS, Figure
from assistant.core.script import to_simplified
from assistant.extract.materials import Piece
from assistant.extract.model import ExtractedItem, figures_in

_CORRECTION = re.compile(r"更正|纠正|订正|打错|写错|说错|报错|有误|搞错")
_NOT = re.compile(r"(?:不是|唔系|唔係|并非)\s*$")  # 唔係28支: Cantonese
_TO = re.compile(r"^\s*(?:应为|应是|应该是|改为|更正为|改成)")


def correction_of(text: str) -> tuple[Figure, Figure] | None:
    """(wrong, right) figures of a correction message, or None when it is not one."""
    simp = to_simplified(text)
    if not _CORRECTION.search(simp):
        return None
    figures = [f for f in figures_in(text) if f.kind not in LABEL_KINDS]
    if len(figures) != 2:
        return None
    a, b = figures
    if _NOT.search(simp[: a.start]):  # 不是186戶，是168戶
        return a, b
    if _NOT.search(simp[: b.start]):  # 是168戶，不是186戶
        return b, a
    if _TO.match(simp[a.end : b.start]):  # 186戶應為168戶
        return a, b
    return None


def _same_measure(old: Figure, wrong: Figure) -> bool:
    return old.value == wrong.value and (old.unit == wrong.unit or not wrong.unit or not old.unit)


def apply_corrections(items: list[ExtractedItem], aside: list[Piece]) -> list[ExtractedItem]:
    """``items`` with each chat correction applied to the latest earlier item of the same file
    that has the wrong figure; applied corrections leave the items for ``aside``."""
    out: list[ExtractedItem] = []
    for item in items:
        found = correction_of(item.text) if item.piece.note and item.section == "work" else None
        if found is None:
            out.append(item)
            continue
        wrong, right = found
        target = next(
            (
                (old, f)
                for old in reversed(out)
                if old.piece.place.file == item.piece.place.file
                for f in old.figures
                if _same_measure(f, wrong)
            ),
            None,
        )
        if target is None:  # nothing earlier to correct: listed in the report, not taken as work
            item.piece.aside = "correction"
            aside.append(item.piece)
            continue
        old, figure = target
        written = right.text if right.unit or not figure.unit else right.text + figure.unit
        old.text = old.text[: figure.start] + written + old.text[figure.end :]
        old.sources.append(item.piece)
        item.piece.aside = "correction"
        aside.append(item.piece)
    return out


_WEEKDAYS = "一二三四五六日天"
_RELATIVE = re.compile(
    r"(?P<word>今天|今日|今早|今晚|昨天|昨日|昨晚|前天|(?P<week>上|本|这)周(?P<wd>[一二三四五六日天]))"
)
_MONTH_ONLY = re.compile(r"这个月|本月|当月|(?<![0-9])(?P<m>[0-9]{1,2})月份?(?![0-9]|底前|前)")
_DAY = re.compile(r"[0-9]{1,2}月[0-9]{1,2}[日号]")


def _shift(when: When, days: int) -> When | None:
    try:
        day = dt.date(when.year or 2001, when.month or 1, when.day or 1) + dt.timedelta(days=days)
    except ValueError:
        return None
    return When(when.year, day.month, day.day)


def resolve_days(text: str, when: When) -> tuple[str, When]:
    """A note's text and when, with days said relative to the message's own date made dates:
    「上周二…」 posted on 8月14日 is 8月5日. A figure for a whole month (這個月…, 7月份…) goes to
    that month. Without the message's date nothing changes."""
    if when.month is None or when.day is None:
        return text, when
    simp = to_simplified(text)
    m = _RELATIVE.search(simp)
    if m:
        word = m.group("word")
        if m.group("week"):
            today = _shift(when, 0)
            if today is None:
                return text, when
            weekday = dt.date(when.year or 2001, today.month or 1, today.day or 1).weekday()
            target = _WEEKDAYS.index(m.group("wd")) if m.group("wd") != "天" else 6
            offset = target - weekday - (7 if m.group("week") == "上" else 0)
            found = _shift(when, offset)
        else:
            back = 2 if word == "前天" else 1 if word.startswith("昨") else 0
            found = _shift(when, -back)
        if found is None:
            return text, when
        date = f"{found.month}月{found.day}日"
        return text[: m.start()] + date + text[m.end() :], found
    month = _MONTH_ONLY.search(simp)
    if month and not _DAY.search(simp):
        named = int(month.group("m")) if month.group("m") else when.month
        if 1 <= named <= 12:
            return text, When(when.year, named, None)
    return text, when


_SPOKEN = [
    # 來了大概50人 / 來了50多人 -> 約50人參加 / 50多人參加: the figure as written, the verb put after
    (re.compile(r"(?:一共|总共)?来了(?:大概|大约|差不多|估计)(?P<n>[0-9]+[余多]?人)"), r"约\g<n>参加"),
    (re.compile(r"(?:一共|总共)?(?:实际)?来了(?P<n>[0-9]+[余多]?人)"), r"\g<n>参加"),
    (re.compile(r"发出去(?P<n>[^，。]{0,6}?[0-9]+)"), r"发放\g<n>"),
    (re.compile(r"搞的|搞了"), "开展"),
    # 在广场教的八段锦 -> 在广场开展八段锦教学: what was taught, as a report says it
    (re.compile(r"教的(?P<what>[\u4e00-\u9fff]{2,5}?)(?=[，,。]|$)"), r"开展\g<what>教学"),
    (re.compile(r"(?:的)?(?:数据|情况)?(?:报|说|汇报)一下[:：]?"), ""),
    # 一共走訪了18戶 -> 共走訪18戶
    (re.compile(r"(?:一共|总共)(?=[\u4e00-\u9fff]{1,6}?了?[0-9])"), "共"),
    (re.compile(r"(?<=[\u4e00-\u9fff]{2})了(?=[0-9])"), ""),
]


# remarks and hand-offs inside a group (名單已發黃婷, 照片已發群相冊, 下個月可以再搞一次)
_CHATTER = re.compile(
    r"开心|高兴|挺好|不错|热闹|不够|下次|还有不少|都做了登记|辛苦|哈哈"
    r"|已发(?:给)?[\u4e00-\u9fff]{2,3}$|已发群|发群里|群相册|可以再|再搞|大家看看|看一下"
)
_CLAUSE = re.compile(r"[，,；;]")


# Cantonese in a chat (搞掂, 換咗, 嘅) as an office writes it; each word Cantonese alone, so that
# no character of ordinary Chinese (關係's 係) is touched, and the same in both scripts
_CANTONESE = [("搞掂", "完成"), ("搞定", "完成"), ("咗", "了"), ("嘅", "的"), ("啲", "些")]


def _written(text: str) -> str:
    for spoken, written in _CANTONESE:
        text = text.replace(spoken, written)
    return text


def tidy_spoken(text: str) -> str:
    """Spoken chat wording an office would not hand in, said plainly, and remarks (都很開心) left
    out; every figure kept as written, or nothing changes. The patterns are Simplified, so a
    Traditional note keeps its words rather than come back in the other script."""
    text = _written(text)
    simp = to_simplified(text)
    if simp != text:
        return text  # the patterns are Simplified; a Traditional note keeps its words
    out = text
    for pattern, repl in _SPOKEN:
        out = pattern.sub(repl, out)
    clauses = _CLAUSE.split(out)  # 「…約50人參加，家長和小朋友都很開心」: the remark goes
    kept = [c for n, c in enumerate(clauses) if n == 0 or not _CHATTER.search(c) or re.search(r"[0-9]", c)]
    out = "，".join(kept)
    keep = [f.key for f in figures_in(text)]
    return out if [f.key for f in figures_in(out)] == keep else text
