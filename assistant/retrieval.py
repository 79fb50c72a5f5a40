"""Retrievers: dense (Chroma), keyword (BM25 through bm25s), and their reciprocal-rank fusion."""

from __future__ import annotations

import threading
from typing import Callable, Protocol, Sequence

import numpy as np

from assistant.store import ChromaStore
from assistant.text import keyword_tokens
from assistant.types import Chunk, Passage


class Retriever(Protocol):
    """One verb: `retrieve` the passages for a question, best first."""

    def retrieve(self, query: str, k: int) -> list[Passage]: ...


class DenseRetriever:
    """Nearest passages by embedding (multilingual: finds French passages for English questions)."""

    def __init__(self, store: ChromaStore):
        self.store = store

    def retrieve(self, query: str, k: int) -> list[Passage]:
        return [Passage(chunk, score) for chunk, score in self.store.search(query, k)]


class KeywordRetriever:
    """BM25 over the stored passages, with accent-, apostrophe- and case-folded, prefix-stemmed tokens.

    The index is rebuilt lazily whenever the store changed, so it never serves stale passages.
    """

    def __init__(self, chunks: Callable[[], list[Chunk]], generation: Callable[[], int] = lambda: 0):
        self._load_chunks = chunks
        self._generation = generation
        self._built_for: int | None = None
        self._chunks: list[Chunk] = []
        self._bm25 = None
        self._lock = threading.Lock()

    def _ensure_index(self) -> None:
        generation = self._generation()
        if self._built_for == generation:
            return
        with self._lock:
            if self._built_for == generation:
                return
            import bm25s

            chunks = self._load_chunks()
            corpus = [keyword_tokens(f"{c.title} {c.text}") for c in chunks]
            bm25 = None
            if chunks:
                bm25 = bm25s.BM25()
                bm25.index(_to_ids(corpus), show_progress=False)
            self._chunks, self._bm25, self._built_for = chunks, bm25, generation

    def retrieve(self, query: str, k: int) -> list[Passage]:
        self._ensure_index()
        if self._bm25 is None:
            return []
        terms = keyword_tokens(query)
        vocab = self._bm25.vocab_dict
        ids = [vocab[t] for t in terms if t in vocab]
        if not ids:
            return []
        scores = self._bm25.get_scores(ids)
        order = np.argsort(-scores)[: min(k, len(self._chunks))]
        return [Passage(self._chunks[i], float(scores[i])) for i in order if scores[i] > 0]


def _to_ids(corpus: list[list[str]]):
    """bm25s wants a Tokenized(ids, vocab) pair; build it from our own tokens."""
    import bm25s

    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(token, len(vocab)) for token in doc] for doc in corpus]
    return bm25s.tokenization.Tokenized(ids=ids, vocab=vocab)


def reciprocal_rank_fusion(rankings: Sequence[Sequence[Passage]], k: int = 60, weights: Sequence[float] | None = None) -> list[Passage]:
    """Fuse ranked lists: each passage scores sum(weight / (k + rank)); ties keep first-seen order."""
    if k <= 0:
        raise ValueError(f"k must be greater than 0, got {k}")
    weights = list(weights) if weights is not None else [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"need one weight per ranking, got {len(weights)} for {len(rankings)}")
    scores: dict[str, float] = {}
    chunks: dict[str, Chunk] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, passage in enumerate(ranking, start=1):
            scores[passage.chunk.id] = scores.get(passage.chunk.id, 0.0) + weight / (k + rank)
            chunks.setdefault(passage.chunk.id, passage.chunk)
    order = sorted(scores, key=lambda cid: -scores[cid])
    return [Passage(chunks[cid], scores[cid]) for cid in order]


class HybridRetriever:
    """Dense and keyword retrieval fused by reciprocal rank.

        retriever = HybridRetriever(DenseRetriever(store), KeywordRetriever(store.all_chunks))
        passages = retriever.retrieve("Who made that decision?", k=5)
    """

    def __init__(self, dense: Retriever, keyword: Retriever, candidates: int = 20, rrf_k: int = 60, weights: tuple[float, float] = (1.0, 1.0)):
        if candidates <= 0:
            raise ValueError(f"candidates must be greater than 0, got {candidates}")
        self.dense, self.keyword = dense, keyword
        self.candidates, self.rrf_k, self.weights = candidates, rrf_k, weights

    def retrieve(self, query: str, k: int) -> list[Passage]:
        n = max(k, self.candidates)
        fused = reciprocal_rank_fusion(
            [self.dense.retrieve(query, n), self.keyword.retrieve(query, n)], k=self.rrf_k, weights=self.weights
        )
        return fused[:k]
