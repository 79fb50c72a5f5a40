"""Reference question sets: one JSON object a line (see eval/README or the shared format description).

    items = load_datasets([Path("eval/dev.jsonl")])
    items[0].question, items[0].facts, [e.text for e in items[0].evidence]
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from assistant.errors import AssistantError


class DatasetError(AssistantError):
    """A reference set that cannot be read: missing file, bad JSON or a malformed item."""


@dataclass(frozen=True)
class Evidence:
    """A verbatim span of an article that supports the reference answer."""

    doc: str
    text: str


@dataclass(frozen=True)
class EvalItem:
    """One reference question with what a correct answer must contain."""

    id: str
    question: str
    lang: str = "en"
    answerable: bool = True
    reference: str = ""
    facts: tuple[tuple[str, ...], ...] = ()  # groups of acceptable surface forms
    evidence: tuple[Evidence, ...] = ()
    history: tuple[dict, ...] = ()  # earlier turns: {"role": "user"|"assistant", "content": str}
    dataset: str = ""  # stem of the file it came from

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "lang": self.lang,
            "question": self.question,
            "answerable": self.answerable,
            "reference": self.reference,
            "facts": [list(g) for g in self.facts],
            "evidence": [{"doc": e.doc, "text": e.text} for e in self.evidence],
            "history": [dict(t) for t in self.history],
        }


def _item(raw: Any, where: str, dataset: str) -> EvalItem:
    if not isinstance(raw, dict):
        raise DatasetError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    for key in ("id", "question"):
        if not isinstance(raw.get(key), (str, int)) or not str(raw.get(key)).strip():
            raise DatasetError(f"{where}: missing or empty {key!r}")
    facts = raw.get("facts") or []
    if not isinstance(facts, list) or not all(
        isinstance(g, list) and g and all(isinstance(f, str) for f in g) for g in facts
    ):
        raise DatasetError(f"{where}: 'facts' must be a list of non-empty lists of strings")
    evidence = raw.get("evidence") or []
    if not isinstance(evidence, list) or not all(isinstance(e, dict) and isinstance(e.get("text"), str) for e in evidence):
        raise DatasetError(f"{where}: 'evidence' must be a list of {{\"doc\", \"text\"}} objects")
    history = raw.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str) for t in history
    ):
        raise DatasetError(f"{where}: 'history' must be a list of {{\"role\": \"user\"|\"assistant\", \"content\"}} objects")
    answerable = raw.get("answerable", True)
    if not isinstance(answerable, bool):
        raise DatasetError(f"{where}: 'answerable' must be true or false")
    return EvalItem(
        id=str(raw["id"]),
        question=str(raw["question"]),
        lang=str(raw.get("lang") or "en"),
        answerable=answerable,
        reference=str(raw.get("reference") or ""),
        facts=tuple(tuple(g) for g in facts),
        evidence=tuple(Evidence(doc=str(e.get("doc") or ""), text=e["text"]) for e in evidence),
        history=tuple({"role": t["role"], "content": t["content"]} for t in history),
        dataset=dataset,
    )


def load_dataset(path: Path | str) -> list[EvalItem]:
    """Read one reference set. Blank lines are skipped; any malformed line raises `DatasetError` naming it."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DatasetError(f"reference set not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read reference set {path}: {exc}") from None
    items: list[EvalItem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: invalid JSON ({exc.msg})") from None
        item = _item(raw, where, path.stem)
        if item.id in seen:
            raise DatasetError(f"{where}: duplicate id {item.id!r}")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise DatasetError(f"reference set {path} holds no items")
    return items


def load_datasets(paths: Sequence[Path | str]) -> list[EvalItem]:
    """Read several reference sets in order. Ids repeated across files get their file's stem as prefix."""
    if not paths:
        raise DatasetError("no reference set given")
    per_file = [load_dataset(p) for p in paths]
    counts: dict[str, int] = {}
    for items in per_file:
        for item in items:
            counts[item.id] = counts.get(item.id, 0) + 1
    out, seen = [], set()
    for items in per_file:
        for item in items:
            if counts[item.id] > 1:
                item = replace(item, id=f"{item.dataset}:{item.id}")
            if item.id in seen:
                raise DatasetError(f"two reference sets named {item.dataset!r} share the id {item.id!r}; rename one file")
            seen.add(item.id)
            out.append(item)
    return out
