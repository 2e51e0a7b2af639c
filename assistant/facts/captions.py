"""A photo's caption pasted as an item (图1：9月9日，志愿者为高龄老人送去慰问品。（摄影：李明）): what the photo
shows is the work; the figure's number, who took it and when it was taken are the album's, and a
photographer is staff a public summary does not name. A scene of an activity (…培训现场) is the activity
itself; a scene of an incident or a before-photo (车辆自燃现场, 整治前现场) is not the office's work."""

from __future__ import annotations

import re

from assistant.core.text import fold

# 图1： / 图 2. / 照片3 9月9日… / 附图1 (not 图书, 图纸: a number follows at once; not 图片2.3万张, 照片 56 张,
# 照片10、视频3段: counts of photos — the hostile pass of the fourteenth session)
_LABEL = re.compile(
    r"^[ \u3000]*(?:(?:图|圖|照片|附图|附圖)[ \u3000]*[0-9]{1,2}"
    r"(?:[ \u3000]*[：:]|[．.](?![0-9])|、(?=[\u4e00-\u9fff])(?!视频|图片|照片|影像|音频)|[ \u3000]+(?=[0-9]{1,2}月|[\u4e00-\u9fff]{2}))"
    r"|(?:图片|圖片)[ \u3000]*[0-9]{1,2}[ \u3000]*[：:])[ \u3000]*(?![张段幅个份套组万千])"
)
# （摄影：李明）, 摄影/时间：王芳 2026.8.3, 供图：社区, 拍摄：张伟 9月3日 — at the caption's end
_CREDIT = re.compile(
    r"[ \u3000]*[（(]?[ \u3000]*(?:摄影|攝影|拍摄|拍攝|摄|攝|供图|供圖|图片来源|圖片來源|图/文|圖/文)"
    r"(?:[/／](?:时间|時間|日期))?[ \u3000]*[：:][^（）()。；;]{1,30}?[）)]?[。.]?[ \u3000]*$"
)
# and in brackets anywhere (健步走活动（摄影：李明），参与居民58人)
_CREDIT_INSIDE = re.compile(
    r"[（(][ \u3000]*(?:摄影|攝影|拍摄|拍攝|摄|攝|供图|供圖)[ \u3000]*[：:][^（）()]{1,16}[）)]"
)
# 8月3日“银龄课堂”智能手机培训现场，23名老人参加: the training (not 处置现场, 到达现场, 现场会)
_SCENE = re.compile(r"(?<=[\u4e00-\u9fff”》])现场(?=[，,。；;]|$)")
_SEEN_AT = re.compile(r"(?:到达|赶赴|赶到|处置|勘查|清理|保护|封锁|在|于|赴|进入|离开|施工|事故)(?:活动)?现场")
# what a scene is of: an activity the office held
_HELD = re.compile(r"(?:活动|培训|讲座|义诊|演练|宣传|宣讲|会|仪式|比赛|课堂|服务|检查|巡查|慰问|演出|签约|启动|开班)$")
_NOT_HELD = re.compile(r"前$|后$|事故|自燃|火灾|起火|倒塌|积水|塌方")


def caption_stripped(text: str) -> tuple[str, str]:
    """``text`` without a photo caption's number and credit, and why (or the text as it was and "")."""
    label = _LABEL.match(text)
    if label is None:
        return text, ""
    new = text[label.end() :]
    new = _CREDIT.sub("", _CREDIT_INSIDE.sub("", new)).rstrip(" \u3000，,；;")
    folded = fold(new)
    scene = _SCENE.search(folded)
    if (
        scene
        and not _SEEN_AT.search(folded[max(0, scene.start() - 4) : scene.end()])
        and _HELD.search(folded[: scene.start()])
        and not _NOT_HELD.search(folded[: scene.start()])
    ):
        before = new[: scene.start()]
        dated = re.match(r"^(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日[，, ]?", before)
        at = dated.end() if dated else 0
        verbed = re.match(r"(?:开展|组织|举办|召开|举行|进行)", fold(before[at:]))
        new = before[:at] + ("" if verbed else "开展") + before[at:] + new[scene.end() :]
    return (new, "照片說明的圖號和攝影署名未寫入") if new and new != text else (text, "")


# the clerk's lead-in to a book pasted after it (…，发放明细如下：, …，统计如下（从登记表复制）：): the book says it, and a
# summary's line of work does not point down to a table it no longer holds (heldout84's readers)
_LEAD_IN = re.compile(
    r"[，,][ \u3000]*[^，,。；;：:]{0,12}如下[ \u3000]*(?:[（(][^（）()]{0,14}[）)])?[ \u3000]*[：:。]?[ \u3000]*$"
)


def lead_in_dropped(text: str) -> tuple[str, str]:
    new = _LEAD_IN.sub("", text)
    return (new, "引出表格的話不寫") if new != text and len(new) >= 4 else (text, "")


# a day typed as a form takes it, 2026.7.5 or 2026/7/5 (and 2026.4.12-4.20): written as a summary writes a day (the
# hostile pass of round 85: its own check then reported date-form on a line the draft had written)
_TYPED_DAY = re.compile(
    r"(?<![0-9.／/\-])(?P<y>20[0-9]{2})(?P<s>[./\-／])(?P<m>[01]?[0-9])(?P=s)(?P<d>[0-3]?[0-9])"
    r"(?:[—\-~～至](?P<m2>[01]?[0-9])(?P=s)(?P<d2>[0-3]?[0-9]))?(?![0-9.／/\-]|[0-9]*%)"
)


def typed_days_written(text: str) -> tuple[str, str]:
    if "\t" in text or "\n" in text:
        return text, ""  # (a book's cells are read as the book's)

    def written(m: re.Match[str]) -> str:
        day = f"{m['y']}年{int(m['m'])}月{int(m['d'])}日"
        if 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            return day + (f"至{int(m['m2'])}月{int(m['d2'])}日" if m["m2"] else "")
        return m.group(0)

    new = _TYPED_DAY.sub(written, text)
    return (new, "日期按公文寫法") if new != text else (text, "")


# a figure the clerk left to fill in (发放分类垃圾桶××个): a marked gap, never ×× printed as if it were a count
_LEFT_BLANK = re.compile(r"(?:××|ＸＸ|XX|xx|＊＊|\*\*|○○|□□)(?=[\u4e00-\u9fff])")


def blanks_marked(text: str) -> tuple[str, str]:
    new = _LEFT_BLANK.sub("【待补】", text)
    return (new, "留空的數字標為待補") if new != text else (text, "")


# a passage copied from a book into the notes (《社区工作实务》第35页：社区是…): what was read, not work done
_EXCERPT = re.compile(
    r"^[ \u3000]*《[^《》]{2,30}》[ \u3000]*(?:第[0-9一二三四五六七八九十百]+[页頁章节節条條])?[ \u3000]*[：:]"
)


def excerpt_dropped(text: str) -> tuple[str, str]:
    return ("", "摘抄的原文不寫入總結") if _EXCERPT.match(text) else (text, "")
