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


LANGUAGES = ("en", "fr")  # the languages articles are detected in (see assistant.text.detect_language)


class ChromaStore:
    """Passages in Chroma, one collection per language (`articles-en`, `articles-fr`), searched by cosine similarity.

        store = ChromaStore(make_client(Path("index")), "articles", embedder, model_id="multilingual-e5-small")
        store.upsert(chunks)
        hits = store.search("Qui a publié la liste ?", k=5)             # both languages, [(Chunk, similarity), ...]
        hits = store.search("Who published the list?", k=5, lang="fr")  # French passages only

    A multilingual model ranks passages in the question's language first, so answers need each language searched
    on its own. With one collection per language that is a plain nearest-neighbour query (~10 ms at 100k passages);
    a metadata filter on a shared collection costs time in proportion to the collection (~260 ms at 100k).
    """

    def __init__(self, client, collection: str, embedder: Embedder, model_id: str = ""):
        from langchain_chroma import Chroma

        self.client = client
        self.collection_name = collection
        self.model_id = model_id
        self._drop_single_collection_layout()
        self._embeddings = _LangChainEmbeddings(embedder)
        self._vectors = {
            lang: Chroma(
                client=client,
                collection_name=f"{collection}-{lang}",
                embedding_function=self._embeddings,
                collection_metadata={"hnsw:space": "cosine", "embedding_model": model_id or "unknown", "lang": lang},
            )
            for lang in LANGUAGES
        }
        self.generation = 0  # bumped on every write, so keyword indexes know when to rebuild

    def _drop_single_collection_layout(self) -> None:
        """Indexes built before the per-language layout kept every passage in one collection named `collection`.
        The index is derived data (the corpus folder is the source), so that collection is dropped and the next
        ingest rebuilds the passages in their language's collection. Only a collection this project made (it
        records its embedding model) is dropped: on a shared Chroma server a namesake belongs to someone else."""
        if self.collection_name not in {getattr(c, "name", c) for c in self.client.list_collections()}:
            return
        if "embedding_model" in (self.client.get_collection(self.collection_name).metadata or {}):
            self.client.delete_collection(self.collection_name)

    def collection(self, lang: str):
        """The Chroma collection that holds passages in `lang`."""
        if lang not in self._vectors:
            raise ValueError(f"no collection for language {lang!r}; languages are {', '.join(LANGUAGES)}")
        return self._vectors[lang]._collection

    def collections(self) -> list:
        return [self.collection(lang) for lang in LANGUAGES]

    def indexed_model(self) -> str:
        """The embedding model the passages were embedded with ("unknown" for an empty index)."""
        for collection in self.collections():
            if collection.count():
                return (collection.metadata or {}).get("embedding_model", "unknown")
        return self.model_id or "unknown"

    def reset(self) -> None:
        """Drop every passage (used when the embedding model changes)."""
        for vectors in self._vectors.values():
            vectors.reset_collection()
        self.generation += 1

    def drop(self) -> None:
        """Delete this store's collections from Chroma (benchmarks clean up with it)."""
        for lang in LANGUAGES:
            self.client.delete_collection(f"{self.collection_name}-{lang}")
        self.generation += 1

    def upsert(self, chunks: Sequence[Chunk], batch_size: int = 64) -> None:
        # Embed every passage in one call, then write each language's share: embedding per language would make
        # smaller, less full batches (the writes below find the vectors in the embedder's memory).
        self._embeddings.embed_documents([c.text for c in chunks])
        for lang, group in _by_language(chunks).items():
            for start in range(0, len(group), batch_size):
                batch = group[start : start + batch_size]
                self._vectors[lang].add_texts(
                    texts=[c.text for c in batch],
                    metadatas=[_metadata(c) for c in batch],
                    ids=[c.id for c in batch],
                )
        self.generation += 1

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            for collection in self.collections():
                collection.delete(ids=list(ids))  # ids another collection holds are ignored
            self.generation += 1

    def update_metadata(self, chunks: Sequence[Chunk]) -> None:
        """Refresh title, language and position of stored passages without embedding them again; a passage whose
        language changed moves, with its vector, to that language's collection."""
        if not chunks:
            return
        for lang, group in _by_language(chunks).items():
            target = self.collection(lang)
            here = set(target.get(ids=[c.id for c in group], include=[])["ids"])
            if here:
                target.update(ids=[c.id for c in group if c.id in here], metadatas=[_metadata(c) for c in group if c.id in here])
            moving = {c.id: c for c in group if c.id not in here}
            for other in (self.collection(o) for o in LANGUAGES if o != lang):
                if not moving:
                    break
                got = other.get(ids=list(moving), include=["embeddings", "documents"])
                if got["ids"]:
                    target.upsert(
                        ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"],
                        metadatas=[_metadata(moving[cid]) for cid in got["ids"]],
                    )
                    other.delete(ids=got["ids"])
                    for cid in got["ids"]:
                        moving.pop(cid)
        self.generation += 1

    def _get_all(self, include: list[str], page: int = 10_000) -> dict[str, list]:
        """Every stored passage, read in pages: one `get` of a large collection (tens of thousands
        of passages) exceeds SQLite's limit on query variables inside Chroma and fails."""
        got: dict[str, list] = {"ids": [], **{key: [] for key in include}}
        for collection in self.collections():
            offset = 0
            while True:
                part = collection.get(include=include, limit=page, offset=offset)
                for key in got:
                    got[key].extend(part[key] or [])
                if len(part["ids"]) < page:
                    break
                offset += page
        return got

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
        """The stored passages with these ids, read in pages (see `_get_all`), in no particular order."""
        ids, found = list(ids), []
        for collection in self.collections():
            for start in range(0, len(ids), page):
                got = collection.get(ids=ids[start : start + page], include=["metadatas", "documents"])
                found += _to_chunks(got)
        return found

    def document_chunks(self, doc: str) -> list[Chunk]:
        """The passages of one document, in reading order."""
        found = []
        for collection in self.collections():
            found += _to_chunks(collection.get(where={"doc": doc}, include=["metadatas", "documents"]))
        return sorted(found, key=lambda c: c.position)

    def count(self) -> int:
        return sum(collection.count() for collection in self.collections())

    def languages(self) -> dict[str, int]:
        """Passage count per language (languages with passages only)."""
        counts = {lang: self.collection(lang).count() for lang in LANGUAGES}
        return {lang: n for lang, n in counts.items() if n}

    def search(self, query: str, k: int, lang: str | None = None) -> list[tuple[Chunk, float]]:
        """The `k` passages nearest to `query` (optionally only those in `lang`), with cosine similarity."""
        # No count() first: Chroma returns what it has when asked for more, and counting costs a
        # query of its own (a network round trip with a server).
        hits = []
        for name in [lang] if lang else LANGUAGES:
            if name not in self._vectors:
                return []
            results = self._vectors[name].similarity_search_with_score(query, k=k)
            hits += [(_to_chunk(doc.id, doc.page_content, doc.metadata), 1.0 - float(distance)) for doc, distance in results]
        return sorted(hits, key=lambda hit: -hit[1])[:k]


def _by_language(chunks: Sequence[Chunk]) -> dict[str, list[Chunk]]:
    grouped: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        if chunk.lang not in LANGUAGES:
            raise ValueError(f"passage {chunk.id} has language {chunk.lang!r}; languages are {', '.join(LANGUAGES)}")
        grouped.setdefault(chunk.lang, []).append(chunk)
    return grouped


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
