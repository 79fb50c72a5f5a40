"""Load: many people asking at once, on the web chat and on Slack, all on this machine.

    from assistant.bench_load import run_load
    run_load(lambda: build_assistant(Settings()), users=20)
    # {"web": {"requests": 20, "answered": 20, "p50_ms": ..., "p95_ms": ...}, "slack": {...}}

The web chat is the real Gradio app on a free 127.0.0.1 port, each user its own session through
`gradio_client` (the queue API a browser uses). Slack is the real bolt app behind `SlackEventServer`,
sent Slack-signed events, replying to a small local stand-in for the Slack Web API. The two run one
after the other, so each is measured alone. Speed is reported here, never asserted in tests.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import math
import secrets
import socket
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Sequence
from urllib.parse import parse_qsl

# Reference questions (eval/dev.jsonl) and a fact each answer must state, cycled over the users.
QUESTIONS: tuple[tuple[str, str], ...] = (
    ("Quel ministère a publié la liste des entreprises ?", "Commerce"),
    ("Combien d'organisations chinoises ont été ajoutées à la liste noire ?", "28"),
    ("Which ministry published the list?", "Commerce"),
    ("How many Chinese organisations were added to the blacklist?", "28"),
)
TIMEOUT_S = 600.0  # the whole run of one channel; every wait below is bounded by it

BOT_USER_ID = "ULOADBOT1"
BOT_ID = "BLOADBOT1"
TEAM_ID = "TLOAD0001"


@dataclass(frozen=True)
class Reply:
    """What one user got back: every final reply to their question (one is right), and how long it took."""

    question: str
    replies: tuple[str, ...]
    latency_ms: float | None
    error: str = ""

    @property
    def answered(self) -> bool:
        return not self.error and len(self.replies) == 1 and bool(self.replies[0].strip())


def run_load(build: Callable, users: int = 20) -> dict:
    """Fire `users` concurrent questions at the web chat, then at Slack, each on a freshly built assistant
    (so the second does not find the first one's questions already embedded)."""
    if users <= 0:
        raise ValueError(f"users must be greater than 0, got {users}")
    questions = [q for q, _ in itertools.islice(itertools.cycle(QUESTIONS), users)]
    out = {}
    for name, load in (("web", web_load), ("slack", slack_load)):
        assistant = build()
        assistant.documents()  # index before the clock starts
        out[name] = summarize(load(assistant, questions))
    return out


def summarize(replies: Sequence[Reply]) -> dict:
    latencies = sorted(r.latency_ms for r in replies if r.answered and r.latency_ms is not None)
    return {
        "requests": len(replies),
        "answered": sum(r.answered for r in replies),
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(latencies[max(0, math.ceil(0.95 * len(latencies)) - 1)], 1) if latencies else None,
    }


# --------------------------------------------------------------------------- web chat


def web_load(assistant, questions: Sequence[str], timeout: float = TIMEOUT_S) -> list[Reply]:
    """Serve the web chat and ask each question from its own session, all at once."""
    from gradio_client import Client

    from assistant.web import serve

    demo = serve(assistant, "127.0.0.1", free_port(), block=False)
    url = demo.local_url
    start = threading.Barrier(len(questions))

    def one(pair) -> Reply:
        question, client = pair
        try:
            start.wait(timeout=timeout)
            t0 = time.perf_counter()
            job = client.submit(question, api_name="/respond")
            chat = job.result(timeout=timeout)[0]
            latency = (time.perf_counter() - t0) * 1000
        except Exception as exc:  # a dropped or failed request is a result to report, not a crash
            return Reply(question, (), None, error=f"{type(exc).__name__}: {exc}")
        answers = [_message_text(m) for m in chat if m.get("role") == "assistant"]
        error = "error shown: " + answers[0] if answers and answers[0].startswith("⚠") else ""
        return Reply(question, tuple(answers), latency, error)

    try:
        clients = [Client(url, verbose=False) for _ in questions]  # a session each, like browser tabs
        with ThreadPoolExecutor(max_workers=len(questions)) as pool:
            return list(pool.map(one, zip(questions, clients)))
    finally:
        demo.close()


def _message_text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content or "")


# --------------------------------------------------------------------------- Slack


def slack_load(assistant, questions: Sequence[str], timeout: float = TIMEOUT_S) -> list[Reply]:
    """Serve the Slack HTTP endpoint and send each question as a signed direct message, all at once."""
    from assistant.slack_bot import INTERNAL_ERROR, SlackCredentials, SlackEventServer, build_slack_app

    api = LocalSlackAPI().start()
    secret = secrets.token_hex(16)
    settings = assistant.settings.model_copy(update={"slack_api_url": api.url})
    server = None
    try:
        app = build_slack_app(assistant, settings, SlackCredentials(bot_token=api.token, signing_secret=secret))
        server = SlackEventServer(app, "127.0.0.1", 0).start()
        channels = [f"DLOAD{i:05d}" for i in range(len(questions))]
        sent: dict[str, float] = {}
        start = threading.Barrier(len(questions))

        def send(i: int) -> str:
            event = {"type": "message", "channel_type": "im", "user": f"ULOAD{i:05d}", "text": questions[i],
                     "ts": api.new_ts(), "channel": channels[i]}
            event["event_ts"] = event["ts"]
            body = json.dumps({
                "type": "event_callback", "team_id": TEAM_ID, "api_app_id": "ALOAD", "event_id": f"EvLOAD{i:05d}",
                "event_time": int(time.time()), "event": event,
                "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
            })
            start.wait(timeout=timeout)
            sent[channels[i]] = time.perf_counter()
            status = post_signed(server.url, body, secret)
            return "" if status == 200 else f"HTTP {status}"

        with ThreadPoolExecutor(max_workers=len(questions)) as pool:
            errors = list(pool.map(send, range(len(questions))))
        api.wait_until(lambda: all(api.replies(c) for c, e in zip(channels, errors) if not e), timeout)
        time.sleep(0.5)  # a late duplicate reply would show here
        out = []
        for question, channel, error in zip(questions, channels, errors):
            replies = api.replies(channel)
            latency = (replies[0][0] - sent[channel]) * 1000 if replies and channel in sent else None
            if not error and not replies:
                error = "no reply"
            elif not error and replies[0][1] == INTERNAL_ERROR:
                error = "error shown: " + INTERNAL_ERROR
            out.append(Reply(question, tuple(text for _, text in replies), latency, error))
        return out
    finally:
        if server is not None:
            server.stop()
        api.stop()


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's request signature headers: v0=HMAC-SHA256(secret, "v0:{timestamp}:{body}")."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def post_signed(url: str, body: str, secret: str) -> int:
    request = urllib.request.Request(
        url, data=body.encode(), method="POST", headers={"Content-Type": "application/json", **sign(secret, body)}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


class LocalSlackAPI:
    """The few Slack Web API methods the bot calls, on 127.0.0.1; keeps each channel's final replies.

    A final reply is a `chat.update` that sets blocks (the placeholder turned into the answer) or a
    `chat.postMessage` that is not a placeholder (a hint, or an answer posted anew).
    """

    def __init__(self):
        from assistant.slack_bot import PLACEHOLDERS

        self.placeholders = PLACEHOLDERS
        self.token = "xoxb-local-" + secrets.token_hex(8)
        self._replies: dict[str, list[tuple[float, str]]] = {}
        self._messages: dict[tuple[str, str], str] = {}  # (channel, ts) -> text
        self._cond = threading.Condition()
        self._ts = itertools.count(int(time.time() * 1_000_000))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(), bind_and_activate=False)
        self.httpd.request_queue_size = 128  # the bot's workers call at once; the default backlog is 5
        self.httpd.daemon_threads = True
        self.httpd.server_bind()
        self.httpd.server_activate()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/api/"

    def start(self) -> "LocalSlackAPI":
        threading.Thread(target=self.httpd.serve_forever, name="local-slack-api", daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def new_ts(self) -> str:
        with self._cond:
            n = next(self._ts)
        return f"{n // 1_000_000}.{n % 1_000_000:06d}"

    def replies(self, channel: str) -> list[tuple[float, str]]:
        with self._cond:
            return list(self._replies.get(channel, []))

    def wait_until(self, predicate: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.5))
            return True

    def _respond(self, method: str, params: dict, token: str) -> dict:
        if token != self.token:
            return {"ok": False, "error": "invalid_auth"}
        now = time.perf_counter()
        channel = params.get("channel", "")
        if method == "auth.test":
            return {"ok": True, "url": "https://local.invalid/", "team": "Load", "user": "assistant",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self.new_ts()
            text = params.get("text", "")
            self._messages[(channel, ts)] = text
            if text not in self.placeholders:
                self._replies.setdefault(channel, []).append((now, text))
            return {"ok": True, "channel": channel, "ts": ts, "message": {"text": text, "ts": ts}}
        if method == "chat.update":
            if (channel, params.get("ts")) not in self._messages:
                return {"ok": False, "error": "message_not_found"}
            if "blocks" in params:
                self._replies.setdefault(channel, []).append((now, params.get("text", "")))
            return {"ok": True, "channel": channel, "ts": params.get("ts"), "text": params.get("text", "")}
        if method in ("chat.delete", "chat.postEphemeral"):
            return {"ok": True}
        if method == "conversations.replies":
            return {"ok": True, "messages": [], "has_more": False}
        return {"ok": False, "error": "unknown_method"}

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.do_POST()

            def do_POST(self):
                method, params, token = read_api_call(self)
                with api._cond:
                    reply = api._respond(method, params, token)
                    api._cond.notify_all()
                send_json(self, reply)

            def log_message(self, format, *args):  # noqa: A002 - the base class's name
                pass

        return Handler


def read_api_call(handler: BaseHTTPRequestHandler) -> tuple[str, dict, str]:
    """A Slack Web API call as a stand-in server receives it: (method, params from query and body, bearer token).
    Form-encoded calls carry `blocks` and `attachments` as JSON strings; they are decoded."""
    path, _, query = handler.path.partition("?")
    raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0)).decode("utf-8")
    params = dict(parse_qsl(query))
    if "json" in (handler.headers.get("Content-Type") or ""):
        params.update(json.loads(raw or "{}"))
    else:
        params.update(parse_qsl(raw))
    for key in ("blocks", "attachments"):
        if isinstance(params.get(key), str):
            params[key] = json.loads(params[key])
    token = (handler.headers.get("Authorization") or "").removeprefix("Bearer ")
    return path.rsplit("/", 1)[-1], params, token


def send_json(handler: BaseHTTPRequestHandler, reply: dict) -> None:
    content = json.dumps(reply).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json; charset=utf-8")
    handler.send_header("Content-Length", str(len(content)))
    handler.end_headers()
    handler.wfile.write(content)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
