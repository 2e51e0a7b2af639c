"""What the indexed samples name and say, for the ``sample-leak`` rule.

Read from the BM25 cache beside a local index (plain JSON: no chromadb import, so ``zongjie
check`` stays fast). Only when there is an index but no cache yet, or the index is on a Chroma
server, is the index itself opened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .check import LeakData, leak_sentences
from .index import Index


def leak_data(docs: Iterable[tuple[str, str, dict[str, Any]]]) -> LeakData:
    entities: set[str] = set()
    bodies: list[str] = []
    for _cid, text, meta in docs:
        entities.update(e for e in str(meta.get("entities", "")).split("|") if e)
        # the first line is the heading path (一、… > 2、…); a numbered item's own sentence is there
        path, _, body = text.partition("\n")
        bodies.extend(path.split(" > "))
        bodies.append(body)
    return LeakData(entities, leak_sentences(bodies))


def cached_docs(index: Index) -> list[tuple[str, str, dict[str, Any]]] | None:
    folders = sorted((index.cache_dir() / "bm25").glob("*/docs.json"))
    if not folders:
        return None
    try:
        return [(str(c), str(t), dict(m)) for c, t, m in json.loads(folders[-1].read_text("utf-8"))]
    except (OSError, ValueError):
        return None


def _has_local_index(path: Path) -> bool:
    return path.is_dir() and any(path.glob("chroma.sqlite3"))


def load_leak_data(index: Index) -> LeakData | None:
    """The samples' entities and sentences, or None when there is no index to read."""
    if not index.url and not _has_local_index(index.path):
        return None
    docs = None if index.url else cached_docs(index)
    if docs is None:
        from .retrieval import BM25Store

        if index.count() == 0:
            return None
        docs = BM25Store(index).load().docs
    return leak_data(docs)
