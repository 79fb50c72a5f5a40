"""Ingest: files -> articles -> passages -> embeddings -> Chroma, idempotent and incremental.

Passage ids are content hashes, so an unchanged corpus embeds nothing; an edited article's new
passages are written before its old ones are deleted, so a crash never leaves an article missing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from assistant.chunking import split_article
from assistant.corpus import SUPPORTED_SUFFIXES, iter_corpus_files, parse_article, read_article
from assistant.errors import UnsupportedDocument
from assistant.store import ChromaStore
from assistant.types import Article, Chunk, DocumentInfo, IngestReport


class Indexer:
    """Keeps the Chroma collection in step with the corpus folder.

        indexer = Indexer(store, Path("corpus"), trash_dir=Path("data/removed"))
        report = indexer.ingest()          # whole corpus: adds, replaces and removes
        report = indexer.add_document("new.txt", b"...")
    """

    def __init__(self, store: ChromaStore, corpus_dir: Path, trash_dir: Path, chunk_chars: int = 450, overlap_chars: int = 0, max_bytes: int = 2_000_000, progress: bool = False):
        self.store = store
        self.corpus_dir = Path(corpus_dir)
        self.trash_dir = Path(trash_dir)
        self.chunk_chars = chunk_chars
        self.overlap_chars = overlap_chars
        self.max_bytes = max_bytes
        self.progress = progress
        self._lock = threading.RLock()

    # ------------------------------------------------------------ reading

    def ingest(self, paths: Sequence[Path] | None = None) -> IngestReport:
        """Index `paths` (default: the whole corpus folder). Files outside the corpus are copied into it first.

        A file that cannot be read is reported in `errors` and its existing passages are kept.
        Only a whole-corpus run removes the passages of articles whose file is gone.
        """
        with self._lock:
            whole_corpus = not paths or any(Path(p).resolve() == self.corpus_dir.resolve() for p in paths)
            files = iter_corpus_files(list(paths) if paths else [self.corpus_dir])
            articles: list[Article] = []
            errors: list[str] = []
            failed_docs: set[str] = set()
            for path in files:
                try:
                    articles.append(read_article(path, max_bytes=self.max_bytes))
                except UnsupportedDocument as exc:
                    errors.append(str(exc))
                    failed_docs.add(path.name)
            outside = [p for p in files if not _is_within(p, self.corpus_dir)]
            for path in outside:
                if any(a.source == str(path) for a in articles):
                    _atomic_write(self.corpus_dir / path.name, path.read_bytes())
            report = self._sync(articles, whole_corpus, keep=failed_docs)
            return IngestReport(
                added=report.added,
                removed=report.removed,
                unchanged=report.unchanged,
                documents=report.documents,
                deleted_documents=report.deleted_documents,
                errors=tuple(errors),
            )

    def add_document(self, filename: str, data: bytes) -> IngestReport:
        """Validate an uploaded file, store it in the corpus folder and index it; bad input changes nothing."""
        name = filename or ""
        if not name.strip() or name.startswith(".") or "/" in name or "\\" in name or "\x00" in name:
            raise UnsupportedDocument(f"{filename!r}: not a valid file name")
        if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
            raise UnsupportedDocument(f"{name}: unsupported file type {Path(name).suffix or '(none)'}; use .txt, .md or .html")
        article = parse_article(name, data, source=str(self.corpus_dir / name), max_bytes=self.max_bytes)
        with self._lock:
            target = self.corpus_dir / name
            previous = target.read_bytes() if target.exists() else None
            _atomic_write(target, data)
            try:
                return self._sync([article], whole_corpus=False)
            except BaseException:
                # Put the corpus back as it was, so file and index never disagree.
                if previous is None:
                    target.unlink(missing_ok=True)
                else:
                    _atomic_write(target, previous)
                raise

    def remove_document(self, doc: str) -> IngestReport:
        """Remove an article's passages; its file moves to the trash folder, never deleted outright."""
        with self._lock:
            by_doc = self.store.ids_by_doc()
            path = self.corpus_dir / Path(doc).name
            if doc not in by_doc and not path.exists():
                raise UnsupportedDocument(f"{doc}: no such article")
            ids = sorted(by_doc.get(doc, ()))
            self.store.delete(ids)
            if path.exists():
                self.trash_dir.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
                shutil.move(str(path), self.trash_dir / f"{stamp}_{path.name}")
            return IngestReport(removed=tuple(ids), deleted_documents=(doc,))

    def documents(self) -> list[DocumentInfo]:
        chunks = self.store.all_chunks()
        info: dict[str, DocumentInfo] = {}
        for c in chunks:
            d = info.get(c.doc)
            info[c.doc] = DocumentInfo(doc=c.doc, title=c.title, lang=c.lang, passages=(d.passages if d else 0) + 1)
        return sorted(info.values(), key=lambda d: d.doc)

    # ------------------------------------------------------------ writing

    def _sync(self, articles: Sequence[Article], whole_corpus: bool, keep: set[str] = frozenset()) -> IngestReport:
        metadata = self.store.metadata_by_id()  # one read of the collection serves both views
        existing = self.store.ids_by_doc(metadata)
        wanted: dict[str, list[Chunk]] = {a.doc: split_article(a, self.chunk_chars, self.overlap_chars) for a in articles}
        to_add: list[Chunk] = []
        to_remove: list[str] = []
        moved: list[Chunk] = []  # same text, new title or position: metadata only
        unchanged = 0
        for doc, chunks in wanted.items():
            old = existing.get(doc, set())
            new_ids = {c.id for c in chunks}
            to_add.extend(c for c in chunks if c.id not in old)
            to_remove.extend(sorted(old - new_ids))
            unchanged += len(old & new_ids)
            moved.extend(
                c for c in chunks
                if c.id in old and (metadata[c.id].get("position"), metadata[c.id].get("title"), metadata[c.id].get("lang")) != (c.position, c.title, c.lang)
            )
        deleted_docs = []
        if whole_corpus:
            for doc, ids in existing.items():
                if doc not in wanted and doc not in keep:
                    deleted_docs.append(doc)
                    to_remove.extend(sorted(ids))
        if to_add:
            self._upsert(to_add)
        self.store.update_metadata(moved)
        self.store.delete(to_remove)  # after the upsert: a crash in between leaves extra passages, never missing ones
        return IngestReport(
            added=tuple(c.id for c in to_add),
            removed=tuple(to_remove),
            unchanged=unchanged,
            documents=tuple(sorted(wanted)),
            deleted_documents=tuple(deleted_docs),
        )

    def _upsert(self, chunks: list[Chunk]) -> None:
        batch = 32
        bar = None
        if self.progress and len(chunks) > batch:
            from tqdm import tqdm

            bar = tqdm(total=len(chunks), desc="Embedding passages", unit="passage")
        for start in range(0, len(chunks), batch):
            self.store.upsert(chunks[start : start + batch])
            if bar:
                bar.update(len(chunks[start : start + batch]))
        if bar:
            bar.close()


def _is_within(path: Path, folder: Path) -> bool:
    try:
        Path(path).resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
