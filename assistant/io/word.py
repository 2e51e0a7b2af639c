"""Word documents (.docx): opened with the zip guards, read as lines whose Word heading styles
become Markdown headings, and Word's automatic numbering (一、 that is not in the text) put back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import check_zip
from assistant.io.word_numbering import Numbering

MAX_DOCX_UNPACKED = 50 * 1024 * 1024  # the parts of a .docx, unpacked (a picture-heavy one stays far below)
_HEADING_STYLE = re.compile(r"(?:Heading|標題|标题)\s*(\d)")


def heading_level(paragraph: Any) -> int:
    """A paragraph's heading level by its Word style (Title 1, Heading 1 is 2, …), 0 for body text."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    m = _HEADING_STYLE.match(style)
    if m or style == "Title":
        return int(m.group(1)) + 1 if m else 1
    return _outline_level(paragraph.style) if paragraph.style is not None else 0


def _outline_level(style: Any) -> int:
    """A style named otherwise (公文一级标题) that carries an outline level, as Word's navigation
    pane reads it: level 0 is the title (1), 1 a first-level heading (2), and so on."""
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    found = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    value = found.get(qn("w:val"), "") if found is not None else ""
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0  # 9 is Word's body text


MAX_DOCUMENT_XML = 10 * 1024 * 1024  # the text of a report (pictures are parts of their own)


def _check_text_part(path: Path) -> None:
    """Refuse a .docx whose text alone is many times a long report's: parsing it would take minutes."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        size = next((i.file_size for i in archive.infolist() if i.filename == "word/document.xml"), 0)
    if size > MAX_DOCUMENT_XML:
        raise InputError(
            f"{path}：正文部分解壓後有 {size // 1024 // 1024} MB，遠超一份報告",
            hint="請確認文件內容；如是合併的多份材料，請分成幾個文件再試",
        )


def open_docx(path: Path) -> Any:
    """A python-docx Document; damaged or non-.docx files raise :class:`InputError`."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise InputError("讀取 .docx 需要 python-docx") from exc
    check_zip(path, MAX_DOCX_UNPACKED, ".docx 文件")
    _check_text_part(path)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{path}：不是有效的 .docx 文件") from exc
    except Exception as exc:  # zipfile.BadZipFile and lxml errors on damaged files
        raise InputError(
            f"{path}：無法打開 .docx 文件（文件已損壞，或不是 Word 文檔）", hint="請用 Word 打開後另存為新的 .docx 再試"
        ) from exc


MAX_TABLE_ROWS = 5_000  # rows of one table in a report
MAX_TABLE_COLUMNS = 64  # Word allows 63
_MAX_NESTING = 16  # content controls within content controls


def body_blocks(document: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, with what ``iter_inner_content`` leaves out: the
    paragraphs of content controls (w:sdt) and of text boxes (after the paragraph that holds them)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(parent: Any, depth: int) -> Iterator[Any]:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, document)
                for box in child.iter(qn("w:txbxContent")):
                    for inner in box.iter(qn("w:p")):
                        yield Paragraph(inner, document)
            elif child.tag == qn("w:tbl"):
                yield Table(child, document)
            elif child.tag == qn("w:sdt") and depth < _MAX_NESTING:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content, depth + 1)

    yield from walk(document.element.body, 0)


def table_rows(table: Any, name: str) -> list[list[str]]:
    """A table's rows as the texts of their cells, read from the XML: one text per cell as written
    (a merged cell once), a cell merged down from above (vMerge) with the text above it; spans
    that cannot be (gridSpan 2147483647 or 「兩」) held to the table's width. Nested tables and
    text boxes in a cell are part of its text."""
    from docx.oxml.ns import qn

    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column -> the text of the cell above it
    for tr in table._tbl.iterchildren(qn("w:tr")):
        if len(rows) >= MAX_TABLE_ROWS:
            raise InputError(
                f"{name}：表格超過 {MAX_TABLE_ROWS:,} 行，不像是報告裡的表格", hint="請把表格另存為 .xlsx 再整理"
            )
        row: list[str] = []
        column = 0
        for tc in tr.iterchildren(qn("w:tc")):
            if column >= MAX_TABLE_COLUMNS:
                break
            span, merged = 1, None
            props = tc.find(qn("w:tcPr"))
            if props is not None:
                grid = props.find(qn("w:gridSpan"))
                value = grid.get(qn("w:val"), "") if grid is not None else ""
                span = int(value) if value.isdigit() and len(value) < 4 else 1
                down = props.find(qn("w:vMerge"))
                merged = (down.get(qn("w:val")) or "continue") if down is not None else None
            span = max(1, min(span, MAX_TABLE_COLUMNS - column))
            text = "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))).strip()
            if merged == "continue" and not text:
                text = above.get(column, "")
            for k in range(span):
                above[column + k] = text
            row.append(text)
            column += span
        rows.append(row)
    return rows


def read_docx_text(path: Path) -> str:
    """Paragraphs of a .docx as text lines; Word heading styles become Markdown headings."""
    from docx.text.paragraph import Paragraph

    document = open_docx(path)
    numbering = Numbering(document)
    lines: list[str] = []
    for para in (b for b in body_blocks(document) if isinstance(b, Paragraph)):
        marker = numbering.marker(para)  # Word's automatic 一、 is not in the text
        text = para.text.strip()
        text = marker + text if text else text
        level = heading_level(para)
        lines.append("#" * level + " " + text if level and text else text)
    return "\n".join(lines)
