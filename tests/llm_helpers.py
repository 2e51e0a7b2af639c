"""Helpers for the model tests: a scriptable mock backend (LangChain's fake chat model) and a
stand-in answerer that writes a valid section from the facts block of a prompt."""

from __future__ import annotations

import re
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.backends.llm import Backend, LLMSpec, Redactor


class Recorder(BaseCallbackHandler):
    """Keeps the messages each model call received."""

    def __init__(self) -> None:
        self.calls: list[list[Any]] = []

    def on_chat_model_start(self, serialized: Any, messages: list[list[Any]], **kwargs: Any) -> None:
        self.calls.extend(messages)


class MockLLM:
    """What the autouse fixture registers as ``--llm mock:…``: scripted answers, recorded prompts."""

    def __init__(self) -> None:
        self.responses: list[str] = []
        self.recorder = Recorder()

    def backend(self, spec: LLMSpec, timeout: float) -> Backend:
        model = FakeListChatModel(responses=self.responses or [""], callbacks=[self.recorder])
        return Backend(spec, model, "mock://", None, Redactor([]), 256)


def facts_block(prompt: str) -> list[str]:
    m = re.search(r"<<<事实开始>>>\n(.*?)\n<<<事实结束>>>", prompt, re.S)
    return m.group(1).split("\n") if m else []


def good_answer(prompt: str) -> str:
    """A section that passes validation, written only from the facts block of ``prompt``."""
    lines = facts_block(prompt)
    fields = dict(line.split("：", 1) for line in lines if "：" in line and not line.startswith("- "))
    items = [line[2:].rstrip("。") for line in lines if line.startswith("- ")]
    if "写开头一段" in prompt:
        superiors = fields.get("上级", "上级部门")
        return (
            f"{fields.get('时段', '')}，{fields.get('单位', '')}在{superiors}的指导下，围绕{fields.get('主题', '')}任务，"
            "统筹安排，逐项推进各项工作。现将有关工作总结如下："
        )
    if "写结尾一段" in prompt:
        return f"总之，{fields.get('单位', '我们')}将继续巩固已有成果，查找薄弱环节，把各项工作做细做实。"
    if "逐条编号" in prompt:
        marker = "（一）" if "（一）……" in prompt else "1、"
        numbers = ["一", "二", "三", "四", "五"] if marker == "（一）" else ["1", "2", "3", "4", "5"]
        head = "对照要求，我们认真梳理了工作中的情况，具体如下："
        fmt = "（{}）{}。" if marker == "（一）" else "{}、{}。"
        return "\n".join([head] + [fmt.format(numbers[i], item) for i, item in enumerate(items)])
    body = "；".join(f"{'一二三四五六七八九'[i]}是{item}" for i, item in enumerate(items))
    return f"在这方面，我们明确分工、压实责任，认真组织实施。{body}。通过这些举措，推动任务落到实处。"
