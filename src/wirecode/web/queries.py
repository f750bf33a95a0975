"""The one query layer behind every page of the web UI and its JSON twin (as in datasette).

`Queries` reads the store through its read-side index (`wirecode.web.index`): the overview,
the timeline, the map, the graph, actors, events and documents. Its parameters are checked
by `wirecode.web.params` (a bad one raises `BadParameter`); what the pages show of an event
and its sources comes from `wirecode.web.display`. The names of both are importable from here.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from wirecode.errors import WirecodeError
from wirecode.web.display import Segment, event_label, locate, quote_text, segments
from wirecode.web.index import INDEX, SENTENCES, ReadIndex, like_pattern
from wirecode.web.params import (
    DEFAULT_LIMIT,
    EVENT_TYPES,
    MAX_LIMIT,
    MAX_TEXT,
    STATUSES,
    BadParameter,
    Filters,
    check_filters,
    check_id,
    check_page,
    check_text,
    fts_query,
)

__all__ = [
    "DEFAULT_LIMIT",
    "EVENT_TYPES",
    "INDEX",
    "MAX_EDGES",
    "MAX_LIMIT",
    "MAX_TEXT",
    "SENTENCES",
    "STATUSES",
    "BadParameter",
    "Filters",
    "NotFound",
    "Queries",
    "Segment",
    "check_filters",
    "check_id",
    "check_page",
    "event_label",
    "fts_query",
    "locate",
    "quote_text",
    "segments",
]

logger = logging.getLogger(__name__)

MAX_EDGES = 500


class NotFound(WirecodeError):
    """No such event, actor or document."""


class Queries(ReadIndex):
    """Read-only queries over one wirecode database; safe to share between threads."""

    def overview(self) -> dict:
        with self._lock:
            db = self._fresh()
            counts = {
                table: db.execute(f"SELECT count(*) FROM store.{table}").fetchone()[0]
                for table in ("documents", "mentions", "events")
            }
            counts["actors"] = db.execute(
                "SELECT count(DISTINCT actor_id) FROM ev_actor"
            ).fetchone()[0]
            span = db.execute("SELECT min(date_start), max(date_end) FROM ev").fetchone()
            types = db.execute(
                "SELECT event, count(*) FROM ev GROUP BY event ORDER BY 2 DESC"
            ).fetchall()
            documents = [
                {
                    "id": row[0],
                    "path": row[1],
                    "title": row[2],
                    "outlet": row[3],
                    "published": row[4],
                }
                for row in db.execute(
                    "SELECT id, path, title, outlet, json_extract(published, '$.value') "
                    "FROM store.documents ORDER BY path, id LIMIT 200"
                )
            ]
        return {
            "database": Path(self.path).name,
            "counts": counts,
            "first": span[0],
            "last": span[1],
            "event_types": dict(types),
            "documents": documents,
        }

    def timeline(self, filters: Filters, *, limit: int, offset: int) -> dict:
        with self._lock:
            db = self._with_sentences() if filters.q else self._fresh()
            source, where, params = self._where(filters)
            total = db.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]
            rows = db.execute(
                f"SELECT s.data FROM (SELECT ev.id, ev.position FROM {source} WHERE {where} "
                "ORDER BY ev.position LIMIT ? OFFSET ?) AS page "
                "JOIN store.events s ON s.id = page.id ORDER BY page.position",
                [*params, limit, offset],
            ).fetchall()
        events = [json.loads(data) for (data,) in rows]
        return {
            "filters": filters.to_dict(),
            "total": total,
            "limit": limit,
            "offset": offset,
            "count": len(events),
            "events": events,
        }

    def map(self, filters: Filters) -> dict:
        """Places with the events that happened there (issue 9), for the map view."""
        with self._lock:
            db = self._with_sentences() if filters.q else self._fresh()
            source, where, params = self._where(filters)
            rows = db.execute(
                f"SELECT s.data FROM (SELECT ev.id, ev.position FROM {source} WHERE {where}) "
                "AS page JOIN store.events s ON s.id = page.id "
                "WHERE json_extract(s.data, '$.location.lat') IS NOT NULL "
                "ORDER BY page.position LIMIT ?",
                [*params, MAX_LIMIT * 10],
            ).fetchall()
        places: dict[str, dict] = {}
        for (data,) in rows:
            event = json.loads(data)
            where_ = event["location"]
            key = where_.get("id") or where_["name"]
            place = places.setdefault(
                key,
                {
                    key_: where_.get(key_)
                    for key_ in ("id", "name", "country", "lat", "lon", "level")
                }
                | {"events": []},
            )
            place["events"].append(
                {"id": event["id"], "label": event_label(event), "date": event.get("date")}
            )
        found = sorted(places.values(), key=lambda p: (-len(p["events"]), p["name"]))
        return {
            "filters": filters.to_dict(),
            "places": found,
            "events": sum(len(p["events"]) for p in found),
        }

    def graph(self, filters: Filters) -> dict:
        """Actors as nodes (value: their events), contacts as edges (value: shared events)."""
        with self._lock:
            db = self._with_sentences() if filters.q else self._fresh()
            source, where, params = self._where(filters)
            chosen = f"SELECT ev.id FROM {source} WHERE {where}"
            edges = db.execute(
                "SELECT a.actor_id, b.actor_id, count(DISTINCT a.event_id) AS n "
                "FROM ev_actor a JOIN ev_actor b ON a.event_id = b.event_id "
                f"AND a.actor_id < b.actor_id WHERE a.event_id IN ({chosen}) "
                "GROUP BY a.actor_id, b.actor_id ORDER BY n DESC, a.actor_id, b.actor_id "
                "LIMIT ?",
                [*params, MAX_EDGES],
            ).fetchall()
            nodes = db.execute(
                "SELECT actor_id, min(name), min(country), min(sector), "
                "count(DISTINCT event_id) FROM ev_actor "
                f"WHERE event_id IN ({chosen}) GROUP BY actor_id ORDER BY 5 DESC, 2",
                params,
            ).fetchall()
        linked = {a for a, _, _ in edges} | {b for _, b, _ in edges}
        return {
            "filters": filters.to_dict(),
            "nodes": [
                {"id": i, "name": n, "country": c, "sector": s, "events": k}
                for i, n, c, s, k in nodes
                if i in linked or len(nodes) <= MAX_EDGES
            ],
            "edges": [
                {"id": f"{a}|{b}", "source": a, "target": b, "events": n} for a, b, n in edges
            ],
        }

    def actor_names(self, *, limit: int = MAX_LIMIT) -> list[str]:
        """Distinct actor names, for the filter form's suggestions."""
        with self._lock:
            rows = self._fresh().execute(
                "SELECT DISTINCT name FROM actor_name ORDER BY name LIMIT ?", (limit,)
            )
            return [name for (name,) in rows]

    def actors(self, *, name: str | None, limit: int, offset: int) -> dict:
        name = check_text("name", name)
        with self._lock:
            db = self._fresh()
            where, params = "1=1", []
            if name:
                where, params = (
                    "(name LIKE ? ESCAPE '\\' OR actor_id = ?)",
                    [like_pattern(name), name],
                )
            total = db.execute(
                f"SELECT count(DISTINCT actor_id) FROM ev_actor WHERE {where}", params
            ).fetchone()[0]
            rows = db.execute(
                "SELECT actor_id, min(name), min(country), min(sector), "
                "count(DISTINCT event_id), min(ev.date_start), max(ev.date_end) "
                f"FROM ev_actor JOIN ev ON ev.id = ev_actor.event_id WHERE {where} "
                "GROUP BY actor_id ORDER BY 5 DESC, 2 LIMIT ? OFFSET ?",
                [*params, limit, offset],
            ).fetchall()
        keys = ("id", "name", "country", "sector", "events", "first", "last")
        return {
            "filters": {"name": name} if name else {},
            "total": total,
            "limit": limit,
            "offset": offset,
            "actors": [dict(zip(keys, row, strict=True)) for row in rows],
        }

    def actor(self, actor_id: str, *, limit: int = MAX_LIMIT) -> dict:
        check_id("actor", actor_id)
        with self._lock:
            db = self._fresh()
            row = db.execute(
                "SELECT actor_id, name, country, sector FROM ev_actor WHERE actor_id = ? LIMIT 1",
                (actor_id,),
            ).fetchone()
            if row is None:
                raise NotFound(f"no actor {actor_id!r}: /actors lists them")
            total = db.execute(
                "SELECT count(DISTINCT event_id) FROM ev_actor WHERE actor_id = ?", (actor_id,)
            ).fetchone()[0]
            events = [
                json.loads(data)
                for (data,) in db.execute(
                    "SELECT s.data FROM ev JOIN store.events s ON s.id = ev.id WHERE ev.id IN "
                    "(SELECT event_id FROM ev_actor WHERE actor_id = ?) "
                    "ORDER BY ev.position LIMIT ?",
                    (actor_id, limit),
                )
            ]
            counterparts = db.execute(
                "SELECT b.actor_id, min(b.name), min(b.country), count(DISTINCT b.event_id) "
                "FROM ev_actor a JOIN ev_actor b ON a.event_id = b.event_id "
                "AND b.actor_id != a.actor_id WHERE a.actor_id = ? "
                "GROUP BY b.actor_id ORDER BY 4 DESC, 2",
                (actor_id,),
            ).fetchall()
            by_year = db.execute(
                "SELECT coalesce(substr(date_start, 1, 4), 'undated'), count(*) FROM ev "
                "WHERE id IN (SELECT event_id FROM ev_actor WHERE actor_id = ?) "
                "GROUP BY 1 ORDER BY 1",
                (actor_id,),
            ).fetchall()
        quotes = [  # what this actor said during its contacts, as attributed at coding time
            {"event": e["id"], "date": e["date"], "text": quote_text(q), "path": None}
            for e in events
            for q in e.get("quotes", [])
            if (q.get("speaker") or {}).get("id") == actor_id
        ]
        keys = ("id", "name", "country", "sector")
        return {
            "actor": dict(zip(keys, row, strict=True)),
            "total": total,
            "by_year": dict(by_year),
            "counterparts": [
                {"id": i, "name": n, "country": c, "events": k} for i, n, c, k in counterparts
            ],
            "events": events,
            "quotes": quotes,
        }

    def event(self, event_id: str) -> dict:
        check_id("event", event_id)
        with self._lock:
            db = self._fresh()
            row = db.execute("SELECT data FROM store.events WHERE id = ?", (event_id,)).fetchone()
            if row is None:
                raise NotFound(f"no event {event_id!r}: /timeline lists them")
            event = json.loads(row[0])
            ids = list(dict.fromkeys(m["document"] for m in event["mentions"]))
            documents = [self._document_row(db, i) for i in ids]
            stored = {}
            for document_id in ids:
                for (data,) in db.execute(
                    "SELECT data FROM store.mentions WHERE document = ?", (document_id,)
                ):
                    m = json.loads(data)
                    if m.get("quotes"):
                        stored[(document_id, m.get("start"), m.get("end"))] = m["quotes"]
        sources = []
        for document in documents:
            if document is None:
                continue
            mine = [m for m in event["mentions"] if m["document"] == document["id"]]
            spans = []
            for m in mine:
                found = locate(document["text"], m.get("start"), m.get("end"), m.get("sentence"))
                if found:
                    spans.append((*found, event["id"]))
            quotes = [
                quote_text(q)
                for m in mine
                for q in stored.get((document["id"], m["start"], m["end"]), [])
            ]
            sources.append(
                {
                    **{k: v for k, v in document.items() if k != "text"},
                    "sentences": list(dict.fromkeys(m["sentence"] for m in mine)),
                    "quotes": list(dict.fromkeys(quotes)),
                    "reported_by": list(
                        dict.fromkeys(r for m in mine for r in m.get("reported_by", []))
                    ),
                    "segments": segments(document["text"], spans),
                }
            )
        return {"event": event, "label": event_label(event), "sources": sources}

    def document(self, document_id: str) -> dict:
        check_id("document", document_id)
        with self._lock:
            db = self._with_sentences()
            document = self._document_row(db, document_id)
            if document is None:
                raise NotFound(f"no document {document_id!r}: / lists them")
            rows = db.execute(
                "SELECT m.event_id, m.start, m.end, m.sentence, s.data FROM ev_mention m "
                "JOIN ev ON ev.id = m.event_id JOIN store.events s ON s.id = m.event_id "
                "WHERE m.document = ? ORDER BY ev.position, m.start",
                (document_id,),
            ).fetchall()
        events, spans = {}, []
        for event_id, start, end, sentence, data in rows:
            if event_id not in events:
                event = json.loads(data)
                events[event_id] = {k: v for k, v in event.items() if k != "mentions"}
                events[event_id]["label"] = event_label(event)
            found = locate(document["text"], start, end, sentence)
            if found:
                spans.append((*found, event_id))
        return {
            "document": document,
            "events": list(events.values()),
            "segments": segments(document["text"], spans),
        }

    def document_row(self, document_id: str) -> dict | None:
        """One document with its text, or None."""
        with self._lock:
            return self._document_row(self.db, document_id)

    @staticmethod
    def _document_row(db: sqlite3.Connection, document_id: str) -> dict | None:
        row = db.execute(
            "SELECT id, path, paths, url, outlet, title, json_extract(published, '$.value'), "
            "published_basis, text FROM store.documents WHERE id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            return None
        keys = ("id", "path", "paths", "url", "outlet", "title", "published", "published_basis")
        document = dict(zip(keys, row[:8], strict=True))
        document["paths"] = json.loads(document["paths"] or "[]")
        document["text"] = row[8]
        return document
