"""The Slack bot: Block Kit rendering, and the running app against a local stand-in for Slack.

The integration tests run the bot in HTTP mode on 127.0.0.1 with the real assistant, send it real
signed requests, and read what it posted from a fake Web API it reaches through
ASSISTANT_SLACK_API_URL. Socket Mode is exercised against a local websocket server.

Every answer is a placeholder posted at once (`chat.postMessage`), updated while the answer streams
and at last turned into the reply (`chat.update` with the blocks); a reply is that final update.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import threading
import time
from types import SimpleNamespace

import pytest
from slack_sdk import WebClient

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import ConfigurationError
from assistant.slack_bot import (
    BUTTON_VALUE_LIMIT,
    EMPTY_QUESTION,
    MAX_BLOCKS,
    PLACEHOLDERS,
    SECTION_LIMIT,
    SlackCredentials,
    SlackEventServer,
    StreamingReply,
    answer_blocks,
    answer_text,
    build_slack_app,
    feedback_value,
    plain_text,
    run_slack,
    socket_mode_handler,
)
from assistant.types import Answer, Citation
from slack_fake import (
    BOT_ID,
    BOT_USER_ID,
    FakeSlackAPI,
    FakeSocketModeServer,
    FakeStreamingAssistant,
    RecordingAssistant,
    block_action,
    direct_message,
    event_callback,
    form_payload,
    mention,
    new_ts,
    post,
    post_signed,
)

for _name, _value in {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
}.items():
    os.environ.setdefault(_name, _value)

SECRET = "test-signing-secret"
BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"
# A reference question of eval/dev.jsonl (dev-11) and the fact its answer must state.
QUESTION, FACT = "Quel ministère a publié la liste des entreprises ?", "Commerce"
SEARCHING_EN, SEARCHING_FR = "_Searching the articles…_", "_Recherche dans les articles…_"


def _answer(**kw) -> Answer:
    base = dict(
        question="Which ministry published the list?",
        answer="The Commerce Department published the list [1].",
        refused=False,
        citations=(
            Citation(n=1, doc="003.txt", title="US adds <Chinese> AI firms & co", lang="en",
                     text="The US Department of Commerce has ruled.", sentences=("The US Department of Commerce has ruled.",)),
        ),
        lang="en",
    )
    base.update(kw)
    return Answer(**base)


def _texts(blocks: list[dict], kind: str) -> list[str]:
    out = []
    for block in blocks:
        if block["type"] == kind == "section":
            out.append(block["text"]["text"])
        elif block["type"] == kind == "context":
            out.extend(e["text"] for e in block["elements"])
    return out


# --------------------------------------------------------------------------- rendering


def test_plain_text_removes_the_bot_mention_and_slack_markup():
    text = f"<@{BOT_USER_ID}>  Who &amp; why? see <https://x.org/a|the article> in <#C1|news> cc <@U2|ann>"
    assert plain_text(text, BOT_USER_ID) == "Who & why? see the article in #news cc @ann"


def test_answer_blocks_show_answer_sources_and_buttons():
    blocks = answer_blocks(_answer())
    assert _texts(blocks, "section") == ["The Commerce Department published the list [1]."]
    sources = [t for t in _texts(blocks, "context") if t.startswith("*[1]*")]
    assert sources == ["*[1]* US adds &lt;Chinese&gt; AI firms &amp; co · EN\n“The US Department of Commerce has ruled.”"]
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["feedback_up", "feedback_down"]
    assert json.loads(buttons[0]["value"])["c"][0]["doc"] == "003.txt"


def test_refusal_is_said_plainly_without_sources():
    blocks = answer_blocks(_answer(answer="The articles do not say.", refused=True))
    assert "The articles do not say." in _texts(blocks, "section")[0]
    assert not [t for t in _texts(blocks, "context") if t.startswith("*[")]
    assert any(b["type"] == "actions" for b in blocks)


def test_long_answers_stay_within_slack_limits():
    long = " ".join(f"Claim number {i} with <markup> & more [1]." for i in range(400))
    many = tuple(Citation(n=i, doc=f"d{i}.txt", title="t" * 500, lang="fr", text="x " * 2000) for i in range(1, 80))
    blocks = answer_blocks(_answer(answer=long, citations=many, question="q" * 5000))
    sections = _texts(blocks, "section")
    assert len(sections) > 1 and all(len(s) <= SECTION_LIMIT for s in sections)
    assert " ".join(sections).replace("  ", " ") == answer_text(_answer(answer=long))
    assert len(blocks) <= MAX_BLOCKS
    assert all(len(t) <= 3000 for t in _texts(blocks, "context"))
    assert len(feedback_value(_answer(citations=many, question="q" * 5000))) <= BUTTON_VALUE_LIMIT


def test_missing_tokens_are_named():
    with pytest.raises(ConfigurationError, match="SLACK_APP_TOKEN"):
        SlackCredentials.from_env(http=False, environ={"SLACK_BOT_TOKEN": "xoxb-1"})
    with pytest.raises(ConfigurationError, match="SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"):
        SlackCredentials.from_env(http=True, environ={})
    assert SlackCredentials.from_env(http=True, environ={"SLACK_BOT_TOKEN": "b", "SLACK_SIGNING_SECRET": "s"}).signing_secret == "s"


def test_run_slack_stops_early_without_tokens(monkeypatch):
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="SLACK_BOT_TOKEN and SLACK_APP_TOKEN not set: Socket Mode"):
        run_slack(None, Settings(), http=False, port=0)


def test_manifest_subscribes_to_what_the_bot_handles_with_the_scopes_it_uses():
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load((PROJECT_ROOT / "manifest.yml").read_text(encoding="utf-8"))
    settings = manifest["settings"]
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] and settings["socket_mode_enabled"]
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "im:history", "channels:history", "groups:history"} <= scopes
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True


def test_a_rejected_bot_token_or_unreachable_api_is_a_clear_error():
    api = FakeSlackAPI(bot_token=BOT_TOKEN).start()
    settings = Settings(slack_api_url=api.url)
    try:
        with pytest.raises(ConfigurationError, match="did not accept SLACK_BOT_TOKEN.*invalid_auth"):
            build_slack_app(None, settings, SlackCredentials(bot_token="xoxb-wrong"))
    finally:
        api.stop()
    with pytest.raises(ConfigurationError, match="could not reach the Slack Web API"):
        build_slack_app(None, settings, SlackCredentials(bot_token=BOT_TOKEN))


# --------------------------------------------------------------------------- the running bot


@pytest.fixture(scope="module")
def real_assistant(tmp_path_factory):
    """The real assistant (real model, real Chroma) on a tmp copy of the corpus, built once."""
    from assistant import build_assistant

    root = tmp_path_factory.mktemp("slack_assistant")
    shutil.copytree(PROJECT_ROOT / "corpus", root / "corpus")
    settings = Settings(corpus_dir=root / "corpus", index_dir=root / "index", data_dir=root / "data")
    bot = build_assistant(settings)
    bot.ingest()
    return bot


@pytest.fixture(scope="module")
def assistant(real_assistant):
    return RecordingAssistant(real_assistant)


def _slack_settings(assistant, api: FakeSlackAPI) -> Settings:
    """The assistant's settings as the CLI would read them, with the Web API URL from the environment."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSISTANT_SLACK_API_URL", api.url)
        return Settings(**{k: getattr(assistant.settings, k) for k in ("corpus_dir", "index_dir", "data_dir")})


@pytest.fixture(scope="module")
def bot_url(assistant, slack_api):
    credentials = SlackCredentials(bot_token=BOT_TOKEN, signing_secret=SECRET)
    app = build_slack_app(assistant, _slack_settings(assistant, slack_api), credentials)
    server = SlackEventServer(app, "127.0.0.1", 0).start()
    yield server.url
    server.stop()


def _send(url: str, event: dict, event_id: str | None = None, headers: dict | None = None) -> tuple[int, dict]:
    body = json.dumps(event_callback(event, event_id))
    status, _ = post_signed(url, body, SECRET, extra_headers=headers)
    return status, json.loads(body)


def _posts(api: FakeSlackAPI, channel: str, thread_ts: str | None = None) -> list[dict]:
    """What the bot posted in a channel (or one thread of it), in order: each call's params and the ts it got."""
    calls = api.calls_to("chat.postMessage", channel=channel)
    return [{**c["params"], "ts": c["reply"].get("ts")} for c in calls
            if thread_ts is None or c["params"].get("thread_ts") == thread_ts]


def _updates(api: FakeSlackAPI, channel: str, ts: str) -> list[dict]:
    """The accepted `chat.update` calls on message `ts`, in order."""
    return [c["params"] for c in api.calls_to("chat.update", channel=channel, ts=ts) if c["reply"]["ok"]]


def _replies(api: FakeSlackAPI, channel: str, thread_ts: str | None = None) -> list[dict]:
    """The finished replies, in order: a placeholder's final update (with the placeholder's thread_ts
    added), or a message posted as it is (a hint, or an answer whose final update failed)."""
    replies = []
    for posted in _posts(api, channel, thread_ts):
        if posted["text"] not in PLACEHOLDERS:
            replies.append(posted)
            continue
        final = [u for u in _updates(api, channel, posted["ts"]) if "blocks" in u]
        if final:
            replies.append({**final[-1], "thread_ts": posted["thread_ts"]})
    return replies


def _wait_reply(api: FakeSlackAPI, channel: str, thread_ts: str) -> dict:
    return api.wait_for(lambda: _replies(api, channel, thread_ts))[0]


def _sentinel(api, url, channel) -> None:
    """Ask a question after the ones under test and wait for its answer, so earlier ones had their chance."""
    event = direct_message(channel, "Combien d'organisations chinoises ont été ajoutées à la liste noire ?")
    assert _send(url, event)[0] == 200
    _wait_reply(api, channel, event["ts"])


@pytest.mark.integration
def test_mention_gets_a_threaded_reply_with_the_fact_and_its_citations(bot_url, slack_api):
    event = mention("C0MENTION", QUESTION)
    status, _ = _send(bot_url, event)
    assert status == 200
    reply = _wait_reply(slack_api, "C0MENTION", event["ts"])
    # One message: a placeholder in the question's thread (in the question's language) ...
    [placeholder] = _posts(slack_api, "C0MENTION")
    assert placeholder["thread_ts"] == event["ts"] and placeholder["text"] == SEARCHING_FR
    # ... updated in place, last with the whole reply.
    updates = slack_api.calls_to("chat.update", channel="C0MENTION")
    assert updates and {u["params"]["ts"] for u in updates} == {placeholder["ts"]}
    assert updates[-1]["params"]["blocks"] == reply["blocks"]
    assert FACT in reply["text"] and "[1]" in reply["text"]
    answer = " ".join(_texts(reply["blocks"], "section"))
    assert FACT in answer and "[1]" in answer
    sources = [t for t in _texts(reply["blocks"], "context") if t.startswith("*[1]*")]
    assert sources and len(sources[0].split("\n")[0]) > len("*[1]*  · EN")
    assert any(b["type"] == "actions" for b in reply["blocks"])
    shown = slack_api.message("C0MENTION", placeholder["ts"])
    assert (shown["text"], shown["blocks"]) == (reply["text"], reply["blocks"])
    assert {c["token"] for c in slack_api.calls if c["params"].get("channel") == "C0MENTION"} == {BOT_TOKEN}


@pytest.mark.integration
def test_slack_can_verify_the_request_url_and_an_empty_mention_gets_a_hint(bot_url, slack_api):
    status, text = post_signed(bot_url, json.dumps({"type": "url_verification", "challenge": "abc123"}), SECRET)
    assert status == 200 and "abc123" in text
    event = mention("C0EMPTY", "")
    assert _send(bot_url, event)[0] == 200
    assert _wait_reply(slack_api, "C0EMPTY", event["ts"])["text"] == EMPTY_QUESTION
    assert slack_api.calls_to("chat.update", channel="C0EMPTY") == []  # a hint, not an answer


@pytest.mark.integration
def test_direct_message_is_answered_in_its_thread(bot_url, slack_api):
    event = direct_message("D0DIRECT", "Combien d'organisations chinoises ont été ajoutées à la liste noire américaine ?")
    assert _send(bot_url, event)[0] == 200
    reply = _wait_reply(slack_api, "D0DIRECT", event["ts"])
    assert "28" in reply["text"] and "[1]" in reply["text"]


@pytest.mark.integration
def test_question_the_articles_do_not_answer_is_refused_without_sources(bot_url, slack_api):
    event = mention("C0REFUSE", "What was Megvii's revenue in 2022?")
    _send(bot_url, event)
    reply = _wait_reply(slack_api, "C0REFUSE", event["ts"])
    assert _posts(slack_api, "C0REFUSE")[0]["text"] == SEARCHING_EN
    assert "do not say" in reply["text"] and "[1]" not in reply["text"]
    assert "do not say" in _texts(reply["blocks"], "section")[0]
    assert not [t for t in _texts(reply["blocks"], "context") if t.startswith("*[")]
    assert any("only from the indexed articles" in t for t in _texts(reply["blocks"], "context"))


@pytest.mark.integration
def test_thread_follow_up_uses_the_thread_as_history(bot_url, slack_api, assistant):
    first = slack_api.add_message("C0THREAD", mention("C0THREAD", "Which firms were put on the entity list?"))
    _send(bot_url, first)
    first_reply = _wait_reply(slack_api, "C0THREAD", first["ts"])
    # An answer that never got past its placeholder is not part of the conversation.
    slack_api.add_message("C0THREAD", {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "text": SEARCHING_EN,
                                       "ts": new_ts(), "thread_ts": first["ts"]})
    follow = slack_api.add_message("C0THREAD", mention("C0THREAD", "Who made that decision?", thread_ts=first["ts"]))
    _send(bot_url, follow)
    replies = slack_api.wait_for(lambda: _replies(slack_api, "C0THREAD", first["ts"])[1:])
    assert replies[0]["thread_ts"] == first["ts"] and replies[0]["text"]
    assert slack_api.calls_to("conversations.replies", channel="C0THREAD", ts=first["ts"])
    history = next(h for q, h in assistant.asked if q == "Who made that decision?")
    assert [(t.role, t.content) for t in history] == [
        ("user", "Which firms were put on the entity list?"),
        ("assistant", html.unescape(first_reply["text"])),
    ]


@pytest.mark.integration
def test_forged_or_stale_signatures_get_401_and_nothing_is_posted(bot_url, slack_api):
    forged = json.dumps(event_callback(mention("C0FORGED", QUESTION)))
    assert post_signed(bot_url, forged, "not-the-secret")[0] == 401
    assert post(bot_url, forged, {})[0] == 401
    stale = json.dumps(event_callback(mention("C0FORGED", QUESTION)))
    assert post_signed(bot_url, stale, SECRET, timestamp=int(time.time()) - 600)[0] == 401
    _sentinel(slack_api, bot_url, "D0FORGED")
    assert _posts(slack_api, "C0FORGED") == [] and slack_api.calls_to("chat.update", channel="C0FORGED") == []


@pytest.mark.integration
def test_a_retry_of_a_handled_event_gives_one_answer(bot_url, slack_api):
    event = mention("C0RETRY", QUESTION)
    status, body = _send(bot_url, event)
    assert status == 200
    _wait_reply(slack_api, "C0RETRY", event["ts"])
    for attempt in ("1", "2"):
        retry_status, _ = _send(bot_url, event, body["event_id"],
                                {"X-Slack-Retry-Num": attempt, "X-Slack-Retry-Reason": "http_timeout"})
        assert retry_status == 200
    _sentinel(slack_api, bot_url, "D0RETRY")
    assert len(_posts(slack_api, "C0RETRY")) == 1 and len(_replies(slack_api, "C0RETRY")) == 1


@pytest.mark.integration
def test_messages_from_bots_are_ignored(bot_url, slack_api):
    own = direct_message("D0BOTS", "Le ministère du Commerce a rendu cette liste publique. [1]", user=BOT_USER_ID)
    own["bot_id"] = BOT_ID
    other = direct_message("D0BOTS", QUESTION, user="U0OTHERBOT")
    other.update(bot_id="B0OTHER", subtype="bot_message")
    other_mention = mention("C0BOTS", QUESTION, user="U0OTHERBOT")
    other_mention["bot_id"] = "B0OTHER"
    for event in (own, other, other_mention):
        assert _send(bot_url, event)[0] == 200
    _sentinel(slack_api, bot_url, "D0BOTS")
    assert len(_posts(slack_api, "D0BOTS")) == 1  # the sentinel's answer only
    assert _posts(slack_api, "C0BOTS") == []


def _click(url: str, api: FakeSlackAPI, message: dict, channel: str, action_id: str, user: str) -> None:
    """Click a button as `user` and wait until the bot has thanked them (the click is then stored)."""
    before = len(api.calls_to("chat.postEphemeral", channel=channel, user=user))
    body = form_payload(block_action(message, channel, action_id, user=user))
    assert post_signed(url, body, SECRET, content_type="application/x-www-form-urlencoded")[0] == 200
    api.wait_for(lambda: len(api.calls_to("chat.postEphemeral", channel=channel, user=user)) > before)


@pytest.mark.integration
def test_button_click_stores_feedback(bot_url, slack_api, assistant):
    event = mention("C0FEEDBACK", QUESTION)
    _send(bot_url, event)
    _wait_reply(slack_api, "C0FEEDBACK", event["ts"])
    message = next(m for m in slack_api.threads[("C0FEEDBACK", event["ts"])] if m.get("bot_id") == BOT_ID)
    assert message["ts"] == _posts(slack_api, "C0FEEDBACK")[0]["ts"]  # the placeholder became the answer
    before = len(assistant.feedback.all())

    _click(bot_url, slack_api, message, "C0FEEDBACK", "feedback_down", user="U0ALICE")
    rows = assistant.feedback.all()[before:]
    assert len(rows) == 1
    row = rows[0]
    assert (row["channel"], row["rating"], row["question"]) == ("slack", -1, QUESTION)
    assert FACT in row["answer"] and "[1]" in row["answer"]
    cited = json.loads(row["citations"])[0]
    assert cited["n"] == 1 and cited["doc"].endswith(".txt") and cited["title"]
    thanks = slack_api.calls_to("chat.postEphemeral", channel="C0FEEDBACK", user="U0ALICE")[0]["params"]
    assert thanks["thread_ts"] == event["ts"] and thanks["text"]

    # The same person changing their mind updates their rating; someone else adds their own.
    _click(bot_url, slack_api, message, "C0FEEDBACK", "feedback_up", user="U0ALICE")
    _click(bot_url, slack_api, message, "C0FEEDBACK", "feedback_up", user="U0ALICE")
    _click(bot_url, slack_api, message, "C0FEEDBACK", "feedback_down", user="U0BOB")
    assert [r["rating"] for r in assistant.feedback.all()[before:]] == [1, -1]


@pytest.mark.integration
def test_events_are_acknowledged_before_the_answer_is_ready(assistant, slack_api):
    gate = threading.Event()
    held = RecordingAssistant(assistant.wrapped, gate=gate)
    credentials = SlackCredentials(bot_token=BOT_TOKEN, signing_secret=SECRET)
    server = SlackEventServer(build_slack_app(held, _slack_settings(assistant, slack_api), credentials), "127.0.0.1", 0)
    server.start()
    try:
        event = direct_message("D0ACK", QUESTION)
        assert _send(server.url, event)[0] == 200  # returned while the answer is still held back
        placeholder = slack_api.wait_for(lambda: _posts(slack_api, "D0ACK", event["ts"]))[0]
        assert placeholder["text"] == SEARCHING_FR  # shown before the answer is ready
        assert _replies(slack_api, "D0ACK") == []
        gate.set()
        assert FACT in _wait_reply(slack_api, "D0ACK", event["ts"])["text"]
    finally:
        gate.set()
        server.stop()


@pytest.mark.integration
def test_socket_mode_receives_events_over_a_websocket_and_acks_them(assistant):
    ws = FakeSocketModeServer().start()
    api = FakeSlackAPI(ws_url=ws.url, bot_token=BOT_TOKEN).start()
    credentials = SlackCredentials(bot_token=BOT_TOKEN, app_token=APP_TOKEN)
    handler = socket_mode_handler(build_slack_app(assistant, _slack_settings(assistant, api), credentials), APP_TOKEN)
    try:
        handler.connect()
        assert api.calls_to("apps.connections.open")[0]["token"] == APP_TOKEN
        event = mention("C0SOCKET", QUESTION)
        body = event_callback(event)
        envelope = {"envelope_id": "env-1", "type": "events_api", "accepts_response_payload": False,
                    "retry_attempt": 0, "retry_reason": "", "payload": body}
        ws.send(envelope)
        assert ws.wait_for_ack("env-1") == {"envelope_id": "env-1"}
        reply = _wait_reply(api, "C0SOCKET", event["ts"])
        assert FACT in reply["text"]
        ws.send({**envelope, "envelope_id": "env-2", "retry_attempt": 1, "retry_reason": "timeout"})
        ws.wait_for_ack("env-2")
        _socket_sentinel = mention("C0SOCKET", "Combien d'organisations chinoises ont été ajoutées à la liste noire ?")
        ws.send({**envelope, "envelope_id": "env-3", "payload": event_callback(_socket_sentinel)})
        _wait_reply(api, "C0SOCKET", _socket_sentinel["ts"])
        assert len(_replies(api, "C0SOCKET", event["ts"])) == 1
    finally:
        handler.close()
        api.stop()
        ws.stop()


# --------------------------------------------------------------------------- streaming


def test_streamed_text_is_shown_at_most_once_per_interval_then_replaced_by_the_reply(slack_api, monkeypatch):
    now = [100.0]
    monkeypatch.setattr("assistant.slack_bot.time", SimpleNamespace(monotonic=lambda: now[0]))
    client = WebClient(token=BOT_TOKEN, base_url=slack_api.url)
    reply = StreamingReply(client, "C0THROTTLE", "1.000001", interval=1.0).start(SEARCHING_EN)
    text = ""
    for at, piece in [(0.2, "The "), (0.9, "Commerce "), (1.0, "Department "), (1.5, "<published> "), (2.1, "it.")]:
        now[0] = 100.0 + at
        text += piece
        reply.progress(text)
    final = _answer()
    assert reply.finish(answer_text(final), answer_blocks(final))

    [placeholder] = _posts(slack_api, "C0THROTTLE")
    assert (placeholder["thread_ts"], placeholder["text"]) == ("1.000001", SEARCHING_EN)
    updates = _updates(slack_api, "C0THROTTLE", placeholder["ts"])
    assert [u["text"] for u in updates[:-1]] == [
        "The Commerce Department …",  # 1 s after the placeholder: everything so far
        "The Commerce Department &lt;published&gt; it. …",  # 1 s after that; the piece at 1.5 s waited
    ]
    assert all("blocks" not in u for u in updates[:-1])
    assert (updates[-1]["text"], updates[-1]["blocks"]) == (answer_text(final), answer_blocks(final))


def test_a_slow_stream_updates_the_placeholder_before_the_final_reply(slack_api):
    final = _answer(answer="The Commerce Department published the list [1].", notice="The model fell back.")
    pieces = [(0.3, "Draft: the Commerce "), (1.2, "Department "), (1.1, "put them on the list.")]
    fake = FakeStreamingAssistant(pieces, final)
    credentials = SlackCredentials(bot_token=BOT_TOKEN, signing_secret=SECRET)
    server = SlackEventServer(build_slack_app(fake, Settings(slack_api_url=slack_api.url), credentials), "127.0.0.1", 0)
    server.start()
    try:
        event = mention("C0STREAM", "Which ministry published the list?")
        assert _send(server.url, event)[0] == 200
        reply = _wait_reply(slack_api, "C0STREAM", event["ts"])
    finally:
        server.stop()

    assert fake.asked == [("Which ministry published the list?", [])]
    [placeholder] = _posts(slack_api, "C0STREAM")
    assert placeholder["thread_ts"] == event["ts"] and placeholder["text"] == SEARCHING_EN
    first = next(c for c in slack_api.calls if c["params"].get("channel") == "C0STREAM")
    assert first["method"] == "chat.postMessage"  # the placeholder came before any update
    updates = _updates(slack_api, "C0STREAM", placeholder["ts"])
    partial, last = updates[:-1], updates[-1]
    assert partial, "the text was never shown while it streamed"
    streamed = "Draft: the Commerce Department put them on the list."
    for update in partial:
        assert "blocks" not in update and update["text"].endswith(" …")
        assert streamed.startswith(update["text"].removesuffix(" …")) and update["text"].startswith("Draft: the Commerce")
    assert len({u["text"] for u in partial}) == len(partial)  # each one showed more
    # The final Answer replaces whatever was streamed.
    assert last["blocks"] == reply["blocks"] == answer_blocks(final)
    assert reply["text"] == answer_text(final) and "Draft" not in json.dumps(last)
    assert any("fell back" in t for t in _texts(last["blocks"], "context"))
    assert slack_api.message("C0STREAM", placeholder["ts"])["text"] == answer_text(final)


@pytest.mark.integration
def test_when_the_final_update_fails_the_answer_is_posted_anew(bot_url, slack_api, assistant):
    slack_api.fail("chat.update", "cant_update_message", channel="C0NOUPDATE")
    event = mention("C0NOUPDATE", QUESTION)
    assert _send(bot_url, event)[0] == 200
    reply = _wait_reply(slack_api, "C0NOUPDATE", event["ts"])
    placeholder, posted = _posts(slack_api, "C0NOUPDATE")
    assert placeholder["text"] == SEARCHING_FR
    assert slack_api.calls_to("chat.update", channel="C0NOUPDATE", ts=placeholder["ts"])  # it was tried
    assert posted == reply and posted["thread_ts"] == event["ts"]
    assert FACT in posted["text"] and "[1]" in posted["text"]
    assert [t for t in _texts(posted["blocks"], "context") if t.startswith("*[1]*")]
    # The stale placeholder is removed; the new message carries working buttons.
    slack_api.wait_for(lambda: slack_api.calls_to("chat.delete", channel="C0NOUPDATE", ts=placeholder["ts"]))
    messages = [m for m in slack_api.threads[("C0NOUPDATE", event["ts"])] if m.get("bot_id") == BOT_ID]
    assert [m["ts"] for m in messages] == [posted["ts"]]
    before = len(assistant.feedback.all())
    _click(bot_url, slack_api, messages[0], "C0NOUPDATE", "feedback_up", user="U0CAROL")
    [row] = assistant.feedback.all()[before:]
    assert row["rating"] == 1 and FACT in row["answer"] and row["question"] == QUESTION
