"""A work group's messages pasted as items: what the group said to itself goes, and a later message
that corrects a figure is written into the message it answers (heldout47–49, the hostile pass of
round 28)."""

from __future__ import annotations

import re

from assistant.core.numbers import Figure, find_figures
from assistant.core.text import EMOJI, STICKER, common_run, fold
from assistant.facts.copyedit import CopyEdit, without_chat_stamp
from assistant.facts.corrections import CORRECTED

# a message that only corrects the one before it: 罗小军：（更正：平均每天是54人，累计1700多人次，签到表我重新核了）
# after 唐芳：…平均45人左右，累计服务一千四百多人次 (heldout47's group histories)
_LATER_CORRECTION = re.compile(
    # (and @李海涛 更正：…, 更正一下，…: heldout48; 核对过了，更正：…是97户（之前多算了5户…），…: heldout49)
    r"^(?:@[\u4e00-\u9fff\-－]{1,12}[ \u3000]*)?(?:[^，,。：:（(]{1,8}[，,][ \u3000]*)?(?P<open>[（(【\[])?[ \u3000]*"
    r"(?:(?:更正|纠正|修正|订正|改正)(?:一下)?[ \u3000]*[:：，,]|(?=(?:具体|准确|实际)(?:数|数字)?(?:是|为)[0-9])"
    r"|不是[0-9.]+[^\s，,。0-9]{1,2}[，,][ \u3000]*(?:是|应为|应该是)(?=[0-9]))[ \u3000]*"
    r"(?P<body>(?(open)[^）)】\]]*|.*?))(?(open)[）)】\]])[。.]?$"
)
# the group's leader settling a figure: 上个月的不算，一网格按5个报 (heldout49) corrects the count before it
_SETTLED = re.compile(
    r"^(?:@[^ \u3000]{1,16}[ \u3000]*)?[^。；;]{0,16}?(?:就按|按照|按)(?P<body>[0-9]+(?:\.[0-9]+)?(?:%|个|户|人|名|处|份|次|件|起|吨|元))"
    r"(?:报|上报|算|统计)(?:[，,][^。；;]{0,12})?[。.]?$"
)
# what a group says to itself and no summary carries: a question put to a colleague (@一网格-李蕾 102户是
# 不是…？核对一下, 本月…的有多少？报一下数), a picture, a reply (heldout49)
_QUESTION = r"[^。！!？?]*(?:多少|是不是|有没有|算不算|够不够|行不行|要不要|能不能|对吗|对不对|几个|几户|吗|呢)[\u4e00-\u9fff]{0,8}[？?]"
_REQUESTS = r"(?:报一下数?|核一下|核对一下|确认一下|回复一下|统计一下|报上来)"
_REQUEST = _REQUESTS + "?"
_GROUP_TALK = re.compile(
    rf"^(?:@[^ \u3000]{{1,16}}[ \u3000]*[^。！!]*[？?]|{_QUESTION})[ \u3000]*{_REQUEST}[。！!]?$"
    r"|^@[^ \u3000]{1,16}[ \u3000]*[^。！!0-9]*(?:吗|呢)$"
    r"|^(?:[\[【](?:图片|表情|动画表情|语音|视频|文件|链接)[\]】][，,\s]*)+$"  # a picture with no words
)
# pictures sent before the words they go with ([图片]，[图片]，今天招聘会结束…: heldout58's group): the words stay
_MEDIA_FIRST = re.compile(r"^(?:[\[【](?:图片|表情|动画表情|语音|视频|文件|链接)[\]】][，,\s]*)+(?=\S)")
# what is talk wherever it stands: a recalled message, a reply that settles on a record, a colleague's own
# errand (我周三晚上有事，跟老陈换一下: heldout50)
_ALWAYS_TALK = re.compile(
    r"^[\u4e00-\u9fff]{1,6}撤回了一条消息$|^好的[，,]?(?:以[^。，,]{1,8}为准)?[。！!]?$"
    r"|^(?:收到|好的|好滴|嗯嗯|OK|ok)[^\u4e00-\u9fff0-9]{0,6}$"
    r"|^(?:收到|好的)[，,！!][^0-9]{0,20}$"
    r"|^我[^。]{0,12}(?:有事|请假|换一下|调一下|换个班|换班)[^。]{0,10}$"
)
# a message that quotes another before its answer (「张晓燕：…四百多户次」具体是412户次): the quote goes
_QUOTED_REPLY = re.compile(
    r"^[「『“][\u4e00-\u9fff]{2,4}[：:][^」』”]{1,120}[」』”][ \u3000]*"
)  # (not “绿色账户”积分…)
# a question after what was done (本月义诊服务80人，其中老年人有多少？报一下数; …，大家看下有没有冲突): the
# question goes, the work stays
_ASKED_AFTER = re.compile(
    rf"[，,；;](?:其中)?{_QUESTION}[ \u3000]*{_REQUEST}[。！!]?$|[，,](?:大家|各位)(?:看下|看一下|看看)[^。，,]{{0,12}}$"
    r"|[，,][ \u3000]*(?:@[^ \u3000]{1,16}[ \u3000]*)?(?:你|您|大家)?(?:核一下|核对一下|看一下|确认一下)[？?]?$"
)
# a question that asks for a count (本月新增志愿者有多少？报一下数): what it counts answers a bare 12人 after it
_ASKED_FOR = re.compile(
    r"^(?:@[^ \u3000]{1,16}[ \u3000]*)?(?P<what>[^，,。？?]{2,20}?)(?:的)?(?:有|是|共有)?(?:多少|几个|几户|几人)"
)
_BARE_FIGURE = re.compile(r"^(?:共|一共|共计)?[0-9]+(?:\.[0-9]+)?[\u4e00-\u9fff]{1,2}[。！!]?$")
# an aside that asks the group (…本月才拿到证，算不算？): the question goes, the message stays
_ASKED_ASIDE = re.compile(r"[（(][^（()）]{0,40}[？?][）)]")
# what a correction adds besides (…更正：走访困难户是97户，另外新增低保2户): a fact of its own, kept
_BESIDES = re.compile(r"[，,；;][ \u3000]*(?:另外|此外|另有|还有|同时)[，,]?")
# a message's own talk among its news (heldout53's group: 「…」- - - - - 好的表我改了。2网格谁跟的？@陈思;
# 1500？咱们社区常住才三千多人; 尽量吧，…; …，回执周五前交给我; …，大家八点半到): the separator a phone draws under a
# quote, a sentence that asks, replies or tags someone, and a clause that tells the group what to do
_SEPARATOR_RUN = re.compile(r"(?:[-—_=·][ \u3000]?){5,}[，,。；;]?")
_TALK_SENTENCE = re.compile(
    # a reply and at most a few words with no figure (好的表我改了); not 收到，更正：… nor 收到，3号楼漏水已修好
    rf"^(?:好的|收到|太好了|辛苦了|辛苦大家了?|明白|尽量吧?)(?:{STICKER})*[，,\s]?[^。！!？?0-9，,已]{{0,5}}[。！!]?$"
    r"|^我(?:这边|这里)?(?:记的|统计的|算的)是[0-9一二两三四五六七八九十百千]+[^\u4e00-\u9fff]{0,3}$"
    rf"|^(?:(?:你|您|大家)?{_REQUESTS})[。！!？?]?$"
)
_TALK_CLAUSE = re.compile(
    r"^(?:(?:大家|各位)[^，,。]{0,6}(?:点|点半|前|准时)到|[^，,。0-9]{0,10}(?:前|尽快|及时|统一)(?:交给我|报给我|发给我)"
    r"|太好了|好的|收到|明白了?|尽量吧?|(?:谢谢|感谢)(?:大家|各位)|我表述有误|我刚(?:去)?看了"
    r"|(?:好的|收到|好)?[\u4e00-\u9fff]?(?:姐|哥|叔|姨|主任|书记|老师)|我问(?:过)?了"  # 好的张姐，我问了，…
    r"|问问(?:他们|她们|人家)?[^，,。]{0,10}(?:来不来|去不去|行不行|要不要|能不能)"
    # a leader's instruction to the group with no count of its own (零就业家庭那两户一定要盯紧，这个月要动态清零)
    r"|(?![^，,。]*(?:已|完成))(?:[^，,。0-9]{0,14}一定要[^，,。0-9]{0,10}|(?:这个月|本月|这周|本周|月底前)要[^，,。0-9]{0,10})"
    r"|[^，,。0-9]{0,8}在我(?:这|这里|这儿|手上)|[^，,。0-9]{0,10}我(?:已)?(?:整理|放|汇总)(?:到|在|进)[^，,。0-9]{0,8}(?:文档|共享文档)里?了?"
    r"|[^，,。0-9]{0,6}我(?:已)?发(?:在|到)群里了?"
    r"|[^，,。]{0,6}把[^，,。]{1,8}带上|(?:大家|各位)?辛苦(?:了|啦|大家了?)|我(?:去|来)|我(?:就在附近|马上到|马上过去|这就去|过去看看)"
    # an errand for later with no count in it (明天补, 明天写个简报报街道); not 明天上午9点在广场义诊, 明天领导来检查
    r"|(?:明天|明早|回头|等会儿?|晚点|待会儿?)(?:我|再|就)?(?:补|写|交|报|发|弄|搞|整理|汇总|核)[^，,。0-9一二两三四五六七八九十]{0,8}"
    # a word to a colleague with no news in it (…月初还有一条你没在群里); not 你上报的12户…已完成, 你帮我、我帮你
    r"|(?![^，,。]*(?:[0-9]|已|你帮我|我帮你|你追我赶|你来我往))(?:你(?!们|好)[^，,。]*|[^，,。]*[^迷]你(?:说|没|在|那|这|也|去|来|跟|看|帮|再)[^，,。]*))$"
)
# a notice to everyone of what is to come (@全体成员 本周六上午…8点半物业门口集合，自带手套): the event's own news
# comes after it
_NOTICE = re.compile(
    r"^@(?:全体成员|所有人|全体)[ \u3000]*[^。]*(?:集合|尽量来|准时到|自带|带上|请[^，。]{0,6}(?:参加|到场))[^。]*$"
    # (and a meeting called for later, 明晚七点半三方联席会，…物业把报价带上)
    r"|^(?:明天|明晚|明早|今晚|后天)[^。0-9]{0,12}(?:点|上午|下午|晚上)[^。0-9]{0,30}(?:联席会|例会|开会|集合|带上|准时)"
    r"|^(?:明天|明晚|明早|今晚|后天)[^。0-9]{0,30}(?:准时到岗|准时到|准时参加)"
)
# an office's notice forwarded to the group (街道劳动保障事务所：各社区请于3月7日前上报…: heldout58): what the
# communities are told to do, not what this one did, whatever figures it sets
_DIRECTIVE = re.compile(
    r"^(?:【转发】|\[转发\]|转发[:：])?[ \u3000]*[\u4e00-\u9fff（）()]{2,16}[：:][ \u3000]*(?:各(?:社区|村|居委会|单位|网格|小区|物业)请|请各)"
    r"(?!.*(?:我社区|本社区|我们|我村|本村))"
)
# a message that takes back the one before (这个先别往上报，等定了再说: heldout58): neither is reported
_WITHDRAWN = re.compile(
    r"^(?:(?:这个|这条|这事|此事|这件事)(?:先|暂时|暂)?|先|暂时先?)(?:别|不要|不用|莫)(?:往上|对外)?(?:报|上报|写进去|写进总结)(?![错名])"
)
_GROUP_NAME = re.compile(r"^[\u4e00-\u9fff0-9]{2,20}(?:工作群|交流群|服务群|微信群|钉钉群|群)$")
WITHDRAWN = "工作群裡說了先不上報的一條，未寫入"
ACROSS = f"{CORRECTED}：這一條是對上一條數字的更正，已改在上一條裡，不單列"
TALK = "工作群裡的回覆或轉發的通知，不是工作內容，未寫入"


_QUOTED_OR_BRACKETED = re.compile(r"[“「『《（(][^”」』》）)]{0,60}[”」』》）)]")
_HIDE = str.maketrans({"？": "\x00", "?": "\x01", "。": "\x02", "！": "\x03", "!": "\x04", "，": "\x05", ",": "\x06"})
_SHOW = {ord(hidden): chr(mark) for mark, hidden in _HIDE.items()}
_TAG = re.compile(r"@[^\s，,。？?！!]{1,12}")


def _bare_words(clause: str) -> str:
    return EMOJI.sub("", re.sub(STICKER, "", fold(clause))).strip(" \u3000，,。！!")


def _talk_out(text: str) -> str:
    """A group message without what it says to the group: its news in its own words, or nothing."""
    kept = []
    text = _MEDIA_FIRST.sub("", text)
    # a question inside quotes or brackets (开展“垃圾怎么分？”知识竞赛, （…算不算？）) is no sentence of the message's
    hidden = _QUOTED_OR_BRACKETED.sub(lambda m: m.group(0).translate(_HIDE), _SEPARATOR_RUN.sub("", text))
    asked = False
    for part in re.findall(r"[^。！!？?]+[。！!？?]?", hidden):
        # (the quoted stays hidden till the end: “有你在，家更暖”志愿服务队 is one name, not two clauses)
        body = _TAG.sub("", part).strip(" \u3000，,\u2005")  # …发现隐患3处@陈思: the tag goes, the news stays
        if not body or _TALK_SENTENCE.search(fold(body.translate(_SHOW))):
            continue
        # what a question goes on to say is its reason (1500？咱们社区常住才三千多人啊; 折页还剩多少？下周进学校
        # 要用): a remark with no count of its own or said with a sigh, no news
        bare = _bare_words(body.translate(_SHOW))
        # (not news told after it: 谁去看下？物业已经修好了; 还有38户没登记啊)
        news = re.search(r"已|了|完成|好了|同意|到位|解决|结束", bare)
        sigh = re.search(r"[啊呀吧嘛哈哇呢啦]$", bare) and re.search(r"才|就|只|咋|怎么|哪", bare)
        if asked and not news and (sigh or not re.search(r"[0-9一二两三四五六七八九十百千万]", bare)):
            continue
        # a sentence that asks and tells nothing (…那个物流园，人事的联系方式你还有吧？): it goes whole
        if re.search(r"[？?]$", body) and not re.search(r"[0-9]|已|完成|好了", bare):
            asked = True
            continue
        asked = bool(re.fullmatch(r"[^，,]{0,24}[？?]", body.translate(_SHOW)))
        # (a reply and its sticker before the news, 太好了[OK] 明天写个…: a clause of its own)
        body = re.sub(rf"^((?:太好了|好的|收到|辛苦了)(?:{STICKER})*)[ \u3000]+", r"\1，", body)
        clauses = [c for c in re.split(r"(?<=[，,])", body) if not _TALK_CLAUSE.match(_bare_words(c.translate(_SHOW)))]
        # an answer that names the count the message goes on to give (是12条，…。12条都上门核实了)
        answer = re.fullmatch(r"(?:是|应该是|就是)([0-9]+[^0-9，,]{0,2})", _bare_words(clauses[0])) if clauses else None
        if answer and len(re.findall(rf"(?<![0-9.]){re.escape(answer.group(1))}", text)) > 1:  # not 1户 in 11户
            clauses = clauses[1:]
        # …诈骗，谁离得近？ (its ？ sometimes cleaned away already): the news stays, the question goes
        last = _bare_words(clauses[-1].translate(_SHOW)) + clauses[-1][-1:] if clauses else ""
        asks = r"[？?]$|^(?:谁(?![都也])|哪位|有谁|有没有人)(?![^，,。]*(?:[0-9]|已))|^(?:你|您|大家)?(?:核|看|确认|查)一下"
        if clauses and re.search(asks, last):
            clauses = clauses[:-1]
        said = "".join(clauses).strip(" \u3000，,")
        if said and body[-1:] in "。！!" and said[-1:] not in "。！!":  # the sentence keeps its end
            said += body[-1]
        if said:
            kept.append(said.translate(_SHOW))
    return "".join(kept)


def _is_talk(bare: str, stamped: bool) -> bool:
    folded = fold(bare)
    if _ALWAYS_TALK.match(folded):
        return True
    if not _GROUP_TALK.match(folded):
        return False
    # without a stamp only what cannot be work: @someone, a picture, a question that asks for a figure
    return stamped or folded.startswith(("@", "[", "【")) or bool(re.search(r"[？?][ \u3000]*\S", folded))


def _said_before(text: str, at: int) -> str:
    """The words before a figure, back to the clause's start (走访困难户 of 走访困难户96户)."""
    start = max(text.rfind(c, 0, at) for c in "，,；;。：: \u3000") + 1
    said = re.sub(r"(?:应该是|应为|应是|是|为|為|共|共计)$", "", fold(text[start:at]))
    return re.sub(r"^(?:具体|准确|实际)(?:数|数字)?", "", said)  # 具体是412户次 names nothing


def _names_another(said: str, there: str) -> bool:
    """Whether two figures' words name different things (each says what, and they share nothing)."""
    return len(said) >= 2 and len(there) >= 2 and common_run(said, there) < 2


def _plan(fixes: list[Figure], body: str, out: list[str], i: int) -> tuple[int | None, list[tuple[Figure, Figure]]]:
    """Where each corrected figure goes: the earlier figure of its unit whose words it names
    (更正：慰问困难户是21户 corrects 慰问困难户20户, not 走访困难户96户), else the first; in the earlier
    item whose words name the most of them, else the nearest."""
    best: tuple[int, int, int | None, list[tuple[Figure, Figure]]] = (-1, 0, None, [])
    for distance, k in enumerate([k for k in range(i - 1, max(-1, i - 5), -1) if out[k].strip()]):
        earlier = [f for f in find_figures(out[k]) if f.kind not in ("date", "time") and f.unit]
        plan: list[tuple[Figure, Figure]] = []
        named = 0
        for fix in fixes:
            said = _said_before(body, fix.start)
            units = {fix.unit} | ({"人", "名", "户"} if fix.unit == "个" else set())  # 按5个报 counts people too
            free = [f for f in earlier if f.unit in units and all(f is not p for p, _ in plan)]
            # (not a figure whose own words name another thing: 可回收物2.8吨 is no 其他垃圾41.5吨)
            free = [f for f in free if not _names_another(said, _said_before(out[k], f.start))]
            if not free:
                break
            scored = [
                (common_run(said, _said_before(out[k], f.start)) if len(said) >= 2 else 0, -n)
                for n, f in enumerate(free)
            ]
            top = max(range(len(free)), key=lambda n: scored[n])
            named += scored[top][0] if scored[top][0] >= 2 else 0
            plan.append((free[top], fix))
        # the item whose words name the most of them, the nearest of those (figures past the last one
        # placed explain the correction: …是38处（有3处上周已报）)
        if plan and (named, -distance) > best[:2]:
            best = (named, -distance, k, plan)
    return best[2], best[3]


# the sender owning a slip a colleague pointed out (对，是7家，我记错了，以签到表为准: heldout58's group)
_OWNED_SLIP = re.compile(
    r"^(?:对|对的|是的|嗯)[，, ]?(?:是|应该是)?(?P<body>[0-9]+(?:\.[0-9]+)?[^\s，,。0-9]{1,2}?)[，, ]*"
    r"(?:我|是我)(?:记|写|说|报|打|算|统计)错了"
)


def _sender(stamp: str) -> str:
    """The name a message's stamp opens on (张丽 3月15日 16:58：… → 张丽)."""
    m = re.match(r"[【\[]?([\u4e00-\u9fff]{2,4})", stamp.strip())
    return m.group(1) if m else ""


def _owned_slip(said: str, out: list[str], i: int, edits: list[CopyEdit], sender: str = "") -> bool:
    """Put the figure a sender owns to have got wrong into their earlier message (企业共8家 → 7家), the
    one figure of that unit there; the colleague's message between that only said so goes too. False
    (nothing changed) when no earlier message holds one other figure of that unit."""
    fixes = [f for f in find_figures(said) if f.unit and f.kind not in ("date", "time")]
    if not fixes:
        return False
    fix = fixes[0]
    for k in range(i - 1, max(-1, i - 6), -1):
        if sender and _sender(out[k]) != sender:
            continue  # (the slip is the owner's own message: not a colleague's 12家)
        same = [f for f in find_figures(out[k]) if f.unit == fix.unit and f.kind not in ("date", "time")]
        if len(same) == 1 and same[0].value != fix.value:
            old = same[0]
            new = out[k][: old.start] + fix.text + out[k][old.end :]
            edits.append(CopyEdit(out[k], new, f"{CORRECTED}（見後面的更正）"))
            out[k] = new
            told = {f.value for f in find_figures(new)}
            for j in range(k + 1, i):  # 张姐，企业是7家，…签到表上是7家。岗位数210没问题: only the correction
                if out[j] and all(f.value in told for f in find_figures(out[j])) and find_figures(out[j]):
                    edits.append(CopyEdit(out[j], "", ACROSS))
                    out[j] = ""
            return True
    return False


def corrections_across(texts: list[str]) -> tuple[list[str], list[CopyEdit]]:
    """Items as the clerk meant them when one only corrects the figures of an item before it: the
    earlier item takes the corrected figures, each where its words say (figures after the last
    match explain the correction), and the correction is no item of its own unless it adds a fact
    (另外…). What the group said to itself goes. Every edit listed."""
    out, edits = list(texts), []
    subject = ""
    chat = sum(1 for t in texts if without_chat_stamp(t)[1]) >= 2
    for i, text in enumerate(texts):
        bare, stamp = without_chat_stamp(text)
        bare = bare.strip()
        quoted = _QUOTED_REPLY.match(bare)
        answer = bare[quoted.end() :].strip("，,。 \u3000") if quoted else ""
        if answer:
            edits.append(CopyEdit(text, answer, "刪去回覆裡引用的上一條消息"))
            out[i] = text = bare = answer
        # a reply, a notice to everyone, the group's own name: talk, whatever news-like words follow
        # (收到，下午要上班，上午可以到; @全体成员 …8点半物业门口集合，自带手套; 枫林苑红色物业工作群: heldout56)
        named = bool(not stamp and i == 0 and chat and _GROUP_NAME.match(fold(bare)))
        named = named and not re.match(r"(?:建立|组建|成立|新建|创建|加入|建)", fold(bare))  # (not 建立联络群)
        replied = bool(_ALWAYS_TALK.match(fold(bare))) and not re.search(
            r"已|完成|好了|送到|清理|共|[0-9]|[一二两三四五六七八九十]+[户人个处件次份辆名]", bare
        )
        # (a notice that reports a count too, 共入户1260户, is news)
        notice = _NOTICE.match(fold(bare)) and not any(f.kind == "number" and f.unit for f in find_figures(bare))
        if stamp and _WITHDRAWN.match(fold(bare)):
            back = next((k for k in range(i - 1, max(-1, i - 4), -1) if out[k]), None)
            if back is not None:
                edits.append(CopyEdit(out[back], "", WITHDRAWN))
                out[back] = ""
            edits.append(CopyEdit(text, "", WITHDRAWN))
            out[i] = ""
            continue
        notice = notice or bool(_DIRECTIVE.match(fold(bare)))
        if (stamp and (replied or notice)) or named:
            edits.append(CopyEdit(text, "", TALK))
            out[i] = ""
            continue
        if stamp and (owned := _OWNED_SLIP.match(fold(bare))):  # said to the group, whether or not it finds its figure
            _owned_slip(owned["body"], out, i, edits, _sender(text))
            besides = re.search(r"[，,；;。][ \u3000]*(?:另外|此外|另有|还有|同时)[，,]?", bare)  # …我记错了。另外…5户
            rest = bare[besides.end() :].strip() if besides and find_figures(bare[besides.end() :]) else ""
            edits.append(CopyEdit(text, rest, ACROSS))
            out[i] = rest
            continue
        if stamp:
            said = _talk_out(bare)
            if not said:
                edits.append(CopyEdit(text, "", TALK))
                out[i] = ""
                asked = _ASKED_FOR.match(fold(bare))  # (本月新增志愿者有多少？ then 12人: the answer takes its words)
                subject = bare[asked.start("what") : asked.end("what")] if asked else ""
                continue
            if said != bare:
                edits.append(CopyEdit(text, said, "刪去工作群消息裡的問話、回覆和交代"))
                out[i] = text = bare = said
        if stamp and _ASKED_ASIDE.search(bare):
            unasked = _ASKED_ASIDE.sub("", text)
            edits.append(CopyEdit(text, unasked, "刪去向工作群提的問題"))
            out[i] = text = unasked
            bare = _ASKED_ASIDE.sub("", bare)
        question = _ASKED_AFTER.search(fold(bare))
        if question and find_figures(bare[: question.start()]):
            kept = bare[: question.start()]
            edits.append(CopyEdit(text, kept, "刪去向工作群提的問題"))
            out[i] = text = bare = kept
        tagged = re.match(r"@[^ \u3000，,]{1,16}[ \u3000]+", bare)
        if tagged and find_figures(bare[tagged.end() :]) and not re.search(r"[？?]", bare):
            edits.append(CopyEdit(text, bare[tagged.end() :], "刪去工作群消息裡的@某人"))
            out[i] = text = bare = bare[tagged.end() :]
        if _is_talk(bare, bool(stamp)):
            edits.append(CopyEdit(text, "", TALK))
            out[i] = ""
            asked = _ASKED_FOR.match(fold(bare))
            subject = bare[asked.start("what") : asked.end("what")] if asked else ""
            continue
        # a bare figure answering the question just asked (本月新增志愿者有多少？ → 12人): the question's words
        if subject and _BARE_FIGURE.match(fold(bare)):
            answered = subject + bare.rstrip("。")
            edits.append(CopyEdit(text, answered, "按工作群裡的問答寫成一句"))
            out[i] = text = bare = answered
        subject = ""
        folded = fold(bare)
        short = len(folded) <= 20
        m = _LATER_CORRECTION.match(folded) or (_SETTLED.match(folded) if stamp or short else None)
        if m is None:
            continue
        body = bare[m.start("body") : m.end("body")]
        # (实为90小时（王丽时长原录为42，实为24）: the aside in brackets explains the correction — hostile78)
        body = re.sub(r"[（(][^（）()]*(?:原录|原报|原为|应为|实为)[^（）()]*[）)]", "", body)
        # what was written before, then what it should be (上报时写的已整改5个，经核实…，应为已整改4个，整改率57.1%):
        # the figures after 应为 are the correction (heldout65's 督查 notice)
        should = list(re.finditer(r"应为|应该是|更正为|改为|实为", body))
        before = body[: should[-1].start()] if should else ""
        if (
            should
            and re.search(r"写的|写成|原为|原来是|之前是|原报|原统计|原填|上报的?|报的", before)
            and not re.search(r"对的|没错|无误|不变", before)
        ):
            body = body[should[-1].end() :]
        # (…是3.6吨，刚才打反了。可回收物2.8吨…: a sentence after the correction's is news of its own)
        besides = _BESIDES.search(body) or re.search(r"[。；;](?=.*[0-9])", body)
        rest = body[besides.end() :].strip() if besides and find_figures(body[besides.end() :]) else ""
        if rest:
            body = body[: besides.start()] if besides else body
        # (a bare number has no unit to match by: 不是350 explains, and a stamp's 03-08 is no count)
        fixes = [f for f in find_figures(body) if f.kind not in ("date", "time") and (f.unit or f.kind == "percent")]
        j, plan = _plan(fixes, body, out, i)
        if j is None:
            continue
        new = out[j]
        for old, fix in sorted(plan, key=lambda pair: pair[0].start, reverse=True):
            new = new[: old.start] + fix.text + new[old.end :]
        edits += [CopyEdit(out[j], new, f"{CORRECTED}（見後一條）"), CopyEdit(text, rest, ACROSS)]
        out[j], out[i] = new, rest
    return out, edits
