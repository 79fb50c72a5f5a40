"""Hand-made cases for every evaluation metric: perfect, empty, partial, French typography, refusals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.evaluation.metrics import (
    aggregate,
    all_facts,
    citation_precision,
    citation_recall,
    contains,
    embedding_similarity,
    evidence_recall_at_k,
    fact_recall,
    failure_reasons,
    false_refusal_rate,
    hit_at_k,
    matches_form,
    missed_facts,
    mrr,
    ndcg_at_k,
    normalize,
    percentile,
    refusal_accuracy,
    score_answer,
    token_f1,
    tokens,
)

NBSP, NNBSP = "\u00a0", "\u202f"
PASSAGE_FR = f"En tout ce sont 28 organisations chinoises qui viennent d’être ajoutées à cette liste{NNBSP}!"
PASSAGE_EN = "The US Department of Commerce has ruled that the firms were complicit."
PASSAGE_OTHER = "Amazon a acheté des caméras pour ses entrepôts."


def nan(value: float) -> bool:
    return isinstance(value, float) and math.isnan(value)


# --- normalisation ------------------------------------------------------------------------------


def test_normalize_folds_case_accents_apostrophes_and_spaces():
    assert normalize(f"L’Homme{NBSP}:  «{NNBSP}Évidemment{NNBSP}»") == 'l\'homme : " evidemment "'
    assert normalize("d’être") == normalize("d'être") == "d'etre"
    assert normalize("Ouïghours") == "ouighours"
    assert normalize("mise en œuvre — ﬁn") == "mise en oeuvre - fin"
    assert normalize("") == ""


def test_tokens_drop_articles_and_elisions_of_both_languages():
    assert tokens("L’entreprise a acheté les caméras") == ["entreprise", "achete", "cameras"]
    assert tokens("L'entreprise") == tokens("L’entreprise") == ["entreprise"]
    assert tokens("The firms of the list [2]") == ["firms", "list"]


def test_contains_ignores_typography_differences():
    assert contains(PASSAGE_FR, "viennent d'etre ajoutees a cette liste !")
    assert contains(PASSAGE_FR.replace(" ", NBSP), "sont 28 organisations")
    assert not contains(PASSAGE_FR, "29 organisations")
    assert not contains(PASSAGE_FR, "")


# --- fact forms -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, form, expected",
    [
        ("28 organisations", "28", True),
        ("280 organisations", "28", False),
        ("128 organisations", "28", False),
        ("28,5 millions", "28", False),
        ("complicit against Uighurs", "Uighur", True),
        ("contre les Ouïghours", "Ouighour", True),
        ("contre les OUIGHOURS", "Ouïghour", True),
        (f"1{NNBSP}500 caméras", "1 500", True),
        ("pour $10 millions", "$10", True),
        ("pour $100 millions", "$10", False),
        ("voir la source [8]", "8", False),  # a citation marker is not the fact "8"
        ("huit entreprises", "huit", True),
        ("un tiers du marché", "tiers", True),
        ("an entire market", "tiers", False),
    ],
)
def test_matches_form(text, form, expected):
    assert matches_form(text, form) is expected


# --- answer content --------------------------------------------------------------------------------

FACTS = [["Hikvision"], ["Dahua"], ["SenseTime"], ["Megvii"]]


def test_fact_recall_perfect_partial_empty():
    assert fact_recall("Hikvision, Dahua, SenseTime et Megvii [1].", FACTS) == 1.0
    assert fact_recall("Hikvision et Dahua [1].", FACTS) == 0.5
    assert fact_recall("", FACTS) == 0.0
    assert nan(fact_recall("anything", []))


def test_fact_recall_any_form_in_either_language_with_french_typography():
    facts = [["repression", "répression"], ["Uighur", "Ouïghour"], ["detention", "détention"]]
    answer = "Une campagne de REPRESSION et de détention contre les Ouighours [1]."
    assert fact_recall(answer, facts) == 1.0
    assert fact_recall("l’économie américaine", [["economy", "économie"]]) == 1.0
    assert missed_facts("répression [1]", facts) == [["Uighur", "Ouïghour"], ["detention", "détention"]]


def test_all_facts_is_all_or_nothing():
    assert all_facts("Hikvision, Dahua, SenseTime, Megvii", FACTS) == 1.0
    assert all_facts("Hikvision, Dahua, SenseTime", FACTS) == 0.0
    assert nan(all_facts("x", []))


def test_token_f1():
    assert token_f1("Le ministère du Commerce.", "Le ministère du Commerce.") == 1.0
    assert token_f1("", "Le ministère du Commerce.") == 0.0
    assert token_f1("", "") == 1.0
    # answer tokens: ministere, commerce, americain; reference: ministere, commerce -> P 2/3, R 1 -> F1 0.8
    assert token_f1("Le ministère américain du Commerce [1]", "Le ministère du Commerce") == pytest.approx(0.8)
    # articles and apostrophes of both languages do not count
    assert token_f1("l’entreprise", "L'entreprise") == 1.0
    assert token_f1("the company", "une entreprise") == 0.0


def _bag_embed(texts: list[str]) -> np.ndarray:
    """A deterministic embedder: normalised letter counts."""
    rows = []
    for text in texts:
        vec = np.zeros(26)
        for c in normalize(text):
            if "a" <= c <= "z":
                vec[ord(c) - 97] += 1
        rows.append(vec / (np.linalg.norm(vec) or 1))
    return np.array(rows)


def test_embedding_similarity():
    assert embedding_similarity("Commerce", "commerce", _bag_embed) == pytest.approx(1.0)
    assert 0 < embedding_similarity("Commerce [1]", "Le ministère", _bag_embed) < 1
    assert embedding_similarity("", "Le ministère", _bag_embed) == 0.0
    assert nan(embedding_similarity("Commerce", "Commerce", None))
    assert nan(embedding_similarity("Commerce", "", _bag_embed))
    opposite = lambda texts: np.array([[1.0, 0.0], [-1.0, 0.0]])  # noqa: E731
    assert embedding_similarity("a", "b", opposite) == 0.0


# --- retrieval ---------------------------------------------------------------------------------------

EVIDENCE = ["viennent d’être ajoutées à cette liste", "The US Department of Commerce has ruled"]


def test_hit_at_k():
    assert hit_at_k([PASSAGE_FR, PASSAGE_OTHER], EVIDENCE, 1) == 1.0
    assert hit_at_k([PASSAGE_OTHER, PASSAGE_EN], EVIDENCE, 1) == 0.0
    assert hit_at_k([PASSAGE_OTHER, PASSAGE_EN], EVIDENCE, 3) == 1.0
    assert hit_at_k([], EVIDENCE, 5) == 0.0
    assert nan(hit_at_k([PASSAGE_FR], [], 5))


def test_hit_at_k_matches_plain_apostrophe_evidence_against_typographic_passage():
    assert hit_at_k([PASSAGE_FR.replace(" ", NBSP)], ["viennent d'etre ajoutees"], 1) == 1.0


def test_mrr():
    assert mrr([PASSAGE_FR], EVIDENCE) == 1.0
    assert mrr([PASSAGE_OTHER, PASSAGE_EN], EVIDENCE) == 0.5
    assert mrr([PASSAGE_OTHER, PASSAGE_OTHER, PASSAGE_OTHER, PASSAGE_EN], EVIDENCE) == 0.25
    assert mrr([PASSAGE_OTHER], EVIDENCE) == 0.0
    assert mrr([], EVIDENCE) == 0.0
    assert nan(mrr([PASSAGE_FR], []))


def test_ndcg_at_k():
    assert ndcg_at_k([PASSAGE_FR, PASSAGE_EN], EVIDENCE, 5) == 1.0
    assert ndcg_at_k([PASSAGE_OTHER, PASSAGE_FR], EVIDENCE, 5) == pytest.approx(1 / math.log2(3))
    expected = (1 + 1 / math.log2(4)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k([PASSAGE_FR, PASSAGE_OTHER, PASSAGE_EN], EVIDENCE, 5) == pytest.approx(expected)
    assert ndcg_at_k([PASSAGE_OTHER] * 5 + [PASSAGE_FR], EVIDENCE, 5) == 0.0  # rank 6 is beyond k
    assert ndcg_at_k([], EVIDENCE, 5) == 0.0
    assert nan(ndcg_at_k([PASSAGE_FR], [], 5))


def test_evidence_recall_at_k():
    assert evidence_recall_at_k([PASSAGE_FR, PASSAGE_EN], EVIDENCE, 5) == 1.0
    assert evidence_recall_at_k([PASSAGE_FR, PASSAGE_OTHER], EVIDENCE, 5) == 0.5
    assert evidence_recall_at_k([PASSAGE_FR] + [PASSAGE_OTHER] * 5 + [PASSAGE_EN], EVIDENCE, 5) == 0.5
    assert evidence_recall_at_k([], EVIDENCE, 5) == 0.0
    assert nan(evidence_recall_at_k([PASSAGE_FR], [], 5))


# --- citations -----------------------------------------------------------------------------------------


def test_citation_precision():
    facts = [["28", "vingt-huit"]]
    assert citation_precision([PASSAGE_FR, PASSAGE_EN], EVIDENCE, facts) == 1.0
    assert citation_precision([PASSAGE_FR, PASSAGE_OTHER], EVIDENCE, facts) == 0.5
    # no evidence span, but the passage holds a fact form: it supports the answer
    assert citation_precision(["Vingt-huit entreprises sont visées."], ["absent span"], facts) == 1.0
    assert citation_precision([PASSAGE_OTHER], EVIDENCE, facts) == 0.0
    assert nan(citation_precision([], EVIDENCE, facts))
    assert nan(citation_precision([PASSAGE_FR], [], []))


def test_citation_recall():
    assert citation_recall([PASSAGE_EN, PASSAGE_FR], EVIDENCE) == 1.0
    assert citation_recall([PASSAGE_EN], EVIDENCE) == 0.5
    assert citation_recall([], EVIDENCE) == 0.0
    assert nan(citation_recall([PASSAGE_FR], []))


# --- refusals and latency ---------------------------------------------------------------------------------


def test_refusal_accuracy_and_false_refusal_rate():
    refused = [True, False, True, False]
    answerable = [False, False, True, True]
    assert refusal_accuracy(refused, answerable) == 0.5  # one of two unanswerable refused
    assert false_refusal_rate(refused, answerable) == 0.5  # one of two answerable refused
    assert refusal_accuracy([True], [False]) == 1.0
    assert false_refusal_rate([False], [True]) == 0.0
    assert nan(refusal_accuracy([True], [True]))
    assert nan(false_refusal_rate([True], [False]))
    assert nan(refusal_accuracy([], []))


def test_percentile():
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([10, 20, 30, 40], 100) == 40
    assert percentile([10, 20, 30, 40], 0) == 10
    assert percentile([40, 10, 30, 20], 95) == pytest.approx(38.5)
    assert percentile([7.0], 95) == 7.0
    assert percentile([1.0, math.nan, 3.0], 50) == 2.0
    assert nan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile([1.0], 101)


# --- per item and aggregate -------------------------------------------------------------------------------


def _score(**kw):
    base = dict(
        answer="28 organisations [1].",
        refused=False,
        answerable=True,
        reference="28 organisations chinoises ont été ajoutées.",
        facts=[["28", "vingt-huit"]],
        evidence=[EVIDENCE[0]],
        contexts=[PASSAGE_OTHER, PASSAGE_FR],
        cited=[PASSAGE_FR],
        latency_ms=12.0,
    )
    return score_answer(**{**base, **kw})


def test_score_answer_answerable():
    s = _score()
    assert s["fact_recall"] == 1.0 and s["all_facts"] == 1.0
    assert s["hit@1"] == 0.0 and s["hit@3"] == 1.0 and s["mrr"] == 0.5
    assert s["citation_precision"] == 1.0 and s["citation_recall"] == 1.0
    assert s["false_refusal_rate"] == 0.0 and nan(s["refusal_accuracy"])
    assert nan(s["embedding_similarity"])  # no embedder given
    assert s["latency_ms"] == 12.0


def test_score_answer_refusals():
    unanswerable = _score(answer="Les articles ne le disent pas.", refused=True, answerable=False, facts=[], evidence=[])
    assert unanswerable["refusal_accuracy"] == 1.0
    assert all(nan(unanswerable[k]) for k in ("fact_recall", "hit@1", "mrr", "citation_precision", "token_f1", "false_refusal_rate"))
    answered = _score(answer="Sony [1].", refused=False, answerable=False, facts=[], evidence=[])
    assert answered["refusal_accuracy"] == 0.0
    false_refusal = _score(answer="Je ne sais pas.", refused=True, cited=[])
    assert false_refusal["false_refusal_rate"] == 1.0 and false_refusal["fact_recall"] == 0.0


def test_failure_reasons():
    assert failure_reasons(_score(), refused=False, answerable=True) == []
    missed = _score(answer="Des organisations [1].", contexts=[PASSAGE_OTHER] * 3)
    assert failure_reasons(missed, refused=False, answerable=True) == ["missed facts", "no evidence in top 3"]
    unanswered = _score(refused=False, answerable=False, facts=[], evidence=[])
    assert failure_reasons(unanswered, refused=False, answerable=False) == ["answered unanswerable"]
    assert "error" in failure_reasons(_score(), refused=False, answerable=True, error="boom")


def test_aggregate_skips_nan_and_counts():
    items = [
        _score(latency_ms=10.0),
        _score(answer="rien", contexts=[PASSAGE_OTHER], latency_ms=30.0),
        _score(answer="Non.", refused=True, answerable=False, facts=[], evidence=[], latency_ms=20.0),
    ]
    agg = aggregate(items, errors=[False, True, False], failed=[False, True, False])
    assert agg["fact_recall"] == 0.5  # the unanswerable item does not count
    assert agg["hit@3"] == 0.5
    assert agg["refusal_accuracy"] == 1.0
    assert agg["false_refusal_rate"] == 0.0
    assert agg["latency_p50_ms"] == 20.0
    assert agg["n_items"] == 3 and agg["n_answerable"] == 2 and agg["n_unanswerable"] == 1
    assert agg["n_errors"] == 1 and agg["n_failed"] == 1
    assert nan(agg["embedding_similarity"])


def test_aggregate_of_nothing_is_nan_not_an_error():
    agg = aggregate([])
    assert agg["n_items"] == 0 and nan(agg["latency_p50_ms"])
