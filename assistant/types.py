"""The small frozen dataclasses every module passes around.

LangChain and Chroma types never leave the adapters; these do.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Lang = Literal["fr", "en"]
Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class Article:
    """One source document, boilerplate stripped, ready to split."""

    doc: str  # file name in corpus/, the document id
    title: str
    lang: Lang
    text: str
    source: str = ""  # path it was read from
    content_hash: str = ""


@dataclass(frozen=True)
class Chunk:
    """A passage of an article, the unit that is embedded, indexed and cited."""

    id: str  # content hash: same text in the same document -> same id
    doc: str
    title: str
    lang: Lang
    text: str
    position: int  # order of the passage in its article


@dataclass(frozen=True)
class Passage:
    """A chunk retrieved for a question, with its fused score (higher is better)."""

    chunk: Chunk
    score: float

    @property
    def doc(self) -> str:
        return self.chunk.doc

    @property
    def text(self) -> str:
        return self.chunk.text


@dataclass(frozen=True)
class Turn:
    """One earlier message of a conversation."""

    role: Role
    content: str


@dataclass(frozen=True)
class Citation:
    """A numbered source shown under an answer: marker `[n]` points here."""

    n: int
    doc: str
    title: str
    lang: Lang
    text: str  # the whole cited passage
    sentences: tuple[str, ...] = ()  # the sentences of `text` the answer quotes or relies on


@dataclass(frozen=True)
class Answer:
    """What the assistant says, and everything needed to check it."""

    question: str
    answer: str
    refused: bool
    citations: tuple[Citation, ...] = ()
    contexts: tuple[Passage, ...] = ()
    lang: Lang = "en"
    standalone_question: str = ""  # the question actually retrieved on (after follow-up condensing)
    latency_ms: float = 0.0
    backend: str = "extractive"
    notice: str = ""  # e.g. "language model unavailable, extractive answer shown"

    def to_dict(self) -> dict:
        """The JSON shape of `assistant ask --json`."""
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "lang": self.lang,
            "standalone_question": self.standalone_question,
            "citations": [
                {"n": c.n, "doc": c.doc, "title": c.title, "lang": c.lang, "text": c.text, "sentences": list(c.sentences)}
                for c in self.citations
            ],
            "contexts": [
                {"doc": p.chunk.doc, "title": p.chunk.title, "text": p.chunk.text, "score": round(p.score, 6)}
                for p in self.contexts
            ],
            "latency_ms": round(self.latency_ms, 1),
            "backend": self.backend,
            "notice": self.notice,
        }


@dataclass(frozen=True)
class AnswerDelta:
    """A piece of answer text while it streams; the final event of a stream is the `Answer`."""

    text: str


@dataclass(frozen=True)
class DocumentInfo:
    """An indexed article as listed to users."""

    doc: str
    title: str
    lang: Lang
    passages: int


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run changed."""

    added: tuple[str, ...] = ()  # chunk ids embedded and stored
    removed: tuple[str, ...] = ()  # chunk ids deleted
    unchanged: int = 0
    documents: tuple[str, ...] = ()  # docs seen in this run
    deleted_documents: tuple[str, ...] = ()
    errors: tuple[str, ...] = field(default_factory=tuple)
    index_seconds: float = 0.0  # until the new passages are searchable
    sentence_seconds: float = 0.0  # then embedding their sentences for evidence selection

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed)

    def to_dict(self) -> dict:
        return asdict(self)
