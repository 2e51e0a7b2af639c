"""``zongjie check``: find what a reviewer would send back, as a table, JSON or linter lines."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.cli import ui
from assistant.cli.app import ChromaUrl, IndexDir, command
from assistant.cli.ui import error, esc, in_user_script, info, out, print_json
from assistant.core.clean import visible
from assistant.core.errors import ExitCode, InputError, ZongjieError

if TYPE_CHECKING:
    from assistant.checking.check import Report
    from assistant.checking.registry import LeakData
    from assistant.core.config import Settings


@command()
def check(
    files: Annotated[
        list[str], typer.Argument(metavar="稿子", help="要檢查的稿子（.txt/.md/.docx），- 表示標準輸入。")
    ],
    facts: Annotated[
        Path | None, typer.Option("--facts", help="事實文件：核對稿中的數字是否都有出處、事實是否都用上。")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="human（默認：問題少時一張表，多時每個一行）、table、json 或 line（path:行:列: 級別 規則 說明）",
        ),
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
    from assistant.checking.check import check_text, checker_options
    from assistant.core.config import Settings
    from assistant.core.script import detect_script
    from assistant.io.plain import read_stdin_bytes
    from assistant.io.readers import read_text_arg
    from assistant.summary.layout import reads_as_markdown

    if fmt not in ("human", "table", "json", "line"):
        raise InputError(f"--format 不能是「{fmt}」", hint="可選：human、table、json、line")
    if (dry_run or no_backup) and not fix:
        raise InputError("--dry-run 和 --no-backup 只能和 --fix 一起用")
    if fix:
        raise typer.Exit(_fix_files(files, dry_run=dry_run, backup=not no_backup, as_json=fmt == "json"))
    settings = Settings.resolve(index=index_dir, chroma_url=chroma_url)
    disabled = set(disable or [])
    options = checker_options(settings.check, disabled=disabled)
    options.facts_text, options.expected_text, options.withdrawn_text = _facts_texts(facts)
    if "sample-leak" not in disabled:
        options.leaks = _leaks(settings)

    reports: list[Report] = []
    bad_input = False
    stdin_data = None
    for name in files:
        try:
            if name == "-" and stdin_data is None:
                stdin_data = read_stdin_bytes(sys.stdin)
            src = read_text_arg(name, stdin_data)
        except ZongjieError as exc:
            error(str(exc))
            bad_input = True
            continue
        try:
            report = check_text(
                src.text,
                name,
                src.line_offset,
                options,
                markdown=src.fmt in ("md", "docx") or reads_as_markdown(src.text),
            )
            if not reports:  # a .docx's bytes hold no Chinese to tell its script by: its text does
                ui.prefer(detect_script(src.text[:4000]))
            reports.append(report)
            # what a finding quotes from the file is the user's own text, shown as written in any
            # script; the examples our advice quotes (「以上總結如有不妥之處…」) are ours and follow the user's
            quoted = (t for f in report.findings for t in (f.text, *re.findall(r"「([^」]*)」", f.message)))
            ui.keep([t for t in quoted if t and t in src.text])
        except ZongjieError as exc:  # a text far too long to be a summary
            error(str(exc))
            bad_input = True

    if fmt == "json":
        data = [_in_user_script(r.to_dict()) for r in reports]
        print_json(data[0] if len(data) == 1 and len(files) == 1 else data)
    elif fmt == "line":
        for report in reports:
            for f in report.findings:  # one finding a line, whatever the file held
                message = in_user_script(f.message)
                line = f"{report.file}:{f.line}:{f.col}: {f.severity} {f.rule} {message}"
                sys.stdout.write(visible(line) + "\n")
    else:
        from assistant.cli.report import FEW, show_check_lines, show_check_report

        for report in reports:
            if fmt == "table" or len(report.findings) <= FEW:
                show_check_report(report, out())
            else:
                show_check_lines(report, out(), min(out().width, 80))
    if bad_input:
        raise typer.Exit(ExitCode.USAGE)
    raise typer.Exit(ExitCode.FAILED if any(r.failed(strict) for r in reports) else ExitCode.OK)


def _facts_texts(facts: Path | None) -> tuple[str | None, str | None, str]:
    """The facts' text (what a figure in the draft may come from) and the figures the draft should carry: a figure the
    clerk corrected (原报失访5人，实为3人) is withdrawn, its corrected one expected (heldout75's 两癌筛查, checked)."""
    if facts is None:
        return None, None, ""
    from assistant.core.numbers import compare
    from assistant.facts.corrections import as_corrected
    from assistant.facts.model import load_facts

    loaded = load_facts(facts)
    text = loaded.all_text()
    expected = text
    withdrawn: list[str] = []  # (the figures a correction withdrew, 原报320户: flagged where a draft writes them)
    for item in loaded.items():
        corrected, why = as_corrected(item)
        if why and corrected != item:
            expected = expected.replace(item, corrected)
            withdrawn += [f.text for f in compare(item, corrected)[0]]
    return text, expected, "\n".join(withdrawn)


def _leaks(settings: Settings) -> LeakData | None:
    from assistant.drafting.pipeline import open_index
    from assistant.retrieval.leaks import load_leak_data

    return load_leak_data(open_index(settings))


def _fix_files(files: list[str], *, dry_run: bool, backup: bool, as_json: bool) -> int:
    """``--fix``: repair numbering and punctuation in place (atomically, keeping a .bak), or show
    the diff with ``--dry-run``; every change is listed."""
    import difflib

    from assistant.checking.check import MAX_CHECK_CHARS
    from assistant.checking.fix import fix_text
    from assistant.core.files import FileState, check_writable, read_limited, rewrite
    from assistant.io.plain import MAX_TEXT_BYTES, TextForm, decode_bytes, split_front_matter
    from assistant.summary.layout import reads_as_markdown

    results: list[dict[str, object]] = []
    code: int = ExitCode.OK
    for name in files:
        path = Path(name)
        if name == "-" or path.suffix.lower() not in (".txt", ".md", ".markdown"):
            error(f"{name}：--fix 只能改 .txt 或 .md 文件（.docx 請在 Word 裡改）")
            code = ExitCode.USAGE
            continue
        try:
            before = FileState.of(path) if path.exists() else None
            data = read_limited(path, MAX_TEXT_BYTES, "一篇工作總結")
            raw = decode_bytes(data, name)
            _meta, body, _offset = split_front_matter(raw, name)
            if len(body) > MAX_CHECK_CHARS:  # as check itself refuses it
                raise InputError(f"{name}：文字過長（{len(body):,} 字），不像是一篇工作總結")
        except ZongjieError as exc:
            error(str(exc))
            code = ExitCode.USAGE
            continue
        head = raw[: len(raw) - len(body)]
        fixed, edits = fix_text(body, markdown=path.suffix.lower() in (".md", ".markdown") or reads_as_markdown(body))
        new = head + fixed
        if len(fixed) > MAX_CHECK_CHARS:  # a fix that grew it past what check reads is no fix
            error(f"{name}：改正後文字會超過 {MAX_CHECK_CHARS:,} 字的上限，未改動；請把它分成幾個文件")
            code = ExitCode.USAGE
            continue
        changes = [
            {"line": head.count("\n") + body.count("\n", 0, e.start) + 1, "before": e.before, "after": e.after}
            for e in edits
        ]
        results.append({"file": name, "changes": changes, "written": bool(edits) and not dry_run})
        if dry_run and not as_json:
            diff = difflib.unified_diff(
                raw.splitlines(keepends=True), new.splitlines(keepends=True), f"{name}（原文）", f"{name}（改後）"
            )
            # a last line without its newline gets one, as diff(1) marks it, so - and + stay apart
            sys.stdout.writelines(d if d.endswith("\n") else d + "\n\\ 文件末尾沒有換行\n" for d in diff)
        kept = note = ""
        if edits and not dry_run:
            bak: Path | None = None
            try:
                check_writable(path)  # said before a .bak is made for nothing
                if backup:  # the file's own bytes, under a name that overwrites nothing
                    bak = _free_name(path.with_name(path.name + ".bak"))
                    _write_bytes(bak, data, path)
                    kept = bak.name
                assert before is not None
                # its encoding, BOM, each line's own line end and its mode; refused if it changed
                note = rewrite(path, TextForm.of(data).encode_like(data, new), before)
            except ZongjieError as exc:
                if bak is not None:
                    bak.unlink(missing_ok=True)
                error(str(exc))
                results[-1].update(written=False, error=str(exc))
                code = ExitCode.USAGE
                kept = ""
                continue
        results[-1]["backup"] = kept
        if note:
            results[-1]["note"] = note
            info(f"{esc(name)}：{esc(note)}")
        if not as_json:
            _show_changes(name, changes, dry_run, kept)
    if as_json:
        print_json(results[0] if len(results) == 1 and len(files) == 1 else results)
    return code


def _show_changes(name: str, changes: list[dict[str, object]], dry_run: bool, backup: str) -> None:
    if not changes:
        out().print(f"{esc(name)}：沒有需要自動改正的地方。")
        return
    verb = "將改" if dry_run else "已改"
    out().print(f"{esc(name)}：{verb} {len(changes)} 處" + (f"（原文備份為 {esc(backup)}）" if backup else ""))
    for c in changes:
        out().print(f"  第{c['line']}行 「{esc(c['before'])}」→「{esc(c['after'])}」")


def _write_bytes(path: Path, data: bytes, like: Path) -> None:
    """Write atomically, with the permissions of ``like`` (a private file stays private)."""
    import os

    from assistant.core.files import atomic_write

    mode = like.stat().st_mode & 0o7777

    def save(tmp: Path) -> None:
        tmp.write_bytes(data)

    atomic_write(path, save)
    os.chmod(path, mode)


def _free_name(path: Path) -> Path:
    """``path``, or path.1, path.2… when it exists: a backup never replaces an older one."""
    n = 0
    candidate = path
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}")
    return candidate


def _in_user_script(report: dict[str, Any]) -> dict[str, Any]:
    """A report for --json with its messages and notes in the user's script, as the table shows
    them (a mainland user read 「…」是佔位符，請換成… in Simplified files); keys and rules unchanged."""
    for finding in report["findings"]:
        finding["message"] = in_user_script(finding["message"])
    report["notes"] = [in_user_script(n) for n in report["notes"]]
    return report
