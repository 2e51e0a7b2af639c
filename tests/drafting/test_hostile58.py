"""The tenth session's second hostile pass, kept as the hand wrote it (tests/data/hostile58.json): figures
marked as not this period's, clauses not to be published, activities not held, a slip the sender owns,
notices, forms and weekly reports, each probe with the hand's own check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.copyedit import edit_item, without_chat_stamp
from assistant.facts.group_chat import corrections_across
from assistant.facts.model import facts_from_data
from assistant.facts.tables import table_sentences
from tests.drafting.probe_checks import holds

DATA = json.loads((Path(__file__).parent.parent / "data" / "hostile58.json").read_text(encoding="utf-8"))
BASE: dict[str, Any] = DATA["base"]
TODAY = dt.date(*DATA["today"])
PROBES: list[dict[str, Any]] = DATA["probes"]


def _run(runner: str, given: Any) -> str:
    """As the hand ran it."""
    if runner == "edit":
        return edit_item(given, work=True)[0]
    if runner == "chat":
        return " ‖ ".join(without_chat_stamp(m)[0] for m in corrections_across(given)[0] if m) or "(nothing kept)"
    if runner == "table":
        rows = table_sentences(given)
        return "(not a table)" if rows is None else " ‖ ".join(rows)
    if runner == "draft":
        data = given if isinstance(given, dict) else {"主要工作": {"关爱服务": given}}
        return str(make_draft(facts_from_data({**BASE, **data}, "t.yaml"), None, DraftOptions(today=TODAY)).text())
    f = facts_from_data({**BASE, **given}, "t.yaml")
    lines = [f"【{cat}】" + "｜".join(items) for cat, items in f.work.items()]
    if runner == "facts":
        lines += ["RESULTS: " + "｜".join(f.results), "PROBLEMS: " + "｜".join(f.problems)]
        lines += ["PLANS: " + "｜".join(f.plans), "NOTES: " + "｜".join(f.notes)]
    else:  # work: the work and the problems only (the notes quote what was left out)
        lines.append("PROBLEMS: " + "｜".join(f.problems))
    return "\n".join(lines)


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_tenth_sessions_second_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["runner"], probe["input"])
    assert holds(probe["check"], out), (probe["expected"], out)
