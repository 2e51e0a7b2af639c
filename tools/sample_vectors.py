"""Make the chunk vectors of the bundled samples that the package ships (vectors/<embedder>.npz).

First use then loads them into Chroma instead of embedding 73 chunks (about 10 s on a quiet
two-core machine, a minute on a busy one). Run this after changing a sample or the chunker;
tests/test_sample_vectors.py fails until you do.

    python tools/sample_vectors.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    import numpy as np

    from assistant.config import DEFAULT_EMBEDDER
    from assistant.corpus import bundled_sample_files, chunk_sample, load_sample
    from assistant.embeddings import get_embedder

    chunks = [c for path in bundled_sample_files() for c in chunk_sample(load_sample(path))]
    vectors = np.asarray(get_embedder(DEFAULT_EMBEDDER).embed_documents([c.text for c in chunks]), dtype=np.float32)
    out = REPO / "vectors" / f"{DEFAULT_EMBEDDER}.npz"
    out.parent.mkdir(exist_ok=True)
    np.savez_compressed(out, ids=np.array([c.id for c in chunks]), vectors=vectors)
    print(f"{out.relative_to(REPO)}: {len(chunks)} chunks, {vectors.shape[1]} dimensions")


if __name__ == "__main__":
    main()
