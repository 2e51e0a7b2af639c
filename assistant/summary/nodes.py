"""The nodes of a parsed work summary (title, opening, sections, paragraphs, closing) and the
roles a top-level heading stands for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.core.numbers import int_to_cn
from assistant.core.roles import (
    CLOSING_HEADING,
    OTHER_HEADING,
    PLAN_HEADING,
    PROBLEM_HEADING,
)
from assistant.core.text import fold


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
    attached: Paragraph | None = None  # a 附件 after the signature: it and what follows are attached
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
_CARRIED_OUT = re.compile(r"(?:落实|执行|完成|推进|实施|兑现)(?:情况|成果|成效|结果)$")


def classify_heading(title: str) -> list[str]:
    """Roles a top-level heading stands for; problems and plans may come together."""
    simp = re.sub(r"\s+", "", fold(title)).strip("。.:：")  # 前　　言, 結　　語: spaced out to fill the line
    # 正視差距，我們還有不少短板: a clause of its own may name the part
    problems = any(PROBLEM_HEADING.search(c) for c in (simp, *re.split(r"[，,]", simp)) if c)
    # (not a past plan carried out: 2025年工作构想落实情况, 114年度工作構想執行成果 head the work: hostile64)
    plans = bool(PLAN_HEADING.search(simp)) and not _CARRIED_OUT.search(simp)
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


@dataclass
class Line:
    no: int
    text: str
    md_level: int = 0
    offset: int = -1  # where ``text`` starts in the parsed text
    col: int = 1
    whole: bool = False  # a slide's title or point: complete, never joined to its neighbour
