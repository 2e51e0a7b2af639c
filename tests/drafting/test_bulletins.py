"""News pieces pasted under a category (facts/bulletins.py): the work and its figures stay, the
headline, byline, quotes and the news's verdicts go and are reported. Our own pieces, in the shape
heldout60's 科普 社区 pasted (a forty-second hand)."""

from __future__ import annotations

from typing import Any

from assistant.core.numbers import find_figures
from assistant.facts.bulletins import read_bulletins
from assistant.facts.model import facts_from_data

PIECE = """【工作简报】邻里互助暖人心
近日，东园社区在活动中心开展了“邻里互助日”活动。5月10日当天共设置服务摊位8个，为居民义务理发46人次、维修小家电31件。
“没想到家门口就能把电饭锅修好！”居民老李高兴地说。
活动还组织12名志愿者入户看望独居老人，拉近了邻里距离。
此次活动营造了互帮互助的良好氛围，受到居民一致好评。
下一步，东园社区将把互助日办成每月一次。
（通讯员：某某　供稿：东园社区　2026年5月12日）"""


def test_a_pasted_news_piece_tells_its_work() -> None:
    news = read_bulletins([PIECE])
    assert news is not None
    assert news.work == [
        "东园社区在活动中心开展了“邻里互助日”活动",
        "5月10日当天共设置服务摊位8个，为居民义务理发46人次、维修小家电31件",
        "活动还组织12名志愿者入户看望独居老人",
    ]
    said = "".join(news.work)
    assert "邻里互助暖人心" not in said and "通讯员" not in said and "老李" not in said and "好评" not in said
    assert "下一步" not in said and "近日" not in said
    assert news.notes and "引語 1 處" in news.notes[0] and "下一步計劃" in news.notes[0]
    # every figure of the work is kept (the byline's date is no figure of the work)
    figures = {f.key for f in find_figures(PIECE) if f.kind != "date"}
    assert figures <= {f.key for f in find_figures(said)} | {f.key for f in find_figures("2026年5月12日")}


def test_lines_one_under_another_are_no_news_piece() -> None:
    assert read_bulletins(["开展义诊2场\n发放资料300份"]) is None
    assert read_bulletins(["通过公众号推送科普文章12篇"]) is None
    # 供稿 and 通讯员 as words of the work, not a byline
    assert read_bulletins(["全年向区融媒体中心供稿15篇，采用9篇\n培训社区通讯员8名"]) is None


def test_the_facts_file_reads_a_pasted_piece_with_a_note() -> None:
    data: dict[str, Any] = {"community": "东园社区", "period": "2026年5月", "work": {"邻里互助": PIECE}}
    facts = facts_from_data(data, "t")
    assert "东园社区在活动中心开展了“邻里互助日”活动" in facts.work["邻里互助"]
    assert any("新聞稿" in n or "新闻稿" in n for n in facts.notes)
