"""Files -> Article: read .txt/.md/.html, detect language and title, drop boilerplate.

The file in corpus/ is never modified; only what gets indexed is cleaned.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterable

from assistant.errors import UnsupportedDocument
from assistant.text import detect_language
from assistant.types import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Lines that are page furniture, not article text: newsletter blurbs, share/comment prompts,
# "read also" links, shop adverts. Matched on the whole line, case-insensitively.
_BOILERPLATE = re.compile(
    r"""^(
        \[?\s*(read|lire|lire\ aussi|read\ more|see\ also|voir\ aussi)\s*:.*\]?
      | (leave|post|add)\ (a\ )?comments?
      | your\ email\ address\ will\ not\ be\ published.*
      | required\ fields\ are\ marked.*
      | (share|partager)(\ (this|l['’]))?\ ?(article|story|post)?
      | .*\bnewsletter\b.*
      | recevez\ gratuitement.*
      | (subscribe|abonnez-vous|inscrivez-vous|sign\ up)\b.*
      | tout\ comme\ vous,\ nous\ n['’]appr[ée]cions\ pas\ le\ spam.*
      | vos\ coordonn[ée]es\ ne\ seront\ transmises.*
      | .*\b\d+\ an\ d['’]abonnement\b.*
      | [àa]\ propos\ de\ nous | about\ us
      | le\ portail\ francophone\ consacr[ée].*
      | (tags?|mots[- ]cl[ée]s|cat[ée]gories?)\s*:.*
      | (photo|image|cr[ée]dit)s?\s*:.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Markers after which the rest of a page is footer (comments, shop, about), when they appear late.
_FOOTER_START = re.compile(r"^(leave comment|recevez gratuitement|partager l['’]article|à propos de nous)", re.IGNORECASE)
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s+", re.IGNORECASE)
_MAX_TITLE = 160
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def read_article(path: Path, max_bytes: int | None = None) -> Article:
    """Read one file into an Article, or raise UnsupportedDocument saying why."""
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise UnsupportedDocument(f"{path.name}: unsupported file type {path.suffix or '(none)'}; use .txt, .md or .html")
    try:
        size = path.stat().st_size
        # Checked before reading, so a huge file is never loaded into memory.
        if max_bytes is not None and size > max_bytes:
            raise UnsupportedDocument(f"{path.name}: file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedDocument(f"{path.name}: could not be read ({exc.strerror or type(exc).__name__})") from None
    return parse_article(path.name, data, source=str(path), max_bytes=max_bytes)


def parse_article(name: str, data: bytes, source: str = "", max_bytes: int | None = None) -> Article:
    """Parse raw bytes of a .txt/.md/.html file named `name` into an Article."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedDocument(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
    if max_bytes is not None and len(data) > max_bytes:
        raise UnsupportedDocument(f"{name}: file is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if not data:
        raise UnsupportedDocument(f"{name}: file is empty")
    if b"\x00" in data:
        raise UnsupportedDocument(f"{name}: looks like a binary file, not text")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnsupportedDocument(f"{name}: not valid UTF-8 text (byte {exc.start})") from None
    if _looks_binary(raw):
        raise UnsupportedDocument(f"{name}: looks like a binary file, not text")
    raw = _CONTROL.sub(" ", raw)  # a stray control character is noise in a passage, and in a Slack or web reply

    html_title = ""
    if suffix in (".html", ".htm"):
        raw, html_title = _html_to_text(name, raw)
    elif suffix in (".md", ".markdown"):
        raw = _markdown_to_text(raw)

    lines = clean_lines(raw)
    if not lines or sum(len(line) for line in lines) < 40:
        raise UnsupportedDocument(f"{name}: no article text found")
    text = "\n".join(lines)
    return Article(
        doc=name,
        title=_title(lines, html_title) or Path(name).stem,
        lang=detect_language(text),  # type: ignore[arg-type]
        text=text,
        source=source,
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def _looks_binary(text: str) -> bool:
    """Valid UTF-8 can still be a binary blob: text has few control characters besides tabs and line breaks."""
    sample = text[:20_000]
    controls = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\v") or "\x7f" <= ch <= "\x9f")
    return controls > max(8, len(sample) // 100)


def clean_lines(raw: str) -> list[str]:
    """The article's lines without boilerplate, stray numbers, tag lists or repeated captions."""
    lines = [re.sub(r"[ \t\u00a0]+", lambda m: " " if "\u00a0" not in m.group() else m.group(), ln).strip() for ln in raw.splitlines()]
    lines = [ln for ln in lines if ln]
    if lines:
        lines[0] = _DATE_PREFIX.sub("", lines[0])
    # Cut the footer where a footer marker appears in the last part of the page.
    for i, line in enumerate(lines):
        if i >= len(lines) * 0.5 and _FOOTER_START.match(line):
            lines = lines[:i]
            break
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _BOILERPLATE.match(line) or re.fullmatch(r"[\d\s.,:;/|+\-–—%€$]*", line):
            continue
        if i > 0 and _is_fragment(line):
            continue
        kept.append(line)
    return kept


def _is_fragment(line: str) -> bool:
    """A short line without sentence punctuation: a caption, tag list or menu item, not article text."""
    n_words = len(line.split())
    return n_words < 4 and not re.search(r"[.!?:»”\"]$", line)


def _title(lines: list[str], html_title: str) -> str:
    """The page title, else a headline first line, else the first sentence cut at a word boundary."""
    if html_title:
        return html_title.strip()[:_MAX_TITLE]
    first = lines[0]
    if len(first) <= _MAX_TITLE and not re.search(r"[.!?]$", first):
        return first.rstrip("’'\" ")
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) > 100:
        sentence = sentence[:100].rsplit(" ", 1)[0] + "…"
    return sentence


def _html_to_text(name: str, html: str) -> tuple[str, str]:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(html) if text else None
    except Exception as exc:  # a parser failure on hostile markup is a bad file, not a crash
        raise UnsupportedDocument(f"{name}: the HTML could not be read ({type(exc).__name__})") from None
    if not text:
        raise UnsupportedDocument(f"{name}: no article text found in the HTML")
    title = (meta.title if meta and meta.title else "") or ""
    return text, title


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their words
    text = re.sub(r"(\*\*|__|\*|_|`)(.+?)\1", r"\2", text)
    return text


def iter_corpus_files(paths: Iterable[Path]) -> list[Path]:
    """Supported files under the given files/folders, sorted, hidden files skipped."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("."))
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")
    return found
