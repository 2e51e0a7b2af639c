"""What a clerk's notes carry that a summary does not write as typed: the lead-in to a table pasted after it, a
day typed as a form takes it, a figure left blank to fill in, a passage copied from a book."""

from __future__ import annotations

import re

from assistant.core.dates import When, date_text, read_full_date
from assistant.core.numbers import find_figures

# the clerk's lead-in to a book pasted after it (…，发放明细如下：, …，统计如下（从登记表复制）：): the book says it, and a
# summary's line of work does not point down to a table it no longer holds (heldout84's readers)
_LEAD_IN = re.compile(
    r"[，,；;][ \u3000]*[^，,。；;：:]{0,12}(?:如下表?(?:所示)?|(?:详)?见下表)[ \u3000]*(?:[（(][^（）()]{0,14}[）)])?[ \u3000]*[：:。]?[ \u3000]*$"
)


def lead_in_dropped(text: str) -> tuple[str, str]:
    if _LEAD_IN_ALONE.match(text.strip()):  # (车辆使用登记情况如下：, an item of its own over the book: heldout88)
        return "", "引出表格的話不寫"
    new = _LEAD_IN.sub("", text)
    return (new, "引出表格的話不寫") if new != text and len(new) >= 4 else (text, "")


_LEAD_IN_ALONE = re.compile(
    r"^[^，,。；;：:\n]{2,16}(?:情况|明细|统计|记录|登记|进度|结果|安排|排班)[^，,。；;：:\n]{0,4}如下[ \u3000]*(?:[（(][^（）()]{0,12}[）)])?[：:]$"
)


# a day typed as a form takes it, 2026.7.5 or 2026/7/5 (and 2026.4.12-4.20): written as a summary writes a day (the
# hostile pass of round 85: its own check then reported date-form on a line the draft had written); read and written
# by core.dates, the one date reader
_TYPED_DAY = re.compile(
    r"(?<![0-9.／/\-])(?P<day>20[0-9]{2}(?P<s>[./\-／])[01]?[0-9](?P=s)[0-3]?[0-9])"
    r"(?:[—\-~～至](?P<m2>[01]?[0-9])(?P=s)(?P<d2>[0-3]?[0-9]))?(?![0-9.／/\-]|[0-9]*%)"
)


def typed_days_written(text: str) -> tuple[str, str]:
    if "\t" in text or "\n" in text:
        return text, ""  # (a book's cells are read as the book's)

    def written(m: re.Match[str]) -> str:
        day = read_full_date(m["day"].replace("／", "/"))
        if day is None:
            return m.group(0)
        until = When(None, int(m["m2"]), int(m["d2"])).text() if m["m2"] else ""
        return date_text(day) + (f"至{until}" if until else "")

    new = _TYPED_DAY.sub(written, text)
    return (new, "日期按公文寫法") if new != text else (text, "")


# a figure the clerk left to fill in (发放分类垃圾桶××个): a marked gap, never ×× printed as if it were a count
_LEFT_BLANK = re.compile(r"(?:××|ＸＸ|XX|xx|＊＊|\*\*|○○|□□)(?=[\u4e00-\u9fff])")


def blanks_marked(text: str) -> tuple[str, str]:
    new = _LEFT_BLANK.sub("【待补】", text)
    return (new, "留空的數字標為待補") if new != text else (text, "")


# a passage copied from a book into the notes (《社区工作实务》第35页：社区是…): what was read, not work done
_EXCERPT = re.compile(
    r"^[ \u3000]*《[^《》]{2,30}》[ \u3000]*(?:第[0-9一二三四五六七八九十百]+[页頁章节節条條])?[ \u3000]*[：:]"
)


def excerpt_dropped(text: str) -> tuple[str, str]:
    return ("", "摘抄的原文不寫入總結") if _EXCERPT.match(text) else (text, "")


# the clerk's note to themself in brackets (（这个数我再核一下）, （问下老王是不是120）: the hostile pass of round 92): for
# the clerk, not the summary; a bracket that says what a figure counts stays
_NOTE_TO_SELF = re.compile(
    r"[（(][^（）()]{0,20}?(?:我再|再核|核一下|核对一下|问下|问一下|确认一下|是不是|对一下|查一下|待我)[^（）()]{0,20}[）)]"
)


def note_to_self_dropped(text: str) -> tuple[str, str]:
    def dropped(m: re.Match[str]) -> str:
        note = m.group(0)
        # (not a check already done, （经再核实无误）, nor one that gives another figure, （其实是25分钟，我再…确认）: the
        # corrections read those)
        if re.search(r"无误|属实|已核|其实|实际", note):
            return note
        if any(f.text not in text[: m.start()] for f in find_figures(note)):
            return note
        return ""

    new = _NOTE_TO_SELF.sub(dropped, text)
    return (new, "條目裡寫給自己的備註不寫") if new != text and new.strip() else (text, "")
