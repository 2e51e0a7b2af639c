"""The thirteenth session's second hostile pass, kept as the hand wrote it (tests/data/hostile65_probes.py, each
probe with the hand's own checks, run through the hand's own runner): 不是…嘛, nicknames and surnames, a flat's
family, 地保, a 接龙 and lists that are no chain, a supervisor's table and a table's own scores, corrections of
what was written, sub-headings, a heading's source. The probes still failing are listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import load_probes

_MODULE = load_probes("hostile65_probes")
PROBES: list[dict[str, Any]] = _MODULE.P
_ROOT = str(Path(__file__).resolve().parents[2])

KNOWN = {
    "A09": "debatable: 不是没有…嘛 left as typed",
    "A37": "a shop named for its owner (张大姐家常菜馆) is withheld as a name",
    "A57": "a typist's spaces around a long office name are read as a voice note's pauses",
    "E04": "an identity number masked in part and typed with spaces is printed",
    "B12": "a row whose 同比 is written +12.5% takes 开展",
    "B13": "同比 0% said as 增长",
    "B15": "debatable: a caller's name that is also a road's name is withheld in the road",
    "C05": "debatable: a total given in 户 only; the entries' 人 are not summed (no figure is worked out)",
    "C08": "debatable: a volunteers' roster read as a chain without its names",
    "D04": "debatable: a corrected count beside the rate the correction left (the tool works out no rate)",
    "D05": "a correction of the second of two figures (成功应为6起) is left as its own item",
    "B19": "debatable: a 检查点位 column printed with its label",
    "A30": "the hand's copy of our own test as it then stood (个别村民); after its A28, a nickname is 个别居民",
}


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN[p["id"]], strict=True)) if p["id"] in KNOWN else p
        for p in PROBES
    ],
    ids=lambda p: p["id"],
)
def test_the_thirteenth_sessions_second_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _MODULE.run_one(probe, _ROOT)
    assert _MODULE.judge(probe, out) is not False, (probe["expected"], out)
