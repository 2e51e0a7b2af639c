"""The second hostile pass of the ninth session, kept as the hand wrote it (tests/data/hostile55.json): forms,
e-mail threads, scanned ledgers, numbered lists and called-off items, each with the hand's own check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.copyedit import edit_item
from assistant.facts.model import facts_from_data

DATA = json.loads((Path(__file__).parent.parent / "data" / "hostile55.json").read_text(encoding="utf-8"))
BASE: dict[str, str] = DATA["base"]
PROBES: list[dict[str, Any]] = DATA["probes"]


def _run(runner: str, given: Any) -> Any:
    """As the hand ran it."""
    if runner == "edit":
        return edit_item(given, work=True)[0]
    data = (
        {**BASE, **given}
        if runner == "fields"
        else {**BASE, "主要工作": given if isinstance(given, dict) else {"关爱服务": given}}
    )
    facts = facts_from_data(data, "f.yaml")
    if runner == "draft":
        return make_draft(facts, None, DraftOptions(today=dt.date(2026, 12, 6))).text()
    return {
        "work": [i for items in facts.work.values() for i in items],
        "problems": list(facts.problems),
        **{k: getattr(facts, k) for k in ("community", "period", "topic", "author", "date")},
        "results": list(facts.results),
        "plans": list(facts.plans),
        "categories": list(facts.work),
    }


def _said(out: Any) -> str:
    if not isinstance(out, dict):
        return str(out)
    parts = list(out.get("work", [])) + list(out.get("problems", []))
    for key in ("results", "plans", "community", "period", "topic", "author", "date", "categories"):
        value = out.get(key)
        parts += value if isinstance(value, list) else [value] if value else []
    return " | ".join(str(p) for p in parts)


def _holds(check: dict[str, Any], out: Any) -> bool:
    ((name, args),) = check.items()
    said = _said(out)
    if name == "both":
        return all(_holds(c, out) for c in args)
    if name == "has":
        return all(s in said for s in _many(args))
    if name == "lacks":
        return not any(s in said for s in _many(args))
    if name == "hl":
        return all(s in said for s in args[0]) and not any(s in said for s in args[1])
    if name == "any_of":
        return any(s in said for s in _many(args))
    if name == "items_are":
        return isinstance(out, dict) and out.get("work") == args
    if name == "n_items":
        return isinstance(out, dict) and len(out.get("work", [])) == args
    if name == "no_item_ends":
        ends = _many(args)
        return isinstance(out, dict) and not any(i.rstrip("。").endswith(e) for i in out["work"] for e in ends)
    if name == "field_is":
        return isinstance(out, dict) and out.get(args[0]) == args[1]
    raise AssertionError(f"unknown check {name}")


def _many(args: Any) -> list[str]:
    return list(args) if isinstance(args, (list, tuple)) else [args]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_ninth_sessions_second_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["runner"], probe["input"])
    assert _holds(probe["check"], out), (probe["expected"], out)
