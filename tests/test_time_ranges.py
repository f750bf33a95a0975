"""A range of days is one expression, with its "from" or "between", dated by its clause's tense."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time import find_timexes, is_future_context, resolve

THU = dt.date(2023, 10, 12)  # a Thursday in October: March 26 is nearer last year's


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # a range written day first keeps its "from" as "from March 26 to 31" does: the word
        # had been left outside, and made the range a bound that dates no event
        ("Putin will visit China from 26 to 31 March.", "from 26 to 31 March", "2024-03-26"),
        ("The envoy will stay from 26 until 31 March.", "from 26 until 31 March", "2024-03-26"),
        # a range's year follows the tense as a single date's does
        ("Putin visited China from 26 to 31 March.", "from 26 to 31 March", "2023-03-26"),
        ("Putin will visit China from March 26 to 31.", "from March 26 to 31", "2024-03-26"),
        (
            "The talks will be held between 26 and 31 March.",
            "between 26 and 31 March",
            "2024-03-26",
        ),
    ],
)
def test_a_range_of_days_is_one_expression_dated_by_its_tense(
    sentence: str, span: str, value: str
) -> None:
    (found,) = find_timexes(sentence)
    assert (found.text, found.bounded) == (span, False)
    future = is_future_context(sentence, found.start, found.end)
    resolved = resolve(found, THU, future=future, past=not future)
    assert resolved is not None and resolved.value == value
