"""``zongjie facts extract``: materials in, a facts file with sources out; scored against facts
written by hand, on generated ledgers and mangled notes, on bad files, and through the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.core.config import Settings
from assistant.core.numbers import LABEL_KINDS, compare, find_figures
from assistant.core.periods import parse_period
from assistant.extract.chatlog import clean_message
from assistant.extract.materials import read_materials
from assistant.extract.model import Extraction
from assistant.extract.reconcile import extract
from assistant.extract.write import to_data, to_facts, to_json, to_yaml
from assistant.facts.model import facts_from_data, load_facts, parse_text

from .extract_scoring import MATERIALS, score, untraced, work_keys

runner = CliRunner()
REPORTS = sorted(MATERIALS.glob("*.docx"))
LEDGER = next(MATERIALS.glob("*.xlsx"))
NOTES = next(MATERIALS.glob("*.txt"))


def run(*paths: Path, **options: object) -> Extraction:
    materials, problems = read_materials(list(paths))
    return extract(materials, problems, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def whole() -> Extraction:
    return run(MATERIALS)


# ------------------------------------------------------------------ against the hand-written facts
@pytest.mark.parametrize(
    ("paths", "expected", "conflicts"),
    [
        ([MATERIALS], "expected_all.yaml", "expected_all_conflicts.yaml"),
        ([LEDGER], "expected_ledger.yaml", None),
        ([NOTES], "expected_notes.yaml", None),
    ],
    ids=["all", "ledger", "notes"],
)
def test_recall_and_precision_against_hand_written_facts(
    paths: list[Path], expected: str, conflicts: str | None
) -> None:
    extraction = run(*paths)
    result = score(extraction, MATERIALS / expected, MATERIALS / conflicts if conflicts else None)
    assert result.missing == [] and result.figure_recall == 1.0  # every work figure of the materials
    assert result.extra == [] and result.figure_precision == 1.0  # nothing the materials lack
    assert result.untraced == []  # every figure in the text of one of the item's sources
    assert result.item_recall >= 0.9 and result.item_precision >= 0.9, result
    hand = load_facts(MATERIALS / expected)
    assert (extraction.community, extraction.period) == (hand.community, hand.period)


def test_header_facts_and_lists(whole: Extraction) -> None:
    hand = load_facts(MATERIALS / "expected_all.yaml")
    assert whole.topic == hand.topic and whole.kind == "社区" and whole.superiors == hand.superiors
    for section in ("results", "problems", "plans"):
        assert [i.text for i in whole.listed(section)] == getattr(hand, section)


def test_the_same_activity_in_three_files_is_one_item(whole: Extraction) -> None:
    volunteers = [i for i in whole.items if "63人次" in i.text]
    assert len(volunteers) == 1
    assert {p.place.file for p in volunteers[0].sources} == {
        "2025年3月工作月报.docx",
        LEDGER.name,
        NOTES.name,
    }
    # two ledger days (and the chat's two messages) adding up to the month's figure: one item
    leaflets = [i for i in whole.items if "800份" in i.text]
    assert len(leaflets) == 1 and len(leaflets[0].sources) == 5
    assert not any("500份" in i.text or ("300份" in i.text and "发放创卫" in i.text) for i in whole.items)


def test_conflicts_are_listed_with_both_values_and_never_chosen(whole: Extraction) -> None:
    expected = yaml.safe_load((MATERIALS / "expected_all_conflicts.yaml").read_text("utf-8"))
    found = {c.measure: {f.text for i in c.items for f in i.figures} for c in whole.conflicts}
    for conflict in expected:
        assert set(conflict["values"]) <= found[conflict["measure"]]
        items = next(c for c in whole.conflicts if c.measure == conflict["measure"]).items
        assert len({p.place.file for i in items for p in i.sources}) == 2  # one value from each file
    facts_text = to_facts(whole).all_text()
    for value in ("30公斤", "32公斤", "42户", "40户"):
        assert value not in facts_text
    text = to_yaml(whole)
    tail = text[text.rindex("\n", 0, text.index("待核对的冲突")) :]
    assert all(line.startswith("#") for line in tail.splitlines() if line.strip())
    assert "32公斤" in tail and "30公斤" in tail and "表1第2行" in tail and "第7行" in tail


def test_yaml_round_trips_and_every_value_has_a_source(whole: Extraction) -> None:
    text = to_yaml(whole)
    data, finder = parse_text(text, "yaml", "f.yaml")
    assert facts_from_data(data, "f.yaml", finder) == to_facts(whole)
    assert data["主要工作"] == to_data(whole)["work"]
    for line in text.splitlines():
        if line.strip().startswith("- ") or line.startswith(("单位", "时段", "主题")):
            assert "# 来源：" in line or "# 计算：" in line, line
    assert "# 来源：2025年1月工作月报.docx 第8段" in text


def test_json_has_sources_for_every_item(whole: Extraction) -> None:
    data = to_json(whole)
    assert data["items"] and all(item["sources"] for item in data["items"])
    assert all(s["file"] and s["where"] for item in data["items"] for s in item["sources"])
    assert len(data["conflicts"]) == 2
    # the folder's own answers and script are named as no material and nothing else is a problem
    (note,) = data["problems"]
    assert note["skipped"] and "make_materials.py" in note["message"] and "5 個不是材料" in note["message"]


def test_sum_writes_totals_with_their_parts() -> None:
    plain = run(MATERIALS)
    summed = run(MATERIALS, totals=True)
    computed = [i for i in summed.items if i.computed]
    assert computed and not any(i.computed for i in plain.items)
    for item in computed:
        assert "合计" in item.text and untraced(item) == []
        months = [p.when.month for p in item.parts]
        assert len(set(months)) == len(months) >= 2
        for part in item.parts:
            assert f"{part.when.month}月" in item.text
    leaflets = next(i for i in computed if "宣传资料" in i.text)
    assert "合计4,000份（1月1,000份、2月2,200份、3月800份）" in leaflets.text
    # a total keeps every figure of its parts, so nothing is lost
    assert work_keys([p.text for i in computed for p in i.parts]) <= work_keys([i.text for i in plain.items])
    assert "计算：" in to_yaml(summed)


def test_categories_from_names_then_vocabulary_then_samples_then_other(tmp_path: Path) -> None:
    notes = tmp_path / "记录.txt"
    notes.write_text(
        "# 青禾社区2025年5月工作记录\n"
        "组织开展反诈宣传讲座2场，参与居民90人。\n"
        "帮助居民办理老年优待证17张。\n"
        "协助搬运桌椅28张。\n",
        encoding="utf-8",
    )
    asked: list[str] = []

    def nearest(text: str) -> str | None:
        asked.append(text)
        return "民生保障" if "优待证" in text else None

    result = run(notes, nearest=nearest)
    by = {i.text: (i.category, i.category_by) for i in result.items}
    assert by["组织开展反诈宣传讲座2场，参与居民90人"] == ("反诈", "vocabulary")
    assert by["帮助居民办理老年优待证17张"] == ("民生保障", "samples")
    assert by["协助搬运桌椅28张"] == ("其他工作", "other")
    assert len(asked) == 2  # the samples are asked only about what the vocabulary did not place
    assert list(result.work())[-1] == "其他工作"


# ------------------------------------------------------------------ reading
@pytest.mark.parametrize(
    ("text", "year", "months"),
    [
        ("三月月报", None, (3,)),
        ("2025年3月工作月报", 2025, (3,)),
        ("2025年第一季度创卫工作台账", 2025, (1, 2, 3)),
        ("2024年上半年", 2024, (1, 2, 3, 4, 5, 6)),
        ("2025年4-6月活动记录", 2025, (4, 5, 6)),
        ("2024年度工作总结", 2024, tuple(range(1, 13))),
        ("十二月份工作情况", None, (12,)),
    ],
)
def test_periods_from_titles_and_file_names(text: str, year: int | None, months: tuple[int, ...]) -> None:
    span = parse_period(text)
    assert span is not None and (span.year, span.months) == (year, months)


def test_chat_notes_drop_greetings_notices_emoji_and_stamps() -> None:
    result = run(NOTES)
    texts = [i.text for i in result.items] + [i.text for c in result.conflicts for i in c.items]
    joined = "\n".join(texts)
    for gone in ("收到", "辛苦", "请大家", "明天", "图片", "👍", "[强]", "李敏", "08:52", "@"):
        assert gone not in joined
    assert all(i.when.day for i in result.items)  # each dated from its message
    assert clean_message("好的👍👍[玫瑰] @王建国 今天清运垃圾3吨✅") == "好的，今天清运垃圾3吨"


def test_a_days_record_without_a_figure_is_an_item_and_a_greeting_is_not(tmp_path: Path) -> None:
    path = tmp_path / "简报.txt"
    lines = ["桂花社区10月工作简报", "10月12日 召开社区两委会议，研究冬季防火工作。", "10月13日下雨。", "谢谢大家！"]
    lines += ["10月16日 排查消防隐患", "10月18日 天气晴朗适合出行"]
    path.write_text("\n".join(lines), encoding="utf-8")
    texts = sorted(i.text for i in run(path).items)
    assert texts == ["10月12日召开社区两委会议，研究冬季防火工作", "10月16日排查消防隐患"]  # no space after the date


@pytest.mark.parametrize("markers", [("1、", "2、", "3、"), ("（一）", "（二）", "（三）"), ("", "", "")])
def test_problems_and_plans_are_found_under_any_heading_marker(tmp_path: Path, markers: tuple[str, ...]) -> None:
    work, problems, plans = markers
    lines = ["幸福里社区2024年工作总结", f"{work}主要工作", "召开会议6次，发放资料300份。"]
    lines += [f"{problems}存在问题", "部分老旧小区设施薄弱。", f"{plans}下一步计划", "继续开展环境整治。"]
    path = tmp_path / "总结.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run(path)
    assert [i.text for i in result.listed("problems")] == ["部分老旧小区设施薄弱"]
    assert [i.text for i in result.listed("plans")] == ["继续开展环境整治"]
    assert all("会议" in i.text for i in result.items if i.section == "work")


def test_materials_with_no_work_are_an_input_error_that_says_what_was_found(tmp_path: Path) -> None:
    path = tmp_path / "只有问题.txt"
    path.write_text("幸福里社区2024年工作总结\n存在问题\n部分设施薄弱。\n下一步计划\n继续整治。\n", encoding="utf-8")
    result = runner.invoke(app, ["facts", "extract", str(path), "-o", str(tmp_path / "f.yaml")])
    assert result.exit_code == 2 and "沒有找到主要工作（找到存在問題 1 條、計劃 1 條）" in result.output
    assert not (tmp_path / "f.yaml").exists()


def test_merged_ledger_headers_name_the_columns() -> None:
    materials, _ = read_materials([LEDGER])
    rows = materials[0].pieces
    assert len(rows) == 11 and all(p.kind == "row" for p in rows)
    assert rows[0].cells["activity"] == "清理卫生死角" and rows[0].cells["place"] == "青禾小区3栋"
    assert rows[5].cells["people"] == "63" and rows[5].cells["people_unit"] == "人次"
    assert rows[0].place.where == "第4行" and rows[10].when.month == 3 and rows[10].when.day == 26
    assert materials[0].community == "青禾社区" and materials[0].topic == "创卫"


# ------------------------------------------------------------------ inputs nobody tuned for
ACTIVITIES = ["清运垃圾", "发放宣传资料", "走访困难家庭", "巡查消防通道", "修剪绿化带", "调解纠纷", "开展义诊"]
UNITS = ["吨", "份", "户", "处", "平方米", "人次", "场"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.tuples(
            st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
            st.sampled_from(ACTIVITIES),
            st.one_of(st.integers(1, 99999), st.decimals(1, 999, places=1).map(float)),
            st.sampled_from(UNITS),
            st.sampled_from(["", "1号楼", "社区广场", "东区"]),
        ),
        min_size=1,
        max_size=12,
    ),
    as_csv=st.booleans(),
)
def test_generated_ledgers_give_one_traced_item_per_row(tmp_path: Path, rows: list, as_csv: bool) -> None:
    header = ["日期", "工作内容", "地点", "数量", "单位"]
    records = [[d, a, p, q, u] for d, a, q, u, p in rows]
    path = tmp_path / ("台账.csv" if as_csv else "台账.xlsx")
    if as_csv:
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header] + [[d.isoformat(), a, p, q, u] for d, a, p, q, u in records])
    else:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for record in [header, *records]:
            sheet.append(record)
        book.save(path)
    result = run(path, community="甲社区", period="2024年")
    assert result.conflicts == []  # rows of one ledger are separate records
    items = [i for i in result.items if i.section == "work"]
    assert len(items) == len(records)
    for item in items:
        assert untraced(item) == [] and len([f for f in item.figures if f.unit]) == 1
    measured = [f.key for i in items for f in find_figures(i.text) if f.unit and f.kind == "number"]
    assert sorted(measured) == sorted(work_keys([f"{q}{u}" for _, _, _, q, u in records]).elements())
    to_facts(result)  # a valid facts file


JUNK = st.sampled_from(["", " ", "👍", "[强]", "～", "\u3000", "…", "😊😊", "！！", "。", "，"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(
        st.tuples(JUNK, st.sampled_from(ACTIVITIES), st.integers(1, 5000), st.sampled_from(UNITS), JUNK, st.booleans()),
        min_size=1,
        max_size=10,
    ),
    noise=st.lists(st.text(min_size=0, max_size=12), max_size=4),
)
def test_mangled_notes_never_crash_and_every_figure_traces(tmp_path: Path, lines: list, noise: list[str]) -> None:
    body = []
    for n, (a, activity, q, unit, b, full_width) in enumerate(lines):
        number = str(q).translate(str.maketrans("0123456789", "０１２３４５６７８９")) if full_width else str(q)
        body += [f"张三 2024/5/{n % 28 + 1} 09:{n:02d}", f"{a}今天{activity}{number}{unit}{b}"]
    body += noise
    path = tmp_path / "群聊.txt"
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    result = run(path, community="甲社区")
    for item in result.items + [i for c in result.conflicts for i in c.items]:
        assert untraced(item) == []
    found = work_keys([i.text for i in result.items])
    assert found <= work_keys([f"{q}{u}" for _, _, q, u, _, _ in lines] + noise)


# ------------------------------------------------------------------ bad files
def _bad_files(folder: Path) -> None:
    (folder / "空的.txt").write_bytes(b"")
    (folder / "加密.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    (folder / "坏的.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (folder / "只有空白.md").write_text("\n\n   \n", encoding="utf-8")


def test_bad_files_are_named_and_the_rest_extracted(tmp_path: Path) -> None:
    _bad_files(tmp_path)
    shutil.copy(LEDGER, tmp_path / LEDGER.name)
    result = runner.invoke(app, ["facts", "extract", str(tmp_path), "--json", "--no-samples"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    named = {p["file"]: p["message"] for p in data["problems"]}
    assert set(named) == {"空的.txt", "加密.docx", "坏的.xlsx", "只有空白.md"}
    assert "加密" in named["加密.docx"] and "空" in named["空的.txt"]
    assert all(
        file not in message and "Error" not in message for file, message in named.items()
    )  # named once, in Chinese
    assert len(data["items"]) == 11 and data["facts"]["community"] == "青禾社区"
    assert "Traceback" not in result.output


def test_nothing_readable_is_exit_2(tmp_path: Path) -> None:
    _bad_files(tmp_path)
    result = runner.invoke(app, ["facts", "extract", str(tmp_path), str(tmp_path / "無此文件.docx")])
    assert result.exit_code == 2
    assert "沒有讀到任何材料" in result.output and "加密.docx" in result.output and "無此文件.docx" in result.output


# ------------------------------------------------------------------ the command
def test_cli_writes_a_facts_file_that_loads_and_never_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "f.yaml"
    result = runner.invoke(app, ["facts", "extract", str(MATERIALS), "-o", str(out), "--no-samples"])
    assert result.exit_code == 0, result.output
    facts = load_facts(out)
    assert facts.community == "青禾社区" and "病媒生物防制" in facts.work
    assert "數字不一致" in result.output and "投放鼠药" in result.output
    again = runner.invoke(app, ["facts", "extract", str(MATERIALS), "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    wrong = runner.invoke(app, ["facts", "extract", str(MATERIALS), "-o", str(tmp_path / "f.json")])
    assert wrong.exit_code == 2 and ".yaml" in wrong.output
    shown = runner.invoke(app, ["facts", "extract", str(LEDGER), "--no-samples"])  # no -o: the file on stdout
    assert shown.exit_code == 0 and shown.stdout.startswith("# 由 zongjie facts extract")
    assert facts_from_data(yaml.safe_load(shown.stdout), "stdout").community == "青禾社区"


def test_cli_asks_for_the_unit_when_the_materials_do_not_say(tmp_path: Path) -> None:
    notes = tmp_path / "记录.txt"
    notes.write_text("清运垃圾3吨。\n发放宣传资料200份。\n", encoding="utf-8")
    result = runner.invoke(app, ["facts", "extract", str(notes), "--no-samples"])
    assert result.exit_code == 2 and "--community" in result.output and "--period" in result.output
    ok = runner.invoke(
        app,
        ["facts", "extract", str(notes), "--no-samples", "--community", "乙社区", "--period", "2025年5月", "--json"],
    )
    assert ok.exit_code == 0, ok.output
    data = json.loads(ok.stdout)
    assert data["facts"]["community"] == "乙社区" and data["origins"]["period"] == "--period"


def test_extract_help_does_not_import_heavy_libraries() -> None:
    heavy = ("chromadb", "torch", "llama_cpp", "langchain_chroma", "langchain_openai", "sentence_transformers")
    code = (
        "import sys\nfrom assistant.cli.main import app\n"
        "try:\n    app(['facts', 'extract', '--help'])\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_extract_then_draft_every_figure_traces_to_the_materials(tmp_path: Path, index_copy: Path) -> None:
    out = tmp_path / "f.yaml"
    extracted = runner.invoke(app, ["facts", "extract", str(MATERIALS), "-o", str(out)])
    assert extracted.exit_code == 0, extracted.output
    drafted = runner.invoke(app, ["draft", "--facts", str(out), "--json"])
    assert drafted.exit_code == 0, drafted.output
    data = json.loads(drafted.stdout)
    # the signature's date is the day of drafting, which the draft makes itself (and says so)
    text = "\n".join(s["text"] for s in data["sections"] if s["key"] != "signature")
    facts = load_facts(out)
    assert data["figures"]["unsupported"] == []
    unsupported, missing = compare(text, facts.all_text())
    assert unsupported == [] and missing == []
    whole = run(MATERIALS)
    assert all(untraced(i) == [] for i in whole.items)
    counted = {f.key for f in find_figures(text) if f.kind not in LABEL_KINDS}
    assert counted <= set(work_keys([i.text for i in whole.items]))
    named = {f.key for f in find_figures(text) if f.kind in LABEL_KINDS and f.kind != "date"}  # 3棟, 2型
    assert named <= {f.key for i in whole.items for f in find_figures(i.text)}
    for conflicting in ("30公斤", "32公斤", "42户"):
        assert conflicting not in text  # listed for the user, not resolved
    assert "投放鼠药" in out.read_text("utf-8").split("待核对的冲突")[1]


def test_traditional_materials_give_a_traditional_facts_file(tmp_path: Path) -> None:
    report = tmp_path / "翠竹社區三月月報.md"
    report.write_text(
        "# 翠竹社區2025年3月工作月報\n\n## 一、主要工作\n\n### （一）環境整治\n\n"
        "本月清運垃圾12噸，清理衛生死角8處。\n\n## 二、存在問題\n\n部分樓道雜物反覆堆放。\n",
        encoding="utf-8",
    )
    result = run(report)
    text = to_yaml(result)
    assert "單位: 翠竹社區  # 來源：翠竹社區三月月報.md" in text and "時段: 2025年3月" in text
    assert "  環境整治:\n    - 本月清運垃圾12噸，清理衛生死角8處  # 來源：翠竹社區三月月報.md 第7行" in text
    assert "存在問題:\n  - 部分樓道雜物反覆堆放  # 來源：翠竹社區三月月報.md 第11行" in text
    facts = facts_from_data(yaml.safe_load(text), "f.yaml")
    assert facts.kind == "社區" and facts.script == "traditional"


def test_sum_adds_only_plain_figures(tmp_path: Path) -> None:
    for month, (tons, leaflets, clinics) in {1: ("1.2万吨", "约300份", 3), 2: ("1.5万吨", "约200份", 2)}.items():
        (tmp_path / f"{month}月.md").write_text(
            f"# 甲社区2025年{month}月工作月报\n\n清运垃圾{tons}。发放宣传资料{leaflets}。组织义诊{clinics}场。\n",
            encoding="utf-8",
        )
    result = run(tmp_path, totals=True)
    computed = [i.text for i in result.items if i.computed]
    assert computed == ["组织义诊合计5场（1月3场、2月2场）"]
    texts = [i.text for i in result.items]
    assert "1月清运垃圾1.2万吨" in texts and "2月发放宣传资料约200份" in texts
    assert result.period == "2025年1—2月"


def test_a_csv_ledger_with_a_title_and_a_blank_row_before_its_header(tmp_path: Path) -> None:
    path = tmp_path / "活动记录.csv"
    path.write_text(
        "丙社区2025年4月活动记录,,,\n,,,\n日期,活动名称,参加人数,备注\n2025/4/3,开展防诈骗讲座,45,\n2025/4/9,,,无活动\n",
        encoding="utf-8",
    )
    result = run(path)
    assert [i.text for i in result.items] == ["4月3日开展防诈骗讲座，参与45人"]
    assert result.items[0].sources[0].place.where == "第4行"
    assert (result.community, result.period) == ("丙社区", "2025年4月")


def test_the_samples_place_what_the_vocabulary_cannot(index_copy: Path) -> None:
    from assistant.cli.ui import ScreenReporter
    from assistant.drafting.pipeline import open_retriever
    from assistant.extract.reconcile import nearest_in_samples

    nearest = nearest_in_samples(open_retriever(Settings.resolve(), ScreenReporter(enabled=False)).search)
    # 宣传 and 创卫 name two kinds of work, so the vocabulary declines; the samples' own
    # heading for such work (广泛宣传，营造……氛围) names one
    assert nearest("3月5日在社区广场发放创卫宣传资料500份") == "宣传发动"
