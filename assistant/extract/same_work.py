"""One piece of work in many places, made one: the same activity with the same values in two
files is one item citing both; day records that add up to a month's (or a period's) figure are
its detail; the same measure with different values is a conflict for the user to settle.

Items are compared within the day (or month, or the span of their file) they belong to, through
an index of their values and rarest words (so a folder of thousands of items is not compared pair
by pair); items with no time of their own are compared with the months their file covers.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.core.numbers import LABEL_KINDS, Figure
from assistant.extract.conflicts import differences, told_over_days
from assistant.extract.lines import SEE_TABLE, bare_sentence
from assistant.extract.model import Conflict, ExtractedItem, figures_in
from assistant.extract.wording import MERGE, Near, Words, day_span, same_values, same_year, value_keys


def _may_merge(a: ExtractedItem, b: ExtractedItem) -> bool:
    # rows of one table are separate records even when they read the same
    same_table = a.piece.kind == b.piece.kind == "row" and a.piece.place.file == b.piece.place.file
    return not same_table and same_year(a.when, b.when)


def _preference(item: ExtractedItem) -> tuple[int, int, int]:
    """Which of several items of one activity stands for it: most figures, then a report's
    sentence over a ledger row over a chat note, then the longer text."""
    kind = 0 if item.piece.kind == "sentence" and not item.piece.note else (1 if item.piece.kind == "row" else 2)
    return (-len(item.figures), kind, -len(item.text))


def _absorb_same(group: list[ExtractedItem], words: Words, absorbed: set[int]) -> list[ExtractedItem]:
    """The items of one day (or month) that stand for their activity; the rest are absorbed by the
    first of them (in order of preference) that has all their figures with the same values. Only
    the hosts with each of an item's values, found by value, are compared with it."""
    local: list[ExtractedItem] = []
    filed: dict[tuple[str, str, float | None, int], list[int]] = {}  # a value -> positions in local
    for item in sorted(group, key=_preference):
        figures = item.figures
        candidates: set[int] | None = None
        for figure in figures:
            found = {n for key in value_keys(figure) for n in filed.get(key, ())}
            candidates = found if candidates is None else candidates & found
            if not candidates:
                break
        host = next(
            (local[n] for n in sorted(candidates or ()) if _may_merge(local[n], item) and words.covers(local[n], item)),
            None,
        )
        if host is not None:
            host.sources += item.sources
            absorbed.add(id(item))
            continue
        for figure in figures:
            for key in value_keys(figure):
                filed.setdefault(key, []).append(len(local))
        local.append(item)
    return local


def reconcile_items(items: list[ExtractedItem]) -> tuple[list[ExtractedItem], list[Conflict]]:
    """The work items made one per piece of work, and the conflicts taken out of them."""
    words = Words()
    work = [i for i in items if i.section == "work" and i.figures]
    hosts: list[ExtractedItem] = []
    absorbed: set[int] = set()
    groups: dict[tuple[int | None, int | None, tuple[int, ...]], list[ExtractedItem]] = {}
    # 0. a table's row whose figures a report tells in sentences of their own, before any
    #    sentence is taken into the row as its wording
    work = _absorb_told_apart(work, words, absorbed)
    for item in work:  # a figure without its month belongs to the span of its file (一季度)
        groups.setdefault((item.when.month, item.when.day, () if item.when.month else item.months), []).append(item)
    # 1. the same day (or the same month, for monthly figures): absorb duplicates, find conflicts
    edges: list[tuple[ExtractedItem, ExtractedItem, str]] = []  # two items, and what they disagree about
    for group in groups.values():
        local = _absorb_same(group, words, absorbed)
        edges += differences(local, words)
        hosts += local
    edges += told_over_days(hosts, words, edges)
    # 1b. an item with no month of its own (a quarter's report, an undated export) and the items of
    #     the months its file covers
    hosts = _absorb_across(hosts, words, absorbed)
    hosts = _absorb_table_mentions(hosts, absorbed)
    # 2. day records that add up to a monthly figure of another place
    in_conflict = {id(x) for a, b, _ in edges for x in (a, b)}
    _absorb_day_tables(hosts, absorbed, in_conflict)
    # a day's record may count two things (巡邏12次 and 異常1宗): each month figure is summed from
    # the one figure of its unit in each day
    records = [h for h in hosts if h.when.month is not None and h.when.day is not None and h.figures]
    near = Near(words, records, MERGE, scope=lambda item: item.when.month)
    for month_item in [h for h in hosts if h.when.day is None and h.when.month is not None]:
        for figure in month_item.figures:
            if figure.value2 is not None:
                continue
            days = [
                (h, g)
                for h in (records[n] for n in sorted(near.near(month_item, [figure])))
                if h.when.month == month_item.when.month
                and id(h) not in absorbed
                and id(h) not in in_conflict
                and same_year(h.when, month_item.when)
                and (g := _one_of_unit(h, figure)) is not None
                and words.affinity(month_item, figure, h, g) >= MERGE
            ]
            if not days:
                continue
            total = sum(g.value for _, g in days)
            if abs(total - figure.value) < 1e-9:
                for h, _ in days:
                    month_item.sources += h.sources
                    absorbed.add(id(h))
            elif (
                total > figure.value
                and all(len(h.figures) == 1 for h, _ in days)
                and any(not (h.files & month_item.files) for h, _ in days)
            ):
                edges += [
                    (month_item, h, words.clause(h, g) if h.label else words.clause(month_item, figure))
                    for h, g in days
                ]
    # conflicts: connected items leave the facts together, found in the order the edges give them
    neighbours: dict[int, list[ExtractedItem]] = {}
    for p0, p1, _ in edges:
        neighbours.setdefault(id(p0), []).append(p1)
        neighbours.setdefault(id(p1), []).append(p0)
    conflicts: list[Conflict] = []
    seen: set[int] = set()
    for a, _, measure in edges:
        if id(a) in seen:
            continue
        component, queue = [], [a]
        while queue:
            x = queue.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            component.append(x)
            queue += neighbours[id(x)]
        component.sort(key=lambda x: (x.when.day or 0, sorted(x.files)))
        conflicts.append(Conflict(measure, component[0].when, component))
    kept = [i for i in items if id(i) not in absorbed and id(i) not in seen]
    for item in kept:
        _in_report_words(item)
    return kept, conflicts


def _in_report_words(item: ExtractedItem) -> None:
    """A ledger's subtotal that a report's sentence tells too reads as the report wrote it, with the
    ledger's other measures after it: 「開展樓道堆物專項整治，共清理樓道雜物41處，清運垃圾13車，出動34人次」
    rather than 「樓道堆物清理7月小計：雜物41處，清運量13車，出動34人次」."""
    first = item.sources[0]
    if first.kind != "row" or item.section != "work":
        return
    keys = {f.key for f in item.figures}
    told = next(
        (
            p
            for p in item.sources[1:]
            if p.kind == "sentence"
            and not p.note
            and {f.key for f in _work_figures(bare_sentence(p.text))} <= keys
            and _work_figures(bare_sentence(p.text))
        ),
        None,
    )
    if told is None:
        return
    said = {f.key for f in _work_figures(bare_sentence(told.text))}
    extra = [
        clause
        for clause in re.split(r"[，,：:；;]", item.text)
        if _work_figures(clause) and not {f.key for f in _work_figures(clause)} & said
    ]
    item.text = "，".join([bare_sentence(told.text), *extra])
    item.sources.remove(told)
    item.sources.insert(0, told)  # the report's sentence first: its heading and wording lead


def _work_figures(text: str) -> list[Figure]:
    return [f for f in figures_in(text) if f.kind not in LABEL_KINDS]


def _absorb_across(hosts: list[ExtractedItem], words: Words, absorbed: set[int]) -> list[ExtractedItem]:
    """An item without a month (「第三季度累計走訪1,900戶」 in a report filed under no month, a
    CSV's 合計 row) and an item of a month its file covers, with the same values and near words,
    are one: the preferred wording stays and cites both. Found by value, not pair by pair."""
    filed: dict[tuple[str, str, float | None, int], list[int]] = {}
    for n, host in enumerate(hosts):
        for figure in host.figures:
            for key in value_keys(figure):
                filed.setdefault(key, []).append(n)
    for lone in hosts:
        if lone.when.month is not None or id(lone) in absorbed:
            continue
        candidates = sorted({n for f in lone.figures for key in value_keys(f) for n in filed.get(key, ())})
        for n in candidates[:200]:
            other = hosts[n]
            if (
                other is lone
                or id(other) in absorbed
                or lone.piece.place.file == other.piece.place.file
                or not _may_merge(other, lone)
            ):
                continue
            if other.when.month is not None and lone.months and other.when.month not in lone.months:
                continue
            if other.when.month is None and lone.months and other.months and not set(lone.months) & set(other.months):
                continue
            if not any(same_values(f, g) for f in lone.figures for g in other.figures):
                continue  # filed side by side by a whole number, not of the same value
            covers, covered = words.covers(other, lone), words.covers(lone, other)
            if not (covers or covered):
                continue
            keep, drop = (
                (other, lone) if covers and (_preference(other) <= _preference(lone) or not covered) else (lone, other)
            )
            keep.sources += drop.sources
            absorbed.add(id(drop))
            if drop is lone:
                break
    return [h for h in hosts if id(h) not in absorbed]


def _one_of_unit(item: ExtractedItem, figure: Figure) -> Figure | None:
    """The item's one figure in ``figure``'s unit and kind, if it has exactly one."""
    found = [f for f in item.figures if f.unit == figure.unit and f.kind == figure.kind]
    return found[0] if len(found) == 1 else None


def _absorb_told_apart(hosts: list[ExtractedItem], words: Words, absorbed: set[int]) -> list[ExtractedItem]:
    """A table's row whose every figure a report tells in sentences of its own (a system export's
    合計 row: 簽約14061人，重點人群簽約6588人…, and the minutes' 簽約居民14,061人 … 重點人群簽約
    6,588人 in two sentences) is told already: it joins the sentence that tells its first figure,
    so that no figure is counted twice. Each figure must find the same value in near words."""
    by_value: dict[tuple[str, float | None, int], list[ExtractedItem]] = {}  # by value, any unit
    for host in hosts:
        if host.piece.kind == "sentence":
            for figure in host.figures:
                for key in value_keys(figure):
                    by_value.setdefault(key[1:], []).append(host)
    for row in hosts:
        if row.piece.kind != "row" or len(row.figures) < 2 or id(row) in absorbed:
            continue
        tellers = []
        for figure in row.figures:
            teller = next(
                (
                    other
                    for key in value_keys(figure)
                    for other in by_value.get(key[1:], ())
                    if id(other) not in absorbed
                    and not (other.files & row.files)
                    and _may_merge(other, row)
                    and any(
                        same_values(figure, g)
                        and (figure.unit == g.unit or "个" in (figure.unit, g.unit))  # 隱患數 counted in 个, told in 處
                        and (_telling(figure) or words.affinity(row, figure, other, g) >= MERGE)
                        for g in other.figures
                    )
                ),
                None,
            )
            if teller is None:
                break
            tellers.append(teller)
        else:
            tellers[0].sources += row.sources
            absorbed.add(id(row))
    return [h for h in hosts if id(h) not in absorbed]


def _absorb_table_mentions(hosts: list[ExtractedItem], absorbed: set[int]) -> list[ExtractedItem]:
    """「4月共開展健康教育活動5場，具體情況見表1」 and that table's 合計 row (5場, 199人) are
    one: the row takes the sentence, which then leads it (see ``_in_report_words``)."""
    rows = [h for h in hosts if h.piece.kind == "row" and len(h.figures) >= 2]
    for told in hosts:
        if told.piece.kind != "sentence" or not SEE_TABLE.search(told.piece.text) or not told.figures:
            continue
        row = next(
            (
                r
                for r in rows
                if id(r) not in absorbed
                and r.files == told.files
                and r.when.month == told.when.month
                and all(any(same_values(f, g) and f.unit == g.unit for g in r.figures) for f in told.figures)
            ),
            None,
        )
        if row is not None:
            row.sources += told.sources
            absorbed.add(id(told))
    return [h for h in hosts if id(h) not in absorbed]


def _telling(figure: Figure) -> bool:
    """A value unlikely to be met twice by chance (14061, 7170, 356; not 20, 300 or 1500): a
    row's short header words (簽約, 履約) are too few to compare, so such a value in the same
    unit is enough."""
    value = figure.value
    if value != int(value) or value < 100:
        return False
    return int(value) % 10 != 0 or (value >= 1000 and int(value) % 100 != 0)


def _absorb_day_tables(hosts: list[ExtractedItem], absorbed: set[int], in_conflict: set[int]) -> None:
    """Day records of one file with several measures each (a patrol log: 發現問題4處，已整改3處)
    whose sums equal a total's figures in two measures or more are the total's detail: the total
    cites them and they leave the items. Records with a measure the total lacks stay."""
    days: dict[str, list[ExtractedItem]] = {}
    for h in hosts:
        if h.when.month and h.when.day and id(h) not in absorbed and id(h) not in in_conflict:
            days.setdefault(h.piece.place.file, []).append(h)
    for total in hosts:
        span = day_span(total) if id(total) not in absorbed else None
        if span is None:
            continue
        wanted = {f.unit: f.value for f in total.figures if f.value2 is None}
        for file, records in days.items():
            if file in total.files:
                continue
            inside = [
                r
                for r in records
                if id(r) not in absorbed and span[0] <= (r.when.month or 0, r.when.day or 0) <= span[1]
            ]
            if _adds_up_in_order(total, inside):  # 發現問題4處，已整改3處: one unit, two measures
                for r in inside:  # a record with more to say (備註: 更換地磚12塊) stays, cited
                    total.sources += r.sources
                    if len(r.figures) == len(total.figures):
                        absorbed.add(id(r))
                continue
            if len(wanted) != len(total.figures):
                continue  # two measures in one unit are told apart by their order only
            sums: Counter[str] = Counter()
            for r in inside:
                for f in r.figures:
                    if f.unit in wanted:
                        sums[f.unit] += f.value  # type: ignore[assignment]
            matched = [u for u in sums if abs(sums[u] - wanted[u]) < 1e-9]
            if len(inside) < 2 or len(matched) < 2 or len(matched) != len(sums):
                continue
            for r in inside:
                if {f.unit for f in r.figures} <= set(wanted):
                    total.sources += r.sources
                    absorbed.add(id(r))


def _adds_up_in_order(total: ExtractedItem, records: list[ExtractedItem]) -> bool:
    """Records that each give the total's measures in the same order and units, and add up to it."""
    units = [f.unit for f in total.figures]
    if len(units) < 2 or len(records) < 2 or any([f.unit for f in r.figures[: len(units)]] != units for r in records):
        return False
    return all(abs(sum(r.figures[k].value for r in records) - total.figures[k].value) < 1e-9 for k in range(len(units)))
