"""'The rest of' a unit is the unit, as its end is (seventh round)."""

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
        # found whole: "the year" had been found alone or not at all, "the week" as the
        # generic week (2013-WXX)
        ("Rain is forecast for the rest of the month.", [("the rest of the month", "2013-03")]),
        ("The rest of the week will be quiet.", [("The rest of the week", "2013-W12")]),
        (
            "Protests spread in 2011. He spent the rest of the year in hiding.",
            [("2011", "2011"), ("the rest of the year", "2011")],
        ),
        # (guard) the rest of a thing is no time
        ("The rest of the world watched.", []),
    ],
)
def test_the_rest_of_a_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
