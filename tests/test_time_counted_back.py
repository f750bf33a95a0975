"""'A year before' an event named is a stretch; 'a year before' alone the year before."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes
from wirecode.time.timeml import timeml_normalise

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # counted back from an event the sentence names: TimeML's stretch (it was the year
        # before the document's, 2012)
        ("A year before the war, he fled to Jordan.", "P1Y"),
        ("He left a year before Assad took power.", "P1Y"),
        # (guards) "before" that ends the phrase, or "before that", is the year before
        ("A year before, he had fled to Jordan.", "2012"),
        ("He had left a year before.", "2012"),
        ("He left a year before that.", "2012"),
    ],
)
def test_a_year_before_an_event_is_a_stretch(sentence: str, value: str) -> None:
    found = find_timexes(sentence)[0]
    assert timeml_normalise(found, FRI, context=sentence).value == value
