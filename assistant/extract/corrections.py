"""Corrections in a chat group: 「更正：剛才走訪戶數打錯了，是168戶，不是186戶」 replaces the
figure of the earlier message it corrects, which then cites both messages; the correction itself
is not an item. A correction whose earlier message is not found stays an item, so nothing is lost.
"""

from __future__ import annotations

import re

from assistant.core.numbers import LABEL_KINDS, Figure
from assistant.core.script import to_simplified
from assistant.extract.materials import Piece
from assistant.extract.model import ExtractedItem, figures_in

_CORRECTION = re.compile(r"更正|纠正|订正|打错|写错|说错|报错|有误|搞错")
_NOT = re.compile(r"不是\s*$")
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
        if target is None:
            out.append(item)
            continue
        old, figure = target
        written = right.text if right.unit or not figure.unit else right.text + figure.unit
        old.text = old.text[: figure.start] + written + old.text[figure.end :]
        old.sources.append(item.piece)
        item.piece.aside = "correction"
        aside.append(item.piece)
    return out
