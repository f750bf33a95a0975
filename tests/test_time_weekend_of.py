"""The weekend of a day is one expression (fourth round): "the weekend of March 2"."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # it was "the weekend" (the document's) and the day apart, or the day alone
        ("Protesters gathered on the weekend of March 2.", "the weekend of March 2",
         "2013-W09-WE"),
        # a weekday named: the weekend after it
        ("The festival takes place the weekend of June 15, 2012.",
         "the weekend of June 15, 2012", "2012-W24-WE"),
        # (guard) the weekend alone, as before
        ("Protesters gathered on the weekend.", "the weekend", "2013-W11-WE"),
    ],
)  # fmt: skip
def test_the_weekend_of_a_day_is_one_weekend(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_resolve_dates_the_weekend_of_a_day() -> None:
    (timex,) = find_timexes("Protesters gathered on the weekend of March 2.")
    found = resolve(timex, FRI, past=True)
    assert found is not None
    assert (found.start, found.end) == (dt.date(2013, 3, 2), dt.date(2013, 3, 3))


def test_a_weekend_of_happenings_is_no_date() -> None:
    # (guard) "a weekend of" a noun: no day
    assert timeml_timexes("After a weekend of bitter accusations, talks resumed.") == []
