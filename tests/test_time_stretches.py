"""Stretches of time (TimeML durations), third round: values on a span as TIMEX3 marks it."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import Timex, find_timexes
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


def _value(sentence: str) -> str:
    """The TimeML value of the span written in [[double brackets]]."""
    start = sentence.index("[[")
    end = sentence.index("]]") - 2
    text = sentence.replace("[[", "").replace("]]", "")
    timex = Timex(start, end, text[start:end], "gold")
    return timeml_normalise(timex, FRI, context=text).value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a bound after the count is the count, as one before it is ("more than a year")
        ("The siege of the town lasted [[a year or more]].", "P1Y"),
        ("Repairs will take [[five years or longer]], engineers said.", "P5Y"),
        ("Claims must be filed within [[30 days or less]].", "P30D"),
        # (guard) a range still reads as its first count
        ("The envoy will stay [[a week or two]].", "P1W"),
    ],
)
def test_a_bound_after_the_count_is_the_count(sentence: str, value: str) -> None:
    assert _value(sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a stretch counted and pointed back to is the stretch, as "the two weeks" is
        ("The envoys met daily during [[those two weeks]].", "P2W"),
        ("Nothing moved in [[these past three days]], aid workers said.", "P3D"),
        ("He never spoke of [[those few years]] in prison.", "PXY"),
        # (guards) no count: no stretch ("these days" is now)
        ("Few people write letters [[these days]].", "PRESENT_REF"),
    ],
)
def test_a_stretch_pointed_back_to_is_the_stretch(sentence: str, value: str) -> None:
    assert _value(sentence) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # an hour beside the document's day names no hour of a date: the stretch
        ("Shelling has eased in [[the past hour]], a resident said.", "PT1H"),
        ("Troops will reach the border within [[the next hour]].", "PT1H"),
        # (guard) counted hours were read so already
        ("Shelling has eased in [[the past 24 hours]].", "PT24H"),
    ],
)
def test_the_past_hour_is_a_stretch(sentence: str, value: str) -> None:
    assert _value(sentence) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the age of a state or a happening is a stretch
        ("Militants tried to wreck the 8-month-old truce in the north.", ["8-month-old"]),
        ("Exporters want the 10-year-old ban on timber lifted.", ["10-year-old"]),
        ("Miners ended a three-week-old strike on the coast.", ["three-week-old"]),
        # (guards) a person's age is no time expression
        ("She flew home with her 6-month-old son.", []),
        ("The 44-year-old protester was held.", []),
    ],
)
def test_the_age_of_a_state_is_found(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence)] == expected


def test_the_age_of_a_state_is_its_stretch() -> None:
    assert _value("Militants tried to wreck the [[8-month-old]] truce in the north.") == "P8M"


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # seconds counted are a stretch, as minutes are
        ("The tremor lasted 40 seconds, residents said.", "40 seconds", "PT40S"),
        ("Rebels aired a 30-second video of the pilot.", "30-second", "PT30S"),
        ("The crowd stood in silence for several seconds.", "several seconds", "PTXS"),
    ],
)
def test_seconds_counted_are_found(sentence: str, expected: str, value: str) -> None:
    (timex,) = find_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    # (guards) "a second" is as often the ordinal
    ["The president won a second term.", "Police fired a second time."],
)
def test_a_second_alone_is_not_found(sentence: str) -> None:
    assert find_timexes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a stretch written hyphenated or solid is found as when written with spaces
        ("He spent four-and-a-half years in a military jail.", "four-and-a-half years", "P4Y6M"),
        ("She began a two-and-a-half-year term on the council.", "two-and-a-half-year", "P2Y6M"),
        ("Farmers ended a weeklong protest in the capital.", "weeklong", "P1W"),
        ("A yearlong inquiry cleared the minister.", "yearlong", "P1Y"),
    ],
)
def test_a_stretch_written_hyphenated_or_solid_is_found(
    sentence: str, expected: str, value: str
) -> None:
    (timex,) = find_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_lifelong_is_no_stretch() -> None:
    assert find_timexes("The two men were lifelong friends.") == []


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a stretch in two units is one expression, the second unit the smaller
        ("He was jailed for four years and two months.", "for four years and two months", "P4Y2M"),
        ("The siege lasted a year and three months.", "a year and three months", "P1Y3M"),
        ("The hearing ran an hour and 15 minutes.", "an hour and 15 minutes", "PT1H15M"),
    ],
)
def test_a_stretch_in_two_units_is_one_expression(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_a_count_after_and_that_starts_a_clause_is_apart() -> None:
    sentence = "The talks took two years, and three months later the deal collapsed."
    assert [t.text for t in timeml_timexes(sentence)] == ["two years", "three months later"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a vague count of decades ago is a time past, as a vague count of years ago is
        ("The dam was built [[a few decades ago]] by Soviet engineers.", "PAST_REF"),
        ("The feud began [[several decades ago]].", "PAST_REF"),
        # (guards) a count stays a year back
        ("The dam was built [[three decades ago]].", "1983"),
        ("The feud began [[a few years ago]].", "PAST_REF"),
    ],
)
def test_a_few_decades_ago_is_a_time_past(sentence: str, value: str) -> None:
    assert _value(sentence) == value


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a fortnight beside the document's day is the stretch (it was "the past", PAST_REF)
        ("Prices have fallen for the past fortnight.", "for the past fortnight", "P2W"),
        ("Talks will resume within the next fortnight.", "within the next fortnight", "P2W"),
    ],
)
def test_the_past_fortnight_is_a_stretch(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a quarter of an hour or of a century is one stretch (it was "an hour" alone)
        ("Gunfire lasted a quarter of an hour.", "a quarter of an hour", "PT15M"),
        ("They waited three quarters of an hour.", "three quarters of an hour", "PT45M"),
        ("He ruled for a quarter of a century.", "a quarter of a century", "P25Y"),
    ],
)
def test_a_quarter_of_an_hour_is_one_stretch(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_a_quarter_of_a_market_is_no_stretch() -> None:
    assert find_timexes("Rebels hold a quarter of the city.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # the verb "last" after a modal or "to" is no "last" of a stretch ("last a week" had
        # been read as "last week", a date of no value, XXXX-XX-XX)
        ("The talks could last a week.", "a week", "P1W"),
        ("The trial may last a month, lawyers said.", "a month", "P1M"),
        ("The storm will last two or three days.", "two or three days", "P2D"),
        ("The truce is expected to last three weeks.", "three weeks", "P3W"),
        # (guard) the adjective, as before
        ("Sales rose over the last three days.", "over the last three days", "P3D"),
    ],
)
def test_the_verb_last_is_no_part_of_a_stretch(sentence: str, span: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == span
    assert timeml_normalise(timex, FRI, context=sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a count in thousands, grouped with a comma, before its unit as an adjective is the
        # stretch, as "2,000 years" is (it had no value: a count of 1,000 or more was taken
        # for a year, "the 1988 quarter", unless plural)
        ("The city boasts a 3,000-year history.", "3,000-year", "P3L"),
        ("Monks keep a 1,500-year tradition alive.", "1,500-year", "P1500Y"),
        # (guard) the plural, as before
        ("The glass has been made here for 2,000 years.", "for 2,000 years", "P2L"),
    ],
)
def test_a_stretch_in_thousands_before_a_noun(sentence: str, span: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert (timex.text, timeml_normalise(timex, FRI, context=sentence).value) == (span, value)
