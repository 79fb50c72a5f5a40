"""Which article a question points at: "selon l'article en anglais", "the Alibaba article", "the article about its IPO".

A question that names its source wants the answer from that source: its passages go first and only they are quoted
(when they hold evidence). The language of an article is read off the question. A topic is matched against the
candidate articles (those of the language named, if one is): by the names it spells, or, for "its IPO", the names of
the question its pronoun points back to (the article where they occur clearly most); else, or when names do not
decide, by meaning against each article's title and opening passage (the closest, if clearly closest). A lone
candidate article is the one named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assistant.text import fold, names_in_question

_NOUN = r"(?:article|story|piece|write-?up|papier)"
_MEDIUM = rf"(?:{_NOUN}|source|press|presse|coverage|reporting|reports?|media|médias|couverture|site|website|outlet|texte|text|version)"  # "the French coverage", « le site anglophone », « le texte rédigé en anglais »
_LANGUAGE = {
    "en": re.compile(
        rf"\b(english|anglais|anglophone|british|britannique|uk)(e|es)?\b.{{0,12}}\b{_MEDIUM}s?\b"
        rf"|\b{_MEDIUM}s?\b.{{0,12}}\b(english|anglais|anglophone|in english|en anglais|british|britannique|uk)(e|es|s)?\b",
        re.I,
    ),
    "fr": re.compile(
        rf"\b(french|francais|français|francophone)(e|es)?\b.{{0,12}}\b{_MEDIUM}s?\b"
        rf"|\b{_MEDIUM}s?\b.{{0,12}}\b(french|français|francais|francophone|in french|en français|en francais)(e|es|s)?\b",
        re.I,
    ),
}
_LANGUAGE_WORDS = frozenset("english french anglais francais anglophone francophone english-language french-language british britannique uk".split())

# "the Alibaba article", "the French article about its IPO", "l'article en anglais", "l'article sur l'outil de
# détection des Ouïghours": group 1 holds the words before the noun, group 2 a language after it, group 3 the topic.
_REFERENCE = re.compile(
    rf"\b(?:(?:[Tt]he|[Ll]e|[Cc]et)\s+|[Ll]['’]\s*)((?:[\w-]+\s+){{0,3}}?){_NOUN}\b"
    r"(\s+(?:en anglais|en français|en francais|in English|in French|anglais|français|francais)\b)?"
    r"(?:\s+(?:about|on|sur|consacr[ée]e?s?\s+(?:à|a|au|aux)|[àa] propos d(?:e|u|es)|concernant|au sujet d(?:e|u|es))\s+((?:[\w'’-]+[ \t]*){1,8}))?"
)
# A topic ends where the question goes on: "l'outil de détection des Ouïghours | présente-t-il Alibaba …".
_TOPIC_END = re.compile(
    r"^(?:\w+-t-\w+|\w+-(?:il|elle|ils|elles|on)|what|which|who|how|when|where|why|does|did|do|is|are|was|were|has|have"
    r"|quel\w*|qui|que|comment|pourquoi|quand|combien|est|sont|ont)$",
    re.I,
)
_NAME_RUN = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:['’]s\s+[\w-]+)?")  # "SenseTime's IPO", "Hong Kong"
_POSSESSIVE = re.compile(r"^(?:its|their|his|her|son|sa|ses|leur|leurs)\b", re.I)

# An article is the one a topic names when the names occur there at least this often, and this many times more
# often than in the next article; by meaning, when its similarity leads the next article's by this margin
# (bfloat16 and float32 vectors differ by about a fifth of it).
MIN_MENTIONS = 2
MENTION_RATIO = 2.0
MIN_MARGIN = 0.01


@dataclass(frozen=True)
class Scope:
    """What a question restricts its sources to: an article language and the topics of articles it names."""

    lang: str | None = None
    topics: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.lang or self.topics)


def article_language_scope(question: str) -> str | None:
    """The article language a question restricts itself to ("selon l'article en anglais"), if any: none when it names
    both ("Les articles français et anglais citent-ils la même déclaration ?")."""
    named = [lang for lang, pattern in _LANGUAGE.items() if pattern.search(question)]
    return named[0] if len(named) == 1 and not _BOTH_LANGUAGES.search(question) else None


_BOTH_LANGUAGES = re.compile(
    r"\b(?:french|fran[çc]ais\w*)\s+(?:and|or|et|ou)\s+(?:english|anglais\w*)\b|\b(?:english|anglais\w*)\s+(?:and|or|et|ou)\s+(?:french|fran[çc]ais\w*)\b",
    re.I,
)


def article_scope(question: str) -> Scope:
    """The language and the topics of the article a question names as its source; nothing when it names more than
    one ("L'article en anglais et l'article français donnent-ils le même nombre ?" wants both). A bare "the story"
    names no article in particular."""
    references = [m for m in _REFERENCE.finditer(question) if m.group(1).strip() or m.group(2) or m.group(3)]
    if len(references) > 1:
        return Scope()
    topics = []
    for match in references:
        named = [w for w in match.group(1).split() if names_in_question(f" {w}") and fold(w) not in _LANGUAGE_WORDS]
        if named:
            topics.append(" ".join(named))
        topic = _topic(match.group(3)) if match.group(3) else ""
        if topic:
            topics.append(topic)
    return Scope(lang=article_language_scope(question), topics=tuple(dict.fromkeys(topics)))


def compared_topics(question: str) -> list[str]:
    """The topics of the articles a question compares, in the order named, when it names two or more by what they
    are about ("The SenseTime article and the Amazon article both give a figure …", « l'article sur Amazon et celui sur
    les 28 entreprises », "according to the Alibaba and Amazon articles"); [] when it names fewer, or one only by its
    language."""
    return [topic for topic, _, _ in _compared_references(question)]


def without_compared_references(question: str) -> str:
    """`question` without the words naming the articles it compares (`compared_topics`): « L'article sur Alibaba et
    celui sur les 28 entreprises donnent-ils le même nombre … ? » keeps « donnent-ils le même nombre … »."""
    for _, start, end in reversed(_compared_references(question)):
        question = f"{question[:start]} {question[end:]}"
    return question


def _compared_references(question: str) -> list[tuple[str, int, int]]:
    """`compared_topics`, each with where its reference starts and ends in `question`."""
    pair = _TWO_NAMED_ARTICLES.search(question)
    if pair and any(fold(name or "") in _LANGUAGE_WORDS for name in pair.groups()):
        return []  # "Do the French and English articles agree?": named by their language only
    if pair:
        return [(pair.group(1) or pair.group(3), pair.start(), pair.end()), (pair.group(2) or pair.group(4), pair.end(), pair.end())]
    found, start = [], 0
    while match := _REFERENCE.search(question, start):
        about = match.group(3) or ""
        # "l'article sur Amazon et l'article sur les 28 entreprises": a topic ends where the next reference starts
        after = _REFERENCE.search(about) or _THE_ONE_ABOUT.search(about)
        about = about[: after.start()] if after else about
        start = match.start(3) + after.start() if after else match.end()
        named = [w for w in match.group(1).split() if names_in_question(f" {w}") and fold(w) not in _LANGUAGE_WORDS]
        # a topic ends where the question goes on: "the one about the blacklist | both mention Reuters"
        about = re.split(_COMPARED_TOPIC_END, about)[0]
        topic = " ".join(named) or (_topic(about.strip()) if about.strip() else "")
        if not topic:
            return []
        # the reference ends with its topic ("l'article sur Alibaba | et celui …"), or with its noun ("the SenseTime article")
        if named:
            end = match.end(2) if match.group(2) else match.end(1) + len(re.match(rf"\s*{_NOUN}", question[match.end(1) :]).group(0))
        else:
            end = match.start(3) + about.index(topic) + len(topic)
        found.append((topic, match.start(), end))
        one = _THE_ONE_ABOUT.match(question, start)
        if one:  # « … et celui sur les 28 entreprises »
            other = _topic(re.split(_COMPARED_TOPIC_END, one.group(1))[0].strip())
            found.append((other, one.start(), one.start(1) + one.group(1).index(other) + len(other)))
            start = one.end()
    return found if len(found) >= 2 and all(topic for topic, _, _ in found) else []


# "the Alibaba and Amazon articles", « les articles sur Amazon et Alibaba »
_TWO_NAMED_ARTICLES = re.compile(
    rf"\b(?:[Tt]he|[Bb]oth)\s+([A-Z][\w-]*)\s+(?:and|&)\s+([A-Z][\w-]*)\s+{_NOUN}s\b|\b[Ll]es\s+(?:deux\s+)?{_NOUN}s\s+(?:sur|consacrés à)\s+([A-Z][\w-]*)\s+et\s+(?:sur\s+)?([A-Z][\w-]*)"
)
_COMPARED_TOPIC_END = re.compile(
    r"\s(?=(?:both|all|each|tous|toutes|chacun\w*|mention\w*|say|says|said|disent|dit|cite|cites|citent|give|gives|donnent|report\w*|rapportent"
    r"|describe\w*|decrivent|agree\w*|differ\w*|divergent|concordent|parlent|talk|talks)\b)",
    re.I,
)
# "… and the one about the 28 firms", « … et celui sur les 28 entreprises »
_THE_ONE_ABOUT = re.compile(r"\s*(?:,\s*)?(?:and|et)\s+(?:the one|that|celui|celle)\s+(?:about|on|sur|consacr[ée]e?\s+(?:à|a|au|aux)|[àa] propos d(?:e|u|es))\s+((?:[\w'’-]+[ \t]*){1,8})")


def spans_articles(question: str) -> bool:
    """Whether the question asks across articles: "The SenseTime article and the Amazon article both …", "Do the
    articles agree …?", "les deux articles"."""
    return len(_REFERENCE.findall(question)) >= 2 or bool(re.search(r"\b(?:articles|both|les deux)\b", question, re.I))


def without_article_references(question: str) -> str:
    """`question` without the words that name an article ("the Alibaba article"): names there are no actors."""
    return _REFERENCE.sub(" ", question)


# "What does the Uighur entity-list article say about …?", « Que dit l'article sur Alibaba … ? »: an article speaks,
# which asks what it tells, not anyone's words. The article is the subject: right after "does" / "did" (or opening the
# question), or after a French verb put first; not "What did Alibaba in the article say?", "Did Ross say the article …".
_ARTICLE_BEFORE = re.compile(
    rf"(?:^|[.?!;,]\s*|\b(?:does|did|do|has|have|will|would)\s+)(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_NOUN}|report|coverage)s?\s+$"
    rf"|\b(?:que|qu['’]est-ce que)\s+(?:les|ces|l['’]\s*|le|cet)\s*(?:[\w'’-]+\s+){{0,2}}?{_NOUN}s?\s+$",  # « Qu'est-ce que les articles disaient … ? »
    re.I,
)
# (or another text: « Que disait le reportage du Post ? », « … la loi votée par la Chambre ? »)
_ARTICLE_AFTER = re.compile(
    rf"^(?:-t-\w+)?\s+(?:l['’]\s*|le\s+|la\s+|cet\s+|les\s+|ces\s+)(?:[\w-]+\s+){{0,2}}?(?:{_NOUN}|reportage|rapport|document|loi|texte|site|page)s?\b", re.I
)


# « … quels autres types de sociétés l'article anglophone dit-il avoir été ajoutés ? »: the article before its verb, inverted
_ARTICLE_INVERTED = re.compile(rf"(?:^|\s)(?:l['’]\s*|le\s+|cet\s+)(?:[\w'’-]+\s+){{0,2}}?{_NOUN}(?:\s+(?:en\s+)?[\w'’-]+)?\s+$", re.I)


def article_speaks(question: str, start: int, end: int) -> bool:
    """Whether the verb at `question[start:end]` ("say", « dit ») has an article as its subject ("What does the
    Alibaba article say …?", "… ? The French article said something like …", « l'article anglophone dit-il »)."""
    inverted = bool(_ARTICLE_INVERTED.search(question[:start]) and re.match(r"-(?:t-)?(?:il|elle)\b", question[end:]))
    return bool(_ARTICLE_BEFORE.search(question[:start]) or _ARTICLE_AFTER.match(question[end:]) or inverted)


def _topic(words: str) -> str:
    """The topic at the start of `words`: a name with what it owns ("SenseTime's IPO"), or the words up to where
    the question goes on ("l'outil de détection des Ouïghours | présente-t-il …")."""
    named = _NAME_RUN.match(words)
    if named:
        return named.group(0)
    tokens = words.split()
    kept = next((i for i, w in enumerate(tokens) if _TOPIC_END.match(w)), len(tokens))
    return " ".join(tokens[:kept])


def topic_names(topic: str, question: str) -> list[str]:
    """The folded names a topic spells ("SenseTime's IPO" -> sensetime); for a topic owned by a pronoun ("its
    IPO"), the names in the rest of the question, which the pronoun points back to."""
    names = names_in_question(f" {topic}")
    if not names and _POSSESSIVE.match(topic):
        names = names_in_question(question.replace(topic, " "))
    return sorted(n for n in names if n not in _LANGUAGE_WORDS)


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
    ranked = sorted(similarity(topic).items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] >= MIN_MARGIN:
        return ranked[0][0]
    return None
