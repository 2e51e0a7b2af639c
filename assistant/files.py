"""Writing files so that a crash or Ctrl-C never leaves half of one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import InputError


def atomic_write(path: Path, save: Callable[[Path], object]) -> None:
    """Let ``save`` write a temporary file beside ``path``, then rename it into place."""
    fd, name = tempfile.mkstemp(prefix=".zongjie-", suffix=path.suffix, dir=path.parent or ".")
    os.close(fd)
    tmp = Path(name)
    try:
        save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result should not be
        os.replace(tmp, path)
    except OSError as exc:
        raise InputError(f"無法寫入 {path}：{exc.strerror}") from exc
    finally:
        tmp.unlink(missing_ok=True)
