"""Shared fixtures: offline environment, a temporary copy of the corpus, a real assistant."""

from __future__ import annotations

from assistant.offline import go_offline

go_offline(force=True)

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "corpus"
DEV_SET = PROJECT / "eval" / "dev.jsonl"


def make_settings(tmp: Path, **overrides):
    """Settings on a private copy of the corpus, index and data folder; the bundled model is shared."""
    from assistant.config import Settings

    corpus = tmp / "corpus"
    if not corpus.exists():
        shutil.copytree(CORPUS, corpus)
    values = dict(corpus_dir=corpus, index_dir=tmp / "index", data_dir=tmp / "data", models_dir=PROJECT / "models")
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def shared_assistant(tmp_path_factory):
    """One real assistant (real model, embedded Chroma) for read-only tests."""
    from assistant.factory import build_assistant

    bot = build_assistant(make_settings(tmp_path_factory.mktemp("shared")))
    bot.ensure_index()
    return bot


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def chroma_server(tmp_path):
    """A real `chroma run` server on a free port, with its data in the test's tmp folder; yields its URL."""
    chroma = Path(sys.executable).parent / "chroma"
    port = free_port()
    proc = subprocess.Popen(
        [str(chroma), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server-data")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def slack_api(request):
    """A local stand-in for Slack's Web API, accepting the test module's `BOT_TOKEN`."""
    from slack_fake import FakeSlackAPI

    api = FakeSlackAPI(bot_token=request.module.BOT_TOKEN).start()
    yield api
    api.stop()
