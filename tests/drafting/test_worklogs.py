"""What clerks paste under a category besides a group's history (session of 2026-12-06, written before
heldout54 arrived, from its brief's shapes): a spreadsheet exported as CSV, a run of 钉钉 daily reports,
a phone's checklist; and a group's running count told again. Our own words throughout."""

from __future__ import annotations

from assistant.core.clean import one_line
from assistant.core.numbers import find_figures
from assistant.facts.copyedit import edit_item
from assistant.facts.group_chat import corrections_across
from assistant.facts.model import facts_from_data
from assistant.facts.tables import table_sentences
from assistant.facts.worklogs import (
    checklist,
    daily_reports,
    form_submissions,
    is_checklist,
    latest_counts,
    mail_thread,
)

from .test_ledger_to_summary import draft_of

CSV_BLOCK = """序号,日期,事项,数量,单位,负责人,备注
1,3月6日,"清运楼道杂物、废旧家具",14,车,周立平,
2,3月12日,更换单元门禁,9,套,陈晓,已完成
3,3月20日,"修补破损路面,重新划线",260,平方米,周立平,持续推进
"""


def test_a_csv_export_reads_a_sentence_a_row() -> None:
    rows = table_sentences(CSV_BLOCK)
    assert rows == [
        "3月6日，清运楼道杂物、废旧家具14车",
        "3月12日，更换单元门禁9套",
        "3月20日，修补破损路面,重新划线260平方米，持续推进",
    ], rows
    # the same rows typed as list items under the category
    facts = facts_from_data(
        {"单位": "甲社区", "时段": "2026年3月", "主要工作": {"环境整治": CSV_BLOCK.splitlines()}}, "f.yaml"
    )
    assert facts.work["环境整治"][0].startswith("3月6日，清运楼道杂物"), facts.work
    # a block with commas that is no table stays the clerk's lines
    assert table_sentences("走访困难户,发放慰问品\n召开议事会,三场\n入户宣传,百余户") is None


DAILY = """11月3日
今日完成：走访3、5号楼独居老人，登记18户
明日计划：走访7号楼
11月4日（周二）
今日完成：走访7号楼，累计登记独居老人26户，发放防滑垫30块
明日计划：汇总名单报街道
需协调：部分老人子女在外地，联系不上
11月10日
今日完成：累计登记独居老人41户，全部建档；安装烟感报警器12个
"""


def test_a_run_of_daily_reports_keeps_the_work_and_the_last_count() -> None:
    """Failing before: every 今日完成/明日计划 label stood in the draft, and 26户 beside 41户."""
    log = daily_reports(DAILY)
    assert log is not None
    assert log.work == [
        "11月3日，走访3、5号楼独居老人，登记18户",
        "11月4日，走访7号楼，发放防滑垫30块",
        "11月10日，累计登记独居老人41户，全部建档；安装烟感报警器12个",
    ], log.work
    # a day's 需协调 was that day's request, often met days later: noted, the clerk's 存在问题 decide
    assert len(log.notes) == 3 and any("明日計劃" in n for n in log.notes) and any("需協調" in n for n in log.notes)
    text = draft_of({"community": "甲社区", "period": "2026年11月", "work": {"关爱独居老人": DAILY}}).text()
    for gone in ("今日完成", "明日计划", "需协调", "26户", "汇总名单", "子女在外地"):
        assert gone not in text, (gone, text)
    assert "41户" in text and "防滑垫30块" in text, text
    # lines under no day heading, or one day only, are no run of reports
    assert daily_reports("今日完成：走访5户\n明日计划：走访8户") is None


def test_a_count_said_again_with_other_words_is_no_running_count() -> None:
    log = daily_reports(
        "5月6日\n今日完成：累计发放宣传册300份\n5月7日\n今日完成：累计入户走访120户\n5月8日\n今日完成：累计发放宣传册450份"
    )
    assert log is not None
    assert log.work == ["5月7日，累计入户走访120户", "5月8日，累计发放宣传册450份"], log.work


CHECKS = [
    "☑ 张贴防诈海报60张",
    "✅ 组织楼栋长培训 → 楼栋长都会用预警小程序了",
    "☐ 走访商户（待办）",
    "~~举办反诈文艺汇演~~ 取消",
    "进学校讲课2次",
    "回访受骗群众5人（待办）",
]


def test_a_checklist_keeps_what_was_done() -> None:
    assert is_checklist(CHECKS) and not is_checklist(["张贴海报60张", "进学校讲课2次"])
    log = checklist(CHECKS)
    assert log.work == ["张贴防诈海报60张", "组织楼栋长培训，楼栋长都会用预警小程序了", "进学校讲课2次"], log.work
    assert len(log.notes) == 2, log.notes
    text = draft_of({"community": "甲社区", "period": "2026年5月", "work": {"宣传": "\n".join(CHECKS)}}).text()
    for gone in ("☑", "✅", "→", "~~", "汇演", "待办", "5人"):
        assert gone not in text, (gone, text)


GROUP = [
    "刘洋 4月8日 09:12\n500？咱们小区常住才一千出头啊[捂脸]",
    "何静 4月19日 20:05\n累计到今天326人了，还差不少",
    "刘洋 4月30日 17:48\n截至今天注册512人，完成任务",
]


def test_a_group_tells_a_running_count_again() -> None:
    kept, dropped = latest_counts(GROUP)
    assert dropped == 1 and len(kept) == 2 and "326人" not in "".join(kept) and "还差不少" not in "".join(kept)
    out, _ = corrections_across([one_line(message) for message in kept])  # as the facts reader stores them
    said = "".join(out)
    assert "512人" in said and "一千" not in said and "500？" not in said, out


def test_a_message_that_asks_answers_and_talks() -> None:
    block = (
        "王芳 5月3日 21:07\n派出所推来一条预警，3栋一位老人可能被冒充客服诈骗，电话13822224444，谁离得近？\n"
        "王芳 5月3日 22:05\n太好了[OK] 明天写个情况说明\n"
        "王芳 5月31日 15:40\n是9条，上旬还有一条你没看到。9条都核实了，劝阻2起\n"
    )
    said = draft_of({"community": "甲社区", "period": "2026年5月", "work": {"预警劝阻": block}}).text()
    for gone in ("电话", "13822224444", "谁离得近", "太好", "明天写", "是9条", "你没看到", "社区派出所"):
        assert gone not in said, (gone, said)
    assert "9条" in said and "核实" in said and "劝阻2起" in said, said


def test_a_note_to_oneself_about_the_exact_figure_is_a_marked_gap() -> None:
    text, _ = edit_item("全年接待来访群众三百多人次（准确数字查接待登记本）", work=True)
    assert "【待补：" in text and "接待登记本" in text and "（准确" not in text, text
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures("全年接待来访群众三百多人次")]
    # a bracket that only explains stays as it was
    same, _ = edit_item("发放慰问金1.2万元（含区民政局拨付部分）", work=True)
    assert "（含区民政局拨付部分）" in same, same


PROGRESS = """3月3日 周一
今日完成：
1.领取入户登记表500份
2.划分片区，4个网格各2人
明日计划：入户
3月6日 周四
今日完成：
1.累计登记612户，录入系统540户
2.发现空置房31套
3月12日 周三
今日完成：
1.累计登记1,480户、3,902人，全部录入系统
"""


def test_a_days_numbered_lines_are_one_item_and_an_old_count_goes() -> None:
    """heldout54's 钉钉 run, first contact: a weekday without brackets was no day heading, so the
    whole run stood in the draft with 今日完成 and every old count; its numbered lines fused onto
    figures (6台2。)."""
    log = daily_reports(PROGRESS)
    assert log is not None
    assert log.work == [
        "3月3日，领取入户登记表500份；划分片区，4个网格各2人",
        "3月6日，录入系统540户；发现空置房31套",  # no later report counts 录入 again: it stays
        "3月12日，累计登记1,480户、3,902人，全部录入系统",
    ], log.work


def test_a_csv_ledger_goes_on_under_the_header_given_once() -> None:
    """heldout54's 物业 ledger, first contact: two categories' rows came without the header and stood
    as CSV in the draft; Excel's 2025/1/20 and 1号楼,3号楼 in one cell."""
    work = {
        "清运": "序号,日期,事项,数量,单位,负责人,备注\n1,2025/1/6,清运建筑垃圾,12,车,周强,\n2,2025/2/3,清洗垃圾桶,80,个,周强,",
        "维修": '3,2025/2/10,"更换2号楼,5号楼水泵",2,台,工程部,\n4,2025/3/1-3/31,受理报修,96,件,客服部,"办结90件,6件待配件"',
    }
    facts = facts_from_data({"单位": "甲物业", "时段": "2025年第一季度", "主要工作": work}, "f.yaml")
    assert facts.work["维修"] == [
        "2025年2月10日，更换2号楼、5号楼水泵2台",
        "2025年3月1日至3月31日，受理报修96件，办结90件,6件待配件",
    ], facts.work


def test_the_words_heldout54s_readers_found_broken() -> None:
    for said, written in (
        ("住高层的老人下楼方便多了", "住高层的老人下楼方便多了"),  # not 高某 (高层 is no name)
        ("让房东把宣传做到出租屋头去", "出租屋去"),  # not 出租家中
        ("为各团队配发随访包8套", "配发随访包8套"),  # not 配发放
        ("喊了好多遍都不听，看到都鬼火冒", "都不听"),  # the feeling goes with what saw it
        ("回执收了300份，真是头疼", "回执收了300份"),
        ("活动来了50人，大家都说来斯", "反响良好"),
        ("楼上楼下都说气味大", "都说气味大"),  # what they said against is no praise
        ("议事会定了装充电桩（嗓子都喊哑了）", "议事会定了装充电桩"),
        ("发放慰问金1.2万元（钱尚未到位）", "（钱尚未到位）"),  # a fact in brackets stays
        ("走访46户，然后帮12户装了烟感", "走访46户，协助12户"),
    ):
        text, _ = edit_item(said, work=True)
        assert written in text, (said, text)
        assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(said)], (said, text)
    assert "真是" not in edit_item("回执收了300份，真是头疼", work=True)[0]
    assert "哑" not in edit_item("议事会定了装充电桩（嗓子都喊哑了）", work=True)[0]


def test_a_checklists_fragments_read_as_a_clause() -> None:
    log = checklist(["✅ 1.10 大雪 党员+团员 扫雪 出动45人次", "~~新春游园会~~ 场地借不到 取消", "☑ 送春联 300多副"])
    assert log.work == ["1月10日，大雪，党员、团员，扫雪，出动45人次", "送春联300多副"], log.work


def test_the_clerks_we_is_the_office() -> None:
    """Round 33's readers on four spoken notes: 我们逐户上门…, 我们人手紧张 read as a speech; the office
    is said instead, and the office as an object (帮助我们) stays."""
    data = {
        "community": "甲社区",
        "period": "2026年7月",
        "work": {"防汛": ["我们逐户上门帮忙清淤，用了三天", "4月开始我们3个网格逐一排查", "楼栋长还帮助我们通知住户"]},
        "problems": ["值班的人少，我们人手紧张"],
    }
    text = draft_of(data).text()
    assert "社区逐户上门" in text and "社区3个网格" in text and "社区人手紧张" in text, text
    assert "帮助我们" in text or "协助我们" in text, text


def test_a_shortfall_after_but_joins_the_listed_problems() -> None:
    """Round 33's reader on a close-to-公文 file: 「…覆盖居民近600人，但部分老年人仍不会使用线上申请渠道」 left a
    problem inside the work paragraph; with problems listed it joins them, unless one already says it."""
    data = {
        "community": "甲社工站",
        "period": "2025年上半年",
        "work": {"宣讲": ["开展政策宣讲12场，覆盖居民近600人，但部分老年人仍不会线上申请"], "走访": ["走访困难户80户"]},
        "problems": ["专职社工仅4人"],
    }
    draft = draft_of(data)
    text = draft.text()
    work, problems = text.split("存在的问题")[0], text.split("存在的问题")[1].split("下一步")[0]
    assert "近600人" in work and "线上申请" not in work and "线上申请" in problems and "4人" in problems, text
    assert draft.problems_from_work == ["部分老年人仍不会线上申请"], draft.problems_from_work
    data["problems"] = ["专职社工仅4人", "部分老年人仍不会线上申请，需社工代办"]  # already said: said once
    text = draft_of(data).text()
    assert text.count("线上申请") == 1, text
    # a turn to what went well is no shortfall; work with no figure before the turn stays whole
    data["work"] = {"宣讲": ["开展政策宣讲12场，但参与居民仍十分踊跃"]}
    assert "仍十分踊跃" in draft_of(data).text().split("存在的问题")[0]


FORM = [
    "序号：1\n提交时间：2025/10/10 16:02:11\n填报人：赵明\n网格：第一网格\n本周完成：清理小广告\n数量：40处\n现场照片：已上传2张\n备注：",
    "序号：2\n提交时间：2025/10/10 17:40:05\n填报人：钱芳\n网格：第二网格\n本周完成：劝导占道经营\n数量：12次\n现场照片：\n备注：周五补报",
    "序号：3\n提交时间：2025/10/10 18:20:45\n填报人：钱芳\n网格：第二网格\n本周完成：劝导占道经营\n数量：15次\n现场照片：\n备注：更正，上条填错，以本条为准",
]


def test_a_forms_submissions_read_as_work_and_a_correction_stands_in_its_place() -> None:
    """Round 34's readers on heldout55's 收集表 (first contact): every 提交时间, 填报人 and 现场照片 stood in
    the draft, and a corrected 7块 beside its 5块."""
    log = form_submissions(FORM)
    assert log is not None
    assert log.work == ["第一网格清理小广告40处", "第二网格劝导占道经营15次"], log.work
    # the export pasted as one block reads the same; lines that merely hold colons are no form
    assert form_submissions(["\n".join(FORM)]) is not None
    assert form_submissions(["时间：3月5日\n地点：活动室\n内容：议事会", "参加：30人"]) is None


MAIL = """回复：关于加装电梯进展
发件人：孙立 <sunli@example.com>
发送时间：2025年8月8日 10:15
收件人：街道城建办

王科长：
    进展更正如下：已签约11个单元（之前报的12个里有1个单元业主反悔），其中6个单元已开工。另外完成管线迁改3处。
孙立

------------------ 原始邮件 ------------------
发件人：王强
发送时间：2025年8月6日 18:02
> 签约到底几个单元？周五前报。
> 发件人：孙立
> 发送时间：2025年8月5日 09:40
> 王科长：已签约12个单元。
"""


def test_an_email_thread_says_what_its_latest_mail_says() -> None:
    log = mail_thread(MAIL)
    assert log is not None
    said = "".join(log.work)
    assert "11个单元" in said and "6个单元" in said and "管线迁改3处" in said, log.work
    for gone in ("12个", "发件人", "孙立", "王科长", "更正如下", "另外", "example.com"):
        assert gone not in said, (gone, log.work)
    assert mail_thread("发放慰问品80份\n走访困难户20户") is None


def test_a_scanned_ledger_reads_its_digits_and_its_lines() -> None:
    """heldout55's 党支部 ledger, read by OCR (first contact): 2l6人, l.2万元, 2〇24年, 己全部, a page
    number, lines broken mid-word and a called-off item all stood in the draft."""
    block = "1、完成辖区优抚对象信息采集核\n对，共采集2l6人，信息己全部录入。\n— 2 —\n2、发放慰问金l.2万元，帮助l口人就业。\n3、9月组织参观学习40人。（此条划去 经费未批）\n"
    facts = facts_from_data({"单位": "甲支部", "时段": "2〇24年", "主要工作": {"走访": block}}, "f.yaml")
    assert facts.work["走访"] == [
        "完成辖区优抚对象信息采集核对，共采集216人，信息已全部录入。",
        "发放慰问金1.2万元，帮助【待补：看不清的数字】人就业。",
    ], facts.work
    assert any("劃去" in n for n in facts.notes), facts.notes
    # what only looks like it stays: ISO9001, 充电口160个, 一家3口人, 自己, 二〇二四年
    for kept in ("通过ISO9001认证", "新建充电口160个", "一家3口人", "居民自己表决", "二〇二四年"):
        assert facts_from_data({"单位": "甲", "时段": "2024年", "主要工作": {"a": [kept]}}, "f").work["a"] == [kept]


def test_made_with_a_count_after_it_is_finished() -> None:
    for said, written in (
        ("加装自闭阀搞了3400余户", "加装自闭阀完成3400余户"),
        ("适配辅助器具搞了56件（轮椅、助行器等）", "适配辅助器具完成56件"),
        ("接诊418人次，发育筛查也搞了", "发育筛查也已开展"),
        ("搞了3次义诊", "义诊3次"),  # events keep their verb
    ):
        text, _ = edit_item(said, work=True)
        assert written in text, (said, text)


CHAT = """桂园社区志愿者工作群
李红 9月1日 09:00
@全体成员 本周六上午清理楼道小广告，8点半物业门口集合，自带手套
张伟 9月1日 09:05
收到，周六上午要值班，下午可以到
李红 9月6日 11:30
今天来了志愿者21人，清理小广告300余处，谢谢大家🌹
李红 9月8日 10:00
@王强 上个月培训是多少人参加的？写总结要用
王强 9月8日 10:20
28个
王强 9月8日 10:25
不对不对，28是报名的，实到23个，签到表在我这
李红 9月9日 20:00
明晚七点半开联席会，议一下充电桩的事 @赵敏 物业把报价带上
"""


def test_a_groups_name_notices_and_replies_are_talk() -> None:
    """Round 35's readers on heldout56's 党支部 group (first contact): the group's name, a notice to everyone,
    a reply with the sender's own plans and 谢谢大家 all stood in the draft."""
    text = draft_of({"community": "甲社区", "period": "2025年9月", "work": {"志愿服务": CHAT}}).text()
    for gone in ("工作群", "集合", "自带手套", "下午可以到", "谢谢大家", "签到表", "联席会", "报价"):
        assert gone not in text, (gone, text)
    assert "21人" in text and "300余处" in text and "23" in text, text
    # (不对不对，28是报名的，实到23个 is not yet written into the answer it corrects: a third hostile pass found
    # the first attempt put 23 on the wrong figure, so the correction stands as the clerk typed it)
    # a plan named for a group is no group's name
    plan = draft_of(
        {"community": "甲协会", "period": "2026年第三季度", "work": {"巡查": ["巡查120次"]}, "plans": ["建立联络群"]}
    )
    assert "联络群" in plan.text()


def test_a_ledgers_struck_row_its_money_column_and_a_done_figure() -> None:
    block = (
        "序号\t工作内容\t时间\t完成情况\t负责人\t经费（元）\t备注\n"
        "1\t打防火隔离带\t12月\t8.5公里\t王强\t3200\t\n"
        "2\t防火宣传进校园\t2月\t——\t李红\t\t学校放假没搞成，此行删除\n"
        "3\t护林员巡山\t12月—2月\t巡山1080人次\t张伟\t5400\t\n"
    )
    rows = table_sentences(block)
    assert rows == ["12月，打防火隔离带8.5公里，经费3200元", "12月—2月，开展护林员巡山，巡山1080人次，经费5400元"], rows


def test_a_resident_named_after_who_they_are_is_withheld() -> None:
    """Round 35's readers: 有个老奶奶李桂英，八十好几了 and 有个阿婆符玉莲差点被骗 printed the residents' names (and 符 was
    no surname); 符合 stays a word."""
    for said, kept, gone in (
        ("有个老奶奶李桂英，八十好几了，一个人住", "李某", "李桂英"),
        ("5月份有个阿婆符玉莲差点被骗", "符某", "符玉莲"),
        ("低保户符玉莲申请了补贴", "符某", "符玉莲"),
        ("居民符合申请条件的有12户", "符合申请条件", "符某"),
    ):
        text, _ = edit_item(said, work=True)
        assert kept in text and gone not in text, (said, text)


def test_a_ledgers_own_name_heads_the_work_it_records() -> None:
    """Round 35's readers: （一）森林防火工作台账 headed the ledger's paragraph."""
    from assistant.drafting.phrasing import heading_name

    assert heading_name("森林防火工作台账") == "森林防火工作"
    assert heading_name("走访登记表") == "走访工作"
    assert heading_name("台账") == "台账"  # nothing else to name it by


def test_the_last_reading_of_the_session() -> None:
    """Facts written for the session's final check: a clerk's 水质这一摊 headed its paragraph, （乡贤捐的） and
    老拖着不交 stayed spoken, and an office's 现将全年工作总结如下 was borrowed for a summary of 1月至11月."""
    from assistant.drafting.office_style import shift
    from assistant.drafting.phrasing import heading_name
    from assistant.summary.style import read_style

    assert heading_name("水质这一摊") == "水质工作"
    assert "（乡贤捐赠）" in edit_item("为15户老人装了净水器（乡贤捐的）", work=True)[0]
    assert "长期拖欠不交" in edit_item("个别户老拖着不交", work=False)[0]
    past = "甲村2025年工作总结\n\n2025年，甲村完成了各项工作。现将全年工作总结如下：\n\n一、主要工作\n修路3公里。\n\n二、存在问题\n资金不足。\n\n三、明年打算\n继续修路。\n"
    style = read_style(past, "past.txt")
    assert style is not None
    facts = facts_from_data({"单位": "乙村", "时段": "2026年1月至11月", "主要工作": {"饮水": ["换管2公里"]}}, "f")
    assert shift("现将全年工作总结如下：", style, facts) == "现将今年以来工作总结如下："
    whole = facts_from_data({"单位": "乙村", "时段": "2026年", "主要工作": {"饮水": ["换管2公里"]}}, "f")
    assert shift("现将全年工作总结如下：", style, whole) == "现将全年工作总结如下："
