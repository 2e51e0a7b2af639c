"""Interactive drafting: a guided interview for the facts, then a draft revised section by section.

Every answer and every draft version is saved to the session file the moment it exists. Input
may come from a terminal or a pipe (one answer per line), so a session can be scripted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ZongjieError
from .facts import KINDS, LABELS, LIST_FIELDS, canonical_key, facts_from_data
from .numbers import find_figures
from .script import convert, detect_script
from .sessions import Session
from .ui import console, err_console

if TYPE_CHECKING:
    from .draft import Draft
    from .facts import Facts
    from .llm import Backend
    from .retrieval import Retriever

SUGGESTED = ["組織領導", "宣傳發動", "環境整治", "病媒生物防制", "健康教育", "志願服務", "基礎設施", "督查考核"]
# (field, question, required)
QUESTIONS: list[tuple[str, str, bool]] = [
    ("community", "請問是哪個單位（社區）的工作總結？", True),
    ("period", "總結的時段是？（例如 2024年上半年、2025年第三季度）", True),
    ("superiors", "在哪些上級單位的領導、指導下開展工作？一次輸入一個，直接回車結束（沒有可直接回車）。", False),
    ("kind", f"單位類型？{' / '.join(KINDS)}（直接回車跳過）", False),
    ("work", "", True),
    ("results", "取得了哪些成效？一次一條，直接回車結束（可跳過）。", False),
    ("problems", "存在哪些問題？一次一條，直接回車結束（可跳過：稿中會用一般性表述並請你確認）。", False),
    ("plans", "下一步有哪些計劃？一次一條，直接回車結束（可跳過）。", False),
    ("author", "落款單位？（直接回車跳過）", False),
    ("date", "落款日期？（例如 2024年7月5日，直接回車跳過）", False),
]
COMMANDS = {
    "help": ("幫助", "帮助", "help"),
    "facts": ("事實", "事实", "facts"),
    "edit": ("改", "edit"),
    "rewrite": ("重寫", "重写", "rewrite"),
    "check": ("檢查", "检查", "check"),
    "export": ("導出", "导出", "export"),
    "save": ("保存", "save"),
    "import": ("導入", "导入", "import"),
    "quit": ("退出", "quit", "exit"),
    "skip": ("跳過", "跳过", "skip"),
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
  /保存 /save [路徑]          把事實保存為事實文件，之後可用 zongjie draft --facts 使用
  /導入 /import 路徑…         從月報、台賬、群聊記錄等材料導入條目（每條顯示出處，有衝突時問你）
  /退出 /quit                 退出（會話已自動保存，可用 zongjie chat --resume 繼續）"""
_VAGUE = re.compile(r"若干|[几幾][十百千万萬]|[数數][十百千万萬]|上[百千万萬]|好[几幾]")
_DIGITS = re.compile(r"[0-9０-９]+")


class EndOfInput(Exception):
    """The input ran out (end of a pipe, Ctrl-D)."""


class _Reask(Exception):
    """Materials were imported mid-question: back to the interview, which skips what is now known."""


def parse_command(line: str) -> tuple[str, list[str]] | None:
    """``/重寫 2 更簡潔`` -> ("rewrite", ["2", "更簡潔"]); None if the line is not a command."""
    line = line.strip()
    if not line.startswith(("/", "／")):
        return None
    name, _, rest = line[1:].partition(" ")
    command = _COMMAND_OF.get(name.lower())
    return (command, rest.split()) if command else ("unknown", [name])


def unreadable(item: str) -> list[str]:
    """Parts of an answer that look like a figure but cannot be read as one."""
    covered = [(f.start, f.end) for f in find_figures(item)]
    odd = [
        item[m.start() : m.end() + 2] for m in _DIGITS.finditer(item) if not any(s <= m.start() < e for s, e in covered)
    ]
    return odd + [m.group(0) for m in _VAGUE.finditer(item)]


class Chat:
    def __init__(
        self,
        session: Session,
        *,
        retriever: Callable[[], Retriever],
        backend: Backend | None,
        ask: Callable[[str], str] | None = None,
        prompts: Path | None = None,
    ) -> None:
        self.session = session
        self._retriever_factory = retriever
        self._retriever: Retriever | None = None
        self.backend = backend
        self.prompts = prompts
        self._ask = ask or (lambda prompt: console.input(prompt))
        self.draft: Draft | None = None
        self._rewrites = 0

    # ------------------------------------------------------------------ I/O
    def ask(self, prompt: str) -> str:
        try:
            return self._ask(f"[bold cyan]{prompt}[/]\n> ").strip()
        except EOFError as exc:
            raise EndOfInput from exc

    def say(self, text: str) -> None:
        console.print(text, soft_wrap=True)

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            self._retriever = self._retriever_factory()
        return self._retriever

    # ------------------------------------------------------------------ the whole run
    def run(self) -> None:
        if self.session.stage == "interview":
            while True:
                try:
                    self.interview()
                    break
                except _Reask:
                    continue
            self.make_draft("初稿")
        elif self.draft is None:
            self.restore()
        self.loop()

    # ------------------------------------------------------------------ interview
    def _script(self) -> str:
        text = "".join(str(v) for v in self.session.facts.values() if isinstance(v, str))
        return detect_script(text, default="traditional") if text else "traditional"

    def interview(self) -> None:
        facts = self.session.facts
        while self.session.step < len(QUESTIONS):
            field, question, required = QUESTIONS[self.session.step]
            if self.session.facts_file and not required:
                self._next_step()  # started from a facts file: ask only for what drafting needs
            elif field == "work":
                self._interview_work()
            elif field in LIST_FIELDS:
                self._interview_list(field, question)
            elif facts.get(field):
                self.session.step += 1  # known from the facts file or an earlier run
                self.session.save()
            else:
                self._interview_field(field, question, required)
        self.session.stage = "revising"
        self.session.save()

    def _interview_command(self, command: str, args: list[str] | None = None) -> None:
        """A command typed during the interview (other than /跳過 and /保留)."""
        if command == "help":
            self.say("回答問題即可；直接回車或 /跳過 跳過可選的問題。/事實 查看已填內容，/退出 保存並退出。")
        elif command == "facts":
            self.show_facts()
        elif command == "quit":
            raise EndOfInput
        elif command == "import":
            self._import(args or [])
        else:
            self.say("訪談中只能用 /幫助、/事實、/導入、/跳過、/保留、/退出；起草後可用全部命令。")

    def _answer(self, question: str, field: str) -> tuple[str, str | None]:
        """(answer, command) for one question; other commands are handled here and asked again."""
        while True:
            answer = self.ask(question)
            parsed = parse_command(answer)
            if parsed is None:
                self.session.record(field, answer)
                return answer, None
            if parsed[0] in ("skip", "keep"):
                self.session.record(field, answer)
                return "", parsed[0]
            self._interview_command(*parsed)
            if parsed[0] == "import" and self.session.stage == "interview":
                raise _Reask

    def _next_step(self) -> None:
        self.session.step += 1
        self.session.category = None
        self.session.pending = None
        self.session.save()

    def _accepted_item(self, answer: str, command: str | None) -> str | None:
        """The item to keep: the answer if its figures read, or the pending one after /保留."""
        if command == "keep" and self.session.pending:
            item = self.session.pending
            self.session.pending = None
            self.say("[green]已按原樣保留。[/]")
            return item
        if not self._figures_ok(answer):
            self.session.save()
            return None
        return answer

    def _interview_field(self, field: str, question: str, required: bool) -> None:
        answer, _ = self._answer(question, field)
        if not answer:
            if required:
                self.say(f"[yellow]{LABELS[field]}是必填的。[/]")
                return
        elif field == "kind" and convert(answer, "traditional") not in KINDS:
            self.say(f"[yellow]類型請從這些中選：{'、'.join(KINDS)}[/]")
            return
        else:
            self.session.facts[field] = answer
        self._next_step()

    def _interview_list(self, field: str, question: str) -> None:
        have = self.session.facts.get(field)
        if have and not self.session.answers_for(field):
            self._next_step()  # given in the facts file
            return
        answer, command = self._answer(question if not have else "下一條？（直接回車結束）", field)
        if not answer and command != "keep":
            self._next_step()
            return
        item = answer if field == "superiors" else self._accepted_item(answer, command)
        if item:
            self.session.facts.setdefault(field, []).append(item)
            self.session.save()

    def _figures_ok(self, item: str) -> bool:
        """Echo the figures found; ask again when something looks like a figure but is not one."""
        odd = unreadable(item)
        if odd:
            self.session.pending = item
            self.say(
                f"[yellow]「{'、'.join(odd)}」看起來像數字但沒能識別。請重新輸入這一條，或輸入 /保留 原樣保留。[/]"
            )
            return False
        figures = [f.text for f in find_figures(item) if f.kind != "date"]
        self.say(f"[green]已識別：{'、'.join(figures)}[/]" if figures else "[dim]（這條沒有數字）[/]")
        self.session.pending = None
        return True

    def _interview_work(self) -> None:
        work: dict[str, list[str]] = self.session.facts.setdefault("work", {})
        category = self.session.category
        if category is None:
            if work and self.session.facts_file and not self.session.answers_for("work"):
                self._next_step()  # complete from the facts file
                return
            options = [convert(c, self._script()) for c in SUGGESTED]
            listing = "  ".join(f"{n}.{c}{'✓' if c in work else ''}" for n, c in enumerate(options, 1))
            answer, _ = self._answer(
                f"主要工作：選擇類別（輸入編號，或直接寫新類別名）；直接回車結束。\n{listing}", "work"
            )
            if not answer:
                if work:
                    self._next_step()
                else:
                    self.say("[yellow]至少需要一類工作。[/]")
                return
            name = options[int(answer) - 1] if answer.isdigit() and 0 < int(answer) <= len(options) else answer
            self.session.category = name
            work.setdefault(name, [])
            self.session.save()
            return
        answer, command = self._answer(
            f"「{category}」做了什麼？一次一條，寫清數字；直接回車結束這一類。", f"work.{category}"
        )
        if not answer and command != "keep":
            if not work.get(category):
                del work[category]
            self.session.category = None
            self.session.save()
            return
        item = self._accepted_item(answer, command)
        if item:
            work[category].append(item)
            self.session.save()

    # ------------------------------------------------------------------ drafting
    def facts(self) -> Facts:
        return facts_from_data(self.session.facts, "會話中的事實")

    def make_draft(self, note: str) -> None:
        from .pipeline import run_draft
        from .ui import WritingDisplay

        self.say("[bold]正在起草…[/]")
        with WritingDisplay() as display:
            self.draft = run_draft(
                self.facts(), self.retriever, prompts=self.prompts, backend=self.backend, display=display
            )
        version = self.session.add_draft(self.draft.to_dict(), note)
        self.show_draft(version)
        if not self.draft.complete:
            err_console.print(f"[red]稿子未完成：{self.draft.error}[/]")

    def restore(self) -> None:
        """The last saved version, rebuilt: the plan again, then the saved text of each section."""
        from .pipeline import run_draft

        self.draft = run_draft(self.facts(), self.retriever, prompts=self.prompts)
        saved = {s["key"]: s for s in self.session.drafts[-1]["sections"]} if self.session.drafts else {}
        for section in self.draft.sections:
            if section.key in saved:
                section.heading = saved[section.key]["heading"]
                section.text = saved[section.key]["text"]
                section.writer = saved[section.key]["writer"]
        self.say(f"已恢復第 {len(self.session.drafts)} 版稿子。")
        self.show_sections()

    def show_draft(self, version: int) -> None:
        assert self.draft is not None
        from rich.markdown import Markdown

        self.say(f"[bold]— 第 {version} 版 —[/]")
        if console.is_terminal:
            console.print(Markdown(self.draft.text("md")))
        else:
            console.file.write(self.draft.text("txt"))
        self.show_check()
        self.show_sections()

    def show_check(self) -> None:
        from .check import PART_NAMES

        assert self.draft is not None and self.draft.check is not None
        parts = self.draft.check["sections"]
        line = "  ".join(f"{PART_NAMES[k]}{'✓' if v['found'] else '✗'}" for k, v in parts.items())
        self.say(f"各部分：{line}")
        for f in self.draft.check["findings"]:
            self.say(f"  [yellow]{f['rule']}[/] {f['message']}")
        for sentence in self.draft.confirmations():
            self.say(f"  [yellow]請確認[/] {sentence}")

    def rewritable(self) -> list[Any]:
        assert self.draft is not None
        return [s for s in self.draft.sections if s.key not in ("title", "work", "signature")]

    def show_sections(self) -> None:
        names = {"opening": "開頭", "closing": "結尾"}
        listing = "；".join(f"{n} {s.heading or names.get(s.key, s.key)}" for n, s in enumerate(self.rewritable(), 1))
        self.say(f"[dim]可改寫的部分：{listing}。輸入 /幫助 查看命令。[/]")

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
                self.say(f"會話已保存（{self.session.id}），用 zongjie chat --resume 可以繼續。")
                return
            try:
                getattr(self, f"cmd_{command}", self.cmd_unknown)(args)
            except ZongjieError as exc:
                err_console.print(f"[red]{exc}[/]")

    def cmd_unknown(self, args: list[str]) -> None:
        self.say(f"沒有「/{args[0] if args else ''}」這個命令。\n{HELP}")

    def cmd_help(self, args: list[str]) -> None:
        self.say(HELP)

    def cmd_skip(self, args: list[str]) -> None:
        self.say("起草後不需要 /跳過。")

    cmd_keep = cmd_skip

    def show_facts(self) -> None:
        import yaml

        self.say(yaml.safe_dump(self.session.facts, allow_unicode=True, sort_keys=False).strip() or "（還沒有內容）")

    def cmd_facts(self, args: list[str]) -> None:
        self.show_facts()

    def _import(self, args: list[str]) -> int:
        from .chat_import import import_materials

        added = import_materials(self.session.facts, args, ask=self.ask, say=self.say, nearest=self._nearest)
        self.session.record("import", " ".join(args))
        return added

    def _nearest(self, text: str) -> str | None:
        from .extract import nearest_in_samples

        return nearest_in_samples(self.retriever.search)(text)

    def cmd_import(self, args: list[str]) -> None:
        if self._import(args):
            self.make_draft(f"導入 {' '.join(args)}")

    def cmd_check(self, args: list[str]) -> None:
        from .check import Options, check_document
        from .cmd_check import show_report

        assert self.draft is not None
        options = Options(facts_text=self.draft.facts.all_text(), leaks=self.retriever.leaks)
        show_report(check_document(self.draft.document(), "當前稿子", options))

    def cmd_export(self, args: list[str]) -> None:
        from .export import write_draft

        assert self.draft is not None
        paths = [a for a in args if a not in ("--force", "-f")]
        if len(paths) != 1:
            self.say("用法：/導出 路徑（例如 /導出 總結.docx），覆蓋已有文件加 --force")
            return
        path = write_draft(self.draft, Path(paths[0]).expanduser(), force=len(paths) != len(args))
        self.say(f"[green]已導出 {path}[/]")

    def cmd_save(self, args: list[str]) -> None:
        from .errors import InputError
        from .facts import FORMATS, dump_facts

        paths = [a for a in args if a not in ("--force", "-f")]
        facts = self.facts()
        path = Path(paths[0] if paths else f"{facts.community}{facts.period}.yaml").expanduser()
        if path.suffix.lower() not in FORMATS:
            raise InputError("事實文件請用 .yaml、.json 或 .toml 擴展名")
        if path.exists() and len(paths) == len(args):
            raise InputError(f"{path} 已存在，未覆蓋", hint="加 --force 覆蓋")
        dump_facts(facts, path)
        self.say(f"[green]已保存事實文件 {path}[/]，可用 zongjie draft --facts {path} 起草。")

    def cmd_edit(self, args: list[str]) -> None:
        from .errors import InputError

        if not args:
            raise InputError("用法：/改 字段，例如 /改 時段、/改 存在問題、/改 work.宣傳發動")
        target, _, category = args[0].partition(".")
        field = canonical_key(target)
        if field is None:
            raise InputError(f"沒有「{target}」這個字段", hint=f"可改：{'、'.join(LABELS.values())}")
        facts = self.session.facts
        if field == "work":
            category = category or self.ask("改哪一類工作？（寫類別名）")
            items = self._ask_items(f"「{category}」的新條目，一次一條，直接回車結束（不輸入則刪除這一類）：")
            if items:
                facts.setdefault("work", {})[category] = items
            else:
                facts.get("work", {}).pop(category, None)
        elif field in LIST_FIELDS:
            facts[field] = self._ask_items(f"{LABELS[field]}的新內容，一次一條，直接回車結束：")
        else:
            value = self.ask(f"{LABELS[field]}改為：")
            facts[field] = value
            if not value:
                facts.pop(field)
        self.session.record(f"edit:{args[0]}", str(facts.get(field, "")))
        self.facts()  # validate before drafting again
        self.make_draft(f"修改 {args[0]}")

    def _ask_items(self, prompt: str) -> list[str]:
        items: list[str] = []
        while True:
            answer, command = self._answer(prompt if not items else "下一條？（直接回車結束）", "edit")
            if not answer and command != "keep":
                return items
            item = self._accepted_item(answer, command)
            if item:
                items.append(item)

    def cmd_rewrite(self, args: list[str]) -> None:
        from .draft import to_section, user_words
        from .errors import InputError

        assert self.draft is not None and self.draft.outline is not None
        sections = self.rewritable()
        if not args or not args[0].isdigit() or not 0 < int(args[0]) <= len(sections):
            raise InputError(f"用法：/重寫 編號 [要求]，編號 1–{len(sections)}")
        current = sections[int(args[0]) - 1]
        instruction = " ".join(args[1:])
        planned = next(p for p in self.draft.outline.sections if p.key == current.key)
        facts = self.draft.facts
        from .template_writer import TemplateWriter

        self._rewrites += 1
        # the rest of the draft, so that the new wording repeats nothing already said
        others = [t for sec in self.draft.sections if sec is not current for t in (sec.heading, sec.text) if t]
        template = TemplateWriter(
            facts, self.prompts, self.draft.sub_style, salt=f"rewrite-{self._rewrites}", avoid=others
        )
        if self.backend is not None:
            from .pipeline import llm_writer_factory

            writer: Any = llm_writer_factory(self.backend, self.retriever, "auto", self.prompts, None)(
                facts, self.draft.outline, template
            )
            written = writer.rewrite(planned, instruction, current.text)
            if written.fallback:
                self.say(f"[yellow]改寫沒有通過檢查（{written.fallback}），保留原文。[/]")
        else:
            written = template.write(planned)
            if instruction:
                self.say("[dim]模板寫作不能按具體要求改寫，已換一種說法；要按要求改寫請用 --llm 選擇模型。[/]")
        index = self.draft.sections.index(current)
        self.draft.sections[index] = to_section(
            planned, written, self.draft.script, user_words(facts, self.draft.script)
        )
        from .pipeline import check_draft

        check_draft(self.draft, self.retriever)
        version = self.session.add_draft(self.draft.to_dict(), f"重寫 {args[0]} {instruction}".strip())
        self.show_draft(version)
