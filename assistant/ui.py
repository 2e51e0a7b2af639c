"""Consoles and small rendering helpers shared by the commands.

Only rich is imported here: this module is loaded by ``zongjie --help`` and ``zongjie check``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def error(message: str) -> None:
    err_console.print(f"[bold red]錯誤：[/]{message}", soft_wrap=True)


def info(message: str) -> None:
    err_console.print(message, soft_wrap=True)


def print_json(data: Any) -> None:
    """JSON on stdout, UTF-8 and unescaped so Chinese stays readable in scripts too."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


@contextmanager
def progress_bar(description: str, enabled: bool = True) -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar on stderr; yields ``update(label, done, total)``."""
    if not enabled:
        yield lambda _label, _done, _total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[label]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task(description, total=None, label="")

        def update(label: str, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, label=label)

        yield update


class WritingDisplay:
    """Shows a model writing: tokens stream into a rich Live panel in a terminal; elsewhere only
    one line per section (accepted, retried, or handed to the template writer) goes to stderr."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.live_mode = enabled and err_console.is_terminal
        self._live: Any = None
        self._heading = ""
        self._buffer = ""

    def __enter__(self) -> WritingDisplay:
        if self.live_mode:
            from rich.live import Live

            self._live = Live("", console=err_console, refresh_per_second=8, transient=True)
            self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.__exit__(*exc)
            self._live = None

    def _render(self) -> Any:
        from rich.panel import Panel

        return Panel(self._buffer[-800:] or "…", title=f"正在寫：{self._heading}", title_align="left")

    def on_token(self, _key: str, text: str) -> None:
        if self._live is not None:
            self._buffer += text
            self._live.update(self._render())

    def on_event(self, key: str, event: str, detail: str) -> None:
        if not self.enabled:
            return
        label = self._heading
        if event in ("start", "retry"):
            self._heading = detail or {"opening": "開頭", "closing": "結尾"}.get(key, key)
            self._buffer = ""
            if event == "retry":
                err_console.print(f"[yellow]↻ {self._heading}：不符合要求，重寫一次[/]")
            if self._live is not None:
                self._live.update(self._render())
        elif event == "accepted":
            err_console.print(f"[green]✓ {label}[/]（模型）")
        elif event == "fallback":
            err_console.print(f"[yellow]↺ {label}：改用模板寫作（{detail}）[/]")
