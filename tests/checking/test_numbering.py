"""The numbering rules (``numbering``, ``numbering-level``) and their fix, which share one walk
over the headings (assistant/checking/rules/numbering.py)."""

from __future__ import annotations

from pathlib import Path

from assistant.checking.check import check_text
from assistant.checking.fix import fix_text

from .test_check import GOOD
from .test_rules import GBT_OUTLINE, _heading_starts, _rules


def test_a_skipped_level_is_advice_once_per_document() -> None:
    """1、 straight under 一、 is the commonest real usage: one piece of advice for the whole text,
    not a warning per heading."""
    text = GOOD.replace("（一）加强宣传", "1、加强宣传").replace("（二）整治环境", "2、整治环境")
    text = text.replace("（一）部分", "1、部分").replace("（二）", "2、", 1)
    report = check_text(text, "t")
    advice = [f for f in report.findings if f.rule == "numbering-advice"]
    assert len(advice) == 1 and advice[0].severity == "info" and "（一）" in advice[0].message
    assert advice[0].line == 7 and not [f for f in report.findings if f.rule == "numbering-level"]


def test_a_marker_at_the_wrong_level_is_reported() -> None:
    text = "（一）主要工作\n\n做了一些事。\n\n（二）存在问题\n\n人手不足。\n"
    assert "numbering-level" in _rules(text)


def test_the_standard_sequence_is_clean() -> None:
    text = GOOD.replace(
        "（一）加强宣传", "（一）加强宣传\n\n1.印发资料\n\n（1）发放宣传资料3200份。\n\n（2）悬挂横幅25条。\n\n2.其他"
    )
    assert "numbering-level" not in _rules(text)


def test_fix_keeps_an_authors_own_numbering_hierarchy_and_markdown_links(tmp_path: Path) -> None:
    """1、 parts with (1) points and an (一) list under a part: renumbered by the author's own
    levels, not by GB/T's ranks of the markers (which would make the list a part)."""
    text = (
        "甲社区2024年工作总结\n今年以来，社区认真开展各项工作，现总结如下：\n1、主要工作\n(1)组织领导\n召开会议6次。\n"
        "(2)宣传发动\n发放资料3200份，见[通知](附件/通知.docx)。\n2、存在问题\n(一)设施薄弱。\n(二)意识不强。\n"
        "3、下一步计划\n继续整治。\n"
    )
    fixed, _ = fix_text(text)
    assert _heading_starts(fixed) == GBT_OUTLINE
    assert "[通知](附件/通知.docx)" in fixed  # a Markdown link is no bracket pair
    assert fix_text(fixed)[0] == fixed
