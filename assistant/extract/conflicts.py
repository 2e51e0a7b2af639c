"""Different values for one piece of work: two items of one day (or month) from different files
whose words say they measure the same thing, a note that tells a report's work in other words,
and an activity over several days told again by a note of one of those days. Each pair is an
edge; ``same_work`` makes the connected items one conflict for the user to settle.
"""

from __future__ import annotations

import re

from assistant.core.numbers import Figure
from assistant.core.text import common_run
from assistant.extract.model import CONFLICT, ExtractedItem
from assistant.extract.wording import Near, Words, day_span, same_values, same_year

Edge = tuple[ExtractedItem, ExtractedItem, str]  # two items, and the measure they disagree about


def differences(local: list[ExtractedItem], words: Words) -> list[Edge]:
    """Pairs of items of one day (or month) from different files with different values of one
    measure, and the measure; only items whose words are near enough are compared."""
    edges = []
    near = Near(words, local, CONFLICT)
    files = [a.files for a in local]
    for i, a in enumerate(local):
        for j in sorted(j for j in near.near(a) if j > i):
            b = local[j]
            if files[i] & files[j] or not same_year(a.when, b.when):
                continue
            differ = [(fa, fb) for fa, fb in words.pairs(a, b, CONFLICT) if not same_values(fa, fb)]
            if differ:
                fa, fb = differ[0]
                edges.append((a, b, words.clause(b, fb) if b.label else words.clause(a, fa)))
    return edges + _told_differently(local, words, {(id(a), id(b)) for a, b, _ in edges})


_GENERIC = re.compile(r"活动|开展|参加|参与|居民|社区|工作|人员|完成|组织|情况|一共|共|都|了|的|在|和")


def _told_differently(
    local: list[ExtractedItem], words: Words, known: set[tuple[int, int]], anchor: ExtractedItem | None = None
) -> list[Edge]:
    """One piece of work told in two files in different words and with different figures: a
    report's 「走訪慰問高齡獨居老人63戶」 and a note's 「這個月獨居老人探訪一共做了58戶」, or a table's
    晚會 row and a note about the same evening. Only figures whose unit each item has once, from
    different files; the same day needs one shared word, the same month a shared run of four.
    With an ``anchor`` (an activity over days), only pairs with it, at a run of four."""
    edges = []
    by_unit: dict[str, list[tuple[ExtractedItem, Figure]]] = {}
    for item in local:
        for f in item.figures:
            if words.once(item, f.unit) and f.value2 is None:
                by_unit.setdefault(f.unit, []).append((item, f))
    for pairs in by_unit.values():
        if len(pairs) > 50:  # a ledger's rows: compared by the near index above, not here
            continue
        for n, (a, fa) in enumerate(pairs):
            for b, fb in pairs[n + 1 :]:
                if (id(a), id(b)) in known or (id(b), id(a)) in known or a.files & b.files or same_values(fa, fb):
                    continue
                if anchor is not None and anchor is not a and anchor is not b:
                    continue
                if not (a.piece.note or b.piece.note or a.piece.kind == "row" or b.piece.kind == "row"):
                    continue  # two reports in different words are two pieces of work
                x, y = _GENERIC.sub("", words.whole(a)), _GENERIC.sub("", words.whole(b))
                run = common_run(x, y) if len(x) <= len(y) else common_run(y, x)
                if run >= (2 if a.when.day and b.when.day and anchor is None else 4):
                    edges.append((a, b, words.clause(a, fa)))
                    known.add((id(a), id(b)))
    return edges


def told_over_days(hosts: list[ExtractedItem], words: Words, known: list[Edge]) -> list[Edge]:
    """An activity a report tells over several days (5月14日至16日…放置鼠餌盒120個) and a note of
    one of those days that gives the same measure another value (5月15日…放了鼠餌盒126個). Items
    are grouped by their first day, so the two never meet there; the test is the one for a note
    of the same month (a shared run of four words), from different files, one of them a note."""
    told = {(id(a), id(b)) for a, b, _ in known}
    dated = [h for h in hosts if h.when.month is not None and h.when.day is not None]
    edges: list[Edge] = []
    for a in dated:
        span = day_span(a)
        if span is None or span[0] == span[1] or span[0] != (a.when.month, a.when.day):
            continue
        inside = [
            b
            for b in dated
            if b is not a
            and span[0] < (b.when.month, b.when.day) <= span[1]
            and (a.piece.note or b.piece.note)
            and (id(a), id(b)) not in told
            and (id(b), id(a)) not in told
        ]
        edges += _told_differently([a, *inside], words, told, anchor=a)
    return edges
