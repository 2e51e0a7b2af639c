"""Commands over the sample index: ``ingest`` and ``search``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assistant.cli.app import ChromaUrl, Embedder, IndexDir, JsonFlag, command, text_argument
from assistant.cli.ui import ScreenReporter, error, esc, info, out, print_json, show_records
from assistant.core.config import Settings
from assistant.core.errors import ExitCode
from assistant.drafting.pipeline import ensure_index, open_index

if TYPE_CHECKING:
    from assistant.retrieval.index import Index
    from assistant.retrieval.ingest import IngestReport


@command("ingest")
def ingest_command(
    paths: Annotated[
        list[Path] | None, typer.Argument(metavar="路徑", help="文件或文件夾（.txt/.md/.docx）；默認為內置範文。")
    ] = None,
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="重建索引（更換嵌入模型或索引損壞時使用）：索引中的所有文件都會重新導入。")
    ] = False,
    prune: Annotated[bool, typer.Option("--prune", help="刪除源文件已不存在的片段。")] = False,
    reference: Annotated[
        bool, typer.Option("--reference", help="作為範文導入：起草時參考，檢查時查照抄（默認只參考，不查照抄）。")
    ] = False,
    as_json: JsonFlag = False,
) -> None:
    """把範文或自己以往的總結加入索引（可重複運行，未改動的文件不會重複加入）。"""
    from assistant.retrieval.corpus import bundled_sample_files
    from assistant.retrieval.ingest import ingest as add_files
    from assistant.retrieval.ingest import rebuild as rebuild_index

    settings = Settings.resolve(embedder=embedder, index=index_dir, chroma_url=chroma_url)
    # a rebuild may change the embedder: the index is opened without asking for one, then told
    index = open_index(replace(settings, embedder=None) if rebuild else settings)
    if rebuild:
        index.requested_embedder = settings.embedder
    with ScreenReporter(enabled=not as_json).progress("重建索引" if rebuild else "導入") as update:
        if rebuild:
            report = rebuild_index(index, list(paths or []), reference, progress=update)
        else:
            report = add_files(index, list(paths) if paths else bundled_sample_files(), prune, update, reference)
    if as_json:
        print_json(_ingest_json(report, index))
    else:
        _print_ingest(report, index)
    ok = [f for f in report.files if f.status != "error"]
    if not ok and report.errors:
        raise typer.Exit(ExitCode.USAGE)


def _ingest_json(report: IngestReport, index: Index) -> dict[str, Any]:
    return {
        "index": index.where,
        "embedder": index.embedder_name,
        "files": [vars(f) for f in report.files],
        "added": report.added,
        "unchanged": report.unchanged,
        "removed": report.removed,
        "embedded": report.embedded,
        "seconds": round(report.seconds, 3),
    }


def _print_ingest(report: IngestReport, index: Index) -> None:
    from rich.table import Table

    for failed in report.errors:
        error(failed.message)
    table = Table(title=f"導入結果（{esc(index.where)}，嵌入模型 {esc(index.embedder_name)}）", title_justify="left")
    for column in ("文件", "範文", "狀態", "新增", "未變", "刪除"):
        table.add_column(column, justify="right" if column in ("新增", "未變", "刪除") else "left")
    status_text = {"added": "新增", "updated": "已更新", "unchanged": "未變", "error": "[red]失敗[/]"}
    for f in report.files:
        if f.status == "error":
            continue
        table.add_row(
            esc(Path(f.path).name), esc(f.sample), status_text[f.status], str(f.added), str(f.unchanged), str(f.removed)
        )
    ok = len(report.files) - len(report.errors)
    if ok:
        out().print(table)
    out().print(
        f"文件 {ok} 個（失敗 {len(report.errors)}）；片段：新增 {report.added}，未變 {report.unchanged}，"
        f"刪除 {report.removed}（現算向量 {report.embedded} 個）；用時 {report.seconds:.1f} 秒。"
    )


@command()
def search(
    query: Annotated[str, typer.Argument(metavar="內容", help="檢索內容，簡體繁體均可。")],
    role: Annotated[
        str | None, typer.Option("--role", help="只看某類段落：opening/work/problems/plans/closing/other")
    ] = None,
    kind: Annotated[
        str | None, typer.Option("--kind", help="只看某類單位：社區/街道/單位/物業/社區衛生服務中心")
    ] = None,
    k: Annotated[int, typer.Option("-k", "--top", min=1, max=100, help="返回條數。")] = 5,
    mode: Annotated[str, typer.Option("--mode", help="hybrid（默認）、vector 或 bm25")] = "hybrid",
    index_dir: IndexDir = None,
    chroma_url: ChromaUrl = None,
    embedder: Embedder = None,
    as_json: JsonFlag = False,
) -> None:
    """在範文中檢索（關鍵詞 BM25 + 向量，融合排序）。"""
    from assistant.core.errors import InputError
    from assistant.core.offices import KINDS
    from assistant.retrieval.search import MAX_QUERY, ROLES, Retriever

    if role and role not in ROLES:
        raise InputError(f"--role 不能是「{role}」", hint=f"可選：{'、'.join(ROLES)}")
    if mode not in ("hybrid", "vector", "bm25"):
        raise InputError(f"--mode 不能是「{mode}」", hint="可選：hybrid、vector、bm25")
    query = text_argument(query, "檢索內容")
    if not query.strip():
        raise InputError("檢索內容不能為空")
    kind = _traditional_kind(kind)
    if len(query) > MAX_QUERY:
        info(f"檢索內容有 {len(query)} 字，只用前 {MAX_QUERY} 字檢索。")
        query = query[:MAX_QUERY]
    index = open_index(Settings.resolve(embedder=embedder, index=index_dir, chroma_url=chroma_url))
    ensure_index(index, ScreenReporter(enabled=not as_json))
    retriever = Retriever(index)
    kinds = sorted(set(KINDS) | set(retriever.kinds()))
    if kind and kind not in kinds:
        raise InputError(f"--kind 不能是「{kind}」", hint=f"可選：{'、'.join(kinds)}（簡體繁體均可）")
    hits = retriever.search(query, k=k, role=role, kind=kind, mode=mode)
    if as_json:
        print_json([h.to_dict() for h in hits])
        return
    if not hits:
        info("沒有找到相關段落。")
        return
    rows = [
        {"n": str(n), "score": f"{hit.score:.4f}", "sample": hit.sample, "role": hit.role}
        | {"heading": hit.heading, "body": hit.body}
        for n, hit in enumerate(hits, 1)
    ]
    columns = [("n", "#"), ("score", "得分"), ("sample", "範文"), ("role", "類別"), ("heading", "標題路徑")]
    show_records(f"「{query}」的檢索結果", [*columns, ("body", "內容")], rows, keep=("sample",), long="body")


def _traditional_kind(kind: str | None) -> str | None:
    """Kinds are stored in Traditional (as the samples); accept Simplified input too."""
    if not kind:
        return None
    from assistant.core.script import to_traditional

    return to_traditional(kind)
