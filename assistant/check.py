"""The checker: what a reviewer at the 街道 or the 創衛辦 would send back.

It finds the standard sections (by heading, or inside a paragraph without one), checks their
order and numbering, and looks for placeholders, figures the facts do not support, copying from
the samples, mixed scripts and repeated sentences. Only the structure parser, figures and
OpenCC are needed; the sample index is read only for ``sample-leak``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .numbers import compare
from .script import script_counts, to_simplified
from .structure import SENTENCE_END, Document, Paragraph, Section, classify_heading, parse

PARTS = ("title", "opening", "work", "problems", "plans", "closing")
PART_NAMES = {
    "title": "標題",
    "opening": "開頭",
    "work": "主要工作及成效",
    "problems": "存在問題",
    "plans": "下一步計劃",
    "closing": "結尾",
}
SEVERITIES = ("error", "warning", "info")
RULES: dict[str, str] = {
    "missing-title": "error",
    "missing-opening": "error",
    "missing-work": "error",
    "missing-problems": "error",
    "missing-plans": "error",
    "missing-closing": "warning",
    "section-order": "warning",
    "numbering": "warning",
    "empty-section": "warning",
    "placeholder": "error",
    "unsupported-figure": "error",
    "unused-fact": "warning",
    "sample-leak": "error",
    "mixed-script": "warning",
    "duplicate-sentence": "warning",
}

# Lead-in at the end of the opening: 現將……總結如下：, 主要做了以下幾個方面的工作：
LEAD_IN = re.compile(r"如下[:：。]?\s*$|以下.{0,16}[:：]\s*$|总结如下|汇报如下|报告如下")
# Problems or plans inside a paragraph without their own heading (matched in Simplified).
_PROBLEM_CUE = re.compile(
    r"(?:但|仍|还|也|依然|尚)然?(?:存在|有)着?.{0,10}?(?:问题|不足|现象|差距|短板|困难)"
    r"|工作中(?:还|仍)?存在"
    r"|(?:存在的|主要的?)(?:主要)?(?:问题|不足|困难)(?:是|有|主要|[:：])"
    r"|不足之处"
)
_PLAN_START = re.compile(
    r"^(?:同时[，,]|此外[，,])?(?:下一步|下阶段|下一阶段|今后|明年|接下来|在今后的工作中|在以后的工作中)"
)
_PLAN_CUE = re.compile(
    r"在(?:今后|以后)的工作中|下一步[，,]?(?:我们|我|本?社区|中心|街道|我办|我局|公司)?(?:将|要|计划|打算)"
)
PLACEHOLDER = re.compile(
    r"20[xX×＊*]{2}|[xX×ＸＸ]{2,}|××+|_{2,}|＿{2,}|【\s*待[补補填][^】]*】|\[\s*待[补補填][^\]]*\]|某某|○○+|（此处填写[^）]*）"
)
_SUB_HEADING_MAX = 12
_PUNCT = re.compile(r"[\s，,。.；;：:！!？?、“”\"'‘’（）()《》【】\[\]…—-]")


@dataclass
class Finding:
    rule: str
    severity: str
    line: int
    col: int
    message: str
    text: str = ""
    section: str = ""  # the standard part the finding is in (for grouping)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "col": self.col,
            "message": self.message,
            "text": self.text,
            "section": self.section,
        }


@dataclass
class PartFound:
    found: bool = False
    line: int = 0
    heading: str = ""
    how: str = ""  # heading | paragraph | structure

    def to_dict(self) -> dict[str, Any]:
        return {"found": self.found, "line": self.line, "heading": self.heading, "how": self.how}


@dataclass
class Report:
    file: str
    sections: dict[str, PartFound]
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def failed(self, strict: bool = False) -> bool:
        return self.count("error") > 0 or (strict and self.count("warning") > 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sections": {k: v.to_dict() for k, v in self.sections.items()},
            "findings": [f.to_dict() for f in self.findings],
            "errors": self.count("error"),
            "warnings": self.count("warning"),
            "notes": self.notes,
        }


@dataclass
class LeakData:
    """What the indexed samples name and say: entities (Simplified) and long sentences (normalised)."""

    entities: set[str]
    sentences: set[str]


@dataclass
class Options:
    facts_text: str | None = None
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, str] = field(default_factory=dict)
    leaks: LeakData | None = None


# ----------------------------------------------------------------------------- positions
class _Text:
    """Offsets to (line, col) for the text as the parser saw it."""

    def __init__(self, text: str, line_offset: int) -> None:
        self.text = text
        self.line_offset = line_offset
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1 + self.line_offset, offset - self.starts[lo] + 1


def normalise(text: str) -> tuple[str, list[int]]:
    """Simplified text without spaces and punctuation, with each kept char's original offset."""
    simp = to_simplified(text)
    if len(simp) != len(text):  # OpenCC kept the length in every case seen; guard anyway
        simp = "".join(to_simplified(c) for c in text)
    kept = [(c, i) for i, c in enumerate(simp) if not _PUNCT.match(c)]
    return "".join(c for c, _ in kept), [i for _, i in kept]


def sentence_spans(text: str) -> Iterable[tuple[int, str]]:
    """(offset, sentence) for each sentence, split at sentence ends and line breaks."""
    start = 0
    for m in re.finditer(r"[。！？!?；;\n]|(?<![0-9０-９])\.(?![0-9０-９])", text + "\n"):
        sentence = text[start : m.start()]
        if sentence.strip():
            lead = len(sentence) - len(sentence.lstrip())
            yield start + lead, sentence.strip()
        start = m.end()


# ----------------------------------------------------------------------------- section map
def _is_lead_in(paragraphs: list[Paragraph]) -> bool:
    return any(LEAD_IN.search(to_simplified(p.text)) for p in paragraphs)


def section_map(doc: Document) -> dict[str, PartFound]:
    parts = {name: PartFound() for name in PARTS}
    if doc.title:
        parts["title"] = PartFound(True, doc.title_line, doc.title, "structure")
    if doc.opening:
        parts["opening"] = PartFound(True, doc.opening[0].line, "", "structure")
    if doc.closing:
        parts["closing"] = PartFound(True, doc.closing[0].line, "", "structure")
    # by heading: top-level roles first, then any deeper heading that names the part
    for section in doc.sections:
        for role in section.roles:
            if role in parts and not parts[role].found:
                parts[role] = PartFound(True, section.line, section.heading, "heading")
    for role in ("problems", "plans"):
        if parts[role].found:
            continue
        for _, section in doc.headings():
            # a deeper heading counts only when it is short and names the part (（三）存在問題),
            # not when a cue word merely occurs in it (徵求業主意見建議)
            short = 0 < len(section.title) <= _SUB_HEADING_MAX
            if short and role in classify_heading(section.title) and not section.statement:
                parts[role] = PartFound(True, section.line, section.heading, "heading")
                break
    # inside a paragraph without a heading (never in the opening; in the closing only at its start)
    body = [p for s in doc.sections for p in s.all_paragraphs()]
    for role, cue in (("problems", _PROBLEM_CUE), ("plans", _PLAN_CUE)):
        if parts[role].found:
            continue
        for para in body + doc.closing:
            simp = to_simplified(para.text)
            starts = _PLAN_START.match(simp) if role == "plans" else None
            in_closing = para in doc.closing
            if starts or (not in_closing and cue.search(simp)):
                parts[role] = PartFound(True, para.line, "", "paragraph")
                break
    if not parts["work"].found and not doc.sections:
        # no headings at all: the body paragraphs between opening and closing are the work
        middle = doc.opening[1:]
        if middle:
            parts["work"] = PartFound(True, middle[0].line, "", "paragraph")
    return parts


def _part_of_line(line: int, parts: dict[str, PartFound], doc: Document) -> str:
    """The standard part a line belongs to: the last part that starts at or before it."""
    starts = sorted((p.line, name) for name, p in parts.items() if p.found and p.how != "paragraph")
    current = "title" if doc.title and line <= doc.title_line else "opening"
    for start, name in starts:
        if start <= line:
            current = name
    return current


# ----------------------------------------------------------------------------- rules
Rule = Callable[["_Context"], Iterable[Finding]]


@dataclass
class _Context:
    doc: Document
    text: _Text
    parts: dict[str, PartFound]
    options: Options

    def finding(self, rule: str, offset_or_line: tuple[int, int] | int, message: str, text: str = "") -> Finding:
        if isinstance(offset_or_line, tuple):
            line, col = offset_or_line
        else:
            line, col = self.text.position(offset_or_line)
        return Finding(rule, RULES[rule], line, col, message, text[:60])


def _missing(ctx: _Context) -> Iterable[Finding]:
    parts, doc = ctx.parts, ctx.doc
    first = (doc.title_line or 1, 1)
    advice = {
        "title": "在第一行寫上標題，例如「XX社區2024年上半年創衛工作總結」。",
        "opening": "在第一個標題前寫一段開頭：時段、在誰的領導下、總體情況，以「現將……總結如下：」收尾。",
        "work": "補上「一、主要工作及成效」，分條寫做了什麼、數字是多少。",
        "problems": "補上「存在的問題」一節（或在段落中寫明「但也存在一些不足：一是……」）。",
        "plans": "補上「下一步工作計劃」一節（或寫明「下一步，我們將……」）。",
        "closing": "在最後加一段結尾，例如以「總之，……」收束全文。",
    }
    for name in PARTS:
        if not parts[name].found:
            line = first if name in ("title", "opening") else (ctx.text.position(len(ctx.text.text))[0], 1)
            yield ctx.finding(f"missing-{name}", line, f"缺少{PART_NAMES[name]}。{advice[name]}")
    if parts["opening"].found and not _is_lead_in(doc.opening):
        last = doc.opening[-1]
        yield ctx.finding(
            "missing-opening",
            (last.line, 1),
            "開頭缺少「現將……總結如下：」之類的過渡句，請在開頭段末補上。",
            last.text,
        )


def _order(ctx: _Context) -> Iterable[Finding]:
    order = ["work", "problems", "plans"]
    lines = {name: ctx.parts[name].line for name in order if ctx.parts[name].found}
    for earlier, later in (("work", "problems"), ("work", "plans"), ("problems", "plans")):
        if earlier in lines and later in lines and lines[later] < lines[earlier]:
            yield ctx.finding(
                "section-order",
                (lines[later], 1),
                f"「{PART_NAMES[later]}」出現在「{PART_NAMES[earlier]}」之前；通常的順序是：主要工作、存在問題、下一步計劃。",
                ctx.parts[later].heading,
            )
    closing = ctx.parts["closing"]
    if closing.found:
        for name in order:
            if ctx.parts[name].found and ctx.parts[name].how == "heading" and ctx.parts[name].line > closing.line:
                yield ctx.finding(
                    "section-order", (ctx.parts[name].line, 1), "結尾之後還有正文標題，請把結尾移到最後。"
                )


def _sibling_groups(doc: Document) -> list[list[Section]]:
    """Headings that share a parent (the top level, then each heading's children)."""
    return [doc.sections] + [s.children for _, s in doc.headings() if s.children]


def _numbering(ctx: _Context) -> Iterable[Finding]:
    for siblings in _sibling_groups(ctx.doc):
        numbered = [s for s in siblings if s.number is not None and not s.style.startswith("md")]
        if not numbered:
            continue
        styles = {s.style for s in numbered}
        if len(styles) > 1:
            odd = next(s for s in numbered if s.style != numbered[0].style)
            yield ctx.finding(
                "numbering",
                (odd.line, 1),
                f"同一級標題混用了「{numbered[0].marker}」和「{odd.marker}」兩種編號。",
                odd.heading,
            )
            continue
        puncts = {s.marker[-1] for s in numbered}
        if len(puncts) > 1:
            odd = next(s for s in numbered if s.marker[-1] != numbered[0].marker[-1])
            yield ctx.finding(
                "numbering",
                (odd.line, 1),
                f"同一級編號的標點不一致（「{numbered[0].marker}」與「{odd.marker}」），請統一。",
                odd.heading,
            )
        expected = 1
        for s in numbered:
            if s.number != expected:
                what = "重新從頭編號" if s.number is not None and s.number < expected else "跳號"
                yield ctx.finding(
                    "numbering", (s.line, 1), f"編號{what}：這裡應為第{expected}項，寫成了「{s.marker}」。", s.heading
                )
                expected = (s.number or 0) + 1
            else:
                expected += 1
        if len(numbered) == 1 and numbered[0].number == 1 and numbered[0].rank > 1:
            only = numbered[0]
            yield ctx.finding(
                "numbering", (only.line, 1), f"只有「{only.marker}」沒有第二項；只有一項時不必編號。", only.heading
            )


def _empty(ctx: _Context) -> Iterable[Finding]:
    for siblings in _sibling_groups(ctx.doc):
        # a list of one-line items (1、…。 2、…。): an item that forgot its full stop is not empty
        one_liners = all(not s.paragraphs and not s.children for s in siblings)
        is_list = one_liners and any(s.statement for s in siblings)
        for s in siblings:
            if s.paragraphs or s.children or s.statement or is_list:
                continue
            yield ctx.finding("empty-section", (s.line, 1), "這個標題下面沒有內容，請補寫或刪去。", s.heading)


def _placeholders(ctx: _Context) -> Iterable[Finding]:
    for m in PLACEHOLDER.finditer(ctx.text.text):
        yield ctx.finding("placeholder", m.start(), f"「{m.group(0)}」是佔位符，請換成實際內容。", m.group(0))


def _figures(ctx: _Context) -> Iterable[Finding]:
    if ctx.options.facts_text is None:
        return
    unsupported, missing = compare(ctx.text.text, ctx.options.facts_text)
    for f in unsupported:
        what = "日期" if f.kind == "date" else "數字"
        yield ctx.finding("unsupported-figure", f.start, f"{what}「{f.text}」不在事實文件中，請核對或刪去。", f.text)
    for f in missing:
        yield ctx.finding("unused-fact", (0, 0), f"事實文件中的「{f.text}」沒有寫進稿子。", f.text)


def _leaks(ctx: _Context) -> Iterable[Finding]:
    leaks = ctx.options.leaks
    if leaks is None:
        return
    norm, offsets = normalise(ctx.text.text)
    facts = normalise(ctx.options.facts_text or "")[0]
    simp = to_simplified(ctx.text.text)
    for entity in sorted(leaks.entities):
        pos = simp.find(entity)
        if pos >= 0 and entity not in facts:
            yield ctx.finding("sample-leak", pos, f"「{entity}」是範文中的地名或單位名，請換成你們自己的。", entity)
    reported: set[int] = set()
    for sentence in leaks.sentences:
        pos = norm.find(sentence)
        if pos >= 0 and offsets[pos] not in reported:
            reported.add(offsets[pos])
            yield ctx.finding(
                "sample-leak",
                offsets[pos],
                "這句話照抄了範文，請用自己的話寫。",
                ctx.text.text[offsets[pos] : offsets[pos] + 40],
            )


def _mixed_script(ctx: _Context) -> Iterable[Finding]:
    trad: list[tuple[int, str]] = []
    simp: list[tuple[int, str]] = []
    for offset, sentence in sentence_spans(ctx.text.text):
        t, s = script_counts(sentence)
        if t >= 2 and s == 0:
            trad.append((offset, sentence))
        elif s >= 2 and t == 0:
            simp.append((offset, sentence))
    if trad and simp:
        minority, name = (simp, "簡體") if len(simp) < len(trad) else (trad, "繁體")
        other = "繁體" if name == "簡體" else "簡體"
        offset, sentence = minority[0]
        yield ctx.finding(
            "mixed-script",
            offset,
            f"簡繁混用：全文以{other}為主，有 {len(minority)} 句是{name}，請統一（可用 zongjie draft --script 轉換）。",
            sentence,
        )


def _duplicates(ctx: _Context) -> Iterable[Finding]:
    seen: dict[str, int] = {}
    for offset, sentence in sentence_spans(ctx.text.text):
        key = normalise(sentence)[0]
        if len(key) < 8:
            continue
        if key in seen:
            line = ctx.text.position(seen[key])[0]
            yield ctx.finding("duplicate-sentence", offset, f"這句話與第{line}行重複。", sentence)
        else:
            seen[key] = offset


ALL_RULES: list[Rule] = [
    _missing,
    _order,
    _numbering,
    _empty,
    _placeholders,
    _figures,
    _leaks,
    _mixed_script,
    _duplicates,
]


def check_text(text: str, name: str = "-", line_offset: int = 0, options: Options | None = None) -> Report:
    """Check one text. Never raises on odd input: any text gives a report."""
    options = options or Options()
    doc = parse(text, line_offset)
    parts = section_map(doc)
    ctx = _Context(doc, _Text(text, line_offset), parts, options)
    findings: list[Finding] = []
    for rule in ALL_RULES:
        for finding in rule(ctx):
            severity = options.severities.get(finding.rule, finding.severity)
            if finding.rule in options.disabled or severity == "off":
                continue
            finding.severity = severity
            finding.section = _part_of_line(finding.line, parts, doc) if finding.line else "facts"
            findings.append(finding)
    findings.sort(key=lambda f: (f.line, f.col, f.rule))
    report = Report(name, parts, findings)
    if options.leaks is None and "sample-leak" not in options.disabled:
        report.notes.append("沒有找到範文索引，已跳過照抄檢查（sample-leak）；運行 zongjie ingest 後可檢查。")
    return report


def sentence_key(text: str) -> str:
    return normalise(text)[0]


def leak_sentences(texts: Iterable[str], min_chars: int = 12, min_clause: int = 16) -> set[str]:
    """Normalised sentences (and long clauses) distinctive enough that finding one in a draft
    means it was copied."""
    out: set[str] = set()
    for text in texts:
        for part in SENTENCE_END.split(text):
            for line in part.split("\n"):
                key = sentence_key(line)
                if len(key) >= min_chars:
                    out.add(key)
                for clause in re.split(r"[，,：:]", line):
                    key = sentence_key(clause)
                    if len(key) >= min_clause:
                        out.add(key)
    return out
