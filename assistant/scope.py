"""Which article a question points at: "selon l'article en anglais", "the Alibaba article", "the article about its IPO".

A question that names its source wants the answer from that source: its passages go first and only they are quoted
(when they hold evidence). The language of an article is read off the question; an article's topic is matched
against the candidate articles, by the names it spells (the article where they occur most) or, when it names
nothing, by meaning against each article's title and opening passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from assistant.text import fold

_LANGUAGE = {
    "en": re.compile(r"\b(english|anglais|anglophone)(e|es)?\b.{0,12}\b(article|piece|story|papier|source|press|presse)|\b(article|papier|source|presse)s?\b.{0,12}\b(english|anglais|anglophone|in english|en anglais)", re.I),
    "fr": re.compile(r"\b(french|francais|français|francophone)(e|es)?\b.{0,12}\b(article|piece|story|papier|source|press|presse)|\b(article|papier|source|presse)s?\b.{0,12}\b(french|français|francais|francophone|in french|en français)", re.I),
}
_LANGUAGE_WORDS = frozenset("english french anglais francais anglophone francophone english-language french-language".split())

# "the Alibaba article", "the French article about its IPO", "l'article sur l'outil de détection des Ouïghours":
# group 1 holds the words before "article", group 2 the topic after "about".
_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Ll]['’]|[Ll]e|[Cc]et)\s*((?:[\w-]+\s+){0,3}?)(?:article|story|piece|papier)\b"
    r"(?:\s+(?:en anglais|en français|in English|in French|anglais|français))?"
    r"(?:\s+(?:about|on|sur|consacrée? à|à propos de|concernant|au sujet de)\s+((?:[\w'’-]+[ \t]*){1,8}))?"
)
# A topic ends where the question goes on: "l'outil de détection des Ouïghours | présente-t-il Alibaba …".
_TOPIC_END = re.compile(r"^(?:\w+-t-\w+|\w+-(?:il|elle|ils|elles|on)|what|which|who|how|when|where|why|does|did|do|is|are|was|were|has|have|quel\w*|qui|que|comment|pourquoi|quand|combien|est|sont|a|ont)$", re.I)
_ARTICLE = re.compile(r"\b(?:article|papier)s?\b", re.I)
_NAME = re.compile(r"\b[A-Z][a-z][\w-]*")

# An article is the one a topic names when the names occur there at least this often, and this many times more
# often than in the next article; by meaning, when its similarity leads the next article's by this margin.
MIN_MENTIONS = 2
MENTION_RATIO = 2.0
MIN_MARGIN = 0.01


@dataclass(frozen=True)
class Scope:
    """What a question restricts its sources to: an article language and the topics of articles it names."""

    question: str = ""
    lang: str | None = None
    topics: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lang or self.topics)


def article_language_scope(question: str) -> str | None:
    """The article language a question restricts itself to ("selon l'article en anglais"), if any."""
    for lang, pattern in _LANGUAGE.items():
        if pattern.search(question):
            return lang
    return None


def article_scope(question: str) -> Scope:
    """The language and the topics of the article a question names as its source; nothing when it names more than
    one ("L'article en anglais et l'article français donnent-ils le même nombre ?" wants both)."""
    if len(_ARTICLE.findall(question)) > 1:
        return Scope(question=question)
    topics = []
    for match in _REFERENCE.finditer(question):
        named = [w for w in match.group(1).split() if _NAME.match(w) and fold(w) not in _LANGUAGE_WORDS]
        if named:
            topics.append(" ".join(named))
        topic = _topic(match.group(2)) if match.group(2) else ""
        if topic:
            topics.append(topic)
    return Scope(question=question, lang=article_language_scope(question), topics=tuple(dict.fromkeys(topics)))


def _topic(words: str) -> str:
    """The topic at the start of `words`: a name with what it owns ("SenseTime's IPO"), or the words up to where
    the question goes on ("l'outil de détection des Ouïghours | présente-t-il …")."""
    named = re.match(r"[A-Z][\w-]*(?:['’]s\s+[\w-]+)?", words)
    if named:
        return named.group(0)
    tokens = words.split()
    kept = next((i for i, w in enumerate(tokens) if _TOPIC_END.match(w.strip(",;:?!."))), len(tokens))
    topic = " ".join(tokens[:kept])
    return topic[: len(topic.rstrip(",;:?!. "))]


def topic_names(topic: str, question: str) -> list[str]:
    """The folded names a topic spells ("SenseTime's IPO" -> sensetime), or, for a topic that names nothing ("its
    IPO"), the names in the rest of the question, which its pronoun points back to."""
    names = [fold(n) for n in _NAME.findall(topic)]
    if not names:
        rest = question.replace(topic, " ")
        names = [fold(n) for n in _NAME.findall(rest[1:])]
    return [n for n in dict.fromkeys(names) if n not in _LANGUAGE_WORDS]


def mentions(names: list[str], text: str) -> int:
    """How often the folded `names` occur, as words or word starts ("sensetime's"), in folded `text`."""
    return sum(len(re.findall(rf"\b{re.escape(n)}", text)) for n in names)


def resolve_topic(
    topic: str,
    question: str,
    articles: Mapping[str, str],
    similarity: Callable[[str], Mapping[str, float]],
) -> str | None:
    """The article (of `articles`: doc -> folded full text) that `topic` names, or None when none stands out.

    `similarity(topic)` gives each article's closeness in meaning to the topic; it is asked only when names do
    not decide.
    """
    if not articles:
        return None
    if len(articles) == 1:
        return next(iter(articles))
    names = topic_names(topic, question)
    if names:
        counts = sorted(((mentions(names, text), doc) for doc, text in articles.items()), reverse=True)
        (best, doc), (second, _) = counts[0], counts[1]
        if best >= MIN_MENTIONS and best >= MENTION_RATIO * second:
            return doc
    scores = similarity(topic)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] >= MIN_MARGIN:
        return ranked[0][0]
    return None


def cosine_scores(query: np.ndarray, vectors: Mapping[str, np.ndarray]) -> dict[str, float]:
    """Dot products of a normalised query vector with normalised article vectors."""
    return {doc: float(np.dot(query, v)) for doc, v in vectors.items()}
