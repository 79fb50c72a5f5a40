"""Citations are data: numbered passages go in, `[n]` markers are parsed back out and validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.types import Citation, Passage

MARKER = re.compile(r"\[(\d+)\]")
# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets and citation markers).
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?:[\"»”’)\]]*)(?:\s*\[\d+\])*\s+")


@dataclass(frozen=True)
class Draft:
    """An answer text whose `[n]` markers index `citations` (numbered 1..k in order of first use)."""

    text: str
    citations: tuple[Citation, ...] = ()


def markers(text: str) -> list[int]:
    """The marker numbers in `text`, in order of appearance (repeats kept)."""
    return [int(m) for m in MARKER.findall(text)]


def split_claims(text: str) -> list[str]:
    """Split an answer into sentence-sized claims, keeping each claim's trailing markers with it."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        parts.append(text[start : match.end()].strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def cite(text: str, passages: Sequence[Passage], sentences: dict[int, Sequence[str]] | None = None) -> Draft:
    """Turn an answer whose markers index `passages` (1-based) into a Draft numbered by first use.

    Markers that point to no passage are removed; the remaining ones are renumbered 1..k so that
    only passages actually cited are shown. `sentences` optionally maps a passage number to the
    sentences of it the answer relies on.
    """
    renumber: dict[int, int] = {}
    for n in markers(text):
        if 1 <= n <= len(passages) and n not in renumber:
            renumber[n] = len(renumber) + 1

    def _replace(match: re.Match) -> str:
        n = int(match.group(1))
        return f"[{renumber[n]}]" if n in renumber else ""

    cleaned = MARKER.sub(_replace, text)
    cleaned = re.sub(r"(\[\d+\])(?:\1)+", r"\1", cleaned)  # "[1][1]" -> "[1]"
    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", cleaned)
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned).strip()
    citations = []
    for old, new in sorted(renumber.items(), key=lambda kv: kv[1]):
        chunk = passages[old - 1].chunk
        quoted = tuple((sentences or {}).get(old, ()))
        citations.append(Citation(n=new, doc=chunk.doc, title=chunk.title, lang=chunk.lang, text=chunk.text, sentences=quoted))
    return Draft(text=cleaned, citations=tuple(citations))


def uncited_claims(text: str) -> list[str]:
    """Claims of `text` that carry no citation marker."""
    return [claim for claim in split_claims(text) if not MARKER.search(claim)]
