"""Which lines of a material are not work, and which sentences are plans: each rule with the
lines it takes and the lines it must leave (work done that looks like them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.extract.lines import is_plan, part_of_heading, plan_document, set_apart
from assistant.extract.materials import read_materials
from assistant.extract.reconcile import extract


@pytest.mark.parametrize(
    ("line", "note", "reason"),
    [
        ("报送日期：2025年8月5日", False, "submission"),
        ("联系人：李婷　联系电话：0571-86923147", False, "submission"),
        ("聯繫電話：0579-88362154", False, "submission"),
        ("会议时间：2025年9月26日下午2:30", False, "meeting"),
        ("參會人數：應到代表45人，實到41人", False, "meeting"),
        ("周建华指出，四季度要重点做好冬季安全和为老服务工作", False, "meeting"),
        ("表1 7月份主要活动开展情况", False, "caption"),
        ("附：本月活动统计", False, "caption"),
        ("今天上午9点半主题党日，党员同志请佩戴党徽，提前10分钟到三楼会议室", True, "notice"),
        ("国庆文艺汇演的节目单你负责跟进，周四前报给我", True, "assignment"),
        ("收到，辛苦了", True, "thanks"),
        ("活动室的钥匙在谁那里？", True, "question"),
        ("「赵丽：今天防汛演练顺利结束，参加演练的居民和志愿者一共76人」", True, "quote"),
        ('"王磊" 拍了拍 "周建华"', True, "system"),
        ("[图片]", True, "system"),
        ("已经联系物业了，本周五前处理完", True, "plan_in_chat"),
    ],
)
def test_lines_that_are_not_work_are_named_with_their_reason(line: str, note: bool, reason: str) -> None:
    assert set_apart(line, note=note) == reason


@pytest.mark.parametrize(
    "line",
    [
        "今天防汛演练顺利结束，参加演练的居民和志愿者一共76人，大家辛苦了",  # reports first, thanks after
        "昨天晚会实际来了130多人，椅子都不够，下次要多准备点",  # a figure done, a wish after
        "8月22日开展防汛应急演练，参与居民和志愿者76人",
        "3月5日组织学雷锋志愿服务活动，参与志愿者63人次",
    ],
)
def test_work_with_a_remark_is_still_work(line: str) -> None:
    assert set_apart(line, note=True) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "10月底前新增充电点2处",
        "村規民約修訂稿於4月10日前張貼公示",
        "计划开展消防安全培训1场",
        "力爭全年村集體經營性收入突破25萬元",
        "将继续推进楼道堆物专项整治",
        "下一步将重点做好冬季消防工作",
        "拟于11月召开居民议事会",
    ],
)
def test_the_future_is_a_plan(sentence: str) -> None:
    assert is_plan(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "春节前对小区12部电梯进行节前安全检查",  # 節前 is when it was done
        "将23名困难群众纳入低保",  # 將 as 把
        "网格化走访工作按计划推进",
        "争取上级资金20万元，完成3处路面修补",
        "2025年前三季度累计接待来访群众120人次",
        "昨天晚会实际来了130多人，下次要多准备点",  # the figure is done
    ],
)
def test_work_done_is_not_a_plan(sentence: str) -> None:
    assert not is_plan(sentence)


def test_headings_and_titles_that_hold_plans_or_topics() -> None:
    assert [part_of_heading(h) for h in ("会议决定", "下月工作打算", "議題", "会议内容", "党建工作")] == [
        "plans",
        "plans",
        "topics",
        None,
        None,
    ]
    assert plan_document("2025年下半年工作要點") and plan_document("2026年工作计划")
    assert not plan_document("2025年7月工作月报") and not plan_document("上半年工作计划执行情况汇报")


def test_no_label_is_left_in_an_item(tmp_path: Path) -> None:
    (tmp_path / "群.txt").write_text(
        "王敏 2025/3/4 9:10\n黨建工作：3月開展主題黨日活動2次，參與黨員82人次\n\n"
        "李強 2025/3/6 9:10\n更正：剛才說錯了\n",
        "utf-8",
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="甲社區", period="2025年3月")
    work = [i for i in result.items if i.section == "work"]
    assert [i.text for i in work] == ["3月開展主題黨日活動2次，參與黨員82人次"]
    assert work[0].category_by == "heading"  # the label became the category hint, not text


def test_a_speakers_name_before_a_colon_is_not_part_of_the_item(tmp_path: Path) -> None:
    (tmp_path / "群.txt").write_text(
        "—— 2025年3月4日 ——\n劉敏：今天走訪困難家庭20戶\n張經理：收到\n更正：剛才說錯了，是22戶，不是20戶\n", "utf-8"
    )
    materials, problems = read_materials([tmp_path])
    result = extract(materials, problems, community="甲社區", period="2025年3月")
    work = [i.text for i in result.items if i.section == "work"]
    assert work == ["3月4日走訪困難家庭22戶"], work
