"""The sample index: Chroma for vectors (written through langchain-chroma, read through the
chromadb collection itself), bm25s beside it for keywords.

Ingest is idempotent: chunk ids are content hashes, so an unchanged file adds nothing and a
changed file replaces exactly its own chunks. The collection records the embedder that built it.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from .config import DEFAULT_EMBEDDER, data_dir, default_index_dir
from .corpus import Chunk, bundled_sample_files, chunk_sample, iter_files, load_sample, source_exists
from .errors import IndexMismatchError, InputError, ZongjieError
from .tokenize import tokens

COLLECTION = "zongjie_samples"
Progress = Callable[[str, int, int], None]  # (description, done, total)


@dataclass
class FileResult:
    path: str
    sample: str = ""
    status: str = "added"  # added | updated | unchanged | error
    added: int = 0
    removed: int = 0
    unchanged: int = 0
    message: str = ""


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    pruned: int = 0
    seconds: float = 0.0

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def removed(self) -> int:
        return sum(f.removed for f in self.files) + self.pruned

    @property
    def unchanged(self) -> int:
        return sum(f.unchanged for f in self.files)

    @property
    def errors(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "error"]


def _quiet_chroma() -> None:
    # No telemetry, ever: these machines are often offline and the data is the user's. The
    # setting is passed to every client too; the variable covers clients chromadb makes itself.
    os.environ["ANONYMIZED_TELEMETRY"] = "False"


class Index:
    """A Chroma collection of sample chunks, local (``path``) or on a server (``url``)."""

    def __init__(self, path: Path | str | None = None, url: str | None = None, embedder: str | None = None) -> None:
        self.url = url or None
        self.path = Path(path).expanduser() if path else default_index_dir()
        self.requested_embedder = embedder
        self._client: Any = None
        self._store: Any = None
        self._embedder_name: str | None = None

    # ------------------------------------------------------------------ opening
    @property
    def where(self) -> str:
        return self.url or str(self.path)

    @property
    def client(self) -> Any:
        if self._client is None:
            _quiet_chroma()
            import chromadb
            from chromadb.config import Settings

            settings = Settings(anonymized_telemetry=False)
            if self.url:
                parsed = urlparse(self.url)
                if parsed.scheme not in {"http", "https"} or not parsed.hostname:
                    raise InputError(f"--chroma-url 格式應為 http://主機:端口，收到「{self.url}」")
                try:
                    self._client = chromadb.HttpClient(
                        host=parsed.hostname,
                        port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                        ssl=parsed.scheme == "https",
                        settings=settings,
                    )
                    self._client.heartbeat()
                except Exception as exc:
                    raise ZongjieError(
                        f"無法連接 Chroma 服務器 {self.url}（{type(exc).__name__}）",
                        hint="請確認服務器已啟動（chroma run --host 127.0.0.1 --port 端口）且地址正確",
                    ) from exc
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                try:
                    self._client = chromadb.PersistentClient(path=str(self.path), settings=settings)
                except Exception as exc:
                    raise ZongjieError(
                        f"無法打開索引目錄 {self.path}（{exc}）", hint="可用 --rebuild 重建索引"
                    ) from exc
        return self._client

    def _collection_meta(self) -> dict[str, Any] | None:
        client = self.client
        try:
            collection = client.get_collection(COLLECTION)
        except Exception:  # chromadb raises NotFoundError/ValueError depending on version
            return None
        return dict(collection.metadata or {})

    @property
    def embedder_name(self) -> str:
        """The embedder to use: the one the index records, unless another was asked for (an error)."""
        if self._embedder_name is None:
            meta = self._collection_meta()
            recorded = meta.get("embedder") if meta else None
            requested = self.requested_embedder
            if recorded and requested and recorded != requested:
                raise IndexMismatchError(
                    f"索引 {self.where} 是用嵌入模型「{recorded}」建立的，不能用「{requested}」打開",
                    hint=f"加上 --rebuild 用「{requested}」重建索引，或去掉 --embedder 沿用原模型",
                )
            if not recorded and not requested:
                from .config import load_config

                requested = load_config().embedder
            self._embedder_name = str(recorded or requested or DEFAULT_EMBEDDER)
        return self._embedder_name

    @property
    def store(self) -> Any:
        """The langchain-chroma vector store over our collection."""
        if self._store is None:
            from langchain_chroma import Chroma

            from .embeddings import embedder_label, get_embedder

            embedder = get_embedder(self.embedder_name)
            self._store = Chroma(
                client=self.client,
                collection_name=COLLECTION,
                embedding_function=embedder,
                collection_metadata={"embedder": embedder_label(embedder)},
                collection_configuration={"hnsw": {"space": "cosine"}},
            )
        return self._store

    def count(self) -> int:
        client = self.client  # connection errors must surface, not read as "empty"
        try:
            collection = client.get_collection(COLLECTION)
        except Exception:  # no collection yet
            return 0
        return int(collection.count())

    def drop(self) -> None:
        """Delete the collection (``--rebuild``); the next use creates it afresh."""
        with contextlib.suppress(Exception):  # nothing to drop
            self.client.delete_collection(COLLECTION)
        self._store = None
        self._embedder_name = None

    # ------------------------------------------------------------------ ingest
    def ingest(self, paths: Iterable[Path], prune: bool = False, progress: Progress | None = None) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        items = list(iter_files(paths))
        store = self.store
        for n, item in enumerate(items, 1):
            if isinstance(item, InputError):
                report.files.append(FileResult(path="", status="error", message=item.message))
                continue
            if progress:
                progress(item.name, n - 1, len(items))
            report.files.append(self._ingest_file(store, item))
        if progress:
            progress("", len(items), len(items))
        if prune:
            report.pruned = self._prune(store)
        report.seconds = time.perf_counter() - started
        return report

    def _ingest_file(self, store: Any, path: Path) -> FileResult:
        result = FileResult(path=str(path))
        try:
            sample = load_sample(path)
        except InputError as exc:
            result.status, result.message = "error", exc.message
            return result
        result.sample = sample.id
        existing = store.get(where={"sample": sample.id}, include=["metadatas"])
        old_ids = set(existing["ids"])
        if old_ids and all(m.get("digest") == sample.digest for m in existing["metadatas"]):
            # same text, same chunks: skip chunking and entity extraction altogether
            result.status, result.unchanged = "unchanged", len(old_ids)
            return result
        chunks = chunk_sample(sample)
        new_ids = {c.id for c in chunks}
        stale = sorted(old_ids - new_ids)
        fresh = [c for c in chunks if c.id not in old_ids]
        if stale:
            store.delete(ids=stale)
        if fresh:
            self._add(store, fresh)
        result.added, result.removed, result.unchanged = len(fresh), len(stale), len(new_ids & old_ids)
        result.status = "unchanged" if not fresh and not stale else ("updated" if old_ids else "added")
        return result

    @staticmethod
    def _add(store: Any, chunks: list[Chunk]) -> None:
        metadatas = []
        for chunk in chunks:
            meta = dict(chunk.metadata)
            meta["tokens"] = " ".join(tokens(chunk.text))
            metadatas.append(meta)
        store.add_texts([c.text for c in chunks], metadatas=metadatas, ids=[c.id for c in chunks])

    def _prune(self, store: Any) -> int:
        data = store.get(include=["metadatas"])
        gone = [
            cid for cid, meta in zip(data["ids"], data["metadatas"], strict=True) if not source_exists(meta["source"])
        ]
        if gone:
            store.delete(ids=gone)
        return len(gone)

    def ensure_built(self, progress: Progress | None = None) -> IngestReport | None:
        """Build the index from the bundled samples when it is empty (first use)."""
        if self.count() > 0:
            return None
        return self.ingest(bundled_sample_files(), progress=progress)

    # ------------------------------------------------------------------ reading
    # Reads go to the chromadb collection itself: the same data langchain-chroma writes, without
    # importing LangChain's vector-store and tracing machinery (about a second of every draft's
    # start-up on two cores; see bench/README.md).
    def collection(self) -> Any:
        self.embedder_name  # noqa: B018  (checks the recorded embedder before any read)
        return self.client.get_collection(COLLECTION)

    def ids(self) -> list[str]:
        return list(self.collection().get(include=[])["ids"])

    def all_chunks(self) -> tuple[list[str], list[str], list[dict[str, Any]]]:
        data = self.collection().get(include=["documents", "metadatas"])
        return list(data["ids"]), list(data["documents"]), [dict(m) for m in data["metadatas"]]

    def query(self, text: str, k: int, where: dict[str, Any] | None) -> list[tuple[str, str, dict[str, Any], float]]:
        """Nearest chunks to ``text``: (id, document, metadata, cosine distance)."""
        from .embeddings import get_embedder

        vector = get_embedder(self.embedder_name).embed_query(text)
        result = self.collection().query(
            query_embeddings=[vector], n_results=k, where=where, include=["documents", "metadatas", "distances"]
        )
        return [
            (str(i), str(d), dict(m), float(dist))
            for i, d, m, dist in zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0], strict=True
            )
        ]

    def cache_dir(self) -> Path:
        """Where derived data (the BM25 index) is kept: beside a local index, or in the data dir."""
        if self.url:
            import hashlib

            return data_dir() / "cache" / hashlib.sha1(self.url.encode()).hexdigest()[:12]
        return self.path / "zongjie-cache"
