"""Build prompts/written_words.lst: the words of written Chinese a register rule may not cut across or
rewrite inside (做好困难群众 is no 好难, 形成日常 no 成日, 歪风邪气 no 邪气, 生活补贴在 no 贴在: the hostile pass
of round 26). The words: jieba's cut of texts already in written register (the samples, the labelled
real-like summaries of tests/data/real*, the goldens) and the common words of jieba's dictionary, two to
four characters, Simplified; less a count (三户), a phrase with a function word in it (多处, 这是), and any
word a labeller marked as speech in tests/data/spoken*.

Run: python -m tools.written_words (writes the file; the list is data, checked in)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from assistant.core.script import to_simplified
from assistant.core.tokenize import _jieba

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "prompts" / "written_words.lst"
MIN_FREQ = 300  # a corpus word jieba's dictionary knows this well, not a cut of a phrase (报区)
COMMON_FREQ = 500  # a dictionary word this common is a guard whether or not the corpora use it
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
# a phrase with a count's or a function word's character in it (多处, 报区, 这是, 余人, 回村)
_FUNCTION = re.compile(
    r"[多余几个第这那对由各在来已回时万千百得到的着过把被就都也还又再很太是从向给跟和与及或等每该其此]|了(?!解)"
)
# a numeral and its measure word (三户, 两名): a count, not a word
_COUNT = re.compile(r"^[一二三四五六七八九十两零半][户名位次件处场条张本份台辆间块栋座棵只]$")
# dictionary words a count or an aspect word makes (多个, 几次, 第二, 回过, 有着): the rules act on those
_LOOSE = re.compile(r"^[多几第余]|[着过了]$|^一个|^(?:只有|除了|在线|时报)$")
# words a clerk's speech is made of, whatever texts they turn up in: never a guard
SPOKEN = set(
    "搞了 弄了 整了 好多 好难 蛮好 老是 咋办 啥子 莫得 冇得 巴适 得劲 板扎 恼火 搞好 弄好 一哈 晓得 拉呱 唠唠".split()
)


def sources() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.txt"))
    for folder in sorted((ROOT / "tests" / "data").glob("real*")):
        files += sorted(folder.glob("*.txt")) + sorted(folder.glob("*.md"))
    files += sorted((ROOT / "tests" / "golden" / "drafts").glob("*.md"))
    return files


def _guard(token: str) -> bool:
    return (
        bool(_HAN.fullmatch(token)) and token not in SPOKEN and not _FUNCTION.search(token) and not _COUNT.match(token)
    )


def _with_particle(word: str, span: str) -> bool:
    """A word with a particle after it (当场就, 签约吧, 没法过) or a speaker's degree word before it (蛮支持): the
    word is written, the one character the speech (spoken56's labels)."""
    # (or a particle of the region's, 找到哒; a demonstrative or a count before it, 这学期, 7个人 — spoken58's labels)
    # (or a filler or a degree word before it, 嗯今年, 贼干净, and a verb of one character, 管交通 — spoken59's labels)
    head = re.match(r"^(?:[0-9]+|[这那蛮几两一二三四五六七八九十嗯呃贼挺管])", span)
    head = head if head is not None and not re.match(r"[这那蛮几两一二三四五六七八九十半嗯呃贼挺管]", word) else None
    if head is None and len(span) != len(word) + 1:
        return False
    if head is not None:
        return span[head.end() :] == word
    return span.startswith(word) and span[-1] in "就了的都也还吧过哒咯嘞啦帮"


def main() -> None:
    jieba = _jieba()
    freq = jieba.dt.FREQ
    words = {
        token
        for path in sources()
        for token in jieba.cut(to_simplified(path.read_text(encoding="utf-8")))
        if _guard(token) and freq.get(token, 0) >= MIN_FREQ
    }
    # (a dictionary word this common is a word whatever characters it has: 同时, 发票, 回村 is not one)
    words |= {
        token
        for token, n in freq.items()
        if n >= COMMON_FREQ
        and _HAN.fullmatch(token)
        and token not in SPOKEN
        and not _COUNT.match(token)
        and not _LOOSE.search(token)
    }
    # a word inside what a labeller marked as speech (一遍, 左右, 多户, 几个, 群里) is no guard
    for path in sorted((ROOT / "tests" / "data").glob("spoken*/items.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            spans = [to_simplified(str(span)) for span in item.get("spoken") or []]
            # (but 当场 in 当场就: a word and the particle after it — spoken55's 当场就 made 当场工作人员 担任场…)
            words -= {
                w
                for w in words
                if any(w == span or (w in span and len(span) <= 3 and not _with_particle(w, span)) for span in spans)
            }
    head = "# Written words (tools/written_words.py): a register rule may not cut across one or rewrite inside one.\n"
    OUT.write_text(head + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
