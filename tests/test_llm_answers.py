"""Recorded model answers (tests/data/llm_answers/): the shared rules accept every clean answer
and reject every faulty one, for the reason it was written to show."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.checking.registry import LeakData
from assistant.drafting.llm_writer import LLMSectionWriter
from assistant.drafting.planner import PlannedSection
from assistant.drafting.template_writer import TemplateWriter
from assistant.facts.model import load_facts
from assistant.retrieval.corpus import bundled_sample_files, chunk_sample, load_sample
from assistant.retrieval.leaks import leak_data

REPO = Path(__file__).resolve().parent.parent
ANSWERS = sorted((REPO / "tests" / "data" / "llm_answers").glob("*.yaml"))
# What each kind of fault must be caught by (the rule's message names it).
CAUGHT_BY = {
    "invented-figure": ("不在事實文件中",),
    "dropped-figure": ("沒有寫進稿子", "沒有寫到這些事實"),
    "sample-name": ("範文中的地名或單位名",),
    "sample-sentence": ("照抄了範文",),
    "wrong-section": ("這一節應寫", "這一段應是開頭", "現將……總結如下", "沒有寫進稿子"),
    "repeated-sentence": ("重複",),
    "echoed-instruction": ("複述了寫作要求", "對要求的應答"),
    "placeholder": ("佔位符",),
}


@cache
def _leaks() -> LeakData:
    docs = [(c.id, c.text, c.metadata) for p in bundled_sample_files() for c in chunk_sample(load_sample(p))]
    return leak_data(docs)


def _validate(record: dict[str, Any]) -> list[str]:
    facts = load_facts(REPO / record["facts"])
    key = record["section"]
    kind, _, category = key.partition(":")
    if kind == "work":
        items = facts.work[category]
    else:
        items = {"results": facts.results, "problems": facts.problems, "plans": facts.plans}.get(kind, [])
    planned = PlannedSection(key, "work" if kind == "results" else kind, 2 if category else 1, items=list(items))
    planned.category = category or None
    template = TemplateWriter(facts)
    writer = LLMSectionWriter(facts, None, template=template, script=facts.script, leaks=_leaks())  # type: ignore[arg-type]
    base = writer.template.write(planned)
    return writer.validate(record["answer"].strip(), planned, kind, base)


@pytest.mark.parametrize("path", ANSWERS, ids=lambda p: p.stem)
def test_recorded_answer(path: Path) -> None:
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    reasons = _validate(record)
    if record["expect"] == "accept":
        assert reasons == [], reasons
    else:
        assert reasons, f"{path.name} ({record['fault']}) was accepted"
        wanted = CAUGHT_BY[record["fault"]]
        assert any(w in r for r in reasons for w in wanted), (record["fault"], reasons)


def test_the_recordings_cover_every_fault_and_enough_clean_answers() -> None:
    records = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in ANSWERS]
    assert sum(r["expect"] == "accept" for r in records) >= 20
    faults = [r["fault"] for r in records if r["expect"] == "reject"]
    assert {f: faults.count(f) >= 3 for f in CAUGHT_BY} == dict.fromkeys(CAUGHT_BY, True)
