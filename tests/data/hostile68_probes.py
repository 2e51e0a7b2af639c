"""Hostile pass 68 over 18d21e6..96169ee. Run: python probes.py  (runs every probe on head and base, writes results.json)
Each probe: id, kind (probe|control), fn, input, checks, expected (prose, written before the first run), note ("D" = debatable)."""
from __future__ import annotations
import json, os, re, subprocess, sys, tempfile

PY = sys.executable  # (the hand wrote /work/main/.venv/bin/python: the test runs whichever Python runs it)
ROOT = "/work/hostile68"

P = []
def add(id, kind, fn, inp, checks, expected, note=""):
    assert id not in {p["id"] for p in P}, id
    P.append(dict(id=id, kind=kind, fn=fn, input=inp, checks=checks, expected=expected, note=note))

def same(t): return [("eq", t)]
def has(*s): return [("has", list(s))]
def lacks(*s): return [("lacks", list(s))]
def rx(p): return [("re", p)]          # the regex must match the output (as text)
def norx(p): return [("relacks", p)]   # the regex must not match the output (as text)
def T(*rows): return "\n".join(rows)

# ---------------- helpers for whole drafts and the checker ----------------
def facts(work: dict, results=None, problems=None, plans=None, kind="社区", community="阳光社区居民委员会", superiors=None):
    import yaml
    d = dict(community=community, period="2026年", topic="综合", kind=kind, superiors=superiors or ["城关街道办事处"], work=work,
             results=results or ["居民满意度95%"], problems=problems or ["个别小区问题反复"], plans=plans or ["继续做好各项工作"],
             author=community, date="2026年12月6日")
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False)

def opening_of(text):  # the first paragraph after the title
    paras = [p for p in text.split("\n\n") if p.strip()]
    return paras[1] if len(paras) > 1 else text

def work_of(text):  # the work part of a draft, for the printed report
    m = re.search(r"## 一、主要工作\n\n(.*?)\n\n## ", text, re.S)
    return m.group(1) if m else opening_of(text)

def lineof(text, s):
    return next(n for n, l in enumerate(text.split("\n"), 1) if s in l)

def L(*lines): return "\n".join(lines) + "\n"

# ================= MR. a mediation register (casebooks.mediation_register) =================
MRH = "序号\t日期\t申请人\t被申请人\t纠纷类型\t简要情况\t调解结果\t调解员\t联系电话"
add("MR01", "probe", "table", T(MRH,
    "1\t2025.3.4\t王桂英\t李红\t邻里纠纷\t楼上卫生间漏水殃及楼下\t调解成功\t周宁\t13800001111",
    "2\t2025.3.18\t刘德福\t刘小军\t婚姻家庭纠纷\t父子因赡养费争吵\t调解成功\t周宁\t13900002222",
    "3\t2025.4.2\t陈建国\t阳光物业\t物业纠纷\t电梯停运半月未修\t调解不成，已引导诉讼\t韩松\t13700003333"),
    has("邻里纠纷", "漏水", "赡养费", "电梯停运", "调解成功", "引导诉讼") + lacks("王桂英", "李红", "刘德福", "刘小军", "陈建国", "周宁", "韩松", "1380000", "1390000", "1370000"),
    "a mediation register: each dispute under its kind with what it was about and how it ended; no party, mediator or phone")
add("MR02", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果",
    "1\t王桂英、李红\t邻里纠纷\t王桂英在楼道堆放杂物，李红多次交涉未果\t调解成功，杂物已清理",
    "2\t赵大山、钱立\t土地纠纷\t赵大山与钱立因宅基地边界发生争执\t调解成功"),
    has("堆放杂物", "杂物已清理", "宅基地边界") + lacks("王桂英", "李红", "赵大山", "钱立"),
    "parties named again inside the brief: no name printed anywhere")
add("MR03", "probe", "model", {"矛盾调解": [T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王建国\t邻里纠纷\t王大爷家空调外机噪音扰邻\t调解成功",
                                         "2\t孙秀兰\t婚姻家庭纠纷\t孙阿姨与儿媳因带孩子发生矛盾\t调解成功")]},
    lacks("王大爷", "孙阿姨") + has("空调外机", "调解成功"),
    "the brief names a party by surname and kin word (王大爷, 孙阿姨): in a draft's facts no resident named, by either form")
add("MR04", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果",
    "1\t王桂英（身份证220502196512120022）\t邻里纠纷\t漏水纠纷\t调解成功", "2\t刘德福（13900002222）\t物业纠纷\t停车位纠纷\t调解成功"),
    lacks("220502196512120022", "13900002222", "王桂英", "刘德福") + has("漏水纠纷", "停车位纠纷"), "an ID and a phone in brackets in the party cell: none printed")
add("MR05", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果",
    "1\t王桂英 13800001111\t邻里纠纷\t王桂英家漏水影响楼下\t调解成功", "2\t刘德福 13900002222\t物业纠纷\t刘德福拒交物业费\t调解成功"),
    lacks("王桂英", "刘德福", "13800001111", "13900002222") + has("漏水", "物业费"),
    "a party cell holding name and phone with a space: still no name and no phone anywhere, the brief's copy of the name included")
add("MR06", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果\t备注",
    "1\t王桂英、李红\t邻里纠纷\t楼上漏水殃及楼下\t调解成功\t王桂英赔偿李红装修损失2000元",
    "2\t刘德福、刘小军\t婚姻家庭纠纷\t赡养费纠纷\t调解成功\t约定每月支付赡养费800元"),
    has("2000元", "800元") + lacks("王桂英", "李红", "刘德福", "刘小军"),
    "the 备注 says what the agreement was (赔偿2000元, 每月800元): a figure of how the dispute ended, kept without the names")
add("MR07", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t涉及金额（元）\t调解结果",
    "1\t王桂英\t劳务纠纷\t装修工人追讨工钱\t12000\t调解成功，已全额支付", "2\t刘德福\t合同纠纷\t房屋租金拖欠\t6500\t调解成功", "合计\t\t\t\t18500\t"),
    has("12000", "6500", "18500"),
    "涉及金额 per dispute: each sum is a figure of the dispute (the 合计 alone does not say which dispute it was) (D)", "D")
add("MR08", "probe", "table", T("序号\t当事人\t纠纷类型\t纠纷内容\t调解结果",
    "1\t王桂英\t邻里纠纷\t楼上漏水殃及楼下\t调解成功", "2\t刘德福\t物业纠纷\t电梯停运半月未修\t调解成功"),
    has("漏水", "电梯停运") + lacks("王桂英", "刘德福"),
    "the brief column headed 纠纷内容 (not 简要情况): what each dispute was about is still said")
add("MR09", "control", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果",
    "1\t业主\t物业纠纷\t物业公司未及时维修电梯\t调解成功", "2\t物业公司\t物业纠纷\t业主拒交物业费\t调解成功"),
    lacks("当事人公司", "当事人拒交") + has("维修电梯", "物业费"),
    "the parties are roles (业主, 物业公司), not names: the brief keeps 物业公司 and 业主, not 当事人公司")
add("MR10", "control", "table", T("申请人\t类型\t申请事项\t救助金额（元）\t处理结果\t联系电话",
    "王桂英\t临时救助\t因病致贫申请临时救助\t2000\t已发放\t13800001111", "刘德福\t医疗救助\t住院费用报销\t3500\t已发放\t13900002222"),
    has("2000", "3500") + lacks("王桂英", "刘德福", "13800001111"),
    "an aid application book (申请人 / 类型 / 处理结果) is no mediation register: the sums granted are kept, no name or phone")
add("MR11", "control", "table", T("当事人\t类型\t违法事实\t处罚金额（元）\t处理结果",
    "某烧烤店\t占道经营\t店外摆放桌椅\t500\t已整改", "某超市\t违规广告\t私设户外广告牌\t1000\t已拆除"),
    has("500", "1000", "占道经营", "已拆除"),
    "an enforcement book (当事人 / 类型 / 处理结果): the fines are figures of the work, kept")
add("MR12", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王桂英\t邻里纠纷\t漏水\t调解成功", "2\t刘德福\t邻里纠纷\t噪音\t调解成功",
    "3\t陈建国\t物业纠纷\t停车\t调解不成", "合计\t\t\t\t3件，成功2件"),
    has("3件", "成功2件", "漏水", "噪音", "停车") + lacks("王桂英", "刘德福", "陈建国"),
    "the 合计 row (3件，成功2件) said once, each dispute under its kind")
add("MR13", "control", "table", T("序号\t当事人\t矛盾纠纷类型\t简要情况\t调解结果\t联系电话",
    "1\t王桂英\t邻里纠纷\t漏水\t调解成功\t13800001111", "2\t刘德福\t物业纠纷\t停车\t调解成功\t13900002222"),
    lacks("王桂英", "刘德福", "13800001111", "13900002222"),
    "a register whose kind column is 矛盾纠纷类型 (not read as a register): whatever reads it, no party or phone printed")
add("MR14", "control", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王桂英\t\t漏水殃及楼下\t调解成功", "2\t刘德福\t邻里纠纷\t噪音扰邻\t调解成功"),
    has("漏水殃及楼下", "噪音扰邻") + lacks("王桂英"), "a row with its kind left blank: its dispute still said")
add("MR15", "control", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解方式\t调解结果\t备注",
    "1\t王桂英\t邻里纠纷\t漏水\t联合调解\t调解成功\t联合司法所", "2\t刘德福\t劳资纠纷\t欠薪\t联合调解\t调解成功\t邀请退休法官参与"),
    has("司法所", "退休法官", "欠薪") + lacks("王桂英", "刘德福"), "who joined the mediation (司法所, 退休法官): kept as how it was settled")
add("MR16", "control", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王桂英\t邻里纠纷\t漏水\t调解成功", "2\t刘德福\t邻里纠纷\t噪音扰邻\t调解成功",
    "3\t陈建国\t邻里纠纷\t占用公共通道\t调解成功"),
    has("漏水", "噪音扰邻", "占用公共通道") + [("count", "邻里纠纷", 1)], "three disputes of one kind: the kind said once, its three disputes under it")
add("MR17", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果\t联系电话", "1\t王桂英\t邻里纠纷\t漏水\t调解成功", "2\t刘德福\t物业纠纷\t停车\t调解成功\t13900002222\t多出的一格"),
    [("no_exception",)] + lacks("王桂英", "刘德福", "13900002222") + has("漏水", "停车"), "ragged rows (one short, one long): no exception; disputes said, no names or phone")
add("MR18", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王桂英\t邻里纠纷\t漏水\t达成协议，赔偿医疗费3000元", "2\t刘德福\t邻里纠纷\t噪音\t调解成功"),
    has("3000元", "达成协议"), "the result cell with the settlement (赔偿医疗费3000元): kept")
add("MR19", "probe", "table", T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王桂英、李红\t邻里纠纷\t王桂英家卫生间漏水殃及楼下李红家\t调解成功",
    "2\t刘德福\t物业纠纷\t停车\t调解成功"),
    norx(r"当事人.{0,14}当事人") + lacks("王桂英", "李红"),
    "both parties named in the brief: said as the parties' roles (楼上住户…楼下住户) or without them, not 当事人家…殃及楼下当事人家 (D: wording)", "D")
# ================= SB. an account of money spent (casebooks.spending_book) =================
SBH = "序号\t日期\t摘要\t金额（元）\t经办人\t凭证号\t备注"
add("SB01", "probe", "table", T(SBH,
    "1\t2025.3.5\t购买重阳节慰问品\t2,380.00\t许文斌\t记-12\t",
    "2\t2025.4.18\t凤屿里小区楼道杂物清运\t8,400.00\t许文斌\t记-15\t共清运14车",
    "小计\t\t\t10,780.00\t\t\t",
    "3\t2025.5.6\t党员活动场地租用\t1,434.30\t林琳\t记-21\t",
    "合计\t\t\t12,214.30\t\t\t",
    "年度经费：50,000.00\t已支出：12,214.30\t结余：37,785.70"),
    has("2380", "8400", "共清运14车", "10780", "1434.30", "12214.30", "50000", "37785.70") + lacks("许文斌", "林琳", "记-12", "记-15"),
    "an account: what each sum went on, the clerk's 小计, 合计 and the foot; no handler, no voucher number")
add("SB02", "probe", "table", T("序号\t日期\t摘要\t金额（元）\t附件张数\t经办人",
    "1\t3.5\t购买慰问品\t2,380.00\t3\t许文斌", "2\t4.18\t楼道杂物清运\t8,400.00\t2\t许文斌", "合计\t\t\t10,780.00\t5\t"),
    has("10780") + lacks("合计支出5元", "支出5元"),
    "a 合计 row whose last figure is the count of vouchers (5 张): the total spent is 10780元, never 5元")
add("SB03", "probe", "table", T("日期\t摘要\t收入（元）\t支出（元）\t余额（元）",
    "1.5\t上级拨付工作经费\t50000\t\t50000", "3.5\t购买慰问品\t\t2380\t47620", "4.18\t楼道杂物清运\t\t8400\t39220", "合计\t\t50000\t10780\t39220"),
    has("50000", "2380", "8400", "10780", "39220") + lacks("合计支出39220"),
    "an account with 收入, 支出 and 余额: the grant received is a fact kept; the total spent is 10780, not the balance 39220")
add("SB04", "probe", "table", T("序号\t摘要\t金额\t经办人", "1\t购买慰问品\t2380元\t许文斌", "2\t楼道杂物清运\t8400元\t许文斌", "3\t党员活动场地租用\t1434.3元\t林琳"),
    has("2380", "8400", "1434.3") + lacks("许文斌", "林琳"), "sums typed with 元 in the cell: every sum still said")
add("SB05", "control", "table", T("项目\t金额（元）\t完成情况", "老旧小区路灯改造\t85000\t已完工，更换路灯60盏", "口袋公园建设\t120000\t主体完工，完成进度80%"),
    has("85000", "120000", "60盏", "80%"),
    "a project table with 项目 / 金额 / 完成情况 is no account of spending: what was done (60盏, 80%) is kept with the sums")
add("SB06", "control", "table", T("事项\t户数\t金额（元）", "低保金发放\t46\t138000", "高龄津贴发放\t120\t144000", "临时救助\t9\t18000"),
    has("46", "120", "9", "138000", "144000", "18000"),
    "an aid table (事项 / 户数 / 金额): the households reached are facts beside the sums")
add("SB07", "control", "table", T("项目\t数量\t单价（元）\t金额（元）", "采购灭火器\t50\t120\t6000", "更换应急灯\t30\t85\t2550", "合计\t\t\t8550"),
    has("50", "30", "6000", "2550", "8550"), "a purchase table: how many were bought (50具, 30个) kept with the sums")
add("SB08", "probe", "table", T("序号\t摘要\t金额（元）\t经办人", "1\t购买慰问品\t2380\t许文斌", "2\t供应商退回多收货款\t-200\t许文斌", "合计\t\t2180\t"),
    has("2380", "200", "2180") + lacks("-200", "许文斌"), "a refund written as a negative sum: said as 冲减200元 or the like, never -200")
add("SB09", "probe", "table", T("序号\t摘要\t金额（元）\t经办人", "1\t购买慰问品\t2380\t许文斌", "2\t楼道杂物清运\t8400\t许文斌", "合计\t\t10780\t",
    "年度经费：5万元\t已支出：1.078万元\t结余：3.922万元"),
    has("5万元", "3.922万元", "10780"), "the account's foot typed in 万元: every figure of the foot said")
add("SB10", "probe", "table", T("序号\t摘要\t金额（元）\t备注", "1\t重阳节敬老宴\t3600\t120人×30元", "2\t党员活动\t1500\t含场地租用", "3\t防汛物资\t2000\t已验收"),
    has("3600", "1500", "含场地租用", "2000") + lacks("×"), "the working of a sum (120人×30元) and 已验收 left, a note saying more (含场地租用) kept")
add("SB11", "control", "table", T("捐赠单位\t项目\t金额（元）", "阳光物业\t助学\t5000", "幸福超市\t慰问困难户\t3000", "合计\t\t8000"),
    has("阳光物业", "幸福超市", "5000", "3000", "8000"),
    "a donations table: who gave (阳光物业, 幸福超市) is the fact of each line, kept")
add("SB12", "control", "table", T("内容\t金额\t人数", "收缴党费\t3600\t45", "党员活动经费\t1500\t45"),
    has("3600", "45"), "项目/内容 and 金额 with a count of people: 45 kept (D: what 人数 means here is the clerk's)", "D")
add("SB13", "control", "table", T("项目名称\t资金来源\t金额（元）", "老旧小区改造\t区财政\t850000", "便民服务站\t社区惠民资金\t200000"),
    has("区财政", "社区惠民资金", "850000", "200000"), "where each sum came from (资金来源) is a fact: kept")
add("SB14", "control", "table", T("项目\t金额（万元）\t完成情况", "老旧小区改造\t85\t已完工", "便民服务站\t20\t在建"),
    has("85万元", "20万元", "已完工", "在建"), "金额（万元）: the sums in 万元, the progress kept")
add("SB15", "probe", "table", T("序号\t摘要\t金额（元）\t经办人", "1\t记-12购买慰问品\t2380\t许文斌", "2\t付-3楼道杂物清运\t8400\t许文斌"),
    has("购买慰问品", "楼道杂物清运", "2380", "8400") + lacks("记-12", "付-3"), "a voucher number run into the 摘要 (记-12购买…): left out, what was bought kept")
add("SB16", "probe", "table", T("序号\t摘要\t金额（元）\t经办人", "1\t购买慰问品\t1,286.50\t许文斌", "2\t清运费\t8,400.00\t许文斌"),
    has("1286.50元", "8400元") + lacks("8400.00"), "cents kept where they are, .00 dropped")
add("SB17", "control", "table", T("序号\t摘要\t金额（元）\t经手人\t备注", "1\t购买慰问品\t2380\t许文斌\t王芳垫付", "2\t清运费\t8400\t许文斌\t"),
    lacks("许文斌", "王芳"), "a handler (经手人) and a staff name in the note: no name printed (D: the note's name is staff, not a resident)", "D")
add("SB18", "control", "table", T("序号\t摘要\t金额（元）", "1\t购买慰问品\t2380", "2\t清运费\t8400", "小计\t\t10780", "3\t场地租用\t1500", "小计\t\t1500", "合计\t\t12280"),
    has("2380", "8400", "1500", "12280") + [("count", "10780", 1)], "two 小计 and a 合计: every sum once")
add("SB19", "control", "table", T("月份\t支出项目\t支出金额（元）", "1月\t春节慰问\t12000", "3月\t学雷锋活动\t2000", "合计\t\t14000"),
    has("1月", "3月", "春节慰问", "12000", "2000", "14000"), "a month column in an account: when each sum was spent is kept with it (D: the design drops the date)", "D")
add("SB20", "control", "table", T("序号\t项目\t预算金额（元）\t实际支出（元）", "1\t春节慰问\t12000\t11800", "2\t学雷锋活动\t2000\t2150"),
    has("12000", "11800", "2000", "2150"), "budget against spending: both figures of each line kept")
# ================= TY. a tally by kind; a count column said after the row's label; _rows' foot =================
add("TY01", "probe", "table", T("纠纷类别\t件数（件）\t调解成功（件）\t成功率", "邻里纠纷\t6\t6\t100%", "婚姻家庭\t3\t2\t66.7%", "物业纠纷\t4\t3\t75%", "合计\t13\t11\t84.6%"),
    has("邻里纠纷6件", "婚姻家庭3件", "调解成功2件", "66.7%", "合计13件", "调解成功11件", "84.6%"), "a tally by kind: each kind's count after its label, the 合计 row said")
add("TY02", "control", "table", T("纠纷类别\t件数（件）\t调解成功（件）", "邻里纠纷\t6\t6", "婚姻家庭\t3\t2", "合计\t9\t8"),
    has("邻里纠纷6件", "婚姻家庭3件") + rx("合计9件|共9件"), "a tally with no rate column: its 合计 (9件) is still said (D: the rule keys on a %)", "D")
add("TY03", "control", "table", T("小区\t户数（户）\t人数（人）", "幸福小区\t320\t860", "和平小区\t210\t540", "合计\t530\t1400"),
    has("320户", "860人", "210户", "540人", "530", "1400"), "households and people of each estate: both counts with their units")
add("TY04", "control", "table", T("活动名称\t次数（次）\t人数（人）\t经费（元）", "重阳敬老宴\t1\t120\t3600", "消夏晚会\t2\t300\t5000"),
    has("120人", "300人", "3600元", "5000元") + lacks("次120人", "1次120"), "an activity's times, people and money: each figure with its own unit, not run together (1次120人)")
add("TY05", "control", "table", T("件数（件）\t纠纷类别", "6\t邻里纠纷", "3\t婚姻家庭"), has("6件", "3件", "邻里纠纷", "婚姻家庭"), "the count column first: each kind still with its count")
add("TY06", "control", "table", T("网格\t户数（户）\t其中低保户（户）", "第一网格\t320\t12", "第二网格\t280\t9"),
    has("320户", "12户", "280户", "9户", "低保户"), "a count and a 其中 count: the 其中 count keeps its label")
add("TY07", "control", "table", T("类别\t人数（人）", "低保\t46", "特困\t12", "残疾人\t35", "合计\t93"),
    has("低保46人", "特困12人", "93"), "a count of people by kind with a 合计 row: the 合计 said (D: the rule wants a %)", "D")
add("TY08", "probe", "table", T("序号\t工作内容\t经费（元）\t完成情况", "1\t春节慰问\t12000\t已完成", "2\t学雷锋活动\t2000\t已完成", "合计\t\t14000\t",
    "年度经费总额：50000\t已支出：14000\t结余：36000"),
    has("12000", "2000", "14000", "50000", "36000") + lacks("合计14000年度", "14000年度"), "the account's foot under a plain table's 合计: not run onto the 合计 row")
add("TY09", "control", "table", T("序号\t工作内容\t完成时限\t进度", "1\t老旧小区改造\t2025年6月\t完成70%", "2\t便民服务站建设\t2025年9月\t",
    "要求：9月底前完成"), has("老旧小区改造", "70%", "便民服务站"), "a line 要求：… under a schedule: rows read, no exception")
add("TY10", "control", "table", T("纠纷类别\t件数（件）\t调解成功（件）\t成功率", "邻里纠纷\t6\t6\t100%", "婚姻家庭\t3\t2\t66.7%", "合计\t9\t8\t88.9%"),
    [("count", "合计", 1)] + has("88.9%"), "the 合计 row said once")
add("TY11", "control", "table", T("检查类别\t检查数量（家）\t发现隐患（处）\t整改率", "餐饮店\t46\t12\t100%", "小超市\t30\t5\t80%", "合计\t76\t17\t94.1%"),
    has("46家", "12处", "30家", "5处", "94.1%"), "a safety check tally (检查数量（家）): every figure with its unit")
add("TY12", "control", "table", T("月份\t件数（件）", "1月\t12", "2月\t9", "3月\t15", "合计\t36"),
    has("12件", "9件", "15件", "36"), "a month's count: each month with its count and the total")

# ================= PL. a people list (shapes.people_list) and private columns (性别/年龄/民族/籍贯/出生年月) =================
add("PL01", "probe", "table", T("序号\t姓名\t性别\t年龄\t住址\t联系电话", "1\t王桂英\t女\t86\t幸福路3号\t13800001111", "2\t刘德福\t男\t91\t河滨路8号\t13900002222"),
    has("待补") + lacks("王桂英", "刘德福", "13800001111", "幸福路3号", "86", "91", "王某", "刘某"),
    "a list of residents with nothing of the work: a gap asking what was done, nothing of theirs printed")
add("PL02", "control", "table", T("年龄\t人数", "60-69岁\t320", "70-79岁\t210", "80岁以上\t96", "合计\t626"),
    has("60-69岁", "70-79岁", "80岁以上", "320", "210", "96"), "an age breakdown of the elderly: the age groups are the labels of the counts, kept")
add("PL03", "control", "table", T("性别\t人数\t占比", "男\t1320\t48.5%", "女\t1400\t51.5%"),
    has("1320", "1400", "48.5%") + rx("男[^女]{0,6}1320|男性"), "a population by sex: 男 and 女 label the figures; a figure without its label says nothing")
add("PL04", "control", "table", T("民族\t户数\t人数", "汉族\t1200\t3600", "回族\t35\t98", "满族\t20\t56"),
    has("回族", "满族", "35", "98"), "a 民族团结 table: the 民族 is what each row counts, kept")
add("PL05", "control", "table", T("序号\t姓名\t性别\t年龄\t住址\t备注", "1\t王桂英\t女\t86\t幸福路3号\t已送米面油", "2\t刘德福\t男\t91\t河滨路8号\t已送米面油，代购药品"),
    lacks("王桂英", "刘德福", "幸福路3号") + has("米面油"),
    "a residents' list whose 备注 says what was done (送米面油, 代购药品): that work is said, not asked for (D)", "D")
add("PL06", "control", "table", T("姓名\t性别\t年龄\t服务内容\t服务次数", "王桂英\t女\t86\t助浴\t12", "刘德福\t男\t91\t送餐\t60"),
    has("助浴", "送餐", "12", "60") + lacks("王桂英", "刘德福", "86岁", "年龄86", "年龄91", "女", "男"),
    "a service ledger with each person's sex and age: the services and counts said, no name, sex or age")
add("PL07", "control", "table", T("姓名\t出生年月\t入党时间\t职务", "王桂英\t1952.03\t1975.07\t退休党员", "刘德福\t1948.11\t1970.03\t老党员"),
    lacks("王桂英", "刘德福", "1952", "1948"), "a party members' roster: no name, no birth month")
add("PL08", "probe", "table", T("姓名\t年龄\t联系电话\t走访日期\t走访情况", "王桂英\t86\t13800001111\t3.5\t身体健康，已送米面油", "刘德福\t91\t13900002222\t3.12\t行动不便，已申请助餐"),
    has("米面油", "申请助餐") + lacks("王桂英", "刘德福", "13800001111", "86", "91"), "a visit ledger with ages and phones: what was done said, nothing of theirs")
add("PL09", "control", "table", T("户主\t家庭人口\t住址\t联系电话\t月保障金（元）", "王桂英\t2\t幸福路3号\t13800001111\t1260", "刘德福\t3\t河滨路8号\t13900002222\t1890"),
    has("1260", "1890") + lacks("王桂英", "刘德福", "幸福路3号", "13800001111"), "a 低保 list with addresses and phones: the money said, no name, address or phone")
add("PL10", "control", "table", T("姓名\t性别\t职务\t联系电话", "许文斌\t男\t社区书记\t13800001111", "林琳\t女\t网格员\t13900002222"),
    lacks("许文斌", "林琳", "13800001111", "13900002222"), "a staff contact list: no name or phone")
add("PL11", "control", "table", T("籍贯\t人数", "河南\t120", "四川\t85", "安徽\t60"), has("河南", "四川", "120", "85"),
    "migrants by home province: the province labels each count")
add("PL12", "probe", "table", T("序号\t姓名\t身份证号\t住址", "1\t王桂英\t220502193812120022\t幸福路3号", "2\t刘德福\t220502193405060011\t河滨路8号"),
    lacks("220502193812120022", "王桂英", "幸福路3号", "刘德福"), "a list of names, IDs and addresses: nothing of it printed")
add("PL13", "control", "table", T("房号\t姓名\t联系电话\t来访事由\t处理结果", "3-2-501\t王桂英\t13800001111\t咨询高龄津贴\t已解答", "5-1-302\t刘德福\t13900002222\t反映漏水\t已协调物业"),
    has("高龄津贴", "漏水") + lacks("王桂英", "刘德福", "13800001111", "3-2-501"), "a visitor book: what was asked and done, no one's room, name or phone")
add("PL14", "control", "table", T("出生年份\t人数", "1940年以前\t36", "1940-1949年\t180"), has("1940年以前", "36", "180"),
    "a count by year of birth (出生年份, not 出生年月): the labels kept")
add("PL15", "control", "table", T("序号\t服务对象\t性别\t年龄\t住址", "1\t独居老人\t\t\t", "2\t残疾人\t\t\t"), [("no_exception",)],
    "an empty form with 服务对象 kinds: no exception (anything said)")
add("PL16", "probe", "table", T("序号\t姓名\t性别\t出生日期\t民族\t籍贯\t联系电话", "1\t王桂英\t女\t1938-12-12\t汉族\t河北\t13800001111",
    "2\t刘德福\t男\t1934-05-06\t回族\t山东\t13900002222"),
    lacks("王桂英", "刘德福", "1938", "13800001111", "河北", "回族"), "a list of residents with birth dates, 民族, 籍贯: nothing of theirs printed")

# ================= SS. rows typed with single spaces (spaced_table, spaced_rows) through facts_from_data =================
add("SS01", "probe", "model", {"走访服务": ["姓名 性别 年龄 住址 联系电话", "1 王桂英 女 86 幸福路3号 13800001111", "2 刘德福 男 91 河滨路8号 13900002222",
                                     "3 陈秀兰 女 88 和平街5号 13700003333"]},
    lacks("王桂英", "刘德福", "陈秀兰", "13800001111", "13900002222", "13700003333", "幸福路3号"), "a residents' list with single spaces, rows numbered: nothing of theirs printed")
add("SS02", "probe", "model", {"走访服务": ["姓名 性别 年龄 住址 联系电话", "1 王桂英 女 86 幸福路 3号楼 13800001111", "2 刘德福 男 91 河滨路8号 13900002222",
                                     "3 陈秀兰 女 88 和平街5号 13700003333"]},
    lacks("王桂英", "刘德福", "陈秀兰", "13800001111", "13900002222", "13700003333"),
    "one address typed with a space inside (幸福路 3号楼): still no name or phone printed")
add("SS03", "control", "model", {"宣传活动": ["序号\t日期\t活动内容\t参与人数", "1\t3.5\t学雷锋义诊\t120", "2\t3.12\t植树活动\t45"],
                               "日常工作": ["1 走访 困难群众 120户", "2 组织 义诊 活动3次", "3 发放 宣传 资料200份"]},
    has("困难群众", "120户", "3次", "200份") + lacks("日期走访", "3月走访", "参与人数困难", "活动内容困难", "走访困难群众120户120", "户人", "次人", "份人", "开展困难群众"),
    "voice-typed numbered items after a table category: they are no rows of that table; every word and figure as typed")
add("SS04", "probe", "model", {"经费支出": ["序号\t日期\t摘要\t金额（元）\t经办人\t备注", "1\t2025.3.5\t购买慰问品\t2,380.00\t许文斌\t",
                                      "2\t2025.4.2\t防汛物资\t1,600.00\t许文斌\t"],
                             "环境整治经费": ["3 2025.4.18 凤屿里小区楼道杂物清运 8,400.00 许文斌 共清运14车", "4 2025.4.20 购买灭火器 3,600.00 林琳 30具",
                                        "小计 12,000.00"]},
    has("8400", "共清运14车", "3600", "12000") + lacks("许文斌", "林琳"),
    "rows with single spaces numbered on under the account's header a category before: said as its lines, no handler")
add("SS05", "control", "model", {"走访服务": ["序号 姓名 性别 年龄 住址 联系电话", "1 王桂英 女 86 幸福路3号 13800001111", "2 刘德福 男 91 河滨路8号 13900002222"]},
    lacks("王桂英", "刘德福", "13800001111", "幸福路3号"), "the same list with 序号 in the header: nothing of theirs printed")
add("SS06", "control", "model", {"志愿服务": ["序号\t姓名\t服务次数\t服务时长（小时）", "1\t张桂兰\t96\t288", "2\t李明\t12\t36"],
                               "民生服务": ["1 组织义诊 3次", "2 发放物资 200份", "3 走访困难户 120户"]},
    has("义诊", "3次", "200份", "120户") + lacks("张桂兰", "李明", "组某", "发某", "服务次数3次", "服务次数200份"),
    "three-word numbered items after a roster category: not rows of the roster (no 服务次数 glued on)")
add("SS07", "control", "model", {"基本情况": ["小区 楼栋数 户数 人口", "幸福小区 12 320 860", "和平小区 8 210 540"]},
    has("幸福小区", "320", "860", "和平小区", "540"), "a spaced table of estates and their counts: every figure kept with its estate")
add("SS08", "control", "model", {"党建工作": ["序号\t日期\t活动内容\t参与人数", "1\t3.5\t主题党日\t45", "2\t3.12\t党课\t38"],
                               "月度安排": ["1 3月5日 组织 主题党日", "2 4月1日 开展 清明祭扫", "3 5月4日 举办 青年座谈"]},
    has("主题党日", "清明祭扫", "青年座谈", "4月1日"), "numbered, dated items with single spaces after a table: every event kept")
add("SS09", "control", "model", {"经费支出": ["序号\t日期\t摘要\t金额（元）\t经办人\t备注", "1\t2025.3.5\t购买慰问品\t2,380.00\t许文斌\t",
                                      "2\t2025.4.2\t防汛物资\t1,600.00\t许文斌\t"],
                               "应急管理": ["1 开展 防汛演练 1次 参演60人", "2 排查 隐患点 12处 已整改", "3 储备 沙袋 500袋 铁锹50把"]},
    has("防汛演练", "60人", "12处", "500袋") + lacks("许文斌", "元（", "摘要防汛演练", "金额（元）1次"),
    "numbered voice items after an account category: they are no spending lines (no 元 on 60人), every figure kept")
add("SS10", "control", "model", {"日常工作": ["走访 困难群众 120户", "组织 义诊 3次", "发放 宣传资料 200份"]},
    has("困难群众", "120户", "义诊", "3次", "200份"),
    "spaced voice items, no header anywhere: every figure kept")
# ================= VF. a visit's findings cell that says nothing was found =================
VISIT = "日期\t网格\t走访户数\t发现问题\t处理情况"
SECOND = "3.18\t第五网格\t27\t无\t/"
add("VF01", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t未发现安全隐患\t/", SECOND), has("31户") + lacks("发现未发现", "未发现安全隐患，", "发现安全隐患"),
    "未发现安全隐患 is nothing found: no finding said")
add("VF02", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t无明显异常，已提醒关好门窗\t/", SECOND),
    has("31户", "关好门窗") + lacks("发现无明显"), "nothing found, then what was done: the reminder said, no 发现无明显")
add("VF03", "control", "table", T(VISIT, "3.4\t第二网格\t31\t无明显问题，但楼道堆物2处\t已清理", SECOND),
    has("楼道堆物2处", "已清理") + lacks("发现无明显"), "nothing much, but 楼道堆物2处: the finding and its clearing kept")
add("VF04", "control", "table", T(VISIT, "3.4\t第二网格\t31\t未发现老人在家\t已电话联系其子女", SECOND),
    has("未发现老人在家", "联系其子女") + lacks("发现未发现"), "未发现老人在家: said as written, no 发现 before it")
add("VF05", "control", "table", T("日期\t网格\t随访人数\t发现问题\t处理情况", "3.5\t一网格\t20\t2人血压未见好转\t已建议复诊", "3.12\t二网格\t18\t无\t/"),
    has("血压未见好转", "复诊"), "a finding that uses 未见 (血压未见好转): a finding, kept")
add("VF06", "control", "table", T(VISIT, "3.4\t第二网格\t31\t均正常\t/", SECOND), has("31户") + lacks("发现均正常"), "均正常: nothing found")
add("VF07", "control", "table", T(VISIT, "3.4\t第二网格\t31\t未发现异常2户，独居老人身体不适1户\t已联系家属", SECOND),
    has("身体不适1户", "联系家属"), "a cell that says some were fine and one not: the one not fine and what was done kept")
add("VF08", "control", "table", T(VISIT, "3.4\t第二网格\t31\t情况正常，发现独居老人1人需重点关注\t已纳入关爱名单", SECOND),
    has("独居老人1人", "关爱名单"), "情况正常 then a finding after the comma: the finding kept")
add("VF09", "control", "table", T(VISIT, "3.4\t第二网格\t31\t未见异常，已发放宣传资料20份\t/", SECOND), has("20份") + lacks("发现未见"),
    "nothing found, leaflets handed out: 20份 kept")
add("VF10", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t未发现明显隐患\t/", SECOND), has("31户") + lacks("发现未发现", "发现明显隐患"),
    "未发现明显隐患: nothing found")
add("VF11", "control", "table", T(VISIT, "3.4\t第二网格\t31\t未发现燃气泄漏，但灶具老化1户\t已提醒更换", SECOND),
    has("灶具老化1户", "提醒更换") + lacks("发现未发现"), "no gas leak, but an old stove: the stove and the reminder kept")
add("VF12", "control", "table", T(VISIT, "3.4\t第二网格\t31\t无人在家3户\t已留联系卡", SECOND), has("3户", "联系卡"),
    "无人在家3户 opens on 无 but is a finding: kept")

# ================= PE. people counted with 个 → 名 (core/numbers.PEOPLE, register.toml) =================
add("PE01", "probe", "edit", "组织3个青年参加技能培训", has("3名青年参加"), "3个青年 then a verb: 3名青年")
add("PE02", "probe", "edit", "慰问5个残疾人，发放慰问金2500元", has("5名残疾人", "2500元"), "5个残疾人 then a comma: 5名")
add("PE03", "probe", "edit", "组织12个妇女参加插花培训", has("12名妇女"), "12个妇女参加: 12名")
add("PE04", "control", "edit", "建成3个孕妇学校，开展孕期讲座6场", lacks("3名孕妇") + has("6场"), "孕妇学校 are schools")
add("PE05", "control", "edit", "建成2个青年就业见习基地", lacks("2名青年"), "青年就业见习基地 are places")
add("PE06", "control", "edit", "开设2个老年人学堂，学员180人", lacks("2名老年人") + has("180人"), "老年人学堂 are classes")
add("PE07", "control", "edit", "设置3个老年人体检点，体检800人次", lacks("3名老年人") + has("800人次"), "老年人体检点 are places")
add("PE08", "control", "edit", "打造2个职工共享空间", lacks("2名职工"), "职工共享空间 are rooms")
add("PE09", "control", "edit", "扶持4个残疾人就业基地", lacks("4名残疾人"), "残疾人就业基地 are places")
add("PE10", "control", "edit", "帮扶3个残疾人家庭，发放补贴1.2万元", lacks("3名残疾人") + has("1.2万元"), "残疾人家庭 are households")
add("PE11", "control", "edit", "建立2个妇女与儿童维权站", lacks("2名妇女"), "妇女与儿童维权站 are stations (与 after 妇女 is no person counted)")
add("PE12", "control", "edit", "成立3个老年人开心农场", lacks("3名老年人"), "老年人开心农场 are farms")
add("PE13", "control", "edit", "走访10个老人家庭", lacks("10名老人"), "老人家庭 are households")
add("PE14", "probe", "edit", "4个队员参加了防汛演练", has("4名队员"), "4个队员参加: 4名")
add("PE15", "control", "edit", "发展2个会员单位", lacks("2名会员"), "会员单位 are bodies")
add("PE16", "probe", "edit", "组织20个娃娃参加亲子阅读", has("20名"), "20个娃娃 are children: 20名")
add("PE17", "control", "edit", "新建3个青年学习社", lacks("3名青年"), "青年学习社 are study groups")
add("PE18", "control", "edit", "组织3个青年观影活动", lacks("3名青年"), "3个青年观影活动 are three film showings")
add("PE19", "control", "edit", "培育5个职工等群体服务品牌", lacks("5名职工"), "5 brands (服务品牌) for workers and others (D: a contrived line)", "D")
add("PE20", "control", "edit", "组织了5个村民户参加评比", lacks("5名村民"), "村民户 are households")

# ================= CR. a figure reported then put right (原报…实为…) =================
add("CR01", "probe", "edit", "核实辖区耕地面积，原报900亩，经复核实为760亩，已及时更正", has("760亩") + lacks("900"),
    "the reported figure and the checking dropped: 760亩")
add("CR02", "probe", "edit", "辖区常住人口原报4,983人，经入户核对，重复录入66人，实为4,917人", rx("4,?917人") + lacks("4,983", "4983"),
    "the checked population only")
add("CR03", "control", "edit", "完成人口普查数据报送工作，普查户数原报1200户，经核对实为1180户", has("报送", "1180户") + lacks("1200户"),
    "报送 in the work before the correction (数据报送工作) is the work itself: kept; 1180户 said")
add("CR04", "control", "edit", "原报名参加人数120人，实际到场98人", has("120人", "98人"), "原报名 (signed up) is no report: both figures stay")
add("CR05", "probe", "edit", "原报参训30人，实为35人（其中党员10人）", has("35人", "10人"), "a 其中 bracket after the checked figure: kept")
add("CR06", "probe", "edit", "流动人口原报320人，经核实为335人（其中新增15人）", has("335人", "15人") + lacks("320"), "the bracket with a fact after 实为: kept")
add("CR07", "control", "edit", "向街道报送月报12期，其中流动人口原报320人，经核实为335人", has("月报12期", "335人") + rx("报送月报|上报月报|报送"),
    "报送月报12期 is work done: kept while the correction after it is put right")
add("CR08", "probe", "edit", "辖区养老服务补贴原报12.5万元，经审计实为13万元", has("13万元") + lacks("12.5"), "万元 figures put right")
add("CR09", "control", "edit", "原报120户，其中新增困难户8户，实为128户", has("128户") + rx("(?<![0-9])8户"), "a fact inside the checking (新增困难户8户): kept (D)", "D")
add("CR10", "control", "edit", "原报送计划新建3个，实际建成5个", has("3个", "5个"), "plan against result (no 实为 of the same report): both kept")
add("CR11", "control", "edit", "更正原报数据：参保人数由1180人更正为1205人", has("1205人"), "a correction in another shape: the right figure present")
add("CR12", "control", "edit", "原报900亩，经复核实为760亩", has("760亩") + lacks("900", "，亩"), "the correction alone: 760亩, nothing broken")

# ================= CE. copyedit: a run-on after a count; 来了N名 =================
add("CE01", "control", "edit", "活动当天来了6名医生为居民义诊测量血压120人次", has("6名医生", "120人次") + lacks("6名医生参加", "参加6名"),
    "doctors who came to serve: no 参加")
add("CE02", "probe", "edit", "重阳节活动，来了80多人。", rx("80多人参加|约80人参加|80余人参加"), "来了80多人 ending the clause: 80多人参加")
add("CE03", "control", "edit", "组织6名医生到社区开展义诊活动为老年人测量血压发放健康手册200份", has("6名医生", "200份") + lacks("6名。", "6名，医生"),
    "a run-on with 6名医生: not cut between 6名 and 医生")
add("CE04", "control", "edit", "联系3家企业为辖区失业人员提供就业岗位45个并组织现场招聘会1场", has("3家企业", "45个", "1场") + lacks("3家，企业", "3家。"),
    "3家企业: not cut")
add("CE05", "control", "edit", "组织12名社区干部到幸福小区开展入户走访工作发放宣传资料300份", has("12名", "300份") + lacks("12名。社区", "12名，社区"),
    "12名社区干部: a count followed by who (社区干部): not cut between them")
add("CE06", "control", "edit", "活动现场来了30个人，", rx("30人参加"), "来了30个人 at the clause end: 30人参加")
add("CE07", "control", "edit", "这次讲座来了5名律师，解答居民咨询40余人次", has("5名律师", "40余人次") + lacks("参加5名", "5名参加", "律师参加"),
    "5名律师 came to give advice: no 参加")
add("CE08", "control", "edit", "慰问了8户困难家庭送去米面油等物资价值2400元并了解其生活困难", has("8户", "2400元") + lacks("8户。困难", "8户，困难"),
    "8户困难家庭: a count and who (困难家庭): not cut between them (D: 困难家庭 not in the list)", "D")
add("CE09", "control", "edit", "义诊现场来了两名护士，", has("护士") + lacks("参加两名", "两名参加", "护士参加"), "来了两名护士: who came to serve")

# ================= PV. a district or place before 的老人 is no name =================
add("PV01", "probe", "edit", "二道江区的老人吃饭难问题得到缓解", has("二道江区"), "a district: kept")
add("PV02", "control", "edit", "帮助城关镇的老人办理医保", has("城关镇"), "a town: kept")
add("PV03", "control", "edit", "王桂英老人独居，网格员每周上门2次", lacks("王桂英") + has("2次"), "a resident by full name then 老人: the name goes")
add("PV04", "control", "edit", "解决幸福路的老人出行难问题", has("幸福路"), "a road: kept")
add("PV05", "control", "edit", "刘国镇老人家中漏雨，已协调维修", lacks("刘国镇"), "a given name ending in 镇 (刘国镇老人): the name still goes (D: a rare name)", "D")
add("PV06", "control", "edit", "关心关爱辖区的老人，开展敬老活动3场", has("辖区的老人", "3场"), "辖区的老人: untouched")
add("PV07", "control", "edit", "朝阳区老人协会开展活动3场", has("朝阳区", "3场"), "朝阳区老人协会 is a body: kept")
# ================= CK. the checker (roles.py, tree.py, tail.py) =================
def doc(work_head="一、主要工作", body="走访困难群众120户，发放慰问金3.6万元。", prob_head="二、存在问题", prob="部分小区设施老化，居民参与度不高。",
        plans_head="三、下一步工作计划", plans="一是继续做好为老服务。二是加强安全巡查。", closing="我们将再接再厉，为建设幸福社区作出新的贡献。",
        title="阳光社区2026年第一季度工作小结", opening="一季度，阳光社区在街道党工委的领导下，扎实开展各项工作，现总结如下：",
        office="阳光社区居民委员会", sign_date="2026年4月2日"):
    parts = [title, "", opening, "", work_head, "", body, ""]
    if prob_head: parts += [prob_head, ""]
    if prob: parts += [prob, ""]
    if plans_head: parts += [plans_head, ""]
    if plans: parts += [plans, ""]
    if closing: parts += [closing, ""]
    parts += [office, sign_date]
    return "\n".join(parts) + "\n"

CK1 = doc(prob_head="遇到的难题", prob="一是网格员人手紧。二是部分居民参与度不高。", plans_head="下一步打算", plans="一是补充网格员2名。二是每月开展1场主题活动。",
          work_head="主要工作")
add("CK01", "probe", "check", CK1, [("sec", "problems", True), ("secline", "problems", lineof(CK1, "遇到的难题"))],
    "遇到的难题 heads the problems")
CK2 = doc(body="（一）为老服务。走访困难群众120户，发放慰问金3.6万元。\n\n（二）破解老旧小区治理中的难题。协调加装电梯2部，新增停车位80个。")
add("CK02", "control", "check", CK2, [("secline", "problems", lineof(CK2, "二、存在问题")), ("secline", "work", lineof(CK2, "一、主要工作"))],
    "a work part's own item 破解老旧小区治理中的难题 (work done) is no problems heading: the problems are where 二、存在问题 stands")
CK3 = doc(prob_head="二、未完成事项及困难", prob="一是加装电梯1部因居民意见不一未能开工。二是网格员缺2名。")
add("CK03", "probe", "check", CK3, [("sec", "problems", True), ("secline", "problems", lineof(CK3, "未完成事项及困难"))],
    "未完成事项及困难 heads the problems")
CK4 = doc(prob_head="二、存在问题", prob="一是人手紧。二是居民参与度不高。二季度，社区将补充网格员2名，每月开展1场主题活动。", plans_head="", plans="")
add("CK04", "probe", "check", CK4, [("sec", "plans", True)], "a quarter's plans at the end of the problems paragraph (二季度，社区将…): plans found")
CK5 = doc(body="一季度，按照街道党工委要求，社区共走访困难群众120户，发放慰问金3.6万元。")
add("CK05", "control", "check", CK5, [("nofinding_text", "wrong-section", ""), ("secline", "plans", lineof(CK5, "三、下一步工作计划"))],
    "a Q1 summary's work opening 一季度，按照街道党工委要求…: past work, not a plan (no wrong-section, plans where their heading is)")
CK6 = doc(body="一季度，社区将32户困难家庭纳入重点帮扶，发放慰问金3.6万元。")
add("CK06", "control", "check", CK6, [("nofinding_text", "wrong-section", "")],
    "一季度，社区将32户困难家庭纳入…: 将 is 把 here, the work done: no wrong-section (D: 将 read as will)", "D")
CK7 = doc(closing="以上是阳光社区一季度工作小结，不妥之处请领导指正。")
add("CK07", "probe", "check", CK7, [("sec", "closing", True), ("secline", "closing", lineof(CK7, "以上是阳光社区"))], "以上是…小结，不妥之处请领导指正 closes")
CK8 = doc(body="走访困难群众120户，发放慰问金3.6万元。\n\n以上活动情况，均已在社区公众号发布，阅读量累计5000余次。\n\n开展消防演练2次，参与居民150人。")
add("CK08", "control", "check", CK8, [("secnot_at", "closing", lineof(CK8, "以上活动情况")), ("secline", "problems", lineof(CK8, "二、存在问题"))],
    "以上活动情况，均已… in the middle of the work is no closing")
CK9 = doc(body="走访困难群众120户，发放慰问金3.6万元。\n\n邀请消防专家对演练中动作不到位的地方逐一指正，开展消防演练2次。")
add("CK09", "control", "check", CK9, [("secnot_at", "closing", lineof(CK9, "邀请消防专家")), ("secline", "problems", lineof(CK9, "二、存在问题"))],
    "a work paragraph where experts 指正 the drill's faults (不到位的地方…指正): no closing (D: contrived wording)", "D")
CK10 = doc(work_head="主要工作", prob_head="工作中存在的问题", prob="部分小区设施老化，居民参与度不高。", plans_head="下一步打算", plans="继续做好为老服务，加强安全巡查。")
add("CK10", "probe", "check", CK10, [("secline", "problems", lineof(CK10, "工作中存在的问题")), ("secline", "plans", lineof(CK10, "下一步打算"))],
    "plain part titles 工作中存在的问题 / 下一步打算 over paragraphs: each heads its part")
NOHEAD = ["阳光社区2026年第一季度工作小结", "", "一季度，阳光社区在街道党工委的领导下，扎实开展各项工作，现总结如下：", "",
          "走访困难群众120户，发放慰问金3.6万元。", "", "开展消防演练2次，参与居民150人。", ""]
CK11 = "\n".join(NOHEAD + ["存在的困难", "", "一是网格员人手紧；二是部分居民参与度不高。", "", "下一步，我们将补充网格员2名，每月开展1场主题活动。", "",
                           "阳光社区居民委员会", "2026年4月2日"]) + "\n"
add("CK11", "probe", "check", CK11, [("sec", "problems", True), ("secline", "problems", lineof(CK11, "存在的困难"))],
    "a lone bare 存在的困难 over 一是…；二是…: heads the problems")
CK12 = "\n".join(NOHEAD + ["化解小区治理中的难题", "", "一是加装电梯2部；二是新增停车位80个；三是调解邻里纠纷12起。", "",
                           "工作中也存在一些不足，网格员人手紧，部分居民参与度不高。", "", "下一步，我们将补充网格员2名，每月开展1场主题活动。", "",
                           "阳光社区居民委员会", "2026年4月2日"]) + "\n"
add("CK12", "control", "check", CK12, [("secnot_at", "problems", lineof(CK12, "化解小区治理中的难题"))],
    "a lone bare line naming work done (化解小区治理中的难题) over 一是加装电梯…: the work's, not the problems heading")
CK13 = "\n".join(NOHEAD + ["工作中的不足", "", "网格员人手紧，部分居民参与度不高。", "", "下一步，我们将补充网格员2名。", "", "阳光社区居民委员会", "2026年4月2日"]) + "\n"
add("CK13", "probe", "check", CK13, [("secline", "problems", lineof(CK13, "工作中的不足"))], "a lone bare 工作中的不足 over a paragraph heads the problems")

GC = ["刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结", "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
      "走访困难家庭31户，开展元宵活动1场，参与居民120人。", "二、存在问题", "一是网格员人手紧。二是部分居民参与度不高。", "三、下步打算",
      "一是补充网格员2名。二是每月开展1场主题活动。", "湖畔社区居民委员会", "2026年3月30日"]
CK14 = L(*GC, "李书记 2026/3/30 18:05", "收到，辛苦了！下季度重点抓好老旧小区改造。", "刘敏 2026/3/30 18:06", "好的，谢谢书记")
add("CK14", "probe", "check", CK14, [("secline", "plans", lineof(CK14, "三、下步打算")), ("secnot_at", "closing", lineof(CK14, "收到，辛苦了")),
    ("secnot_at", "plans", lineof(CK14, "收到，辛苦了"))] + [("nofinding_text", r, "收到") for r in ("wrong-section", "closing-form", "order")],
    "a summary copied from the group with the secretary's reply and the thanks: the reply is the group's talk, no part")
CK15 = L(*GC, "李书记 2026/3/30 18:05", "收到，辛苦了！下季度重点抓好老旧小区改造。", "刘敏 2026/3/30 18:06", "好的，谢谢书记，我按您的意见修改后明天重新发群里")
add("CK15", "probe", "check", CK15, [("secline", "plans", lineof(CK15, "三、下步打算")), ("secnot_at", "closing", lineof(CK15, "收到，辛苦了")),
    ("secnot_at", "closing", lineof(CK15, "好的，谢谢书记"))] + [("nofinding_text", r, "收到") for r in ("wrong-section", "closing-form", "order")],
    "the sender's thanks back is a long line (我按您的意见修改后明天重新发群里): still the group's talk, the secretary's reply no part")
CK16 = L(*GC, "李书记 2026/3/30 18:05", "收到。两点意见：", "1.补充走访数据；", "2.压缩篇幅。", "刘敏 2026/3/30 18:06", "好的")
add("CK16", "control", "check", CK16, [("secline", "plans", lineof(CK16, "三、下步打算")), ("secnot_at", "closing", lineof(CK16, "收到。两点意见"))]
    + [("nofinding_text", r, "补充走访") for r in ("wrong-section", "closing-form", "heading-pattern", "order")],
    "a reviewer's numbered comments after the summary (1.补充走访数据): no part of the summary (D: the rule keeps any numbered line)", "D")
CK17 = L("刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结", "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
         "走访困难家庭31户，开展元宵活动1场，参与居民120人。", "二、存在问题", "一是网格员人手紧。二是部分居民参与度不高。",
         "刘敏 2026/3/30 17:04", "三、下步打算", "一是补充网格员2名。二是每月开展1场主题活动。", "湖畔社区居民委员会", "2026年3月30日")
add("CK17", "control", "check", CK17, [("secline", "plans", lineof(CK17, "三、下步打算")), ("sec", "problems", True)],
    "the sender's summary in two messages: both are the summary")
CK18 = L("刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结", "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
         "走访困难家庭31户，开展元宵活动1场，参与居民120人。", "二、存在问题", "一是网格员人手紧。二是部分居民参与度不高。",
         "张敏 2026/3/30 17:04", "三、下步打算", "一是补充网格员2名。二是每月开展1场主题活动。", "湖畔社区居民委员会", "2026年3月30日")
add("CK18", "control", "check", CK18, [("secline", "plans", lineof(CK18, "三、下步打算"))],
    "a colleague posts the plans part (三、下步打算) after the sender: a numbered part follows, kept")
CK19 = L("刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结", "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
         "走访困难家庭31户，开展元宵活动1场，参与居民120人。", "二、存在问题", "一是网格员人手紧。二是部分居民参与度不高。",
         "刘敏（湖畔社区） 2026/3/30 17:04", "下一步，我们将补充网格员2名，每月开展1场主题活动，努力把社区建设得更好。", "湖畔社区居民委员会", "2026年3月30日")
add("CK19", "control", "check", CK19, [("sec", "plans", True)],
    "the sender's second message under a stamp naming her with her group label (刘敏（湖畔社区）): still hers, the plans found (D: the name differs)", "D")
CK20 = L("刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结", "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
         "走访困难家庭31户，开展元宵活动1场，参与居民120人。", "二、存在问题", "一是网格员人手紧。二是部分居民参与度不高。", "三、下步打算",
         "一是补充网格员2名。二是每月开展1场主题活动。", "湖畔社区")
add("CK20", "control", "check", CK20, [("secline", "plans", lineof(CK20, "三、下步打算")), ("sec", "problems", True)],
    "a group copy ending on a short signature (湖畔社区) with no date: the parts stand, no exception")
CK21 = doc(prob_head="二、存在问题", prob="一是人手紧。二是居民参与度不高。", plans_head="三、二季度工作打算", plans="二季度，社区将补充网格员2名，每月开展1场主题活动。")
add("CK21", "control", "check", CK21, [("secline", "plans", lineof(CK21, "三、二季度工作打算")), ("nofinding_text", "wrong-section", "")],
    "a plans part opening 二季度，社区将…: plans, no wrong-section")
CK22 = doc(title="阳光社区2026年第二季度工作小结", opening="二季度，阳光社区在街道党工委的领导下，扎实开展各项工作，现总结如下：",
           body="二季度，社区要求各网格每周开展1次安全巡查，共排查隐患46处，整改42处。")
add("CK22", "control", "check", CK22, [("nofinding_text", "wrong-section", ""), ("secline", "plans", lineof(CK22, "三、下一步工作计划"))],
    "a Q2 summary's work: 二季度，社区要求各网格… is what was done, not a plan")
CK23 = doc(closing="", plans="一是继续做好为老服务。二是加强安全巡查。以上小结，请各位领导指正。")
add("CK23", "probe", "check", CK23, [("sec", "plans", True), ("sec", "closing", True)], "listed plans then 以上小结，请各位领导指正: plans and a closing")
# ================= G. whole drafts (draft CLI) =================
add("G01", "probe", "cli", facts({"人民调解": [T("序号\t日期\t当事人\t纠纷类型\t简要情况\t调解结果\t联系电话",
    "1\t3.4\t王桂英、李红\t邻里纠纷\t楼上漏水殃及楼下\t调解成功\t13800001111", "2\t3.18\t刘德福\t婚姻家庭纠纷\t赡养费纠纷\t调解成功\t13900002222",
    "合计\t\t\t\t\t2件\t")]}),
    has("邻里纠纷", "漏水", "赡养费") + lacks("王桂英", "李红", "刘德福", "13800001111", "13900002222", "王某", "刘某"),
    "a mediation register in a draft: disputes by kind, no party or phone")
add("G02", "probe", "cli", facts({"经费使用": [T("序号\t日期\t摘要\t金额（元）\t经办人\t凭证号", "1\t2025.3.5\t购买重阳节慰问品\t2,380.00\t许文斌\t记-12",
    "2\t2025.4.18\t楼道杂物清运\t8,400.00\t许文斌\t记-15", "合计\t\t\t10,780.00\t\t", "年度经费：50,000.00\t已支出：10,780.00\t结余：39,220.00")]}),
    has("2380", "8400", "10780", "39220") + lacks("许文斌", "记-12"), "an account in a draft: sums, total and foot; no handler or voucher")
add("G03", "control", "cli", facts({"项目建设": [T("项目\t金额（元）\t完成情况", "老旧小区路灯改造\t85000\t已完工，更换路灯60盏", "口袋公园建设\t120000\t主体完工，完成进度80%")]}),
    has("60盏", "80%", "85000"), "a project table in a draft: what was done kept")
add("G04", "control", "cli", facts({"为老服务": [T("年龄\t人数", "60-69岁\t320", "70-79岁\t210", "80岁以上\t96")]}),
    has("60-69岁", "80岁以上", "320", "96") + lacks("年龄 人数", "60-69岁 320"), "an age breakdown in a draft: each count with its age group")
add("G05", "control", "cli", facts({"妇幼服务": ["建成3个孕妇学校，开展孕期讲座6场", "开设2个老年人学堂，学员180人"]}),
    lacks("3名孕妇", "2名老年人") + has("6场", "180人"), "孕妇学校 and 老年人学堂 in a draft: no 名")
add("G06", "control", "cli", facts({"基础工作": ["完成人口普查数据报送工作，普查户数原报1200户，经核对实为1180户"]}),
    has("1180户", "报送") + lacks("1200户"), "the correction in a draft: the checked figure, and the 报送 work kept")
add("G07", "probe", "cli", facts({"走访服务": [T("序号\t姓名\t性别\t年龄\t住址\t联系电话", "1\t王桂英\t女\t86\t幸福路3号\t13800001111",
                                              "2\t刘德福\t男\t91\t河滨路8号\t13900002222")]}),
    lacks("王桂英", "刘德福", "13800001111", "幸福路3号", "王某", "刘某", "86岁", "91岁"), "a residents' list in a draft: nothing of theirs printed")
add("G08", "control", "cli", facts({"经费收支": [T("日期\t摘要\t收入（元）\t支出（元）\t余额（元）", "1.5\t上级拨付工作经费\t50000\t\t50000",
    "3.5\t购买慰问品\t\t2380\t47620", "4.18\t楼道杂物清运\t\t8400\t39220", "合计\t\t50000\t10780\t39220")]}),
    has("50000", "10780") + lacks("合计支出39220"), "an income-and-spending account in a draft: the grant kept, the total spent right")
add("G09", "control", "cli", facts({"宣传活动": ["序号\t日期\t活动内容\t参与人数", "1\t3.5\t学雷锋义诊\t120", "2\t3.12\t植树活动\t45"],
                                    "日常工作": ["1 走访 困难群众 120户", "2 组织 义诊 活动3次", "3 发放 宣传 资料200份"]}),
    has("困难群众", "200份", "学雷锋义诊", "45") + lacks("户人", "次人", "份人"), "voice items after a table category in a draft: both categories' facts kept")
add("G10", "control", "cli", facts({"社会救助": [T("事项\t户数\t金额（元）", "低保金发放\t46\t138000", "高龄津贴发放\t120\t144000", "临时救助\t9\t18000")]}),
    has("46户", "120", "138000", "18000"), "an aid table in a draft: households and sums")
add("G11", "control", "cli", facts({"人口统计": [T("性别\t人数\t占比", "男\t1320\t48.5%", "女\t1400\t51.5%")]}),
    has("1320", "1400") + rx("男[^。]{0,8}1320|男性"), "population by sex in a draft: 男/女 label the counts")
add("G12", "control", "cli", facts({"人民调解": [T("纠纷类别\t件数（件）\t调解成功（件）\t成功率", "邻里纠纷\t6\t6\t100%", "婚姻家庭\t3\t2\t66.7%", "合计\t9\t8\t88.9%")]}),
    has("邻里纠纷6件", "88.9%", "合计9件"), "a tally by kind in a draft")
add("G13", "control", "cli", facts({"志愿服务": ["组织3个青年参加技能培训", "建成2个青年就业见习基地"]}),
    has("3名青年") + lacks("2名青年"), "people and places after 青年 in one draft")
add("G14", "control", "cli", facts({"矛盾调解": [T("序号\t当事人\t纠纷类型\t简要情况\t调解结果\t备注",
    "1\t王桂英、李红\t邻里纠纷\t楼上漏水殃及楼下\t调解成功\t王桂英赔偿李红装修损失2000元", "2\t刘德福\t物业纠纷\t停车位纠纷\t调解成功\t")]}),
    has("2000元") + lacks("王桂英", "李红", "刘德福"), "the settlement in the 备注 in a draft: 2000元 kept, no names (MR06 in a draft)")

# ================= X. added after the first run (expectations written before this second run) =================
add("X01", "control", "cli", facts({"矛盾调解": [T("序号\t当事人\t纠纷类型\t简要情况\t调解结果", "1\t王建国\t邻里纠纷\t王大爷家空调外机噪音扰邻\t调解成功",
                                                "2\t孙秀兰\t婚姻家庭纠纷\t孙阿姨与儿媳因带孩子发生矛盾\t调解成功")]}),
    lacks("王大爷", "孙阿姨", "王建国", "孙秀兰") + has("空调外机"), "MR03 in a whole draft: the drafting's privacy pass leaves no resident named by surname and kin word")
add("X02", "control", "cli", facts({"矛盾调解": [T("序号\t当事人\t纠纷类型\t简要情况\t调解结果",
    "1\t王桂英 13800001111\t邻里纠纷\t王桂英家漏水影响楼下\t调解成功", "2\t刘德福 13900002222\t物业纠纷\t刘德福拒交物业费\t调解成功")]}),
    lacks("王桂英", "刘德福", "13800001111", "13900002222"), "MR05 in a whole draft: no name, no phone")
add("X03", "control", "cli", facts({"走访服务": ["姓名 性别 年龄 住址 联系电话", "1 王桂英 女 86 幸福路 3号楼 13800001111", "2 刘德福 男 91 河滨路8号 13900002222",
                                            "3 陈秀兰 女 88 和平街5号 13700003333"]}),
    lacks("王桂英", "刘德福", "陈秀兰", "13800001111", "13900002222", "13700003333"), "SS02 in a whole draft: no name, no phone")
add("X04", "control", "table", T("年龄\t人数", "60-69岁\t320", "70-79岁\t210", "80岁以上\t96"),
    has("60-69岁", "320", "80岁以上", "96") + lacks("年龄 人数"), "PL02 without a 合计 row: each age group with its count, no raw header")
add("X05", "control", "cli", facts({"人口统计": [T("籍贯\t人数", "河南\t120", "四川\t85", "安徽\t60")]}),
    has("河南", "120", "四川", "85") + lacks("籍贯 人数", "河南 120"), "PL11 in a draft: each province with its count, not the raw table")
add("X06", "control", "cli", facts({"党建工作": ["序号\t日期\t活动内容\t参与人数", "1\t3.5\t主题党日\t45", "2\t3.12\t党课\t38"],
                                    "月度安排": ["1 3月5日 组织 主题党日", "2 4月1日 开展 清明祭扫", "3 5月4日 举办 青年座谈"]}),
    has("清明祭扫", "青年座谈"), "SS08 in a whole draft: the dated events after a table kept")
add("X07", "control", "cli", facts({"走访服务": [T("序号\t姓名\t性别\t年龄\t住址\t备注", "1\t王桂英\t女\t86\t幸福路3号\t已送米面油",
                                              "2\t刘德福\t男\t91\t河滨路8号\t已送米面油，代购药品")]}),
    has("米面油") + lacks("王桂英", "刘德福", "幸福路3号"), "PL05 in a draft: what the 备注 says was done kept (D)", "D")
add("X08", "control", "table", T("服务项目\t次数（次）\t人数（人）", "助餐\t300\t45", "助浴\t24\t12"),
    has("300次", "45人", "24次", "12人") + lacks("300次45人", "24次12人"), "a service's times and people: each figure with its unit, set apart")
add("X09", "control", "edit", "核查辖区房屋，原报出租房屋86套，经核查实为92套（其中群租房3套），已全部登记", has("92套", "3套", "已全部登记") + lacks("86套"),
    "the bracket after 实为 holds a fact (群租房3套) and the clause after it the work: both kept")
add("X10", "control", "edit", "按时报送各类报表36份，残疾人人数原报58人，经核实为61人", has("36份", "61人") + rx("报送各类报表|上报各类报表"),
    "报送各类报表36份 is work done: kept while the correction after it is put right")
add("X11", "control", "table", T("序号\t日期\t摘要\t金额（元）\t经办人", "1\t3.5\t购买慰问品\t2380\t许文斌", "2\t4.18\t楼道杂物清运\t8400\t许文斌",
                                "合计\t\t\t10780\t2笔"), has("10780") + lacks("合计支出2元", "支出2元"), "a 合计 row with the number of entries (2笔) after the sum: 10780 is the total")
add("X12", "control", "edit", "组织3个妇女儿童之家开展活动", lacks("3名妇女"), "妇女儿童之家 are places")
add("X13", "control", "edit", "成立2个青年志愿服务队，队员46人", lacks("2名青年") + has("46人"), "青年志愿服务队 are teams")
add("X14", "control", "edit", "新建3个员工食堂和2个职工书屋", lacks("3名员工", "2名职工"), "员工食堂 and 职工书屋 are places (control of the 个→名 rule)")
add("X15", "control", "edit", "慰问4个老年人、2个残疾人", rx("4名老年人"), "4个老年人、 then 2个残疾人: people → 名 (control of the rule working)")
add("X16", "control", "table", T("序号\t工作内容\t经费（元）\t完成情况", "1\t春节慰问\t12000\t已完成", "2\t学雷锋活动\t2000\t已完成", "合计\t\t14000\t",
    "年度经费总额：50000\t已支出：14000\t结余：36000"),
    has("50000", "36000") + lacks("序号年度", "开展已支出", "经费（元）结余"), "TY08's foot said as its own fields (年度经费总额50000元…), not as a row under the header's labels")
add("X17", "control", "table", T("序号\t工作内容\t完成时限\t进度", "1\t老旧小区改造\t2025年6月\t完成70%", "2\t便民服务站建设\t2025年9月\t", "要求：9月底前完成"),
    lacks("序号要求"), "TY09's 要求： line: not said as a row with the 序号 label glued on")
add("X18", "control", "edit", "联系3家企业为辖区失业人员提供就业岗位45个并组织现场招聘会1场", lacks("组织，现场", "3家，企业"),
    "CE04's run-on: not cut between 组织 and its object 现场招聘会")
CKX19 = L("李书记 2026/3/30 16:40", "请各社区今天下班前在群里报送一季度工作小结", "刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结",
          "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：", "走访困难家庭31户，开展元宵活动1场，参与居民120人。",
          "开展消防安全检查2次，排查隐患12处，已全部整改。", "工作中也存在一些不足，网格员人手紧，部分居民参与度不高。",
          "下一步，我们将补充网格员2名，每月开展1场主题活动。", "湖畔社区居民委员会", "2026年3月30日")
add("X19", "control", "check", CKX19, [("sec", "work", True), ("sec", "plans", True), ("secline", "title", lineof(CKX19, "湖畔社区2026年第一季度工作小结"))],
    "the secretary's request first, then the sender's summary with no numbered parts: the summary is the text (title, work, plans found)")
CKX20 = L("刘敏 2026/3/30 17:02", "湖畔社区2026年第一季度工作小结", "一季度，湖畔社区在街道党工委领导下扎实开展各项工作，现总结如下：",
          "走访困难家庭31户，开展元宵活动1场，参与居民120人。", "开展消防安全检查2次，排查隐患12处，已全部整改。",
          "工作中也存在一些不足，网格员人手紧，部分居民参与度不高。", "下一步，我们将补充网格员2名，每月开展1场主题活动。",
          "湖畔社区居民委员会", "2026年3月30日", "李书记 2026/3/30 18:05", "收到，下季度要把老旧小区改造作为重点抓实抓好。")
add("X20", "control", "check", CKX20, [("secline", "plans", lineof(CKX20, "下一步，我们将")), ("secnot_at", "closing", lineof(CKX20, "收到，下季度"))],
    "an unnumbered summary and the secretary's reply: the reply no part (plans where 下一步 is, no closing at the reply)")
# ---------------- runner ----------------
def run_one(p, tree):
    fn, inp = p["fn"], p["input"]
    if fn in ("edit", "editp"):
        from assistant.facts.copyedit import edit_item
        return edit_item(inp, work=(fn == "edit"))[0]
    if fn == "table":
        from assistant.facts.tables import table_sentences
        return table_sentences(inp)
    if fn == "model":
        from assistant.facts.model import facts_from_data
        f = facts_from_data({"community": "阳光社区居民委员会", "period": "2026年", "work": inp}, "t")
        return f.work
    if fn == "heading":
        from assistant.drafting.phrasing import heading_name
        return heading_name(inp)
    if fn == "short":
        try:
            from assistant.drafting.phrasing import short_office
        except ImportError:
            return "n/a (no short_office)"
        return short_office(inp)
    if fn == "parse":
        from assistant.facts.formats import parse_text
        try:
            return parse_text(inp, "yaml", "f.yaml")[0]
        except Exception as e:  # noqa
            if type(e).__name__ == "InputError":
                return "ERROR: " + str(e) + " | " + str(getattr(e, "hint", ""))
            return f"EXCEPTION {type(e).__name__}: {e}"
    if fn == "check":
        with tempfile.TemporaryDirectory() as d:
            f = os.path.join(d, "draft.txt")
            open(f, "w").write(inp)
            r = subprocess.run([PY, "-m", "assistant", "check", f, "--format", "json"], capture_output=True, text=True, cwd=tree,
                               env={**os.environ, "PYTHONPATH": tree})
            try:
                j = json.loads(r.stdout)
            except Exception:  # noqa
                return "ERROR: " + r.stderr[-500:]
            if isinstance(j, list):
                j = j[0]
            return {"sections": {k: {"found": v.get("found"), "line": v.get("line")} for k, v in j.get("sections", {}).items()},
                    "findings": [{"rule": x.get("rule"), "line": x.get("line"), "text": x.get("text"), "message": x.get("message")}
                                 for x in j.get("findings", [])]}
    if fn == "cli":
        with tempfile.TemporaryDirectory() as d:
            f = os.path.join(d, "facts.yaml"); o = os.path.join(d, "out.md")
            open(f, "w").write(inp)
            r = subprocess.run([PY, "-m", "assistant", "draft", f, "-o", o, "--date", "2026年12月6日", "--force"],
                               capture_output=True, text=True, cwd=tree, env={**os.environ, "PYTHONPATH": tree})
            return open(o).read() if os.path.exists(o) else "ERROR: " + r.stderr[-500:]
    raise ValueError(fn)

def _path(out, keys):
    for k in keys:
        if not isinstance(out, dict) or k not in out: return None
        out = out[k]
    return out

def judge(p, out):
    if isinstance(out, str) and out.startswith("n/a"):
        return None
    text = out if isinstance(out, str) else json.dumps(out, ensure_ascii=False)
    if isinstance(out, str) and out.startswith("EXCEPTION") and not any(c[0] == "no_exception" for c in p["checks"]):
        return False
    for c in p["checks"]:
        k = c[0]
        if k == "eq" and out != c[1]: return False
        if k == "has" and not all(s in text for s in c[1]): return False
        if k == "lacks" and any(s in text for s in c[1]): return False
        if k == "in" and out not in c[1]: return False
        if k == "re" and not re.search(c[1], text): return False
        if k == "relacks" and re.search(c[1], text): return False
        if k == "count" and text.count(c[1]) != c[2]: return False
        if k == "no_exception" and text.startswith("EXCEPTION"): return False
        if k == "error_has" and not (isinstance(out, str) and out.startswith("ERROR") and c[1] in out): return False
        if k == "path_eq" and _path(out, c[1]) != c[2]: return False
        if k in ("sec", "secline", "secnot_at", "finding", "nofinding_text"):
            if not isinstance(out, dict): return False
            s = out["sections"].get(c[1], {})
            if k == "sec" and bool(s.get("found")) != c[2]: return False
            if k == "secline" and s.get("line") != c[2]: return False
            if k == "secnot_at" and s.get("found") and s.get("line") == c[2]: return False
            hits = [f for f in out["findings"] if f["rule"] == c[1] and c[2] in ((f["message"] or "") + (f["text"] or ""))]
            if k == "finding" and not hits: return False
            if k == "nofinding_text" and hits: return False
        if k.startswith("opening_"):
            if not isinstance(out, str) or out.startswith("ERROR"): return False
            op = opening_of(out)
            if k == "opening_has" and c[1] not in op: return False
            if k == "opening_lacks" and c[1] in op: return False
            if k == "opening_relacks" and re.search(c[1], op): return False
    return True

def worker(tree):
    sys.path.insert(0, tree); os.chdir(tree)
    res = {}
    for p in P:
        try:
            res[p["id"]] = run_one(p, tree)
        except Exception as e:  # noqa
            res[p["id"]] = f"EXCEPTION {type(e).__name__}: {e}"
    json.dump(res, sys.stdout, ensure_ascii=False)

# where the automatic head/base reading is wrong (set after reading both outputs)
CHECK_FIXES = {  # checks tightened (or loosened) after the first run; the expected prose was not changed
    "G04": "passed on substrings while head printed the raw table flattened (年龄 人数60-69岁 320 …); now lacks those",
    "G09": "passed on substrings while head said 参与120户人, 参与活动3次人; now lacks 户人/次人/份人",
    "SS03": "as G09 (走访，开展困难群众，参与120户人 passed); now lacks 户人/次人/份人/开展困难群众",
    "SS06": "lacks(服务次数) hit the first category's own wording on both trees; now aimed at the second category (组某, 发某, 服务次数3次)",
    "SS09": "lacks(摘要) then lacks(摘要防汛) hit the first category's 摘要防汛物资 on base; now 摘要防汛演练",
    "CR02": "has(4,917人) failed only because the tool writes 4917人; loosened to 4,?917人",
    "CR09": "has(8户) passed on 128户; now (?<![0-9])8户",
    "CE07": "passed while head wrote 5名律师参加 (the prose: no 参加 for those who came to serve); now lacks 律师参加",
    "CE09": "likewise 两名护士参加; now lacks 护士参加",
}

OVERRIDE = {
    "MR06": "regression (base printed the names but kept 赔偿2000元 and 每月800元; head drops the settlement the 备注 gives)",
    "MR07": "regression (base kept each dispute's 涉及金额 12000/6500, lacking only the total; head keeps only the 合计)",
    "MR08": "regression (base kept what each dispute was about; head says only 邻里纠纷：调解成功)",
    "MR10": "regression (an aid book read as a mediation register: base kept 2000/3500 and the 申请事项; head says 临时救助：已发放)",
    "SB02": "regression (base lacked the total; head states a false one: 合计支出5元, the voucher count)",
    "SB03": "regression (base kept the 50000 grant and each balance; head drops the income and states 合计支出39220元, the balance)",
    "SB07": "regression (base kept how many were bought, 50 and 30; head keeps only the sums)",
    "SB09": "regression (base garbled the 万元 foot but kept its figures; head drops 年度经费5万元 and 结余3.922万元)",
    "SB11": "regression (base kept who gave, 阳光物业 and 幸福超市; head drops the donors)",
    "SB19": "regression, D (base kept each sum's month; head drops it)",
    "PL03": "regression (base said 性别男/女 beside each count; head drops the sex: two bare counts)",
    "SS09": "regression (base left the voice items as typed; head reads them as spending lines: 开展，摘要防汛演练，金额（元）1次, 参演60人 lost)",
    "CR03": "regression (base kept the stale 1200户; head deletes 报送 from the work: 完成人口普查数据工作)",
    "CR06": "regression (base kept the stale 320人; head drops the bracket 其中新增15人 with it)",
    "G06": "regression (as CR03, in a draft)",
    "G08": "regression (as SB03, in a draft: 合计支出39220元)",
    "G11": "regression (as PL03, in a draft)",
    "G13": "regression (base wrote 3个青年 (not 名); head writes 建成2名青年就业见习基地)",
    "G14": "regression (as MR06, in a draft: 2000元 lost)",
    "X19": "regression (base misplaced the title but found every part; head sets the whole summary aside: missing opening, work, problems and plans)",
}

def main():
    outs = {}
    for t in ("head", "base"):
        tree = os.path.join(ROOT, t)
        r = subprocess.run([PY, __file__, "--worker", tree], capture_output=True, text=True, cwd=tree,
                           env={**os.environ, "PYTHONPATH": tree})
        if r.returncode: print(r.stderr[-3000:]); sys.exit(1)
        outs[t] = json.loads(r.stdout)
    rows = []
    for p in P:
        h, b = outs["head"][p["id"]], outs["base"][p["id"]]
        jh, jb = judge(p, h), judge(p, b)
        status = "pass" if jh else "fail"
        origin = "" if jh else ("pre-existing" if jb is False else "regression")
        if not jh and p["id"] in OVERRIDE: origin = OVERRIDE[p["id"]]
        rows.append(dict(id=p["id"], kind=p["kind"], fn=p["fn"], input=p["input"], expected=p["expected"],
                         checks=[list(c) for c in p["checks"]], head=h, base=b, result=status, origin=origin,
                         base_result=("n/a" if jb is None else "pass" if jb else "fail"), debatable=p["note"] == "D"))
    json.dump(rows, open(os.path.join(ROOT, "results.json"), "w"), ensure_ascii=False, indent=1)
    n = len(rows); nc = sum(r["kind"] == "control" for r in rows)
    f = [r for r in rows if r["result"] == "fail"]; reg = [r for r in f if r["origin"].startswith("regression")]
    print(f"probes {n} (controls {nc}), failures {len(f)}, regressions {len(reg)}, debatable failures {sum(r['debatable'] for r in f)}")
    for r in f:
        hh = r["head"]
        if r["fn"] == "cli" and isinstance(hh, str) and not hh.startswith("ERROR"): hh = "[draft work] " + work_of(hh)[:300]
        print(f"{r['id']} {r['kind']:7} {r['origin']:12}{' D' if r['debatable'] else ''} head={json.dumps(hh, ensure_ascii=False)[:400]}")
        bb = r["base"]
        if r["fn"] == "cli" and isinstance(bb, str) and not bb.startswith("ERROR"): bb = "[draft work] " + work_of(bb)[:300]
        print(f"      base={json.dumps(bb, ensure_ascii=False)[:400]}")

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(sys.argv[2])
    else:
        main()
