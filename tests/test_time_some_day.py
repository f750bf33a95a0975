"""'Some day' is a day to come, which one unknown: FUTURE_REF, as 'someday' and 'one day'
after a modal are (it was read as the stretch of one day, P1D)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Economists fear the pension fund could run dry some day.", "FUTURE_REF"),
        ("Some day the killers will stand trial, her brother said.", "FUTURE_REF"),
        # (guards) days counted or not are a stretch; "one day" in a job is one day
        ("The convoy took some days to reach the border.", "PXD"),
        ("She had been in the post one day when the riots began.", "P1D"),
    ],
)
def test_some_day_is_a_day_to_come(sentence: str, value: str) -> None:
    [(_, found)] = timeml_values(sentence, FRI)
    assert found.value == value
