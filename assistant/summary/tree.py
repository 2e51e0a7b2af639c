"""The structure of a work summary: title, opening, numbered headings, paragraphs, closing.

Shared by ingest (chunking by section) and the checker (section map, numbering). Matching is
done on Simplified text (OpenCC) so both scripts behave alike; node text stays as written.
"""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.core.numbers import cn_to_int
from assistant.core.text import fold
from assistant.summary.layout import (
    ENGLISH_BESIDE,
    SYMBOL_MARKS,
    bare_part_title,
    completes_title,
    join_broken,
    looks_like_title,
    match_marker,
    needs_segmenting,
    prepare_lines,
    same_title,
    segment_lines,
    split_heading,
    split_slides,
    unspaced,
)
from assistant.summary.nodes import EnumItem, Line, Paragraph, ParseTree, Section, classify_heading
from assistant.summary.tail import para_of, set_aside, split_closing, split_signature

__all__ = ["parse_tree"]

# In-paragraph enumerations: 一是…二是…, 一要…二要…
_ENUM = re.compile(r"(?:^|(?<=[。；;：:，,！？\s]))(?P<n>[一二三四五六七八九十])(?P<w>是|要|抓)")


_BAR_ROW = re.compile(r"\|\s*(?P<head>[^|]{0,12}?)\s*\|\s*(?P<rest>[^|]*?)\s*\|")


def _row_cells(ln: Line) -> list[Line]:
    """A two-cell row whose first cell is a part's title, as that title and the text under it."""
    barred = _BAR_ROW.fullmatch(
        ln.text.strip()
    )  # (| 存在问题 | 1. … |: a form turned into text with bars — heldout79t)
    if barred and not ln.md_level:
        head, rest = barred["head"], barred["rest"]
        if not head.strip():  # (|  | 2. … |: the row goes on under the title above)
            at = ln.text.find(rest) if rest else 0
            return [Line(ln.no, rest, 0, ln.offset + at, ln.col + at)] if rest else []
        tab = "\t"
    else:
        head, tab, rest = ln.text.partition("\t")
    if not tab or ln.md_level or "\t" in rest or len(rest.strip()) < 8:
        return [ln]
    title = Line(ln.no, head.strip(), 0, ln.offset, ln.col)
    if not head.strip() or not bare_part_title(title):
        return [ln]
    at = len(ln.text) - len(rest.lstrip())
    return [title, Line(ln.no, rest.strip(), 0, ln.offset + at, ln.col + at)]


_PLAIN_PART_TITLES = frozenset(
    "存在问题 存在的问题 存在的不足 不足之处 问题与不足 问题和不足 下一步计划 下一步打算 下步打算 下一步工作计划"
    " 工作中的不足 工作中存在的问题 存在的困难 困难和问题 遇到的困难 遇到的难题".split()
)


def parse_tree(text: str, line_offset: int = 0, markdown: bool = True) -> ParseTree:
    """Parse Markdown (or, with ``markdown=False``, plain text, where ``**`` is a gap to fill and
    not bold) into a :class:`ParseTree`."""
    doc = ParseTree()
    lines = split_slides(prepare_lines(text, line_offset, markdown))
    if needs_segmenting(lines):
        lines = segment_lines(lines)
        doc.segmented = True
    lines = set_aside(doc, lines)
    # a WeChat post titles its parts 【暖心养老｜家门口的幸福食堂】: headings, when there are several
    if sum(1 for ln in lines if BRACKET_HEADING.match(ln.text)) >= 2:
        lines = [
            Line(ln.no, ln.text[1:-1].strip(), 2, ln.offset, ln.col) if BRACKET_HEADING.match(ln.text) else ln
            for ln in lines
        ]
    # a table's rows pasted as text (存在问题<TAB>一是…: heldout54t's 工作总结表): a part's title in the
    # first cell heads the row's text, as it would on a line of its own
    lines = [cell for ln in lines for cell in _row_cells(ln)]
    # part titles on lines of their own with no number (一年來的主要做法 / 還存在的短處 / 來年工作打算):
    # headings, when the text has two of them or more, above any 一、 under them (成績 / 一、…)
    # (or one written as a two-part slogan, 补齐短板强弱项　正视不足找差距: heldout55t's 物业 with its plans cut)
    bare = [ln for ln in lines[1:] if bare_part_title(ln)]
    slogan = len(bare) == 1 and re.fullmatch(r"[\u4e00-\u9fff]\S{3,9}[ \u3000]+\S{4,10}", bare[0].text.strip())
    # (or the year's plans named by the year alone, 2027年工作安排: heldout57t's 应急办)
    yeared = len(bare) == 1 and re.fullmatch(
        r"(?:19|20)[0-9]{2}年度?(?:工作)?(?:安排|计划|打算|思路|重点|设想)", unspaced(bare[0].text).strip()
    )
    # (or one over a numbered list, 几点不足 / 1. …: heldout59t's month-by-month report with its plans cut)
    after = next((lines[n + 1] for n, ln in enumerate(lines[:-1]) if bare and ln is bare[0]), None)
    # (not where 一、 or （一） heads the parts before it: 明年重点抓好以下几项工作： over 1. 2. is the opening's,
    # hostile60; and in the text's second half: a 下一步 over its own 1. 2. inside the work, hostile62)
    at = next((n for n, ln in enumerate(lines) if bare and ln is bare[0]), 0)
    # (by lines, or by what is written: four long paragraphs of work over 第四季度工作安排 and its four short plans are
    # the text's first half by lines, not by words — heldout74t)
    written = sum(len(ln.text) for ln in lines)
    lone = (
        len(bare) == 1
        and (at >= len(lines) // 2 or sum(len(ln.text) for ln in lines[:at]) >= 0.6 * written)
        and not any(
            re.match(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]", ln.text) for ln in lines[:at]
        )
    )
    # over a numbered list, or the part's own plain name over a paragraph (存在问题 / 志愿者队伍…: hostile62)
    named = lone and re.sub(r"[\s：:]", "", fold(bare[0].text)) in _PLAIN_PART_TITLES
    # (or over a list told 一是…；二是… in one paragraph: heldout65t's quarter)
    over_list = (
        lone
        and after is not None
        and (
            match_marker(after.text) is not None
            or named
            or bool(re.match(r"[一二三四五六七八九十]是", after.text.strip()))
        )
    )
    if len(bare) >= 2 or (
        (slogan or yeared or over_list) and set(classify_heading(bare[0].text)) & {"problems", "plans"}
    ):
        lines = lines[:1] + [_as_part_title(ln) if bare_part_title(ln) else ln for ln in lines[1:]]
    # a plan's lead-in over the text's only numbered list (下一步，网格站将重点做好三项工作： / （一）… （二）…, in a
    # summary told 一是…五是… with no headings: heldout62t): the plans' heading, its list under it
    listed_at = [n for n, ln in enumerate(lines) if match_marker(ln.text) is not None]
    lead = listed_at[0] - 1 if listed_at else -1
    if (
        len(listed_at) >= 2
        and lead >= len(lines) // 2
        and not lines[lead].md_level
        and re.search(r"[：:]$", lines[lead].text.strip())
        and re.match(r"(?:下一步|下步|今后|下一阶段|下阶段|明年|来年|新的一年)", fold(lines[lead].text.strip()))
        and listed_at == list(range(lead + 1, lead + 1 + len(listed_at)))
    ):
        lines = [*lines[:lead], _as_part_title(lines[lead]), *lines[lead + 1 :]]
    # 结束语 / 写在最后 alone on a line in the second half heads the closing, even as the text's only
    # bare title (a slide deck's last slide, heldout36)
    half = len(lines) // 2
    lines = [
        Line(ln.no, ln.text, 1, ln.offset, ln.col)
        if n >= half and not ln.md_level and _CLOSING_TITLE.match(fold(unspaced(ln.text)))
        else ln
        for n, ln in enumerate(lines)
    ]
    if lines and not lines[0].md_level:
        joined = _TITLE_THEN_OPENING.match(lines[0].text)
        if joined and not looks_like_title(lines[0].text):  # 景苑社区…工作总结　上半年，景苑社区…
            head, at = lines[0], joined.start("rest")
            lines = [
                Line(head.no, joined["title"], 0, head.offset, head.col),
                Line(head.no, joined["rest"], 0, head.offset + at, head.col + at),
                *lines[1:],
            ]
    start = 0
    if lines and (lines[0].md_level == 1 or looks_like_title(lines[0].text)):
        doc.title, doc.title_line = lines[0].text, lines[0].no
        doc.title_col, doc.title_offset = lines[0].col, lines[0].offset
        start = 1
        # a subtitle (——记…, （2024年12月）) under the title belongs to it; a page that prints its
        # title again under its bylines (a web copy) repeats it, and the repeat belongs to nothing
        while start < len(lines) and (
            _SUBTITLE.match(lines[start].text) or (start <= 4 and same_title(doc.title, lines[start].text))
        ):
            doc.extra.append(para_of(lines[start]))
            start += 1
        if start == 1 and start < len(lines) and completes_title(doc.title, lines[start].text):
            doc.title_more.append(para_of(lines[start]))  # 海灣坊眾互助會 / 2026年度工作總結
            start += 1
    lines = join_broken(lines, start)[start:]

    stack: list[Section] = []
    ranks = _author_ranks(lines)
    symbols = _symbol_order(lines)
    emoji_rank = _emoji_rank(lines)
    listing = ""  # the marker style of a list of points before any heading
    for ln in lines:
        marked = match_marker(ln.text)
        if ln.md_level and not marked:
            # A Markdown heading without a marker: its depth gives the rank (## is top level, a # past
            # the title or a bare part title above any 一、).
            rank = max(0, ln.md_level - 1)
            section = Section(title=ln.text, line=ln.no, style=f"md{ln.md_level}", rank=rank)
            section.offset, section.col = ln.offset, ln.col
            _push(doc, stack, section)
            continue
        point = ln.text.rstrip().endswith(("。", "；", ";"))  # a point is a sentence; 1、党建引领 is a part's title
        if marked and point and not stack and marked[0] != "cn" and (marked[0] == listing or _list_lead(doc.opening)):
            doc.opening.append(para_of(ln))  # 明年重点抓好以下几项工作： then 1.… 2.…: its points, no parts
            listing = marked[0]
            continue
        if marked:
            style, rank, marker, number = marked
            rank = ranks.get(style, rank)
            if style in SYMBOL_MARKS:  # ■ 主要工作 over ◆ 黨建引領: a second symbol nests under the first
                rank += symbols.index(marker.strip()[0])
            if style == "emoji":
                rank = emoji_rank
            title, body, statement = split_heading(ln.text[len(marker) :])
            top = stack[-1] if stack else None
            if (
                top is not None
                and top.style != style
                and not top.paragraphs
                and not top.children
                and fold(title) == fold(top.title)
            ):
                doc.extra.append(para_of(ln))  # PART 02 存在不足 then 02 存在不足: one heading, printed twice
                continue
            labelled = _PART_LABEL.match(ln.text[len(marker) :])
            if labelled and classify_heading(labelled.group(1))[0] in ("problems", "plans", "closing"):
                title, body, statement = labelled.group(1), labelled.group(2).strip(), False  # 四、結束語：一年來…
            section = Section(
                title=title.rstrip("。.:："),
                line=ln.no,
                marker=marker,
                style=style,
                rank=rank,
                number=number,
                inline=bool(body) and bool(title),
                statement=statement,
                full_sentence=statement,
                offset=ln.offset,
                col=ln.col,
            )
            _push(doc, stack, section)
            if body:
                at = ln.text.rfind(body)
                section.paragraphs.append(Paragraph(body, ln.no, offset=ln.offset + at, col=ln.col + at))
            continue
        para = para_of(ln)
        if stack:
            stack[-1].paragraphs.append(para)
        else:
            doc.opening.append(para)

    for _, section in doc.headings():
        # a heading that is a full sentence with nothing under it is a list item, not an empty section
        section.statement = section.statement and not section.paragraphs and not section.children
    for section in doc.sections:
        section.roles = classify_heading(
            section.title or (section.paragraphs[0].text[:20] if section.paragraphs else "")
        )
    for n, section in enumerate(doc.sections):
        # 須跟進事項 before a plans part of its own (下月工作重點): what is still wrong, not the plans
        later = any(s.roles == ["plans"] for s in doc.sections[n + 1 :])
        if section.roles in (["plans"], ["work"]) and later and _FOLLOW_UP.search(fold(section.title)):
            section.roles = ["problems"]
    first = doc.sections[0] if doc.sections else None
    # 一、下半年主要工作 in a 下半年 summary is its work, not its plans (heldout45t): the first part, named
    # for the period the title sums up, with a problems part after it
    span = _OWN_SPAN.match(fold(first.title)) if first is not None and first.roles == ["plans"] else None
    if (
        first is not None
        and span
        and span["span"] in fold(doc.title or "")
        and any(s.roles == ["problems"] or "problems" in s.roles for s in doc.sections[1:])
    ):
        first.roles = ["work"]
    if first is not None and not doc.opening and len(doc.sections) >= 3 and _OVERVIEW.search(fold(first.title)):
        first.roles = ["other"]  # 壹、防汛期概況 with nothing before it: the text's opening
    _find_enumerations(doc)
    split_signature(doc)
    split_closing(doc)
    return doc


# a paragraph that announces a list of points (以下几项工作：), not the formula before the parts (现将…如下：)
_LIST_LEAD = re.compile(
    r"(?:以下|下列)(?:[0-9一二三四五六七八九十几]+)?(?:(?:项|点|个方面|件|条)[^，。；]{0,6}|(?:工作|事项|任务|措施))[：:]$"
)  # (…打算做好以下工作：, heldout67t)


def _list_lead(opening: list[Paragraph]) -> bool:
    """Whether the text before any heading ends on a lead-in to a list, after other paragraphs."""
    if len(opening) < 2:
        return False
    last = fold(opening[-1].text.strip())
    # a plan's or a problem's lead-in (明年重点抓好以下几项工作：), not the work's (主要做了以下几个方面的工作：,
    # whose 1、 lines are the text's parts: the hostile pass)
    aims = re.search(r"明年|下一步|下步|今后|下阶段|下一阶段|打算|计划|问题|不足|困难|短板|建议", last)
    return bool(_LIST_LEAD.search(last)) and bool(aims) and not re.search(r"现将|如下", last)


_OWN_SPAN = re.compile(
    r"^(?P<span>上半年|下半年|第[一二三四]季度|[一二三四]季度)(?:的)?(?:主要|重点)?工作(?:情况|开展情况|完成情况)?$"
)

# a title with the opening typed on after it on the same line (heldout36)
_TITLE_THEN_OPENING = re.compile(
    r"^(?P<title>[^\s，。；]{6,40}?(?:工作总结|工作小结|工作汇报|工作报告|总结|小结))\s+(?P<rest>[^\s].{9,}[。！]$)"
)
_CLOSING_TITLE = re.compile(r"^(?:结语|结束语|写在最后|尾声)[:：]?$")
_FOLLOW_UP = re.compile(r"跟进事项|后续工作|后续安排|待办事项|待跟进")
_OVERVIEW = re.compile(r"^.{0,6}(?:概况|概述|简介|说明)$")
_PART_LABEL = re.compile(r"^\s*([^，,。；;：:]{2,8})[：:]\s*(\S.*)$")


BRACKET_HEADING = re.compile(r"^【(?!待[补補填确確])[^】\s][^】]{1,30}】$")  # 【待補：…】 is a gap, not a heading
_SUBTITLE = re.compile(r"^(?:——|—|--)|^[（(][^）)]{0,30}[）)]$")  # （2026年第49周　12月1日—12月7日）


def _author_ranks(lines: list[Line]) -> dict[str, int]:
    """The ranks of the marker styles as this author used them: GB/T 9704's (一、 （一） 1. （1）)
    when the styles first appear in that order, or when the text starts mid-way (a fragment
    whose first heading is not number 1); otherwise the order they first appear in, so that 1、
    parts with (1) points and an (一) list under a part keep their places."""
    order: list[tuple[str, int]] = []
    first_number: int | None = None
    for ln in lines:
        marked = match_marker(ln.text)
        if marked is None:
            continue  # (## 一、主要工作 counts: 1. under it is its point, not a part beside it)
        if first_number is None:
            first_number = marked[3]
        if marked[0] not in {style for style, _ in order}:
            order.append((marked[0], marked[1]))
    fixed = [rank for _, rank in order]
    if fixed == sorted(fixed) or first_number != 1:
        return {}
    return {style: n for n, (style, _) in enumerate(order, 1)}


def _as_part_title(ln: Line) -> Line:
    """A bare part title as a top heading, without the English printed before it (Challenges 面對的困難)."""
    english = ENGLISH_BESIDE.match(ln.text)
    cut = english.end() if english else 0
    return Line(ln.no, ln.text[cut:], 1, ln.offset + cut, ln.col + cut)


def _emoji_rank(lines: list[Line]) -> int:
    """Pictograph heads (🏠 上半年我们做了这些事) over everything when a post opens its parts with
    them, its 【党建引领】 titles under them; under the numbered parts when those come first."""
    for ln in lines:
        marked = match_marker(ln.text)
        if marked is not None or ln.md_level:
            return 0 if marked is not None and marked[0] == "emoji" else 2
    return 0


def _symbol_order(lines: list[Line]) -> list[str]:
    """The symbols that head lines (■ ◆ ▶), in the order they first appear."""
    order: list[str] = []
    for ln in lines:
        marked = match_marker(ln.text)
        if marked and marked[0] in SYMBOL_MARKS and marked[2].strip()[0] not in order:
            order.append(marked[2].strip()[0])
    return order


def list_leads(headings: list[Section]) -> set[int]:
    """The ids of headings, in document order, that lead in a list of another style ranked beside
    them ((三)下季度工作安排 then 1、 2、 3、): not empty, though nothing is under them in the tree."""
    return {id(s) for s, after in pairwise(headings) if after.style != s.style and after.number == 1}


def _push(doc: ParseTree, stack: list[Section], section: Section) -> None:
    while stack and stack[-1].rank >= section.rank:
        stack.pop()
    if stack:
        stack[-1].children.append(section)
    else:
        doc.sections.append(section)
    stack.append(section)


def _find_enumerations(doc: ParseTree) -> None:
    groups: list[list[Paragraph]] = [doc.opening]
    for _, s in doc.headings():
        groups.append(s.paragraphs)
    for paragraphs in groups:
        expected = 1
        for para in paragraphs:
            items: list[EnumItem] = []
            for m in _ENUM.finditer(para.text):
                n = cn_to_int(m.group("n")) or 0
                if n == 1:
                    expected = 1
                if n == expected:
                    items.append(EnumItem(n, m.group("w"), m.start("n")))
                    expected += 1
            # a lone "一是" is not an enumeration unless a later paragraph continues it
            para.enum = items
