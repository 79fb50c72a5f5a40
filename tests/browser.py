"""Helpers for the web chat tests: a deterministic fake assistant, a served page, headless Chromium.

    with served(FakeAssistant(tmp_path)) as url, chromium() as browser:
        page = open_chat(browser, url)
        ask(page, "Who published the list?")
        screenshot(page, "answer")
"""

from __future__ import annotations

import contextlib
import re
import socket
from pathlib import Path
from typing import Iterator

from assistant.config import Settings
from assistant.errors import InvalidQuestion, UnsupportedDocument
from assistant.feedback import FeedbackStore
from assistant.types import Answer, AnswerDelta, Citation, DocumentInfo, IngestReport
from assistant.web import TYPING

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
TIMEOUT_MS = 120_000  # model loads and first answers can be slow on a small machine


# --------------------------------------------------------------------------- fake assistant


class FakeAssistant:
    """A deterministic stand-in for `Assistant`: cites the first sentence of the best-matching article.

    Articles are {doc: (title, lang, text)}; a passage is a whole article. Words of the question found
    in an article score it; a question with no match is refused.
    """

    def __init__(self, tmp: Path, articles: dict[str, tuple[str, str, str]] | None = None, admin_token: str = "secret"):
        self.settings = Settings(
            corpus_dir=tmp / "corpus", index_dir=tmp / "index", data_dir=tmp / "data", admin_token=admin_token
        )
        self.feedback = FeedbackStore(self.settings.feedback_db)
        self.articles = dict(articles or FAKE_ARTICLES)
        self.questions: list[tuple[str, list]] = []

    def _best(self, question: str) -> str | None:
        words = {w for w in re.findall(r"\w{4,}", question.lower())}
        scores = {doc: sum(w in text.lower() for w in words) for doc, (_, _, text) in self.articles.items()}
        best = max(scores, key=scores.get, default=None)
        return best if best and scores[best] > 0 else None

    def stream(self, question: str, history=()) -> Iterator[AnswerDelta | Answer]:
        if not question.strip() or len(question) > self.settings.max_question_chars:
            raise InvalidQuestion("the question is empty or too long")
        self.questions.append((question, list(history)))
        lang = "fr" if re.search(r"\b(quel|quelle|qui|pourquoi|le|la|les)\b", question.lower()) else "en"
        doc = self._best(question)
        if doc is None:
            text = "Je ne trouve pas la réponse dans les articles." if lang == "fr" else "The articles do not answer this."
            yield AnswerDelta(text)
            yield Answer(question=question, answer=text, refused=True, lang=lang)
            return
        title, doc_lang, body = self.articles[doc]
        sentence = re.split(r"(?<=[.!?])\s+", body.strip())[0]
        text = f"{sentence} [1]"
        for piece in re.findall(r"\S+\s*", text):
            yield AnswerDelta(piece)
        citation = Citation(n=1, doc=doc, title=title, lang=doc_lang, text=body, sentences=(sentence,))
        yield Answer(question=question, answer=text, refused=False, citations=(citation,), lang=lang)

    def ask(self, question: str, history=()) -> Answer:
        return [item for item in self.stream(question, history) if isinstance(item, Answer)][-1]

    def documents(self) -> list[DocumentInfo]:
        return [DocumentInfo(doc, title, lang, 1) for doc, (title, lang, _) in sorted(self.articles.items())]

    def add_document(self, filename: str, data: bytes) -> IngestReport:
        suffix = Path(filename).suffix.lower()
        if suffix not in (".txt", ".md", ".html"):
            raise UnsupportedDocument(f"{filename}: unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnsupportedDocument(f"{filename}: not valid UTF-8 text (byte {exc.start})") from None
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if not lines:
            raise UnsupportedDocument(f"{filename}: no article text found")
        self.articles[filename] = (lines[0], "en", " ".join(lines[1:]) or lines[0])
        return IngestReport(added=(f"{filename}#0",), documents=(filename,))

    def remove_document(self, doc: str) -> IngestReport:
        if doc not in self.articles:
            raise UnsupportedDocument(f"{doc}: no such article")
        del self.articles[doc]
        return IngestReport(removed=(f"{doc}#0",), deleted_documents=(doc,))


FAKE_ARTICLES = {
    "000_fr.txt": (
        "Les États-Unis placent 28 entreprises chinoises sur liste noire",
        "fr",
        "Le ministère du Commerce a rendu cette liste publique. Hikvision et Dahua figurent sur la liste.",
    ),
    "003_en.txt": (
        "US adds Chinese AI and facial recognition companies to entity list",
        "en",
        "The Commerce Department added eight firms to the entity list. Amazon bought cameras from Dahua "
        "because they could take temperatures.",
    ),
}


# --------------------------------------------------------------------------- server and browser


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def served(assistant) -> Iterator[str]:
    """Serve the web chat for `assistant` in this process; yields its URL."""
    from assistant.web import serve

    demo = serve(assistant, "127.0.0.1", free_port(), block=False)
    try:
        yield demo.local_url.rstrip("/")
    finally:
        demo.close()


@contextlib.contextmanager
def chromium():
    """Headless Debian Chromium driven by playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_chat(browser, url: str, viewport: dict = DESKTOP):
    page = browser.new_page(viewport=viewport)
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(url, wait_until="load")
    page.locator("#question textarea").wait_for(state="visible")
    return page


def bot_messages(page):
    return page.locator('#chatbot [data-testid="bot"]')


def ask(page, question: str):
    """Type a question, send it, and wait until its answer has finished streaming. Returns the answer locator."""
    before = bot_messages(page).count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    return wait_for_answer(page, before + 1)


def wait_for_answer(page, count: int):
    """Wait until the chat holds `count` answers and the last one has finished streaming."""
    from playwright.sync_api import expect

    answers = bot_messages(page)
    expect(answers).to_have_count(count, timeout=TIMEOUT_MS)
    last = answers.last
    expect(last).not_to_contain_text(TYPING, timeout=TIMEOUT_MS)
    expect(last).not_to_be_empty()
    return last


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
