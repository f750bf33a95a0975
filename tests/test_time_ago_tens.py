"""A count of tens and units in words before 'ago' (eighth round)."""

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
        # found whole; "twenty-five years ago" had been found as "five years ago" (2008)
        ("The ship sank twenty-five years ago.", [("twenty-five years ago", "1988")]),
        ("The bridge was built seventy-two years ago.", [("seventy-two years ago", "1941")]),
        ("The war ended forty years ago.", [("forty years ago", "1973")]),
        # (guard) a count the lexicon held already
        ("He left twenty years ago.", [("twenty years ago", "1993")]),
    ],
)
def test_tens_and_units_ago(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(text, FRI)] == expected


def test_resolve_counts_them() -> None:
    (timex,) = find_timexes("The ship sank twenty-five years ago.")
    assert resolve(timex.text, FRI).start.year == 1988
