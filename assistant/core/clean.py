"""User text as data: control characters out, one line per item, and visible when shown.

A facts item goes into a draft, a file name, a terminal and a .docx. An escape sequence in it
would clear a screen, a NUL breaks python-docx, a right-to-left override flips a file name, and a
newline would let ``"---\\n# 標題\\n一、偽造"`` stand as a heading of its own. So stored text
loses its control characters, an item's lines are joined into one, and a heading mark or number
an item starts with (``# ``, ``一、``, ``（二）``) goes: an item placed at the start of a line
would otherwise read as a heading, and the draft numbers items itself. Every change is
described, so nothing goes silently.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.core.dates import STAMP_ACCOUNT, STAMP_CLOCK, STAMP_DAY
from assistant.core.furniture import PAGE_MARK
from assistant.core.text import NUMBER_MARK, fold

# Bidirectional overrides, embeddings, isolates and marks: they reorder what is displayed.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Everything that ends a line, for Python's str.splitlines and for a terminal.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINES = re.compile(rf"[ \t]*[{LINE_BREAKS}]+[ \t]*")
# wide characters (CJK, its punctuation, full-width forms): a line break between two needs no space
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def is_control(char: str) -> bool:
    """A C0/C1 control (other than tab and line breaks), a bidi control, a lone surrogate or BOM."""
    if char in LINE_BREAKS or char == "\t":
        return False
    category = unicodedata.category(char)
    return category in ("Cc", "Cs") or char in BIDI or char == "\ufeff"


# A terminal's escape sequences, whole: taking out the ESC alone would leave 「]52;c;…」 of a
# clipboard sequence (OSC 52) or 「[2J」 behind, and their digits read as figures (入戶走訪]52).
_SEQUENCE = re.compile(
    r"\x1b\][ -~]*(?:\x07|\x1b\\)?"  # OSC … BEL or ST; its text is ASCII, so the item's words stay
    r"|\x1b[P^_X][ -~]*(?:\x1b\\)?"  # DCS, SOS, PM, APC … ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI, even cut off before its final byte
    r"|\x9b[0-?]*[ -/]*[@-~]"  # one-byte CSI only whole: a stray byte must not take the item's digits
    r"|\x9d[ -~]*[\x07\x9c]"  # one-byte OSC only with its end
    r"|\x1b[ -/]*[@-Z\\^_a-z=>]?"  # ESC and its letter (never a digit of the text after it)
)


def strip_controls(text: str) -> tuple[str, int]:
    """``text`` without control characters and terminal escape sequences (whole), and how many
    control characters were removed."""
    # the control characters of each sequence are counted (ESC, BEL…), its printable rest is not
    in_sequences = sum(sum(1 for c in m.group() if is_control(c)) for m in _SEQUENCE.finditer(text))
    text = _SEQUENCE.sub("", text)
    kept = [c for c in text if not is_control(c)]
    return "".join(kept), in_sequences + len(text) - len(kept)


def one_line(text: str) -> str:
    """Join the lines of one item: Chinese lines run on, others are separated by a space."""
    text = text.replace("\t", " ")

    def joined(lines: str, between: str = "") -> str:
        def join(m: re.Match[str]) -> str:
            before = lines[m.start() - 1] if m.start() else ""
            after = lines[m.end()] if m.end() < len(lines) else ""
            return between or ("" if _WIDE.match(before) or _WIDE.match(after) else " ")

        return _LINES.sub(join, lines).strip()

    # a chat export's stamp on a line of its own over the message ([2025-08-08 19:46] 李海涛 / 全民健身日…):
    # the sender and the message stay apart, as the export's colon would keep them (heldout48); the
    # message's own lines are its sentences (本月走访困难户96户 / 发放慰问品80份: the hostile pass of round 28)
    first, sep, rest = text.strip().partition("\n")
    if sep and STAMP_LINE.match(first.strip()) and rest.strip():
        return f"{first.strip()}：{joined(rest.strip(), '，')}"
    return joined(text)


# (a QQ group's export names the sender 社区-陈立群(283746159): a group's label, a dash, the QQ number —
# heldout49)
_SENDER = r"[\u4e00-\u9fff][\u4e00-\u9fff\-－—·]{0,11}(?:[（(][^）)]{1,12}[）)])?"
# a message's stamp on a line of its own (周晓燕 2025/12/29 16:05, 2025-06-02 9:10:05 社区-方主任(385920174))
STAMP_LINE = re.compile(
    rf"^[\[【]?\s*{STAMP_DAY}\s+{STAMP_CLOCK}\s*[\]】]?\s*{_SENDER}$"
    rf"|^{_SENDER}\s+{STAMP_DAY}\s+{STAMP_CLOCK}$"
    rf"|^{STAMP_DAY}\s+{STAMP_CLOCK}\s+{STAMP_ACCOUNT}$|^{STAMP_ACCOUNT}\s+{STAMP_DAY}\s+{STAMP_CLOCK}$"
    # [李梅] 1月8日 9:15, as a phone copies several messages at once (heldout50)
    rf"|^[\[【][\u4e00-\u9fff]{{2,4}}[\]】]\s*(?:{STAMP_DAY}\s+)?{STAMP_CLOCK}$"
)
# a sender on a line of their own with no time (张晓燕：): a chat only where two or more such lines stand
_SENDER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]$")
# or with the time only, as a phone copies a few messages of a day (张姐 9:05 / 小周 9:07: the hostile pass of round 88)
_SENDER_CLOCK = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}\s+{STAMP_CLOCK}$")
# (or in brackets before the message, 【小周 7/28 10:40】好的收到: the hostile pass of round 93)
_BRACKET_STAMP = re.compile(rf"^[【\[][^】\]]{{0,8}}?\s*{STAMP_DAY}\s+{STAMP_CLOCK}[】\]]")
_RECALLED = re.compile(r"^[\u4e00-\u9fff]{1,6}撤回了一条消息$")
# a stamp with the message after it on the same line (…陈立群(283746159) 走访困难户96户): a message of its own
_STAMPED_LINE = re.compile(rf"^{STAMP_DAY}\s+{STAMP_CLOCK}\s+{STAMP_ACCOUNT}\s*[：:]?\s*\S")


_LIST_NUMBER = re.compile(r"^[0-9]{1,2}(?:、|[.．](?![0-9]))")  # (3、9月… is item 3; 12.5万元 no item)


def pasted_messages(text: str) -> list[str]:
    """A block pasted under one heading, one item per message: a group's export (each stamp line
    opens a message, the lines under it are its text) or lines typed one under another (each its
    own item); a numbered list whose items run over several lines (a scanned ledger broken mid-word:
    1、…信息采集核 / 对，共采集…) an item a number. A block of one line is one item."""
    # (a page's number copied from a scan or a print, — 2 —, 第2页 共5页, goes)
    lines = [line.strip() for line in text.splitlines() if line.strip() and not PAGE_MARK.match(line.strip())]
    if len(lines) < 2:
        return [text]
    numbered = [bool(_LIST_NUMBER.match(line)) for line in lines]
    if numbered[0] and sum(numbered) >= 2 and not all(numbered):
        items: list[str] = []
        for line, starts in zip(lines, numbered, strict=True):
            # a line goes on the item above only where the scan broke a sentence: the item above ends on
            # no mark and no figure, the line opens on no mark of its own (•, (1), 一是)
            broken = (
                items
                and not re.search(r"[。；;！!？?.．0-9人户名个次件份元处场篇条块张辆台套间栋]$", items[-1])
                and not re.match(
                    r"^(?:[-•·*0-9]|[（(][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]是|此外|另外|同时|另有|还有|第)",
                    line,
                )
            )
            if starts or not broken:
                items.append(line)
            else:
                items[-1] += line
        return items
    senders = sum(1 for line in lines if _SENDER_LINE.match(line)) >= 2
    clocked = sum(1 for line in lines if _SENDER_CLOCK.match(line)) >= 2
    opens = [
        bool(STAMP_LINE.match(line) or _STAMPED_LINE.match(line) or _RECALLED.match(line))
        or (senders and bool(_SENDER_LINE.match(line)))
        or (clocked and bool(_SENDER_CLOCK.match(line)))
        for line in lines
    ]
    groups: list[list[str]] = []
    for line, opened in zip(lines, opens, strict=True):
        if not groups or opened or not any(opens):
            groups.append([line])
        else:
            groups[-1].append(line)
    # (a sender named with no time says nothing a summary keeps: the message stands alone)
    # (a sender and time over the message, 张姐 9:05: kept before it, as a group's export writes it, 张姐 9:05：…)
    return [
        f"{g[0]}：" + "\n".join(g[1:])
        if len(g) > 1 and clocked and _SENDER_CLOCK.match(g[0])
        else "\n".join(g[1:] if senders and _SENDER_LINE.match(g[0]) and len(g) > 1 else g)
        for g in groups
    ]


def chat_block(text: str) -> bool:
    """Whether a block is a few messages a phone copied at once, each under its sender and time (张姐 9:05)."""
    return (
        sum(1 for line in text.splitlines() if _SENDER_CLOCK.match(line.strip()) or _BRACKET_STAMP.match(line.strip()))
        >= 2
    )


# What makes a line a heading or a list item: Markdown's marks and a 公文's numbers
# (一、 （一） 1、 1. (1) 第一，). All are taken off the start, and said so (clean_item).
_LEADING_MARK = re.compile(
    r"^(?:#{1,6}(?=\s|$)|>(?=\s)|[-*+•·](?=\s)|-{3,}|`{3,}|={3,}"
    rf"|{NUMBER_MARK.pattern})\s*"
)


# two numerals with no 十 between them are no item number but a day: 七一, 八一, 五四, 十一 is 11
_HOLIDAY = re.compile(r"^[一二三四五六七八九][一二三四五六七八九]\s*、")


# what follows 7、 when the 7 is one of a list (7、8月, 1、2号楼, 三、四组) and no item number
_LISTED_ON = re.compile(
    r"(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,2})"
    r"(?:月|日|号|栋|幢|楼|单元|期|年级|组(?!织)|队(?!伍)|层|號|棟|樓|單元|層|隊(?!伍)|年級)"
)


def strip_leading_marks(text: str) -> tuple[str, str]:
    """``text`` without the heading marks or item numbers it starts with, and what was removed."""
    removed = ""
    while (m := _LEADING_MARK.match(text)) and m.end() < len(text):
        if _HOLIDAY.match(m.group(0)):
            break  # 七一、八一期間…: the days (7月1日, 8月1日), not item 71
        listed = _LISTED_ON.match(text, m.end()) if m.group(0).rstrip().endswith("、") else None
        mark = re.match(r"[0-9]{1,2}", m.group(0))
        later = (
            listed is not None and mark is not None and listed["n"].isdigit() and int(listed["n"]) <= int(mark.group())
        )
        later = later and not (mark is not None and mark.group() == "12" and text.startswith("1月", m.end()))  # 12、1月
        # (10、9号楼两栋, 8、6号楼之间, 12、11月份两个月: two of them, a list)
        later = later and not (listed is not None and re.match(r"[^，。；]{0,8}(?:两|之间|俩)", text[listed.end() :]))
        if listed and not later:
            break  # 7、8月雨季… / 1、2号楼…: a list of months or buildings, not item 7 (round 16's reader)
            # (but 12、9月组织…: a list's twelfth item, the month before it no later than its number)
        removed += m.group(0)
        text = text[m.end() :]
    if text.startswith(">"):  # >100戶 means "over 100", yet starts a quotation in Markdown
        text = "＞" + text[1:]
    return text, removed.strip()


def clean_item(text: str) -> tuple[str, list[str]]:
    """A stored value (one line, no control characters, no leading heading mark) and what changed."""
    stripped, removed = strip_controls(text)
    line, mark = strip_leading_marks(one_line(stripped))
    # a numbered line folded from several (救助 金共计, 服务65 人次); not names listed with spaces (志愿者 张三 李四)
    chunks = line.split(" ")
    if mark and _LIST_NUMBER.match(mark) and len(chunks) <= 3 and not any(2 <= len(c) <= 3 for c in chunks[1:]):
        line = re.sub(r"(?<=[\u4e00-\u9fff0-9]) (?=[\u4e00-\u9fff])", "", line)
    changes = [f"刪除了 {removed} 個控制字符"] if removed else []
    if mark:
        changes.append(f"去掉了開頭的「{mark}」（稿子自己分節編號）")
    return line, changes


def visible(text: str, keep_newlines: bool = False) -> str:
    """Text for display: control characters (and bytes that were not UTF-8) shown as escapes."""
    out = []
    for c in text:
        if c == "\n" and keep_newlines:
            out.append(c)
        elif c == "\n":
            out.append("⏎")  # a line break inside a quoted piece of text
        elif "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif is_control(c) or c in LINE_BREAKS:
            out.append(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


def redecode(text: str) -> str | None:
    """Text whose undecodable bytes were kept as surrogates, decoded as GB18030 (a Chinese
    terminal's usual encoding); None when the bytes are neither UTF-8 nor GB18030."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


# a pair of straight quotes around Chinese words (老人说"你们这些娃娃攒劲得很", 开展"数字助老"培训): the
# marks a Chinese text uses, so that the name or the words inside are read as quoted
_STRAIGHT_QUOTES = re.compile(r'"([^"\n ]{1,81})"')  # (a spaced name kept as typed)


# a ledger's row pasted as one item, its cells set apart by wide gaps (叶酸发放　　目标人数120　　已发放113: heldout59)
_WIDE_GAP = re.compile(r"[ \u3000]{2,}|\u3000")


_FIELD = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})[:：](?P<value>.+)$")
_STAFF_FIELD = re.compile(
    r"^(?:交班人|接班人|值班人|值班人员|带班领导|记录人|登记人|经办人|填报人|交接时间|时间|日期)$"
)


def row_cells(text: str) -> tuple[str, str]:
    """A row's cells joined by commas, and why (or the text as it was and "")."""
    # a row copied from a Markdown or WPS table: 事项 | 对象 | 做了什么 | 已完成
    if len(re.findall(r"[|｜]", text)) >= 2:
        piped = [c.strip() for c in re.split(r"[|｜]", text) if c.strip()]
        if len(piped) >= 4 and re.fullmatch(r"[0-9]{1,3}", piped[0]):
            piped = piped[1:]  # the row's own number (1 | 消防检查 | …): the draft numbers nothing of it
        piped = ["已完成" if re.fullmatch(r"[√✓✔☑]", c) else c for c in piped]  # a tick is done
        chinese = all(re.search(r"[\u4e00-\u9fff]", c) for c in piped)  # (1|2|3号楼 is three buildings)
        if len(piped) >= 3 and chinese and any(re.search(r"[0-9]", c) for c in piped):
            return "，".join(_targets(piped)), "表格一行的各格用逗號連起"
    cells = [c for c in _WIDE_GAP.split(text.strip()) if c]
    # a handover's fields (交班人：周敏  接班人：杨建军  交接时间：…  交接事项：…): what was handed over, not who
    # or when (heldout62's 交接班记录); a handover of nothing is no work
    fields = [_FIELD.match(c) for c in cells]
    handover = any(m and re.match(r"交班|接班|交接", fold(m["label"])) for m in fields)  # (not 时间：… 地点：… 人数：…)
    if len(cells) >= 3 and all(fields) and handover:
        told = [m["value"] for m in fields if m and not _STAFF_FIELD.match(fold(m["label"]))]
        told = [t for t in told if not re.fullmatch(r"无|正常|无异常|/", t)]
        return "，".join(told), "交接記錄只寫交接的事項"
    if len(cells) < 3 or any(len(c) > 20 for c in cells) or not any(re.search(r"[0-9]", c) for c in cells):
        return text, ""
    return "，".join(cells), "表格一行的各格用逗號連起"


# a short cell naming whom the next cell's work was for (餐饮单位 | 安装报警器420台): 针对餐饮单位安装…
_FOR_WHOM = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:单位|企业|商户|商铺|门店|场所|店|户|居民|群众|人员|老人|儿童|学生|对象|家庭|小区|学校)$"
)
_OPENS_ON_VERB = re.compile(r"^(?:安装|发放|开展|组织|检查|排查|走访|培训|更换|维修|清理|张贴|配备|建立|落实|督促)")


def _targets(cells: list[str]) -> list[str]:
    out: list[str] = []
    for cell in cells:
        if out and _FOR_WHOM.match(fold(out[-1])) and _OPENS_ON_VERB.match(fold(cell)) and len(out) > 1:
            out[-1] = f"针对{out[-1]}{cell}"
        else:
            out.append(cell)
    return out


# "6·26" or "3.15": a day named by its date, quoted like a name though it holds no Chinese.
_ANNIVERSARY = re.compile(r'"\d{1,2}[·.．]\d{1,2}"')


def _quotable(inside: str) -> bool:
    if " " in inside:
        return False  # (a spaced name kept as typed, and the pairs around it with it)
    return bool(re.search(r"[\u4e00-\u9fff]", inside) or _ANNIVERSARY.fullmatch(f'"{inside}"'))


def curly_quotes(text: str) -> tuple[str, str]:
    """Straight quote pairs as Chinese quotes when every pair holds Chinese words, and why."""
    pairs = re.findall(r'"([^"]*)"', text)
    if text.count('"') % 2 or not pairs or not all(_quotable(p) for p in pairs):
        return text, ""  # ("AAA"级: pairs the clerk made around no Chinese word are left as typed)
    if re.search(r'[0-9]"', _ANNIVERSARY.sub("", text)):
        return text, ""  # (32"显示屏: inches)
    new = _STRAIGHT_QUOTES.sub(lambda m: f"“{m[1]}”" if _quotable(m[1]) else m[0], text)
    return new, "英文引號改為中文引號" if new != text else ""
