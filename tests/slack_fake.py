"""Test doubles for Slack: a local Web API that records calls, a Socket Mode server, signed requests.

    api = FakeSlackAPI().start()          # point ASSISTANT_SLACK_API_URL / Settings.slack_api_url at api.url
    api.add_message("C1", {"user": "U1", "text": "hi", "ts": "1.0"})
    ...
    api.wait_for(lambda: api.calls_to("chat.postMessage", channel="C1"))
    api.fail("chat.update", "cant_update_message", channel="C2")   # make some calls fail
    api.stop()
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import queue
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

from assistant.bench_load import read_api_call, send_json

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0000001"


class FakeSlackAPI:
    """Answers `auth.test`, `chat.postMessage`, `chat.update`, `chat.delete`, `chat.postEphemeral`,
    `conversations.replies` and `apps.connections.open` like Slack does, keeps the threads' messages
    up to date, and records every call in order (method, params, token, and the reply it got)."""

    def __init__(self, ws_url: str = "", bot_token: str = "xoxb-test-token"):
        self.ws_url = ws_url
        self.bot_token = bot_token  # auth.test accepts this one only
        self.calls: list[dict] = []
        self.threads: dict[tuple[str, str], list[dict]] = {}  # (channel, thread ts) -> messages
        self.failures: list[tuple[str, str, dict]] = []  # (method, error, params it applies to)
        self._cond = threading.Condition()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/api/"

    def start(self) -> "FakeSlackAPI":
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # -- what tests look at

    def calls_to(self, method: str, **params) -> list[dict]:
        with self._cond:
            return [
                c for c in self.calls
                if c["method"] == method and all(c["params"].get(k) == v for k, v in params.items())
            ]

    def wait_for(self, predicate, timeout: float = 60.0):
        """Block until `predicate()` is truthy (re-checked at every recorded call); return its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; calls so far: {[c['method'] for c in self.calls]}")
                self._cond.wait(min(left, 0.5))

    def add_message(self, channel: str, message: dict) -> dict:
        """Put a message in a thread as if someone had posted it (a top-level message starts its own)."""
        thread = message.get("thread_ts") or message["ts"]
        with self._cond:
            self.threads.setdefault((channel, thread), []).append(dict(message))
        return message

    def fail(self, method: str, error: str, **params) -> None:
        """From now on, answer calls to `method` whose params include `params` with `{"ok": false, "error": error}`."""
        with self._cond:
            self.failures.append((method, error, params))

    def message(self, channel: str, ts: str) -> dict | None:
        """The message `ts` of `channel` as it is now (after any updates), or None."""
        with self._cond:
            return next((m for (c, _), thread in self.threads.items() if c == channel
                         for m in thread if m["ts"] == ts), None)

    # -- the Web API

    def _respond(self, method: str, params: dict, token: str) -> dict:
        for failing, error, match in self.failures:
            if failing == method and all(params.get(k) == v for k, v in match.items()):
                return {"ok": False, "error": error}
        if method == "auth.test" and token != self.bot_token:
            return {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return {"ok": True, "url": "https://example.slack.com/", "team": "Test", "user": "assistant",
                    "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = new_ts()
            message = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "ts": ts,
                       "text": params.get("text", ""), "blocks": params.get("blocks") or []}
            if params.get("thread_ts"):
                message["thread_ts"] = params["thread_ts"]
            self.add_message(params["channel"], message)
            return {"ok": True, "channel": params["channel"], "ts": ts, "message": message}
        if method == "chat.update":
            message = self.message(params.get("channel"), params.get("ts"))
            if message is None:
                return {"ok": False, "error": "message_not_found"}
            if "text" in params:
                message["text"] = params["text"]
            if "blocks" in params:  # as on Slack, leaving blocks out keeps the message's blocks
                message["blocks"] = params["blocks"] or []
            message["edited"] = {"user": BOT_USER_ID, "ts": new_ts()}
            return {"ok": True, "channel": params["channel"], "ts": params["ts"], "text": message["text"],
                    "message": dict(message)}
        if method == "chat.delete":
            for (channel, _), thread in self.threads.items():
                if channel == params.get("channel") and any(m["ts"] == params.get("ts") for m in thread):
                    thread[:] = [m for m in thread if m["ts"] != params["ts"]]
                    return {"ok": True, "channel": channel, "ts": params["ts"]}
            return {"ok": False, "error": "message_not_found"}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": new_ts()}
        if method == "conversations.replies":
            messages = self.threads.get((params.get("channel"), params.get("ts")), [])
            return {"ok": True, "messages": sorted(messages, key=lambda m: float(m["ts"])), "has_more": False}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.ws_url}
        return {"ok": False, "error": "unknown_method"}

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                method, params, token = read_api_call(self)
                with api._cond:
                    reply = api._respond(method, params, token)
                    api.calls.append({"method": method, "params": params, "token": token, "reply": reply})
                    api._cond.notify_all()
                send_json(self, reply)

            do_GET = do_POST

            def log_message(self, *args):
                pass

        return Handler


class FakeSocketModeServer:
    """A local Socket Mode endpoint: says hello, sends queued envelopes, records the acks."""

    def __init__(self):
        from websockets.sync.server import serve

        self.outbox: queue.Queue[dict] = queue.Queue()
        self.acks: list[dict] = []
        self._cond = threading.Condition()
        self.server = serve(self._session, "127.0.0.1", 0)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link/?ticket=test"

    def start(self) -> "FakeSocketModeServer":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()

    def send(self, envelope: dict) -> None:
        self.outbox.put(envelope)

    def wait_for_ack(self, envelope_id: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for ack in self.acks:
                    if ack.get("envelope_id") == envelope_id:
                        return ack
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no ack for {envelope_id}; acks: {self.acks}")
                self._cond.wait(min(left, 0.5))

    def _session(self, ws):
        ws.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}}))
        while True:
            try:
                envelope = self.outbox.get(timeout=0.05)
                ws.send(json.dumps(envelope))
            except queue.Empty:
                pass
            try:
                message = ws.recv(timeout=0.05)
            except TimeoutError:
                continue
            except Exception:
                return  # client went away
            with self._cond:
                self.acks.append(json.loads(message))
                self._cond.notify_all()


# -- Slack's side of the Events API


def sign(secret: str, body: str, timestamp: int | None = None) -> dict:
    """The headers Slack adds to a request: `v0=hmac_sha256(secret, "v0:{ts}:{body}")`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def post(url: str, body: str, headers: dict, content_type: str = "application/json") -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode(), method="POST",
                                     headers={"Content-Type": content_type, **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def post_signed(url: str, body: str, secret: str, content_type: str = "application/json",
                extra_headers: dict | None = None, timestamp: int | None = None) -> tuple[int, str]:
    return post(url, body, {**sign(secret, body, timestamp), **(extra_headers or {})}, content_type)


_ids = itertools.count(1)
_ts_lock = threading.Lock()
_last_ts = [0]


def new_ts() -> str:
    """A message timestamp as Slack writes them ("seconds.micros"), unique and increasing."""
    with _ts_lock:
        _last_ts[0] = max(_last_ts[0] + 1, int(time.time() * 1_000_000))
        return f"{_last_ts[0] // 1_000_000}.{_last_ts[0] % 1_000_000:06d}"


def event_callback(event: dict, event_id: str | None = None) -> dict:
    return {
        "token": "unused", "team_id": TEAM_ID, "api_app_id": "A1", "type": "event_callback",
        "event_id": event_id or f"Ev{next(_ids):08d}", "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
        "event": event,
    }


def mention(channel: str, text: str, user: str = "U0USER01", thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": new_ts(),
             "channel": channel, "event_ts": ""}
    if thread_ts:
        event["thread_ts"] = thread_ts
    event["event_ts"] = event["ts"]
    return event


def direct_message(channel: str, text: str, user: str = "U0USER01", thread_ts: str | None = None) -> dict:
    event = {"type": "message", "channel_type": "im", "user": user, "text": text, "ts": new_ts(), "channel": channel}
    if thread_ts:
        event["thread_ts"] = thread_ts
    event["event_ts"] = event["ts"]
    return event


def block_action(message: dict, channel: str, action_id: str, user: str = "U0USER01") -> dict:
    """The `block_actions` payload Slack sends when `user` clicks button `action_id` of `message`."""
    button = next(e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]
                  if e["action_id"] == action_id)
    return {
        "type": "block_actions", "user": {"id": user, "team_id": TEAM_ID}, "api_app_id": "A1",
        "team": {"id": TEAM_ID}, "token": "unused", "trigger_id": "1.2.3",
        "container": {"type": "message", "message_ts": message["ts"], "channel_id": channel, "is_ephemeral": False},
        "channel": {"id": channel, "name": "general"}, "message": message,
        "response_url": "http://127.0.0.1:9/unused",
        "actions": [{"type": "button", "action_id": action_id, "block_id": "feedback",
                     "value": button["value"], "text": button["text"], "action_ts": str(time.time())}],
    }


def form_payload(payload: dict) -> str:
    return urlencode({"payload": json.dumps(payload)})


class RecordingAssistant:
    """Wraps an assistant and records every question with its history (`ask` or `stream`);
    `gate` (an Event) can hold answers back."""

    def __init__(self, assistant, gate: threading.Event | None = None):
        self.wrapped = assistant
        self.asked: list[tuple[str, list]] = []
        self.gate = gate

    def ask(self, question, history=()):
        self._record(question, history)
        return self.wrapped.ask(question, history)

    def stream(self, question, history=()):
        self._record(question, history)
        yield from self.wrapped.stream(question, history)

    def _record(self, question, history) -> None:
        self.asked.append((question, list(history)))
        if self.gate is not None:
            assert self.gate.wait(60), "the test never released the answer"

    def __getattr__(self, name):
        return getattr(self.wrapped, name)


class FakeStreamingAssistant:
    """An assistant whose `stream` sends fixed pieces of text, each after its delay, then a fixed Answer.

        bot = FakeStreamingAssistant([(0.5, "The "), (1.2, "Commerce")], final_answer)
    """

    def __init__(self, pieces, answer, settings=None):
        from assistant.config import Settings

        self.pieces = list(pieces)  # (seconds to wait before it, text)
        self.answer = answer
        self.settings = settings or Settings()
        self.asked: list[tuple[str, list]] = []

    def stream(self, question, history=()):
        from assistant.types import AnswerDelta

        self.asked.append((question, list(history)))
        for delay, text in self.pieces:
            time.sleep(delay)
            yield AnswerDelta(text)
        yield self.answer

    def ask(self, question, history=()):
        return list(self.stream(question, history))[-1]
