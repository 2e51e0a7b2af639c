"""Sample summaries as chunks: one chunk per leaf section, long sections split at sentence ends."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from assistant.core.config import samples_dir
from assistant.core.entities import extract_entities
from assistant.core.errors import InputError
from assistant.core.numbers import find_figures
from assistant.core.offices import unit_key
from assistant.core.script import detect_script, to_simplified
from assistant.core.text import split_sentences
from assistant.io.readers import SUMMARY_SUFFIXES, SourceText, read_source
from assistant.summary.nodes import Paragraph, ParseTree
from assistant.summary.style import Style, read_style
from assistant.summary.tree import parse_tree

CHUNK_CHARS = 400  # target size of a chunk's body
# A summary runs to a few thousand characters; past this a file is something else (a pasted
# archive, a log), and embedding it would take minutes. It is refused, not cut: half a summary
# in the index would mislead the planner.
MAX_SAMPLE_CHARS = 60_000


@dataclass
class Chunk:
    id: str
    text: str  # heading path, then the body
    metadata: dict[str, Any]


@dataclass
class Sample:
    id: str
    title: str
    source: str  # bundled: "samples/NAME"; user files: the absolute path
    kind: str
    script: str
    period: str
    doc: ParseTree
    text: str
    digest: str
    style: Style | None = None  # the office's style, for summaries an office ingests

    def office_metadata(self) -> dict[str, Any]:
        """What every chunk of an office's own summary records: which office, of what kind, for
        which period; the first chunk also holds the summary's style (JSON)."""
        if self.style is None or self.source.startswith("samples/"):
            return {}
        unit = self.style.unit
        return {
            "unit": unit,
            "unit_key": unit_key(unit) if unit else "",
            "period": self.style.period or self.period,
            "kind": self.style.kind or self.kind,
        }

    @cached_property
    def entities(self) -> list[str]:
        """Names of places, organisations and people (computed only when chunks are made)."""
        return extract_entities(self.text)

    @cached_property
    def figures(self) -> list[str]:
        return sorted({f.key for f in find_figures(self.text) if f.kind != "date"})


def guess_kind(text: str) -> str:
    """The kind of office that wrote a summary, from what it calls itself."""
    simp = to_simplified(text)
    cues = [
        ("社區衛生服務中心", r"卫生服务中心|卫生服务站"),
        ("物業", r"物业|业主|物管"),
        ("街道", r"街道办|办事处|街道党工委|我街|全街"),
        ("社區", r"社区|居委会"),
    ]
    for kind, cue in cues:
        if len(re.findall(cue, simp)) >= 2:
            return kind
    return "單位"


def _slug(path: Path) -> str:
    stem = re.sub(r"[^0-9A-Za-z\u4e00-\u9fff_-]+", "-", path.stem).strip("-") or "doc"
    return f"{stem}-{hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:6]}"


def source_name(path: Path) -> str:
    """How a file is recorded in the index: bundled samples by name, user files by absolute path."""
    resolved = path.resolve()
    bundled = samples_dir().resolve()
    if resolved.parent == bundled:
        return f"samples/{resolved.name}"
    return str(resolved)


def source_exists(source: str) -> bool:
    if source.startswith("samples/"):
        return (samples_dir() / source.removeprefix("samples/")).is_file()
    return Path(source).is_file()


def load_sample(path: Path) -> Sample:
    src: SourceText = read_source(path)
    if len(src.text) > MAX_SAMPLE_CHARS:
        raise InputError(
            f"{path}：有 {len(src.text):,} 字，超過導入上限 {MAX_SAMPLE_CHARS:,} 字（一篇總結通常幾千字），未導入",
            hint="如果是多篇總結合在一起，請拆成每篇一個文件",
        )
    doc = parse_tree(src.text, src.line_offset)
    if not doc.sections and not doc.opening:
        raise InputError(f"{path}：沒有可用的正文")
    meta = src.meta
    text = src.text
    sid = str(meta.get("id") or _slug(path))
    if not re.fullmatch(r"[0-9A-Za-z\u4e00-\u9fff_.-]{1,80}", sid):
        raise InputError(f"{path}：front matter 的 id「{sid}」只能含字母、數字、漢字、-、_、.")
    kind = str(meta.get("kind") or guess_kind(text))
    script = str(meta.get("script") or detect_script(text))
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
    bundled = source_name(path).startswith("samples/")
    style = None if bundled else read_style(text, path.name, src.line_offset, src.fmt in ("md", "docx"))
    return Sample(
        id=sid,
        title=str(meta.get("title") or doc.title or path.stem),
        source=source_name(path),
        kind=kind,
        script=script,
        period=str(meta.get("period") or ""),
        doc=doc,
        text=text,
        digest=digest,
        style=style,
    )


def iter_files(paths: Iterable[Path]) -> Iterator[Path | InputError]:
    """Files under the given paths; a missing path or a folder with no summaries yields an error."""
    for path in paths:
        if not path.exists():
            yield InputError(f"{path}：路徑不存在")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUMMARY_SUFFIXES)
            if not files:
                yield InputError(f"{path}：文件夾中沒有 .txt、.md 或 .docx 文件")
            yield from files
        else:
            yield path


def split_long(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Split at sentence ends into pieces of about ``limit`` characters, one sentence of overlap."""
    if len(text) <= limit:
        return [text]
    sentences = split_sentences(text)
    pieces: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        if current and sum(map(len, current)) + len(sentence) > limit:
            pieces.append("".join(current))
            current = [current[-1]] if len(current) > 1 else []
        current.append(sentence)
    if current and (not pieces or "".join(current) not in pieces[-1]):
        pieces.append("".join(current))
    return pieces


@dataclass
class _Block:
    role: str
    role2: str
    path: list[str]
    paragraphs: list[Paragraph]
    heading_only: bool = False

    @property
    def body(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


def _blocks(doc: ParseTree) -> list[_Block]:
    blocks: list[_Block] = []
    if doc.opening:
        blocks.append(_Block("opening", "", ["開頭"], doc.opening))
    for top in doc.sections:
        role2 = top.roles[1] if len(top.roles) > 1 else ""
        for ancestors, section in top.walk():
            path = [s.heading for s in (*ancestors, section)]
            if section.paragraphs:
                blocks.append(_Block(top.role, role2, path, section.paragraphs))
            elif not section.children and section.title:
                # a one-line list item (二、存在問題 → 1、…); its title is its content
                blocks.append(_Block(top.role, role2, path[:-1], [Paragraph(section.heading, section.line)], True))
    if doc.closing:
        blocks.append(_Block("closing", "", ["結尾"], doc.closing))
    return _merge_small(blocks)


def _merge_small(blocks: list[_Block]) -> list[_Block]:
    """Merge runs of short one-line items under the same heading into one chunk."""
    merged: list[_Block] = []
    for block in blocks:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and block.heading_only
            and prev.heading_only
            and prev.path == block.path
            and len(prev.body) + len(block.body) <= CHUNK_CHARS
        ):
            prev.paragraphs = prev.paragraphs + block.paragraphs
        else:
            merged.append(block)
    return merged


def chunk_sample(sample: Sample) -> list[Chunk]:
    chunks: list[Chunk] = []
    office = sample.office_metadata()
    blocks = _blocks(sample.doc)
    pieces = [(b, piece) for b in blocks for piece in split_long(b.body)]
    for order, (block, piece) in enumerate(pieces):
        heading = " > ".join(block.path)
        text = f"{heading}\n{piece}"
        cid = hashlib.sha1(f"{sample.id}\x00{order}\x00{text}".encode()).hexdigest()[:24]
        chunks.append(
            Chunk(
                id=cid,
                text=text,
                metadata={
                    "sample": sample.id,
                    "title": sample.title,
                    "source": sample.source,
                    "digest": sample.digest,
                    "role": block.role,
                    "role2": block.role2,
                    "heading": heading,
                    "order": order,
                    "position": round(order / max(1, len(pieces) - 1), 4),
                    "kind": sample.kind,
                    "script": sample.script,
                    "period": sample.period,
                    "entities": "|".join(sample.entities),
                    "figures": "|".join(sample.figures),
                    **office,
                },
            )
        )
    if chunks and sample.style is not None and office:
        chunks[0].metadata["style"] = json.dumps(sample.style.to_dict(), ensure_ascii=False)
    return chunks


def bundled_sample_files() -> list[Path]:
    return sorted(p for p in samples_dir().iterdir() if p.suffix.lower() in SUMMARY_SUFFIXES)
