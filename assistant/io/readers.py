"""Reading summaries from disk: .txt, .md (optional YAML front matter) and .docx.

Every failure is an :class:`InputError` with a Chinese message that names the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import check_zip, read_limited
from assistant.io.word_numbering import Numbering

SUPPORTED = (".txt", ".md", ".markdown", ".docx")
MAX_BYTES = 20 * 1024 * 1024  # a summary is a few pages; anything this big is not one
MAX_UNPACKED = 50 * 1024 * 1024  # the parts of a .docx, unpacked (a picture-heavy one stays far below)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
# Typical UTF-8-read-as-Latin-1/GBK debris: "å·¥ä½œ", "ï¼Œ", "鍥涘"…
_MOJIBAKE = re.compile(r"[ÃÂâåæçéèïð][\x80-\xbf\u0080-\u00ff]|锟斤拷|[\ufffd]")


@dataclass
class SourceText:
    path: Path
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    line_offset: int = 0  # lines taken by front matter, so the parse tree reports file lines
    fmt: str = "txt"


def decode_bytes(data: bytes, name: str) -> str:
    """Decode text bytes: UTF-8 (with or without BOM), UTF-16 with BOM, then GB18030."""
    if not data.strip():
        raise InputError(f"{name}：文件是空的")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}：UTF-16 解碼失敗") from exc
        return text.replace("\r\n", "\n").replace("\r", "\n")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}：看起來是二進制文件，不是文本", hint="請提供 .txt、.md 或 .docx 文件")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:
        raise InputError(f"{name}：無法識別的文字編碼", hint="請另存為 UTF-8 編碼的文本")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_mojibake(text):
        raise InputError(
            f"{name}：內容疑似亂碼（編碼錯誤）",
            hint="請用記事本或 Word 打開，確認文字正常後另存為 UTF-8",
        )
    return text


@dataclass(frozen=True)
class TextForm:
    """How a text file was stored, so that a rewrite (check --fix) stores it the same way."""

    encoding: str
    bom: bytes
    newline: str

    @classmethod
    def of(cls, data: bytes) -> TextForm:
        if data.startswith(b"\xff\xfe"):
            encoding, bom = "utf-16-le", b"\xff\xfe"
        elif data.startswith(b"\xfe\xff"):
            encoding, bom = "utf-16-be", b"\xfe\xff"
        elif data.startswith(b"\xef\xbb\xbf"):
            encoding, bom = "utf-8", b"\xef\xbb\xbf"
        else:
            try:
                data.decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError:
                encoding = "gb18030"
            bom = b""
        sample = data[len(bom) :].decode(encoding, errors="replace")
        newline = "\r\n" if "\r\n" in sample else "\r" if "\r" in sample else "\n"
        return cls(encoding, bom, newline)

    def encode(self, text: str) -> bytes:
        return self.bom + text.replace("\n", self.newline).encode(self.encoding)


def looks_like_mojibake(text: str) -> bool:
    hits = len(_MOJIBAKE.findall(text))
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return hits >= 3 and hits * 4 > cjk


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str, int]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, 0
    import yaml

    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" 第{line + 2}行" if line is not None else ""
        raise InputError(f"{name}{where}：開頭的 front matter 不是合法的 YAML") from exc
    if not isinstance(meta, dict):
        raise InputError(f"{name}：front matter 應為「鍵: 值」的映射")
    return meta, text[m.end() :], m.group(0).count("\n")


def open_docx(path: Path) -> Any:
    """A python-docx Document; damaged or non-.docx files raise :class:`InputError`."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise InputError("讀取 .docx 需要 python-docx") from exc
    check_zip(path, MAX_UNPACKED, ".docx 文件")
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{path}：不是有效的 .docx 文件") from exc
    except Exception as exc:  # zipfile.BadZipFile and lxml errors on damaged files
        raise InputError(f"{path}：無法打開 .docx 文件（{type(exc).__name__}）") from exc


def read_docx_text(path: Path) -> str:
    """Paragraphs of a .docx as text lines; Word heading styles become Markdown headings."""
    document = open_docx(path)
    numbering = Numbering(document)
    lines: list[str] = []
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        m = re.match(r"(?:Heading|標題|标题)\s*(\d)", style)
        marker = numbering.marker(para)  # Word's automatic 一、 is not in the text
        text = para.text.strip()
        text = marker + text if text else text
        if m and text:
            lines.append("#" * (int(m.group(1)) + 1) + " " + text)
        elif style == "Title" and text:
            lines.append("# " + text)
        else:
            lines.append(text)
    return "\n".join(lines)


def read_source(path: Path | str) -> SourceText:
    """Read one summary file with its front matter."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}：文件不存在")
    if path.is_dir():
        raise InputError(f"{name}：是文件夾，不是文件")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"{name}：不支持的文件類型「{suffix or '無擴展名'}」", hint="支持 .txt、.md、.docx")
    data = read_limited(path, MAX_BYTES, "一篇工作總結")
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


def read_stdin_bytes(stream: Any) -> bytes:
    """Standard input as bytes (any encoding is decoded like a file's), bounded like a file."""
    source = getattr(stream, "buffer", None)
    if source is None:  # a text stream without bytes underneath (an embedding program's)
        data = stream.read(MAX_BYTES + 1)
        data = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    else:
        data = source.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError("標準輸入：內容過大，不像是一篇工作總結")
    return bytes(data)


def read_text_arg(arg: str, stdin_data: bytes | None = None) -> SourceText:
    """A path, or ``-`` for the bytes already read from standard input."""
    if arg == "-":
        if not stdin_data or not stdin_data.strip():
            raise InputError("標準輸入：沒有內容")
        text = decode_bytes(stdin_data, "標準輸入")
        meta, body, offset = split_front_matter(text, "標準輸入")
        return SourceText(Path("-"), body, meta, offset, "txt")
    return read_source(arg)
