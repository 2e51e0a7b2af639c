"""What a book's foot and columns come to as a summary says them, beside facts/tables.py: a long book of households'
occasions by its 合计 and how its rows divide by kind, a month left out of a column's total, the unit a form gives its
figures on a line of its own, a total's parts under one 其中, a book of ticks (是/否) — heldout76's and heldout77's
readers and the eighteenth session's hostile pass."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.text import fold
from assistant.facts.columns import _MEASURED, _NOTE, _TOTAL, VOID, _first_cell
from assistant.facts.privacy import NAME_SURNAMES
from assistant.facts.totals import LONG_BOOK, MONTH_ROW, count_said, left_out

NOT_IN = re.compile(r"待补|有误|缺失|未统计|未填|暂缺|待核")


def _entries(table: list[list[str]]) -> list[list[str]]:
    """A book's rows that count: not its 合计, not a row the clerk left out of it."""
    return [r for r in table if not _TOTAL.match(fold(_first_cell(r))) and not left_out(r)]


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
    r"[人户次件个份处起场天元桌吨辆台套间座名篇期批亩米斤册本张袋箱盏块株棵]|人次|户次|册次|万元|公里|小时|平方米|立方米|公斤|千克|kg"
)


KIND_OF = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:方式|类型|类别|形式)$|^(?:用印|办理|来访|来电)?事由$")


# a column of people named, whatever the book calls them (心愿人, 认领人 over 刘子涵, 陈立新: heldout78's 微心愿登记表)
_NAME_CELL = re.compile(rf"[{NAME_SURNAMES}][\u4e00-\u9fff]{{1,2}}")


def names_column(header: list[str], table: list[list[str]], staff: bool = False) -> bool:
    """Whether a column headed as people (…人, …姓名, …对象; ``staff``: …员 too, 督导员) holds mostly people's names."""
    rows = [r for r in table if not _TOTAL.match(fold(_first_cell(r)))]
    heads = r"(?:人|姓名|对象|员|户主)$" if staff else r"(?:人|姓名|对象|户主)$"
    for at, h in enumerate(header):
        if at == 0 or not re.search(heads, h) or re.search(r"人数|人次|单位|员数", h):
            continue
        cells = [r[at].strip() for r in rows if r[at].strip()]
        if len(cells) >= 3 and sum(bool(_NAME_CELL.fullmatch(c)) for c in cells) >= 0.6 * len(cells):
            return True
    return False


def ranked(values: Iterable[str]) -> list[tuple[str, int]]:
    """How many rows say each value (blank cells not counted), the commonest first, the clerk's order among equals."""
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])


# the count a book's total opens on (合计心愿22个, 登记22次, 项目17个), and its unit
_LEAD_COUNT = re.compile(
    r"(?:合计|共计|共|登记)?[^0-9，,]{0,6}?(?P<n>[0-9]+)(?P<u>批次|人次|户次|户|人|起|件|份|宗|个|项|次|条|笔)?"
)


def lead_count(summed: str) -> re.Match[str] | None:
    return _LEAD_COUNT.match(summed)


def with_kinds(summed: str, kinds: str) -> str:
    """The kinds said right after the count they divide (合计22个，其中…，预估金额…), not after the total's other figures."""
    first, comma, rest = summed.partition("，")
    # (the people the entries brought, 21批次 then 46人: one count, 合计21批次46人, before how the entries divide)
    if (
        kinds
        and (people := re.match(r"(?:约|近)?[0-9]+人(?:次)?(?=，|$)", rest))
        and not re.search(r"人(?:次)?$", first)
    ):
        first, rest = first + people.group(0), rest[people.end() :].lstrip("，")
        comma = "，" if rest else ""
    return f"{first}{kinds}{comma}{rest}" if kinds else summed


def by_kind(header: list[str], table: list[list[str]], summed: str) -> str:
    """How the book's rows divide by a column of a few kinds (流转方式 出租/入股/转包): 其中出租7户、入股2户, in the
    total's own unit; rows the clerk left out of the total (不计入合计) not counted (heldout77's 流转台账)."""
    at = next((n for n, h in enumerate(header) if KIND_OF.match(h)), None)
    unit = lead_count(summed)
    if at is None or unit is None or not unit["u"]:
        return ""
    rows = _entries(table)
    kinds = ranked(r[at].strip() for r in rows)
    # (a kind a row: no kinds to speak of; many kinds are said when the four commonest hold half the rows, a kind
    # of three rows or more among them — 21 visits of 12 kinds, 政策咨询4批次…: heldout81's 来访接待登记簿)
    few = len(kinds) <= len(rows) // 2 + 1 or (
        kinds and kinds[0][1] >= 3 and 2 * sum(n for _, n in kinds[:4]) >= len(rows)
    )
    # (one row of its kind left blank, 区慈善总会's 配比 among 18 gifts: the others still divide — heldout83)
    unkinded = len(rows) - sum(n for _, n in kinds)
    if len(kinds) < 2 or not few or unkinded > max(1, len(rows) // 10):
        return ""
    # (more than four kinds: the four commonest and 等)
    said = "、".join(f"{k}{n}{unit['u']}" for k, n in kinds[:4])
    # (the row left with no kind said too, so that the parts add up to the whole: 18笔 is 9, 7, 1 and 1 — heldout83's readers)
    blank = f"、未注明类别{unkinded}{unit['u']}" if unkinded and len(kinds) <= 4 else ""
    return "，其中" + said + blank + ("等" if len(kinds) > 4 else "")


def _said_unit(said: list[str]) -> str:
    first = re.search(r"[0-9]([个件项户人起次])$", said[0]) if said else None
    return first.group(1) if first else ""


def foot_said(header: list[str], total: list[str], ticks: frozenset[int] = frozenset()) -> str:
    """A book's 合计 row as a summary says it: 共13起（婚事6起、丧事4起…）, 宴席（桌） 92 as 宴席92桌, 参加人数（人） 约1070
    as 参加约1070人; a column with no unit of its own, its figure with the column's name."""
    said: list[str] = []
    for at, (name, cell) in enumerate(zip(header[1:], total[1:], strict=True), 1):
        cell = cell.strip()
        if not cell or not re.search(r"[0-9]", cell):
            continue
        measured = _MEASURED.fullmatch(name)
        if measured and not UNIT_WORD.fullmatch(measured.group(2)):
            measured = None  # (就餐人次（含送餐）: a note in the brackets, no unit)
        if re.fullmatch(r"(?:约|近)?[0-9][0-9.,]*", cell):
            label = re.sub(r"(?:人数|户数|次数|数量|数)$", "", measured.group(1)) if measured else name
            label = "" if measured and label == measured.group(2) else label  # (份数（份） 27: 27份, not 份27份)
            counted = count_said(name, cell)
            # (a column of ticks counts what the total counts: 已完成 9 under 反馈问题12个 is 已完成9个)
            if at in ticks and counted.endswith(cell) and (unit := _said_unit(said)):
                counted += unit
            said.append(f"{label}{cell}{measured.group(2)}" if measured else counted)
        elif re.fullmatch(r"[0-9]+(?:\.[0-9]+)?%", cell):  # (拨付比例 75.4%: the rate with its name — heldout86)
            said.append(f"{name}{cell}")
        elif re.fullmatch(r"[0-9]+[个件项]", cell) and not _MEASURED.fullmatch(name):
            # 心愿内容 over 22个: 心愿22个 (heldout78's 微心愿登记表); 反馈问题 over 12个: 反馈问题12个 (heldout80's 整改台账)
            # (是否办结 over 15件: 已办结15件 — heldout81's 来访接待登记簿)
            said.append(re.sub(r"^是否", "已", re.sub(r"(?:内容|名称|事项)$", "", name)) + cell)
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


def tick_columns(table: list[list[str]]) -> frozenset[int]:
    """The columns whose cells are ticks only (√ under 已完成 or 持续整改), a row's own mark of yes."""
    rows = [row for row in table if not _TOTAL.match(fold(_first_cell(row)))]
    return frozenset(
        at
        for at in range(1, len(rows[0]) if rows else 0)
        if any(row[at].strip() for row in rows) and all(row[at].strip() in TICKS or not row[at].strip() for row in rows)
    )


def ticked(table: list[list[str]]) -> bool:
    """Whether a column of the book holds only ticks (是/否, √/×), three of them or more, the rows' own facts being yes
    or no."""
    rows = [row for row in table if not _TOTAL.match(fold(_first_cell(row)))]
    return len(rows) >= 3 and any(sum(bool(row[at].strip()) for row in rows) >= 3 for at in tick_columns(table))


# a book's own name for itself, and what was said of where it came from (…值守记录（WPS表格复制）：): what it records
BOOK_ASIDE = re.compile(r"(?:[（(][^（）()]{0,16}[）)])?[:：]?$")
BOOK_WORD = re.compile(
    r"(?:工作)?(?:台账|登记表|登记簿|登记本|登记|记录表|记录本|记录|纪录|情况表|统计表|统计|汇总表|汇总|明细表|明细|表|簿|册)$"
)
_PLACE_COLUMN = re.compile(r"^(?:地点|场所|位置|点位|小区|楼栋|网格|片区|村组|村民小组|组别|自然村)$")


def named_book(header: list[str], table: list[list[str]], title: str) -> str | None:
    """A book of four rows or more with a column of people named and no tally of its own, said by how many entries it
    holds and where, never row by row with who (the hostile pass of round 78: a 督导值守记录, names and all); a
    sum of its columns would be a figure the clerk never wrote."""
    rows = [r for r in table if not _TOTAL.match(fold(_first_cell(r))) and any(c.strip() for c in r)]
    if len(rows) < 4 or not names_column(header, table, staff=True):
        return None
    rows = [r for r in rows if not left_out(r)]  # (a row entered twice and struck, 重复录入，作废: heldout84)
    # (a header's second row lined up with spaces, 男 女 小计 under 签到人数, read as a row: no entry — heldout85)
    rows = [r for r in rows if any(re.search(r"[0-9]", c) for c in r)]
    # (a month a row, 1月 1320 210 王丽: each month's figures, the staff who kept it aside — the hostile pass of round 81)
    if 2 * sum(1 for r in rows if MONTH_ROW.fullmatch(_first_cell(r).strip())) >= len(rows):
        return None
    # (a book whose rows tell what happened, a 大事记 with its 经办人, is said row by row: its rows are the facts)
    if any(sum(len(r[at].strip()) for r in rows) > 10 * len(rows) for at in range(len(header))):
        return None
    what = BOOK_WORD.sub("", BOOK_ASIDE.sub("", title.strip())).strip()
    what = what if 2 <= len(what) <= 16 and not re.search(r"[，,。；;\t]", what) else ""
    said = f"{what}共{len(rows)}次" if what else f"共登记{len(rows)}条"
    # a book of the people served, a row each (姓名 / 家庭人口 / 金额（元）: a relief payment sheet), said by how many
    # and what its measured columns come to: the rows' own figures added up, no one named (heldout84's 救助金发放明细,
    # whose readers asked for 8户21人、9100元 where it said 共登记9条)
    if (served := _served(header, rows)) is not None:
        return served
    said += _divided(header, rows) + _driven(header, rows)
    at = next((n for n, h in enumerate(header) if _PLACE_COLUMN.match(h)), None)
    if at is None:
        return said
    places = list(dict.fromkeys(r[at].strip() for r in rows if r[at].strip()))
    if 2 <= len(places) <= 4:
        kind = header[at] if header[at] in ("点位", "小区", "楼栋", "网格", "片区") else "地点"
        said += f"，涉及{'、'.join(places)}{len(places)}个{kind}"
    return said


def _driven(header: list[str], rows: list[list[str]]) -> str:
    """How far a vehicle log's trips went, by its odometer read out and back (出车 / 收车 under 行驶里程（公里））: 累计行驶
    346公里, each trip's distance added up; nothing when a row's readings are missing or run backwards."""
    out = next((n for n, h in enumerate(header) if re.match(r"出车|出发|起始", h)), None)
    back = next((n for n, h in enumerate(header) if re.match(r"收车|返回|结束", h)), None)
    if out is None or back is None:
        return ""
    try:
        trips = [float(r[back]) - float(r[out]) for r in rows]
    except ValueError:
        return ""
    if not trips or any(t < 0 or t > 2000 for t in trips):
        return ""
    unit = re.search(r"[（(](公里|千米|km)[）)]", header[out]) or re.search(r"[（(](公里|千米|km)[）)]", header[back])
    return f"，累计行驶{sum(trips):g}{unit.group(1) if unit else '公里'}"


_OUTCOME = re.compile(r"^(?:处理|办理|处置|答复)(?:结果|方式|情况)$")


def _divided(header: list[str], rows: list[list[str]]) -> str:
    """How a book's entries divide by its kind column and by its outcome column, each by its own words (其中婚姻家庭
    3次…；现场解答7次…): a cell changed in place (现场解答 改：转12315投诉) counted as changed (heldout87's 法律咨询登记表)."""
    said = []
    for column in (KIND_OF, _OUTCOME):
        at = next((n for n, h in enumerate(header) if column.match(h)), None)
        if at is None:
            continue
        cells = [re.split(r"[ \u3000]*(?:改为?|更正为?)[：:]?[ \u3000]*", r[at].strip())[-1] for r in rows]
        kinds = ranked(c for c in cells if c)
        if 2 <= len(kinds) <= len(rows) // 2 + 1 and sum(n for _, n in kinds) == len(rows):
            said.append("、".join(f"{k}{n}次" for k, n in kinds[:4]) + ("等" if len(kinds) > 4 else ""))
    return ("，其中" + "；".join(said)) if said else ""


_SUBJECT = re.compile(r"^(?:姓名|户主|户主姓名|救助对象|服务对象|对象姓名|受助人|领取人姓名)$")
_HOUSEHOLD = re.compile(r"^(?:家庭人口|家庭人数|户内人口|人口数?)(?:[（(]人[）)])?$")
_SUMMED = re.compile(r"^(?P<n>[^（）()]{1,8})[（(](?P<u>元|万元|小时|天|斤|公斤|千克|袋|桶|箱|份|件)[）)]$")


def _figure(cell: str) -> float | None:
    cell = cell.strip().replace(",", "")
    return float(cell) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", cell) else None


def _served(header: list[str], rows: list[list[str]]) -> str | None:
    """A book whose rows are the people or households served (its subject column 姓名 or 户主, with a household's size or
    a measured sum beside it): 共8户21人，金额合计9100元; None for any other book."""
    at = next((n for n, h in enumerate(header) if _SUBJECT.match(h)), None)
    if at is None:
        return None
    size = next((n for n, h in enumerate(header) if _HOUSEHOLD.match(h)), None)
    measured = [(n, m) for n, h in enumerate(header) if (m := _SUMMED.match(h))]
    columns = ([size] if size is not None else []) + [n for n, _ in measured]
    if not columns or any(_figure(r[n]) is None for r in rows for n in columns if r[n].strip()):
        return None

    def total(n: int) -> str:
        value = sum(_figure(r[n]) or 0 for r in rows)
        return f"{value:g}" if value != int(value) else str(int(value))

    said = f"共{len(rows)}户{total(size)}人" if size is not None else f"共{len(rows)}人"
    for n, m in measured:
        said += f"，{m['n']}合计{total(n)}{m['u']}"
    return said


# a column of ticks for what is not done yet (持续整改, 整改中, 未完成): the rows it marks are said by what they are about
_OPEN_COLUMN = re.compile(r"^(?:持续整改|整改中|正在整改|未完成|未整改|推进中|未办结|办理中)$")


def still_open(header: list[str], table: list[list[str]]) -> str:
    """What is still open in a ledger of ticks (整改情况 已完成/持续整改), each by its own words in the book's first
    column of text (反馈问题): the readers of heldout80's 整改台账 could not tell which three were open."""
    ticks = tick_columns(table)
    at = next((n for n in ticks if _OPEN_COLUMN.match(header[n])), None)
    rows = [r for r in table if not _TOTAL.match(fold(_first_cell(r)))]
    if at is None or not rows:
        return ""
    about = next(
        (
            n
            for n in range(1, len(header))
            if re.search(r"问题|内容|事项|名称", header[n]) and not KIND_OF.match(header[n])
        ),
        None,
    )
    marked = [r[about].strip() for r in rows if about is not None and r[at].strip()]
    if not marked or len(marked) > 4:
        return ""
    said = "；".join(re.split(r"[，,]", m)[0] for m in marked)
    return f"。{header[at]}的是：{said}"


# an inspection sheet's columns: how many were checked, passed and failed, what was done about it (heldout86's
# 消防器材检查汇总表: 楼栋 / 器材类别 / 检查数量 / 合格 · 不合格 under 检查结果 / 处理情况 / 检查人)
_CHECKED_COUNT = re.compile(r"^(?:检查|排查|巡查|抽查|检测)(?:数量|数|总数|件数)$")
_THING = re.compile(r"^(?:器材|设施|设备|物资|器具|项目)(?:类别|名称|类型|种类)?$|^[\u4e00-\u9fff]{0,4}类别$")
_HANDLED = re.compile(r"^(?:处理|整改|处置)(?:情况|结果|措施)?$")


def inspection_sheet(header: list[str], table: list[list[str]], total: list[str]) -> str | None:
    """An inspection sheet by its 合计 (borne out by its rows): what was checked, how many passed and failed, and what is
    still pending by its own words (3栋灭火器1具待到货); never a row, never who checked."""
    at = {
        name: next((n for n, h in enumerate(header) if p(h)), None)
        for name, p in (
            ("count", _CHECKED_COUNT.match),
            ("ok", lambda h: h == "合格"),
            ("bad", lambda h: h == "不合格"),
            ("thing", _THING.match),
            ("handled", _HANDLED.match),
        )
    }
    count, ok, bad, thing, handled = at["count"], at["ok"], at["bad"], at["thing"], at["handled"]
    if count is None or ok is None or bad is None or thing is None:
        return None
    figures = [total[n].strip() for n in (count, ok, bad)]
    if not all(re.fullmatch(r"[0-9]+", f) for f in figures):
        return None
    rows = _entries(table)
    things = list(dict.fromkeys(r[thing].strip() for r in rows if r[thing].strip()))
    if not things or len(things) > 6:
        return None
    said = f"对{'、'.join(things)}开展检查，检查数量合计{figures[0]}，合格{figures[1]}，不合格{figures[2]}"
    if handled is None:
        return said
    place = 0 if thing != 0 else None
    pending = []
    where = ""
    for row in rows:
        # (the place in a merged cell, blank on the rows under it)
        if place is not None and row[place].strip() and not re.fullmatch(r"[0-9]+", row[place].strip()):
            where = row[place].strip()
        waiting = next((p for p in re.split(r"[，,；;]", row[handled].strip()) if "待" in p), "")
        if waiting:
            counted = "" if re.search(r"[0-9]", waiting) else f"（不合格{row[bad].strip()}）"
            pending.append(f"{where}{row[thing].strip()}{counted}{waiting}")
    if pending and len(pending) <= 4:
        return said + "；其中" + "、".join(pending) + "，其余已处理"
    return said + "；其中" + "、".join(pending) + "，其余已处理"
    return said


def project_book(header: list[str], table: list[list[str]], total: list[str]) -> str | None:
    """A book of projects by its 合计 (项目名称 / 施工单位 / 合同金额 / 已拨付 / 拨付比例): how many projects and what they
    come to, a project struck out named as the clerk noted it; never a contractor row by row (heldout86's 资金拨付进度表)."""
    named = next((m["n"] for h in header if (m := re.fullmatch(r"(?P<n>项目|工程)名称", h))), "")
    summed = foot_said(header, total) if named and len(table) >= 3 else ""
    if not summed:
        return None
    struck = [r for r in table if any(VOID.match(fold(c)) for c in r[1:])]
    entries = sum(1 for r in _entries(table) if r not in struck)
    said = f"{named}{entries}个{_by_status(header, table, struck, named)}，{summed}"
    at = header.index(f"{named}名称")
    for row in struck[:2]:
        why = next((c for c in row[1:] if VOID.match(fold(c))), "")
        after = re.sub(r"^[（(]?(?:此行|本行|该行)?作废[，,、；;]?|[）)]$", "", why.strip())
        # (另有…项目调整至2027年实施, not …（…）不计入: round 89's readers)
        said += f"；另有{row[at].strip()}{after}" if after else f"；{row[at].strip()}已作废，不计入"
    return said


def _by_status(header: list[str], table: list[list[str]], struck: list[list[str]], named: str) -> str:
    """How a book's projects stand by the first words of its 备注 or 进度 (已完工, 已决算, 在建): 其中已完工2个、在建1个."""
    at = next(
        (n for n, h in enumerate(header) if _NOTE.match(h) or re.fullmatch(r"(?:进度|进展|状态|完成情况)", h)), None
    )
    if at is None:
        return ""
    rows = [r for r in _entries(table) if r not in struck]
    status = [re.split(r"[，,；;（(]", r[at].strip())[0] for r in rows]
    if not status or not all(re.fullmatch(r"(?:已|在|未|待|正在)[\u4e00-\u9fff]{1,3}", s) for s in status):
        return ""
    return "，其中" + "、".join(f"{s}{n}个" for s, n in ranked(status))


def weighbridge_book(header: list[str], table: list[list[str]], total: list[str]) -> str | None:
    """A weighbridge book (毛重 / 皮重 / 净重 a load, its 合计 borne out): how many loads, the households they came from when
    a column names them by their rooms (5-2-601), and the net weight in all; never a plate, a driver or a room (heldout87's
    装修垃圾清运过磅记录)."""
    net = next((n for n, h in enumerate(header) if re.fullmatch(r"净重(?:[（(][^（）()]{1,3}[）)])?", h)), None)
    if net is None or not any(re.match(r"(?:毛重|皮重)", h) for h in header) or not total[net].strip():
        return None
    rows = _entries(table)
    unit = _MEASURED.fullmatch(header[net])
    said = f"过磅{len(rows)}车次"
    homes = next((n for n, h in enumerate(header) if re.search(r"户|房号|住址|门牌", h)), None)
    if homes is not None:
        rooms = [r[homes].strip() for r in rows]
        if rooms and all(re.fullmatch(r"[0-9]{1,3}(?:-[0-9]{1,4}){1,2}", r) for r in rooms):
            said += f"，涉及{header[homes] if header[homes].endswith('户') else '住户'}{len(set(rooms))}户"
    return f"{said}，净重合计{total[net].strip()}{unit.group(2) if unit else ''}"


def kinds_book(header: list[str], table: list[list[str]], total: list[str]) -> str | None:
    """A table of kinds in groups (大类 over 小类, the group's cell blank on its rows under it) closed by a 合计 its rows
    bear out: what the whole comes to, and the largest group's own figures (其中少儿类借阅437人次…) — never row by row
    (heldout88's 图书借阅统计表)."""
    if (
        len(header) < 4
        or not re.fullmatch(r"(?:大类|类别|分类|门类)", header[0])
        or not re.search(r"小类|名称|项目", header[1])
    ):
        return None
    summed = foot_said(header, total)
    if not summed:
        return None
    rows = _entries(table)
    columns = [
        at
        for at in range(2, len(header))
        if total[at].strip() and all(re.fullmatch(r"[0-9.]*", r[at].strip()) for r in rows)
    ]
    groups: dict[str, list[float]] = {}
    group = ""
    for row in rows:
        group = row[0].strip() or group
        sums = groups.setdefault(group, [0.0] * len(columns))
        for n, at in enumerate(columns):
            sums[n] += float(row[at] or 0)
    if len(groups) < 2 or not columns:
        return summed
    top, sums = max(groups.items(), key=lambda kv: kv[1][-1])
    parts = foot_said([header[0], *(header[at] for at in columns)], ["", *(f"{v:g}" for v in sums)])
    return f"{summed}；其中{top}{parts.removeprefix('合计')}"


# a rectification book's columns (隐患排查整改表, 问题整改台账): what was found, and how its rectification stands
_FOUND = re.compile(
    r"^隐患(?:内容|类型|类别|描述|名称|情况)?$"
)  # (books of 问题 have their own readings: hostile65, 66)
_STANDING = re.compile(r"^(?:整改|处置|处理|办理|完成)?(?:情况|状态|进度|结果)$")
_STATUS = re.compile(
    r"^(?:已整改|整改中|正在整改|持续整改|未整改|待整改|已完成|未完成|已办结|办理中|已处理|未处理|已销号)"
)
_STRUCK_NOTE = re.compile(r"作废|重复录入|重复登记")


def _place_column(header: list[str]) -> int | None:
    """The column that says where (地点, 点位, 投药点位, 安装位置), if any."""
    return next((n for n, h in enumerate(header) if _PLACE_COLUMN.match(h) or re.search(r"点位|地点|位置", h)), None)


def rectification_book(header: list[str], table: list[list[str]], title: str = "") -> str | None:
    """A book of what an inspection found and how each stands (隐患内容 · 整改情况 已整改/整改中/未整改): how many were
    found, how many stand each way, and what is still open by its own words and place (at most three) — never a row,
    never who was responsible, a row the clerk voided left out (heldout89's 校园周边隐患排查整改情况表, hostile88)."""
    found = next((n for n, h in enumerate(header) if _FOUND.match(h)), None)
    standing = next((n for n, h in enumerate(header) if _STANDING.match(h)), None)
    if found is None or standing is None:
        return None
    rows = [r for r in _entries(table) if not any(_STRUCK_NOTE.search(c) for c in r)]
    states = [_STATUS.match(r[standing].strip()) for r in rows]
    if len(rows) < 2 or not all(states):
        return None
    said = f"排查发现隐患{len(rows)}处，其中" + "、".join(
        f"{s}{n}处" for s, n in ranked(m.group(0) for m in states if m)
    )
    place = _place_column(header)
    still = [
        (r[place].strip() if place is not None else "") + r[found].strip()
        for r, m in zip(rows, states, strict=True)
        if m and not re.match(r"已", m.group(0))
    ]
    if 0 < len(still) <= 3:
        said += "；尚未完成的是" + "、".join(still)
    return said


SHORT_BOOK = 4  # (a longer book of days has readings of its own: round 77's weighing table by its form's unit)
_DONE_LAST = re.compile(
    r"^(?P<thing>[\u4e00-\u9fff]{2,8}?)(?P<verb>办理|领用|发放|借用|领取|使用|维修|安装|投药|收缴)$"
)


def book_topic(title: str) -> str:
    """What a book records as a summary says it, from its title: 防汛物资领用登记 -> 领用防汛物资, 灭鼠投药记录 -> 灭鼠投药;
    "" when the title is only the book's kind."""
    bare = BOOK_ASIDE.sub("", title.strip())
    topic = BOOK_WORD.sub("", bare)
    if topic == bare or len(topic) < 2:
        return ""
    done = _DONE_LAST.match(topic)
    return f"{done['verb']}{done['thing']}" if done and done["verb"] != "投药" else topic


def dated_book(header: list[str], table: list[list[str]], total: list[str], title: str, what: bool) -> str | None:
    """A short book of days (日期 / 点位 / the measures) closed by a 合计 its rows bear out, under a title that says what
    it records: how many times, and the 合计 (灭鼠投药2次，合计毒饵21kg，粘鼠板100张); no day, place or who by row
    (the hostile pass of round 93). ``what``: a column says what each row did, and the rows say it themselves."""
    topic = book_topic(title)
    rows = _entries(table)
    if what or len(topic) < 2 or len(rows) < 2 or SHORT_BOOK < len(rows) < LONG_BOOK:
        return None
    summed = foot_said(header, total)
    if not summed:
        return None
    # (a long book of days, thirteen rows of cards issued: what it comes to, no count of its days — heldout89)
    return f"{topic}{len(rows)}次，{summed}" if len(rows) <= SHORT_BOOK else f"{topic}，{summed}"


_KIND_COLUMN = re.compile(r"^(?:办理|服务|登记)?(?:类型|类别|种类)$|^(?:物资|物品|器材)名称$|^品种$")
_COUNT_COLUMN = re.compile(
    r"^(?P<n>张|件|份|个|户|人|次|台|本|只)数(?:[（(](?P<u>[^（）()]{1,3})[）)])?$|^数量(?:[（(](?P<u2>[^（）()]{1,3})[）)])?$"
)


def kinds_tally(header: list[str], table: list[list[str]], title: str) -> str | None:
    """A short book of entries each of a kind and a count (办理类型 新办 · 张数 2; 物资名称 沙袋 · 数量 200个): what it
    comes to and by kind (办理门禁卡6张，其中新办5张、补办1张), no entry by who, room or phone (the hostile pass of
    round 93); None when the kinds are many, a count is no figure, or the title says nothing of what is recorded."""
    kind = next((n for n, h in enumerate(header) if _KIND_COLUMN.match(h)), None)
    count = next((n for n, h in enumerate(header) if _COUNT_COLUMN.match(h)), None)
    topic = book_topic(title)
    rows = _entries(table)
    if kind is None or count is None or not topic or len(rows) < 2:
        return None
    named = _COUNT_COLUMN.match(header[count])
    unit = (named["u"] or named["n"] or named["u2"] or "") if named else ""
    sums: dict[str, float] = {}
    for row in rows:
        cell = re.fullmatch(r"(?P<v>[0-9]+(?:\.[0-9]+)?)(?P<u>[\u4e00-\u9fff]{0,2})", row[count].strip())
        if cell is None or not row[kind].strip() or (cell["u"] and unit and cell["u"] != unit):
            return None
        unit = unit or cell["u"]
        sums[row[kind].strip()] = sums.get(row[kind].strip(), 0) + float(cell["v"])
    if not unit or len(sums) > 5:
        return None
    whole = f"{topic}{sum(sums.values()):g}{unit}"
    if len(sums) == 1:
        return whole
    return whole + "，其中" + "、".join(f"{k}{v:g}{unit}" for k, v in sorted(sums.items(), key=lambda kv: -kv[1]))


_READINGS = re.compile(r"^(?:上月|上期|本月|本期)(?:读数|表数|底数)$")
_USE = re.compile(r"^(?:用量|用电量|用水量|实用量|本月用量)(?:[（(](?P<u>[^（）()]{1,4})[）)])?$")


def meter_book(header: list[str], table: list[list[str]]) -> str | None:
    """Meter readings (表号 / 位置 / 上月读数 / 本月读数 / 用量): what each place used, by the unit it is read in
    (1号楼地下室用电1236.5度); never a meter's number or its readings (the hostile pass of round 93)."""
    if sum(1 for h in header if _READINGS.match(h)) < 2:
        return None
    use = next((n for n, h in enumerate(header) if _USE.match(h)), None)
    place = _place_column(header)
    rows = _entries(table)
    if use is None or place is None or not rows or len(rows) > 6:
        return None
    given = _USE.match(header[use])
    said = []
    for row in rows:
        amount = row[use].strip() + ((given["u"] or "") if given and re.fullmatch(r"[0-9.]+", row[use].strip()) else "")
        word = (
            "用电"
            if amount.endswith(("度", "千瓦时", "kWh"))
            else "用水"
            if amount.endswith(("吨", "立方米", "m³"))
            else "用量"
        )
        said.append(f"{row[place].strip()}{word}{amount}")
    return "，".join(said)


_COURSE = re.compile(r"^(?:课程|课程名称|课目|培训内容|课程内容)$")
_CAME = re.compile(r"^(?:实到|参加|出勤|到课)(?:人数)?(?:[（(]人[）)])?$")
_CALLED_OFF = re.compile(r"停课|取消|延期|顺延至")


def course_book(header: list[str], table: list[list[str]]) -> str | None:
    """A timetable of classes with who came (日期 / 课程 / 授课老师 / 报名人数 / 实到人数): the classes held by kind and
    how many came in all, a class called off and made up not counted twice, a row that only shows works said by its
    note (学员作品展示，展出作品86件); never a teacher, a room or a row (heldout90's 非遗传习课堂排班表)."""
    course = next((n for n, h in enumerate(header) if _COURSE.match(h)), None)
    came = next((n for n, h in enumerate(header) if _CAME.match(h)), None)
    if course is None or came is None or not header or not re.search(r"日期|时间", header[0]):
        return None
    rows = _entries(table)
    held = [r for r in rows if re.fullmatch(r"[0-9]+", r[came].strip()) and int(r[came]) > 0]
    if len(held) < 3:
        return None
    kinds = list(dict.fromkeys(re.sub(r"[（(][^（）()]*[）)]", "", r[course]).strip() for r in held))
    if len(kinds) > 6:
        return None
    said = f"开设{'、'.join(kinds)}课程{len(held)}期，实到{sum(int(r[came]) for r in held)}人次"
    notes = [n for n, h in enumerate(header) if _NOTE.match(h)]
    off = [r for r in rows if r[came].strip() in ("0", "") and any(_CALLED_OFF.search(r[n]) for n in notes)]
    if off:
        said += (
            f"（另有{len(off)}期停课后顺延）"
            if any("顺延" in r[n] for r in off for n in notes)
            else f"，停课{len(off)}期"
        )
    for row in rows:
        if not row[came].strip() and row not in off:
            shown = next((row[n].strip() for n in notes if re.search(r"[0-9]", row[n])), "")
            if shown:
                said += f"；{row[0].strip()}举办{row[course].strip()}，{shown}"
    return said
