"""The read-side index that the web queries read: the store attached read-only (`mode=ro`) to
an in-memory SQLite connection, which keeps one row per event (`ev`) and per participant
(`ev_actor`), rebuilt whenever the store changes, plus, built on first use, one row per source
sentence (`ev_mention`) and an FTS5 table over the sentences (`ev_fts`). It also chooses the
events that pass the filters, every filter a bound parameter.
"""

from __future__ import annotations

import sqlite3
import threading
import urllib.parse
from pathlib import Path

from wirecode.errors import StoreError
from wirecode.web.params import MAX_LIMIT, Filters, fts_query

__all__ = ["INDEX", "SENTENCES", "ReadIndex", "like_pattern"]

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


def like_pattern(text: str) -> str:
    """A LIKE pattern (with `ESCAPE '\\'`) that finds `text` anywhere, its wildcards taken
    as plain characters."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class ReadIndex:
    """The store attached read-only, with the read-side index over it; safe to share
    between threads."""

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
                        (value, like_pattern(value)),
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
            pattern = like_pattern(filters.place)
            code = country_of_query(filters.place) or ""
            params += [pattern, pattern, filters.place.upper(), code]
        return source, " AND ".join(where), params
