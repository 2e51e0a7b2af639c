#!/usr/bin/env python3
"""生成 tests/data/folders/weisheng_halfyear/ 下的测试材料：
桐荫街道社区卫生服务中心 2025年上半年（简体）。

只用 python-docx、openpyxl 和标准库；不用随机数、不读当前日期。
.docx/.xlsx 保存后把 zip 内每个条目的时间戳和 docProps/core.xml 的创建/修改时间改成固定值，
所以重复运行得到的文件逐字节相同。expected.yaml 不由本脚本生成（手写）。

用法：python make_weisheng.py            # 在本脚本所在目录下重建材料
"""

import csv
import datetime as dt
import io
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = os.path.dirname(os.path.abspath(__file__))

UNIT = "桐荫街道社区卫生服务中心"
PHONE = "0571-86371542"


# ---------------------------------------------------------------- 通用工具


def fix_zip(path, when):
    """zip 条目时间统一为 when，条目顺序不变；core.xml 的 created/modified 也改为 when。"""
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


def centered(d, text, size=20, bold=True):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def body(d, text, indent=True):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    p.add_run(text)
    return p


def runin(d, head, text):
    """“（一）门诊服务。4月……”：小标题和正文在同一段，小标题加粗。"""
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.add_run(head).bold = True
    p.add_run(text)
    return p


def bold_line(d, text):
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    p.add_run(text).bold = True
    return p


def doc_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = 1
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            par = cell.paragraphs[0]
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = par.add_run(val)
            run.font.size = Pt(11)
            if i == 0 or row[0] == "合计":
                run.bold = True
    return t


def save_doc(d, name, when):
    path = os.path.join(OUT, name)
    d.save(path)
    fix_zip(path, when)


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ================================================================ 一季度工作情况报告（Word 标题样式，无手打编号）


def q1_report():
    when = dt.datetime(2025, 4, 7, 10, 35)
    d = new_doc("许诺", when)
    d.add_paragraph(UNIT + "2025年第一季度工作情况报告", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    body(
        d,
        "一季度，中心在街道党工委和区卫生健康局的指导下，围绕“强基层、优服务”的目标，"
        "稳步推进基本医疗和基本公共卫生服务各项工作。现将有关情况报告如下。",
    )
    d.add_heading("基本医疗服务", level=1)
    d.add_heading("门诊诊疗", level=2)
    body(d, "一季度中心门诊诊疗21,486人次，同比增长6.2%；为高血压、糖尿病等慢病患者开具长期处方1,318张。")
    d.add_heading("春节期间医疗保障", level=2)
    body(d, "春节假期（1月28日至2月4日）中心门诊不停诊，假期共接诊1,204人次，安排医护人员值班46人次。")
    d.add_heading("基本公共卫生服务", level=1)
    d.add_heading("家庭医生签约服务", level=2)
    body(
        d,
        "一季度新增家庭医生签约1,105人。截至3月底，辖区签约居民累计12,860人，签约率38.6%；"
        "其中重点人群签约6,142人，重点人群签约率76.3%。",
    )
    d.add_heading("老年人健康管理", level=2)
    body(
        d,
        "3月11日起启动2025年度65岁以上老年人进小区免费健康体检。3月在梧桐苑、桂园小区和中心体检科设点，"
        "完成体检236人，发现血压、血糖等指标异常78人，均已电话告知本人及家属。",
    )
    d.add_heading("预防接种", level=2)
    body(d, "一季度完成儿童免疫规划疫苗接种3,904剂次，适龄儿童免疫规划疫苗接种率98.7%。")
    d.add_heading("健康教育", level=1)
    body(
        d,
        "一季度开展健康知识讲座6场，受益居民420人次。3月24日世界防治结核病日在中心门口设咨询台，发放宣传资料350余份。",
    )
    d.add_heading("存在的问题", level=1)
    body(d, "一是部分签约居民对履约服务感知度不高；二是老年人体检进度偏慢，行动不便老人的上门体检力量不足。")
    d.add_heading("下一步计划", level=1)
    for text in (
        "4月底前完成荷风里小区、杏林新村两个进小区体检点位的布设。",
        "二季度力争家庭医生签约率达到40%以上。",
        "5月19日“世界家庭医生日”期间开展主题义诊和签约宣传活动。",
        "做好春季传染病防控和全国儿童预防接种宣传日相关工作。",
    ):
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("")
    body(d, "报送日期：2025年4月7日", indent=False)
    body(d, "联系人：许诺　　联系电话：" + PHONE, indent=False)
    save_doc(d, "桐荫社区卫生服务中心一季度工作情况报告.docx", when)


# ================================================================ 4月份工作月报（手打编号 一、/（一）/1.，小标题与正文同段）


def april_report():
    when = dt.datetime(2025, 5, 6, 15, 10)
    d = new_doc("许诺", when)
    centered(d, UNIT)
    centered(d, "2025年4月份工作月报", size=18)
    body(d, "4月份，中心各项工作有序推进，现将主要工作情况报告如下：")
    bold_line(d, "一、基本医疗")
    runin(d, "（一）门诊服务。", "4月门诊诊疗7,438人次；上转患者43人次，接收下转患者17人次。")
    runin(d, "（二）医疗质量。", "开展4月份病历质量检查，抽查门诊病历200份，甲级病历率96.5%。")
    bold_line(d, "二、基本公共卫生服务")
    runin(d, "（一）家庭医生签约。", "本月新增签约412人，其中65岁以上老年人238人。")
    runin(d, "（二）老年人健康体检。", "")
    body(d, "1. 本月继续开展进小区体检，完成体检351人，发现异常120人，已全部纳入随访管理。")
    body(d, "2. 对4月16日杏林新村体检点发现的行动不便老人，安排家庭医生上门补检。")
    runin(d, "（三）慢病随访。", "本月高血压患者随访1,052人次，比上月增加87人次；2型糖尿病患者随访398人次。")
    runin(d, "（四）健康教育。", "4月共开展健康教育活动5场，具体情况见表1。")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("表1 4月份健康教育活动开展情况").bold = True
    doc_table(
        d,
        [
            ["日期", "活动主题", "地点", "参加人数", "备注"],
            ["4月3日", "春季传染病防控讲座", "梧桐苑小区活动室", "46人", "发放宣传折页150份"],
            ["4月11日", "世界帕金森病日咨询", "中心一楼大厅", "38人", ""],
            ["4月17日", "高血压自我管理小组活动", "桂园小区3幢架空层", "32人", "发放限盐勺50把"],
            ["4月25日", "预防接种宣传日咨询", "中心预防接种门诊", "56人", "现场补种疫苗12剂次"],
            ["4月28日", "职业病防治法宣传", "荷风里小区", "27人", ""],
            ["合计", "5场", "", "199人", ""],
        ],
    )
    bold_line(d, "三、综合管理")
    runin(d, "（一）安全生产。", "4月18日组织全院消防应急疏散演练，参演职工52人。")
    runin(d, "（二）人员培训。", "选派3名医生参加区全科医生转岗培训。")
    bold_line(d, "四、下月工作打算")
    body(d, "1. 5月19日“世界家庭医生日”开展主题义诊和集中签约活动。")
    body(d, "2. 5月底前完成进小区老年人健康体检收尾工作。")
    body(d, "3. 做好“5·12”国际护士节系列活动。")
    d.add_paragraph("")
    body(d, "报送日期：2025年5月6日", indent=False)
    body(d, "联系人：许诺　　联系电话：" + PHONE, indent=False)
    save_doc(d, "2025年4月份工作月报.docx", when)


# ================================================================ 5月份工作小结（纯文本，【】小标题）


def may_txt():
    text = f"""{UNIT}
2025年5月份工作小结

【基本医疗】
5月门诊诊疗7,905人次。中医馆开设“夏季养生”专病门诊，每周二、周四下午开诊。

【家庭医生签约】
本月新增签约356人。5月19日“世界家庭医生日”当天在中心广场开展主题义诊，服务居民186人次，现场发放家庭医生联系卡400张。

【老年人健康体检】
5月在各小区补检，完成体检165人，发现异常54人。截至5月底，进小区体检累计完成752人，本年度进小区体检工作结束。

【慢病管理】
高血压患者随访1,139人次，糖尿病患者随访421人次。
每月15日为中心“糖尿病健康日”，当天为糖尿病患者免费测血糖，5月15日共测血糖63人次。

【中心成立十周年】
5月28日是中心成立10周年，当天举办“十年守护　健康同行”开放日活动，组织专家义诊，服务居民300余人次。

下月工作打算：
一、6月起开展夏季高温中暑防治宣传。
二、做好6月下旬“三伏贴”预约登记工作。
三、7月1日起执行新版家庭医生签约服务包。

报送日期：2025年6月4日
联系人：许诺　电话：{PHONE}
"""
    write_bytes("5月份工作小结.txt", text.encode("utf-8"))


# ================================================================ 进小区老年人健康体检登记台账（xlsx）

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

# (日期, 体检点, 体检人数（人）, 其中新建档（人）, 发现异常（人）, 出诊医护（人次）, 负责团队, 备注)
# 同一体检点连续两天的，体检点和负责团队两列纵向合并（值只在上面一格）。
EXAM = {
    3: [
        ((2025, 3, 11), "梧桐苑小区活动室", 62, 5, 21, 8, "第一团队", "首场，覆盖1—6幢"),
        ((2025, 3, 13), "梧桐苑小区活动室", 55, 3, 18, 8, "第一团队", ""),
        ((2025, 3, 18), "桂园小区3幢架空层", 48, 4, 15, 7, "第二团队", ""),
        ((2025, 3, 25), "中心二楼体检科", 71, 6, 24, 6, "第三团队", "行动方便的老人集中到中心体检"),
    ],
    4: [
        ((2025, 4, 2), "桂园小区3幢架空层", 53, 2, 19, 7, "第二团队", ""),
        ((2025, 4, 8), "荷风里小区12幢南侧广场", 67, 7, 22, 8, "第三团队", "下雨，移至12幢大堂"),
        ((2025, 4, 10), "荷风里小区12幢南侧广场", 59, 4, 20, 8, "第三团队", ""),
        ((2025, 4, 16), "杏林新村5号楼物业用房", 44, 3, 16, 6, "第四团队", "行动不便老人另行上门补检"),
        ((2025, 4, 23), "杏林新村5号楼物业用房", 50, 5, 17, 6, "第四团队", ""),
        ((2025, 4, 29), "中心二楼体检科", 78, 4, 26, 6, "第一团队", ""),
    ],
    5: [
        ((2025, 5, 7), "梧桐苑小区活动室", 47, 2, 15, 8, "第一团队", "补检前期未到老人"),
        ((2025, 5, 14), "桂园小区3幢架空层", 39, 1, 13, 7, "第二团队", ""),
        ((2025, 5, 21), "荷风里小区12幢南侧广场", 42, 3, 14, 8, "第三团队", ""),
        ((2025, 5, 27), "杏林新村5号楼物业用房", 37, 2, 12, 5, "第四团队", "进小区体检结束"),
    ],
}


def exam_ledger():
    when = dt.datetime(2025, 5, 31, 17, 40)
    wb = Workbook()
    ws = wb.active
    ws.title = "体检登记"
    ws.merge_cells("A1:H1")
    ws["A1"] = UNIT + "2025年进小区老年人健康体检登记台账"
    ws["A1"].font = Font(name="黑体", size=15, bold=True)
    ws["A1"].alignment = CENTER
    ws.row_dimensions[1].height = 30
    for rng, text in (
        ("A2:A3", "体检日期"),
        ("B2:B3", "体检点"),
        ("C2:E2", "体检完成情况"),
        ("F2:F3", "出诊医护（人次）"),
        ("G2:G3", "负责团队"),
        ("H2:H3", "备注"),
    ):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    ws["C3"] = "体检人数（人）"
    ws["D3"] = "其中新建档（人）"
    ws["E3"] = "发现异常（人）"
    for row in ws.iter_rows(min_row=2, max_row=3, max_col=8):
        for cell in row:
            cell.font = Font(name="宋体", size=11, bold=True)

    r = 4
    totals = [0, 0, 0, 0]
    for month in (3, 4, 5):
        rows = EXAM[month]
        start = r
        for (y, m, day), place, n, new, abn, staff, team, note in rows:
            ws.cell(r, 1, dt.datetime(y, m, day)).number_format = "yyyy-mm-dd"
            ws.cell(r, 2, place)
            ws.cell(r, 3, n)
            ws.cell(r, 4, new)
            ws.cell(r, 5, abn)
            ws.cell(r, 6, staff)
            ws.cell(r, 7, team)
            ws.cell(r, 8, note or None)
            r += 1
        # 同一体检点连续两次：纵向合并“体检点”“负责团队”
        for i in range(len(rows) - 1):
            if rows[i][1] == rows[i + 1][1]:
                for col in (2, 7):
                    ws.cell(start + i + 1, col).value = None
                    ws.merge_cells(start_row=start + i, start_column=col, end_row=start + i + 1, end_column=col)
        sub = [sum(x[k] for x in rows) for k in (2, 3, 4, 5)]
        ws.cell(r, 1, "%d月小计" % month)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for k, v in enumerate(sub):
            ws.cell(r, 3 + k, v)
            totals[k] += v
        for col in range(1, 9):
            ws.cell(r, col).font = Font(bold=True)
        r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k, v in enumerate(totals):
        ws.cell(r, 3 + k, v)
    for col in range(1, 9):
        ws.cell(r, col).font = Font(bold=True)
    last = r
    for row in ws.iter_rows(min_row=2, max_row=last, max_col=8):
        for cell in row:
            cell.border = BOX
            cell.alignment = CENTER
    ws.cell(last + 2, 1, "填表人：周雯　　审核：沈立群　　填报日期：2025年5月31日")
    for col, w in zip("ABCDEFGH", (13, 24, 11, 11, 11, 11, 11, 26)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.properties.creator = "周雯"
    wb.properties.lastModifiedBy = "周雯"
    wb.properties.created = when
    wb.properties.modified = when
    name = "进小区老年人健康体检登记台账.xlsx"
    wb.save(os.path.join(OUT, name))
    fix_zip(os.path.join(OUT, name), when)


# ================================================================ 家医签约履约统计（系统导出 CSV，GBK，CRLF，首行统计区间，末行导出时间）


def sign_csv():
    teams = [
        ["第一团队（陈静）", 3712, 1702, 4215, 2468],
        ["第二团队（高志远）", 3458, 1655, 3986, 2311],
        ["第三团队（林晓红）", 3906, 1820, 4530, 2702],
        ["第四团队（吴振华）", 2985, 1411, 3377, 1985],
    ]
    rows = [["统计区间：2025-01-01至2025-06-30", "", "", "", ""]]
    rows.append(["团队", "签约人数", "重点人群签约人数", "履约人次", "随访人次"])
    rows.extend(teams)
    rows.append(["合计"] + [sum(t[i] for t in teams) for i in (1, 2, 3, 4)])
    rows.append(["导出时间：2025-06-30 14:52:10", "", "", "", ""])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    write_bytes("家医签约履约统计导出_20250630.csv", buf.getvalue().encode("gbk"))


# ================================================================ 企业微信群导出（日期分隔行 + “名字 时:分” + 消息）


CHAT = [
    (
        "2025年1月6日",
        [
            (
                "沈立群",
                "08:31",
                "@所有人 明天上午8点半在四楼会议室召开全体职工大会，请大家提前10分钟到，会后各团队长留一下",
            ),
            ("陈静", "08:40", "收到"),
            ("高志远", "08:41", "收到👌"),
        ],
    ),
    (
        "2025年1月21日",
        [
            ("林晓红", "16:52", "[图片]"),
            ("林晓红", "16:53", "春节前失能、半失能老人上门巡诊今天全部跑完了，第三团队一共入户31户"),
            ("沈立群", "17:10", "辛苦了，感谢第三团队的付出👍"),
        ],
    ),
    (
        "2025年2月5日",
        [
            (None, None, "高志远 撤回了一条消息"),
            ("沈立群", "09:15", "@高志远 节后慢病长处方续方的事你负责盯一下，这周内把名单理出来"),
            (
                "高志远",
                "09:20",
                "「沈立群：@高志远 节后慢病长处方续方的事你负责盯一下，这周内把名单理出来」\n"
                "- - - - - - - - - - - - - - -\n好的主任，周五前给您",
            ),
        ],
    ),
    (
        "2025年2月27日",
        [
            ("高志远", "17:36", "2月第二团队上门随访失能老人32人次"),
            ("高志远", "17:48", "更正：上门随访是27人次，不是32人次，刚才把电话随访的也算进去了"),
            ("沈立群", "17:50", "好的"),
        ],
    ),
    (
        "2025年3月18日",
        [
            ("吴振华", "11:05", "[图片]"),
            ("吴振华", "11:05", "[图片]"),
            (None, None, "陈静 拍了拍 吴振华"),
        ],
    ),
    (
        "2025年4月1日",
        [
            ("陈静", "09:02", "3月份家庭病床数据报一下：全中心查床96人次，新建家庭病床3张"),
            ("沈立群", "09:10", "收到，辛苦"),
        ],
    ),
    (
        "2025年4月9日",
        [
            ("沈立群", "14:20", "@吴振华 杏林新村5号楼物业用房那个体检点你负责和物业对接，下周三前把场地和桌椅落实好"),
            (
                "吴振华",
                "14:35",
                "「沈立群：@吴振华 杏林新村5号楼物业用房那个体检点你负责和物业对接，下周三前把场地和桌椅落实好」\n"
                "- - - - - - - - - - - - - - -\n已经和物业说好了，16号上午可以用",
            ),
        ],
    ),
    (
        "2025年5月16日",
        [
            (
                "沈立群",
                "16:00",
                "@所有人 19号世界家庭医生日义诊，早上7点半在中心广场集合，提前10分钟到，统一穿白大褂、戴工牌",
            ),
            (None, None, "林晓红 拍了拍 沈立群"),
        ],
    ),
    (
        "2025年5月19日",
        [
            ("陈静", "12:30", "[图片]"),
            ("陈静", "12:31", "上午义诊结束，今天一共服务居民203人次，量血压、测血糖都排了长队"),
            ("沈立群", "12:40", "大家辛苦了🌹🌹 感谢各位"),
        ],
    ),
    (
        "2025年5月22日",
        [
            ("吴振华", "10:15", "上周三在杏林新村活动室搞的老年人防跌倒讲座，来了大概40人，下次得多准备点凳子"),
        ],
    ),
    (
        "2025年5月30日",
        [
            ("林晓红", "18:20", "昨天端午节前去荷风里给80岁以上独居老人送粽子、量血压，一共走访了26户"),
            ("沈立群", "18:32", "👍👍"),
        ],
    ),
    (
        "2025年6月20日",
        [
            (
                "沈立群",
                "08:45",
                "@所有人 6月30日下午3点在四楼会议室开上半年工作总结会，各团队长把半年数据带上，提前10分钟到",
            ),
            ("林晓红", "08:50", "收到"),
        ],
    ),
    (
        "2025年6月23日",
        [
            (None, None, "吴振华 撤回了一条消息"),
            ("周雯", "15:32", "体检登记台账已经汇总好了，放在共享盘“公卫”文件夹里"),
            ("沈立群", "15:40", "好的，谢谢周雯"),
        ],
    ),
]


def chat_txt():
    out = ["桐荫社卫中心·家医团队工作群", ""]
    for day, msgs in CHAT:
        out.append("———————— %s ————————" % day)
        for who, hm, msg in msgs:
            if who is None:
                out.append(msg)
            else:
                out.append("%s %s" % (who, hm))
                out.extend(msg.split("\n"))
            out.append("")
    write_bytes("企业微信家医工作群导出.txt", "\n".join(out).encode("utf-8"))


# ================================================================ 主任办公会会议纪要


def minutes():
    when = dt.datetime(2025, 7, 1, 9, 20)
    d = new_doc("许诺", when)
    centered(d, UNIT + "主任办公会会议纪要")
    centered(d, "（2025年第6期）", size=14, bold=False)
    for t in (
        "会议时间：2025年6月30日下午3:00",
        "会议地点：中心四楼会议室",
        "主持：沈立群",
        "参会人员：沈立群、何卫东、陈静、高志远、林晓红、吴振华、周雯、许诺",
        "记录人：许诺",
    ):
        body(d, t, indent=False)
    bold_line(d, "议题")
    body(d, "1. 通报2025年上半年重点工作完成情况；")
    body(d, "2. 研究下半年重点工作安排。")
    bold_line(d, "会议内容")
    body(d, "沈立群主任通报了上半年重点工作完成情况：")
    body(d, "一是基本医疗平稳运行。上半年门诊诊疗累计44,856人次，同比增长5.4%；其中6月门诊诊疗8,027人次。")
    body(
        d,
        "二是家庭医生签约稳步扩面。截至6月30日，签约居民14,061人，签约率42.2%；重点人群签约6,588人，"
        "重点人群签约率81.8%。上半年各团队履约16,108人次，随访9,466人次。",
    )
    body(d, "三是进小区老年人健康体检全部完成，累计体检752人，体检结果已全部反馈。")
    body(d, "四是6月20日起开展“三伏贴”预约登记，截至会前已登记预约437人。")
    body(d, "何卫东副主任汇报：6月12日组织夏季食品安全和传染病防控培训，培训职工49人。")
    bold_line(d, "会议决定")
    body(d, "1. 7月底前各团队完成上半年履约情况自查，履约率低于80%的团队提交整改说明。")
    body(d, "2. 7月20日起开展“三伏贴”敷贴服务，由中医馆牵头，各团队配合做好预约老人的通知。")
    body(d, "3. 8月底前在荷风里小区试点增设家庭病床10张。")
    body(d, "4. 9月15日前完成2025—2026年度流感疫苗接种门诊准备工作。")
    body(d, "5. 下半年力争家庭医生签约率达到45%。")
    d.add_paragraph("")
    body(d, "抄送：街道社区卫生工作领导小组办公室", indent=False)
    save_doc(d, "主任办公会会议纪要.docx", when)


def main():
    q1_report()
    april_report()
    may_txt()
    exam_ledger()
    sign_csv()
    chat_txt()
    minutes()


if __name__ == "__main__":
    main()
