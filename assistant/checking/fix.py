"""Mechanical repairs ``zongjie check --fix`` may make without asking: half-width punctuation
between Chinese characters, mixed brackets, and heading numbers in the GB/T 9704 sequence
一、 → （一） → 1. → （1）. The checker reports these edits (rules ``punctuation``, which leaves
a web page's bylines alone, and ``numbering-level``; the fix also turns 1、 into the standard 1.),
so a fixed text checks clean on them, and a second fix changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.core.numbers import int_to_cn

if TYPE_CHECKING:
    from assistant.summary.parts import Doc
    from assistant.summary.tree import Section

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_OPEN = "“‘「『（《【"
_CLOSE = "”’」』）》】"
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
# , ; : ? ! after a Chinese character (or a closing quote), before Chinese, a digit or the line end
_AFTER_CJK = re.compile(rf"(?<=[{_CJK}{_CLOSE})])[ \t]*([,;:?!])[ \t]*(?=[{_CJK}{_OPEN}0-9]|[ \t]*$)", re.M)
# , ; after a figure and before Chinese: 共计120,其中
_AFTER_FIGURE = re.compile(rf"(?<=[0-9%])([,;])[ \t]*(?=[{_CJK}])")


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    before: str
    after: str


def punctuation_edits(text: str) -> list[Edit]:
    edits: dict[int, Edit] = {}
    for pattern in (_AFTER_CJK, _AFTER_FIGURE):
        for m in pattern.finditer(text):
            edits.setdefault(m.start(), Edit(m.start(), m.end(), m.group(0), _FULL[m.group(1)]))
    covered = {i for e in edits.values() for i in range(e.start, e.end)}  # edits are a few characters long
    for edit in _bracket_edits(text):
        if edit.start not in covered:
            edits[edit.start] = edit
    return sorted(edits.values(), key=lambda e: e.start)


def _bracket_edits(text: str) -> list[Edit]:
    """Half-width or mixed bracket pairs in Chinese text become full-width pairs."""
    out: list[Edit] = []
    line_start = 0
    for line in text.split("\n"):
        stack: list[int] = []
        for i, c in enumerate(line):
            if c in "(（":
                stack.append(-1 if c == "(" and i and line[i - 1] == "]" else i)  # [text](url): Markdown
            elif c in ")）" and stack and stack[-1] == -1:
                stack.pop()
            elif c in ")）" and stack:
                j = stack.pop()
                inner = line[j + 1 : min(i, j + 41)]  # enough to tell Chinese; bounded on deep nesting
                before = line[j - 1] if j else ""
                after = line[i + 1] if i + 1 < len(line) else ""
                chinese = any(_is_cjk(x) for x in (before, after)) or any(_is_cjk(x) for x in inner)
                mixed = (line[j] == "(") != (c == ")")
                if mixed or (line[j] == "(" and chinese):
                    if line[j] == "(":
                        out.append(Edit(line_start + j, line_start + j + 1, "(", "（"))
                    if c == ")":
                        out.append(Edit(line_start + i, line_start + i + 1, ")", "）"))
        line_start += len(line) + 1
    return out


def _is_cjk(c: str) -> bool:
    return bool(c) and ("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


# --------------------------------------------------------------------------- numbering
LEVEL_STYLES = ("cn", "paren_cn", "num", "paren_num")


def level_marker(depth: int, number: int) -> str:
    """The GB/T 9704 marker of heading ``number`` at ``depth`` (1 to 4)."""
    return (f"{int_to_cn(number)}、", f"（{int_to_cn(number)}）", f"{number}.", f"（{number}）")[depth - 1]


def numbering_edits(doc: Doc) -> list[Edit]:
    """Markers to change so that every numbered heading follows the GB/T 9704 sequence by its
    depth. Numbers are kept when they already run 1, 2, 3…; a group that mixed styles or
    restarted is numbered afresh."""
    edits: list[Edit] = []

    def walk(siblings: list[Section], depth: int) -> None:
        numbered = [s for s in siblings if s.style in LEVEL_STYLES and s.number is not None]
        first = numbered[0].number if numbered else None
        consecutive = first is not None and all(s.number == first + i for i, s in enumerate(numbered))
        same_style = len({s.style for s in numbered}) <= 1
        for n, s in enumerate(numbered, 1):
            if depth > len(LEVEL_STYLES):
                break
            number = (s.number or n) if consecutive and same_style else n
            target = level_marker(depth, number)
            if s.marker != target and doc.text[s.offset : s.offset + len(s.marker)] == s.marker:
                edits.append(Edit(s.offset, s.offset + len(s.marker), s.marker, target))
        for s in siblings:
            if s.children:
                walk(s.children, depth + (1 if s.style in LEVEL_STYLES else 0))

    walk(doc.tree, 1)
    return edits


def without_overlaps(edits: list[Edit]) -> list[Edit]:
    """The edits in order, each overlapping an earlier one dropped: (一) renumbered as a heading
    is not also two bracket repairs, and the list of changes says what was changed."""
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: e.start):
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def apply_edits(text: str, edits: list[Edit]) -> str:
    out: list[str] = []
    at = 0
    for edit in without_overlaps(edits):
        out.append(text[at : edit.start])
        out.append(edit.after)
        at = edit.end
    out.append(text[at:])
    return "".join(out)


def fix_text(text: str) -> tuple[str, list[Edit]]:
    """The text with every mechanical problem repaired, and the edits made. One repair can
    reveal another (a comma after a bracket that has just become full-width), so this runs until
    nothing changes; a second fix of its output changes nothing."""
    from assistant.summary.parts import read_document

    done: list[Edit] = []
    for _ in range(4):
        edits = without_overlaps(numbering_edits(read_document(text)) + punctuation_edits(text))
        if not edits:
            break
        text = apply_edits(text, edits)
        done.extend(edits)
    return text, done
