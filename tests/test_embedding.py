"""The embedder's on-disk vector cache: sentences are embedded once per model, not once per process."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embedding import SentenceTransformerEmbedder, VectorCache
from conftest import make_settings


def test_vector_cache_round_trip_is_per_namespace_and_kind(tmp_path):
    path = tmp_path / "vectors.sqlite3"
    vector = np.arange(4, dtype=np.float32)
    VectorCache(path, namespace="model-a").put("passage", {"Une phrase.": vector})

    again = VectorCache(path, namespace="model-a")  # a new process would open it the same way
    assert np.array_equal(again.get("passage", ["Une phrase.", "Autre."])["Une phrase."], vector)
    assert again.get("query", ["Une phrase."]) == {}
    assert VectorCache(path, namespace="model-b").get("passage", ["Une phrase."]) == {}


@pytest.mark.integration
def test_ingest_embeds_sentences_once_and_a_new_process_reads_them_without_the_model(tmp_path):
    from assistant.answering import sentence_units
    from assistant.factory import build_assistant

    settings = make_settings(tmp_path)
    bot = build_assistant(settings)
    bot.ingest()
    chunk = bot.indexer.store.all_chunks()[0]
    units = sentence_units(chunk.text)
    expected = bot.embedder.embed(units, kind="passage")

    # A fresh embedder on the same cache file: the vectors come from disk and the model is never loaded.
    fresh = SentenceTransformerEmbedder(
        bot.embedder.model_name, "query: ", "passage: ", disk_cache=VectorCache(settings.data_dir / "vectors.sqlite3", bot.embedder.disk_cache.namespace)
    )
    got = fresh.embed(units, kind="passage", persist=True)
    assert fresh._model is None
    assert np.allclose(got, expected)


def test_dtype_auto_follows_the_cpu_and_bad_values_are_refused(monkeypatch):
    from assistant import embedding

    monkeypatch.setattr(embedding, "native_bfloat16", lambda: True)
    assert embedding.resolve_dtype("auto") == "bfloat16"
    monkeypatch.setattr(embedding, "native_bfloat16", lambda: False)
    assert embedding.resolve_dtype("auto") == "float32"
    assert embedding.resolve_dtype("bfloat16") == "bfloat16"
    with pytest.raises(ValueError, match="float16"):
        embedding.resolve_dtype("float16")
    with pytest.raises(ValueError, match="dtype"):
        SentenceTransformerEmbedder("any", dtype="int8")


def test_settings_refuse_an_unknown_embedding_dtype(monkeypatch):
    from pydantic import ValidationError

    from assistant.config import Settings

    monkeypatch.setenv("ASSISTANT_EMBEDDING_DTYPE", "half")
    with pytest.raises(ValidationError):
        Settings()


@pytest.mark.integration
def test_bfloat16_vectors_are_unit_float32_and_agree_with_float32(tmp_path):
    from assistant.factory import resolve_embedding_model

    model = resolve_embedding_model(make_settings(tmp_path))
    texts = ["Le Trésor américain a placé SenseTime sur sa liste noire.", "Hikvision denies any wrongdoing."]
    full = SentenceTransformerEmbedder(model, "query: ", "passage: ", dtype="float32").embed(texts)
    half = SentenceTransformerEmbedder(model, "query: ", "passage: ", dtype="bfloat16").embed(texts)
    assert half.dtype == np.float32
    assert np.allclose(np.linalg.norm(half, axis=1), 1.0, atol=1e-5)
    assert (full * half).sum(axis=1).min() > 0.99


class CountingFakeModel:
    """Deterministic fake for a pure unit test: a vector from each text's length, and a count of encodes."""

    def __init__(self):
        self.encoded = 0

    def encode(self, texts, **_):
        self.encoded += len(texts)
        return np.array([[len(t), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_a_batch_larger_than_the_memory_cache_keeps_every_vector():
    emb = SentenceTransformerEmbedder("fake")
    emb._model, emb.memory_limit = CountingFakeModel(), 3
    texts = [f"passage {'x' * i}" for i in range(10)]
    vectors = emb.embed(texts + texts[:2])  # the memory cache empties several times during this call
    assert vectors.shape == (12, 3) and np.allclose(vectors[10], vectors[0])
    assert emb._model.encoded == 10 and len(emb._cache) <= 3
