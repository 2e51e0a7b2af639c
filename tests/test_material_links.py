"""``facts extract`` reads nothing outside the folder the user named (issue 22, item 7): a file
link in a materials folder that points outside it, or nowhere, is reported by name and not read;
a link to a file inside the folder is read as that file; a FIFO named as a material is refused
without blocking."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .cli_helpers import assert_clean, invoke

SECRET = "居委会主任挪用专项资金20万元"
GOOD = "# 甲社区2025年3月工作月报\n## 一、主要工作\n3月5日开展垃圾分类宣传，发放资料120份。\n"


def _folder(tmp: Path) -> tuple[Path, Path]:
    (tmp / "outside").mkdir(exist_ok=True)
    secret = tmp / "outside" / "private_notes.txt"
    secret.write_text(f"## 一、主要工作\n3月8日{SECRET}。\n", "utf-8")
    folder = tmp / "materials"
    folder.mkdir(exist_ok=True)
    (folder / "月报.md").write_text(GOOD, "utf-8")
    return folder, secret


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(["附件.txt", "passwd.txt", "记录.md", "台账.csv", "sub/深处.txt"]),
    target=st.sampled_from(["secret", "relative", "etc", "dangling", "loop"]),
)
def test_a_link_out_of_the_folder_is_named_and_not_read(tmp_path: Path, name: str, target: str) -> None:
    tmp_path = Path(tempfile.mkdtemp(dir=tmp_path))  # one folder per generated case
    folder, secret = _folder(tmp_path)
    link = folder / name
    link.parent.mkdir(exist_ok=True)
    if link.is_symlink():
        link.unlink()
    to = {
        "secret": str(secret),
        "relative": os.path.relpath(secret, link.parent),
        "etc": "/etc/passwd",
        "dangling": "nowhere.txt",
        "loop": link.name,
    }[target]
    os.symlink(to, link)
    out = tmp_path / f"facts-{target}.yaml"
    result = invoke(["facts", "extract", str(folder), "-o", str(out), "--force"])
    assert_clean(result.output, result.exit_code, (0, 1))
    written = out.read_text("utf-8") if out.exists() else ""
    for text in (result.output, written):
        assert "挪用" not in text and "root:" not in text
    assert link.name in result.output and "鏈接" in result.output, result.output
    assert "120份" in written  # the good file is still read


def test_a_link_inside_the_folder_is_read(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    os.symlink("月报.md", folder / "同一份.md")
    out = tmp_path / "facts.yaml"
    result = invoke(["facts", "extract", str(folder), "-o", str(out)])
    assert_clean(result.output, result.exit_code, (0, 1))
    assert "鏈接" not in result.output and "120份" in out.read_text("utf-8")


def test_a_fifo_named_as_a_material_does_not_block(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "facts.yaml"
    result = invoke(["facts", "extract", str(folder), str(fifo), "-o", str(out)], timeout=30)
    assert_clean(result.output, result.exit_code, (0, 1))
    assert "pipe.txt" in result.output and "不是普通文件" in result.output
    assert "120份" in out.read_text("utf-8")
