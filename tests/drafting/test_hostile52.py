"""The hostile pass of round 31 over the session's copy-edits, kept as it was written (tests/data/hostile52.json):
another hand's inputs, each harm it found fixed, each control it set passing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.facts.copyedit import edit_item
from assistant.facts.tables import table_sentences

PROBES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "hostile52.json").read_text(encoding="utf-8")
)["probes"]


def _out(probe: dict[str, Any]) -> str | list[str] | None:
    if probe["kind"] == "table":
        return table_sentences(probe["text"])
    return edit_item(probe["text"], work=probe["kind"] == "work")[0]


@pytest.mark.parametrize("probe", [p for p in PROBES if "expect" not in p], ids=lambda p: p["id"])
def test_a_harm_the_hostile_pass_found_is_gone(probe: dict[str, Any]) -> None:
    out = _out(probe)
    said = "\n".join(out) if isinstance(out, list) else str(out)
    # the hand's own test of its finding: every word of the harm there and none of what should stay
    harmed = all(bad in said for bad in probe["must_not"]) and not any(kept in said for kept in probe["must_keep"])
    assert not harmed, (probe["harm"], said)


# controls a later reading overruled, with what is right now and why
SUPERSEDED = {
    "C050": (
        "一位老人和老伴",
        "heldout69's and heldout70's readers: a resident by surname and a word of kin (陈老汉) is someone the street "
        "can name, written 一位老人",
    ),
    "C083": (
        [
            "2024年12月2日至12月20日，走访辖区低保，走访42户",
            "2024年12月10日至2025年1月15日，开展消防检查，检查38家，发现隐患61处",
            "2025年1月6日，开展反诈宣传，发放资料500份",
        ],
        "the sixteenth session's hostile pass: a 备注 that says 无 (none) is left unsaid, not a dangling 「，无」",
    ),
}


@pytest.mark.parametrize("probe", [p for p in PROBES if "expect" in p], ids=lambda p: p["id"])
def test_the_hostile_pass_controls_hold(probe: dict[str, Any]) -> None:
    expected = SUPERSEDED[probe["id"]][0] if probe["id"] in SUPERSEDED else probe["expect"]
    assert _out(probe) == expected
