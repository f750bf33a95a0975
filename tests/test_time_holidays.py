"""Holidays and named days: found, and dated by the calendar (`wirecode.time.holidays`)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve, timeml_normalise

D = dt.date
THU = D(2023, 10, 12)  # a Thursday in October: Christmas is ahead, Easter behind


@pytest.mark.parametrize(
    ("expression", "anchor", "future", "past", "value"),
    [
        # named alone: the nearest one, the coming one in a future clause, the latest when
        # told in the past
        ("on Christmas Day", THU, True, False, "2023-12-25"),
        ("at Christmas", THU, False, True, "2022-12-25"),
        ("on New Year's Eve", THU, True, False, "2023-12-31"),
        ("on New Year's Day", D(2024, 1, 3), False, True, "2024-01-01"),
        ("on Christmas Eve", D(2024, 1, 3), False, False, "2023-12-24"),
        # the movable feasts, counted from Easter Sunday
        ("at Easter", THU, False, True, "2023-04-09"),
        ("at Easter", THU, True, False, "2024-03-31"),
        ("on Good Friday", D(2024, 2, 1), True, False, "2024-03-29"),
        ("last Easter", D(2024, 2, 1), False, False, "2023-04-09"),
        ("next Christmas", D(2023, 12, 28), False, False, "2024-12-25"),
        # a day beside a holiday
        ("the day after Christmas", THU, True, False, "2023-12-26"),
        # a holiday's week
        ("during Holy Week", THU, False, True, "2023-W14"),
        # the fixed day of one country's calendar, in a text of that country
        ("on the Fourth of July", THU, False, True, "2023-07-04"),
    ],
)
def test_a_holiday_is_dated_by_the_calendar(
    expression: str, anchor: dt.date, future: bool, past: bool, value: str
) -> None:
    found = resolve(expression, anchor, future=future, past=past)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("expression", "country", "value"),
    [
        # a name other countries give to days of their own dates nothing unless the text's
        # country is the one whose day the table holds
        ("on Independence Day", "USA", "2023-07-04"),
        ("on Independence Day", "UKR", None),
        ("on Independence Day", None, None),
        ("on Thanksgiving Day", "USA", "2022-11-24"),
        ("on Thanksgiving Day", None, None),
        ("on Christmas Day", "UKR", "2022-12-25"),
    ],
)
def test_a_holiday_of_one_country_needs_its_country(
    expression: str, country: str | None, value: str | None
) -> None:
    found = resolve(expression, THU, past=True, country=country)
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a holiday before the capitalized noun of a place or a pact is part of its name
        ("The ship sailed on to Easter Island.", []),
        ("Refugees were held on Christmas Island.", []),
        ("He defended the Good Friday Agreement.", []),
        ("the centenary of the Easter Rising", []),
        # before a common noun it names its day
        ("Both sides kept the Christmas truce.", ["Christmas"]),
        ("They met on Good Friday. Agreement came later.", ["Good Friday"]),
    ],
)
def test_a_holiday_in_a_name_is_no_day(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "span", "country", "value"),
    [
        # the Eastern churches' feasts: Christmas on Jan. 7, Easter by the Julian computus
        ("Putin attended Mass on Orthodox Christmas.", "Orthodox Christmas", None, "2023-01-07"),
        ("Crowds marked Orthodox Easter in Kyiv.", "Orthodox Easter", None, "2023-04-16"),
        # the feasts after Easter, and fixed days of the church
        ("Shops closed on Ascension Day.", "Ascension Day", None, "2023-05-18"),
        ("Pilgrims gathered on Whit Monday.", "Whit Monday", None, "2023-05-29"),
        ("Families gathered on All Saints' Day.", "All Saints' Day", None, "2022-11-01"),
        # national days whose names no other country gives to a day of its own
        ("Marches on Martin Luther King Jr. Day", "Martin Luther King Jr. Day", None, "2023-01-16"),
        ("Banks closed on Presidents Day.", "Presidents Day", None, "2023-02-20"),
        ("Parades were held on Columbus Day.", "Columbus Day", None, "2023-10-09"),
        ("He visited Ottawa on Canada Day.", "Canada Day", None, "2023-07-01"),
        ("Protesters rallied on Australia Day.", "Australia Day", None, "2023-01-26"),
        ("Veterans marched on Anzac Day.", "Anzac Day", None, "2023-04-25"),
        # Russia's Victory Day, for a text of Russia; undated for a text of no country
        ("Putin spoke at the Victory Day parade.", "Victory Day", "RUS", "2023-05-09"),
        ("Putin spoke at the Victory Day parade.", "Victory Day", None, None),
    ],
)  # fmt: skip
def test_more_named_days(sentence: str, span: str, country: str | None, value: str | None) -> None:
    (found,) = find_timexes(sentence)
    assert found.text == span
    resolved = resolve(found, THU, past=True, country=country)
    assert (resolved.value if resolved else None) == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a holiday with its year written is that year's (it had been the nearest one, and
        # the year an expression of its own)
        ("The two men met at Christmas 2019.", "Christmas 2019", "2019-12-25"),
        ("Troops left their trenches on Christmas Day, 1914.", "Christmas Day, 1914", "1914-12-25"),
        ("The Easter 2016 attacks killed 32 people.", "Easter 2016", "2016-03-27"),
        # (guard) a number after the holiday's comma is no year
        ("At Christmas, 2,000 people came.", "Christmas", "2022-12-25"),
    ],
)
def test_a_holiday_with_its_year(sentence: str, span: str, value: str) -> None:
    found = find_timexes(sentence)[0]
    assert found.text == span
    resolved = resolve(found, THU, past=True)
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("sentence", "span", "past", "value"),
    [
        # "the eve of" a day named is one expression, the day before it (it had been the
        # day named alone: Christmas, not Christmas Eve)
        ("Putin called Xi on the eve of Christmas.", "the eve of Christmas", True, "2022-12-24"),
        (
            "Xi will call Putin on the eve of Christmas.",
            "the eve of Christmas",
            False,
            "2023-12-24",
        ),
        ("Crowds gathered on the eve of May 9.", "the eve of May 9", True, "2023-05-08"),
        # (guard) the eve of an event is no day
        ("Troops massed on the eve of the vote.", None, True, None),
    ],
)
def test_the_eve_of_a_day(sentence: str, span: str | None, past: bool, value: str | None) -> None:
    found = find_timexes(sentence)
    assert [t.text for t in found] == ([span] if span else [])
    if found:
        resolved = resolve(found[0], THU, future=not past, past=past)
        assert resolved is not None and resolved.value == value
        timeml = timeml_normalise(found[0], THU, context=sentence)
        assert timeml.value == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # an Independence Day whose country is written is that country's day
        ("Kyiv held Ukraine's Independence Day.", "Ukraine's Independence Day", "2023-08-24"),
        ("Kyiv marked Ukrainian Independence Day.", "Ukrainian Independence Day", "2023-08-24"),
        ("Modi spoke on India's Independence Day.", "India's Independence Day", "2023-08-15"),
        ("Americans marked U.S. Independence Day.", "U.S. Independence Day", "2023-07-04"),
        # (guard) alone, it is the USA's, dated only for a text of that country
        ("He spoke on Independence Day.", "Independence Day", None),
    ],
)  # fmt: skip
def test_an_independence_day_of_a_country_written(
    sentence: str, span: str, value: str | None
) -> None:
    (found,) = find_timexes(sentence)
    assert found.text == span
    resolved = resolve(found, THU, past=True)
    assert (resolved.value if resolved else None) == value


@pytest.mark.parametrize(
    ("sentence", "start", "timeml"),
    [
        # a holiday's weekend is the Saturday and Sunday nearest its day (it was its ISO week)
        ("Traffic was heavy over the Easter weekend.", "2023-04-08", "2023-W14-WE"),
        ("Crowds gathered over the Memorial Day weekend.", "2023-05-27", "2023-W21-WE"),
        ("Parties were held over the Christmas weekend.", "2022-12-24", "2022-W51-WE"),
        # (guard) a holiday's week stays the week
        ("He returned during Easter week.", "2023-04-03", "2023-W14"),
    ],
)
def test_a_holidays_weekend(sentence: str, start: str, timeml: str) -> None:
    (found,) = find_timexes(sentence)
    resolved = resolve(found, THU, past=True, country="USA")
    assert resolved is not None and resolved.start.isoformat() == start
    assert timeml_normalise(found, THU, context=sentence).value == timeml
