"""The facts file: three formats, Chinese keys in both scripts, errors that name file, line, field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.core.errors import InputError
from assistant.facts.model import dump_facts, facts_from_data, load_facts

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "facts"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(EXAMPLES.iterdir()), ids=lambda p: p.name)
def test_examples_load(path: Path) -> None:
    facts = load_facts(path)
    assert facts.community and facts.period and facts.work
    assert facts.kind in {"社區", "街道", "物業"}


def test_keys_in_both_scripts(tmp_path: Path) -> None:
    simplified = _write(tmp_path, "s.yaml", "单位: 甲社区\n时段: 2024年\n主要工作:\n  宣传:\n    - 发放资料100份\n")
    traditional = _write(tmp_path, "t.yaml", "單位: 甲社區\n時段: 2024年\n主要工作:\n  宣傳:\n    - 發放資料100份\n")
    english = _write(tmp_path, "e.json", json.dumps({"community": "甲", "period": "2024年", "work": {"x": ["100份"]}}))
    toml = _write(tmp_path, "t.toml", 'community = "甲"\nperiod = "2024年"\n[work]\nx = ["100份"]\n')
    for path in (simplified, traditional, english, toml):
        facts = load_facts(path)
        assert facts.period == "2024年" and facts.topic == "" and "topic" not in facts.to_dict()
        assert len(facts.work) == 1


def test_the_issue_example_message(tmp_path: Path) -> None:
    lines = ["community: 甲社區", "period: 2024年上半年", "superiors:", "  - 街道", "work:"]
    lines += [
        "  組織領導:",
        "    - 成立領導小組",
        "    - 開會3次",
        "  環境整治:",
        "    - 清理死角5處",
        "    - 清運10噸",
    ]
    lines += ["  宣傳發動: {份數: 3200}"]  # line 12: a mapping where a list belongs
    path = _write(tmp_path, "facts.yaml", "\n".join(lines) + "\n")
    with pytest.raises(InputError) as info:
        load_facts(path)
    assert info.value.message == "facts.yaml 第12行: work.宣傳發動 應為列表"
    assert info.value.exit_code == 2


def test_one_item_on_the_category_line_is_a_list_of_one(tmp_path: Path) -> None:
    # Clerks write a category with a single item on one line; its meaning is plain.
    text = "community: 甲社區\nperiod: 2024年\nwork:\n  宣傳發動: 發放宣傳資料3200份\n"
    facts = load_facts(_write(tmp_path, "facts.yaml", text))
    assert list(facts.work["宣傳發動"]) == ["發放宣傳資料3200份"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("a.yaml", "community: 甲\nperiod: [oops\n", "a.yaml 第2行: YAML 格式錯誤"),
        ("b.json", '{"community": "甲",\n "period": }', "b.json 第2行: JSON 格式錯誤"),
        ("c.toml", 'community = "甲"\nperiod = \n', "c.toml 第2行: TOML 格式錯誤"),
        ("d.yaml", "period: 2024年\n", "缺少必填字段 community"),
        (
            "e.yaml",
            "community: 甲\nperiod: 2024年\nwork: [a, b]\n",
            "e.yaml 第3行: work 要按類別分開寫，每類下面一條一行",
        ),
        ("f.yaml", "community: 甲\nperiod: 2024年\nwrok: {}\n", "f.yaml 第3行: wrok 不是可識別的字段"),
        ("g.yaml", "community: 甲\nperiod: 2024年\nkind: 公司\n", "「公司」不是可用的類型"),
        (
            "h.json",
            '{\n "community": "甲",\n "period": "2024年",\n "problems": {"a": 1}\n}',
            "h.json 第4行: problems 應為列表",
        ),
        (
            "i.yaml",
            "community: 甲\nperiod: 2024年\nwork:\n  宣傳:\n    - {a: 1}\n",
            "i.yaml 第5行: work.宣傳.0 第1條應為一句文字",
        ),
        ("j.yaml", "", "文件是空的"),
        ("n.yaml", "单位:\n时段: 2024年\n", "n.yaml 第1行: 单位 不能為空"),  # a required field left empty
        ("k.yaml", "- 1\n- 2\n", "頂層應為"),
        ("l.txt", "x", "不支持的事實文件格式"),
        (
            "m.yaml",
            "單位: 甲\ncommunity: 乙\nperiod: 2024\n",
            "m.yaml 第1行和第2行: 單位/社區名稱（「單位」和「community」是同一個字段） 寫了兩次",
        ),
    ],
)
def test_errors_name_file_line_and_field(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(InputError) as info:
        load_facts(path)
    assert message in info.value.message


def test_binary_and_mojibake_files(tmp_path: Path) -> None:
    (tmp_path / "bin.yaml").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(InputError, match="二進制"):
        load_facts(tmp_path / "bin.yaml")
    _write(tmp_path, "moji.yaml", "community: å·¥ä½œæ€»ç»“ï¼šå®Œæˆäº†\nperiod: x\n")
    with pytest.raises(InputError, match="亂碼"):
        load_facts(tmp_path / "moji.yaml")


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".toml"])
def test_dump_and_load_round_trip(tmp_path: Path, suffix: str) -> None:
    facts = load_facts(EXAMPLES / "shequ_traditional.yaml")
    path = tmp_path / f"out{suffix}"
    dump_facts(facts, path)
    again = load_facts(path)
    assert again.to_dict() == facts.to_dict()


def test_facts_init_writes_a_valid_annotated_example(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    result = runner.invoke(app, ["facts", "init", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.count("#") > 10  # Chinese comments
    facts = load_facts(path)
    assert facts.community and facts.work
    again = runner.invoke(app, ["facts", "init", str(path)])
    assert again.exit_code == 2 and "已存在" in again.output
    assert path.read_text(encoding="utf-8") == text


def test_facts_check_lists_figures(tmp_path: Path) -> None:
    result = runner.invoke(app, ["facts", "check", str(EXAMPLES / "jiedao_simplified.json"), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {"text": "1.3万处", "key": "13000处"} in data["figures"]
    bad = _write(tmp_path, "bad.yaml", "community: 甲\n")
    result = runner.invoke(app, ["facts", "check", str(bad)])
    assert result.exit_code == 2 and "period" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("柳岸街道松濤社區", "社區"),  # what the name ends with: a 社區 of a 街道
        ("青禾街道办事处", "街道"),
        ("东湖街道社区卫生服务中心", "社區衛生服務中心"),
        ("金桥花园物业服务中心", "物業"),
        ("柿子坪村民委员会", "村委會"),
        ("中共锦华社区委员会", "社區"),
        ("凤凰山新时代文明实践站", "單位"),
    ],
)
def test_the_kind_an_office_name_shows(name: str, kind: str) -> None:
    from assistant.core.offices import kind_from_name, office_kind

    assert office_kind("", name) == kind and office_kind("物業", name) == "物業"  # a kind given wins
    assert (kind_from_name(name) or "單位") == kind  # facts extract reads names with the same function


@pytest.mark.parametrize(
    "kind", ["网格工作站", "退役军人服务站", "妇联", "社区警务室", "学校", "幼儿园", "敬老院", "图书馆"]
)
def test_an_office_of_its_own_kind_is_drafted_as_a_unit_and_told_so(kind: str) -> None:
    """A clerk's own word for the office (網格工作站) is no input error: the draft is written in a
    單位's voice and its notes say so; a word that names no office (公司) is still refused."""
    from assistant.drafting.draft import DraftOptions, make_draft

    data = {"community": "甲站", "period": "2026年10月", "kind": kind, "work": {"巡查": ["巡查124次"]}}
    facts = facts_from_data(data, "t")
    assert facts.kind == "單位" and facts.unknown_kind == kind
    notes = make_draft(facts, None, DraftOptions()).notes()
    assert any(kind in n and "口吻" in n for n in notes)


@pytest.mark.parametrize(
    "plan",
    [
        "七一、八一期间开展走访慰问和座谈",
        "三八、五一期间举办活动",
        # round 16's reader: 7、8月雨季加密滅蚊 came out 8月…, a changed fact
        "7、8月雨季加密灭蚊",
        "1、2号楼更换电梯钢缆",
        "三、四组完成改厕",
    ],
)
def test_a_day_named_by_two_numerals_is_not_an_item_number(plan: str) -> None:
    """七一、 is 7月1日, not item 71, and 7、8月 two months, not item 7: blind readers found 「七一」
    dropped from a plan and 「7、」 from an item."""
    data = {"community": "甲社区", "period": "2026年", "work": {"宣传": ["发放资料10份"]}, "plans": [plan, "另一条"]}
    assert facts_from_data(data, "t").plans[0] == plan
    assert facts_from_data(dict(data, plans=["1、召开会议"]), "t").plans[0] == "召开会议"  # an item number goes


def test_an_optional_field_left_empty_is_not_written(tmp_path: Path) -> None:
    """主题: with nothing after it (the template says 可不写; a blind helper's clerk did just that)
    is no topic, not an error; so are 类型: and 落款: left empty."""
    path = _write(
        tmp_path,
        "e.yaml",
        "单位: 柳湾村委会\n时段: 2026年上半年\n主题:\n类型:\n落款:\n上级:\n  - 马店镇党委\n主要工作:\n  党建:\n    - 开展主题党日6次\n",
    )
    facts = load_facts(path)
    assert facts.topic == "" and facts.community == "柳湾村委会" and facts.superiors == ["马店镇党委"]


def test_english_keys_a_clerk_guesses_and_an_office_of_its_own_kind_are_read(tmp_path: Path) -> None:
    """heldout31: a file in English keys wrote unit: and signature: (refused as unknown fields), and
    类型: 老年大学 was refused as no kind; a 学/科/点 is an office of its own kind, drafted as a 单位."""
    path = _write(
        tmp_path,
        "e.yaml",
        "unit: 春晖社区\nperiod: 2026年\nkind: 老年大学\nwork:\n  教学:\n    - 开班4个\nsignature: 春晖社区老年大学\n",
    )
    facts = load_facts(path)
    assert facts.community == "春晖社区" and facts.author == "春晖社区老年大学" and facts.kind == "單位"
    with pytest.raises(InputError):
        load_facts(_write(tmp_path, "k.yaml", "单位: 甲\n时段: 2026年\n类型: abc\n主要工作:\n  x: [开班4个]\n"))


def test_more_english_keys_a_clerk_guesses_are_read(tmp_path: Path) -> None:
    """heldout40: type: 社区 was refused as an unknown field; issues, next_steps and outcomes are the
    words an English-keyed file is as likely to use."""
    path = _write(
        tmp_path,
        "e.yaml",
        "name: 枫林路社区\nterm: 2025年7月-12月\ntype: 社区\nsubject: 议事协商\ntasks:\n  议事:\n    - 开会6次\n"
        "outcomes: [办结14个]\nissues: [年轻人来得少]\nnext_steps: [周末晚上加开一场]\n",
    )
    facts = load_facts(path)
    assert (facts.community, facts.period, facts.kind, facts.topic) == (
        "枫林路社区",
        "2025年7月-12月",
        "社區",
        "议事协商",
    )
    assert (facts.results, facts.problems, facts.plans) == (["办结14个"], ["年轻人来得少"], ["周末晚上加开一场"])
