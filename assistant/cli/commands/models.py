"""``zongjie models``: the model providers, their addresses and key variables."""

from __future__ import annotations

from assistant.cli.app import JsonFlag, command
from assistant.cli.ui import print_json, show_records


@command()
def models(as_json: JsonFlag = False) -> None:
    """列出可用的模型提供方、接口地址、密鑰環境變量，以及密鑰是否已設置（不顯示密鑰本身）。"""
    from assistant.backends.llm import IN_PROCESS, iter_providers, key_status

    rows = []
    for p in iter_providers():
        url = p.url()
        where = f"（環境變量 {p.url_env}）" if p.url_overridden() else ""
        rows.append(
            {
                "provider": p.name,
                "label": p.label,
                "base_url": url,
                "base_url_from": where.strip("（）"),
                "key_env": p.key_env or "",
                "key": key_status(p),
                "example": f"{p.name}:{p.example_model}",
            }
        )
    rows.append(
        {
            "provider": IN_PROCESS,
            "label": "llama.cpp（本進程，需 pip install 'zongjie[local]'）",
            "base_url": "",
            "base_url_from": "",
            "key_env": "",
            "key": "不需要",
            "example": f"{IN_PROCESS}:/路徑/模型.gguf",
        }
    )
    if as_json:
        print_json(rows)
        return
    for r in rows:
        if r["base_url_from"]:
            r["base_url"] += f"（{r['base_url_from']}）"
    show_records(
        "模型提供方（--llm 提供方:模型；默認 template 不用模型）",
        [
            ("provider", "提供方"),
            ("label", "說明"),
            ("base_url", "接口地址"),
            ("key_env", "密鑰環境變量"),
            ("key", "密鑰"),
            ("example", "示例"),
        ],
        rows,
        keep=("provider", "label", "base_url", "key_env", "example"),
    )
