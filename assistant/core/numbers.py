"""Figures in a text: find them, and give each a canonical value and unit.

``3,200份`` = ``3200份`` = ``三千二百份`` and ``1.2萬噸`` = ``12000噸``: drafts are checked
against the facts by these canonical keys, never by the surface text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.core.dates import DOTTED_DAY_AT, DOTTED_DAY_VERBS, DOTTED_MONTH_DAY, DOTTED_RANGE, date_text, find_date
from assistant.core.text import PLACEHOLDER, fold

# Units and measure words, in Simplified. Longest first so 平方米 wins over 米, 人次 over 人.
UNITS = sorted(
    """平方公里 平方千米 平方米 立方米 公顷 公里 千米 公斤 千克 万元 元 人次 车次 辆次 户次
    个次 场次 批次 个月 小时 次 吨 份 场 处 米 个 条 块 辆 户 人 名 期 座 台
    轮 册 张 幅 家 所 间 栋 幢 套 本 件 项 支 面 袋 箱 桶 只 棵 株 亩 方 车 位
    篇 封 页 斤 克 升 天 周 年 组 队 种 起 宗 口 盏 根 把 顶 片 段 趟 遍 班 节
    堂 课 平方 剂次 剂 人份 台次 岁 例 部 回 号人""".split(),
    key=len,
    reverse=True,
)
_UNIT_ALIASES = {
    "回": "次",
    "趟": "次",
    "千克": "公斤",
    "平方": "平方米",
    "千米": "公里",
    "平方千米": "平方公里",
    "㎡": "平方米",
    "位": "名",  # 20位业主 is 20名业主
    "号人": "人",  # 两百号人 counts people
}
# people counted with 个 (90个家长): the same count as 名; the copy-editor's register rules write 名
# before the same nouns (%PEOPLE% in prompts/register.toml)
PEOPLE = (
    r"(?:(?:家长|居民|孩子|老人|学生|群众|村民|业主|志愿者|党员|大学生|老兵|儿童|青少年|小朋友|妈妈|街坊|长者|患者|老表|老乡|老人家(?!庭)|年轻人|后生|女青年|青年男女|娃儿|少年仔|伢子|娃娃|老辈子)"
    r"(?!小组|组|委|会|代表|家庭|户|活动|中心|之家|服务|队|团|群|自治|议事|文明号|突击队|微家|之友|节|路|街|菜|机|鱼|岗|号)"  # 4个村民小组 are groups
    # (words that begin many a place or body, 青年驿站, 妇女儿童维权站, 职工之家: counted as people only when a verb or
    # a mark follows — hostile67)
    r"|(?:青年|妇女|职工|员工|工人|残疾人|老年人|会员|队员|孕妇)"
    # (not 学校, 就业见习基地, 体检点, 共享空间, 观影活动, 开心农场, 与儿童维权站: hostile68)
    r"(?=参加|参与|报名|到场|来到|来了|前来|接受|获得|受益|完成|进入|加入|签约|签订|领取|走进|入户|听取|都|均|已|被"
    r"|[、，,。；;）)]|$))"
)
_PERSON_AFTER = re.compile(PEOPLE)
# Measurements: "一吨" is a figure, while "一个" or "一次" in prose is rather an article.
PHYSICAL_UNITS = {
    "平方公里",
    "平方米",
    "立方米",
    "公顷",
    "公里",
    "公斤",
    "元",
    "吨",
    "米",
    "亩",
    "方",
    "斤",
    "克",
    "升",
}

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUM = rf"[{_CN_DIGITS}十][{_CN_DIGITS}十百千万亿]*"
_AR_NUM = r"[0-9]+(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_NUM = rf"(?:{_AR_NUM}|{_CN_NUM})"
_UNIT_RE = "|".join(map(re.escape, UNITS))
_FIGURE = re.compile(
    rf"(?P<pre>近|(?<![签合预节制公条契邀相婚誓履和])约|大约|逾|超过|将近)?"  # 签约1200人 is not 约1200人
    rf"(?P<a>{_NUM})(?:\s*(?P<sep>-|—|–|~|～|至|到)\s*(?P<b>{_NUM}))?"
    rf"(?P<mult>[十百千万亿]*)(?P<post>余|多|(?:来|几)(?=\s*(?:{_UNIT_RE})))?\s*"  # 40来人, 40几人: 40余人
    rf"(?:(?P<pct>%|％)|(?P<unit>{_UNIT_RE})(?P<tail>左右|以上|上下)?)?"
)
_PERCENT_CN = re.compile(rf"百分之(?P<a>{_AR_NUM}|[{_CN_DIGITS}十百点]+)")
# a month and a day typed with a dot, told from a decimal by what follows (6.26那天, 10.8号)
_DOTTED_RANGE = re.compile(DOTTED_RANGE)
_DOTTED_DAY = re.compile(
    rf"{DOTTED_MONTH_DAY}(?=那天|当天|这天|号|日|晚|上午|下午|开始|起|以后|之后|以来|{DOTTED_DAY_VERBS})|{DOTTED_DAY_AT}"
)
_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)[0-9]{2})\s*年)?"
    r"(?:(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:\s*[-—–~～至到]\s*(?P<m2>[0-9]{1,2}|[一二三四五六七八九十]{1,2}))?\s*月份?)?"
    r"(?:(?P<d>[0-9]{1,2})\s*[日号])?"
)
# Words that hold a numeral and a unit-like character but are not figures.
_NOT_FIGURES = re.compile(
    r"一方面|多方面|各方面|一方(?=[\u4e00-\u9fff])|四面八方|千方百计|三番五次|一五一十|三个代表|两个维护|四个意识|四个自信|两个确立|八项规定"
    r"|三会一课|三严三实|五位一体|四个全面|一把手|一次性|一站式|一条龙|一揽子|一条街|一体化|两委|一家人|一口气|一件事"
    r"|两项补贴|两项制度|三包|四害|六乱|一批|一些|一线|一流|一样|一起|一道|一片|一同|一直|一定|一切|一般|万一|一旦|统一|唯一|之一|进一步"
)
_ORDINAL_BEFORE = "第"
_ENUM_AFTER = "、.．)）"


@dataclass(frozen=True)
class Figure:
    text: str  # as written
    start: int
    end: int
    value: float
    unit: str  # canonical unit; "%" for percentages, "" for a bare number
    value2: float | None = None  # upper end of a range
    approx: str = ""  # 余 / 多 / 近 / 约 / 左右 …
    kind: str = "number"  # number | percent | date | time | ordinal | age | jubilee | change | duration | scope | vote

    @property
    def key(self) -> str:
        """Canonical form used for comparison: ``3200份``, ``87.9%``, ``2024年3月``, ``6:30-8:30``,
        ``3号楼``."""
        if self.kind in ("date", "time", "ordinal"):
            return self.unit
        value = _fmt(self.value)
        if self.value2 is not None:
            value += "-" + _fmt(self.value2)
        return value + self.unit


# Kinds that name a moment or a place rather than count something: a draft may not invent them,
# but it need not repeat every one of them either.
LABEL_KINDS = ("date", "time", "ordinal", "age", "jubilee", "change", "duration", "scope", "vote")
MAX_DIGITS = 15  # a longer run of digits is a code or an ID, not a figure (and floats stop there)


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.6g}"


_FINANCIAL = str.maketrans("壹贰貳参叁參肆伍陆陸柒捌玖拾", "一二二三三三四五六六七八九十")


def cn_to_int(text: str) -> int | None:
    """A heading or list number, Chinese or Arabic: 三 -> 3, 十二 -> 12, ２ -> 2, 一百零一 -> 101."""
    text = fold(text.strip()).translate(_FINANCIAL)
    if not text:
        return None
    if text.isdecimal():  # not isdigit: ① and ² are digits that int() refuses
        return int(text) if len(text) <= MAX_DIGITS else None
    value = cn_number(text)
    return int(value) if value is not None and value == int(value) else None


def int_to_cn(n: int) -> str:
    """The Chinese numeral of any integer: 12 -> 十二, 105 -> 一百零五, 100010 -> 十万零一十."""
    if n < 0:
        return "负" + int_to_cn(-n)
    return _cn(n, inner=False)


def _cn(n: int, inner: bool) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20 and not inner:
        return "十" + (digits[n - 10] if n > 10 else "")
    for size, name in ((100_000_000, "亿"), (10_000, "万")):
        if n >= size:
            high, low = divmod(n, size)
            head = _cn(high, inner) + name
            if low == 0:
                return head
            return head + ("零" if low < size // 10 else "") + _cn(low, inner=True)
    out = ""
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = (n // unit) % 10
        if d:
            out += ("零" if zero and out else "") + digits[d] + name
            zero = False
        elif out:
            zero = True
    return out


def cn_number(text: str) -> float | None:
    """Chinese numeral to a number: 三千二百 -> 3200, 两百 -> 200, 十二 -> 12, 一万亿 -> 10**12."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits.update({"〇": 0, "两": 2})
    units = {"十": 10, "百": 100, "千": 1000}
    if not text or any(c not in digits and c not in units and c not in "万亿" for c in text):
        return None
    if all(c in digits for c in text) and len(text) > 1:  # 二〇二四: digit by digit
        return float("".join(str(digits[c]) for c in text))
    for big, size in (("亿", 100_000_000), ("万", 10_000)):
        if big in text:
            high, _, low = text.partition(big)
            h = cn_number(high) if high else 1.0
            lo = cn_number(low.lstrip("零〇")) if low.lstrip("零〇") else 0.0
            if h is None or lo is None:
                return None
            return h * size + lo
    section = number = 0
    for c in text:
        if c in digits:
            number = digits[c]
        else:
            section += (number or 1) * units[c]
            number = 0
    return float(section + number)


_CN_SPAN = re.compile(r"(?<![〇零])(两|[一二三四五六七八])(?=[二三四五六七八九])")


def cn_span(text: str) -> tuple[float, float] | None:
    """An approximate Chinese count, 两三 / 二三十 / 一百二三十 / 三四万: (low, high), or None.

    Two neighbouring digits with no place between them are a span (三五 too), never one number:
    两三趟 is two or three trips, not 23. A run in 〇/零 (二〇二三) is a year read digit by digit.
    """
    if "〇" in text or "零" in text:
        return None
    digits = "一二三四五六七八九"
    for m in _CN_SPAN.finditer(text):
        i = m.start()
        first = "二" if text[i] == "两" else text[i]
        second = text[i + 1]
        if not (digits.index(second) == digits.index(first) + 1 or (first, second) == ("三", "五")):
            continue
        low, high = cn_number(text[: i + 1] + text[i + 2 :]), cn_number(text[:i] + text[i + 1 :])
        if low is not None and high is not None and low < high:
            return low, high
    return None


def _num(text: str) -> float | None:
    text = text.replace(",", "")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    return cn_number(text)


_MULT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def _apply_mult(value: float, mult: str) -> float:
    for c in mult:
        value *= _MULT[c]
    return round(value, 6)


# Clock times (6:30, 8：00至10：30) are times of day, not counts.
_TIME = re.compile(
    # (a chat export's 16:12:37: its seconds are no figure)
    r"(?<![0-9.])(?P<h>[01]?[0-9]|2[0-4]):(?P<m>[0-5][0-9])(?::[0-5][0-9](?![0-9]))?"
    r"(?:\s*(?:-|—|–|~|～|至|到)\s*(?P<h2>[01]?[0-9]|2[0-4]):(?P<m2>[0-5][0-9]))?(?![0-9])"
)
# A number that names a building, an entrance or a phase is part of a place name, not a count:
# 三号楼, 5号院, 2单元, 奥林苑二期.
_ORDINAL_AFTER = re.compile(r"号楼|号院|号门|号线|号地块|单元|号(?![0-9人])")
_PLACE_BEFORE = "苑园城府庭湾里居坊寓邸墅阁轩村巷街路院厦楼座湖山庄岸郡汇都港区镇"
_PHASE = "期区"


_SEPARATED_DATE = re.compile(
    r"(?<![0-9.])(?:19|20)[0-9]{2}[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
    r"|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
)


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text``, in order. Linear in the length of the text."""
    norm = fold(text) if len(text) < 4096 else "".join(fold(text[i : i + 4096]) for i in range(0, len(text), 4096))
    figures: list[Figure] = []
    taken = bytearray(len(norm) + 1)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    for m in _NOT_FIGURES.finditer(norm):
        take(m.start(), m.end())
    for m in PLACEHOLDER.finditer(norm):  # 20XX, ×× and the like are gaps, not figures
        if m.group(0).startswith("【待核"):  # 【待核实：其实是35分钟】: the user's own figure, to settle
            continue
        take(m.start(), m.end())

    for m in _TIME.finditer(norm):
        if free(m.start(), m.end()):
            take(m.start(), m.end())
            key = f"{int(m.group('h'))}:{m.group('m')}"
            if m.group("h2"):
                key += f"-{int(m.group('h2'))}:{m.group('m2')}"
            figures.append(Figure(text[m.start() : m.end()], m.start(), m.end(), 0.0, key, kind="time"))

    for m in _SEPARATED_DATE.finditer(norm):  # 2026/7/10, 2026.7.10, 2026-07-10, 二〇二六年七月十日
        found = find_date(m.group(0))
        if found is not None and found[0].year and free(m.start(), m.end()):
            take(m.start(), m.end())
            key = date_text(found[0])
            figures.append(Figure(text[m.start() : m.end()], m.start(), m.end(), 0.0, key, kind="date"))

    for m in _DOTTED_RANGE.finditer(norm):  # （4.2到4.7）: two days, the range's first and last
        if free(m.start(), m.end()):
            take(m.start(), m.end())
            for a, b, start, end in ((1, 2, m.start(1), m.end(2)), (3, 4, m.start(3), m.end(4))):
                key = f"{int(m.group(a))}月{int(m.group(b))}日"
                figures.append(Figure(text[start:end], start, end, 0.0, key, kind="date"))

    for m in _DOTTED_DAY.finditer(norm):  # 6.26那天, 10.8号: a month and a day, as clerks type them
        if free(m.start(), m.end()):
            take(m.start(), m.end())
            month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            key = f"{int(month)}月{int(day)}日"
            figures.append(Figure(text[m.start() : m.end()], m.start(), m.end(), 0.0, key, kind="date"))

    for m in _RANGE_END_DAY.finditer(norm):  # 10月1日至7日: the 7日 is the range's last day
        if free(m.start("d"), m.end()):
            take(m.start("d"), m.end())
            figures.append(
                Figure(text[m.start("d") : m.end()], m.start("d"), m.end(), 0.0, f"{m.group('d')}日", kind="date")
            )

    for m in _DATE.finditer(norm):
        if not (m.group("y") or m.group("m")) or m.end() == m.start():
            continue
        if m.group("m") and not m.group("y") and not _month_ok(norm, m):
            continue
        key = _date_key(m)
        if key and free(m.start(), m.end()):
            take(m.start(), m.end())
            figures.append(Figure(text[m.start() : m.end()], m.start(), m.end(), 0.0, key, kind="date"))

    for m in _PERCENT_CN.finditer(norm):
        raw = m.group("a")
        value = float(raw) if re.fullmatch(_AR_NUM, raw) else _cn_decimal(raw)
        if value is not None and free(m.start(), m.end()):
            take(m.start(), m.end())
            figures.append(Figure(text[m.start() : m.end()], m.start(), m.end(), value, "%", kind="percent"))

    for m in _FIGURE.finditer(norm):
        fig = _figure_from_match(norm, text, m)
        if fig and free(fig.start, fig.end):
            take(fig.start, fig.end)
            figures.append(_what_it_names(norm, text, fig))
    figures.sort(key=lambda f: f.start)
    if any(q in norm for q in '“「《"') or _PRACTICE_NAME.search(norm):
        figures = _in_names(norm, figures)
    return figures


_VOTE_BEFORE = re.compile(r"(?:赞成|反对|弃权|同意|不同意|得票|获得)\s*$")
_USED_FOR = re.compile(r"(?:使用|用了|运行|运转|历时|持续|长达)(?:了|已)?\s*$")
_FLOOR_NAMED = re.compile(r"[A-Za-z]|室|业主|住户|平台|大堂|走廊|天台|楼梯|电梯厅|的")
_SCOPE_AFTER = re.compile(
    r"(?:社区|村|小区|科室|部门|单位|街道|乡镇|网格)的[^，。；]{0,6}?[0-9一二三四五六七八九十百千]"
)
_RANGE_END_DAY = re.compile(r"(?<=日)\s*(?:至|到|—|－|-|~|～)\s*(?P<d>[0-9]{1,2})日")
# a short quoted phrase is a name (“十年守護 健康同行”開放日, 「兩學一做」): its numbers name, not count
_QUOTED_NAME = re.compile(r"“[^”“]{1,16}”|「[^」「]{1,16}」|《[^》《]{1,24}》|\"[^\"]{1,16}\"")


_SAID = set("说道称问讲:：")  # 說「來了50人」 quotes words said, not a name
# names of practices with a numeral in them, written without quotes (教八段錦, 五禽戲)
_PRACTICE_NAME = re.compile(r"八段锦|八段錦|五禽戏|五禽戲|六字诀|六字訣|十二段锦|十二段錦|二十四式太极|二十四式太極")


def _in_names(norm: str, figures: list[Figure]) -> list[Figure]:
    spans = [(m.start(), m.end()) for m in _QUOTED_NAME.finditer(norm) if norm[m.start() - 1 : m.start()] not in _SAID]
    spans += [(m.start() - 1, m.end() + 1) for m in _PRACTICE_NAME.finditer(norm)]
    return [
        replace(f, kind="ordinal", unit=f.text.strip())
        if f.kind in ("number", "percent") and any(s < f.start and f.end < e for s, e in spans)
        else f
        for f in figures
    ]


_BUILDING = ("幢", "栋", "座")
_COUNTED = re.compile(r"(?:共|共计|全部|全|计|累计|覆盖|涉及|合计|新建|建成|所有)\s*$")
_BUILDING_NAMED = re.compile(
    r"[0-9]|单元|室|号|门|楼道|电梯|的|、|外墙|顶楼|楼(?!房)|住户|居民(?!楼)|垃圾|信报箱|地下|[东南西北]|逐层|大堂|平台|天台"
)
_JUBILEE_BEFORE = re.compile(r"(?:在党|党龄|工龄|教龄|结婚|建党|建国|成立|建校|建村|建社)\s*$")
_CHANGE_BEFORE = re.compile(
    r"(?:比|较|同比|环比|按年|按月|按季)(?:上月|上年|去年|同期|上季度|上半年|往年)?[^，。,；;]{0,6}?(?:多了?|增加了?|增长了?|提高了?|减少了?|下降了?|上升了?)\s*$"
)


def _what_it_names(norm: str, text: str, fig: Figure) -> Figure:
    """A number that names or qualifies rather than counts work: a building (3幢 of 3幢2單元), a
    room (1502室), an age (80歲以上), a jubilee (光榮在黨50年, 50周年), a day of each month
    (每月19日), a change against before (比上月多了100多人次). Counting them as work would
    report a building number as three buildings."""
    before, after = norm[max(0, fig.start - 8) : fig.start], norm[fig.end : fig.end + 3]
    named = lambda unit, end=fig.end: replace(fig, text=text[fig.start : end], end=end, unit=unit, kind="ordinal")  # noqa: E731
    if (
        fig.unit in _BUILDING
        and not _COUNTED.search(before)
        and (
            _BUILDING_NAMED.match(after)
            or before.endswith("、")
            or (before[-1:] in _PLACE_BEFORE and after[:1] not in ("", "，", "。", "；", "、", ",", ";"))
        )
    ):
        upper = f"-{_fmt(fig.value2)}" if fig.value2 is not None else ""  # 1至6棟: buildings 1 to 6
        return named(_fmt(fig.value) + upper + fig.unit)
    if fig.value == 12345 and ("热线" in after or "热线" in before or after.startswith(("市民", "政务", "便民"))):
        return named("12345")  # the citizens' hotline's number, not 12,345 of anything
    if fig.unit == "个" and _SCOPE_AFTER.match(norm, fig.end):  # 6個社區的62名社工: whose, not how many
        return replace(fig, kind="scope")
    if not fig.unit and after.startswith("票") and _VOTE_BEFORE.search(before):  # 贊成12票: a vote, not work
        return replace(fig, text=text[fig.start : fig.end + 1], end=fig.end + 1, unit="票", kind="vote")
    if fig.unit == "年" and _USED_FOR.search(before):  # 已使用十年: how long
        return replace(fig, kind="duration")
    if not fig.unit and after.startswith("楼") and (before.endswith("座") or _FLOOR_NAMED.match(after[1:])):
        return named(_fmt(fig.value) + "楼", fig.end + 1)  # 13樓業主: a floor
    if fig.unit == "个月":  # 拖了三個月, 歷時6個月: how long, not how much
        return replace(fig, kind="duration")
    if not fig.unit and after.startswith("型") and fig.value < 100 and fig.value2 is None:  # 2型糖尿病
        return named(_fmt(fig.value) + "型", fig.end + 1)
    if not fig.unit and after.startswith("室") and fig.value >= 100:
        return named(_fmt(fig.value) + "室", fig.end + 1)
    if fig.unit in ("岁", "周岁"):
        return replace(fig, kind="age")
    if fig.unit == "周" and after.startswith("年"):
        return replace(fig, text=text[fig.start : fig.end + 1], end=fig.end + 1, kind="jubilee")
    if fig.unit == "年" and _JUBILEE_BEFORE.search(before):
        return replace(fig, kind="jubilee")
    if not fig.unit and before.endswith("每月") and after[:1] in ("日", "号"):
        return named(f"每月{_fmt(fig.value)}日", fig.end + 1)
    if _CHANGE_BEFORE.search(before):
        return replace(fig, kind="change")
    return fig


def _ordinal(norm: str, text: str, m: re.Match[str], value: float) -> Figure | None:
    """三号楼, 2单元, 二期 after a place name: the number is part of a name."""
    start = m.start("a")
    after = _ORDINAL_AFTER.match(norm, m.end("a"))
    before = norm[start - 1] if start else ""
    unit = m.group("unit") or ""
    # (an empty unit is in every string: 小区一共24部 read 一共… to the item's end as a name)
    if after is None and not (unit and unit in _PHASE and before and before in _PLACE_BEFORE and not m.group("mult")):
        return None
    end = after.end() if after else m.end("unit")
    suffix = norm[m.end("a") : end]
    return Figure(text[start:end], start, end, value, _fmt(value) + suffix, kind="ordinal")


def _cn_decimal(raw: str) -> float | None:
    whole, _, frac = raw.partition("点")
    value = cn_number(whole)
    if value is None:
        return None
    if frac:
        digits = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
        if any(c not in digits for c in frac):
            return None
        value = float(f"{int(value)}.{''.join(digits[c] for c in frac)}")
    return value


def _month_ok(norm: str, m: re.Match[str]) -> bool:
    month = _num(m.group("m")) or 0
    if not 1 <= month <= 12:
        return False
    # "三个月" is a duration and "第三月" an ordinal; a bare Chinese month needs 月份 or a day
    before = norm[m.start() - 1] if m.start() else ""
    if before == _ORDINAL_BEFORE:
        return False
    return not re.fullmatch(r"[一二三四五六七八九十]+", m.group("m")) or "月份" in m.group(0) or bool(m.group("d"))


def _date_key(m: re.Match[str]) -> str:
    parts = []
    if m.group("y"):
        parts.append(f"{m.group('y')}年")
    if m.group("m"):
        month = int(_num(m.group("m")) or 0)
        if m.group("m2"):
            parts.append(f"{month}-{int(_num(m.group('m2')) or 0)}月")
        else:
            parts.append(f"{month}月")
    if m.group("d") and m.group("m"):
        parts.append(f"{int(m.group('d'))}日")
    return "".join(parts)


def _figure_from_match(norm: str, text: str, m: re.Match[str]) -> Figure | None:
    a = m.group("a")
    if not a:
        return None
    start, end = m.start(), m.end()
    if m.group("pre") is None:
        start = m.start("a")
    is_arabic = a[0].isdigit()
    # a space stands for "nothing there", so the membership tests below stay simple
    before = norm[start - 1] if start else " "
    after = norm[end] if end < len(norm) else " "
    unit = m.group("unit") or ""
    pct = m.group("pct")
    # a number glued to letters or digits outside the match (a code, a phone number) is not a figure
    if before == _ORDINAL_BEFORE or (before.isascii() and before.isalnum()) or (after.isascii() and after.isalpha()):
        return None
    if is_arabic and len(a.replace(",", "").split(".")[0]) > MAX_DIGITS:
        return None
    ordinal = None if m.group("pre") or m.group("sep") else _ordinal(norm, text, m, _num(a) or 0.0)
    if ordinal is not None:
        return ordinal
    if not is_arabic:
        if not unit and not pct:
            return None  # 一、 （二） 一是 四害: Chinese numerals count only with a unit
        span = cn_span(a)
        value = span[0] if span else cn_number(a)
        if value is None or (value == 1 and unit not in PHYSICAL_UNITS):
            return None
        if a[0] in "十" and before in "数几":
            return None
        if a == "两" and unit in ("天", "日") and before in "前这过介隔":
            return None  # 前两天, 过两天: a while, not a count of days
    else:
        value = _num(a)
        if value is None:
            return None
        bare = not unit and not pct and not m.group("mult")
        # "1、" "2." "(3)" are enumerations; a year-like bare number is a date elsewhere
        if bare and (
            after in _ENUM_AFTER
            or before in "(（"
            or (m.group("sep") is None and re.fullmatch(r"(?:19|20)[0-9]{2}", a))
        ):
            return None
    value = _apply_mult(value, m.group("mult") or "")
    value2 = _apply_mult(span[1], m.group("mult") or "") if not is_arabic and span else None
    if m.group("b"):
        b = _num(m.group("b"))
        if b is None:
            return None
        value2 = _apply_mult(b, m.group("mult") or "")
    approx = "".join(x for x in (m.group("pre"), m.group("post"), m.group("tail")) if x)
    if pct:
        return Figure(text[start:end], start, end, value, "%", value2, approx, "percent")
    canon_unit = _UNIT_ALIASES.get(unit, unit)
    if canon_unit == "个" and _PERSON_AFTER.match(text, end):  # 90个家长 is 90名家长 (the copy-editor writes 名)
        canon_unit = "名"
    if canon_unit == "人" and unit == "号人" and text[end : end + 1] == "员":
        return None  # 3号人员 names a person, not three
    if canon_unit == "口" and text[end : end + 1] == "人":
        canon_unit = "人"  # 二百来口人: people, as the copy-editor writes them
    elif canon_unit == "个" and text[end : end + 1] == "人" and text[end + 1 : end + 2] not in ("信", "隐", "所", "卫"):
        canon_unit = "人"  # 3个人 is 3人; not 个人信息
    if canon_unit == "万元":  # 5万元 = 50000元
        value, canon_unit = _apply_mult(value, "万"), "元"
        value2 = _apply_mult(value2, "万") if value2 is not None else None
    return Figure(text[start:end], start, end, value, canon_unit, value2, approx)


_YEAR_OF = re.compile(r"^[0-9]{4}年")


def compare(draft: str, facts_text: str) -> tuple[list[Figure], list[Figure]]:
    """(figures of the draft that the facts do not have, figures of the facts the draft leaves out)."""
    draft_figs = find_figures(draft)
    fact_figs = find_figures(facts_text)
    fact_keys = {f.key for f in fact_figs}
    # a year said alone (a campaign's title: 2026年…專項整治) is the year of a date the facts give
    fact_keys |= {m.group(0) for f in fact_figs if f.kind == "date" for m in [_YEAR_OF.match(f.key)] if m}
    # a day said without its year (7月8日开班) is a day the facts date in full (a group's 2025-07-08 stamp)
    fact_keys |= {re.sub(r"^[0-9]{4}年", "", f.key) for f in fact_figs if f.kind == "date"}
    # money spoken in 块 is written in 元 (挣1000块 -> 挣1000元): the same figure
    fact_keys |= {f.key.removesuffix("块") + "元" for f in fact_figs if f.key.endswith("块")}
    draft_keys = {f.key for f in draft_figs}
    draft_keys |= {f.key.removesuffix("元") + "块" for f in draft_figs if f.key.endswith("元")}
    unsupported = [f for f in draft_figs if f.key not in fact_keys]
    missing: dict[str, Figure] = {}
    for f in fact_figs:
        if f.kind not in LABEL_KINDS and f.key not in draft_keys:
            missing.setdefault(f.key, f)
    return unsupported, list(missing.values())
