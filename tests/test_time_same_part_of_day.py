"""'That same afternoon', 'the same night': the part of the day the discourse is on, as 'that
afternoon' is (the part of the day was lost: the bare day, 2011-03-15, or, with 'that same',
not read by the part-of-day rule at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege began on March 15, 2011. That same afternoon, troops fired.", "2011-03-15TAF"),
        ("The siege began on March 15, 2011. The same night, rebels withdrew.", "2011-03-15TNI"),
        ("Police fired that same evening, witnesses said.", "2013-03-22TEV"),
        # (guard) "that afternoon", as before
        ("The siege began on March 15, 2011. That afternoon, troops fired.", "2011-03-15TAF"),
    ],
)
def test_same_part_of_day_is_the_discourse_day(text: str, value: str) -> None:
    assert timeml_values(text, FRI)[-1][1].value == value
