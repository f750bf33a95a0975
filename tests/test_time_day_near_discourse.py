"""A month and day without its year, told when the discourse is on a day of another year and
within a month of it, is of that day's year (TimeML anchors it on the discourse's time; it was
the nearest such day to the document's date)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The siege began on March 15, 2011. On March 18, troops opened fire.", "2011-03-18"),
        ("The siege began on March 15, 2011. On 18 March, troops opened fire.", "2011-03-18"),
        # across the turn of a year
        ("He was killed on Dec. 28, 2010. On Jan. 4, his brother was arrested.", "2011-01-04"),
        # (guards) a future clause looks from the report; a day far from the discourse's, or
        # after a day of the document's own year, keeps the nearest year
        ("He was killed on Oct. 23, 2010. The trial will open on Nov. 3.", "2013-11-03"),
        ("The siege began on March 15, 2011. On Sept. 30, troops withdrew.", "2012-09-30"),
        ("Talks began on March 4. On March 18, they collapsed.", "2013-03-18"),
    ],
)
def test_month_and_day_near_the_discourse_day(text: str, value: str) -> None:
    assert timeml_values(text, FRI)[-1][1].value == value
