"""A questionnaire's results pasted as a table (题目 / 选项 / 人数 / 占比, the question written once over
its options): each question a sentence of what was chosen, how many and what share, the figures as
given; the survey's own title line (…满意度问卷调查结果（有效问卷186份）) the survey carried out."""

from __future__ import annotations

import re

from assistant.core.text import fold

_QUESTION = re.compile(r"^(?:题目|问题|调查题目|调查问题|调查内容|调查项目|题号|问卷题目)$")
_CHOICE = re.compile(r"^(?:选项|答案|回答|选择|选项内容|评价)$")
_VOTES = re.compile(r"^(?:人数|票数|份数|选择人数|人次|频数|数量)$")
_SHARE = re.compile(r"^(?:占比|比例|百分比|比率|占比（%）|占比\(%\))$")
# a question's own number (1. / 1、 / Q1 / 第1题 / （1）)
_NUMBERED = re.compile(r"^(?:第?[0-9]{1,2}[.．、题:：]|Q[0-9]{1,2}[.．、:： ]?|[（(][0-9]{1,2}[）)])\s*")
# the survey's title over its table: 社区为老服务满意度问卷调查结果（有效问卷186份）
SURVEY_TITLE = re.compile(
    r"^(?P<what>[^，。；]{2,40}?(?:问卷调查|问卷|调查|测评))(?:结果|情况|统计|汇总)?(?:表)?"
    r"(?:[（(](?P<n>[^（）()]{2,30})[）)])?[：:]?$"
)


def is_survey(header: list[str]) -> bool:
    # (and how many chose: a 测评 scoring table, 调查项目/评价/得分, or a Q&A log, 问题/回答, is no survey — hostile pass)
    return (
        any(_QUESTION.match(h) for h in header)
        and any(_CHOICE.match(h) for h in header)
        and any(_VOTES.match(h) for h in header)
    )


def survey_title(line: str) -> str:
    """The survey carried out, as its title line says it (开展…问卷调查，有效问卷186份); or the line as it was."""
    m = SURVEY_TITLE.match(fold(line.strip()))
    if m is None:
        return line
    what = line.strip()[: m.end("what")]
    said = what if re.match(r"(?:开展|组织|进行)", what) else f"开展{what}"
    return f"{said}，{line.strip()[m.start('n') : m.end('n')]}" if m.group("n") else said


def survey_sentences(header: list[str], table: list[list[str]]) -> list[str]:
    """One sentence a question: 在“…”一题中，选择“满意”的142人，占76.3%；…"""
    at_q = next(i for i, h in enumerate(header) if _QUESTION.match(h))
    at_c = next(i for i, h in enumerate(header) if _CHOICE.match(h))
    at_n = next((i for i, h in enumerate(header) if _VOTES.match(h)), None)
    at_p = next((i for i, h in enumerate(header) if _SHARE.match(h)), None)
    unit = (
        "人次"
        if at_n is not None and header[at_n] == "人次"
        else "份"
        if at_n is not None and "份" in header[at_n]
        else "人"
    )
    # (a column of shares typed mostly with % means its bare 0.5 is 0.5% too: the hostile pass)
    percent = at_p is not None and any(row[at_p].strip().endswith("%") for row in table)
    questions: list[tuple[str, list[str]]] = []
    for row in table:
        question = _NUMBERED.sub("", row[at_q].strip())
        if re.fullmatch(r"(?:合计|总计|小计|有效问卷|有效样本)[^\u4e00-\u9fff]*", question + row[at_c]):
            continue
        if question or not questions:
            questions.append((question.rstrip("？?"), []))
        choice = row[at_c].strip()
        if not choice:
            continue
        votes = row[at_n].strip() if at_n is not None else ""
        share = row[at_p].strip() if at_p is not None else ""
        if share and re.fullmatch(r"[0-9.]+", share) and (percent or float(share) > 1):
            share += "%"  # (0.75 is a fraction as given, not 0.75%: hostile pass)
        said = f"选择“{choice}”的"
        said += f"{votes}{unit}" if re.fullmatch(r"[0-9][0-9.,]*", votes) else votes
        said += (f"，占{share}" if share.endswith("%") else f"，占比{share}") if share else ""
        questions[-1][1].append(said)
    return [f"在“{q}”一题中，{'；'.join(chosen)}" if q else "；".join(chosen) for q, chosen in questions if chosen]
