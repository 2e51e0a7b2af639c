"""Readers against files built to exhaust them (issue 22, items 10, 12, 13): each ends within its
bound with a result or a message naming the file, never a traceback, and peak memory stays far
below 1 GB. The hostile files are made here, in the test's folder."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.extract.materials import read_materials
from assistant.io.sheets import MAX_SHEET_ROWS, read_sheets

REPO = Path(__file__).resolve().parent.parent


def _peak(code: str) -> tuple[str, int]:
    """Run ``code`` in a fresh interpreter: (its output, its peak memory in MB)."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, so a child of a big pytest reports the parent's
    peak = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) // 1024"
    wrapped = code + f"\nprint('PEAK', {peak})"
    out = subprocess.run(
        [sys.executable, "-c", wrapped], capture_output=True, text=True, timeout=60, cwd=REPO, check=False
    )
    lines = out.stdout.strip().splitlines()
    assert lines and lines[-1].startswith("PEAK"), out.stderr[-2000:]
    return "\n".join(lines[:-1]), int(lines[-1].split()[1])


def _ledger(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["日期", "工作内容", "数量"])
    sheet.append(["2025-03-01", "清理楼道堆物", "12处"])
    book.save(path)


def _edit_sheet(path: Path, edit: dict[bytes, bytes]) -> None:
    """Rewrite the first sheet's XML of ``path`` with each (old, new) replacement."""
    out = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                for old, new in edit.items():
                    assert old in data
                    data = data.replace(old, new)
            target.writestr(info, data)
    out.replace(path)


def test_a_sparse_sheet_reaching_the_last_cell_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'})
    said, peak = _peak(
        "from pathlib import Path\nfrom assistant.io.sheets import read_sheets\nfrom assistant.core.errors import InputError\n"
        f"try:\n    read_sheets(Path({str(path)!r}))\nexcept InputError as exc:\n    print(exc.message)"
    )
    assert "台账.xlsx" in said and f"{MAX_SHEET_ROWS:,}" in said
    assert peak < 1024


def test_a_merged_range_over_the_whole_sheet_costs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(
        path, {b"</sheetData>": b'</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'}
    )
    said, peak = _peak(
        "from pathlib import Path\nfrom assistant.io.sheets import read_sheets\n"
        f"sheet = read_sheets(Path({str(path)!r}))[0]\nprint(len(sheet.rows), sheet.merged)"
    )
    assert said == "2 [(1, 2, 1, 3)]"  # clipped to the rows and columns that hold something
    assert peak < 1024


def test_a_zip_that_declares_less_than_it_holds_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/big.bin", b"\0" * (60 * 1024 * 1024))
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # sizes in both headers
        at = raw.rfind(signature)
        struct.pack_into("<I", raw, at + offset, 1000)
    path.write_bytes(bytes(raw))
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    assert "台账.xlsx" in caught.value.message


def test_a_cell_that_is_not_what_its_type_says_is_read_as_its_text_and_named(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="3"><c r="A3" t="d"><v>not-a-date</v></c></row></sheetData>'})
    sheet = read_sheets(path)[0]  # one bad cell no longer loses the sheet (issue 22, item 13)
    assert sheet.rows[1:] == [["2025-03-01", "清理楼道堆物", "12处"], ["not-a-date", None, None]]
    assert sheet.unreadable == ["A3"]


def test_formula_cells_without_a_saved_result_are_named(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="3"><c r="C3"><f>SUM(C2:C2)</f></c></row></sheetData>'})
    assert read_sheets(path)[0].uncached == ["C3"]


def test_openpyxl_says_nothing_on_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(  # data validation openpyxl does not support: it warns with its own file's path
        path, {b"</sheetData>": b'</sheetData><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"/></extLst>'}
    )
    code = f"from pathlib import Path\nfrom assistant.io.sheets import read_sheets\nread_sheets(Path({str(path)!r}))"
    out = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0 and "site-packages" not in out.stderr and "Warning" not in out.stderr


def _docx(path: Path, body: str) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("甲社区2025年3月工作台账")
    document.save(str(path))
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i.filename) for i in source.infolist()}
    xml = parts["word/document.xml"]
    parts["word/document.xml"] = xml.replace(b"<w:sectPr", body.encode("utf-8") + b"<w:sectPr", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_a_word_table_with_an_impossible_span_is_read_within_its_width(tmp_path: Path) -> None:
    head = "".join(_cell(t) for t in ("日期", "工作内容", "数量"))
    row = _cell("2025-03-06", '<w:gridSpan w:val="2147483647"/>') + _cell("清理楼道堆物") + _cell("12处")
    _docx(tmp_path / "台账.docx", f"<w:tbl><w:tr>{head}</w:tr><w:tr>{row}</w:tr></w:tbl>")
    said, peak = _peak(
        "from pathlib import Path\nfrom assistant.extract.materials import read_materials\n"
        f"materials, problems = read_materials([Path({str(tmp_path)!r})])\n"
        "print(problems, [p.text for m in materials for p in m.pieces])"
    )
    assert said.startswith("[]") and "清理楼道堆物" in said
    assert peak < 1024


def test_content_controls_and_text_boxes_are_read(tmp_path: Path) -> None:
    control = "<w:sdt><w:sdtContent><w:p><w:r><w:t>3月5日在社区广场发放宣传资料500份。</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    box = (
        "<w:p><w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>3月8日开展义诊，服务居民86人次。</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    _docx(tmp_path / "月报.docx", control + box)
    materials, problems = read_materials([tmp_path])
    texts = [p.text for m in materials for p in m.pieces]
    assert problems == []
    assert "3月5日在社区广场发放宣传资料500份" in texts and "3月8日开展义诊，服务居民86人次" in texts


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Path '/材料/表.xlsx' is not readable.", "沒有讀取權限：請檢查文件權限"),
        ("File '/材料/表.xlsx' does not exist.", "不存在：請檢查路徑"),
        ("Path '/材料' is a directory.", "是文件夾"),
    ],
)
def test_click_path_messages_are_chinese_and_say_what_to_do(english: str, chinese: str) -> None:
    import typer

    from assistant.cli.zh import translate

    said = translate(typer.BadParameter(english, param_hint="材料"))
    assert chinese in said and "'/材料" in said and "is not" not in said and "does not" not in said


@pytest.mark.parametrize("encoding", ["big5", "utf-32", "utf-16-le", "gb18030"])
def test_a_report_in_any_common_encoding_is_read(tmp_path: Path, encoding: str) -> None:
    text = "青石村2025年3月工作記錄\n一、黨建工作\n3月組織黨員開展志願服務，參與黨員24人次。\n"
    (tmp_path / "3月工作記錄.txt").write_bytes(text.encode(encoding))
    materials, problems = read_materials([tmp_path])
    assert problems == [] and any("參與黨員24人次" in p.text for m in materials for p in m.pieces)


def test_excels_unicode_text_export_is_read_as_a_table(tmp_path: Path) -> None:
    rows = [
        "日期\t工作内容\t地点\t数量",
        "2025-03-05\t发放宣传资料\t社区广场\t500份",
        "2025-03-08\t开展义诊\t卫生站\t86人次",
    ]
    (tmp_path / "台账.txt").write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-16"))
    materials, problems = read_materials([tmp_path])
    rows_read = [p for m in materials for p in m.pieces if p.kind == "row"]
    assert problems == [] and len(rows_read) == 2
    assert rows_read[0].cells["activity"] == "发放宣传资料" and rows_read[0].cells["quantity"] == "500份"


def test_a_formula_without_its_result_is_reported_not_silent(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from assistant.cli.main import app

    path = tmp_path / "材料" / "台账.xlsx"
    path.parent.mkdir()
    _ledger(path)
    row = '<row r="3"><c r="B3" t="inlineStr"><is><t>发放宣传资料</t></is></c><c r="C3"><f>SUM(1,2)</f></c></row>'
    _edit_sheet(path, {b"</sheetData>": row.encode("utf-8") + b"</sheetData>"})
    args = [
        "facts",
        "extract",
        str(path.parent),
        "--json",
        "--no-samples",
        "--community",
        "甲社区",
        "--period",
        "2025年3月",
    ]
    result = CliRunner().invoke(app, args)
    lines = json.loads(result.stdout)["account"]["set_apart"]["formula"]["lines"]
    assert lines[0]["file"] == "台账.xlsx" and "C3" in lines[0]["text"]


def test_a_word_file_whose_text_is_many_reports_is_refused_at_once(tmp_path: Path) -> None:
    import time

    import docx

    document = docx.Document()
    for _ in range(40):
        document.add_paragraph("清理楼道堆物12处。" * 30_000)  # about 11 MB of XML, a few KB zipped
    path = tmp_path / "月报.docx"
    document.save(str(path))
    started = time.perf_counter()
    materials, problems = read_materials([tmp_path])
    assert time.perf_counter() - started < 10
    assert materials == [] and problems[0].name == "月报.docx" and "MB" in problems[0].message


def test_a_file_named_in_gbk_bytes_is_read_and_named_in_chinese(tmp_path: Path) -> None:
    import os

    name = os.fsdecode("3月工作月报.txt".encode("gbk"))  # unzipped from a Chinese Windows zip
    (tmp_path / name).write_text(
        "甲社区2025年3月工作月报\n一、主要工作\n3月5日在社区广场发放宣传资料500份。\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    assert problems == [] and materials[0].name == "3月工作月报.txt"
    assert materials[0].span is not None and materials[0].span.months == (3,)
