"""Named places, organisations and people in a text.

Used at ingest to record what each sample names, so that a draft repeating it can be caught.
Precision matters more than recall: a generic phrase such as 城中村 or 本社區 must never count
as a name, or every honest draft would be flagged. jieba's part-of-speech tags find the name
part; a suffix (社区, 街道, 路, 村 …) says it names a place or an organisation.
"""

from __future__ import annotations

import re

from assistant.core.script import to_simplified
from assistant.core.tokenize import jieba_posseg

# Tokens that end a place or organisation name (Simplified).
_SUFFIX_TOKENS = set(
    """社区 街道 街道社区 社区卫生 服务站 服务中心 卫生服务站 居委会 村委会 办事处 街道办 小区
    花园 公园 广场 市场 大厦 商场 医院 卫生院 学校 小学 中学 幼儿园 公司 物业公司 村 路
    街 巷 镇 乡 苑 庄 园 宫""".split()
)
_SUFFIX_CHARS = "市省县区镇乡村路街巷"
_GEO_CHARS = set("岭山湖河江桥湾塘坡岗坪园宫门坊里苑洲岛庄营寨屯堡口沟峪")
_NAME_POS = {"ns", "nr", "nrt", "nz", "nrfg"}
_GENERIC = set(
    """城中村 城市 城区 市区 郊区 步行街 商业街 马路 公路 道路 街道 社区 小区 全市 全区 我市
    本市 卫生城 卫生城市 国家卫生城市 文明城市 农村 城乡 乡村 街巷 背街小巷 高速路 十字路
    美食街 小吃街 一条街 示范街 主干路 次干路 支路 三岔路""".split()
)
_TITLED_PERSON = re.compile(r"([\u4e00-\u9fff])((?:副)?(?:局长|主任|书记|科长|所长|站长|处长|镇长|组长|经理))")
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤番刀赖"
)


def _is_name_token(word: str, pos: str, freq: dict[str, int]) -> bool:
    if word in _GENERIC or word[-1] in "市省县":
        return False
    if pos in _NAME_POS and len(word) >= 2:
        return True
    if len(word) == 1 and word in _GEO_CHARS:
        return True
    # a word jieba does not know (found by its HMM) is most likely a proper name
    return len(word) >= 2 and word not in freq and bool(re.fullmatch(r"[\u4e00-\u9fff]+", word))


def _is_place_word(word: str, pos: str) -> bool:
    """A single token that is a whole place name: 兰溪市, 新华路, 风情街."""
    if pos in {"ns", "nz", "nt"} and word[-1] in _SUFFIX_CHARS:
        return len(word) >= 3 or word[-1] in "市省县"
    return pos == "n" and len(word) == 3 and word[-1] in "街路巷"


def extract_entities(text: str) -> list[str]:
    """Place, organisation and person names in ``text``, in Simplified, first-seen order."""
    simp = to_simplified(text)
    tokens, freq = jieba_posseg(simp)
    found: dict[str, None] = {}

    def add(name: str) -> None:
        if len(name) >= 2 and name not in _GENERIC:
            found.setdefault(name, None)

    for i, (word, pos) in enumerate(tokens):
        if word in _SUFFIX_TOKENS:
            name_parts: list[str] = []
            j = i - 1
            while j >= 0 and len(name_parts) < 2 and _is_name_token(*tokens[j], freq):
                name_parts.insert(0, tokens[j][0])
                j -= 1
            # a plain two-character noun right after a list separator also names a place: 、竹园社区
            prev_word, prev_pos = tokens[i - 1] if i else ("", "")
            if not name_parts and i >= 2 and tokens[i - 2][0] in "、，,和及与" and len(prev_word) == 2:
                name_parts = [prev_word] if prev_pos in {"n", "ns", "nz"} else []
            if name_parts and not all(len(p) == 1 for p in name_parts):
                tail = word
                if i + 1 < len(tokens) and tokens[i + 1][0] in _SUFFIX_TOKENS:
                    tail += tokens[i + 1][0]
                add("".join(name_parts) + tail)
        elif _is_place_word(word, pos):
            add(word)
        elif pos == "nr" and len(word) == 3 and word[0] in _SURNAMES and word not in freq:
            add(word)  # a full personal name jieba has not seen, e.g. a staff member
    for m in _TITLED_PERSON.finditer(simp):
        if m.group(1) in _SURNAMES:
            add(m.group(1) + m.group(2))
    return list(found)
