"""The Gradio web chat: streamed cited answers, a sources panel, feedback, and article management.

    from assistant import Settings, build_assistant
    from assistant.web import serve
    serve(build_assistant(Settings()))   # http://127.0.0.1:7860, or GRADIO_SERVER_NAME / GRADIO_SERVER_PORT

`build_ui(assistant)` returns the `gr.Blocks` without starting a server; `launch_options()` holds
the look (theme, CSS, script) and the privacy switches every launch should use.
"""

from __future__ import annotations

import hmac
import html
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402

from assistant.errors import AssistantError, ConfigurationError, InvalidQuestion, UnsupportedDocument  # noqa: E402
from assistant.types import Answer, AnswerDelta, Citation, DocumentInfo  # noqa: E402

log = logging.getLogger(__name__)

ASSETS = Path(__file__).resolve().parent / "web_assets"
APP_TITLE = "Blacklist Assistant"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7860
PALETTE_SIZE = 6  # citation colours cycle after this many sources (see web_assets/style.css)
TYPING = " ▍"  # shown at the end of an answer while it streams

EXAMPLES = (
    ("FR", "Quel ministère a publié la liste des entreprises ?"),
    ("EN", "Why did Amazon buy cameras from Dahua?"),
    ("FR", "Pourquoi SenseTime a-t-il été placé sur liste noire ?"),
    ("EN", "Which firms were put on the entity list?"),
)

_WORDS = {
    "en": {
        "sources_for": "Sources for answer {n}",
        "no_sources": "No passage of the indexed articles answers this question, so nothing is cited.",
        "lang": {"fr": "French", "en": "English"},
        "highlight": "Highlighted: the sentence the answer relies on.",
    },
    "fr": {
        "sources_for": "Sources de la réponse {n}",
        "no_sources": "Aucun passage des articles indexés ne répond à cette question : rien n’est cité.",
        "lang": {"fr": "Français", "en": "Anglais"},
        "highlight": "Surligné : la phrase sur laquelle s’appuie la réponse.",
    },
}


# --------------------------------------------------------------------------- rendering


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def _well_formed(text: str) -> str:
    """Text with any lone surrogate (valid JSON, invalid Unicode) replaced by U+FFFD, which the model can read."""
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) else text


def _secret(value: Any) -> str:
    """A setting's secret text, whether it is a SecretStr (Settings) or plain text (a test double)."""
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value or "")


def _colour(n: int) -> str:
    return f"c{(n - 1) % PALETTE_SIZE + 1}"


def marker_badge(n: int, turn: int) -> str:
    """The badge of source n as the sources panel draws it (app.js draws answer markers the same way)."""
    return f'<span class="cite-ref {_colour(n)}" data-turn="{turn}" data-n="{n}">{n}</span>'


def chat_text(text: str) -> str:
    """Text for a chat bubble, shown literally rather than read as Markdown. The `[n]` markers stay
    plain text: app.js draws them as badges, and copying or reading the answer aloud keeps `[n]`."""
    text = _INLINE_SPECIAL.sub(lambda m: "\\" + m.group(0), text)
    return _LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2).isdigit() else "\\" + m.group(2)), text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_INLINE_SPECIAL = re.compile(r"[\\`*_$~<>]|\[(?!\d+\])")  # "[" only when it does not open a marker
_LINE_START = re.compile(r"^(\s*)([#+-]|\d+(?=[.)]\s))", re.MULTILINE)  # headings, lists


def _find_spans(text: str, sentences: Sequence[str]) -> list[tuple[int, int]]:
    """Where each sentence sits in `text` (whitespace-tolerant), overlapping spans merged."""
    spans = []
    for sentence in sentences:
        words = sentence.split()
        if not words:
            continue
        match = re.search(r"\s+".join(map(re.escape, words)), text)
        if match:
            spans.append(match.span())
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, sentences: Sequence[str]) -> str:
    """Escaped passage HTML with the cited sentences wrapped in <mark>."""
    out, pos = [], 0
    for start, end in _find_spans(text, sentences):
        out.append(_esc(text[pos:start]))
        out.append(f"<mark>{_esc(text[start:end])}</mark>")
        pos = end
    out.append(_esc(text[pos:]))
    return "".join(out)


def render_source_card(citation: Citation, turn: int, lang: str = "en") -> str:
    """One source: badge, article title, article language (named in `lang`), passage with highlights."""
    words = _WORDS.get(lang, _WORDS["en"])
    lang_name = words["lang"].get(citation.lang, citation.lang)
    return (
        f'<article class="src-card {_colour(citation.n)}" id="src-{turn}-{citation.n}" '
        f'data-turn="{turn}" data-n="{citation.n}">'
        f'<header class="src-head">{marker_badge(citation.n, turn)}'
        f'<span class="src-title">{_esc(citation.title or citation.doc)}</span>'
        f'<span class="src-lang" lang="{_attr(lang)}">{_esc(lang_name)}</span></header>'
        f'<p class="src-text">{highlight(citation.text, citation.sentences)}</p>'
        f'<footer class="src-doc">{_esc(citation.doc)}</footer></article>'
    )


def render_sources(answer: Answer | None, turn: int = 0) -> str:
    """The sources panel for one answer: a card per citation, in marker order."""
    if answer is None:
        return render_sources_intro()
    words = _WORDS.get(answer.lang, _WORDS["en"])
    head = f'<div class="src-panel-head">{_esc(words["sources_for"].format(n=turn + 1))}</div>'
    question = f'<div class="src-question">{_esc(answer.question)}</div>'
    notice = f'<div class="src-notice">{_esc(answer.notice)}</div>' if answer.notice else ""
    if not answer.citations:
        body = f'<p class="src-empty">{_esc(words["no_sources"])}</p>'
    else:
        cards = "".join(render_source_card(c, turn, answer.lang) for c in answer.citations)
        body = f'<p class="src-legend"><mark>{_esc(words["highlight"])}</mark></p>{cards}'
    return f'<div class="src-panel" data-turn="{turn}">{head}{question}{notice}{body}</div>'


def render_sources_intro() -> str:
    return (
        '<div class="src-panel src-intro">'
        '<div class="src-panel-head">Sources</div>'
        "<p>Every claim in an answer ends with a numbered marker "
        f'{marker_badge(1, -1)}. The card with the same number appears here, showing the article, its '
        "language and the passage, with the sentence the answer relies on <mark>highlighted</mark>.</p>"
        '<p lang="fr">Chaque affirmation renvoie à sa source numérotée, affichée ici avec la phrase '
        "citée surlignée.</p></div>"
    )


def render_sources_pending() -> str:
    return '<div class="src-panel src-pending"><div class="src-panel-head">Sources</div><p>Searching the articles…</p></div>'


def render_documents(docs: Sequence[DocumentInfo]) -> str:
    """The table of indexed articles with their passage counts."""
    if not docs:
        return '<p class="docs-empty">No article is indexed yet.</p>'
    rows = "".join(
        f'<tr data-doc="{_attr(d.doc)}"><td class="doc-title">{_esc(d.title or d.doc)}'
        f'<div class="doc-file">{_esc(d.doc)}</div></td>'
        f'<td class="doc-lang">{_esc(d.lang.upper())}</td><td class="doc-passages">{d.passages}</td></tr>'
        for d in sorted(docs, key=lambda d: (d.title or d.doc).lower())
    )
    total = sum(d.passages for d in docs)
    summary = f'<p class="docs-summary">{len(docs)} articles · {total} passages indexed</p>'
    return (
        f'{summary}<table class="docs-table"><thead><tr><th>Article</th><th>Lang.</th><th>Passages</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _status(message: str, ok: bool) -> str:
    kind = "ok" if ok else "error"
    return f'<div class="status status-{kind}" role="{"status" if ok else "alert"}">{_esc(message)}</div>'


def _size(n: int) -> str:
    return f"{n / 1_000_000:.3g} MB" if n >= 1_000_000 else f"{max(1, round(n / 1000))} kB"


def _refusal(name: str, action: str, reason: str) -> str:
    """An article that was not added or removed: which, why, and that nothing changed."""
    reason = reason.strip().removeprefix(f"{name}:").strip().rstrip(".")
    return f"{name} was not {action}: {reason}. The articles are unchanged."


def _sentence(message: str) -> str:
    message = message.strip().rstrip(".")
    return f"{message[:1].upper()}{message[1:]}."


# --------------------------------------------------------------------------- conversation state


@dataclass
class Exchange:
    """One question and what came of it; the chat, the sources panel and feedback read from these."""

    question: str
    answer: Answer | None = None
    error: str = ""
    feedback_id: int | None = None
    rating: int = 0


def history(conversation: Sequence[Exchange]) -> list[dict]:
    """Earlier turns in the shape `Assistant.ask` takes; failed exchanges are left out."""
    turns = []
    for ex in conversation:
        if ex.answer is not None:
            turns.append({"role": "user", "content": ex.question})
            turns.append({"role": "assistant", "content": ex.answer.answer})
    return turns


def chat_messages(conversation: Sequence[Exchange], pending: str | None = None) -> list[dict]:
    """Chatbot value for the conversation; `pending` is the text streaming into the last answer."""
    messages = []
    for ex in conversation:
        messages.append({"role": "user", "content": chat_text(ex.question)})
        if ex.answer is not None:
            content = chat_text(ex.answer.answer)
        elif ex.error:
            content = "⚠ " + chat_text(ex.error)
        else:
            content = chat_text(pending or "") + TYPING
        messages.append({"role": "assistant", "content": content})
    return messages


def _exchange_at(conversation: Sequence[Exchange], message_index: Any) -> tuple[int, Exchange] | None:
    """The exchange behind a chat message index (user and assistant messages alternate)."""
    if isinstance(message_index, (list, tuple)):
        message_index = message_index[0]
    if not isinstance(message_index, int):
        return None
    turn = message_index // 2
    if 0 <= turn < len(conversation):
        return turn, conversation[turn]
    return None


# --------------------------------------------------------------------------- event handlers


class WebChat:
    """The behaviour behind the page, one method per event, testable without a browser.

        chat = WebChat(assistant)
        for update in chat.respond("Qui a publié la liste ?", []):
            ...
    """

    def __init__(self, assistant):
        self.assistant = assistant
        self.settings = assistant.settings

    # chat ------------------------------------------------------------------

    def respond(self, question: str, conversation: list[Exchange]) -> Iterator[tuple]:
        """Stream an answer. Yields (chat, sources, question box, conversation, feedback box, note)."""
        question = _well_formed(question or "").strip()
        if not question:
            yield (gr.skip(),) * 6
            return
        earlier = history(conversation)
        conversation = [*conversation, Exchange(question)]
        turn = len(conversation) - 1
        exchange = conversation[-1]
        hide_feedback = gr.update(visible=False)
        yield chat_messages(conversation, ""), render_sources_pending(), "", conversation, hide_feedback, ""
        text = ""
        try:
            for item in self.assistant.stream(question, earlier):
                if isinstance(item, AnswerDelta):
                    text += item.text
                    yield chat_messages(conversation, text), gr.skip(), gr.skip(), conversation, gr.skip(), gr.skip()
                elif isinstance(item, Answer):
                    exchange.answer = item
        except InvalidQuestion as exc:
            gr.Warning(_sentence(str(exc)))
            conversation = conversation[:-1]
            yield chat_messages(conversation), self._latest_sources(conversation), question, conversation, gr.skip(), gr.skip()
            return
        except AssistantError as exc:
            exchange.error = _sentence(str(exc))
        except Exception:
            log.exception("answering %r failed", question)
            exchange.error = "Sorry, something went wrong while answering. Please try again."
        if exchange.answer is None and not exchange.error:
            exchange.error = "Sorry, no answer came back. Please try again."
        sources = render_sources(exchange.answer, turn) if exchange.answer else self._latest_sources(conversation)
        yield chat_messages(conversation), sources, gr.skip(), conversation, gr.skip(), gr.skip()

    @staticmethod
    def _latest_sources(conversation: Sequence[Exchange]) -> str:
        for turn in range(len(conversation) - 1, -1, -1):
            if conversation[turn].answer is not None:
                return render_sources(conversation[turn].answer, turn)
        return render_sources_intro()

    def show_sources(self, conversation: list[Exchange], evt: gr.SelectData) -> str:
        """Clicking an answer (or one of its markers) shows that answer's sources."""
        found = _exchange_at(conversation, evt.index)
        if found is None or found[1].answer is None:
            return gr.skip()
        turn, exchange = found
        return render_sources(exchange.answer, turn)

    def new_conversation(self) -> tuple:
        return [], render_sources_intro(), "", [], gr.update(visible=False), "", ""

    # feedback --------------------------------------------------------------

    def rate(self, conversation: list[Exchange], evt: gr.LikeData) -> tuple:
        """Store a thumbs up/down at once; a second click on the same thumb withdraws it.

        Returns (feedback box update, note HTML, comment box value, conversation).
        """
        found = _exchange_at(conversation, evt.index)
        if found is None or found[1].answer is None:
            return gr.skip(), gr.skip(), gr.skip(), conversation
        turn, exchange = found
        rating = 1 if evt.liked is True else -1 if evt.liked is False else 0
        store = self.assistant.feedback
        if rating == 0:
            if exchange.feedback_id is not None:
                store.delete(exchange.feedback_id)
            exchange.feedback_id, exchange.rating = None, 0
            return gr.update(visible=False), "", "", conversation
        if exchange.feedback_id is None:
            answer = exchange.answer
            citations = [
                {"n": c.n, "doc": c.doc, "title": c.title, "lang": c.lang, "sentences": list(c.sentences)}
                for c in answer.citations
            ]
            exchange.feedback_id = store.add(
                answer.question, answer.answer, citations=citations, rating=rating, channel="web"
            )
        elif exchange.rating != rating:
            store.set_rating(exchange.feedback_id, rating)
        exchange.rating = rating
        thumb = "helpful" if rating > 0 else "not helpful"
        note = _status(f"Thank you: answer {turn + 1} marked {thumb}. Add a comment below if you like.", True)
        return gr.update(visible=True), note, "", conversation

    def comment(self, text: str, conversation: list[Exchange]) -> tuple:
        """Attach the comment to the most recently rated answer. Returns (note, comment box, feedback box)."""
        rated = [(t, ex) for t, ex in enumerate(conversation) if ex.feedback_id is not None]
        if not rated:
            return _status("Rate an answer with a thumb first, then add your comment.", False), text, gr.skip()
        if not (text or "").strip():
            return _status("Write a comment first (or just keep the rating).", False), text, gr.skip()
        turn, exchange = max(rated, key=lambda pair: pair[1].feedback_id)
        self.assistant.feedback.set_comment(exchange.feedback_id, text)
        return _status(f"Comment saved for answer {turn + 1}. Thank you!", True), "", gr.update(visible=False)

    # documents -------------------------------------------------------------

    @property
    def admin_enabled(self) -> bool:
        return bool(self.settings.admin_token)

    def _is_admin(self, token: str) -> bool:
        expected = _secret(self.settings.admin_token).encode()
        return self.admin_enabled and hmac.compare_digest((token or "").encode(), expected)

    def _admin_refusal(self, token: str) -> str | None:
        if not self.admin_enabled:
            return "Uploading and removing articles is disabled on this server."
        if not (token or "").strip():
            return "Enter the admin token to add or remove articles."
        if not self._is_admin(token.strip()):
            return "That admin token is not correct."
        return None

    def documents_view(self, docs: Sequence[DocumentInfo] | None = None) -> tuple:
        """(table HTML, removal dropdown update) for the current index."""
        docs = self.assistant.documents() if docs is None else docs
        choices = [(f"{d.title or d.doc} ({d.doc})", d.doc) for d in sorted(docs, key=lambda d: d.doc)]
        return render_documents(docs), gr.update(choices=choices, value=None)

    def add_document(self, token: str, path: str | None) -> tuple:
        """Upload handler. Returns (status, table, dropdown, file input)."""
        refusal = self._admin_refusal(token)
        if refusal:
            return _status(refusal, False), gr.skip(), gr.skip(), gr.skip()
        if not path:
            return _status("Choose a .txt, .md or .html file first.", False), gr.skip(), gr.skip(), gr.skip()
        file = Path(path)
        limit = self.settings.max_upload_bytes
        size = file.stat().st_size
        if size > limit:
            reason = f"it is larger than the {_size(limit)} limit"
            return _status(_refusal(file.name, "added", reason), False), gr.skip(), gr.skip(), None
        before = {d.doc for d in self.assistant.documents()}
        try:
            self.assistant.add_document(file.name, file.read_bytes())
        except UnsupportedDocument as exc:
            return _status(_refusal(file.name, "added", str(exc)), False), gr.skip(), gr.skip(), None
        except Exception:
            log.exception("adding %s failed", file.name)
            reason = "an internal error stopped it (see the server log)"
            return _status(_refusal(file.name, "added", reason), False), gr.skip(), gr.skip(), None
        docs = self.assistant.documents()
        table, dropdown = self.documents_view(docs)
        info = next((d for d in docs if d.doc == file.name), None)
        title = f"“{info.title}”" if info and info.title else file.name
        passages = f"{info.passages} passage{'s' if info.passages != 1 else ''}" if info else "its passages"
        verb = "Updated" if file.name in before else "Added"
        message = f"{verb} {title} ({file.name}, {passages}). You can ask about it now."
        return _status(message, True), table, dropdown, None

    def remove_document(self, token: str, doc: str | None) -> tuple:
        """Removal handler. Returns (status, table, dropdown)."""
        refusal = self._admin_refusal(token)
        if refusal:
            return _status(refusal, False), gr.skip(), gr.skip()
        if not doc:
            return _status("Choose the article to remove.", False), gr.skip(), gr.skip()
        titles = {d.doc: d.title for d in self.assistant.documents()}
        try:
            report = self.assistant.remove_document(doc)
        except AssistantError as exc:
            return _status(_refusal(doc, "removed", str(exc)), False), gr.skip(), gr.skip()
        except Exception:
            log.exception("removing %s failed", doc)
            reason = "an internal error stopped it (see the server log)"
            return _status(_refusal(doc, "removed", reason), False), gr.skip(), gr.skip()
        name = f"“{titles[doc]}” ({doc})" if titles.get(doc) else doc
        message = f"Removed {name}: {len(report.removed)} passages. Answers no longer cite it."
        return (_status(message, True), *self.documents_view())


# --------------------------------------------------------------------------- layout


def _header() -> str:
    return (
        '<header class="app-header">'
        f'<h1>{APP_TITLE}</h1>'
        "<p>Questions on the US blacklisting of Chinese surveillance and AI firms, answered from news "
        "articles, every claim cited.</p>"
        '<p lang="fr">Posez vos questions en français ou en anglais : la réponse cite ses sources.</p>'
        "</header>"
    )


def _admin_help(settings) -> str:
    limit = _size(settings.max_upload_bytes)
    if settings.admin_token:
        return (
            f'<p class="admin-help">Add an article as a .txt, .md or .html file (up to {limit}); it is indexed '
            "at once and can be asked about straight away. Adding and removing need the admin token.</p>"
        )
    return (
        '<p class="admin-help admin-off">Adding and removing articles is turned off on this server. '
        "An administrator can turn it on by setting an admin token (the <code>ASSISTANT_ADMIN_TOKEN</code> "
        "environment variable) and restarting.</p>"
    )


def build_ui(assistant) -> gr.Blocks:
    """The page, wired to `assistant`. Launch it with `serve`, or `build_ui(a).launch(**launch_options())`."""
    chat = WebChat(assistant)
    settings = assistant.settings
    examples = [{"text": text, "display_text": f"{lang} · {text}"} for lang, text in EXAMPLES]

    with gr.Blocks(title=APP_TITLE, analytics_enabled=False, fill_width=True) as demo:
        conversation = gr.State([])
        gr.HTML(_header(), elem_id="app-header")
        with gr.Tabs(elem_id="tabs"):
            with gr.Tab("Chat", id="chat", elem_id="tab-chat"):
                with gr.Row(equal_height=False, elem_id="chat-row"):
                    with gr.Column(scale=3, min_width=340, elem_id="chat-col"):
                        chatbot = gr.Chatbot(
                            elem_id="chatbot",
                            show_label=False,
                            height="min(64vh, 620px)",
                            min_height=300,
                            latex_delimiters=[],
                            buttons=[],
                            feedback_options=("Like", "Dislike"),
                            examples=examples,
                            placeholder=(
                                "<div class='chat-placeholder'><strong>Ask a question about the articles</strong>"
                                "<br><span lang='fr'>Posez une question sur les articles</span></div>"
                            ),
                            autoscroll=True,
                        )
                        question = gr.Textbox(
                            elem_id="question",
                            show_label=False,
                            placeholder="Ask in French or English… · Posez votre question…",
                            lines=1,
                            max_lines=6,
                            submit_btn=True,
                            autofocus=True,
                            max_length=settings.max_question_chars,
                        )
                        with gr.Row(elem_id="chat-actions"):
                            new_chat = gr.Button("New conversation", elem_id="new-chat", size="sm", variant="secondary")
                        feedback_note = gr.HTML("", elem_id="feedback-note", js_on_load=None)
                        with gr.Group(visible=False, elem_id="feedback-box") as feedback_box:
                            comment = gr.Textbox(
                                elem_id="feedback-comment",
                                label="Comment (optional)",
                                placeholder="What was right or wrong with this answer?",
                                lines=2,
                                max_lines=6,
                            )
                            send_comment = gr.Button("Send comment", elem_id="send-comment", size="sm")
                    with gr.Column(scale=2, min_width=300, elem_id="sources-col"):
                        sources = gr.HTML(render_sources_intro(), elem_id="sources", js_on_load=None)

            with gr.Tab("Articles", id="articles", elem_id="tab-articles"):
                documents = gr.HTML("", elem_id="documents", js_on_load=None)
                with gr.Column(elem_id="admin"):
                    gr.HTML(f"<h3 class='admin-title'>Manage articles</h3>{_admin_help(settings)}", js_on_load=None)
                    with gr.Column(visible=chat.admin_enabled, elem_id="admin-controls"):
                        token = gr.Textbox(label="Admin token", type="password", elem_id="admin-token", max_lines=1)
                        with gr.Row(equal_height=False):
                            with gr.Column(min_width=280, elem_id="add-col"):
                                upload = gr.File(
                                    label=f"Article to add (.txt, .md, .html; up to {_size(settings.max_upload_bytes)})",
                                    # No file_types: a wrong type reaches add_document and gets its clear,
                                    # lasting message instead of a passing toast.
                                    type="filepath",
                                    elem_id="upload-file",
                                )
                                add = gr.Button("Add article", variant="primary", elem_id="add-article")
                            with gr.Column(min_width=280, elem_id="remove-col"):
                                removable = gr.Dropdown(label="Article to remove", choices=[], elem_id="remove-choice")
                                remove = gr.Button("Remove article", variant="stop", elem_id="remove-article")
                        admin_status = gr.HTML("", elem_id="admin-status", js_on_load=None)

        # One assistant serves everyone: questions and index changes take turns.
        queue = {"concurrency_id": "assistant", "concurrency_limit": 1}
        answer_outputs = [chatbot, sources, question, conversation, feedback_box, feedback_note]
        question.submit(chat.respond, [question, conversation], answer_outputs, **queue)
        chatbot.example_select(_example_text, None, question, queue=False).then(
            chat.respond, [question, conversation], answer_outputs, **queue
        )
        chatbot.select(chat.show_sources, conversation, sources, queue=False)
        chatbot.like(chat.rate, conversation, [feedback_box, feedback_note, comment, conversation])
        comment_outputs = [feedback_note, comment, feedback_box]
        comment.submit(chat.comment, [comment, conversation], comment_outputs)
        send_comment.click(chat.comment, [comment, conversation], comment_outputs)
        reset_outputs = [chatbot, sources, question, conversation, feedback_box, feedback_note, comment]
        new_chat.click(chat.new_conversation, None, reset_outputs, queue=False)
        chatbot.clear(chat.new_conversation, None, reset_outputs, queue=False)
        add.click(chat.add_document, [token, upload], [admin_status, documents, removable, upload], **queue)
        remove.click(chat.remove_document, [token, removable], [admin_status, documents, removable], **queue)
        demo.load(chat.documents_view, None, [documents, removable], **queue)
    return demo


def _example_text(evt: gr.SelectData) -> str:
    # Gradio passes the event data because of the annotation.
    return evt.value["text"]


def launch_options() -> dict:
    """Look and privacy settings for `Blocks.launch`: no share link, footer links, run history or analytics."""
    return {
        "theme": gr.themes.Soft(
            primary_hue="indigo",
            neutral_hue="slate",
            font=[gr.themes.LocalFont("IBM Plex Sans", weights=(400, 600, 700)), "system-ui", "sans-serif"],
        ),
        "css_paths": [ASSETS / "style.css"],
        "head": f"<script>{(ASSETS / 'app.js').read_text(encoding='utf-8')}</script>",
        "share": False,
        "footer_links": [],
        "run_history": False,
        "ssr_mode": False,
        "pwa": False,
        "mcp_server": False,
    }


def _port(port: int | None) -> int:
    if port is not None:
        return int(port)
    value = os.environ.get("GRADIO_SERVER_PORT", "").strip()
    if not value:
        return DEFAULT_PORT
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ConfigurationError(f"GRADIO_SERVER_PORT must be a port number (1-65535), got {value!r}")
    return int(value)


def serve(assistant, host: str | None = None, port: int | None = None, *, block: bool = True) -> gr.Blocks:
    """Serve the web chat on host:port (default GRADIO_SERVER_NAME / GRADIO_SERVER_PORT, else 127.0.0.1:7860).

    With `block=False` it returns once the server listens; stop it with `.close()`.
    """
    host = host or os.environ.get("GRADIO_SERVER_NAME", "").strip() or DEFAULT_HOST
    port = _port(port)
    assistant.documents()  # bring the index up to date now, not while the first visitor waits
    demo = build_ui(assistant)
    demo.queue(default_concurrency_limit=1)
    # Gradio's own cap is a backstop; files under it get the friendlier size message from add_document.
    backstop = max(2 * assistant.settings.max_upload_bytes, 1_000_000)
    demo.launch(
        server_name=host,
        server_port=port,
        prevent_thread_lock=True,
        max_file_size=backstop,
        quiet=True,  # gradio's banner suggests share links; this server never makes one
        **launch_options(),
    )
    if block:
        admin = "on" if assistant.settings.admin_token else "off (set ASSISTANT_ADMIN_TOKEN to allow uploads)"
        print(f"Web chat on {demo.local_url}  (article management {admin}; Ctrl+C to stop)", flush=True)
        demo.block_thread()
    return demo
