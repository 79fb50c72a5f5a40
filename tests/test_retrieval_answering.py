"""Pure unit tests: fusion, citations, the refusal decision, extractive selection (no model)."""

import pytest

from assistant.answering import Evidence, ExtractiveAnswerer, check_support, key_terms, question_parts, refusal_text, sentence_units, wants_one_answer
from assistant.citations import cite, markers, uncited_claims
from assistant.retrieval import reciprocal_rank_fusion
from assistant.types import Chunk, Passage


def _p(cid: str, text: str = "x", lang: str = "fr", score: float = 0.0) -> Passage:
    return Passage(Chunk(id=cid, doc=f"{cid}.txt", title=f"T{cid}", lang=lang, text=text, position=0), score)


def test_rrf_rewards_agreement_between_rankings():
    dense = [_p("a"), _p("b"), _p("c")]
    keyword = [_p("c"), _p("b"), _p("d")]
    fused = reciprocal_rank_fusion([dense, keyword], k=60)
    assert {p.chunk.id for p in fused[:2]} == {"b", "c"}  # found by both beat "a", first in one only
    assert [p.chunk.id for p in fused][2:] == ["a", "d"]
    assert fused[1].score == pytest.approx(1 / 62 + 1 / 62)


def test_rrf_validates_arguments():
    with pytest.raises(ValueError, match="k must be greater than 0, got 0"):
        reciprocal_rank_fusion([[]], k=0)
    with pytest.raises(ValueError, match="one weight per ranking"):
        reciprocal_rank_fusion([[], []], weights=[1.0])


def test_cite_renumbers_by_first_use_and_drops_invalid_markers():
    passages = [_p("a", "alpha"), _p("b", "beta"), _p("c", "gamma")]
    draft = cite("Beta is true [2]. Alpha too [1][1]. Nothing here [9].", passages)
    assert draft.text == "Beta is true [1]. Alpha too [2]. Nothing here."
    assert [(c.n, c.doc) for c in draft.citations] == [(1, "b.txt"), (2, "a.txt")]
    assert markers(draft.text) == [1, 2]
    assert uncited_claims(draft.text) == ["Nothing here."]


def test_key_terms_are_names_numbers_and_places(monkeypatch):
    assert key_terms("What was Megvii's revenue in 2022?") == ["megvii", "revenue", "2022"]
    assert key_terms("Quelles entreprises japonaises ont été ajoutées à la liste noire ?") == ["japonaises"]
    assert key_terms("Who made that decision?") == []
    assert key_terms("Who is Hikvision's chief executive?") == ["hikvision", "chief executive"]
    assert key_terms("According to the Reuters-based report, what can they no longer do?") == ["reuters"]  # not "based"
    assert key_terms("Que reproche Washington aux sociétés mises à l'index ?") == ["washington"]  # "index" is not "Inde"
    # A capital opening a later sentence of the question marks no name ("Something", "Also"), unless the articles
    # spell that word as a name.
    assert key_terms("What did the Treasury say SenseTime could do? Something about beards?") == ["treasury", "sensetime"]
    # A verb before its subject pronoun is no attribute: "juge-t-il" judges, "le juge" is a judge.
    assert key_terms("Pourquoi l'article anglais juge-t-il le calendrier provocateur ?") == ["anglais"]
    assert key_terms("Quel juge a-t-il saisi ?") == ["juge"]
    assert key_terms("Et quels mots avait-il employés pour la justifier ?") == []  # employed, not employees
    assert key_terms("À combien SenseTime était-elle valorisée ?") == ["sensetime", "valorisee"]
    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"hikvision"}))  # as know_names(["Hikvision"]) sets it
    assert key_terms("Who blacklisted SenseTime? Hikvision too?") == ["sensetime", "hikvision"]
    assert key_terms("Hikvision a-t-elle demandé une licence ?") == ["hikvision", "licence"]  # its first word too
    assert key_terms("Which firms were added?") == []
    # a market value and who founded a firm are asked about
    assert key_terms("What is Alibaba's market value?") == ["alibaba", "market value"]
    assert key_terms("Qui a fondé SenseTime ?") == ["sensetime", "a fonde"]
    # a licence is asked about (only one article tells of one); « en cours » is ongoing, not a share price
    assert key_terms("Did Amazon obtain a licence for that purchase?") == ["amazon", "licence"]
    assert key_terms("Comment ont-ils répondu sur les négociations en cours ?") == []
    assert key_terms("Quel était le cours de l'action ?") == ["cours"]


@pytest.mark.parametrize(
    "question,evidence,missing",
    [
        ("What was Megvii's revenue in 2022?", "Megvii Technology font également partie de cette liste en 2019.", ("revenue", "2022")),
        ("Combien d'employés compte Dahua ?", "Dahua est l'un des plus grands fabricants de caméras.", ("employes",)),
        ("What did the House of Representatives pass?", "La Chambre des représentants a adopté un texte de loi.", ()),
        ("Quelles entreprises japonaises ont été ajoutées ?", "28 entreprises chinoises ont été ajoutées.", ("japonaises",)),
        ("Which Chinese companies were added to the US list?", "28 organisations chinoises ajoutées par le gouvernement américain.", ()),
        ("How much did SenseTime plan to raise in its Hong Kong IPO?", "SenseTime reporte son introduction à la Bourse de Hong Kong.", ()),
        ("Why were Uyghurs targeted?", "la répression contre les Ouïghours", ()),
        ("How many cameras did Amazon buy?", "Amazon a acheté 1 500 appareils photo.", ()),
        ("Who founded SenseTime?", "Le Trésor américain a placé SenseTime sur sa liste noire.", ("founded",)),
        # An amount raised is not a valuation.
        ("À combien était valorisée SenseTime ?", "SenseTime reporte son introduction en Bourse d’un montant de 767 millions de dollars.", ("valorisee",)),
        ("How much was SenseTime valued at?", "La valorisation de SenseTime atteint 12 milliards de dollars.", ()),
        ("How many Uyghurs are held, according to NGOs?", "des ONG indiquant que près d’un million d’Ouïghours seraient incarcérés", ()),
        ("Is Alibaba a partner of the Olympic Games?", "Alibaba est l’un des sponsors officiels des Jeux olympiques.", ()),
        ("Which lawmaker sponsored the Xinjiang bill?", "La Chambre a adopté un texte de loi sur le Xinjiang ; Nancy Pelosi a souligné…", ("sponsored",)),
        # A two-word attribute is one key term, supported by any form of it in either language
        ("Who is Dahua's chief executive?", "Dahua est l'un des plus grands fabricants de caméras.", ("chief executive",)),
        ("Who is Dahua's chief executive?", "Le PDG de Dahua a démenti.", ()),
        ("Quel est le chiffre d'affaires de Megvii ?", "Megvii Technology font également partie de cette liste.", ("chiffre d'affaires",)),
        # a court or a senator is what the question is about
        ("Devant quel tribunal SenseTime a-t-elle contesté son inscription ?", "SenseTime récuse cette décision.", ("tribunal",)),
        ("Which senators urged Amazon to stop?", "La Chambre des représentants a adopté un texte ; Amazon a acheté des caméras.", ("senators",)),
        # so is the Senate, or a bank
        ("et le sénat l'a voté quand ?", "La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi.", ("senat",)),
        ("Which banks were handling SenseTime's Hong Kong IPO?", "SenseTime a reporté son introduction à la Bourse de Hong Kong.", ("banks",)),
        # Retaliation, chips and models are what such questions ask about; "représailles" is not "répression"
        ("Quelles représailles Pékin a-t-il prises ?", "Pékin dénonce la répression et les représentants américains.", ("represailles",)),
        ("Did China retaliate?", "Pékin a pris des mesures de rétorsion.", ()),
        ("Which US chipmakers supplied Hikvision?", "Hikvision achète ses puces aux États-Unis.", ()),
        ("Which US chipmakers supplied Hikvision?", "Hikvision told Bloomberg it would hurt its US partners.", ("chipmakers",)),
        ("Which Honeywell camera models are Dahua's?", "Dahua products are often relabelled and sold under brands such as Honeywell.", ("models",)),
        # so are engineers, and anyone fired
        ("Is it true that Alibaba fired the engineers who built the Uyghur face-detection feature?", "Le site Web d’Alibaba a montré comment les clients pouvaient détecter les visages des Ouïghours.", ("fired", "engineers")),
        # Days and months in either language
        ("What did the House adopt on Wednesday 8 December?", "La Chambre a adopté, mercredi 8 décembre, un texte de loi.", ()),
        ("What did the House adopt on Wednesday 8 December?", "La Chambre a adopté, jeudi 8 décembre, un texte de loi.", ("wednesday",)),
        # A number may be written in words
        ("Apart from the 8 facial recognition firms, who else is listed?", "The US government has added eight firms specialising in facial recognition.", ()),
        ("Apart from the 8 facial recognition firms, who else is listed?", "Les 28 entreprises chinoises ont été ajoutées.", ("8",)),
        # "ID" as a verb is "identify", in either language
        ("What could SenseTime's tech still ID Uyghurs wearing?", "SenseTime pouvait identifier les Ouïghours portant une barbe.", ()),
        # of two alternatives, the articles need name only the one that answers
        ("Nancy Pelosi présidait-elle le Sénat ou la Chambre des représentants ?", "La présidente de la Chambre des représentants, Nancy Pelosi.", ()),
        ("Did the Senate or the President sign the bill?", "La Chambre des représentants a adopté un texte de loi.", ("senate", "president")),
        # going to court, « saisir la justice »
        ("Hikvision a-t-elle saisi la justice américaine pour contester son inscription ?", "Hikvision conteste la décision du gouvernement américain.", ("justice",)),
        # names of several words are alternatives whole
        ("Were Alibaba's shares listed in Hong Kong or on the New York Stock Exchange?", "Les actions d’Alibaba se négocient à la Bourse de New York.", ()),
        # a name may end in lowercase words: « des Jeux olympiques ou de la Coupe du monde »
        ("Alibaba est-il le partenaire cloud officiel des Jeux olympiques ou de la Coupe du monde ?", "Alibaba est le partenaire officiel des services cloud pour les jeux olympiques.", ()),
        ("Did Amazon buy cameras or Dahua software?", "Dahua vend des caméras.", ("amazon",)),
        # a firm's form after its name ("SenseTime Group") is no term an article must have
        ("What did the Treasury say SenseTime Group had advertised?", "Selon le Trésor, SenseTime a mis en avant sa capacité.", ()),
        # alternatives are the names beside « ou », not a source named before a comma
        ("Selon Reuters, Hikvision ou Dahua a-t-elle fourni Amazon ?", "Dahua a fourni Amazon.", ("reuters",)),
        # not two common nouns: a sanction found says nothing of a fine
        ("A-t-elle écopé d'une amende ou d'une sanction pour cet achat ?", "Le Trésor a sanctionné SenseTime.", ("amende",)),
        ("Où le Sénat a-t-il voté ?", "La Chambre des représentants a adopté un texte de loi.", ("senat",)),  # « où » is no "or"
        # a claim checked yes or no with a wrong count is answered with the count the articles give
        ("Is it true that the administration added 18 Chinese entities last year?", "L’année dernière, l’administration a ajouté 28 entités chinoises.", ()),
        ("How many of the 18 Chinese entities were AI firms?", "L’année dernière, l’administration a ajouté 28 entités chinoises.", ("18", "ai")),
        ("Is it true that 18 of them were banned?", "L’année dernière, l’administration a ajouté 28 entités chinoises.", ("18",)),
        ("Our draft says 38 Chinese organisations were blacklisted. Is that figure right?", "Le département du Commerce a ajouté 28 organisations chinoises.", ()),
        ("Le chiffre de 38 organisations est-il exact ?", "Le département du Commerce a ajouté 28 organisations chinoises.", ()),
        # …and so with a wrong year or day
        ("A draft says Washington first sanctioned SenseTime in 2021. Is that correct?", "En 2019, Washington a sanctionné SenseTime.", ()),
        ("When in 2021 was SenseTime first sanctioned?", "En 2019, le département du Commerce a sanctionné SenseTime.", ("2021",)),
        ("Our timeline has the House passing the bill on Wednesday 6 December. Can you confirm the date?", "La Chambre a adopté, mercredi 8 décembre, un texte de loi.", ()),
        ("Our timeline has the House passing the bill on 6 December. Can you confirm the date?", "La Chambre a adopté en novembre un texte de loi.", ("6", "december")),
        ("Et combien seraient internés, d'après les ONG ? J'ai lu 100 000.", "Des ONG indiquent que près d’un million d’entre eux seraient incarcérés.", ()),
        # a name after an elided article is a name; subsidiaries and a deadline are what such questions ask about
        ("Qui a découvert la faille visant les appareils d'Ericsson ?", "The recent hack discovered for iOS devices.", ("ericsson",)),
        ("the WH investment ban — what was it", "Le mois dernier, la Maison Blanche a interdit aux Américains d’investir.", ()),  # the White House
        ("Under what brand do the CCTV maker's products end up on sale?", "Dahua est l’un des plus grands fabricants de caméras de surveillance.", ()),
        ("Les filiales de Hikvision sont-elles couvertes par l'inscription ?", "Hikvision figure sur la liste.", ("filiales",)),
        ("Quel délai les fournisseurs ont-ils reçu ?", "Les fournisseurs américains ne peuvent plus livrer ces entreprises.", ("delai",)),
        ("I read that Amazon bought 2000 cameras. Is that right?", "Amazon a acheté 1 500 caméras en 2019.", ()),
        ("Est-ce qu'Amazon a acheté des caméras à Dahua ?", "Dahua a vendu des caméras.", ("amazon",)),
        ("Is it correct that only around 100,000 Uyghurs are held in camps?", "L'ONU estime que plus d'un million de Ouïghours sont détenus dans des camps.", ()),
        ("How many of the 100,000 Uyghurs are held in camps?", "L'ONU estime que plus d'un million de Ouïghours sont détenus dans des camps.", ("100", "000")),
        # a name the articles never spell is there as spelt, not by a stem ("Instagram" is not "installations")
        ("Est-il vrai qu'il l'a annoncé sur Instagram ?", "Un tiers de ces caméras seraient utilisées dans les installations d’Amazon.", ("instagram",)),
        ("Did Huaweis partners get licences?", "Huawei’s partners have no licences.", ()),
        ("Which Democratic leader spoke out about it?", "La démocrate Nancy Pelosi a souligné les violations.", ()),
        ("Qu'est-ce que l'Etat chinois a demandé aux Etats-Unis ?", "Pékin a demandé aux États-Unis de retirer les entreprises.", ()),
    ],
)
def test_support_needs_every_key_term_in_the_evidence(question, evidence, missing):
    assert check_support(question, [evidence]).missing == missing


def test_article_language_named_in_question_is_supported_by_a_passage_in_it():
    question = "Selon l'article en anglais, combien d'entreprises ?"
    assert check_support(question, ["eight firms"], ["fr", "en"]).supported
    assert not check_support(question, ["huit entreprises"], ["fr"]).supported
    # the article named by its country ("l'article UK"); a country asked about is a place to find in the text
    assert check_support("nom complet de Hikvision dans l'article UK ?", ["Hangzhou Hikvision Digital Technology Co"], ["en"]).supported
    assert not check_support("Is Hikvision banned in the UK?", ["Hikvision is on the entity list."], ["en"]).supported


def test_refusal_names_terms_no_single_article_holds_together():
    en = refusal_text("en", ["amazon"], "How many cameras did Hikvision sell to Amazon?", ["hikvision", "amazon"])
    assert en == "The articles do not say. None of them covers “Hikvision” and “Amazon” together."
    fr = refusal_text("fr", ["amazon"], "Combien de caméras Hikvision a-t-elle vendues à Amazon ?", ["hikvision", "amazon"])
    assert fr.startswith("Les articles ne précisent pas") and "« Hikvision » et « Amazon » ensemble" in fr


def test_refusal_names_the_one_term_the_passages_on_the_subject_lack():
    fr = refusal_text("fr", ["tresor"], "Le ministère qui y voit un « drapeau rouge », c'est bien le Trésor ?", ["tresor"])
    assert fr == "Les articles ne précisent pas cela : les passages qui en traitent ne nomment pas « Trésor »."
    assert "“Treasury”" in refusal_text("en", ["treasury"], "Is it the Treasury that sees a red flag?", ["treasury"])


def test_refusal_text_follows_question_language_and_names_the_missing_term():
    assert refusal_text("en", ["2022"], "What was Megvii's revenue in 2022?").startswith("The articles do not say")
    fr = refusal_text("fr", ["japonaises"], "Quelles entreprises japonaises ?")
    assert fr.startswith("Les articles ne précisent pas") and "japonaises" in fr


def test_sentence_units_join_anaphoric_followers():
    units = sentence_units("SenseTime et Megvii sont sur la liste. Ces deux sociétés sont soutenues par Alibaba. Rien à voir ici avec cela du tout.")
    assert units[0] == "SenseTime et Megvii sont sur la liste. Ces deux sociétés sont soutenues par Alibaba."


def test_a_heading_is_no_fragment_of_the_sentence_before_it():
    text = ("Objectif : les empêcher de travailler avec les entreprises américaines.\n\n28 entreprises chinoises blacklistées\n\n"
            "En tout ce sont 28 organisations chinoises qui viennent d’être ajoutées à cette liste noire.")
    units = sentence_units(text)
    assert units[0] == "Objectif : les empêcher de travailler avec les entreprises américaines."  # a whole sentence, scored as one
    assert units[1].startswith("28 entreprises chinoises blacklistées")
    assert sentence_units("La liste compte 28 noms. Dont Dahua.")[0] == "La liste compte 28 noms. Dont Dahua."  # a fragment still joins


def test_extractive_answer_quotes_and_cites_each_sentence():
    passages = [_p("a", "Le Trésor a placé SenseTime sur liste noire. Autre chose.", "fr"), _p("b", "The Treasury blacklisted SenseTime.", "en")]
    evidence = [
        Evidence(1, "Le Trésor a placé SenseTime sur liste noire.", 0.90),
        Evidence(2, "The Treasury blacklisted SenseTime.", 0.89),
        Evidence(1, "Autre chose.", 0.50),
    ]
    draft = ExtractiveAnswerer(max_sentences=3).answer("Who blacklisted SenseTime?", "en", passages, evidence)
    assert draft.text.startswith("According to the articles:")
    assert "[1]" in draft.text and "[2]" in draft.text and "Autre chose" not in draft.text
    assert draft.citations[0].sentences == ("Le Trésor a placé SenseTime sur liste noire.",)


def test_another_source_is_cited_only_from_the_best_ranked_passages():
    passages = [_p(c, f"Sentence {c}.", "en") for c in "abcde"]
    evidence = [Evidence(1, "Sentence a.", 0.90), Evidence(4, "Sentence d.", 0.899), Evidence(2, "Sentence b.", 0.898)]
    chosen = ExtractiveAnswerer(new_source_passages=3).choose("What?", evidence)
    assert [e.passage for e in chosen] == [1, 2]  # the 4th passage is as close, but ranked too low to earn a citation
    assert [e.passage for e in ExtractiveAnswerer(new_source_passages=5).choose("What?", evidence)] == [1, 4, 2]


def test_a_question_about_several_firms_may_quote_a_longer_second_source():
    evidence = [Evidence(1, "a" * 60 + ".", 0.90), Evidence(2, "b" * 60 + ".", 0.899)]
    answerer = ExtractiveAnswerer(max_chars=100, several_chars=130)
    assert [e.passage for e in answerer.choose("What did SenseTime say?", evidence)] == [1]
    assert [e.passage for e in answerer.choose("What did SenseTime and Megvii say?", evidence)] == [1, 2]
    assert [e.passage for e in answerer.choose("What did SenseTime say, and why?", evidence)] == [1, 2]


@pytest.mark.parametrize(
    "question,one",
    [
        ("Which news agency reported the sanctions?", True),
        ("Dans combien de villes Hikvision a-t-il des bureaux ?", True),
        ("When was Megvii added to the list?", True),
        ("What are the full names of Hikvision and Dahua?", False),  # two firms: one name each
        ("Why was SenseTime blacklisted?", False),
        ("When was SenseTime listed, and why?", False),  # two parts
    ],
)
def test_a_question_for_one_figure_date_or_name_is_answered_from_one_source(question, one):
    assert wants_one_answer(question) is one
    evidence = [Evidence(1, "Sentence a.", 0.90), Evidence(2, "Sentence b.", 0.899)]
    chosen = ExtractiveAnswerer(new_source_passages=3).choose(question, evidence)
    assert [e.passage for e in chosen] == ([1] if one else [1, 2])


def test_a_best_sentence_that_presents_what_the_one_before_named_brings_that_sentence_along():
    named = "Parmi les sociétés présentes sur cette liste, nous retrouvons Hikvision et Dahua."
    presents = "Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde."
    passages = [_p("a", f"{named} {presents}", "fr")]
    evidence = [Evidence(1, presents, 0.90, antecedent=named), Evidence(1, named, 0.70)]
    draft = ExtractiveAnswerer().answer("Quelles sont les deux plus grandes sociétés ?", "fr", passages, evidence)
    assert draft.text.index("Hikvision") < draft.text.index("Il s’agit")  # the article's order, one citation
    assert draft.citations[0].sentences == (named, presents)
    alone = [Evidence(1, "Il n’a pas été possible de le déterminer.", 0.90, antecedent=named), Evidence(1, named, 0.70)]
    assert len(ExtractiveAnswerer().choose("Q ?", alone)) == 1  # an impersonal "il" points back to nothing


def test_a_sentence_from_a_cited_passage_may_stretch_the_answer_but_a_new_source_may_not():
    first, same, other = "A" * 290 + ".", "B" * 250 + ".", "C" * 150 + "."
    passages = [_p("a", f"{first} {same}", "en"), _p("b", other, "en")]
    evidence = [Evidence(1, first, 0.90), Evidence(1, same, 0.89), Evidence(2, other, 0.88)]
    chosen = ExtractiveAnswerer(max_chars=500, same_source_chars=600).choose("What?", evidence)
    assert [e.sentence for e in chosen] == [first, same]  # 542 characters from one source
    assert [e.sentence for e in ExtractiveAnswerer(max_chars=500, same_source_chars=500).choose("What?", evidence)] == [first, other]


@pytest.mark.parametrize(
    "question,parts",
    [
        ("Combien de caméras Amazon a-t-elle achetées à Dahua et pour quel montant ?", ["Combien de caméras Amazon a-t-elle achetées à Dahua", "pour quel montant"]),
        ("When was SenseTime blacklisted, and by which department?", ["When was SenseTime blacklisted", "by which department"]),
        ("Who are Hikvision and Dahua?", ["Who are Hikvision and Dahua?"]),
        ("Quand et pourquoi SenseTime a-t-il été sanctionné ?", ["Quand et pourquoi SenseTime a-t-il été sanctionné ?"]),
    ],
)
def test_question_parts_splits_only_a_second_question(question, parts):
    assert question_parts(question) == parts


def test_each_part_of_a_multi_part_question_gets_its_sentence():
    passages = [_p("a", "Amazon a acheté pour 10 millions de dollars de caméras. Il aurait acheté 1 500 appareils photo.", "fr")]
    evidence = [Evidence(1, "Amazon a acheté pour 10 millions de dollars de caméras.", 0.95), Evidence(1, "Il aurait acheté 1 500 appareils photo.", 0.70)]
    answerer = ExtractiveAnswerer()
    assert len(answerer.choose("Combien et pour quel montant ?", evidence)) == 1
    chosen = answerer.choose("Combien et pour quel montant ?", evidence, leads=[evidence[1]])
    assert [e.sentence for e in chosen] == [evidence[0].sentence, evidence[1].sentence]


_TALKS = (
    "The timing of the move, just a few days ahead of the latest talks aimed to end the “good and easy to win” trade war with China, now in the"
    " better part of its second year, might seem a bit inflammatory."
)
_AMAZON_SPOKESPERSON = (
    "« Aucun de ces équipements n’a de connectivité réseau, et aucune information personnelle identifiable ne sera visible, collectée ou stockée »,"
    " a déclaré un porte-parole, qui a également noté que le matériel exact de détection des coronavirus qu’Amazon utilise varie d’un bâtiment à l’autre."
)
_ROSS_ON_SENSETIME = (
    "En 2019, lorsque le département du Commerce a annoncé la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross"
    " avait justifié cette décision."
)


_REPORT_HK = "En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong, “afin de préserver les intérêts des investisseurs potentiels”."
_TIMING = "The timing of the move, just a few days ahead of the latest talks aimed to end the trade war with China, might seem a bit inflammatory."
_BOUGHT_REUTERS = "Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température à une entreprise sur liste noire, rapporte Reuters en citant des sources familières avec le sujet."
_DAHUA_DENIES = "Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."
_HAD_TO_POSTPONE = "En ce mois de décembre les tensions sont désormais concentrées autour de la société SenseTime qui a dû reporter son introduction en Bourse."
_TREASURY_AGAIN = "En fin de semaine dernière, le Trésor américain a annoncé avoir de nouveau placé SenseTime sur sa liste noire du fait de sa technologie de reconnaissance faciale visant la minorité ouïghoure."
_OLYMPICS = "Alibaba est le partenaire officiel des services cloud pour le jeux olympiques."
_SITE_EDIT = "Après que le Times ait interrogé Alibaba sur l’outil cette semaine, la société a modifié son site Web pour supprimer les références aux ouïghours et aux visages minoritaires."
_CAMERAS_THIRD = "Au moins un tiers de ces caméras seraient destinées à être utilisées dans les installations d’Amazon à travers les États-Unis."
_OTHER_BRANDS_SENTENCE = "Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."
_HIKVISION_TOLD_BLOOMBERG = (
    "One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision, despite these engagements, will deter global companies from communicating"
    " with the US government, hurt Hikvision’s US businesses partners and negatively impact the US economy.”"
)
_BACKED_BY_ALIBABA = "Ces deux sociétés sont soutenues par Alibaba et cela ne plaît guère au gouvernement américain."
_POST_ON_HUAWEI = "Le Washington Post rapporté la semaine dernière que Huawei, un autre géant chinois de la technologie, avait testé un logiciel capable d'alerter automatiquement la police."
_LIST_READ_OUT = "Nous pouvons y lire que : « nous considérons que les entreprises qui figurent sur cette liste jouent un rôle dans la surveillance de haute technologie menée par la Chine. »"
_AMAZON_BOUGHT_1500 = "Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, au début du mois, pour freiner la propagation de COVID-19 dans ses entrepôts."
_PELOSI_ON_XINJIANG = "La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné: “Au Xinjiang et dans toute la Chine, des millions de personnes subissent des violations scandaleuses des droits de l’homme”."
_REFUND_IN_FULL = "L’entreprise chinoise affirme cependant rester “déterminée” à être prochainement cotée et s’est engagée à rembourser intégralement ceux qui ont déjà investi."
_SENSETIME_LISTED_FRIDAY = "Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire pour sa technologie de reconnaissance faciale visant la minorité ouïghoure."


@pytest.mark.parametrize(
    "question,sentences,missing",
    [
        ("What is the name of the nanotech startup added to the list?", ["Two further firms have also made the list, along with a nanotech startup."], "name"),
        ("What is the name of the French footballer?", ["Une star du football français, Antoine Griezmann, a rompu les liens."], None),
        ("Combien Huawei versait-il à Griezmann ?", ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."], "number"),
        ("How many cameras did Amazon buy?", ["Le géant aurait acheté 1 500 appareils photo au Zhejiang Dahua."], None),
        ("À quelle date SenseTime a-t-elle reprogrammé son introduction ?", ["SenseTime a préféré annoncer le report de son introduction."], "date"),
        ("When did the House adopt the bill?", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi."], None),
        ("Why were the firms blacklisted?", ["No figure, date or name is asked for here."], None),
        ("What did Honeywell say about the cameras?", ["Ses produits sont souvent réétiquetés par Honeywell."], "speech"),
        ("Comment s'appelle la liste ?", ["Eight firms were added to the so-called ‘entity list’ of foreign firms."], None),
        ("Comment s'appelle la liste ?", ["Huit entreprises ont été ajoutées à la liste."], "name"),
        # "À qui est-il attribué ?", "Qui est soupçonné …?" ask for whoever it was, perhaps "the government", not a name
        ("Et qui est soupçonné d'être derrière ?", ["The hack is widely suspected to be the work of the Chinese government."], None),
        ("Qui est le partenaire d'Alibaba ?", ["The hack is widely suspected to be the work of the Chinese government."], "name"),
        ("Quel piratage l'article rappelle-t-il, et à qui est-il attribué ?", ["The recent hack for iOS devices is suspected to be the work of the Chinese government."], None),
        ("How accurate was the detection tool?", ["The tool was only used in a test environment."], "number"),
        ("On what exact date was the list published?", ["Bloomberg estimates that the two firms hold a third of the market."], "date"),
        # "On what date …?" asks for a day on the calendar; "When …?" is answered by a date relative to another event.
        ("À quelle date ont lieu les négociations ?", ["The move came just a few days ahead of the latest talks."], "date"),
        ("When was the move announced?", ["The move came just a few days ahead of the latest talks."], None),
        ("What's SenseTime's new date for the listing?", ["En ce mois de décembre, SenseTime a dû reporter son introduction."], "date"),
        ("Quel jour le Trésor a-t-il agi ?", ["Vendredi dernier, le Trésor américain mettait SenseTime sur sa liste noire."], None),
        # A date is not a quantity.
        ("Combien de voix le texte a-t-il recueillies ?", ["La Chambre a adopté, mercredi 8 décembre 2021, un texte de loi."], "number"),
        ("Combien de caméras Amazon a-t-il achetées ?", ["Amazon a acheté 1 500 caméras le 8 avril."], None),
        ("What did Honeywell say about the cameras?", ["« Nous vérifions nos fournisseurs », a déclaré Honeywell."], None),
        ("What did Honeywell say about the cameras?", ["« Nous vérifions nos fournisseurs », a déclaré Hikvision."], "speech"),
        # A reaction: words or a stated stance from the one asked about, not a sentence that merely names it.
        ("How did Megvii respond to being blacklisted?", ["D’autres géants comme Megvii Technology font également partie de la liste."], "speech"),
        ("Comment Huawei a-t-il réagi au reportage du Washington Post ?", ["Le Washington Post a rapporté que Huawei avait testé un logiciel."], "speech"),
        ("How did Beijing react to the listing?", ["Pékin a dénoncé une ingérence dans ses affaires intérieures."], None),
        ("How has the US government responded to the repression of Uyghurs?", ["Washington a sanctionné des entreprises chinoises."], None),
        # Words in scare quotes are nobody's reaction; a capital speaks through its own name or its officials, and a
        # quote about "la Chine" is not Beijing's.
        ("How did Beijing react to the bill?", ["La Chambre a adopté un texte pour condamner le “travail forcé”, sur fond de tensions entre Washington et Pékin."], "speech"),
        ("How did Beijing react to the bill?", ["Wilbur Ross a déclaré : “Nous ne tolérerons pas la répression à travers la Chine”."], "speech"),
        ("How does Beijing justify the campaign?", ["Les responsables chinois ont défendu la campagne au Xinjiang."], None),
        ("Et Washington dit que ça a un rapport ?", ["The US government is clear that this has nothing to do with the trade war."], None),
        # A count must count what is asked, when the lexicon knows it in both languages.
        ("How many warehouses got the cameras?", ["Amazon bought 1,500 cameras for its warehouses."], "count"),
        ("By how many votes did the bill pass?", ["Des millions de personnes subissent des violations."], "count"),
        ("How many Amazon warehouses got cameras?", ["Amazon equipped 40 warehouses."], None),
        ("Combien d'Ouïghours sont détenus ?", ["Des ONG indiquent que près d'un million d'entre eux seraient incarcérés."], None),
        ("How many Chinese firms were added?", ["Two further firms have also made the list."], None),
        # "de combien d'Ouïghours" counts, it asks no change; "One of the firms" counts nothing; a place other than China
        # narrows the count ("How many US cities"); "ces licences" are counted like "licences".
        ("Les ONG parlent de combien d'Ouïghours détenus ?", ["Des ONG indiquent que près d'un million d'entre eux seraient incarcérés."], None),
        ("How many US companies have applied for a licence?", ["One of the firms, Hikvision, told Bloomberg it would hurt its partners."], "number"),
        ("How many US cities have Hikvision cameras?", ["Hikvision and Dahua are in situ in hundreds of cities all over the world."], "count"),
        ("Combien de villes américaines ont des caméras Hikvision ?", ["Hikvision est présent dans des centaines de villes américaines."], None),
        ("Et combien de ces licences ont été accordées ?", ["As yet no licences have even been issued."], None),
        ("Et combien d'élus ont voté pour ?", ["Au Xinjiang, des millions de personnes subissent des violations."], "count"),
        # a vote tally, an accuracy named with a modifier, and a city (not a region) are asked for
        ("What was the vote tally when the House adopted the bill?", ["La Chambre a adopté, mercredi 8 décembre, un texte de loi."], "number"),
        ("By what margin did the House pass the bill?", ["La Chambre a adopté, mercredi 8 décembre, un texte de loi."], "number"),
        ("Pour quelle raison Alibaba a-t-il testé l'outil ?", ["Il a également refusé de dire pourquoi il avait testé ces outils."], "reason"),
        ("What identification accuracy did SenseTime claim?", ["SenseTime a mis en avant sa capacité à identifier les Ouïghours."], "number"),
        ("Dans quelle ville se tenaient les négociations ?", ["Les violations des droits de l’homme dans le Xinjiang, la région de l’ouest de la Chine."], "place"),
        ("Dans quelle ville SenseTime est-elle cotée ?", ["SenseTime reporte son introduction à la Bourse de Hong Kong."], None),
        ("Which warehouses got them first?", ["Les violations des droits de l’homme dans le Xinjiang, la région de l’ouest de la Chine."], "place"),
        # what a question sets apart ("Apart from Honeywell") is not the name it asks for
        ("Apart from Honeywell, which brands resell Dahua cameras?", ["Ses produits sont vendus sous d’autres marques telles que Honeywell."], "name"),
        # a place set aside is no name set aside
        ("Apart from hurting the American economy, what did Hikvision tell Bloomberg the penalty would discourage?",
         ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies from communicating with the US government.”"], None),
        # the body that drew up a list is no company on it
        ("Which companies were on the White House list?", ["Le mois dernier, la Maison Blanche a interdit d’investir dans une liste d’entreprises."], "name"),
        ("Which company did the Treasury blacklist?", ["Le Trésor a placé SenseTime sur sa liste noire."], None),
        ("Apart from Uyghurs, which minorities were targeted?", ["Surveillance against Uighurs, Kazakhs and other Muslim minority groups."], None),
        # "official" qualifies a thing here: no person is asked for
        ("What official role does Alibaba have with the Olympic Games?", ["Alibaba est le partenaire officiel des services cloud pour les jeux olympiques."], None),
        ("Which Chinese official defended the campaign?", ["Les responsables chinois ont défendu la campagne."], "person"),
        ("What's that spokesperson's name?", ["« Aucun équipement n’a de connectivité réseau », a déclaré un porte-parole d'Amazon."], "person"),
        # a clause opened by "when" before the question word asks no date
        ("When SenseTime was blacklisted in 2019, which Commerce Secretary justified it?",
         ["En 2019, le secrétaire au Commerce, Wilbur Ross, avait justifié cette décision."], None),
        ("When the firms were blacklisted, which official was in charge?", ["Le secrétaire au Commerce était alors en charge."], "person"),
        ("When was SenseTime blacklisted, what did it say?", ["SenseTime a dit : « Nous nous opposons à cette décision. »"], "date"),  # still asks when
        ("Combien Honeywell paie-t-il à Dahua pour ces caméras ?", ["Amazon a acheté 1 500 caméras, vendues sous la marque Honeywell."], "amount"),
        ("Combien de personnes la Chine a-t-elle enfermées ?", ["Plus d'un million de Ouïgours seraient enfermés."], None),
        ("How many warehouses are there?", ["Amazon has 25 sites, as covid-19 spread to its warehouses."], "count"),
        ("How many warehouses got the cameras?", ["They are in hundreds of cities all over the world."], "count"),  # not "of them"
        # whose list is counted: the White House's list is not counted by the Commerce list's "28 entités"
        ("How many companies were on the White House list of military-linked firms?",
         ["L’année dernière, l’administration a ajouté 28 entités chinoises à une liste noire du commerce.",
          "Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises."], "count"),
        ("Combien d'entreprises figurent sur la liste de la Maison Blanche ?",
         ["La Maison Blanche a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], None),
        # why one was chosen over another: why it was bought is not why that one
        ("Why did Amazon go with Dahua rather than an American supplier?", ["Amazon a acheté 1 500 caméras à Dahua pour freiner la COVID-19."], "reason"),
        ("Pourquoi Amazon a-t-il choisi Dahua plutôt qu'un fournisseur américain ?", ["Amazon a préféré Dahua, moins cher que ses concurrents."], None),
        ("Pourquoi Amazon a-t-il choisi Dahua plutôt qu'un fournisseur américain ?", ["Amazon a acheté des caméras à Dahua pour freiner la COVID-19."], "reason"),
        # a result must be told as one: "a few days ahead of the latest talks" tells none of the talks
        ("What came out of the trade talks?", ["The move came just a few days ahead of the latest talks."], "outcome"),
        ("Qu'est-il ressorti des négociations ?", ["Les négociations ont abouti à un accord partiel."], None),
        ("What happened as a result of that report?", ["Après ce rapport, Griezmann a rompu avec Huawei."], None),  # what followed
        ("What is the issue of facial recognition here?", ["La reconnaissance faciale vise les Ouïghours."], None),  # an issue is no outcome
        ("Et pourquoi Amazon a choisi Dahua plutôt qu'un autre ?", ["Amazon a acheté des caméras à Dahua pour freiner la COVID-19."], "reason"),
        ("What sanction did the US impose on Huawei?", ["The US ban on Huawei partners is the same situation."], None),  # a ban is a sanction
        # a sanction asked of someone must be told of them, not of "les entreprises chinoises soupçonnées"
        ("Quelle sanction Washington a-t-il infligée à Alibaba ?",
         ["Après que le Times a interrogé Alibaba, la société a modifié son site.",
          "Le gouvernement des États-Unis a sanctionné les entreprises chinoises soupçonnées d’être impliquées."], "target"),
        ("What sanction did the Treasury impose on SenseTime?", ["Le Trésor américain a placé SenseTime sur sa liste noire."], None),
        # "d'entre eux" counts what was named before it, not the camps named after it
        ("Combien de camps les Nations unies ont-elles recensés ?", ["Des ONG indiquent qu'un million d'entre eux seraient incarcérés dans des camps."], "count"),
        # None is a count too.
        ("Combien de licences ont été délivrées ?", ["In 2019, no licences have even been issued to 8 firms."], None),
        ("Combien de licences ont été délivrées ?", ["In 2019, no firm got a licence for its 8 cameras."], "count"),
        # A sum of money needs an amount in a currency, not any figure.
        ("Combien Alibaba a-t-il investi dans SenseTime ?", ["Ces deux sociétés sont soutenues par Alibaba."], "amount"),
        ("How much was Griezmann paid?", ["He was one of the 2 brand ambassadors."], "amount"),
        ("How much money did SenseTime plan to raise?", ["Son introduction en Bourse portait sur 767 millions de dollars."], None),
        ("How much did Amazon spend on the cameras?", ["Amazon bought $10 million worth of cameras."], None),
        ("À combien Hikvision chiffre-t-elle ses pertes ?", ["Hikvision told Bloomberg it would hurt its two hundred partners."], "amount"),
        ("Pourquoi vaut-il mieux qu'elles n'aient aucune porte d'entrée ?", ["Pour assurer le respect de sa constitution, il est préférable qu'elles n'en aient pas."], None),
        ("What was the value in euros of the listing?", ["SenseTime, une des 8 entreprises, a reporté son introduction en Bourse."], "amount"),
        ("Combien de pays ont protesté ?", ["Deux pays ont protesté."], None),  # "pays" is a country, not a payment
        # A change is measured in digits, not in number words.
        ("De combien l'action Hikvision a-t-elle baissé ?", ["One of the firms, Hikvision, told Bloomberg it would hurt the economy."], "number"),
        ("By how much did the shares fall?", ["The shares fell 12% on Monday."], None),
        # A duration may be in words.
        ("Depuis combien de temps dure la guerre commerciale ?", ["The trade war is now in the better part of its second year."], None),
        ("Combien de caméras ont été achetées ?", ["The trade war is now in the better part of its second year."], "number"),
        # A name must be given in a sentence about what is named
        ("Quel est le nom de la société de reconnaissance vocale ?", ["Le Trésor a placé SenseTime sur sa liste pour sa reconnaissance faciale."], "name"),
        ("Quel est le nom de la société de reconnaissance vocale ?", ["La liste compte Iflytek, spécialiste de la reconnaissance vocale."], None),
        ("What is the name of the French footballer?", ["Une star du football français, Antoine Griezmann, a rompu avec Huawei."], None),
        # A duration counts units of time; "la semaine dernière" dates, "depuis 2019" lasts.
        ("La sanction dure combien de temps ?", ["En fin de semaine dernière, le Trésor a placé SenseTime sur sa liste noire."], "duration"),
        ("How long will the ban last?", ["The ban has lasted two years."], None),
        ("Depuis combien de temps la Chine est-elle visée ?", ["Les sanctions frappent la Chine depuis 2019."], None),
        ("How long before the talks was it announced?", ["It came a few days before the talks."], None),
        # "montant" alone asks for a sum
        ("Quel était le montant du contrat de Griezmann ?", ["Il avait été un des 2 ambassadeurs de la marque."], "amount"),
        # A place: a known one, or a name after "in" / "dans" / "au", not any name.
        ("In which US states are the warehouses?", ["Dahua's products are often relabelled and sold by Honeywell."], "place"),
        ("Dans quelle province chinoise sont menées ces actions ?", ["La majorité des actions sont menées dans la province du Xinjiang."], None),
        ("Which city is Hikvision based in?", ["Hikvision has its headquarters in Hangzhou."], None),
        ("What kinds of states were named?", ["Nothing is asked of a place here."], None),
        ("In which US states are the warehouses?", ["The cameras came from a Chinese firm, according to a Reuters report."], "place"),
        ("In which US states are the warehouses?", ["The cameras were installed in March."], "place"),
        ("In which US states are the warehouses?", ["Les caméras ont été installées dans l’Ohio."], None),
        ("Which state-owned banks lent money?", ["No place is asked for."], None),
        ("What United States agency ruled?", ["The Commerce Department ruled."], None),
        # A person: two capitalised words that are no organisation, no place and not in the question.
        ("Qui dirige Megvii ?", ["D’autres géants comme SenseTime Group ou encore Megvii Technology font partie de la liste."], "person"),
        ("Quel journaliste du New York Times a signé l'enquête ?", ["Après que le Times ait interrogé Alibaba, la société a modifié son site."], "person"),
        ("What is the name of the Alibaba Cloud executive who answered?", ["« Il n’a jamais été utilisé », a déclaré un représentant d’Alibaba Cloud."], "person"),
        ("Which official signed the order?", ["The order was signed by Commerce Secretary Wilbur Ross."], None),
        ("c'est qui le porte-parole d'Alibaba Cloud ?", ["« Il n’a jamais été utilisé », a déclaré un représentant d’Alibaba Cloud."], "person"),
        ("Who is the spokesperson for Amazon?", ["“They have no connectivity,” said Amazon spokesperson Jane Doe."], None),
        ("Which footballer cut ties with Huawei?", ["Le reportage, qui citait le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre avec l'entreprise."], None),
        ("What risk do US officials see in firms like Dahua?", ["Dahua could insert backdoors, US authorities warned."], None),
        # A version, a vote count or a temperature is a figure; a temperature is in degrees.
        ("Which version of iOS did the hack exploit?", ["The recent hack discovered for iOS devices was aimed at these groups."], "number"),
        ("Which version of iOS did the hack exploit?", ["The hack exploited iOS 12 on older iPhones."], None),
        ("What was the House vote count on the Xinjiang bill?", ["La Chambre a adopté, mercredi 8 décembre, un texte sur le Xinjiang."], "number"),
        ("What temperature threshold do the cameras use?", ["Amazon aurait acheté 1 500 caméras pour détecter les fièvres."], "number"),
        ("À quelle température les caméras signalent-elles une fièvre ?", ["Les caméras signalent une fièvre au-delà de 38 °C."], None),
        # A share, a rate or an accuracy is a part of a whole: "les deux plus grandes sociétés" counts, it gives no share.
        ("Quelle part du marché de la reconnaissance faciale détient SenseTime ?", ["Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde."], "number"),
        ("Quel est le taux de précision de l'outil d'Alibaba ?", ["Le logiciel d'Alibaba détecte les visages de 2 minorités."], "number"),
        ("What share of the sector do Hikvision and Dahua hold?", ["Hikvision and Dahua have up to a third of the sector wrapped up."], None),
        ("Quelle part des caméras ira aux entrepôts d'Amazon ?", ["Au moins un tiers de ces caméras seraient destinées aux installations d’Amazon."], None),
        # "Who at Amazon …?" asks for a person there; a province before a firm's name is no person's name.
        ("Who at Amazon approved that purchase?", ["Amazon aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine."], "person"),
        ("Who at Amazon approved that purchase?", ["The purchase was approved by Amazon's Jane Doe."], None),
        ("Et qui dirigeait le Trésor à ce moment-là ?", ["Le Trésor américain a placé SenseTime sur sa liste noire."], "person"),
        # declining to say why, further from the why
        ("Why did Alibaba put the feature in its documentation?",
         ["La société a refusé d’en dire plus sur ses tests ou d’expliquer pourquoi des informations figuraient dans sa documentation."], "reason"),
        # What was done in the end: a postponed IPO says nothing of what the listing raised; where things end up is no end.
        ("How much did SenseTime end up raising when it finally listed in Hong Kong?",
         ["SenseTime annonce le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "outcome"),
        ("À quelle date SenseTime a-t-elle finalement fait son entrée à la Bourse ?", ["SenseTime a reporté son introduction en Bourse en décembre."], "outcome"),
        ("Under which other brands do Dahua products end up being sold?", ["Ses produits sont souvent réétiquetés et vendus sous d’autres marques telles que Honeywell."], None),
        ("How many cameras did Amazon end up buying?", ["Amazon bought 1,500 cameras."], None),  # nothing put off: no outcome asked of it
        # A share one holds alone is not the share two hold together.
        ("Quelle part du marché mondial de la vidéosurveillance Dahua détient-elle à elle seule ?",
         ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector."], "number"),
        ("What share of the sector do Hikvision and Dahua hold together?",
         ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector."], None),
        # "Which companies …?" is not answered by the name of a person
        ("Which other companies did the Treasury blacklist at the same time as SenseTime?",
         ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], "name"),
        # A secretary, a minister or a representative is a person, named: "le Trésor a annoncé" names none.
        ("Quel secrétaire au Trésor a annoncé la nouvelle inscription de SenseTime ?",
         ["En fin de semaine dernière, le Trésor américain a annoncé avoir de nouveau placé SenseTime sur sa liste noire."], "person"),
        ("Quel secrétaire au Commerce a justifié la décision ?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], None),
        ("What is that representative's name?", ["«Il n’a jamais été utilisé», a déclaré un représentant d’Alibaba Cloud."], "person"),
        # words for raising money ("s'élevait", "levée de fonds") say nothing of what the sum is for
        ("À combien s'élevait, en euros, la levée de fonds que SenseTime visait à Hong Kong ?",
         ["L’entreprise annonce le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars (679 millions d’euros)."], None),
        # "un million d'entre eux" counts what the sentence named before it, Uyghurs, not lawmakers.
        ("Et combien d'élus ont voté pour ?",
         ["L’internement des Ouïghours est dénoncé par des ONG indiquant que près d’un million d’entre eux seraient incarcérés."], "count"),
        ("How many of its warehouses were they installed in?", ["They are already in situ in hundreds of cities all over the world."], "count"),
        # A sum is the one asked about when the sentence names what it is for.
        ("Quel est le montant des sanctions financières infligées à SenseTime par le Trésor ?",
         ["SenseTime annonce le report de son introduction en Bourse pour un montant de 767 millions de dollars."], "amount"),
        ("Quelle somme en euros SenseTime comptait-elle lever à la Bourse de Hong Kong ?",
         ["SenseTime annonce le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], None),
        ("How much did Amazon pay?", ["Amazon a acheté pour 10 millions de dollars de caméras."], None),
        # What a verb was done to must be in the sentence that tells it: Pékin asked to remove firms, not cameras.
        ("Amazon a-t-elle finalement retiré les caméras Dahua de ses entrepôts ?",
         ["Pékin a demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        ("Amazon a-t-elle finalement retiré les caméras Dahua de ses entrepôts ?", ["Amazon a retiré les caméras de ses entrepôts."], None),
        ("Does SenseTime still intend to go public after postponing its IPO?", ["SenseTime intends to be listed soon."], None),
        ("Why did Amazon ultimately stop using the cameras?", ["Amazon postponed using the cameras because of the report."], None),
        ("Did SenseTime finally raise the amount it wanted?", ["SenseTime a levé 767 millions de dollars."], None),
        # "Where was it held / installed?" wants a place, or places told in words.
        ("Where were the trade talks due to take place?", ["The move came a few days ahead of the latest trade talks."], "place"),
        ("Where were the cameras Amazon didn't send to its US sites installed?", ["Au moins un tiers de ces caméras seraient destinées aux installations d’Amazon aux États-Unis."], "place"),
        ("Et où leurs équipements sont-ils déjà installés ?", ["They are already in situ in hundreds of cities all over the world."], None),
        ("Où les pourparlers se sont-ils tenus ?", ["Les pourparlers se sont tenus à Pékin."], None),
        ("Where is SenseTime listing?", ["SenseTime vise la Bourse de Hong Kong."], None),  # not asked so: no place required
        # "Who did it?" is not answered by a sentence that has it done by no one.
        ("Who discovered the iOS hack aimed at the Uighurs?", ["The recent hack discovered for iOS devices was aimed at these groups."], "name"),
        ("Qui a découvert la faille iOS ?", ["The recent hack discovered for iOS devices was aimed at these groups."], "name"),
        ("Qui a placé SenseTime sur liste noire ?", ["SenseTime a été placée sur la liste noire vendredi."], "name"),
        ("Qui a placé SenseTime sur liste noire ?", ["Le Trésor a annoncé avoir de nouveau placé SenseTime sur sa liste noire."], None),
        ("Who discovered the pages?", ["Selon des pages du site découvertes par la publication IPVM, Alibaba …"], None),
        ("Qui a inscrit ces entreprises ?", ["Le gouvernement américain vient d’inscrire une série d’entreprises chinoises."], None),
        # "Which ministry / company …?" asks for one by its name, in a sentence about what sets it apart.
        ("Quel ministère américain considère ces transactions comme un « drapeau rouge » ?", ["Au moins un ministère considère ces transactions comme un « drapeau rouge »."], "name"),
        ("Which US department treats these dealings as a red flag?", ["Au moins un ministère considère ces transactions comme un « drapeau rouge »."], "name"),
        ("Quelle entreprise de reconnaissance vocale a été inscrite ?", ["Le Trésor a placé SenseTime sur sa liste pour sa reconnaissance faciale."], "name"),
        ("Comment s'appelle l'entreprise de reconnaissance vocale ajoutée à la liste ?", ["Selon Reuters, des entreprises de reconnaissance faciale sont sur la liste."], "name"),
        ("Quel ministère a rendu la liste publique ?", ["Le ministère du Commerce a rendu cette liste publique."], None),
        ("Quelle entreprise de reconnaissance vocale a été inscrite ?", ["La liste compte Iflytek, spécialiste de la reconnaissance vocale."], None),
        ("Quel type de start-up figure sur la liste ?", ["The list also holds a nanotech startup."], None),
        ("Quelle start-up d'un autre domaine figure sur la liste ?", ["The list also holds a nanotech startup."], None),
        ("What did the company decline to explain?", ["La société a refusé d'expliquer pourquoi elle avait testé ces outils."], None),
        ("Les partenaires de quelle autre entreprise chinoise sont dans la même situation ?", ["This is the same situation that Huawei’s partners find themselves in."], None),
        ("Quelle agence de presse a révélé l'achat ?", ["Amazon a acheté des caméras, rapporte Reuters."], None),
        # several of them, each named (what sets them apart may be said of them elsewhere)
        ("Quelles entreprises liées à l'armée chinoise figurent sur la liste de la Maison Blanche ?",
         ["La Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise."], "name"),
        ("Which two blacklisted companies are the largest facial recognition firms?",
         ["Bloomberg estimates that Hangzhou Hikvision Digital Technology Co and Zhejiang Dahua Technology Co lead the sector."], None),
        # "company names" asks for names, not for a company set apart by "full"
        ("What full company names does the Bloomberg estimate give for Hikvision and Dahua?",
         ["Bloomberg estimates that Hangzhou Hikvision Digital Technology Co and Zhejiang Dahua Technology Co lead the sector."], None),
        # the words that say what was sought or in which currency do not say what a sum is for
        ("Et quel montant visait-elle, converti en euros ?",
         ["L’entreprise annonce le report de son introduction en Bourse pour un montant de 767 millions de dollars (679 millions d’euros)."], None),
        ("What was SenseTime's shelved Hong Kong share sale worth in euros?",
         ["L’entreprise annonce le report de son introduction en Bourse pour un montant de 767 millions de dollars (679 millions d’euros)."], None),
        # "au début du mois" says when, not in which month
        ("Amazon a acheté les caméras quand ?", ["Amazon aurait acheté 1 500 caméras à Dahua au début du mois, pour ses entrepôts."], None),
        ("En quel mois Amazon a-t-il acheté les caméras ?", ["Amazon aurait acheté 1 500 caméras à Dahua au début du mois, pour ses entrepôts."], "date"),
        # a spokesperson's assurances are asked for, not a person
        ("Quelles garanties le porte-parole d'Amazon a-t-il données ?",
         ["« Aucun de ces équipements n’a de connectivité réseau », a déclaré un porte-parole d'Amazon."], None),
        ("Who was that representative?", ["The US Department of Commerce has ruled that the companies were complicit."], "person"),
        # a loss put in figures wants a figure; a penalty, a penalty
        ("Quel manque à gagner Hikvision a-t-il chiffré ?", ["Hikvision a fait part de son mécontentement à Bloomberg."], "number"),
        ("Et qui avance ce chiffre ?", ["Bloomberg estimates that two of the companies have up to a third of the sector."], None),
        ("What penalty does a US company face if it trades with a listed firm without a licence?",
         ["Any US company that wants to do business with those on the list has to apply for a licence to sidestep the ban."], "penalty"),
        ("How large a financial penalty did the Treasury impose on SenseTime?",
         ["Le Trésor américain a annoncé avoir de nouveau placé SenseTime sur sa liste noire."], "penalty"),
        ("Quel responsable chinois a demandé de retirer les entreprises de la liste noire ?",
         ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant demandé aux États-Unis de retirer les entreprises de sa liste noire."], "person"),
        ("So when does it now expect to go public?", ["L’entreprise chinoise affirme rester “déterminée” à être prochainement cotée."], "date"),
        ("Nike ou Starbucks ont-ils cessé de vendre via Alibaba après les révélations ?",
         ["Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes pour vendre aux acheteurs chinois."], "outcome"),
        # what followed, asked after a long subject; not where things ended up
        ("Did the Xinjiang import bill passed by the House on 8 December eventually become law?",
         ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations du Xinjiang."], "outcome"),
        ("Do Dahua products end up under other labels?",
         ["Dahua est l’un des plus grands fabricants de caméras, et ses produits sont souvent réétiquetés et vendus sous d’autres marques."], None),
        ("Et quand compte-t-elle finalement être cotée ?", ["L’entreprise vient d’annoncer le report de son introduction à la Bourse de Hong Kong, en décembre."], "date"),
        # a comparison between two, told as one
        ("Entre Hikvision et Dahua, laquelle détient la plus grande part du marché de la vidéosurveillance ?",
         ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector."], "comparison"),
        ("Which of the two holds the bigger share?", ["Bloomberg estimates that two of the companies have up to a third of the sector."], "comparison"),
        ("Which of the two holds the bigger share?", ["Hikvision holds a larger share of the sector than Dahua."], None),
        ("Which of the two firms was blacklisted first?", ["Hikvision was blacklisted in 2019."], None),
        # why something has not happened yet wants a cause, not the fact restated
        ("Why has Washington not yet granted any licences to Huawei's partners?",
         ["This is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."], "reason"),
        ("Pourquoi aucune licence n'a-t-elle encore été délivrée ?", ["No licences have been issued yet because the review is not finished."], None),
        # a sum already raised before something, not the sum the postponed offering sought
        ("Quel montant SenseTime avait-elle déjà récolté auprès des investisseurs avant de reporter son introduction en Bourse ?",
         ["L’entreprise vient d’annoncer le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "amount"),
        ("Quel montant SenseTime avait-elle déjà récolté avant de reporter son introduction en Bourse ?",
         ["SenseTime avait déjà levé 700 millions de dollars auprès d'investisseurs avant le report de son introduction en Bourse."], None),
        # "the rest of" asks of what the articles leave after the part they tell of
        ("In which countries were the rest of Amazon's Dahua cameras deployed?",
         ["Amazon aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, au début du mois, pour freiner la propagation de COVID-19.",
          "Au moins un tiers de ces caméras seraient destinées aux installations d’Amazon à travers les États-Unis."], "place"),
        ("Where did the rest of the cameras go?", ["A third went to its US sites; the remaining cameras went to Canada."], None),
        # since when something was so: a start or a duration, not when it was changed
        ("Depuis quand la fonction figurait-elle dans la documentation d'Alibaba Cloud ?",
         ["Après que le Times ait interrogé Alibaba sur l’outil cette semaine, la société a modifié son site Web."], "date"),
        ("When were those pages first put online?", ["Après que le Times ait interrogé Alibaba cette semaine, la société a modifié son site Web."], "date"),
        ("la guerre commerciale dure depuis quand ?",
         ["The move comes a few days ahead of the latest talks aimed to end the trade war with China, now in the better part of its second year."], None),
        ("When was SenseTime first put on a US blacklist?", ["En 2019, le département du Commerce a annoncé la mise sur liste noire de SenseTime."], None),
        # suppliers are named by their names, not by the outlet the firm spoke to
        ("Which American suppliers had to stop working with Hikvision?",
         ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will hurt Hikvision’s US business partners.”"], "name"),
        ("Which American suppliers had to stop working with Hikvision?", ["Hikvision's American suppliers, such as Ambarella, stopped working with it."], None),
        # what followed, told of the one the question names as doing it
        ("Is it true that Megvii also postponed a stock market listing after being blacklisted?",
         ["D’autres géants comme SenseTime Group ou encore Megvii Technology font également partie de cette liste.",
          "En ce mois de décembre SenseTime a dû reporter son introduction en Bourse."], "outcome"),
        ("Is it true that SenseTime postponed its listing after being blacklisted?",
         ["En ce mois de décembre SenseTime a dû reporter son introduction en Bourse."], None),
        # a question in two parts, neither of them answered
        ("À quelle date Antoine Griezmann a-t-il mis fin à son partenariat avec Huawei, et combien ce contrat lui rapportait-il ?",
         ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei.",
          "L’entreprise vient d’annoncer le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "date"),
        ("Quand Antoine Griezmann a-t-il rompu avec Huawei, et pourquoi ?",
         ["Le reportage du Post a conduit Antoine Griezmann à rompre les liens avec l'entreprise la semaine dernière."], None),
        # what a contract earned is not another article's IPO sum ("rapportait" is no report)
        ("Et combien lui rapportait ce contrat avec la marque ?",
         ["L’entreprise vient d’annoncer le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "amount"),
        # whether talks led to a deal needs a result
        ("Les négociations commerciales ont-elles abouti à un accord ?",
         ["Comme l’explique Reuters, le gouvernement américain vient d’inscrire une série d’entreprises chinoises sur une liste noire."], "outcome"),
        # when something started needs a start: "start-ups" is none
        ("When did they start testing it?",
         ["L’année dernière, l’administration a ajouté 28 entités chinoises, y compris des start-ups d’intelligence artificielle."], "date"),
        # which edition of the Games is told by a year; « De quels Jeux … ? » is answered by "les jeux olympiques"
        ("Pour quelle édition des Jeux olympiques Alibaba est-il le partenaire cloud officiel ?", ["Alibaba est le partenaire officiel des services cloud pour les jeux olympiques."], "date"),
        ("De quels Jeux Alibaba est-il le partenaire cloud officiel ?", ["Alibaba est le partenaire officiel des services cloud pour les jeux olympiques."], None),
        # a stake is a share; « Est-ce que X a cessé … après … ? » asks what followed
        ("How big a stake does it hold in each of them?", ["Ces deux sociétés sont soutenues par Alibaba, l’un des deux plus grands groupes."], "number"),
        ("Est-ce que Honeywell a cessé de vendre des produits Dahua réétiquetés après la mise sur liste noire ?",
         ["Les produits Dahua sont souvent réétiquetés et vendus sous d’autres marques telles que Honeywell."], "outcome"),
        # "AI specialists" are counted as firms specialising in AI; « à part » is no share; « correspond », « voulait » say no purpose
        ("Besides the facial recognition firms, how many AI specialists made the list?", ["Two further firms, specialising in artificial intelligence (AI) have also made the list, along with one voice recognition firm."], None),
        ("combien de boites d'IA en plus sur la liste a part la reco faciale ?", ["Two further firms, specialising in artificial intelligence (AI) have also made the list, along with one voice recognition firm."], None),
        ("À combien d'euros correspond le montant que SenseTime voulait lever ?",
         ["L’entreprise annonce le report de son introduction en Bourse pour un montant de 767 millions de dollars (679 millions d’euros)."], None),
        # when a law comes into force is not when it was adopted; an injected sum is a sum; « ce chiffre », « représente »
        # say no purpose; « comment s'appelle ce représentant » asks for a person
        ("When will the House bill restricting Xinjiang imports come into force?",
         ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations."], "date"),
        ("Quelle somme Alibaba a-t-il injectée dans SenseTime et Megvii ?", ["Ces deux sociétés sont soutenues par Alibaba."], "amount"),
        ("Ce chiffre représente combien en euros ?",
         ["L’entreprise annonce le report de son introduction en Bourse pour un montant de 767 millions de dollars (679 millions d’euros)."], None),
        ("Comment s'appelle ce représentant ?", ["« Elle n'a servi qu'en test », a déclaré un représentant d'Alibaba Cloud."], "person"),
        # a firm asked for on a paper's word wants the firm, not the paper's words
        ("Which other Chinese tech giant did the Washington Post say tested software that alerts police?",
         ["Le Washington Post a rapporté que Huawei, un autre géant chinois, avait testé un logiciel capable d'alerter la police."], None),
        # "finally" in a question on the past asks no new date; "between … and …, who" compares nothing; "at stake" is no stake
        ("When did the House finally pass the bill?", ["The House passed the bill on 8 December."], None),
        ("Entre 2019 et 2021, qui dirigeait SenseTime ?", ["Xu Li dirigeait SenseTime de 2019 à 2021."], None),
        ("How much is at stake for Hikvision?", ["$1 billion in US contracts are at stake for Hikvision."], None),
        ("Combien de licences ont été accordées ?", ["As yet no new licences have been issued."], None),
        # « caractérise-t-elle » asks for words; « caractéristique » does not
        ("Comment SenseTime caractérise-t-elle les reproches qui lui sont adressés ?", ["Le Trésor a placé SenseTime sur sa liste noire."], "speech"),
        ("Quelle caractéristique des caméras de SenseTime déplaît aux États-Unis ?", ["Le Trésor a placé SenseTime sur sa liste noire."], None),
        ("What was SenseTime's shelved Hong Kong share offering worth when expressed in euros?",
         ["L’entreprise annonce le report de son introduction en Bourse pour un montant de 767 millions de dollars (679 millions d’euros)."], None),
        # "which" may stand three words before its noun, none of them a verb
        ("Which specific US government department regards transactions with listed entities as a red flag?",
         ["Au moins un ministère considère les transactions avec des entités inscrites sur la liste noire comme un « drapeau rouge »."], "name"),
        ("Quelle démarche Pékin a-t-il entreprise auprès de Washington ?", ["Pékin a demandé à Washington de retirer les entreprises de sa liste."], None),
        ("per hikvision what happens to global companies if it gets punished?",
         ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"], None),
        # a share against another's needs a comparison; a partnership's earnings are not an IPO's amount
        ("Quelle part du marché SenseTime détient-elle par rapport à Megvii ?",
         ["Il s’agit des deux plus grandes sociétés de reconnaissance faciale, qui détiennent un tiers du marché."], "comparison"),
        ("What share does Hikvision hold compared with Dahua?", ["Hikvision holds a larger share than Dahua, about a quarter."], None),
        ("Combien lui rapportait ce partenariat ?",
         ["L’entreprise vient d’annoncer le report de son introduction en Bourse pour un montant de 767 millions de dollars."], "amount"),
        ("How much was the deal worth?", ["Amazon a acheté pour 10 millions de dollars de caméras."], None),
        # "first signed" asks for a start
        ("When did he first sign on with them?", ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel."], "date"),
        # "hasn't … yet" asks why not yet; "which of X and Y … larger" compares
        ("Why hasn't any been granted yet?", ["As yet no licences have even been issued."], "reason"),
        ("Which of Hikvision and Dahua has the larger share of the market?",
         ["Two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector wrapped up."], "comparison"),
        ("Which of Hikvision and Dahua has the larger share of the market?", ["Hikvision has a larger share than Dahua."], None),
        # « elle vient de quelle agence ? » asks for the source, which the reporter's name answers
        ("l'info sur les 28 boites blacklistees, elle vient de quelle agence ?",
         ["Comme l’explique Reuters, le gouvernement américain vient d’inscrire 28 entreprises chinoises sur une liste noire."], None),
        # "how many days after" asks a duration; "how long before" is answered by "last week"; since when it was on a
        # list, by when it was put on it
        ("Combien de jours après leur achat les caméras ont-elles été installées ?",
         ["Amazon aurait acheté 1 500 appareils photo au Zhejiang Dahua au début du mois."], "duration"),
        ("How long before the Alibaba story did the Post report on Huawei?",
         ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel."], None),
        ("Et depuis quand ce fournisseur figurait-il sur liste noire ?",
         ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], None),
        ("Depuis quand la fonction figurait-elle sur le site ?",
         ["Après que le Times ait interrogé Alibaba cette semaine, la société a modifié son site Web."], "date"),
        # "how much did it drop?" asks for a change, in digits; "who's the spokesperson?" for a person
        ("how much did alibaba stock drop after the story came out?", ["Ces deux sociétés sont soutenues par Alibaba."], "number"),
        ("how much did the stock drop?", ["The stock fell 5% on Monday."], None),
        ("How much did Alibaba stock drop?", ["Alibaba's shares fell by a third."], None),
        ("What penalty could US companies face for trading with Huawei?", ["US companies that sell to Huawei without a licence face fines or prison."], None),
        ("What share of the market does Hikvision hold vs Dahua?", ["Hikvision holds 25% of the market and Dahua 11%."], None),
        ("Laquelle d'entre SenseTime et Megvii n'est plus cotée à Hong Kong ?", ["SenseTime n'est plus cotée à Hong Kong."], None),
        ("How much was the sponsorship worth?", ["His contract with Huawei was worth 5 million euros."], None),
        ("When did Griezmann first sign with Huawei?", ["Griezmann signed with Huawei in 2017."], None),
        ("How long after the blacklisting can US firms apply for a licence?", ["US firms may apply for a licence."], "duration"),
        # who did it, with the object before the auxiliary (« Qui l'a découvert ? »); which NGOs want names
        ("Qui l'a découvert ?", ["You may recall that the recent hack discovered for iOS devices was aimed at these groups."], "name"),
        ("Qui l'a découvert ?", ["Des pages découvertes par IPVM."], None),
        ("Quelles ONG dénoncent l'internement des Ouïghours ?", ["L’internement massif des Ouïghours est dénoncé depuis des années par des ONG."], "name"),
        # what an acronym stands for must be spelled out
        ("What does the acronym IPVM stand for?", ["Des pages découvertes par la publication IPVM et partagé avec le New York Times."], "name"),
        ("IPVM, ça veut dire quoi ?", ["Des pages découvertes par la publication IPVM et partagé avec le New York Times."], "name"),
        ("Que signifie le sigle IA ?", ["Deux entreprises spécialisées dans l’intelligence artificielle (IA)."], None),
        ("Que signifie l'inscription pour les entreprises US ?", ["Les entreprises américaines doivent demander une licence."], None),
        # the city in a firm's full name; a person of the body named; « comparée à »; "face value" is no value
        ("Quelle ville chinoise apparaît dans la raison sociale complète d'Hikvision ?",
         ["Bloomberg estimates that the aforementioned Hangzhou Hikvision Digital Technology Co has a third of the sector."], None),
        ("Quelle ville chinoise apparaît dans la raison sociale complète d'Hikvision ?", ["Selon Hikvision, la décision nuira à ses partenaires."], "place"),
        ("Qui, au Trésor américain, a signé la décision ?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], "person"),
        ("Qui, au Trésor américain, a signé la décision ?", ["La secrétaire au Trésor, Janet Yellen, a signé la décision."], None),
        ("Quelle part du marché détient Hikvision comparée à celle de Dahua ?", ["Two of the companies have up to a third of the sector."], "comparison"),
        ("Does the writer take that at face value?", ["The timing might seem a bit inflammatory."], None),
        # review cases: « signifie » asks an acronym only of the question's last word; initials of one run of names; a
        # body named by any of its words; « qui, au final » asks no person; the full name after no stopword
        ("Qu'est-ce que cette IPO signifie pour SenseTime ?", ["SenseTime a reporté son IPO."], None),
        ("Que signifie IPVM ?", ["Des pages découvertes par IPVM."], "name"),
        ("Que signifie le sigle IA ?", ["Selon IPVM, Alibaba a testé l'outil."], "name"),
        ("Which Commerce Department official announced the additions?", ["Commerce Secretary Wilbur Ross said the move was needed."], None),
        ("Qui, au final, a été sanctionné ?", ["Le Trésor a sanctionné SenseTime."], None),
        ("Quelle ville figure dans le nom complet d'Hikvision ?", ["Selon Hikvision Digital Technology, la décision nuira."], "place"),
        ("Quelles ONG de défense des droits humains ont critiqué Hikvision ?", ["Human Rights Watch a accusé Hikvision."], None),
        ("who's the amazon spokesperson quoted on the dahua cams?", ["« Aucun de ces équipements n’a de connectivité réseau », a déclaré un porte-parole."], "person"),
        # which Games, when the question names them already; "se tenir où ?"; a change told by a word of change
        ("Pour quels Jeux olympiques Alibaba est-elle le partenaire cloud officiel ?", ["Alibaba est le partenaire officiel des services cloud pour le jeux olympiques."], "date"),
        ("Et ces négociations devaient se tenir où ?", ["The move came a few days ahead of the latest talks aimed to end the trade war."], "place"),
        ("Et ces négociations devaient se tenir où ?", ["Les négociations se tiendront à Washington."], None),
        ("Where were the talks held?", ["The move came ahead of the latest talks to end the trade war with China."], "place"),
        ("Where were the talks held?", ["The latest talks were held in China."], None),
        ("De combien l'action Dahua a-t-elle chuté ?", ["L'ONU estime que plus d'un million de Ouïghours sont détenus, et 1 500 caméras ont été vendues."], "number"),
        ("De combien l'action Dahua a-t-elle chuté ?", ["L'action Dahua a chuté de 10 % après l'annonce."], None),
        # a kind of thing named with the word of its kind
        ("Which stock exchange is Hikvision listed on?", ["Parmi les sociétés présentes sur cette liste, nous retrouvons Hikvision Digital Technology et Dahua Technology."], "name"),
        ("Which stock exchange did SenseTime plan to list on?", ["SenseTime a reporté son introduction à la Bourse de Hong Kong."], None),
        ("Sous quel programme de sanctions le Trésor a-t-il inscrit SenseTime ?", ["Le Trésor américain a placé SenseTime sur sa liste noire."], "name"),
        ("Besides Megvii Technology itself, which Megvii subsidiaries are covered?", ["SenseTime Group ou encore Megvii Technology font également partie de cette liste."], "name"),
        ("Which Megvii subsidiaries are covered?", ["La filiale Megvii Cloud est aussi visée."], None),
        # the role the question names, and not a secretary's department for the body: « secrétaire au Commerce » is no
        # Treasury Secretary
        ("who was the spokesperson? name pls", ["Nancy Pelosi a souligné: « des millions de personnes subissent des violations »."], "person"),
        ("Who is the Treasury Secretary who announced it?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], "person"),
        ("Who is the Commerce Secretary who announced it?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], None),
        # a contract's sum is a deal's; a part of a count may be a share
        ("Et combien lui rapportait ce contrat ?", ["Amazon a acheté pour 10 millions de dollars de caméras, rapporte Reuters."], "amount"),
        ("How many of the cameras were meant for its US sites?", ["Au moins un tiers des caméras étaient destinées aux sites américains."], None),
        ("A draft says Washington first sanctioned SenseTime in 2021. Is that correct?", ["En 2019, Washington a sanctionné SenseTime."], None),
        # « s'agit-il » after the noun; « mis au jour » is discovered; a deadline is a duration; a name is not a translation
        # of the question's word ("Trésor" for "Treasury"); "how many sterilisations" counts them
        ("De quel ministère s'agit-il précisément ?", ["Au moins un ministère considère les transactions comme un « drapeau rouge »."], "name"),
        ("Qui a mis au jour la faille visant les appareils iOS ?", ["You may recall that the recent hack discovered for iOS devices was aimed at these groups."], "name"),
        ("Quel délai les fournisseurs américains ont-ils reçu ?", ["Les entreprises n'ont plus le droit de travailler avec des fournisseurs américains."], "duration"),
        ("What is the official name of the Treasury list?", ["Le Trésor américain a placé la société sur sa liste noire."], "name"),
        ("What is the official name of the Commerce list?", ["The Commerce Department has added eight firms to the so-called ‘entity list’."], None),
        ("How many forced sterilisations did Nancy Pelosi cite?", ["Nancy Pelosi a souligné que des millions de personnes subissent la torture et les stérilisations forcées."], "count"),
        # review cases: « De combien s'élevait … ? » asks an amount, not a change; "Commerce" is a name for "the trade
        # blacklist"; "what does the regulation require" asks no name; a minister is a secretary; a seller's earnings
        ("De combien s'élevait l'introduction en Bourse de SenseTime ?", ["L'entreprise a reporté son introduction pour un montant de 767 millions de dollars."], None),
        ("Which ministry published the trade blacklist?", ["Le ministère du Commerce a rendu cette liste publique."], None),
        ("What does the regulation require of US companies?", ["Under the ruling, any US company that wants to trade with them has to apply for a licence."], None),
        ("Who was the US commerce minister that justified the SenseTime blacklisting?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], None),
        ("Combien Dahua a-t-il gagné avec ce contrat avec Amazon ?", ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température à Dahua."], None),
        ("How many of its warehouses have them installed?", ["Au moins un tiers des caméras étaient destinées aux sites américains."], "count"),
        # a country spelt with an accented capital is a place
        ("et elles vont etre installées ou ?", ["Au moins un tiers de ces caméras seraient destinées aux installations d’Amazon à travers les États-Unis."], None),
        # what a firm lost on the stock market is a change; a bill's title is its name; an executive order is named as
        # one (and is no executive); a precise date is a day; more or less than another firm is a comparison; going
        # into service is not being bought; an investment is not an IPO's sum
        ("hikvision a perdu combien en bourse après l'annonce", ["L'entreprise a reporté son introduction pour un montant de 767 millions de dollars."], "number"),
        ("hikvision a perdu combien en bourse ?", ["L'action Hikvision a perdu 10 % en Bourse après l'annonce."], None),
        ("What is the official title of the Xinjiang import bill the House passed?", ["La Chambre a adopté mercredi 8 décembre un texte de loi restreignant les importations du Xinjiang."], "name"),
        ("Quel est l'intitulé du texte adopté par la Chambre ?", ["La Chambre a adopté un texte de loi restreignant les importations du Xinjiang."], "name"),
        ("Which executive order number was used for that ban?", ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises."], "number"),
        ("Which executive order banned these investments?", ["The White House banned them under Executive Order 13959."], None),
        ("À quelle date précise étaient prévues les négociations ?", ["En 2019, le département du Commerce a annoncé la mise sur liste noire."], "date"),
        ("What was the exact date of the House vote?", ["La Chambre a adopté, mercredi 8 décembre, un texte de loi."], None),
        ("Megvii a-t-elle levé plus ou moins d'argent que SenseTime ?", ["L'entreprise a reporté son introduction pour un montant de 767 millions de dollars."], "comparison"),
        ("When did the Dahua cameras go into service in Amazon's warehouses?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], "date"),
        ("When were the cameras put into service?", ["The cameras went into service in April."], None),
        ("Combien Alibaba a-t-il investi dans les deux jeunes pousses d'IA qu'il soutient ?", ["L’entreprise d’intelligence artificielle a reporté son introduction pour un montant de 767 millions de dollars."], "amount"),
        # review cases: "investors" is no investment and a purchase is one; « plus ou moins » with a figure or « ce que »
        # compares nothing; an executive who ordered is a person
        ("How much money did SenseTime hope to raise from investors?", ["L’entreprise a reporté son introduction pour un montant de 767 millions de dollars."], None),
        ("How much did Amazon invest in Dahua cameras?", ["Amazon a acheté pour 10 millions de dollars de caméras à Dahua."], None),
        ("SenseTime voulait lever plus ou moins 767 millions de dollars, c'est bien ce que dit l'article ?", ["L’entreprise a reporté son introduction pour un montant de 767 millions de dollars."], None),
        ("How many Uighurs are held in camps, more or less than a million?", ["Les Nations unies estiment que la Chine a emprisonné plus d’un million de Ouïgours dans des camps."], None),
        ("Which Dahua executive ordered the cameras sold to Amazon?", ["Amazon a acheté 1 500 appareils photo à Dahua."], "person"),
        # a share asked in %; a tally; a person's name, who headed a body; the firm « c'est laquelle ? »; a claimed sum; a
        # refund; how many live somewhere; when it finally listed; "at least one" counts; « intégralement », « la
        # grande majorité » are shares
        ("alibaba a combien de % dedans ?", ["Ces deux sociétés sont soutenues par Alibaba."], "number"),
        ("And what was the final tally on that vote?", ["La Chambre a adopté, mercredi 8 décembre, un texte de loi."], "number"),
        ("Do we know that person's name?", ["« Il n'a jamais été utilisé », a déclaré un représentant d’Alibaba Cloud."], "person"),
        ("Et qui était à la tête du Trésor en décembre ?", ["En fin de semaine dernière, le Trésor américain a placé SenseTime sur sa liste noire."], "person"),
        ("Et la start-up de nanotechnologies, c'est laquelle ?", ["Two further firms have also made the list, along with a nanotech startup."], "name"),
        ("Est-il vrai que ce contrat lui rapportait plusieurs millions d'euros par an ?", ["Il avait été un ambassadeur de la marque Huawei."], "amount"),
        ("How much money did it have to pay back?", ["L’entreprise a reporté son introduction pour un montant de 767 millions de dollars."], "amount"),
        ("Combien d'Ouïghours vivent au Xinjiang ?", ["Des ONG indiquent que près d’un million d’Ouïghours seraient incarcérés dans des camps au Xinjiang."], "count"),
        ("À quelle date SenseTime a-t-elle finalement fait ses débuts en Bourse ?", ["Vendredi dernier, le Trésor mettait SenseTime sur sa liste noire."], "date"),
        ("Combien de ministères considèrent ces transactions comme un signal d'alarme ?", ["Au moins un ministère considère les transactions avec des entités inscrites comme un « drapeau rouge »."], None),
        ("Quelle part des sommes investies SenseTime s'est-elle engagée à rembourser ?", ["SenseTime s’est engagée à rembourser intégralement ceux qui ont déjà investi."], None),
        ("Quelle proportion de la population chinoise appartient à l'ethnie Han ?", ["La grande majorité de la population du pays est de l’ethnie Han."], None),
        # « elles se tenaient où ? » asks a place; « selon les chiffres cités » asks no sum; a margin is told in votes
        ("les négos us-chine, elles se tenaient où?", ["The move came just a few days ahead of the latest talks aimed to end the trade war with China."], "place"),
        ("Combien d'Ouïghours seraient détenus dans des camps, selon les chiffres cités ?", ["Des ONG indiquent que près d’un million d’entre eux seraient incarcérés dans des camps au Xinjiang."], None),
        ("By what margin did it pass?", ["Pelosi a souligné que des millions de personnes subissent des violations des droits de l'homme."], "number"),
        ("By what margin did the House pass it?", ["The House passed it by 428 votes to 1."], None),
        # what was done in the end, asked yes or no, is not told by what was put off or aimed at; nor is its date
        ("SenseTime a fini par être cotée à HK ? c'était quand", ["En décembre, SenseTime a dû reporter son introduction en Bourse."], "outcome"),
        ("Est-ce que Megvii a finalement été cotée ?", ["Megvii a reporté son introduction en Bourse."], "outcome"),
        ("Et au final, ces négociations ont-elles mis fin à la guerre commerciale ?", ["The move came a few days ahead of the latest talks aimed to end the trade war."], "outcome"),
        ("SenseTime a-t-elle finalement reporté son introduction ?", ["SenseTime a dû reporter son introduction en Bourse."], None),
        # a legal instrument is named as one
        ("En vertu de quel texte juridique le Trésor a-t-il inscrit SenseTime ?", ["Le Trésor américain a placé SenseTime sur sa liste noire."], "name"),
        ("On what legal basis did the Treasury act?", ["The Treasury acted under Executive Order 13959."], None),
        ("what's the nanotech one called?", ["Two further firms have made the list, along with a nanotech startup."], "name"),
        # the sum a question gives does not answer it; « qui avance ce chiffre » asks no sum; "the rest of China" is a place
        ("Combien Amazon a-t-elle dépensé auprès d'autres fournisseurs, par rapport aux 10 millions versés à Dahua ?",
         ["Amazon a acheté pour 10 millions de dollars de caméras à une entreprise sur liste noire."], "amount"),
        ("Is it true Amazon spent $10 million on them?", ["Amazon a acheté pour 10 millions de dollars de caméras."], None),
        ("How much did Amazon pay for the cameras, 10 million dollars?", ["Amazon a acheté pour 10 millions de dollars de caméras."], None),
        # "Finally," opening a last question asks nothing of what was done in the end; "how did the talks relate" no result
        ("Finally, was SenseTime's IPO worth 767 million dollars?", ["SenseTime a annoncé le report de son introduction, pour un montant de 767 millions de dollars."], None),
        ("Finally, did Griezmann cut ties with Huawei?", ["Le reportage a conduit Antoine Griezmann à rompre les liens avec Huawei."], None),
        ("How did the trade talks relate to the timing of the blacklisting?", ["The timing of the move, just a few days ahead of the latest talks, might seem inflammatory."], None),
        ("Combien d'Ouïghours seraient enfermés dans des camps, et qui avance ce chiffre ?",
         ["Les Nations unies estiment que la Chine a emprisonné plus d’un million de Ouïgours dans des camps."], None),
        # a footballer is a person; a phrase is credited to someone named; what came of talks is a result, not what lay
        # ahead; when the cameras began to be installed is not when they were bought
        ("Quel footballeur a mis fin à son partenariat avec Alibaba ?", ["Il n’a pas été possible de déterminer si les clients d’Alibaba avaient utilisé l’outil."], "person"),
        ("Quel footballeur a mis fin à son partenariat avec Huawei ?", ["Le reportage a conduit Antoine Griezmann à mettre fin à son partenariat avec Huawei."], None),
        ("Who does the article credit with calling the trade war 'good and easy to win'?", ["The move came ahead of talks to end the “good and easy to win” trade war."], "name"),
        ("Et qu'ont donné ces négociations ?", ["The move came a few days ahead of the latest talks aimed to end the trade war."], "outcome"),
        ("Qu'a donné l'enquête du Times ?", ["Après que le Times ait interrogé Alibaba, la société a modifié son site Web."], None),
        ("À partir de quand Amazon a-t-il commencé à installer les caméras ?", ["Amazon aurait acheté 1 500 appareils photo au début du mois."], "date"),
        # the topic first, then who did it; "by when" asks a date; "which other countries" a country beside the US and
        # China; « ou pas ? combien » is answered by "no licences have been issued"
        ("le hack ios visant les ouïghours, qui l'a découvert ?", ["The recent hack discovered for iOS devices is suspected to be the work of the Chinese government."], "name"),
        ("Le piratage, qui a été découvert récemment, visait-il les Ouïghours ?", ["The recent hack discovered for iOS devices was aimed at these groups."], None),
        ("By when must US suppliers wind down their contracts with the listed firms?", ["Any US company that wants to do business with them has to apply for a licence."], "date"),
        ("Which other countries have banned Hikvision cameras?", ["The US Commerce Department ruled the firms complicit in China’s campaign of repression.",
                                                                   "The US government has added eight firms to the entity list of firms banned from trading with US companies."], "place"),
        ("les partenaires de huawei ont eu des licences ou pas ? combien", ["This is the same situation Huawei’s partners find themselves in and as yet no licences have even been issued."], None),
        ("Lequel, de Hikvision ou de Dahua, détient la plus grande part du marché ?",
         ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the sector."], "comparison"),
        ("What penalty does a US firm face if it trades with a listed company without a licence?",
         ["Hikvision told Bloomberg: “Punishing Hikvision will deter global companies from communicating with the US government.”"], "penalty"),
        # the US government is the articles' actor: "US government departments" are counted by « au moins un ministère »
        ("How many US government departments see any dealings with listed entities as a red flag?",
         ["Au moins un ministère considère les transactions avec des entités inscrites comme un « drapeau rouge »."], None),
        ("How many US cities have the cameras?", ["The cameras are in hundreds of cities all over the world."], "count"),
        ("Combien de personnes subissent des violations au Xinjiang et dans le reste de la Chine ?",
         ["« Au Xinjiang et dans toute la Chine, des millions de personnes subissent des violations. »"], None),
        # « a-t-elle fini par » is "in the end" too; "so far" is "yet"; what a thing cost is a price, a loss or what was
        # paid, not the sum an IPO sought; « il y a combien de temps » (how long ago) is answered by "l'année dernière"
        ("Amazon a-t-elle fini par retirer les caméras Dahua de ses entrepôts ?",
         ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        ("Why has the US not granted any licences to Huawei's partners so far?",
         ["This is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."], "reason"),
        ("Pourquoi aucune licence n'a-t-elle été accordée jusqu'à présent ?", ["Aucune licence n'a été délivrée aux partenaires de Huawei."], "reason"),
        ("Combien le report de son introduction en Bourse a-t-il coûté à SenseTime ?",
         ["L’entreprise vient d’annoncer le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "amount"),
        ("How much did the cameras cost Amazon?", ["Amazon a acheté pour 10 millions de dollars de caméras à une entreprise sur liste noire."], None),
        ("Il y a combien de temps Dahua a-t-elle été placée sur liste noire ?", ["L’année dernière, la Maison Blanche a mis Dahua sur liste noire."], None),
        # an analyst is a person; "did it cost … anything" asks no figure; « défendu aux … de » is "forbade"; a version
        # is a number; a share claimed needs a share
        ("Quel analyste d'IPVM a repéré les pages du site cloud d'Alibaba ?",
         ["Le site d’Alibaba a montré comment utiliser son logiciel, selon des pages découvertes par la publication IPVM."], "person"),
        ("Which IPVM researcher found the pages?", ["Selon des pages découvertes par la publication IPVM et partagées avec le New York Times."], "person"),
        ("Did it cost the company anything in terms of public partners?",
         ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        ("Est-il vrai que la Maison Blanche a défendu aux investisseurs américains de placer de l'argent dans ces sociétés ?",
         ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises."], None),
        ("Comment Wilbur Ross a-t-il défendu la décision ?", ["Le Trésor a placé SenseTime sur sa liste noire."], "speech"),
        ("Quelles versions d'iOS étaient touchées par le piratage ?", ["The recent hack discovered for iOS devices was aimed at these religious groups."], "name"),
        ("What version of events did Hikvision give?", ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"], None),
        ("Which researchers discovered the Alibaba pages?", ["Selon des pages du site découvertes par la publication IPVM."], None),  # a plural: who, not whose name
        ("Is it right that the US accounts for about a fifth of Hikvision's sales?",
         ["Hikvision told Bloomberg: “Punishing Hikvision will hurt Hikvision’s US business partners and the US economy.”"], "number"),
        ("Is it true that Hikvision and Dahua hold half of the sector?", ["Bloomberg estimates that two of the companies have up to a third of the sector."], None),
        ("Did Amazon buy the Dahua cameras through a third party?", ["Amazon a acheté 1 500 caméras à Dahua au début du mois."], None),  # no share
        # "Dahua's share" asks a share; « date exacte des négos » a day
        ("What is Dahua's share on its own?", ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"], "number"),
        ("date exacte des négos commerciales dont parle l'article anglais?", ["The timing of the move, just a few days ahead of the latest talks, might seem inflammatory."], "date"),
        # how many were on a list is counted in the sentence on that list, not by a runner-up's other list
        ("How many Chinese companies were on the list the White House barred Americans from investing in?",
         ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise.",
          "L’année dernière, la Maison Blanche a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], "count"),
        ("Combien de ministères, au minimum, voient dans toute transaction avec une entité sur liste noire un signal d'alarme ?",
         ["Au moins un ministère considère toute transaction avec des entités sur liste noire comme un « drapeau rouge »."], None),
        # « se tenir » is where; a date before "reported that …" dates the report; "federal" sets no department apart;
        # « À quand remonte … ? » is answered by "l'année dernière"
        ("Et où ces négociations devaient-elles se tenir ?", ["The timing, just a few days ahead of the latest talks to end the trade war with China, might seem inflammatory."], "place"),
        ("When did Huawei actually run those tests?",
         ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel capable d'alerter la police."], "date"),
        ("When did the Post report it?", ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel."], None),
        ("When did Huawei's tests come to light?", ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel."], None),
        ("When did the Washington Post write about Huawei?", ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel."], None),
        ("Which federal department re-listed SenseTime in December?", ["En fin de semaine dernière, le Trésor américain a annoncé avoir de nouveau placé SenseTime sur sa liste noire."], None),
        ("À quand remonte l'ajout des 28 entités chinoises à la liste noire ?", ["L’année dernière, l’administration a ajouté 28 entités chinoises à une liste noire."], None),
        # three names or more listed just after the noun counted
        ("How many international brands are named as selling through Alibaba's platforms?",
         ["Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes pour vendre aux acheteurs chinois."], None),
        ("How many warehouses got the cameras?", ["Amazon, Nike et Starbucks ont des entrepôts."], "number"),
        # leaving a post or taking someone's place is told by its own words (« rompre les liens » too; "succeed in"
        # is no succession); a yes/no question on what was done in the end may ask "and when?"
        ("When did he leave that job?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], "outcome"),
        ("Et qui l'a remplacé comme ambassadeur de la marque ?", ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."], "outcome"),
        ("Why did Antoine Griezmann quit his role as Huawei's brand ambassador?",
         ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        ("Huawei a-t-il remplacé Antoine Griezmann par un autre ambassadeur ?",
         ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], "outcome"),
        ("Did SenseTime succeed in listing in Hong Kong?", ["SenseTime a dû reporter son introduction à la Bourse de Hong Kong, prévue prochainement."], None),
        ("Did SenseTime end up going public in Hong Kong after all, and when?",
         ["SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong.", "L’entreprise affirme rester “déterminée” à être prochainement cotée."], "outcome"),
        # a version is told by its number, not by "two further firms"; nor is "you may recall" the month of May
        ("Which iOS version was it?", ["The recent hack discovered for iOS devices was aimed at these groups.", "Two further firms have also made the list."], "number"),
        ("Quelle version d'iOS était touchée ?", ["The recent hack was aimed at iOS 12 and earlier versions."], None),
        ("When was the iOS hack discovered?", ["You may recall that the recent hack discovered for iOS devices was aimed at these religious groups."], "date"),
        ("When was the iOS hack discovered?", ["The hack on iOS devices was discovered in May 2019."], None),
        # a length of time claimed is checked against one told
        ("Est-ce exact qu'Alibaba a testé son outil pendant six mois ?", ["« Il n’a jamais été utilisé en dehors de l’environnement de test. »"], "duration"),
        ("Is it true that the trade war has lasted for two years?", ["The trade war with China, now in the better part of its second year."], None),
        # the data something rests on
        ("What data was SenseTime's system trained on?", ["SenseTime a mis en avant sa capacité à identifier les Ouïghours portant une barbe."], "data"),
        ("Sur quelles données Bloomberg s'appuie-t-il pour cette estimation ?", ["Bloomberg estimates that two of the companies have up to a third of the video surveillance sector."], "data"),
        # what was done to a firm is told of that firm
        ("Which well-known brands sell Hikvision cameras under their own label?",
         ["Dahua est l’un des plus grands fabricants, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], "target"),
        ("Under which other brand are Dahua products sometimes resold?",
         ["Dahua est l’un des plus grands fabricants, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("Which Western brand is Zhejiang Dahua Technology's gear relabelled as, per the Amazon report?",
         ["Dahua est l’un des plus grands fabricants, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("Under what brand are products from Amazon's camera supplier resold?",  # whose products: the supplier's, not Amazon's
         ["Dahua est l’un des plus grands fabricants, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("Quelle star du sport a mis fin à son partenariat avec Alibaba ?", ["Le footballeur Antoine Griezmann a rompu ses liens avec Huawei."], "target"),
        ("Which footballer cut ties with Huawei?", ["Le footballeur Antoine Griezmann a rompu ses liens avec Huawei."], None),
        ("Quel footballeur a rompu son partenariat avec Alibaba ?",  # who broke with Huawei is no answer
         ["Le reportage, qui citait le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre avec l'entreprise."], "target"),
        ("Which sporting event is Huawei the official cloud provider for?", ["Alibaba est le partenaire officiel des services cloud pour les Jeux olympiques."], "target"),
        ("De quelle compétition Alibaba est-il le partenaire officiel ?", ["Alibaba est le partenaire officiel des services cloud pour les Jeux olympiques."], None),
        # what was done to the things counted: sold, not bought
        ("How many units have been sold that way in the US?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], "count"),
        ("Combien de caméras cette marque a-t-elle revendues aux États-Unis ?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], "count"),
        ("Combien de caméras Amazon a-t-elle achetées ?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], None),
        # the date something was first set for
        ("On what date was SenseTime originally due to start trading in Hong Kong?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], "date"),
        ("On what date was SenseTime originally due to start trading in Hong Kong?", ["SenseTime devait être cotée le 17 décembre."], None),
        ("What was Alibaba's tool originally meant to flag?", ["Le logiciel aide à surveiller le contenu lié au terrorisme."], None),  # no date asked
        # …but not when the words mean something else
        ("What data does Bloomberg give on Hikvision and Dahua's market share?", ["Bloomberg estimates that two of the companies have up to a third of the sector."], None),
        ("When did Amazon buy the cameras it installed in its warehouses?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], None),
        ("What sanctions have been enacted against SenseTime?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], None),
        ("Has the US granted the requests for licences yet?", ["As yet no licences have even been issued."], None),
        ("Why do American companies have to cut ties with Hikvision?", ["Any US company that wants to do business with those on the list has to apply for a licence."], None),
        ("Que revendique Amazon au sujet des caméras Dahua ?", ["En réponse, Amazon a affirmé que son utilisation de tels systèmes est sans danger."], None),
        ("Quelle version Amazon donne-t-elle sur l'usage de ces caméras ?", ["En réponse, Amazon a affirmé que son utilisation (COVID-19) est sans danger."], None),
        ("Is it true the subscription costs 27,60€ for a year?", ["1 an d'abonnement pour 27,60€."], None),
        ("How many cameras did Dahua sell to Amazon?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], None),  # sold to a buyer: bought
        ("Who asked for the firms to be removed from the blacklist?", ["Pékin a déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], None),
        ("What did Alibaba remove from its website?", ["La société a modifié son site Web pour supprimer les références aux Ouïghours."], None),
        ("Whose products are relabelled and sold as Honeywell?",
         ["Dahua est l’un des plus grands fabricants, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("Who described the camps as part of an “anti-terrorist campaign”?", ["Le gouvernement chinois a mené ce qu’il appelle une campagne antiterroriste."], None),
        # who called it so: a quote with no one it is credited to
        ("Who called the trade war with China \"good and easy to win\"?",
         ["The timing of the move, just ahead of the latest talks aimed to end the “good and easy to win” trade war with China, does seem provocative."], "name"),
        ("Who called the company's conduct \"unfounded\"?", ["« Ces accusations sont infondées », a déclaré SenseTime."], None),
        ("Were any of them taken off the list later on?", ["Pékin a déjà demandé aux États-Unis de retirer les entreprises de leur liste noire."], "outcome"),
        # a request granted, not only made; cameras installed, not bought
        ("Et Washington a accédé à cette demande quand ?", ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises."], "outcome"),
        ("Did Washington grant that request?", ["Pékin a déjà demandé aux États-Unis de retirer les entreprises de leur liste noire."], "outcome"),
        ("Did Washington grant that request?", ["Washington a retiré les entreprises de sa liste."], None),
        ("When did Amazon actually install the Dahua cameras?", ["Amazon aurait acheté 1 500 appareils photo à Dahua au début du mois."], "date"),
        # a bill passed by the House is not yet a law
        ("Did the Xinjiang import bill become law?", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations."], "outcome"),
        ("Did Amazon say anything about what data those cameras collect?", ["« Aucune information personnelle identifiable ne sera collectée », a déclaré un porte-parole d’Amazon."], None),
        # a journalist is named as one: « Le reportage du Post » signs nothing
        ("Et quel journaliste a signé cet article ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], "person"),
        # whom a firm spoke to is not who speaks
        ("Qu'a déclaré Megvii à Bloomberg après son inscription sur la liste noire ?", ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision prise par le gouvernement américain. »"], "speech"),
        ("Qu'a déclaré Hikvision à Bloomberg après son inscription sur la liste noire ?", ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision prise par le gouvernement américain. »"], None),
        # a count bought from one firm is not answered by what was bought from another
        ("And how many did Amazon buy from Hikvision?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, au début du mois."], "target"),
        ("How many cameras did Amazon buy from Dahua?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, au début du mois."], None),
        # US states: a Chinese region is none
        ("which states are those going to", ["La majorité des actions sont entreprises contre les Ouïghours, notamment dans la province du Xinjiang."], "place"),
        # money asked with its verb before "combien"
        ("Et son contrat lui rapportait combien par an ?", ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température à une entreprise sur liste noire, rapporte Reuters."], "amount"),
        # a listing's final date, asked with "list": not the day it was blacklisted
        ("so when did sensetime finally list in hk, what date", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire pour sa technologie de reconnaissance faciale."], "date"),
        # why one supplier over others: why it bought is not why that one
        ("Why did Amazon pick Dahua over other suppliers for its temperature cameras?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, au début du mois, pour freiner la propagation de COVID-19 dans ses entrepôts."], "reason"),
        # a person asked after the role, or the role before « c'est qui »
        ("le porte-parole d'alibaba cloud qui a fait la déclaration sur l'environnement de test, c'est qui?", ["« La mention de l’appartenance ethnique fait référence à une fonctionnalité de test », a déclaré un représentant d’Alibaba Cloud dans une déclaration écrite."], "person"),
        ("Do we know who that representative was?", ["« La mention de l’appartenance ethnique fait référence à une fonctionnalité de test », a déclaré un représentant d’Alibaba Cloud dans une déclaration écrite."], "person"),
        # a role at the Olympics is told of the firm asked about
        ("Quel rôle Huawei joue-t-il auprès des Jeux olympiques ?", ["Alibaba est le partenaire officiel des services cloud pour le jeux olympiques."], "target"),
        ("Quel rôle Alibaba joue-t-il auprès des Jeux olympiques ?", ["Alibaba est le partenaire officiel des services cloud pour le jeux olympiques."], None),
        # an exact date is a day by its number, not « Vendredi dernier »
        ("On what exact date did the US Treasury put SenseTime back on its blacklist?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], "date"),
        ("when did the house vote the xinjiang imports bill? need the exact date", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi."], None),
        # a review's wrong refusals: the Chinese state, « touche combien de », cameras described as bought, a reporter's
        # story, the list (not a listing), a ban named before the count, « Quel jour précis », singled out over others
        ("Dans quelle région l'État chinois persécute-t-il les Ouïghours ?", ["La majorité des actions sont entreprises contre les Ouïghours, notamment dans la province du Xinjiang."], None),
        ("La liste noire touche combien d'entreprises chinoises ?", ["L’année dernière, l’administration a ajouté 28 entités chinoises à une liste noire du commerce."], None),
        ("Combien des 1 500 caméras achetées à Dahua sont destinées aux États-Unis ?", ["Au moins un tiers de ces caméras seraient destinées à être utilisées dans les installations d’Amazon à travers les États-Unis."], None),
        ("Which footballer cut ties with Huawei after a Washington Post reporter's story?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        ("When was SenseTime finally added to the Treasury list?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], None),
        ("Besides the ban on investing in military-linked firms, how many Chinese entities did the administration blacklist last year?", ["L’année dernière, l’administration a ajouté 28 entités chinoises à une liste noire du commerce."], None),
        ("Quel jour précis le Trésor a-t-il placé SenseTime sur liste noire ?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], None),
        ("Why were Hikvision and Dahua singled out over other firms on the list?", ["Le ministère du Commerce estime que ces entreprises sont complices de la répression."], None),
        # a count of firms tied to the army is told beside them
        ("la liste de la maison blanche des boites liées à l'armée chinoise, y en a combien dessus", ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], "count"),
        ("How many Chinese organisations did the White House blacklist with Dahua?", ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], None),
        # "cost Huawei any endorsements" asks no figure
        ("Did that story cost Huawei any celebrity endorsements?", ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."], None),
        # who runs a firm is its head, told as such: the commerce secretary in a sentence on SenseTime does not run it
        ("Who runs SenseTime?", [_ROSS_ON_SENSETIME], "person"),
        ("Qui est à la tête de SenseTime ?", [_ROSS_ON_SENSETIME], "person"),
        ("Who runs SenseTime?", ["Xu Li, the chief executive of SenseTime, said the listing was unfair."], None),
        ("Qui était à la tête du Commerce américain quand SenseTime a été sanctionnée ?", [_ROSS_ON_SENSETIME], None),
        # a person's pay, the verb after « combien »; a sum in dollars; a listing's date asked after "finally listed"
        ("Combien touchait-il pour ce contrat ?", ["Il avait été l'un des 3 ambassadeurs de la marque pour les smartphones de Huawei."], "amount"),
        ("Alibaba a mis combien de $ dans SenseTime et Megvii ?", ["Ces deux sociétés, cotées depuis 2019, sont soutenues par Alibaba."], "amount"),
        ("SenseTime finally listed in Hong Kong on what date?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], "date"),
        # « se tenaient où ces négociations ? »: the place asked for last, before its subject
        ("elles se tenaient où ces négociations ?", ["The timing of the move, just a few days ahead of the latest talks aimed to end the trade war with China, might seem a bit inflammatory."], "place"),
        # a speaker named by a whole word: « partenaires commerciaux » is not the Commerce Department
        ("Comment le département du Commerce a-t-il répondu aux critiques formulées par Hikvision auprès de Bloomberg ?",
         ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à cette décision, qui nuira aux partenaires commerciaux américains d’Hikvision »."], "speech"),
        # distance taken from a firm is told of that firm
        ("Et un sportif a-t-il lui aussi pris ses distances avec Alibaba ?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec Huawei."], "target"),
        ("Un sportif a-t-il pris ses distances avec Huawei ?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec Huawei."], None),
        # why a firm chose to do something needs a reason (not « le moment choisi pour … »)
        ("Pourquoi Alibaba a-t-il choisi de soutenir financièrement SenseTime et Megvii ?", ["Ces deux sociétés sont soutenues par Alibaba et cela ne plaît guère au gouvernement américain."], "reason"),
        ("Why did Amazon decide to buy cameras from Dahua?", ["Amazon aurait acheté 1 500 appareils photo à Dahua pour freiner la propagation de COVID-19 dans ses entrepôts."], None),
        # « qui est largement soupçonné … » may be answered by a government, as « qui est soupçonné … »
        ("qui est largement soupçonné d'être derrière le récent piratage visant les appareils iOS ?", ["The recent hack discovered for iOS devices is widely suspected to be the work of the Chinese government."], None),
        # "left as they were" is answered by a change made to them
        ("Did Alibaba leave those pages as they were after the Times asked about the tool?", ["Après que le Times ait interrogé Alibaba sur l’outil, la société a modifié son site Web pour supprimer les références aux ouïghours."], None),
        ("Did Alibaba leave those pages as they were after the Times asked about the tool?", ["Après que le Times ait interrogé Alibaba sur l’outil, la société a refusé de commenter."], "outcome"),
        # « les ong … c'est lesquelles » asks their names; a firm's workers speak for themselves, not the firm
        ("les ong qui parlent du million d'ouighours internés c'est lesquelles",
         ["L’internement massif des Ouïghours est dénoncé depuis plusieurs années par des ONG indiquant que près d’un million d’entre eux seraient incarcérés."], "name"),
        ("How did Amazon's warehouse workers react to the new Dahua cameras?", ["En réponse, Amazon a affirmé que son utilisation de tels systèmes est sans danger."], "speech"),
        ("How did Amazon react to the new Dahua cameras?", ["En réponse, Amazon a affirmé que son utilisation de tels systèmes est sans danger."], None),
        # where things went, asked after a clause; what replacing them would cost, not what buying them did
        ("At least a third of Amazon's Dahua cameras were meant for US sites; where was the rest headed?",
         ["Au moins un tiers de ces caméras seraient destinées à être utilisées dans les installations d’Amazon à travers les États-Unis."], "place"),
        ("Combien coûterait à Amazon le remplacement de ses caméras Dahua ?", ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température."], "amount"),
        ("Combien Amazon a-t-il payé ses caméras Dahua ?", ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température."], None),
        # a review's wrong refusals: blacklisted (not floated) "finally listed"; a decision whose purpose is told; US
        # officials, who may speak as a department; Democrats, one of whom is « démocrate »; "the SenseTime blacklisting";
        # a change asked for is not made; where people are sent; « combien touche-t-elle d'entreprises »
        ("The Treasury finally listed SenseTime on what date?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], None),
        ("Why did Commerce decide to blacklist SenseTime in 2019?", [_ROSS_ON_SENSETIME], None),
        ("Why did the House decide to restrict Xinjiang imports?", ["La Chambre a adopté un texte de loi restreignant les importations pour condamner le travail forcé."], None),
        ("What did American officials say the firms were complicit in?", ["The US Department of Commerce has ruled that the companies were complicit in “China’s campaign of repression”."], None),
        ("How did the Democrats react to the bill?", ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné: “Des millions de personnes subissent des violations.”"], None),
        ("Who led the SenseTime blacklisting in 2019?", [_ROSS_ON_SENSETIME], None),
        ("Did Dahua leave its products as they were after the blacklisting?",
         ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        ("Où les Ouïghours sont-ils envoyés ?", ["Les Ouïghours sont envoyés dans des camps d'endoctrinement."], None),
        ("Combien touche-t-elle d'entreprises, cette liste ?", ["En tout ce sont 28 organisations chinoises qui viennent d’être ajoutées à cette liste."], None),
        ("What civil or criminal penalties does a US supplier face if it ships goods to Hikvision without a licence?", ["Under the ruling, any US company that wants to do business with those on the list has to apply for a licence to sidestep the ban."], "penalty"),
        ("Quelle part de la population chinoise appartient à l'ethnie Han, en pourcentage ?", ["La grande majorité de la population du pays est de l’ethnie Han."], "number"),
        ("what % of the dahua cams amazon bought were going to us sites", ["Au moins un tiers de ces caméras seraient destinées à être utilisées sur des sites à travers les États-Unis."], None),
        ("How precise are the temperature readings of the Dahua cameras Amazon ordered?", ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température à une entreprise sur liste noire."], "number"),
        ("who actually discovered that ios hack going after uighurs", ["Though we suspect it might also be linked to the recent hack discovered for iOS devices targeted at these religious groups, widely attributed to the Chinese government."], "name"),
        ("Et sur le fondement de quel texte ou de quel programme de sanctions précisément ?", ["Le gouvernement des États-Unis, entre autres, a dénoncé le programme et sanctionné les entreprises chinoises soupçonnées d’être impliquées."], "name"),
        ("Which programme did the US government denounce?", ["Le gouvernement des États-Unis, entre autres, a dénoncé le programme et sanctionné les entreprises chinoises soupçonnées d’être impliquées."], None),
        ("Besides the Dahua deal, what's the official line on doing any business with blacklisted firms?", ["Au moins un ministère considère les transactions de toute nature avec des entités inscrites sur la liste noire comme un « drapeau rouge »."], None),
        ("Apart from Honeywell, which brands resell Dahua cameras?", ["Les produits Dahua sont souvent revendus sous la marque Honeywell."], "name"),
        ("How much of their money will people who already invested in SenseTime's IPO get back?", ["L’entreprise chinoise affirme rester “déterminée” à être prochainement cotée et promet de rembourser intégralement ceux qui ont déjà investi."], None),
        ("Depuis quand l'internement massif des Ouïghours est-il dénoncé par des ONG ?", ["L’internement massif des Ouïghours est dénoncé depuis plusieurs années par des ONG indiquant que près d’un million d’entre eux seraient incarcérés."], None),
        ("Which NGOs say that close to a million Uighurs are held in camps in Xinjiang?", ["L’internement massif des Ouïghours est dénoncé depuis plusieurs années par des ONG indiquant que près d’un million d’entre eux seraient incarcérés."], "name"),
        ("Est-il vrai que Huawei a publiquement regretté sa décision ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit Antoine Griezmann à rompre les liens avec l'entreprise."], "speech"),
        # "how many other firms": the firms, counted by no figure here
        ("How many other Chinese companies did the Treasury blacklist at the same time as SenseTime?", ["En 2019, le département du Commerce a annoncé la mise sur liste noire de SenseTime.", "Les ONG indiquent que près d’un million d’entre eux seraient incarcérés."], "count"),
        # a stake's size is a share or a figure, not who backs whom
        ("How large is Alibaba's stake in SenseTime and Megvii?", ["Ces deux sociétés sont soutenues par Alibaba et cela ne plaît guère au gouvernement américain."], "number"),
        ("Quelle est la taille de la participation d'Alibaba dans SenseTime ?", ["Ces deux sociétés sont soutenues par Alibaba."], "number"),
        # what money was for, and how something is to be proven
        ("Et à quoi cet argent devait-il servir ?", ["SenseTime vient d’annoncer le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "reason"),
        ("What would SenseTime use the money for?", ["SenseTime vient d’annoncer le report de son introduction à la Bourse de Hong Kong pour un montant de 767 millions de dollars."], "reason"),
        ("Comment les entreprises devront-elles prouver que leurs produits ne sont pas issus du travail forcé ?", ["La Chambre a adopté un texte de loi restreignant les importations de produits fabriqués au Xinjiang pour condamner le “travail forcé”."], "reason"),
        # two parts, the second asking who found what the evidence tells as found by no one
        ("How was that hack carried out, and who uncovered it?", ["You may recall that the recent hack discovered for iOS devices was specifically aimed at these religious groups."], "name"),
        # the talks' date is not the move's, dated by them; their result is told as one; a margin claimed needs votes
        ("when exactly were those talks n where", [_TALKS], "date"),
        ("Quand ont eu lieu les négociations ?", [_TALKS], "date"),
        ("Ces négociations ont-elles débouché sur un accord ?", [_TALKS], "outcome"),
        ("Est-il vrai que le texte a été adopté par la Chambre à une écrasante majorité, avec seulement une voix contre ?", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations du Xinjiang."], "number"),
        # a removal from the list asked for is not one done
        ("Et Washington a-t-il fini par retirer Dahua de la liste ?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        # the writer of a report is a byline, not a person the report names
        ("Qui est l'auteur de ce reportage ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], "person"),
        # a text's reference number; an exchange where shares trade; what was led; which police forces; besides one, which
        ("Quel est le numéro du décret présidentiel qui interdit aux Américains d'investir dans ces entreprises ?", ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise."], "number"),
        ("Où les actions de Hikvision sont-elles cotées ?", ["Parmi les société présentes sur cette liste, nous retrouvons Hikvision Digital Technology et Dahua Technology."], "place"),
        ("What is the number of that order?", ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise."], "number"),
        ("Qui menait la délégation américaine à ces négociations ?", ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise."], "person"),
        ("Which police forces in Xinjiang are actually using that feature?", ["Cette entreprise chinoise a, selon le Trésor, “mis en avant sa capacité à identifier les Ouïghours portant des barbes” pour la surveillance policière au Xinjiang."], "name"),
        ("Et comment compte-t-elle obtenir son retrait de la liste du Trésor ?", ["Se disant prise au milieu de tensions géopolitiques, la société récuse cette décision : « Nous nous opposons fermement à cette inscription. »"], "outcome"),
        ("Was Megvii later taken off the US entity list, and if so when?", ["D’autres géants de l’intelligence artificielle comme SenseTime Group ou encore Megvii Technology font également partie de cette liste."], "outcome"),
        ("ok et ces négociations elles avaient lieu où", [_TALKS], "place"),
        ("Où avaient lieu les négociations ?", [_TALKS], "place"),
        ("À part Honeywell, lesquelles ?", ["Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], "name"),
        ("la startup nanotech sur la liste c'est laquelle, ils donnent le nom ?", ["Two further firms, specialising in artificial intelligence (AI) have also made the list, along with one voice recognition firm and a nanotech startup."], "name"),
        # a role with no article asks for its holder, of that body; a ministry asked for is a government body, named
        ("And who was Treasury Secretary at the time?", ["En 2019, lorsque le département du Commerce a annoncé la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], "person"),
        ("quel ministère ?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "name"),
        ("Which Xinjiang police or government agencies were blacklisted alongside Hikvision and Dahua?", ["Parmi les société présentes sur cette liste, nous retrouvons Hikvision Digital Technology et Dahua Technology."], "name"),
        # words credited, asked for in so many words; places by name; how a figure was reached
        ("Who first described the trade war with China as \"good and easy to win\"?", ["The timing of the move, just ahead of talks aimed to end the “good and easy to win” trade war with China, might seem inflammatory."], "name"),
        ("Quels mots Antoine Griezmann a-t-il employés pour annoncer sa rupture avec Huawei ?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], "speech"),
        ("which ones tho? name a few cities pls", ["Bloomberg estimates that two of the companies are already in situ in hundreds of cities all over the world."], "place"),
        ("Comment ce chiffre a-t-il été établi ?", ["Près d'un million de Ouïghours sont détenus dans des camps, selon des ONG."], "data"),
        ("How was the iOS hack targeting Uighurs discovered, and by whom?", ["You may recall that the recent hack discovered for iOS devices was specifically aimed at these religious groups."], "name"),
        # a vote asked for; what talks came to; a successor; a law's penalties; which of two; brands; alternatives; a request's outcome
        ("What was the vote? Was it close?", ["La Chambre des représentants américaine a adopté, mercredi 8 décembre, un texte de loi restreignant les importations."], "number"),
        ("Et elles ont abouti à quoi, ces négociations ?", ["The timing of the move, just a few days ahead of the latest talks aimed to end the trade war, might seem inflammatory."], "outcome"),
        ("Who took over from him as commerce secretary?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], "person"),
        ("Quelles sanctions la loi votée par la Chambre prévoit-elle contre les entreprises qui importeraient quand même ?", ["La Chambre des représentants a adopté un texte de loi restreignant les importations de produits fabriqués au Xinjiang."], "penalty"),
        ("Which one does Alibaba hold the bigger stake in?", ["Alibaba est un géant chinois de l’entreprise avec une portée mondiale."], "comparison"),
        ("Alibaba is the Olympics' cloud partner — which Games is that for, Tokyo or Beijing?", ["Alibaba est le partenaire officiel des services cloud pour le jeux olympiques."], "name"),
        ("Beijing asked Washington to take the companies off the blacklist. Did the US agree?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        ("Est-il vrai qu'on a découvert des portes dérobées dans les caméras Dahua achetées par Amazon ?", ["Les autorités américaines ont averti que des entreprises comme Dahua pouvaient insérer des portes dérobées."], "outcome"),
        ("Were any backdoors found in the Amazon cameras?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua."], "outcome"),
        ("Alibaba s'est-il excusé publiquement après les questions du New York Times ?", ["Après que le Times ait interrogé Alibaba sur l’outil, la société a modifié son site Web pour supprimer les références aux ouïghours."], "outcome"),
        ("Est-il exact que Nike a cessé de vendre via Alibaba après les révélations ?", ["Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes pour vendre aux acheteurs chinois."], "outcome"),
        ("Has Amazon since cancelled that order?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, au début du mois."], "outcome"),
        ("Which US agency blacklisted the machine-learning startups?", ["L’année dernière, l’administration a ajouté 28 entités chinoises."], "name"),  # "learning" learns nothing
        ("Which US agency blacklisted Hikvision?", ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"], "name"),  # no news agency
        # a why that sets a choice aside is not answered by a sentence on neither
        ("Why did SenseTime choose Hong Kong for its IPO rather than a US stock exchange?", ["En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong."], "reason"),
        # when it did list in the end is no date of the postponement
        ("et elle a fini par etre cotée quand ?", ["En ce mois de décembre les tensions sont désormais concentrées autour de la société SenseTime qui a dû reporter son introduction en Bourse."], "date"),
        # removals are not the 28 added; applications are not the licences issued
        ("How many of those have since been taken off the list?", ["L’année dernière, l’administration a ajouté 28 entités chinoises, y compris des fabricants de matériel de surveillance, à une liste noire du commerce."], "count"),
        ("How many licence applications have US companies filed so far to keep doing business with Hikvision?", ["As you may recall, this is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."], "number"),
        # how many are in the US is not "hundreds of cities all over the world"
        ("Et combien de ces villes sont aux États-Unis ?", ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector wrapped up and are already in situ in hundreds of cities all over the world."], "count"),
        ("Et qu'est-ce qui est ressorti de ces négociations ?", ["The timing of the move, just a few days ahead of the latest talks aimed to end the trade war with China, might seem a bit inflammatory."], "outcome"),
        ("Quelles sanctions civiles ou pénales encourt une entreprise américaine qui livre des composants à Hikvision sans avoir obtenu de licence ?", ["Under the ruling, any US company that wants to do business with those on the list has to apply for a licence to sidestep the ban."], "penalty"),
        ("Which one is the nanotech startup?", ["Two further firms, specialising in artificial intelligence (AI) have also made the list, along with one voice recognition firm and a nanotech startup."], "name"),
        # an English phrase quoted in a French question is the English article's, word for word
        ("Qui a qualifié la guerre commerciale avec la Chine de « good and easy to win » ?", ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné: “Au Xinjiang et dans toute la Chine, des millions de personnes subissent des violations scandaleuses des droits de l’homme.”"], "name"),
        ("Quels services de police du Xinjiang ont acheté cette technologie ?", ["Cette entreprise chinoise a, selon le Trésor, “mis en avant sa capacité à identifier les Ouïghours” pour servir la surveillance policière au Xinjiang."], "name"),
        ("did washington agree?? were any of them taken off", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        ("Qu'est-ce que Washington a répondu à la demande chinoise de retirer ces entreprises de la liste ?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], "outcome"),
        ("le hack iOS qui visait les ouighours c qui l'a découvert", ["You may recall that the recent hack discovered for iOS devices was specifically aimed at these religious groups."], "name"),
        ("which of the 2 is bigger tho?", ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector wrapped up."], "comparison"),
        ("Tu peux me citer quelques villes où les caméras Hikvision et Dahua sont déployées ?", ["Bloomberg estimates that Hikvision and Dahua are already in situ in hundreds of cities all over the world."], "place"),
        ("who called the trade war 'good and easy to win'? was it trump?", ["The timing of the move, just a few days ahead of the latest talks aimed to end the “good and easy to win” trade war with China, might seem a bit inflammatory."], "name"),
        # other brands are named after the word for them: Dahua, the maker, is none
        ("which other brands besides Honeywell?", ["Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], "name"),
        # the exchange of the firm asked about, not SenseTime's
        ("Sur quelle place boursière Megvii prévoyait-elle de s'introduire ?", ["D’autres géants de l’IA comme SenseTime Group ou encore Megvii Technology font également partie de cette liste.", "En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong."], "name"),
        ("Les États-Unis ont-ils sanctionné Alibaba pour son outil de détection des visages ouïghours ?", ["Le gouvernement des États-Unis, entre autres, a dénoncé le programme et sanctionné les entreprises chinoises soupçonnées d’être impliquées."], "target"),
        ("Qu'a modifié Huawei sur son site Web après l'article du Washington Post ?", ["Après que le Times ait interrogé Alibaba sur l’outil cette semaine, la société a modifié son site Web pour supprimer les références aux ouïghours."], "target"),
        ("ok and who at Treasury announced the december one?", ["En ce mois de décembre les tensions sont désormais concentrées autour de la société SenseTime qui a dû reporter son introduction en Bourse."], "person"),
        # a body named only where something goes does not speak: the exchange SenseTime was to list on
        ("How did the Hong Kong stock exchange react to the postponement?", [_REPORT_HK], "speech"),
        ("Comment la Bourse de Hong Kong a-t-elle réagi ?", [_REPORT_HK], "speech"),
        # a claim checked with what it followed, its « qu' » no question word
        ("Est-il vrai qu'Alibaba a perdu son rôle de partenaire cloud des Jeux olympiques après ces révélations ?", [_OLYMPICS, _SITE_EDIT], "outcome"),
        ("C'est vrai qu'Alibaba a perdu son rôle de partenaire des JO à cause de ces révélations ?", [_OLYMPICS, _SITE_EDIT], "outcome"),
        # a claim that it finally happened, its « que » no question word; "is it true" without "that"
        ("Est-il vrai que SenseTime a finalement fait son entrée à la Bourse de Hong Kong dès la fin décembre ?", [_REPORT_HK], "outcome"),
        ("Is it true Amazon pulled those cameras out after Reuters reported the purchase?", [_BOUGHT_REUTERS], "outcome"),
        # a government's reaction to a bill, where the sentences tell its reaction to something else
        ("Comment Pékin a-t-il réagi à ce vote ?", [_DAHUA_DENIES], "speech"),
        ("What was China's official response to that bill?", [_DAHUA_DENIES], "speech"),
        # the others of a part told
        ("Et les autres caméras, où seront-elles utilisées ?", [_CAMERAS_THIRD, _OTHER_BRANDS_SENTENCE], "place"),
        ("And the other cameras, how many went to Europe?", [_CAMERAS_THIRD], "number"),
        # a phrase the question quotes, asked whose it is, where the sentence quoting it credits it to no one
        ("The English article puts 'good and easy to win' in quotation marks when describing the trade war. Whom is it quoting?", [_TALKS], "name"),
        ("Le texte anglais écrit « good and easy to win ». Qui l'article cite-t-il ?", [_TALKS], "name"),
        # the outcome of talks however far the verb is from them, and however it is asked
        ("Les pourparlers commerciaux prévus juste après l'annonce ont-ils débouché sur un accord ?", [_TALKS], "outcome"),
        ("Did the trade talks held a few days later produce a deal?", [_TALKS], "outcome"),
        ("Les négociations ont-elles abouti ?", [_TALKS], "outcome"),
        # a denunciation asked of one firm, where the sentence quotes another's
        ("Est-il exact que Megvii a lui aussi dénoncé la décision américaine auprès de Bloomberg ?", ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision prise par le gouvernement américain. »"], "speech"),
        ("Did Megvii also denounce the decision?", ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision prise par le gouvernement américain. »"], "speech"),
        # the one who came next, where the sentences tell only the break
        ("griezmann il a signé avec quelle marque de tel après huawei", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], "person"),
        # installed by now, where the sentences tell what the cameras were for
        ("How many of the 1,500 Dahua cameras had Amazon already installed in its warehouses?", [_CAMERAS_THIRD], "outcome"),
        ("When were the Dahua cameras actually installed in Amazon's US warehouses?", [_CAMERAS_THIRD], "outcome"),
        # a share of sales or of a market, where the sentence's share is of something else
        ("Quelle part de ses ventes Dahua réalise-t-elle aux États-Unis ?", [_CAMERAS_THIRD], "count"),
        ("Et quelle part de ce chiffre avait déjà été souscrite par des investisseurs ?", ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector wrapped up."], "count"),
        ("part de marche d'alibaba cloud en chine vs amazon ?", ["Alibaba est un géant chinois de l’entreprise avec une portée mondiale."], "number"),
        ("And did those talks actually end the trade war?", [_TALKS], "outcome"),
        # the date of talks, where the best sentence dates something else
        ("À quelle date se sont tenues les négociations commerciales qui ont suivi l'annonce de la liste ?", [_ROSS_ON_SENSETIME], "date"),
        # the outlet one firm spoke to, where the sentence has another firm speak to it
        ("To which news agency did Dahua voice its opposition to the blacklisting?", [_HIKVISION_TOLD_BLOOMBERG], "name"),
        ("Auprès de quel journal Megvii a-t-elle protesté contre la décision ?", [_HIKVISION_TOLD_BLOOMBERG], "name"),
        ("Which news outlet did Dahua talk to?", ["Bloomberg estimates that two of the companies, Hangzhou Hikvision Digital Technology Co and Zhejiang Dahua Technology Co, have up to a third of the sector."], "name"),
        # a brand asked for, where no sentence names one as a brand; a phrase's author, where no sentence has the phrase;
        # a reaction asked « comme Hikvision auprès de Bloomberg », where only Hikvision's is told
        ("And which brand does Hikvision relabel its cameras under?", ["Bloomberg estimates that two of the companies, Hangzhou Hikvision Digital Technology Co and Zhejiang Dahua Technology Co, have up to a third of the sector."], "name"),
        ('Who originally described the trade war with China as "good and easy to win"?', ["“Le gouvernement américain et le département du Commerce ne peuvent pas tolérer la suppression brutale des minorités ethniques”."], "name"),
        # a stake asked for by its size, where the sentence tells only that there is one
        ("What stake does the Chinese e-commerce giant hold in the two AI firms it backs?", [_BACKED_BY_ALIBABA], "number"),
        ("Quelle participation Alibaba détient-il dans SenseTime ?", [_BACKED_BY_ALIBABA], "number"),
        # the date of a relaunch, where the sentences tell the postponement and another date
        ("À quelle date SenseTime compte-t-il relancer son introduction à la Bourse de Hong Kong ?", [_REPORT_HK, _SENSETIME_LISTED_FRIDAY], "date"),
        ("When does SenseTime plan to resume its Hong Kong listing?", [_REPORT_HK], "date"),
        # done in the end, where « L'entreprise » is no « entrée » and the sentences tell the postponement
        ("Est-il vrai que SenseTime a finalement fait son entrée à la Bourse de Hong Kong dès la fin du mois de décembre ?",
         [_REPORT_HK, "L’entreprise, spécialiste de vidéosurveillance et d’intelligence artificielle, vient d’annoncer le report de son introduction à la Bourse de Hong Kong."], "outcome"),
        # who, asked beside a title
        ("Qui a signé cette déclaration écrite, et avec quel titre ?", ["« Ces accusations sont infondées et reflètent une perception fondamentalement erronée de notre entreprise. »"], "person"),
        # a person, where the only two-word name ends a list of brands
        ("Which senior executive at the online retail giant signed off on the purchase?", ["Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes pour vendre aux acheteurs chinois."], "person"),
        # an independent check, where the sentences tell what the cameras do
        ("Amazon a-t-il fait contrôler ces caméras Dahua par un organisme indépendant avant de les installer ?", [_CAMERAS_THIRD, _BOUGHT_REUTERS], "outcome"),
        ("Ça a été vérifié par un audit indépendant ?", [_AMAZON_SPOKESPERSON], "outcome"),
        # words asked for in the imperfect, where the sentence reports none of his
        ("Que disait Griezmann dans son communiqué sur Huawei ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], "speech"),
        # the motive of one named only as an example
        ("Why does Honeywell sell Dahua-made cameras under its own brand?", [_OTHER_BRANDS_SENTENCE], "reason"),
        # a count of what is somewhere else than the place the sentence gives
        ("And how many of them were meant for its sites outside the United States?", [_CAMERAS_THIRD], "count"),
        ("Combien de ces caméras étaient destinées à des sites hors des États-Unis ?", [_CAMERAS_THIRD], "count"),
        ("How many of the cameras were meant for Amazon sites abroad?", [_CAMERAS_THIRD], "count"),
        ("Were the US-China trade talks successful?", [_TALKS], "outcome"),
        ("Could you tell me whether the trade talks produced a deal?", [_TALKS], "outcome"),  # a polite opener is no aim
        # the reaction of one described, not named, where the best sentences report no one's words
        ("Comment le géant chinois des télécoms a-t-il réagi au reportage du Washington Post sur son logiciel ?", [_POST_ON_HUAWEI], "speech"),
        # who the article quotes as calling something a phrase, where it quotes the phrase from no one
        ("Whom does the English-language article quote as calling the trade war with China \"good and easy to win\"?", [_TALKS], "name"),
        # the words that end a firm's name speak for no one: « haute technologie »
        ("How did Megvii Technology respond to being placed on the Commerce Department's list?", [_LIST_READ_OUT], "speech"),
        ("How did Beijing respond to the lower chamber's vote curbing goods from the north-western region?", [_DAHUA_DENIES], "speech"),
        # what talks achieved, where they are only told as aimed to end the war
        ("What did the trade talks held a few days after the entity-list decision actually achieve?", [_TALKS], "outcome"),
        ("Qu'ont donné les négociations commerciales qui ont suivi ?", [_TALKS], "outcome"),
        # a sum asked as such, where the best sentences give only « deux sociétés »
        ("Quelle somme Megvii espérait-elle récolter lors de sa cotation sur le marché ?", [_BACKED_BY_ALIBABA], "amount"),
        # « Est-il exact que … » opens a claim, and « quelques » is no question word
        ("Est-il exact qu'elle a finalement fait son entrée à la Bourse de Hong Kong quelques semaines plus tard ?", [_REPORT_HK], "outcome"),
        # how long after a purchase something was installed: the purchase's date does not say
        ("Combien de temps après leur achat les caméras Dahua ont-elles été installées dans les entrepôts d'Amazon ?", [_AMAZON_BOUGHT_1500], "duration"),
        # someone's words about a firm the words do not name
        ("Qu'a dit Nancy Pelosi à propos de SenseTime précisément ?", [_PELOSI_ON_XINJIANG], "speech"),
    ],
)
def test_refusal_when_the_evidence_lacks_the_kind_of_answer_asked_for(question, sentences, missing):
    from assistant.answering import missing_answer_type

    assert missing_answer_type(question, sentences) == missing


def test_a_bare_why_after_a_not_yet_answer_needs_a_cause():
    from assistant.answering import why_not_yet_unexplained

    issued = ["As you may recall, this is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."]
    assert why_not_yet_unexplained("Pourquoi ?", "Non, selon l'article anglais, aucune licence n'a encore été délivrée.", issued)
    assert not why_not_yet_unexplained("why?", "The US Treasury.", issued)  # why it acted, not why nothing happened
    assert not why_not_yet_unexplained("Pourquoi ?", "Non, aucune licence n'a encore été délivrée.", ["Washington refuse les licences en raison de la sécurité nationale."])


def test_which_one_is_that_is_told_by_a_sentence_on_what_the_last_answer_said():
    from assistant.answering import names_the_one_said

    last = "No, government blacklists do not affect the private sector, although at least one department treats any transaction with blacklisted entities as a 'red flag'."
    commerce = ["The US Department of Commerce has ruled that the companies were complicit in the campaign of repression against Uighurs."]
    assert not names_the_one_said("Which department is that?", last, commerce)
    assert not names_the_one_said("C'est quel ministère ?", last, commerce)
    assert names_the_one_said("Which ministry is that exactly?", last, ["Au moins un ministère considère toute transaction avec des entités sur liste noire comme un « drapeau rouge »."])
    assert names_the_one_said("Who said that?", last, commerce)  # not a question of that kind
    # a place the last answer names ("one US government department") tells no department apart
    us = "It says at least one US government department considers transactions of any kind with blacklisted entities a red flag."
    assert not names_the_one_said("Which department is that?", us, commerce)
    assert names_the_one_said("Which publication is that?", "Pages found by a surveillance industry publication.", ["IPVM et partagé avec le New York Times."])  # no body


def test_a_bare_which_one_asks_for_one_of_the_kind_the_last_answer_told_of():
    from assistant.answering import with_one_asked

    ministry = "Oui : au moins un ministère considère les transactions de toute nature avec des entités sur liste noire comme un « drapeau rouge »."
    assert with_one_asked("Lequel ?", [ministry]) == "quel ministere ?"
    assert with_one_asked("Which one, exactly?", ["At least one department treats them as a red flag."]) == "which department ?"
    assert with_one_asked("Lesquelles ?", ["Jusqu'à un tiers du secteur de la vidéosurveillance, selon Bloomberg."]) == "Lesquelles ?"  # no kind told
    assert with_one_asked("Lequel a réagi ?", [ministry]) == "Lequel a réagi ?"  # not a bare which
    assert with_one_asked("Lequel ?", []) == "Lequel ?"
    assert with_one_asked("c'est lequel ce ministère", [ministry]) == "quel ministere ?"
    # the kind told as the members of a list: « une liste d'entreprises », "a list of companies"
    ban = "Elle a interdit aux Américains d'investir dans une liste d'entreprises liées à l'armée chinoise."
    assert with_one_asked("Lesquelles exactement ?", [ban]) == "quel entreprises ?"
    assert with_one_asked("Which ones?", ["It banned investment in a list of companies tied to the army."]) == "which companies ?"
    assert with_one_asked("Lequel de ces ministères, précisément ?", [ministry]) == "quel ministere ?"
    assert with_one_asked("Which of these departments?", ["At least one department treats them as a red flag."]) == "which department ?"
    from assistant.answering import names_the_one_said

    said = "Non, mais au moins un ministère considère toute transaction avec une entité inscrite comme un « drapeau rouge »."
    assert not names_the_one_said("De quel ministère s'agit-il ?", said, ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire."])


def test_that_department_is_the_body_the_conversation_named():
    from assistant.answering import missing_answer_type, with_referred_body

    said = ["The US Treasury, over its facial recognition technology targeting the Uyghur minority.", "Who put SenseTime back on a blacklist in December?"]
    question = with_referred_body("Who was heading that department when it made the announcement?", said)
    assert "Treasury" in question
    ross = ["En 2019, lorsque le département du Commerce a annoncé la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."]
    assert missing_answer_type(question, ross) == "person"
    assert with_referred_body("Who heads the Treasury?", said) == "Who heads the Treasury?"
    assert with_referred_body("Qu'a dit ce ministère ?", said) == "Qu'a dit ce ministère ?"  # no person asked for
    assert "Trésor" in with_referred_body("Who heads that agency?", ["Le Trésor américain, puis le Commerce."])

    # "exactly" set off by a comma; "blacklisted" is what every article is about and tells no department apart
    from assistant.answering import names_the_one_said

    white_house = ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."]
    red_flag = "According to the Amazon article, at least one government department treats transactions of any kind with blacklisted entities as a 'red flag'."
    assert not names_the_one_said("Which department is that, exactly?", red_flag, white_house)


def test_the_rep_is_the_one_the_conversation_named():
    from assistant.answering import missing_answer_type, with_role_owner

    said = ["An Alibaba Cloud representative said it was only used in a test environment.", "wat did alibaba say about the uyghur face detection thing"]
    question = with_role_owner("who is the representative, got a name", said)
    assert question == "who is the Alibaba Cloud representative, got a name"
    pelosi = ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné : « Au Xinjiang, … »."]
    assert missing_answer_type(question, pelosi) == "person"  # not the Chambre des représentants
    assert with_role_owner("le porte-parole, il s'appelle comment ?", ["… », a déclaré un représentant d’Alibaba Cloud."]) == "le porte-parole de Alibaba Cloud, il s'appelle comment ?"
    assert with_role_owner("Who is the Amazon spokesperson?", said) == "Who is the Amazon spokesperson?"  # named already


def test_that_company_speaks_as_the_firm_the_conversation_named():
    from assistant.answering import missing_answer_type, with_referred_firm
    from assistant.text import know_names

    know_names(["Huawei", "Washington", "Post"])
    said = ["Yes. The Washington Post reported that Huawei had tested software that could alert police when its cameras detected Uyghur faces."]
    question = with_referred_firm("How did that company respond to the Post's report?", said)
    assert question == "How did Huawei respond to the Post's report?"  # not the Post, nor Washington
    post = ["Le Washington Post a rapporté la semaine dernière que Huawei avait testé un logiciel capable d'alerter la police."]
    assert missing_answer_type(question, post) == "speech"
    assert with_referred_firm("Which cameras did that company test?", said) == "Which cameras did that company test?"  # no words asked
    assert with_referred_firm("How did the Post answer that company?", said) == "How did the Post answer that company?"  # the Post speaks


def test_a_person_at_a_firm_is_told_as_the_firms():
    from assistant.answering import missing_answer_type

    ross = ["En 2019, lorsque le département du Commerce a annoncé la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."]
    assert missing_answer_type("Qui, chez SenseTime, a fait cette déclaration ?", ross) == "person"
    pelosi = ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné que la Chine violait les droits."]
    assert missing_answer_type("Qui, à la Chambre des représentants, a parlé du Xinjiang ?", pelosi) is None
    griezmann = ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."]
    assert missing_answer_type("Which footballer cut ties with Huawei after a Washington Post reporter's story?", griezmann) is None


def test_a_later_sentence_of_a_question_opens_with_a_capital_that_is_no_name():
    from assistant.text import names_in_question

    assert names_in_question("Le gouvernement américain assure que x. Quelle raison avance-t-il ?") == set()
    assert names_in_question("Some claim. Which reason does Hikvision give?") == {"hikvision"}
    assert names_in_question(" SenseTime, last week.") == {"sensetime"}  # a text passed with a space before its first word


def test_what_could_not_be_determined_answers_a_short_follow_up_pointing_back():
    from assistant.answering import left_undetermined

    undetermined = "Il n’a pas été possible de déterminer si ou comment les clients d’Alibaba avaient utilisé l’outil de détection des minorités."
    assert left_undetermined("Et quels clients l'ont utilisé ?", undetermined)
    assert not left_undetermined("Which tool did Alibaba use?", "Il n’a pas été possible de déterminer si l’outil avait été utilisé.")
    # how they used it, where whether or how they did is undetermined; not how they could, which the website showed
    assert left_undetermined("Comment les clients d'Alibaba ont-ils concrètement utilisé l'outil de détection des Ouïghours ?", undetermined)
    assert left_undetermined("How did Alibaba's clients actually use the minority detection tool?", undetermined)
    assert not left_undetermined("Comment les clients pouvaient-ils utiliser l'outil de détection ?", undetermined)
    assert not left_undetermined("How could customers use the detection tool?", undetermined)
    assert not left_undetermined("How did Alibaba react to the report on its detection tool?", undetermined)
    assert not left_undetermined("How did Alibaba respond once the Times asked about the minority-detection tool?", undetermined)
    assert not left_undetermined("How did Alibaba teach its customers to use the facial detection tool?", undetermined)
    assert not left_undetermined("How do Alibaba Cloud customers use the software to detect Uyghur faces?", undetermined)
    assert not left_undetermined("How were Alibaba's clients supposed to use the tool?", undetermined)
    assert not left_undetermined("What was Alibaba's minority-detection feature built into?", undetermined)  # "alibaba's" asks for nothing
    assert left_undetermined("Which of Alibaba's business customers actually used the Uyghur-detection tool?", undetermined)


def test_who_did_it_in_a_follow_up_is_refused_when_the_evidence_has_it_done_by_no_one():
    from assistant.answering import unanswered_after

    listed = ["L’année dernière, l’administration a ajouté 28 entités chinoises à une liste noire du commerce."]
    hack = "You may recall that the recent hack discovered for iOS devices was specifically aimed at these religious groups and is widely suspected to be the work of the Chinese government."
    assert unanswered_after("Who discovered it in the first place?", "The Chinese government.", listed, [*listed, hack]) == "name"
    assert unanswered_after("Who discovered it in the first place?", "The Chinese government.", listed, listed) is None


def test_these_brands_speak_as_all_the_firms_the_conversation_named():
    from assistant.answering import with_referred_firm
    from assistant.text import know_names

    know_names(["Nike", "Starbucks", "Ralph", "Lauren"])
    said = ["Nike, Starbucks et Ralph Lauren, pour vendre aux acheteurs chinois."]
    assert with_referred_firm("Ces marques ont-elles réagi à l'affaire ?", said) == "Nike et Starbucks et Ralph Lauren ont-elles réagi à l'affaire ?"


def test_the_one_a_question_compares_with_is_not_the_one_it_asks_about():
    from assistant.answering import missing_answer_type, without_likeness

    question = without_likeness("Is it true that Megvii, like SenseTime, had to put off a stock-market listing because of the US blacklist?")
    assert question == "Is it true that Megvii had to put off a stock-market listing because of the US blacklist?"
    postponed = ["En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong."]
    assert missing_answer_type(question, postponed) == "outcome"
    assert without_likeness("Did Dahua deny it?") == "Did Dahua deny it?"
    # the one compared with, opening the question
    opening = without_likeness("Comme Hikvision auprès de Bloomberg, comment Megvii a-t-elle réagi à son inscription ?")
    assert "Hikvision" not in opening and "Megvii" in opening
    told = ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision. »"]
    assert missing_answer_type(opening, told) == "speech"


@pytest.mark.parametrize(
    "question, sentences, missing",
    [
        # a claim about what a news source says asks for no one's words
        ("Is it true that Bloomberg says Hikvision and Dahua hold a third of the sector?", ["Bloomberg estimates that two of the companies have up to a third of the video surveillance sector wrapped up."], None),
        # « depuis plusieurs années » of something else does not date the listing
        ("Depuis quand SenseTime est-elle sur liste noire ?", ["Les relations sino-américaines s’avèrent complexes depuis plusieurs années."], "date"),
        ("What impact will the punishment have on the US economy, according to Hikvision?", ["Punishing Hikvision will negatively impact the US economy."], None),
        ("Petite précision, c'est quelle Bourse pour Alibaba ?", ["Les actions d’Alibaba se négocient à la Bourse de New York."], None),
        ("How much of it did Amazon pay for the cameras?", ["Amazon a acheté pour 10 millions de dollars de caméras."], None),
        ("Apart from Honeywell what brands resell Dahua cameras?", ["Les produits Dahua sont souvent revendus sous la marque Honeywell."], "name"),
        ("Regrettably, did SenseTime have to postpone its IPO?", ["SenseTime a annoncé le report de son introduction en Bourse."], None),
        # the move is dated by the talks, or relative to them as asked
        ("When did the US add these companies to the entity list?", [_TALKS], None),
        ("Et à quel moment précis la mesure est-elle tombée par rapport à ces pourparlers ?", [_TALKS], None),
        ("À quel moment des négociations commerciales cette décision est-elle tombée ?", [_TALKS], None),
        ("when did the US announce the move vs the trade talks?", [_TALKS], None),
        # a plan kept answers whether it was dropped
        ("Did SenseTime drop its plans to go public altogether after the Treasury decision?", ["L’entreprise chinoise affirme cependant rester “déterminée” à être prochainement cotée."], None),
        ("Did Washington eventually drop SenseTime from its blacklist?", ["L’entreprise chinoise affirme cependant rester “déterminée” à être prochainement cotée."], "outcome"),
        ("Est-il vrai que la Chambre a adopté le texte le 8 décembre ?", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations du Xinjiang."], None),
        # a majority of a people is no vote; a removal wanted is no removal asked about; "latest" is no talks; a report's outcome is no deal
        ("Is the vast majority of China's population Han?", ["La grande majorité de la population du pays est de l’ethnie Han."], None),
        ("Qui voulait retirer les entreprises de la liste noire ?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], None),
        ("When was the latest blacklisting?", [_TALKS], None),
        ("When were the companies blacklisted, in terms of the talks?", [_TALKS], None),
        ("Le reportage du Post a-t-il débouché sur une rupture avec Griezmann ?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l’entreprise."], None),
        # two firms given as examples count them
        ("Apart from Hikvision and Dahua, how many other AI giants are named among the blacklisted firms?", ["D’autres géants de l’intelligence artificielle comme SenseTime Group ou encore Megvii Technology font également partie de cette liste."], None),
        # none of them, never: a count
        ("Combien des caméras Dahua achetées par Amazon sont reliées au réseau ?", ["« Aucun de ces équipements n’a de connectivité réseau », a déclaré un porte-parole."], None),
        ("Combien de fois la fonction a-t-elle été utilisée en dehors de l'environnement de test ?", ["Il a refusé de dire pourquoi.", "«Il n’a jamais été utilisé en dehors de l’environnement de test.»"], None),
        ("Combien des caméras Dahua achetées par Amazon sont installées en Europe ?", ["« Aucun de ces équipements n’a de connectivité réseau », a déclaré un porte-parole."], "number"),
        # …in the clause that says none, not elsewhere in the sentence; and "outside" is not "in"
        ("How many Amazon buildings use the Dahua cameras?", [_AMAZON_SPOKESPERSON], "number"),
        ("How many coronavirus cases have the cameras detected?", [_AMAZON_SPOKESPERSON], "number"),
        ("Combien de fois la fonctionnalité a-t-elle été utilisée dans l'environnement de test ?", ["« La mention fait référence à une fonction qui a été utilisée dans un environnement de test », a déclaré un représentant.", "«Il n’a jamais été utilisé en dehors de l’environnement de test.»"], "number"),
        # the stakes of a story are no stake; a part of a repression no holding
        ("How big are the stakes for Alibaba after this discovery?", ["Cette découverte pourrait plonger l’une des sociétés Internet les plus précieuses au monde dans la tempête."], None),
        ("Quelle est l'ampleur de la participation de ces entreprises à la répression ?", ["L’administration a ajouté 28 entités chinoises impliquées dans ces violations."], None),
        # a proof told by what showed it; an English "comment"; money given back
        ("How did IPVM prove that Alibaba's software could detect Uighur faces?", ["Le site Web d’Alibaba a montré comment les clients pouvaient utiliser son logiciel pour détecter les visages des Ouïghours, selon des pages du site découvertes par la publication."], None),
        ("Did Alibaba comment on whether it could prove the tool was only tested?", ["Alibaba a déclaré que la fonction n’avait été utilisée que dans un environnement de test."], None),
        ("What will SenseTime do with the money investors already put in?", ["L’entreprise s’est engagée à rembourser intégralement ceux qui ont déjà investi."], None),
        # who did something, in a part: only a discovery the articles tell without its finder
        ("Qu'a fait Washington, et qui a sanctionné les entreprises chinoises ?", ["Le gouvernement des États-Unis, entre autres, a dénoncé le programme et sanctionné les entreprises chinoises soupçonnées d’être impliquées."], None),
        # money spent on something is for it; a purpose asked of no money
        ("What was the money for?", ["Amazon a acheté 1 500 caméras pour 10 millions de dollars."], None),
        ("À quoi servent ces caméras ?", ["Amazon a acheté 1 500 caméras pour 10 millions de dollars."], None),
        # the one suspected, not the one suspecting; « l'auteur » of a hack, not of a report
        ("Qui soupçonne-t-on d'être derrière le piratage des appareils iOS ?", ["The recent hack discovered for iOS devices is widely suspected to be the work of the Chinese government."], None),
        # a text numbered; shares listed on an exchange; what was led, in the sentence
        ("What is the number of the executive order that barred these investments?", ["The White House barred Americans from investing in them under Executive Order 13959."], None),
        ("Où Alibaba est-elle cotée ?", ["Alibaba est cotée à la Bourse de New York."], None),
        ("Who led the talks?", ["Vice Premier Liu He led the latest trade talks in Washington."], None),
        ("Pékin a-t-il demandé le retrait des entreprises de la liste ?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], None),
        # (a review's regressions) "led" with nothing said of what; "what led the US to …"; a removal asked for; a
        # government's agency; a participle after "how many of the firms"; "police" as a modifier; order numbers; a
        # name opening the sentence
        ("And who led it?", ["En 2019, le département du Commerce a annoncé la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], None),
        ("Et qui présidait alors ?", ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné l'enjeu."], None),
        ("Qu'est-ce qui a conduit les États-Unis à sanctionner SenseTime ?", ["Cette entreprise chinoise a, selon le Trésor, mis en avant sa capacité à identifier les Ouïghours pour la surveillance policière au Xinjiang."], None),
        ("Did Beijing request the companies' removal from the blacklist?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], None),
        ("How many of the firms added to the list were AI specialists?", ["Two further firms, specialising in artificial intelligence (AI) have also made the list."], None),
        ("What police alert system did Huawei test?", ["Le Washington Post a rapporté que Huawei avait testé un logiciel capable d'alerter automatiquement la police lorsque ses caméras détectaient des visages ouïghours."], None),
        ("What were Amazon's order numbers for the Dahua cameras?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua."], None),
        ("Quel est le numéro du décret ?", ["Le décret présidentiel 13959 interdit ces investissements."], None),
        ("Qui présidait alors cette assemblée ?", ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné l'enjeu."], None),
        # a count given by naming them, in a runner-up sentence; "how many of the blacklisted companies" counts companies
        ("Combien de marques internationales l'article cite-t-il, et lesquelles ?", ["L’année dernière, l’administration a ajouté 28 entités chinoises.", "Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes pour vendre aux acheteurs chinois."], None),
        ("How many of the blacklisted companies are the largest facial-recognition firms, and which are they?", ["Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde."], None),
        # the holder of a role, named beside it; a ministry named by its department
        ("Who was Commerce Secretary at the time?", ["En 2019, lorsque le département du Commerce a annoncé la mise sur liste noire de SenseTime, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], None),
        ("Who is Commerce Secretary Wilbur Ross?", ["Wilbur Ross a justifié cette décision."], None),
        ("quel ministère ?", ["Le ministère du Commerce a rendu cette liste publique."], None),
        ("Which US agency blacklisted SenseTime in December?", ["Vendredi dernier, le Trésor américain mettait SenseTime sur sa liste noire."], None),
        ("Quels mots Nancy Pelosi a-t-elle employés ?", ["La présidente démocrate de la Chambre, Nancy Pelosi, a souligné que des millions de personnes subissent des violations."], None),
        ("name a few cities pls", ["Amazon a installé les caméras à Seattle et à Chicago."], None),
        ("How was that estimate arrived at?", ["The UN estimate is based on satellite images and a survey of former detainees."], None),
        ("Pourquoi Amazon a-t-il choisi Dahua plutôt qu'un fournisseur américain ?", ["Amazon a préféré Dahua, dont les caméras américaines coûtaient le double."], None),
        # a news agency is an agency; a ban on investing is no company asked for
        ("Which agency did the news that Amazon bought Dahua cameras come through?", ["Amazon a acheté des caméras à une entreprise sur liste noire, rapporte Reuters en citant des sources familières avec le sujet."], None),
        ("What investment ban targeting Chinese companies did the White House announce?", ["Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise."], None),
        ("timing of the entity list move - was it close to the trade talks?", ["The timing of the move, just a few days ahead of the latest talks aimed to end the trade war, might seem inflammatory."], None),
        ("Did the Senate or the House pass it?", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations."], None),
        ("Did SenseTime accept the decision?", ["Se disant prise au milieu de tensions géopolitiques, la société récuse cette décision."], None),
        ("Who was appointed to replace him?", ["Gina Raimondo was appointed Commerce Secretary, replacing Wilbur Ross."], None),
        # (a review's regressions) what a question asks of the one it names; what else than talks came to; a vote's
        # subject; a superlative; the UN; a list's bans; a body offered as an alternative; a translated alternative
        ("SenseTime renonce-t-elle pour de bon à entrer en Bourse ?", ["En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong."], None),
        ("Did Hikvision accept the decision?", ["« Nous nous opposons fermement à cette décision », a déclaré Hikvision."], None),
        ("Has SenseTime agreed to repay investors?", ["La société s'est engagée à rembourser intégralement les investisseurs."], None),
        ("À quoi a abouti le reportage du Post ?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        ("What was the vote about?", ["La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations du Xinjiang."], None),
        ("Which one is the biggest facial recognition company?", ["Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde, Hikvision et Dahua."], None),
        ("Which agency estimates China has imprisoned more than a million Uighurs?", ["Les Nations unies estiment que plus d’un million de Ouïghours sont emprisonnés."], None),
        ("Quelles sanctions la liste noire prévoit-elle pour ces entreprises ?", ["Ces entreprises n'ont désormais plus le droit de travailler avec des fournisseurs américains."], None),
        ("Quel ministère, le Commerce ou le Trésor, a inscrit SenseTime en 2019 ?", ["En 2019, lorsque le département du Commerce a annoncé la mise sur liste noire de SenseTime."], None),
        ("Did the White House or the Commerce Department blacklist Dahua?", ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire."], None),
        # (a second review's) another of the kind offered; a contract ended; a reason asked; words removed; once more
        ("Was the Huawei story from the New York Times or the WSJ?", ["Le Washington Post rapporté la semaine dernière que Huawei avait testé un logiciel."], None),
        ("Did Griezmann cancel his contract with Huawei?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        ("Why was SenseTime's IPO cancelled?", ["Le Trésor américain a placé SenseTime sur sa liste noire."], None),
        ("What words did Alibaba remove from its website?", ["La société a modifié son site Web pour supprimer les références aux ouïghours."], None),
        # (a third review's) a ban tells a stop; a verdict and a way found are no discovery; a denial answers an apology
        ("Did US companies have to stop doing business with Hikvision?", ["Under the ruling, any US company that wants to do business with those on the list has to apply for a licence to sidestep the ban."], None),
        ("Were the companies found complicit in the repression?", ["The US Department of Commerce has ruled that the companies were complicit in the campaign of repression."], None),
        ("A-t-on découvert si les clients d'Alibaba avaient utilisé l'outil ?", ["Il n’a pas été possible de déterminer si ou comment les clients d’Alibaba avaient utilisé l’outil."], None),  # left open: told apart
        ("Est-ce qu'on trouve des caméras Dahua vendues sous d'autres marques ?", ["Dahua est l’un des plus grands fabricants, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("Qu'est-ce que le Washington Post a découvert chez Huawei ?", ["Le Washington Post a rapporté que Huawei avait testé un logiciel capable d'alerter automatiquement la police."], None),
        ("Did SenseTime apologise?", ["« Nous nous opposons fermement à cette inscription. Ces accusations sont infondées. »"], None),
        ("Les pourparlers visaient-ils l'arrêt de la guerre commerciale ?", ["The talks aimed to end the trade war with China, now in the better part of its second year."], None),
        ("Is national security just an excuse?", ["The US government is clear that this has everything to do with national security and nothing to do with the trade war."], None),
        ("Did Griezmann stop working with Huawei?", ["Le reportage du Post a conduit Antoine Griezmann à rompre les liens avec l'entreprise."], None),
        ("Did IPVM find pages on the Alibaba website?", ["Des pages découvertes par IPVM, une publication du secteur de la surveillance."], None),
        ("Which one was put on the blacklist once more?", ["Le Trésor a de nouveau placé SenseTime sur sa liste noire."], None),
        # whom something was aimed at is no name asked for
        ("wat was that iOS hack the english article mentions, who was it aimed at", ["You may recall that the recent hack discovered for iOS devices was specifically aimed at these religious groups."], None),
        # a list's name is not that of whose list it is; "exactement" asks for it all the same
        ("Comment s'appelle exactement la liste sur laquelle les sociétés de reconnaissance faciale ont été inscrites ?", ["The US government has added eight firms specialising in facial recognition to the so-called ‘entity list’ of foreign firms which are banned from trading with US companies."], None),
        ("Comment s'appelle exactement la liste du département du Commerce sur laquelle ces entreprises ont été inscrites ?", ["The US government has added eight firms specialising in facial recognition to the so-called ‘entity list’ of foreign firms which are banned from trading with US companies."], None),
        ("When did the US finally list Hikvision?", ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], None),
        ("Did SenseTime accept the accusations?", ["« Nous nous opposons fermement à cette inscription et aux accusations dont nous sommes l’objet. »"], None),
        ("Which police used SenseTime's technology?", ["Cette entreprise chinoise a, selon le Trésor, “mis en avant sa capacité à identifier les Ouïghours” pour servir la surveillance policière au Xinjiang."], None),
        ("Qui a qualifié les accusations d'« infondées » ?", ["« Ces accusations sont infondées et reflètent une perception fondamentalement erronée de notre entreprise », a déclaré SenseTime."], None),
        ("How many of the cameras were meant for its sites in the US?", ["Au moins un tiers de ces caméras seraient destinées à être utilisées dans les installations d’Amazon à travers les États-Unis."], None),
        ("Combien de licences ont été délivrées ?", ["As you may recall, this is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."], None),
        ("What sanctions does Hikvision face?", ["The US government has added eight firms specialising in facial recognition to the so-called ‘entity list’ of foreign firms which are banned from trading with US companies."], None),
        ("Did Beijing ask the US to delist the companies?", ["Dahua nie tout méfait, tout comme Pékin, ce dernier ayant déjà demandé aux États-Unis de retirer les entreprises de sa liste noire."], None),
        # blacklisted "in the US" is by the US, not where they are; licences issued to those who applied are counted as none
        ("Combien d'entreprises chinoises ont été blacklistées aux États-Unis ?", ["28 entreprises chinoises sont désormais blacklistées"], None),
        ("How many licences have been issued to US companies that applied?", ["As you may recall, this is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."], None),
        # human rights violations are no rule broken; what came out of a report is no result of talks
        ("What sanctions did the US impose on companies linked to human rights violations?", ["The US government has added eight firms specialising in facial recognition to the so-called ‘entity list’ of foreign firms which are banned from trading with US companies."], None),
        ("Qu'est-ce qui est ressorti du reportage du Washington Post ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        # agreeing with a view, and answering a request for comment, grant no request
        ("Did the US agree the move had anything to do with the trade war?", ["The timing of the move might seem a bit inflammatory, but the US government is clear that this has everything to do with national security and nothing to do with the trade war."], None),
        ("How did Amazon respond to the request for comment?", ["En réponse, Amazon a affirmé que son utilisation de tels systèmes pour détecter les cas de coronavirus (COVID-19) est sans danger, disant aux journalistes qu’elle ne permet aucune forme de reconnaissance faciale sur ses nouvelles caméras."], None),
        ("Which one is the company whose products are relabelled as Honeywell?", ["Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        # "aurait acheté": the e-commerce giant did, however named
        ("les caméras c qui les a achetées ?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, au début du mois."], None),
        ("la liste, qui l'a publiée ?", ["Le ministère du Commerce a rendu cette liste publique."], None),
        ("Dahua sells under other brands, which ones?", ["Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("Sur quelle place boursière SenseTime prévoyait-elle de s'introduire ?", ["En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong."], None),
        ("Did the Treasury sanction SenseTime?", ["En fin de semaine dernière, le Trésor américain a annoncé avoir de nouveau placé SenseTime sur sa liste noire."], None),
        ("What did Alibaba change on its website?", ["Après que le Times ait interrogé Alibaba sur l’outil cette semaine, la société a modifié son site Web pour supprimer les références aux ouïghours."], None),
        ("Why did the US sanction Hikvision?", ["The US Department of Commerce has ruled that the companies were complicit in “implementation of China’s campaign of repression”."], None),
        ("which of the 2 biggest facial recognition firms told Bloomberg the list would hurt its US partners?", ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will hurt Hikvision’s US businesses partners.”"], None),
        ("Which other brands is Dahua sold under, is Honeywell one of them?", ["Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont souvent réétiquetés et vendus sous d’autres marques populaires telles que Honeywell."], None),
        ("« Selon le New York Times, sur quelle place boursière se négocient les actions d'Alibaba ? »", ["Les actions d’Alibaba se négocient à la Bourse de New York."], None),
        ("How many licences have been handed out to companies that applied?", ["As you may recall, this is the same situation that Huawei’s partners find themselves in and as yet no licences have even been issued."], None),
        # the one who speaks is named as the subject: SenseTime announced the postponement; Hikvision told Bloomberg
        ("How did SenseTime react to its listing?", [_REPORT_HK], None),
        ("How did Hikvision react?", ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision »."], None),
        ("How did the Hong Kong listing hopeful push back against the allegations?", [_REPORT_HK, "Se disant “prise au milieu de tensions géopolitiques”, la société récuse cette décision."], None),
        ("Et les autres entreprises de la liste, que font-elles ?", ["Bloomberg estimates that two of the companies have up to a third of the video surveillance sector wrapped up."], None),
        ("Quel secrétaire au Commerce a justifié la décision ?", ["En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié cette décision."], None),
        # losing access is told by a ban; a lost contract by a broken one
        ("Did Hikvision lose access to American suppliers?", ["The US government has added eight firms to the entity list of foreign firms which are banned from trading with US companies."], None),
        ("Did Huawei lose Griezmann as an ambassador?", ["Antoine Griezmann a annoncé rompre son contrat d'ambassadeur avec Huawei."], None),
        ("Is it true Amazon bought cameras from Dahua?", [_BOUGHT_REUTERS], None),
        ("Est-il vrai que SenseTime a reporté son entrée en Bourse ?", [_REPORT_HK], None),
        ("How did Beijing react to the blacklisting?", [_DAHUA_DENIES], None),
        # what was done in the end, told beside what was put off; data pulled out is no order pulled
        ("Est-il vrai que SenseTime a finalement été placée sur liste noire avant son introduction en Bourse ?", [_HAD_TO_POSTPONE, _TREASURY_AGAIN], None),
        ("Could Chinese spies pull sensitive data out of the cameras?", ["Les autorités américaines ont averti que des entreprises comme Dahua sont capables d’insérer des portes dérobées."], None),
        # a claim dated by what it came after asks when, not what followed
        ("Est-il vrai que l'inscription de Hikvision et Dahua est intervenue juste après la fin des négociations commerciales ?", [_TIMING], None),
        ("Is it true that the listing of Hikvision and Dahua came right after the end of the trade talks?", [_TIMING], None),
        # the others told, or no part told
        ("Et les autres caméras, où vont-elles ?", ["Un tiers des caméras iront aux États-Unis, les autres caméras en Europe."], None),
        ("Which other firms are on the list besides Hikvision?", ["D’autres géants de l’intelligence artificielle comme SenseTime Group ou encore Megvii Technology font également partie de cette liste."], None),
        ("Et les autres caméras, que font-elles ?", ["En plus de détecter les fièvres, les caméras Dahua commandées par Amazon utilisent également la reconnaissance faciale."], None),
        ("Do the other cameras also use facial recognition?", ["En plus de détecter les fièvres, les caméras Dahua commandées par Amazon utilisent également la reconnaissance faciale.", _CAMERAS_THIRD], None),
        ("Combien de caméras Amazon a-t-il achetées en tout, en comptant les autres caméras ?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua.", _CAMERAS_THIRD], None),
        # "ou" after a comma is "or", not « où »
        ("Les caméras servent-elles à détecter la fièvre, ou sont-elles destinées à la reconnaissance faciale ?", ["En plus de détecter les fièvres, les caméras Dahua commandées par Amazon utilisent également la reconnaissance faciale."], None),
        # what the talks were aimed at, and their date where a sentence on them gives one
        ("What were the latest talks aimed to end?", [_TALKS], None),
        ("When were the talks held?", ["The talks were held on 10 October 2019 in Washington."], None),
        # a share of the market told as one of the sector; a share of something else than sales or a market
        ("What share of the market do Hikvision and Dahua hold?", ["Bloomberg estimates that two of the companies, Hikvision and Dahua, have up to a third of the video surveillance sector wrapped up."], None),
        ("What share of the cameras went to US sites?", [_CAMERAS_THIRD], None),
        # one condemned, not condemning
        ("Was Hikvision condemned by the UN?", ["Hikvision a fait part de son mécontentement à Bloomberg : « nous nous opposons fermement à la décision. »"], None),
        # where they were meant to go; deployed, told as in situ
        ("Where were the cameras actually meant to be installed?", [_CAMERAS_THIRD], None),
        ("Are Hikvision and Dahua cameras already deployed in many cities?", ["Bloomberg estimates that Hikvision and Dahua are already in situ in hundreds of cities all over the world."], None),
        # where a share comes from, not how much it is
        ("D'où vient le chiffre sur la part de marché de Hikvision et Dahua dans la vidéosurveillance ?", ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"], None),
        # "talks" as a verb; discussions that are no trade talks; cameras installed as the subject, a feature not cameras
        ("When was the company the article talks about put back on the Treasury blacklist?", ["Vendredi dernier, le Trésor américain mettait ainsi SenseTime sur sa liste noire."], None),
        ("Did the Times' discussions with Alibaba produce any change on its website?", ["Après que le Times ait interrogé Alibaba sur l’outil cette semaine, la société a modifié son site Web."], None),
        ("Les caméras qu'Amazon a déjà installées transmettent-elles des données à la Chine ?", ["Amazon promet que ses caméras Dahua ne transmettent pas de données à la Chine"], None),
        ("Is Alibaba's minority detection feature actually installed in its content-moderation software?", ["La fonctionnalité a été intégrée au logiciel Alibaba qui aide les plates-formes Web."], None),
        # a bill denounces nothing by words; a share of a figure told as a part of those counted
        ("What does the House bill denounce?", ["La Chambre des représentants a adopté un texte de loi pour condamner le “travail forcé”."], None),
        ("Quelle part de ce chiffre était destinée aux États-Unis ?", [_CAMERAS_THIRD], None),
        # who came before, not next; a quotation's own words, asked whose
        ("Which brand had Griezmann signed with before he cut ties after the Post report?", ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."], None),
        ("« Ces accusations sont infondées » — de qui sont ces propos ?", ["Ces accusations sont infondées et reflètent une perception fondamentalement erronée de notre entreprise.”"], None),
        # the outlet the firm asked about spoke to; an outlet asked for with no one speaking
        ("To which news agency did Hikvision voice its opposition?", [_HIKVISION_TOLD_BLOOMBERG], None),
        ("Which outlet did Hikvision talk to about the blacklisting?", [_HIKVISION_TOLD_BLOOMBERG], None),
        ("Which news agency reported Amazon's purchase?", [_BOUGHT_REUTERS], None),
        # whether there is a stake, not its size; a stake given as a share
        ("Does Alibaba hold a stake in SenseTime and Megvii?", [_BACKED_BY_ALIBABA], None),
        ("What stake does Alibaba hold in SenseTime?", ["Alibaba détient 7,6 % de SenseTime."], None),
        # blacklisted again, which is dated; a relaunch told
        ("When was SenseTime blacklisted again?", [_TREASURY_AGAIN], None),
        ("When will SenseTime relaunch its listing?", ["SenseTime relancera son introduction en Bourse le 30 décembre."], None),
        # the motive of one the sentence tells of, not as an example; a name the question gives as an example
        ("Why are Dahua's products sold under other brands?", [_OTHER_BRANDS_SENTENCE], None),
        # an outlet's words, told as what it reported
        ("What did the Washington Post say Huawei tested?", ["Le Washington Post rapporté la semaine dernière que Huawei avait testé un logiciel capable d'alerter la police."], None),
        # a role asked of a person the question names by it
        ("Et quel rôle ce footballeur occupait-il auprès de l'entreprise ?", ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."], None),
        # "blacklisted", which every article is about; a person of a party asked for, who speaks
        ("From which blacklisted firm did Amazon buy its temperature-screening cameras?", ["Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine."], None),
        ("Which Democratic leader of the chamber commented on it?", ["La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné: “Au Xinjiang, des millions de personnes subissent des violations.”"], None),
        # an audit told
        ("Were the cameras audited?", ["The cameras were audited by an independent lab in March."], None),
        # (a review's regressions) an audit as the reason for asking; a name given as the subject, not an example of
        # others; an acronym speaking to an outlet; sanctions relaunched; « Que disait-il ? » after a « ? »
        ("Pour un audit de conformité fournisseurs : sous quelle marque connue des produits Dahua peuvent-ils être revendus ?", [_OTHER_BRANDS_SENTENCE], None),
        ("Why is Dahua considered a security risk?", ["Les responsables américains craignent que des entreprises technologiques comme Dahua soient capables d’insérer des portes dérobées."], None),
        ("With which newspaper did IPVM share what it found on Alibaba's cloud website?", ["IPVM et partagé avec le New York Times."], None),
        ("Quand le Trésor américain a-t-il relancé les sanctions contre SenseTime ?", [_TREASURY_AGAIN], None),
        ("Est-il vrai qu'il a employé l'expression « suppression brutale des minorités ethniques » ? Que disait-il exactement ?", [_ROSS_ON_SENSETIME], None),
        # (a second review's) a report's words, an outlet by one word, cameras sold under a name, an audit framing a
        # which-question, a participation in repression, sanctions revived before the postponement
        ("Que disait le reportage du Post ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit Antoine Griezmann à rompre les liens avec l'entreprise."], None),
        ("What did the Post say Huawei tested?", ["Le Washington Post rapporté la semaine dernière que Huawei avait testé un logiciel capable d'alerter la police."], None),
        ("Why might Honeywell cameras actually be Dahua products?", [_OTHER_BRANDS_SENTENCE], None),
        ("For a third-party review of our vendors, which US agency blacklisted Dahua?", ["L’année dernière, la Maison Blanche de Trump a mis Dahua sur liste noire aux côtés de 28 organisations chinoises."], None),
        ("When did the Treasury revive its blacklisting of SenseTime, forcing it to delay its IPO?", [_TREASURY_AGAIN], None),
        # a brand named as one; the phrase quoted where the question's is
        ("Which brand did Griezmann represent?", ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."], None),
        # what the articles said, not anyone's words
        ("Qu'est-ce que les articles disaient sur Huawei et Griezmann ?", ["Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        ("Why are US officials worried about companies like Dahua?", ["Chacune d’entre elles possèdent des caméras dotées de fonctions de reconnaissance faciale et c’est justement cette partie qui déplaît aux États-Unis."], None),
        # "outside" told by the sentence: "all over the world"; never used outside the test environment: « jamais »
        ("How many cities outside China are they present in?", ["Hikvision and Dahua are already in situ in hundreds of cities all over the world."], None),
        ("D'après Alibaba Cloud, combien de fois la fonction a-t-elle été utilisée en dehors de l'environnement de test ?", ["«Il n’a jamais été utilisé en dehors de l’environnement de test.»"], None),
        # a government's response may be what it did; "the company" is the follow-up's, which the conversation names
        ("How has the US government responded to the repression of Uyghurs?", ["Washington a sanctionné des entreprises chinoises."], None),
        # what talks were meant to achieve is their aim
        ("What were the talks meant to achieve?", [_TALKS], None),
        # someone's words about what they name; a share of one's money, told as one
        ("What did Wilbur Ross say about SenseTime?", [_ROSS_ON_SENSETIME + " Il a déclaré : “Nous ne tolérerons pas la répression.”"], None),
        ("How much of their money did SenseTime promise to give back to people who had already invested in its IPO?", [_REFUND_IN_FULL], None),
        # (a review's regressions) what is counted comes from outside; the words of one about what they name as a
        # modifier; whose words a firm's own quote may answer; Beijing on the blacklisting; what talks could achieve
        ("How many cameras did Amazon buy from a firm outside the United States?", [_AMAZON_BOUGHT_1500], None),
        ("What assurances did Amazon give about the Dahua cameras it bought?", ["En réponse, Amazon a affirmé que son utilisation de tels systèmes est sans danger."], None),
        ("Who does the French article quote as saying the accusations against it are unfounded?", ["Se disant, la société récuse cette décision : “Nous nous opposons fermement”."], None),
        ("How did Beijing react to the US blacklist law?", [_DAHUA_DENIES], None),
        ("What did the English article say the talks could achieve?", [_TALKS], None),
        # (a second review's) what was bought or spent abroad; a firm's words about what its quote points back to; a
        # deal that is a purchase; a person's reaction may be what they did
        ("Combien de caméras Amazon a-t-elle achetées à l'étranger ?", [_AMAZON_BOUGHT_1500], None),
        ("How many cameras did Amazon buy from overseas?", [_AMAZON_BOUGHT_1500], None),
        ("What did Amazon say about Dahua?", ["En réponse, Amazon a affirmé que son utilisation de tels systèmes est sans danger."], None),
        ("Was a deal reached between Amazon and Dahua?", [_AMAZON_BOUGHT_1500], None),
        ("How did the football star react to the Post report?", ["Le reportage du Post a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."], None),
        # "places" counted by cities
        ("In how many places around the globe are the two largest CCTV makers' systems already installed, per Bloomberg?", ["Bloomberg estimates that the two are already in situ in hundreds of cities all over the world."], None),
    ],
)
def test_rules_stay_off_what_they_were_not_written_for(question, sentences, missing):
    from assistant.answering import missing_answer_type

    assert missing_answer_type(question, sentences) == missing


def test_the_firm_referred_to_is_the_answers_news_and_no_person():
    from assistant.answering import with_referred_firm, with_role_owner, without_likeness
    from assistant.text import know_names

    know_names(["Amazon", "Dahua", "Antoine", "Griezmann", "Huawei", "Nike", "Starbucks", "Ralph", "Lauren", "Alibaba"])
    assert with_referred_firm("How did that company respond?", ["Amazon bought cameras from Dahua, a blacklisted firm.", "Which company did Amazon buy its cameras from?"]) == "How did Dahua respond?"
    assert with_referred_firm("How did that company respond?", ["Antoine Griezmann cut ties with Huawei.", "Who cut ties?"]) == "How did Huawei respond?"
    assert with_referred_firm("Did these brands respond?", ["Nike, Starbucks et Ralph Lauren utilisent les plates-formes d'Alibaba.", "Quelles marques utilisent Alibaba ?"]) == "Did Nike and Starbucks and Ralph Lauren respond?"
    assert with_role_owner("Who is the spokesperson?", ["The spokesperson said the cameras have no network connection."]) == "Who is the spokesperson?"
    assert with_role_owner("Qui est ce porte-parole ?", ["Un porte-parole a déclaré que …"]) == "Qui est ce porte-parole ?"
    listed = "Quelles marques, comme Nike, Starbucks et Ralph Lauren, utilisent Alibaba ?"
    assert without_likeness(listed) == listed


def test_a_tariff_fight_is_the_trade_war_and_a_tariff_asked_for_a_price():
    from assistant.text import spell_out

    assert spell_out("How long had the tariff fight between Washington and Beijing been going on?", "en") == "How long had the trade war between Washington and Beijing been going on?"
    assert "tarif" in key_terms("Quel tarif Amazon a-t-il payé par caméra ?")
    assert spell_out("whos the rep", "en") == "who is the representative" and spell_out("whos cameras did Amazon buy?", "en") == "whos cameras did Amazon buy?"
    assert spell_out("wht did wapo say huawei tested", "en") == "wht did Washington Post say huawei tested"  # an outlet by its nickname


def test_who_said_that_needs_someone_the_quoted_words_are_credited_to():
    from assistant.answering import words_credited_to_no_one

    trade_war = ["The timing of the move, just a few days ahead of the latest talks aimed to end the “good and easy to win” trade war with China, might seem a bit inflammatory."]
    assert words_credited_to_no_one("Qui a dit ça ?", "Il parle, entre guillemets, d'une guerre commerciale « good and easy to win ».", trade_war)
    assert not words_credited_to_no_one("Who said that?", "Hikvision said: “we strongly oppose the decision”.", ["Hikvision told Bloomberg: “we strongly oppose the decision”."])
    assert not words_credited_to_no_one("Why?", "Il parle d'une guerre commerciale « good and easy to win ».", trade_war)
    # the sentence quoting them may rank below the best one, and the question may name the words it asks about
    megvii = "Se disant “prise au milieu de tensions géopolitiques”, la société récuse cette décision."
    assert words_credited_to_no_one("Et qui a prononcé cette formule à l'origine ?", "Il parle de la guerre commerciale « good and easy to win ».", [megvii], trade_war)
    assert not words_credited_to_no_one("Et qui a prononcé cette formule à l'origine ?", "Il parle de la guerre commerciale « good and easy to win ».", [megvii])
    # …unless the best one credits them ("…, a déclaré un représentant"); and "who used it?" asks who used it
    said = "Un représentant a dit « n'a jamais été utilisé en dehors de l'environnement de test »."
    alone = ["« Il n'a jamais été utilisé en dehors de l'environnement de test. »"]
    assert not words_credited_to_no_one("Qui a dit ça ?", said, ["« La mention fait référence à un test », a déclaré un représentant d'Alibaba Cloud."], alone)
    assert not words_credited_to_no_one("So who used it?", said, alone)
    # « l'auteur de cette formule » asks whose words they are
    assert words_credited_to_no_one("Qui est l'auteur de cette formule ?", "Il reprend l'expression « good and easy to win ».", [megvii], trade_war)
    assert words_credited_to_no_one("Whose words are those?", "It calls it a “good and easy to win” trade war.", trade_war)


def test_who_said_that_looks_for_the_quoted_words_beyond_the_passages_retrieved():
    from assistant.answering import quotes_with_credits, unanswered_after, words_asked_about

    # a quote alone is read with the sentence before it, which credits it
    text = "« La mention fait référence à un test », a déclaré un représentant d’Alibaba Cloud. «Il n’a jamais été utilisé en dehors de l’environnement de test.» La société a refusé d’en dire plus."
    units = quotes_with_credits(text)
    assert len(units) == 3 and units[1].startswith("« La mention") and units[1].endswith("test.»") and units[2].startswith("La société")

    assert words_asked_about("Qui a dit ça ?", "Il parle d'une guerre « good and easy to win ».") == ["good and easy to win"]
    assert words_asked_about("Pourquoi ?", "Il parle d'une guerre « good and easy to win ».") == []
    assert words_asked_about("Who is behind that?", "It calls it a “good and easy to win” trade war.") == []  # behind the move
    ross = ["Wilbur Ross avait justifié cette décision en indiquant: “Le gouvernement ne peut pas tolérer la suppression des minorités”."]
    trade_war = ["The timing of the move, just ahead of the talks aimed to end the “good and easy to win” trade war, might seem inflammatory."]
    said = "Il reprend l'expression « good and easy to win »."
    assert unanswered_after("Qui est l'auteur de cette formule ?", said, ross, ross) is None
    assert unanswered_after("Qui est l'auteur de cette formule ?", said, ross, ross, trade_war) == "name"


def test_what_could_not_be_determined_counts_a_little_further_down():
    from types import SimpleNamespace

    from assistant.answering import Evidence
    from assistant.pipeline import Assistant

    question = "Quelles entreprises clientes d'Alibaba ont réellement utilisé la fonction de détection des visages ouïghours ?"
    evidence = [
        Evidence(1, "Le site Web d’Alibaba a montré comment les clients pouvaient utiliser son logiciel pour détecter les visages des Ouïghours.", 1.0),
        Evidence(2, "Il n’a pas été possible de déterminer si ou comment les clients d’Alibaba avaient utilisé l’outil de détection des minorités.", 0.83),
    ]
    owner = SimpleNamespace(extractive=SimpleNamespace(margin=0.10))
    assert Assistant._left_open(owner, question, evidence) == "undetermined"
    assert Assistant._left_open(owner, question, [evidence[0], Evidence(2, evidence[1].sentence, 0.75)]) is None  # too far


def test_a_date_beside_the_best_sentence_shares_a_word_with_the_question():
    from assistant.answering import shares_a_term

    vote = "La Chambre des représentants a adopté, mercredi 8 décembre, un texte de loi restreignant les importations."
    assert not shares_a_term("À quelle date précise devaient reprendre les pourparlers commerciaux ?", vote)  # not "représentants"
    assert shares_a_term("Quand la Chambre a-t-elle adopté ce texte ?", vote)
    assert shares_a_term("Et c'était quand ?", vote)  # nothing to share


def test_a_name_asked_by_a_pronoun_is_the_one_the_last_question_was_about():
    from assistant.answering import names_the_one_before

    question = "Comment s'appelle-t-elle ?"
    earlier = ["Est-ce qu'il y a aussi une start-up de nanotechnologies parmi les entreprises blacklistées ?"]
    lead = "The US government has added eight firms specialising in facial recognition to the so-called ‘entity list’."
    assert not names_the_one_before(question, earlier, [lead])
    assert names_the_one_before(question, earlier, ["Among those added is Nanotech Parmi, a startup."])
    assert names_the_one_before("What's the name of that spokesperson?", earlier, [lead])  # it says what is named
    assert names_the_one_before(question, [], [lead])  # no turn before
    pelosi = "La présidente démocrate de la Chambre, Nancy Pelosi, a souligné que des millions de personnes souffrent."
    assert names_the_one_before(question, ["Did the Speaker of the House comment on the bill?"], [pelosi])  # a person named
    # the last question asked only for a kind: what it is about is beside that kind in the last answer
    kind_only = ["Y a-t-il aussi une start-up ?"]
    assert not names_the_one_before(question, kind_only, [lead], "Oui, une start-up de nanotechnologie.")
    assert names_the_one_before(question, kind_only, ["Parmi elles, Nanotechnologie Parmi, une jeune pousse."], "Oui, une start-up de nanotechnologie.")
    assert not names_the_one_before("Et son nom ?", ["Is there a startup too?"], [lead], "Yes: a nanotech startup [1].")
    assert names_the_one_before(question, kind_only, [lead])  # no answer to read: nothing to check


def test_a_capital_opening_a_quote_before_a_firms_name_is_no_person(monkeypatch):
    from assistant.answering import missing_answer_type

    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"hikvision"}))  # as know_names(["Hikvision"]) sets it
    question = "Who at the company gave that statement?"
    assert missing_answer_type(question, ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"]) == "person"
    assert missing_answer_type(question, ["“Punishing Hikvision will deter global companies,” said Hu Yangzhong."]) is None
    assert missing_answer_type(question, ["« Nancy Pelosi a raison », a déclaré le porte-parole."]) is None  # a person opening a quote


def test_a_reaction_may_name_its_author_in_the_sentence_before():
    from assistant.answering import missing_answer_type

    question = "Comment SenseTime a-t-elle réagi à sa nouvelle inscription ?"
    quote = "Se disant prise au milieu de tensions, la société récuse cette décision : “Nous nous opposons fermement.”"
    assert missing_answer_type(question, [quote]) == "speech"
    assert missing_answer_type(question, [quote], ["En conséquence, SenseTime a reporté son introduction en Bourse."]) is None


def test_a_nameless_follow_up_asking_for_words_asks_for_those_of_the_one_it_stands_for(monkeypatch):
    from assistant.answering import missing_answer_type

    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"huawei", "griezmann"}))  # as know_names sets it

    post = "Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit Antoine Griezmann à rompre les liens avec l'entreprise."
    assert missing_answer_type("And how did the company respond to that report?", [post], referred={"huawei"}) == "speech"
    assert missing_answer_type("Qu'a-t-il déclaré à ce moment-là ?", [post], referred={"antoine", "griezmann"}) == "speech"
    said = "Huawei a déclaré que le logiciel n'avait jamais été déployé."
    assert missing_answer_type("And how did the company respond to that report?", [said], referred={"huawei"}) is None
    assert missing_answer_type("And what did that report cite?", [post], referred={"huawei"}) is None  # no words asked for
    assert missing_answer_type("And how did the company respond to that report?", [post]) is None  # nothing referred to
    # a government body or a capital the last turn named is not the company
    assert missing_answer_type("How did the company respond this time?", [post], referred={"commerce", "department"}) is None
    assert missing_answer_type("Comment cette entreprise répond-elle aux accusations ?", [post], referred={"washington"}) is None
    assert missing_answer_type("How did the company respond this time?", [post], referred={"yes", "commerce"}) is None  # "Yes, …" names no one


class ConstantFakeEmbedder:
    """Deterministic fake for pure unit tests: every text gets the same vector, so only the non-dense parts of
    evidence scoring decide."""

    def embed(self, texts, kind="passage", persist=False):
        import numpy as np

        return np.ones((len(list(texts)), 4), dtype=np.float32) / 2.0


def test_a_speech_question_prefers_the_quotation_of_its_own_speaker():
    from assistant.answering import EvidenceSelector

    own = "« Il n’a jamais été utilisé en dehors de l’environnement de test », a déclaré un représentant d’Alibaba Cloud."
    other = "« Punir notre société est une erreur », a déclaré Hikvision."
    plain = "Selon le New York Times, le site Web d’Alibaba a montré comment son outil de détection repérait les Ouïghours."
    passages = [_p("a", f"{plain} {other} {own}")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("What did Alibaba say about the Uyghur detection feature?", passages)[0].sentence == own
    assert selector.select("What did Hikvision say?", passages)[0].sentence == other


def test_words_read_in_what_the_sentence_before_named_are_that_ones():
    from assistant.answering import EvidenceSelector

    published = "Le ministère du Commerce a rendu cette liste publique."
    read = "Nous pouvons y lire que : « nous considérons que ces entreprises jouent un rôle dans la répression »."
    evidence = EvidenceSelector(ConstantFakeEmbedder()).select("Que dit le ministère du Commerce ?", [_p("a", f"{published} {read}")])
    assert next(e for e in evidence if e.sentence == read).antecedent == published


def test_a_governments_officials_named_in_words_speak_for_it():
    from assistant.answering import EvidenceSelector, missing_answer_type, speakers_asked_about

    question = "How do Chinese officials justify what is happening in Xinjiang?"
    assert speakers_asked_about(question, strict=False) == {"chinese officials"}  # not "chinese", a place
    us = "« Nous ne tolérerons pas la suppression brutale des minorités ethniques à travers la Chine », a déclaré Wilbur Ross."
    china = "Les responsables chinois ont défendu la campagne au Xinjiang comme un moyen non létal de lutter contre l’extrémisme."
    assert missing_answer_type(question, [us]) == "speech"  # words about China are not Beijing's
    # their defence, told without quotes with them as its subject, is what they said
    assert EvidenceSelector(ConstantFakeEmbedder()).select(question, [_p("a", f"{us} {china}")])[0].sentence == china


def test_a_denial_told_without_quotes_answers_how_its_speaker_responded():
    from assistant.answering import EvidenceSelector, referred_to

    denial = "Dahua nie tout méfait, tout comme Pékin, qui a demandé aux États-Unis de retirer les entreprises de sa liste."
    other = "En réponse, Amazon a affirmé que son utilisation de tels systèmes est sans danger."
    passages = [_p("a", f"{other} {denial}")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("How has Dahua responded to the accusations?", passages)[0].sentence == denial
    # « que répond-elle ? » after a turn on Dahua asks for Dahua's words
    assert selector.select("Et que répond-elle à ces accusations ?", passages, referents={"dahua"})[0].sentence == denial
    assert referred_to("Et que répond-elle à ces accusations ?", {"dahua"}, {"amazon"}) == {"dahua"}
    assert referred_to("Et que déclare-t-elle ?", {"dahua"}, set()) == {"dahua"}
    assert referred_to("Et pourquoi le gouvernement dit-il avoir agi ?", {"dahua"}, set()) == set()  # its subject is named
    # a question on Amazon's assurances about the Dahua cameras does not want Dahua's denial
    assert selector.select("What assurances did Amazon give about the Dahua cameras?", passages)[0].sentence == other


def test_what_a_question_sets_aside_listed_with_something_else_answers_what_else():
    from assistant.answering import EvidenceSelector

    genetic = "Le gouvernement a également déployé un vaste réseau de surveillance, utilisant la reconnaissance faciale et les tests génétiques."
    other = "Le logiciel d’Alibaba utilise également la reconnaissance faciale pour détecter les visages des Ouïghours dans des vidéos."
    passages = [_p("a", other), _p("b", genetic)]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("Apart from facial recognition, what technique does China use to monitor Uyghurs?", passages)[0].sentence == genetic
    # firms set aside are answered by other firms, not by what follows their speciality
    firms = "The US government has also added two further firms specialising in artificial intelligence to the list."
    passages = [_p("a", firms, "en"), _p("b", genetic)]
    assert selector.select("Apart from facial recognition specialists, what firms were added?", passages)[0].sentence == firms


def test_whether_a_move_is_linked_to_something_is_answered_by_what_it_has_to_do_with():
    from assistant.answering import EvidenceSelector

    stance = "The timing might seem a bit inflammatory, but the US government is clear that this has everything to do with national security."
    other = "Au moins un ministère considère les transactions avec des entités inscrites sur la liste noire de la guerre commerciale comme risquées."
    passages = [_p("a", other), _p("b", stance, "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("Washington présente-t-il cette inscription sur liste noire comme liée à la guerre commerciale ?",
                     "Quelle raison officielle Washington donne-t-il pour cette inscription sur liste noire ?"):
        assert selector.select(question, passages)[0].sentence == stance
    # "What are they no longer allowed to do with American vendors?" asks no link
    assert selector.select("What are listed firms no longer allowed to do with the guerre commerciale list?", passages)[0].sentence == other


def test_a_nameless_follow_up_is_about_what_the_conversation_named():
    from assistant.answering import EvidenceSelector

    huawei = "Le Washington Post a rapporté que Huawei avait testé un logiciel capable d'alerter la police."
    alibaba = "Le site d’Alibaba a montré comment les clients utilisaient son logiciel pour détecter des visages."
    passages = [_p("a", alibaba), _p("b", huawei)]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    question, context = "Que pouvait faire ce logiciel ?", "Quel autre géant chinois a testé un logiciel ?"
    from assistant import text

    known = text._OPENING_NAMES
    text.know_names(["Huawei", "Alibaba"])  # names the articles spell
    try:
        assert selector.select(question, passages, context=context, referents={"huawei"})[0].sentence == huawei
        assert selector.select(question, passages, context=context, referents={"alibaba"})[0].sentence == alibaba
    finally:
        text._OPENING_NAMES = known
    # a word the articles do not spell as a name ("Un" opening the last answer) is no name the conversation gave
    text.know_names(["Alibaba"])
    try:
        assert selector.select(question, passages, context=context, referents={"huawei"})[0].sentence == alibaba
    finally:
        text._OPENING_NAMES = known


def test_document_coherence_ranks_only_candidates_from_many_articles():
    from assistant.pipeline import by_document_coherence

    few = [_p("a1"), _p("a2"), _p("b1"), _p("a3"), _p("b2")]
    assert by_document_coherence([Passage(Chunk(p.chunk.id, p.chunk.id[0], "", "fr", "x", 0), 0) for p in few]) is None
    many = [Passage(Chunk(cid, doc, "", "fr", "x", 0), 0) for cid, doc in [("s1", "s"), ("t1", "t"), ("a1", "a"), ("u1", "u"), ("a2", "a")]]
    assert [p.chunk.id for p in by_document_coherence(many)] == ["a1", "a2", "s1", "t1", "u1"]


def test_numbers_with_thousands_separators_are_one_term():
    from assistant.text import content_terms

    assert "1500" in content_terms("Who sold the 1,500 cameras?") and "10000" in content_terms("10.000 caméras")
    assert "2.5" in content_terms("2.5 billion")


def test_article_references_are_not_speakers():
    from assistant.answering import speakers_asked_about

    # what an article says is what it tells, not anyone's words
    assert speakers_asked_about("What does the Uighur entity-list article say about licences for Huawei's partners?", strict=False) == set()
    assert speakers_asked_about("Que dit l'article sur Alibaba à propos des clients de Huawei ?", strict=False) == set()
    assert speakers_asked_about("What did Hikvision say in the English article?") == {"hikvision"}
    assert speakers_asked_about("What did Alibaba in the article say about it?") == {"alibaba"}
    assert speakers_asked_about("Did Ross say the article was wrong?") == {"ross"}
    assert speakers_asked_about("What did the piece say Ross said?") == {"ross"}
    # the one reacting is named after "of" / « de »: not the Chamber the reaction is to
    assert speakers_asked_about("Quelle a été la réaction de Pékin au vote de la Chambre sur le Xinjiang ?", strict=False) == {"pekin"}
    assert speakers_asked_about("What was the reaction of Hikvision?", strict=False) == {"hikvision"}
    assert speakers_asked_about("What kinds of companies did the English report say were added to the list?", strict=False) == set()

    assert speakers_asked_about("What did Alibaba say about the feature?") == {"alibaba"}
    assert speakers_asked_about("According to the Alibaba article, what did the government say?") == set()
    assert speakers_asked_about("How did Megvii respond?") == set()  # a response may be an act, not words
    assert speakers_asked_about("How did Megvii respond?", strict=False) == {"megvii"}
    # Assurances and guarantees are words too: a spokesperson's
    assert speakers_asked_about("What assurances did Amazon give?", strict=False) == {"amazon"}
    assert speakers_asked_about("Comment Amazon rassure sur la vie privée ?", strict=False) == {"amazon"}
    # how one qualifies or describes something is in its words; "described as" says it of anyone
    assert speakers_asked_about("Comment SenseTime qualifie-t-elle les accusations du Trésor ?", strict=False) == {"sensetime"}
    assert speakers_asked_about("Comment SenseTime décrit-elle sa situation ?", strict=False) == {"sensetime"}
    assert speakers_asked_about("How does SenseTime describe its position?", strict=False) == {"sensetime"}
    assert speakers_asked_about("Et SenseTime reconnaît-elle le bien-fondé des accusations ?", strict=False) == {"sensetime"}
    assert speakers_asked_about("Does Dahua acknowledge any wrongdoing?", strict=False) == {"dahua"}
    # who reacts is the subject before the verb: "the company", not the Times named after it
    assert speakers_asked_about("How did the company react once the Times asked about it?", strict=False) == set()
    assert not speakers_asked_about("Quelle reconnaissance faciale Dahua vend-elle ?", strict=False)  # no « reconnaît »
    assert speakers_asked_about("Which two companies are described as the largest firms?", strict=False) == set()
    assert speakers_asked_about("How did SenseTime characterise the accusations?", strict=False) == {"sensetime"}
    assert speakers_asked_about("Comment SenseTime s'est-elle défendue ?", strict=False) == {"sensetime"}
    # a capital speaks for its government, with its accent or typed in lowercase
    assert speakers_asked_about("Comment Pékin a-t-il réagi au vote ?", strict=False) == {"pekin"}
    assert speakers_asked_about("comment pekin justifie la campagne au xinjiang ?", strict=False) == {"pekin"}
    assert speakers_asked_about("Quelles garanties a données le porte-parole d'Amazon ?", strict=False) == {"amazon"}
    assert speakers_asked_about("Comment l'article présente-t-il Alibaba ?", strict=False) == set()  # French "how"
    assert speakers_asked_about("Did Alibaba comment on the tool?") == {"alibaba"}
    # Who reacts stands before the verb ("Uyghurs" is what the government responded to), or after it in a short inversion.
    assert speakers_asked_about("How has the US government responded to the repression of Uyghurs?", strict=False) == set()
    assert speakers_asked_about("Comment a réagi Huawei ?", strict=False) == {"huawei"}
    assert speakers_asked_about("What was the reaction of Hikvision?", strict=False) == {"hikvision"}
    assert speakers_asked_about("What kinds of companies did the English report say were added to the list?", strict=False) == set()
    # what they spoke about does not speak: « au sujet de l'outil d'Alibaba »
    assert speakers_asked_about("Qu'ont déclaré Nike ou Starbucks au sujet de l'outil d'Alibaba ?", strict=False) == {"nike", "starbucks"}
    assert speakers_asked_about("Qu'a dit Nike à propos d'Alibaba ?", strict=False) == {"nike"}


def test_a_sentence_about_the_company_inherits_the_name_of_the_sentence_before():
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "Volte-face de SenseTime. L’entreprise, spécialiste de vidéosurveillance, reporte son introduction.", "fr"),
        _p("b", "Megvii, spécialiste de vidéosurveillance, reporte son introduction.", "fr"),
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("What does SenseTime specialise in?", passages)
    assert ranked[0].sentence.startswith("L’entreprise")


def test_each_of_them_counts_the_names_of_the_sentence_before():
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "Bloomberg estime que Hikvision et Dahua détiennent un tiers du secteur.", "fr"),
        _p("b", "Parmi elles, nous retrouvons Hikvision et Dahua. Chacune d’entre elles possède des caméras de reconnaissance faciale.", "fr"),
        *[_p(c, f"Les caméras de la liste {c} ont été vendues.", "fr") for c in "cde"],
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Quelles caméras Hikvision et Dahua possèdent-elles ?", passages)
    assert ranked[0].sentence.startswith("Chacune")


def test_a_reaction_reported_of_the_company_counts_for_the_company_named_before():
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "En conséquence, SenseTime a reporté son introduction en Bourse. L’entreprise chinoise affirme rester déterminée. "
           "Se disant prise au milieu de tensions, la société récuse cette décision : “Nous nous opposons fermement à cette inscription.”", "fr"),
        _p("b", "Vendredi dernier, le Trésor américain a placé SenseTime sur sa liste noire pour sa technologie de reconnaissance faciale.", "fr"),
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("How did SenseTime respond to the listing?", passages)
    assert "récuse" in ranked[0].sentence


class KeywordFakeEmbedder:
    """Deterministic fake for pure unit tests: a text's vector counts a few keywords, so a text is as close to the
    question as the keywords they share."""

    KEYWORDS = ("gouvernement", "minorit", "surveill", "faciale", "camps", "banque")

    def embed(self, texts, kind="passage", persist=False):
        import numpy as np

        vectors = np.array([[t.lower().count(k) for k in self.KEYWORDS] for t in texts], dtype=np.float32) + 0.01
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_a_sentence_whose_subject_is_a_pronoun_is_read_after_the_sentence_before():
    from assistant.answering import EvidenceSelector

    pronoun = "Il a également déployé un vaste réseau, utilisant la reconnaissance faciale, pour les surveiller."
    passages = [
        _p("a", f"Le gouvernement a enfermé la minorité dans des camps. {pronoun}", "fr"),
        _p("b", "Le gouvernement de la minorité a ouvert une banque. La banque a été surveillée.", "fr"),
    ]
    question = "Quelle technologie le gouvernement utilise-t-il pour surveiller la minorité ?"
    assert EvidenceSelector(KeywordFakeEmbedder()).select(question, passages)[0].sentence == pronoun
    # not an impersonal "Il" ("Il n'a pas été possible de …"): that one says nothing of the sentence before
    impersonal = "Il n’a pas été possible de savoir si la reconnaissance faciale a servi à les surveiller."
    passages[0] = _p("a", f"Le gouvernement a enfermé la minorité dans des camps. {impersonal}", "fr")
    assert EvidenceSelector(KeywordFakeEmbedder()).select(question, passages)[0].sentence != impersonal


def test_a_passage_opening_on_a_pronoun_reads_on_from_the_articles_sentence_before_it():
    from assistant.answering import EvidenceSelector

    pronoun = "Il a également déployé un vaste réseau, utilisant la reconnaissance faciale, pour les surveiller."
    passages = [
        _p("a", f"{pronoun} Le programme a été dénoncé par de nombreux pays, dont les États-Unis, qui ont pris des sanctions.", "fr"),
        _p("b", "Le gouvernement de la minorité a ouvert une banque. La banque a été surveillée.", "fr"),
    ]
    question = "Quelle technologie le gouvernement utilise-t-il pour surveiller la minorité ?"
    selector = EvidenceSelector(KeywordFakeEmbedder())
    assert selector.select(question, passages)[0].sentence != pronoun  # alone, it names neither the government nor the minority
    before = ["Le gouvernement a enfermé la minorité dans des camps.", ""]
    assert selector.select(question, passages, before=before)[0].sentence == pronoun


@pytest.mark.parametrize(
    "question,prefers_declined",
    [
        ("Alibaba a-t-il expliqué pourquoi il testait ces outils ?", True),
        ("What did Alibaba decline to explain about its tools?", True),
        ("Qu'est-ce qu'Alibaba a refusé d'expliquer ?", True),
        ("Did Alibaba explain why it tested the tool?", True),
        ("Quelle responsable politique a commenté ce vote ?", False),  # who commented, not whether one did
        ("What did Alibaba test?", False),
    ],
)
def test_whether_someone_explained_prefers_the_sentence_saying_they_declined(question, prefers_declined):
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "Le site d’Alibaba montrait comment ses clients pouvaient tester ces outils de détection.", "fr"),
        _p("b", "Il a également refusé de dire pourquoi il avait testé des outils de détection.", "fr"),
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)
    assert ("refusé" in ranked[0].sentence) is prefers_declined


def test_a_question_for_a_duration_prefers_a_sentence_with_a_unit_of_time():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "La guerre commerciale dure toujours, d’après Pékin.", "fr"), _p("b", "La guerre commerciale dure maintenant plusieurs années.", "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Depuis combien de temps dure la guerre commerciale ?", passages)
    assert "années" in ranked[0].sentence  # same words and closeness, a lower rank: the unit of time decides
    # a duration of what is asked, counted in units: not "les relations sino-américaines … depuis plusieurs années"
    # (a place word is all it shares), nor "le mois dernier", a date
    war = "The trade war with China is now in the better part of its second year."
    passages = [_p("a", "Les relations sino-américaines s’avèrent complexes depuis plusieurs années.", "fr"),
                _p("b", "Le mois dernier, la guerre commerciale a repris.", "fr"), _p("c", war, "en")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Depuis combien de temps durait la guerre commerciale sino-américaine ?", passages)
    assert ranked[0].sentence == war


def test_a_date_question_takes_a_date_relative_to_another_event():
    from assistant.answering import EvidenceSelector, missing_answer_type

    question = "Quand la mesure a-t-elle été annoncée par rapport aux négociations ?"
    relative = "The move came just a few days ahead of the latest talks."
    passages = [_p("a", "La mesure a été annoncée par le ministère.", "fr"), _p("b", relative, "en")]
    assert EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)[0].sentence == relative
    assert missing_answer_type(question, [relative]) is None
    # « À quel moment … ? » asks when, too
    passages = [_p("a", "La mesure a été annoncée en 2019 par le ministère.", "fr"), _p("b", relative, "en")]
    question = "À quel moment, par rapport aux négociations, la mesure a-t-elle été annoncée ?"
    assert EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)[0].sentence == relative
    # a dated sentence sharing more words ("annoncé la mise sur liste … avant les pourparlers") gives a year, not when
    # relative to the talks
    dated = "En 2019, le département du Commerce a annoncé la mise sur liste noire des entreprises chinoises, avant les pourparlers."
    passages = [_p("a", dated, "fr"), _p("b", relative, "en")]
    question = "Quand la mise sur liste a-t-elle été annoncée par rapport aux pourparlers commerciaux ?"
    assert EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)[0].sentence == relative


def test_a_date_relative_to_an_event_is_preferred_when_the_question_asks_for_one():
    from assistant.answering import EvidenceSelector

    dated = "La liste a été publiée en 2019 par le département du Commerce."
    relative = "The list came just a few days ahead of the latest trade talks."
    passages = [_p("a", dated, "fr"), _p("b", relative, "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("When was the list published relative to the trade talks?", "La liste tombe quand par rapport aux négociations ?"):
        assert selector.select(question, passages)[0].sentence == relative, question
    assert selector.select("When was the list published?", passages)[0].sentence == dated  # both date it: the better rank


def test_a_question_for_a_province_is_not_answered_by_a_people():
    from assistant.answering import EvidenceSelector

    peoples = "The Commerce Department ruled the firms were complicit in repression against Uighurs, Kazakhs and other Muslim groups."
    province = "La majorité des actions sont entreprises en Chine, notamment dans la province du Xinjiang."
    passages = [_p("a", peoples, "en"), _p("b", province, "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("Which Chinese province does the Commerce Department's statement single out?", passages)[0].sentence == province
    assert selector.select("Which minority groups does the Commerce Department name?", passages)[0].sentence == peoples


def test_a_duration_question_does_not_prefer_any_figure():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "Pendant la guerre, 28 entités ont été ajoutées à la liste.", "fr"), _p("b", "La guerre commerciale en est à sa deuxième année.", "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Depuis combien de temps dure la guerre ?", passages)
    assert "deuxième année" in ranked[0].sentence  # "28" is a figure, not a duration: it earns nothing here


def test_a_question_for_a_role_prefers_the_sentence_that_names_one():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "Antoine Griezmann a rompu les liens avec Huawei.", "fr"),
                _p("b", "Antoine Griezmann avait été un ambassadeur de Huawei.", "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert "ambassadeur" in selector.select("What role did Griezmann have with Huawei?", passages)[0].sentence
    assert "rompu" in selector.select("What did Griezmann do about Huawei?", passages)[0].sentence  # the better rank


@pytest.mark.parametrize(
    "question,other,answer",
    [
        ("Quelle jeune pousse figure sur la liste ?", ("La liste compte aussi une jeune entreprise de surveillance.", "fr"), ("The list also holds a nanotech startup.", "en")),
        ("Quelle jeune entreprise figure sur la liste ?", ("The list also holds a nanotech startup.", "en"), ("La liste compte aussi une jeune entreprise de surveillance.", "fr")),
        # everyday words whose translations share no stem: "moment" is the "timing", "discussions" the "talks"
        ("Pourquoi le moment de la liste et les discussions ont-ils surpris ?", ("La liste a été publiée par le gouvernement avec ses entreprises.", "fr"),
         ("The timing of the move, a few days ahead of the talks, seemed inflammatory.", "en")),
        ("Où leurs équipements sont-ils déjà installés ?", ("Leurs équipements ont été vendus aux entreprises du monde entier.", "fr"),
         ("Their equipment is already in situ in hundreds of cities.", "en")),
        ("Washington admet-il un lien avec ce conflit ?", ("Washington a publié la liste des entreprises.", "fr"), ("Washington says it has nothing to do with the trade war.", "en")),
        ("Hikvision s'est plaint auprès de quel média ?", ("Hikvision a parlé au Times de ses caméras.", "fr"), ("Hikvision a fait part de son mécontentement à Bloomberg.", "fr")),
        ("What did the company have to put off?", ("La société a annoncé son introduction en Bourse.", "fr"),
         ("La société a annoncé le report de son introduction en Bourse.", "fr")),
        ("What are the firms forbidden to do with American suppliers?", ("Les entreprises travaillent avec des fournisseurs américains.", "fr"),
         ("Les entreprises n’ont plus le droit de travailler avec des fournisseurs américains.", "fr")),
    ],
)
def test_a_phrase_of_the_lexicon_is_found_through_its_equivalents(question, other, answer):
    from assistant.answering import EvidenceSelector

    passages = [_p("a", *other), _p("b", *answer)]
    assert EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)[0].sentence == answer[0]


def test_a_short_form_of_a_lexicon_phrase_is_a_whole_word():
    # "the WH" is the White House, "ONU" the United Nations: words of their own, not the start of "which" or "une"
    assert check_support("Which list did the White House publish?", ["La Maison Blanche a publié une liste."]).missing == ()
    assert check_support("Which list did the White House publish?", ["The list which was published names firms."]).missing != ()
    assert check_support("Que disent les Nations unies ?", ["Une liste a été publiée."]).missing != ()
    assert check_support("Que disent les Nations unies ?", ["L'ONU estime qu'un million de personnes sont détenues."]).missing == ()


def test_an_embassy_is_no_brand_ambassador():
    # « ambassadeur » starts like « ambassade » but is a form of its own: no article names an embassy
    griezmann = ["Il avait été un ambassadeur de la marque pour les smartphones de Huawei."]
    assert "embassy" in check_support("Did the Chinese embassy in Washington respond to her remarks?", griezmann).missing
    assert check_support("L'ambassade de Chine a-t-elle réagi ?", ["L'ambassade de Chine a dénoncé le vote."]).missing == ()
    assert "ambassadeur" not in check_support("Griezmann était-il ambassadeur de Huawei ?", griezmann).key_terms  # a title, not an embassy


def test_apple_devices_and_using_something_are_found_in_other_words():
    from assistant.answering import left_undetermined

    # "Apple's devices" are the iOS devices of the English article; « s'en servir » is using (not "service")
    from assistant.text import spell_out

    assert spell_out("Quel piratage visait les appareils d'Apple ?", "fr") == "Quel piratage visait les appareils iOS ?"
    assert spell_out("Which hack of Apple's phones does it recall?", "en") == "Which hack of iOS phones does it recall?"
    assert spell_out("Est-ce Apple qui a découvert le piratage ?", "fr") == "Est-ce Apple qui a découvert le piratage ?"  # Apple itself
    undetermined = "Il n’a pas été possible de déterminer si ou comment les clients d’Alibaba avaient utilisé l’outil."
    assert left_undetermined("Et quels clients s'en sont réellement servis ?", undetermined)
    assert left_undetermined("Et on sait quels clients s'en sont réellement servis ?", undetermined)
    assert left_undetermined("On sait quels clients l'ont utilisé ?", undetermined)
    assert left_undetermined("Do we know which customers used it?", undetermined)
    assert not left_undetermined("Et quels services cloud ont-ils réellement vendus ?", undetermined)


def test_a_question_for_a_full_name_prefers_the_sentence_that_spells_it_out():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "One of the firms, Hikvision, told Bloomberg it opposes the decision.", "en"),
                _p("b", "Two of them, Hangzhou Hikvision Digital Technology Co and Dahua, lead the sector.", "en")]
    for question in ("What is Hikvision's full name?", "Quel est le nom complet de Hikvision ?", "And Hikvision's full company name?"):
        ranked = EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)
        assert "Hangzhou" in ranked[0].sentence, question  # same closeness, a lower rank: the long name decides
    plain = EvidenceSelector(ConstantFakeEmbedder()).select("What did Hikvision tell Bloomberg?", passages)
    assert "Bloomberg" in plain[0].sentence
    shorter = [_p("a", "Parmi elles, nous retrouvons Hikvision Digital Technology et Dahua Technology.", "fr"), passages[1]]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("What are the full company names of Hikvision and Dahua?", shorter)
    assert "Hangzhou" in ranked[0].sentence  # the longest form spelled out is the full name
    # no name asked: the names spelled out at length, not the sentence naming the source as a speaker
    unnamed = [_p("a", "One of the firms, Hikvision, told Bloomberg it opposes the decision.", "en"),
               _p("b", "Bloomberg estimates that Hangzhou Hikvision Digital Technology Co and Zhejiang Dahua Technology Co lead the sector.", "en")]
    question = "What are the full company names of the two makers that Bloomberg says dominate the sector?"
    assert "Hangzhou" in EvidenceSelector(ConstantFakeEmbedder()).select(question, unnamed)[0].sentence


def test_what_a_source_is_said_to_hold_is_no_question_about_its_words():
    from assistant.answering import speakers_asked_about

    assert speakers_asked_about("Which two makers does Bloomberg say dominate the sector?") == {"bloomberg"}
    assert speakers_asked_about("What are the names of the two makers that Bloomberg says dominate the sector?", strict=False) == set()
    assert speakers_asked_about("Quelles sont les entreprises que le Trésor dit liées à l'armée ?", strict=False) == set()
    assert speakers_asked_about("Qu'a dit Alibaba ?") == {"alibaba"}


def test_a_question_for_who_reported_it_prefers_the_sentence_that_names_the_reporter():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "Amazon a acheté des caméras au département du Commerce de Dahua.", "fr"),
                _p("b", "Amazon a acheté des caméras à Dahua, rapporte Reuters en citant des sources.", "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("Which news agency reported that Amazon bought cameras from Dahua?", "Quelle agence a révélé l'achat de caméras par Amazon ?"):
        assert "Reuters" in selector.select(question, passages)[0].sentence, question  # not the "département" of an actor
    # Chat and follow-up wordings of the same question
    for question in ("c'est qui qui a sorti l'info sur les caméras Dahua d'Amazon ?", "Which paper broke the story about the Amazon cameras?",
                     "D'où vient cette information sur les caméras d'Amazon ?", "Quelle est la source de l'info sur les caméras d'Amazon ?",
                     "l'article sur les caméras d'Amazon il s'appuie sur quelle agence", "Which agency does the Amazon camera story rely on?",
                     "l'article sur les caméras d'Amazon il tient l'info de quelle agence", "Which agency did the Amazon camera story come from?"):
        assert "Reuters" in selector.select(question, passages)[0].sentence, question
    assert "département" in selector.select("Which agency sold Amazon cameras?", passages)[0].sentence
    # An estimate is no report
    passages = [_p("a", "Bloomberg estimates that Dahua holds a third of the sector.", "en"),
                _p("b", "Amazon a acheté des caméras, rapporte Reuters en citant des sources.", "fr")]
    assert "Reuters" in selector.select("Quelle agence de presse a révélé qu'Amazon s'équipait chez Dahua ?", passages)[0].sentence


def test_a_follow_up_about_the_company_wants_the_words_of_the_company_named_before():
    from assistant.answering import EvidenceSelector
    from assistant.pipeline import referents
    from assistant.types import Turn

    passages = [_p("a", "« Dahua peut insérer des portes dérobées », a déclaré un responsable américain.", "fr"),
                _p("b", "« Aucun de ces équipements n’a de connectivité réseau », a déclaré un porte-parole d’Amazon.", "fr")]
    turns = [Turn("user", "Quelles caméras Amazon a-t-elle achetées ?"), Turn("assistant", "Des caméras de Dahua.")]
    assert referents(turns) == {"amazon"}
    assert referents([Turn("user", "Which company was blacklisted again?"), Turn("assistant", "SenseTime, last week.")]) == {"sensetime"}
    selector = EvidenceSelector(ConstantFakeEmbedder())
    question = "Et comment l'entreprise a-t-elle répondu aux inquiétudes ?"
    assert "Amazon" in selector.select(question, passages, referents=referents(turns))[0].sentence
    assert "Dahua" in selector.select(question, passages)[0].sentence  # without the conversation: the better-ranked passage


def test_a_follow_up_about_him_or_her_wants_the_words_of_the_person_the_last_answer_named():
    from assistant.answering import EvidenceSelector, speakers_asked_about
    from assistant.pipeline import referents
    from assistant.types import Turn

    ross = "Wilbur Ross avait justifié cette décision en indiquant : « Nous ne tolérerons pas la suppression des minorités »."
    firm = "La société récuse cette décision : « Nous nous opposons fermement à cette inscription », a déclaré SenseTime."
    passages = [_p("a", firm, "fr"), _p("b", ross, "fr")]
    turns = [Turn("user", "Qui était secrétaire au Commerce en 2019 ?"), Turn("assistant", "Wilbur Ross.")]
    people = referents(turns, people=True)
    assert people == {"wilbur", "ross"} and referents(turns) == {"commerce"}  # "the company" still names the question's
    # an answer opening on "The" names no one "he" may stand for
    said = [Turn("user", "Who announced it?"), Turn("assistant", "The US Commerce Department; Commerce Secretary Wilbur Ross justified it.")]
    assert "the" not in referents(said, people=True) and {"wilbur", "ross"} <= referents(said, people=True)
    question = "il a justifié comment la sanction contre SenseTime"
    assert speakers_asked_about(question, strict=False) == set()  # he speaks, SenseTime is what he speaks of
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select(question, passages, people=people)[0].sentence == ross
    assert selector.select(question, passages)[0].sentence == firm  # without the conversation: the better rank
    # a French inversion repeats the subject it names
    assert speakers_asked_about("Comment Megvii a-t-elle réagi à son inscription ?", strict=False) == {"megvii"}


def test_his_or_a_speaking_it_in_a_follow_up_points_at_the_one_the_conversation_named():
    from assistant.answering import EvidenceSelector, referred_to
    from assistant.pipeline import referents
    from assistant.types import Turn

    turns = [Turn("user", "Who cut ties with Huawei?"), Turn("assistant", "French football star Antoine Griezmann.")]
    people = referents(turns, people=True)
    assert referred_to("what was his connection to them before that?", referents(turns), people) == people
    assert referred_to("what was its connection to them before that?", referents(turns), people) == set()
    assert referred_to("How much was he being paid under that deal?", referents(turns), people) == people  # "he" is a person
    # "Did any celebrity react …?" asks who, as "who" does: "his" is the one the answer named
    turns = [
        Turn("user", "Did any celebrity react to the report about the phone maker's Uyghur alert software?"),
        Turn("assistant", "Yes. French footballer Antoine Griezmann cut ties with Huawei."),
    ]
    assert "griezmann" in referred_to("How much was his deal with them worth?", referents(turns), referents(turns, people=True))
    turns = [Turn("user", "Did the report about the phone maker's Uyghur alert software cause a stir?"), Turn("assistant", "Yes. Antoine Griezmann cut ties with Huawei.")]
    assert "griezmann" not in referents(turns, people=True)  # no one asked for: the question's own names
    # "anyone" asked about, not asking who: the person the question names
    turns = [Turn("user", "Did Wilbur Ross blame anyone specific for the repression?"), Turn("assistant", "He spoke of the Commerce Department's duty.")]
    assert referents(turns, people=True) == {"wilbur", "ross"}
    turns = [Turn("user", "Quelqu'un peut m'expliquer ce qu'a dit Nancy Pelosi ?"), Turn("assistant", "Elle a dénoncé la répression en Chine et au Xinjiang.")]
    assert referents(turns, people=True) == {"nancy", "pelosi"}
    # « il » opening the question is the person or the firm of the last turn
    turns = [Turn("user", "Quel responsable avait justifié la sanction contre SenseTime ?"), Turn("assistant", "Wilbur Ross, alors secrétaire au Commerce.")]
    assert "wilbur" in referred_to("Qu'avait-il déclaré exactement ?", referents(turns), referents(turns, people=True))
    # "dit-il" after a named subject is no "avait-il": "il" stands for "le gouvernement", no one the conversation named
    assert referred_to("Et pourquoi le gouvernement dit-il avoir agi ?", referents(turns), referents(turns, people=True)) == set()
    # "did it warn / say": the firm the conversation named speaks
    turns = [Turn("user", "Which firm commented to Bloomberg?"), Turn("assistant", "Hikvision.")]
    assert referred_to("What consequences did it warn of?", referents(turns), set()) == {"hikvision"}
    assert referred_to("Which media outlet did it say that to?", referents(turns), set()) == {"hikvision"}
    assert referred_to("Why was it listed?", referents(turns), set()) == set()
    network = "« Aucun de ces équipements n’a de connectivité réseau », a déclaré un porte-parole."
    ambassador = "Antoine Griezmann avait été un ambassadeur de la marque pour les smartphones de Huawei."
    passages = [_p("a", network, "fr"), _p("b", ambassador, "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("what was his connection to them before that?", passages, people=people)[0].sentence == ambassador


def test_a_question_for_kinds_of_firms_prefers_the_sentence_that_names_several():
    from assistant.answering import EvidenceSelector

    one = "D’autres géants de l’intelligence artificielle font partie de la liste des entreprises visées."
    several = "Two further firms have made the list, with one voice recognition firm, a voice company and a nanotech startup."
    passages = [_p("a", one, "fr"), _p("b", several, "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("Quels autres types d'entreprises figurent sur la liste ?", passages)[0].sentence == several
    assert selector.select("Quelles autres entreprises figurent sur la liste ?", passages)[0].sentence == one


def test_what_a_question_already_knows_does_not_choose_its_answer():
    from assistant.answering import EvidenceSelector

    known = "Eight firms specialising in facial recognition were added to the list."
    other = "Two further firms specialising in artificial intelligence were added to the list."
    passages = [_p("a", f"{other} {known}", "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    question = "Which other firms were added to the list, in addition to facial recognition specialists?"
    assert selector.select(question, passages)[0].sentence == other


def test_a_question_for_other_kinds_prefers_the_sentence_that_adds_some():
    from assistant.answering import EvidenceSelector

    known = "Eight firms were added to the list for their facial recognition work."
    more = "Two further firms, specialising in artificial intelligence, were also added to the list."
    passages = [_p("a", f"{known} {more}", "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("What other kinds of firms were added to the list?", passages)[0].sentence == more
    # "quelle autre entreprise" asks for one name, not for more of the same
    assert selector.select("Quelle autre entreprise a été ajoutée à la liste ?", passages)[0].sentence == known


def test_a_sentence_that_restates_its_article_s_title_gives_way_to_one_that_answers():
    import numpy as np

    from assistant.answering import EvidenceSelector
    from assistant.types import Chunk, Passage

    title = "Alibaba tested Uyghur detection"
    hub = "Alibaba's website showed how clients could use its software to detect Uyghur faces."
    answer = "The feature was built into software that helps platforms monitor content."
    question = "Which software was the feature built into?"

    class LookupFakeEmbedder:
        """Deterministic fake: a fixed vector for each text (the title near the hub sentence, the question near both)."""

        vectors = {question: [1.0, 0.0, 0.0], title: [0.0, 1.0, 0.0], hub: [0.8, 0.6, 0.0], answer: [0.75, 0.0, 0.66]}

        def embed(self, texts, kind="passage", persist=False):
            return np.array([self.vectors.get(t, [0.0, 0.0, 1.0]) for t in texts], dtype=np.float32)

    passages = [Passage(Chunk(id="a", doc="a.txt", title=title, lang="en", text=f"{hub} {answer}", position=0), 0.0)]
    assert EvidenceSelector(LookupFakeEmbedder(), lexical_weight=0.0, title_weight=0.0).select(question, passages)[0].sentence == hub
    assert EvidenceSelector(LookupFakeEmbedder(), lexical_weight=0.0).select(question, passages)[0].sentence == answer


def test_warming_reports_progress_up_to_every_sentence():
    from assistant.answering import EvidenceSelector, sentence_units

    texts = ["Première phrase assez longue pour rester seule ici. Deuxième phrase, elle aussi assez longue pour rester seule."] * 2
    seen = []
    count = EvidenceSelector(ConstantFakeEmbedder()).warm(texts, batch=1, progress=lambda done, total: seen.append((done, total)))
    assert count == len(sentence_units(texts[0])) == 2
    assert seen == [(1, 2), (2, 2)]
    # a sentence led by a pronoun is also embedded as read after the one before it
    texts = ["Le gouvernement a entraîné des centaines de milliers de personnes. Il a également déployé un vaste réseau de surveillance, utilisant la reconnaissance faciale."]
    assert EvidenceSelector(ConstantFakeEmbedder()).warm(texts) == 3


@pytest.mark.parametrize(
    "question,left",
    [
        ("Apart from facial recognition, what other firms made the list?", "what other firms made the list?"),
        ("Hors reconnaissance faciale, dans quels domaines travaillent les autres sociétés ?", "dans quels domaines travaillent les autres sociétés?"),
        ("Except for Hikvision, which firms were named?", "which firms were named?"),
        ("Which firms, à l'exception de Dahua, were named?", "Which firms, were named?"),
    ],
)
def test_what_a_question_already_knows_is_left_out(question, left):
    import re

    from assistant.answering import _KNOWN_CLAUSE

    assert re.sub(r"\s+([,?])", r"\1", " ".join(_KNOWN_CLAUSE.sub(" ", question).split())).strip(" ,") == left


def test_what_is_forbidden_does_not_ask_for_a_name():
    from assistant.answering import missing_answer_type

    sentence = ["Elles ne peuvent plus commercer avec les entreprises américaines sans licence."]
    assert missing_answer_type("Concrètement, qu'est-ce qui est interdit aux entreprises inscrites ?", sentence) is None
    assert missing_answer_type("Qui est le PDG de cette entreprise ?", sentence) == "person"  # a person, named


def test_a_quotation_is_one_unit_up_to_its_close():
    text = (
        "Se disant prise au milieu de tensions, la société récuse cette décision :\n"
        "“Nous nous opposons fermement à cette inscription et aux accusations dont nous sommes l’objet. "
        "Certaines accusations sont infondées et reflètent une perception erronée de notre entreprise.” "
        "Le Trésor américain n’a pas répondu à ces critiques pour le moment."
    )
    units = sentence_units(text)
    assert units[0].startswith("Se disant") and units[0].endswith("notre entreprise.”")
    assert units[1].startswith("“Nous nous opposons") and units[1].endswith("notre entreprise.”")
    assert units[-1] == "Le Trésor américain n’a pas répondu à ces critiques pour le moment."


def test_same_language_lift_is_the_mean_gap_and_only_for_the_question_language():
    import numpy as np

    from assistant.answering import same_language_lift

    sims = np.array([0.90, 0.80, 0.70, 0.60])
    lift = same_language_lift(sims, [True, True, False, False])
    assert lift == pytest.approx([0.2, 0.2, 0.0, 0.0])
    assert not same_language_lift(sims, [True] * 4).any()  # one language: nothing to correct
    assert not same_language_lift(np.array([0.5, 0.9]), [True, False]).any()  # the other language already scores higher


def test_how_someone_justified_something_asks_for_their_stance():
    from assistant.answering import missing_answer_type, speakers_asked_about

    assert speakers_asked_about("How did Amazon justify using them?", strict=False) == {"amazon"}
    defended = ["Les responsables chinois ont défendu la campagne au Xinjiang comme un moyen non létal de lutter contre l’extrémisme."]
    assert missing_answer_type("How have Chinese officials defended the Xinjiang campaign?", defended) is None
    unrelated = ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle de la température."]
    assert missing_answer_type("How did Amazon justify using them?", unrelated) == "speech"
    assert speakers_asked_about("How did SenseTime push back against the accusations?", strict=False) == {"sensetime"}


def test_what_one_is_blamed_for_is_a_reason():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "Washington a interdit aux Américains d'investir dans ces entreprises chinoises.", "fr"),
                _p("b", "Washington juge ces entreprises chinoises complices de la répression.", "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Qu'est-ce que Washington reproche aux entreprises chinoises ?", passages)
    assert "complices" in ranked[0].sentence


class FakeSentenceOrder:
    """A deterministic stand-in for EvidenceSelector.select: the best sentence of each passage, in a fixed order."""

    def __init__(self, order: list[int]):
        self.order = order

    def select(self, question, passages, context="", referents=(), people=(), before=(), described=()):
        return [Evidence(passage=i, sentence=f"s{i}", score=1.0 - n / 10) for n, i in enumerate(self.order)]


@pytest.mark.parametrize("context,first", [("", "d"), ("the question before", "a")])
def test_rerank_trusts_best_sentences_more_for_a_question_than_for_a_follow_up(context, first):
    from types import SimpleNamespace

    from assistant.pipeline import Assistant

    passages = [Passage(Chunk(id=c, doc="one.txt", title="T", lang="en", text=c, position=i), 0.0) for i, c in enumerate("abcd")]
    # The best sentences put the last-retrieved passage first: enough to lead for a question standing on its own
    # (weight 3), not for a follow-up, whose own words say less (weight 2).
    stub = SimpleNamespace(
        selector=FakeSentenceOrder([4, 1, 2, 3]), rerank_k=60, rerank_weight=3.0, follow_up_rerank_weight=2.0, doc_weight=1.0, _sentences_before=lambda passages: []
    )
    assert Assistant._rerank(stub, "Why?", passages, context)[0].chunk.id == first


def test_the_company_a_follow_up_asks_about_is_the_one_the_last_turn_named():
    from assistant.pipeline import referents
    from assistant.types import Turn

    which = [Turn("user", "Quelle entreprise a dû repousser son entrée à la Bourse de Hong Kong ?"), Turn("assistant", "SenseTime, après son inscription.")]
    assert referents(which) == {"sensetime"}  # the last question asked which company: its answer names it
    named = [Turn("user", "Why did Huawei cut ties?"), Turn("assistant", "Antoine Griezmann did, after a report.")]
    assert referents(named) == {"huawei"}


def test_the_company_in_a_follow_up_is_scored_as_its_name():
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "Les responsables chinois ont défendu la campagne au Xinjiang.", "fr"),
        _p("b", "SenseTime a défendu sa technologie devant les investisseurs.", "fr"),
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("How did the company defend itself?", passages, referents={"sensetime"})
    assert ranked[0].sentence.startswith("SenseTime")


def test_a_question_for_which_firms_prefers_the_sentence_that_names_them():
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "Comme l’explique Reuters, le gouvernement a ajouté huit entreprises à la liste.", "fr"),
        _p("b", "Parmi les entreprises de la liste, nous retrouvons Hikvision Digital Technology et Dahua Technology.", "fr"),
        _p("c", "Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes.", "fr"),
    ]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert "Hikvision" in selector.select("Quelles entreprises ont été ajoutées à la liste ?", passages)[0].sentence
    # who reported it is not one of the firms, but it is the answer to a question for the media
    assert "Reuters" in selector.select("À quel média le gouvernement a-t-il expliqué la liste ?", passages)[0].sentence


def test_places_and_peoples_are_not_the_firms_a_question_asks_for():
    from assistant.answering import EvidenceSelector

    passages = [
        _p("a", "Dahua nie tout méfait, tout comme Pékin, qui a demandé aux États-Unis de la retirer de sa liste noire.", "fr"),
        _p("b", "Parmi les entreprises sur liste noire, nous retrouvons Hikvision Digital Technology et Dahua Technology.", "fr"),
    ]
    assert "Hikvision" in EvidenceSelector(ConstantFakeEmbedder()).select("Which firms did the US blacklist?", passages)[0].sentence


def test_according_to_whom_prefers_the_sentence_that_gives_that_source():
    from assistant.answering import EvidenceSelector, _attributed_to

    assert _attributed_to("According to the Treasury, what did SenseTime claim?") == ("treasury", "tresor")
    assert _attributed_to("According to the Alibaba article, who?") == ()  # an article, not a source
    assert _attributed_to("Selon l'article anglais, quoi ?") == ()
    passages = [
        _p("a", "La société récuse cette décision : « Nous nous opposons fermement à ces accusations », a déclaré SenseTime.", "fr"),
        _p("b", "SenseTime a, selon le Trésor, « mis en avant sa capacité à identifier les Ouïghours portant une barbe ».", "fr"),
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("According to the Treasury, what did SenseTime claim?", passages)
    assert "barbe" in ranked[0].sentence
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("What did SenseTime claim?", passages)
    assert "récuse" in ranked[0].sentence  # without "according to", SenseTime's own words



def test_what_a_named_body_said_is_its_words_in_either_language_not_those_of_the_firm_it_speaks_of():
    from assistant.answering import EvidenceSelector, speakers_asked_about

    # who speaks comes before the verb; what follows it is what was said
    assert speakers_asked_about("What did the Treasury say SenseTime had been advertising?") == {"treasury"}
    assert speakers_asked_about("Qu'a dit Alibaba ?") == {"alibaba"}  # a French inversion
    passages = [
        _p("a", "Se disant prise au milieu de tensions, la société récuse cette décision : « Nous nous opposons fermement à ces accusations », a déclaré SenseTime.", "fr"),
        _p("b", "Cette entreprise a, selon le Trésor, « mis en avant sa capacité à identifier les Ouïghours portant une barbe ».", "fr"),
    ]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert "barbe" in selector.select("What capability did the Treasury say SenseTime had been advertising?", passages)[0].sentence
    assert "récuse" in selector.select("What did SenseTime say?", passages)[0].sentence
    # a people or a place is named as written: "Chinese officials" do not speak in a sentence about "la Chine"
    passages = [
        _p("a", "Nancy Pelosi a souligné : « En Chine, des millions de personnes subissent des violations des droits de l'homme. »", "fr"),
        _p("b", "Les responsables chinois ont défendu la campagne comme un moyen non létal de lutter contre l'extrémisme.", "fr"),
    ]
    assert "extrémisme" in selector.select("How do Chinese officials justify the campaign?", passages)[0].sentence


@pytest.mark.parametrize(
    "question,other,answer,expected",
    [
        # a standing is told by a superlative
        ("How do Hikvision and Dahua rank worldwide?",
         "Bloomberg estime que Hikvision et Dahua sont présentes dans des centaines de villes du monde.",
         "Il s'agit des deux plus grandes sociétés de reconnaissance faciale au monde.", "plus grandes"),
        # a purpose clause gives a reason
        ("Why does Washington want these firms kept out?",
         "Les entreprises n'ont plus le droit de travailler avec des fournisseurs américains.",
         "Les États-Unis estiment que pour assurer le respect de leur constitution, ces entreprises ne doivent avoir aucun accès au pays.",
         "constitution"),
        # and so does what it has to do with; a justification is a reason
        ("Quelle justification Washington avance-t-il ?",
         "Washington a publié la liste et ses justifications.",
         "The US government is clear that this has everything to do with national security.", "national security"),
        # and so does what makes it possible
        ("Pourquoi les logiciels repèrent-ils plus facilement les minorités ?",
         "Les logiciels repèrent les minorités sur des images.",
         "Les minorités peuvent paraître suffisamment distinctes pour permettre aux logiciels de les repérer.", "distinctes"),
    ],
)
def test_a_question_prefers_the_sentence_that_gives_the_kind_of_answer_it_asks_for(question, other, answer, expected):
    from assistant.answering import EvidenceSelector

    passages = [_p("a", other, "fr"), _p("b", answer, "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)
    assert expected in ranked[0].sentence


def test_why_a_body_acted_brings_its_own_grounds_beside_the_best_sentence():
    from assistant.answering import Evidence, grounds_given

    decision = Evidence(1, "En fin de semaine dernière, le Trésor américain a placé SenseTime sur sa liste noire.", 0.9)
    grounds = Evidence(2, "Cette entreprise a, selon le Trésor, « mis en avant sa capacité à identifier les Ouïghours portant une barbe ».", 0.6,
                       antecedent="Vendredi dernier, le Trésor américain mettait SenseTime sur sa liste noire.")
    other = Evidence(3, "Selon le Trésor, Dahua équipe les camps.", 0.7)
    assert grounds_given("Why did the US Treasury put SenseTime back on its blacklist?", [decision, other, grounds]) == grounds
    assert grounds_given("On what grounds did the Treasury blacklist SenseTime?", [decision, grounds]) == grounds
    assert grounds_given("When did the Treasury blacklist SenseTime?", [decision, grounds]) is None  # no reason asked
    # a body spelt with an accent is a name, a month is not
    assert grounds_given("Qu'est-ce que le Trésor reproche à SenseTime ?", [decision, grounds]) == grounds
    assert grounds_given("What grounds did the Treasury cite when it blacklisted SenseTime in December?", [decision, grounds]) == grounds
    assert grounds_given("Why did the Treasury blacklist Megvii?", [decision, grounds]) is None  # of another firm
    # the body must be the one that acted, the subject asked about
    assert grounds_given("Why did SenseTime postpone its IPO after the Treasury blacklisted it?", [decision, grounds]) is None


def test_what_one_must_do_prefers_the_sentence_that_tells_a_requirement():
    from assistant.answering import EvidenceSelector

    listed = "The US government has added eight firms to the so-called entity list of foreign firms banned from trading with US companies."
    licence = "Under the ruling, any US company that wants to do business with those on the list has to apply for a licence."
    passages = [_p("a", listed, "en"), _p("b", licence, "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("Quelle démarche une entreprise américaine doit-elle accomplir pour commercer avec une société de la liste ?",
                     "Une entreprise américaine a-t-elle encore un moyen de faire affaire avec elles ?", "What must a US company do to keep trading with them?"):
        assert selector.select(question, passages)[0].sentence == licence, question
    # what a bill does, or what it has to do with a firm, or a way for Beijing to reach the data, is no requirement
    assert selector.select("Y a-t-il un moyen pour Pékin d'accéder aux données de la liste ?", passages)[0].sentence == listed
    assert selector.select("What does that have to do with the entity list?", passages)[0].sentence == listed


def test_recognition_of_faces_is_facial_recognition():
    from assistant.lexicon import phrases_in

    assert any("reconnaissance faciale" in group for _, group in phrases_in("outre la reconnaissance des visages"))


def test_a_sum_claimed_is_corrected_by_the_sum_the_articles_give():
    from assistant.answering import _corrects_count

    question = "is it true that sensetime was hoping to raise around $1 billion with its listing?"
    assert _corrects_count("1", question, "pour un montant de 767 millions de dollars")
    assert not _corrects_count("1", question, "sensetime a reporte son introduction en bourse")


def test_a_figure_checked_prefers_the_sentence_with_the_articles_figure_for_the_same_thing():
    from assistant.answering import EvidenceSelector, _corrects_count, missing_answer_type

    pelosi = "Pelosi a souligné que des ONG dénoncent les violations des droits de l'homme au Xinjiang."
    ngos = "Des ONG indiquent que près d’un million de Ouïghours seraient incarcérés dans des camps au Xinjiang."
    passages = [_p("a", pelosi, "fr"), _p("b", ngos, "fr")]
    question = "Some reports say NGOs estimate about 100,000 Uyghurs are held in camps in Xinjiang. Is that the figure given?"
    assert EvidenceSelector(ConstantFakeEmbedder()).select(question, passages)[0].sentence == ngos
    # "d'entre eux" after the people counts them
    text = "l'internement des ouighours est denonce par des ong indiquant que pres d'un million d'entre eux seraient incarceres"
    assert _corrects_count("100", question.lower(), text)
    # a draft being checked speaks no words; a contract's claimed sum is not what Amazon paid
    assert missing_answer_type("A draft I'm checking says 38 organisations were listed. Is that number right?", ["En tout ce sont 28 organisations chinoises."]) is None
    assert _corrects_count("15", "one report says amazon bought 15,000 cameras from dahua. is that the figure?", "amazon aurait achete 1 500 appareils photo")
    # the noun a figure counts may come after a modifier: "15,000 temperature-screening cameras"
    assert _corrects_count("15", "is it true amazon ordered 15,000 temperature-screening cameras from dahua?", "amazon aurait achete 1 500 appareils photo")
    assert missing_answer_type("Est-il vrai que ce contrat lui rapportait plusieurs millions d'euros par an ?",
                               ["Amazon a acheté pour 10 millions de dollars de caméras de contrôle."]) == "amount"


def test_a_day_of_the_week_asked_for_prefers_the_sentence_that_names_one():
    from assistant.answering import EvidenceSelector

    week = "En fin de semaine dernière, le Trésor a annoncé avoir placé SenseTime sur sa liste noire."
    friday = "Vendredi dernier, le Trésor mettait SenseTime sur sa liste noire."
    passages = [_p("a", week, "fr"), _p("b", friday, "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("Which day of the week was that announced?", passages)[0].sentence == friday
    assert selector.select("When was that announced?", passages)[0].sentence == week  # any date: the better rank


def test_a_question_naming_an_accented_body_and_a_firm_is_about_several():
    from assistant.answering import _about_several

    assert _about_several("Qu'est-ce que le Trésor reproche à SenseTime ?")
    assert not _about_several("Qu'est-ce qu'on reproche à SenseTime en décembre ?")


def test_a_sum_asked_for_prefers_a_sentence_with_a_sum_to_one_with_a_year_or_a_count():
    from assistant.answering import EvidenceSelector

    year = "En 2019, deux sociétés avaient déjà été sanctionnées."
    sum_ = "L'entreprise a reporté son introduction en Bourse pour un montant de 767 millions de dollars."
    passages = [_p("a", year, "fr"), _p("b", sum_, "fr")]
    assert EvidenceSelector(ConstantFakeEmbedder()).select("How much was it supposed to raise?", passages)[0].sentence == sum_


def test_an_article_that_said_something_is_no_speaker():
    from assistant.answering import missing_answer_type

    question = "How big are Hikvision and Dahua in facial recognition? The French article said something like biggest in the world"
    assert missing_answer_type(question, ["Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde."]) is None
    assert missing_answer_type("How big are they? What did Hikvision say?", ["Il s’agit des deux plus grandes sociétés au monde."]) == "speech"


def test_how_a_firm_took_a_decision_asks_for_its_reaction():
    from assistant.answering import speakers_asked_about, _speech_verb

    assert _speech_verb("Comment SenseTime a-t-elle accueilli sa nouvelle inscription ?", strict=False) is not None
    assert speakers_asked_about("Comment SenseTime a-t-elle accueilli sa nouvelle inscription ?", strict=False) == {"sensetime"}
    assert _speech_verb("Quelle Bourse a accueilli l'introduction de SenseTime ?", strict=False) is None  # hosted


def test_hearsay_is_not_a_question_about_words_and_name_the_brands_asks_for_names():
    from assistant.answering import _NAMES_QUESTION, EvidenceSelector, speakers_asked_about

    assert _NAMES_QUESTION.search("what chinese companies were listed?") and _NAMES_QUESTION.search("name the brands")
    assert not _NAMES_QUESTION.search("what did the company decline to explain?")  # about a company, not for names

    assert speakers_asked_about("Name the brands said to use Alibaba's platforms.", strict=False) == set()
    passages = [
        _p("a", "« La mention fait référence à une fonction testée », a déclaré un représentant d'Alibaba Cloud.", "fr"),
        _p("b", "Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes.", "fr"),
    ]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Name the international brands said to use Alibaba's platforms.", passages)
    assert "Nike" in ranked[0].sentence

@pytest.mark.parametrize(
    "term,text,present",
    [
        ("network", "Aucun de ces équipements n’a de connectivité réseau.", True),
        ("warehouses", "Les caméras sont destinées aux entrepôts d'Amazon.", True),
        ("customers", "Ses clients pouvaient utiliser son logiciel.", True),
        ("wrongdoing", "Dahua nie tout méfait.", True),
        ("asked", "Pékin a déjà demandé aux États-Unis de retirer les entreprises.", True),
        ("viewed", "Au moins un ministère considère ces transactions comme un drapeau rouge.", True),
        ("better", "Il est préférable que ces entreprises n'aient aucune porte d'entrée.", True),
        ("doit", "Any US company that wants to do business with them has to apply for a licence.", True),
        ("veut", "Any US company that wants to do business with them has to apply for a licence.", True),
        ("compared", "Il s’agit peut-être du seul pair mondial d’Amazon.", True),
        ("boite", "Amazon is an American company.", True),
        ("network", "Les caméras détectent la fièvre.", False),
        ("commit", "Elle s'est engagée à rembourser les investisseurs.", True),
        ("bother", "C'est justement cette partie qui déplaît aux États-Unis.", True),
        ("provocateur", "The timing of the move might seem a bit inflammatory.", True),
        ("western", "Marques internationales comme Nike utilisent ses plates-formes.", True),
        ("iphone", "The recent hack discovered for iOS devices.", True),
        ("recuperent", "Elle s'est engagée à rembourser intégralement ceux qui ont investi.", True),
        ("boast", "SenseTime a mis en avant sa capacité à identifier les Ouïghours.", True),
    ],
)
def test_everyday_words_are_found_through_their_translation(term, text, present):
    from assistant.answering import _present

    assert _present(term, text) is present


def test_what_one_did_once_asked_prefers_the_sentence_that_says_what_followed():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "Le site d'Alibaba montrait comment détecter les visages des Ouïghours.", "fr"),
                _p("b", "Après que le Times a interrogé Alibaba, la société a modifié son site.", "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("What did Alibaba do to its site once questioned?", passages)
    assert "Après" in ranked[0].sentence
    # what it declined to explain afterwards is what it declined, not what followed
    passages.insert(1, _p("c", "La société a refusé d'expliquer pourquoi la fonction figurait dans sa documentation.", "fr"))
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("What did the company decline to explain afterwards?", passages)
    assert "refusé" in ranked[0].sentence


def test_in_the_name_of_something_does_not_ask_for_a_name():
    from assistant.answering import missing_answer_type

    sentence = ["Les États-Unis estiment qu'il est préférable que ces entreprises n'aient aucune porte d'entrée avec le pays."]
    assert missing_answer_type("Pourquoi les États-Unis veulent-ils leur couper l'accès, au nom de leur constitution ?", sentence) is None
    assert missing_answer_type("Why ban them in the name of security?", sentence) is None
    assert missing_answer_type("Quel est le nom de la start-up ?", ["La liste compte une start-up."]) == "name"


def test_a_question_for_a_region_prefers_the_sentence_that_names_one_it_does_not():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "La répression vise les Ouïghours et d'autres minorités en Chine.", "fr"),
                _p("b", "La répression vise les Ouïghours, notamment dans la province du Xinjiang.", "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("In which Chinese region is the repression of Uyghurs concentrated?", "Which part of China does the repression target?"):
        assert "Xinjiang" in selector.select(question, passages)[0].sentence, question
    # a country is no answer to "which region": the better rank decides
    passages = [_p("a", "La répression vise les Ouïghours du Xinjiang.", "fr"), _p("b", "La répression des Ouïghours est menée en Chine.", "fr")]
    assert "Xinjiang" in selector.select("Which US states criticised the repression of Uyghurs?", passages)[0].sentence


def test_a_question_whether_it_happened_before_prefers_the_sentence_recalling_an_earlier_time():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "En ce mois de décembre, SenseTime a été placée sur liste noire.", "fr"),
                _p("b", "Pour rappel, en 2019, SenseTime avait déjà été sanctionnée et placée sur liste noire.", "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("Was December the first time SenseTime was blacklisted?", "SenseTime avait-elle déjà été sanctionnée avant décembre ?"):
        assert "Pour rappel" in selector.select(question, passages)[0].sentence, question
    # "already placed … in December?" asks whether yet, not whether before: the better rank decides
    assert "décembre" in selector.select("SenseTime a-t-elle déjà été placée sur liste noire en décembre ?", passages)[0].sentence


def test_how_many_of_a_people_counts_that_people():
    from assistant.answering import EvidenceSelector, _counted_noun, missing_answer_type

    detained = "Les Nations unies estiment que la Chine a emprisonné plus d’un million de Ouïgours."
    assert missing_answer_type("How many Uighurs are detained, according to the UN?", [detained]) is None
    assert missing_answer_type("How many Uighurs are detained?", ["Des millions de personnes subissent des violations."]) == "count"
    assert _counted_noun("how many ai companies made the list?") == "companies"  # the last word of a compound
    assert _counted_noun("how many us firms were listed?") == "firms"  # not "US", which narrows the count:
    assert _counted_noun("combien de licences accordees ?") == "licences"  # in French the noun comes first
    assert missing_answer_type("How many US firms were listed?", ["Huit entreprises chinoises ont été ajoutées."]) == "count"
    # what qualifies the counted noun follows the figure: "two further firms, specialising in AI", not "28 entités
    # chinoises, y compris des fabricants de matériel de surveillance et des start-ups d'IA"
    ai = "Two further firms, specialising in artificial intelligence (AI) have also made the list."
    passages = [_p("a", "L’administration a ajouté 28 entreprises chinoises, y compris des fabricants de matériel de surveillance et des start-ups d’intelligence artificielle, à une liste.", "fr"),
                _p("b", ai, "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("How many artificial intelligence firms made the list?", "Combien d'entreprises d'intelligence artificielle sont sur la liste ?"):
        assert selector.select(question, passages)[0].sentence == ai, question
    # "none" counts them too: "no licences have been issued" before "28 organisations"
    none = "As yet no licences have even been issued."
    passages = [_p("a", "En tout ce sont 28 organisations chinoises qui ont été ajoutées à cette liste.", "fr"), _p("b", none, "en")]
    assert EvidenceSelector(ConstantFakeEmbedder()).select("Combien de licences ont été accordées jusqu'ici ?", passages)[0].sentence == none
    # the sentence whose figure counts them comes first
    passages = [_p("a", "Au Xinjiang, des millions de personnes subissent des violations, dit Pelosi.", "fr"),
                _p("b", "Des ONG indiquent que près d’un million d’entre eux seraient incarcérés au Xinjiang.", "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("How many Uyghurs are held in Xinjiang?", passages)
    assert "ONG" in ranked[0].sentence


def test_a_question_across_articles_is_told_apart():
    from assistant.scope import spans_articles

    assert spans_articles("The SenseTime article and the Amazon article both estimate how many are held. Do they differ?")
    assert spans_articles("Do the articles agree on the figures?")
    assert not spans_articles("According to the Alibaba article, what did the Times find?")
    assert not spans_articles("Combien de caméras Hikvision a-t-elle vendues à Amazon ?")


def test_the_articles_a_question_compares_are_named_by_their_topics():
    from assistant.scope import compared_topics, without_compared_references

    assert compared_topics("The SenseTime article and the Amazon article both give a figure. How do they differ?") == ["SenseTime", "Amazon"]
    assert compared_topics("Comment l'article sur Amazon et celui sur les 28 entreprises décrivent-ils Dahua ?") == ["Amazon", "les 28 entreprises"]
    assert compared_topics("Comment l'article sur Amazon et l'article sur les 28 entreprises décrivent-ils Dahua ?") == ["Amazon", "les 28 entreprises"]
    assert compared_topics("How did Beijing and Dahua answer, according to the Alibaba and Amazon articles?") == ["Alibaba", "Amazon"]
    assert compared_topics("Que disent les articles sur Amazon et Alibaba de Dahua ?") == ["Amazon", "Alibaba"]
    # a topic ends where the question goes on
    assert compared_topics("The Amazon article and the one about the blacklist both mention Reuters. Which one says more?") == ["Amazon", "the blacklist"]
    assert "Reuters" in without_compared_references("L'article sur Amazon et celui sur la liste noire mentionnent tous les deux Reuters ?")
    # one article, or articles named only by their language, are no comparison by topic
    assert compared_topics("Do the French and English articles agree on the count?") == []
    assert compared_topics("What does the Alibaba article say about Huawei?") == []
    assert compared_topics("Do the English article and the French article agree on the count?") == []
    assert "Amazon" not in without_compared_references("How did Dahua answer, according to the Alibaba and Amazon articles?")
    assert "Dahua" in without_compared_references("How did Dahua answer, according to the Alibaba and Amazon articles?")


def test_everyday_abbreviations_and_question_forms():
    from assistant.answering import EvidenceSelector, missing_answer_type

    selector = EvidenceSelector(ConstantFakeEmbedder())
    passages = [_p("a", "Alibaba est un géant chinois du commerce en ligne.", "fr"),
                _p("b", "Alibaba est le partenaire officiel des services cloud pour les jeux olympiques.", "fr")]
    assert "olympiques" in selector.select("alibaba et les JO ?", passages)[0].sentence
    assert "olympiques" in selector.select("Is Alibaba an Olympic sponsor?", passages)[0].sentence
    passages = [_p("a", "Au Xinjiang, des millions de personnes subissent des violations.", "fr"),
                _p("b", "Les responsables chinois ont défendu la campagne au Xinjiang.", "fr")]
    assert "responsables" in selector.select("Comment les officiels chinois parlent-ils du Xinjiang ?", passages)[0].sentence
    # "à quand ?" asks for a date; "dénomination complète" for the full name
    assert missing_answer_type("Et elle est repoussée à quand ?", ["SenseTime a reporté son introduction en Bourse."]) == "date"
    passages = [_p("a", "One of the firms, Hikvision, told Bloomberg it opposes the decision.", "en"),
                _p("b", "Two of them, Hangzhou Hikvision Digital Technology Co and Dahua, lead the sector.", "en")]
    assert "Hangzhou" in selector.select("Quelle est la dénomination complète de Hikvision ?", passages)[0].sentence


def test_why_is_refused_when_the_best_sentence_says_no_reason_was_given():
    from assistant.answering import REFUSALS_BY_TYPE, missing_answer_type

    declined = ["Il a également refusé de dire pourquoi il avait testé des outils pour détecter les visages des minorités."]
    assert missing_answer_type("Why did Alibaba test tools to detect minority faces?", declined) == "reason"
    assert missing_answer_type("Pourquoi Alibaba a-t-il modifié son site ?", ["Alibaba n’a pas voulu dire pourquoi."]) == "reason"
    assert missing_answer_type("What did Alibaba decline to explain?", declined) is None  # answered by the refusal itself
    assert missing_answer_type("Why did Alibaba change its site?", ["Alibaba changed it after the Times asked why."]) is None
    assert "reason" in REFUSALS_BY_TYPE["en"] and "reason" in REFUSALS_BY_TYPE["fr"]


def test_a_country_or_a_firm_named_after_its_province_does_not_answer_which_states():
    from assistant.answering import missing_answer_type

    bought = ["Amazon aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, pour ses entrepôts."]
    assert missing_answer_type("Which US states or warehouses got the Dahua cameras?", bought) == "place"
    assert missing_answer_type("Which country were the cameras bought from?", bought) is None
    assert missing_answer_type("In which region are the camps?", ["Les camps sont situés au Xinjiang."]) is None
    assert missing_answer_type("Dans quelle ville Amazon a-t-il installé les caméras ?", ["Elles sont installées à Seattle."]) is None


def test_a_yes_no_question_about_what_followed_needs_a_sentence_that_tells_it():
    from assistant.answering import _outcome_asked, missing_answer_type
    from assistant.text import fold

    assert _outcome_asked(fold("Did Amazon stop using its Dahua cameras after Reuters reported it?")).startswith("stop using")
    assert _outcome_asked(fold("Amazon a-t-elle finalement retiré les caméras ?")).startswith("retire")
    assert _outcome_asked(fold("What did Alibaba do after the Times asked?")) is None  # not a yes/no question
    assert _outcome_asked(fold("Did Amazon buy cameras from Dahua?")) is None  # nothing followed
    # asked as a statement, or with "end up"
    assert _outcome_asked(fold("Et Amazon a fini par les retirer ?")) == "les retirer"
    assert _outcome_asked(fold("Did Amazon end up removing the cameras?")) == "removing the cameras"
    assert _outcome_asked(fold("Amazon a acheté des caméras ?")) is None  # nothing followed
    bought = ["Amazon a acheté pour 10 millions de dollars de caméras Dahua."]
    assert missing_answer_type("Did Amazon stop using the cameras after the report?", bought) == "outcome"
    assert missing_answer_type("Et Amazon a-t-il annulé cette commande après les révélations ?", bought) == "outcome"
    assert missing_answer_type("Et Amazon a fini par les retirer après les révélations ?", bought) == "outcome"
    assert missing_answer_type("Is it true that Amazon stopped using the cameras after the report?", bought) == "outcome"
    assert missing_answer_type("Is it true that Amazon bought cameras from Dahua?", bought) is None  # nothing followed
    assert _outcome_asked(fold("Alors pourquoi Amazon a-t-il retiré les caméras après le rapport ?")) is None  # asks why
    # a claim checked with its cause: what it says was done must be told
    olympics = ["Alibaba est le partenaire officiel des services cloud pour les jeux olympiques."]
    assert missing_answer_type("Is it true that Alibaba lost its Olympic partnership because of the revelations?", olympics) == "outcome"
    assert missing_answer_type("Did Alibaba lose its Olympic partnership because of the revelations?", olympics) is None  # not a claim checked
    determined = ["L’entreprise affirme rester “déterminée” à être prochainement cotée."]
    assert missing_answer_type("Does SenseTime still intend to list after postponing its IPO?", determined) is None
    changed = ["Après que le Times l'a interrogé, Alibaba a modifié son site Web."]
    assert missing_answer_type("Did Alibaba change its website after the Times asked?", changed) is None


def test_a_new_date_wants_a_calendar_date():
    from assistant.answering import missing_answer_type

    postponed = ["En ce mois de décembre, SenseTime a dû reporter son introduction en Bourse."]
    assert missing_answer_type("Has SenseTime set a new date for its listing?", postponed) == "date"
    assert missing_answer_type("Et elle est repoussée à quand ?", postponed) == "date"
    assert missing_answer_type("Quand SenseTime a-t-elle reporté son introduction ?", postponed) is None  # "when" takes "ce mois"
    assert missing_answer_type("Until when is it postponed?", ["It is postponed to 30 December 2021."]) is None
    # a date of something else is no new date: "Vendredi dernier" dates the blacklisting, not the listing put off
    friday = ["Vendredi dernier, le Trésor américain mettait SenseTime sur sa liste noire."]
    assert missing_answer_type("Et à quelle nouvelle date est-elle prévue ?", friday) == "date"
    assert missing_answer_type("When's SenseTime's rescheduled listing date?", postponed + friday) == "date"
    assert missing_answer_type("When's SenseTime's rescheduled listing?", ["SenseTime a reporté son introduction au 30 décembre."]) is None


def test_a_question_for_a_sum_prefers_and_needs_the_sentence_that_gives_it():
    from assistant.answering import EvidenceSelector, missing_answer_type

    passages = [_p("a", "Amazon aurait acheté 1 500 caméras à Dahua au début du mois.", "fr"),
                _p("b", "Amazon a acheté pour 10 millions de dollars de caméras à Dahua.", "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert "dollars" in selector.select("How much did Amazon pay for the Dahua cameras?", passages)[0].sentence
    assert "1 500" in selector.select("How many cameras did Amazon buy from Dahua?", passages)[0].sentence
    # the amount is in the best sentence: one in a runner-up is the price of something else
    fee = ["Griezmann avait été un ambassadeur de Huawei.", "SenseTime visait 767 millions de dollars."]
    assert missing_answer_type("How much was Griezmann paid by Huawei?", fee) == "amount"
    # unless the question has parts, each with its sentence
    bought = ["Amazon aurait acheté 1 500 caméras.", "Amazon a payé 10 millions de dollars."]
    assert missing_answer_type("Combien de caméras Amazon a-t-elle achetées et pour quel montant ?", bought) is None


def test_firms_are_counted_as_organisations_or_entities():
    from assistant.answering import missing_answer_type

    added = ["L’an dernier, l’administration a ajouté 28 entités chinoises à une liste noire."]
    assert missing_answer_type("Combien d'entreprises chinoises ont été ajoutées à la liste ?", added) is None
    assert missing_answer_type("How many firms were added?", ["En tout, 28 organisations chinoises ont été ajoutées."]) is None
    assert missing_answer_type("How many warehouses got cameras?", added) == "count"  # entities are no warehouses


def test_any_form_of_respond_or_react_asks_for_words():
    from assistant.answering import _SPEECH_QUESTION
    from assistant.text import fold

    for question in ("Que répond SenseTime aux accusations ?", "Comment réagit Dahua ?", "Comment ont-ils réagi ?", "How did Dahua respond?"):
        assert _SPEECH_QUESTION.search(fold(question)), question


def test_a_sentence_restates_another_when_most_of_its_words_are_there():
    from assistant.pipeline import restates

    best = "En fin de semaine dernière, le Trésor américain a placé SenseTime sur sa liste noire pour sa reconnaissance faciale."
    assert restates("Vendredi dernier, le Trésor américain mettait SenseTime sur sa liste noire pour sa reconnaissance faciale.", best)
    assert not restates("En 2019, le département du Commerce a annoncé une première sanction contre SenseTime.", best)
    assert not restates("", best)


@pytest.mark.parametrize(
    "question,alone",
    [
        ("Qui a placé SenseTime sur liste noire ?", True),  # a new question after one on Amazon: retrieved on its own
        ("Quel ministère a publié la liste des entreprises ?", True),
        ("Who made that decision?", False),
        ("Et pourquoi ?", False),
        ("Which party is she from?", False),
        ("What did Hikvision say about it?", False),
        ("Quel montant ?", False),
    ],
)
def test_a_question_that_names_what_it_asks_about_and_points_back_at_nothing_stands_alone(question, alone):
    from assistant.pipeline import stands_alone

    assert stands_alone(question) is alone


def test_an_article_named_by_its_topic_lends_no_terms_to_the_answer():
    from assistant.answering import EvidenceSelector

    ross = "En 2019, lorsque SenseTime fut sanctionnée, Wilbur Ross avait justifié cette décision : « Nous ne tolérerons pas la répression »."
    pelosi = "La présidente de la Chambre des représentants, Nancy Pelosi, a souligné : « Des millions de personnes subissent des violations »."
    passages = [_p("a", ross, "fr"), _p("b", pelosi, "fr")]
    ranked = EvidenceSelector(ConstantFakeEmbedder()).select("Which House leader does the SenseTime article quote?", passages)
    assert ranked[0].sentence == pelosi  # "the SenseTime article" says where to look, not what the answer holds


def test_a_question_on_timing_prefers_a_date_relative_to_another_event():
    from assistant.answering import EvidenceSelector

    timing = "The timing of the move, just a few days ahead of the latest talks, might seem a bit inflammatory."
    passages = [_p("a", "En conséquence, SenseTime a préféré annoncer le report de son introduction, afin de préserver les investisseurs.", "fr"),
                _p("b", timing, "en")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    question = "Why might the timing of the announcement look provocative?"
    assert selector.select(question, passages)[0].sentence == timing  # not the reason "afin de" gives for another act


def test_a_follow_up_s_pronoun_needs_an_article_naming_what_it_stands_for(monkeypatch):
    """"How much was his deal with them worth?" after a turn on Antoine Griezmann and Huawei: an article naming
    neither does not answer it, however close its figures."""
    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"antoine", "griezmann", "huawei"}))  # names the articles spell
    ipo = "SenseTime a reporté son introduction en Bourse pour un montant de 767 millions de dollars."
    assert check_support("How much was his deal with them worth?", [ipo]).supported
    assert not check_support("How much was his deal with them worth?", [ipo], referred={"antoine", "griezmann", "huawei"}).supported
    assert check_support("How much was his deal with them worth?", ["Antoine Griezmann a rompu avec Huawei."], referred={"griezmann", "huawei"}).supported
    # a place, or a word the articles do not spell as a name ("French football star", « Parce qu'… »), names nothing
    assert not check_support("Why?", ["La France a salué la décision."], referred={"french", "antoine", "griezmann"}).supported
    assert check_support("Why?", ["La France a salué la décision."], referred={"french", "parce"}).supported


def test_what_an_article_says_could_not_be_determined_is_refused():
    from assistant.answering import left_undetermined

    undetermined = "Il n’a pas été possible de déterminer si ou comment les clients d’Alibaba avaient utilisé l’outil de détection des minorités."
    assert left_undetermined("Quels clients d'Alibaba Cloud ont utilisé l'outil de détection ?", undetermined)
    assert left_undetermined("Which Alibaba Cloud customers actually used the detection tool?", undetermined)
    assert left_undetermined("So which of its customers actually used it?", undetermined)  # a short follow-up
    assert left_undetermined("Which of its cloud customers actually used that feature?", undetermined)
    assert left_undetermined("Which of the cloud provider's business customers actually put the feature to use?", undetermined)
    assert not left_undetermined("Which of the Alibaba tools was used to detect minorities?", undetermined)
    assert not left_undetermined("Which of the detection tools did clients use to spot minorities?", undetermined)
    assert not left_undetermined("Which tool did Alibaba use?", "Il n’a pas été possible de déterminer si l’outil avait été utilisé.")
    # a question on whether it could be known is answered by that sentence
    assert not left_undetermined("Could it be determined how Alibaba's clients used the tool?", undetermined)
    # but « on sait quels … ? » asks which ones
    assert left_undetermined("on sait quels clients d'alibaba ont utilisé l'outil de detection des ouighours ?", undetermined)
    # nor does it say anything of another question that shares one word with it
    assert not left_undetermined("Which clients did Alibaba's website show?", undetermined)
    assert not left_undetermined("Quels clients d'Alibaba ont utilisé l'outil ?", "Les clients d'Alibaba ont utilisé l'outil pour détecter des visages.")


def test_a_reason_someone_declined_to_give_is_refused_from_a_sentence_near_the_best():
    from assistant.answering import left_unexplained

    # only for what was left unexplained: why Alibaba tested (or built) the tool, not why the tool is worrying
    declined = "Il a également refusé de dire pourquoi il avait testé des outils pour détecter les visages des minorités ethniques."
    assert left_unexplained("Pourquoi Alibaba testait-il des outils de détection des visages des minorités ?", declined)
    assert left_unexplained("Why did Alibaba develop a tool to detect the faces of minorities?", declined)
    assert not left_unexplained("Why would a tool detecting the faces of minorities like Alibaba's be dangerous?", declined)

    declined = "Il a également refusé de dire pourquoi il avait testé des outils pour détecter les visages des minorités ethniques."
    assert left_unexplained("Pour quelle raison Alibaba a-t-il testé un outil de détection des visages ouïghours ?", declined)
    assert left_unexplained("Why did Alibaba test tools to detect the faces of ethnic minorities?", declined)
    assert not left_unexplained("What did Alibaba test?", declined)  # no reason asked
    assert not left_unexplained("Why did Amazon buy the cameras?", declined)  # another matter


def test_the_sentence_before_a_passage_is_the_articles_sentence_before_its_first_one():
    from types import SimpleNamespace

    from assistant.pipeline import Assistant, sentences_before

    def chunk(position, text):
        return Chunk(id=str(position), doc="a.txt", title="T", lang="fr", text=text, position=position)

    first = chunk(0, "Le gouvernement a enfermé la minorité dans des camps d'internement au Xinjiang. Il a également déployé un vaste réseau de surveillance, utilisant la reconnaissance faciale et les tests génétiques.")
    overlapping = chunk(1, "Il a également déployé un vaste réseau de surveillance, utilisant la reconnaissance faciale et les tests génétiques. Le programme a été dénoncé par de nombreux pays, dont les États-Unis, qui ont sanctionné plusieurs entreprises chinoises.")
    following = chunk(2, "Le programme a été dénoncé par de nombreux pays, dont les États-Unis, qui ont sanctionné plusieurs entreprises chinoises. Les États-Unis ont pris des sanctions contre plusieurs entreprises.")
    stub = SimpleNamespace(_article=lambda doc: ("", "", sentences_before([first, overlapping, following])))
    passages = [Passage(c, 0.0) for c in (following, overlapping, first)]
    assert Assistant._sentences_before(stub, passages) == [
        "Il a également déployé un vaste réseau de surveillance, utilisant la reconnaissance faciale et les tests génétiques.",
        "Le gouvernement a enfermé la minorité dans des camps d'internement au Xinjiang.",
        "",
    ]


def test_where_a_figure_comes_from_is_asked_of_whoever_reported_it():
    from assistant.answering import EvidenceSelector

    reported = "Amazon a acheté pour 10 millions de dollars de caméras, rapporte Reuters en citant des sources."
    passages = [_p("a", "Le géant aurait acheté 1 500 appareils photo au Zhejiang Dahua pour ses entrepôts américains.", "fr"), _p("b", reported, "fr")]
    assert EvidenceSelector(ConstantFakeEmbedder()).select("D'où vient ce chiffre ?", passages)[0].sentence == reported


def test_that_list_is_the_list_of_the_body_the_last_question_named():
    from assistant.answering import missing_answer_type, with_list_owner

    earlier = ["Quelle mesure la Maison Blanche a-t-elle prise le mois précédent contre des entreprises chinoises ?"]
    question = with_list_owner("Combien de sociétés figuraient sur cette liste ?", earlier)
    assert question == "Combien de sociétés figuraient sur cette liste ? (Maison Blanche list)"
    commerce = ["En tout ce sont 28 organisations chinoises qui viennent d’être ajoutées à cette liste."]
    assert missing_answer_type(question, commerce) == "count"  # the Commerce list's count is not the White House's
    assert with_list_owner("Combien de sociétés figuraient sur cette liste ?", ["Qui a publié la liste ?"]) == "Combien de sociétés figuraient sur cette liste ?"
    assert with_list_owner("Who published it?", earlier) == "Who published it?"


def test_none_of_a_noun_is_the_noun_right_after_the_negation():
    from assistant.answering import missing_answer_type

    question = "Combien de sociétés figuraient sur la liste de la Maison Blanche ?"
    closed = "Il est préférable que ces entreprises n’aient aucune porte d’entrée avec le pays."  # « entrée » is no « entreprise »
    assert missing_answer_type(question, ["Ce sont 28 organisations chinoises.", closed]) == "count"
    assert missing_answer_type("Combien de licences ont été accordées ?", ["As yet no licences have even been issued."]) is None


def test_a_person_asked_for_is_preferred_when_the_question_names_no_other_body_for_them():
    from assistant.answering import EvidenceSelector

    pelosi = "La présidente démocrate de la Chambre des représentants, Nancy Pelosi a souligné la gravité des violations."
    vote = "La Chambre des représentants américaine a adopté un texte sur le travail forcé au Xinjiang, mercredi."
    passages = [_p("a", vote, "fr"), _p("b", pelosi, "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    assert selector.select("Quelle responsable politique américaine a dénoncé le travail forcé au Xinjiang ?", passages)[0].sentence == pelosi
    # a Treasury official is not the Commerce Secretary, and "that representative" is one the conversation named
    ross = "En 2019, le département du Commerce a annoncé la sanction de SenseTime, le secrétaire au Commerce, Wilbur Ross, l'a justifiée."
    treasury = "Le Trésor américain a annoncé la nouvelle sanction contre SenseTime, vendredi dernier, selon le communiqué."
    passages = [_p("a", treasury, "fr"), _p("b", ross, "fr")]
    assert selector.select("Quel responsable du Trésor a annoncé la nouvelle sanction contre SenseTime ?", passages)[0].sentence == treasury


def test_the_other_one_is_the_firm_named_earlier_that_the_last_turn_was_not_about():
    from assistant.pipeline import normalize_history, other_referents
    from assistant.text import know_names

    know_names(["Hikvision", "Dahua"])
    turns = normalize_history([
        {"role": "user", "content": "Which two firms does the French article call the biggest?"},
        {"role": "assistant", "content": "Hikvision Digital Technology and Dahua Technology."},
        {"role": "user", "content": "How did Hikvision react?"},
        {"role": "assistant", "content": "It told Bloomberg it firmly opposed the decision."},
    ])
    assert other_referents("And did the other one respond?", turns) == {"dahua"}
    assert other_referents("Et l'autre article, que dit-il ?", turns) == set()  # another article, not another firm
    assert other_referents("And did it respond?", turns) == set()
    assert other_referents("And did the other one respond?", turns[2:]) == set()  # nothing named earlier


def test_where_shares_trade_prefers_the_sentence_on_an_exchange():
    from assistant.answering import EvidenceSelector

    passages = [_p("a", "Alibaba est le partenaire officiel des services cloud pour les jeux olympiques.", "fr"),
                _p("b", "Les actions d’Alibaba se négocient à la Bourse de New York.", "fr")]
    selector = EvidenceSelector(ConstantFakeEmbedder())
    for question in ("Where are Alibaba's shares traded?", "where are alibaba shares listed again?", "Où les actions d'Alibaba sont-elles cotées ?"):
        assert "Bourse" in selector.select(question, passages)[0].sentence, question
    assert "Bourse" not in selector.select("Where is Alibaba the official cloud partner?", passages)[0].sentence


def test_a_product_referred_to_is_the_one_of_the_firm_the_conversation_named():
    from assistant import text
    from assistant.answering import referred_to

    known = text._OPENING_NAMES
    text.know_names(["Huawei", "Alibaba"])  # names the articles spell
    try:
        assert referred_to("Sur combien de caméras ce logiciel a-t-il été installé ?", {"huawei", "washington"}, set()) == {"huawei"}  # not a place
        assert referred_to("How widely was that tool used?", {"alibaba", "un"}, set()) == {"alibaba"}  # nor a word opening the answer
        assert referred_to("Sur combien de caméras le logiciel de Huawei a-t-il été installé ?", {"alibaba"}, set()) == set()  # named
        assert referred_to("Qu'a fait leur logiciel de détection des Ouïghours ?", {"sensetime", "megvii"}, set()) == set()  # theirs: whose?
    finally:
        text._OPENING_NAMES = known


def test_a_claim_naming_another_outlet_exchange_or_system_is_corrected_by_the_sentence_naming_the_right_one():
    from assistant.answering import claim_corrected

    post = "Le Washington Post a rapporté que Huawei avait testé un logiciel capable d'alerter la police."
    nyse = "Les actions d’Alibaba se négocient à la Bourse de New York."
    ios = "You may recall that the recent hack discovered for iOS devices was aimed at these groups."
    assert claim_corrected("Est-il vrai que c'est le Wall Street Journal qui a révélé le logiciel de Huawei ?", ("wall", "street"), [post])
    assert claim_corrected("Is it true that Alibaba's shares are traded on the Nasdaq?", ("nasdaq",), [nyse])
    assert claim_corrected("Est-il exact que le piratage visait des appareils Android ?", ("android",), [ios])
    # the claim's other terms in the sentence's passage, where the sentence itself leaves the firm out
    reuters = "Amazon a acheté pour 10 millions de dollars de caméras à une entreprise sur liste noire, rapporte Reuters en citant des sources."
    claim = "Is it true that Bloomberg broke the story of Amazon's $10 million Dahua camera purchase?"
    assert claim_corrected(claim, ("bloomberg",), [reuters], [f"{reuters} Le géant aurait acheté 1 500 appareils photo au Zhejiang Dahua."])
    assert not claim_corrected(claim, ("bloomberg",), [reuters])
    # a backer, a brand, a cabinet secretary named for another
    backed = "D’autres géants comme SenseTime Group ou encore Megvii Technology font partie de cette liste. Ces deux sociétés sont soutenues par Alibaba."
    assert claim_corrected("Someone told me SenseTime and Megvii are both backed by Tencent. Is that right?", ("tencent",), [backed])
    assert claim_corrected("Is it correct that Dahua's cameras are often relabelled and sold under the Bosch brand?", ("bosch",), [_OTHER_BRANDS_SENTENCE])
    assert claim_corrected("Is it correct that Gina Raimondo, as Commerce Secretary, justified SenseTime's 2019 blacklisting?", ("gina", "raimondo"), [_ROSS_ON_SENSETIME])
    # not by a sentence naming no one of that kind
    assert not claim_corrected("Is it true that Janet Yellen personally announced SenseTime's return to the Treasury blacklist?", ("janet", "yellen"), [_TREASURY_AGAIN])
    # nor one more of that kind ("too"), nor a sentence naming none of the claim's other names itself
    assert not claim_corrected("Is it true that Xiaomi was put on the entity list too?", ("xiaomi",), [backed])
    assert not claim_corrected("Is it true that Tencent backs Hikvision?", ("tencent",), [backed], [f"Parmi les sociétés, nous retrouvons Hikvision et Dahua. {backed}"])
    # a group, a brand, a secretary claimed as something else than a backer, a brand, the one who justified the listing
    assert not claim_corrected("Is it true that Tencent is listed in New York?", ("tencent",), [nyse])
    assert not claim_corrected("Is it true that Sony bought 1,500 cameras from Dahua?", ("sony",), [_OTHER_BRANDS_SENTENCE])
    assert not claim_corrected("Est-il vrai que Janet Yellen a annoncé la nouvelle mise sur liste noire de SenseTime ?", ("janet", "yellen"), [_ROSS_ON_SENSETIME])
    assert claim_corrected("C'est Mike Pompeo lui-même qui avait justifié en 2019 l'inscription de SenseTime, non ?", ("mike", "pompeo"), [_ROSS_ON_SENSETIME])  # « lui-même » is no "also"
    # not a question that checks a claim; not when the lacking term is of no such kind; nor without the right one
    assert not claim_corrected("Did the Wall Street Journal report on Huawei?", ("wall", "street"), [post])
    assert not claim_corrected("Is it true that the Wall Street Journal interviewed Yitu?", ("wall", "street", "yitu"), [post])
    assert not claim_corrected("Is it true that Alibaba's shares are traded on the Nasdaq?", ("nasdaq",), [post])
    # (a review's regressions) the same exchange by another name confirms the claim; another firm's exchange, or an
    # outlet that reported something else, corrects nothing
    assert not claim_corrected("Is it true that Alibaba's shares trade on the NYSE?", ("nyse",), [nyse])
    assert not claim_corrected("Is it true that Megvii planned an IPO on the Shanghai Stock Exchange?", ("shanghai", "stock", "exchange"),
                               ["SenseTime vient d’annoncer le report de son introduction à la Bourse de Hong Kong."])
    assert not claim_corrected("Is it true that CNN reported the recent iOS hack?", ("cnn",), ["One of the firms, Hikvision, told Bloomberg: “Punishing Hikvision will deter global companies.”"])
    ross = "En 2019, le secrétaire au Commerce, Wilbur Ross avait justifié la mise sur liste noire de SenseTime."
    assert claim_corrected("Est-il exact que c'est Mike Pompeo qui avait justifié en 2019 l'inscription de SenseTime ?", ("mike", "pompeo"), [ross])  # a secretary for another
    # a party, a region
    pelosi = "La présidente démocrate de la Chambre des représentants, Nancy Pelosi, a dénoncé des violations massives des droits de l'homme."
    assert claim_corrected("Is it right that Nancy Pelosi is a Republican?", ("republican",), [pelosi])
    commerce = "The US Department of Commerce has ruled that the companies were complicit in repression against Uighurs in the Xinjiang Uighur Autonomous Region."
    assert claim_corrected("Est-il exact que, d'après le ministère du Commerce, la répression se concentre surtout au Tibet ?", ("tibet",), [commerce])
    assert not claim_corrected("Est-il exact qu'Amazon a installé des caméras au Tibet ?", ("tibet",), [commerce])  # not a sentence on Amazon
    assert not claim_corrected("Is it true that the Xinjiang bill was backed by Republicans?", ("republicans",), [pelosi])  # no person's party
    assert not claim_corrected("Is it true that Uighurs are also persecuted in Tibet?", ("tibet",), [commerce])  # also: not instead
    assert claim_corrected("Is it true that the lawmaker quoted about it is a Republican?", ("republican",), [pelosi])  # a lawmaker is a person
    assert not claim_corrected("Is it true that Republican lawmakers pushed the Xinjiang bill through the House?", ("republican",), [pelosi])  # the bill's backers
    # a consumer brand, an event partnered, who an estimate is credited to
    brands = "Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes pour vendre aux acheteurs chinois."
    assert claim_corrected("Is it true that Adidas is one of the international brands cited as selling to Chinese shoppers through Alibaba's platforms?", ("adidas",), [brands], [f"Alibaba est un géant chinois. {brands}"])
    assert not claim_corrected("Is it true that Adidas also sells through Alibaba's platforms?", ("adidas",), [brands])
    assert claim_corrected("Est-il exact qu'Alibaba est le partenaire officiel des services cloud de la FIFA ?", ("fifa",), [_OLYMPICS])
    assert not claim_corrected("Est-il exact qu'Alibaba a acheté la FIFA ?", ("fifa",), [_OLYMPICS])  # no partnership claimed
    un = "Les Nations unies estiment que la Chine a emprisonné plus d’un million de Ouïgours et d’autres minorités dans des camps d’internement."
    assert claim_corrected("Est-il exact que l'estimation de plus d'un million d'Ouïghours emprisonnés est attribuée à des ONG ?", ("ong",), [un])


def test_what_a_question_sets_aside_is_not_the_name_that_opens_the_answering_sentence():
    from assistant import text
    from assistant.answering import missing_answer_type

    known = text._OPENING_NAMES
    text.know_names(["Alibaba", "Amazon", "Honeywell", "Dahua"])  # names the articles spell
    try:
        olympics = ["Alibaba est le partenaire officiel des services cloud pour le jeux olympiques."]
        assert missing_answer_type("À part Amazon, laquelle est le partenaire cloud officiel des jeux olympiques ?", olympics) is None
        honeywell = ["Dahua est l’un des plus grands fabricants de caméras, vendus sous d’autres marques telles que Honeywell."]
        assert missing_answer_type("À part Honeywell, lesquelles ?", honeywell) == "name"  # Dahua is what is resold
    finally:
        text._OPENING_NAMES = known


@pytest.mark.parametrize(
    "question, counted",
    [
        ("How many of the blacklisted companies specialise in facial recognition?", "companies"),
        ("How many of the firms added to the list were AI specialists?", "firms"),  # not the participle after it
        ("How many of the eight blacklisted firms do voice recognition?", None),  # the noun is past the window
        ("How many members voted for it?", "voted"),  # a participle that is the verb counts votes
        ("How many Amazon warehouses got the cameras?", "warehouses"),
    ],
)
def test_the_counted_noun_is_neither_a_participle_before_it_nor_one_after_it(question, counted):
    from assistant.answering import _counted_noun
    from assistant.text import fold

    assert _counted_noun(fold(question)) == counted


def test_what_could_not_be_determined_or_was_not_explained_is_no_answer():
    from assistant.answering import left_undetermined, left_unexplained

    undetermined = "Il n’a pas été possible de déterminer si ou comment les clients d’Alibaba avaient utilisé l’outil de détection des minorités"
    assert left_undetermined("Combien d'entreprises clientes d'Alibaba se sont réellement servies de l'outil de repérage des Ouïghours ?", undetermined)
    declined = "Il a également refusé de dire pourquoi il avait testé des outils pour détecter les visages des minorités ethniques."
    assert left_unexplained("Et pourquoi ils avaient testé cet outil au départ ?", declined)  # a short follow-up shares two words
    assert not left_unexplained("Pourquoi l'outil inquiète ?", declined)


def test_words_that_only_name_the_article_need_not_be_in_its_passages():
    question = "c'est quoi les 2 plus grosses boites de reconnaissance faciale au monde d'apres l'article sur les 28 boites"
    passage = "Parmi les société présentes sur cette liste, nous retrouvons Hikvision et Dahua. Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde."
    article = "28 entreprises chinoises sont désormais blacklistées. " + passage
    assert check_support(question, [passage], articles=[article]).missing == ()
    # …when the article quoted has it: "the French piece on the 28 firms" is not an article without 28
    assert check_support(question, [passage], articles=[passage]).missing == ("28",)
    assert check_support("Quelles sont les 2 plus grosses boites de reconnaissance faciale parmi les 28 ?", [passage], articles=[article]).missing == ("28",)


def test_slang_for_money_and_cameras_is_spelt_out():
    from assistant.text import spell_out

    assert spell_out("alibaba a mis cmb de thunes dans sensetime", "fr") == "alibaba a mis combien d'argent dans sensetime"
    assert spell_out("how many hikvision cams r installed", "en") == "how many hikvision cameras r installed"
    assert spell_out("c koi les 2 plus grosses boites", "fr") == "c'est quoi les 2 plus grosses boites"


def test_an_exchange_is_that_of_the_firm_asked_about(monkeypatch):
    from assistant.answering import missing_answer_type

    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"alibaba", "megvii", "sensetime"}))  # as know_names sets them
    new_york = ["Les actions d’Alibaba se négocient à la Bourse de New York et appartiennent à de grands investisseurs internationaux."]
    assert missing_answer_type("Alibaba, the Olympics cloud partner: what stock exchange do its shares trade on?", new_york) is None
    hong_kong = ["En conséquence, SenseTime a préféré annoncer le report de son introduction à la Bourse de Hong Kong."]
    assert missing_answer_type("Sur quelle place boursière Megvii prévoyait-elle de s'introduire ?", hong_kong) == "name"
    assert missing_answer_type("Sur quelle place boursière SenseTime prévoyait-elle de s'introduire ?", hong_kong) is None


def test_who_is_on_the_investment_bans_list_is_not_told_by_the_entity_lists_members():
    from assistant.answering import list_members_untold

    entity = "Parmi les société présentes sur cette liste, nous retrouvons Hikvision Digital Technology et Dahua Technology."
    ban = "Le mois dernier, la Maison Blanche a interdit aux Américains d’investir dans une liste d’entreprises liées à l’armée chinoise."
    said = ["Elle a interdit aux Américains d'investir dans une liste d'entreprises liées à l'armée chinoise."]
    asked = ["Qu'a décidé la Maison Blanche le mois dernier ?"]
    assert list_members_untold("Lesquelles exactement ?", asked, said, [ban])
    assert list_members_untold("Which companies are actually on that list?", ["Is there a ban on Americans investing in Chinese firms?"], ["Yes."], [entity])
    assert list_members_untold("Was Hikvision among the companies Americans were barred from investing in last month?", [], [], [entity])
    # a sentence tying firms to that list would answer; other lists and other questions are not this one
    assert not list_members_untold("Lesquelles exactement ?", asked, said, ["La liste des entreprises liées à l'armée chinoise comprend Huawei et ZTE."])
    assert not list_members_untold("Which companies are on the entity list?", asked, said, [entity])
    assert not list_members_untold("Which AI firms does Alibaba invest in?", [], [], [entity])
    assert not list_members_untold("Why did the White House ban investing in them?", [], [], [ban])
    assert not list_members_untold("La Maison Blanche a-t-elle interdit aux Américains d'investir dans certaines entreprises chinoises ? Lesquelles ?", [], [], [ban])
    assert not list_members_untold("Quelle mesure la Maison Blanche a-t-elle prise contre les entreprises liées à l'armée chinoise ?", [], [], [ban])
    assert not list_members_untold("what did the white house do last month about companies tied to china's military?", [], [], [ban])
    assert not list_members_untold("Which companies are on that list?", ["Which firms were added to the entity list?"], ["Hikvision and Dahua."], [entity])
    # a new question after a turn on the ban, pointing back at no list
    assert not list_members_untold("Which companies make surveillance cameras?", ["Did the White House ban Americans from investing in Chinese firms?"], ["Yes."], [entity])


def test_american_firms_asked_for_are_not_named_by_chinese_ones(monkeypatch):
    from assistant.answering import missing_answer_type

    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"amazon", "hikvision"}))  # as know_names sets it
    backed = "D’autres géants de l’intelligence artificielle comme SenseTime Group ou encore Megvii Technology font également partie de cette liste. Ces deux sociétés sont soutenues par Alibaba."
    licence = "Under the ruling, any US company that wants to do business with those on the list has to apply for a licence to sidestep the ban."
    assert missing_answer_type("Quelles entreprises américaines font partie des partenaires commerciaux de Hikvision ?", [backed]) == "name"
    assert missing_answer_type("Which US companies have already applied for a licence to keep working with Hikvision?", [licence]) == "name"
    # an American firm named, or the kind followed by them
    assert missing_answer_type("Which US company bought cameras from Dahua?", ["Selon Reuters, Amazon a acheté pour 10 millions de dollars de caméras à Dahua."]) is None
    assert missing_answer_type("Quelles marques américaines utilisent les plateformes d'Alibaba ?", ["Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes."]) is None
    assert missing_answer_type("Which Chinese companies back SenseTime?", [backed]) is None  # not asked for by that nationality


def test_a_bare_rest_is_the_rest_of_what_the_conversation_counted():
    from assistant.answering import missing_answer_type, with_rest_noun

    counted = ["Amazon en a acheté 1 500.", "Combien de caméras Amazon a-t-elle commandées à Dahua ?"]
    asked = with_rest_noun("Et les autres, dans quels pays ont-elles été envoyées ?", counted)
    assert asked == "Et les autres cameras, dans quels pays ont-elles été envoyées ?"
    assert missing_answer_type(asked, [_CAMERAS_THIRD]) == "place"
    # sentences that never tell of cameras tell nothing of the others
    assert missing_answer_type(asked, [_AMAZON_SPOKESPERSON, "Les Nations unies estiment que la Chine a emprisonné plus d’un million de Ouïgours."]) == "place"
    assert missing_answer_type(asked, ["Les autres caméras ont été envoyées en Europe."]) is None
    assert with_rest_noun("and where's the rest going?", ["1,500.", "How many cameras did Amazon get from Dahua?"]) == "and where's the other cameras going?"
    assert with_rest_noun("Et les autres ?", ["Au moins un tiers de ces caméras.", "Où vont-elles ?"]) == "Et les autres cameras ?"
    assert with_rest_noun("and the rest?", ["Up to a third of the video surveillance sector.", "How big are they?"]) == "and the rest?"  # not a part of those told
    # nothing counted nor told in part, or the rest given its own noun
    assert with_rest_noun("and the others?", ["Hikvision and Dahua.", "Which firms were blacklisted?"]) == "and the others?"
    assert with_rest_noun("Et les autres marques ?", counted) == "Et les autres marques ?"


def test_another_of_a_kind_asked_for_is_not_named_by_the_one_the_conversation_named(monkeypatch):
    from assistant.answering import another_unnamed

    monkeypatch.setattr("assistant.text._OPENING_NAMES", frozenset({"huawei", "griezmann", "antoine", "honeywell", "dahua", "post", "amazon", "zhejiang"}))  # as know_names sets them
    report = "Le reportage du Post, qui citait un document trouvé sur le site Web de Huawei, a conduit une star du football français, Antoine Griezmann, à rompre les liens avec l'entreprise."
    asked, said = ["Which footballer cut ties with Huawei?"], ["The French football star Antoine Griezmann, who had been an ambassador for Huawei smartphones."]
    assert another_unnamed("Is it true he then signed as an ambassador for another smartphone brand? Which one?", asked, said, [report])
    assert another_unnamed("Quelle autre marque Griezmann a-t-il représentée ?", asked, said, [report])
    # a firm the conversation has not named answers; so does a question asking no name, or no other one
    relabelled = "Dahua est l’un des plus grands fabricants de caméras de surveillance au monde, et ses produits sont vendus sous d’autres marques telles que Honeywell."
    assert not another_unnamed("Which other brands sell Dahua cameras?", ["Who makes the cameras Amazon bought?"], ["Dahua."], [relabelled])
    assert not another_unnamed("Did he sign with another brand?", asked, said, [report])
    assert not another_unnamed("Which brand did he represent?", asked, said, [report])
    # others the question names, not asks for
    assert not another_unnamed("What sets Hikvision and Dahua apart from other facial recognition firms?", [], [], ["Il s’agit des deux plus grandes sociétés de reconnaissance faciale au monde."])
    assert not another_unnamed("Quelle a été la position de Pékin vis-à-vis de l'inscription de Dahua et des autres sociétés ?", [], [], [_DAHUA_DENIES])
    # the others of a kind the last answer told of, a firm named where no brand is
    bought = "Le géant du commerce électronique aurait acheté 1 500 appareils photo au Zhejiang Dahua, en Chine, commandées par Amazon."
    brands = ["Sous quelles marques les produits Dahua sont-ils revendus ?"], ["Ils sont vendus sous d'autres marques populaires, par exemple Honeywell."]
    assert another_unnamed("Ok, et à part Honeywell, lesquelles ?", *brands, [bought, relabelled])
    assert another_unnamed("ok which other brands besides that one?", ["Are Dahua cameras ever sold under other names?"], ["Yes, under other popular brands, such as Honeywell."], [bought, relabelled])
    assert not another_unnamed("Ok, et à part Honeywell, lesquelles ?", *brands, ["Ses produits sont aussi vendus sous la marque Huawei."])
    # the one the question sets aside by description is the one its best sentence names
    described = "Besides the one brand the article names, which other popular brands sell relabelled Dahua products?"
    assert another_unnamed(described, [], [], [relabelled, "Marques internationales comme Nike, Starbucks et Ralph Lauren utilisent ses plates-formes."])
    assert not another_unnamed(described, [], [], ["Ses produits sont vendus sous d'autres marques telles que Honeywell et Huawei."])


def test_a_choice_offered_first_pairs_its_names():
    from assistant.answering import _alternatives

    assert ("hikvision", "dahua") in _alternatives("Between Dahua and Hikvision, which one does the Amazon article say has its products relabelled?")
    assert ("dahua", "hikvision") in _alternatives("Entre Hikvision et Dahua, laquelle est citée ?")
    assert _alternatives("Were the talks between the US and China held in Beijing?") == []


def test_descriptions_stand_for_the_names_they_fit():
    from assistant.lexicon import described_names
    from assistant.text import fold

    assert described_names(fold("À quoi servent les appareils commandés par le géant du commerce en ligne ?")) == ["Amazon"]
    assert described_names(fold("How did the Chinese e-commerce giant respond?")) == ["Alibaba"]
    assert described_names(fold("Comment le géant chinois des télécoms a-t-il réagi ?")) == ["Huawei"]
    assert described_names(fold("What did the French football star say?")) == ["Griezmann"]
    assert described_names(fold("What did Amazon, the e-commerce giant, buy?")) == []  # named already
    assert described_names(fold("Which firms were blacklisted?")) == []
    # "e-commerce giant" is Amazon when told by what it bought, not Alibaba's cloud, nor beside a name
    assert described_names(fold("Which e-commerce giant's cloud unit showed customers how to detect Uyghur faces?")) == []
    assert described_names(fold("On which stock exchange are shares of the e-commerce giant Alibaba traded?")) == []


def test_a_sentence_cut_short_by_a_stray_full_stop_reads_on_from_the_one_before():
    from assistant.answering import _read_on

    before = "Le site a montré l'outil, selon des pages découvertes par la publication de l’industrie de la surveillance."
    assert _read_on(before, "IPVM et partagé avec le New York Times.") == f"{before} IPVM et partagé avec le New York Times."
    assert _read_on(before, "Amazon et Alibaba sont des géants.") == ""


def test_police_bureaus_must_be_named_for_a_question_on_them():
    # « la police » is in the articles (Huawei's alerts, « la police disciplinaire »); no bureau is among the listed
    listed = ["L’année dernière, l’administration a ajouté 28 entités chinoises, y compris des fabricants de matériel de surveillance, à une liste noire. Huawei alerte la police."]
    assert "bureaus" in check_support("How many Xinjiang police bureaus were among the blacklisted entities?", listed).missing
    assert check_support("Which company's software alerts the police?", listed).supported
