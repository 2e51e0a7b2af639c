"""The twenty-third session's second hostile pass (hostile89, at f8e17c3): books of the hand's choosing (street-light
repairs, refuse-truck trips, meal subsidies, garden patrols, a charging-pile CSV export, a class timetable, a 低保 review,
a petition book), rows struck as duplicates and cells corrected, spoken notes with a word taken back, a plan typed among
the work, the checker, `check --facts`, `facts extract` and bad input — kept as the hand wrote it
(tests/data/hostile89_probes.yaml, expectations written before it ran), run in-process. The probes still failing are
listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import assert_yaml_probe_holds, known_params, yaml_probes

# (its ids as names of their own: table-hazard-rectification is table_hazard_rectification)
PROBES = [
    {**p, "id": p["id"].replace("-", "_")}
    for p in yaml_probes("hostile89_probes")
    if p["mode"] in ("draft", "check", "checkfacts", "extract")
]
KNOWN = {
    "charging_pile_csv_export": "a CSV export with every cell in quotes pasted as one item is not yet read as a table",
    "phone_plate_id_in_items": "the contact's name before the number withheld (联系人刘师傅) stays, and the clause is left broken",
    "extract_ledger_with_total_and_names": "facts extract sets the detail rows out beside a 合计 by kind and files one row under 基本医疗",
    # (the README said so for every draft; it now says the office's words for the people served come where the draft
    # itself speaks of them, and nothing is added to short facts)
    "kind_health_center": "a short 卫生服务中心 draft adds no 健康 wording of its own (the README now says so)",
    "kind_street_office": "a short 街道 draft adds no 辖区/群众 of its own (the README now says so)",
}


@pytest.mark.parametrize("probe", known_params(PROBES, KNOWN))
def test_the_twenty_third_sessions_second_hostile_pass_holds(
    probe: dict[str, Any], tmp_path: Path, zongjie_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONGJIE_UI_SCRIPT", "simplified")  # (the hand ran it with LANG=zh_CN.UTF-8)
    assert_yaml_probe_holds(probe, tmp_path)
