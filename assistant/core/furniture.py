"""Lines around a summary that belong to none of its parts: what a web page or a WeChat post
adds (bylines, sources, editors, view counts, share buttons, photo captions), a speech's address,
a printed page's number, and the signature (the office and the date)."""

from __future__ import annotations

import re

from assistant.core.script import to_simplified
from assistant.core.text import SENTENCE_END

# the office's own form lines (填報人：…, 聯繫人：…): furniture of the page, yet the office's words
FORM_FIELD = r"填报人|填报日期|填报单位|报送单位|报送日期|报送|抄送|抄报|联系人|签发人?|审核人|统计人"

# Lines a web page or a WeChat post puts around a text: bylines, sources, editors, view counts,
# share buttons, photo credits. They belong to no part.
_BYLINE = re.compile(
    r"^[【\[（(]?\s*(?:来源|来自|作者|文|记者|通讯员|撰稿|供稿|编辑|责编|责任编辑|审核|审校|审稿|校对|初审|复审|终审|"
    r"发布时间|发布日期|发布|时间|日期|浏览|浏览次数|阅读|阅读量|点击|点击数|字号|字体|摄影|摄|图|图片|图文|视频|"
    r"原标题|本文转自|转自|转载自|信息来源|文章来源|出处|分享|分享到|扫一扫|打印|关闭|收藏|上一篇|下一篇|相关链接|"
    r"免责声明|版权声明|声明|版权|版权所有|联系电话|主办单位|承办单位|协办单位|主办|承办|技术支持|网站标识码|备案号|编者按|导读|原创|文字|图文|文/图|图/文|"
    r"述职人|报告人|汇报人|本文网址|网址|原文链接|原文网址|发件人|收件人|抄送人|附件|"
    r"发送时间|发件时间|发送日期|报告日期|汇报日期|述职日期|成文日期|"
    # an OA system's 公文处理笺 around the text it carries (拟稿人, 核稿, 签发日期…: heldout72t)
    r"拟稿人|拟稿单位|核稿人?|文号|紧急程度|密级|主题词|打印时间|签发日期|印发日期|"
    # a work-log book's page around the text (领导批阅：已阅。…, 备注：, 记录人：: heldout79t)
    r"领导批阅|批阅意见|领导意见|审核意见|批阅|备注|记录人|(?:单位)?负责人[（(]签字[）)]|单位[（(]盖章[）)]|"
    rf"{FORM_FIELD})"
    r"\s*(?:[:：|丨｜/]|[】\]）)]|\s|$)"
)
# 2025-06-30 09:12, and a date before the source on a news page's line (2026-09-15　來源：…)
_TIMESTAMP = re.compile(
    r"^\D{0,8}20[0-9]{2}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s+(?:[0-9]{1,2}:[0-9]{2}"
    r"|(?:来源|作者|发布|编辑|记者|通讯员|供稿|浏览)\s*[:：])"
)
# a table of contents' own title (目 录), on Simplified text
CONTENTS_TITLE = re.compile(r"^目\s*录$")
# one of its entries: the part's title, dot leaders and its page (一、主要工作 ………… 1), numbered or not
CONTENTS_ENTRY = re.compile(r"^.{1,40}?(?:\.{4,}|…{2,}|·{4,}|－{4,})\s*[0-9]{1,3}$")
_CAPTION = re.compile(
    r"^[（(]?图[为片一二三四五六七八九0-9]|^▲|^△|^↑|^（本文|^\(本文|^本文(?:转自|来源|系)"
    r"|^点击.{0,8}(?:在看|关注|阅读原文|蓝字|分享)|^阅读原文$|^(?:分享|点赞|在看|收藏)(?:\s*[|｜丨]?\s*(?:分享|点赞|在看|收藏))*$|^长按|^(?:扫码)?关注我们|^点个?赞|^欢迎(?:转发|分享|关注)"
    r"|^扫一扫|^扫码|^手机(?:版|扫)|^【(?:打印|关闭|字体|收藏)"
    r"|^(?:首页|主页|当前位置|您的位置|您现在的位置|你的位置)\s*(?:[:：>＞»›]|$)"  # a web page's breadcrumb
    r"|^[^，。；]{1,14}[>＞»›][^，。；]{1,14}[>＞»›][^，。；]{1,14}$"  # 柳岸社区＞社区动态＞工作总结
    r"|^.{0,30}【(?:打印|列印|关闭|关闭窗口|打印本页)】"  # …主辦　【列印】【關閉】
    r"|^(?:回上一?页|返回上一?页|回首页|返回首页|友善列印)\s*(?:[｜|丨/]|$)"  # 回上一頁　｜　友善列印
    r"|^[-—–\s]*END[-—–\s]*$"  # a WeChat post's end mark
    r"|^[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\s~～·•*＊=＝]+$"  # a post's row of pictures (🌟🌟🌟), heldout43t
    # a web form's own name (…年度工作报告（网上填报）) and its fields (a 年报 filled in on the web: heldout76t)
    r"|^[^，。]{2,30}[（(](?:网上|在线|系统|网络)(?:填报|申报|报送)[）)]$"
    r"|^(?:单位名称|统一社会信用代码|报告年度|电子邮箱)[:：]"
    r"|^【[^】]{0,12}标题】$"  # a web form's label over the title it asks for (【年度工作总结标题】: heldout76t)
    r"|^💬"  # an online document's comment, exported under the line it is on (💬 刘芳 7月2日 09:15：…: heldout76t)
    r"|^(?i:contents|thanks|thank you)[!！.]?$|^谢谢(?:聆听|观看)[！!。]?$|^(?:联系我们|联系方式)[:：]?$"  # a slide deck's contents and end slides
    r"|^(?:汇报人|报告人|主讲人|发言人|汇报单位|报告单位|汇报时间|报告时间)\s*[:：]"  # a slide deck's cover (heldout46t)
    rf"|{CONTENTS_TITLE.pattern}|{CONTENTS_ENTRY.pattern}"  # a Word file's table of contents
    r"|^此致$|^敬礼[！!]?$"  # a letter's salute, between its closing and its signature
    # a 红头 document's masthead and its number (…委员会文件 / 榆社党发〔2026〕3号), heldout40t
    r"|^[^，。；：:\s]{4,40}文件$|^[^，。；\s]{1,12}[〔［\[（(]\s*(?:19|20)[0-9]{2}\s*[〕］\]）)]\s*[0-9]{1,4}\s*号$"
    # a pasted table's header row: short cells between tabs (工作内容⇥完成情况)
    r"|^[^\t，。；：:0-9]{2,8}(?:\t+[^\t，。；：:0-9]{2,8})+$"
    r"|^附件\s*[0-9一二三四五六七八九十]{0,2}$"  # 附件2 over a document sent as an attachment
    r"|^(?:工作)?(?:简报|简讯|快报|动态)$"  # a bulletin's masthead and its number (第12期（总第86期）)
    r"|^第\s*[0-9一二三四五六七八九十百]+\s*期(?:\s*[（(]\s*总第\s*[0-9一二三四五六七八九十百]+\s*期\s*[）)])?$"
    r"|^\S{2,24}编(?:印)?\s+(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$"  # 春暉社區居委會編　2026年5月12日
    r"|^[^，。；]{0,10}(?:电话|热线|邮箱|网上预约|预约方式|地址|链接)\s*[:：]"  # 簽約諮詢電話：…, 網上預約：https…
    r"|^(?:[^|｜丨，。；]{1,8}\s*[|｜丨]\s*){3,}[^|｜丨，。；]{1,8}$"  # a web page's menu: 首页 | 机构概况 | 政务公开 | …
    # a chat assistant's words around the text it wrote: 好的，以下是…：, 希望以上内容对您有帮助
    r"|^(?:好的|当然(?:可以)?|没问题|以下是|下面是)[，,！!]?[^。]{0,60}[:：]$"
    r"|^.{0,70}(?:请随时告诉我|随时告诉我|对您有(?:所)?帮助|您可以根据实际情况)"
)


# A speech's address (各位领导、同志们：) and a printed page's number (- 2 -, 第 4 页 共 5 页).
_SALUTATION = re.compile(
    r"^(?:尊敬的)?[^，。；]{0,24}(?:领导|同志|代表|朋友|来宾|居民们|大家|委员|业主|业委会|业主委员会|党工委|党委|党组"
    r"|政府|办事处|人大|政协|主任|主席)[^，。；]{0,6}[:：]$"
)
# the speaker of a report under its title: 石门街道办事处副主任　刘建平
_SPEAKER = re.compile(
    r"^(?:[\u4e00-\u9fff][\u4e00-\u9fff、]{1,30})?(?:主任|书记|局长|站长|经理|社长|所长|院长|委员|主席|镇长|乡长|村长|里长|部长|科长"
    r"|会长|理事长|秘书长|总干事)\s+[\u4e00-\u9fff]{2,4}$"  # 会长　刘桂兰 under a report read out (heldout44t)
)
PAGE_MARK = re.compile(
    r"^(?:[-—–－]\s*[0-9]{1,3}\s*[-—–－]|第\s*[0-9]{1,3}\s*页(?:\s*[，,]?\s*共\s*[0-9]{1,3}\s*页)?|[0-9]{1,3}\s*/\s*[0-9]{1,3})$"
)
# a work app's frame around a log (钉钉 · 日志, 【工作日报】, 提交人：…, 接收人：…, 已读 3 · 未读 0: heldout51t)
_APP_FRAME = re.compile(
    r"^(?:钉钉|企业微信|飞书|微信)\s*[·・]\s*(?:日志|汇报|工作台)$|^【(?:工作)?(?:日报|周报|月报|日志|汇报)】$"
    r"|^(?:提交人|提交时间|接收人|抄送人|审批人|汇报对象)[:：]|^已读\s*[0-9]+"
    # an online document's head and its notes to colleagues (腾讯文档 · 最后编辑：…, @王建军 @刘芳 请…: heldout76t)
    r"|^(?:腾讯文档|石墨文档|金山文档|WPS云文档|飞书文档|钉钉文档)\s*[·・|｜]|^@(?!所有人|全体)[\u4e00-\u9fff]{2,4}\s"
    # the log's own head and time (钱塘社区网格长 陈思远 的日报 / 2025-10-31 17:52 提交: heldout61t)
    r"|^(?![^，。：:]*(?:社区|村|街道|中心|站|办|委会|物业|公司)\s?的)[^，。：:]{2,30}\s?的(?:日报|周报|月报|日志)$|^(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}\s*提交$"
)
# a document's handling mark at its head (内部资料  注意保存, 秘密★1年: the hostile pass of round 81): no title
_HANDLING = re.compile(
    r"^(?:内部(?:资料|材料|文件|刊物|参考)|仅供内部参考|注意保存|注意保密|秘密|机密|绝密)(?:★[^，。]{0,6})?"
    r"(?:[ \u3000，,、]*(?:注意保存|注意保密|请勿外传|妥善保管|不得外传))?$"
    # (and an OA form's print stamp, 文件处理单打印时间：2025-07-10 16:42:07　第1页/共2页: heldout75t)
    r"|^[^，。：:]{0,8}打印时间[:：]"
)
# a form's buttons copied with it from a work system (【保存草稿】　【提交审核】　【返回】: heldout51t)
_BUTTONS = re.compile(r"^(?:[【\[][\u4e00-\u9fff]{2,6}[】\]][\s\u3000]*){2,}$")


_SPACED_LABEL = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}(?=[ \u3000]*[:：])")


def is_byline(text: str) -> bool:
    simp = to_simplified(text.strip())
    if len(simp) > 80:
        return False
    # a masthead printed letter-spaced (工 作 简 报) is the same masthead
    tight = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "", simp) if len(simp) <= 24 else simp
    # a form's label printed letter-spaced (签　　发：, 拟 稿 人：) is the same label
    label = _SPACED_LABEL.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group(0)), simp)
    return bool(
        _BYLINE.match(simp)
        or (label != simp and _BYLINE.match(label))
        or _TIMESTAMP.match(simp)
        or _CAPTION.match(simp)
        or (tight != simp and _CAPTION.match(tight))
        or _SALUTATION.match(simp)
        or _SPEAKER.match(simp)
        or PAGE_MARK.match(simp)
        or _BUTTONS.match(simp)
        or _APP_FRAME.match(simp)
        or _HANDLING.match(simp)
    )


# 2025年12月20日, or the office's name and the date on one line
SIGNATURE_DATE = re.compile(
    # (a scan's O and l for 0 and 1 too: 2O26年1月8日, heldout62t)
    r"^(?:\S{2,24}\s+)?(?:中华民国|中華民國|民国|民國)?[0-9０-９〇零一二三四五六七八九十xX×*OolI]{2,4}\s*年.{0,6}月(.{0,4}[日曰])?$"
    r"|^【\s*待[补補填][:：]?[^】]{0,8}(?:日期|时间|時間)\s*】$"  # a date left for the user to fill
    r"|^(?:\S{2,24}\s+)?(?:19|20)[0-9]{2}\s*(?P<sep>[./\-])\s*[01]?[0-9]\s*(?P=sep)\s*[0-3]?[0-9]$"  # 2026.7.10, 2026/7/10
)


SIGNATURE_ORG = re.compile(
    r"(?:社区|居委会|街道|办事处|中心|公司|委员会|办公室|办|局|站|所|院|村委会|服务处|管理处|办公处|党支部|党委|党工委|协会"
    r"|敬上|谨上|谨呈)$"  # 新安里里長　吳宗翰　敬上
    # the office and the writer's name, as an email is signed (桂花社区居委会　刘晓雯)
    r"|(?:社区|居委会|街道|办事处|中心|公司|委员会|办公室|村委会|管理处|服务处)\s+[\u4e00-\u9fff]{2,4}$"
)


_POST = (
    r"(?:经理|主任|书记|站长|所长|理事长|会长|负责人|队长|主管|院长|馆长|主席|副主席|秘书长|秘书|财政|总干事|里长"
    r"|楼栋长|楼长|单元长|组长|网格长|网格员)"  # a 楼栋长's or a 村民小组's own note, signed by post (heldout60t)
)
# a signer by post, over the name (翠峰苑物業經理 / 梁嘉穎): a memo signed with no office or date
SIGNATURE_POST = re.compile(rf"{_POST}$")
# a signer named by post and colon (理事長：龔德貴, 匯報人：方浩然), under the office's name
_SIGNER_BY_POST = re.compile(
    rf"^(?:{_POST}|汇报人|报告人|述职人|报送人|填报人|撰稿人|执笔人?|起草人?)[:：]\s*[^\s，,。；;：:]{{2,4}}$"
)


# a form's signing fields, as a work system prints them (填报单位（盖章）：…, 日期：2026/1/9: heldout51t)
_FORM_SIGNING = re.compile(
    r"^(?:填报|报送|上报|申报)?单位(?:名称)?\s*(?:[（(]盖章[）)])?\s*[:：]\s*\S{2,40}$|^(?:落款|填报|报送)?日期\s*[:：]\s*[0-9./\-年月日]+$"
)


# the signers and the ways to reach them, several to a line (理事長：林秀琴  總幹事：黃建勳 / 项目经理：骆建峰  联系
# 电话：0571-…  邮箱：…: heldout60t), each field a post, a signer or a contact
_CONTACT = r"(?:联系电话|联络电话|电话|联系人|联络人|手机|邮箱|电子邮件|电邮|邮件|传真|地址|微信|网址)"
_FIELD = rf"(?:[\u4e00-\u9fff]{{0,10}}?{_POST}|汇报人|报告人|填报人|{_CONTACT})[:：]\s*\S[^\s：:]{{0,40}}"
_FIELDS = re.compile(rf"^{_FIELD}(?:[ \u3000]{{2,}}{_FIELD}){{0,3}}$")


# a message's sign-off: 以上，and the sender's name and day (以上，郑小军 10月8日: heldout76t's forwarded texts)
SIGN_OFF = re.compile(r"^以上[，,。]?\s*[\u4e00-\u9fff]{2,4}(?:\s*(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日)?$")


def is_signature_line(text: str) -> bool:
    if SIGN_OFF.match(to_simplified(text.strip())):
        return True
    if SIGNATURE_DATE.match(text.strip()) or _FORM_SIGNING.match(to_simplified(text.strip())):
        return True  # also 【待補：成文日期】, whose colon would otherwise make it a sentence
    if _SIGNER_BY_POST.match(to_simplified(text.strip())):
        return True
    if _FIELDS.match(to_simplified(text.strip())) and not SENTENCE_END.search(text.rstrip()[-1:]):
        return True
    return len(text) <= 30 and not SENTENCE_END.search(text) and not re.search(r"[，,：:]", text)


def org_line(text: str) -> bool:
    return bool(SIGNATURE_ORG.search(to_simplified(text.strip())))
