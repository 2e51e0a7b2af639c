"""The sample index: chunks and their vectors in Chroma (the store of record), and a snapshot
of it that searches read (``snapshot.py``: numpy only, no chromadb import on the draft path).

Ingest is idempotent: chunk ids are content hashes, so an unchanged file adds nothing and a
changed file replaces exactly its own chunks. Each file is written in one go once all its
chunks are embedded, so an interrupted ingest keeps the files it finished and the next run
carries on. The collection records the embedder that built it; each chunk records its source
file and whether it is a reference sample (bundled, or ``ingest --reference``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from assistant.core.config import DEFAULT_EMBEDDER, data_dir, default_index_dir
from assistant.core.errors import IndexMismatchError, InputError, ZongjieError
from assistant.core.locks import index_lock, writer_active
from assistant.retrieval.corpus import Chunk

if TYPE_CHECKING:
    from assistant.retrieval.snapshot import Snapshot

COLLECTION = "zongjie_samples"
CURRENT = "current.json"  # names the current snapshot folder


@dataclass
class Manifest:
    key: str
    embedder: str
    count: int

    @classmethod
    def read(cls, root: Path) -> Manifest | None:
        try:
            raw = json.loads((root / CURRENT).read_text("utf-8"))
            return cls(str(raw["key"]), str(raw["embedder"]), int(raw["count"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None


def _quiet_chroma() -> None:
    # No telemetry, ever: these machines are often offline and the data is the user's. The
    # setting is passed to every client too; the variable covers clients chromadb makes itself.
    os.environ["ANONYMIZED_TELEMETRY"] = "False"


def is_reference(meta: dict[str, Any]) -> bool:
    """Whether a chunk is from a reference sample (chunks from before the flag: the bundled ones)."""
    flag = meta.get("reference")
    return bool(flag) if flag is not None else str(meta.get("source", "")).startswith("samples/")


class Index:
    """A Chroma collection of sample chunks, local (``path``) or on a server (``url``)."""

    def __init__(
        self,
        path: Path | str | None = None,
        url: str | None = None,
        embedder: str | None = None,
        collection: str = COLLECTION,
    ) -> None:
        self.url = url or None
        self.collection_name = collection  # another name only while a server's index is rebuilt
        self.path = Path(path).expanduser() if path else default_index_dir()
        self.requested_embedder = embedder
        self._client: Any = None
        self._embedder_name: str | None = None
        self._snapshot: Snapshot | None = None
        self._held: bool | None = None  # the lock this process holds: True exclusive, False shared

    # ------------------------------------------------------------------ opening
    @property
    def where(self) -> str:
        return self.url or str(self.path)

    @property
    def lock_path(self) -> Path:
        # beside the index folder, not in it: a rebuild replaces the folder as a whole
        return self.path.with_name(self.path.name + ".lock")

    @contextmanager
    def locked(self, exclusive: bool) -> Iterator[None]:
        """The index lock (local indexes only; a server orders its own clients)."""
        if self.url or self._held is not None:
            assert not (exclusive and self._held is False), "a shared lock cannot become exclusive"
            yield
            return
        with index_lock(self.lock_path, exclusive):
            self._held = exclusive
            try:
                yield
            finally:
                self._held = None

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
                with self._failures():
                    self._client = chromadb.HttpClient(
                        host=parsed.hostname,
                        port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                        ssl=parsed.scheme == "https",
                        settings=settings,
                    )
                    self._client.heartbeat()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                with self._failures():
                    self._client = chromadb.PersistentClient(path=str(self.path), settings=settings)
        return self._client

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """chromadb's and the network's errors as our own: a broken index is never an empty one."""
        import sqlite3

        import httpx
        from chromadb.errors import ChromaError

        try:
            yield
        except (ChromaError, sqlite3.Error, httpx.HTTPError, OSError, ValueError) as exc:
            if self.url:
                raise ZongjieError(
                    f"無法連接 Chroma 服務器 {self.url}，或服務器出錯（{type(exc).__name__}）",
                    hint="請確認服務器已啟動（chroma run --host 127.0.0.1 --port 端口）且地址正確",
                ) from exc
            raise ZongjieError(
                f"無法讀取索引 {self.path}（{type(exc).__name__}：{exc}）",
                hint="索引文件可能已損壞：zongjie ingest --rebuild 會重建它（你導入過的文件會重新導入）",
            ) from exc

    def _collection(self) -> Any | None:
        """The collection, or None when there is none yet; any other failure is an error."""
        from chromadb.errors import NotFoundError

        client = self.client
        with self._failures():
            try:
                return client.get_collection(self.collection_name, embedding_function=None)
            except NotFoundError:
                return None

    def _writable_collection(self) -> Any:
        with self._failures():
            return self.client.get_or_create_collection(
                self.collection_name,
                metadata={"embedder": self.embedder_name},
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
            )

    def cache_dir(self) -> Path:
        """Where derived data lives: beside a local index, or in the data dir for a server."""
        if self.url:
            name = self.url + ("" if self.collection_name == COLLECTION else "#" + self.collection_name)
            return data_dir() / "cache" / hashlib.sha1(name.encode()).hexdigest()[:12]
        return self.path / "zongjie-cache"

    @property
    def _snapshots(self) -> Path:
        return self.cache_dir() / "snapshot"

    # ------------------------------------------------------------------ reading
    def docs_file(self) -> Path | None:
        """The current snapshot's chunks (plain JSON: the copying check reads it without numpy)."""
        found = self.manifest()
        return self._snapshots / found.key / "docs.json" if found else None

    def manifest(self) -> Manifest | None:
        """The current snapshot's manifest for a local index, when it shows the index as it is.

        A marker left by a write that did not finish means the snapshot may be behind; while
        that writer still runs the snapshot is the last consistent view, so readers use it.
        """
        if self.url:
            return None
        found = Manifest.read(self._snapshots)
        if found is None:
            return None
        if (self._snapshots / "dirty").exists() and not (self._held or writer_active(self.lock_path)):
            return None
        return found

    def snapshot(self) -> Snapshot:
        """The index as searches see it (refreshed from Chroma when it is missing or behind)."""
        from assistant.retrieval.snapshot import Snapshot

        if self._snapshot is not None:
            return self._snapshot
        found = self.manifest()
        if found is not None:
            try:
                self._snapshot = Snapshot.load(self._snapshots / found.key)
                return self._snapshot
            except (OSError, ValueError):
                pass  # damaged: made again below
        with self.locked(exclusive=True):
            key = self._server_key() if self.url else None
            if key is not None:
                try:
                    self._snapshot = Snapshot.load(self._snapshots / key)
                    return self._snapshot
                except (OSError, ValueError):
                    pass  # not fetched yet, or damaged
            self._snapshot = self.refresh(key)
        return self._snapshot

    def _server_key(self) -> str:
        """A server's snapshot is named after what it holds (other clients may write to it)."""
        collection = self._collection()
        if collection is None:
            return "empty"
        with self._failures():
            data = collection.get(include=["metadatas"])
        marks = sorted(f"{i}:{int(is_reference(m or {}))}" for i, m in zip(data["ids"], data["metadatas"], strict=True))
        return hashlib.sha1("\n".join(marks).encode()).hexdigest()[:16]

    def count(self) -> int:
        found = self.manifest()
        if found is not None:
            return found.count
        # chromadb itself, alone: two processes opening a new store at once race to create its
        # tables, and a reader beside a writer fails; this is rare (only with no snapshot)
        with self.locked(exclusive=True):
            collection = self._collection()
            if collection is None:
                return 0
            with self._failures():
                return int(collection.count())

    @property
    def embedder_name(self) -> str:
        """The embedder to use: the one the index records, unless another was asked for (an error)."""
        if self._embedder_name is None:
            found = self.manifest()
            if found is not None:
                recorded: str | None = found.embedder if found.count else None  # an empty index takes any
            else:
                with self.locked(exclusive=True):  # as in count()
                    collection = self._collection()
                recorded = (collection.metadata or {}).get("embedder") if collection is not None else None
            requested = self.requested_embedder
            if recorded and requested and recorded != requested:
                raise IndexMismatchError(
                    f"索引 {self.where} 是用嵌入模型「{recorded}」建立的，不能用「{requested}」打開",
                    hint=f"加上 --rebuild 用「{requested}」重建索引，或去掉 --embedder 沿用原模型",
                )
            self._embedder_name = str(recorded or requested or DEFAULT_EMBEDDER)
        return self._embedder_name

    def sources(self) -> dict[str, bool]:
        """Every source file the index holds (bundled samples by name), and whether it is a reference."""
        recorded: dict[str, bool] = {}
        try:
            raw = json.loads((self.cache_dir() / "sources.json").read_text("utf-8"))
            recorded.update({str(k): bool(v) for k, v in raw.items()})
        except (OSError, ValueError, AttributeError):
            pass
        return recorded

    # ------------------------------------------------------------------ writing
    def refresh(self, key: str | None = None) -> Snapshot:
        """Write a new snapshot from Chroma and make it current (the caller holds the lock)."""
        from assistant.core.tokenize import tokens
        from assistant.retrieval.shipped import shipped_samples
        from assistant.retrieval.snapshot import Snapshot

        collection = self._collection()
        ids: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, Any]] = []
        vectors: Any = []
        if collection is not None:
            with self._failures():
                data = collection.get(include=["documents", "metadatas", "embeddings"])
            ids, texts = list(data["ids"]), list(data["documents"])
            metas, vectors = [dict(m) for m in data["metadatas"]], data["embeddings"]
        corpus = [str(m.pop("tokens", "")).split() or tokens(t) for m, t in zip(metas, texts, strict=True)]
        snap = Snapshot.build(list(zip(ids, texts, metas, strict=True)), vectors, corpus)
        key = key or (self._server_key() if self.url else uuid.uuid4().hex[:16])
        root = self._snapshots
        snap.save(root / key, shipped_samples().frequencies)
        previous = Manifest.read(root)
        manifest = {"key": key, "embedder": self.embedder_name, "count": len(ids)}
        _write_json(root / CURRENT, manifest)
        _write_json(self.cache_dir() / "sources.json", {str(m.get("source")): is_reference(m) for m in metas})
        self.clear_dirty()
        # keep the previous folder for readers that are loading it right now
        keep = {key, previous.key if previous else ""}
        for old in root.iterdir():
            if old.is_dir() and old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)
        self._snapshot = snap
        return snap

    def mark_dirty(self) -> None:
        """Before a write: until the next refresh, the snapshot may be behind."""
        self._snapshots.mkdir(parents=True, exist_ok=True)
        (self._snapshots / "dirty").touch()
        self._snapshot = None

    def clear_dirty(self) -> None:
        (self._snapshots / "dirty").unlink(missing_ok=True)

    def reset(self) -> None:
        """Forget what was read: the index on disk was replaced."""
        self._client = self._snapshot = self._embedder_name = None

    def add(self, chunks: list[Chunk], vectors: list[Any]) -> None:
        from assistant.core.tokenize import tokens

        collection = self._writable_collection()
        step = max(1, int(self.client.get_max_batch_size()))
        for start in range(0, len(chunks), step):
            part = chunks[start : start + step]
            # chunks shipped with the package come with their tokens
            metadatas = [
                {"tokens": " ".join(tokens(c.text)), **c.metadata} if "tokens" not in c.metadata else c.metadata
                for c in part
            ]
            with self._failures():
                collection.add(
                    ids=[c.id for c in part],
                    documents=[c.text for c in part],
                    metadatas=metadatas,
                    embeddings=[list(map(float, v)) for v in vectors[start : start + step]],
                )

    def existing(self, sample: str) -> tuple[list[str], list[dict[str, Any]]]:
        collection = self._writable_collection()
        with self._failures():
            data = collection.get(where={"sample": sample}, include=["metadatas"])
        return list(data["ids"]), [dict(m) for m in data["metadatas"]]

    def delete(self, ids: list[str]) -> None:
        if ids:
            with self._failures():
                self._writable_collection().delete(ids=ids)

    def update_metadata(self, ids: list[str], metadatas: list[dict[str, Any]]) -> None:
        with self._failures():
            self._writable_collection().update(ids=ids, metadatas=metadatas)

    def all_metadata(self) -> tuple[list[str], list[dict[str, Any]]]:
        collection = self._collection()
        if collection is None:
            return [], []
        with self._failures():
            data = collection.get(include=["metadatas"])
        return list(data["ids"]), [dict(m) for m in data["metadatas"]]

    def take_collection(self, other: Index) -> None:
        """Put ``other``'s collection (on the same server) in place of this one, and its derived
        data with it: the old collection is renamed aside first and deleted last, so the server
        never lacks an index for more than the moment between two renames."""
        aside = f"{self.collection_name}_old_{os.getpid()}"
        with self._failures():
            old = self._collection()
            if old is not None:
                old.modify(name=aside)
            new = self.client.get_collection(other.collection_name, embedding_function=None)
            new.modify(name=self.collection_name)
            if old is not None:
                self.client.delete_collection(aside)
        target, source = self.cache_dir(), other.cache_dir()
        shutil.rmtree(target, ignore_errors=True)
        if source.exists():
            os.replace(source, target)
        self.reset()

    def drop_collection(self) -> None:
        collection = self._collection()
        if collection is not None:
            with self._failures():
                self.client.delete_collection(self.collection_name)
        self._embedder_name = None
        self._snapshot = None


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    os.replace(tmp, path)
