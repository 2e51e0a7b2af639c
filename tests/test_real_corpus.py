"""The checker on texts as offices really publish them (tests/data/real/, labelled by hand before
the checker was run on them): every absent part reported, no present part reported missing, and
each part found where the label puts it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.checking.check import check_text
from assistant.checking.fix import fix_text
from assistant.checking.registry import Options
from assistant.core.roles import PARTS
from assistant.summary.layout import reads_as_markdown

DATA = Path(__file__).parent / "data"
REAL = DATA / "real"


def _labels(folder: Path) -> dict[str, Any]:
    return dict(yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")))


# Each held-out set was written and labelled by another hand before the checker ran on it, and
# its first run recorded in bench/README.md before any fix:
HELDOUTS = [
    DATA / "real_heldout",  # after the checker was tuned on tests/data/real: 16 wrong of 132
    DATA / "real_heldout2",  # 村, 街道 half-year, 老齡, 民政, 物業, 網格, 禁毒, news, 8 Traditional
    DATA / "real_heldout3",  # 述职, 网格月报, 党支部 一要, Hong Kong/Taiwan, Markdown, web paste: 13 of 132
    DATA / "real_heldout4",  # a fifth hand's: 12 of 84
    DATA / "real_heldout5",  # a sixth hand's, common shapes: 7 of 96, every defect reported
    DATA / "real_heldout6",  # a seventh's, shapes none had (WeChat, 第一部分, Taiwan 壹貳): 17 of 96
    DATA / "real_heldout7",  # an eighth's, everyday hand-ins (填报人, 特此报告, 须跟进事项): 8 of 96
    DATA / "real_heldout8",  # a ninth's, odd shapes (PDF paste, letter to owners, memo, 述职, **bold**): 16 of 96
    DATA / "real_heldout9",  # a tenth's, offices none had (妇联, 司法所, 工会, 合作社, 小学): 4 of 96
    DATA / "real_heldout10",  # an eleventh's, phone and WeChat pastes (◆★▲📌 heads, Ⅰ、, ①): 15 of 96
    DATA / "real_heldout11",  # a twelfth's, scans, 附件, A. B., 【一】, problems first or in the opening: 13 of 96
    DATA / "real_heldout12",  # a thirteenth's, ordinary hand-ins of many offices and habits: 1 of 96
    DATA / "real_heldout13",  # a fourteenth's, copied from elsewhere (公众号, PDF breaks, 其一, 第一、, 简报): 5 of 96
    DATA / "real_heldout14",  # a fifteenth's, parts around the standard ones (基本情况, 几点体会, 意见建议): 4 of 96
    DATA / "real_heldout15",  # a sixteenth's, first drafts in a hurry (parts missing, run on, 以上。): 11 of 96
    DATA / "real_heldout16",  # a seventeenth's, ordinary hand-ins, half Traditional (HK, Macau, Taiwan): 2 of 96
    DATA / "real_heldout17",  # an eighteenth's, monthly 小结 typed into a work system or a group: 11 of 78
    DATA / "real_heldout18",  # a nineteenth's, 公文 saved from Word/WPS/PDF (目录, 1.1 outline, 版记): 3 of 96
    DATA / "real_heldout19",  # a twentieth's, parts hidden in their own words (美中不足, 未如理想, 展望): 11 of 84
    DATA / "real_heldout20",  # a twenty-first's, pasted shapes (公众号, PPT, 述职, a table, 总结及计划): 7 of 84
    DATA
    / "real_heldout21",  # a twenty-second's, how documents travel (述职述廉, Word residue, email, speech, OCR): 13 of 84
    DATA / "real_heldout22",  # a twenty-third's, pasted from tools (AI Markdown, PDF, web page, WeChat, 附件): 8 of 84
    DATA
    / "real_heldout23",  # a twenty-fourth's, 公文 ways (红头, email, 目录, 述职, TSV, 发言稿, Taiwan 里, HK 法團): 2 of 84
    DATA
    / "real_heldout24",  # a twenty-fifth's, ordinary hand-ins of many offices (项目总结, 党建, 【】 heads, 特此总结): 4 of 84
    DATA
    / "real_heldout25",  # a twenty-sixth's, pasted from PDF, 公众号, Markdown, 述职, 简报, 附件, no headings: 5 of 84
    DATA
    / "real_heldout26",  # a twenty-seventh's, ordinary hand-ins of uneven skill (parts in their own words, a speech): 6 of 84
    DATA / "real_heldout27",  # a twenty-eighth's, lengths and densities (8 to 72 lines, 问题一→措施一, 第一、)
    DATA / "real_heldout28",  # a twenty-ninth's, untidy hand-ins (a Word paste, a table, slides, an e-mail)
    DATA / "real_heldout29",  # a thirtieth's, pasted (公众号, Markdown, OCR, WPS), parts inside work, 反思, 目标/措施
    DATA / "real_heldout30",  # a thirty-first's, PDF, 钉钉日志, a work system's fields, a web page, 为什么…？ problems
    DATA / "real_heldout31",  # a thirty-second's, Word 目录, e-mail, 简报, PPT, 问题/措施 pairs, 述职, HK, Taiwan
    DATA / "real_heldout32",  # a thirty-third's, the common hand-ins of every length, parts hidden, 月小结, HK, Taiwan
    DATA / "real_heldout33",  # a thirty-fourth's, WPS page headers, AI Markdown, 公众号, combined parts, Macau, HK
    DATA / "real_heldout34",  # a thirty-fifth's, the commonest hand-ins, parts in their own words, 简报, phone note
    DATA / "real_heldout35",  # a thirty-sixth's, 党委, 综治, 述职, 老年协会, 工作设想, PDF, 发言稿, Singapore, Taiwan
    DATA
    / "real_heldout36",  # a thirty-eighth's, 回顾一年/对照年初目标, 下步打算, 特此报告 on a plan's line, 公众号, WPS, 附表, Macau, Malaysia
    DATA
    / "real_heldout37",  # a forty-first's, 短板和不足 in results, 今后努力方向, one list of both, PDF, e-mail, 批注, HK, TW
    DATA / "real_heldout38",  # a forty-fifth's, 经验做法, problems in results, by month, 体会, WeChat, web, OCR, HK, TW
    DATA
    / "real_heldout39",  # a forty-seventh's, 楼栋长 notes, long 年度 of three levels, 述职, 汇报, a form, Macau, TW
    DATA / "real_heldout40",  # a fifty-first's, 困难和短板, 体会, by month, e-mail, PDF, 钉钉 日志, HK, TW
    DATA
    / "real_heldout41",  # a fifty-third's, problems ending the work, plans in the closing, 发言稿, a form, OCR, 简报
    DATA / "real_heldout42",  # a fifty-sixth's, 公众号 whole, WPS 批注/修订 inline, PDF breaks, 体会, by month, HK, TW
    DATA
    / "real_heldout43",  # a fifty-eighth's, an AI's Markdown answer, WeChat messages, OCR, 体会, by month, HK 法團, TW 里
    DATA / "real_heldout44",  # a sixty-third's, 经验做法, e-mail with headers, WeChat, AI Markdown, HK 法團, TW 據點
    DATA / "real_heldout45",  # a sixty-eighth's, 社工站, 老年协会, 妇联, by quarter, 几点经验, OCR, HK 長者中心, TW 里
    DATA
    / "real_heldout46",  # a seventy-second hand's: 物业, 卫生 专项, by month, 体会 between, forwarded e-mail, PPT outline, WPS 批注, HK 法團, TW 里
    DATA
    / "real_heldout47",  # a seventy-fourth's: 短板弱项, 展望, 一要…, by quarter, 公众号 whole, PDF breaks, 考核组 汇报
    DATA
    / "real_heldout48",  # a seventy-seventh's: 几点启示, by 小区 and 片区, 基本情况/意见建议, 述职述廉, WeChat, Markdown
    DATA
    / "real_heldout49",  # a seventy-eighth's: 红头文件, a speech to 居民代表大会, a 街道 web page, a 综合家庭服务中心
    DATA
    / "real_heldout50",  # an eightieth's: 网格 names, month by month, 工作背景/附件, WeChat, AI Markdown, OCR, HK 互委會
    DATA / "real_heldout51",  # an eighty-second's: OA 处理笺, WPS 自评表, a QQ memo, HK 地區康健站, a 鄉公所 民政課
    DATA
    / "real_heldout52",  # an eighty-sixth's: an e-mail reply, a 政务 app form, a print with 页眉/页脚, Macau, HK 屋邨
    DATA
    / "real_heldout53",  # an eighty-ninth's: a Word table one cell per line, a WeChat chat, a PDF wrapped mid-word, Taiwan 鄉公所, HK 地區康健中心
    DATA
    / "real_heldout54",  # a ninety-first's: an OA 发文稿纸, a 钉钉 announcement, a 讲话稿, Taiwan 里, Macau 家庭服務中心
    DATA
    / "real_heldout55",  # a ninety-third's: a 腾讯文档 export with comments, an SMS forward 【1/3】, a 年报 web form, HK 長者鄰舍中心
    DATA
    / "real_heldout56",  # a ninety-sixth's: an e-mail reply quoting the mail, a Word 目录, a 企业微信 汇报, Taiwan 里, HK 長者鄰舍中心
    DATA
    / "real_heldout57",  # a ninety-ninth's: minutes with 议定事项, a phone message with emoji, a 政务公开 page, Taiwan 里, HK
    DATA
    / "real_heldout58",  # a hundredth's: a 工作日志 page, footnotes with 附表 lines, a table as text with bars, Taiwan 里, HK
]
LABELLED: dict[Path, dict[str, Any]] = {folder: _labels(folder) for folder in [REAL, *HELDOUTS]}
LABELS = LABELLED[REAL]
# the labels the checker still misses, as strict xfails
KNOWN_MISSES = {
    (
        "12_disabled_federation_resident_quote_closing_yuquan.txt",
        "closing",
    ): "a closing that opens on a resident's own words, after the plans",
    (
        "20_removed_plans_03_party_branch_annual_yiyao_qingshan.txt",
        "plans",
    ): "the plans were cut from under 「存在的差距和下一步打算」; the heading alone still says plans",
    ("10_news_long_quote_elderly_trad.txt", "problems"): "the problems are said inside a resident's quotation",
    # heldout17's hand labelled a news brief as having no parts; earlier hands labelled a news piece's
    # lead, body and quoted 下一步 as its opening, work and plans, which the checker follows
    ("05_news_jianbao_simp.txt", "opening"): "a news brief's lead: the labellers disagree",
    ("05_news_jianbao_simp.txt", "work"): "a news brief's body: the labellers disagree",
    ("05_news_jianbao_simp.txt", "plans"): "an official's quoted 下一步: the labellers disagree",
    # heldout18's 简报: the plans are what the party secretary said (据…介绍，…将继续…) in the last
    # paragraph under the fifth work heading; its labeller called this label its most debatable
    ("09_cun_fangxun_jianbao_simp.txt", "plans"): "plans in reported speech under a work heading",
    # heldout57t's Malaysian 新村 committee: its office's name over 主席：/秘书： lines stays in the text's body,
    # so the thanks above it is not the last paragraph
    ("k14_malaysia_simplified.txt", "closing"): "a thanks above an office signed by its chair and secretary",
}


def _where(text: str, quote: str) -> tuple[int, int]:
    offset = text.index(quote)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _report(name: str, folder: Path = REAL):  # type: ignore[no-untyped-def]
    text = (folder / name).read_text(encoding="utf-8")
    options = Options(disabled={"sample-leak"})
    return text, check_text(text, name, options=options, markdown=name.endswith(".md") or reads_as_markdown(text))


def test_the_corpus_is_varied_enough() -> None:
    assert len(LABELS) >= 25
    forms = {label["form"].split()[0].rstrip(",") for label in LABELS.values()}
    assert {"headless", "one-line", "news", "fragment", "halfwidth", "trailing-lines", "trap", "removed"} <= forms
    assert {label["script"] for label in LABELS.values()} == {"simplified", "traditional"}


CASES = [(REAL, name, part) for name in LABELS for part in PARTS] + [
    pytest.param(
        folder,
        name,
        part,
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name, part])] if (name, part) in KNOWN_MISSES else [],
    )
    for folder in HELDOUTS
    for name in LABELLED[folder]
    for part in PARTS
]


@pytest.mark.parametrize(("folder", "name", "part"), CASES, ids=lambda x: x.name if isinstance(x, Path) else str(x))
def test_parts_found_as_labelled(folder: Path, name: str, part: str) -> None:
    text, report = _report(name, folder)
    label = LABELLED[folder][name]["parts"][part]
    found = report.sections[part]
    missing = {f.rule.removeprefix("missing-") for f in report.findings if f.rule.startswith("missing-")}
    if label is None:
        assert not found.found, f"{part} is absent, but was found at {found.line}:{found.col}"
        assert part in missing
    else:
        assert found.found, f"{part} is present ({label['quote']}) but was reported missing"
        assert part not in missing
        if folder == REAL:  # positions are scored on the corpus the checker was written against
            line, col = _where(text, label["quote"])
            assert found.line == line and abs(found.col - col) <= 3, (found.line, found.col, line, col)


# the labeller's names for defects, and the rule that reports each
DEFECT_RULES = {
    "ascii-quote": "ascii-quote",
    "unbalanced-quote": "unbalanced-quote",
    "date-form": "date-form",
    "pinyin-debris": "converter-debris",
    "halfwidth": "punctuation",
    "mixed-script": "mixed-script",
    "repeated-sentence": "duplicate-sentence",  # heldout36's name
}
# heldout8's labeller named kinds more broadly: a quote defect is unbalanced or ASCII, whichever it is
BROAD_KINDS = {
    "quote": {"ascii-quote", "unbalanced-quote"},
    "debris": {"converter-debris"},
    # heldout59t's pinyin is a converter's gloss (任务(wù)) or a word an input method left (guanli)
    "pinyin-debris": {"converter-debris", "untyped-pinyin"},
    "placeholder": {"placeholder"},
}


def _rules(kind: str) -> set[str]:
    return BROAD_KINDS.get(kind) or {DEFECT_RULES[kind]}


MARKER = re.compile(r"^\d+\.\s")  # 1. at a line's start: numbering, advised once per document


@pytest.mark.parametrize(
    ("folder", "name"),
    [(folder, n) for folder in HELDOUTS[1:] for n in sorted(LABELLED[folder])],
    ids=lambda x: x.name if isinstance(x, Path) else str(x),
)
def test_defects_reported_as_labelled_and_none_beside(folder: Path, name: str) -> None:
    """Each defect the labeller marked is reported on its line (numbering and mixed scripts once
    per document, as advice) and fixed by --fix; none of these rules fires where no defect was
    marked."""
    text, report = _report(name, folder)
    lines = text.split("\n")
    defects = LABELLED[folder][name].get("defects") or []
    by_rule: dict[str, set[int]] = {}
    for f in report.findings:
        by_rule.setdefault(f.rule, set()).add(f.line)
    fixed, _edits = fix_text(text, markdown=name.endswith(".md") or reads_as_markdown(text))
    for defect in defects:
        # a repeated sentence is reported where it comes again: any line that holds the quote
        at = {n for n, ln in enumerate(lines, 1) if defect["quote"] in ln}
        rules = _rules(defect["kind"])
        if MARKER.match(defect["quote"]):
            assert "numbering-advice" in by_rule, defect
        elif rules == {"mixed-script"}:
            assert "mixed-script" in by_rule, defect  # one finding for the document, counting the sentences
        else:
            hit = {r for r in rules if at & by_rule.get(r, set())}
            assert hit, (defect, {r: sorted(by_rule.get(r, ())) for r in rules})
            rules = hit
        if rules & {"punctuation", "ascii-quote", "date-form", "converter-debris"}:
            assert defect["quote"] not in fixed, defect
    marked = {r for d in defects for r in _rules(d["kind"])}
    beside = {"ascii-quote", "unbalanced-quote", "date-form", "converter-debris", "untyped-pinyin", "mixed-script"}
    beside -= marked
    assert not beside & set(by_rule), [(f.rule, f.line, f.text) for f in report.findings if f.rule in beside]


@pytest.mark.parametrize("name", [n for n, label in LABELS.items() if label.get("placeholders")], ids=str)
def test_placeholders_found_as_labelled(name: str) -> None:
    _text, report = _report(name)
    found = {f.text for f in report.findings if f.rule == "placeholder"}
    for placeholder in LABELS[name]["placeholders"]:
        assert any(f in placeholder for f in found), (placeholder, found)


BYLINES = [
    "来源：城东街道办事处",
    "发布时间：2025-06-30 09:12",
    "作者：李晓",
    "责任编辑：王芳",
    "阅读 1024",
    "（图/文 陈明）",
]
TRAILERS = [
    "来源：城东街道办事处",
    "责任编辑：王芳",
    "免责声明：本文仅供参考，不代表本站观点。",
    "分享到：微信 微博",
    "扫一扫在手机打开当前页",
]
WHOLE = [n for n, label in LABELS.items() if label["form"].startswith(("conventional", "headless", "removed"))]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(WHOLE),
    st.lists(st.sampled_from(BYLINES), max_size=3),
    st.lists(st.sampled_from(TRAILERS), min_size=1, max_size=4),
)
def test_bylines_and_trailing_lines_change_no_part(name: str, bylines: list[str], trailers: list[str]) -> None:
    """What a web page adds around a summary makes no part present or absent."""
    text, report = _report(name)
    lines = text.rstrip("\n").split("\n")
    at = 1 if report.sections["title"].found else 0
    wrapped = "\n".join(lines[:at] + bylines + lines[at:] + trailers) + "\n"
    again = check_text(wrapped, name, options=Options(disabled={"sample-leak"}), markdown=False)
    assert {p: again.sections[p].found for p in PARTS} == {p: report.sections[p].found for p in PARTS}


CRUMBS = ["首页 > 工作动态 > 正文", "当前位置：首页 > 通知公告", "您的位置: 首页 » 社区动态"]
BUTTONS = ["【打印本页】【关闭窗口】", "【字体：大 中 小】【打印】", ""]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([n for n in WHOLE if LABELS[n]["form"] == "conventional"]),
    st.sampled_from(CRUMBS),
    st.lists(st.sampled_from(BYLINES[:4]), min_size=1, max_size=3),
    st.sampled_from(BUTTONS),
    st.booleans(),
)
def test_a_web_page_copied_as_one_line_keeps_its_parts_and_its_bylines_raise_nothing(
    name: str, crumb: str, bylines: list[str], buttons: str, halfwidth: bool
) -> None:
    """A page copied from a browser: breadcrumb, title, bylines and text on one line, fields set
    apart by runs of spaces, the page's buttons at the end."""
    text, report = _report(name)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    at = 1 if report.sections["title"].found else 0
    if halfwidth:  # as many sites print them: 来源:城东街道办事处
        bylines = [b.replace("：", ":") for b in bylines]
    flat = "    ".join([crumb, *lines[:at], "  ".join(bylines), *lines[at:], buttons]).rstrip()
    again = check_text(flat, name, options=Options(disabled={"sample-leak"}), markdown=False)
    assert {p: again.sections[p].found for p in PARTS} == {p: report.sections[p].found for p in PARTS}
    assert not [f for f in again.findings if f.rule == "punctuation" and any(b[:4] in f.text for b in bylines)]


def test_a_short_summary_on_one_line_is_read_by_its_parts() -> None:
    """Under the length that marks a pasted page, a text of one line with headings and sentences
    run together is still split before it is read."""
    text = (
        "幸福里社区2024年工作总结   今年以来，我社区认真开展各项工作，现总结如下：一、主要工作   召开会议6次。"
        "   二、存在问题   部分设施薄弱。   三、下一步计划   继续整治。   幸福里社区居委会   2024年7月5日"
    )
    assert len(text) < 300
    report = check_text(text, "one.txt", options=Options(disabled={"sample-leak"}), markdown=False)
    found = {p for p in PARTS if report.sections[p].found}
    assert found == {"title", "opening", "work", "problems", "plans"}  # and no closing, truly
    assert report.sections["problems"].heading == "二、存在问题"
