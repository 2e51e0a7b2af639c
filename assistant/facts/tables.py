"""A table copied from Excel or a WPS form and pasted under a category (日期	地点	内容	参与人数	备注 over
its rows, a 合计 row at the foot: heldout51), or a Word 工作台账 (序号 时间 工作内容 责任人 完成情况 备注, cells
wrapped onto the next line: heldout52): each row written as the sentence its header reads, the figures as
given. Readers saw the rows run together in one line, with the header words and the staff's names in it."""

from __future__ import annotations

import csv
import io
import re

from assistant.core.dates import STAMP_CLOCK, read_whole_date
from assistant.core.numbers import find_figures
from assistant.core.text import SENTENCE_END, fold
from assistant.facts.casebooks import (
    activity_book,
    case_roster,
    group_row,
    inventory_book,
    mediation_register,
    meeting_book,
    roll_book,
    roster_header,
    sign_in_sheet,
    spending_book,
    visit_book,
)
from assistant.facts.cells import (
    _cells,
    _paired,
    _rows,
    _single_spaced,
    _unspaced,
    ditto,
    lined_up,
    person_named,
    realigned,
    spaced_sub_header,
    sub_header,
)
from assistant.facts.columns import (
    _ATTENDANCE,
    _BODY,
    _CALLER,
    _CELLS,
    _COUNT,
    _COUNTED_VERB,
    _DEADLINE,
    _DONE,
    _DONE_ONLY,
    _DOTTED_DAY,
    _DOTTED_IN_CELL,
    _FOUND,
    _INSIDE,
    _MEASURE,
    _MEASURED,
    _NOTE,
    _NOTICE_HEAD,
    _NUMBER,
    _ORDER_NO,
    _PERSON,
    _PERSONAL,
    _PRIVATE,
    _PROBLEM,
    _RANGE,
    _RATED,
    _REPORT,
    _ROLL,
    _SCORE,
    _SCORED,
    _TABLE_TITLE,
    _TALLY,
    _TOTAL,
    _VERB,
    _WATCHED,
    _WHAT,
    _WHEN,
    _WHERE,
    _WHO,
    VOID,
    _first_cell,
)
from assistant.facts.feet import (
    COUNT_UNIT_SAID,
    GIVEN_UNIT,
    by_kind,
    course_book,
    dated_book,
    foot_said,
    inspection_sheet,
    kinds_book,
    kinds_tally,
    lead_count,
    meter_book,
    months_left_out,
    named_book,
    names_column,
    parts_joined,
    project_book,
    rectification_book,
    still_open,
    tick_columns,
    ticked,
    weighbridge_book,
    with_kinds,
)
from assistant.facts.shapes import (
    _NOTHING_FOUND,
    _PUT_OFF,
    _found,
    _receipts_total,
    _roster_total,
    _stage,
    people_list,
)
from assistant.facts.survey import is_survey, survey_sentences, survey_title
from assistant.facts.totals import (
    COUNT_NAME,
    COUNT_UNIT,
    INDICATOR,
    LONG_BOOK,
    MONTH_ROW,
    MONTHS_SAID_BY_TOTAL,
    PAGE_AFTER_TITLE,
    PLACE,
    borne_out,
    count_said,
    left_out,
    page_line,
)


def _date_cell(cell: str) -> str:
    """A ledger's dotted date or range as a summary writes it (2024.12.2-12.20 is 2024年12月2日至12月20日)."""
    # (2025/11/1 8:47, a hotline's time of receipt: the day)
    cell = re.sub(rf"(?<=[0-9])\s+{STAMP_CLOCK}$", "", cell.strip())
    ends = _RANGE.split(cell.strip())
    days = [read_whole_date(end) if _DOTTED_DAY.fullmatch(end) else None for end in ends]
    if len(days) > 2 or any(day is None for day in days):
        return cell
    return "至".join(f"{day.year}年{day.text()}" if day.year else day.text() for day in days if day)


def _csv(block: str, least: int = 3) -> list[list[str]] | None:
    """A block exported as CSV (序号,日期,事项,数量,单位,负责人,备注; a cell with a comma in quotes),
    its rows; None when its first lines are no comma-separated rows of one width."""
    lines = [line.lstrip("\ufeff") for line in block.splitlines() if line.strip()]  # (a WPS export's BOM)
    if len(lines) < least or _CELLS.search(lines[0].strip(" \u3000")) or lines[0].count(",") < 2:
        return None
    try:
        rows = [[_listed(c.strip()) for c in row] for row in csv.reader(io.StringIO("\n".join(lines))) if any(row)]
    except csv.Error:
        return None
    if len({len(row) for row in rows[:least]}) != 1:
        return None
    return rows


def _is_unit(count: str, cell: str) -> bool:
    """Whether a cell is the unit of the count before it: the two read as one figure with a unit."""
    if not cell or len(cell) > 4 or re.search(r"[0-9]", cell):
        return False
    figures = find_figures(count + cell)
    return len(figures) == 1 and figures[0].end == len(count + cell) and bool(figures[0].unit)


def _listed(cell: str) -> str:
    """A cell's comma between names of one kind is an enumeration comma (1号楼,3号楼,7号楼 is
    1号楼、3号楼、7号楼); between clauses it is the sentence's comma."""
    cell = re.sub(r"(?<=[号楼栋幢]),(?=[0-9]{1,3}(?:号楼|号|栋|幢))", "、", cell)  # 1号楼,3号楼,7号楼单元门禁
    parts = cell.split(",")
    if (
        len(parts) > 1
        and all(0 < len(p) <= 6 and not re.search(r"[0-9]", p) for p in parts)
        and len({p[-1] for p in parts}) == 1
    ):
        return "、".join(parts)
    return cell


def table_header(block: str) -> list[str] | None:
    """The header a CSV or tab-separated block opens with (序号,日期,事项,… / 序号⇥工作任务⇥完成情况),
    under a title line or not, for the blocks after it that go on under it without one."""
    rows = _csv(block, 2)
    if rows:
        return [fold(h) for h in rows[0]] if _is_header(rows[0]) else None
    lines = [_unspaced(line) for line in block.splitlines() if line.strip()][:2]
    for line in lines:
        cells = _cells(line.strip(" \u3000"))
        if len(cells) >= 3 and _is_header(cells) and _NUMBER.match(fold(cells[0])):
            return [fold(c) for c in cells]
    return None


def _carried_rows(lines: list[str], carried: list[str] | None) -> bool:
    """Rows numbered on under a header given in a block before (7⇥消防安全宣传⇥已完成…)."""
    # (a 小计 under them, and the 合计 and the account's foot under the last: heldout69's 经费支出明细)
    # (one row among them typed with single spaces, 15 8月19日 村道硬化…: heldout71's 大事记)
    numbered = [bool(re.match(r"^[0-9]{1,3}(?:\t| {1,}|\u3000)", ln.strip(" \u3000"))) for ln in lines]
    return (
        bool(carried)
        and any(numbered)
        and all(
            n or re.match(r"^(?:小计|合计|总计)(?:\t| {2,}|\u3000)|^[\u4e00-\u9fff]{2,8}[:：]", ln.strip(" \u3000"))
            for n, ln in zip(numbered, lines, strict=True)
        )
    )


def _tally_said(line: str) -> str:
    """A book's own tally as a summary says it: 合计：4件 is 合计4件; one typed with spaces has them as its pauses
    (6月小计 15件 其中已办结10件 is 6月共15件，其中已办结10件)."""
    said = re.sub(r"^(合计|总计|共计|小计)[:：][ \u3000\t]*", r"\1", line.strip(" ，,；;"))
    said = re.sub(
        r"[（(]第[0-9]+行[^（）()]{0,12}[）)]", "", said
    )  # (（第7行重复，不计）: the book's own note on a row — heldout90)
    if SENTENCE_END.search(said):
        return said
    said = re.sub(r"(?<=[月度页年])(小计|合计|共计|总计)[:：]?[ \u3000\t]*(?=[0-9])", "共", said)
    said = re.sub(r"^(合计|总计|共计)[:：]?[ \u3000\t]+(?=[0-9\u4e00-\u9fff])", r"\1", said)
    return re.sub(r"[ \u3000\t]+", "，", said.strip())


# (an age names a column too: 其中：80岁以上 — heldout76's 助餐点就餐情况统计表)
_AGES = re.compile(r"[0-9]{1,3}(?:-[0-9]{1,3})?周?岁(?:以上|以下|及以上)?")


def _is_header(cells: list[str]) -> bool:
    # (months name a column: 1-10月累计 — heldout62's 月报; not years, whose columns set one year beside another)
    return len(cells) >= 2 and not any(
        not h
        or len(_AGES.sub("", h)) > 12  # (65岁及以上老年人数（人）: heldout82's 进度通报)
        or re.search(r"[0-9]", _AGES.sub("", re.sub(r"[0-9]{1,2}(?:-[0-9]{1,2})?月", "", h)))
        for h in cells
    )


def table_sentences(block: str, carried: list[str] | None = None, notes: list[str] | None = None) -> list[str] | None:
    """The rows of a pasted table as sentences, or None when the block is no table (fewer than two
    rows under a header of two or more short headings with no figure). ``carried``: the header of
    a CSV block before this one, for rows pasted under a category of their own without it (heldout54's
    物业 ledger: 绿化养护 and 安全巡查 went on under the header given once). ``notes``: where a 合计 its rows do
    not add up to is told, so that the report asks the clerk which is right (the hostile passes of rounds 85 and 88)."""
    lines = [_unspaced(line) for line in block.splitlines() if line.strip()]
    # (the unit the form gives its figures, 单位：kg（其他垃圾为240L桶数）: put on the columns that have none of their own —
    # heldout77's 垃圾分类分出量统计表)
    given = next((u for ln in lines if (u := GIVEN_UNIT.match(fold(ln.strip())))), None)
    # (or in brackets after the title, 资金拨付进度表（单位：万元）: hostile86)
    bracketed = re.search(r"[（(](单位[:：][^（）()]{1,4})[）)]\s*$", lines[0].strip()) if lines else None
    given = given or (GIVEN_UNIT.match(fold(bracketed.group(1))) if bracketed else None)
    # a Markdown table (| 日期 | 整治内容 | … | and its |------| rule): the cells between its pipes (hostile76)
    # (under a title line of its own, 上半年矛盾纠纷排查调解台账：: the hostile pass of round 78)
    titled = len(lines) >= 4 and not lines[0].strip().startswith("|")
    piped = lines[1:] if titled else lines
    if len(piped) >= 3 and all(re.match(r"\s*\|.*\|\s*$", ln) for ln in piped[:2]):
        lines = lines[:1] * titled + [
            "\t".join(c.strip() for c in ln.strip().strip("|").split("|"))
            for ln in piped
            if not re.fullmatch(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*", ln)
        ]
    # a page's mark after the book's title (矛盾纠纷调解登记簿     第1页 共2页): the title alone (hostile76)
    if lines:
        lines[0] = PAGE_AFTER_TITLE.sub("", lines[0]) or lines[0]
        # (and its year after it, 人口变动登记簿    2025年度: the title alone — heldout82)
        yeared = re.match(
            r"(?P<t>\S+)[ \u3000\t]{2,}[0-9]{4}年(?:度|上半年|下半年|第?[一二三四]季度|[0-9]{1,2}(?:—[0-9]{1,2})?月份?)?\s*$",
            lines[0].strip(),
        )
        if yeared and _TABLE_TITLE.search(yeared["t"]):
            lines[0] = yeared["t"]
        # (and the unit its figures are in at the title's end, …进度表（截至2026年11月30日）      单位：万元 — heldout86)
        unit_after = re.match(r"(?P<t>\S.*?)[ \u3000\t]{2,}单位[:：]\s*\S{1,4}\s*$", lines[0].strip())
        if unit_after and _TABLE_TITLE.search(unit_after["t"]) and not _CELLS.search(unit_after["t"]):
            given = given or GIVEN_UNIT.match(fold(lines[0].strip()[unit_after.end("t") :].strip()))
            lines[0] = unit_after["t"]
    # a form's own title above its header (…工作督查情况表: heldout58's 物业) is no row
    title = lines[0].strip() if lines else ""
    titled_book = (
        len(lines) > 2
        and not _CELLS.search(title)
        and _TABLE_TITLE.search(title)
        # (a short title over a header of cells, 培训报名汇总, though it opens on a verb: hostile86; not 建立完善消防设施台账)
        and (
            not _VERB.match(fold(title))
            or (len(title) <= 14 and re.search(r"(?:汇总|登记|统计)表?$", title) and bool(_CELLS.search(lines[1])))
        )
    )
    if titled_book:
        lines = lines[1:]
        block = "\n".join(lines)
    # a header typed with single spaces over rows lined up with runs of them (月份 推文篇数 总阅读量 单篇最高 备注: heldout75's
    # 公众号推文统计): its words are its cells
    if len(lines) >= 3 and not _CELLS.search(lines[0].strip(" \u3000\n")):
        words = lines[0].split()
        widths = [len(_cells(ln.strip())) for ln in lines[1:4]]
        if (
            len(words) >= 3
            and all(len(w) <= 8 for w in words)
            and all(len(words) - 1 <= n <= len(words) for n in widths)
        ):
            lines = ["\t".join(words), *lines[1:]]
        # (rows typed with single spaces too, as many words a row as the header: 1 黄志强 2栋 14:02 黄志强 — hostile76)
        elif (
            len(words) >= 3
            and all(len(w) <= 8 for w in words)
            and all(len(ln.split()) == len(words) for ln in lines[1:])
            and all(re.match(r"[0-9]{1,3}$", ln.split()[0]) for ln in lines[1:])
        ):
            lines = ["\t".join(ln.split()) for ln in lines]
    # a notice's head over its table (浔创办〔2025〕27号 / 关于…的通报 / 各街道存在问题及扣分情况 / 福星社区): the
    # notice's, not rows (heldout65's 督查通报); a line of its own that says more stays, said before the rows
    head = 0
    # (and a form's own fields over the header, 发放时间：…　发放地点：…: heldout68's 签收表)
    while head < min(5, len(lines) - 3) and (
        not _CELLS.search(lines[head].strip(" \u3000"))
        or all(re.search(r"[:：]", c) for c in _cells(lines[head].strip(" \u3000")) if c)
    ):
        head += 1
    said_before: list[str] = []
    if head > 0 and len(_cells(lines[head])) >= 3 and _is_header([fold(c) for c in _cells(lines[head])]):
        said_before = [
            ln.strip()
            for ln in lines[:head]
            if not _NOTICE_HEAD.search(fold(ln.strip()))
            and not _FORM_LINE.match(fold(ln.strip()))
            and not (_TABLE_TITLE.search(fold(ln.strip())) and not _VERB.match(fold(ln.strip())))
            # (the clerk's lead-in to the table, 上半年助餐点就餐登记如下: the rows say it — the hostile pass of round 81)
            and not re.search(r"如下[:：。]?$", ln.strip())
        ]
        lines = lines[head:]
    # a form's own lines about the table (填报单位：… 填报日期：…, 注：…, 填报人：… 审核人：…): none is a row
    # (a note that a count includes repeat visits, 注：走访户数为当日入户数，含重复走访: its total is 户次 — heldout68)
    repeated = any(_FORM_LINE.match(fold(ln.strip())) and re.search(r"含重复|重复走访|重复入户", ln) for ln in lines)
    # (and a note's numbered points on the lines after it, 备注：1.… / 2.11月数据截至25日。: the note's, no rows)
    kept: list[str] = []
    noted = False
    for ln in lines:
        if _FORM_LINE.match(fold(ln.strip())):
            noted = bool(re.match(r"(?:备注|注|说明)[:：]", fold(ln.strip())))
            continue
        if noted and re.match(r"[0-9]{1,2}[.、．]", ln.strip()):
            continue
        noted = False
        kept.append(ln)
    lines = kept
    # a roster's groups on lines of their own among its rows (一、城市低保): its rows are counted with the rest, and
    # nothing of them is printed (the hostile pass: the roster was read as no table, every case said)
    if lines and roster_header([fold(h) for h in _cells(lines[0])]):
        lines = [lines[0], *(ln for ln in lines[1:] if _CELLS.search(ln.strip(" \u3000")) or not group_row(ln))]
    # a book pasted across a page break: its title (…登记簿   第2页) and header again among the rows are no rows
    # (heldout74's 代办登记簿)
    if lines:
        top = re.sub(r"\s+", " ", lines[0].strip())
        lines = [lines[0], *(ln for ln in lines[1:] if re.sub(r"\s+", " ", ln.strip()) != top and not page_line(ln))]
    # the book's own tally under its rows, a sentence in no cells (本季度共登记12件，已办结11件。备注：…): said
    # after the rows, its note on the book itself left with the book (heldout64's 来电来访登记簿)
    foot: list[str] = []
    tallies = 0  # how many of the foot's lines are the book's own tally
    # (6月小计　15件　其中…: a tally typed with full-width spaces is still the book's, not a row — the hostile pass)
    while (
        len(lines) > 3
        and (
            not _CELLS.search(lines[-1].strip(" \u3000"))
            or _TALLY.match(fold(re.sub(r"[\t\u3000]", " ", lines[-1].strip())))
        )
        and (SENTENCE_END.search(lines[-1]) or _TALLY.match(fold(re.sub(r"[\t\u3000]", " ", lines[-1].strip()))))
    ):
        said = re.split(r"\s*备注[：:]", lines.pop().strip())[0].strip(" ，,；;")
        tally = bool(_TALLY.match(fold(re.sub(r"[\t\u3000]", " ", said))))
        said = _tally_said(said) if tally else re.sub(r"^(合计|总计|共计|小计)[:：][ \u3000]*", r"\1", said)
        foot[:0] = [said] if said else []
        tallies += tally
    # (5月小计 4件 … among the rows, a month's own tally before the next month's: said in its place — the hostile pass)
    if tallies:
        mid = [ln for ln in lines[1:] if _TALLY.match(fold(re.sub(r"[\t\u3000]", " ", ln.strip())))]
        lines = [ln for ln in lines if ln not in mid]
        foot[:0] = [_tally_said(ln) for ln in mid]
    block = "\n".join(lines)
    comma_rows = _csv(block, 2 if carried else 3)
    # rows going on under it: numbered on, or dated, as the rows under the header were
    if (
        comma_rows
        and carried
        and not _is_header(comma_rows[0])
        and len(comma_rows[0]) == len(carried)
        and all(re.fullmatch(r"[0-9]{1,3}|[0-9./年月日\-—~至]{3,}", row[0]) for row in comma_rows)
    ):
        comma_rows = [carried, *comma_rows]
    if comma_rows and not any(
        p.match(h)
        for h in map(fold, comma_rows[0])
        for p in (_WHEN, _WHAT, _COUNT, _NOTE, _NUMBER, _WHO, _DONE, _WHERE)
    ):
        comma_rows = None  # lines that merely hold commas (组织学习,开展党日,召开组织生活会) are no CSV
    if comma_rows is None and _carried_rows(lines, carried) and carried:
        lines = ["\t".join(carried), *[_single_spaced(ln, len(carried)) for ln in lines]]
    # (a book of one row under its title and header is still a book: 隐患排查整改表 — the hostile pass of round 85)
    if comma_rows is None and (
        len(lines) < (2 if titled_book else 3) or not all(_CELLS.search(line.strip(" \u3000\n")) for line in lines[:3])
    ):
        return None
    header = [fold(h) for h in (comma_rows[0] if comma_rows else _cells(lines[0]))]
    # two headings a single space apart where the column ran out of room (宴席（桌） 标准（元/桌）, over rows with a cell
    # for each: heldout76's 红白事报备登记表)
    widest = max((len(_cells(ln.strip(" \u3000"))) for ln in lines[1:6]), default=0) if not comma_rows else 0
    if widest > len(header) and any(" " in h for h in header):
        split = [part for h in header for part in h.split(" ") if part]
        header = split if len(split) <= widest else header
    # a header over two rows, a merged cell's parts under it (整改情况 over 已完成 / 持续整改: heldout80's 整改台账)
    if not comma_rows and len(lines) > 3 and (under := sub_header(header, lines[1])) is not None:
        header, lines = under, [lines[0], *lines[2:]]
    elif not comma_rows and len(lines) > 3 and (respaced := spaced_sub_header(lines[0], lines[1])) is not None:
        header, lines = [fold(h) for h in respaced[1]], [respaced[0], *lines[2:]]  # (lined up with spaces: heldout87)
    if not _is_header(header):
        return None
    if given is not None:
        header = [
            h
            if at == 0
            or _MEASURED.fullmatch(h)
            or re.search(r"月|日期|时间|人$|序号|备注|说明", h)
            # (a column of words or rates, 项目名称, 施工单位, 拨付比例: no unit of money — heldout86's 资金拨付进度表)
            or re.search(r"名称|单位|来源|比例|率$|情况|状态|类别|地点|内容|事项|方式", h)
            else f"{h}（{given['unit']}）"
            for at, h in enumerate(header)
        ]
    body = (
        comma_rows[1:]
        if comma_rows
        else _rows([_single_spaced(ln, len(header)) for ln in lines[1:]], len(header), _paired(lines[0]))
    )
    if not comma_rows and (placed := lined_up(header, lines)) is not None:
        body = placed
    elif not comma_rows and not any("\t" in line for line in lines):
        body = realigned(body, len(header))
    table = ditto([(row + [""] * len(header))[: len(header)] for row in body])
    # (a cell corrected in place, 原报96，实为69: the corrected figure, so that a 合计 of the first ones is not borne out —
    # the hostile pass of round 81)
    table = [[_CELL_CORRECTED.sub(lambda m: m["m"] or m["m2"], c) for c in row] for row in table]
    # (or in brackets after it, 50（改为45）袋, 23（更正：25处）: the hostile pass of round 85)
    table = [[_CELL_BRACKET_CORRECTED.sub(lambda m: m["m"] + (m["u"] or m["after"]), c) for c in row] for row in table]
    dated = [_dated(header[at], [row[at] for row in table]) for at in range(len(header))]
    if is_survey(header):
        chosen = survey_sentences(header, table)
        return [survey_title(line) for line in said_before] + chosen + foot if chosen else None
    # (a roster of supported people that pays them is a roster first: 共3人, then its 合计 — the sixteenth session's
    # hostile pass)
    if (
        roster_header(header)
        and mediation_register(header, table) is None
        and (cases := case_roster(header, table)) is not None
    ):
        if tallies:  # (the book's own tally counts what its rows are: 件, not 人)
            cases = [re.sub(r"^共[0-9]+[人户][，,]?", "", c) for c in cases]
            cases = [c for c in cases if c]
        return [*said_before, *cases, *foot]
    if (summed := _roster_total(header, table, title)) is not None:
        return [*said_before, summed, *foot]
    if (received := _receipts_total(header, table)) is not None:
        return [*said_before, received, *foot]
    if (asked := people_list(header, table)) is not None:
        return [*said_before, asked, *foot]
    # (a register of disputes over two pages with its own tally, 合计：受理5起，调解成功4起: the tally — hostile76)
    if tallies and len(table) >= 4 and mediation_register(header, table) is not None:
        return [*said_before, *foot]
    if (
        cases := mediation_register(header, table) or spending_book(header, table) or case_roster(header, table)
    ) is not None:
        return [*said_before, *cases, *foot]
    if (
        held := visit_book(header, table, title)
        or roll_book(header, table, title)
        or sign_in_sheet(header, table, title)
        or meeting_book(header, table)
        or activity_book(header, table)
        or inventory_book(header, table, title)
    ) is not None:
        return [*said_before, held, *foot]
    # a register of people served whose page ends on its own tally (6月共15件，其中已办结10件…): the tally says it, not
    # a row a resident (the seventeenth session's hostile pass)
    # (and a long book of anything with its tally: 合计：报送18篇 街道采用14篇…, heldout75's 信息报送登记表)
    # (a short book whose columns are ticks, 街道采用 是/否, with its tally: the tally, never 街道采用是 row by row — the
    # seventeenth session's hostile pass)
    if tallies and (
        # (three homes by their 户主 under 共巡查房屋42幢…: the tally — hostile86)
        (any(_PERSON.match(h) for h in header) and len(table) >= 3)
        or len(table) >= LONG_BOOK
        or ticked(table)
        or any(
            h.endswith("姓名") for h in header
        )  # (犬主姓名 over two rows under 共登记犬只2只: the hostile pass of round 93)
    ):
        return [*said_before, *foot]
    # (a book of what an inspection found and how each stands, 隐患内容 · 整改情况: how many each way — heldout89, hostile88)
    if (standing := rectification_book(header, table, title)) is not None:
        return [*said_before, standing, *foot]
    # a long book of households' own occasions (户主 / 事由 / 宴席（桌）…, thirteen rows over their 合计): what it comes to,
    # no household's wedding or funeral told by name (heldout76's 红白事报备登记表, its readers)
    ends = [row for row in table if _TOTAL.match(fold(_first_cell(row)))]

    def checked(total: list[str]) -> list[str]:
        kept = borne_out(table, total)
        if any(c.strip() and not k.strip() for c, k in zip(total, kept, strict=True)):
            # (its rate too, worked out from the figure that does not add up: 96.1% of a wrong 36.8 — hostile86)
            kept = ["" if re.fullmatch(r"[0-9.]+%", k.strip()) else k for k in kept]
        for at, (cell, held) in enumerate(zip(total, kept, strict=True)):
            said = (
                f"合計行的「{header[at]}」{cell.strip()} 隨不符的合計一併未寫入"
                if cell.strip().endswith("%")
                else f"「{header[at]}」的合計 {cell.strip()} 與各行之和不符，未寫入稿子，請核對"
            )
            if notes is not None and cell.strip() and not held.strip() and said not in notes:
                notes.append(said)
        return kept

    foot_total = checked(ends[-1]) if ends else []  # (the 合计 as its rows bear it out, read once for every shape)
    if foot_total and (inspected := inspection_sheet(header, table, foot_total)) is not None:
        return [*said_before, inspected, *foot]
    if (
        (any(_CALLER.match(h) or _PERSON.match(h) or _GIVER.match(h) for h in header) or names_column(header, table))
        and ends
        and len(table) - len(ends) >= LONG_BOOK
        and (summed := foot_said(header, foot_total, tick_columns(table)))
    ):
        # (a 合计 of something else than the rows, 份数 27 over 22 entries: the entries first — heldout79's 用印登记簿)
        entries = sum(1 for row in table if not _TOTAL.match(fold(_first_cell(row))) and not left_out(row))
        counted = lead_count(summed)
        if counted is None or int(counted["n"]) != entries:
            # (what its rows are, when a column names them: 项目名称 → 项目17个; else 登记22次)
            named = next((m["n"] for h in header if (m := re.fullmatch(r"(?P<n>项目|工程|活动|课程)名称", h))), "")
            gifts = any(_GIVER.match(h) and "捐" in h for h in header)  # (捐赠人（单位）: 接收捐赠18笔 — heldout83)
            count = f"{named}{entries}个" if named else f"接收捐赠{entries}笔" if gifts else f"登记{entries}次"
            summed = with_kinds(count, by_kind(header, table, count)) + "，" + summed
            return [*said_before, summed, *foot]
        return [*said_before, with_kinds(summed, by_kind(header, table, summed)) + still_open(header, table), *foot]
    if foot_total and (grouped := kinds_book(header, table, foot_total)) is not None:
        return [*said_before, grouped, *foot]
    if foot_total and (weighed := weighbridge_book(header, table, foot_total)) is not None:
        return [*said_before, weighed, *foot]
    if foot_total and (projects := project_book(header, table, foot_total)) is not None:
        return [*said_before, projects, *foot]
    if (
        book := meter_book(header, table) or kinds_tally(header, table, title) or course_book(header, table)
    ) is not None:
        return [*said_before, book, *foot]
    if foot_total and dated[0] and (book := dated_book(header, table, foot_total, title, _what_column(header))):
        return [*said_before, book, *foot]
    # a book that names people in a column, with no tally of its own: how many entries and where (hostile78)
    if not tallies and not ends and (book := named_book(header, table, title)) is not None:
        return [*(ln for ln in said_before if ln.strip() != title), book, *foot]
    rows: list[str] = []
    before: list[str] = []
    voided = any(_void(cells) for cells in table)
    # a caller named again in a row's note or the book's tally (王芳系低保户; 其中王芳来访2次): no one named
    names = {
        c
        for row in table
        for h, c in zip(header, row, strict=True)
        if (_CALLER.match(h) or _PERSON.match(h)) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", c) and not _BODY.search(c)
    }
    unnamed = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
    if unnamed:
        table = [
            [
                c if _CALLER.match(h) or _PERSON.match(h) else unnamed.sub("该居民", c)
                for h, c in zip(header, row, strict=True)
            ]
            for row in table
        ]
        foot = [unnamed.sub("1名居民", line) for line in foot]
    sums: list[bool] = []  # which of the rows said are the table's 小计 and 合计
    for cells in table:
        if voided and _TOTAL.match(fold(_first_cell(cells))):
            continue  # a total over a void row counts what did not happen: the report lists it unused
        if _TOTAL.match(fold(_first_cell(cells))):
            # (a 合计 figure its own rows do not add up to: which is right is the clerk's to say — the hostile pass)
            cells = checked(cells)
        # a merged day (3月5日 over two groups' rows, blank from the row's start): the day of the row above;
        # a day left blank after a row's own number is no day (nothing is made up for it)
        cells = [
            c or (before[at] if dated[at] and before and not any(cells[:at]) else "") for at, c in enumerate(cells)
        ]
        unit = _unit(header)
        said = _row(header, cells, "户次" if repeated and unit == "户" else unit, dated)
        if said:
            rows.append(said)
            sums.append(bool(re.search(r"小计$", fold(_first_cell(cells))) or _TOTAL.match(fold(_first_cell(cells)))))
        before = cells
    # (a row the clerk struck still made it a table)
    # how callers rated the work when called back, told once (回访满意3件、基本满意1件): not row by row
    # (a tally worked out from the rows would be a figure the facts do not give, and may differ from the clerk's)
    hotline = _hotline(header)
    rated = next((at for at, h in enumerate(header) if _RATED.match(h)), None) if hotline else None
    totals = [row for row in table if _TOTAL.match(fold(_first_cell(row)))]
    if rated is not None and rows and totals and (said := totals[-1][rated].strip()):
        foot.append(said if re.match(r"回访", said) else f"回访{said}")
    # six months or more and what they came to (推文篇数 by month, 合计 58): the total, as a summary gives it
    months = sum(1 for row in table if MONTH_ROW.fullmatch(_first_cell(row).strip()))
    if months >= MONTHS_SAID_BY_TOTAL and rows and rows[-1].startswith("合计"):
        rows = [months_left_out(header, table, rows[-1])]
    # a table of places with 小计 by group and a 合计 (each 服务站's progress, 东片小计, 西片小计, 合计): the groups' and the
    # whole's figures, as a summary gives them, not each place's row (heldout82's 体检进度通报, its readers)
    if len(sums) == len(rows) and sum(sums) >= 2 and sums[-1] and len(sums) - sum(sums) >= 4:
        rows = [said for said, summed in zip(rows, sums, strict=True) if summed]
    return said_before + rows + foot if (len(table) >= 2 or titled_book) and rows else None


# a book's column of who gave or asked, people and bodies alike (捐赠人（单位）: heldout83's 慈善捐赠登记簿)
_GIVER = re.compile(r"^(?:捐赠|捐款|捐助|资助|赞助|认捐|认领|受助|申请)(?:人|者|方|单位)(?:[（(]单位[）)])?$")
_CELL_CORRECTED = re.compile(
    r"^原(?:报|填|登记)(?:为|的是)?[0-9][0-9.,]*[^\s0-9，,；;]{0,2}[，,；;]\s*(?:经[^，,；;]{1,12}[，,]\s*)?(?:实为|实际为|实际是|应为)(?P<m>[0-9][0-9.,]*)$"
    # (a figure struck through and the new one after an arrow, 5→7: heldout84's 志愿服务时长登记)
    r"|^[0-9][0-9.,]*\s*(?:→|->|—>|改为|更正为)\s*(?P<m2>[0-9][0-9.,]*)$"
)
_CELL_BRACKET_CORRECTED = re.compile(
    r"^[0-9][0-9.,]*[ \u3000]*[（(][ \u3000]*(?:改为|改成|改|更正为?|应为|实为|核实为)[：:]?[ \u3000]*(?P<m>[0-9][0-9.,]*)"
    r"(?P<u>[^\s0-9（）()]{0,2})[ \u3000]*[）)](?P<after>[^\s0-9（）()]{0,2})$"
)
_CLOCK = re.compile(r"^[0-2]?[0-9][.:：](?:00|05|10|15|20|30|40|45|50)$")


def _dated(name: str, column: list[str]) -> bool:
    """Whether a column holds days: its header is 日期, a cell gives a year, 月 or 日, or its dotted
    cells are no times of day (3.1-3.31, 12.9 are days; 8.30-11.30, 9.30 are hours)."""
    if not _WHEN.match(name):
        return False
    if name in ("日期", "月份") or any(re.search(r"20[0-9]{2}|月|日", c) for c in column):
        return True
    parts = [p for c in column for p in re.split(r"\s*(?:-|—|–|～|~|至|到)\s*", c) if p]
    return bool(parts) and not all(_CLOCK.match(p) for p in parts if re.fullmatch(r"[0-9.:：]+", p))


def _unit(header: list[str]) -> str:
    counted = next((h for h in header if _COUNT.match(h)), "")
    if "数量" in counted:
        return ""
    return (
        "人次"
        if "人次" in counted
        else "户"
        if "户" in counted
        else "家"
        if "家" in counted
        else "人"
        if counted
        else ""
    )


def _what_column(header: list[str]) -> bool:
    """Whether a column says what each row did (活动内容, 事项), not only its day, place and figures."""
    return any(_ACTIVITY_COLUMN.match(h) for h in header)


_ACTIVITY_COLUMN = re.compile(
    r"^(?:活动)?(?:内容|事项|主题)$|^(?:活动|工作|工作内容|活动名称|工作任务|任务|工作事项|整治内容|服务内容)$"
)


def _void(cells: list[str]) -> bool:
    """A row the clerk marked void in a cell of its own (作废（活动因降雪取消，改到1月）: heldout61's 民政科)."""
    return any(VOID.match(fold(c)) for c in cells[1:])


_FORM_LINE = re.compile(
    r"^(?:填报单位|填报日期|填报人|填表人|审核人|制表人|统计人|登记人|记录人|值班人|接听人|经办人[:：]|注[:：]|备注[:：]|说明[:：]|单位[:：]"
    r"|制表[:：]|审核[:：]|填表[:：]|复核[:：]|发放人[:：]|监发人[:：]|发放时间[:：]|检查人[:：]|检查日期[:：]|盘点日期[:：]|管理人[:：]"
    r"|合计扣分|共计扣分|总扣分"
    # (the span the book covers, 登记时段：2025年7月1日—2025年9月30日: the summary's period says it — heldout81)
    r"|(?:登记|统计)(?:时段|期间|区间)[:：])"
)
_QUIET = re.compile(r"^(?:巡查|巡逻|值守)?$|^(?:正常|无异常|一切正常|无|平稳)$")
_REPORTED = re.compile(
    r"^(?:居民|群众|业主|村民|住户|商户|有人|来电|来访)|反映|投诉|举报|求助|转办|争吵|纠纷|满溢|漏水|不亮|损坏"
)


# a row that says what happened with its own verb (村卫生室标准化改造完成并投入使用, 项目通过县级验收, 与公司签订
# 协议): no 开展 before it (heldout71's readers)
_HAPPENED = re.compile(
    r"完成|完工|竣工|通过|投入使用|签订|签署|建成|开工|启动|举行|举办|召开|成立|栽植|分红|选举|报名|顺利|落成|揭牌|挂牌"
)


def _caller(header: list[str], cells: list[str]) -> str:
    """Who a visitor book's row says reported: a body by its name (区城管局要求…), anyone else a resident."""
    for name, cell in zip(header, cells, strict=True):
        if _CALLER.match(name) and (
            _BODY.search(cell) or re.search(r"(?:街道办|街道|办事处|居委会|村委会|委员会)$", cell)
        ):
            return cell
    return "居民反映"


def _hotline(header: list[str]) -> bool:
    """A hotline's ledger (工单号, 诉求内容): its callers' ratings are told once, from its own 合计 row."""
    return any(_ORDER_NO.match(h) or _REPORT.match(h) for h in header)


def _row(header: list[str], cells: list[str], unit: str, dated: list[bool]) -> str:
    if _void(cells) or left_out(
        cells
    ):  # (重复，删除 / 此行重复，已删: a row the clerk struck — the hostile pass of round 94)
        return ""
    if any(
        _NOTE.match(h) and re.fullmatch(r"重复(?:工单|件|投诉|来电|登记)", c.strip())
        for h, c in zip(header, cells, strict=True)
    ):
        return ""  # a hotline's order counted twice, merged into the first (heldout67's readers: 居民反映同上…)
    if any(
        re.search(r"(?<!误标)(?:此行删除|删除此行|此行作废|本行作废|此项删除|本项删除|此项作废)[）)]?[。.]?$", c)
        and not re.search(r"(?:上季度|上月|上年|去年|上期)[^（）()]{0,4}(?:此项|此行|本项)", c)
        for c in cells
    ):  # the clerk struck the row (not 本季度新增（上季度此项删除）)
        return ""
    cells = ["" if re.fullmatch(r"[—－\-–/]+", c) else c for c in cells]  # —— is an empty cell
    when = where = what = count = who = deadline = progress = ""
    paired = False
    hotline = _hotline(header)  # (its ratings told once, from its 合计)
    rest: list[str] = []
    verb = next((m.group(1) for h in header if (m := _COUNTED_VERB.match(h))), "")
    # a schedule's row (节点 / 完成时限 / 进度): the stage and how far it is, the deadline while it is not done
    scheduled = any(_DEADLINE.match(h) for h in header) and not any(_PROBLEM.match(h) for h in header)
    counts = sum(1 for h in header if _COUNT.match(h))  # (several: each is said with its column)
    booked = any(_CALLER.match(h) or _PERSON.match(h) for h in header)  # (a 房号 of a meeting is its room)
    # a supervisor's findings and what was put right (点位 / 存在问题 / 整改情况): 福星小区3栋楼道堆放杂物，已整改…
    inspected = any(_PROBLEM.match(h) for h in header) and any(h.startswith("整改") for h in header)
    put_right = any(
        h.startswith("整改") and re.match(r"(?:已整改|已完成|已销号|已办结)(?:到位)?(?:[，,。；;]|$)", c)
        for h, c in zip(header, cells, strict=True)
    )  # (not 部分已整改, 未整改，已完成采购申请: hostile65)
    # a row that counts a place (网格 第一网格, 小区 福星小区): no 开展 before it, its households no 参与
    place_row = any(PLACE.match(h) for h in header) and not any(_COUNTED_VERB.match(h) for h in header)
    # (a row of people of a kind, 类别 退役士兵 / 人数 86: 退役士兵86人, no one 参与 — heldout83's 底数表)
    kind_row = bool(re.fullmatch(r"(?:人员|对象|服务对象)?(?:类别|类型)|对象", header[0])) and not any(
        _COUNTED_VERB.match(h) for h in header
    )
    place_row = place_row or kind_row
    for at, (name, cell) in enumerate(zip(header, cells, strict=True)):
        if (
            not cell
            or (_PRIVATE.match(name) and (booked or not re.match(r"房|门牌", name)))
            or (_PERSONAL.match(name) and booked)
        ):
            continue
        if _SCORE.match(name) or _ORDER_NO.match(name) or (_RATED.match(name) and hotline) or _WATCHED.match(name):
            continue  # (the supervisor's 扣分 0.5: the notice's mark, not the office's work; a hotline's 工单号)
        if present := _ATTENDANCE.match(name):
            # (请假 王芳、李强: so many people, no one named; 无 is none — the hostile pass)
            # (王强、李梅（请假）: each named, why they were away said after them)
            bare = re.sub(r"[（(][^（）()]{0,8}[）)]", "", cell)
            names = [n for n in re.split(r"[、，, ]+", bare) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", n)]
            if roll := _ROLL.fullmatch(cell):  # (47人: the unit not said twice)
                rest.append(f"{present.group(1)}{roll.group(1)}人")
            elif names and not re.fullmatch(r"无|暂无|没有", cell):
                rest.append(f"{present.group(1)}{len(names)}人")
            continue
        if _NOTE.match(name) and re.fullmatch(r"无|暂无|/|／|—+|-+|正常|完好|良好|齐全|完好有效", cell):
            continue
        if _NUMBER.match(name):
            if re.match(r"(?:合计|总计|共计|小计)", cell):  # (合计：6处，已整改5处 typed in the 序号 cell: heldout73)
                rest.append(re.sub(r"^(合计|总计|共计|小计)[:：]", r"\1", cell))
            elif not re.fullmatch(r"[0-9]+", cell):  # an asset's number (JG-017) says which one
                rest.append(f"{name}{cell}")
        elif _PERSONAL.match(name):  # (under no name: 性别 男, 年龄 60-69岁 label the row's counts — hostile68)
            what = what or cell
        elif _WHO.match(name):
            body = cell.split()[0] if cell.split() else ""
            if _BODY.search(body) and not _INSIDE.match(body):
                who = body
        elif _CALLER.match(name) or (_REPORT.match(name) and re.fullmatch(r"无|暂无|没有|/|—+|-+", cell)):
            continue
        elif _REPORT.match(name):
            cell = re.sub(r"我家|俺家", "其家", cell)  # (渗水到我家顶棚: the caller's)
            caller = _caller(header, cells)
            if re.match(r"(?:居民|群众|业主|村民|市民|住户|来电人)?(?:反映|投诉|举报|求助)", cell):
                what = cell if re.match(r"居民|群众|业主|村民|市民|住户", cell) else caller.removesuffix("反映") + cell
            elif re.match(r"咨询|询问|求助|建议", cell):  # (咨询高龄津贴申领: a question, not a report)
                what = caller.removesuffix("反映") + cell
            else:
                what = caller + cell
        elif _PERSON.match(name):
            rest.append(person_named(name, cell))
        elif _WHEN.match(name):
            if not when:  # a second time column (日期 then 时间 9.30) is the hour of the day
                when = _date_cell(cell) if dated[at] else cell
        elif _WHERE.match(name):
            where = cell
        elif _WHAT.match(name):
            what = re.sub(r"^其中[：:]", "其中", cell)  # (其中：重点人群签约, a row under the one above)
        elif _COUNT.match(name) and counts > 1:
            rest.append(count_said(name, cell))  # 服务人次 1200, 户数 85: each count with its column (hostile63)
        elif _COUNT.match(name):
            count = cell
        elif _MEASURE.match(name) and count and _is_unit(count, cell):
            count += cell  # 数量 12, 单位 栋: 12栋 (not 12 with 城管, a body's name)
        elif _DONE.match(name) and scheduled and not progress:
            progress = cell
        elif _DEADLINE.match(name) and scheduled:
            deadline = cell
        elif _FOUND.match(name):
            if not _NOTHING_FOUND.fullmatch(fold(cell)):
                cell = _DOTTED_IN_CELL.sub(r"\1月\2日", cell) if any(dated) else cell
                said, paired = _found(cell, next((c for h, c in zip(header, cells, strict=True) if _DONE.match(h)), ""))
                rest.append(said)
        elif _DONE.match(name) and paired:
            continue  # (said with each finding it answers)
        elif _DONE.match(name):
            counted = [f for f in find_figures(cell) if f.kind == "number" and f.unit]
            if (
                what
                and not count
                and not find_figures(what)
                and len(counted) == 1
                and counted[0].end == len(cell)
                and counted[0].start <= 1
            ):
                what += cell  # 打防火隔离带 / 8.5公里: 打防火隔离带8.5公里
            elif re.fullmatch(r"-?[0-9][0-9.,]*%?", cell):
                rest.append(f"{name}{cell}")  # 完成进度 85.2%: a bare figure says nothing without its column
            else:
                rest.append(_DOTTED_IN_CELL.sub(r"\1月\2日", cell) if any(dated) else cell)
        elif _PROBLEM.match(name) and re.fullmatch(r"无|暂无|没有|无问题|已整改|已解决|已整改到位|/|—+|-+", cell):
            continue  # a shortfall cell that says there is none
        elif _PROBLEM.match(name) and inspected and not what:
            what = cell
        elif _DEADLINE.match(name) and inspected:
            if re.search(r"长效", cell):
                rest.append("列为长效整改")
            elif not put_right and not re.search(r"立行立改", cell):
                rest.append(f"限{cell}整改" if not cell.endswith("整改") else cell)
        elif _PROBLEM.match(name):
            # a shortfall after 但 is read among the problems (facts/items); counts of work done after a bare
            # 已完成 are that cell run on past its column (7  消防安全宣传  已完成  张贴宣传海报200张…)
            done_only = any(_DONE.match(h) and _DONE_ONLY.match(fold(c)) for h, c in zip(header, cells, strict=True))
            done_counts = any(f.kind == "number" and f.unit for f in find_figures(cell))
            rest.append(cell if done_only and done_counts else f"但{cell}")
        elif _NOTE.match(name):
            # (联系人：华建新 in a note: whom to call, no work — hostile76)
            cell = re.sub(r"[，,；;]?\s*联系人[：:]\s*[\u4e00-\u9fff]{2,4}\s*(?:1[3-9][0-9]{9})?", "", cell)
            cell = _SCORED.sub("", cell).strip(" ，,；;")
            if cell and not _DONE_ONLY.match(cell):
                rest.append(cell)
        elif (
            measured := re.fullmatch(
                r"(.{1,10})[（(](元|万元|人次|户次|车次|人|户|次|个|件|份|处|家|米|公里|平方米|吨|辆|台|套|场|小时|天|%|元/户|元/人|具|盘|支|把|顶|副|根|卷|瓶|部"
                r"|栋|间|座|所|条|名|张|本|册|块|盏|只|棵|株|亩|公斤|千克|斤|箱|袋|桶|期|批|kg)[）)]",
                name,
            )
        ) and re.fullmatch(r"[0-9.,]+", cell):
            # 经费（元） 5400: 经费5400元; 件数（件） 6 under its kind: 6件 (heldout69's 分类统计)
            label = "" if re.fullmatch(r"件数|起数|宗数", measured.group(1)) else measured.group(1)
            label = "共计" if label in ("合计", "总计") else label  # (a column 合计（kg） in a row already 合计…)
            if not label and what and not _TOTAL.match(fold(what)):
                what = f"{what}{cell}{measured.group(2)}"
            elif ((by_count := COUNT_NAME.fullmatch(label)) and by_count["what"]) or label in COUNT_UNIT:
                # (户数（户） 56, 走访次数（次） 12: 56户, 走访12次 — not 户数56户: the hostile pass)
                rest.append(f"{by_count['what'] if by_count else ''}{cell}{measured.group(2)}")
            else:
                rest.append(f"{label}{cell}{measured.group(2)}")
        elif (part := re.fullmatch(r"其中[:：](.{2,8})", name)) and re.fullmatch(r"[0-9][0-9.,]*", cell):
            # (其中：80岁以上 3,804 after 就餐人次 11,934: 其中80岁以上3804人次, in the unit of the count it is part of —
            # heldout76's 助餐点就餐情况统计表)
            whole = next((u for u in reversed([COUNT_UNIT_SAID.search(p) for p in rest]) if u), None)
            rest.append(f"其中{part.group(1)}{cell}{whole.group(0) if whole else ''}")
        elif re.fullmatch(r"(?:同比|环比)(?:增长|增减|变化)?(?:率|幅度)?", name) and re.fullmatch(
            r"[-+]?[0-9.]+%", cell
        ):
            # 同比 -6.1%: a fall said as one (heldout64's readers: 同比-6.1% is no 公文's)
            moved = "下降" if cell.startswith("-") else "增长"
            rest.append(f"{name[:2]}{moved}{cell.lstrip('+-')}")
        elif name and name in cell:
            rest.append(cell)  # 党小组 第一党小组（离退休）: the cell names itself (heldout72's readers)
        elif re.fullmatch(r"(.{1,6})情况", name) and re.fullmatch(r"(?:全部|均)?(?:不?合格|未?达标|未?通过)", cell):
            rest.append(f"{name[:-2]}{cell}")  # 验收情况 合格: 验收合格 (the hostile pass)
        elif (
            at == 0
            and not what
            and re.fullmatch(r"[\u4e00-\u9fff]{2,16}", cell)
            and re.search(r"班次|班级|项目|类别|名称|课程", name)
        ):
            what = (
                cell  # (培训班次 电工培训班: the row's own name, not 培训班次电工培训班 — the hostile pass of round 88)
            )
        else:
            rest.append(count_said(name, cell))
    if _TOTAL.match(fold(_first_cell(cells))) or _TOTAL.match(fold(what or "")):  # the foot: 合计 3,350
        if not count:
            # (合计 13件 under no count column: the ledger's own total; a foot over several counts sums what the
            # rows say already)
            totalled = [c for h, c in zip(header[1:], cells[1:], strict=True) if c and not _RATED.match(h)]
            if len(totalled) == 1 and re.fullmatch(r"[0-9][0-9,]*[件条个起宗户人次]+", totalled[0]):
                return f"合计{totalled[0]}"
            # (a tally by kind, 件数（件） / 调解成功（件） / 成功率, its 合计 row the clerk's own figures: said as
            # the rows are — heldout69's 分类统计)
            # (合计 21 13 under 清理垃圾（吨） and 拆除旱厕（座）: what the table comes to, the figure a summary gives
            # first — heldout73's readers and the hostile pass of the sixteenth session)
            # (not a foot over several indicators, 老年人健康体检 and 高血压患者管理: a sum of unlike things)
            alike = (
                place_row or any(h in ("月份", "月度", "季度") for h in header) or all(p.endswith("元") for p in rest)
            )
            rated = bool(what) and any(p.endswith("%") for p in rest)  # (a tally by kind with its rate: heldout69)
            # (合计 21 13 全部合格: the figures, not the text cell beside them — the hostile pass)
            figures = [p for p in rest if re.search(r"[0-9]", p)]
            # (one measured column summed, 清运量（吨） 7 over 3.5, 2 and 1.5: like things — hostile76)
            summed = [h for h, c in zip(header[1:], cells[1:], strict=True) if c.strip() and _MEASURED.fullmatch(h)]
            alike = alike or (len(figures) == 1 and len(summed) == 1)
            # (people all, 报名29人（男） 报名29人（女） 结业55人: like things — the hostile pass of round 88)
            alike = alike or (len(figures) >= 2 and all(re.search(r"[0-9]人(?![次])", p) for p in figures))
            if figures and (alike or (rated and len(figures) == len(rest))):
                return "合计" + parts_joined(figures)
            return ""
        if not (count and re.search(r"[0-9]", count)):
            return ""
        if any(INDICATOR.match(h) for h in header):
            return ""  # (老年人体检 and 糖尿病患者管理: a sum of unlike indicators — the hostile pass)
        said = f"合计{verb}{count}{unit}" if verb or place_row else f"合计参与{count}{unit}"
        return "，".join([said, *(p for p in rest if re.search(r"[0-9]", p))])
    if scheduled and what and (progress or deadline):
        return _stage(what, progress, deadline, rest)
    if (
        verb
        and not count
        and rest
        and all(_PUT_OFF.search(p) and all(f.kind == "date" for f in find_figures(p)) for p in rest)
    ):
        return ""  # a visit put off (因下雨改期) is no visit: the row says nothing was done
    if (
        count and not unit and what and re.fullmatch(r"[0-9][0-9.,]*[^\s0-9，,；;]{0,4}", count)
    ):  # an inventory: 灭火器120
        return "，".join(p for p in (when, f"{what}{count}", *rest) if p)
    if verb and count and count != "0" and not what and re.fullmatch(r"[0-9][0-9.,]*", count):
        what, count = f"{verb}{count}{unit}", ""  # 走访23户, no grid named
    # a watch's quiet hour (2月2日 / / / 无异常, 巡查 / 正常): nothing to tell (heldout62's 值班日志)
    if all(_QUIET.match(fold(p)) for p in (what, *rest)):
        return ""
    # what a resident reported, or what was found (居民反映…, 垃圾站垃圾满溢): no 开展 before it
    others = [c for h, c in zip(header, cells, strict=True) if c and not _WHAT.match(h) and not _NOTE.match(h)]
    tallied = bool(others) and all(  # a report's counts (and the day each began: 2025/3/15)
        re.fullmatch(r"-?[0-9][0-9.,]*%?|/|20[0-9]{2}[/.\-][0-9]{1,2}[/.\-][0-9]{1,2}", c) for c in others
    )
    if who and re.match(r"(?:居民|群众|业主|村民|市民|住户)(?:反映|咨询|投诉|求助)", what):
        rest.insert(0, f"由{who}办理")  # (区城管局 is who handled it, not who reported: the hostile pass)
        who = ""
    if who:
        what = f"{who}{what}" if not where else what
        where = f"{where}（{who}）" if where else where
    if (
        verb
        and count in ("0", "0户", "0人")
        and not any(_FOUND.match(h) and c.strip() for h, c in zip(header, cells, strict=True))
    ):
        return ""  # (a day with no visits: 培训, 请假 — heldout68's 走访日志)
    if unit and count.endswith(unit) and re.fullmatch(r"[0-9][0-9.,]*", count[: -len(unit)]):
        count = count[: -len(unit)]  # (31户 under 走访户数: the unit typed with the count — hostile pass)
    if verb and what and count and re.fullmatch(r"[0-9][0-9.,]*", count) and not _VERB.match(fold(what)):
        what, count = f"{verb}{what}{count}{unit}", ""  # 走访第一网格46户
    elif (
        what
        and not tallied
        and not inspected
        and not place_row
        and not _VERB.match(fold(what))
        and not _REPORTED.search(fold(what))
        and not _HAPPENED.search(fold(what))
    ):
        what = "开展" + what
    label = what or when
    subtotal = re.fullmatch(r"(.{1,8}?)小计", fold(label))
    if subtotal and not (what and when) and not where and rest and not count:  # 一季度小计 12 14400: 一季度共救助12人次
        return f"{label[: len(subtotal.group(1))]}共{'，'.join(rest)}"
    placed = f"{where}{what}" if inspected else f"在{where}{what}"  # (a finding names its place: 滨江巷沿街商户…)
    said = "，".join(p for p in (when, placed if where else what) if p)
    if count and re.search(r"[0-9]", count) and kind_row and unit and said == what:
        by_home = "按户统计" in rest  # (烈士遗属 1 按户统计: 1户)
        rest = [p for p in rest if p != "按户统计"]
        said += f"{count}{'户' if by_home else unit}"
    elif count and re.search(r"[0-9]", count):
        # (第一网格 320户: the grid's households, not people who took part — the hostile pass)
        said += f"，{'' if place_row else '参与'}{count}{unit}" if unit else f"，{count}"
    said = "，".join(p for p in (said, *rest) if p)
    # (排查隐患（处） over 25处, a corrected cell with its unit: the unit once — the hostile pass of round 85)
    return re.sub(r"[（(](?P<u>[^（）()0-9]{1,2})[）)](?=[0-9][0-9.]*(?P=u))", "", said)
