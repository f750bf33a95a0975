"""A range of months without its "from": each end found (eighth round)."""

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
        # TIMEX3 marks each end of a range, as it does after "from"; the first month had been
        # found by nothing (a bare month needs a preposition)
        (
            "The report covers January through March.",
            [("January", "2013-01"), ("March", "2013-03")],
        ),
        ("Data for January-March showed a drop.", [("January", "2013-01"), ("March", "2013-03")]),
        (
            "The survey ran October to December 2012.",
            [("October", "2012-10"), ("December 2012", "2012-12")],
        ),
        # (guards) two months coordinated, a fiscal quarter by its months, a name
        ("Output rose in January and March.", [("January", "2013-01"), ("March", "2013-03")]),
        ("Sales in the April-June quarter rose.", [("the April-June quarter", "2012-Q2")]),
        ("Theresa May to visit Paris.", []),
    ],
)
def test_a_range_of_months_without_from(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(text, FRI)] == expected


def test_resolve_dates_the_range() -> None:
    (timex,) = find_timexes("The survey ran October to December 2012.")
    value = resolve(timex.text, FRI)
    assert (value.start, value.end) == (dt.date(2012, 10, 1), dt.date(2012, 12, 31))
