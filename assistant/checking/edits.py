"""An edit a fix proposes (a span of the text and what replaces it), and applying a list of them."""

from __future__ import annotations

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
