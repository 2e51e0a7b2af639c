"""The template writer's parts after the work: the problems, the plans and the closing.

A mixin of :class:`~assistant.drafting.template_writer.TemplateWriter`, kept apart so that each
module stays readable; it uses the writer's phrase bank, facts and choosing of phrases, declared
below for the type checker. The section's text type, :class:`Written`, lives here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.core.numbers import int_to_cn
from assistant.core.script import to_simplified
from assistant.core.text import fold
from assistant.drafting.phrasing import join_offices, neighbours_association, taiwan_office
from assistant.drafting.planner import PlannedSection, sub_marker
from assistant.facts.items import Item, clean, pair_plans
from assistant.facts.model import Facts

if TYPE_CHECKING:
    from assistant.summary.style import Style


@dataclass
class Written:
    heading: str
    text: str
    needs_confirmation: list[str] = field(default_factory=list)  # general statements written in a gap
    writer: str = "template"
    fallback: str = ""  # why the template writer stood in for a model
    alternative: Written | None = None  # the template's version of a model-written section
    gap: str = ""  # the part the facts left empty (its placeholder is in the text)
    suggestions: list[str] = field(default_factory=list)  # what the user might write in the gap


# words by which an item of work tells of something undone or complained of
_TOLD_AMISS = re.compile(
    r"反映[^，。；]{0,12}问题|投诉|欠缴|未完成|处理中|尚未|尚有|仍有|滞后|偏慢|难以|不便|短缺|不足"
)

# a plan's own subject (我社區, 本街道), modal (將, 計劃) and opening time word, in folded script
_PLAN_MODAL = re.compile(
    r"(?:我(?:社区|街道|办|站|中心|院|公司|村|们)|本(?:社区|街道|单位|中心|公司|村))?(?P<modal>将要|将|要(?![求点素])|拟|计划(?!生育)|准备|打算)"
)


# what a plan's will is followed by: a verb or a word that leads one (准备开展…, 计划在…, 打算把…)
_DOING = set("开组举召建完启推实新增安改成把对在为与和到去将继持进深加提做搞办争力落引扩设配培宣走入联筹投修装购更采")


def _modal(folded: str, at: int) -> re.Match[str] | None:
    """The plan's will (将, 拟, 准备, 计划…) at ``at``, not the verb 准备 (准备好防汛物资) nor 计划 of a thing
    (计划生育, 计划资金)."""
    m = _PLAN_MODAL.match(folded, at)
    if m and m["modal"] in ("准备", "计划", "打算") and folded[m.end() : m.end() + 1] not in _DOING:
        return None  # 准备慰问物资, 准备金, 计划免疫: a thing, not the will to do
    return m


_PLAN_OPENER = re.compile(r"(?:(?:下一步|下步|今后|接下来|在今后的工作中|在下一步工作中)[，,]?)?")
_ORDINAL = re.compile(r"(?:(?:[一二三四五六七八九十]是|首先|第一(?=[，,、]))[，,、]?)?")  # not 第一季度
# a problem stated with its own lead-in: 主要是…, 還存在…, 工作中還有不足…
_PROBLEM_OPENER = re.compile(
    r"(?:目前|当前|同时)?[，,]?(?:主要是|主要问题是|存在的问题是|问题是|不足是|还存在|仍存在|存在|工作中|但是?|不足之处)"
)


def _skip(pattern: re.Pattern[str], text: str) -> int:
    """Where ``text`` goes on after what ``pattern`` matches at its start (0: nothing matched)."""
    m = pattern.match(fold(text))
    return m.end() if m else 0


_PLAN_OWN_VERB = re.compile(r"(?:争取|力争|继续|持续|进一步)")
_WHEN_IN_YEAR = (
    r"(?:年底前?|年内|年前|近期|春节前|国庆前|第[一二三四1-4]季度|[上下]半年"
    r"|[0-9一二三四五六七八九十]{1,2}月(?:底|份|中旬|上旬|下旬)?)"
)
# a time word that opens a plan: a year (2026年, 明年) with or without a time in it, or a time
# in the year alone; 前/內/起 only after one of those (前往…, 內部… open no time)
_PLAN_TIME = re.compile(rf"(?:(?:20[0-9]{{2}}年|明年|后年){_WHEN_IN_YEAR}?|{_WHEN_IN_YEAR})(?:前|内|起|底|期间)?")


# problems and plans run on in one paragraph when there are a few and each is one short sentence
_RUN_ON_ITEMS = 5
_RUN_ON_CHARS = 60


def _runs_on(items: list[str]) -> bool:
    return 1 < len(items) <= _RUN_ON_ITEMS and all(
        len(item) <= _RUN_ON_CHARS and not re.search(r"[。！？；;]", item) for item in items
    )


def _yishi(items: list[str]) -> str:
    """一是…；二是…。 (an item's own 一是 or 首先 gives way to the count)."""
    own = [item[_skip(_ORDINAL, item) :] or item for item in items]
    return "；".join(f"{int_to_cn(n)}是{item}" for n, item in enumerate(own, 1)) + "。"


class EndingWriter:
    """The problems, plans and closing of a draft (mixed into the template writer)."""

    facts: Facts
    bank: dict[str, Any]
    style: Style | None
    sub_style: str
    fill_gaps: bool
    voice: str
    genre: str

    if TYPE_CHECKING:  # the writer's own, used here

        def _render(self, template: str, **extra: str) -> str: ...
        def _choose(self, options: Any, slot: str, facts_text: str = "", **extra: str) -> str: ...
        def _read(self, texts: list[str], *, work: bool = False, result: bool = False) -> list[Item]: ...
        def _gap(self, section: PlannedSection, kind: str) -> str: ...
        def _names(self, limit: int = 3) -> str: ...
        def _leads(self, superior: str) -> bool: ...
        def _continuing(self, limit: int = 2) -> str: ...
        def _topic_in_body(self) -> bool: ...
        def _write_title(self, section: PlannedSection) -> Written: ...

    def _problem_hints(self) -> list[str]:
        """Questions, not sentences for the draft: work items whose own words name something left
        undone or complained of (主要反映停車問題, 尚有57戶欠繳), for the user to say whether it is a
        problem of the period. Nothing of it is written into the draft."""
        found = [
            item for items in self.facts.work.values() for item in items if _TOLD_AMISS.search(to_simplified(item))
        ]
        return [f"事实中提到「{clean(item)}」：是否写进存在的问题？" for item in found[:3]]  # converted with the rest

    def _list_section(self, section: PlannedSection, kind: str) -> Written:
        bank = self.bank[kind]
        items = list(dict.fromkeys(i.text for i in self._read([t for t in section.items if clean(t)])))
        suggestions = [self._render(s, names=self._names(2)) for s in bank["suggestions"]]
        if not items and not self.fill_gaps:
            hints = self._problem_hints() if kind == "problems" else []
            return Written(section.heading, self._gap(section, kind), gap=kind, suggestions=hints + suggestions)
        confirm: list[str] = []
        if not items:  # --fill-gaps: general statements, each one for the user to confirm
            items = [clean(s) for s in suggestions]
            confirm = [s + "。" for s in items]
        leads = bank["lead"]  # not 針對上述問題: the plans need not answer every problem
        if kind == "plans" and len(items) >= 3 and not self.facts.problems:
            leads = leads + bank["lead_many"]  # 幾個方面 only when there are several
        if len(items) == 1:  # a single item needs no number: （一） without （二） reads as a slip
            if kind == "plans":
                return Written(section.heading, self._one_plan(items[0]) + "。", confirm, gap=kind if confirm else "")
            item = items[0][_skip(_ORDINAL, items[0]) :] or items[0]  # 一是… alone is no list
            if _PROBLEM_OPENER.match(fold(item)):  # 主要是… / 還存在… already leads itself in
                subject = "目前存在的问题" if fold(item).startswith("主要是") else ""
                return Written(section.heading, f"{subject}{item}。", confirm, gap=kind if confirm else "")
            # under its own heading, one problem needs no lead-in (round 9: 「主要是：村里主要是…」)
            return Written(section.heading, f"{item}。", confirm, gap=kind if confirm else "")
        if kind == "plans" and self.facts.problems and not confirm:
            items = self._answering(items)
        if kind == "plans" and not confirm:
            items = [self._listed_plan(item) for item in items]
        habit = self.style.part_habit if self.style is not None else ""
        # a Taiwan 里 numbers its points (（一）…), not 一是…二是… (round 20's reader: a mainland frame)
        taiwan = taiwan_office(self.facts.community, self.facts.period)
        if not habit and not confirm and not taiwan and _runs_on(items):  # --fill-gaps statements: a line each
            # short items in one paragraph, 一是…；二是…, with no lead-in (round 4 found the leads
            # stock): round 8's reader called a numbered line of one short sentence a ledger's
            return Written(section.heading, _yishi(items), confirm, gap=kind if confirm else "")
        lead = self._choose(leads, kind)
        if habit == "di":  # 第一，…。第二，…。 as the office writes its points
            listed = "".join(f"第{int_to_cn(n)}，{item}。" for n, item in enumerate(items, 1))
            return Written(section.heading, listed, confirm, gap=kind if confirm else "")
        if habit == "yishi" or (habit == "prose" and len(items) <= 3):  # one paragraph, as the office writes it
            listed = (
                "；".join(f"{int_to_cn(n)}是{item}" for n, item in enumerate(items, 1))
                if habit == "yishi"
                else "；".join(items)
            )
            return Written(section.heading, f"{lead}{listed}。", confirm, gap=kind if confirm else "")
        # numbered under the part's own heading, the items need no lead-in of their own: the blind
        # readers of round 4 found 「工作中還有一些問題需要正視：」 and 「下一步，…以下工作：」 stock
        lines = [f"{sub_marker(n, self.sub_style)}{item}。" for n, item in enumerate(items, 1)]
        return Written(section.heading, "\n".join(lines), confirm, gap=kind if confirm else "")

    def _answering(self, plans: list[str]) -> list[str]:
        """A plan that answers a problem takes that problem's place in the list; the others fill the
        free places in their own order (round 17's reader: the 志愿者 plan moved to the front put the
        场地 plan second, though the 场地 problem came first). They do not say which problem they
        answer (針對……的問題，): two rounds of blind readers found that frame mechanical, and its
        problem named by the wrong clause (居住分散 for 管網未覆蓋)."""
        problems = [clean(p) for p in self.facts.problems]
        answers = pair_plans(problems, plans)
        slots: list[str | None] = [None] * len(plans)
        rest: list[str] = []
        for j, i in sorted((j, i) for i, j in enumerate(answers) if j is not None):
            if j < len(slots) and slots[j] is None:
                slots[j] = plans[i]
            else:
                rest.append(plans[i])
        rest += [p for i, p in enumerate(plans) if answers[i] is None]  # the others fill the free places in order
        return [slot if slot is not None else rest.pop(0) for slot in slots]

    def _one_plan(self, item: str) -> str:
        """One plan as one sentence with the office as subject: the user's own subject and modal
        (我們將, 社區要, 計劃) give way to it, and a plan that opens with its time keeps it in
        front (第四季度，街道將開展…, not 下一步，街道將第四季度開展… or 將將繼續)."""
        self_word = self._render("$self")
        subjects = sorted({self_word, to_simplified(self.facts.community), "我们"}, key=len, reverse=True)
        item = item[_skip(_PLAN_OPENER, item) :] or item  # 下一步將…: the lead says 下一步 itself
        folded = fold(item)
        cut = 0
        for subject in subjects:
            if subject and folded.startswith(subject):
                cut = len(subject)
                break
        modal = _PLAN_MODAL.match(folded, cut)
        if modal:
            cut = modal.end()
        rest = item[cut:].lstrip("，,、 ")
        if not rest:
            rest, modal = item, None
        when = _PLAN_TIME.match(fold(rest))
        if when:  # the plan's own time opens the sentence: 第四季度，街道將開展…
            after = rest[when.end() :].lstrip("，, ")
            verb = _PLAN_MODAL.match(fold(after))  # 明年將繼續 / 明年我們要…
            if verb:
                after = after[verb.end() :]
            if after:
                return f"{rest[: when.end()]}，{self_word}将{after}"
        if modal or _PLAN_OWN_VERB.match(fold(rest)):
            return f"下一步，{self_word}{item[modal.start('modal') : modal.end()] if modal else '将'}{rest}"
        lead = self._choose(self.bank["plans"]["lead_one"], "plans")
        return f"{lead}{rest}"

    def _listed_plan(self, item: str) -> str:
        """One plan of a numbered list: the part's heading says 下一步 and whose plans they are, so the
        item's own 下一步， and the office with its 将 go (一是冬至前在北片增设…, not 一是下一步，街道将冬至前…),
        and after the plan's own time 准备/打算 is 将 (2027年将…, not 2027年准备…)."""
        rest = item[_skip(_PLAN_OPENER, item) :] or item
        folded = fold(rest)
        subjects = sorted({self._render("$self"), to_simplified(self.facts.community), "我们"}, key=len, reverse=True)
        cut = next((len(s) for s in subjects if s and folded.startswith(s)), 0)
        modal = _modal(folded, cut)
        if modal and (cut or modal["modal"] in ("准备", "打算", "计划")):
            rest = rest[modal.end() :].lstrip("，, ") or rest
            if rest.startswith("其"):  # 将其纳入…: the 将 is the sentence's, not the modal's
                rest = "将" + rest
        when = _PLAN_TIME.match(fold(rest))
        if when:
            modal = _modal(fold(rest), when.end())
            if modal and modal["modal"] in ("准备", "打算", "计划", "要"):
                after = rest[modal.end() :]
                rest = f"{rest[: when.end()]}将{after[1:] if after.startswith('把') else after}"  # 将把: 将 alone
        return rest

    def _write_problems(self, section: PlannedSection) -> Written:
        return self._list_section(section, "problems")

    def _write_plans(self, section: PlannedSection) -> Written:
        return self._list_section(section, "plans")

    def _write_closing(self, section: PlannedSection) -> Written:
        bank = self.bank["closing"]
        if self.style is not None and self.style.closing_formula:  # 以上報告，敬請指教。
            return Written("", self.style.closing_formula)
        if self.style is not None and self.style.closing_opener:  # 新的一年，我村將…
            names = self._continuing()
            leading = [s for s in self.facts.superiors if self._leads(s)]
            relation = "支持" if self.voice == "物业" else "领导" if leading else "指导"
            # the full names again: the office's own closing says its 鎮黨委、鎮政府 in words the
            # past-copy rule would take for last year's sentence
            under = f"在{join_offices(leading or self.facts.superiors)}的{relation}下，" if self.facts.superiors else ""
            doing = f"继续抓好{names}等工作" if names else "继续做好各项工作"
            if self.facts.plans:  # on the plans just listed, as the default frame closes (round 5's tells)
                doing = "把上述计划逐项落到实处" if len(self.facts.plans) > 1 else "把上述计划落到实处"
            subject = self.style.opening_self or self._render("$self")
            return Written("", f"{self.style.closing_opener}，{subject}将{under}{doing}。")
        # built from the facts: the next period, the superiors, the topic or the office's own lines of work
        # a Taiwan 里 and a Macau 街坊會 close their report 以上報告，敬請指正, not 特此報告
        reports = taiwan_office(self.facts.community, self.facts.period) or neighbours_association(self.facts.community)
        if "报告" in fold(self.genre or "") and not (reports and self.style is None):
            return Written("", str(bank["report"]))  # a report ends as a 報告 does
        if self.style is None:
            # with no office of its own to learn from, the draft ends on its plans: 「…把上述計劃逐項
            # 落到實處」 (round 10's reader: stock), 「繼續做好…工作」 or 「著力解決…」 promise what the
            # facts do not (round 7), a problem named again reads clipped (round 8), and 「以上總結如有
            # 不妥之處，敬請批評指正」 was marked stock in every mainland draft of rounds 19–21; a
            # Taiwan 里's report still closes as such reports do
            return Written("", str(bank["formula_tw"]) if reports else "")
        leading = [s for s in self.facts.superiors if self._leads(s)]
        if self._topic_in_body():
            key = "with_topic_and_superiors" if self.facts.superiors and self.voice != "物业" else "with_topic_only"
            extra = {
                "relation": "领导" if leading else "指导",
                "superiors": join_offices(leading or self.facts.superiors),
            }
            return Written("", self._choose(bank[key], "closing", **extra))
        names = self._continuing()
        if not names:
            return Written("", "")  # nothing of its own to close on: the draft ends on its plans
        relation = "领导" if leading else "指导"
        key = "property" if self.voice == "物业" else "with_superiors" if self.facts.superiors else "without_superiors"
        extra = {"names": names, "relation": relation, "superiors": join_offices(leading or self.facts.superiors)}
        return Written("", self._choose(bank[key], "closing", **extra))
