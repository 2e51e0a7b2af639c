"""The hostile pass of the ninth session, kept as the hand wrote it (tests/data/hostile54.json): daily
reports, checklists, CSV ledgers, a group's running counts, the copy-editor's new words and the checker's
new readings, each with the hand's own check of the right output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from assistant.checking.check import check_text
from assistant.checking.registry import Options
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.copyedit import edit_item
from assistant.facts.model import facts_from_data

PROBES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "hostile54.json").read_text(encoding="utf-8")
)["probes"]


def _run(runner: str, given: Any) -> Any:
    """As the hand ran it."""
    if runner in ("work", "draft"):
        work = given if isinstance(given, dict) else {"关爱服务": given}
        facts = facts_from_data({"单位": "甲社区", "时段": "2026年11月", "主要工作": work}, "f.yaml")
        if runner == "draft":
            return make_draft(facts, None, DraftOptions(today=dt.date(2026, 12, 6))).text()
        return {"work": [i for items in facts.work.values() for i in items], "problems": list(facts.problems)}
    if runner == "edit":
        return edit_item(given, work=True)[0]
    report = check_text(given, "t.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    return {
        "parts": {getattr(n, "value", str(n)): bool(p.found) for n, p in report.sections.items()},
        "rules": sorted({f.rule for f in report.findings}),
    }


def _work(out: Any) -> str:
    return " | ".join(out["work"]) if isinstance(out, dict) and "work" in out else str(out)


def _holds(check: dict[str, Any], out: Any) -> bool:
    ((name, args),) = check.items()
    if name == "both":
        return all(_holds(c, out) for c in args)
    args = list(args) if isinstance(args, (list, tuple)) else [args]
    if name == "wh":
        return all(s in _work(out) for s in args)
    if name == "wl":
        return not any(s in _work(out) for s in args)
    if name == "whl":
        return all(s in _work(out) for s in args[0]) and not any(s in _work(out) for s in args[1])
    if name == "wexact":
        return isinstance(out, dict) and out.get("work") == check["wexact"]
    if name == "th":
        return isinstance(out, str) and all(s in out for s in args)
    if name == "thl":
        return isinstance(out, str) and all(s in out for s in args[0]) and not any(s in out for s in args[1])
    if name == "same":
        return out == args[0]
    if name == "parts":
        return isinstance(out, dict) and all(out["parts"].get(k) == v for k, v in args[0].items())
    if name == "no_rules":
        return isinstance(out, dict) and not set(args) & set(out["rules"])
    raise AssertionError(f"unknown check {name}")


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_ninth_sessions_hostile_pass_holds(probe: dict[str, Any]) -> None:
    out = _run(probe["runner"], probe["input"])
    assert _holds(probe["check"], out), (probe["expected"], out)
