"""'The end of the week' after a day the discourse is on, in a clause not told as a future, is
that day's week, as 'the end of the month' after a month is (it was the document's week)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege began on March 15, 2011. At the end of the week, troops moved in.", "2011-W11"),
        ("He was arrested on June 3, 2010. He was freed at the end of the week.", "2010-W22"),
        ("Talks opened on May 7, 2012. By the end of the week, they had collapsed.", "2012-W19"),
        # (guards) a future clause keeps the document's week, and so does a day of it
        ("Talks opened on May 7, 2012. Troops will leave by the end of the week.", "2013-W12"),
        ("Rebels attacked on Tuesday. At the end of the week, they held the town.", "2013-W12"),
    ],
)
def test_end_of_the_week_is_the_discourse_week(text: str, value: str) -> None:
    assert timeml_values(text, FRI)[-1][1].value == value
