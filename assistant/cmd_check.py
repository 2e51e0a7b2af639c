"""``zongjie check``: find what a reviewer would send back, as a table, JSON or linter lines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .app import ChromaUrl, IndexDir, app, handle_errors, open_index
from .errors import InputError, ZongjieError
from .ui import console, error, print_json

if TYPE_CHECKING:
    from .check import LeakData, Options, Report

SHOWN_MAX = 200  # a table longer than this helps nobody and takes rich a long time to draw
SEVERITY_STYLE = {"error": "[bold red]錯誤[/]", "warning": "[yellow]警告[/]", "info": "[cyan]提示[/]"}


@app.command()
@handle_errors
def check(
    files: Annotated[list[str], typer.Argument(help="要檢查的稿子（.txt/.md/.docx），- 表示標準輸入。")],
    facts: Annotated[
        Path | None, typer.Option("--facts", help="事實文件：核對稿中的數字是否都有出處、事實是否都用上。")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="human（默認）、json 或 line（path:行:列: 級別 規則 說明）")
    ] = "human",
    disable: Annotated[list[str] | None, typer.Option("--disable", help="本次不查某條規則，可重複。")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="警告也算不通過。")] = False,
    fix: Annotated[
        bool,
        typer.Option("--fix", help="自動改正機械性問題（編號按 GB/T 9704、半角標點），改動逐條列出；只用於 .txt/.md。"),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="配合 --fix：只顯示會改什麼（diff），不寫文件。")] = False,
    no_backup: Annotated[bool, typer.Option("--no-backup", help="配合 --fix：不保留 .bak 備份。")] = False,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
) -> None:
    """檢查稿子：缺哪一部分、順序和編號、佔位符、數字出處、照抄範文、簡繁混用、重複句子、標點。"""
    from .check import RULES, check_text
    from .config import load_config
    from .documents import read_text_arg

    if fmt not in ("human", "json", "line"):
        raise InputError(f"--format 不能是「{fmt}」", hint="可選：human、json、line")
    if (dry_run or no_backup) and not fix:
        raise InputError("--dry-run 和 --no-backup 只能和 --fix 一起用")
    if fix:
        raise typer.Exit(_fix_files(files, dry_run=dry_run, backup=not no_backup, as_json=fmt == "json"))
    disabled = set(disable or [])
    unknown = sorted(disabled - set(RULES))
    if unknown:
        raise InputError(f"沒有這條規則：{'、'.join(unknown)}", hint=f"可用規則：{'、'.join(RULES)}")
    options = _options(facts, disabled, load_config().check)
    if "sample-leak" not in disabled:
        options.leaks = _leaks(index_dir, chroma_url)

    stdin_text = sys.stdin.read() if "-" in files else None
    reports: list[Report] = []
    bad_input = False
    for name in files:
        try:
            src = read_text_arg(name, stdin_text)
        except ZongjieError as exc:
            error(str(exc))
            bad_input = True
            continue
        try:
            reports.append(check_text(src.text, name, src.line_offset, options, markdown=src.fmt == "md"))
        except ZongjieError as exc:  # a text far too long to be a summary
            error(str(exc))
            bad_input = True

    if fmt == "json":
        data = [r.to_dict() for r in reports]
        print_json(data[0] if len(data) == 1 and len(files) == 1 else data)
    elif fmt == "line":
        for report in reports:
            for f in report.findings:
                sys.stdout.write(f"{report.file}:{f.line}:{f.col}: {f.severity} {f.rule} {f.message}\n")
    else:
        for report in reports:
            show_report(report)
    if bad_input:
        raise typer.Exit(2)
    raise typer.Exit(1 if any(r.failed(strict) for r in reports) else 0)


def _options(facts: Path | None, disabled: set[str], configured: dict[str, str]) -> Options:
    from .check import RULES, SEVERITIES, Options

    severities: dict[str, str] = {}
    for rule, severity in configured.items():
        if rule not in RULES:
            raise InputError(f"配置文件 [check] 中沒有這條規則：{rule}", hint=f"可用規則：{'、'.join(RULES)}")
        if severity not in (*SEVERITIES, "off"):
            raise InputError(
                f"配置文件 [check] {rule} 的級別「{severity}」無效", hint="可選：error、warning、info、off"
            )
        severities[rule] = severity
    facts_text = None
    if facts is not None:
        from .facts import load_facts

        facts_text = load_facts(facts).all_text()
    return Options(facts_text=facts_text, disabled=disabled, severities=severities)


def _leaks(index_dir: Path | None, chroma_url: str | None) -> LeakData | None:
    from .leaks import load_leak_data

    return load_leak_data(open_index(index_dir, chroma_url, None))


def show_report(report: Report) -> None:
    from rich.table import Table

    from .check import PART_NAMES, PARTS

    title = "標準輸入" if report.file == "-" else report.file
    table = Table(title=f"{title}：各部分", title_justify="left")
    for column in ("部分", "找到", "行", "位置"):
        table.add_column(column)
    for name in PARTS:
        part = report.sections[name]
        where = part.heading or {"paragraph": "（在段落中）", "structure": ""}.get(part.how, "")
        table.add_row(PART_NAMES[name], "[green]✓[/]" if part.found else "[red]✗[/]", str(part.line or ""), where)
    console.print(table)
    for note in report.notes:
        console.print(f"[dim]{note}[/]")
    if not report.findings:
        console.print("[green]沒有發現問題。[/]")
        return
    findings = Table(title="發現的問題（按所在部分）", title_justify="left", show_lines=False)
    for column in ("部分", "級別", "行:列", "規則", "說明", "原文"):
        findings.add_column(column, overflow="fold")
    order = {name: i for i, name in enumerate((*PARTS, "facts"))}
    shown = sorted(report.findings, key=lambda f: (order.get(f.section, 99), f.line, f.col))
    if len(shown) > SHOWN_MAX:
        console.print(f"[yellow]共 {len(shown)} 個問題，下表只列前 {SHOWN_MAX} 個；--format json 或 line 可看全部。[/]")
        shown = shown[:SHOWN_MAX]
    for f in shown:
        where = f"{f.line}:{f.col}" if f.line else "—"
        section = PART_NAMES.get(f.section, "事實文件" if f.section == "facts" else f.section)
        findings.add_row(section, SEVERITY_STYLE[f.severity], where, f.rule, f.message, f.text)
    console.print(findings)
    console.print(f"錯誤 {report.count('error')} 個，警告 {report.count('warning')} 個。")


def _fix_files(files: list[str], *, dry_run: bool, backup: bool, as_json: bool) -> int:
    """``--fix``: repair numbering and punctuation in place (atomically, keeping a .bak), or show
    the diff with ``--dry-run``; every change is listed."""
    import difflib

    from .documents import decode_bytes, split_front_matter
    from .fix import fix_text

    results: list[dict[str, object]] = []
    code = 0
    for name in files:
        path = Path(name)
        if name == "-" or path.suffix.lower() not in (".txt", ".md", ".markdown"):
            error(f"{name}：--fix 只能改 .txt 或 .md 文件（.docx 請在 Word 裡改）")
            code = 2
            continue
        try:
            raw = decode_bytes(path.read_bytes(), name)
        except OSError as exc:
            error(f"{name}：無法讀取（{exc.strerror}）")
            code = 2
            continue
        except ZongjieError as exc:
            error(str(exc))
            code = 2
            continue
        _meta, body, _offset = split_front_matter(raw, name)
        head = raw[: len(raw) - len(body)]
        fixed, edits = fix_text(body)
        new = head + fixed
        changes = [
            {"line": head.count("\n") + body.count("\n", 0, e.start) + 1, "before": e.before, "after": e.after}
            for e in edits
        ]
        results.append({"file": name, "changes": changes, "written": bool(edits) and not dry_run})
        if dry_run and not as_json:
            diff = difflib.unified_diff(
                raw.splitlines(keepends=True), new.splitlines(keepends=True), f"{name}（原文）", f"{name}（改後）"
            )
            sys.stdout.writelines(diff)
        elif edits and not dry_run:
            if backup:
                _write(path.with_name(path.name + ".bak"), raw)
            _write(path, new)
        if not as_json:
            _show_changes(name, changes, dry_run, backup)
    if as_json:
        print_json(results[0] if len(results) == 1 and len(files) == 1 else results)
    return code


def _show_changes(name: str, changes: list[dict[str, object]], dry_run: bool, backup: bool) -> None:
    from rich.markup import escape

    if not changes:
        console.print(f"{escape(name)}：沒有需要自動改正的地方。")
        return
    verb = "將改" if dry_run else "已改"
    console.print(
        f"{escape(name)}：{verb} {len(changes)} 處" + ("（原文備份為 .bak）" if backup and not dry_run else "")
    )
    for c in changes:
        console.print(f"  第{c['line']}行 「{escape(str(c['before']))}」→「{escape(str(c['after']))}」")


def _write(path: Path, text: str) -> None:
    from .files import atomic_write

    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
