"""The second hostile pass of the eighth session, kept as it was written (tests/data/hostile53.json): another
hand's inputs to the copy-editor and to a work group's messages, each harm it found fixed, each control holding."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.core.clean import clean_item
from assistant.facts.copyedit import edit_item
from assistant.facts.group_chat import corrections_across
from assistant.facts.items import clean

PROBES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "hostile53.json").read_text(encoding="utf-8")
)["probes"]


def _out(probe: dict[str, Any]) -> str:
    """As the hand ran it: messages cleaned as the facts reader cleans them, read across, then each
    copy-edited (∅ a message dropped), joined with ‖."""
    if probe["kind"] == "chat":
        read, _ = corrections_across([clean(clean_item(m)[0]) for m in probe["text"]])
        return " ‖ ".join((edit_item(t, work=True)[0] or "∅") if t else "∅" for t in read)
    return edit_item(probe["text"], work=probe["kind"] == "ed")[0]


@pytest.mark.parametrize("probe", [p for p in PROBES if "expect" not in p], ids=lambda p: p["id"])
def test_a_harm_the_second_hostile_pass_found_is_gone(probe: dict[str, Any]) -> None:
    said = _out(probe)
    # the hand's own test of its finding: every word of the harm there and none of what should stay
    harmed = all(bad in said for bad in probe["must_not"]) and not any(kept in said for kept in probe["must_keep"])
    assert not harmed, (probe["harm"], said)


@pytest.mark.parametrize("probe", [p for p in PROBES if "expect" in p], ids=lambda p: p["id"])
def test_the_second_hostile_pass_controls_hold(probe: dict[str, Any]) -> None:
    assert _out(probe) == probe["expect"]
