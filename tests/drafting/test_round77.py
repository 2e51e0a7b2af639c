"""What heldout77's first readers quoted, written again as books and notes of our own: a land contract register said by
what it comes to (the farmers unnamed, a contract the clerk left out of the 合计 not counted against it); a weighing
table whose unit the form gives on a line of its own (单位：kg) and whose notes run on numbered lines; a corrected figure
the item had already said; a Taiwan 村辦公處 speaking as 本村; and the slips the readers found in spoken notes (是不是,
嘎哈, 明白纸, 装机容量, 备用, 巡到…月底)."""

from __future__ import annotations

from assistant.drafting.phrasing import self_name
from assistant.facts.copyedit import edit_item
from assistant.facts.corrections import as_corrected
from assistant.facts.tables import table_sentences


def test_a_land_contract_register_is_said_by_its_total_and_names_no_farmer() -> None:
    farmers = ["郑广田", "郑广地", "何秀英", "韩立本", "韩立春", "邓美兰", "蒋国富", "蒋国贵", "冯宝山"]
    rows = [
        f"{n}\t{name}\t{n % 3 + 1}组\t{2 + n}.50\t东洼\t某家庭农场\t出租\t2026.1.1-2030.12.31\t800\tHT-{n:03d}\t"
        for n, name in enumerate(farmers, start=1)
    ]
    rows[4] = rows[4].rstrip("\t") + "\t已解除，不计入合计"  # (the fifth, 7.50 mu, left out of the total)
    total = sum(2 + n + 0.5 for n in range(1, 10)) - 7.5
    book = "\n".join(
        [
            "某村2026年度土地经营权流转合同登记台账",
            "序号\t流出方（农户）\t组别\t面积（亩）\t地块位置\t流入方\t流转方式\t流转期限\t租金（元/亩·年）\t合同编号\t备注",
            *rows,
            f"合计\t8户\t\t{total:.2f}",
            "制表人：某某\t\t审核人：某某",
        ]
    )
    said = table_sentences(book)
    assert said == [f"合计8户，面积{total:.2f}亩"], said


def test_a_weighing_table_takes_the_forms_unit_and_its_numbered_notes_are_no_rows() -> None:
    months = [f"{m}月      {900 + m}       {200 + m}       {1.5 * m:.1f}         {100 + m}" for m in range(1, 8)]
    table = "\n".join(
        [
            "某社区生活垃圾分类分出量统计表",
            "单位：kg（其他垃圾为桶数）                     统计截至：7月31日",
            "月份     厨余垃圾     可回收物     有害垃圾     其他垃圾（桶）",
            *months,
            f"合计     {sum(900 + m for m in range(1, 8))}       {sum(200 + m for m in range(1, 8))}       "
            f"{sum(1.5 * m for m in range(1, 8)):.1f}        {sum(100 + m for m in range(1, 8))}",
            "备注：1.有害垃圾按交运时称重。",
            "      2.7月数据截至31日。",
        ]
    )
    said = table_sentences(table)
    assert said == ["合计厨余垃圾6328kg，可回收物1428kg，有害垃圾42.0kg，其他垃圾728桶"], said


def test_a_correction_of_a_figure_already_said_is_said_once() -> None:
    said, why = as_corrected("本月共入户登记1.2万人次。原报1.5万人次，系重复统计，实为1.2万人次。")
    assert said == "本月共入户登记1.2万人次。" and why, said


def test_a_taiwan_village_office_speaks_as_this_village() -> None:
    assert self_name("苗栗縣公館鄉福基村辦公處", "我們") == "本村"


def test_the_slips_the_readers_found_in_spoken_notes() -> None:
    for note, kept, gone in [
        ("有居民说你们社区是不是不上班啊 其实是座机占线", "是不是不上班", "社区是不上班"),
        ("有几个老人说埋汰墙 整那玩意儿嘎哈 后来都装上了", "装上", "玩意儿"),
        ("明白纸挨家挨户发了六百来份", "明白纸", "某家"),
        ("建设光伏电站2座，装机容量合计480千瓦", "装机容量", "安装机"),
        ("疫苗转移至备用冷藏箱用时11分钟", "备用冷藏箱", "储备用"),
        ("从7月6号一直巡到8月底，共巡查57天", "巡到8月底", "截至"),
    ]:
        said, _ = edit_item(note, work=True)
        assert kept in said and gone not in said, said


def test_what_the_checking_found_stays_after_the_corrected_figure() -> None:
    said, _ = as_corrected("厂房年租金原报12万元，经审核合同，前三年每年9万元、第四年起每年12万元，今年实为9万元。")
    assert said == "厂房年租金9万元，经审核合同，前三年每年9万元、第四年起每年12万元。", said


def test_a_rough_count_all_told_stays_rough() -> None:
    said, _ = edit_item("干部加志愿者拢共三十来个人，每天轮班巡河", work=True)
    assert "约三十" in said and "拢共" not in said, said
