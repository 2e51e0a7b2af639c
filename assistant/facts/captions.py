"""A photo's caption pasted as an item (图1：9月9日，志愿者为高龄老人送去慰问品。（摄影：李明）): what the photo
shows is the work; the figure's number, who took it and when it was taken are the album's, and a
photographer is staff a public summary does not name. A scene (…培训现场) is the activity itself."""

from __future__ import annotations

import re

from assistant.core.text import fold

# 图1： / 图 2. / 照片3、 / 附图1 (not 图书, 图纸: a number follows at once)
_LABEL = re.compile(
    r"^[ \u3000]*(?:图|圖|照片|附图|附圖|图片|圖片)[ \u3000]*[0-9]{1,2}[ \u3000]*(?:[：:、．.]|[ \u3000]+)[ \u3000]*"
)
# （摄影：李明）, 摄影/时间：王芳 2026.8.3, 供图：社区, 拍摄：张伟 9月3日 — at the caption's end
_CREDIT = re.compile(
    r"[ \u3000]*[（(]?[ \u3000]*(?:摄影|攝影|拍摄|拍攝|摄|攝|供图|供圖|图片来源|圖片來源|图/文|圖/文)"
    r"(?:[/／](?:时间|時間|日期))?[ \u3000]*[：:][^（）()。；;]{1,30}?[）)]?[。.]?[ \u3000]*$"
)
# 8月3日“银龄课堂”智能手机培训现场，23名老人参加: the training (not 处置现场, 到达现场, 现场会)
_SCENE = re.compile(r"(?<=[\u4e00-\u9fff”》])(?:活动)?现场(?=[，,。；;]|$)")
_SEEN_AT = re.compile(r"(?:到达|赶赴|赶到|处置|勘查|清理|保护|封锁|在|于|赴|进入|离开|施工|事故)(?:活动)?现场")


def caption_stripped(text: str) -> tuple[str, str]:
    """``text`` without a photo caption's number and credit, and why (or the text as it was and "")."""
    label = _LABEL.match(text)
    if label is None:
        return text, ""
    new = text[label.end() :]
    new = _CREDIT.sub("", new).rstrip(" \u3000，,；;")
    folded = fold(new)
    scene = _SCENE.search(folded)
    if scene and not _SEEN_AT.search(folded[max(0, scene.start() - 4) : scene.end()]):
        before = new[: scene.start()]
        dated = re.match(r"^[0-9]{1,2}月[0-9]{1,2}日[，, ]?", before)
        at = dated.end() if dated else 0
        verbed = re.match(r"(?:开展|组织|举办|召开|举行|进行)", fold(before[at:]))
        new = before[:at] + ("" if verbed else "开展") + before[at:] + new[scene.end() :]
    return (new, "照片說明的圖號和攝影署名未寫入") if new and new != text else (text, "")
