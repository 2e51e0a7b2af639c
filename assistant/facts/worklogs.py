"""What clerks paste under a category besides a table or a group's history: a run of daily reports
from 钉钉 or 企业微信 (a day's date, 今日完成：…, 明日计划：…, 需协调：…), a phone's checklist (☑ done,
☐ not done, ~~struck out~~, an arrow from what was done to what came of it), an online form's export
(one submission a block of 字段：值 lines) and an e-mail thread.

A day's report says what was done that day; its plan for tomorrow is done, or not, the next day, and
a running count (累计排查22栋) is written again every day, so only the last count says how far the
work went. A checklist's unticked line was not done and a struck-out line was cancelled: neither is
work. A form's submitter and time are the form's, a later submission may correct an earlier one, and
a thread's latest mail corrects those it quotes. What is left out is said in the notes, so nothing
goes silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.clean import strip_leading_marks
from assistant.core.dates import read_whole_date
from assistant.core.numbers import find_figures
from assistant.core.text import CJK_CHARS, fold

# a day's heading: 11月3日, 2026年11月3日（周一）, 11.3, 【11月3日日报】, 日报 11月3日, 11月3日工作日报
_DAY = r"(?:(?:20[0-9]{2})[年.\-/])?[01]?[0-9](?:月[0-3]?[0-9]日|[.\-/][0-3]?[0-9])"
_WEEKDAY = r"[（(]?(?:周|星期|礼拜)[一二三四五六日天][）)]?"
_DAY_LINE = re.compile(
    rf"^[【\[]?\s*(?:(?:工作)?日报[】\]]?[\u4e00-\u9fff]{{0,4}}[:： ]*)?(?:{_WEEKDAY}\s*)?(?P<day>{_DAY})\s*(?:{_WEEKDAY})?"
    r"\s*(?:[晴阴雨雪多云小中大转]{1,4})?\s*(?:(?:工作)?日报)?\s*[】\]]?[:：]?$"
)
_FIELD = re.compile(
    r"^(?:(?P<done>今日完成(?:工作)?|今天完成|今日工作|今日已完成|今日进展|完成情况|今日工作内容)"
    r"|(?P<next>明日计划|明天计划|明日安排|明日工作|明天安排|次日计划|未完成工作|未完成)"
    r"|(?P<help>需协调(?:工作|事项|解决)?|需要协调|需协助)|(?P<problem>遇到的?问题|存在的?问题|困难问题)"
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
    problems: list[str] = field(default_factory=list)  # a day's 存在问题 / 遇到的问题


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
            kind = next(k for k in ("done", "next", "help", "problem", "other") if m.group(k))
            line = line[m.end() :]
            # a field said on its own line holds that line (需协调：无 / 备注：…); under an empty one,
            # the lines below are its items (明日计划： then 1. 2.)
            held = kind if line.strip() else ""
        else:
            held = ""
            if kind != "done" and not re.match(r"^(?:[0-9]{1,2}[.、．)）](?![0-9])|[-•·]\s)", line):
                kind = "done"  # a plain line after a field's own line is the day's work again
        line = strip_leading_marks(line)[0].strip()
        if not line or re.fullmatch(r"(?:无|暂无|没有|无。|/|-)", line):
            kind = "done" if held else kind
            continue
        if kind == "done":
            done.append((day, _clauses(line)))
        elif kind == "help":
            helps += 1
        elif kind == "problem":  # 存在问题：电梯故障，3户老人下不了楼 is one of the problems
            if line not in log.problems:
                log.problems.append(line)
        elif kind == "other" and find_figures(line):  # 备注：参会居民32人 is news of the day
            done.append((day, _clauses(line)))
        else:
            skipped += 1
        if held:
            kind = "done"
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
    if log.problems:
        log.notes.append(f"日報裡「存在問題」的 {len(log.problems)} 條寫進了存在問題")
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
    """The clauses but the dropped, with a bare time before a dropped count (截至11月底，) and a remark
    with no count after it in its sentence (…1126人了，还差不少); a count after it stays unless a later
    report counted it again (…，帮助5户联系维修 is the day's own work)."""
    kept: list[str] = []
    after = False
    for i, clause in enumerate(clauses):
        counts = [f for f in find_figures(clause) if f.kind == "number"]
        if i in dropped:
            after = True
            if kept and _BARE_TIME.match(kept[-1]):
                kept.pop()
        elif not (after and not counts):
            after = False
            kept.append(clause)
        if clause.endswith(("；", ";", "。")):
            after = False
    return "".join(kept).strip("，,；; ")


# a time said on its own before a count (截至11月底，/ 到目前为止，)
_BARE_TIME = re.compile(
    r"^(?:截至|截止|到|至)[^，,。；;0-9]{0,2}[0-9一二三四五六七八九十]{0,4}[^，,。；;]{0,6}[，,]$|^(?:目前|到目前为止|至今)[，,]$"
)
# the span a count is of (2024年, 一季度, 上半年): two counts of different spans are no running count
_SPAN = re.compile(r"20[0-9]{2}年|[一二三四1-4]季度|[上下]半年|全年|本年|去年|上年|今年")


def _day_text(day: str) -> str:
    """A report's day as a summary writes it (11.3 is 11月3日), read by the one date reader."""
    when = read_whole_date(day)
    if when is None or not when.text():
        return day
    return f"{when.year}年{when.text()}" if when.year else when.text()


def _clauses(text: str) -> list[str]:
    # (not at the comma of a thousands separator: 1,126人)
    return [c for c in re.split(r"(?<=[，；;。])|(?<=,)(?![0-9]{3}(?![0-9]))", text) if c.strip("，,；;。 ")]


def _head(clause: str, at: int) -> str:
    """The words a running count counts (排查楼栋 of 累计排查楼栋22栋)."""
    return _RUNNING_WORDS.sub("", fold(clause[:at]).split("\n")[-1]).strip("，,；;：: ")


def _superseded(done: list[tuple[str, list[str]]]) -> set[tuple[int, int]]:
    """The running counts a later day counted again (累计发现9处, then 累计发现15处): the earlier go."""
    counts: list[tuple[int, int, str, str, float, frozenset[str]]] = []
    for at, (_, clauses) in enumerate(done):
        spans = frozenset(_SPAN.findall("".join(clauses)))
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
            counts.append((at, i, f.unit, _head(clause, f.start), f.value, spans))
    dropped: set[tuple[int, int]] = set()
    for n, (at, i, unit, head, value, spans) in enumerate(counts):
        for later_at, _, later_unit, later_head, later_value, later_spans in counts[n + 1 :]:
            # the same words, or one holding the other (录入系统, 录入); words left out say nothing
            # (累计到今天1126人 before 截至今天注册1532人); not 走访独居老人 beside 走访困难户
            same = not head or head == later_head or (bool(later_head) and (head in later_head or later_head in head))
            if spans != later_spans and spans and later_spans:  # 2024年 beside 2025年
                continue
            if later_at > at and later_unit == unit and same and later_value >= value:
                dropped.add((at, i))
                break
    return dropped


# a checklist's marks: done (☑ ✅ ✔ [x]) or not (☐ □ ⬜ [ ])
_TICKED = re.compile(r"^(?:[-*]\s*)?(?:☑|✅|✔|✓|☒|√|\[[xX✓]\])\ufe0f?\s*")
_UNTICKED = re.compile(r"^(?:[-*]\s*)?(?:☐|□|⬜|◻|✘|✗|×|❌|\[ \])\ufe0f?\s*")
_STRUCK = re.compile(r"~~[^~]+~~")
_NOT_DONE = re.compile(r"[（(]?\s*(?:待办|未完成|还没做|没做|未开展|待定)\s*[）)]?\s*$|^(?:待办|未完成|TODO)\s*[:：]")
# what is left of a struck-out line: nothing, or why it was called off (敬老院不让外人进 取消)
_CANCELLED = re.compile(
    r"^[\s，,。（(]*(?:[^0-9~]{0,20}?[\s，,。（(]*(?:已?取消了?|不搞了|不做了|作废|删除))?[\s，,。）)]*$"
)
_ARROW = re.compile(r"\s*(?:→|->|=>|⟶|➡️?|⇒)\s*")


def is_checklist(items: list[str]) -> bool:
    """Whether lines are a phone's checklist: two or more carry a tick box or a strike-through."""
    return sum(1 for line in items if _TICKED.match(line) or _UNTICKED.match(line) or _STRUCK.search(line)) >= 2


def checklist(items: list[str]) -> Log:
    """A checklist's lines as work: the ticked and unmarked kept (the arrow read as 「，」), the
    unticked, 待办 and struck-out lines left out and counted in the notes."""
    log = Log(work=[])
    open_, struck = 0, 0
    outline = _outline(items)
    for line in items:
        line = line.strip()
        # (a ticked line may say what is still open of it: …，发现3户整改未完成)
        if _UNTICKED.match(line) or (not _TICKED.match(line) and _NOT_DONE.search(line)):
            open_ += 1
            continue
        line = _TICKED.sub("", line)
        if _STRUCK.search(line):
            rest = _STRUCK.sub("", line)
            struck += 1
            if _CANCELLED.fullmatch(rest):
                continue
            line = rest  # 组织~~周六~~周日义诊: the struck word was corrected, the line stands
        if outline:
            line = strip_leading_marks(re.sub(r"^[0-9]{1,2}\.[0-9]{1,2}[ \u3000]+", "", line))[0]
        line = _fragments(_ARROW.sub("，", line).strip(" ，,"))
        if line:
            log.work.append(line)
    if open_:
        log.notes.append(f"清單裡未打勾或標著「待辦」的 {open_} 條還沒做，未寫入（做了的話請打勾或寫進下一步計劃）")
    if struck:
        log.notes.append(f"清單裡劃掉的 {struck} 處已取消，未寫入")
    return log


# (not an amount, 2.5 万元, 1.5 公里)
_LEADING_DAY = re.compile(
    r"^(1[0-2]|[1-9])\.([12][0-9]|3[01]|[1-9])[ \u3000]+(?=[\u4e00-\u9fff])(?![万千百亿元吨公米斤个人户次件份辆台套块])"
)


def _outline(items: list[str]) -> bool:
    """Whether a list's N.M openings number its lines (1.1, 1.2, 2.1) rather than give days: two or more
    under one N, the first of them N.1."""
    marks = [
        m.groups() for line in items if (m := re.match(r"^(?:\W{0,3}\s*)?([0-9]{1,2})\.([0-9]{1,2})[ \u3000]", line))
    ]
    firsts = {a for a, b in marks if b == "1"}
    return any(sum(1 for a, _ in marks if a == first) >= 2 for first in firsts)


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


# an online form's export (问卷星, 腾讯文档 收集表): one submission a block of 字段：值 lines
_FORM_FIELD = re.compile(r"^(?P<key>[\u4e00-\u9fff（）()/]{2,10})[：:]\s*(?P<value>.*)$")
_FORM_META = re.compile(
    r"^(?:序号|编号|提交时间|提交者|提交人|填报人|填写人|填表人|网格员|上报人|填报时间|填写时间|联系电话|联系方式|手机号?|"
    r"户主|户主姓名|姓名|联系人|现场照片|照片|图片|附件|来源|IP|IP地址|来自IP|填写设备|答题时长|所用时间)$"
)
_FORM_WHERE = re.compile(r"^(?:网格|所属网格|所在网格|小区|所在小区|楼栋|片区|村组|所属单位|部门)$")
_FORM_NOTE = re.compile(r"^(?:备注|说明|情况说明|其他)$")
_FORM_PROBLEM = re.compile(r"^(?:存在问题|存在的问题|遇到的问题|困难问题|需协调事项|需协调)$")
_FORM_NEXT = re.compile(r"^(?:下周计划|下步计划|下一步计划|下月计划|下周打算|计划)$")
# a remark that corrects the submission before it, not work that corrected records (更正3户租客登记信息)
_FORM_FIX = re.compile(r"^更正[，,：:]|填错|以本条为准|以此为准|作废上一条|重新提交|重报")
_FORM_ASIDE = re.compile(r"^(?:无|暂无|/|-|补报|补交|迟交|晚交|已上传|见附件|见照片)|(?:补报|补交|迟交)$")


def form_submissions(chunks: list[str]) -> Log | None:
    """A form's submissions read into the work they report (第二网格拆除沿街违规店招5块), their
    submitter, time and photos left out, a 存在问题 answer among the problems, a 下周计划 answer left out; a
    submission that corrects an earlier one of the same 网格 and work (更正，…以本条为准) stands in its
    place. None when the chunks are no form's submissions (two or more, each of three or more 字段：值
    lines, one of them a form's own field)."""
    if len(chunks) == 1:  # the whole export in one block: a submission opens at each 序号 or 提交时间
        first = re.match(r"\s*(序号|提交时间)[：:]", chunks[0])
        chunks = [c for c in re.split(rf"\n(?=\s*{first.group(1)}[：:])", chunks[0]) if c.strip()] if first else []
    forms = [_form(chunk) for chunk in chunks]
    if len(forms) < 2 or not all(len(f) >= 3 and any(_FORM_META.match(k) for k in f) for f in forms):
        return None
    log = Log(work=[])
    said: list[tuple[str, str, str]] = []  # (where, what, sentence)
    fixed = planned = 0
    for form in forms:
        where = "".join(_place(k, v) for k, v in form.items() if _FORM_WHERE.match(k) and v)
        if _FORM_ACTIVITY.intersection(form) and not where:  # an activity's record: 时间, 地点, 名称, 人数
            said.append(("", "", _activity(form)))
            continue
        note = next((v for k, v in form.items() if _FORM_NOTE.match(k) and v), "")
        what = ""
        for k, v in form.items():
            if not v or _FORM_META.match(k) or _FORM_WHERE.match(k) or _FORM_NOTE.match(k):
                continue
            if _FORM_PROBLEM.match(k):
                if v not in log.problems and not _FORM_ASIDE.match(v):
                    log.problems.append(v)
                continue
            if _FORM_NEXT.match(k):
                planned += 1
                continue
            unit = re.search(r"[（(]([^（）()]{1,4})[）)]$", k)  # 数量（户）：12 is 12户
            if unit and re.fullmatch(r"[0-9.]+", v):
                v += unit.group(1)
            if k in ("单位", "计量单位") and what and re.search(r"[0-9]$", what) and len(v) <= 3:
                what += v  # 数量：5 / 单位：块
                continue
            if re.fullmatch(r"[0-9.]+[^0-9\s]{1,3}", v) and v in what:  # 走访独居老人12户 / 数量：12户
                continue
            bare = re.fullmatch(r"[0-9.,，约近余多]+[^\s，,。0-9]{1,3}", v)  # 数量：5块 runs on: 拆除店招5块
            what += v if bare and what else f"，{v}" if what else v
        if not what:
            continue
        if note and _FORM_FIX.search(note):  # the corrected submission replaces the one it corrects
            plain = re.sub(r"[0-9.]+", "", what)
            earlier = next(
                (
                    n
                    for n in range(len(said) - 1, -1, -1)
                    if said[n][0] == where and re.sub(r"[0-9.]+", "", said[n][1]) == plain
                ),
                None,
            )
            if earlier is not None:
                said.pop(earlier)
                fixed += 1
            note = ""
        sentence = f"{where}{what}" if where and not what.startswith(where) else what
        if note and not _FORM_ASIDE.search(note):  # a remark that says something (另有3处待清理), not 周六补报
            sentence += f"，{note}"
        said.append((where, what, sentence))
    log.work = [s for _, _, s in said]
    log.notes.append("收集表的提交時間、填報人、照片等欄未寫入")
    if fixed:
        log.notes.append(f"收集表裡 {fixed} 條被後來提交的更正取代，只寫更正後的")
    if planned:
        log.notes.append(f"收集表裡的 {planned} 條下周計劃不是已做的工作，未寫入")
    return log


_FORM_ACTIVITY = {"活动名称", "活动主题", "活动内容"}


def _place(key: str, value: str) -> str:
    """A form's place as a summary says it (网格：2 is 第2网格, 楼栋：5 is 5栋)."""
    if not value.isdigit():
        return value
    return f"第{value}网格" if "网格" in key else f"{value}栋" if "楼栋" in key else f"{key}{value}"


def _activity(form: dict[str, str]) -> str:
    """An activity's record as a sentence: 10月29日，在社区活动室开展重阳节文艺汇演，参加120人."""
    name = next((v for k, v in form.items() if k in _FORM_ACTIVITY and v), "")
    when = next((v for k, v in form.items() if k in ("时间", "日期", "活动时间") and v), "")
    where = next((v for k, v in form.items() if k in ("地点", "活动地点") and v), "")
    count = next((v for k, v in form.items() if "人数" in k and v), "")
    said = f"在{where}开展{name}" if where else f"开展{name}"
    return "，".join(p for p in (when, said, f"参加{count}" if count else "") if p)


def _form(chunk: str) -> dict[str, str]:
    """A submission's fields, an answer's further lines kept with it."""
    fields: dict[str, str] = {}
    key = ""
    for line in chunk.splitlines():
        m = _FORM_FIELD.match(line.strip())
        if m:
            key = m["key"]
            fields[key] = m["value"].strip()
        elif key and line.strip():
            joined = fields[key]
            fields[key] = f"{joined}{'' if not joined or re.search(r'[。；;，,]$', joined) else '；'}{line.strip()}"
    return fields


# an e-mail thread pasted whole: headers, the earlier mails quoted under 原始邮件 or >
_MAIL_HEADER = re.compile(
    r"^(?:回复|转发|答复|RE|Re|FW|Fw|Fwd)[：:]|^(?:发件人|收件人|抄送|发送时间|日期|主题|附件|From|To|Cc|Sent|Subject)[：:]"
)
_MAIL_SPLIT = re.compile(
    r"^[-—_ ]*(?:原始邮件|Original Message|转发的邮件|邮件原文)[-—_ ]*$|^>|^在\s*20[0-9]{2}年[^，,]{2,24}[，,][^，,]{1,40}写道[：:]$|^On .{4,80} wrote:$"
)
_MAIL_GREETING = re.compile(
    r"^[^，,。]{1,8}[，,](?:你好|您好|更新版见下|见下|如下)[：:，,]?\s*"
    r"|^(?:各位|大家)(?:领导|同事)?好[：:，,！!]\s*"
    r"|^(?:[^，,。：:]{0,12}(?:经理|主任|科长|书记|部长|站长|所长|老师|同志|领导|各位|们|你好|您好)|[^，,。：:]{1,12}(?:办|所|站|中心)、?[^，,。：:]{0,10})[：:，,]\s*"
)
_MAIL_LEAD = re.compile(r"^[^。：:]{0,20}(?:更正|更新|补充|汇报|报告|说明)如下[：:]")
_NOT_TO_USE = re.compile(
    r"(?:之前|上次|原来|那封|前面|先前)[^。]{0,12}(?:报的|写的|发的|说的|数据|数字|那封|邮件|统计)[^。]{0,20}(?:不要用|作废|不再使用|请勿使用)"
    r"|^旧版[^。0-9]{0,12}(?:不要用了?|请勿使用)[，,]?(?:以新[^。]{0,6}为准)?[。]?$"  # 旧版登记表不要用了，以新表为准: a notice
)


def mail_thread(block: str) -> Log | None:
    """An e-mail thread read into what its latest mail says (the latest corrects the ones it quotes:
    之前报的917户… 更正如下): the headers, greeting, signature and the earlier mails left out, a sentence
    that says an earlier figure is not to be used too. A latest mail that only agrees or says the rest
    stands (同意。/ 126户改为130户，其他不变) keeps the mail before it, its corrections made. None when the
    block is no thread."""
    lines = [line.strip() for line in block.splitlines()]
    if sum(1 for line in lines if _MAIL_HEADER.match(line)) < 2 or not any(
        re.match(r"^(?:发件人|From)[：:]", ln) for ln in lines
    ):
        return None
    mails: list[list[str]] = [[]]
    quoted = False
    for line in lines:
        bare = re.sub(r"^(?:>\s*)+", "", line)
        if line.startswith(">") and not quoted and any(mails[-1]):  # a quoted mail under the latest
            mails.append([])
        quoted = line.startswith(">") or (quoted and not line.strip())
        if (
            (_MAIL_SPLIT.match(line) and not bare.strip())
            or re.match(
                r"^[-—_ ]*(?:原始邮件|Original Message|转发的邮件|邮件原文)[-—_ ]*$|^_{5,}$"
                r"|^在\s*20[0-9]{2}年[^，,]{2,24}[，,][^，,]{1,40}写道[：:]$|^On .{4,80} wrote:$",  # (a reply's 在…，李明 <…> 写道：)
                bare,
            )
        ):
            mails.append([])
            continue
        if re.match(r"^(?:发件人|From)[：:]", bare) and any(mails[-1]):
            mails.append([])
        if _MAIL_HEADER.match(bare) or not bare.strip():
            continue
        mails[-1].append(bare.strip())
    bodies = [_mail_body(m) for m in mails if m]
    bodies = [b for b in bodies if b]
    if not bodies:
        return None
    said, used = bodies[0], 1
    # (a latest mail with no count of its own, or one that changes a figure and lets the rest stand)
    changes = re.findall(
        r"([0-9]+(?:\.[0-9]+)?[^0-9\s，,。；;]{0,3})(?:改为|改成|更正为)([0-9]+(?:\.[0-9]+)?[^0-9\s，,。；;]{0,3})",
        said,
    )
    if len(bodies) > 1 and (
        not find_figures(said) or changes or (len(said) < 40 and re.search(r"其他不变|其余不变|见下|同上", said))
    ):
        older = bodies[1]
        for old, new in changes:
            older = older.replace(old, new)
        if not changes:  # 更正：走访独居老人是88户，其他不变 — each count where the older mail counts the same thing
            older = _recounted(older, said)
        rest = re.sub(
            r"[^。！!；;]*(?:改为|改成|更正为|其他不变|其余不变|同意|收到|见下)[^。！!；;]*[。！!；;]?", "", said
        )
        said, used = older + rest, 2
    kept = [s for s in re.findall(r"[^。！!]+[。！!]?", said) if s.strip(" 。") and not _NOT_TO_USE.search(s)]
    log = Log(work=[s.strip() for s in kept])
    log.notes.append("郵件的收發信息、稱呼、署名未寫入")
    if len(bodies) > used:
        log.notes.append(f"往來郵件以最新的為準，較早的 {len(bodies) - used} 封未寫入")
    return log if log.work else None


def _recounted(older: str, latest: str) -> str:
    """The older mail with each count the latest gives again put in, where the words before both name the
    same thing (走访独居老人85户 with 走访独居老人是88户)."""
    for f in [f for f in find_figures(latest) if f.kind == "number" and f.unit]:
        said = re.sub(r"^.*[，,。：:；;]", "", latest[: f.start]).rstrip("是为")
        for g in reversed([g for g in find_figures(older) if g.kind == "number" and g.unit == f.unit]):
            there = re.sub(r"^.*[，,。：:；;]", "", older[: g.start])
            if len(said) >= 2 and (said.endswith(there[-4:]) or there.endswith(said[-4:])):
                older = older[: g.start] + f.text + older[g.end :]
                break
    return older


def _mail_body(lines: list[str]) -> str:
    """One mail's text: its greeting, signature, lead and asides on earlier reports left out, its lines
    its sentences (1. 2. numbers taken off)."""
    lines = list(lines)
    if lines and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", lines[-1]):  # the sender's name under the mail
        lines.pop()
    if lines:
        lines[0] = _MAIL_GREETING.sub("", lines[0], count=1)
    parts = [strip_leading_marks(line)[0] for line in lines if line]
    text = "".join(p if re.search(r"[。！!；;，,：:]$", p) else p + "；" for p in parts if p).rstrip("；")
    text = _MAIL_LEAD.sub("", text)
    text = re.sub(r"[（(][^（）()]*(?:之前报的|之前报|原报|此前报|上次报|前面报)[^（）()]*[）)]", "", text)
    return re.sub(r"(?:^|(?<=[。！!]))另外[，,]?", "", text)
