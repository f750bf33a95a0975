"""'at present' is the present, as 'at the moment' is."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # found and valued with its preposition cut off, "present" alone had no value
        # (XXXX-XX-XX)
        ("At present, there is no deal.", "At present", "PRESENT_REF"),
        ("The army has no plans to withdraw at present.", "at present", "PRESENT_REF"),
        # (guard) as before
        ("There is no deal at the moment.", "at the moment", "PRESENT_REF"),
    ],
)
def test_at_present_is_the_present(sentence: str, span: str, value: str) -> None:
    (timex,) = timeml_timexes(sentence)
    assert (timex.text, timeml_normalise(timex, FRI, context=sentence).value) == (span, value)
