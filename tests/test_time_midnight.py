"""Midnight told in the past is the one that began the document's day (eighth round)."""

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
        # TimeML writes a midnight by the day it ends: the document's own T24:00 is still to
        # come when the report is written, so a midnight told in the past is the day before's
        ("The bomb went off just after midnight.", [("midnight", "2013-03-21T24:00")]),
        ("Police said the curfew was lifted at midnight.", [("midnight", "2013-03-21T24:00")]),
        # (guards) one still to come, one of a day named or of the discourse's day
        ("The deadline expires at midnight.", [("midnight", "2013-03-22T24:00")]),
        (
            "Fighting raged around midnight on Tuesday.",
            [("midnight on Tuesday", "2013-03-19T24:00")],
        ),
        (
            "Rebels attacked the town on Tuesday. Fighting went on until midnight.",
            [("Tuesday", "2013-03-19"), ("midnight", "2013-03-19T24:00")],
        ),
    ],
)
def test_midnight_told_in_the_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
