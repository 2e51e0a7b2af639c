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
    # (a facts file in Chinese keys names its office and results by them, as hostile85's runner read it)
    if not re.search(r"^(?:community|单位|單位)\s*:", text, re.M):
        text = _HEAD + text
    if not re.search(r"^(?:results|成效)\s*:", text, re.M):
        text = text + ("" if text.endswith("\n") else "\n") + _TAIL
    return text


def _written(path: Path, content: Any, probe: dict[str, Any], facts: bool = False) -> None:
    """A probe's file as the hand's runner wrote it: @binary and the like as bytes, @empty, @gbk:TEXT in GBK, a
    huge: {text, times} filling @@HUGE@@, a docx: {paragraphs, table, after} built with python-docx (hostile76)."""
    if isinstance(content, dict) and "docx" in content:
        import docx

        doc = docx.Document()
        for para in content["docx"].get("paragraphs", []):
            doc.add_paragraph(para)
        rows = content["docx"].get("table") or []
        if rows:
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = str(cell)
        for para in content["docx"].get("after", []):
            doc.add_paragraph(para)
        doc.save(str(path))
    elif isinstance(content, dict) and "xlsx" in content:  # (a workbook of rows, as hostile81's runner built it)
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for row in content["xlsx"].get("rows", []):
            sheet.append(row)
        book.save(str(path))
    elif content in _FAKE:
        path.write_bytes(_FAKE[content])
    elif content == "@empty":
        path.write_bytes(b"")
    elif content.startswith("@gbk:"):
        path.write_bytes(content[5:].replace("⇥", "\t").encode("gbk"))
    elif content.startswith("@huge:"):  # (@huge:N:TEXT, TEXT N times over: hostile89's runner)
        times, _, text = content[len("@huge:") :].partition(":")
        path.write_text(text * int(times), encoding="utf-8")
    elif content.startswith("@symlink-outside:"):
        outside = path.parent.parent / f"outside_{path.name}"
        outside.write_text(content[len("@symlink-outside:") :], encoding="utf-8")
        path.symlink_to(outside)
    else:
        text = _facts(content) if facts else content.replace("⇥", "\t")
        if probe.get("huge"):
            text = text.replace("@@HUGE@@", probe["huge"]["text"] * int(probe["huge"]["times"]))
        path.write_text(text, encoding="utf-8")


def run_yaml_probe(probe: dict[str, Any], tmp: Path) -> dict[str, str]:
    """What the tool said to a probe written as another hand's YAML (draft, check or extract), by where it said it."""
    if probe["mode"] == "draft":
        facts, out = tmp / "facts.yaml", tmp / "OUT.md"
        _written(facts, probe["input"], probe, facts=True)
        result = invoke(["draft", str(facts), "-o", str(out), "--force", "--date", "2026年12月7日"])
        drafted = out.read_text(encoding="utf-8") if out.exists() else ""
        return {"": drafted, "log": result.output, "rc": str(result.exit_code)}
    if probe["mode"] in ("check", "checkfacts"):
        # (checkfacts: a draft written by hand checked against its facts file, {facts: …, draft: …} — hostile76)
        checked = probe["input"]["draft"] if probe["mode"] == "checkfacts" else probe["input"]
        text = tmp / ("不存在的稿子.txt" if probe.get("missing") else probe.get("file", "text.txt"))
        if not probe.get("missing"):
            _written(text, checked, probe)
        against: list[str] = []
        if probe["mode"] == "checkfacts":
            facts = tmp / "facts.yaml"
            facts.write_text(_facts(probe["input"]["facts"]), encoding="utf-8")
            against = ["--facts", str(facts)]
        result = invoke(["check", str(text), *against, "--format", "json"])
        report = json.loads(result.output[result.output.index("{") :] if "{" in result.output else "{}")
        report = report[0] if isinstance(report, list) else report
        said = [f"[sec:{n}] [sec:{n}@{s.get('line')}]" for n, s in (report.get("sections") or {}).items() if s["found"]]
        said += [f"[rule:{f['rule']}] [rule:{f['rule']}@{f.get('line')}]" for f in report.get("findings") or []]
        said.append(f"[errors={report.get('errors')}]")
        return {"": " ".join(said) + "\n" + result.output, "log": result.output, "rc": str(result.exit_code)}
    folder, out = tmp / "materials", tmp / "out.yaml"
    folder.mkdir()
    for name, content in probe["input"].items():
        _written(folder / name, content, probe)
    target = tmp / "no_such_folder" if probe.get("missing") else folder
    result = invoke(["facts", "extract", str(target), "-o", str(out), "--force", *probe.get("args", [])])
    written = out.read_text(encoding="utf-8") if out.exists() else ""
    return {"": result.output + "\n" + written, "log": result.output, "yaml": written, "rc": str(result.exit_code)}


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
    # (the exit code the hand expected, where it wrote one: expect_rc — hostile76)
    wanted = probe.get("expect_rc")
    codes = [wanted] if isinstance(wanted, int) else wanted
    bad_rc = codes is not None and int(said["rc"]) not in codes
    drafted = probe["mode"] != "draft" or said[""] or codes is not None
    assert not missing and not present and drafted and not bad_rc, (missing, present, said["rc"], probe["why"])
