"""Batch drafting from .csv and .xlsx tables: one draft per row, bad rows reported, not fatal."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.drafting.batch import row_to_data

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


# ------------------------------------------------------------------------------ hostile tables
def test_a_long_name_a_bad_row_and_a_crash_leave_the_other_rows_written(
    index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.drafting import pipeline

    table = tmp_path / "t.csv"
    rows = [["單位", "時段", "宣傳"], ["長" * 300 + "社區", "2024年", "發放100份"], ["", "2024年", "發放1份"]]
    rows += [["崩潰社區", "2024年", "發放2份"], ["乙社區", "2024年", "發放3份"]]
    with table.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    real = pipeline.run_draft

    def flaky(facts, *args, **kwargs):  # type: ignore[no-untyped-def]
        if facts.community == "崩潰社區":
            raise RuntimeError("boom")
        return real(facts, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_draft", flaky)
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(out), "--format", "md", "--json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert [bool(r["error"]) for r in report["rows"]] == [False, True, True, False]
    assert "boom" in report["rows"][2]["error"] and report["succeeded"] == 2
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and all(len(n.encode()) <= 255 for n in names)
    human = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(tmp_path / "o2"), "--format", "md"])
    assert "2 行失敗，其餘 2 行已生成" in human.output and "批量起草結果" in human.output


def test_ctrl_c_stops_after_the_rows_done_and_reports_them(
    index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.drafting import pipeline

    table = tmp_path / "t.csv"
    rows = [["單位", "時段", "宣傳"]] + [[f"{n}號社區", "2024年", f"發放{n}00份"] for n in "甲乙丙丁"]
    with table.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    real = pipeline.run_draft

    def interrupted_at_the_third(facts, *args, **kwargs):  # type: ignore[no-untyped-def]
        if facts.community.startswith("丙"):
            raise KeyboardInterrupt  # what Python raises when the user presses Ctrl-C
        return real(facts, *args, **kwargs)

    monkeypatch.setattr(pipeline, "run_draft", interrupted_at_the_third)
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(out), "--format", "md"])
    assert result.exit_code == 130, result.output
    assert "已中斷：中斷前處理了 2 行（0 行失敗），還有 2 行沒有處理" in result.output.replace("\n", "")
    assert sorted(p.name[:3] for p in out.iterdir()) == ["乙號社", "甲號社"]
    as_json = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(tmp_path / "o2"), "--json"])
    report = json.loads(as_json.stdout)
    assert report["interrupted"] is True and [r["community"] for r in report["rows"]] == ["甲號社區", "乙號社區"]
    assert report["not_processed"] == 2


def test_a_read_only_out_dir_is_refused_before_any_row(tmp_path: Path) -> None:
    import os

    table = _csv(tmp_path / "t.csv")
    folder = Path("/sys") if os.geteuid() == 0 else tmp_path / "ro"
    if folder != Path("/sys"):
        folder.mkdir()
        folder.chmod(0o555)
    result = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(folder)])
    assert result.exit_code == 2 and "無法在" in result.output and "批量起草結果" not in result.output


def test_file_names_are_clean_and_in_the_drafts_script(index_copy: Path, tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["单位", "时段", "宣传"], ["和平\u202e社区\x1b", "2024年", "发放资料100份"]])
    out = tmp_path / "out"
    result = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(out), "--format", "md"])
    assert result.exit_code == 0, result.output
    (name,) = [p.name for p in out.iterdir()]
    assert name.startswith("和平社区2024年") and name.endswith("工作总结.md")  # Simplified throughout
    assert not any(c in name for c in "\u202e\x1b")


@pytest.mark.parametrize(
    ("header", "columns"),
    [
        (["單位", "時段", "社區"], "A列「單位」和C列「社區」"),
        (["單位", "時段", "宣傳", "宣傳"], "C列「宣傳」和D列「宣傳」"),
    ],
)
def test_duplicate_headers_name_both_columns(tmp_path: Path, header: list[str], columns: str) -> None:
    table = tmp_path / "t.csv"
    with table.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, ["甲"] * len(header)])
    result = runner.invoke(app, ["draft", "--facts", str(table), "--out-dir", str(tmp_path / "o")])
    assert result.exit_code == 2 and columns in result.output and "寫了兩次" in result.output


def test_repeated_work_and_list_columns_add_up() -> None:
    cells = [
        ("單位", "甲"),
        ("工作", "宣傳:發放100份"),
        ("工作", "宣傳:張貼20張"),
        ("存在問題", "一"),
        ("存在問題", "二"),
    ]
    data = row_to_data(cells)
    assert data["work"] == {"宣傳": ["發放100份", "張貼20張"]} and data["problems"] == ["一", "二"]


def test_merged_header_cells_and_formulas_without_values(tmp_path: Path) -> None:
    import openpyxl

    from assistant.drafting.batch import read_table

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["單位", "工作", None, "時段", "存在問題"])
    sheet.append([None, "宣傳", "環境整治", None, None])
    sheet.merge_cells("B1:C1")
    for cells in ("A1:A2", "D1:D2", "E1:E2"):
        sheet.merge_cells(cells)
    sheet.append(["甲社區", "發放100份", "清理5處", "2024年", "=B3&C3"])
    sheet.append(["乙社區", "發放200份", "清理6處", "2024年", "參與不夠"])
    path = tmp_path / "merged.xlsx"
    workbook.save(path)  # openpyxl stores no cached result for the formula
    table = read_table(path)
    assert [number for number, _ in table.rows] == [3, 4]
    data = [row_to_data(cells) for _, cells in table.rows]
    assert data[0]["work"] == {"宣傳": ["發放100份"], "環境整治": ["清理5處"]}
    assert data[1]["problems"] == ["參與不夠"] and "problems" not in data[0]
    assert table.warnings == [f"{path.name} E3：公式沒有保存的計算結果，按空白處理（用 Excel 打開並保存一次即可）"]


def test_an_xlsx_zip_bomb_is_refused(tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    result = runner.invoke(app, ["draft", "--facts", str(bomb), "--out-dir", str(tmp_path / "o")])
    assert result.exit_code == 2 and "壓縮炸彈" in result.output
