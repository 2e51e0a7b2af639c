#!/usr/bin/env python3
"""生成 tests/data/folders/jiedao_year/ 下的测试材料：
云溪街道办事处 2025年全年（简体）。

只用 python-docx、openpyxl 和标准库；不用随机数、不读当前日期。
.docx/.xlsx 保存后把 zip 内每个条目的时间戳和 docProps/core.xml 的创建/修改时间改成固定值，
所以重复运行得到的文件逐字节相同。expected.yaml 不由本脚本生成（手写）。

本套材料的新版式：
- 各科室报送材料整篇放在一个单格“外框”表格里，活动表嵌套在这个单元格内；
- 台账工作簿按季度分四个工作表，“合计”行是 SUM 公式，并带有 Excel 保存时的公式结果（<v> 缓存值）；
- 10月月报是记事本“Unicode”（UTF-16 LE 带 BOM、CRLF）文本；
- 11月月报的“一、”“（一）”“1.”全部是 Word 自动编号（标题样式关联多级列表），正文里没有手打编号；
- QQ 群导出格式（`2025-11-03 09:12:45 名字(QQ号)` 一行，下一行是消息）；
- 系统导出 CSV：GBK、CRLF，四位以上数字带千分位并加引号；
- Markdown 笔记（## 标题、- 列表、**加粗**）。

用法：python make_jiedao.py            # 在本脚本所在目录下重建材料
"""

import csv
import datetime as dt
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = os.path.dirname(os.path.abspath(__file__))

UNIT = "云溪街道办事处"
PHONE_DZB = "0591-87316288"  # 党政办
PHONE_SWK = "0591-87316205"  # 社会事务科

COMMUNITIES = ["溪口社区", "望江社区", "桃源社区", "新桥社区", "梅林社区", "石塘社区"]


# ---------------------------------------------------------------- 通用工具


def fix_zip(path, when, patch=None):
    """zip 条目时间统一为 when，条目顺序不变；core.xml 的 created/modified 也改为 when。
    patch(name, bytes) -> bytes 可以在重写时再改某个条目。"""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                    lambda m: m.group(1) + stamp + m.group(2),
                    text,
                )
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(<)", lambda m: m.group(1) + stamp + m.group(2), text)
                data = text.encode("utf-8")
            if patch is not None:
                data = patch(name, data)
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def east_asia_font(style, name, size=None, bold=None):
    style.font.name = name
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def new_doc(author, when):
    d = Document()
    east_asia_font(d.styles["Normal"], "仿宋_GB2312", 16)
    east_asia_font(d.styles["Title"], "方正小标宋简体", 22, False)
    east_asia_font(d.styles["Heading 1"], "黑体", 16, False)
    east_asia_font(d.styles["Heading 2"], "楷体_GB2312", 16, True)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    return d


def centered(container, text, size=20, bold=True):
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def body(container, text, indent=True, size=None):
    p = container.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32 if size is None else size * 2)
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    return p


def bold_line(container, text, size=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def save_doc(d, name, when):
    path = os.path.join(OUT, name)
    d.save(path)
    fix_zip(path, when)


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ================================================================ 1. 社会事务科年度报送材料（整篇在一个单格外框表格里，活动表嵌套在格内）

ACTIVITIES = [
    ("1月20日", "“迎新春 送万福”写春联活动", 85),
    ("3月5日", "学雷锋志愿服务集中行动", 120),
    ("6月1日", "“童心向党”六一游园会", 260),
    ("10月29日", "重阳节“百岁宴”集中祝寿", 156),
    ("12月21日", "“冬至暖心”包饺子活动", 98),
]


def frame_report():
    when = dt.datetime(2025, 12, 26, 16, 20)
    d = new_doc("陈慧敏", when)
    frame = d.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    cell = frame.cell(0, 0)
    cell.text = ""
    first = cell.paragraphs[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = first.add_run("云溪街道各科室2025年度工作总结报送材料")
    r.bold = True
    r.font.size = Pt(18)
    body(cell, "报送科室：社会事务科　　　报送时间：2025年12月26日", indent=False, size=12)
    body(cell, "科室负责人：陈慧敏　　　联系电话：" + PHONE_SWK, indent=False, size=12)
    bold_line(cell, "一、社会救助兜底保障", size=14)
    body(
        cell,
        "全年发放城乡低保金386.4万元，月均保障低保对象1,126人；实施临时救助93人次，发放临时救助金41.7万元。",
        size=14,
    )
    body(cell, "12月开展“冬季送温暖”活动，走访慰问困难家庭412户，发放慰问金及物资折合20.6万元。", size=14)
    bold_line(cell, "二、养老服务", size=14)
    body(cell, "全年新建社区嵌入式养老服务站2个（梅林社区、石塘社区）。", size=14)
    body(
        cell,
        "为辖区80岁以上老人按月发放高龄津贴，全年惠及2,315人；长者食堂全年助餐4.3万人次，其中送餐上门6,870人次。",
        size=14,
    )
    bold_line(cell, "三、社会保障", size=14)
    body(cell, "做好2026年度城乡居民医保参保续费工作，截至12月25日续费完成率97.6%。", size=14)
    bold_line(cell, "四、主题活动", size=14)
    total = sum(a[2] for a in ACTIVITIES)
    body(cell, "全年牵头组织大型主题活动%d场，参加群众共%d人次，具体如下：" % (len(ACTIVITIES), total), size=14)
    inner = cell.add_table(rows=len(ACTIVITIES) + 1, cols=3)
    inner.style = "Table Grid"
    rows = [["日期", "活动", "参加人数"]] + [[a, b, "%d人" % c] for a, b, c in ACTIVITIES]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = inner.cell(i, j)
            c.text = ""
            par = c.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = par.add_run(val)
            run.font.size = Pt(11)
            run.bold = i == 0
    bold_line(cell, "五、存在问题和下一步打算", size=14)
    body(
        cell,
        "一是助餐服务覆盖面还不够广，部分老旧小区老人就餐不便；二是困难群众动态管理还需加强。"
        "2026年将重点推进长者食堂扩面，力争新增助餐点3个。",
        size=14,
    )
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("社会事务科（盖章）").font.size = Pt(14)
    save_doc(d, "社会事务科2025年度工作总结报送材料.docx", when)


# ================================================================ 2. 市容环境秩序整治台账（每季度一个工作表；合计行是公式＋缓存结果）

# 社区, 劝导占道经营（起）, 清理乱堆乱放（处）, 拆除违法建设（平方米）, 备注
LEDGER = {
    "一季度": [
        (46, 34, 120, ""),
        (38, 27, 65, ""),
        (25, 18, 85, ""),
        (52, 41, 310, "拆除5号楼楼顶违建"),
        (19, 15, 40, ""),
        (31, 22, 60, ""),
    ],
    "二季度": [
        (58, 29, 210, ""),
        (44, 33, 95, "滨江路沿街店铺外摆整治"),
        (30, 21, 72, ""),
        (61, 47, 420, ""),
        (24, 12, 48, ""),
        (35, 26, 130, ""),
    ],
    "三季度": [
        (63, 31, 150, ""),
        (49, 25, 110, "滨江路夜市整治"),
        (28, 19, 66, ""),
        (70, 44, 260, ""),
        (27, 17, 54, ""),
        (40, 23, 90, ""),
    ],
    "四季度": [
        (41, 28, 95, ""),
        (36, 22, 80, ""),
        (22, 14, 45, ""),
        (48, 35, 185, "配合老旧小区改造拆除"),
        (17, 11, 30, ""),
        (29, 20, 75, ""),
    ],
}

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def ledger_xlsx():
    when = dt.datetime(2025, 12, 31, 11, 5)
    wb = Workbook()
    cached = {}  # (sheet file, cell ref) -> 缓存值
    for idx, (quarter, rows) in enumerate(LEDGER.items()):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = quarter
        ws.merge_cells("A1:E1")
        ws["A1"] = "云溪街道2025年%s市容环境秩序整治台账" % quarter
        ws["A1"].font = Font(name="黑体", size=14, bold=True)
        ws["A1"].alignment = CENTER
        ws.row_dimensions[1].height = 28
        for j, h in enumerate(
            ["社区", "劝导占道经营（起）", "清理乱堆乱放（处）", "拆除违法建设（平方米）", "备注"], 1
        ):
            c = ws.cell(2, j, h)
            c.font = Font(name="宋体", size=11, bold=True)
        r = 3
        for name, (a, b, c, note) in zip(COMMUNITIES, rows):
            ws.cell(r, 1, name)
            ws.cell(r, 2, a)
            ws.cell(r, 3, b)
            ws.cell(r, 4, c)
            ws.cell(r, 5, note or None)
            r += 1
        ws.cell(r, 1, "合计")
        for j, col in enumerate("BCD"):
            ref = "%s%d" % (col, r)
            ws[ref] = "=SUM(%s3:%s%d)" % (col, col, r - 1)
            cached[("xl/worksheets/sheet%d.xml" % (idx + 1), ref)] = sum(x[j] for x in rows)
        for col in range(1, 6):
            ws.cell(r, col).font = Font(bold=True)
        for row in ws.iter_rows(min_row=2, max_row=r, max_col=5):
            for cell in row:
                cell.border = BOX
                cell.alignment = CENTER
        if quarter == "四季度":
            ws.cell(r + 2, 1, "填表人：何建军　　审核：韩立新　　填报日期：2025年12月31日")
        for col, w in zip("ABCDE", (12, 16, 16, 20, 24)):
            ws.column_dimensions[col].width = w
    wb.properties.creator = "何建军"
    wb.properties.lastModifiedBy = "何建军"
    wb.properties.created = when
    wb.properties.modified = when
    name = "2025年市容环境秩序整治台账.xlsx"
    path = os.path.join(OUT, name)
    wb.save(path)

    def patch(entry, data):
        """给公式单元格写上 Excel 保存时会有的计算结果（<v> 缓存值）。"""
        refs = {ref: v for (sheet, ref), v in cached.items() if sheet == entry}
        if not refs:
            return data
        text = data.decode("utf-8")
        for ref, v in refs.items():
            text, n = re.subn(
                r'(<c r="%s"[^>]*><f>[^<]*</f>)<v\s*/?>(?:</v>)?' % ref,
                lambda m, v=v: m.group(1) + "<v>%d</v>" % v,
                text,
            )
            assert n == 1, (entry, ref)
        return text.encode("utf-8")

    fix_zip(path, when, patch)


# ================================================================ 3. 党工委年度工作总结会议纪要


def minutes():
    when = dt.datetime(2025, 12, 30, 10, 15)
    d = new_doc("孙晓雯", when)
    centered(d, "中共云溪街道工作委员会")
    centered(d, "2025年度工作总结会议纪要", size=18)
    for t in (
        "会议时间：2025年12月29日上午9:00",
        "会议地点：街道办事处三楼会议室",
        "主持人：周国栋",
        "出席：党工委委员、办事处领导班子成员，应到15人，实到13人（韩梅、林志强请假）",
        "列席：各科室负责人、各社区党组织书记",
        "记录：孙晓雯",
    ):
        body(d, t, indent=False)
    bold_line(d, "会议议题")
    body(d, "一、听取办事处2025年工作情况通报；")
    body(d, "二、研究部署2026年重点工作。")
    bold_line(d, "会议内容")
    body(d, "韩立新同志代表办事处通报了2025年全年工作情况：")
    body(
        d,
        "（一）平安建设。全年组织网格员和社区干部入户走访12,486户，排查各类安全隐患1,032处，已整改986处，整改率95.5%。",
    )
    body(d, "（二）城市管理。深入开展市容环境秩序整治，全年拆除违法建设2,895平方米。")
    body(d, "（三）就业创业。全年新增就业1,264人，帮助城镇失业人员再就业318人。")
    body(d, "（四）便民服务。街道便民服务中心全年接待办事群众4.6万人次，同比增长12%。")
    body(d, "（五）文化建设。今年适逢街道成立20周年，9月举办“云溪二十年”主题图片展，参观群众1,850人次。")
    body(
        d,
        "周国栋同志指出，全年各项工作成绩来之不易，要求班子成员和各科室、各社区认真梳理经验，"
        "查找短板，以更加务实的作风谋划好明年工作。",
    )
    bold_line(d, "会议决定（2026年重点工作安排）")
    body(d, "1. 2026年一季度完成6个社区党群服务中心功能提升改造。")
    body(d, "2. 2026年上半年在桃源社区、新桥社区各新建长者食堂1家。")
    body(d, "3. 2026年6月底前完成滨江路沿街立面整治。")
    body(d, "4. 2026年全年入户走访不少于13,000户，隐患整改率保持在95%以上。")
    body(d, "5. 2026年1月15日前完成各社区党组织书记抓基层党建述职评议。")
    d.add_paragraph("")
    body(d, "分送：党工委委员，办事处领导班子成员，各科室、各社区", indent=False)
    save_doc(d, "党工委2025年度工作总结会议纪要.docx", when)


# ================================================================ 4. 工作简报第12期（纯文本 UTF-8）


def briefing_txt():
    text = """云溪街道工作简报

编号：YXJB〔2025〕12号　　期数：2025年第12期（总第87期）
云溪街道党政办公室编　　　　　　　　2025年12月22日

【本期要目】
● 我街道开展“冬季送温暖”走访慰问活动
● 第3期社区工作者能力提升培训班结业
● 冬季消防安全培训走进沿街商铺

━━━━━━━━━━━━━━━━━━━━

我街道开展“冬季送温暖”走访慰问活动
12月8日至19日，街道领导班子成员分别带队，联合各社区走访慰问辖区低保、特困、残疾等困难家庭428户，送去大米、食用油、棉被等慰问物资，把党和政府的温暖送到群众心坎上。

第3期社区工作者能力提升培训班结业
12月15日至17日，街道举办第3期社区工作者能力提升培训班，6个社区的62名社区工作者参加培训。培训围绕基层治理、群众工作方法、政策法规等内容，采取专题授课和现场教学相结合的方式进行。

冬季消防安全培训走进沿街商铺
12月10日，街道联合区消防救援大队在溪口社区开展冬季消防安全培训，沿街商铺经营者及从业人员140余人参加，消防员现场演示灭火器使用方法。当天还检查沿街商铺47家，现场督促整改问题。

━━━━━━━━━━━━━━━━━━━━
报：区委办公室、区政府办公室
送：街道党工委委员、办事处领导班子成员
抄送：各科室、各社区
（共印30份）
"""
    write_bytes("云溪街道工作简报（第12期）.txt", text.encode("utf-8"))


# ================================================================ 5. QQ 群导出（“日期 时间 名字(QQ号)”一行，下一行消息）

QQ = {
    "赵振宇": "2853116407",
    "王丽萍": "1479536208",
    "李明": "3320871654",
    "郑芳": "2096613875",
    "黄海涛": "1158390426",
    "朱建平": "2741905583",
    "许晴": "3058172649",
    "孙晓雯": "1836425907",
    "周国栋": "1002587341",
    "系统消息": "10000",
}

CHAT = [
    (
        "2025-11-03 09:12:45",
        "赵振宇",
        "【转发】区应急管理局关于开展冬季火灾防控“百日攻坚”专项行动的通知：各街道、社区于11月10日前上报排查工作计划，"
        "此后每周五下午4点前报送工作进度。",
    ),
    ("2025-11-03 09:14:02", "王丽萍", "收到"),
    ("2025-11-03 09:15:37", "李明", "收到"),
    ("2025-11-03 09:20:11", "郑芳", "收到！"),
    ("2025-11-07 17:45:20", "王丽萍", "这周溪口社区入户宣传燃气安全，差不多两百来户，明天接着跑滨江花园"),
    ("2025-11-07 17:52:03", "赵振宇", "辛苦👍"),
    ("2025-11-14 16:02:33", "黄海涛", "新桥社区本周清理楼道电动车充电飞线37处"),
    ("2025-11-14 16:20:08", "黄海涛", "不好意思上面打错了，飞线是27处，不是37处"),
    ("2025-11-14 16:21:15", "赵振宇", "好的，已登记"),
    ("2025-11-18 10:05:49", "朱建平", "[图片]"),
    ("2025-11-18 10:06:12", "朱建平", "石塘社区今天上午组织居民消防疏散演练，参加居民73人"),
    ("2025-11-21 08:30:00", "孙晓雯", "@全体成员 请各社区12月20日前将全年工作台账报党政办，电子版发群文件"),
    ("2025-11-21 08:33:16", "许晴", "收到"),
    ("2025-11-21 08:41:50", "系统消息", "李明撤回了一条消息"),
    ("2025-12-02 11:40:27", "许晴", "梅林社区11月份上门送餐214人次，比10月多了30来人次"),
    ("2025-12-16 09:25:31", "李明", "[图片]"),
    ("2025-12-16 09:26:04", "李明", "昨天望江社区在望江新村12幢楼下搞反诈宣传，发放宣传单320份"),
    ("2025-12-29 12:10:05", "周国栋", "今年大家辛苦了，感谢各位书记的付出！"),
]


def chat_txt():
    sep = "=" * 64
    out = [
        "消息记录（此消息记录为文本格式，不支持重新导入）",
        "",
        sep,
        "消息分组:我的群聊",
        sep,
        "消息对象:云溪街道社区书记工作群",
        sep,
        "",
    ]
    for stamp, who, msg in CHAT:
        out.append("%s %s(%s)" % (stamp, who, QQ[who]))
        out.append(msg)
        out.append("")
    write_bytes("社区书记QQ群聊天记录.txt", "\r\n".join(out).encode("utf-8"))


# ================================================================ 6. 安全隐患排查整治统计（系统导出 CSV，GBK，CRLF，千分位加引号）

HAZARD = [
    ("溪口社区", 2318, 186, 179),
    ("望江社区", 2046, 172, 165),
    ("桃源社区", 1785, 148, 141),
    ("新桥社区", 2412, 213, 198),
    ("梅林社区", 1903, 151, 145),
    ("石塘社区", 2022, 162, 158),
]


def hazard_csv():
    def fmt(n):
        return f"{n:,}"

    rows = [["社区", "走访户数", "排查隐患数", "已整改数"]]
    for name, a, b, c in HAZARD:
        rows.append([name, fmt(a), fmt(b), fmt(c)])
    rows.append(["合计"] + [fmt(sum(h[i] for h in HAZARD)) for i in (1, 2, 3)])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    write_bytes("安全隐患排查整治统计_2025年度.csv", buf.getvalue().encode("gbk"))


# ================================================================ 7. Markdown 笔记


def notes_md():
    text = """# 平安办2025年工作笔记

> 赵振宇 整理，年底写总结用

## 矛盾纠纷排查化解

- 全年排查调处矛盾纠纷**247起**，调解成功239起，调解成功率96.8%
- 物业纠纷占大头，共91起，主要集中在老旧小区
- 桃源社区7号楼漏水纠纷拖了三个月，10月终于调解成功

## 反诈宣传

- 全年开展反诈宣传进社区、进校园活动36场
- 指导居民安装国家反诈中心APP **3,150人**

## 网格化管理

- 网格员全年通过平台上报事件5,372件，办结5,218件
- 网格员例会每月第一个周一开

## 明年想法

- 2026年在新桥社区试点“网格+警格”融合，年底前推广到全街道
- 2026年矛盾纠纷调解成功率保持在95%以上
"""
    write_bytes("平安办2025年工作笔记.md", text.encode("utf-8"))


# ================================================================ 8. 10月份工作月报（记事本“Unicode”：UTF-16 LE 带 BOM，CRLF）


def october_txt():
    text = f"""{UNIT}2025年10月份工作月报

一、党建工作
10月，街道党工委组织机关和社区党组织开展“主题党日”活动6场，参加党员236人次。

二、民生服务
1. 10月29日重阳节在街道文化中心举办“百岁宴”集中祝寿活动，参加老人156人。
2. 10月新增就业96人，协助辖区创业人员申请创业担保贷款3笔共60万元。

三、城市管理
1. 完成望江社区老旧小区雨污分流改造管网1.8公里。
2. 国庆假期（10月1日至7日）出动城管执法人员135人次，保障重点区域市容秩序。

四、安全生产
10月检查“九小场所”132家，发现隐患57处，已督促整改52处。

五、下月工作打算
1. 开展冬季火灾防控“百日攻坚”专项行动。
2. 做好11月9日“全国消防日”宣传活动。
3. 启动2025年度社区工作者考核准备工作。

报送日期：2025年11月3日
联系人：孙晓雯　联系电话：{PHONE_DZB}
"""
    data = "\ufeff" + text.replace("\n", "\r\n")
    write_bytes("10月份工作月报.txt", data.encode("utf-16-le"))


# ================================================================ 9. 11月份工作月报（标题样式自动编号：一、/（一），打算用自动编号列表）

NUM_ID = 90

ABSTRACT_XML = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="%d">'
    '<w:nsid w:val="5A3C1E90"/>'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="2B6E4F10"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    "</w:abstractNum>" % NUM_ID
)
NUM_XML = (
    '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%d">'
    '<w:abstractNumId w:val="%d"/></w:num>' % (NUM_ID, NUM_ID)
)


def link_heading_numbering(d):
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(ABSTRACT_XML))
    numbering.append(parse_xml(NUM_XML))
    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = d.styles[style_name].element.get_or_add_pPr()
        numpr = parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, NUM_ID)
        )
        anchor = None
        for tag in ("w:keepNext", "w:keepLines", "w:pageBreakBefore"):
            el = ppr.find(qn(tag))
            if el is not None:
                anchor = el
        if anchor is not None:
            anchor.addnext(numpr)
        else:
            ppr.insert(0, numpr)


def november_docx():
    when = dt.datetime(2025, 12, 2, 9, 40)
    d = new_doc("孙晓雯", when)
    link_heading_numbering(d)
    d.add_paragraph(UNIT + "2025年11月份工作月报", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    body(d, "11月，街道各项工作平稳有序推进，现将主要工作情况报告如下。")
    d.add_heading("党建引领", level=1)
    d.add_heading("基层党建", level=2)
    body(d, "组织社区“两委”成员开展党纪学习教育专题培训2期，培训104人次。")
    d.add_heading("民生服务", level=1)
    d.add_heading("就业服务", level=2)
    body(d, "11月新增就业87人；举办“就业援助月”专场招聘会1场，提供岗位420个。")
    d.add_heading("为民办事", level=2)
    body(d, "11月受理12345市民服务热线工单326件，按期办结率98.2%。")
    d.add_heading("平安建设", level=1)
    d.add_heading("消防宣传", level=2)
    body(d, "11月9日“全国消防日”当天，在全街道各社区同步开展消防宣传，发放宣传资料2,400份。")
    d.add_heading("冬季火灾防控", level=2)
    body(d, "“百日攻坚”专项行动启动以来，排查出租房屋和沿街商铺218家，督促整改火灾隐患94处。")
    d.add_heading("下月工作打算", level=1)
    for t in (
        "开展“冬季送温暖”走访慰问困难家庭活动。",
        "12月20日前完成各社区全年工作台账归档。",
        "筹备党工委2025年度工作总结会议。",
    ):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("")
    body(d, "报送日期：2025年12月2日", indent=False)
    body(d, "联系人：孙晓雯　　联系电话：" + PHONE_DZB, indent=False)
    save_doc(d, "2025年11月份工作月报.docx", when)


def main():
    frame_report()
    ledger_xlsx()
    minutes()
    briefing_txt()
    chat_txt()
    hazard_csv()
    notes_md()
    october_txt()
    november_docx()


if __name__ == "__main__":
    main()
