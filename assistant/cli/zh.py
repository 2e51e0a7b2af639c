"""The command line in Chinese: help pages, usage lines and Click's usage errors.

Typer's help pages and Click's messages are English, and rich cuts a long run of Chinese in a
table cell with an ellipsis. So the commands use these classes: help is laid out here (wrapped,
never truncated) and usage errors are put into Chinese before they are shown.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from rich.table import Table
from rich.text import Text
from typer.core import TyperCommand, TyperGroup

from assistant.cli.ui import err, in_user_script, out, reset
from assistant.core.clean import visible
from assistant.core.errors import ExitCode

# Click's exception classes, found through a public one (Typer vendors Click in newer releases)
_CLICK = {cls.__name__: cls for cls in typer.BadParameter.__mro__}
ClickException: type[Exception] = _CLICK["ClickException"]
HELP_OPTION_TEXT = "顯示本幫助並退出。"
TYPE_NAMES = {"path": "路徑", "str": "文字", "text": "文字", "float": "數字", "int": "整數", "integer": "整數"}


class _Chinese:
    """What the command and the group classes share: the help option, usage line and help page."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        formatter.write(usage_line(self, ctx) + "\n")

    def format_help(self, ctx: Any, formatter: Any) -> None:
        formatter.write(render_help(self, ctx))


class ZhCommand(_Chinese, TyperCommand):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["options_metavar"] = "[選項]"
        super().__init__(*args, **kwargs)


class ZhGroup(_Chinese, TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["options_metavar"] = "[選項]"
        kwargs["subcommand_metavar"] = "命令 [參數]…"
        super().__init__(*args, **kwargs)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command; usage errors are shown in Chinese (exit 2), as ours are."""
        reset()  # the locale's script, already for a help page shown before any callback runs
        run = super().main
        if not standalone_mode:
            return run(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            result = run(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except ClickException as exc:
            sys.exit(show_usage_error(exc))
        except typer.Abort:
            err().print("已中止。", style="red")
            sys.exit(ExitCode.FAILED)
        sys.exit(result if isinstance(result, int) else ExitCode.OK)


def usage_line(command: Any, ctx: Any) -> str:
    pieces = command.collect_usage_pieces(ctx)
    return f"用法：{ctx.command_path} {' '.join(pieces)}".rstrip()


def _metavar(param: Any, ctx: Any) -> str:
    if param.metavar:
        return str(param.metavar)
    if getattr(param, "is_flag", False):
        return ""
    shown = ""
    if hasattr(param, "display_type_rich"):
        shown = str(param.display_type_rich(ctx=ctx)).strip("<>").split(" ")[0]
    return TYPE_NAMES.get(shown.lower(), "值")


def _param_row(param: Any, ctx: Any) -> tuple[str, str]:
    if param.param_type_name == "argument":
        name = str(param.metavar or param.name) + ("…" if param.nargs != 1 else "")
    else:
        opts = sorted([*param.opts, *param.secondary_opts], key=lambda o: (o.startswith("--"), o))
        name = ", ".join(opts)
        metavar = _metavar(param, ctx)
        if metavar:
            name += f" {metavar}"
    notes = []
    default = param.default
    if param.required:
        notes.append("必填")
    elif default not in (None, False, "", ()) and not callable(default) and getattr(param, "show_default", True):
        notes.append(f"默認：{default}")
    help_text = " ".join((param.help or "").split())
    return name, help_text + (f"（{'；'.join(notes)}）" if notes else "")


def render_help(command: Any, ctx: Any) -> str:
    """The help page as text: usage, description, arguments, options and (for a group) commands."""
    console = out()
    body: list[Any] = [Text(usage_line(command, ctx), style="bold"), Text("")]
    if command.help:
        body += [Text(visible(command.help.strip(), keep_newlines=True)), Text("")]

    def section(title: str, rows: Sequence[tuple[str, str]]) -> None:
        if not rows:
            return
        body.append(Text(title, style="bold"))
        grid = Table.grid(padding=(0, 2))
        names = max(Text(n).cell_len for n, _ in rows)
        narrow = names > console.width // 3
        grid.add_column(no_wrap=True)
        if not narrow:
            grid.add_column(overflow="fold")
        for name, text in rows:
            if narrow:  # the option on its own line, its help indented below it
                grid.add_row(Text("  " + name, style="cyan"))
                grid.add_row(Text("      " + text, overflow="fold"))
            else:
                grid.add_row(Text("  " + name, style="cyan"), Text(text))
        body.extend([grid, Text("")])

    params = [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]
    section("參數：", [_param_row(p, ctx) for p in params if p.param_type_name == "argument"])
    section("選項：", [_param_row(p, ctx) for p in params if p.param_type_name != "argument"])
    if isinstance(command, TyperGroup):
        rows = []
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                rows.append((name, (sub.short_help or sub.help or "").strip().split("\n")[0]))
        section("命令：", rows)
    with console.capture() as captured:
        for part in body:
            console.print(part)
    text = "\n".join(line.rstrip() for line in captured.get().rstrip("\n").split("\n")) + "\n"
    return in_user_script(text)  # Click prints it past our consoles


# ------------------------------------------------------------------------------ usage errors
_DETAILS = [
    (re.compile(r"Input should be greater than or equal to (\S+)"), "應不小於 {0}"),
    (re.compile(r"Input should be less than or equal to (\S+)"), "應不大於 {0}"),
    (re.compile(r"Input should be greater than (\S+)"), "應大於 {0}"),
    (re.compile(r"Input should be less than (\S+)"), "應小於 {0}"),
    (re.compile(r"Input should be a valid (?:number|float)"), "應為數字"),
    (re.compile(r"Input should be a valid integer"), "應為整數"),
    (re.compile(r"Input should be a valid boolean"), "應為 true 或 false"),
    (re.compile(r"is not in the range (.+?)\.?$"), "應在 {0} 範圍內"),
    (re.compile(r"is not a valid (?:float|number)"), "應為數字"),
    (re.compile(r"is not a valid integer"), "應為整數"),
    (re.compile(r"is not one of (.+?)\.?$"), "應為以下之一：{0}"),
    # click.Path's checks: the path as given, and what to do
    (
        re.compile(r"^(?:File|Directory|Path) (.+) is not readable\.?$"),
        "{0} 沒有讀取權限：請檢查文件權限，或把它複製到自己的文件夾再試",
    ),
    (re.compile(r"^(?:File|Directory|Path) (.+) is not writable\.?$"), "{0} 沒有寫入權限：請換一個位置保存"),
    (re.compile(r"^(?:File|Directory|Path) (.+) does not exist\.?$"), "{0} 不存在：請檢查路徑"),
    (re.compile(r"^(?:File|Directory|Path) (.+) is a directory\.?$"), "{0} 是文件夾，這裡要一個文件"),
    (re.compile(r"^(?:File|Directory|Path) (.+) is a file\.?$"), "{0} 是文件，這裡要一個文件夾"),
]
_GENERAL = [
    (re.compile(r"No such command '(.+?)'\.(?: Did you mean (.+)\?)?"), "沒有「{0}」這個命令"),
    (re.compile(r"Got unexpected extra arguments? \((.+)\)"), "多餘的參數：{0}"),
    (re.compile(r"Got unexpected extra argument\(s\) \((.+)\)"), "多餘的參數：{0}"),
    (re.compile(r"Missing command"), "缺少命令"),
]


def _hint(exc: Any) -> str:
    param = getattr(exc, "param", None)
    if param is None:
        hint = getattr(exc, "param_hint", None)
        return " / ".join(hint) if isinstance(hint, list | tuple) else str(hint or "")
    if param.param_type_name == "argument":
        return str(param.metavar or param.name)
    return " / ".join(param.opts)


def translate(exc: Any) -> str:
    """A Click usage error in Chinese; an unknown kind keeps Click's text after a Chinese lead."""
    kind = type(exc).__name__
    message = str(getattr(exc, "message", "") or "")
    if kind == "MissingParameter":
        what = "參數" if getattr(getattr(exc, "param", None), "param_type_name", "") == "argument" else "選項"
        return f"缺少{what} {_hint(exc)}"
    if kind == "NoSuchOption":
        text = f"沒有這個選項：{exc.option_name}"
        if exc.possibilities:
            text += f"（是不是：{'、'.join(sorted(exc.possibilities))}？）"
        return text
    if kind == "BadOptionUsage":
        if "requires" in message:
            return f"選項 {exc.option_name} 後面要寫一個值"
        if "does not take a value" in message:
            return f"選項 {exc.option_name} 不接受值"
    if kind == "BadParameter":
        for pattern, template in _DETAILS:
            m = pattern.search(message)
            if m:
                return f"{_hint(exc)} 的值無效：{template.format(*m.groups())}"
        return f"{_hint(exc)} 的值無效（{message}）"
    for pattern, template in _GENERAL:
        m = pattern.search(message)
        if m:
            text = template.format(*m.groups())
            suggestion = m.groups()[1] if len(m.groups()) > 1 and m.groups()[1] else None
            return text + (f"（是不是 {suggestion.replace(chr(39), '')}？）" if suggestion else "")
    return f"用法錯誤（{exc.format_message()}）"


def show_usage_error(exc: Any) -> int:
    """Print a usage error in Chinese on stderr; the exit code to end with."""
    ctx = getattr(exc, "ctx", None)
    console = err()
    if type(exc).__name__ == "NoArgsIsHelpError":
        out().file.write(str(getattr(exc, "message", "")).rstrip("\n") + "\n")
        return int(getattr(exc, "exit_code", ExitCode.USAGE))
    console.print(Text("錯誤：", style="bold red") + Text(visible(translate(exc))), soft_wrap=True)
    if ctx is not None:
        console.print(Text(visible(usage_line(ctx.command, ctx))), soft_wrap=True)
    command_path = visible(ctx.command_path) if ctx is not None else "zongjie"
    console.print(Text(f"運行 {command_path} --help 查看說明。"), soft_wrap=True)
    return int(getattr(exc, "exit_code", ExitCode.USAGE))
