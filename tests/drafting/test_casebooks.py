"""Two books offices keep, pasted whole (heldout69's and heldout70's readers), as tables of our own: a mediation
register says each dispute by its kind and how it ended, never a party, a phone, an ID or a mediator; an account of
money spent says what each sum went on, the clerk's 小计 and 合计 and the account's foot, never a voucher or a
handler; a tally by kind says its own 合计; a figure reported and put right is said as put right."""

from __future__ import annotations

from assistant.core.numbers import find_figures
from assistant.facts.copyedit import edit_item
from assistant.facts.tables import table_sentences

REGISTER = "\n".join(
    [
        "序号\t登记日期\t申请人\t身份证号码\t联系电话\t被申请人\t纠纷类别\t简要情况\t调解结果\t调解员\t备注",
        "1\t2026/4/2\t宋玉梅\t410105196204183321\t13612345678\t贾志强\t邻里纠纷\t楼上洗衣机排水噪音扰民\t调解成功，约定使用时段\t梁平\t",
        "2\t2026/4/9\t贾志强\t\t13787654321\t宋玉梅\t邻里纠纷\t宋玉梅反映楼道堆放纸箱\t调解成功\t梁平\t",
        "3\t2026/5/6\t蒋红霞\t\t13511223344\t蒋某（其兄）\t婚姻家庭\t母亲赡养费分摊意见不一\t调解不成\t卢静\t引导至法院诉讼",
        "4\t2026/6/1\t华兴超市\t\t\t附近住户\t环境纠纷\t冷柜外机噪音\t调解成功，外机加装隔音罩\t卢静\t联合城管中队",
        "合计\t\t\t\t\t\t\t\t调解成功3件\t\t",
    ]
)


def test_a_mediation_register_says_each_dispute_and_no_one_in_it() -> None:
    said = table_sentences(REGISTER)
    assert said is not None
    text = "；".join(said)
    for private in ("宋玉梅", "贾志强", "蒋红霞", "4101051962", "13612345678", "梁平", "卢静", "2026/4/2"):
        assert private not in text, private
    for kept in ("洗衣机排水噪音扰民", "约定使用时段", "引导至法院诉讼", "加装隔音罩", "城管中队", "调解成功3件"):
        assert kept in text, kept
    assert text.index("邻里纠纷") < text.index("婚姻家庭") < text.index("环境纠纷")


SPENT = "\n".join(
    [
        "序号   日期      凭证号     摘要                          金额          经办人     备注",
        "1      3.2       记-005     三八节插花活动材料             1,260.00      方敏",
        "2      4.16      记-012     楼道声控灯更换（18盏）         2,340.50      邓涛       已验收",
        "3      5.9       记-020     志愿者保险                     1,500.00      方敏       50人×30元",
        "4      5.30      记-023     记-012供应商退回差价             -120.00      邓涛       冲减",
        "合计                                                     4,980.50",
        "年度经费：20,000.00       已支出：4,980.50       结余：15,019.50",
    ]
)


def test_an_account_says_what_the_money_went_on_and_its_totals() -> None:
    said = table_sentences(SPENT)
    assert said is not None
    text = "；".join(said)
    for gone in ("记-005", "方敏", "邓涛", "3.2", "50人×30元", "已验收"):
        assert gone not in text, gone
    for kept in (
        "三八节插花活动材料1260元",
        "楼道声控灯更换（18盏）2340.50元",
        "冲减120元",
        "合计支出4980.50元",
        "结余15019.50元",
    ):
        assert kept in text, kept


def test_a_tally_by_kind_says_each_kind_and_its_own_total() -> None:
    said = table_sentences(
        "\n".join(
            [
                "纠纷类型\t件数（件）\t化解（件）\t化解率",
                "物业纠纷\t5\t4\t80%",
                "邻里纠纷\t3\t3\t100%",
                "合计\t8\t7\t87.5%",
            ]
        )
    )
    assert said == [
        "物业纠纷5件，化解4件，化解率80%",
        "邻里纠纷3件，化解3件，化解率100%",
        "合计8件，化解7件，化解率87.5%",
    ]


def test_a_figure_reported_and_put_right_is_said_as_put_right() -> None:
    for item, right, wrong in [
        ("上半年向镇里报送玉米秸秆还田面积原报1200亩，经复核实为1130亩，已及时更正", "1130亩", "1200"),
        ("入户宣传户数原报2,316户，经逐户核对，重复登记41户，实为2,275户", "2275户", "2316"),
    ]:
        text, edits = edit_item(item, work=True)
        assert right in text and wrong not in text and "核" not in text
        assert edits
        assert all(f.value for f in find_figures(text))
