"""A past title speaks for no state: "a former U.S. ambassador to Morocco" is neither the
United States nor Morocco, "a former Egyptian prime minister" not Egypt; a former holder
named keeps his name, and a present title its state's holder."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.actors.mentions import find_actor_mentions

ON = dt.date(2012, 3, 23)


def named(coder, text: str) -> set[str]:
    return {m.actor.name for m in find_actor_mentions(coder.nlp(text), coder.kb, on=ON)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Blitzer spoke with a former U.S. ambassador to Morocco.", {"United States", "Morocco"}),
        ("Obama met a former Egyptian prime minister on Monday.", {"Egypt"}),
        ("Putin met leaders of former Soviet republics in Minsk.", {"Soviet Union", "Russia"}),
    ],
)
def test_a_past_title_names_no_state(coder, text, absent):
    assert not named(coder, text) & absent


def test_a_former_holder_named_and_a_present_title_stay(coder):
    assert "Ahmed Shafik" in named(coder, "Obama met former Prime Minister Ahmed Shafiq.")
    assert "Kamal Ganzouri" in named(coder, "Obama met the Egyptian prime minister on Monday.")
