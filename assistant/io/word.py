"""Word documents (.docx): opened with the zip guards, read as lines whose Word heading styles
become Markdown headings, and Word's automatic numbering (一、 that is not in the text) put back."""

from __future__ import annotations

import re
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


def open_docx(path: Path) -> Any:
    """A python-docx Document; damaged or non-.docx files raise :class:`InputError`."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - python-docx is a core dependency
        raise InputError("讀取 .docx 需要 python-docx") from exc
    check_zip(path, MAX_DOCX_UNPACKED, ".docx 文件")
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
        marker = numbering.marker(para)  # Word's automatic 一、 is not in the text
        text = para.text.strip()
        text = marker + text if text else text
        level = heading_level(para)
        lines.append("#" * level + " " + text if level and text else text)
    return "\n".join(lines)
