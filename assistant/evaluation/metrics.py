"""Deterministic answer-quality metrics: small pure functions, no language-model judge.

Every metric takes plain strings and lists and returns a float in [0, 1] (latency aside).
A metric that does not apply to an item (retrieval hit on an unanswerable question, citation
precision of an answer that cites nothing) returns NaN; `aggregate` skips NaN, so "not
applicable" never drags a mean down and never raises.

    >>> fact_recall("Hikvision et Dahua [1].", [["Hikvision"], ["Dahua"], ["SenseTime"]])
    0.6666666666666666
    >>> hit_at_k(["…d’être ajoutées à cette liste…"], ["d'etre ajoutees"], k=1)
    1.0

French and English text is compared after `normalize`: NFKC, case folded, accents stripped,
typographic apostrophes/quotes/dashes made plain, every kind of space (non-breaking, narrow)
turned into one plain space. Token-level metrics also drop articles and function words of
both languages (`tokens`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import numpy as np

if TYPE_CHECKING:
    from assistant.evaluation.datasets import EvalItem

NAN = math.nan

# Metrics whose best value is the lowest one (the report colours their changes the other way round).
LOWER_IS_BETTER = frozenset(
    {"false_refusal_rate", "latency_p50_ms", "latency_p95_ms", "latency_mean_ms", "n_failed", "n_errors"}
)

# The deterministic metrics, in the order reports show them.
METRICS = (
    "fact_recall",
    "all_facts",
    "hit@1",
    "hit@3",
    "hit@5",
    "mrr",
    "ndcg@5",
    "evidence_recall@5",
    "citation_precision",
    "citation_recall",
    "token_f1",
    "embedding_similarity",
    "refusal_accuracy",
    "false_refusal_rate",
    "latency_p50_ms",
    "latency_p95_ms",
)

# ---------------------------------------------------------------------------------------------
# Normalisation

_CHARS = str.maketrans(
    {
        # apostrophes and primes
        "’": "'", "‘": "'", "‚": "'", "ʼ": "'", "′": "'", "`": "'", "´": "'",
        # double quotes and guillemets
        "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
        # hyphens and dashes
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
        # ligatures NFKC keeps
        "œ": "oe", "æ": "ae",
    }
)
# Any run of whitespace, including the no-break (U+00A0), narrow no-break (U+202F), thin and
# zero-width spaces French typography puts before ; : ! ? and inside numbers.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007\u200b\ufeff]+")
_MARKER = re.compile(r"\[\d+\]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

STOPWORDS = frozenset(
    # English articles, prepositions, conjunctions, auxiliaries
    """a an the of to in on at by for from with and or but as is are was were be been it its this that these
    those which who whom what there their they he she his her has have had do does did not no so than into
    about over also""".split()
    # French articles (elided ones included once their apostrophe is split off), prepositions, pronouns
    + """le la les l un une des du de d au aux a et ou en dans par pour sur avec sans sous chez vers que qu qui
    ce ces cet cette se s son sa ses leur leurs il ils elle elles on nous vous je j me m te t y ne n pas
    est sont ont ete etre c ca""".split()
)


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """The comparison form of `text`: NFKC, lowercase, no accents, plain apostrophes, single spaces.

    >>> normalize("L’Homme\u00a0: «\u202fÉvidemment\u202f»")
    'l\\'homme : " evidemment "'
    """
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(_CHARS)
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def strip_markers(text: str) -> str:
    """Remove `[n]` citation markers: they are not content and "[2]" must not count as the fact "2"."""
    return _MARKER.sub(" ", text or "")


def tokens(text: str) -> list[str]:
    """Content tokens for token-level metrics: normalised words, elisions split, stopwords of both languages dropped.

    >>> tokens("L’entreprise a acheté 1 500 caméras à Dahua")
    ['entreprise', 'achete', '1', '500', 'cameras', 'dahua']
    """
    return [t for t in _WORD.findall(normalize(strip_markers(text))) if t not in STOPWORDS]


# ---------------------------------------------------------------------------------------------
# Matching


def contains(passage: str, span: str) -> bool:
    """Whether `passage` holds `span` verbatim, once both are normalised. An empty span matches nothing."""
    needle = normalize(span)
    return bool(needle) and needle in normalize(passage)


@lru_cache(maxsize=4096)
def _form_pattern(form: str) -> re.Pattern | None:
    needle = normalize(form)
    if not needle:
        return None
    # The form must start a word ("Uighur" matches "Uighurs", "8" does not match "28") and a form
    # ending in a digit must end the number ("28" does not match "280" nor "28,5").
    start = r"(?<!\w)(?<!\d[.,])" if needle[0].isalnum() else ""
    end = r"(?!\d)(?![.,]\d)" if needle[-1].isdigit() else ""
    return re.compile(start + re.escape(needle) + end)


def matches_form(text: str, form: str) -> bool:
    """Whether the surface form `form` of a fact occurs in `text` (normalised, at a word start)."""
    pattern = _form_pattern(form)
    return bool(pattern and pattern.search(normalize(strip_markers(text))))


def covers(text: str, group: Sequence[str]) -> bool:
    """Whether `text` holds any one of the acceptable forms of a fact group."""
    return any(matches_form(text, form) for form in group)


def missed_facts(answer: str, facts: Sequence[Sequence[str]]) -> list[list[str]]:
    """The fact groups the answer does not cover, as given."""
    return [list(group) for group in facts if not covers(answer, group)]


def _relevant(contexts: Sequence[str], evidence: Sequence[str]) -> list[bool]:
    spans = [s for s in evidence if normalize(s)]
    return [any(contains(text, span) for span in spans) for text in contexts]


# ---------------------------------------------------------------------------------------------
# Answer content


def fact_recall(answer: str, facts: Sequence[Sequence[str]]) -> float:
    """Share of fact groups the answer covers (any one form per group). NaN when there are no facts."""
    if not facts:
        return NAN
    return sum(covers(answer, group) for group in facts) / len(facts)


def all_facts(answer: str, facts: Sequence[Sequence[str]]) -> float:
    """1.0 when the answer covers every fact group, else 0.0. NaN when there are no facts."""
    recall = fact_recall(answer, facts)
    return recall if math.isnan(recall) else float(recall == 1.0)


def token_f1(answer: str, reference: str) -> float:
    """SQuAD-style bag-of-tokens F1 between answer and reference (stopwords of both languages dropped).

    Two texts with no content tokens agree (1.0); one empty side scores 0.0.
    """
    pred, gold = tokens(answer), tokens(reference)
    if not pred or not gold:
        return float(pred == gold)
    common: dict[str, int] = {}
    gold_counts: dict[str, int] = {}
    for t in gold:
        gold_counts[t] = gold_counts.get(t, 0) + 1
    for t in pred:
        if gold_counts.get(t, 0) > 0:
            gold_counts[t] -= 1
            common[t] = common.get(t, 0) + 1
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(pred), overlap / len(gold)
    return 2 * precision * recall / (precision + recall)


def embedding_similarity(answer: str, reference: str, embed: Callable[[list[str]], np.ndarray] | None) -> float:
    """Cosine similarity of answer and reference under `embed` (list of texts -> L2-normalised rows).

    NaN without an embedder or a reference; 0.0 for an empty answer. Clipped to [0, 1].
    """
    answer, reference = strip_markers(answer).strip(), (reference or "").strip()
    if embed is None or not reference:
        return NAN
    if not answer:
        return 0.0
    vectors = np.asarray(embed([answer, reference]), dtype=np.float64)
    return float(min(1.0, max(0.0, float(vectors[0] @ vectors[1]))))


# ---------------------------------------------------------------------------------------------
# Retrieval (contexts in rank order; a passage is relevant when it contains an evidence span)


def hit_at_k(contexts: Sequence[str], evidence: Sequence[str], k: int) -> float:
    """1.0 when one of the first `k` passages contains an evidence span. NaN without evidence."""
    if not any(normalize(s) for s in evidence):
        return NAN
    return float(any(_relevant(list(contexts)[:k], evidence)))


def mrr(contexts: Sequence[str], evidence: Sequence[str]) -> float:
    """Reciprocal rank of the first passage containing an evidence span (0.0 if none). NaN without evidence."""
    if not any(normalize(s) for s in evidence):
        return NAN
    for rank, relevant in enumerate(_relevant(contexts, evidence), start=1):
        if relevant:
            return 1.0 / rank
    return 0.0


def ndcg_at_k(contexts: Sequence[str], evidence: Sequence[str], k: int = 5) -> float:
    """Binary-relevance nDCG of the first `k` passages. NaN without evidence.

    The ideal ranking puts the relevant passages that were retrieved first: how many passages of
    the whole index hold evidence depends on the chunking, so nDCG here measures the ordering and
    `evidence_recall_at_k` measures the coverage.
    """
    if not any(normalize(s) for s in evidence):
        return NAN
    relevant = _relevant(list(contexts)[:k], evidence)
    dcg = sum(1.0 / math.log2(rank + 1) for rank, rel in enumerate(relevant, start=1) if rel)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, sum(relevant) + 1))
    return dcg / ideal if ideal else 0.0


def evidence_recall_at_k(contexts: Sequence[str], evidence: Sequence[str], k: int = 5) -> float:
    """Share of evidence spans found in the first `k` passages. NaN without evidence."""
    spans = [s for s in evidence if normalize(s)]
    if not spans:
        return NAN
    top = list(contexts)[:k]
    return sum(any(contains(text, span) for text in top) for span in spans) / len(spans)


# ---------------------------------------------------------------------------------------------
# Citations


def citation_precision(cited: Sequence[str], evidence: Sequence[str], facts: Sequence[Sequence[str]]) -> float:
    """Share of cited passages that support the answer: they contain an evidence span or a fact form.

    NaN when nothing is cited, or when the item has neither evidence nor facts to judge support by.
    """
    spans = [s for s in evidence if normalize(s)]
    if not cited or (not spans and not facts):
        return NAN
    supported = sum(
        any(contains(text, span) for span in spans) or any(covers(text, group) for group in facts) for text in cited
    )
    return supported / len(cited)


def citation_recall(cited: Sequence[str], evidence: Sequence[str]) -> float:
    """Share of evidence spans that some cited passage contains. NaN without evidence."""
    spans = [s for s in evidence if normalize(s)]
    if not spans:
        return NAN
    return sum(any(contains(text, span) for text in cited) for span in spans) / len(spans)


# ---------------------------------------------------------------------------------------------
# Refusals


def refusal_accuracy(refused: Sequence[bool], answerable: Sequence[bool]) -> float:
    """Share of unanswerable questions the assistant refused. NaN when none is unanswerable."""
    outcomes = [bool(r) for r, a in zip(refused, answerable, strict=True) if not a]
    return sum(outcomes) / len(outcomes) if outcomes else NAN


def false_refusal_rate(refused: Sequence[bool], answerable: Sequence[bool]) -> float:
    """Share of answerable questions the assistant refused (lower is better). NaN when none is answerable."""
    outcomes = [bool(r) for r, a in zip(refused, answerable, strict=True) if a]
    return sum(outcomes) / len(outcomes) if outcomes else NAN


# ---------------------------------------------------------------------------------------------
# Latency


def percentile(values: Iterable[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation, NaN values skipped; NaN when empty."""
    data = sorted(v for v in values if v is not None and not math.isnan(v))
    if not data:
        return NAN
    if not 0 <= q <= 100:
        raise ValueError(f"q must be between 0 and 100, got {q}")
    position = (len(data) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return data[low] + (data[high] - data[low]) * (position - low)


# ---------------------------------------------------------------------------------------------
# Per item and aggregate


def score_answer(
    *,
    answer: str,
    refused: bool,
    answerable: bool,
    reference: str,
    facts: Sequence[Sequence[str]],
    evidence: Sequence[str],
    contexts: Sequence[str],
    cited: Sequence[str],
    latency_ms: float = NAN,
    embed: Callable[[list[str]], np.ndarray] | None = None,
) -> dict[str, float]:
    """Every per-item metric for one answer. Not-applicable metrics are NaN.

    On an unanswerable item only the refusal metric applies (retrieval and facts have nothing to find).
    """
    facts = facts if answerable else []
    evidence = evidence if answerable else []
    return {
        "fact_recall": fact_recall(answer, facts),
        "all_facts": all_facts(answer, facts),
        "hit@1": hit_at_k(contexts, evidence, 1),
        "hit@3": hit_at_k(contexts, evidence, 3),
        "hit@5": hit_at_k(contexts, evidence, 5),
        "mrr": mrr(contexts, evidence),
        "ndcg@5": ndcg_at_k(contexts, evidence, 5),
        "evidence_recall@5": evidence_recall_at_k(contexts, evidence, 5),
        "citation_precision": citation_precision(cited, evidence, facts),
        "citation_recall": citation_recall(cited, evidence),
        "token_f1": token_f1(answer, reference) if answerable else NAN,
        "embedding_similarity": embedding_similarity(answer, reference, embed) if answerable else NAN,
        "refusal_accuracy": refusal_accuracy([refused], [answerable]),
        "false_refusal_rate": false_refusal_rate([refused], [answerable]),
        "latency_ms": float(latency_ms),
    }


def failure_reasons(scores: Mapping[str, float], *, refused: bool, answerable: bool, error: str = "") -> list[str]:
    """Why an item counts as failed: an error, a wrong refusal, a missed fact or no evidence in the top 3."""
    reasons = []
    if error:
        reasons.append("error")
    if refused != (not answerable):
        reasons.append("false refusal" if answerable else "answered unanswerable")
    if answerable and scores.get("fact_recall", NAN) < 1.0:
        reasons.append("missed facts")
    if answerable and scores.get("hit@3", NAN) < 1.0:
        reasons.append("no evidence in top 3")
    return reasons


def _mean(values: Iterable[float]) -> float:
    data = [v for v in values if v is not None and not math.isnan(v)]
    return sum(data) / len(data) if data else NAN


def score_item(item: "EvalItem", result: Mapping, embed: Callable[[list[str]], np.ndarray] | None = None) -> dict[str, float]:
    """Score one result record (`answer`, `refused`, `contexts` and `citations` as `[{doc, text}]`,
    `latency_ms`) against its reference item."""
    return score_answer(
        answer=result.get("answer") or "",
        refused=bool(result.get("refused")),
        answerable=item.answerable,
        reference=item.reference,
        facts=item.facts,
        evidence=[e.text for e in item.evidence],
        contexts=[c.get("text", "") for c in result.get("contexts") or ()],
        cited=[c.get("text", "") for c in result.get("citations") or ()],
        latency_ms=result.get("latency_ms", NAN),
        embed=embed,
    )


def aggregate(
    scores: Sequence[Mapping[str, float]],
    *,
    answerable: Sequence[bool] | None = None,
    errors: Sequence[bool] = (),
    failed: Sequence[bool] = (),
) -> dict[str, float]:
    """Means of the per-item metrics over the items they apply to, latency percentiles and counts.

    `refusal_accuracy` is thus the share of unanswerable items refused and `false_refusal_rate` the
    share of answerable items refused. Without `answerable`, an item counts as answerable when its
    `false_refusal_rate` applies (as `score_answer` sets it).
    """
    if answerable is None:
        answerable = [not math.isnan(s.get("false_refusal_rate", NAN)) for s in scores]
    keys = [k for k in dict.fromkeys(k for s in scores for k in s) if k != "latency_ms"]
    out: dict[str, float] = {k: _mean(s.get(k, NAN) for s in scores) for k in keys}
    latencies = [s.get("latency_ms", NAN) for s in scores]
    out["latency_p50_ms"] = percentile(latencies, 50)
    out["latency_p95_ms"] = percentile(latencies, 95)
    out["latency_mean_ms"] = _mean(latencies)
    out["n_items"] = len(scores)
    out["n_answerable"] = sum(bool(a) for a in answerable)
    out["n_unanswerable"] = len(scores) - out["n_answerable"]
    out["n_errors"] = sum(bool(e) for e in errors)
    out["n_failed"] = sum(bool(f) for f in failed)
    return out
