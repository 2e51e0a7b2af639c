"""The one spreadsheet reader (.xlsx and .csv), for batch drafting and for an office's ledgers.

A workbook is read sheet by sheet into rows of cell values, with its merged ranges and the
formula cells that have no saved result (Excel saves one; a file written by a program may not).
Every failure is an :class:`InputError` that names the file: a damaged or encrypted workbook, a
zip that unpacks to far more than a ledger, a CSV that is not one.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import check_zip, read_limited
from assistant.io.plain import decode_bytes

MAX_SHEET_BYTES = 20 * 1024 * 1024  # a ledger or a batch table; anything this big is not one
MAX_XLSX_UNPACKED = 50 * 1024 * 1024  # the workbook's parts, unpacked
MAX_CSV_FIELD = 1024 * 1024  # one cell of a CSV (the csv module's own limit is 128 KB)

Merged = tuple[int, int, int, int]  # (first row, last row, first column, last column), from 1


@dataclass
class Sheet:
    title: str
    rows: list[list[Any]]  # cell values in order; None (xlsx) or "" (csv) where empty
    merged: list[Merged] = field(default_factory=list)
    uncached: list[str] = field(default_factory=list)  # formula cells without a saved result (A1, B7…)


def read_sheets(path: Path, what: str = "表格", first_only: bool = False) -> list[Sheet]:
    """The sheets of a .xlsx (only the first with ``first_only``), or the one table of a .csv."""
    if path.suffix.lower() == ".csv":
        return [_read_csv(path, what)]
    return _read_xlsx(path, first_only)


def _read_csv(path: Path, what: str) -> Sheet:
    text = decode_bytes(read_limited(path, MAX_SHEET_BYTES, what), path.name)
    csv.field_size_limit(MAX_CSV_FIELD)
    try:
        rows: list[list[Any]] = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise InputError(
            f"{path.name}: CSV 格式錯誤（{exc}）", hint="請用 Excel 打開後另存為 CSV（UTF-8）或 .xlsx 再試"
        ) from exc
    return Sheet(path.stem, rows)


MAX_SHEET_ROWS = 100_000  # rows of one sheet: a year's daily ledger has a few thousand
MAX_SHEET_COLUMNS = 200  # columns read of one sheet; a ledger has a dozen (Excel allows 16,384)
MAX_MERGED = 10_000  # merged ranges of one sheet


def _read_xlsx(path: Path, first_only: bool) -> list[Sheet]:
    """Every sheet, read as a stream (openpyxl's read-only mode) with caps on rows and columns, so
    that a sparse sheet reaching XFD1048576 or a million rows cannot take the memory; merged ranges
    come from the sheet's XML, clipped to what was read."""
    import warnings

    check_zip(path, MAX_XLSX_UNPACKED, "Excel 文件")
    with warnings.catch_warnings():  # openpyxl's warnings name its own files in the venv
        warnings.simplefilter("ignore")
        try:
            import openpyxl

            values = openpyxl.load_workbook(path, read_only=True, data_only=True)
            formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
        except Exception as exc:  # zip, xml and format errors all mean "not a workbook we can read"
            raise InputError(
                f"{path.name}：無法讀取 Excel 文件（文件已損壞或不是 .xlsx 格式）",
                hint="請用 Excel 打開後另存為 .xlsx 再試",
            ) from exc
        try:
            sheets = []
            merges = _merged_ranges(path)
            for n, (sheet, formula_sheet) in enumerate(zip(values.worksheets, formulas.worksheets, strict=True)):
                sheets.append(_read_one(path, sheet, formula_sheet, merges.get(n, [])))
                if first_only:
                    break
        finally:
            values.close()
            formulas.close()
    return sheets


def _read_one(path: Path, sheet: Any, formula_sheet: Any, merged: list[Merged]) -> Sheet:
    """One sheet's rows; a cell openpyxl cannot convert ends the sheet with a message naming it."""
    rows: list[list[Any]] = []
    try:
        for row in sheet.iter_rows(max_row=MAX_SHEET_ROWS + 1, max_col=MAX_SHEET_COLUMNS, values_only=True):
            rows.append(list(row))
        if len(rows) > MAX_SHEET_ROWS:
            raise InputError(
                f"{path.name} 工作表「{sheet.title}」：超過 {MAX_SHEET_ROWS:,} 行，不像是一份台賬",
                hint="請把要整理的部分複製到新的工作表或文件再試",
            )
        uncached = [
            cell.coordinate
            for r, row in enumerate(formula_sheet.iter_rows(max_row=len(rows), max_col=MAX_SHEET_COLUMNS))
            for c, cell in enumerate(row)
            if isinstance(cell.value, str)
            and cell.value.startswith("=")
            and (r >= len(rows) or c >= len(rows[r]) or rows[r][c] is None)
        ]
    except InputError:
        raise
    except Exception as exc:  # a cell that is not what its type says (a date that is no date…)
        raise InputError(
            f"{path.name} 工作表「{sheet.title}」第 {len(rows) + 1} 行：有單元格的值與它的格式不符，無法讀取",
            hint="請在 Excel 中檢查這一行（例如日期格式的單元格裡寫了文字），改正後保存再試",
        ) from exc
    while rows and not any(v is not None and v != "" for v in rows[-1]):
        rows.pop()  # read-only mode pads a sheet to its stated size with empty rows
    width = len(rows)
    clipped = [
        (r1, min(r2, width), c1, min(c2, MAX_SHEET_COLUMNS))
        for r1, r2, c1, c2 in merged
        if r1 <= width and c1 <= MAX_SHEET_COLUMNS
    ]
    return Sheet(sheet.title, rows, clipped, uncached)


def _merged_ranges(path: Path) -> dict[int, list[Merged]]:
    """Merged ranges of each sheet (by its place in the workbook), from the sheets' XML: read-only
    mode keeps none. The workbook's own list says which part holds which sheet."""
    import posixpath
    import re
    import zipfile

    from openpyxl.utils.cell import range_boundaries

    found: dict[int, list[Merged]] = {}
    with zipfile.ZipFile(path) as archive:
        book = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        targets = {
            m.group("id"): m.group("target")
            for m in re.finditer(
                r"<Relationship\b(?=[^>]*\bId=\"(?P<id>[^\"]+)\")(?=[^>]*\bTarget=\"(?P<target>[^\"]+)\")", rels
            )
        }
        ids = re.findall(r"<(?:\w+:)?sheet\b[^>]*\br:id=\"([^\"]+)\"", book)
        for n, rid in enumerate(ids):
            target = targets.get(rid, "")
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            if name not in archive.namelist():
                continue
            text = archive.read(name).decode("utf-8", "replace")  # within the unpacked-size check
            ranges: list[Merged] = []
            for ref in re.findall(r"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+\d+:[A-Z]+\d+)\"", text)[:MAX_MERGED]:
                c1, r1, c2, r2 = range_boundaries(ref)
                if c1 and r1 and c2 and r2:
                    ranges.append((r1, r2, c1, c2))
            found[n] = ranges
    return found
