"""``zongjie check`` from the command line: formats, exit codes, stdin, config, start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app

from .test_check import GOOD

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "facts"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "06_pian5.txt"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_text_exits_0_with_a_section_map(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(_file(tmp_path, "good.txt", GOOD)), "--disable", "sample-leak"])
    assert result.exit_code == 0, result.output
    for part in ("標題", "開頭", "主要工作及成效", "存在問題", "下一步計劃", "結尾"):
        assert part in result.output
    assert "沒有發現問題" in result.output


def test_errors_exit_1_and_group_by_section(tmp_path: Path) -> None:
    text = GOOD.replace("二、存在的问题\n\n部分居民参与不够。\n\n", "").replace("继续开展", "XX社区继续开展")
    result = runner.invoke(app, ["check", str(_file(tmp_path, "bad.md", text))])
    assert result.exit_code == 1
    assert "missing-problems" in result.output and "placeholder" in result.output
    assert "發現的問題（按所在部分）" in result.output


def test_json_shape_one_file_and_several(tmp_path: Path) -> None:
    a = _file(tmp_path, "a.txt", GOOD)
    result = runner.invoke(app, ["check", str(a), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["file"] == str(a)
    assert set(data["sections"]) == {"title", "opening", "work", "problems", "plans", "closing"}
    assert {"found", "line", "heading"} <= set(data["sections"]["work"])
    pian1 = SAMPLE.parent / "01_pian1.txt"
    several = json.loads(runner.invoke(app, ["check", str(a), str(pian1), "--format", "json"]).stdout)
    assert isinstance(several, list) and len(several) == 2
    finding = next(f for f in several[1]["findings"])
    assert {"rule", "severity", "line", "col", "message"} <= set(finding)


def test_line_format_like_a_linter(tmp_path: Path) -> None:
    path = _file(tmp_path, "d.txt", GOOD.replace("部分居民参与不够。", "20xx年部分居民参与不够。"))
    result = runner.invoke(app, ["check", str(path), "--format", "line", "--disable", "sample-leak"])
    assert result.exit_code == 1
    assert result.stdout.strip().splitlines() == [f"{path}:17:1: error placeholder 「20xx」是佔位符，請換成實際內容。"]


def test_stdin_and_docx(tmp_path: Path, index_copy: Path) -> None:
    result = runner.invoke(app, ["check", "-", "--format", "json", "--disable", "sample-leak"], input=GOOD)
    assert result.exit_code == 0 and json.loads(result.stdout)["file"] == "-"
    out = tmp_path / "d.docx"
    assert (
        runner.invoke(app, ["draft", "--facts", str(EXAMPLES / "jiedao_simplified.json"), "-o", str(out)]).exit_code
        == 0
    )
    result = runner.invoke(
        app, ["check", str(out), "--facts", str(EXAMPLES / "jiedao_simplified.json"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    # the draft ends on its plans: every other part found, the closing's absence a note
    assert [name for name, part in data["sections"].items() if not part["found"]] == ["closing"]
    assert [(f["rule"], f["severity"]) for f in data["findings"]] == [("missing-closing", "info")]


def test_facts_option_and_strict(tmp_path: Path) -> None:
    facts = _file(
        tmp_path,
        "f.yaml",
        "单位: 幸福里社区\n时段: 2024年上半年\n主要工作:\n  宣传:\n    - 发放宣传资料3200份\n    - 悬挂横幅25条\n    - 清理卫生死角48处\n    - 培训2期\n",
    )
    draft = _file(tmp_path, "d.txt", GOOD)
    result = runner.invoke(
        app, ["check", str(draft), "--facts", str(facts), "--format", "json", "--disable", "sample-leak"]
    )
    data = json.loads(result.stdout)
    assert [f["rule"] for f in data["findings"]] == ["unused-fact"]
    assert result.exit_code == 0  # a warning only
    strict = runner.invoke(app, ["check", str(draft), "--facts", str(facts), "--strict", "--disable", "sample-leak"])
    assert strict.exit_code == 1


def test_sample_leak_uses_the_index(tmp_path: Path, index_copy: Path) -> None:
    result = runner.invoke(app, ["check", str(SAMPLE), "--format", "json"])
    data = json.loads(result.stdout)
    assert data["notes"] == []
    assert sum(1 for f in data["findings"] if f["rule"] == "sample-leak") > 10


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "xml"], "--format"),
        (["--disable", "no-such-rule"], "沒有這條規則"),
        (["--facts", "missing.yaml"], "不存在"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, argv: list[str], message: str) -> None:
    result = runner.invoke(app, ["check", str(_file(tmp_path, "a.txt", GOOD)), *argv])
    assert result.exit_code == 2 and message in result.output


def test_unreadable_file_exits_2_but_others_are_checked(tmp_path: Path) -> None:
    good = _file(tmp_path, "good.txt", GOOD)
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 20)
    result = runner.invoke(
        app, ["check", str(good), str(tmp_path / "bin.txt"), "--format", "json", "--disable", "sample-leak"]
    )
    assert result.exit_code == 2
    assert "二進制" in result.output and json.loads(result.stdout)[0]["file"] == str(good)


def test_config_severities(tmp_path: Path, zongjie_home: Path) -> None:
    (zongjie_home / "config.toml").write_text('[check]\nplaceholder = "warning"\n', encoding="utf-8")
    path = _file(tmp_path, "d.txt", GOOD.replace("部分居民", "XX社区部分居民"))
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--disable", "sample-leak"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"][0]["severity"] == "warning"
    (zongjie_home / "config.toml").write_text('[check]\nplaceholder = "fatal"\n', encoding="utf-8")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 2


def test_check_does_not_import_heavy_libraries(index_copy: Path, zongjie_home: Path) -> None:
    code = (
        "import sys\nfrom assistant.cli.main import app\n"
        f"try:\n    app(['check', {str(SAMPLE)!r}, '--format', 'json'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('chromadb', 'torch', 'llama_cpp', 'langchain_chroma', 'langchain_openai', 'jieba', 'sentence_transformers')\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    env = {**__import__("os").environ, "ZONGJIE_HOME": str(zongjie_home)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    assert '"sample-leak"' in out  # the index was used, through its cache
    assert out.strip().splitlines()[-1] == "[]"


def test_a_docx_with_word_heading_styles_has_its_parts_at_the_headings(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("甲社区2025年工作总结", 0)
    document.add_paragraph("2025年，甲社区做了以下工作。现将有关情况总结如下：")
    for heading, body in [
        ("主要工作及成效", "召开党员大会4次。"),
        ("存在的问题", "议事机制还不够完善。"),
        ("下一步工作计划", "每季度召开一次议事会。"),
    ]:
        document.add_heading(heading, 1)  # a style, no marker: the text alone would be a short line
        document.add_paragraph(body)
    document.add_paragraph("总之，社区将继续努力。")
    path = tmp_path / "標題樣式.docx"
    document.save(str(path))
    result = runner.invoke(app, ["check", "--format", "json", str(path)])
    sections = json.loads(result.stdout)["sections"]
    assert {p: (s["how"], s["heading"]) for p, s in sections.items() if p in ("work", "problems", "plans")} == {
        "work": ("heading", "主要工作及成效"),
        "problems": ("heading", "存在的问题"),
        "plans": ("heading", "下一步工作计划"),
    }
    assert sections["closing"]["found"]
