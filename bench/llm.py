"""LLM benchmark: the in-process llama.cpp backend on the tiny Gemma 3 270M GGUF.

Reports tokens per second and time to first token of generation, and the pipeline's own cost
(retrieval, validation, assembly, the final check) as a share of the generation time.

``--recorded`` needs no model: it runs the shared validation rules on the recorded answers in
tests/data/llm_answers/ (written as a capable model would answer the project's prompts, clean
and with typical faults) and prints how many clean ones are accepted and faulty ones rejected.

    python bench/llm.py [--facts examples/facts/jiedao_simplified.json] [--max-tokens 64] [--runs 2]
    python bench/llm.py --recorded
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def one_run(facts_path: Path, retriever: Any, backend: Any) -> dict[str, float]:
    from assistant.drafting.draft import make_draft, target_script
    from assistant.drafting.llm_writer import LLMSectionWriter
    from assistant.drafting.pipeline import check_draft
    from assistant.facts.model import load_facts

    facts = load_facts(facts_path)
    writers: list[LLMSectionWriter] = []

    def factory(f: Any, outline: Any, template: Any) -> LLMSectionWriter:
        writer = LLMSectionWriter(
            f,
            backend,
            template=template,
            script=target_script(f, "auto"),
            leaks=retriever.leaks,
        )
        writers.append(writer)
        return writer

    result = make_draft(facts, retriever.search, writer=factory)
    check_draft(result, retriever)
    stats = writers[0].stats
    assembly = result.timings["writing"] - stats.generation - stats.validation
    return {
        "tokens": stats.tokens,
        "generation": stats.generation,
        "tokens_per_s": stats.tokens / stats.generation if stats.generation else 0.0,
        "ttft": statistics.median(stats.first_token) if stats.first_token else float("nan"),
        "attempts": stats.attempts,
        "retrieval": result.timings["retrieval"],
        "validation": stats.validation,
        "assembly": assembly,
        "check": result.timings["check"],
        "llm_sections": sum(1 for s in result.sections if s.writer == "llm"),
    }


def recorded() -> None:
    """Acceptance of clean and rejection of faulty recorded answers, by fault."""
    import yaml
    from rich.console import Console
    from rich.table import Table

    from tests.test_llm_answers import ANSWERS, _validate

    tally: dict[str, list[int]] = {}
    started = time.perf_counter()
    for path in ANSWERS:
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        reasons = _validate(record)
        kind = "clean" if record["expect"] == "accept" else record["fault"]
        ok = not reasons if record["expect"] == "accept" else bool(reasons)
        tally.setdefault(kind, [0, 0])
        tally[kind][0] += ok
        tally[kind][1] += 1
    seconds = time.perf_counter() - started
    table = Table(title=f"recorded answers: {len(ANSWERS)} in {seconds:.2f} s")
    table.add_column("answers")
    table.add_column("handled as expected", justify="right")
    table.add_column("rate", justify="right")
    for kind, (ok, n) in tally.items():
        what = "clean, accepted" if kind == "clean" else f"{kind}, rejected"
        table.add_row(what, f"{ok}/{n}", f"{100 * ok / n:.0f} %")
    Console(width=120).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=Path, default=REPO / "examples" / "facts" / "jiedao_simplified.json")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--recorded", action="store_true", help="rates on the recorded answers (no model)")
    args = parser.parse_args()
    if args.recorded:
        recorded()
        return

    from rich.console import Console
    from rich.table import Table

    with tempfile.TemporaryDirectory() as home:
        os.environ["ZONGJIE_HOME"] = home
        os.environ["ZONGJIE_MAX_TOKENS"] = str(args.max_tokens)
        from assistant.backends.llm import LLMSpec, make_backend
        from assistant.retrieval.index import Index
        from assistant.retrieval.ingest import ensure_built
        from assistant.retrieval.search import Retriever

        index = Index()
        ensure_built(index)
        retriever = Retriever(index)
        retriever.search("开头", k=1)  # warm: embedder and BM25 loaded outside the timings
        started = time.perf_counter()
        backend = make_backend(LLMSpec("llamacpp", "gemma3-270m"))
        load = time.perf_counter() - started
        runs = [one_run(args.facts, retriever, backend) for _ in range(args.runs)]

    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    own = med["retrieval"] + med["validation"] + med["assembly"] + med["check"]
    table = Table(
        title=f"llama.cpp in process, Gemma 3 270M Q4_K_M, max {args.max_tokens} tokens/answer ({os.cpu_count()} cores, median of {args.runs})"
    )
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("model load (s, first use)", f"{load:.2f}"),
        ("model calls per draft", f"{med['attempts']:.0f}"),
        ("tokens generated per draft", f"{med['tokens']:.0f}"),
        ("generation time (s)", f"{med['generation']:.2f}"),
        ("tokens per second", f"{med['tokens_per_s']:.1f}"),
        ("time to first token (s, median per call)", f"{med['ttft']:.2f}"),
        ("retrieval (s)", f"{med['retrieval']:.3f}"),
        ("validation (s)", f"{med['validation']:.3f}"),
        ("assembly: prompts, template, conversion (s)", f"{med['assembly']:.3f}"),
        ("final check (s)", f"{med['check']:.3f}"),
        ("pipeline's own cost / generation time", f"{100 * own / med['generation']:.1f} %"),
        ("sections accepted from the model", f"{med['llm_sections']:.0f}"),
    ]
    for row in rows:
        table.add_row(*row)
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
