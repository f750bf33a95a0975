"""'The week before last', 'the year after next': the unit two back or on (eighth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.find import find_timexes
from wirecode.time.resolve import resolve
from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found by nothing before
        ("The vote was held the week before last.", [("the week before last", "2013-W10")]),
        ("Prices peaked the year before last.", [("the year before last", "2011")]),
        (
            "The talks collapsed the month before last, officials said.",
            [("the month before last", "2013-01")],
        ),
        ("The plant will open the year after next.", [("the year after next", "2015")]),
        # (guards) "last" of a weekday or a unit after it belongs to that
        (
            "He died the day before last Tuesday's hearing.",
            [("the day before last Tuesday's", "2013-03-18")],
        ),
        ("They met the week before last Friday.", [("last Friday", "2013-03-15")]),
    ],
)
def test_two_units_back_or_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(text, FRI)] == expected


def test_resolve_dates_the_week_before_last() -> None:
    (timex,) = find_timexes("The vote was held the week before last.")
    value = resolve(timex.text, FRI)
    assert (value.start, value.end, value.precision) == (
        dt.date(2013, 3, 4),
        dt.date(2013, 3, 10),
        "week",
    )
