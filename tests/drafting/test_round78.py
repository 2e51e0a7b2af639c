"""The nineteenth session's answers to what readers of spoken notes kept quoting (round 72: the stories still told,
a floor said as a hedge, a season's 那阵), written as notes of our own; and, after it, what heldout78's first readers
quoted."""

from __future__ import annotations

import pytest

from assistant.facts.copyedit import edit_item


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("劝返下河游泳的学生，没有一百也有八九十人次", "约八九十人次", "没有一百"),
        ("义诊那天莫得两百也有一百五六十人", "约一百五六十人", "莫得"),
        ("三场讲座加起来两三百人是有的", "两三百人", "是有的"),
        ("暑假那阵我们排了个班，干部加网格员加志愿者，每天巡河", "暑假期间", "那阵"),
        ("暑假那阵我们排了个班，干部加网格员加志愿者，每天巡河", "网格员、志愿者", "加志愿者"),
        ("加强巡查，社区加派网格员12人", "加派", "、派"),  # 加 that adds is no list
    ],
)
def test_a_hedge_a_season_and_a_roster_said_in_writing(note: str, kept: str, gone: str) -> None:
    said, _ = edit_item(note, work=True)
    assert kept in said and gone not in said, said


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("开了直播，两天销售3800斤，果农港要得", "3800斤", "要得"),  # a verdict in a region's words
        ("送了绿豆汤260碗，环卫大姐说恁社区真中", "260碗", "真中"),
        ("三天挖了40来亩，老奶们拿苞谷饭来谢我们", "40", "谢我们"),
        ("联系了3家饭馆，羊倌们高兴得么说的", "3家饭馆", "高兴"),
        ("方案公示后，业主们都说收费高", "收费高", "公示后。"),  # what was found wanting stays
        ("牧民在楼下搞了羊圈，养了十来只羊", "搭建了羊圈", "开展了"),
        ("养老金认证老闹心了，我们上门给整了，共认证143人", "上门办理", "老令人"),
    ],
)
def test_a_verdict_in_any_regions_words_goes_and_a_pen_is_built(note: str, kept: str, gone: str) -> None:
    said, _ = edit_item(note, work=True)
    assert kept in said and gone not in said, said
