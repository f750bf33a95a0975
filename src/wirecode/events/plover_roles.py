"""Who did what to whom in a PLOVER candidate: `roles(candidate, mentions)`.

The actors of the trigger's clause, including what it frames: the subject side
(`nsubj`, a "by" agent, the possessor of a noun trigger) are the actors, everyone else the
recipients; a passive subject is a recipient, and a trigger whose own subject names
nobody takes that of a governing clause ("Syria says it is willing to withdraw"). A state or
organisation in a person's title stands for nobody besides the person, unless the person's
country is unknown. Company, helpers, the actor's own side and whom a demand is put on are
read by `plover_sides`.
"""

from __future__ import annotations

from wirecode.actors.mentions import ActorMention
from wirecode.events.plover_lexicon import Candidate, load
from wirecode.events.plover_sides import (
    JUDGEMENTS,
    actors_at,
    asked_for,
    demanded,
    holders_of_cancelled,
    in_framed_clause,
    occasions,
    own_state,
    reasons,
    the_obliged,
    undergoers,
)
from wirecode.events.plover_words import lemma_of
from wirecode.events.status import REPORTING
from wirecode.events.trigger_words import scope
from wirecode.nlp import modals
from wirecode.records import ActorRef

PASSIVE = {"nsubjpass", "csubjpass"}
# modals by which a reported clause tells the speaker's demand or stance, not a deed
STANCE = modals.ALL
FRAMED = frozenset({"xcomp", "ccomp", "advcl", "acl", "csubj"})  # clauses a trigger frames


def roles(candidate: Candidate, mentions: list[ActorMention]):
    """(actors, recipients, tokens) of a candidate.

    The clause of the trigger includes what it frames ("agreed to set up a centre in
    Tokyo": Tokyo is a party), not relative clauses. Its subject side ("nsubj", "by" agent,
    possessor of a noun trigger) are the actors, everyone else the recipients; a passive
    subject ("has been accused") is a recipient. An affiliation ("UN Secretary-General
    Guterres") stands for nobody besides the person, unless the person's country is
    unknown."""
    token, predicate = candidate.token, candidate.predicate
    tokens = scope(token, keep=FRAMED) | scope(predicate, keep=FRAMED)
    reporter = _reporter_of_verdict(candidate)
    if reporter is not None:  # "said jets had bombed a town, calling the raid a crime": the
        tokens |= scope(token.head, keep=FRAMED)  # bombers are whom the verdict accuses
    patient: set[int] = set()
    # what a noun trigger says ("accusations that Ukraine was undermining"): its subject is
    # the target, even inside the "by" phrase that holds the noun
    content = {t.i for c in token.children if c.dep_ in ("acl", "ccomp") for t in c.subtree}
    undergoes = token.i != predicate.i and lemma_of(predicate) in load().undergoing
    described = _described(token, predicate, mentions)
    occasion, joint = occasions(token, predicate)
    own_holders: set[int] = set()  # "Japan postponed Kishida's trip": his, if Japan's own
    if candidate.code.event in JUDGEMENTS:  # "criticised Hungary for its ties with Russia"
        names = {i for m in mentions for i in range(m.start, m.end)}
        occasion |= reasons(token, predicate, names)
        # "condemned Russia's invasion of Ukraine": Russia is judged, not Ukraine
        described |= undergoers(token, predicate, {m.head for m in mentions})
    subject: set[int] = set(joint)  # "in a joint statement with France": France issued it
    for verb in {token, predicate}:
        for child in verb.children:
            if child.dep_ == "nsubjpass" and (holders := holders_of_cancelled(child, verb)):
                subject.update(holders)  # "Kishida's planned trip was postponed": his side
                patient.update(t.i for t in child.subtree if t.i not in holders)
            elif child.dep_ == "dobj":
                own_holders |= holders_of_cancelled(child, verb)
            elif verb.i == predicate.i != token.i and undergoes and child.dep_ == "nsubj":
                patient.update(t.i for t in child.subtree)  # "the visit drew criticism"
            elif undergoes and child.dep_ == "prep" and child.lower_ == "from":
                subject.update(t.i for t in child.subtree)  # "faced criticism from Poland"
            elif child.dep_ in ("nsubj", "agent", "poss", "csubj") or (
                child.dep_ == "prep" and child.lower_ == "by"
            ):
                aimed = _aimed_at(child)  # "the Israeli attack on Syria killed": Syria is hit
                patient.update(aimed)
                subject.update(t.i for t in child.subtree if t.i not in content | aimed)
            elif child.dep_ in PASSIVE:
                patient.update(t.i for t in child.subtree)
    subject -= occasion - joint  # "Blinken, on a visit to Kyiv, criticised": not Kyiv's act
    people = {  # a person of unknown country keeps the affiliation ("Arab League Secretary
        i  # General Chadli Klibi": the League is all that is known of him)
        for m in mentions
        if m.actor.kind == "person" and m.actor.country
        for i in range(m.start, m.end)
    }
    actors: list[ActorRef] = []
    recipients: list[ActorRef] = []
    company: list[ActorRef] = []  # named only in a contact that is the act's occasion
    framed: list[ActorRef] = []  # named only inside a clause the trigger frames
    sought: list[ActorRef] = []  # named only in the contact a request answered asks for
    holding: list[ActorRef] = []  # holders of a contact the actors called off
    addressed = False  # a recipient named as the act's own argument, outside its occasion
    for mention in mentions:
        if mention.head not in tokens or mention.head in described:
            continue
        head = token.doc[mention.head]
        if mention.actor.kind != "person" and _affiliated(head, people):
            continue
        acting = mention.head in subject and mention.head not in patient
        target = actors if acting else recipients
        in_clause = not acting and in_framed_clause(head, {token.i, predicate.i})
        if not acting and mention.head not in occasion and not in_clause:
            addressed = True
        for actor in mention.members or (mention.actor,):
            if all(a.id != actor.id for a in actors + recipients):
                target.append(actor)
                if target is recipients and in_clause:  # also inside a reason ("accused
                    framed.append(actor)  # the West of trying to destroy Russia")
                if target is recipients and mention.head in occasion:
                    company.append(actor)
                elif (
                    target is recipients
                    and not in_clause
                    and asked_for(head, {token.i, predicate.i})
                ):
                    sought.append(actor)
                if target is recipients and mention.head in own_holders:
                    holding.append(actor)
    if addressed:  # "criticised Putin in a call with Scholz": Scholz is its company
        recipients = [a for a in recipients if a not in company]
    if not actors and reporter is not None:
        actors = [a for a in _subject_of(reporter, mentions) if a not in recipients]
    if not actors and not undergoes:  # "drew criticism": its doers are not named at all
        actors = [a for a in _governing_subject(predicate, mentions) if a not in recipients]
    own = {a.country for a in actors if a.country}
    recipients = [a for a in recipients if not (a in framed and own_state(a, own))]
    if any(a not in sought for a in recipients):  # the one who asked is answered
        recipients = [a for a in recipients if a not in sought]
    for clause in demanded(candidate):  # "said China must not arm Russia": China is asked
        recipients = the_obliged(clause, mentions, recipients)
    mine = [a for a in recipients if a in holding and a.country in own]
    if mine:  # "Japan postponed Kishida's trip to Washington": Japan's own man called it off
        actors += mine
        recipients = [a for a in recipients if a not in mine]
    return actors, recipients, tokens


def _reporter_of_verdict(candidate: Candidate):
    """The verb of saying whose report a participle of accusing or judging with no subject
    of its own is hung on ("Iran said Iraqi jets had bombed a town, calling the raid a war
    crime"): the verdict is the reporter's (`plover_claims.reporters_verdicts`). None if
    there is none."""
    verb = candidate.token
    if candidate.code.event != "ACCUSE" or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    act = verb.head
    if act.dep_ == "ccomp" and lemma_of(act.head) in REPORTING:
        return act.head
    return None


def _subject_of(verb, mentions: list[ActorMention]) -> list[ActorRef]:
    """The actors named in a verb's subject."""
    heads = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return actors_at(mentions, heads)


def _described(token, predicate, mentions: list[ActorMention]) -> set[int]:
    """The tokens of the appositives that describe the trigger's named subjects."""
    named = {m.head for m in mentions}
    return {
        i
        for verb in {token, predicate}
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass")
        for i in _appositive_of_named(child, named)
    }


def _appositive_of_named(subject, named: set[int]) -> set[int]:
    """ "China, Russia's most important ally, has yet to condemn": an appositive set after a
    named subject describes it, and whoever it names by the way (Russia) is no party. An
    appositive after a subject that names no one ("the two leaders, Xi and Putin") is the
    subject's own name, and is kept."""
    if subject.i not in named:
        return set()
    return {t.i for a in subject.children if a.dep_ == "appos" for t in a.subtree}


def _governing_subject(verb, mentions: list[ActorMention]) -> list[ActorRef]:
    """The subject of a governing clause, for a trigger whose own subject names nobody:
    "Norway is willing to send", "Syria says it is willing to withdraw" (it = Syria). Who
    reports a passive act did not do it ("state television said 30 soldiers were killed"):
    a passive clause does not climb to the verb that reports it."""
    current = verb
    passive = any(c.dep_ in PASSIVE for c in verb.children)
    named = {m.head for m in mentions}
    for _ in range(4):
        if _described_subject(current):
            return []  # "troops shelled the town, the foreign minister said": not his act
        if current.dep_ not in ("xcomp", "acomp", "ccomp", "advcl", "conj", "dobj", "attr"):
            return []
        if passive and current.dep_ == "ccomp":
            return []
        current = current.head
        heads: set[int] = set()
        for c in current.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                heads |= {t.i for t in c.subtree} - _appositive_of_named(c, named)
        found = actors_at(mentions, heads)
        if found:
            return found
    return []


TARGETING = {"on", "against", "at", "into", "upon"}  # what an act named by a noun hits


def _aimed_at(phrase) -> set[int]:
    """The targets of the acts named by nouns in a subject: "the attack on Syria", "the
    bombing of Belgrade by NATO" (NATO, the agent, stays on the subject side)."""
    lex = load()
    return {
        t.i
        for noun in phrase.subtree
        if noun.pos_ == "NOUN" and lemma_of(noun) in lex.nouns
        for prep in noun.children
        if prep.dep_ == "prep"
        and (
            prep.lower_ in TARGETING
            or prep.lower_ == "of"
            and lex.nouns[lemma_of(noun)].event in lex.harms
        )  # "the bombing of Belgrade"; "the withdrawal of Russian troops" is by them
        for t in prep.subtree
    }


def _described_subject(verb) -> bool:
    """A clause whose own subject describes its doers in common nouns ("troops", "coalition
    aircraft", "gunmen"): they did it, not whoever reports it. A participle's subject in a
    small clause ("leaving five dead and dozens injured") is its patient; a subject with a
    name the knowledge base does not know may still be the reporter's own side."""
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in STANCE for c in verb.children):
        return False  # "said all parties should push for a settlement": the speaker's demand
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in c.subtree)
        for c in verb.children
    )


def _affiliated(token, people: set[int]) -> bool:
    """A state or organisation that modifies a person's name or title."""
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "poss", "nmod"):
            return False
        token = token.head
        if token.i in people:
            return True
    return False
