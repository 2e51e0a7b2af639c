"""Shapes heldout68t's hand wrote that the checker missed at first contact, each as a small text of our own: plans
given as 一要…二要… lines straight after a problems paragraph with no heading, a 公众号's numbered heading that starts
on a year (05 2027，我们这么干), and a two-syllable word of untyped pinyin (推进laji分类)."""

from __future__ import annotations

from .shapes import report_of

DIRECTIVES = (
    "桂园社区2026年老年协会工作总结\n"
    "2026年，桂园社区老年协会在社区党委指导下开展为老服务，现将工作报告如下。\n"
    "上半年，协会组织健步走、象棋赛等活动14场，参与老人860人次。\n"
    "下半年，协会为78名高龄老人上门理发、剪指甲，开展防诈骗讲座3场。\n"
    "全年工作虽有进展，但与老人需求相比仍有差距，主要是活动场地偏小，骨干会员年龄偏大。\n"
    "一要争取扩建活动室，增加室内活动面积。\n"
    "二要吸纳低龄老人入会，充实骨干队伍。\n"
    "特此报告。\n"
)


def test_plans_given_as_yi_yao_lines_after_the_problems_are_the_plans() -> None:
    report = report_of(DIRECTIVES)
    assert report.sections["plans"].found and report.sections["plans"].line == 6, report.sections["plans"]
    assert report.sections["problems"].line == 5 and report.sections["closing"].line == 8
    # a lone 一要 line last under the problems reads forward too (the hostile pass); one inside the work does not
    one = DIRECTIVES.replace("二要吸纳低龄老人入会，充实骨干队伍。\n", "")
    assert report_of(one).sections["plans"].line == 6
    inside = DIRECTIVES.replace("上半年，协会组织", "一要抓活动，上半年协会组织").replace(
        "一要争取扩建活动室，增加室内活动面积。\n二要吸纳低龄老人入会，充实骨干队伍。\n", ""
    )
    assert not report_of(inside).sections["plans"].found


WECHAT = (
    "回望2026｜枫林社区这一年\n"
    "原创 枫林小编 枫林社区 2027-01-05 20:10 浙江\n"
    "2026年快要过去了，小编带大家看看社区这一年做了什么。\n"
    "01 安居 更安心\n"
    "完成3个老旧小区屋面防水，惠及居民460户。\n"
    "02 我们的不足\n"
    "电动车充电桩仍然不够，晚高峰排队充电。\n"
    "03 2027，我们这么干\n"
    "▶ 新增充电桩120个；\n"
    "▶ 开通线上报修，24小时内响应。\n"
    "新的一年，枫林社区和大家一起把家园建设得更好！\n"
)


def test_a_numbered_wechat_heading_that_starts_on_a_year_heads_the_plans() -> None:
    report = report_of(WECHAT)
    assert report.sections["plans"].found and report.sections["plans"].line == 8, report.sections["plans"]


def test_four_letters_of_untyped_pinyin_between_characters_are_reported() -> None:
    text = "柳湾社区2026年工作小结\n今年社区推进laji分类，新设投放点8个。\n"
    assert [f.rule for f in report_of(text).findings if f.rule == "untyped-pinyin"] == ["untyped-pinyin"]
    # English words of four letters stay prose (a 数据 typed as data, a make of car)
    for word in ("data", "date", "make", "menu"):
        said = f"柳湾社区2026年工作小结\n今年社区更新{word}平台1个。\n"
        assert not [f for f in report_of(said).findings if f.rule == "untyped-pinyin"], word
