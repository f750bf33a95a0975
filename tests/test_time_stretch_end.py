"""A stretch counted up to a month ends there: 'in the 12 months through February' is past."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.tense import tense_of
from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "target", "tense", "value"),
    [
        # a stretch of units "through" (or "until") a month names the month it ended in, not
        # a deadline still to come: the clause's own tense decides (it was read as a deadline,
        # the coming February, 2014-02)
        ("Shares rose 20 percent in the 12 months through February.", "February", "past",
         "2013-02"),
        ("Inflation was 2 percent in the year through February.", "February", "past",
         "2013-02"),
        ("Exports fell in the three months through January, data showed.", "January", "past",
         "2013-01"),
        # (guards) a deadline still looks forward, and so does a state that lasts until then
        ("The company will cut 500 jobs through February.", "February", "future", "2014-02"),
        ("The loans run through January.", "January", "future", "2014-01"),
    ],
)  # fmt: skip
def test_a_stretch_through_a_month_ends_there(
    sentence: str, target: str, tense: str, value: str
) -> None:
    (timex,) = [t for t in timeml_timexes(sentence) if t.text == target]
    assert tense_of(sentence, timex.start, timex.end) == tense
    assert timeml_normalise(timex, FRI, context=sentence).value == value
