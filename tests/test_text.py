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
