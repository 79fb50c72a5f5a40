"""Run assistants over reference sets, score every answer, write results, summary and report.

    from assistant import Settings, build_assistant
    from assistant.evaluation import run_eval

    bot = build_assistant(Settings())
    run = run_eval({"default": bot}, [Path("eval/dev.jsonl")], Path("eval-out"), mins={"fact_recall": 0.85})
    run.summaries["default"]["metrics"]["hit@3"], run.failed_bars

With one variant the files go straight into `out_dir`; with several, each variant gets
`out_dir/<variant>/results.jsonl` and `summary.json`, and `out_dir` holds a combined
`summary.json` and one `report.html` with the variants side by side.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence

import numpy as np

from assistant.errors import AssistantError
from assistant.evaluation.datasets import EvalItem, load_datasets
from assistant.evaluation.metrics import LOWER_IS_BETTER, METRICS, aggregate, failure_reasons, missed_facts, score_item
from assistant.evaluation.report import progress_bar, summary_table, write_report

Embed = Callable[[list[str]], np.ndarray]
Judge = Callable[[EvalItem, dict], Mapping[str, float]]

# Settings whose values must never land in a summary file.
_SECRETS = ("api_key", "token", "password", "secret")


class BarError(AssistantError):
    """A `--min`/`--max` bar that names no metric or holds no number."""


class VariantError(AssistantError):
    """A `--variant` that names no retrieval mode, settings file or setting."""


class AssistantLike(Protocol):
    """Anything with the assistant's `ask` (the real one, a fake in tests, a remote client)."""

    def ask(self, question: str, history: Sequence[dict] = ()) -> Any: ...


@dataclass
class VariantOutcome:
    """The scored records and the summary of one configuration."""

    name: str
    records: list[dict]
    summary: dict

    @property
    def metrics(self) -> dict:
        return self.summary["metrics"]


@dataclass
class EvalRun:
    """What `run_eval` produced: per-variant outcomes, bars missed and where the files are."""

    out_dir: Path
    items: list[EvalItem]
    variants: dict[str, VariantOutcome]
    mins: dict[str, float] = field(default_factory=dict)
    maxs: dict[str, float] = field(default_factory=dict)
    failed_bars: list[str] = field(default_factory=list)
    started_at: str = ""
    finished_at: str = ""

    @property
    def summaries(self) -> dict[str, dict]:
        return {name: v.summary for name, v in self.variants.items()}

    @property
    def ok(self) -> bool:
        return not self.failed_bars

    @property
    def report_path(self) -> Path:
        return self.out_dir / "report.html"


# ---------------------------------------------------------------------------------------------
# Bars


def bar_names() -> list[str]:
    """Metric names a bar may use."""
    return [*METRICS, "latency_mean_ms"]


def parse_bars(specs: Sequence[str]) -> dict[str, float]:
    """`["fact_recall=0.85", "hit@3=0.95"]` -> `{"fact_recall": 0.85, "hit@3": 0.95}`; friendly errors."""
    bars: dict[str, float] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep:
            raise BarError(f"bar {spec!r} should look like METRIC=VALUE, e.g. fact_recall=0.85")
        if name not in bar_names():
            raise BarError(f"unknown metric {name!r} in bar {spec!r}; choose from: {', '.join(bar_names())}")
        try:
            bars[name] = float(value)
        except ValueError:
            raise BarError(f"bar {spec!r}: {value.strip()!r} is not a number") from None
    return bars


def check_bars(metrics: Mapping[str, float], mins: Mapping[str, float], maxs: Mapping[str, float] = {}, variant: str = "") -> list[str]:
    """The bars `metrics` misses, as readable lines. A metric that could not be computed misses its bar."""
    suffix = f" ({variant})" if variant else ""
    failed = []
    for name, bar in mins.items():
        value = metrics.get(name, math.nan)
        if value is None or math.isnan(value) or value < bar:
            failed.append(f"{name}={_fmt(value)} < {bar:g}{suffix}")
    for name, bar in maxs.items():
        value = metrics.get(name, math.nan)
        if value is None or math.isnan(value) or value > bar:
            failed.append(f"{name}={_fmt(value)} > {bar:g}{suffix}")
    return failed


def _fmt(value: float | None) -> str:
    return "n/a" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2f}"


def _validate_bars(mins: Mapping[str, float], maxs: Mapping[str, float]) -> None:
    for name in [*mins, *maxs]:
        if name not in bar_names():
            raise BarError(f"unknown metric {name!r} in a bar; choose from: {', '.join(bar_names())}")
    for name in mins:
        if name in LOWER_IS_BETTER:
            raise BarError(f"{name} is better when lower: give it a maximum (--max {name}=…), not a minimum")


# ---------------------------------------------------------------------------------------------
# Fingerprints and configuration


def corpus_fingerprint(corpus_dir: Path | str) -> dict:
    """A sha256 over the corpus' file names and contents, and its file count (hidden files ignored)."""
    root = Path(corpus_dir)
    digest, count = hashlib.sha256(), 0
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            relative = path.relative_to(root).as_posix()
            if any(part.startswith(".") for part in relative.split("/")):
                continue
            digest.update(relative.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
            count += 1
    return {"corpus_dir": str(root), "corpus_sha256": digest.hexdigest(), "corpus_files": count}


def index_fingerprint(bot: Any) -> dict:
    """A sha256 over the indexed documents (name, passage count) and the settings that shape the index."""
    documents = bot.documents() if callable(getattr(bot, "documents", None)) else []
    settings = getattr(bot, "settings", None)
    shape = {k: str(getattr(settings, k, "")) for k in ("embedding_model", "chunk_chars", "collection")}
    rows = sorted(f"{d.doc}\t{getattr(d, 'passages', '')}" for d in documents)
    digest = hashlib.sha256(json.dumps({"docs": rows, "shape": shape}, sort_keys=True).encode()).hexdigest()
    return {
        "index_sha256": digest,
        "index_documents": len(rows),
        "index_passages": sum(int(getattr(d, "passages", 0) or 0) for d in documents),
    }


def assistant_config(bot: Any) -> dict:
    """The assistant's settings as JSON-ready values (secrets redacted) and the retriever it uses."""
    out: dict[str, Any] = {}
    settings = getattr(bot, "settings", None)
    if settings is not None and hasattr(settings, "model_dump"):
        values = settings.model_dump(mode="json")
        out = {k: ("***" if v and any(s in k for s in _SECRETS) else v) for k, v in values.items()}
    if getattr(bot, "retriever", None) is not None:
        out["retriever"] = type(bot.retriever).__name__
    return out


def _fingerprint(bot: Any) -> dict:
    settings = getattr(bot, "settings", None)
    out = corpus_fingerprint(settings.corpus_dir) if getattr(settings, "corpus_dir", None) else {}
    try:
        out.update(index_fingerprint(bot))
    except Exception as exc:  # a fingerprint is informative; a failing index listing must not stop the run
        out["index_error"] = str(exc)
    return out


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ---------------------------------------------------------------------------------------------
# Asking and recording


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, Mapping) else getattr(obj, name, default)


def ask_item(bot: AssistantLike, item: EvalItem) -> dict:
    """Ask one question (with its history) and record the answer; an exception becomes an `error` field."""
    started = time.perf_counter()
    try:
        answer = bot.ask(item.question, [dict(t) for t in item.history])
        error = ""
    except Exception as exc:  # one broken item must not stop the run: it is recorded and scores 0
        answer, error = None, f"{type(exc).__name__}: {exc}"
    latency_ms = (time.perf_counter() - started) * 1000
    record = {
        "id": item.id,
        "dataset": item.dataset,
        "lang": item.lang,
        "question": item.question,
        "answerable": item.answerable,
        "reference": item.reference,
        "answer": "",
        "refused": False,
        "citations": [],
        "contexts": [],
        "latency_ms": round(latency_ms, 1),
    }
    if item.history:
        record["history"] = [dict(t) for t in item.history]
    if answer is not None:
        record.update(
            answer=str(_get(answer, "answer", "") or ""),
            refused=bool(_get(answer, "refused", False)),
            citations=[
                {"n": int(_get(c, "n", i)), "doc": str(_get(c, "doc", "")), "text": str(_get(c, "text", ""))}
                for i, c in enumerate(_get(answer, "citations", ()) or (), start=1)
            ],
            contexts=[
                {"doc": str(_get(p, "doc", "")), "text": str(_get(p, "text", ""))}
                | ({"score": round(float(_get(p, "score")), 6)} if _get(p, "score") is not None else {})
                for p in _get(answer, "contexts", ()) or ()
            ],
        )
        for extra in ("standalone_question", "backend", "notice"):
            if _get(answer, extra):
                record[extra] = str(_get(answer, extra))
    if error:
        record["error"] = error
    return record


def score_record(item: EvalItem, record: dict, embed: Embed | None = None, judge: Judge | None = None) -> dict:
    """Add `scores`, `missed_facts`, `failed` and `failures` (and `judge` scores when given) to a record."""
    scores = score_item(item, record, embed=embed)
    if record.get("error"):
        # "scores 0": whatever metric applies to an item that got no answer counts as missed.
        scores = {
            k: (v if k in ("latency_ms", "false_refusal_rate") or math.isnan(v) else 0.0) for k, v in scores.items()
        }
        if item.answerable:
            scores["citation_precision"] = 0.0
    record["scores"] = scores
    record["missed_facts"] = missed_facts(record["answer"], item.facts) if item.answerable else []
    reasons = failure_reasons(scores, refused=record["refused"], answerable=item.answerable, error=record.get("error", ""))
    record["failed"], record["failures"] = bool(reasons), reasons
    if judge is not None and not record.get("error"):
        try:
            record["judge"] = {k: float(v) for k, v in judge(item, record).items()}
        except Exception as exc:  # an optional judge failing leaves the deterministic scores intact
            record["judge_error"] = f"{type(exc).__name__}: {exc}"
    return record


def summarize(records: Sequence[dict]) -> dict:
    """Aggregate metrics of scored records (counts included)."""
    return aggregate(
        [r["scores"] for r in records],
        answerable=[r["answerable"] for r in records],
        errors=[bool(r.get("error")) for r in records],
        failed=[r["failed"] for r in records],
    )


def _judge_summary(records: Sequence[dict]) -> dict:
    keys = list(dict.fromkeys(k for r in records for k in r.get("judge", {})))
    out = {}
    for key in keys:
        values = [r["judge"][key] for r in records if key in r.get("judge", {}) and not math.isnan(r["judge"][key])]
        out[key] = sum(values) / len(values) if values else math.nan
    return out


# ---------------------------------------------------------------------------------------------
# Files


def _clean(value: Any) -> Any:
    """JSON has no NaN: a metric that does not apply is written as null."""
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, (np.floating, np.integer)):
        return _clean(value.item())
    if isinstance(value, Mapping):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_clean(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n", encoding="utf-8")


def write_jsonl(path: Path, rows: Sequence[Mapping]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(_clean(row), ensure_ascii=False, allow_nan=False) + "\n")


def variant_dirname(name: str) -> str:
    """A file-system-safe folder name for a variant."""
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "variant"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------------------------------------
# The run


def run_eval(
    variants: Mapping[str, AssistantLike],
    datasets: Sequence[Path | str],
    out_dir: Path | str,
    mins: Mapping[str, float] | None = None,
    embed: Embed | None = None,
    config: Mapping[str, Any] | None = None,
    fingerprint: Mapping[str, Any] | None = None,
    progress: bool = True,
    *,
    maxs: Mapping[str, float] | None = None,
    judge: Judge | None = None,
    console: Any = None,
) -> EvalRun:
    """Evaluate each variant on every item of `datasets`, write the files and return the outcome.

    `embed` (texts -> L2-normalised rows) enables `embedding_similarity`; `judge` (item, record ->
    {metric: score}) adds optional judged metrics, kept under a separate `judge` key. `config` is
    recorded in every summary next to each assistant's own settings; `fingerprint` replaces the
    corpus/index fingerprint otherwise derived from each assistant. `progress` shows a progress bar
    and prints a compact table at the end.
    """
    if not variants:
        raise ValueError("run_eval needs at least one variant")
    mins, maxs = dict(mins or {}), dict(maxs or {})
    _validate_bars(mins, maxs)
    items = load_datasets(list(datasets))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    datasets_info = [{"path": str(p), "sha256": _file_sha256(Path(p))} for p in datasets]
    for info in datasets_info:
        info["items"] = sum(1 for i in items if i.dataset == Path(info["path"]).stem)

    folders = [variant_dirname(name) for name in variants]
    if len(set(folders)) != len(folders):
        raise VariantError(f"variant names must differ once made file-safe: {', '.join(folders)}")

    started = _now()
    outcomes: dict[str, VariantOutcome] = {}
    with progress_bar(total=len(items) * len(variants), enabled=progress, console=console) as advance:
        for name, bot in variants.items():
            variant_started, clock = _now(), time.perf_counter()
            records = []
            for item in items:
                records.append(score_record(item, ask_item(bot, item), embed=embed, judge=judge))
                advance(name)
            summary = {
                "variant": name,
                "metrics": summarize(records),
                "config": {**dict(config or {}), "settings": assistant_config(bot)},
                "fingerprint": dict(fingerprint) if fingerprint is not None else _fingerprint(bot),
                "datasets": datasets_info,
                "started_at": variant_started,
                "finished_at": _now(),
                "duration_s": round(time.perf_counter() - clock, 2),
            }
            if len(datasets_info) > 1:
                by_dataset: dict[str, list[dict]] = {}
                for record in records:
                    by_dataset.setdefault(record["dataset"], []).append(record)
                summary["by_dataset"] = {k: summarize(v) for k, v in by_dataset.items()}
            if judge is not None:
                summary["judge"] = _judge_summary(records)
            summary["bars"] = {"min": mins, "max": maxs}
            summary["failed_bars"] = check_bars(summary["metrics"], mins, maxs)
            outcomes[name] = VariantOutcome(name, records, summary)

    several = len(outcomes) > 1
    failed = [line for o in outcomes.values() for line in check_bars(o.metrics, mins, maxs, o.name if several else "")]
    run = EvalRun(out_dir, items, outcomes, mins, maxs, failed, started, _now())
    if several:
        for outcome in outcomes.values():
            folder = out_dir / variant_dirname(outcome.name)
            write_jsonl(folder / "results.jsonl", outcome.records)
            write_json(folder / "summary.json", outcome.summary)
        write_json(
            out_dir / "summary.json",
            {
                "variants": run.summaries,
                "datasets": datasets_info,
                "bars": {"min": mins, "max": maxs},
                "failed_bars": failed,
                "started_at": run.started_at,
                "finished_at": run.finished_at,
            },
        )
    else:
        (outcome,) = outcomes.values()
        write_jsonl(out_dir / "results.jsonl", outcome.records)
        write_json(out_dir / "summary.json", outcome.summary)
    write_report(run, run.report_path)
    if progress:
        from rich.console import Console

        (console or Console()).print(summary_table(run))
    return run


# ---------------------------------------------------------------------------------------------
# Command line: variants from words and settings files

RETRIEVALS = ("hybrid", "dense", "keyword")
# Settings that change what the index holds: a variant that changes one gets an index of its own.
_INDEX_SHAPING = ("corpus_dir", "embedding_model", "chunk_chars", "passage_prefix", "collection", "chroma_url")


def parse_variant(spec: str) -> tuple[str, str, dict[str, Any]]:
    """A `--variant` value as (name, retrieval, setting overrides).

    Accepted: `hybrid` | `dense` | `keyword`; a settings file (`.env` or `.json`); `key=value,...`
    overrides; or a retrieval, a colon and one of the latter two (`dense:top_k=8`, `dense:fast.env`).
    """
    spec = spec.strip()
    if spec in RETRIEVALS:
        return spec, spec, {}
    retrieval, _, rest = spec.partition(":") if spec.split(":", 1)[0] in RETRIEVALS else ("hybrid", "", spec)
    path = Path(rest)
    if not rest or ("=" not in rest and path.suffix not in (".env", ".json") and not path.exists()):
        raise VariantError(f"unknown variant {spec!r}: use {', '.join(RETRIEVALS)}, a settings file (.env, .json) or key=value pairs")
    if path.suffix in (".env", ".json") or path.exists():
        if not path.is_file():
            raise VariantError(f"variant settings file not found: {path}")
        if path.suffix == ".json":
            try:
                overrides = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                raise VariantError(f"variant settings file {path} is not valid JSON ({exc.msg})") from None
            if not isinstance(overrides, dict):
                raise VariantError(f"variant settings file {path} must hold a JSON object")
        else:
            overrides = {"_env_file": str(path)}
        name = path.stem if retrieval == "hybrid" and ":" not in spec else f"{retrieval}:{path.stem}"
        return name, retrieval, overrides
    overrides = {}
    for pair in rest.split(","):
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise VariantError(f"variant {spec!r}: expected key=value pairs such as top_k=8,chunk_chars=600")
        overrides[key.strip()] = value.strip()
    return spec, retrieval, overrides


def run_eval_command(
    datasets: Sequence[Path],
    out: Path,
    variants: Sequence[str],
    minimum: Sequence[str],
    make_settings: Callable[..., Any],
    build: Callable[..., Any],
    *,
    maximum: Sequence[str] = (),
    progress: bool = True,
) -> int:
    """What `assistant eval` does; returns the exit code (1 when a bar is missed).

    `make_settings(**overrides)` makes Settings, `build(settings, retrieval=...)` makes an assistant.
    Variants whose settings change what the index holds are indexed in a temporary folder, so an
    evaluation never rewrites the configured index.
    """
    import tempfile

    from rich.console import Console

    mins, maxs = parse_bars(minimum), parse_bars(maximum)
    _validate_bars(mins, maxs)
    parsed = [parse_variant(v) for v in variants]
    names = [name for name, _, _ in parsed]
    if len(set(names)) != len(names):
        raise VariantError(f"two variants share a name: {', '.join(names)}")
    base = make_settings()
    known = set(type(base).model_fields) if hasattr(type(base), "model_fields") else None
    for name, _, overrides in parsed:
        unknown = sorted(k for k in overrides if known is not None and k != "_env_file" and k not in known)
        if unknown:
            raise VariantError(f"variant {name!r}: unknown setting(s) {', '.join(unknown)}")
    console = Console(stderr=True)
    with tempfile.TemporaryDirectory(prefix="assistant-eval-") as scratch:
        bots: dict[str, Any] = {}
        for name, retrieval, overrides in parsed:
            settings = make_settings(**overrides) if overrides else base
            if any(getattr(settings, k, None) != getattr(base, k, None) for k in _INDEX_SHAPING) and "index_dir" not in overrides:
                settings = settings.model_copy(update={"index_dir": Path(scratch) / variant_dirname(name)})
            bots[name] = build(settings, retrieval=retrieval)
        first = next(iter(bots.values()))
        embedder = getattr(first, "embedder", None)
        embed = (lambda texts: embedder.embed(texts, kind="query")) if embedder is not None else None
        run = run_eval(
            bots,
            list(datasets),
            Path(out),
            mins=mins,
            maxs=maxs,
            embed=embed,
            config={"variants": {name: {"retrieval": r, "overrides": {k: str(v) for k, v in o.items()}} for name, r, o in parsed}},
            progress=progress,
        )
    console.print(f"report: {run.report_path}")
    if run.failed_bars:
        console.print("[red]bars missed:[/] " + "; ".join(run.failed_bars))
        return 1
    return 0
