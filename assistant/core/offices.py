"""Offices by name and kind: the kinds a facts file may name (and the plain words offices use for
them), the kind a name shows, and one key per office so that 桂園社區居委會, 桂园社区 and
桂園社區居民委員會 are found to be the same office across scripts and suffixes."""

from __future__ import annotations

import re

from assistant.core.script import to_simplified

KINDS = ("社區", "街道", "單位", "物業", "社區衛生服務中心", "村委會")

# Plain words for a kind (compared in Simplified): what offices call themselves.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "社區": (
        "社区",
        "居委会",
        "社区居委会",
        "居民委员会",
        "社区居民委员会",
        "社区党委",
        "居民区",
        "里",
        "里办公处",
        "社区发展协会",
    ),
    "街道": ("街道", "街道办", "街道办事处", "办事处", "街道党工委", "乡镇", "镇", "乡"),
    "單位": ("单位", "其他", "机关"),
    "物業": ("物业", "物业公司", "物业服务企业", "物业服务中心", "物业管理处", "管理处", "物业服务有限公司"),
    "社區衛生服務中心": (
        "社区卫生服务中心",
        "卫生服务中心",
        "服务中心",
        "卫生中心",
        "社区卫生服务站",
        "卫生服务站",
        "卫生院",
        "社区医院",
    ),
    "村委會": ("村委会", "村", "村民委员会", "村委", "村两委", "村党支部", "行政村"),
}
_KIND_OF_WORD = {word: kind for kind, words in _KIND_WORDS.items() for word in words}

# The kind of office a name shows (checked in this order, Simplified): what the name ends with
# decides (柳岸街道松濤社區 is a 社區), a 物業 or a health centre anywhere.
_KIND_BY_NAME = (
    (r"物业|物管", "物業"),
    (r"卫生服务中心|卫生服务站|卫生院", "社區衛生服務中心"),
    (r"(?:社区|居委会|居民委员会)$", "社區"),
    (r"(?:村委会|村民委员会|村)$", "村委會"),
    (r"街道|办事处", "街道"),
    (r"社区|居委会|居民委员会", "社區"),
)

# Organ words after an office's own name, tried in this order: 桂園社區居委會 is 桂園社區.
_ORGANS = ("居民委员会", "居委会", "村委会", "党支部委员会", "党总支", "党支部", "党委", "党工委", "办事处", "委员会")


def kind_of_word(word: str) -> str | None:
    """The kind a plain word names (村 -> 村委會, 居委會 -> 社區), or None when it names none."""
    simp = to_simplified(word.strip())
    for kind in KINDS:
        if simp == to_simplified(kind):
            return kind
    return _KIND_OF_WORD.get(simp)


def kind_words() -> list[str]:
    """The words a facts file may write for 類型, in Traditional, for the error's hint."""
    from assistant.core.script import to_traditional

    return [to_traditional(w) for words in _KIND_WORDS.values() for w in words[:3]]


def kind_from_name(name: str) -> str | None:
    """The kind of office a name shows (柳岸街道松濤社區 is a 社區), or None when it shows none."""
    simp = to_simplified(name)
    return next((k for pattern, k in _KIND_BY_NAME if re.search(pattern, simp)), None)


def office_kind(kind: str, community: str) -> str:
    """The kind of office: as the facts give it, else as its name shows, else 單位."""
    if kind.strip():
        return kind.strip()
    return kind_from_name(community) or "單位"


def unit_key(name: str) -> str:
    """One key per office, whatever the script and the organ word: 中共翠湖社區委員會, 翠湖社区党委
    and 翠湖社區居委會 are 翠湖社区; 柳河村民委員會 and 柳河村黨支部 are 柳河村."""
    simp = re.sub(r"\s+", "", to_simplified(name))
    simp = re.sub(r"^(?:中共|中国共产党)", "", simp)
    if simp.endswith("村村民委员会") and len(simp) > 6:
        simp = simp[:-5]  # 北坡村村民委員會: the village is 北坡村 (not 北坡村村)
    elif simp.endswith("村民委员会") and len(simp) > 5:
        simp = simp[:-4]  # 柳河村民委員會: the village is 柳河村
    for _ in range(2):  # 社區黨委委員會: one organ word at a time
        for organ in _ORGANS:
            if simp.endswith(organ) and len(simp) > len(organ) + 1:
                simp = simp[: -len(organ)]
                break
    return simp
