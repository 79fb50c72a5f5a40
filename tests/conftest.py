"""Shared fixtures: offline environment, a temporary copy of the corpus, a real assistant."""

from __future__ import annotations

from assistant.offline import go_offline

go_offline(force=True)

import shutil
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
