"""Notes pasted from a chat group (WeChat, WhatsApp, a work system): stamps and day dividers date
the messages; speakers' names, emoji, stickers and @mentions are not what was done."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.core.dates import When, read_date
from assistant.core.script import to_simplified
from assistant.core.text import CJK, EMOJI
from assistant.extract.lines import set_apart
from assistant.extract.pieces import Material, Piece, Place, clean_sentences

# Chat exports: "王建國 2025/3/5 12:31", "[2025-03-19 16:48] 趙強：…", "—— 2025年3月5日 ——", "李敏 08:52"
_TIME = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
# 2025-08-01 09:15 / 【8月1日 9:15】 / WhatsApp's [2025/5/10 下午3:05:40] and 2025/5/10, 15:05 - 名字: …
_STAMP = re.compile(
    rf"^\s*[\[【]?(?:(?P<y>20[0-9]{{2}})[-/.年])?(?P<m>[0-9]{{1,2}})[-/.月](?P<d>[0-9]{{1,2}})日?[,，]?\s+"
    rf"(?:上午|下午|中午|晚上|凌晨|早上)?\s*(?P<t>{_TIME})(?:\s*[AaPp][Mm])?[\]】]?\s*(?:[-–]\s+)?"
)
_SPEAKER_STAMP = re.compile(
    rf"^(?P<who>[^\s:：0-9][^:：]{{0,15}}?)\s+(?:(?P<y>20[0-9]{{2}})[-/.])?(?:(?P<m>[0-9]{{1,2}})[-/.](?P<d>[0-9]{{1,2}})\s+)?{_TIME}$"
)
_DAY_DIVIDER = re.compile(r"^[-—–=_\s]*(?P<date>(?:20[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日)[-—–=_\s]*$")
_EMOJI = re.compile(f"{EMOJI.pattern}|\\[[\u4e00-\u9fff]{{1,4}}\\]")
_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{2,5})[:：]\s*(?=\S)")
# a label before a colon that is no one's name: 更正：, 通知：, 黨建工作：, 會議時間：
_NOT_A_SPEAKER = re.compile(
    r"更正|纠正|通知|提醒|注意|备注|说明|补充|附|时间|地点|日期|电话|工作|建设|服务|管理|宣传|整治|活动|情况|议题|内容|决定"
)
_ALL_MEMBERS = re.compile(r"@(?:全体成员|全體成員|所有人)")
_MENTION = re.compile(r"@\S+?(?:\s|$)")


def looks_like_chat(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()][:60]
    stamps = sum(1 for line in lines if _chat_stamp(line) is not None)
    if stamps >= 2 and stamps * 5 >= len(lines):
        return True
    # 「劉敏：…」 on most lines: a chat pasted without its times
    said = sum(
        1 for line in lines if (m := _SPEAKER.match(line)) and not _NOT_A_SPEAKER.search(to_simplified(m.group(1)))
    )
    return len(lines) >= 3 and said * 2 >= len(lines)


def _chat_stamp(line: str) -> tuple[When | None, str] | None:
    """(date if the line gives one, the message after the stamp) for a chat header line, else None."""
    line = line.strip()
    divider = _DAY_DIVIDER.match(line)
    if divider:
        return read_date(divider.group("date")), ""
    m = _STAMP.match(line)
    if m:
        when = When(int(m.group("y")) if m.group("y") else None, int(m.group("m")), int(m.group("d")))
        rest = line[m.end() :]
        who = re.match(r"^[^\s:：]{1,16}[:：]\s*", rest)
        return when, rest[who.end() :] if who else ("" if len(rest) <= 16 else rest)
    speaker = _SPEAKER_STAMP.match(line)
    if speaker:
        if speaker.group("m"):
            year = int(speaker.group("y")) if speaker.group("y") else None
            return When(year, int(speaker.group("m")), int(speaker.group("d"))), ""
        return None, ""
    return None


def clean_message(text: str) -> str:
    """A chat message without emoji, sticker codes and @mentions; emoji between words become a comma."""
    text = _MENTION.sub(" ", text)
    text = _EMOJI.sub(" ", text)
    text = re.sub(r"(?<=[\u4e00-\u9fff0-9])\s+(?=[\u4e00-\u9fff])", "，", text.strip())
    return re.sub(r"\s+", " ", text).strip(" ，,")


def read_chat(text: str, material: Material, offset: int, read_header: Callable[[str, Material], bool]) -> None:
    """A chat group's notes as located sentences: each message dated by the last stamp or divider,
    the speaker's name and emoji taken off; ``read_header`` reads a title line (unit, period)."""
    when = When()
    title_read = False
    for i, raw in enumerate(text.split("\n"), 1 + offset):
        line = raw.strip()
        if not line:
            continue
        stamp = _chat_stamp(line)
        if stamp is not None:
            if stamp[0] is not None:
                found = stamp[0]
                year = found.year or when.year or (material.span.year if material.span else None)
                when = When(year, found.month, found.day)
            line = stamp[1]
            if not line:
                continue
        elif not title_read and read_header(line, material):
            title_read = True
            continue
        speaker = _SPEAKER.match(line)  # 「劉敏：今天走訪了20戶」: the name is who said it, not what
        if speaker and not _NOT_A_SPEAKER.search(to_simplified(speaker.group(1))):
            line = line[speaker.end() :]
        aside = "notice" if _ALL_MEMBERS.search(line) else set_apart(line, note=True) or ""
        message = clean_message(line)
        if not CJK.search(message):
            continue
        for sentence in clean_sentences(message):
            material.pieces.append(
                Piece(
                    sentence,
                    Place(material.name, f"第{i}行"),
                    "sentence",
                    "work",
                    when,
                    note=True,
                    aside=aside or set_apart(sentence, note=True) or "",
                )
            )
