"""How an evaluation is shown: a progress bar, a compact terminal table, and one self-contained HTML page.

The page has no external script, style sheet, font or image: CSS and SVG charts are inline, so it
can be attached to a CI run or mailed. Every piece of text from questions, answers and passages is
escaped.

    write_report(run, Path("eval-out/report.html"))
"""

from __future__ import annotations

import html
import math
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from assistant.evaluation.metrics import LOWER_IS_BETTER, METRICS, contains, normalize

if TYPE_CHECKING:
    from assistant.evaluation.runner import EvalRun

# Metrics in the headline chart (rates in [0, 1]); latency is shown as numbers only.
CHART_METRICS = [m for m in METRICS if not m.startswith("latency")]
_LABELS = {
    "fact_recall": "fact recall",
    "all_facts": "all facts",
    "evidence_recall@5": "evidence recall@5",
    "citation_precision": "citation precision",
    "citation_recall": "citation recall",
    "token_f1": "token F1",
    "embedding_similarity": "embedding similarity",
    "refusal_accuracy": "refusal accuracy",
    "false_refusal_rate": "false refusals",
    "latency_p50_ms": "latency p50 (ms)",
    "latency_p95_ms": "latency p95 (ms)",
    "latency_mean_ms": "latency mean (ms)",
    "latency_ms": "latency (ms)",
}
_PALETTE = ["#2563eb", "#d97706", "#059669", "#9333ea", "#dc2626", "#0891b2"]


def _nan(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_value(name: str, value: Any) -> str:
    """A metric as people read it: rates with two decimals, latency in whole milliseconds, n/a when missing."""
    if _nan(value):
        return "n/a"
    if name.startswith("latency"):
        return f"{value:,.0f}"
    if name.startswith("n_"):
        return str(int(value))
    return f"{value:.2f}"


def _delta(name: str, value: Any, base: Any) -> tuple[str, int]:
    """Change from the first variant, and its sign in 'better' terms (+1 better, -1 worse, 0 same)."""
    if _nan(value) or _nan(base):
        return "", 0
    change = value - base
    if abs(change) < (0.5 if name.startswith(("latency", "n_")) else 0.005):
        return "±0", 0
    better = (change < 0) if name in LOWER_IS_BETTER else (change > 0)
    text = f"{change:+,.0f}" if name.startswith(("latency", "n_")) else f"{change:+.2f}"
    return text, 1 if better else -1


# ---------------------------------------------------------------------------------------------
# Terminal


@contextmanager
def progress_bar(total: int, enabled: bool = True, console: Any = None) -> Iterator[Callable[[str], None]]:
    """A progress bar on stderr; yields `advance(variant_name)`. Disabled, it is a no-op."""
    if not enabled:
        yield lambda name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]eval[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console or Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("", total=total)
        yield lambda name: bar.update(task, advance=1, description=name)


def summary_table(run: "EvalRun") -> Any:
    """A compact rich table: one row per metric, one column per variant, bars marked."""
    from rich.table import Table

    names = list(run.variants)
    table = Table(title=f"Evaluation: {len(run.items)} items", title_justify="left", show_edge=False, pad_edge=False)
    table.add_column("metric")
    for name in names:
        table.add_column(name, justify="right")
    if len(names) > 1:
        table.add_column(f"Δ {names[-1]}", justify="right")
    if run.mins or run.maxs:
        table.add_column("bar", justify="right")
    first, last = run.variants[names[0]].metrics, run.variants[names[-1]].metrics
    for metric in [*METRICS, "n_failed", "n_errors"]:
        row = [metric, *(format_value(metric, run.variants[n].metrics.get(metric)) for n in names)]
        if len(names) > 1:
            text, sign = _delta(metric, last.get(metric), first.get(metric))
            row.append(f"[{'green' if sign > 0 else 'red' if sign < 0 else 'dim'}]{text}[/]")
        if run.mins or run.maxs:
            row.append(_bar_cell(run, metric, rich=True))
        table.add_row(*row)
    if run.failed_bars:
        table.caption = "[red]missed: " + "; ".join(run.failed_bars) + "[/]"
    elif run.mins or run.maxs:
        table.caption = "[green]all bars met[/]"
    return table


def _bar_cell(run: "EvalRun", metric: str, rich: bool = False) -> str:
    if metric in run.mins:
        text, missed = f"≥ {run.mins[metric]:g}", any(line.startswith(f"{metric}=") for line in run.failed_bars)
    elif metric in run.maxs:
        text, missed = f"≤ {run.maxs[metric]:g}", any(line.startswith(f"{metric}=") for line in run.failed_bars)
    else:
        return ""
    if rich:
        return f"[{'red' if missed else 'green'}]{text} {'✗' if missed else '✓'}[/]"
    return f'<span class="{"bad" if missed else "good"}">{html.escape(text)} {"✗" if missed else "✓"}</span>'


# ---------------------------------------------------------------------------------------------
# HTML

_CSS = """
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2937;background:#f8fafc}
main{max-width:1280px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
.muted{color:#6b7280}.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:14px 16px;margin:10px 0}
table{border-collapse:collapse;width:100%}th,td{padding:5px 8px;border-bottom:1px solid #eef0f3;text-align:left;vertical-align:top}
th{font-weight:600;background:#f9fafb}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.good{color:#047857}.bad{color:#b91c1c}.same{color:#6b7280}.banner{padding:10px 14px;border-radius:8px;margin:12px 0;font-weight:600}
.banner.good{background:#ecfdf5;border:1px solid #a7f3d0}.banner.bad{background:#fef2f2;border:1px solid #fecaca}
.tiles{display:flex;flex-wrap:wrap;gap:10px}.tile{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;min-width:150px}
.tile b{display:block;font-size:22px}.legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
details.item{background:#fff;border:1px solid #e5e7eb;border-radius:8px;margin:8px 0}details.item>summary{cursor:pointer;padding:10px 14px;list-style:none}
details.item[open]>summary{border-bottom:1px solid #eef0f3}.item .body{padding:10px 14px}
.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;margin-right:4px}
.badge.pass{background:#d1fae5;color:#065f46}.badge.fail{background:#fee2e2;color:#991b1b}.badge.info{background:#e0e7ff;color:#3730a3}
.cols{display:grid;gap:12px;grid-template-columns:repeat(auto-fit,minmax(320px,1fr))}.col{border:1px solid #eef0f3;border-radius:6px;padding:10px}
.answer{white-space:pre-wrap;background:#f9fafb;border-radius:6px;padding:8px}.passage{font-size:13px;border-left:3px solid #e5e7eb;padding:4px 8px;margin:6px 0}
.passage.hit{border-left-color:#10b981;background:#f0fdf4}.chip{display:inline-block;border:1px solid #d1d5db;border-radius:10px;padding:0 8px;margin:2px;font-size:12px}
mark{background:#fde68a;padding:0 1px}.chip.miss{border-color:#fca5a5;background:#fef2f2;color:#991b1b}.chip.ok{border-color:#a7f3d0;background:#ecfdf5;color:#065f46}
.scores td{padding:2px 6px;font-size:12px}pre{white-space:pre-wrap;font-size:12px;background:#f9fafb;padding:8px;border-radius:6px}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _label(metric: str) -> str:
    return _LABELS.get(metric, metric)


def _colour(metric: str, value: Any) -> str:
    if _nan(value):
        return "#d1d5db"
    goodness = 1 - value if metric in LOWER_IS_BETTER else value
    return "#10b981" if goodness >= 0.85 else "#f59e0b" if goodness >= 0.6 else "#ef4444"


def _inline_bar(metric: str, value: Any, bar: float | None = None, width: int = 110) -> str:
    """A small SVG bar for a [0, 1] metric, with the bar threshold drawn as a tick."""
    filled = 0 if _nan(value) else max(0.0, min(1.0, value)) * width
    tick = (
        f'<line x1="{bar * width:.1f}" x2="{bar * width:.1f}" y1="0" y2="12" stroke="#111827" stroke-width="2"/>'
        if bar is not None and 0 <= bar <= 1
        else ""
    )
    return (
        f'<svg width="{width}" height="12" role="img" aria-label="{_e(format_value(metric, value))}">'
        f'<rect width="{width}" height="12" rx="2" fill="#f3f4f6"/>'
        f'<rect width="{filled:.1f}" height="12" rx="2" fill="{_colour(metric, value)}"/>{tick}</svg>'
    )


def _chart(run: "EvalRun") -> str:
    """Grouped horizontal bars: one group per metric, one bar per variant."""
    names = list(run.variants)
    bar_h, gap, label_w, plot_w = 12, 10, 170, 520
    group_h = bar_h * len(names) + gap
    height = group_h * len(CHART_METRICS) + 24
    parts = [f'<svg viewBox="0 0 {label_w + plot_w + 60} {height}" width="100%" role="img" aria-label="headline metrics">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + tick * plot_w
        parts.append(f'<line x1="{x:.0f}" x2="{x:.0f}" y1="0" y2="{height - 18}" stroke="#e5e7eb"/>')
        parts.append(f'<text x="{x:.0f}" y="{height - 4}" font-size="11" text-anchor="middle" fill="#6b7280">{tick:g}</text>')
    for g, metric in enumerate(CHART_METRICS):
        y0 = g * group_h
        parts.append(
            f'<text x="{label_w - 8}" y="{y0 + group_h / 2 + 3:.0f}" font-size="12" text-anchor="end" fill="#374151">{_e(_label(metric))}</text>'
        )
        for v, name in enumerate(names):
            value = run.variants[name].metrics.get(metric)
            w = 0 if _nan(value) else max(0.0, min(1.0, value)) * plot_w
            y = y0 + v * bar_h
            parts.append(
                f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" fill="{_PALETTE[v % len(_PALETTE)]}">'
                f"<title>{_e(name)}: {_e(format_value(metric, value))}</title></rect>"
            )
            parts.append(
                f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 3}" font-size="10" fill="#374151">{_e(format_value(metric, value))}</text>'
            )
        bar = run.mins.get(metric, run.maxs.get(metric))
        if bar is not None and 0 <= bar <= 1:
            x = label_w + bar * plot_w
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y0}" y2="{y0 + group_h - gap}" stroke="#111827" stroke-width="2" stroke-dasharray="3 2"/>')
    parts.append("</svg>")
    legend = "".join(
        f'<span><i class="sw" style="background:{_PALETTE[i % len(_PALETTE)]}"></i>{_e(n)}</span>' for i, n in enumerate(names)
    )
    return f'<div class="legend">{legend}<span class="muted">dashed line: bar</span></div>' + "".join(parts)


def _metrics_table(run: "EvalRun") -> str:
    names = list(run.variants)
    head = "".join(f"<th>{_e(n)}</th>" for n in names)
    if len(names) > 1:
        head += f"<th>Δ {_e(names[-1])} vs {_e(names[0])}</th>"
    if run.mins or run.maxs:
        head += "<th>bar</th>"
    rows = []
    for metric in [*METRICS, "latency_mean_ms"]:
        cells = []
        for n in names:
            value = run.variants[n].metrics.get(metric)
            bar = run.mins.get(metric, run.maxs.get(metric))
            chart = "" if metric.startswith("latency") else _inline_bar(metric, value, bar)
            cells.append(f'<td class="num">{chart} {_e(format_value(metric, value))}</td>')
        if len(names) > 1:
            text, sign = _delta(metric, run.variants[names[-1]].metrics.get(metric), run.variants[names[0]].metrics.get(metric))
            cells.append(f'<td class="num {"good" if sign > 0 else "bad" if sign < 0 else "same"}">{_e(text)}</td>')
        if run.mins or run.maxs:
            cells.append(f'<td class="num">{_bar_cell(run, metric)}</td>')
        rows.append(f"<tr><th>{_e(_label(metric))}</th>{''.join(cells)}</tr>")
    counts = " · ".join(
        f"{_e(n)}: {int(run.variants[n].metrics['n_failed'])} failed, {int(run.variants[n].metrics['n_errors'])} errors"
        for n in names
    )
    return f'<table><tr><th>metric</th>{head}</tr>{"".join(rows)}</table><p class="muted">{counts}</p>'


def _tiles(run: "EvalRun") -> str:
    headline = ["fact_recall", "hit@3", "citation_precision", "refusal_accuracy", "false_refusal_rate", "latency_p50_ms"]
    tiles = []
    for metric in headline:
        values = " / ".join(format_value(metric, run.variants[n].metrics.get(metric)) for n in run.variants)
        tiles.append(f'<div class="tile"><span class="muted">{_e(_label(metric))}</span><b>{_e(values)}</b></div>')
    return f'<div class="tiles">{"".join(tiles)}</div>'


def _folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """`text` normalised character by character, with the original index of each output character."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = " " if char.isspace() else normalize(char) or ("" if unicodedata.combining(char) else char)
        for c in piece:
            if c == " " and (not out or out[-1] == " "):
                continue
            out.append(c)
            offsets.append(index)
    return "".join(out), offsets


def highlight(text: str, spans: list[str]) -> str:
    """Escaped `text` with every evidence span it contains (compared normalised) wrapped in <mark>."""
    folded, offsets = _folded_with_offsets(text)
    ranges = []
    for span in spans:
        needle = normalize(span)
        start = folded.find(needle) if needle else -1
        if start >= 0:
            ranges.append((offsets[start], offsets[start + len(needle) - 1] + 1))
    pieces, cursor = [], 0
    for start, end in sorted(ranges):
        if start < cursor:
            continue  # overlapping spans: the first one is marked
        pieces.append(_e(text[cursor:start]) + "<mark>" + _e(text[start:end]) + "</mark>")
        cursor = end
    return "".join(pieces) + _e(text[cursor:])


def _passage(entry: dict, evidence: list[str], rank: int | str) -> str:
    hit = any(contains(entry.get("text", ""), span) for span in evidence)
    score = f' · score {entry["score"]:.3f}' if isinstance(entry.get("score"), (int, float)) else ""
    mark = ' <span class="badge pass">evidence</span>' if hit else ""
    return (
        f'<div class="passage{" hit" if hit else ""}"><b>{_e(rank)}</b> <span class="muted">{_e(entry.get("doc", ""))}{_e(score)}</span>'
        f"{mark}<br>{highlight(entry.get('text', ''), evidence)}</div>"
    )


def _variant_column(name: str, record: dict, item: Any) -> str:
    evidence = [e.text for e in item.evidence]
    status = (
        '<span class="badge pass">pass</span>'
        if not record["failed"]
        else "".join(f'<span class="badge fail">{_e(r)}</span>' for r in record["failures"])
    )
    refused = '<span class="badge info">refused</span>' if record["refused"] else ""
    parts = [f"<h4>{_e(name)} {status}{refused}</h4>"]
    if record.get("error"):
        parts.append(f"<pre>{_e(record['error'])}</pre>")
    parts.append(f'<div class="answer">{_e(record["answer"]) or "<i>(no answer)</i>"}</div>')
    if item.facts:
        covered = []
        missed = [list(g) for g in record.get("missed_facts", [])]
        for group in item.facts:
            is_missed = list(group) in missed
            covered.append(f'<span class="chip {"miss" if is_missed else "ok"}">{"✗" if is_missed else "✓"} {_e(" / ".join(group))}</span>')
        parts.append(f"<p>facts: {''.join(covered)}</p>")
    scores = record.get("scores", {})
    chips = "".join(
        f'<span class="chip">{_e(_label(k))} <b>{_e(format_value(k, v))}</b></span>' for k, v in scores.items() if not _nan(v)
    )
    parts.append(f"<p>{chips}</p>")
    if record.get("judge"):
        judged = ", ".join(f"{k} {v:.2f}" for k, v in record["judge"].items())
        parts.append(f'<p class="muted">judge (language model): {_e(judged)}</p>')
    if record.get("standalone_question") and record["standalone_question"] != record["question"]:
        parts.append(f'<p class="muted">retrieved on: {_e(record["standalone_question"])}</p>')
    cited = "".join(_passage(c, evidence, f"[{c.get('n', '')}]") for c in record.get("citations", []))
    parts.append(f"<details open><summary>cited passages ({len(record.get('citations', []))})</summary>{cited}</details>")
    retrieved = "".join(_passage(c, evidence, f"#{i}") for i, c in enumerate(record.get("contexts", []), start=1))
    parts.append(f"<details><summary>retrieved passages ({len(record.get('contexts', []))})</summary>{retrieved}</details>")
    return f'<div class="col">{"".join(parts)}</div>'


def _items(run: "EvalRun") -> str:
    names = list(run.variants)
    by_variant = {n: {r["id"]: r for r in run.variants[n].records} for n in names}
    order = sorted(
        range(len(run.items)),
        key=lambda i: (-sum(by_variant[n][run.items[i].id]["failed"] for n in names), i),
    )
    blocks = []
    for index in order:
        item = run.items[index]
        records = {n: by_variant[n][item.id] for n in names}
        failing = [n for n in names if records[n]["failed"]]
        badges = "".join(
            f'<span class="badge {"fail" if records[n]["failed"] else "pass"}">{_e(n) if len(names) > 1 else ("fail" if records[n]["failed"] else "pass")}</span>'
            for n in names
        )
        history = "".join(f"<div class='muted'>{_e(t['role'])}: {_e(t['content'])}</div>" for t in item.history)
        evidence = "".join(f"<li><span class='muted'>{_e(e.doc)}</span>: {_e(e.text)}</li>" for e in item.evidence)
        unanswerable = "" if item.answerable else '<span class="badge info">unanswerable</span>'
        body = (
            (f"<p><b>conversation so far</b>{history}</p>" if history else "")
            + f"<p><b>reference</b> {unanswerable} {_e(item.reference)}</p>"
            + (f"<p><b>evidence</b></p><ul>{evidence}</ul>" if evidence else "")
            + f'<div class="cols">{"".join(_variant_column(n, records[n], item) for n in names)}</div>'
        )
        blocks.append(
            f'<details class="item"{" open" if failing else ""}><summary>{badges} <b>{_e(item.id)}</b> '
            f'<span class="muted">[{_e(item.lang)}]</span> {_e(item.question)}</summary><div class="body">{body}</div></details>'
        )
    return "".join(blocks)


def _config(run: "EvalRun") -> str:
    import json

    blocks = []
    for name, outcome in run.variants.items():
        summary = outcome.summary
        shown = {k: summary.get(k) for k in ("config", "fingerprint", "datasets", "started_at", "finished_at")}
        blocks.append(
            f"<details><summary>{_e(name)}</summary><pre>{_e(json.dumps(shown, ensure_ascii=False, indent=2, default=str))}</pre></details>"
        )
    judged = [n for n, o in run.variants.items() if o.summary.get("judge")]
    judge = ""
    if judged:
        rows = "".join(
            f"<tr><th>{_e(n)}</th>{''.join(f'<td>{_e(k)} {format_value(k, v)}</td>' for k, v in run.variants[n].summary['judge'].items())}</tr>"
            for n in judged
        )
        judge = f"<h2>Language-model judge (not deterministic)</h2><table>{rows}</table>"
    return judge + "<h2>Configuration</h2>" + "".join(blocks)


def render_report(run: "EvalRun") -> str:
    """The whole report page as one HTML string."""
    names = list(run.variants)
    n_failed = {n: int(run.variants[n].metrics["n_failed"]) for n in names}
    if run.failed_bars:
        banner = '<div class="banner bad">Bars missed: ' + "; ".join(_e(b) for b in run.failed_bars) + "</div>"
    elif run.mins or run.maxs:
        banner = '<div class="banner good">All bars met.</div>'
    else:
        banner = ""
    datasets = ", ".join(_e(d["path"]) for d in run.variants[names[0]].summary.get("datasets", []))
    failing = ", ".join(f"{_e(n)}: {n_failed[n]} of {len(run.items)}" for n in names)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Evaluation report</title><style>{_CSS}</style></head><body><main>"
        f"<h1>Evaluation report</h1><div class='muted'>{_e(run.finished_at)} · {len(run.items)} items · {datasets}"
        f" · variants: {', '.join(_e(n) for n in names)}</div>{banner}"
        f"<h2>Headline</h2>{_tiles(run)}<div class='card'>{_chart(run)}</div>"
        f"<h2>Metrics</h2><div class='card'>{_metrics_table(run)}</div>"
        f"<h2>Items, failures first</h2><p class='muted'>Failing items: {failing}. An item fails when it misses a fact, "
        "has no evidence in its top three passages, refuses wrongly or errors.</p>"
        f"{_items(run)}{_config(run)}</main></body></html>"
    )


def write_report(run: "EvalRun", path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(run), encoding="utf-8")
    return path
