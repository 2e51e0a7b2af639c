"""Hostile pass 67 over 5b0359f..5857ea6. Run: python probes.py  (runs every probe on head and base, writes results.json)
Each probe: id, kind (probe|control), fn, input, checks, expected (prose, written before the first run), note ("D" = debatable)."""
from __future__ import annotations
import json, os, re, subprocess, sys, tempfile

PY = sys.executable  # (the hand wrote /work/main/.venv/bin/python: the test runs whichever Python runs it)
ROOT = "/work/hostile67"

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

# ================= HL. the 12345 hotline ledger (tables.py: 工单号, 受理时间, ratings, 承办人) =================
HOT = "工单号\t受理时间\t诉求内容\t办理结果\t回访满意度\t承办人"
add("HL01", "probe", "table", T(HOT, "HL20251101003\t2025/11/1 8:47\t小区路灯不亮\t已协调物业修复\t满意\t丁宁",
                              "HL20251105011\t2025/11/5 14:20\t楼道堆放杂物\t已清理\t满意\t韩松", "合计\t2件\t\t\t满意2件\t"),
    has("2025年11月1日", "2025年11月5日", "路灯不亮", "已清理", "合计2件", "满意2件") + lacks("8:47", "14:20", "HL2025", "丁宁", "韩松"),
    "a hotline with stamped times: the days, what was asked and done, the total and its ratings once; no order number, no handler, no clock time")
add("HL02", "probe", "table", T(HOT, "GD01\t2025/11/1 8:47\t小区路灯不亮\t已修复\t满意\t丁宁",
                              "GD02\t2025/11/3 9:10\t噪音扰民\t已协调\t不满意\t韩松", "GD03\t2025/11/8 10:00\t井盖松动\t已报修\t满意\t丁宁"),
    has("不满意"), "no 合计 row: a caller's 不满意 is a fact of the work (the only bad rating); it must be said somewhere, not dropped with the column (D)", "D")
add("HL03", "probe", "table", T("工单编号\t受理时间\t诉求内容\t办理结果\t承办人", "A001\t2025-11-01 08:47:12\t咨询高龄津贴申领\t已电话解答\t丁宁",
                              "A002\t2025-11-02 16:03:40\t反映垃圾清运不及时\t已督促环卫\t丁宁"),
    has("居民咨询高龄津贴申领", "居民反映垃圾清运不及时") + lacks("08:47", "16:03", "A001", "丁宁", "居民反映咨询", "居民反映反映"),
    "Excel ISO stamps with seconds: read as days; a question said 居民咨询…, a report 居民反映… once")
add("HL04", "probe", "table", T(HOT, "GD01\t11月1日\t来电人反映楼上漏水\t已协调维修\t满意\t丁宁", "GD02\t11月3日\t噪音扰民\t已协调\t满意\t韩松"),
    lacks("居民来电人", "来电人反映") + has("楼上漏水"), "诉求内容 opening 来电人反映: said as 居民反映, not 居民来电人反映")
add("HL05", "control", "table", T("服务项目\t服务人次\t满意度", "助餐服务\t3600\t98%", "上门护理\t420\t96.5%", "合计\t4020\t"),
    has("3600", "420", "98%", "96.5%"), "a project table's 满意度 per project is the office's result (98%, 96.5%): no hotline rating to say once")
add("HL06", "control", "table", T("日期\t对象类别\t随访人数\t回访情况", "3.5\t高血压患者\t20\t血压控制平稳18人，2人已转诊",
                                  "3.12\t糖尿病患者\t15\t血糖控制达标12人"),
    has("18人", "2人已转诊", "12人"), "回访情况 in a 随访 ledger holds the findings: kept row by row")
add("HL07", "control", "table", T("活动名称\t参与人数\t群众评价", "重阳敬老宴\t120\t好评率98%", "消夏晚会\t300\t好评率95%"),
    has("98%", "95%", "120", "300"), "群众评价 with a share per activity is a figure of each activity: kept")
add("HL08", "control", "table", T("来源\t工单\t办理情况", "12345转办\t小区路灯不亮\t已修复", "市长信箱\t垃圾清运不及时\t已督促环卫"),
    has("路灯不亮", "垃圾清运不及时"), "a column headed 工单 holding what was asked: the complaint itself, not an order number (D)", "D")
add("HL09", "control", "table", T(HOT, "GD01\t2025/11/1 8:47\t小区路灯不亮\t已修复\t满意\t丁宁",
                                  "GD02\t2025/11/3 9:10\t噪音扰民\t已协调\t基本满意\t韩松", "合计\t2件\t办结2件\t\t\t"),
    has("2件", "办结2件"), "a 合计 row with the count and what was closed (办结2件): both figures stay (D)", "D")
add("HL10", "control", "table", T("接报时间\t事件\t处置情况", "2025/7/3 2:15\t暴雨致地下车库进水\t已组织抽排，4:30排除险情",
                                  "2025/7/4 21:40\t树木倒伏压住电线\t已联系供电抢修"),
    has("7月3日", "4:30", "车库进水", "供电抢修"), "an emergency log: the days and, in the notes, the hour the danger was cleared (4:30) stay")
add("HL11", "control", "table", T(HOT, "GD01\t2025/11/1 8:47\t路灯不亮\t已修复\t满意\t区城管局", "GD02\t2025/11/3 9:10\t占道经营\t已劝离\t满意\t区城管局"),
    has("区城管局") + lacks("区城管局居民反映"), "承办人 an outside body (区城管局): who did the work is said, as 责任单位 bodies are")
add("HL12", "control", "table", T("工单号\t受理时间\t诉求内容\t办理结果\t回访满意度", "GD01\t2025/11/1 8:47\t路灯不亮\t已修复\t满意",
                                  "GD02\t2025/11/3 9:10\t噪音扰民\t已协调\t满意", "合计\t2件\t\t\t满意率100%"),
    has("满意率100%", "合计2件"), "the 合计 row's rating said as written (满意率100%)")

# ================= RO. a roster of people and their counts said as its 合计 row =================
add("RO01", "probe", "table", T("序号\t姓名\t服务次数\t服务时长（小时）\t积分", "1\t邱红\t5\t14\t140", "2\t严伟\t2\t6\t60", "合计\t\t7\t20\t200"),
    has("7次", "20小时", "200分") + lacks("邱红", "严伟", "邱某"), "a roster with 序号: the total only, no one named")
add("RO02", "control", "table", T("服务对象\t服务人次\t服务时长（小时）", "独居老人\t320\t640", "残疾人\t85\t170", "留守儿童\t140\t210", "合计\t545\t1020"),
    has("320", "85", "140", "独居老人"), "服务对象 holding kinds of people served (独居老人, 残疾人): no names, each kind's count is a fact")
add("RO03", "control", "table", T("救助对象\t户数\t发放金额（元）", "低保户\t46\t138000", "特困人员\t12\t52800", "临时救助\t9\t18000", "合计\t67\t208800"),
    has("46", "138000", "12", "52800", "低保户"), "救助对象 holding kinds of aid: each kind's households and money are facts")
add("RO04", "probe", "table", T("姓名\t年龄\t高龄补贴（元）", "王桂英\t86\t1200", "刘德福\t91\t1200", "合计\t\t2400"),
    has("2400") + lacks("王桂英", "刘德福", "86", "91"), "a list of elderly with ages: the total allowance, no one named, no age")
add("RO05", "control", "table", T("姓名\t年龄\t高龄补贴（元）", "王桂英\t86\t1200", "刘德福\t91\t1200", "合计\t2400"),
    lacks("年龄2400") + has("2400"), "a 合计 row with its blank cell left out: 2400 is the allowance, never an age")
add("RO06", "control", "table", T("姓名\t服务次数\t服务时长（小时）\t备注", "邱红\t5\t14\t获评区级优秀志愿者", "严伟\t2\t6\t", "合计\t7\t20\t"),
    has("优秀志愿者", "7次"), "an honour in the 备注 is a fact of the work (said without the name) (D)", "D")
add("RO07", "control", "table", T("姓名\t类别\t慰问金（元）\t慰问物品", "王桂英\t低保户\t500\t米面油", "刘德福\t特困户\t500\t米面油", "合计\t\t1000\t"),
    has("1000") + lacks("王桂英", "刘德福"), "a 慰问 list with two word columns: no roster; the money kept, no one named")
add("RO08", "control", "table", T("姓名\t年龄\t服务次数\t服务时长（小时）", "邱红\t52\t5\t14", "严伟\t47\t2\t6", "合计\t7\t20"),
    lacks("年龄7", "年龄") + has("7次", "20小时"),
    "a 合计 row with the age cell left out: 7 is the services and 20 the hours, not an age and a count")
add("RO09", "control", "table", T("三季度志愿服务时长统计表", "姓名\t服务次数\t服务时长（小时）\t积分", "邱红\t5\t14\t140", "严伟\t2\t6\t60",
                                  "合计\t7\t20\t200", "另有新注册志愿者12人尚未参加服务。"),
    has("12人", "7次"), "a line after the roster telling another fact (12 new volunteers): kept")
add("RO10", "control", "table", T("姓名\t服务次数\t服务时长（小时）", "邱红\t5\t14", "严伟\t2\t6", "合计\t7\t20\t", "注：服务时长以“志愿汇”平台记录为准"),
    has("7次", "20小时") + lacks("邱红"), "a note under the roster (注：) is the form's; the total said")
add("RO11", "control", "table", T("户主\t家庭人口\t月保障金（元）", "王桂英\t2\t1260", "刘德福\t3\t1890", "合计\t5\t3150"),
    has("5", "3150") + lacks("王桂英", "刘德福"), "a 低保 list under its 户主: the total people and money")
add("RO12", "control", "table", T("姓名\t服务次数\t服务时长（小时）", "邱红\t5\t14", "严伟\t2\t6"),
    lacks("邱红", "严伟"), "no 合计 row: rows as before, no one named")

# ================= SP. a table typed with ONE space (spaced_table, through facts_from_data) =================
add("SP01", "probe", "model", {"志愿服务": ["序号 姓名 所属分队 服务次数 服务时长（小时） 积分", "1 张桂兰 助老服务队 96 288.5 2885",
                                         "2 李明 环保服务队 12 36 360", "合计 2人 108 324.5 3245"]},
    has("108", "324.5", "3245") + lacks("张桂兰", "李明"), "the roster typed with single spaces, no title: the total, no one named")
add("SP02", "probe", "model", {"入户走访": ["序号 日期 网格 走访户数 发现问题 处理情况", "1 3.4 第二网格 31 消防通道堵塞2处 已清理",
                                         "2 3.18 第五网格 27 无 /"]},
    has("31户", "27户", "消防通道堵塞2处", "3月4日") + lacks("发现问题无", "序号"), "a visit ledger typed with single spaces, numbered: read as the ledger")
add("SP03", "probe", "model", {"入户走访": ["日期 网格 走访户数 发现问题 处理情况", "3.4 第二网格 31 消防通道堵塞2处 已清理",
                                         "3.18 第五网格 27 无 /"]},
    has("31户", "27户", "3月4日") + lacks("走访户数"), "the same without a number column (rows open on a dotted day): read as the ledger too (D: spaced_table wants numbered rows)", "D")
add("SP04", "control", "model", {"日常工作": ["今年 我们 走访 困难群众 120户", "1 组织 义诊 3次 服务 居民 200人", "2 发放 物资 200份"]},
    has("120户", "3次", "200人", "200份"), "voice-typed words with spaces and no header: no table; every figure stays")
add("SP05", "control", "model", {"日常工作": ["每次活动的 时间 地点 内容 人数 都做了登记", "1 三月 组织义诊 服务居民 120人次",
                                         "2 四月 开展防诈宣传 发放资料 500份"]},
    has("120人次", "500份", "义诊", "防诈宣传") + lacks("人数都做了登记", "人次人", "每次活动的1"), "a spoken line naming column words (时间 地点 内容 人数) over voice-typed items: the items' facts kept")
add("SP06", "control", "model", {"志愿服务": ["序号 姓名 服务次数 服务时长（小时） 积分", "1 张桂兰 96 288.5 2885", "2 李 明 12 36 360",
                                         "合计 108 324.5 3245"]},
    lacks("李 明", "明服务", "“明”") + has("108", "324.5"), "a two-character name padded with a space (李 明): no piece of the name printed, the total right")
add("SP07", "control", "model", {"宣传活动": ["序号 工作内容 参与人数 备注", "1 开展 防诈宣传 120 无", "2 组织消防演练 80 无"]},
    has("120", "80", "防诈宣传") + lacks("人数防诈", "参与人数开展"), "a cell typed with a space inside (开展 防诈宣传): 120 is still the number taking part, no column label glued to words")
add("SP08", "control", "model", {"环境整治": ["序号 点位 存在问题 整改情况", "1 幸福路 3号楼 楼道堆物 已清理", "2 河滨路 占道经营 已劝离"]},
    has("楼道堆物", "已清理", "占道经营", "已劝离"), "an address typed with a space (幸福路 3号楼): the problem and what was done both kept, neither shifted away")
add("SP09", "control", "model", {"志愿服务": ["序号 姓名 服务次数 服务时长（小时） 积分", "1 张桂兰 96 288.5 2885", "2 李明 12 36 360",
                                         "合计 108 324.5 3245", "另有12名新注册志愿者尚未参加服务"]},
    has("12名", "108"), "an item after the 合计 row, no full stop (另有12名新注册志愿者…): a fact kept, not glued into the total")
add("SP10", "control", "model", {"党建工作": ["组织 开展 主题党日 活动", "1 月 学习 党章 党规", "2 月 参观 红色 教育基地"]},
    has("主题党日", "党章", "红色"), "a spaced outline with 月 rows: not a table (fewer than three header words); words kept")
add("SP11", "control", "model", {"值班": ["时间 地点 内容 人员 四落实", "1 每周一 活动室 学习 党员", "2 每周三 广场 宣传 志愿者"]},
    has("四落实") + lacks("人员四落实", "四落实党员"), "a slogan line (时间 地点 内容 人员 四落实) over spaced rows: no header cell 四落实 glued as a label (D)", "D")
add("SP12", "control", "model", {"民生服务": ["走访困难群众 120户", "发放慰问金 3.6万元", "组织义诊 3次"]},
    same({"民生服务": ["走访困难群众 120户", "发放慰问金 3.6万元", "组织义诊 3次"]}), "three plain items with one space each: untouched")
add("SP13", "control", "model", {"志愿服务": ["姓名 性别 年龄 住址 联系电话", "1 王桂英 女 86 幸福路3号 13800001111", "2 刘德福 男 91 河滨路8号 13900002222"]},
    lacks("王桂英", "刘德福", "13800001111", "幸福路3号", "86", "91"), "a residents' list typed with spaces: no name, phone, address or age printed")

# ================= VL. the visit ledger: nothing-found words, put off, new counted verbs =================
VISIT = "日期\t网格\t走访户数\t发现问题\t处理情况"
SECOND = "3.18\t第五网格\t27\t无\t/"
add("VL01", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t未发现异常，已宣传防诈知识\t/", SECOND),
    lacks("发现未发现") + has("31户", "防诈"), "nothing found with what was done after a comma: no 发现未发现")
add("VL02", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t未见异常\t/", SECOND), lacks("发现未见") + has("31户"), "未见异常 is nothing found")
add("VL03", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t无明显问题\t/", SECOND), lacks("发现无明显") + has("31户"), "无明显问题 is nothing found")
add("VL04", "probe", "table", T(VISIT, "3.4\t第二网格\t31\t情况正常\t/", SECOND), lacks("发现情况正常") + has("31户"), "情况正常 is nothing found")
add("VL05", "control", "table", T(VISIT, "3.4\t第二网格\t31\t未发现老人在家\t已电话联系其子女", SECOND),
    has("老人", "联系其子女"), "未发现老人在家 (the old person not found at home) is a finding, not nothing found: the follow-up has its reason (D)", "D")
add("VL06", "control", "table", T(VISIT, "5.8\t桂园2网格\t\t\t因大风改期至5月10日", SECOND),
    lacks("走访桂园2网格", "开展桂园2网格"), "a visit put off to another day: no visit said (the day is no work done)")
add("VL07", "probe", "table", T("日期\t网格\t随访人数\t发现问题\t处理情况", "3.5\t一网格\t20\t血压偏高2人\t已转诊", "3.12\t二网格\t18\t无\t/"),
    has("随访一网格20人", "血压偏高2人", "已转诊"), "随访人数 now a counted verb: 随访一网格20人")
add("VL08", "control", "table", T(VISIT, "3.4\t第二网格\t31\t无证经营2处\t已劝导", SECOND), has("无证经营2处", "已劝导"),
    "无证经营 opens on 无 but is a finding: kept")
add("VL09", "control", "table", T(VISIT, "3.4\t第二网格\t31人\t楼道堆物\t已清理", SECOND), has("31人") + lacks("31户", "人户"),
    "a count typed with another unit than the column's (31人 under 走访户数): the clerk's unit kept, not made 户 (D)", "D")
add("VL10", "control", "table", T(VISIT, "3.4\t第二网格\t31\t正常\t已宣传安全用电", SECOND), has("安全用电", "31户"),
    "nothing found, something still done (宣传安全用电): kept")

# ================= FL. form lines and the foot =================
add("FL01", "probe", "table", T("日期\t内容\t参与人数", "3.5\t学雷锋义诊\t120", "3.12\t植树活动\t45", "制表：王芳\t审核：李强"),
    has("120", "45") + lacks("王芳", "李强", "制表", "审核"), "制表：/审核： under the table: no row, no name")
add("FL02", "probe", "table", T("日期\t内容\t参与人数", "3.5\t学雷锋义诊\t120", "3.12\t植树活动\t45", "合计：165人次"),
    has("165") + lacks("合计："), "a 合计： foot line: said, colon gone")
add("FL03", "control", "table", T("日期\t内容\t参与人数", "3.5\t学雷锋义诊\t120", "3.12\t植树活动\t45", "复核：经逐户核对，实际参与人数为160人次"),
    has("160"), "a 复核： line that corrects the figure (160 not 165) is a fact: kept (D)", "D")
add("FL04", "control", "table", T("序号\t审核事项\t数量\t备注", "1\t低保复核\t46\t", "2\t高龄补贴审核\t120\t"),
    has("低保复核", "46", "120"), "审核 in a row's content (审核事项 column): rows kept")

# ================= CA. captions.py (rewritten) =================
add("CA01", "control", "edit", "图1、图2为改造前后对比，共改造楼道12个", has("12个") + rx("图1、图2|图1和图2"), "a sentence about figures: no label to strip")
add("CA02", "probe", "edit", "图3：消防安全检查现场，发现隐患3处", has("消防安全检查", "3处") + lacks("图3", "现场"), "an inspection's scene: the inspection, the count kept")
add("CA03", "probe", "edit", "图2：12月3日座谈会现场（摄影：周宁），18名居民代表参加", has("18名", "座谈会") + lacks("周宁", "图2", "摄影"),
    "a meeting's scene with a credit in the middle: the meeting and 18名 kept, the photographer gone")
add("CA04", "control", "edit", "图5：火灾逃生演练现场，参演居民60人", has("火灾逃生演练", "60人") + lacks("图5"),
    "a fire drill is an activity held (火灾 in its name): the drill and 60人 kept")
add("CA05", "control", "edit", "照片3、4为志愿者入户照片", has("志愿者入户") + rx("照片3、4|照片3和4|照片3至4"), "照片3、4 names two photos: no label stripped leaving 4为…")
add("CA06", "control", "edit", "图1.2026年工作示意", lacks("开展"), "a figure numbered with a dot then a year: no activity made (D)", "D")
add("CA07", "control", "edit", "图 2  积水点位分布示意", has("积水点位分布") + lacks("开展"), "a map's caption: no 开展")

# ================= SV. survey.py (a count column needed; fractions) =================
SURVEY_HEAD = "题目\t选项\t人数\t占比"
add("SV01", "control", "table", T(SURVEY_HEAD, "1、您对助餐服务是否满意\t满意\t160\t86.0", "\t基本满意\t25\t13.4", "\t不满意\t1\t0.5"),
    has("0.5%", "86.0%") + lacks("占比0.5"), "bare percents, one below 1 (0.5 of 100): 0.5%, as its column says, not a fraction (half)")
add("SV02", "control", "table", T("题目\t选项\t占比", "1、您对助餐服务是否满意\t满意\t86%", "\t基本满意\t13%", "\t不满意\t1%"),
    has("86%", "13%", "1%", "满意"), "a survey with shares but no count column: no survey reading, but every share kept")
add("SV03", "control", "table", T(SURVEY_HEAD, "1、您对保洁服务是否满意\t满意\t186\t1", "\t不满意\t0\t0"),
    lacks("占比1，", "占1%") + has("186"), "a share of 1 as a fraction (all chose it): not 1% (D)", "D")
add("SV04", "control", "table", T("题目\t选项\t票数", "1、您支持加装电梯吗\t支持\t58", "\t不支持\t4"), has("58", "4", "支持"),
    "a vote (票数): a survey, counts kept")

# ================= CR. corrections.py: a note that an earlier report was wrong =================
add("CR01", "probe", "edit", "核查灭火器1152具（8月月报误报为1125具，以本次核对数为准），更换过期灭火器36具",
    has("1152具", "36具") + lacks("1125"), "the stale figure goes, the checked one stays")
add("CR02", "control", "edit", "重新核对辖区灭火器数量（原报为1125具，经逐一核对实为1152具，以本次为准）",
    has("1152"), "the only checked figure is inside the bracket: it must stay")
add("CR03", "control", "edit", "核查灭火器1152具（上月误报为1125具，已更正，新增42具）", has("1152具", "42具"),
    "a new fact after 已更正 in the same bracket (新增42具): kept")
add("CR04", "control", "edit", "完成房屋信息更正3户（原登记为商业用房，已更正为住宅）", has("3户") + rx("住宅|商业用房"),
    "the correcting is the work: what was corrected (商业用房→住宅) stays (D)", "D")
add("CR05", "control", "edit", "更正上报数据1处（8月月报误报为1125具，以本次核对数1152具为准）", has("1152"),
    "the checked figure named only in the note: kept")
add("CR06", "control", "edit", "接报火警5起（其中2起系厨房油烟误报为火情，已更正报警器位置）", has("5起") + rx("2起"),
    "误报 of an alarm (a false alarm), not of a report: the 2起 stays")
add("CR07", "control", "edit", "处置烟感误报警12次，均已复位", has("12次", "误报警"), "误报 with no bracket: untouched")

# ================= PV. privacy =================
add("PV01", "probe", "edit", "帮助王德福家禽舍加固，发放消毒药品2箱", lacks("王德福") + has("2箱"), "a named household's poultry shed: the name goes")
add("PV02", "probe", "edit", "协助刘桂兰家畜圈清淤，出动人员6人", lacks("刘桂兰") + has("6人"), "a named household's livestock pen: the name goes")
add("PV03", "control", "edit", "引导农户家畜集中养殖，签订承诺书120份", same("引导农户家畜集中养殖，签订承诺书120份"), "农户家畜: no one named, untouched")
add("PV04", "probe", "edit", "有位刘老奶奶独居多年，网格员每周上门2次", lacks("刘") + has("2次"), "有位 + a grandmother by surname")
add("PV05", "control", "edit", "有个别老奶奶不会用智能手机，已安排志愿者教学", has("个别") + lacks("一位老人"), "有个别 is 'a few', no surname: untouched")
add("PV06", "control", "edit", "还有一位高龄老奶奶需要上门服务", has("高龄") + lacks("一位老人需要"), "一位高龄老奶奶: 高 is no surname")

# ================= PE. PEOPLE counted with 个 → 名 =================
add("PE01", "control", "edit", "创建3个青年文明号", lacks("3名青年"), "青年文明号 is an honour, not people")
add("PE02", "control", "edit", "建成5个妇女微家", lacks("5名妇女"), "妇女微家 are places")
add("PE03", "control", "edit", "组建2个青年突击队", lacks("2名青年"), "青年突击队 are teams")
add("PE04", "control", "edit", "新设3个青年驿站", lacks("3名青年"), "青年驿站 are places")
add("PE05", "control", "edit", "商场门口摆了2个娃娃机，已劝导撤除", lacks("2名娃娃", "名孩子", "孩子机"), "娃娃机 are machines")
add("PE06", "probe", "edit", "来了30个青年参加招聘会", has("30名青年"), "30个青年 → 30名青年")
add("PE07", "probe", "edit", "20个妇女参加了编织培训", has("20名妇女"), "20个妇女 → 20名妇女")
add("PE08", "control", "edit", "建立3个妇女儿童维权站", lacks("3名妇女"), "维权站 are places")
add("PE09", "control", "edit", "分配了2个青年人才公寓", lacks("2名青年"), "公寓 are flats")
add("PE10", "control", "edit", "采购20个娃娃菜做团年饭", lacks("20名娃娃", "名孩子", "孩子菜"), "娃娃菜 is a vegetable")

# ================= CM. comments.py =================
add("CM01", "probe", "edit", "重阳节包饺子，老人们吃得安逸得很", same("重阳节包饺子"), "吃得安逸得很 is a reaction: goes")
add("CM02", "control", "edit", "开展防诈讲座，孩子们听得高兴，当场报名30人", has("30人", "防诈讲座"), "a reaction before a count: the count stays")
add("CM03", "probe", "edit", "上门修好水管，居民都说辛苦了，连声道谢", has("修好水管") + lacks("连声道谢"), "thanks after praise is praise too: goes (D)", "D")
add("CM04", "probe", "edit", "帮老人办好医保，老人说太感谢了，一个劲儿地握手", has("医保") + lacks("握手"), "handshakes after thanks go (D)", "D")
add("CM05", "control", "edit", "召开业主座谈会，业主说对物业服务不满意", has("不满意"), "a complaint ending on 满意 (不满意): kept")
add("CM06", "control", "edit", "走访空巢老人，老人说不放心，要求安装烟感报警器", has("烟感报警器"), "不放心 is a worry, its request kept")
add("CM07", "control", "edit", "老人们吃得香的菜品有12种，已纳入助餐菜单", has("12种"), "吃得香的菜品 names dishes: kept")

# ================= RG. register.toml: round 51's words and their other senses =================
add("RG01", "control", "edit", "防汛沙袋300袋全部储备起，随时可调用", lacks("储备用") + has("300袋"), "储备起 is not 备起 (D: rare)", "D")
add("RG02", "control", "edit", "每户轮到值日时清扫楼道", lacks("轮流值班日"), "轮到值日 (whose turn to clean) is no 轮到值")
add("RG03", "control", "edit", "老人们坐到一起摆龙门阵", lacks("协商龙门阵"), "摆龙门阵 is chatting, no negotiation")
add("RG04", "control", "edit", "每新搬来一户就拉个人进楼栋微信群", lacks("建立人进"), "拉个人进…群 is pulling a person in, not setting up a group")
add("RG05", "control", "edit", "锁链解不下来，联系消防破拆", lacks("不理解"), "解不下来 (cannot undo) is no 解不下 (not understand)")
add("RG06", "control", "edit", "规范沿街商户招牌牌匾46块", lacks("匾匾") + has("46块"), "招牌牌匾: 牌牌 spans two words")
add("RG07", "control", "edit", "张老汉老婆住院，帮其办理医保报销", lacks("老年群众"), "老汉老婆 here is the old man's wife, not 老年群众")
add("RG08", "control", "edit", "公开招聘女子巡防队员2名", lacks("嫁女儿") + has("2名"), "招聘女子 is hiring women, no marrying off")
add("RG09", "control", "edit", "保护村里的厝，修缮古民居3座", lacks("住户") + has("3座"), "厝 as houses protected: not 住户 (households) (D)", "D")
add("RG10", "control", "edit", "村里的后生女娃都外出打工了", lacks("女青年娃"), "后生女娃: no 女青年娃")
add("RG11", "control", "edit", "我们有去年结余的物资200件", has("我们有", "200件"), "我们有去年… (we have last year's…) keeps 有")
add("RG12", "control", "edit", "我们有上门服务队2支", has("有", "2支") + lacks("我们上门服务队"), "我们有上门服务队 keeps 有")
add("RG13", "control", "edit", "我们有再生资源回收点3个", has("有", "3个") + lacks("我们再生资源"), "我们有再生资源回收点 keeps 有")
add("RG14", "control", "edit", "我们有跟物业签订的服务协议", lacks("我们跟物业签订的服务协议", "我们与物业签订的服务协议"), "我们有跟物业签订的协议 (we have an agreement) keeps 有 (D)", "D")
add("RG15", "probe", "edit", "上个月我们有去过12户", has("12户") + lacks("有去"), "我们有去 (Taiwan/Fujian did go) → 我们去")
add("RG16", "control", "edit", "押金已完整返还给租户12户", lacks("修复") + has("12户"), "完整返还: 整返 spans two words")
add("RG17", "control", "edit", "调整返乡创业补贴标准", lacks("修复"), "调整返乡: 整返 spans two words")
add("RG18", "control", "edit", "夜间车辆滴喇叭扰民，已劝导", lacks("滴水"), "滴喇叭 (honking) is no dripping (D)", "D")
add("RG19", "control", "edit", "那个年代的老物件征集了80件", has("那个年代", "80件"), "那个 as a determiner: untouched")
add("RG20", "probe", "edit", "那个，今年走访了120户", has("120户") + lacks("那个"), "a leading 那个， filler goes")
add("RG21", "control", "edit", "那个小区的路灯已全部修好，共更换18盏", has("那个小区", "18盏"), "那个小区 (that estate) is a determiner: kept (no separator)")
add("RG22", "control", "edit", "把闲置地改造成个夏天纳凉点", lacks("改造整个"), "改造成个 (turned into a) is no 成个夏天 (D)", "D")
add("RG23", "probe", "edit", "成个夏天都在巡河，共巡查60次", has("整个夏天", "60次"), "成个夏天 → 整个夏天")
add("RG24", "control", "edit", "统计物资有够多少户用", lacks("十分多少"), "有够多少 asks how many it suffices for (D)", "D")
add("RG25", "probe", "edit", "来的人有够多，活动室站不下", rx("十分多|较多") + lacks("有够"), "有够多 → 十分多")
add("RG26", "control", "edit", "确保物资有够，另外多备了20箱", has("20箱"), "有够 alone (enough): untouched apart from the copy-edit")
add("RG27", "probe", "edit", "老汉老婆们可爱听了", has("老年群众", "十分爱听"), "老汉老婆们, 可爱听了")
add("RG28", "probe", "edit", "法团话要加装闭路电视8个", has("表示", "8个"), "法团话要 → 法团表示要")
add("RG29", "control", "edit", "帮舞蹈队拉话筒线", lacks("交流筒"), "拉话筒线 is no 拉话 (D)", "D")
add("RG30", "control", "edit", "今年投诉比去年少好多", has("少得多") , "少好多 (much fewer): the old rule said 少得多; its look-behind now leaves it spoken (D)", "D")
add("RG31", "control", "edit", "路灯有麻达的5处已全部修复", lacks("麻达") + has("5处"), "麻达的 (faulty ones) is still 有问题的 (D)", "D")
add("RG32", "control", "edit", "婆姨们组建了秧歌队，队员28人", has("28人") + lacks("婆姨"), "婆姨 opening the item → 媳妇/妇女")
add("RG33", "control", "edit", "青年路3号楼电梯已修好", has("青年路3号楼"), "青年路: no person")
add("RG34", "control", "edit", "妇女之家开展活动12场", has("妇女之家", "12场"), "妇女之家 stays")
add("RG35", "control", "edit", "新厝村完成改厕46户", has("新厝村", "46户"), "厝 in a village name: untouched")
add("RG36", "probe", "edit", "有2个娃儿在河边玩水，网格员及时劝离", has("2名孩子") + lacks("娃儿"), "娃儿 → 孩子, counted with 名")
add("RG37", "control", "edit", "组织少年仔队开展禁毒宣传", lacks("青年队") , "少年仔队 is a team's name? (D: 少年仔 → 青年 inside a name)", "D")

# ================= SO. short_office (two characters before 市/区/县) =================
def OK(*xs): return [("in", list(xs))]
add("SO01", "control", "short", "江南水乡花园社区居民委员会", OK("江南水乡花园社区居民委员会", "江南水乡花园社区"), "江南水乡花园 is one estate's name: not a township 江南水乡 (→ 花园社区)")
add("SO02", "control", "short", "新城市花园社区居民委员会", OK("新城市花园社区居民委员会", "新城市花园社区"), "新城市花园 is the name: not a city 新城 (→ 花园社区)")
add("SO03", "control", "short", "老矿区新村社区居民委员会", OK("老矿区新村社区居民委员会", "老矿区新村社区"), "老矿区新村 is one name (→ 新村社区)")
add("SO04", "control", "short", "美丽乡村花园社区居民委员会", OK("美丽乡村花园社区居民委员会", "美丽乡村花园社区"), "美丽乡村 is no township 美丽乡 (→ 村花园社区)")
add("SO05", "control", "short", "江南古镇花园社区居民委员会", OK("江南古镇花园社区居民委员会", "江南古镇花园社区"), "江南古镇花园 is an estate, no town (→ 花园社区)")
add("SO06", "probe", "short", "泾县桃花潭镇查济村村民委员会", same("查济村"), "a one-character county, a town, a village")
add("SO07", "probe", "short", "铜陵市郊区铜山镇东湖社区居民委员会", same("东湖社区"), "a district called 郊区 (one character before 区)")
add("SO08", "probe", "short", "沛县汉兴街道汉源社区居民委员会", same("汉源社区"), "沛县 (one character): the whole place still goes")
add("SO09", "control", "short", "新都市广场社区居民委员会", OK("新都市广场社区居民委员会", "新都市广场社区"), "新都市广场 is the name: not a city 新都 (→ 广场社区)")
add("SO10", "probe", "short", "歙县徽城镇问政社区居民委员会", same("问政社区"), "歙县 (one character)")
add("SO11", "probe", "short", "重庆市渝中区解放碑街道民族路社区居民委员会", same("民族路社区"), "city, district, street office, community")
add("SO12", "control", "short", "东城区花园社区居民委员会", OK("花园社区", "东城区花园社区居民委员会", "东城区花园社区"), "a real district before the community: 花园社区 is right here (control of the place rule)")

# ================= CK. the checker: a group's messages, a listed plans paragraph, the new headings =================
def doc(plans_head="三、下一步工作计划", plans="一是继续做好为老服务。二是加强安全巡查。", closing="我们将再接再厉，为建设幸福社区作出新的贡献。",
        sign_date="2025年12月6日", body="走访困难群众120户，发放慰问金3.6万元。", office="阳光社区居民委员会", head=None):
    parts = (head or ["阳光社区2025年工作总结", "", "2025年，阳光社区在街道党工委的领导下，扎实开展各项工作，现将全年工作总结如下：", ""]) + [
             "一、主要工作", "", body, "", "二、存在问题", "", "部分小区设施老化，居民参与度不高。", "", plans_head, "", plans, ""]
    if closing:
        parts += [closing, ""]
    parts += [office, sign_date]
    return "\n".join(parts) + "\n"

def lineof(text, s):
    return next(n for n, l in enumerate(text.split("\n"), 1) if s in l)

CK1 = doc(closing="", plans="明年将继续做好为老服务和安全巡查工作。我们坚信，在街道党工委的坚强领导下，阳光社区的明天一定会更加美好！")
add("CK01", "control", "check", CK1, [("sec", "closing", True), ("nofinding_text", "missing-closing", "")],
    "a plans paragraph whose last sentence really is the closing (…明天一定会更加美好！): the closing is found, no missing-closing")
CK2 = doc(closing="", plans="一是继续做好为老服务。二是加强安全巡查。以上报告，请予审阅。")
add("CK02", "control", "check", CK2, [("sec", "plans", True), ("sec", "closing", True)],
    "listed plans then 以上报告，请予审阅 (a form closing) in the same paragraph: plans found and the closing too (D)", "D")
CK3 = doc(closing="", plans_head="三、二季度努力方向", plans="一是补充网格员2名。二是每月开展1场青年活动。我们将不辜负街道党工委和居民的期望。")
add("CK03", "probe", "check", CK3, [("sec", "plans", True), ("nofinding_text", "empty-section", "努力方向")],
    "二季度努力方向 over listed plans ending on a resolve: plans found, heading not empty")
CK4 = "\n".join(["刘敏 2026/3/30 17:02", "一季度以来，社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
                 "走访困难家庭31户", "开展元宵活动1场", "二、存在问题", "一是人手紧。", "三、下步打算", "一是补充网格员。", "湖畔社区居民委员会", "2026年4月2日"]) + "\n"
add("CK04", "control", "check", CK4, [("sec", "work", True), ("secline", "work", 3), ("nofinding_text", "empty-section", "主要工作")],
    "a summary copied from a group with no title: its first lines are the opening and the work, not a cover note set aside")
CK5 = "\n".join(["刘敏 2026/3/30 17:02", "张书记，一季度小结我先发群里，您看看有没有要改的。", "刘敏 2026/3/30 17:03",
                 "湖畔社区2026年第一季度工作小结", "一季度，社区主要围绕春节安全开展工作。现简要总结如下：", "一、主要工作", "走访困难家庭31户。",
                 "二、存在问题", "一是人手紧。", "三、下步打算", "一是补充网格员。"]) + "\n"
add("CK05", "probe", "check", CK5, [("sec", "title", True), ("secline", "title", 4)], "the test's shape: the title under the cover note")
CK6 = CK5.replace("刘敏 2026/3/30 17:02", "周晓燕 2025-12-29 16:05:33").replace("刘敏 2026/3/30 17:03", "周晓燕 2025-12-29 16:05:40")
add("CK06", "probe", "check", CK6, [("sec", "title", True), ("secline", "title", 4)], "stamps with dashes and seconds")
CK7 = "\n".join(["刘敏 2026/3/30 17:02", "各位领导：", "一季度以来，社区在街道党工委领导下扎实开展各项工作，现总结如下：", "一、主要工作",
                 "走访困难家庭31户。", "二、存在问题", "一是人手紧。", "三、下步打算", "一是补充网格员。"]) + "\n"
add("CK07", "control", "check", CK7, [("sec", "work", True), ("secline", "work", 4)], "a salutation after the stamp, no title: the parts as they stand")
CK8 = "\n".join(["刘敏 2026/3/30 17:02", "张书记，一季度小结发您。", "开展元宵活动1场", "走访困难家庭31户", "一、存在问题", "一是人手紧。"]) + "\n"
add("CK08", "control", "check", CK8, [("nofinding_text", "missing-work", ""), ("sec", "work", True)],
    "a short text after a cover note: its first item (开展元宵活动1场) is no title; the work is found (D: a scrappy text)", "D")
CK9 = doc(plans_head="四、下季度努力方向", closing="")
add("CK09", "probe", "check", CK9, [("sec", "plans", True)], "下季度努力方向 heads the plans (D: the rule names only numbered quarters)", "D")
CK10 = doc(closing="", plans="一是继续做好为老服务。二是加强安全巡查。特此报告。")
add("CK10", "control", "check", CK10, [("sec", "plans", True), ("sec", "closing", True)], "listed plans then 特此报告。 in the paragraph: plans and a closing")
CK11 = doc(closing="我们将不辜负街道党工委和居民的期望。", plans="一是继续做好为老服务。二是加强安全巡查。")
add("CK11", "control", "check", CK11, [("sec", "plans", True), ("sec", "closing", True), ("secline", "closing", lineof(CK11, "不辜负"))],
    "the closing a paragraph of its own after listed plans: both found, as before")
CK12 = doc(closing="", plans_head="三、下一步工作打算", plans="我们将认真总结经验，查找不足。新的一年，我们将继续在街道党工委的领导下，为建设幸福社区作出新的贡献！")
add("CK12", "control", "check", CK12, [("sec", "closing", True)],
    "the plans heading over a paragraph that is all closing words (two sentences): the closing is still found (D: no plans written)", "D")

# ================= FM. formats.py =================
add("FM01", "control", "parse", "work:\n  走访:\n    -\t第一网格\t12\n    - 走访31户\n", [("no_exception",)] + [("re", "第一网格|制表符")],
    "a tab right after the dash: read, or refused with a message; no crash")
add("FM02", "control", "parse", "work:\n  走访:\n    - |\n      日期\t网格\t户数\n      3.4\t二网格\t31\n    - 3.18\t五网格\t27\n",
    same({"work": {"走访": ["日期\t网格\t户数\n3.4\t二网格\t31\n", "3.18\t五网格\t27"]}}), "a block item holds the tabs as written; the tabbed item after it read")
add("FM03", "control", "parse", "work:\n  宣传:\n    - 发布推文\t阅读量1200\t#文明城市#话题\n", has("1200", "文明城市"),
    "a hashtag cell after a tab (no space before #): the cell kept")
add("FM04", "control", "parse", "work:\n  备注: >\n    时间\t地点\n  走访:\n    - 3.4\t二网格\n", [("path_eq", ["work", "走访"], ["3.4\t二网格"])],
    "a folded block then a tabbed item at the key's indent: the block ends, the item is read")

# ================= G. whole drafts =================
def facts(work: dict, results=None, problems=None, plans=None, kind="社区", community="阳光社区居民委员会", superiors=None):
    import yaml
    d = dict(community=community, period="2026年", topic="综合", kind=kind, superiors=superiors or ["城关街道办事处"], work=work,
             results=results or ["居民满意度95%"], problems=problems or ["个别小区问题反复"], plans=plans or ["继续做好各项工作"],
             author=community, date="2026年12月6日")
    return yaml.safe_dump(d, allow_unicode=True, sort_keys=False)

def opening_of(text):  # the first paragraph after the title
    paras = [p for p in text.split("\n\n") if p.strip()]
    return paras[1] if len(paras) > 1 else text

add("G01", "probe", "cli", facts({"12345热线": [T(HOT, "HL20251101003\t2025/11/1 8:47\t小区路灯不亮\t已协调物业修复\t满意\t丁宁",
                                              "HL20251105011\t2025/11/5 14:20\t楼道堆放杂物\t已清理\t基本满意\t韩松",
                                              "合计\t2件\t\t\t满意1件，基本满意1件\t")]}),
    has("路灯", "杂物", "满意1件") + lacks("HL2025", "丁宁", "韩松", "8:47", "工单号"), "a hotline ledger pasted as one item in a draft")
add("G02", "probe", "cli", facts({"志愿服务": ["序号 姓名 所属分队 服务次数 服务时长（小时） 积分", "1 张桂兰 助老服务队 96 288.5 2885",
                                            "2 李明 环保服务队 12 36 360", "合计 2人 108 324.5 3245"]}),
    has("108", "324.5") + lacks("张桂兰", "李明", "张某"), "a roster typed with single spaces in a draft: total only")
add("G03", "control", "cli", facts({"养老服务": [T("服务项目\t服务人次\t满意度", "助餐服务\t3600\t98%", "上门护理\t420\t96.5%", "合计\t4020\t")]}),
    has("3600", "98%", "96.5%"), "a project table's 满意度 in a draft: kept")
add("G04", "control", "cli", facts({"为老服务": ["我们有上门服务队2支，全年上门服务360人次", "建成5个妇女微家，开展活动40场"]}),
    has("2支", "360人次", "5个妇女微家") + lacks("5名妇女"), "我们有… and 妇女微家 in a draft")
add("G05", "control", "cli", facts({"消防安全": ["重新核对辖区灭火器数量（原报为1125具，经逐一核对实为1152具，以本次为准）", "更换过期灭火器36具"]}),
    has("1152", "36具"), "the checked figure inside the bracket survives the draft")
add("G06", "control", "cli", facts({"民生服务": ["走访困难群众120户"]}, community="江南水乡花园社区居民委员会"),
    [("opening_relacks", r"(?<!江南水乡)花园社区")], "江南水乡花园社区 must not be called 花园社区 in the opening")
add("G07", "control", "cli", facts({"入户走访": [T(VISIT, "3.4\t第二网格\t31\t未发现异常，已宣传防诈知识\t/", SECOND)]}),
    has("31户", "27户") + lacks("发现未发现"), "nothing-found wording with an action in a draft")


# ================= X. added after the first run (expectations written before this second run) =================
add("HL13", "probe", "table", T("工单编号\t受理时间\t诉求内容\t办理结果", "A001\t2025-11-01 08:47:12\t咨询高龄津贴申领\t已电话解答",
                              "A002\t2025-11-02 16:03:40\t反映垃圾清运不及时\t已督促环卫"),
    has("11月1日", "11月2日") + lacks("2025-11-01", "2025-11-02"), "an Excel ISO stamp read as a day is said as a day (2025年11月1日), not left 2025-11-01")
add("HL14", "control", "table", T("受理时间\t诉求内容\t办理结果\t承办人", "2025/11/1 8:47\t路灯不亮\t已修复\t区城管局", "2025/11/3 9:10\t占道经营\t已劝离\t区城管局"),
    lacks("区城管局居民反映", "区城管局居民") + has("区城管局", "路灯不亮"),
    "a 承办人 body said as who acted (居民反映…，区城管局已修复), not glued before 居民反映 (the bureau's residents)")
add("HL15", "control", "table", T("工单号\t受理时间\t诉求内容\t办理结果\t回访满意度", "GD01\t2025/11/1 8:47\t路灯不亮\t已修复\t满意",
                                  "GD02\t2025/11/3 9:10\t噪音扰民\t已协调\t不满意", "合计\t2件\t\t\t满意1件，不满意1件"),
    has("不满意1件", "合计2件"), "the clerk's 合计 says 1 unsatisfied: said once, as written")
add("G08", "control", "cli", facts({"高龄补贴": [T("姓名\t年龄\t高龄补贴（元）", "王桂英\t86\t1200", "刘德福\t91\t1200", "合计\t2400")]}),
    lacks("年龄2400", "王桂英", "刘德福") + has("2400"), "RO05 in a whole draft: the allowance never said as an age, no names")
add("G09", "control", "cli", facts({"走访服务": ["姓名 性别 年龄 住址 联系电话", "1 王桂英 女 86 幸福路3号 13800001111", "2 刘德福 男 91 河滨路8号 13900002222"]}),
    lacks("王桂英", "刘德福", "13800001111", "13900002222", "幸福路3号"), "a residents' list typed with single spaces in a draft: no names, phones or addresses")
add("G10", "control", "cli", facts({"志愿服务": ["序号 姓名 服务次数 服务时长（小时） 积分", "1 张桂兰 96 288.5 2885", "2 李明 12 36 360",
                                             "合计 108 324.5 3245", "另有12名新注册志愿者尚未参加服务"]}),
    has("12名", "108次", "324.5小时") + lacks("324.5次"), "SP09 in a whole draft: the fact after the total kept, each figure with its own unit")
add("G11", "control", "cli", facts({"环境整治": ["序号 点位 存在问题 整改情况", "1 幸福路 3号楼 楼道堆物 已清理", "2 河滨路 占道经营 已劝离"]}),
    has("楼道堆物", "已清理", "已劝离"), "SP08 in a whole draft: the action 已清理 kept")
add("G12", "control", "cli", facts({"民生服务": ["采购20个娃娃菜做团年饭，慰问困难户20户", "创建3个青年文明号"]}),
    lacks("20名", "孩子菜", "3名青年") + has("20户"), "娃娃菜 and 青年文明号 in a whole draft")
add("RG38", "control", "edit", "给幼儿园送去20个布娃娃", lacks("20名", "布孩子"), "布娃娃 are dolls")
add("RG39", "control", "edit", "组织亲子活动，12个娃娃和家长一起做手工", has("12名") , "12个娃娃 (toddlers) → 12名 is right here (control of the rule working)")
add("PE11", "control", "edit", "表彰3个三八红旗手和2个青年岗位能手", lacks("2名青年岗位") , "青年岗位能手 are people honoured: 名 is arguable; the control is that 青年岗位 is not split (D)", "D")

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
    "HL11": "passed on has(区城管局) while the output glued the body before 居民反映; now also lacks 区城管局居民反映",
    "SP05": "passed on the substrings while the items became nonsense (120人次人, 每次活动的1); now lacks those",
    "SP11": "the prose said no header cell glued as a label; output 四落实党员 now caught",
    "VL09": "the prose said the clerk's unit kept, not made 户; output 31人户 now caught",
    "PE05": "娃娃机 became 孩子机 with 名, escaping lacks(2名娃娃); now caught",
    "PE10": "娃娃菜 became 孩子菜 with 名; now caught",
    "RG14": "有 dropped while 跟 became 与, escaping the check; now caught",
    "RG25": "too strict: 有够多 became 较多 by a later rule, which is right; loosened",
}

OVERRIDE = {
    "RO02": "regression (base kept 320/85/140 but mangled the kinds as 独某/残某; head collapses to the total and loses every kind's figure)",
    "RO03": "regression (base kept 46/138000… with the kinds mangled; head keeps only the total)",
    "RO05": "regression (base printed the rows, ages included, and dropped the total; head states a false fact: 合计年龄2400)",
    "RO06": "regression (base kept the honour; head drops it with the rows)",
    "RO08": "regression (base printed the rows; head states 合计年龄7，服务20次: services read as age, hours as services)",
    "SP06": "regression (base left the typed lines, name and all; head says 合计服务时长3245小时: the points read as hours, 108次 and 324.5小时 lost)",
    "G08": "regression (as RO05, in a draft: 高龄补贴。合计年龄2400。)",
    "G10": "regression (as SP09, in a draft: 合计服务324.5次，服务时长3245另有12名…小时)",
    "RG10": "regression in wording only (base was wrong too: 年轻人女娃; head: 女青年娃)",
    "HL04": "pre-existing, new wording (base: 居民反映来电人反映…; head: 居民来电人反映…)",
    "HL13": "pre-existing, new wording (base printed the raw stamp; head strips the clock but leaves 2025-11-01)",
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
        if r["fn"] == "cli" and isinstance(hh, str) and not hh.startswith("ERROR"): hh = "[draft] " + opening_of(hh)[:150]
        print(f"{r['id']} {r['kind']:7} {r['origin']:12}{' D' if r['debatable'] else ''} head={json.dumps(hh, ensure_ascii=False)[:400]}")
        bb = r["base"]
        if r["fn"] == "cli" and isinstance(bb, str) and not bb.startswith("ERROR"): bb = "[draft] " + opening_of(bb)[:150]
        print(f"      base={json.dumps(bb, ensure_ascii=False)[:400]}")

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        worker(sys.argv[2])
    else:
        main()
