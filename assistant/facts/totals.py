"""What a pasted table's counts and totals come to, as a summary says them: a count with its column (救助人次 5 is 救助5人次),
a 合计 row kept to the figures its rows bear out, and the columns and sizes that decide whether a total is said at all
(places and months counted alike, unlike indicators not summed) — the seventeenth session's readers and hostile pass."""

from __future__ import annotations

import re

from assistant.core.furniture import PAGE_MARK
from assistant.core.text import fold
from assistant.facts.columns import _first_cell

LONG_BOOK = 8  # rows: a book this long with its own tally is said by the tally
MONTHS_SAID_BY_TOTAL = 6  # a table of this many months with a borne-out 合计 is said by it
INDICATOR = re.compile(r"^(?:指标|指标名称|统计指标|统计项目|服务项目)$")


MONTH_ROW = re.compile(r"[0-9]{1,2}月份?")  # a row of a month's own (3月, 10月份)
# (a row entered twice, 与第8行重复，不计入 / 重复录入，作废: heldout84's books)
_LEFT_OUT = re.compile(
    r"不计入(?:合计|总数|统计)|重复[^，,。]{0,6}[，,、]?\s*(?:不计入|作废|不计|删除|已删除?)|(?:作废|重复录入)$"
    r"|^(?:此条|本条|此行|本行|该条)作废"  # (此条作废，未出车: heldout88's 公务用车使用登记簿)
)


def left_out(row: list[str]) -> bool:
    """A row the clerk left out of the total (已解除（流入方退租），不计入合计 — heldout77's 流转台账), or a project
    cancelled (实施进度 已取消 — heldout80's 民生微实事台账, its 合计 不含已取消的第6项): not counted."""
    # (a row entered twice and struck, 重复登记，作废: heldout83's 慈善捐赠登记簿 — read by _LEFT_OUT with heldout84's)
    # (not a note on one figure of the row, 原登记42，1张重复录入已作废，改41: the row stands with the figure put right —
    # heldout89's 门禁卡办理登记)
    return any(
        (_LEFT_OUT.search(c) and not _PUT_RIGHT.search(c)) or re.fullmatch(r"(?:已)?(?:取消|撤销)", c.strip())
        for c in row
    )


_PUT_RIGHT = re.compile(r"(?:改|改为|改成|更正为|实为)[0-9]+[^，,。0-9]{0,2}\s*$")


def borne_out(table: list[list[str]], total: list[str]) -> list[str]:
    """A 合计 row without the figures its rows above, every one of them a figure in that column, do not add up to."""
    # (a 小计 among the rows, 一季度小计, is counted in the 合计 through its own rows: not again)
    rows = [r for r in table[: table.index(total)] if not re.search(r"合计|总计|小计|共计", fold(_first_cell(r)))]
    rows = [r for r in rows if not left_out(r)]
    kept = list(total)
    # (a row counted inside another, 伤残军人 3 已含在退役士兵内: a sum of the rows counts it twice — heldout83's 底数表)
    if any(re.search(r"已?(?:含|包含|计)在[^，,。]{1,10}(?:内|中|里)|已计入|重复统计", c) for r in rows for c in r):
        return [kept[0], *("" for _ in kept[1:])]
    for at, cell in enumerate(total):
        said = cell.strip().replace(",", "")
        column = [r[at].strip().replace(",", "") for r in rows]
        column = [c for c in column if c not in ("", "—", "-", "/")]  # (a blank cell counts nothing)
        if at == 0 or not re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", said) or not column:
            continue
        figures = all(re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", c) for c in column)
        if figures and abs(sum(float(c) for c in column) - float(said)) > 0.01:
            kept[at] = ""
            # (typed a column over, 92 under 标准（元/桌） where 宴席（桌） adds up to it: put under the column it sums —
            # heldout76's 红白事报备登记表)
            for near in (at - 1, at + 1):
                if 0 < near < len(total) and not kept[near].strip() and _sums_to(rows, near, float(said)):
                    kept[near] = cell
    return kept


def _sums_to(rows: list[list[str]], at: int, figure: float) -> bool:
    column = [r[at].strip().replace(",", "") for r in rows]
    column = [c for c in column if c not in ("", "—", "-", "/")]
    return (
        bool(column)
        and all(re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", c) for c in column)
        and abs(sum(float(c) for c in column) - figure) <= 0.01
    )


# a page break's own line: a printed page number alone (core.furniture's PAGE_MARK), or a title ending on its page
# (…登记簿   第2页, 代办登记簿（第2页）)
PAGE_ENDS = re.compile(r"第\s*[0-9]{1,3}\s*页[）)]?\s*$|第\s*[0-9]{1,3}\s*页[，,]?[ \u3000]*共\s*[0-9]{1,3}\s*页\s*$")
# (and the mark itself after a title: …登记簿     第1页 共2页)
PAGE_AFTER_TITLE = re.compile(r"[ \u3000\t]*(?:第\s*[0-9]{1,3}\s*页)(?:[ \u3000]*共\s*[0-9]{1,3}\s*页)?[）)]?\s*$")


def page_line(line: str) -> bool:
    return bool(PAGE_MARK.match(line.strip()) or PAGE_ENDS.search(line))


PLACE = re.compile(r"^(?:小区名称|小区|楼栋|网格|片区|村组|村民小组|组别|自然村)$")
# a count's column said with its count (救助人次 5: 救助5人次; 走访次数 96: 走访96次; 户数 320: 320户)
COUNT_NAME = re.compile(
    r"(?P<what>(?:救助|走访|入户|服务|检查|巡查|排查|培训|接待|受理|发放|慰问|调解|办理|帮扶|随访|宣传|参与|参加|出动|改造"
    r"|安装|加装|签约|活动|开展|举办|推文|发布|报送|撰写|开餐|就餐|用餐|送餐|开放|借阅|接种|体检|筛查"
    r"|巡河|巡逻|巡检|巡湖|消杀|演练|报名|结业|培训|咨询|预约|出诊|上门|回访)?)"  # (巡河次数 36: 巡河36次 — hostile86)
    r"(?P<unit>人次|户次|车次|册次|天数|次数|人数|户数|个数|件数|家数|场次|篇数|期数|课时)"
    r"(?P<note>[（(][^（）()0-9]{1,8}[）)])?"  # (就餐人次（含送餐） 11934: 就餐11934人次（含送餐） — heldout76's 助餐点)
)
COUNT_UNIT = {
    "天数": "天",
    "期数": "期",
    "次数": "次",
    "人数": "人",
    "户数": "户",
    "个数": "个",
    "件数": "件",
    "家数": "家",
    "场次": "场",
    "篇数": "篇",
}


def count_said(name: str, cell: str) -> str:
    counted = COUNT_NAME.fullmatch(name)
    if not counted or not re.fullmatch(r"[0-9][0-9.,]*", cell):
        return f"{name}{cell}"
    unit = COUNT_UNIT.get(counted["unit"], counted["unit"])
    note = counted.groupdict().get("note") or ""
    return f"{counted['what']}{cell}{unit}{note}"
