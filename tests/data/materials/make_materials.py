"""Write the test materials of a made-up community (青禾社区, first quarter of 2025) as an office
keeps them: three monthly reports (.docx with tables), a quarterly ledger (.xlsx with merged
header cells) and notes pasted from a chat group (.txt). Everything here was written for the
tests; the .docx and .xlsx files are generated so that they can be reviewed as text here.

Run from anywhere: ``python tests/data/materials/make_materials.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMUNITY = "青禾社区"

# (kind, text): kind is title, meta, heading1, heading2, para, or table (text is rows)
JANUARY: list[tuple[str, object]] = [
    ("title", "青禾社区2025年1月工作月报"),
    ("meta", "报送单位：青禾社区居委会\u3000\u3000报送日期：2025年2月3日"),
    (
        "para",
        "1月，青禾社区在桂川街道党工委和桂川街道创卫办的指导下，结合春节前后的实际，扎实推进各项工作。"
        "社区现有居民2,860户、7,420人，其中60岁以上老人1,350人。现将本月工作情况报告如下：",
    ),
    ("heading1", "一、主要工作"),
    ("heading2", "（一）组织领导"),
    ("para", "调整充实社区创卫工作领导小组，明确各网格责任人。"),
    ("heading2", "（二）党建引领"),
    ("para", "1月10日，社区党委召开党员大会，参会党员46人。组织开展主题党日活动2次，参与党员82人次。"),
    ("heading2", "（三）环境整治"),
    (
        "para",
        "本月组织开展环境卫生集中整治4次，清理楼道堆放杂物37处，清运垃圾12.5吨。"
        "对小区内6处破损路面进行了修补，修补面积共计85平方米。",
    ),
    ("heading2", "（四）养老服务"),
    ("para", "春节前走访慰问辖区独居和高龄老人58户，发放慰问品58份。社区老年食堂本月供餐1,240人次。"),
    ("heading2", "（五）平安建设"),
    ("para", "组织平安巡逻队开展夜间巡逻20次，排查安全隐患9处，已全部督促整改。"),
    ("heading2", "（六）宣传发动"),
    ("para", "本月宣传工作情况见下表。"),
    (
        "table",
        [
            ["序号", "工作内容", "数量", "单位", "备注"],
            ["1", "发放创卫宣传资料", "1,000", "份", "春节前集中发放"],
            ["2", "悬挂宣传横幅", "8", "条", ""],
            ["3", "更新社区宣传栏", "3", "块", ""],
        ],
    ),
    ("heading1", "二、存在问题"),
    ("para", "部分老旧楼栋没有物业管理，楼道杂物反复堆放。"),
    ("para", "志愿者队伍以老年人为主，年轻人参与偏少。"),
    ("heading1", "三、下月计划"),
    ("para", "做好春节期间值班值守和安全巡查。"),
    ("para", "继续开展楼道杂物清理。"),
    ("para", "青禾社区居民委员会"),
    ("para", "2025年2月3日"),
]

# The February and March reports use typed numbers for headings, as many offices do, not styles.
FEBRUARY: list[tuple[str, object]] = [
    ("para", "青禾社区2025年2月工作月报"),
    ("para", "报送单位：青禾社区居委会\u3000\u3000报送日期：2025年3月4日"),
    ("para", "2月，青禾社区在桂川街道党工委的领导下，认真做好春节后各项工作。现将本月工作情况报告如下："),
    ("para", "一、主要工作"),
    ("para", "（一）党建引领"),
    ("para", "组织开展主题党日活动1次，参与党员41人次。"),
    ("para", "（二）宣传发动"),
    ("para", "发放创卫宣传资料2,200份。在小区出入口设置宣传展板5块。"),
    ("para", "（三）环境整治"),
    ("para", "春节后开展环境卫生集中整治3次，清理楼道堆放杂物29处，清运垃圾9.6吨。"),
    ("para", "（四）病媒生物防制"),
    ("para", "开展春季灭鼠活动，具体情况见下表。"),
    ("table", [["工作内容", "数量", "单位"], ["投放鼠药", "30", "公斤"], ["新设毒饵站", "24", "个"]]),
    ("para", "（五）养老服务"),
    ("para", "社区老年食堂本月供餐1,180人次。为独居老人上门测量血压65人次。"),
    ("para", "（六）矛盾调解"),
    ("para", "调解邻里纠纷5起，均调解成功。"),
    ("para", "二、存在问题"),
    ("para", "部分居民垃圾分类意识不强，投放不够规范。"),
    ("para", "楼道杂物反复堆放的问题仍然存在。"),
    ("para", "三、下月计划"),
    ("para", "3月5日组织学雷锋志愿服务活动。"),
    ("para", "推进垃圾分类入户宣传。"),
    ("para", "青禾社区居民委员会"),
    ("para", "2025年3月4日"),
]

MARCH: list[tuple[str, object]] = [
    ("para", "青禾社区2025年3月工作月报"),
    ("para", "报送单位：青禾社区居委会\u3000\u3000报送日期：2025年4月2日"),
    (
        "para",
        "3月，青禾社区在桂川街道党工委和桂川街道创卫办的指导下，围绕创卫复审和垃圾分类重点工作，"
        "扎实开展各项工作。现将本月工作情况报告如下：",
    ),
    ("para", "一、主要工作"),
    ("para", "（一）党建引领"),
    ("para", "组织开展主题党日活动2次，参与党员79人次。"),
    ("para", "（二）宣传发动"),
    ("para", "本月发放创卫宣传资料800份。悬挂宣传横幅6条。"),
    ("para", "（三）志愿服务"),
    ("para", "3月5日组织学雷锋志愿服务活动，参与志愿者63人次。"),
    ("para", "（四）垃圾分类"),
    ("para", "新增垃圾分类投放点4处，开展入户宣传156户。"),
    (
        "table",
        [
            ["工作内容", "数量", "单位", "备注"],
            ["新增垃圾分类投放点", "4", "处", "已投入使用"],
            ["入户宣传", "156", "户", ""],
        ],
    ),
    ("para", "（五）平安建设"),
    ("para", "联合社区民警开展消防安全宣传，发放消防宣传单300份。"),
    ("para", "二、工作成效"),
    ("para", "居民对社区环境卫生的满意度提升到92%。"),
    ("para", "三、存在问题"),
    ("para", "部分沿街商铺门前卫生责任落实不到位。"),
    ("para", "四、下月计划"),
    ("para", "迎接创卫复审实地检查，开展环境卫生大扫除。"),
    ("para", "继续做好垃圾分类入户宣传和督导。"),
    ("para", "以上为本月工作情况，请审阅。"),
    ("para", "青禾社区居民委员会"),
    ("para", "2025年4月2日"),
]

LEDGER_TITLE = "青禾社区2025年第一季度创卫工作台账"
# Two header rows: 活动情况 spans 内容 and 地点, 完成情况 spans 数量, 单位 and 参与人次;
# 序号, 日期, 工作类别 and 备注 are merged down over both rows.
LEDGER_HEADER_TOP = ["序号", "日期", "工作类别", "活动情况", None, "完成情况", None, None, "备注"]
LEDGER_HEADER_SUB = [None, None, None, "内容", "地点", "数量", "单位", "参与人次", None]
LEDGER_ROWS: list[list[object]] = [
    [1, dt.date(2025, 1, 8), "环境整治", "清理卫生死角", "青禾小区3栋", 12, "处", None, ""],
    [2, dt.date(2025, 1, 22), "养老服务", "走访慰问独居老人", "全社区", 58, "户", None, "春节前"],
    [3, dt.date(2025, 2, 14), "环境整治", "清洗消毒垃圾桶", "青禾小区", 120, "个", None, ""],
    [4, dt.date(2025, 2, 20), "病媒生物防制", "投放鼠药", "青禾小区", 32, "公斤", None, ""],
    [5, dt.date(2025, 2, 20), "病媒生物防制", "新设毒饵站", "青禾小区", 24, "个", None, ""],
    [6, dt.date(2025, 3, 5), "志愿服务", "学雷锋志愿服务活动", "社区广场", None, None, 63, ""],
    [7, dt.date(2025, 3, 5), "宣传发动", "发放创卫宣传资料", "社区广场", 500, "份", None, ""],
    [8, dt.date(2025, 3, 12), "垃圾分类", "入户宣传垃圾分类", "2网格", 42, "户", None, ""],
    [9, dt.date(2025, 3, 19), "宣传发动", "发放创卫宣传资料", "青禾小区东门", 300, "份", None, ""],
    [10, dt.date(2025, 3, 20), "垃圾分类", "入户宣传垃圾分类", "3网格", 50, "户", None, ""],
    [11, "3月26日", "平安建设", "沿街商铺消防安全检查", "沿街商铺", 35, "家", None, "与社区民警联合"],
]

# Pasted from a chat group, as WeChat copies it: a day divider, "name time", then the message.
NOTES = """青禾社区网格员工作群（聊天记录）
——————  2025年3月5日  ——————
李敏 08:52
@所有人 今天上午9点在社区广场开展学雷锋志愿服务活动，请大家准时到场🙏
王建国 12:31
学雷锋志愿服务活动圆满结束👏 今天参与志愿者63人次，理发、磨刀、测血压都很受欢迎[强][强]
张丽华 12:40
收到👍 辛苦了
李敏 16:05
[图片]
今天在社区广场发放创卫宣传资料500份📄
——————  2025年3月12日  ——————
王建国 17:05
2网格今天入户宣传垃圾分类40户，发放分类指南40份
李敏 17:20
👍👍
——————  2025年3月19日  ——————
赵强 16:48
今天下午在青禾小区东门发放创卫宣传资料300份😊
赵强 16:50
明天上午继续去3网格入户宣传
[2025/3/26 15:02] 陈晓：今天联合社区民警检查沿街商铺35家，发现消防隐患3处，已当场督促整改✅
"""


def write_report(blocks: list[tuple[str, object]], path: Path) -> None:
    import docx

    document = docx.Document()
    for kind, value in blocks:
        if kind == "title":
            document.add_paragraph(str(value), style="Title")
        elif kind == "heading1":
            document.add_heading(str(value), level=1)
        elif kind == "heading2":
            document.add_heading(str(value), level=2)
        elif kind == "table":
            rows = value if isinstance(value, list) else []
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
        else:
            document.add_paragraph(str(value))
    document.core_properties.author = "青禾社区居委会"
    document.core_properties.created = dt.datetime(2025, 4, 2)
    document.save(str(path))


def write_ledger(path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "台账"
    width = len(LEDGER_HEADER_TOP)
    sheet.append([LEDGER_TITLE] + [None] * (width - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(LEDGER_HEADER_TOP)
    sheet.append(LEDGER_HEADER_SUB)
    for column in (1, 2, 3, 9):  # merged down over both header rows
        sheet.merge_cells(start_row=2, start_column=column, end_row=3, end_column=column)
    sheet.merge_cells(start_row=2, start_column=4, end_row=2, end_column=5)
    sheet.merge_cells(start_row=2, start_column=6, end_row=2, end_column=8)
    for row in LEDGER_ROWS:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=4, min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    workbook.properties.creator = "青禾社区居委会"
    workbook.properties.created = dt.datetime(2025, 4, 2)
    workbook.properties.modified = dt.datetime(2025, 4, 2)
    workbook.save(str(path))


def main(folder: Path = HERE) -> list[Path]:
    paths = [
        folder / "2025年1月工作月报.docx",
        folder / "2025年2月工作月报.docx",
        folder / "2025年3月工作月报.docx",
        folder / f"{LEDGER_TITLE}.xlsx",
        folder / "网格员工作群聊天记录.txt",
    ]
    for blocks, path in zip((JANUARY, FEBRUARY, MARCH), paths, strict=False):
        write_report(blocks, path)
    write_ledger(paths[3])
    paths[4].write_text(NOTES, encoding="utf-8")
    return paths


if __name__ == "__main__":
    for written in main():
        print(written)
