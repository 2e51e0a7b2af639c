"""A spoken note of work done: its clauses that say nothing a summary counts and are still in speech once copy-edited
(米啊油、衣服、都有; 大概是这么个数; 这个是账上有的; 就这些营生) are left out of the draft and listed in the report. Only
the marks every region's speech shares that say nothing (的话, 这么个, 也算, 就这些); a clause with a word of speech
and something to say stays (老小区加装电梯恼火得很 is the problem), as does one that counts something."""

from __future__ import annotations

import re

from assistant.core.numbers import find_figures
from assistant.core.text import fold
from assistant.facts.unwritten import clauses_of, spoken_note

# what speech says in any region and a summary never: a topic marked 的话, a count pointed at (这么个数), a permission
# (也行, 也算), a heap (多得不得了); a list closed by 都有 or 什么的 is written 等 by the register rules
_SPOKEN = re.compile(
    r"的话|这么个|那么个|也行|也算|也可以|不得了|就这些|这些营生|那些营生|这样子|那样子"
    r"|的样子|大概是|算下来|说白了|反正|其实吧|怎么说呢"
)

# what a clause names that the summary may need (“红色物业”, 城步苗族自治县社工站, 自来水公司, 14度): kept with it
_NAMED_THING = re.compile(
    r"[“「《0-9]|[\u4e00-\u9fff]{2}(?:县|(?<![社小片辖城园景街])区|镇|乡|村|站|公司|中心|医院|学校|街道|社区|小区|协会|合作社|银行)"
)

_OWN_OFFICE = re.compile(r"(?:本|该|我|全)(?:社区|村|小区|街道|镇)")  # (本社区 names no place)


def spoken_clauses_dropped(text: str) -> tuple[str, list[str]]:
    """``text`` without its clauses still in speech that count nothing, and the clauses that went; the first clause
    stays unless another that counts something is kept, and nothing goes when every clause would."""
    clauses = clauses_of(text)
    if len(clauses) < 2:
        return text, []
    gone = [
        not find_figures(c)
        and not _NAMED_THING.search(_OWN_OFFICE.sub("", fold(c)))
        and (bool(_SPOKEN.search(fold(c).rstrip("，,。；;！! "))) or spoken_note(c))
        for c in clauses
    ]
    if all(gone) or not any(gone):
        return text, []
    kept: list[str] = []
    for clause, went in zip(clauses, gone, strict=True):
        if not went:
            kept.append(clause)
        elif kept and clause[-1:] in "。；;！!" and kept[-1][-1:] in "，,、":
            kept[-1] = kept[-1][:-1] + clause[-1]
    new = "".join(kept).rstrip("，,、 ")
    if text.rstrip()[-1:] in "。；;！!" and new[-1:] not in "。；;！!":
        new += text.rstrip()[-1]
    return new, [c.rstrip("，,、。；;！!") for c, went in zip(clauses, gone, strict=True) if went]
