"""A visit told as people tell it, in written words: door by door, when, who was found, what was
done, the figures as they were (round 35's 社工站 notes, written again in our own words)."""

from __future__ import annotations

import pytest

from assistant.core.numbers import find_figures
from assistant.facts.copyedit import edit_item


@pytest.mark.parametrize(
    ("item", "edited"),
    [
        ("冬至前后跟着网格员一户一户上门，共走了46户", "冬至前后会同网格员逐户上门，共走访46户"),
        ("入户的时候发现有个独居老人家里没有取暖的", "入户中发现一位独居老人家里没有取暖的"),
        ("老人九十好几了一个人住", "老人年逾九旬独居"),
        ("女儿在外地打工", "女儿在外务工"),
        ("帮6户人家跑医保材料，最后批下来临时救助2户", "帮助6户家庭办理医保材料，最终获批临时救助2户"),
        ("就我们两个人", "仅有两人"),
        ("审批要个把月", "审批要一个月左右"),
        ("跟楼栋长搭伙，平时多留心", "与楼栋长协作，日常加强关注"),
        ("寒假给孩子们上了6次课，孩子们可开心了", "寒假为孩子们开设了6次课"),
        # left: 七十好几 of people, not an age
        ("多的时候七十好几", "多的时候七十好几"),
    ],
)
def test_a_visit_is_written_as_a_summary_writes_it(item: str, edited: str) -> None:
    text, edits = edit_item(item, work=True)
    assert text == edited
    assert bool(edits) == (item != edited)
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(item)]
