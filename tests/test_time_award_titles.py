"""An award's title, "<role> of the year", names no year (fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the year of an award is the award's name (it was found as the document's year)
        ("Time magazine named the pope its person of the year.", []),
        ("He was voted player of the year last week.", ["last week"]),
        ("She was named coach of the week.", []),
        # (guards) the year counted in, as before
        ("Sales rose in the first nine months of the year.",
         ["in the first nine months", "the year"]),
        ("It was the hottest day of the year.", ["the year"]),
    ],
)  # fmt: skip
def test_an_award_title_names_no_year(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in timeml_timexes(sentence)] == expected


def test_the_year_counted_in_keeps_its_value() -> None:
    sentence = "It was the hottest day of the year."
    (timex,) = timeml_timexes(sentence)
    assert timeml_normalise(timex, FRI, context=sentence).value == "2013"
