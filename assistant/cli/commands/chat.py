"""``zongjie chat``: the guided interview, a draft, and revision section by section."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.app import ChromaUrl, Embedder, IndexDir, JsonFlag, command
from assistant.cli.commands.draft import show_in_script_of
from assistant.cli.ui import ScreenReporter, error, esc, info, print_json, show_records, warn
from assistant.core.errors import ExitCode, InputError

if TYPE_CHECKING:
    from assistant.chat.sessions import BrokenSession, Session


@command()
def chat(
    facts_path: Annotated[Path | None, typer.Option("--facts", help="從已有的事實文件開始，只問缺的部分。")] = None,
    llm: Annotated[str | None, typer.Option("--llm", help="寫作方式：template（默認）或 提供方:模型。")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="覆蓋提供方的默認接口地址。")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="等待模型響應的秒數。")] = 120.0,
    resume: Annotated[bool, typer.Option("--resume", help="繼續上次的會話；--resume ID 繼續指定的會話。")] = False,
    session_id: Annotated[
        str | None, typer.Argument(metavar="會話ID", help="會話 ID（配合 --resume；用 --list 查看）。")
    ] = None,
    list_sessions_: Annotated[bool, typer.Option("--list", help="列出已保存的會話。")] = False,
    prompts: Annotated[
        Path | None, typer.Option("--prompts", help="自己的提示詞文件夾；環境變量 ZONGJIE_PROMPTS。")
    ] = None,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    as_json: JsonFlag = False,
) -> None:
    """對話式起草：一問一答收集事實，起草後逐節修改；每個回答都自動保存。"""
    from assistant.backends.llm import make_backend, resolve_spec
    from assistant.chat.conversation import Chat, EndOfInput
    from assistant.chat.revision import Revision
    from assistant.chat.sessions import SessionLock, last_session, list_sessions, load_session, new_session
    from assistant.cli.chat_view import TerminalView
    from assistant.core.config import Settings
    from assistant.drafting.pipeline import open_retriever

    if list_sessions_:
        _print_sessions(*list_sessions(), as_json=as_json)
        return
    if session_id and not resume:
        raise InputError(f"要繼續會話 {session_id}，請加 --resume", hint=f"zongjie chat --resume {session_id}")
    if resume:
        if session_id:
            session = load_session(session_id)
        else:
            session, broken = last_session()
            _report_broken(broken)
        settings = Settings.resolve(
            llm=llm or session.llm, embedder=embedder, prompts=prompts, index=index_dir, chroma_url=chroma_url
        )
    else:
        settings = Settings.resolve(llm=llm, embedder=embedder, prompts=prompts, index=index_dir, chroma_url=chroma_url)
        session = None
    spec = resolve_spec(settings.llm, base_url)
    backend = make_backend(spec, timeout) if spec else None
    if session is None:
        facts = None
        if facts_path is not None:
            from assistant.facts.model import load_facts

            facts = load_facts(facts_path, partial=True)
            show_in_script_of(facts)
        session = new_session(spec.label if spec else "template")
        if facts is not None:
            session.facts = facts.to_dict()
            session.facts_file = str(facts_path)
            session.given = sorted(session.facts)
            session.save()
        info(f"新會話 {esc(session.id)}：回答問題即可，/幫助 查看命令；隨時可以 Ctrl-C，內容已自動保存。")
    else:
        info(f"繼續會話 {esc(session.id)}（{esc(session.title)}）")
    view = TerminalView()
    revision = Revision(
        session,
        retriever=lambda: open_retriever(settings, ScreenReporter()),
        backend=backend,
        prompts=settings.prompts_dir,
        check_levels=settings.check,
        display=view.writing,
    )
    with SessionLock(session):
        try:
            Chat(session, view, revision).run()
        except EndOfInput as end:
            session.save()
            if session.drafts:
                info(f"輸入已結束，會話已保存（{esc(session.id)}）。用 zongjie chat --resume 可以繼續。")
                return
            error(
                f"輸入在「{end.where}」處結束，還沒有起草。會話已保存（{session.id}），"
                "補上後面的回答，用 zongjie chat --resume 繼續。"
            )
            raise typer.Exit(ExitCode.USAGE) from None
        except KeyboardInterrupt:
            session.save()
            info(f"\n已中斷，會話已保存（{esc(session.id)}）。用 zongjie chat --resume 可以繼續。")
            raise typer.Exit(ExitCode.INTERRUPTED) from None


def _report_broken(broken: list[BrokenSession]) -> None:
    for exc in broken:
        warn(f"已跳過{exc.message}")


def _print_sessions(sessions: list[Session], broken: list[BrokenSession], as_json: bool) -> None:
    import time

    _report_broken(broken)
    stage = {"interview": "收集事實中", "revising": "修改稿子中", "done": "已完成"}
    rows = [
        {
            "id": s.id,
            "title": s.title,
            "stage": s.stage,
            "drafts": str(len(s.drafts)),
            "answers": str(len(s.answers)),
            "updated": time.strftime("%Y-%m-%d %H:%M", time.localtime(s.updated)),
        }
        for s in sessions
    ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        info("還沒有會話。運行 zongjie chat 開始。")
        return
    for r in rows:
        r["stage"] = stage.get(r["stage"], r["stage"])
    show_records(
        "會話（最近的在前；zongjie chat --resume ID 繼續）",
        [
            ("id", "ID"),
            ("title", "單位與時段"),
            ("stage", "進度"),
            ("drafts", "稿子版本"),
            ("answers", "回答數"),
            ("updated", "更新時間"),
        ],
        rows,
        keep=("id", "updated"),
    )
