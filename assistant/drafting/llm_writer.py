"""The model-assisted section writer: fluent prose, with the facts locked.

For each planned section the model sees the style rules (system prompt), this section's facts
and the retrieved examples as delimited data, and streams its answer. The answer is validated
before it is accepted: figures within the facts (by canonical value), every figure of the
section present, no name or sentence of the samples, no placeholder, a sane length. One retry
quotes the violations back; after that the template writer writes the section, and the result
says why. So the draft is always complete and always passes the figure and copying checks.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.backends.llm import Backend
from assistant.checking import rules  # noqa: F401  (importing registers the rules)
from assistant.checking.edits import apply_edits
from assistant.checking.registry import LeakData, Options, PastText, SectionSpec, run_rules
from assistant.checking.rules.punctuation import punctuation_edits
from assistant.checking.rules.section import instruction_grams
from assistant.core.prompts import load_text, own_words, render_file
from assistant.core.script import to_simplified
from assistant.core.text import sentences
from assistant.drafting.phrasing import join_offices
from assistant.drafting.planner import PlannedSection, sub_marker
from assistant.drafting.template_writer import TemplateWriter, Written
from assistant.facts.model import Facts
from assistant.summary.layout import match_marker, plain_line
from assistant.summary.parts import KnownBlock, summary_from_blocks

LLM_SECTIONS = {"opening", "work", "results", "problems", "plans", "closing"}
_DATA_MARKERS = re.compile(r"<<<|>>>")
EXAMPLE_CHARS = 300
SCRIPT_NAMES = {"simplified": "简体中文", "traditional": "繁体中文", "taiwan": "繁体中文（台湾用语）"}

TokenHook = Callable[[str, str], None]  # (section key, text)
EventHook = Callable[[str, str, str], None]  # (section key, event, detail)


@dataclass
class WriterStats:
    """Where the time went, for the benchmark and the report."""

    generation: float = 0.0
    first_token: list[float] = field(default_factory=list)
    tokens: int = 0
    validation: float = 0.0
    attempts: int = 0


def _data(text: str) -> str:
    """Facts and examples go inside <<< >>> blocks; they must not be able to close one."""
    return _DATA_MARKERS.sub("", text)


def clean_output(text: str, heading: str) -> str:
    """Strip Markdown debris and a repeated heading; keep the model's lines otherwise."""
    lines = [plain_line(line)[1] for line in text.strip().split("\n")]
    lines = [line for line in lines if line]
    if lines and heading:
        bare = heading
        marked = match_marker(heading)
        if marked:
            bare = heading[len(marked[2]) :]
        first = lines[0].rstrip("。:：")
        if first in (heading, bare) or (bare and first.endswith(bare)):
            lines = lines[1:]
    return "\n".join(lines)


class LLMSectionWriter:
    name = "llm"

    def __init__(
        self,
        facts: Facts,
        backend: Backend,
        *,
        template: TemplateWriter,
        script: str,
        leaks: LeakData | None,
        prompts: Path | str | None = None,
        on_token: TokenHook | None = None,
        on_event: EventHook | None = None,
    ) -> None:
        self.facts = facts
        self.backend = backend
        self.template = template  # the draft's own: the same wordings are not used twice
        self.sub_style = template.sub_style
        self.script = script
        self.leaks = leaks
        style = template.style  # the office's earlier summary: its sentences are not this year's
        self.past = PastText(style.body, style.frame_phrases()) if style and style.body else None
        self.prompts = prompts
        self.on_token = on_token
        self.on_event = on_event
        self.stats = WriterStats()
        self.facts_text = facts.all_text()
        self._title = self.template.write(PlannedSection("title", "title", 0)).text
        self._answered = False  # has the model produced any text at all
        self._silent_sections = 0  # sections where it produced nothing, twice

    # ------------------------------------------------------------------ public
    def write(self, section: PlannedSection) -> Written:
        base = self.template.write(section)
        kind = section.key.split(":", 1)[0]
        if kind not in LLM_SECTIONS or (kind == "work" and section.category is None):
            return base
        if kind in ("problems", "plans") and not section.items:
            return base  # nothing from the facts: general statements for the user to confirm
        return self._write_with_model(section, kind, base)

    # ------------------------------------------------------------------ internals
    def _section_facts(self, section: PlannedSection, kind: str, heading: str) -> str:
        """Everything the user wrote that this section may use, as data: the prompt's own
        sentences name no unit, period, topic or category (those could carry instructions)."""
        lines = [f"标题：{self._title}", f"单位：{self.facts.community}"]
        if kind == "opening":
            lines.append(f"时段：{self.facts.period}")
        if self.facts.topic and kind in ("opening", "closing"):
            lines.append(f"主题：{self.facts.topic}")
        if self.facts.superiors and kind in ("opening", "closing"):
            lines.append(f"上级：{join_offices(self.facts.superiors)}")
        if kind == "opening":
            lines.append(f"工作类别：{'、'.join(self.facts.work)}")
        if kind not in ("opening", "closing"):
            lines.append(f"本节标题：{heading}")
            lines += [f"- {item}" for item in section.items]
        return _data("\n".join(lines))

    def _prompt(self, section: PlannedSection, kind: str, base: Written) -> list[Any]:
        from langchain_core.messages import HumanMessage, SystemMessage

        # two examples, each cut at a sentence end: enough for tone, small enough for a 4k context
        examples = "\n\n".join(f"【{h.sample}｜{h.heading}】\n{_excerpt(h.body)}" for h in section.examples) or "（无）"
        heading = base.heading or section.category or ""
        variables = {
            # the built-in prompts read these from the data block; a user's own prompt files may
            # still name them (at their own risk)
            "title": self._title,
            "community": self.facts.community,
            "period": self.facts.period,
            "topic": self.facts.topic,
            "superiors": join_offices(self.facts.superiors),
            "heading": heading,
            "facts": self._section_facts(section, kind, heading),
            "examples": _data(examples),
            "length": max(60, len(base.text)),
            "marker_example": f"{sub_marker(1, self.sub_style)}……{sub_marker(2, self.sub_style)}……",
        }
        system = render_file("system.txt", {"script_name": SCRIPT_NAMES.get(self.script, "简体中文")}, self.prompts)
        user = render_file(f"section_{kind}.txt", variables, self.prompts)
        return [SystemMessage(content=system), HumanMessage(content=user)]

    def _generate(self, key: str, messages: list[Any]) -> str:
        started = time.perf_counter()
        first: list[float] = []

        def token(text: str) -> None:
            if not first:
                first.append(time.perf_counter() - started)
            self.stats.tokens += 1
            if self.on_token:
                self.on_token(key, text)

        try:
            return self.backend.stream(messages, token)
        finally:
            self.stats.generation += time.perf_counter() - started
            self.stats.attempts += 1
            if first:
                self.stats.first_token.append(first[0])

    def rewrite(self, section: PlannedSection, instruction: str, current: str) -> Written:
        """Rewrite one section as the user asks (更簡潔 …); the same validation applies, and a
        failed rewrite keeps the current text."""
        from langchain_core.messages import AIMessage, HumanMessage

        base = self.template.write(section)
        kind = section.key.split(":", 1)[0]
        if kind not in LLM_SECTIONS:
            return base
        ask = render_file("rewrite.txt", {"instruction": instruction or "换一种说法"}, self.prompts)
        messages = [*self._prompt(section, kind, base), AIMessage(content=current), HumanMessage(content=ask)]
        keep = Written(base.heading, current, writer="llm", alternative=base)
        return self._write_with_model(section, kind, base, messages, keep)

    def _write_with_model(
        self,
        section: PlannedSection,
        kind: str,
        base: Written,
        messages: list[Any] | None = None,
        fallback: Written | None = None,
    ) -> Written:
        from langchain_core.messages import AIMessage, HumanMessage

        messages = messages or self._prompt(section, kind, base)
        violations: list[str] = []
        history: list[str] = []
        for attempt in range(2):
            if self.on_event:
                self.on_event(section.key, "start" if attempt == 0 else "retry", base.heading)
            raw = self._generate(section.key, messages)
            text = clean_output(raw, base.heading)
            text = apply_edits(text, punctuation_edits(text))  # half-width marks are repaired, not refused
            started = time.perf_counter()
            violations = self.validate(text, section, kind, base)
            self.stats.validation += time.perf_counter() - started
            if not violations:
                if self.on_event:
                    self.on_event(section.key, "accepted", "")
                return Written(base.heading, text, writer="llm", alternative=base)
            if raw.strip():
                self._answered = True
            elif attempt == 1:
                self._silent_sections += 1
                if not self._answered and self._silent_sections >= 2:
                    # nothing at all from the model, section after section: it is not working
                    from assistant.core.errors import BackendError

                    raise BackendError(
                        f"{self.backend.spec.provider}（{self.backend.base_url}）一直返回空內容",
                        hint="請確認模型名正確、模型能正常對話",
                    )
            history.append(f"第{attempt + 1}次：" + "；".join(violations))
            # the prompt is in Simplified; the shared rules speak the UI's Traditional
            quoted = "\n".join(f"- {to_simplified(v)}" for v in violations)
            retry = render_file("retry.txt", {"violations": quoted}, self.prompts)
            messages = [*messages, AIMessage(content=raw), HumanMessage(content=retry)]
        reason = " / ".join(history)
        if self.on_event:
            self.on_event(section.key, "fallback", reason)
        if fallback is not None:
            fallback.fallback = reason
            return fallback
        return Written(base.heading, base.text, base.needs_confirmation, writer="template", fallback=reason)

    def validate(self, text: str, section: PlannedSection, kind: str, base: Written) -> list[str]:
        """Why this text cannot be accepted (an empty list: it can): the shared rules, run on the
        section as the checker runs them on a whole draft."""
        if not text.strip():
            return ["没有输出任何正文"]
        role = "work" if kind == "results" else kind
        doc = summary_from_blocks([KnownBlock(role, "para", text)])
        options = Options(
            facts_text=self.facts_text,
            expected_text="" if kind in ("opening", "closing") else "\n".join(section.items),
            leaks=self.leaks,
            section=SectionSpec(role, list(section.items), max(60, len(base.text)), self.instructions(kind)),
            past=self.past,
        )
        return [f.message for f in run_rules(doc, options) if f.severity != "info"]

    def instructions(self, kind: str) -> set[str]:
        """The prompt's own words (its variables and data blocks left out), to catch an echo."""
        names = ["system.txt", f"section_{kind}.txt", "retry.txt", "rewrite.txt"]
        return instruction_grams(own_words(load_text(name, self.prompts)) for name in names)


def _excerpt(text: str, limit: int = EXAMPLE_CHARS) -> str:
    """The first sentences of an example, up to about ``limit`` characters."""
    if len(text) <= limit:
        return text
    kept = ""
    for span in sentences(text):
        if len(kept) + len(span.text) > limit:
            break
        kept += span.text
    return kept if len(kept) > limit // 3 else text[:limit] + "……"
