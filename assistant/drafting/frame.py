"""Small words of a draft's frame, all made of the facts: the lines of work an opening names (all
of them, counted), the superiors named a second time (區委、區政府), the problem a closing names,
the body a report is addressed to and the office that signs.

The blind readers of round 5 counted as tells what the frame said without the facts: an opening
that named the first three headings and 「認真落實……部署要求」, a closing 「繼續做好X工作」 that
repeated the superiors' full names. What is here says only what the facts give.
"""

from __future__ import annotations

import re

from assistant.core.script import to_simplified
from assistant.core.text import fold

# a level word that names a place's level, not 社區, 小區, 城市, 城鄉, 轄區
_LEVEL_AT = re.compile(r"(?<![社小园園片景辖轄城郊校厂廠])(?:省|市|区|區|县|縣|镇|鎮|乡|鄉|街道)")
_BODY = re.compile(r"委|党委|党工委|人民政府|政府|办事处|局|委员会|指挥部|办公室|办|中心|站|所|院|会")
_OWNERS = re.compile(r"业主委员会|业委会|业主大会|业主立案法团|法团")  # 法團: a Hong Kong estate's owners
_MAX_LISTED = 7  # lines of work an opening names one by one; more are 「A、B、C等十個方面」


_WORK_ITSELF = re.compile(r"(?:工作|活动|行动|专项整治|攻坚战|宣传月|宣传周)$")


def with_work(topic: str) -> str:
    """The topic as the work it names: 信訪 → 信訪工作; 信訪工作, 集中宣傳活動 and 百日行動 as they are."""
    return topic if _WORK_ITSELF.search(to_simplified(topic)) else topic + "工作"


def lines_of_work(names: list[str], total: int) -> str:
    """The lines of work as an opening names them: 「A、B、C和D」; a name that already holds 和
    makes the list all 、; with more than an opening can name, or some a list could not name
    (statements, counted in ``total``), 「A、B、C等方面」. Not counted: 「五個方面」 is a figure the
    facts do not give."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) > _MAX_LISTED or len(names) < total:
        return f"{'、'.join(names[:3])}等方面"
    if any("和" in n or "与" in n for n in names):
        return "、".join(names)
    return "、".join(names[:-1]) + "和" + names[-1]


_PART_NAME_MIN = 3  # 城南派出所 / 清河社區警務室: a parent's name and the part's own, each a word or more


def parent_body(office: str, superiors: list[str]) -> str:
    """The superior the office is a part of, by its name (城南派出所 for 城南派出所清河社區警務室):
    it leads the office, and the office is named without it after it. "" when there is none."""
    own = fold(office)
    return next(
        (
            s
            for s in superiors
            if len(s) >= _PART_NAME_MIN and own.startswith(fold(s)) and len(own) - len(s) >= _PART_NAME_MIN
        ),
        "",
    )


def second_mention(name: str) -> str:
    """A superior named again after the opening named it in full: 中共栖川區委 → 區委, 栖川區人民
    政府 → 區政府, 青溪鎮黨委 → 鎮黨委; a body with no level in its name (翠灣名邸業主委員會) as it
    is."""
    if party := party_body(name):
        return party
    simp = to_simplified(name).removeprefix("中共")
    offset = len(name) - len(simp)
    if _LEVEL_AT.match(simp):  # 區委區政府, 區住房和城鄉建設局: no place to drop
        return name
    # the last level word in the name (杭州市西湖區委 → 區委)
    levels = list(_LEVEL_AT.finditer(simp))
    if not levels or levels[-1].start() < 2:
        return name
    level = levels[-1]
    place, body = simp[: level.start()], simp[level.end() :]
    if not body or not _BODY.search(body) or _BODY.search(place):  # 區委區政府 names two bodies
        return name
    name = name[offset:]
    return name[level.start() : level.end()] + ("政府" if body == "人民政府" else name[level.end() :])


def addressee(superiors: list[str], voice: str) -> str:
    """The body a 物業's report is addressed to: its owners' committee (翠灣名邸業主委員會：), which
    is the client the report answers to, not a patron it works under."""
    owners = clients(superiors) if voice == "物业" else []
    return owners[0] if owners else ""


def hong_kong_estate(superiors: list[str], voice: str) -> bool:
    """A 管理處 whose client is an 業主立案法團, a Hong Kong estate's owners: it reports to them."""
    return voice == "物业" and any(re.search(r"法团", to_simplified(s)) for s in clients(superiors))


_HK_BODIES = re.compile(r"民政事务处|社会福利署|社署|房屋署|房委会|食环署|区议会|地区康健|关爱队")


def hong_kong_office(community: str, superiors: list[str]) -> bool:
    """A Hong Kong office: its superiors are Hong Kong departments (民政事務處, 社署, 房屋署), or
    it is an estate's (…邨) centre."""
    simp = to_simplified(community)
    return bool(re.search(r"邨", simp)) or any(_HK_BODIES.search(to_simplified(s)) for s in superiors)


def clients(superiors: list[str]) -> list[str]:
    """The superiors that are owners' bodies (an 業委會 is reported to, not worked under)."""
    return [s for s in superiors if _OWNERS.search(to_simplified(s))]


def party_body(name: str) -> str:
    """A party committee named again: 中共雲嶺鎮委員會 → 鎮黨委, 中共栖川區委員會 → 區委."""
    simp = to_simplified(name)
    found = re.match(r"^中共.{2,8}?(?P<level>镇|乡|街道|区|县|市)委员会$", simp)
    if found is None:
        return ""
    level = found.group("level")
    return level + ("党委" if level in ("镇", "乡") else "党工委" if level == "街道" else "委")
