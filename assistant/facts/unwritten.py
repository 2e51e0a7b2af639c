"""What a spoken note still says in speech once the copy-editor is done with it, clause by clause: a person told of
(他妈, 伊孙子, 叫小宇), someone's words (说你们…, 一去就讲关你…), the clerk speaking as 我, a question asked of oneself
(三十七处？), a pointer at nothing written (年轻人都看那个). Blind readers scored every spoken note of heldout84 and
heldout85 1 of 5 after all the register rules: each region says it in words no list will hold, and each reader's
worst quote was a clause of this kind. A summary handed up says none of them, so a clause goes by its shape — who
speaks or is spoken of — not by its words. Only notes that were spoken (``spoken_note``); never the first clause
when it alone holds the work's figure; what went is listed in the report, and the facts file keeps it."""

from __future__ import annotations

import re

from assistant.core.numbers import find_figures
from assistant.core.text import fold
from assistant.facts.privacy import SURNAMES

UNWRITTEN = "口述中講人物、原話或自問的分句未寫入（事實文件仍保留，可按需改寫補入）"

# he, she, they in any region's words (伊 in 闽, 渠 and 佢 in 吴 and 粤): a summary names the work, not a person.
# (其他, 他人, 利他 name no one; 伊犁, 伊斯兰; 渠 only as a pronoun after the verb that governs it)
_PERSON = (
    r"(?<![其利排吉])他(?![人乡国山方日年处律者用杀])|(?<![其利排])她(?![人乡国])|(?<![木])伊(?![犁斯朗拉通春甸])"
    r"|(?<=[劝叫喊帮给让跟搭同找请问讲])渠(?![道首沟])|佢"
)
# the clerk as 我 (not 我们, 我国, 我市, 我社区: the office), the one spoken to (你, 恁, 侬)
_CLERK = r"(?<![自])我(?![们們国省市区县镇乡街村社院中局单司部校所站处方党委])"
_SELF = rf"{_CLERK}|(?<![迷])你|恁(?!地)|侬|俺(?!们)"
# someone's words: a verb of saying, then what was said (说你们…, 讲无要走, 港冇得么子事, 讲是…); not 讲座, 说明, 宣讲
_SAID = (
    r"(?<![宣演听座评解据小学传游劝])(?:讲|说|港|话)(?:是|道|着|了)?[：:，, ]?"
    r"(?=[“「]|你|我|咱|俺|伊|他|她|渠|佢|无|冇|莫|关你|哪样|么子|啥|咋|这回|这下|不用|不要|不得|要得|好得)"
)
# (其中有个覃建华: a story opens on one person; not 有个别, 有个数)
_ONE_OF_THEM = r"^(?:其中|当时|后来)?有(?:个|一个|位|一位)(?![别数0-9一二两三四五六七八九十几])"
# a person named as the clerk said it (一名孩子叫小宇), an age said alone (五岁, 八十几岁了), a call about them
_TOLD = (
    r"(?<![呼召喊尖鸣])叫(?:做)?[小阿老]?[\u4e00-\u9fff]{1,2}(?=$|[，,。；;])"
    r"|^[0-9一二三四五六七八九十几多]{1,4}岁(?:了|啦|咯)?$"
    r"|打(?:了个?)?电话(?:来|回来|过来|给我)|哭了|抹眼泪|乐(?:够呛|坏了|得|呵呵)|找过我们"
    r"|(?:联系)?电话(?:是|为|号码)?$|号码$"  # (张二旦联系电话: a number's frame, its digits withheld)
    r"|^(?:本|我们)?(?:村|社区|村里|社区里)?(?:会计|出纳|网格员|专干|文书|干事)$"  # (村会计, its name withheld: a post alone)
    r"|^(?:[\u4e00-\u9fff]{0,4}(?:书记|主任|站长|所长|会长))(?:说|讲)(?![明服])"  # (王书记说…: their words)
    rf"|{_ONE_OF_THEM}"
    r"|^住(?:在)?[0-9一二三四五六七八九十]+(?:栋|幢|号楼|单元|楼)"  # (住7栋的: where one lives)
    r"|^[一二三四五六七八九]十[一二三四五六七八九]?了$|^[0-9]{2}了$"  # (八十七了: an age)
    # one's kin (not 子女, 家庭: a summary's words for them; 三个娃娃都在城里打工, 他的孩子)
    r"|儿子|女儿|儿女|孙子|孙女|孙仔|老伴|老婆|老公|媳妇|女婿|儿媳|侄儿|侄子|外孙|崽"
    r"|[两三四五六七八九个的](?:孩子|娃娃|娃儿)(?:都|也|还|在)|老两口"
    # what they said, said on after them (…，说咱村上这些后生可真是好后生; 比亲戚还亲)
    r"|^(?:还|又|直|就)?(?:说|讲)(?![明服座解课授理法])|^比[^，,。]{1,8}还(?:亲|好|强|上心)"
    # one of them by name where the story goes on (还有个罗老辈子, 有位周师傅)
    rf"|有(?:个|位)[{SURNAMES}](?:老|大|阿|师傅)"
    # (姓白, 区医院的于大夫, 李老师李国富, 像张老板…: who one was, said as the clerk knows them — heldout89's 赤峰 and 曲靖)
    rf"|姓[{SURNAMES}](?=$|[，,。；;])|[{SURNAMES}](?:大夫|医生|老师|老板)(?=$|[，,。；;（(]|[{SURNAMES}])"
    rf"|^像[^，,。]{{0,8}}(?:老板|老师|大爷|大妈|阿姨|师傅|书记|主任|大夫)"
    # (楼下刘姨港, 楼上的孩子彭志强…, 客服小周: who said it, who it was, as heldout90's 益阳 clerk told it)
    rf"|[{SURNAMES}]?[姨姐哥叔婶嫂伯爷奶婆][说讲港话]$|(?:孩子|儿子|女儿|老人|业主|租户)[{SURNAMES}][\u4e00-\u9fff]{{1,2}}"
    rf"|^(?:客服|网格员|社工|保安|保洁|管家|物业)[小老阿][{SURNAMES}]$"
)
# a person said by name alone as a clause (小蔡, 陈阿姆陈玉钗, 周师傅): who the story is about
_NAMED = (
    rf"^(?:[\u4e00-\u9fff]{{0,2}}(?:阿姆|阿婆|阿伯|阿公|师傅|大爷|大妈|大娘|奶奶|爷爷|阿姨|婆婆))?[{SURNAMES}][\u4e00-\u9fff]{{1,2}}$"
    rf"|^[小老阿](?P<nick>[{SURNAMES}])(?:(?P=nick)[\u4e00-\u9fff]{{1,3}})?$|^[{SURNAMES}](?:阿姆|阿婆|阿伯|阿公|师傅|大爷|大妈|大娘|奶奶|爷爷|阿姨|婆婆)$"
    # (一位老人（王福贵）, 钟秀英钟阿姨: a name beside the word for them)
    rf"|[{SURNAMES}]某(?![某])|[（(][{SURNAMES}][\u4e00-\u9fff]{{1,2}}[）)]|[{SURNAMES}][\u4e00-\u9fff]{{1,2}}[{SURNAMES}]?(?:阿姨|阿婆|大爷|大妈|师傅|奶奶|爷爷)"
)
# what the office did in a story (帮他, 社区为其, 已办理): where the story ends and the work goes on
_OFFICE = re.compile(
    r"社区|村委|我们|帮|为其|协助|办理|联系|协调|组织|开展|送|上门|申请|安排|已|负责|发放|发布|通知|宣传|巡查|排查|走访|清理|整治"
)
# one person said alone, the story's opening (一名老人, 有位阿婆)
_ONE_PERSON = re.compile(r"(?:有|其中)?[一1](?:名|位|个|户)[\u4e00-\u9fff]{1,4}")
_STORY = re.compile("|".join(f"(?:{p})" for p in (_PERSON, _SAID, _TOLD, _NAMED)))
_TOLD_OF = re.compile("|".join(f"(?:{p})" for p in (_SAID, _TOLD, _NAMED)))  # a story by more than a pronoun
# the clerk as 我, a pointer at nothing written (年轻人都看那个, 就这个), a question asked of oneself (三十七处？): the
# clause may still hold the work's figure (我一共走访了32户), which then stays
_ASIDE = re.compile(rf"{_SELF}|(?:那个|这个|那些|这些)(?:嘛|啊|呢|哦)?$|[？?]$")
# what the clerk did as 我 (为其申请, 帮着办, 把…卖出去): the office's work
_DOING = re.compile(
    r"为其|为他|为她|申请|办理|帮|协助|联系(?!电话|方式)|组织|开展|上门|走访|修好|送到|送医|安装|找了|找人|换了|更换|维修|处理|发现"
    r"|把[^，,。]{1,12}(?:卖|送|运|装|修|建|办)"
)
_STAFF_NAMED = re.compile(
    rf"^[ \u3000]*[小老阿](?P<s>[{SURNAMES}])(?P=s)[\u4e00-\u9fff]{{1,2}}(?=就|也|都|每|负责|帮|上门|一直)"
)
# an aside in brackets (（他们老难弄的）, （就是3号楼的）): it goes when it is speech, the clause stays
_BRACKETED = re.compile(r"[（(][^（）()]{2,20}[）)]")
_ONESELF = re.compile(r"(?:我|俺|咱)(?:这儿|这里|这边)?(?!们)")
_ASKED_AGAIN = re.compile(r"(?P<f>[0-9零一二两三四五六七八九十百千万]+[\u4e00-\u9fff]?)[？?][，, \u3000]*(?P=f)")
_OPENS_STORY = re.compile(
    rf"{_ONE_OF_THEM}|叫(?:做)?[小阿老]?[\u4e00-\u9fff]{{1,2}}$|{_NAMED}"
    r"|^(?:有|其中)?[一1](?:名|位|个)(?:老人|居民|村民|阿婆|阿公|老伯|大爷|大妈|孩子|学生|业主|租户|老人家)$"
)

# the marks of a note said aloud or typed as the clerk talks, any one of which makes it spoken
_SPOKEN_NOTE = re.compile(
    r"[嘛哒咯噻哟啦嘞咧唦噢]|(?<![哦])哦|(?<=[\u4e00-\u9fff])[啊呢吧呀哇喔](?=$|[，,。 ？?！!])"
    rf"|(?:^|[，,。 ])(?:就是说|然后|反正|那个|这个嘛|其实吧|完了)|{_CLERK}"
    r"|俺|咱|恁|侬|冇|莫得|没得|好多|好些|蛮|贼|咋|啥|哪样|么子|不晓得|晓得|喊[^，,。]{0,6}来|[？?]|玩意"
    # (typed as the clerk talks: 闹热得很！！, 拿了个二等奖~, 一哈, 乱摆哩, 他说“…” — heldout89's 曲靖 and 开封 notes)
    r"|得很|[！!]{2}|[~～]$|[~～][，,。]|，，|一哈|(?<=[\u4e00-\u9fff])哩|(?:他|她)(?:说|讲)[：:，,]?[“「]"
    r"|(?:截|春|点|会|块|片|圈|边|头|趟|阵)儿|(?:弄|搞|整)了$"  # (那一截儿, 开春儿就开始弄了: heldout89's 开封 note)
)


def spoken_note(text: str) -> bool:
    """Whether a note was spoken: it carries a mark only speech makes (嘛, 我 for the clerk, 冇, 晓得, a question)."""
    return bool(_SPOKEN_NOTE.search(fold(_unquoted(text))))


def spoken_notes(texts: list[str]) -> bool:
    """Whether the notes were spoken: two or more of them, and a quarter at least, carry a mark of speech."""
    spoken = sum(1 for t in texts if spoken_note(t))
    return spoken >= max(2, len(texts) // 4)


def _unquoted(text: str) -> str:
    """The text with what it quotes blanked (“你我他”志愿服务队, 《我和我的祖国》, “我为群众办实事”, a slogan “…还我整洁家园”:
    names; someone's words are known by the word of saying before them)."""
    return re.sub(r"《[^》]{0,30}》|[“「][^”」]{0,40}[”」]", "□", text)


def clauses_of(text: str) -> list[str]:
    """``text`` cut after each comma, stop or question mark outside quotes, each clause with its mark."""
    out, buf, depth = [], "", 0
    straight = False  # (inside "…": a straight quote opens and closes alike)
    for ch in text:
        buf += ch
        if ch == '"':
            straight = not straight
        elif ch in "“《（(「【":
            depth += 1
        elif ch in "”》）)」】":
            depth = max(0, depth - 1)
        elif ch in "，,。；;！!？?" and depth == 0 and not straight:
            out.append(buf)
            buf = ""
    return [*out, buf] if buf else out


def _speech(clause: str) -> str:
    """ "story" for a clause that tells of a person or their words, "aside" for the clerk's own aside, else ""."""
    # (what a resident said in quotes, after a word of saying: the quote is theirs; not 参与“我为群众办实事”, a campaign)
    if re.search(r"(?:说|讲|港|话|道|问|喊|骂)[：:，, ]?[“「\"]", clause):
        return "story"
    body = fold(_unquoted(clause)).strip().rstrip("，,。；;！! ")
    if clause.rstrip().endswith(("？", "?")):
        body += "？"
    if _STORY.search(body):
        return "story"
    return "aside" if _ASIDE.search(body) else ""


_FOR_THEM = re.compile(r"([为帮给替])其(?!中|他|余|实)")


def speech_dropped(text: str, *, work: bool = True) -> tuple[str, list[str]]:
    """``text`` without its clauses still in speech, and the clauses that went. In a note of work done, a story runs
    on to what the office did, and a note that opens on a person's story and is told in speech for a third of its
    clauses or more goes whole (…覃建华，他老婆打电话来讲…，现在一个月有四千来块: what is left says nothing of the
    office's work); in a problem or a plan only the clauses themselves go (户口一直没落下来 is the problem). An aside
    keeps its clause when it holds a figure, and what the office did in a story stays."""
    # (a count asked of oneself and said again, 三十七处？ 三十七处: said once; an aside in brackets, （他们老难弄的）)
    asked = _ASKED_AGAIN.findall(text) + [a for a in _BRACKETED.findall(text) if _speech(a)]
    text = _ASKED_AGAIN.sub(r"\g<f>", text)
    text = _BRACKETED.sub(lambda m: "" if _speech(m.group(0)) else m.group(0), text)
    clauses = clauses_of(text)
    # (她负责在群里发通知: what the staff member did is the office's work, said without them)
    clauses = [re.sub(r"^([ \u3000]*)[他她伊渠佢](?=负责|主要负责|专门负责)", r"\1", c) for c in clauses]
    text = "".join(clauses)
    kinds = [_speech(c) for c in clauses]
    kinds = [k if k != "aside" or not find_figures(c) else "" for c, k in zip(clauses, kinds, strict=True)]
    # (the clerk doing the work as 我 or 俺: 俺为其申请了…补贴, 把俺这儿的红枣卖出去 — the work stays, without them; and
    # what the office did for the one the story is of, 我们帮他办了大病救助: the work, 帮其…)
    for at, (clause, kind) in enumerate(zip(clauses, kinds, strict=True)):
        doing = _DOING.search(fold(clause)) and not re.search(r"(?:说|讲|港|话)[：:，, ]?[“「\"]|[“「\"]", clause)
        if kind == "aside" and doing:
            clauses[at] = _ONESELF.sub(
                lambda m: "本地" if m.group(0).endswith(("这儿", "这里", "这边")) else "", clause
            )
            kinds[at] = ""
        elif kind == "story" and (
            doing
            # (a count of the office's work with the ones served as 他们: 当场让他们改了9处, 给他们办居住证126个)
            or (
                find_figures(clause)
                and not _TOLD_OF.search(fold(_unquoted(clause)))
                and re.search(r"(?:让|叫|给|帮|为|替|请|督促|动员|组织|要求|向|对|跟|与|和)[他她伊渠佢]", fold(clause))
            )
        ):
            clause = re.sub(r"(?<=[帮为给替让叫])[他她伊渠佢](?:们)?|[他她伊渠佢](?=家)", "其", clause)
            # (the staff member who did it named as the clerk calls them, 小林林小红就…: 工作人员)
            clauses[at] = _STAFF_NAMED.sub("工作人员", clause)
            kinds[at] = ""
    text = "".join(clauses)
    if not any(kinds):
        return text, [f"{f}？" for f in asked]
    # a story runs on past the clause that names its person, to what the office did or counted (…住7栋的曾某，行动
    # 不便，没有办法自己来), and the person said just before it is its opening (一名老人，住7栋的曾某…)
    for at in range(1, len(clauses) if work else 0):
        said = fold(clauses[at]).rstrip("，,。；;！! ")
        if (
            len(said) <= 8
            and kinds[at - 1] == "story"
            and not kinds[at]
            and clauses[at - 1][-1:] not in "。；;！!"
            and not find_figures(said)
            and not _OFFICE.search(said)
        ):
            kinds[at] = "story"
    for at in range(len(clauses) - 1):
        if kinds[at + 1] == "story" and _ONE_PERSON.fullmatch(fold(clauses[at]).rstrip("，,。；;！! ")):
            kinds[at] = "story"
    told = sum(1 for k in kinds if k)
    # (most of it the story, or a third and nothing else counted: 小蔡，蔡思敏，她负责…发了约十条 keeps its count)
    counted_else = any(find_figures(c) for c, k in zip(clauses, kinds, strict=True) if not k)
    # (nor when the office did something in it, 我们帮他办了…: that stays, the story round it goes)
    acted = any(_DOING.search(fold(c)) for c, k in zip(clauses, kinds, strict=True) if not k)
    if (
        work
        and len(clauses) >= 2
        and not acted
        and _OPENS_STORY.search(fold(clauses[0]).strip().rstrip("，,。；;！! "))
        and (3 * told >= 2 * len(clauses) or (3 * told >= len(clauses) and not counted_else))
    ):
        return "", [c.rstrip("，,。；;！!") for c in clauses]
    if work and len(clauses) >= 2 and all(k == "story" for k in kinds):  # (a story throughout: it goes whole)
        return "", [c.rstrip("，,。；;！!") for c in clauses]
    if all(kinds):
        return text, [f"{f}？" for f in asked]
    kept: list[str] = []
    for at, (clause, kind) in enumerate(zip(clauses, kinds, strict=True)):
        if not kind:
            # (为其 after the one it was said of went: one of those counted before, 共慰问了68个，…为其中1人申请了临时救助)
            counted = re.search(r"[0-9一二两三四五六七八九十百千]+(?P<u>个|人|户|名|位)", "".join(kept))
            if counted and _FOR_THEM.search(clause) and kept and at > 0 and kinds[at - 1]:
                unit = {"个": "人", "位": "人"}.get(counted["u"], counted["u"])
                clause = _FOR_THEM.sub(rf"\g<1>其中1{unit}", clause, count=1)
            kept.append(clause)
        elif kept and clause[-1:] in "。；;！!" and kept[-1][-1:] in "，,":
            kept[-1] = kept[-1][:-1] + clause[-1]
    end = text[len(text.rstrip("。；;！!？?，, ")) :].strip()
    new = "".join(kept).rstrip("，,。；;！!？? ")
    new += end[0] if end and end[0] in "。；;！!" else ""
    return new.strip(), [f"{f}？" for f in asked] + [
        c.rstrip("，,。；;！!") for c, k in zip(clauses, kinds, strict=True) if k
    ]
