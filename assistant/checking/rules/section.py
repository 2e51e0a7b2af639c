"""Rules for one section a writer (the model) offers: prose of that part, no echo of the
instructions, no other part's content, every fact said, a sensible length, no stray heading."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.registry import Ctx, Finding, Scope, SectionSpec, register_check
from assistant.core.roles import CLOSING_CUE, PLAN_CUE, PLAN_START, PROBLEM_CUE
from assistant.core.text import CJK, NUMBER_MARK, fold, sentence_key, squeeze
from assistant.summary.layout import match_marker

ECHO_GRAM = 10  # a run this long shared with the instructions is an echo, not a coincidence


COVERAGE = 0.5  # share of an item's character pairs that a paraphrase must keep


_MARKUP = re.compile(r"<<|>>|\[/?INST\]|<\|?/?[a-z_]+\|?>|</?s>|&[lg]t;?", re.I)


_CHATTY = re.compile(r"^(?:好的|当然|以下是|下面是|根据(?:您的|你的)?要求|按照要求|我将|我会|作为|这是)")


_FUTURE_WORDS = re.compile(r"将|要|拟|计划|继续|力争|争取|进一步|着力|加快|持续|努力|确保")


_PAST = re.compile(r"取得了|做了大量|已完成|已经|完成了|一年来|半年来|成效|明显改善")


_CLOSING_START = ("总之", "总而言之", "综上")


def _section(ctx: Ctx) -> SectionSpec:
    assert ctx.options.section is not None
    return ctx.options.section


@register_check(("not-prose", "error", "輸出的不是中文正文"), scopes=(Scope.SECTION,))
def _not_prose(ctx: Ctx) -> Iterable[Finding]:
    text = ctx.doc.text
    visible = re.sub(r"\s", "", text)
    if _MARKUP.search(text) or len(CJK.findall(visible)) < 0.6 * max(1, len(visible)):
        yield ctx.at("not-prose", 0, "輸出的不是中文正文（含有標記或其他文字）。")


@register_check(("echoed-instruction", "error", "複述了寫作要求"), scopes=(Scope.SECTION,))
def _echo(ctx: Ctx) -> Iterable[Finding]:
    grams = _section(ctx).instructions
    first = next(iter(ctx.doc.sentences()), None)
    if first is not None and _CHATTY.match(fold(first.text)):
        yield ctx.at("echoed-instruction", first.offset, "開頭是對要求的應答，而不是正文。", first.text)
        return
    if not grams:
        return
    key, offsets = squeeze(ctx.doc.text)
    for i in range(len(key) - ECHO_GRAM + 1):
        if key[i : i + ECHO_GRAM] in grams:
            yield ctx.at("echoed-instruction", offsets[i], "複述了寫作要求，而不是寫正文。", ctx.doc.text[offsets[i] :])
            return


def instruction_grams(texts: Iterable[str]) -> set[str]:
    """The ECHO_GRAM-character runs of a prompt's own words (its data blocks taken out)."""
    grams: set[str] = set()
    for text in texts:
        key = squeeze(re.sub(rf"^\s*(?:{NUMBER_MARK.pattern})", "", text, flags=re.M))[0]
        grams.update(key[i : i + ECHO_GRAM] for i in range(len(key) - ECHO_GRAM + 1))
    return grams


@register_check(("wrong-section", "error", "寫成了別的部分（問題寫成計劃之類）"), scopes=(Scope.SECTION,))
def _wrong_section(ctx: Ctx) -> Iterable[Finding]:
    """A section that writes another part: problems as plans, plans as achievements, work as
    plans, an opening as a closing. Judged by how the section begins."""
    role = _section(ctx).role
    first = next(iter(ctx.doc.sentences()), None)
    if first is None:
        return
    simp = fold(first.text)
    future = PLAN_START.match(simp) or PLAN_CUE.search(simp)
    if role == "problems" and future:
        yield ctx.at("wrong-section", first.offset, "這一節應寫存在的問題，寫成了下一步計劃。", first.text)
    elif role == "plans" and (PROBLEM_CUE.match(simp) or (_PAST.search(simp) and not _FUTURE_WORDS.search(simp))):
        yield ctx.at("wrong-section", first.offset, "這一節應寫下一步打算，寫成了已做的工作或問題。", first.text)
    elif role == "work" and future:
        yield ctx.at("wrong-section", first.offset, "這一節應寫已經做了的工作，寫成了下一步計劃。", first.text)
    elif role == "opening" and CLOSING_CUE.match(simp):
        yield ctx.at("wrong-section", first.offset, "這一段應是開頭，寫成了結尾。", first.text)


@register_check(("closing-form", "error", "結尾不以「總之，」之類的收束語開頭"), scopes=(Scope.SECTION,))
def _closing_form(ctx: Ctx) -> Iterable[Finding]:
    if _section(ctx).role == "closing" and not fold(ctx.doc.text.strip()).startswith(_CLOSING_START):
        yield ctx.at("closing-form", 0, "結尾應以「總之，」之類的收束語開頭。")


def coverage(item: str, text_key: str) -> float:
    """Share of the item's character pairs found in a (squeezed) text."""
    key = sentence_key(item)
    pairs = {key[i : i + 2] for i in range(len(key) - 1)}
    if not pairs:
        return 1.0
    return sum(1 for p in pairs if p in text_key) / len(pairs)


@register_check(("lost-item", "error", "漏寫了這一節的事實"), scopes=(Scope.SECTION,))
def _lost_items(ctx: Ctx) -> Iterable[Finding]:
    key = squeeze(ctx.doc.text)[0]
    lost = [item for item in _section(ctx).items if coverage(item, key) < COVERAGE]
    if lost:
        yield ctx.at("lost-item", 0, "沒有寫到這些事實：" + "；".join(lost[:3]))


@register_check(("length", "error", "篇幅過短或過長"), scopes=(Scope.SECTION,))
def _length(ctx: Ctx) -> Iterable[Finding]:
    target = _section(ctx).target_length
    n = len(ctx.doc.text)
    if not target:
        return
    if n < max(15, int(target * 0.3)):
        yield ctx.at("length", 0, f"篇幅過短（{n}字，應約{target}字）。")
    elif n > target * 3 + 150:
        yield ctx.at("length", 0, f"篇幅過長（{n}字，應約{target}字）。")


@register_check(("stray-heading", "error", "寫了別的部分的標題"), scopes=(Scope.SECTION,))
def _stray_heading(ctx: Ctx) -> Iterable[Finding]:
    for block in ctx.doc.blocks:
        marked = match_marker(block.text)
        if marked and marked[0] == "cn":
            yield ctx.at("stray-heading", block.offset, f"寫了別的部分的標題：{block.text[:20]}")
            return
