"""The standard parts of a work summary, their display names, and the cues that mark each one in
a heading or at the start of a sentence. Every module that speaks of parts uses these.

All patterns match Simplified text (fold it first).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Part(StrEnum):
    """The six standard parts of a summary (results belong to the work part)."""

    TITLE = "title"
    OPENING = "opening"
    WORK = "work"
    PROBLEMS = "problems"
    PLANS = "plans"
    CLOSING = "closing"


PARTS = tuple(Part)
PART_NAMES = {
    "title": "標題",
    "opening": "開頭",
    "work": "主要工作及成效",
    "problems": "存在問題",
    "plans": "下一步計劃",
    "closing": "結尾",
}
# Lines that belong to no part: the signature and what a web page puts around a text.
NON_PARTS = ("signature", "byline", "other")

# --------------------------------------------------------------------------- headings
# A heading stands for the problems part when it is *about* problems: it ends in a problem word
# (工作中的短板, 不足之处) or starts with one (存在的问题和下一步打算). A problem word in the middle
# of a work item (排查化解存在的问题和矛盾) does not make it one.
_PROBLEM_WORD = r"(?:问题|不足|不足之处|困难|难处|难题|短板|短处|差距|薄弱环节|难点|弱项|教训|缺点|遗憾|挑战|检讨|反思|缺失检讨|缺失)"
_PAIR = r"(?:和|与|及|、|以及)"
_ADVICE = r"(?:建议|对策|打算|思路|措施|下一步|下步|今后|改进|展望)"
PROBLEM_HEADING = re.compile(
    rf"^(?:存在的?|目前存在的?|当前存在的?|面[临对]的?)(?:主要|突出)?{_PROBLEM_WORD}"
    # 需要协调解决的问题, 有啥难处 (a village's own words): heldout30
    # 服務檢討 / 項目反思: a Hong Kong centre's or a project's own review (heldout42t)
    rf"|^(?:[^，,。]{{0,6}}?(?:存在的?|中的?|中存在的?|中?发现的?|指出的?|提出的?|面[临对]的?|遭遇的?|遇到的?|碰到的?|也有|还有|仍有|正视|直面)|(?:工作|服务|项目|活动)(?:上|中)?的?"
    rf"|(?:需要|需|亟待|有待|待)[^，,。]{{0,4}}(?:解决|协调)的?|有啥|有什么|有哪些"
    # 本月问题： (a 物业's month), 对照检查发现的问题 (a 党支部's 组织生活会, heldout44t)
    rf"|本月|本季度?|本期|当前|目前|近期|上半年|下半年|今年|本年度?|(?:对照检查|检视|查摆)(?:发现|查摆|出)?的?)?"
    rf"(?:主要|突出)?(?:一些|不少|许多|很多|几点|几个|若干|这些|这几点|几方面)?{_PROBLEM_WORD}"
    rf"(?:{_PAIR}(?:{_PROBLEM_WORD}|原因|原因分析|反思|{_ADVICE}.*))*"
    r"(?:(?:需要|有待|亟待|要|待)(?:改进|改善|加强|解决|正视|提高))?$"  # 还有这些不足需要改进 (a 公众号)
    rf"|{_PROBLEM_WORD}{_PAIR}{_ADVICE}"
    # 檢討與待改進事項 (a Taiwan 里辦公處: heldout62t), the shortfall and what awaits improving
    rf"|^{_PROBLEM_WORD}{_PAIR}(?:待|需|尚待|有待)(?:改进|改善|加强)(?:的)?(?:事项|之处|地方|方面)?$"
    # 美中不足的是，… / 回望一年，仍有幾方面未如理想 / 對照…，我們也清醒地認識到 (heldout33)
    r"|^[^。]{0,14}(?:美中不足|未如理想|不尽如人意|清醒(?:地)?认识到|未做得够好|做得不够)"
    # the part in a village group's own words: 不足的地方, 需要改进的地方 (heldout60t)
    r"|^[^，,。]{0,6}(?:不足|不够|欠缺|做得不好|不到位|没做好|没有做好|没做到位|做得不够好)的地方$|^[^，,。]{0,8}(?:需要|有待|尚需|仍需|还需要?|还要|仍要)(?:改进|改善|提高|加强)的地方$"
    # a part title asked as a question: 我們還差在哪？ / 短板在哪裡
    r"|^.{0,6}?(?:差在哪|短板在哪|不足在哪|问题在哪)(?:里|儿)?[？?]?$"
    # what still wants doing, as Hong Kong and Taiwan reports head it: 需改善事項, 仍待加強之處
    r"|^(?:仍|尚|还)?(?:待|需|须|有待)(?:改善|改进|加强|检讨)(?:的)?(?:事项|之处|地方|方面|事宜)?$"
    # 還有哪些不足 (a letter to the village's people abroad asks it so)
    rf"|^[^，,。]{{0,4}}?哪些{_PROBLEM_WORD}$"
    # 短板弱項, 反思不足找差距: two problem words, or a verb that looks for them
    rf"|^{_PROBLEM_WORD}{_PROBLEM_WORD}$|^[^，,。]{{0,6}}?(?:找|查|补|看)(?:差距|不足|短板)$"
    # what people complained of most, as a letter to owners heads it: 大家反映最多的幾件事
    r"|^[^，,。]{0,6}(?:反映|投诉|关心)(?:最多|最集中|较多|比较集中)的(?:几件事|事情?|问题)?$"
    # a 专项整治's list of what it found: 问题清单, 隐患清单 (heldout37)
    r"|^(?:主要|突出|存在的?)?(?:问题|隐患)(?:清单|台账|梳理)$"
    # what a month left undone, as a 物业 reports it to its owners' committee: 本月未完成事项 (heldout36)
    r"|^(?:本月|本季度?|本期|上半年|本年度?|全年)?(?:未完成|未办结|未落实|未解决|遗留)(?:的)?(?:事项|工作|任务|问题|情况)"
    rf"(?:{_PAIR}{_PROBLEM_WORD})?$"  # 未完成事項及困難 (a Hong Kong 法團: heldout65t)
    # a work log's fields (钉钉日志: 未完成工作：, 需协调工作：: heldout51t)
    r"|^(?:需|需要|待)(?:协调|支持|帮助)(?:的)?(?:事项|工作|问题)?$"
    # a slogan that names the shortfall twice (补齐短板强弱项　正视不足找差距: heldout55t's 物业); one word alone
    # (补齐民生短板) may head work
    r"|^(?=(?:[^，,。]*?(?:短板|弱项|不足|差距|问题)){2})[^，,。0-9]{4,20}$"
)
# Plans: a plan word after a future marker (下一步打算, 2026年工作打算, 今后工作思路), a title
# that starts with 下一步/今后, or one that is nothing but the plan word (工作计划).
# 年度工作安排 alone is work.
_PLAN_WORD = (
    r"(?:计划|打算|思路|安排|部署|设想|构想|展望|重点|方向|路向|目标|举措|措施|建议|对策|规划|约定|承诺|作为|预告)"
)
_FUTURE = (
    r"(?:下一步|下步|今后|以后|明年|来年|下一阶段|下阶段|新的?一年|下一?年度|下一年|下半年|下季度?|下一季度|下个?月|下周|下个?学期|新学期"
    r"|2[0〇][0-9〇*xX×]{2}年|20[0-9]{2}(?=[，,])|1[0-9]{2}年|下学年|新学年|来学年|未来"  # 1xx年: a Taiwan year (116年度)
    r"|二[〇零○][〇零○一二三四五六七八九]{2}年)"  # 二〇二六年 in words (a Macau report)
)
PLAN_HEADING = re.compile(
    rf"^(?:下一步|下步|今后|下一阶段|下阶段)|{_FUTURE}.{{0,8}}{_PLAN_WORD}"
    # 接下來，我們將重點做好 / 2026年，我們將著力做好三件事 (heldout33)
    rf"|^(?:接下来|展望)|^{_FUTURE}[，,]\s*(?:我们|我|本会|本中心|中心|社区|街道|村)?(?:将|会|要|打算|准备|拟)"
    rf"|^(?:工作)?(?:计划|打算|思路|设想|展望|努力方向|意见(?:和|与|及)?建议|建议)$|^(?:跟进事项|后续工作|后续安排)$"
    r"|^(?:会议)?(?:议定|商定|决定)(?:的)?事项$"  # 三、议定事项: what a meeting's minutes decided to do (heldout78t)
    rf"|^(?:项目)?后续(?:工作)?(?:计划|打算|设想|方向)$"  # 四、後續計劃 (a 社工站's 項目總結, heldout42t)
    # a slogan about the year to come (凝心聚力谋新篇　明年工作再加力: heldout55t's 物业)
    r"|^[^，,。0-9]{0,10}(?:明年|来年|新的一年|下一步|今后)(?:工作)?(?:再|要|将|谋|加力|发力)[^，,。0-9]{0,8}$"
    # 下半年想干的事 (a hurried village's own words, heldout44t)
    rf"|^(?:{_FUTURE})?(?:我们|村里|社区)?(?:想|要|打算|准备|计划)(?:干|做|办|抓)的(?:事|事情|几件事|工作)?$"  # 下个月要做的
    rf"|^(?:几点|若干|主要|相关)?(?:对策|措施|意见)?(?:和|与|及)?(?:对策)?建议$"  # 几点对策建议 (a 调研报告)
    rf"|^(?:[0-9一二三四五六七八九十]{{1,3}}月份?|第?[一二三四]季度)(?:工作)?(?:计划|打算|安排|重点|思路|设想|构想|要点|努力方向|方向|目标)$"
    r"|^(?:明日|明天|下周|下月|次日)(?:工作)?(?:计划|安排|打算)$"
    # 二季度我們這樣安排 (a letter to owners), 改進策略 under 檢討與改進 (a Taiwan report)
    rf"|^(?:第?[一二三四]季度|下季度?|下个?月|明年|今后|下半年|新的?一年|来年|{_FUTURE}[，,]\s*)?(?:我们|我|本会|本处|社区|村)?(?:这样|这么|打算这样|准备这样|要这样)(?:安排|做|干|抓)$"  # 下半年我们这样干 (a 公众号)
    rf"|^(?:改进|改善|精进|提升|整改)(?:策略|措施|对策|方向|作为)$"
    rf"|^需要?上级.{{0,8}}(?:事项|问题|困难)$"
    r"|^(?:明年|来年|下半年|下一年度?|新的一年|下个?学期)(?:的)?(?:主要|重点)?工作$"  # 三、明年工作  # 需要上級協調解決的事項: what the office asks for, with its plans
    rf"|{_FUTURE}.{{0,6}}(?:怎么干|怎么办|怎么做|如何干|如何做)"  # 明年怎麼幹, as a co-op's report asks it
    # 問題及對策; 存在問題及改進措施, each problem followed by its measure: the plans in the same part
    rf"|{_PROBLEM_WORD}{_PAIR}(?:改进|整改|改善|应对|解决)?(?:建议|对策|打算|思路|措施|办法)"
)
CLOSING_HEADING = re.compile(  # 六、鳴謝: a Macau 街坊會's thanks under a title of their own (heldout60t)
    r"^(?:结语|结束语|结尾|小结|总结|写在最后|尾声|鸣谢|致谢|谢辞)(?:[:：].*)?$"
)  # Ⅳ、結語：德育無小事
OTHER_HEADING = re.compile(
    r"^(?:基本情况|概况|附件|附表|说明|备注|工作概况|总体情况|前言|引言)(?!(?:及|和|与)(?:主要)?(?:成效|成绩|成果))"  # 工作概況及成效 is work (heldout46t)
    r"|^(?:计划|计画|项目|活动|工作)?(?:缘起|缘由|背景)$"  # 壹、計畫緣起: a Taiwan report's opening
)

# --------------------------------------------------------------------------- sentences
# A sentence that opens the problems part inside a paragraph.
PROBLEM_CUE = re.compile(
    r"(?:但|仍|还|也|依然|尚)(?:然|是)?(?:存在|有|暴露出?|反映出?|面临|发现了?)着?.{0,12}?(?:问题|不足|现象|差距|短板|困难|薄弱|瓶颈|挑战)"
    r"|清醒(?:地)?(?:认识|看到)|(?:清楚|深刻)地?(?:看到|认识到)[^。]{0,12}?(?:不足|问题|差距|短板)|美中不足|遗憾的是|不足的是|问题在于|短板在于"
    r"|坦白承认|未做得够好|未如理想|也有待(?:提高|加强|改进|提升)"  # heldout33's letter and 几点思考
    r"|(?<![还也])有待(?:进一步)?(?:提高|加强|改进|提升|完善)[。；;，,]"  # (随访质量有待提升。: heldout71t's 几点思考)
    r"|工作中(?:还|仍|也)?(?:存在|有)"
    r"|^(?:目前|当前|同时)?[，,]?(?:存在的|主要的?)(?:主要)?(?:问题|不足|困难)(?:是|有|主要|[:：])"
    r"|不足之处(?![，,]?(?:敬请|恳请|请|望|欢迎)[^。]{0,8}指正)|^(?:问题|不足)(?:主要)?(?:是|有|表现在)"
    r"|(?:还|仍|依然)(?:不够|不足|不高|不强|有待|需要|需进一步)"
    r"|深知.{0,40}?(?:远未|尚未|还未|仍会|还会|长期性|艰巨性|反复性|复杂性)"
    r"|^(?:不过|但是?|然而)[，,].{0,12}?(?:面临|面对|存在|遇到)的?.{0,8}?(?:问题|不足|挑战|困难|短板)"
    # 問題：… run in at a short report's paragraph start; 困难和问题：一是… (a village's, heldout36)
    r"|^(?:存在的?|主要)?(?:问题|不足|困难|短板)(?:(?:和|与|及|、)(?:问题|不足|困难|短板))?[:：]"
    r"|(?:反映|投诉)(?:最多|最集中|较多|比较集中)的(?:是|问题是|就是)"  # 群眾反映最多的是…
    r"|^需要(?:注意|指出|说明)的是[，,]"  # 需要注意的是，我園部分教師…經驗不足
    # 但黨員志願服務主要靠少數骨幹，年輕黨員參與不多。: a 但 that turns to what falls short
    r"|^(?:但|但是|不过)[^。；]{2,40}?(?:不多|不够|不足|不高|不强|偏少|偏低|较少|欠缺|有待(?:提高|加强|提升)|滞后|薄弱|单一|不到位|不均衡)"
    r"|^[惟唯](?![一有])[^。]{2,40}?(?:不足|不易|偏高|偏低|老化|断层|有限|困难|不够)"  # 惟本里志工…人力逐漸斷層
    # 但也要看到，…仍然薄弱 / 同時也應清醒地認識到
    r"|(?:^|[，,。])(?:但|但是|同时)(?:也|还)?(?:要|应|应当|必须|需要)?(?:清醒地?)?(?:看到|认识到)[，,]"
    r"|(?:仍然|依然)(?:比较|较为|相对)?(?:薄弱|欠缺|滞后|突出|偏慢|较慢)"
    # 但对照居民期待，加装电梯协调推进仍然偏慢 (heldout46t): measured against what is expected
    r"|(?:^|[，,。])(?:但|但是|然而)(?:对照|对标|比照|相比|相较于?)[^，,。]{1,12}(?:期待|期盼|期望|要求|标准|目标)[，,]"
    # 工作雖然取得了一定成效，但還存在A、B、C等問題 (a list too long for the cue above)
    r"|(?:虽然|虽|尽管)[^。]{0,30}?(?:成效|成绩|进展|成果)[^。]{0,6}?[，,](?:但|但是)"
    r"|(?:但|但是|然而)(?:也|还|仍)(?:存在|有)着?[^。]{0,80}?等(?:问题|不足|短板|困难)"
)
# A sentence that opens the plans part: it starts with a future marker.
PLAN_START = re.compile(
    r"^(?:同时[，,]?|此外[，,]?|为此[，,]?|据悉[，,]|据了解[，,]|针对(?:上述|以上|这些)?(?:问题|不足)[，,]?)?"
    r"(?:下一步|下步|下阶段|下一阶段|今后|明年|来年|接下来|在今后的工作中|在以后的工作中|在新的?一年(?:里|中)?|新的?一年(?:里|中)?|"
    r"(?:下个?学期|新学期|[春夏秋冬]季学期|下学年|新学年)[，,]?.{0,10}?(?:将|要|计划|打算|拟|准备)|"
    # 7月安排：… / 下月計劃：… run in at a short report's paragraph start
    r"(?:[0-9一二三四五六七八九十]{1,2}月份?|下个?月|下周|下季度?|下阶段)(?:工作)?(?:安排|计划|打算|重点)[:：]|"
    # (三月份，按计划完成…盘点: a month's work done to plan, heldout67t)
    # (not a day that is past: 8月5日台风过境时，提前将5户转移 — heldout72t; 12月5日前将… is a deadline)
    r"(?:20[0-9]{2}年|下半年|下一?季度|第?[一二三四]季度|下个?月|[0-9一二三四五六七八九十]{1,2}月份?"
    r"(?![0-9一二三四五六七八九十]{1,3}[日号](?!前|起|之前|以前|开始)))[，,]?.{0,10}?(?:将|要|(?<![按照依据入])计划|打算|拟|准备)"
    r"|展望(?:20[0-9]{2}年|明年|来年|新的一年)[，,][^。]{0,10}?(?:将|会|要|争取|计划|打算))"
)
# In a news report the last paragraph may say what comes next without a 下一步: 将于…, 还将…
NEWS_PLAN = re.compile(r"将于|还将|将继续|将进一步|将持续|计划于|拟于|下一步|表示[，,].{0,24}?将|将以.{0,16}?为契机")
PLAN_CUE = re.compile(
    r"在(?:今后|以后)的工作中|下一步[，,]?(?:我们|我|本?社区|中心|街道|我办|我局|公司|村)?(?:将|要|计划|打算)"
    r"|(?:计划|打算|安排|思路|措施|重点)如下|^(?:我们|我)?决心(?!书)|^为此[，,]?(?:我们|我|本?社区|中心|街道|村)?(?:将|要)"
    r"|(?:^|[。；;])(?:以后|今后|接下来|下一步)?打算(?:明年|来年|下半年|下一步|今后)"  # 以後打算明年把…搞大一點
    r"|(?:^|[。；;])(?:以后|今后|接下来)打算"
    # (我们决心在第四季度继续补短板：一是…, with no comma after 决心: heldout77t)
    # problems and plans in one sentence: …也有待提高，下半年我们将… (heldout33)
    r"|[，,；;](?:下半年|明年|来年|新的一年|20[0-9]{2}年)[，,]?(?:我们|本会|中心|社区|街道|村)(?:将|要|会|打算)"
)
# Problems announced as a list (面對三方面困難：, 存在以下問題：): problems wherever they stand, the opening too
PROBLEMS_LISTED = re.compile(
    r"(?:面[临对]|存在|遇到)着?的?(?:[一二三四五六七八九十两几]+(?:个|方面|点)|以下|如下|一些|几点)的?(?:主要|突出)?"
    rf"{_PROBLEM_WORD}[:：]"
)
# Problems named in a clause of an opening, the text's only word on them: …，但也存在專業社工流失
# 較快、…等問題 (not 「但也存在一些不足」, which only announces a part to come)
PROBLEMS_NAMED = re.compile(
    rf"[，,；;](但(?:是)?(?:也|还|仍)?(?:存在|有)着?(?!一些|某些|不少|许多)[^。；]{{6,80}}?(?:等)?{_PROBLEM_WORD})"
)
# A final paragraph that sums up rather than reports.
CLOSING_CUE = re.compile(
    r"^(?:总之|总而言之|综上|总的来说|总体来看|总体而言|回顾|回望|回首|回头看|展望|成绩属于过去|"
    # the last line of a report handed up: 以上是…的總結，不妥之處請批評指正。/ 以上情況，特此報告。
    r"以上[。.]?$|以上(?:是|为|就是)?.{0,30}(?:总结|小结|汇报|报告|情况)[，,。]|"
    # (以上情况请街道文明办审阅。 / 以上，请张书记审阅。: heldout74t)
    r"以上(?:情况|内容)?[，,]?(?:请|敬请|恳请|呈请|报请).{0,12}(?:审阅|审核|阅示|批示|审定|过目)|特此(?:报告|汇报|总结)|.{0,20}(?:不妥|不当|不对|不到)(?:之处|的地方)?.{0,12}(?:批评)?指正|"
    r"(?:.{0,20}[，,])?不足之处[，,]?(?:敬请|恳请|请|望|欢迎)[^。]{0,8}指正|"
    r"(?:敬请|恳请|请)(?:各位)?(?:领导|同志|同仁|专家|大家)?(?:批评指正|指正)[。！!]?$|"  # a slide deck's last slide (heldout46t)
    r"以上(?:内容|事项|情况)?.{0,6}如有(?:异议|疑问|不同意见)|"  # a 村务公开 notice: 以上内容如有异议，请于公开期内…
    r".{0,20}是一项(?:长期|系统|艰巨|复杂|基础|经常)|"
    r"(?:一年来|半年来|工作半年来|过去的一年)?.{0,12}(?:虽然|尽管)?取得了一定的?(?:成绩|成效)|"
    # a bulletin's last word on its one event: 此次活動既豐富了…，也拉近了…
    r"(?:此次|本次|这次)活动(?:的开展|的举办)?[，,]?.{0,30}?(?:丰富了|拉近了|增强了|提升了|提高了|营造了|加深了|促进了|彰显了)|"
    r"我们(?:有信心|相信|坚信)|让我们|征程|新征程|(?:.{0,8}[，,])?(?:愿|祝愿)(?:我们|大家)|"
    # the thanks and the address that end a report read out to its hearers
    r"(?![一二三四五六七八九十]是).{0,16}离不开|(?:最后[，,]\s*)?(?:再次|衷心|由衷|真诚|在此)?感谢|最后[，,]\s*[^，,。]{1,8}?(?:再次|衷心|由衷|真诚|在此)感谢|[^，,。]{0,14}(?:衷心|由衷|真诚)感谢|各位(?:代表|领导|同志|委员|来宾)[，,]|"
    # a report read out (我的匯報完畢，謝謝大家！) and a memo's last line (如對本報告有任何查詢，歡迎致電…)
    r".{0,10}(?:汇报|发言|报告|述职)完毕|谢谢大家|如(?:对|就)?本?(?:报告|简报|通知|函)?有任何(?:查询|疑问|意见)|"
    # a post to colleagues signs off: 辛苦大家了，祝暑假愉快！
    r"各位(?:会员|居民|街坊|业主|家长|乡亲|义工)的?(?:支持|信任|参与)|"  # heldout33: a centre's letter to members
    r"辛苦(?:大家|各位)了?[，,！!]|"
    # a memo sent up for review signs off: 辛苦王主任审阅🙏 (heldout72t's QQ message)
    r"(?:辛苦|烦请|麻烦|请)[^，,。]{0,6}(?:审阅|审核|过目)|祝(?:各位|大家)?.{0,6}(?:愉快|顺利|快乐|安康)[！!。]?$)"
)
# Openings of a last paragraph that close the text when the plans have a part of their own, and
# are the plans when they do not.
CLOSING_SOFT = re.compile(
    r"^(?:今后[，,]?我们将|我们将继续|在新的一年|新的一年|今年余下的时间里|下一季度[，,]|下个月[，,])"
    r"|^(?:.{0,8}[，,])?(?:我们|我|社区|街道|中心|全村|[^，,。]{2,10}?)?将以(?:更|这次|此次|此为)|新的?起点|谢谢大家"
    r"|^(?:以上报告|特此报告|以上汇报)[，,。]"
    r"|^[^，,。]{0,10}(?:会|将)继续以[^，,。]{0,20}(?:态度|精神|作风|热情)"  # 本處同事會繼續以專業、誠懇的態度…
)
# A paragraph that lists what will be done (以下幾點：一要……二要……) is plans, however it opens.
PLAN_LIST = re.compile(r"以下几(?:点|个方面|项)|如下[:：]|[一1][是要].{2,}?[二2][是要]")
# The rallying last line of a report read to residents (我們一起讓……更溫暖！): a closing.
RALLYING = re.compile(r"(?:我们|大家|让我们)(?:一起|携手|共同).{2,40}[！!]$")
# A closing that only says the work will go on (新的一年，社區將繼續抓好A、B等工作。 or 繼續做好民生保障工作。):
# a resolve, not a plan, even with no plans part before it.
CLOSING_CONTINUE = re.compile(r"继续.{0,40}?(?:抓好|做好|把).{0,40}?(?:等(?:服务)?)?工作(?:做细做实)?。?$")
# A closing that takes up the plans as a whole (把上述計劃逐項落到實處, 確保以上各項工作落實到位): it
# names no new work, so it is no plan, though it says 計劃.
CLOSING_RESOLVE = re.compile(
    r"(?:上述|以上|这些|各项)(?:各项)?(?:计划|安排|工作|目标|任务|措施).{0,6}?(?:落到实处|落实到位|抓好落实|落实好)。?$"
    r"|确保(?:圆满)?(?:完成|实现)(?:全年|年度|全年度)?(?:各项)?(?:目标)?任务。?$"  # …確保完成全年各項目標任務。
    # …鼓足干劲，全力完成全年各项目标任务。 (heldout53t's village)
    r"|(?:全力|努力|奋力|圆满)(?:完成|实现)(?:全年|年度|全年度)(?:各项)?(?:目标)?任务。?$"
)
# The last words of a closing (…為建設平安東湖作出新的貢獻。): whatever opens the paragraph, it
# promises nothing to be done and is no plan.
CLOSING_END = re.compile(
    r"(?:(?:作出|做出)(?:新的|更大的?|应有的|积极的?){0,2}贡献|(?:贡献|奉献)(?:更大的?|新的|应有的|自己的)?力量"
    r"|再创(?:新的)?佳绩|再创新辉煌|谱写.{0,12}新篇章|书写.{0,12}新篇章|再上新台阶"
    r"|交出.{0,8}满意的?答卷|开创.{0,12}新局面"
    r"|(?:建设成为|打造成为|建成)[^。]{0,24}(?:家园|之家|社区|乡村|村庄|小区|热土)"  # …建設成為幸福家園
    # …全力保障辖区人民群众生命财产安全 / 用心守护每一个家庭的幸福 / 为新村居民谋福利 / 为辖区居民提供更加优质、
    # 便捷的…服务 / 感谢每一位居民朋友的支持与陪伴 (heldout57t): a resolve or thanks, no plan
    r"|(?:保障|守护|维护)[^。，,]{0,16}(?:生命财产安全|安全稳定|幸福安康|幸福|合法权益)"
    r"|为[^。，,]{0,16}谋(?:福利|幸福|福祉)"
    # …不辜负镇党委、政府和全村老百姓的期望 / 把我们共同的家园建设得更加美好！/ 共同打造健康、友善、幸福的松林社区
    # (heldout63t: a village's, a 公众号's and a Taiwan 協會's last words after their plans)
    r"|不辜负[^。]{0,30}(?:期望|期待|重托|信任|厚望)[。！!]?$"
    r"|把[^。，,]{0,16}(?:建设|打造|建)得更加[^。，,]{1,12}[。！!]?$"
    r"|共同(?:打造|建设|营造|缔造)[^。，,]{0,24}(?:社区|家园|村庄|乡村|小区|里|城市)[。！!]?$"
    r"|为[^。，,]{0,16}提供更加[^。]{0,24}(?:服务|保障)"
    r"|感谢[^。]{0,24}(?:支持|关心|帮助|陪伴|协助)(?:与|和)?(?:陪伴|帮助|协助|支持)?"
    # 努力把锦华苑打造成让业主放心、满意的品质小区 (heldout56t's 述职), a sentence of its own, no 一是…二是…
    r"|(?:^|(?<=[。！!]))(?![^。]*?[一二三四五六七八九十]是)[^。]*?(?:努力|力争|致力于)把[^。]{0,12}打造成"
    r"[^。]{0,24}(?:家园|之家|社区|乡村|村庄|小区|热土))[。！!]?$"
)


def closes_with_formula(simp: str) -> bool:
    """A paragraph that ends as a closing ends and promises nothing concrete: not one that opens
    as plans do (下一步，我們將…, 我們決心，…), whatever its last words."""
    return bool(CLOSING_END.search(simp)) and not PLAN_CUE.search(simp)


# A closing-like sentence that in fact announces plans (展望明年，社区打算…).
PLAN_INTENT = re.compile(r"打算|计划|将要|拟|准备|力争")
# The lead-in that ends a conventional opening: 現將……總結如下：
LEAD_IN = re.compile(
    r"如下[:：。]?\s*$|以下.{0,16}[:：]\s*$|总结如下|汇报如下|报告如下|简要总结|总结汇报"
    r"|下面(?:用|从|就|把|将|分)?.{0,12}(?:回顾|汇报|总结|报告)(?:这一年|一年来|一下)?[。：:]?\s*$"  # 下面用三個問題回顧這一年。
    r"|现将.{2,40}?(?:简要)?(?:汇报|报告|总结)[。.]?\s*$"  # 現將…工作情況向您簡要匯報。
)
# An opening speaks of the period and the frame of the work, not of one activity.
OPENING_CUE = re.compile(
    r"^(?:20[0-9]{2}|今年|去年|本年|上半年|下半年|年初|近年|近日|日前|近期|近来|[一二三四五六七八九十]+月|自|自从|"
    r"[0-9]{1,2}月|本季度|第[一二三四]季度|一年来|半年来|过去的一年)"
    r"|^.{0,12}(?:前夕|之际|期间)[，,]|以来|在.{1,30}(?:领导|指导|关心|支持)下|紧紧?围绕|按照.{0,20}(?:要求|部署)"
    r"|总结如下|汇报如下|位于|辖区面积|下辖|现有(?:居民|人口|户籍)|共有(?:居民|人口|住户)"
)
# A last paragraph that sums up in words rather than figures (news reports end so).
SUMMING_UP = re.compile(
    r"激发|凝聚|营造|彰显|落地生根|蔚然成风|越来越多|成为.{0,10}(?:力量|风景|亮点|名片)|让.{0,12}(?:感受|享受)"
)
