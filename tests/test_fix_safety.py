"""check --fix loses nothing and changes nothing it does not list: the file's own encoding, BOM
and each line's end; read-only files, hard links, a file being written by another process; a fix
that would grow a text past what check reads; the text's own script in what a fix writes."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checking.check import MAX_CHECK_CHARS

from .cli_helpers import invoke

BODY = "幸福里社区2025年工作总结\n\n一、主要工作\n\n发放资料3200份,居民参与.效果好\n\n二、存在的问题\n\n人手不足。\n"
FIXED = BODY.replace("份,居民参与.效果", "份，居民参与。效果")


def _fix(path: Path, *extra: str):  # type: ignore[no-untyped-def]
    return invoke(["check", str(path), "--fix", *extra])


def test_a_bom_the_bytes_contradict_is_kept_and_so_is_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.replace("\n", "\r\n").encode("gbk"))
    result = _fix(path, "--no-backup")
    assert result.exit_code in (0, 1), result.output
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data[3:].decode("gbk") == FIXED.replace("\n", "\r\n")
    assert "锘" not in result.output


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=BODY.count("\n"), max_size=BODY.count("\n")))
def test_each_line_keeps_its_own_line_end(tmp_path_factory: pytest.TempPathFactory, ends: list[str]) -> None:
    path = tmp_path_factory.mktemp("ends") / "mixed.txt"
    pieces = BODY.split("\n")
    path.write_bytes("".join(p + e for p, e in zip(pieces, [*ends, ""], strict=True)).encode("utf-8"))
    _fix(path, "--no-backup")
    fixed = FIXED.split("\n")
    assert path.read_bytes() == "".join(p + e for p, e in zip(fixed, [*ends, ""], strict=True)).encode("utf-8")


def test_a_read_only_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "ro.txt"
    path.write_text(BODY, encoding="utf-8")
    path.chmod(0o444)
    result = _fix(path)
    assert result.exit_code == 2 and "只讀" in result.output
    assert path.read_text(encoding="utf-8") == BODY and not list(tmp_path.glob("*.bak*"))


def test_a_hard_link_keeps_both_names_on_the_new_text(tmp_path: Path) -> None:
    path, other = tmp_path / "a.txt", tmp_path / "b.txt"
    path.write_text(BODY, encoding="utf-8")
    os.link(path, other)
    result = _fix(path)
    assert result.exit_code in (0, 1) and "硬鏈接" in result.output
    assert path.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "a.txt.bak").read_text(encoding="utf-8") == BODY


def test_a_file_held_open_for_writing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.txt"
    path.write_text(BODY, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import sys,time; f=open({str(path)!r},'a'); print('ok', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        result = _fix(path)
        assert result.exit_code == 2 and f"進程 {holder.pid}" in result.output
        assert path.read_text(encoding="utf-8") == BODY and not list(tmp_path.glob("*.bak*"))
    finally:
        holder.kill()
        holder.wait()


def test_lines_appended_while_fixing_are_never_lost(tmp_path: Path) -> None:
    """A log written with >> every few ms while --fix runs again and again: every line ends up
    in the file, whether the fix was refused, written, or written with the appended bytes
    carried over."""
    path = tmp_path / "log.txt"
    path.write_text(BODY, encoding="utf-8")
    lines = 400
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\n"
            f"for n in range({lines}):\n"
            f"    with open({str(path)!r}, 'a', encoding='utf-8') as f: f.write(f'log line {{n}}\\n')\n"
            "    time.sleep(0.002)\n",
        ]
    )
    try:
        deadline = time.monotonic() + 30
        while writer.poll() is None and time.monotonic() < deadline:
            _fix(path, "--no-backup")
    finally:
        writer.wait(timeout=30)
    text = path.read_text(encoding="utf-8")
    assert [n for n in range(lines) if f"log line {n}\n" not in text] == []


def test_a_fix_that_would_pass_the_length_check_reads_is_refused(tmp_path: Path) -> None:
    item = "1.甲\n"  # each becomes （N）甲: the text grows past what check reads
    n = (MAX_CHECK_CHARS - 40) // len(item)
    text = "标题\n\n一、主要工作\n" + item * n
    assert len(text) <= MAX_CHECK_CHARS
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = _fix(path)
    assert result.exit_code == 2 and "上限" in result.output
    assert path.read_text(encoding="utf-8") == text


def test_what_a_fix_writes_into_a_traditional_text_is_traditional(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numerals past 九千九百九十九 come out of the numbering walk as 万; in a Traditional text
    every fix's words are put in its script (a fix that writes 万 is stood in for here)."""
    from assistant.checking import fix
    from assistant.checking.edits import Edit

    text = "甲社區工作總結\n\n一、主要工作\n\n（X）開展巡邏。\n"
    at = text.index("X")

    def writes_wan(doc):  # type: ignore[no-untyped-def]
        return [Edit(at, at + 1, "X", "一万")] if "X" in doc.text else []

    monkeypatch.setattr(fix, "fixes", lambda: [writes_wan])
    fixed, edits = fix.fix_text(text, markdown=False)
    assert "（一萬）" in fixed and [e.after for e in edits] == ["一萬"]


@pytest.mark.parametrize("how", ["named file", "link in the folder", "link to a named file"])
def test_facts_extract_never_writes_over_a_material(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "材料"
    folder.mkdir()
    material = folder / "7月工作.txt"
    material.write_text("7月工作情况\n\n一、主要工作\n\n7月5日开展垃圾分类宣传，发放资料120份。\n", encoding="utf-8")
    before = material.read_bytes()
    if how == "named file":  # a material named with a .yaml name cannot be one; a link can
        output = tmp_path / "out.yaml"
        output.symlink_to(material)
        args = [str(material)]
    elif how == "link in the folder":
        output = folder / "facts.yaml"
        output.symlink_to(material)
        args = [str(folder)]
    else:
        output = tmp_path / "facts.yaml"
        output.symlink_to(material)
        args = [str(folder)]
    result = invoke(["facts", "extract", *args, "-o", str(output), "--force", "--no-samples"])
    assert result.exit_code == 2 and "覆蓋" in result.output, result.output
    assert material.read_bytes() == before
