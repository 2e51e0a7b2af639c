"""Ledgers (.xlsx, .csv) and the tables of reports, read as offices keep them.

- Title rows above the header, a header of one or two rows (merged: 清理情況 over 雜物（處）and
  清運量（車）), then the rows; a 填表人 line below.
- Columns by role: date, category, activity, place (地點, 網格, 樓棟), people, quantity and unit;
  measures named by their header (工單數（件）, 走訪戶數, 出動人次), each with the unit its header
  gives; 備註 and other text columns kept with the row.
- Rows split by day or by place (a ledger's days, a CSV's 網格) are the parts of the total or
  subtotal row below them (7月小計, 合計): the total is the item, and the parts are set apart as
  its detail, checked against it. Rows split by kind of work (a category per row) are items
  of their own, and so is their total.
- A record list with no measure at all (a work-order export: one row per order) is counted per
  category: 水電維修 14 rows are 「水電維修工單14件」.
- A table with none of these columns is read cell by cell as sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.dates import When, read_date, read_month_cell
from assistant.core.errors import InputError
from assistant.core.files import read_limited
from assistant.core.periods import PERIOD_NAME
from assistant.core.script import convert, detect_script, to_simplified
from assistant.core.text import CJK, CJK_CHARS
from assistant.extract.lines import generic_heading, part_of_heading, set_apart
from assistant.extract.pieces import Material, Piece, Place, clean_sentences
from assistant.facts.totals import borne_out
from assistant.io.plain import decode_bytes
from assistant.io.sheets import MAX_SHEET_BYTES, read_sheets

TitleLine = Callable[[str, Material], bool]  # takes unit, period and topic from a title; True if it was one

_COLUMNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "ignore",
        re.compile(r"序号|编号|工单号|单号|负责人|责任|经办人|填报人|填表|记录人|网格员|联系|电话|附件|处理人|维修人"),
    ),
    ("note", re.compile(r"备注|说明|主要问题|情况说明")),
    ("date", re.compile(r"日期|时间|月份|^统计月|^年月$")),
    ("category", re.compile(r"类别|类型|分类|板块|收支")),
    ("people", re.compile(r"^(?:参与|参加|出席|服务|受益)?(?:人数|人次)(?:[（(][^）)]*[）)])?$")),
    ("quantity", re.compile(r"数量|数值|完成量|工作量|^数$")),
    ("unit", re.compile(r"^(?:计量)?单位$")),
    # where or by whom the work was split: rows by 網格, 團隊, 科室 are the parts of their total
    (
        "place",
        re.compile(
            r"地点|地址|位置|场所|区域|楼栋|楼号|网格$|^网格|村民小组|^组别|团队$|^小组$|科室$|部门$|^社区$|小区$|片区$|^座[号别]?$|^栋号$|^幢号$"
        ),
    ),
    ("activity", re.compile(r"内容|事项|活动|名称|项目|工作")),
]
_UNIT_IN_HEADER = re.compile(r"[（(](?P<unit>[^）()（]{1,4})[）)]$")
_MEASURE_END = [  # a measure's header without a bracketed unit: the unit its last words give
    (re.compile(r"人次$"), "人次"),
    (re.compile(r"户数$"), "户"),
    (re.compile(r"人数$"), "人"),
    (re.compile(r"次数$"), "次"),
    (re.compile(r"件数$|单数$"), "件"),
    (re.compile(r"(?:问题|隐患|办结|整改|解决)数$"), "个"),
    (re.compile(r"场次$"), "场"),
    (re.compile(r"份数$"), "份"),
    (re.compile(r"金额$|收入$|支出$|费用$|结余$"), "元"),
]
_THIS_PERIOD = re.compile(r"(?:本月|当月|本期|本季度|本周|本年度?)(?:完成|完成数|实际|实绩|情况)?")
_SO_FAR = re.compile(r"(?:累计|累计完成)$")
_MEASURE_WORDS = re.compile(r"数$|量$|人次$|金额$|收入$|支出$|费用$|结余$")
_TOTAL_ROW = re.compile(r"合计|总计|小计|共计|累计|总数|^总$|^计$")
_DAY_OR_PLACE = re.compile(
    r"^(?:第?[0-9一二三四五六七八九十]+(?:网格|组|幢|栋|座|号楼|片区|村民小组|团队)(?:[（(][^）)]{1,8}[）)])?)$|网格$|[0-9]+月[0-9]+日"
)
_DEFAULT_SHEET = re.compile(r"^(?:sheet|工作表|表)\s*[0-9]+$", re.I)
_TITLE_NOISE = re.compile(
    r"^.*?(?:社区|街道|村|物业|中心|公司)|[_\-\s]*20[0-9]{2}[-._]?[01][0-9][-._]?[0-3][0-9]|[_\-\s]*20[0-9]{2}年度?|[_\-\s]*20[0-9]{2}[Qq][1-4]|第?[一二三四1-4]季度|上半年|下半年|全年|[0-9]{1,2}月份?|台账|记录表?|统计表?|登记表?|明细表?|导出|汇出|表$"
)


@dataclass
class _Column:
    name: str
    role: str | None
    unit: str = ""  # a measure's unit, from its header
    word: str = ""  # a measure's words for the item (出动, 杂物, 工单)


@dataclass
class _Table:
    material: Material
    label: str
    section: str
    heading: str
    columns: list[_Column] = field(default_factory=list)
    topic: str = ""  # what the ledger records, from its title (楼道堆物清理)
    period: str = ""  # the period a sheet is named after (一季度, 3月): its totals are that period's
    when: When | None = None  # the month a report's caption gives its table (表1 12月份…)


def read_sheet(path: Path, material: Material, title: TitleLine) -> None:
    """Every sheet of a .xlsx (or the one table of a .csv) into ``material``."""
    sheets = read_sheets(path, "台賬")
    if path.suffix.lower() == ".csv":
        line = _unclosed_quote(decode_bytes(read_limited(path, MAX_SHEET_BYTES, "台賬"), path.name))
        if line is not None:
            raise InputError(
                f"第{line}行有一個引號沒有配對，從那裡到文件末尾會被讀成一格，後面的行都會丟失；"
                "請補上或刪掉這個引號（或用 Excel 打開後另存為 CSV）再試"
            )
        read_grid([[str(c).strip() for c in row] for row in sheets[0].rows], material, "", "work", "", title)
        return
    several = len(sheets) > 1
    for sheet in sheets:
        if sheet.uncached:  # a formula Excel never computed: its figure is not in the file
            cells = "、".join(sheet.uncached[:8]) + (f"等{len(sheet.uncached)}格" if len(sheet.uncached) > 8 else "")
            where = f"工作表「{sheet.title}」" if several else "表中"
            note = Piece(f"{where}{cells}是公式，文件裡沒有保存計算結果", Place(material.name, where), "sentence")
            note.aside = "formula"
            material.pieces.append(note)
        if sheet.unreadable:  # a date that is no date and the like: read as written, worth a look
            cells = "、".join(sheet.unreadable[:8]) + (
                f"等{len(sheet.unreadable)}格" if len(sheet.unreadable) > 8 else ""
            )
            where = f"工作表「{sheet.title}」" if several else "表中"
            note = Piece(f"{where}{cells}的值與格式不符，已按原文讀入", Place(material.name, where), "sentence")
            note.aside = "unreadable_cell"
            material.pieces.append(note)
        values = sheet.rows
        for min_row, max_row, min_col, max_col in sheet.merged:  # a merged header names every column under it
            top = values[min_row - 1][min_col - 1] if min_row <= len(values) else None
            for r in range(min_row, min(max_row, len(values)) + 1):
                for c in range(min_col, max_col + 1):
                    if c - 1 < len(values[r - 1]):
                        values[r - 1][c - 1] = top
        grid = [[_cell_text(v) for v in row] for row in values]
        named = several and not _DEFAULT_SHEET.match(sheet.title.strip())  # 財務收支, not Sheet2
        period = sheet.title.strip() if named and PERIOD_NAME.fullmatch(to_simplified(sheet.title.strip())) else ""
        read_grid(
            grid,
            material,
            f"工作表「{sheet.title}」" if several else "",
            "work",
            "",
            title,
            topic=sheet.title if named and not period else "",
            period=period,
        )


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _unclosed_quote(text: str) -> int | None:
    """The line on which a quoted CSV cell opens and never closes, else None. The csv module then
    reads the rest of the file into that one cell without a word; this follows its rules (a quote
    opens a cell only at its start, ``""`` inside one is a quote)."""
    if '"' not in text:
        return None
    state, line, opened = "start", 1, 0
    for ch in text:
        if state == "quoted":
            if ch == '"':
                state = "quote"
        elif state == "quote":  # a quote inside a quoted cell: doubled, or the end of the cell
            state = "quoted" if ch == '"' else ("start" if ch in ",\n" else "field")
        elif ch in ",\n":
            state = "start"
        elif state == "start" and ch == '"':
            state, opened = "quoted", line
        else:
            state = "field"
        if ch == "\n":
            line += 1
    return opened if state == "quoted" else None


def _column(name: str) -> _Column:
    """A header's role; a measure's unit and words, in the header's own script (工單 in a
    Traditional ledger). The lower of two header rows names it best."""
    found = _column_simplified(name)
    script = detect_script(name)
    return _Column(name, found.role, convert(found.unit, script), convert(found.word, script))


def _column_simplified(name: str) -> _Column:
    parts = [p.strip() for p in to_simplified(name).split("/") if p.strip()]
    for part in reversed(parts):
        for role, pattern in _COLUMNS:
            if pattern.search(part):
                if role == "quantity" and re.fullmatch(rf"[{CJK_CHARS}]{{2,4}}数量[（(][^）)]{{1,4}}[）)]", part):
                    # 发放数量（份）: a measure named by its verb and unit, not the 数量 of a 单位 column
                    given = _UNIT_IN_HEADER.search(part)
                    assert given is not None
                    return _Column(name, "measure", given.group("unit"), part[: part.index("数量")])
                if role == "people":
                    unit = "人次" if "人次" in part else "人"
                    return _Column(name, "people", unit, _measure_word(part, unit))
                return _Column(name, role)
    last = parts[-1] if parts else ""
    # 本月完成 | 三季度累計: the row's figure this month and so far, the unit written in each cell
    if _THIS_PERIOD.fullmatch(last):
        return _Column(name, "measure", "", "")
    if _SO_FAR.search(last) and len(last) <= 8:
        return _Column(name, "measure", "", last)
    bracket = _UNIT_IN_HEADER.search(last)
    if bracket:
        return _Column(
            name, "measure", bracket.group("unit"), _measure_word(last[: bracket.start()], bracket.group("unit"))
        )
    for pattern, unit in _MEASURE_END:
        if pattern.search(last):
            return _Column(name, "measure", unit, _measure_word(last, unit))
    if _MEASURE_WORDS.search(last):
        return _Column(name, "measure", "", _measure_word(last, ""))
    return _Column(name, None)


def _measure_word(header: str, unit: str) -> str:
    """工单数 -> 工单, 走访户数 -> 走访, 出动人次 -> 出动, 清运量 -> 清运量; 金额, 数量 -> nothing."""
    word = re.sub(r"[（(][^）)]*[）)]", "", header)
    if word in ("金额", "数量", "数值", "数", "数目", "合计"):
        return ""
    if word.endswith("量") and len(word) > 2:  # 清運量 -> 清運: 「清運10車」
        return word[:-1]
    for tail in (unit + "数", unit, "数"):
        if tail and word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)]
    return word


def column_role(name: str) -> str | None:
    return _column(name).role


def read_grid(
    grid: list[list[str]],
    material: Material,
    label: str,
    section: str,
    heading: str,
    title: TitleLine,
    when: When | None = None,
    topic: str = "",
    period: str = "",
) -> None:
    """A table: title rows, one or two header rows, then rows (see the module's notes). ``topic``:
    what the table records, when its sheet's name says so (財務收支)."""
    table = _Table(material, label, section, heading, when=when, topic=topic, period=period)
    if not label:  # a ledger file: its name says what it records until a title row does
        table.topic = _topic(Path(material.name).stem)
    titled = False
    start = len(grid)
    for i, row in enumerate(grid[:6]):
        distinct = {c for c in row if c}
        if len(distinct) == 1:
            line = next(iter(distinct))
            if title(line, material) and not titled and not re.search(r"[:：]", line):
                table.topic, titled = _topic(line) or table.topic, True
            continue  # a title row, merged across the table
        if sum(1 for c in row if c and column_role(c)) >= 2:
            start = i
            break
    if start >= len(grid):
        _read_cells(grid, table)
        return
    names = list(grid[start])
    body = start + 1
    below = grid[body] if body < len(grid) else []
    if below and any(c and column_role(c) for c in below) and not any(_is_value(c) for c in below):
        names = [
            "/".join(dict.fromkeys(x for x in (a, b) if x))
            for a, b in zip(names, below + [""] * len(names), strict=False)
        ]
        body += 1
    table.columns = [_column(n) if n else _Column("", None) for n in names]
    rows = [(r, grid[r]) for r in range(body, len(grid)) if any(grid[r])]
    _kinds_of_work(table, [row for _, row in rows])
    roles = {c.role for c in table.columns}
    if "measure" in roles or ("people" in roles and "activity" not in roles):
        _read_measures(rows, table)
    elif "activity" in roles:
        if not ({"quantity", "people"} & roles) and "category" in roles and len(rows) >= 5:
            _count_records(rows, table)
        else:
            _read_records(rows, table)
    else:
        _read_cells(grid, table)


def _kinds_of_work(table: _Table, rows: list[list[str]]) -> None:
    """項目 | 內容 | 數量: of two columns of what was done, the first whose short cells repeat
    (維修保養 ×3, 保安 ×2) names the kind of work, the category, not an activity (a Hong Kong
    物業's monthly table, whose rows otherwise went to whatever their words suggested)."""
    activities = [n for n, c in enumerate(table.columns) if c.role == "activity"]
    if len(activities) < 2 or any(c.role == "category" for c in table.columns):
        return
    first = activities[0]
    cells = [row[first] for row in rows if first < len(row) and row[first]]
    if len(cells) >= 3 and all(len(c) <= 6 for c in cells) and len(set(cells)) < len(cells):
        column = table.columns[first]
        table.columns[first] = _Column(column.name, "category", column.unit, column.word)


def _topic(title: str) -> str:
    """What a ledger records, from its title or file name: 楓林社區2025年第三季度樓道堆物清理台賬 -> 樓道堆物清理."""
    simp = re.sub(r"[（(][^）)]{0,30}[）)]", "", to_simplified(title))  # （截至6月27日）
    title = re.sub(r"[（(][^）)]{0,30}[）)]", "", title)
    bare = _TITLE_NOISE.sub("", simp).strip()
    start = simp.find(bare) if bare else -1
    return title[start : start + len(bare)] if start >= 0 else bare


def _line_below(table: _Table, r: int, text: str) -> None:
    """A line in a table's grid that is no row of it (填表人：…, 監督電話：…, a remark): named in
    the report as set apart, never an item."""
    piece = Piece(text, Place(table.material.name, _where(table, r)), "sentence", table.section)
    piece.aside = set_apart(text) or "table_note"
    table.material.pieces.append(piece)


def _where(table: _Table, r: int) -> str:
    return f"{table.label}第{r + 1}行" if table.label else f"第{r + 1}行"


def _cells(row: list[str], table: _Table) -> dict[str, str]:
    cells: dict[str, str] = {}
    for column, value in zip(table.columns, row, strict=False):
        role = column.role
        if role and role not in ("ignore", "measure") and value:
            joiner = "，" if role in ("activity", "note") else " "  # 公開事項 and 主要內容: one phrase each
            cells[role] = f"{cells[role]}{joiner}{value}" if role in cells else value
            if role == "people":
                cells["people_unit"] = column.unit
    return cells


def _read_records(rows: list[tuple[int, list[str]]], table: _Table) -> None:
    """A ledger of activities: one item per row."""
    for r, row in rows:
        cells = _cells(row, table)
        text_cells = [v for v in row if v]
        if len(text_cells) == 1 and set_apart(text_cells[0]):  # 填表人：… below the table
            _line_below(table, r, text_cells[0])
            continue
        if not cells.get("activity") and not cells.get("quantity"):
            continue
        first = text_cells[0].strip(" ：:")
        if set_apart(first + "：") == "submission":  # 填報｜陳志明（物業經理）｜2025年7月3日
            _line_below(table, r, "：".join(text_cells))
            continue
        section = table.section
        if part_of_heading(first) == "plans" and len(text_cells) > 1:  # 下月計劃｜7月上旬完成…: a plan row
            section = "plans"
            row = [v if v != text_cells[0] else "" for v in row]
            cells = _cells(row, table)
        when = read_date(cells["date"]) if "date" in cells else (table.when or When())
        text = "｜".join(
            _row_part(role, cells)
            for role in ("date", "category", "activity", "place", "quantity", "people", "note")
            if role in cells
        )
        table.material.pieces.append(
            Piece(
                text,
                Place(table.material.name, _where(table, r)),
                "row",
                section,
                when,
                cells.get("category", table.heading),
                cells,
            )
        )


def _row_part(role: str, cells: dict[str, str]) -> str:
    if role == "quantity":
        return cells["quantity"] + cells.get("unit", "")
    if role == "people":
        value = cells["people"]
        unit = cells.get("people_unit", "人")
        return value if value.endswith(("人", "人次", "名")) else value + unit
    return cells[role]


def _is_value(text: str) -> bool:
    return bool(text) and (re.fullmatch(r"[0-9.,，年月日/\-\s]+", text) is not None)


def _measures(row: list[str], table: _Table) -> list[str]:
    """「杂物41处」 for each measure (and people) cell of the row that holds a number."""
    out = []
    for column, value in zip(table.columns, row, strict=False):
        if column.role not in ("measure", "people") or not value or not re.search(r"[0-9]", value):
            continue
        unit = column.unit if not re.search(r"[^\d.,，\s]$", value) else ""
        out.append(f"{column.word}{value}{unit}")
    return out


def _what(row: list[str], table: _Table) -> str:
    """What a row of measures counts: its category or activity, else the ledger's topic."""
    cells = _cells(row, table)
    for role in ("activity", "category"):
        if cells.get(role) and not _TOTAL_ROW.search(to_simplified(cells[role])):
            return cells[role]
    return table.topic or table.heading


def _read_measures(rows: list[tuple[int, list[str]]], table: _Table) -> None:
    """A table whose numbers sit under named measures. Rows by day or place are parts of the
    total below them; rows by kind of work are items, and so is their total."""
    material = table.material
    parts: list[tuple[Piece, list[str]]] = []
    for r, row in rows:
        text_cells = list(dict.fromkeys(v for v in row if v and not _is_value(v)))  # a merged cell: once
        if (
            len(text_cells) == 1
            and len({v for v in row if v}) == 1
            and (set_apart(text_cells[0]) or not _measures(row, table))
        ):
            _line_below(table, r, text_cells[0])  # 填表人：… or a note line under the table
            continue
        measures = _measures(row, table)
        if not measures:
            continue
        named = False
        first = next((v for v in row if v), "")
        total = bool(_TOTAL_ROW.search(to_simplified(first)))
        # (rows by tenant or shop front, no column saying what each did: the parts of the 合计 below them too —
        # the hostile pass of round 93's 租金收缴台账)
        row_cells = _cells(row, table)
        by_day_or_place = _split_by_day_or_place(row, table) or not (
            row_cells.get("activity") or row_cells.get("category")
        )
        when = _row_when(row, table)
        note = row_cells.get("note", "")
        what = _what(row, table)
        if total:
            month = re.match(r"([0-9]{1,2})月", to_simplified(first))
            if month:
                when = When(when.year, int(month.group(1)), None)
            # 收入合計 names itself; 7月小計 and 合計 say what they total by the ledger's topic
            bare = re.sub(r"^[0-9]{1,2}月份?", "", to_simplified(first))
            named = len(bare) > 2
            label = first if named else (table.topic or table.heading) + first
            if table.period and not re.match(r"[0-9]{1,2}月|[一二三四]季度|第", to_simplified(first)):
                label = table.period + label  # 一季度市容環境秩序整治合計, not four unnamed 合計
        else:
            label = what
        # 水電維修工單14件，按時完成13件; a subtotal keeps a colon: 樓道堆物清理7月小計：雜物41處，…
        text = label + ("：" if total and not named else "") + "，".join(measures)
        if note:
            text += f"（{note}）"
        piece = Piece(
            text,
            Place(material.name, _where(table, r)),
            "row",
            table.section,
            when,
            _line_of_work(row, table),
            # what the figures are compared by: the row's words (保潔, 收入合計), not a ledger's
            # 7月小計, whose figures are best compared by the words of each measure
            {"sentence": text, "activity": label if total and named else "" if total or by_day_or_place else what},
        )
        if total and parts and not _adds_up(row, [cells for _, cells in parts]):
            # (a 合计 its rows do not add up to, 320 over 120, 96 and 88: the rows stand, the total is set aside for the
            # clerk — the hostile pass of round 81 found it written as checked)
            piece.aside = "total_off"
            for detail, cells in parts:  # each row by its own place (A栋安装烟感120个), as it now stands alone
                where = _cells(cells, table).get("place", "")
                if where:
                    detail.text = where + "，".join(_measures(cells, table))
                    detail.cells["sentence"] = detail.text
            parts = []
        elif total:
            for detail, _ in parts:  # the days or places of this total: its detail, not counted again
                detail.aside = "part"
                piece.details.append(detail)
            parts = []
        elif by_day_or_place:
            parts.append((piece, row))
        material.pieces.append(piece)


def _adds_up(total: list[str], rows: list[list[str]]) -> bool:
    """Every figure of a 合计 row the sum of the figures above it in its column, as a facts file's books are read."""
    said = [str(c) for c in total]
    return borne_out([*([str(c) for c in r] for r in rows), said], said) == said


def _line_of_work(row: list[str], table: _Table) -> str:
    """The category hint of a row of measures: the report's heading over the table (工程維修 over its
    rows' 水電維修); else the row's category, unless it is only 收入 or 合計 (then the ledger's topic)."""
    if table.heading:
        return table.heading
    category = _cells(row, table).get("category", "")
    return table.topic if not category or generic_heading(category) else category


def _split_by_day_or_place(row: list[str], table: _Table) -> bool:
    for column, value in zip(table.columns, row, strict=False):
        if column.role in ("date", "place") and value:
            return True
        if column.role in (None, "category") and value and _DAY_OR_PLACE.search(to_simplified(value)):
            return True
    return False


_ONE_MONTH = re.compile(r"(?<![0-9—\-~～至到])([0-9]{1,2})月(?![0-9底前])")


def _row_when(row: list[str], table: _Table) -> When:
    """The row's date; else the one month its words name (備註「3月發放」); else the caption's."""
    for column, value in zip(table.columns, row, strict=False):
        if column.role == "date" and value:
            month = read_month_cell(to_simplified(value))  # an export's 統計月份: 2026-07, 7月
            return month if month is not None else read_date(value)
    words = to_simplified(
        " ".join(v for c, v in zip(table.columns, row, strict=False) if c.role in ("note", "activity"))
    )
    months = _ONE_MONTH.findall(words)
    if len(months) == 1 and not re.search(r"[—\-~～至到]", words) and 1 <= int(months[0]) <= 12:
        return When(None, int(months[0]), None)
    return table.when or When()


def _count_records(rows: list[tuple[int, list[str]]], table: _Table) -> None:
    """A list of records with no number (one work order per row): counted per category, each row
    set apart as the detail of its count."""
    material = table.material
    counted: dict[str, list[Piece]] = {}
    months: set[int] = set()
    for r, row in rows:
        cells = _cells(row, table)
        category = cells.get("category", "")
        if not category:
            continue
        when = read_date(cells.get("date", ""))
        if when.month:
            months.add(when.month)
        piece = Piece(
            "｜".join(v for v in row if v), Place(material.name, _where(table, r)), "row", table.section, when
        )
        piece.aside = "part"
        material.pieces.append(piece)
        counted.setdefault(category, []).append(piece)
    names = to_simplified(material.name + "".join(c.name for c in table.columns))
    noun, unit = ("工单", "件") if re.search(r"工单|报修|维修|投诉|诉求", names) else ("", "条")
    script = detect_script("".join(counted))
    month = next(iter(months)) if len(months) == 1 else None
    for category, found in counted.items():
        text = f"{category}{convert(noun, script)}{len(found)}{convert(unit, script)}"
        count = Piece(
            text,
            Place(material.name, found[0].place.where),  # its rows follow it as its detail
            "row",
            table.section,
            When(None, month, None),
            table.heading or table.topic or category,  # 水電 and 渠務 are kinds of the ledger's 維修工單
            {"sentence": text, "activity": category, "counted": convert(unit, script)},
        )
        count.details = found
        material.pieces.append(count)


def _read_cells(grid: list[list[str]], table: _Table) -> None:
    for r, row in enumerate(grid, 1):
        for c, value in enumerate(row, 1):
            if not value or not CJK.search(value) or (c > 1 and value == row[c - 2]):
                continue
            where = f"{table.label}第{r}行第{c}列"
            for sentence in clean_sentences(value):
                table.material.pieces.append(
                    Piece(sentence, Place(table.material.name, where), "sentence", table.section, When(), table.heading)
                )
