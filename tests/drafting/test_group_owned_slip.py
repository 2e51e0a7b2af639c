"""A work group's history as round 37's readers met it (heldout58), in our own words: pictures sent
before the news, a colleague's correction the sender owns (对，是7家，我记错了), an office's forwarded
notice to every community, a message taken back (这个先别往上报), a leader's instruction, a question
that tells nothing."""

from __future__ import annotations

from assistant.facts.copyedit import without_chat_stamp
from assistant.facts.group_chat import corrections_across


def _said(messages: list[str]) -> list[str]:
    return [without_chat_stamp(m)[0] for m in corrections_across(messages)[0] if m]


def test_pictures_before_the_news_leave_the_news() -> None:
    said = _said(["刘青 5月9日 17:05：[图片]，[图片]，今天义诊结束，服务居民64人"])
    assert said and "服务居民64人" in said[0] and "图片" not in said[0]


def test_a_slip_the_sender_owns_corrects_their_message_and_both_replies_go() -> None:
    said = _said(
        [
            "刘青 5月9日 17:05：今天义诊结束，参加的医院共5家，服务居民64人",
            "孙浩 5月9日 17:12：刘姐，医院是4家，中医院没来，签到表上是4家。64人没问题",
            "刘青 5月9日 17:15：对，是4家，我记错了，以签到表为准",
        ]
    )
    assert said == ["5月9日义诊结束，参加的医院共4家，服务居民64人"]


def test_a_forwarded_notice_to_every_community_is_not_this_communitys_work() -> None:
    said = _said(
        [
            "刘青 5月2日 09:00：【转发】区卫健局：各社区请于5月6日前上报义诊场地，每个社区不少于1处。",
            "孙浩 5月2日 09:10：收到",
            "刘青 5月9日 17:05：义诊服务居民64人",
        ]
    )
    assert said == ["义诊服务居民64人"]


def test_a_message_taken_back_is_not_reported_nor_is_the_one_it_takes_back() -> None:
    said = _said(
        [
            "孙浩 5月20日 10:00：走访独居老人18户",
            "孙浩 5月21日 15:00：对了，低保户那个儿子又说不去上班了，我再劝劝",
            "刘青 5月21日 15:05：这个先别往上报，等定了再说",
        ]
    )
    assert said == ["走访独居老人18户"]


def test_a_leaders_instruction_and_an_empty_question_go() -> None:
    said = _said(
        [
            "刘青 5月3日 08:30：@孙浩 上次来的那家药店，联系人你还有吧？问问他们这次来不来",
            "刘青 5月3日 08:40：高龄老人那几户一定要盯紧，这个月要全部上门",
            "孙浩 5月8日 16:00：上门随访高龄老人23户",
        ]
    )
    assert said == ["上门随访高龄老人23户"]


def test_a_correction_with_no_earlier_figure_of_its_unit_changes_nothing() -> None:
    said = _said(["孙浩 5月8日 16:00：上门随访高龄老人23户", "刘青 5月8日 16:10：对，是4家，我记错了"])
    assert said == ["上门随访高龄老人23户"]
