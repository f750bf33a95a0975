"""A state's name before a noun of its opposition or of rebels: "Syrian rebels", "the Libyan
opposition", "a Syrian opposition delegation". What acts is not the state but those who
oppose its government: an actor of its own (id `SYR-REB`, `SYR-OPP`), of the state's country,
with the sector the noun tells (CAMEO's role codes), so that a contact with it is no contact
with the state.
"""

from __future__ import annotations

from dataclasses import replace

from wirecode.actors.walker import ActorMention
from wirecode.records import ActorRef

__all__ = ["for_their_opposition", "stands_for"]

# the nouns of a state's opposition, with the sector each tells
OPPOSITION_NOUNS = {
    **dict.fromkeys(("rebel", "insurgent", "guerrilla", "militant", "separatist"), "REB"),
    **dict.fromkeys(("opposition", "dissident"), "OPP"),
}
LABELS = {"REB": "rebels", "OPP": "opposition"}


def stands_for(actor: ActorRef, others: list[ActorRef]) -> bool:
    """Whether a state or body stands for one of the others' sides: one of them is of its
    state ("Egypt" beside Suleiman), unless it is the state's opposition or rebels and that
    one is not of them ("talks between Suleiman and the Egyptian opposition": two sides)."""
    if actor.sector in LABELS:
        return any(o.country == actor.country and o.sector == actor.sector for o in others)
    return any(o.country == actor.country for o in others)


# nouns of the state's own side, which a state's word before its opposition can share
# ("the Syrian opposition and government": both Syria's)
OWN_SIDE_NOUNS = frozenset({"government", "regime", "authority", "army", "force", "military"})


def for_their_opposition(found: list[ActorMention], doc) -> list[ActorMention]:
    """The mentions of a state that modifies a noun of opposition replaced by that
    opposition, and the state itself for a noun of its own side joined to that noun."""
    kept = []
    for mention in found:
        theirs = _their_opposition(mention, doc)
        kept.append(theirs)
        if theirs is not mention:
            noun = doc[mention.end - 1].head
            kept += [
                ActorMention(c.i, c.i + 1, c.i, mention.actor, "state")
                for c in noun.conjuncts
                if c.i > noun.i
                and c.lemma_.lower() in OWN_SIDE_NOUNS
                and not any(m.start <= c.i < m.end for m in found)
            ]
    return kept


def _sector(word) -> str | None:
    """The sector of the opposition noun a state's word modifies, itself or through the
    noun's other modifiers after it ("a Syrian opposition delegation")."""
    if word.dep_ not in ("amod", "compound", "nmod") or word.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = word.head
    for candidate in (noun, *(c for c in noun.children if c.i > word.i)):
        if candidate is noun or candidate.dep_ in ("compound", "amod"):
            sector = OPPOSITION_NOUNS.get(candidate.lemma_.lower())
            if sector is not None:
                return sector
    return None


def _their_opposition(mention: ActorMention, doc) -> ActorMention:
    state = mention.actor
    if state.kind != "state" or not state.country or mention.how != "state":
        return mention
    sector = _sector(doc[mention.end - 1])
    if sector is None:
        return mention
    ref = ActorRef(
        f"{state.id}-{sector}",
        f"{state.name} ({LABELS[sector]})",
        state.country,
        sector,
        "organisation",
        text=state.text,
        basis=f"{LABELS[sector]} of {state.name}",
    )
    return replace(mention, actor=ref)
