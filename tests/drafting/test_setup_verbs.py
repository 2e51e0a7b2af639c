"""搞个/弄个X: the verb is chosen by X's head, the noun that ends it (assistant/facts/setup_verbs.py)."""

from __future__ import annotations

import pytest

from assistant.facts.setup_verbs import head_verb


@pytest.mark.parametrize(
    ("what", "verb"),
    [
        ("“院坝会”", "召开"),  # a meeting to talk things over is held by 召开
        ("邻里座谈会", "召开"),
        ("生日会", "举办"),  # any other 会 is an event
        ("“三月三”山歌节", "举办"),
        ("跳蚤市场", "举办"),
        ("老年人认知障碍筛查", "开展"),
        ("免费测血糖", "开展"),
        ("一对一的结对帮扶", "开展"),
        ("防诈骗的小品", "排演"),
        ("小花坛", "建设"),
        ("“农家书屋”", "建设"),
        ("垃圾分类积分兑换点", "设立"),  # the last noun decides: a 点, not the 分类 inside it
        ("老年人吃饭的地方", "设立"),
        ("“时间银行”", "建立"),
        ("巡逻队", "组建"),
        ("垃圾分类积分兑换", ""),  # no head known: the words stay, the checker points at them
        ("会议室的钥匙", ""),  # a head inside the object, not ending it, decides nothing
    ],
)
def test_the_head_that_ends_the_object_chooses_the_verb(what: str, verb: str) -> None:
    assert head_verb(what) == verb
