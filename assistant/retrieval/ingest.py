"""Writing files into the index: chunk, embed in batches (or take the vectors the package ships
for the bundled samples), store each file in one go; and rebuilding an index with every source
it held.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.config import DEFAULT_EMBEDDER
from assistant.core.errors import ExitCode, InputError, ZongjieError
from assistant.core.progress import Progress
from assistant.retrieval.corpus import Chunk, bundled_sample_files, chunk_sample, iter_files, load_sample, source_exists
from assistant.retrieval.index import COLLECTION, Index, is_reference
from assistant.retrieval.shipped import shipped_samples, shipped_vectors


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
    embedded: int = 0  # chunks sent to the embedder (the rest came with the package or were unchanged)

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


class IngestInterrupted(ZongjieError):
    """Ctrl-C during an ingest: the files finished so far are kept."""

    exit_code = ExitCode.INTERRUPTED

    def __init__(self, report: IngestReport) -> None:
        done = sum(1 for f in report.files if f.status != "error")
        super().__init__(
            f"已中斷：已完成的 {done} 個文件已保存在索引中",
            hint="再次運行同一條命令會跳過已完成的文件，從中斷處繼續",
        )
        self.report = report


IngestSource = tuple[Path | InputError, bool]  # a file (or why there is none) and whether it is a reference


class Ingest:
    def __init__(self, index: Index, progress: Progress | None = None) -> None:
        self.index = index
        self.progress = progress
        self.report = IngestReport()
        self._embedder: Any = None
        self._processed = 0  # chunks embedded or taken from the package so far, for the rate shown
        self._started = time.perf_counter()
        self._label = ""
        self._done = self._total = 0

    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from assistant.retrieval.embeddings import get_embedder

            self._embedder = get_embedder(self.index.embedder_name)
        return self._embedder

    def _tick(self) -> None:
        if self.progress:
            rate = self._processed / max(1e-6, time.perf_counter() - self._started)
            label = f"{self._label}  {rate:.1f} 片段/秒" if self._processed else self._label
            self.progress(label, self._done, self._total)

    def run(self, items: list[IngestSource], prune: bool = False, carried: Iterable[Chunk] = ()) -> IngestReport:
        """Store every file (and ``carried`` chunks, whose files are gone); Ctrl-C keeps what is done."""
        index = self.index
        index.mark_dirty()
        self._total = len(items)
        changed = interrupted = False
        try:
            for item, reference in items:
                self._label = item.name if isinstance(item, Path) else ""
                self._tick()
                if isinstance(item, InputError):
                    self.report.files.append(FileResult(path="", status="error", message=item.message))
                else:
                    result = self._file(item, reference)
                    self.report.files.append(result)
                    changed = changed or result.status in ("added", "updated")
                self._done += 1
            carried = list(carried)
            if carried:
                self._store(carried, [])
                changed = True
            if prune:
                self.report.pruned = self._prune()
                changed = changed or bool(self.report.pruned)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            if changed or interrupted or index.manifest() is None:
                index.refresh()
            else:
                index.clear_dirty()
        self.report.seconds = time.perf_counter() - self._started
        if interrupted:
            raise IngestInterrupted(self.report)
        return self.report

    def _file(self, path: Path, reference: bool) -> FileResult:
        result = FileResult(path=str(path))
        try:
            sample = load_sample(path)
        except InputError as exc:
            result.status, result.message = "error", exc.message
            return result
        result.sample = sample.id
        reference = reference or sample.source.startswith("samples/")
        old_ids, old_metas = self.index.existing(sample.id)
        old = dict(zip(old_ids, old_metas, strict=True))
        if old and all(m.get("digest") == sample.digest for m in old_metas):
            # same text, same chunks: skip chunking and entity extraction altogether
            result.status, result.unchanged = "unchanged", len(old)
            office = sample.office_metadata()
            flip = [cid for cid, m in old.items() if is_reference(m) != reference or _lacks(m, office)]
            if flip:  # a reference flag changed, or an index from before offices were recorded
                made = {c.id: c.metadata for c in chunk_sample(sample)} if office else {}
                metas = [dict(old[cid], **office, **_style_of(made.get(cid, {})), reference=reference) for cid in flip]
                self.index.update_metadata(flip, metas)
                result.status = "updated"
            return result
        bundled = sample.source.startswith("samples/")
        chunks = (bundled and shipped_samples().for_sample(sample.digest)) or chunk_sample(sample)
        for chunk in chunks:
            chunk.metadata["reference"] = reference
        fresh = [c for c in chunks if c.id not in old]
        stale = sorted(set(old) - {c.id for c in chunks})
        # the new chunks go in before the stale ones go: an interruption in between leaves the
        # file's digests mixed, and the next run finishes the job
        self._store(fresh, stale)
        kept = [c for c in chunks if c.id in old and is_reference(old[c.id]) != reference]
        if kept:
            self.index.update_metadata([c.id for c in kept], [dict(old[c.id], reference=reference) for c in kept])
        result.added, result.removed, result.unchanged = len(fresh), len(stale), len(chunks) - len(fresh)
        result.status = "unchanged" if not fresh and not stale else ("updated" if old else "added")
        return result

    def _store(self, chunks: list[Chunk], stale: list[str]) -> None:
        self.index.add(chunks, self._vectors(chunks))
        self.index.delete(stale)

    def _vectors(self, chunks: list[Chunk]) -> list[Any]:
        shipped = shipped_vectors(self.index.embedder_name)
        vectors: list[Any] = [shipped.get(c.id) for c in chunks]
        todo = [i for i, v in enumerate(vectors) if v is None]
        self._processed += len(chunks) - len(todo)
        step = int(getattr(self.embedder, "batch_size", 32)) if todo else 1
        for start in range(0, len(todo), step):
            batch = todo[start : start + step]
            for i, vector in zip(batch, self.embedder.embed_documents([chunks[i].text for i in batch]), strict=True):
                vectors[i] = vector
            self.report.embedded += len(batch)
            self._processed += len(batch)
            self._tick()
        return vectors

    def _prune(self) -> int:
        ids, metas = self.index.all_metadata()
        gone = [cid for cid, meta in zip(ids, metas, strict=True) if not source_exists(str(meta.get("source", "")))]
        self.index.delete(gone)
        return len(gone)


def _lacks(meta: dict[str, Any], office: dict[str, Any]) -> bool:
    return bool(office) and any(meta.get(k) != v for k, v in office.items())


def _style_of(meta: dict[str, Any]) -> dict[str, Any]:
    return {"style": meta["style"]} if "style" in meta else {}


def ingest_items(paths: Iterable[Path], reference: bool) -> list[IngestSource]:
    return [(item, reference) for item in iter_files(paths)]


def ingest(
    index: Index,
    paths: Iterable[Path],
    prune: bool = False,
    progress: Progress | None = None,
    reference: bool = False,
) -> IngestReport:
    """Add files to the index (``reference``: as reference samples for the copying check)."""
    with index.locked(exclusive=True):
        return Ingest(index, progress).run(ingest_items(paths, reference), prune=prune)


def ensure_built(index: Index, progress: Progress | None = None) -> IngestReport | None:
    """Build the index from the bundled samples when it is empty (first use)."""
    if index.count() > 0:
        return None
    with index.locked(exclusive=True):
        if index.count() > 0:  # another process built it while we waited
            return None
        return ingest(index, bundled_sample_files(), progress=progress)


def rebuild(index: Index, extra: list[Path], reference: bool, progress: Progress | None = None) -> IngestReport:
    """Build the index afresh with the requested embedder, from every source it held.

    The new embedder is loaded before anything is touched; a local index is built in a folder
    beside the old one and swapped in only when complete, so a failure or Ctrl-C leaves the
    old index as it was, and a damaged one is replaced without being opened.
    """
    from assistant.retrieval.embeddings import get_embedder

    name = index.requested_embedder or DEFAULT_EMBEDDER
    try:
        get_embedder(name)  # a missing extra or model fails here, before anything is touched
    except InputError as exc:
        raise InputError(f"{exc.message}（索引沒有改動）", hint=exc.hint) from exc
    sources = index.sources()
    old_docs: list[tuple[str, str, dict[str, Any]]] = []
    with contextlib.suppress(ZongjieError):  # unreadable: the recorded sources are all we have
        old_docs = index.snapshot().docs
    for _cid, _text, meta in old_docs:
        sources.setdefault(str(meta.get("source", "")), is_reference(meta))
    items: list[IngestSource] = [(p, True) for p in bundled_sample_files()]
    gone: set[str] = set()
    for source, ref in sorted(sources.items()):
        if not source or source.startswith("samples/"):
            continue
        if source_exists(source):
            items.append((Path(source), ref))
        else:
            gone.add(source)
    items += ingest_items(extra, reference)
    # chunks whose files are gone are re-embedded from the text the index kept
    carried = [Chunk(cid, text, dict(meta)) for cid, text, meta in old_docs if meta.get("source") in gone]

    if index.url:  # built in a collection of its own on the server, then put in place
        new = Index(url=index.url, embedder=name, collection=f"{COLLECTION}_rebuild_{os.getpid()}")
        new.drop_collection()  # what an earlier rebuild of this process id left
        try:
            report = Ingest(new, progress).run(items, carried=carried)
        except IngestInterrupted as exc:
            _discard(new)
            stop = ZongjieError("已中斷：重建沒有完成，服務器上原來的索引沒有改動")
            stop.exit_code = exc.exit_code
            raise stop from exc
        except BaseException:
            _discard(new)
            raise
        index.take_collection(new)
        index.requested_embedder = name
        return report

    with index.locked(exclusive=True):
        fresh = index.path.with_name(f"{index.path.name}.rebuild-{os.getpid()}")
        shutil.rmtree(fresh, ignore_errors=True)
        new = Index(fresh, embedder=name)
        new._held = True  # we hold the lock of the index it replaces
        try:
            report = Ingest(new, progress).run(items, carried=carried)
        except IngestInterrupted as exc:
            shutil.rmtree(fresh, ignore_errors=True)
            stop = ZongjieError("已中斷：重建沒有完成，原來的索引沒有改動")
            stop.exit_code = exc.exit_code  # 130, as for any Ctrl-C
            raise stop from exc
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        _release_chroma()
        old = index.path.with_name(f"{index.path.name}.old-{os.getpid()}")
        if index.path.exists():
            os.replace(index.path, old)
        os.replace(fresh, index.path)
        shutil.rmtree(old, ignore_errors=True)
        index.reset()
    return report


def _discard(index: Index) -> None:
    """A rebuild's own collection and derived data, gone; a failure here hides no earlier one."""
    with contextlib.suppress(Exception):
        index.drop_collection()
    shutil.rmtree(index.cache_dir(), ignore_errors=True)


def _release_chroma() -> None:
    """chromadb keeps one system per path in the process; a rebuilt path must be opened anew."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
