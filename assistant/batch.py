"""Batch drafting from a table (.xlsx or .csv): one row per community, one draft per row.

Columns are the facts' fields under any of their names. Work items come either as cells of
the form ``類別:條目`` in columns headed 工作 / 主要工作 / work (several such columns, or
several lines in a cell, are fine), or one column per category (headed by the category, or
``工作:類別``). List cells (上級, 成效, 存在問題, 計劃) hold one entry per line or separated by ；.
A bad row is reported and skipped; the others are still drafted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .documents import decode_bytes
from .errors import InputError, ZongjieError
from .facts import Facts, canonical_key, facts_from_data
from .script import to_simplified
from .ui import console, err_console, error, print_json, progress_bar

if TYPE_CHECKING:
    from .llm import Backend
    from .retrieval import Retriever

_WORK_PREFIX = re.compile(r"^(?:work|工作|主要工作)\s*[:：\-—]\s*(.+)$", re.I)
_SPLIT = re.compile(r"[\n；;]+")
_CATEGORY_ITEM = re.compile(r"^\s*([^:：]+?)\s*[:：]\s*(.+)$")


@dataclass
class RowResult:
    row: int  # spreadsheet row number (the header is row 1)
    community: str = ""
    output: str = ""
    error: str = ""


def read_table(path: Path) -> list[dict[str, Any]]:
    """Rows as dicts keyed by the header cells; empty rows are dropped."""
    if not path.is_file():
        raise InputError(f"{path}: 文件不存在")
    if path.suffix.lower() == ".csv":
        text = decode_bytes(path.read_bytes(), path.name)
        rows = list(csv.reader(io.StringIO(text)))
    else:
        try:
            import openpyxl

            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # zip, xml and format errors all mean "not a workbook we can read"
            raise InputError(f"{path.name}: 無法讀取 Excel 文件（{type(exc).__name__}）") from exc
        sheet = workbook.worksheets[0]
        rows = [["" if c is None else c for c in r] for r in sheet.iter_rows(values_only=True)]
        workbook.close()
    if not rows:
        raise InputError(f"{path.name}: 表格是空的")
    header = [str(h).strip() for h in rows[0]]
    if not any(header):
        raise InputError(f"{path.name}: 第1行應為表頭（單位、時段、各類工作…）")
    out = []
    for values in rows[1:]:
        cells = {header[i]: v for i, v in enumerate(values) if i < len(header) and header[i]}
        if any(str(v).strip() for v in cells.values()):
            out.append(cells)
    if not out:
        raise InputError(f"{path.name}: 表頭下面沒有數據行")
    return out


def row_to_data(cells: dict[str, Any]) -> dict[str, Any]:
    """A table row as facts data (canonical keys), ready for validation."""
    data: dict[str, Any] = {}
    work: dict[str, list[str]] = {}
    for header, value in cells.items():
        text = "" if value is None else str(value).strip()
        if not text:
            continue
        key = canonical_key(header)
        prefixed = _WORK_PREFIX.match(header)
        if key == "work" or (prefixed is None and to_simplified(header).rstrip("0123456789") in ("工作", "主要工作")):
            for entry in (e for e in _SPLIT.split(text) if e.strip()):
                m = _CATEGORY_ITEM.match(entry)
                if m is None:
                    raise InputError(f"「{header}」列的「{entry.strip()}」應寫成「類別:條目」")
                work.setdefault(m.group(1).strip(), []).append(m.group(2).strip())
        elif prefixed is not None or key is None:
            category = prefixed.group(1).strip() if prefixed else header
            work.setdefault(category, []).extend(s.strip() for s in _SPLIT.split(text) if s.strip())
        elif key in ("superiors", "results", "problems", "plans"):
            data[key] = [s.strip() for s in _SPLIT.split(text) if s.strip()]
        else:
            data[key] = text
    if work:
        data["work"] = work
    return data


def output_name(facts: Facts, fmt: str) -> str:
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", f"{facts.community}{facts.period}{facts.topic}工作總結").strip("_")
    return f"{stem}.{fmt}"


def run_batch(
    table: Path,
    out_dir: Path | None,
    *,
    fmt: str,
    script: str,
    force: bool,
    prompts: Path | None,
    retriever: Callable[[], Retriever],
    backend: Backend | None,
    as_json: bool,
    order: str = "facts",
    fill_gaps: bool = False,
    today: dt.date | None = None,
) -> int:
    """Draft every row; exit code 0 if all succeeded, 1 if some failed, 2 if none did."""
    from .export import FORMATS, write_draft
    from .pipeline import run_draft

    if out_dir is None:
        raise InputError("批量起草需要 --out-dir 指定輸出文件夾")
    if fmt not in FORMATS:
        raise InputError(f"不支持的格式「{fmt}」", hint="可選：md、txt、docx")
    rows = read_table(table)
    out_dir.mkdir(parents=True, exist_ok=True)
    shared = retriever()
    results: list[RowResult] = []
    with progress_bar("批量起草", enabled=not as_json) as update:
        for n, cells in enumerate(rows):
            result = RowResult(row=n + 2)
            update(f"第{result.row}行", n, len(rows))
            try:
                facts = facts_from_data(row_to_data(cells), f"{table.name} 第{result.row}行")
                result.community = facts.community
                drafted = run_draft(
                    facts,
                    shared,
                    script=script,
                    prompts=prompts,
                    backend=backend,
                    order=order,
                    fill_gaps=fill_gaps,
                    today=today,
                )
                path = out_dir / output_name(facts, fmt)
                write_draft(drafted, path, fmt, force)
                result.output = str(path)
                if not drafted.complete:
                    result.error = f"未完成（{drafted.error}），已寫出的部分在 {path}"
            except ZongjieError as exc:
                result.error = str(exc)
            results.append(result)
        update("", len(rows), len(rows))
    failed = [r for r in results if r.error]
    if as_json:
        print_json({"rows": [vars(r) for r in results], "succeeded": len(results) - len(failed), "failed": len(failed)})
    else:
        _print_results(results)
    if not failed:
        return 0
    return 2 if len(failed) == len(results) else 1


def _print_results(results: list[RowResult]) -> None:
    from rich.table import Table

    table = Table(title="批量起草結果", title_justify="left")
    for column in ("行", "單位", "結果"):
        table.add_column(column)
    for r in results:
        outcome = f"[green]{r.output}[/]" if not r.error else f"[red]失敗：{r.error}[/]"
        table.add_row(str(r.row), r.community or "—", outcome)
    console.print(table)
    failed = sum(1 for r in results if r.error)
    if failed:
        error(f"{failed} 行失敗，其餘 {len(results) - failed} 行已生成。")
    else:
        err_console.print(f"[green]全部 {len(results)} 行已生成。[/]")
