"""Query vectors kept on disk, keyed by embedder and text, so the same query is embedded once.

Drafting the same facts again asks the same questions of the index; with this cache the second
draft loads no model at all. SQLite (in the standard library) keeps concurrent processes safe;
a damaged or unwritable cache only means embedding again, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

EmbedMany = Callable[[list[str]], Sequence[Sequence[float]]]


def _key(embedder: str, text: str) -> str:
    return hashlib.sha1(f"{embedder}\x00{text}".encode()).hexdigest()


class QueryCache:
    def __init__(self, path: Path, embedder: str) -> None:
        self.path = path
        self.embedder = embedder
        self.embedded = 0  # texts sent to the model by this cache (tests count them)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5)
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        return db

    def _read(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with contextlib.suppress(sqlite3.Error, OSError), contextlib.closing(self._connect()) as db:
            for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
                part = keys[start : start + 500]
                rows = db.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(part))})", part
                ).fetchall()
                found.update((k, np.frombuffer(v, dtype=np.float32)) for k, v in rows)
        return found

    def _write(self, items: list[tuple[str, np.ndarray]]) -> None:
        with contextlib.suppress(sqlite3.Error, OSError), contextlib.closing(self._connect()) as db, db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                [(k, v.astype(np.float32).tobytes()) for k, v in items],
            )

    def vectors(self, texts: list[str], embed: Callable[[], EmbedMany]) -> list[np.ndarray]:
        """A vector per text: cached ones from disk, the rest from ``embed()`` in one batch."""
        keys = [_key(self.embedder, t) for t in texts]
        found = self._read(sorted(set(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        if missing:
            fresh = [np.asarray(v, dtype=np.float32) for v in embed()(missing)]
            self.embedded += len(missing)
            new = [(_key(self.embedder, t), v) for t, v in zip(missing, fresh, strict=True)]
            found.update(new)
            self._write(new)
        return [found[k] for k in keys]
