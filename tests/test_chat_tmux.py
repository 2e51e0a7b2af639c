"""One real terminal session: ``zongjie chat`` in tmux, driven by send-keys, read by capture-pane."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
TMUX = shutil.which("tmux")


@pytest.fixture
def terminal(
    tmp_path: Path, zongjie_home: Path, index_copy: Path
) -> Iterator[tuple[Callable[..., str], Callable[[str], None]]]:
    if TMUX is None:
        pytest.fail("tmux is not installed (.ci/run installs it)")
    sock = str(tmp_path / "tmux.sock")
    command = f"env ZONGJIE_HOME={zongjie_home} {sys.executable} -m assistant chat"
    subprocess.run([TMUX, "-S", sock, "new-session", "-d", "-s", "zj", "-x", "140", "-y", "50", command], check=True)

    def screen() -> str:
        out = subprocess.run(
            [TMUX, "-S", sock, "capture-pane", "-p", "-J", "-t", "zj", "-S", "-"], capture_output=True, text=True
        )
        return out.stdout

    seen: dict[str, int] = {}

    def wait_for(text: str, timeout: float = 60) -> str:
        """Wait for a new appearance of ``text`` (prompts repeat: 下一條 …)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            content = screen()
            if content.count(text) > seen.get(text, 0):
                seen[text] = content.count(text)
                return content
            time.sleep(0.2)
        pytest.fail(f"never saw {text!r} on the terminal:\n{screen()}")

    def send(line: str) -> None:
        if line:
            subprocess.run([TMUX, "-S", sock, "send-keys", "-t", "zj", "-l", line], check=True)
        subprocess.run([TMUX, "-S", sock, "send-keys", "-t", "zj", "Enter"], check=True)

    try:
        yield wait_for, send
    finally:
        subprocess.run([TMUX, "-S", sock, "kill-server"], capture_output=True)


def test_interview_draft_export_docx_quit(terminal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wait_for, send = terminal
    out = tmp_path / "總結.docx"
    steps = [
        ("請問是哪個單位", "翠湖社区"),
        ("總結的時段是", "2025年上半年"),
        ("總結的主題是", ""),
        ("上級單位", "翠湖街道党工委"),
        ("下一條", ""),
        ("單位類型", "社区"),
        ("選擇類別", "2"),
        ("做了什麼", "发放宣传资料1500份"),
        ("已識別：1500份", ""),
        ("選擇類別", "环境整治"),
        ("做了什麼", "清运垃圾42吨"),
        ("已識別：42吨", ""),
        ("選擇類別", ""),
        ("取得了哪些成效", ""),
        ("存在哪些問題", "部分居民参与不够"),
        ("下一條", ""),
        ("下一步有哪些計劃", "加强宣传"),
        ("下一條", ""),
        ("落款單位", ""),
        ("落款日期", ""),
        ("第 1 版", f"/导出 {out}"),
        ("已導出", "/退出"),
    ]
    for prompt, answer in steps:
        wait_for(prompt)
        send(answer)
    final = wait_for("會話已保存")
    assert "翠湖社区2025年上半年工作总结" in final  # no topic was given, so none is named
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    # the opening leads in (现将…总结如下, or an overview that leads in itself: …以下几方面工作：)
    assert "1500份" in text and "42吨" in text and ("总结如下" in text or "以下几方面工作：" in text)
