"""Rendering drafts and check reports on a terminal (shared by ``draft``, ``check`` and ``chat``).

Every piece of user text goes through :func:`ui.esc` or into a ``Text``; tables fold long cells
instead of cutting them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from assistant.cli.ui import esc, write_content
from assistant.core.clean import visible

if TYPE_CHECKING:
    from assistant.checking.check import Report
    from assistant.drafting.draft import Draft

SHOWN_MAX = 200  # a table longer than this helps nobody and takes rich a long time to draw
SEVERITY_STYLE = {"error": "[bold red]錯誤[/]", "warning": "[yellow]警告[/]", "info": "[cyan]提示[/]"}
WRITER_NAMES = {"template": "模板", "llm": "模型"}
SECTION_NAMES = {"opening": "開頭", "closing": "結尾", "title": "標題", "signature": "落款"}


def _table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=Text(visible(title)), title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def show_check_report(report: Report, console: Console) -> None:
    """Which of the six parts were found where, then the findings by part."""
    from assistant.core.roles import PART_NAMES, PARTS

    title = "標準輸入" if report.file == "-" else report.file
    # the file's name on a line of its own: as the table's title, a long path wrapped the word 各部分
    console.print(Text(visible(f"{title}："), style="bold"))
    table = _table("各部分", ("部分", "找到", "行", "位置"))
    for name in PARTS:
        part = report.sections[name]
        where = part.heading or {"paragraph": "（在段落中）", "structure": ""}.get(part.how, "")
        found = "[green]✓[/]" if part.found else "[red]✗[/]"
        table.add_row(PART_NAMES[name], found, str(part.line or ""), Text(visible(where)))
    console.print(table)
    for note in report.notes:
        console.print(Text(visible(note), style="dim"))
    if not report.findings:
        console.print("[green]沒有發現問題。[/]")
        return
    findings = _table("發現的問題（按所在部分）", ("部分", "級別", "行:列", "規則", "說明", "原文"))
    order = {name: i for i, name in enumerate((*PARTS, "facts"))}
    shown = sorted(report.findings, key=lambda f: (order.get(f.section, 99), f.line, f.col))
    if len(shown) > SHOWN_MAX:
        console.print(f"[yellow]共 {len(shown)} 個問題，下表只列前 {SHOWN_MAX} 個；--format json 或 line 可看全部。[/]")
        shown = shown[:SHOWN_MAX]
    for f in shown:
        where = f"{f.line}:{f.col}" if f.line else "—"
        section = PART_NAMES.get(f.section, "事實文件" if f.section == "facts" else f.section)
        findings.add_row(
            section, SEVERITY_STYLE[f.severity], where, f.rule, Text(visible(f.message)), Text(visible(f.text))
        )
    console.print(findings)
    console.print(f"錯誤 {report.count('error')} 個，警告 {report.count('warning')} 個。")


FEW = 5  # up to this many findings, the table; more, one line each
SEVERITY_WORDS = {"error": "錯誤", "warning": "警告", "info": "提示"}


def show_check_lines(report: Report, console: Console, width: int = 80) -> None:
    """Linter lines: the parts on one line, then ``文件:行:列 級別 規則 說明`` per finding, each cut
    to ``width`` display columns."""
    from pathlib import PurePath

    from rich.cells import cell_len

    from assistant.core.roles import PART_NAMES, PARTS

    parts = " ".join(f"{PART_NAMES[p]}{'✓' if report.sections[p].found else '✗'}" for p in PARTS)
    console.print(Text(visible(report.file)), soft_wrap=True)  # the file in full, once
    console.print(Text(fit(parts, width)), soft_wrap=True)
    name = report.file if cell_len(report.file) <= 20 else PurePath(report.file).name
    name = name if cell_len(name) <= 20 else "…" + name[-12:]
    order = sorted(report.findings, key=lambda f: (f.line == 0, f.line, f.col))
    for f in order:
        where = f"{f.line}:{f.col}" if f.line else "-"
        line = f"{name}:{where} {SEVERITY_WORDS[f.severity]} {f.rule} {f.message}"
        style = {"error": "red", "warning": "yellow"}.get(f.severity, "cyan")
        console.print(Text(fit(visible(line), width), style=style), soft_wrap=True)
    console.print(f"錯誤 {report.count('error')} 個，警告 {report.count('warning')} 個。")


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns (a CJK character takes two), with … when cut."""
    from rich.cells import cell_len

    if cell_len(text) <= width:
        return text
    out = ""
    for c in text:
        if cell_len(out + c) > width - 1:
            break
        out += c
    return out + "…"


def show_check_summary(check: dict[str, Any] | None, console: Console) -> None:
    """One line on the parts, then the checker's findings on a draft."""
    if check is None:
        return
    from assistant.core.roles import PART_NAMES

    asked = {f["rule"] for f in check["findings"]}
    # a part left out on purpose (the office does without it; the draft ends on its plans) is no ✗
    marks = {
        name: "✓" if part["found"] else "✗" if f"missing-{name}" in asked else "－"
        for name, part in check["sections"].items()
    }
    console.print(f"檢查：{'  '.join(PART_NAMES[name] + mark for name, mark in marks.items())}")
    if marks.get("closing") == "－" and marks.get("plans") == "✓":
        console.print("  稿子以下一步計劃收尾，沒有寫套話結尾；單位習慣寫結尾時可自行補一句。")
    for f in check["findings"]:
        where = f"第{f['line']}行 " if f["line"] else ""
        style = "red" if f["severity"] == "error" else "yellow"
        console.print(f"  [{style}]{esc(f['rule'])}[/] {esc(where + f['message'])}", soft_wrap=True)


def figures_line(figures: dict[str, list[str]]) -> str:
    """One line (markup) on how the facts' figures were used."""
    if figures["unsupported"]:
        return f"[red]稿中有事實之外的數字：{esc('、'.join(figures['unsupported']))}[/]"
    if figures["missing"]:
        return f"[yellow]事實中的這些數字沒有用上：{esc('、'.join(figures['missing']))}[/]"
    return f"[green]事實中的 {len(figures['used'])} 個數字全部用上，沒有事實之外的數字。[/]"


def section_label(section: Any) -> str:
    """How a section is named to the user: its heading; a run-in one (（一）黨建引領。…) by the
    words before its first 。; others by their part's name."""
    if section.heading:
        return str(section.heading)
    if str(section.key).startswith("work:"):
        head = str(section.text).split("。", 1)[0]
        return head if len(head) <= 30 else str(section.key)[5:]
    return str(SECTION_NAMES.get(section.key, section.key))


def show_draft_text(draft: Draft, console: Console) -> None:
    """The draft: rich Markdown in a terminal, plain text in a pipe."""
    if console.is_terminal:
        from rich.markdown import Markdown

        console.print(Markdown(draft.text("md")))
    else:
        write_content(draft.text("txt"))


def show_draft_report(draft: Draft, console: Console, notes: list[str] | None = None) -> None:
    """Which samples each section drew on, the figures, the check, what needs confirming, and
    what cleaning changed in the facts (``notes``)."""
    table = _table("各部分參考的範文段落", ("部分", "寫作", "參考（範文：標題路徑）"))
    for section in draft.sections:
        if section.key in ("title", "signature"):
            continue
        refs = "\n".join(f"{s.sample}：{s.heading}" for s in section.sources) or "—"
        writer = WRITER_NAMES.get(section.writer, section.writer)
        if section.fallback:
            writer += f"（{section.fallback}）"
        refs_text = Text(visible(refs, keep_newlines=True))
        table.add_row(Text(visible(section_label(section))), Text(visible(writer)), refs_text)
    console.print(table)
    if not draft.complete:  # what a stopped draft lacks is no news: the error says why
        console.print("[yellow]稿子沒有寫完，數字核對和檢查從略。[/]")
        return
    console.print(figures_line(draft.figures()))
    show_style(draft.style_report(), console)
    show_asks(draft.asks(), draft.edits, console)
    show_check_summary(draft.check, console)
    show_confirmations(draft, console)
    for note in notes or []:
        console.print(f"[yellow]事實文件：{esc(note)}[/]", soft_wrap=True)


GAP_NAMES = {"problems": "存在的問題", "plans": "下一步工作計劃", "results": "取得的成效"}
FEATURE_NAMES = {
    "title_genre": "標題體例",
    "opening_self": "開頭自稱",
    "leadership": "領導關係的說法",
    "formula": "過渡句",
    "structure": "結構",
    "results_part": "成效",
    "title_work": "工作部分標題",
    "title_results": "成效部分標題",
    "title_problems": "問題部分標題",
    "title_plans": "計劃部分標題",
    "sub_heading": "小標題形式",
    "list_habit": "列舉方式",
    "closing": "結尾",
    "signature": "落款",
    "date_line": "日期行",
    "script": "字體",
}
ORIGIN_NAMES = {"like": "--like 指定的總結", "own": "本單位以往的總結", "kind": "同類單位的總結"}


def show_asks(asks: list[dict[str, str]], edits: list[dict[str, str]], console: Console) -> None:
    """What such summaries usually state and the facts do not (asked, not written), and what was
    copy-edited in the user's items."""
    if asks:
        wanted = "；".join(f"{a['category']}：{a['what']}" if a["category"] else a["what"] for a in asks)
        console.print(
            Text(
                visible(f"這類總結通常還會寫，事實中沒有（要寫請補進事實文件，稿子不會替你編）：{wanted}。"),
                style="cyan",
            ),
            soft_wrap=True,
        )
    for edit in edits:
        console.print(
            Text(visible(f"潤色：「{edit['before']}」→「{edit['after']}」（{edit['why']}）"), style="dim"),
            soft_wrap=True,
        )


def show_style(report: dict[str, Any], console: Console) -> None:
    """Whose frame the draft follows: each feature with the line of the summary it came from."""
    if report.get("note"):
        console.print(Text(visible(report["note"]), style="yellow"), soft_wrap=True)
    if not report["features"]:
        return
    origin = ORIGIN_NAMES.get(report["origin"], report["origin"])
    shown = "、".join(
        f"{FEATURE_NAMES.get(f['feature'], f['feature'])}（第{f['line']}行）"
        if f["line"]
        else FEATURE_NAMES.get(f["feature"], f["feature"])
        for f in report["features"]
    )
    console.print(Text(visible(f"格式照{origin}「{report['document']}」：{shown}。"), style="green"), soft_wrap=True)
    if report["defaults"]:
        kept = "、".join(FEATURE_NAMES.get(name, name) for name in report["defaults"])
        console.print(Text(visible(f"那篇總結沒有體現的，沿用默認：{kept}。"), style="dim"), soft_wrap=True)


def show_confirmations(draft: Draft, console: Console) -> None:
    """What the user must check: general statements (--fill-gaps), the 【待補】 gaps with
    suggestions, and the draft's notes (a signature made up from the unit's name)."""
    confirm = draft.confirmations()
    if confirm:
        console.print("[yellow]以下句子是按 --fill-gaps 寫的一般性表述，事實文件中沒有對應內容，請確認或修改：[/]")
        for sentence in confirm:
            console.print(Text(f"  · {visible(sentence)}"))
    else:
        for gap, suggestions in draft.gaps().items():
            if not suggestions:
                continue  # the date: the notes below say what to write there
            name = GAP_NAMES.get(gap, gap)
            asked = [s for s in suggestions if s.endswith(("？", "?"))]  # questions built from the facts
            phrases = [s for s in suggestions if s not in asked]
            console.print(f"[yellow]事實文件沒有寫{esc(name)}，稿中留了【待補】。[/]")
            for question in asked:
                console.print(Text(f"  ? {visible(question)}"), soft_wrap=True)
            if phrases:
                console.print("[yellow]可以參考這些說法，按實際情況改寫：[/]")
            for sentence in phrases:
                console.print(Text(f"  · {visible(sentence)}"))
    for note in draft.notes():
        console.print(Text(visible(note), style="yellow"), soft_wrap=True)
