"""An office's style applied to a new period: its own words for the frame, moved to the new
period (2025年工作思路 in the 2024 summary is 2026年工作思路 in the 2025 one; 明年 and 下半年
stay), and never its content.

Where the style comes from, in this order: a summary given for this draft (``--like``); the
office's own ingested summaries, the same unit first and the most recent period first; other
offices of the same kind; else no style (the draft's own default). The bundled samples are
examples of content, not anyone's house style, and are never a style's source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.core.offices import office_kind, unit_key
from assistant.core.periods import PERIOD_NAME, QUARTER_RE, parse_period, period_kind, quarter_of, span_words
from assistant.core.script import convert, to_simplified
from assistant.core.text import fold
from assistant.facts.categories import LEAD_VERB
from assistant.facts.model import Facts
from assistant.io.readers import read_source
from assistant.summary.style import Style, read_style

_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?=\s*年)")
_ROC_YEAR = re.compile(r"(?<![0-9])(1[0-9]{2})(?=\s*年)")
# How each kind of period speaks of itself in a formula or a title
_PERIOD_WORDS = {
    "year": ("一年来", "全年", "本年度", "年度"),
    "half": ("半年来", "上半年", "下半年"),
    "quarter": ("本季度", "季度"),
    "month": ("本月", "月份"),
    "term": ("本学期", "学期"),
    "span": ("这一时期", "活动期间"),
}


@dataclass
class StyleChoice:
    """The style a draft follows, where it came from, and a note for the user (empty: none)."""

    style: Style | None
    origin: str  # like | own | kind | default
    note: str = ""


def read_like(path: Path) -> StyleChoice:
    """``--like FILE``: the style of a summary given for this draft. A file that is not a
    summary gives the default style and a note; a file that cannot be read is an input error."""
    src = read_source(path)
    style = read_style(src.text, path.name, src.line_offset, src.fmt in ("md", "docx"))
    if style is None:
        return StyleChoice(
            None, "default", f"{path.name} 看起來不是一篇工作總結（找不到工作、問題或計劃部分），按默認格式起草。"
        )
    return StyleChoice(style, "like")


def choose(candidates: list[Style], facts: Facts) -> StyleChoice:
    """Among ingested summaries' styles: the office's own (its most recent period), else one of
    an office of the same kind, else none."""
    key = unit_key(facts.community)
    own = [s for s in candidates if s.unit and unit_key(s.unit) == key]
    if own:
        return StyleChoice(max(own, key=_recency), "own")
    kind = office_kind(facts.kind or "", facts.community)
    same_kind = [s for s in candidates if s.kind and s.kind == kind]
    if same_kind:
        return StyleChoice(max(same_kind, key=_recency), "kind")
    return StyleChoice(None, "default")


def _recency(style: Style) -> tuple[int, int, str]:
    period = parse_period(fold(style.period)) if style.period else None
    year = period.year if period and period.year else 0
    month = max(period.months) if period and period.months else 12
    return year, month, style.source


# ------------------------------------------------------------------ the new period
def shift(text: str, style: Style, facts: Facts) -> str:
    """``text`` of the style's summary moved to the facts' period: its years moved by as many
    years as the periods are apart, and the words of its kind of period (一年來, 上半年) made the
    new period's when the kinds differ."""
    old = _year(style.period or style.title)
    new = _year(facts.period)
    past_kind, new_kind = period_kind(style.period), period_kind(facts.period)
    if old is not None and new is not None and old[1] == new[1] and old[0] != new[0]:
        pattern = _ROC_YEAR if old[1] == "roc" else _YEAR
        following = _following(facts.period) if past_kind == "year" else ""
        if following:  # a year's 2026年工作打算 is the next period's: 第四季度 after 前三季度, not 2027年
            text = re.sub(rf"(?<![0-9]){old[0] + 1}\s*年度?", following, text)
        text = pattern.sub(lambda m: str(int(m.group(1)) + new[0] - old[0]), text)
    if past_kind == new_kind == "month":  # a monthly report: 10月份 becomes 11月份
        old_p, new_p = parse_period(fold(style.period)), parse_period(fold(facts.period))
        if old_p and new_p and old_p.months and new_p.months:
            before, after = old_p.months[0], new_p.months[0]
            text = re.sub(rf"(?<![0-9]){before}(?=\s*月)", str(after), text)
    if past_kind == new_kind == "quarter":  # a quarter's report: 第三季度 becomes 第二季度, its 第四季度 第三季度
        old_q, new_q = quarter_of(style.period), quarter_of(facts.period)
        if old_q and new_q and old_q != new_q:

            def moved(m: re.Match[str]) -> str:
                n = (quarter_of(m.group(0)) or 0) + new_q - old_q
                return f"第{'一二三四'[n - 1]}季度" if 1 <= n <= 4 else "下一季度" if n > 4 else m.group(0)

            text = QUARTER_RE.sub(moved, text)
    # a whole year's 全年/一年来 in a summary of part of one (1月至11月: 今年以来, the final check of session 9)
    part = parse_period(fold(facts.period))
    if past_kind == new_kind == "year" and part is not None and part.months and len(part.months) < 12:
        for word in ("一年来", "全年"):
            start = fold(text).find(word)
            if start >= 0:
                text = text[:start] + span_words(facts.period, False)[0] + text[start + len(word) :]
                break
    if past_kind != new_kind and style.period:
        if past_kind == "quarter":  # 第三季度主要工作 is this quarter's: one word, not 第三 + 季度 (第三本月)
            text = QUARTER_RE.sub("本季度", text)
        for word in _PERIOD_WORDS[past_kind]:
            if word in fold(text):
                # the new period's own word: 本季度, or 前三季度 for three of them
                replacement = (
                    span_words(facts.period, False)[0]
                    if new_kind in ("quarter", "term", "span", "year")  # 1月至11月: 今年以來, not 一年來
                    else _PERIOD_WORDS[new_kind][0]
                )
                start = fold(text).find(word)
                text = text[:start] + replacement + text[start + len(word) :]
                break
    return text


# a period a part title names: a period's name (2026年第四季度, 11月份, 下半年), 2027年, 本月, 下周
_TITLE_PERIOD = re.compile(
    rf"{PERIOD_NAME.pattern}|20[0-9]{{2}}年度?|本季度|下一?季度|本年度|全年|明年|本月|下个?月|本周|下周"
)


def plans_period(title: str, facts: Facts) -> str:
    """A plans title speaks of the period after the facts' one (a month's 下月工作计划, a quarter's
    第四季度…), whatever period the example's title named (本月工作计划 or 2027年工作计划 in a monthly
    report: found drafting with --like another office's summaries)."""
    found = _TITLE_PERIOD.search(title)
    if found is None:
        return title
    following = _following(facts.period)
    if not following:  # the next period is a new year: 明年 and the year shift() moved are right
        return title
    return title[: found.start()] + following + title[found.end() :]


_NEW_YEAR_OPENER = re.compile(r"^(?:新的一年|新一年|来年|明年|下一年度?|20[0-9]{2}年)$")


def closing_period(opener: str, facts: Facts) -> str:
    """An office's closing opener that looks to a new year (新的一年，我村將…) looks to the period after
    the facts' one when that is part of a year (a half-year's 下半年: found in the final review)."""
    following = _following(facts.period) if _NEW_YEAR_OPENER.match(opener) else ""
    return following or opener


def _following(period: str) -> str:
    """The period after a part of a year, as a plans title names it (第四季度, 下半年, 下月);
    "" when the next period is a new year (its year number is right)."""
    after = span_words(period, False)[1].rstrip("，")
    if after == "新的一年":
        return ""
    if after == "下个月":
        return "下月"
    return after if after in ("第二季度", "第三季度", "第四季度", "下半年", "下学期") else "下一阶段"


def _year(period: str) -> tuple[int, str] | None:
    m = _YEAR.search(period)
    if m:
        return int(m.group(1)), "ad"
    m = _ROC_YEAR.search(period)
    return (int(m.group(1)), "roc") if m else None


def period_as_written(style: Style, facts: Facts) -> str:
    """The facts' period as the office writes periods in its titles: 2026年度 where it wrote
    2025年度, 11月份 where it wrote 10月份; otherwise as the facts give it."""
    period = facts.period.strip()
    if fold(style.period).endswith("年度") and re.fullmatch(r"(?:19|20)[0-9]{2}年", fold(period)):
        return period + "度"
    if style.period.endswith("份") and re.search(r"[0-9一二三四五六七八九十]月$", period):
        return period + "份"
    return period


def frame_years(style: Style) -> list[str]:
    """The years the office's frame names once moved to the new period (2026年工作思路): they
    are the frame's, allowed in the draft as the period itself is."""
    words = [style.title_genre, style.formula, *style.titles.values()]
    return sorted({m.group(0) + "年" for w in words for m in _YEAR.finditer(w)})


def in_script(text: str, script: str) -> str:
    """The style's words in the draft's script family (Simplified inside the writer)."""
    return to_simplified(text) if script != "traditional" else convert(text, "traditional")


def same_office(style: Style, facts: Facts) -> bool:
    return bool(style.unit) and unit_key(style.unit) == unit_key(facts.community)


def signature_lines(style: Style, facts: Facts) -> list[str]:
    """The office's own signing lines (one organ or two) when the style is its own summary's;
    another office's lines are not this one's."""
    if not style.signature or not same_office(style, facts):
        return []
    return list(style.signature)


def matching_heading(style: Style, category: str) -> str:
    """The office's own heading for a line of work it wrote last time too (聚焦黨建引領，築牢戰鬥
    堡壘 for 黨建引領), when the heading holds no figure; "" when it had none."""
    name = re.sub(r"(?:工作|方面)$", "", fold(category).strip())
    if len(name) < 2:
        return ""
    for heading in style.headings:
        folded = fold(heading)
        if re.search(r"[0-9]", folded):
            continue
        if name in folded or (len(folded) >= 2 and folded.rstrip("工作") in name and len(folded) >= 4):
            return heading
    return ""


# a clause that states how things stand (經濟發展穩中有進, 人居環境明顯改善): last year's verdict,
# not a claim this year's facts make; a goal (築牢戰鬥堡壘, 提升群眾獲得感) may stand again
_VERDICT = re.compile(
    r"(?:(?<=[\u4e00-\u9fff]{2})(?:明显|持续|稳步|显著|不断|有效|大幅|日益|进一步)?(?:改善|提升|增强|提高|好转|向好|优化)"
    r"|稳中有进|稳中向好|和谐稳定|安定有序|成效明显|成效显著|新进展|新成效|新突破|新台阶)$"
)
_GOAL = re.compile(r"^(?:推动|推进|促进|实现|确保|筑牢|守牢|守好|打造|建设|构建|夯实|织密|营造|助力|激发)")


def without_verdict(heading: str) -> tuple[str, bool]:
    """The office's heading without a clause that judges last year's results, and whether one
    was taken off (聚力項目攻堅，經濟發展穩中有進 -> 聚力項目攻堅)."""
    first, comma, second = heading.partition("，")
    second = fold(second).rstrip("。")
    goal = _GOAL.match(second) or LEAD_VERB.match(second)
    if comma and _VERDICT.search(second) and not goal and not _VERDICT.search(fold(first)):
        return first, True
    return heading, False


# the words of a part title that name no line of work (主要工作及取得的成效, 下一阶段工作计划, 所做的工作)
_PART_WORDS = re.compile(
    r"主要|工作|进展|开展|完成|落实|情况|取得的?|成效|成绩|成果|做法|经验|体会|存在的?|问题|不足|困难|差距|下一步|下一阶段"
    r"|下阶段|今后|明年|来年|计划|打算|思路|安排|重点|努力方向|方向|措施|建议|所做的|年度|上半年|下半年|一年来|半年来|全年"
    r"|[0-9]+年|第?[一二三四]季度|季度|本月|下月|[0-9一二三四五六七八九十]+月份?|本年|今年|阶段|整改|改进|对策|[及和与的、]"
    # (薄弱环节, 短板, 设想: a part's own name in the office's words — the twenty-second and twenty-third sessions' --like)
    r"|薄弱环节|薄弱|短板|弱项|难点|难题|短处|教训|挑战|面临|目标|举措|设想|展望|规划|要点|思考"
)


def names_other_work(title: str, facts: Facts) -> bool:
    """Whether another office's part title names its own line of work (社区创卫工作进展情况 over a village's 撂荒地
    整治: the sixteenth session's last read), which a draft on other work does not take."""
    left = _PART_WORDS.sub("", fold(title))
    return len(left) >= 2 and left not in fold(f"{facts.topic or ''}{facts.community}")


def joint_parts(style: Style | None) -> bool:
    """Whether the office writes its problems and plans under one heading (存在问题及整改措施)."""
    if style is None or not style.titles.get("problems"):
        return False
    return style.titles.get("plans") == style.titles["problems"]


def for_period(style: Style, facts: Facts) -> Style:
    """A copy of ``style`` whose frame words speak of the facts' period, in Simplified (the
    writer's own script; the draft is converted at the end)."""
    from dataclasses import replace

    def moved(text: str) -> str:
        return to_simplified(shift(text, style, facts))

    return replace(
        style,
        titles={
            # one heading over both (存在的主要问题和下一步打算) stays one: the plans follow the problems under it
            role: plans_period(moved(title), facts) if role == "plans" and not joint_parts(style) else moved(title)
            for role, title in style.titles.items()
            if same_office(style, facts) or not names_other_work(title, facts)
        },
        title_genre=moved(style.title_genre),
        formula=moved(style.formula),
        headings=[to_simplified(h) for h in style.headings],
        top_categories=[to_simplified(t) for t in style.top_categories],
        opening_self=to_simplified(style.opening_self),
        leader_adj=to_simplified(style.leader_adj),
        advisor_adj=to_simplified(style.advisor_adj),
        frame_word=to_simplified(style.frame_word),
        closing_opener=closing_period(to_simplified(style.closing_opener), facts),
        closing_formula=to_simplified(style.closing_formula),
    )
