"""The words around an item's figures, and when an item happened: what tells that two items of
different files measure the same piece of work (``Words.affinity``), and an index that finds the
items that may (``Near``) without comparing each pair.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from assistant.core.dates import When, find_day_range
from assistant.core.numbers import Figure
from assistant.core.script import to_simplified
from assistant.extract.model import ExtractedItem, figures_in, label_of, overlap

MERGE = 0.45  # overlap of wording for one activity with the same values, same day or month
_CLAUSE_END = re.compile(r"[，,；;：:。！？]")


def _dates(text: str) -> list[Figure]:
    """A row's label may name its day (6月15日父親節手工班): the day is when, not what, as a
    sentence's dates are left out of its words."""
    return [f for f in figures_in(text) if f.kind == "date"]


def _clause(item: ExtractedItem, figure: Figure) -> str:
    if item.label:
        return label_of(item.label, _dates(item.label))
    text = item.text
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, figure.start)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, figure.end)), len(text))
    clause = text[start:end]
    return label_of(clause, list(figures_in(clause)))


def _whole(item: ExtractedItem) -> str:
    return label_of(item.label, _dates(item.label)) if item.label else label_of(item.text, list(figures_in(item.text)))


class Words:
    """The words around each item's figures, worked out once per extraction: an item is compared
    with many others, and finding its figures and labels again for each pair was most of the time.
    Keyed by the text, so an item whose text changes is never given stale words."""

    def __init__(self) -> None:
        self._clauses: dict[tuple[str, str, int, int], str] = {}
        self._wholes: dict[tuple[str, str], str] = {}
        self._grams: dict[str, frozenset[str]] = {}
        self._units: dict[str, Counter[str]] = {}

    def once(self, item: ExtractedItem, unit: str) -> bool:
        """The unit occurs once among the item's figures."""
        found = self._units.get(item.text)
        if found is None:
            found = self._units[item.text] = Counter(f.unit for f in item.figures)
        return found[unit] == 1

    def clause(self, item: ExtractedItem, figure: Figure) -> str:
        key = (item.label, item.text, figure.start, figure.end)
        found = self._clauses.get(key)
        if found is None:
            found = self._clauses[key] = _clause(item, figure)
        return found

    def whole(self, item: ExtractedItem) -> str:
        key = (item.label, item.text)
        found = self._wholes.get(key)
        if found is None:
            found = self._wholes[key] = _whole(item)
        return found

    def grams(self, text: str) -> frozenset[str]:
        found = self._grams.get(text)
        if found is None:
            found = self._grams[text] = frozenset(text[i : i + 2] for i in range(len(text) - 1))
        return found

    def affinity(self, a: ExtractedItem, fa: Figure, b: ExtractedItem, fb: Figure) -> float:
        if fa.unit != fb.unit or fa.kind != fb.kind:
            return 0.0
        score = overlap(self.clause(a, fa), self.clause(b, fb), self.grams)
        if self.once(a, fa.unit) and self.once(b, fb.unit):
            score = max(score, overlap(self.whole(a), self.whole(b), self.grams))
        return score

    def pairs(self, a: ExtractedItem, b: ExtractedItem, threshold: float) -> list[tuple[Figure, Figure]]:
        """Each figure of ``a`` with its best counterpart in ``b`` at ``threshold`` or above."""
        out = []
        theirs = b.figures
        for fa in a.figures:
            scored = [(self.affinity(a, fa, b, fb), fb) for fb in theirs]
            best = max(scored, key=lambda s: s[0], default=(0.0, None))
            if best[1] is not None and best[0] >= threshold:
                out.append((fa, best[1]))
        return out

    def covers(self, host: ExtractedItem, other: ExtractedItem) -> bool:
        """Every work figure of ``other`` is in ``host`` with the same value."""
        figures = other.figures
        pairs = self.pairs(other, host, MERGE)
        return bool(figures) and len(pairs) == len(figures) and all(same_values(fa, fb) for fa, fb in pairs)


def same_values(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) < 1e-9 and a.value2 == b.value2


def value_keys(figure: Figure) -> list[tuple[str, str, float | None, int]]:
    """Where a figure of the same value may be filed: by unit and whole number, on both sides of a
    whole number when the value is within ``_same``'s margin of it (none for inf or nan, which
    equal nothing)."""
    low, high = figure.value - 1e-9, figure.value + 1e-9
    if not math.isfinite(low) or not math.isfinite(high):
        return []
    return [(figure.unit, figure.kind, figure.value2, n) for n in dict.fromkeys((math.floor(low), math.floor(high)))]


class Near:
    """Which of ``items`` may have a figure that measures the same as a given one, at ``threshold``
    or above (``Words.affinity``), without comparing it with each: the same unit, and words that
    share a character pair. Words overlapping by a share t of the shorter one's n pairs share one
    of any n - ⌈t·n⌉ + 1 of those pairs (prefix filtering), so each item is filed under all its pairs
    and under that many of its rarest, and looked up both ways round."""

    def __init__(
        self,
        words: Words,
        items: Sequence[ExtractedItem],
        threshold: float,
        scope: Callable[[ExtractedItem], object] = lambda item: None,
    ) -> None:
        self.words, self.threshold, self.scope = words, threshold, scope
        signs = [(n, sign) for n, item in enumerate(items) for f in item.figures for sign in self._signs(item, f)]
        self.rarity = Counter((key, g) for _, (key, _text, grams) in signs for g in grams)
        self.exact: dict[tuple[tuple[object, ...], str], list[int]] = {}
        self.every: dict[tuple[tuple[object, ...], str], list[int]] = {}
        self.rare: dict[tuple[tuple[object, ...], str], list[int]] = {}
        for n, (key, text, grams) in signs:
            if not grams:
                self.exact.setdefault((key, text), []).append(n)
                continue
            for g in grams:
                self.every.setdefault((key, g), []).append(n)
            for g in self._rarest(key, grams):
                self.rare.setdefault((key, g), []).append(n)

    def _signs(self, item: ExtractedItem, figure: Figure) -> list[tuple[tuple[object, ...], str, frozenset[str]]]:
        """The words ``affinity`` compares for this figure, each with what must match exactly."""
        base = (self.scope(item), figure.unit, figure.kind)
        words = [("clause", self.words.clause(item, figure))]
        if self.words.once(item, figure.unit):
            words.append(("whole", self.words.whole(item)))
        # words of one character overlap only with the same character; empty words with nothing
        return [((tag, *base), text, self.words.grams(text)) for tag, text in words if text]

    def _rarest(self, key: tuple[object, ...], grams: frozenset[str]) -> list[str]:
        size = len(grams)
        needed = max(1, math.ceil(self.threshold * size))
        while needed > 1 and (needed - 1) / size >= self.threshold:  # as overlap() divides
            needed -= 1
        while needed < size and needed / size < self.threshold:
            needed += 1
        return sorted(grams, key=lambda g: (self.rarity[(key, g)], g))[: size - needed + 1]

    def near(self, item: ExtractedItem, figures: Sequence[Figure] | None = None) -> set[int]:
        """The positions in ``items`` that may match a figure of ``item`` (all of them by default)."""
        found: set[int] = set()
        for figure in item.figures if figures is None else figures:
            for key, text, grams in self._signs(item, figure):
                if not grams:
                    found.update(self.exact.get((key, text), ()))
                    continue
                for g in self._rarest(key, grams):
                    found.update(self.every.get((key, g), ()))
                for g in grams:
                    found.update(self.rare.get((key, g), ()))
        return found


def same_year(a: When, b: When) -> bool:
    return a.year is None or b.year is None or a.year == b.year


def day_span(item: ExtractedItem) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The days a total covers: a range it names (5月15日至6月30日), else its month."""
    found = find_day_range(to_simplified(item.text))
    if found:
        return found
    if item.when.month is not None and item.when.day is None:  # a day's item is no total
        return (item.when.month, 1), (item.when.month, 31)
    return None
