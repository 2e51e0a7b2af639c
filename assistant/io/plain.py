"""Plain text files (.txt, .md) and standard input: decoded whatever the encoding (UTF-8 with or
without BOM, UTF-16 with BOM, GB18030), mojibake refused, YAML front matter split off, and the
way a file was stored kept so that a rewrite (``check --fix``) stores it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.core.errors import InputError

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a summary is a few pages; anything this big is not one

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)

# Typical UTF-8-read-as-Latin-1/GBK debris: "å·¥ä½œ", "ï¼Œ", "鍥涘"…
_MOJIBAKE = re.compile(r"[ÃÂâåæçéèïð][\x80-\xbf\u0080-\u00ff]|锟斤拷|[\ufffd]")


_UTF8_BOM = b"\xef\xbb\xbf"
_LINE_END = re.compile(r"\r\n|\r|\n")


# Characters an office's text is made of, in both scripts: a decoding that yields few of them
# (Big5 read as GBK, UTF-16 without its BOM read as GBK) is the wrong one.
_COMMON = frozenset(
    "的一是在不了有和人中大上个個国國我以要他时時来來用们們生到作地出就分对對成会會可主发發年动動同工也能下"
    "过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家月日共计計"
    "社区區居委街道村物业業卫衛服务務心总總结結开開展组組织織活宣传傳清理走访訪户戶次份处處"
)
_BOMS = [  # longest first: a UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def _common_share(text: str) -> float:
    """Share of the text's CJK characters that are common ones (see ``_COMMON``)."""
    cjk = [c for c in text[:20000] if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
    return sum(c in _COMMON for c in cjk) / len(cjk) if cjk else 0.0


def _without_bom(data: bytes) -> str | None:
    """Text that has no BOM and is not UTF-8: GB18030, Big5 or UTF-16/32 without a BOM, whichever
    decodes cleanly into the most common characters; None when none does."""
    candidates = []
    for encoding in ("gb18030", "big5", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, ValueError):
            continue
        if any(ord(c) < 32 and c not in "\t\n\r" for c in text[:4096]):
            continue  # NULs and other controls: the wrong width
        candidates.append((_common_share(text), encoding, text))
    best = max(candidates, default=None, key=lambda c: c[0])
    return best[2] if best is not None and best[0] >= 0.15 else None


def decode_bytes(data: bytes, name: str) -> str:
    """Decode text bytes: a BOM's encoding (UTF-8, UTF-16, UTF-32), then UTF-8, then whichever of
    GB18030, Big5 and UTF-16/32 without a BOM reads as Chinese."""
    if not data.strip():
        raise InputError(f"{name}：文件是空的")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}：{encoding.upper()} 解碼失敗", hint="請另存為 UTF-8 編碼的文本") from exc
            return text.replace("\r\n", "\n").replace("\r", "\n")
    if data.startswith(_UTF8_BOM):  # a BOM that the bytes after it contradict (GBK saved with
        data = data[len(_UTF8_BOM) :]  # one in front): the text is read after it, not as 锘…
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        found = _without_bom(data)
        if found is None:
            if b"\x00" in data[:8192]:
                raise InputError(
                    f"{name}：看起來是二進制文件，不是文本", hint="請提供 .txt、.md 或 .docx 文件"
                ) from None
            raise InputError(f"{name}：無法識別的文字編碼", hint="請另存為 UTF-8 編碼的文本") from None
        text = found
    else:
        if "\x00" in text[:8192]:  # UTF-16 of ASCII-heavy text is valid UTF-8 full of NULs
            text = _without_bom(data) or ""
            if not text:
                raise InputError(f"{name}：看起來是二進制文件，不是文本", hint="請提供 .txt、.md 或 .docx 文件")
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
        else:
            bom = _UTF8_BOM if data.startswith(_UTF8_BOM) else b""
            try:
                data[len(bom) :].decode("utf-8")
                encoding = "utf-8"
            except UnicodeDecodeError:
                encoding = "gb18030"  # with a BOM in front too: written back the same way
        sample = data[len(bom) :].decode(encoding, errors="replace")
        newline = "\r\n" if "\r\n" in sample else "\r" if "\r" in sample else "\n"
        return cls(encoding, bom, newline)

    def encode(self, text: str) -> bytes:
        return self.bom + text.replace("\n", self.newline).encode(self.encoding)

    def encode_like(self, original: bytes, text: str) -> bytes:
        """``text`` (read with its line ends made \\n) stored as ``original`` was: each line keeps
        its own line end, so a file with mixed ends keeps them mixed."""
        ends = _LINE_END.findall(original[len(self.bom) :].decode(self.encoding, errors="replace"))
        lines = text.split("\n")
        if len(lines) != len(ends) + 1:  # a fix never adds or removes a line; if one did
            return self.encode(text)
        joined = "".join(line + end for line, end in zip(lines, [*ends, ""], strict=True))
        return self.bom + joined.encode(self.encoding)


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


def read_stdin_bytes(stream: Any) -> bytes:
    """Standard input as bytes (any encoding is decoded like a file's), bounded like a file."""
    source = getattr(stream, "buffer", None)
    if source is None:  # a text stream without bytes underneath (an embedding program's)
        data = stream.read(MAX_TEXT_BYTES + 1)
        data = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    else:
        data = source.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise InputError("標準輸入：內容過大，不像是一篇工作總結")
    return bytes(data)
