"""A 接龙 pasted from a work group (heldout65's census: @所有人 请各位调查员接龙报一下进度 / #接龙 / 1. 黄丽娟 已登记
83户 240人 ✅完成 / … / 合计 348户 978人): the call, the tag and the replies are the group's; each entry is what its
sender did, said without the sender's name; where the chain gives its total, the total says the count and the
entries that only counted go (a summary gives the sum, not a ledger of colleagues), the rest stay."""

from __future__ import annotations

import re

from assistant.core.text import EMOJI, STICKER, fold
from assistant.facts.copyedit import CopyEdit
from assistant.facts.privacy import SURNAMES

# the call to join the chain, its tag, and a reply to it
# a call to join it (请…接龙, @所有人, #接龙, 进度接龙): not 接龙读书活动, 成语接龙比赛 (hostile65)
_CALLED = re.compile(r"请[^，。]{0,16}接龙|@所有人|#接龙|接龙[报登统]|进度接龙|接龙[:：]?$")
_TAG = re.compile(r"^#?接龙#?$")
# 1. 黄丽娟 已登记83户 240人: a numbered entry and the colleague who wrote it
_ENTRY = re.compile(
    rf"^(?P<n>[0-9]{{1,2}})[.．、]\s*(?P<who>[{SURNAMES}][\u4e00-\u9fff]{{1,2}})(?:\s+|[：:]\s*)(?P<said>\S.*)$"
)
_TOTAL = re.compile(r"^(?:合计|总计|共计)[：:\s]*(?P<said>[0-9].*)$")
# a reply in the group: 郑美玲：收到，辛苦大家 / 有拒访的可以直接打我电话 … 郑美玲
_REPLY = re.compile(rf"^[{SURNAMES}][\u4e00-\u9fff]{{1,2}}[：:]|直接(?:打|找|联系)我|^收到|辛苦大家")
# an entry that only counts (已登记83户 240人 ✅完成): the total says it
_COUNT_ONLY = re.compile(
    r"^(?:[0-9一二三四五六七八九十]+号?(?:调查)?小区\s*)?(?:已?(?:登记|摸底|入户|走访|完成|采集|上传))?"
    r"\s*[0-9]+户(?:\s*[0-9]+人)?\s*(?:完成|已完成)?$"
)
RELAYED = "工作群接龙：發起、標籤和回覆是群裡的話，每條接龍去掉同事姓名；有合計時只寫合計，只報數的接龍不單列"


def is_relay(texts: list[str]) -> bool:
    """A chain: its call or tag, and at least three numbered entries each led by a name."""
    called = any(_CALLED.search(t.strip()) for t in texts[:3])
    entries = sum(1 for t in texts if _ENTRY.match(t.strip()))
    return called and entries >= 3


def relay_items(texts: list[str]) -> tuple[list[str], list[CopyEdit]]:
    """The chain's facts, one item each, and what was left out or changed."""
    edits: list[CopyEdit] = []
    lines = [EMOJI.sub("", re.sub(STICKER, "", t)).strip() for t in texts]  # (✅ is an emoji too)
    when = ""
    for line in lines[:3]:
        by = re.search(r"截至(?P<d>[^，,。\s]{2,14}?)(?:[0-9]{1,2}[:：][0-9]{2}|下午|上午|晚上|今天|$|\s)", line)
        if "接龙" in line and by:
            when = by.group("d")
    total = next((m.group("said") for m in map(_TOTAL.match, lines) if m), "")
    out: list[str] = []
    for text, line in zip(texts, lines, strict=True):
        entry = _ENTRY.match(line)
        if (_CALLED.search(line) and not entry) or _TAG.match(line) or (not entry and _REPLY.search(line)):
            edits.append(CopyEdit(text, "", RELAYED))
            continue
        if _TOTAL.match(line):
            said = f"截至{when}，合计{_spaced(total)}" if when else f"合计{_spaced(total)}"
        elif entry and re.fullmatch(r"(?:请假|休假|未报|没报|无|暂无)[。！!]?", entry.group("said").strip()):
            edits.append(CopyEdit(text, "", RELAYED))  # (a colleague's leave is no work: hostile65)
            continue
        elif (
            entry
            and total
            and _COUNT_ONLY.match(fold(entry.group("said")))
            and _units(entry.group("said")) <= _units(total)
        ):
            edits.append(CopyEdit(text, "", RELAYED))
            continue
        elif entry:
            said = _spaced(entry.group("said"))
        else:
            said = line
        if said != text:
            edits.append(CopyEdit(text, said, RELAYED))
        out.append(said)
    return out, edits


def _units(said: str) -> set[str]:
    """What an entry or the total counts in (户, 人): an entry whose 人 the total leaves out stays (hostile65)."""
    return set(re.findall(r"(?<=[0-9])[户人]", said))


def _spaced(said: str) -> str:
    """An entry typed with spaces for commas (已登记99户 277人 剩3户联系不上): the figures kept together, the
    clauses parted by commas."""
    said = re.sub(r"(?<=[0-9][户人])\s+(?=[0-9])", "", said)  # 348户 978人: one count
    return re.sub(r"\s+", "，", said.strip())
