"""Shapes heldout36's hand pasted (a 公众号 post, a slide deck, a 物业 month, a village quarter, a
news report), each as a small text of our own: the part is found where the writer put it."""

from __future__ import annotations

import pytest

from assistant.checking.check import check_text
from assistant.checking.registry import Options

WORK = "（一）党建工作。召开党委会12次，组织主题党日6场。\n（二）民生服务。为62户独居老人安装烟感。\n"


def _parts(text: str) -> dict[str, bool]:
    report = check_text(text, "t.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    return {name: part.found for name, part in report.sections.items()}


def _rules(text: str) -> set[str]:
    report = check_text(text, "t.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    return {f.rule for f in report.findings}


POST = (
    "桂苑社区2026年上半年工作总结\n\n原创 桂苑社区 2026年07月06日\n\n"
    "上半年，社区在街道党工委领导下扎实做好各项工作。现向居民朋友汇报如下。\n\n"
    "🏠 上半年我们做了这些事\n\n【党建引领】\n召开党委会14次，组织主题党日6场。\n\n"
    "【民生服务】\n为62户独居老人安装智能烟感。\n\n"
    "⚠️ 还有这些不足需要改进\n\n一是停车难还没有根本解决；二是青年居民参与不多。\n\n"
    "🚩 下半年我们这样干\n\n1.推进停车改造。年底前完成西区停车场划线。\n2.每月开展1场青年活动。\n\n"
    "📝 写在最后\n\n小区是我们共同的家，社区将和大家一起把家园建设得更加美好！\n\n▲ 图为社区工作人员合影\n"
)


def test_a_post_headed_by_pictographs_has_every_part_and_its_caption_is_no_heading() -> None:
    assert all(_parts(POST).values()), _parts(POST)
    assert "empty-section" not in _rules(POST)


DECK = (
    "青禾社区2026年上半年工作汇报\n\n汇报人：XXX\n\n目 录\nCONTENTS\n01  工作回顾\n02  存在不足\n03  下步计划\n\n"
    "前言\n上半年，青禾社区在街道党工委的领导下\n各项工作总体平稳\n\n"
    "PART 01 工作回顾\n\n1.1 党建引领\n· 召开党委会12次\n· 开展主题党日6次\n\n"
    "PART 02 存在不足\n\n02 存在不足\n· 网格员流动性大\n· 年轻人参与少\n\n"
    "PART 03 下步计划\n\n03 下步计划\n· 7月：完成网格员轮训\n· 8月：推动2个小区引入物业服务\n\n"
    "结束语\n凝心聚力 再接再厉\n\n谢谢聆听！\nTHANKS\n"
)


def test_a_slide_deck_reads_by_its_parts_not_by_its_contents_slide() -> None:
    parts = _parts(DECK)
    assert all(parts.values()), parts
    report = check_text(DECK, "t.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    assert report.sections["plans"].line > 20  # the 03 下步计划 of the contents is not the plans
    assert "placeholder" in _rules(DECK)  # 汇报人：XXX, though the line is set aside from the parts
    assert "empty-section" not in _rules(DECK)  # PART 02 存在不足 then 02 存在不足: one heading


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a month's undone business, as a 物业 reports it to its owners' committee
        (
            "锦绣物业2026年6月工作报告\n\n一、本月工作完成情况\n" + WORK + "二、本月未完成事项\n1. 监控升级尚待审议。\n"
            "三、下月重点\n1. 做好防汛工作。\n\n特此报告。\n",
            "problems",
        ),
        # problems run in under the last work heading
        (
            "石桥村2026年第二季度工作报告\n\n一、主要工作\n"
            + WORK
            + "困难和问题：一是资金缺口较大；二是保洁力量不足。\n\n"
            "二、下步打算\n（一）争取奖补资金。\n\n特此报告。\n",
            "problems",
        ),
        # the title with the opening typed on after it
        (
            "景苑社区2026年上半年工作总结\u3000上半年，景苑社区统筹推进各项工作，取得了阶段性成效，现总结如下。\n"
            "一、主要工作及成效\n" + WORK + "二、存在问题\n人手不足。\n三、下步计划\n加强培训。\n",
            "title",
        ),
        # a news report closing on the superior's word
        (
            "南湾社区召开上半年工作总结会\n\n近日，南湾社区召开2026年上半年工作总结会。会上通报了上半年工作。\n\n"
            "上半年，社区召开党委会12次，组织主题党日6场，服务居民1.5万人次。\n\n"
            "当前社区工作还存在一些不容忽视的问题：养老服务供给跟不上需求。\n\n"
            "会议提出，下半年社区将新增居家养老服务床位20张。\n\n"
            "郑海涛对南湾社区上半年工作给予肯定，并要求社区坚持问题导向。\n",
            "closing",
        ),
    ],
)
def test_a_part_where_the_pasted_shape_puts_it(text: str, part: str) -> None:
    assert _parts(text)[part], _parts(text)


def test_the_title_does_not_swallow_its_opening() -> None:
    text = (
        "景苑社区2026年上半年工作总结\u3000上半年，景苑社区统筹推进各项工作，取得了阶段性成效，现总结如下。\n一、主要工作及成效\n"
        + WORK
    )
    report = check_text(text, "t.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    assert report.sections["opening"].found and report.sections["opening"].col > 10


def test_a_heading_printed_again_is_one_only_when_its_style_differs() -> None:
    """PART 02 存在不足 then 02 存在不足 is one heading printed twice; two 1.甲 items of one list stay two."""
    from assistant.summary.tree import parse_tree

    twice = parse_tree("标题\n\nPART 02 存在不足\n\n02 存在不足\n· 人手不足\n", markdown=False)
    assert [s.title for _, s in twice.headings()] == ["存在不足"]
    items = parse_tree("标题\n\n一、主要工作\n1.甲\n1.甲\n", markdown=False)
    assert [s.title for _, s in items.headings()].count("甲") == 2
