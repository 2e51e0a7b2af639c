"""Commands for drafting: ``draft`` (one facts file, or a table of them) and ``facts``."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .app import ChromaUrl, Embedder, IndexDir, JsonFlag, app, handle_errors
from .errors import InputError
from .ui import WritingDisplay, console, err_console, error, info, print_json

if TYPE_CHECKING:
    from .draft import Draft
    from .facts import Facts

facts_app = typer.Typer(help="事實文件：生成示例、檢查格式。", no_args_is_help=True)
app.add_typer(facts_app, name="facts")

TABLE_SUFFIXES = (".xlsx", ".csv")

PromptsDir = Annotated[
    Path | None,
    typer.Option("--prompts", envvar="ZONGJIE_PROMPTS", help="自己的提示詞/措辭文件夾，同名文件覆蓋內置的。"),
]
Script = Annotated[
    str,
    typer.Option("--script", help="輸出字體：auto（跟事實文件一致）、simplified、traditional、taiwan（台灣用語）"),
]
Force = Annotated[bool, typer.Option("--force", "-f", help="允許覆蓋已存在的文件。")]


@app.command()
@handle_errors
def draft(
    facts_path: Annotated[
        Path, typer.Option("--facts", help="事實文件（.yaml/.json/.toml），或批量的 .xlsx/.csv 表格。")
    ],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="寫入文件（.md/.txt/.docx）。")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="md、txt 或 docx；默認看 -o 的擴展名。")] = None,
    script: Script = "auto",
    llm: Annotated[
        str | None,
        typer.Option(
            "--llm",
            help="寫作方式：template（默認，無需模型）或 提供方:模型，如 deepseek:deepseek-chat、llamacpp:模型.gguf。"
            "不寫時依次看配置文件的 llm 和環境變量 ZONGJIE_LLM。",
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
    prompts: PromptsDir = None,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    as_json: JsonFlag = False,
) -> None:
    """按事實文件起草工作總結：結構和語氣學範文，數字只用你給的，沒給的留空標明。"""
    from .draft import SCRIPTS
    from .planner import ORDERS

    if script not in SCRIPTS:
        raise InputError(f"--script 不能是「{script}」", hint=f"可選：{'、'.join(SCRIPTS)}")
    if order not in ORDERS:
        raise InputError(f"--order 不能是「{order}」", hint=f"可選：{'、'.join(ORDERS)}")
    today = parse_date(date)
    from .llm import make_backend, resolve_spec
    from .pipeline import open_retriever, run_draft

    spec = resolve_spec(llm, base_url)
    if output is not None and output.exists() and not force:
        raise InputError(f"{output} 已存在，未覆蓋", hint="加 --force 覆蓋，或換一個文件名")
    if facts_path.suffix.lower() in TABLE_SUFFIXES:
        from .batch import run_batch

        code = run_batch(
            facts_path,
            out_dir,
            fmt=fmt or "docx",
            script=script,
            force=force,
            prompts=prompts,
            retriever=lambda: open_retriever(index_dir, chroma_url, embedder, quiet=as_json),
            backend=make_backend(spec, timeout) if spec else None,
            as_json=as_json,
            order=order,
            fill_gaps=fill_gaps,
            today=today,
        )
        raise typer.Exit(code)
    if out_dir is not None:
        raise InputError("--out-dir 只用於批量起草（.xlsx/.csv 表格）", hint="單個文件請用 -o")

    from .facts import load_facts

    facts = load_facts(facts_path)
    backend = make_backend(spec, timeout) if spec else None
    retriever = open_retriever(index_dir, chroma_url, embedder, quiet=as_json)
    with WritingDisplay(enabled=not as_json) as display:
        result = run_draft(
            facts,
            retriever,
            script=script,
            prompts=prompts,
            backend=backend,
            display=display,
            order=order,
            fill_gaps=fill_gaps,
            today=today,
        )
    if output is not None:
        from .export import write_draft

        started = time.perf_counter()
        write_draft(result, output, fmt, force)
        result.timings["export"] = time.perf_counter() - started
    if as_json:
        data = result.to_dict()
        if output is not None:
            data["output"] = str(output)
        if backend is not None:
            data["llm"] = backend.spec.label
        print_json(data)
    else:
        show_draft(result)
        if output is not None:
            info(f"[green]已寫入 {output}[/]" + ("（未完成）" if not result.complete else ""))
    if not result.complete:
        error(result.error)
        raise typer.Exit(1)


def show_draft(result: Draft) -> None:
    """The draft on stdout (rich Markdown in a terminal, plain text in a pipe), the report on stderr."""
    from rich.markdown import Markdown
    from rich.markup import escape
    from rich.table import Table

    from .draft import figure_summary

    if console.is_terminal:
        console.print(Markdown(result.text("md")))
    else:
        console.file.write(result.text("txt"))
    table = Table(title="各部分參考的範文段落", title_justify="left")
    table.add_column("部分")
    table.add_column("寫作")
    table.add_column("參考（範文：標題路徑）")
    for section in result.sections:
        if section.key in ("title", "signature"):
            continue
        label = section.heading or {"opening": "開頭", "closing": "結尾"}.get(section.key, section.key)
        refs = "\n".join(f"{s.sample}：{s.heading}" for s in section.sources) or "—"
        writer = section.writer + (f"（{section.fallback}）" if section.fallback else "")
        table.add_row(label, writer, refs)
    err_console.print(table)
    err_console.print(figure_summary(result.figures()))
    _show_check(result.check)
    confirm = result.confirmations()
    if confirm:
        err_console.print("[yellow]以下句子是按 --fill-gaps 寫的一般性表述，事實文件中沒有對應內容，請確認或修改：[/]")
        for sentence in confirm:
            err_console.print(f"  · {escape(sentence)}")
    names = {"problems": "存在的問題", "plans": "下一步工作計劃"}
    for gap, suggestions in result.gaps().items():
        if not result.confirmations():
            err_console.print(
                f"[yellow]事實文件沒有寫{names[gap]}，稿中留了【待補】。可以參考這些說法，按實際情況改寫：[/]"
            )
            for sentence in suggestions:
                err_console.print(f"  · {escape(sentence)}")
    for note in result.notes():
        err_console.print(f"[yellow]{escape(note)}[/]")


def parse_date(text: str | None) -> dt.date | None:
    """``--date``: 2026-11-29, 2026/11/29 or 2026年11月29日."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*", text)
    try:
        if m is None:
            raise ValueError(text)
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise InputError(f"--date「{text}」不是有效的日期", hint="例如 2026-11-29 或 2026年11月29日") from None


def _show_check(check: dict[str, Any] | None) -> None:
    """One line on the sections, then any findings of the checker on the draft."""
    if check is None:
        return
    from .check import PART_NAMES

    parts = "  ".join(f"{PART_NAMES[name]}{'✓' if part['found'] else '✗'}" for name, part in check["sections"].items())
    err_console.print(f"檢查：{parts}")
    for f in check["findings"]:
        where = f"第{f['line']}行 " if f["line"] else ""
        err_console.print(f"  [{'red' if f['severity'] == 'error' else 'yellow'}]{f['rule']}[/] {where}{f['message']}")


@facts_app.command("init")
@handle_errors
def facts_init(
    path: Annotated[Path, typer.Argument(help="寫到哪裡（.yaml）。")] = Path("facts.yaml"),
    force: Force = False,
) -> None:
    """生成一份帶中文註釋的示例事實文件。"""
    from .prompts import load_text

    if path.suffix.lower() not in (".yaml", ".yml"):
        raise InputError(f"{path.name}：示例文件是 YAML 格式，請用 .yaml 擴展名")
    if path.exists() and not force:
        raise InputError(f"{path} 已存在，未覆蓋", hint="加 --force 覆蓋")
    path.write_text(load_text("facts_template.yaml"), encoding="utf-8")
    info(f"[green]已生成 {path}[/]，改成你們的內容後運行：zongjie draft --facts {path}")


@facts_app.command("check")
@handle_errors
def facts_check(
    path: Annotated[Path, typer.Argument(help="事實文件。")],
    as_json: JsonFlag = False,
) -> None:
    """檢查事實文件的格式，並列出識別到的數字。"""
    from .facts import load_facts
    from .numbers import find_figures

    facts = load_facts(path)
    figures = [f for f in find_figures(facts.all_text()) if f.kind != "date"]
    if as_json:
        print_json({"facts": facts.to_dict(), "figures": [{"text": f.text, "key": f.key} for f in figures]})
        return
    console.print(
        f"[green]格式正確[/]：{facts.community}，{facts.period}，{len(facts.work)} 類工作，{len(figures)} 個數字。"
    )
    if figures:
        console.print("已識別：" + "、".join(f.text for f in figures))
    _warn_missing(facts)


def _warn_missing(facts: Facts) -> None:
    if not facts.work:
        info("[yellow]沒有寫主要工作（work），稿子會很空。[/]")
    if not facts.problems:
        info("[yellow]沒有寫存在問題，起草時會用一般性表述並提示確認。[/]")
    if not facts.plans:
        info("[yellow]沒有寫下一步計劃，起草時會用一般性表述並提示確認。[/]")
