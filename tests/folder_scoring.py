"""Scoring ``facts extract`` on an office folder against the expected list another hand wrote
before the tool ran (``tests/data/folders/*/expected.yaml``; conventions in its README).

Per kind of thing the expected list names:

- work figures: each expected figure (by canonical key, from one of its sources) reaches the
  work items; ``once`` counts those that reach them exactly once (a total and its parts, a report
  and a chat line are one item);
- precision: the work items' figures that are expected work (or a corrected value) over all of
  them; the rest are sorted by what they wrongly are (a part counted again, a plan, noise, a
  figure that is not one, something else);
- conflicts named with both values; corrections applied (the right value is work, the wrong one
  is not); plans and 下月打算 never work; noise lines never items; not-figures never counted.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.script import to_simplified
from assistant.core.text import squeeze
from assistant.extract.model import ExtractedItem, Extraction, overlap

FOLDERS = Path(__file__).resolve().parent / "data" / "folders"


def keys(text: str) -> list[str]:
    return [f.key for f in find_figures(text) if f.kind not in LABEL_KINDS]


def _plain(text: str) -> str:
    return squeeze(to_simplified(text))[0]


def _leaves(item: ExtractedItem) -> list[ExtractedItem]:
    return [leaf for part in item.parts for leaf in _leaves(part)] if item.computed else [item]


def _said_in(item: ExtractedItem, text: str, source: str) -> bool:
    """``text`` (a line of ``source``) is what ``item`` says: one holds most of the other, and
    the item cites that file (a plan done later is reported by a later file)."""
    if to_simplified(source) not in {to_simplified(f) for f in item.files}:
        return False
    a, b = _plain(item.text), _plain(text)
    return bool(a and b) and (b in a or a in b or overlap(a, b) >= 0.8)


@dataclass
class FolderScore:
    work_figures: int = 0
    found: int = 0
    once: int = 0
    item_figures: int = 0
    right: int = 0
    wrong: Counter[str] = field(default_factory=Counter)  # part | plan | next_month | noise | not_figure | other
    conflicts: int = 0
    conflicts_named: int = 0
    corrections: int = 0
    corrected: int = 0
    plans: int = 0
    plans_as_work: int = 0
    next_month: int = 0
    next_month_as_work: int = 0
    noise: int = 0
    noise_as_items: int = 0
    not_figures: int = 0
    not_figures_counted: int = 0
    listed: Counter[str] = field(default_factory=Counter)  # plans in 下一步計劃, 下月打算 kept apart
    missing: list[str] = field(default_factory=list)
    twice: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.work_figures)

    @property
    def precision(self) -> float:
        return self.right / max(1, self.item_figures)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in vars(self).items()}
        out["wrong"] = dict(self.wrong)
        out["listed"] = dict(self.listed)
        out["recall"], out["precision"] = self.recall, self.precision
        return out


def score_folder(extraction: Extraction, expected_path: Path) -> FolderScore:
    expected = yaml.safe_load(expected_path.read_text("utf-8"))
    s = FolderScore()
    work = [leaf for i in extraction.items if i.section == "work" for leaf in _leaves(i)]
    items = [leaf for i in extraction.items for leaf in _leaves(i)]
    conflicted = [i for c in extraction.conflicts for i in c.items]

    def holders(
        key: str, sources: list[str], what: str = "", pool: list[ExtractedItem] | None = None
    ) -> list[ExtractedItem]:
        wanted = {to_simplified(x) for x in sources}
        found = [
            i
            for i in (work if pool is None else pool)
            if key in keys(i.text) and {to_simplified(f) for f in i.files} & wanted
        ]
        if len(found) > 1 and what:  # 门禁 4件 and 保洁 4件: the one whose words are the entry's
            best = max(overlap(_plain(i.text), _plain(what)) for i in found)
            found = [i for i in found if overlap(_plain(i.text), _plain(what)) >= best - 0.05]
        return found

    good: set[tuple[int, str]] = set()  # (id of item, key) that count as right
    for entry in expected.get("work", []):
        for figure in entry["figures"]:
            for key in keys(figure):
                s.work_figures += 1
                found = holders(key, entry["sources"], entry["what"])
                # a figure of an item in conflict waits with it for the user (not in the facts yet)
                waiting = not found and holders(key, entry["sources"], "", conflicted)
                s.found += bool(found) or bool(waiting)
                s.once += len(found) == 1
                if not found and not waiting:
                    s.missing.append(f"{entry['what']} {figure}")
                elif len(found) > 1:
                    s.twice.append(f"{entry['what']} {figure} ×{len(found)}")
                good |= {(id(i), key) for i in found}
    for entry in expected.get("corrections", []):
        s.corrections += 1
        right = holders(keys(entry["right"])[0], [entry["source"]])
        wrong = holders(keys(entry["wrong"])[0], [entry["source"]])
        s.corrected += bool(right) and not wrong
        good |= {(id(i), keys(entry["right"])[0]) for i in right}
        if wrong or not right:
            s.bad.append(f"更正未用：{entry['what']} {entry['wrong']}→{entry['right']}")
    for entry in expected.get("conflicts", []):
        s.conflicts += 1
        want = {k for v in entry["values"] for k in keys(v)}
        named = any(want <= {k for i in c.items for k in keys(i.text)} for c in extraction.conflicts)
        s.conflicts_named += named
        if not named:
            s.bad.append(f"衝突未列：{entry['what']} {entry['values']}")

    def lines(kind: str) -> list[dict[str, str]]:
        return list(expected.get(kind) or [])

    for kind, total, as_work, section in (
        ("plans", "plans", "plans_as_work", "plans"),
        ("next_month_plans", "next_month", "next_month_as_work", "next_month"),
    ):
        for entry in lines(kind):
            setattr(s, total, getattr(s, total) + 1)
            hit = [i for i in work if _said_in(i, entry["text"], entry["source"])]
            if hit:
                setattr(s, as_work, getattr(s, as_work) + 1)
                s.bad.append(f"計劃成了工作：{entry['text']}")
            listed = [
                i for i in extraction.items if i.section == section and _said_in(i, entry["text"], entry["source"])
            ]
            s.listed[kind] += bool(listed)
    for entry in lines("noise"):
        s.noise += 1
        if any(_said_in(i, entry["text"], entry["source"]) for i in items):
            s.noise_as_items += 1
            s.bad.append(f"雜項成了條目：{entry['text']}")
    for entry in lines("not_figures"):
        ks = [f.key for f in find_figures(entry["text"]) if f.kind not in ("date", "time")]
        if not ks:
            continue
        s.not_figures += 1
        text = _plain(entry["text"])
        if any(text in _plain(i.text) and set(ks) & set(keys(i.text)) for i in work):
            s.not_figures_counted += 1
            s.bad.append(f"不是工作量卻計入：{entry['text']}")

    parts = {k for e in expected.get("work", []) for p in e.get("parts", []) for k in keys(p)}
    plan_keys = {k for kind in ("plans", "next_month_plans") for e in lines(kind) for k in keys(e["text"])}
    noise_keys = {k for e in lines("noise") for k in keys(e["text"])}
    odd_keys = {k for e in lines("not_figures") for k in keys(e["text"])}
    for item in work:
        for key in keys(item.text):
            s.item_figures += 1
            if (id(item), key) in good:
                s.right += 1
                continue
            why = (
                "part"
                if key in parts
                else "plan"
                if key in plan_keys
                else "noise"
                if key in noise_keys
                else "not_figure"
                if key in odd_keys
                else "other"
            )
            s.wrong[why] += 1
            s.extra.append(f"[{why}] {key}：{item.text}")
    return s


def run_folder(name: str) -> tuple[Extraction, FolderScore]:
    """Extract the folder as ``facts extract`` does without a model, and score it."""
    from assistant.extract.materials import read_materials
    from assistant.extract.reconcile import extract

    folder = FOLDERS / name
    materials, problems = read_materials([folder])
    extraction = extract(materials, problems)
    return extraction, score_folder(extraction, folder / "expected.yaml")
