"""A meeting's minutes typed up and pasted under the work (heldout50: 村两委会议记录, 时间：…, 主持：…, 议题一：…,
村主任通报：, 讨论：, 决定：): the record's frame goes, what was reported and decided stays."""

from __future__ import annotations

import re

from assistant.core.text import fold
from assistant.facts.copyedit import CopyEdit

# the lines that frame a record: where, when, who (two or more of them make the list a record)
_HEADER = re.compile(
    r"^(?:时间|日期|地点|参加人员?|参会人员?|出席人?员?|列席人?员?|缺席人?员?|主持人?|记录人?|会议主题|会议名称)[：:]"
    r"|^[^，。；]{0,16}(?:会议记录|会议纪要|会议记要)$"
)
# lines that frame a record wherever they stand: an agenda's item, the next meeting's notice
# (and its distribution, 抄送：… / （共印8份）, as a 纪要 prints it: heldout63's readers)
_FRAME = re.compile(
    r"^议题[一二三四五六七八九十0-9]+[：:、 ]|^(?:下次会议|散会|会议结束)|^(?:抄送|抄报|分送)[：:]|^印发[：:][^0-9《]*$"
    r"|^[（(]?共印[0-9一二三四五六七八九十]+份[）)]?$"
)
# a sentence that only leads into the decisions listed after it (经讨论，议定事项如下：)
_LEADS_ON = re.compile(
    r"[，,]?(?:经(?:认真)?(?:讨论|研究)[，,])?(?:会议)?(?:(?:议定|决定|研究决定)(?:事项|如下事项)?(?:如下)?"
    r"|形成(?:以下|如下)(?:决议|决定|意见))[：:]$"  # (会议形成以下决议：, hostile64)
)
# a speaker's or a part's label before what was said (村主任通报：…, 讨论：…, 决定：)
_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,6}(?:通报|汇报|发言|介绍|说明|提出|补充|总结)|讨论|决定|决议|会议决定|会议议定|议定事项)[：:][ \u3000]*"
)
FRAME = "會議記錄的格式行（時間、地點、參加人、議題……），不是工作內容，未寫入"


# a part's own label on a line of its own (会议议定事项：, 下步安排：): the lines under it say it
_PART_LABEL = re.compile(
    r"^(?:会议)?(?:议定事项|决定事项|议定|决定|下步安排|下一步安排|下步工作|会议内容|主要内容)[：:]$"
)
# the meeting's asks on a line of their own (会议要求：, 会议强调：)
_ASKED = re.compile(r"^会议(要求|强调|明确|指出)[：:]$")
# the record's order numbers (一、 二、 1. 2.): the draft numbers what it lists itself
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[.．、](?![0-9])|[0-9][.．](?=[0-9]{1,2}月))[ \u3000]*"
)


def _meeting(texts: list[str]) -> str:
    """The meeting the frame tells of, as a line of work (2024年11月14日下午，召开…第一次会议，…参加): when
    the record gives its name and day, so that the frame's facts are not lost with the frame."""
    fields: dict[str, str] = {}
    name = ""
    for text in texts:
        folded = fold(text.strip())
        m = re.match(r"^(时间|日期|参加人员?|参会人员?|出席人?员?)[：:][ \u3000]*(.+)$", folded)
        if m:
            fields[m.group(1)[:2]] = text.strip()[m.start(2) :]
        elif re.search(r"(?:会议记录|会议纪要|会议记要)$", folded) and not name:
            name = re.sub(r"(?:会议记录|会议纪要|会议记要)$", "会议", text.strip())
            name = re.sub(r"(?<=[^协]会)会议$", "", name)  # 推进会会议纪要: 推进会 (a 协会's 会议 stays)
    when = fields.get("时间") or fields.get("日期") or ""
    when = re.sub(r"[0-9]{1,2}[:：][0-9]{2}.*$", "", when).strip()  # 下午3:00: the day is enough
    who = fields.get("参加") or fields.get("参会") or fields.get("出席") or ""
    if not (when and (name or who)):  # (a record with no title of its own: still the day and who came, hostile64)
        return ""
    return f"{when}，召开{name or '会议'}" + (f"，{who}参加" if who else "")


def without_record_frame(texts: list[str]) -> tuple[list[str], list[CopyEdit]]:
    """Items without a typed-up record's frame: its header lines (when two or more stand in the
    list) become one line telling of the meeting, its agenda lines, part labels, order numbers and
    the speakers' labels go; every edit listed."""
    out: list[str] = []
    edits: list[CopyEdit] = []
    record = sum(1 for t in texts if _HEADER.match(fold(t.strip()))) >= 2
    meeting = _meeting(texts) if record else ""
    decided = lead_into = ""  # (the lead into the decisions: said before the first of them)
    for text in texts:
        folded = fold(text.strip())
        if (record and _HEADER.match(folded)) or _FRAME.match(folded) or (record and _PART_LABEL.match(folded)):
            edits.append(CopyEdit(text, meeting, FRAME) if meeting else CopyEdit(text, "", FRAME))
            out.append(meeting)
            meeting = ""  # (told once, where the frame began)
            continue
        asked = _ASKED.match(folded) if record else None
        if asked:  # 会议要求： alone on its line: said before the first of what it asked
            edits.append(CopyEdit(text, "", FRAME))
            decided, lead_into = f"会议{asked.group(1)}：", ""
            continue
        lead = _LEADS_ON.search(folded) if record else None
        kept = text.strip()[: lead.start()].rstrip("，,") if lead else ""
        if lead and (not kept or kept.endswith(("。", "！", "？"))):  # (not 经两委研究决定： cut to 经两委)
            edits.append(CopyEdit(text, kept, FRAME))
            # the decisions it led into are still said to be the meeting's (会议议定：…, heldout63's readers)
            lead_into = "会议决定：" if "决定" in lead.group(0) else "会议议定："
            text, folded = kept, fold(kept)
            if not text:
                decided, lead_into = lead_into, ""
                continue
        if record and _NUMBERED.match(text.strip()):
            text = _NUMBERED.sub("", text.strip())
            folded = fold(text)
        label = _LABEL.match(folded)
        if label:
            rest = text.strip()[label.end() :]
            edits.append(CopyEdit(text, rest, "刪去會議記錄裡的發言人或「討論」「決定」標籤"))
            text = rest
        # (not over a speaker's words or the meeting's own, 王书记：… / 会议要求…: hostile64)
        if decided and text.strip():
            if not re.match(r"^(?:[^，。：:]{1,8}[：:]|会议)", fold(text.strip())):
                edits.append(CopyEdit(text, decided + text.strip(), "會議記錄議定的事項，寫明是會議議定的"))
                text = decided + text.strip()
            decided = ""
        decided, lead_into = decided or lead_into, ""
        out.append(text)
    return out, edits
