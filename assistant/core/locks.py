"""One writer or many readers of a local index, across processes (an flock'd file).

chromadb's local store does not take concurrent writers and readers from several processes
(a draft during an ``ingest`` failed with InternalError), nor two processes creating a store at
once. Any process that opens chromadb on a local index holds the lock exclusively; searches read
the index's snapshot and take no lock at all, so this is rare outside ``ingest``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.core.errors import ZongjieError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process lock, one user at a time
    fcntl = None  # type: ignore[assignment]

DEFAULT_TIMEOUT = 120.0


class IndexBusyError(ZongjieError):
    """Another command kept the index locked for longer than we wait."""


def lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("ZONGJIE_LOCK_TIMEOUT", DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


@contextmanager
def index_lock(path: Path, exclusive: bool, timeout: float | None = None) -> Iterator[None]:
    """Hold ``path`` (a lock file) shared or exclusive; wait up to ``timeout`` seconds."""
    if fcntl is None:
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    wait = lock_timeout() if timeout is None else timeout
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, mode)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IndexBusyError(
                        f"索引 {path.with_suffix('')} 正在被另一個命令使用（多半是 zongjie ingest），等了 {wait:.0f} 秒仍未完成",
                        hint="請等它完成後再試；環境變量 ZONGJIE_LOCK_TIMEOUT 可改等待秒數",
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def writer_active(path: Path) -> bool:
    """Whether another process holds ``path`` exclusively right now."""
    if fcntl is None or not path.exists():
        return False
    try:
        with index_lock(path, exclusive=False, timeout=0):
            return False
    except IndexBusyError:
        return True
