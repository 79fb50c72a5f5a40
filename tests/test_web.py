"""The web chat: rendering and handlers against a fake assistant, then the real page in headless Chromium.

Browser tests serve the real assistant (real model, real Chroma, a copy of the corpus) and drive
Debian's Chromium; screenshots land in test-artifacts/.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import urllib.request
from pathlib import Path

import gradio as gr
import pytest

from assistant.errors import ConfigurationError
from assistant.types import Answer, Citation, DocumentInfo
from assistant.web import (
    TYPING,
    Exchange,
    WebChat,
    _port,
    build_ui,
    chat_messages,
    chat_text,
    highlight,
    history,
    render_documents,
    render_sources,
    serve,
)
from browser import FakeAssistant, PROJECT_ROOT, free_port

# --------------------------------------------------------------------------- rendering


def test_chat_text_keeps_markers_and_shows_markdown_literally():
    text = chat_text("Le Trésor a agi [1]. Coût : $10 et $5 *environ* [2] <b>x</b> [lien](http://x)")
    assert "[1]" in text and "[2]" in text
    assert r"\$10" in text and r"\*environ\*" in text
    assert r"\<b\>" in text
    assert r"\[lien]" in text


def test_chat_text_escapes_line_start_lists_and_headings():
    assert chat_text("1. premier\n- tiret\n# titre") == "1\\. premier\n\\- tiret\n\\# titre"


def test_highlight_marks_cited_sentences_and_escapes_html():
    passage = "Intro <b>bold</b>.  Le ministère du Commerce\na rendu cette liste publique. Fin."
    out = highlight(passage, ["Le ministère du Commerce a rendu cette liste publique."])
    assert "<mark>Le ministère du Commerce\na rendu cette liste publique.</mark>" in out
    assert "&lt;b&gt;bold&lt;/b&gt;" in out and "<b>" not in out


def test_highlight_merges_overlapping_sentences_and_ignores_missing_ones():
    out = highlight("A b c. D e f. G h.", ["A b c. D e", "c. D e f.", "not there"])
    assert out == "<mark>A b c. D e f.</mark> G h."


def _answer(**kw) -> Answer:
    citation = Citation(
        n=1,
        doc="000.txt",
        title="Titre <script>alert(1)</script>",
        lang="fr",
        text="Avant. Le ministère du Commerce a rendu cette liste publique. Après.",
        sentences=("Le ministère du Commerce a rendu cette liste publique.",),
    )
    second = Citation(n=2, doc="003.txt", title="US adds firms", lang="en", text="The Commerce Department acted.")
    fields = dict(question="Qui ?", answer="Le ministère [1]. Et [2].", refused=False, citations=(citation, second), lang="fr")
    return Answer(**{**fields, **kw})


def test_sources_panel_has_one_card_per_citation_with_title_language_and_highlight():
    html = render_sources(_answer(), turn=2)
    assert html.count('class="src-card') == 2
    assert 'data-turn="2" data-n="1"' in html and 'data-turn="2" data-n="2"' in html
    assert "<mark>Le ministère du Commerce a rendu cette liste publique.</mark>" in html
    assert "Français" in html and "Anglais" in html  # language names in the answer's language
    assert "Sources de la réponse 3" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    # the card's badge has the colour class of its marker
    assert 'class="src-card c2"' in html and 'class="cite-ref c2"' in html


def test_sources_panel_for_a_refusal_says_nothing_is_cited():
    html = render_sources(_answer(refused=True, citations=(), lang="en", notice="Model offline."), turn=0)
    assert "src-card" not in html
    assert "nothing is cited" in html and "Model offline." in html


def test_documents_table_lists_articles_with_passage_counts():
    html = render_documents([DocumentInfo("b.txt", "Beta <i>", "en", 3), DocumentInfo("a.txt", "Alpha", "fr", 2)])
    assert "2 articles · 5 passages indexed" in html
    assert html.index("Alpha") < html.index("Beta")
    assert "&lt;i&gt;" in html and 'data-doc="b.txt"' in html
    assert "No article" in render_documents([])


def test_chat_messages_show_typing_only_while_streaming():
    conversation = [Exchange("Q1", answer=_answer()), Exchange("Q2")]
    messages = chat_messages(conversation, "Partial [1]")
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[3]["content"].endswith(TYPING) and "[1]" in messages[3]["content"]
    assert TYPING not in messages[1]["content"]


def test_history_skips_failed_exchanges():
    conversation = [Exchange("Q1", answer=_answer()), Exchange("Q2", error="boom")]
    assert history(conversation) == [
        {"role": "user", "content": "Q1"},
        {"role": "assistant", "content": "Le ministère [1]. Et [2]."},
    ]


# --------------------------------------------------------------------------- handlers (fake assistant)


@pytest.fixture
def fake(tmp_path) -> FakeAssistant:
    return FakeAssistant(tmp_path)


def _run(chat: WebChat, question: str, conversation: list) -> list[tuple]:
    return list(chat.respond(question, conversation))


def test_respond_streams_then_shows_answer_and_sources(fake):
    updates = _run(WebChat(fake), "Quel ministère a publié la liste ?", [])
    chat_value, sources, box, conversation = updates[0][:4]
    assert box == "" and "src-pending" in sources and chat_value[-1]["content"].strip() == TYPING.strip()
    streamed = [u[0][-1]["content"] for u in updates[1:-1]]
    assert len(streamed) > 1 and all(TYPING in s for s in streamed)
    final_chat, final_sources, _, conversation = updates[-1][:4]
    assert "[1]" in final_chat[-1]["content"] and TYPING not in final_chat[-1]["content"]
    assert "<mark>Le ministère du Commerce a rendu cette liste publique.</mark>" in final_sources
    assert conversation[0].answer.citations[0].doc == "000_fr.txt"


def test_follow_up_sends_the_earlier_turns(fake):
    chat = WebChat(fake)
    conversation = _run(chat, "Which firms were put on the entity list?", [])[-1][3]
    _run(chat, "Who made that decision?", conversation)
    question, sent = fake.questions[-1]
    assert question == "Who made that decision?"
    assert [t["role"] for t in sent] == ["user", "assistant"]
    assert sent[0]["content"] == "Which firms were put on the entity list?"


def test_invalid_question_is_not_added_and_is_kept_in_the_box(fake):
    chat = WebChat(fake)
    with pytest.warns(UserWarning):
        updates = _run(chat, "x" * 2000, [])
    chat_value, _, box, conversation = updates[-1][:4]
    assert conversation == [] and chat_value == [] and box == "x" * 2000


def test_empty_question_changes_nothing(fake):
    updates = _run(WebChat(fake), "   ", [])
    assert len(updates) == 1 and all(u == gr.skip() for u in updates[0])


def test_new_conversation_clears_everything(fake):
    chat_value, sources, box, conversation, *_ = WebChat(fake).new_conversation()
    assert chat_value == [] and conversation == [] and box == "" and "src-intro" in sources


def test_selecting_an_earlier_answer_shows_its_sources(fake):
    chat = WebChat(fake)
    conversation = _run(chat, "Quel ministère a publié la liste ?", [])[-1][3]
    conversation = _run(chat, "Why did Amazon buy cameras from Dahua?", conversation)[-1][3]
    sources = chat.show_sources(conversation, gr.SelectData(None, {"index": 1, "value": ""}))
    assert 'data-turn="0"' in sources and "000_fr.txt" in sources


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT question, answer, citations, rating, comment, channel FROM feedback").fetchall()


def _like(index: int, liked) -> gr.LikeData:
    return gr.LikeData(None, {"index": index, "value": [], "liked": liked})


def test_thumb_and_comment_are_stored(fake):
    chat = WebChat(fake)
    conversation = _run(chat, "Quel ministère a publié la liste ?", [])[-1][3]
    box, note, _, conversation = chat.rate(conversation, _like(1, True))
    assert box["visible"] is True and "helpful" in note
    note, comment_box, box = chat.comment("  Très précis  ", conversation)
    assert "saved" in note and comment_box == "" and box["visible"] is False
    [(question, answer, citations, rating, comment, channel)] = _rows(fake.settings.feedback_db)
    assert question == "Quel ministère a publié la liste ?" and "[1]" in answer
    assert '"doc": "000_fr.txt"' in citations and rating == 1 and comment == "Très précis" and channel == "web"


def test_changing_or_withdrawing_a_thumb_updates_the_stored_rating(fake):
    chat = WebChat(fake)
    conversation = _run(chat, "Quel ministère a publié la liste ?", [])[-1][3]
    conversation = chat.rate(conversation, _like(1, True))[3]
    conversation = chat.rate(conversation, _like(1, False))[3]
    assert [r[3] for r in _rows(fake.settings.feedback_db)] == [-1]
    conversation = chat.rate(conversation, _like(1, ""))[3]
    assert _rows(fake.settings.feedback_db) == []


def test_comment_without_a_rating_asks_for_one(fake):
    note, kept, _ = WebChat(fake).comment("hello", [])
    assert "status-error" in note and kept == "hello"


ZORBLAX = b"Zorblax Vision added to the entity list\n\nZorblax Vision, a fictional camera maker, was added to the list on 3 March 2031 by the Commerce Department.\n"


def test_upload_needs_the_right_token(fake, tmp_path):
    path = tmp_path / "zorblax.txt"
    path.write_bytes(ZORBLAX)
    chat = WebChat(fake)
    assert "Enter the admin token" in chat.add_document("", str(path))[0]
    assert "not correct" in chat.add_document("wrong", str(path))[0]
    assert "zorblax.txt" not in fake.articles


def test_upload_adds_the_article_and_refreshes_the_list(fake, tmp_path):
    path = tmp_path / "zorblax.txt"
    path.write_bytes(ZORBLAX)
    status, table, dropdown, file_box = WebChat(fake).add_document("secret", str(path))
    assert "status-ok" in status and "Added" in status and "ask about it now" in status
    assert "zorblax.txt" in table and ("Zorblax Vision added to the entity list (zorblax.txt)", "zorblax.txt") in dropdown["choices"]
    assert file_box is None


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("report.pdf", b"%PDF-1.4 binary", "unsupported file type .pdf"),
        ("latin1.txt", "Caméra".encode("latin-1") * 20, "not valid UTF-8"),
        ("huge.txt", b"x" * 2_000_001, "larger than the 2 MB limit"),
    ],
)
def test_bad_upload_explains_and_changes_nothing(fake, tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    before = fake.documents()
    status, table, dropdown, _ = WebChat(fake).add_document("secret", str(path))
    assert "status-error" in status and f"{name} was not added" in status and expected in status
    assert "unchanged" in status
    assert table == gr.skip() and dropdown == gr.skip()
    assert fake.documents() == before


def test_remove_needs_the_token_and_removes(fake):
    chat = WebChat(fake)
    assert "not correct" in chat.remove_document("nope", "003_en.txt")[0]
    status, table, _ = chat.remove_document("secret", "003_en.txt")
    assert "Removed" in status and "003_en.txt" not in table and "003_en.txt" not in fake.articles


def test_admin_actions_are_disabled_without_a_token(tmp_path):
    fake = FakeAssistant(tmp_path, admin_token="")
    chat = WebChat(fake)
    assert not chat.admin_enabled
    assert "disabled" in chat.add_document("", None)[0]
    config = build_ui(fake).get_config_file()
    controls = [c for c in config["components"] if c["props"].get("elem_id") == "admin-controls"]
    assert controls and controls[0]["props"]["visible"] is False
    assert any("ASSISTANT_ADMIN_TOKEN" in str(c["props"].get("value", "")) for c in config["components"])


# --------------------------------------------------------------------------- serving


def test_port_comes_from_argument_then_environment(monkeypatch):
    monkeypatch.setenv("GRADIO_SERVER_PORT", "8123")
    assert _port(None) == 8123 and _port(9000) == 9000
    monkeypatch.delenv("GRADIO_SERVER_PORT")
    assert _port(None) == 7860
    monkeypatch.setenv("GRADIO_SERVER_PORT", "eighty")
    with pytest.raises(ConfigurationError, match="GRADIO_SERVER_PORT"):
        _port(None)


def test_serve_honours_gradio_environment_and_stays_private(fake, monkeypatch):
    port = free_port()
    monkeypatch.setenv("GRADIO_SERVER_NAME", "127.0.0.1")
    monkeypatch.setenv("GRADIO_SERVER_PORT", str(port))
    demo = serve(fake, block=False)
    try:
        assert demo.server_name == "127.0.0.1" and demo.server_port == port
        assert demo.share is False and demo.share_url is None and demo.analytics_enabled is False
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read().decode()
        assert "Blacklist Assistant" in page
    finally:
        demo.close()


def test_serve_defaults_to_localhost(fake, monkeypatch):
    monkeypatch.delenv("GRADIO_SERVER_NAME", raising=False)
    demo = serve(fake, port=free_port(), block=False)
    try:
        assert demo.server_name == "127.0.0.1"
    finally:
        demo.close()


# --------------------------------------------------------------------------- in a real browser, real assistant


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    """The real assistant on a copy of the corpus, served on a free port; yields (assistant, url)."""
    from assistant import Settings, build_assistant
    from browser import served

    tmp = tmp_path_factory.mktemp("web")
    shutil.copytree(PROJECT_ROOT / "corpus", tmp / "corpus")
    settings = Settings(
        corpus_dir=tmp / "corpus",
        index_dir=tmp / "index",
        data_dir=tmp / "data",
        models_dir=PROJECT_ROOT / "models",
        admin_token="secret",
    )
    bot = build_assistant(settings)
    bot.documents()  # index now rather than during the first test
    with served(bot) as url:
        yield bot, url


@pytest.fixture(scope="module")
def browser():
    from browser import chromium

    with chromium() as b:
        yield b


def _open(browser, url, viewport=None):
    from browser import DESKTOP, open_chat

    return open_chat(browser, url, viewport or DESKTOP)


def _cited_cards(page, answer):
    """The markers of `answer` and, for each, the card in the sources panel with the same number."""
    from playwright.sync_api import expect

    markers = answer.locator(".cite-ref")
    expect(markers.first).to_be_visible()
    cards = []
    for i in range(markers.count()):
        ref = markers.nth(i)
        card = page.locator(
            f'#sources .src-card[data-turn="{ref.get_attribute("data-turn")}"][data-n="{ref.get_attribute("data-n")}"]'
        )
        expect(card).to_be_visible()
        cards.append(card)
    return cards


@pytest.mark.slow
@pytest.mark.integration
def test_browser_french_question_gets_cited_answer_and_highlighted_source(real, browser):
    from browser import ask, screenshot

    page = _open(browser, real[1])
    answer = ask(page, "Quel ministère a publié la liste des entreprises ?")
    assert "[1]" in answer.text_content()  # the marker survives as text (copy, screen readers)
    cards = _cited_cards(page, answer)
    highlighted = " ".join(page.locator("#sources mark").all_text_contents())
    assert "Le ministère du Commerce a rendu cette liste publique" in highlighted
    assert any("Français" in c.locator(".src-lang").text_content() for c in cards)
    assert all(c.locator(".src-title").text_content().strip() for c in cards)
    screenshot(page, "web-fr-answer-desktop")


@pytest.mark.slow
@pytest.mark.integration
def test_browser_english_question_then_new_conversation(real, browser):
    from browser import ask, bot_messages, screenshot
    from playwright.sync_api import expect

    page = _open(browser, real[1])
    answer = ask(page, "Why did Amazon buy cameras from Dahua?")
    cards = _cited_cards(page, answer)
    assert any("Dahua" in c.locator(".src-text").text_content() for c in cards)
    expect(page.locator("#sources .src-panel-head")).to_contain_text("Sources for answer 1")
    screenshot(page, "web-en-answer-desktop")

    second = ask(page, "Quel ministère a publié la liste des entreprises ?")
    _cited_cards(page, second)
    expect(page.locator("#sources .src-panel-head")).to_contain_text("Sources de la réponse 2")
    # A marker of the first answer brings back that answer's sources, its card outlined.
    bot_messages(page).first.locator(".cite-ref").first.click()
    expect(page.locator("#sources .src-panel-head")).to_contain_text("Sources for answer 1")
    expect(page.locator('#sources .src-card[data-turn="0"][data-n="1"]')).to_have_class(re.compile(r"\bflash\b"))
    screenshot(page, "web-marker-click-desktop")

    page.locator("#new-chat").click()
    expect(bot_messages(page)).to_have_count(0)
    expect(page.locator("#sources .src-intro")).to_be_visible()


@pytest.mark.slow
@pytest.mark.integration
def test_browser_follow_up_uses_the_conversation(real, browser):
    from browser import ask, screenshot
    from playwright.sync_api import expect

    page = _open(browser, real[1])
    ask(page, "Which firms were put on the entity list?")
    follow_up = ask(page, "Who made that decision?")
    assert "Commerce" in follow_up.text_content()
    _cited_cards(page, follow_up)
    expect(page.locator("#sources .src-panel-head")).to_contain_text("answer 2")
    screenshot(page, "web-follow-up-desktop")


@pytest.mark.slow
@pytest.mark.integration
def test_browser_feedback_is_stored(real, browser):
    from browser import ask, screenshot
    from playwright.sync_api import expect

    bot, url = real
    page = _open(browser, url)
    question = "Quel ministère a publié la liste des entreprises ?"
    answer = ask(page, question)
    page.locator('#chatbot button[aria-label="Like"]').last.click()
    expect(page.locator("#feedback-note")).to_contain_text("marked helpful")
    page.locator("#feedback-comment textarea").fill("Précis et bien sourcé")
    page.locator("#send-comment").click()
    expect(page.locator("#feedback-note")).to_contain_text("Comment saved")
    screenshot(page, "web-feedback-desktop")
    rows = [r for r in _rows(bot.settings.feedback_db) if r[0] == question and r[4] == "Précis et bien sourcé"]
    assert len(rows) == 1
    _, stored_answer, citations, rating, _, channel = rows[0]
    assert rating == 1 and channel == "web" and "[1]" in stored_answer and '"doc"' in citations
    assert stored_answer.split("[1]")[0].strip()[:20] in answer.text_content()


@pytest.mark.slow
@pytest.mark.integration
def test_browser_admin_uploads_an_article_and_it_is_answerable(real, browser, tmp_path):
    from browser import ask, screenshot
    from playwright.sync_api import expect

    bot, url = real
    page = _open(browser, url)
    page.get_by_role("tab", name="Articles").click()
    expect(page.locator("#documents .docs-table tbody tr")).to_have_count(len(bot.documents()))
    article = tmp_path / "zorblax_vision.txt"
    article.write_text(
        "Zorblax Vision added to the US entity list\n\n"
        "Zorblax Vision, a fictional maker of surveillance cameras, was added to the entity list on "
        "3 March 2031 by the Commerce Department. The department said Zorblax Vision cameras were used "
        "to track protesters. Zorblax Vision said it would appeal the decision.\n",
        encoding="utf-8",
    )
    page.locator("#admin-token input").fill("secret")
    page.locator("#upload-file input[type=file]").set_input_files(str(article))
    expect(page.get_by_role("cell", name="zorblax_vision.txt")).to_be_visible()  # stem and extension are separate spans
    page.locator("#add-article").click()
    expect(page.locator("#admin-status .status-ok")).to_contain_text("You can ask about it now")
    expect(page.locator('#documents tr[data-doc="zorblax_vision.txt"]')).to_be_visible()
    screenshot(page, "web-upload-ok-desktop")

    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, "When was Zorblax Vision added to the entity list?")
    assert "2031" in answer.text_content()
    cards = _cited_cards(page, answer)
    assert any("zorblax_vision.txt" in c.text_content() for c in cards)
    screenshot(page, "web-upload-answer-desktop")

    page.get_by_role("tab", name="Articles").click()
    page.locator("#remove-choice input").click()
    page.get_by_role("option", name="zorblax_vision.txt").click()
    page.locator("#remove-article").click()
    expect(page.locator("#admin-status .status-ok")).to_contain_text("Removed")
    expect(page.locator('#documents tr[data-doc="zorblax_vision.txt"]')).to_have_count(0)
    assert "zorblax_vision.txt" not in {d.doc for d in bot.documents()}


@pytest.mark.slow
@pytest.mark.integration
@pytest.mark.parametrize("name, data", [("report.pdf", b"%PDF-1.4\n%\xe2\xe3\n"), ("latin1.txt", "Caméra de surveillance. ".encode("latin-1") * 10)])
def test_browser_bad_upload_shows_a_clear_error_and_changes_nothing(real, browser, tmp_path, name, data):
    from browser import screenshot
    from playwright.sync_api import expect

    bot, url = real
    before = bot.documents()
    page = _open(browser, url)
    page.get_by_role("tab", name="Articles").click()
    rows = page.locator("#documents .docs-table tbody tr")
    expect(rows).to_have_count(len(before))
    path = tmp_path / name
    path.write_bytes(data)
    page.locator("#admin-token input").fill("secret")
    page.locator("#upload-file input[type=file]").set_input_files(str(path))
    expect(page.get_by_role("cell", name=name)).to_be_visible()  # stem and extension are separate spans
    page.locator("#add-article").click()
    error = page.locator("#admin-status .status-error")
    expect(error).to_contain_text(f"{name} was not added")
    expect(error).to_contain_text("unchanged")
    expect(rows).to_have_count(len(before))
    assert bot.documents() == before
    assert not (bot.settings.corpus_dir / name).exists()
    screenshot(page, f"web-upload-error-{Path(name).suffix[1:]}-desktop")


@pytest.mark.slow
@pytest.mark.integration
def test_browser_phone_width_layout_and_example_questions(real, browser):
    from browser import PHONE, screenshot, wait_for_answer

    page = _open(browser, real[1], PHONE)
    screenshot(page, "web-empty-phone")
    examples = page.locator("#chatbot button.example")
    assert any("FR ·" in t for t in examples.all_inner_texts()) and any("EN ·" in t for t in examples.all_inner_texts())
    examples.filter(has_text="Pourquoi SenseTime").click()
    answer = wait_for_answer(page, 1)
    _cited_cards(page, answer)
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    chat_box = page.locator("#chat-col").bounding_box()
    sources_box = page.locator("#sources-col").bounding_box()
    assert sources_box["y"] >= chat_box["y"] + chat_box["height"] - 1  # stacked, sources below the chat
    screenshot(page, "web-answer-phone")
    page.get_by_role("tab", name="Articles").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "web-articles-phone")
