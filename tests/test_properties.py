"""Properties over random input at the two entry points: questions (Assistant.ask, the CLI) and files
(corpus parsing, Indexer.add_document), plus what the web chat and Slack show of any text.

Whatever comes in, the answer is an `Answer` or a clear `InvalidQuestion` / `UnsupportedDocument`
naming what is wrong, and a refused file leaves the corpus and the index as they were.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from assistant.corpus import SUPPORTED_SUFFIXES, parse_article
from assistant.errors import InvalidQuestion, UnsupportedDocument
from assistant.factory import build_assistant
from assistant.slack_bot import answer_blocks, answer_text, escape, plain_text
from assistant.types import Answer, Citation
from assistant.web import chat_text, render_sources

from conftest import make_settings

# Text as people (and attackers) type it: any script, emoji, control characters, markup.
PIECES = st.sampled_from([
    "Qui a publié la liste ?", "Which ministry published the list?", "Hikvision", "Dahua", "SenseTime", "28",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!channel>", "<@U123>", "<#C1|gen>", "<!here>",
    "**", "_", "`", "[x](javascript:alert(1))", "# ", "> ", "'; DROP TABLE feedback; --", "\x00", "\x1b[31m", "\x7f",
    "\u202e", "\u200b", "\ufeff", "🙂", "🇨🇳", "中国", "Санкции", "العربية", "\n", "\t", "   ", "&amp;", "&lt;",
])
QUESTIONS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=12).map(" ".join),
    st.integers(min_value=990, max_value=1200).map(lambda n: "x" * n),
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
EXAMPLES = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------- questions


@pytest.mark.integration
@EXAMPLES
@given(question=QUESTIONS)
def test_ask_answers_or_says_what_is_wrong(shared_assistant, question):
    try:
        answer = shared_assistant.ask(question)
    except InvalidQuestion as exc:
        assert str(exc).startswith("the question")
        stripped = CONTROL.sub(" ", question).strip()
        has_words = any(ch.isalnum() for ch in stripped)
        assert not stripped or not has_words or len(stripped) > shared_assistant.settings.max_question_chars
        return
    assert isinstance(answer, Answer) and answer.answer.strip()
    assert any(ch.isalnum() for ch in answer.question)  # a question of symbols alone is turned away, not answered
    assert not CONTROL.search(answer.question) and len(answer.question) <= shared_assistant.settings.max_question_chars
    assert {c.n for c in answer.citations} == {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    assert not answer.refused or answer.citations == ()


@pytest.mark.integration
@settings(max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(question=QUESTIONS.filter(lambda q: "\x00" not in q))  # the OS cannot pass NUL in an argument
def test_cli_ask_exits_cleanly_on_any_question(shared_assistant, monkeypatch, question):
    from typer.testing import CliRunner

    from assistant import cli

    monkeypatch.setattr(cli, "_build", lambda *a, **k: shared_assistant)
    result = CliRunner().invoke(cli.app, ["ask", "--", question])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 1:
        assert result.output.startswith("Error: the question")


# --------------------------------------------------------------------------- files

NAMES = st.builds(
    lambda stem, suffix: stem + suffix,
    st.text(st.characters(categories=("L", "N"), max_codepoint=0x2FFF), min_size=1, max_size=12),
    st.sampled_from(SUPPORTED_SUFFIXES + (".pdf", ".docx", "", ".TXT", ".exe")),
)
CONTENT = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=3000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.one_of(PIECES, st.text(max_size=80)), max_size=40).map(lambda xs: "\n".join(xs).encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b"\xef\xbb\xbf", b"<html><body><p>" + b"Hikvision blacklisted. " * 5 + b"</p></body></html>",
                     b"# Title\n\n" + b"Dahua was put on the entity list by the Commerce Department. " * 3]),
)


@settings(max_examples=300, deadline=None, database=None)
@given(name=NAMES, data=CONTENT)
def test_parsing_any_file_gives_an_article_or_names_the_file_and_the_reason(name, data):
    try:
        article = parse_article(name, data, max_bytes=2500)
    except UnsupportedDocument as exc:
        assert str(exc).startswith(f"{name}: ") and len(str(exc)) > len(name) + 5
        return
    assert Path(name).suffix.lower() in SUPPORTED_SUFFIXES and len(data) <= 2500
    assert article.doc == name and article.text.strip() and article.title.strip()
    assert not CONTROL.search(article.text) and "\x00" not in article.title
    assert article.lang in ("fr", "en")


@pytest.fixture(scope="module")
def uploads(tmp_path_factory):
    bot = build_assistant(make_settings(tmp_path_factory.mktemp("props")))
    bot.documents()
    return bot


def _snapshot(bot) -> tuple:
    corpus = sorted((p.name, p.read_bytes()) for p in bot.settings.corpus_dir.iterdir())
    return corpus, sorted(c.id for c in bot.indexer.store.all_chunks())


@pytest.mark.integration
@settings(max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(NAMES, st.sampled_from(["", ".hidden.txt", "../up.txt", "a/b.txt", "nul\x00.txt", " "])), data=CONTENT)
def test_an_upload_is_indexed_whole_or_changes_nothing(uploads, name, data):
    before = _snapshot(uploads)
    try:
        report = uploads.add_document(name, data)
    except UnsupportedDocument as exc:
        assert name.strip() == "" or repr(name) in str(exc) or str(exc).startswith(f"{name}: ")
        assert _snapshot(uploads) == before
        return
    try:
        assert (uploads.settings.corpus_dir / name).read_bytes() == data
        assert name in {d.doc for d in uploads.documents()} and (report.added or report.unchanged)
    finally:
        uploads.remove_document(name)
    assert _snapshot(uploads)[1] == before[1]


# --------------------------------------------------------------------------- what is shown


LIVE_SLACK = re.compile(r"<[!@#]|<(https?|mailto|javascript):")
ANY_TEXT = st.one_of(st.text(max_size=400), st.lists(PIECES, max_size=15).map(" ".join))


@settings(max_examples=200, deadline=None, database=None)
@given(answer=ANY_TEXT, title=ANY_TEXT, passage=ANY_TEXT)
def test_slack_never_shows_live_mentions_or_links(answer, title, passage):
    citation = Citation(n=1, doc="a<!here>.txt", title=title, lang="en", text=passage, sentences=(passage[:50],))
    rendered = Answer(question="q", answer=answer, refused=False, citations=(citation,))
    shown = [answer_text(rendered)]
    for block in answer_blocks(rendered):
        shown += [block.get("text", {}).get("text", "")] + [e.get("text", "") for e in block.get("elements", []) if block["type"] == "context"]
    assert not any(LIVE_SLACK.search(s) for s in shown)
    assert escape(plain_text(escape(answer))).count("<") == 0


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, _ in attrs:
            assert not name.startswith("on"), name


@settings(max_examples=200, deadline=None, database=None)
@given(question=ANY_TEXT, title=ANY_TEXT, passage=ANY_TEXT, doc=ANY_TEXT)
def test_web_sources_panel_holds_only_its_own_tags(question, title, passage, doc):
    assume(passage.strip())
    citation = Citation(n=1, doc=doc, title=title, lang="fr", text=passage, sentences=(passage[: len(passage) // 2],))
    parser = _Tags()
    parser.feed(render_sources(Answer(question=question, answer="a [1]", refused=False, citations=(citation,), lang="fr"), 0))
    assert parser.tags <= {"div", "p", "mark", "article", "header", "span", "footer"}


@settings(max_examples=300, deadline=None, database=None)
@given(text=ANY_TEXT)
def test_chat_bubbles_escape_every_markup_character(text):
    shown = chat_text(text)
    # Every <, >, backtick, * or _ is escaped, so Markdown and HTML show as typed.
    assert not re.search(r"(?<!\\)(?:\\\\)*[<>`*_]", shown)
