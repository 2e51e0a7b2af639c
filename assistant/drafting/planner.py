"""The outline of a draft: which sections, in which order, under which headings, guided by which
sample sections (provenance).

Work categories keep the order the user gave them; ``order="examples"`` orders them as similar
topics come in the retrieved examples (by where the matching sample chunks sit in their
summaries). Headings are numbered in the GB/T 9704 sequence (一、 then （一）).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from assistant.core.numbers import int_to_cn
from assistant.core.text import fold
from assistant.drafting.office_style import joint_parts, same_office
from assistant.facts.items import read_items
from assistant.facts.model import Facts

if TYPE_CHECKING:
    from assistant.retrieval.search import Hit
    from assistant.summary.style import Style

ORDERS = ("facts", "examples")


class SectionKey(StrEnum):
    """What a planned section is; a work subsection's key is ``work:<category>`` (:func:`work_key`)."""

    TITLE = "title"
    OPENING = "opening"
    WORK = "work"
    RESULTS = "results"
    PROBLEMS = "problems"
    PLANS = "plans"
    CLOSING = "closing"
    SIGNATURE = "signature"


def work_key(category: str) -> str:
    return f"{SectionKey.WORK}:{category}"


class SearchFn(Protocol):
    def __call__(
        self,
        query: str,
        k: int = ...,
        role: str | None = ...,
        kind: str | None = ...,
        prefer_kind: str | None = ...,
        prefer_unit: str | None = ...,
    ) -> Sequence[Hit]: ...


def search_all(search: SearchFn, calls: list[dict[str, Any]]) -> list[list[Hit]]:
    """Several searches, each given as ``search``'s keyword arguments. A retriever's search
    hands them to its ``search_many`` (one embedding call for all; retrieval.py); any other
    search function is called once per search."""
    many = getattr(getattr(search, "__self__", None), "search_many", None)
    if callable(many):
        return [list(hits) for hits in many(calls)]
    return [list(search(**call)) for call in calls]


@dataclass(frozen=True)
class Source:
    sample: str
    heading: str
    role: str
    score: float

    def to_dict(self) -> dict[str, str]:
        return {"sample": self.sample, "heading": self.heading}


@dataclass
class PlannedSection:
    key: str  # title, opening, work, work:<category>, results, problems, plans, closing, signature
    role: str  # title, opening, work, problems, plans, closing, signature
    level: int  # 0: no heading; 1: 一、; 2: （一） or 1、
    marker: str = ""
    title: str = ""
    items: list[str] = field(default_factory=list)
    category: str | None = None
    sources: list[Source] = field(default_factory=list)
    examples: list[Hit] = field(default_factory=list)  # the retrieved sample chunks themselves
    position: float = 0.0  # where similar sections sit in the examples (0 = start, 1 = end)
    inline: bool = False  # a run-in heading: （一）家庭醫生簽約。組建團隊14個…

    @property
    def heading(self) -> str:
        return f"{self.marker}{self.title}"

    @property
    def kind(self) -> SectionKey:
        """The key without its category: a work subsection is ``SectionKey.WORK``."""
        return SectionKey(self.key.split(":", 1)[0])


_RUN_IN_MIN = 6  # subsections
_RUN_IN_CHARS = 60  # characters of facts in each
_RUN_IN_PARAGRAPH = 240  # characters of facts in a line of work the template writer runs in


@dataclass
class Outline:
    sections: list[PlannedSection]
    sub_style: str  # one of summary.style.SUB_MARKERS

    def get(self, key: str) -> PlannedSection | None:
        return next((s for s in self.sections if s.key == key), None)


_HEADLINE_RESULTS, _HEADLINE_CHARS = 2, 80  # results short enough to be the opening's headline


def results_in_opening(facts: Facts, style: Style | None) -> bool:
    """Whether the facts' results are few and short enough for the opening to state them, as an
    office writes 「…，群眾滿意度達93.5%」, instead of a part of their own. An office whose own
    summaries keep a results part keeps it."""
    if style is not None or not facts.results:
        return False
    return len(facts.results) <= _HEADLINE_RESULTS and sum(len(r) for r in facts.results) <= _HEADLINE_CHARS


def sub_marker(n: int, style: str) -> str:
    """The n-th sub-heading's number in one of summary.style.SUB_MARKERS."""
    if style == "paren_cn":
        return f"（{int_to_cn(n)}）"
    if style == "num_dot":
        return f"{n}."
    if style == "paren_num":
        return f"（{n}）"
    return f"{n}、"


def _sources(hits: list[Hit], n: int = 3) -> list[Source]:
    return [Source(h.sample, h.heading, h.role, round(h.score, 6)) for h in hits[:n]]


def _position(hits: list[Hit]) -> float:
    """Score-weighted mean position of the hits within their samples."""
    total = sum(h.score for h in hits)
    if not hits or total <= 0:
        return 0.5
    return sum(float(h.metadata.get("position", 0.5)) * h.score for h in hits) / total


def plan(
    facts: Facts,
    search: SearchFn | None,
    section_titles: dict[str, str],
    order: str = "facts",
    style: Style | None = None,
    template: bool = True,
) -> Outline:
    """Plan the draft. ``search`` is a retriever's search (None: no examples); ``style`` is the
    office's own (its structure and part titles), or None for the default frame; ``template``:
    the template writer writes it, one paragraph a line of work and an opening that may state a
    result or two (a model writes its opening without figures, so the results keep their part)."""

    # Every query first, then one batch: a retriever embeds all of them in a single call.
    queries = {
        "opening": (f"{facts.topic} 在领导下 现将工作总结如下".strip(), "opening"),
        **{work_key(c): (f"{c} " + " ".join(items)[:300], "work") for c, items in facts.work.items()},
        **({"results": ("工作成效 取得 明显 改善 " + " ".join(facts.results)[:300], "work")} if facts.results else {}),
        "problems": ("存在的问题 不足 困难 " + " ".join(facts.problems)[:300], "problems"),
        "plans": ("下一步工作计划 今后 " + " ".join(facts.plans)[:300], "plans"),
        "closing": ("总之 今后 继续努力", "closing"),
    }
    calls = [
        {"query": text, "k": 3, "role": role, "prefer_kind": facts.kind, "prefer_unit": facts.community}
        for text, role in queries.values()
    ]
    found = dict(zip(queries, search_all(search, calls), strict=True)) if search is not None else {}

    def find(key: str) -> list[Hit]:
        return found.get(key, [])

    opening_hits = find("opening")
    work_subs: list[PlannedSection] = []
    all_work_hits: list[Hit] = []
    for n, (category, items) in enumerate(facts.work.items()):
        hits = find(work_key(category))
        all_work_hits.extend(hits)
        section = PlannedSection(
            key=work_key(category),
            role="work",
            level=2,
            category=category,
            items=list(items),
            sources=_sources(hits),
            examples=hits[:2],
            position=_position(hits) + n * 1e-6,  # stable among equals: the user's order
        )
        work_subs.append(section)
    if order == "examples":
        work_subs.sort(key=lambda s: s.position)
    # GB/T 9704: 一、 then （一）, whatever numbering the samples used; the office's own (1. under
    # 一、) when a summary of its own shows it
    sub_style = style.sub_marker if style is not None and style.sub_marker else "paren_cn"
    structure = style.structure if style and style.structure else "wrapper"
    titles = dict(section_titles)
    if style is not None:  # the office's own part titles, as it wrote them
        titles.update({"work": style.titles.get("work", titles["work"]), **style.titles})
        titles["work_only"] = style.titles.get("work", titles["work_only"])

    sections = [PlannedSection(SectionKey.TITLE, "title", 0, sources=[])]
    # a result or two said in a line: the opening's headline (滿意度93.5%), not 二、取得的成效 over one
    # line, which round 5's blind reader marked a tell in every draft
    headline = template and results_in_opening(facts, style)
    sections.append(
        PlannedSection(
            SectionKey.OPENING,
            "opening",
            0,
            items=list(facts.results) if headline else [],
            sources=_sources(opening_hits),
            examples=opening_hits[:2],
        )
    )
    # 主要工作及成效 when results are reported inside the work (率達到…); results the facts list on
    # their own are a part of their own, 二、取得的成效, not a （六）主要成效 under 主要工作及成效
    results_inside = not facts.results and any(i.kind == "result" for i in read_items(facts.items()))
    results_part = bool(facts.results) if style is None or style.results_part is None else style.results_part
    numbers = iter(range(1, 100))
    # lines of work the office puts at the top beside its work part (一、基本情況)
    top_names = {fold(t) for t in (style.top_categories if style else [])}
    for sub in [s for s in work_subs if fold(s.category or "") in top_names]:
        work_subs.remove(sub)
        sub.level, sub.marker, sub.title = 1, f"{int_to_cn(next(numbers))}、", sub.category or ""
        sections.append(sub)
    if structure == "wrapper":
        work_top = PlannedSection(
            SectionKey.WORK,
            "work",
            1,
            marker=f"{int_to_cn(next(numbers))}、",
            title=titles["work" if results_inside else "work_only"],
            sources=_sources(sorted(all_work_hits, key=lambda h: -h.score)),
        )
        sections.append(work_top)
        # many kinds of work of a line or two each read as a list of run-in headings, as offices type
        # them (（一）家庭醫生簽約。組建…), not as a dozen one-line subsections
        run_in = len(work_subs) >= _RUN_IN_MIN and all(
            len(sub.items) <= 2 and sum(len(i) for i in sub.items) <= _RUN_IN_CHARS for sub in work_subs
        )
        # the template writer's line of work is one paragraph: a heading alone on its line over
        # one paragraph was a tell in every draft of round 6's blind reading; run in, it is how
        # offices type a short line of work (（一）隱患排查整治。全年檢查…)
        run_in = run_in or (
            template and len(work_subs) > 1 and all(sum(map(len, s.items)) <= _RUN_IN_PARAGRAPH for s in work_subs)
        )  # a lone line of work has no （一） to run in after
        if style is not None and style.sub_heading:
            run_in = style.sub_heading in ("run_in", "run_in_framed", "numbered")
        unmarked = style is not None and style.sub_heading in ("lead_phrase", "yishi_paragraphs", "none")
        for i, sub in enumerate(work_subs, 1):
            # a lone subsection goes unnumbered: （一） with no （二） is a slip the checker reports
            sub.marker = sub_marker(i, sub_style) if len(work_subs) > 1 and not unmarked else ""
            sub.inline = run_in
        sections.extend(work_subs)
    else:  # each line of work a part of its own (lines), or paragraphs with no numbers (none)
        for sub in work_subs:
            sub.level = 1 if structure == "lines" else 0
            sub.marker = f"{int_to_cn(next(numbers))}、" if structure == "lines" else ""
        sections.extend(work_subs)
    if (facts.results and not headline) or (style is not None and style.results_part):
        result_hits = find("results")
        own = results_part and structure != "none"
        sections.append(
            PlannedSection(
                SectionKey.RESULTS,
                "work",
                1 if own else 0,
                marker=f"{int_to_cn(next(numbers))}、" if own else "",
                title=titles["results"] if own else "",
                items=list(facts.results),
                sources=_sources(result_hits),
                examples=result_hits[:2],
            )
        )
    # an office that never writes such a part keeps to its habit; another office's summary (--like a sample)
    # lends its frame, but a standard part the check asks for and the facts lack is a marked gap, not left out
    own = style is not None and same_office(style, facts)
    for role, items in ((SectionKey.PROBLEMS, facts.problems), (SectionKey.PLANS, facts.plans)):
        # (titles: a style read into an index before Style.parts existed)
        absent = role not in style.parts and role not in style.titles if style is not None else False
        if style is not None and not items and absent and style.structure != "none" and own:
            continue  # the office's reports have no such part, and the facts have nothing for one
        if style is not None and not items and style.structure == "none" and role == SectionKey.PROBLEMS:
            continue  # a bulletin says what was done and what comes next
        hits = find(role)
        headed = structure != "none" and (style is None or role in style.titles or style.structure != "none")
        # the plans run on under the office's one heading over both parts, as its own summaries have them
        headed = headed and not (role == SectionKey.PLANS and joint_parts(style))
        sections.append(
            PlannedSection(
                role,
                role,
                1 if headed else 0,
                marker=f"{int_to_cn(next(numbers))}、" if headed else "",
                title=titles[role] if headed else "",
                items=list(items),
                sources=_sources(hits),
                examples=hits[:2],
            )
        )
    closing_hits = find("closing")
    if style is None or style.closing is not False:
        sections.append(
            PlannedSection(SectionKey.CLOSING, "closing", 0, sources=_sources(closing_hits), examples=closing_hits[:2])
        )
    sections.append(PlannedSection(SectionKey.SIGNATURE, "signature", 0))  # the unit and a date, given or not
    return Outline(sections, sub_style)
