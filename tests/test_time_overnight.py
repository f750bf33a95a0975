""" "overnight" before the noun of a happening: found, the night before the discourse's day."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, timeml_value
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
