"""The checker: what a reviewer at the 街道 or the 創衛辦 would send back.

It reads a text into the typed document (:mod:`assistant.summary.parts`) and runs the one rule set
(:mod:`assistant.checking.registry`, the rules in ``checking/rules/``) on it: the standard parts and their order, numbering, placeholders,
figures the facts do not support, copying from the samples, mixed scripts, repeated sentences,
punctuation. Only the structure parser, figures and OpenCC are needed; the sample index is read
only for ``sample-leak``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assistant.checking import rules  # noqa: F401  (importing registers the rules)
from assistant.checking.registry import RULES, SEVERITIES, Finding, LeakData, Options, checkable, run_rules
from assistant.core.errors import InputError
from assistant.summary.parts import PartFound, Summary, read_summary

# A summary is a few pages; past this a text is refused with a message rather than read for
# minutes (about 150 pages of Chinese).
MAX_CHECK_CHARS = 300_000


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


def check_document(doc: Summary, name: str = "-", options: Options | None = None) -> Report:
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
    if len(text) > MAX_CHECK_CHARS:
        raise InputError(
            f"{name}：文字過長（{len(text):,} 字），不像是一篇工作總結",
            hint=f"檢查上限是 {MAX_CHECK_CHARS:,} 字；請只檢查總結本身",
        )
    return check_document(read_summary(text, line_offset, markdown), name, options)


def checker_options(
    configured: Mapping[str, str] | None = None,
    *,
    facts_text: str | None = None,
    disabled: set[str] | None = None,
    leaks: LeakData | None = None,
) -> Options:
    """The checker's options, the one way ``check``, a draft's own check and chat's ``/檢查``
    build them: the config file's ``[check]`` severities (validated here), the rules the user
    turned off for this run, the facts and the samples."""
    disabled = set(disabled or ())
    unknown = sorted(disabled - set(checkable()))
    if unknown:
        raise InputError(f"沒有這條規則：{'、'.join(unknown)}", hint=f"可用規則：{'、'.join(checkable())}")
    severities: dict[str, str] = {}
    for rule, severity in (configured or {}).items():
        if rule not in RULES:
            raise InputError(f"配置文件 [check] 中沒有這條規則：{rule}", hint=f"可用規則：{'、'.join(checkable())}")
        if severity not in (*SEVERITIES, "off"):
            raise InputError(
                f"配置文件 [check] {rule} 的級別「{severity}」無效", hint="可選：error、warning、info、off"
            )
        severities[rule] = severity
    return Options(facts_text=facts_text, disabled=disabled, severities=severities, leaks=leaks)
