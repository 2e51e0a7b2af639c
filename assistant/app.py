"""The Typer app, the options shared by several commands, and error handling.

Heavy libraries (chromadb, torch, llama_cpp, langchain integrations) are imported inside the
commands that need them, so ``zongjie --help`` and ``zongjie check`` start fast.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from . import __version__
from .errors import ZongjieError
from .ui import console, error, info, progress_bar

if TYPE_CHECKING:
    from .index import Index

app = typer.Typer(
    name="zongjie",
    help="總結：社區、街道、物業等單位的工作總結助手（起草、檢查、檢索範文）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn our errors into a Chinese message and an exit code; never show a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ZongjieError as exc:
            error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            info("\n已中斷。")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort):
            raise
        except OSError as exc:  # disk full, permissions, a path that vanished
            where = f"（{exc.filename}）" if exc.filename else ""
            error(f"讀寫文件時出錯：{exc.strerror or exc}{where}")
            raise typer.Exit(1) from None
        except Exception as exc:
            if os.environ.get("ZONGJIE_DEBUG"):
                raise
            error(
                f"內部錯誤（{type(exc).__name__}：{exc}）。請把這行信息告訴維護者；設置 ZONGJIE_DEBUG=1 可看到詳細信息。"
            )
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        console.print(f"zongjie {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", "-V", help="顯示版本並退出。", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """總結：社區、街道、物業等單位的工作總結助手（起草、檢查、檢索範文）。"""


# Options shared by the commands that use the index.
IndexDir = Annotated[
    Path | None,
    typer.Option("--index", envvar="ZONGJIE_INDEX", help="索引目錄（默認在數據目錄下；ZONGJIE_HOME 可改數據目錄）。"),
]
ChromaUrl = Annotated[
    str | None,
    typer.Option("--chroma-url", envvar="ZONGJIE_CHROMA_URL", help="使用 Chroma 服務器，例如 http://127.0.0.1:8000"),
]
Embedder = Annotated[
    str | None,
    typer.Option("--embedder", envvar="ZONGJIE_EMBEDDER", help="嵌入模型：e5-small（默認）或 st:<模型名或路徑>"),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="以 JSON 輸出，便於腳本處理。")]


def open_index(index_dir: Path | None, chroma_url: str | None, embedder: str | None) -> Index:
    from .config import load_config
    from .index import Index

    config = load_config()
    return Index(index_dir or config.index, chroma_url or config.chroma_url, embedder)


def ensure_index(index: Index, quiet: bool = False) -> None:
    """First use: build the index from the bundled samples, with a progress bar."""
    if index.count() > 0:  # from the snapshot's manifest: chromadb is not even imported
        return
    if not quiet:
        info("首次使用：正在用內置範文建立索引…")
    with progress_bar("建立索引", enabled=not quiet) as update:
        report = index.ensure_built(progress=update)
    if report and not quiet:
        info(f"索引已建立：{report.added} 個片段，用時 {report.seconds:.1f} 秒。")
