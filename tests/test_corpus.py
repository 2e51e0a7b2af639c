"""The bundled samples, their chunks and what each chunk records."""

from __future__ import annotations

import itertools

import pytest

from assistant.core.entities import extract_entities
from assistant.io.readers import read_source
from assistant.retrieval.corpus import CHUNK_CHARS, bundled_sample_files, chunk_sample, load_sample, split_long

from .conftest import SEED

KINDS = {"社區衛生服務中心", "單位", "街道", "社區", "物業"}


def test_front_matter_of_every_sample() -> None:
    seen = {}
    for path in bundled_sample_files():
        meta = read_source(path).meta
        assert {"id", "title", "source", "kind", "script"} <= set(meta), path
        assert meta["source"] == SEED.name and meta["script"] == "traditional"
        assert meta["kind"] in KINDS
        seen[meta["id"]] = meta["kind"]
    assert seen == {
        "pian1": "社區衛生服務中心",
        "pian2": "單位",
        "pian3": "街道",
        "er": "社區",
        "pian4": "物業",
        "pian5": "社區",
        "pian6": "社區",
    }


def test_samples_are_verbatim_slices_of_the_seed() -> None:
    assert SEED.exists(), f"the seed belongs at {SEED} (../shared/seeds/ beside the repository, as CI has it)"
    seed_lines = SEED.read_text(encoding="utf-8").split("\n")
    for path in bundled_sample_files():
        src = read_source(path)
        first, last = (int(x) for x in str(src.meta["seed_lines"]).split("-"))
        assert src.text.strip("\n").split("\n") == seed_lines[first - 1 : last]
    banner = "靈感範文站"
    assert all(banner not in read_source(p).text for p in bundled_sample_files())


def test_chunks_carry_provenance_and_stay_small() -> None:
    for path in bundled_sample_files():
        sample = load_sample(path)
        chunks = chunk_sample(sample)
        assert chunks, path
        ids = [c.id for c in chunks]
        assert len(set(ids)) == len(ids)
        for order, chunk in enumerate(chunks):
            meta = chunk.metadata
            assert meta["sample"] == sample.id and meta["order"] == order
            assert meta["role"] in {"opening", "work", "problems", "plans", "closing", "other"}
            assert chunk.text.startswith(meta["heading"].split(" > ")[0])
            body = chunk.text.split("\n", 1)[1]
            # one sentence of overlap may push a piece past the target, never far past it
            assert len(body) <= CHUNK_CHARS + 200


def test_chunk_ids_are_stable() -> None:
    path = bundled_sample_files()[0]
    assert [c.id for c in chunk_sample(load_sample(path))] == [c.id for c in chunk_sample(load_sample(path))]


def test_split_long_has_one_sentence_of_overlap() -> None:
    sentences = [f"第{i}句話說的是一件事情，寫得比較長，" + "內容" * 20 + "。" for i in range(10)]
    pieces = split_long("".join(sentences), limit=200)
    assert len(pieces) > 2
    for a, b in itertools.pairwise(pieces):
        last_sentence_of_a = a[a.rstrip("。").rfind("。") + 1 :]
        assert b.startswith(last_sentence_of_a)
    assert "".join(sentences).endswith(pieces[-1][-30:])


def test_sample_entities_and_figures_are_recorded() -> None:
    by_id = {load_sample(p).id: load_sample(p) for p in bundled_sample_files()}
    assert "昌宁宫社区" in by_id["er"].entities
    assert {"天马社区", "宝马路"} <= set(by_id["pian5"].entities)
    assert "17360吨" in by_id["pian5"].figures
    chunk = chunk_sample(by_id["pian5"])[0]
    assert "天马社区" in chunk.metadata["entities"].split("|")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在朝阳街道党工委的领导下，阳光花园小区和新华路", {"朝阳街道", "阳光花园小区", "新华路"}),
        ("由局辦公室刀副主任負責", {"刀副主任"}),
    ],
)
def test_entities(text: str, expected: set[str]) -> None:
    assert expected <= set(extract_entities(text))


@pytest.mark.parametrize("text", ["本社區全體居民", "城中村環境衛生", "各小區物業公司", "我市創建國家衛生城市"])
def test_generic_phrases_are_not_entities(text: str) -> None:
    assert extract_entities(text) == []
