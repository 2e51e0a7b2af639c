"""llama.cpp in process, as a LangChain chat model (llama-cpp-python, an optional extra)."""

from __future__ import annotations

import atexit
import contextlib
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict

from assistant.core.errors import BackendError, InputError

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


_LOADED: list[Any] = []  # models and the log callback, kept alive until we close them at exit
_QUIET: list[Any] = []


def _silence_llama_log() -> None:
    """llama.cpp writes load details to stderr even with verbose=False; our users need none of it."""
    if _QUIET:
        return
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def _quiet(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
        return None

    llama_cpp.llama_log_set(_quiet, ctypes.c_void_p(0))
    _QUIET.append(_quiet)
    # free the models while the callback still exists: llama.cpp logs as it frees a context
    atexit.register(_close_models)


def avoid_amx() -> None:
    """Load weights without llama.cpp's extra buffer types when the CPU advertises AMX tiles.

    A build with GGML_NATIVE (pip's default) puts weights in AMX buffers on such CPUs, and a kernel or
    sandbox that does not grant the tile state kills the process with SIGILL at the first matmul
    (seen on a CI machine: ``tilezero`` in ggml_backend_amx_mul_mat). Without the extra buffers the
    plain CPU kernels run. ``ZONGJIE_LLAMA_AMX=1`` keeps them, for servers where AMX works."""
    if os.environ.get("ZONGJIE_LLAMA_AMX") == "1" or not _amx_advertised():
        return
    import llama_cpp.llama_cpp as api

    default = api.llama_model_default_params
    if getattr(default, "_zongjie_no_extra_bufts", False):
        return

    def params() -> Any:
        out = default()
        out.use_extra_bufts = False
        return out

    params._zongjie_no_extra_bufts = True  # type: ignore[attr-defined]
    params.__wrapped__ = default  # type: ignore[attr-defined]
    api.llama_model_default_params = params


def _amx_advertised() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return " amx_tile" in flags


def _close_models() -> None:
    while _LOADED:
        with contextlib.suppress(Exception):
            _LOADED.pop().close()


@lru_cache(maxsize=2)
def _load_llama(path: str, n_ctx: int) -> Any:
    try:
        from llama_cpp import Llama

        _silence_llama_log()
        avoid_amx()
    except ImportError as exc:
        raise InputError(
            "使用 llamacpp: 需要安裝 llama-cpp-python",
            hint="pip install 'zongjie[local]'（從源碼編譯，約需幾分鐘）",
        ) from exc
    try:
        model = Llama(model_path=path, n_ctx=n_ctx, n_threads=os.cpu_count() or 1, verbose=False, seed=7)
    except (ValueError, RuntimeError, OSError) as exc:
        raise BackendError(f"無法加載模型 {Path(path).name}：{exc}", hint="請確認這是完整的 .gguf 文件") from exc
    _LOADED.append(model)
    return model


class ChatLlamaCpp(BaseChatModel):
    """A chat model over ``llama_cpp.Llama.create_chat_completion`` (the GGUF's own chat format)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    llama: Any
    model_path: str
    max_tokens: int = 400
    temperature: float = 0.3

    @classmethod
    def load(cls, path: Path, max_tokens: int, n_ctx: int = 4096) -> ChatLlamaCpp:
        return cls(llama=_load_llama(str(path), n_ctx), model_path=str(path), max_tokens=max_tokens)

    @property
    def _llm_type(self) -> str:
        return "llamacpp-in-process"

    def _messages(self, messages: list[BaseMessage]) -> list[dict[str, str]]:
        return [{"role": _ROLES.get(m.type, "user"), "content": str(m.content)} for m in messages]

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        try:
            stream = self.llama.create_chat_completion(
                messages=self._messages(messages),
                stream=True,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                stop=stop,
            )
            parts = iter(stream)
            first = next(parts, None)
        except ValueError as exc:  # llama.cpp: the prompt does not fit the context window
            raise BackendError(
                f"提示詞超出了模型的上下文長度（{exc}）", hint="請換上下文更長的模型，或縮短事實條目"
            ) from exc
        for part in _chain(first, parts):
            text = part["choices"][0].get("delta", {}).get("content") or ""
            if text:
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                if run_manager:
                    run_manager.on_llm_new_token(text, chunk=chunk)
                yield chunk

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(str(c.message.content) for c in self._stream(messages, stop, run_manager))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    if first is not None:
        yield first
    yield from rest
