"""Plain text files (.txt, .md) and standard input: decoded whatever the encoding (UTF-8 with or
without BOM, UTF-16 and UTF-32 with or without BOM, GB18030, Big5), mojibake refused, YAML front
matter split off, and the way a file was stored kept so that a rewrite (``check --fix``) stores
it the same way.
"""

from __future__ import annotations

import functools
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
# tried in this order; the first of equally good readings wins, so GBK before Big5
_WITHOUT_BOM = ("gb18030", "big5", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
_NAMES = {
    "gb18030": "GBK（簡體中文）",
    "big5": "Big5（繁體中文）",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
}


@functools.cache
def _frequent() -> frozenset[str]:
    """The characters in everyday use: GB2312's first level (the 3,755 most used simplified ones)
    and Big5's (the 5,401 most used traditional ones). Text read in the wrong encoding is made
    of rare characters, symbols and kana."""
    found = set()
    for lead, trails, encoding in (
        (range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312"),
        (range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5"),
    ):
        for first in lead:
            for second in trails:
                try:
                    found.add(bytes((first, second)).decode(encoding))
                except UnicodeDecodeError:
                    continue
    return frozenset(found)


def _plausible(text: str) -> float:
    """How much a decoded text looks like Chinese office text: the share of its non-ASCII
    characters that are everyday characters or CJK punctuation, with the share of the most
    common characters (``_COMMON``) as a tie-break; -1 for control characters (the wrong width)."""
    sample = text[:20000]
    if any(ord(c) < 32 and c not in "\t\n\r\f" for c in sample):
        return -1.0
    wide = [c for c in sample if ord(c) > 127]
    if not wide:
        return 1.0
    frequent = _frequent()
    good = sum(
        c in frequent or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or "\u2010" <= c <= "\u206f"
        for c in wide
    )
    common = sum(c in _COMMON for c in wide)
    return good / len(wide) + 0.1 * common / len(wide)


def _without_bom(data: bytes) -> tuple[str | None, str]:
    """The encoding of text that has no BOM and is not UTF-8: whichever of GB18030, Big5 and
    UTF-16/32 without a BOM decodes cleanly into everyday characters (None when none does), and
    the likeliest encoding in any case, for a message. Judged on the first 64 KB, then on all of
    it if the whole does not decode as the start does."""
    sample = data[:65536]
    found = _judge(sample, final=len(sample) == len(data))
    if found[0] is None or len(sample) == len(data):
        return found
    try:
        data.decode(found[0])
    except (UnicodeDecodeError, ValueError):
        return _judge(data, final=True)
    return found


def _judge(data: bytes, final: bool) -> tuple[str | None, str]:
    """(encoding, likeliest encoding) of ``data``; a character cut at its end is no error unless
    ``final``."""
    import codecs

    best: tuple[float, str] = (-2.0, "gb18030")
    guess: tuple[float, str] = (-2.0, "gb18030")
    gbk = -2.0  # how GB18030 reads it, if it does
    for encoding in _WITHOUT_BOM:
        try:
            score = _plausible(codecs.getincrementaldecoder(encoding)().decode(data, final))
        except (UnicodeDecodeError, ValueError):
            text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(data, final)
            score = _plausible(text) - text.count("\ufffd") / max(len(text), 1)
            guess = max(guess, (score, encoding), key=lambda g: g[0])
            continue
        gbk = score if encoding == "gb18030" else gbk
        best = max(best, (score, encoding), key=lambda g: g[0])
        guess = max(guess, best, key=lambda g: g[0])
    if best[0] >= 0.5:
        return best[1], best[1]
    # nothing reads as everyday text (a list of rare names): GB18030, the mainland's own, when it
    # decodes cleanly; the mojibake check still stands after it
    return ("gb18030" if gbk >= 0 else None), guess[1]


def _encoding_of(data: bytes) -> tuple[str | None, bytes, str]:
    """(encoding, BOM, likeliest encoding) of text bytes; the encoding None when nothing fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, bom, encoding
    bom = _UTF8_BOM if data.startswith(_UTF8_BOM) else b""  # GBK saved with one in front happens
    try:
        text = data[len(bom) :].decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" not in text[:8192]:  # UTF-16 of ASCII-heavy text is valid UTF-8 full of NULs
            return "utf-8", bom, "utf-8"
    found, guess = _without_bom(data[len(bom) :])
    return found, bom, guess


def _binary_hint(name: str) -> str:
    """What to give instead: a facts file is a text of fields, a draft or a material a document (the hostile pass of
    round 81: a binary facts.yaml was told to be a .docx)."""
    if re.search(r"\.(?:ya?ml|json|toml)$", str(name), re.I):
        return "事實文件應是 UTF-8 編碼的 .yaml、.json 或 .toml 文本，請用文本編輯器另存後再試"
    return "請提供 .txt、.md 或 .docx 文件"


def decode_bytes(data: bytes, name: str) -> str:
    """Decode text bytes: a BOM's encoding (UTF-8, UTF-16, UTF-32), then UTF-8, then whichever of
    GB18030, Big5 and UTF-16/32 without a BOM reads as Chinese; else an :class:`InputError` that
    names the file and the likeliest encoding."""
    if data and not data.strip(b"\x00"):  # zeros only: a file never written, or not text
        raise InputError(f"{name}：看起來是二進制文件，不是文本（內容全是零字節）", hint=_binary_hint(name))
    if not data.strip(b"\x00 \t\r\n"):  # spaces in UTF-16 are spaces and zeros
        raise InputError(f"{name}：文件是空的")
    encoding, bom, guess = _encoding_of(data)
    if encoding is None:
        if b"\x00" in data[:8192]:
            raise InputError(f"{name}：看起來是二進制文件，不是文本", hint=_binary_hint(name))
        raise InputError(
            f"{name}：無法識別的文字編碼（最接近 {_NAMES.get(guess, guess)}，但按它讀出來多是亂碼）",
            hint="請用記事本打開，確認文字正常後另存為 UTF-8 編碼的文本再試",
        )
    try:
        text = data[len(bom) :].decode(encoding)
    except UnicodeDecodeError as exc:  # a BOM that the bytes after it contradict
        raise InputError(
            f"{name}：按 {encoding.upper()} 解碼失敗（文件開頭標明了這種編碼，內容卻不是）",
            hint="請用記事本打開，確認文字正常後另存為 UTF-8 編碼的文本再試",
        ) from exc
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
        encoding, bom, _guess = _encoding_of(data)
        encoding = encoding or "gb18030"  # (never written: what cannot be read is not rewritten)
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
