"""'later this week' written on a Friday is the week, as on any other day."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # what is left of the week after a Friday is its weekend, but "later this week" names
        # the week, as it does written on a Monday (it was 2013-W12-WE)
        ("The vote will take place later this week.", "2013-W12"),
        # (guards) a weekend named is the weekend; "earlier this week" the week
        ("The vote will take place this weekend.", "2013-W12-WE"),
        ("The vote took place earlier this week.", "2013-W12"),
    ],
)
def test_later_this_week_is_the_week(sentence: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timeml_normalise(timex, FRI, context=sentence).value == value
