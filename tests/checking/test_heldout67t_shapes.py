"""Shapes heldout67t's hand wrote that the checker missed at first contact, each as a small text of our own: a
slide deck's outline pasted a slide a line (第N页 title • point • point), a month's work done 按计划, problems
opened by 也清楚地看到…不足, and a WPS comment in brackets at the end of a plan's line."""

from __future__ import annotations

from assistant.summary.layout import prepare_lines, split_slides

from .shapes import parts_of, report_of

SLIDES = (
    "第1页 柳湾社区2026年上半年工作汇报 • 汇报人：李芳\n"
    "第2页 目录 • 一、做了什么 • 二、存在问题 • 三、下半年打算\n"
    "第3页 前言 • 上半年，柳湾社区在街道党工委领导下完成了各项任务\n"
    "第4页 一、做了什么 • （一）助老 • 送餐4100人次\n"
    "第5页 一、做了什么 • （二）治理 • 调解纠纷12件\n"
    "第6页 二、存在问题 • 志愿者年龄偏大\n"
    "第7页 二、存在问题（续） • 活动场地偏小\n"
    "第8页 三、下半年打算 • 招募青年志愿者\n"
    "第9页 谢谢！ • 不足之处请批评指正\n"
    "第10页 联系我们 • 电话：0000-1234567\n"
)


def test_a_slide_outline_is_read_a_point_a_line() -> None:
    parts = parts_of(SLIDES)
    assert parts == {k: True for k in parts}, parts
    report = report_of(SLIDES)
    # a part's title repeated on its next slides (and …（续）) is the slide's, not a repeated sentence
    assert not [f for f in report.findings if f.rule in ("duplicate-sentence", "numbering", "heading-pattern")]
    assert report.sections["plans"].line == 8 and report.sections["closing"].line == 9


def test_two_lines_starting_with_a_page_number_are_no_slide_deck() -> None:
    text = "第1页 说明 • 见下\n第2页 附表 • 见下\n柳湾社区工作总结\n"
    assert [ln.text for ln in split_slides(prepare_lines(text, 0))] == [ln.text for ln in prepare_lines(text, 0)]


BY_MONTH = (
    "柳湾文化站2026年上半年工作总结\n上半年，文化站开展了以下工作。\n"
    "一月份，组织写春联活动2场。\n三月份，按计划完成书屋图书盘点，更新图书300册。\n"
    "四月份，举办读书会3场。\n回顾半年，我们也清楚地看到一些不足：\n一是专职人员少；\n"
    "下半年，文化站打算做好以下工作：\n1.筹办丰收节汇演；\n2.改造活动室2个。\n以上是文化站上半年工作总结，不当之处请指正。\n"
)


def test_a_month_done_to_plan_is_work_and_a_plain_admission_opens_the_problems() -> None:
    report = report_of(BY_MONTH)
    assert report.sections["problems"].found and report.sections["problems"].line == 6
    assert report.sections["plans"].line == 8 and report.sections["closing"].line == 11


def test_a_comment_in_brackets_ends_its_line_and_the_closing_follows() -> None:
    text = (
        "柳湾养老服务站2026年工作总结\n2026年，服务站在街道指导下开展工作，现总结如下：\n一、主要工作\n"
        "1.助餐服务。全年供餐9000人次。\n二、困难和不足\n一是护理人员少。\n三、明年工作思路\n"
        "1.引进护理人员2名。\n2.完成适老化改造20户。[批注 周红: 户数与街道计划核对]\n"
        "我们将继续努力，让老人们老有所养。\n柳湾养老服务站\n2026年12月30日\n"
    )
    report = report_of(text)
    assert report.sections["closing"].found and report.sections["closing"].line == 10
