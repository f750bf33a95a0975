"""Requests for a contact: "called for talks", "asked Putin to receive him", "Zelensky's
request for a call with Xi"."""

from __future__ import annotations

from wirecode.events.lexicon import Lexicon
from wirecode.events.subordinate_clauses import time_clause
from wirecode.events.trigger_verbs import is_contact_verb, light_verb, names_in_quotes
from wirecode.events.trigger_words import Trigger, a_place, with_someone
from wirecode.events.verb_forms import to_infinitive


def request_object(token, lex: Lexicon):
    """The contact noun a request verb asks for: "called for talks", "requested a conversation"
    (not "pushed forward the talks": advancing them; nor "called off the visit")."""
    if any(
        c.dep_ in ("advmod", "prt") and c.lower_ in lex.advancing | lex.ending
        for c in token.children
    ):
        return None  # "pushed forward the talks", "called off the visit"
    if token.lemma_.lower() == "call" and names_in_quotes(token):
        return None  # "called the talks \"a failure\"": named so, not asked for
    inviting = token.lemma_.lower() in lex.inviting
    asked_to = ("for", "to") if inviting else ("for",)
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in lex.request_objects:
            return child
        if child.dep_ == "prep" and child.lower_ in asked_to:  # "invited Xi to talks"
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in lex.request_objects:
                    return obj
                if obj.dep_ == "pobj" and inviting and child.lower_ == "to" and a_place(obj):
                    return obj  # "invited Xi to Ukraine": to visit it
        if (
            token.pos_ == "NOUN"
            and child.dep_ in ("acl", "relcl")
            and is_contact_verb(child, lex)
            and (inviting or child.dep_ == "acl" and to_infinitive(child) and with_someone(child))
        ):
            return child  # "an invitation to visit Washington", "his request to meet Xi"
    return None


def asked_to_meet(token, lex: Lexicon) -> bool:
    """ "asked Putin to receive him", "invited Erdogan to visit": a request for a contact
    (the verb asked for is one by itself: not "urged Syria to stop the violence")."""
    has_object = any(c.dep_ == "dobj" for c in token.children)
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and not time_clause(c)  # "urged Xi to act when they meet": when, not what is asked
        and (is_contact_verb(c, lex) or _holds_a_contact(c, lex))
        and (has_object or with_someone(c))  # "asked to speak with Xi": the asker's own
        for c in token.children
    )


def _holds_a_contact(verb, lex: Lexicon) -> bool:
    """A light verb with a contact noun for object: "(invited Modi) to attend the summit",
    "(asked Iran) to join the talks"."""
    return light_verb(verb, lex) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.consult_nouns for c in verb.children
    )


def asked_to_mediate(token, lex: Lexicon) -> bool:
    """ "asked Algeria to mediate between ...": the one asked is to meet others, not the one
    asking; an appeal for mediation (CAMEO 028), no request for talks."""
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and lex.consult_verbs.get(c.lemma_.lower()) == "third-party"
        for c in token.children
    )


def is_requested(noun, lex: Lexicon) -> bool:
    """True when a contact noun is what someone asks for ("calls for talks", "a request for
    a call")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("for", "to"):
        head = head.head
    asking = lex.request_verbs | lex.request_nouns
    asked_for = request_object(head, lex) if head.lemma_.lower() in asking else None
    return asked_for is not None and asked_for.i == noun.i


def noun_request(token, lex: Lexicon) -> Trigger | None:
    """A noun of asking for a contact is a request for it: "Zelensky's request for a call
    with Xi", "renewed his call for talks with the Chinese president", "an invitation to
    talks"; made by the subject of the verb that makes it when the noun names no one ("made
    a request for talks with Xi")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.request_nouns:
        return None
    if request_object(token, lex) is None:
        return None
    predicate = token
    made = token.dep_ == "dobj" and token.head.lemma_.lower() in lex.request_making
    if made and not any(  # "extended an invitation to Qin": "to" names the one asked
        c.dep_ in ("poss", "prep") and c.lower_ not in ("for", "to") for c in token.children
    ):
        predicate = token.head
    return Trigger(token, "REQUEST", "meet", predicate)


NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def told_by_noun(token) -> bool:
    """A request word used as a noun, or in a noun's place where the tagger read a verb
    ("Calls for talks grew louder", its "Calls" tagged as a verb that is a subject)."""
    return token.pos_ == "NOUN" or token.pos_ == "VERB" and token.dep_ in NOUN_PLACES
