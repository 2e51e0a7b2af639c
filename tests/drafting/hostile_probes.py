"""Another hand's hostile probes, kept as the hand wrote them (tests/data/hostileNN_probes.py), loaded as a module."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from ..cli_helpers import invoke


def load_probes(name: str) -> ModuleType:
    """tests/data/<name>.py as a module: its probes and, where the hand wrote them, its runner and judge."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent.parent / "data" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def yaml_probes(name: str) -> list[dict[str, Any]]:
    """tests/data/<name>.yaml's probes: each input and what a careful editor expects, as the hand wrote them."""
    path = Path(__file__).parent.parent / "data" / f"{name}.yaml"
    probes: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]
    return probes


# a YAML probe's facts file is completed as the hand's runner completed it: an office and a period when it names
# none, results, problems and plans when it gives none
_HEAD = "community: 幸福社区居民委员会\nperiod: 2026年度\nkind: 社区\n"
_TAIL = "results: [居民满意度稳步提升]\nproblems: [工作人员力量不足]\nplans: [继续做好各项工作]\n"
_FAKE = {"@jpeg": b"\xff\xd8\xff\xe0" + bytes(range(256)), "@png": b"\x89PNG\r\n\x1a\n" + bytes(range(256))}
_FAKE["@binary"] = bytes(range(256)) * 4


def _facts(text: str) -> str:
    text = text.replace("⇥", "\t")
    if not re.search(r"^community:", text, re.M):
        text = _HEAD + text
    if not re.search(r"^results:", text, re.M):
        text = text + ("" if text.endswith("\n") else "\n") + _TAIL
    return text


def run_yaml_probe(probe: dict[str, Any], tmp: Path) -> dict[str, str]:
    """What the tool said to a probe written as another hand's YAML (draft, check or extract), by where it said it."""
    if probe["mode"] == "draft":
        facts, out = tmp / "facts.yaml", tmp / "OUT.md"
        facts.write_text(_facts(probe["input"]), encoding="utf-8")
        result = invoke(["draft", str(facts), "-o", str(out), "--force", "--date", "2026年12月7日"])
        return {"": out.read_text(encoding="utf-8") if out.exists() else "", "log": result.output}
    if probe["mode"] == "check":
        text = tmp / probe.get("file", "text.txt")
        text.write_text(probe["input"].replace("⇥", "\t"), encoding="utf-8")
        result = invoke(["check", str(text), "--format", "json"])
        report = json.loads(result.output[result.output.index("{") :] if "{" in result.output else "{}")
        report = report[0] if isinstance(report, list) else report
        said = [f"[sec:{n}] [sec:{n}@{s.get('line')}]" for n, s in (report.get("sections") or {}).items() if s["found"]]
        said += [f"[rule:{f['rule']}] [rule:{f['rule']}@{f.get('line')}]" for f in report.get("findings") or []]
        said.append(f"[errors={report.get('errors')}]")
        return {"": " ".join(said) + "\n" + result.output, "log": result.output}
    folder, out = tmp / "materials", tmp / "out.yaml"
    folder.mkdir()
    for name, content in probe["input"].items():
        if content in _FAKE:
            (folder / name).write_bytes(_FAKE[content])
        else:
            (folder / name).write_text(content.replace("⇥", "\t"), encoding="utf-8")
    result = invoke(["facts", "extract", str(folder), "-o", str(out), "--force", *probe.get("args", [])])
    written = out.read_text(encoding="utf-8") if out.exists() else ""
    return {"": result.output + "\n" + written, "log": result.output, "yaml": written}


def yaml_probe_matches(expected: str, said: dict[str, str]) -> bool:
    """Whether an expectation (text, or re: a pattern; log: or yaml: where) holds in what was said."""
    where = next((p for p in ("log:", "yaml:") if expected.startswith(p)), "")
    expected = expected[len(where) :]
    text = said.get(where[:-1], "")
    return bool(re.search(expected[3:], text)) if expected.startswith("re:") else expected in text


def known_params(probes: list[dict[str, Any]], known: dict[str, str]) -> list[Any]:
    """The probes as test parameters, each still failing a strict xfail with the hand's own expectation as its reason."""
    return [
        pytest.param(
            p, marks=pytest.mark.xfail(reason=known[p["id"].split("-")[0]], strict=True), id=p["id"].split("-")[0]
        )
        if p["id"].split("-")[0] in known
        else pytest.param(p, id=p["id"].split("-")[0])
        for p in probes
    ]


def assert_yaml_probe_holds(probe: dict[str, Any], tmp: Path) -> None:
    """Every expectation of the probe holds, and a draft probe drafted something."""
    said = run_yaml_probe(probe, tmp)
    missing = [e for e in probe.get("expect_has") or [] if not yaml_probe_matches(e, said)]
    present = [e for e in probe.get("expect_lacks") or [] if yaml_probe_matches(e, said)]
    assert not missing and not present and (probe["mode"] != "draft" or said[""]), (missing, present, probe["why"])
