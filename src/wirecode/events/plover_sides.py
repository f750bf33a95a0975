"""Who is on which side of a PLOVER act beyond its subject and objects (`plover_roles`).

The company of an act is no target: the people of a contact, speech or journey it was done
in, during, at or on ("criticised Putin in a call with Scholz", "on a visit to Kyiv"), and
whom a reason names beside the one judged ("criticised Hungary for its ties with Russia",
"Macron was criticised for calling Putin", "accused Belarus of helping Russia", "voiced
criticism of Macron for his call with Putin", "Scholz faced criticism for meeting Xi").
The actor's own state inside a clause the act frames is no target ("warned Xi that the US
would defend Taiwan"), nor whom a demanded act concerns ("said China must not arm Russia":
China is asked). Who helps or backs an act is on its actor side ("with the help of US
intelligence", "backed by Russian air power"), and so is the holder of a contact called off
by no one named or by their own side ("Kishida's planned trip was postponed").
"""

from __future__ import annotations

import functools

from wirecode.actors.mentions import ActorMention
from wirecode.events.lexicon import load as load_contacts
from wirecode.events.plover_background import MAX_CLIMB
from wirecode.events.plover_lexicon import Candidate, load
from wirecode.events.plover_words import lemma_of, nested_preps, phrasal_lemmas
from wirecode.events.status import MEDIUM_PREPS
from wirecode.events.trigger_words import actor_word
from wirecode.records import ActorRef


def demanded(candidate: Candidate) -> list:
    """The clauses that say what a demand asks: an obligation's own ("said China must drop
    barriers"), a verb of demanding's "that" clause ("demanded that Israel withdraw")."""
    if candidate.rule == "obligation":
        return [candidate.token]
    if candidate.code.event != "REQUEST":
        return []
    return [c for c in candidate.token.children if c.dep_ == "ccomp"]


def the_obliged(clause, mentions: list[ActorMention], recipients: list[ActorRef]):
    """The recipients of a demand put as an obligation ("told Xi that China must not arm
    Russia", "demanded that Israel withdraw from Lebanon"): whom it is put on, the subject of
    the demanded clause, and those outside that clause (the one told); not whom the demanded
    act concerns. Unchanged where the clause's subject names no one."""
    inside = {t.i for t in clause.subtree}
    subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    everyone = {m.head for m in mentions}
    obliged = {a.id for a in actors_at(mentions, subject)}
    if not obliged & {a.id for a in recipients}:
        return recipients
    concerned = {a.id for a in actors_at(mentions, inside - subject)}
    kept = {a.id for a in actors_at(mentions, everyone - inside)}
    return [a for a in recipients if a.id not in concerned - obliged - kept]


def actors_at(mentions: list[ActorMention], heads: set[int]) -> list[ActorRef]:
    """The actors (each member of a group) of the mentions headed at `heads`."""
    return [a for m in mentions if m.head in heads for a in (m.members or (m.actor,))]


def own_state(actor: ActorRef, countries: set[str]) -> bool:
    """A state that is the country of one of the act's actors: "Biden warned Xi that the US
    would defend Taiwan" (the US is Biden's own side, not warned)."""
    return actor.kind == "state" and actor.country in countries


def asked_for(token, triggers: set[int]) -> bool:
    """A word inside what a request the trigger answers asks for: "turned down a request by
    Macron for a call with Putin" (Putin is whom the call was to be with, not the one
    refused, when he is the refuser's own)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ == "for":
            nouns = [current.head]
            if current.head.i in triggers:  # the parser hangs "for" on the verb
                nouns = [c for c in current.head.children if c.dep_ == "dobj"]
            return any(
                noun.lemma_.lower() in load_contacts().request_nouns
                and noun.dep_ in ("dobj", "nsubjpass", "nsubj")
                and noun.head.i in triggers
                for noun in nouns
            )
        current = current.head
    return False


def in_framed_clause(token, triggers: set[int]) -> bool:
    """A word inside a clause under the trigger, not one of the trigger's own arguments:
    a verb stands between them ("warned Xi that the US would defend Taiwan": the US)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i or current.head.i in triggers:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return True
    return False


def occasions(token, predicate) -> tuple[set[int], set[int]]:
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
    journeys = _journeys()
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
        and (prep.lower_ in MEDIUM_PREPS or prep.lower_ == "on" and noun.lower_ in journeys)
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
JUDGED = frozenset({"dobj", "nsubjpass"})  # "criticised Hungary", "Hungary was criticised"


def reasons(token, predicate, names: set[int]) -> set[int]:
    """The tokens of what someone judged as the object or the passive subject is blamed or
    praised for ("criticised Hungary for its close ties with Russia", "praised Kishida for
    Japan's support of Ukraine", "Macron was criticised for calling Putin", and as the one
    who draws or faces it: "Scholz faced criticism for meeting Xi"), or accused of
    ("accused Macron of meeting Haniyeh", also where the parser hangs the "of" on a noun
    between: "accused Iran at a UN meeting of arming Hezbollah"): whoever it names is no
    target besides the one judged. With no one judged, whoever the reason names is
    ("complained to the UN over Israeli air raids": Israel is blamed)."""
    verbs = {token, predicate}
    nouns = _judgement_nouns(token)
    held = [p for noun in nouns for p in _judged_by_noun(noun)]  # "criticism of Macron for"
    judged = set(JUDGED)
    if token.i != predicate.i and lemma_of(predicate) in load().undergoing:
        judged.add("nsubj")  # "Scholz faced criticism for meeting Xi"
    named = [  # (a name the parser misses is known by its mention: names, their tokens)
        c
        for verb in verbs
        for c in verb.children
        if c.dep_ in judged and (actor_word(c) or _named(c, names))
    ]
    if not held and not named:
        return set()
    phrases = [
        prep
        for verb in verbs | set(named)  # "summoned the ambassador over ...", also on him
        for prep in verb.children
        if prep.dep_ == "prep"
        and prep not in held
        and (prep.lower_ in REASONS or prep.lower_ == "of" and verb.pos_ == "VERB")
        and (verb in verbs or prep.i > verb.i)
    ]
    phrases += [  # "accused Iran at a UN meeting of arming Hezbollah"
        prep
        for verb in verbs
        if verb.pos_ == "VERB"
        for prep in nested_preps(c for c in verb.children if c.dep_ == "prep")
        if prep.lower_ == "of" and any(c.dep_ == "pcomp" for c in prep.children)
    ]
    phrases += [  # "made accusations against Belarus of helping Russia"
        prep
        for noun in nouns
        if any(p.lower_ != "of" for p in _judged_by_noun(noun))
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
    ]
    return {t.i for prep in phrases for t in prep.subtree}


def _named(noun, names: set[int]) -> bool:
    """A noun inside an actor's mention (a name the parser tags as a common noun), or named by
    an adjective or compound that is ("the Hungarian government", "the Iranian regime"), unless
    the noun names an act ("the Israeli raids"); a possessor does not name its noun's holder
    as judged ("reaffirmed China's support for Russia's sovereignty": no one judged)."""
    if lemma_of(noun) in load().nouns:
        return False
    return noun.i in names or any(
        c.i in names for c in noun.children if c.dep_ in ("amod", "compound")
    )


def _judgement_nouns(token) -> list:
    """The nouns of judging a trigger is or takes as its object: "criticism" (a noun trigger),
    "levelled accusations", "filed a complaint"."""
    if token.pos_ == "NOUN":
        return [token]
    lex = load()
    return [
        c
        for c in token.children
        if c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and lemma_of(c) in lex.nouns
        and lex.nouns[lemma_of(c)].event in JUDGEMENTS
    ]


def _judged_by_noun(noun) -> list:
    """The phrase that names the one a noun of judging judges: "criticism of Macron",
    "praise for Kishida", "condemnation of Iran", "accusations against Belarus" (the first
    "of", "for" or "against" that names someone). Empty for a verb."""
    if noun.pos_ != "NOUN":
        return []
    return [
        prep
        for prep in noun.children
        if prep.dep_ == "prep"
        and prep.lower_ in ("of", "for", "against")
        and any(o.dep_ == "pobj" and actor_word(o) for o in prep.children)
    ][:1]


@functools.cache
def _journeys() -> frozenset[str]:
    """The nouns of a journey an act is done "on": the lexicon's and the contact nouns of a
    visit ("on a visit to Kyiv")."""
    visits = {noun for noun, mode in load_contacts().consult_nouns.items() if mode == "visit"}
    return frozenset(load().journeys | visits)


UNDERGOING = frozenset({"of", "on", "against", "in", "into"})


def undergoers(token, predicate, heads: set[int]) -> set[int]:
    """The tokens of whom a judged act was done to, when the act's doer is named with it
    ("condemned Russia's invasion of Ukraine", "the Israeli raid on Gaza", "China's
    crackdown on Hong Kong", also as the reason: "voiced outrage over Israel's raids on
    Gaza"): the doer is judged, not the one it befell ("condemned the attack on Israel" names
    no doer, and Israel stays)."""
    verbs = {token, predicate}
    objects = [  # not the judgement itself ("echoed Biden's criticism of Macron")
        c for verb in verbs for c in verb.children if c.dep_ == "dobj" and c.i != token.i
    ]
    acts = objects + [
        c
        for verb in verbs | set(objects)  # the reason of "voiced outrage over ..."
        for c in verb.children
        if c.dep_ == "prep"
        and (c.lower_ in REASONS or c.lower_ == "of" and verb.pos_ == "NOUN" and verb in verbs)
    ]
    acts = [a for c in acts for a in ([c] if c.dep_ == "dobj" else c.children) if a.pos_ == "NOUN"]
    found: set[int] = set()
    for act in acts:
        doers = [c for c in act.children if c.dep_ in ("poss", "amod", "compound") and c.i in heads]
        if not doers:
            continue
        for prep in act.children:
            if prep.dep_ == "prep" and prep.lower_ in UNDERGOING and prep.i > act.i:
                found |= {t.i for t in prep.subtree}
    return found


def holders_of_cancelled(contact, verb) -> set[int]:
    """The holder of a contact that a verb of cancelling calls off ("Kishida's planned trip
    to Washington was postponed", "a visit by Lula to Beijing was put off", "Japan postponed
    Kishida's trip"). In the passive with no one named as cancelling it, the holder is the
    side that put it off, if any; in the active, if of the canceller's own country."""
    lex = load()
    if not phrasal_lemmas(verb) & lex.cancelling or lemma_of(contact) not in lex.occasions:
        return set()
    if any(c.dep_ == "agent" for c in verb.children):
        return set()  # "was cancelled by the US": the holder is its target
    return {
        t.i
        for c in contact.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
        for t in c.subtree
    }
