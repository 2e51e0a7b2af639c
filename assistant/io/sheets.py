"""The one spreadsheet reader (.xlsx and .csv), for batch drafting and for an office's ledgers.

A workbook is read sheet by sheet into rows of cell values, with its merged ranges, the formula
cells that have no saved result (Excel saves one; a file written by a program may not) and the
cells that are not what their type says (read as their text). Every failure is an
:class:`InputError` that names the file: a damaged or encrypted workbook, a zip that unpacks to
far more than a ledger, a CSV that is not one.

openpyxl's own loading builds every part it reads in memory (a stylesheet of millions of empty
elements, a row of millions of cells), loads a workbook twice to find formulas without a saved
result, and ends a sheet at a cell it cannot convert. Here only what a ledger needs is read: the
workbook's list of sheets, the shared strings, which styles are dates, and each sheet's rows,
streamed and cleared as they come, with openpyxl converting each cell. Every XML part is counted
before it is parsed (:func:`assistant.core.files.check_zip`), so that no file, however small
zipped, makes a parser hold millions of elements.
"""

from __future__ import annotations

import csv
import io
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import check_zip, read_limited
from assistant.io.plain import decode_bytes

MAX_SHEET_BYTES = 20 * 1024 * 1024  # a ledger or a batch table; anything this big is not one
MAX_CSV_FIELD = 1024 * 1024  # one cell of a CSV (the csv module's own limit is 128 KB)
MAX_XLSX_UNPACKED = 50 * 1024 * 1024  # the workbook's parts, unpacked
MAX_SHEET_ROWS = 100_000  # rows of one sheet: a year's daily ledger has a few thousand
MAX_SHEET_COLUMNS = 200  # columns read of one sheet; a ledger has a dozen (Excel allows 16,384)
MAX_ROW_CELLS = 16_384  # cells in one row: Excel's own limit, so more is a damaged file
MAX_CELLS = 2_000_000  # rows × columns of what one sheet gives its reader
MAX_MERGED = 100_000  # merged ranges of one sheet
MAX_XLSX_PART_ELEMENTS = 300_000  # a part parsed whole (the workbook, its styles); Excel's own stay far below
MAX_STREAMED_ELEMENTS = 2_000_000  # the sheets and shared strings, streamed: ~1 million cells


Merged = tuple[int, int, int, int]  # (first row, last row, first column, last column), from 1


@dataclass
class Sheet:
    title: str
    rows: list[list[Any]]  # cell values in order; None (xlsx) or "" (csv) where empty
    merged: list[Merged] = field(default_factory=list)
    uncached: list[str] = field(default_factory=list)  # formula cells without a saved result (A1, B7…)
    unreadable: list[str] = field(default_factory=list)  # cells not what their type says, read as text


def read_sheets(path: Path, what: str = "表格", first_only: bool = False) -> list[Sheet]:
    """The sheets of a .xlsx (only the first with ``first_only``), or the one table of a .csv."""
    if path.suffix.lower() == ".csv":
        return [_read_csv(path, what)]
    return _read_xlsx(path, first_only)


def _read_csv(path: Path, what: str) -> Sheet:
    """The rows of a CSV as written, within the same bounds as a sheet's: rows, columns, cells.
    A file whose first line has tabs and no comma is Excel's tab-separated text: read by tabs."""
    text = decode_bytes(read_limited(path, MAX_SHEET_BYTES, what), path.name)
    csv.field_size_limit(MAX_CSV_FIELD)
    rows: list[list[Any]] = []
    cells = 0
    first = next((line for line in text[:65536].split("\n", 20)[:20] if line.strip()), "")
    tabs = "\t" in first and "," not in first  # Excel's 「Unicode 文本」 or 「文本（製表符分隔）」 named .csv
    reader = csv.reader(io.StringIO(text), delimiter="\t" if tabs else ",")
    try:
        for row in reader:
            if len(row) > MAX_SHEET_COLUMNS:
                if any(row[MAX_SHEET_COLUMNS:]):
                    raise InputError(
                        f"{path.name} 第 {reader.line_num:,} 行：第 {MAX_SHEET_COLUMNS} 列之後還有內容，不像是一份{what}",
                        hint="請刪掉右邊多餘的內容，或把要整理的列另存為新的文件再試",
                    )
                del row[MAX_SHEET_COLUMNS:]
            if len(rows) >= MAX_SHEET_ROWS:
                if not any(row):
                    continue  # blank lines past the cap mean nothing
                raise InputError(
                    f"{path.name}：超過 {MAX_SHEET_ROWS:,} 行（第 {reader.line_num:,} 行還有內容），不像是一份{what}",
                    hint="請把要整理的部分另存為新的文件再試",
                )
            cells += len(row)
            if cells > MAX_CELLS:
                raise InputError(
                    f"{path.name}：內容超過 {MAX_CELLS:,} 格，不像是一份{what}",
                    hint="請把要整理的部分另存為新的文件再試",
                )
            rows.append(row)
    except csv.Error as exc:
        raise InputError(
            f"{path.name} 第 {reader.line_num:,} 行：{_csv_problem(exc)}",
            hint="請用 Excel 打開後另存為 CSV（UTF-8）或 .xlsx 再試",
        ) from exc
    while rows and not any(rows[-1]):
        rows.pop()
    return Sheet(path.stem, rows)


def _csv_problem(exc: csv.Error) -> str:
    """What the csv module's English says, in Chinese."""
    said = str(exc)
    if "field limit" in said:
        return f"有一格內容超過 {MAX_CSV_FIELD // 1024 // 1024} MB，CSV 格式有誤（可能有引號沒有配對）"
    if "new-line" in said or "NUL" in said or "line contains" in said:
        return "有無法識別的字符或換行，CSV 格式有誤"
    return "CSV 格式有誤（引號或分隔符不正確）"


# ------------------------------------------------------------------ .xlsx
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_ROW, _CELL, _VALUE, _FORMULA, _INLINE = (f"{{{_MAIN}}}{t}" for t in ("row", "c", "v", "f", "is"))
_MERGE_CELL, _DATA = f"{{{_MAIN}}}mergeCell", f"{{{_MAIN}}}sheetData"
_SI, _T, _RUN = f"{{{_MAIN}}}si", f"{{{_MAIN}}}t", f"{{{_MAIN}}}r"
_COLUMN = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d*)$")


def _read_xlsx(path: Path, first_only: bool = False) -> list[Sheet]:
    """Every worksheet of a workbook in order (only the first with ``first_only``); a damaged,
    encrypted or oversized workbook raises :class:`InputError` naming the file."""
    import warnings
    import zipfile

    counts = check_zip(path, MAX_XLSX_UNPACKED, "Excel 文件")
    with warnings.catch_warnings():  # openpyxl's warnings name its own files in the venv
        warnings.simplefilter("ignore")
        try:
            with zipfile.ZipFile(path) as archive:
                book = _Book(path, archive, counts)
                sheets = []
                for title, part in book.worksheets():
                    sheets.append(book.read_sheet(title, part))
                    if first_only:
                        break
                return sheets
        except InputError:
            raise
        except Exception as exc:  # zip, xml and format errors all mean "not a workbook we can read"
            raise InputError(
                f"{path.name}：無法讀取 Excel 文件（文件已損壞或不是 .xlsx 格式）",
                hint="請用 Excel 打開後另存為 .xlsx 再試",
            ) from exc


class _Book:
    """The parts of one workbook a ledger needs, each checked against its element count."""

    def __init__(self, path: Path, archive: Any, counts: dict[str, int]) -> None:
        self.path, self.archive, self.counts = path, archive, counts
        root = _targets(self._xml("_rels/.rels"), "") if "_rels/.rels" in counts else []
        self.part = next((t for kind, t in root if kind.endswith("/officeDocument")), "xl/workbook.xml")
        self.book = self._xml(self.part)
        if self.book.tag != f"{{{_MAIN}}}workbook":  # ISO "Strict Open XML", or no workbook at all
            raise InputError(
                f"{path.name}：無法讀取 Excel 文件（不是常見的 .xlsx 格式，可能是「Strict Open XML」）",
                hint="請用 Excel 打開後另存為「Excel 工作簿 (.xlsx)」再試",
            )
        base = posixpath.dirname(self.part)
        self.rels = dict(_relationships(self._xml(f"{base}/_rels/{posixpath.basename(self.part)}.rels"), base))
        kinds = {kind.rsplit("/", 1)[-1]: target for _id, (kind, target) in self.rels.items()}
        sheets = [t for kind, t in self.rels.values() if kind.endswith("/worksheet")]
        streamed = set(sheets) | ({kinds["sharedStrings"]} if "sharedStrings" in kinds else set())
        if sum(counts.get(name, 0) for name in streamed) > MAX_STREAMED_ELEMENTS:
            raise InputError(
                f"{path.name}：工作表內容過多（相當於一百萬格以上），不像是一份台賬",
                hint="請把要整理的部分複製到新的工作表或文件再試",
            )
        self.strings = self._strings(kinds.get("sharedStrings"))
        self.dates, self.durations = self._date_styles(kinds.get("styles"))
        from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH

        props = self.book.find(f"{{{_MAIN}}}workbookPr")
        self.epoch = MAC_EPOCH if props is not None and props.get("date1904") in ("1", "true") else WINDOWS_EPOCH

    def _too_big(self, name: str, count: int) -> InputError:
        return InputError(
            f"{self.path.name}：部件 {name} 有 {count:,} 個元素，遠超正常的 Excel 文件（文件可能已損壞或是特意構造的）",
            hint="請用 Excel 打開後另存為新的 .xlsx 再試",
        )

    def _xml(self, name: str) -> Any:
        """A part parsed whole (none of them holds more than ``MAX_XLSX_PART_ELEMENTS``)."""
        import xml.etree.ElementTree as ET

        if self.counts.get(name, 0) > MAX_XLSX_PART_ELEMENTS:
            raise self._too_big(name, self.counts[name])
        return ET.fromstring(self.archive.read(name))

    def worksheets(self) -> Iterator[tuple[str, str]]:
        """(title, part) of each worksheet in the workbook's order; chart sheets have no rows."""
        for sheet in self.book.iter(f"{{{_MAIN}}}sheet"):
            kind, target = self.rels.get(sheet.get(f"{{{_REL}}}id", ""), ("", ""))
            if kind.endswith("/worksheet"):
                yield sheet.get("name", ""), target

    def _strings(self, part: str | None) -> list[str]:
        """The shared strings, streamed, as openpyxl reads them (formatting and phonetic guides left out)."""
        from xml.etree.ElementTree import iterparse

        if part is None or part not in self.counts:
            return []
        strings = []
        with self.archive.open(part) as source:
            for _, element in iterparse(source):
                if element.tag == _SI:
                    strings.append(_text(element).replace("x005F_", ""))
                    element.clear()
        return strings

    def _date_styles(self, part: str | None) -> tuple[set[int], set[int]]:
        """The cell styles whose number format is a date or a duration, as openpyxl reads them."""
        if part is None or part not in self.counts:
            return set(), set()
        from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format

        styles = self._xml(part)
        custom = {fmt.get("numFmtId", ""): fmt.get("formatCode", "") for fmt in styles.iter(f"{{{_MAIN}}}numFmt")}
        dates: set[int] = set()
        durations: set[int] = set()
        cells = styles.find(f"{{{_MAIN}}}cellXfs")
        for n, xf in enumerate(cells.iterfind(f"{{{_MAIN}}}xf") if cells is not None else ()):
            number = xf.get("numFmtId", "0")
            code = custom[number] if number in custom else builtin_format_code(int(number) if number.isdigit() else -1)
            if is_date_format(code):
                dates.add(n)
            if is_timedelta_format(code):
                durations.add(n)
        return dates, durations

    def read_sheet(self, title: str, part: str) -> Sheet:
        """One sheet's rows, streamed: a row is converted and cleared as soon as it ends."""
        from xml.etree.ElementTree import iterparse

        where = f"{self.path.name} 工作表「{title}」"
        reader = _Rows(self.strings, self.epoch, self.dates, self.durations)
        rows: dict[int, dict[int, Any]] = {}
        merged: list[Merged] = []
        with self.archive.open(part) as source:
            for _, element in iterparse(source):
                if element.tag == _ROW:
                    if len(element) > MAX_ROW_CELLS:
                        raise InputError(
                            f"{where}第 {element.get('r') or reader.row + 1} 行：有 {len(element):,} 個單元格，超過 Excel 的上限（文件已損壞）",
                            hint="請用 Excel 打開後另存為新的 .xlsx 再試",
                        )
                    number, values, anything = reader.row_values(element)
                    element.clear()
                    if anything and number > MAX_SHEET_ROWS:
                        raise InputError(
                            f"{where}：超過 {MAX_SHEET_ROWS:,} 行（第 {number:,} 行還有內容），不像是一份台賬",
                            hint="請把要整理的部分複製到新的工作表或文件再試；如是多餘的內容，刪掉後保存再試",
                        )
                    if values and number not in rows:
                        rows[number] = values
                elif element.tag == _MERGE_CELL:
                    if len(merged) >= MAX_MERGED:
                        raise InputError(
                            f"{where}：合併單元格超過 {MAX_MERGED:,} 處，不像是一份台賬",
                            hint="請取消多餘的合併單元格後保存再試",
                        )
                    merged.extend(_range(element.get("ref", "")))
                    element.clear()
                elif element.tag == _DATA:
                    element.clear()
        if reader.beyond:
            raise InputError(
                f"{where}{reader.beyond}：第 {MAX_SHEET_COLUMNS} 列之後還有內容，不像是一份台賬",
                hint=f"請刪掉 {reader.beyond} 等多餘的內容，或把要整理的列複製到新的工作表再試",
            )
        return _grid(where, title, rows, merged, reader)


class _Rows:
    """A row's cells converted as openpyxl converts them; a cell it cannot convert (a date that is
    no date, a shared string that is not there) is read as its text and named, not the end of the
    sheet. Cells past ``MAX_SHEET_COLUMNS`` are not converted; the first that holds anything is named."""

    def __init__(self, strings: list[Any], epoch: Any, dates: set[int], durations: set[int]) -> None:
        from openpyxl.worksheet._reader import WorkSheetParser

        self.parser = WorkSheetParser(
            None, strings, data_only=True, epoch=epoch, date_formats=dates, timedelta_formats=durations
        )
        self.row = 0
        self.beyond = ""  # the first cell past MAX_SHEET_COLUMNS that holds something
        self.uncached: list[str] = []
        self.unreadable: list[str] = []

    def row_values(self, element: Any) -> tuple[int, dict[int, Any], bool]:
        """The row's number, its values by column, and whether it holds anything at all."""
        from openpyxl.utils.cell import column_index_from_string, get_column_letter

        number = element.get("r", "")
        self.row = int(number) if number.isdigit() and 0 < int(number) < 10**7 else self.row + 1
        values: dict[int, Any] = {}
        column = 0
        anything = False
        for cell in element:
            if cell.tag != _CELL:
                continue
            m = _COLUMN.match(cell.get("r", ""))
            column = column_index_from_string(m.group(1).upper()) if m else column + 1
            coordinate = f"{get_column_letter(column)}{self.row}" if column <= 18_278 else f"第{column}列"
            raw = cell.findtext(_VALUE) or None
            held = raw is not None or cell.find(_INLINE) is not None
            anything = anything or held
            if column > MAX_SHEET_COLUMNS:
                if held and not self.beyond:
                    self.beyond = coordinate
                continue
            value = self._value(cell, raw, coordinate)
            if cell.find(_FORMULA) is not None and value is None:
                self.uncached.append(coordinate)
            if value is not None:
                values[column] = value
        return self.row, values, anything

    def _value(self, cell: Any, raw: str | None, coordinate: str) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":  # as openpyxl reads it, without building its rich-text objects
            inline = cell.find(_INLINE)
            return _text(inline) if inline is not None else None
        self.parser.row_counter, self.parser.col_counter = self.row, 0
        try:
            parsed = self.parser.parse_cell(cell)
        except Exception:  # a date that is no date, a number that is text, a string not in the table…
            self.unreadable.append(coordinate)
            return raw
        value = parsed["value"]
        if parsed["data_type"] == "e" and kind != "e" and raw is not None:  # a date serial out of range
            self.unreadable.append(coordinate)
            return raw
        return value


def _grid(where: str, title: str, rows: dict[int, dict[int, Any]], merged: list[Merged], reader: _Rows) -> Sheet:
    """The rows as a table as wide as its content, merged ranges clipped to it: Excel's
    dimension and styled empty cells say nothing about where the content ends."""
    height = max(rows, default=0)
    width = max((max(values) for values in rows.values()), default=0)
    if height * width > MAX_CELLS:
        raise InputError(
            f"{where}：有內容的區域達 {height:,} 行 × {width} 列，不像是一份台賬",
            hint="請把要整理的部分複製到新的工作表或文件再試",
        )
    grid = [[rows.get(r, {}).get(c) for c in range(1, width + 1)] for r in range(1, height + 1)]
    clipped = [  # a range left with one cell is none
        (r1, min(r2, height), c1, min(c2, width))
        for r1, r2, c1, c2 in merged
        if r1 <= height and c1 <= width and (r1 < min(r2, height) or c1 < min(c2, width))
    ]
    if sum((r2 - r1 + 1) * (c2 - c1 + 1) for r1, r2, c1, c2 in clipped) > height * width:
        raise InputError(  # Excel's merged ranges never overlap: these cover the table many times
            f"{where}：合併單元格互相重疊，文件可能已損壞",
            hint="請用 Excel 打開，取消並重新設置合併單元格後保存再試",
        )
    return Sheet(title, grid, clipped, reader.uncached, reader.unreadable)


def _text(element: Any) -> str:
    """The text of a string item (``si``, ``is``): its own ``t`` and its runs' ``t``."""
    return (element.findtext(_T) or "") + "".join(run.findtext(_T) or "" for run in element.iterfind(_RUN))


def _range(ref: str) -> list[Merged]:
    from openpyxl.utils.cell import range_boundaries

    try:
        c1, r1, c2, r2 = range_boundaries(ref)
    except (ValueError, TypeError):
        return []
    return [(r1, r2, c1, c2)] if c1 and r1 and c2 and r2 and r1 <= r2 and c1 <= c2 else []


def _relationships(root: Any, base: str) -> Iterator[tuple[str, tuple[str, str]]]:
    """(id, (type, part)) of a .rels part; a target is resolved against the folder ``base``."""
    for rel in root.iter(_PKG_REL):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        yield rel.get("Id", ""), (rel.get("Type", ""), name)


def _targets(root: Any, base: str) -> list[tuple[str, str]]:
    return [kind_target for _id, kind_target in _relationships(root, base)]
