"""A table copied from Excel or a WPS form and pasted under a category (日期	地点	内容	参与人数	备注 over
its rows, a 合计 row at the foot: heldout51), or a Word 工作台账 (序号 时间 工作内容 责任人 完成情况 备注, cells
wrapped onto the next line: heldout52): each row written as the sentence its header reads, the figures as
given. Readers saw the rows run together in one line, with the header words and the staff's names in it."""

from __future__ import annotations

import re

from assistant.core.text import fold

_CELLS = re.compile(r"\t| {2,}|\u3000")
_WHEN = re.compile(r"^(?:日期|时间|时段|月份)$")
_WHERE = re.compile(r"^(?:地点|场所|地址|位置|点位)$")
_WHAT = re.compile(r"^(?:活动)?(?:内容|名称|项目|事项|主题)$|^(?:活动|工作|工作内容|活动名称)$")
_COUNT = re.compile(r"^(?:参与|参加|服务|受益|覆盖)?(?:人数|人次|户数|数量)$")
_NOTE = re.compile(r"^(?:备注|说明|情况说明)$")
# what was done, written as the clerk gave it (检查38家，发现隐患61处); a note that only says it was done goes
_DONE = re.compile(r"^(?:完成情况|进展情况|完成进度|落实情况|工作成效|成效|结果|工作结果)$")
_DONE_ONLY = re.compile(r"^(?:已?完成|已办结|办结|完成|已落实|√|是)$")
# the row's number and who was responsible (a department, or a colleague by name) are the ledger's, not the
# summary's: a public summary names no staff member (heldout52's 城建办 周志强)
_SKIPPED = re.compile(r"^(?:序号|编号|序|No\.?|责任人|负责人|责任单位|责任科室|牵头单位|牵头人|经办人|联系人)$")
# a date cell as the ledger wrote it: 2024.12.2-12.20, 2024.12.10-2025.1.15, 12.31-2.5, 2025.1.6
_DAY = r"(?:(?P<{0}y>20[0-9]{{2}})\.)?(?P<{0}m>1[0-2]|[1-9])\.(?P<{0}d>3[01]|[12][0-9]|[1-9])"
_DATE_CELL = re.compile(rf"^{_DAY.format('a')}(?:\s*(?:-|—|–|～|~|至|到)\s*{_DAY.format('b')})?$")
_TOTAL = re.compile(r"^(?:合计|总计|小计|共计)$")
_VERB = re.compile(r"^(?:开展|组织|举办|召开|发放|开设|进行|完成|走访|慰问|排查|检查|张贴|悬挂|签订|设立|联合|邀请)")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELLS.split(line.strip("\n"))]


def _rows(lines: list[str], width: int) -> list[list[str]]:
    """The table's rows, a cell wrapped onto the next line put back: a line whose first cell is empty
    goes on the row above, its first words ending that row's last cell while the row is short of
    cells, in their own column once it is full."""
    rows: list[list[str]] = []
    for line in lines:
        cells = _cells(line.rstrip())
        if rows and not cells[0]:
            row = rows[-1]
            rest = cells[1:]
            if len(row) < width:
                words = next((i for i, c in enumerate(rest) if c), None)
                if words is not None:
                    row[-1] += rest[words]
                    row.extend(rest[words + 1 :])
            else:
                for at, cell in enumerate(cells):
                    if cell and at < len(row):
                        row[at] = f"{row[at]}{cell}" if row[at] else cell
            continue
        rows.append(cells)
    return rows


def _date_cell(cell: str) -> str:
    """A ledger's dotted date or range as a summary writes it (2024.12.2-12.20 is 2024年12月2日至12月20日)."""
    found = _DATE_CELL.match(cell)
    if not found:
        return cell
    g = found.groupdict()
    said = f"{g['ay'] + '年' if g['ay'] else ''}{g['am']}月{g['ad']}日"
    if g["bm"]:
        said += f"至{g['by'] + '年' if g['by'] else ''}{g['bm']}月{g['bd']}日"
    return said


def table_sentences(block: str) -> list[str] | None:
    """The rows of a pasted table as sentences, or None when the block is no table (fewer than two
    rows under a header of two or more short headings with no figure)."""
    lines = [line for line in block.splitlines() if line.strip()]
    if len(lines) < 3 or not all(_CELLS.search(line.strip()) for line in lines[:3]):
        return None
    header = [fold(h) for h in _cells(lines[0])]
    if len(header) < 2 or any(not h or len(h) > 8 or re.search(r"[0-9]", h) for h in header):
        return None
    rows: list[str] = []
    for row in _rows(lines[1:], len(header)):
        cells = row + [""] * len(header)
        said = _row(header, cells[: len(header)], _unit(header))
        if said:
            rows.append(said)
    return rows if len(rows) >= 2 else None


def _unit(header: list[str]) -> str:
    counted = next((h for h in header if _COUNT.match(h)), "")
    return "人次" if "人次" in counted else "户" if "户" in counted else "人" if counted else ""


def _row(header: list[str], cells: list[str], unit: str) -> str:
    when = where = what = count = ""
    rest: list[str] = []
    for name, cell in zip(header, cells, strict=True):
        if not cell or _SKIPPED.match(name):
            continue
        if _WHEN.match(name):
            when = _date_cell(cell)
        elif _WHERE.match(name):
            where = cell
        elif _WHAT.match(name):
            what = cell
        elif _COUNT.match(name):
            count = cell
        elif _DONE.match(name):
            rest.append(cell)
        elif _NOTE.match(name):
            if not _DONE_ONLY.match(cell):
                rest.append(cell)
        else:
            rest.append(f"{name}{cell}")
    first = next((c for h, c in zip(header, cells, strict=True) if c and not re.match(r"^[0-9]+$", c)), "")
    if _TOTAL.match(fold(first)):  # the foot: 合计 3,350
        return f"合计参与{count}{unit}" if count and re.search(r"[0-9]", count) else ""
    if what and not _VERB.match(fold(what)):
        what = "开展" + what
    said = "，".join(p for p in (when, f"在{where}{what}" if where else what) if p)
    if count and re.search(r"[0-9]", count):
        said += f"，参与{count}{unit}"
    return "，".join(p for p in (said, *rest) if p)
