"""A clock time's zone is part of it: found whole, and valued as the clock on its day."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # the US networks' zone without its season, a zone in words, a place's time
        ("The president spoke at 9 p.m. ET from the Oval Office.", "9 p.m. ET", "2013-03-22T21:00"),
        ("The launch was set for 10 a.m. PT.", "10 a.m. PT", "2013-03-22T10:00"),
        ("Polls closed at 14:00 UTC.", "14:00 UTC", "2013-03-22T14:00"),
        ("He landed at 9 a.m. Eastern time Thursday.", "9 a.m. Eastern time Thursday",
         "2013-03-21T09:00"),
        ("The ceasefire began at noon Moscow time.", "noon Moscow time", "2013-03-22T12:00"),
        # (guards) a zone already read, and a sentence opening after the clock
        ("Bids closed at 5 p.m. EST.", "5 p.m. EST", "2013-03-22T17:00"),
        ("He left at 5 p.m. This time, nobody followed.", "5 p.m.", "2013-03-22T17:00"),
    ],
)  # fmt: skip
def test_a_clock_times_zone_is_part_of_it(sentence: str, text: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == text
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_an_abbreviation_in_lower_case_is_no_zone() -> None:
    assert [t.text for t in find_timexes("The data came at 5 p.m. et al. said.")] == ["5 p.m."]
