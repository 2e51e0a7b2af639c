"""Scoring an extraction against the facts a careful person wrote by hand (tests and bench).

- Figure recall: the work figures of the hand-written facts (and of its conflicts) that the
  extraction has, in its items or its conflicts, counted as a multiset of canonical keys.
- Figure precision: the extraction's work figures that the hand-written facts have too.
- ExtractedItem recall/precision: items matched one to one by the same figures and similar wording.
- Traced: every figure of every item is in the text of one of its sources (a sentence, a ledger
  row, the date of a message or the period of its file); a computed total equals its parts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.text import squeeze
from assistant.extract.model import ExtractedItem, Extraction, overlap
from assistant.facts.categories import match_name
from assistant.facts.model import load_facts

MATERIALS = Path(__file__).resolve().parent / "data" / "materials"


def work_keys(texts: list[str]) -> Counter[str]:
    return Counter(f.key for t in texts for f in find_figures(t) if f.kind not in LABEL_KINDS)


def _leaves(item: ExtractedItem) -> list[ExtractedItem]:
    return [leaf for part in item.parts for leaf in _leaves(part)] if item.computed else [item]


def untraced(item: ExtractedItem) -> list[str]:
    """Figures of ``item`` that none of its sources says (empty: all traced)."""
    if item.computed:
        problems = [f"{item.text}：合計不等於各部分之和" for _ in [0] if not _totals_add_up(item)]
        return problems + [x for part in item.parts for x in untraced(part)]
    evidence = " ".join(f"{p.text} {p.when.text()} {Path(p.place.file).stem}" for p in item.sources)
    found = find_figures(evidence)
    keys = {f.key for f in found}
    dates = [f.key for f in found if f.kind == "date"]
    out = []
    for figure in find_figures(item.text):
        if figure.kind == "date":  # 3月5日 in the item, 2025年3月5日 in the row or the file name
            if not any(d == figure.key or d.endswith(figure.key) for d in dates):
                out.append(f"{item.text}：{figure.text}")
        elif figure.key not in keys:
            out.append(f"{item.text}：{figure.text}")
    return out


def _totals_add_up(item: ExtractedItem) -> bool:
    work = item.figures
    parts = [p.figures for p in item.parts]
    # the text reads: total (part, part…), total (part…): every total is followed by its parts
    n = len(parts)
    totals = work[:: n + 1]
    return all(
        abs(total.value - sum(p[slot].value for p in parts)) < 1e-6 for slot, total in enumerate(totals)
    ) and len(totals) == len(parts[0])


@dataclass
class Score:
    figure_recall: float
    figure_precision: float
    item_recall: float
    item_precision: float
    category_agreement: float
    untraced: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # expected figures not found
    extra: list[str] = field(default_factory=list)  # extracted figures the hand-written facts lack

    def to_dict(self) -> dict[str, Any]:
        return vars(self)


def _category_key(name: str) -> str:
    entry = match_name(name)
    return entry.name if entry else squeeze(name)[0]


def score(extraction: Extraction, expected: Path, conflicts: Path | None = None) -> Score:
    facts = load_facts(expected)
    expected_items = [(c, t) for c, items in facts.work.items() for t in items]
    expected_conflicts = yaml.safe_load(conflicts.read_text("utf-8")) if conflicts else []
    want = work_keys([t for _, t in expected_items]) + Counter(
        k for c in expected_conflicts for v in c["values"] for k in work_keys([v])
    )
    items = [i for i in extraction.items if i.section == "work"]
    leaves = [leaf for i in items for leaf in _leaves(i)]
    conflicted = [i for c in extraction.conflicts for i in c.items]
    # of a conflict, the values in dispute count (an item's other figures wait with it)
    disputed = work_keys([i.text for i in conflicted]) & Counter(
        k for c in expected_conflicts for v in c["values"] for k in work_keys([v])
    )
    got = work_keys([i.text for i in leaves]) + disputed
    hit = want & got
    matched = 0
    agree = 0
    free = list(leaves)
    for category, text in expected_items:
        keys = work_keys([text])
        best = max(
            (i for i in free if work_keys([i.text]) == keys),
            key=lambda i: overlap(squeeze(i.text)[0], squeeze(text)[0]),
            default=None,
        )
        if best is not None and overlap(squeeze(best.text)[0], squeeze(text)[0]) >= 0.5:
            free.remove(best)
            matched += 1
            agree += _category_key(best.category) == _category_key(category)
    return Score(
        figure_recall=sum(hit.values()) / max(1, sum(want.values())),
        figure_precision=sum(hit.values()) / max(1, sum(got.values())),
        item_recall=matched / max(1, len(expected_items)),
        item_precision=matched / max(1, len(leaves)),
        category_agreement=agree / max(1, matched),
        untraced=[x for i in items + conflicted for x in untraced(i)],
        missing=sorted((want - got).elements()),
        extra=sorted((got - want).elements()),
    )
