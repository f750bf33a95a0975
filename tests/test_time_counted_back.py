"""'A year before' an event named is a stretch; 'a year before' alone the year before."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import Timex, find_timexes
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


@pytest.mark.parametrize(
    ("sentence", "value", "type_"),
    [
        # one unit after a phrase's opening, or counted from an event, is a stretch (it
        # was typed a SET, as a rate is; its value is the same)
        ("A week after the attack, police arrested him.", "P1W", "DURATION"),
        ("He was killed within a week of his capture.", "P1W", "DURATION"),
        ("The talks lasted a month.", "P1M", "DURATION"),
        # (guards) a rate stays a set
        ("They meet three times a week.", "P1W", "SET"),
        ("They sell 50,000 CDs a year.", "P1Y", "SET"),
    ],
)
def test_one_unit_is_a_stretch_unless_a_rate(sentence: str, value: str, type_: str) -> None:
    found = find_timexes(sentence)[0]
    normalised = timeml_normalise(found, FRI, context=sentence)
    assert (normalised.value, normalised.type) == (value, type_)


def test_one_unit_before_its_signal_keeps_the_signal() -> None:
    # (guard) "[a year] earlier", marked without its signal (as TimeBank marks it), is
    # the year before
    text = "Profit was $13.5 million, or 34 cents a share, a year earlier."
    start = text.index("a year")
    marked = Timex(start, start + len("a year"), "a year", "gold")
    assert timeml_normalise(marked, FRI, context=text).value == "2012"
