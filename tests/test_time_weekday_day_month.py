"""A British or European date with its weekday before the day and a month shared by two
days ("Monday 6 and Tuesday 7 May") is one range: the first weekday is the first day's, not
the document's own week's."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve, timeml_value
from wirecode.time.timeml import timeml_timexes

MON = dt.date(2024, 4, 29)  # a Monday, a week before the days named


@pytest.mark.parametrize(
    ("sentence", "text", "start", "end"),
    [
        (
            "Voters go to the polls on Monday 6 and Tuesday 7 May.",
            "Monday 6 and Tuesday 7 May",
            "2024-05-06",
            "2024-05-07",
        ),
        (
            "Rail staff will strike between Monday 6 and Wednesday 8 May.",
            "between Monday 6 and Wednesday 8 May",
            "2024-05-06",
            "2024-05-08",
        ),
        (
            "The fair runs from Friday, 10 to Sunday, 12 May.",
            "from Friday, 10 to Sunday, 12 May",
            "2024-05-10",
            "2024-05-12",
        ),
        # a choice of days: the stretch that holds them
        (
            "Polls open on Monday 6 or Tuesday 7 May.",
            "Monday 6 or Tuesday 7 May",
            "2024-05-06",
            "2024-05-07",
        ),
        ("Polls open on 6 or 7 May.", "6 or 7 May", "2024-05-06", "2024-05-07"),
        # (guards) one day with its weekday, and days with no weekday, as before
        ("The count began on Monday 6 May.", "Monday 6 May", "2024-05-06", "2024-05-06"),
        ("Polls open on 6 and 7 May.", "6 and 7 May", "2024-05-06", "2024-05-07"),
    ],
)
def test_a_weekday_and_its_day_before_a_shared_month(
    sentence: str, text: str, start: str, end: str
) -> None:
    (timex,) = find_timexes(sentence)
    assert timex.text == text
    found = resolve(timex.text, MON)
    assert found is not None
    assert (found.start.isoformat(), found.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Voters go to the polls on Monday 6 and Tuesday 7 May.",
            [("Monday 6", "2024-05-06"), ("Tuesday 7 May", "2024-05-07")],
        ),
        (
            "Rail staff will strike between Monday 6 and Wednesday 8 May.",
            [("Monday 6", "2024-05-06"), ("Wednesday 8 May", "2024-05-08")],
        ),
        (
            "Polls open on Monday 6 or Tuesday 7 May.",
            [("Monday 6", "2024-05-06"), ("Tuesday 7 May", "2024-05-07")],
        ),
        # (guard) the days alone, as before
        ("Polls open on 6 and 7 May.", [("6", "2024-05-06"), ("7 May", "2024-05-07")]),
    ],
)
def test_a_weekday_and_its_day_in_timeml(sentence: str, expected: list[tuple[str, str]]) -> None:
    timexes = timeml_timexes(sentence)
    assert [(t.text, timeml_value(t, MON, context=sentence)) for t in timexes] == expected
