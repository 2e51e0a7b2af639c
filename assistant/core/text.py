"""Text primitives every module shares: the one normaliser, the one sentence splitter and the one
placeholder pattern.

``fold`` keeps the length of the text (so offsets found in the folded text hold in the original):
Simplified characters, half-width digits and the common full-width signs made half-width.
``squeeze`` folds and then drops spaces and punctuation, keeping each kept character's offset:
the key under which sentences are compared (copying, repeats).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.script import to_simplified

# The one CJK range: the unified ideographs and Extension A (the rarer characters of names).
CJK_CHARS = "\u3400-\u4dbf\u4e00-\u9fff"
CJK = re.compile(f"[{CJK_CHARS}]")
# pictographs and the marks that join or vary them (👍, 🌹, ✅, ️): a chat's, not a summary's
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3\u3030\u303d]")
STICKER = r"\[[^\]]{1,6}\]"  # a chat's sticker code: [强], [OK], [抱拳]

# The one pattern of the item numbers a 公文 puts before a line: 一、 （一） 1、 1. (1) 1) 第一，
# (a heading's number style and rank are read from it by summary.tree)
NUMERAL = r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})"
NUMBER_MARK = re.compile(
    rf"{NUMERAL}\s*(?:[、)）]|[.．](?![0-9０-９]))|[（(]\s*{NUMERAL}\s*[)）]|第{NUMERAL}[，,、：:]"
)

_HALF = str.maketrans("０１２３４５６７８９．％：", "0123456789.%:")
_PUNCT = re.compile(r"[\s，,。.；;：:！!？?、“”\"'‘’（）()《》〈〉「」『』【】\[\]…—\-·•～~/／]")

# Sentence ends. A half-width "." ends a sentence only when it is not inside a number (17.2噸)
# and not a numbering mark (1. 2.).
SENTENCE_END = re.compile(r"[。！？!?；;]|(?<![0-9０-９])\.(?![0-9０-９])")
_SPLIT = re.compile(r"[。！？!?；;\n]|(?<![0-9０-９])\.(?![0-9０-９])")
# Closing quotes and brackets that belong to the sentence they end.
_TRAILERS = "”’」』)）】"

# a name the user quoted (“老倌子”剧社, 「喺度」社企, 《搞定》): the copy-editor reads it but never rewrites
# inside it, and the checker's colloquial note does not point into it
QUOTED_NAME = re.compile(r"“[^“”]{1,24}”|「[^「」]{1,24}」|《[^《》]{1,40}》|‘[^‘’]{1,24}’|『[^『』]{1,24}』")
# a quote right after a speaking verb that speaks (a pronoun, a particle, a mark of speech) is what
# someone said (大娘拉着我说“恁这些孩子杠好”), not a name the user gave (居民说“邻里节”办得好)
_SPEAKER = re.compile(r"(?<![宣演主解开听游小巡团课座])(?:说|讲|港|吼|喊|骂|念叨)(?:我们|他们|着|了|道)?[：:，,]?$")
_SPEECH = re.compile(r"[我你您恁俺额侬咱伊啥嘛吧呀哦咯哒么呢啊哈冇啦嘞噻咧哩喽！？!?，,]")


def said_aloud(folded: str, quote: re.Match[str]) -> bool:
    """Whether a QUOTED_NAME match in simplified text is someone's words rather than a name."""
    return bool(_SPEAKER.search(folded, 0, quote.start()) and _SPEECH.search(quote.group(0)))


# Gaps a writer left to fill in: 20XX, 201*, 20**, XX社區, ××, ***, ___, 【待補】, 【 】, 某某, ○○.
PLACEHOLDER = re.compile(
    r"20[0-9]?[xX×＊*ｘＸ]{1,2}(?![0-9])"
    r"|[xX×ＸｘＸ]{2,}|××+|[*＊]{2,}|_{2,}|＿{2,}"
    r"|【\s*(?:待[补補填确確核][^】]{0,40})?】|\[\s*待[补補填][^\]]{0,40}\]"  # 【待核实：…】, an aside to settle
    r"|某某|○○+|〇〇+|（此[处處]填[写寫][^）]{0,40}）"
    # an AI answer's note to fill in (（此处可补充具体问题）, （请根据实际情况填写）: heldout66t)
    r"|[（(](?:此[处處]|这里|這裡)(?:可|需|请|請|应|應)?(?:补充|補充|填写|填寫|插入|添加|写|寫)[^）)]{0,30}[）)]"
    r"|[（(](?:请|請)(?:根据|根據|按|结合|結合)[^）)]{0,20}(?:填写|填寫|补充|補充|修改|调整|調整)[^）)]{0,10}[）)]"
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Simplified script, half-width digits and signs; same length as ``text``."""
    simp = to_simplified(text)
    if len(simp) != len(text):  # OpenCC kept the length in every case seen; guard anyway
        simp = "".join(to_simplified(c) for c in text)
    return simp.translate(_HALF)


def squeeze(text: str) -> tuple[str, list[int]]:
    """The folded text without spaces and punctuation, with each kept char's offset in ``text``."""
    folded = fold(text) if len(text) < 4096 else "".join(fold(text[i : i + 4096]) for i in range(0, len(text), 4096))
    kept = [(c, i) for i, c in enumerate(folded) if not _PUNCT.match(c)]
    return "".join(c for c, _ in kept), [i for _, i in kept]


def sentence_key(text: str) -> str:
    """What two sentences must share to count as the same sentence."""
    return squeeze(text)[0]


@dataclass(frozen=True)
class SentenceSpan:
    start: int  # offset in the text
    text: str  # the sentence, stripped, with its end mark

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def sentences(text: str, start: int = 0) -> Iterator[SentenceSpan]:
    """Each sentence of ``text`` with its offset (plus ``start``): split at sentence ends and line
    breaks; the end mark and any closing quote stay with the sentence."""
    begin = 0
    n = len(text)
    for m in _SPLIT.finditer(text):
        end = m.end() if m.group(0) != "\n" else m.start()
        while end < n and text[end] in _TRAILERS:
            end += 1
        if end <= begin:
            continue
        piece = text[begin:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield SentenceSpan(start + begin + lead, piece.strip())
        begin = end
    if begin < n and text[begin:].strip():
        piece = text[begin:]
        yield SentenceSpan(start + begin + len(piece) - len(piece.lstrip()), piece.strip())


def split_sentences(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


# pinyin as a broken converter leaves it in brackets: a syllable or a word's several, spaced
# (任務(wù), 隨訪(suí fǎng): heldout29); shared by converter-debris and the bracket fix, which leaves it
_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,6}"
PINYIN = re.compile(f"{_SYLLABLE}(?: {_SYLLABLE}){{0,3}}")


def common_run(a: str, b: str) -> int:
    """Length of the longest run of characters the two texts share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
