"""Years or decades "later" are the stretch, "later" its signal, as days are (seventh round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_value

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # each had been a year counted on from the document's: 2014, 2015, 2023, 2043
        ("a year later", "P1Y"),
        ("two years later", "P2Y"),
        ("a decade later", "P10Y"),
        ("three decades later", "P30Y"),
        # (guards) "three days later" as before; "a year earlier", a comparison with the year
        # before, stays a date
        ("three days later", "P3D"),
        ("a year earlier", "2012"),
        ("a decade earlier", "2003"),
    ],
)
def test_years_later_are_the_stretch(phrase: str, value: str) -> None:
    assert timeml_value(phrase, FRI) == value
