"""What the reference samples name and say, for the ``sample-leak`` rule.

Only reference samples count: the bundled ones and any ingested with ``--reference``. An
office's own past summaries are in the index to be learnt from, and their names are the
office's own, never "copied".

Read from the index snapshot's chunk list (plain JSON: no chromadb or numpy import, so
``zongjie check`` stays fast). Only when there is an index but no snapshot yet, or the index is
on a Chroma server, is the index itself opened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from assistant.checking.registry import LeakData
from assistant.checking.rules.leaks import leak_sentences
from assistant.retrieval.index import Index, is_reference


def leak_data(docs: Iterable[tuple[str, str, dict[str, Any]]]) -> LeakData:
    entities: set[str] = set()
    bodies: list[str] = []
    for _cid, text, meta in docs:
        if not is_reference(meta):
            continue
        entities.update(e for e in str(meta.get("entities", "")).split("|") if e)
        # the first line is the heading path (一、… > 2、…); a numbered item's own sentence is there
        path, _, body = text.partition("\n")
        bodies.extend(path.split(" > "))
        bodies.append(body)
    return LeakData(entities, leak_sentences(bodies))


def cached_docs(index: Index) -> list[tuple[str, str, dict[str, Any]]] | None:
    path = index.docs_file()
    if path is None:
        return None
    try:
        return [(str(c), str(t), dict(m)) for c, t, m in json.loads(path.read_text("utf-8"))]
    except (OSError, ValueError):
        return None


def load_leak_data(index: Index) -> LeakData | None:
    """The reference samples' entities and sentences, or None when there is no index to read."""
    if not index.url and not (index.path / "chroma.sqlite3").is_file():
        return None
    docs = None if index.url else cached_docs(index)
    if docs is None:
        if index.count() == 0:
            return None
        docs = index.snapshot().docs
    return leak_data(docs)
