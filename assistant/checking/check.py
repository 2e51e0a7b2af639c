"""The checker: what a reviewer at the 街道 or the 創衛辦 would send back.

It reads a text into the typed document (:mod:`assistant.summary.parts`) and runs the one rule set
(:mod:`assistant.checking.rules`) on it: the standard parts and their order, numbering, placeholders,
figures the facts do not support, copying from the samples, mixed scripts, repeated sentences,
punctuation. Only the structure parser, figures and OpenCC are needed; the sample index is read
only for ``sample-leak``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.checking.rules import RULES, SEVERITIES, Finding, LeakData, Options, leak_sentences, run_rules
from assistant.core.errors import InputError
from assistant.core.roles import PART_NAMES, PARTS
from assistant.summary.parts import Doc, PartFound, read_document

__all__ = [
    "PARTS",
    "PART_NAMES",
    "RULES",
    "SEVERITIES",
    "Finding",
    "LeakData",
    "Options",
    "Report",
    "check_document",
    "check_text",
    "leak_sentences",
]

# A summary is a few pages; past this a text is refused with a message rather than read for
# minutes (about 150 pages of Chinese).
MAX_CHARS = 300_000


@dataclass
class Report:
    file: str
    sections: dict[str, PartFound]
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def failed(self, strict: bool = False) -> bool:
        return self.count("error") > 0 or (strict and self.count("warning") > 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sections": {k: v.to_dict() for k, v in self.sections.items()},
            "findings": [f.to_dict() for f in self.findings],
            "errors": self.count("error"),
            "warnings": self.count("warning"),
            "notes": self.notes,
        }


def check_document(doc: Doc, name: str = "-", options: Options | None = None) -> Report:
    """Run every rule on a document that is already built (a draft builds its own)."""
    options = options or Options()
    report = Report(name, dict(doc.parts), run_rules(doc, options))
    if options.leaks is None and "sample-leak" not in options.disabled:
        report.notes.append("沒有找到範文索引，已跳過照抄檢查（sample-leak）；運行 zongjie ingest 後可檢查。")
    if doc.segmented:
        report.notes.append("這篇文字幾乎沒有換行，已先按句子和編號切分再檢查。")
    return report


def check_text(
    text: str, name: str = "-", line_offset: int = 0, options: Options | None = None, markdown: bool = True
) -> Report:
    """Check one text. Never raises on odd input: any text gives a report (a text too long to be
    a summary is an input error)."""
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}：文字過長（{len(text):,} 字），不像是一篇工作總結",
            hint=f"檢查上限是 {MAX_CHARS:,} 字；請只檢查總結本身",
        )
    return check_document(read_document(text, line_offset, markdown), name, options)
