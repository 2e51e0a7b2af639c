"""Another hand's hostile probes, kept as the hand wrote them (tests/data/hostileNN_probes.py), loaded as a module."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_probes(name: str) -> ModuleType:
    """tests/data/<name>.py as a module: its probes and, where the hand wrote them, its runner and judge."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent.parent / "data" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
