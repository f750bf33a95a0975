"""The checked parameters of the web UI and its JSON twin: every one is checked here, and a bad
one raises `BadParameter` with a message that names it and its value.

`check_filters` turns the raw filters of the timeline, the graph and the map into `Filters`;
`check_page`, `check_id` and `check_text` check a page, an id and any text parameter.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass

from wirecode.errors import WirecodeError
from wirecode.records import EVENT_TYPES, STATUSES

__all__ = [
    "DEFAULT_LIMIT",
    "EVENT_TYPES",
    "MAX_LIMIT",
    "MAX_TEXT",
    "STATUSES",
    "BadParameter",
    "Filters",
    "check_filters",
    "check_id",
    "check_page",
    "check_text",
    "fts_query",
]

MAX_TEXT = 200  # characters in any text parameter
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ID = re.compile(r"^[\w.:@+-]{1,200}$")
_WORD = re.compile(r"\w+")


class BadParameter(WirecodeError):
    """A query parameter is not valid: the message names it, its value and what is allowed."""


@dataclass(frozen=True, slots=True)
class Filters:
    """The checked filters of the timeline and the graph (`None` leaves one out)."""

    actor: str | None = None
    with_actor: str | None = None
    event: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int | None = None
    q: str | None = None
    place: str | None = None  # issue 9: event's place name, or its country (name or code)

    def to_dict(self) -> dict:
        """The filters in force, named as the query parameters are."""
        names = {"with_actor": "with"}
        return {names.get(k, k): v for k, v in asdict(self).items() if v not in (None, "")}


def check_text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise BadParameter(f"{name}: at most {MAX_TEXT} characters (got {len(value)})")
    if "\x00" in value:
        raise BadParameter(f"{name}: must not contain a NUL character")
    return value or None


def _date(name: str, value: str | None, *, end: bool) -> str | None:
    value = check_text(name, value)
    if value is None:
        return None
    match = _DATE.match(value)
    if not match:
        raise BadParameter(f"{name}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            date = dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        elif day is None:
            last = calendar.monthrange(year, month)[1]
            date = dt.date(year, month, last if end else 1)
        else:
            date = dt.date(year, month, day)
    except ValueError as error:
        raise BadParameter(f"{name}: {value!r} is not a date ({error})") from None
    return date.isoformat()


def _count(name: str, value: int | str | None) -> int | None:
    """A whole number from 0 to 1,000,000; an empty form field means no filter."""
    if isinstance(value, str):
        value = check_text(name, value)
        if value is None:
            return None
        if not value.isdigit():
            raise BadParameter(f"{name}: {value[:40]!r} is not a whole number")
        value = int(value)
    if value is not None and not 0 <= value <= 1_000_000:
        raise BadParameter(f"{name}: must be between 0 and 1000000 (got {value})")
    return value


def check_filters(
    *,
    actor: str | None = None,
    with_actor: str | None = None,
    event: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_sources: int | str | None = None,
    q: str | None = None,
    place: str | None = None,
) -> Filters:
    """Filters from raw parameters, or `BadParameter` saying what is wrong."""
    event = check_text("event", event)
    if event is not None:
        event = event.upper()
        if event not in EVENT_TYPES:
            raise BadParameter(f"event: {event!r} is not a PLOVER type ({', '.join(EVENT_TYPES)})")
    status = check_text("status", status)
    if status is not None and status not in STATUSES:
        raise BadParameter(f"status: {status!r} is not one of {', '.join(STATUSES)}")
    since = _date("since", since, end=False)
    until = _date("until", until, end=True)
    if since and until and since > until:
        raise BadParameter(f"since ({since}) is after until ({until})")
    min_sources = _count("min_sources", min_sources)
    q = check_text("q", q)
    if q is not None and not _WORD.search(q):
        raise BadParameter(f"q: {q!r} has no word to search for")
    return Filters(
        actor=check_text("actor", actor),
        with_actor=check_text("with", with_actor),
        event=event,
        status=status,
        since=since,
        until=until,
        min_sources=min_sources,
        q=q,
        place=check_text("place", place),
    )


def check_page(limit: int | None, offset: int | None) -> tuple[int, int]:
    limit = DEFAULT_LIMIT if limit is None else limit
    offset = offset or 0
    if not 1 <= limit <= MAX_LIMIT:
        raise BadParameter(f"limit: must be between 1 and {MAX_LIMIT} (got {limit})")
    if not 0 <= offset <= 10_000_000:
        raise BadParameter(f"offset: must be between 0 and 10000000 (got {offset})")
    return limit, offset


def check_id(kind: str, value: str) -> str:
    if not _ID.match(value):
        raise BadParameter(f"{kind} id: {value[:60]!r} is not a valid id")
    return value


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: every word must occur (each quoted, so no syntax)."""
    return " ".join(f'"{word}"' for word in _WORD.findall(q))
