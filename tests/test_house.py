"""How the code is laid out: domain modules free of the CLI, exit codes by name, one backend
registry, one precedence for every setting."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from assistant import config, llm
from assistant.errors import ExitCode, InputError

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
CLI_MODULES = {"app", "cli", "__main__"}
CLI_PREFIXES = ("cmd_", "cli_", "ui")
FORBIDDEN_LIBRARIES = ("typer", "rich", "click")


def _is_cli(module: str) -> bool:
    return module in CLI_MODULES or module.startswith(CLI_PREFIXES)


def _imports(path: Path) -> list[str]:
    """Every module a file imports, at the top or inside a function (relative ones as their name)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from . import x / from .x import y
                base = node.module or ""
                names += [f".{base}"] if base else [f".{alias.name}" for alias in node.names]
            else:
                names.append(node.module or "")
    return names


DOMAIN = sorted(p for p in PACKAGE.glob("*.py") if not _is_cli(p.stem))


def test_the_split_is_what_the_readme_says() -> None:
    assert {p.stem for p in DOMAIN} >= {"chat", "interview", "revision", "pipeline", "batch", "facts", "sessions"}


@pytest.mark.parametrize("path", DOMAIN, ids=lambda p: p.name)
def test_domain_modules_import_no_cli_rich_or_typer(path: Path) -> None:
    for name in _imports(path):
        if name.startswith("."):
            assert not _is_cli(name[1:].split(".")[0]), f"{path.name} imports {name}"
        else:
            assert name.split(".")[0] not in FORBIDDEN_LIBRARIES, f"{path.name} imports {name}"


def test_exit_codes_are_named() -> None:
    """No bare number passed to typer.Exit or sys.exit anywhere in the package."""
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("Exit", "exit") and node.args:
                assert not isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}"
    assert [int(c) for c in ExitCode] == [0, 1, 2, 130]


def test_one_backend_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(llm.PROVIDERS) | {llm.IN_PROCESS} == set(llm.BACKENDS) - {"mock"}
    made: list[llm.LLMSpec] = []

    def factory(spec: llm.LLMSpec, timeout: float) -> llm.Backend:
        made.append(spec)
        return llm.Backend(spec, None, "plug-in://", None, llm.Redactor([]), 10)

    llm.register_backend("plugin", factory)
    try:
        spec = llm.resolve_spec("plugin:any-model")
        assert spec is not None and llm.make_backend(spec).base_url == "plug-in://" and made == [spec]
    finally:
        llm.unregister_backend("plugin")
    with pytest.raises(InputError, match="無法識別"):
        llm.resolve_spec("plugin:any-model")


@pytest.mark.parametrize("name", sorted(config.ENV_VARS))
def test_every_setting_option_then_environment_then_config_file(
    name: str, monkeypatch: pytest.MonkeyPatch, zongjie_home: Path
) -> None:
    assert config.setting(name) is None
    (zongjie_home / "config.toml").write_text(f'{name} = "from-config"\n', encoding="utf-8")
    assert config.setting(name) == "from-config"
    monkeypatch.setenv(config.ENV_VARS[name], "from-env")
    assert config.setting(name) == "from-env"
    assert config.setting(name, "from-option") == "from-option"
    monkeypatch.setenv(config.ENV_VARS[name], "")
    assert config.setting(name) == "from-config"  # an empty variable is no setting


def test_openai_base_url_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    openai = llm.PROVIDERS["openai"]
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    assert openai.url() == "https://api.openai.com/v1"
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    assert openai.url() == "http://127.0.0.1:9/v1" and openai.url("http://flag/v1") == "http://flag/v1"
    assert llm.PROVIDERS["deepseek"].url() == "https://api.deepseek.com/v1"  # other presets keep theirs


@pytest.mark.parametrize(
    "command",
    [
        ["draft"],
        ["check"],
        ["chat"],
        ["search"],
        ["ingest"],
        ["models"],
        ["facts", "init"],
        ["facts", "check"],
        ["facts", "extract"],
    ],
)
def test_every_usage_line_is_in_chinese(command: list[str]) -> None:
    """A usage line names its arguments in Chinese ({稿子}, [路徑]), as the rest of the help does."""
    import re

    from typer.testing import CliRunner

    from assistant.cli import app

    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    usage = next(line for line in result.output.splitlines() if line.startswith("用法："))
    assert not re.search(r"[a-z]{3,}", usage.split(" ".join(command), 1)[1]), usage
