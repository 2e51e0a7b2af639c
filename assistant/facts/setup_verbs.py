"""搞个/弄个/整个/办个 + what: the written verb for the thing set up, chosen by what it is.

A clerk's 搞个 is one of five verbs in a summary (召开一次座谈会, 举办邻里节, 开展血糖筛查, 建设小花坛,
设立兑换点, 建立时间银行); the head of the object, its last noun, decides which (弄个垃圾分类积分兑换点
is a 点, set up; 搞个老年人认知障碍筛查 is a 筛查, carried out). With no head known the words stay as
written: the checker's colloquial note still points at them.
"""

from __future__ import annotations

from typing import Protocol


class _Groups(Protocol):
    def __getitem__(self, group: str | int) -> str: ...


# (heads, verb): the first row whose head ends the object nearest its end wins
_HEADS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("座谈会", "议事会", "协调会", "推进会", "联席会", "院坝会", "屋场会", "坝坝会", "恳谈会", "听证会", "评议会"),
        "召开",
    ),
    (("小品", "节目"), "排演"),
    (("培训班", "辅导班", "托管班", "兴趣班", "班"), "开办"),
    (("会", "节", "市场", "集市", "比赛", "赛", "演出", "晚会", "展", "展览", "义卖", "仪式", "宴", "联欢"), "举办"),
    (
        (
            "活动",
            "培训",
            "讲座",
            "筛查",
            "咨询",
            "检测",
            "测血糖",
            "测血压",
            "体检",
            "义诊",
            "托管",
            "宣传",
            "演练",
            "评比",
            "征询",
            "调查",
            "摸底",
            "帮扶",
            "课堂",
            "课",
            "排查",
            "巡查",
            "检查",
            "走访",
            "慰问",
            "清理",
            "整治",
            "服务",
            "结对",
        ),
        "开展",
    ),
    (("工作室", "书屋", "花坛", "公园", "大棚", "基地", "菜园", "园", "馆", "厅", "长廊", "廊", "亭"), "建设"),
    (("点", "站", "室", "屋", "坊", "箱", "角", "栏", "墙", "棚", "地方", "专区", "窗口", "柜"), "设立"),
    (
        ("银行", "合伙人", "合作", "机制", "制度", "台账", "档案", "名单", "清单", "平台", "协议", "微信群", "群"),
        "建立",
    ),
    (("队", "小组", "组"), "组建"),
)


def head_verb(what: str) -> str:
    """The written verb for setting up ``what`` (folded text), or "" when no head is known."""
    best, verb = -1, ""
    for heads, said in _HEADS:
        for head in heads:
            # the head ends the object or a clause of it: the latest end wins, the first row on a tie
            at = what.rfind(head)
            if at < 0:
                continue
            end = at + len(head)
            # (or a clause runs on: 书屋但没经费, 活动室并配齐桌椅)
            closed = end == len(what) or what[end] in "”\"’'》）)但并再和及"
            if closed and end > best:
                best, verb = end, said
    return verb


def set_up(m: _Groups) -> str:
    """搞个X / 弄了个X as written, by the verb X's head takes (举办了“邻里节”); unchanged without one."""
    verb = head_verb(m["o"])
    return f"{verb}{m['le']}{m['o']}" if verb else m[0]
