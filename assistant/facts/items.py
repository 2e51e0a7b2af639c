"""What a user's item says, and how several items become prose.

An item is one sentence of the facts (发放宣传册2,400份). It is a measure (a verb, usually with
a figure), a result (a rate reached, a rise on last year, an award), or a statistic (a noun and a
figure, 易腐垃圾87桶). Measures that share a verb merge (发放宣传册2,400份、宣传单200份);
items that carry dates keep their time order. Nothing is added to an item but punctuation and
the joining words between items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.dates import read_written_date
from assistant.core.numbers import LABEL_KINDS, find_figures
from assistant.core.periods import PERIOD_NAME
from assistant.core.script import to_simplified
from assistant.core.text import fold

_END = "。；;，,.!！?？、 \t"
# Verbs that open a measure in these summaries (Simplified). Two characters each, so that a
# shared verb is a shared word and not a shared character.
VERBS = frozenset(
    """开展 组织 举办 召开 发放 张贴 悬挂 设置 新设 新建 建成 建立 成立 组建 完成 清理 清运 清除 修补 修缮
    维修 更换 安装 改造 整治 排查 检查 巡查 走访 慰问 帮扶 救助 调解 化解 受理 办理 处理 接待 培训 宣讲
    发展 接转 签约 随访 体检 接种 提供 推动 推进 落实 投放 消杀 补种 修剪 补植 登记 采集 发动 招募 吸纳
    协调 解决 配合 协助 联合 参与 参加 指导 督导 督查 评选 表彰 创建 制定 印发 编印 录入 建档 筛查 转诊
    增设 铺设 硬化 疏通 新增 覆盖 实施 举行 播放 制作 购置 配备 安排 派出 邀请 对接 收集 征集 回访 复查
    摸排 核查 上报 报送 开通 上线 启用 打造 培育 挖掘 引导 劝导 劝阻 查处 拆除 规范 管理 维护 保障 资助
    发放 捐赠 募集 筹集 走进 深入 入户 宣传 普及 推广 举报 接收 转办 答复 回复 评议 公示 公开 结对 认领
    荣获 获得 获评 实现 帮助 带动 吸引 动员 号召 倡导 倡议 开设 开办 承办 主办 参观 学习 讲授 授课 辅导 托管 陪伴 探访
    更新 核实 核对 整理 统计 汇总 下发 编制 修订 审核 发布 推送 转发 办结 答复 入驻 驻点 值守 值班 巡防
    巡护 督办 约谈 通报 表扬 奖励 补贴 减免 缴纳 收缴 收取 催缴 供应 供餐 送餐 送达 陪护 照料 代办 帮办
    认定 评定 鉴定 复核 申报 申请 审批 备案 注册 报到 捐款 捐物 设立 建设 投入 投资 筹措 争取 治理 清扫
    冲洗 消毒 灭杀 喷洒 种植 栽种 养护 管护 取缔 查封 劝离 疏导 救援 演练 预警 转移 安置 疏散 检修 保养
    施工 验收 测评 考评 评估 测试 监测 检测 抽检 巡检 服务 接诊 诊疗 治疗 康复 访视 建册 建立 完善 优化
    升级 扩建 改建 新增 增加 减少 降低 提高 提升 扩大 缩短 压缩 节约 回收 分拣 收运 转运 处置 拆改 整修""".split()
)
RESULT_VERBS = ("荣获", "获得", "获评", "实现")
CLAUSE_BREAK = re.compile(r"[，；;]|,(?![0-9]{3})")  # 3,500 is one figure, not two clauses
_TIME_PREFIX = re.compile(
    r"^(?:全年|今年|本年度|上半年|下半年|年内|期间|其间|累计|共计|共|先后|积极|主动|定期|每月|每周|每天|每日|每季度|"
    r"[0-9一二三四五六七八九十]{1,2}月(?:份|中旬|上旬|下旬|底|初)?|20[0-9]{2}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)[，,]?"
)
_RESULT = re.compile(
    r"率(?:达到?|为|提高|提升|上升|下降|保持)|满意度|同比|环比|比(?:上年|去年|上半年|年初|上月).{0,6}(?:增长|增加|下降|减少|提高|提升|前移)"
    r"|从.{1,12}(?:提高|提升|下降|增加|减少)到|获评|荣获|被评为|获得.{0,12}(?:称号|表彰|奖)|排名|得分|零发生|无一起|未发生"
    r"|帮助.{1,14}实现|惠及.{0,8}[0-9]|(?:成功|完成|合格|达标|知晓|覆盖|参与|准确|规范管理|签约|建档|及时|处置|整改|办结|收缴)率[0-9]"
)
# The quantifiers and filler a heading leaves out of a phrase taken from an item
# the user's own script: the phrase is cut from the text as written (約 as well as 约)
_PHRASE_NOISE = re.compile(
    r"各[类類]|各[项項]|全年|累[计計]|共[计計]|共|[约約]|近|[余餘]|多|等|了|全部|集中|及[时時]|按[时時]|足[额額]"
    r"|[规規]范|常[态態]化|一批"
)
_FIGURE_WORD = re.compile(
    r"[0-9０-９][0-9,.，]*(?:万|亿)?[余多]?[^\s，,；;、。0-9]{0,3}|[一二两三四五六七八九十百千万]+(?=[个次场户人名件处期批项支家条块张份])[个次场户人名件处期批项支家条块张份]"
)


# A statistic names a thing and ends with its figure (易腐垃圾87桶, 电梯年检合格18部): short, no
# preposition or time word in front that would make it a measure (为老人补贴3元, 累计供餐1.6万人次).
_STATISTIC = re.compile(
    r"^(?!为|对|向|在|给|把|与|跟|累计|共|全年|上半年|下半年|每)[^，,；;]{2,10}?"
    r"(?:[0-9][0-9,.]*|[零一二两三四五六七八九十百千万]+)[万亿]?[余多]?[^0-9，,；;]{0,3}$"
)


@dataclass(frozen=True)
class Item:
    text: str  # as the user wrote it, without its end punctuation
    index: int  # position among the section's items

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def kind(self) -> str:
        """measure | result | statistic"""
        result = _RESULT.search(self.folded)
        if result and self.verb in (None, *RESULT_VERBS):
            # a result on its own (满意度达到96%, 荣获…称号); 协助业主完成征询，同意率达到100% is a
            # measure that reports its outcome and keeps its place, and so is one whose first clause
            # counts what was done (为老人签约4,120人，签约率达到72%)
            first = CLAUSE_BREAK.split(self.folded, maxsplit=1)[0]
            if (
                self.verb is None
                and len(first) < result.start()
                and any(f.kind not in LABEL_KINDS for f in find_figures(first))
            ):
                return "measure"
            return "result"
        if _STATISTIC.match(self.folded) and self.verb is None and self.counts:
            return "statistic"
        return "measure"

    @property
    def counts(self) -> bool:
        return any(f.kind not in LABEL_KINDS for f in find_figures(self.text))

    @property
    def date_key(self) -> tuple[int, int, int] | None:
        """(year, month, day) of a date near the start of the item, for keeping time order."""
        for f in find_figures(self.text):
            if f.kind == "date" and f.start <= 8:
                # not a day the item tells of (会议通报了1—8月…情况: put before the meeting that heard it,
                # heldout63's 纪要); 组织了8月份的… still is (hostile64)
                if _HEARD.search(self.text[: f.start]):
                    return None
                when = read_written_date(f.unit)
                return (when.year or 0, when.month or 0, when.day or 0)
        return None

    @property
    def prefix_and_verb(self) -> tuple[str, str | None, str]:
        """(time prefix, leading verb or None, the rest): 全年|发放|宣传册2,400份."""
        m = _TIME_PREFIX.match(self.folded)
        prefix = self.text[: m.end()] if m else ""
        rest = self.text[len(prefix) :]
        head = fold(rest[:2])
        if head in VERBS and not _MODIFIED.match(fold(rest[:6])):
            return prefix, rest[:2], rest[2:]
        return prefix, None, rest

    @property
    def verb(self) -> str | None:
        return self.prefix_and_verb[1]


# what a meeting heard or looked back on: the day after it is what was reported, not when
_HEARD = re.compile(r"(?:通报|汇报|总结|分析|回顾|听取|传达|报告|介绍)了?$")
# a verb that names the kind of a thing (施工区域, 宣传资料, 服务站): no verb of the sentence, so no
# 社区 goes before it (round 16's reader read 「社区施工区域围挡…」 as the 社区's own area)
_MODIFIED = re.compile(
    r"施工(?:区域|现场|单位|人员|方|队|期间|围挡|车辆|噪音|扬尘|工地)|宣传(?:栏|板|车|资料|品|册|单|页|海报|横幅|展板)"
    r"|培训(?:班|教室|基地|场地|费用)|巡逻(?:车|队|犬)|服务(?:站|中心|点|对象|热线|窗口)"
)


# verbs whose subject is the people reached, not the office: 參與居民 is no heading
REACH_VERBS = frozenset({"参与", "参加", "覆盖", "惠及", "受益", "涉及", "吸引"})


def action_phrase(item: Item) -> str:
    """What an item did, as a heading can say it: its verb and object without figures or
    quantifiers (排查各類矛盾糾紛416件 -> 排查矛盾糾紛); "" when the item does not open with a verb
    or says too much for a heading."""
    if item.kind != "measure":
        return ""
    _prefix, verb, rest = item.prefix_and_verb
    if verb is None:
        return ""
    first = CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    count = re.search(r"[0-9０-９]|[一二两三四五六七八九十百千万]+[个次场户人名件处期批项支家条块张份]", first)
    first = first[: count.start()] if count else first  # what was done, before how much of it
    first = _PHRASE_NOISE.sub("", first).strip("、 ")
    # a clean object only: no figure, quote or list in it, and no preposition (聯合…站為, 對…進行)
    if not first or len(first) > 9 or re.search(r"[0-9“”\"《》（）()、]|[为对向给把将在从与和及率]", fold(first)):
        return ""
    if first.endswith(("的", "地", "得", "了")):  # 劝导不牵绳的210余人次: the object was its count
        return ""
    if _RESULT.search(fold(verb + first)) or fold(verb) in REACH_VERBS:
        return ""  # an outcome or the people reached (參與居民近1500人) is no thing done
    return f"{verb}{first}"


_COMPARISON = re.compile(r"\s*(?:比|较|同比|环比|其中|增长|增加|下降|减少|提高|降低)")


def split_results(item: Item) -> tuple[Item | None, list[Item]]:
    """A measure whose last clauses report outcomes (調解成功401件，調解成功率96.4%): the measure,
    and the outcome clauses as results of their own, so that the outcomes close the section."""
    if item.kind != "measure":
        return item, []
    clauses = [c for c in CLAUSE_BREAK.split(item.text) if c.strip()]
    if len(clauses) < 2:
        return item, []
    cut = len(clauses)
    while cut > 1 and _RESULT.search(fold(clauses[cut - 1])) and find_figures(clauses[cut - 1]):
        cut -= 1
    while cut < len(clauses) and _COMPARISON.match(fold(clauses[cut])):
        cut += 1  # 比上年增加8.1萬元 says nothing without the figure it is compared with
    if cut == len(clauses):
        return item, []
    head = "，".join(clauses[:cut])
    outcomes: list[str] = []
    for clause in clauses[cut:]:  # 按时办结率98.1%，比去年提高了3.6个百分点: the comparison stays with its rate
        if outcomes and _COMPARISON.match(fold(clause)):
            outcomes[-1] += "，" + clause
        else:
            outcomes.append(clause)
    return Item(head, item.index), [Item(c, item.index) for c in outcomes]


# Pairs of characters too common to tie a plan to a problem
_COMMON_PAIRS = set(
    """工作 社区 居民 群众 加强 进一步 开展 提高 提升 推进 部分 问题 不足 服务 管理 建设 继续 持续 工作中 存在 还不 不够
    有待 需要 进行 组织 各类 相关 力度 能力 水平 情况 方面 全面 落实 完善 做好 抓好 街道 小区 单位 中心""".split()
)


def pair_plans(problems: list[str], plans: list[str]) -> list[int | None]:
    """For each plan, the problem it answers (its index), or None. A plan answers a problem when
    they share at least two uncommon character pairs (網格員 … 網格員培訓, 聯戶…走訪 … 聯戶走訪),
    each problem answered once, the best match first; no pairing is invented for the rest."""

    def pairs(text: str) -> set[str]:
        simp = fold(text)
        return {simp[i : i + 2] for i in range(len(simp) - 1)} - _COMMON_PAIRS - {p for p in _COMMON_PAIRS}

    problem_pairs = [pairs(p) for p in problems]
    scored = sorted(
        ((len(pairs(plan) & problem_pairs[j]), i, j) for i, plan in enumerate(plans) for j in range(len(problems))),
        reverse=True,
    )
    answer: list[int | None] = [None] * len(plans)
    taken: set[int] = set()
    for score, i, j in scored:
        if score < 2:  # one shared word of two characters (投放) is no answer
            break
        if answer[i] is None and j not in taken:
            answer[i], taken = j, taken | {j}
    return answer


def clean(text: str) -> str:
    """An item without its end punctuation and with its line structure flattened."""
    return re.sub(r"\s*\n\s*", "，", text.strip()).strip(_END)


def read_items(texts: list[str]) -> list[Item]:
    return [Item(t, i) for i, t in enumerate(clean(x) for x in texts) if t]


def in_time_order(items: list[Item], first_month: int = 1) -> list[Item]:
    """Items that carry dates are put in date order among themselves; the others keep their
    places (a user who wrote March before January meant neither to be moved elsewhere).
    ``first_month``: the month a period across the year's end starts in (a heating season from
    11月: its 1月 comes after its 12月, not before its 11月 — round 20's reader)."""

    # a day without its year is in the year the others name (12月底前 beside 2024年11月14日: heldout59's minutes)
    years = [i.date_key[0] for i in items if i.date_key is not None and i.date_key[0]]
    known = min(years) if years and len(set(years)) == 1 else 0

    def key(item: Item) -> tuple[int, int, int, int]:
        year, month, day = item.date_key or (0, 0, 0)
        if not year and month and known:
            year = known
        elif not year and month:
            month = (month - first_month) % 12
        return (year, month, day, item.index)

    dated = sorted((i for i in items if i.date_key is not None), key=key)
    slots = iter(dated)
    return [next(slots) if i.date_key is not None else i for i in items]


def merge_shared_verbs(items: list[Item]) -> list[str]:
    """Clauses for a run of items: those that open with the same time prefix and verb and whose
    rest is a short phrase become one clause (发放宣传册2,400份、宣传单200份; 荣获A称号、B称号)."""
    clauses: list[str] = []
    groups: dict[tuple[str, str], int] = {}
    for item in items:
        prefix, verb, rest = item.prefix_and_verb
        mergeable = verb is not None and len(rest) <= 24 and not CLAUSE_BREAK.search(rest)
        key = (prefix, verb or "")
        if mergeable and key in groups:
            clauses[groups[key]] += "、" + rest
            continue
        if mergeable:
            groups[key] = len(clauses)
        clauses.append(item.text)
    return clauses


def fold_series(items: list[Item]) -> list[Item]:
    """Items that say the same of several periods (一季度受理工单138件，及时率96.2%; 二季度…151件，
    97%; …) become one: 「一季度、二季度…受理工单分别为138件、151件…，及时率分别为96.2%、97%…」, in
    the place of the first. Every figure stays, in its period's order; nothing else is added."""
    shapes: dict[str, list[tuple[int, str, list[str]]]] = {}
    for n, item in enumerate(items):
        head = PERIOD_NAME.match(item.text)
        if head is None:
            continue
        rest = item.text[head.end() :].lstrip("，, ")
        figures = [f for f in find_figures(rest) if f.kind not in LABEL_KINDS]
        if not figures or any(f.kind == "date" for f in find_figures(rest)):
            continue  # a day's record (4月3日…) or a sentence without a count: not a series
        shape, at = "", 0
        for f in figures:
            shape += rest[at : f.start] + "\x00"
            at = f.end
        shape += rest[at:]
        shapes.setdefault(shape, []).append((n, head.group(0), [f.text for f in figures]))
    folded: dict[int, str] = {}
    dropped: set[int] = set()
    for shape, members in shapes.items():
        periods = [period for _, period, _ in members]
        if len(members) < 2 or len(set(periods)) < len(periods):
            continue
        slots = shape.split("\x00")
        text = _span_of(periods)
        for k, slot in enumerate(slots[:-1]):
            text += slot + "分别为" + "、".join(values[k] for _, _, values in members)
        folded[members[0][0]] = text + slots[-1]
        dropped |= {n for n, _, _ in members[1:]}
    return [Item(folded[n], item.index) if n in folded else item for n, item in enumerate(items) if n not in dropped]


_CN_QUARTERS = "一二三四"


def _span_of(periods: list[str]) -> str:
    """一季度、二季度、三季度 -> 一至三季度; anything else listed as written."""
    quarters = [_CN_QUARTERS.find(p[-3]) + 1 if re.fullmatch(r"第?[一二三四]季度", p) else 0 for p in periods]
    if len(periods) >= 3 and all(quarters) and quarters == list(range(quarters[0], quarters[0] + len(quarters))):
        return f"{_CN_QUARTERS[quarters[0] - 1]}至{_CN_QUARTERS[quarters[-1] - 1]}季度"
    return "、".join(periods)  # months stay named one by one: 7—9月 would be a date the facts never gave


# the last clause of an item that says what fell short (还剩11户没进去门, 管道还没换, 还有2家拖着,
# 说不修好就不交, 一时半会解决不了): a problem the clerk wrote among the work (round 15's reader)
_SHORTFALL = re.compile(
    r"(?:还没|仍没|尚未|仍未|没能|未能|没)(?:进去|进门|联系上|开门|换|修|装|交|签|到位|解决|完成|整改)[^，；。,;]{0,3}$"
    r"|(?:拖着|不配合|不愿意[^，；。,;]{0,4}|拒[交缴签]|联系不上|进不去|解决不了|还在等(?![批审核])[^，；。,;]{0,4}|就不交"
    r"|[也都]不来|还差一些|还差一截|还有缺口"
    # …，其中晨午检记录不全的问题反复出现 (round 34's readers: the problem left in the work)
    r"|的?问题(?:反复出现|时有发生|仍然存在|依然突出|较为突出)|(?:反复出现|屡禁不止|屡查屡犯))$"
)


# a state that is a problem only when the item says nothing done before it (晚高峰还有60来辆车没地方停,
# 有長者投訴升降機成日壞，上落好唔方便; not …三部电梯已投入运行，…有两户不同意): heldout43's readers
_SHORTFALL_ALONE = re.compile(
    r"(?:不同意|没(?:有|得)?地方[^，；。,;]{0,2}|无处[^，；。,;]{0,3}|(?:没(?:有|得)?|冇)人管|[不唔]方便|经常(?:坏|出故障)"
    r"|[^，；。,;]{0,6}时间长[^，；。,;]{0,8}|(?:要|得)等[^，；。,;]{1,8})$"
)
_DONE = re.compile(r"已|完成|投入|建成|开展|组织|举办|办理|共计|累计|共[0-9一二两三四五六七八九十]")


# where a shortfall told after the work done begins (…共建档31人，其中有几名儿童监护人…，联系不上)
_SHORTFALL_OPENS = re.compile(
    r"^(?:其中|但是?|不过|还有|仍有|尚有|有(?=几|些|部分|少数|个别|[0-9一二两三四五六七八九十]+[户人名个家])|部分|少数|个别)"
)


def split_shortfall(item: str) -> tuple[str, str] | None:
    """An item that reports work done and then what fell short (为…建立一人一档，共建档31人，其中有几名儿童
    监护人长期在外地，联系不上: heldout50's readers saw it moved whole into the problems): (the work,
    the shortfall), or None when the shortfall does not start a clause of its own after the work."""
    parts = re.split(r"([，；,;])", item.rstrip("。.；;"))
    clauses = parts[0::2]
    for n in range(len(clauses) - 1, 0, -1):
        opening = _SHORTFALL_OPENS.match(fold(clauses[n]))
        if opening:
            work = "".join(parts[: 2 * n - 1])
            if not find_figures(work) and not _DONE.search(fold(work)):
                return None
            short = "".join(parts[2 * n :])
            return work, short[opening.end() :] if fold(clauses[n]).startswith("其中") else short
    return None


def shortfalls(items: list[str]) -> list[str]:
    """The items whose last clause says what fell short, in their order (a file still awaiting its
    approval, 还在等批, is work under way: round 19's readers)."""
    found = []
    for item in items:
        clauses = re.split(r"[，；,;]", fold(item).rstrip("。.；;"))
        if _SHORTFALL.search(clauses[-1]) or (
            _SHORTFALL_ALONE.search(clauses[-1]) and not _DONE.search("".join(clauses))
        ):
            found.append(item)
    return found


# a work item that turns to what still falls short (…覆盖居民近600人，但部分老年人仍不会使用线上申请渠道): the
# turn and what follows it
_TURN = re.compile(
    r"[，,；;][ \u3000]*(?:但是?|不过|可是)[，,]?(?=[^，,。；;]{0,14}(?:仍|还|尚)[^，,。；;]{0,10}(?:未|不|没|难|缺|少|偏|差|低|弱|滞后))"
)


def turned_shortfall(item: str) -> tuple[str, str] | None:
    """An item that reports work done with a count and then turns to what still falls short after 但: (the
    work, the shortfall), or None."""
    turn = _TURN.search(item)
    if turn is None or not find_figures(item[: turn.start()]):
        return None
    return item[: turn.start()], item[turn.end() :].strip(" ，,。")


# a sub-heading typed as an item (一、整改落实情况 / 二、下一步措施 under a category: heldout65's 督查 notice)
_SUBHEAD = re.compile(
    r"^(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])[\u4e00-\u9fff]{0,8}(?:情况|措施|做法|举措|打算|进展)[：:]?$"
    # (unnumbered only as a part's own name: not 制定防汛应急处置措施, 落实防汛措施 — hostile65)
    r"|^(?:整改落实|落实|工作|主要|具体|下一步|下步|后续|整改|推进)?(?:情况|措施|做法|举措|打算|进展)[：:]?$"
)
SUBHEAD = "類別裡的小標題（一、整改落實情況），下面的條目已寫出，不單列"


def is_subheading(text: str) -> bool:
    """A sub-heading typed as an item (一、整改落实情况, 下一步措施): its items say what it heads."""
    return bool(_SUBHEAD.match(fold(text.strip())))


# a work item written wholly about what is to come (计划明年再新增…, 拟于2027年…, 下一步将…): a plan, whatever
# heading the clerk typed it under (hostile85's and hostile87's hands, each expecting it among the plans);
# 计划生育 and 计划免疫 are lines of work, and an item that says what is already done stays
_AHEAD = re.compile(
    r"^(?:下一步|下阶段|下一阶段|下(?:个)?月|下季度|明年|来年|接下来)"
    r"|^(?:计划|拟|准备|力争|争取)(?!生育|免疫|外|内)[^，,；;。]{0,6}?"
    r"(?:明年|来年|下一?年度?|下半年|下阶段|下一步|下季度|(?P<year>20[0-9]{2})年)"
)
_ALREADY = re.compile(r"已|完成了|做了|办了|建成")


def plans_in_work(items: list[str], year: int | None) -> list[str]:
    """The items, in their order, that say only what is to come; a year named is to come when it
    is after the period's ``year``."""
    found = []
    for item in items:
        simp = to_simplified(item)
        ahead = _AHEAD.match(simp)
        if ahead is None or _ALREADY.search(simp):
            continue
        named = ahead.group("year")
        if named and (year is None or int(named) <= year):
            continue
        found.append(item)
    return found


# the words a clause turns to what is to come with (下月, 下一步, 明年…)
_NEXT = r"下(?:个)?月|下一步|下阶段|下半年|下季度|明年|今后"
# a work item whose last clause turns to what is to come (检查消防设施112处，下月计划开展…演练): the work, and the plan
_TURNS_AHEAD = re.compile(
    rf"[，,；;][ \u3000]*(?P<plan>(?:{_NEXT})[，,]?(?:计划|拟|将|准备|打算)[^，,；;。]{{4,}}[。]?)$"
)


def plan_at_end(item: str) -> tuple[str, str] | None:
    """An item that reports work done and then says what is next: (the work, the plan), or None."""
    turn = _TURNS_AHEAD.search(to_simplified(item))
    if turn is None or not find_figures(item[: turn.start()]):
        return None
    return item[: turn.start()].rstrip("，,；; "), as_plan(item[turn.start("plan") :])


def as_plan(item: str) -> str:
    """A plan typed among the work as the plans say it: 下月计划开展… is 下月开展… (its 计划 said by the part)."""
    return re.sub(rf"^({_NEXT})[，,]?(?:计划|准备|打算)", r"\1", item).rstrip("。")
