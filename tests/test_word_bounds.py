"""Word files against hostile and unusual ones (issue 22, items 10 and 12): parts of millions of
elements and paragraphs refused within bounds; text boxes read once, content controls around
rows, cells and words read, nested tables readable as tables of their own, impossible merges
read. The files are made here, in the test's folder."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from assistant.core.errors import InputError

from .test_reader_bounds import _refused_in_a_subprocess, _rewrite
from .test_reader_limits import _docx


# ------------------------------------------------------------------ .docx: memory and time
def _word_part(path: Path, part: str, old: bytes, new: bytes) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("甲社区2025年3月工作月报")
    document.sections[0].header.add_paragraph("页眉")
    document.save(str(path))
    if part.startswith("word/header"):
        with zipfile.ZipFile(path) as archive:
            part = next(n for n in archive.namelist() if n.startswith("word/header"))
    _rewrite(path, part, old, new)


@pytest.mark.parametrize(
    ("part", "old", "new"),
    [
        ("word/styles.xml", b"</w:styles>", b"<a/>" * 12_000_000 + b"</w:styles>"),
        ("word/header", b"</w:hdr>", b"<a/>" * 12_000_000 + b"</w:hdr>"),
        ("word/document.xml", b"<w:sectPr", b"<w:p/>" * 1_650_000 + b"<w:sectPr"),
        ("word/document.xml", b"<w:sectPr", b"<w:p/>" * 900_000 + b"<w:sectPr"),
    ],
)
def test_a_hostile_word_file_is_refused_within_bounds(tmp_path: Path, part: str, old: bytes, new: bytes) -> None:
    path = tmp_path / "月报.docx"
    _word_part(path, part, old, new)
    said, peak, seconds = _refused_in_a_subprocess("docx", path)
    assert "月报.docx" in said and peak < 1024 and seconds < 10, (said, peak, seconds)


def test_many_parts_each_within_its_count_are_refused_together(tmp_path: Path) -> None:
    path = tmp_path / "月报.docx"
    _word_part(path, "word/document.xml", b"<w:sectPr", b"<w:sectPr")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        for n in range(6):  # python-docx would parse each, were they headers
            archive.writestr(f"word/part{n}.xml", b"<a>" + b"<a/>" * 290_000 + b"</a>")
    said, peak, seconds = _refused_in_a_subprocess("docx", path)
    assert "月报.docx" in said and peak < 1024 and seconds < 10, (said, peak, seconds)


def test_a_long_report_is_read_in_seconds(tmp_path: Path) -> None:
    import docx

    from assistant.io.word import read_docx_text

    document = docx.Document()
    for n in range(20_000):
        document.add_paragraph(f"3月{n % 28 + 1}日清理楼道堆物{n}处。")
    path = tmp_path / "月报.docx"
    document.save(str(path))
    started = time.perf_counter()
    text = read_docx_text(path)
    assert time.perf_counter() - started < 10
    assert text.count("\n") == 19_999 and "清理楼道堆物19999处" in text


def test_a_word_file_that_declares_less_than_it_holds_is_refused(tmp_path: Path) -> None:
    import struct

    from assistant.io.word import read_docx_text

    path = tmp_path / "月报.docx"
    _word_part(path, "word/document.xml", b"<w:sectPr", b"<w:sectPr")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/big.bin", b"\0" * (60 * 1024 * 1024))
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = raw.rfind(signature)
        struct.pack_into("<I", raw, at + offset, 1000)
    path.write_bytes(bytes(raw))
    with pytest.raises(InputError) as caught:
        read_docx_text(path)
    assert "月报.docx" in caught.value.message


# ------------------------------------------------------------------ .docx: what is read
_BOX = (
    "<w:p><w:r><w:t>正文一段。</w:t></w:r><w:r><mc:AlternateContent "
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
    '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
    "<w:p><w:r><w:t>3月8日开展义诊，服务居民86人次。</w:t></w:r></w:p>"
    "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox><w:txbxContent>"
    "<w:p><w:r><w:t>3月8日开展义诊，服务居民86人次。</w:t></w:r></w:p>"
    "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
)


def test_a_text_box_word_writes_twice_is_read_once(tmp_path: Path) -> None:
    from assistant.extract.materials import read_materials
    from assistant.io.word import read_docx_text

    _docx(tmp_path / "月报.docx", _BOX)
    text = read_docx_text(tmp_path / "月报.docx")
    assert text.count("服务居民86人次") == 1 and "正文一段。" in text
    materials, _ = read_materials([tmp_path])
    assert sum("服务居民86人次" in p.text for m in materials for p in m.pieces) == 1


def test_a_text_box_in_a_table_cell_is_read_once(tmp_path: Path) -> None:
    import docx

    from assistant.io.word import table_rows

    _docx(tmp_path / "月报.docx", f"<w:tbl><w:tr><w:tc>{_BOX}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>")
    table = docx.Document(str(tmp_path / "月报.docx")).tables[0]
    assert table_rows(table, "月报.docx") == [["正文一段。\n3月8日开展义诊，服务居民86人次。", ""]]


def test_content_controls_around_rows_and_cells_and_inside_a_paragraph_are_read(tmp_path: Path) -> None:
    import docx

    from assistant.io.word import read_docx_text, table_rows

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    rows = (
        f"<w:tr>{cell('日期')}{cell('工作内容')}</w:tr>"
        f"<w:sdt><w:sdtContent><w:tr>{cell('3月5日')}<w:sdt><w:sdtContent>{cell('发放宣传资料')}</w:sdtContent></w:sdt>"
        "</w:tr></w:sdtContent></w:sdt>"
    )
    inline = "<w:p><w:r><w:t>填报日期：</w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>2025年3月31日</w:t></w:r></w:sdtContent></w:sdt></w:p>"
    _docx(tmp_path / "月报.docx", f"<w:tbl>{rows}</w:tbl>{inline}")
    table = docx.Document(str(tmp_path / "月报.docx")).tables[0]
    assert table_rows(table, "月报.docx") == [["日期", "工作内容"], ["3月5日", "发放宣传资料"]]
    assert "填报日期：2025年3月31日" in read_docx_text(tmp_path / "月报.docx")


def test_nested_tables_can_be_read_as_tables_of_their_own(tmp_path: Path) -> None:
    import docx

    from assistant.io.word import nested_tables, table_rows

    inner = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>500份</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    outer = f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>发放宣传资料</w:t></w:r></w:p>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    _docx(tmp_path / "月报.docx", outer)
    table = docx.Document(str(tmp_path / "月报.docx")).tables[0]
    assert table_rows(table, "月报.docx") == [["发放宣传资料\n数量\n500份"]]  # as before: the text is kept
    assert table_rows(table, "月报.docx", nested=False) == [["发放宣传资料"]]
    inner_tables = list(nested_tables(table))
    assert [table_rows(t, "月报.docx") for t in inner_tables] == [[["数量"], ["500份"]]]


@pytest.mark.parametrize(
    "props",
    [
        "<w:vMerge/>",  # merged down from above, in the top row
        '<w:gridSpan w:val="两"/>',
        '<w:gridSpan w:val="-3"/>',
        '<w:gridSpan w:val="2147483647"/><w:vMerge w:val="restart"/>',
    ],
)
def test_impossible_merges_in_a_word_table_do_not_stop_the_reader(tmp_path: Path, props: str) -> None:
    from assistant.extract.materials import read_materials

    top = f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>日期</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工作内容</w:t></w:r></w:p></w:tc>"
    row = "<w:tc><w:p><w:r><w:t>3月5日</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>发放宣传资料500份</w:t></w:r></w:p></w:tc>"
    below = (
        "<w:tc><w:p/></w:tc><w:tc><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"  # into a missing column
    )
    _docx(tmp_path / "台账.docx", f"<w:tbl><w:tr>{top}</w:tr><w:tr>{row}</w:tr><w:tr>{below}</w:tr></w:tbl>")
    materials, problems = read_materials([tmp_path])
    assert problems == [] and any("发放宣传资料500份" in p.text for m in materials for p in m.pieces)


def test_tracked_insertions_and_fields_are_read_and_deletions_are_not(tmp_path: Path) -> None:
    from assistant.io.word import read_docx_text

    body = (
        "<w:p><w:r><w:t>3月5日发放宣传资料</w:t></w:r>"
        '<w:ins w:id="1" w:author="a"><w:r><w:t>500份</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>300份</w:delText></w:r></w:del>'
        '<w:fldSimple w:instr="DATE"><w:r><w:t>（2025年3月31日）</w:t></w:r></w:fldSimple></w:p>'
    )
    _docx(tmp_path / "月报.docx", body)
    assert "3月5日发放宣传资料500份（2025年3月31日）" in read_docx_text(tmp_path / "月报.docx").split("\n")


def test_a_table_inside_a_frame_cell_gives_its_rows_as_work(tmp_path: Path) -> None:
    """A report laid out in a one-cell frame with its activity table inside: the inner table's
    rows are read as a table (each row a line of work with its figure), not as one cell of text."""
    from assistant.extract.materials import read_materials

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    inner = (
        f"<w:tbl><w:tr>{cell('日期')}{cell('活动内容')}{cell('参与人数')}</w:tr>"
        f"<w:tr>{cell('3月5日')}{cell('学雷锋志愿服务')}{cell('45人')}</w:tr>"
        f"<w:tr>{cell('3月12日')}{cell('植树护绿活动')}{cell('38人')}</w:tr></w:tbl>"
    )
    outer = f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>三月份活动情况</w:t></w:r></w:p>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    _docx(tmp_path / "月报.docx", outer)
    materials, problems = read_materials([tmp_path / "月报.docx"])
    assert problems == []
    texts = [p.text for p in materials[0].pieces]
    assert any("学雷锋志愿服务" in t and "45人" in t for t in texts), texts
    assert any("植树护绿活动" in t and "38人" in t for t in texts), texts
    assert not any("学雷锋志愿服务" in t and "植树护绿活动" in t for t in texts), texts  # two rows, two pieces


def test_a_report_laid_out_in_a_frame_is_read_as_a_report(tmp_path: Path) -> None:
    """The whole report in one cell: its contact line is set apart, its headings name the lines of
    work, its nested table's rows come where the table stands (under 主題活動, not under the plans
    after it), and 「科室（蓋章）」 is a signature."""
    from assistant.extract.materials import read_materials

    def p(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    def cell(text: str) -> str:
        return f"<w:tc>{p(text)}</w:tc>"

    inner = (
        f"<w:tbl><w:tr>{cell('日期')}{cell('活动')}{cell('参加人数')}</w:tr>"
        f"<w:tr>{cell('1月20日')}{cell('写春联活动')}{cell('85人')}</w:tr></w:tbl>"
    )
    body = (
        p("社会事务科2025年度工作总结报送材料")
        + p("联系人：陈慧敏　联系电话：0591-87316205")
        + p("一、主题活动")
        + p("全年组织主题活动1场，参加群众共85人次，具体如下：")
        + inner
        + p("二、下一步打算")
        + p("2026年新增助餐点3个。")
        + p("社会事务科（盖章）")
    )
    _docx(tmp_path / "材料.docx", f"<w:tbl><w:tr><w:tc>{body}</w:tc></w:tr></w:tbl>")
    materials, problems = read_materials([tmp_path])
    assert problems == []
    pieces = {x.text: x for x in materials[0].pieces}
    assert [x.aside for x in materials[0].pieces if "0591" in x.text] == ["submission"]
    row = next(x for x in materials[0].pieces if x.kind == "row")
    assert row.section == "work" and row.heading == "主题活动", row
    assert pieces["2026年新增助餐点3个"].section == "plans"
