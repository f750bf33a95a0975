"""`wirecode.open(db)`: the stored events, mentions and corrections as plain records.

import wirecode
with wirecode.open("wirecode.db") as db:
    events = db.events(actor="Xi Jinping", since="2023-01-01")  # event JSON dicts
    frame = db.dataframe()                                    # pandas, one row per event
"""

from __future__ import annotations

from wirecode.errors import WirecodeError
from wirecode.serialize import document_to_dict, mention_to_dict
from wirecode.store.base import Closing


class PandasMissing(WirecodeError):
    """pandas is not installed: `pip install pandas` to get DataFrames."""


class Database(Closing):
    """A wirecode database (SQLite file or PostgreSQL URL), read as plain records."""

    def __init__(self, db: str | None = None) -> None:
        from wirecode.store import open_store

        self.store = open_store(db)

    def close(self) -> None:
        self.store.close()

    def events(self, **filters) -> list[dict]:
        """Events as the event JSON (design.md), in time order; filters as `timeline`:
        `actor`, `event`, `status`, `since`, `until`. Rejected events are not among them."""
        return self.store.events(**filters)

    def event(self, event_id: str) -> dict | None:
        return self.store.event(event_id)

    def mentions(self) -> list[dict]:
        return [mention_to_dict(m) for m in self.store.mentions()]

    def documents(self) -> list[dict]:
        return [document_to_dict(d) for d in self.store.documents()]

    def corrections(self) -> list[dict]:
        from wirecode import corrections

        return [c.to_dict() for c in corrections.load(self.store)]

    def dataframe(self, table: str = "events", **filters):
        """A pandas DataFrame of `events` (one row per event, actors as names joined by
        "; "), `mentions` or `documents`."""
        try:
            import pandas as pd
        except ImportError as error:
            raise PandasMissing(PandasMissing.__doc__) from error
        if table == "events":
            rows = [_flat(e) for e in self.events(**filters)]
        elif table in ("mentions", "documents"):
            rows = getattr(self, table)()
        else:
            raise WirecodeError(f"table {table!r}: one of events, mentions, documents")
        return pd.DataFrame(rows)


def _flat(event: dict) -> dict:
    row = {k: v for k, v in event.items() if not isinstance(v, list | dict)}
    for role in ("actors", "recipients"):
        row[role] = "; ".join(a["name"] for a in event[role])
    row["mentions"] = len(event["mentions"])
    row["corrected"] = bool(event.get("corrections"))
    return row


def open(db: str | None = None) -> Database:  # noqa: A001  (wirecode.open, like io.open)
    """The database `db` (file or postgresql:// URL; default WIRECODE_DB or ./wirecode.db)."""
    return Database(db)
