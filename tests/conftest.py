"""Shared fixtures: an isolated data dir per test and one real index built once per session."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .llm_helpers import MockLLM

# Fixed terminal width for rich output under CliRunner; set before the consoles are created.
os.environ["COLUMNS"] = "160"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["HF_HUB_OFFLINE"] = "1"

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_2fc0f622a3a30656.txt"


@pytest.fixture(autouse=True)
def zongjie_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir, so no test sees another's index or sessions."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ZONGJIE_HOME", str(home))
    for var in ("ZONGJIE_INDEX", "ZONGJIE_CHROMA_URL", "ZONGJIE_EMBEDDER", "ZONGJIE_LLM", "ZONGJIE_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    # the messages' script is pinned, as the width is: tests of the script choice unpin it
    monkeypatch.setenv("ZONGJIE_UI_SCRIPT", "traditional")
    # jieba's dictionary cache is slow to rebuild: share one across tests
    cache = REPO / ".pytest_cache" / "jieba"
    cache.mkdir(parents=True, exist_ok=True)
    if (cache / "jieba.cache").exists():
        shutil.copy(cache / "jieba.cache", home / "jieba.cache")
    return home


@pytest.fixture(autouse=True)
def mock_llm() -> Iterator[MockLLM]:
    """A scriptable model registered as ``--llm mock:…`` for every test (as in simonw/llm)."""
    from assistant.backends.llm import register_backend, unregister_backend

    mock = MockLLM()
    register_backend("mock", mock.backend)
    yield mock
    unregister_backend("mock")


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples ingested once with the default embedder (a real Chroma on disk)."""
    home = tmp_path_factory.mktemp("session-home")
    old = os.environ.get("ZONGJIE_HOME")
    os.environ["ZONGJIE_HOME"] = str(home)
    try:
        from assistant.retrieval.corpus import bundled_sample_files
        from assistant.retrieval.index import Index
        from assistant.retrieval.ingest import ingest

        path = home / "index"
        index = Index(path)
        ingest(index, bundled_sample_files())  # also writes the snapshot that searches read
        cache = REPO / ".pytest_cache" / "jieba"
        cache.mkdir(parents=True, exist_ok=True)
        if (home / "jieba.cache").exists():
            shutil.copy(home / "jieba.cache", cache / "jieba.cache")
    finally:
        if old is None:
            os.environ.pop("ZONGJIE_HOME", None)
        else:
            os.environ["ZONGJIE_HOME"] = old
    return path


@pytest.fixture
def index_copy(built_index: Path, zongjie_home: Path) -> Iterator[Path]:
    """A private copy of the session index, at the default location of this test's data dir."""
    target = zongjie_home / "index"
    shutil.copytree(built_index, target)
    yield target
