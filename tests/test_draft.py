"""Drafting from facts: the examples, golden drafts, JSON, files, scripts and the docx export."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus import bundled_sample_files, load_sample
from assistant.draft import make_draft
from assistant.facts import load_facts
from assistant.index import Index
from assistant.numbers import find_figures
from assistant.retrieval import Retriever
from assistant.script import to_simplified
from assistant.structure import parse
from assistant.template_writer import phrase_texts, phrases

runner = CliRunner()
EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "facts").iterdir())
GOLDEN = Path(__file__).parent / "golden" / "drafts"


@pytest.fixture
def search(index_copy: Path):  # type: ignore[no-untyped-def]
    return Retriever(Index(index_copy)).search


def _sample_entities() -> set[str]:
    return {e for p in bundled_sample_files() for e in load_sample(p).entities}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_drafts_use_exactly_the_facts(path: Path, search) -> None:  # type: ignore[no-untyped-def]
    facts = load_facts(path)
    draft = make_draft(facts, search)
    text = draft.text()
    figures = draft.figures()
    assert figures["missing"] == [] and figures["unsupported"] == []
    fact_keys = {f.key for f in find_figures(facts.all_text())}
    assert {f.key for f in find_figures(text)} <= fact_keys
    # no place or organisation of the samples, unless the facts name it themselves
    facts_simplified = to_simplified(facts.all_text())
    leaked = [e for e in _sample_entities() if e in to_simplified(text) and e not in facts_simplified]
    assert leaked == []
    doc = parse(text)
    roles = {r for s in doc.sections for r in s.roles}
    assert doc.title and doc.opening and doc.closing
    assert {"work", "problems", "plans"} <= roles
    assert "總結如下" in text or "总结如下" in text
    for section in draft.sections:
        if section.key not in ("title", "signature"):
            assert section.sources, section.key  # provenance for every written section


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_golden_drafts(path: Path, search) -> None:  # type: ignore[no-untyped-def]
    text = make_draft(load_facts(path), search).text("md")
    golden = GOLDEN / f"{path.stem}.md"
    if os.environ.get("ZONGJIE_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_same_facts_same_draft(search) -> None:  # type: ignore[no-untyped-def]
    facts = load_facts(EXAMPLES[0])
    assert make_draft(facts, search).text() == make_draft(facts, search).text()


def test_without_problems_or_plans_general_statements_need_confirmation(search) -> None:  # type: ignore[no-untyped-def]
    facts = load_facts(next(p for p in EXAMPLES if "wuye" in p.name))
    draft = make_draft(facts, search)
    confirm = draft.confirmations()
    assert len(confirm) >= 4
    assert all(s in draft.text() for s in confirm)
    assert all(not find_figures(s) for s in confirm)


def test_phrase_bank_has_no_figures_and_no_names() -> None:
    texts = phrase_texts(phrases())
    assert len(texts) > 60
    for text in texts:
        assert [f.text for f in find_figures(text) if f.kind != "date"] == [], text
    from assistant.entities import extract_entities

    assert extract_entities("\n".join(texts)) == []


def test_phrase_bank_copies_no_sample_sentence() -> None:
    from assistant.corpus import split_sentences

    bank = to_simplified("\n".join(phrase_texts(phrases())))
    for path in bundled_sample_files():
        for sentence in split_sentences(to_simplified(load_sample(path).text)):
            sentence = sentence.strip().rstrip("。；！？")
            if len(sentence) >= 10:
                assert sentence not in bank


def test_scripts(search) -> None:  # type: ignore[no-untyped-def]
    facts = load_facts(next(p for p in EXAMPLES if "shequ" in p.name))  # written in Traditional
    auto = make_draft(facts, search)
    assert auto.script == "traditional" and "總結如下" in auto.text()
    simplified = make_draft(facts, search, script="simplified").text()
    assert "总结如下" in simplified and "翠竹社区" in simplified
    assert {f.key for f in find_figures(simplified)} == {f.key for f in find_figures(auto.text())}


def test_cli_draft_json_and_output_files(index_copy: Path, tmp_path: Path) -> None:
    facts = str(EXAMPLES[0])
    out = tmp_path / "draft.md"
    result = runner.invoke(app, ["draft", "--facts", facts, "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"text", "sections", "figures"} <= set(data)
    assert data["figures"]["missing"] == [] and data["figures"]["unsupported"] == []
    first = data["sections"][1]
    assert {"role", "heading", "text", "sources", "writer"} <= set(first)
    assert first["sources"] and {"sample", "heading"} <= set(first["sources"][0])
    assert out.read_text(encoding="utf-8").startswith("# ")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # as any new file, not a private temp file

    out.write_text("my own edits", encoding="utf-8")
    again = runner.invoke(app, ["draft", "--facts", facts, "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.output
    assert out.read_text(encoding="utf-8") == "my own edits"
    forced = runner.invoke(app, ["draft", "--facts", facts, "-o", str(out), "--force"])
    assert forced.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# ")


def test_cli_draft_report(index_copy: Path) -> None:
    result = runner.invoke(app, ["draft", "--facts", str(EXAMPLES[0])])
    assert result.exit_code == 0
    assert "參考的範文段落" in result.output and "全部用上" in result.output


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--script", "klingon"], "--script"),
        (["--llm", "gpt9"], "無法識別的模型"),
        (["--out-dir", "x"], "--out-dir"),
        (["-o", "x.pdf"], "擴展名"),
    ],
)
def test_cli_draft_usage_errors(index_copy: Path, argv: list[str], message: str) -> None:
    result = runner.invoke(app, ["draft", "--facts", str(EXAMPLES[0]), *argv])
    assert result.exit_code == 2 and message in result.output


def test_docx_follows_the_gongwen_style(index_copy: Path, tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    out = tmp_path / "draft.docx"
    result = runner.invoke(app, ["draft", "--facts", str(EXAMPLES[0]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(out))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]

    def east_asia(element) -> str | None:  # type: ignore[no-untyped-def]
        rpr = element.rPr
        return None if rpr is None or rpr.rFonts is None else rpr.rFonts.get(qn("w:eastAsia"))

    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    for p in paragraphs:  # every run carries its East Asian font
        for run in p.runs:
            assert east_asia(run._r) is not None, p.text
    for name in ("Normal", "公文標題", "公文一級標題", "公文二級標題"):
        assert east_asia(document.styles[name].element) is not None
    title = paragraphs[0]
    assert title.style.name == "公文標題" and east_asia(title.runs[0]._r) == "方正小标宋简体"
    assert title.style.font.size == Pt(22)
    assert title.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    body = document.styles["Normal"]
    assert body.font.size == Pt(16) and body.paragraph_format.line_spacing == Pt(28)
    assert body.paragraph_format.first_line_indent == Pt(32)
    assert east_asia(body.element) == "仿宋_GB2312"
    headings = {p.style.name: east_asia(p.runs[0]._r) for p in paragraphs if "級標題" in p.style.name}
    assert headings == {"公文一級標題": "黑体", "公文二級標題": "楷体_GB2312"}
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "fldChar" in footer_xml
    # the text reads back whole
    assert load_facts(EXAMPLES[0]).community in "\n".join(p.text for p in paragraphs)
