"""The one registry of rules: each rule once, with its severity, scopes, summary and fix; the
README's table, ``--disable`` and the config file's [check] all read it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checking import rules  # noqa: F401  (registers the rules)
from assistant.checking.check import check_text, checker_options
from assistant.checking.fix import fix_text
from assistant.checking.registry import RULES, Scope, checkable, fixes, register_check, rule_table
from assistant.checking.rules.numbering import numbering_edits
from assistant.checking.rules.punctuation import punctuation_edits
from assistant.core.errors import InputError
from assistant.summary.parts import read_summary

from ..cli_helpers import invoke

README = Path(__file__).resolve().parents[2] / "README.md"
_TABLE = re.compile(r"<!-- rules:[^\n]*-->\n(.*?)\n<!-- /rules -->", re.S)


def test_the_readme_table_is_the_registry() -> None:
    found = _TABLE.search(README.read_text(encoding="utf-8"))
    assert found, "README.md has no <!-- rules --> table"
    assert found.group(1) == rule_table(), "python -m tests.checking.test_registry rewrites it"


def test_every_rule_is_complete() -> None:
    for rule in RULES.values():
        assert rule.summary and rule.scopes and rule.check is not None, rule.name
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)


def test_a_rule_registered_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        register_check(("numbering", "warning", "again"))(lambda ctx: [])


def test_disable_takes_only_what_check_can_report() -> None:
    section_only = sorted(n for n, r in RULES.items() if r.scopes == {Scope.SECTION})
    assert section_only and not set(section_only) & set(checkable())
    with pytest.raises(InputError) as caught:
        checker_options(disabled={section_only[0]})
    assert section_only[0] in caught.value.message and section_only[0] not in (caught.value.hint or "")
    result = invoke(["check", "-", "--disable", section_only[0]], input="標題\n")
    assert result.exit_code == 2 and "沒有這條規則" in result.output


def test_config_severities_reach_the_draft_and_chat_as_they_reach_check(zongjie_home: Path, tmp_path: Path) -> None:
    """[check] in the config file applies to ``check``, to a draft's own check and to chat's /檢查:
    a draft without problems or plans has 【待補】 gaps, placeholders the config makes 提示."""
    import json

    (zongjie_home / "config.toml").write_text('[check]\nplaceholder = "info"\n', encoding="utf-8")
    facts = tmp_path / "f.yaml"
    facts.write_text("單位: 甲社區\n時段: 2025年\n主要工作:\n  宣傳:\n    - 發放資料100份\n", encoding="utf-8")
    draft = json.loads(invoke(["draft", "--facts", str(facts), "--json", "--date", "2026-01-05"]).output)
    levels = {f["severity"] for f in draft["check"]["findings"] if f["rule"] == "placeholder"}
    assert levels == {"info"}
    (tmp_path / "d.md").write_text(draft["text"], encoding="utf-8")
    checked = json.loads(invoke(["check", str(tmp_path / "d.md"), "--format", "json"]).output)
    assert {f["severity"] for f in checked["findings"] if f["rule"] == "placeholder"} == {"info"}
    answers = "甲社區\n2025年\n\n\n社區\n宣傳\n發放資料100份\n\n\n\n\n\n\n\n/檢查\n/退出\n"
    chat = invoke(["chat"], input=answers).output
    assert "placeholder" in chat and "錯誤 0 個" in chat


def test_fixes_are_the_rules_fixes_in_order() -> None:
    assert fixes() == [
        numbering_edits,
        RULES["punctuation"].fix,
        RULES["ascii-quote"].fix,
        RULES["converter-debris"].fix,
        RULES["date-form"].fix,
    ]
    assert RULES["numbering"].fix is RULES["numbering-level"].fix is numbering_edits


_MARKS = st.sampled_from([",", ";", ":", "(", ")", "?", "!", "，", "。", "（", "）", "1.", "一、", "（一）", "\n"])
_WORDS = st.sampled_from(["社區", "工作", "開展", "宣傳", "120人次", "3.5", "居民", "存在問題", "下一步計劃"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(_MARKS, _WORDS), min_size=1, max_size=40))
def test_lint_is_would_the_fixer_change_this(parts: list[str]) -> None:
    """A rule with a fix reports a finding exactly when its fix would change the text, and a
    fixed text has none of those findings."""
    text = "".join(parts)
    punct = [f for f in check_text(text).findings if f.rule == "punctuation"]
    assert bool(punct) == bool(punctuation_edits(text)) or any(e for e in read_summary(text).extra)
    fixed, _ = fix_text(text)
    report = check_text(fixed)
    assert not [f for f in report.findings if f.rule in ("punctuation", "numbering-level")]
    assert not numbering_edits(read_summary(fixed)) and not punctuation_edits(fixed)


if __name__ == "__main__":  # pragma: no cover - rewrite the README's table
    text = README.read_text(encoding="utf-8")
    README.write_text(_TABLE.sub(lambda m: m.group(0).replace(m.group(1), rule_table()), text), encoding="utf-8")
    print("README.md: rule table rewritten", file=sys.stderr)
