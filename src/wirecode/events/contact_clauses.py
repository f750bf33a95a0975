"""Who a clause's shape makes a side of a contact, where the parse alone misleads: a passive
verb of visiting or asking ("Iran was visited by Muallem": Iran hosts), a relative clause of
holding ("the meeting Xi had with Putin"), a second conjunct with its verb left out ("asked
Putin to receive him in Moscow and Zelensky to receive him in Kyiv"), a participle of
speaking after a reported clause ("..., speaking during a trip to Jamaica"), a thing the
parser hangs on a partner as an appositive, and a subject's words without its clauses.
"""

from __future__ import annotations

from wirecode.actors.words import TITLE_LEMMAS
from wirecode.events.journeys import moves_someone
from wirecode.events.lexicon import Lexicon
from wirecode.events.status import REPORTING
from wirecode.events.trigger_words import Trigger
from wirecode.events.triggers import holding_clause

CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})
SAYING_PARTICIPLES = frozenset({"speak", "talk", "say", "address", "write", "comment"})


def phrase_without_clauses(word) -> set[int]:
    """A subject's words without the clauses in it: "Netanyahu, who met Biden last month,
    will visit Paris" (Biden is no visitor)."""
    inside = {t.i for c in word.subtree if c.dep_ in CLAUSES and c.i != word.i for t in c.subtree}
    return {t.i for t in word.subtree} - inside


def asked_in_a_second_conjunct(trigger: Trigger) -> set[int]:
    """The one asked in a second conjunct whose verb is left out: "asked Putin to receive him
    in Moscow and Zelensky to receive him in Kyiv". The parser hangs "to receive" on the
    first one's verb and "Zelensky" on that verb or on "Moscow": the name joined right
    before a second "to" of the same verb, with no subject of its own, is the second one
    asked."""
    verb = trigger.token
    if trigger.event != "REQUEST" or not any(c.dep_ == "dobj" for c in verb.children):
        return set()
    doc, found = verb.doc, set()
    for clause in (c for c in verb.children if c.dep_ == "xcomp"):
        for second in clause.children:
            if second.dep_ not in ("advcl", "conj", "xcomp") or second.lemma_ != clause.lemma_:
                continue  # the same act asked of another ("and Putin to stop the war": not)
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
                continue
            to = [c for c in second.children if c.dep_ == "aux" and c.lower_ == "to"]
            if not to or to[0].i == 0:
                continue
            name = doc[to[0].i - 1]
            if name.pos_ == "PROPN" and name.dep_ == "conj":
                found |= {name.i} | {c.i for c in name.children if c.dep_ == "compound"}
    return found


def held_by(trigger: Trigger, lex: Lexicon) -> tuple[set[int], set[int]]:
    """(subject, the rest) of the relative clause of holding a contact noun heads
    (`holding_clause`): its subject holds the contact, its "with" names the other side."""
    clause = holding_clause(trigger.token, lex)
    if clause is None:
        return set(), set()
    found = {i for c in clause.children if c.dep_ == "nsubj" for i in phrase_without_clauses(c)}
    return found, phrase_without_clauses(clause) - found


def passive_of_meeting(verb) -> bool:
    """A participle whose passive subject is met, visited or asked, not one moved or sent
    ("Xi was invited", not "Khaddam was flown to Paris": he travels)."""
    return verb.tag_ == "VBN" and not moves_someone(verb)


def visited_by_passive(trigger: Trigger) -> set[int]:
    """The one a passive verb of visiting or asking names as visited or asked, a host or
    the one asked, no side of the doer: its passive subject ("Iranian leaders were visited
    by Syria's foreign minister", "Xi was invited to Moscow by Putin"; "Xi was invited to
    Moscow", whoever asked him)."""
    verb = trigger.token
    if not passive_of_meeting(verb) or trigger.mode != "visit" and trigger.event != "REQUEST":
        return set()
    # with a "by" the participle is passive whatever the parser made of its subject
    # ("Iranian leaders - visited earlier this week by the Syrian foreign minister -")
    agent = any(c.dep_ == "agent" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" or agent and c.dep_ == "nsubj"]
    if agent and verb.dep_ == "acl":
        subjects.append(verb.head)  # "the leaders visited by the Syrian foreign minister"
    return {i for c in subjects for i in phrase_without_clauses(c)}


def in_a_thing_apposed(token, lex: Lexicon) -> bool:
    """A word inside an appositive that is a thing, not someone: the parser's reading of
    "met with his counterpart, David Cameron, increased pressure on Gadhafi", with the main
    clause's object hung on the counterpart as "pressure". An appositive of a title or a
    party ("Ashton, the EU's foreign policy chief") or a name is someone."""
    current = token
    while current.head.i != current.i:
        if current.dep_ == "appos":
            lemma = current.lemma_.lower()
            return current.pos_ == "NOUN" and not (
                lemma in TITLE_LEMMAS or lemma in lex.party_nouns or current.ent_type_
            )
        current = current.head
    return False


def said_aside(verb) -> bool:
    """A participle of speaking set after the clause a verb of saying reports, which the
    parser hangs on that clause: "Clinton said the NATO mission should not be abandoned,
    speaking during a trip to Jamaica" (the one speaking is the sayer, not the mission)."""
    clause = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SAYING_PARTICIPLES
        and verb.i > clause.i
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in REPORTING
    )
