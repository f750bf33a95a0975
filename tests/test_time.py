"""wirecode.time: input → expected tables for finding and resolving time expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.records import DateValue
from wirecode.time import Timex, find_timexes, infer_published, resolve

D = dt.date
THU = D(2023, 4, 27)  # a Thursday: the date line of the Xi–Zelensky call story
FRI = D(2022, 2, 25)  # a Friday: the first Xi–Putin call after the invasion
WED = D(2022, 6, 15)  # a Wednesday: Xi's 69th birthday call

# expression, anchor, future, expected value (DateValue.value), precision
RESOLVE = [
    # weekdays: the most recent on or before the anchor, the next one after it when future
    ("on Wednesday", THU, False, "2023-04-26", "day"),
    ("on Thursday", THU, False, "2023-04-27", "day"),
    ("on Friday", THU, False, "2023-04-21", "day"),
    ("Wednesday afternoon", THU, False, "2023-04-26", "day"),
    ("Wednesday's call", THU, False, "2023-04-26", "day"),
    ("Wednesday’s call", THU, False, "2023-04-26", "day"),
    ("will meet on Wednesday", THU, True, "2023-05-03", "day"),
    # a future weekday named on that weekday is the day itself: a report of a Thursday's
    # "will meet on Thursday" means that day (a week on is "next Thursday")
    ("on Thursday", THU, True, "2023-04-27", "day"),
    ("on Friday", THU, True, "2023-04-28", "day"),
    ("last Thursday", THU, False, "2023-04-20", "day"),
    ("next Monday", THU, False, "2023-05-01", "day"),
    ("this afternoon (Wednesday)", WED, False, "2022-06-15", "day"),
    ("Friday afternoon (Feb. 25)", FRI, False, "2022-02-25", "day"),
    ("on Sunday", D(2023, 1, 2), False, "2023-01-01", "day"),
    ("on Saturday", D(2023, 1, 2), False, "2022-12-31", "day"),
    # a weekday placed in a week: that week's day, whatever the tense; "Friday week" and "a
    # week on Friday" a week after the coming Friday
    ("Friday next week", THU, False, "2023-05-05", "day"),
    ("on Monday next week", THU, False, "2023-05-01", "day"),
    ("Monday last week", THU, False, "2023-04-17", "day"),
    ("Tuesday this week", THU, False, "2023-04-25", "day"),
    ("Friday week", THU, False, "2023-05-05", "day"),
    ("a week on Thursday", THU, False, "2023-05-11", "day"),
    ("a week from Sunday", THU, True, "2023-05-07", "day"),
    # "this" weekday still to come is the day itself on that weekday, else the coming one
    ("this Thursday", THU, True, "2023-04-27", "day"),
    ("this Saturday", THU, True, "2023-04-29", "day"),
    # days around the anchor
    ("today", THU, False, "2023-04-27", "day"),
    ("this morning", THU, False, "2023-04-27", "day"),
    ("this evening", THU, False, "2023-04-27", "day"),
    ("tonight", THU, True, "2023-04-27", "day"),
    ("yesterday", THU, False, "2023-04-26", "day"),
    ("yesterday afternoon", D(2023, 1, 1), False, "2022-12-31", "day"),
    ("tomorrow", THU, True, "2023-04-28", "day"),
    ("last night", THU, False, "2023-04-26", "day"),
    ("now", THU, False, "2023-04-27", "day"),
    ("currently", THU, False, "2023-04-27", "day"),
    # weeks, months, years around the anchor
    ("last week", THU, False, "2023-W16", "week"),
    ("this week", THU, False, "2023-W17", "week"),
    ("next week", THU, True, "2023-W18", "week"),
    ("last week", D(2023, 1, 4), False, "2022-W52", "week"),
    ("last month", THU, False, "2023-03", "month"),
    ("last month", D(2023, 1, 10), False, "2022-12", "month"),
    ("this month", THU, False, "2023-04", "month"),
    ("earlier this month", THU, False, "2023-04", "month"),
    ("next month", D(2022, 12, 5), True, "2023-01", "month"),
    ("last year", THU, False, "2022", "year"),
    ("this year", THU, False, "2023", "year"),
    ("next year", THU, True, "2024", "year"),
    ("since the beginning of this year", WED, False, "2022", "year"),
    # so long ago
    ("a year ago", D(2022, 8, 4), False, "2021", "year"),
    ("two years ago", THU, False, "2021", "year"),
    ("three weeks ago", THU, False, "2023-W14", "week"),
    ("two months ago", D(2023, 1, 10), False, "2022-11", "month"),
    ("10 days ago", THU, False, "2023-04-17", "day"),
    # month names alone: the most recent on or before the anchor's month; the next if future
    ("in February", THU, False, "2023-02", "month"),
    ("in March", THU, False, "2023-03", "month"),
    ("in April", THU, False, "2023-04", "month"),
    ("in May", THU, False, "2022-05", "month"),
    ("in December", D(2023, 1, 10), False, "2022-12", "month"),
    ("in March", THU, True, "2024-03", "month"),
    ("in May", THU, True, "2023-05", "month"),
    ("late February", WED, False, "2022-02", "month"),
    ("early August", THU, False, "2022-08", "month"),
    ("mid-March", THU, False, "2023-03", "month"),
    ("last March", D(2023, 3, 20), False, "2022-03", "month"),
    # month and year
    ("June 2021", FRI, False, "2021-06", "month"),
    ("in February 2022", THU, False, "2022-02", "month"),
    # month and day: the year nearest the anchor, the past preferred in past text
    ("Feb. 24", D(2022, 8, 4), False, "2022-02-24", "day"),
    ("February 24", D(2022, 8, 4), False, "2022-02-24", "day"),
    ("24 February", D(2022, 8, 4), False, "2022-02-24", "day"),
    ("April 26", THU, False, "2023-04-26", "day"),
    ("Sept. 4", THU, False, "2022-09-04", "day"),
    ("December 20", D(2023, 1, 10), False, "2022-12-20", "day"),
    ("January 5", D(2022, 12, 28), False, "2023-01-05", "day"),
    ("May 19", THU, False, "2023-05-19", "day"),
    ("Oct. 1", THU, False, "2022-10-01", "day"),
    ("Oct. 1", THU, True, "2023-10-01", "day"),
    ("(Feb. 25)", FRI, False, "2022-02-25", "day"),
    ("Friday, Feb. 25", FRI, False, "2022-02-25", "day"),
    ("Thursday, Feb. 24", FRI, False, "2022-02-24", "day"),
    ("the 24th of February", D(2022, 8, 4), False, "2022-02-24", "day"),
    # full dates
    ("April 5, 2023", THU, False, "2023-04-05", "day"),
    ("24 February 2022", THU, False, "2022-02-24", "day"),
    ("2023-04-26", THU, False, "2023-04-26", "day"),
    ("Monday, February 20, 2023", THU, False, "2023-02-20", "day"),
    ("2/24/2022", THU, False, "2022-02-24", "day"),
    ("on Feb. 24, 2022", D(1999, 1, 1), True, "2022-02-24", "day"),
    # years
    ("in 2021", THU, False, "2021", "year"),
    ("in 2014", THU, False, "2014", "year"),
    ("2014", THU, False, "2014", "year"),
    ("in early 2021", THU, False, "2021", "year"),
    # seasons: the interval of the meteorological season
    ("last summer", THU, False, "2022-06-01/2022-08-31", "season"),
    ("last summer", D(2023, 9, 15), False, "2023-06-01/2023-08-31", "season"),
    ("this spring", THU, False, "2023-03-01/2023-05-31", "season"),
    ("last winter", THU, False, "2022-12-01/2023-02-28", "season"),
    ("this winter", D(2023, 1, 10), False, "2022-12-01/2023-02-28", "season"),
    ("in the summer of 2021", THU, False, "2021-06-01/2021-08-31", "season"),
    # a season of the year named from the document's
    ("the spring of last year", THU, False, "2022-03-01/2022-05-31", "season"),
    ("the autumn of next year", THU, False, "2024-09-01/2024-11-30", "season"),
    # the day before or after a day named: that day moved by one
    ("the day before last Tuesday", THU, False, "2023-04-24", "day"),
    ("The day after Feb. 24, 2022", THU, False, "2022-02-25", "day"),
    ("the day before yesterday", THU, False, "2023-04-25", "day"),
    # intervals
    ("between March 20 and 22", THU, False, "2023-03-20", "day"),
    ("between 2014 and 2016", THU, False, "2014/2016", "year"),  # a span of years
    # a clock time on a day is dated by its day (the clock rule holds the day)
    ("9 a.m. on Monday", THU, False, "2023-04-24", "day"),
    ("2 a.m. Friday", THU, True, "2023-04-28", "day"),
    ("10:30 a.m. tomorrow", THU, False, "2023-04-28", "day"),
    ("1430 GMT Tuesday", THU, False, "2023-04-25", "day"),
]


@pytest.mark.parametrize(("text", "anchor", "future", "value", "precision"), RESOLVE)
def test_resolve(text: str, anchor: dt.date, future: bool, value: str, precision: str) -> None:
    resolved = resolve(text, anchor, future=future)
    assert resolved is not None, text
    assert (resolved.value, resolved.precision) == (value, precision)
    assert resolved.text == text
    assert resolved.basis


@pytest.mark.parametrize(
    ("text", "anchor", "basis"),
    [
        ("on Wednesday", THU, "weekday before document date 2023-04-27"),
        ("on Thursday", THU, "weekday of document date 2023-04-27"),
        ("in March", THU, "month before document date 2023-04-27"),
        ("in April", THU, "month of document date 2023-04-27"),
        ("April 5, 2023", THU, "explicit date"),
        ("2/24/2022", THU, "explicit date (US month/day order)"),
        ("three weeks ago", THU, "3 weeks before document date 2023-04-27"),
    ],
)
def test_basis(text: str, anchor: dt.date, basis: str) -> None:
    resolved = resolve(text, anchor)
    assert resolved is not None
    assert resolved.basis == basis


def test_a_month_and_day_told_in_the_past_is_the_latest_before_the_anchor() -> None:
    """ "Met on June 12" in a report of April 27 is last June, however near this June is;
    with no tense, the nearest year (the clause's side counting more) as before."""
    anchor = dt.date(2023, 4, 27)
    assert resolve("June 12", anchor, past=True).start == dt.date(2022, 6, 12)
    assert resolve("June 12", anchor).start == dt.date(2023, 6, 12)
    assert resolve("June 12", anchor, future=True, past=True).start == dt.date(2023, 6, 12)
    assert resolve("between June 12 and 14", anchor, past=True).start == dt.date(2022, 6, 12)


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        ("Trump met Kim on June 12.", "occurred", "2022-06-12"),
        ("The Trump-Kim summit in Singapore was held on June 12.", "occurred", "2022-06-12"),
        ("Biden and Xi are to meet on June 12.", "planned", "2023-06-12"),
    ],
)
def test_an_event_told_in_the_past_is_not_dated_after_its_report(text, status, date) -> None:
    import wirecode

    (event,) = [e for e in wirecode.code(text, published="2023-04-27") if e.event == "CONSULT"]
    assert (event.status, event.date.value) == (status, date)


def test_interval_bounds() -> None:
    between = resolve("between March 20 and 22", THU)
    assert between is not None
    assert (between.start, between.end) == (D(2023, 3, 20), D(2023, 3, 22))
    across = resolve("from Dec. 30 to Jan. 2", D(2023, 1, 10))
    assert across is not None
    assert (across.start, across.end) == (D(2022, 12, 30), D(2023, 1, 2))
    years = resolve("between 2014 and 2016", THU)
    assert years is not None
    assert (years.start, years.end) == (D(2014, 1, 1), D(2016, 12, 31))


@pytest.mark.parametrize(
    ("text", "future", "start", "end"),
    [
        ("from Monday to Wednesday", False, D(2023, 4, 24), D(2023, 4, 26)),
        ("from Monday to Wednesday", True, D(2023, 5, 1), D(2023, 5, 3)),
        ("between Friday and Monday", False, D(2023, 4, 21), D(2023, 4, 24)),
        ("Friday through Sunday", True, D(2023, 4, 28), D(2023, 4, 30)),
    ],
)
def test_a_stretch_of_weekdays_is_one_interval(text, future, start, end) -> None:
    """The first weekday is read as a weekday is (the last such day, or the next one in the
    future), the last is the first such day on or after it."""
    value = resolve(text, THU, future=future)
    assert value is not None and (value.start, value.end) == (start, end)
    assert [t.text for t in find_timexes(f"He was in Kyiv {text}.")] == [text]


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("later this year", "2023", D(2023, 4, 28), D(2023, 12, 31)),
        ("earlier this year", "2023", D(2023, 1, 1), D(2023, 4, 26)),
        ("later this month", "2023-04", D(2023, 4, 28), D(2023, 4, 30)),
        ("earlier this week", "2023-W17", D(2023, 4, 24), D(2023, 4, 26)),
        ("this year", "2023", D(2023, 1, 1), D(2023, 12, 31)),  # the whole year
    ],
)
def test_earlier_or_later_this_unit_is_its_part_before_or_after_the_anchor(
    text, value, start, end
) -> None:
    """ "Later this year" is no time before the report ("would visit China later this year"
    is no visit of last week): its interval starts after the anchor, "earlier" ends before
    it; the value stays at the unit's precision."""
    found = resolve(text, THU, future=True)
    assert found is not None and (found.value, found.start, found.end) == (value, start, end)


def test_later_this_unit_with_nothing_left_is_the_whole_unit() -> None:
    found = resolve("later this year", D(2023, 12, 31), future=True)
    assert found is not None and (found.start, found.end) == (D(2023, 1, 1), D(2023, 12, 31))


def test_two_weekdays_joined_by_and_are_two_days() -> None:
    assert [t.text for t in find_timexes("They met on Monday and Tuesday.")] == [
        "Monday",
        "Tuesday",
    ]


def test_vague_ago_is_an_interval_before_the_anchor() -> None:
    days = resolve("days ago", THU)
    assert days is not None
    assert days.start < days.end < THU


REF_DAY = DateValue.day(D(2022, 6, 15))
REF_MONTH = DateValue.month(2022, 6)


# expression, reference, expected value, precision
@pytest.mark.parametrize(
    ("text", "reference", "value", "precision"),
    [
        ("Earlier on the same day", REF_DAY, "2022-06-15", "day"),
        ("the same day", REF_DAY, "2022-06-15", "day"),
        ("that day", REF_DAY, "2022-06-15", "day"),
        ("later that day", REF_DAY, "2022-06-15", "day"),
        ("the next day", REF_DAY, "2022-06-16", "day"),
        ("the following day", REF_DAY, "2022-06-16", "day"),
        ("the previous day", REF_DAY, "2022-06-14", "day"),
        ("the day before.", REF_DAY, "2022-06-14", "day"),
        ("two days later", REF_DAY, "2022-06-17", "day"),
        ("earlier in the month", REF_DAY, "2022-06", "month"),
        ("later that month", REF_DAY, "2022-06", "month"),
        ("later that month", REF_MONTH, "2022-06", "month"),
        ("the following month", REF_MONTH, "2022-07", "month"),
        ("that year", REF_MONTH, "2022", "year"),
        ("the same day", REF_MONTH, "2022-06", "month"),  # no finer than the reference
        # a decade is ten years, as in "a decade ago"
        ("a decade earlier", REF_MONTH, "2012", "year"),
        ("two decades later", REF_MONTH, "2042", "year"),
    ],
)
def test_anaphora(text: str, reference: DateValue, value: str, precision: str) -> None:
    resolved = resolve(text, THU, reference=reference)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (value, precision)
    assert resolved.basis == f"relative to reference {reference.value}"


@pytest.mark.parametrize(
    ("text", "value"),
    [("earlier in the month", "2023-04"), ("the same day", "2023-04-27")],
)
def test_anaphora_without_reference_falls_back_to_the_anchor(text: str, value: str) -> None:
    resolved = resolve(text, THU)
    assert resolved is not None
    assert resolved.value == value
    assert "no reference" in resolved.basis


# a weekday, a weekend or a season placed from the discourse's date (REF_DAY is a Wednesday)
@pytest.mark.parametrize(
    ("text", "reference", "start", "end"),
    [
        ("the following Monday", REF_DAY, D(2022, 6, 20), D(2022, 6, 20)),
        ("the following Wednesday", REF_DAY, D(2022, 6, 22), D(2022, 6, 22)),  # not the day
        ("the previous Friday", REF_DAY, D(2022, 6, 10), D(2022, 6, 10)),
        ("that weekend", REF_DAY, D(2022, 6, 18), D(2022, 6, 19)),
        ("that same weekend", REF_DAY, D(2022, 6, 18), D(2022, 6, 19)),
        ("the previous weekend", REF_DAY, D(2022, 6, 11), D(2022, 6, 12)),
        ("that summer", REF_DAY, D(2022, 6, 1), D(2022, 8, 31)),
        ("that summer", DateValue.year(1995), D(1995, 6, 1), D(1995, 8, 31)),
        ("that winter", DateValue.month(1995, 1), D(1994, 12, 1), D(1995, 2, 28)),  # within it
        ("the following spring", REF_MONTH, D(2023, 3, 1), D(2023, 5, 31)),
        ("the following summer", DateValue.month(1995, 3), D(1995, 6, 1), D(1995, 8, 31)),
        ("the previous winter", REF_MONTH, D(2021, 12, 1), D(2022, 2, 28)),
    ],
)
def test_anaphora_places_weekdays_weekends_and_seasons_from_the_reference(
    text: str, reference: DateValue, start: dt.date, end: dt.date
) -> None:
    resolved = resolve(text, THU, reference=reference)
    assert resolved is not None
    assert (resolved.start, resolved.end) == (start, end)
    assert f"relative to reference {reference.value}" in resolved.basis


def test_a_weekday_after_a_month_is_placed_from_the_anchor() -> None:
    # "in June 2022 ... the following Monday": no Monday can be named from a month
    resolved = resolve("the following Monday", THU, reference=REF_MONTH)
    assert resolved is not None
    assert resolved.value == "2023-05-01"
    assert "names no day" in resolved.basis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was charged the following Monday.", ["the following Monday"]),
        ("That weekend, the family gathered.", ["That weekend"]),
        ("They married that spring.", ["that spring"]),
        ("The following spring they married.", ["The following spring"]),
        # "that" before "fall" or "spring" is a relative pronoun before a verb
        ("Prices that fall sharply hurt investors.", []),
        ("Doubts that spring from the vote remain.", []),
    ],
)
def test_find_anaphoric_weekdays_weekends_and_seasons(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(text)] == expected


@pytest.mark.parametrize(
    "text", ["for three days", "", "the meeting", "Feb. 30", "2023-02-30", "May I say", "9 a.m."]
)
def test_resolve_nothing(text: str) -> None:
    assert resolve(text, THU) is None


def test_resolve_takes_a_timex_and_a_datetime() -> None:
    timex = Timex(0, 9, "Wednesday", "weekday")
    resolved = resolve(timex, dt.datetime(2023, 4, 27, 9, 30))
    assert resolved is not None
    assert resolved.value == "2023-04-26"


# sentence → [(text, kind, bounded)]
FIND = [
    (
        "Chinese President Xi Jinping spoke with his Ukrainian counterpart Volodymyr Zelensky by "
        "phone on Wednesday, the first known call between the two leaders since the start of "
        "Russia's invasion.",
        [("Wednesday", "weekday", False)],
    ),
    (
        "Chinese President Xi Jinping talked to his Russian counterpart Vladimir Putin over a "
        "phone call on Friday afternoon (Feb. 25), Caixin reported.",
        [("Friday afternoon (Feb. 25)", "date", False)],
    ),
    (
        "Ukraine's president calls for direct talks with Xi, says he's been asking for a "
        "conversation since the war began on Feb. 24.",
        [("Feb. 24", "date", True)],
    ),
    (
        "Since the beginning of the large-scale aggression on February 24, we have officially "
        "requested a conversation.",
        [("February 24", "date", True)],
    ),
    (
        "He requested a conversation with the Chinese president since the start of Russia’s "
        "invasion of Ukraine in February, but that has yet to happen.",
        [("February", "month", True)],
    ),
    (
        "It was Xi’s second phone call with Putin since Russia invaded Ukraine in late February, "
        "where he reiterated support for Russia’s security concerns.",
        [("late February", "month", True)],
    ),
    (
        "Chinese President Xi Jinping this afternoon (Wednesday) held a phone conversation with "
        "his Russian counterpart, Vladimir Putin, Xinhua reported a few minutes ago.",
        [("this afternoon (Wednesday)", "weekday", False)],
    ),
    (
        "Both leaders exchanged their views on the current situation in Ukraine, which Russia "
        "invaded on Thursday, Feb. 24, in what Putin called a special military operation.",
        [("Thursday, Feb. 24", "date", False)],
    ),
    (
        "U.S. President Joe Biden previously denied in June 2021 that Ukraine had been accepted "
        "as a NATO member.",
        [("June 2021", "month", False)],
    ),
    (
        "A 12-point position paper published by China in February was seen by many as skewed, "
        "and a friendly Moscow visit in March by Xi led to widespread criticism.",
        [("February", "month", False), ("March", "month", False)],
    ),
    (
        "Earlier on the same day, Putin met Lukashenko.",
        [("Earlier on the same day", "anaphoric", False)],
    ),
    (
        "Ukrainian President Volodymyr Zelenskyy accepted a call on April 26 with Xi Jinping.",
        [("April 26", "date", False)],
    ),
    (
        "Talks were held for three days between March 20 and 22 in Geneva.",
        [("for three days", "duration", False), ("between March 20 and 22", "interval", False)],
    ),
    (
        "The two will meet next week, ahead of Friday's summit, and again after the election "
        "in 2024.",
        [("next week", "relative", False), ("Friday's", "weekday", True), ("2024", "year", True)],
    ),
    (
        "Russia has occupied Crimea since 2014 and is currently shelling Kharkiv.",
        [("2014", "year", True), ("currently", "present", False)],
    ),
    ("I had a conversation with Xi a year ago, he said.", [("a year ago", "relative", False)]),
    (
        "Zelensky spoke by phone on Wednesday, Feb. 22, 2023.",
        [("Wednesday, Feb. 22, 2023", "date", False)],
    ),
    ("Nothing may happen in May, Theresa May said.", [("May", "month", False)]),
    # the day before or after a day named is one expression, and bounds nothing
    (
        "The day before last Tuesday's hearing, he went to Miami.",
        [("The day before last Tuesday's", "weekday", False)],
    ),
    ("Troops march on; we may see talks.", []),
    # a weekday placed in a week is one expression ("next week" is no second one)
    (
        "The mission's mandate ends on Friday next week.",
        [("Friday next week", "weekday", False)],
    ),
    ("The camp is to close a week on Friday.", [("a week on Friday", "weekday", False)]),
    # a weekday before a newspaper's noun is its name, no day
    (
        "The editor of the Sunday Times, John Witherow, said so on Sunday.",
        [("Sunday", "weekday", False)],
    ),
    # a date before a noun naming a group or a movement is its name; before a happening it dates
    (
        "The March 14 coalition and the April 6 Movement met the 17th February Martyrs Brigade "
        "on Tuesday, after the January 25 uprising.",
        [("Tuesday", "weekday", False), ("January 25", "date", True)],
    ),
    ("Sunday Telegraph reporters left on Monday.", [("Monday", "weekday", False)]),
    # a weekday in every two is a set: no single day
    ("The council meets every other Monday.", [("every other Monday", "set", False)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FIND)
def test_find_timexes(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    found = find_timexes(sentence)
    assert [(t.text, t.kind, t.bounded) for t in found] == expected
    for timex in found:
        assert sentence[timex.start : timex.end] == timex.text


def test_found_timexes_resolve_on_the_seed_stories() -> None:
    sentence = FIND[0][0]
    (timex,) = find_timexes(sentence)
    assert resolve(timex, THU) == DateValue.day(
        D(2023, 4, 26), text="Wednesday", basis="weekday before document date 2023-04-27"
    )
    (timex,) = find_timexes(FIND[1][0])
    resolved = resolve(timex, FRI)
    assert resolved is not None
    assert resolved.value == "2022-02-25"


UNDATED = (
    "Ukrainian President Volodymyr Zelenskyy gives a speech during his visit to Warsaw, Poland, "
    "on April 5, 2023.\n\nUkrainian President Volodymyr Zelenskyy accepted a call on April 26 "
    "with Xi Jinping. The conversation was the first since Russia began its attempted conquest "
    "of Ukraine last year."
)


@pytest.mark.parametrize(
    ("text", "value", "precision", "written"),
    [
        (UNDATED, "2023-04-26", "day", "April 26"),
        ("The summit of June 2021 and the talks in March 2022.", "2022-03", "month", "March 2022"),
        ("Russia annexed Crimea in 2014.", "2014", "year", "2014"),
        ("Talks on Dec. 30, 2022 resumed on Jan. 3.", "2023-01-03", "day", "Jan. 3"),
        (
            "They met on April 5, 2023. They will meet again on May 9, 2023.",
            "2023-04-05",
            "day",
            "April 5, 2023",
        ),
    ],
)
def test_infer_published(text: str, value: str, precision: str, written: str) -> None:
    inferred = infer_published(text)
    assert inferred is not None
    assert (inferred.value, inferred.precision) == (value, precision)
    assert inferred.basis.startswith(f"inferred: latest date reported ('{written}'); likely ")


def test_infer_published_last_year_is_weak() -> None:
    inferred = infer_published("The war began in 2022. Russia attacked last year.")
    assert inferred is not None
    assert inferred.value == "2023"
    assert inferred.basis.startswith("inferred (weak)")


@pytest.mark.parametrize(
    "text", ["", "Xi spoke with Putin on Wednesday.", "He met him on April 26.", "last year"]
)
def test_infer_published_nothing(text: str) -> None:
    assert infer_published(text) is None


@pytest.mark.parametrize(
    ("text", "anchor", "value", "precision"),
    [
        ("September last year", D(2024, 6, 19), "2023-09", "month"),
        ("in March this year", THU, "2023-03", "month"),
        ("Feb. 24 last year", THU, "2022-02-24", "day"),
        ("24 February last year", THU, "2022-02-24", "day"),
    ],
)
def test_month_of_a_relative_year(text: str, anchor: dt.date, value: str, precision: str) -> None:
    resolved = resolve(text, anchor)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize(
    ("sentence", "bounded"),
    [
        ("Kim's train arrived shortly after 2 a.m. on Wednesday.", False),
        ("He stayed until noon on Wednesday.", False),
        ("The talks will go on until Wednesday.", True),
        ("Putin met Xi before traveling on Monday to Shanghai.", True),
        ("Xi, who has led China since 2012, spoke on Monday.", False),
        # "when" opens a clause of its own: "in November" dates the travel, bounds nothing
        ("the first leader to visit China since 2016 when he travels there in November", False),
        ("the first leader to visit China since his election in November", True),
    ],
)
def test_bounded(sentence: str, bounded: bool) -> None:
    *_, last = find_timexes(sentence)
    assert last.bounded is bounded
