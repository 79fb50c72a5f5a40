"""Retrievers: dense (Chroma), keyword (BM25 through bm25s), and their reciprocal-rank fusion."""

from __future__ import annotations

import threading
from typing import Callable, Protocol, Sequence

import numpy as np

from assistant.store import ChromaStore
from assistant.lexicon import equivalents, phrases_in
from assistant.text import STOPWORDS, fold, keyword_tokens, spelled_names, words
from assistant.types import Chunk, Passage


class Retriever(Protocol):
    """One verb: `retrieve` the passages for a question, best first."""

    def retrieve(self, query: str, k: int) -> list[Passage]: ...


class DenseRetriever:
    """Nearest passages by embedding (multilingual: finds French passages for English questions).

    A multilingual model scores a question higher against passages in its own language, whatever
    they say. With `balance_languages`, each language is searched apart and its scores are
    centred on the mean of its own top results, so a French passage that answers an English
    question is not outranked by English passages that merely share its language.
    """

    def __init__(self, store: ChromaStore, balance_languages: bool = True, reference: int = 50):
        self.store = store
        self.balance_languages = balance_languages
        self.reference = reference
        self._languages: tuple[int, dict[str, int]] | None = None

    def _language_counts(self) -> dict[str, int]:
        if self._languages is None or self._languages[0] != self.store.generation:
            self._languages = (self.store.generation, self.store.languages())
        return self._languages[1]

    def retrieve(self, query: str, k: int) -> list[Passage]:
        languages = self._language_counts() if self.balance_languages else {}
        if len(languages) < 2:
            return [Passage(chunk, score) for chunk, score in self.store.search(query, k)]
        reference = max(1, min(self.reference, *languages.values()))
        per_language = max(k, reference)
        scored: list[Passage] = []
        for lang in languages:  # each language has its own collection: a plain nearest-neighbour query each
            hits = self.store.search(query, per_language, lang=lang)
            if not hits:
                continue
            centre = sum(score for _, score in hits[:reference]) / min(reference, len(hits))
            scored.extend(Passage(chunk, score - centre) for chunk, score in hits)
        return sorted(scored, key=lambda p: -p.score)[:k]


class KeywordRetriever:
    """BM25 over the stored passages, with accent-, apostrophe- and case-folded, prefix-stemmed tokens.

    The index is rebuilt lazily whenever the store changed, so it never serves stale passages.
    """

    def __init__(self, chunks: Callable[[], list[Chunk]], generation: Callable[[], int] = lambda: 0, expand: bool = True):
        self._load_chunks = chunks
        self.expand = expand
        self._generation = generation
        self._built_for: int | None = None
        self._chunks: list[Chunk] = []
        self._bm25 = None
        self._names: tuple[int | None, dict[str, str]] = (None, {})
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

    def names(self) -> dict[str, str]:
        """The names the passages spell (see `spelled_names`), by their lowercase form; read when first asked for,
        not with every rebuild of the keyword index."""
        self._ensure_index()
        built_for, chunks = self._built_for, self._chunks
        if self._names[0] != built_for:
            self._names = (built_for, spelled_names(c.text for c in chunks))
        return self._names[1]

    def retrieve(self, query: str, k: int) -> list[Passage]:
        self._ensure_index()
        if self._bm25 is None:
            return []
        terms = expand_query(query) if self.expand else keyword_tokens(query)
        vocab = self._bm25.vocab_dict
        ids = [vocab[t] for t in terms if t in vocab]
        if not ids:
            return []
        scores = self._bm25.get_scores(ids)
        order = np.argsort(-scores)[: min(k, len(self._chunks))]
        return [Passage(self._chunks[i], float(scores[i])) for i in order if scores[i] > 0]


def expand_query(query: str) -> list[str]:
    """Keyword tokens of `query` plus those of their lexicon equivalents in the other language.

    "Chinese companies on the entity list" also looks for "chinois" and "liste noire", so BM25 can
    match French passages for an English question (and the other way round).
    """
    tokens = keyword_tokens(query)
    extra: list[str] = []
    for word in words(query):
        if word in STOPWORDS:
            continue
        for form in equivalents(word)[1:]:
            extra.extend(keyword_tokens(form))
    for _, group in phrases_in(fold(query)):
        for form in group:
            extra.extend(keyword_tokens(form))
    return tokens + [t for t in dict.fromkeys(extra) if t not in tokens]


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

    def names(self) -> dict[str, str]:
        """The names the passages spell, from the keyword index (see `KeywordRetriever.names`)."""
        names = getattr(self.keyword, "names", None)
        return names() if names else {}
