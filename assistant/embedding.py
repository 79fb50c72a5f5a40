"""Embedder protocol and the sentence-transformers embedder (bundled multilingual e5 by default)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors. One verb: `embed`."""

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        """`kind` is "query" or "passage": asymmetric models (e5) embed the two differently."""
        ...


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded on first use.

        emb = SentenceTransformerEmbedder("models/multilingual-e5-small", query_prefix="query: ", passage_prefix="passage: ")
        vectors = emb.embed(["Qui a placé SenseTime sur liste noire ?"], kind="query")
    """

    def __init__(self, model: str | Path, query_prefix: str = "", passage_prefix: str = "", batch_size: int = 32):
        if batch_size <= 0:
            raise ValueError(f"batch_size must be greater than 0, got {batch_size}")
        self.model_name = str(model)
        self.prefixes = {"query": query_prefix, "passage": passage_prefix}
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], np.ndarray] = {}

    def warm_up(self) -> None:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from sentence_transformers import SentenceTransformer

                    self._model = SentenceTransformer(self.model_name, device="cpu")

    @property
    def dimension(self) -> int:
        self.warm_up()
        return int(self._model.get_embedding_dimension())

    def embed(self, texts: Sequence[str], kind: str = "passage") -> np.ndarray:
        if kind not in self.prefixes:
            raise ValueError(f"kind must be 'query' or 'passage', got {kind!r}")
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        missing = [t for t in dict.fromkeys(texts) if (kind, t) not in self._cache]
        if missing:
            self.warm_up()
            prefix = self.prefixes[kind]
            with self._lock:  # torch on 2 cores: one encode at a time is faster than two
                vectors = self._model.encode(
                    [prefix + t for t in missing],
                    batch_size=self.batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
            if len(self._cache) > 20_000:
                self._cache.clear()
            for text, vector in zip(missing, vectors):
                self._cache[(kind, text)] = vector.astype(np.float32)
        return np.stack([self._cache[(kind, t)] for t in texts])
