"""The one rule set. ``zongjie check`` runs it on a parsed file, a draft runs it on itself as it
is built, and the model writer runs it on each section it is offered: the same functions, with
the same thresholds, so the three can never disagree.

Rules come in three scopes: ``document`` rules need a whole text (parts, order, numbering);
``text`` rules read sentences and apply to any text, a whole draft or one section; ``section``
rules judge one section a writer produced (is it prose of that part, does it say every fact).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from assistant.checking.fix import punctuation_edits
from assistant.core.numbers import compare
from assistant.core.roles import CLOSING_CUE, LEAD_IN, PART_NAMES, PARTS, PLAN_CUE, PLAN_START, PROBLEM_CUE
from assistant.core.script import script_counts, to_simplified
from assistant.core.text import PLACEHOLDER, fold, sentence_key, sentences, squeeze
from assistant.summary.parts import Doc, Sentence
from assistant.summary.tree import Section, match_marker

SEVERITIES = ("error", "warning", "info")
RULES: dict[str, str] = {
    "missing-title": "error",
    "missing-opening": "error",
    "missing-work": "error",
    "missing-problems": "error",
    "missing-plans": "error",
    "missing-closing": "warning",
    "opening-formula": "warning",
    "title-form": "info",
    "section-order": "warning",
    "numbering": "warning",
    "numbering-level": "warning",
    "heading-pattern": "warning",
    "empty-section": "warning",
    "punctuation": "warning",
    "placeholder": "error",
    "unsupported-figure": "error",
    "unused-fact": "warning",
    "sample-leak": "error",
    "mixed-script": "warning",
    "duplicate-sentence": "warning",
    # one section offered by a writer
    "not-prose": "error",
    "echoed-instruction": "error",
    "wrong-section": "error",
    "closing-form": "error",
    "lost-item": "error",
    "length": "error",
    "stray-heading": "error",
}
DUPLICATE_MIN = 8  # normalised characters: shorter repeats (效果明顯。) are not worth a word
ECHO_GRAM = 10  # a run this long shared with the instructions is an echo, not a coincidence
COVERAGE = 0.5  # share of an item's character pairs that a paraphrase must keep


@dataclass
class LeakData:
    """What the reference samples name and say: entities (Simplified) and long sentences
    (normalised)."""

    entities: set[str]
    sentences: set[str]


@dataclass
class SectionSpec:
    """What one section offered by a writer must be."""

    role: str  # opening | work | problems | plans | closing
    items: list[str] = field(default_factory=list)  # the facts it must say
    target_length: int = 0
    instructions: set[str] = field(default_factory=set)  # ECHO_GRAM-grams of the prompt's own words


@dataclass
class Options:
    facts_text: str | None = None  # figures may come only from here
    expected_text: str | None = None  # figures that must appear (default: all of facts_text)
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, str] = field(default_factory=dict)
    leaks: LeakData | None = None
    section: SectionSpec | None = None


@dataclass
class Finding:
    rule: str
    severity: str
    line: int
    col: int
    message: str
    text: str = ""
    section: str = ""  # the standard part the finding is in (for grouping)
    offset: int = -1  # in the checked text (-1: about the facts, not a place in the text)

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
class _Ctx:
    doc: Doc
    options: Options

    def at(self, rule: str, offset: int, message: str, text: str = "") -> Finding:
        line, col = self.doc.position(offset)
        return Finding(rule, RULES[rule], line, col, message, text[:60], offset=offset)

    def nowhere(self, rule: str, message: str, text: str = "") -> Finding:
        return Finding(rule, RULES[rule], 0, 0, message, text[:60])


Rule = Callable[[_Ctx], Iterable[Finding]]


# --------------------------------------------------------------------------- document rules
_ADVICE = {
    "title": "在第一行寫上標題，例如「XX社區2024年上半年工作總結」。",
    "opening": "在正文前寫一段開頭：時段、在誰的領導下、總體情況，以「現將……總結如下：」收尾。",
    "work": "補上「一、主要工作及成效」，分條寫做了什麼、數字是多少。",
    "problems": "補上「存在的問題」一節（或在段落中寫明「但也存在一些不足：一是……」）。",
    "plans": "補上「下一步工作計劃」一節（或寫明「下一步，我們將……」）。",
    "closing": "在最後加一段結尾，例如以「總之，……」收束全文。",
}
_TITLE_FORM = re.compile(r"总结|汇报|小结|报告|述职")


def _missing(ctx: _Ctx) -> Iterable[Finding]:
    end = len(ctx.doc.text.rstrip())
    for name in PARTS:
        if not ctx.doc.parts[name].found:
            where = 0 if name in ("title", "opening") else end
            yield ctx.at(f"missing-{name}", where, f"缺少{PART_NAMES[name]}。{_ADVICE[name]}")


def _opening_formula(ctx: _Ctx) -> Iterable[Finding]:
    opening = ctx.doc.paragraphs("opening")
    if not opening:
        return
    if not any(LEAD_IN.search(fold(s.text)) for p in opening for s in p.sentences()):
        last = opening[-1]
        yield ctx.at(
            "opening-formula",
            last.offset,
            "開頭沒有「現將……總結如下：」之類的過渡句；正式的總結通常在開頭段末補上一句。",
            last.text,
        )


def _title_form(ctx: _Ctx) -> Iterable[Finding]:
    title = ctx.doc.title
    if title is not None and not _TITLE_FORM.search(fold(title.text)):
        yield ctx.at(
            "title-form",
            title.offset,
            "標題不是「……工作總結」的形式；作為總結上報時，可改為「單位＋時段＋工作總結」。",
            title.text,
        )


def _order(ctx: _Ctx) -> Iterable[Finding]:
    parts = ctx.doc.parts
    order = ["work", "problems", "plans"]
    for earlier, later in (("work", "problems"), ("work", "plans"), ("problems", "plans")):
        a, b = parts[earlier], parts[later]
        if a.found and b.found and b.offset < a.offset and a.how != "paragraph" and b.how != "paragraph":
            yield ctx.at(
                "section-order",
                b.offset,
                f"「{PART_NAMES[later]}」出現在「{PART_NAMES[earlier]}」之前；通常的順序是：主要工作、存在問題、下一步計劃。",
                b.heading,
            )
    closing = parts["closing"]
    if closing.found:
        for name in order:
            part = parts[name]
            if part.found and part.how == "heading" and part.offset > closing.offset:
                yield ctx.at("section-order", part.offset, "結尾之後還有正文標題，請把結尾移到最後。", part.heading)


def _sibling_groups(doc: Doc) -> list[list[Section]]:
    """Headings that share a parent (the top level, then each heading's children)."""
    return [doc.tree] + [s.children for _, s in doc.headings() if s.children]


def _numbering(ctx: _Ctx) -> Iterable[Finding]:
    for siblings in _sibling_groups(ctx.doc):
        numbered = [s for s in siblings if s.number is not None and not s.style.startswith("md")]
        if not numbered:
            continue
        styles = {s.style for s in numbered}
        if len(styles) > 1:
            odd = next(s for s in numbered if s.style != numbered[0].style)
            yield ctx.at(
                "numbering",
                odd.offset,
                f"同一級標題混用了「{numbered[0].marker}」和「{odd.marker}」兩種編號。",
                odd.heading,
            )
            continue
        puncts = {s.marker[-1] for s in numbered}
        if len(puncts) > 1:
            odd = next(s for s in numbered if s.marker[-1] != numbered[0].marker[-1])
            yield ctx.at(
                "numbering",
                odd.offset,
                f"同一級編號的標點不一致（「{numbered[0].marker}」與「{odd.marker}」），請統一。",
                odd.heading,
            )
        expected = 1
        for s in numbered:
            if s.number != expected:
                what = "重新從頭編號" if s.number is not None and s.number < expected else "跳號"
                yield ctx.at(
                    "numbering", s.offset, f"編號{what}：這裡應為第{expected}項，寫成了「{s.marker}」。", s.heading
                )
                expected = (s.number or 0) + 1
            else:
                expected += 1
        if len(numbered) == 1 and numbered[0].number == 1 and numbered[0].rank > 1:
            only = numbered[0]
            yield ctx.at(
                "numbering", only.offset, f"只有「{only.marker}」沒有第二項；只有一項時不必編號。", only.heading
            )


# GB/T 9704-2012: 一、 → （一） → 1. → （1）
LEVEL_STYLES = ("cn", "paren_cn", "num", "paren_num")
LEVEL_EXAMPLES = ("一、", "（一）", "1.", "（1）")


def _numbering_level(ctx: _Ctx) -> Iterable[Finding]:
    def walk(siblings: list[Section], depth: int, parent: Section | None) -> Iterable[Finding]:
        numbered = [s for s in siblings if s.style in LEVEL_STYLES]
        if numbered and depth <= len(LEVEL_STYLES):
            first = numbered[0]
            expected = LEVEL_STYLES[depth - 1]
            if first.style != expected:
                if parent is not None and parent.style in LEVEL_STYLES and first.rank > parent.rank + 1:
                    message = (
                        f"跳過了一級：「{parent.marker}」下面直接用了「{first.marker}」，"
                        f"按 GB/T 9704 應為「{LEVEL_EXAMPLES[depth - 1]}」。"
                    )
                else:
                    message = (
                        f"第{depth}級標題應該用「{LEVEL_EXAMPLES[depth - 1]}」式編號，寫成了「{first.marker}」"
                        "（GB/T 9704 的順序是 一、 （一） 1. （1））。"
                    )
                yield ctx.at("numbering-level", first.offset, message, first.heading)
        for s in siblings:
            if s.children:
                yield from walk(s.children, depth + (1 if s.style in LEVEL_STYLES else 0), s)

    yield from walk(ctx.doc.tree, 1, None)


def same_pattern(a: str, b: str) -> bool:
    """Two headings of one pattern: the same words around a different middle (扎实推进A，确保任务
    落实 / 扎实推进B，确保任务落实). The writer avoids what this rule reports."""
    if a == b:
        return False
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    # a frame is words before the name (扎实推进…) or around it; two names that merely end alike
    # (高血压患者管理 / 糖尿病患者管理) are the user's own names, not a frame
    return p >= 4 or q >= 5 or (p >= 2 and p + q >= 4)


def _heading_pattern(ctx: _Ctx) -> Iterable[Finding]:
    for siblings in _sibling_groups(ctx.doc):
        titles = [(s, fold(s.title)) for s in siblings if len(s.title) >= 4 and not s.statement]
        for i, (section, title) in enumerate(titles):
            earlier = next((o for o, t in titles[:i] if same_pattern(t, title)), None)
            if earlier is not None:
                yield ctx.at(
                    "heading-pattern",
                    section.offset,
                    f"這個標題與「{earlier.title}」是同一個句式，只換了中間的詞；請換一種說法。",
                    section.heading,
                )


def _empty(ctx: _Ctx) -> Iterable[Finding]:
    for siblings in _sibling_groups(ctx.doc):
        # a list of one-line items (1、…。 2、…。): an item that forgot its full stop is not empty
        one_liners = all(not s.paragraphs and not s.children for s in siblings)
        is_list = one_liners and any(s.statement for s in siblings)
        for s in siblings:
            if s.paragraphs or s.children or s.statement or is_list:
                continue
            yield ctx.at("empty-section", s.offset, "這個標題下面沒有內容，請補寫或刪去。", s.heading)


def _punctuation(ctx: _Ctx) -> Iterable[Finding]:
    # a web page's byline (发布时间:2025-07-03) is not the summary's text: --fix still mends it
    aside = sorted((b.offset, b.offset + len(b.text)) for b in ctx.doc.extra if b.offset >= 0)
    starts = [a for a, _ in aside]

    def set_aside(at: int) -> bool:  # bisect: a pasted page may hold thousands of such lines
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at < aside[i][1]

    edits = [e for e in punctuation_edits(ctx.doc.text) if not set_aside(e.start)]
    for edit in edits[:50]:
        yield ctx.at(
            "punctuation",
            edit.start,
            f"中文之間用了半角或不成對的標點「{edit.before}」，應為「{edit.after}」（zongjie check --fix 可自動改正）。",
            ctx.doc.text[max(0, edit.start - 8) : edit.end + 8],
        )
    if len(edits) > 50:
        yield ctx.nowhere("punctuation", f"另有 {len(edits) - 50} 處半角標點未逐一列出。")


# --------------------------------------------------------------------------- text rules
def _placeholders(ctx: _Ctx) -> Iterable[Finding]:
    for s in ctx.doc.sentences():
        for m in PLACEHOLDER.finditer(s.text):
            yield ctx.at("placeholder", s.offset + m.start(), f"「{m.group(0)}」是佔位符，請換成實際內容。", m.group(0))


def _body(ctx: _Ctx) -> tuple[str, list[int]]:
    """The document's text as its blocks, joined, with each block's start: figures are read
    block by block so that a figure never spans two blocks."""
    texts = [b.text for b in ctx.doc.blocks]
    return "\n".join(texts), [b.offset for b in ctx.doc.blocks]


def _figures(ctx: _Ctx) -> Iterable[Finding]:
    facts = ctx.options.facts_text
    if facts is None:
        return
    joined, starts = _body(ctx)
    expected = ctx.options.expected_text if ctx.options.expected_text is not None else facts
    unsupported, _ = compare(joined, facts)
    _, missing = compare(joined, expected)
    bounds = [0]
    for block in ctx.doc.blocks:
        bounds.append(bounds[-1] + len(block.text) + 1)
    for f in unsupported:
        i = min(max(0, bisect.bisect_right(bounds, f.start) - 1), len(starts) - 1)
        offset = starts[i] + f.start - bounds[i] if starts else 0
        what = {"date": "日期", "time": "時間", "ordinal": "編號"}.get(f.kind, "數字")
        yield ctx.at("unsupported-figure", offset, f"{what}「{f.text}」不在事實文件中，請核對或刪去。", f.text)
    for f in missing:
        yield ctx.nowhere("unused-fact", f"事實文件中的「{f.text}」沒有寫進稿子。", f.text)


def _leaks(ctx: _Ctx) -> Iterable[Finding]:
    leaks = ctx.options.leaks
    if leaks is None:
        return
    facts_simp = to_simplified(ctx.options.facts_text or "")
    facts_key = squeeze(ctx.options.facts_text or "")[0]
    for block in ctx.doc.blocks:
        simp = to_simplified(block.text)
        for entity in sorted(leaks.entities):
            pos = simp.find(entity)
            if pos >= 0 and entity not in facts_simp:
                yield ctx.at(
                    "sample-leak", block.offset + pos, f"「{entity}」是範文中的地名或單位名，請換成你們自己的。", entity
                )
        key, offsets = squeeze(block.text)
        reported: set[int] = set()
        for sentence in leaks.sentences:
            pos = key.find(sentence)
            if pos >= 0 and offsets[pos] not in reported and sentence not in facts_key:
                reported.add(offsets[pos])
                yield ctx.at(
                    "sample-leak",
                    block.offset + offsets[pos],
                    "這句話照抄了範文，請用自己的話寫。",
                    block.text[offsets[pos] : offsets[pos] + 40],
                )


def _mixed_script(ctx: _Ctx) -> Iterable[Finding]:
    spans = list(ctx.doc.sentences())
    counts = [script_counts(s.text) for s in spans]
    trad = sum(t for t, _ in counts)
    simp = sum(s for _, s in counts)
    if trad == simp or min(trad, simp) < 2:
        return
    minority = "traditional" if trad < simp else "simplified"
    # two characters at least: one 里 in a Traditional place name (榆林里) is the user's own name
    odd = [sp for sp, (t, s) in zip(spans, counts, strict=True) if (t if minority == "traditional" else s) >= 2]
    if odd:
        name, other = ("繁體", "簡體") if minority == "traditional" else ("簡體", "繁體")
        yield ctx.at(
            "mixed-script",
            odd[0].offset,
            f"簡繁混用：全文以{other}為主，有 {len(odd)} 句夾雜{name}字，請統一（可用 zongjie draft --script 轉換）。",
            odd[0].text,
        )


def _duplicates(ctx: _Ctx) -> Iterable[Finding]:
    seen: dict[str, Sentence] = {}
    for s in ctx.doc.sentences():
        key = sentence_key(s.text)
        if len(key) < DUPLICATE_MIN:
            continue
        if key in seen:
            line = ctx.doc.position(seen[key].offset)[0]
            yield ctx.at("duplicate-sentence", s.offset, f"這句話與第{line}行重複。", s.text)
        else:
            seen[key] = s


# --------------------------------------------------------------------------- section rules
_MARKUP = re.compile(r"<<|>>|\[/?INST\]|<\|?/?[a-z_]+\|?>|</?s>|&[lg]t;?", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHATTY = re.compile(r"^(?:好的|当然|以下是|下面是|根据(?:您的|你的)?要求|按照要求|我将|我会|作为|这是)")
_FUTURE_WORDS = re.compile(r"将|要|拟|计划|继续|力争|争取|进一步|着力|加快|持续|努力|确保")
_PAST = re.compile(r"取得了|做了大量|已完成|已经|完成了|一年来|半年来|成效|明显改善")
_CLOSING_START = ("总之", "总而言之", "综上")


def _section(ctx: _Ctx) -> SectionSpec:
    assert ctx.options.section is not None
    return ctx.options.section


def _not_prose(ctx: _Ctx) -> Iterable[Finding]:
    text = ctx.doc.text
    visible = re.sub(r"\s", "", text)
    if _MARKUP.search(text) or len(_CJK.findall(visible)) < 0.6 * max(1, len(visible)):
        yield ctx.at("not-prose", 0, "輸出的不是中文正文（含有標記或其他文字）。")


def _echo(ctx: _Ctx) -> Iterable[Finding]:
    grams = _section(ctx).instructions
    first = next(iter(ctx.doc.sentences()), None)
    if first is not None and _CHATTY.match(fold(first.text)):
        yield ctx.at("echoed-instruction", first.offset, "開頭是對要求的應答，而不是正文。", first.text)
        return
    if not grams:
        return
    key, offsets = squeeze(ctx.doc.text)
    for i in range(len(key) - ECHO_GRAM + 1):
        if key[i : i + ECHO_GRAM] in grams:
            yield ctx.at("echoed-instruction", offsets[i], "複述了寫作要求，而不是寫正文。", ctx.doc.text[offsets[i] :])
            return


def instruction_grams(texts: Iterable[str]) -> set[str]:
    """The ECHO_GRAM-character runs of a prompt's own words (its data blocks taken out)."""
    grams: set[str] = set()
    for text in texts:
        key = squeeze(re.sub(r"^\s*[0-9]+[.、．]", "", text, flags=re.M))[0]
        grams.update(key[i : i + ECHO_GRAM] for i in range(len(key) - ECHO_GRAM + 1))
    return grams


def _wrong_section(ctx: _Ctx) -> Iterable[Finding]:
    """A section that writes another part: problems as plans, plans as achievements, work as
    plans, an opening as a closing. Judged by how the section begins."""
    role = _section(ctx).role
    first = next(iter(ctx.doc.sentences()), None)
    if first is None:
        return
    simp = fold(first.text)
    future = PLAN_START.match(simp) or PLAN_CUE.search(simp)
    if role == "problems" and future:
        yield ctx.at("wrong-section", first.offset, "這一節應寫存在的問題，寫成了下一步計劃。", first.text)
    elif role == "plans" and (PROBLEM_CUE.match(simp) or (_PAST.search(simp) and not _FUTURE_WORDS.search(simp))):
        yield ctx.at("wrong-section", first.offset, "這一節應寫下一步打算，寫成了已做的工作或問題。", first.text)
    elif role == "work" and future:
        yield ctx.at("wrong-section", first.offset, "這一節應寫已經做了的工作，寫成了下一步計劃。", first.text)
    elif role == "opening" and CLOSING_CUE.match(simp):
        yield ctx.at("wrong-section", first.offset, "這一段應是開頭，寫成了結尾。", first.text)


def _closing_form(ctx: _Ctx) -> Iterable[Finding]:
    if _section(ctx).role == "closing" and not fold(ctx.doc.text.strip()).startswith(_CLOSING_START):
        yield ctx.at("closing-form", 0, "結尾應以「總之，」之類的收束語開頭。")


def coverage(item: str, text_key: str) -> float:
    """Share of the item's character pairs found in a (squeezed) text."""
    key = sentence_key(item)
    pairs = {key[i : i + 2] for i in range(len(key) - 1)}
    if not pairs:
        return 1.0
    return sum(1 for p in pairs if p in text_key) / len(pairs)


def _lost_items(ctx: _Ctx) -> Iterable[Finding]:
    key = squeeze(ctx.doc.text)[0]
    lost = [item for item in _section(ctx).items if coverage(item, key) < COVERAGE]
    if lost:
        yield ctx.at("lost-item", 0, "沒有寫到這些事實：" + "；".join(lost[:3]))


def _length(ctx: _Ctx) -> Iterable[Finding]:
    target = _section(ctx).target_length
    n = len(ctx.doc.text)
    if not target:
        return
    if n < max(15, int(target * 0.3)):
        yield ctx.at("length", 0, f"篇幅過短（{n}字，應約{target}字）。")
    elif n > target * 3 + 150:
        yield ctx.at("length", 0, f"篇幅過長（{n}字，應約{target}字）。")


def _stray_heading(ctx: _Ctx) -> Iterable[Finding]:
    for block in ctx.doc.blocks:
        marked = match_marker(block.text)
        if marked and marked[0] == "cn":
            yield ctx.at("stray-heading", block.offset, f"寫了別的部分的標題：{block.text[:20]}")
            return


DOCUMENT_RULES: list[Rule] = [
    _missing,
    _opening_formula,
    _title_form,
    _order,
    _numbering,
    _numbering_level,
    _heading_pattern,
    _empty,
    _punctuation,
]
TEXT_RULES: list[Rule] = [_placeholders, _figures, _leaks, _mixed_script, _duplicates]
SECTION_RULES: list[Rule] = [
    _opening_formula,
    _not_prose,
    _echo,
    _wrong_section,
    _closing_form,
    _lost_items,
    _length,
    _stray_heading,
]


def run_rules(doc: Doc, options: Options) -> list[Finding]:
    """Every rule of the scope (a section when ``options.section`` is set, else a document),
    with the user's severities and disabled rules applied; sorted by position."""
    rules = (SECTION_RULES if options.section is not None else DOCUMENT_RULES) + TEXT_RULES
    findings: list[Finding] = []
    for rule in rules:
        for finding in rule(_Ctx(doc, options)):
            severity = options.severities.get(finding.rule, finding.severity)
            if finding.rule in options.disabled or severity == "off":
                continue
            finding.severity = severity
            finding.section = doc.part_at(finding.offset) if finding.offset >= 0 else "facts"
            findings.append(finding)
    findings.sort(key=lambda f: (f.line == 0, f.line, f.col, f.rule))
    return findings


def leak_sentences(texts: Iterable[str], min_chars: int = 12, min_clause: int = 16) -> set[str]:
    """Normalised sentences (and long clauses) distinctive enough that finding one in a draft
    means it was copied."""
    out: set[str] = set()
    for text in texts:
        for span in sentences(text):
            line = _ITEM_MARK.sub("", span.text)
            key = sentence_key(line)
            if len(key) >= min_chars:
                out.add(key)
            for clause in re.split(r"[，,：:]", line):
                key = sentence_key(clause)
                if len(key) >= min_clause:
                    out.add(key)
    return out


_ITEM_MARK = re.compile(
    r"^\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]|^\s*[（(][0-9一二三四五六七八九十]{1,3}[)）]"
)
