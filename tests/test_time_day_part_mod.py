"""A part of the day with "early" or "late" is found as the part alone is (fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


def _values(text: str) -> list[tuple[str, str]]:
    """Each expression's value, the discourse carried on as the TempEval scorer carries it."""
    return [(timex.text, value.value) for timex, value in timeml_values(text, FRI)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of the day the discourse is on; "early" and "late" are TimeML's mod, not
        # a new value (it was found by nothing)
        ("Rebels shelled the town on Tuesday. The attack began in the early morning.",
         [("Tuesday", "2013-03-19"), ("the early morning", "2013-03-19TMO")]),
        ("The talks dragged on into the late afternoon.",
         [("the late afternoon", "2013-03-22TAF")]),
        # (guards) the part alone, as before; and not a part of a named day
        ("Dealers placed buy orders in the morning.", [("the morning", "2013-03-22TMO")]),
        ("The rebels attacked in the early morning of March 3.", [("March 3", "2013-03-03")]),
    ],
)  # fmt: skip
def test_an_early_or_late_part_of_the_day(text: str, expected: list) -> None:
    assert _values(text) == expected
