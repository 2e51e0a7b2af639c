"""Facts files written to break the parser, and generated variants of each: every one ends in
facts or in a Chinese InputError naming the file, field or line, fast, with nothing lost."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.clean import BIDI, LINE_BREAKS, clean_item, is_control
from assistant.core.errors import InputError
from assistant.facts.model import Facts, load_facts

from .cli_helpers import assert_clean, run_cli

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
HEAD = "community: 甲社區\nperiod: 2024年\n"
WORK = "work:\n  宣傳:\n    - 發放資料100份\n"
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


def _load(tmp_path: Path, name: str, text: str | bytes) -> Facts:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return load_facts(path)


def _error(tmp_path: Path, name: str, text: str) -> str:
    with pytest.raises(InputError) as info:
        _load(tmp_path, name, text)
    assert name in info.value.message
    return info.value.message


# ------------------------------------------------------------------------------ anything at all
def _facts_or_input_error(tmp_path: Path, text: str, fmt: str) -> None:
    try:
        facts = _load(tmp_path, f"any.{fmt}", text.encode("utf-8", "surrogatepass"))
    except InputError as exc:
        assert f"any.{fmt}" in exc.message
    else:
        assert facts.community and facts.work


FORMAT = st.sampled_from(["yaml", "json", "toml"])
TOKENS = [*list(":-[]{}&*!|>'\"%@`#,\n\t =.0123456789eE+xnaif"), "宣傳", "單位", "時段", "work", "- ", "  ", "---"]


@FAST
@given(text=st.text(max_size=300), fmt=FORMAT)
def test_any_text_is_facts_or_an_input_error(tmp_path: Path, text: str, fmt: str) -> None:
    _facts_or_input_error(tmp_path, text, fmt)


@FAST
@given(text=st.lists(st.sampled_from(TOKENS), max_size=80).map("".join), fmt=FORMAT)
def test_text_full_of_syntax_is_facts_or_an_input_error(tmp_path: Path, text: str, fmt: str) -> None:
    _facts_or_input_error(tmp_path, text, fmt)


# ------------------------------------------------------------------------------ dates
def _invalid_dates() -> st.SearchStrategy[tuple[int, int, int]]:
    def invalid(ymd: tuple[int, int, int]) -> bool:
        try:
            dt.date(*ymd)
        except ValueError:
            return True
        return False

    return st.tuples(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)).filter(invalid)


@FAST
@given(ymd=_invalid_dates(), pad=st.booleans())
def test_impossible_dates_name_the_field_and_line(tmp_path: Path, ymd: tuple[int, int, int], pad: bool) -> None:
    y, m, d = ymd
    text = f"{y:04d}-{m:02d}-{d:02d}" if pad else f"{y:04d}-{m}-{d}"
    message = _error(tmp_path, "d.yaml", HEAD + f"date: {text}\n" + WORK)
    assert "第3行" in message and "date" in message and text in message
    message = _error(tmp_path, "d.json", json.dumps({"community": "甲", "period": "2024", "date": text}))
    assert "date" in message
    toml = _error(tmp_path, "d.toml", f'community = "甲"\nperiod = "2024"\ndate = {text}\n')
    assert "第3行" in toml


def test_the_issue_date_and_dates_elsewhere(tmp_path: Path) -> None:
    assert "「2024-13-45」不是有效的日期" in _error(tmp_path, "a.yaml", HEAD + "date: 2024-13-45\n" + WORK)
    # as a period, a key or an item it is only text
    facts = _load(tmp_path, "b.yaml", "community: 甲\nperiod: 2024-13-45\nwork:\n  2024-13-45:\n    - 2024-13-45\n")
    assert facts.period == "2024-13-45" and facts.work == {"2024-13-45": ["2024-13-45"]}
    good = _load(tmp_path, "c.json", json.dumps({"community": "甲", "period": "2024", "date": "2024-07-05"} | W))
    assert good.date == "2024年7月5日"


W = {"work": {"宣傳": ["發放資料100份"]}}


# ------------------------------------------------------------------------------ nesting and size
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(depth=st.integers(500, 100_000), shape=st.sampled_from(["json[", "json{", "yaml[", "yaml{", "toml["]))
def test_deep_nesting_is_refused(tmp_path: Path, depth: int, shape: str) -> None:
    fmt, bracket = shape[:-1], shape[-1]
    if bracket == "[":
        nest = "[" * depth + "1" + "]" * depth
    else:
        nest = ('{"a": ' if fmt == "json" else "{a: ") * depth + "1" + "}" * depth
    if fmt == "json":
        text = '{"community": "甲", "period": "2024", "work": {"a": ' + nest + "}}"
    elif fmt == "yaml":
        text = HEAD + "work:\n  a: " + nest + "\n"
    else:
        text = 'community = "甲"\nperiod = "2024"\n[work]\na = ' + nest + "\n"
    _error(tmp_path, f"deep.{fmt}", text)


def test_the_issue_nesting(tmp_path: Path) -> None:
    assert "嵌套層次過深" in _error(tmp_path, "n.json", "[" * 100_000)


def _laughs(levels: int, fanout: int) -> str:
    lines = ['a0: &a0 ["lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * fanout) + "]")
    return HEAD + "\n".join(lines) + "\n"


@FAST
@given(levels=st.integers(2, 12), fanout=st.integers(2, 12))
def test_alias_expansion_is_bounded(tmp_path: Path, levels: int, fanout: int) -> None:
    message = _error(tmp_path, "laughs.yaml", _laughs(levels, fanout))
    # small expansions reach the validation (a0 is no field); big ones stop before it
    assert "展開後內容過大" in message or "別名" in message or "不是可識別的字段" in message


def test_billion_laughs_finishes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "laughs.yaml"
    path.write_text(_laughs(10, 10), encoding="utf-8")
    done = run_cli(["facts", "check", str(path)], timeout=20)
    output = done.stderr.decode()
    assert_clean(output, done.returncode, (2,))
    assert "laughs.yaml" in output and "展開後內容過大" in output


def test_long_integers_stay_text(tmp_path: Path) -> None:
    digits = "9" * 5000
    facts = _load(tmp_path, "big.yaml", HEAD + f"work:\n  宣傳:\n    - {digits}\n")
    assert facts.work["宣傳"] == [digits]
    facts = _load(
        tmp_path,
        "big.json",
        json.dumps({"community": "甲", "period": "2024", "author": "X"} | W).replace('"X"', digits),
    )
    assert facts.author == digits
    # numbers keep the form they were written in
    facts = _load(tmp_path, "n.yaml", HEAD + "work:\n  宣傳:\n    - 0x10\n    - 1.50\n    - 1_000\n")
    assert facts.work["宣傳"] == ["0x10", "1.50", "1_000"]


# ------------------------------------------------------------------------------ numbers that are not text
@pytest.mark.parametrize("field", ["community", "period", "topic", "author"])
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e309", "-1e999"])
def test_json_non_finite_numbers_are_not_text(tmp_path: Path, field: str, value: str) -> None:
    data = {"community": "甲", "period": "2024"} | W | {field: "__X__"}
    text = json.dumps(data).replace('"__X__"', value)
    message = _error(tmp_path, "nan.json", text)
    assert field in message and "NaN" in message


@pytest.mark.parametrize("value", [".nan", ".inf", "-.Inf", ".NAN"])
def test_yaml_non_finite_numbers_are_not_text(tmp_path: Path, value: str) -> None:
    assert "community" in _error(tmp_path, "nan.yaml", f"community: {value}\nperiod: 2024\n" + WORK)


# ------------------------------------------------------------------------------ control characters
CONTROLS = st.one_of(
    st.characters(categories=["Cc"]).filter(lambda c: c not in LINE_BREAKS and c != "\t"),
    st.sampled_from(list(BIDI + "\ufeff")),
)


@FAST
@given(
    controls=st.lists(CONTROLS, min_size=1, max_size=5), where=st.integers(0, 8), fmt=st.sampled_from(["json", "yaml"])
)
def test_control_characters_are_removed_and_counted_never_the_text(
    tmp_path: Path, controls: list[str], where: int, fmt: str
) -> None:
    item = "發放資料100份，張貼海報20張"
    dirty = item[:where] + "".join(controls) + item[where:]
    name = "甲" + controls[0] + "社區"
    data = {"community": name, "period": "2024年", "work": {"宣" + controls[-1] + "傳": [dirty]}}
    text = json.dumps(data)  # JSON is YAML too: both parsers read the \u escapes
    facts = _load(tmp_path, f"c.{fmt}", text)
    assert facts.work == {"宣傳": [item]} and facts.community == "甲社區"
    assert not any(is_control(c) for c in facts.all_text())
    removed = [n for n in facts.notes if "控制字符" in n]
    assert sum(int(n.split("刪除了 ")[1].split(" ")[0]) for n in removed) == len(controls) + 2


def test_the_issue_control_characters(tmp_path: Path) -> None:
    data = {
        "community": "甲社區",
        "period": "2024年",
        "work": {"宣傳": ["清屏\x1b[2J發放資料100份", "發放\x00宣傳冊200份"]},
    }
    facts = _load(tmp_path, "c.json", json.dumps(data))
    assert facts.work["宣傳"] == [
        "清屏發放資料100份",
        "發放宣傳冊200份",
    ]  # the sequence whole; the NUL drops nothing after it
    assert len(facts.notes) == 2


LINE = st.sampled_from(list(LINE_BREAKS))


@FAST
@given(
    parts=st.lists(
        st.sampled_from(["---", "# 注入的標題", "一、偽造的章節", "## 二級", "發放100份", "> 引用"]), min_size=2
    ),
    breaks=st.lists(LINE, min_size=1),
)
def test_an_item_is_one_line_whatever_it_holds(tmp_path: Path, parts: list[str], breaks: list[str]) -> None:
    item = "".join(p + breaks[i % len(breaks)] for i, p in enumerate(parts))
    data = {"community": "甲", "period": "2024", "work": {"宣傳": [item]}, "problems": [item]}
    facts = _load(tmp_path, "l.json", json.dumps(data))
    for field, text in (("work", facts.work["宣傳"][0]), ("problems", facts.problems[0])):
        assert not any(c in text for c in LINE_BREAKS)
        assert not clean_item(text)[1]  # nothing left at its start that reads as a heading or number
        # nothing dropped: what the notes say was taken off the start, then the text, is the item
        said = [re.search("「(.*)」", n).group(1) for n in facts.notes if n.startswith(field)]  # type: ignore[union-attr]
        assert ("".join(said) + text).replace(" ", "") == "".join(parts).replace(" ", "")


# ------------------------------------------------------------------------------ duplicate keys
NAMES = st.lists(st.text(CJK, min_size=1, max_size=4), min_size=2, max_size=6, unique=True)


@FAST
@given(names=NAMES, data=st.data())
def test_duplicate_categories_name_both_lines(tmp_path: Path, names: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(names) - 1))
    j = data.draw(st.integers(i + 1, len(names)))
    order = [*names[:j], names[i], *names[j:]]  # names[i] again at position j
    # YAML: work starts on line 3, each category takes two lines
    yaml_text = HEAD + "work:\n" + "".join(f"  {n}:\n    - 做了{k}件事\n" for k, n in enumerate(order))
    message = _error(tmp_path, "dup.yaml", yaml_text)
    assert f"第{4 + 2 * i}行和第{4 + 2 * j}行" in message and names[i] in message
    json_text = (
        '{"community": "甲", "period": "2024", "work": {\n'
        + ",\n".join(f'"{n}": ["做了{k}件事"]' for k, n in enumerate(order))
        + "\n}}"
    )
    message = _error(tmp_path, "dup.json", json_text)
    assert f"第{2 + i}行和第{2 + j}行" in message
    toml_text = 'community = "甲"\nperiod = "2024"\n[work]\n' + "".join(
        f'"{n}" = ["做了{k}件事"]\n' for k, n in enumerate(order)
    )
    message = _error(tmp_path, "dup.toml", toml_text)
    assert f"第{4 + i}行和第{4 + j}行" in message


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        ("f.yaml", "community: 甲\nperiod: 2024\nperiod: 2025\n" + WORK, "第2行和第3行"),
        ("g.yaml", "community: 甲\n時段: 2024\nperiod: 2025\n" + WORK, "第2行和第3行"),
        ("h.yaml", HEAD + "work:\n  宣傳:\n    - 發放100份\n  宣传:\n    - 發放200份\n", "第4行和第6行"),
        ("i.json", '{"community": "甲",\n"community": "乙", "period": "2024"}', "第1行和第2行"),
    ],
)
def test_duplicate_fields_in_either_script_or_spelling(tmp_path: Path, name: str, text: str, lines: str) -> None:
    message = _error(tmp_path, name, text)
    assert lines in message and "寫了兩次" in message


# ------------------------------------------------------------------------------ work and topic
def test_work_is_required_and_the_topic_has_no_default(tmp_path: Path) -> None:
    assert "缺少必填字段 work" in _error(tmp_path, "w.yaml", HEAD)
    assert "work 沒有內容" in _error(tmp_path, "w.yaml", HEAD + "work: {}\n")
    facts = _load(tmp_path, "t.yaml", HEAD + WORK)
    assert facts.topic == "" and "topic" not in facts.to_dict()
    assert _load(tmp_path, "u.yaml", HEAD + "topic: 創衛\n" + WORK).to_dict()["topic"] == "創衛"


@pytest.mark.parametrize("kind", ["村委會", "村委会"])
def test_village_committee_is_a_kind(tmp_path: Path, kind: str) -> None:
    assert _load(tmp_path, "k.yaml", HEAD + f"kind: {kind}\n" + WORK).kind == "村委會"


def test_keys_and_markup_are_data(tmp_path: Path) -> None:
    message = _error(tmp_path, "k.yaml", '"[/bold]": 1\n')
    assert "[/bold] 不是可識別的字段" in message
    facts = _load(tmp_path, "m.yaml", HEAD + 'work:\n  "[/b]宣傳":\n    - "[check] 發放100份"\n')
    assert facts.work == {"[/b]宣傳": ["[check] 發放100份"]}


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_a_device_or_pipe_is_never_read(tmp_path: Path, target: str) -> None:
    import os

    link = tmp_path / "zero.yaml"
    if target == "fifo":
        os.mkfifo(tmp_path / "fifo")  # reading it would wait for a writer forever
        target = str(tmp_path / "fifo")
    link.symlink_to(target)
    with pytest.raises(InputError, match="不是普通文件"):
        load_facts(link)


@FAST
@given(
    text=st.text(
        st.sampled_from([*list("#>-*+ \n\t一二十1０、.．()（）第，:發放100份"), "\u202e", "\x1b"]), max_size=30
    )
)
def test_cleaning_is_final(text: str) -> None:
    """A cleaned value cleans to itself: no control character, line break or leading mark is left."""
    cleaned, _ = clean_item(text)
    assert clean_item(cleaned) == (cleaned, [])


TERMINAL_SEQUENCES = [
    "\x1b]52;c;aGVsbG8=\x07",  # OSC 52: set the clipboard (what left 「入戶走訪]52」)
    "\x1b]0;title\x1b\\",  # OSC 0 ended by ST
    "\x1b[2J",  # clear the screen
    "\x1b[1;31m",  # colour
    "\x1b[200~",  # bracketed paste
    "\x9b2J",  # CSI in its one-byte form
    "\x1bP1;2|abc\x1b\\",  # DCS
    "\x1b[12",  # cut off before its final byte
]


@pytest.mark.parametrize("sequence", TERMINAL_SEQUENCES)
def test_a_terminal_sequence_leaves_no_remnant_and_no_figure(sequence: str) -> None:
    from assistant.core.numbers import find_figures

    text, changes = clean_item(f"入戶走訪{sequence}共12戶")
    assert text == "入戶走訪共12戶"
    assert [f.key for f in find_figures(text)] == ["12户"]
    assert changes and "控制字符" in changes[0]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="\x1b\x9b\x9d\x07[]();0123456789PX^_\\abcJm~ 入戶", max_size=40))
def test_no_escape_character_survives_cleaning(text: str) -> None:
    cleaned, _ = clean_item(text)
    assert not any(is_control(c) for c in cleaned)
