"""The README in both scripts: README.zh-Hans.md is README.md converted, never edited apart."""

from __future__ import annotations

from pathlib import Path

from tools.readme_simplified import simplified_edition

REPO = Path(__file__).resolve().parent.parent


def test_the_simplified_edition_is_in_step() -> None:
    source = (REPO / "README.md").read_text(encoding="utf-8")
    edition = (REPO / "README.zh-Hans.md").read_text(encoding="utf-8")
    assert edition == simplified_edition(source), "python tools/readme_simplified.py"


def test_the_traditional_readme_links_its_simplified_edition() -> None:
    first_screen = "\n".join((REPO / "README.md").read_text(encoding="utf-8").split("\n")[:8])
    assert "README.zh-Hans.md" in first_screen
