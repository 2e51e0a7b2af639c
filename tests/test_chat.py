"""``zongjie chat`` with piped input: the interview, every command, resume, and nothing lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml
from typer.testing import CliRunner

from assistant.chat.conversation import parse_command
from assistant.chat.interview import unreadable
from assistant.chat.sessions import Session, list_sessions
from assistant.cli.main import app

from .llm_helpers import MockLLM

runner = CliRunner()

INTERVIEW = [
    "翠湖社区",  # community
    "2025年上半年",  # period
    "创卫",  # topic
    "翠湖街道党工委",  # superiors, one per line
    "",
    "社区",  # kind
    "2",  # work category: 宣传发动 (from the suggestions)
    "发放宣传资料1500份",
    "悬挂横幅12条",
    "",
    "病媒消杀",  # a category of the user's own
    "投放鼠药3k公斤",  # unreadable: asked again
    "投放鼠药30公斤",
    "",
    "",  # no more categories
    "居民满意度明显提高",  # results
    "",
    "部分居民参与不够",  # problems
    "",
    "加强宣传",  # plans
    "每季度组织一次集中整治",
    "",
    "翠湖社区居委会",  # author
    "2025年7月1日",  # date
]
FIGURES = ["1500份", "12条", "30公斤"]


def sessions() -> list[Session]:
    found, broken = list_sessions()
    assert not broken
    return found


def _chat(lines: list[str], *args: str) -> object:
    return runner.invoke(app, ["chat", *args], input="\n".join(lines) + "\n")


def test_full_interview_then_export(index_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = _chat([*INTERVIEW, f"/导出 {out}", "/退出"])
    assert result.exit_code == 0, result.output
    assert "已識別：1500份" in result.output
    assert "看起來像數字但沒能識別" in result.output  # 3k公斤 was asked again
    text = out.read_text(encoding="utf-8")
    for figure in FIGURES:
        assert figure in text
    assert "3k" not in text
    assert "翠湖社区2025年上半年创卫工作总结" in text
    session = sessions()[0]
    assert session.stage == "revising" and len(session.drafts) == 1
    assert session.facts["work"]["病媒消杀"] == ["投放鼠药30公斤"]


def test_every_command(index_copy: Path, tmp_path: Path) -> None:
    facts_out = tmp_path / "facts.yaml"
    docx_out = tmp_path / "draft.docx"
    docx_out.write_text("someone's file", encoding="utf-8")
    commands = [
        "/幫助",
        "/facts",
        "/检查",
        "/重写 2 更简洁",
        "/改 时段",
        "2025年第二季度",
        f"/export {docx_out}",  # exists: refused
        f"/導出 {docx_out} --force",
        f"/存 {facts_out}",  # the short form users type
        f"/保存 {tmp_path / 'draft.md'}",  # a draft's name: pointed to /導出, nothing written
        "随便说一句",
        "/不存在",
        "/退",
    ]
    result = _chat([*INTERVIEW, *commands])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "/重寫 /rewrite" in out  # help
    assert "翠湖街道党工委" in out  # facts
    assert "各部分" in out and ("發現的問題" in out or "沒有發現問題" in out)  # /检查 shows its report
    assert "已存在，未覆蓋" in out
    assert "已導出" in out and docx_out.read_bytes()[:2] == b"PK"
    saved = yaml.safe_load(facts_out.read_text(encoding="utf-8"))
    assert saved["period"] == "2025年第二季度" and saved["work"]["病媒消杀"] == ["投放鼠药30公斤"]
    assert "請輸入以 / 開頭的命令" in out and "沒有「/不存在」這個命令" in out
    assert "請用 /導出" in out and not (tmp_path / "draft.md").exists()
    session = sessions()[0]
    notes = [d["note"] for d in session.drafts]
    if "重寫 2 更简洁" in notes:  # the template found another wording, and says it could not follow the request
        assert notes == ["初稿", "重寫 2 更简洁", "修改 时段"] and "模板寫作不能按具體要求改寫，已換一種說法" in out
    else:  # no other wording: said so, and no version saved for an unchanged text
        assert notes == ["初稿", "修改 时段"] and "模板寫作沒有別的說法可換" in out
    assert "2025年第二季度" in session.drafts[-1]["text"]
    # the saved facts file drafts with zongjie draft
    again = runner.invoke(app, ["draft", "--facts", str(facts_out), "--json"])
    assert again.exit_code == 0 and json.loads(again.stdout)["figures"]["missing"] == []


def test_keep_an_unreadable_answer_as_written(index_copy: Path) -> None:
    lines = INTERVIEW.copy()
    lines[lines.index("投放鼠药30公斤")] = "/保留"
    result = _chat([*lines, "/退出"])
    assert result.exit_code == 0
    assert sessions()[0].facts["work"]["病媒消杀"] == ["投放鼠药3k公斤"]


def test_resume_after_the_input_ends(index_copy: Path, tmp_path: Path) -> None:
    first = _chat(INTERVIEW[:9])  # stops in the middle of the work items
    assert first.exit_code == 2 and "還沒有起草" in first.output and "會話已保存" in first.output
    assert "「宣传发动」做了什麼" in first.output.split("輸入在")[1]  # says where it stopped
    session = sessions()[0]
    assert session.stage == "interview" and session.facts["work"]["宣传发动"] == ["发放宣传资料1500份", "悬挂横幅12条"]
    out = tmp_path / "out.md"
    second = _chat([*INTERVIEW[9:], f"/導出 {out}", "/退出"], "--resume")
    assert second.exit_code == 0, second.output
    assert "請問是哪個單位" not in second.output and "總結的時段是" not in second.output  # not asked again
    for figure in FIGURES:
        assert figure in out.read_text(encoding="utf-8")
    assert len(sessions()) == 1


def test_resume_by_id_and_list(index_copy: Path) -> None:
    _chat(INTERVIEW[:2])
    _chat(["另一个社区"])
    found = sessions()
    assert len(found) == 2
    listing = runner.invoke(app, ["chat", "--list", "--json"])
    assert {r["id"] for r in json.loads(listing.stdout)} == {s.id for s in found}
    older = found[1]
    result = runner.invoke(app, ["chat", "--resume", older.id], input="/事實\n")
    assert result.exit_code == 2 and "翠湖社区" in result.output  # shown; the input ended before a draft
    assert runner.invoke(app, ["chat", "--resume", "no-such-id"]).exit_code == 2


def test_complete_facts_file_goes_straight_to_drafting(index_copy: Path) -> None:
    facts = Path(__file__).resolve().parent.parent / "examples" / "facts" / "jiedao_simplified.json"
    result = _chat(["/退出"], "--facts", str(facts))
    assert result.exit_code == 0
    assert "請問是哪個單位" not in result.output and "— 第 1 版 —" in result.output


def test_facts_file_with_gaps_asks_only_for_them(index_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "partial.yaml"
    path.write_text("单位: 翠湖社区\n主要工作:\n  宣传:\n    - 发放资料100份\n", encoding="utf-8")
    result = _chat(["2025年上半年", "/退出"], "--facts", str(path))
    assert result.exit_code == 0, result.output
    assert "總結的時段是" in result.output and "請問是哪個單位" not in result.output
    assert "選擇類別" not in result.output and "— 第 1 版 —" in result.output


def test_rewrite_with_a_model_keeps_figures_locked(index_copy: Path, mock_llm: MockLLM) -> None:
    from .test_llm import CLOSING, FACTS, OPENING, PLANS, PROBLEMS

    work = "集中整治与日常保洁并重。一是清理卫生死角36处；二是清运垃圾52吨。以此推动环境改善。"
    shorter = "一是清理卫生死角36处；二是清运垃圾52吨。环境持续改善。"
    invented = "一是清理卫生死角36处；二是清运垃圾52吨；三是清理垃圾99吨。"
    mock_llm.responses = [OPENING, work, PROBLEMS, PLANS, CLOSING, shorter, invented, invented]
    path = Path(os.environ["ZONGJIE_HOME"]) / "f.yaml"
    path.write_text(yaml.safe_dump(FACTS, allow_unicode=True), encoding="utf-8")
    result = _chat(["/重寫 2 更簡潔", "/重寫 2 再加一條", "/退出"], "--facts", str(path), "--llm", "mock:x")
    assert result.exit_code == 0, result.output
    drafts = sessions()[0].drafts
    assert shorter in drafts[1]["text"]
    assert len(drafts) == 2  # the failed rewrite kept the text: no new version
    assert "改寫沒有通過檢查" in result.output and "保留原文" in result.output
    ask = str(mock_llm.recorder.calls[5][-1].content)
    assert "更簡潔" in ask


def test_killed_mid_interview_resumes_from_the_last_answer(index_copy: Path, zongjie_home: Path) -> None:
    env = dict(os.environ, ZONGJIE_HOME=str(zongjie_home), COLUMNS="120")
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "chat"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    assert proc.stdin is not None
    for line in INTERVIEW[:8]:
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # wait until the 8th answer is on disk
        found = sessions()
        if found and len(found[0].answers) >= 8:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert sessions()[0].answers[-1]["a"] == "发放宣传资料1500份"  # on disk: applied, or replayed below
    result = _chat([*INTERVIEW[8:], "/退出"], "--resume")
    assert result.exit_code == 0, result.output
    session = sessions()[0]
    assert session.facts["work"]["宣传发动"][0] == "发放宣传资料1500份"
    drafts = session.drafts
    assert len(drafts) == 1 and all(f in drafts[0]["text"] for f in FIGURES)


def test_command_parsing_and_figure_doubts() -> None:
    assert parse_command("/重寫 2 更簡潔") == ("rewrite", ["2", "更簡潔"])
    assert parse_command("／导出 a.docx") == ("export", ["a.docx"])
    assert parse_command("/REWRITE 1") == ("rewrite", ["1"])
    assert parse_command("普通回答") is None
    assert unreadable("发放资料3k份") and unreadable("清理垃圾若干吨")
    assert unreadable("发放资料3200份") == [] and unreadable("2024年上半年") == []


def test_every_session_field_is_type_checked_on_load() -> None:
    """A field added to Session without a type check would make every resumed session fail."""
    from dataclasses import fields

    from assistant.chat.sessions import _TYPES, Session

    assert set(_TYPES) == {f.name for f in fields(Session)}


def test_an_edit_to_the_facts_keeps_a_rewritten_section(index_copy: Path, mock_llm: MockLLM) -> None:
    """/重寫 1 then /改 日期: the redraft keeps the rewritten opening and says so."""
    from .test_llm import CLOSING, FACTS, OPENING, PLANS, PROBLEMS

    work = "一是清理卫生死角36处；二是清运垃圾52吨。"
    rewritten = "今年以来，社区围绕创卫目标，集中整治与日常保洁并重。现将有关情况总结如下："
    mock_llm.responses = [OPENING, work, PROBLEMS, PLANS, CLOSING, rewritten, OPENING, work, PROBLEMS, PLANS, CLOSING]
    path = Path(os.environ["ZONGJIE_HOME"]) / "f.yaml"
    path.write_text(yaml.safe_dump(FACTS, allow_unicode=True), encoding="utf-8")
    result = _chat(["/重寫 1 换个开头", "/改 日期", "2024年7月9日", "/退出"], "--facts", str(path), "--llm", "mock:x")
    assert result.exit_code == 0, result.output
    drafts = sessions()[0].drafts
    assert len(drafts) == 3
    opening = next(s for s in drafts[2]["sections"] if s["key"] == "opening")
    assert opening["text"] == drafts[1]["sections"][1]["text"] and rewritten in opening["text"]
    assert "2024年7月9日" in str(drafts[2]["sections"])
    assert "已原樣保留" in result.output
