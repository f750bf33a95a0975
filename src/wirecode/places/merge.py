"""Places in the merge: which reports can be one event, and the event's place.

Two places are compatible when either is unknown, or they are in the same country and, when
both are a city or a venue, within `SAME_PLACE_KM` of each other (the Kremlin is in Moscow;
Moscow and St Petersburg are two places). An event's place is the one most sources'
places agree with, the finest first; a place the text names beats one taken from a
dateline or a host's country; places that cannot be one are a recorded conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from wirecode.places.gazetteer import Entry, distance_km
from wirecode.records import Conflict, Mention, Place

__all__ = ["SAME_PLACE_KM", "choose_location", "place_fits", "places_compatible"]

SAME_PLACE_KM = 50.0
FINE = {"venue", "city"}
LEVEL_RANK = {"venue": 3, "city": 2, "region": 1, "country": 0}
INFERRED = ("dateline", "host's country")


def _point(place: Place) -> Entry:
    return Entry(place.id, place.name, place.country, place.lat, place.lon, place.level)


def places_compatible(a: Place | None, b: Place | None) -> bool:
    """Could both places be where one event happened?"""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.level in FINE and b.level in FINE and a.id != b.id:
        return distance_km(_point(a), _point(b)) <= SAME_PLACE_KM
    return True


def _inferred(place: Place) -> bool:
    return place.basis.startswith(INFERRED)


def choose_location(
    mentions: Iterable[Mention], source_of: Callable[[Mention], str]
) -> tuple[Place | None, list[Conflict]]:
    """The event's place and, when its reports name places that cannot be one, a conflict."""
    mentions = list(mentions)
    if any(m.mode == "phone" for m in mentions):
        return None, []  # a call has two ends and no place
    placed = [m for m in mentions if m.location is not None]
    told = [m for m in placed if not _inferred(m.location)]
    pool = told or placed
    if not pool:
        return None, []
    by_value: dict[str, set[str]] = defaultdict(set)
    first: dict[str, Place] = {}
    for mention in sorted(pool, key=lambda m: (m.document, m.start)):
        by_value[mention.location.name].add(source_of(mention))
        first.setdefault(mention.location.name, mention.location)

    def support(value: str) -> tuple:
        place = first[value]
        agreeing = set().union(
            *(docs for v, docs in by_value.items() if places_compatible(place, first[v]))
        )
        return (len(agreeing), LEVEL_RANK[place.level], len(by_value[value]), value)

    chosen = max(by_value, key=support)
    conflicts = []
    values = list(by_value)
    if any(
        not places_compatible(first[a], first[b]) for i, a in enumerate(values) for b in values[i:]
    ):
        conflicts.append(
            Conflict("location", {v: sorted(d) for v, d in sorted(by_value.items())}, chosen)
        )
    return first[chosen], conflicts


def place_fits(mentions: Iterable[Mention], mention: Mention) -> bool:
    """A report can join these reports of one event: the places their texts name agree (a
    place taken from a dateline or a host's country does not keep reports apart)."""
    if mention.location is None or _inferred(mention.location):
        return True
    return all(
        places_compatible(m.location, mention.location)
        for m in mentions
        if m.location is not None and not _inferred(m.location)
    )
