"""``/導入 PATH`` in the chat: items extracted from the office's materials added to the interview's
facts, each shown with its source; for every conflict the user is asked which value to keep.
Messages are plain text (``say`` shows them as they are: material text is never markup)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.chat.interview import choice
from assistant.core.text import fold
from assistant.extract.materials import read_materials
from assistant.extract.model import ExtractedItem, Extraction
from assistant.extract.reconcile import Nearest, extract
from assistant.extract.write import sources_text

USAGE = "用法：/導入 路徑…（文件或文件夾：.docx、.txt、.md、.xlsx、.csv），例如 /導入 三月月報.docx 台賬.xlsx"


def import_materials(
    facts: dict[str, Any],
    args: list[str],
    *,
    ask: Callable[[str], str],
    say: Callable[[str], None],
    nearest: Nearest | None = None,
) -> int:
    """Extract from ``args`` (paths) into ``facts`` (the session's, canonical keys); the number of
    items added. Nothing already in the facts is changed, and no conflict is settled unasked."""
    if not args:
        say(USAGE)
        return 0
    materials, problems = read_materials([Path(a).expanduser() for a in args])
    for problem in problems:
        say(f"{problem.name}：{problem.message}")
    if not materials:
        say("沒有讀到任何材料。")
        return 0
    result = extract(materials, problems, nearest=nearest)
    added = _add_items(facts, result, say)
    for field, label in (("community", "單位"), ("period", "時段"), ("topic", "主題"), ("kind", "類型")):
        value = getattr(result, field)
        if value and not facts.get(field):
            facts[field] = value
            say(f"{label}：{value}（{result.origins.get(field, '')}）")
    if result.superiors and not facts.get("superiors"):
        facts["superiors"] = list(result.superiors)
        say(f"上級單位：{'、'.join(result.superiors)}")
    for n, conflict in enumerate(result.conflicts, 1):
        added += _settle(facts, conflict.measure, conflict.when.text(), conflict.items, n, ask, say)
    say(f"已從 {len(result.files)} 個文件導入 {added} 條。用 /事實 查看，/改 修改。")
    return added


def _same_category(work: dict[str, Any], category: str) -> str:
    """The session's own name for ``category`` when it has one in either script (組織領導 for a
    Simplified material's 组织领导), else ``category``."""
    return next((name for name in work if fold(name) == fold(category)), category)


def _add_items(facts: dict[str, Any], result: Extraction, say: Callable[[str], None]) -> int:
    added = 0
    for item in result.items:
        if item.section not in ("work", "results", "problems", "plans"):
            continue  # a month's 下月打算 inside the period: reported by extract, not a fact
        if item.section == "work":
            work = facts.setdefault("work", {})
            category = _same_category(work, item.category)
            target = work.setdefault(category, [])
            label = category
        else:
            target = facts.setdefault(item.section, [])
            label = {"results": "成效", "problems": "存在問題", "plans": "下一步計劃"}[item.section]
        if item.text in target:
            continue
        target.append(item.text)
        added += 1
        say(f"  + {label}：{item.text}  （來源：{sources_text(item)}）")
    return added


def _settle(
    facts: dict[str, Any],
    measure: str,
    when: str,
    items: list[ExtractedItem],
    n: int,
    ask: Callable[[str], str],
    say: Callable[[str], None],
) -> int:
    """Ask which of a conflict's items to keep; an empty answer keeps none."""
    lines = [f"衝突 {n}：{measure}{f'（{when}）' if when else ''} 在不同材料裡數字不同："]
    lines += [f"  {k}. {item.text}  （來源：{sources_text(item)}）" for k, item in enumerate(items, 1)]
    say("\n".join(lines))
    while True:
        answer = ask(f"保留哪一條？輸入編號（1–{len(items)}）；直接回車都不保留，之後自己寫")
        if not answer:
            say("都沒有保留。")
            return 0
        k = choice(answer, len(items))
        if k is not None:
            chosen = items[k - 1]
            work = facts.setdefault("work", {})
            category = _same_category(work, chosen.category)
            work.setdefault(category, []).append(chosen.text)
            say(f"  + {category}：{chosen.text}")
            return 1
        say(f"請輸入 1–{len(items)} 之間的編號，或直接回車。")
