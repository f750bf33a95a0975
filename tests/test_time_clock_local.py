"""The wires' 24-hour clock before "local time" is a time of day (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (each was found by nothing)
        ("The deadline expires at 1800 local time.", [("1800 local time", "2013-03-22T18:00")]),
        ("The truce began at 0600 local time on Friday.",
         [("0600 local time on Friday", "2013-03-22T06:00")]),
        # (guards) a year after "in", and the clock before GMT as before
        ("In 2000 local time zones changed.", [("2000", "2000")]),
        ("Troops entered at 0400 GMT.", [("0400 GMT", "2013-03-22T04:00")]),
    ],
)  # fmt: skip
def test_a_24_hour_clock_in_local_time(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, FRI)] == expected
