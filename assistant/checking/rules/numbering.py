"""Heading numbers: one sequence per level without gaps or restarts, and the GB/T 9704 levels
一、 → （一） → 1. → （1）. One walk over the headings serves the rules and their fix."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant.checking.edits import Edit
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.numbers import int_to_cn
from assistant.summary.nodes import Section
from assistant.summary.parts import Summary

# GB/T 9704-2012: 一、 → （一） → 1. → （1）
LEVEL_STYLES = ("cn", "paren_cn", "num", "paren_num")
# 第一、 and 其一， stand where 一、 would: they count the first level, yet are no 一、 to renumber
WORD_LEVELS = ("di", "qi")


LEVEL_EXAMPLES = ("一、", "（一）", "1.", "（1）")


def level_marker(depth: int, number: int) -> str:
    """The GB/T 9704 marker of heading ``number`` at ``depth`` (1 to 4)."""
    return (f"{int_to_cn(number)}、", f"（{int_to_cn(number)}）", f"{number}.", f"（{number}）")[depth - 1]


def numbered_groups(tree: list[Section]) -> Iterator[tuple[list[Section], int, Section | None]]:
    """Each group of sibling headings with its GB/T 9704 depth (from 1) and its parent: the one
    walk the rule and the fix share. Only numbered (一、（一）1.（1）) headings count a level."""

    def walk(
        siblings: list[Section], depth: int, parent: Section | None
    ) -> Iterator[tuple[list[Section], int, Section | None]]:
        yield siblings, depth, parent
        for s in siblings:
            if s.children:
                yield from walk(s.children, depth + (1 if s.style in LEVEL_STYLES + WORD_LEVELS else 0), s)

    yield from walk(tree, 1, None)


def sibling_groups(doc: Summary) -> list[list[Section]]:
    """Headings that share a parent (the top level, then each heading's children)."""
    return [doc.tree] + [s.children for _, s in doc.headings() if s.children]


def _opens_new_list(previous: Section) -> bool:
    """A paragraph ending in a colon under the previous item (8月份工作打算：) leads in a list of
    its own: numbering starts again at 1 after it."""
    return bool(previous.paragraphs) and previous.paragraphs[-1].text.rstrip().endswith(("：", ":"))


def _runs(numbered: list[Section]) -> list[list[Section]]:
    """The numbered siblings cut where a lead-in opens a new list."""
    runs: list[list[Section]] = []
    for n, s in enumerate(numbered):
        if n == 0 or (s.number == 1 and _opens_new_list(numbered[n - 1])):
            runs.append([])
        runs[-1].append(s)
    return runs


def _runs_on(item: Section) -> bool:
    """1、…；2、…；3、… written in one line: the first mark heads a list that goes on inline."""
    mark = re.compile(rf"(?:^|[；;。，,])\s*{(item.number or 1) + 1}\s*[、.．]")
    return any(mark.search(text) for text in (item.title, *(p.text for p in item.paragraphs)))


def numbering_edits(doc: Summary) -> list[Edit]:
    """Markers to change so that every numbered heading follows the GB/T 9704 sequence by its
    depth. Numbers are kept when they already run 1, 2, 3…; a group that mixed styles or
    restarted is numbered afresh."""
    edits: list[Edit] = []
    for siblings, depth, _parent in numbered_groups(doc.tree):
        if depth > len(LEVEL_STYLES):
            continue
        all_numbered = [s for s in siblings if s.style in LEVEL_STYLES and s.number is not None]
        for numbered in _runs(all_numbered) if all_numbered else []:
            first = numbered[0].number
            consecutive = first is not None and all(s.number == first + i for i, s in enumerate(numbered))
            same_style = len({s.style for s in numbered}) <= 1
            for n, s in enumerate(numbered, 1):
                number = (s.number or n) if consecutive and same_style else n
                target = level_marker(depth, number)
                if s.marker != target and doc.text[s.offset : s.offset + len(s.marker)] == s.marker:
                    end = s.offset + len(s.marker)
                    if not target[-1].isascii():  # 1. 客戶服務 -> （一）客戶服務: no space after a Chinese mark
                        while end < len(doc.text) and doc.text[end] in " \t":
                            end += 1
                    edits.append(Edit(s.offset, end, doc.text[s.offset : end], target))
    return edits


@register_check(
    ("numbering", "warning", "一、二、四；編號重新開始；混用一、和 1、；只有（一）沒有（二）"), fix=numbering_edits
)
def _numbering(ctx: Ctx) -> Iterable[Finding]:
    for siblings in sibling_groups(ctx.doc):
        numbered = [s for s in siblings if s.number is not None and not s.style.startswith("md")]
        if not numbered:
            continue
        styles = {s.style for s in numbered}
        if len(styles) > 1:
            odd = next(s for s in numbered if s.style != numbered[0].style)
            yield ctx.at(
                "numbering",
                odd.offset,
                f"同一級標題混用了「{numbered[0].marker}」和「{odd.marker}」兩種編號。",
                odd.heading,
            )
            continue
        puncts = {s.marker[-1] for s in numbered}
        if len(puncts) > 1:
            odd = next(s for s in numbered if s.marker[-1] != numbered[0].marker[-1])
            yield ctx.at(
                "numbering",
                odd.offset,
                f"同一級編號的標點不一致（「{numbered[0].marker}」與「{odd.marker}」），請統一。",
                odd.heading,
            )
        for run in _runs(numbered):  # 8月份工作打算： then 1. 2. 3. again: a list of its own
            expected = 1
            for s in run:
                if s.number != expected:
                    what = "重新從頭編號" if s.number is not None and s.number < expected else "跳號"
                    yield ctx.at(
                        "numbering", s.offset, f"編號{what}：這裡應為第{expected}項，寫成了「{s.marker}」。", s.heading
                    )
                    expected = (s.number or 0) + 1
                else:
                    expected += 1
        if len(numbered) == 1 and numbered[0].number == 1 and numbered[0].rank > 1 and not _runs_on(numbered[0]):
            only = numbered[0]
            yield ctx.at(
                "numbering", only.offset, f"只有「{only.marker}」沒有第二項；只有一項時不必編號。", only.heading
            )


@register_check(
    ("numbering-level", "warning", "不合 GB/T 9704 的層次：一、 → （一） → 1. → （1），如「（一）」下用了「一、」"),
    ("numbering-advice", "info", "「一、」下直接用「1、」：常見的寫法，按 GB/T 9704 中間應有「（一）」；全文只提一次"),
    fix=numbering_edits,
)
def _numbering_level(ctx: Ctx) -> Iterable[Finding]:
    skipped: list[Section] = []  # 1、 straight under 一、: the commonest real usage, advised once
    for siblings, depth, parent in numbered_groups(ctx.doc.tree):
        numbered = [s for s in siblings if s.style in LEVEL_STYLES]
        if not numbered or depth > len(LEVEL_STYLES):
            continue
        first = numbered[0]
        expected = LEVEL_STYLES[depth - 1]
        if first.style == expected:
            continue
        if parent is not None and not parent.marker and depth == 1:
            continue  # 1. 2. 3. under a heading line with no number (下步打算): a list, not a level
        if parent is not None and parent.style in LEVEL_STYLES + WORD_LEVELS and first.rank > parent.rank + 1:
            if parent.style in ("cn", *WORD_LEVELS) and first.style == "num":
                skipped.append(first)
                continue
            message = (
                f"跳過了一級：「{parent.marker}」下面直接用了「{first.marker}」，"
                f"按 GB/T 9704 應為「{LEVEL_EXAMPLES[depth - 1]}」。"
            )
        else:
            message = (
                f"第{depth}級標題應該用「{LEVEL_EXAMPLES[depth - 1]}」式編號，寫成了「{first.marker}」"
                "（GB/T 9704 的順序是 一、 （一） 1. （1））。"
            )
        yield ctx.at("numbering-level", first.offset, message, first.heading)
    if skipped:
        where = "" if len(skipped) == 1 else f"等 {len(skipped)} 處"
        yield ctx.at(
            "numbering-advice",
            skipped[0].offset,
            f"「一、」下直接用了「1、」{where}：這是常見寫法；按 GB/T 9704，中間應有「（一）」（--fix 可改）。",
            skipped[0].heading,
        )
