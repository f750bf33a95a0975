"""Schema migrations: a database made by schema 1 upgrades in place; a newer one is refused."""

from __future__ import annotations

import json
import sqlite3

import pytest

from wirecode.errors import StoreError
from wirecode.pipeline import merge_store
from wirecode.store import SQLiteStore, migrations
from wirecode.store.sqlite import SCHEMA_VERSION

# The DDL of schema 1 as wirecode 0.1.0 shipped it (store/sqlite.py before issue 10).
SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, path TEXT, paths TEXT NOT NULL, url TEXT, outlet TEXT, title TEXT,
    published TEXT, published_basis TEXT NOT NULL, text TEXT NOT NULL, coder TEXT
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document);
CREATE TABLE events (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, event TEXT NOT NULL, mode TEXT,
    status TEXT NOT NULL, date_start TEXT, date_end TEXT, sources INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL
);
CREATE INDEX event_actors_name ON event_actors(name);
INSERT INTO meta VALUES ('schema_version', '1');
"""
TEXT = "Xi Jinping spoke with Vladimir Putin by phone on Wednesday."


def _mention(person: str, name: str) -> dict:
    return {"id": person, "name": name, "country": None, "sector": "GOV", "kind": "person"}


def old_database(path) -> None:
    """A schema-1 database with one document, its two mentions and no events yet."""
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_1)
    published = {"start": "2023-04-27", "end": "2023-04-27", "precision": "day"}
    db.execute(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
        ("doc_1", "a.txt", '["a.txt"]', None, None, None, json.dumps(published), "header",
         TEXT, "wirecode-0.0.9+rules.old.kb.old"),
    )  # fmt: skip
    mention = {
        "document": "doc_1", "sentence_index": 0, "start": 0, "end": len(TEXT),
        "sentence": TEXT, "trigger": "spoke", "trigger_start": 11, "trigger_end": 16,
        "event": "CONSULT", "mode": "phone", "status": "occurred",
        "actors": [_mention("xi-jinping", "Xi Jinping"), _mention("vladimir-putin", "Putin")],
        "date": {"start": "2023-04-26", "end": "2023-04-26", "precision": "day"},
    }  # fmt: skip
    db.execute("INSERT INTO mentions(document, event, data) VALUES (?,?,?)",
               ("doc_1", "CONSULT", json.dumps(mention)))  # fmt: skip
    db.commit()
    db.close()


def test_steps_reach_this_wirecode_schema() -> None:
    assert migrations.LATEST == SCHEMA_VERSION == 2
    versions = [step.version for step in migrations.STEPS]
    assert versions == sorted(versions) == list(range(2, migrations.LATEST + 1))


def test_schema_1_database_upgrades_in_place(tmp_path) -> None:
    path = tmp_path / "old.db"
    old_database(path)
    with SQLiteStore(path) as store:
        version = store.db.execute("SELECT value FROM meta WHERE key='schema_version'")
        assert version.fetchone()[0] == "2"
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"corrections", "document_lineage"} <= tables
        assert [d.id for d in store.documents()] == ["doc_1"]
        events = merge_store(store)  # the old mentions merge, and sign their document
        assert len(events) == 1 and events[0].independent_sources == 1
        assert store.events()[0]["corrections"] == []
    with SQLiteStore(path) as store:  # opening again changes nothing
        assert store.counts() == {"documents": 1, "mentions": 1, "events": 1}


def test_upgraded_database_takes_corrections(tmp_path) -> None:
    from wirecode import corrections

    path = tmp_path / "old.db"
    old_database(path)
    with SQLiteStore(path) as store:
        merge_store(store)
        event_id = store.events()[0]["id"]
        corrections.fix(store, event_id, date="2023-04-25", comment="the call was Tuesday")
        assert store.events()[0]["date"] == "2023-04-25"


def test_newer_database_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "new.db"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_1.replace("'schema_version', '1'", "'schema_version', '99'"))
    db.close()
    with pytest.raises(StoreError, match=r"schema 99, newer than this wirecode's \(2\)"):
        SQLiteStore(path)
    db = sqlite3.connect(path)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    assert "corrections" not in tables


def test_new_database_starts_at_the_latest_schema(tmp_path) -> None:
    with SQLiteStore(tmp_path / "fresh.db") as store:
        row = store.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert row[0] == str(migrations.LATEST)
