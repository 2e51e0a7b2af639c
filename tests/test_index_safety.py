"""The index under a hostile user or bad luck: readers beside a writer, a damaged store, a
rebuild that keeps the user's files, the office's own summaries, and unbounded input."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.core.errors import ZongjieError
from assistant.core.locks import IndexBusyError, index_lock
from assistant.core.script import to_simplified
from assistant.retrieval.index import Index
from assistant.retrieval.ingest import ingest

from .test_index import SUMMARY

runner = CliRunner()
OWN_NAME = "東湖街道"  # a name the office's own summary uses and no bundled sample does
OWN = SUMMARY.replace("在街道黨工委的領導下", f"在{OWN_NAME}黨工委的領導下").replace(
    "。\n\n二、", "，新華路兩側全部清掃。\n\n二、"
)


def _ok(result: object) -> None:
    output = getattr(result, "output", "")
    assert "Traceback" not in output and "內部錯誤" not in output, output


def _mine(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.md"
    path.write_text(OWN, encoding="utf-8")
    return path


def _sources(index_dir: Path) -> set[str]:
    return {m["sample"] for _, _, m in Index(index_dir).snapshot().docs}


# ---------------------------------------------------------------- readers and a writer
def test_readers_use_the_last_snapshot_while_a_writer_holds_the_index(index_copy: Path, tmp_path: Path) -> None:
    index = Index(index_copy)
    with index_lock(index.lock_path, exclusive=True):
        index.mark_dirty()  # a write is under way
        result = runner.invoke(app, ["search", "滅鼠", "--json", "-k", "2"])
        _ok(result)
        assert result.exit_code == 0 and len(json.loads(result.stdout)) == 2


def test_a_reader_with_no_snapshot_waits_then_says_why(
    index_copy: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    index = Index(index_copy)
    monkeypatch.setenv("ZONGJIE_LOCK_TIMEOUT", "0.3")
    (index.cache_dir() / "snapshot" / "current.json").unlink()
    with index_lock(index.lock_path, exclusive=True):
        result = runner.invoke(app, ["search", "滅鼠"])
    _ok(result)
    assert result.exit_code == 1 and "正在被另一個命令使用" in result.output and "ZONGJIE_LOCK_TIMEOUT" in result.output
    with pytest.raises(IndexBusyError), index_lock(index.lock_path, exclusive=True):
        ingest(Index(index_copy), [_mine(tmp_path)])  # flock does not nest across descriptors


@pytest.mark.parametrize("command", [["ingest", "--rebuild"], ["ingest", "PATHS"]])
def test_searches_and_checks_during_an_ingest_all_succeed(
    index_copy: Path, zongjie_home: Path, tmp_path: Path, command: list[str]
) -> None:
    own = tmp_path / "own"
    for n in range(4):
        (own / f"{n}").mkdir(parents=True)
        (own / f"{n}" / "a.md").write_text(SUMMARY.replace("id: mine", f"id: mine{n}"), encoding="utf-8")
    argv = [sys.executable, "-m", "assistant", *[str(own) if a == "PATHS" else a for a in command], "--json"]
    env = {**os.environ, "ZONGJIE_HOME": str(zongjie_home)}
    draft = tmp_path / "d.md"
    draft.write_text(SUMMARY, encoding="utf-8")
    writer = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    readers = []
    for n in range(12):  # bounded: a dozen readers while the writer runs
        reader = ["search", "滅鼠", "--json"] if n % 2 else ["check", str(draft), "--format", "json"]
        readers.append(
            subprocess.run(
                [sys.executable, "-m", "assistant", *reader], env=env, capture_output=True, text=True, timeout=300
            )
        )
        if writer.poll() is not None:
            break
    out, err = writer.communicate(timeout=600)
    assert writer.returncode == 0, err
    for proc in readers:
        assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr and "內部錯誤" not in proc.stderr, (
            proc.stderr
        )
        assert proc.stdout.strip(), (proc.args, proc.returncode, proc.stderr)
        assert json.loads(proc.stdout)
    assert json.loads(out)["files"]


def test_two_first_uses_at_once_build_one_index(zongjie_home: Path) -> None:
    env = {**os.environ, "ZONGJIE_HOME": str(zongjie_home)}
    argv = [sys.executable, "-m", "assistant", "search", "滅鼠", "--json", "-k", "2"]
    procs = [
        subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0 and "Traceback" not in err, err
        assert len(json.loads(out)) == 2
    assert Index().count() == len(Index().snapshot().docs) > 50


# ---------------------------------------------------------------- a damaged store
def _damage(path: Path, how: str) -> None:
    db = path / "chroma.sqlite3"
    rng = random.Random(how)
    if how == "random":
        db.write_bytes(rng.randbytes(200_000))
    elif how == "truncated":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    elif how == "empty":
        db.write_bytes(b"")
    elif how == "header":
        data = bytearray(db.read_bytes())
        data[:100] = rng.randbytes(100)
        db.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["random", "truncated", "empty", "header"])
def test_a_damaged_store_names_rebuild_and_rebuild_recovers(index_copy: Path, tmp_path: Path, how: str) -> None:
    mine = _mine(tmp_path / "own")
    assert runner.invoke(app, ["ingest", str(mine)]).exit_code == 0
    _damage(index_copy, how)
    write = runner.invoke(app, ["ingest", str(mine)])
    _ok(write)
    if write.exit_code != 0:  # sqlite may still open a truncated or emptied file
        assert write.exit_code == 1 and "--rebuild" in write.output
    rebuilt = runner.invoke(app, ["ingest", "--rebuild", "--json"])
    _ok(rebuilt)
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "mine" in _sources(index_copy)  # the user's own summary came back
    check = runner.invoke(app, ["check", str(mine), "--format", "json"])
    _ok(check)
    assert check.exit_code in (0, 1)
    assert ingest(Index(index_copy), [mine]).files[0].status == "unchanged"  # chromadb opens it again


@pytest.mark.parametrize("part", ["docs.json", "vectors.npy", "bm25.npz", "vocab.json", "../current.json"])
def test_a_damaged_snapshot_is_made_again_from_the_store(index_copy: Path, part: str) -> None:
    index = Index(index_copy)
    folder = index.snapshot().folder
    assert folder is not None
    (folder / part).write_bytes(os.urandom(300))
    result = runner.invoke(app, ["search", "滅鼠", "--json", "-k", "2"])
    _ok(result)
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 2
    assert Index(index_copy).snapshot().docs == index.snapshot().docs


def test_a_damaged_store_without_snapshot_is_an_error_not_an_empty_index(index_copy: Path) -> None:
    _damage(index_copy, "random")
    index = Index(index_copy)
    (index.cache_dir() / "snapshot" / "current.json").unlink()
    before = (index_copy / "chroma.sqlite3").read_bytes()
    result = runner.invoke(app, ["search", "滅鼠"])
    _ok(result)
    assert result.exit_code == 1 and "--rebuild" in result.output
    assert (index_copy / "chroma.sqlite3").read_bytes() == before  # nothing re-ingested over it


def test_a_server_that_is_down_is_never_an_empty_index() -> None:
    from .servers import free_port

    index = Index(url=f"http://127.0.0.1:{free_port()}")
    for call in (index.count, index.snapshot, lambda: index.embedder_name):
        with pytest.raises(ZongjieError, match="Chroma 服務器"):
            call()


# ---------------------------------------------------------------- rebuilding keeps the user's files
def test_rebuild_rereads_the_users_files_and_keeps_those_that_are_gone(index_copy: Path, tmp_path: Path) -> None:
    kept, gone = _mine(tmp_path / "a"), _mine(tmp_path / "b")
    gone.write_text(SUMMARY.replace("id: mine", "id: gone"), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(kept), str(gone), "--reference"]).exit_code == 0
    gone.unlink()
    before = Index(index_copy).count()
    result = runner.invoke(app, ["ingest", "--rebuild"])
    _ok(result)
    assert result.exit_code == 0
    assert {"mine", "gone"} <= _sources(index_copy) and Index(index_copy).count() == before
    assert Index(index_copy).sources()[str(kept.resolve())] is True  # still a reference


@pytest.mark.parametrize("embedder", ["st:/no/such/model", "st:", "e5-large", "st:no_such_package_xyz"])
def test_rebuild_with_an_unusable_embedder_changes_nothing(index_copy: Path, tmp_path: Path, embedder: str) -> None:
    assert runner.invoke(app, ["ingest", str(_mine(tmp_path))]).exit_code == 0
    files = sorted(p.relative_to(index_copy) for p in index_copy.rglob("*"))
    count = Index(index_copy).count()
    result = runner.invoke(app, ["ingest", "--rebuild", "--embedder", embedder])
    _ok(result)
    assert result.exit_code == 2 and "模型" in result.output and "索引沒有改動" in result.output
    assert sorted(p.relative_to(index_copy) for p in index_copy.rglob("*")) == files
    assert Index(index_copy).count() == count and "mine" in _sources(index_copy)


# ---------------------------------------------------------------- the office's own summaries
def _leaks(draft: Path) -> list[str]:
    result = runner.invoke(app, ["check", str(draft), "--format", "json"])
    _ok(result)
    return [f["message"] for f in json.loads(result.stdout)["findings"] if f["rule"] == "sample-leak"]


@pytest.mark.parametrize("name", [OWN_NAME, "东湖街道", "新華路"])
def test_the_offices_own_names_are_not_copying_unless_marked_reference(
    index_copy: Path, tmp_path: Path, name: str
) -> None:
    mine = _mine(tmp_path / "own")
    draft = tmp_path / "draft.md"
    body = OWN.split("---\n", 2)[2]  # the summary itself, as a draft would reuse its names
    draft.write_text(body.replace(OWN_NAME, name) if "街道" in name else body, encoding="utf-8")
    stem = name[:2]

    def named() -> list[str]:
        return [m for m in _leaks(draft) if stem in m or to_simplified(stem) in m]

    assert runner.invoke(app, ["ingest", str(mine.parent)]).exit_code == 0
    assert named() == []
    assert runner.invoke(app, ["ingest", str(mine), "--reference"]).exit_code == 0
    assert named()
    assert runner.invoke(app, ["ingest", str(mine)]).exit_code == 0  # and back
    assert named() == []


# ---------------------------------------------------------------- bad options and unbounded input
@pytest.mark.parametrize("kind", ["医院", "醫院", "school", "社", "物業 "])
def test_an_unknown_kind_is_an_input_error_listing_the_kinds(index_copy: Path, kind: str) -> None:
    result = runner.invoke(app, ["search", "宣傳", "--kind", kind])
    _ok(result)
    assert result.exit_code == 2 and "--kind" in result.output and "物業" in result.output


@pytest.mark.parametrize("size", [1001, 40_000, 200_000])
def test_a_huge_query_is_cut_with_a_message(index_copy: Path, size: int) -> None:
    query = ("滅鼠投放鼠藥清理衛生死角" * (size // 12 + 1))[:size]
    result = runner.invoke(app, ["search", query, "--json", "-k", "3"])
    _ok(result)
    assert result.exit_code == 0 and "只用前 1000 字" in result.stderr
    assert len(json.loads(result.stdout)) == 3


@pytest.mark.parametrize("chars", [60_001, 350_000])
def test_an_oversized_file_is_refused_by_name_and_the_rest_ingested(
    index_copy: Path, tmp_path: Path, chars: int
) -> None:
    big = tmp_path / "big.txt"
    body = "本社區開展環境衛生整治，清理垃圾。" * (chars // 17 + 1)
    big.write_text(("某社區工作總結\n\n現將工作總結如下：\n\n一、主要工作\n\n" + body)[:chars], encoding="utf-8")
    mine = _mine(tmp_path / "own")
    result = runner.invoke(app, ["ingest", str(big), str(mine), "--json"])
    _ok(result)
    assert result.exit_code == 0 and "big.txt" in result.output and "上限" in result.output
    assert "mine" in _sources(index_copy)
    alone = runner.invoke(app, ["ingest", str(big)])
    assert alone.exit_code == 2 and "big.txt" in alone.output


def test_a_search_whose_snapshot_an_ingest_replaced_still_tokenizes(tmp_path: Path) -> None:
    """CI once caught 「讀寫文件時出錯（路徑不存在）：…/snapshot/…/vocabulary.txt」 from a search run during an
    ingest: the snapshot was read, then replaced and removed before its query dictionary was. The words
    are in memory; the search tokenizes with them."""
    from types import SimpleNamespace

    from assistant.retrieval.search import Retriever

    gone = SimpleNamespace(snapshot=SimpleNamespace(folder=tmp_path / "replaced", vocab=["灭鼠", "宣传", "病媒"]))
    assert "灭鼠" in Retriever._tokens(gone, "开展灭鼠宣传")  # type: ignore[arg-type]
