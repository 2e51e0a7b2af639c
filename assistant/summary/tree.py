"""The structure of a work summary: title, opening, numbered headings, paragraphs, closing.

Shared by ingest (chunking by section) and the checker (section map, numbering). Matching is
done on Simplified text (OpenCC) so both scripts behave alike; node text stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from assistant.core.furniture import (
    SIGNATURE_DATE,
    SIGNATURE_ORG,
    SIGNATURE_POST,
    is_byline,
    is_signature_line,
    org_line,
)
from assistant.core.numbers import cn_to_int, find_figures, int_to_cn
from assistant.core.roles import (
    CLOSING_CONTINUE,
    CLOSING_CUE,
    CLOSING_HEADING,
    CLOSING_RESOLVE,
    CLOSING_SOFT,
    LEAD_IN,
    OTHER_HEADING,
    PLAN_HEADING,
    PLAN_INTENT,
    PLAN_LIST,
    PLAN_START,
    PROBLEM_CUE,
    PROBLEM_HEADING,
    RALLYING,
    closes_with_formula,
)
from assistant.core.script import to_simplified
from assistant.core.text import SENTENCE_END, fold, sentences

__all__ = ["parse_tree"]

CN_DIGITS = "零一二三四五六七八九十百"
_CN = f"[{CN_DIGITS}]+"

# Heading styles by rank: a heading nests under the nearest earlier heading of a lower rank,
# so "1、" straight under "一、" (as in several samples) works without a "（一）" between.
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    # Taiwan's 公文 put 壹、貳、 above 一、
    ("tw", 0, re.compile(r"^(?P<m>(?P<n>[壹貳贰參叁肆伍陸陆柒捌玖拾]{1,2})\s*、)")),
    # 第一部分 主要做法及成效: a report in parts, above any 一、
    ("part", 0, re.compile(rf"^(?P<m>第(?P<n>{_CN})部分\s*[、：:．.]?\s*)(?=\S)")),
    # 01 簽約覆蓋穩步擴大: a WeChat article's numbered headings
    ("zero", 1, re.compile(r"^(?P<m>(?P<n>0[1-9])\s+)(?=[\u4e00-\u9fff])")),
    ("cn", 1, re.compile(rf"^(?P<m>(?P<n>{_CN})\s*[、.．,，:：])")),
    # 第一、工作開展情況 and 其一，全年工作概況: parts counted in words (a school's, Macau's)
    ("di", 1, re.compile(rf"^(?P<m>第(?P<n>{_CN})\s*[、.．,，:：]\s*)(?=\S)")),
    ("qi", 1, re.compile(rf"^(?P<m>其(?P<n>{_CN})\s*[、.．,，:：]\s*)(?=\S)")),
    # 【一】加強師資培訓: a numeral in lenticular brackets heads a part (Macau, Hong Kong), above any 一、
    ("bracket_cn", 0, re.compile(rf"^(?P<m>【(?P<n>{_CN})】\s*)(?=\S)")),
    ("paren_cn", 2, re.compile(rf"^(?P<m>[（(]\s*(?P<n>{_CN})\s*[)）][、.．]?)")),
    ("num", 3, re.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9０-９])))")),
    ("paren_num", 4, re.compile(r"^(?P<m>[（(]\s*(?P<n>[0-9０-９]{1,2})\s*[)）][、.．]?)")),
    ("circled", 5, re.compile(r"^(?P<m>(?P<n>[①②③④⑤⑥⑦⑧⑨⑩]))")),
    # Ⅰ、主要工作 and the symbols a phone or WeChat post heads its parts with (◆保安及消防, ★…, 📌…)
    ("roman", 1, re.compile(r"^(?P<m>(?P<n>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[、.．]?\s*)(?=\S)")),
    # A. 滅火救援 … E. 下半年工作計劃: capital letters over short Chinese titles (never a list item)
    ("latin", 1, re.compile(r"^(?P<m>(?P<n>[A-HＡ-Ｈ])\s*[.．、]\s*)(?=[\u4e00-\u9fff])")),
    ("symbol", 1, re.compile(r"^(?P<m>(?P<n>[◆◇■□●★☆▶►◎◉※✦❖✅✔📌🔹🔸📍👉])\ufe0f?\s*)(?=[^\s\d])")),
    # ▲ also marks a photo's caption (▲街道黨工委書記走訪慰問…): a heading only when it is short or names a part
    ("caption_mark", 1, re.compile(r"^(?P<m>(?P<n>[▲△])\s*)(?=[^\s\d])")),
]
SYMBOL_MARKS = frozenset({"symbol", "caption_mark"})  # heading marks that are also list bullets
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# Markdown markup around text; "__" is emphasis only at a word's edge (共__份 is a gap to fill).
_MD_NOISE = re.compile(r"^\s*(?:>\s*|[-*+]\s+(?=\S))|\*\*|(?<!\S)__(?=\S)|(?<=\S)__(?!\S)|^\*(?=[^*\s])|(?<=[^*\s])\*$")

# A line that ends like this is complete; otherwise the next plain line continues it
# (the seed has a page break in the middle of a word).
_COMPLETE_END = "。！？!?；;：:，,、.．”\"’'）)】」』…—"

_HEADING_MAX = 40  # longest text that still reads as a heading title
# a PDF's lines: at least 5 of 15 characters or more, half of them within 3 of one width
_WRAP_MIN, _WRAP_LINES, _WRAP_SLACK = 15, 5, 3
_SENTENCE_DONE = "。！？!?；;：:…"
_CLOSERS = "”\"’'）)】」』"


def _stops(text: str) -> bool:
    """Whether a line ends a sentence (…。 or …。」), not a quotation mid-sentence (“街長制”)."""
    text = text.rstrip(_CLOSERS) or text
    return text[-1] in _SENTENCE_DONE


_LATIN_TITLE_MAX = 16  # A. 滅火救援: a letter marks a heading only over a short title

# In-paragraph enumerations: 一是…二是…, 一要…二要…
_ENUM = re.compile(r"(?:^|(?<=[。；;：:，,！？\s]))(?P<n>[一二三四五六七八九十])(?P<w>是|要|抓)")


@dataclass
class EnumItem:
    number: int
    word: str
    start: int  # offset in the paragraph text


@dataclass
class Paragraph:
    text: str
    line: int
    enum: list[EnumItem] = field(default_factory=list)
    offset: int = -1  # where the text starts in the parsed text (-1: not known)
    col: int = 1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line, "start": self.text[:12], "end": self.text[-6:]}
        if self.enum:
            out["enum"] = [f"{int_to_cn(e.number)}{e.word}" for e in self.enum]
        return out


@dataclass
class Section:
    title: str
    line: int
    marker: str = ""
    style: str = ""
    rank: int = 1
    number: int | None = None
    inline: bool = False  # the heading ran on into its paragraph
    statement: bool = False  # the heading line is itself a full sentence (a list item)
    full_sentence: bool = False  # the heading text ended a sentence, whatever follows it
    offset: int = -1  # where the heading line starts in the parsed text
    col: int = 1
    paragraphs: list[Paragraph] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # top-level sections only

    @property
    def role(self) -> str:
        return self.roles[0] if self.roles else ""

    @property
    def heading(self) -> str:
        return f"{self.marker}{self.title}"

    def walk(self, path: tuple[Section, ...] = ()) -> Iterator[tuple[tuple[Section, ...], Section]]:
        """Depth first: (ancestors, section) for this section and all below it."""
        yield path, self
        for child in self.children:
            yield from child.walk((*path, self))

    def all_paragraphs(self) -> list[Paragraph]:
        return [p for _, s in self.walk() for p in s.paragraphs]

    def text(self) -> str:
        parts: list[str] = []
        for _, s in self.walk():
            parts.append(s.heading)
            parts.extend(p.text for p in s.paragraphs)
        return "\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line, "marker": self.marker, "title": self.title}
        if self.roles:
            out["roles"] = list(self.roles)
        if self.inline:
            out["inline"] = True
        if self.statement:
            out["statement"] = True
        if self.paragraphs:
            out["paragraphs"] = [p.to_dict() for p in self.paragraphs]
        if self.children:
            out["children"] = [c.to_dict() for c in self.children]
        return out


@dataclass
class ParseTree:
    title: str = ""
    title_line: int = 0
    title_col: int = 1
    title_offset: int = -1
    title_more: list[Paragraph] = field(default_factory=list)  # a title's second line (…2026年度工作總結)
    opening: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    signature: list[Paragraph] = field(default_factory=list)
    # lines that belong to no part: bylines, 来源/责编 lines, what follows the signature
    extra: list[Paragraph] = field(default_factory=list)
    segmented: bool = False  # the text had (almost) no line breaks and was split into sentences

    def headings(self) -> Iterator[tuple[tuple[Section, ...], Section]]:
        for s in self.sections:
            yield from s.walk()

    def paragraphs(self) -> list[Paragraph]:
        out = list(self.opening)
        for s in self.sections:
            out.extend(s.all_paragraphs())
        return out + self.closing + self.signature

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title, "title_line": self.title_line}
        out["opening"] = [p.to_dict() for p in self.opening]
        out["sections"] = [s.to_dict() for s in self.sections]
        out["closing"] = [p.to_dict() for p in self.closing]
        if self.signature:
            out["signature"] = [p.to_dict() for p in self.signature]
        return out


# --------------------------------------------------------------------------- roles
def classify_heading(title: str) -> list[str]:
    """Roles a top-level heading stands for; problems and plans may come together."""
    simp = re.sub(r"\s+", "", fold(title)).strip("。.:：")  # 前　　言, 結　　語: spaced out to fill the line
    # 正視差距，我們還有不少短板: a clause of its own may name the part
    problems = any(PROBLEM_HEADING.search(c) for c in (simp, *re.split(r"[，,]", simp)) if c)
    plans = bool(PLAN_HEADING.search(simp))
    if problems and plans:
        return ["problems", "plans"]
    if problems:
        return ["problems"]
    if plans:
        return ["plans"]
    if CLOSING_HEADING.match(simp):
        return ["closing"]
    if OTHER_HEADING.match(simp):
        return ["other"]
    return ["work"]  # 主要工作, 成效 and the topic headings that stand for them


# --------------------------------------------------------------------------- parsing
@dataclass
class _Line:
    no: int
    text: str
    md_level: int = 0
    offset: int = -1  # where ``text`` starts in the parsed text
    col: int = 1


def match_marker(text: str) -> tuple[str, int, str, int | None] | None:
    """(style, rank, marker, number) when ``text`` starts with a heading marker."""
    for style, rank, pattern in _MARKERS:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :]
            if not rest.strip() and style != "cn":
                continue
            if style in ("cn", "di", "qi") and not _plausible_cn_heading(m.group("n"), m.group("m"), rest):
                continue
            if style == "caption_mark" and not (len(rest.strip()) <= 10 or _names_a_part(rest)):
                continue
            if style in ("symbol", "caption_mark", "latin") and re.search(r"[，,；;。！!]", rest):
                continue  # ✅ 力爭新增停車位80個，…； is a list item, not a heading
            if style == "latin":
                if len(rest.strip()) > _LATIN_TITLE_MAX:
                    continue
                return style, rank, m.group("m"), "ABCDEFGHＡＢＣＤＥＦＧＨ".index(m.group("n")) % 8 + 1
            return style, rank, m.group("m"), cn_to_int(m.group("n"))
    return None


def _names_a_part(rest: str) -> bool:
    simp = fold(rest).strip()
    return len(simp) <= 16 and (classify_heading(simp) != ["work"] or bool(WORK_PART_TITLE.match(simp)))


def _plausible_cn_heading(number: str, marker: str, rest: str) -> bool:
    # "一," or "三：" only mark a heading when clearly used as one; "一、" always does.
    if cn_to_int(number) is None:
        return False
    return marker.rstrip()[-1] in "、.．" or len(rest) <= _HEADING_MAX


def _ends_here(text: str, at: int) -> bool:
    """A sentence ends at ``at``: not inside a quotation (「…收支表.xlsx」) nor at a file name's dot."""
    if text[at] == "." and at + 1 < len(text) and text[at + 1].isascii() and text[at + 1].isalnum():
        return False
    opened = sum(text[:at].count(c) for c in "「“『")
    closed = sum(text[:at].count(c) for c in "」”』")
    return opened <= closed


def _split_heading(rest: str) -> tuple[str, str, bool]:
    """Split a marked line into (title, run-on paragraph, title is a full sentence)."""
    rest = rest.strip()
    end = next((m for m in SENTENCE_END.finditer(rest) if _ends_here(rest, m.start())), None)
    if end is None:
        if len(rest) <= _HEADING_MAX:
            return rest, "", False
        return "", rest, False  # a numbered paragraph with no title of its own
    title, body = rest[: end.start()].strip(), rest[end.end() :].strip()
    if len(title) <= _HEADING_MAX:
        return title, body, not body
    return "", rest, False


_TITLE_WORD = re.compile(r"总结|汇报|报告|小结|述职")
_TITLE_MAX = 50


def _completes_title(title: str, line: str) -> bool:
    """A short line under an office's name that says what the text is (2026年度工作總結): the
    title's second line."""
    simp = fold(line)
    return (
        not _TITLE_WORD.search(fold(title))
        and len(line) <= 24
        and bool(re.search(r"(?:工作)?(?:总结|小结|汇报|报告)$", simp))
        and not SENTENCE_END.search(simp)
        and not match_marker(line)
    )


def _looks_like_title(text: str) -> bool:
    """A first line that is a title: a short line that does not end a sentence (a news headline
    with a colon or spaces counts), or any short line naming a 总结/汇报."""
    if len(text) > 60 or match_marker(text) or is_byline(text) or SIGNATURE_DATE.match(text):
        return False
    simp = to_simplified(text)
    if len(simp) > 20 and simp.endswith("。"):  # 您好！…現將…向您簡要匯報。: a letter's first sentence
        return False
    if _TITLE_WORD.search(simp) and not re.search(r"如下[:：。.]?$", simp):  # …現簡要匯報如下。 opens
        return True
    if len(text) > _TITLE_MAX or text[-1] in "。；;，,、" or re.search(r"[。；;]", text):
        # a headline may exclaim (…大文明！…) but does not hold a full stop
        return False
    # a clause ending in a comma-free short line: headline; a sentence with commas: prose
    return len(re.findall(r"[，,]", text)) <= 1


def plain_line(raw: str) -> tuple[int, str]:
    """(Markdown heading level or 0, the line without Markdown markup and odd spaces)."""
    line = raw.replace("\u3000", " ").replace("\ufeff", "").strip()
    md_level = 0
    m = _MD_HEADING.match(line)
    if m:
        md_level, line = len(m.group(1)), m.group(2).strip().rstrip("#").strip()
    return md_level, _MD_NOISE.sub("", line).strip()


def _prepare(text: str, line_offset: int, markdown: bool = True) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    for i, raw in enumerate(text.split("\n")):
        md_level, line = plain_line(raw) if markdown else (0, raw.replace("\u3000", " ").replace("\ufeff", "").strip())
        if markdown and not md_level and _BOLD_LINE.match(raw) and not _BOLD_LABEL_END.search(line):
            md_level = 2  # **基礎服務提質增效** alone on its line: a heading, as ## would be
        if line and line not in {"---", "***", "___"}:
            at = raw.find(line[:4])
            at = at if at >= 0 else len(raw) - len(raw.lstrip())
            lines.append(_Line(i + 1 + line_offset, line, md_level, offset + at, at + 1))
        offset += len(raw) + 1
    return lines


# A text pasted with (almost) no line breaks is split before it is parsed: at heading markers that
# follow a sentence end, after a title, and where a sentence opens a part.
_SEGMENT_MIN = 300  # a line this long among very few lines is a whole text on one line
_INLINE_MARKER = re.compile(
    rf"(?<=[。！？!?；;:：\s])\s*(?=(?:{_CN}\s*、|[（(]\s*{_CN}\s*[)）]|[0-9]{{1,2}}\s*[、．]|[0-9]{{1,2}}\.(?![0-9])))"
)
_TITLE_END = re.compile(r"^.{4,48}?(?:工作)?(?:总结|汇报|小结|报告)(?!如下|汇报|一下|报告|[，。：:,、])")
# a web page's fields on one line stand apart by runs of spaces; its buttons are 【打印本页】…
_FIELD_BREAK = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?=\S)|(?=【(?:打印|关闭|收藏|字体))")


def _needs_segmenting(lines: list[_Line]) -> bool:
    if not lines:
        return False
    longest = max(len(ln.text) for ln in lines)
    if len(lines) == 1 and len(SENTENCE_END.findall(lines[0].text)) >= 3 and _INLINE_MARKER.search(lines[0].text):
        return True  # a short summary on one line: sentences and heading markers all run together
    return longest >= _SEGMENT_MIN and (len(lines) <= 3 or longest >= 4 * _SEGMENT_MIN)


def _segment(lines: list[_Line]) -> list[_Line]:
    """Split long lines into logical lines; each keeps its physical line number and column."""
    out: list[_Line] = []
    alone = len(lines) == 1  # the whole text on one line, however short
    for ln in lines:
        if (len(ln.text) < _SEGMENT_MIN and not alone) or ln.md_level:
            out.append(ln)
            continue
        cuts = {0}
        if not out:
            m = _TITLE_END.match(fold(ln.text))
            if m and m.end() < len(ln.text):
                cuts.add(m.end())
        cuts.update(m.start() for m in _INLINE_MARKER.finditer(ln.text))
        cuts.update(m.end() for m in _FIELD_BREAK.finditer(fold(ln.text)))
        spans = list(sentences(ln.text))
        for prev, span in pairwise(spans):
            simp = fold(span.text)
            if (
                SIGNATURE_DATE.match(re.split(r"[ \t\u3000]{2,}|【", simp.strip())[0])
                or LEAD_IN.search(fold(prev.text))
                or PROBLEM_CUE.match(simp)
                or PLAN_START.match(simp)
                or CLOSING_CUE.match(simp)
            ):
                cuts.add(span.start)
        bounds = sorted(c for c in cuts if 0 <= c < len(ln.text))
        for start, end in zip(bounds, [*bounds[1:], len(ln.text)], strict=False):
            piece = ln.text[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                at = start + lead
                out.append(_Line(ln.no, stripped, 0, ln.offset + at, ln.col + at))
    return out


def _wrap_width(lines: list[_Line]) -> int:
    """The width a text copied from a PDF was broken at (0: not broken so): most of its longer
    lines are within a few characters of one width, and several of them stop mid-sentence."""
    widths = sorted(len(ln.text) for ln in lines if len(ln.text) >= _WRAP_MIN)
    if len(widths) < _WRAP_LINES:
        return 0
    width = widths[len(widths) // 2]
    near = [ln for ln in lines if abs(len(ln.text) - width) <= _WRAP_SLACK]
    broken = [ln for ln in near if not _stops(ln.text)]
    return width if len(near) * 2 >= len(widths) and len(broken) >= _WRAP_LINES // 2 else 0


def _join_broken(lines: list[_Line], start: int) -> list[_Line]:
    """Join a plain line to the previous one when that one stopped mid-sentence (a page break,
    or a PDF's line width: 「…銳意進取、」 then 「真抓實幹，…」)."""
    out: list[_Line] = lines[:start]
    width = _wrap_width(lines[start:])
    for ln in lines[start:]:
        prev = out[-1] if len(out) > start else None
        wrapped = (
            prev is not None
            and width
            and len(prev.text) >= width - _WRAP_SLACK
            and not _stops(prev.text)
            and not is_signature_line(ln.text)
        )
        if (
            prev is not None
            and not ln.md_level
            and not prev.md_level
            and (wrapped or (len(prev.text) > _HEADING_MAX and prev.text[-1] not in _COMPLETE_END))
            and match_marker(ln.text) is None
        ):
            out[-1] = _Line(prev.no, prev.text + ln.text, 0, prev.offset, prev.col)
        else:
            out.append(ln)
    return out


_ATX = re.compile(r"^#{1,6}[ \t]+\S", re.M)


_BOLD_LINE = re.compile(r"^[ \t\u3000]*\*\*[^*\n]{2,40}\*\*[ \t\u3000]*$", re.M)
_BOLD_LABEL_END = re.compile(r"[。！？!?；;：:，,]$")  # **注意：** or a bold sentence is no heading


def reads_as_markdown(text: str) -> bool:
    """A .txt pasted from a Markdown editor (## 壹、前言 … or **一、本季服務概況** on lines of their
    own): two such heading lines or more say the file is Markdown whatever its name, so its marks
    are read as headings (a lone ** in plain text is a gap to fill: **年)."""
    found = _ATX.finditer(text)
    if next(found, None) is not None and next(found, None) is not None:
        return True
    return len(_BOLD_LINE.findall(text)) >= 2


def parse_tree(text: str, line_offset: int = 0, markdown: bool = True) -> ParseTree:
    """Parse Markdown (or, with ``markdown=False``, plain text, where ``**`` is a gap to fill and
    not bold) into a :class:`ParseTree`."""
    doc = ParseTree()
    lines = _prepare(text, line_offset, markdown)
    if _needs_segmenting(lines):
        lines = _segment(lines)
        doc.segmented = True
    lines = _set_aside(doc, lines)
    # a WeChat post titles its parts 【暖心养老｜家门口的幸福食堂】: headings, when there are several
    if sum(1 for ln in lines if BRACKET_HEADING.match(ln.text)) >= 2:
        lines = [
            _Line(ln.no, ln.text[1:-1].strip(), 2, ln.offset, ln.col) if BRACKET_HEADING.match(ln.text) else ln
            for ln in lines
        ]
    # part titles on lines of their own with no number (一年來的主要做法 / 還存在的短處 / 來年工作打算):
    # headings, when the text has two of them or more, above any 一、 under them (成績 / 一、…)
    if sum(1 for ln in lines[1:] if _bare_part_title(ln)) >= 2:
        lines = lines[:1] + [
            _Line(ln.no, ln.text, 1, ln.offset, ln.col) if _bare_part_title(ln) else ln for ln in lines[1:]
        ]
    start = 0
    if lines and (lines[0].md_level == 1 or _looks_like_title(lines[0].text)):
        doc.title, doc.title_line = lines[0].text, lines[0].no
        doc.title_col, doc.title_offset = lines[0].col, lines[0].offset
        start = 1
        # a subtitle (——记…, （2024年12月）) under the title belongs to it; a page that prints its
        # title again under its bylines (a web copy) repeats it, and the repeat belongs to nothing
        while start < len(lines) and (
            _SUBTITLE.match(lines[start].text) or (start <= 4 and _same_title(doc.title, lines[start].text))
        ):
            doc.extra.append(_para(lines[start]))
            start += 1
        if start == 1 and start < len(lines) and _completes_title(doc.title, lines[start].text):
            doc.title_more.append(_para(lines[start]))  # 海灣坊眾互助會 / 2026年度工作總結
            start += 1
    lines = _join_broken(lines, start)[start:]

    stack: list[Section] = []
    ranks = _author_ranks(lines)
    symbols = _symbol_order(lines)
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
        if marked:
            style, rank, marker, number = marked
            rank = ranks.get(style, rank)
            if style in SYMBOL_MARKS:  # ■ 主要工作 over ◆ 黨建引領: a second symbol nests under the first
                rank += symbols.index(marker.strip()[0])
            title, body, statement = _split_heading(ln.text[len(marker) :])
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
        para = _para(ln)
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
    if first is not None and not doc.opening and len(doc.sections) >= 3 and _OVERVIEW.search(fold(first.title)):
        first.roles = ["other"]  # 壹、防汛期概況 with nothing before it: the text's opening
    _find_enumerations(doc)
    _split_signature(doc)
    _split_closing(doc)
    return doc


_FOLLOW_UP = re.compile(r"跟进事项|后续工作|后续安排|待办事项|待跟进")
_OVERVIEW = re.compile(r"^.{0,6}(?:概况|概述|简介|说明)$")
_PART_LABEL = re.compile(r"^\s*([^，,。；;：:]{2,8})[：:]\s*(\S.*)$")
# the work part's title as offices write it on a line of its own: 一年來的主要做法, 本月工作情況
WORK_PART_TITLE = re.compile(
    r"^(?:[^，,。]{0,6}(?:主要做法|主要工作|工作开展情况|工作完成情况|工作情况|主要成效|取得的成效|工作回顾|工作亮点|亮点工作|特色工作|成绩)"
    r"|(?:本月|本季度|本期|上半年|全年|一年来|主要)?(?:工作)?(?:开展|完成|进展)?情况)$"
)


def _bare_part_title(ln: _Line) -> bool:
    """A short line with no number, no punctuation and the words of a part's title."""
    text = ln.text.strip()
    if ln.md_level or match_marker(text) or len(text) > 16 or re.search(r"[，,。；;：:！？、0-9]", text):
        return False
    simp = fold(text)
    return bool(PROBLEM_HEADING.search(simp) or PLAN_HEADING.search(simp) or CLOSING_HEADING.match(simp)) or bool(
        WORK_PART_TITLE.match(simp)
    )


def _same_title(title: str, line: str) -> bool:
    """A line that says the title again (关于柳岸社区…的总结 / 柳岸社区…总结): a title-like line
    whose character pairs are nearly all the title's."""
    a, b = fold(re.sub(r"\s+", "", title)), fold(re.sub(r"\s+", "", line))
    if not b or SENTENCE_END.search(b) or len(b) > 60 or not _TITLE_WORD.search(b):
        return False
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)}
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)}
    return bool(pairs_b) and len(pairs_a & pairs_b) >= 0.75 * min(len(pairs_a), len(pairs_b))


BRACKET_HEADING = re.compile(r"^【(?!待[补補填确確])[^】\s][^】]{1,30}】$")  # 【待補：…】 is a gap, not a heading
_SUBTITLE = re.compile(r"^(?:——|—|--)|^[（(][^）)]{0,20}[）)]$")


def _author_ranks(lines: list[_Line]) -> dict[str, int]:
    """The ranks of the marker styles as this author used them: GB/T 9704's (一、 （一） 1. （1）)
    when the styles first appear in that order, or when the text starts mid-way (a fragment
    whose first heading is not number 1); otherwise the order they first appear in, so that 1、
    parts with (1) points and an (一) list under a part keep their places."""
    order: list[tuple[str, int]] = []
    first_number: int | None = None
    for ln in lines:
        marked = match_marker(ln.text)
        if marked is None or ln.md_level:
            continue
        if first_number is None:
            first_number = marked[3]
        if marked[0] not in {style for style, _ in order}:
            order.append((marked[0], marked[1]))
    fixed = [rank for _, rank in order]
    if fixed == sorted(fixed) or first_number != 1:
        return {}
    return {style: n for n, (style, _) in enumerate(order, 1)}


def _symbol_order(lines: list[_Line]) -> list[str]:
    """The symbols that head lines (■ ◆ ▶), in the order they first appear."""
    order: list[str] = []
    for ln in lines:
        marked = match_marker(ln.text)
        if marked and marked[0] in SYMBOL_MARKS and marked[2].strip()[0] not in order:
            order.append(marked[2].strip()[0])
    return order


def _para(ln: _Line) -> Paragraph:
    return Paragraph(ln.text, ln.no, offset=ln.offset, col=ln.col)


def _set_aside(doc: ParseTree, lines: list[_Line]) -> list[_Line]:
    """Move bylines, and what follows the signature's date, out of the text's parts."""
    kept: list[_Line] = []

    # a short line repeated word for word is a page header or footer of a document printed to text
    def key(text: str) -> str:
        return re.sub(r"\s+", "", text)

    seen: dict[str, int] = {}
    for ln in lines:
        seen[key(ln.text)] = seen.get(key(ln.text), 0) + 1
    repeated = {t for t, n in seen.items() if n >= 2 and len(t) <= 40 and not SENTENCE_END.search(t)}
    attached = _attachment_lines(lines)
    for n, ln in enumerate(lines):
        # the first line is the title even when the page header repeats it further down
        furniture = key(ln.text) in repeated and not match_marker(ln.text) and (n > 0 or not _looks_like_title(ln.text))
        furniture = furniture or n in attached
        if furniture or (not ln.md_level and is_byline(ln.text) and not match_marker(ln.text)):
            doc.extra.append(_para(ln))
        else:
            kept.append(ln)
    # a disclaimer or a 来源 line after the date: the date ends the text
    for i in range(len(kept) - 1, max(-1, len(kept) - 9), -1):
        if SIGNATURE_DATE.match(kept[i].text.strip()):
            after = kept[i + 1 :]
            n = 0
            while n < len(after) and n < 2 and is_signature_line(after[n].text) and org_line(after[n].text):
                n += 1  # the office's name may follow its date
            doc.extra.extend(_para(ln) for ln in after[n:])
            kept = kept[: i + 1 + n]
            break
    return kept


# a 公文's tail (GB/T 9704): 附件：1.…表.xlsx / 2.…報告.pdf after the text, 抄送 and 印發 lines
_ATTACHMENT = re.compile(r"^附件\s*[0-9一二三四五六七八九十]?\s*[:：]")
_ATTACHED_ITEM = re.compile(r"^[0-9０-９]{1,2}\s*[.．、]\s*\S[^。！？]{0,60}$")
_ISSUED = re.compile(r"^\S.{0,40}?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*印[发發]$")
_TAIL_LINES = 10  # a tail stands among the last lines
# a bulletin's distribution lines (報：街道黨工委 / 送：… / （共印10份）)
_DISTRIBUTION = re.compile(r"^(?:报|送|抄报|抄送|发|分送)\s*[:：]|^[（(]共印[0-9一二三四五六七八九十]+份[）)]$")
_POST_END = re.compile(r"^[-—–\s]*END[-—–\s]*$|^(?:往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|精彩推荐|相关推荐)")


def _attachment_lines(lines: list[_Line]) -> set[int]:
    """The indexes of a 附件 list (its line and the numbered names under it) and a 印發 line
    near the end: they belong to no part (a closing before them is still the last paragraph)."""
    found: set[int] = set()
    start = max(1, len(lines) - _TAIL_LINES)
    for n in range(max(1, len(lines) - 2 * _TAIL_LINES), len(lines)):
        if _POST_END.match(fold(lines[n].text)):  # -END- / 往期推薦: the post is over, links follow
            return found | set(range(n, len(lines)))
    for n in range(start, len(lines)):
        text = lines[n].text
        if _DISTRIBUTION.match(fold(text)):
            found.add(n)
        if _ISSUED.match(text):
            found.add(n)
        if _ATTACHMENT.match(text) and not match_marker(text):
            found.add(n)
            k = n + 1
            while k < len(lines) and _ATTACHED_ITEM.match(lines[k].text) and not SIGNATURE_DATE.match(lines[k].text):
                found.add(k)
                k += 1
    return found


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


def _last_paragraph_holder(doc: ParseTree) -> tuple[Section | None, list[Section]]:
    """The deepest last section and the chain of siblings it sits among."""
    if not doc.sections:
        return None, []
    siblings = doc.sections
    node = siblings[-1]
    while node.children:
        siblings = node.children
        node = siblings[-1]
    return node, siblings


def _split_signature(doc: ParseTree) -> None:
    """Short trailing lines naming the office or giving a date are the signature (落款)."""
    holder, _ = _last_paragraph_holder(doc)
    paragraphs = holder.paragraphs if holder else doc.opening
    # keep at least one paragraph as content, unless the heading is itself a full sentence
    keep = 0 if holder is not None and holder.full_sentence else 1
    n = 0
    while n < min(3, len(paragraphs) - keep) and is_signature_line(paragraphs[-1 - n].text):
        n += 1
    tail = paragraphs[len(paragraphs) - n :]
    if tail and (
        any(SIGNATURE_DATE.match(p.text) or SIGNATURE_ORG.search(to_simplified(p.text)) for p in tail)
        or (len(tail) >= 2 and SIGNATURE_POST.search(to_simplified(tail[-2].text)))
    ):
        doc.signature = tail
        del paragraphs[len(paragraphs) - n :]


_GOES_ON = re.compile(
    r"^(?:今后|今后[，,])?(?:我们|我|本?社区|网格站|中心|街道|村|全村|我站|本站|支部|我园|本园)?将继续"
)


def _closes(text: str) -> bool:
    simp = fold(text)
    said = [t.text for t in sentences(simp)]
    if len(said) > 1 and _GOES_ON.match(said[-1]) and not find_figures(simp) and not PLAN_LIST.search(simp):
        return True  # …被評為區級優秀網格工作站。我們將繼續扎根網格，用心服務好每一戶居民。
    resolves = bool(CLOSING_CONTINUE.search(simp) and not PLAN_INTENT.search(simp))  # 下半年，…繼續抓好…等工作
    resolves = resolves or bool(CLOSING_RESOLVE.search(simp)) or closes_with_formula(simp)  # …落到實處 / 作出新的貢獻
    soft = CLOSING_SOFT.match(simp) and not PLAN_LIST.search(simp)  # 新的一年，…以下幾點：一要… is plans
    return bool(CLOSING_CUE.match(simp) or soft or resolves or RALLYING.search(simp.rstrip()))


_THANKS = re.compile(r"^(?:谢谢大家|谢谢各位|谢谢|特此报告|特此汇报|以上报告|以上汇报)[！!。]?$")


def _split_closing(doc: ParseTree) -> None:
    holder, siblings = _last_paragraph_holder(doc)
    if holder is None:
        if len(doc.opening) > 2 and _closes(doc.opening[-1].text):
            doc.closing.append(doc.opening.pop())
        return
    paragraphs = holder.paragraphs
    if not paragraphs:
        return
    last = paragraphs[-1]
    if _closes(last.text):
        doc.closing.append(paragraphs.pop())
        # 謝謝大家！ after a speech's last words (…一定會更加美好！), 特此報告。 after a resolve (…開創
        # 社區工作新局面。): the closing is both
        if _THANKS.match(fold(last.text)) and (len(paragraphs) > 1 or (paragraphs and holder.full_sentence)):
            before = paragraphs[-1]
            if not before.enum and (before.text.rstrip().endswith(("！", "!")) or _closes(before.text)):
                doc.closing.insert(0, paragraphs.pop())
        return
    others = [s for s in siblings if s is not holder]
    if (
        len(paragraphs) == 1
        and not last.enum
        and holder.full_sentence
        and others
        and all(s.statement or (s.inline and len(s.paragraphs) == 1 and not s.children) for s in others)
    ):
        # after a list of one-sentence items (1、…。 2、…。) a plain paragraph closes the text
        doc.closing.append(paragraphs.pop())
        return
    if last.enum or (len(paragraphs) < 2 and not holder.inline):
        return
    # After a list of short items (numbered headings with one paragraph each, or 一要…二要…
    # paragraphs), an extra unmarked paragraph closes the whole text rather than the last item.
    earlier = paragraphs[:-1]
    if earlier and all(p.enum and p.enum[0].start == 0 for p in earlier):
        doc.closing.append(paragraphs.pop())
        return
    if (
        len(paragraphs) == 2
        and (holder.rank >= 3 or (holder.rank >= 2 and holder.inline))
        and others
        and all(len(s.paragraphs) <= 1 and not s.children for s in others)
    ):
        doc.closing.append(paragraphs.pop())
