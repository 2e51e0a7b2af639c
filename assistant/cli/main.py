"""The ``zongjie`` command line: one Typer app, with the commands in thin modules beside it."""

from __future__ import annotations

import os
import sys

from assistant.cli.app import app
from assistant.cli.commands import chat, check, draft, facts, index, models  # noqa: F401  (importing registers the commands)
from assistant.core.errors import ExitCode

__all__ = ["app", "run"]


def _reopen_closed_streams() -> None:
    """Started with a standard stream closed (``zongjie draft --json >&-``): put /dev/null in its
    place, before any file we open could take its descriptor and receive what was meant for it."""
    closed = []
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)  # the lowest free descriptor: fd
            closed.append(name)
        if getattr(sys, name) is None:
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8", closefd=False))  # noqa: SIM115
    if "stdout" in closed and "stderr" not in closed:
        print("提示：標準輸出已關閉，屏幕輸出將被丟棄。", file=sys.stderr)


def run() -> None:
    """Console-script entry point."""
    _reopen_closed_streams()
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - outside any command
        sys.exit(ExitCode.INTERRUPTED)
