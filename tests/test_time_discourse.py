"""wirecode.time: tense and discourse rules for TimeML values (TempEval-3 development round).

Each table row is an English pattern, not a sentence from the evaluation data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import Timex, timeml_normalise
from wirecode.time.tense import tense_of

THU = dt.date(1989, 10, 26)  # a Thursday


def _tense(text: str, target: str) -> str | None:
    start = text.index(target)
    return tense_of(text, start, start + len(target))


def _values(text: str, dct: dt.date = THU) -> list[tuple[str, str]]:
    """Each expression of `text` found by wirecode with its value, the discourse carried."""
    from wirecode.time.timeml import timeml_values

    return [(timex.text, found.value) for timex, found in timeml_values(text, dct)]


def _value(text: str, phrase: str, dct: dt.date = THU, ref=None) -> str:
    start = text.index(phrase)
    timex = Timex(start, start + len(phrase), phrase, "gold")
    return timeml_normalise(timex, dct, context=text, reference=ref).value


@pytest.mark.parametrize(
    ("text", "target", "tense"),
    [
        # an expression opening its sentence reads its own sentence, not the one before it
        ("Talks will resume soon. Tuesday, the rebels attacked a convoy.", "Tuesday", "past"),
        ("Rebels attacked a convoy. Tuesday, the talks will resume.", "Tuesday", "future"),
        ("Talks will resume soon. Last week the rebels attacked a convoy.", "Last week", "past"),
        # "after" or "before" heading the expression's own phrase is a preposition, not a
        # clause break: the verb before it still decides
        ("Police have searched for him since shortly after the Oct. 23 attack.", "Oct. 23", "past"),
        ("They adopted new rules after the 1987 crash.", "1987", "past"),
        # ... but a clause after "after" is its own
        ("The firm will decide after analysts review results Friday.", "Friday", None),
        # a scheduling verb in the present tense after a plural subject: a thing to come
        ("He and his rival meet separately Monday with the envoy.", "Monday", "future"),
        ("The two leaders begin talks Tuesday in Geneva.", "Tuesday", "future"),
        # ... not an infinitive, nor a verb after "did" or a modal
        ("They agreed to meet Monday with the envoy.", "Monday", "past"),
        ("They did not meet Monday with the envoy.", "Monday", "past"),
        # ... nor a noun after a determiner
        ("He won the meet Saturday in Ohio.", "Saturday", "past"),
    ],
)
def test_tense_rules(text: str, target: str, tense: str | None) -> None:
    assert _tense(text, target) == tense


def test_a_fronted_weekday_is_dated_by_its_own_sentence() -> None:
    text = "Talks will resume soon. Tuesday, the rebels attacked a convoy."
    assert _value(text, "Tuesday") == "1989-10-24"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a stretch of months, "the 1988 period" is that stretch a year back: the year,
        # and the comparison does not move the discourse ("year-ago" stays the year)
        (
            "Net rose in the third quarter. In the first nine months, net was $306 million, "
            "compared with a loss in the 1988 period. The year-ago results included a charge.",
            [
                ("the third quarter", "1989-Q3"),
                ("In the first nine months", "P9M"),
                ("the 1988 period", "1988"),
                ("year-ago", "1988"),
            ],
        ),
        # after a quarter, it is that quarter of 1988, as before
        (
            "Profit rose in the third quarter, compared with a loss in the 1988 period.",
            [("the third quarter", "1989-Q3"), ("the 1988 period", "1988-Q3")],
        ),
    ],
)
def test_a_period_compared_with_a_stretch_of_months(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a count marked alone before "to" and the count and unit ending the range
        ("The wait is between two to six days for most patients.", "two", "P2D"),
        ("It takes 3 to 5 years to build.", "3", "P3Y"),
        ("Costs rose two to three hours later.", "two", "PT2H"),
        # a count before a range with no unit is no stretch
        ("The vote was two to one.", "two", "XXXX-XX-XX"),
    ],
)
def test_a_count_opening_a_range_takes_its_unit(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "the then current price": the state of a time past
        (
            "Holders may buy shares at half the then current market price.",
            "then current",
            "PAST_REF",
        ),
        ("It paid the then-current rate.", "then-current", "PAST_REF"),
        # two units coordinated have no one unit to count the stretch in
        ("Many funds in recent weeks and months have sold.", "recent weeks and months", "PAST_REF"),
        ("Funds have sold in recent weeks.", "recent weeks", "PXW"),
        # "the early years" is a stretch of years of no stated count, as "the first years"
        ("You save fewer lives in the early years.", "the early years", "PXY"),
        ("Prices fell in the early 1980s.", "the early 1980s", "198"),
        # "each of the [last three years]": every one of them, a set
        ("He was arrested in each of the last three years.", "last three years", "P1Y"),
        ("He was arrested in each of the past two months.", "the past two months", "P1M"),
        ("He was arrested in the last three years.", "the last three years", "P3Y"),
        # seasons counted back or named in the plural recur: a set of the season
        ("Violence erupted for the past three summers.", "the past three summers", "XXXX-SU"),
        ("Roads close in winters.", "winters", "XXXX-WI"),
    ],
)
def test_vague_and_recurring_values(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # "or so" before "ago" rounds the count and keeps the expression whole
        ("He left a week or so ago, officials said.", "a week or so ago", "1989-W42"),
        ("The plant closed a month or so ago.", "a month or so ago", "1989-09"),
        ("The plant closed two years or so ago.", "two years or so ago", "1987"),
    ],
)
def test_a_count_or_so_ago(sentence: str, span: str, value: str) -> None:
    from wirecode.time import find_timexes

    found = find_timexes(sentence)
    assert [t.text for t in found] == [span]
    assert timeml_normalise(found[0], THU, context=sentence).value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named by anaphora after a month (a year) is a day of it, which one unknown
        (
            "He was arrested last October. His site was shut that same day.",
            [("last October", "1988-10"), ("that same day", "1988-10-XX")],
        ),
        (
            "He was arrested in 1987. His site was shut that same day.",
            [("1987", "1987"), ("that same day", "1987-XX-XX")],
        ),
        # after a day it is that day
        (
            "He was arrested on Oct. 3. His site was shut that same day.",
            [("Oct. 3", "1989-10-03"), ("that same day", "1989-10-03")],
        ),
    ],
)
def test_a_day_anaphor_after_a_month_or_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's "latest period" is the quarter it reports, a fiscal one too
        (
            "The steelmaker posted net income for the fiscal second quarter. "
            "The latest period includes gains from retiring debt.",
            [("the fiscal second quarter", "1989-Q2"), ("The latest period", "1989-Q2")],
        ),
        # the current quarter is the one reported only when told in the past
        (
            "Ralston reported a decline in fourth-quarter earnings. Sales in the latest "
            "period rose 13%.",
            [("fourth-quarter", "1989-Q4"), ("the latest period", "1989-Q4")],
        ),
        (
            "It has no estimate of the quake's impact on fourth-quarter results. In the "
            "latest quarter, it had a loss.",
            [("fourth-quarter", "1989-Q4"), ("the latest quarter", "1989-Q3")],
        ),
        # a quarter of years before is not the latest
        (
            "It took a charge in the 1986 second quarter. Sales in the latest quarter rose.",
            [("the 1986 second quarter", "1986-Q2"), ("the latest quarter", "1989-Q3")],
        ),
    ],
)
def test_the_latest_period_is_the_quarter_reported(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


def test_a_day_marked_alone_before_an_event_is_beside_the_discourses_day() -> None:
    ref = timeml_normalise("Oct. 23", THU)
    text = "Two men showed up at his house the day after his death."
    assert _value(text, "day", ref=ref) == "1989-10-24"
    # ... but a day named after the signal is the one moved ("the day after Christmas")
    assert _value("They met the day after Christmas.", "day", ref=ref) == "1989-10-23"
    # ... nor is one set off by a comma after a date: it names that date again
    ref = timeml_normalise("Oct. 12", THU)
    text = "Eight days after Oct. 12, the day before the plunge, prices rose."
    assert _value(text, "the day", ref=ref) == "1989-10-12"
    assert _value("Prices fell the day before the plunge.", "the day", ref=ref) == "1989-10-11"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a period that "ended" on a day: the day has passed, though the nearer is to come
        ("In the second quarter ended Oct. 31, it had a loss.", "Oct. 31", "1988-10-31"),
        ("In the quarter ended Sept. 30, it had a loss.", "Sept. 30", "1989-09-30"),
        # ... not one "ending" on it, nor a day named with no tense
        ("In the year ending Oct. 31, it expects a loss.", "Oct. 31", "1989-10-31"),
        ("The offer runs to Oct. 31.", "Oct. 31", "1989-10-31"),
    ],
)
def test_a_period_ended_on_a_day_that_has_passed(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter that "ended" on a day that has passed is that year's, and so is the
        # quarter the discourse goes on with
        (
            "In the second quarter ended Oct. 31, it had a loss. Results for that quarter "
            "included a write-down.",
            [
                ("the second quarter", "1988-Q2"),
                ("Oct. 31", "1988-10-31"),
                ("that quarter", "1988-Q2"),
            ],
        ),
        # a quarter that ended this year stays this year's
        (
            "In the third quarter ended Sept. 30, it had a loss.",
            [("the third quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")],
        ),
    ],
)
def test_a_quarter_ended_on_a_day_that_has_passed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


def test_a_fiscal_quarter_ended_early_in_the_next_year_keeps_its_year() -> None:
    text = "In the fourth quarter ended Jan. 31, it had a loss."
    assert _value(text, "the fourth quarter", dct=dt.date(1989, 3, 15)) == "1988-Q4"


def test_seasons_counted_back_are_found_whole() -> None:
    assert _values("Violence erupted for the past three summers in Belfast.") == [
        ("the past three summers", "XXXX-SU")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the day beside the discourse's day is anaphoric, as "the next day" is: the
        # morning after the day last named, not the document's tomorrow
        (
            "He was taken to hospital on Monday and appeared in court the next morning.",
            [("Monday", "1989-10-23"), ("the next morning", "1989-10-24TMO")],
        ),
        (
            "The vote was held on Monday. Early the next morning, troops moved in.",
            [("Monday", "1989-10-23"), ("the next morning", "1989-10-24TMO")],
        ),
        (
            "He died on Monday; he had been seen the previous evening.",
            [("Monday", "1989-10-23"), ("the previous evening", "1989-10-22TEV")],
        ),
        # "the following" keeps its part of the day
        (
            "He landed on Monday and left the following night.",
            [("Monday", "1989-10-23"), ("the following night", "1989-10-24TNI")],
        ),
        # with no day named, the document's: the next morning is the document's tomorrow
        ("Officials will meet the next morning.", [("the next morning", "1989-10-27TMO")]),
        # deictic "tomorrow morning" stays the document's tomorrow
        (
            "He was arrested on Monday. He appears in court tomorrow morning.",
            [("Monday", "1989-10-23"), ("tomorrow morning", "1989-10-27TMO")],
        ),
    ],
)
def test_a_part_of_day_beside_the_discourses_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected


def test_a_weekday_or_season_placed_from_the_discourses_date() -> None:
    # TimeML reads them from the date last named, not the document's
    text = "He was arrested on Nov. 17, 1987 and charged the following Monday."
    assert _values(text) == [
        ("Nov. 17, 1987", "1987-11-17"),
        ("the following Monday", "1987-11-23"),
    ]
    text = "They met in Paris in 1985. The following spring they married; that summer they left."
    assert _values(text) == [
        ("1985", "1985"),
        ("The following spring", "1986-SP"),
        ("that summer", "1986-SU"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second end of a stretch of weekdays is the first such day on or after the first
        # end, as `resolve` reads the stretch ("through Sunday" alone took the future side)
        (
            "The fair lasts from Friday through Sunday.",
            [("Friday", "1989-10-20"), ("Sunday", "1989-10-22")],
        ),
        (
            "The museum is open Saturday through Monday.",
            [("Saturday", "1989-10-21"), ("Monday", "1989-10-23")],
        ),
        # a stretch told in the future or the past was right before, and stays so
        (
            "The fair will run from Friday to Sunday.",
            [("Friday", "1989-10-27"), ("Sunday", "1989-10-29")],
        ),
        (
            "Talks were held from Monday to Wednesday.",
            [("Monday", "1989-10-23"), ("Wednesday", "1989-10-25")],
        ),
    ],
)
def test_a_stretch_of_weekdays_ends_after_it_starts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _values(text) == expected
