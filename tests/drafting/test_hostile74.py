"""The seventeenth session's hostile pass, over its first readers (a table's 合计 said, counts said with their columns, a
long book of activities said whole, landlords by surname, a register's own tally, spoken lists and particles, notes
dictated with spaces, corrections, plans given as 一要…, a 公众号's year heading, four letters of pinyin, where a
category was copied from), kept as the hand wrote it (tests/data/hostile74_probes.yaml: each probe's input and what a
careful editor expects, written before it ran), run in-process. The probes still failing are listed with the hand's
own expectation."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..cli_helpers import invoke

_DATA = Path(__file__).resolve().parents[1] / "data" / "hostile74_probes.yaml"
PROBES: list[dict[str, Any]] = yaml.safe_load(_DATA.read_text(encoding="utf-8"))["probes"]
_HEAD = "community: 幸福社区居民委员会\nperiod: 2026年度\nkind: 社区\n"
_TAIL = "results: [居民满意度稳步提升]\nproblems: [工作人员力量不足]\nplans: [继续做好各项工作]\n"
_FAKE = {"@jpeg": b"\xff\xd8\xff\xe0" + bytes(range(256)), "@png": b"\x89PNG\r\n\x1a\n" + bytes(range(256))}
_FAKE["@binary"] = bytes(range(256)) * 4

KNOWN = {
    "C02": "overruled by the hand itself (its README): 1月、2月救助分别为5人次、3人次 says it; the regex was too literal",
    "A15": "debatable: a teacher or a doctor named in an activity's own cell (邀请王建国老师讲授…) — staff, not residents served",
    "A28": "debatable: 去年同期发生250人次，减少了20人次 says the fall once, after last year's figure",
    "A31": "a rare surname (困难户黑小丽) not among the surnames the privacy pass knows",
    "C29": "facts extract: a long activity book in a CSV loses its 合计 (the book is read row by row there)",
    "A46": "facts extract: a register's page tally (6月小计 15件…) is not kept as an item",
}


def _facts(text: str) -> str:
    text = text.replace("⇥", "\t")
    if not re.search(r"^community:", text, re.M):
        text = _HEAD + text
    if not re.search(r"^results:", text, re.M):
        text = text + ("" if text.endswith("\n") else "\n") + _TAIL
    return text


def _run(probe: dict[str, Any], tmp: Path) -> dict[str, str]:
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


def _matches(expected: str, said: dict[str, str]) -> bool:
    where = next((p for p in ("log:", "yaml:") if expected.startswith(p)), "")
    expected = expected[len(where) :]
    text = said.get(where[:-1], "")
    return bool(re.search(expected[3:], text)) if expected.startswith("re:") else expected in text


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN[p["id"].split("-")[0]], strict=True))
        if p["id"].split("-")[0] in KNOWN
        else p
        for p in PROBES
    ],
    ids=lambda p: p["id"].split("-")[0],
)
def test_the_seventeenth_sessions_hostile_pass_holds(probe: dict[str, Any], tmp_path: Path, zongjie_home: Path) -> None:
    said = _run(probe, tmp_path)
    missing = [e for e in probe.get("expect_has") or [] if not _matches(e, said)]
    present = [e for e in probe.get("expect_lacks") or [] if _matches(e, said)]
    assert not missing and not present and (probe["mode"] != "draft" or said[""]), (missing, present, probe["why"])
