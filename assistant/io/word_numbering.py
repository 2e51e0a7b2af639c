"""The numbers Word draws before a paragraph from its list numbering (一、 （二） 3.), which are
not in the paragraph's text: a summary typed with automatic numbering would otherwise lose every
heading marker, and with them the checker's numbering rules and the parts' headings.

Only what a summary uses is rendered: decimal and Chinese counting formats with their level text
(%1、 （%1） %1.), restarts of deeper levels, and the style's own numbering. Bullets and formats
not known here give no marker.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from assistant.core.numbers import int_to_cn

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CHINESE = {"chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting"}
_CHINESE_LEGAL = {"chineseLegalSimplified"}  # 壹贰叁: rare in a summary, read as plain Chinese
_MAX_LEVELS = 9


_STYLES: WeakKeyDictionary[Any, dict[str | None, Any]] = WeakKeyDictionary()


def paragraph_style(paragraph: Any) -> Any:
    """``paragraph.style``, looked up once for each style of a document: python-docx searches all
    the styles for every paragraph (a millisecond each, minutes for a long report)."""
    cache = _STYLES.setdefault(paragraph.part, {})
    key = paragraph._p.style  # the paragraph's style id; None for the default style
    if key not in cache:
        cache[key] = paragraph.style
    return cache[key]


def _val(element: Any, tag: str) -> str | None:
    child = element.find(_W + tag) if element is not None else None
    return child.get(_W + "val") if child is not None else None


class Numbering:
    """Counts a document's numbered paragraphs in order and renders each one's marker."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self._counters: dict[str, list[int]] = {}
        self._counter_of: dict[str, str] = {}  # numId -> whose count it continues
        self._by_style: dict[str | None, tuple[str | None, str | None]] = {}  # style id -> its numId, ilvl
        try:
            root = document.part.numbering_part.element
        except (AttributeError, KeyError, NotImplementedError):
            return  # no numbering part: nothing is numbered
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(_W + "abstractNum"):
            levels = {}
            for lvl in node.findall(_W + "lvl"):
                try:
                    ilvl = int(lvl.get(_W + "ilvl") or 0)
                    start = int(_val(lvl, "start") or 1)
                except ValueError:
                    continue
                levels[ilvl] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", start)
            abstract[node.get(_W + "abstractNumId") or ""] = levels
        for num in root.findall(_W + "num"):
            ref = _val(num, "abstractNumId")
            if ref not in abstract:
                continue
            num_id = num.get(_W + "numId") or ""
            levels = dict(abstract[ref])
            restarted = False
            for override in num.findall(_W + "lvlOverride"):
                again = _val(override, "startOverride")
                try:
                    ilvl = int(override.get(_W + "ilvl") or 0)
                    if again is not None and ilvl in levels:
                        fmt, text, _ = levels[ilvl]
                        levels[ilvl] = (fmt, text, int(again))
                        restarted = True
                except ValueError:
                    continue
            self._levels[num_id] = levels
            # lists of one abstract definition count on together (Word's 繼續編號) unless restarted
            self._counter_of[num_id] = num_id if restarted else f"abstract:{ref}"

    def marker(self, paragraph: Any) -> str:
        """The marker Word shows before ``paragraph`` ("" when none), counting it."""
        num_id, ilvl = self._reference(paragraph)
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(self._counter_of.get(num_id or "", num_id or ""), [0] * _MAX_LEVELS)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, _MAX_LEVELS):
            counters[deeper] = 0  # a new 一、 restarts its （一）
        fmt, text, _start = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""
        out = text
        for level in range(ilvl, -1, -1):  # %10 does not exist: one digit per level
            if f"%{level + 1}" in out:
                out = out.replace(f"%{level + 1}", self._render(levels.get(level), counters[level]))
        return out

    def _render(self, level: tuple[str, str, int] | None, count: int) -> str:
        fmt, _text, start = level or ("decimal", "", 1)
        value = max(start, 0) + max(count, 1) - 1  # Word allows no negative start
        if fmt in _CHINESE or fmt in _CHINESE_LEGAL:
            return int_to_cn(value)
        return str(value)

    def _reference(self, paragraph: Any) -> tuple[str | None, int]:
        """numId and level of a paragraph: its own numPr, else its style's (and the style's bases)."""
        p_pr = paragraph._p.pPr
        num_pr = p_pr.find(_W + "numPr") if p_pr is not None else None
        num_id = _val(num_pr, "numId")
        ilvl = _val(num_pr, "ilvl")
        if num_id is None or ilvl is None:
            key = paragraph._p.style
            if key not in self._by_style:
                self._by_style[key] = self._style_reference(paragraph_style(paragraph))
            by_style = self._by_style[key]
            num_id = num_id if num_id is not None else by_style[0]
            ilvl = ilvl if ilvl is not None else by_style[1]
        try:
            level = int(ilvl or 0)
        except ValueError:
            level = 0
        return (None if num_id in (None, "0") else num_id), min(max(level, 0), _MAX_LEVELS - 1)

    @staticmethod
    def _style_reference(style: Any) -> tuple[str | None, str | None]:
        """numId and level a style gives its paragraphs, from it or its bases."""
        num_id = ilvl = None
        depth = 0
        while (num_id is None or ilvl is None) and style is not None and depth < 8:
            s_pr = style.element.find(_W + "pPr")
            s_num = s_pr.find(_W + "numPr") if s_pr is not None else None
            num_id = num_id if num_id is not None else _val(s_num, "numId")
            ilvl = ilvl if ilvl is not None else _val(s_num, "ilvl")
            style, depth = style.base_style, depth + 1
        return num_id, ilvl
