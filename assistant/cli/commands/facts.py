"""``zongjie facts``: ``init`` (a commented example), ``check`` (a facts file's form and figures) and
``extract`` (a facts file from the office's own reports, ledgers and notes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.app import ChromaUrl, Embedder, Force, IndexDir, JsonFlag, command, facts_app
from assistant.cli.commands.draft import show_in_script_of
from assistant.cli.ui import ScreenReporter, err, error, esc, info, out, print_json, warn, write_content
from assistant.core.config import Settings
from assistant.core.errors import ExitCode, InputError, ZongjieError

if TYPE_CHECKING:
    from assistant.extract.model import Extraction
    from assistant.extract.reconcile import Nearest
    from assistant.facts.model import Facts


@command("init", group=facts_app)
def facts_init(
    path: Annotated[Path, typer.Argument(metavar="文件", help="寫到哪裡（.yaml）。")] = Path("facts.yaml"),
    force: Force = False,
) -> None:
    """生成一份帶中文註釋的示例事實文件。"""
    from assistant.core.files import atomic_write, check_output
    from assistant.core.prompts import load_text

    if path.suffix.lower() not in (".yaml", ".yml"):
        raise InputError(f"{path.name}：示例文件是 YAML 格式，請用 .yaml 擴展名")
    check_output(path, force)
    text = load_text("facts_template.yaml")
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    info(f"[green]已生成 {esc(path)}[/]，改成你們的內容後運行：zongjie draft --facts {esc(path)}")


@command("check", group=facts_app)
def facts_check(
    path: Annotated[Path, typer.Argument(metavar="文件", help="事實文件。")],
    as_json: JsonFlag = False,
) -> None:
    """檢查事實文件的格式，並列出識別到的數字。"""
    from assistant.core.numbers import find_figures
    from assistant.facts.model import load_facts

    facts = load_facts(path)
    show_in_script_of(facts)
    figures = [f for f in find_figures(facts.all_text()) if f.kind != "date"]
    if as_json:
        data = {"facts": facts.to_dict(), "figures": [{"text": f.text, "key": f.key} for f in figures]}
        print_json(data | {"notes": facts.notes})
        return
    out().print(
        f"[green]格式正確[/]：{esc(facts.community)}，{esc(facts.period)}，{len(facts.work)} 類工作，{len(figures)} 個數字。",
        soft_wrap=True,
    )
    if figures:
        out().print("已識別：" + esc("、".join(f.text for f in figures)), soft_wrap=True)
    for note in facts.notes:
        warn(note)
    _warn_missing(facts)


def _warn_missing(facts: Facts) -> None:
    if not facts.problems:
        warn("沒有寫存在問題：稿中這一部分要你補充或確認。")
    if not facts.plans:
        warn("沒有寫下一步計劃：稿中這一部分要你補充或確認。")


@command("extract", group=facts_app)
def facts_extract(
    paths: Annotated[
        list[Path], typer.Argument(metavar="材料", help="材料文件或文件夾：.docx、.txt、.md、.xlsx、.csv。")
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="寫入事實文件（.yaml）；不寫則輸出到屏幕。")
    ] = None,
    community: Annotated[
        str | None, typer.Option("--community", help="單位名稱（材料中沒有或要改用別的名稱時）。")
    ] = None,
    period: Annotated[str | None, typer.Option("--period", help="時段，例如 2025年第一季度。")] = None,
    totals: Annotated[
        bool, typer.Option("--sum", help="把同一項工作各月的數字相加，寫成「合計…（1月…、2月…）」。")
    ] = False,
    llm: Annotated[
        str | None, typer.Option("--llm", help="用模型建議類別、整理措辭（數字必須與原句一致，否則保留原句）。")
    ] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="覆蓋提供方的默認接口地址。")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="等待模型響應的秒數。")] = 120.0,
    samples: Annotated[
        bool, typer.Option("--samples/--no-samples", help="類別詞表認不出的條目，參考範文中最接近的段落歸類。")
    ] = True,
    force: Force = False,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    as_json: JsonFlag = False,
) -> None:
    """從月報、台賬、活動記錄和群聊記錄中整理出事實文件，每條註明出處。"""
    from assistant.extract.materials import read_materials
    from assistant.extract.reconcile import extract
    from assistant.extract.write import to_facts, to_json, to_yaml

    if output is not None:
        from assistant.core.files import check_output

        if output.suffix.lower() not in (".yaml", ".yml"):
            raise InputError(f"{output.name}：提取結果要寫出處註釋，只能保存為 .yaml", hint="例如 -o facts.yaml")
        check_output(output, force)  # before any work: a folder that exists, a file we may replace
        _not_an_input(output, paths)
    backend = None
    if llm:
        from assistant.backends.llm import make_backend, resolve_spec

        spec = resolve_spec(llm, base_url)  # asked for by --llm alone: extraction never uses a default model
        backend = make_backend(spec, timeout) if spec else None
    with ScreenReporter(enabled=not as_json).progress("讀取材料") as update:
        materials, problems = read_materials(paths, progress=update)
    for problem in problems:
        (warn if problem.skipped else error)(f"{problem.name}：{problem.message}")
    if not materials:
        raise InputError("沒有讀到任何材料", hint="支持 .docx、.txt、.md、.xlsx、.csv 文件或包含它們的文件夾")
    settings = Settings.resolve(embedder=embedder, index=index_dir, chroma_url=chroma_url)
    nearest = _lazy_nearest(settings, quiet=as_json) if samples else None
    result = extract(materials, problems, nearest=nearest, totals=totals, community=community, period=period)
    report = None
    if backend is not None:
        from assistant.extract.llm import tidy

        report = tidy(result, backend)
        if not as_json:
            info(report.summary())
    facts = to_facts(result)
    text = to_yaml(result)
    if output is not None:
        from assistant.core.files import atomic_write

        atomic_write(output, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    if as_json:
        data = to_json(result)
        if output is not None:
            data["output"] = str(output)
        if report is not None and backend is not None:
            data["llm"] = {"model": backend.spec.label, **vars(report)}
        print_json(data)
    else:
        if output is None:
            write_content(text)
        _report(result, output, len(facts.work))
    if any(not p.skipped for p in problems):
        raise typer.Exit(ExitCode.FAILED)


def _not_an_input(output: Path, paths: list[Path]) -> None:
    """Refuse, before any work, an output that is (or links to) one of the materials: --force
    would replace the office's own file with the facts drawn from it."""
    from assistant.extract.materials import MATERIAL_SUFFIXES

    if not output.exists():
        return
    target = output.resolve()
    for path in paths:
        named = path.resolve()
        inside = named.is_dir() and target.is_relative_to(named) and target.suffix.lower() in MATERIAL_SUFFIXES
        if target == named or inside:
            raise InputError(
                f"{output}：這個文件{'指向' if output.is_symlink() else '就是'}材料 {target.name}，寫入會覆蓋它，未做任何改動",
                hint="換一個輸出文件名，例如 -o 事實.yaml",
            )


def _lazy_nearest(settings: Settings, quiet: bool) -> Nearest:
    """The samples' nearest section, with the index opened only when an item needs it; an index
    that cannot be opened leaves those items to 其他工作 with a warning."""
    from assistant.extract.reconcile import nearest_in_samples

    state: dict[str, Callable[[str], str | None] | None] = {}

    def nearest(text: str) -> str | None:
        if "search" not in state:
            try:
                from assistant.drafting.pipeline import open_retriever

                reporter = ScreenReporter(enabled=not quiet)
                state["search"] = nearest_in_samples(open_retriever(settings, reporter).search)
            except ZongjieError as exc:
                error(f"打不開範文索引，詞表認不出的條目歸入「其他工作」（{exc}）")
                state["search"] = None
        found = state["search"]
        return found(text) if found else None

    return nearest


def _what_was_done(result: Extraction) -> None:
    """One line each for what a clerk would otherwise check by hand (the details are in --json)."""
    from assistant.extract.write import account

    done = account(result)
    merged = []
    if done["merged"]:
        merged.append(f"{done['merged']} 條工作在幾個文件裡都有，已合為一條")
    if done["totals_with_detail"]:
        merged.append(f"{done['totals_with_detail']} 個合計與 {done['detail_rows']} 行明細核對相符，明細不再單列")
    if done["corrections"]:
        merged.append(f"群裡的更正 {done['corrections']} 處已用更正後的數字")
    if done["next_month"]:
        merged.append(f"期內的下月打算 {done['next_month']} 條單獨列在文件末尾，不作計劃")
    if merged:
        err().print("整理：" + "；".join(merged) + "。")
    for line in done["set_apart"].get("formula", {}).get("lines", []):  # a figure lost: said plainly
        err().print(
            f"[yellow]注意：{esc(line['file'])} {esc(line['text'])}，這些數字讀不到；請用 Excel 打開後保存，再提取。[/]"
        )
    for line in done["set_apart"].get("unreadable_cell", {}).get("lines", []):  # read as written: worth a look
        err().print(f"[yellow]注意：{esc(line['file'])} {esc(line['text'])}；請核對這些格。[/]")
    skip = ("part", "correction", "formula", "unreadable_cell")
    apart = [f"{v['why']} {len(v['lines'])} 行" for k, v in done["set_apart"].items() if k not in skip]
    if apart:
        err().print("略去（不是工作）：" + "、".join(apart) + "；每一行見 --json 的 account.set_apart。")
    files = "、".join(f"{esc(name)} {n} 條" for name, n in done["items_per_file"].items())
    err().print(f"各文件的工作條目：{files}。")


def _report(result: Extraction, output: Path | None, categories: int) -> None:
    from rich.table import Table
    from rich.text import Text

    work = [i for i in result.items if i.section == "work"]
    where = f"，已寫入 {esc(output)}" if output else ""
    err().print(
        f"[green]從 {len(result.files)} 個文件整理出 {len(work)} 條工作（{categories} 類）[/]"
        f"、{len(result.listed('problems'))} 條存在問題、{len(result.listed('plans'))} 條計劃{where}。"
    )
    sorted_by = {"ledger": 0, "heading": 0, "vocabulary": 0, "samples": 0, "other": 0, "model": 0}
    for item in work:
        sorted_by[item.category_by] = sorted_by.get(item.category_by, 0) + 1
    err().print(
        f"歸類：按材料中的類別名 {sorted_by['ledger'] + sorted_by['heading']} 條、按詞表 {sorted_by['vocabulary']} 條、"
        f"參考範文 {sorted_by['samples']} 條、模型 {sorted_by['model']} 條、其他工作 {sorted_by['other']} 條。"
    )
    for note in result.notes:
        err().print(f"[yellow]注意：{esc(note)}[/]")
    _what_was_done(result)
    if result.conflicts:
        table = Table(title="數字不一致（沒有寫進事實，請核對後自己選）", title_justify="left")
        for column in ("工作", "時間", "條目", "出處"):
            table.add_column(column, overflow="fold")
        for conflict in result.conflicts:
            for n, item in enumerate(conflict.items):
                first = n == 0
                table.add_row(
                    Text(conflict.measure if first else ""),
                    Text(conflict.when.text() if first else ""),
                    Text(item.text),
                    Text("；".join(str(p.place) for p in item.sources)),
                )
        err().print(table)
    if output:
        info(f"核對後運行：zongjie draft --facts {esc(output)}")
