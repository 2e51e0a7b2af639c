"""Word documents (.docx): opened with the zip guards, read as lines whose Word heading styles
become Markdown headings, and Word's automatic numbering (一、 that is not in the text) put back.

python-docx reads a paragraph's own runs and a table's cells by their grid; what it leaves out is
read here from the XML: content controls (w:sdt) around paragraphs, rows, cells or words, text
boxes (once, though Word writes each twice), tracked insertions, and tables whose merges and
spans cannot be (a gridSpan of 2147483647 would have python-docx make two billion cells).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import check_zip
from assistant.io.word_numbering import Numbering, paragraph_style

MAX_DOCX_UNPACKED = 50 * 1024 * 1024  # the parts of a .docx, unpacked (a picture-heavy one stays far below)
_HEADING_STYLE = re.compile(r"(?:Heading|標題|标题)\s*(\d)")


def heading_level(paragraph: Any) -> int:
    """A paragraph's heading level by its Word style (Title 1, Heading 1 is 2, …), 0 for body text."""
    style = paragraph_style(paragraph)
    name = (style.name if style is not None else "") or ""
    m = _HEADING_STYLE.match(name)
    if m or name == "Title":
        return int(m.group(1)) + 1 if m else 1
    return _outline_level(style) if style is not None else 0


def _outline_level(style: Any) -> int:
    """A style named otherwise (公文一级标题) that carries an outline level, as Word's navigation
    pane reads it: level 0 is the title (1), 1 a first-level heading (2), and so on."""
    from docx.oxml.ns import qn

    ppr = style.element.pPr
    found = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    value = found.get(qn("w:val"), "") if found is not None else ""
    return int(value) + 1 if value.isdigit() and int(value) < 9 else 0  # 9 is Word's body text


MAX_DOCUMENT_XML = 10 * 1024 * 1024  # the text of a report (pictures are parts of their own)
MAX_DOCUMENT_ELEMENTS = 1_000_000  # elements of the text part: a 500-page report has a few hundred thousand
MAX_DOCX_PART_ELEMENTS = 300_000  # elements of any other XML part (styles, numbering, headers…)
MAX_XML_ELEMENTS = 1_500_000  # elements of all the XML parts, which python-docx parses whole
MAX_PARAGRAPHS = 100_000  # a 500-page report with its tables has a few tens of thousands


def _check_parts(path: Path, archive: Any, counts: dict[str, int]) -> None:
    """Refuse a .docx whose text alone is many times a long report's (parsing it would take
    minutes), or whose XML parts hold millions of elements (python-docx parses every one whole)."""
    size = next((i.file_size for i in archive.infolist() if i.filename == "word/document.xml"), 0)
    if size > MAX_DOCUMENT_XML:
        raise InputError(
            f"{path}：正文部分解壓後有 {size // 1024 // 1024} MB，遠超一份報告",
            hint="請確認文件內容；如是合併的多份材料，請分成幾個文件再試",
        )
    parts = _xml_parts(archive, counts)
    for name in parts:
        limit = MAX_DOCUMENT_ELEMENTS if name == "word/document.xml" else MAX_DOCX_PART_ELEMENTS
        if counts[name] > limit:
            raise InputError(
                f"{path}：部件 {name} 有 {counts[name]:,} 個元素，遠超一份報告（文件可能已損壞或是特意構造的）",
                hint="請用 Word 打開後另存為新的 .docx 再試；如是合併的多份材料，請分成幾個文件",
            )
    total = sum(counts[name] for name in parts)
    if total > MAX_XML_ELEMENTS:
        raise InputError(
            f"{path}：各部件共有 {total:,} 個元素，遠超一份報告（文件可能已損壞或是特意構造的）",
            hint="請用 Word 打開後另存為新的 .docx 再試；如是合併的多份材料，請分成幾個文件",
        )


def _xml_parts(archive: Any, counts: dict[str, int]) -> list[str]:
    """The parts python-docx may parse as XML: by their content type (an Override, or the Default
    of their extension), so that a picture's name does not hide a header of millions of elements."""
    import posixpath
    import xml.etree.ElementTree as ET

    listing = "[Content_Types].xml"
    if listing not in counts or counts[listing] > MAX_DOCX_PART_ELEMENTS:
        return list(counts)  # no list of types to trust: every part is held to the limit of XML
    types = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    root = ET.fromstring(archive.read(listing))
    by_extension = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(f"{types}Default")}
    by_extension.update({"rels": "xml", "xml": "xml"})
    by_name = {o.get("PartName", "").lstrip("/"): o.get("ContentType", "") for o in root.iter(f"{types}Override")}
    found = []
    for name in counts:
        kind = by_name.get(name) or by_extension.get(posixpath.splitext(name)[1].lstrip(".").lower(), "")
        if kind.endswith("xml"):
            found.append(name)
    return found


def open_docx(path: Path) -> Any:
    """A python-docx Document; damaged, oversized or non-.docx files raise :class:`InputError`."""
    import zipfile

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise InputError("讀取 .docx 需要 python-docx") from exc
    counts = check_zip(path, MAX_DOCX_UNPACKED, ".docx 文件")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_parts(path, archive, counts)
        document = docx.Document(str(path))
    except InputError:
        raise
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise InputError(f"{path}：不是有效的 .docx 文件") from exc
    except Exception as exc:  # zipfile.BadZipFile and lxml errors on damaged files
        raise InputError(
            f"{path}：無法打開 .docx 文件（文件已損壞，或不是 Word 文檔）", hint="請用 Word 打開後另存為新的 .docx 再試"
        ) from exc
    paragraphs = int(document.element.xpath("count(.//w:p)"))
    if paragraphs > MAX_PARAGRAPHS:
        raise InputError(
            f"{path}：有 {paragraphs:,} 個段落，遠超一份報告",
            hint="請確認文件內容；如是合併的多份材料，請分成幾個文件再試",
        )
    return document


MAX_TABLE_ROWS = 5_000  # rows of one table in a report
MAX_TABLE_COLUMNS = 64  # Word allows 63
_MAX_NESTING = 16  # content controls within content controls, text boxes within tables…
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R = (f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "r"))
_SDT, _SDT_CONTENT, _CUSTOM_XML, _BOX = f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}txbxContent"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CHOICE, _FALLBACK = f"{_MC}Choice", f"{_MC}Fallback"
# what holds runs within a paragraph and is read through: links, content controls, tracked
# insertions and moves, smart tags, simple fields (a date, a page number); never deletions
_RUN_HOLDERS = frozenset(
    f"{_W}{t}"
    for t in ("hyperlink", "sdt", "sdtContent", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo")
)


@functools.cache
def _paragraph_class() -> Any:
    from docx.text.paragraph import Paragraph

    class _Paragraph(Paragraph):
        """A python-docx paragraph whose text includes the runs its own ``text`` leaves out: those
        in content controls, tracked insertions, smart tags and simple fields."""

        @property
        def text(self) -> str:
            return paragraph_text(self._p)

        @text.setter
        def text(self, text: str | None) -> None:  # pragma: no cover - the readers never write
            Paragraph.text.fset(self, text)  # type: ignore[attr-defined]

    return _Paragraph


def paragraph_text(p: Any) -> str:
    """The text of a ``w:p`` element as Word shows it (tabs as \\t, line breaks as \\n), with the
    runs of its content controls, tracked insertions, smart tags and fields; text boxes anchored
    in it are not part of it (see :func:`body_blocks`)."""
    return "".join(_run_texts(p, 0))


def _run_texts(parent: Any, depth: int) -> Iterator[str]:
    for child in parent.iterchildren():
        if child.tag == _R:
            yield child.text if hasattr(child, "clear_content") else "".join(child.itertext())
        elif child.tag in _RUN_HOLDERS and depth < _MAX_NESTING:
            yield from _run_texts(child, depth + 1)


def _block_elements(parent: Any, depth: int) -> Iterator[Any]:
    """The ``w:p`` and ``w:tbl`` elements of a body, a cell or a text box, in order, through the
    content controls and custom XML around them; each paragraph followed by the paragraphs and
    tables of the text boxes anchored in it."""
    for child in parent.iterchildren():
        if child.tag == _P:
            yield child
            if depth < _MAX_NESTING:
                for box in _boxes(child):
                    yield from _block_elements(box, depth + 1)
        elif child.tag == _TBL:
            yield child
        elif child.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML) and depth < _MAX_NESTING:
            yield from _block_elements(child, depth + 1)


def _boxes(p: Any) -> Iterator[Any]:
    """The text boxes anchored in a paragraph, once each: Word writes a box twice (the drawing,
    and a VML copy under mc:Fallback for old readers), read from the drawing unless it has none;
    boxes within boxes come with theirs."""
    for box in p.iter(_BOX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p and ancestor.tag != _BOX:
            if ancestor.tag == _FALLBACK and _has_box(ancestor.getparent(), _CHOICE):
                break
            ancestor = ancestor.getparent()
        if ancestor is p:
            yield box


def _has_box(alternate: Any, branch: str) -> bool:
    return alternate is not None and any(True for choice in alternate.iterchildren(branch) for _ in choice.iter(_BOX))


def body_blocks(document: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, with what ``iter_inner_content`` leaves out: the
    paragraphs of content controls (w:sdt) and of text boxes (after the paragraph that holds them).
    A paragraph's ``text`` includes its content controls' and tracked insertions' runs."""
    from docx.table import Table

    paragraph = _paragraph_class()
    for element in _block_elements(document.element.body, 0):
        yield paragraph(element, document) if element.tag == _P else Table(element, document)


def frame_blocks(table: Any) -> list[Any] | None:
    """The paragraphs and tables of a one-cell table in order, when the table is a frame a report
    is laid out in (one cell, with several paragraphs); None for any other table."""
    from docx.table import Table

    cells = [tc for tr in _rows(table._tbl, 0) for tc in _cells(tr, 0)]
    if len(cells) != 1:
        return None
    paragraph = _paragraph_class()
    blocks = [
        paragraph(e, table._parent) if e.tag == _P else Table(e, table._parent) for e in _block_elements(cells[0], 1)
    ]
    return blocks if sum(1 for e in blocks if not isinstance(e, Table)) >= 3 else None


def nested_tables(table: Any) -> Iterator[Any]:
    """The tables inside ``table``'s cells (one level down, in reading order), as python-docx
    tables for :func:`table_rows`: a report laid out in a one-cell frame table, or a cell that
    holds a table of its own, reads them as tables of their own with ``table_rows(…, nested=False)``
    for the outer one. Tables in content controls and text boxes within the cells are included."""
    from docx.table import Table

    for tr in _rows(table._tbl, 0):
        for tc in _cells(tr, 0):
            for element in _block_elements(tc, 1):
                if element.tag == _TBL:
                    yield Table(element, table._parent)


def _rows(tbl: Any, depth: int) -> Iterator[Any]:
    """A table's rows, through content controls around them (a repeating section)."""
    for child in tbl.iterchildren():
        if child.tag == _TR:
            yield child
        elif child.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML) and depth < _MAX_NESTING:
            yield from _rows(child, depth + 1)


def _cells(tr: Any, depth: int) -> Iterator[Any]:
    """A row's cells, through content controls around them."""
    for child in tr.iterchildren():
        if child.tag == _TC:
            yield child
        elif child.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML) and depth < _MAX_NESTING:
            yield from _cells(child, depth + 1)


def _cell_text(tc: Any, nested: bool, depth: int) -> str:
    """A cell's paragraphs, one a line, with its text boxes' and (with ``nested``) its nested
    tables' paragraphs in reading order."""
    lines = []
    for element in _block_elements(tc, depth):
        if element.tag == _P:
            lines.append(paragraph_text(element))
        elif nested and depth < _MAX_NESTING:
            lines.extend(
                _cell_text(inner, True, depth + 1) for tr in _rows(element, depth) for inner in _cells(tr, depth)
            )
    return "\n".join(lines)


def table_rows(table: Any, name: str, nested: bool = True) -> list[list[str]]:
    """A table's rows as the texts of their cells, read from the XML: one text per cell as written
    (a merged cell once), a cell merged down from above (vMerge) with the text above it; spans
    that cannot be (gridSpan 2147483647 or 「兩」) held to the table's width. Rows and cells in
    content controls are read; text boxes in a cell are part of its text, and so are nested
    tables unless ``nested`` is False (read them with :func:`nested_tables`)."""
    from docx.oxml.ns import qn

    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column -> the text of the cell above it
    for tr in _rows(table._tbl, 0):
        if len(rows) >= MAX_TABLE_ROWS:
            raise InputError(
                f"{name}：表格超過 {MAX_TABLE_ROWS:,} 行，不像是報告裡的表格", hint="請把表格另存為 .xlsx 再整理"
            )
        row: list[str] = []
        column = 0
        for tc in _cells(tr, 0):
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
            text = _cell_text(tc, nested, 1).strip()
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
