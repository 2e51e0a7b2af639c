"""A paragraph copied from last year's summary and updated in place (heldout59's 科普 社区, in our own words):
a figure marked as last year's is a gap, never printed; one marked to be checked carries 【待核实】; the note
that it was copied goes; a clause the clerk said not to publish goes; an activity the problems say did not
take place is not told as done."""

from __future__ import annotations

import datetime as dt

from assistant.drafting.draft import DraftOptions, make_draft
from assistant.facts.copyedit import edit_item
from assistant.facts.model import facts_from_data


def test_last_years_figure_is_a_gap_and_a_figure_to_check_is_marked() -> None:
    text, edits = edit_item(
        "（这段照去年的总结改的）全年开展读书会24场，参与居民约1900人次（去年的数，今年的还没统计），"
        "借阅图书3200册（这个数要核一下）",
        work=True,
    )
    assert "1900" not in text and "【待补：本期人次数】" in text
    assert "借阅图书3200册【待核实】" in text
    assert "去年的总结" not in text and edits


def test_a_clause_not_to_be_published_goes_whole() -> None:
    text, _ = edit_item("座谈会上，一位乡贤表示捐资5万元（协议未签，数字先不要写出去），大家表示支持", work=True)
    assert text == "座谈会上，大家表示支持"


def test_an_activity_the_problems_say_did_not_happen_is_not_told_as_done() -> None:
    data = {
        "单位": "柳岸社区居委会",
        "时段": "2026年",
        "主要工作": {"科普": ["全年开展科普讲座12场。暑期联合少年宫开展流动天文车进社区活动，吸引居民300余人"]},
        "存在问题": ["少年宫场馆维修，往年的流动天文车活动今年没有开展"],
    }
    facts = facts_from_data(data, "t")
    assert facts.work["科普"] == ["全年开展科普讲座12场。"]
    assert any("沒有開展" in n for n in facts.notes)
    draft = make_draft(facts, None, DraftOptions(today=dt.date(2026, 12, 6)))
    body = draft.text().split("二、")[0]
    assert "天文车" not in body


def test_an_activity_held_is_kept_when_another_was_called_off() -> None:
    data = {
        "单位": "柳岸社区居委会",
        "时段": "2026年",
        "主要工作": {"科普": ["开展科普讲座12场", "组织观星活动2次"]},
        "存在问题": ["原定的机器人比赛取消"],
    }
    assert facts_from_data(data, "t").work["科普"] == ["开展科普讲座12场", "组织观星活动2次"]
