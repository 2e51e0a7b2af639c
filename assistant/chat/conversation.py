"""Interactive drafting: the interview, then a draft revised section by section, by commands.

This module holds the conversation: it asks through a :class:`ChatView` (the terminal, or a
test's script), hands answers to the :class:`~interview.Interview`, drafts through a
:class:`~revision.Revision`, and logs every answer before acting on it, so a resume replays what
a kill interrupted. Input may come from a terminal or a pipe (one answer per line).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from assistant.chat.interview import UNDECODABLE, Interview, Message, check_item, cleaned_answer
from assistant.chat.revision import Revision
from assistant.chat.sessions import Session
from assistant.core.clean import redecode
from assistant.core.errors import InputError, ZongjieError
from assistant.facts.model import FIELD_LABELS, LIST_FIELDS, canonical_key

if TYPE_CHECKING:
    from assistant.checking.check import Report
    from assistant.drafting.draft import Draft, DraftSection

COMMANDS = {
    "help": ("幫助", "帮助", "help"),
    "facts": ("事實", "事实", "facts"),
    "edit": ("改", "edit"),
    "rewrite": ("重寫", "重写", "rewrite"),
    "check": ("檢查", "检查", "check"),
    "export": ("導出", "导出", "export"),
    "save": ("保存", "存", "save"),  # /存: what users type
    "import": ("導入", "导入", "import"),
    "quit": ("退出", "退", "quit", "exit"),
    "skip": ("跳過", "跳过", "skip"),
    "like": ("仿照", "like"),
    "keep": ("保留", "keep"),
}
_COMMAND_OF = {name: cmd for cmd, names in COMMANDS.items() for name in names}
HELP = """可用命令（中英文均可）：
  /幫助 /help                 顯示本幫助
  /事實 /facts                查看目前的事實
  /改 /edit 字段              修改一項事實，例如 /改 時段、/改 work.宣傳發動
  /重寫 /rewrite 編號 [要求]   改寫某一部分，例如 /重寫 2 更簡潔（數字保持不變）
  /檢查 /check                檢查當前稿子
  /導出 /export 路徑          導出稿子，按擴展名 .md/.txt/.docx；已存在的文件加 --force 才覆蓋
  /保存 /存 /save [路徑]      把事實保存為事實文件，之後可用 zongjie draft --facts 使用
  /導入 /import 路徑…         從月報、台賬、群聊記錄等材料導入條目（每條顯示出處，有衝突時問你）
  /仿照 /like 路徑            照這篇以往的總結的格式和口吻重新起草（標題、各部分標題、落款…）
  /退出 /退 /quit             退出（會話已自動保存，可用 zongjie chat --resume 繼續）"""
FORCE = ("--force", "-f")


class EndOfInput(Exception):
    """The input ran out (end of a pipe, Ctrl-D); ``where`` is the question it ended at."""

    def __init__(self, where: str = "") -> None:
        super().__init__(where)
        self.where = where


def import_paths(args: list[str]) -> list[str]:
    """The paths of /導入: quoted ones whole ("三月 月報.docx"), and the whole rest of the line
    when it names one existing file with spaces in its name."""
    import shlex

    line = " ".join(args)
    if len(args) > 1 and Path(line).expanduser().exists():
        return [line]
    try:
        return shlex.split(line)
    except ValueError:  # an unbalanced quote: the words as typed
        return args


class Quit(Exception):
    """The user typed /退出."""


class ChatView(Protocol):
    """What the chat needs of a terminal."""

    def ask(self, prompt: str) -> str: ...  # EOFError at the end of input

    def say(self, message: Message) -> None: ...

    def show_draft(self, draft: Draft, version: int, sections: list[DraftSection]) -> None: ...

    def show_sections(self, sections: list[DraftSection]) -> None: ...

    def show_report(self, report: Report) -> None: ...


def parse_command(line: str) -> tuple[str, list[str]] | None:
    """``/重寫 2 更簡潔`` -> ("rewrite", ["2", "更簡潔"]); None if the line is not a command."""
    line = line.strip()
    if not line.startswith(("/", "／")):
        return None
    name, _, rest = line[1:].partition(" ")
    command = _COMMAND_OF.get(name.lower())
    return (command, rest.split()) if command else ("unknown", [name])


def facts_lines(facts: dict[str, Any]) -> list[str]:
    """The facts as a user reads them: Chinese labels, one line a field, work by category."""
    lines = []
    for key, label in FIELD_LABELS.items():
        value = facts.get(key)
        if not value:
            continue
        if key == "work" and isinstance(value, dict):
            lines.append(f"{label}：")
            lines += [f"  {cat}：{'；'.join(map(str, items))}" for cat, items in value.items()]
        elif isinstance(value, list):
            lines.append(f"{label}：{'；'.join(map(str, value))}")
        else:
            lines.append(f"{label}：{value}")
    return lines or ["（還沒有內容）"]


def split_force(args: list[str]) -> tuple[list[str], bool]:
    paths = [a for a in args if a not in FORCE]
    return paths, len(paths) != len(args)


class Chat:
    def __init__(self, session: Session, view: ChatView, revision: Revision) -> None:
        self.session = session
        self.view = view
        self.revision = revision
        self.interview = Interview(session)

    def say(self, text: str, kind: str = "plain") -> None:
        self.view.say(Message(kind, text))

    def ask(self, prompt: str) -> str:
        try:
            line = self.view.ask(prompt).strip()
        except EOFError as exc:
            raise EndOfInput(prompt.split("\n")[0]) from exc
        decoded = redecode(line)  # a GBK pipe: commands as well as answers
        return decoded if decoded is not None else line

    # ------------------------------------------------------------------ the whole run
    def run(self) -> None:
        """Replay what a kill interrupted, finish the interview, draft, then take commands."""
        try:
            self.replay()
            if self.session.stage == "interview":
                self.run_interview()
                self.session.stage = "revising"
                self.session.redraft = "初稿"
                self.session.save()
            if self.session.redraft:
                self.make_draft(self.session.redraft)
            elif self.revision.draft is None:
                self.restore()
            self.loop()
        except Quit:
            self.say(f"會話已保存（{self.session.id}），用 zongjie chat --resume 可以繼續。")

    def replay(self) -> None:
        """An answer logged but not applied when the process ended is applied now."""
        answer = self.session.unapplied()
        if answer is None:
            return
        if answer["q"].startswith("edit:"):
            self._apply_edit(answer["q"][5:], json.loads(answer["a"]))
        elif answer["q"] == "import":  # never run again: a file that hung or failed would again
            self.session.applied()
            self.say(
                f"上次的 /導入 {' '.join(json.loads(answer['a']))} 沒有完成，沒有導入任何條目；需要的話請重新導入。",
                "warn",
            )
            return
        elif answer["q"] == "expect":
            self._apply_expected(*json.loads(answer["a"]))
            self.session.applied()
        else:
            self._show(self.interview.answer(answer["a"], answer.get("command")))
            self.session.applied()
        self.say(f"已補上中斷前的回答：{answer['a']}", "note")

    def restore(self) -> None:
        try:
            self.revision.restore()
        except InputError as exc:  # facts a newer check rejects: /改 can still fix them
            self.say(f"無法恢復稿子：{exc}\n請用 /改 修正上面的字段。", "warn")
            return
        self.say(f"已恢復第 {len(self.session.drafts)} 版稿子。")
        self.view.show_sections(self.revision.rewritable())

    # ------------------------------------------------------------------ interview
    def run_interview(self) -> None:
        self._run_questions()
        self._ask_expected()

    def _ask_expected(self) -> None:
        """Before the first draft: what such summaries usually state and the facts lack (a 安全生產
        report's accidents), asked once each; an answer joins its line of work, a blank skips."""
        from assistant.facts.categories import missing_expected

        work = self.session.facts.get("work") or {}
        for category, what in missing_expected(work, results=list(self.session.facts.get("results") or [])):
            key = f"{category}:{what}"
            if key in self.session.asked:
                continue
            question = f"「{category}」這類總結通常會寫{what}，事實中還沒有。有的話寫一條（寫清數字），直接回車跳過："
            answer = self.ask(question)
            parsed = parse_command(answer)
            if parsed is not None and parsed[0] == "quit":
                raise Quit
            if parsed is not None:
                answer = ""  # any other command skips the question (the answer is not a command)
            cleaned = cleaned_answer(answer)
            text = cleaned[0] if cleaned else ""
            self.session.log("expect", json.dumps([category, what, text], ensure_ascii=False))
            self._apply_expected(category, what, text)
            self.session.applied()

    def _apply_expected(self, category: str, what: str, text: str) -> None:
        if text:
            self.session.facts.setdefault("work", {}).setdefault(category, []).append(text)
        self.session.asked = [*self.session.asked, f"{category}:{what}"]
        self.session.save()

    def _run_questions(self) -> None:
        while (question := self.interview.question()) is not None:
            self.session.save()  # where the question skips left us
            answer = self.ask(question)
            parsed = parse_command(answer)
            command = parsed[0] if parsed else None
            if parsed is not None and command not in ("skip", "keep"):
                self._interview_command(*parsed)
                continue
            cleaned = cleaned_answer(answer)
            if cleaned is None:
                self.view.say(UNDECODABLE)
                continue
            text, changes = cleaned
            self._show([Message("note", f"（{change}）") for change in changes])
            self.session.log(self.interview.field, text, command)
            self._show(self.interview.answer(text, command))
            self.session.applied()

    def _interview_command(self, command: str, args: list[str]) -> None:
        if command == "help":
            self.say("回答問題即可；直接回車或 /跳過 跳過可選的問題。/事實 查看已填內容，/退出 保存並退出。")
        elif command == "facts":
            self.cmd_facts(args)
        elif command == "quit":
            raise Quit
        elif command == "import":
            self._import(args)  # the questions then skip what the materials filled in
        else:
            self.say("訪談中只能用 /幫助、/事實、/導入、/跳過、/保留、/退出；起草後可用全部命令。")

    def _show(self, messages: list[Message]) -> None:
        for message in messages:
            self.view.say(message)

    # ------------------------------------------------------------------ drafting
    def make_draft(self, note: str) -> None:
        self.say("正在起草…", "title")
        version = self.revision.make(note)
        draft = self.revision.draft
        assert draft is not None
        self.view.show_draft(draft, version, self.revision.rewritable())
        if self.revision.kept:
            numbers = "、".join(self.revision.kept)
            self.say(
                f"第 {numbers} 部分是你改寫過的，已原樣保留（事實的改動沒有寫進去）；要按新的事實重寫，用 /重寫 編號。",
                "note",
            )
        if not draft.complete:
            self.say(f"稿子未完成：{draft.error}", "error")

    # ------------------------------------------------------------------ commands
    def loop(self) -> None:
        while True:
            line = self.ask("請輸入命令（/幫助）")
            parsed = parse_command(line)
            if parsed is None:
                if line:
                    self.say("請輸入以 / 開頭的命令，例如 /重寫 2 更簡潔；/幫助 查看全部命令。")
                continue
            command, args = parsed
            if command == "quit":
                raise Quit
            needs_draft = command in ("rewrite", "check", "export")
            if needs_draft and self.revision.draft is None:
                self.say("還沒有稿子：請先用 /改 修正事實。", "warn")
                continue
            handlers: dict[str, Callable[[list[str]], None]] = {
                "help": self.cmd_help,
                "skip": self.cmd_skip,
                "keep": self.cmd_keep,
                "facts": self.cmd_facts,
                "import": self.cmd_import,
                "check": self.cmd_check,
                "export": self.cmd_export,
                "save": self.cmd_save,
                "rewrite": self.cmd_rewrite,
                "edit": self.cmd_edit,
                "like": self.cmd_like,
            }
            try:
                handlers.get(command, self.cmd_unknown)(args)
            except ZongjieError as exc:
                self.say(str(exc), "error")

    def cmd_unknown(self, args: list[str]) -> None:
        self.say(f"沒有「/{args[0] if args else ''}」這個命令。\n{HELP}")

    def cmd_help(self, args: list[str]) -> None:
        self.say(HELP)

    def cmd_skip(self, args: list[str]) -> None:
        self.say("起草後不需要 /跳過。")

    cmd_keep = cmd_skip

    def cmd_facts(self, args: list[str]) -> None:
        self.say("\n".join(facts_lines(self.session.facts)))

    def _ask_or_quit(self, prompt: str) -> str:
        """An answer to a question inside a command: /退出 quits, it is no answer."""
        answer = self.ask(prompt)
        parsed = parse_command(answer)
        if parsed is not None and parsed[0] == "quit":
            raise Quit
        return answer

    def cmd_import(self, args: list[str]) -> None:
        args = import_paths(args)
        if self._import(args):
            self.make_draft(f"導入 {' '.join(args)}")

    def _import(self, args: list[str], logged: bool = False) -> int:
        """Items from the office's materials into the facts (logged first, like any answer); the
        fields they filled count as given, so the interview does not ask for them."""
        from assistant.chat.importing import import_materials
        from assistant.extract.reconcile import nearest_in_samples

        if not logged:
            self.session.log("import", json.dumps(args, ensure_ascii=False))
        before = copy.deepcopy(self.session.facts)
        nearest = nearest_in_samples(self.revision.retriever.search)
        try:
            added = import_materials(self.session.facts, args, ask=self._ask_or_quit, say=self.say, nearest=nearest)
        except Quit:
            self.session.facts = before  # /退出 at a conflict: nothing half-imported is kept
            self.session.applied()
            raise
        except Exception as exc:  # any material that cannot be read: a message, the chat goes on
            self.session.facts = before
            self.session.applied()
            reason = exc.message if isinstance(exc, ZongjieError) else f"{type(exc).__name__}：{exc}"
            self.say(f"導入沒有完成（{reason}），沒有導入任何條目；之前的回答都保留着。", "warn")
            return 0
        filled = [k for k, v in self.session.facts.items() if v and v != before.get(k) and k != "work"]
        self.session.given = sorted({*self.session.given, *filled})
        self.session.applied()
        return added

    def cmd_like(self, args: list[str]) -> None:
        """Follow the frame of an earlier summary (read now; a file that is no summary is said so)."""
        from assistant.drafting.office_style import read_like

        if not args:
            raise InputError("用法：/仿照 路徑（例如 /仿照 去年總結.docx）")
        path = Path(" ".join(args)).expanduser()
        choice = read_like(path)
        if choice.style is None:
            self.say(choice.note, "warn")
            return
        self.session.like = str(path.resolve())
        self.session.save()
        self.say(f"以後的稿子照「{path.name}」的格式和口吻寫。", "ok")
        if self.revision.draft is not None:
            self.make_draft(f"仿照 {path.name}")

    def cmd_check(self, args: list[str]) -> None:
        self.view.show_report(self.revision.check())

    def cmd_export(self, args: list[str]) -> None:
        from assistant.drafting.export import write_draft

        assert self.revision.draft is not None
        paths, force = split_force(args)
        if len(paths) != 1:
            self.say("用法：/導出 路徑（例如 /導出 總結.docx），覆蓋已有文件加 --force")
            return
        path = write_draft(self.revision.draft, Path(paths[0]).expanduser(), force=force)
        self.say(f"已導出 {path}", "ok")

    def cmd_save(self, args: list[str]) -> None:
        from assistant.facts.model import save_facts

        paths, force = split_force(args)
        if len(paths) > 1:
            self.say("用法：/保存 [路徑]（例如 /保存 事實.yaml），覆蓋已有文件加 --force")
            return
        if paths and Path(paths[0]).suffix.lower() in (".md", ".txt", ".docx"):  # the draft, surely
            self.say(f"/保存 保存的是事實文件（.yaml、.json 或 .toml）；要把稿子存成 {paths[0]}，請用 /導出 {paths[0]}")
            return
        path = save_facts(self.revision.facts(), Path(paths[0]).expanduser() if paths else None, force)
        self.say(f"已保存事實文件 {path}，可用 zongjie draft --facts {path} 起草。", "ok")

    def cmd_rewrite(self, args: list[str]) -> None:
        outcome = self.revision.rewrite(args[0] if args else "", " ".join(args[1:]))
        self.say(outcome.message, "note" if outcome.ok else "warn")
        if outcome.version is not None:
            assert self.revision.draft is not None
            self.view.show_draft(self.revision.draft, outcome.version, self.revision.rewritable())

    def cmd_edit(self, args: list[str]) -> None:
        """Ask for the new value, check the facts with it, then log, apply and redraft."""
        if not args:
            raise InputError("用法：/改 字段，例如 /改 時段、/改 存在問題、/改 work.宣傳發動")
        target, _, category = args[0].partition(".")
        field = canonical_key(target)
        if field is None:
            raise InputError(f"沒有「{target}」這個字段", hint=f"可改：{'、'.join(FIELD_LABELS.values())}")
        value: Any
        if field == "work":
            category = category or self.ask("改哪一類工作？（寫類別名）")
            if not category or self._cancelled(category):
                return
            value = {
                category: self._ask_items(f"「{category}」的新條目，一次一條，直接回車結束（不輸入則刪除這一類）：")
            }
        elif field in LIST_FIELDS:
            value = self._ask_items(f"{FIELD_LABELS[field]}的新內容，一次一條，直接回車結束：", field == "results")
        else:
            answer = self.ask(f"{FIELD_LABELS[field]}改為：")
            text = None if self._cancelled(answer) else self._readable(answer)
            if text is None:
                return
            value = text
        candidate = _edited(self.session.facts, field, value)
        self.revision.facts(candidate)  # an invalid value is refused here, before anything is saved
        self.session.log(f"edit:{field}", json.dumps(value, ensure_ascii=False))
        self._apply_edit(field, value)
        self.make_draft(f"修改 {args[0]}")

    def _readable(self, answer: str) -> str | None:
        """The answer cleaned, or None (said to the user) when its bytes are no text."""
        cleaned = cleaned_answer(answer)
        if cleaned is None:
            self.view.say(UNDECODABLE)
            return None
        return cleaned[0]

    def _cancelled(self, answer: str) -> bool:
        """A command where a value was asked for (/改 日期, then /檢查) cancels the edit: it is
        never stored as the value."""
        if parse_command(answer) is None:
            return False
        self.say("已取消修改：這裡要寫新的內容，不是命令。需要的話再輸入一次命令。", "warn")
        return True

    def _apply_edit(self, field: str, value: Any) -> None:
        self.session.facts = _edited(self.session.facts, field, value)
        self.session.redraft = f"修改 {FIELD_LABELS.get(field, field)}"
        self.session.applied()

    def _ask_items(self, prompt: str, wants_figures: bool = True) -> list[str]:
        """Items one by one, their figures checked as in the interview (/保留 keeps one as written)."""
        items: list[str] = []
        pending: str | None = None
        while True:
            answer = self.ask(prompt if not items else "下一條？（直接回車結束）")
            parsed = parse_command(answer)
            if parsed and parsed[0] == "keep" and pending:
                items.append(pending)
                pending = None
                self.say("已按原樣保留。", "ok")
                continue
            if not answer or parsed:
                if not parsed or parsed[0] == "skip":
                    return items
                continue
            text = self._readable(answer)
            if text is None:
                continue
            ok, messages = check_item(text, wants_figures)
            self._show(messages)
            if ok:
                items.append(text)
            else:
                pending = text


def _edited(facts: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    """The facts with one field replaced (an empty value removes it; work by category)."""
    out = copy.deepcopy(facts)
    if field == "work":
        work = out.setdefault("work", {})
        for category, items in value.items():
            if items:
                work[category] = items
            else:
                work.pop(category, None)
    elif value:
        out[field] = value
    else:
        out.pop(field, None)
    return out
