"""``zongjie check --fix``: every registered fix applied until nothing changes.

The fixes live beside their rules (``rules/punctuation.py``, ``rules/numbering.py``); a rule
with a fix reports exactly what its fix would change, so a fixed text checks clean on those
rules and a second fix changes nothing.
"""

from __future__ import annotations

from assistant.checking import rules  # noqa: F401  (importing registers the rules and their fixes)
from assistant.checking.edits import Edit, apply_edits, without_overlaps
from assistant.checking.registry import fixes
from assistant.summary.parts import read_summary


def fix_text(text: str, markdown: bool = True) -> tuple[str, list[Edit]]:
    """The text with every mechanical problem repaired, and the edits made. One repair can
    reveal another (a comma after a bracket that has just become full-width), so this runs until
    nothing changes; a second fix of its output changes nothing."""
    from dataclasses import replace

    from assistant.core.script import convert, detect_script

    script = detect_script(text)
    done: list[Edit] = []
    for _ in range(4):
        doc = read_summary(text, markdown=markdown)
        edits = without_overlaps([edit for fix in fixes() for edit in fix(doc)])
        if script == "traditional":  # what a fix writes is in the text's script: （一萬）, not 万
            edits = [replace(e, after=convert(e.after, "traditional")) for e in edits]
        if not edits:
            break
        text = apply_edits(text, edits)
        done.extend(edits)
    return text, done
