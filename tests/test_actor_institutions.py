"""A leader's name that says whose government or forces act stands for the leader's state."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.actors.mentions import find_actor_mentions


def actors(coder, text: str, on: dt.date) -> list[tuple[str, str, str | None, str]]:
    doc = coder.nlp(text)
    return [
        (doc[m.start : m.end].text, m.actor.name, m.actor.sector, m.actor.kind)
        for m in find_actor_mentions(doc, coder.kb, on=on)
    ]


@pytest.mark.parametrize(
    ("text", "on", "written", "state", "sector"),
    [
        (
            "The Obama administration imposed sanctions on Libya.",
            (2011, 3, 1),
            "Obama",
            "United States",
            "GOV",
        ),
        (
            "Obama officials met their Libyan counterparts.",
            (2011, 3, 1),
            "Obama",
            "United States",
            "GOV",
        ),
        ("Gadhafi forces shelled Misrata on Monday.", (2011, 3, 25), "Gadhafi", "Libya", "MIL"),
        ("Assad's troops attacked Homs on Monday.", (2012, 3, 1), "Assad", "Syria", "MIL"),
        (
            "China will host an envoy from Syrian President Bashar al-Assad.",
            (2012, 8, 14),
            "Bashar al-Assad",
            "Syria",
            "GOV",
        ),
        (
            "A senior adviser to Russian President Vladimir Putin held talks in Beijing.",
            (2023, 3, 1),
            "Vladimir Putin",
            "Russia",
            "GOV",
        ),
        (
            "The government of Syrian President Bashar al-Assad rejected the plan.",
            (2012, 3, 1),
            "Bashar al-Assad",
            "Syria",
            "GOV",
        ),
    ],
)
def test_a_leader_s_government_or_forces_are_the_state(coder, text, on, written, state, sector):
    assert (written, state, sector, "state") in actors(coder, text, dt.date(*on))


def test_the_leader_in_person_stays_the_person(coder):
    """ "Obama met Sarkozy", "Obama's visit", "a letter from Obama": the name is the
    person's own act."""
    on = dt.date(2011, 3, 1)
    text = "Obama met Sarkozy in Paris. Obama's visit lasted two days. A letter from Obama came."
    found = actors(coder, text, on)
    assert [name for written, name, *_ in found if written == "Obama"] == ["Barack Obama"] * 3


def test_an_envoy_sent_to_a_leader_is_not_of_that_leader_s_state(coder):
    """ "An envoy to Putin" is sent to him (to serve, only an aide or an adviser is "to")."""
    on = dt.date(2023, 3, 1)
    found = actors(coder, "China sent an envoy to Russian President Vladimir Putin.", on)
    assert [kind for written, _, _, kind in found if written == "Vladimir Putin"] == ["person"]
