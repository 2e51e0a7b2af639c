"""The spreadsheet reader against hostile and unusual files, continued (issue 22, items 10, 12,
13): a workbook or CSV is read within bounds (peak memory far below 1 GB, seconds not minutes)
into its content or refused with an :class:`InputError` that names the file; a cell the reader
cannot convert is read as its text and named, never the end of the sheet. The files are made
here, in the test's folder."""

from __future__ import annotations

import datetime as dt
import time
import zipfile
from pathlib import Path

import pytest

from assistant.core.errors import InputError
from assistant.io.sheets import read_sheets

from .test_reader_limits import _edit_sheet, _ledger, _peak


def _refused_in_a_subprocess(reader: str, path: Path) -> tuple[str, int, float]:
    """Run ``reader`` (sheets, materials or docx) on ``path`` in a fresh interpreter: (what it
    said, peak memory in MB, seconds)."""
    call = {
        "sheets": "from assistant.io.sheets import read_sheets as read",
        "docx": "from assistant.io.word import read_docx_text as read",
    }[reader]
    started = time.perf_counter()
    said, peak = _peak(
        f"from pathlib import Path\n{call}\nfrom assistant.core.errors import InputError\n"
        f"try:\n    read(Path({str(path)!r}))\n    print('READ')\nexcept InputError as exc:\n    print(exc)"
    )
    return said, peak, time.perf_counter() - started


def _rewrite(path: Path, name: str, old: bytes, new: bytes) -> None:
    """Replace ``old`` by ``new`` in the part ``name`` of the zip at ``path``."""
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i.filename) for i in source.infolist()}
    assert old in parts[name], name
    parts[name] = parts[name].replace(old, new, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for part, data in parts.items():
            target.writestr(part, data)


# ------------------------------------------------------------------ .xlsx: memory and time
@pytest.mark.parametrize(
    ("case", "edit"),
    [
        # one row of three million cells: the whole row would be built before a cap on columns
        ("wide", {b"</sheetData>": b'<row r="3">' + b"<c><v>1</v></c>" * 3_000_000 + b"</row></sheetData>"}),
        # twelve million elements that are no row: never cleared by a row reader
        ("junk", {b"</sheetData>": b"<a/>" * 12_000_000 + b"</sheetData>"}),
        # a million merged ranges after the rows
        (
            "merges",
            {b"</sheetData>": b"</sheetData><mergeCells>" + b'<mergeCell ref="A1:B2"/>' * 1_900_000 + b"</mergeCells>"},
        ),
        # a million rows of one cell (13 MB zipped in the issue; here within the unpacked limit)
        ("rows", {b"</sheetData>": b"<row><c><v>1</v></c></row>" * 1_000_000 + b"</sheetData>"}),
    ],
)
def test_a_hostile_sheet_is_refused_within_bounds(tmp_path: Path, case: str, edit: dict[bytes, bytes]) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, edit)
    said, peak, seconds = _refused_in_a_subprocess("sheets", path)
    assert "台账.xlsx" in said and "Error" not in said, said
    assert peak < 1024 and seconds < 10, (case, peak, seconds)


@pytest.mark.parametrize(
    ("case", "edit"),
    [  # just within the count of elements: what the parser builds before a row ends
        ("wide", {b"</sheetData>": b'<row r="3">' + b'<c r="A3" t="s"><v>0</v></c>' * 990_000 + b"</row></sheetData>"}),
        ("junk", {b"</sheetData>": b'<a b="1" c="2" d="3" e="4" f="5"/>' * 1_400_000 + b"</sheetData>"}),
    ],
)
def test_a_sheet_just_within_the_element_count_stays_within_bounds(
    tmp_path: Path, case: str, edit: dict[bytes, bytes]
) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, edit)
    said, peak, seconds = _refused_in_a_subprocess("sheets", path)
    assert said == "READ" or "台账.xlsx" in said, said
    assert peak < 1024 and seconds < 10, (case, peak, seconds)


def test_a_stylesheet_of_millions_of_elements_is_refused_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _rewrite(path, "xl/styles.xml", b"</styleSheet>", b"<a/>" * 12_000_000 + b"</styleSheet>")
    said, peak, seconds = _refused_in_a_subprocess("sheets", path)
    assert "台账.xlsx" in said and peak < 1024 and seconds < 10, (said, peak, seconds)


def test_a_row_wider_than_excel_allows_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="3">' + b"<c><v>1</v></c>" * 20_000 + b"</row></sheetData>"})
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    assert "台账.xlsx" in caught.value.message and "第 3 行" in caught.value.message


def test_overlapping_merged_ranges_over_many_rows_are_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    rows = b"".join(b"<row><c><v>%d</v></c></row>" % i for i in range(3, 50_000))
    merges = b"<mergeCells>" + b'<mergeCell ref="A1:GR50000"/>' * 5_000 + b"</mergeCells>"
    _edit_sheet(path, {b"</sheetData>": rows + b"</sheetData>" + merges})
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    assert time.perf_counter() - started < 10
    assert "台账.xlsx" in caught.value.message and "合併" in caught.value.message


def test_rows_are_as_wide_as_their_content_not_as_the_column_cap(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    sheet = read_sheets(path)[0]
    assert sheet.rows == [["日期", "工作内容", "数量"], ["2025-03-01", "清理楼道堆物", "12处"]]


def test_content_far_to_the_right_is_named_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="3"><c r="A3"><v>1</v></c><c r="ZZ3"><v>7</v></c></row></sheetData>'})
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    assert "台账.xlsx" in caught.value.message and "ZZ3" in caught.value.message


def test_empty_rows_far_below_do_not_refuse_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="1048576" ht="20" customHeight="1"/></sheetData>'})
    assert len(read_sheets(path)[0].rows) == 2


def test_a_big_ledger_is_read_in_seconds(tmp_path: Path) -> None:
    import openpyxl

    from assistant.extract.materials import read_materials

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["日期", "工作内容", "地点", "数量", "负责人", "备注"])
    for n in range(20_000):
        sheet.append([dt.date(2025, 3, 1 + n % 28), f"清理楼道堆物第{n}次", "一号楼", n, "张三", ""])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    started = time.perf_counter()
    rows = read_sheets(path)[0].rows
    assert len(rows) == 20_001 and rows[5][1] == "清理楼道堆物第4次" and rows[5][0] == dt.datetime(2025, 3, 5)
    materials, problems = read_materials([path])
    assert problems == [] and len(materials[0].pieces) > 1000
    assert time.perf_counter() - started < 30


# ------------------------------------------------------------------ .xlsx: what cells say
def test_cells_openpyxl_cannot_convert_are_read_as_their_text_and_named(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    bad = (
        '<row r="3"><c r="A3" t="d"><v>not-a-date</v></c><c r="B3" t="inlineStr"><is><t>3月5日发放宣传资料</t></is></c>'
        '<c r="C3" t="s"><v>999</v></c></row>'
        '<row r="4"><c r="A4" t="b"><v>yes</v></c><c r="B4"><v>abc</v></c><c r="C4" s="1"><v>1e300</v></c></row>'
    )
    _edit_sheet(path, {b"</sheetData>": bad.encode("utf-8") + b"</sheetData>"})
    _rewrite(  # style 1 is a date: the serial 1e300 is no date
        path, "xl/styles.xml", b"</cellXfs>", b'<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>'
    )
    sheet = read_sheets(path)[0]
    assert sheet.rows[2] == ["not-a-date", "3月5日发放宣传资料", "999"]
    assert sheet.rows[3] == ["yes", "abc", "1e300"]
    assert sheet.unreadable == ["A3", "C3", "A4", "B4", "C4"]
    assert sheet.rows[1] == ["2025-03-01", "清理楼道堆物", "12处"]  # the rest of the sheet is read


def test_values_are_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    for epoch in (None, CALENDAR_MAC_1904):
        book = openpyxl.Workbook()
        if epoch is not None:
            book.epoch = epoch
        sheet = book.active
        assert sheet is not None
        sheet.title = "三月"
        sheet.append(["日期", "时间", "数量", "比例", "完成", "说明"])
        sheet.append([dt.datetime(2025, 3, 5, 9, 30), dt.time(14, 0), 12, 0.25, True, "发放宣传资料"])
        sheet.append([dt.date(2025, 3, 8), None, -3, 1e20, False, "=1+1"])
        sheet["A5"] = "间隔一行"
        sheet.merge_cells("B5:D5")
        second = book.create_sheet("四月")
        second.append(["只有一格"])
        path = tmp_path / f"台账{epoch is not None}.xlsx"
        book.save(path)
        expected = openpyxl.load_workbook(path, read_only=True, data_only=True)
        got = read_sheets(path)
        assert [s.title for s in got] == ["三月", "四月"]
        for ours, theirs in zip(got, expected.worksheets, strict=True):
            assert ours.rows == [list(r) for r in theirs.iter_rows(values_only=True)]
        expected.close()
        assert got[0].merged == [(5, 5, 2, 4)] and got[1].merged == []
        assert got[0].uncached == ["F3"]
        assert read_sheets(path, first_only=True)[0].title == "三月"


def test_shared_strings_are_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "台账.xlsx"
    _ledger(path)
    sst = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>发放宣传资料</t></si>"
        '<si><r><t>清理</t></r><r><rPr><b/></rPr><t xml:space="preserve">楼道 </t></r><rPh sb="0" eb="1"><t>qing</t></rPh></si>'
        "<si><t>a_x005F_x000D_b</t></si></sst>"
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/sharedStrings.xml", sst.encode("utf-8"))
    _rewrite(
        path,
        "xl/_rels/workbook.xml.rels",
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
        b' Target="sharedStrings.xml"/></Relationships>',
    )
    _rewrite(
        path,
        "[Content_Types].xml",
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml"'
        b' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    row = b'<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c></row>'
    _edit_sheet(path, {b"</sheetData>": row + b"</sheetData>"})
    expected = openpyxl.load_workbook(path, data_only=True)  # read-only mode trusts the stale dimension
    theirs = [list(r) for r in expected.worksheets[0].iter_rows(values_only=True)]
    assert read_sheets(path)[0].rows == theirs
    assert theirs[2] == ["发放宣传资料", "清理楼道 ", "a_x000D_b"]


def test_a_shared_formula_without_results_is_named_cell_by_cell(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    _ledger(path)
    row = b'<row r="3"><c r="C3"><f t="shared" ref="C3:C4" si="0">1+1</f></c></row><row r="4"><c r="C4"><f t="shared" si="0"/></c></row>'
    _edit_sheet(path, {b"</sheetData>": row + b"</sheetData>"})
    assert read_sheets(path)[0].uncached == ["C3", "C4"]


def test_merged_ranges_belong_to_their_own_sheet(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["甲", "乙"])
    second = book.create_sheet("二")
    second.append(["合并", None])
    second.append(["甲", "乙"])
    second.merge_cells("A1:B1")
    path = tmp_path / "台账.xlsx"
    book.save(path)
    sheets = read_sheets(path)
    assert sheets[0].merged == [] and sheets[1].merged == [(1, 1, 1, 2)]


# ------------------------------------------------------------------ .csv
def test_a_csv_of_empty_lines_is_read_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    path.write_bytes("日期,工作内容\n2025-03-01,清理楼道堆物\n".encode() + b"\n" * 19_000_000)
    said, peak, seconds = _refused_in_a_subprocess("sheets", path)
    assert peak < 1024 and seconds < 10, (said, peak, seconds)


def test_a_csv_with_too_many_rows_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    path.write_bytes(b"1,2\n" * 150_000)
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    assert "台账.csv" in caught.value.message and "100,000" in caught.value.message


def test_excels_unicode_text_saved_as_csv_is_read_by_tabs(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    rows = ["日期\t工作内容\t数量", "2025-03-05\t发放宣传资料, 张贴海报\t500份"]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-16"))
    assert read_sheets(path)[0].rows == [
        ["日期", "工作内容", "数量"],
        ["2025-03-05", "发放宣传资料, 张贴海报", "500份"],
    ]


def test_a_csv_error_is_said_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    path.write_bytes(b'a,b\n"' + b"x" * (2 * 1024 * 1024) + b'"\n')
    with pytest.raises(InputError) as caught:
        read_sheets(path)
    message = str(caught.value)
    assert "台账.csv" in message and "field" not in message and "limit" not in message


# ------------------------------------------------------------------ what the system says, in Chinese
@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".docx"])
def test_a_file_without_read_permission_is_said_in_chinese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    import builtins
    import errno
    import io

    from assistant.io.word import read_docx_text

    path = tmp_path / f"台账{suffix}"
    path.write_bytes(b"PK")
    real_open = builtins.open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)  # zipfile's
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: refuse(self, *a, **k))
    with pytest.raises(InputError) as caught:
        read_docx_text(path) if suffix == ".docx" else read_sheets(path)
    said = str(caught.value)
    assert "台账" in said and "沒有權限" in said and "Permission" not in said and "Error" not in said


def test_cells_read_as_their_text_are_named_by_facts_extract_and_batch(tmp_path: Path) -> None:
    """What the reader could not convert reaches the user: an aside in the extraction's account
    and a warning in batch drafting, naming the cells."""
    from assistant.drafting.batch import read_table
    from assistant.extract.materials import read_materials

    path = tmp_path / "台账.xlsx"
    _ledger(path)
    _edit_sheet(path, {b"</sheetData>": b'<row r="3"><c r="A3" t="d"><v>not-a-date</v></c></row></sheetData>'})
    materials, problems = read_materials([path])
    assert problems == []
    notes = [p for p in materials[0].pieces if p.aside == "unreadable_cell"]
    assert len(notes) == 1 and "A3" in notes[0].text
    warnings = read_table(path).warnings
    assert any("A3" in w and "與格式不符" in w for w in warnings), warnings
