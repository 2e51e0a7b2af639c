"""``zongjie chat``: the guided interview, a draft, and revision section by section."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .app import ChromaUrl, Embedder, IndexDir, JsonFlag, app, handle_errors
from .sessions import Session
from .ui import console, info, print_json


@app.command()
@handle_errors
def chat(
    facts_path: Annotated[Path | None, typer.Option("--facts", help="從已有的事實文件開始，只問缺的部分。")] = None,
    llm: Annotated[str | None, typer.Option("--llm", help="寫作方式：template（默認）或 提供方:模型。")] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="覆蓋提供方的默認接口地址。")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, help="等待模型響應的秒數。")] = 120.0,
    resume: Annotated[bool, typer.Option("--resume", help="繼續上次的會話；--resume ID 繼續指定的會話。")] = False,
    session_id: Annotated[str | None, typer.Argument(help="會話 ID（配合 --resume；用 --list 查看）。")] = None,
    list_sessions_: Annotated[bool, typer.Option("--list", help="列出已保存的會話。")] = False,
    prompts: Annotated[
        Path | None, typer.Option("--prompts", envvar="ZONGJIE_PROMPTS", help="自己的提示詞文件夾。")
    ] = None,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    as_json: JsonFlag = False,
) -> None:
    """對話式起草：一問一答收集事實，起草後逐節修改；每個回答都自動保存。"""
    from .chat import Chat, EndOfInput
    from .llm import make_backend, resolve_spec
    from .pipeline import open_retriever
    from .sessions import last_session, list_sessions, load_session, new_session

    if list_sessions_:
        _print_sessions(list_sessions(), as_json)
        return
    if session_id and not resume:
        from .errors import InputError

        raise InputError(f"要繼續會話 {session_id}，請加 --resume", hint=f"zongjie chat --resume {session_id}")
    if resume:
        session = load_session(session_id) if session_id else last_session()
        info(f"繼續會話 {session.id}（{session.title}）")
        spec = resolve_spec(llm or session.llm, base_url)
    else:
        spec = resolve_spec(llm, base_url)
        session = new_session(spec.label if spec else "template")
        if facts_path is not None:
            from .facts import load_facts

            session.facts = load_facts(facts_path, partial=True).to_dict()
            session.facts_file = str(facts_path)
            session.save()
        info(f"新會話 {session.id}：回答問題即可，/幫助 查看命令；隨時可以 Ctrl-C，內容已自動保存。")
    backend = make_backend(spec, timeout) if spec else None
    conversation = Chat(
        session,
        retriever=lambda: open_retriever(index_dir, chroma_url, embedder, quiet=False),
        backend=backend,
        prompts=prompts,
    )
    try:
        conversation.run()
    except EndOfInput:
        session.save()
        info(f"輸入已結束，會話已保存（{session.id}）。用 zongjie chat --resume 可以繼續。")
    except KeyboardInterrupt:
        session.save()
        info(f"\n已中斷，會話已保存（{session.id}）。用 zongjie chat --resume 可以繼續。")
        raise typer.Exit(130) from None


def _print_sessions(sessions: list[Session], as_json: bool) -> None:
    import time

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
    from rich.table import Table

    stage = {"interview": "收集事實中", "revising": "修改稿子中", "done": "已完成"}
    table = Table(title="會話（最近的在前）", title_justify="left")
    for column in ("ID", "單位與時段", "進度", "稿子版本", "回答數", "更新時間"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            r["id"], r["title"], stage.get(r["stage"], r["stage"]), str(r["drafts"]), str(r["answers"]), r["updated"]
        )
    console.print(table)
