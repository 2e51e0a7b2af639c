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

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.core.dates import When, read_written_date
from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.periods import Period
from assistant.core.roles import LEAD_IN
from assistant.core.script import convert, detect_script, to_simplified
from assistant.core.text import squeeze
from assistant.extract.lines import bare_sentence, generic_heading, is_plan
from assistant.extract.materials import SIGNATURE, Material, Piece, ReadProblem, match_text
from assistant.extract.meta import describe
from assistant.extract.model import (
    MONTH_WORDS,
    ExtractedItem,
    Extraction,
    figures_in,
    label_of,
    overlap,
)
from assistant.extract.notes import apply_corrections, correction_of, resolve_days, tidy_spoken
from assistant.extract.same_work import reconcile_items
from assistant.extract.totals import add_totals
from assistant.facts.categories import OTHER, classify, match_name
from assistant.facts.items import VERBS as ITEM_VERBS

Nearest = Callable[[str], str | None]  # sentence -> a category name from the samples, or None

_VERBS = re.compile(
    r"借阅|开展|组织|举办|举行|召开|发放|分发|派发|派出|派送|送出|换咗|换了|放咗|放置|张贴|悬挂|设置|布设|清理|清运|清扫|清除|清洗|整治|整改|排查|检查|巡查"
    r"|巡逻|督查|督导|走访|入户|上门|慰问|探访|看望|帮扶|救助|调解|化解|受理|办理|接待|解答|回复|处理|培训|宣讲|讲座"
    r"|义诊|体检|筛查|随访|接种|签约|建档|投放|消杀|灭鼠|喷洒|安装|更换|维修|修复|修补|铺设|改造|新增|增设|新设|配备"
    r"|补种|种植|粉刷|疏通|回收|收集|收运|招募|发动|动员|出动|参与|参加|服务|完成|建立|成立|调整|制定|印发|发布|推送"
    r"|更新|核查|登记|采集|摸排|统计|协调|对接|组建|评选|表彰|拆除|劝导|纠正|查处|测量|制作|录入|开设|新建|建成|落实"
    r"|推进|供餐|送餐|助餐|宣传|放映|演出|捐赠|募集|安置|介绍|推荐|消毒|明确|劝离|救治|转介|协助|帮助|配合|陪同|搬运"
    r"|接诊|诊疗|转诊|复诊|送去|送上|送达|赠送|施划|划设|划定"
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
_OWN_HEADING = re.compile(r"[\u4e00-\u9fff“”\"]{2,10}")
_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,8})[：:]\s*(?=\S)")
_LINE_WORDS = re.compile(r"(?:工作|建设|服务|管理|宣传|整治|活动|保障|引领|防控|治理|帮扶|救助|安全)$")
_REPORTED_BY = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:(?:副|常务)?(?:主任|书记|書記|院长|院長|站长|站長|所长|所長|科长|科長|组长|組長|经理|經理|主管|主席|会长|會長))?"
    r"(?:通报|汇报|通報|匯報|介绍|介紹|报告|報告)了?[^：:，。]{0,12}[：:]"
)
_PERIOD_TOTAL = re.compile(r"上半年|下半年|全年|年度|[一二三四]季度|截至|以来")
_MONTH_NAMED = re.compile(r"(?<![0-9—\-~～至到])([0-9]{1,2})月份?(?![0-9]|底|前|起)")
_LEAD_IN_ONLY = re.compile(r"[：:]\s*$")  # 主任通報了上半年重點工作完成情況： leads what follows
_LEADING = re.compile(
    r"^(?:其中|此次|本次|活动中|期间|同时|当天|当日|同日|会上)"
)  # a sentence that goes on from the one before


# ---------------------------------------------------------------------------- items
def is_work(piece: Piece, text: str = "") -> bool:
    """``piece`` (as ``text``, when its words were tidied) reports work done."""
    simp = to_simplified(text or piece.text)
    if _SKIP.search(simp) or LEAD_IN.search(simp) or SIGNATURE.match(simp) or re.search(r"领导下|指导下", simp):
        return False
    if piece.section in ("results", "problems", "plans"):
        return len(re.findall(r"[\u4e00-\u9fff]", simp)) >= 4
    counts = any(f.kind not in LABEL_KINDS for f in figures_in(text or piece.text))
    if _LEAD_IN_ONLY.search(simp) and not counts:  # 通報了上半年重點工作完成情況：
        return False
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


_EVENT_END = re.compile(
    r"(?:讲座|咨询|活动|培训|演练|义诊|宣传|宣讲|会议|比赛|竞赛|服务|体检|筛查|联欢会|晚会|展演|仪式|主题党日)$"
)


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
    first = re.split(r"[，,；;：:]", simp)[0]
    # 春季傳染病防控講座 is an event, held: 開展 before it; 低保動態調整 and 招標結果 read as they are
    event = _EVENT_END.search(first) and not _VERBS.match(first)
    words += convert("开展", script) + activity if activity and event else activity
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
    held = material.held
    issued = (material.span.year or 0, max(months, default=0)) if material.span else (held.year or 0, held.month or 0)
    previous: ExtractedItem | None = None
    for piece in material.pieces:
        if piece.aside or piece.section in ("topics", "contents"):
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
            sources = [piece, *piece.details]  # a total cites the days it stands for
            items.append(
                ExtractedItem(text, _listed_in(piece.section), sources, when, label=label, months=months, issued=issued)
            )
            previous = None
            continue
        text = _REPORTED_BY.sub("", piece.text)  # 劉敏通報了第三季度工作情況：三季度長者食堂累計助餐…
        text = bare_sentence(text)  # 本月共開展文體活動5場，具體情況見下表： / 二是…
        if not text.strip(" ：:，,"):  # only who reported: what they said follows
            previous = None
            continue
        labelled = _LABEL.match(text)
        if labelled and (_LINE_WORDS.search(to_simplified(labelled.group(1))) or match_name(labelled.group(1))):
            text = text[labelled.end() :]  # 黨建工作：3月開展… -> 3月開展…, its label a category hint
            piece.heading = piece.heading or labelled.group(1)
        if piece.note:  # 上週二 -> 8月5日, 來了大概50人 -> 約50人參加
            text, when = resolve_days(text, when)
            text = tidy_spoken(text)
        own = _date_in(text, when) if piece.section in ("work", "intro") else None
        if own is not None:
            when = own
        elif piece.section in ("work", "intro"):
            named = {int(m) for m in _MONTH_NAMED.findall(to_simplified(text))}
            if when.month is None and len(named) == 1 and (not months or next(iter(named)) in months):
                when = When(when.year, named.pop(), None)  # 11月日常巡查… in a quarter's report
            elif not named and _PERIOD_TOTAL.search(to_simplified(text)):
                when = When(when.year, None, None)  # 上半年…合計 in June's report: no month's figure
        joins = previous is not None and previous.piece.place == piece.place and _LEADING.match(text)
        if joins and previous is not None and (is_work(piece, text) or piece.section != "work"):
            previous.text += "，" + text
            continue
        section = _listed_in(piece.section)
        if section == "work" and is_plan(text):  # 10月底前新增充電點2處: to come, not done, and kept
            section = "plans"
            piece = replace(piece, section="plans")
        correcting = piece.note and correction_of(text) is not None  # 更正：是22戶，不是20戶 (no verb)
        if not correcting and not is_work(piece, text):
            previous = None
            continue
        previous = ExtractedItem(text, section, [piece], when, months=months, issued=issued)
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


# ---------------------------------------------------------------------------- categories
def categorize(
    item: ExtractedItem, nearest: Nearest | None, script: str, topic: str = "", unknown_headings: bool = True
) -> None:
    """The item's category, and how it was chosen. The report's topic (创卫) says nothing about the
    kind of work, since all of it serves the topic, so it is left out of the words compared.
    ``unknown_headings``: a heading the vocabulary does not know may name the category."""
    name, by = "", ""
    topic = to_simplified(topic)
    # the office's own name for the kind of work: a report's heading before a ledger's own topic
    for piece in sorted(item.sources, key=lambda p: p.kind == "row" and not p.cells.get("category")):
        hint = piece.cells.get("category") if piece.kind == "row" else None
        entry = match_name(hint) if hint else None
        if hint:
            name, by = (entry.name if entry else hint), "ledger"
            break
        if piece.heading:
            own = match_text(piece.heading).strip(" ：:。")
            entry = match_name(own) or match_name(_without(own, topic))
            if entry:
                name, by = entry.name, "heading"
                break
            if unknown_headings and _OWN_HEADING.fullmatch(to_simplified(own)) and not generic_heading(own):
                name, by = own, "heading"  # the office's own name for a line of work (工程維修)
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


OWN_NEAR = 0.2  # share of word pairs an item must have with one of the office's own line of work
_COMMON_PAIRS = re.compile(r"开展|组织|参加|参与|活动|工作|居民|社区|完成|发放|进行|一共|下午|上午")


def _own_lines_of_work(work: list[ExtractedItem]) -> None:
    """A note or a ledger row has no heading of its own; the reports around it do. An item the
    vocabulary (or the samples) placed goes to the office's own line of work whose items it shares
    most words with (「反詐宣傳入戶發放資料860份」 with 平安建設's 「反詐進樓棟宣傳」), so the facts keep
    the office's few lines of work instead of one category per chat message."""
    _one_name_each(work)
    own: dict[str, list[frozenset[str]]] = {}
    for item in work:
        if item.category_by in ("heading", "ledger"):
            own.setdefault(item.category, []).append(_pairs(item.text))
    if not own:
        return
    for item in work:
        if item.category_by in ("heading", "ledger") or item.category in own:
            continue
        mine = _pairs(item.text)
        if not mine:
            continue
        score, name = max((max(_near(mine, theirs) for theirs in group), name) for name, group in own.items())
        if score >= OWN_NEAR:
            item.category, item.category_by = name, "heading"


def _one_name_each(work: list[ExtractedItem]) -> None:
    """A letter's 維修方面 and a report's 維修保養 are one line of work: an office's own name that
    begins others of its own names is the one of them that more files use, then more items
    (維修保養 of a report and a table, not 維修工單 of one export); a tie leaves it as it is."""
    own = [i for i in work if i.category_by in ("heading", "ledger")]
    files: dict[str, set[str]] = {}
    for item in own:
        files.setdefault(item.category, set()).update(p.place.file for p in item.sources)
    counts = Counter(i.category for i in own)
    sizes = {name: (len(files[name]), counts[name]) for name in counts}
    into: dict[str, str] = {}
    for name in sizes:
        longer = sorted((sizes[b], b) for b in sizes if b != name and b.startswith(name))
        if len(name) >= 2 and longer and (len(longer) == 1 or longer[-1][0] > longer[-2][0]):
            into[name] = longer[-1][1]
    for item in work:
        if item.category_by in ("heading", "ledger") and item.category in into:
            item.category = into[item.category]


def _near(mine: frozenset[str], theirs: frozenset[str]) -> float:
    """Shared word pairs over the shorter item's, when they share three or more (反詐, 宣傳, 入戶)."""
    shared = len(mine & theirs)
    return shared / min(len(mine), len(theirs)) if shared >= 3 and theirs else 0.0


def _pairs(text: str) -> frozenset[str]:
    """Word pairs of an item without its figures and dates: what it is about."""
    words = _COMMON_PAIRS.sub(" ", label_of(text, list(figures_in(text))))
    return frozenset(p for i in range(len(words) - 1) if " " not in (p := words[i : i + 2]))


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
    """Make the item say when, now that it stands alone: a day or a month in front, 本月 -> 3月."""
    when = item.when
    if when.month is None or item.section != "work":
        return
    text = item.text
    if when.day:  # a note's 今天 and 昨天 were made dates as it was read (notes.resolve_days)
        if not any(f.kind == "date" for f in figures_in(text)):
            text = f"{when.month}月{when.day}日" + text
    elif several_months:
        month = f"{when.month}月"
        if MONTH_WORDS.search(text):
            text = MONTH_WORDS.sub(month, text, count=1)
        elif not any(f.kind == "date" for f in figures_in(text)):
            text = month + text
    item.text = re.sub(r"^(\d+月(?:\d+日)?)(?:[，,]\s*|\s+)", r"\1", text)


_ORDER_UNIT = re.compile(r"工单[^，。；\n]{0,10}?[0-9]+\s*(宗|件|单|张)")


def _counted_as_the_office_counts(materials: list[Material]) -> None:
    """Work orders counted from an export's rows (水電工單12件) take the unit the office's own
    reports give them (12宗 in Hong Kong usage), when they give one."""
    counts = [p for m in materials for p in m.pieces if p.cells.get("counted")]
    if not counts:
        return
    said = Counter(
        u
        for m in materials
        for p in m.pieces
        if not p.cells.get("counted")
        for u in _ORDER_UNIT.findall(to_simplified(p.text))
    )
    if not said:
        return
    unit = said.most_common(1)[0][0]
    for piece in counts:
        sentence, old = piece.cells["sentence"], piece.cells["counted"]
        if to_simplified(old) != unit and sentence.endswith(old):
            new = convert(unit, detect_script(sentence))
            piece.cells["sentence"] = piece.text = sentence[: -len(old)] + new
            piece.cells["counted"] = new


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
    _counted_as_the_office_counts(materials)
    for material in sorted(materials, key=_order):
        items += _items_of(material, script, aside)
    items = apply_corrections(items, aside)
    items = _dedupe_lists(items)
    items, conflicts = reconcile_items(items)
    several = len({i.when.month for i in items if i.when.month}) > 1
    topics = Counter(m.topic for m in materials if m.topic)
    topic = topics.most_common(1)[0][0] if topics else ""
    for item in items + [c for conflict in conflicts for c in conflict.items]:
        _dated(item, several)
        if item.section == "work":
            categorize(item, nearest, script, topic)
    work = [i for i in items + [c for conflict in conflicts for c in conflict.items] if i.section == "work"]
    sizes = Counter(i.category for i in work)
    for item in work:  # a heading the vocabulary does not know names a line of work only when it holds several
        if item.category_by == "heading" and sizes[item.category] < 2 and match_name(item.category) is None:
            categorize(item, nearest, script, topic, unknown_headings=False)
    _own_lines_of_work(work)
    if totals:
        items = add_totals(items)
    items = _ordered(items)
    meta = describe(materials, items, community=community, period=period)
    _named_for_the_unit(work, meta.kind, script)
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


def _named_for_the_unit(work: list[ExtractedItem], kind: str | None, script: str) -> None:
    """A line of work the vocabulary named as this kind of unit names it: 小區治理 in a 村's facts
    is 村民自治 (``by_kind`` in categories.toml); a name the office wrote itself stays as written."""
    if not kind:
        return
    unit = to_simplified(kind)
    for item in work:
        entry = match_name(item.category)
        if entry is not None and to_simplified(item.category) == entry.name and unit in entry.by_kind:
            item.category = convert(entry.by_kind[unit], script)


def _order(material: Material) -> tuple[int, int, str]:
    span = material.span
    return (span.year or 0, min(span.months, default=13), material.name) if span else (9999, 13, material.name)


_QUARTER = {"一": 3, "二": 6, "三": 9, "四": 12, "1": 3, "2": 6, "3": 9, "4": 12}


def _months_named(text: str) -> list[int]:
    """The months a plan names, a quarter's or a half-year's by its last month: 第四季度每月… in a
    third quarter's minutes looks beyond the period (it was set aside as in-period)."""
    months = [int(m) for m in re.findall(r"(?<![0-9])([0-9]{1,2})月", text) if 1 <= int(m) <= 12]
    months += [_QUARTER[q] for q in re.findall(r"第?([一二三四1-4])季度", text)]
    months += [12 for _ in re.findall(r"下半年|年底|年末|岁末", text)]
    return months


def _dedupe_lists(items: list[ExtractedItem]) -> list[ExtractedItem]:
    """Results and problems said twice are one; plans come from the latest material that has any
    (an earlier month's 下月打算 is kept apart as ``next_month``: done since, or dropped)."""
    out: list[ExtractedItem] = []

    # the last month the work reported comes from: a plan written before it (7月報's 下月打算) was
    # for a month the period covers; the rest look beyond the period
    reported = max((i.issued for i in items if i.section == "work"), default=(0, 0))
    for item in items:
        named = _months_named(to_simplified(item.text))
        later = any(int(y) > reported[0] for y in re.findall(r"(20[0-9]{2})年", item.text)) if reported[0] else False
        beyond = later or (bool(named) and (item.when.year or reported[0], max(named)) > reported)
        if item.section == "plans" and item.issued < reported and not beyond:  # 7月1日起… in May: still a plan
            item.section = "next_month"  # a month's 下月打算 inside the period: reported, not drafted
            out.append(item)
            continue
        if item.section != "work":
            key = squeeze(item.text)[0]
            figures = [f.key for f in figures_in(item.text)]  # 10月6日 and 10月16日 are two plans
            twin = next(
                (
                    o
                    for o in out
                    if o.section == item.section
                    and overlap(squeeze(o.text)[0], key) >= 0.9
                    and [f.key for f in figures_in(o.text)] == figures
                ),
                None,
            )
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
    section_rank = {"work": 0, "results": 1, "problems": 2, "plans": 3, "next_month": 4}

    def key(pair: tuple[int, ExtractedItem]) -> tuple[int, int, int, int, int, int]:
        n, item = pair
        other = 1 if item.category == OTHER else 0  # the same in both scripts
        return (section_rank[item.section], other, first[item.category], item.when.month or 0, item.when.day or 0, n)

    return [item for _, item in sorted(enumerate(items), key=key)]
