"""An extraction written out: the facts file (YAML, a source comment beside every value, conflicts
as a commented block at the end for the user to settle) and the same as data for ``--json``."""

from __future__ import annotations

import re
from typing import Any

from assistant.core.errors import InputError
from assistant.core.script import convert
from assistant.extract.lines import REASONS
from assistant.extract.model import Conflict, ExtractedItem, Extraction
from assistant.facts.model import Facts, facts_from_data

# Keys as the examples write them (Simplified here; converted to the materials' script).
KEYS = {
    "community": "单位",
    "period": "时段",
    "topic": "主题",
    "kind": "类型",
    "superiors": "上级",
    "work": "主要工作",
    "results": "成效",
    "problems": "存在问题",
    "plans": "下一步计划",
}


def to_data(extraction: Extraction) -> dict[str, Any]:
    """The facts as ``facts_from_data`` takes them (canonical keys)."""
    data: dict[str, Any] = {}
    for key in ("community", "period", "topic", "kind"):
        value = getattr(extraction, key)
        if value:
            data[key] = value
    if extraction.superiors:
        data["superiors"] = list(extraction.superiors)
    work = {category: [i.text for i in items] for category, items in extraction.work().items()}
    if work:
        data["work"] = work
    for section in ("results", "problems", "plans"):
        listed = [i.text for i in extraction.listed(section)]
        if listed:
            data[section] = listed
    return data


def to_facts(extraction: Extraction) -> Facts:
    """The facts, validated as a facts file is; a missing unit or period is an input error."""
    missing = [
        flag for flag, value in (("--community", extraction.community), ("--period", extraction.period)) if not value
    ]
    if missing:
        what = "、".join({"--community": "單位名稱", "--period": "時段"}[m] for m in missing)
        raise InputError(
            f"材料中沒有找到{what}",
            hint=f"請用 {' 和 '.join(missing)} 指定，例如 --community 幸福里社區 --period 2025年第一季度",
        )
    if not extraction.work():
        found = f"（找到存在問題 {len(extraction.listed('problems'))} 條、計劃 {len(extraction.listed('plans'))} 條）"
        raise InputError(
            f"材料中沒有找到主要工作{found}：工作要寫成「做了什麼＋數字」的句子，或放在工作標題下",
            hint="起草至少要一類工作；可以在材料裡補上，或用 zongjie facts init 生成事實文件後手寫",
        )
    return facts_from_data(to_data(extraction), "提取結果", longest=None)


# line breaks, escapes and other controls: from a file name (月報\n存在問題: [...] #.txt) or a
# ledger cell they would start a live line of YAML, or break a commented conflict block
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _visible(text: str) -> str:
    """``text`` on one visible line: each control character written as its escape (\\x0a)."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", text
    )


def _scalar(value: str) -> str:
    """One YAML scalar on one line: plain when that is safe, else double-quoted; control
    characters as YAML's escapes, so that the value reads back as it was."""
    import yaml

    if _CONTROL.search(value):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + _visible(escaped) + '"'
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


MAX_PLACES = 4  # places of one file named in a comment; a month's ledger days are counted after them


def sources_text(item: ExtractedItem) -> str:
    """Where an item comes from, one file at a time: ``台賬.xlsx 第10行、第4行、第5行等7處；月報.docx 第8段``."""
    by_file: dict[str, list[str]] = {}
    for p in item.sources:
        places = by_file.setdefault(p.place.file, [])
        if p.place.where not in places:
            places.append(p.place.where)
    out = []
    for file, places in by_file.items():
        shown = "、".join(places[:MAX_PLACES]) + (f"等{len(places)}處" if len(places) > MAX_PLACES else "")
        out.append(_visible(f"{file} {shown}"))
    return "；".join(out)


def account(extraction: Extraction) -> dict[str, Any]:
    """What the extraction did, for the report and ``--json``: items per file, work found in more
    than one file made one, totals checked against their detail, corrections applied, conflicts,
    plans and 下月打算 kept apart, and every line set apart with its reason and place."""
    work = [i for i in extraction.items if i.section == "work"]
    per_file = {name: 0 for name in extraction.files}
    for item in work:
        per_file[item.piece.place.file] = per_file.get(item.piece.place.file, 0) + 1
    aside: dict[str, list[dict[str, str]]] = {}
    for piece in extraction.aside:
        aside.setdefault(piece.aside, []).append(
            {"file": piece.place.file, "where": piece.place.where, "text": piece.text}
        )
    return {
        "items_per_file": per_file,
        "merged": sum(1 for i in work if len(i.files) > 1),
        "totals_with_detail": sum(1 for i in work if any(p.aside == "part" for p in i.sources)),
        "detail_rows": len(aside.get("part", [])),
        "corrections": len(aside.get("correction", [])),
        "conflicts": len(extraction.conflicts),
        "plans": len(extraction.listed("plans")),
        "next_month": len(extraction.listed("next_month")),
        "set_apart": {reason: {"why": REASONS.get(reason, reason), "lines": lines} for reason, lines in aside.items()},
    }


def _comment(item: ExtractedItem, script: str) -> str:
    if item.computed:
        months = "、".join(f"{p.when.month}月" for p in item.parts)
        return convert(f"计算：{months}相加（--sum）；来源：", script) + sources_text(item)
    return convert("来源：", script) + sources_text(item)


def to_yaml(extraction: Extraction) -> str:
    """The facts file text. Every value has a comment that says where it came from."""
    script = extraction.script
    c = lambda text: convert(text, script)  # noqa: E731 - a short local alias reads better here
    key = {k: c(v) for k, v in KEYS.items()}
    files = "、".join(map(_visible, extraction.files))
    lines = [
        c(f"# 由 zongjie facts extract 从 {len(extraction.files)} 个文件整理：{files}"),
        c("# 每条后面的注释是它的出处；起草前请核对，有冲突的条目在文件末尾，工具没有替你选择。"),
    ]
    for field in ("community", "period", "topic", "kind"):
        value = getattr(extraction, field)
        if value and field == "kind":
            value = c(value)  # 村委會 in a Traditional file, whatever the name's characters say
        if value:
            origin = extraction.origins.get(field, "")
            where = origin if origin.startswith(("--", "由")) else c("来源：") + origin
            lines.append(f"{key[field]}: {_scalar(value)}  # {c(_visible(where))}")
    if extraction.superiors:
        lines.append(f"{key['superiors']}:")
        for name in extraction.superiors:
            origin = extraction.origins.get(f"superiors:{name}", "")
            lines.append(f"  - {_scalar(name)}  # {c('来源：')}{_visible(origin)}")
    work = extraction.work()
    if work:
        lines.append(f"{key['work']}:")
        for category, items in work.items():
            lines.append(f"  {_scalar(category)}:")
            lines += [f"    - {_scalar(i.text)}  # {_comment(i, script)}" for i in items]
    for section in ("results", "problems", "plans"):
        listed = extraction.listed(section)
        if listed:
            lines.append(f"{key[section]}:")
            lines += [f"  - {_scalar(i.text)}  # {_comment(i, script)}" for i in listed]
    ahead = extraction.listed("next_month")
    if ahead:  # reported so that nothing is lost, commented so that it is not drafted as a plan
        lines += ["", c("# ---------------------------------------------------------------- 期内的下月打算")]
        lines.append(c("# 这些打算写在本期内某月的材料里，指向的月份仍在本期之内：做了的已作为工作列出，"))
        lines.append(c("# 不写进「下一步计划」。需要时去掉行首的 # 移到上面。"))
        lines += [f"#   - {_scalar(i.text)}  # {_comment(i, script)}" for i in ahead]
    if extraction.conflicts:
        lines += ["", c("# ---------------------------------------------------------------- 待核对的冲突")]
        lines.append(c("# 同一项工作在不同材料里数字不同，以下条目没有写进上面的事实。核对后把正确的一条"))
        lines.append(c("# 移到「主要工作」对应类别下（去掉行首的 #），其余删掉。"))
        for conflict in extraction.conflicts:
            lines += conflict_lines(conflict, script)
    return "\n".join(lines) + "\n"


def conflict_lines(conflict: Conflict, script: str) -> list[str]:
    when = conflict.when.text()
    head = f"# {convert('冲突', script)}：{_visible(conflict.measure)}" + (f"（{when}）" if when else "")
    out = [head]
    for item in conflict.items:
        out.append(f"#   {_scalar(item.category)}: {_scalar(item.text)}  # {_comment(item, script)}")
    return out


def item_dict(item: ExtractedItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": item.text,
        "section": item.section,
        "sources": [{"file": p.place.file, "where": p.place.where, "text": p.text} for p in item.sources],
        "figures": [f.key for f in item.figures],
    }
    if item.section == "work":
        out["category"] = item.category
        out["category_by"] = item.category_by
    if item.when.month:
        out["when"] = item.when.text()
    if item.original:
        out["original"] = item.original
    if item.computed:
        out["computed"] = True
        out["parts"] = [item_dict(p) for p in item.parts]
    return out


def to_json(extraction: Extraction) -> dict[str, Any]:
    """Everything a script needs: the facts, each item with its sources, conflicts, problems."""
    return {
        "facts": to_data(extraction),
        "items": [item_dict(i) for i in extraction.items],
        "conflicts": [
            {
                "measure": c.measure,
                "when": c.when.text(),
                "items": [item_dict(i) for i in c.items],
                "values": [[f.text for f in i.figures] for i in c.items],
            }
            for c in extraction.conflicts
        ],
        "problems": [{"file": p.name, "message": p.message, "skipped": p.skipped} for p in extraction.problems],
        "files": extraction.files,
        "notes": extraction.notes,
        "origins": extraction.origins,
        "account": account(extraction),
    }
