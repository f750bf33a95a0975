"""The hundreds of a past century ('the 1800s') are that century, not its first decade."""

from __future__ import annotations

import datetime as dt

import pytest

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
