"""The year's end written short ('by year-end', 'at year's end') after another year the discourse
is on, in a clause not told as a future, is that year, as 'the end of the year' is (it was the
document's year)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In 2011, protests spread. By year's end, the president had fallen.", "2011"),
        ("Fighting flared in 2009. At year-end, the rebels held the north.", "2009"),
        # (guards) a future clause keeps the document's year, and so does a text with no other
        ("In 2011, protests spread. The deal is expected to close around year-end.", "2013"),
        ("Sales will rise by year-end, the company said.", "2013"),
    ],
)
def test_year_end_is_the_discourse_year(text: str, value: str) -> None:
    assert timeml_values(text, FRI)[-1][1].value == value
