"""Quotation marks in Chinese text: straight ASCII quotes around Chinese ("網格") become “網格”
(the fix's edits are the findings), and a quote opened and never closed in its paragraph (or
closed and never opened) is reported where it stands."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.edits import Edit, outside, protected
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.text import CJK
from assistant.summary.parts import Summary

_PAIRS = {"“": "”", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_CODE = re.compile(r"`[^`\n]*`")  # Markdown code keeps its quotes
_HALF_PAIRED = re.compile(
    r'“[^“”"\n]*[\u4e00-\u9fff][^“”"\n]*(?P<close>")|(?P<open>")[^“”"\n]*[\u4e00-\u9fff][^“”"\n]*”'
)


def ascii_quote_edits(text: str) -> list[Edit]:
    """Pairs of straight quotes on one line with Chinese between them: “ and ”."""
    edits: list[Edit] = []
    at = 0
    for line in text.split("\n"):
        code = [(m.start(), m.end()) for m in _CODE.finditer(line)]
        marks = [i for i, c in enumerate(line) if c == '"' and not any(s <= i < e for s, e in code)]
        # a Chinese quote closed by a straight one, or opened by one (“平安河畔" / "平安河畔”: heldout62t)
        for m in _HALF_PAIRED.finditer(line):
            i = m.start("close") if m.group("close") else m.start("open")
            if i in marks:
                marks.remove(i)
                edits.append(Edit(at + i, at + i + 1, '"', "”" if m.group("close") else "“"))
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            if CJK.search(line[a + 1 : b]) or CJK.search(line[max(0, a - 1) : a]):
                edits += [Edit(at + a, at + a + 1, '"', "“"), Edit(at + b, at + b + 1, '"', "”")]
        at += len(line) + 1
    return edits


def _ascii_fix(doc: Summary) -> list[Edit]:
    return outside(ascii_quote_edits(doc.text), protected(doc.text, doc.markdown))


@register_check(("ascii-quote", "warning", '中文裡用了英文直引號 "…"，應為 “…”'), fix=_ascii_fix)
def _ascii(ctx: Ctx) -> Iterable[Finding]:
    edits = sorted(_ascii_fix(ctx.doc), key=lambda e: e.start)
    # each pair once, where it opens; a straight quote that pairs a Chinese one alone (“平安河畔")
    shown, opened = [], False
    for edit in edits:
        if edit.after == "“" or not opened:
            shown.append(edit)
        opened = edit.after == "“"
    for opening in shown[:50]:
        yield ctx.at(
            "ascii-quote",
            opening.start,
            '中文裡用了英文直引號 "…"，應為 “…”（zongjie check --fix 可自動改正）。',
            ctx.doc.text[opening.start : opening.start + 20],
        )


@register_check(("unbalanced-quote", "warning", "引號不成對：只有前引號或只有後引號"))
def _unbalanced(ctx: Ctx) -> Iterable[Finding]:
    # a paragraph broken mid-sentence (a PDF's or a pasted line's break: 張阿姨說：“以前…，⏎現在…。”)
    # carries its open quotes to the next one, where they may close
    carried: list[tuple[str, int, str]] = []  # mark, offset in the text, what follows it
    for block in ctx.doc.blocks:
        stack = list(carried)
        for i, c in enumerate(block.text):
            if c in _PAIRS:
                stack.append((c, block.offset + i, block.text[i : i + 12]))
            elif c == '"' and stack and stack[-1][0] == "“":
                stack.pop()  # (“…" closed by a straight quote: ascii-quote's to report and fix)
            elif c == '"':
                stack.append((c, block.offset + i, ""))  # (it may open "…”: ascii-quote's too)
            elif c in _CLOSERS:
                if stack and (stack[-1][0] == _CLOSERS[c] or (c == "”" and stack[-1][0] == '"')):
                    stack.pop()
                else:
                    yield ctx.at(
                        "unbalanced-quote",
                        block.offset + i,
                        f"引號不成對：這個「{c}」前面沒有對應的前引號。",
                        block.text[max(0, i - 10) : i + 1],
                    )
        broken = block.kind == "para" and not _ENDED.search(block.text.rstrip())
        carried = stack if broken else []
        stack = [entry for entry in stack if entry[0] != '"']  # a straight quote left open is ascii-quote's
        for c, at, after in [] if broken else stack[:3]:
            yield ctx.at("unbalanced-quote", at, f"引號不成對：這個「{c}」後面沒有對應的後引號。", after)
    for c, at, after in [entry for entry in carried if entry[0] != '"'][:3]:
        yield ctx.at("unbalanced-quote", at, f"引號不成對：這個「{c}」後面沒有對應的後引號。", after)


_ENDED = re.compile(r"[。！？!?；;：:”」』）)]$")
