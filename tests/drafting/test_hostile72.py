"""The sixteenth session's hostile pass, over its first readers (rosters of supported households, meeting books, tables
typed with runs of spaces, slide outlines, files that are no material), kept as the hand wrote it
(tests/data/hostile72_probes.yaml: each probe's input and what a careful editor expects, written before it ran), run
in-process. The probes still failing are listed with the hand's own expectation; most are older shapes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import assert_yaml_probe_holds, known_params, yaml_probes

PROBES = yaml_probes("hostile72_probes")
KNOWN = {
    "A31": "prose, a roster and a monthly table in one category: the second table's rows kept apart from the roster",
    "A16": "a single-spaced meeting book whose topic has a space of its own: read as a table (it stays raw)",
    "C02": "debatable: a volunteer-hours roster names the kinds of service, not only its total",
    "A42": "the hand's own slip (its README): a material with no office or period needs --community/--period",
}


@pytest.mark.parametrize("probe", known_params(PROBES, KNOWN))
def test_the_sixteenth_sessions_hostile_pass_holds(probe: dict[str, Any], tmp_path: Path, zongjie_home: Path) -> None:
    assert_yaml_probe_holds(probe, tmp_path)
