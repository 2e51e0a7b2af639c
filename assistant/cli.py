"""The ``zongjie`` command line: one Typer app, with the commands in thin modules beside it."""

from __future__ import annotations

import sys

from . import cmd_chat, cmd_check, cmd_draft, cmd_extract, cmd_index, cmd_models  # noqa: F401  (importing registers the commands)
from .app import app

__all__ = ["app", "run"]


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - outside any command
        sys.exit(130)
