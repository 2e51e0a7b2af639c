"""Copying from the samples: their place and office names, and their distinctive sentences
(``LeakData``, loaded from the index by ``retrieval.leaks``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.registry import Ctx, Finding, Scope, register_check
from assistant.core.script import to_simplified
from assistant.core.text import NUMBER_MARK, sentence_key, sentences, squeeze


@register_check(
    ("sample-leak", "error", "照抄了範文的句子或地名、單位名（需要索引；沒有索引時跳過並說明）"), scopes=(Scope.TEXT,)
)
def _leaks(ctx: Ctx) -> Iterable[Finding]:
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


_ITEM_MARK = re.compile(rf"^\s*(?:{NUMBER_MARK.pattern})")
