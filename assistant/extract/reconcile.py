"""From located pieces to facts: items with their sources, categories, conflicts and totals.

- A sentence that reports work (a work verb, and a figure unless it sits under a work heading of
  a report) becomes an item; a ledger row becomes an item sentence. Headings, greetings, notices,
  dates alone and boilerplate are left out.
- The same activity in two places is one item: an item whose figures all appear, with the same
  values, in another item of the same day (or the same month, for monthly figures) is absorbed by
  it, and day records of a month that add up to a monthly figure are absorbed by that figure.
- The same measure with different values in different files is a conflict: both items leave the
  facts and are listed with their sources for the user. Day records that add up to more than the
  month's figure are a conflict too.
- Categories: the office's own name for the kind of work (a ledger column, a report heading) when
  the vocabulary knows it, then the sentence's words (``categories.classify``), then the nearest
  section of the samples (a ``nearest`` function passed in), else 其他工作.
- Totals across months only when asked (extract_totals.py), each written with its parts and marked
  as computed.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

from assistant.core.dates import When, read_written_date
from assistant.core.numbers import LABEL_KINDS, Figure, find_figures
from assistant.core.periods import Period
from assistant.core.roles import LEAD_IN
from assistant.core.script import convert, detect_script, to_simplified
from assistant.core.text import squeeze
from assistant.extract.lines import is_plan
from assistant.extract.materials import SIGNATURE, Material, Piece, ReadProblem, match_text
from assistant.extract.meta import describe
from assistant.extract.model import (
    CONFLICT,
    MONTH_WORDS,
    Conflict,
    ExtractedItem,
    Extraction,
    figures_in,
    label_of,
    overlap,
)
from assistant.extract.notes import apply_corrections, resolve_days, tidy_spoken
from assistant.extract.totals import add_totals
from assistant.facts.categories import OTHER, classify, match_name
from assistant.facts.items import VERBS as ITEM_VERBS

Nearest = Callable[[str], str | None]  # sentence -> a category name from the samples, or None

_VERBS = re.compile(
    r"借阅|开展|组织|举办|举行|召开|发放|分发|派发|张贴|悬挂|设置|布设|清理|清运|清扫|清除|清洗|整治|整改|排查|检查|巡查"
    r"|巡逻|督查|督导|走访|入户|上门|慰问|探访|看望|帮扶|救助|调解|化解|受理|办理|接待|解答|回复|处理|培训|宣讲|讲座"
    r"|义诊|体检|筛查|随访|接种|签约|建档|投放|消杀|灭鼠|喷洒|安装|更换|维修|修复|修补|铺设|改造|新增|增设|新设|配备"
    r"|补种|种植|粉刷|疏通|回收|收集|收运|招募|发动|动员|出动|参与|参加|服务|完成|建立|成立|调整|制定|印发|发布|推送"
    r"|更新|核查|登记|采集|摸排|统计|协调|对接|组建|评选|表彰|拆除|劝导|纠正|查处|测量|制作|录入|开设|新建|建成|落实"
    r"|推进|供餐|送餐|助餐|宣传|放映|演出|捐赠|募集|安置|介绍|推荐|消毒|明确|劝离|救治|转介|协助|帮助|配合|陪同|搬运"
)
_SKIP = re.compile(
    r"如下表|见下表|见附件|见附表|详见|如下[:：]?$|汇报如下|报告如下|特此|以上(?:是|为)|请(?:审阅|查收|各位|大家|准时)"
    r"|^(?:大家好|各位好|收到|好的|谢谢|感谢|辛苦|通知|提醒|温馨提示)"
)
_FUTURE = re.compile(
    r"^(?:明天|明日|后天|下周|下月|下一步|计划|拟|准备|将于|将在|定于|即将)|(?:明天|明日|下周)(?:上午|下午|晚上)?(?:继续|去|到|开展|举行|召开)"
)
_DAY_RECORD = re.compile(
    r"^[0-9]{1,2}月[0-9]{1,2}日(?:[上下]午)?[，, ]?\s*(?:社区|街道|中心|我们|工作人员|网格员|志愿者)?(?P<verb>\w\w)"
)
_RECORD_VERBS = {"组织", "召开", "举办", "开展", "联合", "走访", "慰问", "参加", "配合", "协助", "排查", "检查", "巡查"}
_LEADING = re.compile(r"^(?:其中|此次|本次|活动中|期间|同时)")  # a sentence that goes on from the one before
_TODAY = re.compile(r"今天|今日")
_YESTERDAY = re.compile(r"昨天|昨日")
_CLAUSE_END = re.compile(r"[，,；;：:。！？]")
MERGE = 0.45  # overlap of wording for one activity with the same values, same day or month


# ---------------------------------------------------------------------------- items
def is_work(piece: Piece, text: str = "") -> bool:
    """``piece`` (as ``text``, when its words were tidied) reports work done."""
    simp = to_simplified(text or piece.text)
    if _SKIP.search(simp) or LEAD_IN.search(simp) or SIGNATURE.match(simp) or re.search(r"领导下|指导下", simp):
        return False
    if piece.section in ("results", "problems", "plans"):
        return len(re.findall(r"[\u4e00-\u9fff]", simp)) >= 4
    counts = any(f.kind not in LABEL_KINDS for f in figures_in(text or piece.text))
    if _FUTURE.search(simp):
        return False
    if not _VERBS.search(simp):  # 一季度物業費收費率86.4%: a figure under a work heading of a report
        return counts and piece.section == "work" and bool(piece.heading) and not piece.note
    if counts:
        return True
    # a figureless sentence counts under a work heading of a report (成立領導小組…), or when it
    # records a day's activity (10月12日召開兩委會議，研究冬季防火工作)
    day = _DAY_RECORD.match(simp)
    if day and (day.group("verb") in ITEM_VERBS or day.group("verb") in _RECORD_VERBS) and len(simp) >= 9:
        return True
    return piece.section == "work" and bool(piece.heading) and not piece.note and len(simp) >= 8


def row_sentence(cells: dict[str, str], script: str) -> str:
    """A ledger row as an item: ``3月5日在社區廣場發放宣傳資料500份``."""
    if cells.get("sentence"):  # a row of measures, worded by its table (tables.py)
        return cells["sentence"]
    activity = cells.get("activity", "").strip()
    place = cells.get("place", "").strip()
    words = ""
    if place and place not in activity:
        words += "在" + place
    simp = to_simplified(activity)
    words += activity if _VERBS.match(simp) or not activity else convert("开展", script) + activity
    quantity = cells.get("quantity", "").strip()
    if quantity:
        amount = quantity + cells.get("unit", "").strip()
        known = {f.key for f in find_figures(activity)}
        if not all(f.key in known for f in find_figures(amount)) or not known:
            words += amount
    if cells.get("people"):
        people = cells["people"]
        unit = "" if people.endswith(("人", "人次", "名")) else cells.get("people_unit", "人")
        words += "，" + convert("参与", script) + people + unit
    if cells.get("note"):  # 備註: 發放防暑慰問品45份
        words += f"（{cells['note']}）"
    return words


def _items_of(material: Material, script: str, aside: list[Piece]) -> list[ExtractedItem]:
    """The items of one material; the pieces that are not items for a named reason go to ``aside``."""
    items: list[ExtractedItem] = []
    default = _file_when(material.span)
    months = material.span.months if material.span else ()
    previous: ExtractedItem | None = None
    for piece in material.pieces:
        if piece.aside or piece.section == "topics":
            piece.aside = piece.aside or "meeting"
            aside.append(piece)
            previous = None
            continue
        when = piece.when if piece.when.month else _with_year(default, piece.when)
        if piece.kind == "row":
            text = row_sentence(piece.cells, script)
            if not text:
                continue
            label = to_simplified(piece.cells.get("activity", ""))
            items.append(ExtractedItem(text, _listed_in(piece.section), [piece], when, label=label, months=months))
            previous = None
            continue
        text = piece.text
        if piece.note:  # 上週二 -> 8月5日, 來了大概50人 -> 約50人參加
            text, when = resolve_days(text, when)
            text = tidy_spoken(text)
        own = _date_in(text, when) if piece.section in ("work", "intro") else None
        if own is not None:
            when = own
        joins = previous is not None and previous.piece.place == piece.place and _LEADING.match(text)
        if joins and previous is not None and (is_work(piece, text) or piece.section != "work"):
            previous.text += "，" + text
            continue
        if not is_work(piece, text):
            previous = None
            continue
        section = _listed_in(piece.section)
        if section == "work" and is_plan(piece.text):  # 10月底前新增充電點2處: to come, not done
            section = "plans"
        previous = ExtractedItem(text, section, [piece], when, months=months)
        items.append(previous)
    return items


def _listed_in(section: str) -> str:
    """The part of the facts an item goes to: work done before the first heading (a ledger's
    table under a title), under 基本情況 or in a closing part is work like any other."""
    return section if section in ("work", "results", "problems", "plans") else "work"


def _file_when(span: Period | None) -> When:
    if span is None:
        return When()
    return When(span.year, span.months[0] if len(span.months) == 1 else None)


def _with_year(base: When, when: When) -> When:
    return When(when.year or base.year, base.month, None) if when.month is None else when


def _date_in(text: str, when: When) -> When | None:
    """The day a sentence names itself (``3月5日``), in the year of its file."""
    for f in figures_in(text):
        found = read_written_date(f.unit) if f.kind == "date" else When()
        if found.month and found.day:
            return When(found.year or when.year, found.month, found.day)
    return None


# ---------------------------------------------------------------------------- one activity, many places
def _clause(item: ExtractedItem, figure: Figure) -> str:
    if item.label:
        return squeeze(item.label)[0]
    text = item.text
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, figure.start)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, figure.end)), len(text))
    clause = text[start:end]
    return label_of(clause, list(figures_in(clause)))


def _whole(item: ExtractedItem) -> str:
    return squeeze(item.label)[0] if item.label else label_of(item.text, list(figures_in(item.text)))


class _Words:
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
        return bool(figures) and len(pairs) == len(figures) and all(_same(fa, fb) for fa, fb in pairs)


def affinity(a: ExtractedItem, fa: Figure, b: ExtractedItem, fb: Figure) -> float:
    """How surely two figures measure the same thing: the words around them, or the whole items'
    words when the unit occurs once in each."""
    return _Words().affinity(a, fa, b, fb)


def _same(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) < 1e-9 and a.value2 == b.value2


def _value_keys(figure: Figure) -> list[tuple[str, str, float | None, int]]:
    """Where a figure of the same value may be filed: by unit and whole number, on both sides of a
    whole number when the value is within ``_same``'s margin of it (none for inf or nan, which
    equal nothing)."""
    low, high = figure.value - 1e-9, figure.value + 1e-9
    if not math.isfinite(low) or not math.isfinite(high):
        return []
    return [(figure.unit, figure.kind, figure.value2, n) for n in dict.fromkeys((math.floor(low), math.floor(high)))]


class _Near:
    """Which of ``items`` may have a figure that measures the same as a given one, at ``threshold``
    or above (``_Words.affinity``), without comparing it with each: the same unit, and words that
    share a character pair. Words overlapping by a share t of the shorter one's n pairs share one
    of any n - ⌈t·n⌉ + 1 of those pairs (prefix filtering), so each item is filed under all its pairs
    and under that many of its rarest, and looked up both ways round."""

    def __init__(
        self,
        words: _Words,
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


def _may_merge(a: ExtractedItem, b: ExtractedItem) -> bool:
    # rows of one table are separate records even when they read the same
    same_table = a.piece.kind == b.piece.kind == "row" and a.piece.place.file == b.piece.place.file
    return not same_table and _compatible_years(a.when, b.when)


def _compatible_years(a: When, b: When) -> bool:
    return a.year is None or b.year is None or a.year == b.year


def _preference(item: ExtractedItem) -> tuple[int, int, int]:
    """Which of several items of one activity stands for it: most figures, then a report's
    sentence over a ledger row over a chat note, then the longer text."""
    kind = 0 if item.piece.kind == "sentence" and not item.piece.note else (1 if item.piece.kind == "row" else 2)
    return (-len(item.figures), kind, -len(item.text))


def _absorb_same(group: list[ExtractedItem], words: _Words, absorbed: set[int]) -> list[ExtractedItem]:
    """The items of one day (or month) that stand for their activity; the rest are absorbed by the
    first of them (in order of preference) that has all their figures with the same values. Only
    the hosts with each of an item's values, found by value, are compared with it."""
    local: list[ExtractedItem] = []
    filed: dict[tuple[str, str, float | None, int], list[int]] = {}  # a value -> positions in local
    for item in sorted(group, key=_preference):
        figures = item.figures
        candidates: set[int] | None = None
        for figure in figures:
            found = {n for key in _value_keys(figure) for n in filed.get(key, ())}
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
            for key in _value_keys(figure):
                filed.setdefault(key, []).append(len(local))
        local.append(item)
    return local


def _differences(local: list[ExtractedItem], words: _Words) -> list[tuple[ExtractedItem, ExtractedItem, str]]:
    """Pairs of items of one day (or month) from different files with different values of one
    measure, and the measure; only items whose words are near enough are compared."""
    edges = []
    near = _Near(words, local, CONFLICT)
    files = [a.files for a in local]
    for i, a in enumerate(local):
        for j in sorted(j for j in near.near(a) if j > i):
            b = local[j]
            if files[i] & files[j] or not _compatible_years(a.when, b.when):
                continue
            differ = [(fa, fb) for fa, fb in words.pairs(a, b, CONFLICT) if not _same(fa, fb)]
            if differ:
                fa, fb = differ[0]
                edges.append((a, b, words.clause(b, fb) if b.label else words.clause(a, fa)))
    return edges + _told_differently(local, words, {(id(a), id(b)) for a, b, _ in edges})


_GENERIC = re.compile(r"活动|开展|参加|参与|居民|社区|工作|人员|完成|组织|情况|一共|共|都|了|的|在|和")


def _common_run(a: str, b: str) -> int:
    """Length of the longest run of characters the two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _told_differently(
    local: list[ExtractedItem], words: _Words, known: set[tuple[int, int]]
) -> list[tuple[ExtractedItem, ExtractedItem, str]]:
    """One piece of work told in two files in different words and with different figures: a
    report's 「走訪慰問高齡獨居老人63戶」 and a note's 「這個月獨居老人探訪一共做了58戶」, or a table's
    晚會 row and a note about the same evening. Only figures whose unit each item has once, from
    different files; the same day needs one shared word, the same month a shared run of four."""
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
                if (id(a), id(b)) in known or (id(b), id(a)) in known or a.files & b.files or _same(fa, fb):
                    continue
                if not (a.piece.note or b.piece.note or a.piece.kind == "row" or b.piece.kind == "row"):
                    continue  # two reports in different words are two pieces of work
                x, y = _GENERIC.sub("", words.whole(a)), _GENERIC.sub("", words.whole(b))
                run = _common_run(x, y) if len(x) <= len(y) else _common_run(y, x)
                if run >= (2 if a.when.day and b.when.day else 4):
                    edges.append((a, b, words.clause(a, fa)))
                    known.add((id(a), id(b)))
    return edges


def _reconcile(items: list[ExtractedItem]) -> tuple[list[ExtractedItem], list[Conflict]]:
    words = _Words()
    work = [i for i in items if i.section == "work" and i.figures]
    hosts: list[ExtractedItem] = []
    absorbed: set[int] = set()
    groups: dict[tuple[int | None, int | None, tuple[int, ...]], list[ExtractedItem]] = {}
    for item in work:  # a figure without its month belongs to the span of its file (一季度)
        groups.setdefault((item.when.month, item.when.day, () if item.when.month else item.months), []).append(item)
    # 1. the same day (or the same month, for monthly figures): absorb duplicates, find conflicts
    edges: list[tuple[ExtractedItem, ExtractedItem, str]] = []  # two items, and what they disagree about
    for group in groups.values():
        local = _absorb_same(group, words, absorbed)
        edges += _differences(local, words)
        hosts += local
    # 2. day records that add up to a monthly figure of another place
    in_conflict = {id(x) for a, b, _ in edges for x in (a, b)}
    records = [h for h in hosts if h.when.month is not None and h.when.day is not None and len(h.figures) == 1]
    near = _Near(words, records, MERGE, scope=lambda item: item.when.month)
    for month_item in [h for h in hosts if h.when.day is None and h.when.month is not None]:
        for figure in month_item.figures:
            if figure.value2 is not None:
                continue
            days = [
                h
                for h in (records[n] for n in sorted(near.near(month_item, [figure])))
                if h.when.month == month_item.when.month
                and id(h) not in absorbed
                and id(h) not in in_conflict
                and _compatible_years(h.when, month_item.when)
                and words.affinity(month_item, figure, h, h.figures[0]) >= MERGE
            ]
            if not days:
                continue
            total = sum(h.figures[0].value for h in days)
            if abs(total - figure.value) < 1e-9:
                for h in days:
                    month_item.sources += h.sources
                    absorbed.add(id(h))
            elif total > figure.value and any(not (h.files & month_item.files) for h in days):
                edges += [
                    (month_item, h, words.clause(h, h.figures[0]) if h.label else words.clause(month_item, figure))
                    for h in days
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
    return kept, conflicts


# ---------------------------------------------------------------------------- categories
def categorize(item: ExtractedItem, nearest: Nearest | None, script: str, topic: str = "") -> None:
    """The item's category, and how it was chosen. The report's topic (创卫) says nothing about the
    kind of work, since all of it serves the topic, so it is left out of the words compared."""
    name, by = "", ""
    topic = to_simplified(topic)
    for piece in item.sources:  # the office's own name for the kind of work
        hint = piece.cells.get("category") if piece.kind == "row" else None
        entry = match_name(hint) if hint else None
        if hint:
            name, by = (entry.name if entry else hint), "ledger"
            break
        if piece.heading:
            entry = match_name(match_text(piece.heading)) or match_name(_without(match_text(piece.heading), topic))
            if entry:
                name, by = entry.name, "heading"
                break
    if not name:
        entry = classify(to_simplified(item.text).replace(topic, ""))
        if entry:
            name, by = entry.name, "vocabulary"
    if not name and nearest is not None:
        found = nearest(item.text)
        if found:
            name, by = found, "samples"
    if not name:
        name, by = OTHER, "other"
    item.category, item.category_by = convert(name, script), by


def nearest_in_samples(search: Callable[..., Sequence[object]]) -> Nearest:
    """A ``nearest`` function over ``Retriever.search``: the category named by the own heading of
    one of the closest work sections of the samples (not its parents, which are broader); a
    heading of two phrases (廣泛宣傳，營造創衛氛圍) is tried whole, then phrase by phrase."""

    def nearest(text: str) -> str | None:
        for hit in search(text, k=3, role="work"):
            title = match_text(str(getattr(hit, "heading", "")).split(" > ")[-1].strip())
            for phrase in [title, *re.split(r"[，,、；;]", title)]:
                entry = match_name(phrase) if phrase else None
                if entry:
                    return entry.name
        return None

    return nearest


def _without(text: str, topic: str) -> str:
    return to_simplified(text).replace(to_simplified(topic), "") if topic else text


# ---------------------------------------------------------------------------- dates in item text
def _dated(item: ExtractedItem, several_months: bool) -> None:
    """Make the item say when, now that it stands alone: 今天 -> 3月5日, 本月 -> 3月."""
    when = item.when
    if when.month is None or item.section != "work":
        return
    text = item.text
    if when.day:
        day = f"{when.month}月{when.day}日"
        yesterday = _yesterday(when)
        if _TODAY.search(text):
            text = _TODAY.sub(day, text, count=1)
        elif yesterday and _YESTERDAY.search(text):
            text = _YESTERDAY.sub(yesterday, text, count=1)
        elif not any(f.kind == "date" for f in figures_in(text)):
            text = day + text
    elif several_months:
        month = f"{when.month}月"
        if MONTH_WORDS.search(text):
            text = MONTH_WORDS.sub(month, text, count=1)
        elif not any(f.kind == "date" for f in figures_in(text)):
            text = month + text
    item.text = re.sub(r"^(\d+月(?:\d+日)?)(?:[，,]\s*|\s+)", r"\1", text)


def _yesterday(when: When) -> str:
    if when.month is None or when.day is None:
        return ""
    try:
        day = dt.date(when.year or 2001, when.month, when.day) - dt.timedelta(days=1)
    except ValueError:
        return ""
    return f"{day.month}月{day.day}日"


# ---------------------------------------------------------------------------- the whole extraction
def extract(
    materials: list[Material],
    problems: list[ReadProblem] | None = None,
    *,
    nearest: Nearest | None = None,
    totals: bool = False,
    community: str | None = None,
    period: str | None = None,
) -> Extraction:
    """Items, categories, conflicts (and totals, if asked) from the materials."""
    script = detect_script("".join(p.text for m in materials for p in m.pieces[:50]))
    items: list[ExtractedItem] = []
    aside: list[Piece] = []
    for material in sorted(materials, key=_order):
        items += _items_of(material, script, aside)
    items = apply_corrections(items, aside)
    items = _dedupe_lists(items)
    items, conflicts = _reconcile(items)
    several = len({i.when.month for i in items if i.when.month}) > 1
    topics = Counter(m.topic for m in materials if m.topic)
    topic = topics.most_common(1)[0][0] if topics else ""
    for item in items + [c for conflict in conflicts for c in conflict.items]:
        _dated(item, several)
        if item.section == "work":
            categorize(item, nearest, script, topic)
    if totals:
        items = add_totals(items)
    items = _ordered(items)
    meta = describe(materials, items, community=community, period=period)
    return Extraction(
        community=meta.community,
        period=meta.period,
        topic=meta.topic,
        kind=meta.kind,
        superiors=meta.superiors,
        items=items,
        conflicts=conflicts,
        problems=list(problems or []),
        files=[m.name for m in sorted(materials, key=_order)],
        script=script,
        notes=meta.notes,
        origins=meta.origins,
        aside=aside,
    )


def _order(material: Material) -> tuple[int, int, str]:
    span = material.span
    return (span.year or 0, min(span.months, default=13), material.name) if span else (9999, 13, material.name)


def _dedupe_lists(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """Results and problems said twice are one; plans come from the latest material that has any."""
    out: list[ExtractedItem] = []
    latest_plans = max(((i.when.year or 0, i.when.month or 0) for i in items if i.section == "plans"), default=None)
    for item in items:
        if item.section == "plans" and (item.when.year or 0, item.when.month or 0) != latest_plans:
            continue
        if item.section != "work":
            key = squeeze(item.text)[0]
            twin = next((o for o in out if o.section == item.section and overlap(squeeze(o.text)[0], key) >= 0.9), None)
            if twin is not None:
                twin.sources += item.sources
                continue
        out.append(item)
    return out


def _ordered(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """Categories in the order they first appear (其他工作 last); items by date within each."""
    first: dict[str, int] = {}
    for n, item in enumerate(items):
        first.setdefault(item.category, n)
    section_rank = {"work": 0, "results": 1, "problems": 2, "plans": 3}

    def key(pair: tuple[int, ExtractedItem]) -> tuple[int, int, int, int, int, int]:
        n, item = pair
        other = 1 if item.category == OTHER else 0  # the same in both scripts
        return (section_rank[item.section], other, first[item.category], item.when.month or 0, item.when.day or 0, n)

    return [item for _, item in sorted(enumerate(items), key=key)]
