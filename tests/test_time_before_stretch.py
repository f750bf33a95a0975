"""Units "before" at a clause's end are the stretch, as units "earlier" are (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (no value, and a day counted back from the document's: 2013-03-20, 2013-W09)
        ("We had two close misses a few days before, so we ran.", [("a few days before", "PXD")]),
        ("He had left two days before.", [("two days before", "P2D")]),
        ("He had arrived three weeks before.", [("three weeks before", "P3W")]),
        # (guards) the year before compares, the day before the discourse's day, "earlier"
        ("Sales had risen a year before.", [("a year before", "2012")]),
        ("The vote was held on March 3. The day before, crowds gathered.",
         [("March 3", "2013-03-03"), ("The day before", "2013-03-02")]),
        ("Two days earlier, he had left.", [("Two days earlier", "P2D")]),
    ],
)  # fmt: skip
def test_units_before_at_a_clause_end_are_a_stretch(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, FRI)] == expected
