"""An office's style, read from one of its summaries: what a new summary copies from last year's.

Read from the parsed summary (any of .txt/.md/.docx, either script, with or without headings):
the title's genre (工作情況匯報, 工作總結和明年工作安排 …), how the opening names the office
(我社區), whom it serves under and how (在…的正確領導下), its formula (現將……匯報如下：), the
top-level structure (a work part with sub-headings, each line of work a part of its own, or no
numbered parts at all; results in the work or a part of their own), the part titles as written,
the sub-heading form and list habit, the closing and its first words, the signing lines and
whether a date follows them, and the script. Each feature keeps the line it was read from.

Only the frame is taken. The summary's figures are kept so that a new draft can be checked for
them, never to be written.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from assistant.core.dates import read_full_date
from assistant.core.numbers import find_figures
from assistant.core.offices import kind_from_name
from assistant.core.roles import LEAD_IN
from assistant.core.script import detect_script, to_simplified
from assistant.core.text import PLACEHOLDER, fold, sentences
from assistant.summary.nodes import Section
from assistant.summary.parts import Summary, read_summary

# A period in a title: 2024年, 2024年度, 2025年上半年, 2025年第三季度, 2025年10月份, 113年度 (民國)
_PERIOD = re.compile(
    r"(?:(?:19|20)[0-9]{2}|1[0-9]{2})\s*年(?:度)?"
    r"(?:上半年|下半年|第?[一二三四1-4]季度|[0-9一二三四五六七八九十]{1,3}(?:[-—–至][0-9]{1,2})?月份?|1[-—–至][0-9]{1,2}月)?"
    r"|[上下]半年|第?[一二三四]季度"
)
_GENRE_END = re.compile(r"(?:总结|汇报|报告|小结|简报|月报|季报|年报|安排|述职)$")
_SELF = re.compile(
    r"(?:我|本)(?:社区居委会|社区|街道|中心|村委会|村|居委会|公司|司|管理处|服务站|站|院|单位|里|镇|乡|党委|支部)"
)
_LEADERSHIP = re.compile(
    r"在(?P<who>[^，。；]{2,60}?)的(?P<adj>正确|坚强|大力|精心|悉心|有力|亲切)?(?:关心和|关怀和)?"
    r"(?P<rel>领导|指导|支持|关心|帮助)(?:(?:和|与|及)(?P<who2>[^，。；]{2,40}?)的(?P<adj2>大力|精心|悉心|业务)?"
    r"(?P<rel2>指导|支持|关心|帮助))?(?:之)?下"
)
_RESULTS_TITLE = re.compile(r"成效|成果|成绩|亮点")
_FRAME = re.compile(r"^[^，,]{2,12}[，,][^，,]{2,16}$")  # 聚焦黨建引領，築牢戰鬥堡壘
_PARAGRAPH_LEAD = re.compile(r"^[^，。]{2,10}方面[，,]")  # 產業發展方面，…
_CLOSING_OPENER = re.compile(r"^(?P<w>总之|总而言之|综上所述|新的一年|最后|展望未来|今后|以上报告|特此报告|回顾一年)")
_CLOSING_FORMULA = re.compile(r"以上报告|特此报告|请审阅|敬请|请予审议|请批评指正")
_DATE_LINE = re.compile(
    r"^(?:中华民国)?\s*(?:(?:19|20)[0-9]{2}|1[0-9]{2}|[〇零一二三四五六七八九]{4})\s*年.{1,6}月.{1,4}日$"
)
_YEAR = re.compile(r"((?:19|20)[0-9]{2})(?=\s*年)")

WORK_STRUCTURES = ("wrapper", "lines", "none")
SUB_HEADINGS = ("bare", "framed", "run_in", "run_in_framed", "numbered", "lead_phrase", "yishi_paragraphs", "none")
LIST_HABITS = ("yishi", "di", "numbered", "prose")  # di: 第一，…第二，…
# how an office numbers the lines of work under its parts, as planner.sub_marker writes them
SUB_MARKERS = ("paren_cn", "num", "num_dot", "paren_num")


@dataclass
class Style:
    """What an office's summary looks like; ``None`` or empty where the summary did not show it
    (the draft then keeps its own default)."""

    source: str = ""  # the document it was read from ("" for the default style)
    unit: str = ""  # the office as the summary names itself (title, else signature)
    period: str = ""
    kind: str = ""
    script: str = ""
    title: str = ""  # as written
    title_genre: str = ""  # 工作情況匯報, 工作總結和明年工作安排 …
    title_topic: str = ""  # 黨建 in 翠湖社區黨委2024年黨建工作總結
    opening_self: str = ""  # 我社區: the opening names the office so
    opening_period_first: bool = False  # 2024年，我村在…
    leader_adj: str = ""  # 正確 in 在…的正確領導下
    advisor_adj: str = ""  # 業務 in 在…的業務指導下
    leadership: str = ""  # the phrase as written (for the report only)
    formula: str = ""  # 現將一年來工作情況匯報如下：
    structure: str = ""  # wrapper | lines | none
    results_part: bool | None = None
    titles: dict[str, str] = field(default_factory=dict)  # work, results, problems, plans: as written
    parts: list[str] = field(default_factory=list)  # problems, plans: a part of their own, whatever its title
    top_categories: list[str] = field(default_factory=list)  # lines of work the summary made top-level parts
    sub_heading: str = ""  # one of SUB_HEADINGS
    sub_marker: str = ""  # one of SUB_MARKERS: how its work's sub-headings are numbered (1. / 1、 / （一）)
    frame_word: str = ""  # 聚焦: framed headings that all begin so
    list_habit: str = ""  # one of LIST_HABITS: how the work's items are listed
    part_habit: str = ""  # how problems and plans are listed
    closing: bool | None = None
    closing_opener: str = ""  # 總之, 新的一年, 最後
    closing_formula: str = ""  # 以上報告，敬請指教。: a closing that says nothing of the work
    signature: list[str] = field(default_factory=list)  # organ lines as written
    date_line: bool | None = None
    headings: list[str] = field(default_factory=list)  # the work's sub-headings as written, without markers
    figures: list[str] = field(default_factory=list)  # figure keys of the summary: foreign to a new draft
    body: str = ""  # what it said (its paragraphs): for the check that none of it is copied
    lines: dict[str, int] = field(default_factory=dict)  # feature -> the line it was read from

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Style:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def frame_phrases(self) -> list[str]:
        """The phrases a new draft takes from this summary as its frame, not its content."""
        return [p for p in (self.opening_self, self.leadership, self.formula, self.closing_formula) if p]

    def year(self) -> int | None:
        m = _YEAR.search(self.period or self.title)
        return int(m.group(1)) if m else None

    def features(self) -> list[dict[str, Any]]:
        """Each feature the summary showed, with its value and line (for the report and --json)."""
        shown = {
            "title_genre": self.title_genre,
            "opening_self": self.opening_self,
            "leadership": self.leadership,
            "formula": self.formula,
            "structure": self.structure,
            "results_part": None if self.results_part is None else ("自成一部分" if self.results_part else "在工作中"),
            **{f"title_{role}": title for role, title in self.titles.items()},
            "sub_heading": self.sub_heading,
            "list_habit": self.list_habit,
            "closing": self.closing_opener or self.closing_formula or ("無" if self.closing is False else ""),
            "signature": "／".join(self.signature),
            "date_line": None if self.date_line is None else ("有" if self.date_line else "無"),
            "script": self.script,
        }
        return [
            {"feature": name, "value": value, "document": self.source, "line": self.lines.get(name, 0)}
            for name, value in shown.items()
            if value not in (None, "")
        ]

    def missing(self) -> list[str]:
        """The features the summary did not show: the draft keeps its default for them."""
        shown = {f["feature"] for f in self.features()}
        wanted = ["title_genre", "opening_self", "leadership", "formula", "structure", "sub_heading", "list_habit"]
        wanted += ["closing", "signature", "date_line"]
        return [name for name in wanted if name not in shown]


def read_style(text: str, source: str = "", line_offset: int = 0, markdown: bool = True) -> Style | None:
    """The style of a summary, or None when the text is not one (no work, problems or plans found)."""
    doc = read_summary(text, line_offset, markdown)
    numbered = [s for s in doc.tree if s.number is not None or s.style.startswith("md")]
    titled = doc.title is not None and bool(_GENRE_END.search(fold(doc.title.text).rstrip("。")))
    # a bulletin's masthead (工作簡報 / 第9期) above its headline names the genre the title does not
    top = doc.title.offset if doc.title is not None else 0
    titled = titled or any(b.offset < top and _GENRE_END.search(fold(b.text).strip()) for b in doc.extra)
    lead_in = any(LEAD_IN.search(fold(p.text)) for p in doc.paragraphs("opening"))
    shown = [doc.parts["problems"].found or doc.parts["plans"].found, len(numbered) >= 2, titled, lead_in]
    if sum(shown) < 2:  # a sentence, a list, a letter: not a summary whose frame could be followed
        return None
    style = Style(source=source, script=detect_script(text))
    _title(doc, style)
    _opening(doc, style)
    _structure(doc, style)
    _closing(doc, style)
    _signature(doc, style)
    style.body = _body(doc)
    style.figures = sorted({f.key for f in find_figures(style.body) if f.kind not in ("date", "time")})
    if not style.unit and style.signature:
        style.unit = style.signature[0]
    style.kind = kind_from_name(style.unit) or ""
    return style


def _line(doc: Summary, offset: int) -> int:
    return doc.position(offset)[0] if offset >= 0 else 0


def _title(doc: Summary, style: Style) -> None:
    title = doc.title
    if title is None:
        return
    style.title = title.text.strip()
    simp = fold(style.title)
    m = _PERIOD.search(simp)
    if m is None:
        return
    style.unit = style.title[: m.start()].strip()
    style.period = style.title[m.start() : m.end()]
    rest, rest_simp = style.title[m.end() :].strip(), simp[m.end() :].strip()
    at = rest_simp.find("工作")
    genre, topic = (rest[at:], rest[:at]) if at >= 0 else (rest, "")
    if _GENRE_END.search(to_simplified(genre)) and len(genre) <= 20:
        style.title_genre, style.title_topic = genre, topic.strip()
        style.lines["title_genre"] = _line(doc, title.offset)


def _opening(doc: Summary, style: Style) -> None:
    paragraphs = doc.paragraphs("opening")
    if not paragraphs:  # an opening under a heading of its own (壹、前言)
        intro = next((s for s in doc.tree if _OPENING_TITLE.match(fold(s.title))), None)
        paragraphs = [b for b in doc.paragraphs() if intro is not None and b.section is intro]
    if not paragraphs:
        return
    first = paragraphs[0]
    simp = fold(first.text)
    head = re.match(r"^(?:[^，。]{2,16}[，,])?", simp)
    me = _SELF.search(simp, 0, (head.end() if head else 0) + 6)
    if me is not None:
        style.opening_self = first.text[me.start() : me.end()]
        style.opening_period_first = me.start() > 0 and bool(_PERIOD.match(simp))
        style.lines["opening_self"] = _line(doc, first.offset)
    for paragraph in paragraphs:
        folded = fold(paragraph.text)
        lead = _LEADERSHIP.search(folded)
        if lead and not style.leadership:
            style.leadership = paragraph.text[lead.start() : lead.end()]
            style.leader_adj = lead.group("adj") or "" if lead.group("rel") == "领导" else ""
            style.advisor_adj = lead.group("adj2") or "" if lead.group("rel2") else ""
            style.lines["leadership"] = _line(doc, paragraph.offset)
        for sentence in sentences(paragraph.text):
            clause = re.split(r"(?<=[。；])", sentence.text)[-1]
            piece = re.split(r"[，,](?=[^，,]*$)", clause)[-1] if "如下" in clause else clause
            # (not one with a gap left in it: 现将20xx年工作总结如下, a sample's placeholder)
            if LEAD_IN.search(fold(piece)) and not style.formula and not PLACEHOLDER.search(piece):
                style.formula = piece.strip()
                style.lines["formula"] = _line(doc, paragraph.offset + sentence.start)


def _structure(doc: Summary, style: Style) -> None:
    tops = [s for s in doc.tree if s.number is not None or s.style.startswith("md")]
    if not tops:
        style.structure = "none"
        style.part_habit = "prose"  # a bulletin or a news item runs on in paragraphs
        style.lines["structure"] = _line(doc, doc.parts["work"].offset)
        return
    style.lines["structure"] = _line(doc, tops[0].offset)
    work = [s for s in tops if s.role in ("work", "other")]
    results = [s for s in work if _results_title(s.title)]
    lines_of_work = [s for s in work if s not in results and s.role == "work"]
    wrapper = next((s for s in lines_of_work if _wrapper_title(s.title)), None)
    if wrapper is None and len(lines_of_work) == 1:
        wrapper = lines_of_work[0]
    if wrapper is not None:
        style.structure = "wrapper"
        if own_words_title(wrapper.title):
            style.titles["work"] = wrapper.title
            style.lines["title_work"] = style.lines["structure"]
        # a line of work the summary put at the top beside the work part (一、基本情況)
        before = [s for s in work if s not in results and s is not wrapper and s.offset < wrapper.offset]
        style.top_categories = [s.title for s in before if not _OPENING_TITLE.match(fold(s.title))]
        _sub_headings(doc, wrapper, style)
    elif lines_of_work:
        style.structure = "lines"
        style.headings = [s.title for s in lines_of_work]
        style.list_habit = _habit_of(lines_of_work[0])
        style.lines["list_habit"] = _line(doc, lines_of_work[0].offset)
    else:
        style.structure = "none"
    style.results_part = bool(results)
    if results and own_words_title(results[0].title):
        style.titles["results"] = results[0].title
        style.lines["title_results"] = _line(doc, results[0].offset)
    for role in ("problems", "plans"):
        top = next((s for s in tops if role in s.roles), None)
        if top is not None:
            style.parts.append(role)
            if own_words_title(top.title):
                style.titles[role] = top.title
                style.lines[f"title_{role}"] = _line(doc, top.offset)
            style.part_habit = style.part_habit or _habit_of(top)


_TITLE_MAX = 14


def own_words_title(title: str) -> bool:
    """A part title another draft can take: a name for the part (存在的不足, 下步打算), not a sentence
    of that summary's own (这一年，我们实实在在办成了一批大事实事) and no figure of its year (明年重点抓好
    四件事: 四件 would be last year's number in this year's summary)."""
    counts = [f for f in find_figures(title) if f.kind != "date"]
    return len(title) <= _TITLE_MAX and not re.search(r"[，,。；;！!]", title) and not counts


_OPENING_TITLE = re.compile(r"^(?:前言|引言|概况|总体情况)$")


def _results_title(title: str) -> bool:
    """成效 as a part of its own (二、取得的成效), not 主要工作及成效."""
    simp = fold(title)
    return (
        bool(_RESULTS_TITLE.search(simp)) and len(title) <= 12 and not _wrapper_title(title) and "主要工作" not in simp
    )


_WRAPPER_WORDS = re.compile(
    r"主要工作|工作开展|工作完成|工作情况|工作回顾|主要做法|做法|工作措施|执行成果|重点工作|开展情况"
)


def _wrapper_title(title: str) -> bool:
    return bool(_WRAPPER_WORDS.search(fold(title))) and len(title) <= 16


def _sub_headings(doc: Summary, wrapper: Section, style: Style) -> None:
    children = [c for c in wrapper.children if c.title]
    if children:
        style.headings = [c.title for c in children]
        first = children[0]
        framed = sum(1 for c in children if _FRAME.match(c.title)) * 2 > len(children)
        if first.style == "num" or (first.style == "paren_num"):
            style.sub_heading = "numbered"
        elif first.inline:
            style.sub_heading = "run_in_framed" if framed else "run_in"
        else:
            style.sub_heading = "framed" if framed else "bare"
        words = {c.title[:2] for c in children}
        if framed and len(words) == 1 and len(children) >= 2:
            style.frame_word = children[0].title[:2]
        style.lines["sub_heading"] = _line(doc, first.offset)
        style.sub_marker = _marker_kind(first.marker)
        style.list_habit = _habit_of(wrapper)
        style.lines["list_habit"] = style.lines["sub_heading"]
        return
    paragraphs = wrapper.paragraphs
    if not paragraphs:
        return
    style.lines["sub_heading"] = style.lines["list_habit"] = paragraphs[0].line
    if sum(1 for p in paragraphs if _PARAGRAPH_LEAD.match(fold(p.text))) * 2 > len(paragraphs):
        style.sub_heading, style.list_habit = "lead_phrase", "prose"
    elif len(paragraphs) >= 2 and all(len(p.enum) == 1 for p in paragraphs):
        style.sub_heading, style.list_habit = "yishi_paragraphs", "yishi"
    else:
        style.sub_heading = "none"
        style.list_habit = _habit_of(wrapper)


def _marker_kind(marker: str) -> str:
    """The kind of a sub-heading's number as written (1. 1、 （一） （1））; "" for any other."""
    m = marker.strip()
    if re.fullmatch(r"[0-9]{1,2}[.．]", m):
        return "num_dot"
    if re.fullmatch(r"[0-9]{1,2}、", m):
        return "num"
    if re.fullmatch(r"[（(][一二三四五六七八九十]{1,3}[)）]", m):
        return "paren_cn"
    if re.fullmatch(r"[（(][0-9]{1,2}[)）]", m):
        return "paren_num"
    return ""


def _habit_of(section: Section) -> str:
    """How a part lists its items: 一是…二是…, 第一，…第二，…, numbered lines (1. / 1、 / （一）),
    or prose."""
    if sum(1 for c in section.children if c.style == "di") >= 2 or any(
        c.style == "di" and len(c.paragraphs) == 1 and re.search(r"第二[，,、]", fold(c.paragraphs[0].text))
        for c in section.children
    ):
        return "di"
    paragraphs = section.all_paragraphs()
    if any(len(p.enum) >= 2 for p in paragraphs) or sum(1 for p in paragraphs if p.enum) >= 2:
        return "yishi"
    numbered = [c for _, c in section.walk() if c is not section and c.statement]
    if numbered or any(c.style in ("num", "paren_num") for c in section.children for _ in [0]):
        return "numbered"
    if any(c.children and c.children[0].statement for c in section.children):
        return "numbered"
    return "prose"


def _closing(doc: Summary, style: Style) -> None:
    part = doc.parts["closing"]
    style.closing = part.found
    if not part.found:  # read from where the text ends: its last paragraph is no closing
        last = [b for b in doc.blocks if b.kind == "para"]
        style.lines["closing"] = _line(doc, last[-1].offset) if last else 0
        return
    paragraphs = doc.paragraphs("closing")
    if not paragraphs:
        return
    text = paragraphs[0].text.strip()
    style.lines["closing"] = _line(doc, paragraphs[0].offset)
    folded = fold(text)
    if _CLOSING_FORMULA.search(folded) and len(text) <= 30:
        style.closing_formula = text
        return
    m = _CLOSING_OPENER.match(folded)
    if m:
        style.closing_opener = text[: m.end()]


def _signature(doc: Summary, style: Style) -> None:
    blocks = [b for b in doc.blocks if b.kind == "signature"]
    lines = [line.strip() for b in blocks for line in b.text.split("\n") if line.strip()]
    if not lines:
        if doc.parts["work"].found:  # read from where the text ends: no signing lines, no date
            style.date_line = False
            last = [b for b in doc.blocks if b.kind == "para"]
            style.lines["date_line"] = _line(doc, last[-1].offset) if last else 0
        return
    style.lines["signature"] = _line(doc, blocks[0].offset)
    style.lines["date_line"] = style.lines["signature"]
    # 2026年12月8日, and the forms date-form would mend (2026-12-08): a date line either way
    dates = [line for line in lines if _DATE_LINE.match(fold(line).replace(" ", "")) or read_full_date(line)]
    style.date_line = bool(dates)
    style.signature = [line for line in lines if line not in dates]


def _body(doc: Summary) -> str:
    """The summary's text outside its title, headings and signature: where its facts are."""
    return "\n".join(b.text for b in doc.blocks if b.kind == "para")


def body_text(text: str, line_offset: int = 0, markdown: bool = True) -> str:
    """A summary's paragraphs (what it says, not its frame): for the copying check of a draft."""
    return _body(read_summary(text, line_offset, markdown))


def styles_from_metadata(metadatas: list[dict[str, Any]]) -> list[Style]:
    """The styles recorded at ingest (one per file, on its first chunk)."""

    out: list[Style] = []
    for meta in metadatas:
        raw = meta.get("style")
        if isinstance(raw, str) and raw:
            try:
                out.append(Style.from_dict(json.loads(raw)))
            except (ValueError, TypeError):
                continue  # a damaged record only means no style from that file
    return out
