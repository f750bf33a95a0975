"""The records that flow through wirecode: Document → Mention → Event, with DateValue and Actor.

Field names here are the contract of the event JSON (design.md); add fields freely, rename none.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Literal

Precision = Literal["day", "week", "month", "season", "year"]
PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
STATUS_RANK: dict[str, int] = {"occurred": 3, "planned": 2, "hypothetical": 1, "negated": 0}
STATUSES: tuple[str, ...] = tuple(STATUS_RANK)  # an event's status, as the engine defines it
# PLOVER's sixteen event types, in the order of its manual
EVENT_TYPES: tuple[str, ...] = tuple(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()
)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as an interval [start, end] (both inclusive) at a precision.

    `text` is the expression as written; `basis` says how it was resolved, e.g.
    "weekday before document date 2023-04-27" or "header".
    """

    start: dt.date
    end: dt.date
    precision: Precision
    text: str = ""
    basis: str = ""

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"DateValue end {self.end} before start {self.start}")

    @classmethod
    def day(cls, day: dt.date, *, text: str = "", basis: str = "") -> DateValue:
        return cls(day, day, "day", text, basis)

    @classmethod
    def month(cls, year: int, month: int, *, text: str = "", basis: str = "") -> DateValue:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), "month", text, basis)

    @classmethod
    def year(cls, year: int, *, text: str = "", basis: str = "") -> DateValue:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text, basis)

    @classmethod
    def week(cls, day: dt.date, *, text: str = "", basis: str = "") -> DateValue:
        monday = day - dt.timedelta(days=day.weekday())
        return cls(monday, monday + dt.timedelta(days=6), "week", text, basis)

    @property
    def value(self) -> str:
        """The date written at its precision: 2023-04-26, 2013-W11, 2023-03, 2021."""
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "week":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.precision == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        if self.precision == "season":
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        if self.end.year != self.start.year:  # a window of years: an undated text's bounds
            return f"{self.start.year}/{self.end.year}"
        return str(self.start.year)

    def overlaps(self, other: DateValue) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: DateValue) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict:
        return {
            "value": self.value,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "text": self.text,
            "basis": self.basis,
        }

    @classmethod
    def from_dict(cls, data: dict) -> DateValue:
        return cls(
            dt.date.fromisoformat(data["start"]),
            dt.date.fromisoformat(data["end"]),
            data["precision"],
            data.get("text", ""),
            data.get("basis", ""),
        )


@dataclass(slots=True)
class Document:
    """One article. `id` is a hash of its normalised text, so the same text is one document."""

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: DateValue | None = None
    published_basis: Literal["header", "metadata", "inferred", "unknown"] = "unknown"
    paths: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in a mention: resolved to the knowledge base when `id` is known."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: Literal["person", "state", "organisation"] = "person"
    text: str = ""  # the words in the sentence that named it
    basis: str = ""  # how it was resolved: name, alias, title, role by date, pronoun, ...

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(frozen=True, slots=True)
class Place:
    """A place resolved to the gazetteer: where an event happened, or a place a text names.

    `level` is how fine it is (venue, city, region, country); `country` is ISO 3166
    alpha-3; `basis` says why this place and how it was resolved, as for dates; `id` is the
    gazetteer's (``geonames:524901``, ``venue:kremlin``); `text` the words as written.
    """

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    level: Literal["venue", "city", "region", "country"]
    basis: str = ""
    id: str = ""
    text: str = ""

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "level": self.level,
            "basis": self.basis,
            "id": self.id,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict | str | None) -> Place | None:
        if data is None:
            return None
        if isinstance(data, str):  # stored before places were resolved
            return cls(data, None, None, None, "city", basis="as written")
        return cls(
            data["name"],
            data.get("country"),
            data.get("lat"),
            data.get("lon"),
            data.get("level", "city"),
            data.get("basis", ""),
            data.get("id", ""),
            data.get("text", ""),
        )


@dataclass(slots=True)
class Mention:
    """One report of one event in one sentence of one document."""

    document: str
    sentence_index: int
    start: int  # character offsets of the sentence in the document text
    end: int
    sentence: str
    trigger: str
    event: str  # PLOVER type
    mode: str | None
    status: str
    actors: list[ActorRef]
    recipients: list[ActorRef] = field(default_factory=list)
    date: DateValue | None = None
    location: Place | None = None
    initiator: ActorRef | None = None
    quotes: list[dict] = field(default_factory=list)  # what was said during it (quoting.py)
    contexts: list[str] = field(default_factory=list)  # PLOVER contexts the text supports
    # the outlets or agencies its sentence relies on ("according to Caixin", "CCTV reported")
    reported_by: list[str] = field(default_factory=list)
    confidence: float = 1.0
    coder: str = ""
    trigger_start: int = 0  # character offsets of the trigger in the document text
    trigger_end: int = 0

    @property
    def participants(self) -> frozenset[str]:
        return frozenset(a.id for a in (*self.actors, *self.recipients))


@dataclass(slots=True)
class Conflict:
    """Where the mentions of one event disagree (date, place, mode)."""

    field: str
    values: dict[str, list[str]]  # value → document ids that report it
    chosen: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """A merged event with every mention that reports it."""

    id: str
    event: str
    mode: str | None
    status: str
    actors: list[ActorRef]
    recipients: list[ActorRef]
    date: DateValue | None
    mentions: list[Mention]
    location: Place | None = None
    initiator: ActorRef | None = None
    contexts: list[str] = field(default_factory=list)
    sources: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    # issue 10: distinct original reports (reprints count once), and analysts' corrections
    independent_sources: int = 0
    corrections: list[dict] = field(default_factory=list)


def is_contact(item: Mention | Event) -> bool:
    """A diplomatic contact: CONSULT (calls, meetings, visits, negotiations), or a REQUEST
    for talks (mode `meet`; a demand for aid is no request for talks)."""
    return item.event == "CONSULT" or (item.event == "REQUEST" and item.mode == "meet")
