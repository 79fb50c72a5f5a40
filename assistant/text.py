"""Language-aware text helpers shared by chunking, keyword search and the refusal decision.

No tokenizer here downloads data: sentence splitting and normalisation are rules for French and English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Typographic apostrophes and quotes seen in French press text, and the spaces it uses around them.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")

STOPWORDS_EN = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each few for from further had has have having he her here hers him his
    how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
    same she should so some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours said says say
    according article articles tell told""".split()
)
STOPWORDS_FR = frozenset(
    """a au aux avec ce ces cet cette dans de des du elle elles en est et eu il ils je la le les leur leurs lui ma mais me
    meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une
    vos votre vous c d j l m n s t y ete etre avoir ont a-t-elle a-t-il quel quelle quels quelles combien pourquoi comment
    quand ou selon est-ce ceci cela ca comme plus aussi donc dont lors leurs sera seront etait etaient fait faire tout tous
    toute toutes apres avant entre sans sous chez vers ainsi alors il-y-a y-a-t-il article articles dit disent""".split()
)
STOPWORDS = STOPWORDS_EN | STOPWORDS_FR

_FR_HINTS = frozenset("le la les des du de au aux ce ces est et une que qui dans pour sur avec par pas sont cette ont été sous contre aussi autres il elle ils elles nous vous".split())
_EN_HINTS = frozenset("the and is are was were of to in that with for on by has have which this from it be".split())

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    "m mm mme mlle dr pr st ste mr mrs ms prof inc co corp ltd jr sr vs etc cf ex no nº p pp env av apr j.-c u.s "
    "u.k e.g i.e janv fév févr sept oct nov déc jan feb mar apr aug sep dec gen gov sen rep".split()
)
_SENTENCE_BOUNDARY = re.compile(r"(?<=[.!?…])([\"»”’)\]]*)\s+(?=[«\"“(\[]?\s*[A-ZÀ-ÖØ-Þ0-9])")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lowercase, strip accents, plain apostrophes and single spaces: the form used for matching.

    Cached: evidence scoring folds the same candidate sentences once per question term.
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return _SPACES.sub(" ", text.lower()).strip()


_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")


def words(text: str) -> list[str]:
    """Folded word tokens; French elisions (l', d', qu') split off so the word itself remains."""
    return _TOKEN.findall(fold(text).replace("'", " "))


def stem(token: str, length: int = 6) -> str:
    """A language-agnostic stem: the first `length` characters.

    Prefix truncation is crude, but it maps French and English cognates onto one key
    (repression/répression, detention/détention, economy/économie), which a per-language
    stemmer would not, and it needs no downloaded data.
    """
    return token if token.isdigit() else token[:length]


def content_terms(text: str) -> list[str]:
    """Folded, stopword-free tokens of `text` (numbers kept), in order, without repeats."""
    seen, out = set(), []
    for token in words(text):
        token = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", token)  # "1,500" is the number 1500, written "1 500" in French
        if token in STOPWORDS or (len(token) < 2 and not token.isdigit()):
            continue
        if token not in seen:
            seen.add(token)
            out.append(token)
    return out


_OPENING_NAMES: frozenset[str] = frozenset()  # see know_names


def know_names(names) -> None:
    """Tell `names_in_question` the names the articles spell (folded), so that a question's first word, capitalised
    like any first word, still counts as a name when it is one of them ("Dahua response to the accusations?",
    "SenseTime répond quoi ?"). The assistant calls it whenever its index changes."""
    global _OPENING_NAMES
    _OPENING_NAMES = frozenset(fold(n) for n in names)


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence of `text` (its first word, or one after . ? or !)."""
    return not text[:start].strip() or text[:start].rstrip()[-1] in ".?!"


def is_known_name(word: str) -> bool:
    """Whether `word` is a name the articles spell (see `know_names`)."""
    return fold(word) in _OPENING_NAMES


def names_in_question(question: str) -> set[str]:
    """Folded names a question spells with a capital: Alibaba, SenseTime (not PDG or US). Its first word counts
    only when the articles spell it as a name (see `know_names`): "Which", "Concrètement" take a capital there."""
    # So does the first word of a later sentence: "… la guerre commerciale. Quelle raison avance-t-il ?"
    found = {
        fold(m.group(0)) for m in re.finditer(r"\b[A-Z][a-z][A-Za-z]*\b", question[1:])
        if not re.search(r"[\w»”\"')]\s?[.!?]\s+$", question[: m.start() + 1]) or is_known_name(m.group(0))  # « … ? Que … » too
    }
    first = re.match(r"[A-Z][a-z][A-Za-z]*\b", question)
    if first and is_known_name(first.group(0)):
        found.add(fold(first.group(0)))
    return found


def keyword_tokens(text: str) -> list[str]:
    """Tokens for BM25: stopwords dropped, stemmed by prefix."""
    return [stem(t) for t in words(text) if t not in STOPWORDS]


def detect_language(text: str) -> str:
    """'fr' or 'en' by counting frequent function words (ties go to English)."""
    tokens = words(text[:5000])
    fr = sum(t in _FR_HINTS for t in tokens) + 2 * text.count("’") + sum(c in "éèêàçù" for c in text[:5000]) / 10
    en = sum(t in _EN_HINTS for t in tokens)
    return "fr" if fr > en else "en"


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences at . ! ? … followed by a capital, respecting abbreviations."""
    paragraph = paragraph.strip()
    if not paragraph:
        return []
    sentences, start = [], 0
    for match in _SENTENCE_BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group(1))
        candidate = paragraph[start:end]
        last_word = re.search(r"([\w.\-]+)[.!?…]+[\"»”’)\]]*$", candidate)
        if last_word and last_word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if last_word and len(last_word.group(1)) == 1 and last_word.group(1).isupper():
            continue  # an initial: "J. Smith"
        sentences.append(candidate.strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


@lru_cache(maxsize=4096)
def folded_words(text: str) -> frozenset[str]:
    """The set of folded words of `text`, cached: support checks ask it of the same evidence many times."""
    return frozenset(words(text))


_FR_QUESTION = frozenset("quel quelle quels quelles lequel laquelle lesquels lesquelles qui que quoi combien pourquoi quand comment ou est-ce selon".split())
_EN_QUESTION = frozenset("what which who whom whose how why when where did does do is are was were according".split())


def question_language(text: str) -> str:
    """'fr' or 'en' for a short question: question words weigh more than in running text."""
    tokens = words(text)
    fr = sum(t in _FR_QUESTION or t in _FR_HINTS for t in tokens) + sum(c in "éèêàçùâîôû’" for c in text)
    en = sum(t in _EN_QUESTION or t in _EN_HINTS for t in tokens)
    if fr == en:
        return detect_language(text)
    return "fr" if fr > en else "en"


_WORD = re.compile(r"[^\W\d_][\w-]*")


def spelled_names(texts) -> dict[str, str]:
    """The names a chat question may type otherwise than the articles do, and how the articles spell them:

    - words the texts only ever spell with a capital, away from a sentence's or a quotation's start, and at least
      once on their own or before a firm's form ("Hikvision", "Dahua", "SenseTime", "Megvii" of "Megvii Technology";
      not "New" of "New York"), or with one inside ("iOS"), by their lowercase form;
    - the initials of a name of three words or more that the texts spell out but never abbreviate ("NYT" for "New
      York Times"), when only one of their names has those initials, by the initials.
    """
    spelled: dict[str, str] = {}
    lower: set[str] = set()
    written: set[str] = set()
    initials: dict[str, set[str]] = {}
    for text in texts:
        lower.update(_LOWERCASE_WORD.findall(text))
        for word in _INNER_CAPITAL_WORD.findall(text):  # "iOS", "eBay": a name however it opens
            spelled.setdefault(word.lower(), word)
        for run in _CAPITALISED_RUN.finditer(text):
            names = run.group(0).split()
            written.update(names)
            if capitalised_anyway(text, run.start()):
                names = names[1:]  # "Selon Reuters": the first word is capitalised as the sentence's
            # on its own, not a part of "New York Times"; or a firm's own name before its form ("Megvii Technology")
            if len(names) == 1 or (len(names) == 2 and names[1] in COMPANY_FORMS):
                word = names[0]
                if len(word) >= 3 and not word.isupper() and fold(word) not in STOPWORDS:
                    spelled.setdefault(word.lower(), word)
            for start in range(len(names)):  # "Le New York Times": "New York Times" and "York Times" too
                for end in range(start + 3, len(names) + 1):
                    initials.setdefault("".join(w[0] for w in names[start:end]).upper(), set()).add(" ".join(names[start:end]))
    spelled = {key: word for key, word in spelled.items() if key not in lower}
    spelled.update((key, next(iter(full))) for key, full in initials.items() if len(full) == 1 and key not in written)
    return spelled


COMPANY_FORMS = frozenset("Technology Technologies Group Co Corp Inc Ltd Holdings".split())
_LOWERCASE_WORD = re.compile(r"(?<![\w-])[a-zà-öø-ÿ][a-zà-öø-ÿ0-9_-]*(?![\w-])")
_INNER_CAPITAL_WORD = re.compile(r"(?<![\w-])[a-zà-öø-ÿ]+[A-ZÀ-ÖØ-Þ][\w-]*")
_CAPITALISED_RUN = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][\w-]*(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w-]*)*")


def capitalised_anyway(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line or a quotation, where any word takes a capital."""
    head = text[:start]
    before = head.rstrip()
    return not before or before[-1] in ".!?«“\":" or "\n" in head[len(before) :]


def restore_names(question: str, names: dict[str, str]) -> str:
    """`question` with the names it typed in lowercase or as initials spelled as the articles do: "nom complet de
    hikvision ?" -> "nom complet de Hikvision ?", "per the NYT" -> "per the New York Times", so that they count as
    names."""
    if not names:
        return question
    return _WORD.sub(lambda m: names.get(m.group(0), m.group(0)) if m.group(0).islower() or m.group(0).isupper() else m.group(0), question)


# Chat shorthand for words the articles spell out ("la reco faciale", "the Commerce Dept", "les négos"), in the
# question's language: {folded shorthand: (English, French)}. Only forms that mean one thing in this domain.
_SHORTHAND = {
    "dept": ("Department", "département"),
    "depts": ("Departments", "départements"),
    "govt": ("government", "gouvernement"),
    "gvt": ("government", "gouvernement"),
    "gouv": ("government", "gouvernement"),
    "admin": ("administration", "administration"),
    "reco": ("recognition", "reconnaissance"),
    "nego": ("negotiation", "négociation"),
    "negos": ("negotiations", "négociations"),
    "ste": ("company", "société"),  # "sté"
    "stes": ("companies", "sociétés"),
    "cos": ("companies", "sociétés"),  # "how many AI cos"
    "pq": ("why", "pourquoi"),
    "cb": ("how many", "combien"),  # « cb de voix ? »
    "cmb": ("how many", "combien"),
    "rep": ("representative", "réponse"),  # "whats that rep's name"; « la rep de SenseTime »
    "reps": ("representatives", "réponses"),
    "exec": ("executive", "dirigeant"),  # "which amazon exec signed off"
    "execs": ("executives", "dirigeants"),
    "secy": ("secretary", "secrétaire"),
    "spox": ("spokesperson", "porte-parole"),
    "wapo": ("Washington Post", "Washington Post"),  # "wht did wapo say huawei tested"
    "wsj": ("Wall Street Journal", "Wall Street Journal"),
    "koi": ("what", "quoi"),  # « c koi les 2 plus grosses boites »
    "qd": ("when", "quand"),
    "qdo": ("when", "quand"),
    "pk": ("why", "pourquoi"),
    "qqn": ("someone", "quelqu'un"),
    "bcp": ("a lot", "beaucoup"),
    "intl": ("international", "international"),
    "hk": ("Hong Kong", "Hong Kong"),
    "yr": ("year", "année"),
    "yrs": ("years", "années"),
    "cam": ("camera", "caméra"),
    "cams": ("cameras", "caméras"),  # "how many hikvision cams r actually installed in the US"
    "tps": ("time", "temps"),  # « ça dure depuis cmb de tps ? »
    **{slang: ("money", "argent") for slang in ("thune", "thunes", "fric", "pognon")},  # « alibaba a mis cmb de thunes dans sensetime »
    # Months ("on Dec 8", "le 8 déc."); not "sept", the French seven, nor "mar", "may" or "mai", which are words.
    **{short: (month, mois) for month, mois, shorts in (
        ("January", "janvier", ("jan", "janv")), ("February", "février", ("feb", "fev", "fevr")), ("April", "avril", ("apr", "avr")),
        ("June", "juin", ("jun",)), ("July", "juillet", ("jul", "juil")), ("August", "août", ("aug",)), ("October", "octobre", ("oct",)),
        ("November", "novembre", ("nov",)), ("December", "décembre", ("dec",)),
    ) for short in shorts},
}
_SHORTHAND_WORD = re.compile(r"(?<![\w'’-])(\w+)\.?(?![\w$-]|['’](?!s\b))")  # not "HK$5.5 billion"; "that rep's name"


def spell_out(question: str, lang: str) -> str:
    """`question` with chat shorthand written in full: "la reco faciale" -> "la reconnaissance faciale", "the
    Commerce Dept statement" -> "the Commerce Department statement", "les négos" -> "les négociations", "1/3 du
    marché" -> "un tiers du marché"."""
    column = 1 if lang == "fr" else 0

    def full(match: re.Match) -> str:
        forms = _SHORTHAND.get(fold(match.group(1)))  # "négos" and "negos", "Dept" and "dept"
        return forms[column] if forms else match.group(0)

    def fraction(match: re.Match) -> str:
        return _FRACTIONS[match.group(0)][column]

    # "Apple's devices" are the articles' "iOS devices" (Apple itself, who found or patched a hack, stays Apple)
    question = _APPLE_DEVICES_FR.sub(r"\1 iOS", _APPLE_DEVICES_EN.sub(r"iOS \1", question))
    # "the tariff fight", « la guerre tarifaire »: the articles' trade war (a tariff asked for stays a price)
    question = _TARIFF_WAR.sub("guerre commerciale" if lang == "fr" else "trade war", question)
    # "whos the rep": who is (not "whos cameras", whose)
    question = re.sub(r"\b([Ww])hos(?= (?:the|that|this|a|an|their|its|his|her)\b)", r"\1ho is", question)
    if lang == "fr":  # « c qui le porte-parole ? »: "c" opening a question is « c'est » (not « la série C »)
        question = re.sub(r"^(\s*)[cC] (?=(?:qui|quoi|koi|quand|comment|combien|ou|où)\b)", r"\1c'est ", question)
        # « la startup nanotech c laquelle ? »: anywhere before "which one"
        question = re.sub(r"(?<![\w'’-])[cC] (?=(?:laquelle|lequel|lesquel(?:le)?s)\b)", "c'est ", question)
    question = _FRACTION.sub(fraction, _SHORTHAND_WORD.sub(full, question))
    if lang == "fr":  # « cmb de thunes » -> « combien d'argent », not « de argent »
        question = re.sub(r"\b(?:(d|l)[eE]|(D|L)[eE]) (?=argent\b)", lambda m: f"{m.group(1) or m.group(2)}'", question)
        question = re.sub(r"\b([dD])u (?=argent\b)", r"\1e l'", question)
    return question


_TARIFF_WAR = re.compile(r"\btariff (?:fight|war|dispute|battle|conflict|standoff|row)s?\b|\bguerre (?:tarifaire|des tarifs)\b", re.IGNORECASE)
_APPLE_DEVICES_EN = re.compile(r"\bApple(?:['’]s)?\s+(devices?|phones?|iphones?|smartphones?)\b", re.IGNORECASE)
_APPLE_DEVICES_FR = re.compile(r"\b(appareils?|t[ée]l[ée]phones?|smartphones?|iphones?)\s+(?:d['’]\s*)?Apple\b", re.IGNORECASE)
# "1/3 du marché": the articles write fractions in words ("up to a third", « au moins un tiers »).
_FRACTIONS = {
    "1/2": ("half", "la moitié"),
    "1/3": ("a third", "un tiers"),
    "2/3": ("two thirds", "deux tiers"),
    "1/4": ("a quarter", "un quart"),
    "3/4": ("three quarters", "trois quarts"),
}
_FRACTION = re.compile(r"(?<![\d/])(?:1/2|1/3|2/3|1/4|3/4)(?![\d/])")
