"""Batch drafting from .csv and .xlsx tables: one draft per row, bad rows reported, not fatal."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.batch import row_to_data
from assistant.cli import app

runner = CliRunner()

HEADER = ["單位", "時段", "類型", "上級", "工作1", "工作2", "病媒生物防制", "存在問題", "下一步計劃"]
ROWS = [
    [
        "甲社區",
        "2024年上半年",
        "社區",
        "街道黨工委",
        "宣傳發動:發放資料1200份",
        "環境整治:清理死角30處\n環境整治:清運垃圾15噸",
        "投放鼠藥20公斤",
        "參與面不廣",
        "繼續宣傳",
    ],
    ["", "2024年上半年", "社區", "", "宣傳發動:發放資料10份", "", "", "", ""],  # no community: a bad row
    ["乙社区", "2024年", "社区", "街道党工委；街道创卫办", "宣传发动:发放资料800份", "", "设置毒饵站25个", "", ""],
]


def test_row_layouts() -> None:
    data = row_to_data(dict(zip(HEADER, ROWS[0], strict=True)))
    assert data["community"] == "甲社區"
    assert data["work"] == {
        "宣傳發動": ["發放資料1200份"],
        "環境整治": ["清理死角30處", "清運垃圾15噸"],
        "病媒生物防制": ["投放鼠藥20公斤"],
    }
    assert data["problems"] == ["參與面不廣"]
    assert row_to_data({"工作:健康教育": "講座3期；義診2場"})["work"] == {"健康教育": ["講座3期", "義診2場"]}


def _csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return path


def _xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize("make", [_csv, _xlsx], ids=["csv", "xlsx"])
def test_batch_drafts_every_good_row(index_copy: Path, tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    table = make(tmp_path / f"table.{'csv' if make is _csv else 'xlsx'}")
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(out), "--format", "md", "--json"])
    assert result.exit_code == 1, result.output  # one row failed, the others were drafted
    report = json.loads(result.stdout)
    assert report["succeeded"] == 2 and report["failed"] == 1
    bad = next(r for r in report["rows"] if r["error"])
    assert bad["row"] == 3 and "community" in bad["error"]
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 and files[0].endswith(".md")
    first = (out / files[0]).read_text(encoding="utf-8")
    assert "1200份" in first or "800份" in first


def test_batch_table_output_and_no_overwrite(index_copy: Path, tmp_path: Path) -> None:
    table = _csv(tmp_path / "t.csv")
    out = tmp_path / "out"
    first = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(out)])
    assert first.exit_code == 1 and "批量起草結果" in first.output
    second = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(out)])
    assert second.exit_code == 2 and "已存在" in second.output  # nothing overwritten without --force


def test_batch_needs_out_dir_and_a_table(tmp_path: Path) -> None:
    table = _csv(tmp_path / "t.csv")
    assert runner.invoke(app, ["draft", "--facts", str(table)]).exit_code == 2
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["draft", "--facts", str(empty), "--out-dir", str(tmp_path / "o")])
    assert result.exit_code == 2 and "空" in result.output
