"""What an extraction is made of, shared by its steps (reconcile, meta, totals, write, llm):
an item found in the materials with its sources, a conflict between two of them, the whole
extraction, and how two items' wordings are compared."""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.core.dates import When
from assistant.core.numbers import LABEL_KINDS, Figure, find_figures
from assistant.core.text import squeeze
from assistant.extract.materials import Piece, ReadProblem

MONTH_WORDS = re.compile(r"本月|当月|这个月")
_LABEL_NOISE = re.compile(r"本月|当月|今天|今日|昨天|上午|下午|共计|合计|累计|一共|共|约|近|达|余|多")
CONFLICT = 0.6  # overlap of wording before two values of one measure are called a conflict


@lru_cache(maxsize=1 << 14)
def figures_in(text: str) -> tuple[Figure, ...]:
    """``find_figures``, remembered: a sentence is asked whether it reports work, which day it
    names, what it counts and what its words are, and finding figures is the slow part of each."""
    return tuple(find_figures(text))


@dataclass
class ExtractedItem:
    text: str
    section: str  # work | results | problems | plans
    sources: list[Piece]
    when: When = field(default_factory=When)
    label: str = ""  # what a ledger row measures (its activity); sentences use their own words
    category: str = ""
    category_by: str = ""  # ledger | heading | vocabulary | samples | other | model
    computed: bool = False
    parts: list[ExtractedItem] = field(default_factory=list)
    original: str = ""  # the deterministic wording, when a model's tidier one replaced it
    # the months its file covers (a quarter's report): items of different quarters never meet
    months: tuple[int, ...] = ()
    issued: tuple[int, int] = (0, 0)  # (year, month) its file reports up to, or the minutes were held
    # the figures of the text they were found in: reconciling asks for them once per comparison,
    # and the text may still change (a sentence that goes on, a date put in front)
    _found: tuple[str, list[Figure]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def figures(self) -> list[Figure]:
        """The work figures: what the item counts, not the dates, times and numbered places it names."""
        if self._found is None or self._found[0] != self.text:
            self._found = (self.text, [f for f in figures_in(self.text) if f.kind not in LABEL_KINDS])
        return list(self._found[1])

    @property
    def piece(self) -> Piece:
        return self.sources[0]

    @property
    def files(self) -> set[str]:
        return {p.place.file for p in self.sources}


@dataclass
class Conflict:
    measure: str
    when: When
    items: list[ExtractedItem]


@dataclass
class Extraction:
    community: str | None
    period: str | None
    topic: str | None
    kind: str | None
    superiors: list[str]
    items: list[ExtractedItem]
    conflicts: list[Conflict]
    problems: list[ReadProblem]
    files: list[str]
    script: str
    notes: list[str] = field(default_factory=list)  # things the user should know (names that differ…)
    origins: dict[str, str] = field(default_factory=dict)  # field -> where the value came from
    aside: list[Piece] = field(default_factory=list)  # lines that are not items, each with its reason

    def work(self) -> dict[str, list[ExtractedItem]]:
        out: dict[str, list[ExtractedItem]] = {}
        for item in self.items:
            if item.section == "work":
                out.setdefault(item.category, []).append(item)
        return out

    def listed(self, section: str) -> list[ExtractedItem]:
        return [i for i in self.items if i.section == section]


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def overlap(a: str, b: str, pairs: Callable[[str], Set[str]] = _bigrams) -> float:
    """Share of the shorter text's character pairs found in the other (1.0 for equal texts);
    ``pairs`` may give them from a cache."""
    x, y = pairs(a), pairs(b)
    if not x or not y:
        return 1.0 if a == b and a else 0.0
    return len(x & y) / min(len(x), len(y))


def label_of(text: str, exclude: list[Figure]) -> str:
    """Text without figures and filler words, simplified and without punctuation."""
    for f in sorted(exclude, key=lambda f: -f.start):
        text = text[: f.start] + " " + text[f.end :]
    return _LABEL_NOISE.sub("", squeeze(text)[0])
