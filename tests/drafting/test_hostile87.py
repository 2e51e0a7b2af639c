"""The twenty-second session's second hostile pass (hostile87, at b4a8626): books of the hand's choosing (a course
timetable and a sign-in summary under two-row headers, a repair log, a leaflet register, a 低保 annual review, food
sampling, library loans, a vehicle log), spoken notes with staff named before and after their post, stories of one
resident, the clerk's asides and corrections said aloud, the checker, `check --facts`, `facts extract` and bad input —
kept as the hand wrote it (tests/data/hostile87_probes.yaml, expectations written before it ran), run in-process. The
probes still failing are listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import assert_yaml_probe_holds, known_params, yaml_probes

# (its ids as names of their own: venue-booking-register is venue_booking_register)
PROBES = [
    {**p, "id": p["id"].replace("-", "_")}
    for p in yaml_probes("hostile87_probes")
    if p["mode"] in ("draft", "check", "checkfacts", "extract")
]
KNOWN: dict[str, str] = {}  # (the last four held since the twenty-third session)


@pytest.mark.parametrize("probe", known_params(PROBES, KNOWN))
def test_the_twenty_second_sessions_second_hostile_pass_holds(
    probe: dict[str, Any], tmp_path: Path, zongjie_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZONGJIE_UI_SCRIPT", "simplified")  # (the hand ran it with LANG=zh_CN.UTF-8)
    assert_yaml_probe_holds(probe, tmp_path)
