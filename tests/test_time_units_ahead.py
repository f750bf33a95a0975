"""Units "ahead" are a vague stretch to come wherever they stand (fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes, timeml_value

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # as a subject or an object, "the weeks ahead" was found by nothing
        ("The weeks ahead will be difficult for the government.", "The weeks ahead", "PXW"),
        ("Investors are bracing for a rough ride in the months ahead.", "in the months ahead",
         "PXM"),
        ("Leaders must plan for the years ahead.", "for the years ahead", "PXY"),
        # (guard) as before
        ("Prices will rise in the coming weeks.", "in the coming weeks", "PXW"),
    ],
)  # fmt: skip
def test_units_ahead_are_a_stretch_to_come(sentence: str, expected: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


def test_a_place_ahead_is_no_time() -> None:
    # (guard) a count of units ahead of something is a lead, not a stretch to come
    assert [t.text for t in timeml_timexes("The team is two points ahead.")] == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # hours ahead, and a few units ahead, are a vague stretch to come as "the weeks ahead"
        # is (they had no value, XXXX-XX-XX)
        ("in the hours ahead", "PTXH"),
        ("during the next few hours ahead", "PTXH"),
        ("in the next few days ahead", "PXD"),
        # (guard) as before
        ("the weeks ahead", "PXW"),
    ],
)
def test_hours_and_a_few_units_ahead(phrase: str, value: str) -> None:
    assert timeml_value(phrase, dt.date(2011, 2, 1)) == value
