"""The PostgreSQL store: the same tables and public methods as the SQLite store.

`--db postgresql://…` (extra `wirecode[postgres]`, psycopg 3) selects it. A document and its
mentions are written in one transaction; `replace_events` rewrites every event in one
transaction, so readers on other connections see either the old or the new events.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from wirecode.errors import StoreError
from wirecode.records import DateValue, Document, Event, Mention
from wirecode.serialize import mention_from_dict, mention_to_dict
from wirecode.store.sql import event_filter, event_rows
from wirecode.store.sqlite import _document, _like

logger = logging.getLogger(__name__)

T = TypeVar("T")

STREAM_ROWS = 2_000  # rows per round trip of a streamed query
INSTALL_HINT = 'install the PostgreSQL extra: pip install "wirecode[postgres]"'

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, paths TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT,
    published TEXT, published_basis TEXT NOT NULL, text TEXT NOT NULL, coder TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    id BIGSERIAL PRIMARY KEY,
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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


def _connect(url: str):
    try:
        import psycopg
    except ImportError as error:
        raise StoreError(f"cannot open {url}: {INSTALL_HINT}") from error
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        raise StoreError(f"cannot connect to {url}: {str(error).strip()}") from error


class PostgresStore:
    """One wirecode database on a PostgreSQL server."""

    def __init__(self, url: str) -> None:
        self.path = url
        self.db = _connect(url)
        import psycopg

        try:
            with self.db.transaction():
                # one schema creation at a time when several runs start together
                self.db.execute("SELECT pg_advisory_xact_lock(7312)")
                self.db.execute(SCHEMA)
                self._check_version()
        except psycopg.Error as error:
            self.db.close()
            raise StoreError(f"cannot use database {url}: {str(error).strip()}") from error
        except StoreError:
            self.db.close()
            raise

    def _check_version(self) -> None:
        """Upgrade an older database in place (store/migrations.py), refuse a newer one."""
        from wirecode.store.migrations import upgrade_postgres

        upgrade_postgres(self.db, path=self.path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- documents and mentions ----------------------------------------------------------
    def known_document(self, document_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE id=%s", (document_id,)).fetchone()
        return row is not None

    def add_path(self, document_id: str, path: str | None) -> None:
        """Record another path of a known document; its `path` is the smallest."""
        if not path:
            return
        with self.db.transaction():
            row = self.db.execute(
                "SELECT paths FROM documents WHERE id=%s FOR UPDATE", (document_id,)
            ).fetchone()
            paths = sorted(set(json.loads(row[0])) | {path})
            self.db.execute(
                "UPDATE documents SET paths=%s, path=%s WHERE id=%s",
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
        with self.db.transaction(), self.db.cursor() as cursor:
            cursor.execute(
                "INSERT INTO documents VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
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
            cursor.executemany(
                "INSERT INTO mentions(document, event, data) VALUES (%s,%s,%s)",
                [(m.document, m.event, json.dumps(mention_to_dict(m))) for m in mentions],
            )
            return then() if then is not None else None

    def _stream(self, query: str) -> Iterator[tuple]:
        """The rows of a query, fetched from the server in chunks (a named cursor), never
        all at once: a store of millions of mentions does not have to fit in memory."""
        name = f"wirecode_{uuid.uuid4().hex}"
        with self.db.transaction(), self.db.cursor(name=name) as cursor:
            cursor.itersize = STREAM_ROWS
            cursor.execute(query)
            yield from cursor

    def documents(self) -> Iterator[Document]:
        yield from (_document(row) for row in self._stream("SELECT * FROM documents ORDER BY id"))

    def document(self, document_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id=%s", (document_id,)).fetchone()
        return _document(row) if row else None

    def mentions(self) -> Iterator[Mention]:
        for (data,) in self._stream("SELECT data FROM mentions ORDER BY id"):
            yield mention_from_dict(json.loads(data))

    def published_dates(self) -> dict[str, dt.date | None]:
        found = {}
        for doc_id, published in self.db.execute("SELECT id, published FROM documents"):
            found[doc_id] = DateValue.from_dict(json.loads(published)).end if published else None
        return found

    def outlets(self) -> dict[str, str | None]:
        return dict(self.db.execute("SELECT id, outlet FROM documents").fetchall())

    # -- events ----------------------------------------------------------------------------
    def replace_events(self, events: Iterable[Event]) -> int:
        documents = {d.id: d for d in self.documents()}
        rows, actors = event_rows(events, documents)
        with self.db.transaction(), self.db.cursor() as cursor:
            cursor.execute("DELETE FROM event_actors")
            cursor.execute("DELETE FROM events")
            cursor.executemany("INSERT INTO events VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)", rows)
            cursor.executemany("INSERT INTO event_actors VALUES (%s,%s,%s,%s)", actors)
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
            actor=actor, event=event, since=since, until=until, status=status, like="ILIKE"
        )
        return [
            json.loads(d) for (d,) in self.db.execute(query.replace("?", "%s"), params).fetchall()
        ]

    def event(self, event_id: str) -> dict | None:
        row = self.db.execute("SELECT data FROM events WHERE id=%s", (event_id,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT data FROM events WHERE id LIKE %s ESCAPE '\\' ORDER BY id",
                (_like(event_id) + "%",),
            ).fetchone()
        return json.loads(row[0]) if row else None

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "mentions", "events")
        }
