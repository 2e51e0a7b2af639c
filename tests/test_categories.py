"""The category vocabulary: names and synonyms in both scripts, and no keyword pulling in other work."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.core.script import to_traditional
from assistant.facts.categories import classify, match_name, vocabulary

VOCAB = vocabulary()


def test_the_vocabulary_covers_the_areas_offices_report_on() -> None:
    names = {c.name for c in VOCAB}
    assert len(names) >= 30
    for area in ("党建引领", "养老服务", "平安建设", "安全生产", "物业服务", "垃圾分类", "家庭医生", "退役军人服务"):
        assert area in names


@pytest.mark.parametrize("entry", VOCAB, ids=lambda c: c.name)
def test_every_synonym_matches_its_own_entry_in_both_scripts(entry) -> None:  # type: ignore[no-untyped-def]
    for synonym in entry.synonyms:
        for written in (synonym, to_traditional(synonym), f"加强{synonym}工作", f"“{synonym}”"):
            found = match_name(written, VOCAB)
            assert found is not None and found.name == entry.name, written


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("平安建設", "平安建设"),  # not 基础设施: 建设 is no synonym of anything
        ("社区养老服务", "养老服务"),
        ("老旧小区加装电梯", "基础设施"),
        ("党建引领网格化管理", None),  # two kinds of work in one name: neutral, never a guess
        ("邻里守望小分队", None),
    ],
)
def test_names_outside_the_synonym_lists(name: str, expected: str | None) -> None:
    found = match_name(name, VOCAB)
    assert (found.name if found else None) == expected


@given(st.text(alphabet="建设管理服务工作推进社区安全环境文明", min_size=1, max_size=4))
def test_generic_words_alone_match_nothing(name: str) -> None:
    # the generic words offices put around every category are not a category of their own
    found = match_name(name, VOCAB)
    assert found is None or any(s in name for s in found.synonyms)


def test_item_sentences_are_classified_by_cue_words() -> None:
    assert classify("調解鄰里糾紛12起", VOCAB).name == "矛盾调解"  # type: ignore[union-attr]
    assert classify("易腐垃圾87桶", VOCAB).name == "垃圾分类"  # type: ignore[union-attr]
    assert classify("今天天氣很好", VOCAB) is None
    # a village's 元宵 evening and its 村規民約 (the cun_halfyear folder put both under 愛國衛生,
    # the samples' topic, for want of a cue)
    assert classify("2月12日元宵節，在村文化禮堂組織猜燈謎、包湯圓活動", VOCAB).name == "文化体育"  # type: ignore[union-attr]
    assert classify("4月9日村規民約修訂，修訂稿已張貼公示", VOCAB).name == "新时代文明实践"  # type: ignore[union-attr]


def _all_phrases() -> list[tuple[str, str, tuple[str, ...]]]:
    """(where, text, needs) for every phrase of both banks."""
    from assistant.drafting.phrasing import phrases

    out = [(f"{c.name}.{slot}", p.text, p.needs) for c in VOCAB for slot, ps in c.phrases.items() for p in ps]

    def walk(where: str, value: object) -> None:
        if isinstance(value, str):
            out.append((where, value, ()))
        elif isinstance(value, dict) and "text" in value:
            out.append((where, str(value["text"]), tuple(value.get("needs", []))))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(f"{where}.{k}", v)
        elif isinstance(value, list):
            for v in value:
                walk(where, v)

    bank = {k: v for k, v in phrases().items() if k not in ("practices", "voice")}
    walk("phrases", bank)
    return out


def test_a_phrase_that_names_a_practice_says_which_words_it_needs() -> None:
    from assistant.core.script import to_simplified
    from assistant.drafting.phrasing import phrases

    practices = [to_simplified(w) for w in phrases()["practices"]["words"]]
    undeclared = [
        (where, text, word)
        for where, text, needs in _all_phrases()
        for word in practices
        if word in to_simplified(text) and word not in needs
    ]
    assert undeclared == []


def test_the_phrase_banks_hold_no_figures_and_no_topic() -> None:
    import re

    from assistant.core.numbers import find_figures

    for where, text, _needs in _all_phrases():
        bare = re.sub(r"\$[_a-zA-Z]+", "", text)
        assert not find_figures(bare), (where, text)
        if "$topic" in text:  # only the phrases chosen when the user gave a topic may name it
            assert "with_topic" in where or where.startswith("phrases.title"), where
