"""Hybrid retrieval: BM25 over jieba tokens and Chroma vectors, fused by reciprocal rank fusion.

Every hit carries its provenance (sample id and heading path). The BM25 index is derived data:
it is rebuilt from the chunks' stored tokens whenever the set of chunk ids changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .index import Index
from .tokenize import query_tokenizer, tokens, write_vocabulary

if TYPE_CHECKING:
    from .check import LeakData

RRF_K = 60  # the usual constant: damps the weight of the very first ranks
ROLES = ("opening", "work", "problems", "plans", "closing", "other")


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


def _public(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if k != "tokens"}


def _matches(meta: dict[str, Any], role: str | None, kind: str | None) -> bool:
    if role and role not in (meta.get("role"), meta.get("role2")):
        return False
    return not kind or meta.get("kind") == kind


class BM25Store:
    """bm25s over all chunks, cached on disk under a key made of the chunk ids."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._retriever: Any = None
        self._docs: list[tuple[str, str, dict[str, Any]]] = []
        self._vocabulary: Path | None = None

    @property
    def docs(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(id, text, metadata) of every chunk, as indexed."""
        return self._docs

    def load(self) -> BM25Store:
        import bm25s

        ids = sorted(self.index.ids())
        key = hashlib.sha1("\n".join(ids).encode()).hexdigest()[:16]
        root = self.index.cache_dir() / "bm25"
        folder = root / key
        self._vocabulary = folder / "vocabulary.txt"
        if (folder / "docs.json").is_file():
            try:
                self._retriever = bm25s.BM25.load(str(folder))
                stored = json.loads((folder / "docs.json").read_text("utf-8"))
                self._docs = [(str(c), str(t), dict(m)) for c, t, m in stored]
                return self
            except (OSError, ValueError):
                pass  # a damaged cache is rebuilt below
        cids, docs, metas = self.index.all_chunks()
        corpus = [str(m.get("tokens", "")).split() or ["∅"] for m in metas]
        self._docs = [(c, d, _public(m)) for c, d, m in zip(cids, docs, metas, strict=True)]
        self._retriever = bm25s.BM25()
        if corpus:
            self._retriever.index(corpus, show_progress=False)
            if root.exists():
                shutil.rmtree(root, ignore_errors=True)
            folder.mkdir(parents=True, exist_ok=True)
            self._retriever.save(str(folder))
            write_vocabulary({t for doc in corpus for t in doc}, self._vocabulary)
            (folder / "docs.json").write_text(json.dumps(self._docs, ensure_ascii=False), "utf-8")
        return self

    def search(self, query: str, k: int, role: str | None = None, kind: str | None = None) -> list[Hit]:
        if not self._docs:
            return []
        assert self._vocabulary is not None
        tokenizer = query_tokenizer(self._vocabulary)
        query_tokens = [t for t in tokens(query, tokenizer) if t in self._retriever.vocab_dict]
        if not query_tokens:
            return []
        results, scores = self._retriever.retrieve([query_tokens], k=len(self._docs), show_progress=False, n_threads=1)
        hits: list[Hit] = []
        for doc_index, score in zip(results[0], scores[0], strict=True):
            if score <= 0:
                break
            cid, text, meta = self._docs[int(doc_index)]
            if _matches(meta, role, kind):
                hits.append(Hit(cid, text, meta, float(score)))
                if len(hits) >= k:
                    break
        return hits


def _where(role: str | None, kind: str | None) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if role:
        clauses.append({"$or": [{"role": role}, {"role2": role}]})
    if kind:
        clauses.append({"kind": kind})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class Retriever:
    def __init__(self, index: Index) -> None:
        self.index = index
        self._bm25: BM25Store | None = None

    @property
    def bm25(self) -> BM25Store:
        if self._bm25 is None:
            self._bm25 = BM25Store(self.index).load()
        return self._bm25

    @cached_property
    def leaks(self) -> LeakData:
        """The samples' names and sentences, for the copying checks (worked out once)."""
        from .leaks import leak_data

        return leak_data(self.bm25.docs)

    def vector_search(self, query: str, k: int, role: str | None = None, kind: str | None = None) -> list[Hit]:
        return [
            Hit(cid, text, _public(meta), 1.0 - distance)
            for cid, text, meta, distance in self.index.query(query, k, _where(role, kind))
        ]

    def search(
        self,
        query: str,
        k: int = 5,
        role: str | None = None,
        kind: str | None = None,
        prefer_kind: str | None = None,
        mode: str = "hybrid",
    ) -> list[Hit]:
        """Top ``k`` chunks for ``query``; ``mode`` is hybrid, vector or bm25."""
        pool = max(k * 4, 20)
        lists: dict[str, list[Hit]] = {}
        if mode in ("hybrid", "vector"):
            lists["vector"] = self.vector_search(query, pool, role, kind)
        if mode in ("hybrid", "bm25"):
            lists["bm25"] = self.bm25.search(query, pool, role, kind)
        fused: dict[str, Hit] = {}
        for name, hits in lists.items():
            for rank, hit in enumerate(hits, 1):
                entry = fused.setdefault(hit.id, Hit(hit.id, hit.text, hit.metadata))
                entry.ranks[name] = rank
                entry.score += 1.0 / (RRF_K + rank)
        if prefer_kind:
            for hit in fused.values():
                if hit.kind == prefer_kind:
                    hit.score *= 1.25
        ranked = sorted(
            fused.values(), key=lambda h: (-h.score, h.metadata.get("sample", ""), h.metadata.get("order", 0))
        )
        return ranked[:k]


def clear_cache(index: Index) -> None:
    shutil.rmtree(Path(index.cache_dir()), ignore_errors=True)
