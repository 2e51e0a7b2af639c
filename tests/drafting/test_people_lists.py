"""A list of residents pasted as it is kept (name, sex, age, address, phone): nothing of theirs goes into the summary,
and what was done for them is asked for; a visit that found nothing said as nothing found; people counted with 个
written with 名 only where the word names people, not a place or body named after them (hostile67, in our words)."""

from __future__ import annotations

import pytest

from assistant.core.numbers import find_figures
from assistant.facts.copyedit import edit_item
from assistant.facts.shapes import spaced_table
from assistant.facts.tables import table_sentences

_RESIDENTS = [
    "姓名\t性别\t年龄\t家庭住址\t手机",
    "周秀兰\t女\t79\t朝阳巷12号\t13511112222",
    "陈建国\t男\t83\t东门街5号\t13633334444",
]


@pytest.mark.parametrize(
    "rows",
    [
        _RESIDENTS,
        ["序号\t" + _RESIDENTS[0], *(f"{n}\t{row}" for n, row in enumerate(_RESIDENTS[1:], 1))],
        # typed with one space, the rows numbered though the header has no 序号
        spaced_table(
            [line.replace("\t", " ") for line in [_RESIDENTS[0]]]
            + [f"{n} {row.replace(chr(9), ' ')}" for n, row in enumerate(_RESIDENTS[1:], 1)]
        ),
    ],
)
def test_a_list_of_residents_prints_nothing_of_theirs_and_asks_what_was_done(rows: list[str] | None) -> None:
    assert rows is not None
    said = table_sentences("\n".join(rows))
    assert said is not None
    text = "".join(said)
    for private in ("周秀兰", "陈建国", "周某", "朝阳巷", "13511112222", "79", "83"):
        assert private not in text
    assert "【待补" in text


def test_a_ledger_with_its_residents_ages_says_the_work_without_them() -> None:
    said = table_sentences(
        "\n".join(["姓名\t性别\t年龄\t服务内容", "周秀兰\t女\t79\t助浴2次", "陈建国\t男\t83\t送餐6次"])
    )
    assert said is not None
    text = "".join(said)
    assert "助浴2次" in text and "送餐6次" in text
    assert "79" not in text and "83" not in text and "周秀兰" not in text


@pytest.mark.parametrize(
    ("found", "lacks", "has"),
    [
        ("未见异常", ["未见", "发现"], []),
        ("无明显隐患", ["无明显", "发现"], []),
        ("情况正常", ["正常"], []),
        ("未发现异常，已发放燃气安全提示单", ["发现未发现"], ["燃气安全提示单"]),
        # a person not found at home is a finding, said as the clerk typed it
        ("未发现住户在家，已留联系卡", ["发现未发现"], ["未发现住户在家", "联系卡"]),
        ("楼道堆放纸箱", [], ["发现楼道堆放纸箱"]),
    ],
)
def test_a_visit_that_found_nothing_says_nothing_found(found: str, lacks: list[str], has: list[str]) -> None:
    said = table_sentences(
        "\n".join(["日期\t网格\t走访户数\t发现问题", f"5.6\t第三网格\t22\t{found}", "5.9\t第一网格\t18\t无"])
    )
    assert said is not None
    text = "；".join(said)
    assert "22户" in text and "18户" in text
    for word in lacks:
        assert word not in text
    for word in has:
        assert word in text


@pytest.mark.parametrize(
    ("item", "edited"),
    [
        ("组织了25个青年参加义务植树", "组织了25名青年参加义务植树"),
        ("16个妇女报名参加家政培训", "16名妇女报名参加家政培训"),
        ("慰问7个残疾人家庭", "慰问7个残疾人家庭"),  # households, not people
        ("新建2个青年驿站", "新建2个青年驿站"),  # places named after people
        ("建成1个职工之家", "建成1个职工之家"),
        ("走访9个老人家庭", "走访9个老人家庭"),
    ],
)
def test_people_counted_with_ge_are_written_with_ming(item: str, edited: str) -> None:
    text, _ = edit_item(item, work=True)
    assert text == edited
    assert [f.key for f in find_figures(text)] == [f.key for f in find_figures(item)]
