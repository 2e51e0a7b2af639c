"""Checker benchmark: cold start of ``zongjie check`` on one draft, and throughput on 1,000.

Cold start is a new process per run (as an editor or CI would call it), with and without a
sample index (with one, ``sample-leak`` reads the index's cache). Throughput is one process
checking 1,000 drafts, varied from the golden drafts.

    python bench/check.py [--runs 5] [--drafts 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DRAFTS = sorted((REPO / "tests" / "golden" / "drafts").glob("*.md"))


def _time(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, capture_output=True, check=False)
    return time.perf_counter() - started


def make_drafts(folder: Path, n: int) -> list[Path]:
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in DRAFTS]
    paths = []
    for i in range(n):
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 5000)), rng.choice(texts))
        path = folder / f"draft_{i:04d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--drafts", type=int, default=1000)
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    cmd = [sys.executable, "-m", "assistant", "check", "--format", "json"]
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, ZONGJIE_HOME=home)
        one = str(DRAFTS[0])
        no_index = [_time([*cmd, one], env) for _ in range(args.runs)]
        rows.append(("cold start, one draft, no index (s, median)", f"{statistics.median(no_index):.2f}"))
        subprocess.run(
            [sys.executable, "-m", "assistant", "ingest", "--json"], env=env, check=True, capture_output=True
        )
        with_index = [_time([*cmd, one], env) for _ in range(args.runs)]
        rows.append(("cold start, one draft, with index (s, median)", f"{statistics.median(with_index):.2f}"))
        help_runs = [_time([sys.executable, "-m", "assistant", "--help"], env) for _ in range(args.runs)]
        rows.append(("zongjie --help (s, median)", f"{statistics.median(help_runs):.2f}"))

        paths = make_drafts(Path(folder), args.drafts)
        for label, extra in (("no index", ["--disable", "sample-leak"]), ("with index", [])):
            seconds = _time([*cmd, *extra, *map(str, paths)], env)
            rows.append((f"{args.drafts} drafts in one process, {label} (drafts/s)", f"{args.drafts / seconds:.0f}"))

    table = Table(title=f"zongjie check ({os.cpu_count()} cores)")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for row in rows:
        table.add_row(*row)
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
