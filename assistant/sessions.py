"""Chat sessions on disk: every answer and every draft version, saved the moment it exists.

One JSON file per session under ``$ZONGJIE_HOME/sessions``, written atomically (temp file and
rename), so Ctrl-C, a closed terminal or the end of piped input never loses anything. No key or
secret is ever stored: the model is recorded by its ``provider:model`` label only.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .config import sessions_dir
from .errors import InputError
from .files import atomic_write


@dataclass
class Session:
    id: str
    created: float
    updated: float = 0.0
    stage: str = "interview"  # interview | revising | done
    step: int = 0  # index into the interview's questions
    category: str | None = None  # the work category whose items are being collected
    facts: dict[str, Any] = field(default_factory=dict)  # canonical keys, as far as known
    answers: list[dict[str, Any]] = field(default_factory=list)
    drafts: list[dict[str, Any]] = field(default_factory=list)
    llm: str = "template"
    facts_file: str = ""
    pending: str | None = None  # an answer whose figures could not be read, awaiting /保留

    def answers_for(self, field: str) -> list[dict[str, Any]]:
        """Answers given in this session to questions about ``field`` (work: any category)."""
        return [a for a in self.answers if a["q"] == field or a["q"].startswith(field + ".")]

    @property
    def path(self) -> Path:
        return sessions_dir() / f"{self.id}.json"

    def save(self) -> None:
        self.updated = time.time()
        data = json.dumps(asdict(self), ensure_ascii=False, indent=1)
        atomic_write(self.path, lambda tmp: tmp.write_text(data, encoding="utf-8"))

    def record(self, question: str, answer: str) -> None:
        self.answers.append({"q": question, "a": answer, "time": time.time()})
        self.save()

    def add_draft(self, draft: dict[str, Any], note: str) -> int:
        version = len(self.drafts) + 1
        self.drafts.append({"version": version, "note": note, "time": time.time(), **draft})
        self.save()
        return version

    @property
    def title(self) -> str:
        facts = self.facts
        return f"{facts.get('community', '（未填單位）')} {facts.get('period', '')}".strip()


def new_session(llm: str = "template") -> Session:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    session = Session(id=f"{stamp}-{secrets.token_hex(2)}", created=time.time(), llm=llm)
    session.save()
    return session


def load_session(session_id: str) -> Session:
    path = sessions_dir() / f"{session_id}.json"
    if not path.is_file():
        raise InputError(f"沒有這個會話：{session_id}", hint="用 zongjie chat --list 查看已有會話")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Session(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise InputError(f"會話文件 {path} 已損壞，無法繼續") from exc


def list_sessions() -> list[Session]:
    sessions = []
    for path in sessions_dir().glob("*.json"):
        try:
            sessions.append(Session(**json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, TypeError):
            continue  # a damaged file is skipped in the list, not fatal
    return sorted(sessions, key=lambda s: s.updated, reverse=True)


def last_session() -> Session:
    sessions = list_sessions()
    if not sessions:
        raise InputError("還沒有可以繼續的會話", hint="直接運行 zongjie chat 開始一個")
    return sessions[0]
