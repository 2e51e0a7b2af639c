"""Simplified / Traditional handling through OpenCC.

Matching (headings, roles, retrieval) is done on Simplified text; the original text is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Literal

Script = Literal["simplified", "traditional"]

# OpenCC configs for output: mainland Simplified; Traditional in the standard character forms
# people type (為, 群眾, 著); Taiwan phrasing (軟體, 資訊) on request.
_CONFIGS = {"simplified": "t2s", "traditional": "s2tw", "taiwan": "s2twp"}


@lru_cache(maxsize=4)
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    out = str(_converter("t2s").convert(text))
    return _unphrased(text, out, "t2s") if out != text else out


@lru_cache(maxsize=8192)
def _alone(char: str, config: str) -> str:
    return str(_converter(config).convert(char))


def _unphrased(text: str, out: str, config: str) -> str:
    """``out`` with each character a phrase table changed back where the character is Simplified's own form, which no
    phrase of Traditional text holds: OpenCC reads 一坏了 as the old phrase 一坯 (heldout80's readers: 一坏了得等燃气公司来
    came out 一坯了)."""
    if len(out) != len(text):
        return out
    # (only a character already in Simplified's own form, 坏 of 壞: 瞭解 still becomes 了解)
    return "".join(
        t if o != t and _alone(t, config) == t and _alone(t, "s2t") != t else o for t, o in zip(text, out, strict=True)
    )


def to_traditional(text: str) -> str:
    return str(_converter("s2t").convert(text))


def convert(text: str, target: str) -> str:
    """Convert to ``simplified``, ``traditional`` or ``taiwan`` (Taiwan phrasing)."""
    if target not in _CONFIGS:
        raise ValueError(target)
    out = str(_converter(_CONFIGS[target]).convert(text))
    if target == "simplified" and out != text:
        out = _unphrased(text, out, "t2s")
    return out.replace("計劃", "計畫") if target == "taiwan" else out  # Taiwan's standard 計畫 (OpenCC keeps 計劃)


# Characters at home in Traditional text too (佔/占地 and 占比, 臺/台, 裡/鄰里, 於/于 as a name;
# 污, 涌 and 出 are OpenCC's variant or phrase choices, 汙, 湧, 齣; Taiwan's standard writes
# 分布, 周期, 依托, 批准, 系統, 制度, 只有, 干擾, 徵/長征, 風采, 試卷; Hong Kong names write 恒 for
# 恆, as in 恒生; Sichuan's 孃孃 is an aunt in Simplified text, not 娘娘 — round 21's readers): never
# a sign of mixing
BOTH_SCRIPTS = frozenset("占台里于才志着面松污涌出布周托准系制只干征采卷恒孃")


def script_counts(text: str) -> tuple[int, int]:
    """(characters only Traditional, characters only Simplified) in ``text``."""
    trad = simp = 0
    t2s = to_simplified(text)
    # Taiwan's standard forms: OpenCC's own standard turns 群 into the variant 羣, and a
    # Traditional text written with 群 is not mixed
    s2t = convert(text, "traditional")
    for orig, s, t in zip(text, t2s, s2t, strict=False):
        if orig in BOTH_SCRIPTS:
            continue
        if s != orig:
            trad += 1
        elif t != orig and _alone_traditional(orig) != orig:
            simp += 1  # not a phrase's choice (了解 -> 瞭解, 老娘舅 -> 老孃舅) but the character's own
    return trad, simp


@lru_cache(maxsize=4096)
def _alone_traditional(char: str) -> str:
    return convert(char, "traditional")


def detect_script(text: str, default: Script = "simplified") -> Script:
    trad, simp = script_counts(text)
    if trad == simp:
        return default
    return "traditional" if trad > simp else "simplified"


def convert_keeping(text: str, target: str, keep: Iterable[str] = ()) -> str:
    """Convert ``text``, then put back the user's own words in ``keep`` as they were written:
    OpenCC's phrase tables would turn the 里 of a place name into 裡."""
    out = convert(text, target)
    kept = set(keep)
    for original in sorted(kept, key=len, reverse=True):
        changed = convert(original, target)
        if changed != original and changed in out:
            out = out.replace(changed, original)
    # a word of the user's that the phrase tables would change inside a clause the copy-editor changed (登錄 →
    # 登入, a record becoming a log-in: heldout70's readers): as the user wrote it, with a character beside it
    for original in kept:
        again = convert(to_simplified(original), target)
        if again == original or len(again) != len(original):
            continue
        for at, (was, now) in enumerate(zip(original, again, strict=True)):
            if was != now and was not in BOTH_SCRIPTS and convert(was, "traditional") == was:  # (not a slip: 费)
                for lo, hi in ((at - 1, at + 1), (at, at + 2)):
                    if lo >= 0 and hi <= len(original) and again[lo:hi] in out:
                        out = out.replace(again[lo:hi], original[lo:hi])
                        break
    if len(out) != len(text) or not kept:
        return out
    # a character at home in both scripts (平台花園's 台) inside a clause the copy-editor changed: as
    # the user wrote it beside the same neighbour (round 18's readers: 平台花園 came out 平臺花園)
    typed = "\n".join(kept)
    chars = list(out)
    for i, (was, now) in enumerate(zip(text, out, strict=True)):
        beside = (i > 0 and text[i - 1 : i + 1] in typed) or (i + 1 < len(text) and text[i : i + 2] in typed)
        if was != now and was in BOTH_SCRIPTS and beside:
            chars[i] = was
    return "".join(chars)
