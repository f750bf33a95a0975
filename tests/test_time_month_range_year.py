"""The first month of a range of months whose year is written once takes that year, as the first
day of a range of days does ('from January to June 2010' is 2010-01 and 2010-06; the first end
had been read alone, the document's January)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The census ran from January to June 2010.", ["2010-01", "2010-06"]),
        ("Fighting raged between April and August 2011.", ["2011-04", "2011-08"]),
        ("The survey covers Jan.-March 2011.", ["2011-01", "2011-03"]),
        # a range that crosses the turn of a year starts in the year before
        ("The siege lasted from October to March 2010.", ["2009-10", "2010-03"]),
        # (guards) each end written with its year, or no year written
        ("The census ran from October 2009 to June 2010.", ["2009-10", "2010-06"]),
        ("The census ran from January to June.", ["2013-01", "2013-06"]),
    ],
)
def test_first_month_of_a_range_takes_its_year(sentence: str, values: list[str]) -> None:
    assert [found.value for _, found in timeml_values(sentence, FRI)] == values
