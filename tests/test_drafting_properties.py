"""Properties of every draft, over generated facts (tests/generated.py): all figures used and none
foreign, no sentence twice, no heading pattern twice, no practice word the facts lack, and
nothing for the checker but the marked gaps."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings

from assistant.checking.check import check_document
from assistant.checking.registry import Options
from assistant.core.script import to_simplified
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.drafting.phrasing import phrases
from assistant.facts.model import facts_from_data

from .generated import facts_strategy, own_names

PRACTICES = [to_simplified(w) for w in phrases()["practices"]["words"]]
TODAY = dt.date(2026, 11, 29)


def draft_problems(data: dict[str, Any]) -> list[str]:
    """Everything wrong with the draft of these facts (an empty list: nothing)."""
    facts = facts_from_data(data, "generated")
    draft = make_draft(facts, None, DraftOptions(today=TODAY))
    figures = draft.figures()
    out = [f"figure missing: {m}" for m in figures["missing"]]
    out += [f"figure not in the facts: {u}" for u in figures["unsupported"]]
    report = check_document(draft.as_summary(), "draft", Options(facts_text=draft.allowed_text()))
    gaps = {"【待补：存在的问题】", "【待补：下一步工作计划】", "【待补：成文日期】"}
    users = own_names(draft, facts)
    for f in report.findings:
        if f.rule == "heading-pattern" and f.text in users:
            continue  # two of the user's own names that happen to look alike (网格化管理, 网格管理)
        if f.rule in ("duplicate-sentence", "heading-pattern") or (f.severity == "error" and f.text not in gaps):
            out.append(f"{f.rule}: {f.message} {f.text}")
    text, facts_text = to_simplified(draft.text()), to_simplified(facts.all_text())
    out += [f"practice word not in the facts: {w}" for w in PRACTICES if w in text and w not in facts_text]
    if not facts.topic and facts.community + facts.period + "工作总结" not in text.split("\n")[0]:
        out.append("title names a topic no one gave")
    return out


@settings(max_examples=200, deadline=None)
@given(facts_strategy)
def test_generated_facts_give_clean_drafts(data: dict[str, Any]) -> None:
    assert draft_problems(data) == []
