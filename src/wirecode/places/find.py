"""Places a document names, and what they resolve to.

A place is found three ways: a named venue ("the Kremlin", "the Filoli estate"), a spaCy
entity (GPE, LOC, FAC), or a proper noun after "in", "at" or "to" that the gazetteer knows.
"Paris, Texas" and "Bam, Iran" are one place qualified by the next. The dateline ("KYIV:",
"BEIJING (Reuters) -", "MOSCOW/SEOUL -") names where the story was filed.

A name is resolved to the most likely place of that name: its population is the prior, a
place's own name beats an alternate, countries and capitals come first; the countries named
near it (the sentence's actors and places) and in the document move the choice ("Tripoli"
in a story about Lebanon is Tripoli, Lebanon). Every choice says its basis.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

from wirecode.nlp.datelines import DATELINE
from wirecode.nlp.views import columns
from wirecode.places.gazetteer import Entry, Gazetteer, normalise
from wirecode.records import Place

__all__ = ["Context", "PlaceSpan", "dateline", "find_places", "resolve", "to_place"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
LOCATIVE = {"in", "at", "to", "near", "into", "outside", "inside", "from", "toward", "towards"}
MAX_VENUE_WORDS = 6
MISTAGGED_FROM = 100_000  # a name the model tagged as a person or organisation is a place
# only when it is a city this large (or a country)
REGION_WORDS = {"region", "province", "oblast", "state", "territory", "district", "krai"}
SETTLEMENT_WORDS = {"town", "city", "village", "capital", "port", "enclave", "resort", "suburb"}
COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
LEVEL_BONUS = {"country": 1.0, "city": 0.0, "region": -0.5, "venue": 0.0}
STRONG, WEAK = 1.5, 1.0


@dataclass(slots=True)
class PlaceSpan:
    """Words that name a place: token span, how they were found, and what they resolve to."""

    start: int
    end: int
    text: str
    how: str  # venue | entity | noun | dateline
    qualifier: PlaceSpan | None = None
    entry: Entry | None = None
    basis: str = ""
    region: bool = False  # followed by "region", "province", ...: not a city


@dataclass(slots=True)
class Context:
    """Countries named near a place (strong) and in its document (weak)."""

    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)

    def weight(self, country: str | None) -> float:
        if country in self.strong:
            return STRONG
        return WEAK if country in self.weak else 0.0


@functools.lru_cache(maxsize=4)
def _venue_keys(gazetteer: Gazetteer) -> tuple[dict[str, Entry], frozenset[str]]:
    """Venue names → venues, and the first words of those names (built once per gazetteer)."""
    keys: dict[str, Entry] = {}
    for entry, names in gazetteer.venues:
        for name in names:
            keys.setdefault(normalise(name), entry)
    return keys, frozenset(key.split()[0] for key in keys if key)


def _venues(doc, index: tuple[dict[str, Entry], frozenset[str]]) -> list[PlaceSpan]:
    keys, first_words = index
    found: list[PlaceSpan] = []
    texts = columns(doc).text
    i = 0
    while i < len(doc):
        text = texts[i]
        if not text[:1].isupper() and not text[:1].isdigit():
            i += 1
            continue
        head = normalise(text).split()[:1]
        if text.lower() != "the" and (not head or head[0] not in first_words):
            i += 1  # no venue name starts with this word ("The White House" drops "the")
            continue
        for n in range(min(MAX_VENUE_WORDS, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            entry = keys.get(normalise(span.text))
            if entry is not None and span[-1].text[:1].isalpha():
                if i + n < len(doc) and doc[i + n].lower_ in ("estate", "palace", "street"):
                    n += 1  # "the Filoli estate"
                found.append(PlaceSpan(i, i + n, doc[i : i + n].text, "venue", entry=entry))
                i += n - 1
                break
        i += 1
    return found


def find_places(doc, gazetteer: Gazetteer, *, people: set[int] = frozenset()) -> list[PlaceSpan]:
    """Every place named in a parsed document, in order (venues before the entities they
    overlap). `people`: token indices of people named, never places."""
    venues = _venues(doc, _venue_keys(gazetteer))
    taken = {i for v in venues for i in range(v.start, v.end)}
    spans = list(venues)
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or taken & set(range(ent.start, ent.end)):
            continue
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        if (
            start < ent.end - 1
            and doc[start].lower_ in COMPASS
            and not gazetteer.lookup(doc[start : ent.end].text)
        ):
            start += 1  # "Western Cambodia", "south Lebanon"; not "North Korea", "South Sudan"
        if start < ent.end and gazetteer.lookup(doc[start : ent.end].text):
            spans.append(PlaceSpan(start, ent.end, doc[start : ent.end].text, "entity"))
            taken.update(range(ent.start, ent.end))
    labels = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
    pos = columns(doc).pos
    for i in range(len(doc)):
        if pos[i] != "PROPN" or i in taken or i in people:
            continue
        token = doc[i]
        if token.dep_ != "pobj" or not _locative(token.head):
            continue
        words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        start = words[0].i if words else token.i
        text = doc[start : token.i + 1].text
        found = [e for e, _ in gazetteer.lookup(text) if e.level != "venue"]
        if labels.get(token.i) in NOT_PLACE_LABELS:  # "arrives in Lvov" tagged a person
            found = [e for e in found if e.population >= MISTAGGED_FROM or e.level == "country"]
        if found:
            spans.append(PlaceSpan(start, token.i + 1, text, "noun"))
            taken.update(range(start, token.i + 1))
    for span in spans:
        if span.end < len(doc) and doc[span.end].lower_ in REGION_WORDS:
            span.region = True  # "the Amur region": not a town named Amur
        if span.start >= 2 and doc[span.start - 1].lower_ == "of":
            span.region = doc[span.start - 2].lower_ in REGION_WORDS  # "province of Herat"
    spans.sort(key=lambda s: s.start)
    for first, second in zip(spans, spans[1:], strict=False):
        if second.start == first.end + 1 and doc[first.end].text == ",":
            first.qualifier = second  # "Paris, Texas", "Bam, Iran"
    return spans


def _locative(prep) -> bool:
    """ "in", "at", "to" ..., or the "of" of "the town of Samarra"."""
    if prep.lower_ in LOCATIVE:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in SETTLEMENT_WORDS | REGION_WORDS


def dateline(text: str) -> list[str]:
    """The places of a story's dateline: "BEIJING (Reuters) -" → ["Beijing"]."""
    match = DATELINE.match(text[:160])
    if not match:
        return []
    names = [n.strip(" .-") for n in match.group("places").split("/")]
    return [n.title() for n in names if len(n) >= 3 and n.upper() == n]


def _score(entry: Entry, own_name: bool, context: Context) -> float:
    score = math.log10(entry.population + 10) + (1.0 if own_name else -1.0)
    score += LEVEL_BONUS[entry.level] + (0.5 if entry.capital else 0.0)
    return score + context.weight(entry.country)


def resolve(
    gazetteer: Gazetteer,
    text: str,
    context: Context,
    *,
    within: Entry | None = None,
    region: bool = False,
) -> tuple[Entry, str] | None:
    """The place a name most likely is, with the basis of the choice (`region`: the name
    of a region, so no city)."""
    candidates = gazetteer.lookup(text)
    if region:  # a region's name, or else the city it is named after ("province of Herat")
        candidates = [(e, own) for e, own in candidates if e.level != "city"] or candidates
    if within is not None:
        inside = [(e, own) for e, own in candidates if e.within(within) and e.id != within.id]
        if inside:
            best = max(inside, key=lambda c: _score(c[0], c[1], context))[0]
            return best, f"{_source(best)}, in {within.name}"
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: -_score(c[0], c[1], context))
    best = ranked[0][0]
    countries = {e.country for e, _ in candidates}
    if len(candidates) == 1:
        return best, _source(best)
    if len(countries) == 1 and best.level != "city":
        return best, _source(best)
    moved = context.weight(best.country) and not all(
        context.weight(e.country) for e, _ in ranked[1:]
    )
    prior = max(ranked, key=lambda c: _score(c[0], c[1], Context()))[0]
    if moved and prior.id != best.id:
        why = f"the one in {best.country}, which the context names"
    elif moved:
        why = f"the largest, in {best.country}, which the context names"
    else:
        why = "the largest"
    return best, f"{_source(best)}; {why}, of {len(candidates)} places named {text!r}"


def _source(entry: Entry) -> str:
    if entry.level == "venue":
        return f"venue ({entry.source})"
    if entry.id.startswith("region:"):
        return f"region ({entry.source})"
    if entry.id.startswith("us-state:"):
        return "US state (GeoNames)"
    return f"GeoNames {entry.level}"


def resolve_span(gazetteer: Gazetteer, span: PlaceSpan, context: Context) -> PlaceSpan:
    """Resolve a span in place (its qualifier first: "Paris, Texas")."""
    if span.entry is not None:
        span.basis = span.basis or _source(span.entry)
        return span
    within = None
    if span.qualifier is not None:
        resolve_span(gazetteer, span.qualifier, context)
        within = span.qualifier.entry
    found = resolve(gazetteer, span.text, context, within=within, region=span.region)
    if found is not None:
        span.entry, span.basis = found
    return span


def to_place(entry: Entry, *, text: str, basis: str) -> Place:
    return Place(
        entry.name, entry.country, entry.lat, entry.lon, entry.level, basis, entry.id, text
    )
