"""`assistant bench`: where the time goes (model load, no-op re-ingest, questions p50/p95).

Speed goals live here, not in tests: record the numbers in the issue notes when they change.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Callable


def run_bench(build: Callable, dataset: Path, questions: int = 20) -> dict:
    """Time building the assistant, a re-ingest of an unchanged corpus, and `questions` asks."""
    t0 = time.perf_counter()
    bot = build()
    bot.embedder.embed(["warm up"], kind="query")
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    report = bot.ingest()
    reingest_s = time.perf_counter() - t0

    items = [json.loads(line) for line in Path(dataset).read_text(encoding="utf-8").splitlines() if line.strip()]
    items = (items * (questions // max(len(items), 1) + 1))[:questions]
    latencies = []
    for item in items:
        t0 = time.perf_counter()
        bot.ask(item["question"], item.get("history", []))
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return {
        "model_load_s": round(load_s, 2),
        "reingest_unchanged_s": round(reingest_s, 2),
        "reingest_embedded_passages": len(report.added),
        "questions": len(latencies),
        "ask_ms_p50": round(statistics.median(latencies), 1) if latencies else None,
        "ask_ms_p95": round(latencies[max(0, int(len(latencies) * 0.95) - 1)], 1) if latencies else None,
        "ask_ms_max": round(latencies[-1], 1) if latencies else None,
    }
