"""A read-only copy of the index that every search reads: chunks, vectors and a BM25 table.

Written by the index after each change (``Index.refresh``), into its own folder, then made
current by one atomic rename. Readers load it with numpy alone, so a draft needs neither
chromadb (over a second to import on two cores) nor bm25s, and a reader never sees a write in
progress: it reads the last finished snapshot while an ``ingest`` runs.

Vector search is exact (cosine over every chunk): at this tool's sizes (the samples plus an
office's own summaries, tens of thousands of chunks at most) that is faster than an HNSW query
with filters, and gives the same neighbours.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

K1, B = 1.5, 0.75  # the usual BM25 constants (bm25s and Lucene use the same)

StoredChunk = tuple[str, str, dict[str, Any]]  # (chunk id, text, metadata without tokens)


@dataclass
class Snapshot:
    docs: list[StoredChunk]
    vectors: np.ndarray  # (n, d) float32, rows L2-normalised
    vocab: dict[str, int]
    indptr: np.ndarray  # BM25 table by token: scores of token t are docs[indptr[t]:indptr[t+1]]
    postings: np.ndarray
    scores: np.ndarray
    folder: Path | None = None
    _masks: dict[tuple[str | None, str | None, str | None], np.ndarray] = field(default_factory=dict)

    # ---------------------------------------------------------------- building
    @classmethod
    def build(cls, docs: list[StoredChunk], vectors: np.ndarray, corpus: list[list[str]]) -> Snapshot:
        """From every chunk: its text and metadata, its vector and its BM25 tokens."""
        vocab: dict[str, int] = {}
        counts: list[dict[int, int]] = []
        for tokens in corpus:
            tf: dict[int, int] = {}
            for token in tokens:
                tid = vocab.setdefault(token, len(vocab))
                tf[tid] = tf.get(tid, 0) + 1
            counts.append(tf)
        n = len(corpus)
        avgdl = sum(map(len, corpus)) / max(1, n)
        by_token: list[list[tuple[int, float]]] = [[] for _ in vocab]
        for doc, tf in enumerate(counts):
            norm = K1 * (1 - B + B * len(corpus[doc]) / max(avgdl, 1e-9))
            for tid, f in tf.items():
                by_token[tid].append((doc, f / (f + norm)))  # Lucene leaves out the constant (K1 + 1)
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        postings: list[int] = []
        scores: list[float] = []
        for tid, entries in enumerate(by_token):
            idf = math.log(1 + (n - len(entries) + 0.5) / (len(entries) + 0.5))
            postings.extend(d for d, _ in entries)
            scores.extend(idf * s for _, s in entries)
            indptr[tid + 1] = len(postings)
        return cls(
            docs,
            np.asarray(vectors, dtype=np.float32).reshape(len(docs), -1) if docs else np.zeros((0, 0), np.float32),
            vocab,
            indptr,
            np.asarray(postings, dtype=np.int32),
            np.asarray(scores, dtype=np.float32),
        )

    def save(self, folder: Path, known: Mapping[str, int] | None = None) -> None:
        """Write into a temporary folder, then rename it to ``folder`` (readers never see half).

        ``known``: word frequencies for the query tokenizer's dictionary, where they are known.
        """
        from assistant.core.tokenize import write_vocabulary

        tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        write_vocabulary(set(self.vocab), tmp / "vocabulary.txt", known)  # for the query tokenizer
        (tmp / "docs.json").write_text(json.dumps(self.docs, ensure_ascii=False), "utf-8")
        (tmp / "vocab.json").write_text(json.dumps(list(self.vocab), ensure_ascii=False), "utf-8")
        np.save(tmp / "vectors.npy", self.vectors)
        np.savez(tmp / "bm25.npz", indptr=self.indptr, postings=self.postings, scores=self.scores)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)
        self.folder = folder

    @classmethod
    def load(cls, folder: Path) -> Snapshot:
        """Raises OSError or ValueError when the folder is missing or damaged."""
        docs = [(str(c), str(t), dict(m)) for c, t, m in json.loads((folder / "docs.json").read_text("utf-8"))]
        words = json.loads((folder / "vocab.json").read_text("utf-8"))
        vectors = np.load(folder / "vectors.npy")
        with np.load(folder / "bm25.npz") as table:
            indptr, postings, scores = table["indptr"], table["postings"], table["scores"]
        if len(vectors) != len(docs) or len(indptr) != len(words) + 1:
            raise ValueError(f"damaged snapshot in {folder}")
        return cls(docs, vectors, {w: i for i, w in enumerate(words)}, indptr, postings, scores, folder)

    # ---------------------------------------------------------------- searching
    def mask(self, role: str | None, kind: str | None, unit: str | None = None) -> np.ndarray:
        """Chunks of a part (role), a kind of office, and one office (its ``unit_key``)."""
        key = (role, kind, unit)
        if key not in self._masks:
            self._masks[key] = np.array(
                [
                    (not role or role in (m.get("role"), m.get("role2")))
                    and (not kind or m.get("kind") == kind)
                    and (not unit or m.get("unit_key") == unit)
                    for _, _, m in self.docs
                ],
                dtype=bool,
            )
        return self._masks[key]

    def has_unit(self, unit: str) -> bool:
        return bool(unit) and any(m.get("unit_key") == unit for _, _, m in self.docs)

    def nearest(
        self, vector: np.ndarray, k: int, role: str | None, kind: str | None, unit: str | None = None
    ) -> list[tuple[int, float]]:
        """(chunk number, cosine similarity) of the ``k`` nearest chunks that pass the filters."""
        if not self.docs:
            return []
        sims = self.vectors @ np.asarray(vector, dtype=np.float32)
        mask = self.mask(role, kind, unit)
        found = _top(np.where(mask, sims, -np.inf), k)
        return [(i, s) for i, s in found if mask[i]] if unit else found

    def keyword(
        self, query_tokens: list[str], k: int, role: str | None, kind: str | None, unit: str | None = None
    ) -> list[tuple[int, float]]:
        """(chunk number, BM25 score) of the best ``k`` chunks with a positive score."""
        ids = [self.vocab[t] for t in query_tokens if t in self.vocab]
        if not ids:
            return []
        total = np.zeros(len(self.docs), dtype=np.float32)
        for tid in ids:
            start, end = self.indptr[tid], self.indptr[tid + 1]
            total[self.postings[start:end]] += self.scores[start:end]  # a token lists each chunk once
        total[~self.mask(role, kind, unit)] = 0.0
        return [(i, s) for i, s in _top(total, k) if s > 0]


def _top(values: np.ndarray, k: int) -> list[tuple[int, float]]:
    k = min(k, len(values))
    if k <= 0:
        return []
    # scores compared to three decimals, ties broken by chunk number: the last digits of a vector
    # differ between CPUs (SIMD paths), and near-ties must not turn on them
    rounded = np.round(values, 3)
    part = np.argpartition(-rounded, k - 1)[:k]
    order = sorted(part.tolist(), key=lambda i: (-float(rounded[i]), i))
    return [(i, float(values[i])) for i in order if values[i] != -np.inf]
