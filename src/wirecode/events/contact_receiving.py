"""Who a verb of receiving or of answering takes: the visitors a host receives for a visit
("welcomed Xi to Hanoi for a state visit") and the one an answered request was made of
("Qin accepted an invitation from Blinken": Blinken asked Qin)."""

from __future__ import annotations

from wirecode.events.dating import phrasal
from wirecode.events.lexicon import Lexicon
from wirecode.events.trigger_words import Trigger, prep_objects

__all__ = ["answered_request", "received_for", "received_guests"]


def received_for(trigger: Trigger, lex: Lexicon):
    """The verb of receiving a visit noun is the "for" or "on" object of ("welcomed Xi to
    Hanoi for a two-day state visit"), if it is."""
    noun = trigger.token
    prep = noun.head
    if trigger.mode != "visit" or noun.dep_ != "pobj" or prep.lower_ not in ("for", "on"):
        return None
    return prep.head if prep.head.lemma_.lower() in lex.receiving_verbs else None


def received_guests(trigger: Trigger, lex: Lexicon) -> set[int]:
    """Whom a verb of receiving takes, for the visit it receives them for: the visitors."""
    verb = received_for(trigger, lex)
    if verb is None:
        return set()
    return {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}


def answered_request(trigger: Trigger, lex: Lexicon) -> tuple[set[int], set[int]]:
    """(asker, asked) of a request told by its noun that a verb of answering takes: the
    answer's subject was asked, and the noun's "from" names the asker ("Qin accepted an
    invitation from Blinken to visit Washington", "Xi declined Zelensky's invitation")."""
    noun, verb = trigger.token, trigger.token.head
    if (
        trigger.event != "REQUEST"
        or noun.pos_ != "NOUN"
        or noun.dep_ not in ("dobj", "nsubjpass")
        or not phrasal(verb) & lex.request_answering
    ):
        return set(), set()
    answering = ("nsubj", "agent") if noun.dep_ == "dobj" else ("agent",)
    asked = {t.i for c in verb.children if c.dep_ in answering for t in c.subtree}
    asker = {t.i for p in prep_objects(noun, {"from"}) for t in p.subtree}
    return asker, asked
