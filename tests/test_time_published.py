"""Dating a document that has no date line from its own text (`infer_published`).

Texts written for these tests; `wirecode eval undated` measures the rules on real documents.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import infer_published
from wirecode.time.published import infer_published_window


def _evidence(basis: str) -> str:
    """The basis without its window ("; likely ... to ...")."""
    return basis.split("; likely ")[0]


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        # a reader's comment, stamped after the story, is no date the story reports
        (
            "Police cleared the square on Feb. 10, 2011.\n"
            "What a disgrace. February 12, 2011 at 9:51 pm | Reply",
            "2011-02-10",
            "inferred: latest date reported ('Feb. 10, 2011')",
        ),
        # a sidebar's posts, stamped with their clock time first
        (
            "The army shelled Homs on 4 February 2012.\n"
            "Most read: 6:30 pm ET February 11, 2013 RETWEET Story of the day",
            "2012-02-04",
            "inferred: latest date reported ('4 February 2012')",
        ),
        # a broadcast transcript's stamp, and a date later than it
        (
            "Interview With the Envoy Aired March 3, 2012 - 13:00 ET\n"
            "The deal will be signed on March 9. Talks began on March 1, 2012.",
            "2012-03-01",
            "inferred: latest date reported ('March 1, 2012')",
        ),
        # nothing but stamps: the earliest, weakly
        (
            "Great piece. March 3, 2012 at 10:15 am | Reply\nI agree. March 2, 2012 at 8:01 pm",
            "2012-03-02",
            "inferred (weak): the page's earliest stamp ('March 2, 2012')",
        ),
    ],
)
def test_a_page_stamp_is_not_reported(text: str, value: str, basis: str) -> None:
    inferred = infer_published(text)
    assert inferred is not None
    assert (inferred.value, _evidence(inferred.basis)) == (value, basis)


def test_an_event_at_a_clock_time_is_reported() -> None:
    text = "Talks failed on March 5, 2011. Rebels attacked the town on March 6, 2011 at 10:30 p.m."
    inferred = infer_published(text)
    assert inferred is not None
    assert inferred.value == "2011-03-06"


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        (
            "WARSAW, February 26, 1999 (Xinhua) -- The accession ceremony would be held on "
            "March 12, 1999, officials said.",
            "1999-02-26",
            "February 26, 1999",
        ),
        (
            "BRUSSELS, February 10 (Xinhua) -- NATO said the summit would take place on "
            "April 24, 1999.",
            "1999-02-10",
            "February 10",
        ),
        (
            "Headline of the day\nNAIROBI, Kenya, Aug. 7 (AP) _ The embassy was bombed. The "
            "suspects had arrived on July 30, 1998, and left on Aug. 8, 1998.",
            "1998-08-07",
            "Aug. 7",
        ),
    ],
)
def test_a_dateline_wins(text: str, value: str, written: str) -> None:
    inferred = infer_published(text)
    assert inferred is not None
    assert inferred.value == value
    assert _evidence(inferred.basis) == f"inferred: dateline ('{written}')"


def test_a_date_inside_a_line_is_no_dateline() -> None:
    text = "Envoys met in WARSAW, February 26, 1999 -- and again on March 3, 1999."
    inferred = infer_published(text)
    assert inferred is not None
    assert inferred.value == "1999-03-03"


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        # a deadline may lie ahead of the text: passed over when another date is reported
        (
            "Shareholders approved the merger on Oct. 12, 1989. The option may be exercised "
            "until Jan. 1, 1990.",
            "1989-10-12",
            "inferred: latest date reported ('Oct. 12, 1989')",
        ),
        (
            "The firm opened its first plant in May 1989 and hopes to finish another by March "
            "1991.",
            "1989-05",
            "inferred: latest date reported ('May 1989')",
        ),
        (
            "Rebels held the port from Feb. 2, 2011 and must leave it before April 30, 2011.",
            "2011-02-02",
            "inferred: latest date reported ('Feb. 2, 2011')",
        ),
        # alone, it stands in, weakly
        (
            "The ceasefire held until March 3, 2011.",
            "2011-03-03",
            "inferred (weak): latest date reported, a deadline ('March 3, 2011')",
        ),
        # the start of a stretch bounds the text's date from below: it stays
        (
            "Fighting has raged since March 15, 2011; talks failed on March 2, 2011.",
            "2011-03-15",
            "inferred: latest date reported ('March 15, 2011')",
        ),
    ],
)
def test_a_deadline_is_not_reported(text: str, value: str, basis: str) -> None:
    inferred = infer_published(text)
    assert inferred is not None
    assert (inferred.value, _evidence(inferred.basis)) == (value, basis)


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        # a dateline: filed that day or the next
        ("BEIJING, April 27 (Reuters) - Xi spoke with Zelensky, who took office in May 2019.",
         "2019-04-27", "2019-04-27", "2019-04-28"),
        # the latest day reported: that day to a week after it
        ("Xi spoke with Zelensky on April 26, 2023.", "2023-04-26", "2023-04-26", "2023-05-03"),
        # a month: to the end of the next; a year: to the end of the next
        ("The talks of March 2022 failed.", "2022-03", "2022-03-01", "2022-04-30"),
        ("Russia annexed Crimea in 2014.", "2014", "2014-01-01", "2015-12-31"),
        # a page's earliest stamp: that day or up to two before it
        ("Great piece. March 3, 2012 at 10:15 am | Reply", "2012-03-03", "2012-03-01",
         "2012-03-03"),
    ],
)  # fmt: skip
def test_the_window_it_most_likely_lies_in(text: str, value: str, low: str, high: str) -> None:
    inference = infer_published_window(text)
    assert inference is not None
    assert inference.value.value == value
    assert (inference.low.isoformat(), inference.high.isoformat()) == (low, high)
    assert inference.value.basis.endswith(f"; likely {low} to {high}")
    assert infer_published(text) == inference.value


def test_no_window_beyond_its_own_year() -> None:
    inference = infer_published_window("The war began in 2022. Russia attacked last year.")
    assert inference is not None
    assert (inference.low.isoformat(), inference.high.isoformat()) == ("2023-01-01", "2023-12-31")
    assert "likely" not in inference.value.basis


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month and day takes its year from the latest explicit date, not the nearest
        (
            "Mubarak took power in 1981. Crowds gathered on January 25. Police had arrested "
            "bloggers in 2010.",
            "2011-01-25",
        ),
        # not from a year in a future clause
        (
            "Police arrested bloggers in 2010. The president is due to step down in 2013. "
            "Crowds gathered on July 25.",
            "2010-07-25",
        ),
    ],
)
def test_a_month_and_day_takes_the_latest_year_reported(text: str, value: str) -> None:
    inferred = infer_published(text)
    assert inferred is not None
    assert inferred.value == value


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        # a day glossed as the text's own dates the text: that day, or the day after it
        ("Troops shelled Misrata yesterday, April 27, 2011, witnesses said.", "2011-04-28",
         "inferred: latest date reported, told as yesterday ('April 27, 2011')"),
        ("The host showed a clip tonight (Mar 22) of a revolt that began in 2011.", "2011-03-22",
         "inferred: latest date reported, told as tonight ('Mar 22')"),
        ("Talks resumed on Jan. 3, 2023, this morning.", "2023-01-03",
         "inferred: latest date reported, told as this morning ('Jan. 3, 2023')"),
        # not a relative word elsewhere in the text
        ("Troops shelled Misrata on April 27, 2011. Yesterday, the rebels retreated.",
         "2011-04-27", "inferred: latest date reported ('April 27, 2011')"),
    ],
)  # fmt: skip
def test_a_day_told_as_today_or_yesterday(text: str, value: str, basis: str) -> None:
    inference = infer_published_window(text)
    assert inference is not None
    assert (inference.value.value, _evidence(inference.value.basis)) == (value, basis)
    if "told as" in basis:
        assert inference.low == inference.high == inference.value.start


@pytest.mark.parametrize(
    "text", ["Sales from January to March were flat.", "Sales rose January through March."]
)
def test_a_range_of_months_without_its_year_dates_nothing(text: str) -> None:
    """It was read as a year-2000 date, which dated the text to that year."""
    assert infer_published_window(text) is None


@pytest.mark.parametrize(
    "text",
    ["Sales from January to March 2011 were flat.", "Sales rose January through March 2011."],
)
def test_a_range_of_months_with_its_year_dates_the_text(text: str) -> None:
    found = infer_published_window(text)
    assert found is not None
    assert (found.value.start, found.value.end) == (dt.date(2011, 1, 1), dt.date(2011, 3, 31))
