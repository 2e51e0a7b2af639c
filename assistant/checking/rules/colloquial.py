"""Words of speech left in a text handed up (巴适, 咋整, 咗, …了哈): a note per sentence, from one
annotated list (prompts/colloquial.toml). Blind readers of drafts named them first in every round
from 19 to 24; a clerk editing a draft, or checking their own text, is shown where they are."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.checking.registry import Ctx, Finding, Scope, register_check
from assistant.core.prompts import PromptError, load_toml
from assistant.core.text import QUOTED_NAME, fold

COLLOQUIAL_FILE = "colloquial.toml"
# what someone said, quoted after 表示：/说 (有住户表示：「…真系方便咗好多嘅…」): their words, kept as said
_SPEECH = re.compile(r"(?:[：:]|说|讲|表示|称|道)\s*[「“][^「」“”]{1,300}[」”]")


@lru_cache(maxsize=1)
def colloquial_words() -> tuple[re.Pattern[str], ...]:
    """The list's patterns, compiled once (the bundled file)."""
    patterns = []
    for n, row in enumerate(load_toml(COLLOQUIAL_FILE)["word"], 1):
        try:
            patterns.append(re.compile(str(row["pattern"])))
        except re.error as exc:  # a row of the bundled file: say which, not 內部錯誤
            raise PromptError(f"{COLLOQUIAL_FILE} 第 {n} 條的 pattern 無效（{exc}）：{row['pattern']}") from exc
    return tuple(patterns)


def colloquial_in(text: str) -> list[str]:
    """The words of speech in ``text``, as written, in order, each once."""
    folded = fold(text)
    quoted = [(q.start(), q.end()) for q in (*QUOTED_NAME.finditer(folded), *_SPEECH.finditer(folded))]
    found: dict[int, str] = {}
    for pattern in colloquial_words():
        for m in pattern.finditer(folded):
            if not any(a <= m.start() < b for a, b in quoted):  # 「手機睇醫生」工作坊 is a name
                found.setdefault(m.start(), text[m.start() : m.end()])
    return list(dict.fromkeys(found[k] for k in sorted(found)))


@register_check(
    ("colloquial", "info", "口語詞、方言詞、工作群消息的痕跡（巴適、咋整、咗、…了哈）"), scopes=(Scope.TEXT,)
)
def _colloquial(ctx: Ctx) -> Iterable[Finding]:
    for s in ctx.doc.sentences():
        words = colloquial_in(s.text)
        if words:
            listed = "」「".join(words)
            yield ctx.at("colloquial", s.offset, f"口語：「{listed}」，上報的總結宜改成書面語。", s.text)
