"""Generated materials for the three promises of issue 20 that hold whatever the numbers are:
a ledger whose days add up to a report's total is one item; a chat correction leaves only the
corrected figure; a sentence written in the future is never work done."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.extract.materials import read_materials
from assistant.extract.model import Extraction
from assistant.extract.reconcile import extract

PLACES = ["1号楼", "幸福里小区", "东门", "社区广场", "文化活动室", "老年活动中心", "北区", "南区"]


def _run(files: dict[str, str]) -> Extraction:
    with tempfile.TemporaryDirectory() as folder:
        for name, text in files.items():
            (Path(folder) / name).write_text(text, "utf-8")
        materials, problems = read_materials([Path(folder)])
        return extract(materials, problems, community="甲社区", period="2025年第三季度")


def _keys(text: str) -> list[str]:
    return [f.key for f in find_figures(text) if f.kind not in LABEL_KINDS]


@settings(max_examples=25, deadline=None)
@given(
    month=st.integers(7, 9),
    counts=st.lists(st.integers(1, 40), min_size=2, max_size=8),
    places=st.lists(st.sampled_from(PLACES), min_size=8, max_size=8),
)
def test_ledger_days_that_add_up_to_the_reports_total_are_one_item(
    month: int, counts: list[int], places: list[str]
) -> None:
    total = sum(counts)
    rows = [f"2025-{month:02d}-{2 + 3 * n:02d},{places[n]},{c}" for n, c in enumerate(counts)]
    result = _run(
        {
            f"{month}月工作月报.txt": f"甲社区2025年{month}月工作月报\n\n一、环境整治\n\n{month}月共清理楼道杂物{total}处。\n",
            "楼道清理台账.csv": "日期,地点,清理杂物（处）\n" + "\n".join(rows) + "\n",
        }
    )
    work = [i for i in result.items if i.section == "work"]
    holding = [i for i in work if f"{total}处" in _keys(i.text)]
    assert len(holding) == 1, [i.text for i in work]
    assert len(work) == 1, [i.text for i in work]  # no day counted again beside its total
    assert {p.place.file for p in holding[0].sources} == {f"{month}月工作月报.txt", "楼道清理台账.csv"}
    assert not result.conflicts


@settings(max_examples=25, deadline=None)
@given(
    wrong=st.integers(20, 400),
    delta=st.integers(1, 90),
    others=st.lists(st.integers(2, 900), min_size=1, max_size=4, unique=True),
    shape=st.sampled_from(["是{right}户，不是{wrong}户", "不是{wrong}户，是{right}户", "{wrong}户应为{right}户"]),
)
def test_a_chat_correction_leaves_only_the_corrected_figure(
    wrong: int, delta: int, others: list[int], shape: str
) -> None:
    right = wrong + delta
    lines = ["王敏 2025/8/4 9:10", f"第二网格本周入户走访{wrong}户", ""]
    for n, value in enumerate(others):
        lines += [f"李强 2025/8/{5 + n} 10:0{n}", f"今天在社区广场发放宣传资料{value}份", ""]
    lines += ["王敏 2025/8/12 16:00", "更正：刚才走访户数打错了，" + shape.format(right=right, wrong=wrong), ""]
    result = _run({"工作群聊天记录.txt": "\n".join(lines)})
    work = [i for i in result.items if i.section == "work"]
    texts = [i.text for i in work]
    assert any(f"{right}户" in _keys(t) for t in texts), texts
    assert not any(f"{wrong}户" in _keys(t) for t in texts), texts
    assert not any("更正" in t for t in texts), texts
    fixed = next(i for i in work if f"{right}户" in _keys(i.text))
    assert len(fixed.sources) == 2  # the message and its correction


FUTURE = [
    "{m}月底前完成{thing}{n}处",
    "计划开展{thing}{n}次",
    "下一步将继续{thing}",
    "力争{thing}覆盖率达到{n}%",
    "拟于{m}月{d}日开展{thing}",
    "下季度新增{thing}{n}个",
]
THINGS = ["垃圾分类宣传", "消防安全检查", "楼道堆物清理", "老旧小区改造", "义诊活动", "充电桩安装"]


@settings(max_examples=25, deadline=None)
@given(
    plans=st.lists(
        st.tuples(st.sampled_from(FUTURE), st.sampled_from(THINGS), st.integers(1, 99), st.integers(10, 12)),
        min_size=1,
        max_size=5,
    ),
    done=st.integers(1, 500),
)
def test_a_sentence_written_in_the_future_is_never_work_done(plans: list[tuple[str, str, int, int]], done: int) -> None:
    future = [shape.format(m=m, d=n % 28 + 1, thing=thing, n=n) for shape, thing, n, m in plans]
    body = "。".join([f"9月开展环境整治，清理卫生死角{done}处", *future]) + "。"
    result = _run({"9月工作月报.txt": f"甲社区2025年9月工作月报\n\n一、主要工作\n\n{body}\n"})
    work = [i.text for i in result.items if i.section == "work"]
    assert work == [f"9月开展环境整治，清理卫生死角{done}处"] or work == [f"开展环境整治，清理卫生死角{done}处"], work
    listed = [i.text for i in result.items if i.section in ("plans", "next_month")]
    assert len(listed) == len(set(future)), (listed, future)
