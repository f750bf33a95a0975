"""Units before "-long" are the adjective's, after a preposition too (tenth round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_values

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (each was "in a decades", "in a months": the preposition and half the adjective)
        ("Russia has invested in a decades-long alliance with Damascus.",
         [("decades-long", "PXE")]),
        ("The town fell in a months-long siege.", [("months-long", "PXM")]),
        # (guards) a stretch after a preposition, and the adjective alone
        ("He lived there for years.", [("for years", "PXY")]),
        ("It ended a decades-long feud.", [("decades-long", "PXE")]),
    ],
)  # fmt: skip
def test_units_long_after_a_preposition(sentence: str, expected: list) -> None:
    assert [(t.text, v.value) for t, v in timeml_values(sentence, FRI)] == expected
