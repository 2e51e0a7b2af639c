"""What a broken converter leaves behind: pinyin glosses after characters (任務(wù), 發(fā)展).
The fix takes them out; the rule reports exactly what the fix would take out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.edits import Edit, outside, protected
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.text import CJK_CHARS, PINYIN
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
