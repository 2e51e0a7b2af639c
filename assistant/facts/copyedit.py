"""Light copy-editing of the user's own items, as a clerk would before handing a summary in:
never a figure's value or a name changed, every edit listed for the report.

- a count written 二 before its measure word is 兩 (舉辦培訓二期 -> 舉辦培訓兩期); 麗澤苑二期, a
  place, is not a count and stays;
- a person-count put where the reader expects it, only in the one safe shape
  (辦理高齡津貼申請83人 -> 為83人辦理高齡津貼申請);
- thousands separators as the office writes them (default: none, as 公文 write 1260人次).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text import fold

# 二 as a count of events (舉辦講座二期, 開展培訓二場): not after a place (麗澤苑二期), not in a
# compound that goes on (二期工程, 二次供水)
_TWO = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![苑园城府庭居湾里区寓场厦邸墅村号])二(?=[期场批轮届节堂班](?![\u4e00-\u9fff]))"
)
# 辦理高齡津貼申請83人: a verb and what was done, then how many people, and nothing after
_PERSONS = re.compile(
    r"^(?P<verb>办理|发放|申领|申办|代办|帮办)(?P<what>[^0-9，,；;、]{2,12}?)(?P<n>[0-9][0-9,]*)(?P<unit>人|户|名)$"
)
_SEPARATOR = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")


@dataclass(frozen=True)
class CopyEdit:
    before: str
    after: str
    why: str


def edit_item(text: str, separators: bool = False) -> tuple[str, list[CopyEdit]]:
    """``text`` as a clerk would copy-edit it, and the edits (none: the text as it was)."""
    edits: list[CopyEdit] = []
    folded = fold(text)
    two = list(_TWO.finditer(folded))
    if two:
        new = text
        for found in reversed(two):
            at, end = found.start(), found.end()
            new = new[:at] + new[at:end].replace("二", "两") + new[end:]
        edits.append(CopyEdit(text, new, "計數用「兩」"))
        text = new
    persons = _PERSONS.match(fold(text))
    if persons:
        n = text[persons.start("n") : persons.end("n")]
        new = f"为{n}{text[persons.start('unit') : persons.end('unit')]}{text[: persons.start('n')]}"
        edits.append(CopyEdit(text, new, "人數放在前面"))
        text = new
    if not separators and _SEPARATOR.search(text):
        new = _SEPARATOR.sub("", text)
        edits.append(CopyEdit(text, new, "數字不用千分位逗號"))
        text = new
    return text, edits


def uses_separators(text: str) -> bool:
    """Whether a text writes thousands with a comma (1,120人次)."""
    return bool(_SEPARATOR.search(text))
