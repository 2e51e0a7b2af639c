"""Drafting: facts -> outline (from retrieved examples) -> sections -> one checked draft."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .facts import Facts
from .numbers import Figure, compare, find_figures
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

    @property
    def title(self) -> str:
        first = self.sections[0] if self.sections else None
        return first.text if first and first.key == "title" else ""

    def text(self, fmt: str = "txt") -> str:
        """The whole draft as plain text or Markdown (paragraphs separated by blank lines)."""
        blocks: list[str] = []
        for section in self.sections:
            if section.key == "title":
                blocks.append(("# " if fmt == "md" else "") + section.text)
                continue
            if section.heading:
                prefix = {1: "## ", 2: "### "}.get(section.level, "") if fmt == "md" else ""
                blocks.append(prefix + section.heading)
            if section.key == "signature" and fmt == "md":
                blocks.append("  \n".join(section.text.split("\n")))  # keep the lines together
            else:
                blocks.extend(p for p in section.text.split("\n") if p.strip())
        return "\n\n".join(blocks) + "\n"

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
    called as each section is done (for progress and streaming displays).
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
    for planned in outline.sections:
        written = section_writer.write(planned)
        section = DraftSection(
            key=planned.key,
            role=planned.role,
            level=planned.level,
            heading=convert(written.heading, target),
            text=convert(written.text, target),
            sources=planned.sources,
            writer=getattr(written, "writer", section_writer.name),
            fallback=getattr(written, "fallback", ""),
            needs_confirmation=[convert(s, target) for s in written.needs_confirmation],
        )
        sections.append(section)
        if on_section:
            on_section(section)
    timings["writing"] = time.perf_counter() - started
    return Draft(facts, target, sections, outline.sub_style, timings)


def figure_summary(figures: dict[str, list[str]]) -> str:
    """One line for the terminal on how the facts' figures were used."""
    if figures["unsupported"]:
        return f"[red]稿中有事實之外的數字：{'、'.join(figures['unsupported'])}[/]"
    if figures["missing"]:
        return f"[yellow]事實中的這些數字沒有用上：{'、'.join(figures['missing'])}[/]"
    return f"[green]事實中的 {len(figures['used'])} 個數字全部用上，沒有事實之外的數字。[/]"


def describe(figure: Figure) -> str:
    return f"{figure.text}（{figure.key}）"
