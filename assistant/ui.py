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


def warn(message: str) -> None:
    err_console.print(f"[yellow]注意：[/]{message}", soft_wrap=True)


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
