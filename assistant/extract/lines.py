"""Lines of an office's materials that are not work done, told apart before items are taken.

A monthly report ends with its 下月打算, a 報送日期 and a 聯繫電話; minutes list their time, place,
people and 議題 before the 會議決定 (which are plans); a table has a caption; a chat group mixes
reports with notices, thanks, assignments, quoted replies and system lines. None of these is work
(the issue-20 folders have every kind). ``set_apart`` names why a line is left out; ``is_plan``
says a sentence is written about the future; ``part_of_heading`` maps the headings of minutes
and plan documents to the part of the facts they feed.
"""

from __future__ import annotations

import re

from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.script import to_simplified

# What a set-apart line is, in the report's words (Simplified; converted for the user).
REASONS = {
    "submission": "报送、联系信息",
    "meeting": "会议时间、地点、人员和议题",
    "contents": "简报的本期要目（正文另有）",
    "caption": "表题、附件说明",
    "notice": "通知、提醒",
    "assignment": "分工、交办",
    "thanks": "感谢、应答",
    "question": "提问",
    "quote": "引用的原话",
    "system": "群聊系统消息（拍一拍、撤回、图片、文件）",
    "plan_in_chat": "群里说的打算",
    "correction": "更正说明（已用更正后的数字）",
    "part": "合计的明细（已与合计核对）",
    "total_off": "与各行明细之和不符的合计（未写入，各行照写：请核对）",
    "table_note": "表格外的说明",
    "formula": "没有保存计算结果的公式（数字读不到：请用 Excel 打开后保存，再提取）",
    "unreadable_cell": "与格式不符的单元格（按原文读入：请核对这些格）",
}

_SUBMISSION = re.compile(
    r"^(?:报送|填报|上报|呈报|抄送|主送|分送|发送|印发)(?:日期|时间|单位|人|范围)?[:：]"
    r"|^[（(]?共印[0-9一二三四五六七八九十]+份[）)]?$|^(?:编号|期数|签发人?|报|送)[:：]"  # a 簡報's number, print run, 報/送
    r"|^(?:联系人|联络人|联系电话|联络电话|联系方式|电话|手机|传真|邮箱|填表人|制表人|审核人|审核|签发|签发人|统计人|经办人|填报|记录|核对)[:：]"
    r"|(?:联络|联系)?电话[:：]\s*(?:\(?[0-9]{2,4}\)?[\s-]?)?[0-9]{4}\s?[0-9]{4}"  # 電話：2345 6789
    r"|联系电话[:：]|(?<![0-9])(?:0[0-9]{2,3}-)?[0-9]{7,8}(?![0-9])$|(?<![0-9])1[3-9][0-9]{9}(?![0-9])"
)
_MEETING = re.compile(
    r"^下次会议|^(?:会议)?(?:时间|地点|主持人?|参会人员|参会人数|出席人员|出席|列席人员|列席|缺席人员|缺席|记录人?|议题|议程)[:：]"
    r"|^[（(]?(?:会议)?(?:纪要|记录)?由[\u4e00-\u9fff]{2,4}(?:整理|记录)[，,]?(?:经[\u4e00-\u9fff]{2,4}审(?:阅|核|定))?"
)
_REMARKS = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:书记|主任|同志)?(?:指出|强调|要求|表示|提出|总结)")
_CAPTION = re.compile(
    r"^(?:附?表|图)\s*[0-9一二三四五六七八九十]+(?:[\s:：.．、]|$)|^附(?:件|表)?[:：]|^附[:：]?\s*\S{0,20}(?:表|清单|统计)$"
)
# chat: announcements of something to come, with what to bring or when to be there
_NOTICE = re.compile(
    r"提前[0-9一二三四五六七八九十]+分钟|准时(?:参加|到|出席)|请(?:各位|大家|各|相关)|穿正装|佩戴党徽|带上|别迟到|到场"
    r"|^提提大家|^提醒大家|^温馨提示|[0-9一二三四五六七八九十]+点半?到[^，。]{0,8}集合"
    r"|(?:明天|明早|今天|今晚|本周[一二三四五六日天]|下周[一二三四五六日天]?|周[一二三四五六日天])(?:上午|下午|晚上)?[0-9一二三四五六七八九十]+点"
)
_ASSIGNMENT = re.compile(
    r"你(?:负责|跟进|牵头|对接|联系|安排)|负责跟进|跟进一下|报给我|发给我|交给我|(?:周[一二三四五六日天]|月底|明天)前(?:报|交|发)"
)
_CLAUSES = re.compile(r"[，,；;。]")
_THANKS = re.compile(r"^(?:谢谢|感谢|辛苦|收到|好的|好滴|ok|OK|嗯|明白|了解|已阅|👍)|辛苦了|感谢各位|谢谢大家|大家辛苦")
_QUESTION = re.compile(r"[？?]$|(?:吗|呢|么)$")
_SYSTEM = re.compile(
    r"拍了拍|撤回了一条消息|^\[(?:图片|文件|语音|视频|表情|动画表情|链接|位置)\]"
    r"|端对端加密|此对话以外的人士|已删除此信息|此信息已被删除|图片已略去|影片已略去|贴图已略去|<附件"  # WhatsApp
)
_QUOTE = re.compile(r"^「[^」]{0,30}[:：]|^「.*」\s*-(?:\s*-)+\s*$")  # 「名字：原話」 under a reply
# plans: future words at the start, a deadline, an intention
_PLAN = re.compile(
    r"^(?:计划|拟|力争|下一步|下阶段|下一阶段|下季度|下半年|明年|下月|下周|后续|今后|接下来)"
    # 將 and 準備 open a plan only before a verb of intent: 「將23名困難群眾納入低保」 was done
    r"|^将(?:于|在|继续|进一步|持续|全面|加快|着力|重点|认真|积极|开展|组织|推进|加强|做好|完成|启动)"
    r"|^准备(?:于|在|开展|组织|召开|启动)"
    r"|(?<![0-9])[0-9一二三四五六七八九十]{1,2}月(?:[0-9]{1,2}日|底|末|中旬|上旬|下旬)?前(?!后)|年底前|年内完成|季度末前|(?:本|下)?周[一二三四五六日天]前"
    r"|计划(?:开展|走访|完成|发放|新增|举办|组织|实施)|力争|争取(?:把|在|让|使|实现|达到)|下次|拟于|将于|定于"
)
# a heading whose sentences are plans (minutes' decisions, a plan document's points) or topics
_PLAN_HEADING = re.compile(
    r"决定|决议|部署|安排|打算|计划|要点|思路|下步|下一步|^(?:明年|来年|新年|20[0-9]{2}年)(?:的)?(?:想法|设想|目标)"
)
_TOPIC_HEADING = re.compile(r"^(?:会议)?(?:议题|议程)$")
_CONTENTS_HEADING = re.compile(r"^(?:本期)?(?:要目|目录|导读|提要)$")
_PLAN_TITLE = re.compile(r"要点|计划|安排|打算|思路")
_REPORT_TITLE = re.compile(r"总结|汇报|报告|记录|纪要|月报|台账|情况")


def set_apart(text: str, note: bool = False) -> str | None:
    """Why ``text`` (a line or sentence of a material) is not an item, as a key of ``REASONS``;
    None when it may be one. ``note`` marks a chat message."""
    simp = to_simplified(text).strip()
    if _SUBMISSION.search(simp):
        return "submission"
    if _MEETING.match(simp):
        return "meeting"
    if _CAPTION.match(simp):
        return "caption"
    if _REMARKS.match(simp) and not _counts(simp):  # 周建華指出，四季度要…: a speech in minutes
        return "meeting"
    if not note:
        return None
    if _SYSTEM.search(simp):
        return "system"
    if _QUOTE.search(simp):
        return "quote"
    if _ASSIGNMENT.search(simp):
        return "assignment"
    if _NOTICE.search(simp):
        return "notice"
    counts = _counts(simp)
    if _THANKS.search(simp) and not counts:  # 「…一共76人，大家辛苦了」 reports first
        return "thanks"
    if _QUESTION.search(simp) and not counts:
        return "question"
    if is_plan(simp):
        return "plan_in_chat"
    return None


# 「，具體情況見表1」 after a sentence whose figures its table gives again
SEE_TABLE = re.compile(
    r"[，,；;]\s*(?:具体|详细|詳細|具體)?(?:情况|情況|数据|數據|安排)?(?:见|見|详见|詳見|如)(?:下表|附表|附件|表[0-9一二三四五六七八九十]+)[^，。]*$"
    r"|[，,；;]\s*(?:具体|详细|詳細|具體)?(?:情况|情況|安排|活动|活動)?如下[：:]?\s*$"  # 「，具體如下：」 before its list
)
_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是?)[，,：:]?\s*"
)  # 二是…: a list's mark


def bare_sentence(text: str) -> str:
    """A report's sentence as an item says it: without 「，具體情況見表1」 after it or the 二是 of
    its list before it."""
    text = SEE_TABLE.sub("", text)
    return _ENUMERATOR.sub("", text) or text


def _counts(text: str) -> bool:
    return any(f.kind not in LABEL_KINDS for f in find_figures(text))


def is_plan(text: str) -> bool:
    """A sentence written about what is to come (计划, 将, 月底前, 力争…): never work done. A
    sentence that reports a figure first and looks ahead after (「來了130多人，下次要多準備」) is
    not a plan: it is a plan when it opens with the future, or when every clause with a figure does."""
    clauses = [c for c in _CLAUSES.split(to_simplified(text)) if c.strip()]
    marked = [bool(_PLAN.search(c)) for c in clauses]
    if not any(marked):
        return False
    if marked[0]:
        return True
    return all(m for c, m in zip(clauses, marked, strict=True) if _counts(c))


def part_of_heading(title: str) -> str | None:
    """``plans`` for a heading of decisions or plans (会议决定, 下步打算), ``topics`` for 议题;
    None for any other heading."""
    simp = to_simplified(title).strip(" ：:。")
    if _TOPIC_HEADING.match(simp):
        return "topics"
    if _CONTENTS_HEADING.match(simp):
        return "contents"  # a 簡報's 本期要目: the titles of what follows, not work of their own
    if _PLAN_HEADING.search(simp):
        return "plans"
    return None


def plan_document(stem: str) -> bool:
    """A file named as a plan (下半年工作要點, 2026年工作計劃): all it says is to come."""
    simp = to_simplified(stem)
    return bool(_PLAN_TITLE.search(simp)) and not _REPORT_TITLE.search(simp)


_GENERIC_HEADING = re.compile(
    r"主要工作|工作情况|工作开展|开展情况|基本情况|总体情况|其他|存在|问题|不足|计划|打算|思路|会议|内容|决定|议题|成效|亮点"
    r"|备注|说明|汇报|报告|小结|总结|回顾|^收入$|^支出$|结余|结存|合计|小计"
)


def generic_heading(title: str) -> bool:
    """一、主要工作, 工作開展情況, 會議內容: a heading that names no line of work of its own."""
    from assistant.summary.layout import match_marker

    marked = match_marker(title)
    bare = title[len(marked[2]) :] if marked else title
    return bool(_GENERIC_HEADING.search(to_simplified(bare)))
