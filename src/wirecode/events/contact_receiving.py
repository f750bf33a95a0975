"""Who a verb of receiving or of answering takes: the visitors a host receives for a visit
("welcomed Xi to Hanoi for a state visit") and the one an answered request was made of
("Qin accepted an invitation from Blinken": Blinken asked Qin)."""

from __future__ import annotations

from wirecode.events.dating import phrasal
from wirecode.events.lexicon import Lexicon
from wirecode.events.trigger_requests import request_object, told_by_noun
from wirecode.events.trigger_words import Trigger, has_prep, prep_objects

__all__ = ["asker_and_asked", "received_for", "received_guests"]


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


def asker_and_asked(trigger: Trigger, lex: Lexicon) -> tuple[set[int], set[int]]:
    """(asker, asked) of a request told by its noun. The noun's "from" names the asker ("a
    request from Kyiv for talks with Beijing", "Qin accepted an invitation from Blinken to
    visit Washington"); the subject of a verb of answering that takes the noun was asked
    ("Xi declined Zelensky's invitation"), unless the contact asked for names both its sides
    ("welcomed Erdogan's call for talks between Moscow and Kyiv": the welcomer is neither)."""
    noun, verb = trigger.token, trigger.token.head
    if trigger.event != "REQUEST" or not told_by_noun(noun):
        return set(), set()
    asker = {t.i for p in prep_objects(noun, {"from"}) for t in p.subtree}
    if noun.dep_ not in ("dobj", "nsubjpass") or not phrasal(verb) & lex.request_answering:
        return asker, set()
    contact = request_object(noun, lex)
    if contact is not None and has_prep(contact, {"between", "among"}):
        return asker, set()
    answering = ("nsubj", "agent") if noun.dep_ == "dobj" else ("agent",)
    return asker, {t.i for c in verb.children if c.dep_ in answering for t in c.subtree}
