"""News pieces (工作简报, 信息稿) pasted under a category: a headline, 近日，…开展了…, a resident's words in
quotes, 活动受到居民一致好评, a byline (通讯员…　供稿…　2024年8月19日). A summary tells the work and its
figures; the headline, the byline, the quotes and the news's own verdicts go, and 近日 (which day the
summary does not know) with them. What goes is listed in the report, never silently.

A block is read so only when it shows a news piece's frame: a byline line, or a 【工作简报】 mark."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.core.text import fold

_MARK = re.compile(r"^[【\[](?:工作简报|简报|信息|工作信息|社区动态|动态|新闻)[】\]]\s*")
_BYLINE = re.compile(
    r"^[（(]?\s*(?:通讯员|供稿|审核|审稿|编辑|责编|来源|撰稿|摄影|图文|文字|作者|初审|终审)[：:\s\u3000]"
    # (供稿 with its day, or a line that is only who sent it: not 全年向区融媒体中心供稿15篇)
    r"|(?:供稿|通讯员)[^。，]{0,12}?20[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[）)]?$|^[\u4e00-\u9fff]{2,12}供稿[）)]?$"
)
# what the news piece says of itself or its scene, not of the work (its verdicts and colour)
_VERDICT = re.compile(
    r"受到[^。，；]{0,10}(?:一致|广泛|普遍)?(?:好评|欢迎|认可|称赞)|兴致勃勃|欢声笑语|"
    r"近距离感受|纷纷表示|收获满满|意犹未尽|气氛热烈|其乐融融|掌声阵阵|"
    r"拉近了[^。，]{0,8}距离|丰富了[^。，]{0,10}生活|营造了[^。，]{0,12}氛围|激发了[^。，]{0,12}热情"
)
# a resident's words, quoted, and who said them (“…”居民张阿姨一边练习一边说。)
_SAID = re.compile(r"^“[^”]{2,120}”[^。“”]{0,24}(?:说|表示|讲|感慨道?|称赞道?|笑着说|高兴地说|兴奋地说|道)[。！]?$")
# what the office will do next (下一步，…; 接下来，社区将…; 近期，社区还将…): a plan, not work done
_PLAN = re.compile(r"^(?:下一步|下一阶段|下阶段|接下来|今后|近期)[，,]|^[^。，,]{0,10}(?:还将|将于|将继续|计划于)")
_WHEN_UNKNOWN = re.compile(r"^(?:近日|日前|近期|前不久)[，,]\s*")
# a 公众号 article's frame, as a phone copies it (原创 海曙西门 2025年06月18日 09:30 浙江, 点击蓝字 关注我们, 记者 …
# 通讯员 …, ▼ 往期推荐 ▼, 阅读 2316 分享 在看 点赞: heldout63's readers)
_CHROME = re.compile(
    r"^原创[\s\u3000]|^点击(?:蓝字|上方)|关注我们$|^▼|▼$|往期(?:推荐|回顾)"
    r"|^(?:阅读[\s\u3000]+[0-9]+(?:万|\+)?[\s\u3000]*)?(?:(?:分享|在看|点赞|收藏)[\s\u3000]*)+$"  # (not 读书分享会3场: hostile63)
    r"|^阅读[\s\u3000]+[0-9]+(?:万|\+)?$"
    r"|^记者[\s\u3000]|^长按(?:识别|二维码)|^扫码关注|^文[\s\u3000]*[|｜/]|^图[\s\u3000]*[|｜/]"
)
_ARTICLE_DAY = re.compile(r"(20[0-9]{2})年0?([0-9]{1,2})月0?([0-9]{1,2})日")


def _sentences(line: str) -> list[str]:
    """``line`` cut after each 。！？ outside quotes (“…！”小宇说。 is one sentence)."""
    out, buf, inside = [], "", False
    for ch in line:
        buf += ch
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch in "。！？!?" and not inside:
            out.append(buf)
            buf = ""
    return [*out, buf] if buf.strip() else out


_DOING = re.compile(
    r"开展|组织|举办|检查|组建|走访|发放|设置|培训|演练|讲解|宣传|慰问|清理|安装|竞赛|义诊|成立|参加|参与|承办|主办|协办"
)


def _colour(clause: str) -> bool:
    """A clause that is the news's verdict or colour, with no figure and no work of its own."""
    return bool(_VERDICT.search(clause)) and not re.search(r"[0-9]", clause) and not _DOING.search(clause)


@dataclass
class Bulletin:
    work: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _pieces(values: list[str]) -> list[str]:
    return [ln.strip() for v in values for ln in v.splitlines() if ln.strip()]


def is_bulletin(values: list[str]) -> bool:
    """A byline or a 【工作简报】 mark, and a news body: a line of two sentences or more (a list with a
    form's 审核：李明 under it, or a bare （供稿：甲社区）, is no news piece: the hostile pass)."""
    lines = [fold(ln) for ln in _pieces(values)]
    framed = any(_BYLINE.search(ln) for ln in lines) or any(_MARK.match(ln) for ln in lines)
    framed = framed or sum(1 for ln in lines if _CHROME.search(ln)) >= 2  # a 公众号 article's frame
    return framed and any(_body(ln) for ln in lines)


def _body(line: str) -> bool:
    """A line of a news piece's body: a sentence of some length, ended."""
    return len(line) >= 15 and line.rstrip().endswith(("。", "！", "”"))


def read_bulletins(values: list[str]) -> Bulletin | None:
    """The work the pasted news pieces tell, a sentence an item; None when they are no news pieces."""
    if not is_bulletin(values):
        return None
    out = Bulletin()
    dropped = {"title": 0, "byline": 0, "said": 0, "verdict": 0, "plan": 0}
    lines = _pieces(values)
    # the day the article came out, from its frame: its 截至目前 is then, not the summary's year end
    day = next((m for ln in lines if _CHROME.match(fold(ln)) and (m := _ARTICLE_DAY.search(ln))), None)
    body_at = next((n for n, ln in enumerate(lines) if _body(ln)), len(lines))
    for n, line in enumerate(lines):
        folded = fold(line)
        if _BYLINE.search(folded) or _CHROME.search(folded):
            dropped["byline"] += 1
            continue
        following = lines[n + 1] if n + 1 < len(lines) else ""
        # a headline: a short line before the body with no figure and no full stop (攒积分、换好礼！…), or one
        # with no stop of its own over a piece's first paragraph
        before_body = n < body_at and not re.search(r"。$|[0-9]", line)
        over_body = not re.search(r"[。！？!?；;，,]", line) and _body(following)
        if _MARK.match(folded) or (len(line) <= 40 and (before_body or over_body)):
            dropped["title"] += 1
            continue
        if day is not None:
            line = line.replace("截至目前", f"截至{day[2]}月{day[3]}日")
        for sentence in _sentences(line):
            text = sentence.strip()
            s = fold(text)
            if not text:
                continue
            if _SAID.match(s):
                dropped["said"] += 1
            elif _PLAN.match(s):
                dropped["plan"] += 1
            elif _VERDICT.search(s):
                # clause by clause: 组织20名青少年参观学习，近距离感受…: the work stays, its colour goes; 此次活动共
                # 发放资料500份 keeps its figure
                kept = [c for c in re.split(r"(?<=[，,])", text) if not _colour(fold(c))]
                dropped["verdict"] += 1
                rest = _WHEN_UNKNOWN.sub("", "".join(kept)).rstrip("，,。！？!?")
                if rest and (re.search(r"[0-9]", rest) or _DOING.search(fold(rest))):
                    out.work.append(rest)
            else:
                out.work.append(_WHEN_UNKNOWN.sub("", text).rstrip("。！？!?"))
    words = {
        "title": "標題",
        "byline": "通訊員/供稿行",
        "said": "引語",
        "verdict": "新聞稿的評價",
        "plan": "「下一步」句",
    }
    left = "、".join(f"{words[k]} {n} 處" for k, n in dropped.items() if n)
    if left:
        plan = "（「下一步」要寫的請寫進下一步計劃）" if dropped["plan"] else ""
        out.notes.append(f"貼進來的新聞稿：{left}未寫入工作{plan}")
    return out if out.work else None
