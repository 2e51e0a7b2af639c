"""Reading files: every bad input is a Chinese InputError naming the file, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checking.check import check_text
from assistant.core.errors import InputError
from assistant.io.readers import read_source


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", "空"),
        ("blank.md", b"  \n\n ", "空"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "二進制"),
        ("mojibake.txt", "å·¥ä½œæ€»ç»“ï¼šå®Œæˆäº†".encode(), "亂碼"),
        ("bad.pdf", b"%PDF-1.4", "不支持"),
        ("broken.docx", b"not a zip", "docx"),
        ("fm.md", b"---\nid: [unclosed\n---\nbody\n", "front matter"),
        ("onlyfm.md", b"---\nid: a\n---\n\n", "正文"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_source(path)
    assert name in info.value.message and words in info.value.message
    assert info.value.exit_code == 2


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="不存在"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="文件夾"):
        read_source(tmp_path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(InputError, match="過大"):
        read_source(path)


def test_gbk_and_utf16_are_decoded(tmp_path: Path) -> None:
    text = "一、主要工作\n发放宣传资料3200份。\n"
    gbk = _write(tmp_path, "gbk.txt", text.encode("gbk"))
    utf16 = _write(tmp_path, "u16.txt", text.encode("utf-16"))
    bom = _write(tmp_path, "bom.txt", text.encode("utf-8-sig"))
    for path in (gbk, utf16, bom):
        assert read_source(path).text.strip() == text.strip()


def test_front_matter_is_split_with_its_line_count(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.md", "---\nid: mine\nkind: 社區\n---\n標題\n正文。\n".encode())
    src = read_source(path)
    assert src.meta == {"id": "mine", "kind": "社區"}
    assert src.text.startswith("標題") and src.line_offset == 4


# ------------------------------------------------------------------------ Word's automatic numbers
_LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]


def _numbered_docx(path: Path, paragraphs: list[tuple[int | None, str]]) -> None:
    """A .docx whose headings are numbered by Word (the number is not in the text), as an office
    types one with automatic numbering: level 0 一、, level 1 （一）, level 2 1."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(_LEVELS)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, text in paragraphs:
        para = document.add_paragraph(text)
        if level is not None:
            num_pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            para._p.get_or_add_pPr().append(parse_xml(num_pr))
    document.save(str(path))


def test_word_automatic_numbering_becomes_the_markers_it_shows(tmp_path: Path) -> None:
    path = tmp_path / "自動編號.docx"
    _numbered_docx(
        path,
        [
            (None, "甲社区2025年工作总结"),
            (None, "2025年，甲社区做了以下工作。现将有关情况总结如下："),
            (0, "主要工作"),
            (1, "抓好党建"),
            (2, "召开党员大会4次"),
            (2, "开展主题党日12次"),
            (1, "做好民生"),
            (2, "临时救助23户"),
            (0, "存在的问题"),
            (None, "议事机制还不够完善。"),
            (0, "下一步工作计划"),
            (None, "每季度召开一次议事会。"),
        ],
    )
    lines = read_source(path).text.split("\n")
    assert lines[2:5] == ["一、主要工作", "（一）抓好党建", "1.召开党员大会4次"]
    assert lines[6] == "（二）做好民生" and lines[7] == "1.临时救助23户"  # deeper levels restart
    assert lines[8] == "二、存在的问题" and lines[10] == "三、下一步工作计划"
    report = check_text(read_source(path).text, path.name, markdown=True)
    assert report.sections["problems"].heading == "二、存在的问题"


@settings(max_examples=25, deadline=None)
@given(
    levels=st.lists(
        st.tuples(
            st.sampled_from(["decimal", "chineseCounting", "bullet", "none", "upperRoman", "", "x" * 50]),
            st.sampled_from(["%1、", "（%2）", "%3.", "%1.%2.", "%9", "", "%", "【%1】"]),
            st.sampled_from(["1", "0", "-3", "abc", "999999999999"]),
        ),
        min_size=1,
        max_size=4,
    ),
    refs=st.lists(st.sampled_from(["0", "1", "3", "9", "-1", "x", None]), min_size=1, max_size=8),
)
def test_odd_word_numbering_never_breaks_reading(tmp_path_factory, levels, refs) -> None:  # type: ignore[no-untyped-def]
    """Numbering parts as other programs write them (bad starts, levels out of range, unknown
    formats): the text is read, with a marker or without one, and never an error."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">{body}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for n, ref in enumerate(refs):
        para = document.add_paragraph(f"第{n}段文字")
        if ref is not None:
            num_pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ref}"/><w:numId w:val="77"/></w:numPr>'
            para._p.get_or_add_pPr().append(parse_xml(num_pr))
    path = tmp_path_factory.mktemp("n") / "odd.docx"
    document.save(str(path))
    lines = read_source(path).text.split("\n")
    assert [ln[ln.index("第") :] for ln in lines] == [f"第{n}段文字" for n in range(len(refs))]


def test_two_lists_of_one_definition_count_on_and_a_restart_starts_again(tmp_path: Path) -> None:
    """Word continues the numbers of lists that share one abstract definition; a list with a
    start override (Word's 重新開始編號) counts from it."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    level = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">{level}</w:abstractNum>'))
    for num_id, override in (
        ("91", ""),
        ("92", ""),
        ("93", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
    ):
        numbering.append(
            parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="91"/>{override}</w:num>')
        )
    for num_id, text in (("91", "主要工作"), ("92", "存在问题"), ("93", "另一份清单")):
        para = document.add_paragraph(text)
        num_pr = f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        para._p.get_or_add_pPr().append(parse_xml(num_pr))
    path = tmp_path / "共用.docx"
    document.save(str(path))
    assert read_source(path).text.split("\n") == ["一、主要工作", "二、存在问题", "一、另一份清单"]
