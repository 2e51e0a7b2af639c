"""Prompt and phrase files under ``prompts/``: text with ``$variables``.

A user can point ``--prompts DIR`` (or ``ZONGJIE_PROMPTS``, or ``prompts`` in the config) at a
folder of their own whose files override the bundled ones by name. A text file replaces the
bundled one; a TOML file is merged over it, so ``phrases.toml`` with only ``[title]`` changes
the titles and keeps every other phrase. A missing variable is an error that names it.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.core.config import prompts_dir
from assistant.core.errors import InputError
from assistant.core.files import parse_toml, reason

# The one template-variable pattern: $name or ${name} ($$ is a dollar sign)
VARIABLE = re.compile(r"\$(?:\{([_a-zA-Z][_a-zA-Z0-9]*)\}|([_a-zA-Z][_a-zA-Z0-9]*))")
_DATA_BLOCK = re.compile(r"<<<[^<>]*>>>")  # where a prompt puts the data it quotes


class PromptError(InputError):
    pass


def find_prompt(name: str, override: Path | str | None = None) -> Path:
    """The file ``name`` from the user's folder if it has one, else the bundled one."""
    if override:
        folder = Path(override).expanduser()
        if not folder.is_dir():
            raise PromptError(f"提示詞目錄 {folder} 不存在")
        candidate = folder / name
        if candidate.is_file():
            return candidate
    bundled = prompts_dir() / name
    if not bundled.is_file():
        raise PromptError(f"找不到提示詞文件 {name}")
    return bundled


def variables_of(template: str) -> set[str]:
    return {a or b for a, b in VARIABLE.findall(template.replace("$$", ""))}


def own_words(template: str) -> str:
    """A template's own words: its variables and data blocks taken out (each leaves a line break)."""
    return _DATA_BLOCK.sub("\n", VARIABLE.sub("\n", template))


def render(template: str, variables: dict[str, Any], name: str = "模板") -> str:
    """Substitute ``$variables``; a variable the template needs but is not given is an error."""
    missing = sorted(variables_of(template) - set(variables))
    if missing:
        raise PromptError(f"{name} 缺少變量：{'、'.join('$' + m for m in missing)}")
    try:
        return string.Template(template).substitute({k: str(v) for k, v in variables.items()})
    except ValueError as exc:  # a stray "$" not followed by a name
        raise PromptError(f"{name} 中有無效的 $ 用法（寫 $$ 表示美元符號）：{exc}") from exc


def load_text(name: str, override: Path | str | None = None) -> str:
    path = find_prompt(name, override)
    return _read(path, path.stat().st_mtime)


@lru_cache(maxsize=64)
def _read(path: Path, _mtime: float) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(f"無法讀取提示詞文件 {path}：{reason(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise PromptError(f"無法讀取提示詞文件 {path}：不是 UTF-8 編碼，請另存為 UTF-8 再試") from exc


def render_file(name: str, variables: dict[str, Any], override: Path | str | None = None) -> str:
    return render(load_text(name, override), variables, name)


def load_toml(name: str, override: Path | str | None = None) -> dict[str, Any]:
    """The bundled TOML file, with the user's file of that name (if any) merged over it."""
    data = _load_toml_file(find_prompt(name))
    own = find_prompt(name, override)
    return merge(data, _load_toml_file(own)) if own != find_prompt(name) else data


def _load_toml_file(path: Path) -> dict[str, Any]:
    try:
        return parse_toml(_read(path, path.stat().st_mtime))
    except ValueError as exc:  # TomlError
        raise PromptError(f"{path} 格式錯誤：{exc}") from exc


def merge(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """``own`` over ``base``: tables merge key by key, any other value replaces."""
    out = dict(base)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out
