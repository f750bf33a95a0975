"""A reporting period and the year back after it are one expression (eighth round)."""

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
        # found whole, as "the year-ago quarter" is: "a year ago" had been a second
        # expression beside "the quarter"
        (
            "The bank earned $20 million in the third quarter. For the quarter a year ago, it "
            "earned $16 million.",
            [("the third quarter", "2012-Q3"), ("the quarter a year ago", "2011-Q3")],
        ),
        (
            "Sales rose 8% in the third quarter from the same period a year earlier.",
            [("the third quarter", "2012-Q3"), ("the same period a year earlier", "2011-Q3")],
        ),
        (
            "Profit fell in the second quarter from the same quarter a year ago.",
            [("the second quarter", "2012-Q2"), ("the same quarter a year ago", "2011-Q2")],
        ),
        # (guards) an ordinal quarter before "last year" names its own year, and a comma
        # parts two expressions
        (
            "Sales rose in the fourth quarter last year.",
            [("the fourth quarter", "2012-Q4"), ("last year", "2012-Q4")],
        ),
        (
            "Sales rose in the third quarter. In the quarter, a year ago, they fell.",
            [
                ("the third quarter", "2012-Q3"),
                ("the quarter", "2012-Q3"),
                ("a year ago", "2011-Q3"),
            ],
        ),
    ],
)
def test_a_period_and_its_year_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the discourse's month (week, day) a year back, found whole; "the same month" had
        # been the discourse's own month, and "last year" a year apart
        (
            "Retail sales rose 2 percent in February from the same month a year earlier.",
            [("February", "2013-02"), ("the same month a year earlier", "2012-02")],
        ),
        (
            "Industrial output fell in January compared with the same month last year.",
            [("January", "2013-01"), ("the same month last year", "2012-01")],
        ),
        (
            "Traffic on March 3 was twice that on the same day a year ago.",
            [("March 3", "2013-03-03"), ("the same day a year ago", "2012-03-03")],
        ),
        (
            "Box office sales last week were down from the same week last year.",
            [("last week", "2013-W11"), ("the same week last year", "2012-W11")],
        ),
        # after a year alone, a month of the year before, which one unknown
        (
            "Sales rose 4 percent in 2012. In the same month a year earlier they fell.",
            [("2012", "2012"), ("the same month a year earlier", "2011-XX")],
        ),
        # (guards) a stretch after the month is read apart; the same day alone is the day
        (
            "The protests began in the same month a year later.",
            [("the same month", "2013-03"), ("a year later", "P1Y")],
        ),
        ("They met on the same day.", [("the same day", "2013-03-22")]),
    ],
)
def test_the_same_unit_a_year_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
