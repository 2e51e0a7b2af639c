"""``/導入`` in the chat: extracted items join the interview with their sources; each conflict is
put to the user, who keeps one value or none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.chat.sessions import list_sessions
from assistant.cli.main import app

from .extract_scoring import MATERIALS

runner = CliRunner()


def test_import_during_the_interview_then_draft(index_copy: Path) -> None:
    lines = [
        f"/导入 {MATERIALS}",  # at the first question
        "9",  # conflict 1: not a choice, asked again
        "2",  # conflict 1: keep the second item
        "",  # conflict 2: keep neither
        "",  # work categories: enough
        "",  # author
        "",  # date
        "",  # what a 垃圾分類 report usually states (an accuracy rate): skipped
        "/退出",
    ]
    result = runner.invoke(app, ["chat"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "來源：2025年1月工作月报.docx 第8段" in result.output
    assert "衝突 1" in result.output and "衝突 2" in result.output and "請輸入 1–2" in result.output
    session = list_sessions()[0][0]
    facts = session.facts
    assert facts["community"] == "青禾社区" and facts["period"] == "2025年第一季度"
    kept = [t for items in facts["work"].values() for t in items]
    conflicted = ["42户", "40户", "30公斤", "32公斤"]
    assert sum(any(v in t for t in kept) for v in conflicted) == 1  # one chosen, the rest left out
    assert any("42户" in t for t in kept)  # the second item of the first conflict (the ledger row)
    assert session.stage == "revising" and session.drafts
    draft = session.drafts[-1]
    text = "\n".join(s["text"] for s in draft["sections"])
    assert "1240人次" in text and "32公斤" not in text  # 1,240: no thousands separator in a 公文


def test_import_after_drafting_redrafts(index_copy: Path, tmp_path: Path) -> None:
    facts = tmp_path / "f.yaml"
    facts.write_text("单位: 甲社区\n时段: 2025年3月\n主要工作:\n  宣传发动:\n    - 发放宣传资料100份\n", "utf-8")
    notes = tmp_path / "记录.txt"
    notes.write_text("# 甲社区2025年3月工作记录\n3月8日在社区广场开展义诊，服务居民86人次。\n", "utf-8")
    lines = [f"/import {notes}", f"/导入 {tmp_path / '没有.docx'}", "/退出"]
    result = runner.invoke(app, ["chat", "--facts", str(facts)], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    assert "來源：记录.txt 第2行" in result.output and "路徑不存在" in result.output
    session = list_sessions()[0][0]
    assert len(session.drafts) == 2 and "86人次" in str(session.drafts[-1]["sections"])
    assert session.facts["community"] == "甲社区"  # kept, not replaced by the import


def test_a_failed_import_is_a_message_and_a_resume_never_replays_it(
    index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any material that cannot be read ends the import, not the chat; an import cut off (a FIFO
    that hung, a workbook that ran out of memory) is not run again on --resume."""
    from assistant.chat import importing

    facts = tmp_path / "f.yaml"
    facts.write_text("单位: 甲社区\n时段: 2025年3月\n主要工作:\n  宣传发动:\n    - 发放宣传资料100份\n", "utf-8")
    notes = tmp_path / "记录.txt"
    notes.write_text("# 甲社区2025年3月工作记录\n3月8日开展义诊，服务居民86人次。\n", "utf-8")

    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError("intro")

    monkeypatch.setattr(importing, "read_materials", broken)
    result = runner.invoke(app, ["chat", "--facts", str(facts)], input=f"/导入 {notes}\n/退出\n")
    assert result.exit_code == 0 and "導入沒有完成" in result.output and "內部錯誤" not in result.output
    session = list_sessions()[0][0]
    assert session.facts["work"] == {"宣传发动": ["发放宣传资料100份"]}  # nothing half-imported
    # a process killed inside an import: logged, never applied
    session.log("import", json.dumps([str(notes)], ensure_ascii=False))
    calls: list[object] = []
    monkeypatch.setattr(importing, "read_materials", lambda *a, **k: calls.append(a) or broken())
    again = runner.invoke(app, ["chat", "--resume", session.id], input="/退出\n")
    assert again.exit_code == 0, again.output
    assert "沒有完成" in again.output and calls == []
    assert list_sessions()[0][0].unapplied() is None


def test_quit_at_a_conflict_quits_and_keeps_nothing_half_imported(index_copy: Path) -> None:
    result = runner.invoke(app, ["chat"], input=f"/导入 {MATERIALS}\n/退出\n")
    assert result.exit_code == 0 and "會話已保存" in result.output
    assert "請輸入 1–" not in result.output  # /退出 is no answer to 保留哪一條
    assert not list_sessions()[0][0].facts.get("work")


def test_import_paths_take_quotes_and_names_with_spaces(tmp_path: Path) -> None:
    from assistant.chat.conversation import import_paths

    spaced = tmp_path / "三月 月报.txt"
    spaced.write_text("x", "utf-8")
    assert import_paths(str(spaced).split(" ")) == [str(spaced)]
    assert import_paths(['"a', 'b.docx"', "c.xlsx"]) == ["a b.docx", "c.xlsx"]
    assert import_paths(['"a', "b"]) == ['"a', "b"]  # an unbalanced quote: as typed


def test_categories_meet_across_scripts() -> None:
    from assistant.chat.importing import _same_category

    assert _same_category({"組織領導": [], "宣傳發動": []}, "组织领导") == "組織領導"
    assert _same_category({"組織領導": []}, "环境整治") == "环境整治"
