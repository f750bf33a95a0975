"""Years ago and the document's month, week or day after them: one anniversary (eighth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


def _values(text: str) -> list[tuple[str, str]]:
    return [(timex.text, value.value) for timex, value in timeml_values(text, FRI)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one expression at the grain of its last words; they had been the year and the
        # document's month (week, day) apart
        (
            "The oil spill occurred 25 years ago this month.",
            [("25 years ago this month", "1988-03")],
        ),
        ("The war began ten years ago this week.", [("ten years ago this week", "2003-W12")]),
        ("A year ago today, the tsunami struck.", [("A year ago today", "2012-03-22")]),
        # (guards) a vague count is no anniversary's; apart across a sentence, and "ago"
        # alone stays the year
        (
            "The plant closed a few years ago this month.",
            [("a few years ago", "PAST_REF"), ("this month", "2013-03")],
        ),
        (
            "The firm was founded 25 years ago. This month it closes.",
            [("25 years ago", "1988"), ("This month", "2013-03")],
        ),
    ],
)
def test_years_ago_this_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
