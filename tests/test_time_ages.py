"""A decade of someone's life is an age, not a decade of the calendar (fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    "sentence",
    [
        # after a possessive the decade in words is an age (TimeML marks no age; it was found
        # as the 1970s, 197X)
        "The senator, who is in his late seventies, did not run again.",
        "She was in her twenties when she left Damascus.",
        "The suspects are all in their early forties.",
    ],
)
def test_a_decade_of_a_life_is_no_time(sentence: str) -> None:
    assert timeml_timexes(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # (guards) the decades of the calendar, as before
        ("Inflation soared in the late seventies.", "the late seventies", "197"),
        ("Disco was popular in the seventies.", "the seventies", "197"),
        # a decade in digits after a possessive is the calendar's
        ("She sang a medley of her 1980s hits.", "1980s", "198X"),
        ("Their 19th-century walls still stand.", "19th-century", "18"),
    ],
)
def test_a_decade_of_the_calendar_stays(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert (timex.text, timeml_normalise(timex, FRI, context=sentence).value) == (expected, value)
