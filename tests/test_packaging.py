"""An installed (non-editable) copy finds its bundled samples, prompts and sample vectors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_non_editable_install_ships_samples_prompts_and_vectors(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(REPO)],
        check=True,
        capture_output=True,
    )
    code = (
        "import assistant, assistant.core.config as c\n"
        "print(assistant.__file__)\n"
        "print(c.samples_dir())\n"
        "print(len([p for p in c.samples_dir().iterdir() if p.suffix == '.txt']))\n"
        "print(c.prompts_dir().is_dir())\n"
        "print(c.vectors_dir(), (c.vectors_dir() / 'e5-small.npz').is_file())\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    module, samples, count, prompts, vectors = out[:5]
    assert module.startswith(str(target))
    assert samples.startswith(str(target)) and samples.endswith("_data/samples")
    assert count == "7" and prompts == "True"
    assert vectors.startswith(str(target)) and vectors.endswith("_data/vectors True")  # first use embeds nothing
