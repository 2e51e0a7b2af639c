"""Chat sessions on disk: every answer and every draft version, saved the moment it exists.

One JSON file per session under ``$ZONGJIE_HOME/sessions``, written atomically (temp file and
rename), so Ctrl-C, a closed terminal or the end of piped input never loses anything. An answer
is written to the log before it is applied and marked applied with its effect; a change that
needs a new draft is recorded as pending until the draft is saved. So a kill at any point leaves
a file that a resume finishes (``Chat.replay``). While a chat runs, a lock beside the file keeps a
second ``chat --resume`` of the same session out.

No key or secret is ever stored: the model is recorded by its ``provider:model`` label only.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from assistant.core.config import sessions_dir
from assistant.core.errors import InputError
from assistant.core.files import atomic_write, read_limited

STAGES = ("interview", "revising", "done")
VERSION = 2  # 2: the topic question was added after the period
MAX_SESSION_BYTES = 50 * 1024 * 1024


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
    given: list[str] = field(default_factory=list)  # fields filled from a facts file or /導入, not asked
    pending: str | None = None  # an answer whose figures could not be read, awaiting /保留
    redraft: str | None = None  # the note of a draft the facts changed for, not yet saved
    like: str = ""  # an earlier summary whose frame the drafts follow (/仿照)
    asked: list[str] = field(default_factory=list)  # what such summaries usually state, already asked
    rewritten: list[str] = field(default_factory=list)  # sections the user had rewritten: a redraft keeps them
    version: int = VERSION

    @property
    def path(self) -> Path:
        return sessions_dir() / f"{self.id}.json"

    def save(self) -> None:
        self.updated = time.time()
        data = json.dumps(asdict(self), ensure_ascii=False, indent=1)
        atomic_write(self.path, lambda tmp: tmp.write_text(data, encoding="utf-8", errors="surrogateescape"))

    def log(self, question: str, answer: str, command: str | None = None) -> None:
        """Write an answer down before acting on it (see :meth:`unapplied`); ``command`` is
        /跳過 or /保留 when the answer was one."""
        entry: dict[str, Any] = {"q": question, "a": answer, "time": time.time(), "applied": False}
        if command:
            entry["command"] = command
        self.answers.append(entry)
        self.save()

    def applied(self) -> None:
        """The last answer has taken effect; saved together with that effect."""
        if self.answers:
            self.answers[-1]["applied"] = True
        self.save()

    def unapplied(self) -> dict[str, Any] | None:
        """An answer written down but not acted on (the process was killed in between)."""
        last = self.answers[-1] if self.answers else None
        return last if last is not None and last.get("applied") is False else None

    def add_draft(self, draft: dict[str, Any], note: str) -> int:
        version = len(self.drafts) + 1
        self.drafts.append({"version": version, "note": note, "time": time.time(), **draft})
        self.redraft = None
        self.save()
        return version

    @property
    def title(self) -> str:
        facts = self.facts
        return f"{facts.get('community', '（未填單位）')} {facts.get('period', '')}".strip()


# ------------------------------------------------------------------------------ reading
_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "created": (int, float),
    "updated": (int, float),
    "stage": (str,),
    "step": (int,),
    "category": (str, type(None)),
    "facts": (dict,),
    "answers": (list,),
    "drafts": (list,),
    "llm": (str,),
    "facts_file": (str,),
    "given": (list,),
    "pending": (str, type(None)),
    "redraft": (str, type(None)),
    "like": (str,),
    "asked": (list,),
    "rewritten": (list,),
    "version": (int,),
}
_TYPE_NAMES = {str: "文字", int: "整數", float: "數字", dict: "映射", list: "列表"}


class BrokenSession(InputError):
    """A session file that cannot be used: it is named, the others are not affected."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"會話文件 {path} 已損壞：{problem}", hint="可以刪除或修正這個文件；其他會話不受影響")
        self.path = path


def session_from_dict(data: Any, path: Path) -> Session:
    """A session from its JSON, every field's type checked; the first bad field is named."""
    if not isinstance(data, dict):
        raise BrokenSession(path, "頂層應為對象")
    known = {f.name for f in fields(Session)}
    for name in ("id", "created"):
        if name not in data:
            raise BrokenSession(path, f"缺少字段 {name}")
    for name, value in data.items():
        if name not in known:
            continue  # written by a newer version: ignored
        types = _TYPES[name]
        if isinstance(value, bool) or not isinstance(value, types):
            wanted = "或".join(_TYPE_NAMES.get(t, "空") for t in types)
            raise BrokenSession(path, f"字段 {name} 應為{wanted}")
    if data.get("stage", "interview") not in STAGES:
        raise BrokenSession(path, f"字段 stage 不能是「{data['stage']}」")
    for i, answer in enumerate(data.get("answers", [])):
        if not isinstance(answer, dict) or not isinstance(answer.get("q"), str) or not isinstance(answer.get("a"), str):
            raise BrokenSession(path, f"answers 第{i + 1}項應有文字的 q 和 a")
    for i, draft in enumerate(data.get("drafts", [])):
        if not isinstance(draft, dict) or not isinstance(draft.get("sections"), list):
            raise BrokenSession(path, f"drafts 第{i + 1}項不完整")
    session = Session(**{k: v for k, v in data.items() if k in known})
    if "given" not in data and session.facts_file:
        session.given = sorted(session.facts)  # written before "given" existed: the file's fields
    if "version" not in data and session.step >= 2:
        session.step += 1  # written before the topic question existed
    session.version = VERSION
    return session


def _read(path: Path) -> Session:
    try:
        data = json.loads(read_limited(path, MAX_SESSION_BYTES, "會話文件").decode("utf-8", "surrogateescape"))
    except (ValueError, RecursionError) as exc:
        raise BrokenSession(path, "不是有效的 JSON") from exc
    except InputError as exc:
        raise BrokenSession(path, exc.message) from exc
    return session_from_dict(data, path)


def new_session(llm: str = "template") -> Session:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    session = Session(id=f"{stamp}-{secrets.token_hex(2)}", created=time.time(), llm=llm)
    session.save()
    return session


def load_session(session_id: str) -> Session:
    if not session_id or "/" in session_id or "\\" in session_id or session_id.startswith("."):
        raise InputError(f"會話 ID「{session_id}」無效", hint="用 zongjie chat --list 查看已有會話")
    path = sessions_dir() / f"{session_id}.json"
    if not path.is_file():
        raise InputError(f"沒有這個會話：{session_id}", hint="用 zongjie chat --list 查看已有會話")
    return _read(path)


def list_sessions() -> tuple[list[Session], list[BrokenSession]]:
    """Every readable session (the latest first), and the broken files, each reported by name."""
    sessions: list[Session] = []
    broken: list[BrokenSession] = []
    for path in sorted(sessions_dir().glob("*.json")):
        try:
            sessions.append(_read(path))
        except BrokenSession as exc:
            broken.append(exc)
    return sorted(sessions, key=lambda s: s.updated, reverse=True), broken


def last_session() -> tuple[Session, list[BrokenSession]]:
    sessions, broken = list_sessions()
    if not sessions:
        raise InputError("還沒有可以繼續的會話", hint="直接運行 zongjie chat 開始一個")
    return sessions[0], broken


# ------------------------------------------------------------------------------ the lock
class SessionLock:
    """Held while a chat runs: a second process resuming the same session is told, not let in.
    The operating system drops the lock when the process ends, however it ends."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._fd: int | None = None

    def __enter__(self) -> SessionLock:
        path = self.session.path.with_suffix(".lock")
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise InputError(
                f"會話 {self.session.id} 正在另一個窗口中使用",
                hint="先在那個窗口輸入 /退出，或運行 zongjie chat 開始新的會話",
            ) from exc
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        locking = getattr(msvcrt, "locking")  # noqa: B009  (absent from the stubs on other systems)
        locking(fd, getattr(msvcrt, "LK_NBLCK"), 1)  # noqa: B009
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
