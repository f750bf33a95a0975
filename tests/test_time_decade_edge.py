"""The end (start, middle) of a decade is the decade, as "this decade" is (eighth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.resolve import resolve
from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


def _values(text: str) -> list[tuple[str, str]]:
    return [(timex.text, value.value) for timex, value in timeml_values(text, FRI)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found by nothing before; TimeML keeps the unit's value and marks the edge in `mod`
        (
            "The plant will close by the end of the decade.",
            [("the end of the decade", "201")],
        ),
        (
            "The program ends by the end of the next decade.",
            [("the end of the next decade", "202")],
        ),
        ("Growth slowed at the end of last decade.", [("the end of last decade", "200")]),
        # an end told in the past has come: the decade before, or the discourse's decade
        ("Growth slowed at the end of the decade.", [("the end of the decade", "200")]),
        (
            "In 1995 the city grew. By the end of the decade, it had doubled.",
            [("1995", "1995"), ("the end of the decade", "199")],
        ),
        # (guard) a start told in the past may be this decade's
        ("The reform began at the start of the decade.", [("the start of the decade", "201")]),
    ],
)
def test_the_edge_of_a_decade(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


def test_resolve_dates_the_decade() -> None:
    value = resolve("the end of the decade", FRI)
    assert (value.start, value.end) == (dt.date(2010, 1, 1), dt.date(2019, 12, 31))
