"""Synthetic news passages for scale benchmarks, their cached embeddings, and the plain LangChain baseline.

Distractor passages are recombined sentences of the real articles (halves of two sentences of the
same language spliced together) mixed with template news sentences about other firms, places and
figures, so they share the articles' vocabulary and look like news. Passage `i` depends only on
the seed and `i`, so a 10k corpus is the first 10k passages of the 100k one and every size shares
one vector cache.

    gen = DistractorGenerator.from_corpus(Path("corpus"), avoid=evidence_spans)
    chunks = gen.chunks(10_000)
    vectors = cached_vectors(gen, len(chunks), lambda t: embedder.embed(t, kind="passage"), Path("data/bench"), "multilingual-e5-small")
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from assistant.chunking import chunk_id
from assistant.corpus import iter_corpus_files, read_article
from assistant.evaluation.metrics import normalize
from assistant.text import split_sentences
from assistant.types import Chunk

GENERATOR_VERSION = 2  # bump when the generator changes: it is part of the vector cache key
BLOCK = 1000  # distractors per cached vector file
PASSAGES_PER_DOC = 20
_WORD = re.compile(r"[^\W_]+")
SHINGLE = 4  # words in a row a distractor may not share with a reference evidence span

_FIRMS = [
    "Huawei", "ZTE", "iFlytek", "CloudWalk", "Yitu", "Meiya Pico", "Xiaomi", "DJI", "Inspur", "Sugon",
    "Hytera", "Tencent", "Alibaba", "Baidu", "ByteDance", "Uniview", "Hanwang", "Dawning", "Leon", "Netposa",
    "Sinovatio", "Yixin", "SMIC", "YMTC", "BGI", "Nuctech", "Zhejiang Uniview", "Shenzhen Sunwin", "Tiandy", "Intellifusion",
]
_AGENCIES_EN = [
    "the Commerce Department", "the Treasury", "the State Department", "the Federal Communications Commission",
    "the Pentagon", "the White House", "a Senate committee", "the European Commission", "Britain's trade ministry",
]
_AGENCIES_FR = [
    "le département du Commerce", "le Trésor américain", "le département d’État", "la Commission fédérale des communications",
    "le Pentagone", "la Maison-Blanche", "une commission du Sénat", "la Commission européenne", "le ministère britannique du Commerce",
]
_PLACES_EN = ["Shenzhen", "Hangzhou", "Beijing", "Shanghai", "Washington", "Brussels", "Hong Kong", "Singapore", "Tokyo", "Seoul"]
_PLACES_FR = ["Shenzhen", "Hangzhou", "Pékin", "Shanghai", "Washington", "Bruxelles", "Hong Kong", "Singapour", "Tokyo", "Séoul"]
_TOPICS_EN = [
    "semiconductor exports", "facial recognition cameras", "cloud computing contracts", "drone sales", "5G equipment",
    "data-centre chips", "smart-city projects", "voice recognition software", "satellite imagery", "battery supply chains",
]
_TOPICS_FR = [
    "les exportations de semi-conducteurs", "les caméras de reconnaissance faciale", "les contrats d’informatique en nuage",
    "les ventes de drones", "les équipements 5G", "les puces pour centres de données", "les projets de villes intelligentes",
    "les logiciels de reconnaissance vocale", "l’imagerie satellite", "les chaînes d’approvisionnement en batteries",
]
_TEMPLATES = {
    "en": [
        "{firm} said on {day} that its {topic} business in {place} grew by {pct} percent last quarter.",
        "Analysts in {place} expect {agency} to review {topic} again before the end of {year}.",
        "{firm} shares fell {pct} percent in {place} after {agency} announced new rules on {topic}.",
        "According to people familiar with the matter, {firm} is in talks with suppliers about {topic}.",
        "{agency} has fined {firm} {money} million dollars over {topic}, a spokesperson said.",
        "The company, based in {place}, employs about {count} people and reported revenue of {money} million dollars in {year}.",
        "Critics say {topic} raise questions about privacy, while {firm} insists it follows local law.",
        "In {year}, {firm} opened a research centre in {place} focused on {topic}.",
        "Officials at {agency} declined to comment on whether {firm} would be affected.",
        "Trade between the two countries in {topic} reached {money} million dollars in {year}.",
    ],
    "fr": [
        "{firm} a indiqué {day} que son activité liée à {topic} à {place} avait progressé de {pct} % au dernier trimestre.",
        "À {place}, les analystes s’attendent à ce que {agency} réexamine {topic} avant la fin de {year}.",
        "L’action de {firm} a reculé de {pct} % à {place} après l’annonce par {agency} de nouvelles règles sur {topic}.",
        "Selon des sources proches du dossier, {firm} discute avec ses fournisseurs de {topic}.",
        "{agency} a infligé une amende de {money} millions de dollars à {firm} à propos de {topic}, selon un porte-parole.",
        "Basée à {place}, l’entreprise emploie environ {count} personnes et a réalisé {money} millions de dollars de chiffre d’affaires en {year}.",
        "Pour ses détracteurs, {topic} posent des questions de vie privée ; {firm} affirme respecter la loi locale.",
        "En {year}, {firm} a ouvert à {place} un centre de recherche consacré à {topic}.",
        "Interrogé, {agency} n’a pas souhaité dire si {firm} serait concerné.",
        "Les échanges entre les deux pays portant sur {topic} ont atteint {money} millions de dollars en {year}.",
    ],
}
_DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]}
_TITLES = {
    "en": ["{firm} faces new scrutiny over {topic}", "Tech tensions: {agency} and {topic}", "{firm} results beat forecasts"],
    "fr": ["{firm} sous pression à cause de {topic}", "Tensions technologiques : {agency} et {topic}", "{firm} publie ses résultats"],
}


@dataclass(frozen=True)
class BenchCorpus:
    """What a scale run indexes: the real articles' passages plus `len(distractors)` synthetic ones."""

    size: int
    distractors: list[Chunk]
    vectors: np.ndarray  # one row per distractor, as the store would have embedded it
    reused: int = 0  # distractors past the embedding limit, given another distractor's vector


class DistractorGenerator:
    """Deterministic news-like distractor passages, built from the articles' own sentences."""

    def __init__(self, sentences: dict[str, list[str]], avoid: Sequence[str] = (), seed: int = 13):
        if not any(sentences.values()):
            raise ValueError("need at least one article sentence to recombine")
        self.sentences = {lang: list(s) for lang, s in sentences.items() if s}
        self.avoid = sorted({n for n in (normalize(s) for s in avoid) if n})
        # A recombined sentence never repeats 4 words in a row of a reference evidence span (nor a
        # shorter span whole): it may talk about the same firms and lists, never hold the answer.
        self._short = [span for span in self.avoid if len(_words(span)) < SHINGLE]
        self._shingles = {gram for span in self.avoid for gram in _grams(_words(span))}
        self.seed = seed
        self._made: list[Chunk] = []  # passages 0..n-1 made so far: every corpus size starts with them

    @classmethod
    def from_corpus(cls, corpus_dir: Path, avoid: Sequence[str] = (), seed: int = 13) -> "DistractorGenerator":
        sentences: dict[str, list[str]] = {"fr": [], "en": []}
        for path in iter_corpus_files([Path(corpus_dir)]):
            article = read_article(path)
            for paragraph in article.text.split("\n"):
                sentences[article.lang].extend(s for s in split_sentences(paragraph) if len(s.split()) >= 6)
        return cls(sentences, avoid=avoid, seed=seed)

    def key(self) -> str:
        """A hash of everything the passages depend on: names the vector cache."""
        payload = json.dumps(
            {"v": GENERATOR_VERSION, "seed": self.seed, "block": BLOCK, "sentences": self.sentences, "avoid": self.avoid},
            sort_keys=True, ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    def chunk(self, i: int) -> Chunk:
        """Distractor number `i` (the same for any corpus size)."""
        rng = random.Random(f"{self.seed}:{i}")
        lang = rng.choice(sorted(self.sentences))
        slots = self._slots(rng, lang)
        templates = rng.sample(_TEMPLATES[lang], 4)
        parts: list[str] = []
        for j in range(rng.randint(2, 4)):
            part = self._recombined(rng, lang) if rng.random() < 0.6 else ""
            parts.append(part or templates[j].format(**slots))
            if sum(len(p) for p in parts) > 450:
                break
        text = " ".join(parts)[:700]
        if any(span in normalize(text) for span in self.avoid):  # a whole span across two sentences
            text = " ".join(t.format(**slots) for t in templates[:3])
        doc = f"synthetic-{i // PASSAGES_PER_DOC:06d}.txt"
        title = rng.choice(_TITLES[lang]).format(**slots)
        return Chunk(id=chunk_id(doc, text), doc=doc, title=title, lang=lang, text=text, position=i % PASSAGES_PER_DOC)  # type: ignore[arg-type]

    def chunks(self, n: int, start: int = 0) -> list[Chunk]:
        if start == 0:
            self._made.extend(self.chunk(i) for i in range(len(self._made), n))
            return self._made[:n]
        return [self.chunk(i) for i in range(start, start + n)]

    def _slots(self, rng: random.Random, lang: str) -> dict[str, str]:
        return {
            "firm": rng.choice(_FIRMS),
            "agency": rng.choice(_AGENCIES_EN if lang == "en" else _AGENCIES_FR),
            "place": rng.choice(_PLACES_EN if lang == "en" else _PLACES_FR),
            "topic": rng.choice(_TOPICS_EN if lang == "en" else _TOPICS_FR),
            "day": rng.choice(_DAYS[lang]),
            "year": str(rng.randint(2012, 2024)),
            "pct": str(rng.randint(2, 40)),
            "money": str(rng.randint(3, 900)),
            "count": f"{rng.randint(2, 90) * 100:,}".replace(",", " " if lang == "fr" else ","),
        }

    def _recombined(self, rng: random.Random, lang: str, tries: int = 8) -> str:
        """The first part of one article sentence joined to the end of another, some names swapped.

        Empty when every try repeats a reference evidence span: then only an article passage can
        be "the right passage", and the caller uses a template sentence instead.
        """
        pool = self.sentences[lang]
        for _ in range(tries):
            a, b = rng.choice(pool).split(), rng.choice(pool).split()
            cut_a, cut_b = rng.randint(2, max(2, len(a) - 2)), rng.randint(1, max(1, len(b) - 3))
            words = a[:cut_a] + b[cut_b:]
            for j, word in enumerate(words):
                if word[:1].isupper() and j and rng.random() < 0.3:
                    words[j] = rng.choice(_FIRMS)
            sentence = " ".join(words)
            if not self.leaks(sentence):
                return sentence
        return ""

    def leaks(self, text: str) -> bool:
        """Whether `text` holds 4 words in a row of a reference evidence span, or a shorter span whole."""
        folded = normalize(text)
        return any(span in folded for span in self._short) or not self._shingles.isdisjoint(_grams(_words(folded)))


def cached_vectors(
    gen: DistractorGenerator,
    n: int,
    embed: Callable[[list[str]], np.ndarray],
    cache_dir: Path,
    model_id: str,
    log: Callable[[str], None] = lambda message: None,
) -> np.ndarray:
    """Passage vectors of the first `n` distractors, embedded once and kept in `cache_dir` by block.

    `embed` must be what the store uses for passages (e.g. `lambda t: embedder.embed(t, kind="passage")`).
    The cache folder is named by the generator's key and the model, so changing either starts afresh.
    """
    folder = Path(cache_dir) / f"vectors-{gen.key()}-{_slug(model_id)}"
    folder.mkdir(parents=True, exist_ok=True)
    blocks = []
    for b in range((n + BLOCK - 1) // BLOCK):
        path = folder / f"block-{b:04d}.npy"
        if not path.exists():
            started = time.perf_counter()
            vectors = np.asarray(embed([c.text for c in gen.chunks(BLOCK, start=b * BLOCK)]), dtype=np.float32)
            folder.mkdir(parents=True, exist_ok=True)  # again: a clean-up of data/ may have removed it meanwhile
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, vectors)
            tmp.replace(path)
            log(f"embedded distractors {b * BLOCK}-{(b + 1) * BLOCK} ({BLOCK / (time.perf_counter() - started):.0f} passages/s)")
        blocks.append(np.load(path))
    return np.concatenate(blocks)[:n] if blocks else np.zeros((0, 0), dtype=np.float32)


def bench_corpus(
    gen: DistractorGenerator, size: int, articles: int, embed, cache_dir: Path, model_id: str,
    log=lambda m: None, embed_limit: int | None = None,
) -> BenchCorpus:
    """A corpus of `size` passages in all: the `articles` real passages plus distractors.

    With `embed_limit`, only that many distractors are embedded; the rest reuse those vectors in
    turn, with a little noise. Such a corpus has the size, and so the search cost, of the real
    thing, but its dense ranking no longer follows the text: time it, do not score it.
    """
    n = max(0, size - articles)
    embedded = n if embed_limit is None else min(n, max(embed_limit, 1))
    vectors = cached_vectors(gen, embedded, embed, cache_dir, model_id, log)
    if embedded < n:
        rng = np.random.default_rng(embedded)
        extra = vectors[np.arange(n - embedded) % embedded] + rng.normal(0, 0.02, (n - embedded, vectors.shape[1])).astype(np.float32)
        extra /= np.linalg.norm(extra, axis=1, keepdims=True)
        vectors = np.concatenate([vectors, extra])
    return BenchCorpus(size=size, distractors=gen.chunks(n), vectors=vectors, reused=n - embedded)


def add_precomputed(store, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
    """Write passages with their already-computed vectors into a `ChromaStore`, skipping the embedder.

    Goes under the LangChain wrapper to each language's Chroma collection, whose `upsert` takes embeddings.
    """
    from assistant.store import _metadata

    langs = np.array([c.lang for c in chunks])
    for lang in dict.fromkeys(langs.tolist()):
        rows = np.flatnonzero(langs == lang)
        upsert_vectors(store.collection(lang), [chunks[i] for i in rows], vectors[rows], _metadata)
    store.generation += 1


def upsert_vectors(collection, chunks: Sequence[Chunk], vectors: np.ndarray, metadata: Callable[[Chunk], dict]) -> None:
    """Write `chunks` with their precomputed `vectors` into a Chroma collection, in batches it accepts."""
    batch = min(5000, collection._client.get_max_batch_size())
    for start in range(0, len(chunks), batch):
        part = chunks[start : start + batch]
        collection.upsert(
            ids=[c.id for c in part],
            embeddings=vectors[start : start + len(part)],
            documents=[c.text for c in part],
            metadatas=[metadata(c) for c in part],
        )


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _grams(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in Path(text).name)[:60] or "model"


# --------------------------------------------------------------------------------------------
# The plain LangChain setup the assistant is compared with


class LangChainBaseline:
    """RecursiveCharacterTextSplitter (1000/200) and dense top-4 through langchain-chroma, same embedding model.

        base = LangChainBaseline(client, "baseline", embeddings)
        base.add_articles(Path("corpus")); base.add_precomputed(chunks, vectors)
        docs = base.retrieve("Who blacklisted SenseTime?")   # [(doc, text), ...]
    """

    def __init__(self, client, collection: str, embeddings, k: int = 4):
        from langchain_chroma import Chroma

        self.k = k
        self.vectors = Chroma(client=client, collection_name=collection, embedding_function=embeddings, collection_metadata={"hnsw:space": "cosine"})

    def add_articles(self, corpus_dir: Path) -> int:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        texts, metas = [], []
        for path in iter_corpus_files([Path(corpus_dir)]):
            article = read_article(path)
            for piece in splitter.split_text(article.text):
                texts.append(piece)
                metas.append({"doc": article.doc})
        self.vectors.add_texts(texts, metadatas=metas, ids=[chunk_id(m["doc"], t) for t, m in zip(texts, metas)])
        return len(texts)

    def add_precomputed(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        upsert_vectors(self.vectors._collection, chunks, vectors, lambda c: {"doc": c.doc})

    def retrieve(self, question: str) -> list[tuple[str, str]]:
        return [(d.metadata.get("doc", ""), d.page_content) for d in self.vectors.similarity_search(question, k=self.k)]
