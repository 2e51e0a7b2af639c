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
import re
from collections import Counter
from collections.abc import Callable, Sequence

from assistant.core.dates import When, read_written_date
from assistant.core.numbers import LABEL_KINDS, Figure, find_figures
from assistant.core.periods import Period
from assistant.core.roles import LEAD_IN
from assistant.core.script import convert, detect_script, to_simplified
from assistant.core.text import squeeze
from assistant.extract.materials import SIGNATURE, Material, Piece, ReadProblem, match_text
from assistant.extract.meta import describe
from assistant.extract.model import CONFLICT, MONTH_WORDS, Conflict, ExtractedItem, Extraction, label_of, overlap
from assistant.extract.totals import add_totals
from assistant.facts.categories import OTHER, classify, match_name
from assistant.facts.items import VERBS as ITEM_VERBS

Nearest = Callable[[str], str | None]  # sentence -> a category name from the samples, or None

_VERBS = re.compile(
    r"开展|组织|举办|举行|召开|发放|分发|派发|张贴|悬挂|设置|布设|清理|清运|清扫|清除|清洗|整治|整改|排查|检查|巡查"
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
def is_work(piece: Piece) -> bool:
    simp = to_simplified(piece.text)
    if _SKIP.search(simp) or LEAD_IN.search(simp) or SIGNATURE.match(simp) or re.search(r"领导下|指导下", simp):
        return False
    if piece.section in ("results", "problems", "plans"):
        return len(re.findall(r"[\u4e00-\u9fff]", simp)) >= 4
    if _FUTURE.search(simp) or not _VERBS.search(simp):
        return False
    if any(f.kind not in LABEL_KINDS for f in find_figures(piece.text)):
        return True
    # a figureless sentence counts under a work heading of a report (成立領導小組…), or when it
    # records a day's activity (10月12日召開兩委會議，研究冬季防火工作)
    day = _DAY_RECORD.match(simp)
    if day and (day.group("verb") in ITEM_VERBS or day.group("verb") in _RECORD_VERBS) and len(simp) >= 9:
        return True
    return piece.section == "work" and bool(piece.heading) and not piece.note and len(simp) >= 8


def row_sentence(cells: dict[str, str], script: str) -> str:
    """A ledger row as an item: ``3月5日在社區廣場發放宣傳資料500份``."""
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
        words += "，" + convert("参与", script) + cells["people"] + cells.get("people_unit", "人")
    return words


def _items_of(material: Material, script: str) -> list[ExtractedItem]:
    items: list[ExtractedItem] = []
    default = _file_when(material.span)
    previous: ExtractedItem | None = None
    for piece in material.pieces:
        when = piece.when if piece.when.month else _with_year(default, piece.when)
        if piece.kind == "row":
            text = row_sentence(piece.cells, script)
            if not text:
                continue
            label = to_simplified(piece.cells.get("activity", ""))
            items.append(ExtractedItem(text, piece.section, [piece], when, label=label))
            previous = None
            continue
        own = _date_in(piece.text, when) if piece.section in ("work", "intro") else None
        if own is not None:
            when = own
        joins = previous is not None and previous.piece.place == piece.place and _LEADING.match(piece.text)
        if joins and previous is not None and (is_work(piece) or piece.section != "work"):
            previous.text += "，" + piece.text
            continue
        if not is_work(piece):
            previous = None
            continue
        section = "work" if piece.section == "intro" else piece.section
        previous = ExtractedItem(piece.text, section, [piece], when)
        items.append(previous)
    return items


def _file_when(span: Period | None) -> When:
    if span is None:
        return When()
    return When(span.year, span.months[0] if len(span.months) == 1 else None)


def _with_year(base: When, when: When) -> When:
    return When(when.year or base.year, base.month, None) if when.month is None else when


def _date_in(text: str, when: When) -> When | None:
    """The day a sentence names itself (``3月5日``), in the year of its file."""
    for f in find_figures(text):
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
    return label_of(clause, [f for f in find_figures(clause)])


def affinity(a: ExtractedItem, fa: Figure, b: ExtractedItem, fb: Figure) -> float:
    """How surely two figures measure the same thing: the words around them, or the whole items'
    words when the unit occurs once in each."""
    if fa.unit != fb.unit or fa.kind != fb.kind:
        return 0.0
    score = overlap(_clause(a, fa), _clause(b, fb))
    if sum(f.unit == fa.unit for f in a.figures) == 1 and sum(f.unit == fb.unit for f in b.figures) == 1:
        whole_a = squeeze(a.label)[0] if a.label else label_of(a.text, find_figures(a.text))
        whole_b = squeeze(b.label)[0] if b.label else label_of(b.text, find_figures(b.text))
        score = max(score, overlap(whole_a, whole_b))
    return score


def _pairs(a: ExtractedItem, b: ExtractedItem, threshold: float) -> list[tuple[Figure, Figure]]:
    """Each figure of ``a`` with its best counterpart in ``b`` at ``threshold`` or above."""
    out = []
    for fa in a.figures:
        scored = [(affinity(a, fa, b, fb), fb) for fb in b.figures]
        best = max(scored, key=lambda s: s[0], default=(0.0, None))
        if best[1] is not None and best[0] >= threshold:
            out.append((fa, best[1]))
    return out


def _covers(host: ExtractedItem, other: ExtractedItem) -> bool:
    """Every work figure of ``other`` is in ``host`` with the same value."""
    figures = other.figures
    pairs = _pairs(other, host, MERGE)
    return bool(figures) and len(pairs) == len(figures) and all(_same(fa, fb) for fa, fb in pairs)


def _same(a: Figure, b: Figure) -> bool:
    return abs(a.value - b.value) < 1e-9 and a.value2 == b.value2


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


def _reconcile(items: list[ExtractedItem]) -> tuple[list[ExtractedItem], list[Conflict]]:
    work = [i for i in items if i.section == "work" and i.figures]
    hosts: list[ExtractedItem] = []
    absorbed: set[int] = set()
    groups: dict[tuple[int | None, int | None], list[ExtractedItem]] = {}
    for item in work:
        groups.setdefault((item.when.month, item.when.day), []).append(item)
    # 1. the same day (or the same month, for monthly figures): absorb duplicates, find conflicts
    edges: list[tuple[ExtractedItem, ExtractedItem, str]] = []  # two items, and what they disagree about
    for group in groups.values():
        ranked = sorted(group, key=_preference)
        local: list[ExtractedItem] = []
        for item in ranked:
            host = next((h for h in local if _may_merge(h, item) and _covers(h, item)), None)
            if host is not None:
                host.sources += item.sources
                absorbed.add(id(item))
            else:
                local.append(item)
        for i, a in enumerate(local):
            for b in local[i + 1 :]:
                if a.files & b.files or not _compatible_years(a.when, b.when):
                    continue
                differ = [(fa, fb) for fa, fb in _pairs(a, b, CONFLICT) if not _same(fa, fb)]
                if differ:
                    fa, fb = differ[0]
                    edges.append((a, b, _clause(b, fb) if b.label else _clause(a, fa)))
        hosts += local
    # 2. day records that add up to a monthly figure of another place
    in_conflict = {id(x) for a, b, _ in edges for x in (a, b)}
    for month_item in [h for h in hosts if h.when.day is None and h.when.month is not None]:
        for figure in month_item.figures:
            days = [
                h
                for h in hosts
                if h.when.month == month_item.when.month
                and h.when.day is not None
                and id(h) not in absorbed
                and id(h) not in in_conflict
                and len(h.figures) == 1
                and _compatible_years(h.when, month_item.when)
                and affinity(month_item, figure, h, h.figures[0]) >= MERGE
            ]
            if not days or figure.value2 is not None:
                continue
            total = sum(h.figures[0].value for h in days)
            if abs(total - figure.value) < 1e-9:
                for h in days:
                    month_item.sources += h.sources
                    absorbed.add(id(h))
            elif total > figure.value and any(not (h.files & month_item.files) for h in days):
                edges += [
                    (month_item, h, _clause(h, h.figures[0]) if h.label else _clause(month_item, figure)) for h in days
                ]
    # conflicts: connected items leave the facts together
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
            queue += [q for p0, p1, _ in edges for p, q in ((p0, p1), (p1, p0)) if p is x]
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
        elif not any(f.kind == "date" for f in find_figures(text)):
            text = day + text
    elif several_months:
        month = f"{when.month}月"
        if MONTH_WORDS.search(text):
            text = MONTH_WORDS.sub(month, text, count=1)
        elif not any(f.kind == "date" for f in find_figures(text)):
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
    for material in sorted(materials, key=_order):
        items += _items_of(material, script)
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
