"""搞/弄/整 了个 + a thing takes the verb the thing needs; a helped person's pronoun is 其.

Round 35's readers marked 整了个道闸 written 开展了 and 建了个案 written 建设了案; the verb is read from
the thing's own name at the end of its clause, and a thing no list names is left for the later rules.
"""

from __future__ import annotations

import pytest

from assistant.core.numbers import find_figures
from assistant.facts.copyedit import edit_item


@pytest.mark.parametrize(
    ("item", "edited"),
    [
        ("给独居的老人弄了个取暖器", "为独居的老人添置了取暖器"),
        ("楼栋里整了个业主微信群", "楼栋里建立了业主微信群"),
        ("为8个困境儿童建了个案", "为8个困境儿童建立个案"),
        ("单元门口装了个扶手", "单元门口安装了扶手"),
        ("弄了个防汛应急预案", "制定了防汛应急预案"),
        ("搞了些反诈宣传海报", "制作了反诈宣传海报"),
        ("走访时赶紧联系了他女儿", "走访时及时联系了其女儿"),
        ("赶紧给他送了棉被", "及时为其送去棉被"),
        # left as they are: a thing given to someone, a pronoun that is the subject, 给 after a giving verb
        ("把登记表交给她填写", "把登记表交给她填写"),
        ("送给他一袋米", "送给他一袋米"),
        ("他每周来一次", "他每周来一次"),
    ],
)
def test_a_thing_takes_its_own_verb_and_a_helped_person_is_qi(item: str, edited: str) -> None:
    text, edits = edit_item(item, work=True)
    assert text == edited
    assert bool(edits) == (item != edited)
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(item)]


@pytest.mark.parametrize(
    ("item", "edited"),
    [
        ("为方便联系弄好了楼栋长微信群8个", "为方便联系建立了楼栋长微信群8个"),
        ("寒假弄好了书法兴趣班3期", "寒假开办了书法兴趣班3期"),
    ],
)
def test_done_with_a_thing_and_its_count_takes_the_things_verb(item: str, edited: str) -> None:
    text, _ = edit_item(item, work=True)
    assert text == edited
