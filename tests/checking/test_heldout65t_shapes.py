"""Shapes heldout65t's hand wrote that the checker missed at first contact, each as a small text of our own: a
report copied from a group's messages with the secretary's reply under it, problems headed 遇到的难题 or 未完成事项及困难,
and a quarter's plans said at the end of the problems paragraph (二季度，…将…)."""

from __future__ import annotations

import pytest

from .shapes import parts_of, report_of

GROUP = (
    "刘红（二网格）  6月30日 18:02\n白杨社区第二网格6月份工作小结\n"
    "刘红（二网格）  6月30日 18:02\n6月份，第二网格按照社区安排做好巡查和服务，现汇报如下：\n"
    "刘红（二网格）  6月30日 18:03\n一、本月工作\n1. 更新居民信息612户。\n2. 上报并办结占道经营等事件14件。\n"
    "刘红（二网格）  6月30日 18:04\n二、遇到的难题\n1. 部分租户早出晚归，入户登记难。\n"
    "三、7月份打算\n1. 利用晚间时段补登租户信息。\n"
    "刘红（二网格）  6月30日 18:05\n以上是我本月的小结，有不对的地方请书记指正。\n"
    "王书记  6月30日 18:20\n收到，租户登记的事我们周一一起想想办法。\n"
    "刘红（二网格）  6月30日 18:21\n好的，谢谢书记\n"
)


def test_a_group_copy_ends_on_the_senders_own_closing_not_the_reply() -> None:
    assert parts_of(GROUP) == {p: True for p in ("title", "opening", "work", "problems", "plans", "closing")}


def test_a_group_copy_with_two_writers_keeps_both_hands_words() -> None:
    # (the second hand writes the plans: no reply set aside, the plans found)
    text = GROUP.replace("三、7月份打算\n1. 利用晚间时段补登租户信息。\n", "").replace(
        "王书记  6月30日 18:20\n收到，租户登记的事我们周一一起想想办法。\n",
        "王书记  6月30日 18:20\n三、7月份打算\n1. 利用晚间时段补登租户信息，7月底前完成。\n",
    )
    assert parts_of(text)["plans"]


@pytest.mark.parametrize(
    "heading", ["二、遇到的难题", "二、工作中碰到的难题", "二、未完成事項及困難", "二、未完成事项和问题"]
)
def test_problems_headed_in_these_words_are_the_problems(heading: str) -> None:
    text = (
        "河畔大廈業主立案法團2026年度工作總結\n2026年，管理委員會按公契履行職責，現總結如下。\n"
        "一、年內主要工作\n1. 完成外牆維修。\n2. 更換滅火筒36個。\n"
        f"{heading}\n1. 部分業主拖欠管理費。\n2. 喉管老化，漏水投訴較多。\n"
        "三、來年工作方向\n1. 分階段更換公用喉管。\n"
    )
    assert parts_of(text)["problems"]


def test_a_quarters_plans_at_the_end_of_the_problems_paragraph_are_the_plans() -> None:
    text = (
        "西湾社区2026年第三季度工作小结\n三季度，社区按照街道部署推进各项工作，现小结如下。\n"
        "七月份，开展防汛检查4次，转移群众12人。\n八月份，举办纳凉晚会2场。\n"
        "工作中的不足\n一是议事会居民提议少；二是志愿者年龄偏大。四季度，社区将面向居民征集议题，并到学校招募青年志愿者30名。\n"
        "西湾社区居委会\n2026年10月8日\n"
    )
    parts = parts_of(text)
    assert parts["problems"] and parts["plans"]


# heldout66t's shapes at first contact, in our own words: a group copy under the group's own name with a cover note,
# work told by quarter with no heading, a lesson drawn (三是离不开…) that is no closing, plans after 下一季度, an AI
# answer's note to fill in
def test_a_group_copy_under_the_groups_name_has_its_title_and_opening() -> None:
    text = (
        "社区志愿服务工作群(52)\n"
        "周敏 9月30日 17:20\n各位领导，本月的工作小结发一下，分几条发。\n"
        "周敏 9月30日 17:20\n柳岸社区志愿服务站9月工作小结\n9月份，服务站开展志愿服务活动11场，服务群众860人次。\n"
        "周敏 9月30日 17:22\n一、主要活动\n1. 中秋慰问。走访困难家庭15户。\n2. 文明劝导。劝导不文明行为120余次。\n"
        "二、存在问题\n年轻志愿者偏少。\n三、10月打算\n1. 组建青年志愿服务队。\n"
        "周敏 9月30日 17:23\n柳岸社区志愿服务站\n2026年9月30日\n"
        "马主任 9月30日 17:40\n收到，辛苦了。\n"
    )
    parts = parts_of(text)
    assert parts["title"] and parts["opening"] and parts["work"] and parts["problems"] and parts["plans"]
    assert not parts["closing"]


def test_work_told_by_quarter_is_the_work_and_a_lesson_drawn_is_no_closing() -> None:
    text = (
        "青禾街道妇联2026年工作总结\n一年来，街道妇联围绕中心工作服务妇女儿童，全年开展活动96场。\n"
        "第一季度，开展“巾帼建新功”系列活动，表彰“最美家庭”15户。\n"
        "第二季度，为困境儿童送去学习用品，惠及儿童42名。\n"
        "第三季度，开展家风宣讲12场。\n"
        "几点体会\n一是要贴近妇女需求。\n二是要用好志愿力量。\n三是离不开社区的支持。\n"
        "工作中的薄弱环节\n一是执委作用发挥不够；二是品牌项目偏少。\n"
        "新的一年，我们将加强执委培训，打造品牌项目。\n"
        "青禾街道妇女联合会\n2027年1月8日\n"
    )
    parts = parts_of(text)
    assert parts["work"] and parts["problems"] and parts["plans"]
    assert not parts["closing"]


def test_plans_after_next_quarter_inside_the_problems_paragraph() -> None:
    text = (
        "花桥镇社工站2026年第三季度工作小结\n三季度，社工站开展个案服务和小组活动，现小结如下。\n"
        "一、主要工作\n1. 个案服务。开案18个。\n2. 小组活动。开展小组活动6节。\n"
        "二、成效\n服务对象满意度平均4.5分。但也要看到，偏远村覆盖不足；社工专业能力参差。"
        "下一季度，站里将每月安排2天下沉偏远村开展走访。\n"
        "花桥镇社会工作服务站\n2026年10月8日\n"
    )
    parts = parts_of(text)
    assert parts["problems"] and parts["plans"]


def test_an_ai_answers_note_to_fill_in_is_a_placeholder() -> None:
    report = report_of("某社区工作总结\n一、存在问题\n（此处可补充具体问题）\n（请根据实际情况填写）\n")
    found = [f.text for f in report.findings if f.rule == "placeholder"]
    assert any("此处可补充" in t for t in found) and any("请根据实际情况" in t for t in found)
