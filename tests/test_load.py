"""Many people at once: 20 web-chat users and 20 Slack events, each answered once and correctly.

The web chat is the real Gradio app, each user its own session through the queue API (gradio_client);
Slack is the real bolt app behind `SlackEventServer`, sent signed events, replying to the local fake
Web API of slack_fake.py. Only counts and contents are asserted: speed lives in `assistant.bench_load`.
"""

from __future__ import annotations

import itertools
import json
import threading

import pytest

from assistant.bench_load import QUESTIONS, run_load, web_load
from assistant.factory import build_assistant
from assistant.slack_bot import PLACEHOLDERS, SlackCredentials, SlackEventServer, build_slack_app

from conftest import make_settings
from slack_fake import FakeSlackAPI, direct_message, event_callback, post_signed

pytestmark = [pytest.mark.integration, pytest.mark.slow]

USERS = 20
BOT_TOKEN = "xoxb-load-test"
SECRET = "load-test-signing-secret"


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return make_settings(tmp_path_factory.mktemp("load"))


@pytest.fixture(scope="module")
def bot(settings):
    assistant = build_assistant(settings)
    assistant.documents()
    return assistant


def _workload() -> list[tuple[str, str]]:
    return list(itertools.islice(itertools.cycle(QUESTIONS), USERS))


def test_twenty_web_users_at_once_each_get_their_own_answer(bot):
    work = _workload()
    replies = web_load(bot, [q for q, _ in work])
    assert len(replies) == USERS
    for (question, fact), reply in zip(work, replies):
        assert reply.error == "", (question, reply.error)
        assert len(reply.replies) == 1, (question, reply.replies)  # one answer in the user's own session
        assert fact in reply.replies[0], (question, reply.replies[0][:300])


def test_twenty_slack_events_at_once_are_each_answered_once(bot, settings):
    api = FakeSlackAPI(bot_token=BOT_TOKEN).start()
    app = build_slack_app(bot, settings.model_copy(update={"slack_api_url": api.url}),
                          SlackCredentials(bot_token=BOT_TOKEN, signing_secret=SECRET))
    server = SlackEventServer(app, "127.0.0.1", 0).start()
    work = _workload()
    channels = [f"D0LOAD{i:04d}" for i in range(USERS)]
    bodies = [json.dumps(event_callback(direct_message(channel, question))) for channel, (question, _) in zip(channels, work)]
    statuses: list[int] = [0] * USERS
    start = threading.Barrier(USERS)

    def send(i: int) -> None:
        start.wait(timeout=60)
        statuses[i] = post_signed(server.url, bodies[i], SECRET)[0]

    def finals(channel: str) -> list[dict]:
        """Final replies in a channel: placeholders given their blocks, and messages posted as they are."""
        updates = [c["params"] for c in api.calls_to("chat.update", channel=channel) if "blocks" in c["params"]]
        posts = [c["params"] for c in api.calls_to("chat.postMessage", channel=channel) if c["params"]["text"] not in PLACEHOLDERS]
        return updates + posts

    try:
        threads = [threading.Thread(target=send, args=(i,)) for i in range(USERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert statuses == [200] * USERS
        api.wait_for(lambda: all(finals(c) for c in channels), timeout=600)
        # One more question, answered after all of them: any late duplicate would be there by now.
        sentinel = direct_message("D0LOADEND", QUESTIONS[0][0])
        assert post_signed(server.url, json.dumps(event_callback(sentinel)), SECRET)[0] == 200
        api.wait_for(lambda: finals("D0LOADEND"), timeout=600)
    finally:
        server.stop()
        api.stop()
    for channel, (question, fact) in zip(channels, work):
        replies = finals(channel)
        assert len(replies) == 1, (channel, question, replies)
        assert fact in replies[0]["text"], (question, replies[0]["text"][:300])
        assert len(api.calls_to("chat.postMessage", channel=channel)) == 1  # one placeholder, turned into the answer


def test_run_load_reports_requests_answers_and_latency_percentiles(settings):
    result = run_load(lambda: build_assistant(settings), users=4)
    assert set(result) == {"web", "slack"}
    for name, numbers in result.items():
        assert set(numbers) == {"requests", "answered", "p50_ms", "p95_ms"}, name
        assert numbers["requests"] == numbers["answered"] == 4, (name, numbers)
        assert 0 < numbers["p50_ms"] <= numbers["p95_ms"], (name, numbers)
