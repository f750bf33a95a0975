"""Schema migrations: ordered steps that bring an older database up to this wirecode's schema.

The database records its schema in `meta.schema_version`. Opening a store runs the base DDL
(schema 1, `CREATE … IF NOT EXISTS`), then every step whose version is above the recorded
one, in order, each in one transaction with the version it reaches. A database newer than
this wirecode is refused with a message that says what to do, and is never written to.

To change the schema: append a `Step(version=N + 1, …)` with its SQL for both dialects,
and a test that opens a database made by the previous schema's DDL.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from wirecode.errors import StoreError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Step:
    """One schema change: the version it reaches and its statements per dialect."""

    version: int
    description: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


_CORRECTIONS = """CREATE TABLE IF NOT EXISTS corrections (
    id {serial}, kind TEXT NOT NULL, event_id TEXT, anchor TEXT NOT NULL,
    data TEXT NOT NULL, comment TEXT, author TEXT, created TEXT NOT NULL, undone TEXT
)"""
_LINEAGE = """CREATE TABLE IF NOT EXISTS document_lineage (
    document TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    copy_of TEXT, superseded_by TEXT, signature {blob}
)"""

STEPS: tuple[Step, ...] = (
    Step(
        version=2,
        description="corrections by analysts; copies and newer versions of documents",
        sqlite=(
            _CORRECTIONS.format(serial="INTEGER PRIMARY KEY"),
            _LINEAGE.format(blob="BLOB"),
            "CREATE INDEX IF NOT EXISTS lineage_copy_of ON document_lineage(copy_of)",
            "CREATE INDEX IF NOT EXISTS documents_url ON documents(url)",
        ),
        postgres=(
            _CORRECTIONS.format(serial="BIGSERIAL PRIMARY KEY"),
            _LINEAGE.format(blob="BYTEA"),
            "CREATE INDEX IF NOT EXISTS lineage_copy_of ON document_lineage(copy_of)",
            "CREATE INDEX IF NOT EXISTS documents_url ON documents(url)",
        ),
    ),
)
LATEST = STEPS[-1].version if STEPS else 1


class SchemaTooNew(StoreError):
    """The database was written by a newer wirecode: upgrade wirecode to open it."""


def pending(version: int) -> list[Step]:
    """The steps that bring a database at `version` to `LATEST`, in order."""
    return [step for step in STEPS if step.version > version]


def check(version: int, *, path: str) -> None:
    if version > LATEST:
        raise SchemaTooNew(
            f"database {path} has schema {version}, newer than this wirecode's ({LATEST}): "
            "upgrade wirecode (pip install -U wirecode) to open it"
        )


def upgrade_sqlite(db, *, path: str) -> list[Step]:
    """Bring an open sqlite3 connection to `LATEST`; returns the steps applied."""
    row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    if row is None:  # a new database: the base DDL just made schema 1
        with db:
            db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        version = 1
    else:
        version = int(row[0])
    check(version, path=path)
    done = []
    for step in pending(version):
        with db:
            for statement in step.sqlite:
                db.execute(statement)
            db.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(step.version),))
        logger.info("database %s upgraded to schema %d: %s", path, step.version, step.description)
        done.append(step)
    return done


def upgrade_postgres(db, *, path: str) -> list[Step]:
    """The same for a psycopg connection; the caller holds the transaction and its lock."""
    row = db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    if row is None:
        db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        version = 1
    else:
        version = int(row[0])
    check(version, path=path)
    done = []
    for step in pending(version):
        for statement in step.postgres:
            db.execute(statement)
        db.execute("UPDATE meta SET value=%s WHERE key='schema_version'", (str(step.version),))
        logger.info("database %s upgraded to schema %d: %s", path, step.version, step.description)
        done.append(step)
    return done
