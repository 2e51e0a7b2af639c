"""The twenty-first session's answers, in texts of our own: what the session's readers, its hostile pass and its own
reading of drafts made `--like` an office's summary found."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.core.script import to_simplified
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.drafting.office_style import StyleChoice
from assistant.facts.model import facts_from_data
from assistant.summary.style import read_style

TODAY = dt.date(2026, 12, 7)

_JOINT = (
    "北湾社区居民委员会2025年度工作总结\n\n2025年，北湾社区居委会在街道党工委、办事处的领导下，各项工作有序推进。现将"
    "一年来的工作总结如下。\n\n一、主要工作\n\n（一）便民服务。全年代办各类事项300件。\n\n（二）楼道整治。清理堆物70处。"
    "\n\n二、存在的主要问题和下一步打算\n\n网格员人手偏少。下一步，社区将招募楼栋志愿者。\n\n北湾社区居民委员会\n"
    "2026年1月6日\n"
)


@pytest.mark.parametrize("problems", [["老旧小区停车位紧张"], []])
def test_an_offices_one_heading_over_problems_and_plans_keeps_the_plans_under_it(problems: list[str]) -> None:
    """An office that writes 存在的主要问题和下一步打算 as one part gets its plans under that heading, not a part of
    their own after it; a missing problem is the part's own gap, not one named by the joint heading."""
    data = {
        "community": "北湾社区居民委员会",
        "period": "2026年",
        "kind": "社区",
        "work": {"便民服务": ["代办各类事项412件"], "楼道整治": ["清理楼道堆物96处"]},
        "problems": problems,
        "plans": ["协调辖区单位错时开放停车位"],
    }
    style = read_style(_JOINT)
    assert style is not None
    options = DraftOptions(today=TODAY, style=StyleChoice(style, "like"))
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, options).text())
    assert text.count("存在的主要问题和下一步打算") == 1, text
    assert "三、" not in text and "下一步工作计划" not in text, text
    tail = text.split("存在的主要问题和下一步打算", 1)[1]
    assert "协调辖区单位错时开放停车位" in tail, text
    assert "【待补：存在的主要问题和下一步打算】" not in text, text
    if not problems:
        assert "【待补" in tail.split("协调", 1)[0], text
