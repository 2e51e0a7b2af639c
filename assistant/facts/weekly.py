"""A month's (or a quarter's) weekly reports pasted one after another, each under its week as if the
week were a line of work (第1周（3月3日—3月9日）: 报送人：…, 本周工作：1. … 2. …, 本月累计：…, then
下周计划：… and 需协调事项：…).

A week is no line of work: the work done in all the weeks is gathered under the report's topic (each
part of a topic named 社区矫正和安置帮教 taking the items that name it), the running total written
every week counts once, as the last week wrote it, and the last week's plan for the week after the
period is the plans. The reporter's name, the earlier weeks' plans (done, or not, the next week) and
the requests to coordinate are left out, and the notes say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.core.clean import strip_leading_marks
from assistant.core.text import fold

_N = r"[0-9一二三四五六七八九十]{1,2}"
_DAY = rf"(?:{_N}月)?{_N}日?"
# 第1周（3月3日—3月9日）, 3月第2周, 3月3日—3月9日, 第3周周报, 【第4周】
WEEK_HEAD = re.compile(
    rf"^[【\[]?\s*(?:(?:{_N}月)?第{_N}周|{_N}月{_N}日?\s*[—\-－–~～至到]+\s*{_DAY})(?:周报|工作周报)?"
    rf"\s*(?:[（(]\s*{_DAY}\s*[—\-－–~～至到]+\s*{_DAY}\s*[）)])?\s*[】\]]?(?:周报|工作周报)?\s*$"
)
_FIELD = re.compile(
    r"^(?:(?P<done>本周工作|本周完成|本周工作内容|本周主要工作|工作内容)"
    r"|(?P<total>本月累计|累计|截至本周|截至目前)"
    r"|(?P<next>下周计划|下周工作|下周安排|下周工作计划)"
    r"|(?P<help>需协调(?:事项|解决|的事项)?|需要协调|需协助(?:事项)?)"
    r"|(?P<reporter>报送人|填报人|汇报人|报告人))\s*[:：]\s*"
)
_TOPIC_PARTS = re.compile(r"和|与|及|、")


@dataclass
class Weeks:
    """The weekly reports read: work under the topic's parts, the running total, plans, notes."""

    work: dict[str, list[str]]
    results: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _is_week(name: str) -> bool:
    """A category named as a week: 第1周, 3月第2周, or a range of days no longer than a week and a half
    (7月1日—7月31日 is a month's report, not a week's)."""
    folded = fold(name).strip()
    if not WEEK_HEAD.match(folded):
        return False
    days = re.findall(r"(?:([0-9]{1,2})月)?([0-9]{1,2})日?", re.sub(r"第[0-9一二三四五六七八九十]{1,2}周", "", folded))
    days = [(int(m) if m else 0, int(d)) for m, d in days if d]
    if len(days) >= 2:
        (m1, d1), (m2, d2) = days[0], days[-1]
        span = d2 - d1 if (m2 or m1) == m1 else d2 + 31 - d1
        return 0 <= span <= 10
    return True


def is_weekly(work: dict[Any, Any]) -> bool:
    """Two or more categories named as weeks, and a week's own field (本周工作：, 下周计划：) in them."""
    weeks = [str(k) for k in work if _is_week(str(k))]
    return len(weeks) >= 2 and any(_FIELD.match(fold(line)) for k in weeks for line in _lines(work[k]))


# 报送人：赵晓梅 本周工作：… on one line: each field its own line
_FIELD_ON = re.compile(r"[ \u3000]+(?=(?:本周工作|本周完成|下周计划|下周工作|需协调|本月累计|累计)[^：:\s]{0,4}[：:])")


def _lines(items: Any) -> list[str]:
    values = items if isinstance(items, list) else [items]
    lines = [ln.strip() for v in values if isinstance(v, str) for ln in v.splitlines() if ln.strip()]
    return [part for ln in lines for part in _FIELD_ON.split(ln) if part.strip()]


def _split(text: str) -> list[str]:
    return [p.strip(" ；;。") for p in re.split(r"[；;]", text) if p.strip(" ；;。")]


def weekly_reports(work: dict[Any, Any], topic: str) -> Weeks:
    """The weeks' work gathered, in the order done; see the module's docstring. A category that is no
    week (党建引领 beside the weeks) keeps its name and its items."""
    done: list[str] = []
    totals: list[str] = []
    plans: list[str] = []
    reporters = helps = earlier_plans = 0
    weeks = [(k, v) for k, v in work.items() if _is_week(str(k))]
    others = {k: v for k, v in work.items() if not _is_week(str(k))}
    for n, (_week, items) in enumerate(weeks):
        last = n == len(weeks) - 1
        kind = "done"
        held = False
        total: list[str] = []
        for line in _lines(items):
            m = _FIELD.match(fold(line))
            if m:
                kind = next(k for k in ("done", "total", "next", "help", "reporter") if m.group(k))
                line = line[m.end() :]
                total = [] if kind == "total" else total
                held = bool(line.strip())  # 需协调事项：无 holds its own line; 下周计划： the lines below
            elif (
                kind in ("next", "help") and held and not re.match(r"^(?:[0-9]{1,2}[.、．)）](?![0-9])|[-•·]\s)", line)
            ):
                kind = "done"  # 另外为3户老人安装了扶手 after 需协调事项：无 is the week's work again
            line = strip_leading_marks(line)[0].strip(" ；;。")
            if kind == "reporter":
                reporters += 1
                kind = "done"
                continue
            if not line or re.fullmatch(r"无|暂无|没有", line):
                continue
            if kind == "done":
                done.append(
                    re.sub(r"(?:(?<=[，,；;])|^)本周(?=[\u4e00-\u9fff])(?![末一二三四五六日天内])", "", line)
                )  # 本周核查17人次: the week's
            elif kind == "total":
                total.append(line)  # (a total on lines of its own under 本月累计：)
                totals = ["，".join(total)]  # each week writes the month so far: the last one stands
            elif kind == "next":
                if last:
                    plans += _split(line)
                else:
                    earlier_plans += 1
            else:
                helps += 1
    out = Weeks(
        work={**_by_topic(done, topic), **others},
        results=[f"累计{t}" if not t.startswith("累计") else t for t in totals],
    )
    out.plans = plans
    if reporters:
        out.notes.append(f"周報的報送人（{reporters} 處）是周報自己的，未寫入")
    if earlier_plans:
        out.notes.append(f"前幾周的「下周計劃」{earlier_plans} 條是當時的打算，已在下一周的工作裡，未寫入")
    if helps:
        out.notes.append(f"周報裡「需協調」的 {helps} 條是當時要協調的事，未寫入；還沒解決的請寫進存在問題")
    out.notes.append(f"{len(weeks)} 期周報按工作歸類，不按周排列；各周重複的累計數只用最後一周的")
    return out


def _by_topic(items: list[str], topic: str) -> dict[str, list[str]]:
    """Items under the parts of the topic they name (社区矫正和安置帮教: 入矫 → 社区矫正, 帮教 → 安置
    帮教); an item naming neither goes with the first part, and a topic of one part takes them all."""
    name = re.sub(r"工作$", "", fold(topic).strip()) or "主要工作"
    parts = [p for p in _TOPIC_PARTS.split(name) if len(p) >= 2]
    if any(len(p) < 4 for p in parts) or re.search(r"参与|和美|和谐|和睦|与时|及时|给予|赋予", name):
        parts = [name]  # 居民参与和美家园建设 is one line of work, not 居民参 and 美家园建设
    if len(parts) < 2:
        return {name: items}
    grouped: dict[str, list[str]] = {p: [] for p in parts}
    for item in items:
        scores = [_names(p, fold(item)) for p in parts]
        best = max(range(len(parts)), key=lambda i: scores[i])  # the first part on a tie
        grouped[parts[best]].append(item)
    return {p: got for p, got in grouped.items() if got}


# words any part of a topic may hold, which name none of them
_GENERIC = re.compile(r"^社区|^村|服务$|工作$|管理$|建设$")
_COMMON_CHARS = set("助服务工作管理社区人民会中心")


def _names(part: str, item: str) -> int:
    """How surely an item names a part of the topic: its core word (矫正 of 社区矫正) whole counts 3,
    each of the core's telling characters (矫 in 入矫) 1."""
    core = _GENERIC.sub("", _GENERIC.sub("", part)) or part
    if core in item:
        return 3
    return sum(1 for c in set(core) - _COMMON_CHARS if c in item)
