"""Hostile probes of the change 61f3e8c..HEAD. Run: /work/main/.venv/bin/python probes.py"""
import json, os, subprocess, sys, re
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/work/main/.venv/bin/python"

# ------------------------------------------------------------------ inputs
SUMMARY = """春风社区2025年文明城市创建工作总结

今年以来，春风社区按照街道创建工作部署，全力迎接全国文明城市测评，现将有关情况总结如下。

一、主要工作及成效
1. 环境整治。清理楼道堆物1,130处，拆除违章搭建9处。
2. 文明宣传。更新公益广告牌34块，开展文明劝导志愿服务96次。

二、存在的问题
1. 背街小巷环境卫生容易反弹。
2. 志愿者队伍中青年人比例偏低。

三、2026年工作打算
1. 建立环境卫生常态化巡查机制。
2. 依托辖区学校招募青年志愿者。

春风社区居民委员会
{sig}
"""
S = SUMMARY.format(sig="2025年12月30日")
TITLE = "春风社区2025年文明城市创建工作总结"

def mailhdr(frm, to, subj, date):
    return f"发件人：{frm}\n收件人：{to}\n主题：{subj}\n日期：{date}\n"

FWD1 = (mailhdr("街道文明办 周凯 <zhoukai@example.org>", "王建国 <wangjg@example.org>", "转发：春风社区总结", "2025年12月31日 09:15")
        + "\n王科长：春风社区的总结已按您的意见修改，转给您审核。\n\n---- 转发的邮件 ----\n"
        + mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "Re: 春风社区总结", "2025年12月30日 16:42")
        + "\n周老师，修改后的总结如下，请再看看。\n\n> 周凯 写道：\n> 问题部分写得太简单，再补充一下。\n\n" + S)
FWD2 = (mailhdr("区文明办 赵敏 <zm@example.org>", "孙主任 <sun@example.org>", "转发：转发：春风社区总结", "2026年1月2日 10:00")
        + "\n孙主任：请阅。\n\n---- 转发的邮件 ----\n"
        + mailhdr("街道文明办 周凯 <zhoukai@example.org>", "赵敏 <zm@example.org>", "转发：春风社区总结", "2025年12月31日 09:15")
        + "\n赵老师：转给您。\n\n---- 转发的邮件 ----\n"
        + mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "春风社区总结", "2025年12月30日 16:42")
        + "\n" + S)
FWD_EN = (mailhdr("周凯 <zhoukai@example.org>", "王建国 <wangjg@example.org>", "Fwd: 春风社区总结", "2025年12月31日 09:15")
          + "\n王科长：请审核。\n\n---------- Forwarded message ----------\n"
          + mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "春风社区总结", "2025年12月30日 16:42")
          + "\n" + S)
REPLY_ORIG = (mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "Re: 春风社区总结", "2025年12月30日 16:42")
              + "\n" + S + "\n-----原始邮件-----\n"
              + mailhdr("周凯 <zhoukai@example.org>", "李晓雯 <lixw@example.com>", "春风社区总结", "2025年12月29日 10:00")
              + "\n二、存在的问题\n问题部分写得太简单，再补充一下。\n三、下一步打算\n明天上午前发我。\n")
COVER_COLON = (mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "春风社区总结", "2025年12月30日 16:42")
               + "\n周老师，修改后的总结如下：\n\n" + S)
COVER_NOPUNCT = (mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "春风社区总结", "2025年12月30日 16:42")
                 + "\n周老师好\n\n" + S)
QUOTE_FULLWIDTH = (mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "Re: 春风社区总结", "2025年12月30日 16:42")
                   + "\n＞ 周凯 写道：\n＞ 问题部分写得太简单，再补充一下\n\n" + S)
QUOTE_NOPUNCT = (mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "Re: 春风社区总结", "2025年12月30日 16:42")
                 + "\n> 周凯 写道\n> 问题部分再补充一下\n\n" + S)
# forwarder writes their own short report above the forward, with a heading: the forwarder's part is theirs
FWD_OWN_PART = (mailhdr("周凯 <zhoukai@example.org>", "王建国 <wangjg@example.org>", "转发：春风社区总结", "2025年12月31日 09:15")
                + "\n" + S + "\n---- 转发的邮件 ----\n"
                + mailhdr("李晓雯 <lixw@example.com>", "周凯 <zhoukai@example.org>", "旧稿", "2025年12月20日 16:42")
                + "\n旧稿一、存在的问题\n无。\n")

DING = """钱塘社区网格长 陈思远 的日报
2025-10-31 17:52 提交
今日完成工作：
钱塘社区2025年10月份网格工作总结
10月份，钱塘社区网格工作站按照街道安排，完成了各项网格工作任务。现将本月工作总结如下：
一、主要工作情况
1. 网格巡查。巡查上报事件412件，办结398件。
2. 人口信息采集。完成出租房屋信息采集328套。
二、存在问题
1. 网格员兼职事务多，巡查时间难以保证。
三、下月计划
1. 开展出租房屋“回头看”，11月20日前完成补采。
"""
DING_WEEK = DING.replace("的日报", "的周报").replace("今日完成工作：", "本周完成工作：").replace("10月份网格工作总结", "10月第5周网格工作小结")
DING_NOSPACE = DING.replace("陈思远 的日报", "陈思远的日报")
DING_CNDATE = DING.replace("2025-10-31 17:52 提交", "2025年10月31日 17:52 提交")
DING_TODAY = DING.replace("今日完成工作：", "今日工作：")
# control: a genuine daily log, no pasted summary under the prompt: its work is still work
DING_LOG_ONLY = """钱塘社区网格长 陈思远 的日报
2025-10-31 17:52 提交
今日完成工作：
1. 巡查网格3个，上报事件12件。
2. 走访独居老人5户。
"""
# control: a title that ends in 月报, no space: the summary's own title
YUEBAO_TITLE = S.replace(TITLE, "春风社区 的月报")

PROB_FOUND = S.replace("二、存在的问题", "二、工作中发现的问题")
PROB_CHECK = S.replace("二、存在的问题", "二、检查中发现的问题")
PROB_FOUND_BARE = S.replace("二、存在的问题", "二、发现的问题")
# control: a work sub-heading that says the problems found were all handled, inside the work
WORK_FOUND = S.replace("2. 文明宣传。", "（三）巡查中发现的问题全部整改到位\n2. 文明宣传。")
PLAN_TW = """臺北市信義區三張里辦公處114年度工作總結

114年度，本里在區公所指導下推動各項里務。茲將辦理情形說明如下：

一、年度工作成果
（一）辦理社區清潔日12次。
（二）關懷獨居長者45戶。

二、檢討與困難
志工人力不足。

三、115年度工作構想
（一）擴大招募志工。
（二）增設里民活動空間。

三張里辦公處
114年12月20日
"""
PLAN_SIMPL = S.replace("三、2026年工作打算", "三、2026年工作构想")
# control: a work heading reviewing how last year's 构想 was carried out is work, not plans
WORK_GOUXIANG = S.replace("一、主要工作及成效", "一、2025年工作构想落实情况")

def sig(s):
    return SUMMARY.format(sig=s)

def body(b):
    return S.replace("1. 环境整治。清理楼道堆物1,130处，拆除违章搭建9处。", b)

# ------------------------------------------------------------------ table inputs
H2 = "序号  日期  来访人  联系电话  房号  反映问题  办理结果  值班人"
R1 = "1  4.2  王芳  13812345678  3-101  楼道灯坏  已修复  林涛"
R2 = "2  4.9  李强  13912345678  3-102  下水堵  已疏通  何佳"
def tbl(*lines):
    return "\n".join(lines)

# ------------------------------------------------------------------ facts
def facts(work, community="银杏苑物业服务中心", period="2026年第二季度", kind="物业"):
    return yaml.safe_dump({"community": community, "period": period, "kind": kind, "work": work,
                           "results": ["居民满意度提升"], "problems": ["人手不足"], "plans": ["加强巡查"]},
                          allow_unicode=True, sort_keys=False, width=1000)

BOOK = [
    "银杏苑物业服务中心来电来访登记簿（2026年4月—6月）",
    H2,
    "1  4.2  周玉芬  139****2201  5-1-302  我家厨房下水堵塞  已派维修工，4.3疏通完毕  林涛",
    "2  4.19  匿名  来电    夜间电动车在楼道充电  已劝离，张贴告示  何佳",
    "3  5.6  钱先生  未留  未留  小区西门路灯不亮  当天已修复  林涛",
    "本季度共登记3件，均已办结。备注：5月登记本缺页，已在群里补记",
]
MIN_HEAD = ["时间：2026年9月3日下午", "地点：社区二楼会议室", "主持人：王书记", "参会人员：社区两委成员、物业经理，共9人"]

# ------------------------------------------------------------------ helpers for checks
def sec(out, part):
    if not isinstance(out, dict) or "sections" not in out:
        return None
    return out["sections"][part][0]
def sec_head(out, part):
    return out["sections"][part][1] if isinstance(out, dict) and "sections" in out else None
def rules(out, rule):
    return [f["text"] for f in out.get("findings", [])] if False else [f["text"] for f in (out.get("findings", []) if isinstance(out, dict) else []) if f["rule"] == rule]
def line_of(text, needle):
    for n, ln in enumerate(text.split("\n"), 1):
        if needle in ln:
            return n
    return -1
def title_is(inp, needle):
    want = line_of(inp, needle)
    return lambda o: sec(o, "title") == want
def part_is(inp, part, needle):
    want = line_of(inp, needle)
    return lambda o: sec(o, part) == want
def has(*needles):
    return lambda o: all(n in (o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) for n in needles)
def lacks(*needles):
    return lambda o: not any(n in (o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) for n in needles)
def both(*fs):
    return lambda o: all(f(o) for f in fs)
def listed(f):
    return lambda o: isinstance(o, list) and f(o)
def eq(v):
    return lambda o: o == v

PROBES = []
def P(pid, group, mode, inp, expected, check, control=False):
    PROBES.append(dict(id=pid, group=group, mode=mode, input=inp, expected=expected, check=check, control=control))

# ================================================================== 1. checker: OCR dates
P("D01", "ocr-date", "check", sig("2025 年 12 月 2O 日"), "date-form reported on the spaced OCR signature",
  lambda o: any("2O" in t for t in rules(o, "date-form")))
P("D02", "ocr-date", "fix", sig("2025 年 12 月 2O 日"), "--fix writes 2025年12月20日", has("\n2025年12月20日\n"))
P("D03", "ocr-date", "fix", sig("2025年12月20曰"), "--fix writes 2025年12月20日", has("\n2025年12月20日\n"))
P("D04", "ocr-date", "fix", sig("2025.12.2O"), "--fix writes 2025年12月20日", has("\n2025年12月20日\n"))
P("D05", "ocr-date", "check", body("2025.12.1O-2025.12.2O开展集中整治，清理楼道堆物1,130处。"),
  "an OCR dotted range is reported (both ends misread)", lambda o: len(rules(o, "date-form")) >= 1)
P("D06", "ocr-date", "fix", body("于 2025 年 12 月 2O 日召开总结会，清理楼道堆物1,130处。"),
  "spaced date fixed without leaving a stray space before it: 于2025年12月20日召开", has("于2025年12月20日召开"))
P("D07", "ocr-date", "check", body("子曰：“三人行，必有我师焉。”社区开展国学讲座3场，清理楼道堆物1,130处。"),
  "子曰 not reported", lambda o: not rules(o, "date-form"), control=True)
P("D08", "ocr-date", "fix", body("子曰：“学而时习之。”2025年12月1日起清理楼道堆物1,130处。"),
  "子曰 untouched by --fix", has("子曰：“学而时习之。”"), control=True)
P("D09", "ocr-date", "check", body("整改台账见附件“整改台账2025.12.2O.xlsx”，清理楼道堆物1,130处。"),
  "a dotted OCR-like date in a file name is not reported", lambda o: not rules(o, "date-form"), control=True)
P("D10", "ocr-date", "fix", body("网格平台升级至2.1.2版本，清理楼道堆物1,130处。"),
  "a version number 2.1.2 untouched", has("2.1.2版本"), control=True)
P("D11", "ocr-date", "check", body("筹集资金2025.5万元，清理楼道堆物1,130处。"),
  "a decimal 2025.5万元 not a date", lambda o: not rules(o, "date-form"), control=True)
P("D12", "ocr-date", "fix", body("安装监控设备192.168.10.1O网段，清理楼道堆物1,130处。"),
  "an IP-like string untouched", has("192.168.10.1O"), control=True)
P("D13", "ocr-date", "fix", body("填写日期：2025 年  月  日（待签），清理楼道堆物1,130处。"),
  "a blank form date untouched", has("2025 年  月  日"), control=True)
P("D14", "ocr-date", "fix", body("网格平台于2025.1O.1上线，版本号2025.10.1O不变，清理楼道堆物1,130处。"),
  "(D) a version number written like a year: 版本号2025.10.1O left alone", has("版本号2025.10.1O"))

# ================================================================== 2. checker: untyped pinyin
P("Y01", "pinyin", "pinyin", "对监控系统进行 shengji 改造", "shengji reported", eq(["shengji"]))
P("Y02", "pinyin", "pinyin", "对监控系统进行 shengji改造", "shengji reported (space on one side only)", eq(["shengji"]))
P("Y03", "pinyin", "pinyin", "对监控系统进行shengji 改造", "shengji reported (space on one side only)", eq(["shengji"]))
P("Y04", "pinyin", "pinyin", "对监控系统进行  shengji  改造", "shengji reported (two spaces each side)", eq(["shengji"]))
P("Y05", "pinyin", "pinyin", "购置 Haier 冰箱2台", "brand left alone", eq([]), control=True)
P("Y06", "pinyin", "pinyin", "推广“xiaoyu”品牌茶饮", "quoted pinyin brand left alone", eq([]), control=True)
P("Y07", "pinyin", "pinyin", "开展 yoga 课程", "English left alone", eq([]), control=True)
P("Y08", "pinyin", "pinyin", "在 douyin 平台发布视频12条", "(D) a platform spelt in pinyin, lower case, left alone", eq([]), control=True)
P("Y09", "pinyin", "pinyin", "志愿者 zhangwei 同学参与", "(D) a person's romanised name left alone", eq([]), control=True)
P("Y10", "pinyin", "pinyin", "使用 excel 表格统计", "English left alone", eq([]), control=True)
P("Y11", "pinyin", "check", body("对监控系统进行 shengji 改造，清理楼道堆物1,130处。"), "checker reports untyped-pinyin",
  lambda o: rules(o, "untyped-pinyin") == ["shengji"] or any("shengji" in t for t in rules(o, "untyped-pinyin")))

# ================================================================== 3. checker: mail
P("M01", "mail", "check", FWD1, "title is the forwarded summary's own title", title_is(FWD1, TITLE))
P("M02", "mail", "check", FWD1, "problems found at 二、存在的问题, not at the > quoted reply", part_is(FWD1, "problems", "二、存在的问题"))
P("M03", "mail", "check", FWD2, "forwarded twice: title is the summary's", title_is(FWD2, TITLE))
P("M04", "mail", "check", FWD2, "forwarded twice: work found at 一、主要工作及成效", part_is(FWD2, "work", "一、主要工作及成效"))
P("M05", "mail", "check", FWD_EN, "English Forwarded message banner: title is the summary's", title_is(FWD_EN, TITLE))
P("M06", "mail", "check", REPLY_ORIG, "ordinary reply: title is the summary above -----原始邮件-----", title_is(REPLY_ORIG, TITLE), control=True)
P("M07", "mail", "check", REPLY_ORIG, "ordinary reply: problems from the reply, not the quoted original's", part_is(REPLY_ORIG, "problems", "二、存在的问题"), control=True)
P("M08", "mail", "check", COVER_COLON, "a cover note ending in ： is no title", title_is(COVER_COLON, TITLE))
P("M09", "mail", "check", COVER_NOPUNCT, "a cover greeting 周老师好 is no title", title_is(COVER_NOPUNCT, TITLE))
P("M10", "mail", "check", QUOTE_FULLWIDTH, "a reply quoted with ＞ (full width) is no title", title_is(QUOTE_FULLWIDTH, TITLE))
P("M11", "mail", "check", QUOTE_NOPUNCT, "a > quoted reply is no title", title_is(QUOTE_NOPUNCT, TITLE))
P("M12", "mail", "check", FWD_OWN_PART, "forwarder's own summary above the banner is the text; the forwarded old draft set aside",
  part_is(FWD_OWN_PART, "problems", "二、存在的问题"), control=True)
P("M13", "mail", "check", S, "a plain summary: all parts where they are", both(title_is(S, TITLE), part_is(S, "plans", "三、2026年工作打算")), control=True)

# ================================================================== 4. checker: headings
P("H01", "heading", "check", PROB_FOUND, "工作中发现的问题 is the problems heading", part_is(PROB_FOUND, "problems", "工作中发现的问题"))
P("H02", "heading", "check", PROB_CHECK, "检查中发现的问题 is the problems heading", part_is(PROB_CHECK, "problems", "检查中发现的问题"))
P("H03", "heading", "check", PROB_FOUND_BARE, "发现的问题 is the problems heading", part_is(PROB_FOUND_BARE, "problems", "发现的问题"))
P("H04", "heading", "check", WORK_FOUND, "（三）巡查中发现的问题全部整改到位 is work; problems still at 二、存在的问题",
  part_is(WORK_FOUND, "problems", "二、存在的问题"), control=True)
P("H05", "heading", "check", PLAN_TW, "115年度工作構想 is plans", part_is(PLAN_TW, "plans", "115年度工作構想"))
P("H06", "heading", "check", PLAN_SIMPL, "2026年工作构想 is plans", part_is(PLAN_SIMPL, "plans", "2026年工作构想"))
P("H07", "heading", "check", WORK_GOUXIANG, "一、2025年工作构想落实情况 is work, plans still at 三、",
  both(part_is(WORK_GOUXIANG, "work", "构想落实情况"), part_is(WORK_GOUXIANG, "plans", "三、2026年工作打算")), control=True)

# ================================================================== 5. checker: 钉钉 log
P("L01", "dinglog", "check", DING, "title at the pasted summary's title", title_is(DING, "钱塘社区2025年10月份网格工作总结"))
P("L02", "dinglog", "check", DING_WEEK, "本周完成工作： over a 周报: title at the summary's", title_is(DING_WEEK, "第5周网格工作小结"))
P("L03", "dinglog", "check", DING_NOSPACE, "陈思远的日报 (no space, as 钉钉 also shows it): title at the summary's", title_is(DING_NOSPACE, "钱塘社区2025年10月份网格工作总结"))
P("L04", "dinglog", "check", DING_CNDATE, "2025年10月31日 17:52 提交: not a signature date / title still the summary's",
  title_is(DING_CNDATE, "钱塘社区2025年10月份网格工作总结"))
P("L05", "dinglog", "check", DING_TODAY, "今日工作： prompt: title at the summary's", title_is(DING_TODAY, "钱塘社区2025年10月份网格工作总结"))
P("L06", "dinglog", "check", DING_LOG_ONLY, "a bare daily log: its work lines are still seen as work (not all set aside)",
  lambda o: sec(o, "work") is not None, control=True)
P("L07", "dinglog", "check", YUEBAO_TITLE, "(D) a summary titled 春风社区 的月报 keeps its title", title_is(YUEBAO_TITLE, "春风社区 的月报"), control=True)

# ================================================================== 6. minutes (direct)
P("N01", "minutes", "minutes", MIN_HEAD + ["会议通报了停车治理进展。经讨论，议定事项如下：", "（一）9月底前完成车位划线。", "（二）10月起每周巡查1次。"],
  "numbered （一） decisions: 会议议定：9月底前完成车位划线。 with its （一） gone", lambda o: "会议议定：9月底前完成车位划线。" in o)
P("N02", "minutes", "minutes", MIN_HEAD + ["会议通报了停车治理进展。", "会议要求：", "一、9月底前完成车位划线。", "二、10月起每周巡查1次。"],
  "会议要求： leads the decisions: no bare 会议要求： item; the first says 会议要求：…",
  lambda o: "会议要求：" not in o and any(t.startswith("会议要求") and "车位划线" in t for t in o))
P("N03", "minutes", "minutes", MIN_HEAD + ["会议强调：", "一、各网格要落实责任。"],
  "会议强调： leads: no bare 会议强调： item", lambda o: "会议强调：" not in o)
P("N04", "minutes", "minutes", MIN_HEAD + ["经讨论，议定事项如下：", "王书记：9月底前完成车位划线。"],
  "(D) a speaker label after the lead: no 会议议定：王书记：", lambda o: not any("会议议定：王书记" in t for t in o))
P("N05", "minutes", "minutes", MIN_HEAD + ["经讨论，会议形成以下决议：", "一、9月底前完成车位划线。"],
  "(D) 形成以下决议： is a lead too: not left as an item", lambda o: not any("形成以下决议" in t for t in o))
P("N06", "minutes", "minutes", ["会议通报了停车治理进展。经讨论，议定事项如下：", "9月底前完成车位划线。"],
  "not a record (no header lines): left as it was", eq(["会议通报了停车治理进展。经讨论，议定事项如下：", "9月底前完成车位划线。"]), control=True)
P("N07", "minutes", "minutes", MIN_HEAD + ["会议通报了停车治理进展。经研究，决定如下：", "一、9月底前完成车位划线。"],
  "会议决定： on the first decision", lambda o: "会议决定：9月底前完成车位划线。" in o)
P("N08", "minutes", "minutes", MIN_HEAD + ["经讨论，议定事项如下：", "会议要求，各网格9月底前完成车位划线。"],
  "(D) no doubled 会议议定：会议要求", lambda o: not any(t.startswith("会议议定：会议") for t in o))
P("N09", "minutes", "minutes", MIN_HEAD + ["会议通报了停车治理进展。经讨论，议定事项如下：", "一、9月底前完成车位划线。", "二、10月起每周巡查1次。"],
  "the meeting itself (2026年9月3日下午…共9人) is said", lambda o: any("9月3日" in t for t in o))

# ================================================================== 7. time order (direct)
P("O01", "order", "order", ["2026年9月3日下午，召开柳岸社区停车治理推进会", "会议通报了1—8月停车治理进展", "会议议定：9月15日前完成围挡拆除"],
  "record's order kept", eq(["2026年9月3日下午，召开柳岸社区停车治理推进会", "会议通报了1—8月停车治理进展", "会议议定：9月15日前完成围挡拆除"]))
P("O02", "order", "order", ["9月开展消防演练", "组织了3月份的志愿服务总结会", "5月完成楼道清理"],
  "not minutes: 组织了3月份的… still sorted by its month", eq(["组织了3月份的志愿服务总结会", "5月完成楼道清理", "9月开展消防演练"]), control=True)
P("O03", "order", "order", ["了解民情：5月走访独居老人100户", "3月开展排查", "4月完成整改"],
  "了解 is not the 了 of 通报了: sorted 3,4,5", eq(["3月开展排查", "4月完成整改", "了解民情：5月走访独居老人100户"]), control=True)
P("O04", "order", "order", ["办了5月的消防培训", "3月开展排查", "7月完成整改"],
  "办了5月的培训 is a day the item tells of: sorted 3,5,7", eq(["3月开展排查", "办了5月的消防培训", "7月完成整改"]), control=True)
P("O05", "order", "order", ["5月12日召开协调会", "3月开展排查", "4月完成整改"], "ordinary items sorted",
  eq(["3月开展排查", "4月完成整改", "5月12日召开协调会"]), control=True)
P("O06", "order", "order", ["搞了6月端午包粽子活动", "3月开展排查", "4月完成整改"],
  "a spoken 搞了6月… item still sorted", eq(["3月开展排查", "4月完成整改", "搞了6月端午包粽子活动"]), control=True)

# ================================================================== 8. tables (direct)
P("T01", "table", "table", "\n".join(BOOK), "the authors' book: rows + tally, no private details",
  both(has("4月2日，居民反映其家厨房下水堵塞", "本季度共登记3件，均已办结。"), lacks("周玉芬", "钱先生", "匿名", "139", "5-1-302", "林涛", "何佳", "缺页")))
P("T02", "table", "table", tbl("来电来访登记簿", H2, "1  4.2  区城管局  0571-88001122  无  要求配合拆除违建  已配合，4.5拆除完毕  林涛", "2  4.9  街道办  无  无  通知参加安全会议  已参会  何佳"),
  "a caller that is an organisation is not 居民 (区城管局要求配合…)", lambda o: isinstance(o, list) and not any("居民反映要求" in t or "居民反映通知" in t for t in o))
P("T03", "table", "table", tbl(H2, "1  4.2  王某  13800000000  3-101  无  无需办理  林涛", R2),
  "a 反映问题 cell that says 无: no 居民反映无", listed(lambda o: isinstance(o, list) and not any("居民反映无" in t for t in o)))
P("T04", "table", "table", tbl("序号 日期 来访人 联系电话 房号 反映问题 办理结果 值班人", "1 4.2 王芳 13812345678 3-101 楼道灯坏 已修复 林涛", "2 4.9 李强 13912345678 3-102 下水堵 已疏通 何佳"),
  "(D) a header with one space: read as the book, or at least no name/phone printed", lambda o: lacks("王芳", "13812345678")(o) if o else False)
P("T05", "table", "table", tbl(H2, "1  4.2   王芳  13812345678   3-101  楼道灯坏  已修复  林涛", "2  4.9  李强  13912345678  3-102  下水堵  已疏通   何佳"),
  "uneven spaces: rows read, no names", both(has("4月2日，居民反映楼道灯坏，已修复"), lacks("王芳", "李强", "林涛")))
P("T06", "table", "table", tbl("序号  日期  来访人  联系电话  房号  反映问题  办理结果  备注", "1  4.2  王芳  13812345678  3-101  楼道灯坏  已修复  王芳系低保户，独居", "2  4.9  李强  13912345678  3-102  下水堵  已疏通  "),
  "a 备注 column naming the caller and their 低保 status is not printed", listed(lacks("王芳")))
P("T07", "table", "table", tbl("来电来访登记簿", H2, R1, R2, "本季度共登记2件，均已办结"),
  "a tally line without 。 is kept as the tally, no header word glued to it", both(has("本季度共登记2件，均已办结"), lacks("序号本季度")))
P("T08", "table", "table", tbl("来电来访登记簿", H2, R1, R2, "本季度共登记2件，其中王芳来访2次。"),
  "the tally sentence does not name a caller", listed(lacks("王芳")))
P("T09", "table", "table", tbl(H2, R1, R2, "本季度共登记2件。", "登记人：林涛  13800000000。"),
  "a 登记人 line with a phone under the book is not printed", listed(lacks("13800000000", "林涛")))
P("T10", "table", "table", tbl(H2, "1  4.2  王芳  13812345678  3-101  门前路面破损  已修补1.5公里路面  林涛", "2  4.9  李强  13912345678  3-102  维修资金不足  申请3.2万元  何佳"),
  "decimals in a result cell kept: 1.5公里, 3.2万元", has("已修补1.5公里路面", "申请3.2万元"), control=True)
P("T11", "table", "table", tbl(H2, "1  4.2  王芳  13812345678  3-101  App无法登录  已升级到1.2版App  林涛", R2),
  "a version number 1.2版 in a result cell kept", has("1.2版"), control=True)
P("T12", "table", "table", tbl(H2, "1  4.2  王芳  13812345678  3-101  楼道灯坏  4.3-4.5维修  林涛", R2),
  "a dotted range in a cell written whole: 4月3日—4月5日 (or left whole 4.3-4.5)", lambda o: isinstance(o, list) and ("4.3-4.5" in o[0] or ("4月3日" in o[0] and "4月5日" in o[0])))
P("T13", "table", "table", tbl("序号  日期  会议名称  房号  参会人数", "1  4.2  两委会  302会议室  9", "2  4.9  党员大会  一楼大厅  45"),
  "a 房号 column holding a meeting room is kept (302会议室)", has("302会议室"), control=True)
P("T14", "table", "table", tbl("序号  项目  数量  完成情况", "1  清理楼道堆物  130处  已完成", "2  更换路灯  12盏  已完成"),
  "ordinary two-space table unchanged from base", eq(["清理楼道堆物130处，已完成", "更换路灯12盏，已完成"]), control=True)
P("T15", "table", "table", tbl("序号  日期  地点  事项  情况", "1  2026.4.2  小区东门  消防演练  模拟4.5级火情，1.5小时完成", "2  2026.4.9  活动室  健康讲座  参加4.8成以上"),
  "4.5级 and 1.5小时 kept in a dated table", has("4.5级", "1.5小时"), control=True)
P("T16", "table", "table", tbl(H2, "1  4.2  匿名      楼道灯坏  已修复  林涛", R2),
  "two blank cells (6 spaces) keep their columns", both(has("4月2日，居民反映楼道灯坏，已修复"), lacks("林涛")))
P("T17", "table", "table", tbl(H2, "1  4.2  匿名        楼道灯坏  已修复  林涛", R2),
  "(D) blanks typed with 8 spaces: the report and the result not lost", has("楼道灯坏", "已修复"))
P("T18", "table", "table", tbl(H2, "1  4.2  王芳  13812345678  3-101  楼上5-1-402漏水到我家  已协调，9.15前维修  林涛", R2),
  "(D) a flat number inside the 反映问题 cell (5-1-402) not printed", listed(lacks("5-1-402")))
P("T19", "table", "table", tbl("序号  日期  项目  文件", "1  2026.4.2  台账归档  整改台账4.2.xlsx", "2  2026.4.9  照片归档  4.9现场照片.jpg"),
  "a dotted date in a file name in a cell kept as the file's name", has("整改台账4.2.xlsx", "4.9现场照片.jpg"), control=True)
P("T20", "table", "table", tbl(H2, "1  4.2  王芳  13812345678  3-101  楼道灯坏  已修复  林涛", "2  4.9  李强  13912345678  3-102  下水堵  已疏通  何佳", "3  4.12  张伟  13700000000  3-103  噪音扰民  已调解，4.13回访  林涛"),
  "no private cell printed; 4.13回访 as 4月13日回访", both(has("4月13日回访"), lacks("张伟", "13700000000", "3-103")))
P("T21", "table", "table", tbl("序号  日期  来电人  电话  反映内容  处理情况  接听人", "1  4.2  刘先生  13800000001  小区噪音  已协调  林涛", "2  4.9  陈女士  13800000002  漏水  已维修  何佳"),
  "来电人/接听人 book: 接听人 (staff) not printed", listed(lacks("林涛", "何佳", "刘先生", "13800000001")))
P("T22", "table", "table", tbl("序号  日期  来访人  事由  结果  经办人", "1  4.2  王芳  咨询低保  已解答  林涛", "2  4.9  李强  申请廉租房  已受理  何佳"),
  "(D) 经办人 (staff) and 事由 column: no staff names printed", listed(lacks("林涛", "何佳", "王芳", "李强")))

# ================================================================== 9. draft end to end
P("F01", "draft", "draft", facts({"来电来访": "\n".join(BOOK) + "\n"}), "the authors' book as a block: rows, tally, no private details",
  both(has("4月2日，居民反映其家厨房下水堵塞", "本季度共登记3件"), lacks("周玉芬", "139", "林涛", "5-1-302")))
P("F02", "draft", "draft", facts({"来电来访": BOOK}), "the book as list items (one line each): rows, no private details",
  both(has("居民反映其家厨房下水堵塞"), lacks("周玉芬", "139", "林涛", "5-1-302")))
P("F03", "draft", "draft", facts({"来电来访": ["银杏苑物业服务中心来电来访登记簿（2026年4月—6月）\n" + "\n".join(BOOK[1:])]}),
  "the book pasted as ONE list item (a YAML '- |' block): no names/phones printed", lacks("周玉芬", "139", "林涛", "5-1-302"))
P("F04", "draft", "draft", facts({"停车治理": MIN_HEAD + ["会议通报了1—8月停车治理进展，共清理僵尸车12辆。经讨论，议定事项如下：", "一、9月15日前完成围挡拆除。", "二、10月起每周巡查1次。"]},
                                 community="柳岸社区", period="2026年第三季度", kind="社区"),
  "minutes: the meeting's own date is said, report after meeting, 会议议定：",
  both(has("9月3日", "会议议定：9月15日前完成围挡拆除"), lambda o: o.find("9月3日") < o.find("会议通报了")))
P("F05", "draft", "draft", facts({"环境整治": ["7月开展楼道清理，清理堆物130处", "组织了8月份的志愿服务总结会", "了解民情：6月走访独居老人100户"]},
                                 community="柳岸社区", period="2026年第三季度", kind="社区"),
  "not minutes: items told in month order 6,7,8", lambda o: 0 <= o.find("6月走访") < o.find("7月开展") < o.find("8月份"), control=True)
P("F06", "draft", "draft", facts({"综合": ["会议通报了上半年安全生产情况", "3月开展燃气排查，整改隐患12处", "5月组织消防演练1次"]},
                                 community="柳岸社区", period="2026年上半年", kind="社区"),
  "a work item that says 会议通报了 (no minutes): other items keep their month order", lambda o: 0 <= o.find("3月开展") < o.find("5月组织"), control=True)
P("F07", "draft", "draft", facts({"物业服务": "序号  项目  数量  完成情况\n1  清理楼道堆物  130处  已完成\n2  更换路灯  12盏  已完成\n3  维修道闸  2处  已完成\n"}),
  "ordinary two-space table drafted as sentences with its figures", has("清理楼道堆物130处", "更换路灯12盏", "维修道闸2处"), control=True)
P("F08", "draft", "draft", facts({"来电来访": "\n".join(BOOK[:-1]) + "\n本季度共登记3件，均已办结\n"}),
  "tally without 。 in a draft: said, and no header word glued to it", both(has("本季度共登记3件"), lacks("序号本季度", "周玉芬", "139")))

# ================================================================== 10. extra
P("H08", "heading", "check", S.replace("2. 文明宣传。", "（二）检查中发现的问题整改情况\n2. 文明宣传。"),
  "a work sub-heading 检查中发现的问题整改情况 leaves problems at 二、存在的问题",
  lambda o: sec(o, "problems") == line_of(S.replace("2. 文明宣传。", "（二）检查中发现的问题整改情况\n2. 文明宣传。"), "二、存在的问题"), control=True)
P("H09", "heading", "check", PLAN_TW.replace("一、年度工作成果", "一、114年度工作構想執行成果"),
  "114年度工作構想執行成果 is work, plans still at 115年度工作構想",
  both(part_is(PLAN_TW.replace("一、年度工作成果", "一、114年度工作構想執行成果"), "work", "執行成果"),
       part_is(PLAN_TW, "plans", "115年度工作構想")), control=True)
P("D15", "ocr-date", "check", S, "a correct signature date: no date-form finding", lambda o: not rules(o, "date-form"), control=True)
P("D16", "ocr-date", "fix", body("2025年12月20日诗曰“瑞雪兆丰年”，清理楼道堆物1,130处。"), "诗曰 after a date untouched", has("2025年12月20日诗曰"), control=True)
P("Y12", "pinyin", "pinyin", "在 meituan 平台下单", "(D) a platform spelt in pinyin left alone", eq([]), control=True)
P("Y13", "pinyin", "pinyin", "组织居民学习 zhengce 文件", "untyped pinyin with spaces reported", eq(["zhengce"]))
def book_with(result):
    return tbl(H2, "1  4.2  王芳  13812345678  3-101  物业费优惠  " + result + "  林涛", R2)
for pid, cell in [("T23", "业委会同意3.5折"), ("T24", "已调至1.5层高度"), ("T25", "服务评价4.5星"), ("T26", "水费调为3.8方起")]:
    P(pid, "table", "table", book_with(cell), f"a decimal in a result cell kept: {cell}", has(cell), control=True)
P("T27", "table", "table", tbl(H2, "1  4.2  王芳  13812345678  3-101  我们小区路灯不亮  已修复  林涛", R2),
  "(D) the caller's own 我们小区 not left in the office's voice", listed(lacks("居民反映我们")))
P("O07", "order", "order", ["9月3日召开推进会，通报了1—8月进展", "3月开展排查", "5月完成整改"],
  "the date before 了 still sorts the item", eq(["3月开展排查", "5月完成整改", "9月3日召开推进会，通报了1—8月进展"]), control=True)
P("N10", "minutes", "minutes", MIN_HEAD + ["会议通报了停车治理进展。经讨论，议定事项如下：", "一、9月底前完成车位划线。"] + ["时间：2026年10月8日上午", "地点：社区二楼会议室", "会议通报了9月巡查情况。"],
  "a second meeting's report is not marked 会议议定：", lambda o: not any(t.startswith("会议议定：会议通报") for t in o), control=True)

P("F09", "draft", "draft", facts({"来电来访": tbl(H2, "1  4.2  王芳  13812345678  3-101  物业费优惠  业委会同意3.5折  林涛", "2  4.9  李强  13912345678  3-102  App无法登录  已升级到1.2版App  何佳", "3  5.6  张伟  13700000000  3-103  楼道灯坏  已调至1.5层高度  林涛") + "\n"}),
  "a drafted visitor book keeps 3.5折, 1.2版 and 1.5层 as figures", has("3.5折", "1.2版", "1.5层"), control=True)


# ------------------------------------------------------------------ run
def run_tree(tree):
    spec = [dict(id=p["id"], mode=p["mode"], input=p["input"]) for p in PROBES]
    env = dict(os.environ, PYTHONPATH=os.path.join(HERE, tree))
    r = subprocess.run([PY, os.path.join(HERE, "runner.py")], input=json.dumps(spec, ensure_ascii=False),
                       cwd=os.path.join(HERE, tree), env=env, capture_output=True, text=True, timeout=3000)
    if r.returncode:
        sys.exit(r.stderr[-3000:])
    return json.loads(r.stdout)


def main():
    head, base = run_tree("head"), run_tree("base")
    results = []
    for p in PROBES:
        h, b = head[p["id"]], base[p["id"]]
        try:
            ok_h = bool(p["check"](h))
        except Exception:
            ok_h = False
        try:
            ok_b = bool(p["check"](b))
        except Exception:
            ok_b = False
        status = "pass" if ok_h else "fail"
        kind = "" if ok_h else ("regression" if ok_b else "pre-existing")
        results.append(dict(id=p["id"], group=p["group"], control=p["control"], input=p["input"], expected=p["expected"],
                            head=h, base=b, head_pass=ok_h, base_pass=ok_b, result=status, kind=kind))
    json.dump(results, open(os.path.join(HERE, "results.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n = len(results); c = sum(r["control"] for r in results)
    f = [r for r in results if r["result"] == "fail"]
    reg = [r for r in f if r["kind"] == "regression"]
    print(f"probes {n}, controls {c}, failures {len(f)}, regressions {len(reg)}")
    for r in f:
        print(r["id"], r["kind"], r["expected"])


if __name__ == "__main__":
    main()
