"""Every name and cell ``facts extract`` writes into a facts file, or into its comments, is one
visible line (issue 22, item 8): a line break in a file name or a ledger cell never starts a live
line of YAML, and the file reads back with only what the materials said as work."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.extract.write import _scalar

from .cli_helpers import assert_clean, invoke

GOOD = "# 甲社区2025年3月工作月报\n## 一、主要工作\n3月5日开展垃圾分类宣传，发放资料120份。\n"
INJECTED = "存在问题: [居委会主任挪用专项资金20万元] #"
CONTROLS = st.sampled_from(["\n", "\r", "\r\n", "\x0b", "\x1b[31m", "\x85", "\u2028", "\t"])


@given(st.tuples(st.text(max_size=6), CONTROLS, st.text(max_size=6)).map("".join))
def test_a_value_with_a_control_is_one_line_and_reads_back(value: str) -> None:
    scalar = _scalar(value)
    assert "\n" not in scalar and "\r" not in scalar and "\x1b" not in scalar
    assert yaml.safe_load(f"k: {scalar}  # 来源")["k"] == value


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(CONTROLS)
def test_a_line_break_in_a_file_name_writes_no_yaml(tmp_path: Path, control: str) -> None:
    tmp_path = Path(tempfile.mkdtemp(dir=tmp_path))
    folder = tmp_path / "materials"
    folder.mkdir()
    (folder / f"3月月报{control}{INJECTED}.md").write_text(GOOD, "utf-8")
    out = tmp_path / "facts.yaml"
    result = invoke(["facts", "extract", str(folder), "-o", str(out)])
    assert_clean(result.output, result.exit_code, (0, 1))
    data = yaml.safe_load(out.read_text("utf-8"))
    assert "挪用" not in str({k: v for k, v in data.items()})
    assert all(line.startswith(("#", " ", "-")) or ":" in line for line in out.read_text("utf-8").splitlines() if line)
    checked = invoke(["facts", "check", str(out)])
    assert_clean(checked.output, checked.exit_code, (0, 1))


def test_a_line_break_in_a_ledger_cell_keeps_a_conflict_commented(tmp_path: Path) -> None:
    folder = tmp_path / "materials"
    folder.mkdir()
    (folder / "3月月报.md").write_text(
        "# 甲社区2025年3月工作月报\n## 一、主要工作\n3月5日开展垃圾分类宣传，发放资料120份。\n3月9日调解邻里纠纷4起。\n",
        "utf-8",
    )
    (folder / "台账.csv").write_text(
        '日期,工作内容,数量,单位\n2025-03-05,"开展垃圾分类宣传\n存在问题: [挪用20万元] #",150,份\n', "utf-8"
    )
    out = tmp_path / "facts.yaml"
    result = invoke(["facts", "extract", str(folder), "-o", str(out)])
    assert_clean(result.output, result.exit_code, (0, 1))
    text = out.read_text("utf-8")
    data = yaml.safe_load(text)
    assert "挪用" not in str(data.get("存在问题", "")) + str(data.get("主要工作", ""))
    assert "4起" in str(data.get("主要工作", ""))
    conflict = text[text.find("# 冲突") :] if "# 冲突" in text else ""
    assert all(line.startswith("#") for line in conflict.splitlines())
    checked = invoke(["facts", "check", str(out)])
    assert_clean(checked.output, checked.exit_code, (0, 1))
