"""The assistant as a Slack app (slack-bolt): Socket Mode by default, or HTTP on `/slack/events`.

    app = build_slack_app(bot, settings)                      # needs SLACK_BOT_TOKEN
    run_slack(bot, settings, http=False, port=3000)           # Socket Mode, needs SLACK_APP_TOKEN
    run_slack(bot, settings, http=True, port=3000)            # HTTP, needs SLACK_SIGNING_SECRET

It answers mentions in channels and direct messages, always in the thread of the question, and uses
the thread's earlier messages as conversation history. A placeholder message appears at once and
shows the answer as it streams (updated about once a second); it then becomes the final Block Kit
message: the answer with its `[n]` markers, the sources, and 👍/👎 buttons that write to the
shared feedback store.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Sequence

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.error import BoltError
from slack_bolt.middleware import Middleware
from slack_sdk import WebClient

from assistant.config import Settings
from assistant.errors import ConfigurationError, InvalidQuestion
from assistant.text import question_language
from assistant.types import Answer, AnswerDelta, Turn

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"

# Slack's own limits (https://api.slack.com/reference/block-kit/blocks)
SECTION_LIMIT = 3000
CONTEXT_TEXT_LIMIT = 2000  # the API allows 3000; sources stay readable well below it
MAX_BLOCKS = 50
BUTTON_VALUE_LIMIT = 2000
QUOTE_LIMIT = 600
MAX_ANSWER_SECTIONS = 10  # 30,000 characters: far more than any answer, and room left for sources
HISTORY_TURNS = 10
MESSAGE_TEXT_LIMIT = 39_000  # Slack truncates a message's text beyond 40,000 characters
# Slack rate-limits chat.update (about one call a second per message keeps well within it).
STREAM_UPDATE_INTERVAL = 1.0
STREAMING_MARK = " …"  # ends the text while the answer is still coming

_TEXT = {
    "en": {
        "searching": "_Searching the articles…_",
        "sources": "*Sources*",
        "refused_note": "Answers come only from the indexed articles; none of them covers this.",
        "up": "Helpful",
        "down": "Not helpful",
        "thanks": "Thanks for your feedback!",
    },
    "fr": {
        "searching": "_Recherche dans les articles…_",
        "sources": "*Sources*",
        "refused_note": "Les réponses viennent uniquement des articles indexés ; aucun n’en parle.",
        "up": "Utile",
        "down": "Pas utile",
        "thanks": "Merci pour votre avis !",
    },
}
# What an answer message says until its text arrives.
PLACEHOLDERS = frozenset(words["searching"] for words in _TEXT.values())
# Said before the question's language is known, so in both languages.
EMPTY_QUESTION = (
    "Ask me a question about the US blacklists of Chinese surveillance and AI firms. "
    "/ Posez-moi une question sur les listes noires américaines visant des entreprises chinoises."
)
FEEDBACK_ERROR = "Sorry, your rating could not be saved. / Désolé, votre avis n’a pas pu être enregistré."
INTERNAL_ERROR = "Sorry, I could not answer that right now. / Désolé, je ne peux pas répondre pour le moment."


# --------------------------------------------------------------------------- credentials


@dataclass(frozen=True)
class SlackCredentials:
    """Tokens read from the environment: `SLACK_BOT_TOKEN`, `SLACK_APP_TOKEN`, `SLACK_SIGNING_SECRET`."""

    # Never in repr: a credentials object in a log line or a traceback must not leak a token.
    bot_token: str = field(repr=False)
    app_token: str = field(default="", repr=False)
    signing_secret: str = field(default="", repr=False)

    @classmethod
    def from_env(cls, http: bool | None = None, environ: dict[str, str] | None = None) -> "SlackCredentials":
        """Read the tokens a mode needs (http=None: just the bot token); ConfigurationError names any missing."""
        env = os.environ if environ is None else environ
        needed = ["SLACK_BOT_TOKEN"]
        if http is not None:
            needed.append("SLACK_SIGNING_SECRET" if http else "SLACK_APP_TOKEN")
        missing = [name for name in needed if not env.get(name, "").strip()]
        if missing:
            mode = {None: "The Slack app", True: "HTTP mode (--http)", False: "Socket Mode"}[http]
            raise ConfigurationError(
                f"{' and '.join(missing)} not set: {mode} needs {' and '.join(needed)}. "
                "Create the Slack app from manifest.yml and copy the tokens (see docs/slack.md)."
            )
        return cls(
            bot_token=env["SLACK_BOT_TOKEN"].strip(),
            app_token=env.get("SLACK_APP_TOKEN", "").strip(),
            signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        )


# --------------------------------------------------------------------------- Slack text


def escape(text: str) -> str:
    """Escape the three characters Slack mrkdwn treats as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!([a-z]+)(?:\^[^|>]*)?(?:\|([^>]*))?>")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>")


def plain_text(text: str, bot_user_id: str = "") -> str:
    """A Slack message's text as the user wrote it: the bot's mention removed, markup undone."""

    def _mention(m: re.Match) -> str:
        if m.group(1) == bot_user_id:
            return ""
        return "@" + (m.group(2) or m.group(1))

    text = _MENTION.sub(_mention, text or "")
    text = _CHANNEL.sub(lambda m: "#" + (m.group(1) or "channel"), text)
    text = _SPECIAL.sub(lambda m: "@" + (m.group(2) or m.group(1)), text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    # A lone surrogate (valid in JSON, invalid Unicode) would break the tokenizer: make it U+FFFD.
    text = _SURROGATE.sub("\ufffd", html.unescape(text))
    return " ".join(text.split())


def _split(text: str, limit: int) -> list[str]:
    """Cut text into pieces of at most `limit` characters, at line breaks or spaces when possible."""
    pieces = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        if cut <= 0:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --------------------------------------------------------------------------- Block Kit


def feedback_value(answer: Answer) -> str:
    """What a 👍/👎 button carries: the question and the citations (the answer is the message's text).

    Citations are stored like the web chat's; a button holds at most 2000 characters, so quoted
    sentences, then titles, then citations are left out, and at last the question is shortened.
    """
    full = [{"n": c.n, "doc": c.doc, "title": c.title, "lang": c.lang, "sentences": list(c.sentences)} for c in answer.citations]
    minimal = [{"n": c["n"], "doc": c["doc"]} for c in full]
    tries = [full, [{k: c[k] for k in ("n", "doc", "title", "lang")} for c in full], minimal]
    tries += [minimal[:k] for k in range(len(full) - 1, -1, -1)]
    for cites in tries:
        value = _value(answer.question, answer.lang, cites)
        if len(value) <= BUTTON_VALUE_LIMIT:
            return value
    question = answer.question
    while len(value) > BUTTON_VALUE_LIMIT:  # JSON escapes can make a character cost more than one
        question = question[: len(question) - (len(value) - BUTTON_VALUE_LIMIT) - 1] + "…"
        value = _value(question, answer.lang, [])
    return value


def _value(question: str, lang: str, cites: list[dict]) -> str:
    return json.dumps({"q": question, "l": lang, "c": cites}, ensure_ascii=False, separators=(",", ":"))


def answer_text(answer: Answer) -> str:
    """The message's fallback text (notifications, thread history, feedback): the escaped answer."""
    return escape(answer.answer)[:MESSAGE_TEXT_LIMIT]


def answer_blocks(answer: Answer) -> list[dict]:
    """The Block Kit reply: answer sections, then sources as context blocks, then feedback buttons."""
    words = _TEXT.get(answer.lang, _TEXT["en"])
    blocks: list[dict] = []
    body = escape(answer.answer.strip()) or "…"
    if answer.refused:
        body = f":grey_question: *{body}*" if len(body) < SECTION_LIMIT - 40 else body
    for piece in _split(body, SECTION_LIMIT)[:MAX_ANSWER_SECTIONS]:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": piece, "verbatim": True}})
    if answer.refused:
        blocks.append(_context(words["refused_note"]))
    if answer.notice:
        blocks.append(_context(":information_source: " + escape(answer.notice)))

    citations = [] if answer.refused else list(answer.citations)
    room = MAX_BLOCKS - len(blocks) - 3  # sources header, actions, and a spare
    if citations and room > 0:
        blocks.append({"type": "divider"})
        blocks.append(_context(words["sources"]))
        for c in citations[: room - 1]:
            quote = " ".join(c.sentences) if c.sentences else c.text
            head = f"*[{c.n}]* {escape(_shorten(c.title, 300)) or escape(c.doc)} · {c.lang.upper()}"
            blocks.append(_context(f"{head}\n“{escape(_shorten(quote, QUOTE_LIMIT))}”"))

    value = feedback_value(answer)
    blocks.append(
        {
            "type": "actions",
            "block_id": "feedback",
            "elements": [
                _button(FEEDBACK_UP, "👍", words["up"], value),
                _button(FEEDBACK_DOWN, "👎", words["down"], value),
            ],
        }
    )
    return blocks


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text[:CONTEXT_TEXT_LIMIT], "verbatim": True}]}


def _button(action_id: str, emoji: str, label: str, value: str) -> dict:
    return {
        "type": "button",
        "action_id": action_id,
        "text": {"type": "plain_text", "text": emoji, "emoji": True},
        "accessibility_label": label,
        "value": value,
    }


# --------------------------------------------------------------------------- event gate


class _Recent:
    """A bounded, thread-safe map of recently seen keys (the oldest is forgotten first)."""

    def __init__(self, size: int = 10_000):
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, key: Any) -> bool:
        """True the first time `key` is offered, False on every repeat."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return False
            self._put(key, None)
            return True

    def get(self, key: Any) -> Any:
        with self._lock:
            return self._items.get(key)

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._put(key, value)

    def _put(self, key: Any, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        if len(self._items) > self._size:
            self._items.popitem(last=False)


class EventGate(Middleware):
    """Acknowledges and drops the events the bot must not answer, before any listener runs.

    Dropped: retries of an event already handled (same `event_id`), a second event about a message
    already handled, messages written by bots (this one included), edits and other message subtypes,
    and `message` events outside direct messages (channels are answered on mention only).
    Dropping here, not in a listener, keeps the HTTP reply a 200 (Slack retries anything else).
    """

    def __init__(self):
        self._events = _Recent()
        self._messages = _Recent()

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        body = req.body or {}
        if body.get("type") != "event_callback":
            return next()
        event = body.get("event") or {}
        if body.get("event_id") and not self._events.first_time(body["event_id"]):
            log.info("ignored a repeat of event %s (retry %s)", body["event_id"], req.headers.get("x-slack-retry-num", ["-"])[0])
            return req.context.ack()
        if event.get("type") in ("app_mention", "message"):
            if not self._is_question(event):
                return req.context.ack()
            if not self._messages.first_time((event.get("channel"), event.get("ts"))):
                return req.context.ack()
        return next()

    @staticmethod
    def _is_question(event: dict) -> bool:
        if event.get("bot_id") or event.get("bot_profile") or not event.get("user"):
            return False
        if event.get("subtype"):
            return False
        if event["type"] == "message" and event.get("channel_type") != "im":
            return False
        return True


# --------------------------------------------------------------------------- the answer message


class StreamingReply:
    """One answer message in a thread: a placeholder at once, the text as it streams, then the reply.

        reply = StreamingReply(client, "C1", thread_ts).start("_Searching the articles…_")
        reply.progress("The Commerce")       # the text so far; sent at most once per `interval`
        reply.finish(text, blocks)           # the final message, in place of the placeholder

    Every step goes through `chat.update` on the placeholder, so the final message keeps the
    placeholder's `ts` (the feedback buttons are keyed to it). When the placeholder could not be
    posted or the final update fails, the reply is posted as a new message instead, so the person
    always gets their answer, and the stale placeholder is deleted.
    """

    def __init__(self, client: WebClient, channel: str, thread_ts: str, interval: float = STREAM_UPDATE_INTERVAL):
        self.client = client
        self.channel = channel
        self.thread_ts = thread_ts
        self.interval = interval
        self.ts: str | None = None  # the placeholder's, once posted
        self._sent_at = 0.0

    def start(self, placeholder: str) -> "StreamingReply":
        try:
            response = self.client.chat_postMessage(
                channel=self.channel, thread_ts=self.thread_ts, text=placeholder, unfurl_links=False, unfurl_media=False
            )
            self.ts = response.get("ts")
        except Exception:  # the answer can still be posted at the end
            log.warning("could not post the placeholder in %s", self.channel, exc_info=True)
        self._sent_at = time.monotonic()
        return self

    def progress(self, text: str) -> None:
        """Show `text` (the whole answer so far) unless the message was updated less than `interval` ago."""
        now = time.monotonic()
        if self.ts is None or not text.strip() or now - self._sent_at < self.interval:
            return
        self._sent_at = now  # also after a failure: a rate-limited API is not retried at once
        try:
            body = escape(text.strip())[: MESSAGE_TEXT_LIMIT - len(STREAMING_MARK)] + STREAMING_MARK
            self.client.chat_update(channel=self.channel, ts=self.ts, text=body)
        except Exception:  # a missed intermediate update is harmless; the final one carries everything
            log.info("could not update the streaming answer in %s", self.channel, exc_info=True)

    def finish(self, text: str, blocks: Sequence[dict] = ()) -> bool:
        """Turn the placeholder into the final message; False if even posting it anew failed."""
        if self.ts is not None:
            try:
                # blocks=[] on purpose: the final message must not keep any earlier blocks
                self.client.chat_update(channel=self.channel, ts=self.ts, text=text, blocks=list(blocks))
                return True
            except Exception:
                log.warning("could not update the answer in %s; posting it as a new message", self.channel, exc_info=True)
        try:
            self.client.chat_postMessage(
                channel=self.channel, thread_ts=self.thread_ts, text=text, blocks=list(blocks) or None,
                unfurl_links=False, unfurl_media=False,
            )
        except Exception:
            log.exception("could not post the answer in %s", self.channel)
            return False
        if self.ts is not None:
            try:
                self.client.chat_delete(channel=self.channel, ts=self.ts)
            except Exception:  # a leftover placeholder is untidy, not wrong
                log.info("could not delete the placeholder in %s", self.channel, exc_info=True)
        return True


# --------------------------------------------------------------------------- the bot


class SlackBot:
    """The listeners: answer questions (streamed into one message), read thread history, store button clicks.

        bot = SlackBot(assistant)
        bot.register(app)
    """

    def __init__(self, assistant, update_interval: float = STREAM_UPDATE_INTERVAL):
        self.assistant = assistant
        self.update_interval = update_interval
        # One question at a time: the model and the index are shared, the machine is small.
        self._ask_lock = threading.Lock()
        self._ratings = _Recent()  # (channel, message ts, user) -> (feedback id, rating)
        self._ratings_lock = threading.Lock()

    def register(self, app: App) -> None:
        app.middleware(EventGate())
        app.event("app_mention")(self.on_question)
        app.event("message")(self.on_question)
        app.action(FEEDBACK_UP)(self.on_feedback)
        app.action(FEEDBACK_DOWN)(self.on_feedback)

    # Bolt acknowledges events before calling this, and calls it on a worker thread.
    def on_question(self, event: dict, client: WebClient, context) -> None:
        channel, ts = event["channel"], event["ts"]
        thread_ts = event.get("thread_ts") or ts
        bot_user_id = context.bot_user_id or ""
        question = plain_text(event.get("text", ""), bot_user_id)
        if not question:
            self._post(client, channel, thread_ts, text=EMPTY_QUESTION)
            return
        # Posted before waiting for the lock, so a queued question is seen to be taken.
        words = _TEXT.get(question_language(question), _TEXT["en"])
        reply = StreamingReply(client, channel, thread_ts, self.update_interval).start(words["searching"])
        try:
            with self._ask_lock:
                # Read inside the lock and finished inside it: a follow-up queued behind this
                # question then finds this answer, not its placeholder, in the thread.
                history = self.thread_history(client, event, bot_user_id, context.bot_id or "")
                answer = self._answer(question, history, reply)
                reply.finish(answer_text(answer), answer_blocks(answer))
        except InvalidQuestion as exc:
            reply.finish(escape(str(exc)))
        except Exception:
            log.exception("could not answer %r", question)
            reply.finish(INTERNAL_ERROR)

    def _answer(self, question: str, history: Sequence[Turn], reply: StreamingReply) -> Answer:
        """Consume the assistant's stream, showing the text so far; the final `Answer` is authoritative."""
        streamed, final = "", None
        for item in self.assistant.stream(question, history):
            if isinstance(item, Answer):
                final = item
            elif isinstance(item, AnswerDelta):
                streamed += item.text
                reply.progress(streamed)
        if final is None:
            raise RuntimeError("the answer stream ended without an answer")
        return final

    def thread_history(self, client: WebClient, event: dict, bot_user_id: str, bot_id: str) -> list[Turn]:
        """The thread's messages before this one, as turns: this bot's are `assistant`, people's `user`."""
        thread_ts, ts = event.get("thread_ts"), event["ts"]
        if not thread_ts or thread_ts == ts:
            return []
        reply = client.conversations_replies(channel=event["channel"], ts=thread_ts, limit=200)
        turns = []
        for message in reply.get("messages") or []:
            if float(message.get("ts", "0")) >= float(ts):
                continue
            is_self = (bot_user_id and message.get("user") == bot_user_id) or (bot_id and message.get("bot_id") == bot_id)
            if is_self and message.get("text") in PLACEHOLDERS:
                continue  # an answer still being written, or one that failed
            if is_self:
                turns.append(Turn("assistant", html.unescape(message.get("text", "")).strip()))
            elif message.get("bot_id") or message.get("subtype"):
                continue  # other bots and join/leave notices are not part of the conversation
            else:
                turns.append(Turn("user", plain_text(message.get("text", ""), bot_user_id)))
        return [t for t in turns if t.content][-HISTORY_TURNS:]

    def on_feedback(self, ack, body: dict, action: dict, client: WebClient) -> None:
        """Store a 👍/👎 click and thank the person privately."""
        ack()
        try:
            info = json.loads(action.get("value") or "{}")
        except ValueError:
            info = {}
        message = body.get("message") or {}
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        user = (body.get("user") or {}).get("id")
        words = _TEXT.get(info.get("l"), _TEXT["en"])
        try:
            self._rate((channel, message.get("ts"), user), info, message, 1 if action.get("action_id") == FEEDBACK_UP else -1)
            reply = words["thanks"]
        except Exception:  # an exception after ack() would turn Slack's reply into an error
            log.exception("could not store feedback from %s", user)
            reply = FEEDBACK_ERROR
        if channel and user:
            try:
                thread_ts = message.get("thread_ts") or message.get("ts")
                client.chat_postEphemeral(channel=channel, user=user, text=reply, thread_ts=thread_ts)
            except Exception:  # the rating is stored; a missing thank-you is not worth failing for
                log.warning("could not reply to %s about their feedback", user, exc_info=True)

    def _rate(self, key: tuple, info: dict, message: dict, rating: int) -> None:
        """One rating per person and answer: the first click adds it, a later one changes it."""
        store = self.assistant.feedback
        with self._ratings_lock:
            earlier = self._ratings.get(key)
            if earlier is None:
                feedback_id = store.add(
                    question=info.get("q", ""),
                    answer=html.unescape(message.get("text", "")),
                    citations=info.get("c", []),
                    rating=rating,
                    channel="slack",
                )
            else:
                feedback_id = earlier[0]
                if earlier[1] != rating:
                    store.set_rating(feedback_id, rating)
            self._ratings.put(key, (feedback_id, rating))

    @staticmethod
    def _post(client: WebClient, channel: str, thread_ts: str, text: str, blocks: Sequence[dict] | None = None) -> None:
        client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False
        )


# --------------------------------------------------------------------------- wiring


def web_client(settings: Settings, token: str) -> WebClient:
    """A Web API client on `settings.slack_api_url` (Slack, GovSlack, or a test double)."""
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(token=token, base_url=base_url)


def build_slack_app(assistant, settings: Settings | None = None, credentials: SlackCredentials | None = None) -> App:
    """The bolt App with the bot's listeners; checks the bot token with `auth.test` right away."""
    settings = settings or assistant.settings
    credentials = credentials or SlackCredentials.from_env()
    client = web_client(settings, credentials.bot_token)
    try:
        app = App(
            client=client,
            signing_secret=credentials.signing_secret,
            name="blacklist-assistant",
            logger=logging.getLogger("assistant.slack_bolt"),
        )
    except BoltError as exc:  # auth.test answered, and said no
        raise ConfigurationError(f"Slack did not accept SLACK_BOT_TOKEN ({exc})") from exc
    except OSError as exc:
        raise ConfigurationError(f"could not reach the Slack Web API at {client.base_url} ({exc})") from exc
    SlackBot(assistant).register(app)
    return app


class _Server(ThreadingHTTPServer):
    # The standard library's listen backlog is 5: a burst of events (Slack delivers them in
    # parallel) would have connections reset before a thread could take them.
    request_queue_size = 128
    daemon_threads = True


class SlackEventServer:
    """Serves a bolt App on `POST /slack/events` with a threaded HTTP server that stops cleanly.

        server = SlackEventServer(app, "127.0.0.1", 3000).start()   # background thread
        print(server.url)
        server.stop()
    """

    max_body = 1_000_000

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 3000):
        # Bolt checks signatures with whatever secret it has; with none, anyone could sign a request.
        if not getattr(app, "_signing_secret", None):
            raise ConfigurationError("the Slack HTTP endpoint needs SLACK_SIGNING_SECRET, to reject requests Slack did not sign")
        self.app = app
        self.httpd = _Server((host, port), self._handler())
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{EVENTS_PATH}"

    def start(self) -> "SlackEventServer":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="slack-events", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                path, _, query = self.path.partition("?")
                if path != EVENTS_PATH:
                    return self._reply(404, b"not found")
                length = int(self.headers.get("Content-Length") or 0)
                if length > server.max_body:
                    return self._reply(413, b"request too large")
                raw = self.rfile.read(length)
                try:
                    headers = {k.lower(): self.headers.get_all(k) for k in set(self.headers.keys())}
                    request = BoltRequest(body=raw.decode("utf-8"), query=query, headers=headers)
                except Exception:
                    return self._reply(400, b"malformed request")
                response = server.app.dispatch(request)
                content = (response.body or "").encode("utf-8")
                self.send_response(response.status)
                for name, values in response.headers.items():
                    if name.lower() != "content-length":
                        for value in values:
                            self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def do_GET(self):
                self._reply(404, b"not found")

            def _reply(self, status: int, content: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, format, *args):  # noqa: A002 - the base class's name
                log.debug("%s %s", self.address_string(), format % args)

        return Handler


def socket_mode_handler(app: App, app_token: str):
    """The Socket Mode connection: `apps.connections.open` goes to the app client's base URL."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    return SocketModeHandler(app, app_token=app_token, web_client=app.client)


def run_slack(assistant, settings: Settings, http: bool, port: int, host: str = "127.0.0.1") -> None:
    """Run the Slack app until interrupted: Socket Mode, or HTTP on host:port/slack/events."""
    credentials = SlackCredentials.from_env(http=http)
    app = build_slack_app(assistant, settings, credentials)
    if http:
        server = SlackEventServer(app, host, port)
        print(f"Slack events at {server.url} (Ctrl+C to stop)", file=sys.stderr)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.httpd.server_close()
        return
    handler = socket_mode_handler(app, credentials.app_token)
    print(f"Connecting to Slack in Socket Mode via {app.client.base_url} (Ctrl+C to stop)", file=sys.stderr)
    try:
        handler.start()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
