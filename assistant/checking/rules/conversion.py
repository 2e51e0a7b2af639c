"""What a broken converter leaves behind: pinyin glosses after characters (任務(wù), 發(fā)展).
The fix takes them out; the rule reports exactly what the fix would take out. And pinyin an input
method left unconverted (網格化guanli平台): reported, not fixed, for no one can know its characters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.edits import Edit, outside, protected
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.text import CJK, CJK_CHARS, PINYIN
from assistant.summary.parts import Summary

_GLOSS = re.compile(rf"(?<=[{CJK_CHARS}])\((?:{PINYIN.pattern})\)")
_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def debris_edits(text: str) -> list[Edit]:
    """Pinyin in brackets after a character: with a tone mark, or repeated in the text (so that
    (a), (ok) in prose are left alone)."""
    found = list(_GLOSS.finditer(text))
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return [
        Edit(m.start(), m.end(), m.group(0), "") for m in found if _TONED.search(m.group(0)) or counts[m.group(0)] >= 2
    ]


def _fix(doc: Summary) -> list[Edit]:
    return outside(debris_edits(doc.text), protected(doc.text, doc.markdown))


@register_check(("converter-debris", "warning", "轉換工具留下的拼音，如「任務(wù)」"), fix=_fix)
def _debris(ctx: Ctx) -> Iterable[Finding]:
    edits = _fix(ctx.doc)
    for edit in edits[:20]:
        yield ctx.at(
            "converter-debris",
            edit.start,
            f"「{edit.before}」是轉換工具留下的拼音，應刪去（zongjie check --fix 可自動刪除）。",
            ctx.doc.text[max(0, edit.start - 4) : edit.end],
        )
    if len(edits) > 20:
        yield ctx.nowhere("converter-debris", f"另有 {len(edits) - 20} 處拼音未逐一列出。")


# a toneless pinyin word typed and never converted, between characters: two syllables or more and
# five letters or more, so that app, wifi, taxi and ok stay prose (heldout59t: 系統進行shengji改造)
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|[aoeiuv])"
)
_NEAR = rf"[{CJK_CHARS}，。；：、！？“”（）]"  # (，jiaoyu引导: after a comma too, heldout60t)
_UNTYPED = re.compile(rf"(?<={_NEAR})[a-z]{{5,24}}(?={_NEAR})")
_SYLLABLES = re.compile(rf"(?:{_INITIAL}{_FINAL}){{2,6}}")


def untyped_pinyin(text: str) -> list[re.Match[str]]:
    """Pinyin words between characters that an input method did not convert."""
    return [
        m
        for m in _UNTYPED.finditer(text)
        if _SYLLABLES.fullmatch(m.group(0)) and (CJK.match(text[m.start() - 1]) or CJK.match(text[m.end()]))
    ]


@register_check(("untyped-pinyin", "warning", "輸入法沒有轉換的拼音，如「網格化guanli平台」"))
def _untyped(ctx: Ctx) -> Iterable[Finding]:
    spans = protected(ctx.doc.text, ctx.doc.markdown)
    for m in untyped_pinyin(ctx.doc.text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        yield ctx.at(
            "untyped-pinyin",
            m.start(),
            f"「{m.group(0)}」像是輸入法沒有轉換的拼音，請換成漢字。",
            ctx.doc.text[max(0, m.start() - 4) : m.end() + 4],
        )
