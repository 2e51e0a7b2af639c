"""Reading files: every bad input is a Chinese InputError naming the file, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.documents import read_source
from assistant.errors import InputError


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
