"""Which date a non-contact PLOVER event takes from its sentence (issue 5, point 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.records import DateValue, Document


def _dates(coder, text: str, published: dt.date) -> dict[str, str | None]:
    document = Document(
        id="t", text=text, published=DateValue.day(published, text="", basis="metadata")
    )
    return {m.trigger: m.date.value if m.date else None for m in coder.code(document)}


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # an expression before the first of coordinated verbs modifies them all
        (
            "On Monday, the Turkish president met the Russian president in Sochi and "
            "criticised NATO.",
            "criticised",
            "2022-06-20",
        ),
        (
            "Last month the Chinese foreign minister visited Moscow and reaffirmed "
            "China's support for Russia.",
            "reaffirmed",
            "2022-05",
        ),
        # one after the first verb stays that verb's
        (
            "The Turkish president met the Russian president in Sochi on Monday and "
            "criticised NATO.",
            "criticised",
            None,
        ),
    ],
)
def test_a_verb_conjunct_shares_the_time_said_before_the_first(coder, text, trigger, date):
    assert _dates(coder, text, dt.date(2022, 6, 21))[trigger] == date


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("Israel agreed to withdraw its troops from Gaza in June.", "agreed", None),
        ("Russia threatened to strike Kyiv next week.", "threatened", None),
        (
            "Israel agreed on Monday to withdraw its troops from Gaza in June.",
            "agreed",
            "2024-05-06",
        ),
    ],
    ids=["agreed", "threatened", "own-day"],
)
def test_an_act_promised_keeps_its_own_time(coder, text, trigger, date):
    """The time of the act a verb takes as its to-infinitive is that act's: an agreement or a
    threat is made when the sentence says it was, not in the June it speaks of."""
    assert _dates(coder, text, dt.date(2024, 5, 10)).get(trigger) == date
