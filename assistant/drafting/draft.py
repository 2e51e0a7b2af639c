"""Drafting: facts -> outline (from retrieved examples) -> sections -> one checked draft."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from assistant.checking.edits import apply_edits
from assistant.checking.registry import PastText
from assistant.checking.rules.punctuation import punctuation_edits
from assistant.core.dates import date_text
from assistant.core.errors import BackendError
from assistant.core.numbers import compare, find_figures
from assistant.core.periods import parse_period, period_end
from assistant.core.script import convert, convert_keeping, script_counts, to_simplified
from assistant.core.text import PLACEHOLDER, common_run, fold
from assistant.drafting.office_style import StyleChoice, for_period, frame_years
from assistant.drafting.phrasing import section_titles, signing_day, taiwan_office
from assistant.drafting.planner import Outline, PlannedSection, SearchFn, Source, plan
from assistant.drafting.template_writer import TemplateWriter, Written
from assistant.facts.corrections import CORRECTED, NOT_THIS_PERIOD, STRUCK
from assistant.facts.items import as_plan, plan_at_end, plans_in_work, shortfalls, split_shortfall, turned_shortfall
from assistant.facts.model import Facts
from assistant.facts.privacy import NUMBERS_WITHHELD
from assistant.summary.parts import KnownBlock, Summary, summary_from_blocks

SCRIPTS = ("auto", "simplified", "traditional", "taiwan")


class SectionWriter(Protocol):
    name: str

    def write(self, section: PlannedSection) -> Written: ...


WriterFactory = Callable[[Facts, Outline, TemplateWriter], SectionWriter]


@dataclass
class DraftSection:
    key: str
    role: str
    level: int
    heading: str
    text: str
    sources: list[Source] = field(default_factory=list)
    writer: str = "template"
    fallback: str = ""  # why the template writer stood in for the model, if it did
    needs_confirmation: list[str] = field(default_factory=list)
    alternative: tuple[str, str] | None = None  # (heading, text) of the template's version
    gap: str = ""  # problems, plans (a placeholder, or filled with --fill-gaps) or the date the facts left empty
    suggestions: list[str] = field(default_factory=list)  # what the user might write in that gap

    def use_alternative(self, reason: str) -> None:
        """Replace a model-written section by the template's version of it."""
        if self.alternative is not None:
            self.heading, self.text = self.alternative
            self.alternative = None
            self.writer, self.fallback = "template", reason

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "role": self.role,
            "level": self.level,
            "heading": self.heading,
            "text": self.text,
            "sources": [s.to_dict() for s in self.sources],
            "writer": self.writer,
        }
        if self.fallback:
            out["fallback"] = self.fallback
        if self.needs_confirmation:
            out["needs_confirmation"] = self.needs_confirmation
        if self.gap:
            out["gap"] = self.gap
            out["suggestions"] = self.suggestions
        return out


@dataclass
class Draft:
    facts: Facts
    script: str
    sections: list[DraftSection]
    sub_style: str = "paren_cn"
    timings: dict[str, float] = field(default_factory=dict)
    check: dict[str, Any] | None = None
    complete: bool = True
    error: str = ""  # why the draft stopped early (a model backend failed)
    outline: Outline | None = None  # kept so one section can be rewritten later
    today: dt.date | None = None  # the drafting date (None: the day it was made)
    style: StyleChoice | None = None  # whose frame the draft follows
    edits: list[dict[str, str]] = field(default_factory=list)  # copy-edits made to the user's items
    problems_from_work: list[str] = field(default_factory=list)  # shortfalls moved from the work
    plans_from_work: list[str] = field(default_factory=list)  # what the work items said was to come
    results_from_work: str = ""  # the work category that named results (指標完成情況)

    @property
    def title(self) -> str:
        first = self.sections[0] if self.sections else None
        return first.text if first and first.key == "title" else ""

    def _blocks(self, fmt: str) -> list[tuple[int, str]]:
        """(section index, block) in order; blocks are separated by blank lines in the text."""
        blocks: list[tuple[int, str]] = []
        for n, section in enumerate(self.sections):
            if section.key == "title":
                blocks.append((n, ("# " if fmt == "md" else "") + section.text))
                continue
            if section.heading:
                prefix = {1: "## ", 2: "### "}.get(section.level, "") if fmt == "md" else ""
                blocks.append((n, prefix + section.heading))
            if section.key == "signature":  # the office over its date: one block, lines together
                blocks.append((n, ("  \n" if fmt == "md" else "\n").join(section.text.split("\n"))))
            else:
                text = mark_unconfirmed(section.text, section.needs_confirmation, fmt, self.script)
                blocks.extend((n, p) for p in text.split("\n") if p.strip())
        if not self.complete:
            reason = self.error.split("\n")[0]
            blocks.append((-1, f"【未完成：{reason}。以上是已寫好的部分。】"))
        return blocks

    def as_summary(self) -> Summary:
        """The draft as the typed document the rules read, built from its sections (the parts
        are known, not guessed); positions match ``text()``."""
        parts: list[KnownBlock] = []
        for section in self.sections:
            if section.key == "title":
                parts.append(KnownBlock("title", "title", section.text))
                continue
            if section.heading:
                parts.append(KnownBlock(section.role, "heading", section.heading, section.level))
            kind = "signature" if section.key == "signature" else "para"
            parts.append(KnownBlock(section.role, kind, section.text))
        return summary_from_blocks(parts)

    def text(self, fmt: str = "txt") -> str:
        """The whole draft as plain text or Markdown (paragraphs separated by blank lines)."""
        return "\n\n".join(block for _, block in self._blocks(fmt)) + "\n"

    def section_at(self, line: int) -> DraftSection | None:
        """The section that line ``line`` of ``text()`` belongs to."""
        current = 1
        for n, block in self._blocks("txt"):
            height = block.count("\n") + 1
            if current <= line < current + height:
                return self.sections[n] if n >= 0 else None
            current += height + 1
        return None

    def allowed_text(self) -> str:
        """What the draft's figures may come from: the facts, and the signature the draft made
        from the unit's name and the drafting date when the facts gave none (said in notes())."""
        signature = next((s.text for s in self.sections if s.key == "signature"), "")
        frame = ""
        if self.style is not None and self.style.style is not None:  # 2026年工作思路: the office's part title
            frame = "\n" + "、".join(frame_years(for_period(self.style.style, self.facts)))
        return self.facts.all_text() + ("" if self.signed_by_facts() else "\n" + signature) + frame

    def _left_out(self) -> tuple[set[str], list[str]]:
        """The keys of the figures the clerk corrected away (45户（不对，是43户）) or that were withheld,
        and the items as the draft carries them instead (the hostile pass: the report invited the
        clerk to put 45户 back)."""
        edits = [e for e in self.edits if e["why"].startswith((CORRECTED, NUMBERS_WITHHELD, NOT_THIS_PERIOD, STRUCK))]
        before = {f.key for e in edits for f in find_figures(e["before"])}
        after = {f.key for e in self.edits for f in find_figures(e["after"])}
        return before - after, [e["after"] for e in edits]

    def expected_text(self) -> str:
        """The facts as the draft should carry their figures, for its own check's unused-fact: the lines
        with a figure left out on purpose give way to the items as written."""
        left_out, written = self._left_out()
        lines = [x for x in self.allowed_text().splitlines() if not any(f.key in left_out for f in find_figures(x))]
        return "\n".join([*lines, *written])

    def figures(self) -> dict[str, list[str]]:
        # the sections only: the 【未完成】 notice (an address, a port) is not the draft's text
        unsupported, missing = compare(self.as_summary().text, self.allowed_text())
        left_out, _ = self._left_out()  # a figure corrected away or withheld is not "unused"
        missing = [f for f in missing if f.key not in left_out]
        fact_keys = {f.key for f in find_figures(self.facts.all_text()) if f.kind != "date"}
        missing_keys = {f.key for f in missing}
        return {
            "used": sorted(fact_keys - missing_keys),
            "missing": [f.text for f in missing],
            "unsupported": [f.text for f in unsupported],
        }

    def confirmations(self) -> list[str]:
        return [s for section in self.sections for s in section.needs_confirmation]

    def gaps(self) -> dict[str, list[str]]:
        """Parts the facts left empty: placeholders in the draft (or general statements written
        with --fill-gaps), each with suggestions for the user."""
        return {s.gap: s.suggestions for s in self.sections if s.gap}

    def notes(self) -> list[str]:
        """What the user should know about this draft beyond the checker's findings."""
        out: list[str] = []
        drafted = self.today or dt.date.today()
        end = period_end(self.facts.period, drafted)
        if end is None:
            out.append(f"時段「{self.facts.period}」沒有寫年份，標題和正文照寫了；上報前請寫明年份。")
        if self.facts.unknown_kind:
            out.append(
                f"類型「{self.facts.unknown_kind}」不在常用類型裡，稿子按一般單位的口吻寫（服務對象稱「群眾」）；"
                "要換口吻，類型可寫：社區、街道、村委會、物業、社區衛生服務中心。"
            )
        if self.problems_from_work:
            listed = "；".join(f"「{p}」" for p in self.problems_from_work)
            said = "事實文件沒有寫存在問題；" if len(self.problems_from_work) == len(self.facts.problems) else ""
            out.append(
                f"{said}主要工作裡有 {len(self.problems_from_work)} 條寫的是不足，"
                f"稿子把它們放進了「存在的問題」：{listed}。不對的話，請在事實文件裡寫明存在問題。"
            )
        if self.plans_from_work:
            listed = "；".join(f"「{p}」" for p in self.plans_from_work)
            out.append(f"主要工作裡有 {len(self.plans_from_work)} 條寫的是打算，稿子把它們放進了下一步計劃：{listed}。")
        if self.results_from_work:
            out.append(
                f"主要工作裡的「{self.results_from_work}」寫的是成效，稿子把它的條目放進了成效；"
                "不對的話，請換一個類別名稱。"
            )
        signed = signing_day(self.facts.date or "", drafted)
        due = plans_already_due(self.facts.plans, end, signed)
        if due:
            listed = "；".join(f"「{p}」" for p in due)
            out.append(
                f"下一步計劃裡有 {len(due)} 條說的月份在成文日期（{date_text(signed)}）之前已經過去：{listed}。"
                "請改寫成已完成的工作，或寫明新的時間。"
            )
        signature = next((s for s in self.sections if s.key == "signature"), None)
        if signature is not None and not self.signed_by_facts():
            # 落款, 日期 or both, and what the draft used for each (the hostile pass: 「沒有寫落款和，」)
            missing = "和".join(w for w, given in (("落款", self.facts.author), ("日期", self.facts.date)) if not given)
            used = "和".join(
                w for w, given in (("單位名稱", self.facts.author), ("起草日期", self.facts.date)) if not given
            )
            lines = "，".join(signature.text.split("\n"))
            if PLACEHOLDER.search(signature.text):
                out.append(
                    f"事實文件沒有寫{missing}，時段「{self.facts.period}」早已結束，稿子落款日期留了【待補】"
                    f"（{lines}），請填上實際成文的日期。"
                )
            else:
                out.append(f"事實文件沒有寫{missing}，稿子落款用了{used}（{lines}），請核對。")
        return out

    def signed_by_facts(self) -> bool:
        return bool(self.facts.author and self.facts.date)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title,
            "text": self.text(),
            "script": self.script,
            "complete": self.complete,
            "error": self.error,
            "sections": [s.to_dict() for s in self.sections],
            "figures": self.figures(),
            "needs_confirmation": self.confirmations(),
            "gaps": self.gaps(),
            "notes": self.notes(),
            "asks": self.asks(),
            "edits": self.edits,
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }
        if self.check is not None:
            out["check"] = self.check
        out["style"] = self.style_report()
        return out

    def past_text(self) -> PastText | None:
        """The earlier summary the draft follows, for the check that nothing of it is copied."""
        style = self.style.style if self.style is not None else None
        if style is None or not style.body:
            return None
        return PastText(style.body, style.frame_phrases())

    def asks(self) -> list[dict[str, str]]:
        """What a summary of this kind usually states and the facts do not: asked, not written
        (the user adds it to the facts, or leaves it out)."""
        from assistant.core.periods import period_kind
        from assistant.core.script import to_simplified
        from assistant.facts.categories import missing_expected

        out = [{"category": c, "what": w} for c, w in missing_expected(self.facts.work, results=self.facts.results)]
        said = to_simplified(self.facts.all_text())
        if period_kind(self.facts.period) == "year" and not re.search(
            r"同比|比上年|比去年|较上年|较去年|上年同期", said
        ):
            out.append({"category": "", "what": "與上年相比的變化（同比增減、比上年多或少）"})
        if (
            self.facts.kind == "物業"
            and not re.search(r"收缴率|收费率", said)
            and not any(a["what"].startswith("物业费") for a in out)
        ):
            out.append({"category": "", "what": "物業費收繳率"})
        return out

    def parts_the_office_omits(self) -> set[str]:
        """``missing-…`` rules for the parts the draft leaves out on purpose, so its own check does
        not ask: those the office's own summaries do without (no closing, a bulletin's problems),
        and a closing where the draft ends on its plans rather than on a stock formula."""
        roles = {s.role for s in self.sections}
        written = {s.role for s in self.sections if s.text.strip()}
        omitted = {"missing-closing"} if "plans" in written and "closing" not in written else set()
        if self.style is None or self.style.style is None:
            return omitted
        return omitted | {f"missing-{part}" for part in ("problems", "plans", "closing") if part not in roles}

    def style_report(self) -> dict[str, Any]:
        """Where each feature of the frame came from (the office's summary and its line), and
        which stayed the default because that summary did not show it."""
        choice = self.style or StyleChoice(None, "default")
        if choice.style is None:
            return {"origin": choice.origin, "document": "", "features": [], "defaults": [], "note": choice.note}
        return {
            "origin": choice.origin,
            "document": choice.style.source,
            "features": choice.style.features(),
            "defaults": choice.style.missing(),
            "note": choice.note,
        }


def target_script(facts: Facts, script: str) -> str:
    """The draft's script: the facts' own unless asked; a Taiwan office's Traditional in Taiwan
    usage (計畫, not 計劃: round 16's reader)."""
    if script != "auto":
        return script
    if facts.script == "traditional" and taiwan_office(facts.community, facts.period):
        return "taiwan"
    return facts.script


@dataclass(frozen=True)
class DraftOptions:
    """The user's choices for a draft, passed whole from the command line to the writer."""

    script: str = "auto"
    prompts: Path | str | None = None
    order: str = "facts"  # or "examples"
    fill_gaps: bool = False
    today: dt.date | None = None  # the drafting date (tests pin it)
    check_levels: dict[str, str] = field(default_factory=dict)  # the config file's [check] table
    style: StyleChoice | None = None  # the office's style (--like, or found among its own summaries)
    signed: bool = False  # the user named the day on the command line (--date): the summary is signed with it


# a month a plan names, without a year of its own (2027年3月 is not read): 10月底前, 11月15日, 7月至9月
_PLAN_MONTH = re.compile(r"(?<![0-9年.])(?P<m>1[0-2]|[1-9])月(?!份?以来)")


def plans_already_due(plans: Sequence[str], end: dt.date | None, signed: dt.date) -> list[str]:
    """Plans whose every named month is over by the day the summary is signed: a 10月 plan in a
    third-quarter report signed in December (round 15's reader). A month is read in the period's
    year when it comes after the period, else in the next year; without the period's end, none."""
    if end is None:
        return []
    due = []
    for item in plans:
        months = [int(m["m"]) for m in _PLAN_MONTH.finditer(item)]
        if not months:
            continue
        last = []
        for month in months:
            year = end.year if month > end.month else end.year + 1
            last.append(dt.date(year, month, calendar.monthrange(year, month)[1]))
        if max(last) < signed:
            due.append(item)
    return due


def with_problems_from_work(facts: Facts) -> Facts:
    """Facts that give no problems but write shortfalls among the work (还剩11户没进去门, 管道还没换):
    those items are the problems, moved there whole, so that the draft neither leaves 【待补】 beside
    them nor reports a shortfall as work done (round 15's reader); the draft's notes name them."""
    if facts.problems:
        return _turned_shortfalls(facts)
    work_items = [i for items in facts.work.values() for i in items]
    moved = shortfalls(work_items)
    if not moved or len(moved) == len(work_items):
        return facts
    # an item that reports work done before its shortfall is split: the work stays (heldout50's readers)
    split = {i: parts for i in moved if (parts := split_shortfall(i)) is not None}
    work = {
        c: [split[i][0] if i in split else i for i in items if i in split or i not in moved]
        for c, items in facts.work.items()
    }
    problems = [split[i][1] if i in split else i for i in moved]
    return replace(facts, work={c: i for c, i in work.items() if i}, problems=problems)


def with_plans_from_work(facts: Facts) -> Facts:
    """Work items that say only what is to come (计划明年再新增停车位80个), and the last clause of one that turns to it
    (…112处，下月计划开展…), join the plans after the clerk's own, unless a plan already says it; facts with no other
    work keep them where they are."""
    period = parse_period(facts.period)
    # (…112处，下月计划开展…演练: the work stays, its last clause joins the plans — the hostile pass of round 94)
    ends = {i: split for listed in facts.work.values() for i in listed if (split := plan_at_end(i))}
    split_work = {c: [ends[i][0] if i in ends else i for i in listed] for c, listed in facts.work.items()}
    items = list(dict.fromkeys(i for listed in split_work.values() for i in listed))
    moved = [*plans_in_work(items, period.year if period else None), *(plan for _, plan in ends.values())]
    work = {c: [i for i in listed if i not in moved] for c, listed in split_work.items()}
    if not moved or not any(work.values()):
        return facts
    new = [as_plan(i) for i in moved if not any(common_run(fold(i), fold(p)) >= 6 for p in facts.plans)]
    return replace(facts, work={c: i for c, i in work.items() if i}, plans=[*facts.plans, *new])


def _turned_shortfalls(facts: Facts) -> Facts:
    """Facts that list problems and also end a line of work on a shortfall after 但 (round 33's reader:
    a problem left inside the work paragraph): the shortfall joins the problems after the clerk's own,
    unless one of them already says it; the work keeps what was done."""
    moved: list[str] = []
    work: dict[str, list[str]] = {}
    for category, items in facts.work.items():
        kept = []
        for item in items:
            turned = turned_shortfall(item)
            if turned is None:
                kept.append(item)
                continue
            done, short = turned
            kept.append(done)
            if not any(common_run(fold(short), fold(p)) >= 6 for p in facts.problems) and short not in moved:
                moved.append(short)
        work[category] = kept
    if work == facts.work:
        return facts
    return replace(facts, work=work, problems=[*facts.problems, *moved])


# a category the clerk named for its outcomes (指標完成情況, 工作成效): its items are results, and a
# results paragraph under 「（四）指標完成情況」 read as work (round 18's readers)
# (治理成效, 改造成效 too; 鞏固創建成效 is work: a verb before it)
_RESULTS_CATEGORY = re.compile(
    r"^(?!巩固|提升|扩大|放大|展示)(?:取得的?)?[\u4e00-\u9fff]{0,4}(?:成效|成果|成绩)$|"
    r"^(?:各项|主要)?(?:指标|目标|任务)?完成情况$|^指标完成$"
)


def with_results_from_work(facts: Facts) -> tuple[Facts, str]:
    """Facts whose work names a category for its outcomes: that category's items are results,
    after any the facts list; not when it is the only line of work."""
    named = [c for c in facts.work if _RESULTS_CATEGORY.match(to_simplified(c).strip())]
    if len(named) != 1 or len(facts.work) < 2:
        return facts, ""
    category = named[0]
    work = {c: items for c, items in facts.work.items() if c != category}
    return replace(facts, work=work, results=[*facts.results, *facts.work[category]]), category


def make_draft(
    facts: Facts,
    search: SearchFn | None,
    options: DraftOptions | None = None,
    *,
    writer: WriterFactory | None = None,
    on_section: Callable[[DraftSection], None] | None = None,
) -> Draft:
    """Plan with the retrieved examples, then write every section.

    ``writer`` builds the section writer from the template writer (default: the template writer
    itself); ``on_section`` is called as each section is done. A backend failure stops the draft
    early: the sections written so far are kept and the draft is marked incomplete. ``today`` is
    the drafting date (the signature's date when the facts give none; tests pin it).
    """
    options = options or DraftOptions()
    if options.signed and options.today and not facts.date:  # (--date named: it signs, whatever the period — hostile78)
        facts = replace(facts, date=date_text(options.today))
    given = facts
    facts, results_category = with_results_from_work(with_problems_from_work(with_plans_from_work(facts)))
    script, prompts, today = options.script, options.prompts, options.today
    timings: dict[str, float] = {}
    started = time.perf_counter()
    choice = options.style or StyleChoice(None, "default")
    style = for_period(choice.style, facts) if choice.style is not None else None
    taiwan = style is None and taiwan_office(facts.community, facts.period)  # (an office's own titles come first)
    titles = section_titles(prompts, taiwan=taiwan)
    outline = plan(facts, search, titles, order=options.order, style=style, template=writer is None)
    timings["retrieval"] = time.perf_counter() - started

    started = time.perf_counter()
    template = TemplateWriter(
        facts, prompts, sub_style=outline.sub_style, fill_gaps=options.fill_gaps, today=today, style=style
    )
    section_writer: SectionWriter = writer(facts, outline, template) if writer else template
    target = target_script(facts, script)
    keep = user_words(facts, target)
    sections: list[DraftSection] = []
    error = ""
    for planned in outline.sections:
        try:
            written = section_writer.write(planned)
        except BackendError as exc:
            error = str(exc)  # keep what is written; the caller reports and exits 1
            break
        section = to_section(planned, written, target, keep)
        sections.append(section)
        if on_section:
            on_section(section)
    timings["writing"] = time.perf_counter() - started
    return Draft(
        facts,
        target,
        sections,
        outline.sub_style,
        timings,
        complete=not error,
        error=error,
        outline=outline,
        today=today,
        style=choice,
        # the edited item as the draft shows it (約80餘件, not the folded 约80余件 beside 大概80幾件)
        edits=[
            {"before": e.before, "after": convert_keeping(e.after, target, keep), "why": e.why} for e in template.edits
        ],
        problems_from_work=[p for p in facts.problems if p not in given.problems],
        plans_from_work=[p for p in facts.plans if p not in given.plans],
        results_from_work=results_category,
    )


def to_section(planned: PlannedSection, written: Written, target: str, keep: Sequence[str] = ()) -> DraftSection:
    """A written section in the draft's script, with its provenance; the user's own words in
    ``keep`` stay as written."""

    def conv(text: str) -> str:
        out = convert_keeping(text, target, keep)
        return apply_edits(out, punctuation_edits(out))  # 100份,清理 as the checker would have it

    return DraftSection(
        key=planned.key,
        role=planned.role,
        level=planned.level,
        heading=conv(written.heading),
        text=conv(written.text),
        sources=planned.sources,
        writer=written.writer,
        fallback=written.fallback,
        needs_confirmation=[conv(s) for s in written.needs_confirmation],
        gap=written.gap,
        suggestions=[conv(s) for s in written.suggestions],
        alternative=(conv(written.alternative.heading), conv(written.alternative.text))
        if written.alternative
        else None,
    )


def user_words(facts: Facts, target: str) -> list[str]:
    """The facts' own strings, to be kept as written when the draft is in their script."""
    family = "simplified" if target == "simplified" else "traditional"
    if facts.script != family:
        return []  # the user asked for the other script: convert their words too
    words = [facts.community, facts.period, facts.topic, *facts.superiors, *facts.work, *facts.items()]
    # and each clause of an item: a copy-edit elsewhere in it (大概 -> 約) leaves the rest as written
    # (heldout26: 「里長每週二…」 came out 「裡長…」 once 大概 was edited)
    clauses = [c for item in facts.items() for c in re.split(r"[，,；;。：:]", item) if len(c.strip()) >= 2]
    # (not a line the tool made from a book in the other script, 探访日期3月2日 from 探訪日期 — the hostile pass of round 78)
    other = 1 if family == "traditional" else 0  # (a character of the other script in it: not the user's as written)
    return [w for w in (*words, *clauses, facts.author or "", facts.date or "") if w and not script_counts(w)[other]]


CONFIRM_MARK = "【待确认】"


def mark_unconfirmed(text: str, sentences: list[str], fmt: str, script: str = "simplified") -> str:
    """General statements the user did not write (--fill-gaps) stand out: highlighted in
    Markdown, followed by 【待確認】 in plain text (the checker reports that as a gap to fill)."""
    for sentence in sentences:
        body = sentence.rstrip("。")
        if fmt == "md":
            text = text.replace(body, f"<mark>{body}</mark>", 1)
        elif fmt == "txt":  # in the draft's own script: no 【待确认】 in a Traditional text
            text = text.replace(sentence, sentence + convert(CONFIRM_MARK, script), 1)
    return text
