"""How much of the clerks' speech the copy-editor leaves: for each labelled corpus of notes
(tests/data/spoken*/items.yaml, written and labelled by hands that never saw the code), the share of
the spans marked spoken that survive, the kept words lost and the written notes changed.

    python bench/register.py [-v]    (-v lists every note that still holds speech)
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.checking.rules.colloquial import colloquial_in
from assistant.drafting.unspoken import spoken_clauses_dropped
from assistant.facts.copyedit import edit_item
from assistant.facts.unwritten import speech_dropped
from tests.test_spoken_corpus import lost_words


def main() -> None:
    verbose = "-v" in sys.argv
    for path in sorted((Path(__file__).resolve().parents[1] / "tests" / "data").glob("spoken*/items.yaml")):
        items = yaml.safe_load(path.read_text("utf-8"))
        spans = left = lost = changed = still_notes = pointed = written_pointed = gated = gate_lost = 0
        for item in items:
            edited, _ = edit_item(item["text"], work=item["role"] == "work")
            spoken = item.get("spoken") or []
            still = [s for s in spoken if s in edited]
            # what the draft writes of it: the clauses still in speech left out (facts/unwritten, drafting/unspoken)
            drafted, _ = speech_dropped(edited, work=item["role"] == "work")
            drafted = spoken_clauses_dropped(drafted)[0] if item["role"] == "work" else drafted
            gated += sum(1 for s in spoken if s in drafted)
            gate_lost += len(lost_words(item.get("keep") or [], drafted))
            spans, left = spans + len(spoken), left + len(still)
            lost += len(lost_words(item.get("keep") or [], edited))
            changed += not spoken and edited != item["text"]
            # the checker's colloquial note: how many notes still holding speech it points at, and
            # how many written notes it points at (it should point at none)
            still_notes += bool(still)
            pointed += bool(still) and bool(colloquial_in(edited))
            written_pointed += not spoken and bool(colloquial_in(edited))
            if verbose and still:
                print(f"  {item['text']}\n    → {edited}\n    left {still}")
        print(
            f"{path.parent.name}: {len(items)} notes, {spans} spoken spans, {left} left ({left / max(spans, 1):.0%}), "
            f"{lost} kept words lost, {changed} written notes changed; the colloquial note points at "
            f"{pointed} of {still_notes} notes still holding speech and {written_pointed} written notes; as the draft writes "
            f"them, {gated} left ({gated / max(spans, 1):.0%}), {gate_lost} kept words lost"
        )


if __name__ == "__main__":
    main()
