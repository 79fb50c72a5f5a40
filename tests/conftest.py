"""Shared fixtures: offline environment, a temporary copy of the corpus, a real assistant."""

from __future__ import annotations

import os

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ[_key] = _value

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
