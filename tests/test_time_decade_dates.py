"""A decade named dates what it times as a window of its years ("in the 1990s": 1990/1999),
not as the document's day; a century is too coarse to date anything."""

from __future__ import annotations

import datetime as dt

import pytest

import wirecode
from wirecode.time.resolve import resolve

ANCHOR = dt.date(2011, 1, 29)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 1990s", "1990/1999"),
        ("the early 1990s", "1990/1993"),
        ("the mid-1970s", "1973/1976"),
        ("the late '80s", "1986/1989"),
        ("the nineties", "1990/1999"),
        ("the 2000s", "2000/2009"),
    ],
)
def test_a_decade_is_a_window_of_its_years(text, value):
    found = resolve(text, ANCHOR)
    assert found is not None and found.value == value and found.basis == "decade"


@pytest.mark.parametrize("text", ["the 1800s", "the 19th century", "the early 1900s"])
def test_a_century_dates_nothing(text):
    assert resolve(text, ANCHOR) is None


def test_a_visit_in_a_decade_is_dated_by_it_not_by_the_report():
    events = wirecode.code(
        "In the early 1990s, Egyptian President Hosni Mubarak visited Ethiopia.",
        published="2011-01-29",
    )
    [visit] = [e for e in events if e.event == "CONSULT"]
    assert visit.date is not None and visit.date.value == "1990/1993"
