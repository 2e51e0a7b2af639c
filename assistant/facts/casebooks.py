"""What two books an office keeps say as a summary says them, read from their rows: a 矛盾纠纷调解登记台账 (each
dispute by its kind, what it was about and how it ended, no party named, no phone, no ID, no mediator) and an
经费支出明细 (what the money went on and how much, its 小计 and 合计 as the clerk totalled them, no voucher, no
handler) — heldout69's and heldout70's readers."""

from __future__ import annotations

import re

from assistant.core.text import fold
from assistant.facts.columns import _NOTE, _TOTAL, _first_cell

_PARTY = re.compile(r"^(?:当事人|双方当事人|申请人|被申请人|申请方|被申请方|当事人姓名|纠纷当事人)$")
_KIND = re.compile(r"^(?:纠纷)?(?:类型|类别|性质|种类)$")
_BRIEF = re.compile(r"^(?:纠纷)?(?:简要情况|基本情况|主要事由|事由|简要案情|主要诉求|诉求|情况简述|主要情况|简要内容)$")
_METHOD = re.compile(r"^(?:调解|调处)方式$")
_RESULT = re.compile(r"^(?:调解|调处|处理)(?:结果|情况)$")
_MONEY = re.compile(r"^(?:涉及|涉案|标的)?金额(?:[（(]元[）)])?$")
# a note on who else took part (联合司法所, 邀请退休法官参与) says how it was settled; one on the book itself
# (与第4号为同一纠纷, 下月继续) does not
_HOW = re.compile(r"^(?:联合|会同|邀请|协调|司法所|派出所|已报|已上报|报|引导|移交|转)")


def mediation_register(header: list[str], table: list[list[str]]) -> list[str] | None:
    """A mediation register's rows, each dispute as a clause under its kind, and its 合计 row; None for any
    other table."""
    if not (
        any(_PARTY.match(h) for h in header)
        and any(_KIND.match(h) for h in header)
        and any(_RESULT.match(h) for h in header)
    ):
        return None

    def cell(row: list[str], pattern: re.Pattern[str]) -> str:
        return next((c.strip() for h, c in zip(header, row, strict=True) if pattern.match(h) and c.strip()), "")

    parties = {
        name
        for row in table
        for h, c in zip(header, row, strict=True)
        if _PARTY.match(h)
        for name in re.split(r"[、，,和与及/]", re.sub(r"[（(][^）)]*[）)]|等[0-9一二三四五六七八九十]+人", "", c))
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name.strip())
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
        if unnamed:
            brief = unnamed.sub("当事人", brief)
        method, result, note = cell(row, _METHOD), cell(row, _RESULT), cell(row, _NOTE)
        if _HOW.match(note) and re.match(r"联合|会同", note) and method in ("", "联合调解"):
            method, note = f"会同{re.sub(r'^(?:联合|会同)', '', note)}调解", ""
        ended = re.sub(r"^调解", "", result) if method and result.startswith("调解") else result
        if method and ended.startswith(("成功", "不成", "未成")):
            outcome = method + ended
        elif method and ended:
            outcome = f"{method}后{ended}" if re.match(r"引导|移交|转|报", ended) else f"{method}，{ended}"
        else:
            outcome = method or ended
        clause = "，".join(p for p in (brief, outcome, note if _HOW.match(note) else "") if p)
        if clause:
            kinds.setdefault(cell(row, _KIND) or "其他", []).append(clause)
    told = [f"{kind}：{'；'.join(clauses)}" for kind, clauses in kinds.items()]
    return [*told, *said] if told else None


def _with_unit(name: str, value: str) -> str:
    measured = re.fullmatch(r"(.{1,10})[（(]([^（）()]{1,4})[）)]", name)
    if re.fullmatch(r"-?[0-9][0-9,]*(?:\.[0-9]+)?", value):
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


def spending_book(header: list[str], table: list[list[str]]) -> list[str] | None:
    """An account of money spent (摘要 / 金额 / 经办人 / 凭证号): each line what the money went on and how much,
    a note that says more of it kept (含场地租用, 更换LED灯29盏), the clerk's 小计 and 合计 as totalled; None for any
    other table."""
    at_what = next((at for at, h in enumerate(header) if _SPENT_ON.match(h)), None)
    at_sum = next((at for at, h in enumerate(header) if _SUM.match(h)), None)
    if at_what is None or at_sum is None:
        return None
    said: list[str] = []
    for row in table:
        first = fold(_first_cell(row))
        figures = [c.strip() for c in row if re.fullmatch(r"-?[0-9][0-9,]*\.[0-9]{2}|-?[0-9][0-9,]*", c.strip())]
        if _TOTAL.match(first):
            if figures and first == "小计" and said:
                said[-1] += f"，小计{_amount(figures[-1])}元"  # (the category's subtotal closes its lines)
            elif figures:
                said.append(f"{'合计支出' if first in ('合计', '总计', '共计') else first}{_amount(figures[-1])}元")
            continue
        fields = [c.strip() for c in row if c.strip()]
        if fields and all(re.match(r"^[\u4e00-\u9fff]{2,8}[:：]", c) for c in fields):
            # (年度经费：50,000.00　已支出：22,214.30　结余：27,785.70: the account's own foot)
            parts = [re.match(r"^([\u4e00-\u9fff]{2,8})[:：]\s*(-?[0-9][0-9,.]*)(元?)$", c) for c in fields]
            if all(parts):
                said.append("，".join(f"{m.group(1)}{_amount(m.group(2))}元" for m in parts if m))
            continue
        what, amount = (
            re.sub(r"^[记付收转银现]-?[0-9]+(?=[\u4e00-\u9fff])", "", row[at_what].strip()),
            row[at_sum].strip(),
        )
        if not what or not re.fullmatch(r"-?[0-9][0-9,]*(?:\.[0-9]+)?", amount):
            continue
        note = next((c.strip() for h, c in zip(header, row, strict=True) if _NOTE.match(h) and c.strip()), "")
        if amount.startswith("-"):  # (a supplier's refund written against the account: 冲减)
            said.append(f"{what}，冲减{_amount(amount[1:])}元")
            continue
        # (120人×30元 is the working of the sum, 已验收 and 冲减 the book's own: neither is told)
        kept = note if note and not re.search(r"[×xX*＊]|^(?:已验收|冲减|已报销|已入账|见附件)$", note) else ""
        said.append(f"{what}{_amount(amount)}元" + (f"（{kept}）" if kept else ""))
    return said or None
