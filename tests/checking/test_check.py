"""The checker: the section map against hand-made labels, one-section removals, every rule."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checking.check import check_text
from assistant.checking.registry import RULES, LeakData, Options
from assistant.checking.rules.leaks import leak_sentences
from assistant.io.readers import read_source
from assistant.retrieval.corpus import bundled_sample_files
from assistant.summary.tree import parse_tree

LABELS = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "golden" / "section_labels.yaml").read_text(encoding="utf-8")
)
SAMPLES = {p.stem.split("_", 1)[1]: p for p in bundled_sample_files()}
DRAFTS = sorted((Path(__file__).resolve().parents[1] / "golden" / "drafts").glob("*.md"))


def _report(text: str, **options):  # type: ignore[no-untyped-def]
    return check_text(text, "t.txt", options=Options(**options))


def _rules(text: str, **options) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.rule for f in _report(text, **options).findings]


@pytest.mark.parametrize("sample", list(LABELS), ids=str)
def test_section_map_matches_the_labels(sample: str) -> None:
    src = read_source(SAMPLES[sample])
    report = check_text(src.text, sample, src.line_offset, Options(disabled={"sample-leak"}))
    found = {name: (part.line if part.found else None) for name, part in report.sections.items()}
    assert found == LABELS[sample]
    missing = {f.rule.removeprefix("missing-") for f in report.findings if f.rule.startswith("missing-")}
    expected_missing = {name for name, line in LABELS[sample].items() if line is None}
    assert {m for m in missing if m != "opening" or found["opening"] is None} == expected_missing


# ---------------------------------------------------------------------- one section removed at a time
def _complete_texts() -> dict[str, str]:
    texts = {name: read_source(SAMPLES[name]).text for name in ("er", "pian5")}
    texts.update({p.stem: p.read_text(encoding="utf-8") for p in DRAFTS})
    return texts


def _remove(text: str, part: str) -> str:
    """Delete the lines of one standard part, found by the structure parser."""
    doc = parse_tree(text)
    lines = text.split("\n")
    drop: set[int] = set()
    if part == "title":
        drop.add(doc.title_line)
    elif part in ("opening", "closing"):
        drop.update(p.line for p in getattr(doc, part))
    else:
        for section in doc.sections:
            if part in section.roles:
                start = section.line
                later = [s.line for s in doc.sections if s.line > start]
                closing = [p.line for p in doc.closing + doc.signature]
                end = min(later + closing + [len(lines) + 1])
                drop.update(range(start, end))
    assert drop, part
    return "\n".join(line for n, line in enumerate(lines, 1) if n not in drop)


COMPLETE = _complete_texts()


@pytest.mark.parametrize("name", list(COMPLETE))
def test_complete_texts_have_no_missing_sections(name: str) -> None:
    rules = _rules(COMPLETE[name], disabled={"sample-leak"})
    assert not [r for r in rules if r.startswith("missing-")], rules


@pytest.mark.parametrize("part", ["title", "opening", "work", "problems", "plans", "closing"])
@pytest.mark.parametrize("name", list(COMPLETE))
def test_every_removal_is_detected(name: str, part: str) -> None:
    damaged = _remove(COMPLETE[name], part)
    rules = _rules(damaged, disabled={"sample-leak"})
    assert f"missing-{part}" in rules
    assert [r for r in rules if r.startswith("missing-")] == [f"missing-{part}"]


# ---------------------------------------------------------------------- the rules one by one
GOOD = """幸福里社区2024年上半年创卫工作总结

2024年上半年，在街道党工委的领导下，我社区扎实推进创卫工作。现将有关情况总结如下：

一、主要工作及成效

（一）加强宣传

发放宣传资料3200份，悬挂横幅25条。

（二）整治环境

清理卫生死角48处。

二、存在的问题

部分居民参与不够。

三、下一步工作计划

继续开展集中整治。

总之，我们将继续努力。
"""


def test_a_good_text_is_clean() -> None:
    report = _report(GOOD, facts_text="2024年上半年\n发放宣传资料3200份\n悬挂横幅25条\n清理卫生死角48处")
    assert report.findings == [] and not report.failed(strict=True)


def test_sections_inside_paragraphs_count() -> None:
    text = GOOD.replace("二、存在的问题\n\n部分居民参与不够。\n\n三、下一步工作计划\n\n继续开展集中整治。\n\n", "")
    text = text.replace(
        "清理卫生死角48处。",
        "清理卫生死角48处。但也存在一些不足：一是参与面不广，二是设施老化。下一步，我们将继续整治。",
    )
    report = _report(text)
    assert report.sections["problems"].how == "paragraph" and report.sections["plans"].how == "paragraph"
    assert not [f for f in report.findings if f.rule.startswith("missing-")]


def test_synonym_headings_in_both_scripts() -> None:
    text = GOOD.replace("二、存在的问题", "二、不足之處").replace("三、下一步工作计划", "三、下一階段工作打算")
    assert not [r for r in _rules(text) if r.startswith("missing-")]
    combined = GOOD.replace(
        "二、存在的问题\n\n部分居民参与不够。\n\n三、下一步工作计划\n\n继续开展集中整治。",
        "二、困難和建議\n\n人手不足，建議增加人員。",
    )
    assert not [r for r in _rules(combined) if r.startswith("missing-")]


def test_opening_without_lead_in() -> None:
    text = GOOD.replace("现将有关情况总结如下：", "取得了一定成效。")
    report = _report(text)
    assert report.sections["opening"].found
    assert "missing-opening" not in [f.rule for f in report.findings]
    findings = [f for f in report.findings if f.rule == "opening-formula"]
    assert len(findings) == 1 and "總結如下" in findings[0].message and findings[0].line == 3


def test_section_order() -> None:
    text = GOOD.replace(
        "二、存在的问题\n\n部分居民参与不够。\n\n三、下一步工作计划\n\n继续开展集中整治。",
        "二、下一步工作计划\n\n继续开展集中整治。\n\n三、存在的问题\n\n部分居民参与不够。",
    )
    assert "section-order" in _rules(text)


@pytest.mark.parametrize(
    ("old", "new", "what"),
    [
        ("二、存在的问题", "四、存在的问题", "跳號"),
        ("三、下一步工作计划", "一、下一步工作计划", "重新從頭"),
        ("（二）整治环境", "（三）整治环境", "跳號"),
        ("（二）整治环境", "2、整治环境", "只有"),
    ],
)
def test_numbering(old: str, new: str, what: str) -> None:
    findings = [f for f in _report(GOOD.replace(old, new)).findings if f.rule == "numbering"]
    assert findings and what in findings[0].message


def test_numbering_mixed_punctuation() -> None:
    text = GOOD.replace("二、存在的问题", "二.存在的问题")
    assert any("標點" in f.message for f in _report(text).findings if f.rule == "numbering")


def test_empty_section() -> None:
    text = GOOD.replace("清理卫生死角48处。\n", "")
    findings = [f for f in _report(text).findings if f.rule == "empty-section"]
    assert len(findings) == 1 and findings[0].text == "（二）整治环境"


@pytest.mark.parametrize("placeholder", ["20xx年", "XX社区", "××街道", "共__份", "【待补】", "某某同志", "2O24"])
def test_placeholders(placeholder: str) -> None:
    text = GOOD.replace("部分居民参与不够。", f"部分居民参与不够，{placeholder}。")
    rules = _rules(text)
    if placeholder == "2O24":  # a letter O is not one of our placeholders
        assert "placeholder" not in rules
    else:
        finding = next(f for f in _report(text).findings if f.rule == "placeholder")
        assert finding.line == 17 and finding.col > 1


def test_figures_against_facts() -> None:
    facts = "2024年上半年\n发放宣传资料3,200份\n清理卫生死角48处\n培训2期"
    report = _report(GOOD, facts_text=facts)
    unsupported = [f for f in report.findings if f.rule == "unsupported-figure"]
    unused = [f for f in report.findings if f.rule == "unused-fact"]
    assert [f.text for f in unsupported] == ["25条"] and unsupported[0].severity == "error"
    assert [f.text for f in unused] == ["2期"] and unused[0].severity == "warning"
    assert unsupported[0].line == 9


def test_sample_leak() -> None:
    leaks = LeakData({"昌宁宫社区"}, leak_sentences(["創衛工作是一項造福於民的民心工程，也是一項任重道遠的艱鉅工程。"]))
    text = GOOD.replace(
        "总之，我们将继续努力。",
        "总之，创卫工作是一项造福于民的民心工程，也是一项任重道远的艰巨工程。昌寧宮社區将继续努力。",
    )
    findings = [f for f in _report(text, leaks=leaks).findings if f.rule == "sample-leak"]
    assert len(findings) >= 2
    assert any("照抄" in f.message for f in findings) and any("昌宁宫社区" in f.message for f in findings)
    # the same name in the facts is the user's own, not a copy
    own = _report(text, leaks=leaks, facts_text="昌宁宫社区")
    assert not [f for f in own.findings if f.rule == "sample-leak" and "地名" in f.message]


def test_no_index_note() -> None:
    assert "sample-leak" in _report(GOOD).notes[0]
    assert _report(GOOD, disabled={"sample-leak"}).notes == []


def test_mixed_script() -> None:
    text = GOOD.replace("部分居民参与不够。", "部分居民參與不夠，設施還須維護。")
    findings = [f for f in _report(text).findings if f.rule == "mixed-script"]
    assert len(findings) == 1 and "繁體" in findings[0].message
    assert findings[0].line == 17


def test_duplicate_sentence() -> None:
    text = GOOD.replace("继续开展集中整治。", "继续开展集中整治。清理卫生死角48处。")
    findings = [f for f in _report(text).findings if f.rule == "duplicate-sentence"]
    assert len(findings) == 1 and "第13行" in findings[0].message


def test_disable_and_severities() -> None:
    text = GOOD.replace("部分居民参与不够。", "XX社区参与不够。")
    assert "placeholder" not in _rules(text, disabled={"placeholder"})
    report = _report(text, severities={"placeholder": "warning"})
    assert report.count("error") == 0 and report.failed(strict=True)
    assert "placeholder" not in _rules(text, severities={"placeholder": "off"})


def test_every_rule_has_a_default_severity() -> None:
    assert {rule.severity for rule in RULES.values()} <= {"error", "warning", "info"}


# ---------------------------------------------------------------------- robustness
def _mangle(text: str, data: st.DataObject) -> str:
    ops = data.draw(st.lists(st.sampled_from(["cut", "dup", "noise", "mojibake", "width", "join"]), max_size=4))
    for op in ops:
        if op == "cut" and text:
            i = data.draw(st.integers(0, len(text)))
            text = text[:i]
        elif op == "dup":
            text = text + text
        elif op == "noise":
            text = text + data.draw(st.text(max_size=50))
        elif op == "mojibake":
            text = text.encode("utf-8").decode("latin-1")
        elif op == "width":
            text = text.translate(str.maketrans("0123456789()", "０１２３４５６７８９（）"))
        elif op == "join":
            text = text.replace("\n", "")
    return text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_crashes(text: str) -> None:
    report = check_text(text, "x")
    assert set(report.sections) == {"title", "opening", "work", "problems", "plans", "closing"}


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_mangled_summaries_never_crash(data: st.DataObject) -> None:
    base = data.draw(st.sampled_from([GOOD, read_source(SAMPLES["pian5"]).text, "一、\n二、\n（一）\n1、\n", ""]))
    text = _mangle(base, data)
    report = check_text(
        text, "x", options=Options(facts_text="发放3200份", leaks=LeakData({"天马社区"}, {"一二三四五六七八九十一二"}))
    )
    for f in report.findings:
        assert f.severity in {"error", "warning", "info"} and f.line >= 0


def test_huge_line_is_fine() -> None:
    report = check_text("一、主要工作\n" + "清理垃圾十吨，" * 20000, "x")
    assert report.sections["work"].found


def test_a_fact_broken_over_a_line_is_quoted_on_one() -> None:
    """A figure a facts file breaks over a line (发放手册5\\n本) is cited as 5本, not 「5\\x0a本」."""
    report = _report(GOOD, facts_text="2024年上半年\n发放宣传资料3,200份\n清理卫生死角48处\n发放手册5\n本")
    unused = [f for f in report.findings if f.rule == "unused-fact"]
    assert unused and all("\n" not in f.text and "\n" not in f.message for f in unused)
    assert any("5本" in f.message for f in unused), [f.message for f in unused]


TRAD_PAGE = (
    "柳岸里2026年度工作報告\n\n"
    "本年度里辦公處在區公所指導下推動各項工作，茲將辦理情形報告如下：\n\n"
    "一、環境整潔\n辦理社區清掃活動12場，動員志工參與相當{word}。\n\n"
    "二、待加強之處\n巷道狹窄，違規停車情形仍然存在。\n\n"
    "三、明年度工作重點\n明年將爭取劃設停車格，並推動青年志工服務。\n\n"
    "柳岸里里長　王大明　敬上\n2026.12.20\n"
)


@pytest.mark.parametrize(("word", "mixed"), [("踴躍", False), ("踴跃", True)])
def test_one_stray_simplified_character_on_a_traditional_page(word: str, mixed: bool) -> None:
    report = _report(TRAD_PAGE.format(word=word), disabled={"sample-leak"})
    assert any(f.rule == "mixed-script" for f in report.findings) == mixed
    # 待加強之處 is the problems, 明年度工作重點 the plans; 敬上 and a dot date are the signature
    assert report.sections["problems"].found and report.sections["plans"].found


@pytest.mark.parametrize("phrase", ["詳細了解需求", "結合簽約服務及時更新", "專業老娘舅調解", "人口分布和周期"])
def test_a_phrase_choice_of_the_converter_is_no_mixing(phrase: str) -> None:
    text = TRAD_PAGE.format(word="踴躍").replace("動員志工", phrase + "，動員志工")
    assert not [f for f in _report(text, disabled={"sample-leak"}).findings if f.rule == "mixed-script"]


@given(
    st.lists(
        st.sampled_from(["## 壹、前言", "## 貳、執行成果", "# 標題", "正文一句。", "#標籤", "  # 縮進"]), max_size=8
    )
)
def test_a_txt_is_markdown_when_two_lines_are_atx_headings(lines: list[str]) -> None:
    from assistant.summary.tree import reads_as_markdown

    atx = sum(1 for ln in lines if ln.startswith("#") and " " in ln[:7] and ln.lstrip("#").startswith(" "))
    assert reads_as_markdown("\n".join(lines)) == (atx >= 2)


def test_heldout11_false_alarms_are_gone() -> None:
    """A 結語 heading whose paragraph is the closing, a numbered item that is a sentence of its own,
    and a 1. 2. list under a heading line with no number are not defects (heldout11's first run)."""
    text = (
        "甲图书馆分馆工作报告\n\n本年度，本馆在总馆督导下开展工作。兹报告如下：\n\n壹、年度工作成果\n\n"
        "一、馆藏充实：新增图书3412册。\n\n贰、遭遇困难\n\n馆员仅3人。\n\n叁、下一年度工作重点\n\n"
        "一、争取增设人员1名。\n\n二、加强宣传引导，在各社区设立开放日，用身边事说服身边人。\n\n"
        "肆、结语\n\n回顾本年度，感谢各位里长的支持。本馆将持续打造亲切的阅读空间。\n\n甲图书馆分馆\n2026年12月20日\n"
    )
    assert "empty-section" not in _rules(text)
    listed = (
        "甲之家2026年工作总结\n\n2026年，甲之家在街道残联的指导下开展工作。现总结如下：\n\n工作开展情况\n\n"
        "开展康复训练120次。\n\n存在不足\n\n场地偏小。\n\n下步打算\n\n1. 争取改造二楼用房。\n2. 引入专业社工。\n\n"
        "新的一年，我们将用心做好每一项服务。\n\n甲之家\n2026年12月20日\n"
    )
    assert "numbering-level" not in _rules(listed)


def test_a_list_after_a_lead_in_numbers_afresh_and_fix_keeps_it() -> None:
    """heldout12's month: 1. 2. 3. 4. of work, then 「8月份工作打算：」 and 1. 2. 3. again, is two lists,
    not a restart (and --fix must not renumber the second one 5. 6. 7.)."""
    from assistant.checking.fix import fix_text

    text = (
        "甲社区7月份工作总结\n\n现将甲社区7月份主要工作情况汇报如下：\n\n一、防汛。巡查3处。\n二、托管。开班1期。\n\n"
        "本月工作基本按计划完成。但也存在一些不足，如人手紧张。\n\n8月份工作打算：\n一、做好防汛值守。\n二、招募志愿者。\n\n"
        "甲社区居委会\n2026年7月31日\n"
    )
    assert "numbering" not in _rules(text)
    fixed, _edits = fix_text(text)
    assert "一、做好防汛值守" in fixed and "三、做好" not in fixed
