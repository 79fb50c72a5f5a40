"""CI's quality gate: the dev set through `assistant eval` with the project's current bars.

Raise the bars when the pipeline improves; a change that lowers a score below them fails CI.
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import DEV_SET, make_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BARS = ["--min", "hit@1=0.78", "--min", "hit@3=0.80", "--min", "fact_recall=0.75", "--min", "refusal_accuracy=1.0", "--max", "false_refusal_rate=0.06"]


def test_dev_set_meets_the_current_bars(tmp_path):
    settings = make_settings(tmp_path)
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    out = tmp_path / "eval-out"
    run = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "eval", "--dataset", str(DEV_SET), "--out", str(out), "--no-progress", *BARS],
        capture_output=True, text=True, env=env, timeout=1200,
    )
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert summary["metrics"]["n_items"] == 20
    assert (out / "report.html").read_text(encoding="utf-8").lower().startswith("<!doctype html>")
