"""Hybrid retrieval: BM25 over jieba tokens and vectors, fused by reciprocal rank fusion.

Both read the index's snapshot (``snapshot.py``). Every hit carries its provenance (sample id
and heading path). Several queries go through ``search_many`` together: their vectors come
from the on-disk query cache, and the ones not there are embedded in one call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from assistant.core.offices import unit_key
from assistant.retrieval.index import Index
from assistant.summary.style import Style, styles_from_metadata

if TYPE_CHECKING:
    from assistant.checking.registry import LeakData
    from assistant.retrieval.query_cache import QueryCache
    from assistant.retrieval.snapshot import Snapshot

RRF_K = 60  # the usual constant: damps the weight of the very first ranks
ROLES = ("opening", "work", "problems", "plans", "closing", "other")
# Only the start of a query is embedded: on planner-sized queries (a category and its items, up
# to 300 characters) bench/relevance.py finds hybrid top-3 hits the same at any cut from 16 to
# 300 characters (vectors alone: 100% up to 32, 93% from 64). 64 keeps the drafts exactly as
# with whole queries (the golden drafts) at a fifth of the tokens; BM25 still sees the whole
# query (up to MAX_QUERY), so the items' words still count.
EMBED_CHARS = 64
MAX_QUERY = 1000  # characters of a query that are searched at all (a pasted document is cut)


@dataclass
class Hit:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float = 0.0
    ranks: dict[str, int] = field(default_factory=dict)  # rank in each retriever, 1-based

    @property
    def sample(self) -> str:
        return str(self.metadata.get("sample", ""))

    @property
    def role(self) -> str:
        return str(self.metadata.get("role", ""))

    @property
    def heading(self) -> str:
        return str(self.metadata.get("heading", ""))

    @property
    def kind(self) -> str:
        return str(self.metadata.get("kind", ""))

    @property
    def body(self) -> str:
        """The text without its heading line."""
        return self.text.split("\n", 1)[1] if "\n" in self.text else self.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sample": self.sample,
            "role": self.role,
            "heading": self.heading,
            "kind": self.kind,
            "score": round(self.score, 6),
            "ranks": self.ranks,
            "id": self.id,
        }


@dataclass(frozen=True)
class Query:
    """One search of a batch: ``Retriever.search``'s arguments."""

    query: str
    k: int = 5
    role: str | None = None
    kind: str | None = None
    prefer_kind: str | None = None
    prefer_unit: str | None = None  # an office's name: its own chunks come first
    mode: str = "hybrid"  # hybrid, vector or bm25


class Retriever:
    def __init__(self, index: Index) -> None:
        self.index = index

    @cached_property
    def snapshot(self) -> Snapshot:
        return self.index.snapshot()

    @cached_property
    def query_cache(self) -> QueryCache:
        from assistant.retrieval.query_cache import QueryCache

        return QueryCache(self.index.cache_dir() / "queries.sqlite3", self.index.embedder_name)

    @cached_property
    def leaks(self) -> LeakData:
        """The reference samples' names and sentences, for the copying checks (worked out once)."""
        from assistant.retrieval.leaks import leak_data

        return leak_data(self.snapshot.docs)

    def kinds(self) -> list[str]:
        """The kinds of office the index has samples from."""
        return sorted({str(m.get("kind", "")) for _, _, m in self.snapshot.docs} - {""})

    def search(
        self,
        query: str,
        k: int = 5,
        role: str | None = None,
        kind: str | None = None,
        prefer_kind: str | None = None,
        prefer_unit: str | None = None,
        mode: str = "hybrid",
    ) -> list[Hit]:
        """Top ``k`` chunks for ``query``; ``mode`` is hybrid, vector or bm25. ``prefer_unit``: an
        office whose own chunks (its ingested summaries) come before all others when it has any."""
        call = {"query": query, "k": k, "role": role, "kind": kind, "prefer_kind": prefer_kind, "mode": mode}
        return self.search_many([{**call, "prefer_unit": prefer_unit}])[0]

    def search_many(self, calls: Sequence[Mapping[str, Any]]) -> list[list[Hit]]:
        """Several searches, each given as ``search``'s keyword arguments; the vectors of all of
        them are looked up in the query cache or embedded in one go."""
        queries = [Query(**call) for call in calls]
        snap = self.snapshot
        wanted = [q.query[:EMBED_CHARS] for q in queries if q.mode != "bm25"]
        vectors = iter(self.query_cache.vectors(wanted, self._embed) if wanted and snap.docs else [])
        results = []
        for q in queries:
            vector = next(vectors, None) if q.mode != "bm25" else None
            hits = self._ranked(q, vector, None)
            unit = unit_key(q.prefer_unit) if q.prefer_unit else ""
            if unit and snap.has_unit(unit):  # the office's own chunks first, then the others
                own = self._ranked(q, vector, unit)
                hits = own + [h for h in hits if h.id not in {o.id for o in own}]
            results.append(hits[: q.k])
        return results

    def _ranked(self, q: Query, vector: Any, unit: str | None) -> list[Hit]:
        pool = max(q.k * 4, 20)
        lists: dict[str, list[tuple[int, float]]] = {}
        if q.mode != "bm25":
            lists["vector"] = self.snapshot.nearest(vector, pool, q.role, q.kind, unit) if vector is not None else []
        if q.mode != "vector":
            lists["bm25"] = self.snapshot.keyword(self._tokens(q.query[:MAX_QUERY]), pool, q.role, q.kind, unit)
        return self._fuse(lists, q)

    def office_styles(self) -> list[Style]:
        """The styles of the summaries offices ingested (not the bundled samples')."""
        return styles_from_metadata([m for _, _, m in self.snapshot.docs if m.get("style")])

    def _embed(self) -> Callable[[list[str]], Sequence[Sequence[float]]]:
        from assistant.retrieval.embeddings import embed_queries, get_embedder

        embedder = get_embedder(self.index.embedder_name)
        return lambda texts: embed_queries(embedder, texts)

    def _tokens(self, text: str) -> list[str]:
        from assistant.core.tokenize import query_tokenizer, tokens

        folder = self.snapshot.folder
        if not self.snapshot.vocab or folder is None:
            return []
        try:
            return tokens(text, query_tokenizer(folder / "vocabulary.txt"))
        except OSError:  # an ingest replaced the snapshot since it was read: its words are in memory
            import tempfile
            from pathlib import Path

            from assistant.core.tokenize import write_vocabulary

            with tempfile.TemporaryDirectory(prefix="zongjie-vocab-") as tmp:
                vocabulary = Path(tmp) / "vocabulary.txt"
                write_vocabulary(set(self.snapshot.vocab), vocabulary)
                return tokens(text, query_tokenizer(vocabulary))

    def _fuse(self, lists: dict[str, list[tuple[int, float]]], q: Query) -> list[Hit]:
        docs = self.snapshot.docs
        fused: dict[int, Hit] = {}
        for name, ranked in lists.items():
            for rank, (n, _score) in enumerate(ranked, 1):
                cid, text, meta = docs[n]
                entry = fused.setdefault(n, Hit(cid, text, meta))
                entry.ranks[name] = rank
                entry.score += 1.0 / (RRF_K + rank)
        if q.prefer_kind:
            for hit in fused.values():
                if hit.kind == q.prefer_kind:
                    hit.score *= 1.25
        ordered = sorted(
            fused.values(), key=lambda h: (-h.score, h.metadata.get("sample", ""), h.metadata.get("order", 0))
        )
        return ordered[: q.k]
