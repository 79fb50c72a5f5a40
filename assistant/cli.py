"""The `assistant` command line.

    assistant ingest                      # index corpus/ (only what changed)
    assistant ask "Qui a placé SenseTime sur liste noire ?"
    assistant ask --json "Why were Hikvision and Dahua blacklisted?"
    assistant serve                       # the web chat
    assistant eval --dataset eval/dev.jsonl --out eval-out
"""

from __future__ import annotations

from assistant.offline import go_offline

go_offline()

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from assistant.errors import AssistantError

app = typer.Typer(help="Cited answers, in French or English, from news articles about US blacklists of Chinese tech firms.", no_args_is_help=True, add_completion=False)
feedback_app = typer.Typer(help="Ratings given in the web chat and Slack.", no_args_is_help=True)
app.add_typer(feedback_app, name="feedback")


def _settings(**overrides):
    from pydantic import ValidationError

    from assistant.config import Settings

    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        _fail(f"invalid setting: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}")


def _build(settings=None, retrieval: str = "hybrid", progress: bool = False):
    from assistant.factory import build_assistant

    return build_assistant(settings or _settings(), retrieval=retrieval, progress=progress)


def _fail(message: str, code: int = 1):
    typer.secho(f"Error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def ingest(paths: List[Path] = typer.Argument(None, help="Files or folders to index (default: the corpus folder).")):
    """Index articles (.txt, .md, .html). Unchanged passages are not embedded again.

    Example: assistant ingest            |  assistant ingest ~/new-article.html
    """
    try:
        bot = _build(progress=True)
        report = bot.ingest(paths or None)
    except (AssistantError, OSError) as exc:  # OSError: a missing corpus folder, an unwritable lock or index
        _fail(str(exc))
    typer.echo(
        f"{len(report.documents)} article(s) read: {len(report.added)} passage(s) added, "
        f"{len(report.removed)} removed, {report.unchanged} unchanged"
        + (f"; articles removed: {', '.join(report.deleted_documents)}" if report.deleted_documents else "")
    )
    if report.added:
        typer.echo(f"searchable after {report.index_seconds:.1f} s; sentence vectors for evidence selection took {report.sentence_seconds:.1f} s more")
    for error in report.errors:
        typer.secho(f"skipped {error}", fg=typer.colors.YELLOW, err=True)
    if report.errors:
        raise typer.Exit(2)


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, in French or English."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object (answer, citations, contexts, latency)."),
    history: Optional[Path] = typer.Option(None, help="JSON file of earlier turns: [{\"role\": \"user\", \"content\": \"...\"}]."),
):
    """Answer one question with cited sources.

    Example: assistant ask "Which ministry published the list?"
    """
    try:
        turns = json.loads(history.read_text(encoding="utf-8")) if history else []
        answer = _build().ask(question, turns)
    except (AssistantError, OSError, json.JSONDecodeError) as exc:
        _fail(str(exc))
    if as_json:
        typer.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    _print_answer(answer)


def _print_answer(answer) -> None:
    from rich.console import Console

    console = Console()
    console.print(answer.answer, style="bold" if not answer.refused else "yellow", highlight=False)
    if answer.notice:
        console.print(answer.notice, style="dim")
    for c in answer.citations:
        console.print(f"\n[{c.n}] {c.title} ({c.lang}, {c.doc})", style="cyan", highlight=False, markup=False)
        console.print(f"    {c.text}", highlight=False, markup=False)


@app.command()
def chat():
    """Ask questions in a terminal conversation (follow-ups understood; empty line or Ctrl-D quits)."""
    bot = _build()
    history: list[dict] = []
    while True:
        try:
            question = input("\n? ").strip()
        except EOFError:
            break
        if not question:
            break
        try:
            answer = bot.ask(question, history)
        except AssistantError as exc:
            typer.secho(str(exc), fg=typer.colors.RED)
            continue
        _print_answer(answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]


@app.command()
def serve(
    host: Optional[str] = typer.Option(None, help="Address to bind (default GRADIO_SERVER_NAME or 127.0.0.1)."),
    port: Optional[int] = typer.Option(None, help="Port (default GRADIO_SERVER_PORT or 7860)."),
):
    """Run the web chat."""
    from assistant.web import serve as serve_web

    serve_web(_build(progress=True), host=host, port=port)


@app.command()
def slack(
    http: bool = typer.Option(False, "--http", help="Serve /slack/events over HTTP instead of Socket Mode."),
    port: int = typer.Option(3000, help="HTTP port (with --http)."),
    host: str = typer.Option("127.0.0.1", help="HTTP address (with --http)."),
):
    """Run the Slack bot: Socket Mode (SLACK_BOT_TOKEN, SLACK_APP_TOKEN) or --http (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET)."""
    from assistant.slack_bot import SlackCredentials, run_slack

    settings = _settings()
    try:
        SlackCredentials.from_env(http=http)  # fail fast on missing tokens, before the model loads
        run_slack(_build(settings), settings, http=http, port=port, host=host)
    except AssistantError as exc:
        _fail(str(exc))


@app.command(name="eval")
def evaluate(
    dataset: List[Path] = typer.Option(..., "--dataset", help="Reference set (JSON lines); repeatable."),
    out: Path = typer.Option(Path("eval-out"), "--out", help="Folder for results.jsonl, summary.json, report.html."),
    variant: List[str] = typer.Option(None, "--variant", help="hybrid, dense, keyword, a settings .env/.json file, key=value pairs, or MODE:... (e.g. dense:top_k=8); repeatable."),
    minimum: List[str] = typer.Option(None, "--min", help="Bar such as fact_recall=0.85; exit 1 when missed; repeatable."),
    maximum: List[str] = typer.Option(None, "--max", help="Upper bar such as false_refusal_rate=0.05; repeatable."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar and the final table."),
):
    """Score the assistant against reference questions, optionally comparing configurations side by side.

    Example: assistant eval --dataset eval/dev.jsonl --out eval-out --variant dense --variant hybrid --min hit@3=0.95
    """
    from assistant.evaluation import run_eval_command

    try:
        code = run_eval_command(
            dataset, out, variant or ["hybrid"], minimum or [], _settings, _build, maximum=maximum or [], progress=progress
        )
    except (AssistantError, OSError, ValueError) as exc:
        _fail(str(exc))
    raise typer.Exit(code)


@app.command()
def bench(
    scale: str = typer.Option("1000", help="Corpus sizes in passages, comma-separated (e.g. 1000,10000,100000)."),
    out: Path = typer.Option(Path("docs/benchmarks.md"), "--out", help="Markdown report to write."),
    server: bool = typer.Option(True, "--server/--no-server", help="Also measure against a Chroma server started for the run."),
    cold_start: bool = typer.Option(True, "--cold-start/--no-cold-start", help="Measure `assistant ask` and `python app.py` from process start."),
    load: bool = typer.Option(True, "--load/--no-load", help="20 concurrent users (assistant/bench_load.py)."),
    profile: bool = typer.Option(False, "--profile/--no-profile", help="Profile warm answers with pyinstrument (pip install -e '.[bench]')."),
    embed_limit: Optional[int] = typer.Option(None, help="Embed at most this many synthetic passages; bigger corpora reuse their vectors and are timed, not scored."),
):
    """Measure ingestion, latency, scale, cold start, memory and load; write a markdown report.

    Example: nice -n 10 assistant bench --scale 1000,10000,100000 --out docs/benchmarks.md
    """
    from assistant.bench import BenchOptions, run_bench

    try:
        scales = tuple(sorted({int(s) for s in scale.split(",") if s.strip()}))
    except ValueError:
        _fail(f"--scale must be comma-separated numbers of passages, got {scale!r}")
    if any(s < 100 for s in scales):
        _fail(f"--scale sizes must be at least 100 passages, got {scale!r}")
    options = BenchOptions(
        scales=scales, out=out, server=server, cold_start=cold_start, load=load, profile=profile, embed_limit=embed_limit,
        log=lambda message: typer.echo(f"[bench] {message}", err=True),
    )
    try:
        results = run_bench(options, _settings())
    except (AssistantError, OSError, RuntimeError) as exc:
        _fail(str(exc))
    typer.echo(json.dumps({"report": str(out), "goals": results["goals"]}, ensure_ascii=False, indent=2))


@app.command()
def prepare():
    """Prepare the bundled embedding model and build the index (what setup runs)."""
    bot = _build(progress=True)
    report = bot.ingest()
    typer.echo(f"model ready; index holds {bot.indexer.store.count()} passages from {len(report.documents)} article(s)")


@feedback_app.command("export")
def feedback_export(out: Path = typer.Option(Path("-"), "--out", help="CSV file to write (default: standard output).")):
    """Export every rating as CSV.

    Example: assistant feedback export --out feedback.csv
    """
    from assistant.feedback import FeedbackStore

    store = FeedbackStore(_settings().feedback_db)
    if str(out) == "-":
        n = store.export_csv(sys.stdout)
    else:
        with open(out, "w", newline="", encoding="utf-8") as fh:
            n = store.export_csv(fh)
    typer.echo(f"{n} rating(s) exported", err=True)


def main():
    app()


if __name__ == "__main__":
    main()
