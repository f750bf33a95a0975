"""A programme named by a length of time names no stretch (tenth round)."""

from __future__ import annotations

import pytest

from wirecode.time.timeml import timeml_timexes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a programme's name (found as the stretch PT60M, the capitals around read as a title)
        ("Speaking on the 60 Minutes program, the Emir of Qatar backed the plan.", []),
        ("Asked on the 60 Minutes programme, Prime Minister Ali Zeidan said no.", []),
        # (guards) a stretch, and a headline in title case
        ("The talks lasted 60 minutes.", ["60 minutes"]),
        ("The Show Lasted 60 Minutes, Officials Said", ["60 Minutes"]),
    ],
)  # fmt: skip
def test_a_programme_named_by_a_length(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in timeml_timexes(sentence)] == expected
