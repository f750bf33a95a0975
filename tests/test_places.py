"""Where (issue 9): places found and resolved, the event's place, merge, filters."""

from __future__ import annotations

import datetime as dt

import pytest

import wirecode
from wirecode.places import Gazetteer, choose_location, place_fits, places_compatible
from wirecode.places.find import Context, dateline, resolve
from wirecode.places.query import country_of_query, place_matches
from wirecode.records import ActorRef, DateValue, Mention, Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# -- the gazetteer and resolution ------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "strong", "expected"),
    [
        ("Moscow", set(), ("Moscow", "RUS", "city")),
        ("Kiev", set(), ("Kyiv", "UKR", "city")),  # an alternate name
        ("Britain", set(), ("United Kingdom", "GBR", "country")),  # the actors' KB names
        ("Bali", set(), ("Bali", "IDN", "region")),  # regions.yaml
        ("Tripoli", set(), ("Tripoli", "LBY", "city")),  # population prior
        ("Tripoli", {"LBN"}, ("Tripoli", "LBN", "city")),  # the context names Lebanon
        ("Paris", set(), ("Paris", "FRA", "city")),
        ("Paris", {"USA"}, ("Paris", "FRA", "city")),  # an American actor is not enough
        ("Georgia", set(), ("Georgia", "GEO", "country")),
        ("Georgia", {"USA"}, ("Georgia", "USA", "region")),
        ("Georgia", {"USA", "GEO"}, ("Georgia", "GEO", "country")),
        ("Asia", set(), ("Asia", None, "region")),  # a continent, not a town in the Philippines
    ],
)
def test_resolve(gazetteer, name, strong, expected):
    entry, basis = resolve(gazetteer, name, Context(strong=strong))
    assert (entry.name, entry.country, entry.level) == expected
    assert basis


def test_the_gazetteer_is_built_with_the_cyclic_collector_paused(monkeypatch):
    import gc

    from wirecode.places import gazetteer as module

    seen = []
    build = module.Gazetteer.__init__

    def watched(self, entries):
        seen.append(gc.isenabled())
        build(self, entries)

    monkeypatch.setattr(module.Gazetteer, "__init__", watched)
    assert gc.isenabled()
    assert module.Gazetteer.load(cities="cities15000.json").lookup("Moscow")
    assert seen == [False]  # paused while hundreds of thousands of entries are made
    assert gc.isenabled()  # and enabled again afterwards
    gc.disable()
    try:
        module.Gazetteer.load(cities="cities15000.json")
        assert not gc.isenabled()  # a caller's own pause is left as it was
    finally:
        gc.enable()


def test_qualified_names_resolve_inside_their_qualifier(gazetteer):
    texas = resolve(gazetteer, "Texas", Context())[0]
    paris, basis = resolve(gazetteer, "Paris", Context(), within=texas)
    assert (paris.country, paris.admin1) == ("USA", "TX")
    assert "in Texas" in basis
    iran = gazetteer.country("IRN")
    assert resolve(gazetteer, "Bam", Context(), within=iran)[0].country == "IRN"


def test_venues_carry_coordinates_country_and_source(gazetteer):
    venues = {entry.id: entry for entry, _ in gazetteer.venues}
    for slug in ("kremlin", "oval-office", "filoli", "zhongnanhai", "vostochny-cosmodrome"):
        venue = venues[f"venue:{slug}"]
        assert venue.lat is not None and venue.lon is not None
        assert venue.country and venue.source.startswith("Wikipedia")
        assert gazetteer.city_of(venue) is not None, slug


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("KYIV: Ukraine's president said", ["Kyiv"]),
        ("BEIJING (Reuters) - Chinese President Xi", ["Beijing"]),
        ("MOSCOW/SEOUL - North Korean leader", ["Moscow", "Seoul"]),
        ("WASHINGTON, April 5 (Reuters) - The", ["Washington"]),
        ("Chinese President Xi Jinping spoke", []),
        ("US Open to 'Negotiated Peace'", []),
    ],
)
def test_dateline(text, places):
    assert dateline(text) == places


# -- the event's place -----------------------------------------------------------------------
def _events(text: str, day: str = "2023-03-21"):
    return wirecode.code(text, published=day)


def _only(events, mode):
    found = [e for e in events if e.mode == mode]
    assert found, [(e.event, e.mode) for e in events]
    return found[0]


def test_a_visit_takes_its_destination(coder):
    event = _only(_events("Xi Jinping arrived in Moscow on Monday for a state visit."), "visit")
    assert (event.location.name, event.location.country) == ("Moscow", "RUS")
    assert event.location.basis.startswith("destination of the visit")


def test_a_visit_to_a_country_is_at_country_level(coder):
    event = _only(
        _events("Ukrainian President Volodymyr Zelensky made a visit to Poland on Wednesday."),
        "visit",
    )
    assert (event.location.country, event.location.level) == ("POL", "country")


def test_a_country_named_with_a_compass_word_keeps_it(coder):
    """ "North Korea" is a country's own name, not the north of "Korea" (South Korea), as
    "south Lebanon" is the south of Lebanon."""
    event = _only(
        _events("Vladimir Putin visited North Korea on Wednesday.", "2024-06-20"), "visit"
    )
    assert (event.location.name, event.location.country) == ("North Korea", "PRK")
    attack = _events("Israel shelled villages in south Lebanon on Monday.")
    assert [e.location.country for e in attack if e.location] == ["LBN"]


def test_a_meeting_takes_its_venue_or_city(coder):
    event = _only(
        _events(
            "US President Joe Biden and Chinese President Xi Jinping met on the sidelines of "
            "the G20 summit in Bali on Monday.",
            "2022-11-15",
        ),
        "meet",
    )
    assert (event.location.name, event.location.country) == ("Bali", "IDN")
    event = _only(
        _events("Biden and Xi held talks at the Filoli estate on Wednesday.", "2023-11-16"),
        "meet",
    )
    assert (event.location.name, event.location.level) == ("Filoli", "venue")


def test_a_call_has_no_place(coder):
    event = _only(
        _events(
            "KYIV: Ukrainian President Volodymyr Zelensky spoke with Chinese President Xi "
            "Jinping by phone on Wednesday.",
            "2023-04-27",
        ),
        "phone",
    )
    assert event.location is None


def test_the_dateline_is_not_the_event(coder):
    text = (
        "WASHINGTON (Reuters) - Chinese President Xi Jinping met Russian President Vladimir "
        "Putin in Moscow on Tuesday."
    )
    event = _only(_events(text, "2023-03-22"), "meet")
    assert event.location.name == "Moscow"
    # with no place in the text, and a dateline that is no participant's country: none
    text = "WASHINGTON - Chinese President Xi Jinping met Russian President Vladimir Putin."
    assert _only(_events(text, "2023-03-22"), "meet").location is None


def test_the_dateline_stands_in_only_when_the_text_names_no_place(coder):
    text = "MOSCOW - Chinese President Xi Jinping met Russian President Vladimir Putin on Tuesday."
    place = _only(_events(text, "2023-03-22"), "meet").location
    assert (place.name, place.country) == ("Moscow", "RUS")
    assert place.basis.startswith("dateline")


def test_ambiguous_names_follow_the_document(coder):
    text = (
        "Lebanese officials said Syrian officers met militia leaders in Tripoli on Monday to "
        "discuss a truce."
    )
    placed = [m.location for m in coder.code(_document(text)) if m.location]
    assert placed and placed[0].country == "LBN"


def _document(text: str):
    from wirecode.records import Document

    return Document(id="doc_t", text=text, published=DateValue.day(dt.date(2023, 1, 2)))


# -- merge -----------------------------------------------------------------------------------
MOSCOW = Place("Moscow", "RUS", 55.752, 37.6178, "city", "t", "geonames:524901")
KREMLIN = Place("Moscow Kremlin", "RUS", 55.7517, 37.6178, "venue", "t", "venue:kremlin")
PETERSBURG = Place("Saint Petersburg", "RUS", 59.9386, 30.3141, "city", "t", "geonames:498817")
RUSSIA = Place("Russia", "RUS", 54.3, 52.4, "country", "t", "country:RUS")
BEIJING = Place("Beijing", "CHN", 39.9075, 116.3972, "city", "t", "geonames:1816670")


def test_places_compatible():
    assert places_compatible(MOSCOW, KREMLIN)
    assert places_compatible(MOSCOW, RUSSIA)
    assert places_compatible(MOSCOW, None)
    assert not places_compatible(MOSCOW, PETERSBURG)
    assert not places_compatible(MOSCOW, BEIJING)


def _mention(document: str, place: Place | None, *, mode="meet", day=dt.date(2023, 3, 21)):
    people = [ActorRef("xi-jinping", "Xi Jinping", "CHN"), ActorRef("putin", "Putin", "RUS")]
    return Mention(
        document, 0, 0, 10, "s", "met", "CONSULT", mode, "occurred", people,
        date=DateValue.day(day), location=place,
    )  # fmt: skip


def test_two_reports_of_one_meeting_agree_on_the_city():
    from wirecode.merge import merge

    events = merge([_mention("a", MOSCOW), _mention("b", KREMLIN)])
    assert len(events) == 1
    assert events[0].location.name == "Moscow Kremlin"  # the finest that all agree with
    assert not [c for c in events[0].conflicts if c.field == "location"]


def test_different_cities_on_the_same_day_are_different_events():
    from wirecode.merge import merge

    events = merge([_mention("a", MOSCOW), _mention("b", BEIJING)])
    assert len(events) == 2
    assert not place_fits([_mention("a", MOSCOW)], _mention("b", PETERSBURG))


def test_a_disagreement_is_a_recorded_conflict():
    mentions = [_mention("a", MOSCOW), _mention("b", MOSCOW), _mention("c", PETERSBURG)]
    place, conflicts = choose_location(mentions, lambda m: m.document)
    assert place.name == "Moscow"
    assert conflicts[0].field == "location"
    assert conflicts[0].values == {"Moscow": ["a", "b"], "Saint Petersburg": ["c"]}


def test_a_told_place_beats_a_dateline():
    dated = Place("Beijing", "CHN", 39.9, 116.4, "city", "dateline 'Beijing' (...)", "x")
    place, conflicts = choose_location(
        [_mention("a", dated), _mention("b", MOSCOW)], lambda m: m.document
    )
    assert place.name == "Moscow" and not conflicts
    assert place_fits([_mention("a", MOSCOW)], _mention("b", dated))


def test_a_call_keeps_no_place():
    place, _ = choose_location([_mention("a", MOSCOW, mode="phone")], lambda m: m.document)
    assert place is None


# -- filters and JSON ----------------------------------------------------------------------
def test_place_query():
    location = MOSCOW.to_dict()
    assert place_matches(location, "moscow")
    assert place_matches(location, "RUS")
    assert place_matches(location, "Russia", country=country_of_query("Russia"))
    assert not place_matches(location, "Kyiv", country=country_of_query("Kyiv"))
    assert country_of_query("Moscow") is None  # a capital is not its country
    assert not place_matches(None, "Moscow")


def test_place_round_trips_and_reads_old_strings():
    assert Place.from_dict(MOSCOW.to_dict()) == MOSCOW
    assert Place.from_dict("Geneva").name == "Geneva"
    assert Place.from_dict(None) is None
    assert set(MOSCOW.to_dict()) >= {"name", "country", "lat", "lon", "level", "basis"}
