"""The drafting pipeline shared by ``draft``, batch drafting and ``chat``: open the retriever,
draft with the chosen writer, then check the draft (swapping out any model-written section the
checker objects to)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .app import ensure_index, open_index

if TYPE_CHECKING:
    from .draft import Draft, SectionWriter, WriterFactory
    from .facts import Facts
    from .llm import Backend
    from .planner import Outline
    from .retrieval import Retriever
    from .template_writer import TemplateWriter
    from .ui import WritingDisplay


def open_retriever(index_dir: Path | None, chroma_url: str | None, embedder: str | None, quiet: bool) -> Retriever:
    """A retriever over the index (built from the samples on first use)."""
    from .retrieval import Retriever

    index = open_index(index_dir, chroma_url, embedder)
    ensure_index(index, quiet=quiet)
    return Retriever(index)


def run_draft(
    facts: Facts,
    retriever: Retriever | None,
    *,
    script: str = "auto",
    prompts: Path | None = None,
    backend: Backend | None = None,
    display: WritingDisplay | None = None,
    order: str = "facts",
    fill_gaps: bool = False,
    today: dt.date | None = None,
) -> Draft:
    """Draft (with the template writer, or a model when ``backend`` is given), then run the
    checker on the draft, with the facts and the samples for copying."""
    from .draft import make_draft

    result = make_draft(
        facts,
        retriever.search if retriever else None,
        script=script,
        prompts=prompts,
        order=order,
        fill_gaps=fill_gaps,
        today=today,
        writer=llm_writer_factory(backend, retriever, script, prompts, display) if backend else None,
    )
    check_draft(result, retriever)
    return result


def llm_writer_factory(
    backend: Backend,
    retriever: Retriever | None,
    script: str,
    prompts: Path | None,
    display: WritingDisplay | None,
) -> WriterFactory:
    def build(facts: Facts, outline: Outline, template: TemplateWriter) -> SectionWriter:
        from .draft import target_script
        from .llm_writer import LLMSectionWriter

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


def check_draft(result: Draft, retriever: Retriever | None) -> None:
    from .check import Options, check_document

    started = time.perf_counter()
    leaks = retriever.leaks if retriever else None
    options = Options(facts_text=result.allowed_text(), leaks=leaks)
    report = check_document(result.document(), "draft", options)
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
        report = check_document(result.document(), "draft", options)
    result.check = report.to_dict()
    result.timings["check"] = time.perf_counter() - started
