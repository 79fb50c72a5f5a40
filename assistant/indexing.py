"""Ingest: files -> articles -> passages -> embeddings -> Chroma, idempotent and incremental.

Passage ids are content hashes, so an unchanged corpus embeds nothing; an edited article's new
passages are written before its old ones are deleted, so a crash never leaves an article missing,
and the next ingest finishes what a killed one started. Every write to the index holds a lock file
(`data/ingest.lock` by default), so two processes, say a CLI ingest and the web chat's upload,
take turns instead of interleaving.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator, Sequence

from filelock import FileLock, Timeout

from assistant.chunking import split_article
from assistant.corpus import SUPPORTED_SUFFIXES, iter_corpus_files, parse_article, read_article
from assistant.errors import UnsupportedDocument
from assistant.store import ChromaStore
from assistant.types import Article, Chunk, DocumentInfo, IngestReport

log = logging.getLogger(__name__)

# Crash tests set this to "stage=marker-file": at that stage the process writes the marker and
# waits (see `_checkpoint`). Unset, it costs one environment lookup per stage.
HOLD_ENV = "ASSISTANT_TEST_INGEST_HOLD"


class Indexer:
    """Keeps the Chroma collection in step with the corpus folder.

        indexer = Indexer(store, Path("corpus"), trash_dir=Path("data/removed"))
        report = indexer.ingest()          # whole corpus: adds, replaces and removes
        report = indexer.add_document("new.txt", b"...")

    `lock_path` (default: `ingest.lock` beside the trash folder, i.e. in the data folder) is the
    file lock every write holds; processes that share an index must share it.
    """

    def __init__(self, store: ChromaStore, corpus_dir: Path, trash_dir: Path, chunk_chars: int = 450, overlap_chars: int = 0, max_bytes: int = 2_000_000, progress: bool = False, lock_path: Path | None = None):
        self.store = store
        self.corpus_dir = Path(corpus_dir)
        self.trash_dir = Path(trash_dir)
        self.chunk_chars = chunk_chars
        self.overlap_chars = overlap_chars
        self.max_bytes = max_bytes
        self.progress = progress
        self.lock_path = Path(lock_path) if lock_path else self.trash_dir.parent / "ingest.lock"
        self._lock = threading.RLock()  # threads of this process
        self._file_lock = FileLock(str(self.lock_path), thread_local=False)  # other processes
        self._hashes: dict[tuple[str, int, int], str | None] = {}  # (file, size, mtime) -> text hash

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the index for writing: one thread of this process, and one process, at a time."""
        with self._lock:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._file_lock.acquire(timeout=0)
            except Timeout:
                message = f"another process is changing the index (lock {self.lock_path}); waiting for it to finish"
                log.warning(message)
                if self.progress:
                    print(message + "…", file=sys.stderr, flush=True)
                self._file_lock.acquire()
            try:
                _checkpoint("locked")
                yield
            finally:
                self._file_lock.release()

    # ------------------------------------------------------------ reading

    def ingest(self, paths: Sequence[Path] | None = None) -> IngestReport:
        """Index `paths` (default: the whole corpus folder). Files outside the corpus are copied into it first.

        A file that cannot be read is reported in `errors` and its existing passages are kept.
        Only a whole-corpus run removes the passages of articles whose file is gone.
        """
        with self.writing():
            whole_corpus = not paths or any(Path(p).resolve() == self.corpus_dir.resolve() for p in paths)
            files: list[Path] = []
            errors: list[str] = []
            for given in list(paths) if paths else [self.corpus_dir]:
                try:
                    files.extend(iter_corpus_files([given]))
                except FileNotFoundError:
                    if Path(given).resolve() == self.corpus_dir.resolve():
                        raise  # a missing corpus must not read as an empty one, which would empty the index
                    errors.append(f"{given}: no such file or folder")
            articles: list[Article] = []
            failed_docs: set[str] = set()
            for path in files:
                try:
                    articles.append(read_article(path, max_bytes=self.max_bytes))
                except UnsupportedDocument as exc:
                    errors.append(str(exc))
                    failed_docs.add(path.name)
            metadata = self.store.metadata_by_id()
            articles, duplicates = self._without_duplicates(articles, set(self.store.ids_by_doc(metadata)))
            errors.extend(duplicates)
            for article in articles:
                if not _is_within(Path(article.source), self.corpus_dir):
                    _atomic_write(self.corpus_dir / article.doc, Path(article.source).read_bytes())
            report = self._sync(articles, whole_corpus, keep=failed_docs, metadata=metadata)
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
        with self.writing():
            metadata = self.store.metadata_by_id()
            _, duplicates = self._without_duplicates([article], set(self.store.ids_by_doc(metadata)))
            if duplicates:
                raise UnsupportedDocument(duplicates[0])
            target = self.corpus_dir / name
            previous = target.read_bytes() if target.exists() else None
            _atomic_write(target, data)
            try:
                _checkpoint("written")
                return self._sync([article], whole_corpus=False, metadata=metadata)
            except BaseException:
                # Put the corpus back as it was, so file and index never disagree.
                if previous is None:
                    target.unlink(missing_ok=True)
                else:
                    _atomic_write(target, previous)
                raise

    def remove_document(self, doc: str) -> IngestReport:
        """Remove an article's passages; its file moves to the trash folder, never deleted outright."""
        with self.writing():
            by_doc = self.store.ids_by_doc()
            path = self.corpus_dir / Path(doc).name
            if doc not in by_doc and not path.exists():
                raise UnsupportedDocument(f"{doc}: no such article")
            ids = sorted(by_doc.get(doc, ()))
            # The file goes first: killed in between, the next whole-corpus ingest drops the passages
            # of a file that is gone, so the removal is never undone.
            if path.exists():
                self.trash_dir.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
                shutil.move(str(path), self.trash_dir / f"{stamp}_{path.name}")
            _checkpoint("moved")
            self.store.delete(ids)
            return IngestReport(removed=tuple(ids), deleted_documents=(doc,))

    def documents(self) -> list[DocumentInfo]:
        chunks = self.store.all_chunks()
        info: dict[str, DocumentInfo] = {}
        for c in chunks:
            d = info.get(c.doc)
            info[c.doc] = DocumentInfo(doc=c.doc, title=c.title, lang=c.lang, passages=(d.passages if d else 0) + 1)
        return sorted(info.values(), key=lambda d: d.doc)

    # ------------------------------------------------------------ writing

    def _without_duplicates(self, articles: Sequence[Article], indexed: set[str]) -> tuple[list[Article], list[str]]:
        """The articles whose text is not already another article's, and an error for each one left out.

        The article that keeps a text: one already in the corpus and indexed outside this batch, else
        an indexed one of the batch, else the first by name; so a clean build keeps the same one.
        """
        batch = {a.doc for a in articles}
        owners: dict[str, str] = {}  # text hash -> doc that keeps it
        for doc in sorted(indexed - batch):
            digest = self._file_hash(self.corpus_dir / doc)
            if digest:
                owners.setdefault(digest, doc)
        kept: set[str] = set()
        errors: list[str] = []
        for article in sorted(articles, key=lambda a: (a.doc not in indexed, a.doc)):
            owner = owners.setdefault(_text_hash(article), article.doc)
            if owner == article.doc:
                kept.add(article.doc)
            else:
                errors.append(f"{article.doc}: same content as {owner}, which is already in the corpus; not indexed twice")
        return [a for a in articles if a.doc in kept], errors

    def _file_hash(self, path: Path) -> str | None:
        """Text hash of a corpus file (cached by size and modification time); None if it cannot be read."""
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (path.name, stat.st_size, stat.st_mtime_ns)
        if key not in self._hashes:
            try:
                self._hashes[key] = _text_hash(read_article(path, max_bytes=self.max_bytes))
            except UnsupportedDocument:
                self._hashes[key] = None
        return self._hashes[key]

    def _sync(self, articles: Sequence[Article], whole_corpus: bool, keep: set[str] = frozenset(), metadata: dict[str, dict] | None = None) -> IngestReport:
        if metadata is None:
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
        _checkpoint("upserted")
        self.store.update_metadata(moved)
        self.store.delete(to_remove)  # after the upsert: a crash in between leaves extra passages, never missing ones
        _checkpoint("deleted")
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
            if start == 0:
                _checkpoint("upserted-first")
        if bar:
            bar.close()


def _text_hash(article: Article) -> str:
    """What makes two files the same article: their text once read and cleaned."""
    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()


def _checkpoint(stage: str) -> None:
    """Crash-test hook: when HOLD_ENV names this stage, write the marker file and wait while it exists
    (the test kills the process there, or deletes the marker to let it go on)."""
    spec = os.environ.get(HOLD_ENV)
    if not spec:
        return
    wanted, _, marker = spec.partition("=")
    if wanted == stage and marker:
        path = Path(marker)
        path.write_text(str(os.getpid()), encoding="utf-8")
        deadline = time.monotonic() + 600
        while path.exists() and time.monotonic() < deadline:
            time.sleep(0.02)


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
