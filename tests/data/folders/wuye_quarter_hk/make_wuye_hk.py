#!/usr/bin/env python3
"""生成 tests/data/folders/wuye_quarter_hk/ 下的測試材料：
翠林苑物業管理處 2025年第二季度（4—6月，繁體）。

只用 python-docx、openpyxl 和標準庫；不用隨機數、不讀當前日期。
.docx/.xlsx 保存後把 zip 內每個條目的時間戳和 docProps/core.xml 的建立/修改時間改成固定值，
所以重複運行得到的文件逐字節相同。expected.yaml 不由本腳本生成（手寫）。

本套材料的新版式：
- 4月報告用 壹、貳、參、肆 做一級標題，（一）（二）做二級標題（手打，加粗段落）；
- 5月份寫成致業主委員會的信函（「致翠林苑業主委員會：」開頭，「此致／敬禮」結尾，署名、日期、副本抄送）；
- 6月份月報整份只有一個 Word 表格（首行合併作表題，項目/內容/數量/備註，下月計劃和填報人也在表格裏），沒有正文段落；
- 維修工單系統匯出 .xlsx：每張工單一行，各類別的宗數要數行才得出；
- 保安巡邏記錄 .txt：每日一行，月底合計行；
- WhatsApp（iPhone）匯出格式 `[2025/5/3 下午4:12:05] 名字: 訊息`，有多行訊息、‎圖片已略去、已刪除訊息；
- 管理費收繳統計 .csv：Big5 編碼、CRLF，首行表題、末行製表人。

用法：python make_wuye_hk.py            # 在本腳本所在目錄下重建材料
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

UNIT = "翠林苑物業管理處"
PHONE = "2345 6789"
MOBILE = "9123 4567"


# ---------------------------------------------------------------- 通用工具


def fix_zip(path, when):
    """zip 條目時間統一為 when，條目順序不變；core.xml 的 created/modified 也改為 when。"""
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
    east_asia_font(d.styles["Normal"], "新細明體", 12)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    cp.title = ""
    return d


def centered(container, text, size=16, bold=True):
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def body(container, text, indent=True):
    p = container.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    p.add_run(text)
    return p


def bold_line(container, text, size=None, indent=False):
    p = container.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(24)
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def right_line(container, text):
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(text)
    return p


def save_doc(d, name, when):
    path = os.path.join(OUT, name)
    d.save(path)
    fix_zip(path, when)


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# ================================================================ 1. 4月份管理工作報告（壹、貳、參 一級標題，（一）二級標題）


def april_docx():
    when = dt.datetime(2025, 5, 6, 10, 30)
    d = new_doc("陳志明", when)
    centered(d, UNIT, size=16)
    centered(d, "2025年4月份管理工作報告", size=18)
    sections = [
        (
            "壹、維修保養",
            [
                ("（一）日常維修", "4月共接獲住戶報修工單13宗，全部已於當月完成。"),
                (
                    "（二）水缸清洗",
                    "4月12日至13日完成全苑8座食水缸及鹹水缸清洗，共清洗水缸16個，經化驗水質合格。",
                ),
                ("（三）升降機保養", "完成全苑24部升降機月度保養，並安排註冊承辦商進行安全檢查。"),
            ],
        ),
        (
            "貳、保安及消防",
            [
                ("（一）火警演習", "4月26日上午聯同消防處舉行年度火警演習，參與住戶及員工共138人。"),
                ("（二）消防設備", "檢查全苑滅火筒212個，更換過期滅火筒18個。"),
            ],
        ),
        (
            "參、社區服務",
            [
                (
                    "（一）入伙十週年活動",
                    "適逢本苑入伙十週年，4月19日於平台花園舉辦「翠林十載」嘉年華，參加住戶600餘人次。",
                ),
                ("（二）關懷長者", "聯同區內長者鄰舍中心探訪苑內75歲以上獨居長者27戶。"),
            ],
        ),
    ]
    for head, subs in sections:
        bold_line(d, head, size=14)
        for sub, text in subs:
            bold_line(d, sub, indent=True)
            body(d, text)
    bold_line(d, "肆、五月份工作計劃", size=14)
    for t in (
        "（一）5月中旬進行全苑滅蚊滅鼠行動。",
        "（二）5月底前完成第6座外牆紙皮石修補。",
        "（三）籌備6月份業主委員會會議。",
    ):
        body(d, t)
    d.add_paragraph("")
    body(d, "報送日期：2025年5月6日", indent=False)
    body(d, "聯絡人：陳志明（物業經理）　電話：" + PHONE, indent=False)
    save_doc(d, "2025年4月份管理工作報告.docx", when)


# ================================================================ 2. 5月份工作匯報（致業主委員會信函）


def may_letter_docx():
    when = dt.datetime(2025, 6, 4, 15, 10)
    d = new_doc("陳志明", when)
    body(d, "致翠林苑業主委員會：", indent=False)
    body(d, "現將本處2025年5月份管理工作情況匯報如下，敬請察閱。")
    body(
        d,
        "維修方面，5月共接獲住戶報修工單16宗，其中升降機故障報修2宗，截至月底已全部完成。"
        "第6座外牆紙皮石修補工程已於5月28日完成，修補面積約85平方米。",
    )
    body(
        d,
        "環境衛生方面，本處於5月14日至16日進行全苑滅蚊滅鼠行動，共放置鼠餌盒120個，並於各座平台及花園噴灑滅蚊油。",
    )
    body(d, "保安方面，本月代住戶簽收包裹及掛號郵件380件，並在各座大堂張貼防盜宣傳海報。")
    body(d, "社區服務方面，5月29日（端午節前夕）於會所舉辦敬老活動，向苑內70歲以上長者派發糉子150份。")
    body(
        d,
        "6月份，本處將於上旬完成各座天台及平台去水口清理，以迎接雨季；並於中旬更換第2座及第7座大堂對講機主機。",
    )
    body(d, "如有查詢，歡迎致電本處：" + PHONE + "。")
    body(d, "此致")
    body(d, "敬禮", indent=False)
    d.add_paragraph("")
    right_line(d, UNIT)
    right_line(d, "物業經理　陳志明　謹啟")
    right_line(d, "2025年6月4日")
    d.add_paragraph("")
    body(d, "副本抄送：宏基物業管理有限公司物業管理部", indent=False)
    save_doc(d, "致業主委員會函（2025年5月份工作匯報）.docx", when)


# ================================================================ 3. 6月份工作月報表（整份只有一個表格）

JUNE_ROWS = [
    ("維修保養", "6月接獲住戶報修工單", "15宗", "未完成工單轉下月跟進，詳見維修工單匯出"),
    ("維修保養", "6月3日至6日清理各座天台及平台去水口", "46個", "雨季前完成"),
    ("維修保養", "更換第2座、第7座大堂對講機主機", "2台", "原主機入伙時安裝，已使用十年"),
    ("保安", "全月日更、夜更巡邏", "360次", "見保安巡邏記錄"),
    ("保安", "巡邏發現異常情況", "7宗", "均已跟進處理"),
    ("防風防汛", "6月14日三號強風信號期間巡查及加固棚架", "32人次", "出動員工人次"),
    ("環境衛生", "配合「全港滅蚊運動2025」清理積水點", "38處", "已於6月30日前完成"),
    ("社區活動", "6月15日父親節親子手工班", "24個家庭", "於會所舉行"),
    ("下月計劃", "7月上旬完成第1至4座消防喉轆年檢", "—", ""),
    ("下月計劃", "7月起實施新訪客登記安排", "—", ""),
    ("填報", "陳志明（物業經理）", "", "2025年7月3日"),
]


def june_table_docx():
    when = dt.datetime(2025, 7, 3, 11, 45)
    d = new_doc("陳志明", when)
    t = d.add_table(rows=len(JUNE_ROWS) + 2, cols=4)
    t.style = "Table Grid"
    title = t.cell(0, 0).merge(t.cell(0, 3))
    title.text = ""
    p = title.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(UNIT + "2025年6月份工作月報")
    r.bold = True
    r.font.size = Pt(14)
    rows = [("項目", "內容", "數量", "備註"), *JUNE_ROWS]
    for i, row in enumerate(rows, 1):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.bold = i == 1
    d.add_paragraph("")  # Word 文件最後一個元素要是段落；這是空段落，不是正文
    save_doc(d, "2025年6月份工作月報表.docx", when)


# ================================================================ 4. 維修工單匯出（每張工單一行）

# 工單號, 報修日期, 類別, 位置, 報修內容, 狀態, 完成日期（None = 未完成）
ORDERS = [
    ("CL2504-001", (4, 2), "水電", "3座12樓B室", "浴室公用喉管滲水", "已完成", (4, 3)),
    ("CL2504-002", (4, 3), "公共設施", "5座地下大堂", "信箱門鉸損壞", "已完成", (4, 4)),
    ("CL2504-003", (4, 7), "渠務", "1座3樓平台", "平台去水口淤塞", "已完成", (4, 7)),
    ("CL2504-004", (4, 8), "電梯", "2座升降機L1", "升降機門關閉緩慢", "已完成", (4, 8)),
    ("CL2504-005", (4, 10), "水電", "7座20樓D室", "走廊電錶房跳掣", "已完成", (4, 10)),
    ("CL2504-006", (4, 11), "門禁對講", "6座地下大堂", "對講機無聲", "已完成", (4, 14)),
    ("CL2504-007", (4, 14), "清潔衛生", "停車場B1層", "車位地面油漬", "已完成", (4, 15)),
    ("CL2504-008", (4, 15), "公共設施", "平台花園", "兒童遊樂場鞦韆鏈鬆脫", "已完成", (4, 16)),
    ("CL2504-009", (4, 17), "水電", "4座8樓A室", "公用水錶漏水", "已完成", (4, 18)),
    ("CL2504-010", (4, 22), "渠務", "8座地下", "污水渠倒灌", "已完成", (4, 23)),
    ("CL2504-011", (4, 24), "水電", "1座15樓走廊", "走廊燈不亮", "已完成", (4, 24)),
    ("CL2504-012", (4, 28), "公共設施", "會所健身室", "跑步機故障", "已完成", (4, 30)),
    ("CL2504-013", (4, 29), "門禁對講", "3座地下大堂", "八達通門禁讀卡器失靈", "已完成", (4, 30)),
    ("CL2505-001", (5, 2), "水電", "2座5樓C室", "門外公用喉管滴水", "已完成", (5, 3)),
    ("CL2505-002", (5, 5), "電梯", "5座升降機L2", "升降機困人（已即時解困）", "已完成", (5, 6)),
    ("CL2505-003", (5, 6), "渠務", "6座2樓平台", "平台積水", "已完成", (5, 7)),
    ("CL2505-004", (5, 8), "公共設施", "4座地下大堂", "自動門感應失靈", "已完成", (5, 9)),
    ("CL2505-005", (5, 9), "水電", "8座16樓E室", "走廊後備電源故障", "已完成", (5, 10)),
    ("CL2505-006", (5, 12), "清潔衛生", "3座垃圾房", "垃圾房異味", "已完成", (5, 12)),
    ("CL2505-007", (5, 13), "門禁對講", "7座地下大堂", "大堂大閘電磁鎖失靈", "已完成", (5, 14)),
    ("CL2505-008", (5, 15), "公共設施", "停車場B2層", "車閘欄杆損壞", "已完成", (5, 17)),
    ("CL2505-009", (5, 19), "水電", "5座10樓A室", "公用喉管爆裂", "已完成", (5, 19)),
    ("CL2505-010", (5, 20), "渠務", "平台花園", "噴水池排水不暢", "已完成", (5, 21)),
    ("CL2505-011", (5, 22), "電梯", "8座升降機L1", "按鈕失靈", "已完成", (5, 22)),
    ("CL2505-012", (5, 23), "公共設施", "2座天台", "天台門鎖損壞", "已完成", (5, 24)),
    ("CL2505-013", (5, 26), "水電", "6座23樓B室", "走廊燈閃爍", "已完成", (5, 26)),
    ("CL2505-014", (5, 27), "門禁對講", "1座地下大堂", "對講機按鍵失靈", "已完成", (5, 29)),
    ("CL2505-015", (5, 28), "渠務", "4座地下", "地台去水淤塞", "已完成", (5, 29)),
    ("CL2505-016", (5, 30), "清潔衛生", "7座後樓梯", "後樓梯有雜物堆放", "已完成", (5, 30)),
    ("CL2506-001", (6, 2), "渠務", "3座天台", "天台去水口淤塞", "已完成", (6, 3)),
    ("CL2506-002", (6, 3), "水電", "1座9樓F室", "公用電錶房漏水", "已完成", (6, 4)),
    ("CL2506-003", (6, 5), "公共設施", "平台花園", "涼亭木椅損壞", "已完成", (6, 9)),
    ("CL2506-004", (6, 6), "電梯", "6座升降機L2", "運行時有異響", "已完成", (6, 7)),
    ("CL2506-005", (6, 9), "水電", "4座地下大堂", "大堂吊燈不亮", "已完成", (6, 9)),
    ("CL2506-006", (6, 10), "門禁對講", "2座地下大堂", "對講機主機故障（已安排更換）", "已完成", (6, 16)),
    ("CL2506-007", (6, 12), "水電", "3座12樓B室", "天花滲水（需上層單位配合檢查）", "處理中", None),
    ("CL2506-008", (6, 13), "清潔衛生", "5座垃圾房", "垃圾房有蟑螂", "已完成", (6, 14)),
    ("CL2506-009", (6, 16), "渠務", "2座3樓平台", "平台去水口淤塞", "已完成", (6, 16)),
    ("CL2506-010", (6, 17), "公共設施", "會所泳池", "泳池過濾泵故障", "處理中", None),
    ("CL2506-011", (6, 18), "水電", "7座11樓C室", "門外公用喉管滲水", "已完成", (6, 19)),
    ("CL2506-012", (6, 19), "電梯", "1座升降機L1", "平層不準（等候原廠零件）", "處理中", None),
    ("CL2506-013", (6, 23), "公共設施", "8座地下大堂", "玻璃門有裂紋", "已完成", (6, 25)),
    ("CL2506-014", (6, 24), "渠務", "5座地下", "明渠淤塞", "已完成", (6, 24)),
    ("CL2506-015", (6, 26), "門禁對講", "7座地下大堂", "對講機主機故障（已安排更換）", "已完成", (6, 27)),
]

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def check_orders():
    """材料之間的數字要對得上：各月、各類別、狀態的宗數。"""
    by_month, by_cat, by_status = {}, {}, {}
    for _no, (m, _d), cat, _loc, _what, status, _done in ORDERS:
        by_month[m] = by_month.get(m, 0) + 1
        by_cat[cat] = by_cat.get(cat, 0) + 1
        by_status[status] = by_status.get(status, 0) + 1
    assert by_month == {4: 13, 5: 16, 6: 15}, by_month
    assert by_cat == {"水電": 12, "電梯": 5, "公共設施": 9, "渠務": 8, "門禁對講": 6, "清潔衛生": 4}, by_cat
    assert by_status == {"已完成": 41, "處理中": 3}, by_status
    may_lift = sum(1 for o in ORDERS if o[1][0] == 5 and o[2] == "電梯")
    assert may_lift == 2
    assert all(o[5] == "已完成" for o in ORDERS if o[1][0] in (4, 5))


def orders_xlsx():
    check_orders()
    when = dt.datetime(2025, 6, 27, 17, 30)
    wb = Workbook()
    ws = wb.active
    ws.title = "工單"
    ws.merge_cells("A1:G1")
    ws["A1"] = "翠林苑維修工單匯出"
    ws["A1"].font = Font(name="新細明體", size=14, bold=True)
    ws["A1"].alignment = CENTER
    ws.merge_cells("A2:G2")
    ws["A2"] = "匯出時間：2025-06-27 17:30　篩選條件：報修日期 2025-04-01 至 2025-06-30"
    heads = ["工單號", "報修日期", "類別", "位置", "報修內容", "狀態", "完成日期"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(3, j, h)
        c.font = Font(name="新細明體", size=11, bold=True)
    r = 4
    for no, (m, dd), cat, loc, what, status, done in ORDERS:
        ws.cell(r, 1, no)
        ws.cell(r, 2, dt.datetime(2025, m, dd)).number_format = "yyyy-mm-dd"
        ws.cell(r, 3, cat)
        ws.cell(r, 4, loc)
        ws.cell(r, 5, what)
        ws.cell(r, 6, status)
        if done is not None:
            ws.cell(r, 7, dt.datetime(2025, done[0], done[1])).number_format = "yyyy-mm-dd"
        r += 1
    for row in ws.iter_rows(min_row=3, max_row=r - 1, max_col=7):
        for cell in row:
            cell.border = BOX
            if cell.column != 5:
                cell.alignment = CENTER
    for col, w in zip("ABCDEFG", (13, 12, 11, 14, 30, 9, 12), strict=True):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.properties.creator = "梁淑儀"
    wb.properties.lastModifiedBy = "梁淑儀"
    wb.properties.created = when
    wb.properties.modified = when
    name = "維修工單匯出_20250627.xlsx"
    path = os.path.join(OUT, name)
    wb.save(path)
    fix_zip(path, when)


# ================================================================ 5. 保安巡邏記錄（每日一行，月底合計）

DAY_GUARDS = ["黃志強", "鄭家輝", "馮子軒"]
NIGHT_GUARDS = ["吳家明", "譚志偉", "蔡文傑"]
PATROLS = {5: 10, 10: 11, 14: 16, 15: 14, 17: 10, 20: 14, 24: 11, 28: 10}  # 其餘日子 12 次
ANOMALIES = {
    3: "5座後樓梯12樓照明故障，已報修",
    9: "停車場B1層有私家車漏油，已通知車主",
    12: "3座12樓B室天花滲水，已轉工程部",
    14: "三號強風信號生效，平台花園樹枝折斷，已圍封",
    19: "1座升降機L1平層不準，已報修",
    23: "8座地下大堂玻璃門有裂紋，已圍封",
    27: "有推銷人士在4座逐層派傳單，已勸離",
}
NOTES = {14: "（三號強風信號，加強巡查）", 15: "（風後巡查）", 20: "（黃色暴雨警告，加強巡查）"}
WEEKDAYS = "一二三四五六日"


def patrol_txt():
    lines = [
        "翠林苑保安部　巡邏記錄簿",
        "月份：2025年6月　　保安主任：李國華",
        "日期　　　　　當值（日更／夜更）　　　　巡邏次數　　異常情況",
        "────────────────────────────────",
    ]
    total = 0
    for day in range(1, 31):
        wd = WEEKDAYS[dt.date(2025, 6, day).weekday()]
        n = PATROLS.get(day, 12)
        total += n
        k = day - 1
        a = ANOMALIES.get(day)
        odd = "異常1宗：" + a if a else "異常：無"
        lines.append(
            "6月%d日（%s）　日更：%s　夜更：%s　巡邏%d次%s　%s"
            % (day, wd, DAY_GUARDS[k % 3], NIGHT_GUARDS[(k + 1) % 3], n, NOTES.get(day, ""), odd)
        )
    assert total == 360, total
    lines += [
        "────────────────────────────────",
        "6月合計：巡邏%d次，發現異常%d宗，均已跟進處理。" % (total, len(ANOMALIES)),
        "記錄：李國華　　核對：陳志明（物業經理）",
        "",
    ]
    write_bytes("保安巡邏記錄_2025年6月.txt", "\r\n".join(lines).encode("utf-8"))


# ================================================================ 6. WhatsApp 群組匯出（iPhone 格式）

LRM = "\u200e"

CHAT = [
    (
        (4, 1, 9, 0, 12),
        "翠林苑管理處工作群",
        LRM + "訊息和通話已經端對端加密。此對話以外的人士，包括 WhatsApp，都無法讀取或收聽。",
    ),
    ((4, 17, 11, 20, 3), "陳經理", "提提大家，4月19日（星期六）十週年嘉年華，全部同事早上8點半到平台花園集合"),
    ((4, 17, 11, 21, 10), "黃家豪", "👍"),
    ((4, 17, 11, 22, 31), "何嘉欣", "收到"),
    ((4, 19, 18, 40, 11), "何嘉欣", "今日嘉年華圓滿結束🎉🎉 攤位遊戲一共派出禮物包350份，多謝各位幫手！"),
    ((4, 19, 18, 41, 2), "陳經理", "辛苦晒大家👏"),
    ((5, 10, 15, 5, 40), "黃家豪", "今日換咗平台花園光管28支"),
    ((5, 10, 15, 9, 2), "黃家豪", "更正：平台花園光管係換咗23支，唔係28支，打錯字🙏"),
    ((5, 10, 15, 10, 15), "陳經理", "OK 👌"),
    ((5, 15, 18, 2, 31), "黃家豪", "滅鼠行動今日完成，全苑共放咗鼠餌盒126個"),
    ((5, 15, 18, 3, 15), "陳經理", "👍"),
    (
        (5, 20, 10, 12, 44),
        "梁淑儀",
        "轉發：\n民政事務總署通告：為配合「全港滅蚊運動2025」第二期，各屋苑須於6月30日前完成清理積水，"
        "並於7月10日前填報報告表。",
    ),
    ((5, 20, 10, 15, 1), "陳經理", "收到，@何嘉欣 你負責跟進報告表"),
    ((5, 24, 17, 20, 36), "何嘉欣", "今日會所長者健康講座搞掂，大概三四十人出席，反應唔錯😊"),
    ((5, 24, 17, 21, 40), "陳經理", "👍👍"),
    ((6, 12, 14, 30, 18), "黃家豪", "CL2506-007 3座12樓B室天花滲水，要等13樓業主開門先查到，暫時未完成"),
    ((6, 12, 14, 31, 5), "陳經理", "好，你跟進埋，有咩事打我手提 " + MOBILE),
    ((6, 14, 19, 48, 55), "李國華", "三號風球已掛，夜更會加強巡查天台同棚架"),
    ((6, 14, 19, 49, 30), "陳經理", "收到，注意安全"),
    ((6, 15, 17, 55, 12), "何嘉欣", LRM + "圖片已略去"),
    ((6, 15, 17, 56, 3), "何嘉欣", "父親節親子手工班完滿結束，今日有24個家庭參加👨‍👧"),
    ((6, 20, 8, 5, 27), "梁淑儀", LRM + "此訊息已被刪除。"),
    ((6, 27, 16, 40, 9), "陳經理", "聽日業委會開會，管理費數我已經截到今日，@梁淑儀 幫手印13份會議文件"),
    ((6, 27, 16, 41, 0), "梁淑儀", "收到👍"),
    ((7, 2, 10, 5, 33), "黃家豪", "補報：6月份清洗咗各座大堂冷氣機隔塵網64個"),
    ((7, 2, 10, 6, 10), "陳經理", "👍"),
]


def stamp_ios(m, d, h, mi, s):
    ampm = "上午" if h < 12 else "下午"
    h12 = h % 12 or 12
    return "[2025/%d/%d %s%d:%02d:%02d]" % (m, d, ampm, h12, mi, s)


def chat_txt():
    out = []
    for when, who, msg in CHAT:
        out.append("%s %s: %s" % (stamp_ios(*when), who, msg))
    write_bytes("WhatsApp對話 - 翠林苑管理處工作群.txt", ("\n".join(out) + "\n").encode("utf-8"))


# ================================================================ 7. 業主委員會會議記錄


def minutes_docx():
    when = dt.datetime(2025, 6, 30, 16, 0)
    d = new_doc("梁淑儀", when)
    centered(d, "翠林苑業主委員會", size=16)
    centered(d, "2025年度第三次會議記錄", size=16)
    for t in (
        "日期：2025年6月28日（星期六）",
        "時間：下午3時正至5時15分",
        "地點：翠林苑會所多用途活動室",
        "主持：林美華（主席）",
        "出席：林美華（主席）、張國強（副主席）、劉志偉（司庫）、吳麗珍（秘書）及委員九人，共13人",
        "缺席：黃秀芬（因事請假）",
        "列席：陳志明（物業經理）、黃家豪（工程主任）、李國華（保安主任）",
        "記錄：梁淑儀（管理處文員）",
    ):
        body(d, t, indent=False)
    bold_line(d, "一、通過上次會議記錄")
    body(d, "2025年度第二次會議記錄經修訂後獲一致通過。")
    bold_line(d, "二、管理處報告第二季度工作")
    body(
        d,
        "陳志明經理報告：本季度共接獲住戶報修工單44宗，已完成41宗，處理中3宗；"
        "報修宗數按年上升8%，主要為渠務及滲水個案。",
    )
    body(
        d,
        "截至6月27日，第二季度應收管理費2,376,000港元，已收2,214,380港元，收繳率93.2%，"
        "尚有57戶欠繳，管理處已發出催繳信。",
    )
    body(d, "委員會對管理處同事籌辦入伙十週年嘉年華的努力表示感謝。")
    bold_line(d, "三、討論及議決事項")
    bold_line(d, "（一）第3座及第5座外牆維修工程", indent=True)
    body(d, "管理處建議以公開招標方式進行，經討論後付諸表決：贊成12票、反對1票、棄權0票，議案獲得通過。")
    bold_line(d, "（二）停車場月租車位收費", indent=True)
    body(d, "管理處建議月租車位收費維持不變，至年底再作檢討，委員一致同意。")
    bold_line(d, "四、第三季度工作安排（議決）")
    for t in (
        "1. 7月中旬展開第3座及第5座外牆維修工程公開招標。",
        "2. 8月底前完成全苑消防裝置年檢。",
        "3. 9月舉辦中秋綵燈會，預算不超過30,000港元。",
        "4. 由7月起每月在大堂告示板公佈管理費收繳情況。",
    ):
        body(d, t)
    bold_line(d, "五、下次會議")
    body(d, "下次會議定於2025年9月27日（星期六）下午3時舉行。")
    d.add_paragraph("")
    body(d, "主席：林美華　　　　記錄：梁淑儀", indent=False)
    save_doc(d, "業主委員會2025年度第三次會議記錄.docx", when)


# ================================================================ 8. 管理費收繳統計（Big5，CRLF）

# 座號, 應收管理費（港元）, 欠繳戶數, 欠繳金額
FEES = [
    ("第1座", 312000, 6, 17010),
    ("第2座", 288000, 7, 19880),
    ("第3座", 301500, 8, 22640),
    ("第4座", 279000, 9, 25380),
    ("第5座", 306000, 5, 14200),
    ("第6座", 294000, 8, 22720),
    ("第7座", 297000, 7, 19740),
    ("第8座", 298500, 7, 20050),
]


def fees_csv():
    due = sum(f[1] for f in FEES)
    paid = sum(f[1] - f[3] for f in FEES)
    owing = sum(f[2] for f in FEES)
    assert (due, paid, owing) == (2376000, 2214380, 57), (due, paid, owing)
    rows = [
        ["翠林苑2025年第二季度管理費收繳統計（截至2025年6月27日）"],
        ["座號", "應收管理費（港元）", "已收管理費（港元）", "欠繳戶數", "收繳率"],
    ]
    for name, a, n, owe in FEES:
        rows.append([name, str(a), str(a - owe), str(n), "%.1f%%" % (100.0 * (a - owe) / a)])
    rows.append(["合計", str(due), str(paid), str(owing), "%.1f%%" % (100.0 * paid / due)])
    rows.append(["製表：管理處會計部　列印日期：2025/06/27"])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    write_bytes("管理費收繳統計_2025Q2.csv", buf.getvalue().encode("big5"))


def main():
    april_docx()
    may_letter_docx()
    june_table_docx()
    orders_xlsx()
    patrol_txt()
    chat_txt()
    minutes_docx()
    fees_csv()


if __name__ == "__main__":
    main()
