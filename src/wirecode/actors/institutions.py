"""A leader's name that only says whose government or forces act: "the Biden administration",
"Obama officials", "Gadhafi forces", "Assad's troops", "Putin's envoy", "an envoy from
Assad", "an adviser to Putin". What acts is the leader's state (its government, or its armed
forces), not the leader in person: the mention stands for the state, with the sector its
noun tells and the person in its basis.
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.actors.kb import KnowledgeBase
from wirecode.actors.walker import ActorMention, state_ref

__all__ = ["for_their_states"]

# the nouns a leader's name modifies when it names the leader's government or forces, with
# the sector they tell
INSTITUTIONS = {
    **dict.fromkeys(
        (
            "administration",
            "government",
            "regime",
            "cabinet",
            "official",
            "aide",
            "adviser",
            "advisor",
            "envoy",
            "delegation",
            "negotiator",
            "diplomat",
            "team",
        ),
        "GOV",
    ),
    **dict.fromkeys(
        ("force", "troop", "soldier", "army", "militia", "loyalist", "gunman", "sniper"), "MIL"
    ),
}


# nouns of those who serve a leader, whose "to" names the one they serve ("an adviser to
# Putin"); an envoy or a delegation "to" someone is sent to them
SERVING = frozenset({"aide", "adviser", "advisor"})


def _of_the_principal(prep) -> bool:
    """A preposition whose object is the leader a noun of government serves: "an envoy from
    Assad", "the government of Assad", "a senior adviser to Putin"."""
    noun = prep.head
    if noun.pos_ != "NOUN":
        return False
    return prep.lower_ in ("from", "of") or (prep.lower_ == "to" and noun.lemma_.lower() in SERVING)


def for_their_states(found: list[ActorMention], doc, kb: KnowledgeBase) -> list[ActorMention]:
    """The mentions with each leader's name that modifies a noun of government or forces
    replaced by the leader's state."""
    return [_their_state(mention, doc, kb) for mention in found]


def _their_state(mention: ActorMention, doc, kb: KnowledgeBase) -> ActorMention:
    person = mention.actor
    if person.kind != "person" or person.id == "group" or not person.country:
        return mention
    if mention.how not in ("name", "alias", "surname"):
        return mention  # "his envoy", "the president's aides" are told by other finders
    head = doc[mention.head]
    noun = head.head
    if head.dep_ == "pobj" and _of_the_principal(noun):
        noun = noun.head  # "an envoy from Syria's President Bashar al-Assad"
    elif head.dep_ not in ("compound", "poss") or noun.i == head.i:
        return mention
    sector = INSTITUTIONS.get(noun.lemma_.lower())
    state = kb.state(person.country)
    if sector is None or state is None or noun.tag_ not in ("NN", "NNS"):
        return mention
    ref = state_ref(state, text=person.text, basis=f"{noun.lemma_.lower()} of {person.name}")
    return replace(mention, actor=replace(ref, sector=sector))
