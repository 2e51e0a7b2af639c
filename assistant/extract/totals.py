"""Totals across months (``--sum``): the monthly items of one measure in several months become one
computed item, ``發放宣傳資料合計3,200份（1月1,000份、2月2,200份）``, its parts kept for the record.
Only plain Arabic counts are added: not stocks (現有, 累計, rates), approximations, ranges, or
figures with 萬 or Chinese numerals: those items stay as they are."""

from __future__ import annotations

import re

from assistant.core.dates import When
from assistant.core.numbers import LABEL_KINDS, Figure, find_figures
from assistant.core.script import to_simplified
from assistant.extract.model import CONFLICT, MONTH_WORDS, ExtractedItem, label_of, overlap

_STOCK = re.compile(r"现有|共有|累计|总数|总计|达到|增至|覆盖|满意度|知晓率|率")
_PLAIN_FIGURE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?\s*([^0-9十百千万萬亿億]+)")


def add_totals(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """Monthly items of one measure in several months, replaced by one computed item each."""
    candidates = [
        i
        for i in items
        if i.section == "work"
        and i.when.month is not None
        and i.when.day is None
        and i.figures
        and not _STOCK.search(to_simplified(i.text))
        and all(_written_unit(f) is not None for f in i.figures)
    ]
    used: set[int] = set()
    out = list(items)
    for item in candidates:
        if id(item) in used:
            continue
        units = [f.unit for f in item.figures]
        words = label_of(_base(item), item.figures)
        group = [item] + [
            o
            for o in candidates
            if o is not item
            and id(o) not in used
            and o.category == item.category
            and [f.unit for f in o.figures] == units
            and overlap(words, label_of(_base(o), o.figures)) >= CONFLICT
        ]
        months = [g.when.month for g in group]
        if len(group) < 2 or len(set(months)) != len(months):
            continue
        group.sort(key=lambda g: g.when.month or 0)
        used |= {id(g) for g in group}
        total = _total_item(group)
        out[out.index(group[0])] = total
        for g in group[1:]:
            out.remove(g)
    return out


def _base(item: ExtractedItem) -> str:
    """The item's words without the month it was dated with."""
    return re.sub(r"^\d+月", "", MONTH_WORDS.sub("", item.text)).strip("，, ")


def _total_item(group: list[ExtractedItem]) -> ExtractedItem:
    template = min(group, key=lambda g: (len(_base(g)), g.when.month or 0))
    text = _base(template)
    figures = find_figures(text)
    work = [f for f in figures if f.kind not in LABEL_KINDS]  # as ``item.figures``: 1號樓 is no count
    pieces: list[str] = []
    last = 0
    for slot, figure in enumerate(work):
        parts = [g.figures[slot] for g in group]
        total = sum(p.value for p in parts)
        unit = _written_unit(figure) or ""
        listed = "、".join(f"{g.when.month}月{p.text}" for g, p in zip(group, parts, strict=True))
        pieces.append(text[last : figure.start] + f"合计{_number(total, parts)}{unit}（{listed}）")
        last = figure.end
    text = "".join(pieces) + text[last:]
    sources = [s for g in group for s in g.sources]
    return ExtractedItem(
        text, "work", sources, When(group[0].when.year), "", template.category, template.category_by, True, group
    )


def _written_unit(figure: Figure) -> str | None:
    """The unit as written after a plain Arabic number (``1,000份`` -> 份); None for a figure that
    cannot simply be added up (approximate, a range, a percentage, 1.2萬噸, 三千份)."""
    m = _PLAIN_FIGURE.fullmatch(figure.text)
    if figure.kind != "number" or figure.approx or figure.value2 is not None or m is None:
        return None
    return m.group(1)


def _number(value: float, parts: list[Figure]) -> str:
    """A total written as its parts are: with thousands separators and as many decimals."""
    decimals = max((len(m.group(1)) for p in parts if (m := re.search(r"\.([0-9]+)", p.text))), default=0)
    return f"{value:,.{decimals}f}" if any("," in p.text for p in parts) else f"{value:.{decimals}f}"
