"""Drafting benchmark: cold ``zongjie draft --facts`` on each example, as a user runs it.

For each example facts file, each run a new process writing a .docx:

- quiet: the index present, nothing else running (from this script; the machine may be shared);
- busy: the same, beside a CPU-bound process pinned to one core;
- first use: an empty data dir, so the index is built from the bundled samples first.

``zongjie check`` on a draft (cold, index present) is timed too, for the ratio the issue asks
for (a draft at most twice a check). The load average is printed with the figures.

``--quality`` drafts 200 generated facts files (tests/generated.py: 1 to 12 categories from the
vocabulary and made up, items with figures in every notation) and prints, per draft, repeated
sentences, repeated heading patterns and practice words the facts lack (all must be 0), and the
share of work sections written as prose rather than 一是… lists.

    python bench/draft.py [--runs 3] [--python PATH]   # --python: another checkout's venv
    python bench/draft.py --quality [--drafts 200]
    python bench/draft.py --style [--runs 5]         # reading an office's style; drafts with --like
    python bench/draft.py --prose [--repo PATH]      # issue 19's measures; PATH: an older checkout

``--style`` times reading the style of each office in tests/data/styles (in process, median of
``--runs``) and the cold ``zongjie draft --facts`` of each office with and without ``--like``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((REPO / "examples" / "facts").iterdir())


def timed(argv: list[str], env: dict[str, str], ok: tuple[int, ...] = (0, 1)) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    if proc.returncode not in ok:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return wall, proc.stdout


@contextlib.contextmanager
def busy_core() -> Iterator[None]:
    """A CPU-bound process on core 0, for as long as the block runs."""
    proc = subprocess.Popen([sys.executable, "-c", "import os\nos.sched_setaffinity(0, {0})\nwhile True: pass"])
    try:
        time.sleep(0.5)
        yield
    finally:
        proc.kill()
        proc.wait()


def quality(n: int) -> None:
    import datetime as dt
    import random

    from rich.console import Console
    from rich.table import Table

    sys.path.insert(0, str(REPO))
    from assistant.checking.check import check_document
    from assistant.checking.registry import Options
    from assistant.core.script import to_simplified
    from assistant.drafting.draft import DraftOptions, make_draft
    from assistant.drafting.phrasing import phrases
    from assistant.facts.model import facts_from_data
    from tests.generated import facts_data, own_names

    practices = [to_simplified(w) for w in phrases()["practices"]["words"]]
    totals = {"repeated sentences": 0, "repeated heading patterns": 0, "practice words not in the facts": 0}
    worst = dict.fromkeys(totals, 0)
    prose = lists = sections = 0
    started = time.perf_counter()
    for seed in range(n):
        facts = facts_from_data(facts_data(random.Random(seed)), f"generated {seed}")
        draft = make_draft(facts, None, DraftOptions(today=dt.date(2026, 11, 29)))
        findings = check_document(draft.as_summary(), "d", Options(facts_text=draft.allowed_text())).findings
        text, facts_text = to_simplified(draft.text()), to_simplified(facts.all_text())
        counts = {
            "repeated sentences": sum(f.rule == "duplicate-sentence" for f in findings),
            # two of the user's own names that look alike are theirs, not the writer's pattern
            "repeated heading patterns": sum(
                f.rule == "heading-pattern" and f.text not in own_names(draft, facts) for f in findings
            ),
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


STOCK = (
    "总之",
    "再上新台阶",
    "认真总结经验",
    "逐项抓好落实",
    "回顾这一阶段",
    "逐项落到实处",
    "以上是",
)  # + rounds 10–11
FRAME_STOCK = (
    "部署要求",
    "坚强领导",
    "着重抓了",
    "重点抓了",
    "主要围绕",
    "扎实开展",
    "认真做好",
    "开展工作。",
)  # 5–7, 10


def prose(repo: Path) -> None:
    """Issue 19's measures over the 26 facts files (examples and held-out), drafted with no index
    by the checkout at ``repo`` (this one, or an older one to compare): characters per item,
    headings that name their line of work, outcomes closing their section, plans that answer a
    problem, stock closings and thousands separators (both must be 0)."""
    import datetime as dt
    import re

    from rich.console import Console
    from rich.table import Table

    sys.path.insert(0, str(repo))
    from assistant.core.script import to_simplified
    from assistant.drafting.draft import DraftOptions, make_draft
    from assistant.facts.model import load_facts

    files = sorted((REPO / "examples" / "facts").iterdir())
    files += sorted(p for p in (REPO / "tests" / "data" / "facts").iterdir() if p.suffix in (".yaml", ".json", ".toml"))
    count = dict.fromkeys(("chars", "items", "sections", "own", "outcomes", "closing", "plans", "answering"), 0)
    stock = separators = frame_stock = 0
    frame = dict.fromkeys(
        (
            "drafts",
            "headings_listed",
            "one_line_subsections",
            "one_line_results",
            "closing_on_facts",
            "short_numbered",
            "closing_names_problem",
        ),
        0,
    )
    for path in files:
        facts = load_facts(path)
        draft = make_draft(facts, None, DraftOptions(today=dt.date(2026, 11, 29)))
        for section in draft.sections:
            text = to_simplified(section.text)
            if section.key.startswith("work:"):
                category = section.key.removeprefix("work:")
                count["sections"] += 1
                count["chars"] += len(text)
                count["items"] += len(facts.work.get(category, []))
                heading = to_simplified(section.heading or text.split("。")[0])
                name = to_simplified(category.strip()).removesuffix("工作")
                count["own"] += name in heading
                rates = [m.start() for m in re.finditer(r"率[^，；。]{0,6}\d", text)]
                count["outcomes"] += bool(rates)
                count["closing"] += bool(rates) and all(";" not in text[r:] and "；" not in text[r:] for r in rates)
            if section.key == "plans":
                lines = [ln for ln in text.split("\n") if ln.strip()]
                count["plans"] += len(lines)
                count["answering"] += sum("针对" in ln or "为解决" in ln for ln in lines)
        body = to_simplified(draft.text())
        stock += sum(body.count(w) for w in STOCK)
        frame_stock += sum(body.count(w) for w in FRAME_STOCK)
        by_key = {s.key: to_simplified(s.text) for s in draft.sections}
        names = [to_simplified(c.strip()).removesuffix("工作") for c in facts.work]
        frame["drafts"] += 1
        # round 6's reader: an opening that reads out the headings, a heading alone over one line
        frame["headings_listed"] += sum(n in by_key.get("opening", "") for n in names) >= 2
        frame["one_line_subsections"] += sum(
            bool(s.heading) and s.key.startswith("work:") and "\n" not in s.text.strip() for s in draft.sections
        )
        results = by_key.get("results", "")
        frame["one_line_results"] += bool(results) and len(results) <= 60 and "\n" not in results
        closing = by_key.get("closing", "")
        frame["closing_on_facts"] += any(w in closing for w in ("着力解决", "上述计划", "特此报告"))
        # round 8's reader: a numbered line of one short sentence (a ledger's), a closing that names
        # a problem again in a clipped or spoken clause
        for key in ("problems", "plans"):
            frame["short_numbered"] += sum(
                bool(re.match(r"（[一二三四五六七八九十]+）", ln)) and len(ln) <= 64 and "；" not in ln
                for ln in by_key.get(key, "").split("\n")
            )
        frame["closing_names_problem"] += "着力解决" in closing and bool(facts.plans)
        separators += len(re.findall(r"\d,\d{3}", body))
    table = Table(title=f"prose measures over {len(files)} facts files ({repo})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("characters per item in work sections", f"{count['chars'] / max(count['items'], 1):.1f}")
    table.add_row("work headings that name their line of work", f"{count['own']} of {count['sections']}")
    table.add_row("sections with a rate whose rates close the section", f"{count['closing']} of {count['outcomes']}")
    table.add_row("plans that say which problem they answer", f"{count['answering']} of {count['plans']}")
    table.add_row("openings that read out two headings or more", f"{frame['headings_listed']} of {frame['drafts']}")
    table.add_row("work headings alone on a line over one paragraph", str(frame["one_line_subsections"]))
    table.add_row("one-line results parts", f"{frame['one_line_results']} of {frame['drafts']}")
    table.add_row("closings on the plans or a named problem", f"{frame['closing_on_facts']} of {frame['drafts']}")
    table.add_row("problems and plans: numbered lines of one short sentence", str(frame["short_numbered"]))
    table.add_row(
        "closings after plans that name a problem again", f"{frame['closing_names_problem']} of {frame['drafts']}"
    )
    table.add_row(
        "stock frame phrases (部署要求, 坚强领导, 着重抓了, 主要围绕, 扎实开展, 认真做好, 围绕…开展工作; must be 0)",
        str(frame_stock),
    )
    table.add_row("stock closing phrases (总之, 再上新台阶, 逐项落到实处, 以上是…的标题; must be 0)", str(stock))
    table.add_row("thousands separators in the text (must be 0)", str(separators))
    Console(width=120).print(table)


def style(runs: int, python: str) -> None:
    from rich.console import Console
    from rich.table import Table

    sys.path.insert(0, str(REPO))
    from assistant.io.readers import read_source
    from assistant.summary.style import read_style

    offices = sorted(p for p in (REPO / "tests" / "data" / "styles").iterdir() if p.is_dir())
    zongjie = [python, "-m", "assistant"]
    table = Table(title=f"office styles: reading one, and drafting with --like (median of {runs}, cold)")
    for column in ("office", "read style ms", "draft s", "draft --like s", "ratio"):
        table.add_column(column, justify="left" if column == "office" else "right")
    read_source(next(offices[0].glob("past.*")))  # warm the parser and OpenCC once, as a process does
    read_style(read_source(next(offices[0].glob("past.*"))).text)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ZONGJIE_HOME=str(Path(tmp) / "home"))
        subprocess.run([*zongjie, "ingest", "--json"], env=env, check=True, capture_output=True)
        ratios = []
        for office in offices:
            past = next(office.glob("past.*"))
            src = read_source(past)
            reads = []
            for _ in range(runs):
                started = time.perf_counter()
                read_style(src.text, past.name, src.line_offset, src.fmt != "txt")
                reads.append(time.perf_counter() - started)
            facts = ["draft", "--facts", str(office / "facts.yaml"), "--date", "2026-01-05", "--json"]
            plain = statistics.median(timed([*zongjie, *facts], env)[0] for _ in range(runs))
            like = statistics.median(timed([*zongjie, *facts, "--like", str(past)], env)[0] for _ in range(runs))
            ratios.append(like / plain)
            row = (office.name, f"{1000 * statistics.median(reads):.1f}", f"{plain:.2f}", f"{like:.2f}")
            table.add_row(*row, f"{like / plain:.2f}")
    table.add_row("median", "", "", "", f"{statistics.median(ratios):.2f}")
    Console(width=120).print(table)
    print(f"load average {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python", default=sys.executable, help="interpreter whose zongjie to measure")
    parser.add_argument("--quality", action="store_true", help="quality table over generated facts (no index)")
    parser.add_argument("--drafts", type=int, default=200)
    parser.add_argument("--style", action="store_true", help="reading office styles; drafts with --like")
    parser.add_argument("--prose", action="store_true", help="issue 19's prose measures over the facts files")
    parser.add_argument("--repo", type=Path, default=REPO, help="with --prose: the checkout whose writer to measure")
    args = parser.parse_args()
    if args.prose:
        prose(args.repo)
        return
    if args.style:
        style(args.runs, args.python)
        return
    if args.quality:
        quality(args.drafts)
        return

    from rich.console import Console
    from rich.table import Table

    zongjie = [args.python, "-m", "assistant"]
    rows = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = dict(os.environ, ZONGJIE_HOME=str(home))
        subprocess.run([*zongjie, "ingest", "--json"], env=env, check=True, capture_output=True)
        out = Path(tmp) / "out.docx"

        def draft(facts: Path, environ: dict[str, str]) -> tuple[float, float]:
            out.unlink(missing_ok=True)
            wall, stdout = timed([*zongjie, "draft", "--facts", str(facts), "-o", str(out), "--json"], environ, (0,))
            return wall, float(json.loads(stdout)["timings"]["retrieval"])

        for facts in EXAMPLES:
            draft(facts, env)  # the first draft of these facts fills the caches: measured as first use below
            quiet = [draft(facts, env) for _ in range(args.runs)]
            check = [timed([*zongjie, "check", str(out), "--format", "json"], env)[0] for _ in range(args.runs)]
            with busy_core():
                busy = [draft(facts, env)[0] for _ in range(args.runs)]
            first = []
            for _ in range(args.runs):
                fresh = Path(tmp) / "fresh"
                shutil.rmtree(fresh, ignore_errors=True)
                first.append(draft(facts, dict(env, ZONGJIE_HOME=str(fresh)))[0])
            q = statistics.median(w for w, _ in quiet)
            c = statistics.median(check)
            rows.append(
                (
                    facts.name,
                    f"{q:.2f}",
                    f"{statistics.median(r for _, r in quiet):.3f}",
                    f"{c:.2f}",
                    f"{q / c:.1f}",
                    f"{statistics.median(busy):.2f}",
                    f"{statistics.median(first):.2f}",
                )
            )
    load_after = os.getloadavg()
    table = Table(title=f"zongjie draft, cold, median of {args.runs} ({os.cpu_count()} cores)")
    for column in ("facts", "quiet s", "retrieval s", "check s", "draft/check", "busy s", "first use s"):
        table.add_column(column, justify="left" if column == "facts" else "right")
    for row in rows:
        table.add_row(*row)
    Console(width=120).print(table)
    print(f"load average before {load_before[0]:.2f} / after {load_after[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()
