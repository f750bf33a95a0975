"""'Until' after a past verb of lasting bounds a state that is over (eighth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.resolve import resolve
from wirecode.time.tense import tense_of
from wirecode.time.timeml import timeml_timexes, timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "tense", "value"),
    [
        # a past verb of lasting before "until": the bound is past, not a deadline to come
        ("The siege continued until January.", "past", "2013-01"),
        ("He remained in prison until December, his lawyer said.", "past", "2012-12"),
        ("The ceasefire lasted until February, when fighting resumed.", "past", "2013-02"),
        ("The curfew lasted until midnight.", "past", "2013-03-21T24:00"),
        # (guards) a deadline still to come, a state told now or as to come, a thing put off
        ("He will remain in prison until December.", "future", "2013-12"),
        ("The exhibition runs until June.", "future", "2013-06"),
        ("He agreed to stay until December.", "future", "2013-12"),
        ("The vote was postponed until April.", "future", "2013-04"),
        # (guard) a copula is as often a reported present: the offer may still be valid
        ("He said the offer was valid until June.", "future", "2013-06"),
    ],
)
def test_until_after_a_past_verb_of_lasting(sentence: str, tense: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert tense_of(sentence, timex.start, timex.end) == tense
    assert [v.value for _, v in timeml_values(sentence, FRI)] == [value]


def test_resolve_dates_the_bound_in_the_past() -> None:
    # the events read the same tense: a month that bounded a past state is the last one
    sentence = "The siege continued until January."
    (timex,) = timeml_timexes(sentence)
    future = tense_of(sentence, timex.start, timex.end) == "future"
    assert resolve(timex.text, FRI, future=future).start == dt.date(2013, 1, 1)
