"""With a model (``--llm``): categories proposed and item wording tidied, checked against each item.

The model sees the work items as delimited data and answers one line per item (``编号|类别|条目``).
A new wording is kept only when its figures are exactly the item's, by canonical key (no figure
added, none dropped: the rule drafting follows) and it is Chinese of a sane length; a category only
when it is one the vocabulary or the materials know, and only for items the materials did not
name a category for. Anything else, and any failure of the model, leaves the deterministic item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.errors import BackendError
from assistant.core.numbers import LABEL_KINDS, compare, find_figures
from assistant.core.prompts import render_file
from assistant.core.script import convert
from assistant.core.text import CJK
from assistant.facts.categories import OTHER, vocabulary

if TYPE_CHECKING:
    from assistant.backends.llm import Backend
    from assistant.extract.model import ExtractedItem, Extraction

BATCH = 20  # items per request: short prompts suit small local models
_LINE = re.compile(r"^\s*(\d+)\s*[|｜]\s*([^|｜]*?)\s*[|｜]\s*(.+?)\s*$")
_WEAK = ("vocabulary", "samples", "other")  # categories the materials themselves did not give


@dataclass
class TidyReport:
    items: int = 0
    worded: int = 0
    categorized: int = 0
    rejected: list[str] = field(default_factory=list)
    failed: str = ""

    def summary(self) -> str:
        text = f"模型整理：{self.items} 條中改寫措辭 {self.worded} 條、調整類別 {self.categorized} 條"
        if self.rejected:
            text += f"，{len(self.rejected)} 條改寫沒有通過數字核對，保留原句"
        if self.failed:
            text += f"；模型調用失敗（{self.failed}），其餘保留原樣"
        return text + "。"


def wording_problems(new: str, old: str) -> list[str]:
    """Why ``new`` cannot replace ``old`` (empty: it can)."""
    if not new.strip():
        return ["沒有內容"]
    problems: list[str] = []
    unsupported, missing = compare(new, old)
    if unsupported:
        problems.append("多了原句沒有的數字：" + "、".join(f.text for f in unsupported))
    if missing:
        problems.append("漏了原句的數字：" + "、".join(f.text for f in missing))
    new_labels = {f.key for f in find_figures(new) if f.kind in LABEL_KINDS}
    lost = [f.text for f in find_figures(old) if f.kind in LABEL_KINDS and f.key not in new_labels]
    if lost:
        problems.append("漏了日期、時間或地點編號：" + "、".join(lost))
    visible = re.sub(r"\s", "", new)
    if len(CJK.findall(visible)) < 0.5 * len(visible) or "<<<" in new or ">>>" in new:
        problems.append("不是中文句子")
    if len(new) > 2 * len(old) + 10 or len(new) < 0.4 * len(old):
        problems.append("長度不合理")
    return problems


def _prompt(batch: list[ExtractedItem], categories: list[str], prompts: Path | None) -> list[Any]:
    from langchain_core.messages import HumanMessage, SystemMessage

    listed = "\n".join(
        f"{n}|{item.category}|{item.text.replace('<<<', '').replace('>>>', '')}" for n, item in enumerate(batch, 1)
    )
    user = render_file("extract_tidy.txt", {"categories": "、".join(categories), "items": listed}, prompts)
    system = "你是社区工作人员的助手，负责整理工作台账。只按要求的格式输出。"
    return [SystemMessage(content=system), HumanMessage(content=user)]


def tidy(extraction: Extraction, backend: Backend, prompts: Path | None = None) -> TidyReport:
    """Let the model propose categories and wording for the work items; keep what checks out."""
    script = extraction.script
    work = [i for i in extraction.items if i.section == "work" and not i.computed]
    known = [convert(c.name, script) for c in vocabulary()]
    categories = list(dict.fromkeys([*known, *(i.category for i in work), convert(OTHER, script)]))
    report = TidyReport(items=len(work))
    for start in range(0, len(work), BATCH):
        batch = work[start : start + BATCH]
        try:
            answer = backend.stream(_prompt(batch, categories, prompts))
        except BackendError as exc:
            report.failed = exc.message
            break
        for line in answer.splitlines():
            m = _LINE.match(line)
            if not m or not 1 <= int(m.group(1)) <= len(batch):
                continue
            item = batch[int(m.group(1)) - 1]
            category, text = convert(m.group(2), script), m.group(3).rstrip("。")
            if category in categories and category != item.category and item.category_by in _WEAK:
                item.category, item.category_by = category, "model"
                report.categorized += 1
            if text == item.text:
                continue
            problems = wording_problems(text, item.text)
            if problems:
                report.rejected.append(f"{item.text}：{'；'.join(problems)}")
            else:
                item.original, item.text = item.text, text
                report.worded += 1
    return report
