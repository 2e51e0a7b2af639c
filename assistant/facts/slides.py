"""A report's slides pasted as items (PPT汇报提纲): bullets (▲ ● ★ →), a slide's title (第三部分 亮点工作),
a bare label over its points (● 一老一小), arrows for "so" and for a rise or fall (1536件 ↑23%), + for
"and", words spaced apart as a slide sets them. The draft tells the points as sentences: the frame of
the slides goes, each mark is said in words, and no figure changes."""

from __future__ import annotations

import re

from assistant.core.text import fold
from assistant.facts.items import VERBS

BULLETS = "▲△●○★☆■□◆◇►▶•·→➢➤✓✔√"
_BULLET = re.compile(rf"^[ \u3000]*[{BULLETS}][ \u3000]*")
_SLIDE_TITLE = re.compile(
    # (第二部分管网改造已完工 is work: a slide's title stands apart from its number)
    r"^(?:第[一二三四五六七八九十]{1,2}部分|PART[ \u3000]*0?[0-9]{1,2}|Part[ \u3000]*[0-9]{1,2})[ \u3000:：]+\S{0,16}$"
)
_FIGURE = re.compile(r"[0-9]")


# the marks only slides use (a Word list's • or · is a list, its short items work: the hostile pass)
_SLIDE_BULLET = re.compile(r"^[ \u3000]*[▲△●○★☆■□◆◇►▶→➢➤]")


def is_slides(items: list[str]) -> bool:
    """Two or more items open on a slide's bullet, or one is a slide's title."""
    marked = sum(1 for i in items if _SLIDE_BULLET.match(i))
    return marked >= 2 or any(_SLIDE_TITLE.match(fold(i.strip())) for i in items)


def slide_points(items: list[str]) -> tuple[list[str], list[str]]:
    """The points of pasted slides, their frame (titles, bare labels over points) left out, and a
    note of what was left out."""
    points: list[str] = []
    titles = labels = 0
    for n, item in enumerate(items):
        text = item.strip()
        if _SLIDE_TITLE.match(fold(text)):
            titles += 1
            continue
        body = _BULLET.sub("", text)
        following = items[n + 1].strip() if n + 1 < len(items) else ""
        # ● 一老一小 over → points: the label says what the points are about; they say it themselves
        label = not text.startswith(("→", "➢", "➤")) and body[:2] not in VERBS  # ● 开展消防演练 is work
        if label and len(body) <= 8 and not _FIGURE.search(body) and following.startswith(("→", "➢", "➤")):
            labels += 1
            continue
        points.append(text)
    notes = []
    if titles or labels:
        told = "、".join(w for w, n in (("幻燈片標題", titles), ("要點上的小標籤", labels)) if n)
        notes.append(f"貼進來的匯報提綱：{told}未寫入（要點照寫）")
    return points, notes


# a rise or a fall told by an arrow, said as each place says it: 1536件 ↑23% is 1536件，增长23%; 信访量 ↓31% is
# 信访量下降31%; a bare ↑ after a figure 有所提升; 85% ↑至93% 由85%提升至93%
# a figure as a slide writes it: a sign, a fraction or a decimal, a unit (由-5%↑至3%, 由1/3↑至1/2, 由1234人↑至1500人)
_SLIDE_NUMBER = r"-?[0-9]+(?:[./][0-9]+)?"
_SLIDE_FIGURE = rf"{_SLIDE_NUMBER}(?:[%％]|[\u4e00-\u9fff](?=[ \u3000]*[↑↓]))?"
_ARROW_TO = re.compile(
    rf"(?<![0-9./-])(?P<by>[由从自][ \u3000]*)?(?P<a>{_SLIDE_FIGURE})[ \u3000]*(?P<d>[↑↓])[ \u3000]*(?=[至到])"
)
# 由90%↓80%: from one figure to the other, the 至 left out (not 下降80%: hostile62)
_FROM_ARROW = re.compile(
    rf"(?P<by>[由从自])[ \u3000]*(?P<a>{_SLIDE_FIGURE})[ \u3000]*(?P<d>[↑↓])[ \u3000]*(?P<b>{_SLIDE_NUMBER})"
)
_WORD_ARROW = re.compile(r"(?<![0-9])(?P<what>[\u4e00-\u9fff]{1,8})[ \u3000]*(?P<d>[↑↓])[ \u3000]*(?=[0-9])")
_ARROW = re.compile(r"[ \u3000]*(?P<d>[↑↓])[ \u3000]*(?=[0-9])")
_BARE_ARROW = re.compile(r"(?<=[0-9%％])[ \u3000]*(?P<d>[↑↓])(?![0-9]|[ \u3000]*[至到])")
_SAID = {  # arrow -> (before 至, after a word, before a figure, bare)
    "↑": ("提升", "增长", "，增长", "，有所提升"),
    "↓": ("下降", "下降", "，下降", "，有所下降"),
}
# from one figure to another (12%→8%, 120人→150人), an arrow before it or not: 由12%降至8%
_FROM_TO = re.compile(
    r"(?:[↑↓][ \u3000]*)?(?P<a>[0-9]+(?:\.[0-9]+)?)(?P<u>%|％|[\u4e00-\u9fff]{0,2})[ \u3000]*(?:→|->|=>)[ \u3000]*"
    r"(?P<b>[0-9]+(?:\.[0-9]+)?)(?P=u)"
)
_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[：:](?=[\u4e00-\u9fff“])")
# a field's name before its colon (牵头单位：街道城管科) stays a colon
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:单位|部门|责任人|负责人|联系人|时间|地点|对象|人员)[：:]")
# a chain of steps (受理→审核→办结): the steps listed
_CHAIN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:[ \u3000]*→[ \u3000]*[\u4e00-\u9fff]{1,4}){2,}")
_SO = re.compile(r"[ \u3000]*(?:→|->|=>|➢|➤)[ \u3000]*")
_AND = re.compile(r"(?<=[\u4e00-\u9fff])(?<![网建])[ \u3000]*[+＋][ \u3000]*(?=[\u4e00-\u9fff])")  # (互联网+, 党建+)
_EQUALS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]*[=＝][ \u3000]*(?=[\u4e00-\u9fff])")
_SPACED = re.compile(r"(?<=[\u4e00-\u9fff”）])[ \u3000]+(?=[\u4e00-\u9fff“（])")
_SPACED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[0-9])")


def slide_marks(text: str) -> tuple[str, str]:
    """A pasted slide's point with its marks said in words, and why (empty: nothing to say)."""
    # a slide's point opens on a bullet or carries an arrow; “党建+” alone is a name, written Chinese
    if not (_BULLET.match(text) or re.search(r"[↑↓→➢➤]", text)):
        return text, ""
    # a name in quotes is the user's own (“党建+物业”): the marks are said outside it only
    parts = re.split(r"(“[^”]*”|《[^》]*》)", _BULLET.sub("", text.strip()))
    new = "".join(p if p.startswith(("“", "《")) else _in_words(p) for p in parts).strip("，")
    new = _SPACED.sub("", new)
    new = _SPACED_FIGURE.sub("", new)
    # a point's label before a colon (双报到：报到单位11家…): said as what the point is about
    if not _FIELD_LABEL.match(new):  # (牵头单位：街道城管科 keeps its colon)
        new = _LABEL.sub(
            lambda m: f"{m['label']}，" if m["label"].endswith(("概况", "情况")) else f"{m['label']}方面，", new
        )
    return (new, "匯報提綱的符號寫成文字") if new != text else (text, "")


def _from_to(m: re.Match[str]) -> str:
    a, b = float(m["a"]), float(m["b"])
    went = "提高至" if b > a else "降至" if b < a else "保持"
    return f"由{m['a']}{m['u']}{went}{m['b']}{m['u']}"


def _in_words(new: str) -> str:
    if new.startswith("→"):
        new = new[1:].lstrip()
    new = _FROM_TO.sub(_from_to, new)
    new = _CHAIN.sub(lambda m: "、".join(p.strip() for p in m.group(0).split("→")), new)
    new = _FROM_ARROW.sub(lambda m: f"{m['by']}{m['a']}{_SAID[m['d']][0]}至{m['b']}", new)
    new = _ARROW_TO.sub(
        lambda m: f"{(m['by'] or '由').strip()}{m['a']}{_SAID[m['d']][0]}", new
    )  # 由90% ↓至80% says 由 once
    new = _WORD_ARROW.sub(lambda m: m["what"] + _SAID[m["d"]][1], new)
    new = _ARROW.sub(lambda m: _SAID[m["d"]][2], new)
    new = _BARE_ARROW.sub(lambda m: _SAID[m["d"]][3], new)
    new = _SO.sub("，", new)
    new = _AND.sub("和", new)
    return _EQUALS.sub("即", new)
