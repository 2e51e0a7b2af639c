"""The template writer: the default, deterministic writer that needs no language model.

It realises each planned section from the facts with phrases from ``prompts/phrases.toml``.
Every figure, place and organisation in its output comes from the facts; the phrase bank holds
no figures or names (a test checks that).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .facts import Facts
from .numbers import int_to_cn
from .planner import PlannedSection, sub_marker
from .prompts import load_toml, render
from .script import to_simplified

PHRASES = "phrases.toml"
_END_PUNCT = "。；;，,.!！?？、 "


@dataclass
class Written:
    heading: str
    text: str
    needs_confirmation: list[str] = field(default_factory=list)
    writer: str = "template"
    fallback: str = ""  # why the template writer stood in for a model
    alternative: Written | None = None  # the template's version of a model-written section


@lru_cache(maxsize=8)
def _phrases(override: str | None) -> dict[str, Any]:
    return load_toml(PHRASES, override)


def phrases(override: Path | str | None = None) -> dict[str, Any]:
    return _phrases(str(override) if override else None)


def section_titles(override: Path | str | None = None) -> dict[str, str]:
    return dict(phrases(override)["sections"])


def pick(options: list[str] | str, *keys: str) -> str:
    """A stable choice among ``options``: the same facts always give the same draft."""
    if isinstance(options, str):
        return options
    digest = hashlib.sha1("\x00".join(keys).encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return "、".join(names[:-1]) + "和" + names[-1]


def clean_item(item: str) -> str:
    return item.strip().rstrip(_END_PUNCT)


def enumerate_items(items: list[str]) -> str:
    """``一是…；二是…。`` for several items, the item itself for one."""
    cleaned = [clean_item(i) for i in items if clean_item(i)]
    if not cleaned:
        return ""
    if len(cleaned) == 1:
        return cleaned[0] + "。"
    return "；".join(f"{int_to_cn(n)}是{item}" for n, item in enumerate(cleaned, 1)) + "。"


def match_category(category: str, bank: dict[str, Any]) -> dict[str, Any]:
    """The phrase set for a user's category name: exact name, else by keywords, else default."""
    simp = to_simplified(category)
    if simp in bank:
        return dict(bank[simp])
    best, best_len = None, 0
    for name, entry in bank.items():
        if name.startswith("_"):
            continue
        for keyword in entry.get("keywords", []):
            if keyword in simp and len(keyword) > best_len:
                best, best_len = name, len(keyword)
    return dict(bank[best] if best else bank["_default"])


class TemplateWriter:
    name = "template"

    def __init__(
        self, facts: Facts, prompts: Path | str | None = None, sub_style: str = "paren_cn", salt: str = ""
    ) -> None:
        self.facts = facts
        self.salt = salt  # another salt, other wordings: how a section is rewritten without a model
        self.bank = phrases(prompts)
        self.sub_style = sub_style
        self._used_headings: set[str] = set()
        superiors = join_names(facts.superiors)
        self.vars = {
            "community": facts.community,
            "period": facts.period,
            "topic": facts.topic,
            "superiors": superiors,
            "category": "",
        }

    def _render(self, template: str, **extra: str) -> str:
        return render(template, {**self.vars, **extra}, PHRASES)

    def _choose(self, options: list[str] | str, slot: str) -> str:
        salt = (self.salt,) if self.salt else ()
        return pick(options, self.facts.community, self.facts.period, slot, *salt)

    def write(self, section: PlannedSection) -> Written:
        handler = getattr(self, f"_write_{section.key.split(':', 1)[0]}")
        result: Written = handler(section)
        return result

    def _write_title(self, section: PlannedSection) -> Written:
        return Written("", self._render(self.bank["title"]["text"]))

    def _write_opening(self, section: PlannedSection) -> Written:
        bank = self.bank["opening"]
        options = bank["with_superiors"] if self.facts.superiors else bank["without_superiors"]
        lead = self._render(self._choose(options, "opening"))
        return Written("", lead + self._render(bank["tail"]))

    def _write_work(self, section: PlannedSection) -> Written:
        if section.category is None:  # the top heading 一、主要工作及成效: its subsections carry the text
            return Written(section.heading, "")
        entry = match_category(section.category, self.bank["categories"])
        slot = f"work:{section.category}"
        heading = self._unused_heading(entry, slot, section.category)
        lead = self._render(self._choose(entry["lead"], slot), category=section.category)
        wrap = self._render(self._choose(entry["wrap"], slot), category=section.category)
        body = enumerate_items(section.items)
        if not section.marker:  # the only subsection: its heading phrase opens the paragraph
            return Written("", f"{heading}。{lead}{body}{wrap}")
        return Written(f"{section.marker}{heading}", lead + body + wrap)

    def _unused_heading(self, entry: dict[str, Any], slot: str, category: str) -> str:
        """Two categories may share a phrase set; never give two subsections the same heading."""
        first = self._choose(entry["heading"], slot)
        options = [first] + [h for h in entry["heading"] if h != first]
        options += list(self.bank["categories"]["_default"]["heading"])
        for option in options:
            heading = self._render(option, category=category)
            if heading not in self._used_headings:
                break
        self._used_headings.add(heading)
        return heading

    def _write_results(self, section: PlannedSection) -> Written:
        lead = self._choose(self.bank["results"]["lead"], "results")
        items = [clean_item(i) for i in section.items if clean_item(i)]
        return Written(section.heading if section.marker else "", lead + "；".join(items) + "。")

    def _list_section(self, section: PlannedSection, kind: str) -> Written:
        bank = self.bank[kind]
        lead = self._render(self._choose(bank["lead"], kind))
        items = [clean_item(i) for i in section.items if clean_item(i)]
        confirm: list[str] = []
        if not items:
            # no facts given: qualitative statements only, flagged for the user to confirm
            items = [clean_item(s) for s in bank["general"]]
            confirm = [s + "。" for s in items]
        if len(items) == 1:  # a single item needs no number (（一） without （二） reads as a slip)
            return Written(section.heading, f"{lead}\n{items[0]}。", confirm)
        lines = [lead] + [f"{sub_marker(n, self.sub_style)}{item}。" for n, item in enumerate(items, 1)]
        return Written(section.heading, "\n".join(lines), confirm)

    def _write_problems(self, section: PlannedSection) -> Written:
        return self._list_section(section, "problems")

    def _write_plans(self, section: PlannedSection) -> Written:
        return self._list_section(section, "plans")

    def _write_closing(self, section: PlannedSection) -> Written:
        bank = self.bank["closing"]
        options = bank["texts"] if self.facts.superiors else bank["texts_without_superiors"]
        return Written("", self._render(self._choose(options, "closing")))

    def _write_signature(self, section: PlannedSection) -> Written:
        lines = [x for x in (self.facts.author, self.facts.date) if x]
        return Written("", "\n".join(lines))


def phrase_texts(bank: dict[str, Any]) -> list[str]:
    """Every phrase in the bank (for tests: no figures, no names)."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for k, v in value.items():
                if k != "keywords":
                    walk(v)

    walk(bank)
    return [re.sub(r"\$[_a-zA-Z][_a-zA-Z0-9]*", "", t) for t in out]
