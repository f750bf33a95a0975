"""Text written in capitals: a function word there names no body ("A MAN WHO HAS VISITED":
no World Health Organization), though an acronym heading a line or in running text still
does."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecode.actors.mentions import find_actor_mentions

ON = dt.date(2011, 7, 9)


def named(coder, text: str) -> list[str]:
    return [m.actor.name for m in find_actor_mentions(coder.nlp(text), coder.kb, on=ON)]


def test_a_relative_pronoun_in_capitals_is_no_body(coder):
    text = "AS A MAN WHO HAS VISITED SUDAN MANY TIMES I WISH TO SAY THE SITUATION IS GRAVE."
    assert "World Health Organization" not in named(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "WHO AND UNICEF SENT DOCTORS TO SYRIA.",
        "The WHO said on Monday that it had sent doctors.",
    ],
)
def test_the_body_s_acronym_still_names_it(coder, text):
    assert "World Health Organization" in named(coder, text)
