"""A table copied from Excel or a WPS form and pasted under a category (日期	地点	内容	参与人数	备注 over
its rows, a 合计 row at the foot: heldout51): each row written as the sentence its header reads, the
figures as given. Readers saw the rows run together in one line, with the header words in it."""

from __future__ import annotations

import re

from assistant.core.text import fold

_CELLS = re.compile(r"\t| {2,}|\u3000")
_WHEN = re.compile(r"^(?:日期|时间|时段|月份)$")
_WHERE = re.compile(r"^(?:地点|场所|地址|位置|点位)$")
_WHAT = re.compile(r"^(?:活动)?(?:内容|名称|项目|事项|主题)$|^(?:活动|工作|工作内容|活动名称)$")
_COUNT = re.compile(r"^(?:参与|参加|服务|受益|覆盖)?(?:人数|人次|户数|数量)$")
_NOTE = re.compile(r"^(?:备注|说明|情况说明|成效)$")
_TOTAL = re.compile(r"^(?:合计|总计|小计|共计)$")
_VERB = re.compile(r"^(?:开展|组织|举办|召开|发放|开设|进行|完成|走访|慰问|排查|检查|张贴|悬挂|签订|设立|联合|邀请)")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELLS.split(line.strip("\n"))]


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
    for line in lines[1:]:
        cells = _cells(line) + [""] * len(header)
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
        if not cell:
            continue
        if _WHEN.match(name):
            when = cell
        elif _WHERE.match(name):
            where = cell
        elif _WHAT.match(name):
            what = cell
        elif _COUNT.match(name):
            count = cell
        elif _NOTE.match(name):
            rest.append(cell)
        else:
            rest.append(f"{name}{cell}")
    first = cells[0] if cells else ""
    if _TOTAL.match(fold(first)):  # the foot: 合计 3,350
        return f"合计参与{count}{unit}" if count and re.search(r"[0-9]", count) else ""
    if what and not _VERB.match(fold(what)):
        what = "开展" + what
    said = "，".join(p for p in (when, f"在{where}{what}" if where else what) if p)
    if count and re.search(r"[0-9]", count):
        said += f"，参与{count}{unit}"
    return "，".join(p for p in (said, *rest) if p)
