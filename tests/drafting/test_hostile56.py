"""The third hostile pass of the ninth session, kept as the hand wrote it (tests/data/hostile56.json): a group's
talk, ledgers, names after 阿婆 and 老奶奶, and the words round 35's readers quoted, each with the hand's own check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.copyedit import edit_item
from assistant.facts.group_chat import corrections_across
from assistant.facts.model import facts_from_data
from assistant.facts.tables import table_sentences
from tests.drafting.probe_checks import holds

DATA = json.loads((Path(__file__).parent.parent / "data" / "hostile56.json").read_text(encoding="utf-8"))
BASE: dict[str, str] = DATA["base"]
PROBES: list[dict[str, Any]] = DATA["probes"]


def _run(runner: str, given: Any) -> Any:
    """As the hand ran it."""
    if runner == "chat":
        return corrections_across(given)[0]
    if runner == "table":
        return table_sentences(given)
    if runner == "edit":
        return edit_item(given, work=True)[0]
    facts = facts_from_data({**BASE, "主要工作": {"关爱服务": given}}, "f.yaml")
    if runner == "work":
        return [i for items in facts.work.values() for i in items]
    text = make_draft(facts, None, DraftOptions(today=dt.date(2026, 12, 6))).text()
    return text.split("一、主要工作", 1)[-1].split("二、", 1)[0].strip()


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_ninth_sessions_third_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["runner"], probe["input"])
    assert holds(probe["check"], out), (probe["expected"], out)
