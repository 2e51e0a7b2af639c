"""Clauses of a spoken note that tell how the clerk or the people felt about the work, not the
work: 孩子们玩得可开心了, 家长都讲安逸, 效果还蛮不错的, 还好没人受伤, 大概就这样, 有点担心. A summary
says what was done and what came of it; a reaction in someone's words is a tell the blind readers
quoted in every round of spoken notes, and each region says it in words no list will hold, so the
clause goes by its shape — who reacted and how — not by its words.

Only a clause after the first, holding no figure, no quote and no name in brackets, and only
these shapes: a reaction of the people served (in a note of work done: in a problem, 居民讲太远了
is the problem), the clerk's relief or worry, a verdict without content, a sign-off. A reaction
that asks for something (都说要加装电梯) is kept, and so is one already written as a summary writes
it (居民反映良好). What someone said, quoted as a clause of its own or as the whole note, goes whole;
a story told after the work (有个小朋友回去跟他爷爷讲，…) goes to its sentence's end when it counts nothing
and the office did nothing in it; a verdict of the people served in any region's words (果农港要得)
goes unless it finds something wanting."""

from __future__ import annotations

import re

from assistant.core.numbers import find_figures
from assistant.core.text import fold

# the people a reaction is told of
_PEOPLE = (
    r"(?:大家|大伙儿?|群众|居民们?|村民们?|老人们?|老人家|老年人|家长们?|孩子们?|小孩们?|小朋友们?|娃娃们?"
    r"|学生们?|业主们?|街坊们?|阿姨们?|大爷们?|大妈们?|老爷子|老太太|老两口|老人|他们?|她们?|人家)"
)
_REACTION = re.compile(
    rf"^{_PEOPLE}(?:都|就|也|直|可|还|老|贼|一下子?|立马|当场|连连|一个劲儿?|纷纷)*"  # (她老感动了: hostile81)
    # how they felt, said of nothing (老人乐园, 哭诉漏雨, 舍不得买药, 喜欢把车推进楼道 tell a fact: the hostile pass)
    r"(?:夸[^，,。]{0,3}|乐(?:坏了|得[^，,。]{0,6}|呵呵|开了花)|笑(?:了|得[^，,。]{0,6}|开了花)|高兴(?:坏)?了?|开心(?:极)?了?"
    r"|激动(?:坏)?了?|感动(?:坏)?了?|玩得[^，,。]{1,6}|(?:吃|听)得(?:安逸|巴适|香|开心|高兴|过瘾|津津有味)[^，,。]{0,4}|称赞[^，,。]{0,3}|竖起了?大拇指|直呼[^，,。]{0,4}|点赞"
    # what they said only when it is praise said so (都说好, 讲真好: not 都说收费高, a complaint; not 人家说好, agreed)
    r"|(?<=[都直也])(?:说|讲|讲是|说是)(?:真|很|蛮|挺|可|老|好|十分|非常|特别|贼|扎实|几|危险|交关|太)?(?:好|不错|要得|安逸|巴适|来斯|得劲|不孬|不赖|扎实|灵|棒|赞|满意|方便|舒服|美|带劲|暖心|贴心|多谢|谢谢|感谢|实在|杠杠的|杠杠滴)"
    r"|(?:说|讲|讲是|说是)(?:真|很|蛮|挺|可|老|十分|非常|特别|贼|扎实|几|危险|交关|太)(?:好|不错|要得|安逸|巴适|来斯|得劲|不孬|不赖|扎实|灵|棒|赞|满意|方便|舒服|美|带劲|暖心|贴心|实在)"
    r"|(?:说|讲)(?:不错|要得|安逸|巴适|来斯|得劲|不孬|不赖|多谢|谢谢|感谢))"
    r"(?:得很|得不得了|的|啊|呢|哩|嘞|咧)*$"
)
# what someone served said of it, in a note of work done (业主说物业这回亚克西, 王奶奶都抹眼泪了, 都讲以后花盆不积水了,
# 讲现在放心多了: spoken54 and heldout66's readers): whatever words it is said in, the shape is a person and
# their words or tears after the work; not 说明, 讲解, 讲座 (work), nor an arrangement (说好了下周来)
_SAID = re.compile(
    rf"^(?:(?:{_PEOPLE}|老百姓|乡亲们?|住户们?|商户们?|阿婆们?|阿公们?|老汉们?|[\u4e00-\u9fff]?(?:奶奶|大爷|爷爷|阿姨|大妈|大娘|婆婆|阿婆|阿公|老汉|阿嬷|嫲嫲))"
    r"(?:都|就|也|直|可|还|一个劲儿?|连连|纷纷|一个个|个个|嗷嗷)*(?:[拉握]着[^，,。]{1,6}?手(?:都|就|直|一个劲儿?|连连|连声)*)?|(?:都|直|也)+)"
    # (ending on the praise: 说满意的有九成, 说贴心服务卡丢了, 说放心菜专柜关了 tell facts — the hostile pass)
    r"(?:(?:说|讲|夸|直夸)(?!明|服|述|解|座|课|授|唱|理|法|情|好了|定|好的)[^，,。]{0,12}?"
    # (他拉着俺的手说，恁这是办了大好事: heldout74's 周口 note)
    r"(?:亚克西|辛苦(?:了|啦)?|放心(?:了|多了)?|省心(?:了|多了)?|暖心|贴心|周到|感谢|谢谢|多谢|满意|大好事|办了好事|办实事"
    r"|比[^，,。]{1,8}还亲)"
    r"(?:了|啊|呀|呢|得很|得不得了)*"
    r"|(?:道谢|致谢|称谢|说谢谢|抹(?:起了?)?眼泪|掉眼泪|流泪|流下了?眼泪|哭了|感动得[^，,。]{0,6}|舍不得走|不愿意走|高兴(?:得[^，,。]{1,6}|坏了|极了)"
    r"|可?(?:得劲|红火|高兴|开心|乐呵)(?:了|得很|得不得了)?))$"
    r"|^(?:说|讲)(?=现在|这回|这下|终于|总算)(?=[^，,。]{0,12}?(?:放心|省心|方便|安心|踏实|好多了))[^，,。]{1,20}$"
)
# a reaction that asks or tells something is content (都说要加装电梯, 讲希望多办几场)
_ASKS = re.compile(r"要求|希望|想|问|反映|建议|提出|要|能不能|能否|盼|不同意|不愿|不满|不让")
_WRITTEN = re.compile(r"反映良好|反响良好|好评|满意度|认可|欢迎")
# the clerk's verdicts, relief, worry, fatigue and sign-offs, said of no fact in particular
_COMMENT = re.compile(
    r"^(?:"
    r"(?:效果|反响|反应|感觉|总体|整体|基本上?)?(?:都|也)?(?:还|也|算|倒)?(?:蛮|挺|还|算|比较|较)?"
    r"(?:不错|可以|行|还行|凑合)(?:的|了|啦|吧)?"
    # relief, unless what it is relieved of is the fact (还好没人受伤) or it tells what was done in time
    # (好在提前转移了群众, 还好邻居及时报警: the hostile pass); 幸亏发现得早 tells when it was found
    r"|(?:还好|好在|谢天谢地)(?![^，,。]*(?:[没未无不了]|及时|提前|转移|报警|发现|救))[^，,。]{0,8}"
    r"|(?:真的是|真是|总算是?)(?:松了?一口气|放心了|踏实了|不容易)[了啊]?"
    r"|(?:大概|差不多|基本)?就(?:这样|这些|这么多)(?:了|吧)?"
    r"|(?:我们?|大家|我心里|心里)?(?:有点|挺|很|蛮|真|老)?(?:担心|感动|心疼|难受|着急|揪心|过意不去|不好受)(?:的|了)?"
    r"|(?:大夫|医生|志愿者|工作人员|我们|大家|同事)们?都?(?:累坏了|累瘫了|累得够呛|累得不行|忙坏了)"
    # how the staff felt about it (同仁們都覺得很值得, 大家真的很拚: heldout79's Taiwan 區公所)
    r"|(?:同仁|同事|大家|工作人员|志工|志愿者)们?都?(?:觉得|感到|感觉)(?:很|十分|非常|特别)?(?:值得|欣慰|温暖|有意义)"
    r"|(?:我们|大家)?(?:听了|听到|听完)(?:心里|以后)?[^，,。]{0,8}(?:不是味道|不是滋味|难受|心酸|感动|暖心)"
    # (就这一句话大伙儿觉得…: what a dropped quote meant to them; 小赵吓坏了: a fright — heldout83's 绥化 note)
    r"|就?(?:这|这一|这么一)句话[^，,。]{0,24}"
    r"|[\u4e00-\u9fff]{0,3}?(?:吓坏了|吓了一跳|急坏了|急得不行|慌了神?)"
    # (当时我们心里蛮暖和: how the staff felt when thanked — heldout83's 岳阳 note)
    r"|(?:当时|那时|那一刻)?(?:我们|大家|同事们)?心里(?:都)?(?:蛮|很|挺|好|真|特别|也)?(?:暖和|暖|热乎乎?|温暖|暖洋洋)的?"
    r"|(?:大家|同仁们?|同事们?)(?:真的|都)?(?:很|非常|十分)?拚|(?:大家|同仁们?|同事们?)(?:真的|都)?(?:很|非常|十分)?拼"
    r"|(?:天|天气)?太(?:热|冷|晒)了(?:险些|差点|差一点)?(?:中暑|受不了)?"
    r"|(?:[看聊玩吃唱跳笑乐]|[\u4e00-\u9fff]{0,6}?忙活)[得的](?:挺|很|可|蛮|老|特别|较|贼|好)[\u4e00-\u9fff]{1,3}(?:了|的|呢)?"
    r"|(?:咱们?|我们)?也?(?:没办法|没辙|没招|有什么办法)(?:了|啊|呀)?"
    r"|(?:真的|真是|实在|确实)?(?:很|太|超|好|蛮|挺)?(?:赞|棒|给力)(?:了|的|啊|呀|啦)?"  # 真的很讚 (heldout66's Taiwan note)
    # the clerk's notes to self (具体数会计那里有账, 昨日镇上还打电话问这个数, 这个事我们问了: heldout66's readers)
    r"|具体(?:数|数字|数据|金额)[^，,。]{0,8}(?:有账|那里)"
    r"|具体(?:多少|数字|数目|几个|几户)[^，,。]{0,10}(?:翻翻|查查|看看|对对)(?:本子|账|台账|记录)?"
    # a bare word of praise said of the work (…一千二百余户，巴适得很: the hostile pass of round 78)
    r"|(?:真的?|硬是|还|也|确实)?(?:巴适|安逸|要得|得劲|舒服|攒劲)(?:得很|得板|惨了|极了)?"
    r"|[^，,。]{0,8}(?:打电话|来电话)?问(?:这个|这)数[了呢]?"
    r"|(?:这个|这)事(?:我们|我|俺)?(?:问了|问过了|打听了|打听过了)"
    r")$"
)
# a story told after the work (…，有个小朋友回去跟他爷爷讲，…): from its opening to the sentence's end, when
# none of it is counted (round 72's readers: the stories still told); in a problem the story is the evidence
_STORY = re.compile(
    r"^(?:其中|当时|后来)?(?:有个|有一个|有位|有一位|有户|有一户|有家|有一家|有回|有一回|有次|有一次|有天|有一天|那天|记得"
    r"|一位(?:老人|居民|村民|老太太|老爷子|大爷|大妈|大娘|阿姨|家长|业主)(?=[，,说讲])"
    r"|有(?:几个|几位|些|的)(?=老人|居民|村民|家长|孩子|群众|业主|住户|人家|家中|家里|户))"
    r"(?![0-9一二两三四五六七八九十几]?[个户人位家次回天]*[0-9])"
)
_OFFICE_DID = re.compile(
    r"已经|(?<![早])已(?![经])|帮着|帮助|帮(?:他|她|其|老人)|给(?:他|她)(?:换|修|装|送|办)|协助|办理|申请|为其|为他|为她|联系了|协调|安排|送医|报了|上报"
)
# what someone said, standing as a clause of its own (…，还说“比在家看电视强多了”): in a note of work done
_QUOTED_REMARK = re.compile(
    # (where they live first, 5栋的一位老人说：“…”: the hostile pass of round 85)
    rf"^(?:[0-9]{{1,3}}(?:栋|号楼|幢|单元|号|组)的?)?(?:{_PEOPLE}|一位[\u4e00-\u9fff]{{1,4}}|[\u4e00-\u9fff]{{0,2}}(?:奶奶|大爷|爷爷|阿姨|大妈|大娘|婆婆|阿婆|阿公|老汉))?"
    r"[^，,。“”「」0-9]{0,14}?(?:还|都|也|直|就|又|连声|一直)*(?:说|讲|话|道|夸|念叨)(?:道|着)?[：:，,]?(?:“[^“”]{2,40}”|「[^「」]{2,40}」)$"
)
# what someone said, told without quotes after the work (老太太拉着手说哎呀妈呀这回可得劲了, 一位老人说，你们这帮孩子比我家
# 儿子还上心: heldout81's 白城 voice note): a person, their 说, and words in their own person — to the sentence's end
_UNQUOTED = re.compile(
    rf"^(?:{_PEOPLE}|一位[\u4e00-\u9fff]{{1,4}}|[\u4e00-\u9fff]{{0,3}}(?:奶奶|大爷|爷爷|阿姨|大妈|大娘|婆婆|阿婆|阿公|老汉|大哥|大姐))"
    r"[^，,。“”「」0-9]{0,10}?(?:说|讲|港)(?![了明服述解座课授唱理法])[：:，,]?"
    r"(?=[^“”「」0-9]{0,24}?(?:你们|你|俺|咱|我家|我们家|这回|这下|哎呀|哎哟|(?<![金限定份差余])额(?![度外定])))"
)
# the people served, as any region names them, when they pass a verdict on the work in their own words (果农港要得,
# 家长说歹得很, 大家都说好势, 村民都说排场, 环卫大姐说恁社区真中: spoken59): whatever the words of praise, a
# verdict with no figure, nothing asked and nothing found wanting is a reaction (业主说收费高 is content)
_VERDICT_BY = (
    r"(?:[\u4e00-\u9fff]{0,3}?(?:大家|大伙儿?|群众|居民|村民|老人|老年人|家长|孩子|学生|业主|街坊|乡亲|老乡|老百姓|果农|茶农|菜农"
    r"|牧民|渔民|羊倌|老汉|老奶|婆婆|爷爷|奶奶|阿婆|阿嬷|阿公|阿伯|阿姨|大姐|大妈|大爷|大娘|老爷子|老太太|环卫工|商户|摊主|游客)们?)"
)
_VERDICT = re.compile(
    rf"^[\u4e00-\u9fff]{{0,5}}?{_VERDICT_BY}(?:都|直|也|就|还|连连|纷纷|一个劲儿?)*"
    # (what they said ends as praise ends, whatever the region's word: not 居民都说漏水, a fact — hostile54)
    r"(?:(?:说|讲|港|话|夸|讲是|说是)(?![了解座课明服述法理授唱])[^，,。“”]{0,10}"
    r"(?:得很|得劲儿?|多了|好|行|中|棒|排场|要得|好势|扎实|巴适|安逸|不错|满意|舒服|方便|省心|放心|亲|赞|灵|美|高兴|开心)"
    r"(?:了|的|啊|呢|额|咯|嘞|哦)?"
    r"|可?(?:稀罕|高兴|开心|乐呵|满意)(?:了|得很|坏了|得不得了)|(?:乐|高兴|开心|笑)得[^，,。“”]{1,8}|[^，,。“”]{0,10}来?(?:谢|感谢)(?:我们|社区|村里|大家|工作人员)(?:了|呢)?)$"
)
# a verdict that finds something wanting is what the work met (说收费高, 讲太远, 说不方便)
_WANTING = re.compile(r"[不没未别无莫冇难贵低远慢差少乱脏吵挤累怕漏坏臭堵冷破]|高(?!兴)|太|担心|麻烦")
_INSISTED = re.compile(r"^(?:非要|非得|硬要|还非要|拉着)")  # (not 硬是连夜排干, 连连反映: what was done or asked)
_COUNTED = re.compile(
    r"[0-9]|[一二两三四五六七八九十百千万几半][十百千万]?[余多来]?[个户人次场名位辆栋块份天车袋件处条家套台米斤成]"
)
_HELD = re.compile(r"[“”\"《》「」（）()]")
_END = "。；;！!"


def _clauses(text: str) -> list[str]:
    """``text`` cut after each comma or stop outside brackets and quotes, each clause with its mark."""
    out, buf, depth = [], "", 0
    for ch in text:
        buf += ch
        if ch in "“《（(「":
            depth += 1
        elif ch in "”》）)」":
            depth = max(0, depth - 1)
        elif ch in "，,。；;！!" and depth == 0:  # a clause never runs past a stop
            out.append(buf)
            buf = ""
        if ch in "”」" and depth == 0 and buf[-2:-1] in ("。", "！", "？"):  # (…说：“…不得劲。”汛期之前…)
            out.append(buf)
            buf = ""
    return [*out, buf] if buf else out


def _counted_story(clause: str) -> bool:
    """Whether a clause of a story counts anything beyond the one it tells of (一个人去河边 counts no one)."""
    body = re.sub(
        r"(?<![0-9一二两三四五六七八九十百千万])一[个位户家次回天]|第[0-9一二两三四五六七八九十]+|(?<=有)几[个位户家]",
        "",
        fold(clause),
    )
    return bool(_COUNTED.search(body) or any(f.value != 1 for f in find_figures(body)))


def _comment(clause: str, work: bool) -> bool:
    body = fold(clause.rstrip("，," + _END))
    if "天太" in body or body.startswith("太"):
        return work and bool(_COMMENT.match(body))  # 天太冷了 in a problem is why the pipes froze
    if not body or _COUNTED.search(body) or _HELD.search(body) or find_figures(body):
        return False
    if _COMMENT.match(body):
        return True
    # (not a worry or a refusal said so: 业主说不放心, 老人怕麻烦 is content)
    reacted = (
        _REACTION.match(body)
        or (_SAID.match(body) and not re.search(r"[不没未别怕]|担心", body))
        or (_VERDICT.match(body) and not _WANTING.search(body))
    )
    asks = _ASKS.search(body.replace("要得", ""))  # (要得 is a Sichuan and Hunan speaker's praise)
    return work and bool(reacted) and not asks and not _WRITTEN.search(body)


def _words_said(text: str) -> str:
    """What someone said, after their 说 (老人说你们能不能…: 你们能不能…)."""
    return re.sub(r"^[^，,]*?(?:说|讲|港)", "", text)


REMARK_ONLY = "只是居民的原話，未寫入"
# a note of work done that is only what someone said (有位陈婆婆话：「…」): no work to say (heldout78's readers)
_ONLY_SAID = re.compile(
    r"^[^，,。；;“”「」]{1,12}?(?:说|讲|话|表示|感慨|笑着说)(?:道)?[：:，,]?[“「][^“”「」]{4,80}[”」][。！!]?$"
)


def comments_dropped(text: str, *, work: bool = False) -> tuple[str, str]:
    """``text`` without its clauses of reaction and comment (never the first), and why."""
    said = fold(text.strip())
    if work and _ONLY_SAID.match(said) and not _ASKS.search(said.split("“")[0].split("「")[0]):
        return "", REMARK_ONLY
    clauses = _clauses(text)
    # (what is left of a note once what was said went, the staff's feeling only: 当时我们心里蛮暖和 — heldout83)
    if work and len(clauses) == 1 and _COMMENT.match(fold(text.strip().rstrip("，," + _END))):
        return "", "刪去議論和感受"
    # (the note only someone's words, unquoted: 一位老人说，你们这帮孩子比我家儿子还上心，… — no work to say)
    if (
        work
        and clauses
        and _UNQUOTED.match(said)
        and not _counted_story(said)
        and not _OFFICE_DID.search(said)
        and not _ASKS.search(_words_said(said))
    ):
        return "", REMARK_ONLY
    if len(clauses) < 2:
        return text, ""
    kept = [clauses[0]]
    dropped = False
    story = False
    remark_before = False
    for at, clause in enumerate(clauses[1:], 1):
        unquoted = work and not story and bool(_UNQUOTED.match(fold(clause)))
        if unquoted and _ASKS.search(_words_said(fold("".join(clauses[at:])).split("。")[0])):
            unquoted = False  # (老人说你们能不能…: what they asked is content)
        if work and not story and (_STORY.match(fold(clause)) or unquoted):
            told = clauses[at:]
            ends = next((i for i, c in enumerate(told) if c[-1:] in _END), len(told) - 1)
            if unquoted:  # (the words only, up to what the office did or counted after them: …，当场帮她…)
                ends = next(
                    (i - 1 for i, c in enumerate(told[: ends + 1]) if _counted_story(c) or _OFFICE_DID.search(fold(c))),
                    ends,
                )
            # (nor when the office did something in it: …有几个家中确实困难，已经帮着报了临时救助 — spoken52)
            story = ends >= 0 and not any(_counted_story(c) or _OFFICE_DID.search(fold(c)) for c in told[: ends + 1])
            story_end = at + ends
        if story:
            story = at < story_end
            dropped = True
            if clause[-1:] in _END and kept[-1][-1:] in "，,":
                kept[-1] = kept[-1][:-1] + clause[-1]
            continue
        # what the one whose reaction went did next, with no subject of its own (老太太高兴得很，非要给我们下一碗面:
        # the 面 read as the repairman's to heldout66's readers)
        after = (
            dropped and work and bool(_INSISTED.match(fold(clause))) and all(f.value == 1 for f in find_figures(clause))
        )
        said = fold(clause.rstrip("，," + _END))
        # (a sum in it keeps it, word for word: 老人说“我的3000块补贴咋还没到”)
        words = re.split(r"[“「]", said, maxsplit=1)[-1]  # (a figure in the words said, not 5栋 where they live)
        remark = work and bool(_QUOTED_REMARK.match(said)) and not _ASKS.search(said) and not find_figures(words)
        # (and how the hearers took it, with no subject of its own: …她讲“…”，听了心里蛮不是味道 — heldout80's readers)
        heard = dropped and remark_before and bool(re.match(r"(?:我们|大家)?(?:听了|听到|听完|听罢)", fold(clause)))
        dropped = _comment(clause, work) or after or remark or heard
        remark_before = remark
        if not dropped:
            kept.append(clause)
        elif clause[-1:] in _END and kept[-1][-1:] in "，,":  # 好在救援及时。事后…: the stop stays
            kept[-1] = kept[-1][:-1] + clause[-1]
    if len(kept) == len(clauses):
        return text, ""
    end = text[len(text.rstrip(_END)) :]
    new = "".join(kept).rstrip("，," + _END) + end
    return new, "刪去議論和感受"
