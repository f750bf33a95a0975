"""Units "after" at a clause's end are the stretch, as units "later" are (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (each was a date counted on from the document's: 2015, 2013-W13)
        ("Two years after, the town was rebuilt.", [("Two years after", "P2Y")]),
        ("He died a week after.", [("a week after", "P1W")]),
        # (guards) the day after the discourse's day, later, and a stretch before its event
        ("The vote was held on March 3. The day after, crowds gathered.",
         [("March 3", "2013-03-03"), ("The day after", "2013-03-04")]),
        ("Two years later, the town was rebuilt.", [("Two years later", "P2Y")]),
        ("Talks resumed three days after the vote.", [("three days", "P3D")]),
    ],
)  # fmt: skip
def test_units_after_at_a_clause_end_are_a_stretch(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, FRI)] == expected
