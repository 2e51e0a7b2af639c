"""An edit a fix proposes (a span of the text and what replaces it), and applying a list of them."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    before: str
    after: str


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


# What no fix may touch: a web address, a file name, and in Markdown its code and comments
_ANYWHERE = re.compile(
    r"(?:https?://|www\.)[^\s，。；）)]+|[\w\u4e00-\u9fff.-]+\.(?:docx?|xlsx?|csv|pdf|txt|md|jpe?g|png|zip)\b", re.I
)
_MARKDOWN = re.compile(r"^(?:```|~~~)[^\n]*\n.*?^(?:```|~~~)[ \t]*$|`[^`\n]+`|<!--.*?-->|\]\([^)\n]*\)", re.M | re.S)
_INDENTED = re.compile(r"(?:^(?:    |\t)[^\n]*\n?)+", re.M)


def protected(text: str, markdown: bool) -> list[tuple[int, int]]:
    """Spans of ``text`` that fixes leave as they are."""
    spans = [m.span() for m in _ANYWHERE.finditer(text)]
    if markdown:
        spans += [m.span() for m in _MARKDOWN.finditer(text)]
        # an indented block after a blank line is code in Markdown
        spans += [
            m.span() for m in _INDENTED.finditer(text) if m.start() < 2 or text[m.start() - 2 : m.start()] == "\n\n"
        ]
    return sorted(spans)


def outside(edits: list[Edit], spans: list[tuple[int, int]]) -> list[Edit]:
    """The edits that touch no protected span."""
    if not spans:
        return edits
    return [e for e in edits if not any(s < e.end and e.start < t for s, t in spans)]
