"""The twentieth session's hostile pass (hostile81): books of the hand's own choosing (a meal register by month with
its staff, a follow-up table under a header over two rows, a repair tally set apart by full-width spaces, a 合计 over
a corrected row, a roster with identity numbers), corrections in plain words, spoken notes from four regions and a
voice converter, residents named after 老党员 and 家庭, the checker with a handling mark over the title, `check
--facts`, `facts extract` (a workbook whose 合计 its rows do not add up to), and bad input — kept as the hand wrote it
(tests/data/hostile81_probes.yaml, expectations written before it ran), run in-process. The hand's `noforce` mode ran
through its own runner only. The probes still failing are listed with why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .hostile_probes import assert_yaml_probe_holds, known_params, yaml_probes

# (its ids as names of their own: book-meal-tabs is book_meal_tabs, not one of many 'book')
PROBES = [
    {**p, "id": p["id"].replace("-", "_")}
    for p in yaml_probes("hostile81_probes")
    if p["mode"] in ("draft", "check", "checkfacts", "extract")
]
_NO_OFFICE = "the hand's own slip (its README): its materials name no office and it passed no --community (exit 2)"
_CLOSING = "the hand's own slip (its README): it took the closing for the signature; the info note is right"
_SUM = "debatable: a total worked out from the rows is a figure the clerk never wrote; the rows are said, each figure as given"
KNOWN = {
    "book_meal_tabs": _SUM + " (each month's lunches and deliveries)",
    "book_fire_total_wrong": _SUM + "; the 合计 its rows do not add up to is dropped",
    "book_repairs_fullwidth_spaces": _SUM + " (each kind's received, closed and called back)",
    "corr_row_breaks_total": _SUM + "; the corrected 69 is said, the 合计 of the first figures dropped",
    "trad_book_tabs": _SUM + " (three sessions, in Traditional)",
    "check_clean": _CLOSING,
    "check_date_good_indented": _CLOSING,
    "check_title_two_lines_late": _CLOSING + " (the title is found on line 4 now)",
    "check_problems_first": _CLOSING,
    "check_prose_no_headings": _CLOSING,
    "check_markdown_control": _CLOSING,
    "check_traditional_doc": _CLOSING + "; and its lone （一） is a real finding (its README)",
    "cf_dates_ordinals_ok": "the hand's own slip (its README): its 'no finding on line 22' caught the closing's info note",
    "ex_control_activity_md": _NO_OFFICE,
    "ex_gbk_txt": _NO_OFFICE,
    "ex_docx_correction_table": _NO_OFFICE,
    "ex_wechat_chat": _NO_OFFICE,
}


@pytest.mark.parametrize("probe", known_params(PROBES, KNOWN))
def test_the_twentieth_sessions_hostile_pass_holds(probe: dict[str, Any], tmp_path: Path, zongjie_home: Path) -> None:
    assert_yaml_probe_holds(probe, tmp_path)
