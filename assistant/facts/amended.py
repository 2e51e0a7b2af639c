"""What a clerk amends aloud in a spoken note, beyond one figure for another (facts/corrections.py): a time said
roughly and then as the days it ran (弄了三个礼拜，哦不对，是从3月4日到3月22日), and a count said, then added to,
then summed (发了四十户，还有后来补上的六户，合计应该是四十六户). The days and the sum the clerk settled on are
written; the first guess and the adding up go, and the edit says so. A sum is never worked out here: with no
total said, the count and what was added stay as said."""

from __future__ import annotations

import re

from assistant.core.numbers import cn_to_int
from assistant.core.text import fold
from assistant.facts.corrections import CORRECTED

# the word a clerk takes back what they said with (哦不对, 不系, 搞错了), then what they meant (是…, 系…)
_TAKEN_BACK = (
    r"[，, \u3000]*(?:哦|噢|呃|哎|嗯)?[，, ]?(?:不对|弗对|不是|不系|唔系|唔啱|搞错了|说错了|记错了|讲错了|弄错了)"
    r"(?:[，, ]?不对)*[，, \u3000]*(?:应该)?(?:是|系)?[，, ]?"
)
# a time said roughly (三个礼拜, 半个多月, 一个来月, 十来天, 两个礼拜左右, 个把月), with the doing of it before
# (我们弄了, 跑了, 开展了, 办); or the day it began (6月10日开始的)
_ROUGHLY = (
    r"(?P<rough>(?:(?:我们|俺们|咱们|我|俺)?(?:开展|持续|进行|弄|搞|整|跑|值|办|开|熬|干|忙|做|巡|守|用|花)了?)?"
    r"(?:大)?(?:[0-9]{1,3}|[一二两三四五六七八九十几半]{1,3})?(?:个|次)?(?:多|来|把)?(?:个)?(?:礼拜|星期|周|天|月)(?:多|左右|的样子)?"
    r"|[0-9]{1,2}月[0-9]{1,2}[日号](?:开始的?|起)?)"
)
_DAY = r"(?:[0-9]{1,2}月)?[0-9]{1,2}[日号]"
_DAYS = re.compile(
    rf"(?P<lead>[，,]?){_ROUGHLY}{_TAKEN_BACK}(?:从)?(?P<a>{_DAY})[\u4e00-\u9fff]{{0,2}}?(?:到|至|—|~|～)(?P<b>{_DAY})"
)

_NUM = r"[0-9]+|[零〇一二两三四五六七八九十百千万]+"
_UNIT = r"个人|人次|户次|个|人|户|名|家|处|条|份|次|台|辆|场|起|件|间|栋|盏|棵|块|张|套|亩|吨|头|只|眼|口|袋|箱"
# a count, what was added to it (还有后来补上的六户, 随后又补了十五户, 哦还要加上…八个), and the sum said
_ADDED_UP = re.compile(
    rf"(?<![0-9零〇一二两三四五六七八九十百千万])(?P<a>{_NUM})(?:来|多|余)?(?P<u>{_UNIT})?"
    r"[，, \u3000]+(?:哦|噢|呃|哎)?(?:对了)?[，, ]?"
    r"(?:还有|还要加上|要加上|加上|另外还有|另外|随后又|后来又|此后又|之后又|又)[^，,。；;]{0,16}?"
    r"[，, \u3000]+(?:(?:合计|总共|一共|共计|共|一满|加起来|总计|总数)(?:应该|应当)?(?:是|有|为)?|(?:应该)?是)"
    rf"(?P<c>{_NUM})(?P<hedge>来|多|余)?(?P<v>{_UNIT})"
)

# a count checked aloud and said again (三十四台，俺再对对，对就是三十四台): said once
_CHECKED_AGAIN = re.compile(
    rf"(?P<f>(?:{_NUM})(?:{_UNIT}))[，, \u3000]*(?:我|俺)?再?(?:对对|对一下|核对一下|核一下|查一下|数一下|看看)"
    r"[，, \u3000]*(?:对|嗯|没错|没错的)?[，, \u3000]*(?:就是|是)?(?P=f)"
)

# a word taken back at once (是那个防范……不是防范。是教大伙识别…): what was meant, after the 是 before it
_WORD_TAKEN_BACK = re.compile(r"(?:…+|了?[，, ])[，, ]?(?:不是|不对)(?P<w>[\u4e00-\u9fff]{2,6}?)[，,。 ]+(?:是|而是)")

# a vague count made exact at once (克了四十几个娃娃，43个; 三万多点，（3.4万）): the exact one in its place
_MADE_EXACT = re.compile(
    rf"(?P<v>{_NUM})(?:(?:几|来|多|余)点?(?P<u>个|人|名|户|家)|(?P<w>万)(?:多|来|余)点?)(?P<noun>[\u4e00-\u9fff]{{0,4}}?)"
    rf"[，, ]+[（(]?(?P<m>[0-9]+(?:\.[0-9]+)?)(?:(?P=u)|(?P=w))[）)]?(?=$|[，,。；;])"
)

# a figure corrected in brackets with no unit of its own (走访独居老人45（更正为43）户): the one that stands
_BRACKET_PUT_RIGHT = re.compile(
    r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?[（(](?:更正为|改为|应为|实为|核实为)(?P<m>[0-9]+(?:\.[0-9]+)?)[）)]"
)


def amended(text: str) -> tuple[str, str]:
    """``text`` with the days or the sum the clerk settled on in place of what they said first, and why; else
    ``text`` and ""."""
    folded = fold(text)
    days = _DAYS.search(folded)
    if days:
        span = f"{_day(days['a'])}至{_day(days['b'], days['a'])}"
        start = days.start()
        # (the time the item opens on is the days themselves; one said after the work is the work's, in brackets)
        if start == 0 or (not days["lead"] and folded[start - 1 : start] in "，,"):
            return text[:start] + span + text[days.end() :], f"{CORRECTED}{span}"
        return text[:start] + f"（{span}）" + text[days.end() :], f"{CORRECTED}{span}"
    word = _WORD_TAKEN_BACK.search(folded)
    if word and folded[: word.start()].endswith(word["w"]):  # (组织了，不是组织，是协助…: the hostile pass of round 94)
        start = word.start() - len(word["w"])
        start -= 2 if folded[start - 2 : start] in ("那个", "这个") else 0
        return text[:start] + text[word.end() :], "口頭說錯又改口的詞未寫入"
    bracket = _BRACKET_PUT_RIGHT.search(folded)
    if bracket:
        return text[: bracket.start()] + bracket["m"] + text[bracket.end() :], f"{CORRECTED}{bracket['m']}"
    again = _CHECKED_AGAIN.search(folded)
    if again:
        return text[: again.end("f")] + text[again.end() :], "口頭說的數字按最後說準的寫"
    exact = _MADE_EXACT.search(folded)
    if exact and cn_to_int(exact["v"]) is not None:
        said = exact["m"] + (exact["u"] or exact["w"])
        return text[: exact.start()] + said + exact["noun"] + text[exact.end() :], f"{CORRECTED}{said}"
    summed = _ADDED_UP.search(folded)
    if summed:
        first, total = cn_to_int(summed["a"]), cn_to_int(summed["c"])
        if first is not None and total is not None and total > first:
            unit = summed["u"] or summed["v"]
            said = summed["c"] + (summed["hedge"] or "") + unit
            return text[: summed.start()] + said + text[summed.end() :], f"{CORRECTED}{said}"
    return text, ""


def _day(day: str, after: str = "") -> str:
    """3月4号 -> 3月4日; a second day without its month takes the first's (3月4日到22日)."""
    day = day.replace("号", "日")
    if "月" not in day and "月" in after:
        day = after[: after.index("月") + 1] + day
    return day
