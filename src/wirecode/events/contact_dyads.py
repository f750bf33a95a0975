"""Who is on which side of a contact, and how many contacts one trigger tells.

A visit or a request puts its subject in `actors` and the host (person or place) in
`recipients`; calls and meetings are reciprocal. One subject meeting several people is one
contact per counterpart (a dyad each), unless they are named in one gathering ("talks with
Zelensky and Guterres").
"""

from __future__ import annotations

from wirecode.actors.clauses import first_conjunct
from wirecode.actors.mentions import ActorMention
from wirecode.actors.opposition import stands_for
from wirecode.events.contact_clauses import passive_of_meeting
from wirecode.events.contact_participants import Side, participants
from wirecode.events.contact_receiving import received_for
from wirecode.events.lexicon import Lexicon
from wirecode.events.trigger_requests import told_by_noun
from wirecode.events.trigger_words import Trigger
from wirecode.events.triggers import mode_of
from wirecode.records import ActorRef


def drop_redundant_states(actors: list[ActorRef], people: list[ActorRef]) -> list[ActorRef]:
    """A state stands for nobody new when a person of that state takes part."""
    persons = [p for p in people if p.kind == "person"]
    return [a for a in actors if a.kind == "person" or not stands_for(a, persons)]


def _asker_side_dropped(actors: list[ActorRef], recipients: list[ActorRef]) -> list[ActorRef]:
    """A state that asks for a contact speaks for its own people in it: "Ukraine asked
    China for a call between Xi and Zelensky" is Ukraine asking for a call with Xi (Zelensky
    is Ukraine's side, and would otherwise make the asker redundant)."""
    askers = [a for a in actors if a.kind != "person" and a.country]
    return [
        r for r in recipients if r.kind != "person" or not any(stands_for(a, [r]) for a in askers)
    ]


def _received(trigger: Trigger, lex: Lexicon) -> bool:
    """A visit told as the object of a verb of receiving, or as what one is received for:
    its subject is the host ("Putin received a visit from Xi", "Sisi received Erdogan ...,
    his first visit to Egypt", "Trong welcomed Xi to Hanoi for a state visit")."""
    verb = trigger.predicate
    if verb.i != trigger.token.i and verb.lemma_.lower() in lex.receiving_verbs:
        return True
    return received_for(trigger, lex) is not None


def _host_first(side: Side) -> Side:
    """The sides of a visit received: the people received visit, the receiver hosts."""
    visitors = [a for a in side.others if a.kind == "person"]
    if not side.subjects or not visitors:
        return side
    hosts = side.subjects + [a for a in side.others if a not in visitors]
    return Side(subjects=visitors, others=hosts)


def arrange(trigger: Trigger, mode: str | None, side: Side) -> tuple[list, list]:
    """(actors, recipients): visits and requests are directed, other contacts reciprocal."""
    everyone = side.subjects + side.others
    if (mode == "visit" or trigger.event == "REQUEST") and side.subjects:
        actors = drop_redundant_states(side.subjects, side.subjects)
        recipients = [a for a in side.others if a.id not in {s.id for s in actors}]
        recipients = drop_redundant_states(recipients, recipients)
        return actors, [r for r in recipients if r.kind == "person" or not stands_for(r, actors)]
    if trigger.event == "REQUEST" and (told_by_noun(trigger.token) or _doer_unknown(trigger)):
        # "Calls for talks between the two Koreas grew", "Xi rejected calls for talks with
        # Zelensky": no asker named; the sides of the contact asked for are asked, not askers
        return [], drop_redundant_states(everyone, everyone)
    if mode == "visit" and (trigger.token.pos_ == "NOUN" or _doer_unknown(trigger)):
        # "the Queen's visit to Pakistan and India": with no visitor known, the places
        # visited are hosts, not visitors
        return [], drop_redundant_states(everyone, everyone)
    return drop_redundant_states(everyone, everyone), []


def _doer_unknown(trigger: Trigger) -> bool:
    """A passive verb whose doer is untold or told as no one known ("Xi was invited to
    Moscow", "McKinney was invited to Libya by a nongovernmental organization"): with no
    subject found, the one it names is asked or visited, not the asker or the visitor."""
    token = trigger.token
    return passive_of_meeting(token) and any(
        c.dep_ in ("nsubjpass", "agent") for c in token.children
    )


def dyads(
    trigger: Trigger,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    side: Side,
    *,
    together: bool = False,
):
    """One subject meeting several people ("met Fernandez in Buenos Aires and Biden in
    Washington") is one contact per counterpart, as event data codes dyads; several subjects
    together ("Biden, Yoon and Ishiba held talks") are one multilateral contact, and so are
    the counterparts of one gathering (`together`: "arrived for talks with Zelensky and
    Guterres"), and the sides a mediator goes between ("mediated between Barak and
    Arafat")."""
    if together or trigger.mode == "third-party":
        return [(actors, recipients)]
    subjects = [a for a in side.subjects if a.kind == "person"]
    separate = trigger.token.tag_ == "NNS" and trigger.token.lower_ != "talks"
    if len(subjects) >= 2 and separate:
        # "They held private meetings with Zelensky": one meeting each
        others = [a for a in actors + recipients if a.kind == "person" and a not in subjects]
        if others:
            return [([s, o], []) for s in subjects for o in others]
    if len(subjects) != 1:
        return [(actors, recipients)]
    subject = subjects[0]
    directed = bool(recipients)
    others = [
        a for a in (recipients if directed else actors) if a.kind == "person" and a.id != subject.id
    ]
    if len(others) < 2:
        return [(actors, recipients)]
    if directed:
        return [(actors, [other]) for other in others]
    return [([subject, other], []) for other in others]


def _with_partners(verb) -> list:
    """The people a verb is done "with", conjuncts and the words of their names included
    ("met with Xi Jinping and Emmanuel Macron"), unless done apart ("separately")."""
    if any(c.lower_ in ("separately", "individually", "respectively") for c in verb.children):
        return []
    objects = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not any(o.conjuncts for o in objects):
        return []
    return [t for o in objects for t in o.subtree]


def one_gathering(trigger: Trigger, heads: list[int], lex: Lexicon) -> bool:
    """Whether several counterparts are all named inside one singular contact noun ("talks
    with Zelensky and Guterres", "a meeting with Macron and Scholz"): one gathering, not a
    contact with each ("separate meetings with" are several)."""
    if len(heads) < 2:
        return False
    doc = trigger.token.doc
    if len(_own_prepositions(doc, heads)) >= 2:
        return False  # "talks with Qin on Sunday and with Wang on Monday": one each
    if trigger.token.lemma_.lower() in lex.gathering_verbs:
        withs = {o.i for o in _with_partners(trigger.token)}
        if all(h in withs for h in heads):
            return True  # "sat down with Xi and Macron": at one table
    for head in heads:
        nouns = [doc[head], *doc[head].ancestors]
        gathering = any(
            t.pos_ == "NOUN"
            and t.lemma_.lower() in lex.consult_nouns
            and (t.tag_ != "NNS" or t.lower_ == "talks")
            and not any(c.lower_ in ("separate", "individual", "bilateral") for c in t.children)
            for t in nouns[1:]
        )
        if not gathering:
            return False
    return True


def _own_prepositions(doc, heads: list[int]) -> set[int]:
    """The "with" phrases the counterparts are named in, a conjunct by the first of its
    line ("with Macron and Scholz" is one phrase; "with Qin ... and with Wang", two)."""
    found = set()
    for head in heads:
        word = first_conjunct(doc[head])
        if word.dep_ == "pobj" and word.head.lower_ == "with":
            found.add(word.head.i)
    return found


def _companions_moved(trigger: Trigger, in_sent: list[ActorMention], actors, recipients):
    """People a traveller goes "with" to a place travel too, not host: "Macron flew to Beijing
    with von der Leyen", "visited Beijing with Yellen" (to "visit with" someone, with no place
    visited, is to meet them)."""
    verb = trigger.token
    placed = any(c.dep_ == "dobj" for c in verb.children) or verb.lemma_.lower() != "visit"
    if verb.pos_ != "VERB" or not placed:
        return actors, recipients
    withs = {
        t.i
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for o in prep.children
        if o.dep_ == "pobj"
        for t in (o, *o.conjuncts)
    }
    going = {  # (by any word of the name: "with Ursula von der Leyen" is parsed apart)
        m.actor.id
        for m in in_sent
        if m.actor.kind == "person" and not withs.isdisjoint(range(m.start, m.end))
    }
    if not going or not any(r.kind != "person" for r in recipients):
        return actors, recipients
    return actors + [r for r in recipients if r.id in going], [
        r for r in recipients if r.id not in going
    ]


def sides(trigger: Trigger, in_sent: list[ActorMention], lex: Lexicon, *, inherit=False):
    """(side, tokens, mode, actors, recipients) of a trigger in its sentence."""
    side, tokens = participants(trigger, in_sent, lex=lex, inherit=inherit)
    mode = mode_of(trigger, [trigger.token.doc[i] for i in tokens], lex)
    if mode == "visit" and _received(trigger, lex):
        side = _host_first(side)
    actors, recipients = arrange(trigger, mode, side)
    if mode == "visit":
        actors, recipients = _companions_moved(trigger, in_sent, actors, recipients)
    if trigger.event == "REQUEST":
        recipients = _asker_side_dropped(actors, recipients)
    actors = drop_redundant_states(actors, actors + recipients)
    recipients = drop_redundant_states(recipients, actors + recipients)
    travellers = [a for a in actors if a.kind == "person"]
    if mode == "visit" and not recipients and len(travellers) >= 2:
        countries = {a.country for a in travellers}
        if len(countries - {None}) > 1 or (None in countries and len(countries) > 1):
            mode = "meet"  # "The two leaders toured the cosmodrome": no host, together there
        else:  # "the visit by Russia's foreign minister and its spy chief": one delegation;
            actors = []  # "They just landed at JFK": people of no known state, travelling
    return side, tokens, mode, actors, recipients
