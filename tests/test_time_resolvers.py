"""Every time expression found can be resolved without an error, or dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

import wirecode
from wirecode.time import find_timexes, resolve


@pytest.mark.parametrize("text", ["the post-2003 order", "pre-1990 borders"])
def test_a_year_with_pre_or_post_dates_nothing(text):
    (timex,) = find_timexes(text)
    assert resolve(timex, dt.date(2020, 1, 1)) is None


def test_a_text_with_such_a_year_is_coded():
    events = wirecode.code(
        "Vladimir Putin met Xi Jinping on Monday to discuss the post-2003 order.",
        published="2023-03-22",
    )
    assert [e.date.value for e in events if e.event == "CONSULT"] == ["2023-03-20"]
