"""A scheduling verb in the present tense dates a thing still to come."""

from __future__ import annotations

import pytest

from wirecode.time import find_timexes
from wirecode.time.tense import tense_of


@pytest.mark.parametrize(
    ("sentence", "target", "tense"),
    [
        # the end or the return of a meeting planned, told in the present
        ("The summit concludes Tuesday in Brussels.", "Tuesday", "future"),
        ("Parliament adjourns Monday for the summer.", "Monday", "future"),
        ("The court reconvenes on Monday.", "Monday", "future"),
        # (guards) its past tense; "ends", also a plural noun, is no cue
        ("The summit concluded Tuesday in Brussels.", "Tuesday", "past"),
        ("Loose ends remain after Monday's talks.", "Monday's", None),
    ],
)
def test_a_present_scheduling_verb_looks_ahead(sentence: str, target: str, tense: str) -> None:
    (found,) = [t for t in find_timexes(sentence) if t.text == target]
    assert tense_of(sentence, found.start, found.end) == tense
