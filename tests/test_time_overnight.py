""" "overnight" before the noun of a happening: found, the night before the discourse's day."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, timeml_value
from wirecode.time.resolve import resolve
from wirecode.time.timeml import timeml_timexes

THU = dt.date(2023, 10, 12)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Guards repelled an overnight assault on the depot.", ["overnight"]),
        ("Tokyo stocks slid after overnight selling in Europe.", ["overnight"]),
        # the sudden sense, a stretch or a tenor, and the adverb are left alone
        ("The singer became an overnight sensation.", []),
        ("Banks raised the overnight rate.", []),
        ("Peace will not come overnight.", []),
    ],
)
def test_overnight_before_a_happening_is_found(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence)] == expected


def test_overnight_is_the_night_before_the_discourses_day() -> None:
    sentence = "Guards repelled an overnight assault on the depot."
    (timex,) = timeml_timexes(sentence)
    assert timeml_value(timex, THU, context=sentence) == "2023-10-11TNI"


@pytest.mark.parametrize(
    ("sentence", "found", "timeml", "day"),
    [
        # before a weekday, that weekday's night, found whole as "Tuesday night" is; it had
        # been "overnight" (the night before the document's day) and the weekday apart
        ("Police made arrests overnight Tuesday, officials said.", "overnight Tuesday",
         "2023-10-10TNI", dt.date(2023, 10, 10)),
        ("Rebels shelled the town overnight on Saturday.", "overnight on Saturday",
         "2023-10-07TNI", dt.date(2023, 10, 7)),
    ],
)  # fmt: skip
def test_overnight_before_a_weekday_is_its_night(sentence, found, timeml, day) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == found
    assert timeml_value(timex, THU, context=sentence) == timeml
    (bare,) = find_timexes(sentence)
    assert resolve(bare.text, THU).start == day  # the events still read the day


def test_overnight_before_a_weekdays_possessive_is_left_to_it() -> None:
    # (guard) "Tuesday's" is a day's possessive before its own noun
    sentence = "Traders fretted overnight Tuesday's losses away."
    assert [t.text for t in find_timexes(sentence)] == ["Tuesday's"]
