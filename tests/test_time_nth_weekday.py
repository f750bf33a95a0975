"""An ordinal weekday of a month is one date (fourth round): "the first Monday in March"."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # it was the weekday alone, dated as the nearest one, and the month apart
        ("The council met on the first Monday in March.", "the first Monday in March",
         "2013-03-04"),
        ("The vote will be held on the first Tuesday of November.",
         "the first Tuesday of November", "2013-11-05"),
        ("Rents are due on the last Friday of the month.", "the last Friday of the month",
         "2013-03-29"),
        ("The envoys will meet on the second Sunday of next month.",
         "the second Sunday of next month", "2013-04-14"),
        ("The law took effect on the first Monday of March 2012.",
         "the first Monday of March 2012", "2012-03-05"),
        # (guard) a weekday alone, as before
        ("The council met on Monday.", "Monday", "2013-03-18"),
    ],
)  # fmt: skip
def test_an_ordinal_weekday_of_a_month_is_one_date(
    sentence: str, expected: str, value: str
) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_resolve_dates_an_ordinal_weekday_of_a_month() -> None:
    sentence = "The council met on the first Monday in March."
    (timex,) = find_timexes(sentence)
    found = resolve(timex, FRI)
    assert found is not None
    assert (found.start, found.end, found.precision) == (dt.date(2013, 3, 4),) * 2 + ("day",)


def test_a_weekday_of_every_month_is_no_one_date() -> None:
    # (guard) "of every month" recurs: the weekday is not dated as one of March
    sentence = "The council meets on the first Monday of every month."
    assert not any(t.text.startswith("the first") for t in timeml_timexes(sentence))
