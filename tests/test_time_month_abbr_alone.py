"""A month's abbreviation standing alone keeps its dot in the TimeML value rule: 'in Sept.' is
the month, as 'in September' is (the dot was cut off with the sentence's punctuation, and a
bare 'Sept' is no month to `resolve`, so it had no value, XXXX-XX-XX)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mayor will not run again in Sept.", "2013-09"),
        ("The envoy resigned in Jan. and left the country.", "2013-01"),
        ("The vote is set for Nov., officials said.", "2013-11"),
        ("Talks resumed in Aug. after a long pause.", "2012-08"),
        # (guards) with its day, or spelled out, as before
        ("The talks ended on Sept. 27.", "2012-09-27"),
        ("The mayor will not run again in September.", "2013-09"),
    ],
)
def test_month_abbreviation_alone_is_the_month(sentence: str, value: str) -> None:
    [(_, found)] = timeml_values(sentence, FRI)
    assert found.value == value
