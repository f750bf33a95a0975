"""Turn raw text into a Document: the seed header, normalisation and the content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from wirecode.records import DateValue, Document

# " date 2023-04-27 BEIJING: ..." — the header may be followed by the article on the same line.
HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*\n?")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")
# other line ends: vertical tab, form feed, NEL, line and paragraph separators
_LINE_ENDS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# control characters (terminal escapes included), zero-width and bidirectional controls, the
# soft hyphen and a BOM inside the text: invisible, and hostile to matching and to terminals
_INVISIBLE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
    r"\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
)
_SURROGATES = re.compile(r"[\ud800-\udfff]")
TITLE_MAX = 200
MAX_TEXT_CHARS = 30_000  # longer texts are split into parts (bounded spaCy time and memory)
EARLIEST = dt.date(1900, 1, 1)  # header and metadata dates outside these are ignored
LATEST = dt.date(2100, 12, 31)


def clean_string(text: str) -> str:
    """Text safe to store and print: no lone surrogates, controls or invisible characters."""
    text = _SURROGATES.sub("\ufffd", text)
    return _INVISIBLE.sub("", _LINE_ENDS.sub("\n", text))


def normalise_text(text: str) -> str:
    """NFC, unified line ends, no invisible characters, collapsed spaces, trimmed lines."""
    text = unicodedata.normalize("NFC", clean_string(text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def split_text(text: str, max_chars: int = MAX_TEXT_CHARS) -> list[str]:
    """`text` in parts of at most `max_chars`, cut at paragraphs, lines, sentences or spaces."""
    parts = []
    while len(text) > max_chars:
        window = text[:max_chars]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(mark)
            if cut > max_chars // 2:
                cut += len(mark)
                break
        else:
            cut = max_chars
        parts.append(text[:cut].strip())
        text = text[cut:].strip()
    parts.append(text)
    return [part for part in parts if part]


def document_id(text: str) -> str:
    """The id of a text: the same normalised text always gives the same id."""
    return "doc_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str) -> dt.date | None:
    """An ISO date (or the date part of an ISO datetime) from 1900 to 2100, else None."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        date = dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
    return date if EARLIEST <= date <= LATEST else None


def date_note(value: str, date: dt.date | None) -> str | None:
    """Why a date that was given is not used, or None."""
    if date is not None:
        return None
    return f"date {clean_string(value)[:40]!r} ignored (not a real date from 1900 to 2100)"


def guess_title(text: str) -> str | None:
    """The first line, when it is short and reads as a headline (no closing full stop)."""
    first = text.split("\n", 1)[0].strip()
    if first and len(first) <= TITLE_MAX and not first.endswith((".", ":")) and "\n" in text:
        return first
    return None


def make_document(
    text: str,
    *,
    path: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: dt.date | None = None,
    published_basis: str = "unknown",
) -> Document:
    """A Document from article text that is already free of headers."""
    text = normalise_text(text)
    date_value = None
    if published is not None:
        date_value = DateValue.day(published, text=published.isoformat(), basis=published_basis)
    else:
        published_basis = "unknown"
    return Document(
        id=document_id(text),
        text=text,
        path=path,
        url=_field(url),
        outlet=_field(outlet),
        title=_field(title) or guess_title(text),
        published=date_value,
        published_basis=published_basis,  # type: ignore[arg-type]
        paths=[path] if path else [],
    )


def _field(value: str | None) -> str | None:
    """A metadata string, cleaned, on one line, at most TITLE_MAX * 5 characters."""
    if not value:
        return None
    return " ".join(clean_string(value).split())[: TITLE_MAX * 5] or None


def read_header(raw: str) -> tuple[dt.date | None, str, str | None]:
    """(date, the text after the ` date YYYY-MM-DD` header, a note on a rejected date)."""
    match = HEADER.match(raw)
    if not match:
        return None, raw, None
    published = parse_date(match.group(1))
    return published, raw[match.end() :], date_note(match.group(1), published)


def parse_text_file(raw: str, *, path: str | None = None) -> Document:
    """A Document from the seed text format: an optional ` date YYYY-MM-DD` header, then text."""
    published, raw, _ = read_header(raw)
    basis = "header" if published else "unknown"
    return make_document(raw, path=path, published=published, published_basis=basis)
