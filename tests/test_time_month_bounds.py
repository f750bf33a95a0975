"""A month after a preposition of a bound or a nearness is found (seventh round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each had been found by nothing
        ("The report will be released no later than June.", [("June", "2013-06")]),
        ("Talks could resume around March, diplomats said.", [("March", "2013-03")]),
        ("The fighting dragged on into April.", [("April", "2012-04")]),
        ("Prices fell toward February's low.", [("February", "2013-02")]),
        # and of a stretch from now, each found by nothing before
        ("Elections could be held as early as March.", [("March", "2013-03")]),
        (
            "The process will run between now and September.",
            [("now", "PRESENT_REF"), ("September", "2013-09")],
        ),
        # (guards) a name stays a name; a month after "in" as before
        ("He met June Carter in Nashville.", []),
        ("Rebels such as June Lee were arrested.", []),
        ("He was hailed as May's successor.", []),
        ("The vote was held in March.", [("March", "2013-03")]),
    ],
)
def test_a_month_after_a_bound_or_a_nearness(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = [
        (t.text, timeml_normalise(t, FRI, context=sentence).value) for t in timeml_timexes(sentence)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month's possessive as a subject had been found by nothing
        ("January's smog was the worst on record.", [("January", "2013-01")]),
        ("October's rains flooded the delta.", [("October", "2012-10")]),
        # (guards) after a preposition as before; May's possessive is as often a name's
        ("Fighting resumed after March's ceasefire collapsed.", [("March", "2013-03")]),
        ("May's government fell.", []),
    ],
)
def test_a_months_possessive(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [
        (t.text, timeml_normalise(t, FRI, context=sentence).value) for t in timeml_timexes(sentence)
    ]
    assert found == expected
