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
