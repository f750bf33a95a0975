"""Who did what to whom in a PLOVER candidate: `roles(candidate, mentions)`.

The actors of the trigger's clause, including what it frames: the subject side
(`nsubj`, a "by" agent, the possessor of a noun trigger) are the actors, everyone else the
recipients; a passive subject is a recipient, and a trigger whose own subject names
nobody takes that of a governing clause ("Syria says it is willing to withdraw"). A state or
organisation in a person's title stands for nobody besides the person, unless the person's
country is unknown.
"""

from __future__ import annotations

from wirecode.actors.mentions import ActorMention
from wirecode.events.contact_participants import MEDIUM_PREPS
from wirecode.events.plover_background import MODALS
from wirecode.events.plover_lexicon import Candidate, load
from wirecode.events.plover_words import lemma_of, particles_of
from wirecode.events.status import REPORTING
from wirecode.events.triggers import actor_word, scope
from wirecode.records import ActorRef

PASSIVE = {"nsubjpass", "csubjpass"}
# modals by which a reported clause tells the speaker's demand or stance, not a deed
STANCE = MODALS | {"should", "must", "'d"}
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
    occasion, joint = _occasions(token, predicate)
    own_holders: set[int] = set()  # "Japan postponed Kishida's trip": his, if Japan's own
    if candidate.code.event in JUDGEMENTS:  # "criticised Hungary for its ties with Russia"
        occasion |= _reasons(token, predicate)
    subject: set[int] = set(joint)  # "in a joint statement with France": France issued it
    for verb in {token, predicate}:
        for child in verb.children:
            if child.dep_ == "nsubjpass" and (holders := _holders_of_cancelled(child, verb)):
                subject.update(holders)  # "Kishida's planned trip was postponed": his side
                patient.update(t.i for t in child.subtree if t.i not in holders)
            elif child.dep_ == "dobj":
                own_holders |= _holders_of_cancelled(child, verb)
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
        in_clause = not acting and _in_framed_clause(head, {token.i, predicate.i})
        if not acting and mention.head not in occasion and not in_clause:
            addressed = True
        for actor in mention.members or (mention.actor,):
            if all(a.id != actor.id for a in actors + recipients):
                target.append(actor)
                if target is recipients and mention.head in occasion:
                    company.append(actor)
                elif target is recipients and in_clause:
                    framed.append(actor)
                if target is recipients and mention.head in own_holders:
                    holding.append(actor)
    if addressed:  # "criticised Putin in a call with Scholz": Scholz is its company
        recipients = [a for a in recipients if a not in company]
    if not actors and reporter is not None:
        actors = [a for a in _subject_of(reporter, mentions) if a not in recipients]
    if not actors and not undergoes:  # "drew criticism": its doers are not named at all
        actors = [a for a in _governing_subject(predicate, mentions) if a not in recipients]
    own = {a.country for a in actors if a.country}
    recipients = [a for a in recipients if not (a in framed and _own_state(a, own))]
    for clause in _demanded(candidate):  # "said China must not arm Russia": China is asked
        recipients = _the_obliged(clause, mentions, recipients)
    mine = [a for a in recipients if a in holding and a.country in own]
    if mine:  # "Japan postponed Kishida's trip to Washington": Japan's own man called it off
        actors += mine
        recipients = [a for a in recipients if a not in mine]
    return actors, recipients, tokens


def _demanded(candidate: Candidate) -> list:
    """The clauses that say what a demand asks: an obligation's own ("said China must drop
    barriers"), a verb of demanding's "that" clause ("demanded that Israel withdraw")."""
    if candidate.rule == "obligation":
        return [candidate.token]
    if candidate.code.event != "REQUEST":
        return []
    return [c for c in candidate.token.children if c.dep_ == "ccomp"]


def _the_obliged(clause, mentions: list[ActorMention], recipients: list[ActorRef]):
    """The recipients of a demand put as an obligation ("told Xi that China must not arm
    Russia", "demanded that Israel withdraw from Lebanon"): whom it is put on, the subject of
    the demanded clause, and those outside that clause (the one told); not whom the demanded
    act concerns. Unchanged where the clause's subject names no one."""
    inside = {t.i for t in clause.subtree}
    subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    obliged = {a.id for m in mentions if m.head in subject for a in (m.members or (m.actor,))}
    if not obliged & {a.id for a in recipients}:
        return recipients
    concerned = {
        a.id for m in mentions if m.head in inside - subject for a in (m.members or (m.actor,))
    }
    kept = {a.id for m in mentions if m.head not in inside for a in (m.members or (m.actor,))}
    return [a for a in recipients if a.id not in concerned - obliged - kept]


def _own_state(actor: ActorRef, countries: set[str]) -> bool:
    """A state that is the country of one of the act's actors: "Biden warned Xi that the US
    would defend Taiwan" (the US is Biden's own side, not warned)."""
    return actor.kind == "state" and actor.country in countries


def _in_framed_clause(token, triggers: set[int]) -> bool:
    """A word inside a clause under the trigger, not one of the trigger's own arguments:
    a verb stands between them ("warned Xi that the US would defend Taiwan": the US)."""
    current = token
    for _ in range(12):
        if current.head.i == current.i or current.head.i in triggers:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return True
    return False


def _occasions(token, predicate) -> tuple[set[int], set[int]]:
    """(the tokens of the act's occasion, those of whom it was done with or helped by).

    The occasion: the contacts in, during, at or over which the act was done ("criticised
    Putin in a call with Scholz on Monday", "warned Xi during their talks in Bali"), the
    speech it was made in ("in a speech to the UN General Assembly"), the journey it was done
    on ("on a visit to Kyiv", also after the subject: "Blinken, on a visit to Kyiv, ..."),
    and a participle of speaking or travelling with no subject of its own ("Speaking at a
    news conference with Scholz in Berlin, Macron condemned ..."). A clause the parser hangs
    on the contact is the act's ("accused Iran at a UN meeting of arming Hezbollah"). Those
    "with" whom a statement is issued issue it ("in a joint statement with France")."""
    lex = load()
    heads = [token, predicate]
    heads += [  # "Blinken, on a visit to ...", "pledged aid to Ukraine at a conference in ..."
        c for verb in (token, predicate) for c in verb.children if c.dep_ in ("nsubj", "dobj")
    ]
    nouns = [
        noun
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
        and lemma_of(noun) in lex.occasions
        and (prep.lower_ in MEDIUM_PREPS or prep.lower_ == "on" and noun.lower_ in lex.journeys)
    ]
    participles = [
        verb
        for head in heads
        for verb in head.children
        if verb.dep_ in ("advcl", "acl")
        and verb.tag_ in ("VBG", "VBN")
        and lemma_of(verb) in lex.occasion_verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ]
    acts = {
        t.i
        for noun in nouns
        for c in noun.subtree
        if c.pos_ in ("VERB", "AUX") and c.i != noun.i
        for t in c.subtree
    }
    occasion = {t.i for x in nouns + participles for t in x.subtree} - acts
    joint = {
        t.i
        for noun in nouns
        if lemma_of(noun) in lex.joint_documents
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for t in prep.subtree
    }
    return occasion, joint | _helpers(heads, lex)


def _helpers(heads, lex) -> set[int]:
    """The tokens of those who help or back the act, or on whose behalf it is done: "With the
    help of US intelligence, Ukraine struck ...", "Backed by Russian air power, Syrian troops
    attacked ..." (a participle with no subject of its own), "on behalf of Guterres"."""
    nouns = [
        noun
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "on")
        for noun in prep.children
        if noun.dep_ == "pobj" and lemma_of(noun) in lex.helper_nouns
    ]
    agents = [
        agent
        for head in heads
        for verb in head.children
        if verb.dep_ in ("advcl", "acl")
        and verb.tag_ == "VBN"
        and lemma_of(verb) in lex.helper_verbs
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        for agent in verb.children
        if agent.dep_ == "agent"
    ]
    return {t.i for x in nouns + agents for t in x.subtree}


JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT"})  # acts that blame or praise someone for something
REASONS = frozenset({"for", "over"})


def _reasons(token, predicate) -> set[int]:
    """The tokens of what someone judged as the object is blamed or praised for ("criticised
    Hungary for its close ties with Russia", "praised Kishida for Japan's support of
    Ukraine"): whoever it names is no target besides the one judged. With no one judged as
    the object, whoever the reason names is ("complained to the UN over Israeli air raids":
    Israel is blamed)."""
    verbs = {token, predicate}
    if not any(c.dep_ == "dobj" and actor_word(c) for verb in verbs for c in verb.children):
        return set()
    return {
        t.i
        for verb in verbs
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in REASONS
        for t in prep.subtree
    }


def _holders_of_cancelled(contact, verb) -> set[int]:
    """The holder of a contact that a verb of cancelling calls off ("Kishida's planned trip
    to Washington was postponed", "a visit by Lula to Beijing was put off", "Japan postponed
    Kishida's trip"). In the passive with no one named as cancelling it, the holder is the
    side that put it off, if any; in the active, if of the canceller's own country."""
    lex = load()
    lemma = lemma_of(verb)
    phrasal = {lemma, *(f"{lemma} {c.lower_}" for c in particles_of(verb))}
    if not phrasal & lex.cancelling or lemma_of(contact) not in lex.occasions:
        return set()
    if any(c.dep_ == "agent" for c in verb.children):
        return set()  # "was cancelled by the US": the holder is its target
    return {
        t.i
        for c in contact.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
        for t in c.subtree
    }


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
    return [a for m in mentions if m.head in heads for a in (m.members or (m.actor,))]


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
        found = [a for m in mentions if m.head in heads for a in (m.members or (m.actor,))]
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
