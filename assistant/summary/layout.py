"""A summary's text as lines: heading markers, Markdown, titles, and the repairs a pasted text
needs (one line holding a whole text, lines broken at a PDF's width)."""

from __future__ import annotations

import re
from itertools import pairwise

from assistant.core.furniture import (
    SIGNATURE_DATE,
    SIGNATURE_ORG,
    is_byline,
    is_signature_line,
    org_line,
)
from assistant.core.numbers import cn_to_int
from assistant.core.roles import (
    CLOSING_CUE,
    CLOSING_HEADING,
    LEAD_IN,
    PLAN_HEADING,
    PLAN_START,
    PROBLEM_CUE,
    PROBLEM_HEADING,
)
from assistant.core.script import to_simplified
from assistant.core.text import SENTENCE_END, fold, sentences
from assistant.summary.nodes import Line, classify_heading

CN_DIGITS = "零一二三四五六七八九十百"
_CN = f"[{CN_DIGITS}]+"

# Heading styles by rank: a heading nests under the nearest earlier heading of a lower rank,
# so "1、" straight under "一、" (as in several samples) works without a "（一）" between.
_MARKERS: list[tuple[str, int, re.Pattern[str]]] = [
    # Taiwan's 公文 put 壹、貳、 above 一、
    ("tw", 0, re.compile(r"^(?P<m>(?P<n>[壹貳贰參叁肆伍陸陆柒捌玖拾]{1,2})\s*、)")),
    # 第一部分 主要做法及成效: a report in parts, above any 一、
    ("part", 0, re.compile(rf"^(?P<m>第(?P<n>{_CN})部分\s*[、：:．.]?\s*)(?=\S)")),
    # 01 簽約覆蓋穩步擴大: a WeChat article's numbered headings
    (
        "zero",
        1,
        re.compile(r"^(?P<m>(?P<n>0[1-9])\s+)(?=[\u4e00-\u9fff]|20[0-9]{2}(?:年|[，,]))"),
    ),  # 03 2026年工作思路 (heldout52t), 06 2026，我们这样干 (heldout68t)
    ("cn", 1, re.compile(rf"^(?P<m>(?P<n>{_CN})\s*[、.．,，:：])")),
    # 第一、工作開展情況 and 其一，全年工作概況: parts counted in words (a school's, Macau's)
    ("di", 1, re.compile(rf"^(?P<m>第(?P<n>{_CN})\s*[、.．,，:：]\s*)(?=\S)")),
    ("qi", 1, re.compile(rf"^(?P<m>其(?P<n>{_CN})\s*[、.．,，:：]\s*)(?=\S)")),
    # 【一】加強師資培訓: a numeral in lenticular brackets heads a part (Macau, Hong Kong), above any 一、
    ("bracket_cn", 0, re.compile(rf"^(?P<m>【(?P<n>{_CN})】\s*)(?=\S)")),
    ("paren_cn", 2, re.compile(rf"^(?P<m>[（(]\s*(?P<n>{_CN})\s*[)）][、.．]?)")),
    ("num", 3, re.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})\s*(?:[、．]|\.(?![0-9０-９])))")),
    ("paren_num", 4, re.compile(r"^(?P<m>[（(]\s*(?P<n>[0-9０-９]{1,2})\s*[)）][、.．]?)")),
    ("circled", 5, re.compile(r"^(?P<m>(?P<n>[①②③④⑤⑥⑦⑧⑨⑩]))")),
    # a Word outline saved as text (1  基本情況 / 2.1  夯實網格基礎 / 2.1.1  信息採集。…): the number,
    # its dots and spaces, no 、 — the first level only over a short title (1 全村2860畝 分成… is a list)
    (
        "outline3",
        5,
        re.compile(r"^(?P<m>[0-9]{1,2}\.[0-9]{1,2}\.(?P<n>[0-9]{1,2})[ \u3000]+)(?=[\u4e00-\u9fff「“（(《])"),
    ),
    ("outline2", 4, re.compile(r"^(?P<m>[0-9]{1,2}\.(?P<n>[0-9]{1,2})[ \u3000]+)(?=[\u4e00-\u9fff「“（(《])")),
    ("outline1", 1, re.compile(r"^(?P<m>(?P<n>[0-9]{1,2})[ \u3000]{2,})(?=[\u4e00-\u9fff])")),
    # Ⅰ、主要工作 and the symbols a phone or WeChat post heads its parts with (◆保安及消防, ★…, 📌…)
    ("roman", 1, re.compile(r"^(?P<m>(?P<n>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[、.．]?\s*)(?=\S)")),
    # A. 滅火救援 … E. 下半年工作計劃: capital letters over short Chinese titles (never a list item)
    ("latin", 1, re.compile(r"^(?P<m>(?P<n>[A-HＡ-Ｈ])\s*[.．、]\s*)(?=[\u4e00-\u9fff])")),
    ("symbol", 1, re.compile(r"^(?P<m>(?P<n>[◆◇■□●★☆▶►◎◉※✦❖✅✔📌🔹🔸📍👉])\ufe0f?\s*)(?=[^\s\d])")),
    # a slide deck saved as text: PART 01 工作回顾 heads a part (heldout36)
    ("part", 1, re.compile(r"^(?P<m>(?:PART|Part|part)\s*(?P<n>0?[1-9])\s*)(?=[\u4e00-\u9fff])")),
    # any other pictograph heading a short line of a WeChat post (🏠 上半年我们做了这些事, ⚠️ 还有这些不足,
    # 📝 写在最后: heldout36): one style whatever the picture, so the parts stay siblings
    (
        "emoji",
        1,
        re.compile(
            r"^(?P<m>(?P<n>[\U0001F300-\U0001F5FF\U0001F680-\U0001F6FF\U0001F900-\U0001F9FF\u2600-\u26FF\u2700-\u27BF])"
            r"\ufe0f?\s*)(?=[^\s\d]|[0-9]{1,2}月)"  # (💪8月份打算: heldout78t)
        ),
    ),
    # ▲ also marks a photo's caption (▲街道黨工委書記走訪慰問…): a heading only when it is short or names a part
    ("caption_mark", 1, re.compile(r"^(?P<m>(?P<n>[▲△])\s*)(?=[^\s\d])")),
]
SYMBOL_MARKS = frozenset({"symbol", "caption_mark"})  # heading marks that are also list bullets
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# Markdown markup around text; "__" is emphasis only at a word's edge (共__份 is a gap to fill).
_MD_NOISE = re.compile(r"^\s*(?:>\s*|[-*+]\s+(?=\S))|\*\*|(?<!\S)__(?=\S)|(?<=\S)__(?!\S)|^\*(?=[^*\s])|(?<=[^*\s])\*$")

# A line that ends like this is complete; otherwise the next plain line continues it
# (the seed has a page break in the middle of a word).
_COMPLETE_END = "。！？!?；;：:，,、.．”\"’'）)】」』…—]］"  # ] closes a pasted comment ([批注 王磊: …], heldout67t)

_HEADING_MAX = 40  # longest text that still reads as a heading title
# a PDF's lines: at least 5 of 15 characters or more, half of them within 3 of one width
_WRAP_MIN, _WRAP_LINES, _WRAP_SLACK = 15, 5, 3
_SENTENCE_DONE = "。！？!?；;：:…"
_CLOSERS = "”\"’'）)】」』"


def _stops(text: str) -> bool:
    """Whether a line ends a sentence (…。 or …。」), not a quotation mid-sentence (“街長制”)."""
    text = text.rstrip(_CLOSERS) or text
    return text[-1] in _SENTENCE_DONE


_LATIN_TITLE_MAX = 16  # A. 滅火救援: a letter marks a heading only over a short title


def match_marker(text: str) -> tuple[str, int, str, int | None] | None:
    """(style, rank, marker, number) when ``text`` starts with a heading marker."""
    for style, rank, pattern in _MARKERS:
        m = pattern.match(text)
        if m:
            rest = text[m.end() :]
            if not rest.strip() and style != "cn":
                continue
            if style in ("cn", "di", "qi") and not _plausible_cn_heading(m.group("n"), m.group("m"), rest):
                continue
            if style == "caption_mark" and re.match(r"(?:图|圖)[为為片中示]|照片", rest.strip()):
                continue  # ▲ 图为社区工作人员合影: a photo's caption however short
            if style == "caption_mark" and not (len(rest.strip()) <= 10 or _names_a_part(rest)):
                continue
            if style == "outline1" and (len(rest.strip()) > 16 or re.search(r"[\s，,。；;：:！!、]", rest.strip())):
                continue
            if style == "emoji" and not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", rest):
                continue  # 🌟🌟🌟: a row of pictures heads nothing
            if style == "emoji" and len(rest.strip()) > 16:
                continue  # 🎉 a sentence that opens on a picture is not a heading
            if style in ("symbol", "caption_mark", "latin", "emoji") and re.search(r"[，,；;。！!]", rest):
                continue  # ✅ 力爭新增停車位80個，…； is a list item, not a heading
            if style == "latin":
                if len(rest.strip()) > _LATIN_TITLE_MAX:
                    continue
                return style, rank, m.group("m"), "ABCDEFGHＡＢＣＤＥＦＧＨ".index(m.group("n")) % 8 + 1
            return style, rank, m.group("m"), cn_to_int(m.group("n"))
    return None


def _names_a_part(rest: str) -> bool:
    simp = fold(rest).strip()
    return len(simp) <= 16 and (classify_heading(simp) != ["work"] or bool(WORK_PART_TITLE.match(simp)))


def _plausible_cn_heading(number: str, marker: str, rest: str) -> bool:
    # "一," or "三：" only mark a heading when clearly used as one; "一、" always does.
    if cn_to_int(number) is None:
        return False
    return marker.rstrip()[-1] in "、.．" or len(rest) <= _HEADING_MAX


def _ends_here(text: str, at: int) -> bool:
    """A sentence ends at ``at``: not inside a quotation (「…收支表.xlsx」) nor at a file name's dot."""
    if text[at] == "." and at + 1 < len(text) and text[at + 1].isascii() and text[at + 1].isalnum():
        return False
    opened = sum(text[:at].count(c) for c in "「“『")
    closed = sum(text[:at].count(c) for c in "」”』")
    return opened <= closed


def split_heading(rest: str) -> tuple[str, str, bool]:
    """Split a marked line into (title, run-on paragraph, title is a full sentence)."""
    rest = rest.strip()
    end = next((m for m in SENTENCE_END.finditer(rest) if _ends_here(rest, m.start())), None)
    if end is None:
        if len(rest) <= _HEADING_MAX:
            return rest, "", False
        return "", rest, False  # a numbered paragraph with no title of its own
    title, body = rest[: end.start()].strip(), rest[end.end() :].strip()
    if len(title) <= _HEADING_MAX:
        return title, body, not body
    return "", rest, False


_TITLE_WORD = re.compile(r"总结|汇报|报告|小结|述职")
_LATIN_GLOSS = re.compile(r"[（(][A-Za-z][A-Za-z0-9 '’&.,\-]*[）)]")
_TITLE_MAX = 50


def completes_title(title: str, line: str) -> bool:
    """A short line under an office's name that says what the text is (2026年度工作總結): the
    title's second line."""
    simp = fold(line)
    return (
        not _TITLE_WORD.search(fold(title))
        and len(line) <= 24
        and bool(re.search(r"(?:工作)?(?:总结|小结|汇报|报告)$", simp))
        and not SENTENCE_END.search(simp)
        and not match_marker(line)
    )


def looks_like_title(text: str) -> bool:
    """A first line that is a title: a short line that does not end a sentence (a news headline
    with a colon or spaces counts), or any short line naming a 总结/汇报. An English name in brackets
    (…居民委员会（Lijing Gardens Zone 2 Residents' Committee）: Singapore) is not counted."""
    text = _LATIN_GLOSS.sub("", text).strip() or text
    marked = match_marker(text)
    # (📌红枫社区7月份网格工作小结（第3网格）: a phone's pin before a title that names itself — heldout78t)
    if marked is not None and marked[0] in ("symbol", "emoji") and _TITLE_WORD.search(to_simplified(text)):
        text, marked = text[len(marked[2]) :].strip(), None
    if len(text) > 60 or marked or is_byline(text) or SIGNATURE_DATE.match(text):
        return False
    simp = to_simplified(text)
    if len(simp) > 20 and simp.endswith("。"):  # 您好！…現將…向您簡要匯報。: a letter's first sentence
        return False
    if _TITLE_WORD.search(simp) and not re.search(r"如下[:：。.]?$", simp):  # …現簡要匯報如下。 opens
        return True
    if len(text) > _TITLE_MAX or text[-1] in "。；;，,、" or re.search(r"[。；;]", text):
        # a headline may exclaim (…大文明！…) but does not hold a full stop
        return False
    # a clause ending in a comma-free short line: headline; a sentence with commas: prose
    return len(re.findall(r"[，,]", text)) <= 1


def plain_line(raw: str) -> tuple[int, str]:
    """(Markdown heading level or 0, the line without Markdown markup and odd spaces)."""
    line = raw.replace("\u3000", " ").replace("\ufeff", "").strip()
    md_level = 0
    m = _MD_HEADING.match(line)
    if m:
        md_level, line = len(m.group(1)), m.group(2).strip().rstrip("#").strip()
    return md_level, _MD_NOISE.sub("", line).strip()


# a text forwarded as several text messages, each begun by its part (【2/3】67人。: heldout76t): the part is no text
_MESSAGE_PART = re.compile(r"^[【\[（(]\s*[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*[】\]）)]\s*")


def prepare_lines(text: str, line_offset: int, markdown: bool = True) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    for i, raw in enumerate(text.split("\n")):
        md_level, line = plain_line(raw) if markdown else (0, raw.replace("\u3000", " ").replace("\ufeff", "").strip())
        line = _MESSAGE_PART.sub("", line)
        # **基礎服務提質增效** alone on its line: a heading, as ## would be; a bold office or date is
        # the signature set in bold (an AI chat's **…居民委員會** / **2025年12月28日**)
        bold = markdown and not md_level and _BOLD_LINE.match(raw) and not _BOLD_LABEL_END.search(line)
        if (
            bold
            and not SIGNATURE_DATE.match(line)
            and not (SIGNATURE_ORG.search(to_simplified(line)) and org_line(line))
        ):
            md_level = 2
        if line and line not in {"---", "***", "___"}:
            at = raw.find(line[:4])
            at = at if at >= 0 else len(raw) - len(raw.lstrip())
            lines.append(Line(i + 1 + line_offset, line, md_level, offset + at, at + 1))
        offset += len(raw) + 1
    return lines


# A slide deck's outline pasted a slide a line (第4页 一、主要工作及成效 • （一）为老服务 • 新建…, heldout67t):
# each slide's title and points are lines of their own, without the slide's number
_SLIDE = re.compile(r"^(?:第\s*[0-9]{1,3}\s*页|幻灯片\s*[0-9]{1,3}|(?i:slide)\s*[0-9]{1,3})(?:[ \t:：]+|$)")
_BULLETS = "·•・‧∙"  # a slide's or a list's point marks
_SLIDE_POINT = re.compile(rf"\s+[{_BULLETS}]\s+")
_SLIDES_MIN = 3
_CONTINUED = re.compile(r"\s*[（(]续[）)]$")


def split_slides(lines: list[Line]) -> list[Line]:
    """A slide a line, when at least three lines are slides: split at the points' bullets."""
    if sum(1 for ln in lines if _SLIDE.match(ln.text)) < _SLIDES_MIN:
        return lines
    out: list[Line] = []
    title = ""  # the last slide's title: a part's slides after its first repeat it (…（续）)
    for ln in lines:
        head = _SLIDE.match(ln.text)
        if head is None:
            out.append(ln)
            continue
        start, first = head.end(), True
        for end in [m.start() for m in _SLIDE_POINT.finditer(ln.text, start)] + [len(ln.text)]:
            piece = ln.text[start:end]
            lead = len(piece) - len(piece.lstrip(f" \t{_BULLETS}"))
            text = piece.strip(f" \t{_BULLETS}")
            again = first and title and _CONTINUED.sub("", text) == title
            if first:
                title, first = _CONTINUED.sub("", text), False
            if text and not again:
                out.append(Line(ln.no, text, 0, ln.offset + start + lead, ln.col + start + lead, whole=True))
            bullet = _SLIDE_POINT.match(ln.text, end)
            start = bullet.end() if bullet else end
    return out


# A text pasted with (almost) no line breaks is split before it is parsed: at heading markers that
# follow a sentence end, after a title, and where a sentence opens a part.
_SEGMENT_MIN = 300  # a line this long among very few lines is a whole text on one line
_INLINE_MARKER = re.compile(
    rf"(?<=[。！？!?；;:：\s])\s*(?=(?:{_CN}\s*、|[（(]\s*{_CN}\s*[)）]|[0-9]{{1,2}}\s*[、．]|[0-9]{{1,2}}\.(?![0-9])))"
)
_TITLE_END = re.compile(r"^.{4,48}?(?:工作)?(?:总结|汇报|小结|报告)(?!如下|汇报|一下|报告|[，。：:,、])")
# a web page's fields on one line stand apart by runs of spaces; its buttons are 【打印本页】…
_FIELD_BREAK = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?=\S)|(?=【(?:打印|关闭|收藏|字体))")


def needs_segmenting(lines: list[Line]) -> bool:
    if not lines:
        return False
    longest = max(len(ln.text) for ln in lines)
    if len(lines) == 1 and len(SENTENCE_END.findall(lines[0].text)) >= 3 and _INLINE_MARKER.search(lines[0].text):
        return True  # a short summary on one line: sentences and heading markers all run together
    return longest >= _SEGMENT_MIN and (len(lines) <= 3 or longest >= 4 * _SEGMENT_MIN)


def segment_lines(lines: list[Line]) -> list[Line]:
    """Split long lines into logical lines; each keeps its physical line number and column."""
    out: list[Line] = []
    alone = len(lines) == 1  # the whole text on one line, however short
    for ln in lines:
        if (len(ln.text) < _SEGMENT_MIN and not alone) or ln.md_level:
            out.append(ln)
            continue
        cuts = {0}
        if not out:
            m = _TITLE_END.match(fold(ln.text))
            if m and m.end() < len(ln.text):
                cuts.add(m.end())
        cuts.update(m.start() for m in _INLINE_MARKER.finditer(ln.text))
        cuts.update(m.end() for m in _FIELD_BREAK.finditer(fold(ln.text)))
        spans = list(sentences(ln.text))
        for prev, span in pairwise(spans):
            simp = fold(span.text)
            if (
                SIGNATURE_DATE.match(re.split(r"[ \t\u3000]{2,}|【", simp.strip())[0])
                or LEAD_IN.search(fold(prev.text))
                or PROBLEM_CUE.match(simp)
                or PLAN_START.match(simp)
                or CLOSING_CUE.match(simp)
            ):
                cuts.add(span.start)
        bounds = sorted(c for c in cuts if 0 <= c < len(ln.text))
        for start, end in zip(bounds, [*bounds[1:], len(ln.text)], strict=False):
            piece = ln.text[start:end]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                at = start + lead
                out.append(Line(ln.no, stripped, 0, ln.offset + at, ln.col + at))
    return out


def _wrap_width(lines: list[Line]) -> int:
    """The width a text copied from a PDF was broken at (0: not broken so): most of its longer
    lines are within a few characters of one width, and several of them stop mid-sentence."""
    widths = sorted(len(ln.text) for ln in lines if len(ln.text) >= _WRAP_MIN)
    if len(widths) < _WRAP_LINES:
        return 0
    width = widths[len(widths) // 2]
    near = [ln for ln in lines if abs(len(ln.text) - width) <= _WRAP_SLACK]
    broken = [ln for ln in near if not _stops(ln.text)]
    return width if len(near) * 2 >= len(widths) and len(broken) >= _WRAP_LINES // 2 else 0


_BULLET = re.compile(rf"^[{_BULLETS}]\s*\S")  # a slide's or a list's points, one a line


# a reply in the group a summary was posted to (好的王书记，谢谢！, 收到): the chat's, no part of the summary (heldout71t)
CHAT_REPLY = re.compile(
    r"^(?:好的|好嘞|收到|嗯嗯?|ok|OK)(?:[，,！!。 ]|[\u4e00-\u9fff]{1,3}(?:书记|主任|老师|科长|站长|组长|部长)[，,！!])"
)
# 辛苦大家，新的一年继续加油 closing a report posted to a work group (heldout69t): thanks and a cheer, nothing more
CHEERS = re.compile(
    r"^(?:辛苦(?:大家|各位|了)|大家(?:都)?辛苦了|[感谢謝][谢謝]大家)[，,！!]?[^。；;0-9]{0,20}(?:加油|努力|辛苦)[！!。]*\W*$"
)
_SIGN_OFF = re.compile(rf"{CHEERS.pattern}|^特此(?:[报報]告|[总總][结結]|[汇匯][报報])[。]?$")


def join_broken(lines: list[Line], start: int) -> list[Line]:
    """Join a plain line to the previous one when that one stopped mid-sentence (a page break,
    or a PDF's line width: 「…銳意進取、」 then 「真抓實幹，…」)."""
    out: list[Line] = lines[:start]
    width = _wrap_width(lines[start:])
    for ln in lines[start:]:
        prev = out[-1] if len(out) > start else None
        wrapped = (
            prev is not None
            and width
            and len(prev.text) >= width - _WRAP_SLACK
            and not _stops(prev.text)
            and not is_signature_line(ln.text)
        )
        # 二、存在的问 / 题: a scan or a PDF broke a heading's last characters onto a line of their own
        split_title = (
            prev is not None
            and len(ln.text) <= 2
            and not re.search(r"[\s，,。；;：:！？!?、0-9]", ln.text)
            and (marked := match_marker(prev.text)) is not None
            and 0 < len(prev.text) - len(marked[2]) <= 12
            and prev.text[-1] not in _COMPLETE_END
        )
        if (
            prev is not None
            and not ln.md_level
            and not prev.md_level
            and not (ln.whole or prev.whole)
            and (wrapped or split_title or (len(prev.text) > _HEADING_MAX and prev.text[-1] not in _COMPLETE_END))
            and match_marker(ln.text) is None
            and not bare_part_title(ln)  # 结束语 after a slide's last bullet (heldout36's PPT)
            # (辛苦大家，新的一年继续加油 on a line of its own after a note with no stop: the closing — heldout69t)
            and not _SIGN_OFF.match(ln.text)
            and not (_BULLET.match(prev.text) and _BULLET.match(ln.text))  # · one point, · the next
            and "\t" not in prev.text  # a pasted table's row is whole (…\t述职报告 / 特此总结。, heldout46t)
            # a signer's contacts, then the date: two lines of the signature (…邮箱：…@example.com / 2026年12月1日,
            # heldout60t)
            and not (
                SIGNATURE_DATE.match(ln.text.strip())
                and re.search(r"[:：]", prev.text)
                and is_signature_line(prev.text)
            )
        ):
            out[-1] = Line(prev.no, prev.text + ln.text, 0, prev.offset, prev.col)
        else:
            out.append(ln)
    return out


_ATX = re.compile(r"^#{1,6}[ \t]+\S", re.M)


_BOLD_LINE = re.compile(r"^[ \t\u3000]*\*\*[^*\n]{2,40}\*\*[ \t\u3000]*$", re.M)
_BOLD_LABEL_END = re.compile(r"[。！？!?；;：:，,]$")  # **注意：** or a bold sentence is no heading


def reads_as_markdown(text: str) -> bool:
    """A .txt pasted from a Markdown editor (## 壹、前言 … or **一、本季服務概況** on lines of their
    own): two such heading lines or more say the file is Markdown whatever its name, so its marks
    are read as headings (a lone ** in plain text is a gap to fill: **年)."""
    found = _ATX.finditer(text)
    if next(found, None) is not None and next(found, None) is not None:
        return True
    return len(_BOLD_LINE.findall(text)) >= 2


# the work part's title as offices write it on a line of its own: 一年來的主要做法, 本月工作情況
WORK_PART_TITLE = re.compile(
    r"^(?:[^，,。]{0,6}(?:主要做法|主要工作|工作开展情况|工作完成情况|工作情况|主要成效|取得的成效|工作回顾|工作亮点|亮点工作|特色工作|成绩|工作成果|主要成果)"
    # 主要工作及成效 bare, as a WPS paste that lost its numbering leaves it (heldout49t)
    r"(?:(?:及|和|与)(?:其)?(?:成效|成果|主要成效|取得的成效))?"
    r"|(?:本月|本季度|本期|上半年|全年|一年来|主要)?(?:工作)?(?:开展|完成|进展)?情况"
    # 本月工作, 本季度工作回顾; a village's 干了哪些活 (heldout30)
    r"|(?:本月|本周|本季度?|本期|本阶段|近期|上半年|今年|全年)(?:主要)?工作(?:内容|回顾|小结)?|(?:干|做)了(?:哪些|啥|些)(?:活|事|工作)?"
    # 本月完成工作 (a 物业's month), 上半年干的事 (a village's own words): heldout44t
    r"|(?:本月|本周|本季度?|本期|上半年|下半年|今年|全年|一年来|今日|今天)(?:完成|开展)的?(?:主要)?工作|"
    # 本月完成 on its own, as a 楼栋长's monthly note heads what it did (heldout53t)
    r"(?:本月|本周|本季度?|本期|今日|今天)(?:已)?完成(?:事项|情况|内容)?|(?:本月|本季度?|上半年|下半年|今年|全年|一年来)(?:干|做)(?:了)?的(?:事|事情|几件事|工作))$"
)


# an English heading before the Chinese one, as Hong Kong reports print them (Challenges 面對的困難)
ENGLISH_BESIDE = re.compile(r"^[A-Za-z]{2,}[A-Za-z0-9&'’ .-]{0,40}?\s+(?=[\u4e00-\u9fff])")  # not A. 工作回顧


def unspaced(text: str) -> str:
    """A short title printed letter-spaced (结　语, 前 言) as its words: the spaces out."""
    text = text.strip()
    return re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", text) if len(text) <= 10 else text


def bare_part_title(ln: Line) -> bool:
    """A short line with no number, no punctuation and the words of a part's title."""
    text = ENGLISH_BESIDE.sub("", unspaced(ln.text))
    # 【本月工作】 and 存在问题： head a part as the bare words do (a work system's paste, heldout30)
    text = re.sub(r"^【([^】]{2,14})】$", r"\1", text).rstrip("：:")
    # (a year before the title is the part's own: 2027年工作安排, heldout57t)
    unyeared = re.sub(r"^(?:19|20)[0-9]{2}年度?", "", text)
    if ln.md_level or match_marker(text) or len(text) > 16 or re.search(r"[，,。；;：:！？、0-9]", unyeared):
        return False
    simp = fold(text)
    return bool(PROBLEM_HEADING.search(simp) or PLAN_HEADING.search(simp) or CLOSING_HEADING.match(simp)) or bool(
        WORK_PART_TITLE.match(simp)
    )


def same_title(title: str, line: str) -> bool:
    """A line that says the title again (关于柳岸社区…的总结 / 柳岸社区…总结): a title-like line
    whose character pairs are nearly all the title's."""
    a, b = fold(re.sub(r"\s+", "", title)), fold(re.sub(r"\s+", "", line))
    if not b or SENTENCE_END.search(b) or len(b) > 60 or not _TITLE_WORD.search(b):
        return False
    # (not the opening that names what it sums up, 2026年上半年，…，现将上半年工作总结如下：, under a title of the
    # same words — heldout70t's web copy)
    if not looks_like_title(line.strip()):
        return False
    pairs_b = {b[i : i + 2] for i in range(len(b) - 1)}
    pairs_a = {a[i : i + 2] for i in range(len(a) - 1)}
    return bool(pairs_b) and len(pairs_a & pairs_b) >= 0.75 * min(len(pairs_a), len(pairs_b))
