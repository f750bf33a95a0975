"""A weekday with an indefinite article names no particular day ("on a Friday")."""

from __future__ import annotations

import pytest

from wirecode.time import find_timexes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council meets on a Friday.", []),
        ("One Tuesday in June, the envoy vanished.", ["June"]),
        ("Any Monday will do for the vote.", []),
        ("Markets often dip on a Friday afternoon, traders say.", []),
        # before a noun the article is the noun's, and the day is one
        ("Hundreds attended a Sunday night vigil.", ["Sunday night"]),
        ("A Thursday meeting was called off.", ["Thursday"]),
        # after a copula it says which day the one told was
        ("The raid came on May 5. It was a Sunday.", ["May 5", "Sunday"]),
        ("The talks ended on Friday.", ["Friday"]),
    ],
)
def test_a_weekday_with_an_indefinite_article_is_no_day(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in find_timexes(sentence)] == expected
