"""'The next year' and 'the previous year' after a year the discourse is on are read from it."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


def _values(text: str) -> list[str]:
    """The TimeML value of each expression found, the discourse carried along."""
    return [value.value for _timex, value in timeml_values(text, FRI)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the year after (before) the discourse's, as "the following year" is
        ("Rebels seized the port in 2011. The next year, they lost it.", ["2011", "2012"]),
        ("The dam opened in 2005. The previous year, floods had hit.", ["2005", "2004"]),
        ("The dam opened in 2005; the prior year, floods had hit.", ["2005", "2004"]),
        # (guards) the year to come in a future clause; the document's year in the discourse
        ("Rebels seized the port in 2011. Aid will rise over the next year.", ["2011", "2014"]),
        ("Exports rose in 2013. The previous year, they had fallen.", ["2013", "2012"]),
    ],
)
def test_the_next_year_is_read_from_the_discourse(text: str, values: list[str]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the end of the year (month) after another year (month) is the discourse's
        ("In 2011, protests spread. At the end of the year, the president fell.", ["2011", "2011"]),
        ("He was arrested in May 2010. At the end of the month, he was freed.",
         ["2010-05", "2010-05"]),
        # (guards) a future clause is the document's; a year names no month of its own
        ("In 2011, protests spread. Troops will leave by the end of the year.", ["2011", "2013"]),
        ("He was arrested in 2010. At the end of the month, he was freed.", ["2010", "2013-03"]),
    ],
)  # fmt: skip
def test_the_end_of_the_year_is_the_discourses(text: str, values: list[str]) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a part of the day beside the discourse's day, at a clause's end, is found
        ("The vote was held on March 3. The night before, crowds gathered.",
         ["2013-03-03", "2013-03-02TNI"]),
        ("The vote was held on March 3. Crowds had gathered the evening before.",
         ["2013-03-03", "2013-03-02TEV"]),
        ("The vote was held on March 3. The morning after, the streets were empty.",
         ["2013-03-03", "2013-03-04TMO"]),
        # (guard) before a noun it is no time: "the morning-after pill"
        ("She asked for the morning-after pill.", []),
    ],
)  # fmt: skip
def test_the_night_before_is_found(text: str, values: list[str]) -> None:
    assert _values(text) == values
