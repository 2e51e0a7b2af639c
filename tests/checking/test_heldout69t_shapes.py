"""Shapes heldout69t's hand wrote that the checker missed at first contact, each as a small text of our own: work told
place by place under bare lines of their own (东片区…) with no work heading; a report posted to a work group that ends on
a cheer (辛苦大家，…加油) after a note with no stop; and a date in a quoted note on where the figures came from."""

from __future__ import annotations

from .shapes import report_of

BY_PLACE = (
    "柳岸社区2026年上半年物业服务监督工作总结\n"
    "\n"
    "上半年，柳岸社区按南、北两个片区督促物业企业履职，共收集居民诉求214件，办结率96.3%。\n"
    "\n"
    "南片区（1—6栋）\n"
    "南片区以老旧楼房为主，督促物业更换楼道灯86盏，修复破损路面120平方米。\n"
    "北片区（7—12栋）\n"
    "北片区新楼集中，协调物业开通夜间报修，上半年受理报修312件。\n"
    "\n"
    "存在的不足\n"
    "物业服务标准不统一，老楼维修资金紧张。\n"
    "\n"
    "下一步，社区将推动两家物业签订服务承诺书，每季度组织一次满意度测评。\n"
    "\n"
    "柳岸社区居民委员会\n"
    "2026年7月2日\n"
)


def test_work_told_place_by_place_under_bare_lines_is_the_work() -> None:
    work = report_of(BY_PLACE).sections["work"]
    assert work.found and work.line == 5, work


GROUP_POST = (
    "东篱社区6月份工作小结\n"
    "@李书记 6月工作简单汇报如下\n"
    "【主要工作】\n"
    "1.入户走访独居老人46户\n"
    "2.组织防汛演练1次，参加居民60人\n"
    "【存在问题】\n"
    "1.志愿者不够，周末人手紧\n"
    "【下月计划】\n"
    "1.7月10日前完成高温慰问名单\n"
    "活动照片已传群相册，文件名“6月活动.zip”\n"
    "辛苦大家，下个月继续加油\n"
    "东篱社区 韦晓燕\n"
    "2026年7月1日\n"
)


def test_a_group_posts_cheer_after_a_note_is_its_closing() -> None:
    closing = report_of(GROUP_POST).sections["closing"]
    assert closing.found and closing.line == 11, closing


def test_a_date_in_a_quoted_note_on_the_figures_source_is_not_the_signatures() -> None:
    text = (
        "# 东篱社区助餐点2026年上半年工作总结\n\n上半年，东篱社区助餐点运行平稳。\n\n## 一、主要工作\n\n"
        "助餐点累计供餐9,860人次。\n\n> 数据统计截至2026-06-28，来源：助餐点台账。\n\n## 二、存在的问题\n\n"
        "厨房面积偏小。\n\n## 三、下一步计划\n\n下一步，增设送餐上门服务。\n\n东篱社区居民委员会\n\n2026年7月2日\n"
    )
    assert not [f for f in report_of(text, "t.md", markdown=True).findings if f.rule == "date-form"]
    # a date in the body's own words is still reported
    body = text.replace("> 数据统计截至2026-06-28，来源：助餐点台账。", "计划于2026-09-30前完成厨房改造。")
    assert [f for f in report_of(body, "t.md", markdown=True).findings if f.rule == "date-form"]
