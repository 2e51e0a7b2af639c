"""``facts extract`` at scale and on bad files (issue 22). Reconciling compares only the items
that can be one activity or a conflict, and gives exactly what comparing every pair gives; one
file that cannot be read is named, with what to do, and the rest are still extracted."""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.extract import conflicts as conflict_rules
from assistant.extract import reconcile, same_work, wording
from assistant.extract.materials import MAX_FOLDER_DEPTH, read_materials
from assistant.extract.model import CONFLICT, Conflict, ExtractedItem
from assistant.extract.write import to_json
from assistant.io.sheets import MAX_CSV_FIELD

from .cli_helpers import assert_clean, invoke

GOOD = "# 甲社区2025年3月工作月报\n## 一、主要工作\n3月5日开展垃圾分类宣传，发放资料120份。\n"
GOOD_ITEM = "3月5日开展垃圾分类宣传，发放资料120份"
PLACES = ["社区广场", "1号楼", "幸福里小区", "文化活动室", "东门", "老年活动中心"]
TASKS = [
    "开展垃圾分类宣传，发放资料{a}份",
    "走访困难家庭{a}户，送去慰问金{b}元",
    "清理楼道堆物{a}处",
    "组织志愿者清扫小区，参与{a}人次",
    "调解邻里纠纷{a}起",
    "巡查消防通道{a}处，整改隐患{b}处",
    "举办防诈骗讲座{a}场，参加{b}人",
    "发放资料{a}份、宣传册{b}份",
    "清运垃圾{a}-{b}吨",
]


# ------------------------------------------------------------------ made-up materials
def office(folder: Path, n: int, seed: int, days: int = 3, values: int = 6) -> Path:
    """``n`` dated work sentences of one month spread over reports, a chat log and a ledger, with
    few days and few values so that many repeat, conflict or add up to a month's figure."""
    rng = random.Random(seed)
    folder.mkdir()
    said: list[tuple[int | None, str, str, int, int]] = []
    reports: dict[int, list[str]] = {}
    chat = ["甲社区工作群"]
    ledger = [["日期", "工作内容", "数量", "单位", "地点"]]
    for i in range(n):
        if said and rng.random() < 0.3:
            day, place, task, a, b = rng.choice(said)  # told again elsewhere, maybe with another figure
            a += rng.choice([0, 0, 1])
        else:
            day = rng.choice([None, *range(1, days + 1)])
            place, task = rng.choice(PLACES), rng.choice(TASKS)
            a, b = rng.randint(1, values) * 10, rng.randint(1, values) * 10
        said.append((day, place, task, a, b))
        text = f"在{place}" + task.format(a=a, b=b)
        where = rng.random()
        if where < 0.5 or day is None:
            reports.setdefault(i % 3, []).append((f"3月{day}日" if day else rng.choice(["本月", ""])) + text + "。")
        elif where < 0.8:
            chat += [f"网格员{i % 4} 2025/3/{day} 09:{i % 60:02d}", "今天" + text]
        else:
            ledger.append([f"2025-03-{day:02d}", task.split("{")[0], str(a), "份", place])
    for k, lines in reports.items():
        (folder / f"2025年3月月报{k}.md").write_text(
            "# 甲社区2025年3月工作月报\n## 一、主要工作\n" + "\n".join(lines) + "\n", "utf-8"
        )
    (folder / "工作群.txt").write_text("\n".join(chat) + "\n", "utf-8")
    with (folder / "2025年3月台账.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ledger)
    return folder


def _every_pair(items: list[ExtractedItem]) -> tuple[list[ExtractedItem], list[Conflict]]:
    """Reconciling as it was before the indexes: every item compared with every other."""
    words = wording.Words()
    work = [i for i in items if i.section == "work" and i.figures]
    hosts: list[ExtractedItem] = []
    absorbed: set[int] = set()
    groups: dict[tuple[int | None, int | None, tuple[int, ...]], list[ExtractedItem]] = {}
    work = same_work._absorb_told_apart(work, words, absorbed)  # rules of their own, applied as they are
    for item in work:
        groups.setdefault((item.when.month, item.when.day, () if item.when.month else item.months), []).append(item)
    edges: list[tuple[ExtractedItem, ExtractedItem, str]] = []
    for group in groups.values():
        local: list[ExtractedItem] = []
        for item in sorted(group, key=same_work._preference):
            host = next((h for h in local if same_work._may_merge(h, item) and words.covers(h, item)), None)
            if host is not None:
                host.sources += item.sources
                absorbed.add(id(item))
            else:
                local.append(item)
        for i, a in enumerate(local):
            for b in local[i + 1 :]:
                if a.files & b.files or not wording.same_year(a.when, b.when):
                    continue
                differ = [(fa, fb) for fa, fb in words.pairs(a, b, CONFLICT) if not wording.same_values(fa, fb)]
                if differ:
                    fa, fb = differ[0]
                    edges.append((a, b, words.clause(b, fb) if b.label else words.clause(a, fa)))
        # one piece of work told in other words is a rule of its own, not an index: applied as is
        edges += conflict_rules._told_differently(local, words, {(id(a), id(b)) for a, b, _ in edges})
        hosts += local
    edges += conflict_rules.told_over_days(hosts, words, edges)  # an activity over days: a rule of its own
    hosts = same_work._absorb_across(hosts, words, absorbed)
    hosts = same_work._absorb_table_mentions(hosts, absorbed)
    in_conflict = {id(x) for a, b, _ in edges for x in (a, b)}
    same_work._absorb_day_tables(hosts, absorbed, in_conflict)
    for month_item in [h for h in hosts if h.when.day is None and h.when.month is not None]:
        for figure in month_item.figures:
            days = [
                (h, g)
                for h in hosts
                if h.when.month == month_item.when.month
                and h.when.day is not None
                and id(h) not in absorbed
                and id(h) not in in_conflict
                and wording.same_year(h.when, month_item.when)
                and (g := same_work._one_of_unit(h, figure)) is not None
                and words.affinity(month_item, figure, h, g) >= wording.MERGE
            ]
            if not days or figure.value2 is not None:
                continue
            total = sum(g.value for _, g in days)
            if abs(total - figure.value) < 1e-9:
                for h, _ in days:
                    month_item.sources += h.sources
                    absorbed.add(id(h))
            elif (
                total > figure.value
                and all(len(h.figures) == 1 for h, _ in days)
                and any(not (h.files & month_item.files) for h, _ in days)
            ):
                edges += [
                    (month_item, h, words.clause(h, g) if h.label else words.clause(month_item, figure))
                    for h, g in days
                ]
    conflicts: list[Conflict] = []
    seen: set[int] = set()
    for a, _, measure in edges:
        if id(a) in seen:
            continue
        component, queue = [], [a]
        while queue:
            x = queue.pop()
            if id(x) in seen:
                continue
            seen.add(id(x))
            component.append(x)
            queue += [q for p0, p1, _ in edges for p, q in ((p0, p1), (p1, p0)) if p is x]
        component.sort(key=lambda x: (x.when.day or 0, sorted(x.files)))
        conflicts.append(Conflict(measure, component[0].when, component))
    return [i for i in items if id(i) not in absorbed and id(i) not in seen], conflicts


# ------------------------------------------------------------------ the same output, fewer comparisons
@pytest.mark.parametrize("seed", range(12))
def test_reconciling_by_index_gives_what_comparing_every_pair_gives(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = office(tmp_path / "材料", 60 + 20 * seed, seed)
    materials, problems = read_materials([folder])
    totals = seed % 3 == 0
    indexed = to_json(reconcile.extract(materials, problems, totals=totals))
    monkeypatch.setattr(reconcile, "reconcile_items", _every_pair)
    assert indexed == to_json(reconcile.extract(materials, problems, totals=totals))
    if seed == 0:  # the made-up materials do repeat and conflict
        assert indexed["conflicts"] and any(len(i["sources"]) > 1 for i in indexed["items"])


def _comparisons(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = wording.Words.pairs

    def counted(self: Any, *args: Any) -> Any:
        calls[0] += 1
        return real(self, *args)

    monkeypatch.setattr(wording.Words, "pairs", counted)
    return calls


def test_comparisons_grow_with_the_items_not_with_their_square(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # one sentence a file, none dated: all in one group and any two may conflict, but their words
    # (made of rare characters) say that no two are one activity
    calls = _comparisons(monkeypatch)
    counts = {}
    pool = [chr(c) for c in range(0x5C00, 0x6C00)]  # no numerals among them
    for n in (300, 1200):
        folder = tmp_path / f"n{n}"
        folder.mkdir()
        rng = random.Random(n)
        for i in range(n):
            words = "".join(rng.choice(pool) for _ in range(6))
            (folder / f"{i:05d}.txt").write_text(f"在{rng.choice(PLACES)}开展{words}活动{i + 1}场。\n", "utf-8")
        materials, problems = read_materials([folder])
        calls[0] = 0
        result = reconcile.extract(materials, problems, community="甲社区", period="2025年3月")
        assert len(result.items) + sum(len(c.items) for c in result.conflicts) == n
        counts[n] = calls[0]
    # every pair would be n²/2: 44,850 for 300 and 719,400 for 1,200
    assert counts[300] < 2 * 300 and counts[1200] < 2 * 1200, counts


def test_a_long_report_of_one_month_is_compared_by_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _comparisons(monkeypatch)
    lines = [f"在{PLACES[i % 6]}{TASKS[i % len(TASKS)].format(a=i + 1, b=i + 2)}。" for i in range(2000)]
    path = tmp_path / "2025年3月工作月报.md"
    path.write_text("# 甲社区2025年3月工作月报\n## 一、主要工作\n" + "\n".join(lines) + "\n", "utf-8")
    result = reconcile.extract(*read_materials([path]))
    assert len(result.items) == 2000 and not result.conflicts
    assert calls[0] < 2000  # one file: nothing to compare for conflicts, and no two values alike


# ------------------------------------------------------------------ one bad file
def _materials(tmp_path: Path) -> Path:
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "三月月报.md").write_text(GOOD, "utf-8")
    return folder


def _extract(folder: Path, out: Path, code: int, bad: str) -> dict[str, Any]:
    """Run the command as a user would; the bad file named, the good one's items written."""
    result = invoke(["facts", "extract", str(folder), "-o", str(out), "--no-samples"])
    assert_clean(result.output, result.exit_code, (code,))
    if bad:
        assert bad in result.output and "請" in result.output, result.output
    written = yaml.safe_load(out.read_text("utf-8"))
    assert GOOD_ITEM in [t for items in written["主要工作"].values() for t in items]
    as_json = invoke(["facts", "extract", str(folder), "--json", "--no-samples"])
    assert as_json.exit_code == code
    data: dict[str, Any] = json.loads(as_json.stdout)
    return data


def _table_docx(path: Path, rows: list[list[str]], title: str | None = None, heading: str | None = None) -> Any:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, 1)
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return document, table


def test_a_title_then_a_table_before_any_heading_is_a_ledger(tmp_path: Path) -> None:
    folder = _materials(tmp_path)
    rows = [["日期", "工作内容", "数量"], ["2025-03-06", "清理楼道堆物", "12处"], ["2025-03-07", "走访困难家庭", "8户"]]
    document, _ = _table_docx(folder / "台账.docx", rows, title="甲社区2025年3月工作台账")
    document.save(str(folder / "台账.docx"))
    data = _extract(folder, tmp_path / "facts.yaml", 0, "")
    rows_read = {i["text"]: i["sources"][0]["where"] for i in data["items"] if i["sources"][0]["file"] == "台账.docx"}
    assert rows_read == {"3月6日清理楼道堆物12处": "表1第2行", "3月7日走访困难家庭8户": "表1第3行"}
    assert data["problems"] == []


def test_work_under_a_background_heading_is_work(tmp_path: Path) -> None:
    folder = _materials(tmp_path)
    (folder / "总结.md").write_text(
        "# 甲社区2025年3月工作总结\n## 一、基本情况\n社区配备专职网格员12名。\n## 二、结语\n全年开展活动30场。\n",
        "utf-8",
    )
    data = _extract(folder, tmp_path / "facts.yaml", 0, "")
    assert {"社区配备专职网格员12名", "全年开展活动30场"} <= {i["text"] for i in data["items"]}


@pytest.mark.parametrize("fault", ["vmerge", "gridspan"])
def test_a_word_table_python_docx_cannot_read_is_read_from_its_xml(tmp_path: Path, fault: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    folder = _materials(tmp_path)
    document, table = _table_docx(folder / "表.docx", [["走访困难家庭8户", "清理楼道12处"]] * 2, heading="一、主要工作")
    cell = table.cell(0 if fault == "vmerge" else 1, 0)._tc.get_or_add_tcPr()
    mark = OxmlElement("w:vMerge" if fault == "vmerge" else "w:gridSpan")
    if fault == "gridspan":
        mark.set(qn("w:val"), "two")
    cell.append(mark)  # a merge continued from a row above the top one; a span that is no number
    document.save(str(folder / "表.docx"))
    data = _extract(folder, tmp_path / "facts.yaml", 0, "")
    assert data["problems"] == []
    texts = {i["text"] for i in data["items"]}
    assert any("走访困难家庭8户" in t for t in texts) and any("清理楼道12处" in t for t in texts)


def test_a_csv_with_a_quote_that_never_closes_is_named_with_its_line(tmp_path: Path) -> None:
    folder = _materials(tmp_path)
    text = '日期,工作内容,数量\n2025-03-06,"清理楼道堆物,12\n2025-03-07,走访困难家庭,8\n'
    (folder / "台账.csv").write_text(text, "utf-8")
    data = _extract(folder, tmp_path / "facts.yaml", 1, "台账.csv")
    assert data["problems"] == [{"file": "台账.csv", "message": data["problems"][0]["message"], "skipped": False}]
    assert "第2行" in data["problems"][0]["message"] and "引號" in data["problems"][0]["message"]


def test_a_csv_cell_longer_than_the_reader_takes_is_named(tmp_path: Path) -> None:
    folder = _materials(tmp_path)
    (folder / "台账.csv").write_text(f'日期,工作内容,数量\n2025-03-06,"{"x" * (MAX_CSV_FIELD + 1)}",12\n', "utf-8")
    data = _extract(folder, tmp_path / "facts.yaml", 1, "台账.csv")
    assert [p["file"] for p in data["problems"]] == ["台账.csv"]
    assert "一格內容過長" in data["problems"][0]["message"] and "field" not in data["problems"][0]["message"]


def test_a_csv_cell_past_the_csv_modules_default_limit_is_read(tmp_path: Path) -> None:
    folder = _materials(tmp_path)
    (folder / "台账.csv").write_text(f'日期,工作内容,数量\n2025-03-06,"清理楼道{"堆" * 131_073}",12处\n', "utf-8")
    data = _extract(folder, tmp_path / "facts.yaml", 0, "")
    assert data["problems"] == [] and len(data["items"]) == 2


def test_a_failure_the_readers_did_not_foresee_is_the_files_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.extract import materials

    folder = _materials(tmp_path)
    (folder / "台账.csv").write_text("日期,工作内容,数量\n2025-03-06,清理楼道堆物,12处\n", "utf-8")

    def broken(path: Path, material: Any, title: Any) -> None:
        raise csv.Error("line contains NUL")

    monkeypatch.setattr(materials, "read_sheet", broken)
    data = _extract(folder, tmp_path / "facts.yaml", 1, "台账.csv")
    message = data["problems"][0]["message"]
    assert "CSV 格式錯誤" in message and "Excel" in message and "Error" not in message


def test_a_folder_nested_too_deep_is_named_and_the_rest_read(tmp_path: Path) -> None:
    folder = _materials(tmp_path)
    chain = [str(folder / "a")]
    for _ in range(1099):
        chain.append(chain[-1] + "/a")  # 1,100 levels; Chinese names would pass PATH_MAX first
    try:
        for path in chain:
            os.mkdir(path)
        Path(chain[-1], "深处.md").write_text(GOOD.replace("120份", "130份"), "utf-8")
        Path(chain[3], "浅处.md").write_text(GOOD.replace("3月5日", "3月6日"), "utf-8")
        data = _extract(folder, tmp_path / "facts.yaml", 1, str(Path(chain[MAX_FOLDER_DEPTH - 1])))
        assert [p["message"] for p in data["problems"]] == [data["problems"][0]["message"]]
        assert f"超過 {MAX_FOLDER_DEPTH} 層" in data["problems"][0]["message"]
        texts = {i["text"] for i in data["items"]}
        assert "3月6日开展垃圾分类宣传，发放资料120份" in texts and not any("130份" in t for t in texts)
    finally:  # from the bottom up: rmtree recurses once per level and would not get through
        for path in reversed(chain):
            for child in Path(path).glob("*.md"):
                child.unlink()
            if os.path.isdir(path):
                os.rmdir(path)
