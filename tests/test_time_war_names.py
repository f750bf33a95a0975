"""A war or campaign named by its length names no stretch of time (tenth round)."""

from __future__ import annotations

import pytest

from wirecode.time.timeml import timeml_timexes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name (each was found as the stretch, P6D, P30Y, P100D)
        ("Israel took the plateau in the Six-Day War.", []),
        ("Jordan lost the city in the Six-Day War of 1967.", ["1967"]),
        ("The Thirty Years War ruined the region.", []),
        ("The Hundred Days Offensive began in August.", ["August"]),
        # (guards) a stretch before a common noun, and a headline in title case
        ("The army planned a three-day offensive.", ["three-day"]),
        ("He came back after a 10-day trip.", ["10-day"]),
        ("Sales Jump in Three-Day Weekend", ["Three-Day"]),
        ("The war lasted six days.", ["six days"]),
    ],
)  # fmt: skip
def test_a_war_named_by_its_length_is_no_stretch(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in timeml_timexes(sentence)] == expected
