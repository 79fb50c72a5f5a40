"""Article -> Chunks: passages that end at sentence boundaries, with stable content-hash ids."""

from __future__ import annotations

import hashlib

from assistant.text import split_sentences
from assistant.types import Article, Chunk


def chunk_id(doc: str, text: str) -> str:
    """Content hash of a passage within its document: unchanged text keeps its id across runs."""
    return hashlib.sha256(f"{doc}\x1f{text}".encode("utf-8")).hexdigest()[:32]


def split_article(article: Article, target_chars: int = 450, overlap_chars: int = 0) -> list[Chunk]:
    """Pack an article's sentences into passages of about `target_chars`.

    A passage never cuts a sentence; it prefers to end at a paragraph break once it is half full,
    a short heading line is kept with the paragraph that follows it, and a sentence ending in a colon
    with the quotation or list it announces.
    """
    if target_chars <= 0:
        raise ValueError(f"target_chars must be greater than 0, got {target_chars}")
    units: list[tuple[str, bool]] = []  # (sentence, starts a paragraph)
    for paragraph in article.text.split("\n"):
        for i, sentence in enumerate(split_sentences(paragraph)):
            units.append((sentence, i == 0))

    passages: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    size = 0
    for sentence, new_paragraph in units:
        full = size + len(sentence) > target_chars
        paragraph_break = new_paragraph and size >= target_chars / 2 and not _is_heading(current[-1][0])
        announces = bool(current) and current[-1][0].rstrip().endswith(":")  # "…, la société récuse cette décision :"
        if current and (full or paragraph_break) and not announces:  # a passage never ends on what it announces
            passages.append(current)
            # Carry the last sentences over, so a fact that straddles the cut is whole in one passage.
            carried: list[tuple[str, bool]] = []
            for unit in reversed(current[1:]):
                if sum(len(u[0]) + 1 for u in carried) + len(unit[0]) > overlap_chars:
                    break
                carried.insert(0, unit)
            current, size = carried, sum(len(u[0]) + 1 for u in carried)
        current.append((sentence, new_paragraph))
        size += len(sentence) + 1
    if current:
        # A short tail reads better, and retrieves better, inside the passage it continues.
        if passages and size < target_chars / 4:
            passages[-1].extend(current)
        else:
            passages.append(current)

    chunks, seen = [], set()
    for position, units_ in enumerate(passages):
        # Paragraph breaks survive inside a passage, so headings stay separate from the sentence after them.
        text = "".join(("\n" if starts and i else " " if i else "") + sentence for i, (sentence, starts) in enumerate(units_))
        cid = chunk_id(article.doc, text)
        if cid in seen:  # a repeated passage in one article is indexed once
            continue
        seen.add(cid)
        chunks.append(Chunk(id=cid, doc=article.doc, title=article.title, lang=article.lang, text=text, position=position))
    return chunks


def _is_heading(sentence: str) -> bool:
    return len(sentence) < 120 and not sentence.rstrip("»”\"' ").endswith((".", "!", "?", "…", ":"))
