"""The one query layer behind every page of the web UI and its JSON twin (as in datasette).

`Queries` opens the store read-only (`mode=ro`) from an in-memory SQLite connection that
attaches it, and keeps a small read-side index there: one row per event (`ev`) and per
participant (`ev_actor`), rebuilt whenever the store changes, plus, built on first use, one
row per source sentence (`ev_mention`) and an FTS5 table over the sentences (`ev_fts`).
Every filter is a bound parameter; every parameter is checked here, and a bad one raises
`BadParameter` with a message that names it and its value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import re
import sqlite3
import threading
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path

from wirecode.errors import StoreError, WirecodeError

logger = logging.getLogger(__name__)

EVENT_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()
STATUSES = ("occurred", "planned", "hypothetical", "negated")
MAX_TEXT = 200  # characters in any text parameter
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_EDGES = 500
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ID = re.compile(r"^[\w.:@+-]{1,200}$")
_WORD = re.compile(r"\w+")

INDEX = """
CREATE TABLE ev (position INTEGER PRIMARY KEY, id TEXT UNIQUE, event TEXT, mode TEXT,
                 status TEXT, date_start TEXT, date_end TEXT, sources INTEGER);
INSERT INTO ev SELECT position, id, event, mode, status, date_start, date_end, sources
               FROM store.events;
CREATE TABLE ev_actor (position INTEGER, event_id TEXT, actor_id TEXT, name TEXT,
                       country TEXT, sector TEXT, role TEXT);
INSERT INTO ev_actor
  SELECT e.position, e.id, json_extract(a.value, '$.id'), json_extract(a.value, '$.name'),
         json_extract(a.value, '$.country'), json_extract(a.value, '$.sector'), 'actor'
  FROM store.events e, json_each(e.data, '$.actors') a
  UNION ALL
  SELECT e.position, e.id, json_extract(a.value, '$.id'), json_extract(a.value, '$.name'),
         json_extract(a.value, '$.country'), json_extract(a.value, '$.sector'), 'recipient'
  FROM store.events e, json_each(e.data, '$.recipients') a;
CREATE INDEX ev_actor_event ON ev_actor(event_id);
CREATE INDEX ev_actor_actor ON ev_actor(actor_id, position);
CREATE TABLE actor_name AS SELECT DISTINCT actor_id, name FROM ev_actor;
"""
SENTENCES = """
CREATE TABLE ev_mention (position INTEGER, event_id TEXT, document TEXT, start INTEGER,
                         end INTEGER, sentence TEXT);
INSERT INTO ev_mention
  SELECT e.position, e.id, json_extract(m.value, '$.document'),
         json_extract(m.value, '$.start'), json_extract(m.value, '$.end'),
         json_extract(m.value, '$.sentence')
  FROM store.events e, json_each(e.data, '$.mentions') m;
CREATE INDEX ev_mention_document ON ev_mention(document);
CREATE VIRTUAL TABLE ev_fts USING fts5(text, tokenize='unicode61');
INSERT INTO ev_fts(rowid, text)
  SELECT position, group_concat(sentence, ' ') FROM
    (SELECT DISTINCT position, sentence FROM ev_mention) GROUP BY position;
"""


def quote_text(quote) -> str:
    """A quote said during a contact, as one line: who said what (and how)."""
    if isinstance(quote, str):
        return quote
    speaker = (quote.get("speaker") or {}).get("name") or quote.get("source") or "?"
    return f"{speaker} ({quote.get('cue', '')}): \u201c{quote.get('content', '')}\u201d"


class BadParameter(WirecodeError):
    """A query parameter is not valid: the message names it, its value and what is allowed."""


class NotFound(WirecodeError):
    """No such event, actor or document."""


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


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise BadParameter(f"{name}: at most {MAX_TEXT} characters (got {len(value)})")
    if "\x00" in value:
        raise BadParameter(f"{name}: must not contain a NUL character")
    return value or None


def _date(name: str, value: str | None, *, end: bool) -> str | None:
    value = _text(name, value)
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
        value = _text(name, value)
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
    event = _text("event", event)
    if event is not None:
        event = event.upper()
        if event not in EVENT_TYPES:
            raise BadParameter(f"event: {event!r} is not a PLOVER type ({', '.join(EVENT_TYPES)})")
    status = _text("status", status)
    if status is not None and status not in STATUSES:
        raise BadParameter(f"status: {status!r} is not one of {', '.join(STATUSES)}")
    since = _date("since", since, end=False)
    until = _date("until", until, end=True)
    if since and until and since > until:
        raise BadParameter(f"since ({since}) is after until ({until})")
    min_sources = _count("min_sources", min_sources)
    q = _text("q", q)
    if q is not None and not _WORD.search(q):
        raise BadParameter(f"q: {q!r} has no word to search for")
    return Filters(
        actor=_text("actor", actor),
        with_actor=_text("with", with_actor),
        event=event,
        status=status,
        since=since,
        until=until,
        min_sources=min_sources,
        q=q,
        place=_text("place", place),
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


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def event_label(event: dict) -> str:
    """`Xi Jinping, Vladimir Putin` or `Volodymyr Zelensky → Xi Jinping`."""
    names = ", ".join(a["name"] for a in event.get("actors") or [])
    recipients = ", ".join(a["name"] for a in event.get("recipients") or [])
    return f"{names} → {recipients}" if recipients else names


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of an article's text, with the keys (event ids) of the spans covering it."""

    text: str
    keys: tuple[str, ...] = ()


def locate(text: str, start: int | None, end: int | None, sentence: str | None):
    """The (start, end) of a sentence in its text; offsets first, else a search, else None."""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if not sentence or text[start:end] == sentence:
            return start, end
    if sentence:
        found = text.find(sentence)
        if found >= 0:
            return found, found + len(sentence)
    return None


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Cut `text` at every span boundary; each piece knows which spans cover it."""
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        keys = tuple(dict.fromkeys(k for s, e, k in spans if s <= a and b <= e))
        pieces.append(Segment(text[a:b], keys))
    return pieces


class Queries:
    """Read-only queries over one wirecode database; safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"no database {path}: create it with `wirecode run PATH --db {path}`")
        self.path = str(path)
        self._lock = threading.RLock()
        self.db = sqlite3.connect("file::memory:", uri=True, check_same_thread=False)
        uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
        try:
            self.db.execute("ATTACH DATABASE ? AS store", (uri,))
            self.db.execute("SELECT 1 FROM store.events LIMIT 1").fetchall()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot read database {path}: {error}") from error
        self._version: int | None = None
        self._sentences = False

    def close(self) -> None:
        self.db.close()

    # -- the read-side index -------------------------------------------------------------
    def _fresh(self) -> sqlite3.Connection:
        """The connection, with the index rebuilt if the store changed since it was built."""
        version = self.db.execute("PRAGMA store.data_version").fetchone()[0]
        if version != self._version:
            with self.db:
                for table in ("ev_fts", "ev_mention", "actor_name", "ev_actor", "ev"):
                    self.db.execute(f"DROP TABLE IF EXISTS main.{table}")
            self.db.executescript(INDEX)
            self._version, self._sentences = version, False
        return self.db

    def _with_sentences(self) -> sqlite3.Connection:
        db = self._fresh()
        if not self._sentences:
            db.executescript(SENTENCES)
            self._sentences = True
        return db

    def _where(self, filters: Filters) -> tuple[str, str, list]:
        """(FROM clause, WHERE clause, parameters) choosing the events that pass `filters`.

        Actors and words give small sets of positions: their intersection drives the query
        (CROSS JOIN keeps that order), so a rare actor does not scan every event.
        """
        sets, params = [], []
        for value in (filters.actor, filters.with_actor):
            if value:
                ids = [
                    i
                    for (i,) in self.db.execute(
                        "SELECT DISTINCT actor_id FROM actor_name WHERE actor_id = ? "
                        "OR name LIKE ? ESCAPE '\\'",
                        (value, _like(value)),
                    )
                ][:MAX_LIMIT]
                marks = ",".join("?" * len(ids)) or "NULL"
                sets.append(f"SELECT position FROM ev_actor WHERE actor_id IN ({marks})")
                params += ids
        if filters.q:
            sets.append("SELECT rowid AS position FROM ev_fts WHERE ev_fts MATCH ?")
            params.append(fts_query(filters.q))
        source = "ev"
        if sets:
            source = f"({' INTERSECT '.join(sets)}) AS chosen CROSS JOIN ev USING (position)"
        where = ["1=1"]
        for column in ("event", "status"):
            if getattr(filters, column):
                where.append(f"ev.{column} = ?")
                params.append(getattr(filters, column))
        if filters.since:
            where.append("ev.date_end >= ?")
            params.append(filters.since)
        if filters.until:
            where.append("ev.date_start <= ?")
            params.append(filters.until)
        if filters.min_sources:
            where.append("ev.sources >= ?")
            params.append(filters.min_sources)
        if filters.place:  # issue 9: the place's name or words, or its country
            from wirecode.places.query import country_of_query

            where.append(
                "ev.id IN (SELECT id FROM store.events WHERE "
                "json_extract(data, '$.location.name') LIKE ? ESCAPE '\\' "
                "OR json_extract(data, '$.location.text') LIKE ? ESCAPE '\\' "
                "OR json_extract(data, '$.location.country') IN (?, ?))"
            )
            pattern = _like(filters.place)
            code = country_of_query(filters.place) or ""
            params += [pattern, pattern, filters.place.upper(), code]
        return source, " AND ".join(where), params

    # -- pages -------------------------------------------------------------------------------
    def overview(self) -> dict:
        with self._lock:
            db = self._fresh()
            counts = {
                table: db.execute(f"SELECT count(*) FROM store.{table}").fetchone()[0]
                for table in ("documents", "mentions", "events")
            }
            counts["actors"] = db.execute(
                "SELECT count(DISTINCT actor_id) FROM ev_actor"
            ).fetchone()[0]
            span = db.execute("SELECT min(date_start), max(date_end) FROM ev").fetchone()
            types = db.execute(
                "SELECT event, count(*) FROM ev GROUP BY event ORDER BY 2 DESC"
            ).fetchall()
            documents = [
                {
                    "id": row[0],
                    "path": row[1],
                    "title": row[2],
                    "outlet": row[3],
                    "published": row[4],
                }
                for row in db.execute(
                    "SELECT id, path, title, outlet, json_extract(published, '$.value') "
                    "FROM store.documents ORDER BY path, id LIMIT 200"
                )
            ]
        return {
            "database": Path(self.path).name,
            "counts": counts,
            "first": span[0],
            "last": span[1],
            "event_types": dict(types),
            "documents": documents,
        }

    def timeline(self, filters: Filters, *, limit: int, offset: int) -> dict:
        with self._lock:
            db = self._with_sentences() if filters.q else self._fresh()
            source, where, params = self._where(filters)
            total = db.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]
            rows = db.execute(
                f"SELECT s.data FROM (SELECT ev.id, ev.position FROM {source} WHERE {where} "
                "ORDER BY ev.position LIMIT ? OFFSET ?) AS page "
                "JOIN store.events s ON s.id = page.id ORDER BY page.position",
                [*params, limit, offset],
            ).fetchall()
        events = [json.loads(data) for (data,) in rows]
        return {
            "filters": filters.to_dict(),
            "total": total,
            "limit": limit,
            "offset": offset,
            "count": len(events),
            "events": events,
        }

    def map(self, filters: Filters) -> dict:
        """Places with the events that happened there (issue 9), for the map view."""
        with self._lock:
            db = self._with_sentences() if filters.q else self._fresh()
            source, where, params = self._where(filters)
            rows = db.execute(
                f"SELECT s.data FROM (SELECT ev.id, ev.position FROM {source} WHERE {where}) "
                "AS page JOIN store.events s ON s.id = page.id "
                "WHERE json_extract(s.data, '$.location.lat') IS NOT NULL "
                "ORDER BY page.position LIMIT ?",
                [*params, MAX_LIMIT * 10],
            ).fetchall()
        places: dict[str, dict] = {}
        for (data,) in rows:
            event = json.loads(data)
            where_ = event["location"]
            key = where_.get("id") or where_["name"]
            place = places.setdefault(
                key,
                {
                    key_: where_.get(key_)
                    for key_ in ("id", "name", "country", "lat", "lon", "level")
                }
                | {"events": []},
            )
            place["events"].append(
                {"id": event["id"], "label": event_label(event), "date": event.get("date")}
            )
        found = sorted(places.values(), key=lambda p: (-len(p["events"]), p["name"]))
        return {
            "filters": filters.to_dict(),
            "places": found,
            "events": sum(len(p["events"]) for p in found),
        }

    def graph(self, filters: Filters) -> dict:
        """Actors as nodes (value: their events), contacts as edges (value: shared events)."""
        with self._lock:
            db = self._with_sentences() if filters.q else self._fresh()
            source, where, params = self._where(filters)
            chosen = f"SELECT ev.id FROM {source} WHERE {where}"
            edges = db.execute(
                "SELECT a.actor_id, b.actor_id, count(DISTINCT a.event_id) AS n "
                "FROM ev_actor a JOIN ev_actor b ON a.event_id = b.event_id "
                f"AND a.actor_id < b.actor_id WHERE a.event_id IN ({chosen}) "
                "GROUP BY a.actor_id, b.actor_id ORDER BY n DESC, a.actor_id, b.actor_id "
                "LIMIT ?",
                [*params, MAX_EDGES],
            ).fetchall()
            nodes = db.execute(
                "SELECT actor_id, min(name), min(country), min(sector), "
                "count(DISTINCT event_id) FROM ev_actor "
                f"WHERE event_id IN ({chosen}) GROUP BY actor_id ORDER BY 5 DESC, 2",
                params,
            ).fetchall()
        linked = {a for a, _, _ in edges} | {b for _, b, _ in edges}
        return {
            "filters": filters.to_dict(),
            "nodes": [
                {"id": i, "name": n, "country": c, "sector": s, "events": k}
                for i, n, c, s, k in nodes
                if i in linked or len(nodes) <= MAX_EDGES
            ],
            "edges": [
                {"id": f"{a}|{b}", "source": a, "target": b, "events": n} for a, b, n in edges
            ],
        }

    def actor_names(self, *, limit: int = MAX_LIMIT) -> list[str]:
        """Distinct actor names, for the filter form's suggestions."""
        with self._lock:
            rows = self._fresh().execute(
                "SELECT DISTINCT name FROM actor_name ORDER BY name LIMIT ?", (limit,)
            )
            return [name for (name,) in rows]

    def actors(self, *, name: str | None, limit: int, offset: int) -> dict:
        name = _text("name", name)
        with self._lock:
            db = self._fresh()
            where, params = "1=1", []
            if name:
                where, params = "(name LIKE ? ESCAPE '\\' OR actor_id = ?)", [_like(name), name]
            total = db.execute(
                f"SELECT count(DISTINCT actor_id) FROM ev_actor WHERE {where}", params
            ).fetchone()[0]
            rows = db.execute(
                "SELECT actor_id, min(name), min(country), min(sector), "
                "count(DISTINCT event_id), min(ev.date_start), max(ev.date_end) "
                f"FROM ev_actor JOIN ev ON ev.id = ev_actor.event_id WHERE {where} "
                "GROUP BY actor_id ORDER BY 5 DESC, 2 LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        keys = ("id", "name", "country", "sector", "events", "first", "last")
        return {
            "filters": {"name": name} if name else {},
            "total": total,
            "limit": limit,
            "offset": offset,
            "actors": [dict(zip(keys, row, strict=True)) for row in rows],
        }

    def actor(self, actor_id: str, *, limit: int = MAX_LIMIT) -> dict:
        check_id("actor", actor_id)
        with self._lock:
            db = self._fresh()
            row = db.execute(
                "SELECT actor_id, name, country, sector FROM ev_actor WHERE actor_id = ? LIMIT 1",
                (actor_id,),
            ).fetchone()
            if row is None:
                raise NotFound(f"no actor {actor_id!r}: /actors lists them")
            total = db.execute(
                "SELECT count(DISTINCT event_id) FROM ev_actor WHERE actor_id = ?", (actor_id,)
            ).fetchone()[0]
            events = [
                json.loads(data)
                for (data,) in db.execute(
                    "SELECT s.data FROM ev JOIN store.events s ON s.id = ev.id WHERE ev.id IN "
                    "(SELECT event_id FROM ev_actor WHERE actor_id = ?) "
                    "ORDER BY ev.position LIMIT ?",
                    (actor_id, limit),
                )
            ]
            counterparts = db.execute(
                "SELECT b.actor_id, min(b.name), min(b.country), count(DISTINCT b.event_id) "
                "FROM ev_actor a JOIN ev_actor b ON a.event_id = b.event_id "
                "AND b.actor_id != a.actor_id WHERE a.actor_id = ? "
                "GROUP BY b.actor_id ORDER BY 4 DESC, 2",
                (actor_id,),
            ).fetchall()
            by_year = db.execute(
                "SELECT coalesce(substr(date_start, 1, 4), 'undated'), count(*) FROM ev "
                "WHERE id IN (SELECT event_id FROM ev_actor WHERE actor_id = ?) "
                "GROUP BY 1 ORDER BY 1",
                (actor_id,),
            ).fetchall()
        quotes = [  # what this actor said during its contacts, as attributed at coding time
            {"event": e["id"], "date": e["date"], "text": quote_text(q), "path": None}
            for e in events
            for q in e.get("quotes", [])
            if (q.get("speaker") or {}).get("id") == actor_id
        ]
        keys = ("id", "name", "country", "sector")
        return {
            "actor": dict(zip(keys, row, strict=True)),
            "total": total,
            "by_year": dict(by_year),
            "counterparts": [
                {"id": i, "name": n, "country": c, "events": k} for i, n, c, k in counterparts
            ],
            "events": events,
            "quotes": quotes,
        }

    def event(self, event_id: str) -> dict:
        check_id("event", event_id)
        with self._lock:
            db = self._fresh()
            row = db.execute("SELECT data FROM store.events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise NotFound(f"no event {event_id!r}: /timeline lists them")
            event = json.loads(row[0])
            ids = list(dict.fromkeys(m["document"] for m in event["mentions"]))
            documents = [self._document_row(db, i) for i in ids]
            stored = {}
            for document_id in ids:
                for (data,) in db.execute(
                    "SELECT data FROM store.mentions WHERE document = ?", (document_id,)
                ):
                    m = json.loads(data)
                    if m.get("quotes"):
                        stored[(document_id, m.get("start"), m.get("end"))] = m["quotes"]
        sources = []
        for document in documents:
            if document is None:
                continue
            mine = [m for m in event["mentions"] if m["document"] == document["id"]]
            spans = []
            for m in mine:
                found = locate(document["text"], m.get("start"), m.get("end"), m.get("sentence"))
                if found:
                    spans.append((*found, event["id"]))
            quotes = [
                quote_text(q)
                for m in mine
                for q in stored.get((document["id"], m["start"], m["end"]), [])
            ]
            sources.append(
                {
                    **{k: v for k, v in document.items() if k != "text"},
                    "sentences": list(dict.fromkeys(m["sentence"] for m in mine)),
                    "quotes": list(dict.fromkeys(quotes)),
                    "segments": segments(document["text"], spans),
                }
            )
        return {"event": event, "label": event_label(event), "sources": sources}

    def document(self, document_id: str) -> dict:
        check_id("document", document_id)
        with self._lock:
            db = self._with_sentences()
            document = self._document_row(db, document_id)
            if document is None:
                raise NotFound(f"no document {document_id!r}: / lists them")
            rows = db.execute(
                "SELECT m.event_id, m.start, m.end, m.sentence, s.data FROM ev_mention m "
                "JOIN ev ON ev.id = m.event_id JOIN store.events s ON s.id = m.event_id "
                "WHERE m.document = ? ORDER BY ev.position, m.start",
                (document_id,),
            ).fetchall()
        events, spans = {}, []
        for event_id, start, end, sentence, data in rows:
            if event_id not in events:
                event = json.loads(data)
                events[event_id] = {k: v for k, v in event.items() if k != "mentions"}
                events[event_id]["label"] = event_label(event)
            found = locate(document["text"], start, end, sentence)
            if found:
                spans.append((*found, event_id))
        return {
            "document": document,
            "events": list(events.values()),
            "segments": segments(document["text"], spans),
        }

    def document_row(self, document_id: str) -> dict | None:
        """One document with its text, or None."""
        with self._lock:
            return self._document_row(self.db, document_id)

    @staticmethod
    def _document_row(db: sqlite3.Connection, document_id: str) -> dict | None:
        row = db.execute(
            "SELECT id, path, paths, url, outlet, title, json_extract(published, '$.value'), "
            "published_basis, text FROM store.documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            return None
        keys = ("id", "path", "paths", "url", "outlet", "title", "published", "published_basis")
        document = dict(zip(keys, row[:8], strict=True))
        document["paths"] = json.loads(document["paths"] or "[]")
        document["text"] = row[8]
        return document


def _unique_mentions(event: dict) -> list[dict]:
    seen, unique = set(), []
    for m in event["mentions"]:
        if (m["document"], m["sentence"]) not in seen:
            seen.add((m["document"], m["sentence"]))
            unique.append(m)
    return unique
