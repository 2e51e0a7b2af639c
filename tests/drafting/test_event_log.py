"""A year's 大事记 pasted from Word (heldout71's readers), as a table of our own: headings spaced out as Word lines
them up (时    间, 事  项), the log's own title, one row typed with single spaces among the rest, and rows that say
what happened with their own verb (…完成并投入使用, …通过验收) — no 开展 before them."""

from __future__ import annotations

from assistant.facts.tables import table_sentences

LOG = "\n".join(
    [
        "南坡村2026年度工作大事记",
        "序号   时    间        事        项                                             经办人      备  注",
        "1      2月6日          召开村民代表会议，讨论年度村级重点项目                   周平",
        "2      3月12日         村老年活动中心改造完成并投入使用                         吴英        镇民政办指导",
        "3 4月20日 高标准农田项目通过县级验收，新修机耕道3.1公里 周平",
        "4      5月9日          开展防汛应急演练，参演村民80余人                          陈刚",
    ]
)


def test_an_event_log_is_read_under_its_spaced_headings() -> None:
    said = table_sentences(LOG)
    assert said is not None
    text = "；".join(said)
    assert "大事记" not in text and "时，" not in text and "间" not in text.split("，")[0]
    for kept in (
        "2月6日，召开村民代表会议",
        "3月12日，村老年活动中心改造完成并投入使用",
        "4月20日",
        "3.1公里",
        "80余人",
    ):
        assert kept in text, text
    assert "开展村老年活动中心" not in text and "开展高标准农田" not in text
    assert "周平" not in text and "吴英" not in text
