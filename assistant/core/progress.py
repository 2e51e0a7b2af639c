"""How long work reports: ``Progress`` is called with (label, done, total) as steps finish, and a
``Reporter`` gives notes and progress. The CLI's screen reporter implements it; the domain only
calls it."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

Progress = Callable[[str, int, int], None]  # (label, done, total)


class Reporter(Protocol):
    """Where a long task reports: a note, and progress in steps."""

    def note(self, message: str) -> None: ...

    def progress(self, description: str) -> AbstractContextManager[Progress]: ...
