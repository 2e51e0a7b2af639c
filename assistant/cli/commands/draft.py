"""``zongjie draft``: one facts file, or a table of them."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.app import ChromaUrl, Embedder, Force, IndexDir, JsonFlag, command
from assistant.cli.ui import ScreenReporter, WritingDisplay, err, error, esc, info, out, print_json, warn
from assistant.core.errors import ExitCode, InputError

if TYPE_CHECKING:
    from assistant.drafting.batch import BatchResult
    from assistant.facts.model import Facts

TABLE_SUFFIXES = (".xlsx", ".csv")

PromptsDir = Annotated[
    Path | None,
    typer.Option("--prompts", help="自己的提示詞/措辭文件夾，同名文件覆蓋內置的；環境變量 ZONGJIE_PROMPTS。"),
]
ScriptOption = Annotated[
    str,
    typer.Option("--script", help="輸出字體：auto（跟事實文件一致）、simplified、traditional、taiwan（台灣用語）"),
]


@command()
def draft(
    facts_arg: Annotated[
        Path | None,
        typer.Argument(
            metavar="事實文件", help="事實文件，同 --facts（zongjie draft 今年.yaml 亦可）。", show_default=False
        ),
    ] = None,
    facts_opt: Annotated[
        Path | None, typer.Option("--facts", help="事實文件（.yaml/.json/.toml），或批量的 .xlsx/.csv 表格。")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="寫入文件（.md/.txt/.docx）。")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="md、txt 或 docx；默認看 -o 的擴展名。")] = None,
    script: ScriptOption = "auto",
    llm: Annotated[
        str | None,
        typer.Option(
            "--llm",
            help="寫作方式：template（默認，無需模型）或 提供方:模型，如 deepseek:deepseek-chat、llamacpp:模型.gguf。"
            "不寫時依次看環境變量 ZONGJIE_LLM 和配置文件的 llm。",
        ),
    ] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="覆蓋提供方的默認接口地址。")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="等待模型響應的秒數。")] = 120.0,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", help="批量起草時的輸出文件夾。")] = None,
    force: Force = False,
    order: Annotated[
        str,
        typer.Option(
            "--order", help="工作類別的順序：facts（默認，按事實文件）或 examples（按範文中相似內容的位置）。"
        ),
    ] = "facts",
    fill_gaps: Annotated[
        bool,
        typer.Option(
            "--fill-gaps", help="事實沒寫存在問題或計劃時，寫入一般性表述（標明待確認）；默認只留【待補】並給出建議。"
        ),
    ] = False,
    date: Annotated[
        str | None, typer.Option("--date", help="起草日期（如 2026-11-29），事實沒寫落款日期時用它落款；默認今天。")
    ] = None,
    like: Annotated[
        Path | None,
        typer.Option(
            "--like",
            metavar="以往總結",
            help="照這篇總結的格式和口吻寫（.txt/.md/.docx，不導入索引）；不寫時用已導入的本單位以往總結。",
        ),
    ] = None,
    prompts: PromptsDir = None,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    as_json: JsonFlag = False,
) -> None:
    """按事實文件起草工作總結：結構和語氣學範文，數字只用你給的，沒給的留空標明。"""
    from assistant.backends.llm import make_backend, resolve_spec
    from assistant.core.config import Settings
    from assistant.core.files import check_output
    from assistant.drafting.draft import SCRIPTS, DraftOptions
    from assistant.drafting.export import format_for
    from assistant.drafting.pipeline import open_retriever, run_draft
    from assistant.drafting.planner import ORDERS

    # everything that can be refused is refused here, before any model request or drafting
    facts_path = _one_facts_path(facts_arg, facts_opt)
    if script not in SCRIPTS:
        raise InputError(f"--script 不能是「{script}」", hint=f"可選：{'、'.join(SCRIPTS)}")
    if order not in ORDERS:
        raise InputError(f"--order 不能是「{order}」", hint=f"可選：{'、'.join(ORDERS)}")
    today = parse_date(date)
    settings = Settings.resolve(llm=llm, embedder=embedder, prompts=prompts, index=index_dir, chroma_url=chroma_url)
    spec = resolve_spec(settings.llm, base_url)
    reporter = ScreenReporter(enabled=not as_json)
    style = None
    if like is not None:  # read before any drafting: a file that cannot be read is refused here
        from assistant.drafting.office_style import read_like

        style = read_like(like)
    options = DraftOptions(
        style=style,
        script=script,
        prompts=settings.prompts_dir,
        order=order,
        fill_gaps=fill_gaps,
        today=today,
        check_levels=settings.check,
        signed=date is not None,
    )
    if facts_path.suffix.lower() in TABLE_SUFFIXES:
        from assistant.drafting.batch import check_batch_args, run_batch

        if output is not None:
            raise InputError("批量起草用 --out-dir 指定輸出文件夾，不用 -o")
        folder = check_batch_args(out_dir, fmt or "docx")
        batch = run_batch(
            facts_path,
            folder,
            fmt=fmt or "docx",
            force=force,
            options=options,
            retriever=lambda: open_retriever(settings, reporter),
            backend=make_backend(spec, timeout) if spec else None,
            reporter=reporter,
        )
        raise typer.Exit(_report_batch(batch, as_json))
    if out_dir is not None:
        raise InputError("--out-dir 只用於批量起草（.xlsx/.csv 表格）", hint="單個文件請用 -o")
    if output is not None:
        fmt = format_for(output, fmt)
        check_output(output, force)

    from assistant.facts.model import load_facts

    facts = load_facts(facts_path)
    show_in_script_of(facts)
    backend = make_backend(spec, timeout) if spec else None
    retriever = open_retriever(settings, reporter)
    with WritingDisplay(enabled=not as_json) as display:
        result = run_draft(facts, retriever, options, backend=backend, display=display)
    if output is not None:
        from assistant.drafting.export import write_draft

        started = time.perf_counter()
        write_draft(result, output, fmt, force)
        result.timings["export"] = time.perf_counter() - started
    if as_json:
        data = result.to_dict()
        if output is not None:
            data["output"] = str(output)
        if backend is not None:
            data["llm"] = backend.spec.label
        if facts.notes:
            data["facts_notes"] = facts.notes
        print_json(data)
    else:
        from assistant.cli.report import show_draft_report, show_draft_text

        if not result.complete:  # why it stopped comes first, before the part that was written
            error(result.error)
        show_draft_text(result, out())
        show_draft_report(result, err(), facts.notes)
        if output is not None:
            info(f"[green]已寫入 {esc(output)}[/]" + ("（未完成）" if not result.complete else ""))
    if not result.complete:
        if as_json:
            error(result.error)
        raise typer.Exit(ExitCode.FAILED)


def _one_facts_path(given: Path | None, option: Path | None) -> Path:
    """The facts file named either way (as the first argument, or after --facts), never two."""
    if given is not None and option is not None and given != option:
        raise InputError(
            f"給了兩個事實文件：「{given}」和 --facts「{option}」", hint="只寫一個：zongjie draft 事實文件.yaml"
        )
    found = given or option
    if found is None:
        raise InputError("缺少事實文件", hint="寫成 zongjie draft 事實文件.yaml（或 --facts 事實文件.yaml）")
    return found


def show_in_script_of(facts: Facts) -> None:
    """Messages in the facts' script (unless a setting or the locale chose), the facts' own words
    as written."""
    from assistant.cli import ui

    ui.prefer(facts.script)
    ui.keep([facts.community, facts.period, facts.topic, *facts.superiors, *facts.work, *facts.items()])


def parse_date(text: str | None) -> dt.date | None:
    """``--date``: 2026-11-29, 2026/11/29 or 2026年11月29日."""
    if text is None:
        return None
    from assistant.core.dates import read_full_date

    day = read_full_date(text)
    if day is None:
        raise InputError(f"--date「{text}」不是有效的日期", hint="例如 2026-11-29 或 2026年11月29日")
    return day


def _report_batch(result: BatchResult, as_json: bool) -> int:
    """The batch's summary; the exit code: 0 all written, 1 some failed, 2 none written."""
    failed = result.failed
    if as_json:
        print_json(
            {
                "rows": [vars(r) for r in result.rows],
                "succeeded": len(result.rows) - len(failed),
                "failed": len(failed),
                "warnings": result.warnings,
                "interrupted": result.interrupted,
                "not_processed": result.total - len(result.rows),
            }
        )
    else:
        from rich.table import Table
        from rich.text import Text

        for warning in result.warnings:
            warn(warning)
        table = Table(title="批量起草結果", title_justify="left")
        table.add_column("行")
        table.add_column("單位", overflow="fold")
        table.add_column("結果", overflow="fold")
        for r in result.rows:
            outcome = Text(r.output, style="green") if not r.error else Text(f"失敗：{r.error}", style="red")
            table.add_row(str(r.row), Text(r.community or "—"), outcome)
        out().print(table)
        if result.interrupted:
            left = result.total - len(result.rows)
            info(
                f"已中斷：中斷前處理了 {len(result.rows)} 行（{len(failed)} 行失敗），還有 {left} 行沒有處理。"
                "再次運行時已生成的文件不會被覆蓋，加 --force 則全部重新生成。"
            )
        elif failed:
            error(f"{len(failed)} 行失敗，其餘 {len(result.rows) - len(failed)} 行已生成。")
        else:
            info(f"[green]全部 {len(result.rows)} 行已生成。[/]")
    if result.interrupted:
        return ExitCode.INTERRUPTED
    if not failed:
        return ExitCode.OK
    return ExitCode.USAGE if len(failed) == len(result.rows) else ExitCode.FAILED
