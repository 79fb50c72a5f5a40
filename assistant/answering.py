"""From retrieved passages to an answer: pick evidence sentences, decide refusal, write the cited answer.

The refusal decision does not trust similarity scores (e5 scores unanswerable questions as high as
answerable ones). It asks whether the question's key terms (names, numbers, places, peoples) are
actually present in the evidence, in either language.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable, Collection, Sequence

import numpy as np

from assistant.citations import Draft, cite
from assistant.embedding import Embedder
from assistant.lexicon import CAPITALS, CHINESE_FIRMS, PEOPLES, PLACES, attribute_phrases_in, capital_forms, claimed_by_longer, equivalents, is_attribute, is_place, phrases_in, place_key
from assistant.scope import article_language_scope, article_speaks, without_article_references
from assistant.text import (
    COMPANY_FORMS,
    STOPWORDS,
    capitalised_anyway,
    content_terms,
    fold,
    folded_words,
    is_known_name,
    names_in_question,
    opens_sentence,
    question_language,
    split_sentences,
    stem,
    words,
)
from assistant.types import Lang, Passage

# Words that ask rather than inform: never key terms.
_QUESTION_WORDS = frozenset(
    """much many long often kind sort type mean means meaning happen happened name names called reason reasons
    role part way ways did do does make made get got give gave take took new first last one two
    exactement notamment precisement quoi nom noms raison raisons role fait ont avait ete depuis temps""".split()
)


@dataclass(frozen=True)
class Evidence:
    """A sentence of a retrieved passage, scored against the question."""

    passage: int  # 1-based index into the retrieved passages
    sentence: str
    score: float
    antecedent: str = ""  # the sentences before, when this one's subject is "the company", "la société", "it"…


@dataclass(frozen=True)
class Support:
    """Which of the question's key terms the evidence supports."""

    key_terms: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def supported(self) -> bool:
        return not self.missing


# ---------------------------------------------------------------- evidence


class EvidenceSelector:
    """Scores every sentence of the retrieved passages against the question.

    Score = dense similarity of the sentence to the question (less most of the lift e5 gives sentences in the
    question's own language, and a share of its closeness to its article's title) + a bonus for the question's
    key terms it contains + a small prior for the passage's rank.
    """

    def __init__(
        self, embedder: Embedder, lexical_weight: float = 0.12, rank_weight: float = 0.01, title_weight: float = 0.14, language_weight: float = 0.75
    ):
        self.embedder = embedder
        self.language_weight = language_weight
        self.lexical_weight = lexical_weight
        self.rank_weight = rank_weight
        self.title_weight = title_weight

    def warm(self, texts: Sequence[str], batch: int = 256, progress: Callable[[int, int], None] | None = None, titles: Sequence[str] = ()) -> int:
        """Embed (and keep on disk) the sentences of passage `texts`, and the article `titles`, so answers never wait
        for them; returns how many texts were embedded (sentences, and those led by a pronoun read after the one before). `progress(done, total)` is called after each batch."""
        if titles:
            self.embedder.embed(list(dict.fromkeys(t for t in titles if t)), kind="query", persist=True)
        per_text = [sentence_units(text) for text in texts]
        units = list(dict.fromkeys(u for text_units in per_text for u in text_units))
        units += list(dict.fromkeys(pair for text_units in per_text for pair in _read_on_pairs(text_units) if pair))
        for start in range(0, len(units), batch):
            self.embedder.embed(units[start : start + batch], kind="passage", persist=True)
            if progress:
                progress(min(start + batch, len(units)), len(units))
        return len(units)

    def select(
        self,
        question: str,
        passages: Sequence[Passage],
        context: str = "",
        referents: Collection[str] = (),
        people: Collection[str] = (),
        before: Sequence[str] = (),
        described: Sequence[str] = (),
    ) -> list[Evidence]:
        """Every sentence of `passages`, best first. `context` is the conversation so far; `referents` the folded
        names a follow-up's "the company" may stand for ("How did the company react?" after a turn about
        SenseTime wants SenseTime's words), `people` those its "he" or "elle" may ("Comment a-t-il justifié la
        sanction ?" after "Who was Commerce Secretary?" - "Wilbur Ross" wants Wilbur Ross's words); `before`, one
        per passage, the article's sentence before it, which a passage opening on a pronoun ("Il a également …")
        reads on from; `described`, the names the question's descriptions stand for ("the e-commerce giant": Amazon),
        looked for beside its own words."""
        before_passage = before
        candidates: list[tuple[int, str]] = []
        antecedents: list[str] = []  # for a sentence whose subject is "the company" or "it": the sentence before
        read_on: list[str] = []  # for a sentence whose subject is a pronoun: it read after the sentence before
        seen: dict[str, int] = {}
        for i, p in enumerate(passages, start=1):
            previous, before = p.chunk.title, before_passage[i - 1] if i <= len(before_passage) else ""
            for unit in sentence_units(p.chunk.text):
                # "L'entreprise chinoise affirme …" after "SenseTime a préféré …": the antecedent may itself lean on
                # the sentence before, so the name carries along the chain.
                antecedent = previous if _SUBJECT_ANAPHOR.match(unit) or _CLAUSE_SUBJECT_ANAPHOR.search(unit) or _READ_IN_IT.match(unit) else ""
                leans = _read_on(before, unit)
                if unit not in seen:  # overlapping passages repeat sentences: keep the best-ranked copy
                    seen[unit] = len(candidates)
                    candidates.append((i, unit))
                    antecedents.append(antecedent)
                    read_on.append(leans)
                elif leans and not read_on[seen[unit]]:
                    read_on[seen[unit]] = leans  # the best-ranked copy opened its passage: the sentence before is here
                previous, before = f"{unit} {antecedent}".strip(), unit
        if not candidates:
            return []
        sv = self.embedder.embed([s for _, s in candidates], kind="passage", persist=True)
        # "Il a également déployé un vaste réseau de surveillance, utilisant la reconnaissance faciale …" means what
        # it says of the sentence before ("Le gouvernement chinois a entraîné des centaines de milliers d'Ouïghours
        # …"): it is as close to a question as the two read together.
        leaning = [n for n, text in enumerate(read_on) if text]
        lv = self.embedder.embed([read_on[n] for n in leaning], kind="passage", persist=True) if leaning else None

        def similarity(vector: np.ndarray) -> np.ndarray:
            sim = sv @ vector
            if lv is not None:
                sim[leaning] = np.maximum(sim[leaning], lv @ vector)
            return sim
        # "Apart from facial recognition, what other firms…": what the question already knows is not what it asks.
        asked = question
        if _KNOWN_CLAUSE.search(question):  # otherwise the question's own vector, already computed, serves
            asked = re.sub(r"\s+([,?])", r"\1", _KNOWN_CLAUSE.sub(" ", question)).strip(" ,") or question
        lang = question_language(question)
        folded_question = fold(question)
        referred = referred_to(question, referents, people)
        if referred:
            asked = f"{asked} ({', '.join(sorted(referred))})"
        elif context and not names_in_question(question):
            # "What was that software able to do?" after a turn on Huawei: about Huawei's, not Alibaba's
            named = sorted(n for n in referents if is_known_name(n) and not is_place(n))  # not "Un" opening the answer
            if named:
                asked = f"{asked} ({', '.join(named)})"
        if described:
            asked = f"{asked} ({', '.join(described)})"
        dense = similarity(self.embedder.embed([asked], kind="query")[0])
        if context:
            # A follow-up is judged on its own words first and the conversation breaks ties, unless its own
            # words say little ("Why did he do it?").
            own = 0.7 if len(content_terms(question)) >= 2 else 0.3
            dense = own * dense + (1 - own) * similarity(self.embedder.embed([f"{question} {context}"], kind="query")[0])
        if self.language_weight:
            dense = dense - self.language_weight * same_language_lift(dense, [passages[i - 1].chunk.lang == lang for i, _ in candidates])
        if self.title_weight:
            # A sentence close to its article's title restates what the whole article is about ("Alibaba's website
            # showed how clients could detect Uyghur faces"): it is near every question on that article, so it is
            # discounted by that closeness, and the sentence that answers this question in particular comes first.
            titles = list(dict.fromkeys(passages[i - 1].chunk.title for i, _ in candidates if passages[i - 1].chunk.title))
            if titles:
                by_title = dict(zip(titles, self.embedder.embed(titles, kind="query", persist=True)))
                zero = np.zeros(sv.shape[1], dtype=sv.dtype)
                title_vectors = np.stack([by_title.get(passages[i - 1].chunk.title, zero) for i, _ in candidates])
                dense = dense - self.title_weight * np.einsum("ij,ij->i", sv, title_vectors)
        # "the SenseTime article" says where to look, not what to find: its names are no terms.
        terms = [t for t in content_terms(without_article_references(asked)) if t not in _QUESTION_WORDS]
        # A lexicon phrase counts as one term, found through its equivalents ("jeune pousse" in "a nanotech startup").
        phrases = {phrase: group for phrase, group in phrases_in(fold(asked)) if " " in phrase and group not in PLACES}
        inside = {w for phrase in phrases for w in words(phrase)}
        terms = [t for t in terms if t not in inside] + list(phrases)
        wants_duration = bool(_DURATION_QUESTION.search(folded_question))
        wants_number = bool(_NUMERIC_QUESTION.search(folded_question)) and not wants_duration  # a duration is often in words
        counted = _counted_noun(folded_question) if wants_number else None
        qualifiers = _count_qualifiers(folded_question, counted) if counted else []
        # "How much of their money will they get back?": a share of it (« intégralement »), not a sum nor any figure
        share_of = bool(_SHARE_OF_MONEY.search(folded_question))
        wants_money = wants_number and bool(_MONEY_QUESTION.search(folded_question)) and not share_of
        wants_share = wants_number and bool(_SHARE_QUESTION.search(folded_question))
        wants_source = bool(_SOURCE_QUESTION.search(folded_question))
        wants_exchange = bool(_LISTED_WHERE.search(folded_question))
        wants_actor = bool(_ACTOR_QUESTION.search(folded_question)) and not wants_source
        # "Who was that representative?": one the conversation named, of a body the question does not say
        wants_person = bool(_PERSON_QUESTION.search(folded_question)) and not re.search(rf"\b(?:that|this|ce|cet|cette) {_ROLE_WORDS}", folded_question)
        wants_date = bool(_DATE_QUESTION.search(folded_question))
        # "Is it true that NGOs estimate 100,000 Uyghurs are held?", "… hoped to raise $1 billion?": a figure checked is
        # answered by the articles' figure for the same thing
        checked = _checks_a_claim(folded_question)
        claimed_sum = checked and bool(_CLAIMED_SUM.search(folded_question))
        claimed = _claimed_noun(folded_question) if checked and not claimed_sum else None
        wants_weekday = bool(re.search(r"\b(?:day of the week|weekday|jour de la semaine)\b", folded_question))
        wants_speech = _speech_verb(question, strict=False) is not None
        speakers = speakers_asked_about(question, strict=False)
        if wants_speech and not speakers:
            speakers = referred  # "How did the company react?": the company's words
        # "What did the Treasury say …?" is also answered by "selon le Trésor, « … »": the forms a source may take.
        speaker_forms = tuple(form for name in speakers if not is_place(name) for form in equivalents(name))
        capital_speaker_forms = tuple(form for name in speakers for form in capital_forms(name))
        defender_forms = speaker_forms + capital_speaker_forms
        wants_defence = bool(_DEFENCE_QUESTION.search(folded_question))
        wants_reason = bool(_REASON_QUESTION.search(folded_question))
        wants_timing = bool(_TIMING_QUESTION.search(folded_question))
        wants_link = bool(_LINK_QUESTION.search(folded_question) and not _ASKS_WHICH.match(folded_question)) or bool(_OFFICIAL_REASON.search(folded_question))
        wants_disclosure = bool(_DISCLOSED_QUESTION.search(folded_question))
        # "What did the company decline to explain afterwards?" asks what it declined, not what followed.
        wants_sequel = bool(_SEQUEL.search(folded_question)) and not wants_disclosure
        wants_prior = bool(_PRIOR_QUESTION.search(folded_question))
        attributed = _attributed_to(question)
        wants_role = bool(_ROLE_QUESTION.search(folded_question))
        wants_rank = bool(_RANK_QUESTION.search(folded_question))
        wants_place = bool(_PLACE_QUESTION.search(folded_question) or _PART_QUESTION.search(folded_question))
        kind = _KIND_QUESTION.search(folded_question)
        kind_forms = tuple(f for f in equivalents(kind.group(1)) if len(f) >= 4 and " " not in f) if kind else ()
        wants_names = bool(_NAMES_QUESTION.search(folded_question)) and not kind_forms  # not "what kinds of companies"
        asked_words = set(words(question))
        peoples = bool(_PEOPLES_QUESTION.search(folded_question))  # "Which minority groups …?": Uyghurs, Kazakhs
        set_aside = _KNOWN_CLAUSE.search(question)
        wants_more = bool(set_aside or _MORE_QUESTION.search(folded_question))
        wants_requirement = bool(_REQUIREMENT_QUESTION.search(folded_question))
        # "Outre la reconnaissance faciale, quelle autre technique …?": what is set aside, as the lexicon spells it (a
        # thing; not firms, "Apart from facial recognition specialists", which a list of firms answers)
        aside = fold(set_aside.group(0)) if set_aside else ""
        aside_forms = tuple(form for _, group in phrases_in(aside) for form in group) if aside and not _FIRM_WORDS.search(aside) else ()
        wants_full_names = bool(_FULL_NAME_QUESTION.search(folded_question))
        full_names = names_in_question(question) if wants_full_names else set()
        # A full name is the longest form spelled out: "Hangzhou Hikvision Digital Technology Co", not "Hikvision Digital Technology".
        longest = {n: max((len(run) for _, c in candidates for run in _LONG_NAME.findall(c) if n in fold(run)), default=0) for n in full_names}
        # Names with no longer form ("that Bloomberg says …") are not those asked for.
        full_names = {n for n in full_names if longest[n]}
        # A term found in most candidate sentences is the topic, not what the question asks about.
        # A name the sentence refers to ("L'entreprise, spécialiste de …" after a sentence about SenseTime) counts as present.
        names = {fold(n) for n in _PROPER_NAME.findall(question[1:])}
        bodies = _bodies_of_person(folded_question, names) if wants_person else []  # "Which Treasury official …?": treasury
        # "Il a également déployé un vaste réseau de surveillance …" after "Le gouvernement chinois a entraîné des
        # Ouïghours …": a sentence whose subject is a pronoun says what it says of the sentence before.
        pronoun = [bool(a and _PRONOUN_SUBJECT.match(s)) for (_, s), a in zip(candidates, antecedents)]
        presence = {
            t: [
                _phrase_present(t, phrases[t], s) if t in phrases else _present(t, s) or bool((t in names or by_pronoun) and a and _present(t, a))
                for (_, s), a, by_pronoun in zip(candidates, antecedents, pronoun)
            ]
            for t in terms
        }
        weights = {t: math.log((len(candidates) + 1) / (sum(found) + 0.5)) for t, found in presence.items()}
        # "In which region …?": a known place that may answer it.
        places = [_places_answering(s, asked_words, folded_question, known=True) if wants_place else set() for _, s in candidates]
        total = sum(weights.values())
        evidence = []
        for n, ((i, sentence), sim) in enumerate(zip(candidates, dense)):
            overlap = sum(weights[t] for t in terms if presence[t][n]) / total if total > 0 else 0.0
            score = float(sim) + self.lexical_weight * overlap + self.rank_weight / i
            folded = fold(sentence)
            # "How much was it to raise?" wants a sum, not "Ces deux sociétés" nor "En 2019".
            if wants_number and (_SHARE.search(folded) if share_of else _MONEY.search(folded) if wants_money else _NUMBER.search(folded)):
                score += self.lexical_weight / 2
                if wants_money and _MONEY.search(folded) and any(presence[t][n] for t in terms if t not in names):
                    score += self.lexical_weight / 2  # "How much did Amazon pay?": "pour 10 millions de dollars", not "1 500 appareils"
                if wants_share and _SHARE.search(folded) and any(presence[t][n] for t in terms if t not in names):
                    score += self.lexical_weight / 2  # "What share of the cameras …?": "au moins un tiers de ces caméras", not "10 millions de dollars"
                undated = _DAY_OR_YEAR.sub(" ", folded) if counted else ""
                if counted and _counts(counted, undated):
                    score += self.lexical_weight / 2  # "How many Uyghurs …?": "un million d'entre eux", not "des millions de personnes"
                    if qualifiers and _counts(counted, undated, qualifiers):
                        # "How many AI firms …?": "Two further firms, specialising in artificial intelligence", not
                        # "28 entités chinoises, y compris des fabricants de matériel … et des start-ups d'IA"
                        score += self.lexical_weight / 2
            elif counted and _counts_none(counted, folded):
                score += self.lexical_weight  # "Combien de licences … ?": "as yet no licences have even been issued" counts them
            if wants_person and _person_of(sentence, asked_words, bodies):
                score += self.lexical_weight / 2  # « Quelle responsable politique … ? »: "… , Nancy Pelosi a souligné"
            if wants_actor and _ACTOR.search(folded):
                score += self.lexical_weight
            if wants_source and _REPORTED_BY.search(sentence):
                score += self.lexical_weight  # "Which news agency reported …?": "…, rapporte Reuters en citant des sources"
            if wants_exchange and _TRADED_ON.search(folded):
                score += self.lexical_weight  # "Where are Alibaba's shares traded?": « … se négocient à la Bourse de New York »
            if wants_duration and _LASTS.search(folded) and any(presence[t][n] for t in terms if not is_place(t)):
                # "Depuis combien de temps durait la guerre commerciale sino-américaine ?": a duration of what is asked
                # ("the trade war, now in the better part of its second year"), not of "les relations sino-américaines"
                score += self.lexical_weight / 2  # "depuis combien de temps": "the better part of its second year"
            if claimed_sum and _MONEY.search(folded):
                score += self.lexical_weight
            elif claimed and _counts(claimed, _DAY_OR_YEAR.sub(" ", folded)):
                score += self.lexical_weight
            if wants_date and _DATE.search(folded):
                score += self.lexical_weight / 2
                if wants_weekday and re.search(rf"\b(?:{_WEEKDAYS})\b", folded):
                    score += self.lexical_weight  # "Which day of the week was that announced?": "Vendredi dernier, …"
                if _RELATIVE_QUESTION.search(folded_question) and _RELATIVE_DATE.search(folded):
                    score += self.lexical_weight  # "When, relative to the talks?": "just a few days ahead of the talks"
            if wants_speech and _SPEECH.search(folded):
                score += self.lexical_weight / 2
                antecedent = antecedents[n]
                if speakers and _QUOTE.search(sentence) and (
                    (_SPEECH_VERB.search(folded) and any(_speaks(name, folded, antecedent) for name in speakers))
                    or any(_says_who(form).search(folded) for form in speaker_forms)
                ):
                    # "What did Alibaba say?": Alibaba's words, quoted, with Alibaba named as the speaker; "What did the
                    # Treasury say …?": "selon le Trésor, « … »"
                    score += self.lexical_weight
                elif _ANSWERS_QUESTION.search(folded_question) and any(re.search(rf"\b{re.escape(form)}\w*\s+{_DENIES}", folded) for form in speaker_forms):
                    score += self.lexical_weight  # "How did Dahua respond?": "Dahua nie tout méfait", told without quotes
                elif _ANSWERS_QUESTION.search(folded_question) and re.search(rf"\b{_DENIES}", folded) and any(
                    re.search(rf"\b{re.escape(form)}", folded) for form in capital_speaker_forms
                ):
                    score += self.lexical_weight  # « Comment les autorités chinoises ont-elles réagi ? »: "Dahua nie …, tout comme Pékin"
                elif wants_defence and any(
                    re.match(rf"\W*(?:(?:les|le|la|the)\s+|l')?{re.escape(form)}\w*\s+{_DEFENDS}", folded) for form in defender_forms
                ):
                    # "How do Chinese officials justify …?": « Les responsables chinois ont défendu la campagne … »,
                    # its speaker the sentence's subject
                    score += self.lexical_weight
            if attributed and any(_says_who(f).search(folded) for f in attributed):
                score += self.lexical_weight  # "According to the Treasury, what did SenseTime claim …?": "…, selon le Trésor, « … »"
            if wants_sequel and _SEQUEL.search(folded):
                score += self.lexical_weight / 2  # "What did Alibaba do once the Times asked?": "Après que le Times ait interrogé Alibaba, …"
            if wants_prior and _PRIOR.search(folded):
                score += self.lexical_weight / 2  # "Was it the first time?": "Pour rappel, en 2019, … avait déjà été sanctionnée"
            if wants_disclosure and _DECLINED.search(folded):
                score += self.lexical_weight / 2  # "Alibaba a-t-il expliqué pourquoi …?": "Il a refusé de dire pourquoi …"
            if wants_reason and _REASON.search(folded):
                score += self.lexical_weight / 2
            if wants_link and _LINK.search(folded):
                score += self.lexical_weight  # "Washington le relie-t-il à la guerre commerciale ?": "this has everything to do with …"
            if wants_timing and _RELATIVE_DATE.search(folded):
                score += self.lexical_weight / 2  # "Why might the timing look provocative?": "just a few days ahead of the talks"
            if places[n]:
                score += self.lexical_weight / 2  # "In which region …?": "notamment dans la province du Xinjiang"
            if wants_rank and _SUPERLATIVE.search(folded):
                score += self.lexical_weight / 2  # "How do they rank?": "les deux plus grandes sociétés … au monde"
            if wants_role and _ROLE.search(folded):
                score += self.lexical_weight / 2  # "What role did he have?": "Il avait été un ambassadeur de la marque"
            if wants_names:
                # "Which firms were listed?": a sentence naming firms the question does not, not one counting them.
                # Who reported it ("Comme l'explique Reuters") is not one of them; nor are names in a sentence that
                # shares nothing else with the question ("Marques internationales comme Nike, Starbucks …").
                if overlap > 0:
                    named = sentence if wants_source or _MEDIA_QUESTION.search(folded_question) else _without_reporters(sentence)
                    score += self.lexical_weight / 2 * min(len(_new_name_runs(named, asked_words, peoples)), 2)
            if aside_forms and _listed_beside(aside_forms, folded):
                score += self.lexical_weight / 2  # "… utilisant la reconnaissance faciale et les tests génétiques": the other one
            if wants_more and _MORE.search(folded):
                score += self.lexical_weight / 2  # "what other firms…?": "Two further firms have also made the list"
            if wants_requirement and _REQUIREMENT.search(folded):
                score += self.lexical_weight  # "What must a US firm do to keep trading with them?": "has to apply for a licence"
            if kind_forms and sum(any(w.startswith(f) for f in kind_forms) for w in words(sentence)) >= 3:
                # "What kinds of firms?": "two further firms …, one voice recognition firm, a … company and a nanotech startup"
                score += self.lexical_weight / 2
            if full_names and any(len(run) >= longest[n] for run in _LONG_NAME.findall(sentence) for n in full_names if n in fold(run)):
                score += self.lexical_weight  # "Hikvision's full name": "Hangzhou Hikvision Digital Technology Co"
            elif wants_full_names and not full_names and any(len(run.split()) >= 4 for run in _LONG_NAME.findall(sentence)):
                score += self.lexical_weight / 2  # "the full names of the two makers": names of four words or more
            if not _SENTENCE_END.search(sentence):
                score -= self.lexical_weight  # a headline or caption states less than a sentence
            evidence.append(Evidence(passage=i, sentence=sentence, score=score, antecedent=antecedents[n]))
        return sorted(evidence, key=lambda e: -e.score)


_FIRM_WORDS = re.compile(r"\b(?:speciali\w*|firms?|compan\w*|societes?|entreprises?|start-?ups?|makers?|fabricants?|groupes?|groups?)\b")


def _listed_beside(forms: Sequence[str], folded_sentence: str) -> bool:
    """Whether `folded_sentence` lists something right after one of `forms`, what a question sets aside: "la
    reconnaissance faciale et les tests génétiques", "facial recognition as well as DNA testing"."""
    return any(
        re.match(r"\s*,?\s*(?:et|and|ainsi que|as well as)\s+(?:(?:les?|la|des|du|de|the|a|an)\s+|l'\s*)?[\w-]{3,}", folded_sentence[m.end() :])
        for form in forms
        for m in re.finditer(rf"\b{re.escape(form)}\w*", folded_sentence)
    )


def referred_to(question: str, referents: Collection[str], people: Collection[str]) -> set[str]:
    """The folded names a nameless follow-up stands for: "How did the company react?" after a turn about SenseTime
    asks about SenseTime (`referents`); "il a justifié comment la sanction contre SenseTime ?" after "Wilbur Ross"
    wants his words (`people`), not SenseTime's."""
    folded = fold(question)
    if referents and _COMPANY_REFERENCE.search(folded) and not names_in_question(question):
        return set(referents)
    if people and _PERSON_PRONOUN.search(folded) and _speech_verb(question, strict=False) and not speakers_asked_about(question, strict=False):
        return set(people)
    if referents and _IT_SPEAKS.search(folded) and not names_in_question(question):
        return set(referents)  # "What consequences did it warn of?" after an answer on Hikvision
    if referents and _PRODUCT_REFERENCE.search(folded) and not names_in_question(question):
        # « Sur combien de caméras ce logiciel a-t-il été installé ? » after a turn on Huawei's: the firms the
        # articles spell as names (not "Un" opening the last answer, nor a place)
        return {n for n in referents if is_known_name(n) and not is_place(n)}
    if people and _HIS.search(folded) and not names_in_question(question):
        return set(people)  # "What was his connection to them before that?" after a turn on Antoine Griezmann
    if people and re.search(r"\b(?:he|she)\b", folded) and not names_in_question(question):
        return set(people)  # "How much was he being paid under that deal?": only a person is "he" ("il" may be a firm)
    return set()


def _read_on(before: str, unit: str) -> str:
    """`unit` read after the sentence `before` it, when its subject is a pronoun ("Il a également déployé …"); "" when
    it is not, or when `before` already reads on into it ("… l'extrémisme. Ils ont souligné …")."""
    return f"{before} {unit}" if before and unit not in before and _PRONOUN_SUBJECT.match(unit) else ""


def _read_on_pairs(units: Sequence[str]) -> list[str]:
    """`_read_on` for each of a passage's sentence units, after the one before it."""
    return [_read_on(before, unit) for before, unit in zip([""] + list(units[:-1]), units)]


def same_language_lift(similarity: np.ndarray, same_language: Sequence[bool]) -> np.ndarray:
    """How much higher the sentences in the question's own language score, on average, than the others: e5 ranks a
    sentence in the question's language above one in the other language whatever they say, so an English question
    would quote the English article's lead ("The US government has added eight firms…") over the French sentence that
    answers it. Zero for the other-language sentences, and everywhere when the candidates are all in one language."""
    same = np.asarray(same_language, dtype=bool)
    if not same.any() or same.all():
        return np.zeros_like(similarity)
    return max(0.0, float(similarity[same].mean() - similarity[~same].mean())) * same


# « la participation d'Alibaba dans SenseTime », « … au capital de … »: a stake (not « la participation de ces
# entreprises à la répression »)
_STAKE_IN = r"participations? (?:d[e']\s*[\w-]+ (?:[\w-]+ )?)?(?:dans|au capital)\b"
# "How much / how many / combien / quel montant": the answer is a quantity.
_NUMERIC_QUESTION = re.compile(r"\b(how (much|many|accurate|precise|reliable)|how (?:big|large) (?:a|an) (?:stake|share|portion|percentage)|how (?:big|large|sizeable|significant) (?:is|was|are|were) (?:[\w'-]+ ){0,3}?(?:stakes?|shareholdings?) (?:in|of)\b|\b(?:taille|importance|ampleur) de (?:la |sa |leur |cette |leurs |ses )?" + _STAKE_IN + r"|quelle precision|quel taux|combien|quel(le)?s? (?:(?:est|etait|sont) (?:le |la |les |l')?)?(montant|nombre|part|somme|proportion|taux|pourcentage|precision)|montant|amount|what (?:(?:is|was|are|were) (?:the )?)?(?:[\w']+ )?(share|amount|number|proportion|percentage|rate|accuracy|margin)|by what margin|quelle (?:marge|majorite)|worth|(?<!face )valued?|cost(?!\s+(?:[\w'-]+\s+){0,3}?(?:anything|something|nothing|any)\b)|a combien|valeur|valait|vaut(?!(?:-il)? mieux)"
    # "Which version of iOS …?", "What temperature threshold …?", "the House vote count": a figure
    r"|(?:what|which|quel(?:le)?s?) (?:\w+ )?(?:version(?! (?:of|des) (?:events|faits))|temperatures?|thresholds?|seuils?)|(?:vote|final|exact|total|head) counts?|tall(?:y|ies)|decompte|nombre de voix"
    r"|(?<!qui )(?:a|ont|avait|-t-il|-t-elle|-ils|-elles)\s+(?:\w+\s+)?chiffre|chiffrer|chiffrent|chiffrees?|quantif\w*|manque a gagner)\b")  # not "vaut-il mieux"; « Quel manque à gagner a-t-il chiffré ? »
_VERSION_QUESTION = re.compile(r"\b(?:what|which|quel(?:le)?s?) (?:\w+ )?versions?\b(?! (?:of|des) (?:events|faits))")
# "Quel est le numéro du décret … ?", "What is the executive order's number?": a reference number, told beside the text
# it numbers (« le décret n° 13959 », "Executive Order 13959", "H.R. 6210")
_TEXTS_NUMBERED = r"(?:executive orders?|decrees?|decrets?|bills?|laws?|lois?|acts?|resolutions?|ordonnances?|textes?|projets? de loi|h\.?r\.?)"
_REFERENCE_NUMBER_QUESTION = re.compile(
    rf"\b(?:numeros? (?:du|de la|de l'|d'|des|de cet|de cette|de ce)\s*(?:\w+ ){{0,2}}?{_TEXTS_NUMBERED}|{_TEXTS_NUMBERED}(?:'s)? numbers?|(?:reference )?numbers? of (?:the|that|this|its) (?:\w+ ){{0,2}}?{_TEXTS_NUMBERED}"
    # "What's the order's number?", "the number of that order" (not "Amazon's order numbers", how many it ordered)
    r"|\border(?:'s)? number\b(?!s)|\bnumber of (?:the|that|this|its) (?:\w+ ){0,2}?order\b(?!s))\b"
)
_REFERENCE_NUMBER = re.compile(rf"\b(?:n°|no\.?|number|numero|#)\s*\d|\b(?:{_TEXTS_NUMBERED}|eo)(?:\s+\w+)?\s+(?:n°|no\.?|#)?\s*\d")
_SOFTWARE = re.compile(r"\b(?:ios|android|windows|iphone|logiciels?|software|apps?|applications?|firmware|systemes? d'exploitation|operating system)\b")
_TEMPERATURE_QUESTION = re.compile(r"\b(?:what|which|quel(?:le)?s?|a) (?:\w+ )?temperatures?\b|\btemperature thresholds?\b|\bseuils? de temperature\b")
# "What share / quelle part / what percentage / quel taux de précision": a part of a whole, not a count.
_SHARE_OF_MONEY = re.compile(r"\bhow much of (?:their|its|his|her|the) (?:money|investments?|funds|capital)\b")
_SHARE_QUESTION = re.compile(r"\b(?:share(?! (?:sales?|offerings?|issues?|prices?|listings?)\b)|(?<!at )stakes?|shareholdings?|" + _STAKE_IN + r"|proportion|percentage|pourcentage|(?<!de la )(?<!\ba )(?<!mis a )part|taux|rate|accuracy|precision|how (?:accurate|precise|reliable)|how much of (?:their|its|his|her) (?:money|investment|funds|stake|capital)\b)\b|%")  # not « de la part de »; « combien de % »
# A percentage, asked in so many words, is given in figures or a fraction ("a third"), not as "the vast majority"
_PERCENT_QUESTION = re.compile(r"\b(?:percentage|pourcentage|percent|per cent|pour ?cent)\b|%")
_IN_FIGURES = re.compile(r"\d|\b(?:tiers|third|moitie|half|quart|quarter|integralement|entierement|totalement|fully|in full|entirely)\b")
# How accurate something is: told by a measure of it, not by what the thing does
_PRECISION_QUESTION = re.compile(
    r"\bhow (?:accurate|precise|reliable)\b(?! (?:is|was) (?:it|this|that|the claim)\b)"  # not "How accurate is this claim …?"
    r"|\b(?:precision|accuracy|reliability|fiabilite|exactitude) (?:of|de|du|des) (?!(?:this|that|ceci|cela|ca|the claim)\b)|\b(?:quelle|quel) (?:est la )?(?:precision|fiabilite|marge d'erreur)\b"
)  # not « Petite précision, … », "Precision please: …"
_PRECISION = re.compile(r"\d\s*%|\b(?:accura\w*|precis\w*|fiab\w*|reliab\w*|erreurs?|errors?|margin|marge|degres?|degrees?)\b")
_SHARE = re.compile(r"\d\s*%|\b(?:percent|per cent|pour ?cent|tiers|third|moitie|half|quart|quarter|majorit\w*|most|la plupart|integralement|entierement|totalement|fully|in full|entirely)\b")
# "Which of the two holds the bigger share?", « Entre Hikvision et Dahua, laquelle détient la plus grande part ? »:
# a comparison, told as one ("larger than", « plus … que »), not a share both hold.
_COMPARATIVE = r"(?:bigger|larger|greater|higher|smaller|lower|more|most|less|fewer|biggest|largest|plus|moins|davantage)"
_COMPARISON_QUESTION = re.compile(
    rf"\b(?:which|who|laquelle|lequel|qui)\b(?: of (?:the|them|these|those) (?:two|both)| des deux)?\b.*\b{_COMPARATIVE}\b(?!\s+(?:than|de|d')\b)"
    r"(?=.*\b(?:of the two|of them both|des deux|between|entre)\b)"
    rf"|^(?:between|entre)\b[^,]+\b(?:and|et)\b[^,]+,\s*(?:which|who|laquelle|lequel|qui)\b.*\b{_COMPARATIVE}\b"
    rf"|\b(?:which|laquelle|lequel) (?:of the two|des deux)\b.*\b{_COMPARATIVE}\b"
    # "which of the 2 is bigger tho?" (not "which of the 2 biggest firms …", « laquelle des 2 ne plaît plus »)
    r"|\b(?:which|laquelle|lequel) (?:of (?:the|them|those|these) 2|des 2)\b(?!\s+(?:plus|moins|most|biggest|largest|more|less)\b)(?!.*\bn(?:e\s+|')\w+\s+plus\b)"
    r".*\b(?:bigger|larger|greater|higher|smaller|lower|fewer|plus (?:grande?s?|gros(?:se)?s?|importante?s?|petite?s?))\b(?!\s+(?:than|de|d')\b)"
    r"|\bwhich one\b[^?]*\b(?:bigger|larger|greater|higher|smaller|lower|fewer)\b(?!\s+(?:than|de|d')\b)"  # "Which one does Alibaba hold the bigger stake in?" (not "the biggest")
    # "Which of Hikvision and Dahua has the larger share?", « Lequel, de Hikvision ou de Dahua, … ? » (names of one to
    # three words; « n'est plus » is no comparative)
    rf"|\b(?:which|laquelle|lequel)(?!.*\bn(?:e\s+|')\w+\s+plus\b),? (?:of|d'entre|entre|de) (?:[\w'-]+ ){{0,2}}[\w'-]+ (?:and|et|or|ou) (?:de |d')?(?:[\w'-]+ ){{0,2}}[\w'-]+\b.*\b{_COMPARATIVE}\b(?!\s+(?:than|de|d')\b)"
    # "Did Megvii raise more or less than SenseTime?" (not « plus ou moins », roughly, with nothing set against it)
    r"|\b(?:more or less|plus ou moins)(?:\s+[\w']+){0,3}?\s+(?<!\bce )(?:than|que|qu')\s*(?!\d|(?:a|an|one|un|une)\b)\w"
)
# A share set against another's: « Quelle part … par rapport à Megvii ? », « … comparée à celle de Dahua ? ».
_VERSUS = re.compile(r"\b(?:par rapport (?:a|au|aux)|compare\w* (?:to|with|a|au|aux|avec)|versus|vs|relative to)\b")
_COMPARISON = re.compile(rf"\b{_COMPARATIVE}\s+(?:[\w'-]+\s+){{0,4}}?(?:than\b|que\b|qu')|\b(?:ahead of|devant|compared|par rapport)\b")
# "Which other Chinese tech giant did the Washington Post say tested …?": a firm asked for, on the paper's word, not its words.
# (or which person: "Which Democratic leader of the chamber commented on it?" asks who, "Democratic" does not speak;
# not "What did the Democratic leader say?")
_WHICH_FIRM_ASKED = re.compile(
    r"^(?:(?:and|et)\s+)?(?:which|what|quel(?:le)?s?)\s+(?:[\w-]+\s+){0,3}?(?:giants?|geants?|compan(?:y|ies)|firms?|entreprises?|societes?|groupes?)\b"
    r"|^(?:(?:and|et)\s+)?(?:which|quel(?:le)?s?)\s+(?:(?!(?:did|does|do|is|are|was|were|has|have|had|a|ont|est|sont|etait)\b)[\w-]+\s+){0,3}?"
    r"(?:leaders?|dirigeante?s?|officials?|responsables?|lawmakers?|politicians?|personalit(?:y|ies)|personnalites?|elue?s?|deputee?s?)\b"
)
# "When will the bill come into force?", « Quand entrera-t-elle en vigueur ? »: a date it takes effect, told as such.
_IN_FORCE_QUESTION = re.compile(r"\b(?:(?:come|comes|coming|came|enter|enters|entered|go|goes|went) into (?:force|effect)|take effect|takes effect|entr\w* en vigueur|prend\w* effet)\b")
_IN_FORCE = re.compile(r"\b(?:into (?:force|effect)|take effect|took effect|en vigueur|prend\w* effet|promulg\w*|signed into law)\b")
# "When did the cameras go into service?", « Quand ont-elles été mises en service ? »: when they were put to use,
# not when they were bought.
# « À partir de quand Amazon a-t-il commencé à installer les caméras ? » too.
_IN_SERVICE_QUESTION = re.compile(
    r"\b(?:(?:go|goes|went|gone|put|come|came|enter\w*) into (?:service|operation|use)|(?:mis|mise|mises|entre\w*) en (?:service|fonction|route)|(?:be|been|get|got|were|was) (?:installed|deployed|switched on)"
    r"|(?:commenc\w*|debut\w*|start\w*|beg(?:an|in|un)\w*) (?:a |to |d')?(?:installer|deployer|utiliser|install\w*|deploy\w*|us(?:e|ing))"
    # "When did Amazon actually install the cameras?", « Quand Amazon les a-t-il installées ? »; not "the cameras it installed"
    r"|(?:did|does|do|will|would) \w+ (?:\w+ ){0,2}?(?:install|deploy)|-t-(?:il|elle|ils|elles) (?:\w+ )?(?:installe|deploye)\w*)\b")
_IN_SERVICE = re.compile(r"\b(?:in(?:to)? (?:service|operation)|en (?:service|fonction)|deploy\w*|deploie\w*|deploye\w*|installed|installees?|installes?|switched on)\b")
# « Pour quelle édition des Jeux olympiques … ? », "for which Games exactly?": an edition is told by its year.
_EDITION_QUESTION = re.compile(
    r"\b(?:quelles? editions?|which editions?|which (?:olympic )?(?:games|olympics) exactly|quels jeux (?:olympiques )?exactement"
    r"|(?:what|which) year'?s? (?:games|olympics)|which olympic games|which olympics|quels jeux olympiques)\b"
)  # not « De quels Jeux … ? », which "les jeux olympiques" answers; « Pour quels Jeux olympiques … ? » names them already
# "the rest of the cameras", « le reste des caméras »: what the articles leave after the part they tell of; not "the
# rest of China" (a place: « au Xinjiang et dans le reste de la Chine »)
_REST_QUESTION = re.compile(
    r"\b(?:the rest of|the remaining|the remainder of|le reste d\w*|les (?:\w+ )?restant\w*)\b"
    r"(?!\s+(?:(?:the|la|le|l'|du|des)\s*)?(?:world|monde|china|chine|pays|country|countries|united states|etats-unis|america|amerique|xinjiang|region|province)\b)"
)
_THE_REST = r"rest|remaining|remainder|reste|restant\w*"
_REST = re.compile(rf"\b(?:{_THE_REST}|others?|autres?)\b")
# « les autres caméras », "the other cameras": the rest, when the sentences tell of a part (a third, half, 20%)
_OTHERS_OF_A_PART = re.compile(r"\b(?:(?:les|des|aux) autres (?!marques\b)(\w+)|the other (?!brands?\b)(\w+))")
_PART_TOLD = re.compile(r"\b(?:(?:un|a|one|two|deux) (?:tiers|third|thirds|quart|quarter)|moitie|half|\d+(?:[.,]\d+)? ?(?:%|pour ?cent|percent)|une partie|part of|some of)\b")


# where the others went, or how many of them (not « en tout, en comptant les autres caméras »)
_WHERE_OR_HOW_MANY = re.compile(r"\b(?:where|où|how many|combien|which (?:countries|cities|sites|states)|quels (?:pays|sites)|quelles villes)\b")
_IN_TOTAL = re.compile(r"\b(?:en tout|au total|in total|altogether|overall)\b")


def _part_of(noun: str, folded_sentence: str) -> bool:
    """Whether `folded_sentence` tells of a part of `noun` ("un tiers de ces caméras"; not "a third of the video
    surveillance sector" for « les autres entreprises »)."""
    return len(noun) >= 4 and noun not in STOPWORDS and any(
        _present(noun, " ".join(folded_sentence[m.end() :].split()[:4])) for m in _PART_TOLD.finditer(folded_sentence)
    )


def _tells_of_others(noun: str, folded_sentence: str) -> bool:
    """Whether `folded_sentence` tells of the rest, or of other `noun` ("other cameras"; not « d'autres marques »)."""
    if re.search(rf"\b(?:{_THE_REST}|others)\b", folded_sentence):
        return True
    return any(_present(noun, m.group(1)) for m in re.finditer(r"\b(?:autres?|other) (\w+)", folded_sentence))
# "Since when …?", "When were the pages first put online?": when something began, told as a start ("since", « depuis »,
# "launched"), a duration or a calendar day or year, not "this week" when it was changed.
_SINCE_QUESTION = re.compile(
    r"\b(?:since when|from when|depuis quand|a partir de quand|depuis quelle (?:annee|date|epoque))\b"
    r"|\bwhen (?:was|were|did) .*\bfirst (?:put online|go online|went online|published|posted|appear\w*|put up|sign\w*|join\w*|bec[oa]me|partner\w*|team\w* up)\b"
    r"|\bwhen (?:did|do|does) .*\b(?:start|begin)\b|\bquand .*\b(?:commence|debute)\w*"  # "When did they start testing it?"
    r"|\bquand .*\b(?:mise?s? en ligne|publiee?s?|apparue?s?) pour la premiere fois\b"
)
_FOR_A_WHILE = re.compile(r"\b(?:depuis|for|since) (?:plusieurs|quelques|des|de nombreuses|several|many|a few|\d+) (?:annees|ans|mois|semaines|decennies|years|months|weeks|decades)\b")
_SINCE = re.compile(r"\b(?:since|depuis|first|start(?:s|ed|ing)?\b(?!-)|began|begun|commenc\w*|debut\w*|premiere fois|launch\w*|lance\w*|introduc\w*|introdui\w*|mise?s? en ligne|(?:put|went|go|goes) online|created|cree\w*)\b")
# A share held by one alone: not answered by a share two hold together.
_ONE_ALONE = re.compile(r"\b(?:a (?:elle|lui) seule?|alone|on its own|by itself|individually|each|chacune?)\b")
_JOINT = re.compile(r"\b(?:two of the|both|together|combined|between them|ensemble|les deux|a elles deux|a eux deux)\b")
_DEGREES = re.compile(r"\d\s*(?:°|degr\w*)")
_CHANGE_QUESTION = re.compile(
    r"\b(?:de combien|by how much)\b(?! (?:de\b|d'))"  # not « de combien d'Ouïghours »
    # "how much did alibaba stock drop?", « combien l'action a-t-elle perdu ? »
    r"|\bhow much (?:did|has|have|had|does|do|will|would) .{0,40}?\b(?:drop|fall|fell|fallen|rise|rose|risen|declin|slump|plung|climb|shrink|shrank|sink|sank|tumbl)\w*"
    r"|\bcombien(?! d(?:e\b|')) .{0,40}?\b(?:baiss|chut|recul|augment|grimp|plong|degringol|perd)\w*"  # not « combien de firmes »
    r"|\b(?:perdu|chute|baisse|recule|lost|dropped|fallen|fell) (?:de )?combien\b|\bhow much (?:value|money|ground )?(?:did|has|have|had) .{0,40}?\blos[et]\b"  # « a perdu combien en Bourse »
)
# What a change is told by: "fell by a third", « l'action a chuté de 10 % ».
_CHANGED = re.compile(
    r"\b(?:baiss\w*|chut\w*|recul\w*|hausse\w*|augment\w*|grimp\w*|plong\w*|degringol\w*|perdu|perte|gagne|dropp?\w*|falls?|fell|fallen"
    r"|rose|rise[sn]?|rising|declin\w*|slump\w*|plung\w*|climb\w*|shr[iau]nk\w*|sink\w*|sank|sunk|tumbl\w*|lost|gained|loss|gain"
    r"|increas\w*|decreas\w*|diminu\w*|redui\w*|reduc\w*|jump\w*|surg\w*|soar\w*|slid\w*|perd\w*)\b"
)
# …which only a question on a change needs: « De combien l'action a-t-elle chuté ? », not « De combien s'élevait l'IPO ? »
_CHANGE_ASKED = re.compile(
    r"\b(?:baiss|chut|recul|augment|grimp|plong|degringol|perd|drop|fall|fell|rise|rose|declin|slump|plung|climb|shr[iau]nk|sink|sank"
    r"|tumbl|increas|decreas|diminu|redui|reduc|jump|surg|soar|slid)\w*"
)
# "How much did X invest / pay / raise", "combien … investi / versé", "quel montant": a sum of money.
_MONEY_QUESTION = re.compile(
    # « son contrat lui rapportait combien par an ? »: the verb of money before "combien"
    r"\b(?:rapport(?:e|ait|aient|ent)|co[uû]t(?:e|ait|ent)|gagn(?:e|ait|aient|ent)|touch(?:e|ait|aient|ent)|vaut|valai(?:t|ent)|pay(?:e|ait|aient|ent)) (?:[\w'-]+ ){0,2}?combien\b(?!\s*(?:de |d'|des )(?!(?:dollars?|euros?|argent)\b))"
    # « Combien touchait-il pour ce contrat ? », a person's pay (not « combien d'entreprises touche la mesure »)
    r"|\bcombien (?:touch\w*-(?:t-)?(?:il|elle|ils|elles|on)|(?:il|elle|ils|elles|on) touch\w*)\b(?!\s*(?:de |d'|des ))"
    r"|\b(?:combien|how much|how many)\s+(?:de\s+|d')?[$€£]"  # « alibaba a mis cmb de $ dans sensetime ? »
    r"|\b(?:quel(?:le)?s? (?:somme|montant)|what (?:sum|amount) of money)\b"  # « Quelle somme espérait-elle récolter ? »
    r"|\bmontant\b|\b(?:how much|combien|(?:what|quel(?:le)?) (?:amount|sum|montant|somme)|worth|valued?|valeur|valoris\w*)\b"
    r"(?=.*\b(?:money|invest\w*|spen[dt]|pa(?:y|id|ye|yee|yer|ying|yment|ie|ient|yait|yaient|yent)\b|paiement|raise\w*|cost\w*|co[uû]te?\w*|earn\w*|worth|valu\w*|valoris\w*"
    r"|fine|amende|montant|somme|sum|amount|euros?|dollars?|investi\w*|inject\w*|depens\w*|vers(?:e|ai)\w*|lev[ea]\w*|gagn\w*|rapporte\w*|rapportai\w*|prix|price"
    r"|los(?:e|es|t|ing|s|ses)\b|pertes?|(?<!les )(?<!des )(?<!ces )(?<!ce )chiffre\w*))"  # not « selon les chiffres cités », « qui avance ce chiffre »
)
_MONEY = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]|\d[\d\s.,]*\s*(?:(?:millions?|milliards?|billions?|bn|mn|m|k)\s+)?(?:de\s+|d')?(?:dollars?|euros?|usd|eur|yuans?|livres?|pounds?)\b")
# "Depuis combien de temps …?", "How long …?": a duration, often in words ("most of its second year", "quelques jours
# avant"). A sentence with a unit of time is preferred, and the question is not refused for want of a figure
# ("combien" otherwise asks for one).
_DURATION_QUESTION = re.compile(r"\b(combien de (?:temps|jours|semaines|mois)|combien d'(?:annees|ans)|how long|how many (?:days|weeks|months|years)|quel(?:le)? (?:delai|duree)|what (?:deadline|grace period)|how far (?:into|along)|depuis quand (?:durait|dure))\b")
_RELATIVE_DURATION_QUESTION = re.compile(r"\b(?:how long|combien de temps) (?:before|after|ago|avant|apres)\b|\bil y a combien de temps\b")  # how long ago
# Being on a list, and being put on one: « depuis quand … sur liste noire ? » is answered by when it was listed.
_ON_A_LIST = re.compile(r"\b(?:sur (?:une |la |sa |leur |cette )?(?:\w+ )?liste|on (?:the|a|an|its|their|that|this) (?:[\w-]+ ){0,2}list|blacklisted|listed)\b")
_ON_THE_LIST = re.compile(r"\b(?:on|in|sur|dans) (?:the|a|that|this|its|la|une|cette|sa|leur) (?:[\w-]+ ){0,4}?(?:list|liste)\b")  # "how many … on the list …"
_PUT_ON_A_LIST = re.compile(r"\b(?:mis|mise|mettait|place\w*|ajout\w*|inscri\w*|added|placed|put|blacklisted)\b.*\b(?:liste|list)\b|\bblacklisted\b")
_TIME_UNITS = r"years?|ans|annees?|months?|mois|weeks?|semaines?|days?|jours?|decades?|decennies?"
_DURATION = re.compile(rf"\b({_TIME_UNITS})\b")
# A duration counts its units ("the better part of its second year", "quelques jours", "depuis 2019"); "en fin de
# semaine dernière" dates.
_LASTS = re.compile(
    r"\b(?:\d+|an?|une?|two|three|four|five|six|ten|deux|trois|quatre|cinq|dix|few|several|many|quelques|plusieurs|first|second|third"
    rf"|premiere?|deuxieme|seconde?|troisieme)\s+(?:\w+\s+)?(?:{_TIME_UNITS}|an)\b"  # « 1 an d'abonnement »
    r"|\b(?:since|depuis) (?:19|20)\d\d\b"
)
_NUMBER = re.compile(r"\d|\b(un tiers|un quart|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|tiers|moitie|quart|one|two|three|four|five|six|seven|eight|nine|ten|third|half|quarter|dozens?|hundreds?|thousands?|millions?|billions?|milliards?)\b")
# "Apart from facial recognition, what …": what the clause names is known, the answer is something else.
# "besides", « à part »: what a question sets aside (folded or not)
_SET_ASIDE_WORDS = r"\b(?:besides|apart from|aside from|other than|à part|a part|hormis|sauf|en dehors d(?:e|es|u)|outre)"
_KNOWN_CLAUSE = re.compile(
    # (or ending the question: "… ont été ajoutées en plus des firmes de reconnaissance faciale ?")
    r"\s+(?:en plus d(?:es|u|e)|in addition to|on top of|besides|other than)\s+[^,?]+(?=\s*\?\s*$)|"  # (not "What sets X apart from Y?")
    r"(?:^\s*|,\s*)(?:apart from|aside from|besides|other than|except(?: for)?|excluding|in addition to|beyond|before|outre|en dehors de|à part|a part|hormis|hors|sauf|à l['’]exception d[eu']s?|mis à part|en plus d[eu]s?|au-delà de|avant)\s+[^,?]+(?=[,?]|$)",
    re.IGNORECASE,
)
# What one must do, or may still do: "What must a US firm do to keep trading with them?", « Quelle démarche … doit-elle
# accomplir ? », « a-t-elle encore un moyen de … ? », "Is there any way …?"; told as a requirement ("has to apply for a
# licence").
_REQUIREMENT_QUESTION = re.compile(
    r"\b(?:what (?:must|should) (?:\w+ ){1,4}do|what (?:do|does|would) (?:\w+ ){1,4}(?:need|have) to do(?! with)|(?:has|needs?) to do(?! with)"
    r"|what (?:is|are) (?:\w+ )?(?:required|needed)|is there (?:any|a|still a) (?:way|route|option)|any (?:recourse|way)"
    r"|demarches?|recours|(?:encore un|aucun|un autre) moyen|un moyen (?:de|d'|pour) (?:[\w'-]+ ){0,3}?(?:continuer|commercer|travailler|faire affaire|vendre|acheter)|doi(?:t|vent)(?:-(?:elle|il)s?)? (?:faire|accomplir|obtenir|demander)|(?:que|qu') (?:doi(?:t|vent)|faut-il)"
    r"|est-il (?:encore )?possible)\b"
)
_REQUIREMENT = re.compile(r"\b(?:has to|have to|had to|must|needs? to|required to|apply for|doi(?:t|vent) (?:demander|obtenir)|obligatoire|licen[cs]es?|autorisations?|derogations?|waivers?)\b")
# "What other firms / quels autres types / what else": the answer adds to what is known.
_MORE_QUESTION = re.compile(r"\b(what|which) other (\w+ )?\w+s\b|\bwhat else\b|\bquel(le)?s autres\b|\bd'autres\b")  # not "quelle autre entreprise"
_MORE = re.compile(r"\b(further|also|additional|another|other|as well|autres?|egalement|aussi|en outre|de plus)\b")
# Who reported it, not who did it: "Which news agency …?", "Quelle agence a révélé …?", "Who reported …?"
_SOURCE_QUESTION = re.compile(
    r"\b(?:news|press|wire) (?:agency|agencies|service|outlet)s?\b|\bagences? de presse\b"
    r"|\b(?:vien\w*|provien\w*) (?:de |d')quel(?:le)?s? (?:agences?|sources?|medias?|journal|journaux)\b|\bde quel(?:le)?s? (?:agences?|sources?|medias?|journal|journaux) (?:vien|provien)\w*|\b(?:come|comes|came) from (?:which|what) (?:agency|source|outlet|paper)\b"
    r"|\b(?:which|what|quel(?:le)?s?) (?:\w+ )?(?:agency|agence|outlets?|newspapers?|journal|journaux|media|medias)\b"
    r"(?=.*\b(?:report|rapport|revel|reveal|cite|source|explain|expli|said|dit|according|selon|broke|sorti|appri[st]?\b|learn(?:ed|t|s)?\b))"  # « Par quelle agence a-t-on appris … ? » (not "machine learning")
    r"|\b(?:who|qui) (?:first )?(?:reported|revealed|rapporte|a rapporte|a revele|revele)\b"
    # « il tient l'info de quelle agence », "which agency did it get the story from?" (not « De quelle agence relève la
    # liste ? », a government's)
    r"|^(?!.*\b(?:list|liste|releve\w*|emane\w*|depend\w*|gouvernement\w*|government\w*|federa\w*)\b)(?:.*\b(?:de|d'|aupres d[e'u]|chez|from) (?:quel(?:le)?s?|which|what) (?:news )?(?:agences?|sources?|medias?|agency|outlet)\b"
    r"|.*\b(?:which|what) (?:news )?(?:agency|outlet|source) (?:\w+ ){1,6}?from\b)"
    # "Which newspaper broke that story?", « c'est qui qui a sorti l'info ? », « D'où vient cette information ? »
    r"|\bbroke (?:the|that|this) (?:story|news)\b|\bsorti (?:l'info\w*|le scoop|l'affaire)"
    r"|\bd'ou (?:vien\w*|provien\w*|sort\w*) (?:cette |l')info\w*|\bwhere (?:did|does) (?:this|that|the) (?:info\w*|story|news) come from\b"
    r"|\bwhere(?:'d| did| does) (?:this|that|the) (?:info\w*|story|news)\b[^?]{0,60}?\bcome from\b"
    # « D'où vient ce chiffre ? », "Where does that figure come from?"
    r"|\bd'ou (?:vien\w*|provien\w*|sort\w*) (?:ce|le) (?:chiffre|montant|nombre)\b|\bwhere (?:did|does) (?:this|that|the) (?:figure|number|amount) come from\b"
    r"|\b(?:what|which) (?:is|was) the source\b|\bquelle (?:est|etait) (?:la|sa) source\b"
    # « l'article … il s'appuie sur quelle agence », "Which agency does the article rely on?"
    r"|\b(?:s'appui\w*|se (?:base|basent|fonde|fondent)|repos\w*) sur quel(?:le)?s? (?:agences?|sources?|medias?|journal|journaux)\b"
    r"|\b(?:which|what) (?:agency|source|outlet|paper|newspaper)s? (?:does|did|do) (?:the |this |that |it )?(?:\w+ ){0,4}?(?:rely|relies|draw|base|cite)\b"
)
_REPORTED_BY = re.compile(
    r"(?i:\b(?:rapporte|rapport[ée]|selon|d['’]apr[èe]s|according to|reported by|reports?|told|r[ée]v[ée]l[ée]?|comme l['’]explique|explique|citing|en citant|cit[ée]e? par))\s+(?:(?:le|la|l['’]|the)\s*)?[A-Z]"
    r"|\b[A-Z]\w+(?:\s+[A-Z]\w+)*\s+(?i:reported|reports|a rapporté|rapporté|rapporte|a révélé|révèle|explique)\b"
)
# "Who decided / qui a placé / which ministry": the answer is an authority of the kind these articles name.
_ACTOR_QUESTION = re.compile(r"^(who|qui)\b|\b(which|what|quel(le)?s?) (ministry|department|agency|authority|government|administration|ministere|departement|agence|autorite|gouvernement|administration)\b")
# Named authorities only: "the government" is what a "who" question usually already knows.
_ACTOR = re.compile(r"\b(department|ministry|ministere|departement|treasury|tresor|commerce|white house|maison blanche|secretary|secretaire|congress|chambre des representants|house of representatives|senate|senat)\b")
# "How do Hikvision and Dahua rank?", "Quelle place occupent-elles sur le marché ?": a standing, told by a superlative.
_RANK_QUESTION = re.compile(r"\b(?:rank\w*|standing|how (?:big|large|important)|classement|classe\w*|quel(?:le)? (?:place|position|rang|importance|taille|poids))\b")
_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|leading|leaders?|number one|top|plus (?:grand|gros|important)\w*|numero un|premiers? mondia\w*)\b")
# "What role did he have with the company?": a title or a part played ("brand ambassador", "chief executive").
_ROLE_QUESTION = re.compile(r"\b(what|which|quel(le)?s?) (\w+ )?(role|position|job|title|post|poste|fonction|titre|statut)s?\b")
_ROLE = re.compile(r"\b(ambassad\w*|chief executive|ceo|pdg|directeur|directrice|director|chairman|spokes\w*|porte-parole|presidente?|founder|fondat\w*|partner|partenaire|sponsor|egerie|face of|visage de|secretary|secretaire|minist\w*|head of|chef)\b")
# A date relative to another event: "just a few days ahead of the latest talks", "quelques jours avant".
_RELATIVE_DATE = re.compile(
    r"(?:a few|few|several|some|quelques|plusieurs|\d+) (?:days?|weeks?|months?|jours|semaines|mois) (?:ahead|before|after|earlier|later|prior|avant|apres|plus tot|plus tard)\b"
)
# "When … relative to the trade talks?", « … quand par rapport aux négociations ? »: a date relative to that event.
_RELATIVE_QUESTION = re.compile(r"\b(?:relative to|in relation to|compared (?:to|with)|par rapport (?:a|au|aux)|vis-a-vis)\b")
# What a sentence reports, after its date: « … a rapporté la semaine dernière que … », "reported last week that …"
_REPORT_VERBS = r"rapport\w*|report\w*|revel\w*|reveal\w*|annonc\w*|announc\w*|said|says|affirm\w*"
_REPORTED_THAT = re.compile(rf"\b(?:{_REPORT_VERBS}|a dit|declare\w*)\b(?:\s+[\w'-]+){{0,4}}?\s+(?:que|qu'|that)\b")
# …unless the question is about the report itself ("When did the Post report it?")
_REPORTING = re.compile(
    rf"\b(?:{_REPORT_VERBS}|say|dit|declar\w*|publi\w*|broke|sorti|story|article|news"
    r"|nouvelle|information|writ\w*|wrote|expos\w*|uncover\w*|disclos\w*|devoil\w*|light|lumiere|piece|came out|come out|paru\w*|cover\w*)\b"
)
# "When SenseTime was first blacklisted, which Commerce Secretary …?" asks who: a clause opened by "when" before a
# question word is no date question ("When was SenseTime blacklisted, and what did it say?" still asks when).
_DATE_QUESTION = re.compile(r"^(when|quand)\b(?:(?=\s+(?:was|were|did|does|do|is|are|has|had|will)\b)|(?![^?]*,\s*(?:which|who|what|how|why|where|qui|quel(?:le)?s?|comment|pourquoi|combien)\b))|\bquand\s*(?:exactement\s*|au juste\s*|precisement\s*)?(?:\?|$|,|par rapport)|\b(a|depuis|jusqu'a) quand\b|\b(since|until|by) when\b|\bd'ici quand\b|\b(new|nouvelle) date\b|\b(what|which|quel(le)?)('s| is| was)? ([\w']+ ){0,2}(date|day|year|month|jour|annee|mois)\b|\ben quelle annee\b|\ba quel moment\b|\bat what (?:point|time|moment)\b|\b(?:exact|precise) date\b|\bdate (?:exacte|precise)\b")
# "On what date …?", "Quel jour …?" ask for a day on the calendar: "a few days ahead of the talks" or "ce mois de
# décembre" do not give one ("When …?" is answered by either).
# (« À quand remonte … ? » is a plain "when", answered by "l'année dernière")
_CALENDAR_QUESTION = re.compile(r"\b(a|jusqu'a|d'ici) quand\b(?! remont)|\b(?:until|by) when\b|\b(new|nouvelle) date\b|\b(what|which|quel(le)?)('s| is| was)? ([\w']+ ){0,2}(date|day|jour)\b")
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_DAY_OR_YEAR = re.compile(rf"\b(1[89]\d\d|20\d\d)\b|\b\d{{1,2}}(er)? ({_MONTHS})\b|\b({_MONTHS}) \d{{1,2}}\b")
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b")
_EXACT_DATE_QUESTION = re.compile(r"\b(?:exact|precise|specific) (?:date|day)\b|\b(?:date|jour) (?:exacte?|precise?)\b")
# a day of the month, by its number: "On what exact date …?" is not answered by « Vendredi dernier »
_DAY = re.compile(rf"\b\d{{1,2}}(?:er)? (?:{_MONTHS})\b|\b(?:{_MONTHS}) \d{{1,2}}\b")
_DAY_OR_WEEKDAY = re.compile(rf"{_DAY.pattern}|\b(?:{_WEEKDAYS})\b")  # « Quel jour précis … ? »: « Vendredi dernier »
_MONTH_QUESTION = re.compile(r"\b(?:which|what) month\b|\bquel mois\b")
_CALENDAR_DATE = re.compile(rf"{_DAY_OR_YEAR.pattern}|\b({_WEEKDAYS})\b")
# the month, not the verb: "in May", "May 2019", "on 3 May", not "as you may recall"
_MAY = r"(?:(?<=in )|(?<=of )|(?<=by )|(?<=on )|(?<=from )|(?<=since )|(?<=until )|(?<=during )|(?<=early )|(?<=late )|(?<=last )|(?<=next )|(?<=this )|(?<=mid-)|(?<=\d ))may|may(?= \d)"
_DATE = re.compile(rf"\b(1[89]\d\d|20\d\d|january|february|march|april|{_MAY}|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|yesterday|hier|last (week|month|year)|this (week|month)|l'annee derniere|l'an dernier|le mois dernier|(la |cette |fin de )semaine( derniere)?|ce mois"
    r"|(?:au )?(?:debut|fin) (?:du mois|de l'annee|de la semaine)|(?:earlier|early|later) this (?:week|month|year)|at the (?:start|beginning|end) of the month"
    # or relative to another event: "just a few days ahead of the latest talks", "quelques jours avant"
    rf"|{_RELATIVE_DATE.pattern})\b")
# The date something was first set for ("originally due to start trading", « la date initialement prévue »), told
# only by a sentence that says it was set for one.
_FIRST_DATE_QUESTION = re.compile(
    r"\b(?:originally|initially|first) (?:been )?(?:due|scheduled|planned|set|expected|slated)\b|\b(?:initialement|a l'origine|au depart) prevue?s?\b"
    r"|\bdate (?:initialement |d'abord )?prevue\b|\bdevai(?:t|ent) (?:initialement|a l'origine|au depart)\b"
)
_SCHEDULED = re.compile(r"\b(?:prevue?s?|scheduled|due (?:to|on|in)|planned for|devai(?:t|ent)|was to|were to|expected (?:on|in)|set for|slated|initialement|originally)\b")
# The new date of something put off ("rescheduled", « à quelle nouvelle date »), told only by a sentence that moves it
# to one: "postponed until 2022", « reportée au 30 décembre », "rescheduled".
_NEW_DATE_QUESTION = re.compile(r"^(?:(?:so|and|et|alors|donc)\s+)?(?:when|quand)\b.*\b(?:now|desormais|maintenant)\b|^(?:(?:so|and|et|alors|donc)\s+)?(?:when|quand)\b(?=.*\b(?:compte\w*|va|vont|will|expects?|plans?|intends?|prevoi\w*)\b).*\b(?:finalement|eventually|finally|ultimately)\b|\b(?:new|nouvelle|rescheduled|revised)\s+(?:[\w-]+\s+){0,2}?date\b|\b(?:date|when|quand)\b.*\b(?:finalement|finally|eventually|ultimately)\b.*\b(?:debut\w*|cote\w*|list(?:ed|ing)|lists?\b(?=.*\b(?:hk|hong kong|bourse|stock|exchange|ipo|shares?)\b)|introdu\w*|went public|go public|entree en bourse)|\breschedul\w*|\breprogramm\w*|\b(?:reporte|repousse|postponed|delayed|pushed back)\w*\s+(?:a|to|until|jusqu'a)\s+quand\b"
    # a listing relaunched after the postponement: « À quelle date … compte-t-il relancer son introduction ? », "When will
    # it resume its IPO?" (not « Quand le Trésor a-t-il relancé les sanctions ? », nor « un court résumé »)
    r"|\b(?:date|when|quand)\b.*\b(?:relanc\w*|relaunch\w*|resum(?:e|es|ed|ing)|restart\w*|retent\w*|revive\w*|reprendre)\s+(?:son|sa|ses|leur|leurs|its|their|the|his|her|l['’])\s*"
    r"(?:[\w-]+\s+){0,2}?(?:ipo|introduction|listing|cotation|flotation|offering|entree en bourse|share sale)\b"
    # "sensetime finally listed in hk on what date?": the date asked after the listing
    r"|\b(?:finalement|finally|eventually|ultimately)\s+(?:[\w'-]+\s+){0,2}?(?:debut\w*|cote\w*|list(?:ed|ing)|introdu\w*|went public|entree en bourse)\b"
    r"(?=.*\b(?:hk|hong kong|bourse|stock|exchange|ipo|shares?|market)\b).*\b(?:date|when|quand|what day|quel jour)\b"
    # « et elle a fini par être cotée qd ? », "So when did it finally list?" (a firm listing itself, not listing Hikvision)
    r"|^(?=.*\b(?:date|when|quand|what day|quel jour)\b).*(?:\bfini\w* par (?:[\w'-]+\s+){0,2}?(?:debut\w*|cote\w*|entr\w* en bourse|introdu\w*)"
    r"|\b(?:finally|eventually|ultimately) list(?:\s+(?:in|on)\b|\s*\??\s*$))")
_NEW_DATE = re.compile(
    r"\b(?:reschedul\w*|reprogramm\w*|new date|nouvelle date|relanc\w*|relaunch\w*|resum(?:es|ed|ing)|restart\w*|retent\w*|revive\w*|reprendr\w*|reprise"
    rf"|(?:postponed|delayed|pushed back|moved|reporte|repousse|decale)e?s?\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:to|until|till|au|a|jusqu'au|jusqu'a|jusqu'en|en)\s+(?:le\s+|the\s+)?(?:\d|(?:{_MONTHS}|{_WEEKDAYS})\b|next|later|l'an prochain|l'annee prochaine))"
)
# A follow-up's "the company" / "l'entreprise": the company the conversation named.
# a firm or a person told by what they are: "the Chinese telecoms giant", « la star du football », "the phone maker"
_DESCRIBED_ONE = re.compile(r"\b(?:company|firm|group|giant|maker|manufacturer|entreprise|societe|firme|groupe|geant|fabricant)s?\b")  # (a person may react by what they do)
_COMPANY_REFERENCE = re.compile(r"\b(?:the (?:other )?(?:company|firm|group)|the other one|l'autre (?:entreprise|societe|firme|groupe)\b|l'autre\s*\??$|(?:l'|cette )(?:entreprise|firme)|(?:la|cette) (?:societe|firme)|le groupe)\b")
# "ce logiciel", "that tool": a product of the firm the conversation named (not « leur logiciel » after « Qui soutient
# SenseTime et Megvii ? », whose answer named another firm)
_PRODUCT_REFERENCE = re.compile(
    r"\b(?:ce|cet|cette|that|this) (?:logiciel|outil|software|tool|feature|fonctionnalite|fonction|programme|program|systeme|system|app|application|technolog\w*|produit|product)s?\b"
)
# "What did X say / how did X react / qu'a déclaré X": the answer is a quote or a reported statement.
# "comment" alone is the French "how": only "comment on" / "commented" ask for words.
_SPEECH_QUESTION = re.compile(
    r"\b(say|said(?! to\b)|says|tell|told|react|reacted|reaction|respond|responded|response|declare|declared|comment on|commented|claim|claimed|deny|denied"
    r"|justify|justified|defend|defended|push(?:ed)? back|hit back|fought back|fight back|rebut\w*|riposte|conteste"
    r"|dit|dire|declare|reagi\w*|reaction|repond\w*|reponse|affirme|commente|nie|justifie|justifier|defendue?s?(?!\s+(?:aux?|a|de|d')\b)"  # « défendu aux Américains d'investir »: forbade
    r"|assurances?|reassur\w*|rassur\w*|assure[rd]?|garanti\w*|spokes\w*|porte-parole"  # a spokesperson's assurances
    r"|qualifie\w*|caracteris(?:e|es|ent|er|ait|aient|ee|ees)\b|decri\w*|characteri[sz]\w*|describes?"  # « Comment SenseTime qualifie-t-elle / décrit-elle … ? » (not "described as", said of anyone)
    # « Megvii a-t-il lui aussi dénoncé la décision ? », "Did Megvii denounce it too?" (not "was denounced", « est
    # dénoncé »; nor "condemn", which a bill does)
    r"|(?<!bill )(?<!law )(?<!act )denounces?\b|(?:(?<=has )|(?<=have )|(?<=had )|(?<=also ))denounced\b"
    r"|(?<!ete )(?<!est )(?<!sont )(?<!etait )(?<!etre )(?<!est-il )(?<!est-elle )(?<!sont-ils )(?<!sont-elles )(?<!texte )(?<!loi )denonc(?:e|ent|er|ait|aient)\b"
    r"|admit\w*|acknowledg\w*|reconnai(?:t|ssent|tre)|reconnue?s?|regret|regrets|regretted|regrett?(?:e|es|ent|ait|er)\b"  # "Does SenseTime acknowledge …?", « reconnaît-elle » (not « reconnaissance »); "Did Huawei regret it?", « a regretté » (not "regrettably")
    # « Comment SenseTime a-t-elle accueilli … ? » (not « Quelle Bourse a accueilli l'introduction ? »)
    r"|comment (?:[\w'-]+ ){0,4}?(?:a-t-(?:il|elle)|ont-(?:ils|elles)|a|ont) (?:[\w-]+ )?accueilli[es]{0,2}"
    r"|(?:expliqu|explain|justifi)\w* publi\w*|publicly (?:explain|justif)\w*)\b"  # « A-t-il expliqué publiquement pourquoi … ? »
)
# "brands said to use Alibaba's platforms": hearsay, not a question about words.
_STRICT_SPEECH_QUESTION = re.compile(r"\b(say|said(?! to\b)|says|tell|told|declare|declared|comment on|commented|dit|dire|disait|disaient|declare|affirme|commente)\b")
# « Quels mots Griezmann a-t-il employés … ? »: someone's words, asked for as such
_WORDS_ASKED = re.compile(
    r"\b(?:quels (?:mots|termes)|en quels termes|(?:what|which) (?:exact )?words|in what terms)\b"
    r"(?=.*\b(?:use[sd]?|employ\w*|say|said|utilis\w*|dit|prononc\w*|describ\w*|decri\w*|call\w*|qualifi\w*|annonc\w*|announc\w*|justif\w*|motiv\w*)\b)"
)  # not "What words did Alibaba remove from its website?"
# "he", "elle", "a-t-il" as a subject: a person the conversation named ("il y a", "s'agit-il" name no one).
_PERSON_PRONOUN = re.compile(r"\b(?:he|she)\b|(?<![-'])\b(?:il|elle)\b(?! y a)|(?<!y a)(?<!agit)(?<!faut)-t-(?:il|elle)\b|\b(?:avait|aurait|etait)-(?:il|elle)\b")  # "a-t-il", "avait-il" (folded)
# "did it warn", "has it said": a firm the conversation named, as the one who speaks.
_SPEAKING = r"say|said|says|tell|told|warn\w*|react\w*|respond\w*|claim\w*|den(?:y|ied|ies)|comment\w*|argue[sd]?|complain\w*"
_IT_SPEAKS = re.compile(
    rf"\b(?:did|does|has|had|will|would) it (?:\w+ )?(?:{_SPEAKING})\b|\bit (?:{_SPEAKING})\b"
    # « que répond-elle ? », « comment réagit-il ? », not « pourquoi le gouvernement dit-il … » (named before)
    r"|(?:^|\b(?:que\s+|qu'\s*|comment\s+|et\s+|alors\s+|donc\s+))(?:repond\w*|reagi\w*|dit|declare|affirme|nie|commente|replique|retorque)(?:-t)?-(?:elle|il)s?\b"
)
# "his role", "ask him": only a person (French "son", "sa" may be a firm's).
_HIS = re.compile(r"\b(?:his|him|himself)\b")
# "the two makers that Bloomberg says dominate the sector": what a source is said to hold, not its words.
_HEARSAY = re.compile(r"(?:^|\s)(?:that|which|who|whom|que|qu'|dont)\s+(?:[\w'-]+\s+){1,3}$")
_CLAIM_FRAME = re.compile(r"\b(?:vrai|exact|correct|true|right|accurate|confirm\w*)\s*$")


# A text of the asker's that states a claim: "A draft says …", "our story says", « notre brouillon dit »
_OUR_DRAFT = re.compile(r"\b(?:a|an|our|my|the|this|un|une|notre|mon|ma|le|ce|cette)\s+(?:draft|timeline|piece|story|note|brief|memo|copy|script|brouillon|papier|depeche|chronologie|texte)\s+(?:(?:i'm|i am|we're|we are|i|we|que je|que nous|qu'on)\s+(?:[\w'-]+\s+){0,2})?$")  # "A draft I'm checking says"


def _speech_verb(question: str, strict: bool = True) -> re.Match | None:
    """Where `question` asks for someone's words ("What did Alibaba say?"), or, not `strict`, how they responded;
    None when it does not, or only reports what someone says ("the firms that Bloomberg says dominate …")."""
    folded = fold(question)  # fold() keeps the length of the text, so positions carry over
    for pattern in (_STRICT_SPEECH_QUESTION,) if strict else (_STRICT_SPEECH_QUESTION, _SPEECH_QUESTION):
        for verb in pattern.finditer(folded):
            if article_speaks(folded, verb.start(), verb.end()):
                continue  # "What does the Alibaba article say about …?" asks what it tells
            if _OUR_DRAFT.search(folded[: verb.start()]):
                continue  # "A draft says Washington first sanctioned SenseTime in 2021. Is that correct?": a claim checked
            clause = _HEARSAY.search(folded[: verb.start()])
            if clause is not None and _CLAIM_FRAME.search(folded[: clause.start()]) and not set(words(folded[clause.start() : verb.start()])) & _PRESS:
                clause = None  # « Est-il vrai que Huawei a regretté … ? » asks whether Huawei did (not "… that Bloomberg says …")
            if clause is None or not re.search(r"\b[A-Z]", question[clause.start() : verb.start()]):
                return verb
    return None


# A quotation of four words or more: "“travail forcé”" or "« drapeau rouge »" put words in scare quotes, nobody's.
_QUOTATION = r"[«“\"]\s*[^«»“”\"\s]+(?:\s+[^«»“”\"\s]+){3}"
_SPEECH = re.compile(rf"{_QUOTATION}|\b(said|says|told|stated|declared|denied|calls|called it|qu'il appelle|(?:is|was) clear that|insist(?:s|ed)|maintain(?:s|ed)|argue[sd]|defended|justified|according to|a declare|a affirme|a dit|a souligne|a fait part|a refuse|indiquant|selon|nie|affirme|ont defendu|a defendu|justifie)\b")
# A reaction need not be quoted: "the US government denounced the programme", « Pékin a dénoncé ».
_REACTION = re.compile(
    r"\b(denounced|condemned|opposed|critici[sz]ed|protested|urged|a denonce|a condamne|s'oppose|s'est oppose|a critique|a proteste"
    r"|a reagi|a repondu|a exhorte|dement|a dementi|regretted|a regrette)\b"
)
_QUOTE = re.compile(r"[«»“”\"]")
# A denial told without quotes: "Dahua nie tout méfait", "Hikvision denies wrongdoing".
_DENIES = r"(?:nie|nient|denies|denied|deny|rejette|rejettent|rejects|rejected|conteste|contestent|disputes|dement|dementent|refute)\b"
# A government named in words ("the US government") speaks as before; its officials named in words speak for it.
_GOVERNMENT_IN_WORDS = re.compile(r"\b(?:government|gouvernement|administration)\b")
# A defence told without quotes, its speaker the subject, for "How do Chinese officials justify …?": « Les
# responsables chinois ont défendu la campagne … »
_DEFENDS = r"(?:ont |a |have |has |had )?(?:defendu|defended|defend|defendent|justifie\w*|justified|justify|argue[sd]?|insist\w*|maintain\w*|affirm\w*)\b"
_DEFENCE_QUESTION = re.compile(r"\b(?:justif\w*|defend\w*)")
# "How did Dahua respond to the accusations?": a denial answers, not "What assurances did Amazon give about Dahua?".
_ANSWERS_QUESTION = re.compile(r"\b(?:respond\w*|response|react\w*|reaction|repond\w*|reponse|reagi\w*|answer\w*|accus\w*|den(?:y|ied|ies)|nie|contest\w*|reject\w*|rejet\w*)\b")
_SPEECH_VERB = re.compile(
    r"\b(said|says|told|stated|declared|denied|added|rejected|rejects|a declare|a affirme|a dit|a souligne|a fait part|a ajoute|a indique|a explique"
    r"|a assure|a reconnu|a precise|a estime|recuse|rejette|a rejete)\b"
)
# "Did Alibaba explain why …?", "A-t-il commenté …?": whether one spoke; the news is often that one declined to.
_DISCLOSED_QUESTION = re.compile(
    r"^(?:did|has|have|does|do|was|were)\b.*\b(?:explain|say|said|comment|disclose|reveal|clarif|give (?:a|any) reason)"
    r"|(?:\b(?:a-t-(?:il|elle)|ont-(?:ils|elles)|avait-(?:il|elle))|^est-ce qu.*\b(?:a|ont))\s+(?:\w+\s+)?"
    r"(?:explique|dit|commente|precise|revele|indique|justifie|donne)\w*\b"
    # "What did Alibaba decline to explain?", "Qu'a refusé de dire Alibaba ?"
    r"|\b(?:declin\w*|refus\w*) (?:to|de|d')\s?(?:explain|say|comment|disclose|reveal|expliquer|dire|commenter|preciser|reveler)\b"
)
_DECLINED = re.compile(
    r"\b(?:refus\w*|declin\w*|would not|did not (?:say|explain|comment|respond)|no comment|did not return"
    r"|(?:n'a|n'ont|n'avait) pas (?:voulu|souhaite|precise|explique|dit|commente|repondu)|sans (?:preciser|expliquer))\b"
)
# A yes/no question about what happened in the end or afterwards: "Did Amazon stop using the cameras after Reuters
# reported it?", "Amazon a-t-elle finalement retiré les caméras ?".
_WH_WORD = re.compile(r"\b(?:what|which|how|why|where|when|who|quel(?:le)?s?(?!-)|comment|pourquoi|ou|quand|combien|qui|que|qu)\b")
_WH_NOT_OR = re.compile(r"\b(?:what|which|how|why|where|when|who|quel(?:le)?s?(?!-)|comment|pourquoi|quand|combien|qui|que|qu)\b")  # « ou » may be "or"
_CLAIM_OPENING = r"(?:is it true that|est-(?:ce|il) vrai qu(?:e\s+|')|c'est vrai qu(?:e\s+|'))"  # a claim checked
# …and its other forms, which open no question word's question either (« Est-il exact qu'elle a finalement … ? »)
_ANY_CLAIM_OPENING = r"(?:(?:is|was) it (?:true|correct|accurate|right) that|est-(?:ce|il) (?:vrai|exact|juste) qu(?:e\s+|')|c'est (?:vrai|exact) qu(?:e\s+|'))"
_YES_NO_OPENING = re.compile(rf"est-ce qu(?:e\s+|')(?:[\w'-]+\s+){{1,3}}?(?:a|ont|avait|avaient)\s+|(?:did|has|have|does|do|was|were|{_CLAIM_OPENING})\s*(?:[\w'-]+\s+){{1,2}}?|(?:[\w-]+\s+){{1,3}}?(?:a|avait)-t-(?:il|elle)\s+|(?:[\w-]+\s+){{1,3}}?(?:ont|avaient)-(?:ils|elles)\s+")
_ADVERBS = frozenset("still really actually already ever toujours vraiment deja encore jamais".split())
_IN_THE_END = re.compile(r"(?:finally|eventually|ultimately|finalement|end(?:s|ed)? up)\s+")

# What was done in the end, asked yes or no: « SenseTime a fini par être cotée ? », « Et au final, … ? » (not "Finally,"
# or « Finalement, » opening a last question)
_END_ASKED = re.compile(
    r"\b(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle)|-(?:ils|elles))? fini|finit|finissent) par\b|\b(?:au final|en fin de compte|in the end|at the end of the day|end(?:s|ed)? up)\b"
    r"|\b(?:finalement|finally|eventually|ultimately)\b(?!\s*,)"
)
# A question said as a statement, on what was done in the end: « Et Amazon a fini par les retirer ? » (or inverted,
# « Amazon a-t-elle fini par retirer … ? »).
_ENDED_BY = re.compile(r"(?:[\w'-]+\s+){1,3}?(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle)|-(?:ils|elles))?\s+fini|finit|finissent)\s+par\s+")
# A question word's question on what was done in the end: "end up raising", "finally listed", « finalement fait son
# entrée »; not "end up being sold" or "ended up on the entity list" (where things went), nor "finally the reason".
_IN_THE_END_ASKED = re.compile(
    r"\b(?:finally|eventually|ultimately|finalement|end(?:s|ed)? up)\s+"
    r"(?!(?:being|on|in|at|as|with|under|there|going|the|a|an|its|their|la|le|les|l'|un|une|sa|son|ses)\b)(?=[a-z])"
)
# …or after a longer subject: "Did the Xinjiang import bill passed by the House on 8 December eventually become law?"
# (not "Do Dahua products end up under other labels?", where they went)
_SUBJECT_IN_THE_END = re.compile(rf"(?:(?!(?:after|before|once|when|until|apres|avant|lorsque|quand)\b)[\w'-]+\s+){{1,12}}?{_IN_THE_END_ASKED.pattern}")
# What was put off or only planned: "le report de son introduction en Bourse", "postponed", "destinées à".
_NOT_DONE = re.compile(
    r"\b(?:postpone\w*|delay\w*|le report|report(?:e|ee|ees|es|er|ait)|repouss\w*|suspend\w*|cancel\w*|annul\w*"
    r"|plan(?:s|ned)? to|prevu\w*|prevoi\w*|intend\w*|destinee?s?|aim(?:s|ed|ing)? (?:to|at)|visant a|visaient a)\b"
)
_NOT_DONE_CLAUSE = re.compile(_NOT_DONE.pattern + r"(?:\s+\S+){0,6}")  # the postponement and what was put off
_AFTER = r"once|after|afterwards|following|apres|suite a|a la suite"
_AFTERWARDS = re.compile(rf"\b(?:{_AFTER})\b")
_KEPT_AS_IS = re.compile(r"^(?:leave|left|keep|kept|laiss\w*|gard\w*)\b.*\b(?:as (?:they|it) (?:were|was|are|is)|as is|unchanged|untouched|intact\w*|en l'etat|tel(?:le)?s? quel(?:le)?s?|inchange\w*)")
# a plan given up ("drop its plans", « renoncé à »), and one kept (« rester “déterminée” », "still")
_GIVEN_UP = re.compile(r"(?:drop\w*|abandon\w*|give up|gave up|given up|scrap\w*|renonc\w*)\b")
_STILL_ON = re.compile(r"\b(?:determinee?s?|determined|toujours|still|maintien\w*|maintain\w*|rester|reste|remains?|continue\w*|prochainement|soon)\b")
_MODIFIED = re.compile(  # a change told as done (« a modifié son site »), not asked for (« demandé … de retirer »)
    r"\b(?:a|ont|avait|avaient|has|have|had)\s+(?:\w+\s+)?(?:modifi|chang|supprim|retir|edit|remov|delet|effac|rewr)\w*"
    r"|\b(?:removed|deleted|changed|edited|rewrote|took down|taken down|pulled)\b"
)


# The words of a question for a sum that say nothing of what the sum is for.
_MONEY_WORDS = re.compile(
    r"(?:montant|amount|sum|somme|dollar|euro|cost|cout|prix|price|worth|valeur|value|valu|much|combien|money|argent"
    r"|pay|paid|paie|payer|spend|spent|depens|vers|rais|lev|elev|fond|fund|financ"
    # what was sought, and in which currency: "quel montant visait-elle, converti en euros ?", "the shelved share sale"
    r"|rapport(?:e|ait|aient|er)\b|earn|gagn|vis(?:ait|aient|e|er|ee|ees|ent)\b|voul\w*|want\w*|correspond\w*|represent(?:e|ent|s|ait)\b|chiffre\w*|aim(?:s|ed|ing)?\b|target|expect|hoped?\b|hoping|convert|converti|express|exprim|shelv|sale|vente)\w*"
)


# A partnership, a sponsorship, an endorsement: what a sum is for, said in one word ("a deal" may be a purchase).
_DEAL = re.compile(r"(?:partenariats?|partnerships?|sponsor\w*|endorsements?|parrainages?|ambassad\w*)")
_CONTRACT = re.compile(r"contra[ct]t?s?|deals?")
_DEAL_TOLD = re.compile(rf"\b(?:contra[ct]t?s?|deals?|accords?|{_DEAL.pattern})\b")  # and the sum a contract or deal brings


_REFUNDED = re.compile(r"\b(?:refund\w*|reimburs\w*|rembours\w*|pa(?:y|ying|id) (?:\w+ )?back|repa(?:y|id|ying)\w*)\b")
# What replacing something would cost is told of replacing it.
_REPLACING = re.compile(r"\b(?:remplac\w*|replac\w*)")
# What something cost is told by a price, a loss or what was paid or spent (`_INVESTED`), not by the sum an IPO sought.
_COST_ASKED = re.compile(r"\b(?:cost\w*|cout\w*)\b")
_COST = re.compile(r"\b(?:cost\w*|cout\w*|price\w*|prix|loss\w*|lost|los(?:e|es|ing)|pert\w*|perdu\w*|fines?|amendes?)\b")
_INVESTMENT_ASKED = re.compile(r"\b(?:invest(?!or|isseur)\w*|inject\w*)\b")  # not "investors"
# what an investment is told by: its word, or a purchase ("Amazon a acheté pour 10 millions de dollars de caméras")
_INVESTED = re.compile(r"\b(?:invest(?!or|isseur)\w*|inject\w*|stakes?|participations?|achet\w*|achat\w*|bought|buy\w*|purchas\w*|spen[dt]\w*|depens\w*|paid|pay\w*|paye\w*)\b")


def _money_of(question: str, sentence: str) -> bool:
    """Whether the sum in `sentence` may be the one asked about: the sentence has one of the words that say what the
    question asks the sum of, when there are two or more besides names — "le montant des sanctions financières
    infligées à SenseTime" is not answered by the amount of SenseTime's IPO, while "How much did SenseTime plan to
    raise?" or "Combien Amazon a-t-il payé ?" say too little to tell (names are checked elsewhere, and a sentence
    may name its firm only in the one before: "L'entreprise … pour un montant de 767 millions de dollars")."""
    if _INVESTMENT_ASKED.search(fold(question)) and not _INVESTED.search(fold(sentence)):
        return False  # "Combien Alibaba a-t-il investi dans … ?": an investment, not the sum of an IPO
    if _REFUNDED.search(fold(question)) and not _REFUNDED.search(fold(sentence)):
        return False  # "How much did it have to pay back?": a refund, not the sum the IPO sought
    if _COST_ASKED.search(fold(question)) and not (_COST.search(fold(sentence)) or _INVESTED.search(fold(sentence))):
        return False  # « Combien le report de son introduction en Bourse a-t-il coûté à SenseTime ? »: not the sum it sought
    if _REPLACING.search(fold(question)) and not _REPLACING.search(fold(sentence)):
        return False  # « Combien coûterait le remplacement de ses caméras ? »: not what they cost to buy
    terms = [t for t in _words_besides_names(question) if not _MONEY_WORDS.fullmatch(t)]
    # a partnership says alone what the sum is for: « Combien lui rapportait ce partenariat ? » is no IPO's amount
    # and so does a contract that earned someone a sum: « Et combien lui rapportait ce contrat ? » is not what Amazon
    # paid for its cameras (while "How much was the deal worth?" may be)
    earned = re.search(r"\b(?:rapport\w*|earn\w*|gagn\w*)\b", fold(question)) and re.search(r"\b(?:lui|leur|him|her|he|she)\b", fold(question))
    deal = any(_DEAL.fullmatch(t) or (earned and _CONTRACT.fullmatch(t)) for t in terms)
    told = [t for t in terms if not (earned and _CONTRACT.fullmatch(t))]  # told by a deal's words, not "contrôle" (a stem)
    return (len(terms) < 2 and not deal) or any(_present(t, sentence) for t in told) or (deal and bool(_DEAL_TOLD.search(fold(sentence))))


def _in_the_end_asked(folded_question: str) -> str | None:
    """What a question word's question asks was done in the end ("raising once it was finally listed in hong kong"),
    else None; not why it was done ("Why did Amazon ultimately stop …?" asks a reason)."""
    if not _WH_WORD.search(folded_question) or re.search(r"\b(?:why|pourquoi)\b", folded_question):
        return None
    in_the_end = _IN_THE_END_ASKED.search(folded_question)
    return folded_question[in_the_end.end() :].rstrip(" ?") if in_the_end else None


# What a verb was done to, after a determiner: "retire les cameras", "annule cette commande" (not "intend to go public").
_OBJECT = re.compile(r"\s*[\w'-]+\s+(?:les|la|le|l'|the|its|their|ses|sa|son|cette|ce|ces|this|that|these|those)\s*([\w-]+)")


def _done_beside_what_was_not(outcome: str, question: str, sentences: Sequence[str]) -> bool:
    """Whether what `outcome` says was done in the end is told in one of `sentences`, outside what they say was put
    off or only planned (« … a finalement été placée sur liste noire … ? »: « … a dû reporter son introduction en
    Bourse » tells a postponement, and the next sentence the blacklisting)."""
    if re.match(r"\W*(?:ces|ce|cette|les|la|le|l'|the|this|that|these|those)\b", outcome):
        return False  # « Et au final, ces négociations ont-elles mis fin … ? »: a subject, not what was done, comes first
    done = _outcome_words(outcome, question)
    return bool(done) and any(_present_closely(done[0], _NOT_DONE_CLAUSE.sub(" ", fold(s))) for s in sentences)


def _present_closely(term: str, text: str) -> bool:
    """`term` (folded) in `text` as itself or a lexicon equivalent, the same word inflected (all its letters but the
    last two, at least five, and at most two letters longer or shorter): « entrée » is not « entreprise », nor
    « entrepôts » « entreprises »."""
    vocabulary = folded_words(text)
    for form in equivalents(term):
        if " " in form or "-" in form:
            if re.search(rf"\b{re.escape(form)}", fold(text)):
                return True  # "website": « site Web »
            continue
        start = stem(form, max(5, len(form) - 2))
        if any(w == form or (len(w) >= 4 and w.startswith(start) and abs(len(w) - len(form)) <= 2) for w in vocabulary):
            return True  # "devices": « appareils »
    return False


def _outcome_words(outcome: str, question: str) -> list[str]:
    """The words of `outcome` that say what was done, its verb first ("retire", "cameras", "entrepots"): no question
    word, adverb, name or place."""
    names = names_in_question(question)
    return [t for t in content_terms(outcome) if t not in _QUESTION_WORDS | _ADVERBS and t not in names and not is_place(t)]


def _outcome_asked(folded_question: str) -> str | None:
    """What a yes/no question asks happened in the end or afterwards ("stop using its dahua cameras"), else None."""
    question = re.sub(r"^(?:et|and|so|alors|mais|donc)\s+", "", folded_question.strip().rstrip(" ?"))
    ended_by = _ENDED_BY.match(question)  # « Amazon a fini par … » is itself "in the end"
    opening = ended_by or _YES_NO_OPENING.match(question)
    # a question word opens the question or follows its verb: « Nike ou Starbucks ont-ils … » is "or", not "où"
    # « Est-ce que … », « Est-il vrai qu'Alibaba … » are yes or no: their « qu' » asks nothing
    opened = re.sub(rf"^(?:est-ce qu(?:e\s+|')|{_CLAIM_OPENING})", "", question[: opening.end()]) if opening else ""
    if not opening or _WH_WORD.match(opened) or _WH_WORD.search(question[opening.end() :]) or _WH_NOT_OR.search(opened):
        return None
    rest = question[opening.end() :]
    in_the_end = _IN_THE_END.match(rest) or _SUBJECT_IN_THE_END.match(rest)
    # a claim checked with its cause ("Is it true that Alibaba lost its partnership because of …?") is checked like
    # what followed: the sentence that answers tells what was done
    split = _CLAIMED_CAUSE if _CLAIM.match(question) else _AFTERWARDS
    what, *after = split.split(rest[in_the_end.end() :] if in_the_end else rest, maxsplit=1)
    if after and _CAME.search(what):
        return None  # "Is it true that the listing came right after the end of the talks?" asks when, not what followed
    return what if (ended_by or in_the_end or after) else None


# what happened, dated by what it came after: "came right after", « est intervenue juste après »
_CAME = re.compile(r"\b(?:came|come|happened|occurred|took place|intervenue?s?|survenue?s?|eu lieu|tombee?s?)\s+(?:(?:just|right|shortly|immediately|juste|peu|tout de suite)\s+)?$")


_CLAIM = re.compile(_CLAIM_OPENING)
_CLAIMED_CAUSE = re.compile(rf"\b(?:{_AFTER}|because(?: of)?|parce qu\w*|a cause d\w*|en raison d\w*|due to)\b")


# A question for a reason, and "… declined to say why": the reason was asked and not given.
_WHY = r"(?:why|pourquoi|pour quelle raison|for what reason)\b"
# the choice a why sets aside: "… rather than a US stock exchange", « … plutôt que New York »
_COMPARED = re.compile(r"\b(?:cheaper|better|faster|more|less|moins|plus|meilleure?s?)\b[^.]{0,40}\b(?:than|que|qu')|\b(?:concurrents?|competitors?|rivals?|rivaux)\b")
_RATHER_THAN = re.compile(r"\b(?:rather than|instead of|plutot que|plutot qu'|au lieu de|au lieu d')\s*([^?,.;]+)")
# Why something has not happened yet: « Pourquoi aucune licence n'a-t-elle encore été délivrée ? », "Why has the US
# not granted any licences so far?".
_WHY_NOT_YET = re.compile(
    rf"(?:(?:and|et|so|alors|mais|but)\s+)?{_WHY}.*\b(?:(?:not|no|never|\w+n't)\b.*\b(?:yet|still|so far|to date)|(?:yet|still) (?:not|no|never)|as yet|pas encore"
    r"|toujours pas|(?:aucune?|pas|jamais)\b.*\b(?:encore|toujours|jusqu'ici|jusqu'a present|a ce jour)|(?:encore|toujours) (?:aucune?|pas))\b"
)
_UNEXPLAINED = re.compile(rf"(?:{_DECLINED.pattern})\s+(?:[\w'’]+\s+){{0,8}}(?:why|pourquoi)\b")  # "a refusé d'en dire plus sur ses tests ou d'expliquer pourquoi"
# "Il n'a pas été possible de déterminer si ou comment les clients d'Alibaba avaient utilisé l'outil": what could not
# be known, so that no article tells it.
_UNDETERMINED = re.compile(
    r"\b(?:(?:n'a|n'ont|n'avait|n'avaient) pas (?:ete )?(?:possible|pu) (?:de )?(?:determiner|etablir|savoir|confirmer|verifier)"
    r"|(?:could|can|cannot|was|were) not (?:be )?(?:determined?|established?|confirmed?|verified?)|unclear|not clear|pas clair|on ignore)\b"
)
# "Could it be determined …?", « Sait-on … ? »: a question on whether it is known, which that sentence answers.
_WHETHER_KNOWN = re.compile(r"\b(?:determin\w*|known|know|clear|unclear|sait|savoir|connu\w*|possible|confirm\w*|establish\w*|etabli\w*|verifi\w*)\b")


# "How did …?", « Comment … ont-ils … ? »: how something was done; and a question on what could be done.
_HOW_DONE = re.compile(r"(?:(?:and|et|so|alors|mais)\s+)?(?:how|comment)\b(?! (?:much|many|long|often|far|big)\b)")
_COULD = re.compile(
    r"\b(?:could|can|might|may|would|do|does|pouvai\w*|peu(?:t|vent)|pourr\w*|pu|supposed|meant|intended|cense\w*"
    # how they were taught, shown or told to do it, which the website did: not what they did
    r"|teach\w*|taught|show\w*|describ\w*|learn\w*|explain\w*|enseign\w*|montr\w*|decri\w*|appri\w*|apprend\w*|expliqu\w*)\b"
)


def left_undetermined(question: str, sentence: str) -> bool:
    """Whether `sentence` says that what `question` asks could not be determined: it says so, names what the
    question asks for right after (one of the two words after "which", "which of its"), and has three of its words besides names
    (two when it has three: "So which of its customers actually used it?") ("Quels clients d'Alibaba Cloud ont
    utilisé l'outil ?": "Il n'a pas été possible de déterminer si ou comment les clients d'Alibaba avaient utilisé
    l'outil")."""
    # « s'en sont servis » is using it (not a word the lexicon may have: "servi" starts "service")
    question = re.sub(r"\bs['’]en (?:sont |est |etaient |était |étaient |etait )?(\w+ment )?servi\w*", r"l'ont \1utilisé", question)
    # « se sont réellement servies de l'outil » is having used it
    question = re.sub(r"\bse (?:sont|est|etaient|était|étaient|etait) (\w+ment )?servie?s? (?=d(?:e|u|es)\b|d['’])", r"ont \1utilisé ", question)
    folded, folded_sentence = fold(question), fold(sentence)
    undetermined = _UNDETERMINED.search(folded_sentence)
    # "Could it be determined how …?" is answered by that sentence; « on sait quels clients … ? » asks which ones
    if (_WHETHER_KNOWN.search(folded) and not re.search(r"\b(?:which|quel(?:le)?s?)\b", folded)) or not undetermined:
        return False
    # what is asked for, named after "which" / « quels », must be what could not be determined: "quels clients …"
    # and "les clients d'Alibaba", not "Which Alibaba software …?"
    names = names_in_question(question)
    unnamed = " ".join(w for w in folded.split() if re.sub(r"'s$", "", w) not in names)  # not "alibaba's" either
    which = re.search(
        r"\b(?:(?:which|what|quel(?:le)?s?|how many)\s+|combien (?:de\s+|d'))(?:of (?:(?:its|the|their|his|her) )?|d'entre (?:ses|les|leurs) )?([\w-]+)(?:\s+([\w-]+))?",
        unnamed,  # "which of Alibaba's business customers": of its customers
    )
    right_after = " ".join(folded_sentence[undetermined.end() :].split()[:6])  # "… déterminer si ou comment les clients"
    asked = [w for w in (which.groups() if which else ()) if w and w not in STOPWORDS]  # "which of its cloud customers"
    # "which of the cloud provider's business customers": what is asked for may stand up to four words after "which of the"
    # (names left out, and no further than a verb: "Which of the tools could clients use …?" asks for tools)
    partitive = re.search(
        r"\b(?:which|what) of (?:its|the|their) ((?:(?!(?:is|was|are|were|did|does|do|could|can|has|have|had|will|would)\b)[\w'-]+(?:\s+|$)){1,4})",
        unnamed,
    )
    asked += [w for w in (partitive.group(1).split() if partitive else ()) if w not in STOPWORDS]
    # « Comment les clients d'Alibaba ont-ils concrètement utilisé l'outil ? »: how they did it, where the sentence
    # says whether or how they did could not be determined; not how they could ("Comment les clients pouvaient-ils
    # utiliser l'outil ?" is what the website showed)
    if _HOW_DONE.match(folded) and not _COULD.search(folded) and re.match(r"(?:\S+\s+){0,2}(?:how|comment)\b", right_after):
        # what was done, and by whom, in the clause left undetermined (not "How did Alibaba respond once the Times
        # asked about the tool?")
        clause = folded_sentence[undetermined.end() :].split()[:12]
        after_how = clause[next(i for i, w in enumerate(clause) if w in ("how", "comment")) + 1 :]
        subject = next((w for w in after_how if w not in STOPWORDS and len(w) > 2), "")
        return bool(subject) and any(_present(t, subject) for t in content_terms(question)) and _shares_terms(question, " ".join(clause), 2) and _shares_terms(question, sentence, 3)
    # a short follow-up has fewer words to share (« on sait » may not count: "Et on sait quels clients s'en sont servis ?")
    besides = _words_besides_names(question)
    least = 2 if 3 in (len(besides), len([w for w in besides if not _WHETHER_KNOWN.fullmatch(w)])) else 3
    if len(besides) == 2 and re.search(r"\b(?:l'ont|l'a|l'avaient|it|them)\b", folded):
        least = 2  # « Et quels clients l'ont utilisé ? »: both its words, and what "l'" stands for, told before
    return any(_present(w, right_after) for w in asked) and _shares_terms(question, sentence, least)


def left_unexplained(question: str, sentence: str) -> bool:
    """Whether `sentence` says the reason `question` asks for was not given: "Pour quelle raison Alibaba a-t-il testé un
    outil de détection des visages ouïghours ?" and "Il a également refusé de dire pourquoi il avait testé des outils
    pour détecter les visages des minorités", three of the question's words besides names."""
    folded, folded_sentence = fold(question), fold(sentence)
    asks_why = re.match(rf"(?:(?:and|et|so|alors)\s+)?{_WHY}", folded)
    unexplained = _UNEXPLAINED.search(folded_sentence) if asks_why else None
    if not unexplained:
        return False
    # what was left unexplained is what the question asks the reason for: "pourquoi il avait testé …" does not leave
    # "Why is the tool seen as so worrying?" unanswered
    done = [t for t in content_terms(folded_sentence[unexplained.end() :]) if t not in _AUXILIARIES][:1]
    # a short follow-up has fewer words to share: « Et pourquoi ils avaient testé cet outil au départ ? »
    least = 2 if len([w for w in _words_besides_names(question) if w not in _AUXILIARIES]) <= 3 else 3
    return _shares_terms(question, sentence, least) and all(
        _present(t, folded) or re.search(rf"\b{re.escape(t[:4])}", folded) or (_MAKING.match(t) and _MAKING.search(folded)) for t in done
    )


# making or offering the tool: why it was tested is why it was developed, built or put on sale
_MAKING = re.compile(
    r"\b(?:test\w*|develop\w*|build\w*|built|creat\w*|design\w*|mis au point|mettre au point|concu\w*|cree\w*|fabriqu\w*|lanc\w*"
    r"|propos\w*|offr\w*|offer\w*|integr\w*|ajout\w*|added|add)\b"
)
_AUXILIARIES = frozenset("avait avaient avait-il a ont had has have was were etait etaient been ete".split())


def _shares_terms(question: str, sentence: str, least: int) -> bool:
    """Whether `sentence` has at least `least` of the question's content words besides names and question words."""
    return sum(_present(t, sentence) for t in _words_besides_names(question)) >= least


def _words_besides_names(question: str) -> list[str]:
    """The question's content words that are neither names nor question words."""
    names = names_in_question(question)
    return [t for t in content_terms(question) if t not in _QUESTION_WORDS and t not in names]


# "Why did Amazon choose Dahua rather than another supplier?": the reason for a choice, told as one.
_CHOICE_QUESTION = re.compile(r"(?:(?:and|et|so|alors)\s+)?(?:why|pourquoi|pour quelle raison)\b.*\b(?:rather than|instead of|plutot qu(?:e\b|')|au lieu d|\b(?:cho(?:o)?se\w*|chosen|pick\w*|select\w*|go(?:es)? with|went with|buy|bought|purchas\w*|prefer\w*|opt\w*) (?:[\w'-]+ ){0,4}?over (?:other|another|any other|an? (?:rival|competitor|american|us|western|local)|rivals?|competitors?|(?:american|us|western|local) (?:suppliers?|makers?|vendors?|firms?|companies|brands?))\b)")
# « Pourquoi Alibaba a-t-il choisi de soutenir … ? », "Why did Amazon decide to buy …?": a decision's reason (not « le
# moment choisi pour … »)
_DECISION_QUESTION = re.compile(
    r"(?:(?:and|et|so|alors)\s+)?(?:why|pourquoi|pour quelle raison)\b.*(?:-t-(?:il|elle|ils|elles)|\b(?:did|does|do|has|have|had)\s+(?:[\w'-]+\s+){1,3}?)"
    r"\s*(?:choisi|decide|decided|choose|chosen|opted|opt|opte)\s+(?:de|d'|to|pour)\b"
)
# what a decision was for, besides a reason: « avait justifié cette décision », « pour condamner », "prompted"
_DECIDED_FOR = re.compile(r"\b(?:justifi\w*|conduit|led (?:\w+ )?to|prompt\w*|objecti\w*|aim\w*|goal|in order|pour (?:\w+ )?\w+(?:er|ir|re)\b)")
_CHOICE = re.compile(r"\b(?:chose|chosen|choose|choice|choisi\w*|choix|prefer\w*|rather|plutot|instead|au lieu|cheaper|moins cher\w*)\b")
# Leaving a post, or taking someone's place: told by its own words, not by what was done in the post:
# "When did he leave that job?", « Et qui l'a remplacé ? »
_DEPARTURE_QUESTION = re.compile(
    r"\b(?:(?:leave|left|leaving|quit\w*) (?:that|this|his|her|the|their) (?:job|post|office|position|role|seat)|resign\w*|step(?:s|ped|ping)? down"
    r"|(?:quitte\w*|quitter) (?:son|ses|sa|le|la|ce|cette) (?:poste|fonctions?|emploi|siege|charge)|demission\w*)\b"
)
_DEPARTURE = re.compile(
    r"\b(?:left|leave|leaving|quit\w*|resign\w*|stepped down|step down|depart(?:s|ures?|ed|ing)?|demission\w*"
    r"|romp\w*|rupture|cut\w* ties|sever\w*|broke (?:off )?ties)\b"  # « rompre les liens »: he quit his role
)
_SUCCESSION_QUESTION = re.compile(r"\b(?:replac\w*|remplac\w*|successors?|successeurs?|succeed\w*(?! in\b)|succede\w*)\b")  # not "succeed in listing"
_SUCCESSION = re.compile(r"\b(?:replac\w*|remplac\w*|success\w*|succe[de]\w*)\b")
# What was done to or by a firm, told of that firm in the same sentence: "Which brands sell Hikvision cameras under their
# own label?" is not answered by Dahua's products "réétiquetés et vendus sous d'autres marques", nor « Quelle star du
# sport a mis fin à son partenariat avec Alibaba ? » by the footballer who broke with Huawei. Each event: how it is asked,
# how it is told, and where the question names the firm (whose products; with whom).
_NAME_SPAN = r"[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*"
_SITE_CHANGED = re.compile(r"\b(?:modifi\w*|chang\w*|edit\w*|updat\w*|supprim\w*|remov\w*|delet\w*|retir\w*|scrub\w*)")


@dataclass(frozen=True)
class _FirmEvent:
    """What a question asks happened to or with a firm (`asked`), how a sentence tells it (`told`), where the question
    names the firm (`where`, its groups); `anaphor`: a sentence whose subject is « La société », with no sentence before
    it known to say which, may be told of the firm named."""

    asked: re.Pattern[str]
    told: re.Pattern[str]
    where: re.Pattern[str]
    anaphor: bool = False


_FIRM_EVENTS = tuple(_FirmEvent(*event) for event in (
    (  # relabelled, resold under another brand: whose products
        re.compile(r"\b(?:relabel\w*|re-label\w*|rebrand\w*|rebadg\w*|reetiquet\w*|resold|resell\w*|revend(?:u|ue|us|ues|re|ent|ait|aient|ons)\b|white.label\w*|marque blanche)|\b(?:own|propre) (?:label|brand|marque)"),
        re.compile(r"\b(?:relabel\w*|rebrand\w*|rebadg\w*|reetiquet\w*|resold|revendu\w*|(?:sold|vendu\w*) sous|sold under)"),
        re.compile(rf"({_NAME_SPAN})(?:['’]s)?\s+(?:products?|cameras?|cams?|gear|equipment|kit|devices?)\b(?!\s+(?:suppliers?|makers?|manufacturers?|vendors?|purchases?|orders?))"
                   rf"|\b(?:produits|cam[ée]ras|[ée]quipements|appareils|mat[ée]riel)\s+(?:de\s+|d['’]|du\s+)?({_NAME_SPAN})"),
    ),
    (  # ties cut, a partnership ended: with whom
        re.compile(r"\b(?:mis|mettre|met|mettent) fin (?:a|au|aux) (?:son|sa|ses|leur|leurs|ce|cette|la|le|l') ?(?:partenariat|contrat|collaboration|relation|association|accord)"
                   r"|\bend(?:ed|s|ing)? (?:his|her|its|their|the) (?:partnership|contract|deal|relationship|collaboration|endorsement|sponsorship)"
                   r"|\bcut(?:s|ting)? (?:his |her |its |their |all )?ties|\bromp(?:u|re|t|ent|ait)\b|\bbroke (?:off )?(?:ties|with)|\bsever\w* (?:ties|links)"
                   r"|\b(?:pris|prendre|prend|prennent) (?:ses|leurs|sa) distances?\b|\bdistanc\w* (?:himself|herself|itself|themselves)\b"),  # « pris ses distances avec Alibaba »
        re.compile(r"\b(?:romp\w*|rupture|cut\w* ties|sever\w*|broke (?:off )?(?:ties|with)|ended|(?:mis|mettre|met) fin|quit\w*|left|dropped|distances?|distanced)"),
        re.compile(rf"\b(?:with|avec|(?<=himself )from|(?<=itself )from|(?<=herself )from|(?<=themselves )from)\s+(?:l['’])?({_NAME_SPAN})"),
    ),
    (  # a count bought from a firm: "How many did it buy from Hikvision?" (the articles tell of Dahua's)
        re.compile(r"^(?!.*\bhow many of\b)(?=.*\b(?:how many|combien)\b).*(?:\b(?:did|does|do|has|have|had|will|would)\s+(?:[\w'-]+\s+){0,2}?(?:buy|purchase|order)"
                   r"|-t-(?:il|elle)\s+(?:[\w'-]+\s+)?(?:achet|command|acqui)\w*|\b(?:a|ont|avait)\s+(?:[\w'-]+\s+)?(?:achet|command|acqui)\w*)\s+(?:from|a|au|aupres d\w*|chez)\b"),
        re.compile(r"\b(?:bought|buys?|purchas\w*|order\w*|achet\w*|command\w*|acqui\w*)"),
        re.compile(rf"\b(?:from|à|au|auprès d\w*|chez)\s+(?:the\s+|le\s+|l['’])?({_NAME_SPAN})"),
    ),
    (  # a website changed: whose (« Qu'a modifié Huawei sur son site Web … ? » is not answered by Alibaba's change)
        re.compile(rf"{_SITE_CHANGED.pattern}\b.*\b(?:site|website|web ?pages?)\b"),
        _SITE_CHANGED,
        re.compile(rf"({_NAME_SPAN})(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,3}}?(?:site|website|web ?pages?)\b|\b(?:site|website)\s+(?:web\s+)?(?:de|d['’]|du|of)\s*({_NAME_SPAN})"),
        True,  # « La société a modifié son site Web … »
    ),
    (  # an official partner (of the Olympics): which firm is
        re.compile(r"\bofficial (?:cloud )?(?:services? )?(?:partner|provider|sponsor|supplier)|\bpartenaire (?:cloud )?officiel|\bfournisseur (?:cloud )?officiel"
                   r"|\b(?:role|part)\b.*\b(?:olympi\w*|jeux olympiques)"),  # « Quel rôle Huawei joue-t-il auprès des Jeux olympiques ? »
        re.compile(r"\bofficial (?:cloud )?(?:services? )?(?:partner|provider|sponsor)|\bpartenaire officiel|\bfournisseur officiel"),
        re.compile(rf"\b(?:is|was|est|etait|était)\s+({_NAME_SPAN})\s+(?:the|le)\b|({_NAME_SPAN})\s+(?:is|was|est|était|etait)(?:-(?:il|elle))?\s+(?:the|le|un|an?)\s+(?:official|partenaire|fournisseur)"
                   rf"|\br[ôo]le\s+(?:de\s+|d['’]|of\s+|joue\s+|jouait\s+|a joué\s+)?({_NAME_SPAN})|\brole (?:does|did|has|is) ({_NAME_SPAN})|({_NAME_SPAN})['’]s role"),
    ),
))
_OBLIGED = re.compile(r"\b(?:have to|has to|had to|must|need to|needs to|doi(?:t|vent)|devoir|devront|devaient|obliged?\w*)\b")
_NOT_A_FIRM = frozenset("western occidental occidentale occidentaux occidentales eastern oriental whose".split())


def _event_of_another(question: str, sentences: Sequence[str], antecedents: Sequence[str]) -> bool:
    """Whether the question asks of a firm it names (whose products, with whom) something the sentences tell only of
    others."""
    folded_question = fold(question)
    if not sentences or re.match(_WHY, folded_question) or _OBLIGED.search(folded_question):
        return False  # "Why do American companies have to cut ties with Hikvision?" asks of no one who did
    for event in _FIRM_EVENTS:
        if not event.asked.search(folded_question):
            continue
        spans = " ".join(g for m in event.where.finditer(question) for g in m.groups() if g)
        named = [
            n for n in (fold(w) for w in spans.split())
            if not is_place(n) and n not in _GENERIC_CAPS and n not in STOPWORDS and n not in _QUESTION_WORDS and n not in _NOT_A_FIRM
        ]
        if not named:
            return False
        befores = list(antecedents) + [""] * len(sentences)
        return not any(
            event.told.search(fold(s)) and (any(_present(n, f"{a} {s}") for n in named) or bool(event.anaphor and not a and _SUBJECT_ANAPHOR.match(s)))
            for s, a in zip(sentences, befores)
        )
    return False


# "Did it become law?", « Le texte est-il entré en vigueur ? »: a bill passed by one chamber is not yet a law
_ENACTED_QUESTION = re.compile(r"\b(?:bec(?:ome|ame|omes) (?:a )?law|signed (?:it )?into law|(?:bill|law|it) (?:\w+ ){0,2}?enacted|promulgu\w*|devenu\w* (?:une )?loi|force de loi|entr\w* en vigueur|(?:take|took|taken|come|came) (?:into )?effect|(?:come|came) into force)")
_ENACTED = re.compile(r"\b(?:signed into law|signe\w* (?:par|le texte|la loi)|promulgu\w*|enacted|en vigueur|into force|into effect|became law|devenu\w* (?:une )?loi)")
# « Et Washington a accédé à cette demande quand ? »: a request granted, not only made (« a demandé … de retirer »)
_GRANTED_QUESTION = re.compile(
    r"\b(?:accede\w* a (?:cette|la|leur|sa|ces|leurs) demandes?|donne\w* suite a (?:cette|la|leur|sa|ces|leurs) demandes?|fait droit a"
    r"|(?:grant\w*|honou?r\w*|approv\w*) (?:the|that|this|their|its|those) requests?|compl(?:y|ied|ies) with (?:the|that|this|their|its|those) requests?"
    # « Qu'est-ce que Washington a répondu à la demande chinoise … ? », "did washington agree??" (after Beijing's request)
    r"|(?:repondu|reagi|donne suite) a (?:la|cette|leur|sa|ces|leurs) (?:demandes?|requetes?) (?:[\w'-]+ ){0,3}?(?:de |d')?(?:retirer|radier|lever|sortir|enlever)\b"
    r"|respon\w* to (?:china's|beijing's|the chinese|chinese) (?:request|demand)s?|respon\w* to (?:the|that|this|their|its) (?:request|demand)s? to (?:remove|delist|lift|take)\b"
    r"|did (?:washington|the us|the u\.s\.?|america|the americans|the (?:us |american )?(?:government|administration)) (?:ever |actually |eventually |finally )?(?:agree|comply|say yes|go along)"
    r"(?:\s*\W*$|\W+(?:and |so )?(?:were|was|did|have|has)\b| to (?:it|that|this|the|their|its) (?:request|demand)| to (?:remove|delist|lift|take))"
    r")"
)
_GRANTED = re.compile(r"\b(?:accede\w*|granted|issued|delivre\w*|accorde\w*|agreed|accept\w*|approved|complied|retire(?:e|es|s)?\b|removed|lifted|leve(?:e|es|s)?\b|donne suite)")
# "Were any of them taken off the list later on?": removed, not only asked to be (« de retirer les entreprises »)
# asked, wanted or sought, not done: "Who asked for them to be removed?", « Qui voulait les retirer … ? »
_ONLY_SOUGHT = r"(?:ask\w*|demand\w*|want\w*|call\w* for|urg\w*|request\w*|exig\w*|reclam\w*|voul\w*|veu[tx]|souhait\w*|exhort\w*|appel\w*|cherch\w*|tent\w*|plaid\w*|fait de)"
_DELISTED_QUESTION = re.compile(
    rf"^(?!.*\b{_ONLY_SOUGHT}\b)"
    r".*\b(?:(?:(?:taken|took|take) (?:\w+ )?off|removed? (?:\w+ )?from|retir\w* (?:[\w'-]+ ){0,2}?de|sorti\w* de|radie\w* de|rayee?s? de) (?:the |la |leur |sa |cette |that |its |their )?(?:\w+ ){0,2}?(?:black)?(?:list|liste)\b"
    # « Comment compte-t-elle obtenir son retrait de la liste ? », "How will it get off the list?"
    r"|(?:retrait|removal|suppression) (?:de|d'|from) (?:the |la |leur |sa |cette |that |its |their )?(?:\w+ )?(?:black)?(?:list|liste)\b"
    r"|get (?:\w+ )?(?:off|removed from) (?:the |its |their |that )?(?:\w+ )?(?:black)?list\b"
    # "were any of them taken off" (the list the conversation named)
    r"|(?:were|was|have|has) (?:any|some|all|none|one|two) (?:of (?:them|those|these) )?(?:been |since been |ever been |later )?(?:taken off|removed|delisted)\s*\W*$)"
    r"|\bdelisted\b"
)
_DELISTED = re.compile(r"\b(?:taken off|took (?:\w+ )?off|removed|delisted|retire(?:e|es|s)?\b|sortie?s? de|radie\w*|rayee?s?)")
# An independent check asked about ("Ça a été vérifié par un audit indépendant ?", « fait contrôler … par un organisme
# indépendant »), told as one (not « caméras de contrôle de la température »)
_AUDIT_QUESTION = re.compile(
    r"\b(?:audited|independent(?:ly)? (?:audit\w*|check\w*|review\w*|body|bodies|inspect\w*|test\w*|verif\w*|expert\w*|lab\w*)|third[- ]party (?:audit|check|review|inspection|test\w*)"
    r"|(?:audits?|organismes?|experts?|laboratoires?|controles?|verifications?|tiers) (?:\w+ )?independant\w*)\b"
)
_ANY_WH = re.compile(r"\b(?:which|what|who|whom|where|when|why|how|quel\w*|qui|quoi|quand|pourquoi|comment|combien|lequel|laquelle|lesquel\w*)\b")
_AUDITED = re.compile(r"\b(?:audit\w*|inspect\w*|certifi\w*|verifi\w*|independ\w*)")
# "What came out of the talks?", "the outcome of", « qu'est-il ressorti de … »: a result, told as one.
# « Et qu'ont donné ces négociations ? », "What came of the talks?", "How did the talks turn out?": of talks, a result
_RESULT_QUESTION = re.compile(r"\b(?:qu'(?:ont|a|avaient|avait) donne|qu'est-ce qu'(?:ont|a) donne|what came of) (?:[\w'-]+ ){0,3}?(?:negociations|pourparlers|discussions|talks|negotiations)\b|\bhow did (?:[\w'-]+ ){0,3}?(?:talks|negotiations) (?:go|turn out|end)\b|\b(?:negociations|pourparlers|discussions|talks|negotiations)\b[^?]{0,60}?\bdebouche\w* sur\b|\b(?:negociations|pourparlers|discussions)\b[^?]{0,40}?\babouti\w* a quoi|\ba quoi (?:ont|a|avaient|avait)(?:-t)?(?:-(?:il|elle|ils|elles))? abouti\w* (?:les |ces )?(?:negociations|pourparlers|discussions)|\babouti\w* a quoi\b[^?]{0,12}?\b(?:negociations|pourparlers|discussions)\b|\b(?:abouti\w* a (?:un|une|des)|(?:lead|led|result(?:ed)?) (?:to|in) (?:an?|any) (?:deal|agreement|accord)|reach(?:ed)? (?:an?|any) (?:deal|agreement)|what came out of|(?:outcome|(?<!as a )results?) (?:of|de|des|du)\b|(?:issue|aboutissement|resultats?) (?:de|des|du)\b|qu'est-il (?:res)?sorti d|qu'est-ce qui (?:est|en est) (?:res)?sorti d(?:e|es|u) (?:ces |ses |leurs |les )?(?:negociations|pourparlers|discussions)|(?:est|sont) (?:res)?sortie?s? d(?:e|es|u) (?:ces |ses |leurs |les )?(?:negociations|pourparlers|discussions))")  # not "as a result of"
# Cameras asked about as installed by now ("had already installed", "when were they actually installed", « ont-elles
# effectivement été installées »; not as meant to be, nor as the subject: "the cameras Amazon already installed"); and
# the words that tell them installed, deployed or in use (not « les installations d'Amazon », its facilities)
_INSTALLED_QUESTION = re.compile(
    r"^(?=[^?]*\b(?:cameras?|cams?|appareils?|equipements?)\b)(?![^?]*\b(?:qu'|que|that|which)\b[^?]*\binstall)"
    r"[^?]*\b(?:already|actually|really|finally|deja|effectivement|vraiment|reellement|finalement)\b[^?]*\binstall(?:ed|e|es|ee|ees)\b"
)
_INSTALL_ASKED = re.compile(r"\b(?:install\w*|deploy\w*|deploie\w*|mise?s? en (?:place|service))")
_MEANT_FOR = re.compile(r"\b(?:to be|meant|supposed|intended|planned|would|will|destine\w*|devai\w*|devront|prevu\w*|seront|serai\w*|pour etre|a etre)\b")
_INSTALLED = re.compile(r"\b(?:install(?:ed|e|es|ee|ees|er|ent|ait|aient)|deploy\w*|deploie\w*|in situ|en place|en service|in service|in use|uses?|utilis(?:e|es|ent|ait|aient))\b")
# Talks asked about (when they were held, not what came just before them), and told of: the date that answers is in
# a sentence on them
_TALKS_ASKED = re.compile(
    r"\b(?:when|quand|quelle date|what date|which date|quel jour)\b(?:(?!\b(?:before|after|avant|apres|ahead|prior|suivi|followed)\b)[^?]){0,50}?"
    r"\b(?:(?:les|ces|des) (?:negociations|pourparlers)|(?:the|those|these) (?:\w+ )?(?:talks|negotiations))\b(?! about)"
)
# Whether the talks came to something, asked yes or no ("Did the talks produce a deal?", « Les négociations ont-elles
# abouti ? », "Did those talks actually end the trade war?"), not what they were meant to do (`_TALKS_AIM`)
_TALKS_OUTCOME_ASKED = re.compile(
    r"\b(?:negociations|pourparlers|talks|negotiations)\b(?! about)[^?]{0,60}?\b(?:abouti(?:r|s|t|rent)?(?=\s*\?)|(?:produced?|yield(?:ed)?|br(?:ing|ought) about) (?:a|an|any) (?:deal|agreement|accord|truce)|succeed(?:ed)?)\b"
    r"|\b(?:did|have|had) (?:[\w'-]+ ){0,3}?(?:talks|negotiations) (?:actually |finally |ever |really )?(?:end|settle|resolve|stop)\b"
    r"|\b(?:negociations|pourparlers) (?:ont|avaient)-(?:ils|elles) (?:vraiment |finalement |reellement )?(?:mis fin|mis un terme|regle)\b"
    # "What did the trade talks … actually achieve?", « Qu'ont donné ces négociations ? », "What came of the talks?"
    r"|\bwhat (?:did|have|had) (?:[\w'-]+ ){0,10}?(?:talks|negotiations) (?:[\w'-]+ ){0,10}?(?:actually |finally |ever |really )?(?:achieve|accomplish|produce|yield|lead to|result in)\b"
    r"|\bwhat (?:came|come) (?:out )?of (?:[\w'-]+ ){0,3}?(?:talks|negotiations)\b"
    r"|\b(?:were|was) (?:[\w'-]+ ){0,3}?(?:talks|negotiations) (?:actually |finally |really )?(?:successful|a success|fruitful)\b"
    r"|\b(?:did|have|had) (?:[\w'-]+ ){0,3}?(?:talks|negotiations) (?:actually |finally |ever |really )?(?:lead|led) to (?:a|an|any) (?:[\w-]+ )?(?:deal|agreement|accord|truce)\b"
    r"|^(?=.*\b(?:talks|negotiations|trade war)\b).*?\b(?:was|were) (?:a|an|any) (?:[\w-]+ )?(?:deal|agreement|accord|truce) reached\b"
    r"|\b(?:negociations|pourparlers)\b[^?]{0,60}?\b(?:debouche\w*|permis de (?:mettre fin|conclure|aboutir))\b"
    r"|\bqu'(?:ont|avaient) (?:donne|produit|permis|obtenu) (?:[\w'-]+ ){0,3}?(?:negociations|pourparlers)\b"
    r"|\b(?:negociations|pourparlers)\b[^?]{0,80}?\bqu'(?:ont|avaient)-(?:ils|elles) (?:donne|produit|permis|obtenu)\b"
)
_TALKS_AIM = re.compile(r"\b(?:expected|supposed|meant|intended|hoped?|aim\w*|could(?! you)|would(?! you)|should|might|devai\w*|devraient|pourraient|pouvaient|cense\w*|espere\w*|visai\w*|prevu\w*)\b(?! (?:to end|de mettre fin)\b[^?]*\b(?:actually|really|vraiment|reellement|finalement)\b)")
_TALKS_TOLD = re.compile(r"\b(?:negociations|pourparlers|discussions|talks|negotiations)\b")
_RESULT = re.compile(r"\b(?:agree\w*|deal|accords?|truce|treve|resulted|led to|abouti\w*|conclu\w*|ended (?:with|in)|outcome|results?|resultats?)\b")
# What happened, asked (a post left, a successor, a result, a law, a request granted, a removal from the list), and
# the words that tell it
_TOLD_BY_ITS_OWN_WORDS = (
    (_DEPARTURE_QUESTION, _DEPARTURE),
    (_SUCCESSION_QUESTION, _SUCCESSION),
    (_RESULT_QUESTION, _RESULT),
    (_ENACTED_QUESTION, _ENACTED),
    (_GRANTED_QUESTION, _GRANTED),
    (_DELISTED_QUESTION, _DELISTED),
)
# "What did it do once / after …?": what followed, in a sentence that says so.
_SEQUEL = re.compile(rf"\b(?:{_AFTER}|in response|une fois|en reponse)\b")
# "Was December the first time …?", "Avait-elle déjà été sanctionnée ?": whether it happened before; the answer
# recalls an earlier time ("Pour rappel, en 2019, … avait déjà été sanctionnée").
# Not "Des licences ont-elles déjà été accordées ?" (whether yet), nor "the first time round, in 2019" (a time given).
_PRIOR_QUESTION = re.compile(r"^(?!.*\b(?:1[89]|20)\d\d\b).*\b(?:first time|premiere fois|previously|auparavant|precedemment|ever been|(?:already|deja)\b.*\b(?:before|avant))\b")
_PRIOR = re.compile(r"\b(?:already|previously|earlier|again|once before|deja|auparavant|precedemment|pour rappel|de nouveau|a nouveau)\b")
# The timing of an event is told relative to another: "Why might the timing look provocative?", « le moment choisi ».
_TIMING_QUESTION = re.compile(r"\b(?:timing|timed|moment choisi|calendrier|choix du moment)\b")
# "Why / pourquoi": the answer gives a cause or a purpose.
_REASON_QUESTION = re.compile(r"^(why|pourquoi)\b|\b(reason|raison|motif|justification|grounds)s?\b|\b(reproch\w*|blamed? (?:for|on)|accused of)\b")  # what one is blamed for
_REASON = re.compile(r"\b(because|due to|owing to|as a result|in order to|so as to|complicit|accused|over concerns|concerns? (about|over)|to ensure|to protect|to prevent|en raison|du fait|parce que|car|afin de|pour freiner|pour avoir|pour (?:assurer|garantir|proteger|preserver|eviter|empecher)|accuse|complices?|impliquee?s?|soupconne|en consequence|preoccupations?"
    # "… suffisamment distincts des Chinois Han pour permettre aux logiciels de les distinguer": what makes it possible
    r"|pour permettre|to allow|to enable|(?:enough|sufficiently \w+) (?:to|for)|(?:assez|suffisamment) \w+ pour"
    # "… has everything to do with national security": what it is about
    r"|(?:has|have|had) (?:everything|nothing|something|much|little) to do with|(?:n'a|n'avait) rien a voir|a tout a voir)\b")
# "Washington relie-t-il ces ajouts à la guerre commerciale ?", "the official / real reason": what it has to do with, in
# the government's words ("the US government is clear that this has everything to do with national security").
# Asked whether it is linked (a yes/no question: "Quel piratage l'article relie-t-il … ?" asks which), or for the
# reason given officially.
_LINK_QUESTION = re.compile(
    r"\b(?:liee?s? a|lien avec|un lien|relie\w*|rattache\w*|linked|links?|connected|related to|tied to|(?:anything|something|nothing|much) to do with|a voir avec|rapport avec"
    r"|motivated|motive\w* par)\b"
)
_OFFICIAL_REASON = re.compile(r"\b(?:(?:official|real|true|actual) (?:reason|motive)|(?:raison|motif) officiel\w*|(?:veritable|vrai) (?:motif|raison))\b")
_ASKS_WHICH = re.compile(
    r"^(?:(?:et|and|so|alors|donc)\s+)?(?:(?:a|de|sur|pour|to|for|in|on|with|about|from|by)\s+)?"
    r"(?:what|which|how|why|where|when|who|quel\w*|comment|pourquoi|ou|quand|combien|qui|que|qu'|c'est quoi)\b"
)
_LINK = re.compile(r"\b(?:(?:everything|nothing|something|much|little|a bit|anything) to do with|rien a voir|tout a voir)\b")
# "What kinds of firms …?", "quels autres types d'entreprises": a sentence that names three of them or more.
_KIND_QUESTION = re.compile(r"\b(?:types?|kinds?|sortes?|genres?|categories?) (?:of |d'|de |des )([a-z][a-z-]{3,})")
# "Hikvision's full name", "le nom complet": the longest form of a name the question has.
_FULL_NAME_QUESTION = re.compile(r"\b(full|complete|official|legal) (\w+ )?names?\b|\bnoms? (\w+ )?(complets?|officiels?|entiers?)\b|\braison sociale\b|\bdenominations? (\w+ )?(complete|officielle|exacte|entiere)s?\b")
# "Which companies / quelles entreprises / which publication": the answer names them.
_PEOPLES_QUESTION = re.compile(r"\b(minorit\w*|ethni\w*|peoples?|peuples?|populations?|nationalit\w*)\b")
_MEDIA_QUESTION = re.compile(r"\b(media|medias|newspapers?|journal|journaux|publications?|agency|agence|outlets?)\b")
_NAMES_QUESTION = re.compile(r"(?:\b(?:which|what|quel(?:le)?s?)|^(?:name|list|cite[zr]?|nomme[zr]?|liste[zr]?)(?: (?:the|all|les|des))?)\s+((?!(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|est|sont|a|ont|etait)\b)\w+\s+){0,2}(companies|company|firms?|entreprises?|societes?|organisations?|organizations?|groups?|brands?|marques?|publications?|newspapers?|journal|journaux|media|medias|makers?|fabricants?)\b")
_LONG_NAME = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*){2,}")  # three capitalised words or more
_PROPER_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+(?:[A-Z][a-z]+)*\b")
_SENTENCE_END = re.compile(r"[.!?…][\"»”’)\]]*\s*$")
# A sentence opening with one of these leans on the one before it ("Ces deux sociétés sont soutenues par Alibaba").
_SUBJECT_ANAPHOR = re.compile(
    r"^[«“\"(]?\s*(?:(?:l['’]|la |le |les |cette |ce |ces )(?:entreprise|société|societe|firme|groupe|géant|geant|compagnie|découverte|decouverte|sociétés|entreprises)"
    r"|il|elle|ils|elles|the (?:company|firm|group|giant|companies|firms)|it|they|its|their"
    r"|chacune? d['’]entre (?:elles|eux)|(?:each|either|neither) of them|(?:tous|toutes) (?:les )?deux|both)\b",
    re.IGNORECASE,
)
# A sentence whose subject is a pronoun, not an impersonal "Il s'agit", "Il n'a pas été possible", "It is"
_PRONOUN_SUBJECT = re.compile(
    r"^[«“\"(]?\s*(?:(?:il|elle|ils|elles|they|he|she)\s(?!(?:s['’]agit|y a|faut|semble|n['’]a pas été possible|est (?:possible|probable|difficile|clair))\b)"
    r"|it\s(?!(?:is|was|seems|appears)\b))"
    # a sentence cut short by a stray full stop: « … découvertes par la publication de l'industrie de la surveillance.
    # IPVM et partagé avec le New York Times. »
    r"|^(?-i:[A-Z][\w-]*\s+(?:et|and)\s+[a-zé]+(?:é|ée|és|ées|ed))\s",
    re.IGNORECASE,
)
# "Se disant …, la société récuse cette décision": the subject of a clause after a comma leans on what came before.
_CLAUSE_SUBJECT_ANAPHOR = re.compile(
    r",\s*(?:(?:l['’]|la |le |les |cette |ce |ces )(?:entreprise|société|societe|firme|groupe|compagnie)|the (?:company|firm|group))\b",
    re.IGNORECASE,
)
# « Nous pouvons y lire que : « … » »: words read in what the sentence before named (« Le ministère du Commerce a
# rendu cette liste publique. »)
_READ_IN_IT = re.compile(r"^(?:nous pouvons|on peut|on pouvait) y lire\b|^on y (?:lit|apprend)\b", re.IGNORECASE)
# "Il s'agit de …", "It is …": a sentence that presents what the one before it named.
_PRESENTATIVE = re.compile(r"^[«“\"(]?\s*(il s['’]agit|c['’]est|ce sont|it is|these are|they are)\b", re.IGNORECASE)
_ANAPHOR = re.compile(r"^[«“\"(]?\s*(ces|cette|celle|celui|ceux|ils|elles|these|this|those|they|their|both)\b", re.IGNORECASE)


# "…, and for what amount?" / "… et pour quel montant ?": a second question joined to the first.
_SECOND_QUESTION = re.compile(
    r",?\s+(?:and|et)\s+(?=(?:(?:for|by|in|from|to|on|at|pour|par|dans|de|a|à|en|sur|avec)\s+)?"
    r"(?:what|which|how|who|whom|when|why|where|quel|quelle|quels|quelles|combien|qui|quand|pourquoi|comment|où)\b)",
    re.IGNORECASE,
)


def question_parts(question: str) -> list[str]:
    """The questions within `question` ("How many cameras did Amazon buy, and for what amount?" has two)."""
    parts = [p.strip(" ,;?") for p in _SECOND_QUESTION.split(question)]
    parts = [p for p in parts if len(words(p)) >= 2]
    return parts if len(parts) > 1 else [question]


def sentence_units(text: str) -> list[str]:
    """Sentences of a passage; a sentence is joined with the next when that one is a fragment, leans on it, or is the
    quotation it announces."""
    lines = [split_sentences(line) for line in text.split("\n")]
    sentences = [s for line in lines for s in line]
    # A line of its own without a sentence's end is a heading ("28 entreprises chinoises sont désormais blacklistées"):
    # no fragment of the sentence before it (the sentence would read as a headline).
    headings = {line[0] for line in lines if len(line) == 1 and not _SENTENCE_END.search(line[0])}
    units = []
    for i, sentence in enumerate(sentences):
        unit, following = sentence, sentences[i + 1 :]
        introduces_quote = sentence.rstrip().endswith(":")  # "Wilbur Ross avait justifié cette décision en indiquant :"
        if following and following[0] not in headings and (len(following[0]) < 60 or _ANAPHOR.match(following[0]) or introduces_quote):
            unit, following = f"{unit} {following[0]}", following[1:]
        # A quotation is one unit: one that opens a quote runs on to its close (“Nous nous opposons … Ces accusations
        # sont infondées …”), at most _QUOTE_SPAN sentences more.
        for follower in following[:_QUOTE_SPAN]:
            if not _opens_quote(unit):
                break
            unit = f"{unit} {follower}"
        units.append(unit)
    return units


_QUOTE_SPAN = 3


def _opens_quote(text: str) -> bool:
    """Whether `text` opens more typographic quotations (“ «) than it closes."""
    return text.count("“") + text.count("«") > text.count("”") + text.count("»")


def quotes_with_credits(text: str) -> list[str]:
    """The sentences of `text`, one that is a quote alone read after the sentence before it, which may credit it
    (« … », a déclaré un représentant d'Alibaba Cloud. «Il n'a jamais été utilisé … »)."""
    units = split_sentences_of(text)
    return [f"{before} {unit}" if before and re.match(r"\s*[«“\"]", unit) else unit for before, unit in zip(["", *units[:-1]], units)]


def split_sentences_of(text: str) -> list[str]:
    return [s for line in text.split("\n") for s in split_sentences(line)]


# ---------------------------------------------------------------- refusal


_INVERTED_SUBJECT = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)
_INVERTED_AUXILIARY = re.compile(r"(?:a|avait|avaient|ont|aura|auraient|aurait)-(?:t-)?(?:il|elle|ils|elles|on)$", re.IGNORECASE)  # not "était-elle valorisée"


def key_terms(question: str) -> list[str]:
    """The terms a passage must contain to answer `question`: numbers, names, acronyms, places and peoples."""
    # Each part of a compound is judged alone: "Reuters-based" names Reuters, not "based".
    # A capital opening a later sentence of the question ("… beards? Something about …") marks no name.
    # A verb before its subject pronoun ("juge-t-il", "estime-t-elle"), or after an auxiliary before it ("avait-il
    # employés"), is no attribute ("juge", a judge; "employés", employees).
    compounds = list(re.finditer(r"[\w’'\-]+", question))
    tokens = [
        (
            part,
            i == 0 and m.start() > 0 and opens_sentence(question, m.start()),
            i == 0 and bool(_INVERTED_SUBJECT.search(m.group(0)) or (n and _INVERTED_AUXILIARY.match(compounds[n - 1].group(0)))),
        )
        for n, m in enumerate(compounds)
        for i, part in enumerate(m.group(0).split("-"))
    ]
    keys: list[str] = []
    for position, (raw, opening, verb) in enumerate(tokens):
        raw = re.sub(r"^(?:[dlDL]|[qQ]u|[lL]orsqu|[jJ]usqu|[pP]uisqu)[’']", "", raw.strip("’'-"))  # "d'Apple", « qu'Amazon »: the name after the elision
        for token in words(raw):
            if token in STOPWORDS or token in _QUESTION_WORDS:
                continue
            # the question's first word, capitalised like any, is a name when the articles spell it as one
            # (« Amazon a-t-elle demandé une licence … ? »)
            capital = raw[:1].isupper() and (is_known_name(raw) if position == 0 or opening else True)
            proper = capital or (len(raw) > 1 and raw.isupper()) or bool(re.search(r"[a-z][A-Z]", raw))
            if raw in COMPANY_FORMS and position > 0 and tokens[position - 1][0][:1].isupper():
                continue  # "SenseTime Group": the firm's form, which an article may leave out
            if token == "cours" and position > 0 and tokens[position - 1][0].lower() in ("en", "au"):
                continue  # « les négociations en cours », « au cours de l'année »: ongoing, not a share price
            if token.isdigit() or proper or is_place(token) or (is_attribute(token) and not verb):
                keys.append(token)
    keys.extend(attribute_phrases_in(fold(question)))  # "Who is Dahua's chief executive?" asks for an attribute in two words
    return list(dict.fromkeys(keys))


def check_support(
    question: str, evidence_texts: Sequence[str], languages: Sequence[str] = (), referred: Collection[str] = (), articles: Sequence[str] = ()
) -> Support:
    """Which key terms of `question` are missing from all of `evidence_texts`; with `referred`, the names a
    follow-up's pronouns stand for (`referred_to`), of which one at least must be there: "How much was his deal with
    them worth?" after a turn on Antoine Griezmann and Huawei is not answered by an article naming neither.
    `articles`: the whole (folded) texts of the articles quoted, where a figure that only says which article to read
    (« d'après l'article sur les 28 boîtes ») may be instead."""
    keys = key_terms(question)
    # terms that only say which article to read (« d'après l'article sur les 28 boîtes », "the article about Alibaba
    # dated December 2020") pick the source, which the answer's passages need not repeat
    # (a figure or a year, found in the article: a name must still be in the passages, « l'article sur Huawei » names
    # no article of its own, and "the French piece on the 28 blacklisted firms" is not the English one)
    unreferenced = without_article_references(question) if articles else question
    sourcing = {t for t in set(keys) - set(key_terms(unreferenced)) if t.isdigit() and any(_present(t, a) for a in articles)} if unreferenced != question else set()
    scope = article_language_scope(question)
    text = " \n ".join(evidence_texts)
    folded = fold(text)
    # A multi-word name ("House of Representatives") is supported when any of its equivalents is present.
    covered: set[str] = set()
    for phrase, group in phrases_in(fold(question)):
        if _phrase_present(phrase, group, text):
            covered.update([phrase, *words(phrase)])
    missing = []
    alternatives = _alternatives(question)
    # A name the articles never spell is there as spelt, not by a stem: "Instagram" is not "installations"
    unknown = {n for n in names_in_question(question) if not is_known_name(n) and len(equivalents(n)) == 1}
    for term in keys:
        if term in sourcing or term in covered or (_spelt(term, text) if term in unknown else _present(term, text)):
            continue
        if _names_language(term, languages, scope):
            continue
        if any(term == one and (other in covered or _present(other, text)) for one, other in alternatives):
            continue  # « le Sénat ou la Chambre des représentants ? »: the articles name the one that answers
        if term.isdigit() and _corrects_count(term, fold(question), folded):
            continue  # "Is it true that the round covered 18 Chinese organisations?": they give the count, 28
        missing.append(term)
    # Names the articles spell as names, not places: not "french", "commerce", nor "parce" opening the last answer.
    named = sorted((n for n in referred if is_known_name(n) and not is_place(n)), key=lambda n: (-len(n), n))
    if named and not any(_present(name, text) for name in named):
        missing.append(named[0])  # "griezmann"
    return Support(key_terms=tuple(keys), missing=tuple(missing))


def _spelt(name: str, text: str) -> bool:
    """Whether folded `name` is in `text` as a word sharing all its letters but the last three ("Democratic":
    « démocrate », "Huaweis": "Huawei's"), or a near spelling; not a mere 5-letter stem ("Instagram": "installations")."""
    least = max(5, len(name) - 3)
    return any(w[:least] == name[:least] or (len(name) < 5 and w.startswith(name)) or (len(name) >= 5 and abs(len(w) - len(name)) <= 2 and _near(name, w)) for w in folded_words(text))


_ARTICLES = frozenset("the a an le la les l' des du de un une".split())


def _alternatives(question: str) -> list[tuple[str, str]]:
    """The folded names a question offers as alternatives, each way round: « le Sénat ou la Chambre des
    représentants ? » gives ("senat", "chambre") and ("chambre", "senat"). « où » is no "or"."""
    pairs = []
    for match in re.finditer(r"\b(?:or|ou)\b", question):
        # runs of capitalised words, stopped by punctuation and not the question's opening word
        before = re.findall(r"[\w'’-]+|[^\w\s]", question[: match.start()])[1:]
        after = [w for w in re.findall(r"[\w'’-]+|[^\w\s]", question[match.end() :]) if not re.match(r"(?:d|l)['’]", w.lower())]
        after = after[next((i for i, w in enumerate(after[:3]) if w.lower() not in STOPWORDS), 0) :]
        # names, spelt with a capital, whole ("Hong Kong or the New York Stock Exchange"): "le Sénat ou la Chambre", not
        # « une amende ou une sanction », where finding one says nothing of the other
        # a name after an article may end in one or two lowercase words, left out: « des Jeux olympiques ou de la Coupe du
        # monde » pairs Jeux with Coupe
        end = len(before)
        while end > 0 and len(before) - end < 2 and before[end - 1][:1].islower() and before[end - 1].lower() not in STOPWORDS:
            end -= 1
        if end < 2 or not before[end - 1][:1].isupper() or before[end - 2].lower() not in _ARTICLES:
            end = len(before)
        left = list(reversed(list(itertools.takewhile(lambda w: w[:1].isupper(), reversed(before[:end])))))
        right = list(itertools.takewhile(lambda w: w[:1].isupper(), after))
        pairs += [(fold(a), fold(b)) for one, other in ((left, right), (right, left)) for a in one for b in other]
    # a choice offered first: "Between Dahua and Hikvision, which one …?", « Entre Hikvision et Dahua, laquelle … ? »
    choice = _CHOICE_OFFERED.match(question)
    if choice:
        one, other = (re.findall(r"\b[A-Z][\w'’-]*", name) for name in choice.groups())
        pairs += [(fold(a), fold(b)) for x, y in ((one, other), (other, one)) for a in x for b in y]
    return pairs


_CHOICE_OFFERED = re.compile(
    r"^(?:(?:and|et|so|alors|mais)\W+)?(?:between|entre)\s+([^,]+?)\s+(?:and|et)\s+([^,]+?),\s*(?:which|who|whose|lequel|laquelle|lesquel\w*|qui|quel\w*)\b", re.I
)


# A claim checked yes or no: "Is it true that …?", "Did …?", « Est-ce que … ? », « X a-t-il … ? ».
_CHECKED_CLAIM = re.compile(
    r"^(?:(?:and|et|so|alors|mais|donc)\s+)?(?:(?:is|was) it (?:true|correct|accurate|right)|est-(?:ce|il) (?:vrai|exact|juste)|c'est (?:vrai|exact)"
    r"|did|does|do|was|were|has|have|had|is|are|est-ce)\b|^(?!(?:what|which|how|why|where|when|who|quel\w*|comment|pourquoi|quand|combien|qui|que|qu)\b)"
    r"(?:[\w'-]+\s+){0,6}?[\w-]+-t-(?:il|elle)\b"
)


# "Our draft says 38 organisations. Is that figure right?", « Ce chiffre est-il exact ? »: a figure checked.
_FIGURE_CHECKED = re.compile(
    r"\b(?:is (?:that|this|it)|are (?:those|these|they)) (?:figures? |numbers? |counts? )?(?:right|correct|accurate)\b"
    r"|\bis (?:that|this) (?:the |their )?(?:right |correct |exact |real )?(?:figure|number|count|amount|date)\b(?: (?:given|they give|it gives|reported|cited|quoted))?\s*\??\s*$"
    r"|\b(?:ce|le) (?:chiffre|nombre)(?: de \d+(?: [\w'-]+){0,2})? (?:est-il|est) (?:exact|juste|correct)\b"
    # "Can you confirm the date?", « C'est bien ça ? », « Est-ce exact ? »
    r"|\b(?:j'ai (?:lu|vu|entendu)|on m'a dit|i (?:read|saw|heard)|i've (?:read|seen|heard))\b|\b(?:can|could) you confirm\b|\b(?:pouvez-vous|peux-tu|pourriez-vous) (?:le |me le )?confirmer\b|\bc'est bien ca\b|\best-ce (?:bien )?(?:exact|juste|correct)\b"
)
_MONTH_NAMES = _MONTHS.split("|")  # English then French, in the same order
# A vote's count or margin, told in votes: "by 428 votes to 1", « à une large majorité de 428 voix ».
_VOTES_QUESTION = re.compile(r"\b(?:what was the vote\s*(?=[?.!]|$|count|tally|result|margin|split|like)|was (?:it|the vote) close\b(?!\s+to\b)|(?:le )?vote (?:a-t-il ete|etait|a ete) serre|(?:le )?(?:resultat|score) (?:exact )?du vote|by what margin|(?:what|which) (?:\w+ )?margin|(?:vote|final|exact|total) (?:count|tall(?:y|ies))|tall(?:y|ies)|combien de voix|nombre de voix|par combien de (?:voix|votes)|quelle (?:majorite|marge)|decompte)\b")
# a margin claimed: « adopté à une écrasante majorité, avec seulement une voix contre », "passed unanimously"
_CLAIMED_VOTES = re.compile(
    r"\b(?:adopt\w*|pass\w*|vot\w*|approuv\w*|approv\w*)\b.*\b(?:(?:ecrasante|large|vaste|overwhelming|wide|huge|narrow|courte|faible) majorit\w*"
    r"|unanim\w*|landslide|voix contre|votes? (?:contre|against)|\d+ (?:voix|votes) (?:contre|against|pour|to)|by \d+ votes)\b"
)
_VOTES = re.compile(r"\b(?:votes?|voix|ayes|nays|majorit\w*|margin|marge)\b")
# what makes a figure a sum: "$1 billion", « 15 millions d'euros », « plusieurs millions d'euros »
_SUM_UNIT = r"(?:(?:millions?|milliards?|billions?|bn|mn|m|k)\s+)?(?:de\s+|d')?(?:dollars?|euros?|usd|eur)\b"
_CLAIMED_SHARE = re.compile(r"\b(?:a|an|one|un|une|two|deux)\s+(?:third|quarter|fifth|tenth|half|tiers|quart|cinquieme|dixieme|moitie)s?\s+(?:of|de|du|des|d')|\d+\s*(?:%|percent|per cent|pour ?cent)")  # not "a third party"
_CLAIMED_DURATION = re.compile(
    r"\b(?:pendant|durant|for|over|during) (?:\w+ )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|une?|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|several|plusieurs|quelques|a few)"
    rf" (?:full |whole |entiers? )?(?:{_TIME_UNITS})\b"
)
_CLAIMED_SUM = re.compile(rf"[$€£]\s?\d|\b(?:\d[\d.,]*|plusieurs|quelques|several|a few|des|of|many|un|one)\s*{_SUM_UNIT}|\b(?:millions?|milliards?|billions?)\s+(?:de\s+|d'|of\s+)?(?:dollars?|euros?)\b")


# Outlets, stock exchanges, operating systems, parties, regions, tech groups, brands and cabinet secretaries, each by its folded names: a claim checked that names one the articles
# do not ("Is it true that the Wall Street Journal revealed …?", « … cotées au Nasdaq ? ») is answered by the sentence
# naming another one ("NYSE" and « la Bourse de New York » are one exchange, which confirms the claim, not corrects it).
_CLAIM_KINDS = (
    (
        ("reuters",), ("bloomberg",), ("associated press",), ("afp", "agence france-presse", "agence france presse"), ("wall street journal", "wsj"),
        ("new york times", "nyt"), ("washington post",), ("financial times",), ("cnn",), ("bbc",), ("guardian",), ("xinhua",), ("nikkei",),
        ("south china morning post", "scmp"), ("ipvm",), ("politico",), ("axios",), ("techcrunch",),
    ),
    (
        ("nasdaq",), ("nyse", "new york stock exchange", "bourse de new york"), ("hong kong stock exchange", "hkex", "bourse de hong kong"),
        ("shanghai stock exchange", "bourse de shanghai"), ("shenzhen stock exchange", "bourse de shenzhen"), ("london stock exchange", "bourse de londres"),
    ),
    (("ios",), ("android",), ("windows",), ("macos",), ("linux",), ("harmonyos",)),
    # a party; a Chinese region ("Is it right that she is a Republican?", « … surtout au Tibet ? »)
    _PARTIES := (("democrat", "democrats", "democratic", "democrate", "democrates"), ("republican", "republicans", "republicain", "republicains", "republicaine", "republicaines")),
    _REGIONS_CLAIMED := (("xinjiang",), ("tibet",), ("inner mongolia", "mongolie interieure"), ("guangdong",), ("yunnan",), ("ningxia",)),
    # a tech group backing a firm ("SenseTime and Megvii are both backed by Tencent, right?": « soutenues par Alibaba »)
    _BACKERS := (("alibaba",), ("tencent",), ("baidu",), ("softbank",), ("bytedance",), ("xiaomi",), ("jd.com",)),
    # a brand Dahua's cameras are sold under ("… under the Bosch name?": « telles que Honeywell »)
    _BRANDS_CLAIMED := (("honeywell",), ("bosch",), ("axis",), ("panasonic",), ("sony",), ("samsung", "hanwha"), ("avigilon",), ("motorola",), ("flir",), ("canon",)),
    # a cabinet secretary ("Gina Raimondo, as Commerce Secretary, justified SenseTime's 2019 blacklisting?": Wilbur Ross)
    _SECRETARIES := (("wilbur ross",), ("gina raimondo",), ("mike pompeo",), ("janet yellen",), ("steven mnuchin",), ("antony blinken",), ("howard lutnick",)),
    # a consumer brand selling through a platform ("Adidas is one of the brands cited …?": « Nike, Starbucks et Ralph Lauren »)
    _CONSUMER_BRANDS := (
        ("nike",), ("starbucks",), ("ralph lauren",), ("adidas",), ("puma",), ("gucci",), ("zara",), ("uniqlo",), ("coca-cola",),
        ("mcdonald's", "mcdonalds"), ("louis vuitton",), ("l'oreal",), ("levi's", "levis"), ("h&m",), ("burberry",), ("lego",),
    ),
    # an event or body a firm partners ("… the official cloud partner of FIFA?": « des Jeux olympiques »)
    _EVENTS := (("jeux olympiques", "olympic games", "olympics", "olympiques", "cio", "ioc"), ("fifa", "coupe du monde", "world cup"), ("uefa",), ("nba",), ("formula 1", "formule 1")),
    # who an estimate is credited to ("… attributed to NGOs?": « Les Nations unies estiment »)
    _ESTIMATORS := (("nations unies", "united nations", "onu"), ("ong", "ngo", "ngos", "organisations non gouvernementales", "non-governmental organisations")),
)
_OUTLET_WORDS = frozenset(w for outlet in _CLAIM_KINDS[0] for form in outlet for w in form.split())  # "du Post", "the Times"
_CAPITAL_WORDS = frozenset(w for group in CAPITALS for form in group for w in form.split())  # "Trump" of « l'administration Trump »


def _outlet_words(folded: str) -> set[str]:
    """The words of the outlets folded `folded` names in full ("washington", "post" for "the Washington Post"; not
    "china" for "China")."""
    return {w for outlet in _CLAIM_KINDS[0] for form in outlet if re.search(rf"\b{re.escape(form)}\b", folded) for w in form.split()}
# what a tech group, a brand or a secretary is claimed to be: a backer, a brand sold under, the one who justified the
# 2019 listing ("Gina Raimondo, as Commerce Secretary, justified …"; not "Janet Yellen announced the new listing")
_CLAIMED_AS = {
    _BACKERS: re.compile(r"\b(?:back\w*|soutien\w*|soutenu\w*|invest\w*|financ\w*|fund\w*|actionna\w*|shareholder\w*)"),
    _BRANDS_CLAIMED: re.compile(r"\b(?:brands?|labels?|marques?|names?|noms?|sold under|resold|relabel\w*|rebadg\w*|rebrand\w*|reetiquet\w*|revend\w*|vendu\w* sous)\b"),
    _SECRETARIES: re.compile(r"\b(?:secretary|secretaire|justif\w*|defend\w*|statement|declaration|toler\w*)"),
    _CONSUMER_BRANDS: re.compile(r"\b(?:brands?|marques?|sell\w*|vend\w*|platforms?|plates?-formes?)\b"),
    _EVENTS: re.compile(r"\b(?:partner\w*|partenai\w*|sponsor\w*|parrain\w*)"),
    _ESTIMATORS: re.compile(r"\b(?:estimat\w*|estim\w*|attribu\w*|according|selon|credit\w*|figure|chiffre)"),
}
_A_PERSON_CLAIMED = re.compile(r"\b(?:she|he)(?:'s| is| was)\b|\b(?:elle|il) (?:est|etait)\b|\b(?:speaker|presidente?)\b|\b(?:the|that|this|le|la|cette|cet|l') ?(?:lawmaker|legislator|politician|elue?|deputee?|parlementaire)\b")  # "she's a Republican, right?"
_ALSO = re.compile(r"\b(?:also|too|as well|aussi|egalement|(?<!-)meme|en plus)\b")  # not « lui-même »
# A claim asked about as such: "Is it true that …?", « Est-il exact que … ? », "… right?", « …, non ? » (not "Did the
# Wall Street Journal report …?", which asks about that outlet only)
_TRUTH_CHECKED = re.compile(
    r"^(?:(?:and|et|so|alors|mais|donc)\s+)?(?:(?:is|was) it (?:true|correct|accurate|right)|est-(?:ce|il) (?:vrai|exact|juste)|c'est (?:vrai|exact)|am i right)\b"
    r"|\b(?:right|correct|true|vrai|exact|n'est-ce pas|non)\s*[?!.]*\s*$"
)

# the article's language a claim may name (« l'article en anglais »), which its sentences do not spell
_ARTICLE_LANGUAGES = frozenset("anglais english francais french anglaise francaise".split())


def _names_in(kind: tuple[tuple[str, ...], ...], folded: str) -> set[int]:
    """Which of `kind`'s entities `folded` names, by their index."""
    return {i for i, names in enumerate(kind) if any(re.search(rf"\b{re.escape(n)}\b", folded) for n in names)}


def claim_corrected(question: str, missing: Sequence[str], sentences: Sequence[str], passages: Sequence[str] = ()) -> bool:
    """Whether a claim checked ("Is it true that …?") names, in the key terms the articles lack (`missing`), an
    outlet, a stock exchange, an operating system, a party or a region, and one of the two best `sentences` names another of that kind
    with the claim's other key terms: the articles then correct the claim (« Le Washington Post a rapporté que Huawei … », not
    "the Wall Street Journal"; not a sentence on SenseTime's exchange for a claim on Megvii's, nor "Hikvision told
    Bloomberg" for a claim on who reported the iOS hack). The claim's other key terms may be in the sentence's passage
    (`passages`, one per sentence): "… rapporte Reuters" corrects "Bloomberg broke the story of Amazon's Dahua camera
    purchase" where the sentences before it name Dahua."""
    folded = fold(question)
    if not missing or not sentences or not _TRUTH_CHECKED.search(folded):
        return False
    for kind in _CLAIM_KINDS:
        if kind is _PARTIES and not _A_PERSON_CLAIMED.search(folded) and not any(person.split()[-1] in fold(s) for person in map(fold, _PERSON_NAME.findall(question)) for s in sentences[:2]):
            continue  # a party is corrected of a person the sentence names ("Nancy Pelosi, a Republican?"), not of a bill's backers
        if any(kind is k for k in (_REGIONS_CLAIMED, _BACKERS, _BRANDS_CLAIMED, _SECRETARIES, _CONSUMER_BRANDS, _EVENTS, _ESTIMATORS)) and _ALSO.search(folded):
            continue  # "Are Uighurs also persecuted in Tibet?", "Was Xiaomi put on the list too?": another one does not correct that
        if kind in _CLAIMED_AS and not _CLAIMED_AS[kind].search(folded):
            continue  # "Is it true that Tencent is listed in New York?" claims no backing; "Sony bought cameras?" no brand
        claimed = _names_in(kind, folded)
        words_claimed = {w for i in claimed for name in kind[i] for w in name.split()}
        if claimed and set(missing) <= words_claimed:
            rest = [t for t in key_terms(question) if t not in missing and t not in words_claimed and t not in _ARTICLE_LANGUAGES]
            # (at least one of them in the sentence itself: "Tencent backs Hikvision?" is not corrected by « soutenues par
            # Alibaba » because its passage names Hikvision)
            return any(
                bool(_names_in(kind, fold(s)) - claimed) and not (_names_in(kind, fold(s)) & claimed)
                and all(_present(t, s) or _present(t, around) for t in rest) and (not rest or any(_present(t, s) for t in rest))
                for s, around in zip(sentences[:2], [*passages, "", ""])
            )
    return False


def _checks_a_claim(folded_question: str) -> bool:
    """Whether the question checks a claim yes or no ("Is it true that …?") or a figure ("Is that number right?")."""
    return bool(_CHECKED_CLAIM.match(folded_question) or _FIGURE_CHECKED.search(folded_question))


def _new_sum(sentence: str, folded_question: str) -> bool:
    """Whether `sentence` gives a sum other than one the question sets what it asks against (« par rapport aux 10
    millions versés à Dahua »); "How much did Amazon pay, 10 million dollars?" is answered by that sum."""
    given: set[str] = set()
    if _VERSUS.search(folded_question) or re.search(r"\b(?:other than|besides|apart from|outre|en plus d\w*|others?|autres?)\b", folded_question):
        given = {n for m in _MONEY.finditer(folded_question) for n in re.findall(r"\d+", m.group(0))}
        given |= {m.group(1) for m in re.finditer(r"\b(\d+)\s+(?:millions?|milliards?|billions?)\b", folded_question)}
    return any(not set(re.findall(r"\d+", m.group(0))) <= given for m in _MONEY.finditer(fold(sentence)))


def _corrects_count(number: str, folded_question: str, folded_text: str) -> bool:
    """Whether a claim checked yes or no counts something the texts count otherwise: "Is it true that the round
    covered 18 Chinese organisations?" and "28 organisations chinoises" (the answer corrects the figure)."""
    if not _checks_a_claim(folded_question):
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) and re.search(rf"\b(?:in|en|since|depuis|of|de|until|by|from|for|pour)\s+{number}\b|\b{number}\s*(?:[.?!,;]|$)", folded_question):
        # "A draft says Washington first sanctioned SenseTime in 2021. Is that correct?": they give the year, 2019
        return bool(re.search(r"\b(?:1[89]|20)\d\d\b", folded_text))
    day = re.search(rf"\b{number}(?:er)?\s+(?!may\b)({_MONTHS})\b|\b(?!may\b)({_MONTHS})\s+{number}\b", folded_question)  # not "18 may have"
    if day:
        # "… passing the bill on Wednesday 6 December. Can you confirm the date?": « mercredi 8 décembre »
        month = _MONTH_NAMES.index(day.group(1) or day.group(2)) % 12
        forms = "|".join({_MONTH_NAMES[month], _MONTH_NAMES[month + 12]})
        return bool(re.search(rf"\b\d{{1,2}}(?:er)?\s+(?:{forms})\b|\b(?:{forms})\s+\d{{1,2}}\b", folded_text))
    if re.search(rf"[$€£]\s?{number}\b|\b{number}(?:[.,]\d+)?\s*{_SUM_UNIT}", folded_question):
        # "Is it true that SenseTime hoped to raise around $1 billion?": a sum, corrected by the sum they give
        return bool(_MONEY.search(folded_text))
    # the whole figure: "100" and "000" of "only around 100,000 Uyghurs"
    counted = re.search(rf"(?<![\d.,])(?:\d{{1,3}}[,. ])*{number}(?:[,. ]\d{{3}})*(?![,. ]?\d)\s+((?:[\w'-]+\s*){{1,2}})", folded_question)
    if not counted:
        # « Et combien seraient internés, d'après les ONG ? J'ai lu 100 000. »: the figure the question asks for
        return bool(_NUMERIC_QUESTION.search(folded_question) and _FIGURE.search(_DAY_OR_YEAR.sub(" ", folded_text)))
    terms = [w for w in content_terms(counted.group(1)) if not w.isdigit()]
    # "18 Chinese organisations"; "100,000 Uyghurs", a people; "15,000 temperature-screening cameras", whose noun is last
    nouns = [w for w in terms if not is_place(w)] or terms[:1]
    return any(_counted_otherwise(noun, number, folded_text) for noun in nouns)


def _counted_otherwise(noun: str, number: str, folded_text: str) -> bool:
    """Whether folded `folded_text` counts `noun` with another figure than `number`."""
    # the noun in any of its forms: "15,000 cameras" against « 1 500 appareils photo »
    stems = "|".join(re.escape(form[:5]) for form in equivalents(noun))
    return any(n.group(1) != number for n in re.finditer(rf"\b(\d+)\s+(?:[\w'-]+\s+)?(?:{stems})", folded_text)) or any(
        # "plus d'un million de Ouïghours", however the people is spelt, or "d'entre eux" after them
        _present(noun, n.group(1)) or (n.group(1) in _OF_THEM and _present(noun, folded_text[: n.start()]))
        for n in re.finditer(r"\b(?:millions?|milliards?|billions?|thousands?|milliers|hundreds?|centaines)\s+(?:de\s+|d'|of\s+)?((?:[\w'-]+\s+)?[\w'-]+)", folded_text)
    )


_OF_THEM = frozenset({"entre eux", "entre elles", "them"})


def _claimed_noun(folded_question: str) -> str | None:
    """What a figure in a claim counts: "uyghurs" in "… estimate about 100,000 Uyghurs are held …"; not a year."""
    for m in re.finditer(r"(?<![\d.,$€£])((?:\d{1,3}[,. ])*\d+)(?![,. ]?\d)\s+((?:[\w'-]+\s*){1,2})", folded_question):
        if re.fullmatch(r"(?:1[89]|20)\d\d", m.group(1)):
            continue
        terms = [w for w in content_terms(m.group(2)) if not w.isdigit() and not _NUMBER_WORD.fullmatch(w)]
        nouns = [w for w in terms if not is_place(w)][:1] or terms[:1]
        if nouns:
            return nouns[0]
    return None


def _phrase_present(phrase: str, group: Sequence[str], text: str) -> bool:
    """A multi-word lexicon form ("jeune pousse", "house of representatives") is present when any of its
    equivalents is ("startup", "chambre des représentants"). A short form is a whole word: "un" is no "une", "ai" no
    "aider"."""
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(form)}" + (r"s?\b" if len(form) <= 3 else ""), folded) for form in group) or any(
        " " not in form and "-" not in form and _present(form, text) for form in group if form != phrase
    )


def _names_language(term: str, languages: Sequence[str], scope: str | None = None) -> bool:
    """'the English article' is supported by an English passage, and so is 'l'article UK' (any name of the
    language's country, when the question points at an article in that language)."""
    for lang, names in (("en", ("english", "anglais")), ("fr", ("french", "francais"))):
        if lang in languages and (term.startswith(names) or (scope == lang and place_key(term) == names[0])):
            return True
    return False


@lru_cache(maxsize=262144)
def _present(term: str, text: str) -> bool:
    """`term` (folded) occurs in `text`: same word, a lexicon equivalent, the same 5-letter stem or a near spelling."""
    vocabulary = folded_words(text)
    folded = fold(text)
    # An attribute's forms are its stems ("represaill"): "représailles" is not "répression", which a 5-letter stem
    # or a near spelling would match.
    exact = is_attribute(term)
    for form in equivalents(term):
        if " " in form or "-" in form:
            if re.search(rf"\b{re.escape(form)}", folded):
                return True
            continue
        if form in vocabulary:
            return True
        if form.isdigit():
            continue
        if exact:
            if any(w.startswith(form) and not claimed_by_longer(form, w) for w in vocabulary):
                return True
            continue
        if len(form) >= 4 and any(w.startswith(stem(form, 5)) for w in vocabulary if len(w) >= 4):
            return True
        if len(form) >= 5 and any(_near(form, w) for w in vocabulary if abs(len(w) - len(form)) <= 2):
            return True
    # Numbers written with spaces or separators in the text ("1 500", "1,500"), or in words ("eight firms").
    if term.isdigit():
        joined = re.sub(r"(?<=\d)[ ,.\u00a0\u202f](?=\d{3}\b)", "", folded)
        return bool(re.search(rf"(?<!\d){term}(?!\d)", joined) or vocabulary & _NUMBER_NAMES.get(term, set()))  # "8" is not in "28"
    return False


_NUMBER_NAMES = {
    "2": {"two", "deux"}, "3": {"three", "trois"}, "4": {"four", "quatre"}, "5": {"five", "cinq"}, "6": {"six"}, "7": {"seven", "sept"},
    "8": {"eight", "huit"}, "9": {"nine", "neuf"}, "10": {"ten", "dix"}, "12": {"twelve", "douze"}, "20": {"twenty", "vingt"},
}


@lru_cache(maxsize=262144)
def _near(a: str, b: str) -> bool:
    """Spelling variants ("Hikvison", "Huawai"): difflib ratio ≥ 0.85, its cheap upper bounds tried first."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= 0.85 and matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


REFUSALS = {
    "en": "The articles do not say. Nothing in them covers {terms}.",
    "fr": "Les articles ne précisent pas cela : rien n’y est dit sur {terms}.",
}
# Every term is in some article, but no article names them all ("How many cameras did Hikvision sell to Amazon?").
REFUSALS_APART = {
    "en": "The articles do not say. None of them covers {terms} together.",
    "fr": "Les articles ne précisent pas cela : aucun ne traite de {terms} ensemble.",
}
# The one term named somewhere, but not where the question's subject is: « … « drapeau rouge », c'est bien le Trésor ? »
REFUSALS_ONE_APART = {
    "en": "The articles do not say. The passages on this do not name {term}.",
    "fr": "Les articles ne précisent pas cela : les passages qui en traitent ne nomment pas {term}.",
}


# a holding asked for by its size: "What stake does Alibaba hold in …?", « Quelle participation Alibaba détient-il … ? »
# (not whether it holds one: "Does Alibaba hold a stake in SenseTime?")
_STAKE_ASKED = re.compile(
    r"\b(?:(?:what|which|how (?:big|large|much)(?: of)?(?: a| an)?) (?:\w+ )?(?:stakes?|equity|shareholdings?|ownership)"
    r"|quel(?:le)?s? (?:(?:est|etait) )?(?:la |sa |leur )?(?:\w+ )?(?:participations?(?=.*\b(?:detien\w*|detenu\w*|dans|capital|actionna\w*)\b)|parts? (?:du|de son|de leur) capital)"
    r"|combien (?:du|de son|de leur) capital)\b"
)
# "Why does Honeywell …?", « Pourquoi Honeywell vend-il … ? »: the why asked of a name, its subject
_WHY_OF_A_NAME = re.compile(rf"^(?:(?:and|et|so|alors|mais|but)\W+)?{_WHY}\s*(?:(?:does|did|do|is|are|was|were|has|have|had|would|might|could|will)\s+)?", re.I)
# a name given only as an example of others: « d'autres marques populaires telles que Honeywell », "other brands such as
# Honeywell" (not « Marques internationales comme Nike, Starbucks et … », which names them, nor « des entreprises comme
# Dahua sont capables … », nor « tout comme Pékin »)
_AS_AN_EXAMPLE = re.compile(r"\b(?:other|others|autres)\s+(?:[\w'-]+\s+){0,3}(?:such as|like|comme|telles? que|tels? que|including|notamment|par exemple|for example)\s+(?:[\w'-]+,?\s+){0,3}$")


_PRODUCT_AFTER = re.compile(r"\s+(?:cameras?|caméras?|products?|produits?|devices?|appareils?|equipment|équipements?|kit|gear|brand|marque)\b", re.I)
_MENTIONED = re.compile(r"\b(?:mention\w*|cite\w*|cited|named|nomme\w*|appear\w*|apparai\w*|figure\w*|quoted)\b")


def _why_subject(question: str) -> str:
    """The folded name a why-question asks the motive of, written right after its why ("Why does Honeywell …?" ->
    "honeywell"), or ""."""
    why = _WHY_OF_A_NAME.match(question)
    name = re.match(r"[A-Z][\w-]+", question[why.end() :]) if why else None
    if not name or _PRODUCT_AFTER.match(question[why.end() + name.end() :]) or _MENTIONED.search(fold(question)):
        return ""  # "Why might Honeywell cameras …?", "Why is Honeywell mentioned …?": no motive of its own asked
    return fold(name.group(0))


def _named_only_as_an_example(name: str, sentences: Sequence[str]) -> bool:
    """Whether `sentences` name folded `name`, and each time only as an example of others ("… vendus sous d'autres
    marques populaires telles que Honeywell"): they then tell nothing of its own motives."""
    before = [f[: m.start()] for f in map(fold, sentences) for m in re.finditer(rf"\b{re.escape(name)}\b", f)] if name else []
    return bool(before) and all(_AS_AN_EXAMPLE.search(b) for b in before)


# the outlet someone spoke to: "To which news agency did Dahua voice its opposition?", « À quel média Megvii a-t-elle
# déclaré … ? », "Which outlet did Hikvision talk to?"
_OUTLET_TOLD_QUESTION = re.compile(
    r"\b(?:to|a|aupres d(?:e|u|es)|with|avec) (?:which|what|quel(?:le)?s?) (?:news |press )?(?:agency|agence|outlets?|media|medias|newspapers?|journal|journaux|paper)\b"
    r"|\b(?:which|what) (?:news |press )?(?:agency|outlet|media|newspaper|paper) (?:did|does|has|had) (?:[\w'-]+ ){1,3}?(?:tell|talk|speak|spoke|say|said|voice|express|give|gave)\w*\b"
)


_TOLD_TO = re.compile(
    r"\b(?:told|tells|spoke to|speaking to|said to|talked to|in an interview with|(?:a|ont) (?:declare|dit|confie|indique|explique)|aupres d[eu']|a fait part [^.]{0,60}?)"
    r"\s+(?:à\s+|a\s+)?(?:the\s+|le\s+|la\s+|l['’]\s*)?[A-Z]"
)


def _outlet_told_by(question: str, sentences: Sequence[str], referred: Collection[str] = ()) -> bool:
    """Whether one of `sentences` naming an outlet names who the question asks spoke to it (the subject after the
    outlet asked for: a name or an acronym, not an outlet or a place; else `referred`): "One of the firms, Hikvision,
    told Bloomberg …" is not Dahua speaking. True when the question names no one there ("À quelle agence l'article sur
    Hikvision attribue-t-il l'information ?"), or no sentence names an outlet (what is said is then judged as any name)."""
    asked = _OUTLET_TOLD_QUESTION.search(fold(question))
    if not asked:
        return True
    near = " ".join([question[asked.start() : asked.end()], *question[asked.end() :].split()[:5]])
    near = re.split(r"(?i)\b(?:article|story|piece|papier)\b", near)[0]  # "l'article sur Hikvision" does not speak
    outlets = _outlet_words(fold(question))
    named = names_in_question(near) | {a.lower() for a in re.findall(r"\b[A-Z]{2,}\b", near)}  # "did IPVM share …"
    speakers = {n for n in named if n not in outlets and not is_place(n)} or set(referred)
    if not speakers or not any(_names_in(_CLAIM_KINDS[0], fold(s)) for s in sentences):
        return True
    # (spoken to the outlet: "Hikvision told Bloomberg", « … a fait part de son mécontentement à Bloomberg »; not
    # "Bloomberg estimates that … Zhejiang Dahua …" nor « … rapporte Reuters »)
    told = [s for s in sentences if _TOLD_TO.search(s)]
    return any(_present(n, fold(s)) for s in told for n in speakers)


def missing_answer_type(question: str, sentences: Sequence[str], antecedents: Sequence[str] = (), referred: Collection[str] = ()) -> str | None:
    """The kind of answer the question asks for ("number", "date", "speech", "place", "name") when none of
    `sentences` has one; "count" when their figures count something else than what "how many X" asks.

    `sentences` are those the answer would quote, best first; `antecedents` (one per sentence, may be empty) the
    sentences before those whose subject is "the company" or "la société", which name who speaks. `referred`: the
    folded names a nameless follow-up stands for ("How did the company respond?" after a turn on Huawei), which
    speak when it asks for words and names no speaker.

    "What is the name of the nanotech startup?" is about a passage that mentions the startup but
    never names it: its terms are all supported, yet it cannot be answered.
    """
    parts = question_parts(question)
    if len(parts) > 1:
        # "À quelle date … et combien ce contrat lui rapportait-il ?": when no part is answered, none is
        lacking = [missing_answer_type(part, sentences, antecedents, referred) for part in parts]
        if all(lacking) or lacking[0] == "outcome":
            # « SenseTime a fini par être cotée ? C'était quand ? »: the later parts ask about what the first one
            # asks happened; when that is not told, neither are they
            return lacking[0]
        if found_by_no_one(question, sentences):
            return "name"  # "How was that hack carried out, and who uncovered it?": "the hack discovered" says by no one
    folded_question = fold(question)
    # (how much, not which is larger, nor where the figure comes from: « D'où vient le chiffre sur la part de marché … ? »)
    share = _SHARE_ASKED.search(folded_question) if not _COMPARED_SHARE.search(folded_question) and not _SHARE_SOURCE.search(folded_question) else None
    of = share.group(1) if share else ""
    if _STAKE_ASKED.search(folded_question) and sentences and not any(_FRACTION.search(fold(s)) for s in sentences[:2]):
        return "number"  # "What stake does Alibaba hold in the two AI firms it backs?": « soutenues par Alibaba » gives none
    if _INSTALLED_QUESTION.search(folded_question) and not _MEANT_FOR.search(folded_question) and sentences and not any(_INSTALLED.search(fold(s)) for s in sentences[:2]):
        return "outcome"  # "How many of the cameras had Amazon already installed?": « destinées à être utilisées » tells what they were for
    if _TALKS_OUTCOME_ASKED.search(folded_question) and not _TALKS_AIM.search(folded_question) and sentences and not any(_RESULT.search(fold(s)) for s in sentences):
        return "outcome"  # "Did the talks held days later produce a deal?": talks "aimed to end" the war tell no result
    shares = [f for f in (fold(s) for s in sentences[:2]) if _FRACTION.search(f)]
    if of in _SHARE_OF and sentences and not shares and not any(re.search(r"\d", s) for s in sentences[:2]):
        return "number"  # « part de marché d'Alibaba Cloud en Chine ? »: a sentence giving no share, nor any figure
    if of in _SHARE_OF and shares and not any(re.search(_SHARE_OF[of], s) for s in shares):
        return "count"  # « Quelle part de ses ventes Dahua réalise-t-elle aux États-Unis ? »: a third of the cameras is not of its sales
    asked = set(words(question))
    with_antecedents = list(zip(sentences, list(antecedents) + [""] * len(sentences)))
    ended = _in_the_end_asked(folded_question)
    if ended and sentences and _NOT_DONE.search(fold(sentences[0])):
        # "How much did SenseTime end up raising once it was finally listed?" is not answered by the amount of the IPO
        # it put off: what was done in the end, its verb, must be told.
        done = _outcome_words(ended, question)
        if done and not _present(done[0], " ".join(fold(s) for s in sentences)):
            return "outcome"
    end_asked = _END_ASKED.search(folded_question)  # in a yes/no question: a question word's is `ended` above
    # its yes/no part: « SenseTime a fini par être cotée ? C'était quand », "Did SenseTime end up going public, and when?"
    # (« Est-il vrai que … » opens a claim: its « que » asks nothing)
    yes_no = re.sub(rf"\best-ce qu(?:e|')|{_ANY_CLAIM_OPENING}|,?\s*(?:and|et)\s+(?:when|quand|where|ou|how much|combien)\s*$", "", folded_question.split("?")[0])
    if (
        end_asked
        and sentences
        and not _WH_WORD.search(yes_no)
        and _NOT_DONE.search(fold(sentences[0]))
        and not _NOT_DONE.search(folded_question[end_asked.end() :])
        and not _done_beside_what_was_not(folded_question[end_asked.end() :], question, sentences)
    ):
        # « SenseTime a fini par être cotée à HK ? C'était quand », "In the end, did the talks end the trade war?": a
        # sentence on the listing it put off, or talks "aimed to end" it, does not say it was done in the end
        return "outcome"
    if _DATA_QUESTION.search(folded_question) and sentences and not any(_DATA.search(fold(s)) for s in sentences):
        # "What data was SenseTime's system trained on?" is not answered by what the system does, nor « Sur quelles
        # données Bloomberg s'appuie-t-il ? » by its estimate
        return "data"
    rather = _RATHER_THAN.search(folded_question) if re.search(rf"\b{_WHY}", folded_question) else None
    if rather and sentences and (other := key_terms(question[rather.start(1) : rather.end(1)])) and not any(_COMPARED.search(fold(s)) or any(_present(t, s) for t in other) for s in sentences):
        # "Why did SenseTime choose Hong Kong rather than a US stock exchange?": a sentence on no US exchange, nor
        # weighing it against others (« moins cher que ses concurrents »)
        return "reason"
    if _MONEY_USE_QUESTION.search(folded_question) and sentences and not any(_MONEY_USE.search(fold(s)) for s in sentences):
        return "reason"  # « Et à quoi cet argent devait-il servir ? »: the sum SenseTime sought says not what it was for
    if _PROOF_QUESTION.search(folded_question) and sentences and not any(_PROOF.search(fold(s)) for s in sentences):
        return "reason"  # « Comment les entreprises devront-elles prouver … ? »: a law restricting imports tells no proof
    acronym = _ACRONYM_QUESTION.search(question)
    if acronym and sentences and not any(_spells_out(next(g for g in acronym.groups() if g), s) for s in sentences):
        return "name"  # "What does the acronym IPVM stand for?": "IPVM et partagé avec le New York Times" spells nothing out
    others = _OTHERS_OF_A_PART.search(folded_question)
    noun = (others.group(1) or others.group(2)) if others else ""
    if (_REST_QUESTION.search(folded_question) and sentences and not any(_REST.search(fold(s)) for s in sentences)) or (
        # « Et les autres caméras, où seront-elles utilisées ? »: the others of a part told of them ("un tiers de ces
        # caméras"), where no sentence tells of other cameras (« d'autres marques » are not)
        noun
        and (_WHERE_OR_HOW_MANY.search(question.lower()) and not _IN_TOTAL.search(folded_question))
        # (or where none of them tells of those things at all: "Les Nations unies estiment …" after the cameras' count)
        and (any(_part_of(noun, fold(s)) for s in sentences[:3]) or not any(_present(noun, s) for s in sentences[:3]))
        and not any(_tells_of_others(noun, fold(s)) for s in sentences[:3])
    ):
        # "In which countries were the rest of the cameras deployed?": "at least a third … in the US" tells of a part only
        where = _PLACE_QUESTION.search(folded_question) or _WHERE_QUESTION.search(folded_question) or re.search(r"\b(?:where|où)\b", question.lower())
        return "place" if where else "number"
    if _SINCE_QUESTION.search(folded_question) and sentences and not (
        _SINCE.search(fold(sentences[0]))
        or _LASTS.search(fold(sentences[0]))
        or _DAY_OR_YEAR.search(fold(sentences[0]))  # "When did he first sign with them?": "in 2017"
        # « Depuis quand figurait-il sur liste noire ? »: "l'année dernière, la Maison Blanche … a mis Dahua sur liste noire"
        or (_ON_A_LIST.search(folded_question) and _PUT_ON_A_LIST.search(fold(sentences[0])) and _DATE.search(fold(sentences[0])))
    ):
        return "date"  # « Depuis quand la fonction figurait-elle sur le site ? »: not "cette semaine", when it was removed
    if _IN_FORCE_QUESTION.search(folded_question) and sentences and not any(_IN_FORCE.search(fold(s)) for s in sentences):
        return "date"  # "When will the House bill come into force?": not the day the House adopted it
    if _IN_SERVICE_QUESTION.search(folded_question) and (_DATE_QUESTION.search(folded_question) or _SINCE_QUESTION.search(folded_question)) and sentences and not any(_IN_SERVICE.search(fold(s)) for s in sentences):
        return "date"  # "When did the cameras go into service?": not when Amazon bought them
    if _EDITION_QUESTION.search(folded_question) and sentences and not re.search(r"\b(?:1[89]|20)\d\d\b", fold(sentences[0])):
        return "date"  # "For which Olympic Games exactly?": "le partenaire officiel … pour les jeux olympiques" says not which
    if _COMPARISON_QUESTION.search(folded_question) and sentences and not any(_COMPARISON.search(fold(s)) for s in sentences[:1]):
        return "comparison"  # "Which of the two holds the bigger share?": not "two of the companies have up to a third"
    if (_VOTES_QUESTION.search(folded_question) or (_checks_a_claim(folded_question) and _CLAIMED_VOTES.search(folded_question))) and sentences and not any(re.search(r"\d", _DAY_OR_YEAR.sub(" ", fold(s))) and _VOTES.search(fold(s)) for s in sentences):
        return "number"  # "By what margin did it pass?" is not answered by "des millions de personnes", nor by the day of the vote
    if _checks_a_claim(folded_question) and _CLAIMED_SUM.search(folded_question) and sentences and not any(
        _MONEY.search(fold(s)) and _money_of(re.sub(_CLAIMED_SUM.pattern, " ", question, flags=re.I), s) for s in sentences  # the sum claimed says not what it is for
    ):
        return "amount"  # « Est-il vrai que ce contrat lui rapportait plusieurs millions d'euros ? »: no sum to check it by
    if _checks_a_claim(folded_question) and _CLAIMED_SHARE.search(folded_question) and sentences and not any(_SHARE.search(fold(s)) for s in sentences):
        return "number"  # "Is it right that the US accounts for about a fifth of Hikvision's sales?": no share to check it by
    if _checks_a_claim(folded_question) and _CLAIMED_DURATION.search(folded_question) and sentences and not any(_LASTS.search(fold(s)) for s in sentences):
        return "duration"  # « Est-ce exact qu'Alibaba a testé son outil pendant six mois ? »: no length of time to check it by
    if _PRECISION_QUESTION.search(folded_question) and sentences and not any(_PRECISION.search(fold(s)) for s in sentences):
        return "number"  # "How precise are the temperature readings …?": a sentence on what the cameras check tells no precision
    if _REFERENCE_NUMBER_QUESTION.search(folded_question) and sentences and not any(_REFERENCE_NUMBER.search(fold(s)) for s in sentences):
        return "number"  # « Quel est le numéro du décret présidentiel … ? »: « la Maison Blanche a interdit … » numbers no text
    if _NUMERIC_QUESTION.search(folded_question) and not _DURATION_QUESTION.search(folded_question):
        # A date is not a quantity: "adopté mercredi 8 décembre" does not say how many votes.
        undated = [_DAY_OR_YEAR.sub(" ", fold(s)) for s in sentences]
        digits = any(n not in asked for s in undated for n in re.findall(r"\d+", s))
        # "De combien l'action a-t-elle baissé ?", "By how much …?": a change is measured in digits, not "one of the firms".
        changed = bool(_CHANGE_QUESTION.search(folded_question))
        share = bool(_SHARE_QUESTION.search(folded_question))  # "la grande majorité", « intégralement » tell a share
        found = digits or any((_SHARE if changed else _NUMBER_WORD).search(fold(s)) or (share and _SHARE.search(fold(s))) for s in sentences)  # "fell by a third"
        if found and changed and _CHANGE_ASKED.search(folded_question) and not any(_CHANGED.search(fold(s)) for s in sentences):
            return "number"  # « De combien l'action Dahua a-t-elle chuté ? » is not answered by "plus d'un million de Ouïgours"
        answering = sentences if len(question_parts(question)) > 1 else sentences[:1]
        # "How much of their money will they get back?": a share of it, told as one (« intégralement »), is no sum
        money = bool(_MONEY_QUESTION.search(folded_question)) and not (share and any(_SHARE.search(fold(s)) for s in answering))
        if found and money and not any(_new_sum(s, folded_question) for s in answering):
            # "Combien Alibaba a-t-il investi ?" is not answered by "ces deux sociétés"; the amount that answers is
            # in the best sentence (or a part's own, "How many cameras, and for how much?"): one in a runner-up is
            # the price of something else. Nor by the sum the question gives: « Combien Amazon a-t-elle dépensé
            # ailleurs, par rapport aux 10 millions versés à Dahua ? »
            return "amount"
        if found and money and _PRIOR_QUESTION.search(folded_question) and not any(
            _MONEY.search(fold(s)) and _PRIOR.search(fold(s)) for s in answering
        ):
            return "amount"  # "How much had it already raised before postponing?": not the sum the postponed IPO sought
        single = len(question_parts(question)) == 1  # a part's words say what its own sum is for
        if found and single and money and not any(_money_of(question, s) for s in answering if _MONEY.search(fold(s))):
            return "amount"  # "le montant des sanctions infligées à SenseTime" is not the amount of SenseTime's IPO
        if found and _TEMPERATURE_QUESTION.search(folded_question) and not any(_DEGREES.search(fold(s)) for s in sentences):
            return "number"  # "What temperature threshold …?" is not answered by "1 500 appareils photo"
        if found and _VERSION_QUESTION.search(folded_question) and _SOFTWARE.search(folded_question) and not any(_KIND_TOLD["vers"].search(fold(s)) for s in sentences):
            return "number"  # "Which iOS version was it?" is not answered by "two further firms", only by "iOS 12"
        if found and _SHARE_QUESTION.search(folded_question) and not any(_SHARE.search(fold(s)) for s in sentences):
            return "number"  # "Quelle part du marché détient SenseTime ?" is not answered by "les deux plus grandes sociétés"
        if found and _PERCENT_QUESTION.search(folded_question) and not any(_IN_FIGURES.search(fold(s)) for s in sentences):
            return "number"  # « Quelle part …, en pourcentage ? »: « la grande majorité » gives no percentage
        if found and _SHARE_QUESTION.search(folded_question) and _VERSUS.search(folded_question) and not any(
            _COMPARISON.search(fold(s)) or len(_SHARE.findall(fold(s))) > 1 for s in sentences[:1]
        ):
            return "comparison"  # "SenseTime's share against Megvii's?": not "the two biggest facial recognition firms"
        if found and _SHARE_QUESTION.search(folded_question) and _ONE_ALONE.search(folded_question) and sentences and _JOINT.search(fold(sentences[0])):
            return "number"  # "Quelle part … Dahua détient-elle à elle seule ?": not the third "two of the companies" hold
        counted = _counted_noun(folded_question)
        if counted and any(_enumerates(counted, s) for s in sentences):
            return None  # "How many international brands are named …?": « Marques internationales comme Nike, Starbucks et Ralph Lauren »
        if counted and not (_APPLIED_FOR.search(folded_question) and not _ISSUED_ASKED.search(folded_question)) and any(_counts_none(counted, fold(s)) for s in sentences):
            return None  # "Combien de licences … ?": "no licences have even been issued" answers it (not how many were applied for)
        if any(_none_of_them(question, counted, s) for s in sentences[:1]):
            return None  # « Combien des caméras … sont reliées au réseau ? »: « Aucun de ces équipements n'a de connectivité réseau »
        if _HOW_OFTEN.search(folded_question) and any(_NEVER.search(fold(s)) and _shares_terms(question, s, 2) and _same_side(folded_question, fold(s)) for s in sentences):
            return None  # « Combien de fois la fonction a-t-elle été utilisée en dehors de l'environnement de test ? »: « jamais »
        if not counted and any(_counts_none(t, fold(s)) for t in _words_besides_names(question) for s in sentences[:1]):
            return None  # « les partenaires de huawei ont eu des licences ou pas ? combien »: none
        if found and _counted_elsewhere(folded_question, sentences[:1]):
            return "count"  # "How many of them were meant for its sites outside the United States?": « à travers les États-Unis »
        where = _count_place(folded_question, counted) if counted else None
        if found and counted and _PART_OF_COUNT.search(folded_question) and any(
            _SHARE.search(fold(s)) and _present(counted, s) and (not where or _present(where, s)) for s in sentences[:1]
        ):
            # "How many of the units were meant for its US sites?": "au moins un tiers … destinées aux États-Unis" (not
            # « combien de ces villes sont aux États-Unis ? » by "a third of the sector … hundreds of cities all over the world")
            return None
        if found and counted and single and undated and not _NUMBER.search(undated[0]) and _ON_THE_LIST.search(folded_question):
            return "count"  # "How many firms were on the list the White House barred Americans from investing in?": the
            # best sentence, on that list, gives no count; the "28 organisations" of a runner-up are another list's
        if found and counted and not any(_counts(counted, s) for s in undated):
            return "count"  # "How many warehouses …?" is not answered by "1 500 appareils photo"
        done = next((told for asked_done, told in _DONE_TO_COUNTED if asked_done.search(folded_question)), None)
        if done is _SOLD and _SOLD_TO.search(question):
            done = _SOLD_OR_BOUGHT  # "How many cameras did Dahua sell to Amazon?": what Amazon bought
        if found and done and not _MONEY_QUESTION.search(folded_question) and not any(done.search(s) and _FIGURE.search(s) for s in undated):
            return "count"  # "How many units have been sold that way in the US?": not the 1,500 Amazon bought
        if found and counted and _LIVING.search(folded_question) and not any(_counts(counted, s) and _LIVING.search(s) for s in undated):
            return "count"  # « Combien d'Ouïghours vivent au Xinjiang ? » is not answered by how many are held in camps
        if found and counted:
            # What narrows the count must be in a sentence whose figure counts it: "How many US cities …?" is not
            # answered by "hundreds of cities all over the world", nor "How many firms were on the White House list?"
            # by the Commerce list's "28 entités".
            for forms in ((where,) if where else (), _count_owner(question)):
                if forms and not any(_counts(counted, s) and any(_present(form, s) for form in forms) for s in undated):
                    return "count"
        how_many = re.search(r"\b(?:how many|combien|cb)\b", folded_question)
        # what is counted follows "how many" (« y en a combien dessus » counts what came before)
        counted_after = how_many and not re.match(r"\s*(?:dessus|y|ils|elles|are|were|is|was|did|do|does|have|had)?\s*[?.!]*\s*$", folded_question[how_many.end() :])
        in_scope = folded_question[how_many.end() :] if counted_after else folded_question
        if found and how_many and _MILITARY_LINKED.search(in_scope) and not any(_MILITARY.search(s) and _FIGURE.search(s) for s in undated):
            return "count"  # "How many companies linked to the Chinese military were on the White House list?": no count of those
        if found and not _MONEY_QUESTION.search(folded_question) and _event_of_another(question, sentences, antecedents):
            return "target"  # "And how many did it buy from Hikvision?": the 1,500 were bought from Dahua
        return None if found else "number"
    if _DURATION_QUESTION.search(folded_question) and sentences and not (
        _LASTS.search(fold(sentences[0]))
        # "How long before the Alibaba story did the Post report it?": "la semaine dernière"
        or (_RELATIVE_DURATION_QUESTION.search(folded_question) and any(m.group(0) != "may" for m in _DATE.finditer(fold(sentences[0]))))
    ):
        return "duration"  # "la sanction dure combien de temps ?" is not answered by when it was announced
    if _RELATIVE_DURATION_QUESTION.search(folded_question) and _INSTALL_ASKED.search(folded_question) and sentences and not _INSTALLED.search(fold(sentences[0])):
        return "duration"  # « Combien de temps après leur achat les caméras ont-elles été installées ? »: the purchase's date
    outcome = _outcome_asked(folded_question)
    if outcome and sentences:
        # "Did Amazon stop using the cameras after …?", "Amazon a-t-il finalement annulé la commande ?": what
        # followed must be told by a quoted sentence; a sentence on the purchase does not say whether it stopped.
        # Its verb ("stop", "annulé", "retiré"), with what it was done to when the question says: "Amazon a-t-elle
        # retiré les caméras ?" is not answered by Pékin asking « de retirer les entreprises de sa liste noire ».
        done = _outcome_words(outcome, question)
        target = _OBJECT.match(outcome)
        objects = [t for t in content_terms(target.group(1)) if t in done] if target else []
        # …and by whom, when the question names who before what was done: "Is it true that Megvii also postponed a
        # listing after …?" is not answered by SenseTime postponing its own (its name may be in the sentence before)
        start = folded_question.find(outcome)
        doers = [n for n in names_in_question(question) if not is_place(n) and 0 <= folded_question.find(n) < start][:1]
        # "Did Alibaba leave those pages as they were …?" is answered by a change made to them: « a modifié son site »
        kept = _KEPT_AS_IS.search(outcome)
        # "Did SenseTime drop its plans to go public altogether?" is answered by a plan kept: « affirme rester
        # “déterminée” à être prochainement cotée »
        # (a plan told of: the sentence shares a word of what was given up besides its doer, « cotée » for "go public")
        up = _GIVEN_UP.match(outcome)
        given_up = [t for t in content_terms(outcome[up.end() :]) if t not in names_in_question(question) and t not in _ANSWER_FILLER] if up else []
        if done and not any(
            (_MODIFIED.search(fold(s)) if kept else _present(done[0], fold(s)) and all(_present(t, fold(s)) for t in objects) or bool(given_up and _STILL_ON.search(fold(s)) and (any(_present(t, s) for t in given_up) or any(_phrase_present(p, g, s) for p, g in phrases_in(outcome)))))
            # "L'entreprise affirme …" with no sentence before it known to say which
            and (all(_present(n, f"{fold(s)} {fold(a)}") for n in doers) or bool(not a and _SUBJECT_ANAPHOR.match(s)))
            for s, a in with_antecedents
        ):
            return "outcome"
    if _CHOICE_QUESTION.match(folded_question) and sentences and not any(_CHOICE.search(fold(s)) for s in sentences):
        return "reason"  # "Why did Amazon go with Dahua rather than an American supplier?": why it bought is not why Dahua
    if sentences and _named_only_as_an_example(_why_subject(question), sentences):
        return "reason"  # "Why does Honeywell sell Dahua's cameras under its own brand?": « … telles que Honeywell » is no motive of its own
    if _DECISION_QUESTION.match(folded_question) and sentences and not any(_REASON.search(fold(s)) or _CHOICE.search(fold(s)) or _DECIDED_FOR.search(fold(s)) for s in sentences):
        return "reason"  # « Pourquoi Alibaba a-t-il choisi de soutenir SenseTime ? »: « soutenues par Alibaba » gives no reason
    # "When did he leave that job?" is not answered by what he did in it, nor "What came out of the trade talks?" by "a
    # few days ahead of the latest talks": what happened is told by its own words
    for happened, told in _TOLD_BY_ITS_OWN_WORDS:
        if happened.search(folded_question) and sentences and not any(told.search(fold(s)) for s in sentences):
            return "outcome"
    # (asked yes or no: "For a supplier audit, which brands …?" asks which brands)
    if _AUDIT_QUESTION.search(folded_question) and not _ANY_WH.search(folded_question) and sentences and not any(_AUDITED.search(fold(s)) for s in sentences):
        return "outcome"  # « Ça a été vérifié par un audit indépendant ? »: what the cameras do is no check of them
    if _WHY_NOT_YET.match(folded_question) and sentences and not any(_REASON.search(fold(s)) for s in sentences):
        return "reason"  # "Why has no licence been issued yet?": "as yet no licences have even been issued" gives no cause
    if re.match(_WHY, folded_question) and sentences and _UNEXPLAINED.search(fold(sentences[0])):
        return "reason"  # "Why did Alibaba test these tools?": "Il a également refusé de dire pourquoi il avait testé …"
    if _FIRST_DATE_QUESTION.search(folded_question) and _DATE_QUESTION.search(folded_question) and sentences and not any(_SCHEDULED.search(fold(s)) for s in sentences):
        return "date"  # "On what date was SenseTime originally due to list?": not the day it was blacklisted
    if _NEW_DATE_QUESTION.search(folded_question) and not any(_NEW_DATE.search(fold(s)) for s in sentences):
        return "date"  # "When's the rescheduled listing?": "SenseTime a dû reporter son introduction" gives no new date
    if re.search(r"\b(?:depuis quand|since when)\b", folded_question) and sentences and _FOR_A_WHILE.search(fold(sentences[0])) and _shares_terms(question, sentences[0], 2):
        return None  # « Depuis quand l'internement … est-il dénoncé ? »: « … est dénoncé depuis plusieurs années »
    if _DATE_QUESTION.search(folded_question) and _TALKS_ASKED.search(folded_question) and sentences and not _TALKS_TOLD.search(fold(sentences[0])):
        return "date"  # « À quelle date se sont tenues les négociations commerciales ? »: a date of 2019 is not theirs
    if _DATE_QUESTION.search(folded_question):
        # The date that answers is in the best sentence; a date in a runner-up dates something else.
        dates = _CALENDAR_DATE if _CALENDAR_QUESTION.search(folded_question) else _DATE
        if _MONTH_QUESTION.search(folded_question):
            dates = _MONTH  # « En quel mois … ? » is not answered by "au début du mois"
        elif _EXACT_DATE_QUESTION.search(folded_question):
            # « À quelle date précise … ? » is not answered by "En 2019"; « Quel jour précis … ? » is by a weekday
            dates = _DAY if re.search(r"\bdate\b", folded_question) else _DAY_OR_WEEKDAY
        found = [m for s in sentences[:1] for m in dates.finditer(fold(s)) if m.group(0) not in folded_question]
        if found and not _RELATION_ASKED.search(folded_question) and all(_dates_by(m, fold(sentences[0]), question) for m in found):
            return "date"  # "When exactly were those talks?": "a few days ahead of the latest talks" dates the move, by them
        if found and not _REPORTING.search(folded_question):
            # "When did Huawei run those tests?": « Le Washington Post a rapporté la semaine dernière que Huawei avait
            # testé … » dates the report, not what it reports
            best = fold(sentences[0])
            reported = _REPORTED_THAT.search(best)
            reporter = best[: reported.start()] if reported else ""
            # …unless it asks about the one reporting ("When did the Washington Post write about it?")
            if reported and all(m.end() <= reported.end() for m in found) and not any(n in reporter for n in names_in_question(question)):
                return "date"
        return None if found else "date"
    # (a firm or a person the follow-up stands for: not a government body or a capital the last turn named, which
    # "the company" does not stand for)
    referred_speakers = {n for n in referred if is_known_name(n) and not is_place(n) and not capital_forms(n) and not _ACTOR.search(n)}
    speakers = speakers_asked_about(question, strict=False)
    named = [f"{s} {a}" for s, a in with_antecedents]
    if not speakers and referred_speakers and _speech_verb(question, strict=False) and not any(
        (_SPEECH.search(fold(s)) or _REACTION.search(fold(s)))
        # (a quote read on from the sentence naming its speaker, or words told of no one, may be theirs)
        and (any(_speaker_named(n, fold(who)) for n in referred_speakers) or _QUOTE_OPENING.match(s) or not _names_someone(who))
        for s, who in zip(sentences, named)
    ):
        return "speech"  # "And how did the company respond to that report?" after a turn on Huawei: Huawei's words
    reaction = _speech_verb(question, strict=False) if not speakers and not referred_speakers else None
    described = " ".join(fold(question[: reaction.start()]).split()[-6:]) if reaction else ""  # the verb's subject, just before it
    if reaction and _DESCRIBED_ONE.search(described) and not _COMPANY_REFERENCE.search(described) and not _GOVERNMENT_IN_WORDS.search(described) and not names_in_question(question[: reaction.start()]) and sentences and not any(_SPEECH.search(fold(s)) or _REACTION.search(fold(s)) for s in sentences[:2]):
        # « Comment le géant chinois des télécoms a-t-il réagi au reportage du Washington Post ? »: one described, not
        # named, whose words the best sentences do not report (nor anyone's)
        return "speech"
    # a body named by its place ("the Hong Kong stock exchange") is not named by where something goes (« son
    # introduction à la Bourse de Hong Kong »); "the Hong Kong listing hopeful" is another's description
    institution = _INSTITUTION.search(folded_question)
    # (an outlet speaks by what it reports: "What did the Washington Post say Huawei tested?", « Le Washington Post
    # rapporté … que Huawei … »)
    outlet = bool(speakers) and speakers <= _OUTLET_WORDS and any(not is_place(w) for w in speakers)  # "the Post"; not "China"
    if speakers and not _WHICH_FIRM_ASKED.match(folded_question) and not any(
        (_SPEECH.search(fold(s)) or _REACTION.search(fold(s)) or (outlet and _REPORTED_BY.search(s)))
        and any(_speaker_named(n, _without_destinations(who) if institution else fold(who)) for n in speakers)
        for s, who in zip(sentences, named)
    ):
        return "speech"  # "What did Alibaba say?": words reported from Alibaba, not a sentence that merely names it
    # (a person's: a firm's quote may name what it is about in the sentences before it)
    persons = {fold(p).split()[-1] for p in _PERSON_NAME.findall(question)}
    topic = _SPOKEN_ABOUT.search(question) if speakers & persons else None
    topics = {
        n for n in names_in_question(f" {topic.group(1)}")
        if n not in speakers and not is_place(n) and not capital_forms(n) and n not in _OUTLET_WORDS | _GOVERNMENT_WORDS | _CAPITAL_WORDS
    } if topic else set()
    if topics and not any(
        _SPEECH.search(fold(s)) and any(_speaker_named(n, fold(who)) for n in speakers) and any(_speaker_named(t, fold(who)) for t in topics)
        for s, who in zip(sentences[:2], named)
    ):
        return "speech"  # « Qu'a dit Nancy Pelosi à propos de SenseTime ? »: her words on Xinjiang name no SenseTime
    bill = _REACTION_TO_BILL.search(folded_question)
    if bill and any(capital_forms(n) or is_place(n) for n in speakers) and not any(
        (_SPEECH.search(fold(s)) or _REACTION.search(fold(s))) and _BILL_TOLD.search(fold(s)) for s in sentences
    ):
        # « Comment Pékin a-t-il réagi à ce vote ? »: Beijing's words on the bill, not its denial of the blacklisting
        return "speech"
    if _WORDS_ASKED.search(folded_question) and names_in_question(question) and sentences and not _SPEECH.search(fold(sentences[0])):
        return "speech"  # « Quels mots Griezmann a-t-il employés … ? »: a sentence reporting no words of anyone's
    two_best = [fold(s) for s in sentences[:2]]  # what happened, told in one of the two best sentences
    if _FOUND_QUESTION.search(folded_question) and two_best and not any(_DISCOVERY.search(s) or re.search(r"\btrouv\w*", s) for s in two_best):
        return "outcome"  # « Est-il vrai qu'on a découvert des portes dérobées dans ces caméras ? »: a risk warned of is none found
    yes_or_no = not _WH_WORD.search(_CLAIM_FRAME_OPENING.sub(" ", folded_question))
    if _CANCEL_QUESTION.search(folded_question) and yes_or_no and two_best and not any(_CANCEL_TOLD.search(s) for s in two_best):
        return "outcome"  # "Has Amazon since cancelled that order?": not the sentence on the purchase
    if _APOLOGY_QUESTION.search(folded_question) and yes_or_no and two_best and not any(_APOLOGY.search(s) for s in two_best):
        return "outcome"  # « Alibaba s'est-il excusé publiquement ? »: changing its website is no apology
    if _AGREED_QUESTION.search(folded_question) and two_best and not any(_AGREED.search(s) for s in two_best):
        return "outcome"  # "Beijing asked Washington to take them off the list. Did the US agree?": a request, not its outcome
    # (places, or names the articles never spell and the lexicon does not translate: not "the White House or the
    # Commerce Department", which « la Maison Blanche » answers)
    # (nor another of them: "Canada or Mexico?" is answered by « à travers les États-Unis », "the Times or the WSJ?" by
    # « Le Washington Post »; a speaker named before the quote counts)
    offered = [pair for pair in _alternatives(question) if all(is_place(n) or (not is_known_name(n) and len(equivalents(n)) == 1) for n in pair)]
    quoted = [f"{a} {s}" for s, a in with_antecedents[:2]]
    if offered and quoted and not any(_present(name, fold(t)) for pair in offered for name in pair for t in quoted) and not any(
        _new_places(t, asked) or _new_names(t, asked) for t in quoted
    ):
        return "name"  # "Which Games is that for, Tokyo or Beijing?": a sentence naming neither, nor any other
    if _SUCCESSOR_QUESTION.search(folded_question) and two_best and not any(_SUCCESSOR_TOLD.search(s) for s in two_best):
        return "person"  # "Who took over from him as commerce secretary?": not the sentence on Wilbur Ross himself
    if _OTHER_COUNTRIES_QUESTION.search(folded_question) and sentences and not any(
        _places_answering(s, asked, folded_question, countries=True) - {"american", "chinese"} for s in sentences
    ):
        return "place"  # "Which other countries have banned Hikvision cameras?": the articles' own two do not answer
    if _LISTED_WHERE.search(folded_question) and two_best and not any(_TRADED_ON.search(s) for s in two_best):
        return "place"  # « Où les actions de Hikvision sont-elles cotées ? »: a stock exchange, not the firm on the entity list
    if _PLACE_QUESTION.search(folded_question):
        # "In which US states …?": a place the question does not name, not just any name.
        if _FULL_NAME_QUESTION.search(folded_question) and any(_full_name_of(s, names_in_question(question)) for s in sentences[:1]):
            return None  # "Which city appears in Hikvision's full name?": "Hangzhou Hikvision Digital Technology Co"
        return None if any(_places_answering(s, asked, folded_question) for s in sentences[:1]) else "place"
    if _WHERE_QUESTION.search(folded_question) and sentences:
        # "Where were the talks held?": a place, or places told in words ("in hundreds of cities all over the world").
        # (not "the trade war with China": where the talks were is not who they were with)
        told = _places_answering(sentences[0], asked, folded_question, countries=True, counterparts=False) or _PLACES_IN_WORDS.search(fold(sentences[0]))
        return None if told else "place"
    led = _LED_QUESTION.search(folded_question)
    led_to = _LED_TO.search(folded_question)  # "what led the US to blacklist …", not "the delegation to Beijing"
    led_terms = [t for t in content_terms(led.group(1)) if not is_place(t)] if led and not _REFERRED_BACK.match(led.group(1)) and not (led_to and not is_place(led_to.group(1))) else []
    if led_terms and sentences and not any(_present(t, s) for t in led_terms for s in sentences[:1]):
        return "person"  # « Qui menait la délégation américaine à ces négociations ? »: a sentence on no delegation
    if _PERSON_QUESTION.search(folded_question) and not (_ROLE_ASKED.search(folded_question) and not re.search(r"\b(?:who|qui)\b", folded_question)):
        # "Quel journaliste …?", "Who runs Megvii?": a person's name, not an organisation's.
        # in a sentence naming the body the question names: "Qui, au Trésor, a signé …?" is not answered by "le
        # secrétaire au Commerce, Wilbur Ross"
        names = names_in_question(question)
        bodies = _bodies_of_person(folded_question, names)
        # and the role the question names: "who was the spokesperson?" is not answered by "Nancy Pelosi a souligné"
        roles = [m.group(0) for m in _NAMED_ROLE.finditer(folded_question) if not _WRITER_ROLE.match(m.group(0)) or _WRITER_ASKED.search(folded_question)]
        # a firm's person is told as such: « Qui, chez SenseTime, a fait cette déclaration ? » is not answered by « …
        # la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross »
        firms = [b for b in bodies if b in names and not _ACTOR.fullmatch(b) and _PERSON_AT.search(re.sub(rf"\b{re.escape(b)}\b", "<firm>", folded_question))]
        if not any(
            _new_people(s, asked) and (not bodies or _names_a_body(fold(s), bodies)) and (not roles or any(_holds_role(r, s) for r in roles))
            and (not firms or _person_of(s, asked, firms))
            for s in sentences[:1]
        ) or not all(_heads(fold(s), firm) for s in sentences[:1] for firm in _firms_led(folded_question, names)):
            return "person"
        # « Quel footballeur a rompu son partenariat avec Alibaba ? »: the one who broke with Huawei is no answer
        return "target" if _event_of_another(question, sentences, antecedents) else None
    if _NAME_QUESTION.search(folded_question):
        # Likewise a name: one in a runner-up sentence is usually another actor. The sentence naming it must be about
        # what is named: "le nom de la boîte de reconnaissance vocale" is not "SenseTime … reconnaissance faciale".
        named = _NAMED_THING.search(folded_question) or _CALLED_THING.search(folded_question)
        # (not whose it is: "la liste du département du Commerce" is named by "the so-called ‘entity list’")
        what_named = _OWNER_AFTER.split(named.group(1), maxsplit=1)[0] if named else ""
        thing = [t for t in content_terms(what_named) if t not in _KINDS_OF_FIRM and not is_place(t)][:3] if named else []
        # nor a translation of a name it has: "Trésor" for "What is the official name of the Treasury list?"
        known = asked | {f for n in names_in_question(question) for f in equivalents(n)}
        if _NGOS_ASKED.search(folded_question):
            known |= set(equivalents("ngo"))  # "Which NGOs …?": « des ONG » names none of them
        return None if any(_new_names(s, known) and all(_present(t, s) for t in thing) for s in sentences[:1]) else "name"
    first_quoted = f"{antecedents[0]} {sentences[0]}" if sentences and antecedents and antecedents[0] else (sentences[0] if sentences else "")
    if _QUOTING_WHOM.search(folded_question) and sentences and any(_scare_quotes(question, s) for s in sentences[:1]) and not any(
        _new_names(f"{a} {s}", asked) or _CALLED_SO.search(fold(f"{a} {s}")) for s, a in with_antecedents
    ):
        return "name"  # "The English article puts 'good and easy to win' in quotation marks. Whom is it quoting?"
    if _QUOTE_CREDITED_QUESTION.search(folded_question) and sentences and (
        (not _new_names(first_quoted, asked) and not _CALLED_SO.search(fold(first_quoted)))  # "Who called the trade war “good and easy to win”?": the phrase, quoted by no one
        or not any(_quotes_the_phrase(question, s) for s in sentences)  # « Qui a qualifié … de « good and easy to win » ? »: Pelosi's words are not that phrase
        or not any(_has_the_phrase(question, s) for s in sentences)  # "Who originally described it as "good and easy to win"?": Ross's words are not it
    ):
        return "name"
    if _QUOTED_AS_QUESTION.search(folded_question) and sentences and not _QUOTE_OPENING.match(sentences[0]) and (
        not _new_names(first_quoted, asked) and not _CALLED_SO.search(fold(first_quoted))
    ):
        return "name"  # "Whom does the English article quote as calling the trade war “good and easy to win”?": no one
    if _CREDITED_QUESTION.search(folded_question) and sentences and not _new_names(sentences[0], asked):
        return "name"  # "Who does the article credit with calling the trade war 'good and easy to win'?": the phrase, quoted by no one
    if doer_untold(question, sentences):
        return "name"  # "Who discovered the iOS hack?": "the recent hack discovered for iOS devices" says by no one
    if _AMERICAN_FIRMS_ASKED.search(folded_question) and sentences and not any(_names_beside_chinese_firms(f"{a} {s}", asked) for s, a in with_antecedents[:2]):
        return "name"  # "Quelles entreprises américaines font partie des partenaires de Hikvision ?": not SenseTime or Megvii
    if _OUTLET_TOLD_QUESTION.search(folded_question) and sentences and not _outlet_told_by(question, sentences[:2], referred):
        return "name"  # "To which news agency did Dahua voice its opposition?": Hikvision told Bloomberg, not Dahua
    which = _WHICH_ONE.search(folded_question)
    # (an agency, of government or news, asked for beside something else may be named by any sentence quoted: "Which
    # US agency designated SenseTime again, and on what stated ground?" may first quote the listing's ground)
    naming = sentences if re.match(r"agenc", which.group(2) if which else "") and len(question_parts(question)) > 1 else sentences[:1]
    if which and sentences and not _SOURCE_QUESTION.search(folded_question) and not any(_names_one(which, folded_question, s, asked, question) for s in naming):
        return "name"
    kind = _NAMED_KIND_QUESTION.search(folded_question)
    told = _KIND_TOLD[kind.group(1)[:4]] if kind else None
    if kind and _SANCTIONS_ASKED.match(folded_question[kind.end() :]) and kind.group(1).startswith("prog"):
        told = _SANCTIONS_PROGRAMME  # « quel programme de sanctions » is not the Xinjiang programme Washington denounced
    # an exchange is the one the firm asked about lists on: « Sur quelle place boursière Megvii prévoyait-elle de
    # s'introduire ? » is not answered by SenseTime's Hong Kong listing
    # (a firm opening the question too: "Alibaba, the Olympics cloud partner: what stock exchange …?")
    listing = [n for n in names_in_question(question) | {t for t in key_terms(question) if is_known_name(t)} if not is_place(n) and not _EXCHANGE.search(n)] if told is _EXCHANGE else []
    if kind and sentences and not any(
        told.search(fold(s)) and _new_names(s, asked)
        and (not listing or any(_present(n, f"{fold(s)} {fold(a)}") for n in listing) or bool(not a and _SUBJECT_ANAPHOR.match(s)))
        for s, a in with_antecedents
    ):
        # "Which stock exchange is Hikvision listed on?", « Sous quel programme de sanctions … ? »: one of that kind,
        # named, in a sentence quoted; not a sentence on Hikvision's listing, nor "a dénoncé le programme"
        return "name"
    if _PENALTY_QUESTION.search(folded_question) and sentences and not any(_PENALTY.search(fold(s)) for s in sentences):
        return "penalty"  # "What penalty does a US company face if it trades without a licence?": not "has to apply for a licence"
    target = _SANCTION_ON.search(question)
    if target and target.lastindex == 2 and _WH_WORD.search(fold(question[: target.start()])):
        target = None  # "Why did the US sanction Hikvision?" asks a reason
    if target and sentences and not any(_SANCTIONED.search(fold(s)) and _present(fold(target.group(target.lastindex)), fold(who)) for s, who in zip(sentences, named)):
        # "Quelle sanction Washington a-t-il infligée à Alibaba ?" is not answered by "… a sanctionné les entreprises
        # chinoises soupçonnées d'être impliquées": the sanction must be told of the one it is asked about.
        return "target"
    known = _KNOWN_CLAUSE.search(question)
    # a name set aside, not a place: "Apart from hurting the American economy, what …?" sets no name aside
    # ("Besides the Dahua deal, what's the official line …?" sets a deal aside, not Dahua)
    set_aside = [n for n in names_in_question(known.group(0)) if not _modifies(n, fold(known.group(0)))] if known else []
    if known and sentences and any(not is_place(n) for n in set_aside) and re.search(r"\b(?:which|what|quel(?:le)?s?|lesquel(?:le)?s|lequel|laquelle)\b", folded_question):
        # « À part Amazon, laquelle est le partenaire … ? » is answered by the name opening « Alibaba est le partenaire
        # officiel … » (not « À part Honeywell, lesquelles ? » by the one whose products were the last answer's)
        opening = re.match(r"\W*([A-Z][\w-]+)", sentences[0])
        opens_named = bool(opening and is_known_name(opening.group(1)) and fold(opening.group(1)) not in asked and any(t not in _WHICH_WORDS for t in content_terms(_KNOWN_CLAUSE.sub(" ", question))))
        if not _new_names(sentences[0], asked) and not _new_places(sentences[0], asked) and not opens_named:
            return "name"  # "Apart from Honeywell, which brands resell Dahua cameras?": another name than those set aside
    if _WHICH_BRAND.search(folded_question) and sentences and not any(_BRANDS.search(fold(s)) for s in sentences[:2]):
        return "name"  # "And which brand does Hikvision relabel its cameras under?": Bloomberg's market estimate names no brand
    # other brands asked for are named after the word for them: in « Dahua … vendus sous d'autres marques populaires
    # telles que Honeywell », Dahua is the maker ("which other brands besides Honeywell?")
    other_brands = _OTHER_BRANDS.search(question) if sentences and _WHICH_OR_NAME.search(folded_question) else None
    set_aside_brands = next((g for g in other_brands.groups() if g), "") if other_brands else ""
    brands = _BRANDS.search(fold(sentences[0])) if set_aside_brands else None
    if brands and not _new_names(sentences[0][brands.end() :], set(words(set_aside_brands))):
        return "name"
    if _event_of_another(question, sentences, antecedents):
        return "target"  # "Which brands sell Hikvision cameras under their own label?": Dahua's products are relabelled
    return None


# "How long before …?", « par rapport à ces pourparlers »: a date relative to another asked for
_RELATION_ASKED = re.compile(
    r"\b(?:par rapport|relative|compared|vs|versus|in relation|in terms of|with regard|regard|vis-a-vis|timing|timeline|moment|during|around|near|close|run-up|upcoming"
    r"|pendant|autour|lors|before|after|avant|apres|ahead|since|depuis|how long|how close|combien de temps)\b|-wise\b"
)
_RELATIVE_MODIFIERS = frozenset("latest last recent new next upcoming dernier derniere derniers dernieres prochain prochaine prochains nouveau nouvelle nouvelles".split())


def _dates_by(date: re.Match, folded_sentence: str, question: str) -> bool:
    """Whether `date` (found in `folded_sentence`) dates something else by what `question` asks about: "a few days
    ahead of the latest talks" tells when the move came, not when the talks were."""
    relative = re.match(r"(?:[\w'-]+\s+){0,4}?(?:ahead of|before|after|avant|apres)\s+((?:[\w'-]+\s+){1,4})", folded_sentence[date.start() :])
    if not relative:
        return False
    # …and nothing else the question names is dated there ("When did the US announce the move?": "the timing of the move")
    rest = folded_sentence[: date.start() + relative.start(1)] + " " + folded_sentence[date.start() + relative.end(1) :]
    asked = [t for t in _words_besides_names(question) if t not in _QUESTION_WORDS and t not in _RELATIVE_MODIFIERS]
    return any(_present(t, relative.group(1)) for t in asked) and not any(_present(t, rest) for t in asked)


# "What sanction did Washington impose on Alibaba …?", « Quelle sanction … infligée à Alibaba ? »: group 1, on whom.
_SANCTION_ON = re.compile(
    r"\b(?:[Ww]hat|[Ww]hich|[Qq]uel(?:le)?s?) (?:\w+ )?(?:sanctions?|penalt(?:y|ies)|punishments?|peines?)\b.*?"
    r"\b(?:impos\w*|inflig\w*|took|taken|prises?)\s+(?:on|against|à|contre)\s+(?:l['’])?([A-Z][\w-]+)"
    # « Les États-Unis ont-ils sanctionné Alibaba pour son outil ? », "Did Washington sanction Alibaba?"
    r"|\b(?i:(?:ont|a|avait|avaient)(?:-t-(?:il|elle|ils|elles)|-(?:ils|elles))?\s+sanctionn(?:é|ée|és|ées)|(?:did|does|do)\s+(?:[\w-]+\s+){1,3}?(?:sanction|punish)"
    r"|(?:has|have|had)\s+(?:[\w-]+\s+){0,3}?(?:sanctioned|punished))\s+(?:l['’])?([A-Z][\w-]+)"
)

# The data something rests on ("What data was it trained on?", « Sur quelles données Bloomberg s'appuie-t-il ? »,
# "what data those cameras collect"), told in a sentence on data or information ("video surveillance" is not)
_FIGURE_NOUN = r"(?:chiffres?|nombres?|estimations?|bilans?|totaux|total|pourcentages?|figures?|numbers?|estimates?|counts?|totals?|percentages?)"
_DATA_QUESTION = re.compile(
    r"\btrained on\b|\bentraine\w* (?:sur|avec|a partir)|\b(?:sur|a partir de) quelles? (?:\w+ )?donnees"
    r"|\b(?:what|which) (?:\w+ )?data (?:\w+ ){0,6}?(?:trained|based|rel(?:y|ies|ied)|draws?|drew|collect\w*|uses?|used|gather\w*)\b"
    r"|\bquelles? (?:\w+ )?donnees (?:\w+ ){0,6}?(?:s'appuie\w*|repose\w*|fonde\w*|entraine\w*|collect\w*|utilis\w*|recueill\w*)"
    # how a figure was reached: « Comment ce chiffre a-t-il été établi ? », "How was that estimate arrived at?"
    rf"|\bcomment (?:ce|cet|cette|ces|le|la|les|l') ?{_FIGURE_NOUN} (?:a|ont|avait|avaient)(?:-t)?(?:-(?:il|elle|ils|elles))? ete (?:etabli|calcule|obtenu|estime|evalue|mesure|compte|avance)e?s?\b"
    rf"|\bhow (?:was|were|is|are) (?:that|this|the|these|those) (?:\w+ )?{_FIGURE_NOUN} (?:calculated|arrived at|reached|established|obtained|estimated|measured|worked out|compiled|counted|come up with|produced)\b"
    rf"|\bhow did (?:\w+ ){{1,3}}?(?:arrive at|reach|calculate|come up with|get to|work out|estimate|establish) (?:that|this|the|these|those|its|their) (?:\w+ )?{_FIGURE_NOUN}\b"
)  # not "What data does Bloomberg give on their market share?", which a figure answers
# What money was for (« à quoi cet argent devait-il servir ? », "What would the proceeds be used for?"), told by what
# it pays for: funding, developing, buying; not by its sum
_MONEY_NOUN = r"(?:argent|fonds|somme|sommes|montant|capitaux|money|funds|proceeds|sum|cash|capital)"
_MONEY_USE_QUESTION = re.compile(
    rf"\ba quoi (?:[\w'-]+ ){{0,4}}?{_MONEY_NOUN}\b(?: [\w'-]+){{0,3}}? ser[vt]|\ba quoi (?:[\w'-]+ ){{0,3}}?ser[vt]\w* (?:[\w'-]+ |l'){{0,2}}?{_MONEY_NOUN}\b"
    rf"|\bwhat (?:was|is|were|are|would|will) (?:[\w'-]+ ){{0,3}}?{_MONEY_NOUN} (?:[\w'-]+ ){{0,3}}?(?:for|used for|meant for|spent on)\s*\??\s*$"
    rf"|\bwhat (?:[\w'-]+ ){{0,5}}?(?:use|spend|do with) (?:the |that |this |its |their )?{_MONEY_NOUN}\b"
)
_MONEY_USE = re.compile(r"\b(?:financ\w*|rembours\w*|refund\w*|repa(?:y|id)\w*|command\w*|ordered|fund(?:s|ing)? (?:for|to)|to fund|develop\w*|recherche|research|expan\w*|achet\w*|acqui[st]\w*|bought|buy\w*|purchas\w*|servir a|serv\w* a|used (?:for|to)|utilis\w* pour|invest\w* (?:dans|in))\b")
# How something must be proven (« Comment les entreprises devront-elles prouver … ? », "How will firms prove …?"), told by
# a proof, a certification or evidence
_PROOF_QUESTION = re.compile(r"(?:^|[,;:]\s*|\bet\s+)comment\b.*\b(?:prouver|demontrer)\b|\bhow\b.*\b(?:prove|proving|demonstrate)\b")  # not "did Alibaba comment …"
_PROOF = re.compile(r"\b(?:prouv\w*|preuves?|prove[sdn]?|proof|evidence|demontr\w*|demonstrat\w*|certif\w*|attest\w*|audit\w*|tracab\w*|traceab\w*|document\w*|montr\w*|show\w*|pages?|selon|according)\b")  # "selon des pages du site"
_DATA = re.compile(r"\b(?:data|donnees|datasets?|databases?|informations?|trained|entraine\w*|surveys?|sondages?|methodolog\w*|census|recensements?|satellite)\b")
# A penalty asked for ("What penalty / fine does a firm face …?", « Que risque … ? ») is told in those words.
_PENALTY_QUESTION = re.compile(
    r"\b(?:what|which|quel(?:le)?s?|how (?:large|big|heavy|high|much|severe)(?: an?)?) (?:(?!(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|the|a|an|la|le|les|de|du|des|of)\b)\w+ ){0,3}?(?:penalt(?:y|ies)|punishments?|fines?|amendes?|peines?)\b"
    r"|\bque risquen?t?\b"
    # « Quelles sanctions la loi … prévoit-elle contre les entreprises … ? »: a law's penalties
    r"|\b(?:quelles?|what|which) sanctions? (?:[\w'-]+ ){0,3}?(?:loi|texte|bill|law|act|legislation|text)\b\s*(?:[\w'-]+ ){0,10}?(?:prevoi\w*|provides?|provided|foresees?|sets? out|lays? down)\b"
    # sanctions for breaking a rule, not those on a listed firm: « Quelles sanctions civiles ou pénales encourt une
    # entreprise … sans avoir obtenu de licence ? »
    r"|\bsanctions? (?:civiles? (?:ou|et) )?penales?\b"
    r"|\b(?:quelles?|what|which) sanctions?\b(?=.*\b(?:sans (?:[\w'-]+ ){0,3}?licences?|without (?:[\w'-]+ ){0,3}?licen[cs]es?"
    r"|(?:violat\w*|enfrei\w*|breach\w*|contrev\w*) (?:the |la |le |l'|cette |this |a la )?(?:ban|ruling|rules?|law|loi|interdiction|regles?|embargo|sanctions?)\b))"
)
# a penalty named ("Punishing Hikvision … will deter …" names none)
_PENALTY = re.compile(r"\b(?:penal\w*|puni(?!shing)\w*|amendes?|fine[sd]?|prison\w*|jail\w*|poursuit\w*|prosecut\w*|peines?)\b")
_SANCTIONED = re.compile(r"\b(?:sanction\w*|penal\w*|puni\w*|amendes?|fined?|black-?list\w*|liste noire|entity list|interdi\w*|ban(?:s|ned|ning)?\b|restrict\w*)")


# What an acronym stands for: "What does IPVM stand for?", « Que signifie le sigle IA ? ».
_ACRONYM_QUESTION = re.compile(
    # "the acronym IPVM", « le sigle IA » anywhere; « que signifie IPVM ? » only at the end (not « cette IPO signifie pour … »)
    r"(?i:\b(?:acronyms?|abbreviations?|sigles?|acronymes?|abr[ée]viations?)\s+)([A-Z]{2,6})\b"
    r"|(?i:\b(?:signifie|veut dire)\s+(?:(?:le|la|l['’])\s*)?)([A-Z]{2,6})\s*\??\s*$"
    # "What does IPVM stand for?"; « IPVM, ça veut dire quoi ? » opening the question
    r"|\b([A-Z]{2,6})(?i:\s+(?:stands?|stood) for)|^\s*([A-Z]{2,6})(?i:\s+(?:signifie|veut dire)|,?\s+(?:ça|ca|ce qui) veut dire)"
)


def _full_name_of(sentence: str, names: Collection[str]) -> bool:
    """Whether `sentence` spells a full name of one of `names` (folded): between capitalised words ("Hangzhou
    Hikvision Digital Technology Co"), not "Selon Hikvision Digital, …"."""
    return any(
        fold(m.group(1)) not in STOPWORDS for n in names for m in re.finditer(rf"\b([A-Z][\w-]+)\s+(?i:{re.escape(n)})\s+[A-Z]", sentence)
    )


def _spells_out(acronym: str, sentence: str) -> bool:
    """Whether `sentence` spells `acronym` out: beside it in brackets ("intelligence artificielle (IA)", "IPVM (…)"),
    or as capitalised words with its initials ("Internet Protocol Video Market")."""
    if re.search(rf"\({re.escape(acronym)}\)|\b{re.escape(acronym)}\s*\(", sentence):
        return True
    runs = re.findall(r"\b[A-Z][\w-]*(?:\s+(?:(?:of|de|du|des|the|la)\s+)?[A-Z][\w-]*)*", sentence)
    initials = ["".join(w[0] for w in run.split() if w[0].isupper()) for run in runs]
    return any(acronym.upper() in i.upper() for i in initials if len(i) >= len(acronym))


_BLACKLISTED = frozenset("blacklist blacklisted blacklisting blackliste blacklistee blacklistees blacklistes".split())


def _names_one(which: re.Match, folded_question: str, best: str, asked: set[str], question: str = "") -> bool:
    """Whether the best sentence answers "Quel ministère … ?", "Quelle entreprise de reconnaissance vocale … ?"
    (`which`, a match of _WHICH_ONE): it names one, in a sentence about what sets it apart; "Au moins un ministère
    considère …" or "one voice recognition firm" name none. True for a question that asks no name ("What did the
    company …", "quel type de start-up", "d'un autre domaine")."""
    before = which.group(1).split()
    near = set(before + re.findall(r"[\w-]+", folded_question[which.end() :])[:4])
    if set(before) & _NOT_ONE_BY_NAME or near & _KIND_WORDS:
        return True
    qualifier = f"{which.group(1)} {which.group(3) or ''}"
    for phrase, group in phrases_in(qualifier):
        if group in PLACES:
            qualifier = qualifier.replace(phrase, " ")  # "What United States agency …?"
    # "Which federal department …?": any US department is federal
    # (nor "blacklisted", what every article is about: "From which blacklisted firm did Amazon buy …?" is answered by
    # « … au Zhejiang Dahua »)
    thing = [t for t in content_terms(qualifier) if t not in _KINDS_OF_FIRM | _OTHER | _FEDERAL | _BLACKLISTED and not is_place(t) and t not in _QUESTION_WORDS]
    if which.group(2).endswith("s") or which.group(2) == "ong":  # « ONG » has no plural mark
        thing = []  # "Which two blacklisted companies …?": several, each named, but not each said to be blacklisted
    named = [n for n in _new_names(_without_reporters(best), asked) if n[:1].isupper()]  # not "told Bloomberg"
    if re.match(r"minist|depart|agenc", which.group(2)):
        # "Which ministry?": a government body, named ("le ministère du Commerce", "the Treasury"), or for an agency a
        # news agency ("Reuters"); not « Dahua nie tout méfait, tout comme Pékin »
        folded = fold(best)
        # (not the one the question names: "… blacklisted by the Commerce Department?" lists, it is not listed)
        offered = {name for pair in _alternatives(question) for name in pair}  # « le Commerce ou le Trésor »: one answers
        after = [(m.group(0), folded[m.end() :].split()[0].strip(",.;:")) for m in _BODY_OF.finditer(folded) if best[m.end() : m.end() + 1].isupper()]
        bodies = [body for body, name in after if name not in asked or name in offered]
        news = which.group(2).startswith("agenc") and not _GOVERNMENT_QUALIFIER.search(folded_question)
        outlets = [n for n in _new_names(best, asked) if news and _names_in(_CLAIM_KINDS[0], fold(n))]  # "rapporte Reuters" too
        named = [n for n in named if fold(n) in _GOVERNMENT_WORDS | _UN_WORDS] + bodies + outlets
    if re.match(r"compan|firm|startup|start-up|entreprise|societe|boite|police|force", which.group(2)):
        # "which companies", "which police forces": not "la Maison Blanche", nor "Commerce Secretary Wilbur Ross"
        people = {w for person in _new_people(best, asked) for w in person.split()}
        named = [n for n in named if fold(n) not in _GOVERNMENT_WORDS and n not in people]
    return bool(named) and all(_present(t, best) for t in thing[:3])


# Words of the bodies that list firms, not of the firms: "Which companies were on the list?" is not answered by "la
# Maison Blanche a interdit d'investir dans une liste d'entreprises".
_BRANDS = re.compile(r"\b(?:brands?|marques?|labels?)\b")
# one brand asked for ("And which brand does Hikvision relabel its cameras under?"; not "Which global consumer brands …?",
# which a list of firms may answer)
_WHICH_BRAND = re.compile(r"\b(?:which|what|quel(?:le)?|sous quel(?:le)?) (?:[\w-]+ ){0,2}?(?:brand|marque|label)\b")
_WHICH_OR_NAME = re.compile(r"\b(?:which|what|whats|quel(?:le)?s?|lesquel(?:le)?s|lequel|laquelle|names?|nomme\w*|noms?)\b")  # not "Do Dahua products end up under other labels?"
# other brands than those set aside (group 1): "which other brands besides Honeywell?", « À part Honeywell, quelles marques … ? »
_OTHER_BRANDS = re.compile(
    rf"(?i:{_SET_ASIDE_WORDS})\s+([^,?]+?)\s*[,?]?\s*(?:\w+\s+){{0,4}}?(?i:brands?|marques?|labels?)\b"
    rf"|(?i:\b(?:brands?|marques?|labels?)\b.*?{_SET_ASIDE_WORDS})\s+([^,?]+)"
)
_GOVERNMENT_WORDS = frozenset(
    "maison blanche white house tresor treasury commerce department departement ministere ministry congress congres chambre "
    "senat senate administration".split()
)


# "Which US agency …?", « quelle agence gouvernementale »: no news agency; the UN is an agency of its own
_GOVERNMENT_QUALIFIER = re.compile(r"\b(?:us|u\.s|american|americaine?s?|federale?s?|federal|federaux|government\w*|gouvernement\w*|state|etat)\b")
_UN_WORDS = frozenset("nations unies united onu un".split())
# "le ministère du Commerce", "the Department of Commerce": a body, by the name that follows
_BODY_OF = re.compile(r"\b(?:ministere|ministry|department|departement|agency|agence|bureau|office)\s+(?:of|de|du|des|d')\s*(?:la |l'|the )?")
# « Lequel ? », "Which one, exactly?", « Lequel de ces ministères ? »: one of what the last answer told of without naming it
_BARE_WHICH = re.compile(
    r"^(?:(?:et|and|so|alors|ok|okay|oui|yes|mais|but)\W+)?(?:c'est )?(?:lequel|laquelle|lesquel(?:le)?s|which(?: ones?)?)"
    r"(?:\W+(?:est-ce|c'est|is it|is that|are they|exactly|exactement|donc|alors|then|precisement|(?:(?:de|d'entre|of) )?(?:ce|cet|cette|ces|that|this|those|these|the) [\w-]+))*\W*$"
)


# « Et les autres, dans quels pays … ? », "where's the rest going?": the rest asked with no noun of its own
_BARE_REST = re.compile(
    r"\b(?:les autres|the others|the rest)\b(?=\s*(?:[,?.!]|$|\s+(?:going|go|gone|went|are|were|will|sont|ont|seront|vont|iront|allaient|dans|in)\b))"
)


def with_rest_noun(question: str, said: Sequence[str]) -> str:
    """`question` with the noun a bare rest stands for (« Et les autres, dans quels pays … ? » after "How many cameras
    did Amazon get?" asks of « les autres cameras »), the one the last question counted or the last answer told a part
    of; `question` itself when it has no bare rest or nothing was counted."""
    folded = fold(question)
    bare = _BARE_REST.search(folded)
    if not bare or not said:
        return question
    noun = ""
    for text in said:
        told = fold(text)
        # (a part of those told before: « un tiers de ces caméras », not "a third of the video surveillance sector")
        part = next((m for m in _PART_TOLD.finditer(told)), None)
        of_those = re.match(r"\s+(?:de ces|of these|of those)\s+([\w'-]{4,})", told[part.end() :]) if part else None
        noun = _counted_noun(told) or (of_those.group(1) if of_those and len(equivalents(of_those.group(1))) > 1 and not is_place(of_those.group(1)) else "")
        if noun:
            break
    if not noun:
        return question
    other = "les autres" if bare.group(0) == "les autres" else "the other"
    return f"{question[: bare.start()]}{other} {noun}{question[bare.end() :]}"  # fold() keeps the length of the text


def with_one_asked(question: str, said: Sequence[str]) -> str:
    """`question` as the one of a kind that a bare « Lequel ? » asks for, told of by the first of `said` (the last
    answer): after « Oui : au moins un ministère considère … », « Lequel ? » asks « quel ministère », which a sentence
    naming no ministry does not answer. `question` itself when it is no bare which or the answer names no such kind."""
    if not said or not _BARE_WHICH.match(fold(question).strip()):
        return question
    some = _SOME_OF_KIND.search(fold(said[0]))
    if not some:
        return question
    return f"{'which' if question_language(question) == 'en' else 'quel'} {some.group(1)} ?"


def speakers_asked_about(question: str, strict: bool = True) -> set[str]:
    """Folded names of those whose words a question asks for ("What did Alibaba say?" -> {"alibaba"}); none unless
    it asks what someone said (or, not `strict`, how they responded or reacted). Names that only point at an article
    ("the Alibaba article") are not speakers."""
    verb = _speech_verb(question, strict)  # none when an article is what speaks: "What does the Alibaba article say …?"
    if verb is None:
        return set()
    # "How did Megvii respond to the Commerce Department?", "What did the Treasury say SenseTime had advertised?":
    # who speaks comes before the verb, except in a French inversion ("Comment a réagi Huawei ?", "Qu'a dit
    # Alibaba ?", "What was the reaction of Hikvision?"). fold() keeps the length of the text, so positions carry over.
    before = without_article_references(question[: verb.start()])
    # "How did Amazon's warehouse workers react?": its workers speak, not Amazon
    people = _PEOPLE_OF.search(fold(before))
    if people:
        return {people.group(1)}
    # "Comment Pékin a-t-il réagi ?": a capital speaks for its government, however written ("pekin", "Pékin").
    # So do its officials, named in words: "How do Chinese officials justify …?" asks for Beijing's words, not for a
    # sentence naming China.
    capitals = {form for group in CAPITALS for form in group if re.search(rf"\b{form}\b" if " " not in form else rf"\b{form}", fold(before))}
    # (not "US officials", who may speak as the Commerce Department or the Treasury)
    in_words = [form for form in capitals if " " in form and not _GOVERNMENT_IN_WORDS.search(form) and form not in capital_forms("washington")]
    capitals = {form for form in capitals if " " not in form} | set(in_words)  # "the US government" speaks as before
    subject = _PERSON_PRONOUN.search(fold(before)) or _COMPANY_REFERENCE.search(fold(before)) or re.search(r"\b(?:it|they)\b", fold(before))
    if subject and not names_in_question(before) and not capitals:
        # "How did the company react once the Times asked?": the company reacts, not the Times
        return set()  # "How did he justify the sanction against SenseTime?": he speaks, SenseTime does not ("Comment Megvii a-t-elle réagi ?": Megvii)
    # « Qu'a déclaré Megvii à Bloomberg ? »: Bloomberg is told, Megvii speaks
    unreferenced = re.sub(r"(?:\bto|(?<!\w)à|\baux|\bauprès d(?:e|u|es))\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?[A-Z][\w-]*", " ", without_article_references(question))
    # « Qu'ont déclaré Nike ou Starbucks au sujet de l'outil d'Alibaba ? »: what they spoke about does not speak (when
    # someone else is named: "Did its spokesperson add anything about the hardware Amazon uses?" asks Amazon's words)
    before_topic = re.split(r"\b(?:au sujet|à propos|a propos) d(?:e\b|es\b|u\b|['’])|\b(?:concernant|about|regarding|concerning)\b", unreferenced)[0]
    unreferenced = before_topic if names_in_question(before_topic) else unreferenced
    # "What was the reaction of Hikvision?", « la réaction de Pékin au vote de la Chambre »: the one named after "of"
    # reacts, not the Chamber
    of = re.match(r"\s+(?:of|de|du|d['’])\s*((?:the |la |le |l['’])?[A-Z][\w-]*)", question[verb.end() :])
    reacting = names_in_question(f" {of.group(1)}") | {f for g in CAPITALS for f in g if f == fold(of.group(1)).split()[-1]} if of else set()
    if len(before.split()) <= 4 and reacting:
        return reacting
    named = {n for n in names_in_question(before) if not any(n in form.split() for form in in_words)}  # not "chinese" of "chinese officials"
    return _without_suffixes((named | capitals) or (names_in_question(unreferenced) if len(before.split()) <= 4 else set()))


# the words that end a firm's name ("Megvii Technology", "SenseTime Group"): no speaker of their own (« haute technologie »)
_NAME_SUFFIXES = frozenset("technology technologies tech group digital co inc corp corporation holdings limited ltd".split())


def _without_suffixes(names: set[str]) -> set[str]:
    """`names` without the words that end a firm's name, when another name is left."""
    kept = names - _NAME_SUFFIXES
    return kept or names


_PEOPLE_OF = re.compile(
    r"\b(?:[\w-]+'s\s+(?:[\w-]+\s+)?|(?:les|des|ses|leurs)\s+(?:[\w-]+\s+)?)(workers?|employees?|customers?|clients?|users?|investors?|shareholders?"
    r"|employes|salaries|ouvriers|travailleurs|utilisateurs|investisseurs|actionnaires)\b"
)


def _speaks(name: str, folded_sentence: str, antecedent: str) -> bool:
    """Whether folded `name` may be the speaker of a sentence (or of its antecedent): named there, in the question's
    language or the other ("the Treasury": "le Trésor"). A place is named as written: "Chinese officials" are not
    "la Chine", nor "Washington" "the US government"."""
    said = f"{folded_sentence} {fold(antecedent)}"
    return name in said or (not is_place(name) and _present(name, said))


# Where something goes or happens, which does not speak: « son introduction à la Bourse de Hong Kong », "told it to
# Bloomberg", « a fait part de son mécontentement à Bloomberg », "listed on the Hong Kong Stock Exchange" (not « au »,
# « aux », of titles: « le secrétaire au Commerce »).
_DESTINATION = re.compile(r"\b(?:a|en|dans|to|in|into|at|on)(?:\s+(?:la|le|les|the))?(?:\s+l')?$")
_NAMED_BODY = re.compile(r"\b[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|of|du|des)\s+)?[A-ZÀ-Ý][\w'’-]*)*")  # « Bourse de Hong Kong »


# a government's reaction to a bill or a vote (« Comment Pékin a-t-il réagi à ce vote ? », "China's response to that bill"),
# told in a sentence that names it
_REACTION_TO_BILL = re.compile(
    r"\b(?:react\w*|respon\w*|answer\w*|reagi\w*|repon\w*|reaction)\b[^?]{0,30}?\b(?:to|a|au|aux)\s+(?:(?:ce|cette|this|that|the|le|la|l')\s*)?"
    r"(?:(?:(?:house|us|american|new|xinjiang)\s+)?(?:vote|bill|law|loi|texte|projet de loi|legislation)|(?:[\w'-]+\s+){0,3}?(?:vote|bill|projet de loi))\b"  # "the lower chamber's vote"
)
_BILL_TOLD = re.compile(r"\b(?:vot\w*|bill|loi|texte|legislation|adopt\w*)\b")
_INSTITUTION = re.compile(r"\b(?:stock exchange|exchange|bourse|regulators?|regulateurs?|authorit(?:y|ies)|autorites?|police|courts?|tribunal|embass(?:y|ies)|ambassades?)\b")


def _without_destinations(text: str) -> str:
    """Folded `text` without the names in a place or recipient complement (`_DESTINATION`): "How did the Hong Kong
    stock exchange react?" is not answered by SenseTime announcing « le report de son introduction à la Bourse de Hong
    Kong »."""
    for span in reversed(list(_NAMED_BODY.finditer(text))):
        if _DESTINATION.search(fold(text[max(0, span.start() - 12) : span.start()])):
            text = text[: span.start()] + " " + text[span.end() :]
    return fold(text)


_QUOTE_OPENING = re.compile(r"\s*[«“\"‘']")


def _names_someone(text: str) -> bool:
    """Whether `text` names anyone: a name spelt with a capital, or a government by its capital's forms."""
    return bool(names_in_question(text)) or any(re.search(rf"\b{form}\b", fold(text)) for group in CAPITALS for form in group)


# what someone's words are asked to be about, by name: « à propos de SenseTime », "about Megvii"
# (the whole object, a name ending the question or its part: not "about the Dahua cameras", "the article about Amazon")
_SPOKEN_ABOUT = re.compile(
    r"(?<!article )(?<!story )(?<!piece )(?<!report )(?<!papier )(?<!reportage )"
    r"\b(?:à propos d(?:e\s+|u\s+|es\s+|['’])|a propos d(?:e\s+|u\s+|es\s+|['’])|au sujet d(?:e\s+|u\s+|es\s+|['’])|concernant\s+|about\s+|regarding\s+|concerning\s+|sur\s+)"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?=\s*(?:[?,.;!]|$|(?:and|et|precisely|précisément|exactly|exactement|specifically)\b))"
)


def _speaker_named(name: str, folded_text: str) -> bool:
    """Whether folded `name`, whose words or reaction are asked for, is named in `folded_text`: a capital by one of its
    own forms ("Beijing": "Pékin", not "la Chine"), anything else in either language."""
    forms = capital_forms(name)
    if forms:
        return any(re.search(rf"\b{form}", folded_text) for form in forms)
    # by a word starting with one of its forms ("ouighours", "democrat" of "democrats" in « démocrate »), not by a
    # stem: « partenaires commerciaux » does not name the Commerce Department
    singular = (name[:-1],) if name.endswith("s") and len(name) > 4 else ()
    return any(re.search(rf"\b{re.escape(form)}", folded_text) for form in (*equivalents(name), *singular))


def _new_name_word(word: str, asked: set[str], places: bool = False) -> bool:
    """Whether folded capitalised `word` may be part of a name the question lacks: not asked, no place (unless
    `places` count), no capitalised function word or acronym ("US", "Le")."""
    return not (word in asked or word in _GENERIC_CAPS or (is_place(word) and not places) or word in STOPWORDS)


def _new_names(sentence: str, asked: set[str]) -> list[str]:
    """Capitalised names in `sentence` that the question does not already contain."""
    names = []
    for match in re.finditer(r"(?<![\w’'])[A-Z][\w\-]+", sentence):
        if capitalised_anyway(sentence, match.start()):
            continue
        if _new_name_word(fold(match.group(0)), asked):
            names.append(match.group(0))
    # A name may be a term the article sets apart: "the so-called ‘entity list’", « liste noire » dite …
    for match in _QUOTED_TERM.finditer(sentence):
        term = match.group(1).strip()
        if term and not set(words(term)) <= asked:
            names.append(term)
    return names


def _attributed_to(question: str) -> tuple[str, ...]:
    """The folded forms of whom a question's "according to" names, when it names someone ("According to the Treasury"
    -> treasury, tresor), not an article ("According to the Alibaba article", "Selon l'article anglais")."""
    match = re.search(r"\b(?i:according to|selon|d['’]apr[eè]s)\s+(?i:the |le |la |les |l['’])?([A-Z][\w-]+)\b(?!\s+(?i:article|piece|report|story))", question)
    if match is None or is_place(fold(match.group(1))):
        return ()
    return tuple(f for f in equivalents(fold(match.group(1))) if " " not in f or len(f) > 3)


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[A-Z][a-z]+)*\b")


def _names_spelt(question: str) -> set[str]:
    """The folded names a question spells with a capital, accented ones too (« le Trésor »), that are no place, no
    date ("in December") and no function word."""
    names = {fold(n) for n in _CAPITALISED.findall(question[1:])} | names_in_question(question)
    return {n for n in names if not is_place(n) and not _DATE.fullmatch(n) and n not in STOPWORDS}


def grounds_given(question: str, evidence: Sequence[Evidence]) -> Evidence | None:
    """For "Why did the Treasury blacklist SenseTime?", the best sentence giving that body's own grounds ("Cette
    entreprise chinoise a, selon le Trésor, « mis en avant sa capacité à identifier les Ouïghours portant une barbe
    … »"): told as its view, of what the question asks about (its other names in the sentence or the one it reads on
    from). None when the question asks no reason or names no such body."""
    folded = fold(question)
    if not _REASON_QUESTION.search(folded):
        return None
    names = _names_spelt(question)
    forms = {f for n in names for f in equivalents(n) if len(f) >= 4 and " " not in f}
    forms |= {f for _, group in phrases_in(folded) if group in CAPITALS for f in group}
    # the body that acted is the subject, the first name asked ("Why did the Treasury …?", « Que reproche le Trésor à
    # … ? »), not "Why did SenseTime postpone its IPO after the Treasury blacklisted it?"
    first = min(names, key=lambda n: folded.find(n) if n in folded else len(folded), default="")
    found = []
    for e in evidence:
        sentence = fold(e.sentence)
        body = next((f for f in forms if _says_who(f).search(sentence)), None)
        if body is None or body not in equivalents(first):
            continue
        told = f"{sentence} {fold(e.antecedent)}"
        others = [n for n in names if body not in equivalents(n)]
        if others and all(_present(n, told) for n in others):
            found.append(e)
    # The sentence itself, rather than a unit that also holds the one before (which may restate the best sentence)
    return min(found, key=lambda e: len(split_sentences_of(e.sentence)), default=None)


@lru_cache(maxsize=256)
def _says_who(form: str) -> re.Pattern:
    """A folded sentence giving `form` as its source: "selon le Trésor", "Bloomberg estimates", "told Bloomberg"."""
    name = re.escape(form)
    return re.compile(
        rf"\b(?:selon|according to|d'apres|cite par|cited by|told|reported by|rapporte par)\s+(?:\w+\s+){{0,2}}{name}"
        rf"|\b{name}\w*\s+(?:estimates|estime|said|says|reported|reports|rapporte|a rapporte|a declare|a revele|reveals|revealed)\b"
    )


def _new_name_runs(sentence: str, asked: set[str], peoples: bool = False) -> set[str]:
    """Names in `sentence` (runs of capitalised words: "Zhejiang Dahua Technology Co") with no word of the question,
    not opening the sentence or a quotation, and more than capitalised function words or acronyms ("US", "Le") or
    places ("Pékin", "États-Unis"), unless `peoples` are asked for ("Kazakhs")."""
    runs = set()
    for match in re.finditer(r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w\-]+)*", sentence):
        folded = words(match.group(0))
        place = not peoples and any(g in PLACES for _, g in phrases_in(fold(match.group(0))))  # "États-Unis", "Hong Kong"
        if not capitalised_anyway(sentence, match.start()) and not set(folded) & asked and not place and any(
            _new_name_word(w, asked, places=peoples) for w in folded
        ):
            runs.add(match.group(0))
    return runs


def _without_reporters(sentence: str) -> str:
    """`sentence` with who reported it blanked out: "Comme l'explique Reuters, …", "Bloomberg estimates that …"."""
    return _REPORTED_BY.sub(lambda m: " " * len(m.group(0)), sentence)


# the end of a list of one-word names before the last one: "Nike, Starbucks et " (not "Wilbur Ross et ")
_LISTED_AFTER_FIRMS = re.compile(r"(?:^|[^\w\s]\s*|\b[a-zà-ÿ][\w'’-]*\s+)[A-Z][\w-]+,\s+(?:[A-Z][\w-]+,\s+)*[A-Z][\w-]+,?\s+(?:et|and|ou|or|&)\s+$")


def _new_people(sentence: str, asked: set[str]) -> list[str]:
    """Names of people in `sentence` the question does not contain: two capitalised words or more ("Wilbur Ross",
    "Nancy Pelosi"), neither of two in a row a place, an organisation's word ("Technology", "Times", "Cloud") or a word
    the question already has."""
    def personal(word: str) -> bool:
        return _new_name_word(fold(word), asked) and fold(word) not in _ORGANISATION_WORDS

    people = []
    for match in _PERSON_NAME.finditer(sentence):  # "Commerce Secretary Wilbur Ross": any two personal words in a row
        if re.search(r"\b(?:au|aux|en|in)\s+$", sentence[: match.start()]):
            continue  # "au Zhejiang Dahua", "in Hangzhou …": a place, then what is there
        if _LISTED_AFTER_FIRMS.search(sentence[: match.start()]):
            continue  # « comme Nike, Starbucks et Ralph Lauren »: the last of a list of firms, a brand
        parts = re.split(r"[- ]", match.group(0))
        if _OPENS_QUOTE.search(sentence[: match.start()]) and is_known_name(parts[1]) and not is_known_name(parts[0]):
            parts = parts[1:]  # “Punishing Hikvision, …”: a capital opening a quote, before a firm's name, marks no name
        people.extend(f"{a} {b}" for a, b in zip(parts, parts[1:]) if personal(a) and personal(b))
    return people


# Roles a person is asked by, which the sentence naming them must tell ("spokesperson", « secrétaire »); not "official"
# or "executive", which an answer may leave implicit.
_NAMED_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|porte-parole|ceo|pdg|chief executive|founders?|fondat(?:eur|rice)s?|secretary|secretaire"
    r"|ministers?|ministres?|journalists?|journalistes?|reporters?|authors?|auteurs?)\b"
)


def _holds_role(role: str, sentence: str) -> bool:
    """Whether `sentence` names the folded `role`; a minister and a secretary are one role ("the US commerce minister":
    « le secrétaire au Commerce »)."""
    if re.match(r"minist|secreta", role):
        return bool(re.search(r"\b(?:ministers?|ministres?|secretary|secretaire)\b", fold(sentence)))
    if _WRITER_ROLE.match(role):
        # "Which journalist signed it?" is not answered by « Le reportage du Post » nor by "the Post": a byline
        return bool(re.search(r"\b(?:journalist|journaliste|reporter|author|auteur|autrice)s?\b", fold(sentence)))
    return _present(role, sentence)


_WRITER_ROLE = re.compile(r"journal|report|auth|auteur")  # a writer's role, among _NAMED_ROLE's
# "Which journalist signed it?": the writer is the one asked for (not "after a Washington Post reporter's story")
_WRITER_ASKED = re.compile(r"\b(?:which|what|quel(?:le)?s?)\s+(?:[\w-]+\s+){0,2}?(?:journalist|journaliste|reporter|author|auteur|writer)s?\b|\b(?:who|qui)\b.*\b(?:wrote|signed|a ecrit|a signe|a redige)\b"
    # « Qui est l'auteur de ce reportage ? » (not « qui en serait l'auteur », of a hack)
    r"|\b(?:author|auteur|autrice|writer|redacteur|redactrice)s? (?:of|de|du|d')\s*(?:(?:the|this|that|ce|cet|cette|le|la|l')\s*)?(?:[\w-]+\s+)?(?:reportage|article|report|story|enquete|papier|piece)s?\b")
_ROLE_WORDS = r"(?:executives?|officials?|spokes\w*|representatives?|journalists?|reporters?|ceo|boss|chief|responsables?|dirigeants?|journalistes?|porte-parole|representant\w*|patron|pdg)"


def _bodies_of_person(folded_question: str, names: Collection[str]) -> list[str]:
    """The bodies a person asked for belongs to: a government body ("Which Treasury official …?", « Quel secrétaire au
    Trésor … ? ») or a firm right beside the role ("Which Hikvision executive …?", « qui chez Hikvision … »)."""
    bodies = [m.group(0) for m in _ACTOR.finditer(folded_question) if m.group(0) not in ("secretary", "secretaire")]  # a role, not a body
    for name in names:
        n = re.escape(name)
        if re.search(rf"\b{n}\s+{_ROLE_WORDS}\b|\b{_ROLE_WORDS}\s+(?:de |du |d'|chez |at |of )(?:la |l'|the )?{n}\b|\bchez {n}\b", folded_question):
            bodies.append(name)
    return bodies


# A person asked for at a firm (« qui, chez <firm>, … », "who is the <firm> representative?"), not a role beside it
# that names no one asked ("Which footballer … after a Washington Post reporter's story?")
_PERSON_AT = re.compile(
    rf"\b(?:chez|at|within|inside|au sein de|au sein d') (?:la |l'|the )?<firm>"
    rf"|\b(?:who|qui)(?:'s| is| was| est| etait) (?:the |le |la |l')?(?:(?:[\w-]+ ){{0,2}}?<firm>\s+{_ROLE_WORDS}|{_ROLE_WORDS}\s+(?:de |du |d'|of )(?:la |l'|the )?<firm>)"
)


def _firms_led(folded_question: str, names: Collection[str]) -> list[str]:
    """The firms whose head is asked for ("Who runs SenseTime?", « Qui est à la tête de SenseTime ? »): a name the
    question spells right after the verb, not a government body (« à la tête du Commerce », "the House")."""
    return [
        m.group(1) for m in _LEADS.finditer(folded_question)
        if m.group(1) in names and not _ACTOR.fullmatch(m.group(1)) and m.group(1) not in _GOVERNING
    ]


def _heads(folded_sentence: str, firm: str) -> bool:
    """Whether a folded sentence names the head of `firm` as such: "SenseTime's chief executive", « le PDG de Megvii »;
    "le secrétaire au Commerce, Wilbur Ross" in a sentence on SenseTime does not run it."""
    f = re.escape(firm)
    told = (
        rf"\b{_HEAD}\b\W+(?:[\w'-]+\W+){{0,3}}?{f}\b",  # « le PDG de Megvii »
        rf"\b{f}(?:'s)?\W+(?:[\w'-]+\W+){{0,2}}?{_HEAD}\b",  # "SenseTime's chief executive"
        rf"\b{f}\b[^.]{{0,40}}\b(?:led|run|headed|founded|dirigee?s?|fondee?s?) (?:by|par)\b",  # "SenseTime, led by …"
        rf"\b(?:dirige\w*|runs|ran|leads|led|heads|headed|founded|a fonde|(?:est|etait|is|was) a la tete de|(?:is|was) at the head of)"
        rf"\s+(?:[\w'-]+\s+){{0,2}}?{f}\b",  # « Xu Li dirigeait SenseTime »
    )
    return any(re.search(pattern, folded_sentence) for pattern in told)


_LEADS = re.compile(
    r"\b(?:who|qui)\b[^?]{0,20}?\b(?:runs?|ran|running|leads?|led|leading|heads?|headed|heading|founded|dirige\w*|a fonde|fonde"
    r"|(?:a la tete|at the head|in charge) (?:de |du |d'|of ))\s*(?:the |le |la |l')?([\w-]+)"
    r"(?=\s*(?:[?,.!;]|$|(?:today|now|these days|currently|aujourd'hui|actuellement|et|and|in|en|at|a|au|then|alors)\b))"  # not "the SenseTime blacklisting"
)
_GOVERNING = frozenset("chambre house senate senat administration government gouvernement congres congress pays country".split())
_HEAD = r"(?:ceo|pdg|chief executive|(?:co-?)?founders?|(?:co-?)?fondat(?:eur|rice)s?|dirigeant\w*|patron\w*|chairman|chairwoman|president\w*|directeur\w*|directrice\w*|director|boss|head|chef)"


def _names_a_body(folded_sentence: str, bodies: Sequence[str]) -> bool:
    """Whether a folded sentence names one of `bodies` by any of its words that is no stopword ("commerce" of
    "commerce department" in "le secrétaire au Commerce"). Looser than `_person_of`, which wants the body beside the
    person: a refusal needs only that the sentence be about that body."""
    return any(_present(w, folded_sentence) for body in bodies for w in body.split() if w not in STOPWORDS)


def _person_of(sentence: str, asked: set[str], bodies: Sequence[str]) -> bool:
    """Whether `sentence` names a person of the bodies a question names ("Which Treasury official …?": treasury),
    each among the eight words before that person ("la présidente démocrate de la Chambre des représentants, Nancy
    Pelosi"), not "le secrétaire au Commerce, Wilbur Ross"; any person when the question names no body."""
    for person in _new_people(sentence, asked):
        at = sentence.find(person)
        after = sentence[at + len(person) :].split()[:1] if at >= 0 else []
        if after and fold(after[0].strip(",.;:")) in _ORGANISATION_WORDS:
            continue  # "Zhejiang Dahua Technology Co" is a firm
        before = fold(" ".join(sentence[:at].split()[-8:])) if at >= 0 else ""
        # the body is in the person's own title, the words since the comma before it, not earlier in the sentence:
        # « … la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross » is no one at SenseTime
        # (or after it, set off by a comma: "Wilbur Ross, the Commerce Secretary, …")
        title = before.rstrip(" ,").rsplit(",", 1)[-1]
        rest = fold(sentence[at + len(person) :]) if at >= 0 else ""
        title += " " + rest[1:].split(",")[0] if rest.startswith(",") else ""
        if all(_present(body, title) for body in bodies):
            return True
    return False


_DEMONSTRATIVES = frozenset("ces these those".split())
# "how many of its warehouses", "how many of the cameras": the noun after them is what is counted.
_PARTITIVE = frozenset("of the its their his her".split())
# "how many more / further firms": the noun follows (as after `_OTHER`, "how many other firms", « combien d'autres »)
_COUNT_MORE = frozenset("more further additional".split())


_PART_OF_COUNT = re.compile(r"\bhow many of (?:the|its|their|these|those)\b|\bcombien (?:de ces|d'entre)\b")  # a part, maybe told as a share
_HOW_MANY = r"\b(?:how many\s+|combien d(?:e\s+|'))"


def _counted_noun(folded_question: str) -> str | None:
    """What "how many X" / "combien de X" counts, when the lexicon knows X in both languages (warehouses, votes,
    cameras); None otherwise ("combien de personnes"), as nothing can then be said of the count's noun."""
    match = re.search(rf"{_HOW_MANY}((?:[\w'-]+\s*){{1,4}})", folded_question)
    words_after = match.group(1).split() if match else []
    words_on = folded_question[match.start(1) :].split() if match else []  # beyond the window: "blacklisted firms"
    for i, word in enumerate(words_after):
        if word in _DEMONSTRATIVES or (word in _PARTITIVE and words_after[0] == "of") or (i == 0 and (word in _OTHER or word in _COUNT_MORE)):
            continue  # "combien de ces licences", "how many of its warehouses", "how many other firms"
        if word in STOPWORDS:
            return None  # "combien de personnes la Chine …": the noun was the unknown word before
        if word.endswith("s") and is_place(word[:-1]) and len(equivalents(word)) > 1:
            return word  # "how many Uighurs …": a people in the plural is counted, "Chinese" in "how many Chinese firms" qualifies
        if not is_place(word) and len(equivalents(word)) > 1:
            # "how many (Amazon) warehouses", "how many (Chinese) firms"; the last of a compound, "how many AI firms"
            # (in French the noun comes first: « combien de licences accordées »)
            # (not a participle after it: "how many of the firms added"); a participle before a word qualifies it, even
            # past the window: "how many of the eight blacklisted firms" (not "how many members voted for it")
            if word.endswith("ed") and words_on[i + 1 : i + 2] and words_on[i + 1] not in STOPWORDS:
                continue
            following = words_after[i + 1 : i + 2] if not match.group(0).startswith("combien") else []
            if following and not is_place(following[0]) and following[0] not in STOPWORDS and not following[0].endswith("ed") and len(equivalents(following[0])) > 1:
                continue
            return word
    return None


def _count_phrase(folded_question: str, noun: str) -> tuple[str, str]:
    """The words between "how many" / "combien de" and the `noun` it counts, and the text after that noun."""
    match = re.search(rf"{_HOW_MANY}((?:[\w'-]+\s+){{0,3}}?){re.escape(noun)}\b", folded_question)
    return (match.group(1), folded_question[match.end() :]) if match else ("", "")


# a government body, which "US" does not narrow (see `_count_place`)
_GOVERNMENT_BODY = re.compile(r"(?:departments?|departements?|ministr(?:y|ies)|ministeres?|agenc(?:y|ies)|agences?|administrations?)$")


def _count_place(folded_question: str, noun: str) -> str | None:
    """The place that narrows what "how many" counts ("how many US cities", "combien de villes américaines"), or None.
    China is the ground these articles stand on: "how many Chinese firms" is answered by "eight firms"; and the US
    government is their actor: "how many US government departments" by « au moins un ministère »."""
    before, after = _count_phrase(folded_question, noun)
    following = re.match(r"\s+([\w'-]+)", after)
    near = before.split() + ([following.group(1)] if following else [])
    body = bool(_GOVERNMENT_BODY.match(noun))
    place = next((w for w in near if is_place(w) and place_key(w) != "chinese" and not (body and place_key(w) == "american")), None)
    # or where they are: "how many of their cams are actually installed in the US?", « combien de ces villes sont aux États-Unis ? »
    located = None if body or _LISTED_BY.search(folded_question) else _IN_THE_US.search(after)
    return place or ("us" if located else None)


_IN_THE_US = re.compile(
    r"\b(?:installed|install\w+|located|deployed|used|utilis\w+|destin\w+|based|are|is|r|sont|est|se trouv\w*|situ\w*|operat\w*)\s+"
    r"(?:in|inside|within|across|aux|en|dans|sur le sol)\s+(?:the\s+|l')?(?:us|u\.s\.?|usa|united states|america|etats-unis|amerique|americain)\b"
)
# the US as who lists or bans, not where things are: "blacklisted in the US", "banned from doing business in the US"
_LISTED_BY = re.compile(r"\b(?:black-?list\w*|liste|list(?:ed)?|bann?\w*|interdi\w*|business|trad\w*|commerc\w*|sanction\w*)\b")


# "the White House list", "the Treasury's blacklist", « la liste (noire) de la Maison Blanche »: whose list is counted
_LIST_OWNER = re.compile(
    r"\b((?:[\w-]+ )?[\w-]+)(?:'s)? (?:(?:investment|ban|entity|sanctions?|trade|export) )*(?:(?:black)?list|ban)\b|\bliste (?:noire )?(?:de la |du |de l'|des )((?:[\w-]+ ){0,1}[\w-]+)"
)


# "How many companies were on that list?", « sur cette liste »: a list the conversation named.
_THAT_LIST = re.compile(r"\b(?:that|this|the same) (?:black)?list\b|\b(?:cette|la meme) liste\b")


# words of a question that say what kind of answer it wants, or where to look, not what it is about
_ASKING_WORDS = frozenset("date dates day days jour jours precise precisement exact exacte exactement article articles piece story".split())


def shares_a_term(question: str, sentence: str) -> bool:
    """Whether `sentence` has one of the question's words besides names, places and what kind of answer it wants (or
    the question has none): « À quelle date précise devaient reprendre les pourparlers commerciaux ? » is not answered
    by the day the House voted, a sentence beside the best one that shares none of its words."""
    terms = [t for t in _words_besides_names(question) if t not in _ASKING_WORDS and not is_place(t)]
    vocabulary = folded_words(sentence)
    # a word, a lexicon equivalent or the same word inflected: "reprendre" is not "représentants", as a 5-letter stem has it
    return not terms or any(
        any(w.startswith(form[: max(5, len(form) - 2)]) for w in vocabulary) if " " not in form else form in fold(sentence)
        for t in terms
        for form in equivalents(t)
    )


# the words of a name question that say nothing of what is named: « Comment s'appelle-t-elle ? », "What's it called?"
_NAMING_WORDS = frozenset("name names nom noms appelle appellent called call".split())


def names_the_one_before(question: str, earlier: Sequence[str], sentences: Sequence[str], last_answer: str = "") -> bool:
    """Whether a name asked for by a pronoun alone (« Comment s'appelle-t-elle ? », "What's it called?") can be in the
    best sentence: after a turn on « une start-up de nanotechnologies », the one naming it is about nanotechnology, not
    the entity list's lead sentence. When the last question only asked for a kind (« Y a-t-il aussi une start-up ? »),
    what it is about is in the last answer, beside that kind (« une start-up de nanotechnologie », "a nanotech
    startup"). True when the question is not of that kind."""
    if not earlier or not sentences or not _NAME_QUESTION.search(fold(question)):
        return True
    if any(t not in _NAMING_WORDS for t in content_terms(question)):
        return True  # "What's the name of that spokesperson?" says what is named
    known = names_in_question(earlier[-1])
    thing = [t for t in content_terms(earlier[-1]) if t not in known and t not in _KINDS_OF_FIRM and t not in _KIND_WORDS and t != "start" and not is_place(t)][:2]
    if not thing and last_answer:
        thing = _beside_the_kind(content_terms(earlier[-1]), last_answer)
    # a person named answers « Comment s'appelle-t-elle ? » after "Did the Speaker comment on the bill?"
    return not thing or any(_present(t, sentences[0]) for t in thing) or bool(_new_people(sentences[0], set(words(" ".join(earlier)))))


def _beside_the_kind(asked: Sequence[str], answer: str) -> list[str]:
    """The words the answer puts beside the kind of firm a question asked for (« start-up » → « de nanotechnologie »
    after it in French, "nanotech" before it in English), at most two."""
    kinds = {"startup" if t == "start" else t for t in asked if t in _KINDS_OF_FIRM or t == "start"}
    terms = ["startup" if t == "start" else t for t in content_terms(answer)]
    after = question_language(answer) == "fr"
    beside = []
    for i, t in enumerate(terms):
        if t in kinds:
            window = terms[i + 1 : i + 3] if after else terms[max(0, i - 2) : i]
            beside += [w for w in window if w not in _KINDS_OF_FIRM and w not in _ANSWER_FILLER and not w.isdigit() and not is_place(w)]
    return beside[:2]


# « Pourquoi ? », "Why is that?", "how come": a why asked of the last answer alone
_BARE_WHY = re.compile(rf"^(?:(?:and|et|so|alors|mais|but)\s+)?(?:{_WHY}|how come\b)\s*(?:(?:is|was) (?:that|it)|ca|cela|donc|not|pas)?\s*[?.!]*\s*$")


def why_not_yet_unexplained(question: str, last_answer: str, sentences: Sequence[str]) -> bool:
    """Whether a bare why (« Pourquoi ? ») asks why what the last answer says has not happened yet (« Non, … aucune
    licence n'a encore été délivrée. »), and no sentence gives a cause: as for "Why has no licence been issued yet?"."""
    folded = fold(question).strip()
    if not _BARE_WHY.match(folded) or not sentences:
        return False
    said = re.sub(r"\bou encore\b", "ou", fold(last_answer))  # « … de détention ou encore de surveillance »: "or", not "yet"
    return bool(_WHY_NOT_YET.match(f"{folded} {said}")) and not any(_REASON.search(fold(s)) for s in sentences)


# the kinds of body "Which … is that?" may ask for, and words of any answer, which tell nothing of the one it spoke of
_BODY_KINDS = frozenset("department ministry ministere departement agency agence administration body organisme service".split())
# (and what every article is about: "blacklisted" tells no one department from another)
_ANSWER_FILLER = frozenset(
    "government gouvernement article articles say says said dit selon least moins one yes no oui non blacklist blacklisted blacklisting".split()
)
# « Qui a dit ça ? », "Who said that?": whose were the words the last answer quoted
_WHO_SAID_THAT = re.compile(r"^(?:(?:and|et|so|alors|mais|but)\s+)?(?:qui (?:a|l'a|avait) (?:dit|prononce|ecrit)|c'est qui qui (?:a dit|l'a dit)|who (?:first |originally )?(?:said|wrote|coined)|who's (?:quoted|saying)|(?:qui est|qui etait|c'est qui) l'auteure? (?:de|d')|who (?:is|was) the author of|whose (?:words|phrase|quote|line) (?:is|are|was|were)) ?(?:ca|cela|ces mots|that|it|this|those words|those|these|(?:cette|la|ces) (?:formule|expression|phrase|citation)s?|(?:that|the|this) (?:phrase|expression|quote|line|words))?(?:\s+(?:a l'origine|en premier|d'abord|first|originally|in the first place))?\s*[?.!]*\s*$")
# « Et qui a prononcé cette formule à l'origine ? »
_QUOTED_WORDS = re.compile(r"[«“\"]\s*([^«»“”\"]{3,80}?)\s*[»”\"]")


def words_credited_to_no_one(question: str, last_answer: str, sentences: Sequence[str], further: Sequence[str] = ()) -> bool:
    """Whether « Qui a dit ça ? » asks whose words the last answer quoted ("good and easy to win") while the sentence
    quoting them credits them to no one: no name and no verb of saying. That sentence is the first of `sentences`
    (the answer's, best first), then of `further`, to quote them, unless the best one credits words to someone (« …
    », a déclaré un représentant d'Alibaba Cloud). False otherwise."""
    if not sentences or _CALLED_SO.search(fold(sentences[0])):
        return False
    quoted = [fold(q) for q in words_asked_about(question, last_answer)]
    quoting = next((s for s in [*sentences, *further] if any(q in fold(s) for q in quoted)), None)
    return quoting is not None and not _new_names(quoting, set()) and not _CALLED_SO.search(fold(quoting))


def words_asked_about(question: str, last_answer: str) -> list[str]:
    """The words of `last_answer` whose speaker « Qui a dit ça ? » asks for: those it quotes, of two words or more."""
    if not _WHO_SAID_THAT.match(fold(question).strip()):
        return []
    return [q for q in _QUOTED_WORDS.findall(last_answer) if len(q.split()) >= 2]


# "Which department is that?", « C'est quel ministère ? », « De quel ministère s'agit-il ? »: the one the last answer spoke of (group 1: its kind)
_WHICH_IS_THAT = re.compile(
    r"^(?:(?:and|et|so|alors|ok|but|mais)\s+)?(?:(?:which|what) ([\w-]+) (?:is|was) (?:that|this|it)|(?:c'est |(?:de|d') )?quel(?:le)? ([\w-]+)(?: est-ce| c'est| s'agit-il)?)(?:,? (?:exactly|exactement|precisely|precisement|alors|donc))?\s*[?.!]*\s*$"
)


def names_the_one_said(question: str, last_answer: str, sentences: Sequence[str]) -> bool:
    """Whether the best sentence can tell which one the last answer spoke of ("Which department is that?" after "at
    least one department treats any transaction with blacklisted entities as a 'red flag'"): it shares a word with
    that answer besides the kind asked for and names. The Commerce Department's ruling on the firms is not the
    ministry that sees a red flag. True when the question is not of that kind."""
    asked = _WHICH_IS_THAT.match(fold(question).strip())
    if not asked or not last_answer or not sentences:
        return True
    if (asked.group(1) or asked.group(2)) not in _BODY_KINDS:
        return True  # « Quelle publication exactement ? », "Which company was that?": told as they were
    kind = set(equivalents(asked.group(1) or asked.group(2)))
    known = names_in_question(last_answer)
    said = [t for t in content_terms(last_answer) if t not in known and t not in kind and t not in _ANSWER_FILLER and not is_place(t)]  # "US"
    return not said or any(_present(t, sentences[0]) for t in said)


def unanswered_after(question: str, last_answer: str, sentences: Sequence[str], evidence: Sequence[str] = (), retrieved: Sequence[str] = ()) -> str | None:
    """The kind of answer a short follow-up on `last_answer` asks for when `sentences` (the answer's, best first) lack
    it, else None; `evidence` is all the sentences the answer was chosen from, `retrieved` those of every passage
    retrieved (where the words the last answer quoted may be, when the evidence left them out)."""
    if words_credited_to_no_one(question, last_answer, sentences, [*evidence, *retrieved]):
        return "name"  # « Qui a dit ça ? » after « … une guerre commerciale « good and easy to win » »: quoted, by no one
    if not names_the_one_said(question, last_answer, sentences):
        return "name"  # "Which department is that?" after "at least one department …": not the Commerce Department's ruling
    # "Who discovered it in the first place?" after a turn on the iOS hack: the evidence on what that answer said has it
    # found by no one
    if doer_untold(question, [*sentences, *(e for e in evidence if sum(_present(t, e) for t in content_terms(last_answer)) >= 2)]):
        return "name"
    if why_not_yet_unexplained(question, last_answer, sentences):
        return "reason"  # « Pourquoi ? » after "no licence has been issued yet": no cause is given
    return None


# "that department", « ce ministère »: a body the conversation named
_THAT_BODY = re.compile(r"\b(?:that|this|the same) (?:department|ministry|agency|body)\b|\b(?:ce|le meme) (?:ministere|departement)\b|\bcette (?:agence|administration)\b")
_A_BODY = frozenset({"department", "ministry", "ministere", "departement", "secretary", "secretaire"})


def with_referred_body(question: str, said: Sequence[str]) -> str:
    """`question` with the body "that department" stands for, named by the latest of `said` (the last answer, then
    the last question) that names one: "Who was heading that department?" after "The US Treasury, over …" asks who
    headed the Treasury, which "le secrétaire au Commerce, Wilbur Ross" does not answer."""
    that = _THAT_BODY.search(fold(question))
    if not that or not _PERSON_QUESTION.search(fold(question)):
        return question  # « Qu'a dit ce ministère ? » keeps its speaker as the conversation had it
    for text in said:
        body = next((m for m in _ACTOR.finditer(fold(text)) if m.group(0) not in _A_BODY), None)  # « Trésor » too
        if body:
            return f"{question[: that.start()]}{text[body.start() : body.end()]}{question[that.end() :]}"  # fold() keeps positions
    return question


# "the rep", « ce porte-parole »: a role whose owner the conversation named ("An Alibaba Cloud representative said …")
_THE_ROLE = re.compile(r"\b(?:the|that|this|le|la|ce|cette|l')\s?(representative|spokes(?:man|woman|person)|porte-parole|representante?)\b")
# the same roles as the answers spell them, accents and plurals kept: "An Alibaba Cloud representative", « Un porte-parole d'Amazon »
_ROLE_SAID = r"(?:representatives?|spokes(?:man|woman|person)|porte-parole|représentante?s?)"
_ROLE_OWNER = re.compile(rf"((?:[A-Z][\w-]+ ){{1,3}}){_ROLE_SAID}\b|\b{_ROLE_SAID} (?:of the |of |d['’]|de la |de l['’]|du |de )((?:[A-Z][\w-]+\b ?){{1,3}})")


def with_role_owner(question: str, said: Sequence[str]) -> str:
    """`question` with the owner of the role it asks about, named by the latest of `said` that names one: "whos the
    rep, got a name" after "An Alibaba Cloud representative said …" asks for the Alibaba Cloud representative's name,
    which Nancy Pelosi of the Chambre des représentants is not."""
    folded = fold(question)
    role = _THE_ROLE.search(folded)
    if not role or names_in_question(question):
        return question
    for text in said:
        owner = _ROLE_OWNER.search(text)
        if owner:
            name = re.sub(r"^(?:(?:An?|The|Une?|Les?|La|L['’])(?:\s+|$))+", "", (owner.group(1) or owner.group(2)).strip())
            if not name:
                continue  # "The spokesperson said …", « Un porte-parole a déclaré »: no owner named
            if role.group(0).startswith(("the", "that", "this")):
                return f"{question[: role.start(1)]}{name} {question[role.start(1) :]}"  # "the Alibaba Cloud representative"
            return f"{question[: role.end()]} de {name}{question[role.end() :]}"  # « le porte-parole de Alibaba Cloud »
    return question


# "that company", « cette entreprise »: a firm the conversation named, when the question asks for its words
_THAT_FIRM = re.compile(r"\b(?:that|this|the same) (?:company|firm|group|giant)\b|\b(?:cette|la meme) (?:entreprise|societe|firme)\b|\bce (?:groupe|geant)\b")
_THESE_FIRMS = re.compile(r"\b(?:these|those) (?:companies|firms|groups|brands)\b|\bces (?:entreprises|societes|firmes|groupes|marques)\b")
_PRESS = frozenset("washington post new york times bloomberg reuters ipvm journal".split())


def with_referred_firm(question: str, said: Sequence[str]) -> str:
    """`question` with the firm "that company" stands for (or the firms "these brands" do) when it asks for their words,
    named by the latest of `said` (the last answer, then the last question) that names one: not a newspaper, a place, a
    government body or a person, and in the answer the news it brings. "How did that company respond to the Post's
    report?" after "The Washington Post reported that Huawei had tested …" asks how Huawei responded, which the Post's
    report does not tell."""
    folded = fold(question)
    one = _THAT_FIRM.search(folded)  # one firm, or several: « ces marques »
    that, verb = one or _THESE_FIRMS.search(folded), _speech_verb(question, strict=False)
    if not that or not verb or names_in_question(question[: verb.start()]) or re.search(r"\b(?:to|a|aux?)\s+$", folded[: that.start()]):
        return question  # "How did Amazon answer that company?": Amazon speaks
    asked_before = names_in_question(said[1]) if len(said) > 1 else set()
    for n, text in enumerate(said):
        firms: list[str] = []
        end = -1
        for match in re.finditer(r"\b[A-Z][\w-]*[a-z][\w-]*", text):
            if not _a_firms_word(match.group(0)):
                continue
            if firms and text[end : match.start()] == " ":
                firms[-1] += f" {match.group(0)}"  # "Ralph Lauren"
            else:
                firms.append(match.group(0))
            end = match.end()
        if n == 0:  # the answer's news: "from Dahua" after "Which company did Amazon buy from?" (not Amazon)
            firms = [f for f in firms if not set(fold(f).split()) & asked_before] or firms
        if one:
            firms = [f for f in firms if " " not in f]  # one firm: "Antoine Griezmann", "Wilbur Ross" are people
        if firms:  # « Ces marques ont-elles réagi ? » after "Nike, Starbucks et Ralph Lauren": all of them
            named = firms[0] if one else (" et " if question_language(question) == "fr" else " and ").join(firms)
            return f"{question[: that.start()]}{named}{question[that.end() :]}"  # fold() keeps positions
    return question


def _a_firms_word(word: str) -> bool:
    """Whether a capitalised word may name a firm: one the articles spell as a name, not a newspaper's, a place's or a
    government body's."""
    name = fold(word)
    return name not in _PRESS and name not in STOPWORDS and is_known_name(word) and not is_place(name) and not capital_forms(name) and not _ACTOR.fullmatch(name)


# ", like SenseTime,", « , comme Hikvision, »: another one the question compares with, not the one it asks about
_LIKENESS = re.compile(r"(?:,|^)\s*(?:just |much )?(?:like|as did|comme|tout comme|a l'instar d(?:e|u|es|')|au meme titre que)\s*[^,?]{1,40},")  # « Comme Hikvision auprès de Bloomberg, … »


def without_likeness(question: str, said: Sequence[str] = ()) -> str:
    """`question` without the one it compares with: "Is it true that Megvii, like SenseTime, had to put off a
    stock-market listing?" asks about Megvii, which SenseTime's postponed listing does not answer."""
    likeness = _LIKENESS.search(fold(question))  # fold() keeps positions
    if not likeness or question[likeness.end() :].lstrip()[:1].isupper():
        return question  # « Quelles marques, comme Nike, Starbucks et Ralph Lauren, … »: a list goes on
    return f"{question[: likeness.start()]} {question[likeness.end() :].lstrip()}"


def _modifies(name: str, folded: str) -> bool:
    """Whether folded `name` qualifies the noun after it ("the Dahua deal"), not a name standing alone ("Apart from
    Honeywell what brands …", "Honeywell and …")."""
    after = re.search(rf"\b{re.escape(name)} ([a-z][\w-]*)", folded)
    return bool(after) and after.group(1) not in STOPWORDS and after.group(1) not in _QUESTION_WORDS


def with_list_owner(question: str, earlier: Sequence[str]) -> str:
    """`question` with the body whose list "that list" is, when the last question named one: "How many companies
    were on that list?" after "What did the White House do …?" counts the White House list, which a count of the
    Commerce list ("28 entités") does not answer."""
    if not earlier or not _THAT_LIST.search(fold(question)) or _count_owner(question):
        return question
    body = re.search(_ACTOR.pattern, earlier[-1], re.IGNORECASE)
    return f"{question} ({body.group(0)} list)" if body and body.group(0)[:1].isupper() else question


def _count_owner(question: str) -> tuple[str, ...]:
    """The name whose list "how many" counts ("How many companies were on the White House list …?": white house, in
    its forms in both languages), or ()."""
    names = names_in_question(question)
    for match in _LIST_OWNER.finditer(fold(question)):
        owner = match.group(1) or match.group(2)
        for phrase, group in phrases_in(owner):
            if set(words(phrase)) <= names:
                return group
        named = [w for w in words(owner) if w in names and not is_place(w)]
        if named:
            return (" ".join(named),)
    return ()


def _count_qualifiers(folded_question: str, noun: str) -> list[str]:
    """The words that say which `noun` "how many" counts ("how many artificial intelligence firms": artificial,
    intelligence), places and question words aside."""
    before, after = _count_phrase(folded_question, noun)
    following = re.match(r"\s+(?:d'|de |en |specialise\w* (?:en|dans) )([\w-]+)", after)  # « d'entreprises d'IA / spécialisées en IA »
    qualifying = f"{before} {following.group(1) if following else ''}"
    return [t for t in content_terms(qualifying) if t not in _QUESTION_WORDS and not is_place(t)]


_PLACE_NOUNS = re.compile(r"(?:places?|locations?|endroits?|lieux|lieu|localites?)")
_PLACES_COUNTED = re.compile(r"\b(?:cities|city|villes?|countries|country|pays|towns?|regions?|provinces?|sites?)\b")


def _counts(noun: str, text: str, qualifiers: Sequence[str] = ()) -> bool:
    """Whether a figure in `text` (folded, dates taken out) counts `noun`: the noun, or a pronoun for it ("un
    million d'entre eux", unless the noun follows, or the pronoun follows a people the noun is not), among the three
    words after the figure. Firms are also counted as organisations or entities.
    With `qualifiers`, they must be among the eight words after it too ("two further firms, specialising in AI")."""
    firms = "company" in equivalents(noun)
    places = bool(_PLACE_NOUNS.fullmatch(noun))  # "In how many places …?": "hundreds of cities"
    for match in _FIGURE.finditer(text):
        following = [w for w in text[match.end() :].split() if not _NUMBER_WORD.fullmatch(w)]
        after = " ".join(following[:3])
        # A pronoun counts what was named before it ("un million d'entre eux"), not what is named after it: "un
        # million d'entre eux seraient incarcérés dans des camps" does not count camps.
        # Nor another people named before it: in "l'internement des Ouïghours … un million d'entre eux", "eux" are
        # Uyghurs, not lawmakers.
        pronoun = set(after.split()) & _COUNTED_PRONOUNS and not _present(noun, " ".join(following[3:10])) and not _names_another_people(noun, text[: match.start()])
        if pronoun or _present(noun, after) or (firms and _ORGANISATIONS.search(after)) or (places and _PLACES_COUNTED.search(after)):
            if all(_present(q, " ".join(following[:8])) for q in qualifiers):
                return True
    return False


# Three names or more, listed: "Nike, Starbucks et Ralph Lauren" counts them.
_NAME_IN_LIST = r"[A-ZÀ-Ý][\w&'’-]*(?: [A-ZÀ-Ý][\w&'’-]*)*"
_ENUMERATION = re.compile(rf"{_NAME_IN_LIST}(?:, {_NAME_IN_LIST})+,? (?:et|and|ou|or) {_NAME_IN_LIST}")
# Two, given as examples: "d'autres géants de l'IA comme SenseTime Group ou encore Megvii Technology"
_EXAMPLES = re.compile(rf"(?:(?<=\bcomme )|(?<=\blike ))(?:{_NAME_IN_LIST}, )*{_NAME_IN_LIST},? (?:et|and|ou encore|as well as|ainsi que)\s{_NAME_IN_LIST}")


def _enumerates(noun: str, sentence: str) -> bool:
    """Whether `sentence` lists three names or more of folded `noun` (or two as examples of it), named just before them ("Marques internationales
    comme Nike, Starbucks et Ralph Lauren" lists brands; "Amazon, Nike et Starbucks ont des entrepôts" no warehouses)."""
    return any(_present(noun, " ".join(fold(sentence[: m.start()]).split()[-4:])) for m in [*_ENUMERATION.finditer(sentence), *_EXAMPLES.finditer(sentence)])


# What was done to the things counted, when not what the articles count them for: sold, resold, shipped (not put to
# use: "How many were to be installed?" is answered by the third "destinées à être utilisées")
_SOLD = re.compile(r"\b(?:sold|sell\w*|resold|resell\w*|vendu\w*|revendu\w*|vendre|revendre|vend(?:ent|ait|aient)|ventes?|sales)\b")
_SOLD_TO = re.compile(r"\b(?:sold|sell|sells|selling|vendu\w*|vendre|vend(?:ent|ait|aient)?)\b(?:\s+\S+){0,4}?\s+(?:to|à)\s+[A-Z]")
_SOLD_OR_BOUGHT = re.compile(rf"{_SOLD.pattern}|\b(?:achet\w*|bought|buy\w*|purchas\w*|command\w*|ordered)\b")
# applying for something (a licence), not having it
_APPLIED_FOR = re.compile(r"\b(?:applied|applications?|(?:en )?(?:ont|a|avaient|avait) fait (?:la |une )?demande|(?:ont|a) (?:deja |bien |effectivement )?demande (?:une|des|la) licen[cs]es?|requested|filed|depose\w*)\b")
_ISSUED_ASKED = re.compile(r"\b(?:issued|granted|approved|accepted|given|handed|awarded|received|accorde\w*|delivre\w*|accepte\w*|obtenu\w*|octroy\w*|attribue\w*|recu\w*|got)\b")
_DONE_TO_COUNTED = (
    (re.compile(r"\b(?:sold|sell|sells|selling|resold|resell\w*|vendu\w*|revendu\w*|vendre|revendre)\b"), _SOLD),
    (re.compile(r"\b(?:shipped|ship|livre\w*|expedie\w*)\b"), re.compile(r"\b(?:ship\w*|livr\w*|expedi\w*)")),
    # "How many licence applications have US companies filed?", « combien d'entreprises en ont fait la demande ? »:
    # not "has to apply for a licence", nor the 28 listed
    (_APPLIED_FOR, re.compile(r"\b(?:appl(?:y|ied|ies|ying|ications?)|demand\w*|request\w*|filed|depos\w*)\b")),
    # "How many of those have since been taken off the list?": not the 28 added to it
    (re.compile(rf"^(?!.*\b{_ONLY_SOUGHT}\b).*\b(?:taken off|removed|delisted|retire(?:e|es|s)?|radie(?:e|es|s)?|sortie?s? de (?:la|leur|cette|sa) liste)\b"),
     re.compile(r"\b(?:remov\w*|taken off|delist\w*|retir\w*|radi(?:e|ee|es|ees|er)\b|sorti\w*)")),
)
# the army, or firms tied to it: a count of them is told beside them
_MILITARY = re.compile(r"\b(?:militar\w*|militaires?|armee|army|armed forces)\b")
# the firms counted, tied to it: "companies linked to the Chinese military", « boites liées à l'armée chinoise »
_MILITARY_LINKED = re.compile(r"\b(?:linked|tied|connected|related|liee?s?|rattachee?s?)\s+(?:to|with|a)\s+(?:l'|the\s+)?(?:chinese\s+)?(?:militar\w*|armee|army)\b|\bmilitary[- ](?:linked|tied|connected)\b")
# How many live somewhere: told by a word of living or of population.
_LIVING = re.compile(r"\b(?:vivent|vit|vivant|habit\w*|live[sd]?|living|population|inhabitants|residents?)\b")
# "Combien d'entreprises … ?" is answered by "28 entités chinoises", "28 organisations chinoises".
_ORGANISATIONS = re.compile(r"\b(?:organi[sz]ations?|entit(?:y|ies|e|es))\b")


# "none of these units", « aucun de ces équipements »: none of what was counted, however named
_NONE_OF_THEM = re.compile(r"\b(?:aucune? (?:de ces|d'entre (?:eux|elles)|de ses|de leurs)|none of (?:them|these|those|its|their|the))\b")


def _none_of_them(question: str, counted: str | None, sentence: str) -> bool:
    """Whether `sentence` says none of what `question` counts does what it asks: « Aucun de ces équipements n'a de
    connectivité réseau » for « Combien des caméras … sont reliées au réseau ? », a word of the question besides what
    it counts (and "use") in the clause that says none (not "…, varie d'un bâtiment à l'autre" for "How many buildings
    …?")."""
    none = _NONE_OF_THEM.search(fold(sentence))
    if not none:
        return False
    clause = re.split(r"[,;.«»“”]| et | and ", fold(sentence)[none.end() :])[0]
    return any(_present(t, clause) for t in _words_besides_names(question) if t != counted and not re.match(r"(?:us(?:e|es|ed|ing)$|utilis)", t))


_HOW_OFTEN = re.compile(r"\b(?:how many times|how often|combien de fois)\b")
# "outside the test environment" is not "in" it: « jamais … en dehors » answers "how often outside", not "inside"
_OUTSIDE = re.compile(r"\b(?:en dehors|hors|outside|beyond|au-dela)\b")


def _same_side(folded_question: str, folded_sentence: str) -> bool:
    """Whether both or neither say "outside" (« en dehors »)."""
    return bool(_OUTSIDE.search(folded_question)) == bool(_OUTSIDE.search(folded_sentence))


_NEVER = re.compile(r"\b(?:jamais|never|not once|pas une (?:seule )?fois)\b")
_NONE = re.compile(r"\b(?:no|zero|aucune?s?|nul(?:le)?s?)\s+")


def _counts_none(noun: str, text: str) -> bool:
    """Whether `text` (folded) says there is none of `noun`: "no licences have been issued", "aucune licence"."""
    def named(after: list[str]) -> str:  # "no new licences"; not "aucune porte d'entrée", whose second word is its complement
        return " ".join(after[:1] if len(after) > 1 and after[1].startswith(("d'", "de")) else after)

    return any(_present(noun, named(text[m.end() :].split()[:2])) for m in _NONE.finditer(text))


def _is_people(word: str) -> bool:
    """Whether folded `word` names a people (Uyghurs, Kazakhs, Muslims), in the singular or plural."""
    return is_place(word.removesuffix("s")) and place_key(word.removesuffix("s")) in PEOPLES


def _names_another_people(noun: str, text: str) -> bool:
    """Whether folded `text` names a people (Uyghurs, Kazakhs, Muslims) while `noun` is none ("élus")."""
    return not _is_people(noun) and any(_is_people(w) for w in text.split())


_COUNTED_PRONOUNS = frozenset("eux elles them those ceux celles d'entre".split())  # "un million d'entre eux", "hundreds of them"


def _new_places(sentence: str, asked: set[str], counterparts: bool = True) -> list[str]:
    """Capitalised names in `sentence` the question does not contain that are places: a name after "in", "au",
    "dans", "à", "province du" (…), or a known place (Xinjiang), not a people or nationality (Chinese, Ouïghours).
    Not `counterparts`: not a place one deals with ("the trade war with China"), which is not where anything is."""
    places = []
    for match in re.finditer(r"(?<!\w)[A-ZÀ-Ý][\w\-]+", sentence):  # "États-Unis"
        word = fold(match.group(0))
        if word in asked or word in _GENERIC_CAPS or word in STOPWORDS or _MONTH_OR_DAY.fullmatch(word):
            continue
        if not counterparts and re.search(r"\b(?:with|avec|against|contre)\s+(?:the\s+|la\s+|le\s+|l['’])?$", sentence[: match.start()].lower()):
            continue
        if (is_place(word) or word in _PLACE_FORMS) and not _DEMONYM.search(word):  # "États-Unis", a form in two words
            places.append(match.group(0))
        elif _LOCATIVE.search(sentence[: match.start()].lower()) and not re.match(r"\s+[A-Z]", sentence[match.end() :]):
            places.append(match.group(0))  # not "au Zhejiang Dahua" (from the firm), a name in two words
    return places


def _places_answering(sentence: str, asked: set[str], folded_question: str, known: bool = False, countries: bool = False, counterparts: bool = True) -> set[str]:
    """The places of `sentence` that may answer a question for a place: not one it names ("Chinese" names China and
    Beijing, "US" the United States), and a region, not a country ("Which warehouses …?" is not answered by "en
    Chine"), unless it asks for a country or takes one (`countries`: "Where were the talks held?" - "à Pékin").
    `known`: only places of the lexicon."""
    excluded = {place_key(w) for w in asked if is_place(w)}
    if not countries and not re.search(r"\b(countr(y|ies)|pays)\b", folded_question):
        excluded |= _COUNTRIES
    if not _PEOPLES_QUESTION.search(folded_question):
        excluded |= PEOPLES  # "Which Chinese province …?" is not answered by "against Uighurs, Kazakhs …"
    if re.search(r"\b(?:cit(?:y|ies)|villes?|warehouses?|entrepots?|factor(?:y|ies)|usines?)\b|\b(?:which|what|quel(?:le)?s?)\s+(?:[\w-]+\s+){0,2}?(?:states?\b(?!-)|etats?\b(?![- ]unis))|\b(?:us|american) states\b|\betats americains\b", folded_question):
        excluded |= _REGIONS  # "Dans quelle ville …?", "Which warehouses …?", "Which states …?" are not answered by "dans le Xinjiang, la région de l'ouest"
    return {place_key(fold(p)) for p in _new_places(sentence, asked, counterparts) if not known or is_place(fold(p))} - excluded


# Matched on the lowercased, unfolded text: "à" is not the English "a".
_LOCATIVE = re.compile(r"(?:\b(?:in|near|au|aux|en|dans|pr[eè]s de|province d[eu]|r[ée]gion d[eu])|(?<!\w)à)(?:\s+(?:the|la|le)|\s+l['’])?\s*$")
_DEMONYM = re.compile(r"(?:ese|ians?|eans?|ish|cans?|ois|ais|ours?|khs?)$")
_COUNTRIES = frozenset(group[0] for group in PLACES if _DEMONYM.search(group[0]))  # the lexicon's groups named by a demonym
_REGIONS = frozenset({"xinjiang", "tibetan"})  # the lexicon's regions: no city, no site
_PLACE_FORMS = frozenset(form for group in PLACES for form in group)  # whole forms: "etats-unis", not "russell" for Russia
_MONTH_OR_DAY = re.compile(rf"(?:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")
_QUOTED_TERM = re.compile(r"(?:so-called|dite?s?|baptisée?s?|appelée?s?|nommée?s?)\s+[‘'“\"«]\s*([^’'”\"»]{2,60}?)\s*[’'”\"»]")


# "Which NGOs …?": their names
_NGOS = r"(?:which|what|quelles?) (?:\w+ )?(?:ngos|ong)"
_NGOS_ASKED = re.compile(rf"\b{_NGOS}\b")
_NAME_QUESTION = re.compile(r"\b((?:his|her|their) names?|" + _NGOS + r"\b|(?:which|what|quelles?) (?:\w+ )?human rights (?:groups|organi[sz]ations)\b|(?:got|need|have|any) (?:a |the |their |his |her )?names?\b|(?:son|leur) nom|(?:start-?up|entreprise|societe|firme|boite|jeune pousse|company|firm|ong|ngo|organisation|organization)s?\b[^?]{0,60}(?:c'est (?:laquelle|lequel|lesquel(?:le)?s)|which one (?:is it|was it))|(?:which one|laquelle|lequel) (?:is|was|est|etait|c'est) (?:the|that|this|la|le|cette|ce) (?:[\w-]+ ){0,2}?(?:start-?up|jeune pousse)s?\b|title of (?:the|this|that|its) (?:\w+ ){0,2}(?:bill|law|act|legislation|text|measure|order)|intitule|titre (?:officiel |exact )?(?:du|de la|de ce|de cette) (?:\w+ )?(?:texte|projet|loi|mesure|decret)|what is the name|what was the name|what(?:'s|s| is| was) (?:the|that|this|its|their) (?:[\w'-]+ ){0,4}?called\b|(?<!in the )name of|names of|(?<!au )nom de|(?<!au )nom du|(?<!au )nom des|s'appelle|comment s'appelle|(?:who is|who was|(?<!ce )qui est|(?<!ce )qui etait)(?!-)(?! (?:(?:it|this|that|they|he|she) )?(?:\w+(?:ment|ly) )?\w{3,}(?:ed|en)\b| (?:\w+(?:ment|ly) )?\w{3,}(?:e|ee|es|ees)\b))\b")
# "whos the rep, got a name": a name;
# "the official title of the Xinjiang import bill", « l'intitulé du texte »: its name;
# not "à qui est-il attribué ?", nor "qui est (largement) soupçonné …", "who is suspected …", whose answer may be "the
# government";
# not "au nom de leur constitution", "in the name of security"
# "Quel journaliste …?", "Who runs Megvii?", "the name of the spokesperson": a person, named.
# "official" is a person unless it qualifies a thing: "what official role does Alibaba have?"
_OFFICIAL = r"officials?(?! (?:role|partner|sponsor|status|title|position|capacity|statement|site|website|list|line|stance|policy|view|response|answer|explanation|reason)s?\b)"  # "the official line"
# a person's role asked for, not who they are: « Et quel rôle ce footballeur occupait-il … ? », "What position did the
# spokesperson hold?" (not with who: « Qui a signé cette déclaration, et avec quel titre ? »)
_ROLE_ASKED = re.compile(r"\b(?:quel(?:le)?s? (?:role|fonction|poste|titre|statut)|(?:what|which) (?:role|position|title|job|function))s?\b")
_PERSON_QUESTION = re.compile(
    rf"\b(?:(?:which|what) (?:(?!(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|the|a|an|of|its|their)\b)\w+ ){{0,3}}(?:journalists?|reporters?|authors?|writers?|executives?(?! orders?\b)|spokes(?:man|woman|person)|{_OFFICIAL}|founders?|directors?|representatives?|secretary|ministers?|footballers?|athletes?|ambassadors?|analyst|researcher)\b"
    r"|quel(?:le)?s? (?:(?!(?:est|sont|etait|a|ont|avait|le|la|les|du|des|de|son|sa|ses|leur|leurs)\b)\w+ ){0,2}(?:journalistes?|reporters?|auteurs?|dirigeants?|responsables?|porte-parole|cadres?|patrons?|pdg|directeurs?|directrices?|fondateurs?|fondatrices?|representants?|secretaires?|ministres?|footballeurs?|athletes?|ambassadeurs?|analyste|chercheu(?:r|se))\b"
    r"|who (?:(?:is|was|were) )?(?:heading|leading|running|in charge of)\b"  # "Who was heading that department …?"
    # "Do we know who that representative was?", « le porte-parole d'Alibaba Cloud …, c'est qui ? »
    r"|who (?:the|that|this|their|its) (?:[\w'-]+ ){0,3}?(?:representative|spokes\w+|executive|official|journalist|reporter|ceo|boss|chief|director|founder|secretary|minister) (?:is|was|were|are)\b"
    r"|^(?:et |and |so |alors )?(?:le|la|l'|ce|cet|cette) ?(?:[\w'-]+ ){0,2}?(?:porte-parole|representant\w*|responsable|dirigeant\w*|pdg|patron|journaliste|rep)\b.*\bc'est qui\b"
    r"|who (?:leads|led|runs|ran|heads|headed|wrote|signed|founded|is the (?:ceo|boss|head|chief executive|founder|spokes\w+))|who's the (?:ceo|boss|head|chief executive|founder|spokes\w+)|qui (?:dirige|dirigeait|a dirige|a ecrit|a signe|a fonde)"
    r"|^(?:(?:ok|okay|so|and|et|alors|bon|d'accord)\W+){0,2}(?:who|qui),? (?:at|within|inside|chez|au sein d)\b"  # "ok and who at Treasury announced …?"
    rf"|^(?:and |et )?(?:who|qui), (?:au|aux|a la|in the) {_ACTOR.pattern}"
    r"|comment s'appel\w* (?:ce|cet|cette|le|la|l') ?(?:\w+ ){0,2}?(?:representant\w*|porte-parole|journaliste\w*|responsable\w*|dirigeant\w*|pdg|patron)\b"
    rf"|(?:(?:name|names|nom|noms) (?:of the|du|de la|des|de l')|(?:c'est qui|qui (?:est|etait|sont)|who (?:is|was|are|were)|who's) (?:le|la|les|l'|the|that|this|ce|cet|cette))\s?(?:\w+ ){{0,3}}(?:journalistes?|reporters?|authors?|auteurs?|executives?|spokes\w+|porte-parole|{_OFFICIAL}"
    r"|responsables?|ceo|pdg|chief executive|founders?|fondateurs?|directors?|directeurs?|representatives?|representants?|dirigeants?"
    r"|secretary|secretaire|ministers?|ministres?)"
    # "What's that spokesperson's name?"
    rf"|(?:journalist|reporter|author|writer|executive|spokes(?:man|woman|person)|{_OFFICIAL}|founder|director|ceo|boss|representative|secretary|minister|person)'s (?:full )?name"
    # "qui était à la tête du Trésor ?"
    r"|(?:qui|who) (?:est|etait|sont|is|was) (?:a la tete|at the head|in charge) (?:du|de la|des|de l'|de|of)\b"
    # "Who was Treasury Secretary at the time?": a role with no article, after at most two words of its body
    r"|^(?:and |et |so |alors )?(?:who (?:is|was|were|are)|who's) (?!the\b|that\b|this\b|a\b|an\b)(?:[\w'-]+ ){0,2}?(?:secretary|ministers?|spokes(?:man|woman|person)|ceo|chief executive|founder)"
    r"(?=\s*(?:[?,.!;]|$|(?:at|in|then|when|during|back|now|today|of|for|under|before|after)\b)))\b"  # not "Who is Commerce Secretary Wilbur Ross?"
)
_OPENS_QUOTE = re.compile(r"(?:[“«]|(?:^|\s)\")\s*$")
_PERSON_NAME = re.compile(r"(?<![\w’'])[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+)+\b")
_ORGANISATION_WORDS = frozenset(
    "technology technologies digital group co corp inc ltd cloud times post house blanche department commerce treasury tresor "
    "york street journal news press agency bureau office ministry ministere university universite bank banque "
    "maison chambre nations unies united states etats unis white web".split()
)
# "In which US states …?", "Dans quelle ville …?": a place. ("Where …?" is often answered otherwise: "on the New York
# Stock Exchange".) Not "which state-owned banks", "which state media", "what United States agency".
_PLACE_QUESTION = re.compile(
    r"\b(which|what|quel(le)?s?) ((?!kinds?|types?|sorts?)[\w-]+ ){0,2}"
    r"((?<!united )states?|etats?|cit(y|ies)|villes?|countr(y|ies)|pays|provinces?|regions?|warehouses?|entrepots?|factor(y|ies)|usines?)"
    r"(?![\w-])(?! (media|owned|department|secretary|council|agenc\w*|firms?|compan\w*|banks?|enterprises?|television|news|officials?)\b)"
    # "name a few cities pls", « cite quelques villes »: places, by name
    r"|\b(?:name|list|cite[rsz]?|nomme[rsz]?|donne[rsz]?)(?:\s+|-)(?:(?:me|moi)\s+)?(?:a few|some|any|the|several|quelques|des|les|(?:les )?noms? d(?:es|e|')?)\s*(?:of (?:the|those|these)\s+|de ces\s+)?"
    r"(?:cities|villes|states|etats(?![- ]unis)|countries|pays|warehouses|entrepots)\b"
)
# "Where were the talks held?", "Où les caméras sont-elles installées ?": where something is or happens is a place
# ("Where is SenseTime listing?" may be "on the Hong Kong Stock Exchange": not asked so).
_WHERE_QUESTION = re.compile(
    # "where was the rest headed?": where things went
    r"(?:^|[;:]\s*)(?:(?:and|et|so|alors)\s+)?(?:where|ou)\b(?!\s+en\b).*\b(?:held|take place|took place|taking place|located|based|installed|deployed|headed|bound|shipped|destined"
    r"|destinee?s?|installee?s?|deployee?s?|situee?s?|basee?s?|se tien\w*|se ten(?:ai|ir)\w*|tenue?s?|se deroul\w*|(?:a|ont|avait|avaient|aura|auront|aurait|auraient) (?:eu )?lieu|avoir lieu)\b"
    # « Et ces négociations devaient se tenir où ? », "held where?": the place asked for last
    r"|\b(?:held|take place|took place|located|based|installed|deployed|se ten(?:ai|ir)\w*|se tien\w*|avoir lieu|(?:a|ont|avait|avaient|aura|auront) (?:eu )?lieu|se deroul\w*|installee?s?|deployee?s?|situee?s?|basee?s?)\s+(?:ou|where)(?:\s+(?:ces|ce|cette|les|la|le|the|these|those|this|that)\s+[\w'-]+)?\s*\??\s*$"
)
# the words that ask which one (« À part Amazon, laquelle … ? »), and those that point back to something named before
_WHICH_WORDS = frozenset("which what quel quelle quels quelles lequel laquelle lesquels lesquelles ones one".split())
_REFERRED_BACK = re.compile(r"(?:ce|cet|cette|ces|that|this|these|those|its|their|son|sa|ses|leur|leurs|it|them|him|her)\b")
# "Where are Hikvision's shares listed?", « Où … sont-elles cotées ? »: on a stock exchange ("Where is Hikvision
# listed?" alone may ask which blacklist), told as `_TRADED_ON`
_LISTED_WHERE = re.compile(
    r"(?:^|[;:]\s*)(?:(?:and|et|so|alors)\s+)?(?:where|ou)\b(?!\s+en\b)[^;:]*?\b(?:cotee?s?|(?:publicly )?traded|(?:shares?|stocks?)\b[^;:]*?\blisted)\b"
)
# "Who led the delegation?", « Qui dirigeait les négociations ? »: what was led is in the sentence that names who
# (not "cette assemblée", named before by other words: "la Chambre")
_LED_QUESTION = re.compile(
    r"(?<!est-ce )(?<!ce )\b(?:qui|who)\s+(?:(?:a|avait|had|has)\s+)?(?:menait|mene|dirigeait|dirige|conduisait|conduit|pilotait|pilote|presidait|preside|led|leads|headed|heads|chaired|chairs"
    r"|(?:was|is) (?:leading|heading|chairing))\s+(?:(?:alors|donc|then|actually|really|vraiment)\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*(?:[?,.]|$|\b(?:a|at|in|for|pour|lors|during|aux?|with|avec)\b))"
)
# "led the US to blacklist", « conduit les États-Unis à sanctionner »: made them do it, not headed them
_LED_TO = re.compile(r"\b(?:conduit|conduisait|mene|menait|led|leads)\s+(?:[\w'-]+\s+){1,4}?(?:a|to)\s+(?!(?:la|le|les|l'|the|ces|this|these|those|that|a|an)\b)([\w'-]+)")
_PLACES_IN_WORDS = re.compile(r"\b(?:cities|villes|world|monde|countries|pays|abroad|etranger|partout|everywhere|regions?|provinces?)\b")
# "Which part of China …?" may want a place ("Xinjiang") or a direction ("le nord-ouest"): a place is preferred, not required.
_PART_QUESTION = re.compile(r"\b(which|what|quel(le)?s?) (parts?|partie) (of|de|du|de la|d')\s?(the )?(country|pays|china|chine|world|monde)\b")
# Figures in words; not the "one" of "One of the firms, Hikvision, told Bloomberg", which counts nothing.
_NUMBER_WORDS = r"at least one(?! (?:third|quarter|half)\b)|au moins une?(?! (?:tiers|quart|moitie)\b)|one(?! of\b)|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?|millions?|billions?|third|half|quarter|un tiers|la moitie|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douzaine|centaines?|milliers?|milliards?"
_NUMBER_WORD = re.compile(rf"\b({_NUMBER_WORDS})\b")
_FIGURE = re.compile(rf"(?<![\w-])\d[\d ,.]*|\b(?:{_NUMBER_WORDS})\b")  # a count; not the 19 of "covid-19"
# Who a phrase is credited to: "Who does the article credit with calling the trade war …?", "Who coined …?", « À qui
# l'article attribue-t-il l'expression … ? » (not « à qui le piratage est-il attribué ? », which a body may answer)
_PHRASE = r"(?:l'expression|la formule|la phrase|les mots|ces mots|les propos|ces propos|la citation|cette citation|le terme)"
# "Who called the trade war “good and easy to win”?", « Qui a qualifié la guerre commerciale de « facile » ? »: words
# quoted, which a sentence naming no one and calling them so by no one does not credit ("ce qu'il appelle une campagne
# antiterroriste" credits the government)
_QUOTE_CREDITED_QUESTION = re.compile(
    r"\b(?:who (?:(?:first|originally|actually) )?(?:called|dubbed|described|termed|labell?ed)|qui (?:a|avait) (?:qualifie|appele|decrit|surnomme)) (?:[\w'-]+ ){0,8}?(?:de |as |d')?(?:[\"“‘«]|(?<=\s)'(?=\w))"  # "'good and easy to win'"
)
# …and asked after the phrase, which the question quotes: "The English article puts 'good and easy to win' in quotation
# marks. Whom is it quoting?", « … « drapeau rouge ». Qui l'article cite-t-il ? », « De qui sont ces mots ? »
_QUOTING_WHOM = re.compile(
    r"\bwhom? (?:is|was|are|were|does|did) (?:it|he|she|they|the (?:article|piece|story|report|author|writer|reporter|journalist)) (?:quot(?:ing|e)|citing|cite)\b"
    r"|\bwhom? (?:is|was|are|were) (?:being )?(?:quoted|cited)(?: there| here)?\s*\??\s*$"
    r"|\b(?:source|author) of (?:the|that|this) (?:phrase|expression|quote|quotation|words)\b"
    rf"|\bqui (?:l'article|le texte|l'auteur|le journaliste|il|elle) cite(?:-t)?-(?:il|elle)\b|\bqui (?:est|etait) (?:ici |la )?cite\s*\??\s*$|\bde qui (?:sont|est|viennent|vient) {_PHRASE}"
)
_PHRASE_QUOTED = re.compile(r"[\"“«]\s*([^\"”»]+?)\s*[\"”»]|‘\s*(.+?)\s*’(?!\w)|(?<=\s)'(\w.*?)'(?!\w)")


def _scare_quotes(question: str, sentence: str) -> bool:
    """Whether `sentence` itself puts the phrase `question` quotes in quotation marks, midway ("… the “good and easy to
    win” trade war …"), rather than being someone's quoted words (it opens a quotation, or the phrase is not quoted in
    it: a quotation's second sentence)."""
    quoted = _PHRASE_QUOTED.search(question)
    phrase = next((g for g in quoted.groups() if g), "") if quoted else ""
    start = fold(phrase).split()[:1]
    folded = fold(sentence)
    return bool(start) and not _QUOTE_OPENING.match(sentence) and bool(re.search(rf"[«“\"‘']\s*{re.escape(start[0])}\b", folded))


def _has_the_phrase(question: str, sentence: str) -> bool:
    """Whether `sentence` has at least half the words of the phrase `question` quotes, in any language the lexicon
    knows; True when it quotes none of three words or more."""
    quoted = _PHRASE_QUOTED.search(question)
    terms = content_terms(next((g for g in quoted.groups() if g), "")) if quoted else []
    return len(terms) < 2 or 2 * sum(_present(t, fold(sentence)) for t in terms) >= len(terms)


def _quotes_the_phrase(question: str, sentence: str) -> bool:
    """Whether `sentence` has the words of a phrase `question` quotes in the other language, so from an article in
    that language word for word (« Qui a qualifié … de « good and easy to win » ? »); True when it quotes none, or a
    phrase of two words or fewer, or one in its own language (a translation, which the articles need not word alike)."""
    quoted = _PHRASE_QUOTED.search(question)
    phrase = next((g for g in quoted.groups() if g), "") if quoted else ""
    if len(phrase.split()) < 3 or question_language(phrase) == question_language(question):
        return True
    return all(_present(t, fold(sentence)) for t in content_terms(phrase))


_CALLED_SO = re.compile(r"\b(?:appel\w*|qualifi\w*|consider\w*|selon|called|calls|described|describes|says?|said|dit|declare\w*|affirm\w*|according)\b")
_CREDITED_QUESTION = re.compile(
    r"\bwho (?:does|do|did) (?:[\w'-]+ ){0,4}?(?:credit|attribute)s? (?:[\w'-]+ ){0,2}?(?:with|to) (?:calling|saying|coining|describing|the (?:phrase|expression|words|quote))\b"
    r"|\bwho (?:coined|first (?:said|used|called))\b"
    # "Whom does the English-language article quote as calling the trade war "good and easy to win"?"
    rf"|\ba qui (?:[\w'-]+ ){{0,4}}?(?:attribu|credit)\w*(?:-t-(?:il|elle|on))? {_PHRASE}|\bqui (?:a|avait) (?:invente|forge|lance|employe) {_PHRASE}"
)
# "Whom does the article quote as calling it “good and easy to win”?", « Qui l'article cite-t-il comme ayant qualifié … ? »
# (with the phrase quoted: "Who does the French article quote as saying the accusations are unfounded?" asks whose
# words those are, which a firm's own quote may answer)
_QUOTED_AS_QUESTION = re.compile(
    r"\bwhom? (?:does|do|did) (?:[\w'-]+ ){0,4}?quotes? (?:[\w'-]+ ){0,2}?as (?:calling|saying|describing|having (?:called|said|described))\b(?=.*[\"“«‘])"
    r"|\bqui (?:[\w'-]+ ){0,4}?cite(?:-t-(?:il|elle|on))? (?:comme )?(?:ayant|pour avoir) (?:qualifie|dit|decrit|appele)\b(?=.*[\"“«‘])"
)
# "le nom de la boîte de reconnaissance vocale (qui …)", "the name of the nanotech startup", "what's the nanotech one
# called": what is named.
_CALLED_THING = re.compile(r"\bwhat(?:'s|s| is| was) (?:the|that|this|its|their) ((?:[\w'-]+ ){0,4}?[\w'-]+) called\b")
_OWNER_AFTER = re.compile(r"\s(?:du|de la|de l'|des|of the|of)\s+(?=(?:departement|department|ministere|ministry|tresor|treasury|maison blanche|white house|commerce|gouvernement|government|administration)\b)")
_NAMED_THING = re.compile(r"\b(?:name of|nom (?:de|du|des)|s'appelle|(?:is|was) called)\s+(?:(?:exactly|exactement|precisement|vraiment|really) )?(?:the |la |le |les |l')?((?:[\w'-]+ ){0,4}?[\w'-]+)(?= (?:qui|que|that|which|who|whose|dont|a |has |have |was |is |on |sur |in |dans )|\s*[?,.]|$)")
# whether something was found, asked yes or no: « Et on en a trouvé dans les caméras ? », "Were any backdoors found?"
# (not "found complicit", "a way found", nor whether something was found out: « A-t-on découvert si … ? »)
_FOUND_QUESTION = re.compile(
    r"^(?!.*\b(?:who|qui|que|quoi|qu'est|what|which|where|when|how|why|quel\w*|comment|ou|quand|pourquoi|pk|pq|whether|if|si|found (?:guilty|complicit|responsible|liable|to)"
    r"|(?:find|found) (?:a|any|an) (?:way|workaround|solution|loophole))\b)"
    r".*\b(?:(?:on|ils|elles)\s+(?:en\s+)?(?:a|ont)\s+(?:trouve|decouvert|mis au jour)|a-t-on (?:trouve|decouvert)"  # not « on en trouve », there are
    r"|(?:was|were|been|have|has|had)\s+(?:\w+\s+){0,2}(?:found|discovered|uncovered)|did\s+(?:\w+\s+){0,2}(?:find|discover|uncover))\b"
)
# "Has Amazon cancelled that order?", « SenseTime renonce-t-elle à sa cotation ? »: told as called off, put off or kept
# (asked yes or no: "Why was the IPO cancelled?" asks a reason)
_CANCEL_QUESTION = re.compile(
    r"\b(?:cancel\w*|annul\w*|call(?:ed|ing)? off|rescind\w*|back(?:ed)? out|renonc\w*|abandon\w*|scrap(?:s|ped|ping)?"
    r"|(?:cess|arret)(?:e|er|es|ent|ait|aient|ee|ees)\s+d(?:e\b|')|stop(?:s|ped|ping)? (?:using|selling|buying|working|doing)|pull(?:ed|s|ing)? (?:(?:the|those|these|that|this|its|their|his|her|all) (?!(?:[\w'-]+ ){0,2}?(?:data|information|info|money)\b)(?:[\w'-]+ ){0,2}?)?out|quit)\b"  # « Nike a-t-elle cessé de vendre via Alibaba ? »
)
_CANCEL_TOLD = re.compile(
    r"\b(?:cancel\w*|annul\w*|call\w* off|rescind\w*|abandon\w*|renonc\w*|scrap\w*|suspend\w*|report|report(?:e|ee|ees|es|er|ait)|postpon\w*|delay\w*|repouss\w*"
    r"|determin\w*|maintien\w*|still|toujours|encore|romp\w*|rupture|broke (?:off|ties|with)|cut ties|dropp\w*|ended|supprim\w*|remov\w*|retir\w*"
    r"|ban\w*|interdi\w*|plus le droit|no longer|licen[cs]e\w*|prohib\w*)\b"  # "stop doing business with them": banned, with a licence
)
# "Is it true that …", « Est-il exact que … », « est-ce que »: a claim's opening, no question word
_CLAIM_FRAME_OPENING = re.compile(r"\b(?:est-(?:il|ce) (?:vrai|exact|juste|correct|certain)|c'est (?:vrai|exact))\s+(?:qu'|que)\s*|\best-ce qu(?:e\b|')")
# « s'est-il excusé ? », "Did Alibaba apologise?": an apology, told as such
_APOLOGY_QUESTION = re.compile(r"\b(?:apologi[sz](?:e|ed|es|ing)|apolog(?:y|ies)|s'est(?:-il|-elle)? excusee?s?|s'excuser|(?:presente|fait|offert)\w* (?:des|ses|leurs) excuses|sa(?:y|id) sorry)\b")
_APOLOGY = re.compile(r"\b(?:apolog\w*|excus\w*|regret\w*|sorry|pardon\w*|oppos\w*|nie|nient|den(?:y|ies|ied)|recus\w*|infonde\w*|refus\w*)\b")  # or a denial
# "Did the US agree?", « Washington a-t-il accepté ? »: how a request ended, told as agreed or refused
# (only asked so, bare: not "Did SenseTime accept the accusations?", which a denial answers)
_AGREED_QUESTION = re.compile(
    r"(?:^|[.?!;]\s+)(?:(?:and|so|but)\s+)?(?:did|has|have|had) (?:[\w-]+ ){0,3}?(?:agree|accept|comply|give in|relent|cede)(?:d|s|ed)?(?: to (?:it|that|this|do so|the request))?\s*[?.!]*\s*$"
    r"|\b(?:a|ont|avait|avaient)(?:-t)?(?:-(?:il|elle|ils|elles))? (?:accepte|accede|cede|obtempere|consenti|donne suite)(?: a (?:cette|la) demande)?\s*[?.!]*\s*$"
)
_AGREED = re.compile(r"\b(?:agreed|accepted|granted|complied|refused|rejected|declined|a accepte|ont accepte|a refuse|ont refuse|a rejete|ont rejete|a cede|a accede|a obtempere|recuse\w*|conteste\w*|s'oppos\w*|oppos\w*|opposed|rejects?|refuses?|accepts?|engag\w*|adopt\w*|passed|approv\w*|issued|accord\w*)\b")
# "Who took over from him?", « Qui lui a succédé ? »: a successor, told as such
_SUCCESSOR_QUESTION = re.compile(
    r"\b(?:who|qui)\b.*\b(?:took over|takes over|succeeded|replaced|successors?|a succede|a remplace|lui a succede|l'a remplace|successeur|successeuse)\b"
    # "griezmann il a signé avec quelle marque après huawei", "Who did he sign with after Huawei?": the next one
    r"|\b(?:signed|signe|sign|a rejoint|joined|partnered) (?:(?:a deal|un contrat) )?(?:with|avec) (?:which|what|whom|quel(?:le)?s?|qui)\b(?:(?!\b(?:before|avant)\b)[^?])*\b(?:after|apres)\b"
)
_SUCCESSOR_TOLD = re.compile(r"\b(?:succe\w*|replac\w*|remplac\w*|took over|takes over|nomme\w*|appointed|named to|a pris la (?:tete|suite|releve)|signed|a signe|a rejoint|joined)\b")
# "Which other countries have banned Hikvision?": a country beside the articles' own two
# a count of what is somewhere else than a place: "How many were meant for its sites outside the United States?"
_OUTSIDE_PLACE = re.compile(r"\b(?:outside(?: of)?|beyond|(?:hors|en dehors|a l'exterieur) d(?:es?|u)|ailleurs qu'(?:aux?|en)) (?:the )?([\w-]+)(?: ([\w-]+))?")
_ACQUIRED = re.compile(r"\b(?:buy|buys|bought|purchas\w*|import\w*|get|got|spen[dt]|pa(?:y|id|ye)|raised?|achet\w*|depens\w*|pay\w*|lev(?:er|e|ee|ait)|obten\w*|obtenu\w*|acqui\w*)\b")
_ELSEWHERE = re.compile(r"\b(?:abroad|overseas|a l'etranger|in other countries|dans d'autres pays|elsewhere|ailleurs|international (?:sites|facilities|warehouses))\b")


def _counted_elsewhere(folded_question: str, best: Sequence[str]) -> bool:
    """Whether a count asks for what is somewhere else than a place ("How many were meant for its sites outside the
    United States?", "… abroad?") and the best sentence counts what is in that place (« à travers les États-Unis »), or
    any place of the lexicon for "abroad", with nothing said of elsewhere. Not what is counted coming from outside:
    "How many cameras did Amazon buy from a firm outside the US?"."""
    outside = _OUTSIDE_PLACE.search(folded_question)
    if not best or re.search(r"\bfrom (?:[\w'-]+ ){0,3}?(?:outside|hors|en dehors)\b", folded_question) or _ACQUIRED.search(folded_question):
        return False  # (nor what was bought or spent abroad: « Combien de caméras Amazon a-t-elle achetées à l'étranger ? »)
    sentence = fold(best[0])
    if _OUTSIDE_TOLD.search(sentence):
        return False
    if outside:
        place = next((p for p in (" ".join(outside.groups("")).strip(), outside.group(1)) if is_place(p) or place_key(p) != p), "")
        return bool(place) and any(re.search(rf"\b{re.escape(form)}", sentence) for group in PLACES if place_key(place) == group[0] for form in group)
    return bool(_ELSEWHERE.search(folded_question)) and any(re.search(rf"\b{re.escape(form)}\b", sentence) for group in PLACES for form in group if len(form) > 3)


_OUTSIDE_TOLD = re.compile(r"\b(?:outside|beyond|abroad|overseas|elsewhere|international\w*|hors|dehors|exterieur|etranger|ailleurs|autres? pays|other countries|(?:dans|a travers) le monde|the world|worldwide|mondial\w*)\b")
_OTHER_COUNTRIES_QUESTION = re.compile(r"\b(?:which|what) other (?:countries|nations|governments)\b|\bquel(?:le)?s? autres? (?:pays|nations|etats|gouvernements)\b")
# "Who discovered …?", "Qui a découvert …?": who did it (group 1: the verb).
# "Who discovered the iOS hack?"; « le hack ios visant les ouïghours, qui l'a découvert ? » (the topic first, and the
# question last: not « Dahua, qui a vendu les caméras, est-elle … ? »)
_DOER_QUESTION = re.compile(r"(?:^|(?:,\s*|\bc(?:'est)?\s+)(?=(?:and |et )?(?:who|qui) (?:l'|les |la |le )?(?:a|ont|avait|avaient|had|has|have) [a-z]+\s*\??\s*$))(?:(?:and|et|so|alors)\s+)?(?:who|qui)\s+(?:(?:actually|really|first|originally)\s+)?(?:(?:l'|les\s+|la\s+|le\s+)?(?:a|ont|avait|avaient|had|has|have)\s+)?(?!(?:is|was|are|were|est|etait|sont|etaient|a|ont)\b)([a-z]{4,})\b(?!-(?:t-)?(?:on|il|elle|ils|elles)\b)")  # "who actually discovered …", « le hack …, c qui l'a découvert ? »; not « Qui soupçonne-t-on … ? », whom
_HAVE = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|aura|auront|avoir|ayant|has|have|had|having)\s+(?!(?:ete|been)\s)(?:\w+\s+){0,2}$")  # not "a été placée"
_BY = re.compile(r"^(?:\s*[\w'’-]+){0,5}?\s*\b(?:by|par)\b")
_PARTICIPLE = re.compile(r"(?:ed|é|ée|és|ées|is|ise|it|ite|u|(?<!iq)ue|ert|erte)$")  # not « publique »


def doer_untold(question: str, sentences: Sequence[str]) -> bool:
    """Whether `question` asks who did something ("Who discovered the iOS hack?", « Qui a mis au jour … ? ») that
    `sentences` tell only as done by no one ("the recent hack discovered for iOS devices")."""
    folded = fold(question)
    doer = _DOER_QUESTION.search(re.sub(r"\bmise?s? au jour\b|\b(?:found|spotted)\b(?! out\b)", "decouvert", folded))  # « mis au jour », "found": discovered
    if not doer or _SOURCE_QUESTION.search(folded):
        return False
    told = [_done_by(doer.group(1), s) for s in sentences]
    return False in told and True not in told


# A share of a firm's sales or of a market, asked for ("What share of its sales …", « part de marché »), and the words
# a sentence giving it has (a third of the surveillance sector is a share of its market)
_SHARE_ASKED = re.compile(
    r"\b(?:part|share|proportion|pourcentage|percentage|fraction)s? (?:de (?:ses |leurs |son |sa |leur |ce |cet |cette |ces |la |l')?|d'|du |des |of (?:its |their |the |that |this |those |these )?)"
    r"([\w-]{3,}(?: d'affaires)?)\b"
)
_SHARE_OF = {
    **dict.fromkeys(("marche", "market"), r"\b(?:marches?|markets?|secteurs?|sectors?)\b"),
    **dict.fromkeys(("ventes", "sales", "revenu", "revenus", "revenue", "revenues", "chiffre d'affaires", "turnover", "profit", "profits", "benefice", "benefices"),
                    r"\b(?:ventes|sales|revenus?|revenues?|chiffre d'affaires|turnover|profits?|benefices?|marches?|markets?|secteurs?|sectors?)\b"),
    # (a sum, or a part of what was counted: « un tiers de ces caméras » for « Quelle part de ce chiffre … ? »)
    **dict.fromkeys(("chiffre", "figure", "amount", "montant"), r"\b(?:dollars?|euros?|millions?|milliards?|billions?|de ces|of these|of those|of them|d'entre (?:eux|elles))\b|[$€]"),
}
_SHARE_SOURCE = re.compile(r"\b(?:d'ou|where|who|qui|whose|source|selon qui|according to whom|on what basis)\b")
_COMPARED_SHARE = re.compile(r"\b(?:larger|largest|bigger|biggest|smaller|more|less|plus|moins)\b")  # "the larger share": which, not how much
_FRACTION = re.compile(r"\b(?:tiers|third|thirds|quarts?|quarters?|moitie|half|majorite|majority|\d+(?:[.,]\d+)? ?(?:%|pour ?cent|percent|per cent))")
# "Which US companies …?", « Quelles entreprises américaines … ? »: American firms asked for by their nationality
_AMERICAN_FIRMS_ASKED = re.compile(
    r"\b(?:which|what|quel(?:le)?s?) (?:\w+ )?(?:us|u\.s\.|american|americaines?|americains?|etats-uniens?|etats-uniennes?) (?:compan(?:y|ies)|firms?|businesse?s?|brands?|partners?|customers?|clients?|entreprises?|societes?|firmes?|groupes?|marques?|partenaires?)\b"
    r"|\b(?:which|what|quel(?:le)?s?) (?:compan(?:y|ies)|firms?|entreprises?|societes?|firmes?|groupes?|marques?|partenaires?) (?:us|u\.s\.|american|americaines?|americains?|etats-uniens?|etats-uniennes?)\b"
)
# the words of Chinese firms' full names ("Hangzhou Hikvision Digital Technology Co", "Alibaba Cloud")
_FULL_NAME_WORDS = frozenset("hangzhou zhejiang digital technology technologies co group groupe ltd inc cloud".split())


def _names_beside_chinese_firms(sentence: str, asked: Collection[str]) -> set[str]:
    """The names `sentence` gives (its opening one too, when the articles spell it) that are neither asked about, nor
    places, nor Chinese firms and the words of their full names."""
    opening = words(fold(sentence))[:1]
    named = names_in_question(sentence) | {w for w in opening if is_known_name(w)}
    return {n for n in named - set(asked) - CHINESE_FIRMS if not is_place(n) and n not in _FULL_NAME_WORDS}


# The investment ban's list, which the articles tell of without its members (« la Maison Blanche a interdit aux
# Américains d'investir dans une liste d'entreprises liées à l'armée chinoise »), and what asks who is on a list
_INVESTMENT_BAN = r"\b(?:interdi\w*|ban(?:s|ned|ning)?|barred|prohib\w*|forb[ia]d\w*|block\w*|bloqu\w*)\b[^?.]{0,60}\binvest\w*|\binvest\w*[^?.]{0,20}\bban\b"
_INVESTMENT_LIST = re.compile(rf"{_INVESTMENT_BAN}|\b(?:armee|army|military|militaire)\b")
# what points back at the list the last turn told of: "on that list", « Lesquelles ? », "which ones", "among them"
_BACK_TO_THE_LIST = re.compile(r"\b(?:(?:that|this|the same|the) list|(?:cette|la|ladite) liste|lesquel(?:le)?s|which ones?|on it|among them|parmi (?:elles|eux|celles-ci|ceux-ci)|y figur\w*)\b")
# the trade blacklist, whose members the articles name
_TRADE_BLACKLIST = re.compile(r"\b(?:entity|entites?|liste noire|blacklist\w*|black list|commerce|28)\b")
_MEMBERS_ASKED = re.compile(
    r"\b(?:which|what|quel(?:le)?s?) (?:\w+ )?(?:compan(?:y|ies)|firms?|entreprises?|societes?|firmes?|groupes?|ones?)\b|\blesquel(?:le)?s\b"
    r"|\b(?:among|parmi)\b|\bon (?:that|the|this) list\b|\bsur (?:cette|la|ladite) liste\b|\bfigur(?:ent|aient|ait|er|e-t)\b|\binclu\w*|\bname them\b"
    r"|\bnames? of (?:the |those |these )?(?:compan|firm)|\bnoms? (?:des|de ces) (?:entreprises|societes|firmes)|\bwho(?:'s| is| are) on\b"
)


# "another smartphone brand? Which one?", « Quelle autre entreprise … ? »: one of a kind (group 1) besides those named so far
_FIRM_KINDS = (
    r"(brands?|marques?|labels?|compan(?:y|ies)|firms?|entreprises?|societes?|sponsors?"
    r"|suppliers?|fournisseurs?|manufacturers?|fabricants?|makers?|customers?|clients?|partners?|partenaires?)\b"
)
_ANOTHER_OF_KIND = re.compile(rf"\b(?:another|other|autres?)\s+(?:[\w-]+\s+){{0,2}}?{_FIRM_KINDS}")
# the other ones the which-word asks for ("which other brands …?", « quelle autre entreprise … ? »), not others it
# names ("What sets Hikvision apart from other firms?"); or a which part of its own ("… another brand? Which one?")
_WHICH_OTHER_KIND = re.compile(rf"\b(?:which|what|quel(?:le)?s?|lesquel(?:le)?s|lequel|laquelle)\s+(?:[\w-]+\s+){{0,2}}?(?:other|autres?)\s+(?:[\w-]+\s+){{0,2}}?{_FIRM_KINDS}")
_WHICH_PART = re.compile(r"\b(?:which(?: ones?)?|lesquel(?:le)?s|lequel|laquelle)\s*[?.!]*\s*$")
# "besides that one", « à part Honeywell »: some set aside, the others asked for
_DESCRIBED_ASIDE = re.compile(
    rf"{_SET_ASIDE_WORDS}\s+(?:the|that|celle|celui|la|le)\s+(?:one|only|seule?|unique)\b[^,?]*?\b(?:names?|named|mentions?|mentioned|cites?|cited|gives?|given|nomme\w*|cite\w*|mentionne\w*|donne\w*)\b"
)
_SET_ASIDE = re.compile(rf"(?:{_SET_ASIDE_WORDS}|\bautres? que)\b")


def another_unnamed(question: str, earlier: Sequence[str], answered: Sequence[str], sentences: Sequence[str]) -> bool:
    """Whether a question asks which one of a kind other than those the conversation named ("Is it true he then signed
    as an ambassador for another smartphone brand? Which one?" after a turn on Griezmann and Huawei; « à part
    Honeywell, lesquelles ? » after « d'autres marques populaires, par exemple Honeywell », the kind the last answer
    told of) and none of `sentences` (the answer's) names a firm the question, the earlier questions and the last
    answer (the first of `answered`) have not, as the articles spell names: a sentence on his break with Huawei names
    no other brand. Outlets, places and governments do not count ("Le reportage du Post …", "le Trésor"), nor, for
    brands, a firm named where no brand is. `sentences` may come with the sentences before them that name their subject."""
    folded = fold(question)
    if not sentences or _KIND_QUESTION.search(folded):
        return False  # "what other kinds of companies …?" asks kinds
    kind = _WHICH_OTHER_KIND.search(folded) or (_ANOTHER_OF_KIND.search(folded) if _WHICH_PART.search(folded) else None)
    if not kind and answered and _SET_ASIDE.search(folded) and _WHICH_PART.search(folded):
        kind = _ANOTHER_OF_KIND.search(fold(answered[0]))  # « à part Honeywell, lesquelles ? »: the kind the last answer told of
    if not kind:
        return False  # "sold under other brand names, such as Honeywell?", "What sets them apart from other firms?" ask none
    brands = bool(_BRANDS.fullmatch(kind.group(1)))
    said = set(words(" ".join([question, *earlier, *answered[:1]])))
    # "Besides the one brand the article names, which other …?": the one it sets aside is the first it finds named
    described = bool(_DESCRIBED_ASIDE.search(folded))
    for sentence in sentences[:1] if described else sentences:  # (the article's own, in its best sentence)
        if brands and not _BRANDS.search(fold(sentence)):
            continue  # "… au Zhejiang Dahua", "… commandées par Amazon": a maker and a buyer, no brand
        places = set(_new_places(sentence, said))
        for name in _new_names(_without_reporters(sentence), said):
            folded_name = fold(name)
            if not is_known_name(name) or name in places or folded_name in _OUTLET_WORDS | _GOVERNMENT_WORDS | _CAPITAL_WORDS or _ACTOR.search(folded_name):
                continue  # "le Trésor", « la Maison Blanche de Trump »: no firm
            if described:
                described, said = False, said | {folded_name}
                continue
            if folded_name in said:
                continue
            return False
    return True


def list_members_untold(question: str, earlier: Sequence[str], answered: Sequence[str], sentences: Sequence[str]) -> bool:
    """Whether a question asks who is on the investment ban's list ("Was Hikvision among the companies Americans were
    barred from investing in?", or « Lesquelles exactement ? » after a turn on that ban) while no sentence the answer
    would quote ties a firm to that list: the entity list's members ("Parmi les sociétés présentes sur cette liste …")
    are another list's."""
    folded = fold(question)
    asked_first = [p for p in folded.split("?") if p.strip()][:1]
    if not asked_first or not _MEMBERS_ASKED.search(asked_first[0]):
        return False  # (« La Maison Blanche a-t-elle interdit … ? Lesquelles ? »: the ban, answered first, beside its members)
    own = _INVESTMENT_LIST.search(folded)
    before = fold(" ".join([*earlier[-1:], *answered[-1:]]))
    # a follow-up on the ban ("Which companies are on that list?"), naming no list of its own, after a turn that told
    # of no other list
    follows = (
        not own
        and _BACK_TO_THE_LIST.search(folded)
        and not _TRADE_BLACKLIST.search(folded)
        and not names_in_question(question)
        and re.search(_INVESTMENT_BAN, before)
        and not _TRADE_BLACKLIST.search(before)
    )
    if not own and not follows:
        return False
    asked = names_in_question(question)
    return not any(_INVESTMENT_LIST.search(fold(s)) and _new_names(s, asked | {"maison", "blanche", "white", "house"}) for s in sentences[:2])


def found_by_no_one(question: str, sentences: Sequence[str]) -> bool:
    """Whether a part of `question` asks who found something ("…, and who uncovered it?") that `sentences` tell only as
    found by no one ("the recent hack discovered for iOS devices"): a discovery the articles tell without its finder."""
    if (found := re.search(rf"{_DISCOVERY.pattern}[^,?]*,?\s*(?:and|et) (?:by whom|par qui)\s*[?.!]*\s*$", fold(question))):
        return doer_untold(f"who has {_DISCOVERY.search(found.group(0)).group(0)}", sentences)  # "How was the iOS hack discovered, and by whom?"
    return any(_DISCOVERY.search(fold(part)) and doer_untold(part, sentences) for part in question_parts(question))


_DISCOVERY = re.compile(r"\b(?:discover\w*|uncover\w*|found|spotted|decouv\w*|mise?s? au jour|repere\w*)")


def _done_by(verb: str, sentence: str) -> bool | None:
    """Whether `sentence` says who did folded `verb` (or its translation): None when it lacks the verb; False when it
    has it only as a participle without its doer ("the hack discovered for iOS devices"); True otherwise ("le Trésor a
    placé SenseTime": the subject did it; "des pages découvertes par IPVM": by whom; "vient d'inscrire": no participle)."""
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return None  # positions in the folded text must be those of the sentence
    stems = {stem(form, 5) for form in equivalents(verb) if " " not in form and len(form) >= 4}
    told = None
    for match in re.finditer(rf"\b(?:{'|'.join(map(re.escape, stems))})\w*", folded):
        if not _PARTICIPLE.search(sentence[match.start() : match.end()].lower()):
            return True
        if _HAVE.search(folded[: match.start()]) or _BY.match(folded[match.end() :]):
            return True
        told = False
    return told


# "Which US department …?", "Quelle entreprise de reconnaissance vocale … ?": one firm or body, asked by its kind
# (group 2), with what sets it apart before (group 1) or after it (group 3).
# the kinds of thing "Which …?" asks one of by its name
_ONE_OF_KIND = (
    r"(compan(?:y|ies)|firms?|startups?|start-ups?|ministry|ministries|departments?|agency|agencies|entreprises?|societes?|firmes?|boites?"
    r"|ministeres?|departements?|agences?|suppliers?|vendors?|fournisseurs?|customers?|clients?|ngos?|ong|police (?:forces?|departments?|units?)|forces? de police)\b"
)
_WHICH_ONE = re.compile(
    r"\b(?:which|what|quel(?:le)?s?)\s+((?:[\w-]+\s+){0,2}?|(?:(?!(?:[\w-]+-t-|[\w-]+-(?:il|elle)s?\b|(?:to|of|in|for|on|with|by|from|at|happen\w*|do|does|did|is|are|was|were|has|have|had|can|could|would|will|should|must|may|these|those|a|ont|est|sont|etait|avait|de|du|des|aux|au|en|ces|contre|pour|avec|par|sur|dans)\b))[\w-]+\s+){3}|(?:[\w-]+\s+){1,2}(?:or|ou)\s+(?:[\w-]+\s+)?)"  # "which Xinjiang police or government agencies"
    + _ONE_OF_KIND +
    r"(?!'s\b|(?<=s)'|\s+names?\b)(?:\s+(?:(?:de|du|des)\b\s*|d')((?:[\w'-]+ ){0,3}?[\w'-]+)(?= (?:qui|que|a|ont|est|sont|avait|etait|a-t-elle|a-t-il)\b|\s*[?,.]|$))?"
)
# "at least one ministry", « une start-up de nanotechnologies »: one of a kind, not named
_SOME_OF_KIND = re.compile(r"\b(?:un|une|one|a|an|some|certain(?:e)?s?|plusieurs|several|deux|two|trois|three|d'autres|other|des)\s+(?:[\w-]+\s+(?:d'|de |of )?)?" + _ONE_OF_KIND)  # « une liste d'entreprises »
# "What did the company …", "quel type de start-up", "d'un autre domaine": no firm asked for by its name.
# "Which stock exchange …?", "which Megvii subsidiaries", « quel programme de sanctions », "under which regulation",
# "which executive order":
# things of a kind (group 1) the answer names, with the word of their kind.
_NAMED_KIND_QUESTION = re.compile(
    r"\b(?:which|what|quel(?:le)?s?)\s+(?:(?!(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|the|a|an|est|sont|etait|a|ont|le|la|les|l)\b)[\w-]+\s+){0,2}?(subsidiar(?:y|ies)|filiales?|regulations?|reglements?|reglementations?"
    r"|programmes?|programs?|exchanges?|bourses?|executive orders?|decrets?|ordres? executifs?|versions?(?= (?:of |d'|de |du )?(?:l')?(?:ios|android|windows|iphone|logiciel|software|app))"
    r"|textes? (?:juridiques?|legaux|legal)|legal (?:texts?|basis|instruments?|authority)|bases? (?:juridiques?|legales?)|fondements? juridiques?|statutes?"
    r"|police (?:bureaus?|departments?|stations?|units?)|services? de police|commissariats?|bureaux? de (?:la )?(?:police|securite publique)"
    r"|places? boursieres?)\b"
)
_SANCTIONS_ASKED = re.compile(r"\s+(?:de |of |d')?sanctions?\b")
_SANCTIONS_PROGRAMME = re.compile(r"\bprogra\w* (?:de |of )?sanctions?\b|\bsanctions? program\w*|\b(?:ofac|sdn)\b")
_SUBSIDIARY = re.compile(r"\b(?:subsidiar\w*|filiales?)\b")
_REGULATION = re.compile(r"\b(?:regulations?|reglements?|reglementations?|rules?|regles?)\b")
_ORDER = re.compile(r"\b(?:executive orders?|decrets?|ordres? executifs?)\b")
# a legal instrument named: « en vertu du décret 13959 », "under the Export Administration Regulations"
_LEGAL = re.compile(r"\b(?:laws?|lois?|acts?|statutes?|bills?|legislation|decrets?|executive orders?|regulations?|reglements?|reglementations?|sections?)\b")
_EXCHANGE = re.compile(r"\b(?:exchanges?|bourses?|stock markets?|nyse|nasdaq)\b")
# where shares trade, told by the exchange or by where they are listed (« cotée à New York », « se négocient à … »)
_TRADED_ON = re.compile(rf"{_EXCHANGE.pattern}|\b(?:cotee?s?|listed|traded|se negoci\w*|negociee?s?)\s+(?:a|en|in|on)\b")
# the word of each kind, by the first four letters of the question's noun, in either language
_KIND_TOLD = {
    "subs": _SUBSIDIARY, "fili": _SUBSIDIARY, "regu": _REGULATION, "regl": _REGULATION,
    "prog": re.compile(r"\bprogra\w*"), "exch": _EXCHANGE, "bour": _EXCHANGE,
    "exec": _ORDER, "decr": _ORDER, "ordr": _ORDER,
    "text": _LEGAL, "lega": _LEGAL, "base": _LEGAL, "fond": _LEGAL, "stat": _LEGAL,
    # « Quels services de police du Xinjiang … ? »: a police unit named, not "la surveillance policière au Xinjiang"
    **dict.fromkeys(("poli", "serv", "comm", "bure"), re.compile(r"\b(?:police|public security|securite publique) (?:bureaus?|departments?|stations?)\b|\b(?:services?|bureaux?|departements?) de (?:la )?(?:police|securite publique)\b|\bcommissariats?\b")),
    "vers": re.compile(r"\b(?:versions?|ios|android|windows)\s*\d"),
    "plac": _EXCHANGE,  # « sur quelle place boursière »  # « Quelles versions d'iOS … ? »: "iOS 12", not "iOS devices"
}
_NOT_ONE_BY_NAME = frozenset("the a an this that its their did does do is was are were has have had le la les l un une ce cette son sa leur est etait ont avait".split())
_KIND_WORDS = frozenset("type types kind kinds sort sorts genre genres categorie domaine domaines field fields secteur sector".split())
_OTHER = frozenset("other another autre autres same meme only seule seul single".split())  # "quelle autre entreprise"
_FEDERAL = frozenset("federal federale federales federaux".split())  # "Which federal department …?": any US one is
_KINDS_OF_FIRM = frozenset("boite boites entreprise entreprises societe societes firme firmes company companies firm firms startup start-up groupe group".split())
_GENERIC_CAPS = frozenset("ai ia us un eu ue usa uk the le la les l un une des".split())

REFUSALS_BY_TYPE = {
    "en": {
        "number": "The articles do not say: none of the passages about this gives a figure.",
        "date": "The articles do not say: none of the passages about this gives a date.",
        "name": "The articles do not say: the passages about this give no name.",
        "person": "The articles do not say: the passages about this name no one.",
        "speech": "The articles do not say: the passages about this report no words from them.",
        "place": "The articles do not say: the passages about this name no place.",
        "count": "The articles do not say: the figures in the passages about this count something else.",
        "amount": "The articles do not say: none of the passages about this gives an amount of money.",
        "reason": "The articles do not say: according to the passages about this, no reason was given.",
        "outcome": "The articles do not say: the passages about this do not report what happened afterwards.",
        "duration": "The articles do not say: none of the passages about this gives a duration.",
        "target": "The articles do not say: none of the passages about this says it was done to them.",
        "undetermined": "The articles do not say: according to them, this could not be determined.",
        "penalty": "The articles do not say: the passages about this name no penalty.",
        "comparison": "The articles do not say: the passages about this do not compare them.",
        "data": "The articles do not say: the passages about this say nothing of the data behind it.",
    },
    "fr": {
        "number": "Les articles ne précisent pas : aucun des passages sur ce sujet ne donne de chiffre.",
        "date": "Les articles ne précisent pas : aucun des passages sur ce sujet ne donne de date.",
        "name": "Les articles ne précisent pas : les passages sur ce sujet ne donnent aucun nom.",
        "person": "Les articles ne précisent pas : les passages sur ce sujet ne nomment personne.",
        "speech": "Les articles ne précisent pas : les passages sur ce sujet ne rapportent aucun propos de leur part.",
        "place": "Les articles ne précisent pas : les passages sur ce sujet ne nomment aucun lieu.",
        "count": "Les articles ne précisent pas : les chiffres des passages sur ce sujet comptent autre chose.",
        "amount": "Les articles ne précisent pas : aucun des passages sur ce sujet ne donne de montant.",
        "reason": "Les articles ne précisent pas : d’après les passages sur ce sujet, aucune raison n’a été donnée.",
        "outcome": "Les articles ne précisent pas : les passages sur ce sujet ne disent pas ce qui s’est passé ensuite.",
        "duration": "Les articles ne précisent pas : aucun des passages sur ce sujet ne donne de durée.",
        "target": "Les articles ne précisent pas : aucun des passages sur ce sujet ne dit que cela les a visés.",
        "undetermined": "Les articles ne précisent pas : selon eux, cela n'a pas pu être déterminé.",
        "penalty": "Les articles ne précisent pas : les passages sur ce sujet ne mentionnent aucune peine.",
        "comparison": "Les articles ne précisent pas : les passages sur ce sujet ne les comparent pas.",
        "data": "Les articles ne précisent pas : les passages sur ce sujet ne disent rien des données sur lesquelles cela repose.",
    },
}

REFUSAL_GENERIC = {
    "en": "The articles do not say: no passage answers this question.",
    "fr": "Les articles ne précisent pas : aucun passage ne répond à cette question.",
}


def refusal_text(lang: Lang, missing: Sequence[str], question: str, apart: Sequence[str] = ()) -> str:
    """The refusal naming the `missing` terms, or, when each is named somewhere but no article names them all, the
    terms that are `apart`."""
    if not missing:
        return REFUSAL_GENERIC[lang]
    originals = _original_forms(question, apart or missing)
    quoted = [f"“{t}”" if lang == "en" else f"« {t} »" for t in originals]
    if len(apart) == 1:
        return REFUSALS_ONE_APART[lang].format(term=quoted[0])
    if apart:
        last = (" and " if lang == "en" else " et ").join(quoted[-2:])  # "“Hikvision” and “Amazon”"
        return REFUSALS_APART[lang].format(terms=", ".join([*quoted[:-2], last]))
    return REFUSALS[lang].format(terms=", ".join(quoted))


def _original_forms(question: str, folded_terms: Sequence[str]) -> list[str]:
    by_fold = {}
    for raw in re.findall(r"[\w\-]+", question):
        for token in words(raw):
            by_fold.setdefault(token, raw)
    return [by_fold.get(t, t) for t in folded_terms]


# ---------------------------------------------------------------- extractive answer

_INTRO = {
    "en": {"same": "According to the articles:", "other": "According to the articles (in French):"},
    "fr": {"same": "D’après les articles :", "other": "D’après les articles (en anglais) :"},
}
# a claim checked that the articles correct (`claim_corrected`)
_CORRECTING_INTRO = {
    "en": {"same": "The articles say otherwise:", "other": "The articles (in French) say otherwise:"},
    "fr": {"same": "Les articles disent autre chose :", "other": "Les articles (en anglais) disent autre chose :"},
}


class ExtractiveAnswerer:
    """Quotes the best evidence sentences, each followed by the marker of its passage.

    Only the best sentence may come from any passage; another source is cited only from the first
    `new_source_passages`. The quotes fit in `max_chars`, or `several_chars` for a question about several firms or in
    several parts (each may need its source); a sentence from a passage already cited may stretch them to
    `same_source_chars`, since it adds words but no source to check (the sentence after "Alibaba's site showed how
    clients could detect Uyghur faces" says which software it was).

        answerer = ExtractiveAnswerer(max_sentences=3, max_chars=450)
        draft = answerer.answer("Who blacklisted SenseTime?", "en", passages, evidence)
    """

    name = "extractive"

    def __init__(
        self,
        max_sentences: int = 3,
        max_chars: int = 450,
        margin: float = 0.10,
        new_source_factor: float = 0.3,
        same_source_chars: int = 600,
        new_source_passages: int = 2,
        several_chars: int = 500,
    ):
        if max_sentences <= 0:
            raise ValueError(f"max_sentences must be greater than 0, got {max_sentences}")
        self.max_sentences, self.max_chars, self.margin = max_sentences, max_chars, margin
        self.several_chars = max(several_chars, max_chars)
        self.same_source_chars = max(same_source_chars, self.several_chars)
        self.new_source_passages = new_source_passages
        self.new_source_factor = new_source_factor

    def choose(self, question: str, evidence: Sequence[Evidence], leads: Sequence[Evidence] = (), apart: bool = False) -> list[Evidence]:
        """The best sentence, the best one for each part of a multi-part question (`leads`), then runners-up
        within `margin` of the best that repeat none of the chosen ones. `apart`: each part is answered by another
        article, so each part's sentence may stretch the quotes to `same_source_chars`."""
        if not evidence:
            return []
        best = evidence[0]
        chosen = [best]
        size = len(best.sentence)
        budget = self.several_chars if _about_several(question) else self.max_chars
        for lead in leads:
            if len(chosen) < self.max_sentences and size + len(lead.sentence) <= (self.same_source_chars if apart else budget) and not any(
                _near_duplicate(lead.sentence, c.sentence) for c in chosen
            ):
                chosen.append(lead)
                size += len(lead.sentence)
        # A question for one figure, date, place, source or name is answered from one passage: in the reference
        # sets, another source only restated it or answered something else.
        new_sources = 0 if wants_one_answer(question) else self.new_source_passages
        for ev in evidence[1:]:
            if len(chosen) >= self.max_sentences:
                break
            if ev.score < best.score - self.margin:
                break
            cited = ev.passage in {c.passage for c in chosen}
            if not cited and (ev.score < best.score - self.margin * self.new_source_factor or ev.passage > new_sources):
                # Another source must be closer to earn its citation, and among the best-ranked passages: of the
                # extra sources the reference sets cited from the 4th or 5th passage, one in four supported the answer;
                # over 27 sets, keeping them to the first two rather than three put 13 items up and 4 down.
                continue
            if size + len(ev.sentence) > (self.same_source_chars if cited else budget):
                continue
            if any(_near_duplicate(ev.sentence, c.sentence) for c in chosen):
                continue
            chosen.append(ev)
            size += len(ev.sentence)
        return self._with_what_best_points_to(chosen, evidence, size)

    def _with_what_best_points_to(self, chosen: list[Evidence], evidence: Sequence[Evidence], size: int) -> list[Evidence]:
        """"Il s'agit des deux plus grandes sociétés …" says nothing without the sentence before it, which names them:
        a best sentence opening with such a pronoun brings that sentence along, from the same passage, when it fits."""
        best = chosen[0]
        if not best.antecedent or not _PRESENTATIVE.match(best.sentence):
            return chosen
        if any(best.antecedent in c.sentence or c.sentence in best.antecedent for c in chosen):
            return chosen
        before = next((e for e in evidence if e.passage == best.passage and e.sentence == best.antecedent), None)
        if before is None or size + len(before.sentence) > self.same_source_chars:
            return chosen
        return [best, before, *chosen[1:]]  # the best stays first (what is checked); quotes keep the article's order

    def answer(
        self,
        question: str,
        lang: Lang,
        passages: Sequence[Passage],
        evidence: Sequence[Evidence],
        leads: Sequence[Evidence] = (),
        apart: bool = False,
        correcting: bool = False,
    ) -> Draft:
        """The best sentences quoted, each with its passage's marker; `correcting` when they correct a claim checked."""
        chosen = self.choose(question, evidence, leads, apart)
        # Keep the article's order within a passage so quotes read naturally.
        first_use = {e.passage: i for i, e in reversed(list(enumerate(chosen)))}
        chosen.sort(key=lambda e: (first_use[e.passage], _position(passages, e)))
        source_langs = {passages[e.passage - 1].chunk.lang for e in chosen}
        # Say so when every quote is in the other language than the question.
        intro = (_CORRECTING_INTRO if correcting else _INTRO)[lang]["same" if lang in source_langs else "other"]
        parts = [intro]
        quoted: dict[int, list[str]] = {}
        for e in chosen:
            parts.append(f"{_quote(e.sentence, lang)} [{e.passage}]")
            quoted.setdefault(e.passage, []).append(e.sentence)
        return cite(" ".join(parts), passages, quoted)


def _about_several(question: str) -> bool:
    """A question about several firms ("The SenseTime article and the Amazon article …") or in several parts ("When
    was SenseTime listed, and why?": a bare second question word is a second part too)."""
    return len(_names_spelt(question)) >= 2 or len([p for p in _SECOND_QUESTION.split(question) if p.strip(" ,;?")]) >= 2


def wants_one_answer(question: str) -> bool:
    """A question for one figure, date, duration, place, source or name ("Which news agency reported …?", "Dans
    combien de villes … ?"), in one part and about at most one firm or person (not "the full names of Hikvision and
    Dahua", not "The SenseTime article and the Amazon article both estimate …")."""
    folded = fold(question)
    one_kind = any(
        p.search(folded)
        for p in (_NUMERIC_QUESTION, _DATE_QUESTION, _DURATION_QUESTION, _SOURCE_QUESTION, _PLACE_QUESTION, _NAME_QUESTION, _PERSON_QUESTION)
    )
    return one_kind and not _about_several(question)


def _position(passages: Sequence[Passage], e: Evidence) -> int:
    return passages[e.passage - 1].chunk.text.find(e.sentence)


def _quote(sentence: str, lang: Lang) -> str:
    sentence = sentence.strip()
    if lang == "fr":
        return f"« {sentence} »"
    return f"“{sentence}”"


def _near_duplicate(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) > 0.8
