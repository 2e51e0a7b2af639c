"""The example index: the corpus chunked by section, embeddings, Chroma and BM25 side by
side, hybrid search, and what the samples name (for the leak check). May import ``core``,
``backends``, ``io``, ``summary``, ``facts`` and ``checking``."""
