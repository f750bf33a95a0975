"""Export writers: the event JSON lines of the contract, and Parquet tables for analysts.

`write_jsonl` writes one event per line (keys sorted, UTF-8, stable order and ids).
`write_parquet` writes four tables to a folder (extra `wirecode[parquet]`, pyarrow):

- `events.parquet`: one row per event; actors and recipients as lists of structs
  (id, name, country, sector), conflicts as a JSON string;
- `mentions.parquet`: one row per mention with its `event_id` and `position` in the event;
- `actors.parquet`: one row per actor of an event, with its `role` (actor, recipient,
  initiator): the table to group and join on;
- `documents.parquet`: one row per document with its text, paths and date.

Dates are Parquet dates (`date_start`, `date_end`, `published_start`, `published_end`);
`date` keeps the precision-aware string of the event JSON (2023-04-26, 2023-03, 2021).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from wirecode.errors import WirecodeError

logger = logging.getLogger(__name__)

__all__ = ["FORMATS", "PARQUET_TABLES", "jsonl_lines", "write_jsonl", "write_parquet"]

FORMATS = ("jsonl", "parquet")
PARQUET_TABLES = ("events", "mentions", "actors", "documents")

PLACE_FIELDS = ("name", "country", "lat", "lon", "level", "basis")


class ExportError(WirecodeError):
    """An export could not be written."""


def jsonl_lines(events: Iterable[dict]) -> Iterable[str]:
    """The event JSON, one object per line, keys sorted (the `export --format jsonl` bytes)."""
    for event in events:
        yield json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n"


def write_jsonl(events: Iterable[dict], handle: IO[str]) -> int:
    count = 0
    for line in jsonl_lines(events):
        handle.write(line)
        count += 1
    return count


# -- Parquet -------------------------------------------------------------------------------
def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        raise ExportError(
            'Parquet export needs pyarrow: pip install "wirecode[parquet]"'
        ) from error
    return pa, pq


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _schemas(pa) -> dict:
    actor = pa.struct(
        [
            ("id", pa.string()),
            ("name", pa.string()),
            ("country", pa.string()),
            ("sector", pa.string()),
        ]
    )
    return {
        "events": pa.schema(
            [
                ("id", pa.string()),
                ("position", pa.int32()),
                ("event", pa.string()),
                ("mode", pa.string()),
                ("status", pa.string()),
                ("date", pa.string()),
                ("date_precision", pa.string()),
                ("date_start", pa.date32()),
                ("date_end", pa.date32()),
                ("date_basis", pa.string()),
                ("date_text", pa.string()),
                ("actors", pa.list_(actor)),
                ("recipients", pa.list_(actor)),
                ("initiator", actor),
                (
                    "location",  # issue 9: the event JSON's place
                    pa.struct(
                        [
                            ("name", pa.string()),
                            ("country", pa.string()),
                            ("lat", pa.float64()),
                            ("lon", pa.float64()),
                            ("level", pa.string()),
                            ("basis", pa.string()),
                        ]
                    ),
                ),
                ("contexts", pa.list_(pa.string())),
                ("sources", pa.int32()),
                ("mention_count", pa.int32()),
                ("conflicts", pa.string()),
            ]
        ),
        "mentions": pa.schema(
            [
                ("event_id", pa.string()),
                ("position", pa.int32()),
                ("document", pa.string()),
                ("path", pa.string()),
                ("outlet", pa.string()),
                ("published", pa.string()),
                ("sentence", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("trigger", pa.string()),
                ("status", pa.string()),
                ("mode", pa.string()),
                ("date", pa.string()),
                ("date_basis", pa.string()),
            ]
        ),
        "actors": pa.schema(
            [
                ("event_id", pa.string()),
                ("role", pa.string()),
                ("actor_id", pa.string()),
                ("name", pa.string()),
                ("country", pa.string()),
                ("sector", pa.string()),
            ]
        ),
        "documents": pa.schema(
            [
                ("id", pa.string()),
                ("path", pa.string()),
                ("paths", pa.list_(pa.string())),
                ("url", pa.string()),
                ("outlet", pa.string()),
                ("title", pa.string()),
                ("published", pa.string()),
                ("published_start", pa.date32()),
                ("published_end", pa.date32()),
                ("published_precision", pa.string()),
                ("published_basis", pa.string()),
                ("text", pa.string()),
            ]
        ),
    }


def _event_rows(events: list[dict]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {"events": [], "mentions": [], "actors": []}
    actor_fields = ("id", "name", "country", "sector")
    for position, event in enumerate(events):
        rows["events"].append(
            {
                **{key: event.get(key) for key in ("id", "event", "mode", "status", "date")},
                "position": position,
                "date_precision": event.get("date_precision"),
                "date_start": _day(event.get("date_start")),
                "date_end": _day(event.get("date_end")),
                "date_basis": event.get("date_basis"),
                "date_text": event.get("date_text"),
                "actors": [{k: a.get(k) for k in actor_fields} for a in event["actors"]],
                "recipients": [{k: a.get(k) for k in actor_fields} for a in event["recipients"]],
                "initiator": (
                    {k: event["initiator"].get(k) for k in actor_fields}
                    if event.get("initiator")
                    else None
                ),
                "location": (
                    {k: event["location"].get(k) for k in PLACE_FIELDS}
                    if event.get("location")
                    else None
                ),
                "contexts": list(event.get("contexts") or []),
                "sources": event.get("sources"),
                "mention_count": len(event["mentions"]),
                "conflicts": json.dumps(event.get("conflicts") or [], ensure_ascii=False),
            }
        )
        for index, mention in enumerate(event["mentions"]):
            rows["mentions"].append({"event_id": event["id"], "position": index, **mention})
        roles = [("actor", a) for a in event["actors"]]
        roles += [("recipient", a) for a in event["recipients"]]
        if event.get("initiator"):
            roles.append(("initiator", event["initiator"]))
        for role, actor in roles:
            rows["actors"].append(
                {
                    "event_id": event["id"],
                    "role": role,
                    "actor_id": actor.get("id"),
                    "name": actor.get("name"),
                    "country": actor.get("country"),
                    "sector": actor.get("sector"),
                }
            )
    return rows


def _document_row(document) -> dict:
    published = document.published
    return {
        "id": document.id,
        "path": document.path,
        "paths": list(document.paths),
        "url": document.url,
        "outlet": document.outlet,
        "title": document.title,
        "published": published.value if published else None,
        "published_start": published.start if published else None,
        "published_end": published.end if published else None,
        "published_precision": published.precision if published else None,
        "published_basis": document.published_basis,
        "text": document.text,
    }


def write_parquet(store, directory: str | Path, *, batch_size: int = 2_000) -> dict[str, int]:
    """Write the four Parquet tables of a store into `directory`; returns rows per table.

    Documents are written in batches, so their texts never sit in memory all at once.
    """
    pa, pq = _pyarrow()
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"cannot create {directory}: {error}") from error
    schemas = _schemas(pa)
    counts: dict[str, int] = {}
    for table, rows in _event_rows(store.events()).items():
        pq.write_table(
            pa.Table.from_pylist(rows, schema=schemas[table]), directory / f"{table}.parquet"
        )
        counts[table] = len(rows)
    counts["documents"] = 0
    with pq.ParquetWriter(directory / "documents.parquet", schemas["documents"]) as writer:
        batch: list[dict] = []
        for document in store.documents():
            batch.append(_document_row(document))
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schemas["documents"]))
                counts["documents"] += len(batch)
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schemas["documents"]))
        counts["documents"] += len(batch)
    logger.info("wrote %s to %s", counts, directory)
    return counts
