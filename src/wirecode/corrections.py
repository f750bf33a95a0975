"""Corrections that stick: an analyst's decisions, stored apart from the machine output.

A correction rejects an event, merges two events, splits a mention out of an event, or fixes
an event's date, type, mode, status, actors or recipients, with an optional comment. It is
kept in the `corrections` table and applied by `apply` after every merge, so each later
`run` and `run --recode` keeps it; `undo` sets it aside (it stays listed, marked undone).

Event ids change when their mentions change, so a correction is anchored on the mentions of
the event it was made on: document id, sentence start and trigger offset (with the trigger
and sentence text, to find the mention again in a newer version of the same article). After
a merge, the corrected event is the one holding most of those mentions.

Corrected events carry a `corrections` list in the event JSON; rejected events are left out
of the stored events (every view and export), and listed by `wirecode correct --list`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from wirecode.errors import WirecodeError
from wirecode.records import EVENT_TYPES, STATUSES, ActorRef, DateValue, Event, Mention
from wirecode.store import sql

logger = logging.getLogger(__name__)

KINDS = ("reject", "merge", "split", "fix")
FIXABLE = ("date", "event", "mode", "status", "actors", "recipients")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class CorrectionError(WirecodeError):
    """A correction cannot be made: the message says which event, mention or value."""


@dataclass(slots=True)
class Correction:
    """One analyst's decision; `anchor` lists the mentions of the event it was made on."""

    id: int
    kind: str
    event_id: str | None
    anchor: list[dict]
    data: dict = field(default_factory=dict)
    comment: str | None = None
    author: str | None = None
    created: str = ""
    undone: str | None = None

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def note(self) -> dict:
        """What the event JSON shows of it."""
        changes = {k: v for k, v in self.data.items() if k in FIXABLE}
        note = {"id": self.id, "kind": self.kind, "comment": self.comment}
        note.update(created=self.created, author=self.author, event_id=self.event_id)
        if changes:
            note["changes"] = changes
        if self.kind == "merge":
            note["merged"] = self.data.get("other_event")
        return note


# -- anchors ---------------------------------------------------------------------------------
def mention_anchor(mention: dict | Mention) -> dict:
    """The anchor of one mention (a Mention, or a mention of the event JSON)."""
    if isinstance(mention, Mention):
        mention = {
            "document": mention.document,
            "start": mention.start,
            "trigger_start": mention.trigger_start,
            "trigger": mention.trigger,
            "sentence": mention.sentence,
        }
    keys = ("document", "start", "trigger_start", "trigger", "sentence")
    return {k: mention.get(k) for k in keys}


def _key(anchor: dict) -> tuple:
    return (anchor["document"], anchor["start"], anchor.get("trigger_start"))


def _text_key(anchor: dict) -> tuple:
    return (anchor.get("sentence"), anchor.get("trigger"))


class _Index:
    """Where each mention is among the current events."""

    def __init__(self, events: list[Event], successors: dict[str, str]) -> None:
        self.events = events
        self.successors = successors
        self.rebuild()

    def rebuild(self) -> None:
        self.by_key: dict[tuple, list[int]] = defaultdict(list)
        self.by_text: dict[tuple, list[int]] = defaultdict(list)
        for i, event in enumerate(self.events):
            for mention in event.mentions:
                anchor = mention_anchor(mention)
                self.by_key[_key(anchor)].append(i)
                self.by_text[(mention.document, *_text_key(anchor))].append(i)

    def where(self, anchor: dict) -> list[int]:
        found = self.by_key.get(_key(anchor))
        if found:
            return found
        document = anchor["document"]  # a newer version of the article replaced this one
        seen = set()
        while document in self.successors and document not in seen:
            seen.add(document)
            document = self.successors[document]
            found = self.by_text.get((document, *_text_key(anchor)))
            if found:
                return found
        return []

    def best(self, anchors: list[dict], hint: str | None) -> int | None:
        votes: dict[int, int] = defaultdict(int)
        for anchor in anchors:
            for i in set(self.where(anchor)):
                votes[i] += 1
        if not votes:
            return None
        return max(votes, key=lambda i: (votes[i], self.events[i].id == hint, -i))


# -- applying --------------------------------------------------------------------------------
def _rebuild(mentions: list[Mention], outlets, originals) -> Event:
    from wirecode.merge import Cluster, to_event

    cluster = Cluster()
    for mention in sorted(mentions, key=lambda m: (m.document, m.start, m.trigger_start)):
        cluster.add(mention)
    return to_event(cluster, outlets, originals)


def parse_date(value: str, *, basis: str) -> DateValue:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` as a DateValue at that precision."""
    match = _DATE.match(value.strip())
    if not match:
        raise CorrectionError(f"date {value!r}: give YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        if day:
            return DateValue.day(dt.date(int(year), int(month), int(day)), text=value, basis=basis)
        if month:
            return DateValue.month(int(year), int(month), text=value, basis=basis)
    except ValueError as error:
        raise CorrectionError(f"date {value!r}: {error}") from error
    return DateValue.year(int(year), text=value, basis=basis)


def _fix(event: Event, correction: Correction) -> Event:
    data = correction.data
    basis = f"corrected by analyst (correction {correction.id})"
    changes = {}
    if data.get("date"):
        changes["date"] = parse_date(data["date"], basis=basis)
    for name in ("event", "mode", "status"):
        if data.get(name):
            changes[name] = data[name]
    for name in ("actors", "recipients"):
        if data.get(name) is not None:
            changes[name] = [ActorRef(**a) for a in data[name]]
    return dataclasses.replace(event, **changes)


def apply(
    events: list[Event],
    corrections: Iterable[Correction],
    *,
    outlets: dict[str, str | None] | None = None,
    originals: dict[str, str] | None = None,
    successors: dict[str, str] | None = None,
) -> list[Event]:
    """The events after every live correction, in order; rejected events are left out.

    A correction whose mentions are gone (their documents removed) no longer applies and
    is logged; it stays stored and applies again if its mentions come back.
    """
    from wirecode.merge import event_order

    outlets, originals = outlets or {}, originals or {}
    events = list(events)
    rejected: set[int] = set()
    index = _Index(events, successors or {})
    for correction in sorted(corrections, key=lambda c: c.id):
        if correction.undone:
            continue
        target = index.best(correction.anchor, correction.event_id)
        if target is None or target in rejected:
            logger.info("correction %d finds no event: its mentions are gone", correction.id)
            continue
        event = events[target]
        notes = [*event.corrections, correction.note()]
        if correction.kind == "reject":
            rejected.add(target)
            continue
        if correction.kind == "fix":
            events[target] = dataclasses.replace(_fix(event, correction), corrections=notes)
            continue
        if correction.kind == "merge":
            other = index.best(correction.data.get("other", []), correction.data.get("other_event"))
            if other is None or other == target or other in rejected:
                continue
            merged = _rebuild([*event.mentions, *events[other].mentions], outlets, originals)
            notes = [*event.corrections, *events[other].corrections, correction.note()]
            events[target] = dataclasses.replace(merged, corrections=notes)
            rejected.add(other)  # folded into the target; dropped below
        elif correction.kind == "split":
            anchor = correction.data["mention"]
            moved = [m for m in event.mentions if _key(mention_anchor(m)) == _key(anchor)]
            if not moved:
                moved = [
                    m for m in event.mentions if _text_key(mention_anchor(m)) == _text_key(anchor)
                ][:1]
            rest = [m for m in event.mentions if m not in moved]
            if not moved or not rest:
                continue
            events[target] = dataclasses.replace(
                _rebuild(rest, outlets, originals), corrections=notes
            )
            events.append(
                dataclasses.replace(_rebuild(moved, outlets, originals), corrections=notes)
            )
        index.rebuild()
    kept = [e for i, e in enumerate(events) if i not in rejected]
    return sorted(kept, key=event_order)


# -- the corrections table -----------------------------------------------------------------
def _row(row) -> Correction:
    return Correction(
        id=row[0],
        kind=row[1],
        event_id=row[2],
        anchor=json.loads(row[3]),
        data=json.loads(row[4]),
        comment=row[5],
        author=row[6],
        created=row[7],
        undone=row[8],
    )


COLUMNS = "id, kind, event_id, anchor, data, comment, author, created, undone"


def load(store, *, include_undone: bool = True) -> list[Correction]:
    where = "" if include_undone else " WHERE undone IS NULL"
    rows = sql.execute(store, f"SELECT {COLUMNS} FROM corrections{where} ORDER BY id").fetchall()
    return [_row(r) for r in rows]


def get(store, correction_id: int) -> Correction:
    row = sql.execute(
        store, f"SELECT {COLUMNS} FROM corrections WHERE id = ?", (correction_id,)
    ).fetchone()
    if row is None:
        raise CorrectionError(f"no correction {correction_id}: `wirecode correct --list`")
    return _row(row)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _add(store, kind, event: dict, data: dict, comment, author) -> Correction:
    anchor = [mention_anchor(m) for m in event["mentions"]]
    data = {**data, "summary": summary(event)}
    with sql.transaction(store):
        sql.execute(
            store,
            "INSERT INTO corrections(kind, event_id, anchor, data, comment, author, created) "
            "VALUES (?,?,?,?,?,?,?)",
            (kind, event["id"], json.dumps(anchor), json.dumps(data), comment, author, _now()),
        )
        row = sql.execute(store, "SELECT max(id) FROM corrections").fetchone()
    return get(store, row[0])


def summary(event: dict) -> str:
    """One line naming an event, kept with a correction (the event may later disappear)."""
    names = ", ".join(a["name"] for a in [*event["actors"], *event["recipients"]])
    return f"{event['date'] or 'undated'} {event['event']} {event['mode'] or ''} {names}".replace(
        "  ", " "
    )


def _event(store, event_id: str) -> dict:
    event = store.event(event_id)
    if event is None:
        raise CorrectionError(f"no event {event_id!r}: `wirecode timeline` lists the ids")
    return event


def _refresh(store) -> None:
    from wirecode.pipeline import merge_store

    merge_store(store)


# -- the operations behind `wirecode correct` and POST /corrections ----------------------------
def reject(store, event_id: str, *, comment=None, author=None) -> Correction:
    """Reject an event: it leaves every view and export until the correction is undone."""
    correction = _add(store, "reject", _event(store, event_id), {}, comment, author)
    _refresh(store)
    return correction


def merge_events(store, event_id: str, other_id: str, *, comment=None, author=None):
    """Merge `other_id` into `event_id`: one event with the mentions of both."""
    event, other = _event(store, event_id), _event(store, other_id)
    if event["id"] == other["id"]:
        raise CorrectionError(f"cannot merge event {event['id']} with itself")
    data = {"other": [mention_anchor(m) for m in other["mentions"]], "other_event": other["id"]}
    correction = _add(store, "merge", event, data, comment, author)
    _refresh(store)
    return correction


def split(store, event_id: str, mention: int | str, *, comment=None, author=None):
    """Split one mention out of an event into an event of its own.

    `mention` is its number as `wirecode show` lists it (1 = first), or `DOCUMENT:OFFSET`
    with the trigger's character offset.
    """
    event = _event(store, event_id)
    mentions = event["mentions"]
    if len(mentions) < 2:
        raise CorrectionError(f"event {event['id']} has one mention: nothing to split")
    chosen = _choose_mention(event, mention)
    data = {"mention": mention_anchor(chosen)}
    correction = _add(store, "split", event, data, comment, author)
    _refresh(store)
    return correction


def _choose_mention(event: dict, mention: int | str) -> dict:
    mentions = event["mentions"]
    text = str(mention)
    if text.isdigit():
        number = int(text)
        if not 1 <= number <= len(mentions):
            raise CorrectionError(
                f"mention {number}: event {event['id']} has mentions 1 to {len(mentions)}"
            )
        return mentions[number - 1]
    document, _, offset = text.rpartition(":")
    for m in mentions:
        if m["document"].startswith(document) and str(m.get("trigger_start")) == offset:
            return m
    raise CorrectionError(f"mention {text!r} is not in event {event['id']} (give 1..N)")


def fix(store, event_id: str, *, comment=None, author=None, kb=None, **changes) -> Correction:
    """Fix an event's date, type, mode, status, actors or recipients (names or ids)."""
    event = _event(store, event_id)
    data = {}
    for name, value in changes.items():
        if name not in FIXABLE:
            raise CorrectionError(f"cannot fix {name!r}: fixable are {', '.join(FIXABLE)}")
        if value in (None, "", []):
            continue
        if name == "date":
            parse_date(value, basis="")
        elif name == "event":
            value = value.upper()
            if value not in EVENT_TYPES:
                raise CorrectionError(f"event type {value!r}: one of {' '.join(EVENT_TYPES)}")
        elif name == "status" and value not in STATUSES:
            raise CorrectionError(f"status {value!r}: one of {', '.join(STATUSES)}")
        elif name in ("actors", "recipients"):
            value = [resolve_actor(v, kb=kb) for v in value]
        data[name] = value
    if not data:
        raise CorrectionError("nothing to fix: give a date, type, mode, status or actors")
    correction = _add(store, "fix", event, data, comment, author)
    _refresh(store)
    return correction


def resolve_actor(value: str | dict, *, kb=None) -> dict:
    """An actor named by the analyst: a knowledge-base id or name, or kept as written."""
    if isinstance(value, dict):
        return {k: value.get(k) for k in ("id", "name", "country", "sector")}
    from wirecode.actors.kb import KnowledgeBase
    from wirecode.actors.names import person_id

    kb = kb or KnowledgeBase.default()
    person = kb.person(value) or next(iter(kb.people_named(value)), None)
    if person is not None:
        return {
            "id": person.id,
            "name": person.name,
            "country": person.country,
            "sector": person.sector,
            "kind": "person",
        }
    state = kb.state(value.upper()) or kb.state_named(value)
    if state is not None:
        kind = "organisation" if state.igo else "state"
        return {"id": state.id, "name": state.name, "country": state.code, "kind": kind}
    # a person the knowledge base does not know: the id the coder gives that name in a text
    return {
        "id": person_id(value),
        "name": value,
        "country": None,
        "sector": None,
        "kind": "person",
    }


def undo(store, correction_id: int) -> Correction:
    """Set a correction aside; the events are merged again without it."""
    correction = get(store, correction_id)
    if correction.undone:
        raise CorrectionError(f"correction {correction_id} was already undone")
    with sql.transaction(store):
        sql.execute(
            store, "UPDATE corrections SET undone = ? WHERE id = ?", (_now(), correction_id)
        )
    _refresh(store)
    return get(store, correction_id)
