"""'early in the year', 'late in the month': the unit the discourse is on, as 'earlier in the
year' is."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve
from wirecode.time.timeml import timeml_timexes, timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # "early" and "late" before "in the" and a unit place a time in that unit, as
        # "earlier" and "later" do ("the year" had been found alone, the stretch P1Y; "the
        # week" the week of no year; "late in the month" nothing)
        ("Sales rose sharply early in the year.", "early in the year", "2013"),
        ("The vote took place early in the week.", "early in the week", "2013-W12"),
        ("The plant will reopen late in the month.", "late in the month", "2013-03"),
        # the discourse's year, as "later that year" is
        ("Protests began in 2011. Late in the year, the president fell.", "Late in the year",
         "2011"),
        # (guard) as before
        ("Sales rose earlier in the year.", "earlier in the year", "2013"),
    ],
)  # fmt: skip
def test_early_or_late_in_a_unit(sentence: str, span: str, value: str) -> None:
    found = [t for t in timeml_timexes(sentence) if t.text == span]
    assert found, [t.text for t in timeml_timexes(sentence)]
    values = {got.value for timex, got in timeml_values(sentence, FRI) if timex.text == span}
    assert values == {value}
    assert resolve(span, FRI) is not None  # the events date it too


def test_late_in_the_day_is_left_as_it_was() -> None:
    # (guard) "late in the day" is as often "belatedly" ("it is late in the day to change
    # course"): not found
    assert find_timexes("It is late in the day to change course.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a month or a week the discourse is not on is the document's: after a year alone,
        # "earlier in the month" is no year (it was read as the year, 2015)
        ("Rebels vowed to hold the city until 2015. Earlier in the month, they shelled it.",
         "Earlier in the month", "2013-03"),
        ("The plan runs to 2015. Late in the week, ministers approved it.", "Late in the week",
         "2013-W12"),
        # (guard) a month the discourse is on, as before
        ("Protests began in May 2011. Later in the month, the army moved in.",
         "Later in the month", "2011-05"),
    ],
)  # fmt: skip
def test_a_unit_the_discourse_is_not_on_is_the_documents(
    sentence: str, span: str, value: str
) -> None:
    values = [got.value for timex, got in timeml_values(sentence, FRI) if timex.text == span]
    assert values[:1] == [value], (span, values)
