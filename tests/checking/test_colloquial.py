"""The colloquial note: words of speech left in a text handed up, from prompts/colloquial.toml. It
points at speech in our own sentences and in what another hand's clerks typed, and at nothing in
written notes, the seed's summaries, the goldens or the quoted names of things."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.checking.check import check_text
from assistant.checking.registry import Options
from assistant.checking.rules.colloquial import colloquial_in
from assistant.facts.copyedit import edit_item

DATA = Path(__file__).parent.parent / "data"
ROOT = Path(__file__).parent.parent.parent


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("大家干得巴适得很。", ["巴适"]),
        ("这事咋整，居民天天来问。", ["咋整"]),
        ("今日嗰班義工好落力。", ["嗰"]),
        ("楼道清了两车，好了哈。", ["哈"]),
        ("活动差不多来了50人，家长反馈挺好的。", ["差不多", "挺好的"]),
        ("@所有人 明天上午开会。", ["@所有人"]),
        ("弄了个读书角。", ["弄"]),
    ],
)
def test_speech_is_pointed_at(sentence: str, words: list[str]) -> None:
    assert colloquial_in(sentence) == words
    report = check_text(sentence, "t.txt", options=Options(disabled={"sample-leak"}))
    (found,) = [f for f in report.findings if f.rule == "colloquial"]
    assert found.severity == "info" and all(w in found.message for w in words)


@pytest.mark.parametrize(
    "sentence",
    [
        "开展“巴适邻里”志愿服务12次。",  # a quoted name is the user's own
        "清扫巷弄及公园12次。",  # 巷弄 is an alley
        "搞好服务，整治乱停车，关爱老年人。",  # written Chinese that opens on a spoken-looking character
        "甚至有居民主动参与。",
        "在阿拉坦嘎查开展医保宣传。",  # a place, not Shanghainese 阿拉
        "酒吧、网吧消防检查12家。",
        # what a resident said, quoted at length (heldout58t's Hong Kong 互委会): their words, not the report's
        "有住户表示：「而家部升降机好少坏，真系方便咗好多嘅，多谢互委会帮手。」",
    ],
)
def test_written_chinese_is_left_alone(sentence: str) -> None:
    assert colloquial_in(sentence) == []


def test_no_note_on_another_hands_written_notes_or_on_the_seed_and_the_goldens() -> None:
    controls = [
        item["text"]
        for path in sorted(DATA.glob("spoken*/items.yaml"))
        for item in yaml.safe_load(path.read_text("utf-8"))
        if not item.get("spoken")
    ]
    assert len(controls) > 100 and [c for c in controls if colloquial_in(edit_item(c)[0])] == []
    texts = [*sorted((ROOT / "samples").rglob("*.txt")), *sorted((ROOT / "tests" / "golden" / "drafts").glob("*.md"))]
    assert (
        texts
        and [(p.name, line) for p in texts for line in p.read_text("utf-8").split("\n") if colloquial_in(line)] == []
    )
