"""Embedder protocol and the sentence-transformers embedder (bundled multilingual e5 by default)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from assistant import sqlite_files


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors. One verb: `embed`."""

    def embed(self, texts: Sequence[str], kind: str = "passage", persist: bool = False) -> np.ndarray:
        """`kind` is "query" or "passage": asymmetric models (e5) embed the two differently. `persist` asks to keep
        the vectors across processes (texts read again and again, such as the sentences of indexed passages)."""
        ...


class VectorCache:
    """Vectors kept on disk (SQLite), so a text is embedded once per model, not once per process.

        cache = VectorCache(Path("index/vectors.sqlite3"), namespace="multilingual-e5-small")
        cache.put({("passage", "Le Trésor a placé SenseTime sur liste noire."): vector})

    Evidence scoring embeds every sentence of the passages it reads; without this each restart embeds them again.
    """

    def __init__(self, path: Path, namespace: str):
        self.path = Path(path)
        self.namespace = namespace
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite_files.connect(
                self.path, "CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)", check_same_thread=False
            )
        return self._conn

    def _key(self, kind: str, text: str) -> str:
        return hashlib.sha1(f"{self.namespace}\x00{kind}\x00{text}".encode("utf-8")).hexdigest()

    def get(self, kind: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors of `texts`, by text (texts not cached are absent)."""
        keys = {self._key(kind, t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        with self._lock:
            conn = self._connect()
            items = list(keys)
            for start in range(0, len(items), 500):
                batch = items[start : start + 500]
                rows = conn.execute(f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(batch))})", batch)
                for key, blob in rows:
                    found[keys[key]] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put(self, kind: str, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            conn = self._connect()
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                    [(self._key(kind, t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in vectors.items()],
                )


def native_bfloat16() -> bool:
    """Whether this CPU computes bfloat16 natively (AMX or AVX-512 BF16): there it embeds about twice as fast as float32
    with vectors that agree to a cosine of 0.998; elsewhere bfloat16 is emulated and slower."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return False
    return bool(re.search(r"\b(amx_bf16|avx512_bf16)\b", flags))


def resolve_dtype(dtype: str) -> str:
    """"auto" becomes "bfloat16" where the CPU has it natively, "float32" elsewhere; other values pass through."""
    if dtype not in ("auto", "float32", "bfloat16"):
        raise ValueError(f"embedding dtype must be auto, float32 or bfloat16, got {dtype!r}")
    if dtype == "auto":
        return "bfloat16" if native_bfloat16() else "float32"
    return dtype


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, loaded on first use.

        emb = SentenceTransformerEmbedder("models/multilingual-e5-small", query_prefix="query: ", passage_prefix="passage: ")
        vectors = emb.embed(["Qui a placé SenseTime sur liste noire ?"], kind="query")

    `dtype` is "float32" or "bfloat16" (see `resolve_dtype`); vectors are always float32 and L2-normalised.
    """

    def __init__(
        self,
        model: str | Path,
        query_prefix: str = "",
        passage_prefix: str = "",
        batch_size: int = 16,
        disk_cache: VectorCache | None = None,
        dtype: str = "float32",
    ):
        if batch_size <= 0:
            raise ValueError(f"batch_size must be greater than 0, got {batch_size}")
        if dtype not in ("float32", "bfloat16"):
            raise ValueError(f"dtype must be float32 or bfloat16, got {dtype!r}")
        self.dtype = dtype
        self.disk_cache = disk_cache
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
                    import torch
                    from sentence_transformers import SentenceTransformer

                    self._model = SentenceTransformer(self.model_name, device="cpu", model_kwargs={"dtype": getattr(torch, self.dtype)})

    @property
    def dimension(self) -> int:
        self.warm_up()
        return int(self._model.get_embedding_dimension())

    def is_common_word(self, word: str) -> bool:
        """Whether the model's vocabulary holds `word` whole ("times", "web"), as it does frequent words but not
        rare names ("hikvision" is "hik" + "vision")."""
        self.warm_up()
        return len(self._model.tokenizer.tokenize(f" {word}")) == 1

    def embed(self, texts: Sequence[str], kind: str = "passage", persist: bool = False) -> np.ndarray:
        if kind not in self.prefixes:
            raise ValueError(f"kind must be 'query' or 'passage', got {kind!r}")
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Vectors for this call are gathered here: the memory cache may be emptied while they are remembered.
        found = {t: self._cache[(kind, t)] for t in dict.fromkeys(texts) if (kind, t) in self._cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        new: dict[str, np.ndarray] = {}  # vectors not yet in memory: from disk or computed now
        persist = persist and self.disk_cache is not None
        if missing and persist:
            new.update(self.disk_cache.get(kind, missing))
            missing = [t for t in missing if t not in new]
        if missing:
            self.warm_up()
            prefix = self.prefixes[kind]
            with self._lock:  # torch on 2 cores: one encode at a time is faster than two
                vectors = self._model.encode(
                    [prefix + t for t in missing],
                    batch_size=self.batch_size,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                ).astype(np.float32)
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)  # in float32, whatever the model's dtype
            computed = dict(zip(missing, vectors))
            if persist:
                self.disk_cache.put(kind, computed)
            new.update(computed)
        for text, vector in new.items():
            self._remember(kind, text, vector)
        found.update(new)
        return np.stack([found[t] for t in texts])

    memory_limit = 50_000  # vectors kept in memory; past it the memory cache starts afresh

    def _remember(self, kind: str, text: str, vector: np.ndarray) -> None:
        if len(self._cache) >= self.memory_limit:
            self._cache.clear()
        self._cache[(kind, text)] = vector
