"""The frame of a draft made of the facts alone (round 5's blind reading counted what the frame
said without them as tells): an opening that names every line of work and states a result or two,
no one-line results part, a closing on the plans that names the first problem in the user's own
words and the superiors by their short names, a village or 社區 signing as its committee, and a
物業's report addressed to its owners' committee and closed as a report."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings

from assistant.core.numbers import find_figures
from assistant.core.script import to_simplified
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.drafting.frame import lines_of_work, second_mention
from assistant.facts.model import facts_from_data

from ..generated import facts_strategy

TODAY = dt.date(2026, 11, 29)


def draft_of(data: dict[str, Any]) -> Any:
    return make_draft(facts_from_data(data, "t"), None, DraftOptions(today=TODAY))


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("中共栖川区委", "区委"),
        ("栖川区人民政府", "区政府"),
        ("青溪镇党委", "镇党委"),
        ("杭州市西湖区委", "区委"),
        ("柳汀区卫生健康局", "区卫生健康局"),
        ("錦河街道辦事處", "街道辦事處"),
        ("南塘社区居委会", "南塘社区居委会"),  # 社區 is no level: nothing to drop
        ("區委區政府", "區委區政府"),  # two bodies, no place
        ("区住房和城乡建设局物业科", "区住房和城乡建设局物业科"),  # 城鄉 is no level either
        ("翠湾名邸业主委员会", "翠湾名邸业主委员会"),
        ("城市管理局", "城市管理局"),
    ],
)
def test_a_superior_named_again_drops_its_place_and_keeps_its_level(name: str, short: str) -> None:
    assert second_mention(name) == short


def test_lines_of_work_are_all_named_without_a_count() -> None:
    assert lines_of_work(["甲", "乙"], 2) == "甲和乙"
    assert lines_of_work(["社会救助", "就业帮扶", "养老服务"], 3) == "社会救助、就业帮扶和养老服务"
    assert lines_of_work(["物资和队伍", "组织指挥"], 2) == "物资和队伍、组织指挥"  # no second 和
    assert lines_of_work(["甲", "乙", "丙"], 4) == "甲、乙、丙等方面"  # one could not be listed
    assert not find_figures(lines_of_work([f"工作{n}" for n in "甲乙丙丁戊己庚辛"], 8))  # 八個方面 is no fact


def test_the_opening_states_its_results_in_a_sentence_and_the_closing_the_plans() -> None:
    data = {
        "community": "甲街道",
        "period": "2025年",
        "topic": "民生保障",
        "superiors": ["中共乙川区委", "乙川区人民政府"],
        "work": {
            "社会救助": ["发放低保金120万元"],
            "就业帮扶": ["新增就业300人"],
            "养老服务": ["新建养老服务站2个"],
            "住房保障": ["配租公租房40户"],
        },
        "results": ["群众满意度93.5%"],
        "problems": ["养老服务站点分布不均，北片没有站点", "救助力量薄弱"],
        "plans": ["在北片新建养老服务站1个", "充实救助经办力量"],
    }
    text = to_simplified(draft_of(data).text())
    opening = text.split("\n\n")[1]
    # no list of headings (round 6's reader), the result a sentence of its own with its verb
    assert "推进民生保障工作。一年来，群众满意度为93.5%。现将" in opening, opening
    assert not [w for w in ("扎实", "认真做好") if w in opening]  # round 7: self-praise the facts do not make
    assert not [w for w in ("社会救助", "就业帮扶", "部署要求", "着重抓了", "主要围绕") if w in opening]
    assert "取得的成效" not in text  # one result is the opening's headline, not a part of its own
    # the plans are the last words: no closing after them (round 10's reader: 「把上述计划逐项落到
    # 实处」 is stock; rounds 19–21: 以上总结如有不妥之处 too), no problem named again (round 8)
    after = text[text.index("充实救助经办力量") :].split("\n\n")[1]
    assert after.startswith("甲街道"), after  # the signature


def test_many_results_keep_their_own_part() -> None:
    results = [f"第{n}项指标达到{90 + n}%并通过上级考核验收" for n in range(1, 4)]
    data = {"community": "甲社区", "period": "2025年", "work": {"宣传": ["发放资料100份"]}, "results": results}
    text = to_simplified(draft_of(data).text())
    assert "取得的成效" in text and text.split("\n\n")[1].count("%") == 0


def test_a_property_report_is_addressed_to_its_owners_committee_and_closed_as_a_report() -> None:
    data = {
        "community": "丙物业服务中心",
        "kind": "物业",
        "period": "2026年第三季度",
        "topic": "物业服务季度工作报告",
        "superiors": ["丙花园业主委员会"],
        "work": {"客户服务": ["受理报修120件"], "秩序维护": ["巡逻360次"]},
        "plans": ["10月完成外墙排查"],
    }
    text = to_simplified(draft_of(data).text())
    assert text.split("\n\n")[1] == "丙花园业主委员会："
    assert "关心和支持" not in text  # the owners' committee is the client, not a patron
    assert "特此报告。" in text and "报告如下" in text


@settings(max_examples=60, deadline=None)
@given(facts_strategy)
def test_the_opening_and_closing_say_no_figure_the_facts_do_not_give(data: dict[str, Any]) -> None:
    draft = draft_of(data)
    assert draft.figures()["unsupported"] == []
    for section in draft.sections:
        if section.key in ("opening", "closing"):
            assert "部署要求" not in to_simplified(section.text)


def test_a_village_drafted_like_a_villages_summary_says_we_and_closes_on_its_plans(tmp_path: Any) -> None:
    """--like another village's summary: 我村 (not 我村委會), every line of work in the opening, and
    the closing on the plans with the office's own closing opener (新的一年，)."""
    past = (
        "甲村2025年工作总结\n\n2025年，我村在乙镇党委、镇政府的正确领导下，各项工作取得了较好成效。现将一年来的工作"
        "总结如下：\n\n一、主要工作\n\n产业发展方面，新发展大棚蔬菜130亩。\n\n人居环境方面，清理垃圾260吨。\n\n"
        "二、存在的问题\n\n集体经济收入来源单一。\n\n三、明年工作打算\n\n明年，我村将继续发展特色产业。\n\n"
        "新的一年，我村将在镇党委、镇政府的领导下，团结带领全体村民，为建设和美乡村而努力奋斗。\n\n甲村民委员会\n"
        "2025年12月28日\n"
    )
    like = tmp_path / "past.txt"
    like.write_text(past, encoding="utf-8")
    from assistant.drafting.office_style import StyleChoice
    from assistant.summary.style import read_style

    data = {
        "community": "丙岗村民委员会",
        "period": "2026年",
        "kind": "村",
        "superiors": ["丁镇人民政府"],
        "work": {
            "集体资产": ["出租闲置校舍，年租金8.4万元"],
            "产业发展": ["新增茶园210亩"],
            "农旅融合": ["修建步道3.2公里"],
        },
        "problems": ["产业单一，茶叶收入占比过高", "缺技术人员"],
        "plans": ["引进制茶技术员2名", "试点发展茶旅民宿"],
    }
    style = read_style(past)
    draft = make_draft(facts_from_data(data, "t"), None, DraftOptions(today=TODAY, style=StyleChoice(style, "like")))
    text = to_simplified(draft.text())
    assert "我村委会" not in text and "我村在" in text
    assert "集体资产、产业发展和农旅融合" in text
    assert "新的一年，我村将在丁镇人民政府的指导下，把上述计划逐项落到实处。" in text


def test_a_guiding_body_of_the_same_place_is_named_again_short() -> None:
    from assistant.drafting.opening import said_again as _said_again

    assert _said_again(["青溪镇人民政府", "县水利局"], ["青溪镇党委"]) == ["镇政府", "县水利局"]
    assert _said_again(["青禾街道办事处"], ["青禾街道党工委"]) == ["街道办事处"]
    assert _said_again(["区民政局"], ["青禾街道党工委"]) == ["区民政局"]  # another place: in full


def test_an_opening_with_nothing_to_frame_leads_in_once() -> None:
    """Round 23's readers: 「2025年8月，枣林社区主要开展了以下几方面工作。现将有关情况总结如下：」 says it
    twice; with no superiors, topic or result to state, one sentence leads in."""
    data = {"community": "甲社区", "period": "2025年8月", "work": {"宣传": ["发放资料100份"], "巡查": ["巡逻20次"]}}
    opening = to_simplified(draft_of(data).text()).split("\n\n")[1]
    assert opening == "现将2025年8月甲社区的主要工作情况总结如下：", opening
    taiwan = {"community": "福安里辦公處", "period": "民國114年", "work": {"環境": ["清除積水容器約200個"]}}
    opening = draft_of(taiwan).text().split("\n\n")[1]  # a Taiwan 里 keeps its period and its 茲將…報告如下
    assert opening.startswith("民國114年，福安里辦公處") and opening.endswith("茲將辦理情形報告如下："), opening
    data["superiors"] = ["乙街道党工委"]  # a frame to state: the overview leads in itself (round 24's readers)
    opening = to_simplified(draft_of(data).text()).split("\n\n")[1]
    assert opening == "2025年8月，在乙街道党工委的领导下，甲社区主要开展了以下几方面工作：", opening
