"""jieba, loaded once and quietly, for BM25 tokens and part-of-speech tags."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.core.script import to_simplified

_KEEP = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
# Very common words that carry no topic; keeping them only adds noise to BM25 scores.
_STOPWORDS = set(
    """的 了 和 与 及 在 是 对 为 并 等 将 把 被 也 都 又 中 上 下 有 个 我们 进行
    开展 工作 一 这""".split()
)


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    from assistant.core.config import data_dir

    jieba.setLogLevel(logging.WARNING)
    # jieba caches its dictionary in the temp dir by default; keep it with our data instead
    jieba.dt.tmp_dir = str(data_dir())
    jieba.initialize()
    return jieba


def tokens(text: str, tokenizer: Any = None) -> list[str]:
    """BM25 tokens: Simplified, jieba's search-mode cut, no punctuation or stop words."""
    cutter = tokenizer if tokenizer is not None else _jieba()
    return [t for t in cutter.cut_for_search(to_simplified(text).lower()) if _KEEP.search(t) and t not in _STOPWORDS]


def write_vocabulary(words: set[str], path: Path, known: Mapping[str, int] | None = None) -> None:
    """A jieba dictionary of just these words, with jieba's own frequencies.

    ``known`` frequencies (the package ships the samples' words') spare loading jieba's whole
    dictionary, over a second, when they cover every word.
    """
    freq: Mapping[str, int] = known or {}
    if any(w not in freq for w in words):
        freq = _jieba().dt.FREQ
    lines = [f"{w} {max(1, int(freq.get(w, 0)))}" for w in sorted(words) if " " not in w]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=4)
def query_tokenizer(vocabulary: Path) -> Any:
    """A jieba tokenizer over the index's own vocabulary.

    Query words outside the vocabulary cannot score in BM25 anyway, and loading this small
    dictionary takes milliseconds where jieba's full one takes over a second.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer(dictionary=str(vocabulary))
    tokenizer.tmp_dir = str(vocabulary.parent)
    tokenizer.initialize()
    return tokenizer


def word_frequencies(words: set[str]) -> dict[str, int]:
    """jieba's frequency of each word (0 when it does not know it)."""
    freq = _jieba().dt.FREQ
    return {w: int(freq.get(w, 0)) for w in words}


def jieba_posseg(simplified: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(word, tag) pairs for Simplified text and jieba's word frequency table."""
    jb = _jieba()
    import jieba.posseg as pseg

    return [(p.word, p.flag) for p in pseg.cut(simplified)], jb.dt.FREQ
