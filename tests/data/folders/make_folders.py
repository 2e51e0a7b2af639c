#!/usr/bin/env python3
"""生成 tests/data/folders/ 下三套测试材料（枫林社区三季度、青石村上半年、锦绣华庭物业全年）。

只用 python-docx、openpyxl 和标准库；不用随机数、不读当前日期。
.docx/.xlsx 保存后会把 zip 内时间戳和 docProps/core.xml 的时间改成固定值，
所以重复运行得到的文件逐字节相同。

用法：python make_folders.py            # 在本脚本所在目录下重建三个文件夹
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

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- 通用工具


def _fix_zip(path, when):
    """把 zip 内每个条目的时间改为 when，core.xml 里的创建/修改时间也改为 when。"""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", lambda m: m.group(1) + stamp + m.group(2), text
                )
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(<)", lambda m: m.group(1) + stamp + m.group(2), text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _set_font(style, name, size=None, bold=None):
    style.font.name = name
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold


def new_doc(author, when, body_font="仿宋"):
    d = Document()
    _set_font(d.styles["Normal"], body_font, 14)
    for lvl, size in ((1, 16), (2, 15)):
        st = d.styles["Heading %d" % lvl]
        _set_font(st, "黑体" if lvl == 1 else "楷体", size, True)
    _set_font(d.styles["Title"], "方正小标宋简体", 20, False)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    return d


def title(d, text):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(20)
    return p


def para(d, text, bold=False, indent=True, align=None):
    p = d.add_paragraph()
    if indent and not bold:
        p.paragraph_format.first_line_indent = Pt(28)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text)
    r.bold = bold
    return p


def table(d, rows, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(val)
            run.font.size = Pt(12)
            if i == 0:
                run.bold = True
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def save_doc(d, path, when):
    d.save(path)
    _fix_zip(path, when)


def save_wb(wb, path, when, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    wb.save(path)
    _fix_zip(path, when)


def write_text(path, text, encoding="utf-8", newline="\n", bom=False):
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


# ================================================================ 枫林社区 2025年第三季度（简体）


def shequ(out):
    os.makedirs(out, exist_ok=True)

    # ---- 7月月报：一、/（一）/1. 手打编号，段落后接表格
    when = dt.datetime(2025, 8, 5, 16, 20)
    d = new_doc("李婷", when)
    title(d, "枫林社区2025年7月工作月报")
    para(
        d,
        "7月份，枫林社区在柳岸街道党工委、办事处的坚强领导下，紧扣“党建引领、民生为本”工作主线，"
        "扎实推进各项工作。现将本月工作情况报告如下：",
    )
    para(d, "一、党建引领", bold=True)
    para(d, "（一）组织生活", bold=True)
    para(d, "1. 7月1日召开“庆七一”主题党日活动，组织党员42人重温入党誓词，为6名老党员颁发“光荣在党50年”纪念章。")
    para(d, "2. 组织在职党员“双报到”参与社区志愿服务38人次。")
    para(d, "（二）阵地建设", bold=True)
    para(d, "1. 完成党群服务中心二楼阅览室改造，新增阅览座位20个。")
    para(d, "二、民生服务", bold=True)
    para(d, "（一）为老服务", bold=True)
    para(d, "1. 长者食堂7月累计助餐2,146人次，其中送餐上门312人次。")
    para(d, "2. 开展高温天气独居老人走访，走访独居、高龄老人57户。")
    para(d, "（二）文体活动", bold=True)
    para(d, "本月共开展各类文体活动5场，具体情况见下表：")
    para(d, "表1 7月份主要活动开展情况", indent=False, align="center")
    table(
        d,
        [
            ["日期", "活动内容", "地点", "参与人数", "备注"],
            ["7月5日", "少儿暑期托管班开班", "党群服务中心", "35人", "大学生志愿者授课"],
            ["7月11日", "高温慰问环卫工人", "枫林路沿线", "18人", "发放防暑慰问品45份"],
            ["7月16日", "防溺水安全讲座", "社区活动室", "60人", "邀请派出所民警授课"],
            ["7月19日", "邻里纳凉晚会", "社区广场", "120余人", "居民自编节目12个"],
            ["7月26日", "夏季义诊", "社区卫生服务站", "86人", "发放健康手册200册"],
        ],
    )
    para(d, "（三）困难帮扶", bold=True)
    para(d, "1. 为3户困难家庭申请临时救助，发放救助金共计9,600元。")
    para(d, "三、平安建设", bold=True)
    para(d, "（一）安全隐患排查", bold=True)
    para(d, "1. 开展楼道堆物专项整治，共清理楼道杂物41处，清运垃圾13车。")
    para(d, "2. 排查电动自行车飞线充电隐患，发现并督促整改9处。")
    para(d, "（二）反诈宣传", bold=True)
    para(d, "1. 持续开展“反诈进楼栋”宣传，组织网格员入户宣讲。")
    para(d, "四、下月工作打算", bold=True)
    para(d, "1. 做好暑期少儿托管班结业工作。")
    para(d, "2. 开展“八一”走访慰问退役军人活动，计划走访慰问32户。")
    para(d, "3. 继续推进楼道堆物专项整治。")
    para(d, "")
    para(d, "报送日期：2025年8月5日", indent=False)
    para(d, "联系人：李婷　　联系电话：0571-86923147", indent=False)
    save_doc(d, os.path.join(out, "2025年7月工作月报.docx"), when)

    # ---- 8月月报：一、/1、 编号
    when = dt.datetime(2025, 9, 4, 10, 5)
    d = new_doc("何静", when)
    title(d, "枫林社区2025年8月份工作情况汇报")
    para(d, "一、党建工作", bold=True)
    para(d, "1、开展“八一”走访慰问活动，走访慰问退役军人及军属32户。")
    para(d, "2、组织党员集中观看专题教育片，参与党员37人。")
    para(d, "二、民生服务", bold=True)
    para(d, "1、长者食堂8月累计助餐2,238人次。")
    para(d, "2、持续开展高龄独居老人探访，本月走访慰问高龄独居老人63户。")
    para(d, "3、暑期少儿托管班顺利结业。")
    para(d, "三、平安建设", bold=True)
    para(d, "1、持续开展楼道堆物整治，清理楼道杂物36处。")
    para(d, "2、8月22日开展防汛应急演练，参与居民和志愿者76人。")
    para(d, "四、环境整治", bold=True)
    para(d, "1、完成小区非机动车棚改造2处，新增充电插座48个。")
    para(d, "2、整治绿化带毁绿种菜点位7处。")
    para(d, "五、下月工作打算", bold=True)
    para(d, "1、筹备国庆、中秋“我们的节日”系列活动。")
    para(d, "2、计划开展消防安全培训1场。")
    para(d, "")
    para(d, "报送日期：2025年9月4日", indent=False)
    para(d, "联系人：何静，联系电话：0571-86923147", indent=False)
    save_doc(d, os.path.join(out, "8月份工作情况汇报.docx"), when)

    # ---- 9月月报：Word 标题1/标题2 样式，无手打编号
    when = dt.datetime(2025, 9, 30, 15, 40)
    d = new_doc("李婷", when)
    d.add_paragraph("枫林社区2025年9月工作月报", style="Title")
    d.add_heading("党建引领", level=1)
    d.add_heading("主题党日", level=2)
    para(d, "9月开展“学习身边榜样”主题党日活动，参与党员40人。")
    d.add_heading("民生服务", level=1)
    d.add_heading("为老服务", level=2)
    para(d, "长者食堂9月累计助餐2,305人次。中秋节前夕为辖区80岁以上老人送去月饼，共慰问89人。")
    d.add_heading("平安建设", level=1)
    d.add_heading("楼道整治", level=2)
    para(d, "本月清理楼道杂物29处。")
    d.add_heading("网格走访", level=2)
    para(d, "第三季度网格员累计入户走访1,900户，发现各类问题104个，已办结98个。")
    d.add_heading("消防安全", level=2)
    para(d, "9月12日开展消防安全培训，参训居民及楼道长64人。")
    d.add_heading("下月工作打算", level=1)
    d.add_paragraph("重阳节期间走访慰问高龄老人，计划走访100户。", style="List Bullet")
    d.add_paragraph("开展冬季消防安全宣传进楼道活动。", style="List Bullet")
    d.add_paragraph("做好国庆期间值班值守工作。", style="List Bullet")
    para(d, "")
    para(d, "报送日期：2025年9月30日", indent=False)
    para(d, "联系人：李婷　联系电话：0571-86923147", indent=False)
    save_doc(d, os.path.join(out, "枫林社区9月工作月报.docx"), when)

    # ---- 居委会会议纪要
    when = dt.datetime(2025, 9, 26, 17, 10)
    d = new_doc("何静", when)
    title(d, "枫林社区居委会工作例会纪要")
    for line in [
        "会议时间：2025年9月26日下午2:30",
        "会议地点：社区党群服务中心三楼会议室",
        "主持人：刘敏",
        "参会人员：周建华、刘敏、陈晓燕、王磊、赵丽、孙浩、李婷、何静",
        "记录人：何静",
    ]:
        para(d, line, indent=False)
    para(d, "一、会议议题", bold=True)
    para(d, "1. 通报第三季度重点工作完成情况；")
    para(d, "2. 研究部署第四季度重点工作。")
    para(d, "二、会议内容", bold=True)
    para(
        d,
        "刘敏通报了第三季度工作情况：三季度长者食堂累计助餐6,689人次；完成小区非机动车棚改造2处；"
        "网格化走访工作按计划推进。各网格员分别汇报了本网格工作情况。",
    )
    para(d, "周建华指出，四季度要重点做好冬季安全和为老服务工作，各项任务要落实到人。")
    para(d, "三、会议决定", bold=True)
    para(d, "经讨论，会议决定第四季度重点做好以下工作：")
    para(d, "1. 10月底前新增充电点2处，由孙浩负责对接物业公司落实；")
    para(d, "2. 11月开展冬季消防大检查，覆盖辖区全部26栋居民楼；")
    para(d, "3. 12月底前完成居民议事会换届筹备工作；")
    para(d, "4. 重阳节前完成高龄老人慰问物资采购。")
    para(d, "散会。")
    save_doc(d, os.path.join(out, "居委会会议纪要.docx"), when)

    # ---- 楼道堆物清理台账：标题行 + 两行合并表头 + 日明细 + 月小计
    when = dt.datetime(2025, 9, 30, 11, 0)
    wb = Workbook()
    ws = wb.active
    ws.title = "三季度台账"
    ws.merge_cells("A1:G1")
    ws["A1"] = "枫林社区2025年第三季度楼道堆物清理台账"
    ws["A1"].font = Font(name="宋体", size=16, bold=True)
    ws["A1"].alignment = CENTER
    for rng, text in (
        ("A2:A3", "日期"),
        ("B2:B3", "楼栋"),
        ("C2:D2", "清理情况"),
        ("E2:E3", "出动人次"),
        ("F2:F3", "责任网格员"),
        ("G2:G3", "备注"),
    ):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = text
    ws["C3"] = "杂物（处）"
    ws["D3"] = "清运量（车）"
    data = {
        7: [
            ((2025, 7, 3), "3幢", 7, 2, 6, "陈晓燕", "通知物业协助清运"),
            ((2025, 7, 8), "5幢", 5, 2, 4, "王磊", ""),
            ((2025, 7, 12), "8幢、9幢", 9, 3, 8, "赵丽", "涉及飞线充电，已劝导"),
            ((2025, 7, 17), "12幢", 6, 2, 5, "孙浩", ""),
            ((2025, 7, 24), "15幢", 8, 2, 6, "陈晓燕", "居民自行清理部分"),
            ((2025, 7, 29), "17幢", 6, 2, 5, "王磊", ""),
        ],
        8: [
            ((2025, 8, 5), "2幢", 8, 2, 6, "赵丽", ""),
            ((2025, 8, 13), "6幢", 7, 2, 5, "孙浩", "通知物业协助清运"),
            ((2025, 8, 20), "10幢", 9, 3, 7, "陈晓燕", ""),
            ((2025, 8, 27), "19幢", 12, 3, 8, "王磊", "地下室堆物较多"),
        ],
        9: [
            ((2025, 9, 4), "1幢", 6, 2, 5, "赵丽", ""),
            ((2025, 9, 11), "11幢", 8, 2, 6, "孙浩", ""),
            ((2025, 9, 18), "14幢", 7, 2, 5, "陈晓燕", "居民自行清理部分"),
            ((2025, 9, 25), "20幢", 8, 3, 6, "王磊", ""),
        ],
    }
    r = 4
    for month in (7, 8, 9):
        for (y, m, day), bld, a, b, c, who, note in data[month]:
            ws.cell(r, 1, dt.datetime(y, m, day)).number_format = "yyyy/m/d"
            for col, val in zip(range(2, 8), (bld, a, b, c, who, note or None)):
                ws.cell(r, col, val)
            r += 1
        # 小计：原表为 SUMIF 公式，这里按要求写成数值
        ws.cell(r, 1, "%d月小计" % month).font = Font(bold=True)
        for col, idx in ((3, 2), (4, 3), (5, 4)):
            ws.cell(r, col, sum(row[idx] for row in data[month])).font = Font(bold=True)
        r += 1
    last = r - 1
    for row in ws.iter_rows(min_row=2, max_row=last, max_col=7):
        for cell in row:
            cell.border = BOX
            cell.alignment = CENTER
    ws.cell(last + 2, 1, "填表人：李婷")
    for col, w in zip("ABCDEFG", (12, 12, 11, 12, 10, 12, 22)):
        ws.column_dimensions[col].width = w
    save_wb(wb, os.path.join(out, "楼道堆物清理台账.xlsx"), when, "李婷")

    # ---- 网格系统导出 CSV（GBK，CRLF）
    rows = [
        ["网格", "走访户数", "发现问题数", "已办结数"],
        ["第一网格", 412, 23, 21],
        ["第二网格", 386, 19, 19],
        ["第三网格", 455, 31, 28],
        ["第四网格", 298, 14, 14],
        ["第五网格", 349, 17, 16],
    ]
    rows.append(["合计"] + [sum(r_[i] for r_ in rows[1:]) for i in (1, 2, 3)])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(out, "网格走访统计导出.csv"), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))

    # ---- 微信群聊天记录（微信PC版复制格式）
    write_text(os.path.join(out, "工作群聊天记录.txt"), SHEQU_CHAT)


SHEQU_CHAT = """刘敏 2025/7/1 8:42
@全体成员 今天上午9点半“庆七一”主题党日，党员同志请佩戴党徽，提前10分钟到三楼会议室

周建华 2025/7/1 11:20
[图片]

周建华 2025/7/1 11:21
今天主题党日参加党员42人，给6名老党员颁发了纪念章[强][强]

"王磊" 拍了拍 "周建华"

刘敏 2025/7/7 16:30
@全体成员 明天上午9点开会，大家提前10分钟到，穿正装

陈晓燕 2025/7/10 17:05
@刘敏 第三网格本周入户走访186户，登记新迁入人员14人

陈晓燕 2025/7/10 17:12
更正：刚才走访户数打错了，是168户，不是186户

刘敏 2025/7/10 17:15
收到👌

王磊 2025/7/11 15:38
[图片]

王磊 2025/7/11 15:38
[图片]

王磊 2025/7/11 15:40
高温慰问环卫工人活动结束了，45份防暑慰问品全部发完💪

刘敏 2025/7/14 9:10
@孙浩 8幢楼道电动车乱停的投诉，你负责跟进一下

"孙浩" 撤回了一条消息

何静 2025/7/20 8:50
昨天晚会实际来了130多人，椅子都不够，下次要多准备点😂

刘敏 2025/7/20 9:02
大家辛苦了🌹🌹

孙浩 2025/7/22 10:03
已经联系物业了，本周五前处理完
「刘敏：@孙浩 8幢楼道电动车乱停的投诉，你负责跟进一下」

赵丽 2025/7/24 17:30
昨天下午的亲子手工课来了大概50人，家长和小朋友都很开心😄

李婷 2025/8/1 9:30
@刘敏 7月份反诈宣传数据报一下：入户发放宣传资料860份，指导安装国家反诈中心APP 215人

刘敏 2025/8/1 9:41
好的，收到[OK]

赵丽 2025/8/14 16:05
上周二在4幢门口搞的垃圾分类宣传，发出去环保袋150个，还有不少居民来问积分兑换的事

赵丽 2025/8/22 11:30
今天防汛演练顺利结束，参加演练的居民和志愿者一共76人

刘敏 2025/8/22 11:45
辛苦了！下次演练争取把3幢、5幢的住户也动员起来
「赵丽：今天防汛演练顺利结束，参加演练的居民和志愿者一共76人」

周建华 2025/8/22 12:02
感谢各位的辛苦付出

陈晓燕 2025/8/29 16:20
这个月独居老人探访一共做了58户，都做了登记

"何静" 撤回了一条消息

刘敏 2025/9/1 8:55
@全体成员 本周五下午3点在三楼会议室开中秋活动筹备会，请各网格长准时参加

"刘敏" 拍了拍 "王磊"

孙浩 2025/9/12 15:20
[图片]

孙浩 2025/9/12 15:21
消防培训结束，效果不错👍

刘敏 2025/9/15 10:00
@王磊 国庆文艺汇演的节目单你负责跟进，周四前报给我

刘敏 2025/9/25 17:00
@全体成员 明天下午2点半开居委会例会，大家提前10分钟到

李婷 2025/9/30 16:40
这个月图书室借阅一共520人次，比上月多了100多人次📚
"""


# ================================================================ 青石村 2025年上半年（繁體）


def cun(out):
    os.makedirs(out, exist_ok=True)

    # ---- 2月工作記錄（純文本）
    write_text(os.path.join(out, "2月工作記錄.txt"), CUN_FEB)

    # ---- 3月工作記錄（docx）
    when = dt.datetime(2025, 4, 3, 9, 30)
    d = new_doc("黃麗華", when)
    title(d, "青石村2025年3月份工作記錄")
    para(d, "一、召開村民代表大會", bold=True)
    para(
        d, "3月18日召開村民代表大會，實到代表41人，審議通過村道硬化工程實施方案、光伏項目收益分配方案和村規民約修訂稿。"
    )
    para(d, "二、春耕生產", bold=True)
    para(d, "發放春耕物資補貼16,800元，惠及農戶112戶；協調鎮農技站開展技術指導2場。")
    para(d, "三、「三八」婦女節活動", bold=True)
    para(d, "組織婦女健康篩查，參加篩查婦女86人。")
    para(d, "四、人居環境整治", bold=True)
    para(d, "清理房前屋後垃圾堆放點15處，拆除違章搭建棚屋4處，合計整治點位19處。")
    para(d, "下月打算：", bold=True)
    para(d, "1. 做好清明節期間森林防火專項值守。")
    para(d, "2. 完成村道硬化工程招標工作。")
    para(d, "")
    para(d, "報送日期：2025年4月3日", indent=False)
    para(d, "聯繫人：黃麗華，聯繫電話：0579-88362154", indent=False)
    save_doc(d, os.path.join(out, "2025年3月份工作記錄.docx"), when)

    # ---- 5月工作記錄（docx，含表格與表題）
    when = dt.datetime(2025, 6, 4, 14, 0)
    d = new_doc("黃麗華", when)
    title(d, "青石村5月工作記錄")
    para(d, "一、汛前準備", bold=True)
    para(d, "1、5月15日起進入汛期值班，組建防汛應急搶險隊22人，儲備沙袋800隻、救生衣30件。")
    para(d, "二、村道硬化工程", bold=True)
    para(d, "1、工程於5月8日開工，截至5月底完成路基整平0.6公里。")
    para(d, "三、民生事項", bold=True)
    para(d, "本月民生事項辦理情況見下表。")
    para(d, "表1 5月份民生事項辦理情況", indent=False, align="center")
    table(
        d,
        [
            ["事項", "辦理數量", "備註"],
            ["城鄉居民醫保參保登記", "1,046人", "參保率97.3%"],
            ["殘疾人兩項補貼申請", "9人", "已報鎮殘聯審核"],
            ["高齡津貼發放", "63人", "80歲以上老人"],
        ],
    )
    para(d, "下月打算：", bold=True)
    para(d, "1、做好汛期24小時值班值守。")
    para(d, "2、6月底前完成村道路面澆築1.2公里。")
    para(d, "")
    para(d, "報送日期：2025年6月4日", indent=False)
    para(d, "聯繫人：黃麗華　聯繫電話：0579-88362154", indent=False)
    para(d, "附件：5月份防汛物資入庫清單", indent=False)
    save_doc(d, os.path.join(out, "5月工作記錄.docx"), when)

    # ---- 6月工作記錄（記事本：UTF-8 帶 BOM，CRLF）
    write_text(os.path.join(out, "6月工作記錄.txt"), CUN_JUN, newline="\r\n", bom=True)

    # ---- 村務公開表
    when = dt.datetime(2025, 7, 10, 9, 0)
    wb = Workbook()
    ws = wb.active
    ws.title = "財務收支"
    ws.merge_cells("A1:D1")
    ws["A1"] = "青石村2025年上半年財務收支公開表"
    ws["A1"].font = Font(name="宋體", size=16, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:D2")
    ws["A2"] = "公開時間：2025年7月10日　　　　單位：元"
    ws.append(["類別", "項目", "金額（元）", "備註"])
    income = [
        ("收入", "村集體土地租賃收入", 86000, "按合同收取"),
        ("收入", "光伏發電收益", 23400, "1—6月"),
        ("收入", "農貿攤位租金", 18000, None),
        ("收入", "上級轉移支付補助", 150000, None),
    ]
    spend = [
        ("支出", "春耕物資補貼", 18600, "3月發放"),
        ("支出", "村道硬化工程首期款", 120000, None),
        ("支出", "防汛物資採購", 9850, "沙袋、救生衣"),
        ("支出", "元宵節活動經費", 3200, None),
        ("支出", "村幹部誤工補貼", 42000, None),
        ("支出", "辦公及水電費", 6480, None),
    ]
    for row in income:
        ws.append(list(row))
    tin = sum(x[2] for x in income)
    ws.append(["收入合計", None, tin, None])
    for row in spend:
        ws.append(list(row))
    tout = sum(x[2] for x in spend)
    ws.append(["支出合計", None, tout, None])
    ws.append(["本期結餘", None, tin - tout, None])
    last = ws.max_row
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=4):
        for cell in row:
            cell.border = BOX
    for r_ in range(3, last + 1):
        if ws.cell(r_, 1).value in ("類別", "收入合計", "支出合計", "本期結餘"):
            for c in range(1, 5):
                ws.cell(r_, c).font = Font(bold=True)
    ws.cell(last + 2, 1, "村務監督委員會意見：經審核，賬目屬實。")
    ws.cell(last + 3, 1, "監督電話：0579-88362100")
    for col, w in zip("ABCD", (12, 24, 14, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("公開事項")
    ws2.append(["公開事項", "主要內容", "公開日期"])
    ws2.append(["低保動態調整", "新增低保戶2戶，退出1戶", "2025年4月15日"])
    ws2.append(["村規民約修訂", "修訂稿已張貼公示", "2025年4月9日"])
    ws2.append(["村道硬化工程招標結果", "中標單位：雲溪建設有限公司，中標金額386,500元", "2025年4月28日"])
    ws2.append(["殘疾人兩項補貼", "新增申請9人，已報鎮殘聯審核", "2025年5月30日"])
    for row in ws2.iter_rows(min_row=1, max_row=ws2.max_row, max_col=3):
        for cell in row:
            cell.border = BOX
    for col, w in zip("ABC", (22, 44, 16)):
        ws2.column_dimensions[col].width = w
    save_wb(wb, os.path.join(out, "村務公開表（2025年上半年）.xlsx"), when, "陳桂芳")

    # ---- 村民代表大會會議記錄
    when = dt.datetime(2025, 3, 18, 12, 0)
    d = new_doc("黃麗華", when)
    title(d, "青石村村民代表大會會議記錄")
    for line in [
        "會議時間：2025年3月18日上午9:00",
        "會議地點：村委會二樓會議室",
        "主持人：王德明（村黨支部書記）",
        "記錄人：黃麗華",
        "參會人數：應到代表45人，實到41人",
        "列席人員：雲溪鎮聯村幹部周曉東",
    ]:
        para(d, line, indent=False)
    para(d, "議題：", bold=True)
    para(d, "一、審議村道硬化工程實施方案；")
    para(d, "二、審議2025年村級光伏項目收益分配方案；")
    para(d, "三、審議《青石村村規民約》修訂稿。")
    para(d, "會議情況：", bold=True)
    para(
        d,
        "林國強就村道硬化工程實施方案作說明（方案詳見附件1），陳桂芳就光伏項目收益分配方案作說明，"
        "李秀英宣讀村規民約修訂稿。與會代表進行了充分討論。",
    )
    para(d, "表決結果：", bold=True)
    para(d, "1. 村道硬化工程實施方案：同意39票，反對0票，棄權2票，通過。")
    para(d, "2. 光伏項目收益分配方案：同意41票，全票通過。")
    para(d, "3. 村規民約修訂稿：同意37票，反對1票，棄權3票，通過。")
    para(d, "下一步工作：", bold=True)
    para(d, "1. 4月底前完成村道硬化工程招標。")
    para(d, "2. 村規民約修訂稿於4月10日前張貼公示。")
    para(d, "3. 光伏項目收益分配方案報鎮農經站備案。")
    para(d, "")
    para(d, "附件：1.青石村村道硬化工程實施方案", indent=False)
    save_doc(d, os.path.join(out, "村民代表大會會議記錄.docx"), when)

    # ---- 防汛值班記錄、下半年工作要點
    write_text(os.path.join(out, "防汛值班記錄.txt"), CUN_FLOOD)
    write_text(os.path.join(out, "2025年下半年工作要點.txt"), CUN_PLAN)


CUN_FEB = """雲溪鎮青石村2025年2月工作記錄

一、元宵節活動
2月12日元宵節，在村文化禮堂組織猜燈謎、包湯圓活動，參與村民150餘人。

二、春季森林防火
組織護林員開展巡山，2月份共巡山28次，清理林下可燃物3處。

三、返鄉人員服務
登記節後返崗務工人員312人，其中通過「春風行動」推薦就業27人。

四、村務公開
按時公開1月份財務收支情況，接受村民監督。

下月打算：
1. 組織春耕備耕，發放春耕物資補貼。
2. 召開村民代表大會，審議村道硬化工程方案。
3. 開展「三八」婦女節系列活動。

報送：雲溪鎮黨政辦
聯繫人：黃麗華　聯繫電話：0579-88362154
"""

CUN_JUN = """青石村2025年6月工作記錄

一、防汛工作
汛期以來（5月15日至6月30日）共組織巡查19次，排查整改隱患7處。
6月21日遭遇強降雨，轉移低窪地帶群眾3戶8人，無人員傷亡。

二、村道硬化工程
完成村道路面澆築1.2公里，工程主體完工，待驗收。

三、黨建工作
組織黨員開展「我為群眾辦實事」志願服務，參與黨員24人次。

四、村務公開
上半年村集體收入合計277,400元，支出合計200,130元。

下月打算：
1. 「七一」前夕走訪慰問老黨員、困難黨員。
2. 做好主汛期防汛值守。
3. 啟動村道兩側綠化工程。

報送日期：2025年7月3日
聯繫人：黃麗華　聯繫電話：0579-88362154
"""

CUN_FLOOD = """青石村2025年汛期防汛值班記錄
值班電話：0579-88362110

5月15日（星期四）　值班人：王德明、張志遠　天氣：陰
巡查河堤、山塘2次，未發現隱患。

5月22日（星期四）　值班人：林國強、黃麗華　天氣：中雨
巡查河堤、山塘2次，發現後山塘溢洪道雜物堵塞隱患1處，已組織清理。

5月29日（星期四）　值班人：陳桂芳、張志遠　天氣：小雨
巡查2次，發現村東排水溝淤堵1處，已疏通。

6月5日（星期四）　值班人：王德明、李秀英　天氣：多雲
巡查2次，未發現隱患。

6月11日（星期三）　值班人：林國強、張志遠　天氣：大雨
巡查3次，發現河堤護坡鬆動2處，已設置警示標誌並上報鎮水利站。

6月18日（星期三）　值班人：黃麗華、陳桂芳　天氣：中雨
巡查2次，發現危舊房屋1處，已通知住戶暫時搬離。

6月21日（星期六）　值班人：王德明、林國強、張志遠　天氣：暴雨（橙色預警）
巡查4次，發現村南低窪處積水隱患1處；轉移低窪地帶群眾3戶8人，安置於村文化禮堂。

6月26日（星期四）　值班人：李秀英、張志遠　天氣：陰
巡查2次，發現山塘放水閘門鏽蝕1處，已報修。

記錄人：張志遠
"""

CUN_PLAN = """青石村2025年下半年工作要點

下半年，青石村將緊扣鄉村振興目標，重點抓好以下幾方面工作：

一、鞏固村道硬化成果。9月底前完成村道兩側綠化，新增路燈40盞。
二、發展壯大村集體經濟。新建光伏車棚1處，力爭全年村集體經營性收入突破25萬元。
三、抓好秋冬季森林防火。10月起實行護林員每日巡山制度。
四、提升民生服務水平。年底前完成2026年度城鄉居民醫保參保登記，參保率保持在97%以上。
五、深化移風易俗。修訂後的村規民約全面入戶宣傳，計劃發放宣傳冊500份。

附件：1.青石村2025年下半年重點項目表
　　　2.村道綠化工程預算表

報送：雲溪鎮黨政辦
聯繫人：黃麗華　聯繫電話：0579-88362154
"""


# ================================================================ 锦绣华庭物业服务中心 2025年（简体）

WUYE_HEAD = "嘉和物业锦绣华庭服务中心"
WUYE_CONTACT = "联系人：刘静　联系电话：0571-85627730"


def wuye(out):
    os.makedirs(out, exist_ok=True)

    # ---- 一季度
    when = dt.datetime(2025, 4, 8, 10, 0)
    d = new_doc("刘静", when)
    title(d, WUYE_HEAD + "2025年第一季度工作报告")
    para(d, "一、物业费收缴", bold=True)
    para(d, "一季度物业费收费率86.4%，收缴物业费142.6万元，清收历年欠费8.3万元。")
    para(d, "二、工程维修", bold=True)
    para(d, "一季度受理报修工单138件，维修及时率96.2%。春节前对小区12部电梯进行节前安全检查。")
    para(d, "三、安全管理", bold=True)
    para(d, "春节期间加强秩序维护巡逻，未发生安全事故。3月组织消防演练1次，参与业主及员工65人。")
    para(d, "四、客户服务", bold=True)
    para(d, "一季度电话回访业主210户，满意度91.5%。")
    para(d, "五、下季度工作计划", bold=True)
    para(d, "1. 二季度完成小区监控系统升级改造。")
    para(d, "2. 开展雨季前屋面、地下车库防水排查。")
    para(d, "3. 力争二季度收费率达到88%以上。")
    para(d, "")
    para(d, "报送日期：2025年4月8日", indent=False)
    para(d, WUYE_CONTACT, indent=False)
    save_doc(d, os.path.join(out, "2025年第一季度工作报告.docx"), when)

    # ---- 二季度
    when = dt.datetime(2025, 7, 7, 10, 0)
    d = new_doc("刘静", when)
    title(d, WUYE_HEAD + "2025年第二季度工作报告")
    para(d, "一、物业费收缴", bold=True)
    para(d, "二季度物业费收费率89.1%。")
    para(d, "二、工程维修", bold=True)
    para(d, "二季度受理报修工单151件，维修及时率97%；完成小区监控系统升级，更换监控摄像头24个。")
    para(d, "三、客户服务", bold=True)
    para(d, "端午节前走访慰问80岁以上老人37户；二季度满意度92.3%。")
    para(d, "四、环境管理", bold=True)
    para(d, "完成3幢、5幢外墙清洗；补种绿化苗木1,200株。")
    para(d, "五、下季度工作计划", bold=True)
    para(d, "1. 做好夏季高温防暑工作。")
    para(d, "2. 7月底前完成地下车库照明节能改造。")
    para(d, "")
    para(d, "报送日期：2025年7月7日", indent=False)
    para(d, WUYE_CONTACT, indent=False)
    save_doc(d, os.path.join(out, "2025年第二季度工作报告.docx"), when)

    # ---- 三季度
    when = dt.datetime(2025, 10, 10, 10, 0)
    d = new_doc("刘静", when)
    title(d, WUYE_HEAD + "2025年第三季度工作报告")
    para(d, "一、物业费收缴", bold=True)
    para(d, "三季度物业费收费率90.7%。")
    para(d, "二、工程维修", bold=True)
    para(
        d,
        "三季度受理报修工单163件，维修及时率96.8%；对小区12部电梯开展年度检验，全部合格；"
        "完成地下车库照明节能改造，更换LED灯具320套。",
    )
    para(d, "三、客户服务", bold=True)
    para(d, "三季度满意度93.1%。开展中秋“邻里一家亲”活动，参与业主约200人。")
    para(d, "四、下季度工作计划", bold=True)
    para(d, "1. 开展冬季消防安全大检查。")
    para(d, "2. 12月启动年度满意度测评。")
    para(d, "")
    para(d, "报送日期：2025年10月10日", indent=False)
    para(d, WUYE_CONTACT, indent=False)
    save_doc(d, os.path.join(out, "2025年第三季度工作报告.docx"), when)

    # ---- 工单导出（12月）
    orders = WUYE_ORDERS
    cats = ["水电维修", "公共设施", "电梯", "门禁", "绿化", "保洁"]
    problems = {
        "水电维修": "水管渗漏、跳闸",
        "公共设施": "楼道灯、单元门",
        "电梯": "电梯异响、困人",
        "门禁": "门禁卡失灵",
        "绿化": "枯枝清理",
        "保洁": "垃圾清运不及时",
    }
    counts = {c: sum(1 for o in orders if o[2] == c) for c in cats}
    ontime = {c: sum(1 for o in orders if o[2] == c and "超时" not in o[4]) for c in cats}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["工单号", "报修时间", "类别", "内容", "处理结果", "完成时间"])
    for i, (t0, t1, cat, what, res) in enumerate(orders, 1):
        w.writerow(["GD202512%03d" % i, t0, cat, what, res, t1])
    write_text(os.path.join(out, "12月工单导出.csv"), buf.getvalue(), bom=True)

    # ---- 四季度暨全年
    when = dt.datetime(2026, 1, 8, 10, 0)
    d = new_doc("刘静", when)
    title(d, WUYE_HEAD + "2025年第四季度暨全年工作报告")
    para(d, "一、物业费收缴", bold=True)
    para(d, "全年物业费收费率95.8%，较上年提高1.6个百分点。")
    para(d, "二、工程维修", bold=True)
    para(d, "四季度受理报修工单129件，维修及时率96.1%；全年累计受理报修工单581件。12月份工单分类统计见下表：")
    para(d, "表1 12月份报修工单分类统计", indent=False, align="center")
    rows = [["类别", "工单数（件）", "按时完成（件）", "主要问题"]]
    for c in cats:
        rows.append([c, str(counts[c]), str(ontime[c]), problems[c]])
    rows.append(["合计", str(sum(counts.values())), str(sum(ontime.values())), ""])
    table(d, rows)
    para(d, "12月维修及时率95%。")
    para(
        d, "11月日常巡查共发现问题%d处，已整改%d处。" % (sum(x[3] for x in WUYE_PATROL), sum(x[4] for x in WUYE_PATROL))
    )
    para(d, "三、客户服务", bold=True)
    para(
        d,
        "坚持每月19日“业主接待日”制度，全年接待业主236人次。12月开展年度满意度测评，发放问卷300份，"
        "回收286份，满意度92.6%。开展“邻里节”活动，为结婚50周年的6对金婚业主拍摄纪念照。",
    )
    para(d, "四、2026年工作计划", bold=True)
    para(d, "1. 2026年完成3幢、6号楼电梯更新改造。")
    para(d, "2. 力争2026年物业费收费率达到96%以上。")
    para(d, "3. 推进小区充电桩扩容，新增充电车位60个。")
    para(d, "")
    para(d, "报送日期：2026年1月8日", indent=False)
    para(d, WUYE_CONTACT, indent=False)
    save_doc(d, os.path.join(out, "2025年第四季度暨全年工作报告.docx"), when)

    # ---- 11月巡查记录
    when = dt.datetime(2025, 11, 28, 17, 30)
    wb = Workbook()
    ws = wb.active
    ws.title = "11月"
    ws.merge_cells("A1:F1")
    ws["A1"] = "锦绣华庭2025年11月日常巡查记录"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = CENTER
    ws.append(["日期", "巡查人", "巡查区域", "发现问题（处）", "已整改（处）", "备注"])
    for day, who, area, found, fixed, note in WUYE_PATROL:
        ws.append([dt.datetime(2025, 11, day), who, area, found, fixed, note or None])
        ws.cell(ws.max_row, 1).number_format = "m月d日"
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=6):
        for cell in row:
            cell.border = BOX
    for col, w_ in zip("ABCDEF", (10, 10, 18, 14, 14, 30)):
        ws.column_dimensions[col].width = w_
    save_wb(wb, os.path.join(out, "11月巡查记录.xlsx"), when, "王强")

    # ---- 企业微信群记录
    write_text(os.path.join(out, "企业微信工作群记录.txt"), WUYE_CHAT)


# (日, 巡查人, 巡查区域, 发现问题, 已整改, 备注)
WUYE_PATROL = [
    (3, "王强", "1-3幢及中心花园", 2, 2, "3幢东侧井盖松动，已加固"),
    (4, "赵刚", "地下车库", 3, 3, ""),
    (5, "王强", "4-6号楼", 1, 1, ""),
    (6, "赵刚", "7-9幢", 2, 2, ""),
    (7, "王强", "地下车库", 4, 3, "消防通道堆物待业主自行清理"),
    (10, "王强", "1-3幢及中心花园", 2, 2, ""),
    (11, "赵刚", "会所及泳池周边", 1, 1, ""),
    (12, "王强", "4-6号楼", 3, 3, "更换破损地砖12块"),
    (13, "赵刚", "7-9幢", 2, 2, ""),
    (14, "王强", "地下车库", 3, 3, ""),
    (17, "赵刚", "1-3幢及中心花园", 2, 2, ""),
    (18, "王强", "4-6号楼", 1, 1, ""),
    (19, "赵刚", "7-9幢", 2, 2, "业主接待日，巡查改在下午"),
    (20, "王强", "地下车库", 3, 2, "排水沟盖板缺失，已订货"),
    (21, "赵刚", "会所及泳池周边", 1, 1, ""),
    (24, "王强", "1-3幢及中心花园", 2, 2, ""),
    (25, "赵刚", "4-6号楼", 2, 2, ""),
    (26, "王强", "7-9幢", 3, 3, ""),
    (27, "赵刚", "地下车库", 2, 2, ""),
    (28, "王强", "1-3幢及中心花园", 1, 1, ""),
]

# (报修时间, 完成时间, 类别, 内容, 处理结果)；40 条，超时 2 条
WUYE_ORDERS = [
    ("2025-12-01 08:32", "2025-12-01 11:05", "水电维修", "3幢2单元1502室卫生间水管渗漏", "已更换三通接头"),
    ("2025-12-01 14:10", "2025-12-01 15:20", "公共设施", "6号楼1单元楼道灯不亮", "已更换灯泡"),
    ("2025-12-02 09:05", "2025-12-02 10:40", "电梯", "5幢1号电梯运行异响", "已调整导靴"),
    ("2025-12-02 16:48", "2025-12-02 18:00", "水电维修", "8幢401室跳闸", "已排查线路并恢复供电"),
    ("2025-12-03 10:12", "2025-12-03 11:30", "门禁", "2幢单元门门禁卡失灵", "已重新授权"),
    ("2025-12-03 15:30", "2025-12-03 16:10", "保洁", "地下车库B区垃圾未及时清运", "已清运"),
    ("2025-12-04 08:50", "2025-12-04 12:15", "水电维修", "9幢2单元702室厨房水龙头漏水", "已更换水龙头"),
    ("2025-12-04 13:25", "2025-12-04 14:00", "公共设施", "中心花园路灯不亮", "已更换灯泡"),
    ("2025-12-05 09:40", "2025-12-05 11:20", "绿化", "7幢门口枯枝掉落", "已修剪清理"),
    ("2025-12-05 19:15", "2025-12-05 19:50", "电梯", "4幢2号电梯困人", "已解救，系统复位"),
    ("2025-12-06 10:05", "2025-12-06 13:30", "水电维修", "1幢1201室暖气片漏水", "已更换阀门"),
    ("2025-12-08 08:20", "2025-12-08 09:30", "公共设施", "3幢单元门闭门器损坏", "已更换闭门器"),
    ("2025-12-08 14:45", "2025-12-08 16:00", "保洁", "6号楼楼道小广告", "已清理"),
    ("2025-12-09 09:10", "2025-12-09 10:15", "水电维修", "5幢302室插座无电", "已更换插座"),
    ("2025-12-09 15:00", "2025-12-09 15:40", "门禁", "东门人行道闸无法刷卡", "已重启设备"),
    ("2025-12-10 08:35", "2025-12-12 16:20", "电梯", "8幢1号电梯门关闭迟缓", "已修复（配件到货延迟，超时）"),
    ("2025-12-10 11:50", "2025-12-10 14:30", "水电维修", "2幢1802室下水道堵塞", "已疏通"),
    ("2025-12-11 09:25", "2025-12-11 10:05", "公共设施", "7幢楼道扶手松动", "已加固"),
    ("2025-12-11 16:30", "2025-12-11 17:10", "绿化", "中心花园草坪积水", "已疏通排水口"),
    ("2025-12-12 08:40", "2025-12-12 11:00", "水电维修", "4幢601室热水器漏电跳闸", "已排查，建议业主联系厂家"),
    ("2025-12-13 10:15", "2025-12-13 11:45", "公共设施", "地下车库出口减速带松脱", "已重新固定"),
    ("2025-12-15 09:00", "2025-12-15 09:45", "门禁", "9幢单元门对讲无声音", "已维修"),
    ("2025-12-15 14:20", "2025-12-15 15:30", "电梯", "1幢1号电梯按键失灵", "已更换按键"),
    ("2025-12-16 08:45", "2025-12-16 12:30", "水电维修", "6号楼2单元1101室水管冻裂", "已更换管段并做保温"),
    ("2025-12-16 13:40", "2025-12-16 14:15", "保洁", "3幢电梯厅地面污渍", "已清洗"),
    ("2025-12-17 09:30", "2025-12-17 10:20", "公共设施", "5幢楼道感应灯常亮", "已更换感应开关"),
    ("2025-12-17 15:10", "2025-12-17 16:40", "水电维修", "7幢902室卫生间地漏返味", "已加装防臭地漏"),
    ("2025-12-18 10:00", "2025-12-18 11:10", "绿化", "西门绿化带枯枝清理", "已清理"),
    ("2025-12-19 08:55", "2025-12-19 10:30", "电梯", "6号楼1号电梯平层不准", "已调整"),
    ("2025-12-19 14:05", "2025-12-23 10:00", "水电维修", "8幢1单元公共水表井漏水", "已修复（需停水施工，超时）"),
    ("2025-12-20 09:15", "2025-12-20 10:00", "公共设施", "2幢信报箱门脱落", "已修复"),
    ("2025-12-22 08:30", "2025-12-22 09:10", "门禁", "北门车辆道闸不抬杆", "已重启并校准"),
    ("2025-12-22 13:50", "2025-12-22 15:30", "水电维修", "3幢1单元302室客厅灯具短路", "已更换开关"),
    ("2025-12-23 10:40", "2025-12-23 11:20", "保洁", "9幢垃圾房异味", "已清洗消毒"),
    ("2025-12-24 09:05", "2025-12-24 10:35", "公共设施", "会所门口地砖破损", "已更换地砖"),
    ("2025-12-25 14:30", "2025-12-25 16:00", "水电维修", "5幢1001室阳台排水管漏水", "已更换管件"),
    ("2025-12-26 08:50", "2025-12-26 10:00", "电梯", "9幢2号电梯轿厢照明不亮", "已更换灯管"),
    ("2025-12-27 10:20", "2025-12-27 11:40", "公共设施", "地下车库消防指示灯不亮", "已更换"),
    ("2025-12-29 09:35", "2025-12-29 11:30", "水电维修", "1幢302室电表箱跳闸", "已更换空开"),
    ("2025-12-30 15:15", "2025-12-30 16:25", "水电维修", "4幢1单元楼道水管保温层破损", "已重新包扎保温"),
]

WUYE_CHAT = """[2025-01-06 09:00] 张经理:
@所有人 本周五下午3点在会所召开年终总结会，请各部门主管准备好年度数据

[2025-01-20 16:45] 客服部刘静:
春节前给小区80岁以上独居老人送年货，今天一共走访了18户🧧

[2025-03-03 10:15] 工程部王强:
2月份全小区消防栓检查完毕，共检查消防栓86个，更换水带12条

[2025-03-03 10:21] 工程部王强:
更正：水带更换的是21条，不是12条，上面打错了

[2025-03-03 10:30] 张经理:
收到，辛苦了

[2025-04-10 17:20] 安保部赵刚:
今天下午6号楼地下车库消防通道清理完毕，清出堆放杂物5车

[2025-05-15 09:05] 张经理:
通知：5月20日上午8点至12点小区停水检修，请各楼管家提前在业主群通知

[2025-05-30 18:10] 客服部刘静:
端午慰问今天结束，80岁以上老人一共走访37户

[2025-07-08 08:30] 张经理:
@所有人 高温天气，室外作业避开11点至15点，注意防暑降温

[2025-10-14 14:22] 张经理:
@工程部王强 3幢顶楼漏水的事你负责跟进，周三前给业主答复

[2025-11-19 17:45] 客服部刘静:
今天业主接待日一共接待了21位业主，主要反映停车问题

[2025-12-31 17:30] 张经理:
感谢大家一年来的辛苦付出，新年快乐🎉
"""


def main():
    shequ(os.path.join(HERE, "shequ_quarter"))
    cun(os.path.join(HERE, "cun_halfyear"))
    wuye(os.path.join(HERE, "wuye_year"))


if __name__ == "__main__":
    main()
