"""One unit after "a" is a rate (SET) only after a count of things (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stretch: no count of things before it (each was typed SET)
        ("It has been a week since the vote.", [("a week", "P1W", "DURATION")]),
        ("Fighting resumed after a day of calm.", [("a day", "P1D", "DURATION")]),
        ("He gave them a week to leave.", [("a week", "P1W", "DURATION")]),
        ("An hour later, the police came.", [("An hour", "PT1H", "DURATION")]),
        ("The appeal could take as long as a month or two.",
         [("a month", "P1M", "DURATION")]),
        # (guards) a rate after a plural, a number, "times" or "one <noun>"
        ("We do hundreds of interviews a day.", [("a day", "P1D", "SET")]),
        ("The airline runs four flights a week.", [("a week", "P1W", "SET")]),
        ("They meet three times a week.", [("a week", "P1W", "SET")]),
        ("She takes one pill a day.", [("a day", "P1D", "SET")]),
        ("A year later, he was dead.", [("A year later", "P1Y", "DURATION")]),
    ],
)  # fmt: skip
def test_one_unit_is_a_rate_only_after_a_count(sentence: str, expected: list) -> None:
    assert [(t.text, v.value, v.type) for t, v in timeml_values(sentence, FRI)] == expected
