"""A deadline told in the past perfect has been reached: 'had sold its stake by March'."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.tense import tense_of
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # the past perfect on the left, or after a fronted deadline and its comma
        ("The fund had sold half its stake by March, filings show.", "past"),
        ("By March, the fund had sold half its stake.", "past"),
        # (guards) a deadline still looks forward, a future in the past included
        ("The fund will sell half its stake by March.", "future"),
        ("The fund had said it would sell its stake by March.", "future"),
        ("The fund had planned to sell its stake by March.", "future"),
    ],
)
def test_a_deadline_told_in_the_past_perfect_is_past(sentence: str, tense: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert tense_of(sentence, timex.start, timex.end) == tense


def test_the_end_of_the_year_reached_in_the_past_perfect_is_the_discourses() -> None:
    text = "In 2011, protests spread. By the end of the year, the president had fallen."
    first, second = timeml_timexes(text)
    ref = timeml_normalise(first, FRI, context=text)
    assert timeml_normalise(second, FRI, context=text, reference=ref).value == "2011"
