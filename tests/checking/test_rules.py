"""The shared rules the checker, the draft's self-check and the model validator all run: the new
ones (numbering levels, punctuation, heading patterns, title form), ``check --fix``, and the
promise that the three callers agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from assistant.checking.check import check_document, check_text
from assistant.checking.fix import fix_text
from assistant.checking.registry import Options, SectionSpec, run_rules
from assistant.cli.main import app
from assistant.summary.parts import KnownBlock, summary_from_blocks

from .test_check import GOOD, _mangle

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]
REAL = sorted((REPO / "tests" / "data" / "real").glob("*.txt"))

PASTED = """南湖社区2025年工作总结
2025年,南湖社区在街道党工委的领导下,扎实开展各项工作。现将工作总结如下:
一、主要工作
1、抓好党建引领。全年开展主题党日活动12次(参与党员360人次),效果较好;
2、做好民生保障。走访困难家庭48户,发放慰问金2.4万元!
二、存在的问题
(1)社区工作人员少,任务重;
(2)活动场地不足?
三、下一步计划
1.加强队伍建设;
2.争取新增活动用房(约200平方米）。
总之,社区将继续努力。
南湖社区居委会
2025年12月28日
"""


def _rules(text: str, **options) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule for f in check_text(text, "t.txt", options=Options(**options), markdown=False).findings]


# ---------------------------------------------------------------------------- punctuation
@pytest.mark.parametrize("text", ["社区,街道", "如下:", "问题;二是", "多少?", "做好(一)工作", "（约200平方米)"])
def test_half_width_punctuation_between_chinese_is_reported(text: str) -> None:
    assert "punctuation" in _rules(GOOD.replace("部分居民参与不够。", text + "部分居民参与不够。"))


@pytest.mark.parametrize("text", ["每天6:30开放", "发放1,200份", "see (WHO) report, ok", "比例为1:2"])
def test_punctuation_inside_figures_and_latin_text_is_left_alone(text: str) -> None:
    assert "punctuation" not in _rules(GOOD.replace("部分居民参与不够。", text + "。"))


# ---------------------------------------------------------------------------- headings and title
def test_two_headings_of_one_pattern_are_reported() -> None:
    text = GOOD.replace("（一）加强宣传", "（一）扎实推进宣传发动，确保任务落实").replace(
        "（二）整治环境", "（二）扎实推进环境整治，确保任务落实"
    )
    assert "heading-pattern" in _rules(text)
    assert "heading-pattern" not in _rules(GOOD)


def test_a_news_headline_is_a_title_of_another_form() -> None:
    text = GOOD.replace("幸福里社区2024年上半年创卫工作总结", "幸福里社区：创卫进行时 共答文明卷")
    rules = _rules(text)
    assert "missing-title" not in rules and "title-form" in rules


def test_opening_without_lead_in_is_a_formula_warning_not_missing() -> None:
    rules = _rules(GOOD.replace("现将有关情况总结如下：", ""))
    assert "opening-formula" in rules and "missing-opening" not in rules


@pytest.mark.parametrize("placeholder", ["201*年", "20**年", "***", "○○社区", "【 】", "【】"])
def test_more_placeholders(placeholder: str) -> None:
    assert "placeholder" in _rules(GOOD.replace("部分居民参与不够。", f"{placeholder}部分居民参与不够。"))


def test_traditional_characters_inside_a_simplified_sentence() -> None:
    text = GOOD.replace("部分居民参与不够。", "部分居民养成分类的習慣還没有形成。")
    assert "mixed-script" in _rules(text)


def test_a_text_far_too_long_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("一、主要工作\n" + "清理垃圾十吨。" * 60_000, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--disable", "sample-leak"])
    assert result.exit_code == 2 and "過長" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------------------- check --fix
def test_fix_gives_the_standard_sequence_and_full_width_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(PASTED, encoding="utf-8")
    result = runner.invoke(app, ["check", "--fix", str(path)])
    assert result.exit_code == 0, result.output
    fixed = path.read_text(encoding="utf-8")
    assert (tmp_path / "pasted.txt.bak").read_text(encoding="utf-8") == PASTED
    assert _heading_starts(fixed) == [*GBT_OUTLINE, "（一）", "（二）"]
    assert not any(c in fixed for c in ",;:?!()")
    assert "「,」→「，」" in result.output  # every change is listed
    # a second run changes nothing, and the checker finds nothing mechanical left
    again = runner.invoke(app, ["check", "--fix", "--no-backup", str(path)])
    assert "沒有需要自動改正的地方" in again.output and path.read_text(encoding="utf-8") == fixed
    assert not {"punctuation", "numbering-level", "numbering"} & set(_rules(fixed))


GBT_OUTLINE = ["一、主", "（一）", "（二）", "二、存", "（一）", "（二）", "三、下"]


def _heading_starts(text: str) -> list[str]:
    """The first three characters of each numbered line: the outline a fix left."""
    return [ln[:3] for ln in text.split("\n") if ln and ln[0] in "一二三（"]


def test_fix_dry_run_shows_a_diff_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pasted.md"
    path.write_text(PASTED, encoding="utf-8")
    result = runner.invoke(app, ["check", "--fix", "--dry-run", str(path)])
    assert result.exit_code == 0 and "+（一）抓好党建引领" in result.output
    assert path.read_text(encoding="utf-8") == PASTED and not (tmp_path / "pasted.md.bak").exists()


def test_fix_lists_each_change_once_and_a_diff_keeps_a_last_line_apart(tmp_path: Path) -> None:
    text = "甲社区2025年工作总结\n一、主要工作\n(一)完善设施。新建投放点42个,改造垃圾房15座。"
    fixed, edits = fix_text(text)
    assert fixed.endswith("（一）完善设施。新建投放点42个，改造垃圾房15座。")
    assert [(e.before, e.after) for e in edits] == [("(一)", "（一）"), (",", "，")]  # not also ( and )
    path = tmp_path / "one.txt"
    path.write_text(text, encoding="utf-8")  # no newline at the end, as pasted texts often are
    out = runner.invoke(app, ["check", "--fix", "--dry-run", str(path)]).output
    assert "\n-(一)完善设施" in out and "\n+（一）完善设施" in out and "文件末尾沒有換行" in out
    assert out.count("→") == 2


def test_fix_refuses_what_it_cannot_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK")
    result = runner.invoke(app, ["check", "--fix", str(path)])
    assert result.exit_code == 2 and ".txt 或 .md" in result.output
    assert runner.invoke(app, ["check", "--dry-run", str(path)]).exit_code == 2


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_fix_is_idempotent_on_any_text(data: st.DataObject) -> None:
    base = data.draw(st.sampled_from([GOOD, PASTED] + [p.read_text(encoding="utf-8") for p in REAL[:12]]))
    text = _mangle(base, data)
    if data.draw(st.booleans()):
        text = text.translate(str.maketrans("，：；（）", ",:;()"))
    fixed, _ = fix_text(text)
    assert fix_text(fixed)[0] == fixed


# ---------------------------------------------------------------------------- one rule set
def test_the_validator_and_the_checker_agree_on_a_section() -> None:
    """The same sentence repeated: the model validator (section scope) and the checker on the
    whole text report it by the same rule."""
    body = "社区开展环境整治活动12次，发动居民参与。社区开展环境整治活动12次，发动居民参与。"
    section = summary_from_blocks([KnownBlock("work", "para", body)])
    spec = SectionSpec("work", ["开展环境整治活动12次"], 60)
    as_section = {f.rule for f in run_rules(section, Options(facts_text="开展环境整治活动12次", section=spec))}
    whole = summary_from_blocks(
        [
            KnownBlock("title", "title", "甲社区2025年工作总结"),
            KnownBlock("work", "heading", "一、主要工作", 1),
            KnownBlock("work", "para", body),
        ]
    )
    as_document = {f.rule for f in check_document(whole, "d", Options(facts_text="开展环境整治活动12次")).findings}
    assert "duplicate-sentence" in as_section and "duplicate-sentence" in as_document


@pytest.mark.parametrize(
    ("encoding", "bom", "newline"),
    [
        ("utf-8", b"", "\r\n"),
        ("gb18030", b"", "\n"),
        ("utf-8", b"\xef\xbb\xbf", "\n"),
        ("utf-16-le", b"\xff\xfe", "\r\n"),
    ],
)
def test_fix_keeps_the_files_encoding_line_ends_and_mode_and_a_byte_exact_backup(
    tmp_path: Path, encoding: str, bom: bytes, newline: str
) -> None:
    import os

    text = "甲社区2025年工作总结\n一、主要工作\n发放资料100份,清理杂物20处。\n"
    path = tmp_path / "a.txt"
    original = bom + text.replace("\n", newline).encode(encoding)
    path.write_bytes(original)
    os.chmod(path, 0o600)
    (tmp_path / "a.txt.bak").write_bytes(b"an older backup of the user's")
    result = runner.invoke(app, ["check", "--fix", str(path)])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == bom + text.replace(",", "，").replace("\n", newline).encode(encoding)
    assert (tmp_path / "a.txt.bak").read_bytes() == b"an older backup of the user's"  # never overwritten
    assert (tmp_path / "a.txt.bak.1").read_bytes() == original and "a.txt.bak.1" in result.output
    assert os.stat(path).st_mode & 0o777 == 0o600 == os.stat(tmp_path / "a.txt.bak.1").st_mode & 0o777


# ---------------------------------------------------------------------------- dates
DATED = """幸福社区2026年上半年工作总结
2026年上半年，幸福社区在街道党工委的领导下开展各项工作。现将有关情况总结如下：
一、主要工作
自{start}起开展燃气安全排查，整改隐患12处，台账见燃气台账2026-07-10.xlsx。
二、存在的问题
个别商户整改不及时。
三、下一步计划
{plan}前完成剩余隐患整改。
以上总结如有不妥之处，敬请批评指正。
幸福社区居委会
2026年7月12日
"""


@pytest.mark.parametrize(
    ("start", "plan"), [("2026/4/10", "2026-07-20"), ("2026.4.10", "2026年07月20日"), ("2026-04-10", "2026/7/20")]
)
def test_a_date_in_the_text_is_written_as_gongwen_write_it(start: str, plan: str) -> None:
    """heldout30: 「2026/4/10起」 and 「2026-07-10前完成」 in the text, not only in the signature;
    the date inside a file name is the name's own."""
    text = DATED.format(start=start, plan=plan)
    report = check_text(text, "t.txt", markdown=False)
    found = [f.text for f in report.findings if f.rule == "date-form"]
    assert found == [start, plan]
    fixed, _edits = fix_text(text, markdown=False)
    assert "自2026年4月10日起" in fixed and "2026年7月20日前" in fixed and "燃气台账2026-07-10.xlsx" in fixed
    assert fix_text(fixed, markdown=False)[0] == fixed


MONTHLY = """柳溪社区2026年第一季度工作小结

今年以来，柳溪社区在街道党工委的领导下，按月细化任务，现将一季度工作总结如下。

一月份，走访困难家庭23户，发放慰问金1.1万元。
二月份，组织元宵游园活动1场，参与居民约300人。
三月份，完成楼道杂物清理42处。

不足之处
1. 志愿者队伍年龄偏大。
2. 活动经费来源单一。
{plans}
柳溪社区居委会
2026年4月2日
"""


@pytest.mark.parametrize("plans", ["\n下季度打算\n1. 招募青年志愿者10名。\n", ""])
def test_work_told_month_by_month_after_the_lead_in_is_the_work(plans: str) -> None:
    """heldout59t: 一月份，… 二月份，… with no heading after 现将…总结如下。 was read as the opening,
    and a lone 不足之处 over a numbered list as no heading at all."""
    report = check_text(MONTHLY.format(plans=plans), "t.txt", markdown=False)
    assert report.sections["work"].found and report.sections["work"].line == 5
    assert report.sections["problems"].found and report.sections["problems"].line == 9
    assert report.sections["plans"].found == bool(plans)


@pytest.mark.parametrize(
    ("scanned", "date"),
    [
        ("2026年7月1O日", "2026年7月10日"),
        ("2026年l2月3日", "2026年12月3日"),
        ("2O26年7月12日", "2026年7月12日"),
        ("2026 年 7 月 12 日", "2026年7月12日"),  # a scan's spaces (hostile62's D13)
        ("2026.7.1O", "2026年7月10日"),  # D14
        ("2026年7月12曰", "2026年7月12日"),  # 曰 read for 日 (D15)
    ],
)
def test_a_scans_letter_in_a_date_is_read_as_its_digit(scanned: str, date: str) -> None:
    """heldout59t: a signature read by OCR, 2025年12月2O日 (the letter O for 0)."""
    text = DATED.format(start="4月10日", plan="9月底").replace("2026年7月12日", scanned)
    found = [f.text for f in check_text(text, "t.txt", markdown=False).findings if f.rule == "date-form"]
    assert found == [scanned]
    assert fix_text(text, markdown=False)[0].endswith(date + "\n")


@pytest.mark.parametrize("kept", ["台账_2026年7月1O日.xlsx", "子曰：学而时习之", "填写2026年O月O日", "2026年2月3O日"])
def test_what_only_looks_like_a_scanned_date_is_left_alone(kept: str) -> None:
    """A file's own name, a quoted 曰, a form's blank date and a day no month has are not a scan's slips."""
    text = DATED.format(start="4月10日", plan="9月底").replace("总结如下：", "总结如下：" + kept + "。", 1)
    assert kept in text
    assert not [f for f in check_text(text, "t.txt", markdown=False).findings if f.rule == "date-form"]


def test_a_news_pages_date_before_its_source_is_furniture_not_a_date_to_fix() -> None:
    """real_heldout's news page: 「2026-09-15　來源：…」 is the page's byline, not the text's date."""
    text = "銀杏社區長者飯堂開到家門口\n\n2026-09-15　來源：南城區融媒體中心\n\n近日，銀杏社區長者飯堂開業，每天供餐300份。\n"
    report = check_text(text, "t.txt", markdown=False)
    assert not [f for f in report.findings if f.rule == "date-form"]
    assert report.sections["opening"].line == 5


OUTLINED = """目  录
1  基本情况 ........................................ 1
2  主要工作 ........................................ 1
3  存在问题 ........................................ 2
4  下一步打算 ...................................... 2

柳岸社区2026年上半年网格工作总结

1  基本情况
柳岸社区划分为8个网格，配备专职网格员8名。现将上半年工作总结如下。

2  主要工作
2.1  信息采集
2.1.1  人口信息。网格员更新人口信息3200条。
2.1.2  房屋信息。核实出租房屋140套。
2.2  「网格议事会」
召开议事会12场，协调解决楼道堆物等问题30个。

3  存在问题
兼职网格员参与不够，部分只挂名不履职。

4  下一步打算
完善兼职网格员激励办法，每季度评选一次。

柳岸社区居委会
2026年7月8日
"""


def test_a_word_outline_saved_as_text_heads_its_parts_and_its_contents_page_is_furniture() -> None:
    """heldout29: 「目  录」 with dot leaders was read as the title and the opening, and 「3  存在问题」
    (a number, two spaces, no 、) was no heading, so the problems and the plans were called missing."""
    report = check_text(OUTLINED, "t.txt", markdown=False)
    sections = report.sections
    assert sections["title"].line == 7 and sections["problems"].line == 19 and sections["plans"].line == 22
    assert not [f for f in report.findings if f.rule.startswith("numbering")], report.findings


def test_a_pinyin_gloss_of_several_syllables_is_debris_reported_once() -> None:
    """heldout29: 「随访(suí fǎng)」 was missed, and its brackets reported as half-width punctuation."""
    text = PASTED.replace("效果较好", "每季度面对面随访(suí fǎng)")
    rules = [f.rule for f in check_text(text, "t.txt", markdown=False).findings if "suí" in f.text]
    assert rules == ["converter-debris"]
    assert "(suí fǎng)" not in fix_text(text, markdown=False)[0]


@pytest.mark.parametrize(
    ("typed", "reported"),
    [
        ("信息录入区网格化guanli平台", True),  # heldout59t: an input method's pinyin, never converted
        ("对监控系统进行shengji改造", True),
        ("对监控系统进行 shengji 改造", True),  # set off by spaces (hostile62)
        ("购置 Haier 冰箱2台", False),  # a capital: a brand's own spelling
        ("居民可下载app报名参加", False),  # English words between characters are prose
        ("小区已覆盖wifi信号", False),
        ("请扫码填写online问卷", False),
        ("社区打taxi送医2次", False),  # four letters: too short to tell
    ],
)
def test_pinyin_an_input_method_left_is_reported_and_words_are_not(typed: str, reported: bool) -> None:
    text = PASTED.replace("效果较好", typed)
    rules = [f.rule for f in check_text(text, "t.txt", markdown=False).findings]
    assert ("untyped-pinyin" in rules) == reported


def test_a_heading_over_problems_and_plans_read_inline_is_not_empty() -> None:
    """heldout29: 「五、不足和打算」 over one paragraph read as the problems and then the plans was
    reported as a heading with nothing under it."""
    text = PASTED.replace(
        "二、存在的问题\n(1)社区工作人员少,任务重;\n(2)活动场地不足?\n三、下一步计划\n1.加强队伍建设;\n2.争取新增活动用房(约200平方米）。\n",
        "二、不足和打算\n工作虽有成效，但也存在不足：社区工作人员少，活动场地不足。下半年，社区将加强队伍建设，争取新增活动用房。\n",
    )
    report = check_text(text, "t.txt", markdown=False)
    assert report.sections["problems"].found and report.sections["plans"].found
    assert "empty-section" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("problems", "plans"),
    [
        ("四、美中不足的是，部分工作仍不到位", "五、接下来，我们将重点做好"),
        ("二、回望一年，仍有几方面未如理想", "三、2026年，我们将着力做好三件事"),
        ("二、对照群众期盼，我们也清醒地认识到", "三、2026年工作部署"),
    ],
)
def test_part_titles_in_the_writers_own_words_head_their_parts(problems: str, plans: str) -> None:
    """heldout33: problems titled without 问题 and plans without 下一步 were called missing."""
    text = (
        PASTED.replace("二、存在的问题", problems)
        .replace("三、下一步计划", plans)
        .replace("2025年12月28日", "2026年1月8日")
    )
    report = check_text(text, "t.txt", markdown=False)
    assert report.sections["problems"].heading == problems and report.sections["plans"].heading == plans


@pytest.mark.parametrize(
    ("typed", "fixed"), [('开展“平安河畔"夜巡', "开展“平安河畔”夜巡"), ('开展"平安河畔”夜巡', "开展“平安河畔”夜巡")]
)
def test_a_chinese_quote_paired_with_a_straight_one_is_fixed(typed: str, fixed: str) -> None:
    """heldout62t: “平安河畔" — one quote typed straight; ascii-quote reports it once and --fix makes the pair."""
    text = DATED.format(start="4月10日", plan="9月底").replace("总结如下：", "总结如下：" + typed + "。", 1)
    rules = [f.rule for f in check_text(text, "t.txt", markdown=False).findings]
    assert rules.count("ascii-quote") == 1 and "unbalanced-quote" not in rules
    assert fixed in fix_text(text, markdown=False)[0]


def test_a_plans_lead_over_the_texts_only_numbered_list_heads_the_plans() -> None:
    """heldout62t: work told 一是…五是… with no headings, then 下一步，…重点做好三项工作： over （一）（二）（三） —
    the list was read as the text's parts (work at （一）, problems and plans missing)."""
    text = (
        "青石网格站2025年专项行动总结\n按照街道部署，网格站开展了专项行动，现将有关情况总结如下。\n"
        "一是摸清底数。逐户上门1,200户，更新信息3,000条。\n二是建立台账。建立特殊人群台账86份。\n"
        "在行动中，也暴露出一些短板。\n兼职网格员操作不熟练，录入差错较多。\n"
        "下一步，网格站将重点做好两项工作：\n（一）每月组织一次终端操作培训。\n（二）每季度更新一次数据。\n"
        "以上总结，不当之处请批评指正。\n青石网格站\n2025年12月2日\n"
    )
    report = check_text(text, "t.txt", markdown=False)
    assert report.sections["plans"].found and report.sections["plans"].line == 7
    assert report.sections["work"].found and report.sections["work"].line == 3
