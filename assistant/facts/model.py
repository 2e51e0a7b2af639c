"""The facts file: a community's own facts, the only source of figures and names in a draft.

YAML, JSON or TOML by extension. Keys are canonical English names or their Chinese names in
either script. Errors name the file, the line where the format gives one, and the field:
``facts.yaml 第12行: work.宣傳發動 應為列表``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.clean import chat_block, clean_item, pasted_messages
from assistant.core.dates import STAMP_CLOCK, date_text, impossible_date, read_full_date
from assistant.core.errors import InputError
from assistant.core.files import atomic_write, read_limited
from assistant.core.offices import KINDS, kind_of_word, kind_words
from assistant.core.periods import NEXT_YEAR, year_after
from assistant.core.script import convert, detect_script, to_simplified
from assistant.facts.bulletins import read_bulletins
from assistant.facts.cells import quoted_cells_joined
from assistant.facts.corrections import not_held
from assistant.facts.formats import FACTS_FORMATS, LineFinder, duplicate_key, parse_text
from assistant.facts.relay import RELAYED, is_relay, relay_items
from assistant.facts.scanned import rescanned
from assistant.facts.shapes import months_by_total, spaced_rows, spaced_table, unread_table
from assistant.facts.slides import is_slides, slide_points
from assistant.facts.tables import table_header, table_sentences
from assistant.facts.weekly import Weeks, is_weekly, weekly_reports
from assistant.facts.worklogs import (
    checklist,
    daily_reports,
    form_submissions,
    is_checklist,
    latest_counts,
    mail_thread,
)
from assistant.io.plain import decode_bytes

LIST_FIELDS = ("superiors", "results", "problems", "plans")


# Canonical key -> names a user may write (compared after conversion to Simplified).
ALIASES: dict[str, tuple[str, ...]] = {
    # the English a clerk guesses as well as ours (heldout40's facts wrote type: 社区)
    "community": (
        "community",
        "unit",
        "office",
        "organization",
        "organisation",
        "name",
        "单位",
        "社区",
        "名称",
        "单位名称",
        "社区名称",
    ),
    "period": ("period", "time", "term", "时段", "时间", "期间"),
    "topic": ("topic", "subject", "theme", "主题"),
    "kind": ("kind", "type", "office_type", "unit_type", "类型", "单位类型"),
    "superiors": ("superiors", "superior", "leaders", "supervisors", "上级", "指导单位", "上级单位", "领导单位"),
    "work": ("work", "main_work", "tasks", "works", "主要工作", "工作"),
    "results": ("results", "outcomes", "achievements", "成效", "工作成效"),
    "problems": ("problems", "issues", "shortcomings", "存在问题", "存在的问题", "问题"),
    "plans": ("plans", "plan", "next_steps", "next steps", "下一步计划", "下一步工作计划", "计划", "下一步"),
    "author": ("author", "signature", "signed", "signed_by", "落款", "署名"),
    "date": ("date", "signed_on", "日期", "落款日期"),
}
_KEY_OF = {to_simplified(alias).lower(): key for key, names in ALIASES.items() for alias in names}
FIELD_LABELS = {
    "community": "單位/社區名稱",
    "period": "時段",
    "topic": "主題",
    "kind": "類型",
    "superiors": "上級單位",
    "work": "主要工作",
    "results": "成效",
    "problems": "存在問題",
    "plans": "下一步計劃",
    "author": "落款",
    "date": "日期",
}


def canonical_key(name: str) -> str | None:
    return _KEY_OF.get(to_simplified(str(name)).strip().lower())


# where a spoken list goes on to its next item: 一个是…, 然后还有就是…, 另外就是… (not 另外两个小区)
_SAID_LEAD = re.compile(r"^[ \u3000]*(?:然后)?(?:还有就是|还有一个是|另外就是|另外一个是)[ \u3000，,]*")
_FIRST_SAID = re.compile(r"^[ \u3000]*(?:第一个是|一个是|首先是)[ \u3000，,]*")
_SAID_APART = re.compile(r"[ \u3000，,。；;]+(?=(?:然后)?(?:还有就是|还有一个是|另外就是|另外一个是|二是|三是|四是))")


@dataclass
class Facts:
    community: str
    period: str
    topic: str = ""  # no default: a draft names a topic only when the user gave one
    kind: str | None = None
    superiors: list[str] = field(default_factory=list)
    work: dict[str, list[str]] = field(default_factory=dict)
    results: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)
    author: str | None = None
    date: str | None = None
    source: str = ""
    notes: list[str] = field(default_factory=list)  # what cleaning changed (clean.clean_item)
    unknown_kind: str = ""  # a 類型 the tool has no voice for (網格工作站): drafted as a 單位, and said so

    def items(self) -> list[str]:
        """Every sentence the user wrote, in order."""
        out = [s for items in self.work.values() for s in items]
        return out + self.results + self.problems + self.plans

    def all_text(self) -> str:
        """All fact text: what figures, dates and names in a draft may come from."""
        parts = [self.community, self.period, self.topic, self.kind or "", *self.superiors]
        parts += list(self.work) + self.items() + [self.author or "", self.date or ""]
        return "\n".join(p for p in parts if p) + self._next_year()

    def _next_year(self) -> str:
        """明年 in the notes of a year is the year after it (2025年's 明年9月 is 2026年9月): a
        draft written after the year says so, and that year comes from the facts."""
        named = [i for i in self.items() if NEXT_YEAR.search(i)]
        year = year_after(self.period, dt.date.today()) if named else None
        return "".join(f"\n{NEXT_YEAR.sub(year, i)}" for i in named) if year else ""

    @property
    def script(self) -> str:
        return detect_script(self.all_text())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"community": self.community, "period": self.period}
        if self.topic:
            out["topic"] = self.topic
        if self.kind:
            out["kind"] = self.kind
        for key in ("superiors", "work", "results", "problems", "plans"):
            value = getattr(self, key)
            if value:
                out[key] = value
        if self.author:
            out["author"] = self.author.split("\n") if "\n" in self.author else self.author
        if self.date:
            out["date"] = self.date
        return out


# ---------------------------------------------------------------------------- loading
MAX_FACTS_BYTES = 2 * 1024 * 1024  # a facts file is a page or two
MAX_ITEM_CHARS = 20_000  # an item, a pasted book of a few hundred rows at most
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[T ].*)?$")  # what YAML would read as a date


def load_facts(path: Path | str, partial: bool = False) -> Facts:
    """Load and validate a facts file; ``partial`` lets required fields be missing (chat fills them)."""
    path = Path(path)
    name = path.name
    fmt = FACTS_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{name}: 不支持的事實文件格式「{path.suffix or '無擴展名'}」", hint="請用 .yaml、.json 或 .toml"
        )
    if not path.exists():
        raise InputError(f"{path}: 文件不存在", hint="可用 zongjie facts init 生成一個示例")
    text = decode_bytes(read_limited(path, MAX_FACTS_BYTES, "事實文件"), name)
    data, finder = parse_text(text, fmt, name)
    facts = facts_from_data(data, name, finder, partial=partial)
    facts.source = str(path)
    return facts


def facts_from_data(
    data: Any, name: str, finder: LineFinder | None = None, partial: bool = False, longest: int | None = MAX_ITEM_CHARS
) -> Facts:
    """Validate parsed data into :class:`Facts`; every error names the field (and its line).

    Text is cleaned as it is read (:func:`clean.clean_item`): control characters go, and are
    counted in ``Facts.notes``; an item's lines become one line.
    """
    finder = finder or LineFinder("")
    notes: list[str] = []

    def fail(path: tuple[str, ...], problem: str, hint: str | None = None) -> InputError:
        line = finder.line(path) if path else None
        where = f" 第{line}行" if line else ""
        label = ".".join(path) if path else "文件"
        return InputError(f"{name}{where}: {label} {problem}", hint=hint)

    def clean(text: str, path: tuple[str, ...]) -> str:
        # (one line of 450,000 characters: no line of work, and slow to draft — hostile76; an extraction keeps what it
        # read, for the clerk to split)
        if longest is not None and len(text) > longest:
            raise fail(
                path,
                f"有 {len(text)} 個字，一條事實寫不了這麼長（最多 {longest} 字）",
                hint="請把它拆成幾條，每條一件事；整份材料請用 zongjie facts extract 整理",
            )
        cleaned, changes = clean_item(text)
        cleaned, scanned = rescanned(cleaned)
        changes += scanned
        notes.extend(f"{'.'.join(path)}：{change}" for change in changes)
        return cleaned

    if data is None:
        raise InputError(f"{name}: 文件是空的", hint="可用 zongjie facts init 生成一個示例")
    if not isinstance(data, dict):
        raise fail((), "頂層應為「鍵: 值」的映射")

    values: dict[str, tuple[str, Any]] = {}
    for raw_key, value in data.items():
        key = canonical_key(clean_item(str(raw_key))[0])
        if key is None:
            raise fail((str(raw_key),), "不是可識別的字段", hint=f"可用字段：{'、'.join(FIELD_LABELS.values())}")
        if key in values:
            first = values[key][0]
            label = f"{FIELD_LABELS[key]}（「{first}」和「{raw_key}」是同一個字段）"
            raise duplicate_key(name, label, finder.line((first,)), finder.line((str(raw_key),)))
        values[key] = (str(raw_key), value)

    def text_value(value: Any, path: tuple[str, ...], what: str = "應為文字") -> str:
        if isinstance(value, dt.date):
            return f"{value.year}年{value.month}月{value.day}日"
        if isinstance(value, float) and not math.isfinite(value):
            raise fail(path, f"{what}（不能是 NaN 或無窮大）")
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise fail(path, what)
        return clean(str(value), path)

    def text_field(key: str, required: bool = False) -> str | None:
        if key not in values:
            if required and not partial:
                raise InputError(f"{name}: 缺少必填字段 {key}（{FIELD_LABELS[key]}）")
            return None
        raw_key, value = values[key]
        # 主題: with nothing after it, as the template's 「可不寫」 invites: the field left empty
        text = "" if value is None else text_value(value, (raw_key,))
        if required and not text and not partial:
            raise fail((raw_key,), "不能為空")
        return text or None

    def author_field() -> str | None:
        """落款: one line, or a list of lines for offices that sign together (黨支部 over 村委會)."""
        if "author" in values and isinstance(values["author"][1], list):
            return "\n".join(sentences(values["author"][1], (values["author"][0],))) or None
        return text_field("author")

    def text_list(key: str) -> list[str]:
        if key not in values:
            return []
        raw_key, value = values[key]
        if value is None:
            return []
        if key == "superiors" and isinstance(value, str):
            parts = (clean(s, (raw_key,)) for s in re.split(r"[、，,;；]", value))
            return [s for s in parts if s]
        # 存在问题: 问题的话 一个是…然后还有就是… (a voice note pasted as one block, heldout53): an item a
        # message or a line, and one said after another in it (一个是, 还有就是) its own item
        if key in ("results", "problems", "plans") and isinstance(value, str):
            said = [_SAID_LEAD.sub("", part) for block in pasted_messages(value) for part in _SAID_APART.split(block)]
            return sentences([part for part in said if part.strip(" ，,。；;")], (raw_key,))
        listed = sentences(value, (raw_key,))
        if key in ("results", "problems", "plans"):
            # (a problem said as 一个是… 还有就是… in one item: each its own — the hostile pass of round 88)
            listed = [
                part
                for text in listed
                for part in (
                    [_SAID_LEAD.sub("", p) for p in _SAID_APART.split(_FIRST_SAID.sub("", text))]
                    if _FIRST_SAID.match(text) and _SAID_APART.search(text)
                    else [text]
                )
                if part.strip(" ，,。；;")
            ]
        return listed

    def sentences(value: Any, path: tuple[str, ...]) -> list[str]:
        if not isinstance(value, list):
            raise fail(path, "應為列表", "每條寫成一行，以「- 」開頭")
        out = []
        for i, item in enumerate(value):
            text = text_value(item, (*path, str(i)), f"第{i + 1}條應為一句文字")
            if text:
                out.append(text)
        return out

    community = text_field("community", required=True) or ""
    period = text_field("period", required=True) or ""
    kind = text_field("kind")
    unknown_kind = ""
    if kind is not None:
        known = kind_of_word(kind)  # 村, 居委會, 物業公司: the plain words offices use
        # 學校, 幼兒園, 敬老院, 圖書館, 文化站, 老年大學, 城管科: an office of its own kind (round 12's
        # facts said 學校, heldout31's 老年大學)
        if known is None and not re.search(
            r"(?:[站所室会會队隊部联聯校园園院馆館局办辦委社学學科组組团團点點]|中心|协会|協會)$", kind.strip()
        ):
            raise fail(
                (values["kind"][0],),
                f"「{kind}」不是可用的類型",
                hint=f"可寫：{'、'.join(KINDS)}，或 {'、'.join(kind_words())} 等",
            )
        # an office of its own kind (網格工作站, 退役軍人服務站, 婦聯): written in a 單位's voice, and
        # the draft's notes say so, rather than refusing the clerk's own word for the office
        unknown_kind = kind if known is None else ""
        kind = known or "單位"
    date = text_field("date")
    if date and _ISO_DATE.match(date):
        day = read_full_date(date.split("T")[0].split(" ")[0])
        if day is None:
            raise fail((values["date"][0],), f"「{date}」不是有效的日期", hint="例如 2024-07-05 或 2024年7月5日")
        date = date_text(day)
    if date and impossible_date(date):  # 2026年2月30日 was signed as typed (the hostile pass)
        raise fail((values["date"][0],), f"「{date}」不是有效的日期", hint="請核對月份和日子，例如 2026年1月8日")
    work: dict[str, list[str]] = {}
    logged_problems: list[str] = []  # a daily report's 存在问题
    weekly: Weeks | None = None
    if "work" in values:
        raw_key, value = values["work"]
        if not isinstance(value, dict):
            raise fail((raw_key,), "要按類別分開寫，每類下面一條一行", hint=_work_example(raw_key, value))
        seen: dict[str, str] = {}
        csv_header: list[list[str]] = []  # a CSV ledger's header, given once over several categories
        if is_weekly(value):  # weekly reports, each under its week: the work under the topic's parts
            weeks = weekly_reports(value, text_field("topic") or "")
            value, weekly = weeks.work, weeks
            notes.extend(f"{raw_key}：{note}" for note in weeks.notes)
        for category, items in value.items():
            path = (raw_key, str(category))
            cat = text_value(category, path, "類別名稱應為文字")
            if not cat:
                raise fail((raw_key,), "有一個類別名稱是空的")
            same = to_simplified(cat)
            if same in seen:  # 宣傳 and 宣传: one category written twice
                label = f"{raw_key}.{category}（與「{seen[same]}」是同一類）"
                raise duplicate_key(name, label, finder.line((raw_key, seen[same])), finder.line(path))
            seen[same] = str(category)
            # 宣傳: 發放資料100份 on the category's own line is that category's one item
            # (a block pasted under it, a group's export or lines one under another: an item a message)
            # (a table copied from Excel: a sentence a row, as its header reads: heldout51)
            block = _read_block(items, path, notes, csv_header, logged_problems)
            read = sentences(block, path)
            kept = [i for i in read if not _called_off(i, path, notes)]
            work[cat] = kept or read  # (a category never emptied by it)
            if not work[cat]:
                raise fail(path, "沒有條目", hint="每個類別至少寫一條做了什麼")
    # an activity the problems say did not take place is not told as done (heldout59's copied paragraph)
    problems_given = text_list("problems")  # (once: reading a field notes what cleaning changed)
    work, unheld = not_held(work, problems_given)
    notes += unheld
    facts = Facts(
        community=community,
        period=period,
        # 春风行动 就业服务: two names a space apart are listed (春风行动、就业服务), as a title lists them
        topic=re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "、", text_field("topic") or ""),
        kind=kind,
        superiors=text_list("superiors"),
        work=work,
        results=text_list("results") + (weekly.results if weekly else []),
        problems=problems_given + [clean(p, ("存在问题",)) for p in logged_problems if p not in problems_given],
        plans=text_list("plans") or (weekly.plans if weekly else []),
        author=author_field(),
        date=date,
        notes=notes,
        unknown_kind=unknown_kind,
    )
    if not work and not partial:  # a summary without its main part is no draft at all
        hint = "至少寫一類工作，每類至少一條"
        if "work" in values:
            raise fail((values["work"][0],), "沒有內容", hint=hint)
        raise InputError(f"{name}: 缺少必填字段 work（主要工作）", hint=hint)
    return facts


# an item the clerk marked as called off (…参观学习40人。（此条划去 经费未批 活动取消）)
# (the bracket says so of the item itself: not （划去的6户为空置房）, （作废证件已全部销毁）, （删掉重复登记的3户后）)
_CALLED_OFF = re.compile(
    r"[（(](?:此条|本条|该条|这条|此项|该项|活动)?[ ]?已?(?:划去|删去|删掉|作废|取消)了?(?=[ ，,）)])[^（）()0-9改]{0,16}[）)][。.]?$"
)


def _called_off(item: str, path: tuple[str, ...], notes: list[str]) -> bool:
    if not _CALLED_OFF.search(item):
        return False
    notes.append(f"{'.'.join(path)}：「{item[:24]}…」標明已劃去或取消，未寫入")
    return True


_STAMPED = re.compile(rf"(?<![0-9]){STAMP_CLOCK}(?![0-9])")  # a message's time (08:31)


def _read_block(
    items: Any, path: tuple[str, ...], notes: list[str], header: list[list[str]], problems: list[str]
) -> Any:
    """A category's items as the clerk pasted them, read into one item a line of work: a table (Excel,
    Word, CSV), a run of daily reports, a checklist, a group's history or lines one under another."""
    log = None
    # a block pasted as the one item of its category (- | and the book under it): the block itself (hostile64)
    one = items[0] if isinstance(items, list) and len(items) == 1 and isinstance(items[0], str) else ""
    told: list[str] = []  # (a 合计 its rows do not bear out, for the report)
    if one.strip().count("\n") >= 2 and (
        rows := table_sentences(one, notes=told)
    ):  # (only a table: other blocks stay one item)
        notes.extend(f"{'.'.join(path)}：{note}" for note in told)
        return rows
    if one and chat_block(one):  # (or a few messages of a group, each its own: the hostile pass of round 88)
        items = one
    # (or among the category's other items: 召开居民议事会… then - | and its sign-in sheet — hostile76)
    if (
        isinstance(items, list)
        and len(items) > 1
        and any(isinstance(i, str) and i.strip().count("\n") >= 2 for i in items)
    ):
        items = [
            row
            for i in items
            for row in (
                (table_sentences(i, notes=told) or [i]) if isinstance(i, str) and i.strip().count("\n") >= 2 else [i]
            )
        ]
        notes.extend(f"{'.'.join(path)}：{note}" for note in told)
    pasted = [items] if isinstance(items, str) else items if isinstance(items, list) else []
    if pasted and all(isinstance(i, str) for i in pasted) and (news := read_bulletins(pasted)):
        notes.extend(f"{'.'.join(path)}：{note}" for note in news.notes)
        return news.work
    if isinstance(items, list) and all(isinstance(i, str) for i in items) and is_slides(items):
        points, told = slide_points(items)  # 第三部分 亮点工作, ● 一老一小 over its points
        notes.extend(f"{'.'.join(path)}：{note}" for note in told)
        items = points
    if isinstance(items, str):
        log = daily_reports(items) or mail_thread(items) or form_submissions([items])
        if log is None:
            if opened := table_header(items):  # the header a later block may go on under
                header[:] = [opened]
            block: Any = table_sentences(items, header[0] if header else None, told)
            if block:
                notes.extend(f"{'.'.join(path)}：{note}" for note in told)
                return block
            block = pasted_messages(items)
            recounted = 0
            if sum(1 for m in block if _STAMPED.search(m.split("\n")[0])) >= 2:  # a group's history only
                block, recounted = latest_counts(block)
            if recounted:  # a later message counted again: the last count stands
                notes.append(f"{'.'.join(path)}：後來的消息又報了更新的累計數，{recounted} 處舊累計數未寫入")
            log = checklist(block) if is_checklist(block) else None
            if log is None:
                return block
    elif isinstance(items, list) and all(isinstance(i, str) for i in items) and is_relay(items):
        said, edits = relay_items(items)  # a group's 接龙: the entries without the call, the tag or the names
        if edits:
            notes.append(f"{'.'.join(path)}：{RELAYED}")
        return said
    elif isinstance(items, list) and all(isinstance(i, str) for i in items) and (log := form_submissions(items)):
        pass
    elif isinstance(items, list) and len(items) >= 3 and all(isinstance(i, str) for i in items):
        items = quoted_cells_joined(items)  # (a cell with line breaks, copied from Excel in "…": heldout80)
        if (by_month := months_by_total(items)) is not None:  # (a monthly report on its side: heldout83)
            return by_month
        items = spaced_table(items) or spaced_rows(items, header[0] if header else None) or items
        # (cells set apart by one space: heldout67's roster; rows going on so under a header before: heldout69)
        if opened := table_header("\n".join(items)):  # the header a later category may go on under (heldout69)
            header[:] = [opened]
        # CSV rows as list items, or rows numbered on under a header given in a block before (heldout58)
        # (or of columns set apart by spaces, as a 值班日志 lines them up: heldout62; under a title line: heldout63)
        celled = any(
            "," in item
            or re.search(r"\t|[|｜].*[|｜]", item)
            or re.search(r"\S(?: {2,}|\u3000)\S.*\S(?: {2,}|\u3000)\S", item)
            for item in items[:6]  # (a notice's head over its table: 文号, title, office: heldout65)
        )
        # (a header from a category before only over rows set apart as cells: numbered items typed with one space are
        # items, not its rows — hostile68)
        rows = table_sentences("\n".join(items), header[0] if header else None) if celled else None
        if rows:
            return rows
        if unread := unread_table(items, path[-1] if path else ""):
            items, why = unread
            notes.append(why)
            return items
        if not is_checklist(items):
            return items
        log = checklist(items)
    else:
        return items
    notes.extend(f"{'.'.join(path)}：{note}" for note in log.notes)
    problems.extend(p for p in log.problems if p not in problems)
    return log.work


def _work_example(key: str, value: Any) -> str:
    """How the user's own first item goes under a category, as the hint shows it."""
    from assistant.facts.categories import classify

    first = next((str(v) for v in value if str(v).strip()), "") if isinstance(value, list) else str(value or "")
    first = clean_item(first)[0] if first else "發放宣傳資料100份"
    entry = classify(first)
    category = convert(entry.name, detect_script(first)) if entry is not None else "類別名稱"
    return f"例如：\n{key}:\n  {category}:\n    - {first}"


# ---------------------------------------------------------------------------- writing
def dump_facts(facts: Facts, path: Path) -> None:
    """Write facts in the format the extension asks for (YAML, JSON or TOML)."""
    data = facts.to_dict()
    fmt = FACTS_FORMATS.get(path.suffix.lower(), "yaml")
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "toml":
        text = _to_toml(data)
    else:
        import yaml

        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def save_facts(facts: Facts, path: Path | None, force: bool = False) -> Path:
    """Save facts as a facts file (default: 單位+時段.yaml); an existing file needs ``force``."""
    from assistant.core.files import check_output

    path = path or Path(f"{facts.community}{facts.period}.yaml")
    if path.suffix.lower() not in FACTS_FORMATS:
        raise InputError(f"{path.name}：事實文件請用 .yaml、.json 或 .toml 擴展名")
    check_output(path, force)
    dump_facts(facts, path)
    return path


def _to_toml(data: dict[str, Any]) -> str:
    def value(v: Any) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    lines = [f"{k} = {value(v)}" for k, v in data.items() if k != "work"]
    if data.get("work"):
        lines += ["", "[work]"] + [f"{json.dumps(k, ensure_ascii=False)} = {value(v)}" for k, v in data["work"].items()]
    return "\n".join(lines) + "\n"
