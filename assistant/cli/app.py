"""The Typer app, the options shared by several commands, and error handling.

Heavy libraries (chromadb, torch, llama_cpp, langchain integrations) are imported inside the
commands that need them, so ``zongjie --help`` and ``zongjie check`` start fast.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from assistant import __version__
from assistant.cli import ui
from assistant.cli.ui import error, info
from assistant.cli.zh import ZhCommand, ZhGroup
from assistant.core.clean import redecode, visible
from assistant.core.errors import ExitCode, InputError, ZongjieError

app = typer.Typer(
    name="zongjie",
    cls=ZhGroup,
    help="總結：社區、街道、物業等單位的工作總結助手（起草、檢查、檢索範文）。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


facts_app = typer.Typer(cls=ZhGroup, help="事實文件：生成示例、檢查格式。", no_args_is_help=True)
app.add_typer(facts_app, name="facts")


def command(name: str | None = None, *, group: typer.Typer = app) -> Callable[[F], F]:
    """Register a command (on ``group``), with the Chinese help and usage of :class:`ZhCommand`
    and every error turned into a Chinese message and an exit code (:func:`handle_errors`): a
    command cannot be registered without it."""

    def register(func: F) -> F:
        group.command(name, cls=ZhCommand)(handle_errors(func))
        return func

    return register


_SCRIPT_PEEK = 4096  # bytes: enough to tell the scripts apart, bounded for any file


_TEXT_SUFFIXES = {".txt", ".md", ".yaml", ".yml", ".csv", ".json", ".toml"}


def _note_user_files(values: Any) -> None:
    """The paths a command was given: their names are the user's own words, shown as written;
    and the first regular file's script is the messages' script when no setting or locale
    chose one (a Simplified facts file that fails to load still gets Simplified messages)."""
    import stat

    given = [v for value in values for v in (value if isinstance(value, list | tuple) else [value])]
    paths = [Path(v) for v in given if isinstance(v, Path | str) and v and v != "-"]
    ui.keep([w for p in paths for w in (str(p), p.name)])  # every word the user typed is theirs
    from assistant.core.script import detect_script

    # (a folder of materials: the texts in it, a few, not below it — the hostile pass of round 85 had Simplified
    # materials answered in Traditional)
    files: list[Path] = []
    for path in paths:
        try:
            files += (
                sorted(p for p in path.iterdir() if p.suffix.lower() in _TEXT_SUFFIXES)[:8] if path.is_dir() else [path]
            )
        except OSError:
            continue
    for path in files:
        try:
            if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or device would block the read
                continue
            with path.open("rb") as handle:
                head = handle.read(_SCRIPT_PEEK).decode("utf-8", errors="ignore")
        except OSError:
            continue
        if any("\u4e00" <= c <= "\u9fff" for c in head):
            ui.prefer(detect_script(head))
            return
    # (an empty or unreadable file: its name, as the user wrote it — 总结.txt is Simplified)
    names = "".join(p.name for p in paths)
    if sum("\u4e00" <= c <= "\u9fff" for c in names) >= 2:
        ui.prefer(detect_script(names))


def handle_errors(func: F) -> F:
    """Turn our errors into a Chinese message and an exit code; never show a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            _note_user_files(kwargs.values())
            return func(*args, **kwargs)
        except ZongjieError as exc:
            error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            info("\n已中斷。")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except (typer.Exit, typer.Abort):
            raise
        except OSError as exc:  # disk full, permissions, a path that vanished
            from assistant.core.files import reason

            where = f"：{exc.filename}" if exc.filename else ""
            error(f"讀寫文件時出錯（{reason(exc)}）{where}")
            raise typer.Exit(ExitCode.FAILED) from None
        except Exception as exc:
            if os.environ.get("ZONGJIE_DEBUG"):
                raise
            error(
                f"內部錯誤（{type(exc).__name__}：{exc}）。請把這行信息告訴維護者；設置 ZONGJIE_DEBUG=1 可看到詳細信息。"
            )
            raise typer.Exit(ExitCode.FAILED) from None

    return wrapper  # type: ignore[return-value]


class PipeSafe:
    """Standard output that a closed pipe (``zongjie check … | head -1``) does not break: the
    rest of the output is dropped and the command ends with its own exit code."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._broken = False

    def write(self, text: str) -> int:
        if not self._broken:
            try:
                return int(self._stream.write(text))
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self._broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        self._broken = True
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())  # so the flush at exit has somewhere to go
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _prepare_streams() -> None:
    """Output never fails on text it cannot encode; input keeps bytes that are not UTF-8, so
    they can be decoded another way or reported (instead of a UnicodeDecodeError)."""
    for stream, errors in (
        (sys.stdout, "backslashreplace"),
        (sys.stderr, "backslashreplace"),
        (sys.stdin, "surrogateescape"),
    ):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                reconfigure(errors=errors)
    if not isinstance(sys.stdout, PipeSafe):
        sys.stdout = PipeSafe(sys.stdout)


def text_argument(value: str, what: str) -> str:
    """A command-line argument used as text: bytes that were not UTF-8 are read as GB18030 (a
    Chinese terminal's usual encoding), else refused; the shell gives Python such bytes as
    surrogates, which no encoder accepts."""
    text = redecode(value)
    if text is None:
        raise InputError(
            f"{what}「{visible(value)}」不是有效的文字（既不是 UTF-8 也不是 GB18030 編碼）",
            hint="請把終端的字符編碼設為 UTF-8",
        )
    return text


def _version(value: bool) -> None:
    if value:
        ui.out().print(f"zongjie {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", "-V", help="顯示版本並退出。", callback=_version, is_eager=True)
    ] = False,
) -> None:
    """總結：社區、街道、物業等單位的工作總結助手（起草、檢查、檢索範文）。"""
    _prepare_streams()
    from assistant.core.config import setting

    try:
        ui.reset(setting("ui_script"))
    except ZongjieError:  # a broken config file is reported by the command that reads it
        ui.reset()
    ui.keep([redecode(a) or a for a in sys.argv[1:]])  # file names and queries as typed


# Options shared by the commands that use the index. Each setting is taken from the option, else
# its environment variable, else the config file (config.setting), the same for every setting.
IndexDir = Annotated[
    Path | None,
    typer.Option("--index", help="索引目錄（默認在數據目錄下）；環境變量 ZONGJIE_INDEX。"),
]
ChromaUrl = Annotated[
    str | None,
    typer.Option("--chroma-url", help="使用 Chroma 服務器，例如 http://127.0.0.1:8000；環境變量 ZONGJIE_CHROMA_URL。"),
]
Embedder = Annotated[
    str | None,
    typer.Option("--embedder", help="嵌入模型：e5-small（默認）或 st:<模型名或路徑>；環境變量 ZONGJIE_EMBEDDER。"),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="以 JSON 輸出，便於腳本處理。")]
Force = Annotated[bool, typer.Option("--force", "-f", help="允許覆蓋已存在的文件。")]
