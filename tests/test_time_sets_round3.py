"""Sets found whole: a weekday's part of day recurring, and the weekends."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a weekday's part of day after "every" or "each" recurs (it was one day: the longer
        # "Friday afternoon" won over "every Friday")
        ("The envoys meet every Friday afternoon in Doha.", "every Friday afternoon",
         "XXXX-WXX-5TAF"),
        ("Crowds gather each Sunday night outside the embassy.", "each Sunday night",
         "XXXX-WXX-7TNI"),
        # the weekends after "on" or "at"
        ("The border crossing closes on weekends.", "weekends", "XXXX-WXX-WE"),
        # (guard) a weekday's part of day alone is one day
        ("The envoys met on Thursday afternoon in Doha.", "Thursday afternoon", "2013-03-21TAF"),
    ],
)  # fmt: skip
def test_a_recurring_part_of_a_weekday_is_a_set(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a range of counts per occurrence is a set, written as its first count
        ("Elections are held every two to three years.", "every two to three years", "P2Y"),
        ("The comet returns every four or five years.", "every four or five years", "P4Y"),
        # (guard) a count alone, as before
        ("The games are held every four years.", "every four years", "P4Y"),
    ],
)
def test_a_range_per_occurrence_is_a_set(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    found = timeml_normalise(timex, FRI, context=sentence)
    assert (found.value, found.type) == (value, "SET")
