"""What a few kinds of pasted table say as a summary says it, read from their rows: a visit's findings and
what was done for each, a 倒排工期 stage, a roster's and a receipt list's 合计 row, a table typed with one space
between its cells (the fourteenth session's facts hands and hostile passes)."""

from __future__ import annotations

import re

from assistant.core.text import fold
from assistant.facts.columns import (
    _AMOUNT,
    _COUNT,
    _DEADLINE,
    _DONE,
    _DONE_ONLY,
    _MEASURED,
    _NOTE,
    _NUMBER,
    _PERSON,
    _PERSONAL,
    _PRIVATE,
    _PROBLEM,
    _REPORT,
    _TABLE_TITLE,
    _TOTAL,
    _WHAT,
    _WHEN,
    _WHERE,
    _WHO,
    _first_cell,
)
from assistant.facts.totals import left_out, page_line

_PUT_OFF = re.compile(r"改期|延期|顺延|取消|未开展|未走访|另行安排")
_AGAIN = re.compile(r"^(?:复访|回访|复查|复诊|再次走访|二次走访)")


# a cell that says nothing was found (未发现异常, 暂无问题, 一切正常)
_NOTHING_FOUND = re.compile(
    r"无|暂无|没有|无异常|无问题|暂无问题|暂无异常|正常|一切正常|情况正常|均正常"
    # (未发现异常, 未见明显隐患; not 未发现老人在家, which is a finding)
    r"|(?:未发现|未见|无明显)[^，,。；;]{0,4}(?:异常|问题|隐患|情况|异样)|/|—+|-+"
)


def _found(found: str, done: str) -> tuple[str, bool]:
    """What a visit found, with what was done for each when the two cells list as many (2户自行停药；1户行动不便 /
    已用药指导；已联系社区落实助餐); a second visit's news (复访…已规律服药) is no finding."""
    # (复查5.6堆物2户: the day of the visit before, under a dated column)
    found = re.sub(
        r"^(复访|回访|复查|复诊|再次走访)(1[0-2]|[1-9])\.(3[01]|[12][0-9]|[1-9])(?![0-9.])", r"\1\2月\3日", found
    )
    # (未发现异常，已宣传防诈知识: nothing found, and what was done on the visit all the same)
    lead, comma, rest = found.partition("，") if "，" in found else found.partition(",")
    if comma and rest.strip() and _NOTHING_FOUND.fullmatch(lead.strip()):
        return rest.strip(), False
    said = found if re.match(r"发现|未发现|未见|没有?发现", found) or _AGAIN.match(found) else f"发现{found}"
    finds, dones = re.split(r"[；;]", said), re.split(r"[；;]", done)
    if len(finds) < 2 or len(finds) != len(dones) or not all(d.strip() for d in dones):
        return said, False  # (what was done is said in its own column: 发现…；…，已劝导)
    pairs = [(f.strip(), d.strip()) for f, d in zip(finds, dones, strict=True)]
    return "；".join(f"{f if f.startswith('发现') else '发现' + f}，{d}" for f, d in pairs), True


_STARTED = re.compile(r"^(?:已|正在|完成|基本完成|未|尚未|推进|进行中|施工中|待)")
_NOT_BEGUN = re.compile(r"^(?:未开始|未启动|尚未开始|尚未启动|待启动|待开始)$")


def _stage(what: str, progress: str, deadline: str, rest: list[str]) -> str:
    """A stage of a schedule as a summary tells it: 摸底登记已完成; 施工改造完成80%，计划9月30日前完成;
    验收尚未开始，计划10月20日前完成 (the deadline is the plan's, said only while the stage is open)."""
    done = bool(progress) and bool(_DONE_ONLY.match(fold(progress)))
    begun = bool(progress) and not _NOT_BEGUN.match(fold(progress))
    if progress and not begun:
        progress = "尚未开始"
    if re.fullmatch(r"约?[0-9.]+%", progress):
        progress = f"完成{progress}"  # 约85% under 完成进度: how far it is
    said = (
        f"{what}{progress}"
        if progress and _STARTED.match(fold(progress))
        else "，".join(p for p in (what, progress) if p)
    )
    if deadline and not done:
        # a stage under way may be past its day when the summary is written: its time limit, not a plan
        said += f"，完成时限为{deadline}" if begun or not re.search(r"前$", deadline) else f"，计划{deadline}完成"
    # (已铺1.2km，8月下旬连续降雨影响: the cause is the last clause's)
    rest = [re.sub(r"(^|[，,])(?!受|因|由于)([^，,]{2,24}影响)$", r"\1受\2", r) for r in rest]
    if not progress and deadline and not done:
        said = said.replace(f"{what}，", what, 1)  # 竣工验收计划10月31日前完成
    return "，".join(p for p in (said, *rest) if p)


def _roster_total(header: list[str], table: list[list[str]], title: str) -> str | None:
    """A roster of people and their counts under its 合计 row (姓名 / 服务次数 / 服务时长（小时） / 积分: a
    志愿服务时长统计表): the total as the summary says it, no one named; None for any other table, or a roster
    with no total (its sum is no figure of the facts)."""
    # (a roster of people by name, not of kinds of people: 服务对象 独居老人 is a row of its own — hostile pass)
    at_name = next(
        (at for at, h in enumerate(header) if re.fullmatch(r"姓名|户主|户主姓名|对象姓名|志愿者姓名|志愿者", h)), None
    )
    if at_name is None:
        return None
    # (a row entered twice and left out of the total, 与第8行重复，不计入: no one more — heldout84)
    people = [row for row in table if not _TOTAL.match(fold(_first_cell(row))) and not left_out(row)]
    totals = [row for row in table if _TOTAL.match(fold(_first_cell(row)))]
    # the columns of counts (服务次数, 服务时长（小时）, 积分): figures in every row; a team's name or a note is the row's own
    counted = [
        at
        for at in range(len(header))
        if at != at_name
        and not _NUMBER.match(header[at])
        and not _NOTE.match(header[at])
        and not re.search(r"年龄|岁|电话|号码|身份证|出生|编号|时间|日期", header[at])  # (an age is no count to total)
        and all(re.fullmatch(r"[0-9][0-9.,]*|", row[at].strip()) for row in people)
        and any(row[at].strip() for row in people)
    ]
    # (a roster closed by its average, 平均出勤率 97.0%, not a 合计: how many and the average, no one's own days — the
    # hostile pass of round 85's 考勤汇总)
    mean = [r for r in people if re.match(r"平均", fold(r[at_name].strip()))]
    if mean and not totals and len(people) > len(mean):
        figure = next((c.strip() for c in mean[-1] if re.fullmatch(r"[0-9][0-9.]*%?", c.strip())), "")
        if figure:
            return f"共{len(people) - len(mean)}人，{mean[-1][at_name].strip()}{figure}"
    if not totals or not people or not counted:
        return None
    if (
        sum(
            1
            for at in range(len(header))
            if at not in counted and at != at_name and not _NUMBER.match(header[at]) and not _NOTE.match(header[at])
        )
        > 1
    ):
        return None  # (more than a team's column of words: no roster of counts)
    total = totals[-1]
    if any(c.strip() and not re.fullmatch(r"[0-9][0-9.,]*|[0-9]+[人名位]|合计|总计|小计", c.strip()) for c in total):
        return None  # (a line run on into the total: no total read from it)
    if any(re.search(r"年龄|岁|电话|号码|身份证|出生", h) for h in header) and len(
        [c for c in total if re.fullmatch(r"[0-9][0-9.,]*", c.strip())]
    ) != len(counted):
        return None  # (a total typed with a cell left out beside an age column: which column is whose cannot be told)
    # a 合计 row typed with a cell left out (合计 12人 769 2294.5 21675 under 序号 姓名 分队 次数 时长 积分): its
    # figures go to the columns of counts in order, a count of people to the names
    figures = [c.strip() for c in total if re.fullmatch(r"[0-9][0-9.,]*", c.strip())]
    headcount = next((c.strip() for c in total if re.fullmatch(r"[0-9]+[人名位]", c.strip())), "")
    values = {at: total[at].strip() for at in counted}
    if len(figures) == len(counted) and [values[at] for at in counted] != figures:
        values = dict(zip(counted, figures, strict=True))
    parts = [headcount] if headcount else []
    # (the months' hours under one merged cell and their 小计, 10月（小时）… 小计: the whole first, the months in it —
    # heldout84's 志愿服务时长登记; and how many people the rows are, each once)
    units = {m.group(2) for at in counted if (m := _MEASURED.fullmatch(header[at]))}
    whole = next((at for at in counted if header[at] in ("小计", "合计", "总计") and len(units) == 1), None)
    if whole is not None and values.get(whole):
        parts = [headcount or f"共{len(people)}人", f"合计{values[whole]}{units.pop()}"]
        months = [(at, m) for at in counted if at != whole and values[at] and (m := _MEASURED.fullmatch(header[at]))]
        parts.append("其中" + "、".join(f"{m.group(1)}{values[at]}{m.group(2)}" for at, m in months))
        counted = []
    for at in counted:
        value, name = values[at], header[at]
        if not value:
            continue
        measured = _MEASURED.fullmatch(name)
        if measured:
            parts.append(f"{measured.group(1)}{value}{measured.group(2)}")
        elif name.endswith("次数"):
            parts.append(f"{name[:-2]}{value}次")
        elif name.endswith("积分"):
            parts.append(f"{name}{value}分")
        else:
            parts.append(f"{name}{value}")
    who = "志愿者" if re.search(r"志愿", title + "".join(header)) else ""
    if parts and parts[0].startswith("共"):
        return who + "，".join(parts)
    return f"{who}合计{'，'.join(parts)}" if parts else None


def people_list(header: list[str], table: list[list[str]]) -> str | None:
    """A list of residents and nothing of the work (姓名 / 性别 / 年龄 / 住址 / 联系电话): none of it goes into a
    summary, and what was done for them the clerk did not say, so it is asked for; None for any other table."""
    at_name = [at for at, h in enumerate(header) if _PERSON.match(h)]
    own = [at for at, h in enumerate(header) if _PRIVATE.match(h) or _PERSONAL.match(h)]
    if not at_name or len(own) < 2:
        return None
    told = [at for at in range(len(header)) if at not in at_name and at not in own and not _NUMBER.match(header[at])]
    if any(row[at].strip() for row in table for at in told):
        return None  # (a ledger with its people's details, or a note of what was done: its rows say the work)
    return "【待补：名单所列居民的服务情况（名单不写入总结）】"


def _header_word(cell: str) -> bool:
    name = fold(cell)
    known = (
        _WHEN,
        _WHAT,
        _COUNT,
        _NOTE,
        _NUMBER,
        _WHO,
        _DONE,
        _PERSON,
        _WHERE,
        _REPORT,
        _DEADLINE,
        _PROBLEM,
        _PRIVATE,
        _PERSONAL,
    )
    return any(p.match(name) for p in known) or bool(re.fullmatch(r"[^（）()0-9]{1,10}[（(][^（）()]{1,4}[）)]", name))


def spaced_table(items: list[str]) -> list[str] | None:
    """A table pasted with one space between its cells (序号 姓名 所属分队 服务次数 服务时长（小时） 积分 备注 over
    1 张桂兰 助老服务队 96 288.5 2885: heldout67's roster), its rows with tabs as a table's cells are (two spaces
    are a cell left empty); None when the items are no such table."""
    at = next((n for n, item in enumerate(items[:3]) if _spaced_header(item)), None)
    if at is None:
        return None
    header = items[at].split(" ")
    width = len(header)
    # (or rows led by their kind under 类别, 退役士兵 86 / 转业干部 12 含企业军转干部1人: heldout83's 底数表)
    labelled = bool(re.fullmatch(r"类别|项目|类型|对象|名称", header[0]))
    rows = [
        n
        for n in range(at + 1, len(items))
        if re.match(r"^(?:[0-9]{1,3}|合计|总计|小计) ", items[n].strip())
        or (labelled and re.match(r"^[^\s0-9]{2,10} [0-9]", items[n].strip()))
    ]
    body = [n for n in rows if not re.match(r"^(?:合计|总计|小计) ", items[n].strip())]
    # each row as wide as the header (a note's column may be left off), a figure under every column of counts: a
    # cell with a space of its own (李 明, 幸福路 3号楼) leaves the rows uneven, and then no table is read (hostile pass)
    counted = [
        i
        for i, h in enumerate(header)
        if re.search(r"次数|时长|积分|人数|户数|数量|金额|人口|[（(][^（）()]*[）)]$|^(?:应到|实到|列席|请假|出席)$", h)
    ]
    # (or a list of residents, 姓名 性别 年龄 住址 联系电话, its rows numbered though the header has no 序号:
    # read as a table so that nothing of theirs is printed — hostile67)
    listed = (
        any(_PERSON.match(fold(h)) for h in header)
        and sum(1 for h in header if _PRIVATE.match(fold(h)) or _PERSONAL.match(fold(h))) >= 2
    )
    if len(body) < 2 or not (counted or listed):
        return None  # (no column of counts to check the rows against: words set apart by spaces stay as typed)
    numbered = (
        listed
        and not _NUMBER.match(fold(header[0]))
        and all(len(items[n].strip().split(" ")) >= width + 1 for n in body)
    )
    if numbered:
        header = ["序号", *header]
        width += 1

    def cells_of(line: str) -> list[str]:
        cells = line.strip().split(" ")
        # (a resident's address with a space of its own, 幸福路 3号楼: every cell of a list of residents is
        # theirs, so the words run on into its last cell and nothing of it is printed — hostile68)
        return [*cells[: width - 1], " ".join(cells[width - 1 :])] if listed and len(cells) > width else cells

    # (a meeting's book leaves its 列席 and 备注 blank at a row's end: 1 1.8 研究… 5 5 under 序号 日期 议题 应到 实到
    # 列席 备注 — heldout72)
    left_off = 2 if _NOTE.match(fold(header[-1])) else 1
    for n in body:
        cells = cells_of(items[n])
        if not width - left_off <= len(cells) <= width or any(
            i < len(cells) and not re.fullmatch(r"[0-9][0-9.,]*|", cells[i]) for i in counted
        ):
            return None
    out = list(items)
    out[at] = "\t".join(header)
    for n in rows:
        out[n] = "\t".join(cells_of(items[n]))
    return out


def spaced_rows(items: list[str], carried: list[str] | None) -> list[str] | None:
    """Rows numbered on with one space between their cells under a header a category before gave with tabs or
    spaces (8 2025.4.18 凤屿里小区楼道杂物清运 8,400.00 许文斌 共清运14车, its 小计 under them: heldout69's
    经费支出明细), as tabbed rows; None when they are no such rows, or a row is not as wide as the header."""
    if not carried or len(carried) < 3 or not items:
        return None
    width = len(carried)
    rows = [item.strip(" \u3000") for item in items]
    if any(re.search(r"\t| {2,}|\u3000", row) for row in rows):
        return None
    numbered = [row for row in rows if re.match(r"[0-9]{1,3} ", row)]
    if not numbered or any(
        not (re.match(r"[0-9]{1,3} ", row) or re.match(r"(?:小计|合计|总计) [0-9]", row)) for row in rows
    ):
        return None
    if any(not width - 1 <= len(row.split(" ")) <= width for row in numbered):
        return None
    # (each row a figure under each column of counts or sums, as the rows above it had: numbered items typed with
    # one space — 1 组织义诊 3次 — are no rows of the table before — hostile68)
    counted = [at for at, h in enumerate(carried) if re.search(r"金额|次数|人数|户数|数量|[（(]元[）)]|时长|积分", h)]
    if not counted or any(
        at >= len(row.split(" ")) or not _AMOUNT.fullmatch(row.split(" ")[at]) for row in numbered for at in counted
    ):
        return None
    return ["\t".join(row.split(" ")) for row in rows]


def _spaced_header(line: str) -> bool:
    cells = line.strip().split(" ")
    least = 3 if cells and re.fullmatch(r"类别|项目|类型|对象|名称", cells[0]) else 4  # (类别 人数 备注: heldout83)
    if len(cells) < least or "" in cells or re.search(r"\t| {2,}|[，。；、]", line.strip()):
        return False
    return sum(1 for c in cells if _header_word(c)) >= 3 and all(
        len(c) <= 12 and not re.search(r"[0-9]", re.sub(r"[（(][^（）()]*[）)]", "", c)) for c in cells
    )


def _receipts_total(header: list[str], table: list[list[str]]) -> str | None:
    """A list households signed for what they were given (户主 / 人口 / 物资 / 数量 / 签收, a 合计 row: heldout68's
    慰问物资发放签收表): its 合计 row as the summary says it, no household named, no row read out; None for any
    other table, or a list with no total (its sum is no figure of the facts)."""
    if not any(re.fullmatch(r"签收|签字|签名|领取人签字|签收人", h) for h in header) or not any(
        _PERSON.match(h) for h in header
    ):
        return None
    totals = [row for row in table if _TOTAL.match(fold(_first_cell(row)))]
    if not totals:
        return None
    cells = [c.strip() for c in totals[-1] if c.strip() and not _TOTAL.match(fold(c.strip()))]
    counted = [c for c in cells if re.fullmatch(r"[0-9][0-9,]*[户人名]", c)]
    given = [c for c in cells if c not in counted]
    if not given:
        return None
    return f"合计{''.join(counted)}，发放{'、'.join(given)}" if counted else f"合计发放{'、'.join(given)}"


# a row of a table copied out of a PDF, its cells one space apart and blank cells dropped (1 一组 46 163 131 124 …, 合计
# 422 1463 …): a label and four figures or more, and maybe a note
_NUMBER_ROW = re.compile(
    r"^(?:[0-9]{1,3}[ \u3000]+)?[^\s0-9]{1,8}(?:[ \u3000][^\s0-9]{1,3})?(?:[ \u3000]+[0-9][0-9.,%]*){4,}(?:[ \u3000]+\S{1,24}){0,3}$"
)
# the form's own lines around it: who filled it in and signed, its notes (填报单位：…, 注：…, 主任（签字）：…)
_SIGNED = re.compile(
    r"^(?:填报|填表|制表|审核|经办|统计|注|备注|说明)[^，。]{0,8}[:：]|[（(]签[字名章][）)]|填表人[:：]"
)


def unread_table(items: list[str], category: str) -> tuple[list[str], str] | None:
    """A table pasted from a PDF that could not be read into its columns (a header broken over lines, rows one cell short
    where a blank cell was dropped: heldout78's 选民登记情况统计表): its title, header, rows, notes and signatures give way
    to a gap for the clerk to fill from the table, and the reason, for the report; a row read into the wrong column
    would be a figure the facts do not give. None when the items hold no such table."""
    rows = [n for n, item in enumerate(items) if _NUMBER_ROW.match(item.strip())]
    totals = [n for n in rows if re.match(r"[合总共小][ \u3000]?计", items[n].strip())]  # (合 计, letter-spaced)
    if len(rows) < 4 or not totals:
        return None

    def prose(item: str) -> bool:
        text = item.strip()
        # (a numbered row with its figures and a note of its own, 9 郑克勤 无 / 1 1 1 … 6 享受低保，每月1元: a row)
        row = (
            re.match(r"[0-9]{1,3}[ \u3000]", text) and len(re.findall(r"(?<![^\s])[0-9][0-9.,%]*(?![^\s])", text)) >= 4
        )
        return len(text) > 24 and bool(re.search(r"[，。；]", text)) and not _SIGNED.search(fold(text)) and not row

    start = rows[0]
    while start > 0 and not prose(items[start - 1]):
        start -= 1
    end = rows[-1] + 1
    while end < len(items) and (not prose(items[end]) or page_line(items[end])):
        end += 1
    if any(prose(items[n]) for n in range(rows[0], rows[-1])):
        return None  # (prose among the rows: not one table)
    total = re.sub(r"\s+", " ", items[totals[-1]].strip())
    numbered = [ln for ln in items[start:end] if re.match(r"[0-9]{1,3}[ \u3000]", ln.strip())]
    if (said := _last_column_total(items[start:end], numbered, items[totals[-1]])) is not None:
        # (its rows' last figures add up to the 合计's last: that column's total is a figure the facts give — heldout81's
        # 党费收缴明细表, typed with one space and blank cells dropped)
        return [*items[:start], said, *items[end:]], f"{category}：所貼表格各行列數不齊，只寫入了與各行相符的合計"
    gap = f"【待补：{category}情况（所贴表格未能读清，其合计行为“{total}”，请对照表头补写）】"
    return [
        *items[:start],
        gap,
        *items[end:],
    ], f"{category}：所貼表格的表頭分行、各行列數不齊，未能讀清，未寫入正文，請據原表補寫合計"


_FIGURE = re.compile(r"(?<![^\s])[0-9][0-9,]*(?:\.[0-9]+)?%?(?![^\s])")


def _last_column_total(block: list[str], body: list[str], total: str) -> str | None:
    """A table that could not be read into its columns, said by what can be trusted: how many rows, and the total of its
    last column of sums (上半年合计（元） over each row's last figure) when every row's last figure adds up to the 合计
    row's last; None otherwise."""
    header = next((ln.strip().split() for ln in block if _spaced_header(ln)), None)
    if not header:
        return None
    sums = [h for h in header if not _NOTE.match(fold(h))]
    named = re.fullmatch(r"(?P<n>[^（）()]{1,10}?)(?:[（(](?P<u>[^（）()]{1,3})[）)])?", sums[-1]) if sums else None
    if not named or not re.search(r"合计|总计|小计|金额|总额|总数|人数|户数", named["n"]):
        return None
    lasts = [[f for f in _FIGURE.findall(row.strip()) if not f.endswith("%")] for row in body]
    closing = [f for f in _FIGURE.findall(total.strip()) if not f.endswith("%")]
    if not closing or any(len(f) < 2 for f in lasts):
        return None
    value = closing[-1].replace(",", "")
    if abs(sum(float(f[-1].replace(",", "")) for f in lasts) - float(value)) > 0.005:
        return None
    people = any(_PERSON.match(fold(h)) for h in header)
    count = f"共{len(body)}{'人' if people else '项'}"
    return f"{count}，{named['n']}{value}{named['u'] or ''}"


# a monthly report turned on its side (项目 1月 2月 … 10月 合计 over 信息采集更新（人） 3 2 1 4 2 1 2 15), typed with one
# space and a month with no such work left out of the row (heldout83's 月报汇总表): the months cannot be told apart,
# the 合计 can, when the figures before it add up to it
_MONTHS_HEADER = re.compile(
    r"^(?:项目|指标|类别|工作项目|工作内容|内容|事项)(?: [0-9]{1,2}月){3,}(?: (?:合计|累计|总计))$"
)
_LABELLED_ROW = re.compile(
    r"^(?P<l>(?:其中[:：])?[^\s0-9（）()]{2,16}(?:[（(](?P<u>[^（）()]{1,3})[）)])?)(?P<f>(?: [0-9][0-9.,]*)+)$"
)


def months_by_total(items: list[str]) -> list[str] | None:
    """A report of months on its side said by each line's 合计 (信息采集更新15人，走访慰问188人次（其中困难退役军人帮扶37人次）…),
    its title, the form's own lines and its notes left with the form; None when the items hold no such report, or a
    line's figures do not add up to its 合计."""
    at = next((n for n, item in enumerate(items) if _MONTHS_HEADER.match(item.strip())), None)
    if at is None:
        return None
    said: list[str] = []
    n = at + 1
    while n < len(items) and (row := _LABELLED_ROW.match(items[n].strip())):
        figures = [float(f.replace(",", "")) for f in row["f"].split()]
        if len(figures) < 2 or abs(sum(figures[:-1]) - figures[-1]) > 0.005:
            return None
        total = row["f"].split()[-1]
        label = re.sub(r"[（(][^（）()]*[）)]$", "", row["l"])
        part = label.startswith("其中")
        label = re.sub(r"^其中[:：]", "", label)
        clause = f"{label}{total}{row['u'] or ''}"
        if part and said:
            said[-1] = (
                said[-1] + f"（其中{clause}）" if not said[-1].endswith("）") else said[-1][:-1] + f"、{clause}）"
            )
        else:
            said.append(clause)
        n += 1
    if len(said) < 3:
        return None
    rest = [
        item for item in items[n:] if not _SIGNED.search(fold(item.strip())) and not re.match(r"(?:备注|注)[:：]", item)
    ]
    head = [item for item in items[:at] if not _SIGNED.search(fold(item.strip())) and not _TABLE_TITLE.search(item)]
    return [*head, "，".join(said), *rest]
