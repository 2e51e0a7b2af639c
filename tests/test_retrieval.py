"""Hybrid retrieval over the real index: both scripts, filters, provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.retrieval.index import Index
from assistant.retrieval.search import Retriever


@pytest.fixture
def retriever(index_copy: Path) -> Retriever:
    return Retriever(Index(index_copy))


def test_rodent_control_query_finds_pian2_or_pian3(retriever: Retriever) -> None:
    hits = retriever.search("投放鼠藥 滅鼠", k=3)
    assert any(h.sample in {"pian2", "pian3"} and ("鼠" in h.body) for h in hits)


def test_simplified_query_finds_traditional_problem_sections(retriever: Retriever) -> None:
    hits = retriever.search("存在的问题", k=5, role="problems")
    assert hits and all("problems" in (h.role, h.metadata.get("role2")) for h in hits)
    assert {h.sample for h in hits} >= {"er", "pian5"}


def test_both_scripts_find_the_same_chunks(retriever: Retriever) -> None:
    simplified = [h.id for h in retriever.search("下一阶段工作计划", k=5)]
    traditional = [h.id for h in retriever.search("下一階段工作計劃", k=5)]
    assert simplified == traditional


def test_filters_and_provenance(retriever: Retriever) -> None:
    hits = retriever.search("宣传", k=10, kind="物業")
    assert hits and {h.kind for h in hits} == {"物業"}
    for hit in hits:
        assert hit.sample == "pian4" and hit.heading and hit.text.startswith(hit.heading.split(" > ")[0])


@pytest.mark.parametrize("mode", ["bm25", "vector"])
def test_each_retriever_alone(retriever: Retriever, mode: str) -> None:
    hits = retriever.search("健康教育講座", k=3, mode=mode)
    assert hits and all(list(h.ranks) == [mode] for h in hits)


def test_hybrid_fuses_ranks(retriever: Retriever) -> None:
    hits = retriever.search("清理垃圾 衛生死角", k=5)
    assert any(set(h.ranks) == {"bm25", "vector"} for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_query_with_no_known_words(retriever: Retriever) -> None:
    assert retriever.search("qqzzkk", k=3, mode="bm25") == []
    assert len(retriever.search("qqzzkk", k=3)) == 3  # vectors always return neighbours


def test_an_offices_own_chunks_come_first_for_every_query(index_copy: Path) -> None:
    """With the samples and three offices' archives in the index, every query for one office
    returns that office's chunks first (when it has chunks of that part at all)."""
    from assistant.core.offices import unit_key
    from assistant.retrieval.index import Index
    from assistant.retrieval.ingest import ingest

    styles = Path(__file__).resolve().parent / "data" / "styles"
    offices = {
        "桂园社区": "01_shequ_huibao",
        "南湖街道社区卫生服务中心": "03_weisheng_zhongxin",
        "河西街道": "10_jiedao_anpai",
    }
    ingest(Index(index_copy), [next((styles / folder).glob("past.*")) for folder in offices.values()])
    retriever = Retriever(Index(index_copy))
    queries = ["宣传发动 发放资料", "环境整治 清理杂物", "存在的问题 不足", "下一步工作计划", "党建引领", "居民满意度"]
    for office in offices:
        key = unit_key(office)
        for query in queries:
            for role in (None, "work", "problems", "plans"):
                own = [h for h in retriever.search(query, k=30, role=role) if h.metadata.get("unit_key") == key]
                hits = retriever.search(query, k=5, role=role, prefer_unit=office)
                if own:
                    assert hits[0].metadata.get("unit_key") == key, (office, query, role)
                    assert [h.metadata.get("unit_key") for h in hits[: len(own)]] == [key] * min(len(own), 5)
    # without an office to prefer, the ranking is as before: the samples still answer
    first = retriever.search("投放鼠藥 滅鼠", k=3)[0]
    assert "鼠" in first.body and not first.metadata.get("unit_key")
