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
