"""The facts about the report itself, from the materials' headers and file names, or the options:
unit (單位), period, topic, kind and superiors, each with where it came from."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.core.offices import kind_from_name
from assistant.core.periods import Period
from assistant.core.script import to_simplified
from assistant.extract.lines import plan_document
from assistant.extract.materials import Material

if TYPE_CHECKING:
    from assistant.extract.model import ExtractedItem

_QUARTER_NAMES = "一二三四"
_SAME_OFFICE = re.compile(r"(?:社区)?(?:居民委员会|居委会)$")


@dataclass
class Meta:
    community: str | None = None
    period: str | None = None
    topic: str | None = None
    kind: str | None = None
    superiors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)


def describe(
    materials: list[Material], items: list[ExtractedItem], *, community: str | None = None, period: str | None = None
) -> Meta:
    meta = Meta()
    _community(meta, materials, community)
    _period(meta, materials, items, period)
    topics = Counter(m.topic for m in materials if m.topic)
    if topics:
        meta.topic = topics.most_common(1)[0][0]
        meta.origins["topic"] = _files(m for m in materials if m.topic == meta.topic)
    if meta.community:
        meta.kind = _kind_in_its_script(meta.community)
        if meta.kind:
            meta.origins["kind"] = "由單位名稱推斷"
    for material in materials:
        for name in material.superiors:
            if name not in meta.superiors:
                meta.superiors.append(name)
                meta.origins[f"superiors:{name}"] = material.name
    return meta


def _files(materials: object) -> str:
    names = [m.name for m in materials]  # type: ignore[attr-defined]
    return names[0] + (f" 等{len(names)}個文件" if len(names) > 1 else "")


def _community(meta: Meta, materials: list[Material], option: str | None) -> None:
    found = [m for m in materials if m.community]
    keys = Counter(_SAME_OFFICE.sub("", to_simplified(m.community or "")) for m in found)
    if found:
        key = keys.most_common(1)[0][0]
        names = [m.community for m in found if _SAME_OFFICE.sub("", to_simplified(m.community or "")) == key]
        best = min((n for n in names if n), key=len)
        if len(keys) > 1:
            others = "、".join(f"{m.community}（{m.name}）" for m in found if m.community not in names)
            meta.notes.append(f"材料中的單位名稱不一致：{others}；用了多數材料的「{best}」，請核對")
        meta.community = best
        meta.origins["community"] = _files(m for m in found if m.community in names)
    if option:
        if meta.community and _SAME_OFFICE.sub("", to_simplified(meta.community)) != _SAME_OFFICE.sub(
            "", to_simplified(option)
        ):
            meta.notes.append(f"材料中的單位是「{meta.community}」，按 --community 用了「{option}」")
        meta.community = option
        meta.origins["community"] = "--community"


def _period(meta: Meta, materials: list[Material], items: list[ExtractedItem], option: str | None) -> None:
    # a plan for the months ahead (下半年工作要點) is no part of the period its work covers
    materials = [m for m in materials if not plan_document(Path(m.name).stem)]
    spans = [m.span for m in materials if m.span and m.span.months]
    origins = [_files(m for m in materials if m.span and m.span.months)] if spans else []
    dated = {m.name for m in materials if not (m.span and m.span.months)}
    if dated:  # materials without a period in their header or name: the dates of what they say
        months = {(i.when.year, i.when.month) for i in items if i.when.month and i.files & dated}
        spans += [Period(year, (month,)) for year, month in months if month]
        if months:
            origins.append("材料中的日期")
    origin = "、".join(origins)
    text = period_text(spans)
    if option:
        if text and text != option:
            meta.notes.append(f"材料中的時段是「{text}」，按 --period 用了「{option}」")
        meta.period, meta.origins["period"] = option, "--period"
    elif text:
        meta.period, meta.origins["period"] = text, origin


def period_text(spans: list[Period]) -> str:
    """2025年第一季度, 2025年上半年, 2025年3月, 2025年1—5月, 2024年12月至2025年2月…"""
    if not spans:
        return ""
    years = {s.year for s in spans if s.year}
    if len(years) > 1:
        pairs = sorted((s.year or 0, m) for s in spans for m in s.months)
        (y1, m1), (y2, m2) = pairs[0], pairs[-1]
        return f"{y1}年{m1}月至{y2}年{m2}月"
    year = f"{years.pop()}年" if years else ""
    months = sorted({m for s in spans for m in s.months})
    if months == list(range(1, 13)):
        return year or "全年"
    if months == list(range(1, 7)):
        return f"{year}上半年"
    if months == list(range(7, 13)):
        return f"{year}下半年"
    if len(months) == 3 and months[0] % 3 == 1 and months == list(range(months[0], months[0] + 3)):
        return f"{year}第{_QUARTER_NAMES[months[0] // 3]}季度"
    if len(months) == 1:
        return f"{year}{months[0]}月"
    if months == list(range(months[0], months[-1] + 1)):
        return f"{year}{months[0]}—{months[-1]}月"
    return f"{year}{'、'.join(map(str, months))}月"


def _kind_in_its_script(name: str) -> str | None:
    """The kind of office a name says, in the name's own script (None: it does not say)."""
    kind = kind_from_name(name)
    if kind is None:
        return None
    return to_simplified(kind) if to_simplified(name) == name else kind
