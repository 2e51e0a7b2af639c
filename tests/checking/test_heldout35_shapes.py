"""Shapes a thirty-sixth hand's set met first (real_heldout35), in our own words: a title whose office
carries its English name in brackets, and a 述职's resolve to make the estate a good place after the
shortcomings, with no plans between (a closing, not the plans)."""

from __future__ import annotations

from assistant.checking.check import check_text

TITLE = "榕树湾第三区居民委员会（Banyan Bay Zone 3 Residents' Committee）\n2026年度工作总结\n\n"
BODY = (
    "一年来，居委会在基层顾问的支持下，为居民办了一些实事。现将主要工作报告如下。\n\n"
    "一、主要工作\n\n全年举办邻里活动8场，参加居民2100人次。\n\n"
    "二、存在的不足\n\n一是年轻居民参与偏少；二是义工队伍老化。\n\n"
)


def _missing(text: str) -> set[str]:
    report = check_text(text)
    return {f.rule.removeprefix("missing-") for f in report.findings if f.rule.startswith("missing-")}


def test_an_english_name_in_brackets_leaves_the_title_a_title() -> None:
    text = TITLE + BODY + "三、下一步计划\n\n明年增设青年议事会。\n\n特此报告。\n"
    assert "title" not in _missing(text)


def test_a_resolve_to_make_the_place_good_after_the_shortcomings_is_the_closing() -> None:
    text = TITLE + BODY + "新的一年，本人将继续坚持服务第一的理念，努力把榕树湾打造成让居民满意的温馨社区。\n"
    missing = _missing(text)
    assert "closing" not in missing and "plans" in missing


def test_the_same_words_with_a_measure_in_them_are_plans() -> None:
    text = TITLE + BODY + "新的一年，居委会将增设青年议事会，每季度开展义工培训1次。\n"
    assert "plans" not in _missing(text)


def test_a_year_named_plans_title_alone_heads_the_plans_and_a_resolve_closes() -> None:
    """heldout57t's 应急办 (in our own words): problems in a paragraph, then 2027年工作安排 alone on its line,
    then a resolve to keep the district safe."""
    text = (
        "某街道应急办2026年工作总结\n\n2026年，应急办在街道党工委领导下开展工作。\n\n一、排查隐患\n\n排查企业120家。\n\n"
        "对照年初目标，工作中还存在一些不足。一是培训不够；二是装备不足。\n\n2027年工作安排\n"
        "一是开展演练4次。二是补齐装备。\n\n新的一年，应急办将守牢底线，全力保障辖区群众生命财产安全。\n"
    )
    missing = _missing(text)
    assert "plans" not in missing and "closing" not in missing


def test_thanks_for_the_support_closes() -> None:
    text = (
        TITLE
        + BODY
        + "三、下一步计划\n\n明年增设青年议事会。\n\n新的一年，居委会将继续用心服务，感谢每一位居民的支持与陪伴！\n"
    )
    assert "closing" not in _missing(text)
