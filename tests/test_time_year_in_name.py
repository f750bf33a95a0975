"""A year's digits inside a name or after a numbered text's noun are no year (tenth round)."""

from __future__ import annotations

import pytest

from wirecode.time.timeml import timeml_timexes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # part of a name after a word in lower case (each was found as the year)
        ("He set up a firm called Nova 1990, which makes pumps.", []),
        ("The office still runs Windows 2000.", []),
        ("Fans flew to Poland for Euro 2012.", []),
        # the number of a resolution, a section or a flight
        ("The rebels welcomed UN Security Council resolution 1973.", []),
        ("She sued under section 1983.", []),
        # (guards) a sentence's first word, a month, a season, "Fiscal", a preposition
        ("Since 1949, the alliance has grown.", ["1949"]),
        ("In 1989, sales rose.", ["1989"]),
        ("Sales Rise In 1989.", ["1989"]),
        ("They recalled Christmas 1990 and Summer 1991.", ["Christmas 1990", "Summer 1991"]),
        ("Profit for Fiscal 1990 rose.", ["Fiscal 1990"]),
        ("The plant closed in May 2012.", ["May 2012"]),
        ("He was born in 1950, and died in 2012.", ["1950", "2012"]),
    ],
)  # fmt: skip
def test_a_year_in_a_name_is_no_year(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in timeml_timexes(sentence)] == expected
