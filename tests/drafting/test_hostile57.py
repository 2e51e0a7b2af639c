"""The tenth session's hostile pass, kept as the hand wrote it (tests/data/hostile57.json): what the session's
own rules must leave alone and what they must get right, each probe with the hand's own check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.checking.check import check_text
from assistant.core.numbers import find_figures
from assistant.core.periods import year_after
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.copyedit import edit_item
from assistant.facts.model import facts_from_data
from tests.drafting.probe_checks import holds

DATA = json.loads((Path(__file__).parent.parent / "data" / "hostile57.json").read_text(encoding="utf-8"))
TODAY = dt.date(*DATA["today"])
PROBES: list[dict[str, Any]] = DATA["probes"]


def _draft(data: dict[str, Any]) -> Any:
    return make_draft(facts_from_data(data, "t.yaml"), None, DraftOptions(today=TODAY))


def _run(runner: str, given: Any) -> str:
    """As the hand ran it."""
    if runner == "edit":
        return edit_item(given, work=True)[0]
    if runner == "figs":
        return " | ".join(f"{f.text}:{f.key}/{f.kind}" for f in find_figures(given)) or "(no figure)"
    if runner == "year":
        return str(year_after(given, TODAY))
    if runner == "check":
        report = check_text(given)
        missing = sorted(f.rule for f in report.findings if f.rule.startswith("missing-"))
        return "MISSING: " + ",".join(missing) + "\nRULES: " + ",".join(f.rule for f in report.findings)
    if runner == "facts":
        f = facts_from_data(given, "t.yaml")
        lines = [f"【{cat}】" + "｜".join(items) for cat, items in f.work.items()]
        lines += ["RESULTS: " + "｜".join(f.results), "PLANS: " + "｜".join(f.plans), "NOTES: " + "｜".join(f.notes)]
        return "\n".join(lines)
    if runner == "plans":
        data = given if isinstance(given, dict) else {**DATA["plan_base"], "下一步计划": given}
        return "\n".join(s.text for s in _draft(data).sections if s.role == "plans")
    data = given if isinstance(given, dict) else {**DATA["base"], "主要工作": {"关爱服务": given}}
    return str(_draft(data).text())  # draft, and cli (the command line's own make_draft)


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_tenth_sessions_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["runner"], probe["input"])
    assert holds(probe["check"], out), (probe["expected"], out)
