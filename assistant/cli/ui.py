"""The terminal: consoles, the one escaping helper for user text, and small rendering helpers.

Only rich is imported here: this module is loaded by ``zongjie --help`` and ``zongjie check``.
Domain and workflow modules never import it; the commands pass what they need (a reporter, a
view) into them.

Every piece of user text (a path, a key, a category, an answer) that goes into a rich markup
string goes through :func:`esc`: rich would read ``[/b]`` as markup (and fail) or ``[check]`` as
a style (and drop it), and a terminal would obey ``\\x1b[2J``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from assistant.core.clean import visible

_consoles: dict[str, Console] = {}


class _Script:
    """The script the user reads: ``decided`` once a setting or the locale says so; else the
    facts' script when a command learns it; else Traditional (the project's first users')."""

    def __init__(self) -> None:
        self.script = "traditional"
        self.decided = False
        self.kept: set[str] = set()  # the user's own words: never converted


_ui = _Script()
_LOCALE_SCRIPT = {"zh_cn": "simplified", "zh_sg": "simplified", "zh_hans": "simplified"}
_LOCALE_SCRIPT |= {"zh_tw": "traditional", "zh_hk": "traditional", "zh_mo": "traditional", "zh_hant": "traditional"}


def reset(setting: str | None = None) -> None:
    """New consoles for a new invocation (the current streams and width), and the script of its
    messages: the ``ui_script`` setting, else the locale (LC_ALL, LC_MESSAGES, LANG)."""
    import os

    _consoles.clear()
    _ui.__init__()  # type: ignore[misc]
    chosen = (setting or "").strip().lower()
    if chosen in ("simplified", "traditional"):
        _ui.script, _ui.decided = chosen, True
        return
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = _locale_key(os.environ.get(var, ""))
        if value:
            if value in _LOCALE_SCRIPT:
                _ui.script, _ui.decided = _LOCALE_SCRIPT[value], True
            return  # the first locale variable set is the one that counts
    # no locale variable at all, as on Windows: the system's own locale names the script
    # (「Chinese (Simplified)_China」, 「zh_CN」); a mainland PC showed every message in Traditional
    system = _system_locale()
    if system:
        _ui.script, _ui.decided = system, True


def _locale_key(name: str) -> str:
    """zh_CN.UTF-8, zh-cn → zh_cn."""
    return name.split(".")[0].replace("-", "_").lower()


def _system_locale() -> str | None:
    import locale

    try:
        name = (locale.getlocale()[0] or "").lower()
    except ValueError:  # an unknown locale name
        return None
    key = _locale_key(name)
    if key in _LOCALE_SCRIPT:
        return _LOCALE_SCRIPT[key]
    if "chinese" in name:
        return "traditional" if re.search(r"traditional|taiwan|hong kong|macao", name) else "simplified"
    return None


def prefer(script: str) -> None:
    """The facts' script, for messages, when neither a setting nor the locale chose one."""
    if not _ui.decided and script in ("simplified", "traditional"):
        _ui.script = script


def keep(words: Sequence[str]) -> None:
    """The user's own words (names, items, file names): shown as written, whatever the script."""
    _ui.kept.update(w for w in words if w)


def ui_script() -> str:
    return _ui.script


def in_user_script(text: str) -> str:
    """Our words in the user's script, theirs as written (for text printed past the consoles)."""
    if _ui.script == "simplified" and text:
        from assistant.core.script import convert_keeping

        return convert_keeping(text, "simplified", _ui.kept)
    return text


class _Scripted:
    """A stream whose text is shown in the user's script: our words converted, theirs kept."""

    def __init__(self, name: str) -> None:
        self._name = name

    def _stream(self) -> Any:
        return getattr(sys, self._name)

    def write(self, text: str) -> int:
        return int(self._stream().write(in_user_script(text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream(), name)


def out() -> Console:
    if "out" not in _consoles:
        _consoles["out"] = Console(file=_Scripted("stdout"), highlight=False)  # type: ignore[arg-type]
    return _consoles["out"]


def err() -> Console:
    if "err" not in _consoles:
        _consoles["err"] = Console(file=_Scripted("stderr"), highlight=False, stderr=True)  # type: ignore[arg-type]
    return _consoles["err"]


def write_content(text: str) -> None:
    """The user's own content (a draft, a facts file): written as it is, never converted."""
    sys.stdout.write(text)


_LONE_BRACKET = re.compile(r"(\\+)\[(?![a-z#/@][^[]*?\])")


def esc(value: object) -> str:
    """User text for a rich markup string: markup escaped, control characters made visible."""
    # rich turns every \[ outside a tag into [ but escape() leaves a \[ that starts no tag
    # as it is: one more backslash keeps the user's (前\[後 prints as itself)
    return _LONE_BRACKET.sub(lambda m: m.group(1) + "\\[", escape(visible(str(value))))


def error(message: str) -> None:
    """An error message (our words with user text in it): never read as markup."""
    err().print(Text("錯誤：", style="bold red") + Text(visible(message, keep_newlines=True)), soft_wrap=True)


def warn(message: str) -> None:
    err().print(Text(visible(message, keep_newlines=True), style="yellow"), soft_wrap=True)


def info(markup: str) -> None:
    """A message on stderr, written as markup; user text in it must go through :func:`esc`."""
    err().print(markup, soft_wrap=True)


def print_json(data: Any) -> None:
    """JSON on stdout, UTF-8 and unescaped so Chinese stays readable in scripts too."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


class ScreenReporter:
    """What a long task reports on: notes and a rich progress bar on stderr (or nothing, quietly)."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled

    def note(self, message: str) -> None:
        if self.enabled:
            err().print(Text(visible(message, keep_newlines=True)), soft_wrap=True)

    @contextmanager
    def progress(self, description: str) -> Iterator[Callable[[str, int, int], None]]:
        """A progress bar; yields ``update(label, done, total)``."""
        if not self.enabled:
            yield lambda _label, _done, _total: None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[label]}", markup=False),
            TimeElapsedColumn(),
            console=err(),
            transient=True,
        ) as progress:
            task = progress.add_task(description, total=None, label="")

            def update(label: str, done: int, total: int) -> None:
                progress.update(task, completed=done, total=total, label=visible(label))

            yield update


def show_records(
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[dict[str, str]],
    keep: Sequence[str] = (),
    console: Console | None = None,
    long: str | None = None,
) -> None:
    """Rows as a table when it fits the terminal, else as one block per row; never truncated.

    ``columns`` are (key, heading); the ``keep`` columns hold what a user copies (IDs, URLs,
    variable names): they are never broken across lines, so a narrow terminal gets blocks.
    A ``long`` column (a passage) needs half the terminal, or the rows become blocks.
    """
    from rich.table import Table

    console = console or out()
    widths = {
        key: max([Text(label).cell_len] + [Text(r.get(key, "")).cell_len for r in rows]) for key, label in columns
    }
    needed = sum(widths[k] if k in keep else min(widths[k], 8) for k, _ in columns) + 3 * len(columns) + 1
    if long is not None:
        needed += console.width // 2
    if needed <= console.width:
        table = Table(title=Text(visible(title)), title_justify="left")
        for key, label in columns:
            if key in keep:
                table.add_column(label, no_wrap=True, min_width=widths[key])
            else:
                table.add_column(label, overflow="fold")
        for r in rows:
            table.add_row(*(Text(visible(r.get(key, ""), keep_newlines=True)) for key, _ in columns))
        console.print(table)
        return
    console.print(Text(visible(title), style="bold"))
    first, *rest = columns
    for r in rows:
        console.print(Text(visible(r.get(first[0], "")), style="bold"), soft_wrap=True)
        for key, label in rest:
            if r.get(key):
                value = Text(visible(r[key], keep_newlines=key not in keep))
                console.print(Text(f"  {label}：") + value, soft_wrap=key in keep)


class WritingDisplay:
    """Shows a model writing: tokens stream into a rich Live panel in a terminal; elsewhere only
    one line per section (accepted, retried, or handed to the template writer) goes to stderr."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.console = err()
        self.live_mode = enabled and self.console.is_terminal
        self._live: Any = None
        self._heading = ""
        self._buffer = ""

    def __enter__(self) -> WritingDisplay:
        if self.live_mode:
            from rich.live import Live

            self._live = Live("", console=self.console, refresh_per_second=8, transient=True)
            self._live.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.__exit__(*exc)
            self._live = None

    def _render(self) -> Any:
        from rich.panel import Panel

        body = Text(visible(self._buffer[-800:], keep_newlines=True) or "…")
        return Panel(body, title=Text(f"正在寫：{visible(self._heading)}"), title_align="left")

    def on_token(self, _key: str, text: str) -> None:
        if self._live is not None:
            self._buffer += text
            self._live.update(self._render())

    def on_event(self, key: str, event: str, detail: str) -> None:
        if not self.enabled:
            return
        label = esc(self._heading)
        if event in ("start", "retry"):
            self._heading = detail or {"opening": "開頭", "closing": "結尾"}.get(key, key)
            self._buffer = ""
            if event == "retry":
                self.console.print(f"[yellow]↻ {esc(self._heading)}：不符合要求，重寫一次[/]")
            if self._live is not None:
                self._live.update(self._render())
        elif event == "accepted":
            self.console.print(f"[green]✓ {label}[/]（模型）")
        elif event == "fallback":
            self.console.print(f"[yellow]↺ {label}：改用模板寫作（{esc(detail)}）[/]")
