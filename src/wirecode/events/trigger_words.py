"""The words a contact trigger's frame is read from: who can be a party ("him", "his
counterpart", a name), the phrases that name a partner, and the clause a trigger governs."""

from __future__ import annotations

from dataclasses import dataclass

from wirecode.actors.words import TITLE_LEMMAS

PERSON_WORDS = {
    "him",
    "her",
    "them",
    "counterpart",
    "counterparts",
    "leader",
    "leaders",
    "president",
    "minister",
    "chancellor",
    "premier",
    "envoy",
    "side",
    "sides",
    "pair",
    "presidents",
    "ministers",
    "king",
    "emir",
    "prince",
    "delegation",
    "delegations",
}


ACTOR_ENTS = {"PERSON", "GPE", "NORP", "ORG"}
SUBCLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "xcomp"}
FRAMING_PREPS = {"since", "after", "before", "following", "amid", "despite", "during", "until"}
ARRIVAL_PREPS = {"in", "to", "into", "at", "for"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
GOAL_PREPS = {"to", "into", "toward", "towards"}  # "went to Cairo", not "went to vote in Cairo"
CONTACT_PREPS = {"with", "to", "between"}


# words whose "of" or "to" frames a clause's time as "before" and "after" do: "ahead of
# the talks", "prior to", "on the eve of", "in advance of", "in the run-up to", "in the wake of"
FRAMING_ADVERBS = frozenset({"ahead", "prior"})
FRAMING_NOUNS = frozenset({"eve", "advance", "wake", "aftermath"})
LEAD_UP = frozenset({"run", "lead"})  # "the run-up to", "the lead-up to"


def framing_noun(token) -> bool:
    """ "eve", "advance", "wake", "aftermath", and the "up" of "run-up" or "lead-up"."""
    if token.lower_ == "up":
        return any(c.lower_ in LEAD_UP for c in token.children)
    return token.lower_ in FRAMING_NOUNS


def framing_phrase(child) -> bool:
    """A dependent that frames its head's time by another event: "ahead of his talks", "on
    the eve of the summit", "in the run-up to the visit" (not by a day: "on the eve of
    Victory Day" is a time of its own)."""
    if child.dep_ == "advmod" and child.lower_ in FRAMING_ADVERBS:
        return _of_an_event(child)
    return child.dep_ == "prep" and any(
        o.dep_ == "pobj" and framing_noun(o) and _of_an_event(o) for o in child.children
    )


def _of_an_event(word) -> bool:
    """The word's "of" or "to" names something other than a day or a time."""
    framed = prep_objects(word, {"of", "to"})
    return bool(framed) and not any(o.ent_type_ in ("DATE", "TIME") for o in framed)


@dataclass(frozen=True, slots=True)
class Trigger:
    token: object  # spaCy Token
    event: str  # CONSULT | REQUEST
    mode: str | None
    predicate: object  # the verb that carries tense and subject (a light verb for nouns)
    anaphoric: bool = False  # "the call", "Wednesday's call": may refer back


def scope(token, *, keep: frozenset[str] = frozenset()) -> set[int]:
    """Token indices governed by `token`, not descending into subordinate clauses."""
    found = {token.i}
    stack = list(token.children)
    while stack:
        child = stack.pop()
        if child.dep_ in SUBCLAUSES and child.dep_ not in keep:
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue  # "arrived at the Vatican and was seated not far from Macron"
        if child.dep_ == "prep" and child.lower_ in FRAMING_PREPS:
            continue  # "since the start of Russia's invasion" frames, it does not take part
        if framing_phrase(child):
            continue  # "toured the cathedral ahead of his talks with Xi": Xi was not toured
        found.add(child.i)
        stack.extend(child.children)
    return found


def has_prep(token, preps: set[str]) -> bool:
    return any(c.dep_ in ("prep", "agent") and c.lower_ in preps for c in token.children)


def prep_objects(token, preps: set[str]) -> list:
    return [
        obj
        for c in token.children
        if c.dep_ in ("prep", "agent") and c.lower_ in preps
        for obj in c.children
        if obj.dep_ == "pobj"
    ]


def actor_word(token) -> bool:
    """A proper name, or a pronoun or role noun that can stand for one ("him", "his
    counterpart", "the two leaders"); "reporters" and "criticism" cannot."""
    if token.lower_ in ("side", "sides") and _sides_of_a_thing(token):
        return False  # "saw both sides of that argument", "the other side of the border"
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in ACTOR_ENTS
        or token.lower_ in PERSON_WORDS
        or token.lemma_.lower() in TITLE_LEMMAS  # "the security chiefs", "the secretary"
    )


def _sides_of_a_thing(side) -> bool:
    """ "Both sides of the argument", "either side of the border": the sides of a thing that
    has aspects or banks, not parties (the sides of a conflict or of the talks are)."""
    return any(o.lemma_.lower() in SIDED_THINGS for o in prep_objects(side, {"of"}))


# things whose sides are aspects or places, not parties to a contact
SIDED_THINGS = {
    "argument",
    "debate",
    "issue",
    "story",
    "question",
    "coin",
    "equation",
    "border",
    "frontier",
    "road",
    "street",
    "river",
    "line",
    "aisle",
}


# prepositions of what a phrase is about: their objects are its topic, not someone in it
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})


def names_someone(tokens) -> bool:
    """Some word under `tokens` is an actor word, a topic's aside ("spoke with confidence
    about Xi" names no one spoken with)."""
    return any(actor_word(t) for tok in tokens for t in _without_topics(tok))


def _without_topics(token):
    """The words of a phrase, less those of its topic phrases ("about Xi")."""
    yield token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in TOPIC_PREPS:
            continue
        yield from _without_topics(child)


def is_someone(token) -> bool:
    """The word itself names an actor ("Lula", "his counterpart", "the Hamas delegation"),
    or one of its conjuncts does; "a letter from Putin" or "criticism" does not."""
    return any(actor_word(t) for t in (token, *token.conjuncts))


def partner_phrases(verb) -> list:
    """The phrases of a contact verb that name the one it is with: its object and its "with",
    "to" or "between" ("to meet Putin", "to speak with Xi")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in CONTACT_PREPS
    ]


def with_someone(verb) -> bool:
    """A contact verb that names the one it is with: "to speak with Xi", "to meet Putin"."""
    return names_someone(partner_phrases(verb))


def a_place(token) -> bool:
    """A place by name: "Ukraine", "the White House"."""
    return token.ent_type_ in ("GPE", "LOC", "FAC")
