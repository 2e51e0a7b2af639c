"""The chat's interview as a state machine: which question comes next, and what an answer does.

No input or output here: :meth:`Interview.question` gives the next question (skipping what the
facts file already holds) and :meth:`Interview.answer` applies one answer to the session's facts
and returns what to tell the user. The chat does the asking, logging and saving around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.chat.sessions import Session
from assistant.core.clean import clean_item, redecode
from assistant.core.numbers import find_figures
from assistant.core.offices import KINDS, office_kind
from assistant.core.script import convert, detect_script
from assistant.facts.categories import suggested
from assistant.facts.model import FIELD_LABELS, LIST_FIELDS

# (field, question, required)
QUESTIONS: list[tuple[str, str, bool]] = [
    ("community", "請問是哪個單位（社區）的工作總結？", True),
    ("period", "總結的時段是？（例如 2024年上半年、2025年第三季度）", True),
    ("topic", "總結的主題是？（例如 創衛、垃圾分類；沒有專門的主題直接回車）", False),
    ("superiors", "在哪些上級單位的領導、指導下開展工作？一次輸入一個，直接回車結束（沒有可直接回車）。", False),
    ("kind", f"單位類型？{' / '.join(KINDS)}（直接回車跳過）", False),
    ("work", "", True),
    ("results", "取得了哪些成效？一次一條，直接回車結束（可跳過）。", False),
    ("problems", "存在哪些問題？一次一條，直接回車結束（可跳過：稿中會標出待補）。", False),
    ("plans", "下一步有哪些計劃？一次一條，直接回車結束（可跳過）。", False),
    ("author", "落款單位？（直接回車跳過）", False),
    ("date", "落款日期？（例如 2024年7月5日，直接回車跳過）", False),
]
NEXT_ITEM = "下一條？（直接回車結束）"
_VAGUE = re.compile(r"若干|[几幾][十百千万萬]|[数數][十百千万萬]|上[百千万萬]|好[几幾]")
_CHOICE = re.compile(r"[0-9０-９]+")


def _numeric(c: str) -> bool:
    """A digit of any script (²、①、٣) other than a Chinese numeral, which the figure reader knows."""
    return c.isnumeric() and not ("\u4e00" <= c <= "\u9fff" or c in "〇零兩两")


def unreadable(item: str) -> list[str]:
    """Parts of an answer that look like a figure but cannot be read as one."""
    covered = [(f.start, f.end) for f in find_figures(item)]
    odd = []
    i = 0
    while i < len(item):
        if _numeric(item[i]) and not any(s <= i < e for s, e in covered):
            j = i
            while j < len(item) and _numeric(item[j]):
                j += 1
            odd.append(item[i : j + 2])
            i = j
        else:
            i += 1
    return odd + [m.group(0) for m in _VAGUE.finditer(item)]


def choice(text: str, count: int) -> int | None:
    """A number 1..count typed as an answer (ASCII or full-width digits), else None."""
    if not _CHOICE.fullmatch(text):
        return None
    n = int(text)
    return n if 0 < n <= count else None


@dataclass
class Message:
    kind: str  # ok | warn | note | error | title | plain
    text: str


UNDECODABLE = Message("warn", "這個回答不是有效的文字（終端的編碼不是 UTF-8 或 GB18030），請重新輸入。")


def cleaned_answer(raw: str) -> tuple[str, list[str]] | None:
    """An answer as stored (bytes that were not UTF-8 decoded as GB18030, then as a facts value:
    :func:`clean.clean_item`) and what cleaning changed; None when the bytes are neither encoding."""
    text = redecode(raw)
    return None if text is None else clean_item(text)


def check_item(text: str, wants_figures: bool = True) -> tuple[bool, list[Message]]:
    """Echo the figures an item holds; not ok when something looks like a figure but is not one.
    Work is asked for with its figures, so an item without one is pointed out; a problem or a plan
    needs none."""
    odd = unreadable(text)
    if odd:
        return False, [
            Message("warn", f"「{'、'.join(odd)}」看起來像數字但沒能識別。請重新輸入這一條，或輸入 /保留 原樣保留。")
        ]
    figures = [f.text for f in find_figures(text) if f.kind != "date"]
    if figures:
        return True, [Message("ok", f"已識別：{'、'.join(figures)}")]
    return True, [Message("note", "（這條沒有數字）")] if wants_figures else []


class Interview:
    """The questions in order; the session holds where we are, so a resume carries on."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # ------------------------------------------------------------------ where we are
    @property
    def field(self) -> str:
        """What the current question is about (``work.類別`` while collecting a category's items)."""
        field = QUESTIONS[self.session.step][0] if not self.done else ""
        if field == "work" and self.session.category is not None:
            return f"work.{self.session.category}"
        return field

    @property
    def done(self) -> bool:
        return self.session.step >= len(QUESTIONS)

    def script(self) -> str:
        text = "".join(str(v) for v in self.session.facts.values() if isinstance(v, str))
        return detect_script(text, default="traditional") if text else "traditional"

    def options(self) -> list[str]:
        """The categories on offer: by the topic, else by the kind of office (as given or as its
        name shows)."""
        facts = self.session.facts
        kind = office_kind(str(facts.get("kind") or ""), str(facts.get("community") or ""))
        return [convert(c, self.script()) for c in suggested(str(facts.get("topic") or ""), kind)]

    def question(self) -> str | None:
        """The next question to ask, or None when the interview is over."""
        session, facts = self.session, self.session.facts
        while not self.done:
            field, question, required = QUESTIONS[session.step]
            if session.facts_file and not required:
                self._next()  # started from a facts file: ask only for what drafting needs
            elif field == "work":
                work = facts.get("work") or {}
                if session.category is not None:
                    return f"「{session.category}」做了什麼？一次一條，寫清數字；直接回車結束這一類。"
                if work and "work" in session.given:
                    self._next()  # complete from the facts file
                    continue
                listing = "  ".join(f"{n}.{c}{'✓' if c in work else ''}" for n, c in enumerate(self.options(), 1))
                return f"主要工作：選擇類別（輸入編號，或直接寫新類別名）；直接回車結束。\n{listing}"
            elif field in LIST_FIELDS:
                have = facts.get(field)
                if have and field in session.given:
                    self._next()  # from the facts file or imported materials
                    continue
                return question if not have else NEXT_ITEM
            elif facts.get(field):
                self._next()  # known from the facts file or an earlier run
            else:
                return question
        return None

    def _next(self) -> None:
        self.session.step += 1
        self.session.category = None
        self.session.pending = None

    # ------------------------------------------------------------------ answers
    def answer(self, raw: str, command: str | None = None) -> list[Message]:
        """Apply one answer (``command`` is "skip" or "keep" for /跳過 and /保留)."""
        if self.question() is None:
            return []
        cleaned = cleaned_answer(raw) if command is None else ("", [])
        if cleaned is None:
            return [UNDECODABLE]
        text = cleaned[0]
        field = QUESTIONS[self.session.step][0]
        if field == "work":
            return self._work(text, command)
        if field in LIST_FIELDS:
            return self._list_item(field, text, command)
        if not text:
            if QUESTIONS[self.session.step][2]:
                return [Message("warn", f"{FIELD_LABELS[field]}是必填的。")]
        elif field == "kind" and convert(text, "traditional") not in KINDS:
            return [Message("warn", f"類型請從這些中選：{'、'.join(KINDS)}")]
        else:
            self.session.facts[field] = text
        self._next()
        return []

    def _list_item(self, field: str, text: str, command: str | None) -> list[Message]:
        if not text and command != "keep":
            self._next()
            return []
        messages: list[Message] = []
        item = text if field == "superiors" else self._accepted(text, command, messages, field == "results")
        if item:
            self.session.facts.setdefault(field, []).append(item)
        return messages

    def _work(self, text: str, command: str | None) -> list[Message]:
        work: dict[str, list[str]] = self.session.facts.setdefault("work", {})
        category = self.session.category
        if category is None:
            if not text:
                if work:
                    self._next()
                    return []
                return [Message("warn", "至少需要一類工作。")]
            options = self.options()
            n = choice(text, len(options))
            if n is None and not any(c.isalpha() for c in text):
                return [Message("warn", f"請輸入 1–{len(options)} 的編號，或寫一個類別名稱。")]
            name = options[n - 1] if n is not None else text
            self.session.category = name
            work.setdefault(name, [])
            return []
        if not text and command != "keep":
            if not work.get(category):
                del work[category]
            self.session.category = None
            return []
        messages: list[Message] = []
        item = self._accepted(text, command, messages)
        if item:
            work[category].append(item)
        return messages

    def _accepted(
        self, text: str, command: str | None, messages: list[Message], wants_figures: bool = True
    ) -> str | None:
        """The item to keep: the answer if its figures read, or the pending one after /保留."""
        if command == "keep" and self.session.pending:
            item = self.session.pending
            self.session.pending = None
            messages.append(Message("ok", "已按原樣保留。"))
            return item
        ok, said = check_item(text, wants_figures)
        messages.extend(said)
        self.session.pending = None if ok else text
        return text if ok else None
