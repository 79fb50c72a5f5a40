"""Reliability and security under bad input, faults and concurrency: what the README's "Guarantees" promise.

Real components throughout: the real model and Chroma, `assistant ingest` as a real subprocess
killed with SIGKILL, the served Gradio app, the Slack endpoint with signed requests, SQLite on disk.
Load (many users at once) is in test_load.py; properties over random input in test_properties.py.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.config import Settings
from assistant.errors import ConfigurationError, InvalidQuestion, UnsupportedDocument
from assistant.factory import build_assistant
from assistant.feedback import FeedbackStore
from assistant.indexing import HOLD_ENV
from assistant.slack_bot import SlackCredentials, SlackEventServer, build_slack_app

from conftest import CORPUS, make_settings
from slack_fake import FakeSlackAPI, direct_message, event_callback, mention, post_signed

ADMIN = "adm-" + "5f1c9e"  # a made-up admin token: it must never appear in a page, a log or a message
BOT_TOKEN = "xoxb-reliability-7a2b"
SIGNING_SECRET = "signing-secret-reliability-91d3"
COMMERCE_Q = "Quel ministère a publié la liste des entreprises ?"

# An article whose text is full of markup: HTML that would run script, Slack mentions, Markdown.
HOSTILE_NAME = "quuxcam.txt"
HOSTILE = (
    "Quuxcam Systems placed on the entity list\n\n"
    'The Commerce Department added Quuxcam Systems <img src=x onerror="window.__pwned=1"> <!channel> <@U0ADMIN> '
    "<#C0GENERAL> <!here> to the entity list on 4 April 2032. <script>window.__pwned=2</script> Quuxcam Systems "
    "**said** it would [appeal](javascript:alert(1)) the decision.\n"
)
HOSTILE_Q = "When was Quuxcam Systems added to the entity list?"
LIVE_SLACK_MARKUP = re.compile(r"<[!@#]|<(https?|mailto|javascript):")


def _env(settings: Settings, **extra) -> dict:
    env = {
        **os.environ,
        "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
        "ASSISTANT_INDEX_DIR": str(settings.index_dir),
        "ASSISTANT_DATA_DIR": str(settings.data_dir),
        "ASSISTANT_MODELS_DIR": str(settings.models_dir),
        "ASSISTANT_MAX_UPLOAD_BYTES": str(settings.max_upload_bytes),
        "ASSISTANT_CHUNK_CHARS": str(settings.chunk_chars),
        "ASSISTANT_CHUNK_OVERLAP": str(settings.chunk_overlap),
    }
    env.pop(HOLD_ENV, None)
    env.update(extra)
    return env


def _ingest_cmd() -> list[str]:
    return [sys.executable, "-m", "assistant.cli", "ingest"]


def _release_chroma() -> None:
    """Let go of this process's Chroma clients, so the next read sees what another process wrote."""
    from chromadb.api.client import SharedSystemClient

    gc.collect()
    SharedSystemClient.clear_system_cache()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The real assistant on a corpus copy with the hostile article, admin uploads on."""
    root = tmp_path_factory.mktemp("hostile")
    settings = make_settings(root, admin_token=ADMIN)
    (settings.corpus_dir / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    bot = build_assistant(settings)
    bot.documents()
    return bot


# --------------------------------------------------------------------------- bad questions


BAD_BUT_ANSWERABLE = [
    "\x00\x01Quel ministère\x1b[31m a publié la liste des entreprises ?\x07",  # control characters
    "Qui a publié 🇨🇳 la liste ? 中国 Санкции العربية",  # mixed scripts and emoji
    "<script>alert(1)</script><img src=x onerror=alert(1)> Which ministry published the list?",
    "'; DROP TABLE feedback; -- Which ministry published the list?",
    "# **Which** _ministry_ [published](http://x) `the list`?",
    "\u202e\u200b\ufeff Which ministry published the list?",  # bidi override, zero-width characters
]


@pytest.mark.integration
def test_odd_questions_get_an_answer_or_a_clear_message(shared_assistant):
    for question in ("\t\n \u3000 ", "x" * 100_000, "\x00\x1f\x7f", "🙂" * 40, "?!… \u202e\u200b"):
        with pytest.raises(InvalidQuestion, match="empty|characters long|no words"):
            shared_assistant.ask(question)
    for question in BAD_BUT_ANSWERABLE:
        answer = shared_assistant.ask(question)
        assert answer.answer.strip(), question
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", answer.question), "control characters reach the pipeline"
        assert {c.n for c in answer.citations} == {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}


@pytest.mark.integration
def test_cli_ask_says_what_is_wrong_without_a_traceback(shared_assistant, monkeypatch):
    from assistant import cli

    monkeypatch.setattr(cli, "_build", lambda *a, **k: shared_assistant)
    runner = CliRunner()
    long = runner.invoke(cli.app, ["ask", "x" * 100_000])
    assert long.exit_code == 1 and "100,000 characters long" in long.output and "Traceback" not in long.output
    assert not isinstance(long.exception, Exception) or isinstance(long.exception, SystemExit)
    blank = runner.invoke(cli.app, ["ask", "\t \n"])
    assert blank.exit_code == 1 and "question is empty" in blank.output
    html = runner.invoke(cli.app, ["ask", "--json", "<b>Which ministry</b> published the list?"])
    assert html.exit_code == 0 and json.loads(html.output)["question"] == "<b>Which ministry</b> published the list?"


@pytest.mark.integration
def test_web_chat_over_http_takes_odd_questions_and_never_serves_markup(hostile):
    from gradio_client import Client

    from browser import served

    with served(hostile) as url:
        client = Client(url, verbose=False)
        for question in ("x" * 100_000, "   ", "\x00\x1b 🙂 中国 '; DROP TABLE feedback; --"):
            chat = client.predict(question, api_name="/respond")[0]
            assert "⚠" not in json.dumps(chat, ensure_ascii=False), question
        chat, sources = client.predict(HOSTILE_Q, api_name="/respond")[:2]
        answer = chat[-1]["content"][0]["text"]
        assert "2032" in answer
        # The Markdown the chatbot renders has the markup escaped; the sources panel, HTML-escaped.
        assert "<img" not in answer.replace("\\<img", "") and "\\<script\\>" in answer
        assert "&lt;img src=x" in sources and "<img" not in sources and "<script" not in sources
        assert "quuxcam.txt" in sources
    # A lone surrogate is valid JSON but not valid Unicode (HTTP clients refuse to send one): the handler copes.
    from assistant.web import WebChat

    chat = list(WebChat(hostile).respond("\ud800 When was Quuxcam Systems added to the entity list?", []))[-1][0]
    assert "2032" in chat[-1]["content"] and "⚠" not in chat[-1]["content"]


@pytest.mark.slow
@pytest.mark.integration
def test_browser_shows_markup_from_questions_and_articles_as_text(hostile):
    from playwright.sync_api import expect

    from browser import ask, chromium, open_chat, screenshot, served

    with served(hostile) as url, chromium() as browser:
        page = open_chat(browser, url)
        answer = ask(page, HOSTILE_Q)
        expect(answer).to_contain_text("2032")
        expect(answer).to_contain_text('<img src=x onerror="window.__pwned=1">')
        expect(page.locator("#sources .src-card").first).to_contain_text("<script>window.__pwned=2</script>")
        ask(page, '<img src=y onerror="window.__pwned=3"><b>bold?</b> **who** [is](javascript:alert(1)) Quuxcam?')
        question = page.locator('#chatbot [data-testid="user"]').last
        expect(question).to_contain_text("<b>bold?</b> **who** [is](javascript:alert(1))")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.locator("#chatbot img, #sources img, #chatbot script, #sources script, #chatbot b").count() == 0
        assert page.locator('#chatbot a[href^="javascript:"], #sources a').count() == 0
        screenshot(page, "web-hostile-markup-desktop")


@pytest.fixture(scope="module")
def slack_url(hostile, slack_api):
    settings = hostile.settings.model_copy(update={"slack_api_url": slack_api.url})
    app = build_slack_app(hostile, settings, SlackCredentials(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET))
    server = SlackEventServer(app, "127.0.0.1", 0).start()
    yield server.url
    server.stop()


def _slack_reply(api: FakeSlackAPI, channel: str) -> dict:
    """The final reply in `channel`: the update that gave the placeholder its blocks, or a message posted as is."""

    def final():
        updates = [c["params"] for c in api.calls_to("chat.update", channel=channel) if "blocks" in c["params"]]
        posts = [c["params"] for c in api.calls_to("chat.postMessage", channel=channel) if not c["params"]["text"].startswith("_")]
        return updates + posts

    return api.wait_for(final)[0]


def _shown(value):
    """What Slack displays of a message or blocks: everything but button values (data sent back, never shown)."""
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items() if k != "value"}
    if isinstance(value, list):
        return [_shown(v) for v in value]
    return value


@pytest.mark.integration
def test_slack_neutralises_mentions_and_markup_from_questions_and_articles(slack_url, slack_api):
    cases = {
        "C0HOSTILE1": HOSTILE_Q,
        "C0HOSTILE2": "<!channel> <!here> <@U0BOSS> <#C0GENERAL|general> &lt;!everyone&gt; When was Quuxcam added?",
        "C0HOSTILE3": "x" * 100_000,
        "C0HOSTILE4": "\x00\x07 🙂 中国 '; DROP TABLE feedback; --",
    }
    for channel, text in cases.items():
        status, _ = post_signed(slack_url, json.dumps(event_callback(mention(channel, text))), SIGNING_SECRET)
        assert status == 200
    for channel in cases:
        reply = _slack_reply(slack_api, channel)
        shown = json.dumps([reply.get("text", ""), _shown(reply.get("blocks") or [])], ensure_ascii=False)
        assert not LIVE_SLACK_MARKUP.search(shown), (channel, shown[:500])
        assert reply.get("text")
    assert "2032" in _slack_reply(slack_api, "C0HOSTILE1")["text"]
    assert "&lt;!channel&gt;" in _slack_reply(slack_api, "C0HOSTILE1")["text"]
    assert "100,000 characters" in _slack_reply(slack_api, "C0HOSTILE3")["text"]
    # Streaming updates and placeholders carry no live markup either.
    every = json.dumps([_shown(c["params"]) for c in slack_api.calls if c["method"].startswith("chat.")], ensure_ascii=False)
    assert not LIVE_SLACK_MARKUP.search(every)


# --------------------------------------------------------------------------- bad files


NEW_ARTICLE = (
    "Zorblax Vision added to the entity list\n\n"
    "The US Department of Commerce added Zorblax Vision, a maker of thermal cameras, to the entity list on 3 March 2031. "
    "Officials said its cameras were used to track protesters in Xinjiang.\n"
)


def _bad_files(settings: Settings, outside: Path) -> dict[str, str]:
    """Write one file per kind of bad input; returns {file name: words its error must contain}."""
    corpus = settings.corpus_dir
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (corpus / "ctrl.md").write_bytes(bytes(range(1, 32)) * 40)  # valid UTF-8, yet binary
    (corpus / "latin1.txt").write_bytes("Caméra de surveillance placée sur liste noire. ".encode("latin-1") * 5)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "huge.txt").write_bytes(b"Huge article about cameras. " * (settings.max_upload_bytes // 28 + 10))
    original = sorted(CORPUS.glob("*.txt"))[0]
    (corpus / "zz_copy_of_000.txt").write_bytes(original.read_bytes())
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (outside / "zorblax.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return {
        "photo.txt": "binary",
        "ctrl.md": "binary",
        "latin1.txt": "not valid UTF-8",
        "empty.txt": "empty",
        "huge.txt": "over the",
        "zz_copy_of_000.txt": f"same content as {original.name}",
        "scan.pdf": "unsupported file type .pdf",
        "missing.txt": "no such file",
    }


@pytest.mark.integration
def test_a_batch_with_bad_files_indexes_the_good_ones_and_names_each_bad_one(tmp_path):
    settings = make_settings(tmp_path, max_upload_bytes=60_000)
    bot = build_assistant(settings)
    bot.ingest()
    before = {c.id for c in bot.indexer.store.all_chunks()}
    expected = _bad_files(settings, tmp_path / "outside")
    del bot
    _release_chroma()

    # The real command, as a person runs it: the corpus plus two outside files and a missing one.
    paths = [str(settings.corpus_dir), str(tmp_path / "outside" / "scan.pdf"), str(tmp_path / "outside" / "zorblax.txt"),
             str(tmp_path / "outside" / "missing.txt")]
    run = subprocess.run(_ingest_cmd() + paths, env=_env(settings), capture_output=True, text=True, timeout=900)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    skipped = [line for line in run.stderr.splitlines() if line.startswith("skipped ")]
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in skipped), (name, reason, skipped)
    assert len(skipped) == len(expected)

    after = build_assistant(settings)
    after._ready = True  # look at the index as the command left it
    chunks = after.indexer.store.all_chunks()
    assert before <= {c.id for c in chunks}
    assert {c.doc for c in chunks} == {p.name for p in CORPUS.glob("*.txt")} | {"zorblax.txt"}
    assert (settings.corpus_dir / "zorblax.txt").exists() and not (settings.corpus_dir / "scan.pdf").exists()
    assert "2031" in after.ask("When was Zorblax Vision added to the entity list?").answer


@pytest.mark.integration
def test_uploading_a_copy_of_an_article_under_another_name_is_refused(tmp_path):
    bot = build_assistant(make_settings(tmp_path))
    docs = bot.documents()
    ids = {c.id for c in bot.indexer.store.all_chunks()}
    original = sorted(CORPUS.glob("*.txt"))[1]
    with pytest.raises(UnsupportedDocument, match=f"copy.txt: same content as {re.escape(original.name)}"):
        bot.add_document("copy.txt", original.read_bytes())
    # Same text, other line endings and a BOM: still the same article.
    with pytest.raises(UnsupportedDocument, match="same content"):
        bot.add_document("copy2.txt", b"\xef\xbb\xbf" + original.read_bytes().replace(b"\n", b"\r\n"))
    assert bot.documents() == docs and {c.id for c in bot.indexer.store.all_chunks()} == ids
    assert not (tmp_path / "corpus" / "copy.txt").exists()
    # Re-sending an article under its own name is an update, not a duplicate.
    assert bot.add_document(original.name, original.read_bytes()).added == ()


# --------------------------------------------------------------------------- crash safety and the ingest lock


def _grow_corpus(corpus: Path) -> None:
    """Turn the 5-article corpus into a bigger change: 5 new editions, one article edited, one deleted."""
    for path in sorted(corpus.glob("*.txt")):
        edition = path.with_name(path.stem + "_edition2.txt")
        edition.write_text(f"Second edition, revised.\n{path.read_text(encoding='utf-8')}", encoding="utf-8")
    edited = corpus / "003_6e98a51c86c69fa2.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("eight firms", "nine firms"), encoding="utf-8")
    (corpus / "004_5bdc58e3acd52100.txt").unlink()


def _start_ingest(settings: Settings, hold: str | None, marker: Path, log: Path) -> subprocess.Popen:
    extra = {HOLD_ENV: f"{hold}={marker}"} if hold else {}
    with open(log, "w") as err:
        return subprocess.Popen(_ingest_cmd(), env=_env(settings, **extra), stdout=subprocess.DEVNULL, stderr=err)


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, f"ingest ended (code {proc.returncode}) before reaching {path.name}"
        assert time.monotonic() < deadline, f"ingest never reached {path.name}"
        time.sleep(0.05)


def _index_state(settings: Settings) -> tuple[dict[str, str], str]:
    """(passage id -> doc, answer to the Commerce question) of the index as it is, without ingesting."""
    bot = build_assistant(settings)
    bot._ready = True  # answer from the index as found: no catch-up ingest
    ids = {c.id: c.doc for c in bot.indexer.store.all_chunks()}
    answer = bot.ask(COMMERCE_Q)
    del bot
    _release_chroma()
    return ids, answer.answer if not answer.refused else ""


@pytest.mark.slow
@pytest.mark.integration
def test_killing_ingest_at_any_point_keeps_the_index_answering_and_the_next_run_finishes_it(tmp_path):
    # Smaller passages than the default: more of them (over one embedding batch, so both phases show a progress bar)
    # and a longer ingest, so the kills at random moments land inside the embedding and the writing.
    small = dict(chunk_chars=500, chunk_overlap=150)
    settings = make_settings(tmp_path, **small)
    run = subprocess.run(_ingest_cmd(), env=_env(settings), check=True, capture_output=True, text=True, timeout=900)
    assert "Embedding passages" in run.stderr and "Embedding sentences" in run.stderr  # both phases show progress
    assert "searchable after" in run.stdout
    first, answer = _index_state(settings)
    assert "Commerce" in answer
    kept = {cid for cid, doc in first.items() if doc.startswith(("000", "001", "002"))}  # untouched below
    _grow_corpus(settings.corpus_dir)

    rng = random.Random(7)
    # Stages of the run (see indexing._checkpoint), then random moments inside the embedding and writing.
    points = ["locked", "upserted-first", ("locked", rng.uniform(0.2, 1.5)), ("locked", rng.uniform(1.5, 4.0)), "upserted"]
    for i, point in enumerate(points):
        stage, delay = point if isinstance(point, tuple) else (point, None)
        marker = tmp_path / f"reached-{i}"
        proc = _start_ingest(settings, stage, marker, tmp_path / f"ingest-{i}.log")
        try:
            _wait_for(marker, proc)
            if delay is not None:  # let it run on, then kill it wherever it is
                marker.unlink()
                time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=60)
        ids, answer = _index_state(settings)
        assert kept <= set(ids), f"passages lost after a kill at {point}"
        assert "Commerce" in answer, f"no answer after a kill at {point}"

    finish = subprocess.run(_ingest_cmd(), env=_env(settings), capture_output=True, text=True, timeout=900)
    assert finish.returncode == 0, finish.stderr
    final, answer = _index_state(settings)
    assert "Commerce" in answer

    clean_settings = make_settings(tmp_path / "clean", corpus_dir=settings.corpus_dir, **small)
    clean = build_assistant(clean_settings)
    clean.ingest()
    clean_ids = {c.id: c.doc for c in clean.indexer.store.all_chunks()}
    assert final == clean_ids and len(final) == clean.indexer.store.count()


def _wait_text(path: Path, text: str, proc: subprocess.Popen, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while text not in (path.read_text() if path.exists() else ""):
        assert proc.poll() is None, f"process ended before saying {text!r}: {path.read_text()}"
        assert time.monotonic() < deadline, f"never said {text!r}"
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.integration
def test_two_ingests_at_once_take_turns(tmp_path):
    settings = make_settings(tmp_path)
    marker = tmp_path / "first-holds-the-lock"
    first = _start_ingest(settings, "upserted-first", marker, tmp_path / "first.log")
    second = None
    try:
        _wait_for(marker, first)  # the first is halfway through writing, holding the lock
        with open(tmp_path / "second.out", "w") as out, open(tmp_path / "second.log", "w") as err:
            second = subprocess.Popen(_ingest_cmd(), env=_env(settings), stdout=out, stderr=err)
        _wait_text(tmp_path / "second.log", "another process is changing the index", second)
        marker.unlink()  # let the first one finish
        assert first.wait(timeout=900) == 0
        assert second.wait(timeout=900) == 0
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    # The second ran after the first had finished: it found everything already indexed.
    assert re.search(r"0 passage\(s\) added, 0 removed, \d+ unchanged", (tmp_path / "second.out").read_text())
    ids, _ = _index_state(settings)
    clean = build_assistant(make_settings(tmp_path / "clean", corpus_dir=settings.corpus_dir))
    clean.ingest()
    assert set(ids) == {c.id for c in clean.indexer.store.all_chunks()}


@pytest.mark.slow
@pytest.mark.integration
def test_server_mode_writers_take_turns_through_the_lock_in_the_data_folder(tmp_path, chroma_server):
    import threading

    settings = make_settings(tmp_path, chroma_url=chroma_server, collection="articles-lock-test")
    one, two = build_assistant(settings), build_assistant(settings)  # as two processes would
    assert one.indexer.lock_path == settings.data_dir / "ingest.lock"
    done = threading.Event()
    reports = []

    def ingest():
        reports.append(two.ingest())
        done.set()

    with one.indexer.writing():
        worker = threading.Thread(target=ingest, daemon=True)
        worker.start()
        assert not done.wait(3), "the second writer did not wait for the lock"
        first = one.indexer.ingest()
    assert done.wait(600)
    assert first.added and reports[0].added == () and reports[0].unchanged == len(first.added)


# --------------------------------------------------------------------------- feedback store


_WRITER = """
import sys
from pathlib import Path
from assistant.feedback import FeedbackStore
path, n, tag = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
store = FeedbackStore(path)
for i in range(n):
    store.add(f"{tag} question {i}", "answer [1]", [{"n": 1, "doc": "a.txt"}], rating=1 if i % 2 else -1, channel=tag)
"""


def _write_ratings(path: Path, n: int, tag: str) -> None:
    store = FeedbackStore(path)
    for i in range(n):
        store.add(f"{tag} question {i}", "answer [1]", [{"n": 1, "doc": "a.txt"}], rating=1 if i % 2 else -1, channel=tag)


def test_first_connections_to_a_new_database_from_many_threads_at_once_all_succeed(tmp_path):
    """Switching a new SQLite file to WAL takes an exclusive lock, and SQLite answers a connection that would deadlock
    waiting for it with 'database is locked' at once, whatever the busy timeout. Here eight stores open the same new
    file at the same instant, as a web chat and a Slack bot started together would; every one must store its ratings
    and every vector cache its vectors."""
    import threading

    import numpy as np

    from assistant.embedding import VectorCache

    errors: list[str] = []
    for trial in range(60):
        db, cache = tmp_path / f"feedback-{trial}.sqlite3", tmp_path / f"vectors-{trial}.sqlite3"
        start = threading.Barrier(8)

        def open_and_write(i: int) -> None:
            start.wait()
            try:
                for k in range(3):
                    FeedbackStore(db).add(f"q{i}-{k}", "a [1]", [], rating=1, channel=f"t{i}")
                VectorCache(cache, namespace="m").put("passage", {f"phrase {i}": np.ones(4, dtype=np.float32)})
            except sqlite3.OperationalError as error:
                errors.append(str(error))

        threads = [threading.Thread(target=open_and_write, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors, f"trial {trial}: {errors}"
        assert len(FeedbackStore(db).all()) == 8 * 3
        assert len(VectorCache(cache, namespace="m").get("passage", [f"phrase {i}" for i in range(8)])) == 8


def test_concurrent_ratings_from_threads_and_processes_are_all_kept_and_survive_a_restart(tmp_path):
    import threading

    db = tmp_path / "data" / "feedback.sqlite3"
    per_writer = 40
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(per_writer), f"proc{i}"]) for i in range(3)]
    threads = [threading.Thread(target=_write_ratings, args=(db, per_writer, f"thread{i}")) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    for proc in procs:
        assert proc.wait(timeout=300) == 0
    rows = FeedbackStore(db).all()  # a new store, as after a restart
    assert len(rows) == 9 * per_writer and len({r["id"] for r in rows}) == len(rows)
    assert {(r["channel"], r["question"]) for r in rows} == {
        (tag, f"{tag} question {i}") for tag in [f"proc{i}" for i in range(3)] + [f"thread{i}" for i in range(6)]
        for i in range(per_writer)
    }
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    # A process killed right after a rating was stored: the rating is there when the app comes back.
    script = (
        "import os, signal, sys; from pathlib import Path; from assistant.feedback import FeedbackStore; "
        f"FeedbackStore(Path({str(db)!r})).add('killed right after', 'a [1]', rating=1); "
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    killed = subprocess.run([sys.executable, "-c", script], timeout=120)
    assert killed.returncode == -signal.SIGKILL
    assert FeedbackStore(db).all()[-1]["question"] == "killed right after"


# --------------------------------------------------------------------------- secrets


def test_secrets_come_from_the_environment_and_never_show(monkeypatch, caplog):
    monkeypatch.setenv("ASSISTANT_ADMIN_TOKEN", ADMIN)
    monkeypatch.setenv("ASSISTANT_LLM_API_KEY", "sk-reliability-4b7e")
    settings = Settings()
    assert settings.admin_token.get_secret_value() == ADMIN and settings.llm_api_key == "sk-reliability-4b7e"
    for shown in (repr(settings), str(settings), f"{settings}"):
        assert ADMIN not in shown and "sk-reliability-4b7e" not in shown
    credentials = SlackCredentials.from_env(http=True, environ={"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET})
    assert BOT_TOKEN not in repr(credentials) and SIGNING_SECRET not in repr(credentials)

    # A wrong bot token: the error names the variable, never the value; the debug log keeps it out too.
    api = FakeSlackAPI(bot_token="xoxb-the-right-one").start()
    caplog.set_level(logging.DEBUG)
    try:
        with pytest.raises(ConfigurationError) as error:
            build_slack_app(None, Settings(slack_api_url=api.url), credentials)
    finally:
        api.stop()
    assert "SLACK_BOT_TOKEN" in str(error.value) and BOT_TOKEN not in str(error.value)
    assert BOT_TOKEN not in caplog.text and SIGNING_SECRET not in caplog.text


def test_the_slack_endpoint_refuses_to_run_without_a_signing_secret(slack_api):
    app = build_slack_app(None, Settings(slack_api_url=slack_api.url), SlackCredentials(bot_token=BOT_TOKEN))
    with pytest.raises(ConfigurationError, match="SLACK_SIGNING_SECRET"):
        SlackEventServer(app, "127.0.0.1", 0)


@pytest.mark.integration
def test_slack_logs_never_hold_the_tokens(slack_url, slack_api, caplog):
    caplog.set_level(logging.DEBUG)
    event = direct_message("D0SECRETS", COMMERCE_Q)
    assert post_signed(slack_url, json.dumps(event_callback(event)), SIGNING_SECRET)[0] == 200
    assert "Commerce" in _slack_reply(slack_api, "D0SECRETS")["text"]
    assert post_signed(slack_url, json.dumps(event_callback(mention("C0FORGED2", COMMERCE_Q))), "guess")[0] == 401
    assert caplog.text and BOT_TOKEN not in caplog.text and SIGNING_SECRET not in caplog.text


@pytest.mark.integration
def test_web_admin_actions_need_the_token_over_http_and_the_token_is_never_served(hostile, tmp_path):
    import urllib.request

    from gradio_client import Client, handle_file

    from browser import served

    article = tmp_path / "zorblax.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    corpus = sorted(p.name for p in hostile.settings.corpus_dir.iterdir())
    with served(hostile) as url:
        page = urllib.request.urlopen(url + "/", timeout=60).read().decode()
        config = urllib.request.urlopen(url + "/config", timeout=60).read().decode()
        assert ADMIN not in page and ADMIN not in config
        client = Client(url, verbose=False)
        for token in ("", "wrong", ADMIN + " x", ADMIN.upper()):
            status = client.predict(token, handle_file(str(article)), api_name="/add_document")[0]
            assert "status-error" in status and (token.strip() == "" or token not in status)
            status = client.predict(token, None, api_name="/remove_document")[0]
            assert "status-error" in status and "token" in status  # the token is checked first
        assert sorted(p.name for p in hostile.settings.corpus_dir.iterdir()) == corpus
        assert "zorblax.txt" not in {d.doc for d in hostile.documents()}
        status = client.predict(ADMIN, handle_file(str(article)), api_name="/add_document")[0]
        assert "status-ok" in status and ADMIN not in status
    assert "zorblax.txt" in {d.doc for d in hostile.documents()}
    hostile.remove_document("zorblax.txt")
