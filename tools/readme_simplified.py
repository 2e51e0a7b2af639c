"""Write README.zh-Hans.md, the Simplified edition of README.md (OpenCC t2s, mainland wording).

README.md stays the one the tests and CI read the commands from; tests/test_readme_editions.py
fails when the two drift apart. Run after editing README.md:

    python tools/readme_simplified.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

NOTE = "<!-- 本文件由 tools/readme_simplified.py 从 README.md 生成，请改 README.md 后重新生成。 -->\n"


def simplified_edition(text: str) -> str:
    from assistant.core.script import convert

    return NOTE + convert(text, "simplified")


if __name__ == "__main__":
    source = (REPO / "README.md").read_text(encoding="utf-8")
    (REPO / "README.zh-Hans.md").write_text(simplified_edition(source), encoding="utf-8")
    print("README.zh-Hans.md written", file=sys.stderr)
