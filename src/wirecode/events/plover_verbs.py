"""Verbs that report a PLOVER event: the candidates of `plover.yaml`'s verb sections.

`verb_candidate` looks a verb up in order: leaving a forum, expelling people from their
homes, reneging on an agreement, the verb with its particle (and the object they take),
with the object of a preposition, with its object or its subject, a verb of ending, a
request or an offer, then the verb alone (`verbs`), unless it is used in another sense
(`plover_senses`). `obligation_candidate` finds a
demand put on someone else ("said that China must drop barriers"); `ending_code` reads what
a verb of ending does to its object.
"""

from __future__ import annotations

from wirecode.events.plover_lexicon import Candidate, Code, PloverLexicon
from wirecode.events.plover_senses import (
    COMPLAINT,
    CRITICISM,
    at_risk,
    blames_a_cause,
    commits_to_act,
    for_doing,
    is_statement,
    lodged_with,
    other_sense,
    refuses_to_speak,
    reports,
    state_subject,
    to_death,
    verbal_attack,
)
from wirecode.events.plover_words import (
    hyphen_prefix,
    lemma_of,
    object_words,
    objects_of,
    particles_of,
    phrasal_lemmas,
)
from wirecode.events.trigger_words import prep_objects
from wirecode.events.verb_forms import to_infinitive
from wirecode.nlp import modals

PERSON_OBJECT_VERBS = {"welcome", "back", "support"}  # with a person object: contacts or praise

# A weapon tested is a show of force (CAMEO 150), not an attack.
_TEST = Code("MOBILIZE", "troops", "military")


def _market(subject, lex: PloverLexicon) -> bool:
    """A market or a figure, whose sharp reaction is a movement ("markets reacted
    sharply")."""
    lemma = lemma_of(subject)
    return lemma in lex.figures or lemma in lex.markets


def _verb_preps(token) -> list[tuple]:
    """(preposition, its own) for the verb's prepositions, then for those other than "of"
    that the parser hangs on its direct object ("sprayed the cafe with automatic fire"):
    these are read only for the objects a table names, not for any ("*"), but for an "as"
    that judges the object ("dismissed the report as a fabrication")."""
    own = [(c, True) for c in token.children if c.dep_ == "prep"]
    return own + [
        (p, False)
        for o in token.children
        if o.dep_ == "dobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ != "of"
    ]


def wished_of_another(token, lex: PloverLexicon) -> bool:
    """An act that a verb of wishing wants of someone else, told by an infinitive with its
    own subject ("the protesters want Mubarak to step down", "the opposition wants the army
    to withdraw"): wished for, as "wants a ceasefire" is; an act one wants to do oneself
    ("wants to withdraw") is read as an intent. So is an act someone depends or relies on
    another to do ("the regime depends on the militias to crush the protests": the other
    named after "on", the infinitive parsed as a complement or an adverbial clause)."""
    if token.dep_ not in ("ccomp", "xcomp", "advcl") or not to_infinitive(token):
        return False
    head = token.head
    if lemma_of(head) not in lex.wishes:
        return False
    relied_on = any(  # "on" right after the verb: not "On the battlefield, NATO needs ..."
        c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i == head.i + 1 for c in head.children
    )
    if token.dep_ == "advcl" and not relied_on:
        return False
    return (
        relied_on
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        or any(c.dep_ == "dobj" and c.i < token.i for c in head.children)
    )


def _as_predicate(verb) -> bool:
    """ "dismissed the report as baseless", "as one-sided": an "as" with an adjective or a
    participle, which the parser reads as an adverbial clause, not a preposition."""
    return any(
        c.dep_ == "advcl"
        and c.tag_ in ("JJ", "VBN")
        and any(m.dep_ in ("mark", "advmod") and m.lower_ == "as" for m in c.children)
        for c in verb.children
    )


def _helping_thing(token, lex: PloverLexicon) -> bool:
    """A thing or a situation that helps, also as the agent of a passive ("aided by saturation
    coverage"), or a clause that helps ("providing your details helps us verify them"): no
    helper, no aid."""
    things = lex.instruments | lex.risk_subjects | lex.natural_causes
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [o for a in token.children if a.dep_ == "agent" for o in a.children]
    return any(lemma_of(c) in things for c in doers) or any(
        c.dep_ == "csubj" for c in token.children
    )


def verb_candidate(token, lex: PloverLexicon, contacts) -> Candidate | None:
    lemma = lemma_of(token)
    if _nominal_participle(token):
        return None  # "evacuated the wounded": people, not an event
    if wished_of_another(token, lex):
        return None  # "the protesters want Mubarak to step down": wished for, not done
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in token.children):
        return None  # "no one had been killed", "no protesters were arrested": none was
    if lemma in lex.instrument_verbs and _helping_thing(token, lex):
        return None  # "the supplies should help to save lives": a thing that helps, no aid
    if lemma in lex.figure_verbs and any(
        c.dep_ == "nsubj" and lemma_of(c) in lex.figures for c in token.children
    ):
        return None  # "share prices shot up": a figure rises
    if lemma in lex.showing and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
        return None  # "the proposal demonstrates the mounting concern": shows
    if other_sense(token, lemma, lex):
        return None  # "released a statement", "fired the defence minister", "used its forces"
    if _situation_asks(token, lemma, lex):
        return None  # "the situation demands restraint": a need, no demander
    if _departure(token, lex):
        return Candidate(token, lex.departure, token, "object")
    if _armed_departure(token, lex):
        return Candidate(token, lex.armed_departure, token, "subject")
    if _mass_expulsion(token, lex):
        return Candidate(token, lex.expulsion, token, "object")
    if lemma == "fire" and hyphen_prefix(token) == "test":
        return Candidate(token, _TEST, token, "verb")  # "test-fired a missile": a show of force
    if _reneges(token, lex):
        return Candidate(token, Code("REJECT", "yield"), token, "object")
    for child in particles_of(token):
        table = lex.objects.get(f"{lemma} {child.lower_}", {})
        for key in (k for obj in _particle_objects(token, child) for k in object_words(obj)):
            if key in table:  # "handed over the suspects": the object decides
                return Candidate(token, table[key], token, "object")
        intransitive = lex.intransitive.get(f"{lemma} {child.lower_}")
        if intransitive is not None and _no_object(token, child):
            return Candidate(token, intransitive, token, "particle")  # "a car blew up"
        if (lemma, child.lower_) in lex.particles:
            return Candidate(token, lex.particles[(lemma, child.lower_)], token, "particle")
    for prep, own in _verb_preps(token):
        table = lex.prep_objects.get(f"{lemma} {prep.lower_}", {})
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words = object_words(obj)  # "put its forces on a state of alert"
            code = next((table[w] for w in words if w in table), None)
            code = code or (table.get("*") if own or prep.lower_ == "as" else None)  # "dismissed
            # the report as a fabrication": a judgement of the object, wherever it hangs
            if code is not None and code.event == "ASSAULT" and verbal_attack(token, lex):
                code = CRITICISM  # "came under fire from opposition parties"
            if code is not None:  # "took to the streets", "balked at the plan"
                return Candidate(token, code, token, "object")
    if _as_predicate(token) and "*" in lex.prep_objects.get(f"{lemma} as", {}):
        return Candidate(token, lex.prep_objects[f"{lemma} as"]["*"], token, "object")
    if (
        lemma in lex.angry_responses
        and any(c.dep_ == "advmod" and c.lower_ in lex.angry_manners for c in token.children)
        and not any(c.dep_ == "nsubj" and _market(c, lex) for c in token.children)
    ):
        return Candidate(token, CRITICISM, token, "verb")  # "reacted angrily to the raid"
    if lemma in lex.joint_work and any(
        c.dep_ == "advmod" and c.lower_ in lex.joint_manners for c in token.children
    ):
        return Candidate(token, lex.joint_code, token, "verb")  # "worked closely with"
    table = lex.objects.get(lemma)
    if table:
        for obj in (o for o in objects_of(token) if not _denied(o)):
            for key in object_words(obj):
                if key in table:
                    return Candidate(token, table[key], token, "object")
    table = lex.subjects.get(lemma, {})
    for subj in (c for c in _doers(token) if table):
        for key in _subject_words(subj):
            if key in table:  # "peacekeeping troops arrived": who arrives is the event
                return Candidate(token, table[key], token, "subject")
    phrasal = phrasal_lemmas(token)
    if phrasal & lex.ending:  # "suspended the curfew", "revoked the ban": as "lifted"
        code = ending_code(phrasal, objects_of(token), lex, contacts)
        if code is not None:
            return Candidate(token, code, token, "object")
        for verb in (c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
            code = lex.verbs.get(lemma_of(verb))
            if code is not None and code.event == "ASSAULT":  # "stopped fighting"
                return Candidate(token, lex.de_escalation, token, "object")
    request_preps = lex.request_preps.get(lemma, ())
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in request_preps:
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if objects and all(o.ent_type_ in ("DATE", "TIME") for o in objects):
                continue  # "called the US the enemy ... on Friday": a day, no "called on"
            if any(lemma_of(o) in contacts.request_objects for o in objects):
                return None  # "called for talks": a contact request (extract.py)
            return Candidate(token, Code("REQUEST"), token, "verb")
    if "for" in request_preps and (_asks_object_for(token, contacts) or _for_clause(token)):
        return Candidate(token, Code("REQUEST"), token, "verb")
    if lemma == "ask" and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        if not any(c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ") for c in token.children):
            return Candidate(token, Code("REQUEST"), token, "verb")
    if lemma in lex.assembling and any(
        c.dep_ in ("advcl", "xcomp") and lemma_of(c) in lex.purposes and to_infinitive(c)
        for c in token.children
    ):
        return Candidate(token, Code("PROTEST", "demo"), token, "verb")  # "gathered to demand"
    if lemma in lex.asking and any(
        c.dep_ == "dobj" and lemma_of(c) in lex.own_forces for c in token.children
    ):
        return None  # "ordered troops to fire": the order is the act (coded below it)
    if lemma in lex.asking and any(c.dep_ == "dobj" for c in token.children):
        if any(
            c.pos_ in ("VERB", "AUX")
            and (c.dep_ == "xcomp" or c.dep_ == "advcl" and to_infinitive(c))
            for c in token.children
        ):  # "pressed Iran to stop", "pressed Belgrade on Tuesday to pull" (an advcl)
            return Candidate(token, Code("REQUEST"), token, "verb")
    if lemma in contacts.consult_verbs and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in token.children
    ):
        return Candidate(token, Code("AGREE"), token, "verb")  # "would meet him if": an offer
    if lemma in lex.assuring and any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in modals.TO_COME for a in c.children)
        for c in token.children
    ):
        return Candidate(token, Code("AGREE"), token, "verb")  # "assured the IMF it would"
    code = lex.verbs.get(lemma)
    if code is None and lemma not in lex.objects:
        lemma = _unprefixed(lemma, lex)
        code = lex.verbs.get(lemma)
    if lemma != lemma_of(token) and other_sense(token, lemma, lex):
        return None  # a verb of repetition in another sense ("re-released a statement")
    if code is None or lemma in lex.objects and lemma not in _STANDALONE:
        return None
    if lemma in PERSON_OBJECT_VERBS and any(
        o.ent_type_ == "PERSON" or o.lower_ in ("him", "her") for o in objects_of(token)
    ):
        return None  # "welcomed Macron": a contact
    if lemma in contacts.consult_verbs and lemma not in PERSON_OBJECT_VERBS:
        return None  # contacts are coded by extract.py ("welcomed Macron" is one too, above)
    if lemma in lex.needs_object and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in token.children
    ):
        return None  # "sought to ease tensions": an attempt, no request
    if lemma == "commit" and token.tag_ == "VBN" and not commits_to_act(token):
        return None  # "is committed to economic growth": a stance, no undertaking
    if lemma in lex.risk_verbs and at_risk(token, lex):
        return Candidate(token, code, token, "statement")  # "the crisis threatens to spread"
    if is_statement(token, lemma, lex):  # "denied any involvement", "agreed that the crisis
        return Candidate(token, code, token, "statement")  # was serious": frames, codes nothing
    if blames_a_cause(token, lex):  # "blamed the crash on a technical fault": explains
        return Candidate(token, code, token, "statement")
    if code.event == "REJECT" and refuses_to_speak(token, lex):
        return None  # "declined to comment": no refusal of anything
    if code.event == "PROTEST" and reports(token):
        return Candidate(token, Code("ACCUSE", "disapprove"), token, "verb")
    if lemma == "protest" and (lodged_with(token) or state_subject(token)):
        return Candidate(token, COMPLAINT, token, "verb")  # "protested to Japan": officially
    if (
        code.event == "ASSAULT"
        and lemma in lex.verbal_violence
        and (for_doing(token) or verbal_attack(token, lex))
    ):
        return Candidate(token, CRITICISM, token, "verb")  # "attacked the opposition for
        # obstructing the reforms", "attacked the minister over his remarks"
    if code.event in lex.hostile and code.context != "legal" and to_death(token):
        return Candidate(token, Code("ASSAULT"), token, "verb")  # "hacked to death"
    return Candidate(token, code, token, "verb")


def _situation_asks(token, lemma: str, lex: PloverLexicon) -> bool:
    """A request verb whose subject is a situation or a moment ("the situation demands
    restraint", "the moment calls for unity"): what is needed, asked by no one."""
    code = lex.verbs.get(lemma)
    asks = code is not None and code.event == "REQUEST" or lemma in lex.request_preps
    return asks and any(c.dep_ == "nsubj" and lemma_of(c) in lex.situations for c in token.children)


def _asks_object_for(verb, contacts) -> bool:
    """ "asked its allies for weapons": a "for" on the verb's object, not asking for talks."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" for o in prep.children)
        and not any(lemma_of(o) in contacts.request_objects for o in prep.children)
        for obj in verb.children
        if obj.dep_ == "dobj"
        for prep in obj.children
    )


def _for_clause(verb) -> bool:
    """ "pushed for the US to act": a clause marked by "for"."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in verb.children
    )


def _doers(verb) -> list:
    """The verb's subject, and the agent of a passive ("was hit by a rocket", "was raided by
    police"): who or what did it; with no subject, that of the verb whose complement it is
    ("demonstrators tried to storm the buffer zone")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "xcomp":
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return doers + [
        o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
    ]


def _subject_words(subj) -> list[str]:
    """A subject's words, and those of its "of" phrase with their modifiers ("the first
    deployment of peacekeeping troops")."""
    words = object_words(subj)
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [w for o in prep.children if o.dep_ == "pobj" for w in object_words(o)]
    return words


def _particle_objects(token, particle) -> list:
    """The verb's objects, and the object the parser gives its particle ("handed in their
    weapons", with "weapons" the object of "in")."""
    return objects_of(token) + [o for o in particle.children if o.dep_ == "pobj"]


def _departure(token, lex: PloverLexicon) -> bool:
    """ "withdrew from the talks", "pulled out of the treaty", "quit the alliance": a verb of
    leaving whose object, or the object of its "from" or "(out) of", is a forum."""
    if lemma_of(token) not in lex.departure_verbs:
        return False
    heads = [token, *(c for c in particles_of(token) if c.lower_ in ("out", "away"))]
    places = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return any(w in lex.forums for o in places for w in (o.lower_, lemma_of(o)))


def _armed_departure(token, lex: PloverLexicon) -> bool:
    """ "the last French troops left Niger", "Russian troops left the town of Bucha": armed
    men who leave a place withdraw from it (one named, or a town or a base by its noun); "troops
    left for the front" and "rebels left 12 people dead" name no place left."""
    if lemma_of(token) not in lex.armed_departure_verbs:
        return False
    armed = {w for w, code in lex.subjects.get("battle", {}).items() if code.event == "ASSAULT"}
    if not any(w in armed for s in _doers(token) for w in _subject_words(s)):  # crowds that
        # battle riot: "protesters began to leave the square" withdraw nothing
        return False
    places = [c for c in token.children if c.dep_ == "dobj"]
    return any(o.pos_ == "PROPN" or lemma_of(o) in lex.held_places for o in places)


def _mass_expulsion(token, lex: PloverLexicon) -> bool:
    """ "expelled thousands from their homes", "drove the villagers out of their homes": a
    verb of expelling whose "from" or "(out) of" is where people live (CAMEO 201)."""
    if lemma_of(token) not in lex.expelling:
        return False
    heads = [token, *(c for c in particles_of(token) if c.lower_ == "out")]
    places = [
        o
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "out")
        for o in (*prep.children, *(g for c in prep.children for g in c.children))
        if o.dep_ == "pobj"
    ]
    return any(o.lower_ in lex.homes or lemma_of(o) in lex.homes for o in places)


def _reneges(token, lex: PloverLexicon) -> bool:
    """ "broke its promise", "went back on their pledges", "reneged on the deal": a verb of
    reneging whose object, or the object of its "on", is something agreed."""
    if not phrasal_lemmas(token) & lex.reneging:
        return False
    heads = [token, *particles_of(token)]
    agreed = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for head in heads
        for prep in (head, *head.children)
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    codes = [lex.nouns.get(o.lower_) or lex.nouns.get(lemma_of(o)) for o in agreed]
    return any(code is not None and code.event == "AGREE" for code in codes)


def ending_code(phrasal: set[str], objects: list, lex: PloverLexicon, contacts) -> Code | None:
    """What a verb of ending does to its object: a restriction lifted ("suspended the
    curfew"), violence ended ("halted the offensive": de-escalation), a protest ended or a
    refusal dropped ("dropped its objection": CONCEDE), aid, cooperation or a contact ended
    or cancelled (reduced relations). A counting noun stands for what it counts ("put off
    the next round of negotiations"); a
    counted stretch of a contact that is not cancelled ran its course ("ended a round of
    talks", "ended two days of talks": the talks were held, the contact coder's)."""
    for counter in objects:
        obj = _counted(counter, lex, contacts)
        if obj is not counter and _contact_noun(obj, contacts) and not phrasal & lex.cancelling:
            continue
        for key in object_words(obj):
            if key in lex.objects["lift"]:
                return lex.objects["lift"][key]
        noun = lex.nouns.get(obj.lower_) or lex.nouns.get(lemma_of(obj))
        if noun is not None and noun.event == "ASSAULT":  # "halted the offensive"
            return lex.de_escalation
        if noun is not None and noun.event in ("PROTEST", "REJECT"):
            return Code("CONCEDE")  # "ended their strike", "dropped its objection": yields
        if noun is not None and noun.event in ("AID", "COOPERATE", "CONSULT"):
            return lex.reduction  # "ended aid"
        if obj.lower_ == "talks":  # "postponed the talks": a forum, as "negotiations"
            return lex.reduction
        if phrasal & lex.cancelling and lemma_of(obj) in contacts.consult_nouns:
            return lex.reduction  # "postponed a summit"
        if noun is not None and noun.event == "COERCE":  # "ended his house arrest"
            return Code("CONCEDE")
    return None


def _counted(noun, lex: PloverLexicon, contacts):
    """What a counting noun counts ("a round of negotiations", "a series of raids", "two
    days of talks"), else the noun itself."""
    lemma = lemma_of(noun)
    if lemma not in lex.quantity_nouns and lemma not in contacts.counting_nouns:
        return noun
    counted = prep_objects(noun, {"of"})
    return counted[0] if counted else noun


def _contact_noun(noun, contacts) -> bool:
    """A noun of contact ("talks", "a meeting", "negotiations")."""
    return noun.lower_ in ("talks", "negotiations") or lemma_of(noun) in contacts.consult_nouns


def _denied(noun) -> bool:
    """An object with "no" ("no deadline had been set", "imposed no restrictions"): nothing
    was done to it."""
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children)


_NOBODY = {"nobody", "none", "nothing", "no-one", "noone"}


def _nobody(noun) -> bool:
    """A subject that names no one: "nobody", "no one", a noun with "no" ("no protesters")."""
    return noun.lower_ in _NOBODY or _denied(noun)


def _nominal_participle(token) -> bool:
    """A participle used as a noun for people ("evacuated the wounded", "freed the
    detained"): a determiner, and the place of a noun."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "det" for c in token.children)
    )


# Verbs of `objects` that are events with any object too ("halted", "suspended", "cut").
_STANDALONE = {
    "halt",
    "suspend",
    "cut",
    "deny",
    "grant",
    "release",
    "withdraw",
    "violate",
    "rally",
    "allow",
    "permit",
    "occupy",
    "expel",
    "attack",
    "recognize",
    "recognise",
    "forgive",
    "lend",
    "boycott",
    "destroy",
    "vow",
    "pledge",
    "support",
    "blast",
    "fire",
    "brand",
    "reinforce",
}


# Words that begin as a verb of repetition would but are no repetition ("recommend").
_NOT_REPEATED = {"recommend", "refund"}


def _unprefixed(lemma: str, lex: PloverLexicon) -> str:
    """A verb of repetition read as its base verb: "recaptured", "re-arrested" and
    "redeployed" are captured, arrested, deployed again."""
    if lemma in _NOT_REPEATED:
        return lemma
    for prefix in ("re-", "re"):
        base = lemma.removeprefix(prefix)
        if base != lemma and len(base) >= 4 and base in lex.verbs:
            return base
    return lemma


def obligation_candidate(token, lex: PloverLexicon) -> Candidate | None:
    """A demand put on someone else: "said that China must drop barriers" (a modal of
    obligation, or a verb of necessity with its infinitive: "said the authorities need to
    lift the emergency law"), "demanded that Mugabe abandon the policy" (a mandative
    subjunctive: a base-form verb with its own subject after "that")."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ccomp", "acl", "relcl"):
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ in ("i", "we", "you"):
        return None
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    modal = any(c.lower_ in lex.modals for c in auxes)
    bare = not auxes if token.tag_ == "VB" else auxes and auxes[0].tag_ == "VB"
    if token.tag_ == "VBP" and not auxes and subjects[0].tag_ in ("NN", "NNP"):
        bare = True  # "insisted that Pakistan cooperate": a singular subject, no -s
    subjunctive = bare and any(  # "that Mugabe abandon", "that the vote be postponed"
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children
    )
    necessity = (
        token.lemma_ in lex.necessity
        and subjects[0].pos_ != "PRON"  # "Egypt said it needs to rebuild": its own need
        and any(c.dep_ == "xcomp" and to_infinitive(c) and _an_act(c, lex) for c in token.children)
    )  # "said the authorities need to lift the emergency law" ("has to import wheat": none)
    if not (modal or subjunctive or necessity):
        return None
    predicate = token
    for ancestor in list(token.ancestors)[:3]:  # "issued a warning that Iraq must ..."
        if ancestor.pos_ in ("VERB", "AUX"):
            predicate = ancestor
            break
    return Candidate(token, Code("REQUEST"), predicate, "obligation")


def _an_act(verb, lex: PloverLexicon) -> bool:
    """A verb the lexicon codes by itself or with its object ("stop", "lift the emergency
    law"; "reach the besieged town" is no act, "reach an agreement" one)."""
    lemma = lemma_of(verb)
    table = lex.objects.get(lemma, {})
    return (
        lemma in lex.verbs
        or lemma in lex.ending
        or any(key in table for o in objects_of(verb) for key in object_words(o))
    )


def _no_object(verb, particle) -> bool:
    """A phrasal verb with no object, active or passive: "a car packed with explosives blew
    up" (where "blew up the bridge" and "the bridge was blown up" have one)."""
    return not list(_particle_objects(verb, particle)) and not any(
        c.dep_ in ("dobj", "nsubjpass") for c in verb.children
    )
