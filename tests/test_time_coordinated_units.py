"""Two units coordinated under one vague modifier are one reference (seventh round)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.time.timeml import timeml_normalise, timeml_timexes

FRI = dt.date(2013, 3, 22)


@pytest.mark.parametrize(
    ("sentence", "expected", "value"),
    [
        # found whole: "recent weeks" alone had been found, the stretch PXW
        ("Rebels regrouped in recent days and weeks, a monitor said.", "recent days and weeks",
         "PAST_REF"),
        ("Exports have slumped over the past months and years.", "the past months and years",
         "PAST_REF"),
        ("Aid will arrive in the coming days and weeks.", "the coming days and weeks",
         "FUTURE_REF"),
        ("The next weeks and months will decide the war.", "The next weeks and months",
         "FUTURE_REF"),
        ("Diplomats fear the days and weeks ahead.", "the days and weeks ahead", "FUTURE_REF"),
        # (guards) one unit stays a stretch, and two joined by "or" a range, its first unit
        ("Rebels regrouped in recent days.", "recent days", "PXD"),
        ("Aid will arrive in the coming days or weeks.", "in the coming days", "PXD"),
    ],
)  # fmt: skip
def test_two_units_coordinated_are_one_vague_reference(
    sentence: str, expected: str, value: str
) -> None:
    (timex,) = timeml_timexes(sentence)
    assert timex.text == expected
    assert timeml_normalise(timex, FRI, context=sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        # (guards) the verb "last", and the last units of a thing, are no vague reference
        "The talks could last days or weeks.",
        "In the last days and weeks of the war, looting spread.",
    ],
)
def test_no_vague_reference_in_the_verb_or_the_end_of_a_thing(sentence: str) -> None:
    assert all(t.kind != "vague" for t in timeml_timexes(sentence))


def test_coordinated_units_scan_only_texts_that_coordinate_them() -> None:
    # the vague rule is skipped on a text with no "weeks and months" and the like: a bare unit
    # word, in most texts, is not what it needs (issue 7)
    from wirecode.time.patterns import RULES_BY_NAME

    needs = RULES_BY_NAME["vague"].needs
    assert needs is not None
    assert not needs & {"days", "weeks", "months", "years", "last", "next", "the"}
    assert {"weeks and months", "days or weeks"} <= needs
