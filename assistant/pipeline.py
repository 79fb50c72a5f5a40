"""The question path, top to bottom: condense → retrieve → select evidence → refuse or answer → cite.

    bot = build_assistant(Settings())
    answer = bot.ask("Who made that decision?", history=[{"role": "user", "content": "Which firms were put on the entity list?"}])
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable, Collection, Iterator, Sequence

from assistant.answering import (
    REFUSALS_BY_TYPE,
    Evidence,
    EvidenceSelector,
    ExtractiveAnswerer,
    Support,
    check_support,
    claim_corrected,
    found_by_no_one,
    another_unnamed,
    list_members_untold,
    grounds_given,
    missing_answer_type,
    names_the_one_before,
    left_undetermined,
    left_unexplained,
    question_parts,
    quotes_with_credits,
    referred_to,
    refusal_text,
    sentence_units,
    shares_a_term,
    unanswered_after,
    words_asked_about,
    with_list_owner,
    with_rest_noun,
    with_referred_body,
    with_referred_firm,
    with_one_asked,
    with_role_owner,
    without_likeness,
)
from assistant.citations import Draft
from assistant.config import Settings
from assistant.embedding import Embedder
from assistant.errors import InvalidQuestion
from assistant.feedback import FeedbackStore
from assistant.indexing import Indexer
from assistant.lexicon import described_names, is_place
from assistant.retrieval import Retriever, reciprocal_rank_fusion
from assistant.scope import article_scope, compared_topics, resolve_topic, spans_articles, topic_names, without_compared_references
from assistant.text import STOPWORDS, content_terms, fold, is_known_name, know_names, names_in_question, question_language, restore_names, spell_out
from assistant.types import Answer, AnswerDelta, Chunk, DocumentInfo, IngestReport, Passage, Turn



class Assistant:
    """Answers questions about the indexed articles, citing the passages it relies on.

        bot = build_assistant(Settings())
        answer = bot.ask("Qui a placé SenseTime sur liste noire ?")
        print(answer.answer, [c.doc for c in answer.citations])
    """

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        indexer: Indexer,
        retriever: Retriever,
        selector: EvidenceSelector,
        extractive: ExtractiveAnswerer,
        llm=None,
        feedback: FeedbackStore | None = None,
        evidence_passages: int = 5,
        rerank: bool = True,
        rerank_k: int = 60,
        rerank_weight: float = 5.0,
        follow_up_rerank_weight: float = 3.0,
        doc_weight: float = 1.0,
        warm_sentences: bool = True,
        type_margin: float = 0.03,
        narrow_margin: float = 0.12,
    ):
        self.settings = settings
        self.embedder = embedder
        self.indexer = indexer
        self.retriever = retriever
        self.selector = selector
        self.extractive = extractive
        self.llm = llm
        self.feedback = feedback or FeedbackStore(settings.feedback_db)
        self.evidence_passages = evidence_passages
        self.rerank = rerank
        self.rerank_k = rerank_k
        self.rerank_weight = rerank_weight
        self.follow_up_rerank_weight = follow_up_rerank_weight
        self.doc_weight = doc_weight
        self.warm_sentences = warm_sentences
        self.type_margin = type_margin
        self.narrow_margin = narrow_margin
        self._ready = False
        self._ready_lock = threading.Lock()
        self._articles: tuple[int, dict[str, tuple[str, str, dict[int, str]]]] = (-1, {})
        self._names: tuple[int, dict[str, str]] = (-1, {})

    # ------------------------------------------------------------ questions

    def ask(self, question: str, history: Sequence[Turn | dict] = ()) -> Answer:
        """Answer `question`, using `history` (earlier turns) to understand follow-ups."""
        final = None
        for item in self.stream(question, history):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def stream(self, question: str, history: Sequence[Turn | dict] = ()) -> Iterator[AnswerDelta | Answer]:
        """Yield the answer text as it is produced, then the final `Answer` (which is authoritative)."""
        started = time.perf_counter()
        asked = question = self._validate(question)
        turns = normalize_history(history)
        lang = question_language(question)
        self.ensure_index()
        question = restore_names(question, self._typed_names())  # "nom complet de hikvision ?"
        question = spell_out(question, lang)  # "la reco faciale": "la reconnaissance faciale"

        earlier = [t.content for t in turns if t.role == "user"][-1:]
        answered = [t.content for t in turns if t.role == "assistant"][-1:]
        # "How did that company respond?" after a turn on Dahua asks how Dahua responded: retrieved and answered as such
        question = with_referred_firm(question, [*answered, *earlier])
        previous = " ".join(t.content for t in turns if t.role == "user")[-500:]
        if not content_terms(question):
            # "And who said that?", "Why did he do it?": what "that" is, the last answer says.
            previous = f"{previous} {_last_answer(turns)}".strip()
        standalone = self.standalone(question, turns)
        # "the e-commerce giant", « le géant chinois des télécoms »: the firm or person described is searched for by name
        described = described_names(fold(question))
        passages = self.retriever.retrieve(f"{standalone} ({', '.join(described)})" if described else standalone, self.settings.top_k * 3)
        named, people = other_referents(question, turns) or referents(turns), referents(turns, people=True)
        if self.rerank and len(passages) > 1:
            passages = self._rerank(question, passages, previous, named, people, described)
        scope = self._scope(question, passages)
        if scope:  # "according to the Alibaba article": its passages first, and only they are quoted
            passages = sorted(passages, key=lambda p: not scope(p.chunk))
        # the articles a question compares each bring their best passage, if the first ones lack it
        compared_docs = self._compared_docs(question, passages)
        kept = passages[: self.settings.top_k]
        passages = kept + [next(p for p in passages if p.chunk.doc == doc) for doc in compared_docs if not any(k.chunk.doc == doc for k in kept)]
        evidence = self.selector.select(question, passages, context=previous, referents=named, people=people, before=self._sentences_before(passages), described=described)
        referred = referred_to(question, named, people)  # what "his", "the company" stand for: the quoted article must name one
        leads = self._leads(question, passages, previous)
        part_leads = list(leads)
        grounds = grounds_given(question, evidence)  # "Why did the Treasury …?": its own grounds, beside the best sentence
        if grounds is not None and grounds not in leads:
            leads.append(grounds)
        if scope and any(scope(passages[e.passage - 1].chunk) for e in evidence):
            evidence = [e for e in evidence if scope(passages[e.passage - 1].chunk)]
            leads = [e for e in leads if scope(passages[e.passage - 1].chunk)]

        def finish(text: str, refused: bool, draft: Draft | None = None, backend: str = "extractive", notice: str = "") -> Answer:
            return Answer(
                question=asked,
                answer=text,
                refused=refused,
                citations=draft.citations if draft else (),
                contexts=tuple(passages),
                lang=lang,  # type: ignore[arg-type]
                standalone_question=standalone,
                latency_ms=(time.perf_counter() - started) * 1000,
                backend=backend,
                notice=notice,
            )

        # Refuse before any answer is written: the key terms must be in the evidence.
        # The articles the answer would quote must themselves name the question's key terms: "How many cameras did
        # Hikvision sell to Amazon?" is not answered by the Amazon article because another article names Hikvision.
        chosen, apart = self.extractive.choose(question, evidence, leads), False
        support = self._support(question, passages, chosen, referred=referred)
        # The best sentence's own article must name them too: "What is Alibaba accused of?" is not answered first
        # from an article that never names Alibaba, because another quoted article does.
        best_support = self._support(question, passages, chosen[:1], referred=referred) if support.supported and len(chosen) > 1 else support
        compared = self._compared(question, passages, compared_docs, evidence, referred)
        if compared:
            # "The SenseTime article and the Amazon article both give a figure …": each article's best sentence answers
            evidence = [compared[0], *(e for e in evidence if e is not compared[0])]
            leads = [*compared[1:], *(e for e in leads if e not in compared)]
            chosen, apart = self.extractive.choose(question, evidence, leads, True), True
            support = best_support = Support(key_terms=support.key_terms, missing=())
        if not support.supported or not best_support.supported:
            # The best sentences came from articles that do not name everything asked about; another retrieved
            # article may ("According to the Alibaba article, …"): answer from the articles that do.
            docs = {p.chunk.doc for p in passages[: self.evidence_passages]}
            naming = {doc for doc in docs if self._article_supports(question, doc, passages, referred)}
            narrowed = [e for e in evidence if passages[e.passage - 1].chunk.doc in naming]
            # …unless the question is about a sentence far closer than any of theirs: « Le ministère qui considère
            # toute transaction … comme un « drapeau rouge », c'est bien le Trésor ? » is about a sentence naming no
            # ministry, not about the Treasury's other doings
            if narrowed and narrowed[0].score >= evidence[0].score - self.narrow_margin:
                evidence = narrowed
                leads = [e for e in leads if passages[e.passage - 1].chunk.doc in naming]
                chosen = self.extractive.choose(question, evidence, leads)
                support = Support(key_terms=support.key_terms, missing=())
            elif self._answered_apart(question, passages, part_leads, previous, referred):
                # "Which outlet did Hikvision talk to, and which one broke the story of Amazon's Dahua purchase?":
                # no article names them all, but each part is answered by one that names its own.
                support, apart = Support(key_terms=support.key_terms, missing=()), True
                chosen = self.extractive.choose(question, evidence, leads, apart)
            elif support.supported and not spans_articles(question):
                # No article names them all, nor does the question ask across articles ("The SenseTime article and
                # the Amazon article both …"): the best sentence's article does not answer it.
                support = best_support
        correcting = not support.supported and claim_corrected(question, support.missing, [e.sentence for e in chosen], [passages[e.passage - 1].chunk.text for e in chosen])
        if correcting:
            support = Support(key_terms=support.key_terms, missing=())  # "Is it true that the WSJ broke it?": the Post did
        typed_question = with_list_owner(question, earlier)  # "that list": whose
        for named_before in (with_referred_body, with_role_owner, without_likeness, with_one_asked, with_rest_noun):  # "that department": which; "the rep": whose; not ", like SenseTime,"; « Lequel ? »: which ministry
            typed_question = named_before(typed_question, [*answered, *earlier])
        missing_type = missing_answer_type(typed_question, [e.sentence for e in chosen], [e.antecedent for e in chosen], referred)
        if missing_type and support.supported and evidence:
            typed = self._of_the_kind_asked(question, evidence, missing_type, follow_up=bool(turns))
            retyped = [typed, *(e for e in evidence if e is not typed)] if typed is not None else []
            rechosen = self.extractive.choose(question, retyped, leads) if retyped else []
            # Its article must name what is asked about too: Chinese officials defending the Xinjiang campaign in the
            # Alibaba article do not answer how Beijing reacted to the House vote, which that article never mentions.
            if rechosen and self._support(question, passages, rechosen[:1], referred=referred).supported:
                evidence, chosen = retyped, rechosen
                missing_type = missing_answer_type(typed_question, [e.sentence for e in chosen], [e.antecedent for e in chosen], referred)
        # (not when a part asks who did what the answer's evidence tells as done by no one: "How was that hack carried
        # out, and who uncovered it?" is not answered by who uncovered something else)
        untold = found_by_no_one(question, [e.sentence for e in chosen])
        if missing_type and support.supported and evidence and not apart and not untold and self._answered_apart(question, passages, part_leads, previous, referred):
            # "Which US official defended the first SenseTime blacklisting, and on what grounds?": the sentences for the
            # whole name no one, the first part's own sentence names Wilbur Ross and the second's gives his grounds
            apart, missing_type = True, None
            evidence = [part_leads[0], *(e for e in evidence if e.sentence != part_leads[0].sentence)]  # the first part's first
            chosen = self.extractive.choose(question, evidence, leads, apart)
        if not missing_type and support.supported and evidence:
            missing_type = self._left_open(question, evidence)  # "Which Alibaba Cloud customers used it?": undetermined
        if not missing_type and support.supported and chosen and list_members_untold(question, earlier, answered, [e.sentence for e in chosen]):
            missing_type = "name"  # "Which companies are on that list?" after a turn on the investment ban: not the entity list's
        if not missing_type and support.supported and chosen and another_unnamed(question, earlier, answered, [*(e.sentence for e in chosen), *(e.antecedent for e in chosen if e.antecedent)]):
            missing_type = "name"  # "another smartphone brand? Which one?" after a turn on Huawei: not Huawei again
        if not missing_type and support.supported and chosen and not names_the_one_before(question, earlier, [e.sentence for e in chosen], answered[0] if answered else ""):
            missing_type = "name"  # « Comment s'appelle-t-elle ? » after a turn on the nanotech start-up: not the list's name
        if not missing_type and support.supported and answered and chosen:
            # the words « Qui a dit ça ? » asks about, where the articles quote them (the passages retrieved may not)
            # (split into sentences only when there are such words: the check reads nothing else)
            quoted = words_asked_about(question, answered[0])
            quoting = [*passages, *self.retriever.retrieve(" ".join(quoted), self.settings.top_k)] if quoted else []
            retrieved = [s for p in quoting for s in quotes_with_credits(p.chunk.text)]
            missing_type = unanswered_after(question, answered[0], [e.sentence for e in chosen], [e.sentence for e in evidence], retrieved)
        if not passages or not evidence or not support.supported or missing_type:
            if missing_type and support.supported and evidence:
                text = REFUSALS_BY_TYPE[lang][missing_type]
            else:
                missing, apart = self._refusal_terms(question, passages, support, referred)
                text = refusal_text(lang, missing, question, apart)
            yield AnswerDelta(text)
            yield finish(text, refused=True)
            return

        draft, backend, notice = None, "extractive", ""
        if self.llm is not None:
            draft, notice = yield from self._llm_answer(standalone, lang, passages)
            backend = self.llm.name if draft else "extractive"
        if draft is None:
            draft = self.extractive.answer(question, lang, passages, evidence, leads, apart, correcting)  # type: ignore[arg-type]
            for piece in re.findall(r"\S+\s*", draft.text):
                yield AnswerDelta(piece)
        yield finish(draft.text, refused=False, draft=draft, backend=backend, notice=notice)

    def _answered_apart(self, question: str, passages: list[Passage], leads: Sequence[Evidence], context: str, referred: Collection[str] = ()) -> bool:
        """Whether each part of a question in parts has its own sentence (`leads`, one per part), from an article
        naming that part's key terms, with the kind of answer that part asks for, and no sentence close to it saying
        that could not be determined or was not explained (as for a question in one part)."""
        parts = question_parts(question)
        if len(parts) < 2 or len(leads) != len(parts):
            return False
        for i, (part, lead) in enumerate(zip(parts, leads)):
            if not self._support(part, passages, [lead], referred=referred).supported or missing_answer_type(part, [lead.sentence], [lead.antecedent]):
                return False
            rest = " ".join(parts[:i] + parts[i + 1 :])
            if self._left_open(part, self.selector.select(part, passages, context=f"{rest} {context}".strip())):
                return False
        return True

    def _left_open(self, question: str, evidence: Sequence[Evidence]) -> str | None:
        """"undetermined" when a sentence within twice the answer margin of the best says what `question` asks could
        not be determined ("Which Alibaba Cloud customers used it?"), "reason" when one within the margin says the reason
        asked for was not given (« Pour quelle raison Alibaba a-t-il testé l'outil ? »: it declined to say why), else None."""
        near = [e for e in evidence if e.score >= evidence[0].score - self.extractive.margin] if evidence else []
        # what could not be determined is told once, and may rank further down: « Quelles entreprises clientes
        # d'Alibaba … ? » ranks the website's how-to first and "Il n'a pas été possible de déterminer si …" a little below
        further = [e for e in evidence if e.score >= evidence[0].score - 2 * self.extractive.margin] if evidence else []
        if any(left_undetermined(question, e.sentence) for e in further):
            return "undetermined"
        if any(left_unexplained(question, e.sentence) for e in near):
            return "reason"
        return None

    def _of_the_kind_asked(self, question: str, evidence: Sequence[Evidence], missing_type: str, follow_up: bool = False) -> Evidence | None:
        """A sentence with the kind of answer the best one lacks, to answer in its place: words of the one asked about
        or a duration, nearly as close ("What assurances did Amazon give?" wants the spokesperson's words, a hair below
        a sentence on what the cameras do; « Depuis combien de temps dure la guerre commerciale … ? » the trade war's
        "second year"), a date from the best one's passage ("When did Amazon buy the cameras?": « au début du mois », a
        hair below what the cameras do), a little further for a short follow-up, whose best sentence the conversation
        chose ("When did it pass?" after a turn on the House bill: « mercredi 8 décembre », below Pelosi's words beside
        it), or a restatement of the best one ("Vendredi dernier, le Trésor américain mettait
        SenseTime sur sa liste noire …" after "En fin de semaine dernière, le Trésor américain a annoncé …")."""
        best = evidence[0]
        short = follow_up and len(content_terms(question)) <= 2
        for e in evidence[1:]:
            near = missing_type in ("speech", "duration") and e.score >= best.score - self.type_margin
            near = near or (
                missing_type == "date"
                and e.passage == best.passage
                and e.score >= best.score - (2 if short else 1) * self.type_margin
                and (short or shares_a_term(question, e.sentence))  # not the day of another event told beside it
            )
            restated = e.score >= best.score - self.extractive.margin and restates(e.sentence, best.sentence)
            if (near or restated) and missing_answer_type(question, [e.sentence], [e.antecedent]) is None:
                return e
        return None

    def _support(
        self, question: str, passages: list[Passage], chosen: Sequence[Evidence], docs: set[str] | None = None, referred: Collection[str] = ()
    ) -> Support:
        """Whether the articles the answer quotes (`chosen`'s, or `docs`) name the question's key terms, judged on
        their best-ranked passages."""
        docs = docs if docs is not None else {passages[e.passage - 1].chunk.doc for e in chosen}
        top = [p for p in passages[: self.evidence_passages] if p.chunk.doc in docs] or passages[: self.evidence_passages]
        articles = [self._article_text(d) for d in sorted({p.chunk.doc for p in top})]
        return check_support(question, [f"{p.chunk.title}\n{p.chunk.text}" for p in top], [p.chunk.lang for p in passages], referred, articles)

    def _refusal_terms(
        self, question: str, passages: list[Passage], support: Support, referred: Collection[str] = ()
    ) -> tuple[tuple[str, ...], list[str]]:
        """What a refusal names: the key terms no retrieved article has ("chief executive", not "Hikvision", which
        other articles name), or, when each is in some article but none has them all, the names that are apart
        ("Hikvision" and "Amazon")."""
        if not support.missing:
            return support.missing, []
        anywhere = self._support(question, passages, [], {p.chunk.doc for p in passages[: self.evidence_passages]}, referred).missing
        if anywhere:
            return anywhere, []
        names = names_in_question(question)
        return support.missing, [t for t in support.key_terms if t in names or t in support.missing]

    def _article_supports(self, question: str, doc: str, passages: list[Passage], referred: Collection[str] = ()) -> bool:
        """Whether article `doc` names every key term of the question: in its retrieved passages, except for the
        names of what the article is about ("the Alibaba article"), which may be anywhere in it, spelt out, and the
        peoples, places and acronyms it is about, in any of their forms ("les ouighours" for the English article's
        Uighurs; "the Chinese AI company" for SenseTime, « spécialiste … d'intelligence artificielle »)."""
        missing = self._support(question, passages, [], {doc}, referred).missing
        names = names_in_question(question)
        acronyms = {fold(a): a for a in re.findall(r"\b[A-Z]{2,}\b", question)}
        if not missing or not all(term in names or term in acronyms or is_place(term) for term in missing):
            return not missing
        article = self._article_text(doc)
        return all(
            re.search(rf"\b{re.escape(term)}\b", article) if term in names else not check_support(acronyms.get(term, term), [article]).missing
            for term in missing
        )

    def _article_text(self, doc: str) -> str:
        """The folded text of article `doc`."""
        return self._article(doc)[0]

    def _sentences_before(self, passages: Sequence[Passage]) -> list[str]:
        """For each passage, the article's sentence just before its first one ("" when it opens its article)."""
        return [self._article(p.chunk.doc)[2].get(p.chunk.position, "") for p in passages]

    def _article(self, doc: str) -> tuple[str, str, dict[int, str]]:
        """Article `doc`'s folded text, its opening (title and first passage) and the sentence before each of its
        passages (`sentences_before`), kept until the index changes (a filtered read costs ~60 ms at 100k passages)."""
        generation, cache = self._articles
        if generation != self.indexer.store.generation:
            cache = {}
            self._articles = (self.indexer.store.generation, cache)
        found = cache.get(doc)
        if found is None:
            chunks = self.indexer.store.document_chunks(doc)
            found = (fold(" ".join(c.text for c in chunks)), f"{chunks[0].title}\n{chunks[0].text}" if chunks else "", sentences_before(chunks))
            cache[doc] = found
        return found

    def _typed_names(self) -> dict[str, str]:
        """The names of the articles a question may type in lowercase ("hikvision", "sensetime") or as initials
        ("NYT"), by that form: names the passages only spell with a capital, and not words of their own ("times" in
        "how many times"; "Times" is also a newspaper). Kept until the index changes."""
        generation, names = self._names
        if generation != self.indexer.store.generation:
            spelled = getattr(self.retriever, "names", None)
            common = getattr(self.embedder, "is_common_word", None)
            names = {k: v for k, v in (spelled() if spelled else {}).items() if common is None or k.isupper() or not common(k)}
            know_names(v for k, v in names.items() if not k.isupper())
            self._names = (self.indexer.store.generation, names)
        return names

    def _scope(self, question: str, passages: list[Passage]) -> Callable[[Chunk], bool] | None:
        """Which candidates the question's named source is ("the English article", "the Alibaba article"), if it
        names one: those of the article whose topic it names (among the candidates' articles, of the language it
        names), else those of the language it names."""
        wanted = article_scope(question)
        if not wanted:
            return None
        docs = sorted({p.chunk.doc for p in passages if wanted.lang in (None, p.chunk.lang)})
        similarity = self._topic_similarity(docs)

        texts = {d: self._article_text(d) for d in docs} if wanted.topics else {}
        named = {resolve_topic(t, question, texts, similarity) for t in wanted.topics} - {None}
        if named:
            return lambda chunk: chunk.doc in named
        if wanted.lang:
            return lambda chunk: chunk.lang == wanted.lang
        return None

    def _topic_similarity(self, docs: Sequence[str]) -> Callable[[str], dict[str, float]]:
        """How close in meaning a topic is to each of `docs`' openings (title and first passage), embedded once, only if
        a topic is matched by meaning."""
        openings: list = []

        def similarity(topic: str) -> dict[str, float]:
            if not openings:
                openings.append(self.embedder.embed([self._article(d)[1] for d in docs], kind="passage"))
            query = self.embedder.embed([topic], kind="query")[0]
            return dict(zip(docs, (float(s) for s in openings[0] @ query)))

        return similarity

    def _compared_docs(self, question: str, passages: list[Passage]) -> list[str]:
        """The articles a question compares, naming them by what they are about ("The SenseTime article and the Amazon
        article both give a figure for Uyghurs held in camps. How do they differ?"), in the order named, among those of
        `passages`; [] unless each is found (by a name in its opening: "the Huawei article" is none, though the
        Alibaba article mentions Huawei)."""
        topics = compared_topics(question)
        if not topics:
            return []
        docs = sorted({p.chunk.doc for p in passages})
        texts = {d: self._article_text(d) for d in docs}
        similarity = self._topic_similarity(docs)
        named: list[str] = []
        for topic in topics:
            doc = resolve_topic(topic, question, texts, similarity)
            names = topic_names(topic, question)
            if doc is None or doc in named or (names and not any(re.search(rf"\b{re.escape(n)}", fold(self._article(doc)[1])) for n in names)):
                return []
            named.append(doc)
        return named

    def _compared(self, question: str, passages: list[Passage], docs: Sequence[str], evidence: Sequence[Evidence], referred: Collection[str] = ()) -> list[Evidence]:
        """Each of the compared articles' (`docs`) best sentence for what is compared, in the order named; [] when one
        has none, or when together they do not name the question's other key terms."""
        if not docs:
            return []
        unreferenced = without_compared_references(question)
        if self._support(unreferenced, passages, [], set(docs), referred).missing:
            return []
        # each article's best sentence, ranked both for the whole question and for what is compared (not for the names
        # that only say which article to read)
        ranked = self.selector.select(unreferenced, passages, before=self._sentences_before(passages)) if unreferenced.strip() else list(evidence)
        order = {e.sentence: i for i, e in enumerate(evidence)}
        both = [e for _, e in sorted(enumerate(ranked), key=lambda ie: ie[0] + order.get(ie[1].sentence, len(order)))]
        best = [next((e for e in both if passages[e.passage - 1].chunk.doc == doc), None) for doc in docs]
        return [e for e in best if e is not None] if all(e is not None for e in best) else []

    def standalone(self, question: str, history: Sequence[Turn | dict] = ()) -> str:
        """What retrieval searches for: the question itself, or a follow-up made to stand on its own."""
        turns = normalize_history(history)
        if not turns or stands_alone(question):
            return question
        return self._condense(question, turns, question_language(question))

    def _leads(self, question: str, passages: list[Passage], context: str) -> list[Evidence]:
        """For a multi-part question, a sentence for each part (the best one no earlier part took), judged with
        the other parts as context."""
        parts = question_parts(question)
        if len(parts) < 2:
            return []
        leads: list[Evidence] = []
        for i, part in enumerate(parts):
            rest = " ".join(parts[:i] + parts[i + 1 :])
            found = self.selector.select(part, passages, context=f"{rest} {context}".strip())
            # Each part earns its own sentence: "how many" and "for what amount" are rarely one quote.
            leads.extend([e for e in found if e.sentence not in {lead.sentence for lead in leads}][:1])
        return leads

    def _rerank(
        self, question: str, passages: list[Passage], context: str, named: Collection[str] = (), people: Collection[str] = (), described: Sequence[str] = ()
    ) -> list[Passage]:
        """Fuse the retrieval order with the order of each passage's best sentence for this question.

        Sentence scores see what passage embeddings blur: the kind of answer asked for and the
        question's own terms in one sentence.
        """
        best: dict[int, float] = {}
        for e in self.selector.select(question, passages, context=context, referents=named, people=people, before=self._sentences_before(passages), described=described):
            best.setdefault(e.passage, e.score)
        by_sentence = sorted(range(1, len(passages) + 1), key=lambda i: -best.get(i, -1.0))
        rankings = [passages, [passages[i - 1] for i in by_sentence]]
        # A follow-up's own words say less than the condensed question retrieval searched with: its sentences weigh less.
        weights = [1.0, self.follow_up_rerank_weight if context else self.rerank_weight]
        coherent = by_document_coherence(passages)
        if coherent is not None:
            rankings.append(coherent)
            weights.append(self.doc_weight)
        return reciprocal_rank_fusion(rankings, k=self.rerank_k, weights=weights)

    def _llm_answer(self, question: str, lang: str, passages: Sequence[Passage]):
        """Stream the language model's answer; on any failure return (None, notice) for the extractive fallback."""
        from assistant.llm import LLMError

        try:
            draft = None
            for item in self.llm.stream(question, lang, passages):
                if isinstance(item, str):
                    yield AnswerDelta(item)
                else:
                    draft = item
            if draft is None or not draft.citations:
                raise LLMError("no valid citation", reason="uncited")
            return draft, ""
        except LLMError as exc:
            return None, exc.notice(lang)

    def _condense(self, question: str, turns: Sequence[Turn], lang: str) -> str:
        """A standalone question: by the language model when there is one, else the question with the last user turn."""
        if self.llm is not None:
            try:
                return self.llm.condense(question, turns, lang=lang)
            except Exception:  # condensing is an optimisation; retrieval on the plain join still works
                pass
        last_user = next((t.content for t in reversed(turns) if t.role == "user"), "")
        return " ".join(f"{question} {last_user} {_last_answer(turns)}".split())

    def _validate(self, question) -> str:
        if not isinstance(question, str):
            raise InvalidQuestion(f"the question must be text, got {type(question).__name__}")
        question = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", question)
        question = re.sub("[\ud800-\udfff]", "\ufffd", question).strip()  # lone surrogates (bad bytes) break the tokenizer
        if not question:
            raise InvalidQuestion("the question is empty")
        if not any(ch.isalnum() for ch in question):
            raise InvalidQuestion("the question has no words")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQuestion(
                f"the question is {len(question):,} characters long; the limit is {self.settings.max_question_chars:,}"
            )
        return question

    # ------------------------------------------------------------ documents

    def ensure_index(self) -> None:
        """On first use, bring the index in step with the corpus folder (embeds only what changed)."""
        if self._ready:
            return
        with self._ready_lock:
            if not self._ready:
                self.ingest()

    def ingest(self, paths: Sequence[Path] | None = None) -> IngestReport:
        store = self.indexer.store
        started = time.perf_counter()
        with self.indexer.writing():
            if store.count() and store.indexed_model() != store.model_id:
                store.reset()
            report = self.indexer.ingest(paths)
        report = self._warm(report, started)
        self._ready = True
        return report

    def add_document(self, filename: str, data: bytes) -> IngestReport:
        self.ensure_index()
        started = time.perf_counter()
        return self._warm(self.indexer.add_document(filename, data), started)

    def _warm(self, report: IngestReport, started: float) -> IngestReport:
        """Embed the sentences of new passages now, once, rather than while someone waits for an answer;
        the report says how long the passages took to become searchable and how long their sentences took."""
        indexed = time.perf_counter()
        if self.warm_sentences and report.added:
            bar = None

            def show(done: int, total: int) -> None:  # a long ingest shows this phase too (CLI only)
                nonlocal bar
                if bar is None:
                    from tqdm import tqdm

                    bar = tqdm(total=total, desc="Embedding sentences", unit="sentence")
                bar.n = done
                bar.refresh()

            added = self.indexer.store.chunks(report.added)
            self.selector.warm([c.text for c in added], titles=[c.title for c in added], progress=show if self.indexer.progress and len(report.added) > 32 else None)
            if bar is not None:
                bar.close()
        return replace(report, index_seconds=round(indexed - started, 3), sentence_seconds=round(time.perf_counter() - indexed, 3))

    def remove_document(self, doc: str) -> IngestReport:
        self.ensure_index()
        return self.indexer.remove_document(doc)

    def documents(self) -> list[DocumentInfo]:
        self.ensure_index()
        return self.indexer.documents()


def sentences_before(chunks: Sequence[Chunk]) -> dict[int, str]:
    """The article's sentence just before each of its passages' first one, by passage position (none for the
    passage opening the article): "Il a également déployé un vaste réseau de surveillance …" opening a passage means
    what it says of the sentence before, which only the passage before holds."""
    units = {c.position: sentence_units(c.text) for c in chunks}
    before = {}
    for position, own in units.items():
        previous = units.get(position - 1, [])
        # overlapping passages repeat a sentence: the one before is the one before that repeated sentence
        at = previous.index(own[0]) if own and own[0] in previous else len(previous)
        if at > 0:
            before[position] = previous[at - 1]
    return before


def restates(sentence: str, other: str, share: float = 0.6) -> bool:
    """Whether `sentence` tells what `other` tells: most of the words of the shorter one are in the longer one."""
    a, b = set(content_terms(sentence)), set(content_terms(other))
    return bool(a and b) and len(a & b) >= share * min(len(a), len(b))


def by_document_coherence(passages: Sequence[Passage]) -> list[Passage] | None:
    """Candidates ordered by how many other candidates their article has, or None when they come from few articles.

    Among candidates from many documents (a large corpus), a passage whose article has other candidates is on the
    topic throughout, not one stray matching sentence. Among a handful of articles this says nothing.
    """
    per_doc = Counter(p.chunk.doc for p in passages)
    if len(per_doc) * 2 < len(passages):
        return None
    return sorted(passages, key=lambda p: -per_doc[p.chunk.doc])


# Words that point back into the conversation: "Et qui l'a décidé ?", "What did they say?", "Why that one?".
_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|he|she|him|her|his|this|that|these|those|the (?:company|firm|decision|list|move|ban)|why|how so"
    r"|il|elle|ils|elles|lui|leur|leurs|son|sa|ses|ce|cet|cette|ces|celle|celui|ceux|cela|ca|en|y|l|la decision|pourquoi|et|and|also|aussi|autre|other)\b"
)


def stands_alone(question: str) -> bool:
    """Whether a question in a conversation is a new one, not a follow-up: it names what it asks about and points
    back at nothing ("Qui a placé SenseTime sur liste noire ?" after a question on Amazon)."""
    return bool(names_in_question(question) or len(content_terms(question)) >= 3) and not _POINTS_BACK.search(fold(question))


def referents(turns: Sequence[Turn], people: bool = False) -> set[str]:
    """The names a follow-up's pronouns may stand for: those of the last question, else of the start of the last
    answer ("Which company was blacklisted again?" - "SenseTime, …"); for `people` ("he", "elle"), the start of the
    last answer first when the last question asked who ("Qui était secrétaire au Commerce ?" - "Wilbur Ross")."""
    last_user = next((t.content for t in reversed(turns) if t.role == "user"), "")
    last_answer = next((t.content for t in reversed(turns) if t.role == "assistant"), "")
    answered = {n for n in names_in_question(f" {last_answer[:300]}") if n not in STOPWORDS}  # not its opening "The"
    asked = _WHO if people else _WHICH_COMPANY
    if asked.search(fold(last_user)) and answered:
        return answered  # "Quelle entreprise a dû repousser son entrée à la Bourse ?" - "SenseTime, …"
    return names_in_question(last_user) or answered


# "And the other one?", « Et l'autre entreprise ? »: of two firms named earlier, the one the last turn was not about.
_THE_OTHER = re.compile(r"\b(?:the other (?:one|company|firm|group)|l'autre (?:entreprise|societe|firme|groupe))\b|\bl'autre\s*\??$")


def other_referents(question: str, turns: Sequence[Turn]) -> set[str]:
    """The firms "the other one" stands for: named earlier in the conversation (as the articles spell names, not places),
    not in its last question and answer ("Which two firms …?" - "Hikvision and Dahua", "How did Hikvision react?" - "…",
    then "And did the other one respond?" is about Dahua)."""
    if not _THE_OTHER.search(fold(question)) or len(turns) < 3:
        return set()
    last = {n for t in turns[-2:] for n in names_in_question(f" {t.content[:300]}")}
    earlier = {n for t in turns[:-2] for n in names_in_question(f" {t.content[:300]}")}
    return {n for n in earlier - last if is_known_name(n) and not is_place(n)}


_WHO = re.compile(r"^(?:(?:et|and|so|alors)\s+)?(?:who|qui)\b|\b(?:which|what|quel(?:le)?s?) (?:\w+ )?(?:person|people|officials?|secretary|secretaire|minister|ministre|spokes\w*|porte-parole|journalist\w*|lawmaker|depute|senator|senateur"
    r"|responsables?|dirigeants?|leaders?|ceo|pdg|footballeur|footballer|player|joueur|star|ambassad(?:or|eur|rice)s?)\b"
    # "Did any celebrity react …?", « Une personnalité a-t-elle réagi ? »: asks who, as much as "who" (as the subject:
    # not "Did Wilbur Ross blame anyone?", « Quelqu'un peut m'expliquer … ? »)
    r"|^(?:(?:and|so)\s+)?(?:did|has|have|had|was|were|is|are|does|do)\s+(?:any(?:one|body)|some(?:one|body)|any (?:\w+ )?(?:celebrit(?:y|ies)|public figures?|politicians?|officials?))\b"
    r"|^(?:(?:et|alors)\s+)?(?:est-ce qu'|est-ce que\s+)?(?:quelqu'un|une? (?:autre )?(?:celebrite|personnalite|vedette|star)s?)\s+(?:a-t-(?:il|elle)|a|s'est|avait)\b")
_WHICH_COMPANY = re.compile(r"\b(?:which|what|quel(?:le)?s?) (?:\w+ ){0,2}(?:compan(?:y|ies)|firms?|entreprises?|societes?|firmes?|groupes?|giants?|geants?)\b")


def _last_answer(turns: Sequence[Turn]) -> str:
    """The start of the last answer, which names what "that decision" or "they" refer to; markers and quotes are noise."""
    last_answer = next((t.content for t in reversed(turns) if t.role == "assistant"), "")
    return re.sub(r"\[\d+\]|[«»“”\"]", " ", last_answer)[:300]


def normalize_history(history: Sequence[Turn | dict]) -> list[Turn]:
    """Turns from Turn objects or {"role", "content"} dicts; content may be a list of text parts."""
    turns = []
    for item in history or ():
        if isinstance(item, Turn):
            turns.append(item)
            continue
        if not isinstance(item, dict) or item.get("role") not in ("user", "assistant"):
            raise InvalidQuestion(f"history items need a role of 'user' or 'assistant', got {item!r:.80}")
        content = item.get("content", "")
        if isinstance(content, list):
            content = " ".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        turns.append(Turn(role=item["role"], content=str(content)))
    return turns[-10:]
