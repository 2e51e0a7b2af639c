"""Drafting benchmark: cold start of ``zongjie draft --facts`` on each example, index present.

Each run is a new process (as a user runs it), writing a .docx. The split comes from the
draft's own ``timings`` (retrieval, writing, export); start-up is the rest of the wall time
(interpreter, imports, reading the facts, printing).

``--quality`` drafts 200 generated facts files (tests/generated.py: 1 to 12 categories from the
vocabulary and made up, items with figures in every notation) and prints, per draft, repeated
sentences, repeated heading patterns and practice words the facts lack (all must be 0), and the
share of work sections written as prose rather than 一是… lists.

    python bench/draft.py [--runs 5]
    python bench/draft.py --quality [--drafts 200]
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


def quality(n: int) -> None:
    import datetime as dt
    import random

    from rich.console import Console
    from rich.table import Table

    sys.path.insert(0, str(REPO))
    from assistant.check import Options, check_document
    from assistant.draft import make_draft
    from assistant.facts import facts_from_data
    from assistant.script import to_simplified
    from assistant.template_writer import phrases
    from tests.generated import facts_data

    practices = [to_simplified(w) for w in phrases()["practices"]["words"]]
    totals = {"repeated sentences": 0, "repeated heading patterns": 0, "practice words not in the facts": 0}
    worst = dict.fromkeys(totals, 0)
    prose = lists = sections = 0
    started = time.perf_counter()
    for seed in range(n):
        facts = facts_from_data(facts_data(random.Random(seed)), f"generated {seed}")
        draft = make_draft(facts, None, today=dt.date(2026, 11, 29))
        findings = check_document(draft.document(), "d", Options(facts_text=draft.allowed_text())).findings
        text, facts_text = to_simplified(draft.text()), to_simplified(facts.all_text())
        counts = {
            "repeated sentences": sum(f.rule == "duplicate-sentence" for f in findings),
            "repeated heading patterns": sum(f.rule == "heading-pattern" for f in findings),
            "practice words not in the facts": sum(w in text and w not in facts_text for w in practices),
        }
        for key, value in counts.items():
            totals[key] += value
            worst[key] = max(worst[key], value)
        for section in draft.sections:
            if section.key.startswith("work:"):
                sections += 1
                lists += "一是" in section.text
                prose += "一是" not in section.text
    seconds = time.perf_counter() - started
    table = Table(title=f"draft quality over {n} generated facts files ({seconds:.1f} s, {n / seconds:.0f} drafts/s)")
    for column in ("measure", "total", "worst draft"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for key in totals:
        table.add_row(key, str(totals[key]), str(worst[key]))
    table.add_row("work sections written as prose", f"{prose} of {sections} ({100 * prose / sections:.0f} %)", "")
    table.add_row("work sections written as 一是… lists", f"{lists} of {sections}", "")
    Console(width=120).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quality", action="store_true", help="quality table over generated facts (no index)")
    parser.add_argument("--drafts", type=int, default=200)
    args = parser.parse_args()
    if args.quality:
        quality(args.drafts)
        return

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
