"""The age of a state in one unit, with no count, is a stretch (fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # as "the 8-month-old truce" is (they were found by nothing)
        ("The decade-old conflict shows no sign of ending.", "decade-old", "P10Y"),
        ("Troops broke the week-old ceasefire on Monday.", "week-old", "P1W"),
        ("A century-old feud divides the two clans.", "century-old", "P100Y"),
    ],
)
def test_the_age_of_a_state_in_one_unit(sentence: str, expected: str, value: str) -> None:
    found = timeml_timexes(sentence)
    assert found[0].text == expected
    assert timeml_normalise(found[0], FRI, context=sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        # (guards) a thing's age, or a person's, is no stretch TimeML marks
        "The century-old bridge collapsed.",
        "She fed her month-old baby.",
    ],
)
def test_the_age_of_a_thing_is_no_time(sentence: str) -> None:
    assert timeml_timexes(sentence) == []
