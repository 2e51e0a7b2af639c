"""Errors that reach the user as a Chinese message and an exit code, never a traceback."""

from __future__ import annotations


class ZongjieError(Exception):
    """Base error. ``exit_code`` follows the CLI contract: 2 for usage or input, 1 otherwise."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n提示：{self.hint}"


class InputError(ZongjieError):
    """Bad user input: a file, a field, an option. Exit code 2."""

    exit_code = 2


class IndexMismatchError(ZongjieError):
    """The index was built with another embedder."""

    exit_code = 2


class BackendError(ZongjieError):
    """A language model backend failed (network, key, rate limit, bad output)."""

    exit_code = 1
