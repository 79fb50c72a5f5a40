"""The bench machinery on a tiny scale: synthetic passages, cached vectors, the report's sections.

No timing is asserted here: speed goals belong to `assistant bench` and docs/benchmarks.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS, DEV_SET, make_settings


def test_distractors_are_deterministic_and_never_hold_an_evidence_span():
    from assistant.benchgen import DistractorGenerator
    from assistant.evaluation import load_datasets
    from assistant.evaluation.metrics import normalize

    spans = [e.text for item in load_datasets([DEV_SET]) for e in item.evidence]
    gen = DistractorGenerator.from_corpus(CORPUS, avoid=spans)
    first = gen.chunks(300)
    assert [c.id for c in first] == [c.id for c in DistractorGenerator.from_corpus(CORPUS, avoid=spans).chunks(300)]
    assert [c.id for c in gen.chunks(100, start=200)] == [c.id for c in first[200:]]  # a size is a prefix of a bigger one
    assert {c.lang for c in first} == {"fr", "en"}
    assert not [c.text for c in first if any(normalize(s) in normalize(c.text) for s in spans)]


@pytest.mark.integration
def test_bench_writes_the_report_on_a_tiny_scale(tmp_path):
    from assistant.bench import BenchOptions, run_bench

    dev = tmp_path / "dev.jsonl"
    dev.write_text("\n".join(DEV_SET.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    out = tmp_path / "benchmarks.md"
    options = BenchOptions(
        scales=(200,), out=out, dev=dev, extra_questions=(), cache_dir=tmp_path / "cache",
        ingest_passages=30, server=False, cold_start=False, load=False,
    )
    results = run_bench(options, make_settings(tmp_path / "base"))

    report = out.read_text(encoding="utf-8")
    for section in ("## Machine", "## Goals", "## Ingestion", "## Questions and scale", "## Baseline", "## Cold start and memory", "## Load"):
        assert section in report, section
    sizes = [(r["backend"], r["size"]) for r in results["scale"]]
    assert sizes[0][0] == "embedded" and sizes[1] == ("embedded", 200)
    assert results["ingestion"]["reingest_embedded"] == 0
    assert results["ingestion"]["searchable_s"] > 0 and results["ingestion"]["sentences_s"] > 0  # both ingest phases are reported
    assert "## What changed the numbers" in report  # the before/after table kept in docs/benchmark-changes.md
    assert "Passages/s to searchable" in report and results["model"]["dtype"] in ("float32", "bfloat16")
    assert all(r["answer"]["n"] == 3 and r["baseline"]["retrieval"]["n"] == 3 for r in results["scale"])
    assert list(Path(tmp_path / "cache").glob("vectors-*/block-0000.npy"))  # the distractor vectors were cached
