import pytest

from assistant.text import content_terms, detect_language, fold, keyword_tokens, question_language, split_sentences, words


def test_fold_handles_accents_apostrophes_and_nbsp():
    assert fold("L’Économie\u00a0américaine") == "l'economie americaine"


def test_words_split_french_elisions():
    assert words("l’entreprise d'Hikvision") == ["l", "entreprise", "d", "hikvision"]


def test_split_sentences_keeps_abbreviations_and_numbers():
    text = "M. Ross a parlé. Amazon a acheté 1 500 caméras pour 10,5 millions. Who is Mr. Smith? Nobody knows."
    assert split_sentences(text) == ["M. Ross a parlé.", "Amazon a acheté 1 500 caméras pour 10,5 millions.", "Who is Mr. Smith?", "Nobody knows."]


def test_split_sentences_after_closing_quote():
    text = "Il a dit « non ». Puis il est parti."
    assert split_sentences(text) == ["Il a dit « non ».", "Puis il est parti."]


def test_keyword_tokens_stem_cognates_together():
    assert keyword_tokens("répression")[0] == keyword_tokens("repression")[0]
    assert "the" not in keyword_tokens("the repression")


def test_content_terms_drop_stopwords_of_both_languages():
    assert content_terms("Quel ministère a publié la liste ?") == ["ministere", "publie", "liste"]


def test_language_detection():
    assert detect_language("Le gouvernement américain a inscrit des entreprises sur une liste noire.") == "fr"
    assert detect_language("The US government has added eight firms to the entity list.") == "en"
    assert question_language("Who made that decision?") == "en"
    assert question_language("Qui a pris cette décision ?") == "fr"


def test_names_the_articles_spell_with_a_capital_are_restored_in_a_lowercase_question():
    from assistant.text import restore_names, spelled_names

    texts = ["Le Trésor a placé SenseTime sur sa liste noire. Selon Reuters, Dahua nie.",
             "Le site Web du New York Times. La sensetime n'existe pas ici. Dahua vend des caméras."]
    names = spelled_names(texts)
    assert names["dahua"] == "Dahua" and names["reuters"] == "Reuters"
    assert "sensetime" not in names  # also written in lowercase
    assert "new" not in names and "york" not in names  # only ever part of a longer name
    assert "le" not in names and "selon" not in names  # a sentence's first word
    assert restore_names("dahua vend sous quelles marques ?", names) == "Dahua vend sous quelles marques ?"
    assert restore_names("Dahua et reuters", {}) == "Dahua et reuters"
    # initials of a name the articles spell out but never abbreviate
    assert names["NYT"] == "New York Times"
    assert restore_names("What did the NYT report?", names) == "What did the New York Times report?"
    # a firm's own name before its form ("Megvii Technology") is a name, at a question's start too
    assert spelled_names(["D'autres géants comme SenseTime Group ou encore Megvii Technology."])["megvii"] == "Megvii"
    assert "SDN" not in spelled_names(["La Sécurité Du Numérique (SDN) et la Sécurité Des Navires."])  # written, and two names
    # a name with a capital inside is one however it opens
    assert spelled_names(["The recent hack discovered for iOS devices."])["ios"] == "iOS"
    assert "ios" not in spelled_names(["The recent hack discovered for iOS devices.", "Les ios et les autres."])
    assert restore_names("who found the ios hack?", {"ios": "iOS"}) == "who found the iOS hack?"


def test_a_terse_french_question_is_french():
    from assistant.text import question_language

    assert question_language("nom complet de hikvision ?") == "fr"
    assert question_language("sanctions contre sensetime ?") == "fr"
    assert question_language("dahua response to the accusations?") == "en"


def test_a_question_may_open_with_a_name_the_articles_spell(monkeypatch):
    from assistant import text

    monkeypatch.setattr(text, "_OPENING_NAMES", frozenset())
    assert text.names_in_question("Dahua response to the accusations?") == set()  # any first word takes a capital
    text.know_names(["Dahua", "SenseTime"])
    assert text.names_in_question("Dahua response to the accusations?") == {"dahua"}
    assert text.names_in_question("SenseTime répond quoi à Washington ?") == {"sensetime", "washington"}
    assert text.names_in_question("Concrètement, qu'est-ce qui est interdit à Dahua ?") == {"dahua"}


@pytest.mark.parametrize(
    "question,lang,spelled",
    [
        ("Which Chinese region does the Commerce Dept statement single out?", "en", "Which Chinese region does the Commerce Department statement single out?"),
        ("Amazon utilise la reco faciale sur les cameras Dahua ?", "fr", "Amazon utilise la reconnaissance faciale sur les cameras Dahua ?"),
        ("L'entity list tombe quand par rapport aux négos ?", "fr", "L'entity list tombe quand par rapport aux négociations ?"),
        ("pq le gouv US a fait ça ?", "fr", "pourquoi le gouvernement US a fait ça ?"),
        ("elle est passee avec cb de voix ?", "fr", "elle est passee avec combien de voix ?"),
        ("et ils ont fait quoi qd le Times les a contactés ?", "fr", "et ils ont fait quoi quand le Times les a contactés ?"),
        ("c qui le porte-parole d'Amazon stp", "fr", "c'est qui le porte-parole d'Amazon stp"),
        ("Et la série C, elle date de quand ?", "fr", "Et la série C, elle date de quand ?"),  # only an opening "c" is « c'est »
        ("What did the govt. say?", "en", "What did the government say?"),
        ("Who recorded the department's decision?", "en", "Who recorded the department's decision?"),  # whole words only
        ("quick one - what bill did the House pass on Dec 8?", "en", "quick one - what bill did the House pass on December 8?"),
        ("Qu'a voté la Chambre le 8 déc. ?", "fr", "Qu'a voté la Chambre le 8 décembre ?"),
        ("Combien de sept entreprises ?", "fr", "Combien de sept entreprises ?"),  # "sept" is seven, not September
        ("how many AI cos made the list?", "en", "how many AI companies made the list?"),
        ("SenseTime's postponed HK listing, how much?", "en", "SenseTime's postponed Hong Kong listing, how much?"),
        ("An IPO of HK$5.5 billion?", "en", "An IPO of HK$5.5 billion?"),  # a currency, not the place
        ("noms des 2 boites qui ont 1/3 du marché ?", "fr", "noms des 2 boites qui ont un tiers du marché ?"),  # as the articles write it
        ("who holds 1/3 of the market as of 12/31/2019?", "en", "who holds a third of the market as of 12/31/2019?"),  # not in a date
        ("whats that rep's name", "en", "whats that representative's name"),  # a possessive
        ("which amazon exec signed off on it", "en", "which amazon executive signed off on it"),
        ("la loi est passée à cmb de voix ?", "fr", "la loi est passée à combien de voix ?"),
        ("ca dure depuis cmb de tps deja", "fr", "ca dure depuis combien de temps deja"),
        ("l'admin d'aujourd'hui", "fr", "l'admin d'aujourd'hui"),  # not after an elision, nor before one
        ("c quoi la rep de SenseTime aux accusations ?", "fr", "c'est quoi la réponse de SenseTime aux accusations ?"),  # in French, a reply
        ("la startup nanotech c laquelle ?", "fr", "la startup nanotech c'est laquelle ?"),  # before "which one", anywhere
        ("la série C lancée par Megvii ?", "fr", "la série C lancée par Megvii ?"),
    ],
)
def test_chat_shorthand_is_spelled_out_in_the_questions_language(question, lang, spelled):
    from assistant.text import spell_out

    assert spell_out(question, lang) == spelled
