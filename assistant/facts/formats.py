"""Parsing facts files (YAML, JSON, TOML) as data a hostile file cannot turn into work.

Every failure is an :class:`InputError` naming the file and, where the format gives one, the line:
syntax errors, a key written twice (both lines named: the second would silently win), nesting a
parser cannot follow, aliases that expand a small file into gigabytes, and numbers Python will
not convert. Numbers and dates are kept as the user wrote them: facts are text.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import TomlError, parse_toml

FACTS_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}
MAX_ALIASES = 100  # a facts file has no need for many YAML aliases (*name)
MAX_NODES = 100_000  # values after aliases are expanded: thousands in a real facts file
MAX_FACTS_CHARS = 4_000_000  # characters after expansion: twice the largest file we read


class LineFinder:
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


def parse_text(text: str, fmt: str, name: str) -> tuple[Any, LineFinder]:
    """Parse YAML, JSON or TOML text into plain data, checked for size after expansion."""
    try:
        if fmt == "yaml":
            data, finder = _parse_yaml(text, name)
        elif fmt == "json":
            data, finder = _parse_json(text, name), LineFinder(text)
        else:
            data, finder = _facts_toml(text, name), LineFinder(text)
    except RecursionError as exc:
        raise InputError(f"{name}：嵌套層次過深，不像是事實文件") from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise InputError(f"{name}：無法讀取其中的數值（{exc}）", hint="很長的數字請加引號寫成文字") from exc
    _check_expanded_size(data, name)
    return data, finder


def _check_expanded_size(data: Any, name: str) -> None:
    """Walk the data as the validation will, by reference: aliases count each time they are used."""
    nodes = chars = 0
    stack = [data]
    while stack:
        value = stack.pop()
        nodes += 1
        if isinstance(value, str):
            chars += len(value)
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
        if nodes > MAX_NODES or chars > MAX_FACTS_CHARS:
            raise InputError(
                f"{name}：展開後內容過大（YAML 別名 * 重複引用了大量內容），不像是事實文件",
                hint="事實文件不需要別名（&名稱 和 *名稱），請直接寫出內容",
            )


# ------------------------------------------------------------------------------ YAML
# a field name at a line's start followed by a full-width colon and no half-width one
_FULL_WIDTH_KEY = re.compile(r"^[ \t]*(?P<key>[^\s:：#\-\[{][^:：\n]{0,15}?)：[^\n:]*$", re.M)


# a row pasted from Excel or WPS as an item (- 日期<Tab>网格<Tab>户数): YAML takes no tab inside a plain
# value, so such a line is read as the double-quoted text it was meant to be, cells and empty cells kept
_TABBED_ITEM = re.compile(r"^(?P<lead>[ ]*(?:- |[^\s#:\-\[{'\"][^:\t\n]{0,30}?: ))(?P<value>[^\n]*\t[^\n]*)$", re.M)
_TAB_PROBLEM = "found character '\\t' that cannot start any token"


def _tabs_quoted(text: str) -> str:
    def quoted(m: re.Match[str]) -> str:
        value = m.group("value")
        if value.lstrip(" \t")[:1] in {'"', "'", "[", "{", "|", ">", "&", "*", "!"}:
            return m.group(0)  # already written as YAML wants it, or a form this cannot mean
        # (a comment after a space, as YAML has it; not #文明城市创建# after a tab, a cell's own hashtag)
        value = re.split(r" #", value, maxsplit=1)[0].rstrip(" \t")
        return m.group("lead") + json.dumps(value, ensure_ascii=False)

    out: list[str] = []
    block = -1  # the indent of a block scalar's key (备注: |), whose lines are its text, tabs and all
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if block >= 0 and (not line.strip() or indent > block):
            out.append(line)
            continue
        block = -1
        if re.search(r":[ \t]+[|>][+-]?[0-9]?[ \t]*(?:#.*)?$|^[ ]*-[ \t]+[|>][+-]?[0-9]?[ \t]*$", line):
            block = indent
            out.append(line)
            continue
        out.append(_TABBED_ITEM.sub(quoted, line))
    return "\n".join(out)


def _parse_yaml(text: str, name: str, tabs_read: bool = False) -> tuple[Any, LineFinder]:
    import yaml

    loader = None
    try:
        loader = _loader_class()(text)  # the reader refuses raw control characters right here
        node = loader.get_single_node()
        lines = _yaml_key_lines(node, name) if node is not None else {}
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise InputError(
            f"{name} 第{line}行: YAML 格式錯誤（含有不允許的控制字符 U+{exc.character:04X}）",
            hint='刪掉這個字符；要寫特殊字符請用雙引號和轉義，如 "\\t"',
        ) from exc
    except yaml.YAMLError as exc:
        if not tabs_read and _TAB_PROBLEM in str(getattr(exc, "problem", "")):
            tabbed = _tabs_quoted(text)
            if tabbed != text:
                try:
                    return _parse_yaml(tabbed, name, tabs_read=True)
                except InputError:
                    pass  # the first error, on the user's own text, is the one to show
        # where the broken construct began is more useful than where the parser gave up
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f" 第{mark.line + 1}行" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "語法錯誤"
        wide = _FULL_WIDTH_KEY.search(text)
        if wide is not None:  # 時段：2025年: the commonest slip of all, named as such
            line = text.count("\n", 0, wide.start()) + 1
            key = wide.group("key").strip()
            raise InputError(
                f"{name} 第{line}行: 「{key}：」用的是全角冒號「：」",
                hint=f"改成半角冒號加一個空格：「{key}: 」（每個字段名後都一樣）",
            ) from exc
        if _TAB_PROBLEM in str(problem) and mark is not None:
            line_text = text.split("\n")[mark.line] if mark.line < len(text.split("\n")) else ""
            if line_text.lstrip(" ").startswith("\t"):
                raise InputError(
                    f"{name}{where}: 這一行用制表符（Tab）縮進了",
                    hint="縮進請用空格（每層兩個空格），不要用 Tab",
                ) from exc
            raise InputError(
                f"{name}{where}: 這一行有制表符（Tab，從表格複製時常帶進來）",
                hint="把這一行冒號或「- 」後的內容用雙引號括起來，Tab 寫作 \\t；或把 Tab 換成兩個空格",
            ) from exc
        raise InputError(f"{name}{where}: YAML 格式錯誤（{problem}）", hint="注意縮進和冒號後的空格") from exc
    finally:
        if loader is not None:
            loader.dispose()
    return data, LineFinder(text, lines)


_LOADER: list[Any] = []


def _loader_class() -> Any:
    """A SafeLoader that counts aliases and keeps numbers and dates it cannot convert as text."""
    if _LOADER:
        return _LOADER[0]
    import yaml

    class Loader(yaml.SafeLoader):
        aliases = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    event = self.peek_event()
                    raise yaml.composer.ComposerError(
                        None, None, f"別名（*名稱）超過 {MAX_ALIASES} 個", event.start_mark
                    )
            return super().compose_node(parent, index)

        def construct_yaml_int(self, node: Any) -> Any:
            return str(node.value)  # as written: 0x10 and 1_000 are text in a facts file

        def construct_yaml_float(self, node: Any) -> Any:
            value = super().construct_yaml_float(node)
            return value if not math.isfinite(value) else str(node.value)  # .nan/.inf stay special

        def construct_yaml_timestamp(self, node: Any) -> Any:
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError:
                return str(node.value)  # 2024-13-45: not a date; the field's check says so

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)
    Loader.add_constructor("tag:yaml.org,2002:float", Loader.construct_yaml_float)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    _LOADER.append(Loader)
    return Loader


def _yaml_key_lines(root: Any, name: str) -> dict[tuple[str, ...], int]:
    """Line of every key and list item; a key twice in one mapping is an error naming both lines.
    A node reached again through an alias is not walked again."""
    import yaml

    lines: dict[tuple[str, ...], int] = {}
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[str, ...]]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[tuple[str, str], int] = {}
            for key_node, value_node in node.value:
                line = key_node.start_mark.line + 1
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    ident = (key_node.tag, str(key_node.value))
                    if ident in first:
                        raise duplicate_key(name, ".".join((*path, str(key_node.value))), first[ident], line)
                    first[ident] = line
                key = (*path, str(key_node.value))
                lines.setdefault(key, line)
                stack.append((value_node, key))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines.setdefault((*path, str(i)), item.start_mark.line + 1)
                stack.append((item, (*path, str(i))))
    return lines


def duplicate_key(name: str, label: str, first: int | None, second: int | None) -> InputError:
    """``label`` written twice: an error (a parser would silently keep only the second)."""
    where = f" 第{first}行和第{second}行" if first and second and first != second else ""
    return InputError(f"{name}{where}: {label} 寫了兩次（後一個會蓋掉前一個）", hint="把兩處的內容合併到一處")


# ------------------------------------------------------------------------------ JSON
class _DuplicateJsonKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateJsonKey(key)
        out[key] = value
    return out


def _json_float(text: str) -> Any:
    value = float(text)
    return text if math.isfinite(value) else value  # 1e309 is infinite: rejected as a value


def _parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_int=str, parse_float=_json_float)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name} 第{exc.lineno}行: JSON 格式錯誤（{exc.msg}）") from exc
    except _DuplicateJsonKey as dup:
        pattern = re.compile(rf'"{re.escape(dup.key)}"\s*:')
        found = [i + 1 for i, line in enumerate(text.split("\n")) if pattern.search(line)]
        first, second = [*found, None, None][:2]
        raise duplicate_key(name, dup.key, first, second) from None


# ------------------------------------------------------------------------------ TOML
_TOML_TABLE = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_\-.\u0080-\U0010ffff]+)\s*=""")


def _toml_duplicate(text: str) -> tuple[str, int, int] | None:
    """The first key (or table) written twice, with both lines: tomllib names neither."""
    seen: dict[tuple[str, str], int] = {}
    table = ""
    for n, line in enumerate(text.split("\n"), 1):
        m = _TOML_TABLE.match(line)
        if m:
            table = m.group(1).strip().strip("\"'")
            if not line.lstrip().startswith("[[") and ("[table]", table) in seen:
                return table, seen[("[table]", table)], n
            seen.setdefault(("[table]", table), n)
            continue
        m = _TOML_KEY.match(line)
        if m:
            key = m.group(1).strip("\"'")
            if (table, key) in seen:
                return key, seen[(table, key)], n
            seen[(table, key)] = n
    return None


def _facts_toml(text: str, name: str) -> Any:
    try:
        return parse_toml(text)
    except TomlError as exc:
        if "overwrite" in str(exc) or "twice" in str(exc):
            dup = _toml_duplicate(text)
            if dup:
                raise duplicate_key(name, dup[0], dup[1], dup[2]) from exc
        where = f" 第{exc.line}行" if exc.line else ""
        raise InputError(f"{name}{where}: TOML 格式錯誤（{exc}）") from exc
