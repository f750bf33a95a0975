"""A contracted "'ll" is a future cue as "will" is, joined to its word (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.tense import tense_of
from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # "they'll", "he'll" were one word, no cue: the past of "said" decided
        ("She said they'll vote on Tuesday.", "Tuesday", "future"),
        ("He said he’ll return on Monday.", "Monday", "future"),
        ("They'll get you one day.", "one day", "future"),
        # (guards) "'ll" apart, "will", and a past clause
        ("He said it 'll open on Monday.", "Monday", "future"),
        ("It's over, he said Monday.", "Monday", "past"),
    ],
)  # fmt: skip
def test_contracted_will_is_a_future_cue(sentence: str, word: str, expected: str) -> None:
    start = sentence.index(word)
    assert tense_of(sentence, start, start + len(word)) == expected


def test_a_weekday_after_they_ll_is_to_come() -> None:
    found = timeml_values("She said they'll vote on Tuesday.", FRI)
    assert [(t.text, v.value) for t, v in found] == [("Tuesday", "2013-03-26")]
