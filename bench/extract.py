"""Extraction benchmark: items per second, and recall/precision on the test materials.

Speed is measured on the test materials (read + extract, repeated) and on a larger made-up
office: a year's ledger of 2,000 rows and a chat log of 1,000 messages. Quality is the score
against the facts written by hand for each set of test materials (tests/extract_scoring.py).

    python bench/extract.py [--runs 5] [--samples]

``--samples`` also places the items the vocabulary cannot by the nearest sections of the bundled
samples, as the command does (it builds an index in a temporary data directory first).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from assistant.core.config import Settings  # noqa: E402
from assistant.extract.materials import read_materials  # noqa: E402
from assistant.extract.reconcile import Nearest, extract, nearest_in_samples  # noqa: E402
from tests.extract_scoring import MATERIALS, score  # noqa: E402

ACTIVITIES = [
    "清运垃圾",
    "发放宣传资料",
    "走访困难家庭",
    "巡查消防通道",
    "修剪绿化带",
    "调解纠纷",
    "开展义诊",
    "入户宣传垃圾分类",
]
UNITS = ["吨", "份", "户", "处", "平方米", "人次", "场", "户"]


def make_office(folder: Path, rows: int, messages: int) -> list[Path]:
    import openpyxl

    rng = random.Random(7)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["甲社区2024年工作台账"])
    sheet.append(["日期", "工作类别", "工作内容", "地点", "数量", "单位"])
    for _ in range(rows):
        n = rng.randrange(len(ACTIVITIES))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sheet.append([day, "", ACTIVITIES[n], f"{rng.randint(1, 9)}号楼", rng.randint(1, 3000), UNITS[n]])
    ledger = folder / "台账.xlsx"
    book.save(ledger)
    lines = ["甲社区工作群聊天记录"]
    for i in range(messages):
        n = rng.randrange(len(ACTIVITIES))
        lines += [f"网格员{i % 7} 2024/{rng.randint(1, 12)}/{rng.randint(1, 28)} 09:{i % 60:02d}"]
        lines += [rng.choice(["收到👍", f"今天{ACTIVITIES[n]}{rng.randint(1, 500)}{UNITS[n]}😊", "辛苦了"])]
    notes = folder / "群聊.txt"
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [ledger, notes]


def rate(paths: list[Path], runs: int) -> tuple[int, float]:
    best = float("inf")
    items = 0
    for _ in range(runs):
        started = time.perf_counter()
        materials, problems = read_materials(paths)
        result = extract(materials, problems)
        best = min(best, time.perf_counter() - started)
        items = len(result.items) + sum(len(c.items) for c in result.conflicts)
    return items, best


def samples_nearest() -> Nearest:
    os.environ["ZONGJIE_HOME"] = tempfile.mkdtemp(prefix="zongjie-bench-")
    from assistant.cli.ui import ScreenReporter
    from assistant.drafting.pipeline import open_retriever

    return nearest_in_samples(open_retriever(Settings.resolve(), ScreenReporter(enabled=False)).search)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", action="store_true", help="place unknown items by the samples' index")
    args = parser.parse_args()
    print("| input | items | seconds (best) | items/s |")
    print("| --- | ---: | ---: | ---: |")
    items, seconds = rate([MATERIALS], args.runs)
    print(f"| test materials (5 files) | {items} | {seconds:.3f} | {items / seconds:,.0f} |")
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_office(Path(tmp), 2000, 1000)
        items, seconds = rate(paths, max(1, args.runs // 2))
        print(f"| ledger 2,000 rows + chat 1,000 messages | {items} | {seconds:.2f} | {items / seconds:,.0f} |")
    print()
    print("| set | figure recall | figure precision | item recall | item precision | category agreement | untraced |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    sets = [
        ("all materials", [MATERIALS], "expected_all.yaml", "expected_all_conflicts.yaml"),
        ("ledger alone", sorted(MATERIALS.glob("*.xlsx")), "expected_ledger.yaml", None),
        ("notes alone", sorted(MATERIALS.glob("*.txt")), "expected_notes.yaml", None),
    ]
    nearest = samples_nearest() if args.samples else None
    for name, paths, expected, conflicts in sets:
        materials, problems = read_materials(paths)
        result = extract(materials, problems, nearest=nearest)
        s = score(result, MATERIALS / expected, MATERIALS / conflicts if conflicts else None)
        print(
            f"| {name} | {s.figure_recall:.0%} | {s.figure_precision:.0%} | {s.item_recall:.0%} | "
            f"{s.item_precision:.0%} | {s.category_agreement:.0%} | {len(s.untraced)} |"
        )


if __name__ == "__main__":
    main()
