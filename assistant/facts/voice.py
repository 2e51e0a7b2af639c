"""A note spoken into a phone, as its converter left it: clauses run together with no mark, or a pause written as a
space. Where the pauses were is read back as commas — after a count before the next clause, before the words that open
one, after a clause done with 了 — and a file whose notes were all spoken so is known by its spaces."""

from __future__ import annotations

import re

# a note spoken into the phone runs its clauses together (…排查出隐患有二十六处当场整改的是十九处剩余七处下达了…:
# heldout51): where a run of 30 characters has no mark, a pause after a count before the next clause, and before
# the words that open one
_RUN_ON = re.compile(r"[\u4e00-\u9fff0-9]{30,}")
_AFTER_COUNT = re.compile(
    r"(?<=[0-9零一二两三四五六七八九十百千万][家户人处次名吨])"  # (not 个, 台, 份: a noun follows them)
    r"(?=[\u4e00-\u9fff]{2})(?![零一二两三四五六七八九十百千万0-9]|参加|参与|次|左右|以上|以下|余|多|的|到|至|之|中|里|内|为|是|来|左)"
    # (6名医生, 3家企业: who or what was counted follows its count — spoken55)
    r"(?!医生|医护|护士|民警|律师|志愿者|工作人员|专家|党员|老师|教师|社工|网格员|干部|同志|居民|群众|儿童|老人|学生|村民|业主"
    r"|企业|单位|商户|医院|学校|门店|店铺|公司|银行|机构|社区干部|困难|低保|独居|空巢|贫困|留守|残疾|孤寡|特困|重点)"
)
# (结果 opens a clause as 结果发现…, not as the thing itself: 把结果录到档案里 keeps it, spoken52)
_OPENS_CLAUSE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=总共|共计|当场|剩余|剩下|其中|另外|现场|(?<!项)目前|现在|同时|最后|(?<![把将的和及与查检测])结果)"
)


# (…雪下的老大了1月份那场大烟泡…没过膝盖了我们社区一共就8个人全上去了还喊了…: heldout75's 佳木斯 note, no mark at all):
# a clause done with 了, then a time, the office's 我们, or 还/又 and a verb opening the next
_AFTER_LE = re.compile(
    # (not a verb of going and its place, 去了社区卫生服务站, nor a word that begins 还/又, 还建房, 又一村: the hostile pass)
    r"(?<=[\u4e00-\u9fff]了)(?<![去到来往进回]了)(?![吗吧呢啊的])"
    r"(?=我们|大家|后来|结果|第二天|次日|开春|腊月|正月|上午|下午|晚上|中午|当天|当晚"
    r"|[还又](?:联系|组织|帮|给|为|把|协调|安排|走访|发放|开展|召开|邀请|请|去|到)"
    r"|[0-9一二三四五六七八九十]{1,2}月份?(?![0-9]))"
)


# a phone's converter that writes a pause as a space (…动员会 ，把全村的危险点… 沙袋三百五十个 救生衣二十件:
# heldout52's voice note): a space between Chinese words, or before a comma, is the pause
_COUNTED_SPACE = re.compile(
    r"(?<=[0-9一二两三四五六七八九十百千][个件条张台辆户人次处份袋吨斤米元顶套]) +(?=[\u4e00-\u9fff]{2})"
)
_BETWEEN = r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])"  # a space between two Chinese words
_SPACED = re.compile(rf"{_BETWEEN}|(?<=[\u4e00-\u9fff]) +(?=[，,。；;])")


_UNITS = r"[户人份个次场件处名元条米吨台辆套盏棵只所间栋]"


def voice_pauses(text: str, voiced: bool = False) -> tuple[str, str]:
    # the converter's when there are three or more, or one inside a long run with no mark; a typist's
    # otherwise (低保户 王秀英, 开展 垃圾分类 宣传, 幸福社区 党群服务中心: the hostile pass of round 31); in notes
    # spoken whole, any (麦收期间全村无火点 镇里通报表扬 among them: heldout74's 周口 note)
    # (独居老人 12 户, 共 5 场: a count spaced from its unit and its word is one count — the hostile pass)
    text = re.sub(rf"(?<=[0-9]) +(?={_UNITS})|(?<=[\u4e00-\u9fff]) +(?=[0-9]+ *{_UNITS})", "", text)
    runs = [r for r in re.split(r"[，,。；;：:！!？?、]", text) if len(re.findall(r"[\u4e00-\u9fff]", r)) >= 20]
    between = re.findall(_BETWEEN, text)
    # (幸福社区 党群服务中心 开展 健康讲座: words a space apart are a typist's; a converter's run whole clauses)
    spoken = [len(re.findall(r"[\u4e00-\u9fff]", seg)) for seg in re.split(r" +", text) if seg]
    # (but a run of a clause's length among them is speech: 俺们跟他说现在收割机直接粉碎还田, heldout65's 南阳 note)
    words = bool(spoken) and sum(spoken) / len(spoken) < 6 and max(spoken) < 12
    # (上午 入户走访… 下午 召开…: a time of day said alone before its clause is a pause — the hostile pass)
    words = words and not re.search(r"(?:^| )(?:上午|下午|中午|晚上|当天|次日) ", text)
    words = words and len(re.findall(rf"[0-9]{_UNITS} ", text)) < 2  # (…12户 发放…300份 覆盖…: counts end clauses)
    if voiced:  # (给3 号楼, 共 5 场: the converter's space beside a figure is no pause either — the hostile pass)
        # (…基本都解决了 12月份就接了5个电话, …太旧了 11月20号半夜…: a month or a clause's end before the figure is a
        # pause — heldout81's 白城 voice note)
        text = re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[0-9]{1,2}月)|(?<=[了的呢吧啊]) +(?=[0-9])", "，", text)
        text = re.sub(r"(?<=[0-9]) +(?=[\u4e00-\u9fff])|(?<=[共约近超计]) +(?=[0-9])", "", text)
        between = re.findall(_BETWEEN, text)
    if not (voiced and between) and (words or (len(between) < 3 and not any(" " in r.strip() for r in runs))):
        # …沙袋三百五十个 救生衣二十件: a space after a count, before the next thing counted, is a pause
        counted = _COUNTED_SPACE.sub("，", text)
        return _voice_runs(counted, spaced=counted != text)

    quoted = [q.span() for q in re.finditer(r"[“「《][^”」》]{0,30}[”」》]", text)]

    def pause(m: re.Match[str]) -> str:
        if re.search(r"@\S{1,12}$", text[: m.start()]):  # @网格员小吴 提醒…: the tag's space, read below
            return m.group(0)
        if any(a < m.start() < b for a, b in quoted):  # “你 我 他”志愿服务队: a name as written
            return m.group(0)
        return "，" if re.match(r"[\u4e00-\u9fff]", text[m.end() : m.end() + 1]) else ""

    said = _SPACED.sub(pause, text)
    return _voice_runs(re.sub("，{2,}", "，", said), spaced=said != text)


# (为203户签订监护责任书的监护人发放…: a count after 为/对/向/给 is what the clause goes on to serve, no pause —
# heldout73's readers)
_SERVED = re.compile(r"(?:为|对|向|给|帮|帮助)[0-9零一二两三四五六七八九十百千万.]+[家户人处次名吨]$")


def _pause_after_count(m: re.Match[str]) -> str:
    return "" if _SERVED.search(m.string[max(0, m.start() - 14) : m.start()]) else "，"


def _voice_runs(text: str, spaced: bool = False) -> tuple[str, str]:
    runs = list(_RUN_ON.finditer(text))
    if not runs:
        return text, "語音轉寫的長句按停頓加逗號" if spaced else ""
    for run in reversed(runs):
        part = _OPENS_CLAUSE.sub("，", _AFTER_COUNT.sub(_pause_after_count, run.group(0)))
        part = _AFTER_LE.sub("，", part)
        text = text[: run.start()] + re.sub("，{2,}", "，", part) + text[run.end() :]
    return text, "語音轉寫的長句按停頓加逗號"


def spoken_whole(texts: list[str]) -> bool:
    """Whether the notes were spoken into a phone whole: three or more of them run clauses a space apart with no mark
    (…分了8个片 每个片2到3个人 白天黑家都在地头转 …: heldout74's 周口 note), clauses and not words (开展 垃圾分类 宣传,
    幸福社区 党群服务中心: a typist's spaces between words)."""
    spaced = [t for t in texts if re.search(_BETWEEN, t) and not re.search(r"[，,。；;]", t)]
    runs = [len(re.findall(r"[\u4e00-\u9fff]", seg)) for t in spaced for seg in re.split(_BETWEEN, t) if seg.strip()]
    return len(spaced) >= 3 and sum(runs) / len(runs) >= 5


def doubled_marks(text: str) -> tuple[str, str]:
    """A mark typed twice (…136亩。。种的, …一百三十来亩，，哦): once (heldout86's 大同 note)."""
    new = re.sub(r"([。，；、！？])\1+", r"\1", text)
    return new, "重複的標點只留一個" if new != text else ""


# a converter that ends every breath with a full stop (嗯这个月吧。科普活动一共整了四场。第一场是…。来了…: heldout89's
# 赤峰 note): three stops or more between short sentences are pauses; a sentence that opens on 第… keeps its stop
_SHORT_SENTENCES = 16


def stops_as_pauses(text: str) -> tuple[str, str]:
    """A note whose full stops fall every few words: commas between them, the last stop kept."""
    body = text.rstrip("。 ")
    parts = body.split("。")
    if len(parts) < 4:
        return text, ""
    lengths = [len(re.findall(r"[\u4e00-\u9fff0-9]", p)) for p in parts]
    if sum(lengths) / len(parts) >= _SHORT_SENTENCES:
        return text, ""
    out = parts[0]
    for part in parts[1:]:
        out += ("。" if re.match(r"第[一二三四五六七八九十0-9]", part) else "，") + part
    return out + text[len(body) :], "語音轉寫的句號按停頓改為逗號"
