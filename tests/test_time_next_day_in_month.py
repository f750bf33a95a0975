"""'The next day' after a month or a year the discourse is on is a day of it (seventh round)."""

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
        # each had no value (XXXX-XX-XX): a day of the month, which one unknown, as "that same
        # day" after a month is
        (
            "Police fired on a march in March 2011. The next day, mourners were shot.",
            [("March 2011", "2011-03"), ("The next day", "2011-03-XX")],
        ),
        (
            "Talks collapsed in January. The day before, envoys had met.",
            [("January", "2013-01"), ("The day before", "2013-01-XX")],
        ),
        (
            "He fled to Jordan in 2005. The following day, his car was found.",
            [("2005", "2005"), ("The following day", "2005-XX-XX")],
        ),
        # (guards) after a day, the day after it; after a quarter, no one month holds it
        (
            "He fled on March 3. The next day, his car was found.",
            [("March 3", "2013-03-03"), ("The next day", "2013-03-04")],
        ),
        (
            "Profits fell in the third quarter. The next day, shares fell.",
            [("the third quarter", "2012-Q3"), ("The next day", "XXXX-XX-XX")],
        ),
    ],
)
def test_the_next_day_after_a_month_or_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
