"""Figures against the facts: none the facts lack, none of the facts left out."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from assistant.checking.registry import Ctx, Finding, Scope, register_check
from assistant.core.numbers import compare, find_figures

_PERSONAL_NUMBER = re.compile(r"(?<![0-9])(?:1[3-9][0-9]{9}|[1-9][0-9]{16}[0-9Xx])(?![0-9])")


def _body(ctx: Ctx) -> tuple[str, list[int]]:
    """The document's text as its blocks, joined, with each block's start: figures are read
    block by block so that a figure never spans two blocks."""
    texts = [b.text for b in ctx.doc.blocks]
    return "\n".join(texts), [b.offset for b in ctx.doc.blocks]


@register_check(
    ("unsupported-figure", "error", "配合 `--facts`：稿中有事實之外的數字（時刻、樓號也算）"),
    ("unused-fact", "warning", "配合 `--facts`：事實中的數字沒寫進稿子"),
    scopes=(Scope.TEXT,),
)
def _figures(ctx: Ctx) -> Iterable[Finding]:
    facts = ctx.options.facts_text
    if facts is None:
        return
    joined, starts = _body(ctx)
    expected = ctx.options.expected_text if ctx.options.expected_text is not None else facts
    unsupported, _ = compare(joined, facts)
    _, missing = compare(joined, expected)
    bounds = [0]
    for block in ctx.doc.blocks:
        bounds.append(bounds[-1] + len(block.text) + 1)
    for f in unsupported:
        i = min(max(0, bisect.bisect_right(bounds, f.start) - 1), len(starts) - 1)
        if f.kind == "date" and ctx.doc.blocks and ctx.doc.blocks[i].kind == "signature":
            continue  # the date a summary is signed: when it was written, not one of its facts
        offset = starts[i] + f.start - bounds[i] if starts else 0
        what = {"date": "日期", "time": "時間", "ordinal": "編號"}.get(f.kind, "數字")
        yield ctx.at("unsupported-figure", offset, f"{what}「{f.text}」不在事實文件中，請核對或刪去。", f.text)
    # a figure the clerk corrected away (原报320户，实为302户) written as the figure (hostile76)
    if ctx.options.withdrawn_text:
        stale = {f.key for f in find_figures(ctx.options.withdrawn_text)}
        current, _ = compare(joined, expected)
        for f in current:
            if f.key not in stale or f in unsupported:
                continue
            i = min(max(0, bisect.bisect_right(bounds, f.start) - 1), len(starts) - 1)
            offset = starts[i] + f.start - bounds[i] if starts else 0
            yield ctx.at(
                "unsupported-figure",
                offset,
                f"「{f.text}」是事實文件裡已更正掉的原報數字，請改用更正後的數字。",
                f.text,
            )
    # a mobile or identity number the facts do not give (联系电话13812345678 in a hand-written draft): the figure
    # reader leaves such numbers aside, so they are looked for on their own (the hostile pass of round 88)
    for m in _PERSONAL_NUMBER.finditer(joined):
        if m.group(0) not in facts:
            i = min(max(0, bisect.bisect_right(bounds, m.start()) - 1), len(starts) - 1)
            offset = starts[i] + m.start() - bounds[i] if starts else 0
            what = "手機號" if len(m.group(0)) == 11 else "證件號"
            yield ctx.at(
                "unsupported-figure",
                offset,
                f"{what}「{m.group(0)}」不在事實文件中，對外的總結也不寫，請刪去。",
                m.group(0),
            )
    for f in missing:  # a figure a facts file broke over a line (5\n本) is quoted on one line
        shown = re.sub(r"\s+", "", f.text)
        yield ctx.nowhere("unused-fact", f"事實文件中的「{shown}」沒有寫進稿子。", shown)
