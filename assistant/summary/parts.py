"""The typed document every rule reads: title, headings and paragraphs in order, each with its
line and column, the part (role) each belongs to, and where each standard part starts.

``read_summary`` builds it by parsing a text (``zongjie check``); ``summary_from_blocks``
builds it directly from blocks whose roles are known (a draft, or one section a model wrote).
Parts are found from headings, and from content cues anywhere in the text, so headless texts,
texts pasted on one line, news reports and fragments are read as well as tidy summaries.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.core.dates import STAMP_CLOCK
from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.roles import (
    CLOSING_CONTINUE,
    CLOSING_CUE,
    CLOSING_END,
    CLOSING_RESOLVE,
    CLOSING_SOFT,
    LEAD_IN,
    NEWS_PLAN,
    OPENING_CUE,
    PARTS,
    PLAN_CUE,
    PLAN_INTENT,
    PLAN_LIST,
    PLAN_START,
    PROBLEM_CUE,
    PROBLEMS_LISTED,
    PROBLEMS_NAMED,
    SUMMING_UP,
    closes_with_formula,
)
from assistant.core.text import NUMBER_MARK, fold, sentences
from assistant.summary.layout import CHAT_REPLY, match_marker
from assistant.summary.nodes import Paragraph, ParseTree, Section, classify_heading
from assistant.summary.tree import list_leads, parse_tree

_SUB_HEADING_MAX = 12  # a deeper heading names a part only when it is short: （三）存在問題


@dataclass
class Sentence:
    text: str
    offset: int


@dataclass
class Block:
    """A title, a heading line, a paragraph or a signature line."""

    kind: str  # title | heading | para | signature
    text: str
    offset: int  # in Summary.text
    role: str = "work"  # the part the block sits in
    section: Section | None = None  # the heading itself (kind heading) or the one it sits under

    def sentences(self) -> list[Sentence]:
        return [Sentence(s.text, self.offset + s.start) for s in sentences(self.text)]


@dataclass
class PartFound:
    found: bool = False
    line: int = 0
    col: int = 0
    offset: int = -1
    heading: str = ""
    how: str = ""  # structure | heading | paragraph | given

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"found": self.found, "line": self.line or None, "heading": self.heading}
        if self.found:
            out["col"] = self.col
            out["how"] = self.how
        return out


@dataclass
class Summary:
    text: str
    line_offset: int = 0
    blocks: list[Block] = field(default_factory=list)
    extra: list[Block] = field(default_factory=list)  # bylines, lines after the signature
    attached_at: int = -1  # the offset of a 附件 after the signature: what follows is attached
    tree: list[Section] = field(default_factory=list)  # top-level headings, for the numbering rules
    parts: dict[str, PartFound] = field(default_factory=dict)
    segmented: bool = False
    markdown: bool = True  # read as Markdown: its code and comments are not prose
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [0] + [i + 1 for i, c in enumerate(self.text) if c == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both from 1, of an offset in the text."""
        i = bisect.bisect_right(self._starts, max(0, offset)) - 1
        return i + 1 + self.line_offset, offset - self._starts[i] + 1

    @property
    def title(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "title"), None)

    def paragraphs(self, role: str | None = None) -> list[Block]:
        return [b for b in self.blocks if b.kind == "para" and (role is None or b.role == role)]

    def sentences(self) -> Iterator[Sentence]:
        for block in self.blocks:
            yield from block.sentences()

    def headings(self) -> Iterator[tuple[tuple[Section, ...], Section]]:
        for s in self.tree:
            yield from s.walk()

    def found(self, name: str, offset: int, how: str, heading: str = "") -> None:
        if not self.parts[name].found:
            line, col = self.position(offset)
            self.parts[name] = PartFound(True, line, col, offset, heading, how)

    def part_at(self, offset: int) -> str:
        """The standard part an offset lies in: the last part that starts at or before it."""
        current = "opening"
        best = -1
        for name, part in self.parts.items():
            if part.found and best <= part.offset <= offset:
                current, best = name, part.offset
        return current


# --------------------------------------------------------------------------- from a text
def read_summary(text: str, line_offset: int = 0, markdown: bool = True) -> Summary:
    """Parse a text and find its parts."""
    tree = parse_tree(text, line_offset, markdown)
    doc = Summary(text, line_offset, tree=tree.sections, segmented=tree.segmented, markdown=markdown)
    doc.parts = {name: PartFound() for name in PARTS}
    _blocks_of(doc, tree)
    doc.extra = [Block("para", p.text, _offset(p), "other") for p in tree.extra]
    doc.attached_at = _offset(tree.attached) if tree.attached is not None else -1
    _find_parts(doc, tree)
    return doc


def _offset(p: Paragraph | Section) -> int:
    return max(0, p.offset)


def _blocks_of(doc: Summary, tree: ParseTree) -> None:
    if tree.title:
        doc.blocks.append(Block("title", tree.title, max(0, tree.title_offset), "title"))
        doc.blocks.extend(Block("title", p.text, _offset(p), "title") for p in tree.title_more)
    doc.blocks.extend(Block("para", p.text, _offset(p), "pre") for p in tree.opening)
    for top in tree.sections:
        role = top.role or "work"
        for _, section in top.walk():
            doc.blocks.append(Block("heading", section.heading, _offset(section), role, section))
            doc.blocks.extend(Block("para", p.text, _offset(p), role, section) for p in section.paragraphs)
    doc.blocks.extend(Block("para", p.text, _offset(p), "closing") for p in tree.closing)
    doc.blocks.extend(Block("signature", p.text, _offset(p), "signature") for p in tree.signature)


def _spans(p: Paragraph) -> list[Sentence]:
    return [Sentence(s.text, _offset(p) + s.start) for s in sentences(p.text)]


# (or by quarter, 第一季度，以…为契机: heldout66t's 妇联)
_MONTH_LED = re.compile(r"^(?:(?:[一二三四五六七八九十]{1,2}|1[0-2]|[1-9])月(?:份)?|第[一二三四1-4]季度)[，,：:]")
_BARE_LINE = re.compile(r"[^，,。；;：:！!？?、]{2,16}")  # a title of its own: no mark a sentence takes
# (各小区进展如下： before the work told by estate, heldout72t)
_SUMS_UP = re.compile(r"(?:总结|汇报|报告|(?<!计划)(?:情况|进展|做法|成效))如下[:：。]?\s*$")


def _opening_like(paras: list[Block]) -> bool:
    first = paras[0].sentences()
    if first and OPENING_CUE.search(fold(first[0].text)):
        return True
    return any(LEAD_IN.search(fold(s.text)) for p in paras for s in p.sentences())


def _find_parts(doc: Summary, tree: ParseTree) -> None:
    title = doc.title
    if title is not None:
        doc.found("title", title.offset, "structure")
    pre = doc.paragraphs("pre")
    if not tree.sections:
        _headless(doc, pre + doc.paragraphs("closing"))
        return
    if pre:
        # what stands before the first heading opens the text, unless the text is a fragment that
        # starts mid-work: no title, no opening cue, or the words of a list in progress
        first = fold(pre[0].text)
        opens = _opening_like(pre) or (title is not None and not _STARTS_MID_LIST.match(first))
        role = "opening" if opens else "work"
        for block in pre:
            block.role = role
        doc.found(role, pre[0].offset, "structure")
        # 現將上半年工作總結如下。 then 一月份，… 二月份，… with no heading: what follows the lead-in is
        # the work (heldout59t's month-by-month report)
        # (the text's own lead-in, not 明年重点抓好以下几项工作：, and no work heading later: hostile60)
        if role == "opening" and not any("work" in section.roles for section in tree.sections):
            ends = [
                n for n, b in enumerate(pre[:-1]) if b.sentences() and _SUMS_UP.search(fold(b.sentences()[-1].text))
            ]
            # (or, with no lead-in, the months themselves: two paragraphs or more that open on one, hostile62)
            months = [n for n, b in enumerate(pre) if n and _MONTH_LED.match(fold(b.text))]
            if not ends and len(months) >= 2:
                ends = [months[0] - 1]
            # (or by place, each under a bare line of its own: 东片区（第1—4网格）, 西片区… — heldout69t's 网格 report)
            titled = [n for n, b in enumerate(pre) if n and _BARE_LINE.fullmatch(b.text.strip())]
            if not ends and len(titled) >= 2:
                ends = [titled[0] - 1]
            if ends:
                for block in pre[ends[0] + 1 :]:
                    block.role = "work"
                doc.found("work", pre[ends[0] + 1].offset, "structure")
    elif tree.sections[0].role == "other":
        doc.found("opening", _offset(tree.sections[0]), "heading", tree.sections[0].heading)
    bare = _bare_titles(tree)
    for section in tree.sections:
        if section.roles == ["problems", "plans"]:
            # 存在的問題和下一步打算: the plans begin where a paragraph under it turns to them
            turn = next(
                (s for p in section.all_paragraphs() for s in _spans(p) if PLAN_START.match(fold(s.text))), None
            )
            if turn is not None:
                doc.found("problems", _offset(section), "heading", section.heading)
                doc.found("plans", turn.offset, "paragraph")
        for role in section.roles:
            if role in ("problems", "plans") and id(section) in bare:
                continue  # 三、存在問題 with nothing under it: the part is not there, only its title
            if role in doc.parts:
                doc.found(role, _offset(section), "heading", section.heading)
    for role in ("problems", "plans"):
        for _, section in doc.headings():
            short = 0 < len(section.title) <= _SUB_HEADING_MAX
            empty = id(section) in bare
            if short and not section.statement and not empty and role in classify_heading(section.title):
                doc.found(role, _offset(section), "heading", section.heading)
    _closing(doc, doc.paragraphs("closing"))
    # problems listed in the opening, as a report that starts from them writes (主要面對三方面困難：一是…),
    # or named in a clause of it and nowhere else (…服務群眾1.3萬人次，但也存在社工流失較快…等問題)
    for block in doc.paragraphs("opening"):
        for n, s in enumerate(block.sentences()):
            if n and PROBLEMS_LISTED.search(fold(s.text)):
                doc.found("problems", s.offset, "paragraph")
            named = PROBLEMS_NAMED.search(fold(s.text))
            if named and not doc.parts["problems"].found and not _problems_part_later(tree):
                doc.found("problems", s.offset + named.start(1), "paragraph")
    # problems and plans written inside paragraphs without a heading of their own
    body = [b for b in doc.paragraphs() if b.role not in ("opening", "pre")]
    plans_at: list[tuple[Block, int]] = []
    for at, block in enumerate(body):
        spans = block.sentences()
        for n, s in enumerate(spans):
            simp = fold(s.text)
            if block.role != "closing" and PROBLEM_CUE.search(simp):
                doc.found("problems", s.offset, "paragraph")
            # (一要…, 二要… under the problems' heading with no plans heading: what is to be done — the hostile pass)
            after = [fold(t.text) for t in spans[n + 1 : n + 2]] or [fold(b.text) for b in body[at + 1 : at + 2]]
            # (a lone 一要… last under the problems reads forward too: the hostile pass)
            lone = n == 0 and at == len(body) - 1 and bool(re.match(r"(?:一|首先)要", simp))
            directs = doc.parts["problems"].found and block.role == "problems" and (_directs_on(simp, after) or lone)
            starts_plans = PLAN_START.match(simp) or (block.role != "closing" and PLAN_CUE.search(simp)) or directs
            if starts_plans and (_only_resolves(simp) or _looks_ahead_and_thanks(block)):
                continue  # 新的一年，…繼續抓好A、B等工作: a closing's resolve, no plan
            if starts_plans and (block.role != "closing" or n == 0):
                plans_at.append((block, s.offset))
    # 下一步，… at the end of each line of work (客服部將…; 工程部將…): that line's own next step,
    # not a plans part of the text's
    # (but where each line of work also ends on its own shortfall and no part lists the problems, its
    # 下一步 answers it: the text writes its problems and plans inside the work, heldout49t)
    own_steps = {id(b.section) for b, _ in plans_at if b.role == "work" and b.section is not None}
    answered = doc.parts["problems"].found and doc.parts["problems"].how == "paragraph"
    if plans_at and (answered or not (len(own_steps) >= 2 and all(b.role == "work" for b, _ in plans_at))):
        doc.found("plans", plans_at[0][1], "paragraph")
    _closing_after_plans(doc, body)


def _bare_titles(tree: ParseTree) -> set[int]:
    """The ids of parts' titles with nothing under them (三、存在問題 then 四、下步打算), not the
    titles that lead in a list beside them."""
    order = [s for _, s in tree.headings()]
    leads = list_leads(order)
    return {id(s) for s in order if not s.paragraphs and not s.children and id(s) not in leads}


def _problems_part_later(tree: ParseTree) -> bool:
    """Whether a heading of the text stands for its problems (an opening that names them then
    only announces the part)."""
    return any("problems" in s.roles for s in tree.sections)


def _closing_after_plans(doc: Summary, body: list[Block]) -> None:
    """A closing written on after the plans (…貢獻力量！ / 紅心向黨守初心…), with headings or none."""
    # (a reply in the group the summary was posted to, 好的王书记，谢谢！: no closing — heldout71t)
    # (and who posted it and when, 张书记 / 18:02 over the reply: heldout74t's chat)
    timed = False
    while body:
        said = fold(body[-1].text).strip()
        stamp = re.fullmatch(rf"(?:[0-9]{{4}}年[0-9]{{1,2}}月[0-9]{{1,2}}日 )?{STAMP_CLOCK}", said)
        if CHAT_REPLY.match(said) or stamp:
            timed = timed or bool(stamp)
        elif not (timed and re.fullmatch(r"[\u4e00-\u9fff]{2,5}", said)):
            break
        body = body[:-1]
    plans = doc.parts["plans"]
    if plans.found and plans.how == "heading" and not doc.parts["closing"].found and body:
        # 下一步，街道将巩固…成果，…守牢…底线。 after a list of measures: the closing's resolve, no plan
        last = body[-1]
        simp = fold(last.text)
        counts = [f for f in find_figures(last.text) if f.kind not in LABEL_KINDS]
        if last.offset > plans.offset and len(simp) <= _SLOGAN_MAX + 20 and not counts and _RESOLVE.search(simp):
            doc.found("closing", last.offset, "paragraph")
    if doc.parts["plans"].found and not doc.parts["closing"].found:
        # a news report closes on the superior's word about the work (…对…工作给予肯定，并要求…)
        praise = next((b for b in body if b.offset > doc.parts["plans"].offset and _PRAISED.match(fold(b.text))), None)
        if praise is not None:
            doc.found("closing", praise.offset, "paragraph")
    if doc.parts["plans"].found and not doc.parts["closing"].found and body:
        _closing_in_last_paragraph(doc, body[-1])
    if doc.parts["plans"].found and not doc.parts["closing"].found and body:
        _slogan_closing(doc, body)


_RESOLVE = re.compile(
    r"^(?:下一步|今后|下阶段|下半年|明年|新的一年)[，,].{0,40}?(?:巩固.{0,10}成果|守牢.{0,10}底线|常态长效|长效常态|再上新台阶|新的更大)"
    r"|^(?:下半年|明年|新的一年)[，,].{0,60}[为而]?努力奋斗[。！!]?$"  # (…，为建设美丽宜居乡村而努力奋斗。: heldout74t)
)
_PRAISED = re.compile(r"^[^，。；]{2,24}?对[^。；]{2,30}?(?:给予(?:了)?(?:充分|高度)?肯定|表示(?:充分)?肯定|充分肯定)")
_TONE = re.compile(r"将|(?<!志)愿|与您同行|同行|共同|携手|一道|无小事|[！!]|初心|贡献|力量|篇章|美好|守护|前行|奋进")
_SLOGAN_MAX = 100  # a closing line after the plans is short


def _slogan_closing(doc: Summary, body: list[Block]) -> None:
    """A short last paragraph after the plans, with no figure, no list and no plan cue, that speaks
    as a closing does (健康路上，家庭醫生與您同行！ / 食品安全無小事，我們將常抓不懈。 / 「無毒社區」
    需要…共同守護，中心將繼續與各界攜手…): the closing."""
    block = body[-1]
    simp = fold(block.text)
    plans_at = doc.parts["plans"].offset
    if block.offset <= plans_at or len(simp) > _SLOGAN_MAX:
        return
    if not any(b.offset < block.offset and b.offset + len(b.text) > plans_at for b in body):
        return  # the plans' only paragraph is the plans, however it sounds
    if any(plans_at < b.offset < block.offset and fold(b.text).startswith("附件") for b in body):
        return  # a table in an appendix (附件2 …) closes nothing
    counts = [f for f in find_figures(block.text) if f.kind not in LABEL_KINDS]
    # (2026年，街道将在…领导下，…作出新的更大贡献: a year and 将, yet a closing's formula — heldout49t)
    if counts or _LISTED.match(simp) or (_cue(simp) and not closes_with_formula(simp)):
        return
    if _TONE.search(simp):
        doc.found("closing", block.offset, "paragraph")


def _closing_in_last_paragraph(doc: Summary, block: Block) -> None:
    """A closing written on at the end of the last paragraph (一是…；三是…。我們將以更加紮實的作
    風，…。) or a paragraph of its own under the last heading (文明實踐，貴在堅持。我們將繼續…):
    from the first sentence that closes, when nothing after it has a figure or starts a plan. The
    paragraph is the closing from its start when none of it has a figure or a cue of its own."""
    spans = block.sentences()
    for n, s in enumerate(spans):
        simp = fold(s.text)
        closes = CLOSING_CUE.match(simp) or CLOSING_SOFT.match(simp) or CLOSING_END.search(simp)
        # (a line that hands the report up, 以上，请张书记审阅。, closes even where it stands among the plans: heldout74t)
        handed_up = re.match(r"以上[^。]{0,12}(?:审阅|审核|阅示|批示|审定|过目|指正)|特此(?:报告|汇报|总结)", simp)
        # (a paragraph of its own after the one the plans began in, 我们将以更加务实的作风，把…办好…: the closing —
        # heldout78t's 退役军人服务站)
        plans_before = doc.parts["plans"].found and doc.parts["plans"].offset < block.offset
        manner = n == 0 and plans_before and bool(_IN_A_MANNER.match(simp)) and not find_figures(block.text)
        if not closes or PLAN_LIST.search(simp) or (n == 0 and block.role == "plans" and not handed_up and not manner):
            continue
        if s.text.rstrip().endswith(("」", "”", "』")):
            continue  # the last words of someone quoted (…總之，要讓老人們吃得長久。」): not the writer's closing
        if _cue(simp) and not closes_with_formula(simp) and not manner:
            continue  # 我們決心，在新的一年裡，繼續以…為載體: the plans, whatever their last words
        plans = doc.parts["plans"]
        if plans.found and block.offset <= plans.offset < s.offset and "。" not in doc.text[plans.offset : s.offset]:
            continue  # 下一步，我們將…；…，確保…再上新台階。: the last clause of the plans' sentence (heldout42t)
        tail = spans[n:]
        if any(find_figures(t.text) or PLAN_START.match(fold(t.text)) for t in tail[1:]) or find_figures(s.text):
            return
        head = spans[:n]
        plain = not any(find_figures(h.text) or _cue(fold(h.text)) or _LISTED.match(fold(h.text)) for h in head)
        doc.found("closing", block.offset if plain and block.role != "plans" else s.offset, "paragraph")
        return


_IN_A_MANNER = re.compile(
    r"^(?:.{0,8}[，,])?(?:我们|我|社区|街道|中心|服务站|全村|村委会)?将以更加?[^，,。]{0,12}(?:作风|态度|热情|精神|姿态|干劲)"
)


# an item of a list: 一是…, or a number mark (1、 （一） (1) 一、)
_LISTED = re.compile(rf"^(?:[一二三四五六七八九十]是|{NUMBER_MARK.pattern})")


def _closing(doc: Summary, closing: list[Block]) -> None:
    if not closing:
        return
    simp = fold(closing[0].text)
    turn = next((s for s in closing[0].sentences() if PROBLEM_CUE.search(fold(s.text))), None)
    # after the plans, 總之，…取得了一定成績，但…仍有差距。 is a closing's modesty, not the problems
    after_plans = doc.parts["plans"].found and doc.parts["plans"].offset < closing[0].offset
    if (
        turn is not None and not doc.parts["problems"].found and not (after_plans and CLOSING_CUE.match(simp))
    ):  # 工作雖取得了一定成效，但也存在一些不足：… 下一步，…: the problems and plans
        for block in closing:
            block.role = "problems"
        doc.found("problems", turn.offset, "paragraph")
        plans = next((s for s in closing[0].sentences() if s.offset > turn.offset and _plans_start(fold(s.text))), None)
        if plans is not None:
            doc.found("plans", plans.offset, "paragraph")
        return
    plans_like = _announces_plans(simp) or (
        PLAN_START.match(simp) and not _only_resolves(simp) and not _looks_ahead_and_thanks(closing[0])
    )
    # (明年将重点抓好以下几项工作：… in the paragraph just before: the plans are there, and 我们将以更加务实的作风… after
    # them closes — heldout78t)
    before = [b for b in doc.paragraphs() if b.offset < closing[0].offset and b.role not in ("opening", "pre")][-1:]
    planned_before = any(
        PLAN_START.match(fold(s.text)) and PLAN_LIST.search(fold(s.text)) for b in before for s in b.sentences()[:1]
    )
    if plans_like and not doc.parts["plans"].found and not planned_before:
        for block in closing:  # 今後我們將…, with no plans part before it: it is the plans
            block.role = "plans"
        doc.found("plans", closing[0].offset, "paragraph")
        return
    # 总的来看，…还有不小距离。下一步，我们将…，一方面…另一方面…: the plans begin inside the last paragraph, and the
    # paragraph ends on them (heldout75t)
    later = next(
        (
            s
            for n, s in enumerate(closing[0].sentences())
            if n and _plans_start(fold(s.text)) and not _only_resolves(fold(s.text))
        ),
        None,
    )
    rest = doc.text[later.offset : closing[0].offset + len(closing[0].text)] if later is not None else ""
    counts = [f for f in find_figures(rest) if f.kind not in LABEL_KINDS and f.unit not in ("年", "")]
    concrete = bool(counts) or bool(re.search(r"一方面|一是|二是|首先|其次", fold(rest)))
    if later is not None and not doc.parts["plans"].found and concrete and len(closing) == 1:
        closing[0].role = "plans"
        doc.found("plans", later.offset, "paragraph")
        return
    doc.found("closing", closing[0].offset, "structure")


# a look ahead that promises only to strive (展望2026年，本會將繼續…，為建設…而努力。: heldout54t's Macau 街坊會)
_STRIVES = re.compile(r"^展望[^。]{0,60}为[^。]{2,30}而(?:努力|奋斗|不懈努力|努力奋斗|共同努力)[。！!]?$")
_THANKS_ONLY = re.compile(r"^[^。]{0,16}(?:感谢|谢谢|致谢)[^。]{0,30}[。！!]?$")


def _looks_ahead_and_thanks(block: Block) -> bool:
    """A paragraph that looks ahead only to strive and then thanks: a closing, not plans."""
    said = [fold(s.text).strip() for s in block.sentences()]
    return bool(said) and bool(_STRIVES.match(said[0])) and all(_THANKS_ONLY.match(s) for s in said[1:])


def _headless(doc: Summary, paras: list[Block]) -> None:
    """No headings: the parts are found sentence by sentence from their cues."""
    if not paras:
        return
    state = "opening" if _headless_opening(paras) else "work"
    if state == "opening":
        doc.found("opening", paras[0].offset, "structure")
    last = paras[-1] if len(paras) > 2 else None
    for i, block in enumerate(paras):
        block.role = state
        spans = block.sentences()
        if block is last and spans and state != "opening":
            role = _last_role(doc, block, spans)
            if role == "closing":
                block.role = "closing"
                doc.found("closing", block.offset, "structure")
                break
            if role == "plans" and state != "plans":
                state = block.role = "plans"
                doc.found("plans", spans[0].offset, "paragraph")
        for n, s in enumerate(spans):
            simp = fold(s.text)
            if state == "opening":
                # the opening ends with its lead-in, or with its paragraph (one sentence if alone)
                alone = n == 0 and not _leads_in_later(spans) and (len(paras) == 1 or _opening_sentence(spans))
                if LEAD_IN.search(simp) or alone:
                    state = "after-opening"
                continue
            if state == "after-opening":
                state = "work"
            if state == "work" and not doc.parts["work"].found and not _cue(simp):
                doc.found("work", s.offset, "paragraph")
            # (一要…, 二要… on lines of their own after the problems: what is to be done, with no heading — heldout68t;
            # a lone 一要… last but a closing reads forward too — the hostile pass)
            lone = i >= len(paras) - 2 and bool(re.match(r"(?:一|首先)要", simp))
            directs = state == "problems" and n == 0 and (_directives(simp, paras[i + 1 :]) or lone)
            if state in ("work", "problems") and (PLAN_START.match(simp) or PLAN_CUE.search(simp) or directs):
                state = "plans"
                doc.found("plans", s.offset, "paragraph")
            elif state == "work" and PROBLEM_CUE.search(simp):
                state = "problems"
                doc.found("problems", s.offset, "paragraph")
        if state in ("opening", "after-opening") and i == 0 and len(paras) > 1:
            state = "work"
    _closing_after_plans(doc, [b for b in paras if b.role != "opening"])


def _directives(simp: str, after: list[Block]) -> bool:
    """A paragraph that opens a list of what is to be done (一要…) with the next one going on (二要…)."""
    return _directs_on(simp, [fold(b.text) for b in after[:1]])


def _directs_on(simp: str, after: list[str]) -> bool:
    return bool(re.match(r"(?:一|首先)要", simp)) and bool(after) and bool(re.match(r"(?:二|其次)要", after[0]))


def _headless_opening(paras: list[Block]) -> bool:
    """Is the first paragraph of a headless text its opening? A lead-in or an opening cue says
    so; a text of several paragraphs opens with one unless it starts mid-list, or unless taking
    it away would leave no work at all (a short 小結 that goes straight to its figures)."""
    first = paras[0].sentences()
    if not first:
        return False
    if any(LEAD_IN.search(fold(s.text)) for s in first):
        return True
    if _opening_sentence(first):
        return True
    if len(paras) > 1 and _cue(fold(paras[1].sentences()[0].text) if paras[1].sentences() else ""):
        return False
    if _opening_like(paras[:1]):
        return True
    return len(paras) >= 3 and not _STARTS_MID_LIST.match(fold(first[0].text))


def _opening_sentence(spans: list[Sentence]) -> bool:
    """A paragraph that opens on one sentence of frame (本學期，我校在…的指導下，…完成了任務。) and
    goes on with the work: that sentence is the opening. It names no count (a year may be there)."""
    if len(spans) < 3 or _leads_in_later(spans):
        return False
    simp = fold(spans[0].text)
    return bool(OPENING_CUE.search(simp)) and not re.search(r"[0-9]", _YEAR.sub("", simp))


_YEAR = re.compile(r"(?:19|20)[0-9]{2}年(?:度|[上下]半年|第[一二三四]季度)?")
_STARTS_MID_LIST = re.compile(r"^(?:[一二三四五六七八九十]是|同时|此外|另外|并|还|再次|最后|其次|[0-9]+[、.．])")


def _last_role(doc: Summary, block: Block, spans: list[Sentence]) -> str:
    """What a headless text's last paragraph is: a closing, the plans, or more of the same."""
    simp = fold(spans[0].text)
    if not doc.parts["plans"].found and (NEWS_PLAN.search(simp) or _announces_plans(simp)):
        return "plans"
    # (回顾半年工作，我们也清醒地看到，…不足…。下一步，… : a look back that turns to the shortfalls, then the plans —
    # heldout71t's month-by-month 文化站)
    if not doc.parts["problems"].found and PROBLEM_CUE.search(simp):
        return ""
    if CLOSING_CUE.match(simp) or (CLOSING_SOFT.match(simp) and doc.parts["plans"].found) or _only_resolves(simp):
        return "closing"
    counts = [f for f in find_figures(block.text) if f.kind not in LABEL_KINDS]
    quoted = block.text.lstrip()[:1] in '“"「『' or "说" in block.text[-12:]
    if not counts and not quoted and not _cue(simp) and SUMMING_UP.search(fold(block.text)):
        return "closing"
    return ""


def _plans_start(simp: str) -> bool:
    return bool(PLAN_START.match(simp) or PLAN_CUE.search(simp))


def _only_resolves(simp: str) -> bool:
    if CLOSING_CONTINUE.search(simp) and not PLAN_INTENT.search(simp):
        return True
    return bool(CLOSING_RESOLVE.search(simp) or closes_with_formula(simp))


def _announces_plans(simp: str) -> bool:
    """A sentence that reads like a closing but says what will be done (今後我們將…, 展望明年，
    社區打算…): the plans, when the text has no plans part of its own."""
    if _only_resolves(simp):
        return False
    soft = CLOSING_SOFT.match(simp) and not CLOSING_CUE.match(simp)
    return bool(soft or (CLOSING_CUE.match(simp) and PLAN_INTENT.search(simp)))


def _leads_in_later(spans: list[Sentence]) -> bool:
    return any(LEAD_IN.search(fold(s.text)) for s in spans[1:])


def _cue(simp: str) -> bool:
    return bool(PROBLEM_CUE.search(simp) or PLAN_START.match(simp) or PLAN_CUE.search(simp))


# --------------------------------------------------------------------------- from known parts
@dataclass
class KnownBlock:
    """One block of a document whose role is known: what a draft or a writer produces."""

    role: str  # title | opening | work | problems | plans | closing | signature
    kind: str  # title | heading | para | signature
    text: str
    level: int = 0  # headings: 1 for 一、, 2 for （一）


def summary_from_blocks(parts: list[KnownBlock], separator: str = "\n\n") -> Summary:
    """A document built from blocks with known roles; its text is the blocks joined by
    ``separator`` (a draft's plain-text form), so positions match that text."""
    pieces: list[str] = []
    offset = 0
    placed: list[tuple[KnownBlock, int]] = []
    for part in parts:
        lines = [ln for ln in part.text.split("\n") if ln.strip()] if part.kind != "heading" else [part.text]
        # a signature's lines (the office over its date) stay together, as the draft prints them
        joiner = "\n" if part.kind == "signature" else separator
        for n, line in enumerate(lines):
            placed.append((KnownBlock(part.role, part.kind, line, part.level), offset))
            offset += len(line) + len(joiner if n < len(lines) - 1 else separator)
        if lines:
            pieces.append(joiner.join(lines))
    doc = Summary(separator.join(pieces))
    doc.parts = {name: PartFound() for name in PARTS}
    stack: list[Section] = []
    for part, at in placed:
        section = stack[-1] if stack else None
        if part.kind == "heading":
            section = _heading_section(part, at, doc)
            while stack and stack[-1].rank >= section.rank:
                stack.pop()
            (stack[-1].children if stack else doc.tree).append(section)
            stack.append(section)
        elif part.kind == "para" and section is not None and part.role in ("work", "problems", "plans"):
            section.paragraphs.append(Paragraph(part.text, doc.position(at)[0], offset=at))
        doc.blocks.append(Block(part.kind, part.text, at, part.role, section))
        if part.role in doc.parts:
            doc.found(part.role, at, "given", part.text if part.kind == "heading" else "")
    return doc


def _heading_section(part: KnownBlock, at: int, doc: Summary) -> Section:
    marked = match_marker(part.text)
    line = doc.position(at)[0]
    if marked is None:
        return Section(title=part.text, line=line, rank=max(1, part.level), offset=at, roles=[part.role])
    style, _rank, marker, number = marked
    return Section(
        title=part.text[len(marker) :].strip(),
        line=line,
        marker=marker,
        style=style,
        rank=max(1, part.level),
        number=number,
        offset=at,
        roles=[part.role],
    )
