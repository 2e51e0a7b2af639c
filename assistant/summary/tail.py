"""What stands around a summary's parts: bylines, page furniture, a 公文's tail (附件, 抄送,
印發), the signature, and the closing paragraph."""

from __future__ import annotations

import re

from assistant.core.clean import STAMP_LINE
from assistant.core.furniture import (
    CONTENTS_ENTRY,
    CONTENTS_TITLE,
    SIGN_OFF,
    SIGNATURE_DATE,
    SIGNATURE_ORG,
    SIGNATURE_POST,
    is_byline,
    is_signature_line,
    org_line,
)
from assistant.core.numbers import find_figures
from assistant.core.roles import (
    CLOSING_CONTINUE,
    CLOSING_CUE,
    CLOSING_RESOLVE,
    CLOSING_SOFT,
    PLAN_HEADING,
    PLAN_INTENT,
    PLAN_LIST,
    RALLYING,
    closes_with_formula,
)
from assistant.core.script import to_simplified
from assistant.core.text import SENTENCE_END, fold, sentences
from assistant.summary.layout import CHAT_REPLY, CHEERS, bare_part_title, looks_like_title, match_marker, unspaced
from assistant.summary.nodes import Line, Paragraph, ParseTree, Section


def para_of(ln: Line) -> Paragraph:
    return Paragraph(ln.text, ln.no, offset=ln.offset, col=ln.col)


_GROUP_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·\-—]{2,24}群(?:聊)?[ \u3000]*(?:[（(][0-9]{1,4}[）)])?$")


def _sender(stamp: str) -> str:
    """Who sent a message, as its stamp names them (刘敏（湖畔社区） is 刘敏)."""
    return re.sub(r"[（(][^）)]*[）)]|[0-9/.\-年月日:：\s\[\]【】]+", "", stamp)


def _without_replies(doc: ParseTree, lines: list[Line]) -> list[Line]:
    """A summary copied from a group's messages with each sender's stamp: the lines of the summary, its stamps and
    the others' replies after it (and the sender's short thanks back) set aside as the page's furniture."""
    # the summary's sender is the one who wrote most of it, not who spoke first (李书记: 请各社区报送… / 刘敏: the
    # summary — hostile68)
    by: list[tuple[Line, str]] = []
    who = ""  # (lines before any stamp, a cover note already set aside: the sender's own)
    for ln in lines:
        if STAMP_LINE.match(ln.text.strip()):
            who = _sender(ln.text.strip())
            doc.extra.append(para_of(ln))
        else:
            by.append((ln, who))
    written: dict[str, int] = {}
    for ln, name in by:
        written[name] = written.get(name, 0) + len(ln.text.strip())
    author = max((n for n in written if n), key=lambda name: written[name], default="")
    said = [(ln, name in (author, "")) for ln, name in by]
    # the author's last line that says more than a word of thanks (好的，谢谢书记)
    last = max(
        (n for n, (ln, own) in enumerate(said) if own and (len(ln.text.strip()) > 12 or find_figures(ln.text))),
        default=len(said) - 1,
    )
    # (what others said before the sender's first line: a request for the summary, no part of it)
    first = next((n for n, (_, own) in enumerate(said) if own), 0)
    if any(not own for _, own in said[first : last + 1]):
        return [ln for ln, _ in said]  # (several hands wrote the summary: each message is its text)
    if any(match_marker(ln.text) for ln, _ in said[last + 1 :]):
        return [ln for ln, _ in said]  # (a part written by another hand after the sender's: each message is its text)
    doc.extra.extend(para_of(ln) for ln, _ in [*said[:first], *said[last + 1 :]])
    return [ln for ln, _ in said[first : last + 1]]


def _heads_title(header: str, line: str) -> bool:
    """A page header that the title under it repeats: the title names the office again."""
    head, title = re.sub(r"\s+", "", header), re.sub(r"\s+", "", line)
    return len(title) > len(head) and title.startswith(head) and looks_like_title(line)


def set_aside(doc: ParseTree, lines: list[Line]) -> list[Line]:
    """Move bylines, and what follows the signature's date, out of the text's parts."""
    kept: list[Line] = []
    # an email's quoted original (-----原始邮件----- and all after it) is another document
    quoted = next((n for n, ln in enumerate(lines) if _QUOTED_MAIL.match(ln.text.strip())), None)
    # a forward's banner over the whole mail (heldout46t), or under the forwarder's own header and note
    # with no part of their own (heldout61t): what was forwarded is the text
    forwarded = quoted is not None and (
        quoted == 0
        or (
            _FORWARDED.search(lines[quoted].text)
            and quoted <= _FORWARD_NOTE_LINES
            and not any(match_marker(ln.text) for ln in lines[:quoted])
        )
    )
    while quoted is not None and forwarded:  # (a mail forwarded twice: each forward's header and note)
        doc.extra.extend(para_of(ln) for ln in lines[: quoted + 1])
        lines = lines[quoted + 1 :]
        quoted = next((n for n, ln in enumerate(lines) if _QUOTED_MAIL.match(ln.text.strip())), None)
        forwarded = (
            quoted is not None
            and bool(_FORWARDED.search(lines[quoted].text))
            and quoted <= _FORWARD_NOTE_LINES
            and not any(match_marker(ln.text) for ln in lines[:quoted])
        )
    if quoted is not None and not forwarded:
        doc.extra.extend(para_of(ln) for ln in lines[quoted:])
        lines = lines[:quoted]

    # an email's header (发件人：… / 主题：… / 附件：…) down to its first blank line, and its cover note
    # (王主任：您好！现将…报送如下，请审阅), when the summary's own title follows: no part; with no title
    # of its own, the 主题 line is the title
    if any(_MAIL_FROM.match(ln.text.strip()) for ln in lines[:3]):
        end = next((n for n in range(1, len(lines)) if lines[n].no > lines[n - 1].no + 1), len(lines))
        title = None
        for n in range(end, min(end + 8, len(lines))):
            said = lines[n].text.strip()
            if looks_like_title(said) and re.fullmatch(r"[^>＞，。！？]{1,12}[：:]", said) and "写道" not in said:
                title = n  # a salutation (赵科长：): the letter is the text, and its header is set aside
                break
            # (not the cover note, 周老师，修改后的总结如下，请再看看。, a reply quoted with >, or a greeting
            # alone, 周老师好: heldout61t, hostile64)
            if (
                looks_like_title(said)
                and not re.search(r"[。！？!?：:，,]$|^[>＞]", said)
                and not _GREETING.match(said)
            ):
                title = n
                break
        if title is not None:
            doc.extra.extend(para_of(ln) for ln in lines[:title])
            lines = lines[title:]
    # a summary sent as a group's messages and copied with each sender's stamp (周晓燕 2025/12/29 16:05): the sender's
    # first words over its title (王主任，四季度工作小结我先发群里，您看看哪里要改。) are a cover note (heldout64t)
    # (under the group's own name as the phone copies it first, 街道文明实践工作群(38): heldout66t)
    if len(lines) > 2 and _GROUP_NAME.match(lines[0].text.strip()) and STAMP_LINE.match(lines[1].text.strip()):
        doc.extra.append(para_of(lines[0]))
        lines = lines[1:]
    history = bool(lines) and bool(STAMP_LINE.match(lines[0].text.strip()))
    if history:
        for n in range(1, min(6, len(lines))):
            said = lines[n].text.strip()
            if STAMP_LINE.match(said) or re.search(r"[。！？!?，,]$", said):
                continue
            if looks_like_title(said) and not match_marker(said) and not bare_part_title(lines[n]):
                noted = any(_COVER_NOTE.search(ln.text) for ln in lines[1:n])
                if n > 1 and noted:
                    doc.extra.extend(para_of(ln) for ln in lines[:n])
                    lines = lines[n:]
                break
    # the same history's stamps are no part, and the replies after the sender's last word on the summary (李书记
    # 10月31日 18:05 / 收到，辛苦了！… / 好的，谢谢书记) are the group's talk about it (heldout65t)
    if history and lines:
        lines = _without_replies(doc, lines)
    # the notes at a text's end (注　释 / 注：①…): no part, when no heading follows them (heldout40t)
    notes = next(
        (n for n in range(len(lines) // 2, len(lines)) if _NOTES.match(to_simplified(unspaced(lines[n].text)))), None
    )
    if notes is not None:
        after = [ln for ln in lines[notes + 1 :] if not re.match(r"\s*[①-⑳]", ln.text)]  # ② a note's own number
        if not any(match_marker(ln.text) or bare_part_title(ln) for ln in after):
            doc.extra.extend(para_of(ln) for ln in lines[notes:])
            lines = lines[:notes]

    # 附件：… after the signature's date, and the attached tables however long: another document
    for i, ln in enumerate(lines[:-1]):
        if SIGNATURE_DATE.match(ln.text.strip()) and _ATTACHMENT.match(lines[i + 1].text.strip()):
            doc.extra.extend(para_of(x) for x in lines[i + 1 :])
            doc.attached = para_of(lines[i + 1])
            lines = lines[: i + 1]
            break

    # a short line repeated word for word is a page header or footer of a document printed to text
    def key(text: str) -> str:
        return re.sub(r"\s+", "", text)

    seen: dict[str, int] = {}
    for ln in lines:
        seen[key(ln.text)] = seen.get(key(ln.text), 0) + 1
    repeated = {t for t, n in seen.items() if n >= 2 and len(t) <= 40 and not SENTENCE_END.search(t)}
    attached = _attachment_lines(lines) | _contents_lines(lines)
    for n, ln in enumerate(lines):
        # the first line is the title even when the page header repeats it further down
        # (but a page header over the title that names it again is the header: 南湖社區居民委員會 /
        # 南湖社區居民委員會2025年工作總結, heldout43t)
        first_is_header = n == 0 and len(lines) > 1 and _heads_title(ln.text, lines[1].text)
        furniture = (
            key(ln.text) in repeated
            and not match_marker(ln.text)
            and (n > 0 or not looks_like_title(ln.text) or first_is_header)
        )
        furniture = furniture or n in attached
        # the title's translation under it (a Macau report's Portuguese, an English subtitle)
        furniture = furniture or (
            n == 1 and bool(_FOREIGN_LINE.match(ln.text.strip())) and looks_like_title(lines[0].text)
        )
        # a table of contents' entry is no heading, numbered or not (heldout40t: 一、主要工作 …… 1)
        furniture = furniture or bool(CONTENTS_ENTRY.match(to_simplified(ln.text.strip())))
        if furniture or (not ln.md_level and is_byline(ln.text) and not match_marker(ln.text)):
            doc.extra.append(para_of(ln))
        else:
            kept.append(ln)
    # a bulletin's issuer and date over the summary's own title (柳灣村村民委員會　2026年1月12日):
    # no signature and no opening (heldout43t)
    if (
        len(kept) > 1
        and SIGNATURE_DATE.match(kept[0].text.strip())
        and looks_like_title(kept[1].text)
        and re.search(r"总结|汇报|报告|小结|述职", to_simplified(kept[1].text))
    ):
        doc.extra.append(para_of(kept.pop(0)))
    # a work log's prompt over the summary pasted into it (今日完成工作： / 钱塘社区…网格工作总结: heldout61t)
    if (
        len(kept) > 1
        and _LOG_PROMPT.match(fold(kept[0].text.strip()))
        and looks_like_title(kept[1].text)
        and re.search(r"总结|小结|汇报|报告", to_simplified(kept[1].text))
    ):
        doc.extra.append(para_of(kept.pop(0)))
    # a date under the title, as a slide deck's cover prints it (its 汇报人 set aside above): no opening
    # (heldout46t)
    under = 2 if len(kept) > 2 and kept[1].text.strip().startswith(("——", "—", "--")) else 1  # a subtitle between
    if len(kept) > under + 2 and looks_like_title(kept[0].text) and SIGNATURE_DATE.match(kept[under].text.strip()):
        doc.extra.append(para_of(kept.pop(under)))
    # a disclaimer or a 来源 line after the date: the date ends the text
    for i in range(len(kept) - 1, max(-1, len(kept) - 9), -1):
        if SIGNATURE_DATE.match(kept[i].text.strip()):
            after = kept[i + 1 :]
            n = 0
            while n < len(after) and n < 2 and is_signature_line(after[n].text) and org_line(after[n].text):
                n += 1  # the office's name may follow its date
            doc.extra.extend(para_of(ln) for ln in after[n:])
            kept = kept[: i + 1 + n]
            break
    return kept


# a sender's words over what they send (您看看哪里要改, 我先发群里, 请审阅): a cover note, no part
_COVER_NOTE = re.compile(
    r"您|你们?看|请.{0,4}(?:审阅|过目|看看|指正)|看看|群里|要改|改改|我先发|发给|如下|附上|发一下|分几条|各位领导[，,]"
)
_MAIL_FROM = re.compile(r"^(?:发件人|發件人|寄件者|From)\s*[:：]", re.I)
_NOTES = re.compile(r"^(?:注释|注解|脚注|附注|尾注)[:：]?$|^注\s*[:：]\s*[①⑴（(0-9]")
_FOREIGN_LINE = re.compile(r"^(?=(?:.*[A-Za-zÀ-ÿ]{2,}){3})[^\u3400-\u9fff]+$")
_QUOTED_MAIL = re.compile(
    r"^[-—_=\s]{2,}\s*(?:原始邮件|原始郵件|转发的邮件|轉發的郵件|Original Message|Forwarded message)\s*[-—_=\s]{2,}$",
    re.I,
)
_GREETING = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:老师|主任|科长|书记|领导|同志|部长|局长|经理|站长|股长|队长|大家|各位)们?(?:好|您好)[！!。]?$"
)
_LOG_PROMPT = re.compile(r"^(?:今日|今天|本周|本月|本日)(?:完成|已完成)?(?:的)?工作(?:内容|总结)?[:：]$")
_FORWARDED = re.compile(r"转发的邮件|轉發的郵件|Forwarded message", re.I)
_FORWARD_NOTE_LINES = 12  # a forwarder's header and a line or two to the next reader
_CONTENTS_ENTRY_MAX = 24


def _contents_lines(lines: list[Line]) -> set[int]:
    """The entries of a table of contents with no page numbers (a slide deck's 目录: 01  工作回顾 /
    02  存在不足): the short lines right under 目录, up to the first blank line."""
    out: set[int] = set()
    for n, ln in enumerate(lines):
        if not CONTENTS_TITLE.match(to_simplified(ln.text.strip())):
            continue
        last = ln.no
        for m in range(n + 1, len(lines)):
            entry = lines[m]
            gap = 2 if not out else 1  # one blank line may stand between 目录 and its first entry
            if (
                not (last < entry.no <= last + gap or (entry.no == last and ln.no == last))  # a slide's 目录 • 一、…
                or len(entry.text.strip()) > _CONTENTS_ENTRY_MAX
                or SENTENCE_END.search(entry.text)
            ):
                break
            out.add(m)
            last = entry.no
    return out


# a 公文's tail (GB/T 9704): 附件：1.…表.xlsx / 2.…報告.pdf after the text, 抄送 and 印發 lines
# 附件：1.… / 附件1： and, after the signature's date, a bare 附件1 or 附表 over what is attached
# 附件2：…, 附表, and 附：2025年度主要服务数据一览 after the signature's date (heldout45t)
_ATTACHMENT = re.compile(r"^(?:附件|附表|附录|附)\s*[0-9一二三四五六七八九十]{0,2}\s*(?:[:：]|$)")
_ATTACHED_ITEM = re.compile(r"^[0-9０-９]{1,2}\s*[.．、]\s*\S[^。！？]{0,60}$")
_ISSUED = re.compile(r"^\S.{0,40}?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日\s*印[发發]$")
_TAIL_LINES = 10  # a tail stands among the last lines
# a bulletin's distribution lines (報：街道黨工委 / 送：… / （共印10份）)
_DISTRIBUTION = re.compile(r"^(?:报|送|抄报|抄送|发|分送)\s*[:：]|^[（(]共印[0-9一二三四五六七八九十]+份[）)]$")
_POST_END = re.compile(r"^[-—–\s]*END[-—–\s]*$|^(?:往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|精彩推荐|相关推荐)")


def _attachment_lines(lines: list[Line]) -> set[int]:
    """The indexes of a 附件 list (its line and the numbered names under it) and a 印發 line
    near the end: they belong to no part (a closing before them is still the last paragraph)."""
    found: set[int] = set()
    start = max(1, len(lines) - _TAIL_LINES)
    for n in range(max(1, len(lines) - 2 * _TAIL_LINES), len(lines)):
        if _POST_END.match(fold(lines[n].text)):  # -END- / 往期推薦: the post is over, links follow
            return found | set(range(n, len(lines)))
    for n in range(start, len(lines)):
        text = lines[n].text
        if _DISTRIBUTION.match(fold(text)):
            found.add(n)
        if _ISSUED.match(text):
            found.add(n)
        if _ATTACHMENT.match(text) and not match_marker(text):
            found.add(n)
            k = n + 1
            while k < len(lines) and _ATTACHED_ITEM.match(lines[k].text) and not SIGNATURE_DATE.match(lines[k].text):
                found.add(k)
                k += 1
    return found


def _last_paragraph_holder(doc: ParseTree) -> tuple[Section | None, list[Section]]:
    """The deepest last section and the chain of siblings it sits among."""
    if not doc.sections:
        return None, []
    siblings = doc.sections
    node = siblings[-1]
    while node.children:
        siblings = node.children
        node = siblings[-1]
    return node, siblings


def split_signature(doc: ParseTree) -> None:
    """Short trailing lines naming the office or giving a date are the signature (落款)."""
    holder, _ = _last_paragraph_holder(doc)
    paragraphs = holder.paragraphs if holder else doc.opening
    # keep at least one paragraph as content, unless the heading is itself a full sentence
    keep = 0 if holder is not None and holder.full_sentence else 1
    n = 0
    while n < min(3, len(paragraphs) - keep) and is_signature_line(paragraphs[-1 - n].text):
        n += 1
    tail = paragraphs[len(paragraphs) - n :]
    while tail and _THANKS.match(fold(tail[0].text)):  # 特此报告 over the office's name is the closing's
        tail, n = tail[1:], n - 1
    if tail and (
        any(
            SIGNATURE_DATE.match(p.text) or SIGNATURE_ORG.search(to_simplified(p.text)) or SIGN_OFF.match(p.text)
            for p in tail
        )
        or (len(tail) >= 2 and SIGNATURE_POST.search(to_simplified(tail[-2].text)))
    ):
        doc.signature = tail
        del paragraphs[len(paragraphs) - n :]


_GOES_ON = re.compile(
    r"^(?:今后|今后[，,])?(?:我们|我|本?社区|网格站|中心|街道|村|全村|我站|本站|支部|我园|本园)?将继续"
)


def _closes(text: str) -> bool:
    simp = fold(text)
    if CHEERS.match(simp.strip()):  # (a group post's cheer: heldout69t)
        return True
    said = [t.text for t in sentences(simp)]
    if len(said) > 1 and _GOES_ON.match(said[-1]) and not find_figures(simp) and not PLAN_LIST.search(simp):
        return True  # …被評為區級優秀網格工作站。我們將繼續扎根網格，用心服務好每一戶居民。
    resolves = bool(CLOSING_CONTINUE.search(simp) and not PLAN_INTENT.search(simp))  # 下半年，…繼續抓好…等工作
    resolves = resolves or bool(CLOSING_RESOLVE.search(simp)) or closes_with_formula(simp)  # …落到實處 / 作出新的貢獻
    soft = CLOSING_SOFT.match(simp) and not PLAN_LIST.search(simp)  # 新的一年，…以下幾點：一要… is plans
    return bool(CLOSING_CUE.match(simp) or soft or resolves or RALLYING.search(simp.rstrip()))


_THANKS = re.compile(r"^(?:谢谢大家|谢谢各位|谢谢|特此报告|特此汇报|以上报告|以上汇报)[！!。]?$")


def split_closing(doc: ParseTree) -> None:
    holder, siblings = _last_paragraph_holder(doc)
    if holder is None:
        if len(doc.opening) > 2 and _closes(doc.opening[-1].text):
            doc.closing.append(doc.opening.pop())
        return
    paragraphs = holder.paragraphs
    if not paragraphs:
        return
    last = paragraphs[-1]
    # the plans' only paragraph, listed (一是…二是…), that ends on a resolve (…不辜负…的期望): the plans, whose
    # heading would be left empty (the hostile pass of the fourteenth session)
    # (or a plan in one sentence that reads as a resolve, 下一步，社区将继续做好各项工作。: still the plans — the
    # seventeenth session's hostile pass, on a draft of our own)
    # (or any one paragraph, 继续做好各项工作。 alone under 三、下一步工作计划: the plans, however thin — hostile76)
    # (the plans' own heading, not an item of them that names a 计划: 3.对剩余35条小巷分批列入整治计划… then 特此报告。)
    listed_plans = (
        len(paragraphs) == 1
        and not holder.inline
        and len(fold(holder.title)) <= 16
        and bool(PLAN_HEADING.search(fold(holder.title)))
    )
    if listed_plans:
        return
    # (a reply in the group the summary was posted to, 好的王书记，谢谢！: the chat's, no closing — heldout71t)
    if CHAT_REPLY.match(fold(last.text).strip()):
        return
    if _closes(last.text) or (_THANKS.match(fold(last.text)) and len(paragraphs) > 1):  # 谢谢 alone after the plans
        doc.closing.append(paragraphs.pop())
        # 謝謝大家！ after a speech's last words (…一定會更加美好！), 特此報告。 after a resolve (…開創
        # 社區工作新局面。): the closing is both
        if _THANKS.match(fold(last.text)) and (len(paragraphs) > 1 or (paragraphs and holder.full_sentence)):
            before = paragraphs[-1]
            if not before.enum and (before.text.rstrip().endswith(("！", "!")) or _closes(before.text)):
                doc.closing.insert(0, paragraphs.pop())
        return
    others = [s for s in siblings if s is not holder]
    if (
        len(paragraphs) == 1
        and not last.enum
        and holder.full_sentence
        and others
        and all(s.statement or (s.inline and len(s.paragraphs) == 1 and not s.children) for s in others)
    ):
        # after a list of one-sentence items (1、…。 2、…。) a plain paragraph closes the text
        doc.closing.append(paragraphs.pop())
        return
    if last.enum or (len(paragraphs) < 2 and not holder.inline):
        return
    # After a list of short items (numbered headings with one paragraph each, or 一要…二要…
    # paragraphs), an extra unmarked paragraph closes the whole text rather than the last item.
    earlier = paragraphs[:-1]
    if earlier and all(p.enum and p.enum[0].start == 0 for p in earlier):
        doc.closing.append(paragraphs.pop())
        return
    if (
        len(paragraphs) == 2
        and (holder.rank >= 3 or (holder.rank >= 2 and holder.inline))
        and others
        and all(len(s.paragraphs) <= 1 and not s.children for s in others)
    ):
        doc.closing.append(paragraphs.pop())
