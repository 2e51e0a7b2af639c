"""The opening of a template draft: who, when, under whom and which kinds of work, each as the
facts say it (mixed into the template writer, as the ending is)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from assistant.core.periods import time_phrase
from assistant.core.script import to_simplified
from assistant.core.text import fold
from assistant.drafting.ending import EndingWriter, Written
from assistant.drafting.frame import (
    addressee,
    clients,
    hong_kong_office,
    lines_of_work,
    parent_body,
    second_mention,
)
from assistant.drafting.phrasing import display_name, is_misc, join_offices, short_office, taiwan_office
from assistant.drafting.planner import PlannedSection
from assistant.facts.categories import LEAD_VERB, Phrase
from assistant.facts.items import CLAUSE_BREAK

_LONG_NAME = 16  # an office name longer than this is not said again in the opening

# bodies that lead an office (黨工委, 街道辦事處, 鎮政府); a bureau or a service station advises it
_PARTY = r"党委|党工委|党组|党总支|党支部|中共[^，、]{1,16}?(?:工作)?委员会$"  # (中共东泉街道工作委员会: heldout79's readers)
_LEADING_BODY = re.compile(
    rf"{_PARTY}|[省市区县镇乡]委|政府|办事处|街道$|街道办$|镇$|乡$|居委会$|村委会$|指挥部|领导小组|管委会"
)

# party committees (區委 and 區委區政府 too, not a 區委辦公室's staff)
_PARTY_BODY = re.compile(rf"{_PARTY}|[省市区县镇乡]委(?![员会办])")

# the working office of a 指揮部 or 領導小組 advises and coordinates (round 6's blind reader)
_STAFF_OFFICE = re.compile(r"(?:指挥部|领导小组|委员会)办公室$|(?:指挥部|领导小组)办$")
# a result that says its own time (活動期間…, 年底…, 辖区全年…) takes no 一年來， before it
_OWN_TIME = re.compile(
    r"^.{0,6}(?:期间|以来|这段时间)|^[^，,]{1,4}全年(?=未|无|没有|共|累计|实现|发生|零)|^[0-9一二三四五六七八九十]{1,2}月?(?:至|到|—|－|-)[0-9一二三四五六七八九十]{1,2}月|^(?:全年|年[底末初内]|今年|本年|[上下]半年|本季度?|本月|本年度|这个?月|这个?季度|[一二三四]季度|[0-9一二三四五六七八九十]{1,2}月)"
)

_LIST_NAME_MAX = 12
_ONE_OFF = re.compile(r"第[0-9一二三四五六七八九十]+[次届]|普查")
# what opens a statement rather than names a kind of work
_STATEMENT = re.compile(
    r"^(?:坚持|发挥|注重|突出|围绕|聚焦|把|以|让|使|确保|做到|实现|打造|筑牢|守牢|守住|织密|拧紧|压实)"
)


def _noun_phrase(name: str) -> str:
    """A category name as one item of a list of kinds of work: its first clause, without the
    verb a heading puts in front (強化組織保障 -> 組織保障)."""
    head = re.split(r"[，,；;：:]", name, maxsplit=1)[0]
    m = LEAD_VERB.match(fold(head))
    rest = head[m.end() :] if m else head
    return rest if len(rest) >= 2 else head


def phrase_text(phrase: Phrase | str) -> str:
    return phrase.text if isinstance(phrase, Phrase) else phrase


def said_again(advising: list[str], leading: list[str]) -> list[str]:
    """在青禾街道黨工委的領導和街道辦事處的指導下: a guiding body of the same place as a leading
    one is named by its second mention, the place said once (as in 黨工委、辦事處)."""
    return [second_mention(a) if any(_shared_place(a, lead) for lead in leading) else a for a in advising]


def _shared_place(a: str, b: str) -> bool:
    """Whether two offices' names open on the same place (青禾街道辦事處, 青禾街道黨工委)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 3


_COMPANY = re.compile(r"(?:有限公司|有限责任公司|集团|股份公司)$")
_BRACKETED = re.compile(r"[（(][^（）()]{2,30}[）)]$")


class OpeningWriter(EndingWriter):
    """The opening and the names of the lines of work it lists (mixed into the template writer)."""

    if TYPE_CHECKING:  # the writer's own, used here
        vars: dict[str, Any]
        topic: str
        today: dt.date

        def _results_with_subject(self, section: PlannedSection) -> list[str]: ...

    def _names(self, limit: int = 3) -> str:
        return "、".join(self._names_list()[:limit])

    def _write_opening(self, section: PlannedSection) -> Written:
        """Who, when, under whom and which kinds of work: nothing the facts do not say."""
        bank = self.bank["opening"]
        topic = self._topic_in_body()
        # a 黨工委 leads, a bureau or a service station advises, a 物業 is supported: each as it is
        # an owners' committee is whom a 物業 reports to (its addressee), not whom it works under
        superiors = [s for s in self.facts.superiors if s not in clients(self.facts.superiors)]
        if self.voice == "物业" and not self.genre:  # a mainland 业委会 supports its 物业's year (round 18's
            # readers counted it dropped); a Hong Kong 法團 is reported to, and a report is addressed to it
            superiors = [s for s in self.facts.superiors if "法团" not in to_simplified(s)]
        if taiwan_office(self.facts.community, self.facts.period) and self.voice != "物业":  # no 在…指導下 (round 13)
            superiors = []  # a Taiwan 物業 still names its 管委會 and company (round 21's reader: dropped)
        leading = [s for s in superiors if self._leads(s)]
        advising = [s for s in superiors if s not in leading]
        # a Hong Kong centre or committee works with its government departments' support, not under
        # their guidance (round 19's readers: a mainland 在民政事務處的指導下 on a Hong Kong centre)
        supported = self.voice == "物业" or hong_kong_office(self.facts.community, superiors)
        key = "leaders_guided" if supported else "leaders_mixed" if leading and advising else ""
        # (a Hong Kong centre the 社會福利署 subvents speaks of its funding: heldout78's readers)
        if supported and superiors and all(re.search(r"社会福利署|社署", to_simplified(s)) for s in superiors):
            key = "leaders_funded" if hong_kong_office(self.facts.community, superiors) else key
        if key == "leaders_guided" and superiors and all(_COMPANY.search(to_simplified(s)) for s in superiors):
            key = "leaders"  # a 管理處 is its company's: 在啟泰物業管理有限公司的領導下, not its 關心和支持
        key = key or ("leaders" if leading else "leaders_advised")
        if key == "leaders_advised" and self.voice in ("社区", "村委会"):
            key = "leaders_self_governing"  # a 鎮政府 guides its village; 業務指導 is a bureau's
        parties = {"leading": join_offices(leading), "advising": join_offices(said_again(advising, leading))}
        leaders = self._choose(bank[key], "leaders", superiors=join_offices(superiors), **parties) if superiors else ""
        if self.style is not None and self.style.leadership and superiors:
            leaders = self._office_leaders(key, leading, advising)
        names = [n for n in self._names_list() if not topic or fold(n) not in fold(self.topic)]
        if len(names) > 1:  # a list of kinds of work: 組織保障、學習教育, not 強化組織保障、抓實學習教育
            names = self._listable(names)
        listed = "、".join(names[:3])
        if len(names) == 1 and LEAD_VERB.match(fold(listed)):
            focus = listed  # 加強黨組織凝聚力戰鬥力: the user's own words already say what was done
        elif names:
            options = bank["focus_one" if len(names) == 1 else "focus"]
            if topic:  # after 圍繞創衛工作， no second 工作 to open the clause
                options = [o for o in options if not phrase_text(o).startswith("工作")] or options
            focus = self._choose(options, "focus", names=listed)
        else:
            focus = "开展了各项工作"
        # only a leading body's 部署要求 are carried out; a bureau's advice or an owners' board is not
        bodies = [
            b for b in bank["with_topic" if topic else "without_topic"] if "$obeying" not in b or key == "leaders"
        ]
        if not superiors:
            bodies = [b for b in bodies if "$obeying" not in b] or bodies
        elif self.style is not None and self.style.leadership:  # the office names whom it serves under
            bodies = [b for b in bodies if "$leaders" in b] or bodies
        extra = {
            "when": time_phrase(self.facts.period, self.today),
            "leaders": leaders,
            "obeying": self._render(bank["obeying"]) if superiors else "",
            "focus": focus,
        }
        body = self._choose(bodies, "opening", **extra)
        # every line of work, not the first three (a lone 加強… says what was done itself)
        listed_all = self._listable(self._names_list())
        lines = lines_of_work(listed_all, len(self._names_list()))
        says_itself = len(names) == 1 and LEAD_VERB.match(fold(listed))
        lead_alone = kind = headline = ""
        lines_named = False  # the overview names the lines of work before a result (主要围绕…开展工作)
        if self.style is None and not says_itself:  # and the results a line can hold
            body_topic = str(self.vars["topic_in_body"])
            core = body_topic.removesuffix("工作")
            if "、" in core and not re.search(r"[和与及]", core):  # 推进收费、维修和投诉处理工作 (round 17)
                head, _, last = core.rpartition("、")
                core = f"{head}和{last}"
            kind = (
                "overview"
                if not topic
                else "overview_with_topic"
                if core != body_topic
                else "overview_with_topic_event"
            )
            overview = bank[kind]
            # a name as long as 恒禾物業服務有限公司翠灣名邸項目服務中心 is said in the title and the
            # signature; the opening says 本中心 (round 5: the long name three times was a tell)
            own = self.vars["self"]
            long_name = len(self.facts.community) > _LONG_NAME and own != "我们"
            who = (own if own.startswith("本") else f"本{own}") if long_name else short_office(self.facts.community)
            who = _BRACKETED.sub("", who) or who  # 海晴苑管理處（啟泰物業管理有限公司）: the bracket is the title's
            parent = parent_body(who, self.facts.superiors)
            if parent and leaders:  # 在城南派出所的領導下，清河社區警務室…: the parent is just named
                who = who[len(parent) :]
            framed = self._choose(
                overview, "overview", when=extra["when"], leaders=leaders, community=who, topic_core=core
            )
            if re.search(r"工作.", core):  # 未成年人保护工作站建设工作 says 工作 twice (heldout66's readers)
                framed = framed.replace(f"{core}工作。", f"{core}。")
            headline = self._headline(section)
            lines_named = bool(kind == "overview" and headline and names)
            if lines_named:  # 开展了以下几方面工作。 then a result read oddly
                framed = self._choose(  # (the tenth session's last reading)
                    bank["overview_with_results" if len(names) > 1 else "overview_with_results_one"],  # (no 等 for one)
                    "overview",
                    when=extra["when"],
                    leaders=leaders,
                    community=who,
                    names=listed,
                )
            body = (framed or body) + headline
            plain = (
                kind == "overview"
                and not headline
                and not taiwan_office(self.facts.community, self.facts.period)  # 茲將辦理情形報告如下 stays
                and not re.search(r"(?:以来|期间)，$|[（(]", extra["when"])  # 暑期（7月6日至…） reads long inside
            )
            # 2025年8月，枣林社区主要开展了以下几方面工作。现将有关情况总结如下： says it twice (rounds 23
            # and 24's readers): one sentence leads in, the overview's own when it names the superiors
            if plain and not leaders:
                body, lead_alone = "", f"现将{extra['when'].rstrip('，, ')}{who}的主要工作情况总结如下："
            elif plain and body.endswith("以下几方面工作。"):
                body, lead_alone = body[:-1] + "：", "："
        leads_in = bank["lead_in"]
        # …開展了以下幾方面工作。 then 現將主要工作情況… says 工作 twice; after the lines of work named, 有关情况
        # too (the golden reader of the eleventh session)
        if "以下" in body or lines_named:
            leads_in = [o for o in leads_in if "工作" not in o] or leads_in
        lead_in = lead_alone or self._choose(leads_in, "lead_in")
        if lead_in == "：":  # the overview leads in itself (…开展了以下几方面工作：)
            lead_in = ""
        for word in ("报告", "汇报"):  # a report reports (報告如下), a summary sums up
            if word in fold(self.genre):
                lead_in = lead_in.replace("总结如下", word + "如下")
        if self.style is not None and self.style.opening_self:  # 我社區在…的正確領導下，…
            when = extra["when"] if self.style.opening_period_first else ""
            if len(listed_all) > 1 and not says_itself:
                focus = f"主要围绕{lines}开展工作"
            body = f"{when}{self.style.opening_self}{leaders}{focus}。"
        if taiwan_office(self.facts.community, self.facts.period) and self.style is None:
            # a Taiwan 里's own words (round 20's reader: 推進…工作, 現將有關情況報告如下 read mainland)
            # (and 開展工作: round 42's reader)
            body, lead_in = body.replace("推进", "推动").replace("开展工作", "推动工作"), "兹将办理情形报告如下："
        if self.style is not None and self.style.formula:  # 現將一年來工作情況匯報如下：
            lead_in = self.style.formula.rstrip("：:") + "："
        to = addressee(self.facts.superiors, self.voice) if "报告" in fold(self.genre or "") else ""
        return Written("", (f"{to}：\n" if to else "") + body + lead_in)

    def _headline(self, section: PlannedSection) -> str:
        """The results the planner gave the opening, as the facts state them, in a sentence of
        their own that opens on the period (一年來，…): pasted on with 「；」 they read as a ledger
        line (round 6's blind reader)."""
        items = self._results_with_subject(section)
        if not items:
            return ""
        sep = "；" if any(CLAUSE_BREAK.search(i) for i in items) else "，"
        span = fold(str(self.vars["span"]))
        # not 「汛期，汛期…」 (round 11) nor 「本月，這個月…」 (heldout27)
        # (整个四季度未发生…, 被评为上半年“五星级”…: a period of its own in its first words — heldout81's readers)
        own = re.search(
            r"^整个|上半年|下半年|本季度|[一二三四]季度|全年(?!目标|任务|各项)|今年|本年度", fold(items[0])[:24]
        )
        if (
            _OWN_TIME.search(fold(items[0])) or own or span in fold(items[0])[: len(span) + 8]
        ):  # 区疾控上半年… (round 22)
            return sep.join(items) + "。"
        # an opening that began 「2026年10月15日以來，」 says it once: 截至目前 for its results
        key = (
            "headline_running" if span.endswith("以来") and "以来" in time_phrase(self.facts.period, self.today) else ""
        )
        return self._render(self.bank["opening"][key or "headline"], results=sep.join(items))

    def _office_leaders(self, key: str, leading: list[str], advising: list[str]) -> str:
        """Whom the office serves under, with the office's own words for it (正確領導, 業務指導)."""
        assert self.style is not None
        lead = f"的{self.style.leader_adj}领导"
        advise = f"的{self.style.advisor_adj}指导"
        if key == "leaders_guided":
            return f"在{join_offices(self.facts.superiors)}的支持下，"
        if key == "leaders_mixed":
            return f"在{join_offices(leading)}{lead}和{join_offices(said_again(advising, leading))}{advise}下，"
        if key == "leaders":
            return f"在{join_offices(leading)}{lead}下，"
        return f"在{join_offices(advising)}{advise}下，"

    def _leads(self, superior: str) -> bool:
        """Whether a superior leads the office rather than advises it: a party committee, a
        government, a 街道辦; for a health centre also the health bureau that runs it."""
        simp = to_simplified(superior)
        if self.voice == "社区卫生服务中心" and re.search(r"卫生|卫健", simp) and re.search(r"(?:局|委|委员会)$", simp):
            return True
        if _STAFF_OFFICE.search(simp):  # 創文指揮部辦公室 coordinates; it does not lead a 街道
            return False
        bureau = re.fullmatch(r".{0,8}?[省市区县]?(?P<field>[^省市区县]{2,4})局", simp)
        own = to_simplified(self.facts.community)
        if parent_body(own, [simp]):
            return True  # a part of its superior (城南派出所清河社区警务室 under 城南派出所) is led by it
        if bureau and re.search(r"[所站]$", own) and bureau.group("field") in own:
            return True  # a 司法所 is its 司法局's branch, led by it (round 8's reader)
        if self.voice in ("社区", "村委会") and not _PARTY_BODY.search(simp):
            # a 居委會 or 村委會 governs itself: the 街道辦 or 鎮政府 guides it (round 7's reader,
            # as the organic laws say); the party committee above its party organisation leads
            return False
        return bool(_LEADING_BODY.search(simp))

    def _continuing(self, limit: int = 2) -> str:
        """The lines of work a closing can say will go on: listable names, without the one-off
        ones (第六次全國人口普查, 第三屆鄰里節 are not carried on next year)."""
        names = [n for n in self._listable(self._names_list()) if not _ONE_OFF.search(fold(n))]
        return "、".join(names[:limit])

    def _listable(self, names: list[str]) -> list[str]:
        """Category names fit for 「重點做了A、B、C等方面的工作」: each one's first clause without its
        verb; a name that is still a statement (堅持黨的領導) or too long for a list is left out of
        it (its heading still names it)."""
        out: list[str] = []
        for name in names:
            phrase = _noun_phrase(name)
            if len(phrase) > _LIST_NAME_MAX or _STATEMENT.match(fold(phrase)):
                continue
            if phrase not in out:
                out.append(phrase)
        return out

    def _topic_in_body(self) -> bool:
        """Whether sentences may name the topic: it was given, it says something (社區工作, 各項
        工作 do not), and it is not just what the office is (物業服務 for a 物業服務中心) or the
        name of its only kind of work."""
        topic = fold(self.topic)
        if not topic or re.fullmatch(
            r"(?:社区|街道|村|村委会|居委会|中心|物业|各项|日常|全面|综合)?(?:工作|事务)", topic
        ):
            return False
        core = re.sub(r"(?:工作|服务)$", "", topic)
        return core not in fold(self.facts.community) and [fold(c) for c in self.facts.work] != [topic]

    def _names_list(self) -> list[str]:
        return [display_name(c) for c in self.facts.work if not is_misc(c)]
