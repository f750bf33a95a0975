"""One SQL spelling for both stores: `?` placeholders and a transaction context.

The tables added by schema 2 (corrections, document lineage) are read and written by the
modules that own them (`wirecode.corrections`, `wirecode.dedup`) through these helpers, so
SQLite and PostgreSQL answer alike.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3


def is_sqlite(store) -> bool:
    return isinstance(store.db, sqlite3.Connection)


def execute(store, query: str, params: tuple | list = ()):
    """Run `query` (with `?` placeholders) on either store; returns the cursor."""
    if not is_sqlite(store):
        query = query.replace("?", "%s")
    return store.db.execute(query, params)


def executemany(store, query: str, rows: list) -> None:
    """Run `query` (with `?` placeholders) once per row of `rows` on either store."""
    if is_sqlite(store):
        store.db.executemany(query, rows)
        return
    with store.db.cursor() as cursor:
        cursor.executemany(query.replace("?", "%s"), rows)


def transaction(store):
    """A transaction on either store."""
    if is_sqlite(store):
        return store.db
    if hasattr(store.db, "transaction"):
        return store.db.transaction()
    return contextlib.nullcontext()


def blob(store, data: bytes):
    return sqlite3.Binary(data) if is_sqlite(store) else data


def escape_like(text: str) -> str:
    """`text` inside a LIKE pattern (with `ESCAPE '\\'`): its wildcards match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(text: str) -> str:
    """`text` as a LIKE pattern that matches it anywhere, its wildcards escaped."""
    return f"%{escape_like(text)}%"


def event_filter(
    *,
    actor: str | None = None,
    event: str | None = None,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    like: str = "LIKE",
) -> tuple[str, list[object]]:
    """The events query for the stores' `events()`, with `?` placeholders and bound values.

    `like` is the case-insensitive LIKE of the database (SQLite's LIKE ignores ASCII case;
    PostgreSQL needs ILIKE for both stores to answer alike)."""
    query = ["SELECT data FROM events WHERE 1=1"]
    params: list[object] = []
    if actor:
        query.append(
            f"AND id IN (SELECT event_id FROM event_actors WHERE name {like} ? "
            "ESCAPE '\\' OR actor_id = ?)"
        )
        params += [like_pattern(actor), actor]
    for clause, value in (
        ("AND event = ?", event.upper() if event else None),
        ("AND status = ?", status),
        ("AND date_end >= ?", since),
        ("AND date_start <= ?", until),
    ):
        if value:
            query.append(clause)
            params.append(value)
    query.append("ORDER BY position")
    return " ".join(query), params


def event_rows(events, documents: dict) -> tuple[list[tuple], list[tuple]]:
    """The `events` and `event_actors` rows of merged events, in order, for either store."""
    from wirecode.serialize import event_to_json

    rows, actors = [], []
    for position, event in enumerate(events):
        data = event_to_json(event, documents)
        rows.append(
            (
                event.id,
                position,
                event.event,
                event.mode,
                event.status,
                data["date_start"],
                data["date_end"],
                event.sources,
                json.dumps(data),
            )
        )
        actors.extend((event.id, a.id, a.name, "actor") for a in event.actors)
        actors.extend((event.id, a.id, a.name, "recipient") for a in event.recipients)
    return rows, actors
