"""Who does a contact told as a gerund or an infinitive whose subject the text leaves out,
when a verb above names that one as its object: the reason one is thanked or criticized
for ("thanked Macron for meeting Xi": Macron met Xi) and the aim one is sent on ("sent
Lavrov to Beijing to meet Wang": Lavrov meets Wang). `contact_participants` asks these
before the subject of the governing verb.
"""

from __future__ import annotations

from wirecode.events.contact_clauses import phrase_without_clauses
from wirecode.events.journeys import sends_someone
from wirecode.events.verb_forms import to_infinitive

__all__ = ["REASON_PREPS", "reason_doer", "sent_one"]

REASON_PREPS = {"for", "of"}  # "thanked Macron for meeting Xi", "accused him of meeting"


def reason_doer(prep):
    """The object (or passive subject) of the verb a "for" or "of" phrase of reason hangs on,
    which a gerund in it takes as its subject: "criticized Macron for calling Putin",
    "thanked Macron for meeting Xi", "accused him of meeting Hamas" (the one criticized,
    thanked or accused did it)."""
    if prep.dep_ != "prep" or prep.lower_ not in REASON_PREPS:
        return None
    if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    # the one criticized: the object, or the passive's subject ("Macron has been criticised
    # by Poland for calling Putin": Macron called, not Poland)
    return next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), None
    )


def sent_one(clause):
    """The one sent, who does what the sending is for: "Putin sent Lavrov to Beijing to meet
    Wang" (Lavrov meets Wang)."""
    if clause.dep_ not in ("advcl", "xcomp") or not to_infinitive(clause):
        return None
    if not sends_someone(clause.head):
        return None
    return next((c for c in clause.head.children if c.dep_ == "dobj"), None)


def carried(trigger) -> set[int]:
    """The ones a verb of motion carries, who make the journey ("flying Libyan rebel leaders
    to Paris", "flew the envoys to Doha"): the travellers, not the one who flies them."""
    verb = trigger.token
    if trigger.mode != "visit" or not sends_someone(verb):
        return set()
    return {i for c in verb.children if c.dep_ == "dobj" for i in phrase_without_clauses(c)}
