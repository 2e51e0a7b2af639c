"""The phrase bank and how the template writer picks from it: the bank (prompts/phrases.toml,
with the user's own file merged over it), stable choices (the same facts always give the same
draft), and the small words that name things: categories, the office itself, its signing date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.core.dates import date_text, read_full_date
from assistant.core.periods import ROC_YEAR, period_end
from assistant.core.prompts import load_toml
from assistant.core.script import to_simplified, to_traditional
from assistant.core.text import fold

PHRASES = "phrases.toml"


@lru_cache(maxsize=8)
def _phrases(override: str | None) -> dict[str, Any]:
    return load_toml(PHRASES, override)


def phrases(override: Path | str | None = None) -> dict[str, Any]:
    return _phrases(str(override) if override else None)


def section_titles(override: Path | str | None = None, taiwan: bool = False) -> dict[str, str]:
    """The parts' titles; a Taiwan office's own (工作成果, 待改進事項, 未來工作重點) when it is one."""
    bank = phrases(override)
    return dict(bank["sections"]) | (dict(bank.get("sections_taiwan", {})) if taiwan else {})


def pick(options: list[Any] | str, *keys: str) -> Any:
    """A stable choice among ``options``: the same facts always give the same draft."""
    if isinstance(options, str):
        return options
    digest = hashlib.sha1("\x00".join(keys).encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def rotate(options: list[Any], *keys: str) -> list[Any]:
    """All options, starting from the stable choice: the first one not used yet wins."""
    if not options:
        return []
    digest = hashlib.sha1("\x00".join(keys).encode("utf-8")).digest()
    start = int.from_bytes(digest[:4], "big") % len(options)
    return options[start:] + options[:start]


_PLACE = re.compile(r"^.{2,8}?(?:街道|镇|鎮|乡|鄉|县|縣|市|区|區|村)(?=.{2,})")
_PAIRED_BODY = re.compile(r"办事处|党工委|党委|党组|人民政府|政府|人大|政协|管委会|村民委员会|居民委员会|村委会|居委会")


def join_offices(names: list[str]) -> str:
    """Offices as a 公文 lists them: 南湖街道黨工委、辦事處 (the place said once), 區民政局、區老齡辦
    (、 between them, never A和B和C)."""
    out: list[str] = []
    for n, name in enumerate(names):
        place = _PLACE.match(name)
        rest = name[len(place.group(0)) :] if place else ""
        if n and place and names[n - 1].startswith(place.group(0)) and len(place.group(0)) >= 3:
            # 南湖街道辦事處 after 南湖街道黨工委: 辦事處; 青溪鎮人民政府 after 青溪鎮黨委: 鎮政府; a
            # body that is not the pair's other half (東嶼區防汛防台指揮部) keeps its place
            if to_simplified(rest) in ("人民政府", "政府") and place.group(0)[-1] in "镇鎮乡鄉区區县縣":
                name = place.group(0)[-1] + rest[-2:]
            elif _PAIRED_BODY.fullmatch(to_simplified(rest)):
                name = rest
        out.append(name)
    return "、".join(out)


def is_misc(category: str) -> bool:
    return fold(re.sub(r"工作$", "", category.strip())) in _MISC


_COPIED_FROM = re.compile(
    r"[（(【\[][^（）()【】\[\]]{0,16}(?:复制|複製|粘贴|粘貼|摘自|摘录|摘錄|拷贝|拷貝|导出|導出|节选|節選|截图|截圖)"
    r"[^（）()【】\[\]]{0,12}[）)】\]]"
)


def display_name(category: str) -> str:
    """A category as prose names it: 宣傳發動工作 -> 宣傳發動 (the sentence adds 工作 itself); a
    clerk's own word for it in writing: 雜事 -> 其他工作, 老人那塊 -> 老年人服務 (round 10's reader
    marked 「（四）老人那块。」 and 「（六）杂事。」 as the notes' speech)."""
    # 健康教育/義診: a clerk's slash between two names is 和 in prose (heldout26)
    name = re.sub(r"(?<=[\u4e00-\u9fff]{2})\s*[/／]\s*(?=[\u4e00-\u9fff]{2})", "和", category.strip())
    # where the items came from, in brackets anywhere in the name (功能室使用情况（从使用登记表复制）, 矛盾调解【从微信群复制】,
    # （从台账复制）网格巡查: heldout74's readers and the seventeenth session's hostile pass): not the work
    name = _COPIED_FROM.sub("", name).strip() or name
    # ~~消防演练~~ over items the clerk kept: the marks are no part of the name (the final review's own facts)
    name = re.sub(r"^~~(.+)~~$", r"\1", name)
    # 議題一 上半年飲水安全工作情況: a record's agenda number is no part of the line of work (heldout50)
    name = re.sub(r"^(?:议题|議題)[一二三四五六七八九十0-9]+[\s：:、，,]*(?=\S)", "", name)
    bare = re.sub(r"(?:工作|方面)$", "", name)
    # 那个充电桩, 报警器那个事 (heldout61's 石家庄 and 物业 clerks): the clerk's pointing words are no part of the name
    pointed = re.sub(
        r"^(?:那个|这个|那些|这些|那几个|这几个)(?![月季年周星礼])|(?<=[\u4e00-\u9fff]{2})(?:那个|这个)(?:事|事情|事儿)?$",
        "",
        bare,
    )
    if pointed != bare and len(pointed) >= 2:
        bare = name = pointed
    if fold(bare) in _MISC:
        return "其他工作"  # a heading 其他 alone reads as a slip
    together = re.match(r"^(?:跟|和|同|与)(.{2,8}?)一起(?:搞|干|做)?的?$", fold(bare))
    if together:  # 跟派出所一起 -> 與派出所聯動 (heldout26)
        return f"与{bare[1 : 1 + len(together.group(1))]}联动"
    if _HANDED_DOWN.match(fold(bare)):
        return "上级交办事项"  # 上面交辦的: the clerk's word for work a superior handed down
    plain = re.sub(r"(?:的事情|的事儿?|事儿?|的)$", "", fold(bare))  # 帮着办的事儿, 有意见的: 帮着办, 有意见
    if plain in _SPOKEN_HEADINGS:
        return _SPOKEN_HEADINGS[plain]
    affair = re.match(r"^(.{1,6}?)的事(?:情|儿)?$", fold(bare))
    if affair and affair.group(1) in _ONE_WORD_AFFAIRS:  # 錢的事兒 -> 資金管理
        return _ONE_WORD_AFFAIRS[affair.group(1)]
    if affair and len(affair.group(1)) >= 2:  # 調解的事 -> 調解 (a heading: 調解工作)
        return bare[: len(affair.group(1))]
    # 暑假孩子们: the children in a season, a service for them (heldout78's 聊城 notes)
    season = re.match(r"^(暑假|暑期|寒假|放学后|课后)(?:的)?(?:孩子们?|小孩|娃娃们?|学生们?|娃儿们?)$", fold(bare))
    if season:
        return {"暑假": "暑期", "放学后": "课后"}.get(season.group(1), season.group(1)) + "儿童服务"
    spoken = _SPOKEN_PART.search(fold(bare))
    if spoken and spoken.start() >= 2:
        bare = bare[: spoken.start()]
        group = _GROUPS.get(fold(bare))
        return group or (bare if re.search(r"工作$", bare) else bare + "工作")
    said = _SAID_HEADING.match(fold(bare))
    if said:  # 老年人咋个说的: what they said of it
        return bare[: len(said.group(1))] + "反映"
    return _plain_name(name)


def _plain_name(name: str) -> str:
    """A category with only 工作/方面 taken off (no clerk's word rewritten)."""
    bare = re.sub(r"(?:工作|方面)$", "", name)
    return bare if len(bare) >= 2 else name


@lru_cache(maxsize=256)
def _in_writing(name: str) -> str:
    """A clerk's spoken name for a line of work as the items' own copy-editing writes it (找活路 务工就业, 老人和细伢 老人和
    儿童, 停电停水那几天 停电停水期间: heldout81's and heldout82's readers quoted the headings), its script as written."""
    from assistant.core.script import detect_script
    from assistant.facts.copyedit import edit_item

    edited, _ = edit_item(name)  # (not as work done: a heading is no activity to be given its verb)
    edited = edited.strip("，,。；; ")
    if len(edited) < max(2, len(name) - 1) or len(edited) > len(name) + 4:  # (a name said twice is the user's)
        return name
    return to_traditional(edited) if detect_script(name) == "traditional" else edited


def heading_name(category: str) -> str:
    """A category as its heading names it (_named), or when that leaves the clerk's words as they were, as the items'
    copy-editing writes them."""
    named = _named(category)
    if named != category.strip():
        return named
    written = _in_writing(category.strip())
    return _named(written) if written != category.strip() else named


def _named(category: str) -> str:
    """A category as its heading names it: the user's name as written (發展黨員工作), but a bare
    word of activity (執法, 宣傳, 考核) as a line of work (執法工作), as a 公文's heading says it, and
    a clerk's word for it (雜事, 老人那塊) in writing."""
    name = category.strip()
    # where the items were copied from, in brackets (客服接待（来电来访登记簿）: round 45's readers): not the work
    name = (
        re.sub(
            # (功能室使用情况（从使用登记表复制）, 代办登记（6月份登记簿原样复制）: heldout74's readers)
            r"[（(][^（）()]{0,16}(?:登记簿|登记本|登记表|台账|台帐|记录|报表|月报|周报|日志|纪要|群聊|(?<!人)群|截图|摘录|节选)"
            r"(?:[^（）()]{0,4}(?:复制|粘贴|摘抄|拷贝|导出)(?:的|过来)?)?[）)]$",
            "",
            name,
        )
        or name
    )
    # 正式登记接龙（11月8日）: the group's chain (not 成语接龙, 爱心接龙: an activity's own name, hostile65)
    name = re.sub(r"(?<=登记|摸底|统计|报名|进度|上报|入户)接龙(?=[（(]|$)", "", name)
    # an album's captions (活动照片说明, 义诊图片): the activities the photos show
    # (not 征集老照片, 免费拍摄证件照片, 老照片: work on photos — the hostile pass)
    pictured = re.sub(r"(?:照片|图片|影像资料)(?:说明|集锦|选登)$|(?<=活动)(?:照片|图片)$|^(?:照片|图片)$", "", name)
    if pictured != name:
        name = pictured if len(pictured) >= 2 and pictured != "活动" else "主题活动"
    # the ledger's own name for itself (森林防火工作台账, 走访登记表, 基本公卫月报): the work it records
    # (人口变动登记簿（2025年）: the book's year in brackets after it — heldout82)
    ledger = re.sub(r"(?:工作)?(?:台账|登记表|(?<=登记)簿|统计表|记录表|台帐)(?:[（(][0-9]{4}年度?[）)])?$", "", name)
    reported = re.sub(r"(?:工作)?(?:月报表?|周报|报表)$", "", name)  # (基本公卫月报; not 数据报表: hostile65)
    ledger = reported if len(reported) >= 2 and reported not in ("数据", "统计") and reported != name else ledger
    if len(ledger) >= 2 and ledger != name:
        name = ledger + ("工作" if not re.search(r"(?:工作|服务|管理|建设)$", ledger) else "")
    shown = display_name(name)
    if fold(shown) in _BARE_ACTIVITY:
        return shown + "工作"
    if fold(shown) in _BARE_THING:  # 產業 -> 產業發展, 班子 -> 班子建設 (heldout22, heldout26)
        return _BARE_THING[fold(shown)]
    return shown if shown != _plain_name(name) else name  # a clerk's word rewritten, or the user's own


# what did not fit elsewhere: no kind of work to name (杂事 is a clerk's word for it)
_MISC = {
    "其他", "其它", "其他事项", "其它事项", "杂事", "杂项", "其他杂事", "零碎事", "其余", "别的", "杂七杂八",
    "其他的", "其它的", "别的事", "其他的事", "其他事",  # (（四）其他的: heldout78's readers)
}  # fmt: skip
_HANDED_DOWN = re.compile(r"^(?:上面|上级|领导|街道|镇里|区里)(?:交办|交代|安排)(?:的|下来的)?(?:事|事情|活|工作)?$")
# 老人那塊, 孩子這邊: a clerk's way of naming a part of the work
_SPOKEN_PART = re.compile(
    r"(?:那块|这块|这一块|那一块|这一摊|那一摊|这摊|那摊|这边|那边|这方面|那方面|那点事儿?|那些事儿?"
    r"|那阵儿?|那阵子|那会儿?|这些|那些)儿?$"  # 入户做工作那阵儿, 施工那块儿 (heldout63's 天津 notes); 民生这些 (heldout78)
)
# a clerk's headings told as speech (老年人咋个说的, 帮着办的事儿, 有意见的, 过节: rounds 41 and 42's readers)
_SAID_HEADING = re.compile(  # (whose words: not 政策咋说的, 书记讲的 — hostile63)
    r"^((?:居民|群众|老年人|老人|村民|业主|家长|大家|住户|商户|租户|街坊|孩子们?))(?:咋个|怎么|咋|都)?(?:说的|讲的|说了啥|咋说)$"
)
_SPOKEN_HEADINGS = {"帮着办": "代办服务", "有意见": "居民意见", "过节": "节日活动"}
# 錢的事兒: a one-character word for a line of work, named as a heading names it
_ONE_WORD_AFFAIRS = {"钱": "资金管理", "账": "账目管理", "人": "人员管理"}
_GROUPS = {
    "老人": "老年人服务",
    "老年人": "老年人服务",
    "孩子": "儿童服务",
    "小孩": "儿童服务",
    "儿童": "儿童服务",
    "残疾人": "残疾人服务",
    "退役军人": "退役军人服务",
    "妇女": "妇女工作",
    "青少年": "青少年工作",
    "困难户": "困难群众帮扶",
    "困难群众": "困难群众帮扶",
    "狗狗": "犬只管理",  # 狗狗那点事 (the final review's own facts: 狗狗工作)
    "狗": "犬只管理",
    "养狗": "犬只管理",
}
_BARE_ACTIVITY = {
    "执法", "宣传", "考核", "巡查", "巡逻", "培训", "排查", "摸排", "摸底", "督导", "检查", "整治", "调解",
    "走访", "救助", "维修", "保洁", "绿化", "安保", "治安", "消防", "防汛", "招商", "统计", "接种", "随访",
    "签约", "服务", "管理", "宣教", "督查", "演练", "帮扶", "慰问", "值守", "清运", "拆违",
}  # fmt: skip


# a bare noun a clerk heads a line of work with, and the collocation a 公文's heading gives it
_BARE_THING = {
    "产业": "产业发展", "班子": "班子建设", "队伍": "队伍建设", "阵地": "阵地建设", "制度": "制度建设",
    "组织": "组织建设", "作风": "作风建设", "基础设施": "基础设施建设", "党风廉政": "党风廉政建设",
}  # fmt: skip


_SELF_SUFFIX = [
    ("卫生服务中心", "中心"),
    ("服务中心", "中心"),
    ("中心", "中心"),
    ("党支部委员会", "支部"),  # 中共石板溪村支部委員會 speaks as 支部, not as the 村委會
    ("支部委员会", "支部"),
    ("党总支", "党总支"),
    ("党支部", "支部"),
    ("里办公处", "本里"),  # a Taiwan 里 speaks of itself as 本里, not as a 社區
    ("村办公处", "本村"),  # (and a Taiwan 村辦公處 as 本村, never the mainland's 村委會: heldout77's readers)
    ("社区居民委员会", "社区"),
    ("社区居委会", "社区"),
    ("居民委员会", "居委会"),  # 榕蔭居民委員會 has no 社區 in its name: it is the 居委會
    ("居委会", "居委会"),
    ("社区", "社区"),
    ("街道办事处", "街道"),
    ("办事处", "街道"),
    ("街道", "街道"),
    ("村民委员会", "村委会"),
    ("村委会", "村委会"),
    ("管理处", "管理处"),
    ("服务站", "服务站"),
    ("卫生院", "卫生院"),
    ("公司", "公司"),
    ("镇人民政府", "镇政府"),  # a 鎮政府 speaks as 鎮政府 (or 我鎮), not 我們
    ("乡人民政府", "乡政府"),
    ("项目部", "项目部"),  # 物業's 錦繡華庭項目部 speaks as 項目部, not 我們
    ("警务室", "警务室"),
    ("中队", "中队"),  # 城管執法大隊濱河中隊 speaks as 中隊, not 我們
    ("大队", "大队"),
    ("图书馆", "本馆"),
    ("幼儿园", "本园"),  # a 派出所's room in a 社區 (not 本所: it is not the 派出所)
    ("老年协会", "协会"),
    ("协会", "协会"),
    ("所", "本所"),  # 勞動保障事務所, 司法所: 本所 (a bare 所將… is no sentence), never the 街道 it serves
]


DATE_GAP = "【待补：成文日期】"


_SIGN_WITHIN_DAYS = (
    45  # a summary is written within weeks of its period's end (rounds 8 and 10: two months is not "just ended")
)


def signing_day(facts_date: str, today: dt.date | None) -> dt.date:
    """The day the summary is signed: the facts' own date when it is a full one, else the drafting day."""
    return read_full_date(facts_date) or today or dt.date.today()


def signing_date(period: str, today: dt.date) -> str:
    """The date a draft is signed with when the facts give none: the drafting day while the
    period runs or has just ended; a gap for the user once it is long over (a 2024 report signed
    in 2026 would look finished and be wrong)."""
    end = period_end(period, today)
    if end is None or (today - end).days > _SIGN_WITHIN_DAYS:  # no year known, or long over
        return DATE_GAP
    return date_text(today)


_TAIWAN = re.compile(r"民国|里办公处|里长")


# a Macau residents' association (街坊會, 坊眾): it reports to its members; not a Hong Kong 互助委員會,
# whose 工作報告 round 18's reader took for the worse
_NEIGHBOURS = re.compile(r"澳门|街坊会|坊众")


def neighbours_association(community: str) -> bool:
    """A Macau residents' association: a 工作報告 closed 以上報告，敬請指正, not a mainland 總結
    (round 17's readers: 以上總結如有不妥之處 for a Macau 街坊會)."""
    return bool(_NEIGHBOURS.search(fold(community)))


def taiwan_office(community: str, period: str) -> bool:
    """A Taiwan office (a 里辦公處, a 里長's report, a year in 民國): it closes 「以上報告，敬請指正」
    and is put in no mainland frame (在…指導下; round 13's reader)."""
    return bool(_TAIWAN.search(fold(f"{period} {community}")) or ROC_YEAR.search(fold(period).strip()))


# the places an office's full name opens on (株洲市芦淞区…, 沂南县青驼镇…): said in the title and the signature,
# not in the opening's every sentence (heldout66's readers: the full name as the subject is a template's)
_PLACES = (
    re.compile(r"^(?:(?![省市县区镇乡旗])[\u4e00-\u9fff]){2,7}?(?:省|自治区)"),
    re.compile(r"^(?:(?![省市县区镇乡旗])[\u4e00-\u9fff]){2,7}?(?:(?<![城都超夜集菜门])市|自治州|盟|地区)"),
    re.compile(r"^(?:(?![省市县区镇乡旗])[\u4e00-\u9fff]){2,5}?(?<!小|社|园|景|片|城|校)(?:区|县|旗)"),
)  # (a place's name before 市/区/县 is two characters or more: 城市花园, 马市街, 老县城, 矿区新村 are estates — hostile pass)
_TOWN = re.compile(
    r"^[\u4e00-\u9fff]{2,6}?(?:街道|镇|(?<![水家故城异丽])乡(?!村))"
    r"(?=[\u4e00-\u9fff]{2,}(?:社区(?:居民委员会|居委会)|村(?:村民委员会|民委员会|委会)|村民委员会)$)"
)
_OWN_KIND = (
    (re.compile(r"社区(?:居民委员会|居委会)$"), "社区"),
    (re.compile(r"村(?:村民委员会|民委员会|委会)$"), "村"),
    (re.compile(r"街道办事处$"), "街道"),
)


def short_office(community: str) -> str:
    """An office as its opening names it: 桂花坪街道, 双桥坝社区, 樟树坞村; the name as it was where no
    place opens it or no kind closes it (a 物業, a centre, a Hong Kong committee)."""
    simp = to_simplified(community)
    rest = simp
    for place in _PLACES:
        m = place.match(rest)
        if m and len(rest) - m.end() >= 5:
            rest = rest[m.end() :]
    if (m := _TOWN.match(rest)) is not None:
        rest = rest[m.end() :]
    for kind, word in _OWN_KIND:
        if kind.search(rest):
            short = kind.sub(word, rest)
            return community if len(short) < 3 else short if simp == community else to_traditional(short)
    return community


def self_name(community: str, default: str) -> str:
    """How the office calls itself: by the last word of its name (管理處, 服務站, 中心), else as
    its kind does (社區, 街道, 我們)."""
    simp = to_simplified(community)
    for suffix, name in _SELF_SUFFIX:
        if simp.endswith(suffix):
            return name
    if simp.endswith("站") and len(simp) >= 3:
        return simp[-3:]  # 文體站
    return default


def phrase_texts(bank: dict[str, Any]) -> list[str]:
    """Every phrase in a bank (for tests: no figures, no names), variables removed."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            if "text" in value:
                out.append(str(value["text"]))
                return
            for k, v in value.items():
                if k not in ("keywords", "synonyms", "cues", "needs", "name", "words", "voice"):
                    walk(v)

    walk(bank)
    return [re.sub(r"\$[_a-zA-Z][_a-zA-Z0-9]*", "", t) for t in out]


# a topic given with the report's own genre in it (物業服務季度工作報告): the genre names the
# document, the rest the work
_GENRE = re.compile(r"(?:季度|年度|半年|月度|阶段)?(?P<genre>(?:工作)?(?:情况)?(?:报告|总结|汇报|小结))$")


def split_genre(topic: str) -> tuple[str, str]:
    """(the work the topic names, the genre it gives, or "")."""
    topic = topic.strip()
    found = _GENRE.search(to_simplified(topic))
    if found is None or len(to_simplified(topic)) != len(topic):
        return topic, ""
    return topic[: found.start()].rstrip("的"), topic[found.start("genre") :]
