"""--fix on generated text: half-width marks in every position between Chinese, figures, decimals,
URLs and file names. Every figure, decimal, URL and file name survives byte for byte, no
half-width mark is left between two Chinese characters, and a second run changes nothing."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checking.fix import fix_text
from assistant.core.text import CJK_CHARS

WORDS = ["居民", "社区", "开展", "活动", "服务", "網格", "巡邏", "完成", "整治", "宣傳", "人次", "户"]
FIGURES = ["120人次", "3.5%", "92.5%", "1,200户", "0.36吨", "2026年", "45个", "98.6%", "1.6万小时", "3次"]
KEPT = [
    "https://jd.example.gov.cn/news/2026/a.html?id=3",
    "http://127.0.0.1:8000/x.pdf",
    "附件1.docx",
    "report_v2.1.pdf",
    "名单.xlsx",
    "v1.2.3",
]
MARKS = [",", ".", ";", ":", "?", "!", "(", ")", '"']

token = st.one_of(
    st.sampled_from(WORDS).map(lambda w: ("word", w)),
    st.sampled_from(FIGURES).map(lambda w: ("kept", w)),
    st.sampled_from(KEPT).map(lambda w: ("kept", f" {w} ")),  # a URL or file name stands apart
    st.sampled_from(MARKS).map(lambda w: ("mark", w)),
)
line = st.lists(token, min_size=1, max_size=14).map(lambda ts: [("word", "我们"), *ts])


def _text(lines: list[list[tuple[str, str]]]) -> tuple[str, list[str]]:
    kept = [t.strip() for ts in lines for kind, t in ts if kind == "kept"]
    return "\n".join("".join(t for _kind, t in ts) for ts in lines) + "\n", kept


@settings(max_examples=300, deadline=None)
@given(st.lists(line, min_size=1, max_size=6))
def test_fix_keeps_figures_urls_and_names_and_leaves_no_halfwidth_mark_between_chinese(
    lines: list[list[tuple[str, str]]],
) -> None:
    text, kept = _text(lines)
    fixed, _edits = fix_text(text, markdown=False)
    rest = fixed
    for item in kept:  # each one, in its order, byte for byte
        assert item in rest, (item, text, fixed)
        rest = rest[rest.index(item) + len(item) :]
    between = re.compile(rf"(?<=[{CJK_CHARS}])[,.;:?!](?=[{CJK_CHARS}])")
    assert not between.search(fixed), (text, fixed)
    assert fix_text(fixed, markdown=False)[0] == fixed  # a second run changes nothing


@settings(max_examples=100, deadline=None)
@given(st.lists(line, min_size=1, max_size=4))
def test_fix_in_markdown_leaves_code_alone(lines: list[list[tuple[str, str]]]) -> None:
    text, _kept = _text(lines)
    code = "`a.b; c,d`"
    fenced = "```\n居民.服务;开展\n```\n"
    source = f"{text}{code}居民,服务\n{fenced}"
    fixed, _edits = fix_text(source, markdown=True)
    assert code in fixed and fenced in fixed
    assert fix_text(fixed, markdown=True)[0] == fixed
