"""A state's name before a noun of its opposition or of rebels names that opposition, an
actor of its own of the state's country (`wirecode.actors.opposition`)."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.actors.mentions import find_actor_mentions


def actors(coder, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = coder.nlp(text)
    found = find_actor_mentions(doc, coder.kb, on=dt.date(2012, 2, 16))
    return {doc[m.start : m.end].text: (m.actor.id, m.actor.country, m.actor.sector) for m in found}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Chinese envoys met Syrian rebels in Beijing.", "Syrian", ("SYR-REB", "SYR", "REB")),
        (
            "The envoy met a Syrian opposition delegation in Beijing.",
            "Syrian",
            ("SYR-OPP", "SYR", "OPP"),
        ),
        ("France recognised the Libyan opposition.", "the Libyan", ("LBY-OPP", "LBY", "OPP")),
    ],
    ids=["rebels", "opposition-delegation", "the-opposition"],
)
def test_a_state_before_a_noun_of_its_opposition_is_that_opposition(coder, text, word, expected):
    assert actors(coder, text)[word] == expected


def test_a_state_before_a_noun_of_its_government_is_the_state(coder):
    found = actors(coder, "The envoy met a Syrian government delegation in Beijing.")
    assert found["Syrian"][:2] == ("SYR", "SYR")


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        (
            "The ministers urged talks between the Syrian opposition and government.",
            {"SYR-OPP", "SYR"},
        ),
        ("The Libyan rebels and army clashed near Brega on Monday.", {"LBY-REB", "LBY"}),
        ("The Libyan rebels and their supporters marched in Benghazi.", {"LBY-REB"}),
    ],
)
def test_a_state_word_before_its_opposition_is_shared_by_its_own_side(coder, text, ids):
    """ "The Syrian opposition and government": the opposition's, and the state's own."""
    assert {actor_id for actor_id, _, _ in actors(coder, text).values()} == ids
