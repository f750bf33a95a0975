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
TITLE_MAX = 200


def normalise_text(text: str) -> str:
    """NFC, unified line ends, collapsed runs of spaces, trimmed lines and ends."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def document_id(text: str) -> str:
    """The id of a text: the same normalised text always gives the same id."""
    return "doc_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str) -> dt.date | None:
    """An ISO date (or the date part of an ISO datetime), else None."""
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


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
        url=url,
        outlet=outlet,
        title=title or guess_title(text),
        published=date_value,
        published_basis=published_basis,  # type: ignore[arg-type]
        paths=[path] if path else [],
    )


def parse_text_file(raw: str, *, path: str | None = None) -> Document:
    """A Document from the seed text format: an optional ` date YYYY-MM-DD` header, then text."""
    published = None
    match = HEADER.match(raw)
    if match:
        published = parse_date(match.group(1))
        raw = raw[match.end() :]
    basis = "header" if published else "unknown"
    return make_document(raw, path=path, published=published, published_basis=basis)
