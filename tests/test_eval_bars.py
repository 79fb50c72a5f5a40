"""CI's quality gate: the reference sets through `assistant eval` with the project's current bars.

`eval/dev.jsonl` is the shared dev set; `eval/heldout.jsonl` holds 36 other questions on the same
articles, written apart from the tuning, to catch changes that only fit the dev set; `eval/heldout2.jsonl`
holds 40 harder ones (paraphrases, articles named by topic, comparisons), and `eval/heldout3.jsonl` …
`eval/heldout147.jsonl` 38, then 40 each, of the dev set's kind, written without seeing the code (`heldout37` …
`heldout42` with 16 unanswerable questions each, `heldout47` and `heldout50` with 14, most beside an answerable one on
the same detail); all guarded at today's level, less about one item (a CPU without bfloat16 embeds in float32).

Raise the bars when the pipeline improves; a change that lowers a score below them fails CI.
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import DEV_SET, make_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# set, questions, and its bars: minimum hit@1, hit@3, fact recall, citation precision, refusal accuracy; maximum
# false-refusal rate.
GATE = [
    ("dev", 20, 0.83, 0.83, 0.81, 0.94, 1, 0.06),
    ("heldout", 36, 0.93, 0.96, 0.95, 0.96, 1, 0.04),
    ("heldout2", 40, 0.72, 0.89, 0.75, 0.71, 0.9, 0.04),
    ("heldout3", 38, 0.87, 0.96, 0.84, 0.84, 0.83, 0.04),
    ("heldout4", 40, 0.87, 0.93, 0.91, 0.92, 0.85, 0.04),
    ("heldout5", 40, 0.87, 0.93, 0.9, 0.87, 0.71, 0.04),
    ("heldout6", 40, 0.9, 0.9, 0.92, 0.92, 0.85, 0.04),
    ("heldout7", 40, 0.84, 0.96, 0.85, 0.87, 0.85, 0.04),
    ("heldout8", 40, 0.93, 0.96, 0.9, 0.95, 0.71, 0.04),
    ("heldout9", 40, 0.93, 0.96, 0.92, 0.9, 0.85, 0.04),
    ("heldout10", 40, 0.88, 0.94, 0.94, 0.92, 0.8, 0.03),
    ("heldout11", 40, 0.9, 0.9, 0.93, 0.9, 0.71, 0.04),
    ("heldout12", 40, 0.85, 0.94, 0.94, 0.91, 0.83, 0.03),
    ("heldout13", 40, 0.91, 0.94, 0.88, 0.88, 0.83, 0.03),
    ("heldout14", 40, 0.88, 0.97, 0.91, 0.92, 0.83, 0.03),
    ("heldout15", 40, 0.85, 0.94, 0.88, 0.88, 0.83, 0.03),
    ("heldout16", 40, 0.85, 0.94, 0.88, 0.85, 0.66, 0.03),
    ("heldout17", 40, 0.85, 0.94, 0.89, 0.86, 0.83, 0.03),
    ("heldout18", 40, 0.94, 0.97, 0.91, 0.89, 0.83, 0.03),
    ("heldout19", 40, 0.85, 0.94, 0.89, 0.85, 0.83, 0.03),
    ("heldout20", 40, 0.82, 0.94, 0.81, 0.86, 0.83, 0.06),
    ("heldout21", 40, 0.91, 0.97, 0.89, 0.89, 0.83, 0.03),
    ("heldout22", 40, 0.79, 0.91, 0.85, 0.82, 0.5, 0.03),
    ("heldout23", 40, 0.91, 0.97, 0.93, 0.94, 0.83, 0.03),
    ("heldout24", 40, 0.91, 0.97, 0.97, 0.92, 0.83, 0.03),
    ("heldout25", 40, 0.79, 0.94, 0.89, 0.89, 0.83, 0.03),
    ("heldout26", 40, 0.88, 0.97, 0.94, 0.88, 0.83, 0.03),
    ("heldout27", 40, 0.91, 0.97, 0.91, 0.95, 0.83, 0.06),
    ("heldout28", 40, 0.88, 0.91, 0.88, 0.89, 0.83, 0.03),
    ("heldout29", 40, 0.76, 0.97, 0.87, 0.85, 0.83, 0.03),
    ("heldout30", 40, 0.94, 0.97, 0.97, 0.95, 0.83, 0.03),
    ("heldout31", 40, 0.85, 0.94, 0.88, 0.8, 0.83, 0.03),
    ("heldout32", 40, 0.97, 0.97, 0.97, 0.94, 0.83, 0.03),
    ("heldout33", 40, 0.94, 0.97, 0.97, 0.94, 0.83, 0.03),
    ("heldout34", 40, 0.88, 0.97, 0.86, 0.89, 0.83, 0.03),
    ("heldout35", 40, 0.94, 0.97, 0.94, 0.92, 0.83, 0.03),
    ("heldout36", 40, 0.82, 0.91, 0.85, 0.83, 0.83, 0.03),
    ("heldout37", 40, 0.83, 0.91, 0.86, 0.87, 0.81, 0.05),
    ("heldout38", 40, 0.95, 0.95, 0.95, 0.93, 0.81, 0.05),
    ("heldout39", 40, 0.95, 0.95, 0.85, 0.87, 0.75, 0.05),
    ("heldout40", 40, 0.87, 0.95, 0.87, 0.91, 0.81, 0.05),
    ("heldout41", 40, 0.91, 0.95, 0.87, 0.83, 0.5, 0.05),
    ("heldout42", 40, 0.87, 0.91, 0.89, 0.89, 0.62, 0.05),
    ("heldout43", 40, 0.85, 0.91, 0.85, 0.83, 0.83, 0.03),
    ("heldout44", 40, 0.91, 0.97, 0.94, 0.94, 0.83, 0.03),
    ("heldout45", 40, 0.88, 0.94, 0.83, 0.85, 0.83, 0.03),
    ("heldout46", 40, 0.87, 0.96, 0.86, 0.92, 0.87, 0.07),
    ("heldout47", 40, 0.92, 0.96, 0.92, 0.96, 0.71, 0.08),
    ("heldout48", 40, 0.91, 0.94, 0.85, 0.83, 0.66, 0.06),
    ("heldout49", 40, 0.82, 0.94, 0.91, 0.88, 0.83, 0.03),
    ("heldout50", 40, 0.92, 0.96, 0.9, 0.92, 0.71, 0.04),
    ("heldout51", 40, 0.84, 0.93, 0.92, 0.92, 0.71, 0.04),
    ("heldout52", 40, 0.88, 0.91, 0.83, 0.89, 0.83, 0.03),
    ("heldout53", 40, 0.9, 0.93, 0.84, 0.87, 0.87, 0.07),
    ("heldout54", 40, 0.94, 0.97, 0.91, 0.91, 0.83, 0.03),
    ("heldout55", 40, 0.85, 0.94, 0.86, 0.86, 0.5, 0.03),
    ("heldout56", 40, 0.85, 0.94, 0.85, 0.88, 0.83, 0.03),
    ("heldout57", 40, 0.87, 0.96, 0.93, 0.92, 0.5, 0.04),
    ("heldout58", 40, 0.91, 0.94, 0.92, 0.89, 0.83, 0.03),
    ("heldout59", 40, 0.85, 0.94, 0.88, 0.85, 0.83, 0.03),
    ("heldout60", 40, 0.94, 0.97, 0.94, 0.94, 0.83, 0.03),
    ("heldout61", 40, 0.93, 0.96, 0.96, 0.96, 0.87, 0.04),
    ("heldout62", 40, 0.96, 0.96, 0.96, 0.96, 0.85, 0.04),
    ("heldout63", 40, 0.84, 0.93, 0.89, 0.9, 0.85, 0.04),
    ("heldout64", 40, 0.79, 0.91, 0.88, 0.91, 0.83, 0.03),
    ("heldout65", 40, 0.93, 0.96, 0.96, 0.95, 0.87, 0.04),
    ("heldout66", 40, 0.94, 0.97, 0.89, 0.91, 0.83, 0.03),
    ("heldout67", 40, 0.93, 0.96, 0.9, 0.86, 0.8, 0.04),
    ("heldout68", 40, 0.94, 0.97, 0.97, 0.97, 0.66, 0.03),
    ("heldout69", 40, 0.93, 0.96, 0.93, 0.93, 0.87, 0.04),
    ("heldout70", 40, 0.78, 0.93, 0.89, 0.84, 0.85, 0.04),
    ("heldout71", 40, 0.87, 0.96, 0.9, 0.9, 0.85, 0.04),
    ("heldout72", 40, 0.94, 0.97, 0.92, 0.97, 0.83, 0.06),
    ("heldout73", 40, 0.93, 0.96, 0.93, 0.89, 0.87, 0.04),
    ("heldout74", 40, 0.91, 0.97, 0.94, 0.92, 0.83, 0.03),
    ("heldout75", 40, 0.9, 0.96, 0.93, 0.92, 0.85, 0.04),
    ("heldout76", 40, 0.85, 0.97, 0.94, 0.94, 0.83, 0.03),
    ("heldout77", 40, 0.9, 0.93, 0.9, 0.89, 0.87, 0.04),
    ("heldout78", 40, 0.9, 0.93, 0.87, 0.87, 0.71, 0.04),
    ("heldout79", 40, 0.87, 0.96, 0.93, 0.93, 0.85, 0.04),
    ("heldout80", 40, 0.88, 0.94, 0.89, 0.89, 0.66, 0.03),
    ("heldout81", 40, 0.93, 0.96, 0.96, 0.93, 0.87, 0.04),
    ("heldout82", 40, 0.88, 0.94, 0.91, 0.89, 0.83, 0.03),
    ("heldout83", 40, 0.9, 0.96, 0.93, 0.92, 0.85, 0.04),
    ("heldout84", 40, 0.88, 0.94, 0.94, 0.95, 0.83, 0.03),
    ("heldout85", 40, 0.96, 0.96, 0.93, 0.95, 0.87, 0.04),
    ("heldout86", 40, 0.88, 0.94, 0.91, 0.88, 0.83, 0.03),
    ("heldout87", 40, 0.84, 0.93, 0.9, 0.89, 0.85, 0.04),
    ("heldout88", 40, 0.81, 0.93, 0.87, 0.86, 0.85, 0.04),
    ("heldout89", 40, 0.93, 0.96, 0.96, 0.93, 0.85, 0.04),
    ("heldout90", 40, 0.84, 0.93, 0.86, 0.86, 0.85, 0.04),
    ("heldout91", 40, 0.87, 0.96, 0.9, 0.86, 0.66, 0.07),
    ("heldout92", 40, 0.93, 0.96, 0.93, 0.93, 0.85, 0.04),
    ("heldout93", 40, 0.87, 0.96, 0.92, 0.9, 0.87, 0.04),
    ("heldout94", 40, 0.79, 0.97, 0.97, 0.94, 0.66, 0.03),
    ("heldout95", 40, 0.9, 0.93, 0.86, 0.86, 0.85, 0.04),
    ("heldout96", 40, 0.93, 0.93, 0.9, 0.96, 0.85, 0.1),
    ("heldout97", 40, 0.87, 0.96, 0.87, 0.92, 0.85, 0.1),
    ("heldout98", 40, 0.87, 0.93, 0.9, 0.84, 0.85, 0.04),
    ("heldout99", 40, 0.81, 0.87, 0.89, 0.92, 0.85, 0.04),
    ("heldout100", 40, 0.96, 0.96, 0.96, 0.96, 0.85, 0.04),
    ("heldout101", 40, 0.96, 0.96, 0.92, 0.93, 0.75, 0.07),
    ("heldout102", 40, 0.88, 0.97, 0.89, 0.88, 0.83, 0.03),
    ("heldout103", 40, 0.9, 0.93, 0.93, 0.9, 0.85, 0.04),
    ("heldout104", 40, 0.87, 0.96, 0.9, 0.84, 0.85, 0.04),
    ("heldout105", 40, 0.93, 0.96, 0.9, 0.92, 0.85, 0.07),
    ("heldout106", 40, 0.9, 0.96, 0.84, 0.89, 0.85, 0.07),
    ("heldout107", 40, 0.9, 0.96, 0.95, 0.92, 0.71, 0.04),
]
METRICS = ("hit@1", "hit@3", "fact_recall", "citation_precision", "refusal_accuracy")


def _bars(row: tuple) -> list[str]:
    *minimums, most_false = row[2:]
    return [arg for metric, bar in zip(METRICS, minimums) for arg in ("--min", f"{metric}={bar}")] + ["--max", f"false_refusal_rate={most_false}"]


@pytest.mark.parametrize("row", GATE, ids=[row[0] for row in GATE])
def test_reference_sets_meet_the_current_bars(tmp_path, row):
    name, n_items = row[:2]
    dataset, bars = DEV_SET.parent / f"{name}.jsonl", _bars(row)
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
