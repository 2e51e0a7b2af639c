"""Reading one summary from disk or standard input, by its kind: .txt and .md (``plain``, with
optional YAML front matter) and .docx (``word``). Every failure is an :class:`InputError` with a
Chinese message that names the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import read_limited
from assistant.io.plain import MAX_TEXT_BYTES, decode_bytes, split_front_matter
from assistant.io.word import read_docx_text

SUMMARY_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


@dataclass
class SourceText:
    path: Path
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    line_offset: int = 0  # lines taken by front matter, so the parse tree reports file lines
    fmt: str = "txt"


def read_source(path: Path | str) -> SourceText:
    """Read one summary file with its front matter."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}：文件不存在")
    if path.is_dir():
        raise InputError(f"{name}：是文件夾，不是文件")
    suffix = path.suffix.lower()
    if suffix not in SUMMARY_SUFFIXES:
        raise InputError(f"{name}：不支持的文件類型「{suffix or '無擴展名'}」", hint="支持 .txt、.md、.docx")
    data = read_limited(path, MAX_TEXT_BYTES, "一篇工作總結")
    if suffix == ".docx":
        text = read_docx_text(path)
        if not text.strip():
            raise InputError(f"{name}：文件是空的")
        return SourceText(path, text, {}, 0, "docx")
    text = decode_bytes(data, name)
    meta, body, offset = split_front_matter(text, name)
    if not body.strip():  # full-width spaces and the like: blank, though not empty bytes
        raise InputError(f"{name}：除 front matter 外沒有正文" if meta or offset else f"{name}：只有空白，沒有文字")
    return SourceText(path, body, meta, offset, "md" if suffix != ".txt" else "txt")


def read_text_arg(arg: str, stdin_data: bytes | None = None) -> SourceText:
    """A path, or ``-`` for the bytes already read from standard input."""
    if arg == "-":
        if not stdin_data or not stdin_data.strip():
            raise InputError("標準輸入：沒有內容")
        text = decode_bytes(stdin_data, "標準輸入")
        meta, body, offset = split_front_matter(text, "標準輸入")
        return SourceText(Path("-"), body, meta, offset, "txt")
    return read_source(arg)
