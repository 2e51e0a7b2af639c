"""Shapes of office material the blind folder (weisheng_halfyear) showed the extraction missing:
each with what it must give and what it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.script import to_simplified
from assistant.extract.materials import read_materials
from assistant.extract.reconcile import extract


def _counted(text: str) -> list[str]:
    return [f.text for f in find_figures(text) if f.kind not in LABEL_KINDS]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("4月2型糖尿病患者随访398人次", ["398人次"]),
        ("4月17日在桂园小区3幢架空层开展高血压自我管理小组活动，参与32人", ["32人"]),
        ("举办“十年守护 健康同行”开放日活动，服务居民300余人次", ["300余人次"]),
        ("开展「两学一做」学习教育，参加党员46人", ["46人"]),
        # what stays a count: buildings counted, words said in quotes
        ("共改造小区3幢，", ["3幢"]),
        ("新建2幢", ["2幢"]),
        ("王主任说“来了50人”", ["50人"]),
        # found by the blind 街道 folder: a range's last day, the hotline, how long something took
        ("国庆假期（10月1日至7日）出动城管执法人员135人次", ["135人次"]),
        ("12月8日至19日走访困难家庭428户", ["428户"]),
        ("11月受理12345市民服务热线工单326件", ["326件"]),
        ("漏水纠纷拖了三个月，10月终于调解成功", []),
        # found by the blind 物業 folder (Hong Kong usage)
        ("付诸表决：赞成12票、反对1票、弃权0票，议案获得通过", []),
        ("3座12楼B室天花渗水，要等13楼业主开门", []),
        ("报修宗数按年上升8%", []),
        ("原主机已使用十年", []),
        ("有推销人士在4座逐层派传单，已劝离", []),
        ("共收到选票120票", ["120"]),
        # found by the blind 卫生服务站 folder: a practice named with a numeral
        ("7月17日在广场教的八段锦，约60人参加", ["约60人"]),
        ("開展五禽戲教學3場", ["3場"]),
    ],
)
def test_names_types_and_quoted_titles_are_not_counts(text: str, counted: list[str]) -> None:
    assert _counted(text) == counted


def _work(folder: Path, **kw: str) -> list[str]:
    materials, problems = read_materials([folder])
    result = extract(materials, problems, **kw)
    return [i.text for i in result.items if i.section == "work"]


def test_bracket_headings_head_a_plain_text_report(tmp_path: Path) -> None:
    (tmp_path / "5月份工作小结.txt").write_text(
        "幸福里社区卫生服务站\n2025年5月份工作小结\n\n【基本医疗】\n5月门诊诊疗1,905人次。\n\n【慢病管理】\n"
        "高血压患者随访139人次。\n",
        "utf-8",
    )
    materials, _ = read_materials([tmp_path])
    pieces = {p.text: p for p in materials[0].pieces}
    assert "【基本医疗】" not in pieces
    assert pieces["5月门诊诊疗1,905人次"].section == "work" and pieces["5月门诊诊疗1,905人次"].heading == "基本医疗"
    work = _work(tmp_path, community="幸福里社区", period="2025年5月")
    assert "5月门诊诊疗1,905人次" in work and any("高血压患者随访139人次" in t for t in work)


def _minutes(path: Path, paragraphs: list[str]) -> None:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def test_minutes_parts_without_colons_and_run_in_leads(tmp_path: Path) -> None:
    """会议内容 / 会议决定 on lines of their own; 「一是…。」 leads its paragraph and is no item;
    「…主任通报了…：」 and 「…副主任汇报：」 are who spoke, not work."""
    _minutes(
        tmp_path / "主任办公会会议纪要.docx",
        [
            "幸福里社区卫生服务站主任办公会会议纪要",
            "会议时间：2025年6月30日下午3:00",
            "议题",
            "1. 通报上半年工作完成情况；",
            "会议内容",
            "王芳主任通报了上半年重点工作完成情况：",
            "一是基本医疗平稳运行。上半年门诊诊疗累计14,856人次，同比增长5.4%；其中6月门诊诊疗2,027人次。",
            "李强副主任汇报：6月12日组织传染病防控培训，培训职工29人。",
            "陈志明经理报告：本季度共接获住户报修工单44宗，已完成41宗。",
            "会议决定",
            "1. 8月底前试点增设家庭病床10张。",
        ],
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="幸福里社区", period="2025年上半年")
    work = [i.text for i in result.items if i.section == "work"]
    plans = [i.text for i in result.items if i.section == "plans"]
    assert not any("通报了" in t or "一是" in t or t == "平稳运行" for t in work), work
    assert any("14,856人次" in t for t in work) and any("2,027人次" in t for t in work), work
    assert "6月12日组织传染病防控培训，培训职工29人" in work, work
    assert any(t.startswith("本季度共接获") for t in work), work
    assert plans == ["8月底前试点增设家庭病床10张"], plans


def test_an_export_by_team_is_parts_of_its_total_and_the_report_tells_the_total(tmp_path: Path) -> None:
    """A system export by 团队 with a 合计 row: the teams are the total's detail; the report's
    sentences that tell the total's figures tell them once; the date in the file name is no figure."""
    (tmp_path / "家医签约统计导出_20250630.csv").write_text(
        "团队,签约人数,重点人群签约人数\n第一团队（陈静）,3712,1702\n第二团队（高志远）,3458,1655\n合计,7170,3357\n",
        "utf-8",
    )
    (tmp_path / "6月工作小结.txt").write_text(
        "幸福里社区卫生服务站2025年6月工作小结\n一、家庭医生签约\n截至6月30日，签约居民7,170人。重点人群签约3,357人。\n",
        "utf-8",
    )
    work = _work(tmp_path, community="幸福里社区", period="2025年6月")
    joined = "\n".join(work)
    assert joined.count("7,170") + joined.count("7170") == 1, work
    assert joined.count("3,357") + joined.count("3357") == 1, work
    assert "3712" not in joined and "20250630" not in joined, work


def test_a_sentence_that_points_to_its_table_is_one_item_with_the_tables_total(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("幸福里社区卫生服务站2025年4月份工作月报")
    document.add_paragraph("一、健康教育")
    document.add_paragraph("4月共开展健康教育活动2场，具体情况见表1。")
    document.add_paragraph("表1 4月份健康教育活动开展情况")
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate([["日期", "活动主题", "参加人数"], ["4月3日", "春季传染病防控讲座", "46人"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for c, value in enumerate(["4月11日", "世界帕金森病日咨询", "38人"]):
        table.cell(2, c).text = value
    for c, value in enumerate(["合计", "2场", "84人"]):
        table.cell(3, c).text = value
    document.save(str(tmp_path / "2025年4月份工作月报.docx"))
    work = _work(tmp_path, community="幸福里社区", period="2025年4月")
    told = [t for t in work if "2场" in t]
    assert told == ["4月共开展健康教育活动2场，参与84人"], work
    assert not any("见表1" in t for t in work)


def test_a_months_plan_that_looks_beyond_the_period_stays_a_plan(tmp_path: Path) -> None:
    (tmp_path / "5月份工作小结.txt").write_text(
        "幸福里社区2025年5月份工作小结\n一、主要工作\n5月走访困难家庭32户。\n二、下月工作打算\n"
        "6月起开展夏季防暑宣传。\n7月1日起执行新版签约服务包。\n",
        "utf-8",
    )
    (tmp_path / "6月份工作小结.txt").write_text(
        "幸福里社区2025年6月份工作小结\n一、主要工作\n6月开展夏季防暑宣传3场。\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="幸福里社区", period="2025年上半年")
    by_section = {i.text: i.section for i in result.items}
    assert by_section["7月1日起执行新版签约服务包"] == "plans"
    assert by_section["6月起开展夏季防暑宣传"] == "next_month"


def test_a_plan_for_the_next_quarter_stays_a_plan(tmp_path: Path) -> None:
    """A third quarter's 8月 report plans 第四季度每月… (set aside as in-period on
    shequ_weisheng_q3: it names a quarter, not a month) and 下半年 names the year's end."""
    (tmp_path / "8月份工作小结.txt").write_text(
        "幸福里社区2025年8月份工作小结\n一、主要工作\n8月走访困难家庭32户。\n二、下月工作打算\n"
        "9月起开展秋季防火宣传。\n第四季度每月开展健康讲座2场。\n",
        "utf-8",
    )
    (tmp_path / "9月份工作小结.txt").write_text(
        "幸福里社区2025年9月份工作小结\n一、主要工作\n9月开展秋季防火宣传3场。\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="幸福里社区", period="2025年第三季度")
    by_section = {i.text: i.section for i in result.items}
    assert by_section["第四季度每月开展健康讲座2场"] == "plans", by_section
    assert by_section["9月起开展秋季防火宣传"] == "next_month", by_section


def test_a_workbooks_named_sheet_of_accounts_keeps_its_rows_together(tmp_path: Path) -> None:
    """A 村務公開 workbook: the rows of its 財務收支 sheet (收入 / 支出, words the vocabulary would
    scatter over 環境整治 and 愛國衛生) stay one line of work named by the sheet; a sheet left as
    Sheet2 names nothing."""
    import openpyxl

    book = openpyxl.Workbook()
    accounts = book.active
    assert accounts is not None
    accounts.title = "財務收支"
    accounts.append(["類別", "項目", "金額（元）"])
    for row in (["收入", "光伏發電收益", 23400], ["收入", "農貿攤位租金", 18000], ["支出", "辦公及水電費", 6480]):
        accounts.append(row)
    other = book.create_sheet("Sheet2")
    other.append(["日期", "活動內容", "參加人數"])
    other.append(["2025年4月9日", "開展村規民約宣講", "45人"])
    book.save(tmp_path / "村務公開表（2025年上半年）.xlsx")
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="雲溪村", period="2025年上半年")
    categories = {i.text: i.category for i in result.items if i.section == "work"}
    money = [c for t, c in categories.items() if "元" in t]
    assert money == ["財務收支"] * 3, categories
    assert all(c != "Sheet2" for c in categories.values()), categories


def test_a_plans_run_in_heading_stays_with_its_plan(tmp_path: Path) -> None:
    """「一、鞏固村道硬化成果。9月底前完成…」 in a 工作要點 is one plan, not a bare slogan and a
    plan; in a work part the short first sentence heads the line, and a figureless sentence
    under a heading of its own stays work."""
    (tmp_path / "2025年下半年工作要點.txt").write_text(
        "青石村2025年下半年工作要點\n\n一、鞏固村道硬化成果。9月底前完成村道兩側綠化，新增路燈40盞。\n"
        "二、深化移風易俗。計劃發放宣傳冊500份。\n",
        "utf-8",
    )
    (tmp_path / "6月工作記錄.txt").write_text(
        "青石村2025年6月工作記錄\n一、主要工作\n1. 防汛值守。6月組織巡查19次。\n二、黨建工作\n"
        "1. 成立黨員志願服務隊伍。6月開展志願服務3次。\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="青石村", period="2025年上半年")
    plans = [i.text for i in result.items if i.section == "plans"]
    assert plans == ["鞏固村道硬化成果，9月底前完成村道兩側綠化，新增路燈40盞", "深化移風易俗，計劃發放宣傳冊500份"]
    work = {i.text: i for i in result.items if i.section == "work"}
    assert "防汛值守" not in work and any("巡查19次" in t for t in work), list(work)
    assert "成立黨員志願服務隊伍" in work, list(work)  # under 黨建工作, its own heading: still work


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("桐荫街道社区卫生服务中心2025年5月份工作总结", "桐荫街道社区卫生服务中心"),
        ("枫林社区卫生服务站2025年5月工作总结", "枫林社区卫生服务站"),
        ("枫林社区2025年5月工作总结", "枫林社区"),  # a 社区 stays itself
        ("南湖街道2025年5月工作总结", "南湖街道"),
    ],
)
def test_an_institution_named_after_its_street_is_the_institution(tmp_path: Path, title: str, unit: str) -> None:
    (tmp_path / "小结.txt").write_text(f"{title}\n一、主要工作\n5月走访困难家庭32户。\n", "utf-8")
    materials, _ = read_materials([tmp_path])
    assert materials[0].community == unit


def test_a_bulletins_contents_number_and_print_run_are_not_work(tmp_path: Path) -> None:
    (tmp_path / "工作简报（第12期）.txt").write_text(
        "云溪街道工作简报\n\n编号：YXJB〔2025〕12号\n\n【本期要目】\n● 我街道开展冬季送温暖走访慰问活动\n"
        "● 冬季消防安全培训走进沿街商铺\n\n━━━━━━━━\n\n我街道开展冬季送温暖走访慰问活动\n"
        "12月8日至19日，街道走访慰问困难家庭428户。\n\n━━━━━━━━\n报：区委办公室\n送：各社区\n"
        "分送：党工委委员\n（共印30份）\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="云溪街道", period="2025年12月")
    work = [i.text for i in result.items if i.section == "work"]
    assert work == ["12月8日至19日，街道走访慰问困难家庭428户"], work
    apart = {p.text: p.aside for p in result.aside}
    assert apart["● 我街道开展冬季送温暖走访慰问活动"] == "contents"
    assert all(apart.get(line) for line in ("报：区委办公室", "送：各社区", "分送：党工委委员", "（共印30份）")), apart


def test_next_years_ideas_in_notes_are_plans(tmp_path: Path) -> None:
    """Markdown notes: 「## 明年想法」 heads plans, 「，具体如下：」 is cut, not the sentence before it."""
    (tmp_path / "平安办2025年工作笔记.md").write_text(
        "# 平安办2025年工作笔记\n\n## 反诈宣传\n\n- 全年开展反诈宣传活动36场，具体如下：\n\n"
        "## 明年想法\n\n- 2026年矛盾纠纷调解成功率保持在95%以上\n",
        "utf-8",
    )
    (tmp_path / "12月份工作月报.txt").write_text(
        "云溪街道2025年12月份工作月报\n一、主要工作\n12月走访商铺47家。\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="云溪街道", period="2025年")
    by_section = {i.text: i.section for i in result.items}
    assert by_section.get("全年开展反诈宣传活动36场") == "work", by_section
    assert by_section.get("2026年矛盾纠纷调解成功率保持在95%以上") == "plans", by_section


def test_a_whatsapp_export_in_the_iphone_format_is_a_chat(tmp_path: Path) -> None:
    """[2025/5/10 下午3:05:40] 名字: … lines: read as messages (the seconds are no figure), the
    system line set apart, a Cantonese correction (係…唔係…) applied, 👍 and 收到 no items."""
    (tmp_path / "WhatsApp對話 - 管理處工作群.txt").write_text(
        "[2025/4/1 上午9:00:12] 管理處工作群: \u200e訊息和通話已經端對端加密。此對話以外的人士，包括 WhatsApp，都無法讀取或收聽。\n"
        "[2025/4/17 上午11:20:03] 陳經理: 提提大家，4月19日全部同事早上8點半到平台花園集合\n"
        "[2025/5/10 下午3:05:40] 黃家豪: 今日換咗平台花園光管28支\n"
        "[2025/5/10 下午3:09:02] 黃家豪: 更正：平台花園光管係換咗23支，唔係28支，打錯字🙏\n"
        "[2025/5/10 下午3:10:15] 陳經理: 👍\n"
        "2025/5/12 16:12 - 何嘉欣: 今日派出禮物包350份\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="翠林苑物業管理處", period="2025年第二季度")
    work = [i.text for i in result.items if i.section == "work"]
    assert any("23支" in t for t in work) and not any("28支" in t for t in work), work
    assert not any("咗" in t for t in work) and any("換了平台花園光管23支" in t for t in work), work  # 書面語
    assert any("350份" in t for t in work), work
    assert not any("加密" in t or "集合" in t for t in work), work
    assert all(":" not in t[:12] for t in work), work  # no stamp or speaker left in front


def test_a_duty_logs_days_are_the_detail_of_its_months_total(tmp_path: Path) -> None:
    days = "".join(
        f"6月{d}日（一）　日更：黃志強　夜更：譚志偉　巡邏{12 if d != 3 else 10}次　異常：{'1宗：3座大堂玻璃門有裂紋' if d == 2 else '無'}\n"
        for d in range(1, 5)
    )
    (tmp_path / "保安巡邏記錄_2025年6月.txt").write_text(
        f"翠林苑保安部　巡邏記錄簿\n月份：2025年6月\n{days}6月合計：巡邏46次，發現異常1宗，均已跟進處理。\n記錄：李國華\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="翠林苑物業管理處", period="2025年6月")
    work = [i.text for i in result.items if i.section == "work"]
    assert len(work) == 1 and "46次" in work[0], work


def test_a_table_only_report_keeps_its_plan_rows_and_filing_line_apart(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    rows = [
        ["項目", "內容", "數量"],
        ["保安巡邏", "全月巡邏", "360次"],
        ["下月計劃", "7月上旬完成第1至4座消防喉轆年檢", "—"],
        ["填報", "陳志明（物業經理）", "2025年7月3日"],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "2025年6月份工作月報表.docx"))
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="翠林苑物業管理處", period="2025年6月")
    by_section = {i.text: i.section for i in result.items}
    assert by_section.get("7月上旬完成第1至4座消防喉轆年檢") == "plans", by_section
    assert not any("陳志明" in t for t in by_section), by_section


@pytest.mark.parametrize(("unit", "name"), [("青石村", "村民自治"), ("枫林社区", "小区治理")])
def test_a_line_of_work_is_named_as_the_unit_names_it(tmp_path: Path, unit: str, name: str) -> None:
    """The vocabulary's 小区治理 in a 村's facts is 村民自治 (the blind reading: 「（九）小區治理」 in a
    village); a 预约登记 is no 人口统计 and a 三伏贴 is medical work."""
    (tmp_path / "6月工作记录.txt").write_text(
        f"{unit}2025年6月工作记录\n6月组织居民代表议事协商会2次，参加代表31人。\n"
        "6月20日起开展三伏贴预约登记，已登记预约437人。\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community=unit, period="2025年6月")
    categories = {i.text[:8]: i.category for i in result.items if i.section == "work"}
    assert categories["6月组织居民代表"] == name, categories
    assert categories["6月20日起开展"] == "基本医疗", categories


def test_quarter_sheets_name_their_totals_and_work_orders_keep_their_ledgers_name(tmp_path: Path) -> None:
    """Four sheets 一季度…四季度, each with a 合計 row: each total says its quarter (the blind
    reading found four unnamed 「整治合计」); a one-row-per-order export counts its kinds under the
    export's own name, not a medical heading the samples suggested."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    for n, quarter in enumerate(("一季度", "二季度")):
        sheet = first if n == 0 else book.create_sheet()
        sheet.title = quarter
        sheet.append(["社区", "劝导占道经营（起）", "清理乱堆乱放（处）"])
        sheet.append(["梅林社区", 50 + n, 40 + n])
        sheet.append(["石塘社区", 61 + n, 27 + n])
        sheet.append(["合计", 111 + 2 * n, 67 + 2 * n])
    book.save(tmp_path / "2025年市容环境秩序整治台账.xlsx")
    orders = openpyxl.Workbook()
    sheet = orders.active
    assert sheet is not None
    sheet.append(["工單號", "報修日期", "類別", "位置", "報修內容", "狀態"])
    for k, kind in enumerate(["水電", "渠務", "水電", "電梯", "渠務", "水電"]):
        sheet.append([f"CL2504-{k:03d}", f"2025-04-{k + 1:02d}", kind, f"{k + 1}座{k + 3}樓A室", "住戶報修", "已完成"])
    orders.save(tmp_path / "維修工單匯出_20250627.xlsx")
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="云溪街道", period="2025年")
    work = {i.text: i.category for i in result.items if i.section == "work"}
    totals = sorted(t for t in work if "合计" in t)
    assert [t[:3] for t in totals] == ["一季度", "二季度"], work
    counts = {t: c for t, c in work.items() if "工單" in t}
    assert {to_simplified(c) for c in counts.values()} == {"维修工单"}, counts  # the folder's script
    assert "水電工單3件" in counts, counts


def test_a_heading_of_problems_and_plans_sorts_each_sentence(tmp_path: Path) -> None:
    (tmp_path / "2025年工作总结报送材料.txt").write_text(
        "云溪街道社会事务科2025年工作总结\n一、主要工作\n全年实施临时救助93人次。\n"
        "二、存在问题和下一步打算\n一是助餐服务覆盖面还不够广。二是困难群众动态管理还需加强。"
        "2026年将重点推进长者食堂扩面，力争新增助餐点3个。\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="云溪街道", period="2025年")
    by_section = {i.text: i.section for i in result.items}
    assert by_section.get("助餐服务覆盖面还不够广") == "problems", by_section
    assert by_section.get("困难群众动态管理还需加强") == "problems", by_section
    assert by_section.get("2026年将重点推进长者食堂扩面，力争新增助餐点3个") == "plans", by_section


def test_a_sentence_that_goes_on_from_the_day_before_joins_it(tmp_path: Path) -> None:
    """「當天還檢查沿街商鋪47家」 says nothing on its own: it joins the sentence that gives the day;
    a chat's 「一共走訪了18戶」 reads 「共走訪18戶」."""
    (tmp_path / "工作简报（第12期）.txt").write_text(
        "云溪街道工作简报\n\n冬季消防安全培训走进沿街商铺\n"
        "12月10日，街道在溪口社区开展冬季消防安全培训，商铺从业人员140余人参加。当天还检查沿街商铺47家。\n",
        "utf-8",
    )
    (tmp_path / "工作群.txt").write_text(
        "王敏 2025/12/20 9:10\n春节前给独居老人送年货，今天一共走访了18户\n李强 2025/12/20 9:12\n收到\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="云溪街道", period="2025年12月")
    work = [i.text for i in result.items if i.section == "work"]
    assert any("140余人参加，当天还检查沿街商铺47家" in t for t in work), work
    assert any("共走访18户" in t for t in work), work


def test_work_orders_counted_from_rows_take_the_offices_unit(tmp_path: Path) -> None:
    """The export has no unit; the office's reports count work orders in 宗: so do the counts."""
    import openpyxl

    orders = openpyxl.Workbook()
    sheet = orders.active
    assert sheet is not None
    sheet.append(["工單號", "報修日期", "類別", "報修內容", "狀態"])
    for k, kind in enumerate(["水電", "渠務", "水電", "電梯", "渠務", "水電"]):
        sheet.append([f"CL2504-{k:03d}", f"2025-04-{k + 1:02d}", kind, "住戶報修", "已完成"])
    orders.save(tmp_path / "維修工單匯出_20250430.xlsx")
    (tmp_path / "4月份管理工作報告.txt").write_text(
        "翠林苑物業管理處2025年4月份管理工作報告\n壹、維修保養\n4月共接獲住戶報修工單6宗，全部已於當月完成。\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="翠林苑物業管理處", period="2025年4月")
    work = [i.text for i in result.items if i.section == "work"]
    assert "水電工單3宗" in work and "渠務工單2宗" in work, work


def test_a_report_under_a_bare_work_heading_with_a_table_of_this_month_and_so_far(tmp_path: Path) -> None:
    """The blind 卫生服务站 folder: 本月工作情况 in bold on its own line starts the work; its
    sentences count (接诊, 送去); the table's 本月完成 and 三季度累计 columns are both work."""
    import docx

    document = docx.Document()
    document.add_paragraph("柳塘社区卫生服务站2026年9月工作月报")
    document.add_paragraph("本月工作情况").runs[0].bold = True
    document.add_paragraph("本月门诊接诊5,896人次，同比增长4.3%。中秋节前，为高龄老人送去健康包68份。")
    document.add_paragraph("表1 9月份主要指标完成情况")
    rows = [
        ["项目", "本月完成", "三季度累计", "备注"],
        ["老年人健康体检", "289人", "1,077人", "65岁以上"],
        ["新增家庭医生签约", "254人", "848人", ""],
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "9月工作月报.docx"))
    (tmp_path / "例会纪要.txt").write_text(
        "三季度工作例会纪要\n会议内容\n三季度门诊累计接诊18,283人次。\n（会议纪要由黄婷整理，经陈雅琴审阅。）\n",
        "utf-8",
    )
    work = _work(tmp_path, community="柳塘社区卫生服务站", period="2026年第三季度")
    said = "\n".join(work)
    for figure in ("5,896人次", "68份", "289人", "1,077人", "254人", "848人", "18,283人次"):
        assert figure in said, (figure, work)
    assert "整理" not in said and "表1" not in said


@pytest.mark.parametrize("month", ["2026-07", "2026年7月", "2026.7", "7月"])
def test_an_exports_month_column_dates_its_rows(tmp_path: Path, month: str) -> None:
    (tmp_path / "随访统计导出.csv").write_text(
        f"统计月份,机构名称,随访人数,发现异常数\n{month},柳塘社区卫生服务站,129,11\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    items = extract(materials, problems, community="柳塘社区", period="2026年第三季度").items
    assert [i.when.month for i in items if "129" in i.text] == [7], [(i.text, i.when) for i in items]


def test_a_sub_heading_that_is_a_line_of_work_of_its_own_keeps_its_name(tmp_path: Path) -> None:
    """一、基本医疗服务 over （二）家庭医生签约服务: the signing is 家庭医生's, not 基本医疗's; a
    sub-heading the vocabulary does not know stays under its top heading's line of work."""
    (tmp_path / "7月工作月报.txt").write_text(
        "柳塘社区卫生服务站2026年7月工作月报\n一、基本医疗服务\n（一）门诊服务\n1. 7月门诊接诊6312人次。\n"
        "（二）家庭医生签约服务\n1. 新增家庭医生签约318人。\n（三）夜间值守\n1. 安排夜间值守医生31人次。\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    items = extract(materials, problems, community="柳塘社区卫生服务站", period="2026年7月").items
    headings = {i.text: i.piece.heading for i in items if i.section == "work"}
    assert headings["新增家庭医生签约318人"] == "家庭医生签约服务", headings
    assert headings["7月门诊接诊6312人次"] == "基本医疗服务", headings
    assert headings["安排夜间值守医生31人次"] == "基本医疗服务", headings


def _categories(folder: Path, **kw: str) -> dict[str, str]:
    materials, problems = read_materials([folder])
    result = extract(materials, problems, **kw)
    return {i.text: i.category for i in result.items if i.section == "work"}


def test_a_hong_kong_report_letter_and_table_name_their_own_lines_of_work(tmp_path: Path) -> None:
    """Found by extracting the wuye_quarter_hk folder: under 壹、維修保養 (a Taiwan/Hong Kong level
    0 marker) the items are the report's work, not its introduction; a letter's 「維修方面，」 names
    its paragraph's line of work and leaves the item; a table's 項目 column of repeated short cells
    is the kind of work; 維修 and 維修保養 are one line of work. Each was placed by its words before
    (a 嘉年華 under 愛國衛生)."""
    _minutes(
        tmp_path / "2025年4月份管理工作報告.docx",
        [
            "翠湖苑物業管理處",
            "2025年4月份管理工作報告",
            "壹、維修保養",
            "（一）日常維修",
            "4月共接獲住戶報修工單21宗，全部已於當月完成。",
            "貳、社區服務",
            "（一）週年活動",
            "4月12日於平台花園舉辦「翠湖五載」嘉年華，參加住戶450餘人次。",
        ],
    )
    _minutes(
        tmp_path / "致業主委員會函（2025年5月份）.docx",
        [
            "致翠湖苑業主委員會：",
            "維修方面，5月共接獲住戶報修工單18宗，截至月底已全部完成。",
        ],
    )
    import docx

    document = docx.Document()
    table = document.add_table(rows=5, cols=3)
    rows = [
        ("項目", "內容", "數量"),
        ("維修保養", "6月接獲住戶報修工單", "15宗"),
        ("維修保養", "6月清理各座天台去水口", "46個"),
        ("保安", "全月日更、夜更巡邏", "360次"),
        ("社區服務", "6月15日父親節親子手工班", "24個家庭"),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.save(str(tmp_path / "2025年6月份工作月報表.docx"))
    found = _categories(tmp_path, community="翠湖苑物業管理處", period="2025年第二季度")
    by_words = {
        words: next(c for t, c in found.items() if words in t) for words in ("21宗", "450餘", "18宗", "46個", "360次")
    }
    assert by_words["21宗"] == by_words["18宗"] == by_words["46個"] == "維修保養", found
    assert by_words["450餘"] == "社區服務" and by_words["360次"] == "保安", found
    assert not any(t.startswith("維修方面") for t in found), found


@pytest.mark.parametrize(
    ("lead", "heading"),
    [("維修方面，5月共接獲工單16宗", "維修"), ("社区服务方面，举办敬老活动", "社区服务")],
)
def test_a_paragraph_that_opens_on_its_line_of_work(tmp_path: Path, lead: str, heading: str) -> None:
    (tmp_path / "5月份工作.txt").write_text(
        f"{lead}。\n另一方面，居民反映良好。\n在就业方面，推荐岗位12个。\n", "utf-8"
    )
    materials, _ = read_materials([tmp_path])
    pieces = materials[0].pieces
    assert pieces[0].heading == heading and not pieces[0].text.startswith(heading)
    # 另一方面, 在就业方面 are no line of work's names
    assert all(p.heading != "另一" and not p.heading.startswith("在") for p in pieces)


def test_a_document_the_reader_cannot_open_is_named_as_skipped(tmp_path: Path) -> None:
    """shequ_weisheng_q3's 居委会健康档案移交清单.wps (issue 21: a .doc in a folder was passed over
    without a word): named, with what to do, and the run goes on to end 1 (a file not read, as the README says);
    photos and scripts are no documents."""
    from assistant.extract.materials import material_files

    (tmp_path / "7月工作记录.txt").write_text("7月走访困难户12户。\n", "utf-8")
    (tmp_path / "移交清单.wps").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    (tmp_path / "旧台账.doc").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 60)
    (tmp_path / "现场.jpg").write_bytes(b"\xff\xd8\xff")
    found = list(material_files([tmp_path]))
    skipped = {p.name: p for p in found if not isinstance(p, Path)}
    assert set(skipped) == {"移交清单.wps", "旧台账.doc", tmp_path.name}
    documents = [p for name, p in skipped.items() if name != tmp_path.name]
    assert all(not p.skipped and "另存為 .docx" in p.message for p in documents)
    # the photo is said once, by name, as no material (not as a document to save again)
    others = skipped[tmp_path.name]
    assert others.skipped and others.message.endswith("：现场.jpg")
    assert [p.name for p in found if isinstance(p, Path)] == ["7月工作记录.txt"]


def test_files_that_are_no_material_are_named_once_and_many_are_cut_short(tmp_path: Path) -> None:
    """A folder holding a helper's expected answers and a script beside the materials (the fifteenth
    session: tests/data/folders' expected.yaml and make_jiedao.py left no item and no word)."""
    from assistant.extract.materials import material_files

    (tmp_path / "7月工作记录.txt").write_text("7月走访困难户12户。\n", "utf-8")
    for n in range(7):
        (tmp_path / f"照片{n}.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "expected.yaml").write_text("a: 1\n", "utf-8")
    notes = [p for p in material_files([tmp_path]) if not isinstance(p, Path)]
    assert len(notes) == 1 and notes[0].skipped
    assert "8 個不是材料的文件" in notes[0].message and notes[0].message.endswith("等")
    assert "expected.yaml" in notes[0].message and "照片6.jpg" not in notes[0].message
    # a folder of photos alone is still no folder of materials
    empty = tmp_path / "photos"
    empty.mkdir()
    (empty / "a.jpg").write_bytes(b"\xff\xd8\xff")
    notes = [p for p in material_files([empty]) if not isinstance(p, Path)]
    assert [n.skipped for n in notes] == [True, False] and notes[0].message.endswith("：a.jpg")
    assert "文件夾中沒有" in notes[1].message  # named, and then no materials (the sixteenth session's hostile pass)
