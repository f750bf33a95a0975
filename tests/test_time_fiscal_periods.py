"""Fiscal and calendar periods named with their year, found whole (fourth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


def _one(sentence: str) -> tuple[str, str]:
    (timex,) = timeml_timexes(sentence)
    return timex.text, timeml_normalise(timex, FRI, context=sentence).value


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # the final (last) quarter of a year is its fourth; it was found as the year alone
        ("Growth slowed in the final quarter of 2012.", "the final quarter of 2012", "2012-Q4"),
        ("Exports fell in the last quarter of 2011, the agency said.",
         "the last quarter of 2011", "2011-Q4"),
        ("Sales rose in the final quarter of last year.", "the final quarter of last year",
         "2012-Q4"),
        ("The plant will reopen in the last quarter of the year.",
         "the last quarter of the year", "2013-Q4"),
        # (guard) "last quarter" alone is the quarter before the document's
        ("Sales rose last quarter.", "last quarter", "2012-Q4"),
    ],
)  # fmt: skip
def test_the_final_quarter_of_a_year_is_its_fourth(
    sentence: str, expected: str, value: str
) -> None:
    assert _one(sentence) == (expected, value)


def test_the_final_quarter_of_a_game_is_no_date() -> None:
    # (guard) a quarter of a game: no year follows
    assert timeml_timexes("He scored ten points in the final quarter.") == []


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a year before the noun of a reporting year or half is one period with it; nothing
        # had been found
        ("Revenue for the 2012 fiscal year rose 4 percent.", "the 2012 fiscal year", "2012"),
        ("The 2012 calendar year was the warmest on record.", "The 2012 calendar year", "2012"),
        ("Losses widened in the 1989 second half.", "the 1989 second half", "1989-H2"),
        ("Its 2012 first half was strong.", "2012 first half", "2012-H1"),
        # (guards) as before
        ("The company expects a loss in fiscal year 1990.", "fiscal year 1990", "1990"),
        ("Sales rose in the second half of 2012.", "the second half of 2012", "2012-H2"),
    ],
)  # fmt: skip
def test_a_year_before_its_reporting_period_is_that_period(
    sentence: str, expected: str, value: str
) -> None:
    assert _one(sentence) == (expected, value)


def test_a_year_before_a_first_half_adjective_is_left() -> None:
    # (guard) "first-half" before a noun: the year is the noun's, as other years before nouns
    assert timeml_timexes("The 2012 first-half results were weak.") == []


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a half written short with its year, as "Q3 2012" is a quarter; it was the year alone
        ("Sales rose 4 percent in H1 2012.", "H1 2012", "2012-H1"),
        ("Profit fell in the 2012 H2 period.", "2012 H2", "2012-H2"),
        # (guard) the quarter written short, as before
        ("Sales rose in Q3 2012.", "Q3 2012", "2012-Q3"),
    ],
)
def test_a_half_written_short_with_its_year(sentence: str, expected: str, value: str) -> None:
    assert _one(sentence) == (expected, value)


def test_a_half_written_short_alone_is_no_date() -> None:
    # (guard) "H1" alone names no year: a strain of flu, a heading
    assert timeml_timexes("The H1 strain spread quickly.") == []


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a calendar quarter named by its first and last months is that quarter, found whole
        # (it was the first month alone, "April" 2013-04); its year follows the tense as "the
        # second quarter" does: told in the past on 2013-03-22, last year's
        ("The economy shrank 0.3 percent in the April-June quarter.",
         "the April-June quarter", "2012-Q2"),
        ("Profit rose 8 percent in the July-September period.",
         "the July-September period", "2012-Q3"),
        ("Japan's economy grew in the October-December quarter of 2012.",
         "the October-December quarter of 2012", "2012-Q4"),
        ("Output is expected to grow in the January-March quarter.",
         "the January-March quarter", "2013-Q1"),
        # (guard) the quarter named by its ordinal, as before
        ("The economy shrank in the second quarter.", "the second quarter", "2012-Q2"),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_months_is_that_quarter(
    sentence: str, expected: str, value: str
) -> None:
    assert _one(sentence) == (expected, value)


def test_months_that_bound_no_quarter_are_no_quarter() -> None:
    # (guard) two months that are no calendar quarter keep their own reading
    found = [t.text for t in timeml_timexes("Sales rose in the April-May period.")]
    assert "the April-May period" not in found


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a year's possessive before its quarter or half is one period, as "last year's third
        # quarter" is (it was the year, and the quarter apart read as this year's: 2013-Q1)
        ("Sales rose 5 percent in 2012's first quarter.", "2012's first quarter", "2012-Q1"),
        ("Output fell in 2011’s fourth quarter.", "2011’s fourth quarter", "2011-Q4"),
        ("Output fell in 2011's second half.", "2011's second half", "2011-H2"),
        # (guard) as before
        ("Sales rose in last year's first quarter.", "last year's first quarter", "2012-Q1"),
    ],
)
def test_a_years_possessive_before_its_quarter(sentence: str, expected: str, value: str) -> None:
    assert _one(sentence) == (expected, value)


def test_a_years_possessive_before_another_noun_stays_the_year() -> None:
    # (guard) the year alone, as before
    assert _one("Turnout in 2012's election was low.") == ("2012", "2012")


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a fiscal year written short is that year, as "fiscal 2013" is (found by nothing;
        # the value rule read it)
        ("The deficit for FY2013 is projected at $845 billion.", "FY2013", "2013"),
        ("Spending in FY 2012 rose 3 percent.", "FY 2012", "2012"),
        # (guard) as before
        ("The deficit for fiscal 2013 is projected at $845 billion.", "fiscal 2013", "2013"),
    ],
)
def test_a_fiscal_year_written_short(sentence: str, expected: str, value: str) -> None:
    assert _one(sentence) == (expected, value)
