"""Writing drafts to disk: Markdown, plain text, or .docx in the 公文 style of GB/T 9704-2012.

python-docx ignores the East Asian font unless ``w:eastAsia`` is set on the run properties, and
Word then falls back to a Latin font for Chinese text; so every style and every run gets it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.clean import strip_controls
from assistant.core.errors import InputError
from assistant.core.files import atomic_write, check_output

if TYPE_CHECKING:
    from assistant.drafting.draft import Draft

OUTPUT_FORMATS = ("md", "txt", "docx")

# GB/T 9704-2012: A4, 仿宋_GB2312 三号 body on a fixed 28 pt line, 方正小标宋简体 二号 title.
TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
LATIN_FONT = "Times New Roman"
SIZE_ER = 22  # 二号, pt
SIZE_SAN = 16  # 三号, pt
SIZE_SI = 14  # 四号, pt (page numbers)
LINE_PT = 28
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}


def format_for(path: Path, fmt: str | None) -> str:
    if fmt:
        if fmt not in OUTPUT_FORMATS:
            raise InputError(f"不支持的格式「{fmt}」", hint="可選：md、txt、docx")
        return fmt
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "markdown":
        return "md"
    if suffix not in OUTPUT_FORMATS:
        raise InputError(
            f"{path}：無法從擴展名判斷格式", hint="文件名用 .md、.txt 或 .docx 結尾（draft 也可加 --format）"
        )
    return suffix


def write_draft(draft: Draft, path: Path, fmt: str | None = None, force: bool = False) -> Path:
    """Write the draft; an existing file is kept unless ``force`` (nothing of the user's is lost),
    a symlink is written through, and a device or folder is never replaced."""
    fmt = format_for(path, fmt)
    check_output(path, force)
    if fmt == "docx":
        document = build_docx(draft)
        atomic_write(path, lambda tmp: document.save(str(tmp)))
    else:
        text = draft.text(fmt)
        atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return path


# ------------------------------------------------------------------------------ docx
def _set_fonts(rpr_owner: Any, east_asia: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    """Set Latin and East Asian fonts (and size) on a run or a style's font."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = rpr_owner.font
    font.name = LATIN_FONT
    if size_pt is not None:
        font.size = Pt(size_pt)
    if bold is not None:
        font.bold = bold
    rpr = rpr_owner.element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)


def _style(document: Any, name: str, east_asia: str, size: float, *, align: Any = None, indent: bool = True) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    _set_fonts(style, east_asia, size, bold=False)
    fmt = style.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(LINE_PT)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if align is not None:
        fmt.alignment = align
    return style


def _page_number(paragraph: Any, align: Any, indent: str) -> None:
    """``— PAGE —`` as a real field, so Word numbers every page; one character from the edge."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.alignment = align
    setattr(paragraph.paragraph_format, f"{indent}_indent", Pt(SIZE_SI))

    def run(text: str = "") -> Any:
        r = paragraph.add_run(text)
        _set_fonts(r, "宋体", SIZE_SI)
        return r

    run("— ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            r._r.append(instr)
        else:
            r.text = text or ""
    run(" —")


def _add_page_numbers(document: Any, section: Any) -> None:
    """GB/T 9704: page numbers at the right on odd pages and at the left on even pages."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT, "right")
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, "left")


def _gbt_marker(line: str, level: int) -> str:
    """A heading or list item renumbered in the GB/T 9704 sequence for its level (1、 -> （一）
    at the second level); other lines as they are."""
    from assistant.checking.rules.numbering import level_marker
    from assistant.summary.layout import match_marker

    marked = match_marker(line)
    if marked is None or marked[3] is None or marked[0] not in ("cn", "paren_cn", "num", "paren_num"):
        return line
    return level_marker(level, marked[3]) + line[len(marked[2]) :]


def build_docx(draft: Draft) -> Any:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
    from docx.shared import Mm

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])

    from assistant.core.script import convert

    def named(name: str) -> str:  # style names in the draft's own script: 公文标题 in a Simplified one
        return convert(name, draft.script)

    body = _style(document, "Normal", BODY_FONT, SIZE_SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    title = _style(document, named("公文標題"), TITLE_FONT, SIZE_ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    h1 = _style(document, named("公文一級標題"), H1_FONT, SIZE_SAN)
    h2 = _style(document, named("公文二級標題"), H2_FONT, SIZE_SAN)
    for level, style in enumerate((title, h1, h2)):  # Word's navigation pane lists the outline
        _outline_level(style, level)
    signature = _style(document, named("公文落款"), BODY_FONT, SIZE_SAN, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    fonts = {body.name: BODY_FONT, title.name: TITLE_FONT, h1.name: H1_FONT, h2.name: H2_FONT}
    fonts[signature.name] = BODY_FONT

    def para(text: str, style: Any, unconfirmed: Sequence[str] = (), run_in_heading: bool = False) -> None:
        p = document.add_paragraph(style=style)
        text = strip_controls(text)[0]  # XML cannot hold controls
        run_in = _RUN_IN.match(text) if run_in_heading else None
        if run_in:  # （一）家庭醫生簽約。 opens its paragraph in the second-level heading's font
            _set_fonts(p.add_run(run_in.group(0)), H2_FONT, None)
            text = text[run_in.end() :]
            _outline_level(p, 2)  # and is listed in the navigation pane with the （一） headings
        for piece, highlight in _pieces(text, unconfirmed):
            run = p.add_run(piece)
            _set_fonts(run, fonts[style.name], None)
            if highlight:  # a general statement the user did not write (--fill-gaps)
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    # an office that numbers its lines of work 1. under 一、 (its own summary shows it) keeps its numbers
    def marked(line: str, level: int) -> str:
        return _gbt_marker(line, level) if draft.sub_style == "paren_cn" or level == 1 else line

    for s in draft.sections:
        if s.key == "title":
            para(s.text, title)
            para("", body)  # one blank line under the title, as in 公文
            continue
        if s.heading:
            para(marked(s.heading, s.level), h1 if s.level == 1 else h2)
        style = signature if s.key == "signature" else body
        if s.key == "signature":
            para("", body)
            _signature(document, s.text, para, signature)
            continue
        for line in s.text.split("\n"):
            if line.strip():
                # list items under 二、存在的問題 are the second level: （一）, whatever the examples used
                # and so is a line of work's run-in heading (（一）宣傳。發放…)
                run_in = s.key.startswith("work:") and not s.heading
                item = marked(line, 2) if s.key in ("problems", "plans") or run_in else line
                para(item, style, s.needs_confirmation, run_in)
    _add_page_numbers(document, section)
    return document


def _outline_level(style: Any, level: int) -> None:
    """The outline level of a style, or of one paragraph (a run-in heading's)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = (style.element if hasattr(style, "element") else style._p).get_or_add_pPr()
    for old in ppr.findall(qn("w:outlineLvl")):
        ppr.remove(old)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    ppr.append(outline)


_DATE_LINE = re.compile(r"^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|【待[补補]：成文日期】)\s*$")
DATE_RIGHT_CHARS = 4  # GB/T 9704-2012 7.3.5.1: 成文日期 右空四字


def _signature(document: Any, text: str, para: Any, style: Any) -> None:
    """The signing offices and the date at the right: the date four characters in from the
    right margin (右空四字), each office centred over the date."""
    from docx.shared import Pt

    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    date = next((ln for ln in lines if _DATE_LINE.match(ln)), "")
    for line in lines:
        para(line, style)
        paragraph = document.paragraphs[-1]
        chars = DATE_RIGHT_CHARS if line == date or not date else DATE_RIGHT_CHARS + (len(date) - len(line)) / 2
        paragraph.paragraph_format.right_indent = Pt(SIZE_SAN * max(chars, 0))


_RUN_IN = re.compile(r"^(?:（[一二三四五六七八九十]{1,3}）|[0-9]{1,2}[.、]|（[0-9]{1,2}）)[^。；，：\n]{1,24}。")


def _pieces(text: str, unconfirmed: Sequence[str]) -> list[tuple[str, bool]]:
    """The text cut so that each unconfirmed sentence is a piece of its own."""
    pieces = [(text, False)]
    for sentence in unconfirmed:
        out: list[tuple[str, bool]] = []
        for piece, marked in pieces:
            at = piece.find(sentence) if not marked else -1
            if at < 0:
                out.append((piece, marked))
                continue
            out += [(piece[:at], False), (sentence, True), (piece[at + len(sentence) :], False)]
        pieces = [(p, m) for p, m in out if p]
    return pieces
