"""The command line under hostile input: user text that looks like markup, streams that are
closed or not UTF-8, outputs that cannot be written, files that are bombs. Every reproduction of
the fuzz campaign and generated variants: exit 0 or 2 (1 where the contract says so) with a
Chinese message naming the file or field, no traceback, no 「內部錯誤」, within a time bound."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.console import Console

from assistant.cli.ui import esc
from assistant.core.clean import visible

from .cli_helpers import assert_clean, invoke, run_cli
from .llm_helpers import MockLLM

FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FACTS = "community: 甲社區\nperiod: 2024年\nwork:\n  宣傳:\n    - 發放資料100份\n"
SUMMARY = "甲社區2024年工作總結\n\n一、主要工作\n\n發放資料100份。\n"
MARKUP = st.one_of(
    st.from_regex(r"\[/?[a-z#@ =/]{0,8}\]", fullmatch=True),
    st.sampled_from(["[/]", "[/bold]", "[check]", "[st]", "[local]", "[bold red]x[/]", "\\[x]", "a\\"]),
)


def _facts(tmp_path: Path, text: str = FACTS, name: str = "f.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ markup
NO_TAB = st.characters(exclude_characters="\t")  # a tab is harmless; rich expands it to spaces


@settings(max_examples=60, deadline=None)
@given(text=st.text(NO_TAB, max_size=40) | MARKUP.flatmap(lambda m: st.text(NO_TAB, max_size=10).map(lambda t: m + t)))
@example(text="\\[")  # a backslash before a bracket that starts no tag: found by CI's run
@example(text="\\\\[x")
def test_escaped_user_text_prints_as_itself(text: str) -> None:
    console = Console(record=True, width=200, color_system=None, file=io.StringIO())
    console.print(f"[bold]前[/]{esc(text)}後", soft_wrap=True)
    printed = console.export_text().rstrip("\n")
    assert printed in (f"前{visible(text)}後", f"前{visible(text)}\\後")  # rich doubles a lone trailing backslash


@FAST
@given(key=MARKUP)
def test_a_markup_key_is_named_not_parsed(tmp_path: Path, key: str) -> None:
    path = _facts(tmp_path, FACTS + f"{json.dumps(key)}: 1\n")
    result = invoke(["facts", "check", str(path)])
    assert_clean(result.output, result.exit_code, (2,))
    assert f"{visible(key)} 不是可識別的字段" in result.output


@FAST
@given(folder=MARKUP)
def test_a_markup_path_is_named_not_parsed(tmp_path: Path, folder: str) -> None:
    path = f"{folder}/a.md"
    result = invoke(["check", path, "--disable", "sample-leak"])
    assert_clean(result.output, result.exit_code, (2,))
    assert visible(str(Path(path))) in result.output and "不存在" in result.output  # as the system spells it


def test_check_in_messages_stays(zongjie_home: Path) -> None:
    (zongjie_home / "config.toml").write_text('[check]\nno-such-rule = "error"\n', encoding="utf-8")
    result = invoke(["check", "-", "--disable", "sample-leak"], input=SUMMARY)
    assert result.exit_code == 2 and "配置文件 [check] 中沒有這條規則：no-such-rule" in result.output


def test_an_unreadable_config_is_said_in_chinese(zongjie_home: Path) -> None:
    config = zongjie_home / "config.toml"
    config.write_bytes('[check]\nsample-leak = "警告"\n'.encode("gbk"))
    result = invoke(["check", "-", "--disable", "sample-leak"], input=SUMMARY)
    assert result.exit_code == 2 and "不是 UTF-8 編碼" in result.output and str(config) in result.output
    config.unlink()
    config.mkdir()  # a folder where the file should be: no settings, no traceback
    result = invoke(["check", "-", "--disable", "sample-leak"], input=SUMMARY)
    assert_clean(result.output, result.exit_code, (0, 1))


def test_install_hints_keep_their_extras() -> None:
    result = invoke(["models"])
    assert result.exit_code == 0 and "pip install 'zongjie[local]'" in result.output


def test_a_markup_category_and_answer_in_a_draft(index_copy: Path, tmp_path: Path) -> None:
    path = _facts(tmp_path, FACTS.replace("宣傳", '"[/b]宣傳"') + "problems:\n  - '[/]'\n")
    result = invoke(["draft", "--facts", str(path)])
    assert_clean(result.output, result.exit_code, (0,))
    assert "[/b]宣傳" in result.output and "[/]" in result.output


# ------------------------------------------------------------------------------ streams
@settings(max_examples=25, deadline=None)
@given(data=st.binary(min_size=1, max_size=200))
def test_check_reads_any_bytes_on_stdin(data: bytes) -> None:
    result = invoke(["check", "-", "--disable", "sample-leak", "--format", "line"], input=data)
    assert_clean(result.output, result.exit_code, (0, 1, 2))


@settings(max_examples=25, deadline=None)
@given(digit=st.sampled_from("²³¹①⑩⁴٣０"), where=st.sampled_from(["{}、標題", "（{}）標題", "{}0份", "{}.標題"]))
def test_check_reads_odd_digits_in_headings(digit: str, where: str) -> None:
    text = SUMMARY + "\n" + where.format(digit) + "\n\n正文。\n"
    result = invoke(["check", "-", "--disable", "sample-leak", "--format", "line"], input=text)
    assert_clean(result.output, result.exit_code, (0, 1))


def test_gbk_on_stdin_is_read(tmp_path: Path) -> None:
    result = invoke(["check", "-", "--disable", "sample-leak", "--format", "json"], input=SUMMARY.encode("gb18030"))
    assert result.exit_code == 1  # read: parts are missing, which is a finding, not an input error
    assert json.loads(result.stdout)["sections"]["title"]["found"]


@pytest.mark.parametrize("raw", [b"\xff\xfe\xfa", b"\x80abc", b"\xff"])
def test_an_argument_that_is_not_text(raw: bytes) -> None:
    arg = raw.decode("utf-8", "surrogateescape")
    result = invoke(["search", arg])
    assert_clean(result.output, result.exit_code, (2,))
    assert "不是有效的文字" in result.output
    result = invoke(["check", arg + ".md", "--disable", "sample-leak"])  # a path: shown, not decoded
    assert_clean(result.output, result.exit_code, (2,))
    assert "不存在" in result.output and "\\x" in result.output


def test_a_gbk_argument_is_decoded(index_copy: Path) -> None:
    done = run_cli(["search", "宣傳發動".encode("gbk").decode("utf-8", "surrogateescape"), "--json", "-k", "1"])
    assert done.returncode == 0, done.stderr.decode()
    assert len(json.loads(done.stdout)) == 1


def test_closed_stdout(index_copy: Path, tmp_path: Path) -> None:
    path = _facts(tmp_path)
    argv = [sys.executable, "-m", "assistant", "draft", "--facts", str(path), "--json"]
    done = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", *argv], capture_output=True, timeout=120)
    assert_clean(done.stderr.decode(), done.returncode, (0,))
    assert "標準輸出已關閉" in done.stderr.decode()


def test_broken_pipe_keeps_the_exit_code(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text(SUMMARY, encoding="utf-8")
    files = " ".join([str(path)] * 400)  # far more output than a pipe holds
    script = f'{sys.executable} -m assistant check {files} --disable sample-leak --format line | head -1; echo "rc=${{PIPESTATUS[0]}}" >&2'
    done = subprocess.run(["bash", "-c", script], capture_output=True, timeout=120, env=dict(os.environ))
    err = done.stderr.decode()
    assert done.stdout.decode().count("\n") == 1
    assert "rc=1" in err  # the check's own verdict: the summary misses parts
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


# ------------------------------------------------------------------------------ outputs, checked first
def _read_only_dir(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        return Path("/sys")  # root writes anywhere a mode allows; sysfs refuses new files even to root
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda t: t / "nodir" / "x.md", "不存在"),
        (lambda t: t / "x.pdf", "無法從擴展名判斷格式"),
        (lambda t: _read_only_dir(t) / "x.md", "無法在"),
        (lambda t: (t / "out.md").mkdir() or t / "out.md", "已存在"),
    ],
    ids=["missing-dir", "pdf", "read-only", "a-folder"],
)
def test_outputs_are_refused_before_any_work(tmp_path: Path, mock_llm: MockLLM, make, words: str) -> None:  # type: ignore[no-untyped-def]
    out = make(tmp_path)
    result = invoke(["draft", "--facts", str(_facts(tmp_path)), "--llm", "mock:x", "-o", str(out)])
    assert_clean(result.output, result.exit_code, (2,))
    assert words in result.output and str(out) in result.output
    assert mock_llm.recorder.calls == []  # nothing was drafted


def test_a_folder_as_output_even_with_force(tmp_path: Path) -> None:
    result = invoke(["draft", "--facts", str(_facts(tmp_path)), "-o", str(tmp_path), "--force", "--format", "md"])
    assert_clean(result.output, result.exit_code, (2,))
    assert "是文件夾" in result.output


@FAST
@given(
    name=st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=12),
    ext=st.sampled_from(["pdf", "doc", "", "mdx"]),
)
def test_generated_bad_outputs(tmp_path: Path, name: str, ext: str) -> None:
    out = tmp_path / "missing" / f"{name}.{ext}" if ext else tmp_path / name
    result = invoke(["draft", "--facts", str(_facts(tmp_path)), "-o", str(out)])
    assert_clean(result.output, result.exit_code, (2,))
    assert out.name in result.output or str(out.parent) in result.output


def test_out_dir_that_is_a_file_and_facts_init_into_nowhere(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("單位,時段,宣傳\n甲,2024年,發放100份\n", encoding="utf-8")
    result = invoke(["draft", "--facts", str(table), "--out-dir", str(table)])
    assert_clean(result.output, result.exit_code, (2,))
    assert "不是文件夾" in result.output and str(table) in result.output
    result = invoke(["facts", "init", str(tmp_path / "nodir" / "x.yaml")])
    assert_clean(result.output, result.exit_code, (2,))
    assert "nodir" in result.output


def test_data_dir_that_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.write_text("", encoding="utf-8")
    monkeypatch.setenv("ZONGJIE_HOME", str(home))
    result = invoke(["draft", "--facts", str(_facts(tmp_path))])
    assert_clean(result.output, result.exit_code, (2,))
    assert "ZONGJIE_HOME" in result.output and str(home) in result.output


def test_a_facts_path_that_is_a_folder_or_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "dir.yaml"
    folder.mkdir()
    result = invoke(["facts", "check", str(folder)])
    assert_clean(result.output, result.exit_code, (2,))
    assert "是文件夾" in result.output
    if os.geteuid() != 0:  # root reads any file
        locked = _facts(tmp_path)
        locked.chmod(0)
        result = invoke(["facts", "check", str(locked)])
        assert_clean(result.output, result.exit_code, (2,))
        assert "沒有權限" in result.output


def test_facts_init_on_a_full_disk_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    path = tmp_path / "facts.yaml"
    original = Path.write_text

    def full(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    result = invoke(["facts", "init", str(path)])
    assert_clean(result.output, result.exit_code, (2,))
    assert "磁盤已滿" in result.output and str(path) in result.output
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one
    monkeypatch.setattr(Path, "write_text", original)
    assert invoke(["facts", "init", str(path)]).exit_code == 0


def test_force_writes_through_a_symlink_and_never_replaces_a_pipe(index_copy: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    facts = _facts(tmp_path)
    result = invoke(["draft", "--facts", str(facts), "-o", str(link), "--force"])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and "100份" in real.read_text(encoding="utf-8")
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    for target in (fifo, tmp_path / "to-pipe.md"):
        if target.name == "to-pipe.md":
            target.symlink_to(fifo)
        result = invoke(["draft", "--facts", str(facts), "-o", str(target), "--force"])
        assert_clean(result.output, result.exit_code, (2,))
        assert "管道" in result.output
    assert fifo.exists() and not fifo.is_file()


# ------------------------------------------------------------------------------ bombs and endless files
def _zip_bomb(path: Path, unpacked_mb: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (unpacked_mb * 1024 * 1024))


@pytest.mark.parametrize("unpacked_mb", [60, 300])
def test_a_docx_zip_bomb_is_refused_at_once(tmp_path: Path, unpacked_mb: int) -> None:
    bomb = tmp_path / "bomb.docx"
    _zip_bomb(bomb, unpacked_mb)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    done = run_cli(["check", str(bomb), "--disable", "sample-leak"], timeout=30)
    assert_clean(done.stderr.decode(), done.returncode, (2,))
    assert "bomb.docx" in done.stderr.decode() and "壓縮炸彈" in done.stderr.decode()


@pytest.mark.parametrize("name", ["zero.txt", "zero.md", "zero.docx"])
def test_a_symlink_to_dev_zero_is_refused_at_once(tmp_path: Path, name: str) -> None:
    link = tmp_path / name
    link.symlink_to("/dev/zero")
    done = run_cli(["check", str(link), "--disable", "sample-leak"], timeout=20)
    assert_clean(done.stderr.decode(), done.returncode, (2,))
    assert name in done.stderr.decode() and "不是普通文件" in done.stderr.decode()


def test_a_big_file_through_a_pipe_is_bounded() -> None:
    done = run_cli(["check", "-", "--disable", "sample-leak"], input=b"a" * (21 * 1024 * 1024), timeout=60)
    assert_clean(done.stderr.decode(), done.returncode, (2,))
    assert "過大" in done.stderr.decode()


# ------------------------------------------------------------------------------ the control characters in a draft
def test_injected_lines_and_control_characters_never_reach_the_files(index_copy: Path, tmp_path: Path) -> None:
    data = {
        "community": "甲社區\u202e",
        "period": "2024年",
        "author": "# 偽造落款\n一、偽造",
        "work": {"宣傳": ["---\n# 注入的標題\n一、偽造的章節", "清屏\x1b[2J發放資料100份", "發放\x00宣傳冊200份"]},
        "problems": ["# 問題標題"],
        "plans": ["一、計劃"],
    }
    facts = _facts(tmp_path, json.dumps(data), "inj.json")
    for suffix in ("md", "docx"):
        out = tmp_path / f"out.{suffix}"
        result = invoke(["draft", "--facts", str(facts), "-o", str(out)])
        assert_clean(result.output, result.exit_code, (0,))
        assert "\x1b" not in result.output and "\u202e" not in result.output
        if suffix == "md":
            lines = out.read_text(encoding="utf-8").split("\n")
        else:
            import docx

            lines = [p.text for p in docx.Document(str(out)).paragraphs]
        text = "\n".join(lines)
        assert "100份" in text and "200份" in text  # the NUL dropped nothing after it
        assert not any(c in text for c in "\x1b\x00\u202e")
        headings = [line for line in lines if line.startswith(("#", "一、", "二、", "三、", "四、"))]
        assert not any("注入" in h or "偽造" in h or "問題標題" in h or h.startswith("一、計劃") for h in headings), (
            headings
        )
    assert "刪除了 1 個控制字符" in result.output  # and said so


# ------------------------------------------------------------------------------ the README's commands
def test_the_readme_main_command_runs_twice(index_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- main-command -->", 1)[1].split("```bash\n", 1)[1].split("\n```", 1)[0]
    argv = block.split(".venv/bin/zongjie ", 1)[1].split()
    repo = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(tmp_path)
    argv = [str(repo / a) if a.startswith("examples/") else a for a in argv]
    for _ in range(2):
        result = invoke(argv)
        assert result.exit_code == 0, result.output
    assert (tmp_path / "總結.docx").read_bytes()[:2] == b"PK"


def test_draft_without_work_is_an_input_error(tmp_path: Path) -> None:
    result = invoke(["draft", "--facts", str(_facts(tmp_path, "community: 甲\nperiod: 2024年\n"))])
    assert_clean(result.output, result.exit_code, (2,))
    assert "缺少必填字段 work" in result.output
