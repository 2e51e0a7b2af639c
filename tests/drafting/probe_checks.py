"""The plain-data check the hostile passes wrote for each probe (has / lacks / any_of / items_are), read
once for every pass that writes it so."""

from __future__ import annotations

from typing import Any


def holds(check: dict[str, Any], out: Any) -> bool:
    """Whether a probe's output (a text, or a list of items) passes its check."""
    text = "\n".join(str(a) for a in out) if isinstance(out, list) else "" if out is None else str(out)
    return (
        all(s in text for s in check.get("has", []))
        and not any(s in text for s in check.get("lacks", []))
        and ("any_of" not in check or any(s in text for s in check["any_of"]))
        and ("items_are" not in check or [a for a in (out or []) if a] == check["items_are"])
        and ("equals" not in check or text == check["equals"])
        and not text.startswith(tuple(check.get("starts_not", [])))
    )
