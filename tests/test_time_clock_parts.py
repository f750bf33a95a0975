"""A clock time with its day and the part of that day: one expression, one value."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve, timeml_normalise

THU = dt.date(2023, 10, 12)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a clock time before its day and that day's part is one expression ("Monday
        # morning" had been found alone, 2023-10-09TMO, and the clock time lost)
        ("The convoy left at 6 a.m. Monday morning.", "6 a.m. Monday morning", "2023-10-09T06:00"),
        ("Voting closes at 8 p.m. tonight.", "8 p.m. tonight", "2023-10-12T20:00"),
        ("He lands at 9 a.m. tomorrow morning.", "9 a.m. tomorrow morning", "2023-10-13T09:00"),
        # an o'clock time told in a part of the day past noon is an hour after noon ("ten
        # o'clock tonight" had been "tonight" alone, and "ten o'clock" T10:00)
        (
            "The president will speak at ten o'clock tonight.",
            "ten o'clock tonight",
            "2023-10-12T22:00",
        ),
        (
            "They met at three o'clock Friday afternoon.",
            "three o'clock Friday afternoon",
            "2023-10-06T15:00",
        ),
        (
            "The rally began at 7 o'clock in the evening.",
            "7 o'clock in the evening",
            "2023-10-12T19:00",
        ),
        ("Sirens sounded at 10 o'clock at night.", "10 o'clock at night", "2023-10-12T22:00"),
        # (guards) a morning keeps the hour; an hour past midnight stays one
        (
            "The market opens at eight o'clock tomorrow morning.",
            "eight o'clock tomorrow morning",
            "2023-10-13T08:00",
        ),
        ("The call came at one o'clock tonight.", "one o'clock tonight", "2023-10-12T01:00"),
    ],
)
def test_a_clock_time_with_its_day_and_part(sentence: str, span: str, value: str) -> None:
    (found,) = find_timexes(sentence)
    assert found.text == span
    assert timeml_normalise(found, THU, context=sentence).value == value


def test_the_events_date_a_clock_time_by_its_day() -> None:
    value = resolve("6 a.m. Monday morning", THU)
    assert value is not None and value.value == "2023-10-09"
    value = resolve("ten o'clock tonight", THU)
    assert value is not None and value.value == "2023-10-12"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a clock time with its minutes, told in a part of the day, is one time, past noon in
        # the afternoon, the evening and the night, as an o'clock time is ("3:30" had been
        # found alone, T03:30, and "the afternoon" apart)
        ("The blast happened at 3:30 in the afternoon.", "3:30 in the afternoon",
         "2023-10-12T15:30"),
        ("The ship sank at 2:15 in the morning on Tuesday.", "2:15 in the morning on Tuesday",
         "2023-10-10T02:15"),
        ("Polls closed at 9:30 at night.", "9:30 at night", "2023-10-12T21:30"),
        # (guard) an hour without minutes, as before
        ("He woke at 4 in the morning.", "4 in the morning", "2023-10-12T04:00"),
    ],
)  # fmt: skip
def test_a_clock_time_with_minutes_told_in_a_part_of_the_day(
    sentence: str, span: str, value: str
) -> None:
    (found,) = find_timexes(sentence)
    assert found.text == span
    assert timeml_normalise(found, THU, context=sentence).value == value


def test_an_amount_in_the_morning_is_no_time() -> None:
    # (guard) a decimal with a point is an amount: no clock time ("25 in the morning" had
    # been found; the part of the day stays)
    found = find_timexes("The index fell 1.25 in the morning session.")
    assert [t.text for t in found] == ["the morning"]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a clock time before a weekday and its date is one time on that date (the clock time
        # and the date had overlapped at the weekday, and one of them was lost)
        ("The blast happened at 10 p.m. Saturday, Oct. 7, police said.",
         "10 p.m. Saturday, Oct. 7", "2023-10-07T22:00"),
        ("Voting ends at 8 p.m. on Sunday, Oct. 15.", "8 p.m. on Sunday, Oct. 15",
         "2023-10-15T20:00"),
        ("The blast happened at 10pm on Saturday 7 October, police said.",
         "10pm on Saturday 7 October", "2023-10-07T22:00"),
        ("Voting ended at 8 p.m. Sunday, Oct. 15, 2017.", "8 p.m. Sunday, Oct. 15, 2017",
         "2017-10-15T20:00"),
        # (guard) a weekday alone, as before
        ("The blast happened at 10 p.m. Saturday, police said.", "10 p.m. Saturday",
         "2023-10-07T22:00"),
    ],
)  # fmt: skip
def test_a_clock_time_before_a_weekday_and_its_date(sentence: str, span: str, value: str) -> None:
    (found,) = find_timexes(sentence)
    assert found.text == span
    assert timeml_normalise(found, THU, context=sentence).value == value
    assert resolve(found.text, THU).value == value[:10]
