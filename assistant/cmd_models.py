"""``zongjie models``: the model providers, their addresses and key variables."""

from __future__ import annotations

from .app import JsonFlag, app, handle_errors
from .ui import console, print_json


@app.command()
@handle_errors
def models(as_json: JsonFlag = False) -> None:
    """列出可用的模型提供方、接口地址、密鑰環境變量，以及密鑰是否已設置（不顯示密鑰本身）。"""
    from .llm import IN_PROCESS, iter_providers, key_status

    rows = [
        {
            "provider": p.name,
            "label": p.label,
            "base_url": p.base_url,
            "key_env": p.key_env or "",
            "key": key_status(p),
            "example": f"{p.name}:{p.example_model}",
        }
        for p in iter_providers()
    ]
    rows.append(
        {
            "provider": IN_PROCESS,
            "label": "llama.cpp（本進程，需 pip install 'zongjie[local]'）",
            "base_url": "",
            "key_env": "",
            "key": "不需要",
            "example": f"{IN_PROCESS}:/路徑/模型.gguf",
        }
    )
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table(title="模型提供方（--llm 提供方:模型；默認 template 不用模型）", title_justify="left")
    for column in ("提供方", "說明", "接口地址", "密鑰環境變量", "密鑰", "示例"):
        table.add_column(column)
    for r in rows:
        table.add_row(r["provider"], r["label"], r["base_url"], r["key_env"], r["key"], r["example"])
    console.print(table)
