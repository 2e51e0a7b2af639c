"""The draft of a chat session: drafted, redrafted when the facts change, a section rewritten,
restored on resume. Every version is saved in the session; nothing here talks to a terminal."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.chat.sessions import Session
from assistant.core.errors import InputError
from assistant.facts.model import facts_from_data

if TYPE_CHECKING:
    from assistant.backends.llm import Backend
    from assistant.checking.check import Report
    from assistant.drafting.draft import Draft, DraftSection
    from assistant.drafting.office_style import StyleChoice
    from assistant.drafting.pipeline import Display
    from assistant.drafting.template_writer import TemplateWriter
    from assistant.facts.model import Facts
    from assistant.retrieval.search import Retriever

TEMPLATE_TRIES = 6  # salts tried for another wording before saying there is none


@dataclass
class Rewritten:
    version: int | None  # None: the text did not change, and no version was saved
    message: str
    ok: bool = True


class Revision:
    def __init__(
        self,
        session: Session,
        *,
        retriever: Callable[[], Retriever],
        backend: Backend | None = None,
        prompts: Path | None = None,
        check_levels: dict[str, str] | None = None,
        display: Callable[[], AbstractContextManager[Display | None]] | None = None,
    ) -> None:
        self.session = session
        self._retriever_factory = retriever
        self._retriever: Retriever | None = None
        self.backend = backend
        self.prompts = prompts
        self.check_levels = dict(check_levels or {})  # the config file's [check], as zongjie check uses it
        self._display: Callable[[], AbstractContextManager[Display | None]] = display or (lambda: nullcontext())
        self.draft: Draft | None = None
        self._salt = len(session.drafts)
        self.kept: list[str] = []  # the rewritten sections the last redraft kept (their numbers)

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            self._retriever = self._retriever_factory()
        return self._retriever

    def _like(self) -> StyleChoice | None:
        """The earlier summary the session follows (/仿照), read again for each draft; None: the
        office's own ingested summaries, as for ``draft``."""
        if not self.session.like:
            return None
        from assistant.drafting.office_style import read_like

        return read_like(Path(self.session.like))

    def facts(self, data: dict[str, Any] | None = None) -> Facts:
        """The session's facts (or ``data``), validated as a facts file is."""
        return facts_from_data(self.session.facts if data is None else data, "會話中的事實")

    def make(self, note: str) -> int:
        """Draft from the facts and save the version."""
        from assistant.drafting.draft import DraftOptions
        from assistant.drafting.pipeline import run_draft

        facts = self.facts()
        with self._display() as display:
            self.draft = run_draft(
                facts,
                self.retriever,
                DraftOptions(prompts=self.prompts, check_levels=self.check_levels, style=self._like()),
                backend=self.backend,
                display=display,
            )
        self.kept = self._keep_rewritten()
        return self.session.add_draft(self.draft.to_dict(), note)

    def _keep_rewritten(self) -> list[str]:
        """The sections the user had rewritten, as they were: a change to the facts redrafts the
        rest, never throws their wording away. Their numbers (for /重寫) are returned."""
        from assistant.drafting.pipeline import check_draft

        assert self.draft is not None
        if not self.session.rewritten or not self.session.drafts:
            return []
        saved = {s.get("key"): s for s in self.session.drafts[-1]["sections"] if isinstance(s, dict)}
        kept: list[str] = []
        for section in self.draft.sections:
            old = saved.get(section.key)
            if section.key in self.session.rewritten and old is not None:
                section.heading = str(old.get("heading", section.heading))
                section.text = str(old.get("text", section.text))
                section.writer = str(old.get("writer", section.writer))
                kept.append(str(self.rewritable().index(section) + 1) if section in self.rewritable() else section.key)
        if kept:
            check_draft(self.draft, self.retriever)  # the report speaks of the text as it now is
        return kept

    def restore(self) -> None:
        """The last saved version, rebuilt: the plan again, then the saved text of each section."""
        from assistant.drafting.draft import DraftOptions
        from assistant.drafting.pipeline import run_draft

        options = DraftOptions(prompts=self.prompts, check_levels=self.check_levels, style=self._like())
        self.draft = run_draft(self.facts(), self.retriever, options)
        saved = {s["key"]: s for s in self.session.drafts[-1]["sections"]} if self.session.drafts else {}
        for section in self.draft.sections:
            if isinstance(saved.get(section.key), dict):
                section.heading = str(saved[section.key].get("heading", section.heading))
                section.text = str(saved[section.key].get("text", section.text))
                section.writer = str(saved[section.key].get("writer", section.writer))

    def rewritable(self) -> list[DraftSection]:
        if self.draft is None:
            return []
        return [s for s in self.draft.sections if s.key not in ("title", "work", "signature")]

    def rewrite(self, number: str, instruction: str) -> Rewritten:
        """Rewrite section ``number`` (1-based among :meth:`rewritable`); say honestly if nothing changed."""
        from assistant.chat.interview import choice
        from assistant.drafting.draft import to_section, user_words
        from assistant.drafting.pipeline import check_draft

        sections = self.rewritable()
        n = choice(number, len(sections))
        if self.draft is None or self.draft.outline is None or n is None:
            raise InputError(f"用法：/重寫 編號 [要求]，編號 1–{len(sections)}")
        current = sections[n - 1]
        planned = next(p for p in self.draft.outline.sections if p.key == current.key)
        keep = user_words(self.draft.facts, self.draft.script)
        failed = ""
        if self.backend is not None:
            from assistant.drafting.pipeline import llm_writer_factory

            writer: Any = llm_writer_factory(self.backend, self.retriever, "auto", self.prompts, None)(
                self.draft.facts, self.draft.outline, self._template(current)
            )
            written = writer.rewrite(planned, instruction, current.text)
            failed = written.fallback
            section = to_section(planned, written, self.draft.script, keep)
        else:
            for _ in range(TEMPLATE_TRIES):  # salts are tried until the wording differs
                section = to_section(planned, self._template(current).write(planned), self.draft.script, keep)
                if (section.heading, section.text) != (current.heading, current.text):
                    break
        changed = (section.heading, section.text) != (current.heading, current.text)
        message = _rewrite_message(self.backend is not None, changed, failed, instruction)
        if not changed:
            return Rewritten(None, message, ok=False)
        self.draft.sections[self.draft.sections.index(current)] = section
        self.session.rewritten = sorted({*self.session.rewritten, section.key})
        check_draft(self.draft, self.retriever)
        version = self.session.add_draft(self.draft.to_dict(), f"重寫 {n} {instruction}".strip())
        return Rewritten(version, message)

    def _template(self, current: DraftSection) -> TemplateWriter:
        """A template writer with a new salt (other wordings) that avoids what the rest of the draft says."""
        from assistant.drafting.template_writer import TemplateWriter

        assert self.draft is not None
        others = [t for s in self.draft.sections if s is not current for t in (s.heading, s.text) if t]
        self._salt += 1
        return TemplateWriter(
            self.draft.facts, self.prompts, self.draft.sub_style, salt=f"rewrite-{self._salt}", avoid=others
        )

    def check(self) -> Report:
        from assistant.checking.check import check_document
        from assistant.drafting.pipeline import draft_check_options

        assert self.draft is not None
        options = draft_check_options(self.draft, self.retriever, self.check_levels)
        return check_document(self.draft.as_summary(), "當前稿子", options)


def _rewrite_message(model: bool, changed: bool, failed: str, instruction: str) -> str:
    """What a rewrite did, as it happened: never 「已換一種說法」 for the same text."""
    if model:
        if failed:
            return f"改寫沒有通過檢查（{failed}），保留原文。"
        if not changed:
            return "模型給出的文字與原文相同，這一部分沒有改動。"
        return "已按要求改寫。" if instruction else "已換一種說法。"
    ask_model = "；要按要求改寫請用 --llm 選擇模型。" if instruction else "。"
    if not changed:
        return "模板寫作沒有別的說法可換，這一部分沒有改動" + ask_model
    return ("模板寫作不能按具體要求改寫，已換一種說法" + ask_model) if instruction else "已換一種說法。"
