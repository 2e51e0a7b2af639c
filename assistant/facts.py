"""The facts file: a community's own facts, the only source of figures and names in a draft.

YAML, JSON or TOML by extension. Keys are canonical English names or their Chinese names in
either script. Errors name the file, the line where the format gives one, and the field:
``facts.yaml 第12行: work.宣傳發動 應為列表``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .documents import decode_bytes
from .errors import InputError
from .files import atomic_write
from .script import detect_script, to_simplified, to_traditional

KINDS = ("社區", "街道", "單位", "物業", "社區衛生服務中心", "村委會")
LIST_FIELDS = ("superiors", "results", "problems", "plans")

# Canonical key -> names a user may write (compared after conversion to Simplified).
ALIASES: dict[str, tuple[str, ...]] = {
    "community": ("community", "单位", "社区", "名称", "单位名称", "社区名称"),
    "period": ("period", "时段", "时间", "期间"),
    "topic": ("topic", "主题"),
    "kind": ("kind", "类型", "单位类型"),
    "superiors": ("superiors", "上级", "指导单位", "上级单位", "领导单位"),
    "work": ("work", "主要工作", "工作"),
    "results": ("results", "成效", "工作成效"),
    "problems": ("problems", "存在问题", "存在的问题", "问题"),
    "plans": ("plans", "下一步计划", "下一步工作计划", "计划", "下一步"),
    "author": ("author", "落款", "署名"),
    "date": ("date", "日期", "落款日期"),
}
_KEY_OF = {to_simplified(alias).lower(): key for key, names in ALIASES.items() for alias in names}
LABELS = {
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

    def items(self) -> list[str]:
        """Every sentence the user wrote, in order."""
        out = [s for items in self.work.values() for s in items]
        return out + self.results + self.problems + self.plans

    def all_text(self) -> str:
        """All fact text: what figures, dates and names in a draft may come from."""
        parts = [self.community, self.period, self.topic, self.kind or "", *self.superiors]
        parts += list(self.work) + self.items() + [self.author or "", self.date or ""]
        return "\n".join(p for p in parts if p)

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
            out["author"] = self.author
        if self.date:
            out["date"] = self.date
        return out


# ---------------------------------------------------------------------------- loading
class _LineFinder:
    """Line numbers of keys: exact from YAML's node marks, by search for JSON and TOML."""

    def __init__(self, text: str, yaml_lines: dict[tuple[str, ...], int] | None = None) -> None:
        self.text = text
        self.yaml_lines = yaml_lines

    def line(self, path: tuple[str, ...]) -> int | None:
        if self.yaml_lines is not None:
            while path:
                if path in self.yaml_lines:
                    return self.yaml_lines[path]
                path = path[:-1]
            return None
        lines = self.text.split("\n")
        start = 0
        found: int | None = None
        for key in path:  # each key searched after the line of its parent
            pattern = re.compile(rf"""(^|["'\s\[.]){re.escape(key)}(["'\]\s]*[:=]|\]|"\s*:|\s*=)""")
            for i in range(start, len(lines)):
                if pattern.search(lines[i]):
                    found, start = i + 1, i
                    break
        return found


def _yaml_key_lines(text: str) -> dict[tuple[str, ...], int]:
    import yaml

    lines: dict[tuple[str, ...], int] = {}

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = (*path, str(key_node.value))
                lines[key] = key_node.start_mark.line + 1
                walk(value_node, key)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[(*path, str(i))] = item.start_mark.line + 1
                walk(item, (*path, str(i)))

    with contextlib.suppress(yaml.YAMLError):  # syntax errors are reported by the parse itself
        walk(yaml.compose(text, Loader=yaml.SafeLoader), ())
    return lines


def parse_text(text: str, fmt: str, name: str) -> tuple[Any, _LineFinder]:
    """Parse YAML, JSON or TOML text; syntax errors name the line."""
    if fmt == "yaml":
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            # where the broken construct began is more useful than where the parser gave up
            mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
            where = f" 第{mark.line + 1}行" if mark is not None else ""
            problem = getattr(exc, "problem", None) or "語法錯誤"
            raise InputError(f"{name}{where}: YAML 格式錯誤（{problem}）", hint="注意縮進和冒號後的空格") from exc
        return data, _LineFinder(text, _yaml_key_lines(text))
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name} 第{exc.lineno}行: JSON 格式錯誤（{exc.msg}）") from exc
        return data, _LineFinder(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        where = f" 第{m.group(1)}行" if m else ""
        raise InputError(f"{name}{where}: TOML 格式錯誤（{exc}）") from exc
    return data, _LineFinder(text)


FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}


def load_facts(path: Path | str, partial: bool = False) -> Facts:
    """Load and validate a facts file; ``partial`` lets required fields be missing (chat fills them)."""
    path = Path(path)
    name = path.name
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{name}: 不支持的事實文件格式「{path.suffix or '無擴展名'}」", hint="請用 .yaml、.json 或 .toml"
        )
    if not path.is_file():
        raise InputError(f"{path}: 文件不存在", hint="可用 zongjie facts init 生成一個示例")
    try:
        data_bytes = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: 無法讀取（{exc.strerror}）") from exc
    if len(data_bytes) > 2 * 1024 * 1024:
        raise InputError(f"{name}: 文件過大，不像是事實文件")
    text = decode_bytes(data_bytes, name)
    data, finder = parse_text(text, fmt, name)
    facts = facts_from_data(data, name, finder, partial=partial)
    facts.source = str(path)
    return facts


def facts_from_data(data: Any, name: str, finder: _LineFinder | None = None, partial: bool = False) -> Facts:
    """Validate parsed data into :class:`Facts`; every error names the field (and its line)."""
    finder = finder or _LineFinder("")

    def fail(path: tuple[str, ...], problem: str, hint: str | None = None) -> InputError:
        line = finder.line(path) if path else None
        where = f" 第{line}行" if line else ""
        label = ".".join(path) if path else "文件"
        return InputError(f"{name}{where}: {label} {problem}", hint=hint)

    if data is None:
        raise InputError(f"{name}: 文件是空的", hint="可用 zongjie facts init 生成一個示例")
    if not isinstance(data, dict):
        raise fail((), "頂層應為「鍵: 值」的映射")

    values: dict[str, tuple[str, Any]] = {}
    for raw_key, value in data.items():
        key = canonical_key(str(raw_key))
        if key is None:
            raise fail((str(raw_key),), "不是可識別的字段", hint=f"可用字段：{'、'.join(LABELS.values())}")
        if key in values:
            raise fail((str(raw_key),), f"與「{values[key][0]}」重複（同一字段）")
        values[key] = (str(raw_key), value)

    def text_field(key: str, required: bool = False) -> str | None:
        if key not in values:
            if required and not partial:
                raise InputError(f"{name}: 缺少必填字段 {key}（{LABELS[key]}）")
            return None
        raw_key, value = values[key]
        if isinstance(value, dt.date):
            return f"{value.year}年{value.month}月{value.day}日"
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise fail((raw_key,), "應為文字")
        text = str(value).strip()
        if required and not text and not partial:
            raise fail((raw_key,), "不能為空")
        return text or None

    def text_list(key: str) -> list[str]:
        if key not in values:
            return []
        raw_key, value = values[key]
        if value is None:
            return []
        if key == "superiors" and isinstance(value, str):
            return [s.strip() for s in re.split(r"[、，,;；]", value) if s.strip()]
        return _sentences(value, (raw_key,), fail)

    community = text_field("community", required=True) or ""
    period = text_field("period", required=True) or ""
    kind = text_field("kind")
    if kind is not None:
        kind = to_traditional(kind)
        if kind not in KINDS:
            raise fail((values["kind"][0],), f"「{kind}」不是可用的類型", hint=f"可選：{'、'.join(KINDS)}")
    work: dict[str, list[str]] = {}
    if "work" in values:
        raw_key, value = values["work"]
        if not isinstance(value, dict):
            raise fail((raw_key,), "應為「類別: [條目, …]」的映射")
        for category, items in value.items():
            cat = str(category).strip()
            if not cat:
                raise fail((raw_key,), "有一個類別名稱是空的")
            work[cat] = _sentences(items, (raw_key, str(category)), fail)
            if not work[cat]:
                raise fail((raw_key, str(category)), "沒有條目", hint="每個類別至少寫一條做了什麼")
    return Facts(
        community=community,
        period=period,
        topic=text_field("topic") or "",
        kind=kind,
        superiors=text_list("superiors"),
        work=work,
        results=text_list("results"),
        problems=text_list("problems"),
        plans=text_list("plans"),
        author=text_field("author"),
        date=text_field("date"),
    )


def _sentences(value: Any, path: tuple[str, ...], fail: Any) -> list[str]:
    if not isinstance(value, list):
        raise fail(path, "應為列表", "每條寫成一行，以「- 」開頭")
    out: list[str] = []
    for i, item in enumerate(value):
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise fail((*path, str(i)), f"第{i + 1}條應為一句文字")
        text = str(item).strip()
        if text:
            out.append(text)
    return out


# ---------------------------------------------------------------------------- writing
def dump_facts(facts: Facts, path: Path) -> None:
    """Write facts in the format the extension asks for (YAML, JSON or TOML)."""
    data = facts.to_dict()
    fmt = FORMATS.get(path.suffix.lower(), "yaml")
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "toml":
        text = _to_toml(data)
    else:
        import yaml

        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _to_toml(data: dict[str, Any]) -> str:
    def value(v: Any) -> str:
        if isinstance(v, list):
            return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    lines = [f"{k} = {value(v)}" for k, v in data.items() if k != "work"]
    if data.get("work"):
        lines += ["", "[work]"] + [f"{json.dumps(k, ensure_ascii=False)} = {value(v)}" for k, v in data["work"].items()]
    return "\n".join(lines) + "\n"
