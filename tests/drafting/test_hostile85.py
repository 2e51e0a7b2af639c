"""The twenty-first session's hostile pass (hostile85): books of the hand's choosing (a volunteers' hours record, a
relief payment sheet whose 合计 its rows do not bear out, a sign-in summary under a header over two rows, a hazard
rectification table with a correction in a cell, a materials ledger, an attendance summary, a Word ledger with a
wrapped cell, a vehicle log in a WeChat chat), spoken notes with a resident's words and a contact, dates and
placeholders in items, plans and problems inside the work, the checker, `check --facts`, `facts extract` and bad
input — kept as the hand wrote it (tests/data/hostile85_probes.yaml, expectations written before it ran), run
in-process. The probes still failing are listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import assert_yaml_probe_holds, known_params, yaml_probes

# (its ids as names of their own: book-volunteer-hours is book_volunteer_hours)
PROBES = [
    {**p, "id": p["id"].replace("-", "_")}
    for p in yaml_probes("hostile85_probes")
    if p["mode"] in ("draft", "check", "checkfacts", "extract")
]
KNOWN = {
    "relief_sum_mismatch": "the 合计 its rows do not bear out is no longer said (共3人), but the report does not yet say so",
    "wps_ledger_wrapped_cell": "a Word table's row wrapped over two lines (17件 on a line of its own) is not yet joined",
    "wechat_sender_stamps": "in a pasted chat block the messages after the first keep their senders and times",
    "problem_inside_work": "a shortfall inside a work item (尚有57户欠缴) is not yet offered as a problem in the report",
    "extract_voice_note": "facts extract writes a voice note as spoken; the copy-editor runs when the draft is written",
}


@pytest.mark.parametrize("probe", known_params(PROBES, KNOWN))
def test_the_twenty_first_sessions_hostile_pass_holds(
    probe: dict[str, Any], tmp_path: Path, zongjie_home: Path
) -> None:
    assert_yaml_probe_holds(probe, tmp_path)
