"""What the books an office keeps say as a summary says them, read from their rows: a 矛盾纠纷调解登记台账 (each
dispute by its kind, what it was about and how it ended, no party named, no phone, no ID, no mediator) and an
经费支出明细 (what the money went on and how much, its 小计 and 合计 as the clerk totalled them, no voucher, no
handler) — heldout69's and heldout70's readers; a roster of the people an office supports (how many and its totals,
no one's case) and a book of meetings (how many, what each took up, the roll) — heldout72's."""

from __future__ import annotations

import re

from assistant.core.text import fold
from assistant.facts.columns import (
    _AMOUNT,
    _ATTENDANCE,
    _DOTTED_DAY,
    _MEASURED,
    _NOTE,
    _ROLL,
    _TOTAL,
    _WHAT,
    _WHEN,
    _first_cell,
)
from assistant.facts.feet import BOOK_ASIDE, BOOK_WORD, ranked
from assistant.facts.privacy import kin_withheld
from assistant.facts.totals import borne_out

_PARTY = re.compile(r"^(?:当事人|双方当事人|申请人|被申请人|申请方|被申请方|当事人姓名|纠纷当事人)$")
_KIND = re.compile(r"^(?:矛盾)?(?:纠纷)?(?:类型|类别|性质|种类)$")
_BRIEF = re.compile(
    r"^(?:纠纷)?(?:简要情况|基本情况|主要事由|事由|简要案情|主要诉求|诉求|情况简述|主要情况|简要内容|内容|事项|主要内容)$"
)
# the book's own columns: who, how to reach them, when, who mediated, the call back (never said)
_OWN = re.compile(
    r"^(?:序号|编号|登记日期|受理日期|日期|时间|联系电话|电话|联系方式|身份证号码?|证件号码|调解员|调解人|承办人|经办人"
    r"|回访情况|回访时间|回访|履行情况|登记人|记录人|案号|卷宗号)$"
)
_METHOD = re.compile(r"^(?:调解|调处)方式$")
_RESULT = re.compile(r"^(?:(?:调解|调处|处理)(?:结果|情况)|结果)$")  # (结果 beside 调解员: hostile78)
_MONEY = re.compile(r"^(?:涉及|涉案|标的)?金额(?:[（(]元[）)])?$")
# a note on who else took part (联合司法所, 邀请退休法官参与) says how it was settled; one on the book itself
# (与第4号为同一纠纷, 下月继续) does not
_HOW = re.compile(r"^(?:联合|会同|邀请|协调|司法所|派出所|已报|已上报|报|引导|移交|转)")


def mediation_register(header: list[str], table: list[list[str]]) -> list[str] | None:
    """A mediation register's rows, each dispute as a clause under its kind, and its 合计 row; None for any
    other table."""
    # (an aid book or a penalty book has 申请人 and 处理结果 too: a register is one that mediates — hostile68)
    if not (
        any(_PARTY.match(h) for h in header)
        and any(_KIND.match(h) for h in header)
        and any(_RESULT.match(h) for h in header)
        and any(h.startswith(("调解", "调处")) for h in header)
    ):
        return None

    def cell(row: list[str], pattern: re.Pattern[str]) -> str:
        return next((c.strip() for h, c in zip(header, row, strict=True) if pattern.match(h) and c.strip()), "")

    # (a party named with a phone after it, 刘德福 13900002222; a party that is a role or a body — 业主, 物业公司,
    # 装修施工队 — is said as it is: hostile68)
    parties = {
        name.strip()
        for row in table
        for h, c in zip(header, row, strict=True)
        if _PARTY.match(h)
        for name in re.split(
            r"[、，,和与及/\s0-9]+", re.sub(r"[（(][^）)]*[）)]|等[0-9一二三四五六七八九十]+人", "", c)
        )
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name.strip()) and not _ROLE.search(name.strip())
    }
    unnamed = re.compile("|".join(map(re.escape, sorted(parties, key=len, reverse=True)))) if parties else None
    kinds: dict[str, list[str]] = {}
    said: list[str] = []
    for row in table:
        if _TOTAL.match(fold(_first_cell(row))):
            total = [
                _with_unit(h, c.strip())
                for h, c in zip(header, row, strict=True)
                if c.strip() and not _TOTAL.match(fold(c.strip()))
            ]
            if total:
                said.append("合计" + "，".join(total))
            continue
        brief = cell(row, _BRIEF)
        method, result, note = cell(row, _METHOD), cell(row, _RESULT), cell(row, _NOTE)
        money = next(
            (_with_unit(h, c.strip()) for h, c in zip(header, row, strict=True) if _MONEY.match(h) and c.strip()), ""
        )
        # a column the book has and the reader does not know (赔付方式, 协议编号…) is said as it stands
        others = [
            c.strip()
            for h, c in zip(header, row, strict=True)
            if c.strip() and not any(p.match(h) for p in (_PARTY, _KIND, _BRIEF, _METHOD, _RESULT, _MONEY, _NOTE, _OWN))
        ]
        if _HOW.match(note) and re.match(r"联合|会同", note) and method in ("", "联合调解"):
            method, note = f"会同{re.sub(r'^(?:联合|会同)', '', note)}调解", ""
        ended = re.sub(r"^调解", "", result) if method and result.startswith("调解") else result
        if method and ended.startswith(("成功", "不成", "未成")):
            outcome = method + ended
        elif method and ended:
            outcome = f"{method}后{ended}" if re.match(r"引导|移交|转|报", ended) else f"{method}，{ended}"
        else:
            outcome = method or ended
        # a note on the book itself (与第4号为同一纠纷, 下月继续) goes; one that says more of the case stays
        noted = note if note and not re.search(r"第[0-9]+号|同一纠纷|重复|下月继续|^已?回访", note) else ""
        clause = "，".join(p for p in (brief, money, *others, outcome, noted) if p)
        if unnamed:
            clause = _unnamed(unnamed, clause)
        clause = kin_withheld(clause)[0]  # (王大爷家空调外机噪音扰邻: a resident by surname and kin, as in any item)
        if clause:
            kinds.setdefault(cell(row, _KIND) or "其他", []).append(clause)
    # a register whose rows say only how each ended: how many of each kind and how they ended, counted (邻里噪音：调解成功；
    # 调解成功；调解成功 was the hostile pass of round 78's find)
    if kinds and all(re.fullmatch(r"[^；;]{1,16}", c) for clauses in kinds.values() for c in clauses):
        outcomes = [c for clauses in kinds.values() for c in clauses]
        count = len(outcomes)
        settled = sum(1 for c in outcomes if re.fullmatch(r"(?:调解)?成功|调解成功|已调解|达成协议|已化解", c))
        parts = "、".join(f"{kind}{len(clauses)}起" for kind, clauses in kinds.items())
        rest = [
            c for c in dict.fromkeys(outcomes) if not re.fullmatch(r"(?:调解)?成功|调解成功|已调解|达成协议|已化解", c)
        ]
        line = (
            f"受理矛盾纠纷{count}起（{parts}），调解成功{settled}起" if settled else f"受理矛盾纠纷{count}起（{parts}）"
        )
        return [line + (f"，其余{'、'.join(rest)}" if rest else ""), *said]
    told = [f"{kind}：{'；'.join(clauses)}" for kind, clauses in kinds.items()]
    return [*told, *said] if told else None


_ROLE = re.compile(
    r"(?:公司|物业|业主|住户|居民|村民|邻居|施工队|装修队|餐馆|饭店|超市|商户|租户|房东|队|店|厂|中心|委员会|学校|医院|单位|部门|家属|楼上|楼下)$"
)


def _unnamed(names: re.Pattern[str], clause: str) -> str:
    """The parties' names in what the row says: the first 一方, another 另一方 (not 当事人与当事人)."""
    seen: list[str] = []

    def one(m: re.Match[str]) -> str:
        if m.group(0) not in seen:
            seen.append(m.group(0))
        at = seen.index(m.group(0))
        return ("一方", "另一方")[at] if at < 2 else "当事人"

    return names.sub(one, clause)


def _with_unit(name: str, value: str) -> str:
    measured = _MEASURED.fullmatch(name)
    if _AMOUNT.fullmatch(value):
        if measured:
            return f"{measured.group(1)}{_amount(value)}{measured.group(2)}"
        return f"{name}{_amount(value)}{'元' if _MONEY.match(name) else ''}"
    return value


def _amount(value: str) -> str:
    """2,380.00 as a summary writes a sum: 2380; 1,286.50 keeps its cents."""
    plain = value.replace(",", "")
    return plain[:-3] if plain.endswith(".00") else plain


_SPENT_ON = re.compile(r"^(?:摘要|项目|项目名称|支出项目|支出内容|用途|支出用途|费用项目|事项|内容|开支内容|开支项目)$")
_SUM = re.compile(r"^(?:金额|支出金额|支出|开支金额|发生额|支出数)(?:[（(]元[）)])?$")
_ACCOUNT_OWN = re.compile(
    r"^(?:序号|编号|日期|时间|凭证号|凭证编号|记账凭证号|经办人|报销人|附件|附件[（(]?张[）)]?|附件张数|单据张数)$"
)
_ACCOUNT_MARK = re.compile(
    r"^(?:凭证号|凭证编号|记账凭证号|经办人|报销人|附件|附件[（(]?张[）)]?|附件张数|单据张数|摘要)$"
)


def spending_book(header: list[str], table: list[list[str]]) -> list[str] | None:
    """An account of money spent (摘要 / 金额 / 经办人 / 凭证号): each line what the money went on and how much,
    a note that says more of it kept (含场地租用, 更换LED灯29盏), the clerk's 小计 and 合计 as totalled; None for any
    other table."""
    at_what = next((at for at, h in enumerate(header) if _SPENT_ON.match(h)), None)
    at_sum = next((at for at, h in enumerate(header) if _SUM.match(h)), None)
    if at_what is None or at_sum is None:
        return None
    # an account has only its own columns (凭证号, 经办人, 附件…); a table of projects, aid or donations with a
    # 金额 column says more in its other columns (户数, 完成情况, 捐赠单位, 资金来源), and a cash book with 收入
    # and 余额 is no list of spending (hostile68)
    if not all(at in (at_what, at_sum) or _ACCOUNT_OWN.match(h) or _NOTE.match(h) for at, h in enumerate(header)):
        return None
    if not any(_ACCOUNT_MARK.match(h) for h in header):
        return None
    said: list[str] = []
    for row in table:
        first = fold(_first_cell(row))
        figures = [c.strip() for c in row if _AMOUNT.fullmatch(c.strip())]
        if _TOTAL.match(first):
            # the figure under the sum's column (not a voucher count after it: hostile68); a total typed in the
            # first empty cells after its label (合计　　32,450.00, the columns not lined up) when that is empty
            summed = row[at_sum].strip() if _AMOUNT.fullmatch(row[at_sum].strip()) else ""
            if not summed and len(figures) == 1:
                summed = figures[0]
            if summed and first == "小计" and said:
                said[-1] += f"，小计{_amount(summed)}元"  # (the category's subtotal closes its lines)
            elif summed:
                said.append(f"{'合计支出' if first in ('合计', '总计', '共计') else first}{_amount(summed)}元")
            continue
        fields = [c.strip() for c in row if c.strip()]
        if fields and all(re.match(r"^[\u4e00-\u9fff]{2,8}[:：]", c) for c in fields):
            # (年度经费：50,000.00　已支出：22,214.30　结余：27,785.70: the account's own foot)
            parts = [re.match(r"^([\u4e00-\u9fff]{2,8})[:：]\s*(-?[0-9][0-9,.]*)(万元|元)?$", c) for c in fields]
            if all(parts):
                said.append("，".join(f"{m.group(1)}{_amount(m.group(2))}{m.group(3) or '元'}" for m in parts if m))
            else:
                said.append("，".join(re.sub(r"[:：]\s*", "", c) for c in fields))  # (kept as typed, nothing dropped)
            continue
        what, amount = (
            re.sub(r"^[记付收转银现]-?[0-9]+(?=[\u4e00-\u9fff])", "", row[at_what].strip()),
            row[at_sum].strip(),
        )
        if not what or not _AMOUNT.fullmatch(amount):
            continue
        note = next((c.strip() for h, c in zip(header, row, strict=True) if _NOTE.match(h) and c.strip()), "")
        if amount.startswith("-"):  # (a supplier's refund written against the account: 冲减)
            said.append(f"{what}，冲减{_amount(amount[1:])}元")
            continue
        # (120人×30元 is the working of the sum, 已验收 and 冲减 the book's own: neither is told)
        kept = note if note and not re.search(r"[×xX*＊]|^(?:已验收|冲减|已报销|已入账|见附件)$", note) else ""
        said.append(f"{what}{_amount(amount)}元" + (f"（{kept}）" if kept else ""))
    return said or None


# A roster of the people an office supports (低保新增花名册, 特困供养名册, 临时救助发放表: heldout72's village): each
# row one household's or one person's case — name, ID, illness, what befell them — so no row is said; the summary
# says how many and what the clerk totalled
_HOLDER = re.compile(
    r"^(?:户主|户主姓名|姓名|救助对象|保障对象|供养对象|慰问对象|帮扶对象|对象姓名|申请人|申请人姓名)$"
)
_IDENTITY = re.compile(r"^(?:身份证|身份证号|身份证号码|公民身份号码|证件号码|证件号)$")
_HARDSHIP = re.compile(
    r"^(?:致困原因|致贫原因|困难原因|困难类型|困难类别|救助事由|救助原因|困难情况|家庭困难情况|退出原因|残疾类别|病种)$"
)
_PEOPLE_COUNT = re.compile(r"人口|人数")
_MONEY_WORD = re.compile(r"金|费|补贴|补助|救助款")


_GROUP_ROW = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?[\u4e00-\u9fff]{2,10}[:：]?$"
)


def roster_header(header: list[str]) -> bool:
    """Whether a header is a roster's of people an office supports (a name and an ID or a hardship)."""
    return any(_HOLDER.match(h) for h in header) and any(_IDENTITY.match(h) or _HARDSHIP.match(h) for h in header)


def group_row(line: str) -> bool:
    """A group's own line among a roster's rows (一、城市低保, 农村特困:)."""
    return bool(_GROUP_ROW.match(line.strip()))


# a column that sorts a roster's rows (复核结果 继续保障/停保/调整保障金额, 类别): said as how they divide (hostile78)
_SORTED_BY = re.compile(r"^(?:复核|审核|核查|审批|办理|处理)?(?:结果|状态)$|^(?:救助|保障)?(?:类别|类型)$")


def _divided(header: list[str], rows: list[list[str]], unit: str) -> str:
    at = next((n for n, h in enumerate(header) if _SORTED_BY.match(h)), None)
    if at is None:
        return ""
    kinds = ranked(
        re.sub(r"[（(][^（）()]*[）)]$", "", row[at].strip()) for row in rows
    )  # (停保（家庭收入超标）: 停保)
    if not 2 <= len(kinds) <= 4 or sum(n for _, n in kinds) != len(rows):
        return ""
    return "，其中" + "、".join(f"{k}{n}{unit}" for k, n in kinds)


def case_roster(header: list[str], table: list[list[str]]) -> list[str] | None:
    """How many the roster lists (户 under 户主, else 人) and its 合计 row's figures by their columns; None for
    a table that is no such roster (a name column and an ID or a hardship column)."""
    at_name = next((at for at, h in enumerate(header) if _HOLDER.match(h)), None)
    if at_name is None or not roster_header(header):
        return None
    people = [row for row in table if row[at_name].strip() and not _TOTAL.match(fold(_first_cell(row)))]
    if not people:
        return None
    totals = [row for row in table if _TOTAL.match(fold(_first_cell(row)))]
    unit = "户" if header[at_name].startswith("户主") else "人"
    # (the 合计 row's own count, 42户, when the rows pasted are an excerpt of the book: the hostile pass)
    # (a 合计 its rows do not add up to, 3600 over 1200, 1000 and 800: not said as the total — the hostile pass of round 85)
    # (unless the rows pasted are an excerpt, ……: the 合计 is the whole book's — the sixteenth session's hostile pass)
    excerpt = any(re.fullmatch(r"[.…。·]{2,}|(?:以下)?略|[（(]略[）)]", _first_cell(r).strip()) for r in table)
    foot = (totals[-1] if excerpt else borne_out(table, totals[-1])) if totals else []
    counted = next((c.strip() for c in foot if re.fullmatch(r"[0-9]+[人户名位]", c.strip())), "")
    said = [f"共{counted or f'{len(people)}{unit}'}{_divided(header, people, unit)}"]
    # what every row shares (培训内容 消防安全培训 for all four): said once, for it says what they did
    theirs = {at_name} | {at for at, h in enumerate(header) if _IDENTITY.match(h) or _HARDSHIP.match(h)}
    for at, name in enumerate(header):
        values = {row[at].strip() for row in people}
        value = next(iter(values)) if len(values) == 1 else ""
        if at in theirs or _NOTE.match(name) or re.search(r"时间|日期|性别|年龄|民族|序号", name):
            continue
        if re.fullmatch(r"[\u4e00-\u9fff“”《》（）()、]{2,20}", value):
            said.append(f"{name}为{value}")
    shared = len(said) - 1
    for at, cell in enumerate(foot):
        value, name = cell.strip(), header[at]
        if at == 0 or not value or _TOTAL.match(fold(value)) or value == counted:
            continue
        if not _AMOUNT.fullmatch(value) or _NOTE.match(name):
            continue
        if _MEASURED.fullmatch(name):
            said.append(_with_unit(name, value))
        elif _PEOPLE_COUNT.search(name):
            said.append(f"{name}{_amount(value)}人")
        elif _MONEY_WORD.search(name):
            said.append(f"{name}{_amount(value)}元")
        else:
            said.append(f"{name}{_amount(value)}")  # (学时 32: the count with its column)
    head = "，".join(said[: 1 + shared])
    return [f"{head}，合计{'、'.join(said[1 + shared :])}" if len(said) > 1 + shared else head]


_MEETINGS_SAID_WHOLE = 4  # a book of this many meetings or more is said as one sentence, not a line each


def meeting_book(header: list[str], table: list[list[str]]) -> str | None:
    """A book of meetings (日期 / 议题 / 应到 / 实到 …, heldout72's 支委会 twelve times 应到5人，实到5人): how many were
    held, what each took up, the roll as its range, and the notes that count something; None for any other table."""
    at_topic = next((at for at, h in enumerate(header) if _WHAT.match(h)), None)
    roll = {m.group(1): at for at, h in enumerate(header) if (m := _ATTENDANCE.match(h))}
    if at_topic is None or "实到" not in roll or not any(_WHEN.match(h) for h in header):
        return None
    held = [row for row in table if row[at_topic].strip() and not _TOTAL.match(fold(_first_cell(row)))]
    if len(held) < _MEETINGS_SAID_WHOLE or len(held) != len(
        [r for r in table if not _TOTAL.match(fold(_first_cell(r)))]
    ):
        return None
    said = [f"共召开{len(held)}次", "先后" + "，".join(row[at_topic].strip() for row in held)]
    for word in ("应到", "实到"):
        counts = sorted(
            {int(c.group(1)) for row in held if (c := _ROLL.fullmatch(row[roll[word]].strip()))}
            if word in roll
            else set()
        )
        if counts:
            said.append(
                f"{'每次' if word == '应到' else ''}{word}{counts[0]}人"
                if len(counts) == 1
                else f"{word}{counts[0]}至{counts[-1]}人"
            )
    notes = [
        row[at].strip()
        for row in held
        for at, h in enumerate(header)
        if _NOTE.match(h) and re.search(r"[0-9]", row[at]) and not _DOTTED_DAY.search(row[at])
    ]
    return "，".join(said + notes)


_BOOK_SAID_WHOLE = 8  # a book of this many activities or more is said as one sentence, not a line each
_TURNOUT = re.compile(r"^(?:参加|参与|出席|服务|受益)?(?:人数|人次)(?:[（(](?:人|人次)[）)])?$")
_CALLED_OFF = re.compile(r"取消|未开展|未举办|未召开|改期|延期|暂停|作废")
_NAMED_ACTIVITY = re.compile(r"[“「《]")


def activity_book(header: list[str], table: list[list[str]]) -> str | None:
    """A book of many activities, each dated with how many took part (a 功能室使用登记表, heldout74's eighteen rows): what
    was held, the named ones first and six at most, and the turnout its 合计 row gives when its rows bear it out; a row
    called off (对方原因取消) is no activity. None for a shorter book, one where nothing was held, or any other table."""
    at_what = next((at for at, h in enumerate(header) if _WHAT.match(h)), None)
    at_count = next((at for at, h in enumerate(header) if _TURNOUT.match(h)), None)
    if at_what is None or at_count is None or not any(_WHEN.match(h) for h in header):
        return None
    rows = [row for row in table if row[at_what].strip() and not _TOTAL.match(fold(_first_cell(row)))]
    if len(rows) < _BOOK_SAID_WHOLE:
        return None
    held = [row for row in rows if not any(_CALLED_OFF.search(c) for c in row)]
    if not held:
        return None  # (every row called off: nothing was held — the hostile pass)
    whats = list(dict.fromkeys(row[at_what].strip() for row in held))
    chosen = [w for w in whats if _NAMED_ACTIVITY.search(w)][:6]
    # (then the ones that name something, 加装电梯协商会 before 排练; none that is a list of its own, 书法、国画教学)
    others = sorted((w for w in whats if w not in chosen and "、" not in w), key=lambda w: len(w) < 4)
    chosen += others[: 6 - len(chosen)]
    chosen.sort(key=whats.index)
    said = f"开展{'、'.join(chosen)}{'等' if len(whats) > len(chosen) else ''}活动"
    foot = next((row for row in table if _TOTAL.match(fold(_first_cell(row)))), None)
    total = foot[at_count].strip() if foot else ""

    # the total said only when the rows held bear it out (not one that counts a row called off, nor one its rows
    # contradict: the hostile pass); a book with a count left blank is taken at its word
    def count(row: list[str]) -> int | None:
        cell = row[at_count].strip().replace(",", "")
        return int(cell) if re.fullmatch(r"[0-9]+", cell) else None

    held_counts = [count(row) for row in held]
    off = [n for row in rows if row not in held and (n := count(row))]
    if re.fullmatch(r"[0-9][0-9,]*", total):
        known = sum(n for n in held_counts if n is not None)
        whole = int(total.replace(",", ""))
        borne = known == whole if None not in held_counts else known <= whole and not off
        total = total if borne else ""
    if re.fullmatch(r"[0-9][0-9,]*", total):
        unit = "人次" if "人次" in header[at_count] else "人"
        said += f"，{re.sub(r'[（(].*', '', header[at_count])}合计{total.replace(',', '')}{unit}"
    return said


_ITEM_NAME = re.compile(r"^(?:物资|器材|设备|物品|装备)?(?:名称|品名)$")
_QUANTITY = re.compile(
    r"^(?:数量|库存数量|储备数量|现有数量|库存|在库数量)(?:[（(](?P<unit>[\u4e00-\u9fff]{1,2})[）)])?$"
)
_UNIT_COLUMN = re.compile(r"^(?:单位|计量单位)$")
_STORED = re.compile(r"储备|库存|在库|盘点|仓库|存放")  # (a book of things handed out, 发放, is no store)
# a note on a thing that says what became of some of it (7月台风调用600条, 其中5只充不进电，已报修); not who has it or gave
# it (钥匙在张建军处, 周建华捐赠500条, 借给王家2件: the hostile pass)
_NOTE_KEPT = re.compile(r"调用|补充|报废|损坏|维修|报修|过期|试机|更换|充不进电|失效|送检")
_NOTE_PERSONAL = re.compile(r"捐|借|钥匙|电话|手机|[（(]")


def inventory_book(header: list[str], table: list[list[str]], title: str = "") -> str | None:
    """A book of what is kept (物资名称 / 规格型号 / 单位 / 数量 / 存放地点 / 管理人: heldout75's 应急物资储备台账): each thing
    with its count and unit in one sentence, a note on what became of some of it beside it; no keeper, no dates, and no
    合计 over things counted in different units. A count left blank or in words (待清点) gives the thing alone; the unit
    may be the 数量 column's own (数量（件）) or typed with the count (60件); a purchase list says what each cost or its
    合计. None for any other table."""
    at_name = next((at for at, h in enumerate(header) if _ITEM_NAME.match(h)), None)
    at_count = next((at for at, h in enumerate(header) if _QUANTITY.match(h)), None)
    at_unit = next((at for at, h in enumerate(header) if _UNIT_COLUMN.match(h)), None)
    if at_name is None or at_count is None:
        return None
    # (a purchase list, 单价 / 金额: each thing with what it cost, or the 合计 the clerk gave — the hostile pass)
    at_money = next((at for at, h in enumerate(header) if re.match(r"(?:金额|总价|合计金额|价款)", h)), None)
    header_unit = _QUANTITY.match(header[at_count])
    unit_of_column = header_unit["unit"] if header_unit and header_unit["unit"] else ""
    rows = [row for row in table if row[at_name].strip() and not _TOTAL.match(fold(_first_cell(row)))]
    if len(rows) < 2 or (at_unit is None and not unit_of_column):
        return None
    foot = next((row for row in table if _TOTAL.match(fold(_first_cell(row)))), None)
    foot_money = foot[at_money].strip().replace(",", "") if foot is not None and at_money is not None else ""
    foot_money = foot_money if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", foot_money) else ""
    said = []
    for row in rows:
        count = row[at_count].strip().replace(",", "")
        unit = row[at_unit].strip() if at_unit is not None else unit_of_column
        counted = re.fullmatch(r"(?P<n>[0-9]+(?:\.[0-9]+)?)(?P<u>[\u4e00-\u9fff]{0,2})", count)
        thing = row[at_name].strip() + (f"{counted['n']}{counted['u'] or unit}" if counted else "")
        notes = [
            row[at].strip()
            for at, h in enumerate(header)
            if _NOTE.match(h) and _NOTE_KEPT.search(row[at]) and not _NOTE_PERSONAL.search(row[at])
        ]
        money = row[at_money].strip().replace(",", "") if at_money is not None else ""
        if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", money) and not foot_money:
            notes.insert(0, f"{money}元")
        said.append(f"{thing}（{'；'.join(notes)}）" if notes else thing)
    stored = _STORED.search(title) or any(_STORED.search(h) for h in header)
    lead = (
        "储备"
        if stored and at_money is None
        else "采购"
        if re.search(r"采购|购置|购买", title)
        else "发放"
        if re.search(r"发放|分发|领取", title)
        else ""
    )
    return f"{lead}{'、'.join(said)}" + (f"，合计金额{foot_money}元" if foot_money else "")


# a book of visits (独居老人探访台账: 日期 / 走访对象 / 住址 / 身体状况 / 经办人): how many visits to whom, never who, where
# they live or how they are (hostile76)
_VISITED = re.compile(r"^(?:走访|探访|慰问|随访|回访|探视|入户)?(?:对象|老人|人员)(?:姓名)?$")
_VISIT_VERB = re.compile(r"走访|探访|慰问|随访|回访|探视")


def visit_book(header: list[str], table: list[list[str]], title: str = "") -> str | None:
    """探访独居老人5人次（4人）: a book of visits said by how many, and whom as its title names them."""
    title = fold(title)
    at = next((n for n, h in enumerate(header) if _VISITED.match(h)), None)
    # (or a column of names in a book whose title or columns say it is one of visits: 长者探访纪录 / 姓名 / 探访日期 —
    # the hostile pass of round 78)
    if at is None and (_VISIT_VERB.search(title) or any(_VISIT_VERB.search(h) for h in header)):
        at = next((n for n, h in enumerate(header) if h in ("姓名", "长者姓名", "老人姓名")), None)
    verb = (
        _VISIT_VERB.search(title)
        or _VISIT_VERB.search(header[at] if at is not None else "")
        or next((v for h in header if (v := _VISIT_VERB.search(h))), None)
    )
    if at is None or verb is None or not any(_WHEN.match(h) or h.endswith(("日期", "时间")) for h in header):
        return None
    rows = [r for r in table if r[at].strip() and not _TOTAL.match(fold(_first_cell(r)))]
    if len(rows) < 3:
        return None
    who = BOOK_WORD.sub("", BOOK_ASIDE.sub("", title.strip()))
    who = re.sub(
        r"^.*?(?:社区|村|居委会|小区)(?=[\u4e00-\u9fff]{2,6}(?:走访|探访|慰问|随访|回访|探视))", "", who, count=1
    )
    who = _VISIT_VERB.sub("", who) if _VISIT_VERB.search(who) else ""
    people = len({r[at].strip() for r in rows})
    said = f"{verb.group(0)}{who}{len(rows)}人次" + (f"（{people}人）" if people < len(rows) else "")
    # what the visits found, how many of each, the usual (身体良好) left unsaid (the hostile pass of round 78)
    seen = next((n for n, h in enumerate(header) if _FOUND_COLUMN.match(h)), None)
    if seen is None:
        return said
    found = ranked(value for r in rows if not _USUAL.fullmatch(fold(value := r[seen].strip())))
    if 1 <= len(found) <= 3 and all(len(k) <= 12 for k, _ in found):
        said += "，其中" + "、".join(f"{k}{n}人" for k, n in found)
    return said


_FOUND_COLUMN = re.compile(r"^(?:走访|探访|随访)?(?:情况|情况记录|发现问题|发现情况)$")
_USUAL = re.compile(r"(?:身体|情况|一切)?(?:良好|正常|健康|稳定|无异常|平稳)|无|/|—+|-+")


# a roster of the office's own people (志愿者花名册: 姓名 / 性别 / 年龄 / 联系电话 / 服务类别): how many, and how many
# in each kind of service, never a name, age or phone (hostile76)
# a title's year or office before what the book is (2026年志愿者花名册, 某某社区居民议事会签到表)
_TITLE_YEAR = re.compile(r"^(?:(?:19|20)[0-9]{2}年度?|[\u4e00-\u9fff]{2,8}(?:社区|村|居委会))")
_ROLL_TITLE = re.compile(r"^(?P<who>[\u4e00-\u9fff]{2,12}?)(?:花名册|名册|名单|登记表|信息表|一览表)$")
_NAMED_COLUMN = re.compile(r"^(?:姓名|成员姓名|队员姓名|志愿者姓名)$")
_KIND_COLUMN = re.compile(r"^(?:服务)?(?:类别|类型|项目|岗位|分组|队伍|分队|专业|特长)$")


def roll_book(header: list[str], table: list[list[str]], title: str = "") -> str | None:
    """志愿者共5人，其中治安巡逻2人、助老助餐2人、环境整治1人."""
    named = _ROLL_TITLE.match(_TITLE_YEAR.sub("", title.strip()))
    at = next((n for n, h in enumerate(header) if _NAMED_COLUMN.match(h)), None)
    if named is None or at is None:
        return None
    rows = [r for r in table if r[at].strip() and not _TOTAL.match(fold(_first_cell(r)))]
    if len(rows) < 3:
        return None
    said = f"{named['who']}共{len(rows)}人"
    kind = next((n for n, h in enumerate(header) if _KIND_COLUMN.match(h)), None)
    if kind is not None:
        counts: dict[str, int] = {}
        for r in rows:
            if value := r[kind].strip():
                counts[value] = counts.get(value, 0) + 1
        if 2 <= len(counts) <= 6:
            said += "，其中" + "、".join(f"{k}{n}人" for k, n in counts.items())
    return said


# a sign-in sheet (居民议事会签到表: 序号 / 姓名 / 楼栋 / 签到时间 / 签名): how many came, never who or when (hostile76)
_SIGNED = re.compile(r"^(?:签名|本人签名|签字|签到时间|签到)$")


def sign_in_sheet(header: list[str], table: list[list[str]], title: str = "") -> str | None:
    """参加居民议事会4人."""
    if not any(_SIGNED.match(h) for h in header) or not re.search(r"签到", title):
        return None
    rows = [r for r in table if any(c.strip() for c in r[1:]) and not _TOTAL.match(fold(_first_cell(r)))]
    what = re.sub(r"签到(?:表|册|簿|本)$", "", _TITLE_YEAR.sub("", title.strip()))
    return f"参加{what}{len(rows)}人" if len(rows) >= 2 and what else None
