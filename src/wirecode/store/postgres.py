"""The PostgreSQL store: the same tables and public methods as the SQLite store.

`--db postgresql://…` (extra `wirecode[postgres]`, psycopg 3) selects it. A document and its
mentions are written in one transaction; `replace_events` rewrites every event in one
transaction, so readers on other connections see either the old or the new events.
The tables and methods are those of `wirecode.store.base.Store`; this module connects, and
reads whole tables through a server-side cursor.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

from wirecode.errors import StoreError
from wirecode.store import base

logger = logging.getLogger(__name__)

STREAM_ROWS = 2_000  # rows per round trip of a streamed query
INSTALL_HINT = 'install the PostgreSQL extra: pip install "wirecode[postgres]"'

SCHEMA = base.SCHEMA.format(serial="BIGSERIAL PRIMARY KEY")


def _connect(url: str):
    try:
        import psycopg
    except ImportError as error:
        raise StoreError(f"cannot open {url}: {INSTALL_HINT}") from error
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        raise StoreError(f"cannot connect to {url}: {str(error).strip()}") from error


class PostgresStore(base.Store):
    """One wirecode database on a PostgreSQL server."""

    LIKE = "ILIKE"  # PostgreSQL's LIKE heeds case; SQLite's does not
    FOR_UPDATE = " FOR UPDATE"  # two runs adding paths to one document wait for each other

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

    def _scan(self, query: str) -> Iterator[tuple]:
        """The rows of a query, fetched from the server in chunks (a named cursor), never
        all at once: a store of millions of mentions does not have to fit in memory."""
        name = f"wirecode_{uuid.uuid4().hex}"
        with self.db.transaction(), self.db.cursor(name=name) as cursor:
            cursor.itersize = STREAM_ROWS
            cursor.execute(query)
            yield from cursor
