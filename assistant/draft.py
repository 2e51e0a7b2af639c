"""Drafting: facts -> outline (from retrieved examples) -> sections -> one checked draft."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .document import Doc, Part, document_from_blocks
from .errors import BackendError
from .facts import Facts
from .numbers import compare, find_figures
from .planner import Outline, PlannedSection, SearchFn, Source, plan
from .script import convert
from .template_writer import TemplateWriter, Written, section_titles

SCRIPTS = ("auto", "simplified", "traditional", "taiwan")


class SectionWriter(Protocol):
    name: str

    def write(self, section: PlannedSection) -> Written: ...


@dataclass
class DraftSection:
    key: str
    role: str
    level: int
    heading: str
    text: str
    sources: list[Source] = field(default_factory=list)
    writer: str = "template"
    fallback: str = ""  # why the template writer stood in for the model, if it did
    needs_confirmation: list[str] = field(default_factory=list)
    alternative: tuple[str, str] | None = None  # (heading, text) of the template's version

    def use_alternative(self, reason: str) -> None:
        """Replace a model-written section by the template's version of it."""
        if self.alternative is not None:
            self.heading, self.text = self.alternative
            self.alternative = None
            self.writer, self.fallback = "template", reason

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "role": self.role,
            "level": self.level,
            "heading": self.heading,
            "text": self.text,
            "sources": [s.to_dict() for s in self.sources],
            "writer": self.writer,
        }
        if self.fallback:
            out["fallback"] = self.fallback
        if self.needs_confirmation:
            out["needs_confirmation"] = self.needs_confirmation
        return out


@dataclass
class Draft:
    facts: Facts
    script: str
    sections: list[DraftSection]
    sub_style: str = "paren_cn"
    timings: dict[str, float] = field(default_factory=dict)
    check: dict[str, Any] | None = None
    complete: bool = True
    error: str = ""  # why the draft stopped early (a model backend failed)
    outline: Outline | None = None  # kept so one section can be rewritten later

    @property
    def title(self) -> str:
        first = self.sections[0] if self.sections else None
        return first.text if first and first.key == "title" else ""

    def _blocks(self, fmt: str) -> list[tuple[int, str]]:
        """(section index, block) in order; blocks are separated by blank lines in the text."""
        blocks: list[tuple[int, str]] = []
        for n, section in enumerate(self.sections):
            if section.key == "title":
                blocks.append((n, ("# " if fmt == "md" else "") + section.text))
                continue
            if section.heading:
                prefix = {1: "## ", 2: "### "}.get(section.level, "") if fmt == "md" else ""
                blocks.append((n, prefix + section.heading))
            if section.key == "signature" and fmt == "md":
                blocks.append((n, "  \n".join(section.text.split("\n"))))  # keep the lines together
            else:
                blocks.extend((n, p) for p in section.text.split("\n") if p.strip())
        if not self.complete:
            reason = self.error.split("\n")[0]
            blocks.append((-1, f"【未完成：{reason}。以上是已寫好的部分。】"))
        return blocks

    def document(self) -> Doc:
        """The draft as the typed document the rules read, built from its sections (the parts
        are known, not guessed); positions match ``text()``."""
        parts: list[Part] = []
        for section in self.sections:
            if section.key == "title":
                parts.append(Part("title", "title", section.text))
                continue
            if section.heading:
                parts.append(Part(section.role, "heading", section.heading, section.level))
            kind = "signature" if section.key == "signature" else "para"
            parts.append(Part(section.role, kind, section.text))
        return document_from_blocks(parts)

    def text(self, fmt: str = "txt") -> str:
        """The whole draft as plain text or Markdown (paragraphs separated by blank lines)."""
        return "\n\n".join(block for _, block in self._blocks(fmt)) + "\n"

    def section_at(self, line: int) -> DraftSection | None:
        """The section that line ``line`` of ``text()`` belongs to."""
        current = 1
        for n, block in self._blocks("txt"):
            height = block.count("\n") + 1
            if current <= line < current + height:
                return self.sections[n] if n >= 0 else None
            current += height + 1
        return None

    def figures(self) -> dict[str, list[str]]:
        unsupported, missing = compare(self.text(), self.facts.all_text())
        fact_keys = {f.key for f in find_figures(self.facts.all_text()) if f.kind != "date"}
        missing_keys = {f.key for f in missing}
        return {
            "used": sorted(fact_keys - missing_keys),
            "missing": [f.text for f in missing],
            "unsupported": [f.text for f in unsupported],
        }

    def confirmations(self) -> list[str]:
        return [s for section in self.sections for s in section.needs_confirmation]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title,
            "text": self.text(),
            "script": self.script,
            "complete": self.complete,
            "error": self.error,
            "sections": [s.to_dict() for s in self.sections],
            "figures": self.figures(),
            "needs_confirmation": self.confirmations(),
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }
        if self.check is not None:
            out["check"] = self.check
        return out


def target_script(facts: Facts, script: str) -> str:
    return facts.script if script == "auto" else script


def make_draft(
    facts: Facts,
    search: SearchFn | None,
    *,
    script: str = "auto",
    prompts: Path | str | None = None,
    writer: Callable[[Facts, Outline], SectionWriter] | None = None,
    on_section: Callable[[DraftSection], None] | None = None,
) -> Draft:
    """Plan with the retrieved examples, then write every section.

    ``writer`` builds the section writer (default: the template writer); ``on_section`` is
    called as each section is done. A backend failure stops the draft early: the sections
    written so far are kept and the draft is marked incomplete.
    """
    timings: dict[str, float] = {}
    started = time.perf_counter()
    outline = plan(facts, search, section_titles(prompts))
    timings["retrieval"] = time.perf_counter() - started

    started = time.perf_counter()
    section_writer: SectionWriter = (
        writer(facts, outline) if writer else TemplateWriter(facts, prompts, sub_style=outline.sub_style)
    )
    target = target_script(facts, script)
    sections: list[DraftSection] = []
    error = ""
    for planned in outline.sections:
        try:
            written = section_writer.write(planned)
        except BackendError as exc:
            error = str(exc)  # keep what is written; the caller reports and exits 1
            break
        section = to_section(planned, written, target)
        sections.append(section)
        if on_section:
            on_section(section)
    timings["writing"] = time.perf_counter() - started
    return Draft(facts, target, sections, outline.sub_style, timings, complete=not error, error=error, outline=outline)


def to_section(planned: PlannedSection, written: Written, target: str) -> DraftSection:
    """A written section in the draft's script, with its provenance."""
    return DraftSection(
        key=planned.key,
        role=planned.role,
        level=planned.level,
        heading=convert(written.heading, target),
        text=convert(written.text, target),
        sources=planned.sources,
        writer=written.writer,
        fallback=written.fallback,
        needs_confirmation=[convert(s, target) for s in written.needs_confirmation],
        alternative=(
            (convert(written.alternative.heading, target), convert(written.alternative.text, target))
            if written.alternative
            else None
        ),
    )


def figure_summary(figures: dict[str, list[str]]) -> str:
    """One line for the terminal on how the facts' figures were used."""
    if figures["unsupported"]:
        return f"[red]稿中有事實之外的數字：{'、'.join(figures['unsupported'])}[/]"
    if figures["missing"]:
        return f"[yellow]事實中的這些數字沒有用上：{'、'.join(figures['missing'])}[/]"
    return f"[green]事實中的 {len(figures['used'])} 個數字全部用上，沒有事實之外的數字。[/]"
