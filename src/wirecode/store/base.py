"""What the SQLite and PostgreSQL stores do alike, written once.

`Store` holds the tables' DDL and every public method; its queries use `?` placeholders and
run through `wirecode.store.sql`, which spells them for either driver. A backend
(`sqlite.py`, `postgres.py`) opens the connection as `self.db`, creates the schema, runs
the migrations, and sets what differs: the column type of a serial key, the
case-insensitive LIKE, the lock on a row read for update, and how a whole table is read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Self, TypeVar

from wirecode.errors import AmbiguousId
from wirecode.records import DateValue, Document, Event, Mention
from wirecode.serialize import mention_from_dict, mention_to_dict
from wirecode.store.sql import (
    escape_like,
    event_filter,
    event_rows,
    execute,
    executemany,
    transaction,
)

T = TypeVar("T")
AMBIGUOUS_SHOWN = 5  # the ids an ambiguous prefix error names

# schema 1, the base DDL of both stores (store/migrations.py takes it further);
# {serial} is the backend's auto-numbered integer key
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, paths TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT,
    published TEXT, published_basis TEXT NOT NULL, text TEXT NOT NULL, coder TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    id {serial}, document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
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


class Closing:
    """Closed (by its `close()`) at the end of a `with` block."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Store(Closing):
    """The documents, their mentions and the merged events, on an open connection `db`."""

    # set by each backend
    db: Any  # a sqlite3 or psycopg connection
    path: str  # the file or URL, for messages
    LIKE: str  # the LIKE that ignores case (for the actor filter)
    FOR_UPDATE: str  # appended to a SELECT of a row that is then updated

    def close(self) -> None:
        self.db.close()

    def _scan(self, query: str) -> Iterable[tuple]:
        """The rows of a query over a whole table, as the driver hands them over."""
        return execute(self, query)

    # -- documents and mentions ----------------------------------------------------------
    def known_document(self, document_id: str) -> bool:
        row = execute(self, "SELECT 1 FROM documents WHERE id=?", (document_id,)).fetchone()
        return row is not None

    def add_path(self, document_id: str, path: str | None) -> None:
        """Record another path of a known document; its `path` is the smallest."""
        if not path:
            return
        with transaction(self):
            row = execute(
                self, f"SELECT paths FROM documents WHERE id=?{self.FOR_UPDATE}", (document_id,)
            ).fetchone()
            paths = sorted(set(json.loads(row[0])) | {path})
            execute(
                self,
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
        with transaction(self):
            execute(
                self,
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
            executemany(
                self,
                "INSERT INTO mentions(document, event, data) VALUES (?,?,?)",
                [(m.document, m.event, json.dumps(mention_to_dict(m))) for m in mentions],
            )
            return then() if then is not None else None

    def documents(self) -> Iterator[Document]:
        for row in self._scan("SELECT * FROM documents ORDER BY id"):
            yield _document(row)

    def document(self, document_id: str) -> Document | None:
        row = execute(self, "SELECT * FROM documents WHERE id=?", (document_id,)).fetchone()
        return _document(row) if row else None

    def mentions(self) -> Iterator[Mention]:
        for (data,) in self._scan("SELECT data FROM mentions ORDER BY id"):
            yield mention_from_dict(json.loads(data))

    def published_dates(self) -> dict[str, dt.date | None]:
        found = {}
        for doc_id, published in execute(self, "SELECT id, published FROM documents"):
            found[doc_id] = DateValue.from_dict(json.loads(published)).end if published else None
        return found

    def outlets(self) -> dict[str, str | None]:
        return dict(execute(self, "SELECT id, outlet FROM documents"))

    # -- events ----------------------------------------------------------------------------
    def replace_events(self, events: Iterable[Event]) -> int:
        documents = {d.id: d for d in self.documents()}
        rows, actors = event_rows(events, documents)
        with transaction(self):
            execute(self, "DELETE FROM event_actors")
            execute(self, "DELETE FROM events")
            executemany(self, "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?)", rows)
            executemany(self, "INSERT INTO event_actors VALUES (?,?,?,?)", actors)
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
            actor=actor, event=event, since=since, until=until, status=status, like=self.LIKE
        )
        return [json.loads(d) for (d,) in execute(self, query, params)]

    def event(self, event_id: str) -> dict | None:
        """The event with this id, else the one event whose id starts with it. A prefix that
        several ids start with raises `AmbiguousId` naming them: any one of them would be a
        guess, and a correction would change the wrong event."""
        row = execute(self, "SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
        if row is not None:
            return json.loads(row[0])
        rows = execute(
            self,
            "SELECT id, data FROM events WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (escape_like(event_id) + "%", AMBIGUOUS_SHOWN + 1),
        ).fetchall()
        if len(rows) > 1:
            raise AmbiguousId("event", event_id, [r[0] for r in rows[:AMBIGUOUS_SHOWN]])
        return json.loads(rows[0][1]) if rows else None

    def counts(self) -> dict[str, int]:
        return {
            table: execute(self, f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "mentions", "events")
        }


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
