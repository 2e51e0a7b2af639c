"""The eleventh session's hostile pass, kept as the hand wrote it (tests/data/hostile60.json): comment
clauses, news pieces, slides, settled and struck notes, ledger rows with pipes, names, an office's own
numbering and the checker's list leads, each probe with the hand's own check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.checking.check import check_text
from assistant.checking.rules.colloquial import colloquial_in
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.drafting.office_style import StyleChoice
from assistant.facts.copyedit import edit_item
from assistant.facts.model import facts_from_data
from assistant.summary.style import read_style
from tests.drafting.probe_checks import holds

DATA = json.loads((Path(__file__).parent.parent / "data" / "hostile60.json").read_text(encoding="utf-8"))
BASE: dict[str, Any] = DATA["base"]
TODAY = dt.date(*DATA["today"])
PROBES: list[dict[str, Any]] = DATA["probes"]
YEAR = {"单位": "甲社区居委会", "时段": "2026年"}
LIKE = {"单位": "桂园社区", "时段": "2026年"}


def _draft(data: dict[str, Any], base: dict[str, Any], style: Any = None) -> str:
    options = DraftOptions(today=TODAY, style=StyleChoice(style, "like") if style is not None else None)
    return str(make_draft(facts_from_data({**base, **data}, "t.yaml"), None, options).text())


def _run(runner: str, given: Any) -> str:
    """As the hand ran it."""
    if runner in ("edit", "editp"):
        return edit_item(given, work=runner == "edit")[0]
    if runner == "work":
        f = facts_from_data({**BASE, **given}, "t.yaml")
        lines = [f"【{cat}】" + "｜".join(items) for cat, items in f.work.items()]
        return "\n".join([*lines, "PROBLEMS: " + "｜".join(f.problems), "PLANS: " + "｜".join(f.plans)])
    if runner == "draft":
        return _draft(given if isinstance(given, dict) else {"主要工作": {"关爱服务": given}}, BASE)
    if runner == "draft_year":
        return _draft(given, YEAR)
    if runner in ("style", "like"):
        style = read_style(given["past"], "past.md" if given.get("md") else "past.txt", 0, given.get("md", False))
        if style is None:
            return "(no style: not read as a summary)"
        if runner == "like":
            return _draft(given["facts"], LIKE, style)
        keys = ("structure", "sub_heading", "sub_marker", "list_habit", "part_habit", "top_categories", "titles")
        return json.dumps({k: getattr(style, k, None) for k in keys}, ensure_ascii=False)
    if runner == "check":
        report = check_text(given, "t.txt", 0, None, False)
        parts = " ".join(f"{k}:{'Y' if v.found else 'N'}[{v.heading}]" for k, v in report.sections.items())
        return f"PARTS {parts}\nRULES " + "; ".join(f"{f.rule}:{f.text}" for f in report.findings)
    return "COLLOQUIAL: " + "、".join(colloquial_in(given))


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_eleventh_sessions_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["runner"], probe["input"])
    assert holds(probe["check"], out), (probe["expected"], out)
