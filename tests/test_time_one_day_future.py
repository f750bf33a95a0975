""" "One day" measuring nothing in a clause told as a future is some day to come (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # some day to come (each was the stretch, P1D)
        ("One day all will lay down their arms.", [("One day", "FUTURE_REF")]),
        ("I hope one day there will be peace.", [("one day", "FUTURE_REF")]),
        ("He dreams that one day his children will be free.", [("one day", "FUTURE_REF")]),
        # (guards) after a modal, as before; a stretch measured, or a past clause
        ("Islam will one day be the largest religion.", [("one day", "FUTURE_REF")]),
        ("The ministers will meet one day after the vote.", [("one day", "P1D")]),
        ("The talks will last one day.", [("one day", "P1D")]),
        ("Twenty rebels were killed in one day.", [("one day", "P1D")]),
        ("One day they were finally able to dock.", [("One day", "P1D")]),
    ],
)  # fmt: skip
def test_one_day_to_come(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, FRI)] == expected
