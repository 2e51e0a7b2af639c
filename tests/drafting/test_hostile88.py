"""The twenty-third session's hostile pass (hostile88, at eda8213): books of the hand's choosing (a hazard
rectification table, a flood-supplies issue book, meter readings, a rent book whose 合计 is off, a door-card book, a
dog register as CSV, a rodent-bait record under a two-row header, a meeting sign-in summary with absentees), a chat
pasted with its stamps, spoken notes with corrections that give a date span or add to a count, staff named before and
after their post, the checker, `check --facts`, `facts extract` and bad input — kept as the hand wrote it
(tests/data/hostile88_probes.yaml, expectations written before it ran), run in-process. The probes still failing are
listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import assert_yaml_probe_holds, known_params, yaml_probes

# (its ids as names of their own: table-hazard-rectification is table_hazard_rectification)
PROBES = [
    {**p, "id": p["id"].replace("-", "_")}
    for p in yaml_probes("hostile88_probes")
    if p["mode"] in ("draft", "check", "checkfacts", "extract")
]
KNOWN = {
    # (two hands disagree: hostile78's missing_parts signs with the day --date names, as --help says; this hand read
    # the README's rule for a draft with no --date, which the README now says apart)
    "period_quarter_no_yearly_words": "--date names the day the summary is signed, whatever the period (as hostile78)",
    "period_half_year_date_gap": "--date names the day the summary is signed, whatever the period (as hostile78)",
    # (heldout69's and heldout70's readers: a resident by name and a word for her is 一位老人; the README now says so)
    "resident_story_one_person": "a resident named with a word for her (王秀英老太太) is written 一位老人, not 王某",
}


@pytest.mark.parametrize("probe", known_params(PROBES, KNOWN))
def test_the_twenty_third_sessions_hostile_pass_holds(
    probe: dict[str, Any], tmp_path: Path, zongjie_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONGJIE_UI_SCRIPT", "simplified")  # (the hand ran it with LANG=zh_CN.UTF-8)
    assert_yaml_probe_holds(probe, tmp_path)
