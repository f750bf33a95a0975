"""The SQLite store (WAL mode): documents, their mentions, and the merged events.

Documents are keyed by the hash of their text, so storing the same text twice only adds the
new path. Mentions belong to a document and are written with it in one transaction. Events
are derived: `replace_events` rewrites them all after each merge, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from wirecode.errors import StoreError
from wirecode.records import DateValue, Document, Event, Mention
from wirecode.serialize import mention_from_dict, mention_to_dict
from wirecode.store.sql import event_filter, event_rows

logger = logging.getLogger(__name__)

T = TypeVar("T")

SCHEMA_VERSION = 2  # the base DDL below is schema 1; store/migrations.py
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, paths TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT,
    published TEXT, published_basis TEXT NOT NULL, text TEXT NOT NULL, coder TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, event TEXT NOT NULL, mode TEXT,
    status TEXT NOT NULL, date_start TEXT, date_end TEXT, sources INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_actors_name ON event_actors(name);
"""


class SQLiteStore:
    """One wirecode database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            # readers and the one writer wait for each other up to 30 s, never "locked"
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA busy_timeout=30000")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            self._check_version()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open database {self.path}: {error}") from error

    def _check_version(self) -> None:
        """Upgrade an older database in place (store/migrations.py), refuse a newer one."""
        from wirecode.store.migrations import upgrade_sqlite

        upgrade_sqlite(self.db, path=self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- documents and mentions ----------------------------------------------------------
    def known_document(self, document_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM documents WHERE id=?", (document_id,)).fetchone()
            is not None
        )

    def add_path(self, document_id: str, path: str | None) -> None:
        """Record another path of a known document; its `path` is the smallest."""
        if not path:
            return
        row = self.db.execute("SELECT paths FROM documents WHERE id=?", (document_id,)).fetchone()
        paths = sorted(set(json.loads(row[0])) | {path})
        with self.db:
            self.db.execute(
                "UPDATE documents SET paths=?, path=? WHERE id=?",
                (json.dumps(paths), paths[0], document_id),
            )

    def add_document(
        self,
        document: Document,
        mentions: list[Mention],
        *,
        coder: str,
        then: Callable[[], T] | None = None,
    ) -> T | None:
        """A document and its mentions, in one transaction; `then` (its lineage:
        `dedup.CopyFinder.record`) runs inside that transaction, and its result is returned."""
        published = json.dumps(document.published.to_dict()) if document.published else None
        with self.db:
            self.db.execute(
                "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    document.id,
                    document.path,
                    json.dumps(sorted(document.paths)),
                    document.url,
                    document.outlet,
                    document.title,
                    published,
                    document.published_basis,
                    document.text,
                    coder,
                ),
            )
            self.db.executemany(
                "INSERT INTO mentions(document, event, data) VALUES (?,?,?)",
                [(m.document, m.event, json.dumps(mention_to_dict(m))) for m in mentions],
            )
            return then() if then is not None else None

    def documents(self) -> Iterator[Document]:
        for row in self.db.execute("SELECT * FROM documents ORDER BY id"):
            yield _document(row)

    def document(self, document_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id=?", (document_id,)).fetchone()
        return _document(row) if row else None

    def mentions(self) -> Iterator[Mention]:
        for (data,) in self.db.execute("SELECT data FROM mentions ORDER BY id"):
            yield mention_from_dict(json.loads(data))

    def published_dates(self) -> dict[str, dt.date | None]:
        found = {}
        for doc_id, published in self.db.execute("SELECT id, published FROM documents"):
            found[doc_id] = DateValue.from_dict(json.loads(published)).end if published else None
        return found

    def outlets(self) -> dict[str, str | None]:
        return dict(self.db.execute("SELECT id, outlet FROM documents"))

    # -- events ----------------------------------------------------------------------------
    def replace_events(self, events: Iterable[Event]) -> int:
        documents = {d.id: d for d in self.documents()}
        rows, actors = event_rows(events, documents)
        with self.db:
            self.db.execute("DELETE FROM event_actors")
            self.db.execute("DELETE FROM events")
            self.db.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", rows)
            self.db.executemany("INSERT INTO event_actors VALUES (?,?,?,?)", actors)
        return len(rows)

    def events(
        self,
        *,
        actor: str | None = None,
        event: str | None = None,
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
    ) -> list[dict]:
        """Stored events as event JSON, filtered; every filter is a bound parameter."""
        query, params = event_filter(
            actor=actor, event=event, since=since, until=until, status=status, like="LIKE"
        )
        return [json.loads(d) for (d,) in self.db.execute(query, params)]

    def event(self, event_id: str) -> dict | None:
        row = self.db.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT data FROM events WHERE id LIKE ? ESCAPE '\\'", (_like(event_id) + "%",)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "mentions", "events")
        }

    def integrity_check(self) -> str:
        """SQLite's own check of the file: "ok", or the first problem it finds."""
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _document(row) -> Document:
    published = DateValue.from_dict(json.loads(row[6])) if row[6] else None
    return Document(
        id=row[0],
        path=row[1],
        paths=json.loads(row[2]),
        url=row[3],
        outlet=row[4],
        title=row[5],
        published=published,
        published_basis=row[7],
        text=row[8],
    )
