"""Running the CLI under a time bound: in a subprocess (a hang is killed, a real stdout is used),
or through CliRunner in a thread (cheap, for the many generated variants)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from assistant.cli.main import app

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = ("Traceback", "內部錯誤", ".zongjie-")


def run_cli(
    args: list[str],
    *,
    input: bytes | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m assistant ARGS`` with the test's environment; fails the test on a hang."""
    full_env = dict(os.environ, COLUMNS="120", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=input,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=cwd,
    )


def invoke(args: list[str], *, input: str | bytes | None = None, timeout: float = 60, **kwargs: Any) -> Any:
    """CliRunner.invoke, failing the test if it does not return within ``timeout`` seconds."""
    runner = CliRunner()
    box: dict[str, Any] = {}

    def target() -> None:
        box["result"] = runner.invoke(app, args, input=input, **kwargs)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"zongjie {args} did not finish within {timeout} s"
    return box["result"]


def assert_clean(output: str, code: int, allowed: tuple[int, ...] = (0, 2)) -> None:
    """Ended as the contract says: an allowed exit code, no traceback, no internal error, no temp file."""
    assert code in allowed, f"exit {code}:\n{output}"
    for word in FORBIDDEN:
        assert word not in output, output
