"""A day of the month written without its month ("on the 20th") or in words ("the ninth of
March"): found, and dated."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve, timeml_value
from wirecode.time.timeml import timeml_timexes

THU = dt.date(2023, 10, 12)  # a Thursday in October


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels shelled the port on the 20th.", ["the 20th"]),
        ("The ceasefire must hold until the 3rd, a diplomat said.", ["the 3rd"]),
        ("Ballots will be counted after the 15th and before the 19th.", ["the 15th", "the 19th"]),
        # an ordinal before a noun is no day of the month
        ("Art of the 19th century hung on the 2nd floor.", ["the 19th century"]),
        ("It was the party's 20th congress since the 1st of its kind.", []),
    ],
)
def test_a_day_of_the_month_alone_is_found(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence)] == expected


@pytest.mark.parametrize(
    ("expression", "future", "value"),
    [
        # told in the past: this month's, or the month before's when it is still ahead
        ("on the 20th", False, "2023-09-20"),
        ("on the 5th", False, "2023-10-05"),
        ("by the 31st", False, "2023-08-31"),  # September has none
        # in a future clause: this month's, or the next month's when it has gone by
        ("on the 20th", True, "2023-10-20"),
        ("on the 5th", True, "2023-11-05"),
    ],
)
def test_a_day_of_the_month_alone_takes_the_tenses_side(
    expression: str, future: bool, value: str
) -> None:
    found = resolve(expression, THU, future=future, past=not future)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Rebels shelled the port on the 20th.", "2023-09-20"),
        ("The talks will resume on the 20th.", "2023-10-20"),
    ],
)
def test_a_day_of_the_month_alone_in_timeml(sentence: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timeml_value(timex, THU, context=sentence) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The envoys met on the ninth of March.", ["the ninth of March"]),
        ("He returned on the twenty-first of May, 2021.", ["the twenty-first of May, 2021"]),
        ("Polls open on Sunday, the thirtieth of April.", ["Sunday, the thirtieth of April"]),
        # a holiday's name stays the holiday; a rank among a month's things is no day
        ("Crowds gathered on the Fourth of July.", ["the Fourth of July"]),
        ("It was the second of March's three votes.", ["March"]),
    ],
)
def test_a_day_in_words_is_found_with_its_month(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence)] == expected


@pytest.mark.parametrize(
    ("expression", "future", "value"),
    [
        ("the ninth of March", False, "2023-03-09"),
        ("the ninth of March", True, "2024-03-09"),
        ("the twenty-first of May, 2021", False, "2021-05-21"),
        ("the thirty-first of November", False, None),  # no such day
    ],
)
def test_a_day_in_words_is_dated_as_in_digits(expression: str, future: bool, value: str) -> None:
    found = resolve(expression, THU, future=future, past=not future)
    assert (found.value if found else None) == value


def test_a_day_in_words_in_timeml() -> None:
    sentence = "The envoys met on the ninth of March."
    (timex,) = timeml_timexes(sentence)
    assert timeml_value(timex, THU, context=sentence) == "2023-03-09"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Rebels took the town on the 20th of last month.", "the 20th of last month", "2023-09-20"),
        ("The envoy arrives on the 3rd of next month.", "the 3rd of next month", "2023-11-03"),
        ("Ballots close on the 31st of next month.", "the 31st of next month", None),  # none
    ],
)
def test_a_day_of_a_month_named_from_the_documents(
    sentence: str, text: str, value: str | None
) -> None:
    (timex,) = find_timexes(sentence)
    assert timex.text == text
    found = resolve(timex.text, THU)
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    ("sentence", "text", "future", "value"),
    [
        # the nearest such day that falls on the weekday, on the tense's side
        ("The vote was held on Friday the 13th.", "Friday the 13th", False, "2023-01-13"),
        ("They will meet on Friday the 13th.", "Friday the 13th", True, "2023-10-13"),
        ("They met on Tuesday, the 10th, in Oslo.", "Tuesday, the 10th", False, "2023-10-10"),
    ],
)
def test_a_weekday_and_its_day_of_the_month(
    sentence: str, text: str, future: bool, value: str
) -> None:
    (timex,) = find_timexes(sentence)
    assert timex.text == text
    found = resolve(timex.text, THU, future=future, past=not future)
    assert found is not None and found.value == value


def test_a_day_of_the_month_alone_takes_the_month_the_discourse_is_on() -> None:
    may = resolve("in May", THU, past=True)
    found = resolve("on the 20th", THU, past=True, reference=may)
    assert found is not None and found.value == "2023-05-20"
    sentence = "On the 20th, police fired on the crowd."
    (timex,) = timeml_timexes(sentence)
    assert timeml_value(timex, THU, context=sentence, reference=may) == "2023-05-20"
    # a day the discourse is on leaves it to the document's month
    day = resolve("on May 5", THU, past=True)
    assert resolve("on the 20th", THU, past=True, reference=day).value == "2023-09-20"


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        ("The envoys met on March the 9th.", "March the 9th", "2023-03-09"),
        ("The envoys met on March the ninth, in Rome.", "March the ninth", "2023-03-09"),
        # a noun after it is the ordinal's
        ("In May the first rains came.", "May", "2023-05"),
    ],
)
def test_a_month_the_and_its_day(sentence: str, expected: str, value: str) -> None:
    (timex,) = find_timexes(sentence)
    assert timex.text == expected
    found = resolve(timex.text, THU, past=True)
    assert found is not None and found.value == value
