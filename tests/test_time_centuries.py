"""The hundreds of a past century ('the 1800s') are that century, not its first decade."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.resolve import resolve
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mosque was built in the late 1800s.", "18"),
        ("Cholera swept the port in the early 1900s.", "19"),
        # (guards) a decade stays a decade, and so do the 2000s
        ("Cholera swept the port in the 1910s.", "191"),
        ("Exports boomed in the 2000s.", "200"),
    ],
)
def test_the_hundreds_of_a_century_are_the_century(sentence: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timeml_normalise(timex, FRI, context=sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "expected", "value", "year"),
    [
        # a count of centuries back is a year, as "a decade ago" is; none was found
        ("The town was founded a century ago by fishermen.", "a century ago", "1913", 1913),
        ("The bridge was built more than two centuries ago.",
         "more than two centuries ago", "1813", 1813),
        ("The empire fell a century and a half ago.", "a century and a half ago", "1863", 1863),
        # no count: a time past, as "decades ago" is (resolve: a rough stretch)
        ("The river changed its course centuries ago.", "centuries ago", "PAST_REF", None),
        # (guard) a decade, as before
        ("The dam was built a decade ago.", "a decade ago", "2003", 2003),
    ],
)  # fmt: skip
def test_centuries_ago_are_found(sentence: str, expected: str, value: str, year) -> None:
    (timex,) = timeml_timexes(sentence)
    assert (timex.text, timeml_normalise(timex, FRI, context=sentence).value) == (expected, value)
    date = resolve(timex.text, FRI)
    if year is None:
        assert date is not None and date.start.year < 1900
    else:
        assert (date.start.year, date.precision) == (year, "year")


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a stretch of a century, counted or beside the document's, is found as a decade's is
        # (the value rule read each already; the finder knew "centuries" only in the plural)
        ("The dynasty ruled for more than a century.", "more than a century", "P100Y"),
        ("The empire lasted a century and a half.", "a century and a half", "P150Y"),
        ("Temperatures have risen over the past century.", "over the past century", "P100Y"),
        ("The family has run the paper for a quarter-century.", "a quarter-century", "P25Y"),
        # (guards) a century named, and a stretch of decades, as before
        ("The mosque dates from the 18th century.", "the 18th century", "17"),
        ("Prices have risen over the past decade.", "over the past decade", "P10Y"),
    ],
)
def test_a_stretch_of_a_century_is_found(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert (timex.text, timeml_normalise(timex, FRI, context=sentence).value) == (expected, value)


@pytest.mark.parametrize(
    "sentence",
    [
        # one decade or century after a phrase's opening is a stretch, as "a month" is (they
        # were typed SET, as a rate is)
        "It was the worst flood in a century.",
        "The reform took a decade.",
        # (guard) as before
        "The talks lasted a month.",
    ],
)
def test_one_decade_or_century_is_a_stretch(sentence: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timeml_normalise(timex, FRI, context=sentence).type == "DURATION"
