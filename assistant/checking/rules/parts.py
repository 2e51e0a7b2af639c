"""The standard parts: each present, the opening's formula, the title's form, and their order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from assistant.checking.registry import Ctx, Finding, Scope, register_check
from assistant.core.roles import LEAD_IN, PART_NAMES, PARTS
from assistant.core.text import fold
from assistant.summary.parts import PartFound

_ADVICE = {
    "title": "在第一行寫上標題，例如「XX社區2024年上半年工作總結」。",
    "opening": "在正文前寫一段開頭：時段、在誰的領導下、總體情況，以「現將……總結如下：」收尾。",
    "work": "補上「一、主要工作及成效」，分條寫做了什麼、數字是多少。",
    "problems": "補上「存在的問題」一節（或在段落中寫明「但也存在一些不足：一是……」）。",
    "plans": "補上「下一步工作計劃」一節（或寫明「下一步，我們將……」）。",
    "closing": '在最後加一句收束全文的話（例如下一階段的總體打算）；以計劃收尾是單位的習慣時，可在配置文件 [check] 寫 missing-closing = "off"。',
}


_TITLE_FORM = re.compile(r"总结|汇报|小结|报告|述职")
# a report read out (在…大會上的講話): its opening addresses the hearers, with no 現將……總結如下
_SPEECH = re.compile(r"(?:讲话|发言|致辞)$")


@register_check(
    ("missing-title", "error", "缺少標題"),
    ("missing-opening", "error", "缺少開頭段"),
    ("missing-work", "error", "缺少主要工作及成效"),
    ("missing-problems", "error", "缺少存在問題"),
    ("missing-plans", "error", "缺少下一步計劃"),
    ("missing-closing", "warning", "沒有結尾段（以下一步計劃收尾時只作提示）"),
)
def _missing(ctx: Ctx) -> Iterable[Finding]:
    end = len(ctx.doc.text.rstrip())
    parts = ctx.doc.parts
    for name in PARTS:
        if not parts[name].found:
            where = 0 if name in ("title", "opening") else end
            finding = ctx.at(f"missing-{name}", where, f"缺少{PART_NAMES[name]}。{_ADVICE[name]}")
            if name == "closing" and _ends_on_plans(parts):
                # many a summary ends on its plans: worth saying, not a fault (round 19–21's readers
                # marked every stock closing the drafts carried instead)
                finding = replace(
                    finding,
                    severity="info",
                    message="以下一步計劃收尾，沒有單獨的結尾段；單位習慣寫結尾時，可補一句收束全文的話。",
                )
            yield finding


def _ends_on_plans(parts: dict[str, PartFound]) -> bool:
    plans = parts["plans"]
    return plans.found and all(not p.found or p.offset <= plans.offset for n, p in parts.items() if n != "plans")


@register_check(
    ("opening-formula", "warning", "開頭沒有「現將……總結如下：」之類的過渡句"),
    scopes=(Scope.DOCUMENT, Scope.SECTION),
)
def _opening_formula(ctx: Ctx) -> Iterable[Finding]:
    opening = ctx.doc.paragraphs("opening")
    title = ctx.doc.title
    if not opening or (title is not None and _SPEECH.search(fold(title.text).rstrip("。 "))):
        return
    if not any(LEAD_IN.search(fold(s.text)) for p in opening for s in p.sentences()):
        last = opening[-1]
        yield ctx.at(
            "opening-formula",
            last.offset,
            "開頭沒有「現將……總結如下：」之類的過渡句；正式的總結通常在開頭段末補上一句。",
            last.text,
        )


@register_check(("title-form", "info", "標題不是「……工作總結」的形式（新聞稿式標題）"))
def _title_form(ctx: Ctx) -> Iterable[Finding]:
    title = ctx.doc.title
    whole = "".join(b.text for b in ctx.doc.blocks if b.kind == "title")  # a title on two lines
    if title is not None and not _TITLE_FORM.search(fold(whole)) and not _SPEECH.search(fold(whole).rstrip("。 ")):
        yield ctx.at(
            "title-form",
            title.offset,
            "標題不是「……工作總結」的形式；作為總結上報時，可改為「單位＋時段＋工作總結」。",
            title.text,
        )


@register_check(("section-order", "warning", "計劃寫在工作前面之類"))
def _order(ctx: Ctx) -> Iterable[Finding]:
    parts = ctx.doc.parts
    order = ["work", "problems", "plans"]
    for earlier, later in (("work", "problems"), ("work", "plans"), ("problems", "plans")):
        a, b = parts[earlier], parts[later]
        if a.found and b.found and b.offset < a.offset and a.how != "paragraph" and b.how != "paragraph":
            yield ctx.at(
                "section-order",
                b.offset,
                f"「{PART_NAMES[later]}」出現在「{PART_NAMES[earlier]}」之前；通常的順序是：主要工作、存在問題、下一步計劃。",
                b.heading,
            )
    closing = parts["closing"]
    if closing.found:
        for name in order:
            part = parts[name]
            if part.found and part.how == "heading" and part.offset > closing.offset:
                yield ctx.at("section-order", part.offset, "結尾之後還有正文標題，請把結尾移到最後。", part.heading)
