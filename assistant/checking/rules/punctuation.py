"""Half-width punctuation between Chinese characters and mixed bracket pairs: the fix's edits
are the rule's findings (a web page's bylines are mended but not reported)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from assistant.checking.edits import Edit, outside, protected
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.furniture import FORM_FIELD
from assistant.core.script import to_simplified
from assistant.core.text import CJK_CHARS, PINYIN
from assistant.summary.parts import Summary

_OPEN = "“‘「『（《【"


_CLOSE = "”’」』）》】"


_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


# , ; : ? ! after a Chinese character (or a closing quote), before Chinese, a digit or the line end
_AFTER_CJK = re.compile(rf"(?<=[{CJK_CHARS}{_CLOSE})])[ \t]*([,;:?!])[ \t]*(?=[{CJK_CHARS}{_OPEN}0-9]|[ \t]*$)", re.M)


# , ; after a figure and before Chinese or the line's end: 共计120,其中 / 达到92.5%;
_AFTER_FIGURE = re.compile(rf"(?<=[0-9%])([,;])[ \t]*(?=[{CJK_CHARS}]|[ \t]*$)", re.M)
# a full stop typed as . after Chinese, a figure or a bracket, before Chinese or the line's end
# (3次.居民, 120人次.); not in 3.5, v1.2, 报告.docx, www.example.com, nor a list's 1.
_PERIOD = re.compile(rf"(?<=[{CJK_CHARS}0-9%）)”])\.(?=[{CJK_CHARS}“（]|[ \t]*$)", re.M)
_FULL["."] = "。"
# a stop after a quote that ends on its own (…打得咁密。」。, 当回事。”。): the quote's stop ends the sentence
_STOPPED_TWICE = re.compile(r"(?<=[。！？!?][”」’』])。")


def punctuation_edits(text: str) -> list[Edit]:
    edits: dict[int, Edit] = {}
    for pattern in (_AFTER_CJK, _AFTER_FIGURE):
        for m in pattern.finditer(text):
            edits.setdefault(m.start(), Edit(m.start(), m.end(), m.group(0), _FULL[m.group(1)]))
    for m in _PERIOD.finditer(text):
        if _LIST_MARK.fullmatch(text, _line_head(text, m.start()), m.end()):
            continue  # 1. at a line's start numbers a list (the numbering fix renumbers it)
        if _INLINE_MARK.search(text, max(0, m.start() - 4), m.end()):
            continue  # …负荷偏重；2.部分活动 / a table's cell 1.专业社工: a list run on in its line
        edits.setdefault(m.start(), Edit(m.start(), m.end(), ".", "。"))
    for m in _STOPPED_TWICE.finditer(text):
        edits.setdefault(m.start(), Edit(m.start(), m.end(), "。", ""))
    covered = {i for e in edits.values() for i in range(e.start, e.end)}  # edits are a few characters long
    for edit in _bracket_edits(text):
        if edit.start not in covered:
            edits[edit.start] = edit
    return sorted(edits.values(), key=lambda e: e.start)


_LIST_MARK = re.compile(r"[ \t]*[0-9]{1,2}\.")
# a list's number inside a line: after a tab, a space or a clause's end (；2.部分 — --fix wrote 2。部分)
_INLINE_MARK = re.compile(r"(?:(?<=[\t ；;：:。])|(?<=^))[0-9]{1,2}\.$", re.M)


def _line_head(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _bracket_edits(text: str) -> list[Edit]:
    """Half-width or mixed bracket pairs in Chinese text become full-width pairs."""
    out: list[Edit] = []
    line_start = 0
    for line in text.split("\n"):
        stack: list[int] = []
        for i, c in enumerate(line):
            if c in "(（":
                stack.append(-1 if c == "(" and i and line[i - 1] == "]" else i)  # [text](url): Markdown
            elif c in ")）" and stack and stack[-1] == -1:
                stack.pop()
            elif c in ")）" and stack:
                j = stack.pop()
                inner = line[j + 1 : min(i, j + 41)]  # enough to tell Chinese; bounded on deep nesting
                if line[j] == "(" and c == ")" and PINYIN.fullmatch(inner):
                    continue  # 任務(wù): a converter's pinyin, which converter-debris removes
                before = line[j - 1] if j else ""
                after = line[i + 1] if i + 1 < len(line) else ""
                chinese = any(_is_cjk(x) for x in (before, after)) or any(_is_cjk(x) for x in inner)
                mixed = (line[j] == "(") != (c == ")")
                if mixed or (line[j] == "(" and chinese):
                    if line[j] == "(":
                        out.append(Edit(line_start + j, line_start + j + 1, "(", "（"))
                    if c == ")":
                        out.append(Edit(line_start + i, line_start + i + 1, ")", "）"))
        line_start += len(line) + 1
    return out


def _is_cjk(c: str) -> bool:
    return bool(c) and ("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


_OWN_FIELD = re.compile(rf"(?:{FORM_FIELD})\s*[:：]")


def punctuation_fix(doc: Summary) -> list[Edit]:
    return outside(punctuation_edits(doc.text), protected(doc.text, doc.markdown))


@register_check(
    ("punctuation", "warning", "中文之間的半角標點（, . : ; ( ) ? !）和半角全角混用的括號"), fix=punctuation_fix
)
def _punctuation(ctx: Ctx) -> Iterable[Finding]:
    # a web page's byline (发布时间:2025-07-03) is not the summary's text: --fix still mends it
    # but the office's own form lines (聯繫人:周曉嵐, 填報人:…) are its text, and reported
    aside = sorted(
        (b.offset, b.offset + len(b.text))
        for b in ctx.doc.extra
        if b.offset >= 0 and not _OWN_FIELD.match(to_simplified(b.text.strip()))
    )
    starts = [a for a, _ in aside]

    def set_aside(at: int) -> bool:  # bisect: a pasted page may hold thousands of such lines
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < aside[i][1]

    edits = [e for e in punctuation_fix(ctx.doc) if not set_aside(e.start)]
    for edit in edits[:50]:
        said = (
            f"中文之間用了半角或不成對的標點「{edit.before}」，應為「{edit.after}」"
            if edit.after
            else "引語已以句號等結束，引號後的「。」是多餘的"
        )
        yield ctx.at(
            "punctuation",
            edit.start,
            f"{said}（zongjie check --fix 可自動改正）。",
            ctx.doc.text[max(0, edit.start - 8) : edit.end + 8],
        )
    if len(edits) > 50:
        yield ctx.nowhere("punctuation", f"另有 {len(edits) - 50} 處半角標點未逐一列出。")
