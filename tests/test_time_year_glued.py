"""A year's digits glued to a word are part of it, no year (tenth round)."""

from __future__ import annotations

import pytest

from wirecode.time.timeml import timeml_timexes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a user's name (each was found as the year)
        ("A reply came from Blue2054: even so.", []),
        ("Reply from user2012, who disagreed.", []),
        # (guards) "FY2013", a year after a space or a hyphen
        ("Sales in FY2013 rose.", ["FY2013"]),
        ("It happened in 2012.", ["2012"]),
        ("They met in mid-2012.", ["mid-2012"]),
    ],
)  # fmt: skip
def test_a_year_glued_to_a_word_is_no_year(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in timeml_timexes(sentence)] == expected
