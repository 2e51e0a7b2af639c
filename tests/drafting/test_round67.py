"""Round 51's first contact (heldout67, a fifty-seventh hand): what its readers quoted that a rule could answer,
in our own words. Failing before, each of them."""

from __future__ import annotations

import pytest

from assistant.facts.copyedit import edit_item


@pytest.mark.parametrize(
    ("said", "want"),
    [
        # a household's poultry is no surname's household (规范某家禽圈养)
        ("引导农户家禽集中圈养，发放围网60卷", "引导农户家禽集中圈养，发放围网60卷"),
        # 后生女子 are young women (not 年轻人女子), still counted as people
        ("联谊会来了三十来个后生女子", "联谊会来了约三十个女青年"),
        # a grandmother by surname, introduced with 有个 (not 有个一位老人)
        ("上月有个陈阿嬷差点被骗，网格员及时劝阻", "上月一位老人险些被骗，网格员及时劝阻"),
        # the clerk's note that last month's report was wrong: the stale figure goes, the checked one stays
        ("核查灭火器318具（上月台账误报为381具，以本次核查为准），更换12具", "核查灭火器318具，更换12具"),
    ],
)
def test_what_round_51s_readers_quoted_reads_as_written(said: str, want: str) -> None:
    assert edit_item(said, work=True)[0] == want
