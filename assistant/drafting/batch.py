"""Batch drafting from a table (.xlsx or .csv): one row per community, one draft per row.

Columns are the facts' fields under any of their names. Work items come either as cells of
the form ``類別:條目`` in columns headed 工作 / 主要工作 / work (several such columns, or
several lines in a cell, are fine), or one column per category (headed by the category, or
``工作:類別``; a merged 工作 cell over a row of category names works too). List cells (上級,
成效, 存在問題, 計劃) hold one entry per line or separated by ；. A bad row is reported and
skipped; the others are still drafted, and the summary says which is which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.clean import clean_item
from assistant.core.errors import InputError, ZongjieError
from assistant.core.files import check_out_dir
from assistant.core.script import convert, to_simplified
from assistant.facts.model import FIELD_LABELS, LIST_FIELDS, Facts, canonical_key, facts_from_data
from assistant.io.sheets import read_sheets

if TYPE_CHECKING:
    from assistant.backends.llm import Backend
    from assistant.core.progress import Reporter
    from assistant.drafting.draft import DraftOptions
    from assistant.retrieval.search import Retriever

_WORK_PREFIX = re.compile(r"^(?:work|工作|主要工作)\s*[:：\-—]\s*(.+)$", re.I)
_SPLIT = re.compile(r"[\n；;]+")
_CATEGORY_ITEM = re.compile(r"^\s*([^:：]+?)\s*[:：]\s*(.+)$")
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')
MAX_ROWS = 1000
NAME_BYTES = 180  # file names stay well under the usual 255-byte limit, with room for a suffix

Cells = list[tuple[str, Any]]  # (header, value) in column order: a header may repeat


@dataclass
class Table:
    rows: list[tuple[int, Cells]]  # (spreadsheet row number, cells)
    warnings: list[str] = field(default_factory=list)


@dataclass
class RowResult:
    row: int  # spreadsheet row number (the header is row 1)
    community: str = ""
    output: str = ""
    error: str = ""


@dataclass
class BatchResult:
    rows: list[RowResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False
    total: int = 0  # rows in the table, processed or not

    @property
    def failed(self) -> list[RowResult]:
        return [r for r in self.rows if r.error]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# ------------------------------------------------------------------------------ reading
def read_table(path: Path) -> Table:
    """The header (one row, or two under merged cells) and the rows below it, empty rows dropped."""
    sheet = read_sheets(path, "表格", first_only=True)[0]
    grid: list[list[Any]] = [["" if c is None else c for c in row] for row in sheet.rows]
    merged = sheet.merged
    warnings = [
        f"{path.name} {cell}：公式沒有保存的計算結果，按空白處理（用 Excel 打開並保存一次即可）"
        for cell in sheet.uncached
    ] + [f"{path.name} {cell}：單元格的值與格式不符，按原文讀入，請核對" for cell in sheet.unreadable]
    if not grid:
        raise InputError(f"{path.name}: 表格是空的")
    header, first_data = _header(grid, merged)
    if not any(header):
        raise InputError(f"{path.name}: 第1行應為表頭（單位、時段、各類工作…）")
    _check_header(header, path.name)
    rows = []
    for number, values in enumerate(grid[first_data:], first_data + 1):
        cells = [(header[i], v) for i, v in enumerate(values) if i < len(header) and header[i]]
        if any(str(v).strip() for _, v in cells):
            rows.append((number, cells))
    if not rows:
        raise InputError(f"{path.name}: 表頭下面沒有數據行")
    if len(rows) > MAX_ROWS:
        raise InputError(
            f"{path.name}: 有 {len(rows)} 行，一次最多起草 {MAX_ROWS} 行", hint="請把表格拆成幾個再分別起草"
        )
    return Table(rows, warnings)


def _header(grid: list[list[Any]], merged: list[tuple[int, int, int, int]]) -> tuple[list[str], int]:
    """Header texts by column, and the index of the first data row. A cell merged across columns
    in row 1 heads each of them; then row 2 names the columns under it (工作 over 宣傳, 環境…)."""
    top = [clean_item(str(h))[0] for h in grid[0]]
    spans = [(c1, c2) for r1, _r2, c1, c2 in merged if r1 == 1 and c2 > c1]
    if not spans:
        return top, 1
    for c1, c2 in spans:
        for col in range(c1, c2 + 1):
            if col - 1 < len(top):
                top[col - 1] = top[c1 - 1]
    if len(grid) < 2:
        return top, 1
    sub = [clean_item(str(h))[0] for h in grid[1]]
    header = list(top)
    for c1, c2 in spans:
        for col in range(c1 - 1, min(c2, len(header))):
            if col < len(sub) and sub[col]:
                header[col] = f"{top[col]}:{sub[col]}" if canonical_key(top[col]) in (None, "work") else top[col]
    return header, 2


def _is_work_header(header: str) -> bool:
    return canonical_key(header) == "work" or to_simplified(header).rstrip("0123456789") in ("工作", "主要工作")


def _check_header(header: list[str], name: str) -> None:
    """Two columns for one field would lose one of them: an error naming both columns.
    Work columns and list fields may repeat (their cells add up)."""
    seen: dict[str, int] = {}
    for i, text in enumerate(header):
        if not text or _is_work_header(text) or _WORK_PREFIX.match(text):
            continue
        key = canonical_key(text)
        if key in LIST_FIELDS:
            continue
        ident = key or to_simplified(text)
        if ident in seen:
            first = seen[ident]
            what = FIELD_LABELS[key] if key else f"類別「{text}」"
            raise InputError(
                f"{name} 第1行: {column_letter(first)}列「{header[first]}」和{column_letter(i)}列「{text}」"
                f"都是{what}，寫了兩次",
                hint="刪掉其中一列，或把兩列合併",
            )
        seen[ident] = i


_LIKE_HEADERS = {"仿照", "参照", "like"}  # a column naming each row's past summary (its frame)


def _is_like_header(header: str) -> bool:
    return to_simplified(header).strip().lower() in _LIKE_HEADERS


def like_cell(cells: Cells) -> str:
    """The past summary a row names in its 仿照 column ("": none)."""
    return next((str(v).strip() for h, v in cells if _is_like_header(h) and v is not None and str(v).strip()), "")


def row_to_data(cells: Cells | dict[str, Any]) -> dict[str, Any]:
    """A table row as facts data (canonical keys), ready for validation."""
    pairs = list(cells.items()) if isinstance(cells, dict) else cells
    data: dict[str, Any] = {}
    work: dict[str, list[str]] = {}
    for header, value in pairs:
        text = "" if value is None else str(value).strip()
        if not text or _is_like_header(header):
            continue
        key = canonical_key(header)
        prefixed = _WORK_PREFIX.match(header)
        if key == "work" or (prefixed is None and _is_work_header(header)):
            for entry in (e for e in _SPLIT.split(text) if e.strip()):
                m = _CATEGORY_ITEM.match(entry)
                if m is None:
                    raise InputError(f"「{header}」列的「{entry.strip()}」應寫成「類別:條目」")
                work.setdefault(m.group(1).strip(), []).append(m.group(2).strip())
        elif prefixed is not None or key is None:
            category = prefixed.group(1).strip() if prefixed else header
            work.setdefault(category, []).extend(s.strip() for s in _SPLIT.split(text) if s.strip())
        elif key in LIST_FIELDS:
            data.setdefault(key, []).extend(s.strip() for s in _SPLIT.split(text) if s.strip())
        else:
            data[key] = text
    if work:
        data["work"] = work
    return data


def output_name(facts: Facts, title: str, fmt: str, script: str) -> str:
    """A file name from the draft's title (so it is in the draft's one script), safe on any disk."""
    stem = title or convert(f"{facts.community}{facts.period}{facts.topic}工作總結", script)
    stem = _NOT_IN_NAMES.sub("_", clean_item(stem)[0]).strip("_.") or "工作總結"
    while len(stem.encode("utf-8")) > NAME_BYTES:
        stem = stem[:-1]
    return f"{stem}.{fmt}"


# ------------------------------------------------------------------------------ drafting
def check_batch_args(out_dir: Path | None, fmt: str) -> Path:
    """Everything about where the drafts go, checked before any row is drafted."""
    from assistant.drafting.export import OUTPUT_FORMATS

    if out_dir is None:
        raise InputError("批量起草需要 --out-dir 指定輸出文件夾")
    if fmt not in OUTPUT_FORMATS:
        raise InputError(f"不支持的格式「{fmt}」", hint="可選：md、txt、docx")
    check_out_dir(out_dir)
    return out_dir


def run_batch(
    table: Path,
    out_dir: Path,
    *,
    fmt: str,
    force: bool,
    options: DraftOptions,
    retriever: Callable[[], Retriever],
    backend: Backend | None,
    reporter: Reporter,
) -> BatchResult:
    """Draft every row; a row that fails (bad facts, a name the disk refuses, a bug) is reported
    and the others go on. Ctrl-C stops after the current row with what was done so far."""
    from assistant.drafting.export import write_draft
    from assistant.drafting.pipeline import run_draft

    read = read_table(table)
    result = BatchResult(warnings=read.warnings, total=len(read.rows))
    out_dir.mkdir(parents=True, exist_ok=True)
    shared = retriever()
    used: set[str] = set()
    with reporter.progress("批量起草") as update:
        for n, (number, cells) in enumerate(read.rows):
            row = RowResult(row=number)
            update(f"第{number}行", n, len(read.rows))
            try:
                facts = facts_from_data(row_to_data(cells), f"{table.name} 第{number}行")
                row.community = facts.community
                row_options = options
                like = like_cell(cells)
                if like:  # this row's own past summary, named beside the table or by its full path
                    from dataclasses import replace

                    from assistant.drafting.office_style import read_like

                    path = Path(like).expanduser()
                    row_options = replace(options, style=read_like(path if path.is_absolute() else table.parent / path))
                drafted = run_draft(facts, shared, row_options, backend=backend)
                name = output_name(facts, drafted.title, fmt, drafted.script)
                if name in used:  # two rows for one unit and period: both kept
                    name = name.replace(f".{fmt}", f"-第{number}行.{fmt}")
                used.add(name)
                path = out_dir / name
                write_draft(drafted, path, fmt, force)
                row.output = str(path)
                if not drafted.complete:
                    row.error = f"未完成（{drafted.error}），已寫出的部分在 {path}"
            except ZongjieError as exc:
                row.error = str(exc)
            except KeyboardInterrupt:
                result.interrupted = True
                break
            except Exception as exc:  # one row's bug must not cost the other rows
                row.error = f"內部錯誤（{type(exc).__name__}：{exc}）"
            result.rows.append(row)
        update("", len(read.rows), len(read.rows))
    return result
