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


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # found whole: it had been "A year" alone (P1Y), "years" alone (PXY)
        ("A year and a half later, the talks resumed.", ("A year and a half later", "P1Y6M")),
        ("Two and a half years later, the city fell.", ("Two and a half years later", "P2Y6M")),
        # (guard) as before
        ("Three days later, he was dead.", ("Three days later", "P3D")),
    ],
)
def test_a_half_before_later(sentence: str, expected: tuple[str, str]) -> None:
    from wirecode.time.timeml import timeml_normalise, timeml_timexes

    (timex,) = timeml_timexes(sentence)
    assert (timex.text, timeml_normalise(timex, FRI, context=sentence).value) == expected
