"""The structure parser on the seven samples (golden trees, checked by hand) and on edge cases."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from assistant.io.readers import read_source
from assistant.retrieval.corpus import bundled_sample_files
from assistant.summary.layout import match_marker
from assistant.summary.nodes import classify_heading
from assistant.summary.tree import parse_tree

GOLDEN = Path(__file__).parent / "golden" / "structure"
SAMPLES = bundled_sample_files()


def test_seven_samples_are_bundled() -> None:
    assert [p.stem.split("_", 1)[1] for p in SAMPLES] == ["pian1", "pian2", "pian3", "er", "pian4", "pian5", "pian6"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_golden_tree(path: Path) -> None:
    src = read_source(path)
    tree = parse_tree(src.text, src.line_offset).to_dict()
    golden = GOLDEN / f"{path.stem}.json"
    if os.environ.get("ZONGJIE_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(tree, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert tree == json.loads(golden.read_text(encoding="utf-8"))


def _sample(sample_id: str):  # type: ignore[no-untyped-def]
    path = next(p for p in SAMPLES if p.stem.endswith(sample_id))
    src = read_source(path)
    return parse_tree(src.text, src.line_offset)


def test_roles_of_top_sections() -> None:
    roles = {sid: [s.roles for s in _sample(sid).sections] for sid in ("pian1", "er", "pian5", "pian6")}
    assert roles["pian1"][-1] == ["problems", "plans"]  # 主要困難和建議: both in one
    assert roles["er"] == [["work"], ["problems"], ["plans"]]  # 所做的工作 / 存在的問題 / 今後工作思路
    assert roles["pian5"] == [["work"], ["problems"], ["plans"]]  # … / 存在問題 / 下一階段工作計劃
    assert all(r == ["work"] for r in roles["pian6"])  # topic headings only: no problems, no plans


def test_dotted_heading_and_closing_without_heading() -> None:
    doc = _sample("pian4")
    first = doc.sections[0]
    assert (first.marker, first.title) == ("一.", "創衛工作是今年的工作重點")
    assert [c.marker for c in first.children] == ["1、", "2、", "3、"]  # 1、 straight under 一.
    assert doc.closing and doc.closing[0].text.startswith("工作半年來")


def test_heading_running_on_into_its_paragraph() -> None:
    item = _sample("pian4").sections[0].children[0]
    assert item.title == "宣傳發動" and item.inline
    assert item.paragraphs[0].text.startswith("通過掛橫幅")


def test_page_break_in_the_middle_of_a_word_is_joined() -> None:
    para = _sample("pian2").sections[0].paragraphs
    assert len(para) == 1
    assert "爲成員的創衛工作領導小組" in para[0].text


def test_enumerations_inside_paragraphs() -> None:
    doc = _sample("er")
    plans = doc.sections[2]
    assert [e.number for p in plans.paragraphs for e in p.enum] == [1, 2, 3]  # 一要 二要 三要
    assert doc.closing[0].text.startswith("創衛工作是一項")


def test_sample_without_opening_or_closing() -> None:
    doc = _sample("pian3")
    assert doc.opening == [] and doc.closing == []
    assert len(doc.sections) == 4


@pytest.mark.parametrize(
    ("line", "style"),
    [
        ("一、主要工作", "cn"),
        ("一.創衛工作是今年的工作重點.", "cn"),
        ("（二）宣傳發動", "paren_cn"),
        ("(二)宣傳發動", "paren_cn"),
        ("1、宣傳", "num"),
        ("1. 宣傳", "num"),
        ("1．宣傳", "num"),
        ("（1）宣傳", "paren_num"),
        ("(1)、我局", "paren_num"),
    ],
)
def test_markers(line: str, style: str) -> None:
    found = match_marker(line)
    assert found is not None and found[0] == style


@pytest.mark.parametrize("line", ["1.2萬噸垃圾", "一是加強領導", "十分重視", "2024年工作", "進一步加強"])
def test_not_markers(line: str) -> None:
    assert match_marker(line) is None


@pytest.mark.parametrize(
    ("title", "roles"),
    [
        ("存在的問題", ["problems"]),
        ("存在的问题", ["problems"]),
        ("不足之處", ["problems"]),
        ("今後努力方向", ["plans"]),
        ("下一阶段工作打算", ["plans"]),
        ("三、今後工作思路", ["plans"]),
        ("主要困难和建议", ["problems", "plans"]),
        ("开展计划生育服务", ["work"]),
        ("主要工作及成效", ["work"]),
        ("加強組織領導", ["work"]),
        ("基本情况", ["other"]),
    ],
)
def test_classify_heading_both_scripts(title: str, roles: list[str]) -> None:
    assert classify_heading(title) == roles


def test_markdown_headings_and_signature() -> None:
    text = "\n".join(
        [
            "# 幸福里社区2024年上半年创卫工作总结",
            "",
            "在街道党工委的领导下，我社区扎实推进创卫工作。现将有关情况总结如下：",
            "",
            "## 一、主要工作及成效",
            "",
            "### （一）宣传发动",
            "",
            "发放宣传资料3200份。",
            "",
            "## 二、存在的问题",
            "",
            "居民参与面还不够广。",
            "",
            "## 三、下一步工作计划",
            "",
            "继续加强宣传。",
            "",
            "总之，我们将继续努力。",
            "",
            "幸福里社区居委会",
            "2024年7月5日",
        ]
    )
    doc = parse_tree(text)
    assert doc.title.startswith("幸福里社区")
    assert [s.roles for s in doc.sections] == [["work"], ["problems"], ["plans"]]
    assert doc.sections[0].children[0].title == "宣传发动"
    assert [p.text for p in doc.closing] == ["总之，我们将继续努力。"]
    assert [p.text for p in doc.signature] == ["幸福里社区居委会", "2024年7月5日"]
    assert doc.sections[1].line == 11  # file lines, for the checker's messages


def test_docx_heading_styles(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("某单位工作总结", level=0)
    document.add_paragraph("现将工作总结如下：")
    document.add_heading("主要工作", level=1)
    document.add_paragraph("完成了培训2期。")
    document.add_heading("存在问题", level=1)
    document.add_paragraph("人手不足。")
    path = tmp_path / "a.docx"
    document.save(str(path))
    doc = parse_tree(read_source(path).text)
    assert [s.title for s in doc.sections] == ["主要工作", "存在问题"]
    assert [s.role for s in doc.sections] == ["work", "problems"]


def test_empty_and_heading_only_texts_do_not_crash() -> None:
    assert parse_tree("").sections == []
    doc = parse_tree("一、\n二、存在问题\n三、")
    assert [s.role for s in doc.sections] == ["work", "problems", "work"]


# heldout11's shapes, each in a text of our own (the corpus itself is run in test_real_corpus.py)
def _parts(text: str, markdown: bool = False) -> dict[str, bool]:
    from assistant.summary.parts import read_summary

    summary = read_summary(text, 0, markdown)
    return {name: part.found for name, part in summary.parts.items()}


def test_letters_brackets_and_bold_lines_head_parts_and_a_list_item_is_none() -> None:
    assert match_marker("A. 灭火救援")[0] == "latin" and match_marker("Ｃ．队伍建设")[3] == 3  # type: ignore[index]
    assert match_marker("A. 张三，负责宣传") is None and match_marker("AED除颤仪培训") is None
    assert match_marker("【二】善用有限空间")[0] == "bracket_cn"  # type: ignore[index]
    text = "甲物业2026年上半年工作总结\n\n上半年，中心在业委会的监督下开展工作。\n\n**基础服务提质增效**\n\n受理报修1236件。\n\n**安全管理常抓不懈**\n\n新增摄像头46个。\n\n**注意：**\n\n以上为上半年数据。\n"
    tree = parse_tree(text, 0, True)
    assert [s.title for s in tree.sections] == ["基础服务提质增效", "安全管理常抓不懈"]


def test_a_documents_tail_of_attachments_leaves_its_closing_the_last_paragraph() -> None:
    text = (
        "甲中心关于2026年工作情况的报告\n\n2026年，中心在区卫健局的领导下开展工作。现报告如下：\n\n"
        "一、主要工作\n\n接诊12万人次。\n\n二、存在的问题\n\n人手不足。\n\n三、下一步打算\n\n增加医生2名。\n\n特此报告。\n\n"
        "附件：1.重点指标完成情况表.xlsx\n2.满意度调查报告.pdf\n\n甲中心\n2026年12月28日\n\n"
        "抄送：区疾控中心。\n甲中心办公室　　2026年12月28日印发\n"
    )
    assert _parts(text)["closing"]


def test_an_opening_sentence_problems_in_an_opening_and_a_term_s_plans() -> None:
    two = (
        "甲老年大学2026年春季学期工作小结\n\n本学期，我校在区老干部局的指导下，顺利完成了教学任务。全学期开设12个班，"
        "在册学员468人；组织汇演1次。\n\n不足之处是教室紧张。秋季学期，我们将协调街道共用两间活动室。\n\n甲老年大学\n2026年7月3日\n"
    )
    assert _parts(two) == {k: True for k in _parts(two)} | {"closing": False}
    first = (
        "甲幼稚园工作总结\n\n本学年，本园在主管部门的指导下完成各项工作。回顾本学年，本园主要面对三方面困难：一是新教师多；"
        "二是场地小；三是家长时间有限。针对上述问题，本园采取了以下措施：\n\n【一】加强师资培训\n带教新教师9名。\n\n"
        "【二】来年工作计划\n一、完善培养方案；\n二、改造顶楼空间。\n\n甲幼稚园\n2026年7月15日\n"
    )
    found = _parts(first)
    assert found["problems"] and found["plans"] and found["work"]
    assert classify_heading("遭遇困難") == ["problems"] and classify_heading("116年度工作重點") == ["plans"]
    assert classify_heading("115年度工作成果") == ["work"]


def test_a_closings_modesty_after_the_plans_is_not_the_problems() -> None:
    text = (
        "甲税务所2026年工作总结\n\n2026年，我所在县局党委的领导下开展工作。现总结如下：\n\n一、主要工作\n\n组织税费收入3亿元。\n\n"
        "二、明年工作设想\n\n（一）强化税源分析。\n（二）深化精细服务。\n\n"
        "总之，2026年各项工作取得了一定成绩，但与上级的要求相比仍有差距。2027年，我们将锐意进取，奋力开创新局面。\n\n"
        "甲税务所\n2026年12月30日\n"
    )
    found = _parts(text)
    assert found["closing"] and not found["problems"]
