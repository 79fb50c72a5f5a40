"""The whole dev set through the real assistant (real embedding model, real Chroma) on a copy of the corpus.

Quality bars are not asserted here: CI runs `assistant eval` with the project's bars.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
}.items():
    os.environ.setdefault(_key, _value)

from assistant.evaluation.metrics import METRICS  # noqa: E402

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PROJECT = Path(__file__).resolve().parent.parent
DEV = PROJECT / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def settings_factory(tmp_path_factory):
    from assistant.config import Settings

    root = tmp_path_factory.mktemp("eval-e2e")
    corpus = root / "corpus"
    shutil.copytree(PROJECT / "corpus", corpus)

    def make_settings(**overrides):
        base = {"corpus_dir": corpus, "index_dir": root / "index", "data_dir": root / "data"}
        return Settings(**{**base, **overrides})

    return make_settings


@pytest.fixture(scope="module")
def dev_run(settings_factory, tmp_path_factory):
    from assistant.evaluation import run_eval_command
    from assistant.factory import build_assistant

    out = tmp_path_factory.mktemp("eval-out")
    code = run_eval_command([DEV], out, ["hybrid"], [], settings_factory, build_assistant, progress=False)
    return code, out


def test_dev_set_writes_results_summary_and_report(dev_run):
    code, out = dev_run
    assert code == 0  # no bars given, so none missed
    results = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(results) == 20
    assert [r["id"] for r in results] == [f"dev-{i:02d}" for i in range(1, 21)]
    assert not [r for r in results if r.get("error")], "no item may error on the real assistant"
    for r in results:
        assert r["contexts"], f"{r['id']} retrieved nothing"
        assert set(r["scores"]) >= {"fact_recall", "hit@1", "refusal_accuracy", "latency_ms"}

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    metrics = summary["metrics"]
    for name in METRICS:
        assert name in metrics
        assert metrics[name] is not None, f"{name} was not computed"
        if not name.startswith("latency"):
            assert 0.0 <= metrics[name] <= 1.0
    assert metrics["n_items"] == 20 and metrics["n_unanswerable"] == 2
    assert summary["fingerprint"]["corpus_files"] == 5 and summary["fingerprint"]["index_documents"] == 5
    assert summary["config"]["settings"]["retriever"] == "HybridRetriever"

    page = (out / "report.html").read_text(encoding="utf-8")
    assert all(f"<b>dev-{i:02d}</b>" in page for i in range(1, 21))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).lower()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"\[\d+\]", " ", text).split())


def test_fact_recall_agrees_with_an_independent_scoring(dev_run):
    _, out = dev_run
    facts = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["answerable"]:
            facts[item["id"]] = item["facts"]
    recalls = []
    for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in facts:
            answer = _fold(row["answer"])
            recalls.append(sum(any(_fold(f) in answer for f in group) for group in facts[row["id"]]) / len(facts[row["id"]]))
    independent = sum(recalls) / len(recalls)
    ours = json.loads((out / "summary.json").read_text(encoding="utf-8"))["metrics"]["fact_recall"]
    assert not math.isnan(ours)
    assert abs(ours - independent) <= 0.05
