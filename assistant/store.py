"""Chroma adapter, through langchain-chroma: an embedded index in a folder, or a Chroma server.

Chunks go in and come out as the project's own `Chunk`; Chroma and LangChain types stay here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence
from urllib.parse import urlparse

from langchain_core.embeddings import Embeddings

from assistant.embedding import Embedder
from assistant.errors import ConfigurationError
from assistant.types import Chunk



class _LangChainEmbeddings(Embeddings):
    """Our Embedder seen as LangChain `Embeddings` (queries and passages prefixed differently)."""

    def __init__(self, embedder: Embedder):
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts, kind="passage").tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text], kind="query")[0].tolist()


def make_client(index_dir: Path | None = None, url: str = ""):
    """A Chroma client: HttpClient when `url` is set, else a PersistentClient on `index_dir`."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigurationError(f"chroma_url must look like http://host:port, got {url!r}")
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        return chromadb.HttpClient(host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=chroma_settings)
    if index_dir is None:
        raise ConfigurationError("index_dir is required when chroma_url is empty")
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(index_dir), settings=chroma_settings)


class ChromaStore:
    """Passages in a Chroma collection, searched by cosine similarity.

        store = ChromaStore(make_client(Path("index")), "articles", embedder, model_id="multilingual-e5-small")
        store.upsert(chunks)
        hits = store.search("Qui a publié la liste ?", k=5)   # [(Chunk, similarity), ...]
    """

    def __init__(self, client, collection: str, embedder: Embedder, model_id: str = ""):
        from langchain_chroma import Chroma

        self.client = client
        self.collection_name = collection
        self.model_id = model_id
        self._vectors = Chroma(
            client=client,
            collection_name=collection,
            embedding_function=_LangChainEmbeddings(embedder),
            collection_metadata={"hnsw:space": "cosine", "embedding_model": model_id or "unknown"},
        )
        self.generation = 0  # bumped on every write, so keyword indexes know when to rebuild

    @property
    def _collection(self):
        return self._vectors._collection

    def indexed_model(self) -> str:
        """The embedding model the collection was built with."""
        return (self._collection.metadata or {}).get("embedding_model", "unknown")

    def reset(self) -> None:
        """Drop every passage (used when the embedding model changes)."""
        self._vectors.reset_collection()
        self.generation += 1

    def upsert(self, chunks: Sequence[Chunk], batch_size: int = 64) -> None:
        for start in range(0, len(chunks), batch_size):
            batch = chunks[start : start + batch_size]
            self._vectors.add_texts(
                texts=[c.text for c in batch],
                metadatas=[_metadata(c) for c in batch],
                ids=[c.id for c in batch],
            )
        self.generation += 1

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self._vectors.delete(ids=list(ids))
            self.generation += 1

    def update_metadata(self, chunks: Sequence[Chunk]) -> None:
        """Refresh title, language and position of stored passages without embedding them again."""
        if chunks:
            self._collection.update(ids=[c.id for c in chunks], metadatas=[_metadata(c) for c in chunks])
            self.generation += 1

    def _get_all(self, include: list[str], page: int = 10_000) -> dict[str, list]:
        """Every stored passage, read in pages: one `get` of a large collection (tens of thousands
        of passages) exceeds SQLite's limit on query variables inside Chroma and fails."""
        got: dict[str, list] = {"ids": [], **{key: [] for key in include}}
        offset = 0
        while True:
            part = self._collection.get(include=include, limit=page, offset=offset)
            for key in got:
                got[key].extend(part[key] or [])
            if len(part["ids"]) < page:
                return got
            offset += page

    def metadata_by_id(self) -> dict[str, dict]:
        got = self._get_all(["metadatas"])
        return {cid: (meta or {}) for cid, meta in zip(got["ids"], got["metadatas"])}

    def ids_by_doc(self, metadata: dict[str, dict] | None = None) -> dict[str, set[str]]:
        """Every stored passage id, grouped by document (from `metadata_by_id()` when already fetched)."""
        grouped: dict[str, set[str]] = {}
        for cid, meta in (metadata if metadata is not None else self.metadata_by_id()).items():
            grouped.setdefault(meta.get("doc", ""), set()).add(cid)
        return grouped

    def all_chunks(self) -> list[Chunk]:
        got = self._get_all(["metadatas", "documents"])
        chunks = _to_chunks(got)
        return sorted(chunks, key=lambda c: (c.doc, c.position))

    def chunks(self, ids: Sequence[str], page: int = 5_000) -> list[Chunk]:
        """The stored passages with these ids, read in pages (see `_get_all`)."""
        ids, found = list(ids), []
        for start in range(0, len(ids), page):
            got = self._collection.get(ids=ids[start : start + page], include=["metadatas", "documents"])
            found += _to_chunks(got)
        return found

    def document_chunks(self, doc: str) -> list[Chunk]:
        """The passages of one document, in reading order."""
        got = self._collection.get(where={"doc": doc}, include=["metadatas", "documents"])
        chunks = _to_chunks(got)
        return sorted(chunks, key=lambda c: c.position)

    def count(self) -> int:
        return self._collection.count()

    def languages(self) -> dict[str, int]:
        """Passage count per language."""
        got = self._get_all(["metadatas"])
        counts: dict[str, int] = {}
        for meta in got["metadatas"]:
            lang = (meta or {}).get("lang", "")
            counts[lang] = counts.get(lang, 0) + 1
        return counts

    def search(self, query: str, k: int, lang: str | None = None) -> list[tuple[Chunk, float]]:
        """The `k` passages nearest to `query` (optionally only those in `lang`), with cosine similarity."""
        # No count() first: Chroma returns what it has when asked for more, and counting costs a
        # query of its own (~8 ms at 100k passages, a network round trip with a server).
        flt = {"lang": lang} if lang else None
        results = self._vectors.similarity_search_with_score(query, k=k, filter=flt)
        return [(_to_chunk(doc.id, doc.page_content, doc.metadata), 1.0 - float(distance)) for doc, distance in results]


def _metadata(chunk: Chunk) -> dict:
    return {"doc": chunk.doc, "title": chunk.title, "lang": chunk.lang, "position": chunk.position}


def _to_chunks(got: dict) -> list[Chunk]:
    """The passages of a Chroma `get` made with documents and metadatas."""
    return [_to_chunk(cid, text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])]


def _to_chunk(cid: str, text: str, meta: dict | None) -> Chunk:
    meta = meta or {}
    return Chunk(
        id=cid,
        doc=str(meta.get("doc", "")),
        title=str(meta.get("title", "")),
        lang=meta.get("lang", "en"),
        text=text,
        position=int(meta.get("position", 0)),
    )
