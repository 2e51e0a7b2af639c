"""The copy-editor on clerks' notes another hand wrote and labelled (tests/data/spoken40, and any
spoken* set after it): whatever it rewrites, it never loses a figure, a name or a place the
labeller marked to keep, and never touches a note already in written register. How much speech it
leaves is measured in bench/register.py, not asserted here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.facts.copyedit import edit_item

DATA = Path(__file__).parent / "data"
CORPORA = sorted(p for p in DATA.glob("spoken*/items.yaml"))
ITEMS: list[tuple[str, dict[str, Any]]] = [
    (f"{path.parent.name}-{item['id']}", item) for path in CORPORA for item in yaml.safe_load(path.read_text("utf-8"))
]


def test_the_corpora_are_there() -> None:
    assert CORPORA and len(ITEMS) >= 200


@pytest.mark.parametrize(("name", "item"), ITEMS, ids=[n for n, _ in ITEMS])
def test_kept_words_survive_and_written_notes_stay_as_they_are(name: str, item: dict[str, Any]) -> None:
    edited, _ = edit_item(item["text"], work=item["role"] == "work")
    lost = [k for k in item.get("keep") or [] if k not in edited]
    assert not lost, f"{item['text']} → {edited}: lost {lost}"
    if not item.get("spoken"):  # a control: already written register
        assert edited == item["text"], f"{item['text']} → {edited}"
