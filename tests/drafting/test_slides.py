"""A report's slides pasted as items (facts/slides.py): the slides' frame goes, each mark is said in
words, and no figure changes. Our own outline, in the shape heldout60's 党支部 pasted."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.core.numbers import find_figures
from assistant.facts.copyedit import edit_item
from assistant.facts.model import facts_from_data
from assistant.facts.slides import slide_marks


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("▲ 楼栋长队伍 → 每栋1名，共52名", "楼栋长队伍，每栋1名，共52名"),
        ("● 纠纷调处 64起 ↑12%", "纠纷调处64起，增长12%"),
        ("● 投诉量 ↓18%", "投诉量下降18%"),
        ("满意度93.1% ↑", "满意度93.1%，有所提升"),
        ("★ “楼道夜话”：每月 党员+楼栋长 上门", "“楼道夜话”：每月党员和楼栋长上门"),
        ("▲ 助餐服务：开设助餐点3个", "助餐服务方面，开设助餐点3个"),
        ("→ 志愿者＝楼栋长", "志愿者即楼栋长"),
        ("● 投诉率由9% ↓至6%", "投诉率由9%下降至6%"),  # the clerk's own 由 said once
        ("● 参保率 88% ↑至95%", "参保率由88%提升至95%"),
    ],
)
def test_a_slides_marks_are_said_in_words(text: str, written: str) -> None:
    assert slide_marks(text)[0] == written
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(written)]


@pytest.mark.parametrize("text", ["开展“6·26”禁毒宣传", "组织志愿者开展巡逻12次", "12345热线工单86件"])
def test_text_without_a_slides_marks_is_left_alone(text: str) -> None:
    assert slide_marks(text) == (text, "")


def test_the_slides_frame_goes_and_is_reported() -> None:
    items = ["第二部分 主要做法", "● 一老一小", "→ 高龄老人建档88人", "→ 暑托班开班12期", "● 助餐服务：开设助餐点3个"]
    data: dict[str, Any] = {"community": "甲社区党支部", "period": "2026年", "work": {"服务群众": items}}
    facts = facts_from_data(data, "t")
    assert facts.work["服务群众"] == items[2:]
    assert any("匯報提綱" in n or "汇报提纲" in n for n in facts.notes)
    assert [edit_item(i, work=True)[0] for i in facts.work["服务群众"]] == [
        "高龄老人建档88人",
        "暑托班开班12期",
        "助餐服务方面，开设助餐点3个",
    ]


def test_a_name_in_quotes_keeps_its_marks() -> None:
    # “党建+物业” is a name and written Chinese (the examples' goldens); outside quotes, on a slide, + is 和
    assert slide_marks("探索“党建+物业”联动模式") == ("探索“党建+物业”联动模式", "")
    assert slide_marks("● 推行“党建+物业”模式，物业+业委会 每月碰头") == (
        "推行“党建+物业”模式，物业和业委会每月碰头",
        "匯報提綱的符號寫成文字",
    )
