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


def _read_xlsx(path: Path, first_only: bool) -> list[Sheet]:
    check_zip(path, MAX_XLSX_UNPACKED, "Excel 文件")
    try:
        import openpyxl

        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
    except Exception as exc:  # zip, xml and format errors all mean "not a workbook we can read"
        raise InputError(f"{path.name}: 無法讀取 Excel 文件（{type(exc).__name__}）") from exc
    sheets = []
    for sheet, formula_sheet in zip(values.worksheets, formulas.worksheets, strict=True):
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        uncached = [
            cell.coordinate
            for row in formula_sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, str) and cell.value.startswith("=") and sheet[cell.coordinate].value is None
        ]
        merged = [(r.min_row, r.max_row, r.min_col, r.max_col) for r in sheet.merged_cells.ranges]
        sheets.append(Sheet(sheet.title, rows, merged, uncached))
        if first_only:
            break
    values.close()
    formulas.close()
    return sheets
