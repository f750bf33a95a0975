"""A gerund after 'before' or 'after' has no tense of its own: a weekday in it takes the tense of
the clause it hangs on ('will visit Jordan before returning home on Saturday' is the coming
Saturday; the break word had ended the clause, so no cue was read and the past one was taken)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve
from wirecode.time.tense import tense_of

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Obama will tour Jordan before flying home on Saturday.", "future"),
        ("The envoy will meet Abbas after arriving in Ramallah on Sunday.", "future"),
        ("The minister said he would resign after meeting the king on Monday.", "future"),
        # (guards) a past clause stays past, and a determiner after the word is a phrase
        ("Troops left the city after shelling it on Tuesday.", "past"),
        ("Rebels will regroup after the fighting on Tuesday.", None),
    ],
)
def test_gerund_takes_the_tense_of_its_clause(sentence: str, tense: str | None) -> None:
    timex = find_timexes(sentence)[-1]
    assert tense_of(sentence, timex.start, timex.end) == tense


def test_weekday_after_gerund_in_future_clause_is_to_come() -> None:
    sentence = "Obama will tour Jordan before flying home on Saturday."
    timex = find_timexes(sentence)[-1]
    future = tense_of(sentence, timex.start, timex.end) == "future"
    assert resolve(timex.text, FRI, future=future).start == dt.date(2013, 3, 23)
