"""Where things live (data dir, bundled samples and prompts) and the user's config file.

The config file is TOML at ``$ZONGJIE_HOME/config.toml`` (or ``$ZONGJIE_CONFIG``)::

    llm = "deepseek:deepseek-chat"
    embedder = "e5-small"
    prompts = "/path/to/my/prompts"
    [check]
    missing-closing = "error"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.core.errors import InputError
from assistant.core.files import parse_toml, reason

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # assistant/, above core/
DEFAULT_EMBEDDER = "e5-small"


def _resource_dir(name: str) -> Path:
    """A bundled folder: inside the wheel (``assistant/_data/NAME``) or, from a checkout, the repo's top level."""
    installed = PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / name


def samples_dir() -> Path:
    return _resource_dir("samples")


def prompts_dir() -> Path:
    return _resource_dir("prompts")


def vectors_dir() -> Path:
    """The bundled samples' chunk vectors (made by tools/sample_vectors.py)."""
    return _resource_dir("vectors")


def data_dir() -> Path:
    """The user data dir for the index and sessions; ``ZONGJIE_HOME`` overrides it."""
    env = os.environ.get("ZONGJIE_HOME")
    if env:
        path = Path(env).expanduser()
        where = f"數據目錄 {path}（環境變量 ZONGJIE_HOME）"
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("zongjie", appauthor=False))
        where = f"數據目錄 {path}"
    return ensure_dir(path, where)


def ensure_dir(path: Path, where: str) -> Path:
    """Create a folder we keep data in; a file in its place or no permission is the user's to fix."""
    if path.exists() and not path.is_dir():
        raise InputError(f"{where} 不是文件夾", hint="請改用一個文件夾的路徑")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from assistant.core.files import reason

        raise InputError(f"無法創建{where}（{reason(exc)}）") from exc
    return path


def default_index_dir() -> Path:
    return data_dir() / "index"


def sessions_dir() -> Path:
    return ensure_dir(data_dir() / "sessions", "會話目錄")


def config_path() -> Path:
    env = os.environ.get("ZONGJIE_CONFIG")
    return Path(env).expanduser() if env else data_dir() / "config.toml"


@dataclass(frozen=True)
class Config:
    llm: str | None = None
    embedder: str | None = None
    prompts: str | None = None
    index: str | None = None
    chroma_url: str | None = None
    ui_script: str | None = None  # simplified | traditional: the messages' script
    check: dict[str, str] = field(default_factory=dict)


_KNOWN_KEYS = {"llm", "embedder", "prompts", "index", "chroma_url", "ui_script", "check"}


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> Config:
    try:
        raw: dict[str, Any] = parse_toml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"無法讀取配置文件 {path}：{reason(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"無法讀取配置文件 {path}：不是 UTF-8 編碼", hint="請用記事本另存為 UTF-8 編碼再試") from exc
    except ValueError as exc:  # TomlError
        raise InputError(f"配置文件 {path} 格式錯誤：{exc}") from exc
    unknown = sorted(set(raw) - _KNOWN_KEYS)
    if unknown:
        raise InputError(
            f"配置文件 {path} 中有未知的鍵：{', '.join(unknown)}",
            hint=f"可用的鍵：{', '.join(sorted(_KNOWN_KEYS))}",
        )
    check = raw.get("check", {})
    if not isinstance(check, dict) or not all(isinstance(v, str) for v in check.values()):
        raise InputError(f"配置文件 {path}：[check] 應為「規則 = 嚴重程度」的表")
    values = {k: raw[k] for k in ("llm", "embedder", "prompts", "index", "chroma_url", "ui_script") if k in raw}
    for key, value in values.items():
        if not isinstance(value, str):
            raise InputError(f"配置文件 {path}：{key} 應為字符串")
    return Config(check=dict(check), **values)


# Every setting: the command-line option, else its environment variable, else the config file.
ENV_VARS = {
    "llm": "ZONGJIE_LLM",
    "embedder": "ZONGJIE_EMBEDDER",
    "prompts": "ZONGJIE_PROMPTS",
    "index": "ZONGJIE_INDEX",
    "chroma_url": "ZONGJIE_CHROMA_URL",
    "ui_script": "ZONGJIE_UI_SCRIPT",
}


def setting(name: str, option: object = None) -> str | None:
    """A setting's value by the one precedence: option > environment > config file > None."""
    if option is not None and str(option) != "":
        return str(option)
    env = os.environ.get(ENV_VARS[name], "").strip()
    if env:
        return env
    value: str | None = getattr(load_config(), name)
    return value


def load_config() -> Config:
    path = config_path()
    if not path.is_file():
        return Config()
    return _load(path, path.stat().st_mtime)


@dataclass(frozen=True)
class Settings:
    """Every setting of one command, resolved once when it starts (option > environment > config
    file > default) and passed down; nothing below the command looks a setting up again."""

    llm: str | None = None  # None: the template writer
    embedder: str | None = None  # None: the one the index was built with, else DEFAULT_EMBEDDER
    prompts: str | None = None
    index: str | None = None
    chroma_url: str | None = None
    check: dict[str, str] = field(default_factory=dict)  # the [check] table: rule -> severity

    @classmethod
    def resolve(
        cls,
        *,
        llm: str | None = None,
        embedder: str | None = None,
        prompts: object = None,
        index: object = None,
        chroma_url: str | None = None,
    ) -> Settings:
        return cls(
            llm=setting("llm", llm),
            embedder=setting("embedder", embedder),
            prompts=setting("prompts", prompts),
            index=setting("index", index),
            chroma_url=setting("chroma_url", chroma_url),
            check=dict(load_config().check),
        )

    @property
    def prompts_dir(self) -> Path | None:
        return Path(self.prompts) if self.prompts else None
