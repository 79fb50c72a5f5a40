"""CI's quality gate: the reference sets through `assistant eval` with the project's current bars.

`eval/dev.jsonl` is the shared dev set; `eval/heldout.jsonl` holds 36 other questions on the same
articles, written apart from the tuning, to catch changes that only fit the dev set; `eval/heldout2.jsonl`
holds 40 harder ones (paraphrases, articles named by topic, comparisons), and `eval/heldout3.jsonl`,
`eval/heldout4.jsonl` … `eval/heldout12.jsonl` 38, 40, 40, 40, 40, 40, 40, 40, 40 and 40 more of the dev set's kind written without seeing the
code; all guarded at today's level, less about one item (a CPU without bfloat16 embeds in float32).

Raise the bars when the pipeline improves; a change that lowers a score below them fails CI.
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import DEV_SET, make_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

HELDOUT = DEV_SET.parent / "heldout.jsonl"
HELDOUT2 = DEV_SET.parent / "heldout2.jsonl"
HELDOUT3 = DEV_SET.parent / "heldout3.jsonl"
HELDOUT4 = DEV_SET.parent / "heldout4.jsonl"
HELDOUT5 = DEV_SET.parent / "heldout5.jsonl"
HELDOUT6 = DEV_SET.parent / "heldout6.jsonl"
HELDOUT7 = DEV_SET.parent / "heldout7.jsonl"
HELDOUT8 = DEV_SET.parent / "heldout8.jsonl"
HELDOUT9 = DEV_SET.parent / "heldout9.jsonl"
HELDOUT10 = DEV_SET.parent / "heldout10.jsonl"
HELDOUT11 = DEV_SET.parent / "heldout11.jsonl"
HELDOUT12 = DEV_SET.parent / "heldout12.jsonl"

BARS = ["--min", "hit@1=0.83", "--min", "hit@3=0.83", "--min", "fact_recall=0.80", "--min", "citation_precision=0.90", "--min", "refusal_accuracy=1.0", "--max", "false_refusal_rate=0.06"]


HELDOUT_BARS = ["--min", "hit@1=0.90", "--min", "hit@3=0.95", "--min", "fact_recall=0.94", "--min", "citation_precision=0.93", "--min", "refusal_accuracy=1.0", "--max", "false_refusal_rate=0.04"]


HELDOUT2_BARS = ["--min", "hit@1=0.60", "--min", "hit@3=0.75", "--min", "fact_recall=0.60", "--min", "citation_precision=0.58", "--min", "refusal_accuracy=0.90", "--max", "false_refusal_rate=0.07"]


HELDOUT3_BARS = ["--min", "hit@1=0.80", "--min", "hit@3=0.92", "--min", "fact_recall=0.79", "--min", "citation_precision=0.84", "--min", "refusal_accuracy=0.66", "--max", "false_refusal_rate=0.04"]


HELDOUT4_BARS = ["--min", "hit@1=0.78", "--min", "hit@3=0.92", "--min", "fact_recall=0.90", "--min", "citation_precision=0.80", "--min", "refusal_accuracy=0.71", "--max", "false_refusal_rate=0.04"]


HELDOUT5_BARS = ["--min", "hit@1=0.82", "--min", "hit@3=0.87", "--min", "fact_recall=0.84", "--min", "citation_precision=0.76", "--min", "refusal_accuracy=0.57", "--max", "false_refusal_rate=0.04"]


HELDOUT6_BARS = ["--min", "hit@1=0.85", "--min", "hit@3=0.90", "--min", "fact_recall=0.83", "--min", "citation_precision=0.84", "--min", "refusal_accuracy=0.85", "--max", "false_refusal_rate=0.04"]


HELDOUT7_BARS = ["--min", "hit@1=0.68", "--min", "hit@3=0.92", "--min", "fact_recall=0.80", "--min", "citation_precision=0.74", "--min", "refusal_accuracy=0.85", "--max", "false_refusal_rate=0.04"]


HELDOUT8_BARS = ["--min", "hit@1=0.78", "--min", "hit@3=0.95", "--min", "fact_recall=0.82", "--min", "citation_precision=0.86", "--min", "refusal_accuracy=0.71", "--max", "false_refusal_rate=0.04"]


HELDOUT9_BARS = ["--min", "hit@1=0.90", "--min", "hit@3=0.95", "--min", "fact_recall=0.89", "--min", "citation_precision=0.83", "--min", "refusal_accuracy=0.85", "--max", "false_refusal_rate=0.04"]


HELDOUT10_BARS = ["--min", "hit@1=0.80", "--min", "hit@3=0.91", "--min", "fact_recall=0.80", "--min", "citation_precision=0.80", "--min", "refusal_accuracy=0.80", "--max", "false_refusal_rate=0.04"]


HELDOUT11_BARS = ["--min", "hit@1=0.81", "--min", "hit@3=0.87", "--min", "fact_recall=0.84", "--min", "citation_precision=0.72", "--min", "refusal_accuracy=0.71", "--max", "false_refusal_rate=0.04"]


HELDOUT12_BARS = ["--min", "hit@1=0.82", "--min", "hit@3=0.91", "--min", "fact_recall=0.82", "--min", "citation_precision=0.82", "--min", "refusal_accuracy=0.83", "--max", "false_refusal_rate=0.04"]


@pytest.mark.parametrize(
    "dataset,bars,n_items",
    [
        (DEV_SET, BARS, 20), (HELDOUT, HELDOUT_BARS, 36), (HELDOUT2, HELDOUT2_BARS, 40), (HELDOUT3, HELDOUT3_BARS, 38),
        (HELDOUT4, HELDOUT4_BARS, 40), (HELDOUT5, HELDOUT5_BARS, 40), (HELDOUT6, HELDOUT6_BARS, 40), (HELDOUT7, HELDOUT7_BARS, 40),
        (HELDOUT8, HELDOUT8_BARS, 40), (HELDOUT9, HELDOUT9_BARS, 40), (HELDOUT10, HELDOUT10_BARS, 40),
        (HELDOUT11, HELDOUT11_BARS, 40), (HELDOUT12, HELDOUT12_BARS, 40),
    ],
    ids=["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"],
)
def test_reference_sets_meet_the_current_bars(tmp_path, dataset, bars, n_items):
    settings = make_settings(tmp_path)
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir), "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    out = tmp_path / "eval-out"
    run = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "eval", "--dataset", str(dataset), "--out", str(out), "--no-progress", *bars],
        capture_output=True, text=True, env=env, timeout=1200,
    )
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert summary["metrics"]["n_items"] == n_items
    assert (out / "report.html").read_text(encoding="utf-8").lower().startswith("<!doctype html>")
