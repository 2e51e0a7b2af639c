"""``facts extract`` on whole office folders, against the expected lists another hand wrote before
the tool ran (``tests/data/folders``, issue 20): every work figure reaches the facts once, every
conflict is named, corrections are applied, plans and 下月打算 never become work, notices, phone
numbers and captions never become items, and building numbers, ages and jubilees are not counted.
The draft from each folder's facts says no figure twice, no plan as done work, no chat talk.

The first three folders were also what the extractor was improved against (bench/README.md says
so); ``weisheng_halfyear`` and ``jiedao_year`` were written after, by hands that saw neither code
nor output, scored once as they came (bench/README.md) and then improved against too.
``wuye_quarter_hk`` and ``shequ_weisheng_q3`` (also written blind) are held to the lower bar of
``BLIND`` until what bench/README.md lists as still open for them is done.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.core.numbers import LABEL_KINDS, find_figures

from .folder_scoring import FOLDERS, run_folder

runner = CliRunner()
TUNED = ["shequ_quarter", "cun_halfyear", "wuye_year", "weisheng_halfyear", "jiedao_year"]
# written blind and improved against since, but not yet to the bar of the others (bench/README.md)
BLIND = [name for name in ("wuye_quarter_hk", "shequ_weisheng_q3") if (FOLDERS / name / "expected.yaml").exists()]


@pytest.mark.parametrize("name", TUNED)
def test_the_facts_of_a_folder_are_its_work_once_each(name: str) -> None:
    _, score = run_folder(name)
    assert score.recall >= 0.95 and score.precision >= 0.95, score.to_dict()
    assert score.conflicts_named == score.conflicts, score.bad
    assert score.corrected == score.corrections, score.bad
    assert score.plans_as_work == 0 and score.next_month_as_work == 0, score.bad
    assert score.noise_as_items == 0, score.bad
    assert score.not_figures_counted == 0, score.bad
    assert score.listed["plans"] == score.plans and score.listed["next_month_plans"] == score.next_month
    assert not score.twice, score.twice


@pytest.mark.parametrize("name", BLIND)
def test_a_folder_nobody_tuned_for_keeps_plans_notices_and_conflicts_out(name: str) -> None:
    """The folder written after the work: the kinds the issue says must be 0 are 0; the figures are
    reported in bench/README.md rather than held to a bar set after seeing them."""
    _, score = run_folder(name)
    assert score.plans_as_work == 0 and score.noise_as_items == 0, score.bad
    assert score.recall >= 0.8, score.to_dict()


@pytest.mark.parametrize("name", TUNED)
def test_the_report_says_what_was_done(name: str, tmp_path: Path) -> None:
    out = tmp_path / "facts.yaml"
    result = runner.invoke(app, ["facts", "extract", str(FOLDERS / name), "-o", str(out), "--json", "--no-samples"])
    assert result.exit_code == 0, result.output
    account = json.loads(result.stdout)["account"]
    expected = yaml.safe_load((FOLDERS / name / "expected.yaml").read_text("utf-8"))
    assert account["conflicts"] == len(expected.get("conflicts") or [])
    assert account["corrections"] == len(expected.get("corrections") or [])
    assert account["next_month"] >= len(expected.get("next_month_plans") or [])
    apart = [line for reason in account["set_apart"].values() for line in reason["lines"]]
    assert all(line["file"] and line["where"] for line in apart)
    said = {re.sub(r"\s", "", line["text"]) for line in apart}
    phones = [n for n in expected.get("noise") or [] if "电话" in n["text"] or "電話" in n["text"]]
    assert all(any(re.sub(r"\s", "", p["text"]).split("：")[-1] in s for s in said) for p in phones)
    if account["next_month"]:  # kept in the facts file, commented out: nothing lost, nothing drafted
        assert re.search(r"# -+ 期[内內]的下月打算", out.read_text("utf-8"))


def _work_figures(text: str) -> list[str]:
    return [f.key for f in find_figures(text) if f.kind not in LABEL_KINDS and f.kind != "percent"]


@pytest.mark.parametrize("name", TUNED + BLIND)
def test_the_draft_from_a_folder_reads_as_a_summary(name: str, tmp_path: Path, index_copy: Path) -> None:
    out = tmp_path / "facts.yaml"
    # (a document it cannot read, 移交清单.wps, is named and ends the run 1, as the README says: the rest is read)
    unread = any(p.suffix.lower() in (".doc", ".wps", ".xls", ".et", ".pdf") for p in (FOLDERS / name).iterdir())
    assert runner.invoke(app, ["facts", "extract", str(FOLDERS / name), "-o", str(out)]).exit_code == (
        1 if unread else 0
    )
    drafted = runner.invoke(app, ["draft", "--facts", str(out), "--json"])
    assert drafted.exit_code == 0, drafted.output
    data = json.loads(drafted.stdout)
    body = "\n".join(s["text"] for s in data["sections"] if s["key"] not in ("signature", "plans"))
    assert data["figures"]["unsupported"] == []
    # no fact twice: a figure with its words stated once (the same figure may name two things)
    clauses = Counter(re.sub(r"^[0-9]+月(?:[0-9]+日)?", "", c) for c in re.split(r"[，。；]", body) if _work_figures(c))
    assert [c for c, n in clauses.items() if n > 1] == []
    expected = yaml.safe_load((FOLDERS / name / "expected.yaml").read_text("utf-8"))
    for plan in (expected.get("plans") or []) + (expected.get("next_month_plans") or []):
        words = re.sub(r"[，。、\s]", "", plan["text"])
        assert words not in re.sub(r"[，。、\s]", "", body), plan  # never reported as done
    for remark in ("@", "收到", "辛苦了", "你负责", "你負責", "拍了拍", "撤回", "[图片]", "提前10分钟"):
        assert remark not in body
    for spoken in ("来了大概", "來了大概", "搞的", "报一下", "報一下", "教的", "再搞一次", "已发黄婷", "群相册"):
        assert spoken not in body
