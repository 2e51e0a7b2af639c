"""How a pasted line splits into a table's cells: tabs, runs of spaces, a WPS or Markdown 丨, a two-character
heading Word spaced out (时    间), a cell wrapped onto the next line, a row typed with single spaces among rows set
apart as cells (split from tables.py, which reads what the rows say)."""

from __future__ import annotations

import re
import unicodedata

from assistant.core.text import fold
from assistant.facts.columns import _CELLS, _DONE_ONLY, _LANDLORD
from assistant.facts.privacy import surname_only
from assistant.facts.totals import MONTH_ROW

# a two-character heading spaced out as Word lines it up (时    间, 事  项, 备  注: heldout71's 大事记)
_SPACED_HEADING = re.compile(r"(?:(?<=\s)|^)([\u4e00-\u9fff])[ \u3000]{1,8}([\u4e00-\u9fff])(?=\s|$)")
_HEADING_WORDS = frozenset(
    "时间 日期 事项 备注 内容 姓名 地点 序号 项目 名称 金额 数量 单位 类别 情况 结果 签名 签收 电话 住址 年龄 性别 摘要 用途".split()
)


def _unspaced(line: str) -> str:
    return _SPACED_HEADING.sub(lambda m: m[1] + m[2] if m[1] + m[2] in _HEADING_WORDS else m[0], line)


def _cells(line: str, paired: bool = False) -> list[str]:
    """A line's cells. ``paired``: the header keeps two spaces between its cells, so four are a cell left
    empty between two (匿名  来电    晚上广场舞…: the 房号 blank, heldout64's 来电来访登记簿)."""
    if paired and "\t" not in line and "\u3000" not in line and not re.search(r"[|｜]", line):
        return [c.strip() for c in line.strip("\n").split("  ")]
    # (two full-width spaces between every two cells, 类别　　受理(件)　　办结(件): one gap each, four a cell left empty —
    # the hostile pass of round 81)
    runs = re.findall(r"\u3000+", line)
    if runs and "\t" not in line and all(len(r) % 2 == 0 for r in runs):
        line = line.replace("\u3000\u3000", "\t")
    return [c.strip() for c in _CELLS.split(line.strip("\n"))]


def _paired(header: str) -> bool:
    gaps = re.findall(r" {2,}", header.strip())
    return bool(gaps) and all(g == "  " for g in gaps) and "\t" not in header


def _rows(lines: list[str], width: int, paired: bool = False) -> list[list[str]]:
    """The table's rows, a cell wrapped onto the next line put back. A line whose first cell is empty
    ends the row above while that row is short of cells (its first words ending the row's last cell);
    under a full row, one cell alone goes on in its column, and more are a row of its own, a merged
    cell above it (the same day, 3月5日 over two groups) read as the row above's; one more cell than
    the header is an indent."""
    rows: list[list[str]] = []
    numbered = False
    for line in lines:
        cells = _cells(line.rstrip("\r\n "), paired)  # a trailing tab is an empty 备注, still a cell
        cells = _padded_names(cells)
        # numbered rows, and a line that opens on no number under a row short of cells: that row's words
        # running on (…对32个室外消火栓、⏎喷淋系统…: heldout58's 督查表)
        numbered = numbered or bool(re.fullmatch(r"[0-9]{1,3}", cells[0]))
        foot = re.match(r"(?:合计|总计|小计|说明|备注|注)[：:]?", cells[0])  # a foot or a note is no row running on
        # (nor an account's own foot of fields, 年度经费总额：…　已支出：…　结余：…: heldout69's 经费支出明细)
        foot = foot or re.match(r"[\u4e00-\u9fff]{2,8}[：:][ \u3000]*[0-9]", cells[0])
        if (
            numbered
            and rows
            and cells[0]
            and not foot
            and not re.fullmatch(r"[0-9]{1,3}", cells[0])
            and len(rows[-1]) < width
        ):
            rows[-1][-1] += cells[0]
            rows[-1].extend(cells[1:])
            continue
        if rows and not cells[0]:
            row = rows[-1]
            rest = cells[1:]
            said = [c for c in rest if c]
            if len(row) == width - 1 and len(said) == 1 and _DONE_ONLY.match(fold(said[0])):
                row.append(said[0])  # the 备注 alone on the next line (已完成): its own column
                continue
            if len(row) < width:
                words = next((i for i, c in enumerate(rest) if c), None)
                if words is not None:
                    row[-1] += rest[words]
                    row.extend(rest[words + 1 :])
                continue
            if len(cells) > width:
                cells = rest
            elif len(cells) < width or sum(1 for c in cells if c) <= 1:  # a cell carried onto the next line
                for at, cell in enumerate(cells):
                    if cell and at < len(row):
                        row[at] = f"{row[at]}{cell}" if row[at] else cell
                continue
        rows.append(cells)
    return rows


_LONE = re.compile(r"[\u4e00-\u9fff](?<![男女是否有无])")  # (男, 否 are a cell's whole answer)


def _padded_names(cells: list[str]) -> list[str]:
    """A two-character name padded to line up with three-character ones (周  敏, 孙  丽: heldout72's 会议记录台账)
    is one cell: two lone characters side by side (not 男, 是 or 无, a cell's whole answer)."""
    out = list(cells)
    at = 0
    while at < len(out) - 1:  # (周 敏 敏: the first two)
        if _LONE.fullmatch(out[at]) and _LONE.fullmatch(out[at + 1]):
            out[at : at + 2] = [out[at] + out[at + 1]]
        at += 1
    return out


_FIGURE_CELL = re.compile(r"[0-9][0-9.,]*(?:%|[人次名户个件场处元]|[（(][^（）()]*[）)])?")


def realigned(rows: list[list[str]], width: int) -> list[list[str]]:
    """Rows typed with runs of spaces that left a cell empty without a mark (第三党小组 8 6 线上召开 under 党小组 组长
    党员数 全年开会次数 备注: heldout72): each short row's cells put under the columns whose kind (figures or words)
    they share, read from the rows that are full; rows already full, and any row when no column has a kind, stay."""
    full = [r for r in rows if len(r) == width]
    kinds: list[str] = []
    for at in range(width):
        said = [r[at] for r in full if r[at].strip()]
        figures = sum(1 for c in said if _FIGURE_CELL.fullmatch(c.strip()))
        kinds.append(
            "" if not said else "n" if figures * 5 >= len(said) * 3 else "w" if figures * 5 <= len(said) else ""
        )
    if not any(kinds):
        return rows
    out = []
    for row in rows:
        if not 2 <= len(row) < width or any(not c.strip() for c in row):
            out.append(row)
            continue
        out.append(_placed(row, kinds))
    return out


def _placed(row: list[str], kinds: list[str]) -> list[str]:
    """The cells under increasing columns that best fit their kinds (the first cell stays first)."""
    n, m = len(row), len(kinds)

    def fit(cell: str, kind: str) -> int:
        if not kind:
            return 0
        return 2 if (kind == "n") == bool(_FIGURE_CELL.fullmatch(cell.strip())) else -3

    best: dict[tuple[int, int], tuple[int, list[int]]] = {(1, 0): (0, [0])}
    for i in range(1, n):
        for j in range(1, m):
            choices = [best[(i, k)] for k in range(j) if (i, k) in best]
            if not choices:
                continue
            score, cols = max(choices, key=lambda c: (c[0], [-x for x in c[1]]))
            best[(i + 1, j)] = (score + fit(row[i], kinds[j]), [*cols, j])
    ends = [best[(n, j)] for j in range(m) if (n, j) in best]
    if not ends:
        return row
    _, cols = max(ends, key=lambda c: (c[0], [-x for x in c[1]]))
    placed = [""] * m
    for cell, j in zip(row, cols, strict=True):
        placed[j] = cell
    return placed


def ditto(table: list[list[str]]) -> list[list[str]]:
    """A cell that says 同上 (〃) is the cell above it (5月 垃圾分类桶边督导 同上: heldout72's 主题党日)."""
    out: list[list[str]] = []
    for row in table:
        above = out[-1] if out else []
        out.append(
            # (a 〃 with nothing above it says nothing: the hostile pass)
            [
                (above[at] if at < len(above) else "") if c.strip() in ("同上", "〃", "同前") else c
                for at, c in enumerate(row)
            ]
        )
    return out


def _single_spaced(line: str, width: int) -> str:
    """A numbered row typed with single spaces among rows set apart as cells: its cells tabbed when they are
    about as many as the header's (one note may be left off)."""
    if _CELLS.search(line.strip(" \u3000")) or not re.match(r"[0-9]{1,3} ", line.strip()):
        return line
    cells = line.strip().split(" ")
    return "\t".join(cells) if width - 2 <= len(cells) <= width else line


def person_named(column: str, cell: str) -> str:
    """A resident's name in a column of names as a summary says it: the surname and 某, whose it is before it (业主梁某,
    房东司徒某), a role in brackets kept (业主区某（代管）: heldout73's readers); two names in a cell each so, a phone beside
    one dropped, a name the clerk masked (梁**) 梁某某 (the seventeenth session's hostile pass). A cell of no names as it is."""
    parts = [p for p in re.split(r"[、，,/／\s]+", re.sub(r"1[3-9][0-9]{9}|[0-9]{3,4}-[0-9]{7,8}", "", cell)) if p]
    parts = [f"{p[0]}某某" if re.fullmatch(r"[\u4e00-\u9fff][*＊xX×]{1,3}", p) else p for p in parts]
    named = [re.fullmatch(r"(?P<n>[\u4e00-\u9fff]{2,4})(?P<role>[（(][\u4e00-\u9fff]{1,6}[）)])?", p) for p in parts]
    if not parts or not all(named):
        return cell
    said = "、".join(f"{surname_only(n['n'])}{n['role'] or ''}" for n in named if n)
    whose = _LANDLORD.match(column)
    return f"{whose.group(0)}{said}" if whose else said


def _width(text: str) -> int:
    """How wide a text prints in a fixed-width font: a Chinese character or full-width mark two, the rest one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _placed_cells(line: str, single: bool = False) -> list[tuple[int, str]]:
    """A line's cells with the column each starts at, by printed width (runs of spaces part them; ``single``: one does)."""
    out: list[tuple[int, str]] = []
    at = 0
    for piece in re.split(r"( +)", line.rstrip()):
        if piece and not piece.isspace():
            if out and not single and out[-1][0] + _width(out[-1][1]) + 1 == at:
                out[-1] = (out[-1][0], f"{out[-1][1]} {piece}")  # (one space inside a cell: 火化 公墓安葬)
            else:
                out.append((at, piece))
        at += _width(piece)
    return out


def lined_up(header: list[str], lines: list[str]) -> list[list[str]] | None:
    """Rows typed with runs of spaces that line up under the header's columns as a fixed-width font prints them (a WPS
    table copied as text: 序号  报备日期  户主 … over 1     1.6       李长河 …, blank cells and all — heldout76's
    红白事报备登记表): each cell put in the column it starts under; None when the rows do not line up, tabs among them."""
    if any("\t" in ln or "\u3000" in ln for ln in lines) or len(lines) < 3:
        return None
    heads = _placed_cells(lines[0], single=True)
    starts = [at for at, _ in heads]
    if len(starts) != len(header):
        return None
    ends = [at + _width(name) for at, name in heads]
    rows: list[list[str]] = []
    on_a_start = set_right = cells_seen = 0
    doubled = False  # (two cells put in one column: the columns are not where the figures are)
    # (the cells after a wide merged heading all a few places right of their headings, 0 under 工本费 three columns on,
    # as a clerk padded them — heldout89's 门禁卡办理登记: a column's cells that start together line up all the same)
    placed = [_placed_cells(line) for line in lines[1:]]
    # (a row typed with single spaces among them, 3 4月20日 高标准农田… 周平: not lined up at all — heldout71's 大事记)
    if any(len(cells) == 1 and " " in cells[0][1] for cells in placed):
        return None
    by_column: dict[int, list[int]] = {}
    for cells in placed:
        for at, _ in cells:
            by_column.setdefault(max((n for n, s in enumerate(starts) if s <= at + 1), default=0), []).append(at)
    usual = {n: max(set(ats), key=ats.count) for n, ats in by_column.items()}
    for cells in placed:
        row = [""] * len(header)
        for at, cell in cells:
            column = max((n for n, s in enumerate(starts) if s <= at + 1), default=0)
            cells_seen += 1
            on_a_start += abs(starts[column] - at) <= 1 or (
                abs(usual[column] - at) <= 1
                and 0 <= at - starts[column] <= 4
                and by_column[column].count(usual[column]) >= 3
            )
            # (or a figure set right under its heading, 860 under 馆藏（册）: heldout88's 图书借阅统计表)
            set_right += abs(starts[column] - at) > 1 and (
                starts[column] <= at
                and at + _width(cell) <= ends[column] + 1
                and bool(re.fullmatch(r"[0-9.,%]+", cell))
            )
            doubled = doubled or bool(row[column])
            row[column] = f"{row[column]} {cell}".strip()
        rows.append(row)
    if not cells_seen or on_a_start + (0 if doubled else set_right) < 0.8 * cells_seen:
        return None
    # (a bare count under a column of words, 56 under 地点 where the clerk did not pad the cell left empty: the places
    # are not to be trusted, the kinds are — the sixteenth session's hostile pass)
    for at in range(len(header)):
        said = [r[at] for r in rows if r[at] and not re.match(r"合计|总计|小计|共计", r[0])]
        words = "".join(c for c in said if not re.search(r"[0-9]", c))
        if any(re.fullmatch(r"[0-9][0-9.,]*", c) for c in said) and words and not re.fullmatch(r"[—\-/／]+", words):
            return None
    return rows


def quoted_cells_joined(items: list[str]) -> list[str]:
    """Rows of a spreadsheet pasted line by line, a cell holding line breaks put back together: Excel and WPS copy such a
    cell wrapped in "…" with its quotes doubled inside (1.与…签订协议 / 2.闲置厂房对外招租", heldout80's 整改台账); its lines
    are joined (a numbered line after 「；」) and the quotes dropped. Items with no such cell come back as they were."""
    if not any('\t"' in item or item.startswith('"') for item in items):
        return items
    out: list[str] = []
    buf: str | None = None
    for item in items:
        if buf is not None:  # (a numbered line is a clause of its own; else the cell's text wrapped)
            buf += (
                "；" if re.match(r"[0-9]{1,2}[.、．]|[（(][0-9一二三四五六七八九]{1,2}[）)]|[②-⑩]", item) else ""
            ) + item
        elif _open_quote(item):
            buf = item
        else:
            out.append(item)
            continue
        if not _open_quote(buf):
            out.append(_unquoted(buf))
            buf = None
    if buf is not None:
        out.extend(buf.split("；"))  # (a quote never closed: the lines as they came)
    return out


def _open_quote(text: str) -> bool:
    """Whether a quoted cell opened in ``text`` is still open at its end (doubled "" inside a cell are no quote)."""
    return text.replace('""', "").count('"') % 2 == 1


def _unquoted(row: str) -> str:
    cells = row.split("\t")
    return "\t".join(
        c[1:-1].replace('""', '"') if len(c) >= 2 and c.startswith('"') and c.endswith('"') else c for c in cells
    )


def sub_header(header: list[str], line: str) -> list[str] | None:
    """A header's second row, the parts of a merged cell under it (整改情况 over 已完成 / 持续整改): the header with each
    part in its column; None when ``line`` is a row of the table, not such a row."""
    cells = [fold(c.strip()) for c in line.strip("\n").split("\t")]
    cells += [""] * (len(header) - len(cells))  # (its empty cells at the end left off)
    # (or one more than the header's, a tab after its last: 合格 / 不合格 under 检查结果 — heldout86's 消防器材检查汇总表)
    cells = cells[: len(header)] if not any(cells[len(header) :]) else cells
    # (or a part beyond the header's last cell, which is merged over it: 毒饵（kg） / 粘鼠板（张） under 投药量 —
    # the hostile pass of round 93)
    header = header + [""] * (len(cells) - len(header)) if 0 < len(cells) - len(header) <= 3 and header[-1] else header
    said = [c for c in cells if c]
    if (
        "\t" not in line
        or len(cells) != len(header)
        or not said
        # (sparse, or its first cell blank under the rows' own label: 季度 over blank, then 计划 完成 计划 完成 under
        # 高血压随访 and 糖尿病随访 — the hostile pass of round 81)
        or (len(said) * 2 > len(cells) and (cells[0] or not header[0]))
        # (months under a merged cell, 10月 11月 12月 under 服务时长（小时）, are parts, not figures: heldout84)
        or any((re.search(r"[0-9]", c) and not MONTH_ROW.fullmatch(c)) or len(c) > 8 for c in said)
        or not any(c and not h for c, h in zip(cells, header, strict=True))
    ):
        return None
    # (the merged cell's unit on each part under it, 体检完成情况（人） over 本周新增 / 累计完成: 累计完成（人）; not on a rate)
    # (the same parts under two merged cells, 计划 完成 under 高血压随访 and under 糖尿病随访: each named with its cell's
    # name, 高血压随访计划)
    twice = {c for c in said if said.count(c) > 1}
    out: list[str] = []
    unit = parent = ""
    for c, h in zip(cells, header, strict=True):
        if h:
            measured = re.fullmatch(r"(?P<n>.+?)[（(](?P<u>[^（）()]{1,3})[）)]", h)
            unit, parent = (measured["u"], measured["n"]) if measured else ("", h)
        named = f"{parent}{c}" if c in twice and parent else c
        # (男 / 女 under 报名人数: 报名人数（男）, a count of its kind — the hostile pass of round 88)
        named = f"{parent}（{c}）" if c and not unit and re.search(r"(?:人数|人次|户数|次数)$", parent) else named
        out.append(f"{named}（{unit}）" if c and unit and not re.search(r"率|比|[（(]", c) else named or h)
    return out


def spaced_sub_header(header: str, line: str) -> tuple[str, list[str]] | None:
    """A header's second row lined up with spaces (毛重 皮重 净重 under 过磅（吨）, 楼-单元-室 under 装修户: heldout87's 过磅记录):
    the header line again with each merged cell's parts in its place, so that the rows line up under it, and the
    columns' names (毛重（吨） 皮重（吨） 净重（吨））; None when ``line`` is no such row."""
    if "\t" in header or "\t" in line or not line.startswith(" ") or re.search(r"[0-9]", line):
        return None
    heads, parts = _placed_cells(header, single=True), _placed_cells(line, single=True)
    if len(heads) < 3 or not parts or any(len(p) > 8 for _, p in parts):
        return None
    placed: list[tuple[int, str]] = []
    names: list[str] = []
    for n, (at, name) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else 10**6
        under = [(p_at, p) for p_at, p in parts if at - 1 <= p_at < end - 1]
        if len(under) >= 2:
            measured = re.fullmatch(r"(?P<n>.+?)(?P<u>[（(][^（）()]{1,4}[）)])", name)
            placed += under
            names += [f"{p}{measured['u'] if measured else ''}" for _, p in under]
        else:
            placed.append((at, name))
            # (the unit alone under a heading, （元） under 工本费: the heading's unit — heldout89's 门禁卡办理登记)
            unit = under[0][1] if under and re.fullmatch(r"[（(][^（）()]{1,4}[）)]", under[0][1]) else ""
            names.append(name + unit)
    if len(names) == len(heads):
        return None
    out = ""
    for at, name in placed:
        gap = at - _width(out)
        if out and gap < 2:
            return None
        out += " " * max(gap, 0) + name
    return out, names
