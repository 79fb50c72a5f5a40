"""Pure unit tests: which article a question names as its source (no model; similarity is a fixed fake)."""

from assistant.scope import article_language_scope, article_scope, resolve_topic, topic_names

ARTICLES = {  # doc -> folded text, as the pipeline passes them
    "alibaba.txt": "alibaba a enseigne a ses clients ... alibaba a modifie son site ... selon alibaba",
    "sensetime.txt": "sensetime reporte son introduction en bourse ... sensetime's ipo ... alibaba",
    "list.txt": "28 entreprises chinoises sur liste noire ... hikvision, dahua, sensetime",
}


def test_an_article_is_named_by_its_subject_or_by_what_it_is_about():
    scope = article_scope("Pourquoi, selon l'article sur Alibaba, les logiciels distinguent-ils les Ouïghours ?")
    assert scope.topics == ("Alibaba",) and scope.lang is None
    assert article_scope("According to the Amazon article, what did the cameras cost?").topics == ("Amazon",)
    scope = article_scope("What fields does SenseTime specialise in, according to the French article about its IPO?")
    assert scope.lang == "fr" and scope.topics == ("its IPO",)
    scope = article_scope("Which wire service does the French piece on the 28 blacklisted companies cite?")
    assert scope.lang == "fr" and scope.topics == ("the 28 blacklisted companies cite",)  # its similarity decides
    assert article_scope("What does the article about a ban on Hikvision say?").topics == ("a ban on Hikvision say",)
    assert article_scope("In the article on Hong Kong protests, who spoke?").topics == ("Hong Kong",)
    assert article_scope("In the French write-up, what restrictions apply?").lang == "fr"


def test_a_topic_ends_where_the_question_goes_on():
    scope = article_scope("Comment l'article sur l'outil de détection des Ouïghours présente-t-il Alibaba ?")
    assert scope.topics == ("l'outil de détection des Ouïghours",)
    assert article_scope("In the article about SenseTime's IPO, how many Uyghurs are held?").topics == ("SenseTime's IPO",)


def test_language_words_are_not_topics_and_two_articles_are_no_scope():
    assert article_scope("Selon l'article en anglais, combien d'entreprises ?").topics == ()
    assert article_language_scope("Selon l'article en anglais, combien d'entreprises ?") == "en"
    assert article_language_scope("Depuis quand, selon le papier en anglais ?") == "en"
    assert article_language_scope("D'après le texte rédigé en anglais, dans quel domaine opère la jeune pousse ?") == "en"
    assert article_scope("According to the English-language article, who ruled?").topics == ()
    assert not article_scope("L'article en anglais et l'article français donnent-ils le même nombre ?")
    assert not article_scope("Do the Amazon article and the English-language article agree?")
    # Both languages named: no language scope
    assert article_language_scope("L'article anglais dit huit, les articles français 28 : qui a raison ?") is None
    assert article_language_scope("Les articles français et anglais citent-ils la même déclaration ?") is None
    assert article_language_scope("Do the English and French articles agree?") is None
    # A bare "the story" names no article: the French one is still the source.
    assert article_scope("In the French article about the 28 firms, which agency is cited for the story?").lang == "fr"
    assert not article_scope("Who blacklisted Dahua?")
    # Coverage, reports and media in a language are its articles too.
    assert article_language_scope("How does the French coverage describe Hikvision?") == "fr"
    assert article_language_scope("What do English-language reports say about it?") == "en"
    assert article_language_scope("Que disent les médias anglophones ?") == "en"
    assert article_language_scope("What did the state media report?") is None
    assert article_language_scope("nom complet de Hikvision dans l'article UK ?") == "en"
    assert article_language_scope("What does the British press say?") == "en"
    assert article_language_scope("Is Hikvision sold in the UK?") is None


def test_names_pick_the_article_that_mentions_them_most():
    never = lambda topic: {}  # noqa: E731 - names decide, meaning is not asked
    assert resolve_topic("Alibaba", "q", ARTICLES, never) == "alibaba.txt"
    assert resolve_topic("SenseTime's IPO", "q", ARTICLES, never) == "sensetime.txt"
    # A topic owned by a pronoun borrows the question's names: "its IPO" is SenseTime's; another topic does not.
    assert topic_names("its IPO", "What does SenseTime do, according to the article about its IPO?") == ["sensetime"]
    assert topic_names("la liste noire", "Selon l'article sur la liste noire, que dit Alibaba ?") == []


def test_meaning_decides_without_names_and_a_tie_decides_nothing():
    close = lambda topic: {"alibaba.txt": 0.80, "sensetime.txt": 0.79, "list.txt": 0.86}  # noqa: E731
    assert resolve_topic("the 28 firms put on the blacklist", "Which agency is cited?", ARTICLES, close) == "list.txt"
    tie = lambda topic: {"alibaba.txt": 0.800, "sensetime.txt": 0.799, "list.txt": 0.7}  # noqa: E731
    assert resolve_topic("the tool", "Which agency is cited?", ARTICLES, tie) is None
    assert resolve_topic("anything", "q", {"only.txt": ""}, tie) == "only.txt"
