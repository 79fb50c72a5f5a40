"""The core against the real model and a real Chroma: embedded, and a `chroma run` server."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.errors import InvalidQuestion, UnsupportedDocument
from assistant.factory import build_assistant
from assistant.text import fold

from conftest import DEV_SET, make_settings

pytestmark = pytest.mark.integration

NEW_ARTICLE = (
    "Zorblax Vision added to the entity list\n\n"
    "The US Department of Commerce added Zorblax Vision, a maker of thermal cameras, to the entity list on 3 March 2031. "
    "Officials said its cameras were used to track protesters in Xinjiang."
)


def _norm(text: str) -> str:
    return " ".join(fold(text).split())


def test_ingest_is_idempotent_and_follows_edits_and_deletions(tmp_path):
    bot = build_assistant(make_settings(tmp_path))
    first = bot.ingest()
    assert len(first.added) > 30 and not first.removed
    store = bot.indexer.store
    count = store.count()

    again = bot.ingest()
    assert again.added == () and again.removed == () and again.unchanged == count
    assert store.count() == count

    corpus = tmp_path / "corpus"
    edited = corpus / "003_6e98a51c86c69fa2.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("eight firms", "nine firms"), encoding="utf-8")
    report = bot.ingest()
    assert report.added and report.removed and len(report.added) <= 3
    texts = [c.text for c in store.all_chunks() if c.doc == edited.name]
    assert any("nine firms" in t for t in texts) and not any("eight firms" in t for t in texts)

    # Inserting a paragraph shifts later passages: their text (and id) is unchanged, their position follows.
    edited.write_text(edited.read_text(encoding="utf-8").replace("\n\nUnder the ruling", "\n\nA new paragraph about licences and the ruling in general.\n\nUnder the ruling"), encoding="utf-8")
    bot.ingest()
    positions = [c.position for c in store.all_chunks() if c.doc == edited.name]
    assert positions == list(range(len(positions)))

    (corpus / "004_5bdc58e3acd52100.txt").unlink()
    report = bot.ingest()
    assert report.deleted_documents == ("004_5bdc58e3acd52100.txt",)
    assert "004_5bdc58e3acd52100.txt" not in {d.doc for d in bot.documents()}


def test_bad_file_in_corpus_is_reported_and_changes_nothing(tmp_path):
    bot = build_assistant(make_settings(tmp_path))
    bot.ingest()
    before = sorted(c.id for c in bot.indexer.store.all_chunks())
    (tmp_path / "corpus" / "broken.txt").write_bytes(b"\xff\xfe\xfd not utf-8 \xc3\x28")
    report = bot.ingest()
    assert any("broken.txt" in e and "UTF-8" in e for e in report.errors)
    assert sorted(c.id for c in bot.indexer.store.all_chunks()) == before


def test_upload_is_answerable_and_removal_moves_the_file_to_trash(tmp_path):
    bot = build_assistant(make_settings(tmp_path))
    with pytest.raises(UnsupportedDocument):
        bot.add_document("../evil.txt", NEW_ARTICLE.encode())
    with pytest.raises(UnsupportedDocument, match="unsupported file type"):
        bot.add_document("scan.pdf", b"%PDF")
    docs_before = bot.documents()
    with pytest.raises(UnsupportedDocument, match="UTF-8"):
        bot.add_document("bad.txt", b"\xff\xfe\xfd\xc3\x28 bad")
    assert bot.documents() == docs_before and not (tmp_path / "corpus" / "bad.txt").exists()

    bot.add_document("zorblax.txt", NEW_ARTICLE.encode())
    answer = bot.ask("When was Zorblax Vision added to the entity list?")
    assert not answer.refused and "2031" in answer.answer
    assert answer.citations[0].doc == "zorblax.txt"

    bot.remove_document("zorblax.txt")
    assert "zorblax.txt" not in {d.doc for d in bot.documents()}
    assert list((tmp_path / "data" / "removed").glob("*zorblax.txt"))
    assert bot.ask("When was Zorblax Vision added to the entity list?").refused


def test_invalid_questions_are_rejected(shared_assistant):
    for bad in ("", "   ", "x" * 5000):
        with pytest.raises(InvalidQuestion):
            shared_assistant.ask(bad)


def test_english_question_finds_the_french_passage(shared_assistant):
    answer = shared_assistant.ask("Why did Amazon buy cameras from Dahua?")
    top = [p.chunk for p in answer.contexts[:3]]
    assert any(c.lang == "fr" and "COVID-19" in c.text for c in top)
    assert answer.lang == "en" and answer.answer.startswith("According to the articles")


def test_french_question_finds_the_english_passage(shared_assistant):
    answer = shared_assistant.ask("Selon l'article en anglais, combien d'entreprises de reconnaissance faciale ont été ajoutées ?")
    assert any(p.chunk.lang == "en" and "eight firms" in p.chunk.text for p in answer.contexts)


def test_follow_up_retrieves_on_the_conversation(shared_assistant):
    history = [
        {"role": "user", "content": "Which firms were put on the entity list?"},
        {"role": "assistant", "content": "Hikvision, Dahua, SenseTime and Megvii, among 28 Chinese organisations."},
    ]
    answer = shared_assistant.ask("Who made that decision?", history)
    assert not answer.refused
    assert any("Commerce" in p.chunk.text for p in answer.contexts)
    assert "Who made that decision?" in answer.standalone_question and "entity list" in answer.standalone_question


def test_a_follow_up_on_what_the_last_answer_said_is_read_with_that_answer(shared_assistant):
    """"And who said that?" has no words of its own: what "that" is, the last answer says (a quote on Xinjiang)."""
    history = [
        {"role": "user", "content": "Any quotes from US lawmakers around the Xinjiang import bill?"},
        {"role": "assistant", "content": "Yes: in Xinjiang and across China, millions of people suffer outrageous human rights violations."},
    ]
    answer = shared_assistant.ask("And who said that?", history)
    assert not answer.refused and "Pelosi" in answer.citations[0].text


def test_a_share_is_answered_by_the_sentence_that_gives_it(shared_assistant):
    """The purchase (10 millions de dollars) is closer to the question; the share is in the next sentence."""
    answer = shared_assistant.ask("What share of the temperature cameras Amazon bought from Dahua was reportedly meant for its facilities in the United States?")
    assert not answer.refused and "un tiers" in answer.answer


def test_a_claim_naming_the_wrong_outlet_or_exchange_is_corrected_not_refused(shared_assistant):
    nasdaq = shared_assistant.ask("Is it true that Alibaba's shares are traded on the Nasdaq?")
    assert not nasdaq.refused and nasdaq.answer.startswith("The articles (in French) say otherwise:") and "Bourse de New York" in nasdaq.answer
    wsj = shared_assistant.ask("Est-il vrai que c'est le Wall Street Journal qui a révélé que Huawei testait un logiciel alertant la police ?")
    assert not wsj.refused and wsj.answer.startswith("Les articles disent autre chose") and "Washington Post" in wsj.answer
    # a claim the articles neither make nor correct is still refused
    assert shared_assistant.ask("Is it true that the Wall Street Journal interviewed Yitu's chief executive?").refused


def test_unanswerable_questions_are_refused_without_citations(shared_assistant):
    for question in ("What was Megvii's revenue in 2022?", "Quelles entreprises japonaises ont été ajoutées à la liste noire ?"):
        answer = shared_assistant.ask(question)
        assert answer.refused and answer.citations == ()
        assert answer.answer.startswith(("The articles do not say", "Les articles ne précisent pas"))


def test_key_terms_must_be_named_by_the_article_the_answer_quotes(shared_assistant):
    """Hikvision is named in other articles, but the Amazon article, which has the camera figures, never names it."""
    answer = shared_assistant.ask("Combien de caméras Hikvision a-t-elle vendues à Amazon ?")
    assert answer.refused and answer.citations == ()
    assert "Hikvision" in answer.answer
    assert not shared_assistant.ask("Combien de caméras Amazon a-t-elle achetées à Dahua ?").refused
    # A refusal names what no article holds, not a name that other articles cover
    ceo = shared_assistant.ask("Who is Hikvision's chief executive?")
    assert ceo.refused and "chief executive" in ceo.answer and "Hikvision" not in ceo.answer
    # The first source quoted must name Alibaba itself, not merely sit beside an article that does.
    accused = shared_assistant.ask("What is Alibaba accused of?")
    assert not accused.refused and "alibaba" in accused.citations[0].text.lower()
    # A question across articles may take its names from each of them.
    across = shared_assistant.ask("The SenseTime article and the Amazon article both estimate how many Uyghurs are held in camps. Do their figures differ?")
    assert not across.refused and len({c.doc for c in across.citations}) == 2
    # So may a question in parts, each answered by an article that names that part's terms.
    parts = shared_assistant.ask("Which outlet did Hikvision give its reaction to, and which one broke the story of Amazon's Dahua camera purchase?")
    assert not parts.refused and "Bloomberg" in parts.answer and "Reuters" in parts.answer
    # but not when a part is one the articles say could not be determined
    assert shared_assistant.ask("Which outlet did Hikvision talk to, and which Alibaba Cloud customers used the tool?").refused


def test_a_question_in_parts_takes_each_parts_sentence_when_the_whole_lacks_the_kind_asked(shared_assistant):
    """The best sentences for the whole are on the Treasury's listing and name no one; the first part's own sentence
    names Wilbur Ross, quoted first."""
    for question in ("Quel responsable a défendu la première sanction contre SenseTime en 2019, et avec quel argument ?",
                     "Back in 2019, which US official defended the first SenseTime blacklisting, and on what grounds?"):
        answer = shared_assistant.ask(question)
        assert not answer.refused and "Wilbur Ross" in answer.citations[0].text, question
    # a part with nothing of its kind still refuses the whole
    assert shared_assistant.ask("Which US official defended the first SenseTime blacklisting, and how much was the fine?").refused
    # nor when a part asks who did what the answer's sentence tells as done by no one ("the recent hack discovered for
    # iOS devices"): another sentence, on something else found, does not answer it
    hack = [{"role": "user", "content": "Does the English article link the blacklisting to anything else targeting Uighurs?"},
            {"role": "assistant", "content": "It recalls a recent hack of iOS devices aimed at the same religious groups, widely suspected to be the work of the Chinese government."}]
    assert shared_assistant.ask("How did that hack work, and who found it?", hack).refused


def test_a_claim_on_who_holds_a_view_is_not_checked_against_another_article(shared_assistant):
    """The sentence on the "red flag" names no ministry; the Treasury's own article, far from it, does not tell."""
    answer = shared_assistant.ask("Le ministère qui voit dans toute transaction avec une entité de la liste noire un « drapeau rouge », c'est bien le Trésor ?")
    assert answer.refused and answer.citations == ()


def test_the_peoples_and_acronyms_an_article_is_about_may_be_named_anywhere_in_it(shared_assistant):
    """"the Chinese AI company" is SenseTime, whose article says it is an AI firm in a passage of its own."""
    answer = shared_assistant.ask("What capability did the US Treasury accuse the Chinese AI company of touting regarding Uyghurs with beards or masks?")
    assert not answer.refused and any("barbe" in c.text for c in answer.citations)
    hack = shared_assistant.ask("c'est quoi l'histoire du hack ios dont ils parlent a propos des ouighours")
    assert not hack.refused and any("iOS" in c.text for c in hack.citations)


def test_a_date_asked_after_a_turn_is_taken_from_the_dated_sentence_beside_the_best_one(shared_assistant):
    history = [{"role": "user", "content": "What did the US House do about goods from Xinjiang?"},
               {"role": "assistant", "content": "It passed a bill restricting imports of products made in Xinjiang, to condemn forced labour."}]
    answer = shared_assistant.ask("When did it pass?", history)
    assert not answer.refused and "8 décembre" in answer.answer


def test_a_date_is_taken_from_the_dated_sentence_just_below_the_best_one_of_its_passage(shared_assistant):
    answer = shared_assistant.ask("When did Amazon buy the temperature-screening cameras from Dahua?")
    assert not answer.refused and "au début du mois" in answer.citations[0].text


def test_why_a_body_acted_is_answered_with_its_own_grounds(shared_assistant):
    """"Why did the Treasury …?": beside the sentence on its decision, what the Treasury said of SenseTime."""
    answer = shared_assistant.ask("Why did the US Treasury put SenseTime back on its blacklist?")
    assert not answer.refused and "barbe" in answer.answer and any("barbe" in c.text for c in answer.citations)


def test_words_of_the_one_asked_about_answer_in_place_of_a_slightly_closer_sentence(shared_assistant):
    """The sentence on what the cameras do is closer to the question than the spokesperson's words, which answer it."""
    answer = shared_assistant.ask("Quelles garanties Amazon a-t-elle données sur ses caméras Dahua ?")
    assert not answer.refused
    assert "connectivité réseau" in answer.answer and "connectivité réseau" in answer.citations[0].text


def test_a_restatement_with_the_detail_asked_for_answers_in_place_of_the_best_sentence(shared_assistant):
    """"En fin de semaine dernière, le Trésor …" gives no weekday; "Vendredi dernier, le Trésor …" tells the same."""
    for question in ("Quel jour de la semaine le Trésor a-t-il remis SenseTime sur sa liste noire ?", "What day did the Treasury blacklist SenseTime again?"):
        answer = shared_assistant.ask(question)
        assert not answer.refused and "Vendredi dernier" in answer.answer
    # a date from another event is no restatement: still refused
    assert shared_assistant.ask("À quelle date SenseTime sera-t-elle finalement cotée à Hong Kong ?").refused


def test_an_article_named_by_its_subject_is_answered_from_that_article(shared_assistant):
    """The passage with the figure never says "Alibaba"; the rest of its article does, so this is no refusal."""
    answer = shared_assistant.ask("In the Alibaba article, how many Chinese entities had been added the year before?")
    assert not answer.refused
    assert "28" in answer.answer and {c.doc for c in answer.citations} == {"002_9b6a351134e858f5.txt"}
    # A missing job title still refuses, even though the article is about the company asked about.
    assert shared_assistant.ask("Qui est le PDG de SenseTime ?").refused


def test_an_article_named_by_its_topic_is_the_one_quoted(shared_assistant):
    """Four articles are French and two name the 28 entities; the topic picks the one about the blacklist."""
    answer = shared_assistant.ask("Which news agency does the French article about the 28 Chinese firms cite?")
    assert not answer.refused and "Reuters" in answer.answer
    assert {c.doc for c in answer.citations} == {"000_2bfca04e976cdda8.txt"}
    assert answer.contexts[0].chunk.doc == "000_2bfca04e976cdda8.txt"


def test_articles_compared_by_name_each_give_their_own_sentence(shared_assistant):
    """Neither camp figure's sentence names "SenseTime" or "Amazon": those only say which article to read. Each
    article named answers with its own figure; an article named by a firm no article opens with is none of them."""
    answer = shared_assistant.ask("The SenseTime article and the Amazon article both give a figure for Uyghurs held in camps. How do they differ?")
    assert not answer.refused
    assert {c.doc for c in answer.citations} >= {"001_d94b0f9161f890bb.txt", "004_5bdc58e3acd52100.txt"}
    assert "ONG" in answer.answer and "Nations unies" in answer.answer
    huawei = "The Huawei article and the Amazon article both give a figure for Uyghurs held in camps. How do they differ?"
    assert shared_assistant._compared_docs(huawei, shared_assistant.retriever.retrieve(huawei, 15)) == []


def test_a_question_about_someone_s_words_needs_their_words(shared_assistant):
    assert shared_assistant.ask("What did Honeywell say about Dahua's cameras?").refused  # Honeywell only relabels them
    # Chinese officials defending the Xinjiang campaign, in an article that never mentions the House vote
    assert shared_assistant.ask("Comment Pékin a-t-il réagi au vote de la Chambre des représentants sur les importations venues du Xinjiang ?").refused
    # Pelosi's words, beside "la Chambre", are not Beijing's reaction
    assert shared_assistant.ask("Quelle a été la réaction de Pékin au vote de la Chambre sur le Xinjiang ?").refused
    answer = shared_assistant.ask("Qu'a déclaré Alibaba à propos de cet outil ?")
    assert not answer.refused and "a déclaré un représentant d’Alibaba" in answer.answer


def test_every_dev_question(shared_assistant):
    """Answerable items are answered with cited passages; unanswerable ones refused. Quality bars live in `assistant eval`."""
    items = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        answer = shared_assistant.ask(item["question"], item.get("history", []))
        if not item["answerable"]:
            assert answer.refused, item["id"]
            continue
        assert answer.citations, item["id"]
        cited = {c.n for c in answer.citations}
        assert cited == {int(n) for n in __import__("re").findall(r"\[(\d+)\]", answer.answer)}, item["id"]
        assert all(_norm(s) in _norm(c.text) for c in answer.citations for s in c.sentences), item["id"]


def test_ask_json_cli_prints_the_documented_shape(tmp_path):
    settings = make_settings(tmp_path)
    env = {**__import__("os").environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    out = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "--json", "Quel ministère a publié la liste des entreprises ?"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"question", "answer", "refused", "citations", "contexts", "latency_ms"} <= set(data)
    assert data["refused"] is False and "Commerce" in data["answer"]
    assert {"n", "doc", "title", "lang", "text"} <= set(data["citations"][0])
    assert {"doc", "title", "text", "score"} <= set(data["contexts"][0])
    empty = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "  "], capture_output=True, text=True, env=env, timeout=600)
    assert empty.returncode == 1 and "question is empty" in empty.stderr and "Traceback" not in empty.stderr


def test_server_mode_against_a_real_chroma_server(tmp_path, chroma_server):
    settings = make_settings(tmp_path, chroma_url=chroma_server, collection="articles-server-test")
    bot = build_assistant(settings)
    first = bot.ingest()
    assert first.added
    assert not (tmp_path / "index").exists()  # nothing written locally in server mode
    again = build_assistant(settings).ingest()  # a second process-like client sees the same collection
    assert again.added == () and again.unchanged == len(first.added)
    answer = bot.ask("Quel ministère a publié la liste des entreprises ?")
    assert not answer.refused and "Commerce" in answer.answer


def test_an_index_kept_in_one_collection_is_rebuilt_per_language(tmp_path):
    """Indexes from before the per-language layout are dropped and rebuilt from the corpus, one collection a language."""
    from assistant.store import make_client

    settings = make_settings(tmp_path)
    client = make_client(settings.index_dir)
    legacy = client.get_or_create_collection(settings.collection, metadata={"hnsw:space": "cosine", "embedding_model": "multilingual-e5-small"})
    legacy.add(ids=["old"], embeddings=[[0.1] * 384], documents=["an old passage"], metadatas=[{"doc": "gone.txt", "lang": "fr"}])
    client.get_or_create_collection("someone-elses").add(ids=["x"], embeddings=[[0.1] * 384], documents=["not ours"])
    bot = build_assistant(settings)
    store = bot.indexer.store
    report = bot.ingest()
    names = {getattr(c, "name", c) for c in store.client.list_collections()}
    assert settings.collection not in names and {f"{settings.collection}-en", f"{settings.collection}-fr"} <= names
    languages = store.languages()
    assert languages["fr"] > languages["en"] > 0 and sum(languages.values()) == store.count() == len(report.added)
    assert "gone.txt" not in store.ids_by_doc()
    # A collection of the old layout's name that this project did not make (no embedding model recorded) is left alone.
    client.get_or_create_collection("shared-name").add(ids=["x"], embeddings=[[0.1] * 384], documents=["not ours"])
    build_assistant(make_settings(tmp_path / "other", index_dir=settings.index_dir, collection="shared-name"))
    assert client.get_collection("shared-name").count() == 1 and client.get_collection("someone-elses").count() == 1
    hits = store.search("Who published the list of companies?", 5, lang="fr")
    assert len(hits) == 5 and {chunk.lang for chunk, _ in hits} == {"fr"}
    assert {chunk.lang for chunk, _ in store.search("Who published the list of companies?", 40)} == {"en", "fr"}


def test_a_passage_whose_language_changes_moves_with_its_vector(tmp_path):
    from dataclasses import replace

    import numpy as np

    from assistant.store import ChromaStore, make_client
    from assistant.types import Chunk

    class FixedVectorFakeEmbedder:
        """Deterministic fake: the store is under test here, not the model."""

        def embed(self, texts, kind="passage", persist=False):
            return np.array([[1.0, float(len(t)), 0.5] for t in texts], dtype=np.float32)

    store = ChromaStore(make_client(tmp_path / "index"), "moves", FixedVectorFakeEmbedder(), model_id="fixed")
    chunk = Chunk(id="c1", doc="a.txt", title="A", lang="fr", text="Un passage.", position=0)
    store.upsert([chunk])
    before = store.collection("fr").get(ids=["c1"], include=["embeddings"])["embeddings"][0]
    store.update_metadata([replace(chunk, lang="en", title="A, retitled")])
    assert store.languages() == {"en": 1}
    moved = store.collection("en").get(ids=["c1"], include=["embeddings", "metadatas"])
    assert moved["metadatas"][0]["title"] == "A, retitled" and np.allclose(moved["embeddings"][0], before)
    store.delete(["c1"])
    assert store.count() == 0


def test_a_name_typed_in_lowercase_counts_as_a_name(shared_assistant):
    """Chat questions often type names in lowercase; the articles' own spelling is restored, not for common words."""
    names = shared_assistant._typed_names()
    assert names["hikvision"] == "Hikvision" and names["sensetime"] == "SenseTime"
    assert "times" not in names and "web" not in names  # the vocabulary holds them whole: words, not only names
    answer = shared_assistant.ask("nom complet de hikvision ?")
    assert not answer.refused and "Hangzhou" in answer.answer and answer.question == "nom complet de hikvision ?"
    assert answer.answer.startswith("D’après")  # a terse French question is answered in French
