"""Make what the package ships for the bundled samples, so that first use computes nothing:

- ``vectors/samples.json``: every chunk (id, text, metadata with its BM25 tokens) and jieba's
  frequency of each token (chunking, entity extraction and tokenising need jieba's whole
  dictionary, seconds on a busy machine);
- ``vectors/<embedder>.npz``: the chunks' vectors for the default embedder.

Run this after changing a sample, the chunker, the entity rules or the tokenizer;
tests/test_speed_paths.py fails until you do.

    python tools/sample_vectors.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    import numpy as np

    from assistant.core.config import DEFAULT_EMBEDDER
    from assistant.core.tokenize import tokens, word_frequencies
    from assistant.retrieval.corpus import bundled_sample_files, chunk_sample, load_sample
    from assistant.retrieval.embeddings import get_embedder

    chunks = [c for path in bundled_sample_files() for c in chunk_sample(load_sample(path))]
    for chunk in chunks:
        chunk.metadata["tokens"] = " ".join(tokens(chunk.text))
    words = {w for c in chunks for w in c.metadata["tokens"].split()}
    out = REPO / "vectors"
    out.mkdir(exist_ok=True)
    data = {"chunks": [[c.id, c.text, c.metadata] for c in chunks], "frequencies": word_frequencies(words)}
    (out / "samples.json").write_text(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    vectors = np.asarray(get_embedder(DEFAULT_EMBEDDER).embed_documents([c.text for c in chunks]), dtype=np.float32)
    np.savez_compressed(out / f"{DEFAULT_EMBEDDER}.npz", ids=np.array([c.id for c in chunks]), vectors=vectors)
    print(f"vectors/: {len(chunks)} chunks, {len(words)} words, {vectors.shape[1]} dimensions")


if __name__ == "__main__":
    main()
