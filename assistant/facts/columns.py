"""The columns of a pasted table, by their headers (日期, 内容, 人数, 备注, 责任人, 合计 …), shared by the
table reader (tables.py) and the shapes read from its rows (shapes.py)."""

from __future__ import annotations

import re

from assistant.core.dates import DOTTED_MONTH_DAY

_CELLS = re.compile(r"\t| {2,}|\u3000|[ \u3000]*[|｜][ \u3000]*")  # (a WPS or Markdown table's ｜ too)
_WHEN = re.compile(
    r"^(?:日期|时间|时段|月份|受理时间|受理日期|来电时间|登记时间|接报时间|派单时间|发现时间|发现日期|检查时间|检查日期|排查时间|排查日期)$"
)
_WHERE = re.compile(r"^(?:地点|场所|地址|位置|点位)$")
_WHAT = re.compile(
    r"^(?:活动)?(?:内容|名称|项目|事项|主题)$|^(?:活动|工作|工作内容|活动名称|工作任务|任务|工作事项|督查事项|考核内容)$"
    r"|^(?:小区名称|小区|楼栋|网格|片区|村组|村民小组|组别|自然村|单位名称)$"  # (what each row counts: heldout63's 台账)
    r"|^(?:指标|指标名称|统计指标|统计项目|服务项目)$"  # (a 卫生服务中心's 月报: heldout64)
    r"|^(?:议题|会议主题|会议议题|会议内容|题目|主题内容)$"  # (a meeting's or a lecture's: heldout72)
    r"|^(?:整治|清理|服务|检查|巡查|宣传|培训|帮扶|维修|整改)内容$"  # (整治内容 清理楼道堆物: hostile76)
    r"|^(?:纠纷|案件|事件|问题|隐患|诉求|投诉)?(?:类别|类型|种类|分类)$"  # (a row's kind is its label: heldout69)
    r"|^(?:节点|工作节点|任务节点|阶段|实施阶段|实施步骤|步骤)$"  # (a 倒排工期's stages)
)
_COUNT = re.compile(
    r"^(?:参与|参加|服务|受益|覆盖)?(?:人数|人次|户数|数量)$|^(?:走访|入户|排查|检查|巡查|摸排|核查|随访|回访)(?:人数|人次|户数|家数)$"
)
# a count of what the row's people did (走访户数 46 under 网格 第一网格): 走访第一网格46户, 合计走访136户
_COUNTED_VERB = re.compile(r"^(走访|入户|排查|检查|巡查|摸排|核查|随访|回访)(?:人数|人次|户数|家数)$")
# what a visit or a round found (发现问题 楼道堆物3处): 发现楼道堆物3处; 无 is nothing found
_FOUND = re.compile(r"^(?:发现问题|发现隐患|排查问题|问题隐患|发现情况|隐患问题)$")
_MEASURE = re.compile(r"^(?:单位|计量单位|量词)$")  # the unit of the 数量 column before it
_NOTE = re.compile(r"^(?:备注|说明|情况说明|检查情况|检查结果)$")  # (检查情况 正常 under a station's kit: heldout75)
# a meeting's roll (应到 47, 实到 43, 请假 4 under a 会议记录台账: heldout72's 三会一课): each as so many people
_ATTENDANCE = re.compile(r"^(应到|实到|列席|请假|缺席|出席|参会|到会)(?:人数|人员|名单)?$")
_ROLL = re.compile(r"([0-9]+)[人名]?")  # a count under it, 47 or 47人
# what was done, written as the clerk gave it (检查38家，发现隐患61处); a note that only says it was done goes
_DONE = re.compile(
    r"^(?:完成情况|进展情况|完成进度|进度|当前进度|推进情况|落实情况|处置|处置措施|工作成效|成效|结果|工作结果|处理结果|处理情况|办理结果|办理情况|处置情况|处置结果"
    r"|整改情况|整改结果|整改进展|整改落实情况)$"
)
_DEADLINE = re.compile(r"^(?:整改时限|完成时限|整改期限|时限)$")
_DONE_ONLY = re.compile(r"^(?:已?完成|已办结|办结|完成|已落实|√|是)$")
# the row's number and the colleague responsible are the ledger's, not the summary's: a public summary names
# no staff member (heldout52's 城建办 周志强); an outside body that did the work is said, or its work would
# read as the office's own (区城管局, 派出所: the hostile pass of round 31)
_NUMBER = re.compile(r"^(?:序号|编号|序|No\.?)$")
# the people a grid watches (重点人员 精神障碍患者李某某, 刑释人员1名): a log's own, never a public summary's
_WATCHED = re.compile(r"^(?:重点人员|重点人群|重点对象|重点人员情况|特殊人群)$")
# a hotline's own numbering of its orders (工单号 HL2026…): the system's, not the summary's
_ORDER_NO = re.compile(
    r"^(?:工单号|工单编号|单号|受理编号|工单|批号|批次号|生产批号|疫苗批号)$"
)  # (批号 202607A113: hostile86)
# how the caller rated it when called back (回访满意度 满意): told once under the rows, not row by row
_RATED = re.compile(r"^(?:回访满意度|满意度|回访结果|回访情况|群众评价)$")
_WHO = re.compile(
    r"^(?:责任人|负责人|责任单位|责任科室|牵头单位|牵头人|经办人|承办单位|实施单位|配合单位"
    r"|值班人|值班人员|带班领导|带班人|记录人|登记人|巡查人|接待人|接听人|受理人|处理人|交班人|接班人"
    r"|走访人|走访人员|入户人员|调查人|排查人|检查人|摄影|拍摄人|承办人|办理人|接单人|派单人|回访人"
    r"|签收|签字|签名|领取人|领取人签字|签收人|代领人|网格员|网格长|主持人|组长|制表人|审核人"  # (a 值班日志: heldout62)
    r"|领用人|驾驶员|驾驶人|司机|用车人|保管人|发放人"
    # (any one named by their part in the row, 预约人, 巡河人, 经手人, 讲解人: a person — the hostile pass of round 88)
    r"|(?!(?:承租|出租|申请|被申请|当事|来访|来电|反映|求助|报修|投诉|诉求|捐赠|认领|心愿)人)"
    r"[\u4e00-\u9fff]{1,4}(?<![老个病])人(?:姓名|签字)?|[\u4e00-\u9fff]{0,3}(?:老师|教师|讲师))$"  # (签到负责人, 授课老师)  # (a materials ledger, a vehicle log: the hostile pass of round 85)
)
_BODY = re.compile(
    r"(?:局|大队|支队|中队|派出所|司法所|所|公司|医院|学校|小学|中学|法院|检察院|银行|协会|物业|消防救援站|民警|"
    r"卫生院|服务中心|志愿者协会|红十字会|妇联|团委|工会)$"
)
_INSIDE = re.compile(r"^(?:各?社区|各?村|党政办|综治办|城建办|应急办|安监中队|.{1,4}科|.{1,4}办)$")
# a resident named in a column of their own: the surname and 某, as everywhere else
_PERSON = re.compile(
    r"^(?:姓名|户主|户主姓名|服务对象|救助对象|走访对象|对象姓名|申请人|被申请人|当事人|申请人姓名"
    r"|业主|业主姓名|房东|房东姓名|出租人|承租人|租户|租户姓名)$"  # (a landlord named in a 群租房 ledger: heldout73)
    r"|^(?:流出方|出租方|承包方|承包户|农户)(?:[（(]农户[）)]|姓名)?$"  # (a land contract's farmer: heldout77's 流转台账)
)
# whose name a column holds, said before it (业主梁某, 房东陈某; under 姓名 the bare 梁某)
_LANDLORD = re.compile(r"^(?:业主|房东|出租人|承租人|租户|户主)(?=姓名$|$)")
_PRIVATE = re.compile(
    r"^(?:联系电话|电话|手机|手机号|身份证号|身份证|证件号码|联系方式|房号|门牌号|房间号|住址|家庭住址|车牌号|车牌|车牌号码"
    r"|地址|户址|房屋地址|详细地址)$"  # (3幢2单元1502室 beside its 户主: whose home — hostile86)
)
# a resident's sex, age and origin beside their name are theirs, not the office's work (hostile67); under no name
# they label a statistic (年龄 60-69岁 320人: hostile68)
_PERSONAL = re.compile(
    r"^(?:性别|年龄|出生年月|出生日期|民族|籍贯)$"
)  # (a visitor book's 房号 3-2-501 says whose home as a name would: heldout64)
# a notice's own head over its table (文号, title, what the table lists, the office it names)
_NOTICE_HEAD = re.compile(
    r"〔[0-9]{4}〕[0-9]+号$|^关于.{2,60}的(?:通报|通知|报告|情况)$|(?:情况|通报|汇总|名单|一览|清单)(?:表)?[:：]?$"
    r"|^[^，。；0-9]{2,12}(?:社区|村|街道|居委会|村委会)$"  # (not 全街道共检查32个小区: hostile65)
)
# a book's own tally under its rows (本季度共登记12件…)
_TALLY = re.compile(
    r"^(?:本月|本季度?|本年度?|全年|上半年|下半年|共|合计|累计|总计)[^，,。]{0,8}(?:登记|受理|接待|办结|接报)"
    r"|^(?:合计|总计|共计|小计)[:：][ \u3000]*(?:[\u4e00-\u9fff]{1,6})?[0-9]"  # (合计：4件，按时办结率100%; 合计：报送18篇 …)
    # (6月小计 15件 其中已办结10件 …: a page's own tally, typed with spaces — heldout74's 代办登记簿)
    r"|^(?:[0-9]{1,2}月份?|本月|本季度?|本页|全年|上半年|下半年)(?:小计|合计|共计|总计|共)[:：]?[ \u3000]*[0-9]+[件条个人户次项]"
    # (a 合计 of counts each named, 合计  出生6人（含补登1人）  死亡7人 …, and a line of such counts, 年初户籍人口1389人
    # 年末户籍人口1387人  净减少2人: the book's own tally — heldout82's 人口变动登记簿)
    r"|^(?:(?:合计|总计|共计)[ \u3000\t]+)?(?:[\u4e00-\u9fff]{2,10}[0-9]+[件条个人户次项](?:[（(][^（）()]{1,12}[）)])?[ \u3000\t]+)+"
    r"[\u4e00-\u9fff]{2,10}[0-9]+[件条个人户次项](?:[（(][^（）()]{1,12}[）)])?$"
    # (共巡查房屋42幢，发现隐患3处，已整改3处: a sentence of counts under the rows — hostile86)
    r"|^(?:共|共计|累计|本[月季年]共?)[\u4e00-\u9fff]{1,10}[0-9]+[\u4e00-\u9fff]{1,2}(?:[，,][\u4e00-\u9fff]{1,10}[0-9]+[\u4e00-\u9fff]{1,2})+。?$"
)
# a visitor book's caller (来访人 张桂兰, 刘先生, 匿名) and what they came about: 居民反映…, no one named
_CALLER = re.compile(r"^(?:来访人|来电人|来访者|来电者|反映人|求助人|报修人|投诉人|诉求人)(?:姓名)?$")
_REPORT = re.compile(
    r"^(?:反映问题|反映内容|反映事项|反映情况|诉求|诉求内容|来访事由|来电事由|来电内容|来访内容|投诉内容|报修内容|问题描述|求助内容)$"
)
# a day in a row's own words, as its dotted 日期 column writes it (7.5上门查看, 8.3清理完毕, 道闸9.20已更换)
# (before what was done on it only: 3.5折, 1.2版, 1.5层 are figures, and 4.3-4.5 a range: hostile64)
_DOTTED_IN_CELL = re.compile(
    rf"(?<![\-—~～至到]){DOTTED_MONTH_DAY}(?![0-9.\-—~～])"
    r"(?=已|上门|到场|清理|清运|铲除|拆除|疏通|维修|修复|更换|安装|整改|处理|恢复|办结|回访|入户|施工|完成|前|起|以前|以后|之前"
    r"|停药|走访|随访)"  # (复访10.9停药2户: heldout66's 随访台账; not 血糖8.2发现偏高, a value — hostile pass)
)
# a date cell as the ledger wrote it: 2024.12.2-12.20, 2024.12.10-2025.1.15, 12.31-2.5, 2025.1.6; read so only
# where the column holds dates (a year, or 月/日 in another of its cells: 8.30-11.30 under 时段 is a time)
_DOTTED_DAY = re.compile(r"(?:20[0-9]{2}[./])?[1-9][0-9]?[./][1-9][0-9]?")  # (2025/1/20 as Excel writes it)
_RANGE = re.compile(r"\s*(?:-|—|–|～|~|至|到)\s*")
_TOTAL = re.compile(r"^(?:合计|总计|小计|共计)$")
# a row the clerk marked void in a cell of its own (作废（活动因降雪取消…）, （此行作废，…）: heldout61, heldout86)
VOID = re.compile(r"^[（(]?(?:已?作废|已?取消|此行作废)(?:[（(，,。]|$)")
# a column headed with its unit in brackets (服务时长（小时）, 金额（元）): what it counts and its unit
_MEASURED = re.compile(r"(.{1,10})[（(]([^（）()]{1,4})[）)]")
# a cell that is a sum or a count as a spreadsheet writes it (2,380.00, -460.00, 12)
_AMOUNT = re.compile(r"-?[0-9][0-9,]*(?:\.[0-9]+)?")
_TABLE_TITLE = re.compile(
    r"(?:情况表|统计表|一览表|排班表|课程表|排课表|时间表|台账|督查表|考核表|明细表|登记表|登记簿|登记册|登记本|记录簿|记录本|进度表|报表|汇总表|整改表|排查表|检查表|巡查表|考勤表"
    r"|工期表|计划表|节点表|安排表|签收表|发放表|花名册|名册|日志|支出明细|收支明细|经费明细|明细|大事记|会议记录|库存表|清单|签到表|签到册|进度通报"
    r"|(?<=[访视巡查守河检库磅运收发借阅药表业])(?:记录|纪录)"  # (巡河记录: hostile86)  # (长者探訪紀錄, 值守记录: the hostile pass of round 78)
    r"|(?<=[\u4e00-\u9fff]{2})统计"  # (…公众号推文统计（1-9月）: heldout75)
    # (…服务时长登记（第四季度）, …签到汇总: heldout84 and the hostile pass of round 85)
    r"|(?<=[\u4e00-\u9fff]{2})(?:登记|汇总))(?:[（(][^（）()]{1,20}[）)])?[:：]?$"
)  # (…统计表（截至2025年12月20日）: heldout63)
_PROBLEM = re.compile(r"^(?:存在问题|存在的问题|问题|困难|困难问题|未完成原因)$")
_SCORE = re.compile(r"^(?:扣分|扣分值|扣分情况)$")  # (a 得分 is the office's own: hostile65)
# a supervisor's mark in the 备注 (督查扣1分): the form's, not the office's news
_SCORED = re.compile(r"[，,；;]?\s*(?:督查|考核)?扣[0-9一二三四五六七八九十.]+分")
_VERB = re.compile(
    r"^(?:开展|组织|举办|召开|发放|开设|进行|完成|走访|慰问|排查|检查|张贴|悬挂|签订|设立|联合|邀请"
    r"|打|清理|清运|修|安装|更换|新建|建立|巡查|补种|补充|登记|培训|督促|协助|帮助|为"
    r"|研究|讨论|审议|传达|部署|听取|通报|学习|深入|庆祝|接收|表彰|评议)"  # (a meeting's topic: heldout72's hostile pass)
)


def _first_cell(cells: list[str]) -> str:
    """A row's first cell with words (its number aside): where 合计 stands."""
    return next((c for c in cells if c and not re.match(r"^[0-9]+$", c)), "")
