"""How the code is laid out: domain modules free of the CLI, exit codes by name, one backend
registry, one precedence for every setting."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from assistant.backends import llm
from assistant.core import config
from assistant.core.errors import ExitCode, InputError

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
FORBIDDEN_LIBRARIES = ("typer", "rich", "click")

# Each subpackage and its layer: a module imports only its own package or a lower layer, and
# packages on one layer never import each other.
LAYERS = {
    "core": 0,
    "backends": 1,
    "io": 1,
    "summary": 2,
    "facts": 3,
    "checking": 3,
    "retrieval": 4,
    "extract": 4,
    "drafting": 5,
    "chat": 6,
    "cli": 7,
}
TOP = {"__init__": -1, "__main__": 8}  # assistant/__main__.py starts the CLI


def _imports(path: Path, root: Path = PACKAGE) -> list[str]:
    """Every module a file imports, at the top or inside a function, as an absolute name."""
    names = []
    package = ".".join(path.relative_to(root.parent).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from . import x / from .x import y
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                names += [f"{base}.{node.module}"] if node.module else [f"{base}.{a.name}" for a in node.names]
            else:
                names += [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
    return names


def _room(module: str) -> str | None:
    """The subpackage of ``assistant.x.y`` (x), or the top-level module's own name."""
    parts = module.split(".")
    if parts[0] != "assistant" or len(parts) < 2:
        return None
    return parts[1]


def _layer(room: str) -> int:
    return LAYERS[room] if room in LAYERS else TOP.get(room, -1)


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_lives_in_a_room() -> None:
    loose = [p.name for p in PACKAGE.glob("*.py") if p.stem not in TOP]
    assert not loose, f"modules outside the subpackages: {loose}"
    rooms = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert rooms == set(LAYERS)


def _pointing_up_or_sideways(path: Path, root: Path = PACKAGE) -> list[str]:
    own = path.relative_to(root).parts[0].removesuffix(".py")
    bad = []
    for name in _imports(path, root):
        room = _room(name)
        if room in LAYERS and room != own and _layer(room) >= _layer(own):
            bad.append(f"{path.relative_to(root)} imports {room}")
    return sorted(set(bad))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_or_within(path: Path) -> None:
    assert not _pointing_up_or_sideways(path)


@pytest.mark.parametrize("path", [p for p in MODULES if p.relative_to(PACKAGE).parts[0] != "cli"], ids=str)
def test_only_the_cli_imports_typer_or_rich(path: Path) -> None:
    for name in _imports(path):
        assert name.split(".")[0] not in FORBIDDEN_LIBRARIES, f"{path.name} imports {name}"


def test_the_house_test_catches_upward_and_sideways_imports(tmp_path: Path) -> None:
    """The walk sees a late import inside a function as well as a top-level or relative one."""
    root = tmp_path / "assistant"
    (root / "core").mkdir(parents=True)
    (root / "facts").mkdir()
    up = root / "core" / "up.py"
    up.write_text("def f() -> None:\n    from assistant.drafting import draft\n", encoding="utf-8")
    sideways = root / "facts" / "side.py"
    sideways.write_text("from ..checking import rules\nfrom . import model\n", encoding="utf-8")
    assert _pointing_up_or_sideways(up, root) == ["core/up.py imports drafting"]
    assert _pointing_up_or_sideways(sideways, root) == ["facts/side.py imports checking"]


def test_every_room_says_what_lives_there_and_what_it_may_import() -> None:
    for room in LAYERS:
        doc = ast.get_docstring(ast.parse((PACKAGE / room / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc) > 60, room
        if room != "core":
            assert "import" in doc, room


def test_exit_codes_are_named() -> None:
    """No bare number passed to typer.Exit or sys.exit anywhere in the package."""
    for path in MODULES:
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
    monkeypatch.delenv(config.ENV_VARS[name], raising=False)  # conftest pins the UI script
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

    from assistant.cli.main import app

    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=100)
    usage = next(line for line in result.output.splitlines() if line.startswith("用法："))
    assert not re.search(r"[a-z]{3,}", usage.split(" ".join(command), 1)[1]), usage


def _definitions(name: str) -> list[str]:
    """Modules of the package that define ``name`` at the top level (``core.text``)."""
    found = []
    for path in MODULES:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = [node.name] if isinstance(node, ast.FunctionDef | ast.ClassDef) else []
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            if name in names:
                found.append(".".join(path.relative_to(PACKAGE).with_suffix("").parts))
    return found


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("sentences", "core.text"),
        ("split_sentences", "core.text"),
        ("SENTENCE_END", "core.text"),
        ("PLACEHOLDER", "core.text"),
        ("fold", "core.text"),
        ("squeeze", "core.text"),
        ("cn_number", "core.numbers"),
        ("cn_to_int", "core.numbers"),
        ("int_to_cn", "core.numbers"),
        ("PARTS", "core.roles"),
        ("PART_NAMES", "core.roles"),
        ("LEAD_IN", "core.roles"),
    ],
)
def test_one_definition_of_each_shared_piece(name: str, module: str) -> None:
    assert _definitions(name) == [module]


@pytest.mark.parametrize(
    "name", ["sentence_spans", "normalise", "_normalise", "_SENTENCE", "_PROBLEM_CUE", "_PLAN_CUE", "CLOSING_CUE"]
)
def test_the_old_copies_are_gone(name: str) -> None:
    assert _definitions(name) in ([], ["core.roles"])


def _module_of(name: str) -> str | None:
    """``assistant.core.text.fold`` -> ``assistant.core.text`` (the module file it names)."""
    parts = name.split(".")
    while parts:
        candidate = PACKAGE.parent.joinpath(*parts)
        if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
            return ".".join(parts)
        parts.pop()
    return None


def test_no_import_circles() -> None:
    """No module reaches itself through imports, late (inside a function) or not."""
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        targets = {_module_of(n) for n in _imports(path) if n.startswith("assistant.")}
        packages = {"assistant", *(f"assistant.{room}" for room in LAYERS), "assistant.cli.commands"}
        graph[module] = {t for t in targets if t and t != module and t not in packages}
    circles = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                circles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert graph["assistant.retrieval.ingest"] >= {"assistant.retrieval.index"}  # the walk sees imports
    assert not circles


def _top_level_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for path in MODULES:
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            found = [node.name] if isinstance(node, ast.FunctionDef | ast.ClassDef) else []
            if isinstance(node, ast.Assign):
                found = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                found = [node.target.id]
            for name in found:
                names.setdefault(name, []).append(module)
    return names


def test_one_meaning_per_public_name() -> None:
    """No public class, function or constant is defined in two modules (three Items, two Spans…)."""
    twice = {n: m for n, m in _top_level_names().items() if not n.startswith("_") and n != "__all__" and len(m) > 1}
    assert not twice


@pytest.mark.parametrize(
    ("piece", "names", "home"),
    [
        ("the CJK range", ["CJK", "CJK_CHARS", "_CJK"], "core.text"),
        ("the item-number pattern", ["NUMBER_MARK", "NUMERAL", "_NUMERAL", "_ITEM_MARK_CHARS"], "core.text"),
        ("the date reader", ["When", "find_date", "read_date", "_parse_date", "parse_date_cell"], "core.dates"),
        ("the period reader", ["Period", "parse_period", "parse_span", "Span"], "core.periods"),
        ("the lead-verb list", ["LEAD_VERB", "_LEAD_VERB"], "facts.categories"),
        ("the TOML reader", ["parse_toml", "TomlError"], "core.files"),
        ("the template-variable pattern", ["VARIABLE", "_VARIABLE"], "core.prompts"),
        ("the progress type", ["Progress", "Update", "Reporter"], "core.progress"),
        ("the spreadsheet reader", ["read_sheets", "_read_xlsx", "Sheet"], "io.sheets"),
        ("the Word reader", ["open_docx", "heading_level", "read_docx_text"], "io.word"),
        ("the text decoder", ["decode_bytes", "TextForm"], "io.plain"),
        ("the rule registry", ["RULES", "register_check", "run_rules", "Finding", "LeakData"], "checking.registry"),
        ("the numbering walk", ["LEVEL_STYLES", "numbered_groups", "numbering_edits"], "checking.rules.numbering"),
        ("the settings", ["Settings", "setting"], "core.config"),
    ],
)
def test_one_definition_of_each(piece: str, names: list[str], home: str) -> None:
    """Each shared piece lives in one module; the names of its old copies are gone everywhere else."""
    defined = _top_level_names()
    for name in names:
        assert set(defined.get(name, [home])) == {home}, f"{piece}: {name} in {defined.get(name)}"


def test_no_regex_is_written_twice() -> None:
    """The same pattern compiled in two modules is one piece defined twice."""
    seen: dict[str, str] = {}
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", "") == "compile"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = str(path.relative_to(PACKAGE))
                assert seen.setdefault(node.args[0].value, where) == where, f"{node.args[0].value!r} in two modules"


def test_dispatch_is_explicit() -> None:
    """No method found by building its name (getattr(self, f"_write_{…}")): a search finds every caller."""
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "getattr" and len(node.args) >= 2:
                assert not isinstance(node.args[1], ast.JoinedStr), f"{path.name}:{node.lineno}"


def test_every_command_is_registered_with_its_error_handling() -> None:
    """Commands are registered through app.command(), which wraps each in handle_errors."""
    for path in (PACKAGE / "cli" / "commands").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert ".command(" not in text.replace("@command(", ""), path.name
