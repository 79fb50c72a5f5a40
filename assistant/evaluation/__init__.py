"""`assistant eval`: score the assistant on reference sets, without a language-model judge.

    from assistant.evaluation import run_eval
    run = run_eval({"default": bot}, [Path("eval/dev.jsonl")], Path("eval-out"), mins={"hit@3": 0.95})
    if run.failed_bars: ...
"""

from assistant.evaluation.datasets import DatasetError, EvalItem, Evidence, load_dataset, load_datasets
from assistant.evaluation.runner import (
    BarError,
    EvalRun,
    VariantError,
    VariantOutcome,
    check_bars,
    corpus_fingerprint,
    index_fingerprint,
    parse_bars,
    parse_variant,
    run_eval,
    run_eval_command,
)

__all__ = [
    "BarError",
    "DatasetError",
    "EvalItem",
    "EvalRun",
    "Evidence",
    "VariantError",
    "VariantOutcome",
    "check_bars",
    "corpus_fingerprint",
    "index_fingerprint",
    "load_dataset",
    "load_datasets",
    "parse_bars",
    "parse_variant",
    "run_eval",
    "run_eval_command",
]
