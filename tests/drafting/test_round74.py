"""What the seventeenth session's readers and hands found, written again in our own words."""

from __future__ import annotations

import pytest

from assistant.facts.copyedit import edit_item


def test_a_per_day_figure_said_with_shi_loses_the_shi() -> None:
    said, _ = edit_item("助餐点日均供餐90人次，去年同期日均是38人次", work=True)
    assert said == "助餐点日均供餐90人次，去年同期日均38人次"


def test_a_count_the_clause_serves_takes_no_pause_in_a_long_run() -> None:
    # (为57户签订…的家庭发放…: the count is who the clause goes on to serve)
    said, _ = edit_item("全年为57户签订赡养协议的家庭发放敬老补贴共计12.4万元", work=True)
    assert "为57户签订" in said and "57户，" not in said
    # a spoken run still takes its pause after a count before the next clause
    said, _ = edit_item("入户排查燃气隐患的有三十六户当场整改的有二十九户剩下的下了通知书", work=True)
    assert "户，" in said


def test_a_particle_closing_a_clause_goes_in_any_regions_speech() -> None:
    said, _ = edit_item("那几天风刮得好大哦，网格员连夜加固了12处广告牌噻", work=True)
    assert "哦" not in said and "噻" not in said and "12处" in said
    said, _ = edit_item("他在楼下骂骂咧咧", work=False)
    assert "骂骂咧咧" in said  # the word itself stays


def test_a_list_trailing_off_in_speech_ends_on_deng() -> None:
    said, _ = edit_item("仓库里备了灭火器30具，还有防毒面具，绳索，应急灯之类的", work=True)
    assert said.endswith("还有防毒面具、绳索、应急灯等") and "灭火器30具，" in said
    # a written list keeps its own commas
    written = "开展消防宣传，组织疏散演练，清理楼道杂物等"
    assert edit_item(written, work=True)[0] == written


def test_a_landlord_column_says_whose_name_and_withholds_it_whole() -> None:
    from assistant.facts.tables import table_sentences

    ledger = "\n".join(
        [
            "序号\t出租屋地址\t房东\t租住人数\t处理情况",
            "1\t河埠路12号\t司徒慧玲\t11\t已清退4人",
            "2\t河埠路15号\t龚世平（代管）\t9\t已整改",
        ]
    )
    said = "；".join(table_sentences(ledger) or [])
    assert "房东司徒某" in said and "房东龚某（代管）" in said, said
    for name in ("慧玲", "世平", "司徒慧"):
        assert name not in said


def test_a_tables_total_row_is_said_when_its_rows_count_alike_things() -> None:
    from assistant.facts.tables import table_sentences

    groups = "\n".join(["组别\t清淤沟渠（米）\t补植树木（棵）", "一组\t340\t25", "二组\t180\t40", "合计\t520\t65"])
    assert (table_sentences(groups) or [])[-1] == "合计清淤沟渠520米，补植树木65棵"
    grid = "\n".join(
        ["网格\t网格员\t户数\t入户次数", "东片网格\t韦丽\t410\t73", "西片网格\t卜强\t365\t61", "合计\t\t775\t134"]
    )
    said = table_sentences(grid) or []
    assert said[0] == "东片网格，410户，入户73次" and said[-1] == "合计775户，入户134次", said
    assert not any("开展" in s or "参与" in s for s in said)
    # a foot over unlike indicators sums nothing a summary would say
    indicators = "\n".join(["指标\t本月\t累计", "产后访视\t12\t118", "新生儿访视\t14\t120", "合计\t26\t238"])
    assert not any(s.startswith("合计") for s in table_sentences(indicators) or [])


def test_a_roster_that_pays_its_people_says_how_many_first() -> None:
    from assistant.facts.tables import table_sentences

    roster = "\n".join(
        [
            "序号\t姓名\t身份证号码\t补助金额（元）\t备注",
            "1\t韦秋菊\t452123196603151228\t1200\t独子重病",
            "2\t卜得福\t452123195811094417\t900\t",
            "合计\t\t\t2100\t",
        ]
    )
    assert table_sentences(roster) == ["共2人，合计补助金额2100元"]


def test_a_corrected_figures_difference_goes_with_the_figure_withdrawn() -> None:
    said, _ = edit_item("为独居老人安装烟感报警器，原报460户，经入户复核，实为418户，差额为重复登记的户数", work=True)
    assert "418户" in said and "460" not in said and "差额" not in said, said


def test_last_years_figure_said_with_shi_before_its_verb() -> None:
    said, _ = edit_item("全年未发生火灾事故，去年同期是发生电动车起火2起", result=True)
    assert said.endswith("去年同期发生电动车起火2起"), said


def test_a_fall_drawn_out_is_not_said_twice() -> None:
    said, _ = edit_item("上半年受理噪音投诉41件，去年同期是47件，只减少6件")
    assert "有所减少" not in said and "减少6件" in said and said.count("减少") == 1, said


def test_an_old_couples_spoken_name_and_a_thanks_with_a_hand_held() -> None:
    said, _ = edit_item("广场装了路灯，晚上老头老婆儿都来散步", work=True)
    assert "老年人" in said and "老头" not in said
    said, _ = edit_item("帮独居老人修好了漏水的水管，他拉着我的手说，你们这是办了大好事", work=True)
    assert said.endswith("修好了漏水的水管") and "大好事" not in said and "拉着" not in said, said


def test_a_time_of_day_before_jia_is_no_name() -> None:
    from assistant.facts.privacy import names_withheld

    assert "白天" in names_withheld("巡逻队白天黑家都在河堤上守着")[0]
    assert "白某" in names_withheld("为低保户白天佑家更换了门窗")[0]  # after the one served, a name


def test_notes_spoken_whole_pause_at_every_space() -> None:
    from assistant.facts.voice import spoken_whole

    notes = [
        "今年开春俺们组织了两回大扫除 垃圾拉了二十多车 有几户不愿意拆棚子",
        "村里装了路灯三十盏 原来黑咕隆咚的 现在亮堂了",
        "秋收那阵子村干部分片包地 一共六个片 白天晚上都在地里",
        "全村没有火点 镇里表扬",
    ]
    assert spoken_whole(notes)
    said, _ = edit_item(notes[-1], result=True, voiced=True)
    assert " " not in said and "，" in said, said
    assert not spoken_whole(["低保户 王秀英住院", "开展 垃圾分类 宣传", "幸福社区 党群服务中心"])


@pytest.mark.parametrize(
    ("note", "gone", "kept"),
    [
        ("那晚我们把老人转到活动室头，一共转了11个", ["活动室头"], ["活动室内", "11"]),
        ("汛期社区排了4个人轮流守到河边，不准小孩耍水", ["守到", "耍水"], ["轮流值守", "戏水"]),
        ("那场大烟炮刮了两天两宿，老多居民下楼帮忙扫雪", ["大烟炮", "两宿", "老多"], ["暴风雪", "两天两夜", "很多"]),
        ("屋檐的冰溜子贼长，物业用云梯车敲掉了8处", ["冰溜子", "贼长"], ["冰挂", "8处"]),
        ("秋收那阵子村干部白天黑家都在地里，晌午头也不回家", ["黑家", "晌午头"], ["昼夜"]),
        ("村里今年麦罢没有一个火点，结杆全部还田", ["麦罢", "结杆"], ["秸秆"]),
    ],
)
def test_words_three_regions_share_with_their_neighbours(note: str, gone: list[str], kept: list[str]) -> None:
    said, _ = edit_item(note, work=True)
    assert not [g for g in gone if g in said] and all(k in said for k in kept), said
