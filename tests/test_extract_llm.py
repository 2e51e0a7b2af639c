"""``facts extract --llm``: a model may tidy wording and propose categories, but every figure of its
output must be the item's own; otherwise the deterministic extraction stands. LangChain's fake
chat model for the pipeline, the loopback OpenAI-compatible server for the HTTP path."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from assistant.backends.llm import LLMSpec
from assistant.cli.main import app
from assistant.core.numbers import find_figures
from assistant.extract.llm import tidy, wording_problems
from assistant.extract.materials import read_materials
from assistant.extract.reconcile import extract

from .extract_scoring import MATERIALS, untraced
from .fake_openai import FakeOpenAI, serve
from .llm_helpers import MockLLM

runner = CliRunner()
NOTES = next(MATERIALS.glob("*.txt"))


def _items_block(prompt: str) -> list[tuple[str, str, str]]:
    block = re.search(r"<<<条目开始>>>\n(.*?)\n<<<条目结束>>>", prompt, re.S)
    assert block is not None
    return [tuple(line.split("|", 2)) for line in block.group(1).split("\n")]  # type: ignore[misc]


def test_wording_rules() -> None:
    assert wording_problems("3月5日在广场发放宣传资料500份", "3月5日在社区广场发放宣传资料500份") == []
    assert wording_problems("发放宣传资料500份", "3月5日发放宣传资料500份")  # the date was dropped
    assert wording_problems("发放宣传资料600份", "发放宣传资料500份")  # a figure changed
    assert wording_problems("发放宣传资料500份，覆盖300户", "发放宣传资料500份")  # a figure added
    assert wording_problems("<<<>>>", "发放宣传资料500份")


def test_model_output_is_kept_only_where_the_figures_match(mock_llm: MockLLM) -> None:
    materials, _ = read_materials([NOTES])
    extraction = extract(materials)
    work = [i for i in extraction.items if i.section == "work"]
    before = {i.text: i.category for i in work}
    lines = []
    for n, item in enumerate(work, 1):
        if n == 1:  # tidied, same figures: kept
            lines.append(f"{n}|{item.category}|{item.text.replace('圆满结束，', '结束后统计：')}")
        elif n == 2:  # a figure changed: rejected
            lines.append(f"{n}|{item.category}|{re.sub(r'[0-9]+份', '9999份', item.text)}")
        else:  # a category proposed for an item the vocabulary placed: taken
            lines.append(f"{n}|健康教育|{item.text}")
    mock_llm.responses = ["\n".join(lines) + "\n这一行不是条目，应被忽略"]
    report = tidy(extraction, mock_llm.backend(LLMSpec("mock", "m"), 10))
    assert report.worded == 1 and len(report.rejected) == 1 and report.failed == ""
    assert work[0].original and "结束后统计" in work[0].text and untraced(work[0]) == []
    assert work[1].text in before and "9999" not in work[1].text
    for item in work[2:]:
        assert (item.category, item.category_by) == ("健康教育", "model")
    for item in work:  # figures by canonical key, before and after
        old = item.original or item.text
        assert sorted(f.key for f in find_figures(item.text)) == sorted(f.key for f in find_figures(old))
    sent = mock_llm.recorder.calls[0][-1].content
    assert "<<<条目开始>>>" in sent and work[1].text in sent and "$" not in sent


def test_model_through_http_and_its_failure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def answer(prompt: str) -> str:
        # drop the filler word 当场 from every item: same figures, tidier wording
        return "\n".join(f"{n}|{cat}|{text.replace('当场', '')}" for n, cat, text in _items_block(prompt))

    fake = FakeOpenAI(answer=answer)
    with serve(fake) as url:
        result = runner.invoke(
            app, ["facts", "extract", str(NOTES), "--json", "--no-samples", "--llm", "openai:fake", "--base-url", url]
        )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    changed = [i for i in data["items"] if i.get("original")]
    assert len(changed) == 1 and "当场" not in changed[0]["text"] and "当场" in changed[0]["original"]
    assert fake.requests and "<<<条目开始>>>" in fake.requests[0]["messages"][-1]["content"]

    broken = FakeOpenAI(always=500)
    with serve(broken) as url:
        failed = runner.invoke(
            app, ["facts", "extract", str(NOTES), "--json", "--no-samples", "--llm", "openai:fake", "--base-url", url]
        )
    assert failed.exit_code == 0, failed.output  # the deterministic extraction stands
    plain = runner.invoke(app, ["facts", "extract", str(NOTES), "--json", "--no-samples"])
    assert json.loads(failed.stdout)["items"] == json.loads(plain.stdout)["items"]
