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


PAST_RUN = 12  # characters shared with last year's summary that make a copied sentence
PAST_OWN = 6  # of them, at least this many not in this year's facts: the facts' own names are no copy


@register_check(
    ("past-copy", "error", "照抄了本單位以往總結的句子（起草時按所參照的以往總結檢查）"), scopes=(Scope.TEXT,)
)
def _past_copy(ctx: Ctx) -> Iterable[Finding]:
    """A run of PAST_RUN characters the draft shares with the office's earlier summary, which the
    new facts do not say themselves: last year's sentence (and its figures) in this year's."""
    past = ctx.options.past
    if past is None:
        return
    body = squeeze(past.body)[0]
    for formula in past.formulas:  # the office's frame (我社區在…的正確領導下, 現將…如下) is no copying
        key = squeeze(formula)[0]
        if len(key) >= 2:
            body = body.replace(key, "\x00")
    grams = {g for g in _grams(body) if "\x00" not in g}
    facts_pairs = {p for p in _pairs(squeeze(ctx.options.facts_text or "")[0])}
    for block in ctx.doc.blocks:
        if block.kind != "para":
            continue  # headings and the signature are the office's frame
        key, offsets = squeeze(block.text)
        for i in range(len(key) - PAST_RUN + 1):
            gram = key[i : i + PAST_RUN]
            if gram in grams and _uncovered(gram, facts_pairs) >= PAST_OWN:
                yield ctx.at(
                    "past-copy",
                    block.offset + offsets[i],
                    "這裡照抄了以往總結的句子：今年的總結只寫今年事實裡的內容。",
                    block.text[offsets[i] : offsets[i] + 30],
                )
                break


def _pairs(key: str) -> set[str]:
    return {key[i : i + 2] for i in range(len(key) - 1)}


def _uncovered(run: str, pairs: set[str]) -> int:
    """Characters of ``run`` that no character pair of the facts covers."""
    covered = [False] * len(run)
    for i in range(len(run) - 1):
        if run[i : i + 2] in pairs:
            covered[i] = covered[i + 1] = True
    return covered.count(False)


def _grams(key: str) -> set[str]:
    return {key[i : i + PAST_RUN] for i in range(len(key) - PAST_RUN + 1)}


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
