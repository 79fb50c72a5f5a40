"""`run_eval` with a deterministic fake assistant: files, bars, variants side by side, errors, independent scoring."""

from __future__ import annotations

import io
import json
import math
import re
import unicodedata
from pathlib import Path

import pytest
from rich.console import Console

from assistant.evaluation import BarError, DatasetError, check_bars, corpus_fingerprint, load_dataset, parse_bars, run_eval
from assistant.types import Answer, Chunk, Citation, Passage

PASSAGES = {
    "list": ("a.txt", "En tout ce sont 28 organisations chinoises qui viennent d’être ajoutées à cette liste."),
    "commerce": ("b.txt", "The US Department of Commerce has ruled that the firms were complicit."),
    "amazon": ("c.txt", "Amazon a acheté 1\u202f500 caméras à Dahua pour 10\u00a0millions de dollars."),
    "noise": ("d.txt", "Le football français se porte bien."),
}

ITEMS = [
    {
        "id": "t-01",
        "lang": "fr",
        "question": "Combien d'organisations chinoises ont été ajoutées ?",
        "answerable": True,
        "reference": "28 organisations chinoises.",
        "facts": [["28", "vingt-huit"]],
        "evidence": [{"doc": "a.txt", "text": "viennent d'être ajoutées à cette liste"}],
    },
    {
        "id": "t-02",
        "lang": "fr",
        "question": "Combien de caméras Amazon a-t-elle achetées et pour combien ?",
        "answerable": True,
        "reference": "1 500 caméras pour 10 millions de dollars.",
        "facts": [["1 500", "1500"], ["10 millions", "10 million"]],
        "evidence": [{"doc": "c.txt", "text": "1 500 caméras à Dahua"}],
    },
    {
        "id": "t-03",
        "lang": "en",
        "question": "Who made that decision?",
        "answerable": True,
        "reference": "The US Department of Commerce.",
        "facts": [["Commerce"]],
        "evidence": [{"doc": "b.txt", "text": "The US Department of Commerce has ruled"}],
        "history": [
            {"role": "user", "content": "Which firms were put on the entity list?"},
            {"role": "assistant", "content": "Hikvision and Dahua."},
        ],
    },
    {
        "id": "t-04",
        "lang": "en",
        "question": "What was Megvii's revenue in 2022? <script>alert(1)</script>",
        "answerable": False,
        "reference": "The articles do not say.",
        "facts": [],
        "evidence": [],
    },
]


def _passage(key: str) -> Passage:
    doc, text = PASSAGES[key]
    return Passage(Chunk(id=key, doc=doc, title=doc, lang="fr", text=text, position=0), score=0.5)


class FakeAssistant:
    """Answers from a script keyed by question id; `fail` ids raise; records the histories it was given."""

    def __init__(self, script: dict[str, tuple[str, bool, list[str], list[str]]], fail: tuple[str, ...] = ()):
        self.script = script
        self.fail = fail
        self.histories: dict[str, list] = {}
        self._ids = {item["question"]: item["id"] for item in ITEMS}

    def ask(self, question: str, history=()) -> Answer:
        item_id = self._ids[question]
        self.histories[item_id] = list(history)
        if item_id in self.fail:
            raise RuntimeError("index unavailable")
        text, refused, retrieved, cited = self.script[item_id]
        contexts = tuple(_passage(k) for k in retrieved)
        citations = tuple(
            Citation(n=i, doc=PASSAGES[k][0], title=PASSAGES[k][0], lang="fr", text=PASSAGES[k][1]) for i, k in enumerate(cited, 1)
        )
        return Answer(question=question, answer=text, refused=refused, citations=citations, contexts=contexts, latency_ms=1.0)


GOOD = {
    "t-01": ("28 organisations chinoises ont été ajoutées [1].", False, ["list", "noise"], ["list"]),
    "t-02": ("Amazon a acheté 1\u202f500 caméras pour 10\u00a0millions de dollars [1].", False, ["amazon", "noise"], ["amazon"]),
    "t-03": ("The US Department of Commerce [1].", False, ["commerce", "list"], ["commerce"]),
    "t-04": ("The articles do not say.", True, ["noise"], []),
}
# Worse: misses a fact on t-02, retrieves t-03's evidence only at rank 4, answers the unanswerable question.
WORSE = {
    "t-01": GOOD["t-01"],
    "t-02": ("Amazon a acheté 1500 caméras [1].", False, ["noise", "amazon"], ["amazon"]),
    "t-03": ("The Commerce Department [1].", False, ["noise", "list", "amazon", "commerce"], ["commerce"]),
    "t-04": ("Megvii earned 2 billion [1].", False, ["noise"], ["noise"]),
}


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in ITEMS) + "\n", encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_single_variant_writes_results_summary_and_report(tmp_path, dataset):
    bot = FakeAssistant(GOOD)
    run = run_eval({"default": bot}, [dataset], tmp_path / "out", progress=False, config={"note": "unit"})

    results = _lines(tmp_path / "out" / "results.jsonl")
    assert [r["id"] for r in results] == ["t-01", "t-02", "t-03", "t-04"]
    first = results[0]
    for key in ("id", "question", "answer", "refused", "citations", "contexts", "latency_ms", "scores"):
        assert key in first
    assert first["citations"][0] == {"n": 1, "doc": "a.txt", "text": PASSAGES["list"][1]}
    assert [c["doc"] for c in first["contexts"]] == ["a.txt", "d.txt"]
    assert first["scores"]["fact_recall"] == 1.0 and first["scores"]["hit@1"] == 1.0
    assert results[3]["scores"]["hit@1"] is None  # not applicable is null, not NaN

    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    metrics = summary["metrics"]
    assert metrics["fact_recall"] == 1.0 and metrics["hit@1"] == 1.0 and metrics["refusal_accuracy"] == 1.0
    assert metrics["n_items"] == 4 and metrics["n_answerable"] == 3 and metrics["n_unanswerable"] == 1
    assert summary["config"]["note"] == "unit"
    assert "index_sha256" in summary["fingerprint"]
    assert summary["finished_at"] and summary["datasets"][0]["items"] == 4
    assert run.ok and run.summaries["default"]["metrics"]["fact_recall"] == 1.0

    page = (tmp_path / "out" / "report.html").read_text()
    assert "<script" not in page.replace("&lt;script", "")  # the question's markup is escaped, no script of its own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"""(src|href)=["']?https?:""", page)  # self-contained
    assert "<svg" in page and "fact recall" in page


def test_history_is_passed_to_the_assistant(tmp_path, dataset):
    bot = FakeAssistant(GOOD)
    run_eval({"default": bot}, [dataset], tmp_path / "out", progress=False)
    assert bot.histories["t-03"] == ITEMS[2]["history"]
    assert bot.histories["t-01"] == []
    assert _lines(tmp_path / "out" / "results.jsonl")[2]["history"] == ITEMS[2]["history"]


def test_bars_pass_and_fail(tmp_path, dataset):
    ok = run_eval({"good": FakeAssistant(GOOD)}, [dataset], tmp_path / "a", mins={"fact_recall": 0.85, "hit@3": 0.95}, progress=False)
    assert ok.failed_bars == [] and ok.ok

    bad = run_eval(
        {"worse": FakeAssistant(WORSE)},
        [dataset],
        tmp_path / "b",
        mins={"fact_recall": 0.95, "hit@3": 0.5},
        maxs={"false_refusal_rate": 0.0},
        progress=False,
    )
    # fact recall: t-01 1, t-02 0.5, t-03 1 -> 0.83
    assert bad.failed_bars == ["fact_recall=0.83 < 0.95"]
    assert not bad.ok
    summary = json.loads((tmp_path / "b" / "summary.json").read_text())
    assert summary["failed_bars"] == ["fact_recall=0.83 < 0.95"]
    assert "Bars missed" in (tmp_path / "b" / "report.html").read_text()


def test_bar_parsing_and_checks():
    assert parse_bars(["fact_recall=0.85", "hit@3=0.95"]) == {"fact_recall": 0.85, "hit@3": 0.95}
    with pytest.raises(BarError, match="unknown metric"):
        parse_bars(["fact_recal=0.85"])
    with pytest.raises(BarError, match="not a number"):
        parse_bars(["hit@3=high"])
    with pytest.raises(BarError, match="METRIC=VALUE"):
        parse_bars(["hit@3"])
    assert check_bars({"hit@3": 0.9}, {"hit@3": 0.95}, variant="hybrid") == ["hit@3=0.90 < 0.95 (hybrid)"]
    assert check_bars({"hit@3": math.nan}, {"hit@3": 0.5}) == ["hit@3=n/a < 0.5"]
    assert check_bars({"latency_p95_ms": 900.0}, {}, {"latency_p95_ms": 500}) == ["latency_p95_ms=900.00 > 500"]


def test_a_misnamed_bar_fails_before_any_question_is_asked(tmp_path, dataset):
    bot = FakeAssistant(GOOD)
    with pytest.raises(BarError):
        run_eval({"default": bot}, [dataset], tmp_path / "out", mins={"hit@4": 0.9}, progress=False)
    with pytest.raises(BarError, match="lower"):
        run_eval({"default": bot}, [dataset], tmp_path / "out", mins={"false_refusal_rate": 0.1}, progress=False)
    assert bot.histories == {}


def test_two_variants_side_by_side(tmp_path, dataset):
    run = run_eval(
        {"good": FakeAssistant(GOOD), "worse": FakeAssistant(WORSE)},
        [dataset],
        tmp_path / "out",
        mins={"hit@3": 0.9},
        progress=False,
    )
    out = tmp_path / "out"
    for name in ("good", "worse"):
        assert len(_lines(out / name / "results.jsonl")) == 4
        assert json.loads((out / name / "summary.json").read_text())["variant"] == name
    combined = json.loads((out / "summary.json").read_text())
    assert set(combined["variants"]) == {"good", "worse"}
    assert combined["variants"]["good"]["metrics"]["hit@3"] == 1.0
    assert combined["variants"]["worse"]["metrics"]["hit@3"] == pytest.approx(2 / 3)
    assert combined["variants"]["worse"]["metrics"]["refusal_accuracy"] == 0.0
    assert run.failed_bars == ["hit@3=0.67 < 0.9 (worse)"]

    page = (out / "report.html").read_text()
    assert "Δ worse vs good" in page  # the change column
    # failures first: t-03 and t-02 fail in 'worse', t-01 passes everywhere
    assert page.index("<b>t-02</b>") < page.index("<b>t-01</b>")
    assert page.index("<b>t-03</b>") < page.index("<b>t-01</b>")


def test_an_item_that_raises_is_recorded_and_scores_zero(tmp_path, dataset):
    run = run_eval({"default": FakeAssistant(GOOD, fail=("t-02",))}, [dataset], tmp_path / "out", progress=False)
    results = {r["id"]: r for r in _lines(tmp_path / "out" / "results.jsonl")}
    broken = results["t-02"]
    assert broken["error"] == "RuntimeError: index unavailable"
    assert broken["scores"]["fact_recall"] == 0.0 and broken["scores"]["hit@1"] == 0.0
    assert broken["scores"]["citation_precision"] == 0.0
    assert broken["failed"] and "error" in broken["failures"]
    assert "error" not in results["t-01"]
    metrics = run.summaries["default"]["metrics"]
    assert metrics["n_errors"] == 1 and metrics["fact_recall"] == pytest.approx(2 / 3)


def test_unanswerable_error_counts_as_a_missed_refusal(tmp_path, dataset):
    run = run_eval({"default": FakeAssistant(GOOD, fail=("t-04",))}, [dataset], tmp_path / "out", progress=False)
    assert run.summaries["default"]["metrics"]["refusal_accuracy"] == 0.0


def _independent_fact_recall(results_path: Path, dataset_path: Path) -> float:
    """A separate, minimal scorer: fold both sides, look for any form of each fact group."""

    def fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("’", "'")).lower()
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = re.sub(r"\[\d+\]", " ", text)
        return " ".join(text.split())

    facts = {}
    for line in dataset_path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item.get("answerable", True) and item.get("facts"):
            facts[item["id"]] = item["facts"]
    recalls = []
    for line in results_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in facts:
            answer = fold(row["answer"])
            groups = facts[row["id"]]
            recalls.append(sum(any(fold(f) in answer for f in g) for g in groups) / len(groups))
    return sum(recalls) / len(recalls)


@pytest.mark.parametrize("script", [GOOD, WORSE], ids=["good", "worse"])
def test_fact_recall_agrees_with_an_independent_scoring(tmp_path, dataset, script):
    run = run_eval({"default": FakeAssistant(script)}, [dataset], tmp_path / "out", progress=False)
    ours = run.summaries["default"]["metrics"]["fact_recall"]
    theirs = _independent_fact_recall(tmp_path / "out" / "results.jsonl", dataset)
    assert abs(ours - theirs) <= 0.05


def test_judge_scores_are_kept_apart(tmp_path, dataset):
    judge = lambda item, record: {"faithfulness": 1.0 if not record["refused"] else 0.5}  # noqa: E731
    run = run_eval({"default": FakeAssistant(GOOD)}, [dataset], tmp_path / "out", judge=judge, progress=False)
    summary = run.summaries["default"]
    assert summary["judge"] == {"faithfulness": pytest.approx(0.875)}
    assert "faithfulness" not in summary["metrics"]
    assert _lines(tmp_path / "out" / "results.jsonl")[0]["judge"] == {"faithfulness": 1.0}


def test_embedding_similarity_uses_the_given_embedder(tmp_path, dataset):
    import numpy as np

    embed = lambda texts: np.array([[1.0, 0.0] for _ in texts])  # noqa: E731
    run = run_eval({"default": FakeAssistant(GOOD)}, [dataset], tmp_path / "out", embed=embed, progress=False)
    assert run.summaries["default"]["metrics"]["embedding_similarity"] == 1.0


def test_progress_run_prints_a_compact_table(tmp_path, dataset):
    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=False)
    run_eval({"default": FakeAssistant(GOOD)}, [dataset], tmp_path / "out", mins={"hit@3": 0.9}, console=console)
    printed = buffer.getvalue()
    assert "fact_recall" in printed and "hit@3" in printed and "all bars met" in printed


def test_two_datasets_are_reported_per_dataset(tmp_path, dataset):
    second = tmp_path / "other.jsonl"
    second.write_text(json.dumps({**ITEMS[0], "id": "o-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
    run = run_eval({"default": FakeAssistant(GOOD)}, [dataset, second], tmp_path / "out", progress=False)
    summary = run.summaries["default"]
    assert summary["metrics"]["n_items"] == 5
    assert set(summary["by_dataset"]) == {"tiny", "other"}
    assert summary["by_dataset"]["other"]["n_items"] == 1


def test_dataset_errors_name_the_line(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(ITEMS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"broken.jsonl:2"):
        load_dataset(path)
    path.write_text(json.dumps({"id": "x", "question": "q", "facts": "Hikvision"}) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="facts"):
        load_dataset(path)
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(tmp_path / "missing.jsonl")


def test_project_dev_set_loads():
    items = load_dataset(Path(__file__).resolve().parent.parent / "eval" / "dev.jsonl")
    assert len(items) == 20
    assert sum(not i.answerable for i in items) == 2
    assert any(i.history for i in items)


def test_settings_are_recorded_without_secrets_and_fingerprinted(tmp_path, dataset):
    from assistant.config import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("article", encoding="utf-8")
    bot = FakeAssistant(GOOD)
    bot.settings = Settings(corpus_dir=corpus, llm_api_key="sk-very-secret", admin_token="letmein", top_k=7)
    run_eval({"default": bot}, [dataset], tmp_path / "out", progress=False)
    text = (tmp_path / "out" / "summary.json").read_text()
    summary = json.loads(text)
    assert summary["config"]["settings"]["top_k"] == 7
    assert "sk-very-secret" not in text and "letmein" not in text
    assert summary["fingerprint"]["corpus_files"] == 1

    run_eval({"default": bot}, [dataset], tmp_path / "out2", fingerprint={"given": "yes"}, progress=False)
    assert json.loads((tmp_path / "out2" / "summary.json").read_text())["fingerprint"] == {"given": "yes"}


def test_corpus_fingerprint_follows_contents(tmp_path):
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first = corpus_fingerprint(tmp_path)
    assert first["corpus_files"] == 1
    (tmp_path / "a.txt").write_text("two", encoding="utf-8")
    assert corpus_fingerprint(tmp_path)["corpus_sha256"] != first["corpus_sha256"]
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    assert corpus_fingerprint(tmp_path)["corpus_files"] == 1


# --- the command-line entry point -------------------------------------------------------------------


def test_parse_variant_forms(tmp_path):
    from assistant.evaluation import VariantError, parse_variant

    assert parse_variant("dense") == ("dense", "dense", {})
    assert parse_variant("dense:top_k=8,chunk_chars=600") == ("dense:top_k=8,chunk_chars=600", "dense", {"top_k": "8", "chunk_chars": "600"})
    assert parse_variant("top_k=3") == ("top_k=3", "hybrid", {"top_k": "3"})
    settings_file = tmp_path / "wide.json"
    settings_file.write_text(json.dumps({"top_k": 8}), encoding="utf-8")
    assert parse_variant(str(settings_file)) == ("wide", "hybrid", {"top_k": 8})
    assert parse_variant(f"keyword:{settings_file}") == ("keyword:wide", "keyword", {"top_k": 8})
    env_file = tmp_path / "narrow.env"
    env_file.write_text("ASSISTANT_TOP_K=2\n", encoding="utf-8")
    assert parse_variant(str(env_file)) == ("narrow", "hybrid", {"_env_file": str(env_file)})
    with pytest.raises(VariantError, match="unknown variant"):
        parse_variant("sparse")
    with pytest.raises(VariantError, match="not found"):
        parse_variant(str(tmp_path / "missing.env"))


def test_run_eval_command_builds_each_variant_and_returns_the_exit_code(tmp_path, dataset):
    from assistant.config import Settings
    from assistant.evaluation import VariantError, run_eval_command

    built = []

    def make_settings(**overrides):
        return Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", data_dir=tmp_path / "data", **overrides)

    def build(settings, retrieval="hybrid", progress=False):
        built.append((retrieval, settings.top_k, settings.index_dir))
        return FakeAssistant(WORSE if settings.top_k == 2 else GOOD)

    code = run_eval_command([dataset], tmp_path / "out", ["hybrid", "dense:top_k=2"], ["hit@3=0.9"], make_settings, build, progress=False)
    assert code == 1  # the top_k=2 variant misses hit@3
    assert built[0] == ("hybrid", 5, tmp_path / "index") and built[1][:2] == ("dense", 2)
    assert built[1][2] == tmp_path / "index"  # top_k does not change the index, so it is shared
    assert (tmp_path / "out" / "hybrid" / "results.jsonl").exists()

    code = run_eval_command([dataset], tmp_path / "out2", ["hybrid"], ["hit@3=0.9"], make_settings, build, progress=False)
    assert code == 0

    built.clear()
    run_eval_command([dataset], tmp_path / "out3", ["chunk_chars=300"], [], make_settings, build, progress=False)
    assert built[0][2] != tmp_path / "index"  # a different chunking is indexed apart

    with pytest.raises(VariantError, match="unknown setting"):
        run_eval_command([dataset], tmp_path / "out4", ["top_kk=3"], [], make_settings, build, progress=False)
