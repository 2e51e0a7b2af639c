"""生成 shequ_weisheng_q3/ 的全部原始材料（expected.yaml 和 README.md 不由本脚本生成）。

柳塘社区卫生服务站（与柳塘社区居委会）2026年第三季度。
只用 python-docx、openpyxl 和标准库；不用随机数、不读当前日期；保存后把 zip 内时间戳和
docProps/core.xml 的创建/修改时间改成固定值，所以重复运行得到的文件逐字节相同。
台账“X月小计”行写 SUM 公式，并在重写 zip 时把计算结果写进 <v> 缓存值。

运行：/work/main/.venv/bin/python make_folder.py
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 10, 8, 9, 0, 0)
FIXED_ISO = "2026-10-08T09:00:00Z"
FIXED_DT = dt.datetime(2026, 10, 8, 9, 0, 0)
PHONE = "0571-86521437"


# ---------------------------------------------------------------- 通用：固定时间戳
def _fix_core_xml(data: bytes) -> bytes:
    text = data.decode("utf-8")
    for tag in ("dcterms:created", "dcterms:modified"):
        text = re.sub(
            rf"(<{tag}[^>]*>)[^<]*(</{tag}>)",
            lambda m: m.group(1) + FIXED_ISO + m.group(2),
            text,
        )
    text = re.sub(
        r"<cp:lastPrinted>[^<]*</cp:lastPrinted>",
        "<cp:lastPrinted>2026-10-08T09:00:00Z</cp:lastPrinted>",
        text,
    )
    return text.encode("utf-8")


def _rewrite_zip(path: Path, patches: dict[str, dict[str, str]] | None = None) -> None:
    """重写 zip：固定时间戳、固定 core.xml；patches[name] = {旧串: 新串}。"""
    src = zipfile.ZipFile(path)
    items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _fix_core_xml(data)
            if patches and name in patches:
                text = data.decode("utf-8")
                for old, new in patches[name].items():
                    if old not in text:
                        raise SystemExit(f"patch target not found in {name}: {old}")
                    text = text.replace(old, new, 1)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- 通用：docx
def _new_doc() -> Document:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    for name in ("Title", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")
    cp = doc.core_properties
    cp.author = "黄婷"
    cp.last_modified_by = "黄婷"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    return doc


def _title(doc: Document, text: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(18)


def _bold(doc: Document, text: str) -> None:
    doc.add_paragraph().add_run(text).bold = True


def _para(doc: Document, text: str) -> None:
    p = doc.add_paragraph(text)
    p.paragraph_format.first_line_indent = Pt(28)


def _tail(doc: Document, date_line: str, contact_line: str) -> None:
    doc.add_paragraph("")
    p = doc.add_paragraph(date_line)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(contact_line)


def _save_doc(doc: Document, name: str) -> None:
    path = HERE / name
    doc.save(path)
    _rewrite_zip(path)


# ---------------------------------------------------------------- 7月月报：手打编号 一、/（一）/1.
def make_july() -> None:
    doc = _new_doc()
    _title(doc, "柳塘社区卫生服务站2026年7月工作月报")
    _bold(doc, "一、基本医疗服务")
    _bold(doc, "（一）门诊服务")
    _para(doc, "1. 7月门诊接诊6,312人次，其中中医诊疗846人次。")
    _para(doc, "2. 开展夏季“三伏贴”敷贴服务，累计敷贴1,027人次。")
    _bold(doc, "（二）家庭医生签约服务")
    _para(doc, "1. 新增家庭医生签约318人，截至7月底累计签约5,864人。")
    _para(doc, "2. 家庭医生团队上门随访重点人群129人，发现异常11人，已转诊5人。")
    _bold(doc, "二、公共卫生服务")
    _bold(doc, "（一）健康教育")
    _para(doc, "1. 开展健康讲座3场，参加居民105人。")
    _para(doc, "2. 7月11日“世界人口日”在柳塘社区广场开展宣传咨询，发放宣传资料300份。")
    _bold(doc, "（二）慢病管理")
    _para(doc, "1. 规范管理高血压患者1,482人、2型糖尿病患者613人。")
    _bold(doc, "（三）老年人健康管理")
    _para(doc, "1. 完成65岁以上老年人健康体检412人。")
    _bold(doc, "三、联合居委会工作")
    _para(
        doc,
        "1. 与柳塘社区居委会联合开展“清凉一夏”送健康活动，为独居老人送去防暑药品56份。",
    )
    _bold(doc, "四、下月工作打算")
    _para(doc, "1. 做好8月8日“全民健身日”健康义诊活动准备。")
    _para(doc, "2. 8月中旬前完成秋季入学儿童预防接种证查验准备工作。")
    _para(doc, "3. 继续推进老年人健康体检。")
    _tail(doc, "报送日期：2026年8月3日", f"联系人：黄婷　　联系电话：{PHONE}")
    _save_doc(doc, "柳塘社区卫生服务站2026年7月工作月报.docx")


# ---------------------------------------------------------------- 8月：Word 标题样式，无手打编号
def make_august() -> None:
    doc = _new_doc()
    doc.add_paragraph("柳塘社区卫生服务站8月份工作情况汇报", style="Title")
    doc.add_paragraph("基本医疗服务", style="Heading 1")
    _para(
        doc,
        "8月门诊接诊6,075人次。8月8日“全民健身日”，服务站联合柳塘社区居委会在文化广场"
        "开展健康义诊，服务居民120余人，现场免费测量血压、血糖。",
    )
    doc.add_paragraph("家庭医生签约服务", style="Heading 1")
    _para(
        doc,
        "8月新增家庭医生签约276人。家庭医生团队上门随访重点人群130人，发现异常9人，均已纳入重点管理。",
    )
    doc.add_paragraph("公共卫生服务", style="Heading 1")
    doc.add_paragraph("健康教育", style="Heading 2")
    _para(doc, "开展健康讲座4场，参加居民142人。")
    doc.add_paragraph("预防接种", style="Heading 2")
    _para(doc, "完成秋季入学儿童预防接种证查验587份，补种疫苗73剂次。")
    doc.add_paragraph("老年人健康管理", style="Heading 2")
    _para(doc, "完成65岁以上老年人健康体检376人。")
    doc.add_paragraph("下月工作打算", style="Heading 1")
    doc.add_paragraph("启动流感疫苗预约登记工作。", style="List Bullet")
    doc.add_paragraph("配合居委会开展“全民健康生活方式月”系列宣传。", style="List Bullet")
    doc.add_paragraph("9月底前完成第三季度老年人健康体检任务。", style="List Bullet")
    _tail(doc, "报送日期：2026年9月2日", f"联系人：黄婷　　电话：{PHONE}")
    _save_doc(doc, "8月份工作情况汇报.docx")


# ---------------------------------------------------------------- 9月：段落＋表题＋表格，下月打算
def make_september() -> None:
    doc = _new_doc()
    _title(doc, "柳塘社区卫生服务站2026年9月工作月报")
    _bold(doc, "本月工作情况")
    _para(
        doc,
        "9月，服务站围绕“全民健康生活方式月”主题，联合柳塘社区居委会开展系列健康宣传活动。"
        "本月门诊接诊5,896人次，同比增长4.3%。中秋节前，为辖区80岁以上高龄老人送去健康包68份。"
        "主要指标完成情况见下表。",
    )
    cap = doc.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.add_run("表1 9月份基本公共卫生服务主要指标完成情况").bold = True
    rows = [
        ("项目", "本月完成", "三季度累计", "备注"),
        ("家庭医生上门随访", "139人", "398人", "发现异常12人，已转诊6人"),
        ("健康讲座", "5场", "12场", ""),
        ("健康讲座参加居民", "194人", "441人", ""),
        ("老年人健康体检", "289人", "1,077人", "65岁以上"),
        ("新增家庭医生签约", "254人", "848人", ""),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                cell.paragraphs[0].runs[0].bold = True
    _bold(doc, "下月工作打算")
    _para(doc, "1. 10月中旬前完成辖区重点人群流感疫苗接种预约通知。")
    _para(doc, "2. 做好重阳节老年人健康义诊准备工作。")
    _para(doc, "3. 10月底前完成三季度基本公共卫生服务数据上报。")
    _tail(doc, "报送日期：2026年10月8日", f"联系人：黄婷　　联系电话：{PHONE}")
    _save_doc(doc, "9月工作月报.docx")


# ---------------------------------------------------------------- 例会纪要（.txt，UTF-8，CRLF）
MINUTES = """\
柳塘社区卫生服务站　柳塘社区居委会
第三季度工作例会会议纪要

会议时间：2026年9月29日下午2:30
会议地点：柳塘社区居委会二楼会议室
主 持 人：陈雅琴
参会人员：服务站医护人员，居委会主任吴秀兰、网格员郑小东等，应到14人，实到13人
记 录 人：黄婷

会议议题：
一、通报第三季度工作完成情况；
二、研究部署第四季度重点工作。

会议内容：
1. 陈雅琴通报第三季度工作完成情况：三季度门诊累计接诊18,283人次；家庭医生团队累计上门随访\
重点人群398人，发现异常32人，累计转诊15人；各项公共卫生服务指标均按进度完成。
2. 吴秀兰介绍居委会配合情况：三季度网格员入户发放健康宣传资料2,150份，协助服务站通知、\
组织居民参加健康讲座和义诊活动。
3. 与会人员就老年人体检预约难、部分独居老人随访不便等问题进行了讨论。

会议决定：
1. 10月底前完成辖区65岁以上老年人健康体检收尾工作，全年体检人数力争达到1,500人。
2. 拟于11月开展“联合国糖尿病日”主题义诊和糖尿病筛查活动。
3. 第四季度每月至少开展健康讲座2场，由居委会负责通知居民。
4. 12月底前完成重点人群家庭医生签约续约摸底工作。
5. 拟于10月下旬联合居委会在社区广场开展流感疫苗集中接种。

（会议纪要由黄婷整理，经陈雅琴审阅。）
"""


def make_minutes() -> None:
    data = MINUTES.replace("\n", "\r\n").encode("utf-8")
    (HERE / "第三季度工作例会会议纪要.txt").write_bytes(data)


# ---------------------------------------------------------------- 台账（.xlsx）
# (日期, 随访小区, 随访人数, 发现异常, 讲座主题, 参加人数, 责任医生, 备注)
LEDGER: dict[int, list[tuple]] = {
    7: [
        ((7, 2), "锦华苑", 18, 2, None, None, "刘建国", "重点随访锦华苑7幢独居老人"),
        ((7, 6), "柳塘新村", 22, 1, None, None, "孙丽", None),
        ((7, 9), None, None, None, "夏季防中暑", 35, "赵晓峰", None),
        ((7, 13), "枫桥小区", 25, 3, None, None, "赵晓峰", None),
        ((7, 16), "锦华苑", 19, 1, None, None, "刘建国", None),
        ((7, 21), None, None, None, "高血压合理用药", 42, "孙丽", None),
        ((7, 23), "柳塘新村", 24, 2, None, None, "孙丽", None),
        ((7, 27), "枫桥小区", 21, 2, None, None, "赵晓峰", None),
        ((7, 29), None, None, None, "儿童防溺水与急救", 28, "马骏", None),
    ],
    8: [
        ((8, 4), "锦华苑", 20, 1, None, None, "刘建国", None),
        ((8, 6), None, None, None, "糖尿病饮食管理", 38, "孙丽", None),
        ((8, 10), "柳塘新村", 23, 2, None, None, "孙丽", None),
        ((8, 12), None, None, None, "中医夏季养生", 27, "马骏", None),
        ((8, 13), "枫桥小区", 17, 0, None, None, "赵晓峰", None),
        ((8, 18), None, None, None, "老年人防跌倒", 46, "赵晓峰", None),
        ((8, 20), "锦华苑", 29, 3, None, None, "刘建国", None),
        ((8, 25), "柳塘新村", 19, 1, None, None, "孙丽", None),
        ((8, 27), None, None, None, "秋季腹泻预防", 31, "马骏", None),
        ((8, 31), "枫桥小区", 22, 2, None, None, "赵晓峰", None),
    ],
    9: [
        ((9, 2), "柳塘新村", 24, 2, None, None, "孙丽", None),
        ((9, 7), None, None, None, "合理膳食　健康体重", 52, "马骏", None),
        ((9, 9), "锦华苑", 27, 3, None, None, "刘建国", None),
        ((9, 11), None, None, None, "流感疫苗与预防接种", 44, "马骏", None),
        ((9, 14), "枫桥小区", 21, 1, None, None, "赵晓峰", None),
        ((9, 16), None, None, None, "心脑血管疾病预防", 39, "刘建国", None),
        ((9, 19), None, None, None, "全国爱牙日·口腔保健", 33, "孙丽", None),
        ((9, 21), "柳塘新村", 26, 2, None, None, "孙丽", None),
        ((9, 24), None, None, None, "老年期痴呆早期识别", 26, "赵晓峰", None),
        ((9, 25), "锦华苑", 18, 1, None, None, "刘建国", None),
        ((9, 28), "枫桥小区", 23, 3, None, None, "赵晓峰", None),
    ],
}
LEDGER_NAME = "家庭医生上门随访及健康讲座台账（2026年三季度）.xlsx"


def make_ledger() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "三季度台账"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws["A1"] = "柳塘社区卫生服务站2026年第三季度家庭医生上门随访及健康讲座台账"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    ws.merge_cells("A1:H1")

    ws["A2"] = "日期"
    ws["B2"] = "家庭医生上门随访"
    ws["E2"] = "健康讲座"
    ws["G2"] = "责任医生"
    ws["H2"] = "备注"
    ws["B3"] = "随访小区"
    ws["C3"] = "随访人数（人）"
    ws["D3"] = "发现异常（人）"
    ws["E3"] = "讲座主题"
    ws["F3"] = "参加人数（人）"
    for rng in ("A2:A3", "B2:D2", "E2:F2", "G2:G3", "H2:H3"):
        ws.merge_cells(rng)
    for row in ws.iter_rows(min_row=2, max_row=3, max_col=8):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = center
            cell.border = box

    cached: dict[str, int] = {}
    r = 4
    for month, rows in LEDGER.items():
        first = r
        for (m, d), area, visits, abn, topic, people, doctor, note in rows:
            ws.cell(r, 1, dt.datetime(2026, m, d)).number_format = "yyyy-mm-dd"
            for col, value in ((2, area), (3, visits), (4, abn), (5, topic), (6, people)):
                if value is not None:
                    ws.cell(r, col, value)
            ws.cell(r, 7, doctor)
            if note:
                ws.cell(r, 8, note)
            r += 1
        last = r - 1
        ws.cell(r, 1, f"{month}月小计")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        for col, letter, idx in ((3, "C", 2), (4, "D", 3), (6, "F", 5)):
            ws.cell(r, col, f"=SUM({letter}{first}:{letter}{last})")
            cached[f"{letter}{r}"] = sum(x[idx] for x in rows if x[idx] is not None)
        for c in range(1, 9):
            ws.cell(r, c).font = Font(bold=True)
        r += 1
    for row in ws.iter_rows(min_row=4, max_row=r - 1, max_col=8):
        for cell in row:
            cell.border = box
    r += 1
    ws.cell(r, 1, "填表人：黄婷　　审核：陈雅琴　　填报日期：2026年9月30日")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    for letter, width in zip("ABCDEFGH", (12, 12, 14, 14, 22, 14, 10, 28), strict=True):
        ws.column_dimensions[letter].width = width
    wb.properties.creator = "黄婷"
    wb.properties.lastModifiedBy = "黄婷"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT

    path = HERE / LEDGER_NAME
    wb.save(path)
    # 写入公式缓存值：openpyxl 写成 <c r="C13"><f>…</f><v></v></c> 或 <v /> 两种之一
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        xml = z.read(sheet).decode("utf-8")
    patch: dict[str, str] = {}
    for ref, value in cached.items():
        m = re.search(rf'<c r="{ref}"[^>]*><f>[^<]*</f>(<v\s*/>|<v></v>)?</c>', xml)
        if not m:
            raise SystemExit(f"formula cell {ref} not found")
        old = m.group(0)
        body = old[: m.start(1) - m.start(0)] if m.group(1) else old[: -len("</c>")]
        patch[old] = f"{body}<v>{value}</v></c>"
    _rewrite_zip(path, {sheet: patch})


# ---------------------------------------------------------------- 工作群聊天记录（.txt，UTF-8，LF）
CHAT = """\
柳塘社区健康服务群（居委会＋服务站）

黄婷 2026/7/11 16:40
今天世界人口日宣传结束了，在广场发放宣传资料300份，照片已发群相册

陈雅琴 2026/7/11 16:52
感谢大家周末还来加班，辛苦了🌹

陈雅琴 2026/7/20 08:50
上周五在柳塘广场教的八段锦，来了大概60人，居民反响挺好，下个月可以再搞一次

吴秀兰 2026/7/20 09:03
[强][强]

赵晓峰 2026/8/3 09:15
@所有人 明天8点到站，带上工作证，去锦华苑入户随访

孙丽 2026/8/3 09:17
收到👍

刘建国 2026/8/9 10:02
昨天义诊实际来了140多人，比预计的多，量血压的队都排到门口了😂

"王芳" 撤回了一条消息

王芳 2026/8/9 10:06
[图片]

陈雅琴 2026/8/9 10:10
谢谢刘医生，大家辛苦了🙏

—————— 以下为手机端导出 ——————

2026年9月24日
吴秀兰：截至今天流感疫苗预约登记共263人，名单已发黄婷
吴秀兰：更正：刚才说错了，是236人，不是263人
黄婷：收到，谢谢吴主任

2026年9月26日
郑小东：@所有人 29号下午2点半在居委会二楼开三季度工作例会，请准时参加
陈雅琴：好的😊
"""


def make_chat() -> None:
    (HERE / "柳塘健康服务群聊天记录.txt").write_bytes(CHAT.encode("utf-8"))


# ---------------------------------------------------------------- 系统导出 CSV（GBK，CRLF）
def make_csv() -> None:
    lines = ["统计月份,机构名称,随访人数,发现异常数,已转诊数"]
    referrals = {7: 5, 8: 4, 9: 6}
    for month, rows in LEDGER.items():
        visits = sum(x[2] for x in rows if x[2] is not None)
        abn = sum(x[3] for x in rows if x[3] is not None)
        lines.append(f"2026-{month:02d},柳塘社区卫生服务站,{visits},{abn},{referrals[month]}")
    (HERE / "家庭医生随访统计导出.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 读不了的文件（WPS 私有格式占位）
def make_wps() -> None:
    head = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900")
    body = bytes((i * 37 + 11) % 251 for i in range(4096 - len(head)))
    (HERE / "居委会健康档案移交清单.wps").write_bytes(head + body)


def main() -> None:
    make_july()
    make_august()
    make_september()
    make_minutes()
    make_ledger()
    make_chat()
    make_csv()
    make_wps()


if __name__ == "__main__":
    main()
