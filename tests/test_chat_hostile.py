"""The chat under hostile input and hard stops: the interview alone, answers replayed after a
kill, edits validated before they are saved, broken session files, a second resume, and the
README's piped answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.chat.interview import Interview, choice, unreadable
from assistant.chat.sessions import Session, SessionLock, list_sessions, load_session, new_session
from assistant.core.config import Settings
from assistant.core.numbers import find_figures

from .cli_helpers import assert_clean, invoke

REPO = Path(__file__).resolve().parent.parent
FACTS_FILE = REPO / "examples" / "facts" / "jiedao_simplified.json"


def _readme_answers() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- chat-answers -->", 1)[1].split("```text\n", 1)[1].split("\n```", 1)[0]
    return block.split("\n")


def _interview(session: Session, answers: list[str]) -> list[str]:
    """Run the state machine alone: the questions it asked."""
    interview = Interview(session)
    asked = []
    for answer in answers:
        question = interview.question()
        if question is None:
            break
        asked.append(question)
        command = {"/跳過": "skip", "/保留": "keep"}.get(answer)
        interview.answer(answer, command)
    return asked


# ------------------------------------------------------------------------------ the interview alone
def test_the_readme_answers_through_the_state_machine(zongjie_home: Path) -> None:
    session = new_session()
    answers = [a for a in _readme_answers() if not a.startswith("/")]
    asked = _interview(session, answers)
    assert Interview(session).question() is None  # every question answered, none left over
    assert asked[2].startswith("總結的主題是")  # the topic comes after the period
    facts = session.facts
    assert facts["topic"] == "創衛" and facts["kind"] == "社區" and facts["superiors"] == ["翠湖街道黨工委"]
    assert facts["work"] == {"宣傳發動": ["發放宣傳資料1500份", "懸掛橫幅12條"], "病媒消殺": ["投放鼠藥30公斤"]}
    assert facts["date"] == "2025年7月1日"


def test_the_topic_may_be_left_empty(zongjie_home: Path) -> None:
    session = new_session()
    _interview(session, ["甲社區", "2025年", ""])
    assert "topic" not in session.facts and session.step == 3


@pytest.mark.parametrize(
    ("answers", "offered", "not_offered"),
    [
        (["甲社區", "2025年", "", "", ""], "黨建引領", "病媒生物防制"),  # no topic: no 創衛 frame
        (["甲社區", "2025年", "創衛", "", ""], "病媒生物防制", "養老服務"),
        (["乙物業服務中心", "2025年", "", "", ""], "秩序維護", "黨建引領"),  # the kind from the name
        (["丙街道", "2025年", "安全生產", "", "街道"], "隱患排查", "病媒生物防制"),
        (["丁社区", "2025年", "", "", ""], "党建引领", "黨建引領"),  # in the user's own script
    ],
)
def test_the_categories_offered_follow_the_topic_and_the_kind(
    zongjie_home: Path, answers: list[str], offered: str, not_offered: str
) -> None:
    session = new_session()
    asked = _interview(session, [*answers, "1"])
    menu = asked[-1]
    assert menu.startswith("主要工作") and offered in menu and not_offered not in menu
    assert session.category == Interview(session).options()[0]  # 1 is the first one offered


@settings(max_examples=40, deadline=None)
@given(
    answer=st.text(st.characters(categories=["Nd", "No", "Nl"]) | st.sampled_from("²³¹①⑩٣０"), min_size=1, max_size=4)
)
def test_any_digits_as_a_choice_or_an_item(answer: str) -> None:
    n = choice(answer, 8)
    assert n is None or (1 <= n <= 8 and answer.isdecimal())
    item = "發放" + answer + "份"
    assert unreadable(item) or find_figures(item)  # read as a figure, or asked again: never a crash


def test_work_without_a_figure_is_pointed_out_and_a_problem_is_not(zongjie_home: Path) -> None:
    session = new_session()
    _interview(session, ["甲社區", "2025年", "", "", "", "1"])
    interview = Interview(session)
    said = interview.answer("走訪困難家庭")
    assert [m.text for m in said] == ["（這條沒有數字）"]
    _interview(session, ["", "", ""])  # the category ends, then the work, then no results
    assert interview.field == "problems"
    assert interview.answer("部分居民參與不夠") == []  # a problem needs no figure
    assert [m.text for m in interview.answer("還有3處樓道未整治")] == ["已識別：3處"]


def test_superscripts_as_answers(zongjie_home: Path) -> None:
    session = new_session()
    _interview(session, ["甲社區", "2025年", "", "", "", "²"])
    assert session.category is None and session.facts.get("work") == {}  # asked again, nothing chosen
    _interview(session, ["3", "發放²份"])
    assert session.pending == "發放²份"  # looks like a figure but is not one: asked again
    _interview(session, ["/保留"])
    assert session.facts["work"] == {Interview(session).options()[2]: ["發放²份"]}


# ------------------------------------------------------------------------------ replay after a kill
def test_an_answer_logged_but_not_applied_is_replayed(index_copy: Path) -> None:
    session = new_session()
    _interview(session, ["甲社區"])
    session.save()
    session.log("period", "2025年上半年")  # the process died here, before applying it
    assert load_session(session.id).unapplied() is not None
    result = invoke(["chat", "--resume", session.id], input="\n")  # empty topic, then the input ends
    assert "已補上中斷前的回答：2025年上半年" in result.output
    again = load_session(session.id)
    assert again.facts["period"] == "2025年上半年" and again.unapplied() is None
    assert "總結的時段是" not in result.output  # not asked again


def test_an_edit_logged_but_not_applied_is_replayed_and_drafted(index_copy: Path) -> None:
    first = invoke(["chat", "--facts", str(FACTS_FILE)], input="/退出\n")
    assert first.exit_code == 0, first.output
    session = list_sessions()[0][0]
    session.log("edit:period", json.dumps("2025年第三季度", ensure_ascii=False))  # killed right after
    result = invoke(["chat", "--resume"], input="/退出\n")
    assert result.exit_code == 0, result.output
    again = load_session(session.id)
    assert [d["note"] for d in again.drafts] == ["初稿", "修改 時段"]
    assert "2025年第三季度" in again.drafts[-1]["text"] and again.redraft is None


# ------------------------------------------------------------------------------ commands that fail
@pytest.mark.parametrize(("field", "value"), [("類型", "公司"), ("时段", ""), ("單位", "")])
def test_an_invalid_edit_is_refused_before_it_is_saved(index_copy: Path, field: str, value: str) -> None:
    first = invoke(["chat", "--facts", str(FACTS_FILE)], input="/退出\n")
    before = list_sessions()[0][0]
    result = invoke(["chat", "--resume"], input=f"/改 {field}\n{value}\n/事實\n/退出\n")
    assert_clean(first.output + result.output, result.exit_code, (0,))
    after = load_session(before.id)
    assert after.facts == before.facts and len(after.drafts) == 1
    assert "單位/社區名稱：" in result.output  # the chat went on to /事實
    assert invoke(["chat", "--resume"], input="/退出\n").exit_code == 0  # and the session still resumes


def test_save_and_export_into_nowhere_keep_the_chat_going(index_copy: Path, tmp_path: Path) -> None:
    commands = [f"/保存 {tmp_path / 'nodir' / 'f.yaml'}", f"/導出 {tmp_path / 'nodir' / 'd.md'}", "/導出 x.pdf"]
    result = invoke(["chat", "--facts", str(FACTS_FILE)], input="\n".join([*commands, "/事實", "/退出"]) + "\n")
    assert_clean(result.output, result.exit_code, (0,))
    assert result.output.count("不存在") >= 2 and "無法從擴展名判斷格式" in result.output
    assert "單位/社區名稱：" in result.output and "會話已保存" in result.output


def test_facts_are_shown_with_chinese_labels(index_copy: Path) -> None:
    result = invoke(["chat", "--facts", str(FACTS_FILE)], input="/事實\n/退出\n")
    shown = result.output.split("/幫助 查看命令。")[-1]
    for label in ("單位/社區名稱：", "時段：", "主要工作：", "存在問題："):
        assert label in shown
    assert "community:" not in shown and "work:" not in shown


def test_rewrite_says_so_when_nothing_changed(index_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.drafting import template_writer

    real = template_writer.TemplateWriter.write
    calls: list[Any] = []

    def same(self: Any, section: Any) -> Any:  # every salt gives the first wording
        calls.append(section)
        self.salt = ""
        return real(self, section)

    monkeypatch.setattr(template_writer.TemplateWriter, "write", same)
    result = invoke(["chat", "--facts", str(FACTS_FILE)], input="/重寫 1 更簡潔\n/重寫 ²\n/重寫 99\n/退出\n")
    assert_clean(result.output, result.exit_code, (0,))
    assert "沒有別的說法可換，這一部分沒有改動" in result.output and "已換一種說法" not in result.output
    assert result.output.count("用法：/重寫 編號") == 2  # ² and 99: a usage message, not a crash
    assert len(list_sessions()[0][0].drafts) == 1  # no version for an unchanged text


# ------------------------------------------------------------------------------ session files
BAD_VALUES: dict[str, list[Any]] = {
    "updated": ["昨天", None, [1]],
    "created": ["x", None],
    "stage": [3, "flying"],
    "step": ["2", 1.5, True],
    "facts": [[], "x"],
    "answers": [{}, [1], [{"q": 1, "a": "x"}]],
    "drafts": ["x", [{"text": "no sections"}]],
    "llm": [None, 1],
    "pending": [1],
}


@settings(max_examples=20, deadline=None)
@given(field=st.sampled_from(sorted(BAD_VALUES)), data=st.data())
def test_one_broken_session_breaks_no_other(field: str, data: st.DataObject) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as mp:
        mp.setenv("ZONGJIE_HOME", home)
        good = new_session()
        good.facts = {"community": "好社區", "period": "2025年"}
        good.save()
        broken = new_session()
        raw = json.loads(broken.path.read_text(encoding="utf-8"))
        raw[field] = data.draw(st.sampled_from(BAD_VALUES[field]))
        broken.path.write_text(json.dumps(raw), encoding="utf-8")
        result = invoke(["chat", "--list"])
        assert_clean(result.output, result.exit_code, (0,))
        assert good.id in result.output and f"{broken.id}.json" in result.output and field in result.output
        listing = invoke(["chat", "--list", "--json"])
        assert [r["id"] for r in json.loads(listing.stdout)] == [good.id]
        resumed = invoke(["chat", "--resume"], input="/事實\n")  # the last good one
        assert "好社區" in resumed.output and "Traceback" not in resumed.output
        named = invoke(["chat", "--resume", broken.id])
        assert_clean(named.output, named.exit_code, (2,))
        assert f"{broken.id}.json" in named.output and field in named.output


def test_a_session_file_that_is_not_json(zongjie_home: Path) -> None:
    session = new_session()
    session.path.write_bytes(b"\xff\x00not json")
    result = invoke(["chat", "--resume", session.id])
    assert_clean(result.output, result.exit_code, (2,))
    assert "不是有效的 JSON" in result.output


def test_a_second_resume_is_told_the_session_is_in_use(zongjie_home: Path) -> None:
    session = new_session()
    with SessionLock(session):
        result = invoke(["chat", "--resume", session.id], input="/退出\n")
    assert_clean(result.output, result.exit_code, (2,))
    assert "正在另一個窗口中使用" in result.output
    assert invoke(["chat", "--resume", session.id], input="甲\n").exit_code == 2  # free again: runs, input ends


# ------------------------------------------------------------------------------ piped input
def test_the_readme_answers_file_piped_verbatim(
    index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    answers = "\n".join(_readme_answers()) + "\n"
    result = invoke(["chat"], input=answers, timeout=120)
    assert_clean(result.output, result.exit_code, (0,))
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "翠湖社區總結.docx")).paragraphs)
    for figure in ("1500份", "12條", "30公斤"):
        assert figure in text


@pytest.mark.parametrize("keep", [1, 5, 9, 15])
def test_input_that_ends_before_a_draft_says_where(index_copy: Path, keep: int) -> None:
    answers = _readme_answers()[:keep]
    result = invoke(["chat"], input="\n".join(answers) + "\n")
    assert_clean(result.output, result.exit_code, (2,))
    assert "還沒有起草" in result.output and "zongjie chat --resume" in result.output
    before, after = result.output.split("輸入在「")
    where = after.split("」處結束")[0]
    assert where and where in before  # the question it stopped at, as it was asked


# ------------------------------------------------------------------------------ the parts, each alone
class ScriptedView:
    """A ChatView without a terminal: answers from a list, everything said kept."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = list(answers)
        self.said: list[str] = []
        self.drafts: list[int] = []

    def ask(self, prompt: str) -> str:
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    def say(self, message: Any) -> None:
        self.said.append(message.text)

    def show_draft(self, draft: Any, version: int, sections: list[Any]) -> None:
        self.drafts.append(version)

    def show_sections(self, sections: list[Any]) -> None:
        pass

    def show_report(self, report: Any) -> None:
        self.said.append(f"report: {report.count('error')} errors")


def test_the_chat_runs_on_a_scripted_view(index_copy: Path) -> None:
    from assistant.chat.conversation import Chat
    from assistant.chat.revision import Revision
    from assistant.drafting.pipeline import open_retriever

    class Quiet:
        def note(self, message: str) -> None:
            pass

        def progress(self, description: str) -> Any:
            from contextlib import nullcontext

            return nullcontext(lambda *args: None)

    session = new_session()
    answers = [a for a in _readme_answers() if not a.startswith("/")] + ["/檢查", "/重寫 1", "/退出"]
    view = ScriptedView(answers)
    revision = Revision(session, retriever=lambda: open_retriever(Settings.resolve(), Quiet()))
    Chat(session, view, revision).run()
    assert view.drafts[0] == 1 and any(s.startswith("report: ") for s in view.said)
    assert "已識別：1500份" in view.said and session.drafts[0]["note"] == "初稿"
    assert any("說法" in s for s in view.said)  # the rewrite said what it did


def test_saving_facts_alone(tmp_path: Path) -> None:
    from assistant.core.errors import InputError
    from assistant.facts.model import load_facts, save_facts

    facts = load_facts(FACTS_FILE)
    path = save_facts(facts, tmp_path / "f.yaml")
    assert load_facts(path).to_dict() == facts.to_dict()
    with pytest.raises(InputError, match="已存在"):
        save_facts(facts, path)
    with pytest.raises(InputError, match="擴展名"):
        save_facts(facts, tmp_path / "f.txt")
    assert save_facts(facts, path, force=True) == path


def test_a_command_where_a_value_is_asked_cancels_the_edit_and_gbk_commands_work(
    index_copy: Path, tmp_path: Path
) -> None:
    """/改 日期 then /檢查: the command is not the new date. And a terminal that sends GB18030
    gets its commands understood as well as its answers (through a real pipe)."""
    from .cli_helpers import run_cli

    out = tmp_path / "稿.md"
    answers = ["甲社區", "2026年", "", "", "社區", "1", "開展活動3次", "", "", "", "", "", "", ""]
    commands = ["/改 日期", "/檢查", "/改 單位", "/幫助", f"/導出 {out}", "/退出"]
    data = "\n".join(answers + commands).encode("gb18030") + b"\n"
    result = run_cli(["chat"], input=data, env={"ZONGJIE_HOME": str(index_copy.parent)})
    output = (result.stdout + result.stderr).decode("utf-8", "replace")
    assert result.returncode == 0, output
    assert output.count("已取消修改") == 2 and "沒有「/" not in output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 甲社區2026年工作總結") and "/檢查" not in text and "/幫助" not in text
