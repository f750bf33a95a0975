"""'the past' before a unit is the unit's, not a time past (seventh round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # found whole, the stretch, as "the past decade" is (it was "the past", PAST_REF)
        ("The war was the deadliest of the past century.", [("the past century", "P100Y")]),
        ("The past fortnight has been calm in the capital.", [("The past fortnight", "P2W")]),
        # a unit "the past" cannot be the stretch of is left unfound, not cut to "the past"
        ("The past millennium saw many wars.", []),
        # (guards) "the past" alone stays a time past; after a preposition as before
        ("In the past, rebels held the town.", [("the past", "PAST_REF")]),
        ("The town grew over the past century.", [("over the past century", "P100Y")]),
    ],
)
def test_the_past_before_a_unit(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (t.text, timeml_normalise(t, FRI, context=sentence).value) for t in timeml_timexes(sentence)
    ]
    assert found == expected
