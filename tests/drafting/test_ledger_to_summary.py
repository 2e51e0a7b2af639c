"""From a ledger to a summary: each line of work under a heading that names it, outcomes kept
with the counts they are the rate of or gathered where they close the line of work, plans that answer problems said to, no stock
filler, words that fit the period and the office, light copy-editing listed, and what such a
summary usually states asked for rather than written."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from assistant.core.numbers import compare, find_figures
from assistant.core.script import to_simplified
from assistant.core.text import fold
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.drafting.phrasing import display_name, heading_name, join_offices
from assistant.facts.categories import vocabulary
from assistant.facts.copyedit import edit_item
from assistant.facts.items import action_phrase, pair_plans, read_items, split_results
from assistant.facts.model import facts_from_data

from ..cli_helpers import invoke
from ..generated import facts_strategy

TODAY = dt.date(2026, 11, 29)
HEADING_FRAMES = {re.sub(r"\$category", "", p.text) for c in vocabulary() for p in c.phrases.get("heading", ())} | {
    "其他工作"
}


def draft_of(data: dict[str, Any], **options: Any) -> Any:
    return make_draft(facts_from_data(data, "t"), None, DraftOptions(today=TODAY, **options))


@settings(max_examples=120, deadline=None)
@given(facts_strategy)
def test_every_heading_names_its_line_of_work(data: dict[str, Any]) -> None:
    """A heading is the user's name for the line of work, or the vocabulary's frame around it
    (抓好…, 深入開展…); never two of its items glued together, which the blind readers put back
    to the name each time; and the paragraph opens on the work, not on a frame around the name."""
    draft = draft_of(data)
    for section in draft.sections:
        if not section.key.startswith("work:"):
            continue
        category = section.key[5:]
        heading = section.heading or section.text.split("。", 1)[0]
        heading = fold(re.sub(r"^（[一二三四五六七八九十]+）", "", heading))
        name = fold(display_name(category))
        assert name in heading or fold(category.strip()) in heading, (heading, category)
        stray = heading.replace(name, "")
        assert (
            not stray
            or heading == fold(heading_name(category))  # 防汛 heads 防汛工作
            or any(stray == fold(re.sub(r"\$category", "", f)) for f in HEADING_FRAMES)
            or (stray == fold(category.strip()).replace(name, ""))
        ), (heading, stray)


@settings(max_examples=120, deadline=None)
@given(facts_strategy)
def test_figures_items_and_sentences_are_kept_whatever_is_paired(data: dict[str, Any]) -> None:
    """No figure outside the facts, every problem and plan kept (paired or not), and no sentence
    twice."""
    draft = draft_of(data)
    figures = draft.figures()
    assert not figures["unsupported"] and not figures["missing"]
    text = fold(draft.text())
    for item in [*data.get("problems", []), *data.get("plans", [])]:
        assert fold(item).rstrip("。；") in text
    sentences = [s for s in re.split(r"[。！？]", text) if len(s) >= 8]
    assert len(sentences) == len(set(sentences))


def test_a_rate_stays_with_its_counts_and_a_standalone_outcome_closes_the_line() -> None:
    """調解成功率 beside the 401件 it is the rate of (the reader of round 3 moved it back from a
    從成效看 after later items); an outcome that is an item of its own closes the section."""
    item = read_items(["排查各类矛盾纠纷416件，调解成功401件，调解成功率96.4%"])[0]
    head, outcomes = split_results(item)
    assert head is not None and head.text == "排查各类矛盾纠纷416件，调解成功401件"
    assert [o.text for o in outcomes] == ["调解成功率96.4%"]
    work = {"矛盾调解": [item.text, "居民满意度95.3%", "组建调解专家库，吸纳律师等17人"]}
    text = draft_of({"community": "甲街道", "period": "2025年", "work": work}).text()
    body = text[text.index("排查各类") :]
    assert "调解成功401件，调解成功率96.4%" in body
    assert body.index("吸纳律师") < body.index("居民满意度95.3%")  # gathered after the measures


def test_a_heading_names_the_line_of_work() -> None:
    assert action_phrase(read_items(["排查各类矛盾纠纷416件"])[0]) == "排查矛盾纠纷"
    assert action_phrase(read_items(["联合社区卫生服务站为65岁以上老人体检1320人"])[0]) == ""  # no clean object
    work = {
        "平安建设": ["将辖区划分为9个网格", "调解邻里纠纷34起", "组建平安志愿巡逻队12支"],
        "环境卫生": ["清理楼道杂物41处"],
    }
    text = draft_of({"community": "甲社区", "period": "2025年", "work": work}).text()
    assert "调解邻里纠纷，组建平安志愿巡逻队" not in text
    assert "（一）抓好平安建设。将辖区划分为9个网格" in text  # run in: the line of work is short


@pytest.mark.parametrize(
    ("problems", "plans", "pairs"),
    [
        (["网格员业务能力参差不齐"], ["加强网格员业务培训"], [0]),
        (["部分居民分类投放准确率不高"], ["在小区推行定时定点投放并安排督导员值守"], [None]),
        (
            ["老旧小区监控探头完好率只有78%", "夜间巡逻力量不足"],
            ["吸纳职工加入夜间巡逻队", "更换老旧小区监控探头"],
            [1, 0],
        ),
        (["经费不足"], ["争取上级支持"], [None]),
        # two words in common answer a problem (heldout26's 党支部): 联户 and 走访
        (
            ["党员老龄化", "流动党员参加活动少", "有的党员联户就是挂个名，走访不到位"],
            ["建流动党员微信群", "继续从回乡青年里发展党员", "联户走访搞个登记本"],
            [1, None, 2],
        ),
        (["电动车充电难"], ["加强消防宣传"], [None]),
    ],
)
def test_plans_answer_problems_only_when_they_share_words(
    problems: list[str], plans: list[str], pairs: list[Any]
) -> None:
    assert pair_plans(problems, plans) == pairs


def test_a_paired_plan_follows_its_problems_order_without_a_frame() -> None:
    data = {
        "community": "甲社区",
        "period": "2025年",
        "work": {"平安建设": ["巡逻120次"]},
        "problems": ["监控探头老化，完好率只有78%", "巡逻队员以退休居民为主，夜间巡逻力量不足"],
        "plans": ["开展消防演练", "吸纳辖区企业职工加入夜间巡逻队", "更换老旧监控探头"],
    }
    text = draft_of(data).text()
    plans = text[text.index("下一步工作计划") :]
    # no 「针对……的问题，」: round 4's blind reader found it mechanical and aimed at the wrong clause
    assert "针对" not in plans and "为解决" not in plans
    assert plans.index("更换老旧") < plans.index("吸纳辖区") < plans.index("开展消防演练")


@pytest.mark.parametrize(
    "stock",
    # round 5's blind reader: 認真落實……部署要求, 堅強領導 and 著重抓了 + the first three headings
    [
        "认真总结经验",
        "再上新台阶",
        "持之以恒",
        "抓实抓细",
        "回顾这一阶段",
        "围绕社区工作",
        "部署要求",
        "坚强领导",
        "着重抓了",
    ],
)
def test_no_stock_filler_in_any_example_or_held_out_draft(stock: str) -> None:
    files = sorted((Path(__file__).resolve().parents[1] / "data" / "facts").glob("[0-9]*"))
    for path in files:
        from assistant.facts.model import load_facts

        text = to_simplified(make_draft(load_facts(path), None, DraftOptions(today=TODAY)).text())
        assert stock not in text, path.name


@pytest.mark.parametrize(
    ("period", "running", "word"),
    [
        ("2025年", False, "一年来"),
        ("2025年上半年", False, "上半年"),
        ("2025年第三季度", False, "本季度"),
        ("2026年1—10月", True, "今年以来"),
    ],
)
def test_the_problems_lead_speaks_of_the_period(period: str, running: bool, word: str) -> None:
    today = dt.date(2026, 11, 29) if running else dt.date(2026, 1, 5)
    data = {
        "community": "甲社区",
        "period": period,
        "work": {"宣传": ["发放资料10份"]},
        "problems": ["人手不足", "经费紧张"],
    }
    for salt in range(6):  # whichever lead the draft picks, none speaks of another period
        facts = facts_from_data({**data, "community": f"甲{salt}社区"}, "t")
        text = to_simplified(make_draft(facts, None, DraftOptions(today=today)).text())
        assert "这一阶段" not in text
        if "的工作中还存在" in text:
            assert f"{word}的工作中还存在" in text


def test_offices_are_listed_as_a_document_lists_them() -> None:
    assert join_offices(["南湖街道党工委", "南湖街道办事处"]) == "南湖街道党工委、办事处"
    assert join_offices(["区民政局", "区老龄办"]) == "区民政局、区老龄办"
    data = {"community": "甲社区", "period": "2025年", "work": {"养老服务": ["助餐1200人次"]}}
    data["superiors"] = ["区委", "区政府", "区民政局", "区老龄办"]
    text = draft_of(data).text()
    assert "和区民政局和" not in text and "区民政局、区老龄办" in text


@pytest.mark.parametrize(
    ("item", "edited"),
    [
        ("举办业务培训二期", "举办业务培训两期"),
        ("完成丽泽苑二期外墙维修", "完成丽泽苑二期外墙维修"),  # a place, not a count
        ("办理高龄津贴申请83人", "为83人办理高龄津贴申请"),
        ("组织志愿服务1,150人次", "组织志愿服务1150人次"),
        ("发放宣传册2.1万份", "发放宣传册2.1万份"),
    ],
)
def test_copy_edits_change_no_figure_and_no_name(item: str, edited: str) -> None:
    text, edits = edit_item(item)
    assert text == edited and bool(edits) == (item != edited)
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(item)]


@pytest.mark.parametrize(
    ("item", "where", "edited"),
    [
        ("办理城乡居民医保参保登记约460人", "", "为约460人办理城乡居民医保参保登记"),  # 约 moves with its count
        ("区安全生产目标考核第3名（全区11个街道）", "", "在区安全生产目标考核中位列第3名（全区11个街道）"),
        ("5月街道垃圾分类考核第一名", "", "在5月街道垃圾分类考核中位列第一名"),
        ("在区考核中获得第3名", "", "在区考核中获得第3名"),  # a sentence already
        ("国庆假期安全巡查", "work", "开展国庆假期安全巡查"),
        ("国庆假期安全巡查", "", "国庆假期安全巡查"),  # a problem or a plan is not said to be done
        ("入户走访独居老人36户", "work", "入户走访独居老人36户"),  # a figure: no bare activity
        ("组织消防演练", "work", "组织消防演练"),  # has its verb
        ("群众满意度93.5%", "result", "群众满意度为93.5%"),
        ("群众满意度93.5%", "work", "群众满意度93.5%"),  # inside a line of work it reads as a figure
        ("满意度达到96%", "result", "满意度达到96%"),
        # round 7: the clerk's speech in the written register, only in the listed shapes
        ("春节前后发动村民搞了3次大扫除", "work", "春节前后发动村民开展大扫除3次"),
        ("和第三方餐饮公司签了食品安全责任书", "work", "与第三方餐饮公司签订了食品安全责任书"),
        ("给外卖站点从业人员办禁毒培训4场", "work", "为外卖站点从业人员举办禁毒培训4场"),
        ("帮3名康复人员找到了工作", "work", "帮助3名康复人员找到了工作"),
        ("村支书任组长", "work", "村党支部书记任组长"),
        ("办了手续", "work", "办了手续"),  # 办了 before no event
        ("帮扶困难家庭12户", "work", "帮扶困难家庭12户"),
        ("和睦邻里活动3场", "work", "和睦邻里活动3场"),  # 和 that is no 与
        # round 8's reader
        ("申报区里的加装电梯补贴，已报上去11台", "work", "申报区级加装电梯补贴，已上报11台"),
        ("跟自来水公司、燃气公司、供电所对接6次", "work", "与自来水公司、燃气公司、供电所对接6次"),
        ("现场卖了农产品40多万元", "work", "现场销售农产品40余万元"),
        ("还有1个排污口整改没完成", "work", "还有1个排污口整改未完成"),
        ("还没有物业的小区12个", "work", "还没有物业的小区12个"),  # 没有 before a noun stays
        # this session's look at round 8's drafts
        ("148户多次上门没见到人", "work", "148户多次上门未见到人"),
        ("对没入户的148户组织补检", "work", "对未入户的148户组织补检"),
        ("没人管的楼道12处", "work", "无人管理的楼道12处"),  # 没人 is no 未
        ("大约60个孩子参加", "work", "约60个孩子参加"),
        ("停车场（120个车位）还在建", "work", "停车场（120个车位）尚在建设中"),
        ("还在建设", "work", "还在建设"),
        ("暑假开了暑期托管班，共6周", "work", "暑假开办了暑期托管班，共6周"),
        ("和物业一起清理楼道堆物", "work", "与物业一起清理楼道堆物"),
        ("跟辖区小学协调，争取借用教室", "work", "与辖区小学协调，争取借用教室"),
        ("召开了2次会", "work", "召开会议2次"),
        # round 9's facts (a village's collective economy, a police room's month)
        (
            "村股份经济合作社牵头搞了个高山茶基地，新种茶苗约150亩",
            "work",
            "村股份经济合作社牵头建设了一个高山茶基地，新种茶苗约150亩",
        ),
        ("搞了个评比", "work", "开展了一次评比"),
        ("三资清产核资弄完了", "work", "三资清产核资已完成"),
        ("闲置校舍出租，年租金8.6万元，签了5年", "work", "闲置校舍出租，年租金8.6万元，签约5年"),
        ("组了村劳务服务队", "work", "组建了村劳务服务队"),
        ("重大事项都上村民代表大会，开了4次", "work", "重大事项都上村民代表大会，召开了4次"),
        ("光伏项目上报了，镇里已经批了", "work", "光伏项目上报了，镇里已经批复"),
        ("跟邻村合伙建冷库1座", "work", "与邻村合伙建冷库1座"),
        ("为员工讲了新型毒品识别", "work", "为员工讲解了新型毒品识别"),
        ("查了辖区2家药店的销售台账", "work", "检查辖区2家药店的销售台账"),
        ("社区广场摆摊宣传1次，发禁毒手册400余份", "work", "社区广场摆摊宣传1次，发放禁毒手册400余份"),
        ("发放宣传单200份", "work", "发放宣传单200份"),
        ("发出通知12份", "work", "发出通知12份"),
        ("调查了3户", "work", "调查了3户"),
        ("开了3次防汛工作部署会", "work", "召开防汛工作部署会3次"),
        ("开了2场消防知识讲座", "work", "举办消防知识讲座2场"),
        ("备沙袋600余只、抽水泵4台", "work", "储备沙袋600余只、抽水泵4台"),
        ("准备沙袋600余只", "work", "准备沙袋600余只"),
        ("设备12台", "work", "设备12台"),
        ("3名医生参加了省里的全科医生转岗培训", "work", "3名医生参加了省级全科医生转岗培训"),
        ("高血压、糖尿病患者签了4100多人", "work", "高血压、糖尿病患者签约4100多人"),
        ("进社区、进小区搞义诊和签约宣传22场", "work", "进社区、进小区开展义诊和签约宣传22场"),
        ("顶楼漏水的12户都修好了", "work", "顶楼漏水的12户均已修复"),
        ("村道两边种了格桑花，大概2000平方米", "work", "村道两边种植了格桑花，约2000平方米"),
        ("帮5户困难户申报低保，批下来3户", "work", "帮助5户困难户申报低保，获批3户"),
        ("调解邻里、土地纠纷9起，调成8起", "work", "调解邻里、土地纠纷9起，调解成功8起"),
        ("受理纠纷43件，调成了39件", "work", "受理纠纷43件，调解成功39件"),
        ("说暖气不热的比去年同期少了不少", "results", "说暖气不热的较去年同期明显减少"),
        ("与物业一起挨家挨户查暖气", "work", "与物业一起逐户查暖气"),
        ("不热的37户里已经搞定31户", "work", "不热的37户里已经解决31户"),
        ("多次到区民政，给4户报了取暖补贴", "work", "多次到区民政，为4户申报了取暖补贴"),
        ("老楼管道老化，光靠社区弄不了", "problems", "老楼管道老化，仅靠社区难以解决"),
        ("秸秆禁烧没出现火点", "work", "秸秆禁烧未出现火点"),
        ("配合街道做了冬季取暖补贴摸底，名单已经上报了", "work", "配合街道开展了冬季取暖补贴摸底，名单已上报"),
        ("重阳节办了文艺汇演，演了14个节目", "work", "重阳节举办了文艺汇演，演出了14个节目"),
        ("组织老人春游一次，去了60多人，都买了意外险", "work", "组织老人春游一次，60余人参加，均购买了意外险"),
        ("请律师开防诈骗讲座2场", "work", "请律师举办防诈骗讲座2场"),
        ("开展防诈骗讲座2场", "work", "开展防诈骗讲座2场"),
        ("8月8日在镇文体广场办开幕式和广场舞展演", "work", "8月8日在镇文体广场举办开幕式和广场舞展演"),
        ("坏的9件报县体育局更换，已换好6件", "work", "损坏的9件报县体育局更换，已更换6件"),
        ("督促剩余3件器材尽快换好", "plans", "督促剩余3件器材尽快更换到位"),
        ("办理开幕式备案", "work", "办理开幕式备案"),
        # round 10's facts (read after its drafts were frozen for the blind reader)
        ("周末在文化广场搞“分类换绿植”8场", "work", "周末在文化广场开展“分类换绿植”8场"),
        ("前三季度开专班调度会11次、现场办公会7次", "work", "前三季度召开专班调度会11次、现场办公会7次"),
        ("开展会议服务3次", "work", "开展会议服务3次"),
        ("帮着居民预约上门收大件约140次", "work", "帮助居民预约上门收大件约140次"),
        ("跟学校、社区建个联络群", "plans", "与学校、社区建立联络群"),
        ("建了楼栋群26个", "work", "建立了楼栋群26个"),
        ("跟交警一起整治乱停车", "work", "与交警一起整治乱停车"),
        ("卖给饲料厂做青贮的约300多吨", "work", "出售给饲料厂做青贮的约300多吨"),
        ("北片尚未弄完", "work", "北片尚未完成"),
        ("剩下的地块粉碎还田，差不多900亩左右", "work", "剩余地块粉碎还田，900亩左右"),
        ("还得继续做工作", "problems", "仍需继续做工作"),
        ("部分老人有顾虑，得反复做工作", "problems", "部分老人有顾虑，需反复做工作"),
        ("自治管理的小区后续维修资金还没有着落", "problems", "自治管理的小区后续维修资金尚未着落"),
        ("讲打疫苗要注意啥", "work", "讲接种疫苗要注意什么"),
        ("获得了奖励", "work", "获得了奖励"),
        ("帮著17名退役军人报了技能培训", "work", "帮助17名退役军人报名参加了技能培训"),
        ("与司法所律师一起弄了民法典进小区", "work", "与司法所律师一起开展了民法典进小区"),
        ("办退役军人专场招聘会2场", "work", "举办退役军人专场招聘会2场"),
        ("组建后备力量3支", "work", "组建后备力量3支"),  # 后备 is no 储备
        ("会后离开会议室", "work", "会后离开会议室"),
        ("每个小区开工前都开居民协商会", "work", "每个小区开工前都召开居民协商会"),  # 开工 is no 召开
        ("签发证明12份", "work", "签发证明12份"),
        ("换发证件12本", "work", "换发证件12本"),
        # round 10's drafts read again at the start of the next session: shapes of speech, each
        # written once for any item (a hedge said twice, 几百, 40来人, 挺, …了一遍, 跑了几趟, 盯)
        ("北片还没弄完", "work", "北片尚未完成"),  # was 还尚未完成
        ("卖给饲料厂的大概300多吨", "work", "出售给饲料厂的300余吨"),  # 约300多 says it twice
        ("3天差不多接了160多个", "work", "3天接到160余个"),
        ("来访咨询差不多210人次", "work", "来访咨询约210人次"),
        ("差不多一个楼栋一个群", "work", "基本一个楼栋一个群"),
        ("举办了1场健康讲座，来了40来人", "work", "举办健康讲座1场，约40人参加"),
        ("高龄老人约40来人", "work", "高龄老人约40人"),  # round 12: was 约4约0人
        ("开了社团38个，足球、合唱这些", "work", "开设了社团38个，足球、合唱等"),
        ("偏低的十来户又上门弄了一遍", "work", "偏低的约十户再次上门处理"),
        ("2026年来", "work", "2026年来"),  # 年来 is no count
        ("清了几百辆", "work", "清理了数百辆"),
        ("几十年如一日", "work", "几十年如一日"),  # 几十年: no count of things
        ("跑了好几趟街道要的钱", "work", "多次向街道争取资金"),
        ("站里前后跑了好几趟，给办下来了", "work", "站里多次奔走，已办结"),
        (
            "跑了几趟热力公司，把末端2栋楼压差不够的问题给调了",
            "work",
            "多次到热力公司，协调解决了末端2栋楼压差不够的问题",
        ),
        ("报销卡住了", "problems", "报销受阻"),
        ("来的人挺多，每场一百人左右", "work", "参与人数较多，每场一百人左右"),
        ("报修电话挺多", "work", "报修电话较多"),
        ("不少家长反映挺好", "results", "不少家长反映良好"),
        ("挺身而出救助落水儿童1名", "work", "挺身而出救助落水儿童1名"),
        ("当场扑灭3处，没有形成火情", "work", "当场扑灭3处，未形成火情"),
        ("两个老小区没物业", "problems", "两个老小区无物业"),
        ("还没有物业的小区12个", "work", "还没有物业的小区12个"),
        ("维保费用怎么分摊，还没有统一办法", "problems", "维保费用怎么分摊，尚无统一办法"),
        ("发现冒烟点3处，都是当场扑灭", "work", "发现冒烟点3处，均当场扑灭"),
        ("一般反应报告21例，都已随访", "work", "一般反应报告21例，均已随访"),
        ("都是居民自发组织", "work", "都是居民自发组织"),  # opening the item: no comma before it
        ("投放点周边比以前干净多了", "results", "投放点周边较以往更加干净"),
        ("投诉比去年同期少了", "results", "投诉较去年同期有所减少"),
        ("接种数比去年同期多了约三成", "results", "接种数较去年同期增加约三成"),
        ("把辖区14个小区约3800户挨家过了一遍", "work", "对辖区14个小区约3800户逐户摸排"),
        ("把11所学校门口挨个走了一遍", "work", "对11所学校门口逐一实地查看"),
        ("把换热站4台循环泵全检修了一遍", "work", "对换热站4台循环泵进行了全面检修"),
        ("把冷链设备查了一遍", "work", "对冷链设备进行了全面检查"),
        ("仍需再核一遍", "plans", "仍需再次核实"),
        ("每个小区的投放点、桶数底子摸清了", "work", "摸清了每个小区的投放点、桶数底数"),
        ("盯紧4个在建小区", "plans", "紧盯4个在建小区"),
        ("12月继续盯末端楼栋的室温", "plans", "12月继续跟踪末端楼栋的室温"),
        ("剩余7件报修跟热力公司盯到修完", "plans", "剩余7件报修跟热力公司跟进到位"),
        ("只能人工弄，慢", "problems", "只能人工作业，进度较慢"),
        ("慢病随访832人次", "work", "慢病随访832人次"),  # 慢 that is no speed
        ("招聘会2场，来了约40家企业，现场谈好意向的有50多人", "work", "招聘会2场，约40家企业参加，现场达成意向50余人"),
        ("开学前列了问题清单", "work", "开学前列出问题清单"),
        ("参加街道合唱比赛拿了二等奖", "work", "参加街道合唱比赛获得二等奖"),
        ("为3户烈属换了新的光荣牌", "work", "为3户烈属更换了新的光荣牌"),
        ("走访86户，送了慰问金和米面油", "work", "走访86户，送去慰问金和米面油"),
        ("一般24小时内给回复", "work", "一般24小时内予以回复"),
        ("帮助社区搞巡逻、调解这些", "work", "帮助社区开展巡逻、调解等"),
        ("年轻居民对签约不太认可", "problems", "年轻居民对签约认可度不高"),
        ("部分租户不太配合", "problems", "部分租户不够配合"),
        ("有位老兵报销受阻", "work", "一位老兵报销受阻"),
        ("先改哪样让居民投票定，前后开了差不多40场", "work", "先改哪样由居民投票决定，前后召开约40场"),
        ("施工扰民投诉来了当天转施工方", "work", "施工扰民投诉当天转交施工方"),
        (
            "每月给各小区打分，出“红黑榜”，贴宣传栏，也发群里",
            "work",
            "每月对各小区打分，发布“红黑榜”，在宣传栏张贴，并在群内发布",
        ),
        ("垃圾桶撤了210余个", "work", "垃圾桶撤除210余个"),
        ("投放亭是社区自己找施工队整的", "work", "投放亭是社区自己组织施工队建设的"),
        ("为辖区两所幼儿园上了分类课", "work", "为辖区两所幼儿园开设了分类课"),
        ("日均分出量从年初约0.8吨涨到现在1.5吨左右", "work", "日均分出量从年初约0.8吨提高到目前1.5吨左右"),
        ("开栓那几天报修电话较多", "work", "开栓期间报修电话较多"),
        (
            "网格员往居民群里转预约链接，小程序预约的占了一多半",
            "work",
            "网格员在居民群内转发预约链接，小程序预约的占一半以上",
        ),
        ("发现问题随时报", "plans", "发现问题及时上报"),
        ("村两委分了4个片，每天都有人跑田头巡", "work", "村两委划分4个片区，每天都有人到田间巡查"),
        ("讲打疫苗要注意什么", "work", "讲接种疫苗要注意什么"),
        ("地址、电话变了没及时报", "problems", "地址、电话变更后未及时报"),
        ("信息做了覆核，新增的23人都已建档", "work", "信息开展了覆核，新增的23人均已建档"),
        ("业主群里发了通知，提前三天挨栋贴了温馨提示", "work", "业主群内发布了通知，提前三天逐栋张贴了温馨提示"),
        ("28栋楼全部做完，发现漏点17处", "work", "28栋楼全部完成，发现漏点17处"),
        ("工程部8个人分两班，不热的户挨家上门排气", "work", "工程部8个人分两班，不热的户逐户上门排气"),
        ("当月修完229件，剩7件得等热力公司换阀门", "work", "当月修复229件，剩余7件需等待热力公司更换阀门"),
        ("独居老人户上门看暖气，单元门修了40多处", "work", "独居老人户上门查看暖气，单元门维修了40余处"),
        ("上门看望老人12户", "work", "上门看望老人12户"),
        ("车库进出口挂了棉门帘", "work", "车库进出口悬挂了棉门帘"),
        (
            "帮助17名退役军人报了技能培训（电工、叉车、网约车这些）",
            "work",
            "帮助17名退役军人报名参加了技能培训（电工、叉车、网约车等）",
        ),
        ("把辖区14個小区挨家過了一遍", "work", "对辖区14個小区逐户摸排"),  # the user's own characters kept
        ("11月1号开始在社区大厅摆了个点", "work", "11月1日开始在社区大厅设立服务点"),
        ("3号楼外墙维修", "work", "3号楼外墙维修"),
        ("没缴的人家挨个问了一遍", "work", "未缴费的人家逐一询问"),
        (
            "汛前把低洼地带、在建工地都跑了一遍，后面都盯着改完了",
            "work",
            "汛前对低洼地带、在建工地进行了全面排查，后面都督促整改到位",
        ),
        ("还住人的有3户，汛期都劝着搬出去了", "work", "还住人的有3户，汛期均已劝导搬离"),
        ("主汛期24小时值班，没断过", "work", "主汛期24小时值班，从未间断"),
        ("各社区小分队加起来约120人", "work", "各社区小分队合计约120人"),
        ("助浴、理发上门，合起来约420人次", "work", "助浴、理发上门，合计约420人次"),
        ("建立了台账，一共213人", "work", "建立了台账，共213人"),
        ("时间银行志愿者现在有87人", "work", "时间银行志愿者目前有87人"),
        ("群众挺认可的", "work", "群众较为认可"),
        ("把积水点列个清单报区里", "work", "把积水点列出清单上报区级"),
        ("县民政局年度评估，评了个良好", "work", "县民政局年度评估，被评为良好"),
        ("社工就3个人，忙不过来", "work", "社工仅3个人，人手紧张"),
        ("年轻人不太来", "work", "年轻人参与较少"),
        ("清掉积水容器约200个", "work", "清除积水容器约200个"),
        ("路灯报修37盏，区公所都来修好了", "work", "路灯报修37盏，区公所均已修复"),
        ("机车失窃1件，后来有找回来", "work", "机车失窃1件，后已找回"),
        ("让学生背六不，抽查了一下大部分能背", "work", "让学生背六不，抽查大部分能背"),
        ("请派出所的同志来学校讲了2次", "work", "请派出所的同志来学校宣讲了2次"),
        ("班主任差不多每周都发", "work", "班主任基本每周都发"),
        ("缺警示牌的报给镇里，补了9块", "work", "缺警示牌的上报镇里，补设9块"),
        ("社区微信群每周推反诈案例", "work", "社区微信群每周推送反诈案例"),
        ("推进反诈宣传", "work", "推进反诈宣传"),
        ("利用公众号推送健康知识", "work", "利用公众号推送健康知识"),  # 推送 already
        # the final review's negative cases: words the rules above must leave as they are
        ("帮助老人挂了专家号", "work", "帮助老人挂了专家号"),
        ("发放取暖补贴了500元", "work", "发放取暖补贴了500元"),
        ("家庭医生上门看病32人次", "work", "家庭医生上门看病32人次"),
        ("各方力量联合起来", "work", "各方力量联合起来"),
        ("为4户补了300元", "work", "为4户补了300元"),
        ("多数系统已升级", "work", "多数系统已升级"),
        ("走访独居老人家中36户", "work", "走访独居老人家中36户"),
        ("搞好卫生、绿化", "work", "搞好卫生、绿化"),
        ("转发群里通知", "work", "转发群里通知"),
        ("党员上了党课2次", "work", "党员上了党课2次"),
        ("民警带着网格员入户，跑了约1500户", "work", "民警带着网格员入户，走访约1500户"),
        ("有个阿姨差点被骗18万，拦下来了", "work", "一名阿姨差点被骗18万，成功拦截"),
        ("拍了个反诈小课堂短视频", "work", "拍摄了一部反诈小课堂短视频"),
        ("端掉黑气点2个，另外3起还在走程序", "work", "捣毁黑气点2个，另外3起正在办理中"),
        ("复查了一遍，改好了150多家", "work", "复查了一遍，完成整改150余家"),
        ("帮助街道往小区里发告知书", "work", "帮助街道向小区发放告知书"),
        ("请燃气公司师傅讲解1次", "work", "请燃气公司技术人员讲解1次"),
        ("年底前把剩下的盯完；元旦前再搞一轮夜查", "work", "年底前把剩下的督促整改完毕；元旦前再开展一轮夜查"),
        ("流感疫苗上半年打得少，春季补打了一些", "work", "流感疫苗上半年接种量较少，春季补种了一些"),
        ("排队时间明显短了", "work", "排队时间明显缩短"),
        ("从别的科室抽2个人来支援", "work", "从其他科室抽调2个人来支援"),
        ("有的搬走了也不说", "work", "有的搬离后未告知"),
        ("今年到现在全村未发生森林火灾", "work", "今年以来全村未发生森林火灾"),
        ("村里大喇叭每天早晚放防火广播", "work", "村里大喇叭每天早晚播放防火广播"),
        ("发现烧田埂2起，批评教育了", "work", "发现烧田埂2起，已进行批评教育"),
        ("村干部晚上也出去转", "work", "村干部晚上也外出巡查"),
        ("修了山上的蓄水池2个", "work", "维修山上的蓄水池2个"),
        ("翻修了村道3公里", "work", "翻修了村道3公里"),
        ("扑火工具配齐了，放村部仓库", "work", "扑火工具配齐了，存放于村部仓库"),
        ("镇上来培训过1次", "work", "镇里组织培训1次"),
        ("护林员年纪偏大，最大的67岁", "work", "护林员年纪偏大，最大年龄67岁"),
        ("老习惯一下子改不过来", "work", "老习惯短期内难以改变"),
        ("冬春防火期马上到了", "work", "冬春防火期即将到来"),
        ("争取给护林员队伍补几个年轻人", "work", "争取给护林员队伍补充几名年轻人"),
        ("长者食堂靠补贴撑着，以后不好说", "work", "长者食堂靠补贴撑着，后续存在不确定性"),
        ("每天中午来吃饭的30人左右", "work", "每天中午就餐的30人左右"),
        ("都当天电话劝阻，劝阻后都回访了", "work", "均当天电话劝阻，劝阻后均已回访"),
        ("暑假时间长，学校管不到", "work", "暑假时间长，学校难以顾及"),
        ("爷爷奶奶管不住", "work", "爷爷奶奶难以管住"),
        ("三资清产核资搞定了", "work", "三资清产核资已完成"),
        ("为9户困难老人家做了适老化改造", "work", "为9户困难老人做了适老化改造"),
        ("重點睇走火通道，多數係鞋櫃、BB車、紙皮", "work", "重點查看走火通道，多为鞋櫃、婴儿车、纸箱"),
        ("換咗過期滅火筒18個", "work", "換了過期滅火筒18個"),
        ("有住戶喺後樓梯燒衣，之後冇再發現", "work", "有住戶在後樓梯燒衣，之後没有再發現"),
        ("有啲住戶仍然將雜物放喺走廊，講極都唔聽", "work", "部分住戶仍然將雜物放在走廊，屡劝不听"),
        ("6月同業主立案法團搞咗一次火警演習", "work", "6月同業主立案法團开展了一次火警演習"),
        # heldout26's facts
        ("跟社区合办“控盐控油”讲座5次", "work", "与社区合办“控盐控油”讲座5次"),
        ("跟县水利局申请在西片加装2个雨量站", "plans", "向县水利局申请在西片加装2个雨量站"),
        ("跟區公所爭取活動中心的空間", "plans", "向區公所爭取活動中心的空間"),
        ("跟桂湖社区结对，捡烟头", "work", "与桂湖社区结对，捡烟头"),
        ("高一高二团员轮流上岗，到现在出了300多人次", "work", "高一高二团员轮流上岗，截至目前累计出勤300余人次"),
        ("高二（3）班拿一等奖", "work", "高二（3）班获得一等奖"),
        ("新发展团员23名，10月搞的入团仪式", "work", "新发展团员23名，10月举行了入团仪式"),
        ("食堂搞光盘行动", "work", "食堂开展光盘行动"),
        ("联户走访搞个登记本", "plans", "联户走访建立一个登记本"),
        ("搞门前三包，评了“美丽庭院”15户", "work", "开展门前三包，评选“美丽庭院”15户"),
        ("改厕剩下的约40户年内都改完了", "work", "改厕剩余约40户年内均已完成"),
        ("村集体经济收入头一回过了20万", "results", "村集体经济收入首次突破20万"),
        ("为务工人员子女入学开居住证明，约50份", "work", "为务工人员子女入学开具居住证明，约50份"),
        ("志愿服务时长还是手工登记，容易漏", "problems", "志愿服务时长还是手工登记，容易遗漏"),
        ("高三学习紧，基本参加不了", "problems", "高三学习紧，基本无法参加"),
        ("二房东的单独列出来", "work", "二房东的单独列出"),
        ("7月对辖区小餐饮、小作坊摸了一遍", "work", "7月对辖区小餐饮、小作坊进行了摸排"),
        ("燃气瓶间没装报警器的21家，当场下了整改通知", "work", "燃气瓶间未安装报警器的21家，当场下达了整改通知"),
        ("在建工地2个，脚手架、临边防护查了2轮", "work", "在建工地2个，脚手架、临边防护检查了2轮"),
        ("9月配合区局查危化品经营户，共5家", "work", "9月配合区局检查危化品经营户，共5家"),
        ("老厂房出租那片查了，群租住人的清退2处", "work", "老厂房出租区域查了，群租住人的清退2处"),
        ("消防通道堵塞的清了30多处", "work", "消防通道堵塞的清理了30余处"),
        ("与工会一起发防暑物品", "work", "与工会一起发放防暑物品"),
        (
            "外卖骑手电池集中充电点查了4处，有1处线路老化已改",
            "work",
            "外卖骑手电池集中充电点检查了4处，有1处线路老化已整改",
        ),
        ("业主群晚上10点前的消息基本都有人回", "work", "业主群晚上10点前的消息基本都有人回复"),
        ("2栋、5栋电梯换了钢丝绳", "work", "2栋、5栋电梯更换了钢丝绳"),
        ("物业费截至11月底收了九成左右", "work", "物业费截至11月底收缴九成左右"),
        ("6月评上区住建局的“红色物业示范项目”", "results", "6月被评为区住建局的“红色物业示范项目”"),
        ("开业主议事会3次，定了电动车棚改造方案", "work", "开业主议事会3次，确定了电动车棚改造方案"),
        ("端午包粽子、中秋游园，每次来了约200人", "work", "端午包粽子、中秋游园，每次约200人参加"),
        ("血压计借给行动不便的老人用，借出去30多台", "work", "血压计借给行动不便的老人用，借出30余台"),
        ("65岁以上老人免费体检，做了3400人左右", "work", "65岁以上老人免费体检，完成3400人左右"),
        ("上班族高血压病人随访约不上", "problems", "上班族高血压病人随访难以约到"),
        ("医生少，一个团队要管400多个慢病病人", "problems", "医生少，一个团队需管理400余个慢病病人"),
        ("12月底前把全年随访数据核完报区卫健局", "plans", "12月底前把全年随访数据核实后上报区卫健局"),
        # round 12's facts, read again: a clerk's one-character verbs before a count
        ("发放名单核了三遍", "work", "发放名单核对了三遍"),
        ("配合区民政局抽查，抽了120户，未发现问题", "work", "配合区民政局抽查，抽查了120户，未发现问题"),
        ("供暖问题台账每周五报，11月报了4次", "work", "供暖问题台账每周五报，11月上报了4次"),
        ("楼道装了15盏感应灯", "work", "楼道安装了15盏感应灯"),
        ("每月排了1次，全年排了11次", "work", "每月排查了1次，全年排查了11次"),
        ("系统里身份证号错的改了14条", "work", "系统里身份证号错的更正了14条"),
        ("为社区民政专干培训1次，11个社区都来了", "work", "为社区民政专干培训1次，11个社区均参加"),
        ("3号楼地下室暖气管跑水，半夜盯了一宿", "work", "3号楼地下室暖气管漏水，连夜值守"),
        ("没认证的约40人，让社区一个个打电话", "work", "未认证的约40人，让社区逐一打电话"),
        ("12345转过来的供暖工单23件", "work", "12345转办的供暖工单23件"),
        ("街道要的供暖问题台账每周五报", "work", "街道要求的供暖问题台账每周五报"),
        ("审计要的发放明细表整理好上报了", "work", "审计要的发放明细表整理后上报"),
        ("四季度集中认证11月底前弄完", "plans", "四季度集中认证11月底前完成"),
        ("外地居住的老人认证难，光打电话不够", "problems", "外地居住的老人认证难，仅打电话不够"),
        ("中秋前上门看望，顺带把认证也做了", "work", "中秋前上门看望，同时完成认证"),
        ("每户送了电热毯和棉被", "work", "每户送去电热毯和棉被"),
        ("还有2件工单没办结", "problems", "还有2件工单未办结"),
        ("物业费收缴，二季度收了差不多六成", "work", "物业费收缴，二季度收缴差不多六成"),
        ("业主微信群回复，白天基本半小时内回", "work", "业主微信群回复，白天基本半小时内回复"),
        ("外卖电动车进小区的事跟业委会商量了三次", "work", "外卖电动车进小区的事与业委会协商了三次"),
        ("夜里巡逻加了一班", "work", "夜间巡逻增加了一班"),
        ("地库渗水点堵了12处", "work", "地库渗水点封堵了12处"),
        ("监控换了摄像头16个", "work", "监控更换摄像头16个"),
        ("地库渗水没根治，雨季仍需盯着", "problems", "地库渗水未根治，雨季仍需持续跟进"),
        ("每周教务处抽查，到现在检查了12次", "work", "每周教务处抽查，截至目前检查了12次"),
        ("抽查大概有5个班超时，已经找班主任谈了", "work", "抽查大概有5个班超时，已约谈班主任"),
        ("开了社团38个", "work", "开设了社团38个"),
        ("家长问卷收回来1500多份", "work", "家长问卷收回1500余份"),
        ("9月到现在送戏下村14场", "work", "9月以来送戏下村14场"),
        ("公益电影放了26场，天冷了改到村活动室", "work", "公益电影放映了26场，天冷后改到村活动室"),
        ("老年人书画展，展了60多幅", "work", "老年人书画展，展出了60多幅"),
        ("演出车坏了一回，镇里临时调了辆车", "work", "演出车出现故障一次，镇里临时调配了一辆车"),
        ("新配图书约1200册，12个书屋都分到了", "work", "新配图书约1200册，12个书屋均已分配到位"),
        ("春节前搞一次全镇文艺汇演", "plans", "春节前举办一次全镇文艺汇演"),
        ("剩余8个村年前演完", "plans", "剩余8个村年前完成演出"),
        ("网格员多次到楼栋，问了260多户", "work", "网格员多次到楼栋，询问了260余户"),
        ("辖区幼儿园、小学查了9所", "work", "辖区幼儿园、小学检查了9所"),
        ("预约、叫号、留观都上了系统", "work", "预约、叫号、留观均已接入系统"),
        ("争取从别的科室抽调2个人来支援", "plans", "争取从其他科室抽调2个人来支援"),
        ("5、6月巡了约20次", "work", "5、6月巡查了约20次"),
        ("还有5处危险水域没装护栏", "problems", "还有5处危险水域未安装护栏"),
        ("那5处再报镇政府，争取早点装护栏", "plans", "上述5处再报镇政府，争取尽早装护栏"),
        ("下学期再开展两次急救培训，全体老师都参加", "plans", "下学期再开展两次急救培训，全体老师均参加"),
        ("宣讲3场，来听的居民约150人", "work", "宣讲3场，听讲的居民约150人"),
        ("帮居民装国家反诈中心APP约300人", "work", "帮助居民安装国家反诈中心APP约300人"),
        ("新增注册志愿者26名，现在在册412名", "work", "新增注册志愿者26名，目前在册412名"),
        ("年轻人来的少，参加活动的多是老年人", "problems", "年轻人参与较少，参加活动的多是老年人"),
        ("活动经费紧，好多东西是居民自己凑的", "problems", "活动经费紧，不少物品是居民自筹的"),
        ("外墙保温、屋面防水做了52栋", "work", "外墙保温、屋面防水完成52栋"),
        ("接种门诊延长服务时间，周六上午也开", "work", "接种门诊延长服务时间，周六上午也开放"),
        # heldout27 (read after the stop): a hedge inside a Chinese number
        ("现在全站志愿者一百二十来人", "work", "现在全站志愿者约一百二十人"),
        ("月初把全村低保户挨家挨户又摸了一遍，一共32户", "work", "月初对全村低保户逐户摸排，共32户"),
        ("有2户收入上来了，报镇里退了", "work", "有2户收入上来了，报镇里退了"),
        ("电线老化的喊电工去弄好了，弄了5户", "work", "电线老化的喊电工去弄好了，弄了5户"),
        # round 13's reader: a meeting 召开, papers 签订
        ("支部党员大会办了6次", "work", "支部党员大会召开了6次"),
        ("居民议事会一共开了3次", "work", "居民议事会共召开了3次"),
        ("企业主体责任告知书签约180份", "work", "企业主体责任告知书签订180份"),
        ("签约家庭医生180人", "work", "签约家庭医生180人"),
        ("学会开了3次车", "work", "学会开了3次车"),
        ("陈情案件大概80几件", "work", "陈情案件80余件"),
        ("约3几人", "work", "约3几人"),
        ("冬天那块主要是防火", "work", "冬季主要是防火"),
        # heldout31's facts, after round 14's drafts
        ("6.26那天在小区广场摆了摊子，展板摆了8块", "work", "6月26日在小区广场设置宣传点，摆放展板8块"),
        (
            "6月12号请了派出所民警来给居民讲课，来了50来个人，大部分是老年人",
            "work",
            "6月12日邀请派出所民警为居民授课，约50个人参加，以老年人为主",
        ),
        ("网格员在楼道里贴海报，每个单元都贴了", "work", "网格员在楼道里贴海报，每个单元均已张贴"),
        ("居民微信群里转发禁毒小视频，转了十几条", "work", "居民微信群里转发禁毒小视频，共转发十余条"),
        ("电子屏滚动放禁毒标语，放了整整一个月", "work", "电子屏滚动放禁毒标语，持续播放一个月"),
        ("每个月都上门见了面，尿检都是阴性", "work", "每月均上门见面，尿检均为阴性"),
        ("帮其中1个找了份物流分拣的活", "work", "帮助其中1个找到物流分拣工作"),
        (
            "知晓率问卷调查是百分之九十二，比去年同期高了6个百分点",
            "result",
            "知晓率问卷调查为92%，比去年同期提高了6个百分点",
        ),
        ("跟房东签承诺书，租户信息及时报给社区", "plans", "与房东签订承诺书，租户信息及时报送社区"),
        ("有2户房东不配合，没开门", "work", "有2户房东不配合，未开门"),
        ("10.8开始对换热站打压试水，共查了23栋楼", "work", "10月8日起对换热站打压试水，共检查23栋楼"),
        ("开栓当天来报修的70多户", "work", "开栓当天报修70余户"),
        (
            "7号楼地下管道爆了一次，停了约6个钟头，第二天早上修好了",
            "work",
            "7号楼地下管道爆裂一次，停了约6个小时，次日早上修复",
        ),
        (
            "到12月3日为止共接到投诉156件，处理完了149件，剩余7件还在排查",
            "work",
            "截至12月3日共接到投诉156件，办结149件，剩余7件还在排查",
        ),
        ("还有一些老住户没交", "work", "还有一些老住户未缴纳"),
        ("对顶楼边户逐户测温，该加散热片的加", "plans", "对顶楼边户逐户测温，视情况加散热片"),
        ("护理师来做成人健检做了两次", "work", "护理师来做成人健检两次"),
        ("手机班报名当天就满了，又加开了1个班", "work", "手机班报名当天就满了，又加开了1个班"),
        # round 15's Hong Kong committee typing Cantonese
        ("嗰部仲做紧，预计明年完成", "work", "那部仍在进行，预计明年完成"),
        ("嚟了千几人", "work", "来了千余人"),
        ("好多长者唔识用，好唔方便", "problems", "好多长者不会用，很不方便"),
        ("同比增长5%", "work", "同比增长5%"),
        ("亩均多挣1000块左右，比周边村高50块", "work", "亩均多挣1000元左右，比周边村高50元"),
        ("展板摆了8块", "work", "摆放展板8块"),
        ("村里建了个劳务合作社", "work", "村里成立了一个劳务合作社"),
        ("搞了两次业主开放日，来了90多户", "work", "举办了两次业主开放日，90余户参加"),
        ("督导员早晚各站岗2小时", "work", "督导员早晚各值守2小时"),
        ("搞了3次义诊", "work", "开展义诊3次"),
        ("村集体经营性收入搞到了38.6万元", "work", "村集体经营性收入达到38.6万元"),
        # heldout32's facts, drafted as a check after round 15
        ("同社工一齐探访独居长者", "work", "与社工一起探访独居长者"),
        ("升降机成日坏，呢半年坏了6次", "work", "升降机经常坏，这半年发生故障6次"),
        ("12月1日开了动员会", "work", "12月1日召开了动员会"),
        ("查出隐患97处，当场改了71处，限12月20日前改好", "work", "查出隐患97处，当场整改71处，限12月20日前整改到位"),
        ("共同参与", "work", "共同参与"),
        # round 15's garbles: 跟進 came out 向進, 不太愿意签 came out 不够愿意签
        ("同房署召开了4次会议，跟进街坊反映的维修问题", "work", "同房署召开会议4次，跟进街坊反映的维修问题"),
        ("年轻人觉得用处不大，不太愿意签", "problems", "年轻人觉得用处不大，不太愿意签"),
        ("3.5万元", "work", "3.5万元"),
        ("签字确认12户", "work", "签字确认12户"),
        # southwestern and northern speech (heldout27's village, heldout30's 俺们村)
        ("这个月没得一户该救没救的", "work", "这个月没有一户该救没救的"),
        ("俺们村巡了18天", "work", "本村巡了18天"),
        ("大家都晓得反诈了", "work", "大家都知晓反诈了"),
        ("服务没得说", "work", "服务没得说"),
        ("俺家门口修了路", "work", "我家门口修了路"),
        ("养老那一块新开了助餐点", "work", "养老方面新开了助餐点"),
        ("村口那块地平整了", "work", "村口那块地平整了"),
        ("门口这块牌子换了", "work", "门口这块牌子换了"),
        # a month's notes drafted in development after round 15 (shapes general enough to meet unseen notes)
        ("10月份搞了3次反诈宣传，发了传单800多份", "work", "10月份开展反诈宣传3次，发放传单800余份"),
        ("给60岁以上老人挨家挨户讲了一遍，差不多跑了200户", "work", "为60岁以上老人逐户宣讲，走访约200户"),
        ("电梯坏了12回，都修好了", "work", "电梯发生故障12次，均已修复"),
        ("3号楼那部老电梯还在等配件", "work", "3号楼的老电梯仍在等待配件"),
        ("长者食堂一个月下来供餐2100多份", "work", "长者食堂全月供餐2100余份"),
        ("老人反映饭菜偏咸，已跟厨师说了", "work", "老人反映饭菜偏咸，已向厨师反馈"),
        ("年轻人不太来参加活动", "problems", "年轻人参加活动较少"),
        ("11月再搞一次针对年轻人的线上反诈讲座", "plans", "11月再开展一次针对年轻人的线上反诈讲座"),
        ("催物业尽快把3号楼电梯修好", "plans", "督促物业尽快完成3号楼电梯维修"),
        ("9月份天天有人巡逻，全村没烧一把秸秆", "work", "9月份每天安排人员巡逻，全村未焚烧秸秆"),
        ("拉了横幅15条", "work", "悬挂横幅15条"),
        ("进山路口设了4个检查点", "work", "进山路口设立4个检查点"),
        ("改厕完成45户，还有10来户不愿意改", "work", "改厕完成45户，尚有约10户不愿意改"),
        ("有些老人还是习惯烧柴火", "problems", "部分老人仍习惯烧柴火"),
        ("10月底前把剩下的改厕做完", "plans", "10月底前完成剩余改厕"),
        ("10.15那天请派出所民警来讲课", "work", "10月15日邀请派出所民警授课"),
        # collocations: a body is set up, a meeting convened, an event held (round 15: 建设合作社)
        ("搞了个合作社", "work", "成立了一个合作社"),
        ("建了合作社", "work", "成立了合作社"),
        ("搞了个议事会", "work", "召开了一次议事会"),
        ("开了个会", "work", "召开了一次会议"),
        ("开了3次会", "work", "召开会议3次"),
        ("搞了篮球赛", "work", "举办了篮球赛"),
        ("办了个书画展", "work", "举办了一个书画展"),
        ("弄了个图书角", "work", "设立了一个图书角"),
        ("弄好了路灯12盏", "work", "修复路灯12盏"),
        ("装了监控8个", "work", "安装监控8个"),
        ("栽了树苗300多棵", "work", "种植树苗300余棵"),
        ("修了路1.2公里", "work", "维修道路1.2公里"),
        ("搞好了", "work", "已完成"),
        ("重建了志愿队", "work", "重建了志愿队"),
        ("组建了合作社", "work", "组建了合作社"),
        ("展开了排查", "work", "展开了排查"),
        ("开展了4次展示活动", "work", "开展展示活动4次"),
        # more Hong Kong speech
        ("每户资助300蚊", "work", "每户资助300港元"),
        ("搞咗2次讲座，嚟咗40几人", "work", "开展讲座2次，40余人参加"),
        ("啲长者好钟意呢个活动", "work", "长者很喜欢这个活动"),
        ("执咗垃圾20袋", "work", "清理垃圾20袋"),
        ("同业主倾咗3次", "work", "与业主商讨了3次"),
        ("佢哋话今个月会完成", "work", "他们表示本月会完成"),
        ("开展灭蚊行动，蚊患减少", "work", "开展灭蚊行动，蚊患减少"),
        ("电话费", "work", "电话费"),
        # a general sample of notes read after heldout36
        ("楼道里的小广告清了两遍", "work", "楼道里的小广告清理了两遍"),
        ("疫苗接种点全年打了12000多针", "work", "疫苗接种点全年打了12000余针"),
        ("有的居民不配合垃圾分类", "problems", "部分居民不配合垃圾分类"),
        ("资金不够，改造进度慢", "problems", "资金不足，改造进度较慢"),
        ("明年把剩下的2个小区也改了", "plans", "明年完成剩余2个小区改造"),
        ("准备再招2个网格员", "plans", "计划再招聘2个网格员"),
        ("卖了茶叶15万块钱", "work", "销售茶叶15万元"),
        ("带着村民去外地学了一次", "work", "组织村民赴外地学习一次"),
        ("独居老人每周打一次电话问问情况", "work", "独居老人每周打一次电话了解情况"),
        ("安排专人每天去河边巡查", "work", "安排专人每天去河边巡查"),  # has its verb: no 开展
        ("澄清了两次", "work", "澄清了两次"),
        # after round 16's drafts were frozen: 两百来人 came out 两约百人; a dotted date opening on a verb
        ("开展了反诈集市，来了两百来人", "work", "开展了反诈集市，约两百人参加"),
        ("8.21配合市场监管局做了电梯抽查", "work", "8月21日配合市场监管局开展了电梯抽查"),
        ("增长1.5开展", "work", "增长1.5开展"),
        ("3月5日开了村两委和村民小组长会", "work", "3月5日召开了村两委和村民小组长会"),
        ("上坟带火种的劝下来五十几起", "work", "上坟带火种的劝阻五十余起"),
        ("发了600来束", "work", "发放约600束"),
        ("劝离整改了300多起", "work", "劝离整改了300余起"),
        ("居民参加了大约三百人", "work", "居民参加了约三百人"),
        ("会上开了玩笑", "work", "会上开了玩笑"),
        ("本月收物业费41.3万元", "work", "本月收缴物业费41.3万元"),
        ("剩余5单在等配件", "work", "剩余5单仍在等待配件"),
        ("召开了业主恳谈会，来了业主代表约20位", "work", "召开了业主恳谈会，约20位业主代表参加"),
        ("一般反应14例，都自行缓解了", "work", "一般反应14例，均自行缓解了"),
        ("血压控制不好的112人", "work", "血压控制不佳的112人"),
        ("开了“记忆花园”认知症预防小组", "work", "开设了“记忆花园”认知症预防小组"),
        ("中秋晚会，大概有五六百人来", "work", "中秋晚会，约五六百人参加"),
        ("收到投诉23件，都转给施工方了", "work", "收到投诉23件，均已转交施工方"),
        ("正在等待审批", "work", "正在等待审批"),
        ("用工高峰一天要70来个人", "work", "用工高峰一天需约70个人"),
        # round 16's reader: 百分之七十二点四 beside 68%
        ("收缴率百分之七十二点四，去年同期是68%", "work", "收缴率72.4%，去年同期是68%"),
        ("完成了百分之八十五左右", "work", "完成了85%左右"),
        ("百分之百满意", "work", "百分之百满意"),
        ("高出百分之十二个百分点", "work", "高出百分之十二个百分点"),
        # the problems as a clerk says them (round 16's reader)
        ("网格员太少，一个人要管600多户", "problems", "网格员偏少，一个人需管理600余户"),
        ("进度太慢", "problems", "进度较慢"),
        ("投诉太多了", "problems", "投诉太多了"),
        ("费用太高", "problems", "费用偏高"),
        ("太高兴了", "work", "太高兴了"),
        ("上门讲的时候听不进去", "problems", "上门讲的时候接受度不高"),
        ("茶叶价格上不去", "problems", "茶叶价格偏低"),
        ("冷库用得不满，淡季基本空着", "problems", "冷库利用率不高，淡季基本闲置"),
        ("人手紧，晚饭老人吃不上", "problems", "人手紧张，晚饭老人吃不上"),
        ("老人老是忘记吃药", "problems", "老人经常忘记吃药"),
        ("整改后还剩下8户", "work", "整改后尚余8户"),
        ("失访的有一百来人", "work", "失访约一百人"),
        # and what they must leave
        ("约300多吨", "work", "约300多吨"),
        ("催缴物业费", "work", "催缴物业费"),
        ("第2回合", "work", "第2回合"),
        ("有些困难", "problems", "有些困难"),
        ("开展了为期3天的培训", "work", "开展为期3天的培训"),
        ("开展了2次", "work", "开展了2次"),
        ("1.5多万元", "work", "1.5多万元"),
        # and what they must leave
        ("组装APP演示机2台", "work", "组装APP演示机2台"),
        ("别的没有", "work", "别的没有"),
        ("一个人来办理", "work", "一个人来办理"),
        ("从年初到现在没停过", "work", "从年初到现在没停过"),
        ("来回跑了3趟", "work", "来回跑了3趟"),
        ("复核了3遍", "work", "复核了3遍"),
        ("申报了12户", "work", "申报了12户"),
        ("安装了8台", "work", "安装了8台"),
        ("光伏板12块", "work", "光伏板12块"),
        ("夜查6次，劝离40余辆", "work", "夜查6次，劝离40余辆"),
        ("换了新的", "work", "更换了新的"),
        ("换了个位置", "work", "换了个位置"),
        ("平整场地2处", "work", "平整场地2处"),
        ("召开座谈会，开了证明会", "work", "召开座谈会，开了证明会"),
        ("从年初到现在", "work", "从年初到现在"),
        ("跟进整改12处", "work", "跟进整改12处"),
        ("防汛物资都修完了再入库", "work", "防汛物资都修完了再入库"),
    ],
)
def test_round_6_fragments_get_their_verb_and_no_figure_changes(item: str, where: str, edited: str) -> None:
    """Round 6's blind reader marked verbless fragments: a bare ranking, a bare activity among the
    work done, a rate stated alone; round 7's, the notes' own speech. Each edit is listed; figures
    stay as given."""
    text, edits = edit_item(item, work=where == "work", result=where == "result")
    assert text == edited and bool(edits) == (item != edited)
    assert compare(text, item) == ([], []) and len(find_figures(text)) == len(find_figures(item))


def test_round_7_frame_tells_are_gone() -> None:
    """A 居委會 is led by its party committee and guided by the 街道辦 (the place said once); the
    opening praises nothing; with no plans the closing promises nothing; a condition (年紀偏大) is
    not a problem the closing says it will solve."""
    data = {
        "community": "甲社区",
        "kind": "社区",
        "period": "2025年",
        "topic": "志愿服务",
        "superiors": ["青禾街道党工委", "青禾街道办事处"],
        "work": {"队伍": ["组建志愿服务队，队员83人"], "活动": ["开展助老服务12次"]},
        "problems": ["志愿者年纪偏大", "服务项目比较零散，没有形成品牌"],
    }
    text = to_simplified(draft_of(data).text())
    assert "在青禾街道党工委的领导和街道办事处的指导下，甲社区推进志愿服务工作。" in text
    assert "【待补：下一步工作计划】\n\n以上总结如有不妥之处，敬请批评指正。" in text
    assert not [w for w in ("扎实", "认真做好", "继续做好", "着力解决") if w in text]
    data["plans"] = ["暑假开展小小志愿者活动"]
    text = to_simplified(draft_of(data).text())
    # one plan, said with its own words: the closing does not say it again nor call it 计划 (round 8)
    assert text.endswith("以上总结如有不妥之处，敬请批评指正。\n\n甲社区\n【待补：成文日期】\n")
    data["plans"] = ["暑假开展小小志愿者活动", "招募青年志愿者"]
    text = to_simplified(draft_of(data).text())
    # the closing names no problem again (round 8: clipped, or in speech) and says not 「把上述计划
    # 逐项落到实处」 (round 10: stock): the formula of a summary handed up
    assert text.endswith("以上总结如有不妥之处，敬请批评指正。\n\n甲社区\n【待补：成文日期】\n")
    assert "着力解决" not in text and "逐项落到实处" not in text


def test_a_branch_office_is_led_by_its_bureau_and_a_town_earns_as_a_town() -> None:
    data = {
        "community": "甲街道司法所",
        "kind": "单位",
        "period": "2025年",
        "superiors": ["乙区司法局", "甲街道党工委"],
        "work": {"矫正": ["走访62人次"]},
    }
    assert "在乙区司法局、甲街道党工委的领导下" in to_simplified(draft_of(data).text())
    data = {"community": "丙镇人民政府", "period": "2025年", "work": {"节会": ["举办桃花节"]}}
    data["results"] = ["实现乡村旅游综合收入约1.1亿元"]
    assert "全镇实现乡村旅游综合收入约1.1亿元" in to_simplified(draft_of(data).text())


def test_a_title_says_annual_once() -> None:
    data = {"community": "甲物业服务中心", "kind": "物业", "period": "2025年", "topic": "物业年度服务"}
    data["work"] = {"客户服务": ["受理报修2316件"]}
    assert draft_of(data).text().startswith("甲物业服务中心2025年度物业服务工作总结\n")


def test_round_6_frame_tells_are_gone() -> None:
    """An office of a 指揮部 advises; a campaign's title names its year, not its days; the
    closing names the problem without 還有; a 事務所 speaks as 本所; every other line of work that
    opens on a verb has the office as subject."""
    data = {
        "community": "甲街道劳动保障事务所",
        "kind": "街道",
        "period": "2026年6月1日至8月31日",
        "topic": "夏季就业服务月活动",
        "superiors": ["乙区创建全国文明城市指挥部办公室"],
        "work": {"招聘": ["举办招聘会2场"], "培训": ["培训89人"], "走访": ["走访企业12家"]},
        "problems": ["还有少数企业用工信息更新不及时"],
        "plans": ["9月走访重点企业"],
    }
    draft = draft_of(data)
    text = to_simplified(draft.text())
    assert text.startswith("甲街道劳动保障事务所2026年夏季就业服务月活动总结\n")
    assert draft.figures()["unsupported"] == []  # the title's year is the year of the campaign's days
    assert "指挥部办公室的业务指导下" in text and "的领导下" not in text
    assert (
        "9月，本所将走访重点企业。\n\n以上总结如有不妥之处，敬请批评指正。" in text
    )  # one plan: the formula, not the plan again
    assert "（一）招聘。本所举办招聘会2场。" in text and "（二）培训工作。培训89人。" in text
    assert "（三）走访工作。本所走访企业12家。" in text


def test_copy_edits_are_listed_and_an_office_that_writes_separators_keeps_them() -> None:
    data = {"community": "甲社区", "period": "2025年", "work": {"宣传": ["发放资料2,400份", "举办讲座二期"]}}
    draft = draft_of(data)
    assert "2400份" in draft.text() and "两期" in draft.text()
    assert {e["why"] for e in draft.to_dict()["edits"]} == {"數字不用千分位逗號", "計數用「兩」"}


def test_a_period_without_a_year_is_signed_with_a_gap_and_check_accepts_a_signed_date(tmp_path: Path) -> None:
    no_year = draft_of({"community": "甲社区", "period": "4月20日至5月20日", "work": {"宣传": ["发放资料10份"]}})
    assert "【待补：成文日期】" in no_year.text() and "2026年11月29日" not in no_year.text()
    facts = tmp_path / "f.yaml"
    facts.write_text("单位: 甲社区\n时段: 2026年1—10月\n主要工作:\n  宣传:\n    - 发放资料10份\n", encoding="utf-8")
    out = tmp_path / "d.txt"
    assert invoke(["draft", "--facts", str(facts), "-o", str(out), "--date", "2026-11-29"]).exit_code == 0
    assert "2026年11月29日" in out.read_text(encoding="utf-8")
    checked = json.loads(invoke(["check", str(out), "--facts", str(facts), "--format", "json"]).output)
    assert not [f for f in checked["findings"] if f["rule"] == "unsupported-figure"]


def test_what_such_a_report_usually_states_is_asked_not_written(tmp_path: Path) -> None:
    data = {"community": "甲社区", "period": "2025年", "work": {"安全生产": ["排查燃气安全隐患73处"]}}
    draft = draft_of(data)
    asks = [a["what"] for a in draft.asks()]
    assert any("事故" in a for a in asks) and any("上年" in a for a in asks)
    assert "事故" not in draft.text()
    facts = tmp_path / "f.yaml"
    facts.write_text(
        "单位: 甲社区\n时段: 2025年\n主要工作:\n  安全生产:\n    - 排查燃气安全隐患73处\n", encoding="utf-8"
    )
    result = invoke(["draft", "--facts", str(facts), "--date", "2026-01-05"])
    assert "這類總結通常還會寫" in result.output and "事故" in result.output
    # what the facts give under 成效 is given: not asked for again (round 8's facts)
    data["results"] = ["全年未发生生产安全事故"]
    assert not [a for a in draft_of(data).asks() if "事故" in a["what"]]


def test_the_chat_asks_before_it_drafts_and_the_answer_is_a_fact(index_copy: Path, tmp_path: Path) -> None:
    answers = "甲社区\n2025年\n\n\n社区\n安全生产\n排查燃气安全隐患73处\n\n\n\n\n\n\n\n全年未发生安全生产事故\n"
    answers += f"\n/导出 {tmp_path / 'd.txt'}\n/退出\n"
    result = invoke(["chat"], input=answers)
    assert "這類總結通常會寫事故起数" in result.output, result.output
    assert "全年未发生安全生产事故" in (tmp_path / "d.txt").read_text(encoding="utf-8")


def test_the_same_measure_over_several_periods_is_one_clause() -> None:
    """Facts extracted from a year's reports give one line a quarter (the blind reading's 「一是一季度
    受理報修工單138件…十九是…」): they become one clause with every figure in its period's order."""
    from assistant.facts.items import fold_series

    items = read_items(
        [
            "一季度受理报修工单138件，维修及时率96.2%",
            "春节前检查电梯12部",
            "二季度受理报修工单151件，维修及时率97%",
            "三季度受理报修工单163件，维修及时率96.8%",
            "4月3日开展讲座，参与46人",  # a day's record is no series
            "5月3日开展讲座，参与40人",
            "7月助餐2100人次",
            "8月助餐2200人次",
        ]
    )
    texts = [i.text for i in fold_series(items)]
    assert texts == [
        "一至三季度受理报修工单分别为138件、151件、163件，维修及时率分别为96.2%、97%、96.8%",
        "春节前检查电梯12部",
        "4月3日开展讲座，参与46人",
        "5月3日开展讲座，参与40人",
        "7月、8月助餐分别为2100人次、2200人次",
    ]
    said = sorted(f.key for t in texts for f in find_figures(t) if f.kind != "date")
    given_ = sorted(f.key for i in items for f in find_figures(i.text) if f.kind != "date")
    assert said == given_  # no figure lost or added


def test_a_long_line_of_work_is_not_numbered_to_nineteen(tmp_path: Path) -> None:
    data = {
        "单位": "嘉和物业",
        "时段": "2025年",
        "类型": "物业",
        "主要工作": {
            "工程维修": [  # twelve measures of two clauses each, none a series of another
                "受理水电报修14件，按时完成13件",
                "受理电梯报修6件，按时完成5件",
                "疏通下水管道23处，清出杂物2车",
                "修补外墙渗水点9处，回访业主9户",
                "更换单元门禁4套，发放门禁卡120张",
                "清洗二次供水水箱2次，送检水样4份",
                "维修路灯17盏，更换灯杆2根",
                "检查消防栓86个，更换水带21条",
                "修复破损路面35平方米，更换地砖12块",
                "检修配电柜8台，更换空气开关6个",
                "升级监控系统，更换摄像头24个",
                "补种绿化苗木120株，修剪乔木60棵",
            ]
        },
    }
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = invoke(["draft", "--facts", str(path)])
    assert result.exit_code == 0, result.output
    assert "十二是" not in result.output and "七是" not in result.output


def test_an_empty_problems_part_asks_about_what_the_facts_say_went_wrong(tmp_path: Path) -> None:
    """No problems in the facts: the draft leaves its gap, and asks (never writes) whether an item
    that tells of complaints or work left undone is one; --fill-gaps does not write the question."""
    data = {
        "单位": "嘉和物业",
        "时段": "2025年",
        "类型": "物业",
        "主要工作": {
            "客户服务": ["11月业主接待日接待业主21位，主要反映停车问题", "全年走访业主236户"],
            "收费管理": ["全年物业费收费率95.8%，尚有57户欠缴"],
        },
        "下一步计划": ["新增充电车位60个"],
    }
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = invoke(["draft", "--facts", str(path), "--json"])
    assert result.exit_code == 0, result.output
    problems = next(s for s in json.loads(result.stdout)["sections"] if s.get("gap") == "problems")
    asked = [s for s in problems["suggestions"] if s.endswith("？")]
    assert len(asked) == 2 and "主要反映停车问题" in asked[0] and "尚有57户欠缴" in asked[1], asked
    assert "？" not in problems["text"]
    filled = invoke(["draft", "--facts", str(path), "--fill-gaps"])
    assert filled.exit_code == 0 and "是否写进" not in filled.stdout, filled.output


@pytest.mark.parametrize(
    ("drafted", "signed", "opening"),
    [
        (dt.date(2026, 12, 4), None, "2026年，"),  # written in the year's last month
        (dt.date(2026, 12, 4), "2027年1月12日", "2026年，"),
        (dt.date(2026, 10, 9), None, "2026年以来，"),  # still under way
        (dt.date(2026, 10, 9), "2027年1月12日", "2026年，"),  # as of the day it is signed
    ],
)
def test_a_draft_speaks_of_its_year_as_of_the_day_it_is_signed(
    drafted: dt.date, signed: str | None, opening: str
) -> None:
    data: dict[str, Any] = {
        "community": "澜石街道",
        "period": "2026年",
        "kind": "街道",
        "superiors": ["栖川区委"],
        "work": {"社会救助": ["发放临时救助金63.2万元"], "就业帮扶": ["新增城镇就业2140人"]},
        "plans": ["做好第二批老旧小区改造项目的申报工作", "新建零工市场1个"],
        **({"date": signed} if signed else {}),
    }
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, DraftOptions(today=drafted)).text())
    assert text.split("\n\n")[1].startswith(opening), text


@pytest.mark.parametrize(
    ("topic", "title", "lead_in"),
    [
        ("物业服务季度工作报告", "2026年第三季度物业服务工作报告", "报告如下"),
        ("安全生产工作情况汇报", "2026年第三季度安全生产工作情况汇报", "汇报如下"),
        ("安全生产", "2026年第三季度安全生产工作总结", "总结如下"),
    ],
)
def test_a_topic_given_with_its_genre_names_the_document(topic: str, title: str, lead_in: str) -> None:
    data: dict[str, Any] = {
        "community": "翠湾名邸物业服务中心",
        "period": "2026年第三季度",
        "topic": topic,
        "kind": "物业",
        "work": {"客户服务": ["受理业主报事报修1276件"], "秩序维护": ["门岗登记外来车辆4860辆次"]},
    }
    text = to_simplified(draft_of(data).text())
    first, _, rest = text.partition("\n")
    assert first.lstrip("# ") == "翠湾名邸物业服务中心" + title, first
    assert lead_in in rest and "报告工作" not in text and "汇报工作" not in text


@pytest.mark.parametrize(
    ("period", "signed"),
    [("2026年暑期（7月6日至8月21日）", "2026年8月28日"), ("2026年汛期（4月15日至10月15日）", "2026年10月20日")],
)
def test_a_season_that_names_its_days_is_over_when_they_are(period: str, signed: str) -> None:
    data: dict[str, Any] = {
        "community": "青枫社区",
        "period": period,
        "kind": "社区",
        "work": {"托管组织": ["招收小学生86名"], "课程安排": ["开设兴趣课程12门"]},
        "problems": ["社区活动场地面积小"],
        "date": signed,
    }
    text = to_simplified(draft_of(data).text())
    assert f"{period}，" in text and "以来" not in text and "今年余下" not in text, text


def test_short_problems_and_plans_run_on_and_long_ones_keep_their_numbers() -> None:
    """Round 8's reader called a numbered line of one short sentence a ledger's: a few short
    problems or plans are one paragraph, 一是…；二是…, with no lead-in; longer ones keep （一）."""
    data = {
        "community": "甲社区",
        "period": "2025年",
        "work": {"宣传": ["发放资料100份"], "巡防": ["巡逻120次"]},
        "problems": ["一是志愿者年纪偏大", "活动场地偏小"],
        "plans": ["招募青年志愿者", "协调共建单位开放活动室", "开展培训2次"],
    }
    text = to_simplified(draft_of(data).text())
    assert "\n\n一是志愿者年纪偏大；二是活动场地偏小。\n\n" in text  # the user's own 一是 gives way
    assert "\n\n一是招募青年志愿者；二是协调共建单位开放活动室；三是开展培训2次。\n\n" in text
    data["problems"] = ["志愿者年纪偏大，平均年龄超过65岁；青年参与少", "活动场地偏小"]
    text = to_simplified(draft_of(data).text())
    assert "（一）志愿者年纪偏大，平均年龄超过65岁；青年参与少。\n\n（二）活动场地偏小。" in text


def test_a_part_of_its_superior_is_led_by_it_and_named_without_it() -> None:
    """Round 9's facts: a 派出所's 警务室 in a 社区 is the 派出所's own, led by it (not 业务指导),
    named after it once, and speaks as the 警务室 (not 我们, not 本所)."""
    data = {
        "community": "城南派出所清河社区警务室",
        "period": "2026年10月",
        "superiors": ["城南派出所"],
        "work": {"宣传": ["在清河小学上禁毒教育课2节"], "排查": ["走访出租屋46户"]},
        "plans": ["11月走访辖区KTV"],
    }
    text = to_simplified(draft_of(data).text())
    assert "在城南派出所的领导下，清河社区警务室" in text and "指导" not in text
    assert "11月，警务室将走访辖区KTV" in text and "我们" not in text and "本所" not in text


@pytest.mark.parametrize(
    ("office", "self_word"),
    [("临江区城管执法大队滨河中队", "中队"), ("梧桐街道老年协会", "协会"), ("恒安物业锦绣华庭项目部", "项目部")],
)
def test_an_office_speaks_as_itself_not_as_we(office: str, self_word: str) -> None:
    """Round 9 and 10's drafts closed 「今后，我们将…」 for a 中队, a 协会, a 项目部."""
    data = {
        "community": office,
        "period": "2026年第三季度",
        "work": {"巡查": ["巡查120次"], "宣传": ["发放资料300份"]},
        "plans": ["建立联络群"],
    }
    text = to_simplified(draft_of(data).text())
    assert f"下一步，{self_word}" in text and "我们" not in text


def test_round_9_relations_party_work_and_the_health_commission() -> None:
    """Round 9's reader: 「村委会开展主题党日6次」 credits the party branch's work to the village
    committee; a 卫生服务中心 is led by the 区卫生健康委员会 that runs it, not guided."""
    data = {
        "community": "柳湾村委会",
        "period": "2026年上半年",
        "superiors": ["马店镇党委"],
        "work": {"党建": ["开展主题党日6次", "发展预备党员1名"], "民生": ["帮助5户困难户申报低保"]},
    }
    text = to_simplified(draft_of(data).text())
    assert "。开展主题党日6次" in text and "村委会开展主题党日" not in text
    data = {
        "community": "河西社区卫生服务中心",
        "kind": "社区卫生服务中心",
        "period": "2025年",
        "superiors": ["河西街道党工委", "区卫生健康委员会"],
        "work": {"签约": ["签约居民21580人"], "随访": ["随访慢病患者3200人次"]},
    }
    text = to_simplified(draft_of(data).text())
    assert "区卫生健康委员会的指导" not in text and "区卫生健康委员会" in text.split("\n\n")[1]
    assert "的领导下" in text.split("\n\n")[1]


@pytest.mark.parametrize(
    ("category", "heading"),
    [
        ("执法", "执法工作"),  # a bare word of activity heads a line of work
        ("宣传", "宣传工作"),
        ("杂事", "其他工作"),  # a clerk's word for what fits nowhere
        ("其他", "其他工作"),
        ("老人那块", "老年人服务"),
        ("老人那塊", "老年人服务"),
        ("网格那块", "网格工作"),
        ("宣传发动", "宣传发动"),  # a name of its own stays as written
        ("发展党员工作", "发展党员工作"),
        ("摸底建群", "摸底建群"),
        ("困难户那块", "困难群众帮扶"),
        ("调解的事", "调解工作"),  # round 12's facts, read with --like in the final review
        ("上面交办的", "上级交办事项"),
        ("杂七杂八", "其他工作"),
        ("健康教育/义诊", "健康教育和义诊"),  # heldout26: a slash is 和 in a heading
        ("12345/110联动", "12345/110联动"),
        ("跟派出所一起", "与派出所联动"),  # heldout26
        ("产业", "产业发展"),
        ("班子", "班子建设"),
        ("产业扶持", "产业扶持"),
    ],
)
def test_a_clerks_category_name_heads_its_line_of_work_in_writing(category: str, heading: str) -> None:
    """Round 10's reader marked 「（四）执法。」 and 「（六）杂事。」 headings as the clerk's own notes."""
    assert heading_name(category) == heading


@pytest.mark.parametrize(
    ("period", "opening", "headline"),
    [
        # round 11: a three-month campaign seven weeks in was spoken of as 「一年来」 and as if over
        # and says its 以来 once (heldout27: 「10月8日以来，…。10月8日以来，…」)
        ("2026年10月15日至2027年1月15日", "2026年10月15日以来，", "截至目前，"),
        ("2026年11月20日至12月20日", "2026年11月20日以来，", "截至目前，"),  # ends this month: still running
        ("2026年9月15日至11月30日", "2026年9月15日至11月30日，", "这一时期，"),
        # round 12: months across a new year were spoken of as 「本月」
        ("2026年9月至2027年1月", "2026年9月以来，", "截至目前，"),
        ("2023年12月至2024年2月", "2023年12月至2024年2月，", "这一时期，"),
        # a school term is no year (round 11: 「一年来，本学期…」)
        ("2025—2026学年第二学期", "2025—2026学年第二学期，", "本学期，"),
        ("2026年秋季学期", "2026年秋季学期开学以来，", "截至目前，"),
    ],
)
def test_a_campaign_and_a_term_are_spoken_of_as_themselves(period: str, opening: str, headline: str) -> None:
    data: dict[str, Any] = {
        "community": "甲中队",
        "period": period,
        "work": {"检查": ["检查餐饮店380家"]},
        "results": ["沿街餐饮店用气更加规范"],
    }
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2026, 12, 4))).text())
    first = text.split("\n\n")[1]
    assert first.startswith(opening) and f"{headline}沿街餐饮店用气更加规范" in first and "一年来" not in text, first


def test_a_result_that_opens_on_the_season_is_not_given_it_twice() -> None:
    """Round 11: 「汛期，汛期辖区未发生人员伤亡」."""
    data: dict[str, Any] = {
        "community": "甲街道应急管理办公室",
        "period": "2026年汛期（5月1日至9月30日）",
        "work": {"值守": ["主汛期24小时值班"]},
        "results": ["汛期辖区未发生人员伤亡"],
    }
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2026, 12, 4))).text())
    assert "汛期辖区未发生人员伤亡" in text and "汛期，汛期" not in text


def test_the_closing_says_not_the_title_again_and_a_taiwan_office_reports() -> None:
    """Round 11: 「以上是…工作总结，不妥之处请批评指正」 restated the whole title; a Taiwan 里辦公處
    closed with a mainland summary's formula."""
    data: dict[str, Any] = {"community": "甲社区", "period": "2025年", "work": {"宣传": ["发放资料100份"]}}
    text = to_simplified(draft_of(data).text())
    assert "以上总结如有不妥之处，敬请批评指正。\n\n甲社区\n" in text and "以上是" not in text
    data = {"community": "福安里辦公處", "period": "民國114年", "work": {"環境": ["清除積水容器約200個"]}}
    assert "以上報告，敬請指正。" in draft_of(data).text()


@pytest.mark.parametrize(
    ("today", "said", "not_said"),
    [
        (dt.date(2026, 10, 12), "2026年汛期，", ("以来", "今年余下", "一年来")),
        (dt.date(2026, 7, 20), "2026年入汛以来，", ("汛期以来", "一年来", "今年以来")),
    ],
)
def test_a_season_named_without_days_ends_when_such_seasons_do(
    today: dt.date, said: str, not_said: tuple[str, ...]
) -> None:
    """heldout26: a 汛期 summary signed in October said 「2026年汛期以來」 and 「今年以來，全汛期…」."""
    data: dict[str, Any] = {
        "community": "石门镇应急管理办公室",
        "period": "2026年汛期",
        "work": {"值守": ["主汛期24小时值班"], "转移": ["提前转移群众160多人"]},
        "results": ["全汛期无人员伤亡"],
    }
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, DraftOptions(today=today)).text())
    assert said in text and "全汛期无人员伤亡" in text, text
    assert not any(word in text for word in not_said), text


def test_a_long_line_of_work_told_month_by_month_is_a_paragraph_a_month() -> None:
    """heldout26's 应急管理科: fifteen items in one category, by month, were one block of prose."""
    items = [
        "7月检查小餐饮130余家",
        "夜查电动车进楼道充电6次",
        "劝离电动车40余辆",
        "8月交叉检查企业15家",
        "检查在建工地2个",
        "清退群租房2处",
        "9月配合区局检查危化品经营户5家",
        "挂牌督办重大隐患1处",
        "签订企业主体责任告知书180份左右",
    ]
    data: dict[str, Any] = {"community": "甲街道应急管理科", "period": "2026年第三季度", "work": {"隐患排查": items}}
    text = to_simplified(draft_of(data).text())
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for month in ("8月", "9月"):  # the first month's paragraph opens on the line of work's heading
        assert any(p.startswith(month) for p in paragraphs), text
    assert all(item.split("，")[0][-4:] in text for item in items)
    undated = [i.replace("7月", "").replace("8月", "").replace("9月", "") for i in items]
    data["work"] = {"隐患排查": undated}
    text = to_simplified(draft_of(data).text())
    assert not any(p.startswith(("8月", "9月")) for p in text.split("\n")), text


def test_an_undated_item_is_not_put_in_a_months_paragraph() -> None:
    """Round 13's reader: with a paragraph a month, an undated item after 8月… read as done in
    August. Undated measures lead before the first month; a 其中… stays with what it details."""
    items = [
        "7月检查小餐饮130余家",
        "其中责令整改12家",
        "8月交叉检查企业15家",
        "每周五夜查电动车进楼道充电",
        "9月配合区局检查危化品经营户5家",
        "挂牌督办重大隐患1处",
        "10月检查在建工地2个",
        "清退群租房2处",
    ]
    data: dict[str, Any] = {"community": "甲街道应急管理科", "period": "2026年1月至10月", "work": {"隐患排查": items}}
    text = to_simplified(draft_of(data).text())
    paragraphs = [p for p in text.split("\n") if p.strip()]
    months = [n for n, p in enumerate(paragraphs) if p.startswith(("8月", "9月", "10月"))]
    assert len(months) == 3, text
    month_text = "".join(paragraphs[months[0] : months[-1] + 1])
    for undated in ("夜查电动车", "挂牌督办", "清退群租房"):
        assert undated in text and undated not in month_text, text
    assert text.index("130余家") < text.index("责令整改12家") < text.index("8月交叉检查"), text


def test_a_traditional_items_own_characters_survive_an_edit_beside_them() -> None:
    """heldout26's 里辦公處: once 大概 was edited to 約, the item no longer matched as a whole and
    the draft's conversion wrote the user's 里長 as 裡長."""
    data: dict[str, Any] = {
        "community": "和興里辦公處",
        "period": "2025年度",
        "work": {"里民服務": ["里長每週二、四晚上在辦公處服務，陳情案件大概80幾件"], "環境": ["里民大掃除每月1次"]},
    }
    text = draft_of(data).text()
    assert "里長每週二" in text and "裡" not in text, text


def test_a_result_that_says_this_month_takes_no_month_word_before_it() -> None:
    """heldout27's village: 「本月，这个月没得一户该救没救的」: the period said twice."""
    data: dict[str, Any] = {
        "community": "甲村村委会",
        "period": "2026年11月",
        "work": {"低保": ["新纳入低保3户"], "走访": ["走访困难户100户"]},
        "results": ["这个月没有一户该救未救"],
    }
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2026, 12, 5))).text())
    assert "这个月没有一户该救未救" in text and "本月，这个月" not in text, text


@pytest.mark.parametrize(
    ("period", "year"),
    [("114年度", 2025), ("民國113年上半年", 2024), ("中華民國112年第三季度", 2023), ("2025年度", 2025)],
)
def test_a_taiwan_year_is_read_as_its_western_year(period: str, year: int) -> None:
    from assistant.core.periods import parse_period

    found = parse_period(period)
    assert found is not None and found.year == year


@pytest.mark.parametrize("period", ["近10年", "3年来", "建党100年", "2百年"])
def test_a_count_of_years_is_no_taiwan_year(period: str) -> None:
    from assistant.core.periods import parse_period

    found = parse_period(period)
    assert found is None or found.year is None


def test_a_taiwan_li_office_is_put_in_no_mainland_frame() -> None:
    """Round 13's reader: a 里辦公處's 114年度 report opened 「在…區公所的業務指導下」, planned as
    「社區」, and was told its period had no year; 大概80幾件 came out 約80幾件, and the report
    showed the edit in Simplified beside the user's Traditional."""
    data: dict[str, Any] = {
        "單位": "和興里辦公處",
        "時段": "114年度",
        "上級": ["大安區公所"],
        "主要工作": {"里民服務": ["陳情案件大概80幾件", "協助里民申請急難救助12件"], "環境": ["里民大掃除每月1次"]},
        "存在問題": ["志工年齡偏高"],
        "下一步計劃": ["招募年輕志工"],
    }
    draft = make_draft(facts_from_data(data, "t"), None, DraftOptions(today=dt.date(2025, 12, 20)))
    text = draft.text()
    assert "指導下" not in text and "領導下" not in text and "社區" not in text, text
    assert "本里" in text and "陳情案件80餘件" in text and "以上報告，敬請指正。" in text, text
    assert "2025年12月20日" in text, text  # the year is known: the draft is signed, not 【待補】
    assert [e["after"] for e in draft.edits] == ["陳情案件80餘件"]
    # round 16's reader: a Taiwan office writes 計畫; its own 計劃, as typed, is kept
    assert draft.script == "taiwan" and "工作計畫" in text and "下一步工作計劃" not in text, text


@pytest.mark.parametrize(
    ("period", "title"),
    [
        ("2026年9月1日至12月31日", "甲街道2026年9月至12月反诈宣传工作总结"),
        ("2026年10月15日至2027年1月15日", "甲街道2026年10月至2027年1月反诈宣传工作总结"),
        ("2026年3月5日至3月28日", "甲街道2026年3月反诈宣传工作总结"),
        ("2026年汛期（4月15日至9月30日）", "甲街道2026年汛期反诈宣传工作总结"),
    ],
)
def test_a_campaigns_title_names_its_months_not_the_whole_year(period: str, title: str) -> None:
    """Round 13's reader: the title of a 9月1日至12月31日 campaign said 2026年, the whole year."""
    data: dict[str, Any] = {
        "community": "甲街道",
        "period": period,
        "topic": "反诈宣传",
        "work": {"宣传": ["宣讲12场"]},
    }
    assert to_simplified(draft_of(data).text()).split("\n")[0] == title


def test_shortfalls_written_among_the_work_are_the_problems_when_the_facts_give_none() -> None:
    """Round 15's reader: 「还剩11户没进去门」「管道还没换」「还有2家拖着」 sat among the work done while
    the problems part said 【待补】. Moved whole, in order, and said so; with problems given, none move."""
    work = {
        "入户检查": ["全月共查了1260户", "晚上又跑了两趟，最后还剩11户没进去门", "3栋楼的户内管道锈得厉害，还没换"],
        "商户": ["5家小饭馆下了整改通知，改了3家，还有2家拖着", "发放明白纸1500份", "有些老人打了好几次电话也不来"],
    }
    data: dict[str, Any] = {"community": "甲社区", "period": "2026年11月", "work": work}
    draft = draft_of(data)
    text = to_simplified(draft.text())
    problems = text[text.index("存在的问题") : text.index("下一步")]
    for said in ("11户没进去门", "户内管道锈得厉害", "尚有2家拖着", "也不来"):
        assert said in problems and text.count(said) == 1, text
    assert "【待补：存在的问题】" not in text and "1260户" in text and "1500份" in text
    assert any("寫的是不足" in n and "「有些老人打了好几次电话也不来」" in n for n in draft.notes())
    data["problems"] = ["部分老人不看手机"]
    text = to_simplified(draft_of(data).text())
    assert text.index("11户没进去门") < text.index("存在的问题"), text


def test_an_office_that_works_every_month_says_so_before_its_verb() -> None:
    """每月，村委会开展… (a time lead's comma before a frequency) reads as no writer writes it."""
    data: dict[str, Any] = {
        "community": "柳河村",
        "period": "2026年上半年",
        "kind": "村",
        "work": {"人居环境": ["每月搞一次“清洁庭院”评比"], "宣传": ["6月份开展了3次防溺水宣传"]},
    }
    text = to_simplified(draft_of(data).text())
    assert "每月，" not in text and "每月开展一次" in text, text


def test_a_campaign_named_by_its_period_is_titled_once_and_a_village_is_guided() -> None:
    """Round 16's reader: 「…秸秆禁烧专项行动秸秆禁烧与森林防火工作总结」 said the topic twice, and a
    village was put 「在…镇人民政府…的业务指导下」 (a 镇 guides its village; 业务指导 is a bureau's)."""
    data: dict[str, Any] = {
        "community": "甲村",
        "period": "2026年3月至6月春季森林防火和秸秆禁烧专项行动",
        "topic": "秸秆禁烧与森林防火",
        "kind": "村",
        "superiors": ["乙镇人民政府"],
        "work": {"巡山": ["护林员每天巡山"]},
    }
    text = to_simplified(draft_of(data).text())
    assert text.startswith("甲村2026年3月至6月春季森林防火和秸秆禁烧专项行动工作总结\n"), text
    assert "乙镇人民政府的指导下" in text and "业务指导" not in text, text


def test_a_hong_kong_estates_owners_corporation_is_its_client() -> None:
    """Round 16's reader: a 管理處 「在…業主立案法團…的關心和支持下」 is a mainland frame; the 法團 is the
    client it reports to, as an 業委會 is (not a body it works under)."""
    data: dict[str, Any] = {
        "單位": "甲苑管理處",
        "時段": "2026年上半年",
        "類型": "物業",
        "上級": ["甲苑業主立案法團", "乙物業管理有限公司"],
        "主要工作": {"清潔": ["每月巡查走火通道"]},
    }
    text = draft_of(data).text()
    assert "法團的" not in text and "在乙物業管理有限公司的" in text, text
