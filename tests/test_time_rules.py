"""wirecode.time: the general rules of English time expressions added for TempEval-3.

Each table row is an English pattern, not a sentence from the evaluation data.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import Timex, find_timexes, timeml_value

D = dt.date
THU = D(1989, 10, 26)  # a Thursday


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in find_timexes(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year after "for", unless a count follows
        ("Sales missed expectations for 1989.", [("1989", "year")]),
        ("It has stood for 1500 years.", []),
        # a year closing a quotation
        ('"Growth was weak in 1989" he said.', [("1989", "year")]),
        ('He called it "the worst since 1989"', [("1989", "year")]),
        # plural weekdays and weekday parts are sets
        ("The shop closes on Sundays.", [("Sundays", "set")]),
        ("Flights leave on Tuesday nights.", [("Tuesday nights", "set")]),
        # the week of a day, and halves of a year
        ("A hearing is set for the week of March 6.", [("the week of March 6", "date")]),
        ("Profit for the first half of 1989 rose.", [("the first half of 1989", "quarter")]),
        ("He served two and a half years.", [("two and a half years", "duration")]),
        ("It took a minute and a half.", [("a minute and a half", "duration")]),
        # the end or start of a unit, and "year-end" as a noun (not "year-end net")
        ("Troops will arrive by the end of the month.", [("the end of the month", "relative")]),
        ("Mailing starts at the end of this week.", [("the end of this week", "relative")]),
        ("It will close by year-end.", [("year-end", "relative")]),
        ("Year-end net fell.", []),
        ("It marks the end of the month-long siege.", [("month-long", "duration")]),
        # "current" as "this"
        ("Sales in the current fiscal year will rise.", [("current fiscal year", "relative")]),
    ],
)
def test_find(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def _value(text: str, phrase: str, dct: dt.date = THU) -> str:
    start = text.index(phrase)
    return timeml_value(Timex(start, start + len(phrase), phrase, "gold"), dct, context=text)


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("He is charged in the 1996 Olympic bombing.", "1996", "1996"),
        # sets: plural weekdays, a weekday's part of day in the plural
        ("Flights leave on Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
        ("The shop closes on Sundays.", "Sundays", "XXXX-WXX-7"),
        # "afternoon" holds no "noon"
        ("Shares rose at mid-afternoon yesterday.", "mid-afternoon yesterday", "1989-10-25TAF"),
        # a holiday without last/next is the nearest one
        ("Voters go to the polls on Election Day.", "Election Day", "1989-11-07"),
        # halves
        ("a charge spread over the first half of 1990", "the first half of 1990", "1990-H1"),
        ("earnings for the last half of 1989", "the last half of 1989", "1989-H2"),
        ("through the first two quarters of 1990", "first two quarters of 1990", "1990-H1"),
        ("in the second half of next year", "the second half of next year", "1990-H2"),
        # the calendar week of a day
        ("a hearing will be held the week of March 6", "the week of March 6", "1990-W10"),
        ("a hearing was held the week of March 6", "the week of March 6", "1989-W10"),
        # "and a half"
        ("It took a minute and a half.", "a minute and a half", "PT1M30S"),
        ("He served two and a half years.", "two and a half years", "P2Y6M"),
        ("He waited a year and a half.", "a year and a half", "P1Y6M"),
        # vague stretches and references
        ("They will stay for a while.", "a while", "PXX"),
        ("We are there for a fairly lengthy period.", "a fairly lengthy period", "PXX"),
        ("It will stay shut for the time being.", "the time being", "PRESENT_REF"),
        ("It took a long time.", "a long time", "PXX"),
        ("Costs will rise in the near term.", "the near term", "FUTURE_REF"),
        ("Profits will fall in the short term.", "the short term", "FUTURE_REF"),
        ("The talks have already failed.", "already", "PRESENT_REF"),
        ("No charges were filed yet.", "yet", "PRESENT_REF"),
        ("Sales will peak in 1994 or later.", "1994 or later", "1994"),
        # the end or start of a unit has the unit's value (TimeML marks the edge with a mod)
        ("The deal should close by year-end.", "year-end", "1989"),
        ("It will close around year end.", "around year end", "1989"),
        ("Troops will be there by the end of the month.", "the end of the month", "1989-10"),
        ("Prices fell at the beginning of last month.", "the beginning of last month", "1989-09"),
        ("Sales rose until the end of the year.", "the end of the year", "1989"),
        # future references
        ("It will cut taxes in future quarters.", "future quarters", "FUTURE_REF"),
        ("It will be decided at a later date.", "a later date", "FUTURE_REF"),
        ("We will sell it as soon as possible.", "as soon as possible", "FUTURE_REF"),
        # a quarter after a possessive
        ("It estimated earnings for its fourth quarter.", "its fourth quarter", "1989-Q4"),
        # the current quarter is the document's, the latest the one before it
        ("Sales in the current quarter will rise.", "the current quarter", "1989-Q4"),
        ("Sales in the latest quarter rose.", "the latest quarter", "1989-Q3"),
    ],
)
def test_value(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("text", "target", "tense"),
    [
        # "set to", "set for", "due to": a plan
        ("The talks are set to resume Monday in Belfast.", "Monday", "future"),
        ("A summit set for Washington in April will decide.", "April", "future"),
        # a participle after "be" is passive, not past: the auxiliary decides
        ("Guidelines to be published in early November will decide.", "early November", "future"),
        ("She will be named commander in December.", "December", "future"),
        ("She was named commander in December.", "December", "past"),
        # "-eed" verbs are not past tenses
        ("Mr. Smith will succeed Mr. Jones on Feb. 1.", "Feb. 1", "future"),
        # an initial or a title does not end the sentence
        ("Smith will succeed Daniel P. Davison Feb. 1.", "Feb. 1", "future"),
        ("The board will name Dr. Jones in March.", "March", "future"),
        # "through" ending a stretch already run is no deadline
        ("Sales were flat this year through August.", "August", "past"),
        ("The fund fell 2% so far through October.", "October", None),
        ("The offer runs through August.", "August", "future"),
        # a plan under a past perfect is a plan of the past
        ("The offer had been due to expire Friday.", "Friday", "past"),
        ("The offer had been scheduled to expire Friday.", "Friday", "past"),
        ("The offer is due to expire Friday.", "Friday", "future"),
        # an "-ed" word after a determiner is an adjective, no past: the verb decides
        ("It would be paid on a still unspecified date in January.", "January", "future"),
        ("He will take a delayed flight on Friday.", "Friday", "future"),
        ("The company that acquired it in May.", "May", "past"),
        # a scheduling verb in the present tense dates a thing still to come
        ("The trial begins Monday in Boston.", "Monday", "future"),
        ("The appointment takes effect Nov. 13.", "Nov. 13", "future"),
        ("The offer expires on Friday.", "Friday", "future"),
        ("The trial began Monday in Boston.", "Monday", "past"),
        # an expression opening its sentence, set off by a comma, dates the clause after it
        ("On Tuesday, the Action League plans to hold a news conference.", "Tuesday", "future"),
        ("On Tuesday, the Action League held a news conference.", "Tuesday", "past"),
        # a gloss in parentheses takes the tense of the clause of what it glosses
        (
            "He will leave at 4 in the morning (4 a.m. EDT Thursday).",
            "4 a.m. EDT Thursday",
            "future",
        ),
        # a clock time on a weekday after "until" is a bound like the weekday alone: the verb
        # decides, unless a time to act is given ("until ... to sign")
        ("The talks lasted until 2 a.m. Friday.", "2 a.m. Friday", "past"),
        ("The talks will last until 2 a.m. Friday.", "2 a.m. Friday", "future"),
        ("Officials have given the firm until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "future"),
        ("The firm had until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "past"),
        # a modal of obligation or expectation looks forward ("should have" looks back)
        ("The handover should be complete by Monday.", "Monday", "future"),
        ("A new resolution must be passed on Friday.", "Friday", "future"),
        ("The handover should have been complete by Monday.", "Monday", "past"),
        # a weaker modal only before a deadline: "could be heard Thursday" is what happened
        ("The talks could resume by Monday.", "Monday", "future"),
        ("Gunfire could be heard on Thursday.", "Thursday", None),
        # a weekday's possessive before a plan: the day is still to come
        ("Thousands gathered ahead of Tuesday's planned march.", "Tuesday", "future"),
        ("A page devoted to Friday's planned protests had 80,000 followers.", "Friday", "future"),
        ("Thousands gathered ahead of Tuesday's march.", "Tuesday", "past"),
        # a passive infinitive is a thing still to be done (not one planned in the past)
        ("He said so in a program to be broadcast on Sunday.", "Sunday", "future"),
        ("The vote was to be held on Sunday.", "Sunday", "past"),
        # a present verb of lasting until a weekday reaches into days to come
        ("The congress opened on Friday and runs until Sunday.", "Sunday", "future"),
        ("The exhibition is open through Friday.", "Friday", "future"),
        ("The exhibition ran through Friday.", "Friday", "past"),
        # an apposition of names and the comma before a country do not end the clause; an
        # adjective in -ed before a name is no past
        (
            "She is due to meet the aid chief, Abdul Attar, on Thursday.",
            "Thursday",
            "future",
        ),
        ("The ship was slated to arrive in Valletta, Malta on Friday.", "Friday", "future"),
        ("Zuma is set to meet embattled Libyan leader Gadhafi on Monday.", "Monday", "future"),
        ("Mubarak resigned, Egypt said Friday.", "Friday", "past"),
        # "this" weekday with no cue is one to come; a past verb still decides
        ("Tune in this Sunday at 10 a.m. on CNN.", "this Sunday", "future"),
        ("Floods hit the city this Friday.", "this Friday", "past"),
        ("Tune in on Sunday at 10 a.m. on CNN.", "Sunday", None),
        # a name of several words is one word of the clause: a long plan keeps its cue
        (
            "The envoy is to brief the United Nations Security Council on his mission on Friday.",
            "Friday",
            "future",
        ),
        (
            "He is scheduled to meet the head of the International Red Cross on Monday.",
            "Monday",
            "future",
        ),
        (
            "He was with the leaders of the Arab League in Cairo on Monday.",
            "Monday",
            "past",
        ),
        # a clock time is no clause break ("7:30 p.m. ET" neither ends the clause nor the sentence)
        ("The president will address the nation at 7:30 p.m. ET Monday.", "Monday", "future"),
        ("The president addressed the nation at 7:30 p.m. ET Monday.", "Monday", "past"),
        # a word or two in quotation marks inside the clause do not end it
        (
            'Protesters are planning a "march of millions" in the capital on Tuesday.',
            "Tuesday",
            "future",
        ),
        ('She will "hopefully" be seen by journalists by Saturday.', "Saturday", "future"),
        ('Protesters staged a "day of rage" in the capital on Friday.', "Friday", "past"),
        ('"We will win," he said on Friday.', "Friday", "past"),
        ('Clinton told NBC\'s "Meet the Press" on Sunday.', "Sunday", "past"),
        # a bar between reader comments is a mark (the clock's colon before it is none)
        ("Monday at 6:27 pm | We will win.", "Monday", None),
        # an expression that is the subject of its clause takes the tense of its own verb
        ("The envoy told CNN that Friday will be his last chance.", "Friday", "future"),
        ("Officials said Thursday saw an escalation of attacks.", "Thursday", "past"),
    ],
)
def test_tense(text: str, target: str, tense: str | None) -> None:
    from wirecode.time.tense import tense_of

    start = text.index(target)
    assert tense_of(text, start, start + len(target)) == tense


@pytest.mark.parametrize(
    ("phrase", "dct", "value"),
    [
        ("Christmas", D(1999, 1, 5), "1998-12-25"),
        ("Christmas", D(1999, 12, 20), "1999-12-25"),
        ("last Christmas", D(1999, 12, 20), "1998-12-25"),
        ("Easter week", D(2000, 4, 10), "2000-W16"),
    ],
)
def test_holiday_nearest(phrase: str, dct: dt.date, value: str) -> None:
    assert timeml_value(phrase, dct) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # with the third quarter of 1989 under discussion
        ("that quarter", "1989-Q3"),
        ("the 1988 quarter", "1988-Q3"),
        ("last year's quarter", "1988-Q3"),
        ("the quarter a year ago", "1988-Q3"),
        ("the comparable year-ago quarter", "1988-Q3"),
    ],
)
def test_quarter_of_the_discourse(phrase: str, value: str) -> None:
    from wirecode.time import timeml_normalise

    reference = timeml_normalise("the third quarter", THU)
    assert timeml_value(phrase, THU, reference=reference) == value


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("the end of the month", "1989-10", "month"),
        ("the beginning of last year", "1988", "year"),
        ("by year-end", "1989", "year"),
        ("the current year", "1989", "year"),
    ],
)
def test_resolve_edges(text: str, value: str, precision: str) -> None:
    from wirecode.time import resolve

    resolved = resolve(text, THU)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a count of units per occurrence: "every four years" P4Y, "every other day" P2D
        ("every four years", "P4Y"),
        ("every 10 years", "P10Y"),
        ("every other week", "P2W"),
        ("every few months", "PXM"),
        ("every single day", "P1D"),
        # a frequency within a unit is the unit: "twice a year" P1Y (TimeML: freq="2X")
        ("twice a year", "P1Y"),
        ("three times a week", "P1W"),
        ("once a month", "P1M"),
        ("twice weekly", "P1W"),
        ("on a daily basis", "P1D"),
        ("annual", "P1Y"),
        # a recurring season, part of day or weekend
        ("every summer", "XXXX-SU"),
        ("each morning", "XXXX-XX-XXTMO"),
        ("every weekend", "XXXX-WXX-WE"),
        ("mornings", "XXXX-XX-XXTMO"),
        ("on weekends", "XXXX-WXX-WE"),
        ("every Friday night", "XXXX-WXX-5TNI"),
        # ordinals, "once every", "a couple of", and days within a unit
        ("every third day", "P3D"),
        ("once every two years", "P2Y"),
        ("every couple of years", "P2Y"),
        ("once a century", "P100Y"),
        ("two days a week", "P1W"),
        ("per annum", "P1Y"),
        ("year after year", "P1Y"),
    ],
)
def test_set_value(phrase: str, value: str) -> None:
    from wirecode.time import timeml_normalise

    found = timeml_normalise(phrase, THU)
    assert (found.value, found.type) == (value, "SET")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year prefixed "pre-" or "post-"
        ("The post-1959 politics split families.", [("post-1959", "year")]),
        ("Pre-1990 rules still apply.", [("Pre-1990", "year")]),
    ],
)
def test_find_year_prefixed(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # "and a half" written with hyphens
        ("two-and-a-half years", "P2Y6M"),
        ("a three-and-a-half-year term", "P3Y6M"),
        # counts by the dozen, the fortnight and the quarter
        ("a dozen years", "P12Y"),
        ("half a dozen years", "P6Y"),
        ("a fortnight", "P2W"),
        ("a quarter century", "P25Y"),
        ("a quarter of an hour", "PT15M"),
        ("three quarters of an hour", "PT45M"),
        # "all day", "all year long": the whole unit
        ("all day", "P1D"),
        ("all year long", "P1Y"),
        # closed compounds and "time": "a yearlong dispute", "in two years' time"
        ("yearlong", "P1Y"),
        ("the weeklong", "P1W"),
        ("two years' time", "P2Y"),
        ("a month's time", "P1M"),
        ("the preceding three years", "P3Y"),
        # "a period of", "the course of": the stretch named
        ("a period of six months", "P6M"),
        ("the course of three days", "P3D"),
        # a range is written as its first count (as TimeBank and HeidelTime write it)
        ("two to three weeks", "P2W"),
        ("the next 12 to 18 months", "P12M"),
        ("between two and three years", "P2Y"),
        ("a day or two", "P1D"),
        # thousands of years are millennia (TimeBank's L); counts with thousands separators
        ("more than two thousand years", "P2L"),
        ("1,000 years", "P1L"),
        ("1,500 years", "P1500Y"),
        ("1,200 days", "P1200D"),
    ],
)
def test_duration_value(phrase: str, value: str) -> None:
    from wirecode.time import timeml_normalise

    found = timeml_normalise(phrase, THU)
    assert (found.value, found.type) == (value, "DURATION")


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("He was jailed for a fortnight.", "a fortnight"),
        ("They fought for a dozen years.", "for a dozen years"),
        # a range "between" two counts, whole (its value is its first count, as "two to three
        # weeks": the span was the second count and its unit alone)
        ("Repairs will take between three and five years.", "between three and five years"),
        ("It may take between 10 and 12 months.", "between 10 and 12 months"),
    ],
)
def test_find_durations(sentence: str, span: str) -> None:
    assert _found(sentence) == [(span, "duration")]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # the wire services' 24-hour clock, with its zone
        ("1430 GMT", "1989-10-26T14:30"),
        ("0800 GMT Wednesday", "1989-10-25T08:00"),
        # a clock hour in words, and "mid-" parts of the day
        ("eleven o'clock", "1989-10-26T11:00"),
        ("mid-morning", "1989-10-26TMO"),
    ],
)
def test_time_value(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


def test_find_wire_clock() -> None:
    assert _found("Polls closed at 1430 GMT on Friday.") == [("1430 GMT on Friday", "time")]
    assert _found("It cost 2000 dollars.") == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # quarters written short: the latest such quarter, or the year written
        ("Q3", "1989-Q3"),
        ("Q4", "1989-Q4"),
        ("Q3 1988", "1988-Q3"),
        ("1988 Q2", "1988-Q2"),
    ],
)
def test_quarter_short(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


def test_find_quarter_short() -> None:
    assert _found("Profit rose in Q3 2012.") == [("Q3 2012", "quarter")]
    assert _found("He met Q at the bar.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "recent weeks" is one expression, not "recent" alone
        ("Fighting rose in recent weeks.", [("recent weeks", "vague")]),
        ("The recent vote was close.", [("recent", "vague")]),
        # "the then current price": a state of a time past (not "since then, current ...")
        ("They may buy at the then current price.", [("then current", "vague")]),
        ("It paid the then-current rate.", [("then-current", "vague")]),
        ("Since then current rates fell.", []),
        # quarters are counted like other units, not "the past" alone
        ("Losses grew over the past two quarters.", [("the past two quarters", "duration")]),
        # hundreds and thousands of years counted in words
        (
            "Families kept their secrets for more than two thousand years.",
            [("more than two thousand years", "duration")],
        ),
        ("The rite is several hundred years old.", []),
        # quarters of any year, coordinated: each is marked
        (
            "Business peaks in the second and fourth quarters.",
            [("second", "set"), ("fourth quarters", "set")],
        ),
        ("It stood for several hundred years.", [("several hundred years", "duration")]),
    ],
)
def test_find_vague_and_counted_quarters(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a preposition found with the expression is not part of its value
        ("over the past decade", "P10Y"),
        ("over the past year", "1988"),
        ("for the last week", "1989-W42"),
        ("throughout the year", "P1Y"),
        ("for a while", "PXX"),
        ("over an hour", "PT1H"),
        ("recent weeks", "PXW"),
        ("the past two quarters", "P2Q"),
    ],
)
def test_value_after_a_preposition(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


def test_a_coordinated_day_number_takes_the_month_before_it() -> None:
    from wirecode.time import timeml_normalise

    text = "A summit will be held on April 24 and 25 in Washington."
    first = text.index("April 24")
    second = text.index("25")
    reference = timeml_normalise(Timex(first, first + 8, "April 24", "gold"), THU, context=text)
    found = timeml_normalise(Timex(second, second + 2, "25", "gold"), THU, context=text,
                             reference=reference)  # fmt: skip
    assert (reference.value, found.value) == ("1990-04-24", "1990-04-25")
    # a number with no month and day before it is no day
    alone = "He won 25 votes."
    start = alone.index("25")
    assert timeml_value(Timex(start, start + 2, "25", "gold"), THU, context=alone) != "1990-04-25"


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        # TIMEX3 marks each end of a range
        ("Attacks rose between 1994 and 1997.", ["1994", "1997"]),
        ("It bought shares from Aug. 26 to Oct. 20 at a discount.", ["Aug. 26", "Oct. 20"]),
        ("A summit will be held on April 24 and 25.", ["April 24", "25"]),
        # a count or a clock time after a month and day ends no range
        ("They met on April 2 and 4,000 people came.", ["April 2"]),
        ("It opens March 3 to 4 p.m. visitors.", ["March 3", "4 p.m."]),
        ("Sales fell between March and May 2012.", ["March", "May 2012"]),
        ("Talks were held on Friday.", ["Friday"]),
        ("Talks ran from Monday to Wednesday in Geneva.", ["Monday", "Wednesday"]),
        # a clock time and the day after it are one TIMEX3
        ("The offer runs until 5 p.m. EST, Nov. 6.", ["5 p.m. EST, Nov. 6"]),
    ],
)
def test_timeml_timexes_split_intervals(sentence: str, ends: list[str]) -> None:
    from wirecode.time.timeml import timeml_timexes

    found = timeml_timexes(sentence)
    assert [t.text for t in found] == ends
    assert all(sentence[t.start : t.end] == t.text for t in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the stretch between two events is marked, without "after" or "before"
        ("He was honoured one year after he was killed.", [("one year", "duration")]),
        ("Banks must wait at least 30 days before closing.", [("at least 30 days", "duration")]),
        ("It came barely a month after Qantas cut flights.", [("barely a month", "duration")]),
        # "two days before." and "three days later" stay anaphoric
        ("He had left two days before.", [("two days before", "anaphoric")]),
    ],
)
def test_find_duration_gap(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("He will leave at 4 in the morning.", "4 in the morning"),
        ("By mid afternoon, sources said it was over.", "mid afternoon"),
        ("He appears before the judge at midday.", "midday"),
        # a clock time in o'clock
        ("The bells rang at nine o'clock.", "nine o'clock"),
        ("The court sits at 10 o'clock.", "10 o'clock"),
    ],
)
def test_find_times_of_day(sentence: str, span: str) -> None:
    assert _found(sentence) == [(span, "time")]


def test_an_oclock_time_is_an_hour_with_its_day() -> None:
    from wirecode.time import resolve, timeml_normalise

    text = "The court sat at 10 o'clock."
    (found,) = find_timexes(text)
    assert timeml_normalise(found, THU, context=text).value == "1989-10-26T10:00"
    # a day after it is of the expression, as after "9 a.m.", and `resolve` dates it by
    # that day (the day had been left an expression of its own while resolve dated no
    # clock time)
    assert _found("The court sits at 10 o'clock Friday.") == [("10 o'clock Friday", "time")]
    assert _found("It starts at nine o'clock tomorrow morning.") == [
        ("nine o'clock tomorrow morning", "time")
    ]
    assert resolve("10 o'clock Friday", THU).value == "1989-10-20"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # TimeML marks the stretch and reads "later"/"earlier" as a signal
        ("three days later", "P3D"),
        ("A day earlier", "P1D"),
        ("a few days later", "PXD"),
        ("just over an hour later", "PT1H"),
        # a year earlier is the year before (TimeBank's reports of results)
        ("a year earlier", "1988"),
    ],
)
def test_stretch_before_later_or_earlier(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a range is found whole and written as its first count
        ("Shipments resume within two to three weeks.", "two to three weeks", "P2W"),
        ("Deals come in the next 12 to 18 months.", "the next 12 to 18 months", "P12M"),
        ("Repairs take between three and five years.", "between three and five years", "P3Y"),
        # "last" before a hedge is the verb
        ("The strike will last over a week.", "over a week", "P1W"),
        # "barely" hedges a count
        ("He was freed barely a month into his term.", "barely a month", "P1M"),
    ],
)
def test_found_duration_value(sentence: str, span: str, value: str) -> None:
    found = find_timexes(sentence)
    assert [t.text for t in found] == [span]
    assert timeml_value(found[0], THU, context=sentence) == value


def test_a_unit_marked_alone_after_a_is_a_set() -> None:
    text = "We do hundreds of interviews a day, he said. It was a great day."
    per = text.index("day")
    great = text.rindex("day")
    assert timeml_value(Timex(per, per + 3, "day", "gold"), THU, context=text) == "P1D"
    assert timeml_value(Timex(great, great + 3, "day", "gold"), THU, context=text) == "1989-10-26"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quarter as a share, or in a compound, is no time
        ("Funds hold more than a quarter of the market.", []),
        ("The quarter-to-quarter comparison was weak.", []),
        ("It made a profit after several quarters of losses.", [("several quarters", "duration")]),
    ],
)
def test_find_quarter_as_share(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


def _discourse(text: str, phrases: list[str], dct: dt.date = THU) -> list[str]:
    """The values of `phrases`, in order, each resolved against the one before (as the
    TempEval scorer does: the discourse's last anchoring value)."""
    from wirecode.time import timeml_normalise
    from wirecode.time.timeml import carried

    values, ref, pos = [], None, 0
    for phrase in phrases:
        start = text.index(phrase, pos)
        pos = start + len(phrase)
        timex = Timex(start, pos, phrase, "gold")
        found = timeml_normalise(timex, dct, context=text, reference=ref)
        ref = carried(found, ref)
        values.append(found.value)
    return values


def test_a_forecast_quarter_is_not_the_quarter_reported() -> None:
    # a quarter still to come, or one the clause forecasts, does not become the quarter whose
    # results the text reports: the year-ago comparison and a bare "third-quarter" keep theirs
    text = (
        "Profit fell in the third quarter. Analysts expect losses to continue into the "
        "fourth quarter and through the third quarter of 1990. In the year-ago period, it "
        "earned more. Third-quarter sales dropped from a year ago."
    )
    phrases = [
        "the third quarter",
        "fourth quarter",
        "the third quarter of 1990",
        "year-ago period",
        "Third-quarter",
        "a year ago",
    ]
    assert _discourse(text, phrases) == [
        "1989-Q3", "1989-Q4", "1990-Q3", "1988-Q3", "1989-Q3", "1988-Q3"
    ]  # fmt: skip
    # a fiscal quarter reported in the past tense is the one reported, though not yet ended
    text = "It earned $45 million in its fourth quarter, compared with $84 million a year earlier."
    assert _discourse(text, ["its fourth quarter", "a year earlier"]) == ["1989-Q4", "1988-Q4"]


def test_a_year_earlier_after_a_stretch_of_months_is_the_year_before() -> None:
    # the comparison is with the stretch last named: after the nine months, the year before
    text = (
        "Third-quarter profit rose. For the nine months, net fell from a year earlier. "
        "Third-quarter sales rose from a year ago."
    )
    phrases = ["Third-quarter", "the nine months", "a year earlier", "Third-quarter", "a year ago"]
    assert _discourse(text, phrases) == ["1989-Q3", "P9M", "1988", "1989-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a month with no tense cue, one or two months after the document's, is the coming one
        ("Suppliers face a cutback in oil supply in September.", "September", "1990-09"),
        ("A bank agreement to acquire the company in October.", "October", "1990-10"),
        # a past clause keeps the past; months further ahead keep the most recent
        ("The talks collapsed in September.", "September", "1989-09"),
        ("A bank agreement to acquire the company in December.", "December", "1989-12"),
    ],
)
def test_month_just_ahead_with_no_tense_is_the_coming_one(
    text: str, phrase: str, value: str
) -> None:
    assert _value(text, phrase, D(1990, 8, 16)) == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # results for the year, and months of the year, are the document's year
        ("Volume was flat for the year, it said.", "the year", "1989"),
        ("Net fell in the first nine months of the year.", "the year", "1989"),
        ("Earnings will be lower for the fiscal year.", "the fiscal year", "1989"),
        # a year named by its end, or a generic year, is a stretch of twelve months
        ("Net rose for the year ended Sept. 30.", "the year", "P1Y"),
        ("Profit should rise throughout the year.", "the year", "P1Y"),
    ],
)
def test_the_year_of_results_is_the_document_year(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


def test_a_part_of_day_alone_belongs_to_the_day_of_the_discourse() -> None:
    # like a clock time alone: "in the morning" is the morning of the day last named
    text = "Shares were dashed Friday. Dealers placed buy orders in the morning."
    monday = D(1989, 10, 30)
    assert _discourse(text, ["Friday", "the morning"], monday) == ["1989-10-27", "1989-10-27TMO"]
    assert _value(text, "the morning", monday) == "1989-10-30TMO"  # no day named: the DCT's


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a year marked without its "earlier" or "ago" is still the year before
        ("Net was $13.5 million a year earlier.", "1988"),
        ("Sales were weaker a year ago.", "1988"),
        # without the signal it stays a stretch
        ("The dividend is $1.76 a year for holders.", "P1Y"),
    ],
)
def test_a_year_marked_without_its_signal(text: str, value: str) -> None:
    assert _value(text, "a year") == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a month and day with no tense cue take the nearest year, the coming one if nearer
        ("A ceremony would still be held at the summit on April 24.", "April 24", "1999-04-24"),
        ("The third flight departs each Thursday from August 6.", "August 6", "1999-08-06"),
        # a past cue keeps the past; with no cue a nearer past date stays past
        ("The summit was held on April 24.", "April 24", "1998-04-24"),
        ("A ceremony at the summit on Nov. 24.", "Nov. 24", "1998-11-24"),
    ],
)
def test_month_day_with_no_tense_takes_the_nearest_year(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase, D(1999, 2, 10)) == value


def test_then_after_a_bounding_word_is_the_date_last_named() -> None:
    text = "Conversion rights end on Nov. 30. Until then, the stock remains convertible."
    assert _discourse(text, ["Nov. 30", "then"]) == ["1989-11-30", "1989-11-30"]
    assert _value("He was a clerk then.", "then") == "PAST_REF"  # "then" alone stays vague


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # the latest fiscal year is the last one ended, as the latest quarter is
        ("the latest fiscal year", "1988"),
        ("the current fiscal year", "1989"),
    ],
)
def test_latest_fiscal_year(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a stretch compared with the year before is still the stretch
        ("the year-earlier nine months", "P9M"),
        ("the comparable three months", "P3M"),
        ("the year-ago period", "1988-Q3"),  # a period with no count stays the quarter
    ],
)
def test_year_earlier_stretch(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # the day before or after a day named is that day moved by one
        ("the day before last Tuesday", "2000-02-21"),
        ("the day after Christmas", "1999-12-26"),
        ("the day after Feb. 3", "2000-02-04"),
        ("the day before yesterday", "2000-02-22"),
    ],
)
def test_the_day_beside_a_named_day(phrase: str, value: str) -> None:
    assert timeml_value(phrase, D(2000, 2, 24)) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quarter named by its place: last, this, next, previous (not a quarter century)
        ("Output grew 2% last quarter.", [("last quarter", "quarter")]),
        ("Margins will narrow next quarter.", [("next quarter", "quarter")]),
        ("Costs rose from the previous quarter.", [("the previous quarter", "quarter")]),
        ("It has ruled for the past quarter century.", []),
        # a decade written short
        ("The tower was built in the late '60s.", [("the late '60s", "decade")]),
        # hours and minutes between two events
        ("Three hours later the fire was out.", [("Three hours", "duration")]),
        # the 24-hour clock with a colon, after "at" or before a time zone
        ("The polls close at 21:00.", [("21:00", "time")]),
        ("The jet landed at 6:45 GMT.", [("6:45 GMT", "time")]),
        ("See chapter 3:16 of the report.", []),
        # half a unit, and the near, short or long term (not "long-term debt")
        ("The feud has run for half a century.", [("half a century", "duration")]),
        ("Rates will stay low in the near term.", [("the near term", "vague")]),
        ("Long-term debt fell.", []),
    ],
)
def test_find_more_expressions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Output grew 2% last quarter.", "last quarter", "1989-Q3"),
        ("Output is growing this quarter.", "this quarter", "1989-Q4"),
        ("Margins will narrow next quarter.", "next quarter", "1990-Q1"),
        ("The tower was built in the late '60s.", "the late '60s", "196"),
        ("Three hours later the fire was out.", "Three hours", "PT3H"),
        ("The jet landed at 6:45 GMT.", "6:45 GMT", "1989-10-26T06:45"),
        ("The feud has run for half a century.", "half a century", "P50Y"),
        ("Prices should hold over the long term.", "the long term", "FUTURE_REF"),
    ],
)
def test_value_of_more_expressions(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "last" before a month and day is the date's direction, not "last October"
        ("He was shot last Oct. 23 at home.", [("Oct. 23", "date")]),
        # a colon after the day ends the date ("on Monday, Oct. 26: the text")
        ("An editorial ran on Monday, Oct. 26: it said", [("Monday, Oct. 26", "date")]),
        # centuries in words and with early/late
        ("It dates from the late nineteenth century.", [("the late nineteenth century", "decade")]),
        # the period of a year a report compares with
        ("It earned $5 million in the 1988 period.", [("the 1988 period", "quarter")]),
    ],
)
def test_find_dates_and_periods(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It dates from the early 20th century.", "the early 20th century", "19"),
        ("It dates from the late nineteenth century.", "the late nineteenth century", "18"),
        # a bare count of units ago is vague, as "years ago"
        ("The plant closed weeks ago.", "weeks ago", "PAST_REF"),
        ("The feud began decades ago.", "decades ago", "PAST_REF"),
        ("The plant closed three weeks ago.", "three weeks ago", "1989-W40"),
        # the 1988 period with no quarter in the discourse is the year
        ("It earned $5 million in the 1988 period.", "the 1988 period", "1988"),
    ],
)
def test_value_of_dates_and_periods(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


def test_the_year_period_is_the_quarter_of_the_discourse() -> None:
    text = "Profit rose in the third quarter. It earned $5 million in the 1988 period."
    assert _discourse(text, ["the third quarter", "the 1988 period"]) == ["1989-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("dct", "value"),
    [(D(2013, 3, 22), "2013-W12-WE"), (D(2013, 3, 18), "2013-W11-WE")],
)
def test_this_weekend_is_the_nearer_one(dct: dt.date, value: str) -> None:
    assert _value("Rallies took place this weekend.", "this weekend", dct) == value


def test_earlier_this_week_is_its_week_not_a_weekend() -> None:
    """ "Earlier this week" on a Wednesday is Monday and Tuesday, written as the week: two
    days of a week are a weekend only when they are its Saturday and Sunday."""
    assert _value("He said so earlier this week.", "earlier this week", D(2000, 2, 16)) == (
        "2000-W07"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month after a determiner or "for", as a modifier
        ("Police are investigating the October shooting.", [("October", "month")]),
        ("The figures for January were weak.", [("January", "month")]),
        # a season after "into", "of", "for"
        ("Shortages will last well into the summer.", [("summer", "season")]),
        # a quarter named by place, possessive
        ("This quarter's loss was large.", [("This quarter", "quarter")]),
        # the feasts counted from Easter, and St. Patrick's Day
        ("Shops close on Good Friday and Easter Monday.",
         [("Good Friday", "holiday"), ("Easter Monday", "holiday")]),
        ("Parades were held on St. Patrick's Day.", [("St. Patrick's Day", "holiday")]),
        # counts with grouped thousands are whole
        ("The rite goes back 2,000 years.", [("2,000 years", "duration")]),
        ("It was the first in nearly 1,300 years.", [("nearly 1,300 years", "duration")]),
    ],
)  # fmt: skip
def test_find_months_seasons_feasts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "dct", "value"),
    [
        ("Palm Sunday", D(2013, 3, 22), "2013-03-24"),
        ("Good Friday", D(2013, 3, 22), "2013-03-29"),
        ("Holy Week", D(2013, 3, 22), "2013-W13"),
        ("Ash Wednesday", D(2013, 3, 22), "2013-02-13"),
        ("St. Patrick's Day", D(2013, 3, 22), "2013-03-17"),
        ("Mother's Day", D(2013, 3, 22), "2013-05-12"),
        ("nearly 1,300 years", D(2013, 3, 22), "P1300Y"),
    ],
)
def test_value_of_feasts_and_counts(phrase: str, dct: dt.date, value: str) -> None:
    assert timeml_value(phrase, dct) == value


def test_this_past_week_and_a_year_and_a_half() -> None:
    assert _found("Prices fell this past week.") == [("this past week", "relative")]
    text = "Over the past year and a half, sales rose."
    assert _found(text) == [("Over the past year and a half", "duration")]
    assert _value(text, "the past year and a half") == "P1Y6M"


def test_a_participle_after_will_is_no_past_cue() -> None:
    text = "The banks will stay closed until Tuesday."  # written on a Thursday
    assert _value(text, "Tuesday") == "1989-10-31"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capitalized time word inside the expression, in running text: a title
        ('Baker said on ABC\'s "This Week" that talks would go on.', []),
        ("He told CBS's 60 Minutes he was innocent.", []),
        ("He waited 60 minutes.", [("60 minutes", "duration")]),
        # or as the first word of the expression right after another word of the sentence
        ("He told USA Today that he would run.", []),
        ("It showed Gary Cooper in the film High Noon, he said.", []),
        ("He spoke on NBC's Today show on Friday.", [("Friday", "weekday")]),
        ("Today he said no.", [("Today", "relative")]),
        ("He said: Today we go.", [("Today", "relative")]),
        # a line break ends the word before: a headline without a full stop, then "Today"
        ("Obama meets leaders\nToday the president said no.", [("Today", "relative")]),
        ("He left at noon Monday.", [("noon Monday", "time")]),
        # holidays name days themselves
        ("Shops shut on Christmas Day.", [("Christmas Day", "holiday")]),
        # a title-case headline keeps its expressions
        ("Pope Francis Greets Crowds This Week In Rome", [("This Week", "relative")]),
    ],
)
def test_a_time_word_in_a_title_is_no_expression(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "couple of" after past/next is two
        ("Sales rose over the past couple of years.", "the past couple of years", "P2Y"),
        ("Over the next couple of years we expect growth.", "the next couple of years", "P2Y"),
        # a count and a half ago is the month that far back
        ("He left a year and a half ago.", "a year and a half ago", "1988-04"),
        ("He left two and a half months ago.", "two and a half months ago", "1989-08"),
    ],
)
def test_couple_and_half(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value
    assert phrase.lower() in [t.lower() for t, _ in _found(text)] or phrase.startswith("the")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the fall of" a regime or a city is no season; "the fall of 2011" is
        ("He fled shortly before the fall of his regime.", []),
        ("Rebels have ruled since the fall of the capital.", []),
        ("He fled in the fall of 2011.", [("the fall of 2011", "season")]),
    ],
)
def test_the_fall_of_a_regime_is_no_season(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # quarters that are places, circles or shares are no stretch of time
        ("Troops shelled some quarters with tanks.", []),
        ("Several quarters of the city were destroyed.", []),
        ("Poverty fell by over a quarter.", []),
        ("The firm has lost money for several quarters.", [("several quarters", "duration")]),
    ],
)
def test_quarters_that_are_places_or_shares(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year's possessive is the year ("1987's"), a decade's is not ("the 1980's")
        ("Sales topped 1987's record.", [("1987", "year")]),
        ("It ended the 1980's boom.", [("the 1980's", "decade")]),
        # a quarter of a year named relative to this one
        (
            "Costs rose in the second quarter of last year.",
            [("the second quarter of last year", "quarter")],
        ),
        # a fiscal quarter written with a hyphen
        ("It lost money in the fiscal-second quarter.", [("the fiscal-second quarter", "quarter")]),
        # a month coordinated with the month before it
        ("The board will meet in March and May.", [("March", "month"), ("May", "month")]),
        ("Talks may resume in July or Aug., he said.", [("July", "month"), ("Aug.", "month")]),
    ],
)
def test_find_possessive_years_relative_quarters_and_coordinated_months(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("There is no deal at the moment.", "at the moment", "PRESENT_REF"),
        ("There is no deal at the moment.", "the moment", "PRESENT_REF"),
        # "one day" after a modal is some day to come; a counted day stays a stretch
        ("Cars may one day drive themselves.", "one day", "FUTURE_REF"),
        ("He stayed one day in Oslo.", "one day", "P1D"),
        ("Sales topped 1987's record.", "1987's", "1987"),
        (
            "Costs rose in the second quarter of last year.",
            "the second quarter of last year",
            "1988-Q2",
        ),
        ("It lost money in the fiscal-second quarter.", "the fiscal-second quarter", "1989-Q2"),
        # the decade the document is in, and the next
        ("Rates will stay low this decade.", "this decade", "198"),
        ("Rates will rise in the next decade.", "the next decade", "199"),
        # a time left to act, given in the present, is still to come (written on a Thursday)
        ("The firm has until Friday to respond.", "Friday", "1989-10-27"),
        ("The firm had until Friday to respond.", "Friday", "1989-10-20"),
        # a quarter named by its last day, with no quarter named before: the calendar quarter
        # its three months mostly cover
        ("In the quarter ended May 31, sales rose.", "the quarter", "1989-Q2"),
    ],
)
def test_value_of_moments_years_quarters_decades(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


def test_the_day_and_the_previous_weekday_follow_the_discourse() -> None:
    text = "The strike began on Monday, Oct. 23. It was a proud day for the union."
    assert _discourse(text, ["Monday, Oct. 23", "day"]) == ["1989-10-23", "1989-10-23"]
    text = "Stocks rose on Tuesday from the previous Friday."
    assert _discourse(text, ["Tuesday", "the previous Friday"]) == ["1989-10-24", "1989-10-20"]


def test_a_coordinated_month_takes_the_year_of_the_month_before_it() -> None:
    text = "Output fell in December 1987 and January."
    assert _discourse(text, ["December 1987", "January"]) == ["1987-12", "1988-01"]


def test_a_period_a_year_back_is_the_quarter_of_the_year_before() -> None:
    text = "Profit rose in the third quarter, up from the same period last year."
    assert _discourse(text, ["the third quarter", "the same period last year"]) == [
        "1989-Q3",
        "1988-Q3",
    ]
    text = "Profit rose in the third quarter. For the quarter a year ago, it lost money."
    assert _discourse(text, ["the third quarter", "the quarter"]) == ["1989-Q3", "1988-Q3"]
    # found apart, as the finder finds them: "the same period" and "last year"
    text = "Profit rose in the third quarter, up from the same period last year."
    assert _discourse(text, ["the third quarter", "the same period", "last year"]) == [
        "1989-Q3",
        "1988-Q3",
        "1988-Q3",
    ]
    # an ordinal quarter of last year is that quarter of the year before the document's
    assert _value("Sales fell in the second quarter last year.", "the second quarter") == "1988-Q2"


def test_next_years_quarter() -> None:
    text = "Cuts start in next year's first quarter."
    assert _found(text) == [("next year's first quarter", "quarter")]
    assert _value(text, "next year's first quarter") == "1990-Q1"


def test_the_nth_day_of_something_is_the_day_it_is() -> None:
    assert _value("Today is the third day of the strike.", "the third day") == "1989-10-26"
    text = "On Monday, it was the fifth day of the strike."
    assert _discourse(text, ["Monday", "the fifth day"]) == ["1989-10-23", "1989-10-23"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a reported "would" looks forward from the report (written on a Thursday)
        ("He said the envoy would fly to Rome on Friday.", "1989-10-27"),
        # a participle in that verb group is no past cue
        ("Officials said banks would stay closed until Friday.", "1989-10-27"),
        # not "would have", nor on the right, nor for a day that owns a noun
        ("She would have turned 60 on Friday.", "1989-10-20"),
        ("Officials on Friday would not comment.", "1989-10-20"),
        ("Critics said they would fight Friday's ruling.", "1989-10-20"),
    ],
)
def test_a_reported_would_looks_forward(text: str, value: str) -> None:
    phrase = "Friday's" if "Friday's" in text else "Friday"
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a unit before or after the document's (or the discourse's) own
        ("the year before", "1988"),
        ("the month after", "1989-11"),
        ("the week before", "1989-W42"),
        ("the night before", "1989-10-25TNI"),
        # a century ago is the year a hundred years back, as "a decade ago" is ten
        ("more than a century ago", "1889"),
        ("centuries ago", "PAST_REF"),
        ("some time ago", "PAST_REF"),
        # a fiscal year written before its name
        ("the 1988 fiscal year", "1988"),
        # a stretch of years with no count, before "later"
        ("years later", "PXY"),
        ("decades earlier", "PXE"),
    ],
)
def test_value_of_units_beside_and_vague_stretches(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


def test_the_year_before_follows_the_discourse() -> None:
    text = "Sales rose in 1985, up from the year before."
    assert _discourse(text, ["1985", "the year before"]) == ["1985", "1984"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It was the worst flood of this century.", [("this century", "vague")]),
        ("Talks will resume at a later date.", [("a later date", "vague")]),
        ("They must live without power for a while.", [("a while", "vague")]),
        ("A while later he left.", []),
        # days counted in trading, business or working days
        ("Shares fell for six trading days.", [("six trading days", "duration")]),
        ("Six business days after the vote, it paid.", [("Six business days", "duration")]),
    ],
)
def test_find_century_later_date_while_and_trading_days(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("It was the worst flood of this century.", "this century", "P100Y"),
        ("Talks will resume at a later date.", "a later date", "FUTURE_REF"),
        ("They must live without power for a while.", "a while", "PXX"),
        ("Six business days after the vote, it paid.", "Six business days", "P6D"),
    ],
)
def test_value_of_century_later_date_while_and_trading_days(
    text: str, phrase: str, value: str
) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a newspaper or magazine called a daily or a weekly is no set
        ("The Israeli daily Haaretz reported the talks.", []),
        ("The news weekly Der Spiegel and a monthly magazine said so.", []),
        ("The talks failed, the daily said.", []),
        # the adverbs and adjectives still are
        (
            "Protesters gather daily and publish a weekly newsletter.",
            [("daily", "set"), ("weekly", "set")],
        ),
    ],
)
def test_a_newspaper_called_a_daily_is_no_set(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "today's", "yesterday's" before a noun of an age's people or things name an age
        ("The film speaks to today's youth.", []),
        ("Privacy is scarce in today's world.", []),
        ("Most of today's electric cars charge overnight.", []),
        ("Yesterday's men lost the vote.", []),
        # and "of tomorrow", "of today" after one
        ("The school trains the leaders of tomorrow, she said.", []),
        ("The youth of today reads less.", []),
        # a thing of that day is still dated
        ("The notice, printed in today's editions, lists the terms.", [("today's", "relative")]),
        ("Now for today's weather.", [("Now", "present"), ("today's", "relative")]),
        ("As of today, the shares remain convertible.", [("today", "relative")]),
    ],
)
def test_today_naming_an_age_is_no_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day or a week judged, after a copula and "a": the unit is found
        ('The mayor said it was "a proud day for the city."', [("day", "vague")]),
        ("It's been another rough trading week for banks.", [("week", "vague")]),
        ("It has been a long week for the team.", [("week", "vague")]),
        # not when a time is the copula's subject: that time is marked already
        ("Yesterday was a sad day for the club.", [("Yesterday", "relative")]),
        # nor a rate or a day with no judgement ("a day" stays as it was)
        ("I paid a dollar a day for it.", [("a day", "duration")]),
    ],
)
def test_a_day_judged_is_found(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a count of units per occurrence is one set, found whole
        ("The vote is held every four years.", "every four years", "P4Y"),
        ("Buses run every 10 minutes.", "every 10 minutes", "PT10M"),
        ("They meet every few weeks.", "every few weeks", "PXW"),
        # a season recurring
        ("They return each summer.", "each summer", "XXXX-SU"),
        ("Each spring, the river floods.", "Each spring", "XXXX-SP"),
    ],
)
def test_sets_found_whole(sentence: str, span: str, value: str) -> None:
    from wirecode.time import timeml_normalise

    found = find_timexes(sentence)
    assert [(t.text, t.kind) for t in found] == [(span, "set")]
    assert timeml_normalise(found[0], THU, context=sentence).value == value


def test_a_season_of_last_year_is_one_expression() -> None:
    from wirecode.time import timeml_normalise

    text = "Fighting erupted in the spring of last year."
    (found,) = find_timexes(text)
    assert (found.text, found.kind) == ("the spring of last year", "season")
    assert timeml_normalise(found, THU, context=text).value == "1988-SP"


def test_each_fall_as_a_verb_is_no_season() -> None:
    assert _found("Both prices each fall by 5%.") == []
    assert _found("Both prices fell each fall.") == [("each fall", "set")]


def test_a_day_judged_is_the_day_of_the_discourse() -> None:
    from wirecode.time import timeml_normalise
    from wirecode.time.timeml import timeml_timexes

    text = 'The bridge opened on Friday. The mayor said it was "a proud day for the city."'
    found = timeml_timexes(text)
    assert [t.text for t in found] == ["Friday", "day"]
    friday = timeml_normalise(found[0], D(1999, 3, 13), context=text)
    day = timeml_normalise(found[1], D(1999, 3, 13), context=text, reference=friday)
    assert (friday.value, day.value) == ("1999-03-12", "1999-03-12")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # right after an amount, "a year" is its rate, not a stretch of time
        ("The plan saves $40 million a year.", []),
        ("Output grew 3% a year.", []),
        ("The mine hires 2,500 a month.", []),
        # elsewhere it is a stretch, and "a year ago" a date
        ("He stayed a year in Oslo.", [("a year", "duration")]),
        ("Profit fell from $9 million a year ago.", [("a year ago", "relative")]),
    ],
)
def test_the_rate_of_an_amount_is_no_stretch(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # something put off until a day is put off to a day to come (written on a Thursday)
        ("The judge adjourned the hearing until Monday.", "1989-10-30"),
        ("The vote was postponed until Tuesday.", "1989-10-31"),
        ("They stayed until Monday.", "1989-10-23"),
        # "as planned" tells how, not when
        ("The march began as planned on Monday.", "1989-10-23"),
    ],
)
def test_put_off_until_and_as_planned(text: str, value: str) -> None:
    phrase = "Monday" if "Monday" in text else "Tuesday"
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # sets every two weeks, two months, half a year
        ("fortnightly", "P2W"),
        ("bi-monthly", "P2M"),
        ("semi-annual", "P6M"),
        # a stretch in two units
        ("four years and two months", "P4Y2M"),
        ("an hour and 15 minutes", "PT1H15M"),
        ("two days and six hours", "P2DT6H"),
    ],
)
def test_value_of_sets_and_compound_stretches(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


def test_the_unit_beside_needs_a_discourse_date_as_fine_as_the_unit() -> None:
    text = "The plant opened in March 1985; the month before and the week before, it hired."
    assert _discourse(text, ["March 1985", "the month before", "the week before"]) == [
        "1985-03",
        "1985-02",
        "XXXX-XX-XX",
    ]


def test_overnight_is_the_night_before_the_day_of_the_discourse() -> None:
    assert _value("Police held five men overnight.", "overnight") == "1989-10-25TNI"
    text = "Shares fell on Tuesday after overnight losses in Tokyo."
    assert _discourse(text, ["Tuesday", "overnight"]) == ["1989-10-24", "1989-10-23TNI"]


def test_a_present_passive_is_no_past_cue() -> None:
    # written in October: the coming December, as a month just ahead with no tense is
    assert _value("He will appeal when the case is heard in December.", "December") == "1989-12"
    assert _value("The case was heard in December.", "December") == "1988-12"


def test_a_comparison_a_year_back_does_not_move_the_discourse() -> None:
    # "up from $4 a year earlier" compares; the discourse stays on the quarter reported and
    # its date, so "earlier in the year" is the year reported, not the year before it
    text = (
        "Third-quarter profit rose 18% from a year earlier. Sales were delayed earlier in "
        "the year by rain."
    )
    phrases = ["Third-quarter", "a year earlier", "earlier in the year"]
    assert _discourse(text, phrases) == ["1989-Q3", "1988-Q3", "1989"]
    # a stretch of months, carrying the quarter, keeps the discourse's date too
    text = (
        "Third-quarter profit rose, it said on Oct. 2. For the nine months, it fell. The day "
        "before, shares slid."
    )
    phrases = ["Third-quarter", "Oct. 2", "the nine months", "The day before"]
    assert _discourse(text, phrases) == ["1989-Q3", "1989-10-02", "P9M", "1989-10-01"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sales were flat in the last half of the '80s.",
            [("the last half of the '80s", "decade")],
        ),
        ("It grew in the first half of the 1990s.", [("the first half of the 1990s", "decade")]),
        (
            "in the early part of the 20th century",
            [("the early part of the 20th century", "decade")],
        ),
    ],
)
def test_find_a_part_of_a_decade_or_century(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a part of a decade or century is the decade or century (TimeML's mod tells the part)
        ("the last half of the '80s", "198"),
        ("the first half of the 1990s", "199"),
        ("the early part of the 20th century", "19"),
        ("the latter part of this decade", "198"),
    ],
)
def test_value_of_a_part_of_a_decade_or_century(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


def test_a_quarter_described_with_a_is_not_the_quarter_reported() -> None:
    # an adjective may stand between the article and the ordinal; a quarter described with
    # "a" names the quarter but does not become the one the report is about
    assert timeml_value("a flat second quarter", THU) == "1989-Q2"
    assert timeml_value("its strong fourth quarter", THU) == "1989-Q4"
    text = (
        "Third-quarter profit rose. After a flat second quarter, sales recovered from "
        "a year earlier."
    )
    phrases = ["Third-quarter", "a flat second quarter", "a year earlier"]
    assert _discourse(text, phrases) == ["1989-Q3", "1989-Q2", "1988-Q3"]


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a month or season with its year in words, as broadcast transcripts write it
        (
            "It began in January nineteen ninety-seven, he said.",
            [("January nineteen ninety-seven", "month")],
            "1997-01",
        ),
        (
            "It was the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "season")],
            "1994-WI",
        ),
    ],
)
def test_a_month_or_season_with_its_year_in_words(
    sentence: str, expected: list[tuple[str, str]], value: str
) -> None:
    assert _found(sentence) == expected
    assert timeml_value(expected[0][0], THU) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the week's" names the week, as "the week" does ("the week-long rally" is a
        # stretch, not the week)
        (
            "Volume rose in the week's most active session.",
            [("the week", "duration")],
        ),
        ("It was a week-long rally.", [("week-long", "duration")]),
        # half a unit before "later" or "earlier" is part of the stretch
        ("But a minute and a half later, a pilot called.", [("a minute and a half", "duration")]),
        ("Two and a half hours later, he left.", [("Two and a half hours", "duration")]),
    ],
)
def test_find_the_weeks_and_half_a_unit_later(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the weekend" after any preposition ("ahead of the weekend", "until the weekend")
        ("Traders squared positions ahead of the weekend.", [("the weekend", "relative")]),
        ("The talks will run until the weekend.", [("the weekend", "relative")]),
        # the day it is, counted in something (not "his first day in office")
        (
            "Today is the eighth day of the blockade.",
            [("Today", "relative"), ("the eighth day", "vague")],
        ),
        ("It's the second day of an offensive.", [("the second day", "vague")]),
        ("He will act on his first day in office.", []),
        # the fiscal year last reported
        (
            "Sales were $7 billion in the latest fiscal year.",
            [("the latest fiscal year", "quarter")],
        ),
    ],
)
def test_find_weekend_nth_day_and_latest_fiscal_year(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence) == expected


def test_value_of_the_nth_day_found() -> None:
    text = "It's the second day of an offensive."
    found = [t for t in find_timexes(text) if t.text == "the second day"]
    assert timeml_value(found[0], THU, context=text) == "1989-10-26"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # the first of two things coordinated with a recurring one recurs too
        ("Two flights will leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
        ("The shop opens on Saturday and Sundays.", "Saturday", "XXXX-WXX-6"),
        ("Sales peak in the second and fourth quarters.", "second", "XXXX-Q2"),
        ("Sales peak in the second and fourth quarters.", "fourth quarters", "XXXX-Q4"),
        # a weekday coordinated with another single day stays a day
        ("They met on Monday and Tuesday.", "Monday", "1989-10-23"),
    ],
)
def test_coordinated_with_a_recurring_time(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # a recurring part of day or weekend is found, as its value rule already reads it
        ("He runs every morning.", [("every morning", "set")], "XXXX-XX-XXTMO"),
        ("They meet each weekend.", [("each weekend", "set")], "XXXX-WXX-WE"),
    ],
)
def test_find_every_morning_and_each_weekend(
    sentence: str, expected: list[tuple[str, str]], value: str
) -> None:
    assert _found(sentence) == expected
    assert timeml_value(expected[0][0], THU) == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a unit with "-long", a count or not, is a stretch: TimeML DURATION
        ("They emerged from a day-long meeting.", "day-long", "P1D"),
        ("It ended a decades-long battle.", "decades-long", "PXE"),
        ("The year-long strike is over.", "year-long", "P1Y"),
        ("A three-week-long visit began.", "three-week-long", "P3W"),
    ],
)
def test_find_unit_long_adjectives(sentence: str, span: str, value: str) -> None:
    found = [t for t in find_timexes(sentence) if t.kind == "duration"]
    assert [t.text for t in found] == [span]
    assert timeml_value(found[0], THU, context=sentence) == value


def _range_values(sentence: str) -> list[tuple[str, str]]:
    """Each end of the ranges in `sentence` with its value, the discourse carried along."""
    from wirecode.time.timeml import timeml_values

    return [(timex.text, found.value) for timex, found in timeml_values(sentence, THU)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first end of a range takes the year the range ends with, and the second end
        # its day in the month before it
        (
            "The fair ran Oct. 30-Nov. 2, 1987.",
            [("Oct. 30", "1987-10-30"), ("Nov. 2, 1987", "1987-11-02")],
        ),
        (
            "It ran from Dec. 30 to Jan. 2, 1987.",
            [("Dec. 30", "1986-12-30"), ("Jan. 2, 1987", "1987-01-02")],
        ),
        ("Talks ran April 2-4, 1987.", [("April 2", "1987-04-02"), ("4, 1987", "1987-04-04")]),
        # a bare day number before a day and month takes that month
        (
            "Talks ran 2-4 April 1987.",
            [("2", "1987-04-02"), ("4 April 1987", "1987-04-04")],
        ),
        # a range without a year is dated as before
        (
            "A summit is set for April 24 and 25.",
            [("April 24", "1990-04-24"), ("25", "1990-04-25")],
        ),
    ],
)
def test_range_ends_take_the_year_and_month_of_the_range(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quarter described with "a" outside the expression does not move the discourse:
        # "the year-earlier period" is the year before the reported third quarter
        (
            "Net rose in the third quarter. After a flat second quarter, sales rose. "
            "Charges hit the year-earlier period.",
            [
                ("the third quarter", "1989-Q3"),
                ("second quarter", "1989-Q2"),
                ("the year-earlier period", "1988-Q3"),
            ],
        ),
        # a reported quarter as an adjective after "a" still does
        (
            "It posted a second-quarter loss. Charges hit the year-earlier period.",
            [("second-quarter", "1989-Q2"), ("the year-earlier period", "1988-Q2")],
        ),
    ],
)
def test_a_described_quarter_leaves_the_discourse(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stretch of the year before is one expression, a duration
        (
            "Net for the year-earlier nine months rose.",
            [("the year-earlier nine months", "P9M")],
        ),
        # "last year's quarter" is the discourse's quarter of the year before
        (
            "Sales rose in the third quarter. Sales for last year's quarter were flat.",
            [("the third quarter", "1989-Q3"), ("last year's quarter", "1988-Q3")],
        ),
    ],
)
def test_find_a_year_earlier_stretch_and_last_years_quarter(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # quarters still to come are the future (a quarter has no letter in a duration)
        ("It bodes ill for coming quarters.", [("coming quarters", "FUTURE_REF")]),
        ("It will cut taxes in future quarters.", [("future quarters", "FUTURE_REF")]),
        ("Sales will slow in the coming quarters.", [("the coming quarters", "FUTURE_REF")]),
        # (not the quarters of a city)
        ("The coming quarters of the city.", []),
    ],
)
def test_find_coming_quarters(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a stretch named by its length alone, after "for" (TimeML PXX)
        ("We are there to stay for a fairly lengthy period.", [("a fairly lengthy period", "PXX")]),
        ("He was jailed for a short period of time.", [("a short period of time", "PXX")]),
        # (not a period that is no stretch of time of its own)
        ("It has been a long period of growth.", []),
    ],
)
def test_find_a_stretch_named_by_its_length(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of day after a preposition is that part of the day the discourse is on
        (
            "Stocks rose on Friday. Dealers placed buy orders in the morning.",
            [("Friday", "1989-10-20"), ("the morning", "1989-10-20TMO")],
        ),
        # (not a part of day naming something else, nor one with its own day after it)
        ("She reads it in the morning papers.", []),
        ("In the morning of March 5 he left.", [("March 5", "1989-03-05")]),
    ],
)
def test_find_a_part_of_the_discourses_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a decade with an edge or a part is still the decade (TimeML marks the part as mod)
        ("early this decade", "198"),
        ("the end of this decade", "198"),
        ("late last decade", "197"),
        ("this decade", "198"),
    ],
)
def test_a_part_of_a_decade_is_the_decade(phrase: str, value: str) -> None:
    assert timeml_value(phrase, THU) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "local time" is a clock time's zone, and the day after it is the time's day
        (
            "The ceremony will take place at 3 p.m. local time on Saturday.",
            [("3 p.m. local time on Saturday", "1989-10-28T15:00")],
        ),
        (
            "Trading resumed at 9:30 a.m. local time.",
            [("9:30 a.m. local time", "1989-10-26T09:30")],
        ),
    ],
)
def test_a_clock_time_in_local_time_takes_its_day(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the year" before a year is part of its name
        ("The plan dates from the year 2000.", [("the year 2000", "2000")]),
        ("By the year 2020 the plant will close.", [("the year 2020", "2020")]),
        # a year after "for" before a word in -s that is no plural noun ("was", "is")
        ("The budget for 1990 was approved.", [("1990", "1990")]),
        ("It has stood for 1500 years.", []),
        # units with no count before "later" or "earlier": a vague stretch
        ("Days later, he was dead.", [("Days", "PXD")]),
        ("Hours later, the group claimed the attack.", [("Hours", "PTXH")]),
        ("He returned years later.", [("years", "PXY")]),
        # a decade before the discourse's year is ten years back
        (
            "The plant opened in 1985. A decade earlier it had burned.",
            [
                ("1985", "1985"),
                ("A decade earlier", "1975"),
            ],
        ),
    ],
)
def test_find_named_years_and_stretches_before_later(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one unit in two or three is a set, found whole ("every two weeks" already was)
        ("The ferry sails every other day.", [("every other day", "P2D")]),
        ("Inspectors call every third week.", [("every third week", "P3W")]),
        ("Elections are held every second year.", [("every second year", "P2Y")]),
        # ... and one weekday in two a weekday recurring (TimeML gives the step in `quant`)
        ("The council meets every other Monday.", [("every other Monday", "XXXX-WXX-1")]),
    ],
)
def test_find_every_other_unit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed days named as holidays, found whole (not "July" alone)
        (
            "Fireworks will light the sky on the Fourth of July.",
            [("the Fourth of July", "1990-07-04")],
        ),
        ("Unions will march on May Day.", [("May Day", "1990-05-01")]),
        ("Florists expect a rush before Valentine's Day.", [("Valentine's Day", "1990-02-14")]),
        # one table (time/holidays.py) for the finder and the value: every name the value
        # knows is found whole ("Whit Sunday", not the weekday "Sunday")
        ("Pilgrims will gather on Whit Sunday.", [("Whit Sunday", "1990-06-03")]),
        ("Pilgrims will gather on Pentecost Sunday.", [("Pentecost Sunday", "1990-06-03")]),
        ("Crowds will gather on New Years Day.", [("New Years Day", "1990-01-01")]),
    ],
)
def test_find_fixed_holidays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a holiday told in the past has passed: the latest one, not the nearest (written on
        # Oct. 26, 1989, the nearest Christmas is Dec. 25, 1989)
        ("The two men met at Christmas.", "1988-12-25"),
        ("He was arrested on Thanksgiving Day.", "1988-11-24"),
        ("The two men will meet at Christmas.", "1989-12-25"),
        ("Shops expect a rush before Christmas.", "1989-12-25"),
    ],
)
def test_a_holiday_told_in_the_past_has_passed(sentence: str, value: str) -> None:
    assert _range_values(sentence)[0][1] == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clock time glossed by another zone's clock is one expression, on the day after it
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
            [("10:35 a.m. (0735 GMT)", "1989-10-20T10:35"), ("Friday", "1989-10-20")],
        ),
        ("Polls closed at 8 p.m. (0100 GMT).", [("8 p.m. (0100 GMT)", "1989-10-26T20:00")]),
    ],
)
def test_a_clock_time_glossed_in_another_zone(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _range_values(sentence) == expected


def test_a_gloss_that_names_its_day_is_an_expression_of_its_own() -> None:
    sentence = "He will leave at 4 in the morning (4 a.m. EDT Friday)."
    assert [text for text, _ in _range_values(sentence)] == [
        "4 in the morning",
        "4 a.m. EDT Friday",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the year" before "of" and an amount is the year ("a high for the year of $42"), not
        # a year named after it ("the year of the dragon")
        ("The stock rose to a high for the year of $42.875.", [("the year", "1989")]),
        ("It was the year of the dragon.", []),
    ],
)
def test_the_year_before_an_amount(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # units of no count before "of" and what filled them are a vague stretch
        ("The deal follows months of twists and turns.", [("months", "PXM")]),
        ("In the heady days of swelling sales, prices held.", [("days", "PXD")]),
        ("Years of war left the city in ruins.", [("Years", "PXY")]),
        # "the early years", with or without what filled them ("the first years", PXY)
        (
            "You save fewer lives in the early years, by a small fraction.",
            [("the early years", "PXY")],
        ),
        ("In the early days of the war, prices rose.", [("the early days", "PXD")]),
        # not an age, nor a unit coordinated with the one before it
        ("He was 45 years of age.", [("45 years", "P45Y")]),
        ("He died within weeks or months of his capture.", [("within weeks", "PXW")]),
    ],
)
def test_units_of_no_count_before_of(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit left out after a comparison or a conjunction is the unit named before it
        (
            "The gain means twice as high a dividend this year as last.",
            [("this year", "1989"), ("last", "1988")],
        ),
        (
            "Sales will be higher this year than last, he said.",
            [("this year", "1989"), ("last", "1988")],
        ),
        ("Talks may resume this month or next.", [("this month", "1989-10"), ("next", "1989-11")]),
        # not "last" before a noun, nor with no unit named before it
        ("He came last year and left as last time.", [("last year", "1988")]),
        ("This year he ran last.", [("This year", "1989")]),
    ],
)
def test_a_unit_left_out_after_a_comparison(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _range_values(sentence) == expected
