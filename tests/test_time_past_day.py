"""'The past day', 'the last day' beside the document's date are the day gone by, a stretch, P1D,
as 'the past hour' is PT1H and 'the past 24 hours' PT24H (they had no value, XXXX-XX-XX)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Shelling has eased in the past day, residents said.", "P1D"),
        ("Dozens were arrested over the last day.", "P1D"),
        ("Prices have steadied in the past day or two.", "P1D"),
        # (guards) the day after, and the past 24 hours, as before
        ("The envoy left Cairo the next day.", "2013-03-23"),
        ("Shelling has eased over the past 24 hours.", "PT24H"),
    ],
)
def test_past_day_is_a_stretch(sentence: str, value: str) -> None:
    assert timeml_values(sentence, FRI)[0][1].value == value
