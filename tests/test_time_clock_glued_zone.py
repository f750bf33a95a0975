"""The wires' 24-hour clock glued to its zone is one time of day (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (each was "2100", "1600" alone: the years 2100 and 1600)
        ("The interview will air at 2100GMT on Friday.",
         [("2100GMT on Friday", "2013-03-22T21:00")]),
        ("Troops entered the town at 0400UTC.", [("0400UTC", "2013-03-22T04:00")]),
        # (guards) the zone apart, as before; a year stays a year
        ("The polls close at 1600 GMT.", [("1600 GMT", "2013-03-22T16:00")]),
        ("The law dates from 1990.", [("1990", "1990")]),
    ],
)  # fmt: skip
def test_a_clock_glued_to_its_zone(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, FRI)] == expected
