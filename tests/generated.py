"""Generated facts for property tests and the drafting benchmark: community work of any kind,
category names from the vocabulary and made up, items with figures in every form the figure
parser knows."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import strategies as st

from assistant.facts.categories import vocabulary

VOCAB_NAMES = sorted({s for c in vocabulary() for s in (c.name, *c.synonyms[:3])})
MADE_UP = [
    "邻里守望",
    "“四点半课堂”",
    "一老一小",
    "红色物业",
    "老旧小区加装电梯",
    "12345热线办理",
    "银发课堂",
    "楼道微治理",
    "口袋公园",
    "社区食堂",
    "共享工具屋",
    "小区议事会",
    "夜间照明",
    "错峰停车",
    "心理疏导",
]
VERBS = [
    "开展",
    "组织",
    "举办",
    "发放",
    "走访",
    "排查",
    "调解",
    "清理",
    "更换",
    "安装",
    "签约",
    "随访",
    "培训",
    "新建",
    "受理",
]
OBJECTS = [
    "宣传活动",
    "入户走访",
    "矛盾纠纷",
    "楼道杂物",
    "宣传册",
    "宣传单",
    "慰问品",
    "健康讲座",
    "安全检查",
    "志愿服务",
    "路灯",
    "监控探头",
    "居民议事会",
    "技能培训",
    "困难家庭",
]
UNITS = ["次", "场", "份", "户", "人", "人次", "处", "件", "个", "吨", "平方米", "名", "盏", "套", "万元"]
NOUNS = ["易腐垃圾", "可回收物", "在册患者", "注册志愿者", "登记车辆", "空置房屋"]
PREFIXES = ["", "", "全年", "上半年", "每月", "累计"]


def figure(rng: random.Random) -> str:
    """A figure in one of the notations offices write."""
    n = rng.randint(2, 9999)
    unit = rng.choice(UNITS)
    form = rng.randrange(8)
    if form == 0:
        return f"{n:,}{unit}"
    if form == 1:
        return f"近{n}{unit}"
    if form == 2:
        return f"{n}余{unit}"
    if form == 3:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)}万{unit if unit != '万元' else '元'}"
    if form == 4:
        lo = rng.randint(2, 8)
        return f"{lo}-{lo + rng.randint(1, 5)}{unit}"
    if form == 5:
        return rng.choice(["三千二百", "一百二十", "四十五", "二千"]) + unit
    return f"{n}{unit}"


def item(rng: random.Random) -> str:
    kind = rng.randrange(10)
    if kind == 0:
        return f"{rng.choice(['群众满意度', '覆盖率', '办结率'])}达到{rng.randint(60, 99)}%"
    if kind == 1:
        return f"{rng.choice(NOUNS)}{figure(rng)}"
    if kind == 2:
        return f"{rng.randint(2020, 2026)}年{rng.randint(1, 12)}月{rng.choice(VERBS)}{rng.choice(OBJECTS)}{figure(rng)}"
    if kind == 3:
        return f"每天{rng.randint(6, 9)}:30至{rng.randint(10, 11)}:00{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
    if kind == 4:
        return f"比上年增长{rng.randint(2, 40)}%"
    if kind == 5:
        return f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}，参与{rng.randint(10, 900)}人次"
    return f"{rng.choice(PREFIXES)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}{figure(rng)}"


def facts_data(rng: random.Random) -> dict[str, Any]:
    n = rng.randint(1, 12)
    names: list[str] = []
    while len(names) < n:
        name = rng.choice(VOCAB_NAMES) if rng.random() < 0.6 else rng.choice(MADE_UP)
        if rng.random() < 0.15:
            name = "".join(rng.choice("东西南北春夏秋冬和顺安康乐福") for _ in range(rng.randint(2, 5)))
        if name not in names:
            names.append(name)
    kind = rng.choice(["社区", "街道", "物业", "社区卫生服务中心", "村委会", None])
    community = {
        "社区": "金穗社区",
        "街道": "望澜街道",
        "物业": "澄湖苑物业服务中心",
        "社区卫生服务中心": "槐荫社区卫生服务中心",
    }
    data: dict[str, Any] = {
        "community": community.get(kind or "", "柿子坪村民委员会"),
        "period": rng.choice(["2024年", "2025年上半年", "2025年第三季度", "2026年以来", "2026年1—10月"]),
        "work": {name: [item(rng) for _ in range(rng.randint(1, 6))] for name in names},
    }
    if kind:
        data["kind"] = kind
    if rng.random() < 0.5:
        data["topic"] = rng.choice(["平安建设", "党建引领", "垃圾分类", "物业服务"])
    if rng.random() < 0.6:
        data["superiors"] = rng.sample(["区委政法委", "街道党工委", "区卫生健康局", "镇党委"], rng.randint(1, 2))
    if rng.random() < 0.5:
        data["problems"] = [f"部分{rng.choice(OBJECTS)}还不够规范" for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        data["plans"] = [f"继续{rng.choice(VERBS)}{rng.choice(OBJECTS)}" for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.4:
        data["results"] = [item(rng) for _ in range(rng.randint(1, 2))]
    return data


facts_strategy = st.builds(lambda seed: facts_data(random.Random(seed)), st.integers(0, 2**32))


def own_names(draft: Any, facts: Any) -> set[str]:
    """Headings that are the user's own category names: two of those that look alike (网格化管理,
    网格管理) are the user's naming, not a pattern the writer repeated."""
    from assistant.core.script import convert
    from assistant.drafting.phrasing import display_name

    names = tuple(convert(n, draft.script) for c in facts.work for n in (c.strip(), display_name(c)))
    return {s.heading for s in draft.sections if s.heading.endswith(names)}
