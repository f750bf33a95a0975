"""A vague count of units ago is a time past, PAST_REF, whatever the unit (TimeML writes no
date for a count it is not told)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # days, weeks and months as years and decades already were (they were the week, the
        # month or the year that far back: 2013-W11, 2013-01, 2012)
        ("The minister resigned a few days ago, aides said.", "PAST_REF"),
        ("Rebels seized the airport several weeks ago.", "PAST_REF"),
        ("The factory closed a few months ago.", "PAST_REF"),
        ("Police had been warned some weeks ago.", "PAST_REF"),
        # an adverb before the vague count keeps it vague (it was 2003, ten years back)
        ("Such a vote was unthinkable just a few years ago.", "PAST_REF"),
        ("He was jailed just a few days ago.", "PAST_REF"),
        # (guards) a count stays the unit that far back
        ("The minister resigned three days ago.", "2013-03-19"),
        ("Rebels seized the airport two weeks ago.", "2013-W10"),
        ("The factory closed four months ago.", "2012-11"),
        ("Just a year ago, he was in power.", "2012"),
    ],
)
def test_vague_count_ago_is_a_time_past(sentence: str, value: str) -> None:
    [(_, found)] = timeml_values(sentence, FRI)
    assert found.value == value
