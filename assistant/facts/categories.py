"""The kinds of community work offices report on, and how a user's own category name or an item
sentence is matched to one of them.

The vocabulary is ``prompts/categories.toml``. A category name matches an entry only by a whole
synonym (after the generic 工作/方面 and a leading verb are stripped), and a name that holds the
synonyms of two entries matches neither: one word inside a name must never pull in another kind
of work (平安建設 is not 基礎設施). What matches nothing is drafted with neutral phrases built
around the user's own name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.core.prompts import load_toml
from assistant.core.script import to_simplified, to_traditional

VOCABULARY = "categories.toml"
OTHER = "其他工作"  # where extracted items that fit nothing go, for the user to sort

_BRACKETS = re.compile(r"[\s“”\"'‘’「」『』《》〈〉()（）\[\]【】]")
# The verbs (and their adverbs) a heading or a measure leads with: 加强, 扎实推进, 进一步做好…
LEAD_VERB = re.compile(
    r"^(?:进一步|持续|不断|全面|扎实|切实|深入|认真|积极|着力|大力)?"
    r"(?:加强|强化|推进|推动|做好|抓好|抓实|做实|深化|落实|完善|提升|优化|加快|狠抓|聚焦|开展|创新|打造|构建|健全)"
)
_SUFFIX = re.compile(r"(?:工作|方面|情况|等工作|类)+$")


@dataclass(frozen=True)
class Phrase:
    text: str
    needs: tuple[str, ...] = ()  # words the facts must hold for this phrase to be used


@dataclass(frozen=True)
class Expectation:
    """What a report on this kind of work usually states (事故起數), and the words that show the
    facts state it; missing, it is asked for, never written."""

    what: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Category:
    name: str
    synonyms: tuple[str, ...]
    cues: tuple[str, ...]
    phrases: dict[str, tuple[Phrase, ...]] = field(default_factory=dict, hash=False, compare=False)
    keys: frozenset[str] = frozenset()  # the synonyms as name_key reduces them (妇联工作 -> 妇联)
    expects: tuple[Expectation, ...] = ()
    by_kind: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # 村 -> 村民自治


def _phrase(value: Any) -> Phrase:
    if isinstance(value, str):
        return Phrase(value)
    return Phrase(str(value["text"]), tuple(to_simplified(w) for w in value.get("needs", [])))


def parse_vocabulary(data: dict[str, Any]) -> tuple[Category, ...]:
    out: list[Category] = []
    for entry in data.get("category", []):
        name = to_simplified(str(entry["name"]))
        synonyms = tuple(dict.fromkeys([name, *(to_simplified(str(s)) for s in entry.get("synonyms", []))]))
        phrases = {
            slot: tuple(_phrase(v) for v in entry.get(slot, []))
            for slot in ("heading", "lead", "wrap")
            if slot in entry
        }
        cues = tuple(to_simplified(str(c)) for c in entry.get("cues", []))
        keys = frozenset(name_key(s) for s in synonyms)
        expects = tuple(
            Expectation(to_simplified(str(e["what"])), tuple(to_simplified(str(w)) for w in e.get("words", [])))
            for e in entry.get("expects", [])
        )
        by_kind = {to_simplified(str(k)): to_simplified(str(v)) for k, v in entry.get("by_kind", {}).items()}
        out.append(Category(name, synonyms, cues, phrases, keys, expects, by_kind))
    return tuple(out)


@lru_cache(maxsize=8)
def _vocabulary(override: str | None) -> tuple[Category, ...]:
    return parse_vocabulary(load_toml(VOCABULARY, override))


def vocabulary(override: Path | str | None = None) -> tuple[Category, ...]:
    return _vocabulary(str(override) if override else None)


def name_key(name: str) -> str:
    """A category name reduced to what identifies the work: 「加強宣傳發動工作」 -> 宣传发动."""
    key = _BRACKETS.sub("", to_simplified(name))
    stripped = _SUFFIX.sub("", key)
    key = stripped or key
    bare = LEAD_VERB.sub("", key)
    return bare if len(bare) >= 2 else key


def match_name(name: str, vocab: tuple[Category, ...] | None = None) -> Category | None:
    """The entry a user's category name stands for, or None (neutral phrases)."""
    vocab = vocab if vocab is not None else vocabulary()
    key = name_key(name)
    full = _BRACKETS.sub("", to_simplified(name))
    for entry in vocab:
        if key in entry.keys or full in entry.synonyms:
            return entry
    found = {entry.name: entry for entry in vocab for syn in entry.keys if len(syn) >= 2 and syn in key}
    if len(found) == 1:
        return next(iter(found.values()))
    return None  # nothing, or two kinds of work in one name: stay neutral


def missing_expected(
    work: dict[str, list[str]], vocab: tuple[Category, ...] | None = None, results: list[str] | None = None
) -> list[tuple[str, str]]:
    """(category, what) for each thing a report on that kind of work usually states and neither
    the category's items nor the facts' results do (a 安全生產 report without its accidents; a
    物業's 收繳率 given under 成效 is given)."""
    out: list[tuple[str, str]] = []
    for category, items in work.items():
        entry = match_name(category, vocab)
        if entry is None:
            continue
        said = to_simplified(category + "\n" + "\n".join([*items, *(results or [])]))
        out += [(category, e.what) for e in entry.expects if not any(w in said for w in e.words)]
    return out


def classify(sentence: str, vocab: tuple[Category, ...] | None = None) -> Category | None:
    """The entry an item sentence most likely belongs to, by its synonyms and cue words; None
    when nothing is found or two entries tie."""
    vocab = vocab if vocab is not None else vocabulary()
    simp = to_simplified(sentence)
    scores: list[tuple[int, Category]] = []
    for entry in vocab:
        score = sum(3 * len(s) for s in entry.synonyms if len(s) >= 2 and s in simp)
        score += sum(len(c) for c in entry.cues if c in simp)
        if score:
            scores.append((score, entry))
    if not scores:
        return None
    scores.sort(key=lambda pair: -pair[0])
    if len(scores) > 1 and scores[1][0] == scores[0][0]:
        return None
    return scores[0][1]


# What the chat offers as categories before the user writes their own: the usual breakdown of a
# topic that has one, else the work an office of that kind usually reports. No topic means no
# 創衛 frame (simplified; the chat converts them).
_MENU_BY_TOPIC = {
    "爱国卫生": ("组织领导", "宣传发动", "环境整治", "病媒生物防制", "健康教育", "志愿服务", "基础设施", "督查考核"),
    "垃圾分类": ("组织领导", "宣传发动", "基础设施", "志愿服务", "督查考核", "环境整治"),
    "安全生产": ("组织领导", "隐患排查", "宣传培训", "应急演练", "消防安全", "督查考核"),
    "消防安全": ("组织领导", "隐患排查", "宣传培训", "应急演练", "基础设施", "督查考核"),
    "平安建设": ("组织领导", "矛盾调解", "网格化管理", "禁毒", "反诈", "信访", "志愿服务"),
    "党建引领": ("组织建设", "党员教育", "队伍建设", "党群服务", "志愿服务", "为民服务"),
}
_MENU_BY_KIND = {
    "社區": ("党建引领", "民生保障", "养老服务", "平安建设", "环境整治", "新时代文明实践", "文化体育", "志愿服务"),
    "街道": ("党建引领", "民生保障", "就业创业", "平安建设", "安全生产", "环境整治", "信访", "文化体育"),
    "物業": ("客户服务", "秩序维护", "消防安全", "保洁服务", "绿化养护", "设施设备维护"),
    "社區衛生服務中心": ("基本医疗", "基本公共卫生", "家庭医生", "健康教育", "疫情防控", "队伍建设"),
    "村委會": ("党建引领", "民生保障", "环境整治", "防汛救灾", "平安建设", "文化体育"),
    "單位": ("组织领导", "队伍建设", "宣传发动", "志愿服务", "督查考核"),
}


def suggested(topic: str, kind: str) -> tuple[str, ...]:
    """Categories to offer for a summary on ``topic`` by an office of ``kind`` (a KINDS value)."""
    entry = match_name(topic) if topic.strip() else None
    if entry is not None and entry.name in _MENU_BY_TOPIC:
        return _MENU_BY_TOPIC[entry.name]
    return _MENU_BY_KIND.get(to_traditional(to_simplified(kind)), _MENU_BY_KIND["單位"])
