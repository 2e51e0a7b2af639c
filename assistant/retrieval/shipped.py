"""The bundled samples as the package ships them: already chunked, with BM25 tokens, jieba's
frequencies and the default embedder's vectors (made by tools/sample_vectors.py), so a first use
builds the index without embedding the samples."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from assistant.core.config import DEFAULT_EMBEDDER, vectors_dir
from assistant.retrieval.corpus import Chunk


@dataclass
class ShippedSamples:
    """The bundled samples as the package ships them already chunked (tools/sample_vectors.py):
    chunk text, metadata and BM25 tokens by sample digest, and jieba's frequency of each token."""

    chunks: dict[str, list[Chunk]] = field(default_factory=dict)
    frequencies: dict[str, int] = field(default_factory=dict)

    def for_sample(self, digest: str) -> list[Chunk] | None:
        """Fresh copies of a sample's chunks, when the package has this very text."""
        found = self.chunks.get(digest)
        return [Chunk(c.id, c.text, dict(c.metadata)) for c in found] if found else None


@lru_cache(maxsize=1)
def shipped_samples() -> ShippedSamples:
    import json

    try:
        raw = json.loads((vectors_dir() / "samples.json").read_text("utf-8"))
        shipped = ShippedSamples(frequencies={str(w): int(f) for w, f in raw["frequencies"].items()})
        for cid, text, meta in raw["chunks"]:
            shipped.chunks.setdefault(str(meta["digest"]), []).append(Chunk(str(cid), str(text), dict(meta)))
        return shipped
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return ShippedSamples()  # missing or damaged: the samples are chunked here instead


@lru_cache(maxsize=2)
def shipped_vectors(embedder: str) -> dict[str, Any]:
    """Chunk id → vector for the bundled samples, as the package ships them for ``embedder``."""
    import numpy as np

    path = vectors_dir() / f"{embedder}.npz"
    if embedder != DEFAULT_EMBEDDER or not path.is_file():
        return {}
    try:
        with np.load(path) as data:
            return dict(zip(data["ids"].tolist(), data["vectors"], strict=True))
    except (OSError, ValueError, KeyError):
        return {}  # a damaged file only means embedding the samples
