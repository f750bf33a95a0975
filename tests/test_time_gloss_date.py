"""A clock time glossed in another zone is on the date named after the gloss (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

MON = dt.date(2012, 6, 25)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (the clock took the document's day, or the discourse's day before: 2012-06-25, -20)
        ("The jet took off at 10:28 local time (07:28 GMT), on 22 June.",
         [("10:28 local time (07:28 GMT)", "2012-06-22T10:28"), ("22 June", "2012-06-22")]),
        ("The jet crashed on 20 June. It took off at 10:28 (07:28 GMT) on June 22, 2011.",
         [("20 June", "2012-06-20"), ("10:28 (07:28 GMT)", "2011-06-22T10:28"),
          ("June 22, 2011", "2011-06-22")]),
        # (guards) a weekday after the gloss, as before; a date in another clause
        ("The blast came at 10:35 a.m. (0735 GMT) Friday.",
         [("10:35 a.m. (0735 GMT)", "2012-06-22T10:35"), ("Friday", "2012-06-22")]),
        ("The blast came at 10:35 a.m. (0735 GMT), and more followed on 22 June.",
         [("10:35 a.m. (0735 GMT)", "2012-06-25T10:35"), ("22 June", "2012-06-22")]),
    ],
)  # fmt: skip
def test_a_glossed_clock_is_on_the_date_after_it(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, MON)] == expected
