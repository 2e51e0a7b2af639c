"""Checker benchmark: how well it finds the parts of real texts, cold start of ``zongjie check``
on one draft, and throughput on 1,000.

Parts: precision and recall of each standard part over the hand-labelled texts in
tests/data/real/ (written unlike the samples: headless, one-line, news, fragments…) and the
seven samples' labels (tests/golden/section_labels.yaml). A part counts as found correctly when
it is present in the labels; its position is scored separately (same line, and within three
characters for a text on one line).

Cold start is a new process per run (as an editor or CI would call it), with and without a
sample index (with one, ``sample-leak`` reads the index's cache). Throughput is one process
checking 1,000 drafts, varied from the golden drafts.

    python bench/check.py [--runs 5] [--drafts 1000] [--parts-only]
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
sys.path.insert(0, str(REPO))
DRAFTS = sorted((REPO / "tests" / "golden" / "drafts").glob("*.md"))


Case = tuple[str, int, bool, dict[str, "tuple[int, int] | None"]]  # text, line offset, markdown, labels


def labelled_sets() -> dict[str, list[Case]]:
    """The hand-labelled texts: the corpus the checker was written against, the held-out one
    written afterwards by another hand, and the seven samples."""
    import yaml

    from assistant.io.readers import read_source
    from assistant.retrieval.corpus import bundled_sample_files
    from assistant.summary.layout import reads_as_markdown

    sets: dict[str, list[Case]] = {}
    for folder in (
        "real",
        "real_heldout",
        "real_heldout2",
        "real_heldout3",
        "real_heldout4",
        "real_heldout5",
        "real_heldout6",
        "real_heldout7",
        "real_heldout8",
        "real_heldout9",
        "real_heldout10",
        "real_heldout11",
        "real_heldout12",
        "real_heldout13",
        "real_heldout14",
        "real_heldout15",
        "real_heldout16",
        "real_heldout17",
        "real_heldout18",
        "real_heldout19",
        "real_heldout20",
        "real_heldout21",
        "real_heldout22",
    ):
        path = REPO / "tests" / "data" / folder
        cases: list[Case] = []
        for name, label in yaml.safe_load((path / "labels.yaml").read_text(encoding="utf-8")).items():
            text = (path / name).read_text(encoding="utf-8")
            where: dict[str, tuple[int, int] | None] = {}
            for part, value in label["parts"].items():
                if value is None:
                    where[part] = None
                else:
                    at = text.index(value["quote"])
                    where[part] = (text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1)
            cases.append((text, 0, name.endswith(".md") or reads_as_markdown(text), where))
        sets[f"tests/data/{folder}"] = cases
    samples = {p.stem.split("_", 1)[1]: p for p in bundled_sample_files()}
    golden = yaml.safe_load((REPO / "tests" / "golden" / "section_labels.yaml").read_text(encoding="utf-8"))
    sets["samples"] = [
        (src.text, src.line_offset, False, {p: (line, 0) if line else None for p, line in label.items()})
        for name, label in golden.items()
        for src in [read_source(samples[name])]
    ]
    return sets


def part_scores(cases: list[Case]) -> list[tuple[str, ...]]:
    """(part, precision, recall, located where labelled, absent parts wrongly found)."""
    from assistant.checking.check import check_text
    from assistant.checking.registry import Options
    from assistant.core.roles import PARTS

    tp = dict.fromkeys(PARTS, 0)
    fp = dict.fromkeys(PARTS, 0)
    fn = dict.fromkeys(PARTS, 0)
    located = dict.fromkeys(PARTS, 0)
    for text, offset, markdown, where in cases:
        report = check_text(text, "x", offset, Options(disabled={"sample-leak"}), markdown=markdown)
        for part in PARTS:
            found, want = report.sections[part], where[part]
            if want is None:
                fp[part] += found.found
                continue
            if not found.found:
                fn[part] += 1
                continue
            tp[part] += 1
            line, col = want
            located[part] += found.line == line and (col == 0 or abs(found.col - col) <= 3)
    rows = []
    for part in PARTS:
        precision = tp[part] / (tp[part] + fp[part]) if tp[part] + fp[part] else 1.0
        recall = tp[part] / (tp[part] + fn[part]) if tp[part] + fn[part] else 1.0
        rows.append((part, f"{precision:.2f}", f"{recall:.2f}", f"{located[part]}/{tp[part]}", str(fp[part])))
    return rows


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
    parser.add_argument("--parts-only", action="store_true", help="only the precision/recall table")
    args = parser.parse_args()

    from rich.console import Console
    from rich.table import Table

    for name, cases in labelled_sets().items():
        parts = Table(title=f"parts found: {name} ({len(cases)} texts)")
        for column in ("part", "precision", "recall", "located where labelled", "absent but found"):
            parts.add_column(column, justify="right")
        for row in part_scores(cases):
            parts.add_row(*row)
        Console(width=120).print(parts)
    if args.parts_only:
        return

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
