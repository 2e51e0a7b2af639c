"""Drafting benchmark: cold start of ``zongjie draft --facts`` on each example, index present.

Each run is a new process (as a user runs it), writing a .docx. The split comes from the
draft's own ``timings`` (retrieval, writing, export); start-up is the rest of the wall time
(interpreter, imports, reading the facts, printing).

    python bench/draft.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((REPO / "examples" / "facts").iterdir())


def run_once(facts: Path, env: dict[str, str], out: Path) -> dict[str, float]:
    out.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", "draft", "--facts", str(facts), "-o", str(out), "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    wall = time.perf_counter() - started
    timings = json.loads(proc.stdout)["timings"]
    inside = sum(timings.values())
    return {"wall": wall, "startup": wall - inside, **timings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, ZONGJIE_HOME=home)
        subprocess.run(
            [sys.executable, "-m", "assistant", "ingest", "--json"], env=env, check=True, capture_output=True
        )
        table = Table(title=f"zongjie draft, cold start, index present (median of {args.runs}, {os.cpu_count()} cores)")
        for column in ("facts", "wall s", "start-up s", "retrieval s", "writing s", "check s", "export s"):
            table.add_column(column, justify="left" if column == "facts" else "right")
        walls = []
        for facts in EXAMPLES:
            # the first run also builds the BM25 cache: measured apart from the cold starts
            run_once(facts, env, Path(home) / "warm.docx")
            runs = [run_once(facts, env, Path(home) / "out.docx") for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            walls.append(med["wall"])
            table.add_row(
                facts.name,
                f"{med['wall']:.2f}",
                f"{med['startup']:.2f}",
                f"{med['retrieval']:.2f}",
                f"{med['writing']:.3f}",
                f"{med['check']:.3f}",
                f"{med['export']:.3f}",
            )
        Console(width=120).print(table)
        print(f"aim: under 3 s end to end; worst median here {max(walls):.2f} s")


if __name__ == "__main__":
    main()
