"""What a rule is, the one registry of rules, and how they run.

Each rule is registered once, beside the function that finds it, with its name, default
severity, scopes, a one-line summary (the README's rule table is made from these) and its fix
if it has one. A fix proposes edits; where a rule has a fix, the rule reports exactly the edits
the fix would make, so the check and ``--fix`` cannot disagree.

Scopes: ``document`` rules need a whole text (parts, order, numbering); ``text`` rules read
sentences and apply to any text, a whole draft or one section; ``section`` rules judge one
section a writer produced (is it prose of that part, does it say every fact).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.checking.edits import Edit
    from assistant.summary.parts import Summary

SEVERITIES = ("error", "warning", "info")
SEVERITY_NAMES = {"error": "錯誤", "warning": "警告", "info": "提示"}


class Scope(StrEnum):
    DOCUMENT = "document"
    TEXT = "text"
    SECTION = "section"


@dataclass
class LeakData:
    """What the reference samples name and say: entities (Simplified) and long sentences
    (normalised)."""

    entities: set[str]
    sentences: set[str]


@dataclass
class SectionSpec:
    """What one section offered by a writer must be."""

    role: str  # opening | work | problems | plans | closing
    items: list[str] = field(default_factory=list)  # the facts it must say
    target_length: int = 0
    instructions: set[str] = field(default_factory=set)  # ECHO_GRAM-grams of the prompt's own words


@dataclass
class PastText:
    """The office's own earlier summary a draft follows: what it said (its paragraphs), and the
    formulas the draft may repeat (現將……匯報如下：, 以上報告，敬請指教。)."""

    body: str
    formulas: list[str] = field(default_factory=list)


@dataclass
class Options:
    facts_text: str | None = None  # figures may come only from here
    expected_text: str | None = None  # figures that must appear (default: all of facts_text)
    withdrawn_text: str = ""  # figures the clerk corrected away (原报320户): never the draft's
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, str] = field(default_factory=dict)
    leaks: LeakData | None = None
    section: SectionSpec | None = None
    past: PastText | None = None  # last year's summary: none of its sentences in this year's


@dataclass
class Finding:
    rule: str
    severity: str
    line: int
    col: int
    message: str
    text: str = ""
    section: str = ""  # the standard part the finding is in (for grouping)
    offset: int = -1  # in the checked text (-1: about the facts, not a place in the text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "col": self.col,
            "message": self.message,
            "text": self.text,
            "section": self.section,
        }


Fix = Callable[["Summary"], list["Edit"]]


@dataclass
class Ctx:
    """What a rule reads: the parsed summary and the options; ``at`` makes a finding of one of
    the rule's own names at an offset."""

    doc: Summary
    options: Options

    def at(self, rule: str, offset: int, message: str, text: str = "") -> Finding:
        line, col = self.doc.position(offset)
        return Finding(rule, RULES[rule].severity, line, col, message, text[:60], offset=offset)

    def nowhere(self, rule: str, message: str, text: str = "") -> Finding:
        return Finding(rule, RULES[rule].severity, 0, 0, message, text[:60])


Check = Callable[[Ctx], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """One rule: registered once with everything the checker, the fixer and the docs need."""

    name: str
    severity: str
    summary: str  # one line for the README's table and ``--disable``'s hint
    scopes: frozenset[Scope] = frozenset({Scope.DOCUMENT})
    fix: Fix | None = None
    check: Check | None = None


RULES: dict[str, Rule] = {}  # in registration order
CHECKS: list[tuple[Check, frozenset[Scope]]] = []


def register_check(
    *rules: tuple[str, str, str],
    scopes: Iterable[Scope] = (Scope.DOCUMENT,),
    fix: Fix | None = None,
) -> Callable[[Check], Check]:
    """Register a check function with the rules it reports, each ``(name, severity, summary)``."""

    def decorate(check: Check) -> Check:
        frozen = frozenset(scopes)
        for name, severity, summary in rules:
            if name in RULES:
                raise ValueError(f"rule {name} registered twice")
            if severity not in SEVERITIES:
                raise ValueError(f"rule {name}: severity {severity}")
            RULES[name] = Rule(name, severity, summary, frozen, fix, check)
        CHECKS.append((check, frozen))
        return check

    return decorate


def checkable() -> list[str]:
    """The rules ``zongjie check`` can report (section-only rules judge a writer's section)."""
    return [r.name for r in RULES.values() if r.scopes & {Scope.DOCUMENT, Scope.TEXT}]


def fixes() -> list[Fix]:
    """Every registered fix, once, in registration order (each leaves protected spans alone:
    wrap a fix's edits with :func:`checking.edits.outside`)."""
    out: list[Fix] = []
    for rule in RULES.values():
        if rule.fix is not None and rule.fix not in out:
            out.append(rule.fix)
    return out


def run_rules(doc: Summary, options: Options) -> list[Finding]:
    """Every rule of the scope (a section when ``options.section`` is set, else a document),
    with the user's severities and disabled rules applied; sorted by position."""
    scope = Scope.SECTION if options.section is not None else Scope.DOCUMENT
    findings: list[Finding] = []
    ctx = Ctx(doc, options)
    for check, scopes in CHECKS:
        if scope not in scopes and Scope.TEXT not in scopes:
            continue
        for finding in check(ctx):
            severity = options.severities.get(finding.rule, finding.severity)
            if finding.rule in options.disabled or severity == "off":
                continue
            finding.severity = severity
            finding.section = doc.part_at(finding.offset) if finding.offset >= 0 else "facts"
            findings.append(finding)
    findings.sort(key=lambda f: (f.line == 0, f.line, f.col, f.rule))
    return findings


def rule_table() -> str:
    """The README's table of the rules ``zongjie check`` reports, made from the registry."""
    lines = ["| 規則 | 默認級別 | 查什麼 | `--fix` |", "| --- | --- | --- | --- |"]
    for name in checkable():
        rule = RULES[name]
        lines.append(f"| `{name}` | {SEVERITY_NAMES[rule.severity]} | {rule.summary} | {'改' if rule.fix else ''} |")
    return "\n".join(lines)
