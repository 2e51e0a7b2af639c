"""Errors that reach the user as a Chinese message and an exit code, never a traceback."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The CLI's exit codes (the contract in the README)."""

    OK = 0
    FAILED = 1  # the work failed or found errors: a backend, a check with errors, some batch rows
    USAGE = 2  # bad usage or bad input: a file, a field, an option
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


class ZongjieError(Exception):
    """Base error; ``exit_code`` says how the command ends."""

    exit_code = ExitCode.FAILED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n提示：{self.hint}"


class InputError(ZongjieError):
    """Bad user input: a file, a field, an option."""

    exit_code = ExitCode.USAGE


class IndexMismatchError(ZongjieError):
    """The index was built with another embedder."""

    exit_code = ExitCode.USAGE


class BackendError(ZongjieError):
    """A language model backend failed (network, key, rate limit, bad output)."""

    exit_code = ExitCode.FAILED
