"""Two things clerks paste under a category besides a table or a group's history: a run of daily
reports from 钉钉 or 企业微信 (a day's date, 今日完成：…, 明日计划：…, 需协调：…) and a phone's
checklist (☑ done, ☐ not done, ~~struck out~~, an arrow from what was done to what came of it).

A day's report says what was done that day; its plan for tomorrow is done, or not, the next day, and
a running count (累计排查22栋) is written again every day, so only the last count says how far the
work went. A checklist's unticked line was not done and a struck-out line was cancelled: neither is
work, and each is said in the notes so nothing goes silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.numbers import find_figures
from assistant.core.text import CJK_CHARS, common_run, fold

# a day's heading: 11月3日, 2026年11月3日（周一）, 11.3, 【11月3日日报】, 日报 11月3日, 11月3日工作日报
_DAY = r"(?:(?:20[0-9]{2})[年.\-/])?[01]?[0-9](?:月[0-3]?[0-9]日|[.\-/][0-3]?[0-9])"
_DAY_LINE = re.compile(
    rf"^[【\[]?\s*(?:(?:工作)?日报[:： ]*)?(?P<day>{_DAY})\s*(?:[（(]?(?:周|星期|礼拜)[一二三四五六日天][）)]?)?"
    r"\s*(?:(?:工作)?日报)?\s*[】\]]?[:：]?$"
)
_FIELD = re.compile(
    r"^(?:(?P<done>今日完成|今天完成|今日工作|今日已完成|今日进展|完成情况|今日工作内容)"
    r"|(?P<next>明日计划|明天计划|明日安排|明日工作|明天安排|次日计划)"
    r"|(?P<help>需协调|需协调事项|需协调解决|需要协调|需协助|遇到问题|存在问题|困难问题)"
    r"|(?P<other>备注|心得|今日总结|今日感想))\s*[:：]\s*"
)
# a running count: 累计排查楼栋22栋, 截至今天注册1532人, 目前共清理31辆
_RUNNING = re.compile(r"累计|截至|截止|目前共|至今共|总共已")
_RUNNING_WORDS = re.compile(r"累计|截至|截止|目前|至今|总共|今天|今日|本周|已经|已|共计|共|到|了")


@dataclass
class Log:
    """What a pasted block holds once read: the work done and notes of what was left out."""

    work: list[str]
    notes: list[str] = field(default_factory=list)


def daily_reports(block: str) -> Log | None:
    """A run of daily reports read into the work done (each under its day), or None when the block is
    no such run (two or more day headings, each followed by a field like 今日完成：)."""
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    days = [i for i, line in enumerate(lines) if _DAY_LINE.match(line)]
    if len(days) < 2 or not any(_FIELD.match(line) for line in lines):
        return None
    log = Log(work=[])
    day, kind, skipped, helps = "", "done", 0, 0
    done: list[tuple[str, list[str]]] = []
    for line in lines:
        if m := _DAY_LINE.match(line):
            day, kind = _day_text(m.group("day")), "done"
            continue
        if m := _FIELD.match(line):
            kind = next(k for k in ("done", "next", "help", "other") if m.group(k))
            line = line[m.end() :]
        line = re.sub(r"^(?:[0-9]{1,2}[.、．)）]|[-•·]\s)\s*", "", line).strip()
        if not line or re.fullmatch(r"(?:无|暂无|没有|无。|/|-)", line):
            continue
        if kind == "done":
            done.append((day, _clauses(line)))
        elif kind == "help":
            helps += 1
        else:
            skipped += 1
    dropped = _superseded(done)
    by_day: dict[str, list[str]] = {}  # a day's numbered lines one item under its day
    for at, (when, clauses) in enumerate(done):
        said = _without(clauses, {i for a, i in dropped if a == at})
        if said:
            by_day.setdefault(when, []).append(said.rstrip("。；;"))
    for when, lines in by_day.items():
        said = "；".join(lines)
        log.work.append(f"{when}，{said}" if when and not said.startswith(when) else said)
    if skipped:
        log.notes.append(f"日報裡的「明日計劃」等 {skipped} 條是當天的打算或感想，不是已做的工作，未寫入")
    if dropped:
        log.notes.append(f"日報裡後來又報了更新累計數的 {len(dropped)} 處舊累計數，只保留最後的數")
    if helps:  # a day's request to the office above, often met days later: the clerk's 存在问题 decide
        log.notes.append(f"日報裡「需協調」的 {helps} 條是當時要協調的事，未寫入；還沒解決的請寫進存在問題")
    return log


def latest_counts(messages: list[str]) -> tuple[list[str], int]:
    """A group's messages with each running count that a later message counted again taken out (累计到
    今天1126人了，还差不少 before 截至今天注册1532人), and how many went."""
    done = [("", _clauses(message)) for message in messages]
    dropped = _superseded(done)
    out = [_without(clauses, {i for a, i in dropped if a == at}) for at, (_, clauses) in enumerate(done)]
    return [said for said in out if said], len(dropped)


def _without(clauses: list[str], dropped: set[int]) -> str:
    """The clauses but the dropped, and what goes on reporting the same progress after a dropped
    count in its sentence: a count in the same unit or a remark with none (…累计采集1032户，录入系统
    860户; …1126人了，还差不少). A count of another thing (…，发放防滑垫30块) is the day's own work."""
    kept: list[str] = []
    unit = ""
    for i, clause in enumerate(clauses):
        counts = [f for f in find_figures(clause) if f.kind == "number"]
        if i in dropped:
            unit = counts[0].unit if counts else ""
        elif unit and (not counts or counts[0].unit == unit):
            pass
        else:
            unit = ""
            kept.append(clause)
        if clause.endswith(("；", ";", "。")):
            unit = ""
    return "".join(kept).strip("，,；; ")


def _day_text(day: str) -> str:
    m = re.fullmatch(r"(?:(20[0-9]{2})[年.\-/])?([01]?[0-9])(?:月([0-3]?[0-9])日|[.\-/]([0-3]?[0-9]))", day)
    if not m:
        return day
    year = f"{m.group(1)}年" if m.group(1) else ""
    return f"{year}{int(m.group(2))}月{int(m.group(3) or m.group(4))}日"


def _clauses(text: str) -> list[str]:
    # (not at the comma of a thousands separator: 1,126人)
    return [c for c in re.split(r"(?<=[，；;。])|(?<=,)(?![0-9]{3}(?![0-9]))", text) if c.strip("，,；;。 ")]


def _head(clause: str, at: int) -> str:
    """The words a running count counts (排查楼栋 of 累计排查楼栋22栋)."""
    return _RUNNING_WORDS.sub("", fold(clause[:at]).split("\n")[-1]).strip("，,；;：: ")


def _superseded(done: list[tuple[str, list[str]]]) -> set[tuple[int, int]]:
    """The running counts a later day counted again (累计发现9处, then 累计发现15处): the earlier go."""
    counts: list[tuple[int, int, str, str, float]] = []
    for at, (_, clauses) in enumerate(done):
        running = False  # 累计排查22栋，发现飞线充电15处: the word counts the whole sentence
        for i, clause in enumerate(clauses):
            running = running or bool(_RUNNING.search(clause))
            if clause.endswith(("；", ";", "。")):
                running, ends = False, True
            else:
                ends = False
            if not (running or (ends and _RUNNING.search(clause))):
                continue
            figures = [f for f in find_figures(clause) if f.kind == "number"]
            if not figures or not figures[0].unit:
                continue
            f = figures[0]  # 累计采集2538户、7214人: the count its words name first
            counts.append((at, i, f.unit, _head(clause, f.start), f.value))
    dropped: set[tuple[int, int]] = set()
    for n, (at, i, unit, head, value) in enumerate(counts):
        for later_at, _, later_unit, later_head, later_value in counts[n + 1 :]:
            same = not head or not later_head or common_run(head, later_head) >= 2
            if later_at > at and later_unit == unit and same and later_value >= value:
                dropped.add((at, i))
                break
    return dropped


# a checklist's marks: done (☑ ✅ ✔ [x]) or not (☐ □ ⬜ [ ])
_TICKED = re.compile(r"^(?:[-*]\s*)?(?:☑|✅|✔️?|✓|☒|\[[xX✓]\])\s*")
_UNTICKED = re.compile(r"^(?:[-*]\s*)?(?:☐|□|⬜|◻|\[ \])\s*")
_STRUCK = re.compile(r"~~[^~]+~~")
_NOT_DONE = re.compile(r"[（(]?\s*(?:待办|未完成|还没做|没做|未开展|待定)\s*[）)]?\s*$|^(?:待办|未完成|TODO)\s*[:：]")
# what is left of a struck-out line: nothing, or why it was called off (敬老院不让外人进 取消)
_CANCELLED = re.compile(r"^[^0-9]{0,20}?[\s，,。（(]*(?:已?取消了?|不搞了|不做了|作废|删除)?[\s，,。）)]*$")
_ARROW = re.compile(r"\s*(?:→|->|=>|⟶|➡️?|⇒)\s*")


def is_checklist(items: list[str]) -> bool:
    """Whether lines are a phone's checklist: two or more carry a tick box or a strike-through."""
    return sum(1 for line in items if _TICKED.match(line) or _UNTICKED.match(line) or _STRUCK.search(line)) >= 2


def checklist(items: list[str]) -> Log:
    """A checklist's lines as work: the ticked and unmarked kept (the arrow read as 「，」), the
    unticked, 待办 and struck-out lines left out and counted in the notes."""
    log = Log(work=[])
    open_, struck = 0, 0
    for line in items:
        line = line.strip()
        if _UNTICKED.match(line) or _NOT_DONE.search(line):
            open_ += 1
            continue
        line = _TICKED.sub("", line)
        if _STRUCK.search(line):
            rest = _STRUCK.sub("", line)
            struck += 1
            if _CANCELLED.fullmatch(rest):
                continue
            line = rest
        line = _fragments(_ARROW.sub("，", line).strip(" ，,"))
        if line:
            log.work.append(line)
    if open_:
        log.notes.append(f"清單裡未打勾或標著「待辦」的 {open_} 條還沒做，未寫入（做了的話請打勾或寫進下一步計劃）")
    if struck:
        log.notes.append(f"清單裡劃掉的 {struck} 處已取消，未寫入")
    return log


_LEADING_DAY = re.compile(r"^(1[0-2]|[1-9])\.([12][0-9]|3[01]|[1-9])[ \u3000]+(?=[\u4e00-\u9fff])")


def _fragments(line: str) -> str:
    """A phone note's fragments as one clause: a day it opens with (1.10 大雪 is 1月10日), the
    spaces between its words read as pauses, a figure joined to its words (送出 400多副), a plus
    between two bodies (党员+书法协会) an enumeration."""
    line = _LEADING_DAY.sub(lambda m: f"{m.group(1)}月{m.group(2)}日，", line)
    line = re.sub(rf"(?<=[{CJK_CHARS}])\s*\+\s*(?=[{CJK_CHARS}])", "、", line)
    line = re.sub(
        rf"(?<=[{CJK_CHARS}])[ \u3000]+(?=[0-9])|(?<=[0-9])[ \u3000]+(?=[{CJK_CHARS}])(?![{CJK_CHARS}]{{0,1}}[ \u3000，,。；]|$)",
        "",
        line,
    )
    line = re.sub(rf"(?<=[{CJK_CHARS}0-9）)])[ \u3000]+(?=[{CJK_CHARS}（(])", "，", line)
    return line
