"""What a book's foot and columns come to as a summary says them, beside facts/tables.py: a long book of households'
occasions by its 合计 and how its rows divide by kind, a month left out of a column's total, the unit a form gives its
figures on a line of its own, a total's parts under one 其中, a book of ticks (是/否) — heldout76's and heldout77's
readers and the eighteenth session's hostile pass."""

from __future__ import annotations

import re

from assistant.core.text import fold
from assistant.facts.columns import _MEASURED, _NOTE, _TOTAL, _first_cell
from assistant.facts.totals import MONTH_ROW, count_said, left_out

NOT_IN = re.compile(r"待补|有误|缺失|未统计|未填|暂缺|待核")


def months_left_out(header: list[str], table: list[list[str]], total: str) -> str:
    """A total over months one of which the clerk left blank and noted as missing (5月 blank, 备注 80岁以上系统导出有误，
    待补): the figure said with the month it does not count (heldout76's readers)."""
    notes = [at for at, h in enumerate(header) if _NOTE.match(h)]
    for at, name in enumerate(header[1:], start=1):
        missing = [
            _first_cell(row).strip()
            for row in table
            if MONTH_ROW.fullmatch(_first_cell(row).strip())
            and not row[at].strip()
            and any(NOT_IN.search(row[n]) for n in notes)
        ]
        label = re.sub(r"^其中[:：]", "", name)
        if missing and label and label in total:
            total = re.sub(
                rf"({re.escape(label)}[0-9][0-9.,]*[^\d，,、（(]*)", rf"\1（不含{'、'.join(missing)}）", total, count=1
            )
    return total


GIVEN_UNIT = re.compile(r"^单位[:：]\s*(?P<unit>kg|千克|公斤|吨|元|万元|人次|人|户|个|件)(?![a-z])")
UNIT_WORD = re.compile(
    r"[人户次件个份处起场天元桌吨辆台套间座名篇期批亩米斤]|人次|户次|万元|公里|小时|平方米|立方米|公斤|千克"
)


KIND_OF = re.compile(r"^(?:流转|服务|办理|处理|调解)?(?:方式|类型|类别|形式)$")


def by_kind(header: list[str], table: list[list[str]], summed: str) -> str:
    """How the book's rows divide by a column of a few kinds (流转方式 出租/入股/转包): 其中出租7户、入股2户, in the
    total's own unit; rows the clerk left out of the total (不计入合计) not counted (heldout77's 流转台账)."""
    at = next((n for n, h in enumerate(header) if KIND_OF.match(h)), None)
    unit = re.match(r"(?:合计|共计|共)?[0-9]+(?P<u>户|人|起|件|份|宗)", summed)
    if at is None or unit is None:
        return ""
    rows = [r for r in table if not _TOTAL.match(fold(_first_cell(r))) and not left_out(r)]
    counts: dict[str, int] = {}
    for r in rows:
        if kind := r[at].strip():
            counts[kind] = counts.get(kind, 0) + 1
    if not 2 <= len(counts) <= 4 or sum(counts.values()) != len(rows):
        return ""
    return "，其中" + "、".join(f"{k}{n}{unit['u']}" for k, n in counts.items())


def foot_said(header: list[str], total: list[str]) -> str:
    """A book's 合计 row as a summary says it: 共13起（婚事6起、丧事4起…）, 宴席（桌） 92 as 宴席92桌, 参加人数（人） 约1070
    as 参加约1070人; a column with no unit of its own, its figure with the column's name."""
    said: list[str] = []
    for name, cell in zip(header[1:], total[1:], strict=True):
        cell = cell.strip()
        if not cell or not re.search(r"[0-9]", cell):
            continue
        measured = _MEASURED.fullmatch(name)
        if measured and not UNIT_WORD.fullmatch(measured.group(2)):
            measured = None  # (就餐人次（含送餐）: a note in the brackets, no unit)
        if re.fullmatch(r"(?:约|近)?[0-9][0-9.,]*", cell):
            label = re.sub(r"(?:人数|户数|次数|数量|数)$", "", measured.group(1)) if measured else name
            said.append(f"{label}{cell}{measured.group(2)}" if measured else count_said(name, cell))
        else:
            said.append(re.sub(r"(?<=[^\s（）()])[ \u3000]+(?=[^\s（）()])", "、", cell))
    if not said:
        return ""
    return "，".join(said) if said[0].startswith(("共", "合计")) else "合计" + "，".join(said)


def parts_joined(said: list[str]) -> str:
    """A total's figures in a line, the parts of one (其中80岁以上…, 其中低保特困…) run together under one 其中."""
    out = ""
    for n, piece in enumerate(said):
        if n and piece.startswith("其中") and said[n - 1].startswith("其中"):
            out += "、" + piece.removeprefix("其中")
        else:
            out += ("，" if n else "") + piece
    return out


COUNT_UNIT_SAID = re.compile(r"(?<=[0-9])(?:人次|户次|车次|天|次|人|户|个|件|家|场|篇)(?=$|[（(])")
TICKS = {"是", "否", "√", "×", "✓", "✔", "有", "无"}


def ticked(table: list[list[str]]) -> bool:
    """Whether a column of the book holds only ticks (是/否, √/×), the rows' own facts being yes or no."""
    rows = [row for row in table if not _TOTAL.match(fold(_first_cell(row)))]
    return len(rows) >= 3 and any(
        all(row[at].strip() in TICKS or not row[at].strip() for row in rows)
        and sum(bool(row[at].strip()) for row in rows) >= 3
        for at in range(1, len(rows[0]))
    )
