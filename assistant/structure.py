"""The structure of a work summary: title, opening, numbered headings, paragraphs, closing.

Shared by ingest (chunking by section) and the checker (section map, numbering). Matching is
done on Simplified text (OpenCC) so both scripts behave alike; node text stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .script import to_simplified

CN_DIGITS = "零一二三四五六七八九十百"
_CN = f"[{CN_DIGITS}]+"

# Heading styles by rank: a heading nests under the nearest earlier heading of a lower rank,
# so "1、" straight under "一、" (as in several samples) works without a "（一）" between.
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    ("cn", 1, re.compile(rf"^(?P<m>(?P<n>{_CN})\s*[、.．,，:：])")),
    ("paren_cn", 2, re.compile(rf"^(?P<m>[（(]\s*(?P<n>{_CN})\s*[)）][、.．]?)")),
    ("num", 3, re.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9０-９])))")),
    ("paren_num", 4, re.compile(r"^(?P<m>[（(]\s*(?P<n>[0-9０-９]{1,2})\s*[)）][、.．]?)")),
    ("circled", 5, re.compile(r"^(?P<m>(?P<n>[①②③④⑤⑥⑦⑧⑨⑩]))")),
]
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_NOISE = re.compile(r"^\s*(?:>\s*|[-*+]\s+(?=\S))|\*\*|__(?=\S)|(?<=\S)__")

# Sentence ends. A half-width "." counts only when it is not inside a number (17.2噸).
SENTENCE_END = re.compile(r"[。！？!?；;]|(?<![0-9０-９])\.(?![0-9０-９])")
# A line that ends like this is complete; otherwise the next plain line continues it
# (the seed has a page break in the middle of a word).
_COMPLETE_END = "。！？!?；;：:，,、.．”\"’'）)】」』…—"

_HEADING_MAX = 40  # longest text that still reads as a heading title

# In-paragraph enumerations: 一是…二是…, 一要…二要…
_ENUM = re.compile(r"(?:^|(?<=[。；;：:，,！？\s]))(?P<n>[一二三四五六七八九十])(?P<w>是|要|抓)")


def cn_to_int(text: str) -> int | None:
    """Small Chinese or Arabic numeral (a heading number) to int: 三 -> 3, 十二 -> 12, ２ -> 2."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text.translate(_FULLWIDTH_DIGITS))
    values = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if all(c in values for c in text):
        n = 0
        for c in text:
            n = n * 10 + values[c]
        return n
    if "十" in text and len(text) <= 3:
        tens, _, ones = text.partition("十")
        t = values.get(tens, -1) if tens else 1
        o = values.get(ones, -1) if ones else 0
        if t >= 0 and o >= 0:
            return t * 10 + o
    return None


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


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
class Document:
    title: str = ""
    title_line: int = 0
    opening: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    signature: list[Paragraph] = field(default_factory=list)

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


def int_to_cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------- roles
_ROLE_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("problems", re.compile(r"存在.{0,6}问题|问题(?:和|与|及)|不足|困难|差距|短板|薄弱|问题$|难点$")),
    (
        "plans",
        re.compile(
            r"下一步|下步|今后|下一阶段|下阶段|明年|(?<!生育)计划(?!生育)|打算|思路|建议|努力方向|展望|安排|设想"
        ),
    ),
    ("closing", re.compile(r"^(?:结语|结束语|结尾|小结)$")),
    ("other", re.compile(r"基本情况|概况|附件|附表|说明|备注")),
]


def classify_heading(title: str) -> list[str]:
    """Roles a top-level heading stands for; problems and plans may come together."""
    simp = to_simplified(title)
    roles = [role for role, cue in _ROLE_CUES if cue.search(simp)]
    if "problems" in roles and "plans" in roles:
        return ["problems", "plans"]
    if roles:
        return roles[:1]
    return ["work"]  # 主要工作, 成效 and the topic headings that stand for them


CLOSING_CUE = re.compile(
    r"^(?:总之|总而言之|综上|总的来说|总体来看|回顾|展望|今后[，,]?我们将|我们将继续|在新的一年|新的一年)"
)


# --------------------------------------------------------------------------- parsing
@dataclass
class _Line:
    no: int
    text: str
    md_level: int = 0


def match_marker(text: str) -> tuple[str, int, str, int | None] | None:
    """(style, rank, marker, number) when ``text`` starts with a heading marker."""
    for style, rank, pattern in _MARKERS:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :]
            if not rest.strip() and style != "cn":
                continue
            if style == "cn" and not _plausible_cn_heading(m.group("n"), m.group("m"), rest):
                continue
            return style, rank, m.group("m"), cn_to_int(m.group("n"))
    return None


def _plausible_cn_heading(number: str, marker: str, rest: str) -> bool:
    # "一," or "三：" only mark a heading when clearly used as one; "一、" always does.
    if cn_to_int(number) is None:
        return False
    return marker[-1] in "、.．" or len(rest) <= _HEADING_MAX


def _split_heading(rest: str) -> tuple[str, str, bool]:
    """Split a marked line into (title, run-on paragraph, title is a full sentence)."""
    rest = rest.strip()
    end = SENTENCE_END.search(rest)
    if end is None:
        if len(rest) <= _HEADING_MAX:
            return rest, "", False
        return "", rest, False  # a numbered paragraph with no title of its own
    title, body = rest[: end.start()].strip(), rest[end.end() :].strip()
    if len(title) <= _HEADING_MAX:
        return title, body, not body
    return "", rest, False


def _looks_like_title(text: str) -> bool:
    if len(text) > 60 or match_marker(text):
        return False
    simp = to_simplified(text)
    if re.search(r"总结|汇报|报告|小结", simp) and not re.search(r"如下[:：]?$", simp):
        return True
    return len(text) <= 30 and not SENTENCE_END.search(text) and not re.search(r"[，,：:]", text)


_SIGNATURE_DATE = re.compile(r"^[0-9０-９〇零一二三四五六七八九十xX×]{2,4}\s*年.{0,6}月(.{0,4}日)?$")


_SIGNATURE_ORG = re.compile(r"(?:社区|居委会|街道|办事处|中心|公司|委员会|办公室|办|局|站|所|院|村委会|服务处)$")


def _is_signature_line(text: str) -> bool:
    return len(text) <= 30 and not SENTENCE_END.search(text) and not re.search(r"[，,：:]", text)


def plain_line(raw: str) -> tuple[int, str]:
    """(Markdown heading level or 0, the line without Markdown markup and odd spaces)."""
    line = raw.replace("\u3000", " ").replace("\ufeff", "").strip()
    md_level = 0
    m = _MD_HEADING.match(line)
    if m:
        md_level, line = len(m.group(1)), m.group(2).strip().rstrip("#").strip()
    return md_level, _MD_NOISE.sub("", line).strip()


def _prepare(text: str, line_offset: int) -> list[_Line]:
    lines: list[_Line] = []
    for i, raw in enumerate(text.splitlines()):
        md_level, line = plain_line(raw)
        if line in {"---", "***", "___"}:
            continue
        if line:
            lines.append(_Line(i + 1 + line_offset, line, md_level))
    return lines


def _join_broken(lines: list[_Line], start: int) -> list[_Line]:
    """Join a plain line to the previous one when that one stopped mid-sentence (a page break)."""
    out: list[_Line] = lines[:start]
    for ln in lines[start:]:
        prev = out[-1] if len(out) > start else None
        if (
            prev is not None
            and not ln.md_level
            and not prev.md_level
            and len(prev.text) > _HEADING_MAX
            and prev.text[-1] not in _COMPLETE_END
            and match_marker(ln.text) is None
        ):
            out[-1] = _Line(prev.no, prev.text + ln.text)
        else:
            out.append(ln)
    return out


def parse(text: str, line_offset: int = 0) -> Document:
    """Parse plain text or Markdown into a :class:`Document`."""
    doc = Document()
    lines = _prepare(text, line_offset)
    start = 0
    if lines and (lines[0].md_level == 1 or _looks_like_title(lines[0].text)):
        doc.title, doc.title_line = lines[0].text, lines[0].no
        start = 1
    lines = _join_broken(lines, start)[start:]

    stack: list[Section] = []
    for ln in lines:
        marked = match_marker(ln.text)
        if ln.md_level and not marked:
            # A Markdown heading without a marker: its depth gives the rank (## is top level).
            rank = max(1, ln.md_level - 1)
            _push(doc, stack, Section(title=ln.text, line=ln.no, style=f"md{ln.md_level}", rank=rank))
            continue
        if marked:
            style, rank, marker, number = marked
            title, body, statement = _split_heading(ln.text[len(marker) :])
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
            )
            _push(doc, stack, section)
            if body:
                section.paragraphs.append(Paragraph(body, ln.no))
            continue
        para = Paragraph(ln.text, ln.no)
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
    _find_enumerations(doc)
    _split_signature(doc)
    _split_closing(doc)
    return doc


def _push(doc: Document, stack: list[Section], section: Section) -> None:
    while stack and stack[-1].rank >= section.rank:
        stack.pop()
    if stack:
        stack[-1].children.append(section)
    else:
        doc.sections.append(section)
    stack.append(section)


def _find_enumerations(doc: Document) -> None:
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


def _last_paragraph_holder(doc: Document) -> tuple[Section | None, list[Section]]:
    """The deepest last section and the chain of siblings it sits among."""
    if not doc.sections:
        return None, []
    siblings = doc.sections
    node = siblings[-1]
    while node.children:
        siblings = node.children
        node = siblings[-1]
    return node, siblings


def _split_signature(doc: Document) -> None:
    """Short trailing lines naming the office or giving a date are the signature (落款)."""
    holder, _ = _last_paragraph_holder(doc)
    paragraphs = holder.paragraphs if holder else doc.opening
    # keep at least one paragraph as content, unless the heading is itself a full sentence
    keep = 0 if holder is not None and holder.full_sentence else 1
    n = 0
    while n < min(3, len(paragraphs) - keep) and _is_signature_line(paragraphs[-1 - n].text):
        n += 1
    tail = paragraphs[len(paragraphs) - n :]
    if tail and any(_SIGNATURE_DATE.match(p.text) or _SIGNATURE_ORG.search(to_simplified(p.text)) for p in tail):
        doc.signature = tail
        del paragraphs[len(paragraphs) - n :]


def _split_closing(doc: Document) -> None:
    holder, siblings = _last_paragraph_holder(doc)
    if holder is None:
        if len(doc.opening) > 2 and CLOSING_CUE.match(to_simplified(doc.opening[-1].text)):
            doc.closing.append(doc.opening.pop())
        return
    paragraphs = holder.paragraphs
    if not paragraphs:
        return
    last = paragraphs[-1]
    if CLOSING_CUE.match(to_simplified(last.text)):
        doc.closing.append(paragraphs.pop())
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
        and holder.rank >= 3
        and others
        and all(len(s.paragraphs) <= 1 and not s.children for s in others)
    ):
        doc.closing.append(paragraphs.pop())
