"""The CLI's output on the examples, the held-out facts, the real texts and the test materials,
compared byte for byte with what was recorded (``tests/behaviour/``).

This is a guard for refactoring, not a golden: it says *that* output changed, and the diff of
the recorded files says *how*. A commit that changes the output on purpose records again with
``python -m tests.test_behaviour`` and the diff of ``tests/behaviour/`` is part of its review.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RECORDED = REPO / "tests" / "behaviour"
DATE = "2026-11-29"

FACTS = sorted((REPO / "examples" / "facts").iterdir()) + sorted(
    p for p in (REPO / "tests" / "data" / "facts").iterdir() if p.suffix in (".yaml", ".json", ".toml")
)
TEXTS = sorted(
    p
    for folder in ("real", "real_heldout")
    for p in (REPO / "tests" / "data" / folder).iterdir()
    if p.suffix in (".txt", ".md")
)


def cases() -> Iterator[tuple[str, list[str]]]:
    """(name of the recorded file, the command's arguments); {out} is a temporary folder."""
    for facts in FACTS:
        rel = facts.relative_to(REPO).as_posix()
        yield f"draft-json-{facts.stem}", ["draft", "--facts", rel, "--json", "--date", DATE]
        yield f"draft-md-{facts.stem}", ["draft", "--facts", rel, "-o", "{out}/d.md", "--date", DATE]
        yield f"facts-check-{facts.stem}", ["facts", "check", rel, "--json"]
    for facts in sorted((REPO / "examples" / "facts").iterdir()):
        rel = facts.relative_to(REPO).as_posix()
        yield f"draft-txt-{facts.stem}", ["draft", "--facts", rel, "-o", "{out}/d.txt", "--date", DATE]
        yield f"draft-human-{facts.stem}", ["draft", "--facts", rel, "--date", DATE]
        yield f"draft-docx-{facts.stem}", ["draft", "--facts", rel, "-o", "{out}/d.docx", "--date", DATE]
    for text in TEXTS:
        rel = text.relative_to(REPO).as_posix()
        name = f"{text.parent.name}-{text.stem}"
        yield f"check-json-{name}", ["check", rel, "--format", "json"]
        yield f"check-fix-{name}", ["check", rel, "--fix", "--dry-run"]
    yield "check-human-real01", ["check", "tests/data/real/01_headless_nanhu_annual.txt"]
    yield "extract-json", ["facts", "extract", "tests/data/materials", "--json", "--no-samples"]
    yield "extract-yaml", ["facts", "extract", "tests/data/materials", "--no-samples"]
    yield "search-json", ["search", "宣傳發動", "--json"]
    yield "models-json", ["models", "--json"]
    for command in (["draft"], ["check"], ["chat"], ["ingest"], ["search"], ["facts", "extract"]):
        yield "help-" + "-".join(command), [*command, "--help"]


CASES = dict(cases())


def run_case(args: list[str], out: Path) -> str:
    """Exit code, screen output and any written file, with the temporary folder's path masked."""
    from typer.testing import CliRunner

    from assistant.cli.main import app

    args = [a.replace("{out}", str(out)) for a in args]
    result = CliRunner().invoke(app, args, terminal_width=100)
    text = f"exit {result.exit_code}\n{result.output}"
    for written in sorted(out.iterdir()):
        text += f"\n==> {written.name}\n{_contents(written)}"
        written.unlink()
    text = re.sub(r'("timings": \{)[^}]*\}', r"\1…}", text)  # seconds differ run to run
    return re.sub(re.escape(str(out)), "{out}", text)


def _contents(path: Path) -> str:
    """A text file as it is; a .docx as its parts, without the zip's and the core properties' times."""
    if path.suffix != ".docx":
        return path.read_text(encoding="utf-8")
    import hashlib
    import zipfile

    with zipfile.ZipFile(path) as zf:
        parts = [
            (n, zf.read(n).decode("utf-8") if n.endswith((".xml", ".rels")) else hashlib.sha256(zf.read(n)).hexdigest())
            for n in sorted(zf.namelist())
        ]
    return "\n".join(
        f"--> {n}\n" + re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*", r"\1", body) for n, body in parts
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_output_is_as_recorded(name: str, index_copy: Path, tmp_path: Path) -> None:
    recorded = RECORDED / f"{name}.txt"
    assert recorded.exists(), f"no recording for {name}: python -m tests.test_behaviour"
    assert run_case(CASES[name], tmp_path) == recorded.read_bytes().decode("utf-8")


def record(names: list[str]) -> None:  # pragma: no cover - a maintainer's tool
    import os
    import shutil
    import tempfile

    from assistant.retrieval.corpus import bundled_sample_files
    from assistant.retrieval.index import Index
    from assistant.retrieval.ingest import ingest

    os.environ.setdefault("COLUMNS", "160")
    os.environ["ZONGJIE_UI_SCRIPT"] = "traditional"  # as tests/conftest.py sets it for every test
    with tempfile.TemporaryDirectory() as home:
        os.environ["ZONGJIE_HOME"] = home
        ingest(Index(Path(home) / "index"), bundled_sample_files())
        RECORDED.mkdir(exist_ok=True)
        for name in names or sorted(CASES):
            with tempfile.TemporaryDirectory() as out:
                (RECORDED / f"{name}.txt").write_bytes(run_case(CASES[name], Path(out)).encode("utf-8"))
        shutil.rmtree(Path(home) / "index", ignore_errors=True)
    print(json.dumps({"recorded": len(names or CASES)}))


if __name__ == "__main__":  # pragma: no cover
    record(sys.argv[1:])
