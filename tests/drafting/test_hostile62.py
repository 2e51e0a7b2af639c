"""The twelfth session's hostile pass, kept as the hand wrote it (tests/data/hostile62.json): 准备 as a
plan's 拟 and as the work's own preparing, 拟弄个/装个, 把…都换了, a slide's arrows between figures, untyped
pinyin and English between characters, an OCR'd date, months as the work, a lone part title over a list.
Each probe with the hand's own check; a rewrite never changes, adds or drops a figure."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from assistant.checking.check import check_text
from assistant.checking.fix import fix_text
from assistant.facts.copyedit import edit_item

PROBES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent.parent / "data" / "hostile62.json").read_text(encoding="utf-8")
)["probes"]
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_CN_NUM = re.compile(r"[一二两三四五六七八九十百千万]")


def _edit_fails(probe: dict[str, Any]) -> list[str]:
    check, given = probe["check"], probe["input"]
    new, _edits = edit_item(given, work=probe["work"])
    fails = [f"lacks {h!r}" for h in check.get("has", []) if h not in new]
    fails += [f"has {h!r}" for h in check.get("lacks", []) if h in new]
    if "equals" in check and new != check["equals"]:
        fails.append(f"not {check['equals']!r}")
    if check.get("unchanged") and new != given:
        fails.append("changed")
    if not check.get("figures_in_words"):
        if sorted(_DIGITS.findall(given.replace(",", ""))) != sorted(_DIGITS.findall(new.replace(",", ""))):
            fails.append("figures changed")
        if not check.get("cn_numbers_may_change") and len(_CN_NUM.findall(given)) != len(_CN_NUM.findall(new)):
            fails.append("number words changed")
    return [f"{f}: {new}" for f in fails]


def _check_fails(probe: dict[str, Any]) -> list[str]:
    check, text = probe["check"], probe["input"]
    report = check_text(text, "t.txt", markdown=False)
    rules = {f.rule for f in report.findings}
    fails = []
    for name, want in check.get("parts", {}).items():
        part = report.sections[name]
        if isinstance(want, bool):
            if part.found != want:
                fails.append(f"{name} found={part.found}")
        elif not part.found or part.line != want:
            fails.append(f"{name} at {part.line if part.found else 'none'}, not {want}")
    if "rule_present" in check and check["rule_present"] not in rules:
        fails.append(f"no {check['rule_present']}")
    if "rule_absent" in check and check["rule_absent"] in rules:
        fails.append(f"{check['rule_absent']} fired")
    fixed = fix_text(text, markdown=False)[0]
    fails += [f"fix lacks {h!r}" for h in check.get("fix_has", []) if h not in fixed]
    fails += [f"fix has {h!r}" for h in check.get("fix_lacks", []) if h in fixed]
    return fails


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: p["id"])
def test_the_twelfth_sessions_hostile_pass_holds(probe: dict[str, Any]) -> None:
    fails = _edit_fails(probe) if probe["kind"] == "edit" else _check_fails(probe)
    assert not fails, (probe["expect"], fails)
