from pathlib import Path

import pytest

from assistant.chunking import chunk_id, split_article
from assistant.corpus import parse_article, read_article
from assistant.errors import UnsupportedDocument
from assistant.types import Article

from conftest import CORPUS


def test_boilerplate_dropped_and_article_sentences_kept():
    article = read_article(CORPUS / "004_5bdc58e3acd52100.txt")
    assert article.lang == "fr"
    assert "[Read:" not in article.text
    assert "coronavirus, amazone, dahua" not in article.text
    assert "\n0\n" not in article.text and "195" not in article.text
    assert "1 500 appareils photo au Zhejiang Dahua" in article.text


def test_newsletter_footer_dropped():
    article = read_article(CORPUS / "001_d94b0f9161f890bb.txt")
    assert "Newsletter" not in article.text and "PROPOS DE NOUS" not in article.text
    assert article.text.rstrip().endswith("erronée de notre entreprise.”")
    assert article.title.startswith("Volte-face de SenseTime")


def test_english_article_metadata_and_comment_prompt_dropped():
    article = read_article(CORPUS / "003_6e98a51c86c69fa2.txt")
    assert article.lang == "en"
    assert article.title.startswith("US adds Chinese AI")
    assert "Leave comment" not in article.text and "email address" not in article.text


def test_html_and_markdown_are_read():
    html = b"<html><head><title>Dahua sanctions</title></head><body><article><p>The Commerce Department added Dahua to the entity list in October because of surveillance in Xinjiang.</p></article></body></html>"
    article = parse_article("page.html", html)
    assert article.title == "Dahua sanctions" and "Commerce Department added Dahua" in article.text
    md = "# Titre\n\nLe **Trésor** américain a placé [SenseTime](http://x) sur sa liste noire en décembre dernier.".encode()
    article = parse_article("note.md", md)
    assert article.title == "Titre" and "Le Trésor américain a placé SenseTime" in article.text


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("a.pdf", b"%PDF-1.4", "unsupported file type"),
        ("a.txt", b"\xff\xfe\xfa bad bytes \xc3\x28", "not valid UTF-8"),
        ("a.txt", b"   \n  ", "no article text"),
        ("a.txt", b"x" * 100, "over the"),
        ("a.txt", b"abc\x00def" * 20, "binary"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(name, data, message):
    with pytest.raises(UnsupportedDocument, match=message):
        parse_article(name, data, max_bytes=50 if data == b"x" * 100 else None)


def _article(text: str) -> Article:
    return Article(doc="t.txt", title="T", lang="fr", text=text)


def test_passages_end_at_sentence_boundaries_and_ids_are_content_hashes():
    text = "Titre court\n" + " ".join(f"Phrase numéro {i} qui parle de Dahua et de Hikvision." for i in range(40))
    chunks = split_article(_article(text), target_chars=300, overlap_chars=80)
    assert len(chunks) > 3
    for c in chunks:
        assert c.text.rstrip().endswith(".") and len(c.text) <= 300 + 60
        assert c.id == chunk_id("t.txt", c.text)
    again = split_article(_article(text), target_chars=300, overlap_chars=80)
    assert [c.id for c in again] == [c.id for c in chunks]
    # Overlap repeats the last sentence of a passage at the start of the next one.
    assert chunks[1].text.split(". ")[0] in chunks[0].text


def test_editing_one_sentence_changes_only_nearby_ids():
    text = "\n".join(f"Paragraphe {i}. " + " ".join(f"Phrase {i}-{j} sur la liste noire." for j in range(6)) for i in range(6))
    before = {c.id for c in split_article(_article(text), target_chars=250)}
    after = {c.id for c in split_article(_article(text.replace("Phrase 5-3", "Phrase modifiée")), target_chars=250)}
    assert before != after and len(before & after) >= len(before) - 2


def test_a_sentence_announcing_a_quotation_stays_with_it():
    lead = "Se disant prise au milieu de tensions, la société récuse cette décision :"
    quote = "“Nous nous opposons fermement à cette inscription et aux accusations dont nous sommes l’objet.”"
    text = " ".join(f"Phrase {i} sur SenseTime et sa cotation." for i in range(5)) + f" {lead}\n{quote}\n" + "Une autre phrase. " * 8
    chunks = split_article(_article(text), target_chars=300)
    with_lead = [c.text for c in chunks if lead in c.text]
    assert with_lead and all(quote in t for t in with_lead)  # no passage ends on the announcement
    assert not any(c.text.rstrip().endswith(":") for c in chunks)


def test_chunk_id_depends_on_document():
    assert chunk_id("a.txt", "same") != chunk_id("b.txt", "same")


def test_bad_target_size_is_named():
    with pytest.raises(ValueError, match="target_chars must be greater than 0, got 0"):
        split_article(_article("Une phrase."), target_chars=0)
