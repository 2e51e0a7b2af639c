"""The chat on a terminal: questions, messages, drafts and reports, through rich.

User text reaches rich only as ``Text`` or through :func:`ui.esc`.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from assistant.chat.interview import Message
from assistant.cli.report import (
    section_label,
    show_check_report,
    show_check_summary,
    show_confirmations,
    show_draft_text,
)
from assistant.cli.ui import WritingDisplay, esc, out
from assistant.core.clean import visible

if TYPE_CHECKING:
    from assistant.checking.check import Report
    from assistant.drafting.draft import Draft, DraftSection
    from assistant.drafting.pipeline import Display

STYLES = {"ok": "green", "warn": "yellow", "note": "dim", "error": "red", "title": "bold", "plain": ""}


class TerminalView:
    """A :class:`chat.ChatView` on the terminal (or on a pipe: one answer a line)."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or out()

    def ask(self, prompt: str) -> str:
        prompt_text = Text(visible(prompt, keep_newlines=True), style="bold cyan") + Text("\n> ")
        return self.console.input(prompt_text)

    def say(self, message: Message) -> None:
        text = Text(visible(message.text, keep_newlines=True), style=STYLES.get(message.kind, ""))
        self.console.print(text, soft_wrap=True)

    def show_draft(self, draft: Draft, version: int, sections: list[DraftSection]) -> None:
        self.console.print(f"[bold]— 第 {version} 版 —[/]")
        show_draft_text(draft, self.console)
        show_check_summary(draft.check, self.console)
        show_confirmations(draft, self.console)
        self.show_sections(sections)

    def show_sections(self, sections: list[DraftSection]) -> None:
        listing = "；".join(f"{n} {section_label(s)}" for n, s in enumerate(sections, 1))
        self.console.print(f"[dim]可改寫的部分：{esc(listing)}。輸入 /幫助 查看命令。[/]", soft_wrap=True)

    def show_report(self, report: Report) -> None:
        show_check_report(report, self.console)

    def writing(self) -> AbstractContextManager[Display]:
        return WritingDisplay()
