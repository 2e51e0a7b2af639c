"""What a user sees at 80 columns, in Chinese: nothing they must copy is cut, no English UI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer.main

from assistant.backends.llm import iter_providers
from assistant.cli.main import app

from .cli_helpers import invoke

NARROW = {"COLUMNS": "80"}


def _flat(text: str) -> str:
    """Output without layout: box drawing and whitespace removed."""
    return re.sub(r"[\s│┃┏┓┗┛┡┩┣┫━─┬┴┼╇╋└┘┌┐├┤]+", "", text)


def _commands() -> list[list[str]]:
    group = typer.main.get_command(app)
    paths = [[]]
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        paths.append([name])
        paths += [[name, sub] for sub in getattr(command, "commands", {})]
    return paths


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(p) or "zongjie")
def test_help_at_80_columns_is_whole_and_chinese(path: list[str]) -> None:
    result = invoke([*path, "--help"], env=NARROW)
    assert result.exit_code == 0
    out = result.output
    assert max(len(line) for line in out.split("\n")) <= 80 * 2  # wide characters count twice
    assert "Show this message" not in out and "Usage:" not in out and "Options" not in out
    assert "顯示本幫助並退出。" in out and out.startswith("用法：zongjie")
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    for param in command.params:  # every option's help, whole
        if param.help:
            assert _flat(param.help) in _flat(out), param.help


def test_models_at_80_columns_keeps_addresses_and_variables_whole() -> None:
    out = invoke(["models"], env=NARROW).output
    lines = out.split("\n")
    for provider in iter_providers():
        assert any(provider.base_url in line for line in lines), provider.base_url
        if provider.key_env:
            assert any(provider.key_env in line for line in lines)
        assert any(f"{provider.name}:{provider.example_model}" in line for line in lines)
    assert any("pip install 'zongjie[local]'" in line for line in lines)


def test_chat_list_at_80_columns_keeps_ids_whole(zongjie_home: Path) -> None:
    from assistant.chat.sessions import new_session

    sessions = [new_session() for _ in range(3)]
    for s in sessions:
        s.facts = {"community": "一個名字相當長的社區居民委員會" * 2, "period": "2025年上半年"}
        s.save()
    out = invoke(["chat", "--list"], env=NARROW).output
    lines = out.split("\n")
    for s in sessions:
        assert any(s.id in line for line in lines)
    assert "zongjie chat --resume ID" in out


def test_search_at_80_columns_shows_whole_passages(index_copy: Path) -> None:
    result = invoke(["search", "宣傳發動", "-k", "2"], env=NARROW)
    assert result.exit_code == 0
    hits = json.loads(invoke(["search", "宣傳發動", "-k", "2", "--json"]).stdout)
    for hit in hits:
        body = hit["text"].split("\n", 1)[-1]
        assert _flat(body) in _flat(result.output)
        assert any(hit["sample"] in line for line in result.output.split("\n"))


def test_the_draft_report_is_chinese(index_copy: Path) -> None:
    facts = Path(__file__).resolve().parent.parent / "examples" / "facts" / "jiedao_simplified.json"
    result = invoke(["draft", "--facts", str(facts)])
    assert result.exit_code == 0
    report = result.output.split("各部分參考的範文段落")[1]
    assert "模板" in report and "template" not in report


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["draft", "a.yaml", "b.yaml"], "多餘的參數：b.yaml"),
        (["draft", "--facts"], "選項 --facts 後面要寫一個值"),
        (["draft", "--bogus"], "沒有這個選項：--bogus"),
        (["draft", "--forc"], "（是不是：--f"),
        (["draft", "--facts", "x", "--timeout", "abc"], "--timeout 的值無效：應為數字"),
        (["draft", "--facts", "x", "--timeout", "0"], "--timeout 的值無效：應不小於 1"),
        (["search", "-k", "1000", "x"], "的值無效：應不大於 100"),
        (["check"], "缺少參數 稿子"),
        (["nosuch"], "沒有「nosuch」這個命令"),
        (["search", "a", "b"], "多餘的參數：b"),
    ],
)
def test_usage_errors_are_chinese(argv: list[str], words: str) -> None:
    result = invoke(argv)
    assert result.exit_code == 2
    assert words in result.output and "運行 zongjie" in result.output
    assert "Error" not in result.output and "Usage" not in result.output and "Try '" not in result.output


def _columns(line: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


REAL2 = Path(__file__).parent / "data" / "real_heldout2"


@pytest.mark.parametrize("name", ["09_halfwidth_wuye_jinxiu.txt", "14_template_placeholders_mixed_script.txt"])
def test_check_with_many_findings_fits_80_columns_one_line_each(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REAL2)  # as a user runs it: a short name, so a deep checkout's path does not decide the width
    result = invoke(["check", name, "--disable", "sample-leak"], env=NARROW)
    lines = [ln for ln in result.output.split("\n") if ln]
    findings = [ln for ln in lines if re.search(r":\d+:\d+ ", ln)]
    assert len(findings) > 5  # one line per finding, as linters print them
    assert max(_columns(ln) for ln in lines) <= 80, max(lines, key=_columns)
    assert "\\x0a" not in result.output


@pytest.mark.parametrize(
    ("env", "simplified"),
    [
        ({"LANG": "zh_CN.UTF-8"}, True),
        ({"LANG": "zh_SG.UTF-8"}, True),
        ({"LANG": "zh_TW.UTF-8"}, False),
        ({"LC_ALL": "zh_HK.UTF-8", "LANG": "zh_CN.UTF-8"}, False),  # LC_ALL comes first
        ({"LANG": "zh_TW.UTF-8", "ZONGJIE_UI_SCRIPT": "simplified"}, True),  # the setting first
    ],
)
def test_messages_speak_the_users_script(
    env: dict[str, str], simplified: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    draft = tmp_path / "網格工作.txt"  # the user's own file name, in neither script's favour
    draft.write_text("標題\n\n只有一句話。\n", encoding="utf-8")
    result = invoke(["check", str(draft), "--disable", "sample-leak"], env={**NARROW, **env})
    # never converted (the path may wrap at the narrow width: a longer temporary folder under pytest-xdist)
    assert "網格工作.txt" in re.sub(r"\s", "", result.output)
    assert ("缺少结尾" in result.output) == simplified and ("缺少結尾" in result.output) == (not simplified)


@pytest.mark.parametrize(("lang", "simplified"), [("zh_CN.UTF-8", True), ("zh_HK.UTF-8", False)])
def test_check_json_messages_speak_the_users_script_and_keep_the_quoted_text(
    lang: str, simplified: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mainland user's --json read 「【待补…】」是佔位符，請換成…: our words in Traditional beside
    theirs in Simplified. Our words follow the user's script; what the message quotes stays."""
    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    draft = tmp_path / "d.txt"
    draft.write_text("桂香社区11月工作总结\n\n本月做了三件事。\n\n【待補：存在的问题】\n", encoding="utf-8")
    result = invoke(["check", str(draft), "--disable", "sample-leak", "--format", "json"], env={"LANG": lang})
    messages = [f["message"] for f in json.loads(result.output)["findings"]]
    placeholder = next(m for m in messages if "【待補：存在的问题】" in m)  # quoted as written
    assert ("占位符" in placeholder) == simplified and ("佔位符" in placeholder) == (not simplified), placeholder


def test_a_simplified_facts_file_gets_simplified_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    facts = tmp_path / "facts.yaml"
    facts.write_text("单位：桂香里社区\n时段: 2025年\n", encoding="utf-8")
    result = invoke(["facts", "check", str(facts)], env={"LANG": "C.UTF-8"})
    assert result.exit_code == 2
    assert "全角冒号" in result.output and "全角冒號" not in result.output, result.output


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["facts", "extract", "--help"]])
@pytest.mark.parametrize(("lang", "simplified"), [("zh_CN.UTF-8", True), ("zh_HK.UTF-8", False)])
def test_help_pages_speak_the_users_script(
    args: list[str], lang: str, simplified: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Click prints help past our consoles, before any callback has read the locale."""
    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    result = invoke(args, env={**NARROW, "LANG": lang})
    assert result.exit_code == 0
    assert ("选项" in result.output) == simplified and ("選項" in result.output) == (not simplified), result.output


@pytest.mark.parametrize("fmt", ["line", "table", "json"])
def test_a_traditional_files_quoted_text_stays_as_written_for_a_mainland_user(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Traditional draft checked by a mainland user: our words in Simplified in every format
    (--format line printed Traditional), the text quoted from the file as written (the table
    showed 【待補：存在的問題】 as 【待补：存在的问题】)."""
    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    draft = tmp_path / "d.txt"
    draft.write_text("幸福里社區2025年工作總結\n\n本年度做了三件事。\n\n【待補：存在的問題】\n", encoding="utf-8")
    args = ["check", str(draft), "--disable", "sample-leak", "--format", fmt]
    result = invoke(args, env={"LANG": "zh_CN.UTF-8", "COLUMNS": "200"})
    assert "【待補：存在的問題】" in result.output and "【待补" not in result.output, result.output
    assert "占位符" in result.output and "佔位符" not in result.output, result.output
    assert "收束全文的话" in result.output and "收束全文的話" not in result.output, result.output


def test_a_traditional_docx_gets_traditional_messages_when_no_locale_chooses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A .docx's bytes (a zip) hold no Chinese to tell its script by: the README's own
    Traditional 總結.docx was checked in Simplified under a C locale."""
    import docx

    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    document = docx.Document()
    for text in (
        "幸福里社區2025年工作總結",
        "本年度做了三件事。現將有關情況總結如下：",
        "一、主要工作",
        "發放資料100份。",
    ):
        document.add_paragraph(text)
    path = tmp_path / "總結.docx"
    document.save(str(path))
    result = invoke(["check", str(path), "--disable", "sample-leak"], env={"LANG": "C.UTF-8", "COLUMNS": "200"})
    assert "缺少結尾" in result.output and "缺少结尾" not in result.output, result.output


@pytest.mark.parametrize(
    ("system", "simplified"),
    [
        (("Chinese (Simplified)_China", "936"), True),  # Windows names its locale in words
        (("Chinese (Traditional)_Taiwan", "950"), False),
        (("zh_CN", "UTF-8"), True),
    ],
)
def test_with_no_locale_variable_the_systems_locale_chooses_the_script(
    system: tuple[str, str], simplified: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows sets no LANG: a mainland office's PC read every message in Traditional."""
    import locale

    monkeypatch.delenv("ZONGJIE_UI_SCRIPT", raising=False)
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *a: system)
    draft = tmp_path / "d.txt"
    draft.write_text("標題\n\n只有一句話。\n", encoding="utf-8")
    result = invoke(["check", str(draft), "--disable", "sample-leak"], env=NARROW)
    assert ("缺少结尾" in result.output) == simplified and ("缺少結尾" in result.output) == (not simplified)
