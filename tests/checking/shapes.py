"""One way to check a small text of our own in the shape tests: the checker's report without the sample index, and
which parts it found."""

from __future__ import annotations

from assistant.checking.check import Report, check_text
from assistant.checking.registry import Options


def report_of(text: str, name: str = "t.txt", markdown: bool = False) -> Report:
    return check_text(text, name, options=Options(disabled={"sample-leak"}), markdown=markdown)


def parts_of(text: str) -> dict[str, bool]:
    return {getattr(n, "value", n): p.found for n, p in report_of(text).sections.items()}
