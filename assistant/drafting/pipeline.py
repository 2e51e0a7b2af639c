"""The drafting pipeline shared by ``draft``, batch drafting and ``chat``: open the index and the
retriever, draft with the chosen writer, then check the draft (swapping out any model-written
section the checker objects to).

No terminal here: what a long task has to say goes to a :class:`Reporter` the command passes in.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from assistant.backends.llm import Backend
    from assistant.checking.registry import Options
    from assistant.core.config import Settings
    from assistant.core.progress import Reporter
    from assistant.drafting.draft import Draft, DraftOptions, SectionWriter, WriterFactory
    from assistant.drafting.planner import Outline
    from assistant.drafting.template_writer import TemplateWriter
    from assistant.facts.model import Facts
    from assistant.retrieval.index import Index
    from assistant.retrieval.search import Retriever


class Display(Protocol):
    """What a model writer reports as it writes: tokens, and events per section."""

    def on_token(self, key: str, text: str) -> None: ...

    def on_event(self, key: str, event: str, detail: str) -> None: ...


def open_index(settings: Settings) -> Index:
    """The index the settings name."""
    from assistant.retrieval.index import Index

    return Index(settings.index, settings.chroma_url, settings.embedder)


def ensure_index(index: Index, reporter: Reporter) -> None:
    """First use: build the index from the bundled samples, reporting progress."""
    if index.count() > 0:  # from the snapshot's manifest: chromadb is not even imported
        return
    from assistant.retrieval.ingest import ensure_built

    reporter.note("首次使用：正在用內置範文建立索引…")
    with reporter.progress("建立索引") as update:
        report = ensure_built(index, progress=update)
    if report:
        reporter.note(f"索引已建立：{report.added} 個片段，用時 {report.seconds:.1f} 秒。")


def open_retriever(settings: Settings, reporter: Reporter) -> Retriever:
    """A retriever over the index (built from the samples on first use)."""
    from assistant.retrieval.search import Retriever

    index = open_index(settings)
    ensure_index(index, reporter)
    return Retriever(index)


def run_draft(
    facts: Facts,
    retriever: Retriever | None,
    options: DraftOptions | None = None,
    *,
    backend: Backend | None = None,
    display: Display | None = None,
) -> Draft:
    """Draft (with the template writer, or a model when ``backend`` is given), then run the
    checker on the draft, with the facts and the samples for copying."""
    from assistant.drafting.draft import DraftOptions, make_draft

    options = options or DraftOptions()
    if options.style is None and retriever is not None:  # the office's own summaries, if it ingested any
        from dataclasses import replace

        from assistant.drafting.office_style import choose

        options = replace(options, style=choose(retriever.office_styles(), facts))
    prompts = Path(options.prompts) if options.prompts else None
    result = make_draft(
        facts,
        retriever.search if retriever else None,
        options,
        writer=llm_writer_factory(backend, retriever, options.script, prompts, display) if backend else None,
    )
    check_draft(result, retriever, options.check_levels)
    return result


def llm_writer_factory(
    backend: Backend,
    retriever: Retriever | None,
    script: str,
    prompts: Path | None,
    display: Display | None,
) -> WriterFactory:
    def build(facts: Facts, outline: Outline, template: TemplateWriter) -> SectionWriter:
        from assistant.drafting.draft import target_script
        from assistant.drafting.llm_writer import LLMSectionWriter

        return LLMSectionWriter(
            facts,
            backend,
            template=template,
            script=target_script(facts, script),
            leaks=retriever.leaks if retriever else None,
            prompts=prompts,
            on_token=display.on_token if display else None,
            on_event=display.on_event if display else None,
        )

    return build


def draft_check_options(result: Draft, retriever: Retriever | None, levels: dict[str, str] | None) -> Options:
    """How a draft is checked, after drafting and by chat's /檢查: the checker's options as
    ``zongjie check`` builds them, with the facts, the samples, and the office's earlier summary
    (nothing of it copied; the parts it does without not asked for)."""
    from assistant.checking.check import checker_options

    options = checker_options(levels, facts_text=result.allowed_text(), leaks=retriever.leaks if retriever else None)
    options.expected_text = result.expected_text()
    options.disabled |= result.parts_the_office_omits()
    options.past = result.past_text()
    return options


def check_draft(result: Draft, retriever: Retriever | None, levels: dict[str, str] | None = None) -> None:
    """The draft's own check, with the options ``zongjie check`` builds the same way (``levels``:
    the config file's [check] table)."""
    from assistant.checking.check import check_document

    started = time.perf_counter()
    options = draft_check_options(result, retriever, levels)
    report = check_document(result.as_summary(), "draft", options)
    # the last guard for model-written sections: any error the checker finds in one of them
    # puts the template's version in its place
    swapped = False
    for finding in report.findings:
        # errors, and a sentence or heading pattern the model repeated from another section
        serious = finding.severity == "error" or finding.rule in ("duplicate-sentence", "heading-pattern")
        section = result.section_at(finding.line) if serious else None
        if section is not None and section.writer == "llm":
            section.use_alternative(f"整篇檢查發現：{finding.message}")
            swapped = True
    if swapped:
        report = check_document(result.as_summary(), "draft", options)
    result.check = report.to_dict()
    result.timings["check"] = time.perf_counter() - started
