"""Retrieval benchmark: ingest throughput and query latency.

Corpora: the bundled samples, and synthetic corpora of about 1,000 and 10,000 chunks made by
recombining the samples' sentences (figures changed) into summaries of the same shape.
Ingest: the whole pipeline into Chroma (parse, chunk, tokenise, embed, store, write the
snapshot that searches read); for the samples the package's shipped vectors replace embedding.
BM25 alone: tokenise + build the keyword table. Queries: each text is new to the query cache
(so vector and hybrid include embedding the query), and hybrid again with cached vectors.

    python bench/retrieval.py                   # all corpora (10,000 chunks takes a while)
    python bench/retrieval.py --sizes samples,1000
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = [
    "投放鼠藥 滅鼠",
    "存在的问题",
    "下一步工作计划",
    "宣传发动 发放资料",
    "健康教育讲座",
    "清理卫生死角",
    "志愿者义务劳动",
    "组织领导 领导小组",
    "门前三包 责任制",
    "病媒生物防制 培训",
    "垃圾清运 吨",
    "居民环境卫生意识",
]


def synthetic_corpus(folder: Path, chunks_wanted: int, seed: int = 7) -> int:
    """Write summaries built from the samples' sentences until about ``chunks_wanted`` chunks."""
    from assistant.retrieval.corpus import bundled_sample_files, chunk_sample, load_sample, split_sentences

    rng = random.Random(seed)
    sentences: list[str] = []
    for path in bundled_sample_files():
        for chunk in chunk_sample(load_sample(path)):
            sentences.extend(s for s in split_sentences(chunk.text.split("\n", 1)[-1]) if len(s) > 8)
    headings = ["加強組織領導", "廣泛宣傳發動", "環境衛生整治", "病媒生物防制", "健康教育", "志願服務"]
    made = n = 0
    while made < chunks_wanted:
        n += 1
        parts = [f"測試{n}號社區工作總結", "", _mutate(rng.choice(sentences), rng) + "現將工作總結如下：", ""]
        for i, heading in enumerate(rng.sample(headings, 4)):
            parts += [f"{'一二三四'[i]}、{heading}", ""]
            parts += ["".join(_mutate(rng.choice(sentences), rng) for _ in range(rng.randint(2, 5))), ""]
        parts += ["五、存在的問題", "", _mutate(rng.choice(sentences), rng), "", "六、下一步計劃", ""]
        parts += [_mutate(rng.choice(sentences), rng), ""]
        path = folder / f"synthetic_{n:05d}.txt"
        path.write_text("\n".join(parts), encoding="utf-8")
        made += len(chunk_sample(load_sample(path)))
    return made


def _mutate(sentence: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 9999)), sentence)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def bench_corpus(label: str, files: list[Path], repeats: int) -> list[tuple[str, ...]]:
    import numpy as np

    from assistant.core.tokenize import tokens
    from assistant.retrieval.corpus import chunk_sample, load_sample
    from assistant.retrieval.index import Index
    from assistant.retrieval.ingest import ingest
    from assistant.retrieval.search import Retriever
    from assistant.retrieval.snapshot import Snapshot

    rows: list[tuple[str, ...]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ZONGJIE_HOME"] = tmp
        chunks = [c for f in files for c in chunk_sample(load_sample(f))]
        chars = sum(len(c.text) for c in chunks)

        # BM25 alone: tokenise every chunk and build the keyword table
        started = time.perf_counter()
        corpus = [tokens(c.text) for c in chunks]
        Snapshot.build([(c.id, c.text, c.metadata) for c in chunks], np.zeros((len(chunks), 1)), corpus)
        bm25_ingest = time.perf_counter() - started

        # e5-small: the whole ingest pipeline into a persistent Chroma
        index = Index(Path(tmp) / "index")
        started = time.perf_counter()
        ingest(index, files)
        e5_ingest = time.perf_counter() - started

        r = Retriever(index)
        r.search(QUERIES[0], k=5)  # warm: model load, snapshot load
        latencies: dict[str, list[float]] = {"vector": [], "bm25": [], "hybrid": [], "cached": []}
        for n in range(repeats):
            for q in QUERIES:
                for mode in ("vector", "bm25", "hybrid"):
                    t = time.perf_counter()
                    r.search(f"{q} {n}{mode}", k=5, mode=mode)  # a text the query cache has not seen
                    latencies[mode].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                r.search(f"{q} {n}hybrid", k=5)
                latencies["cached"].append((time.perf_counter() - t) * 1000)
        n = len(chunks)
        for name, seconds, mode in (("e5-small", e5_ingest, "vector"), ("BM25 alone", bm25_ingest, "bm25")):
            p50, p95 = _percentiles(latencies[mode])
            rows.append(
                (label, str(n), name, f"{n / seconds:,.1f}", f"{chars / seconds:,.0f}", f"{p50:.1f}", f"{p95:.1f}")
            )
        for name, mode in (("hybrid (RRF)", "hybrid"), ("hybrid, cached query vector", "cached")):
            p50, p95 = _percentiles(latencies[mode])
            rows.append((label, str(n), name, "-", "-", f"{p50:.1f}", f"{p95:.1f}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="samples,1000,10000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    from assistant.retrieval.corpus import bundled_sample_files

    rows: list[tuple[str, ...]] = []
    for size in args.sizes.split(","):
        if size == "samples":
            rows += bench_corpus("samples", bundled_sample_files(), args.repeats)
            continue
        with tempfile.TemporaryDirectory() as folder:
            synthetic_corpus(Path(folder), int(size))
            files = sorted(Path(folder).glob("*.txt"))
            rows += bench_corpus(f"synthetic {size}", files, args.repeats)
        print(f"done: {size}", file=sys.stderr)

    load = os.getloadavg()[0]
    table = Table(title=f"Retrieval benchmark ({os.cpu_count()} cores, load average {load:.2f} at the end)")
    for col in ("corpus", "chunks", "retriever", "ingest chunks/s", "ingest chars/s", "query p50 ms", "query p95 ms"):
        table.add_column(col, justify="right" if col not in ("corpus", "retriever") else "left")
    for row in rows:
        table.add_row(*row)
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
