"""The twenty-first session's answers, in texts of our own: what the session's readers, its hostile pass and its own
reading of drafts made `--like` an office's summary found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.core.script import to_simplified
from assistant.drafting.draft import DraftOptions, make_draft
from assistant.drafting.office_style import StyleChoice
from assistant.facts.model import facts_from_data
from assistant.summary.style import read_style

TODAY = dt.date(2026, 12, 7)

_JOINT = (
    "北湾社区居民委员会2025年度工作总结\n\n2025年，北湾社区居委会在街道党工委、办事处的领导下，各项工作有序推进。现将"
    "一年来的工作总结如下。\n\n一、主要工作\n\n（一）便民服务。全年代办各类事项300件。\n\n（二）楼道整治。清理堆物70处。"
    "\n\n二、存在的主要问题和下一步打算\n\n网格员人手偏少。下一步，社区将招募楼栋志愿者。\n\n北湾社区居民委员会\n"
    "2026年1月6日\n"
)


@pytest.mark.parametrize("problems", [["老旧小区停车位紧张"], []])
def test_an_offices_one_heading_over_problems_and_plans_keeps_the_plans_under_it(problems: list[str]) -> None:
    """An office that writes 存在的主要问题和下一步打算 as one part gets its plans under that heading, not a part of
    their own after it; a missing problem is the part's own gap, not one named by the joint heading."""
    data = {
        "community": "北湾社区居民委员会",
        "period": "2026年",
        "kind": "社区",
        "work": {"便民服务": ["代办各类事项412件"], "楼道整治": ["清理楼道堆物96处"]},
        "problems": problems,
        "plans": ["协调辖区单位错时开放停车位"],
    }
    style = read_style(_JOINT)
    assert style is not None
    options = DraftOptions(today=TODAY, style=StyleChoice(style, "like"))
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, options).text())
    assert text.count("存在的主要问题和下一步打算") == 1, text
    assert "三、" not in text and "下一步工作计划" not in text, text
    tail = text.split("存在的主要问题和下一步打算", 1)[1]
    assert "协调辖区单位错时开放停车位" in tail, text
    assert "【待补：存在的主要问题和下一步打算】" not in text, text
    if not problems:
        assert "【待补" in tail.split("协调", 1)[0], text


def test_a_roster_of_hours_by_month_under_a_merged_cell_is_said_by_its_people_and_whole() -> None:
    """Months under one merged cell (服务时长（小时） over 9月 10月), a cell corrected with an arrow and a row entered twice
    and left out: how many people, the whole and each month — no one named, no row recited."""
    from assistant.facts.tables import table_sentences

    book = [
        "楼道清洁志愿者时长登记（第三季度）",
        "序号\t姓名\t小组\t服务时长（小时）\t\t小计\t备注",
        "\t\t\t8月\t9月\t\t",
        "1\t严小梅\t一组\t6\t4\t10\t",
        "2\t计国平\t\t3\t5\t8\t",
        "3\t傅红\t二组\t2\t3→4\t6\t9月补记1小时",
        "4\t计国平\t\t3\t5\t8\t与第2行重复，不计入",
        "\t合计\t\t11\t13\t24\t",
    ]
    said = table_sentences("\n".join(book)) or []
    assert said == ["志愿者共3人，合计24小时，其中8月11小时、9月13小时"], said


def test_a_payment_sheet_with_no_total_is_said_by_the_households_and_the_sum_of_its_rows() -> None:
    """A sheet lined up with spaces, merged cells blank, one row struck as entered twice and no 合计: the households,
    their people and the money its rows add up to."""
    from assistant.facts.tables import table_sentences

    sheet = [
        "东湾街道助学金发放明细",
        "序号  社区     户主      家庭人口  类别        金额(元)   备注",
        "1     东湾社区  柯木兰    4         低保户      1500",
        "2               尤海生    2         特困        900",
        "3     西湾社区  尤海生    2         特困        900        重复录入，作废",
        "4               龚冬梅    3         低保户      1200",
        "5               龚冬梅    3         低保户      1200       作废",
        "6               庞立新    5         临时困难    2000",
    ]
    said = table_sentences("\n".join(sheet)) or []
    assert said == ["共4户14人，金额合计5600元"], said


# what heldout84's readers and the hostile pass of round 85 quoted, then what heldout85's readers quoted in spoken notes
_NOTES = [
    ("春节前为困难家庭发放助学金，发放明细如下：", "春节前为困难家庭发放助学金", "如下"),
    ("各小组时长按月登记，统计如下（从登记表复制）：", "各小组时长按月登记", "复制"),
    ("巡查了十七 不对是十九处", "十九处", "十七"),
    ("清运杂物十二车，哦十四车，都运到了中转站", "十四车", "十二车"),
    ("全年走访是四百来户 具体是四百一十六户", "四百一十六户", "来户"),
    ("登记了三十几个 嗯三十八个", "三十八个", "几个"),
    ("2026.9.18开展应急疏散演练，参加居民80人", "2026年9月18日", "2026.9.18"),
    ("更换楼道灯××盏", "【待补】盏", "××"),
    ("修好了2处路灯，4栋的一位阿姨说：“晚上出门不怕了”", "修好了2处路灯", "不怕了"),
    ("发放就业指南300份（联系人：温莉，电话13900001111）", "发放就业指南300份", "温莉"),
    ("后来她闺女回来劝 她电话是一五九 二二三三 四四五五 才答应搬", "才答应搬", "五九"),
    ("儿子打电话来问 他电话是137 1122 3344 家里还有个老人要照顾", "老人要照顾", "3344"),
    ("后来好了,他邻居电话13811112222有事也来找", "有事也来找", "13811112222"),
    ("我们钟晓燕主任带队 每周二去巡查", "主任带队", "钟晓燕"),
    ("俺们小樊(樊志刚)天天去她家", "工作人员", "樊志刚"),
    ("有个大娘,邓秀珍,九十了,一个人住", "有个大娘", "邓秀珍"),
    ("有个村,王家庄,今年修了3公里路", "王家庄", "有个村王"),
    ("今年新登记了58个,哎不对,是85个,我看错了,都核过了", "85个", "看错了"),
    ("大概二十来场吧 哦不对 翻了本子是二十二场", "二十二场", "二十来场"),
    ("在祠堂开哒个会 把各户喊来", "开了", "哒"),
    ("刚开始来的人否多 后来慢慢多了", "不多", "否多"),
    ("劝渠把车推走了", "劝其", "渠"),
    ("电瓶拎到屋宕里充电", "家中", "屋宕"),
    ("档案一本一本核,贼费劲", "十分费劲", "贼"),
]


@pytest.mark.parametrize(("note", "kept", "gone"), _NOTES)
def test_what_the_sessions_readers_and_hostile_pass_quoted_in_notes_of_our_own(note: str, kept: str, gone: str) -> None:
    from assistant.facts.copyedit import edit_item

    edited, _ = edit_item(note, work=True, voiced=True)
    assert kept in edited and gone not in edited, edited


def test_an_office_signed_with_its_clerks_nickname_is_signed_by_the_office() -> None:
    data = {
        "community": "南岸花园物业服务中心",
        "period": "2026年",
        "kind": "物业",
        "work": {"设施维护": ["维修门禁12处"]},
        "author": "南岸花园物业服务中心 小林",
        "date": "2026年12月2日",
    }
    text = to_simplified(make_draft(facts_from_data(data, "t"), None, DraftOptions(today=TODAY)).text())
    assert "南岸花园物业服务中心\n" in text.replace("  \n", "\n") and "小林" not in text, text


@pytest.mark.parametrize("shape", ["folder", "empty"])
def test_messages_follow_the_script_of_a_folder_of_materials_or_of_an_empty_files_name(
    shape: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No setting and no locale: Simplified materials in a folder, or an empty file named in Simplified, get their
    answer in Simplified (the hostile pass of round 85 was answered 錯誤：…文件是空的)."""
    from tests.cli_helpers import invoke

    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "ZONGJIE_UI_SCRIPT"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr("assistant.cli.ui._system_locale", lambda: None)
    if shape == "folder":
        folder = tmp_path / "材料"
        folder.mkdir()
        (folder / "说明.txt").write_text("这里记的是杂事，没有写单位，也没有写时间。\n", encoding="utf-8")
        result = invoke(["facts", "extract", str(folder), "-o", str(tmp_path / "事实.yaml")])
    else:
        empty = tmp_path / "总结初稿.txt"
        empty.write_text("", encoding="utf-8")
        result = invoke(["check", str(empty)])
    assert result.exit_code == 2, result.output
    assert "错误" in result.output and "錯誤" not in result.output, result.output
