"""The twelfth session's second hostile pass, kept as the hand wrote it (tests/data/hostile63.json): ages
beside whom a note names, a duty log and a handover, tables of counts, a 公众号 article's frame, a record's
distribution and lead, headings told as speech; each probe with the hand's own check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.drafting.phrasing import heading_name
from assistant.facts.copyedit import edit_item
from assistant.facts.minutes import without_record_frame
from assistant.facts.model import facts_from_data

PROBES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "hostile63.json").read_text(encoding="utf-8")
)["probes"]


def _run(kind: str, given: Any) -> str:
    """As the hand ran it."""
    if kind == "edit":
        return edit_item(given, work=True)[0]
    if kind == "facts":
        work = facts_from_data({"单位": "甲社区", "时段": "2026年", "主要工作": {"类别": given}}, "t.yaml").work
        return " || ".join(work.get("类别", []))
    if kind == "minutes":
        return " || ".join(t for t in without_record_frame(given)[0] if t)
    return heading_name(given)


# what a later reading overruled, with what must be there now and why
SUPERSEDED = {
    "nm01": (
        ["一位老人家中"],
        "heldout69's and heldout70's readers: a resident by surname and kin (张某老爷子 beside where they live) is "
        "someone the street can name, written 一位老人",
    ),
}


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_twelfth_sessions_second_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["kind"], probe["input"])
    if probe["equal"] is not None:
        assert out == probe["equal"], (probe["expected"], out)
    must = SUPERSEDED[probe["id"]][0] if probe["id"] in SUPERSEDED else probe["must"]
    assert all(m in out for m in must), (probe["expected"], out)
    assert not any(m in out for m in probe["must_not"]), (probe["expected"], out)
