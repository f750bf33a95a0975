"""A scheduling verb in the present tense dates a thing still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, resolve, timeml_value
from wirecode.time.tense import tense_of
from wirecode.time.timeml import timeml_timexes


@pytest.mark.parametrize(
    ("sentence", "target", "tense"),
    [
        # the end or the return of a meeting planned, told in the present
        ("The summit concludes Tuesday in Brussels.", "Tuesday", "future"),
        ("Parliament adjourns Monday for the summer.", "Monday", "future"),
        ("The court reconvenes on Monday.", "Monday", "future"),
        # (guards) its past tense; "ends", also a plural noun, is no cue
        ("The summit concluded Tuesday in Brussels.", "Tuesday", "past"),
        ("Loose ends remain after Monday's talks.", "Monday's", None),
    ],
)
def test_a_present_scheduling_verb_looks_ahead(sentence: str, target: str, tense: str) -> None:
    (found,) = [t for t in find_timexes(sentence) if t.text == target]
    assert tense_of(sentence, found.start, found.end) == tense


SUN = dt.date(2011, 2, 6)  # a Sunday


@pytest.mark.parametrize(
    ("sentence", "target", "tense"),
    [
        # a present verb of a schedule right before its weekday, or a stretch of weekdays
        ("The conference runs from Thursday to Saturday.", "from Thursday to Saturday", "future"),
        ("The summit takes place on Thursday in Geneva.", "Thursday", "future"),
        ("The vote is held on Thursday and Friday.", "Thursday", "future"),
        ("The vote is held on Thursday and Friday.", "Friday", "future"),
        ("The strike starts on Tuesday.", "Tuesday", "future"),
        # (guards) its past tense, an infinitive, a noun after a determiner
        ("The conference ran from Thursday to Saturday.", "from Thursday to Saturday", "past"),
        ("The talks were held on Thursday.", "Thursday", "past"),
        ("Rallies to take place on Thursday.", "Thursday", None),
        ("The ends on Monday matter most.", "Monday", None),
    ],
)
def test_a_present_schedule_before_a_weekday_looks_ahead(
    sentence: str, target: str, tense: str | None
) -> None:
    (found,) = [t for t in find_timexes(sentence) if t.text == target]
    assert tense_of(sentence, found.start, found.end) == tense


def test_a_present_schedule_dates_its_stretch_ahead() -> None:
    sentence = "The conference runs from Thursday to Saturday."
    (found,) = find_timexes(sentence)
    value = resolve(found.text, SUN, future=tense_of(sentence, found.start, found.end) == "future")
    assert value is not None
    assert (value.start, value.end) == (dt.date(2011, 2, 10), dt.date(2011, 2, 12))
    ends = [timeml_value(t, SUN, context=sentence) for t in timeml_timexes(sentence)]
    assert ends == ["2011-02-10", "2011-02-12"]


@pytest.mark.parametrize(
    ("sentence", "target", "tense"),
    [
        # ... and right before a clock time on its weekday: "ends at 8 p.m. Sunday" (the clock
        # time and its day had been read as the Sunday past)
        ("Voting ends at 8 p.m. Sunday.", "8 p.m. Sunday", "future"),
        ("The market opens at 9:30 a.m. on Monday.", "9:30 a.m. on Monday", "future"),
        ("The summit begins at noon Thursday in Geneva.", "noon Thursday", "future"),
        # (guards) its past tense; a clock time with no day keeps the clause's tense
        ("Voting ended at 8 p.m. Sunday.", "8 p.m. Sunday", "past"),
        ("Voting ends at 8 p.m.", "8 p.m.", None),
    ],
)
def test_a_present_schedule_before_a_clock_time_and_weekday(
    sentence: str, target: str, tense: str | None
) -> None:
    (found,) = [t for t in find_timexes(sentence) if t.text == target]
    assert tense_of(sentence, found.start, found.end) == tense
