"""Extraction benchmark: items per second, and recall/precision on the test materials.

Speed is measured on the test materials (read + extract, repeated), on a larger made-up
office (a year's ledger of 2,000 rows and a chat log of 1,000 messages), and on made-up years of
1,000, 5,000 and 20,000 dated work items told in monthly reports, a chat log and a ledger, some
told twice and some twice with different figures (``--sizes``). Quality is the score against the
facts written by hand for each set of test materials (tests/extract_scoring.py).

    python bench/extract.py [--runs 5] [--samples] [--sizes 1000,5000,20000]

``--samples`` also places the items the vocabulary cannot by the nearest sections of the bundled
samples, as the command does (it builds an index in a temporary data directory first).
"""

from __future__ import annotations

import argparse
import csv
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


PLACES = [
    "社区广场",
    "1号楼",
    "幸福里小区",
    "文化活动室",
    "东门",
    "老年活动中心",
    "菜市场周边",
    "3号院",
    "党群服务中心",
    "西区",
]
TASKS = [
    "开展垃圾分类宣传，发放资料{a}份",
    "走访困难家庭{a}户，送去慰问金{b}元",
    "清理楼道堆物{a}处",
    "组织志愿者清扫小区，参与{a}人次",
    "开展义诊活动，服务居民{a}人次",
    "调解邻里纠纷{a}起",
    "巡查消防通道{a}处，整改隐患{b}处",
    "清运建筑垃圾{a}吨",
    "举办防诈骗讲座{a}场，参加{b}人",
    "入户登记流动人口{a}户",
    "张贴创卫宣传海报{a}张",
    "开展老年人体检，体检{a}人",
    "更换路灯{a}盏",
    "疏通下水道{a}处",
    "组织消防演练{a}次，参加居民{b}人",
]


def make_items(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """A year of ``n`` work items as offices write them (3月5日在社区广场开展垃圾分类宣传，发放资料120份):
    half in monthly reports, three tenths in a chat log, the rest in a ledger. One in five is an
    item told again elsewhere, one in twenty told again with another figure (a conflict)."""
    rng = random.Random(seed)
    told: list[tuple[int, int, str, str, int, int]] = []
    reports: dict[int, list[str]] = {}
    chat = ["甲社区工作群聊天记录"]
    ledger = [["日期", "工作内容", "地点"]]
    for i in range(n):
        roll = rng.random()
        if told and roll < 0.2:
            month, day, place, task, a, b = rng.choice(told)
        elif told and roll < 0.25:
            month, day, place, task, a, b = rng.choice(told)
            a += rng.randint(1, 9)
        else:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            place, task, a, b = rng.choice(PLACES), rng.choice(TASKS), rng.randint(1, 500), rng.randint(10, 3000)
        told.append((month, day, place, task, a, b))
        work = f"在{place}" + task.format(a=a, b=b)
        where = rng.random()
        if where < 0.5:
            reports.setdefault(month, []).append(f"{month}月{day}日{work}。")
        elif where < 0.8:
            chat += [f"网格员{i % 7} 2024/{month}/{day} 09:{i % 60:02d}", f"今天{work}👍"]
        else:
            ledger.append([f"2024-{month:02d}-{day:02d}", task.format(a=a, b=b), place])
    paths = []
    for month, lines in sorted(reports.items()):
        path = folder / f"2024年{month}月工作月报.md"
        path.write_text(f"# 甲社区2024年{month}月工作月报\n\n## 一、主要工作\n\n" + "\n".join(lines) + "\n", "utf-8")
        paths.append(path)
    paths.append(folder / "工作群.txt")
    paths[-1].write_text("\n".join(chat) + "\n", "utf-8")
    paths.append(folder / "2024年工作台账.csv")
    with paths[-1].open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ledger)
    return paths


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
    parser.add_argument("--sizes", default="1000,5000,20000", help="made-up work items, comma-separated")
    parser.add_argument("--folders", action="store_true", help="only the office folders' scores")
    args = parser.parse_args()
    if args.folders:
        folders()
        return
    print("| input | items | seconds (best) | items/s |")
    print("| --- | ---: | ---: | ---: |")
    items, seconds = rate([MATERIALS], args.runs)
    print(f"| test materials (5 files) | {items} | {seconds:.3f} | {items / seconds:,.0f} |")
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_office(Path(tmp), 2000, 1000)
        items, seconds = rate(paths, max(1, args.runs // 2))
        print(f"| ledger 2,000 rows + chat 1,000 messages | {items} | {seconds:.2f} | {items / seconds:,.0f} |")
    print()
    print("| made-up work items | items after merging | conflicts | read s | extract s | total s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in [int(n) for n in args.sizes.split(",") if n.strip()]:
        with tempfile.TemporaryDirectory() as tmp:
            paths = make_items(Path(tmp), size)
            started = time.perf_counter()
            materials, problems = read_materials(paths)
            read = time.perf_counter() - started
            result = extract(materials, problems)
            total = time.perf_counter() - started
            print(
                f"| {size:,} | {len(result.items):,} | {len(result.conflicts):,} | "
                f"{read:.2f} | {total - read:.2f} | {total:.2f} |"
            )
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
    folders()


def folders() -> None:
    """Each office folder of tests/data/folders against the list its writer made before the tool ran."""
    from tests.folder_scoring import FOLDERS, run_folder

    print()
    print(
        "| folder | work figures found | once | precision (wrong: kind) | conflicts | corrections "
        "| plans as work | 下月打算 as work | noise as items | not-figures counted | plans listed | 下月打算 kept | seconds |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for folder in sorted(p.parent for p in FOLDERS.glob("*/expected.yaml")):
        started = time.perf_counter()
        _, s = run_folder(folder.name)
        seconds = time.perf_counter() - started
        wrong = ", ".join(f"{k} {v}" for k, v in sorted(s.wrong.items())) or "none"
        print(
            f"| {folder.name} | {s.found}/{s.work_figures} | {s.once} | {s.precision:.0%} ({wrong}) "
            f"| {s.conflicts_named}/{s.conflicts} | {s.corrected}/{s.corrections} | {s.plans_as_work}/{s.plans} "
            f"| {s.next_month_as_work}/{s.next_month} | {s.noise_as_items}/{s.noise} "
            f"| {s.not_figures_counted}/{s.not_figures} | {s.listed['plans']}/{s.plans} "
            f"| {s.listed['next_month_plans']}/{s.next_month} | {seconds:.2f} |"
        )


if __name__ == "__main__":
    main()
