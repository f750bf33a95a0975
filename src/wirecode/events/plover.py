"""PLOVER events other than diplomatic contacts: AGREE, SUPPORT, ..., ASSAULT.

The rules are data (`events/data/plover.yaml`); this module applies them to a parsed
sentence in four steps:

1. **Candidates.** A verb of the lexicon ("denounced", "arrested"), a verb with its particle
   ("blew up") or with its object ("imposed a curfew", "lifted sanctions", "opened fire"), a
   noun governed by a verb ("staged demonstrations", "launched an investigation"), a noun
   compound ("hunger strike", "car bomb"), and an obligation put on someone else ("said
   that China must drop barriers" → REQUEST).
2. **Frames.** A candidate governed by another one, through complements, purposes, objects
   or prepositions, is the content of that one and not an event of its own: "agreed to set
   up" is AGREE, "refused to lift the curfew" REJECT, "accused X of violating" ACCUSE.
   Coordinated verbs are events of their own ("kidnapped ... and exploded bombs").
3. **Status and intent.** The status comes from `wirecode.events.status.status_of`. PLOVER
   codes an expressed intent as a type of its own: a cooperative event told as planned or
   hypothetical is AGREE, a hostile one THREATEN, a cooperative one refused in the future
   tense ("would not meet their demands") REJECT.
4. **Participants.** The actors of the clause (`extract.participants`): the subject side is
   `actors`, the others `recipients`; a passive subject ("has been accused") is a recipient.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass, replace
from importlib import resources

import yaml

from wirecode.actors.mentions import ActorMention
from wirecode.events.lexicon import load as load_contacts
from wirecode.events.status import forms, status_of, to_infinitive
from wirecode.events.triggers import scope
from wirecode.nlp.views import parsed_stretches
from wirecode.records import ActorRef, Document, Mention

logger = logging.getLogger(__name__)

__all__ = [
    "Candidate",
    "PloverLexicon",
    "TYPES",
    "candidates",
    "combine_with_contacts",
    "load",
    "plover_mentions",
    "plover_reading",
]

TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STOP_CLIMB = {"conj", "parataxis"}  # coordinated clauses are events of their own
MAX_CLIMB = 10
PERSON_OBJECT_VERBS = {"welcome", "back", "support"}  # with a person object: contacts or praise
PASSIVE = {"nsubjpass", "csubjpass"}
SUBJECTS = {"nsubj", "dep"}  # "youths resorted to ..., officials said": two subjects
CONDITIONS = {"if", "unless", "whether"}
TEMPORAL = {"after", "since", "before", "until", "when", "while", "as"}  # a clause of time
# verbs whose "under" is a state undergone, not a framing ("came under fire", "was put under
# investigation"); elsewhere "under an agreement" names the terms, background
UNDERGOING_STATES = {"come", "be", "remain", "fall", "put", "place", "keep", "bring", "go"}
GOVERNMENT_BODIES = {"government", "ministry", "kremlin", "embassy", "cabinet", "administration"}
ORDERS = {"order", "instruct"}  # orders, not appeals: their content is what they impose
RESPONSES = {"respond", "reply", "react", "answer"}  # what they answer is background
FRAMING = {"after", "following", "since", "amid", "despite", "before", "during", "until"}
LIGHT_DEPS = {"dobj", "attr", "pobj"}  # "staged a rally to ...", "went on strike to ..."
ATTEMPTS = {"try", "attempt"}  # "tried to hack": PLOVER codes the attempt as the event


@dataclass(frozen=True, slots=True)
class Code:
    """A PLOVER type with its mode and context, as written in the lexicon."""

    event: str
    mode: str | None = None
    context: str | None = None


def parse_code(text: str) -> Code:
    """ "ASSAULT/heavy-weapons +military" → Code("ASSAULT", "heavy-weapons", "military")."""
    words = str(text).split()
    event, _, mode = words[0].partition("/")
    context = next((w[1:] for w in words[1:] if w.startswith("+")), None)
    if event not in TYPES:
        raise ValueError(f"unknown PLOVER type in plover.yaml: {text!r}")
    return Code(event, mode or None, context)


@dataclass(frozen=True, slots=True)
class PloverLexicon:
    verbs: dict[str, Code]
    particles: dict[tuple[str, str], Code]
    nouns: dict[str, Code]
    compounds: dict[tuple[str, ...], Code]
    light_nouns: frozenset[str]
    nominalisations: dict[str, str]
    documents: frozenset[str]
    background_of: frozenset[str]
    quantity_nouns: frozenset[str]
    request_nouns: frozenset[str]
    appeals: frozenset[str]
    other_senses: dict[str, frozenset[str]]
    objects: dict[str, dict[str, Code]]
    prep_objects: dict[str, dict[str, Code]]
    subjects: dict[str, dict[str, Code]]
    ending: frozenset[str]
    departure_verbs: frozenset[str]
    forums: frozenset[str]
    departure: Code
    reneging: frozenset[str]
    expelling: frozenset[str]
    homes: frozenset[str]
    expulsion: Code
    de_escalation: Code
    reduction: Code
    cooperative: frozenset[str]
    hostile: frozenset[str]
    refusal_aux: frozenset[str]
    acceptance: frozenset[str]
    commissive: frozenset[str]
    deliberation: frozenset[str]
    intention_nouns: frozenset[str]
    allegations: frozenset[str]
    undergoing: frozenset[str]
    harms: frozenset[str]
    rallying: dict[str, Code]
    request_preps: dict[str, frozenset[str]]
    asking: frozenset[str]
    own_forces: frozenset[str]
    assembling: frozenset[str]
    purposes: frozenset[str]
    intolerance: frozenset[str]
    judging: frozenset[str]
    disapproval: frozenset[str]
    promising: frozenset[str]
    promises: frozenset[str]
    assuring: frozenset[str]
    modals: frozenset[str]
    contexts: dict[str, frozenset[str]]
    lemma_fixes: dict[str, str]
    natural_causes: frozenset[str]
    speech: frozenset[str]
    denial_verbs: frozenset[str]
    denial_objects: frozenset[str]
    accord_verbs: frozenset[str]
    promise_aux: frozenset[str]
    needs_object: frozenset[str]
    cancelling: frozenset[str]
    warning_verbs: frozenset[str]
    warning_threats: frozenset[str]
    fingerprint: str


@functools.cache
def load() -> PloverLexicon:
    """The lexicon of `events/data/plover.yaml`, read once."""
    text = resources.files("wirecode.events").joinpath("data/plover.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return PloverLexicon(
        verbs={k: parse_code(v) for k, v in data["verbs"].items()},
        particles={tuple(k.split()): parse_code(v) for k, v in data["particles"].items()},
        nouns={k: parse_code(v) for k, v in data["nouns"].items()},
        compounds={tuple(k.split()): parse_code(v) for k, v in data["compounds"].items()},
        light_nouns=frozenset(data["light_nouns"]),
        nominalisations=dict(data["nominalisations"]),
        documents=frozenset(data["documents"]),
        background_of=frozenset(data["background_of"]),
        quantity_nouns=frozenset(data["quantity_nouns"]),
        request_nouns=frozenset(data["requests"]["nouns"]),
        appeals=frozenset(data["requests"]["appeals"]),
        other_senses={k: frozenset(v) for k, v in data["other_senses"].items()},
        objects={
            verb: {obj: parse_code(code) for obj, code in table.items()}
            for verb, table in data["objects"].items()
        },
        prep_objects={
            verb: {obj: parse_code(code) for obj, code in table.items()}
            for verb, table in data["prep_objects"].items()
        },
        subjects={
            verb: {subj: parse_code(code) for subj, code in table.items()}
            for verb, table in data["subjects"].items()
        },
        ending=frozenset(data["ending"]),
        departure_verbs=frozenset(data["departures"]["verbs"]),
        forums=frozenset(data["departures"]["forums"]),
        departure=parse_code(data["departures"]["code"]),
        reneging=frozenset(data["reneging"]),
        expelling=frozenset(data["expulsions"]["verbs"]),
        homes=frozenset(data["expulsions"]["homes"]),
        expulsion=parse_code(data["expulsions"]["code"]),
        de_escalation=parse_code(data["de_escalation"]),
        reduction=parse_code(data["reduction"]),
        cooperative=frozenset(data["intent"]["cooperative"]),
        hostile=frozenset(data["intent"]["hostile"]),
        refusal_aux=frozenset(data["intent"]["refusal_aux"]),
        acceptance=frozenset(data["intent"]["acceptance"]),
        commissive=frozenset(data["intent"]["commissive"]),
        deliberation=frozenset(data["intent"]["deliberation"]),
        intention_nouns=frozenset(data["intent"]["nouns"]),
        allegations=frozenset(data["allegations"]["verbs"]),
        undergoing=frozenset(data["undergoing"]),
        harms=frozenset(data["allegations"]["harms"]),
        rallying={k: parse_code(v) for k, v in data["rallying"].items()},
        request_preps={k: frozenset(v) for k, v in data["requests"]["prepositions"].items()},
        asking=frozenset(data["requests"]["asking"]),
        own_forces=frozenset(data["requests"]["own_forces"]),
        assembling=frozenset(data["assembling"]["verbs"]),
        purposes=frozenset(data["assembling"]["purposes"]),
        intolerance=frozenset(data["intent"]["intolerance"]),
        judging=frozenset(data["judgements"]["verbs"]),
        disapproval=frozenset(data["judgements"]["disapproval"]),
        promising=frozenset(data["intent"]["promising"]),
        promises=frozenset(data["intent"]["promises"]),
        assuring=frozenset(data["intent"]["assuring"]),
        modals=frozenset(data["obligation"]["modals"]),
        contexts={k: frozenset(v) for k, v in data["contexts"].items()},
        lemma_fixes=dict(data["lemma_fixes"]),
        natural_causes=frozenset(data["natural_causes"]),
        speech=frozenset(data["speech"]),
        denial_verbs=frozenset(data["denials"]["verbs"]),
        denial_objects=frozenset(data["denials"]["objects"]),
        accord_verbs=frozenset(data["accord"]["verbs"]),
        promise_aux=frozenset(data["accord"]["promise_aux"]),
        needs_object=frozenset(data["needs_object"]),
        cancelling=frozenset(data["cancelling"]),
        warning_verbs=frozenset(data["warnings"]["verbs"]),
        warning_threats=frozenset(data["warnings"]["threats"]),
        fingerprint=hashlib.sha256(text.encode()).hexdigest()[:12],
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place in a sentence that reports a PLOVER event."""

    token: object  # spaCy Token: the trigger
    code: Code
    predicate: object  # the verb that carries tense and subject
    rule: str  # verb | particle | object | subject | noun | compound | obligation | statement


def _lemma(token) -> str:
    """The token's lemma, where spaCy's is wrong the lexicon's ("raped" -> "rape"), with the
    prefix "co-" the tokenizer split off ("co-operated" -> "cooperate")."""
    lemma = load().lemma_fixes.get(token.lower_) or token.lemma_.lower()
    if _hyphen_prefix(token) == "co":
        return "co" + lemma
    return lemma


def _hyphen_prefix(token) -> str | None:
    """The word the tokenizer split off before a hyphen ("cease" of "cease-fire")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "":
        if doc[i - 2].whitespace_ == "":
            return doc[i - 2].lower_
    return None


def _joined(token) -> list[str]:
    """A hyphenated word the tokenizer split, written both ways ("cease-fire", "ceasefire")."""
    prefix = _hyphen_prefix(token)
    if prefix is None:
        return []
    return [f"{prefix}-{token.lower_}", f"{prefix}{token.lower_}"]


def _objects(token) -> list:
    """Direct objects, passive subjects, and objects of a particle-less preposition-less verb."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
    found += [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "NOUN"]  # "took
    # three foreigners hostage": a noun complement of the object
    found += [c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]  # "found
    # the colonel guilty", parsed as a small clause: its adjective names the act
    found += [  # "allowed the inspectors to return": the subject the parser gives the
        s  # infinitive is the verb's object
        for c in token.children
        if c.dep_ == "ccomp" and to_infinitive(c)
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")
    ]
    if not found and (shifted := _shifted_object(token)) is not None:
        found.append(shifted)
    for child in list(found):
        found.extend(c for c in child.children if c.dep_ == "conj")
    return found


def _shifted_object(token):
    """An object moved after a "by" phrase ("shortened by one hour the nightly curfew"), which
    the parser reads as an agent of the active verb: the noun right after the phrase."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None
    for word in token.doc[agent.right_edge.i + 1 : agent.right_edge.i + 5]:
        if word.pos_ == "NOUN":
            return word
        if word.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _object_words(obj) -> list[str]:
    """An object's words, and those of its "of" phrase ("a state of emergency", "dollars of
    aid"); first the noun with its modifier, which is more specific ("held joint exercises"
    is cooperation where "held exercises" is a show of force)."""
    words = [
        f"{c.lower_} {obj.lower_}"
        for c in obj.children
        if c.dep_ in ("amod", "compound") and c.i < obj.i
    ]
    words += [*_joined(obj), obj.lower_, _lemma(obj)]
    words += [  # "held the rebels responsible", "found the colonel guilty": a predicate
        c.lower_ for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"
    ]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [w for o in prep.children if o.dep_ == "pobj" for w in (o.lower_, _lemma(o))]
    return words


def _subject_words(subj) -> list[str]:
    """A subject's words, and those of its "of" phrase with their modifiers ("the first
    deployment of peacekeeping troops")."""
    words = _object_words(subj)
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [w for o in prep.children if o.dep_ == "pobj" for w in _object_words(o)]
    return words


def _phrase_code(noun, lex: PloverLexicon) -> Code | None:
    """A noun with its compound or adjective ("hunger strike") or "state of emergency"."""
    lemma, text = _lemma(noun), noun.lower_
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i < noun.i:
            for key in ((child.lower_, text), (child.lower_, lemma)):
                if key in lex.compounds:
                    return lex.compounds[key]
    if noun.head.lower_ == "of" and noun.head.head.i != noun.i:
        key = (noun.head.head.lower_, "of", text)
        if key in lex.compounds:
            return lex.compounds[key]
    return None


def _particles(token) -> list:
    """The verb's particles, also where the parser read one as a preposition or adverb right
    after the verb ("walked out of parliament", "pulled back") or "out of" after the object
    ("forced the agency out of the country")."""
    return [
        c
        for c in token.children
        if c.dep_ == "prt"
        or c.dep_ in ("prep", "advmod")
        and c.i == token.i + 1
        or c.dep_ == "advmod"  # "pulled its troops back": a particle after the object
        and c.lower_ in _LATE_PARTICLES
        and any(o.dep_ == "dobj" and o.i < c.i for o in token.children)
        or c.dep_ == "prep"
        and c.lower_ == "out"
        and any(o.lower_ == "of" for o in c.children)
    ]


_LATE_PARTICLES = {"back", "out", "off", "away", "down"}


def _particle_objects(token, particle) -> list:
    """The verb's objects, and the object the parser gives its particle ("handed in their
    weapons", with "weapons" the object of "in")."""
    return _objects(token) + [o for o in particle.children if o.dep_ == "pobj"]


def _departure(token, lex: PloverLexicon) -> bool:
    """ "withdrew from the talks", "pulled out of the treaty", "quit the alliance": a verb of
    leaving whose object, or the object of its "from" or "(out) of", is a forum."""
    if _lemma(token) not in lex.departure_verbs:
        return False
    heads = [token, *(c for c in _particles(token) if c.lower_ in ("out", "away"))]
    places = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return any(w in lex.forums for o in places for w in (o.lower_, _lemma(o)))


# A weapon tested is a show of force (CAMEO 150), not an attack.
_TEST = Code("MOBILIZE", "troops", "military")


def _mass_expulsion(token, lex: PloverLexicon) -> bool:
    """ "expelled thousands from their homes", "drove the villagers out of their homes": a
    verb of expelling whose "from" or "(out) of" is where people live (CAMEO 201)."""
    if _lemma(token) not in lex.expelling:
        return False
    heads = [token, *(c for c in _particles(token) if c.lower_ == "out")]
    places = [
        o
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "out")
        for o in (*prep.children, *(g for c in prep.children for g in c.children))
        if o.dep_ == "pobj"
    ]
    return any(o.lower_ in lex.homes or _lemma(o) in lex.homes for o in places)


def _reneges(token, lex: PloverLexicon) -> bool:
    """ "broke its promise", "went back on their pledges", "reneged on the deal": a verb of
    reneging whose object, or the object of its "on", is something agreed."""
    words = {_lemma(token), *(f"{_lemma(token)} {c.lower_}" for c in _particles(token))}
    if not words & lex.reneging:
        return False
    heads = [token, *_particles(token)]
    agreed = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for head in heads
        for prep in (head, *head.children)
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    codes = [lex.nouns.get(o.lower_) or lex.nouns.get(_lemma(o)) for o in agreed]
    return any(code is not None and code.event == "AGREE" for code in codes)


def _ending_code(phrasal: set[str], objects: list, lex: PloverLexicon, contacts) -> Code | None:
    """What a verb of ending does to its object: a restriction lifted ("suspended the
    curfew"), violence ended ("halted the offensive": de-escalation), a protest ended
    (CONCEDE), aid, cooperation or a contact ended or cancelled (reduced relations)."""
    for obj in objects:
        for key in _object_words(obj):
            if key in lex.objects["lift"]:
                return lex.objects["lift"][key]
        noun = lex.nouns.get(obj.lower_) or lex.nouns.get(_lemma(obj))
        if noun is not None and noun.event == "ASSAULT":  # "halted the offensive"
            return lex.de_escalation
        if noun is not None and noun.event == "PROTEST":  # "ended their strike"
            return Code("CONCEDE")
        if noun is not None and noun.event in ("AID", "COOPERATE", "CONSULT"):
            return lex.reduction  # "ended aid"
        if obj.lower_ == "talks":  # "postponed the talks": a forum, as "negotiations"
            return lex.reduction
        if phrasal & lex.cancelling and _lemma(obj) in contacts.consult_nouns:
            return lex.reduction  # "postponed a summit"
        if noun is not None and noun.event == "COERCE":  # "ended his house arrest"
            return Code("CONCEDE")
    return None


def _nominal_code(noun, lex: PloverLexicon) -> Code | None:
    """A verb of the lexicon named by its noun, read with its "of" object as the verb with
    its object: "the lifting of sanctions", "the suspension of aid", "the closure of three
    newspapers"."""
    verb = lex.nominalisations.get(_lemma(noun)) or lex.nominalisations.get(noun.lower_)
    if verb is None or noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None  # "announced the lifting of", "the closure of ... was ordered"
    objects = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    table = lex.objects.get(verb, {})
    for key in (k for o in objects for k in _object_words(o)):
        if key in table:
            return table[key]
    if verb in lex.ending:
        return _ending_code({verb}, objects, lex, load_contacts())
    return None


def _verb_candidate(token, lex: PloverLexicon, contacts) -> Candidate | None:
    lemma = _lemma(token)
    if _nominal_participle(token):
        return None  # "evacuated the wounded": people, not an event
    if _departure(token, lex):
        return Candidate(token, lex.departure, token, "object")
    if _mass_expulsion(token, lex):
        return Candidate(token, lex.expulsion, token, "object")
    if lemma == "fire" and token.i >= 2 and token.doc[token.i - 2].lower_ == "test":
        return Candidate(token, _TEST, token, "verb")  # "test-fired a missile": a show of force
    if _reneges(token, lex):
        return Candidate(token, Code("REJECT", "yield"), token, "object")
    for child in _particles(token):
        table = lex.objects.get(f"{lemma} {child.lower_}", {})
        for key in (k for obj in _particle_objects(token, child) for k in _object_words(obj)):
            if key in table:  # "handed over the suspects": the object decides
                return Candidate(token, table[key], token, "object")
        if (lemma, child.lower_) in lex.particles:
            return Candidate(token, lex.particles[(lemma, child.lower_)], token, "particle")
    for prep in (c for c in token.children if c.dep_ == "prep"):
        table = lex.prep_objects.get(f"{lemma} {prep.lower_}", {})
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words = _object_words(obj)  # "put its forces on a state of alert"
            code = next((table[w] for w in words if w in table), None) or table.get("*")
            if code is not None:  # "took to the streets", "balked at the plan"
                return Candidate(token, code, token, "object")
    table = lex.objects.get(lemma)
    if table:
        for obj in (o for o in _objects(token) if not _denied(o)):
            for key in _object_words(obj):
                if key in table:
                    return Candidate(token, table[key], token, "object")
    table = lex.subjects.get(lemma, {})
    for subj in (c for c in token.children if c.dep_ == "nsubj" and table):
        for key in _subject_words(subj):
            if key in table:  # "peacekeeping troops arrived": who arrives is the event
                return Candidate(token, table[key], token, "subject")
    phrasal = {lemma, *(f"{lemma} {c.lower_}" for c in _particles(token))}
    if phrasal & lex.ending:  # "suspended the curfew", "revoked the ban": as "lifted"
        code = _ending_code(phrasal, _objects(token), lex, contacts)
        if code is not None:
            return Candidate(token, code, token, "object")
        for verb in (c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"):
            code = lex.verbs.get(_lemma(verb))
            if code is not None and code.event == "ASSAULT":  # "stopped fighting"
                return Candidate(token, lex.de_escalation, token, "object")
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in lex.request_preps.get(lemma, ()):
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if any(_lemma(o) in contacts.request_objects for o in objects):
                return None  # "called for talks": a contact request (extract.py)
            return Candidate(token, Code("REQUEST"), token, "verb")
    if "for" in lex.request_preps.get(lemma, ()) and any(  # "asked its allies for weapons"
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(o.dep_ == "pobj" for o in prep.children)
        and not any(_lemma(o) in contacts.request_objects for o in prep.children)
        for obj in token.children
        if obj.dep_ == "dobj"
        for prep in obj.children
    ):
        return Candidate(token, Code("REQUEST"), token, "verb")
    if "for" in lex.request_preps.get(lemma, ()) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in token.children
    ):
        return Candidate(token, Code("REQUEST"), token, "verb")  # "pushed for the US to act"
    if lemma == "ask" and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        if not any(c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ") for c in token.children):
            return Candidate(token, Code("REQUEST"), token, "verb")
    if lemma in lex.assembling and any(
        c.dep_ in ("advcl", "xcomp") and _lemma(c) in lex.purposes and to_infinitive(c)
        for c in token.children
    ):
        return Candidate(token, Code("PROTEST", "demo"), token, "verb")  # "gathered to demand"
    if lemma in lex.asking and any(
        c.dep_ == "dobj" and _lemma(c) in lex.own_forces for c in token.children
    ):
        return None  # "ordered troops to fire": the order is the act (coded below it)
    if lemma in lex.asking and any(c.dep_ == "dobj" for c in token.children):
        if any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children):
            return Candidate(token, Code("REQUEST"), token, "verb")  # "pressed Iran to stop"
    if lemma in contacts.consult_verbs and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in token.children
    ):
        return Candidate(token, Code("AGREE"), token, "verb")  # "would meet him if": an offer
    if lemma in lex.assuring and any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in c.children)
        for c in token.children
    ):
        return Candidate(token, Code("AGREE"), token, "verb")  # "assured the IMF it would"
    code = lex.verbs.get(lemma)
    if code is None and lemma not in lex.objects:
        lemma = _unprefixed(lemma, lex)
        code = lex.verbs.get(lemma)
    if _other_sense(token, lemma, lex):
        return None  # "released a statement", "fired the defence minister"
    if code is None or lemma in lex.objects and lemma not in _STANDALONE:
        return None
    if lemma in PERSON_OBJECT_VERBS and any(
        o.ent_type_ == "PERSON" or o.lower_ in ("him", "her") for o in _objects(token)
    ):
        return None  # "welcomed Macron": a contact
    if lemma in contacts.consult_verbs and lemma not in PERSON_OBJECT_VERBS:
        return None  # contacts are coded by extract.py ("welcomed Macron" is one too, above)
    if lemma == "pull":
        return None  # only "pulled out" and "pulled back" (particles, above)
    if lemma in lex.needs_object and not any(c.dep_ == "dobj" for c in token.children):
        return None  # "sought to ease tensions": an attempt, no request
    if lemma == "commit" and token.tag_ == "VBN" and not _commits_to_act(token):
        return None  # "is committed to economic growth": a stance, no undertaking
    if _statement(token, lemma, lex):  # "denied any involvement", "agreed that the crisis
        return Candidate(token, code, token, "statement")  # was serious": frames, codes nothing
    if code.event == "REJECT" and _refuses_to_speak(token, lex):
        return None  # "declined to comment": no refusal of anything
    if code.event == "PROTEST" and _reports(token):
        return Candidate(token, Code("ACCUSE", "disapprove"), token, "verb")
    if lemma == "protest" and (_lodged_with(token) or _state_subject(token)):
        return Candidate(token, _COMPLAINT, token, "verb")  # "protested to Japan": officially
    if code.event == "ASSAULT" and _for_doing(token):
        return Candidate(token, Code("ACCUSE", "disapprove"), token, "verb")  # "attacked the
    return Candidate(token, code, token, "verb")  # opposition for obstructing the reforms"


# Where `plover_mentions` leaves the token indices of a document's appeals and statements
# for `combine_with_contacts` (no mentions, but they frame the contacts they speak of).
APPEALS_KEY = "wirecode.plover.appeals"


# A protest lodged with someone ("protested to Japan over the textbook") is an official
# complaint (CAMEO 114), not a demonstration.
_COMPLAINT = Code("ACCUSE", "allege", "diplomatic")


def _lodged_with(verb) -> bool:
    """ "protested to Japan", "protested to the United Nations": a "to" whose object names a
    party (a proper name), not a place on the way."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "to" and o.dep_ == "pobj" and o.pos_ == "PROPN"
        for prep in verb.children
        for o in prep.children
    )


def _state_subject(verb) -> bool:
    """A state or government protests officially ("China protested strongly against the
    sale"), where people protest in the streets: a subject that is a country or capital
    standing for its government, or a government body."""
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or _lemma(c) in GOVERNMENT_BODIES)
        for c in verb.children
    )


def _for_doing(verb) -> bool:
    """A verb of violence given a reason in a gerund is a verbal attack ("attacked the
    opposition for obstructing the reforms"; the parser may hang the "for" on the object)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
        for head in heads
        for p in head.children
    )


def _commits_to_act(verb) -> bool:
    """ "is committed to withdrawing", "committed itself to hold talks": an act promised."""
    return any(
        c.dep_ in ("xcomp", "pcomp", "dobj")
        or c.dep_ == "prep"
        and any(g.pos_ == "VERB" for g in c.children)
        for c in verb.children
    )


def _statement(verb, lemma: str, lex: PloverLexicon) -> bool:
    """A denial of responsibility (CAMEO 016) or accord expressed (019): statements, no
    PLOVER event. "denied that its troops had shelled the village", "denied the reports";
    "agreed that the crisis should be resolved peacefully" (a clause without a promise)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if lemma in lex.denial_verbs:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return (
            bool(clauses)
            and not objects
            or any(
                o.lower_ in lex.denial_objects or _lemma(o) in lex.denial_objects for o in objects
            )
        )
    if lemma in lex.accord_verbs and clauses:
        if any(c.dep_ in ("xcomp", "prep") for c in verb.children):
            return False  # "agreed to withdraw", "agreed on a ceasefire"
        return not any(
            a.dep_ == "aux" and a.lower_ in lex.promise_aux for c in clauses for a in c.children
        )
    return False


def _refuses_to_speak(verb, lex: PloverLexicon) -> bool:
    """ "declined to comment", "refused to say whether", "declined comment"."""
    return any(
        c.dep_ in ("xcomp", "dobj") and (_lemma(c) in lex.speech or c.lower_ in lex.speech)
        for c in verb.children
    )


def _natural_cause(token, lex: PloverLexicon) -> bool:
    """Harm done by nature or accident ("the storm killed 20 people", "were killed in a
    landslide", "floods forced thousands from their homes"): the subject, the "by" agent or
    the "in" of the verb names a cause that is no actor."""
    causes = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
    causes += [
        o
        for p in token.children
        if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ in ("in", "by")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(c.lower_ in lex.natural_causes or _lemma(c) in lex.natural_causes for c in causes)


def _denied(noun) -> bool:
    """An object with "no" ("no deadline had been set", "imposed no restrictions"): nothing
    was done to it."""
    return any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in noun.children)


def _nominal_participle(token) -> bool:
    """A participle used as a noun for people ("evacuated the wounded", "freed the
    detained"): a determiner, and the place of a noun."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and any(c.dep_ == "det" for c in token.children)
    )


def _other_sense(token, lemma: str, lex: PloverLexicon) -> bool:
    """The verb's object gives it a sense that is no event: "released a statement" publishes,
    "fired the minister" dismisses, "executed the plan" carries it out."""
    senses = lex.other_senses.get(lemma)
    if not senses:
        return False
    clause = token.doc[token.left_edge.i : token.right_edge.i + 1].text
    if "SCORE" in senses and _SCORE.search(clause):
        return True  # "beat Chelsea 2-1": a match
    return any(
        obj.lower_ in senses
        or _lemma(obj) in senses
        or "PERSON" in senses
        and obj.ent_type_ == "PERSON"
        for obj in _objects(token)
    )


_SCORE = re.compile(r"\b\d{1,3} ?- ?\d{1,3}\b")


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


def _reports(verb) -> bool:
    """A verb used to report words ("..., a rights group protested"): it governs a clause or
    stands after the clause it reports."""
    return (
        any(c.dep_ == "ccomp" for c in verb.children)
        or verb.dep_ == "parataxis"
        or _closing_report(verb)
    )


def _closing_report(verb) -> bool:
    """A reporting clause that closes the sentence, misparsed as a participle of the noun
    before it ("..., refugees, a rights group protested here Wednesday."): the verb ends
    the sentence with adverbs only, after an apposition."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ != "appos":
        return False
    if any(c.dep_ not in ("advmod", "npadvmod", "punct") for c in verb.children):
        return False
    rest = verb.doc[verb.i + 1 : verb.sent.end]
    return all(t.is_punct or t.head.i == verb.i for t in rest)


def _reported_clause(verb) -> bool:
    """A clause reported by a closing "..., officials said", misparsed as a participle of its
    own subject ("Palestinian youths resorted to throwing stones ..., officials said"): the
    noun carrying the participle hangs from a verb whose own subject comes after it."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.head.dep_ not in SUBJECTS:
        return False
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.head.head.children)


def _noun_candidate(token, lex: PloverLexicon) -> Candidate | None:
    if token.pos_ == "PROPN" and token.ent_type_ in ("DATE", "TIME"):
        return None  # "in March": a month, no march
    if any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return None  # "any attack on its territory would be met": none has happened
    if _described(token):
        return None  # "said the protests had been largely peaceful": a comment on them
    code = _phrase_code(token, lex)
    rule = "compound"
    if code is None:
        code = next((lex.nouns[w] for w in _joined(token) if w in lex.nouns), None)
        code = code or lex.nouns.get(token.lower_) or lex.nouns.get(_lemma(token))
        rule = "noun"
    if code is None and _lemma(token) in lex.request_nouns:
        code = _asked_for(token, lex)
    if code is None:
        code = _nominal_code(token, lex)  # "announced the lifting of sanctions"
    if code is None:
        return None
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and _lemma(token.head.head) in (lex.background_of)
    ):
        return None  # "victims of the fighting": people, the fighting background
    anchor = token  # the noun whose place in the clause tells whether the event happens
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and ((token.head.head.lower_, "of", token.lower_) in lex.compounds)
    ):
        anchor = token.head.head  # "staged a show of force": the phrase's head noun
    if token.dep_ == "compound":
        if _lemma(token.head) not in lex.light_nouns:
            return None  # "protest leaders", "aid workers"
        anchor = token.head  # "an aid package", "a mediation mission": the event itself
    if (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ == "of"
        and _lemma(anchor.head.head) in lex.quantity_nouns
    ):
        anchor = anchor.head.head  # "a wave of arrests", "a series of bombings": the events
    head = anchor.head
    if anchor.dep_ == "ROOT":
        return Candidate(token, code, token, rule)  # a headline: "Clashes in Kirkuk"
    climb = anchor
    while climb.dep_ in ("pobj", "prep", "agent") and climb.head.i != climb.i:
        climb = climb.head  # "killed in a car bomb explosion": the verb above the preposition
    verb = climb if climb.pos_ in ("VERB", "AUX") else None
    if verb is None and head.pos_ in ("VERB", "AUX"):
        verb = head
    if verb is None:
        return None  # "the demonstration's organisers", "an offer of talks" stays a noun
    return Candidate(token, code, verb, rule)


COPULAS = {"be", "remain", "seem", "appear", "prove", "become"}


def _described(noun) -> bool:
    """A known event described, not reported: the subject, with a definite determiner or
    possessor, of a copula with a complement ("the attack was a reminder of the dangers",
    "the curfew would remain in force"). "There was fighting" and passives stay events."""
    head = noun.head
    return (
        noun.dep_ == "nsubj"
        and _lemma(head) in COPULAS
        and any(c.dep_ in ("attr", "acomp", "prep") for c in head.children)
        and any(
            c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
            for c in noun.children
        )
    )


def _asked_for(noun, lex: PloverLexicon) -> Code | None:
    """ "renewed its call for a ceasefire", "calls for the president to resign": a noun that
    is a request only with what it asks for ("calls for talks" are the contact coder's)."""
    contacts = load_contacts()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects and not any(_lemma(o) in contacts.request_objects for o in objects):
                return Code("REQUEST")
        if child.dep_ in ("acl", "relcl", "advcl") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in child.children
        ):
            return Code("REQUEST")
    return None


def _obligation(token, lex: PloverLexicon) -> Candidate | None:
    """A demand put on someone else: "said that China must drop barriers" (a modal of
    obligation), "demanded that Mugabe abandon the policy" (a mandative subjunctive: a
    base-form verb with its own subject after "that")."""
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
    if not (modal or subjunctive):
        return None
    predicate = token
    for ancestor in list(token.ancestors)[:3]:  # "issued a warning that Iraq must ..."
        if ancestor.pos_ in ("VERB", "AUX"):
            predicate = ancestor
            break
    return Candidate(token, Code("REQUEST"), predicate, "obligation")


def _background(token) -> bool:
    """Told as background, not as news: in a relative clause or a participle modifying a
    noun ("the curfew imposed in Sudan", "observers who were taken hostage"), in a framing
    phrase or clause of time ("following the peace deal", "after days of fighting", "after
    police arrested him", "as battles raged"), or in a condition ("if it is attacked": the
    condition of a promise or threat)."""
    current = token
    if token.pos_ == "VERB" and token.dep_ == "amod":
        return True  # "the alleged violations", "the banned movement": a description
    if _closing_report(token):
        return False
    for _ in range(MAX_CLIMB):
        if current.pos_ in ("VERB", "AUX") and (
            current.dep_ == "relcl" or current.dep_ == "acl" and current.tag_ in ("VBN", "VBG")
        ):
            if current.tag_ == "VBG" and _lemma(current.head) in load().documents:
                return False  # "issued a report accusing the army": what the report does
            return not _reported_clause(current)
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "killed or wounded" shares its head's background
            continue
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONS | TEMPORAL for c in current.children
        ):
            return True
        if current.dep_ in ("ccomp", "csubj") and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in current.children
        ):
            return True  # "it was not clear whether the army would withdraw": an open question
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "to"
            and _lemma(current.head.head) in RESPONSES
        ):
            return True  # "failed to respond to the rebels' demands": made before, background
        if current.dep_ == "pobj" and current.head.lower_ in FRAMING:
            return True
        if (
            current.dep_ == "pobj"
            and current.head.lower_ == "under"
            and _lemma(current.head.head) not in UNDERGOING_STATES
        ):
            return True  # "under an agreement signed last year": its terms ("came under fire")
        if (
            current.dep_ == "dobj"
            and current.head.dep_ == "prep"
            and current.head.lower_ in FRAMING
        ):
            return True  # "following mass protests", parsed as a verb with its object
        if current.dep_ in STOP_CLIMB or current.head.i == current.i:
            return False
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("xcomp", "advcl", "pcomp"):
            return False
        current = current.head
    return False


def candidates(
    sent, lex: PloverLexicon | None = None, contacts=None, *, appeals: set[int] | None = None
) -> list[Candidate]:
    """Every candidate of a sentence, frames resolved: nested candidates are dropped. The
    triggers of appeals and statements, which frame what they say but are no event, go to
    `appeals`."""
    lex = lex or load()
    contacts = contacts or load_contacts()
    found: dict[int, Candidate] = {}
    for token in sent:
        candidate = None
        if token.pos_ in ("VERB", "AUX"):
            candidate = _obligation(token, lex) or (
                _verb_candidate(token, lex, contacts) if token.pos_ == "VERB" else None
            )
        elif token.pos_ in ("NOUN", "PROPN"):
            candidate = _noun_candidate(token, lex)
        if candidate is not None and candidate.code.event == "MOBILIZE" and _peacekeeping(token):
            candidate = replace(candidate, code=_PEACEKEEPING)  # troops sent to keep peace
        if (
            candidate is not None
            and candidate.code.event in lex.hostile | {"ASSAULT"}
            and candidate.rule not in ("noun", "compound")
            and _natural_cause(candidate.predicate, lex)
        ):
            candidate = None  # "the storm killed 20 people": no actor did it
        if candidate is not None and not _background(token):
            found[token.i] = candidate
    found.update(_allegations(sent, found, lex))
    found.update(_judgements(sent, found, lex))
    for c in [c for c in found.values() if c.rule == "object"]:
        shifted = _shifted_object(c.token)  # "shortened by one hour the curfew": the verb's
        if shifted is not None and shifted.i != c.token.i:
            found.pop(shifted.i, None)  # object, not an event of its own
    frames = set(found) | _contact_frames(sent, contacts)
    light = {c.predicate.i for c in found.values() if c.token.dep_ in LIGHT_DEPS} - frames
    # "staged demonstrations to demand reforms": the light verb frames what it governs too
    kept, content = {}, {}
    for i, c in found.items():
        frame = _frame_of(
            c.token, (frames | light) - {i, c.predicate.i if c.predicate.i in light else -1}
        )
        if frame is None:
            frame = _light_frame(c, found)
        if frame is None:
            kept[i] = c
        else:
            content.setdefault(frame, []).append(c)
    for i, c in list(kept.items()):  # "warned that prices could rise": a comment
        if _lemma(c.token) in lex.warning_verbs and not content.get(i) and _comment(c.token, lex):
            del kept[i]
    for i, c in kept.items():  # "did not rule out military action": an intent kept open
        if _ruling_out(c.token) and any(n.dep_ == "neg" for n in c.token.children):
            nested = [n.code.event for n in content.get(i, ())]
            words = {w for o in _objects(c.token) for w in _object_words(o)}
            if any(e in lex.hostile for e in nested) or words & lex.warning_threats:
                kept[i] = replace(c, code=Code("THREATEN"))
            elif any(e in lex.cooperative for e in nested):
                kept[i] = replace(c, code=Code("AGREE"))
    for i, c in kept.items():  # "vowed revenge", "promised a tough response": a threat
        if (
            _lemma(c.token) in lex.promises
            and {w for o in _objects(c.token) for w in _object_words(o)} & lex.warning_threats
        ):
            kept[i] = replace(c, code=Code("THREATEN"))
    for i, c in kept.items():  # "vowed to crush the revolt": a promise of harm is a threat
        if _lemma(c.token) in lex.commissive and any(
            n.code.event in lex.hostile for n in content.get(i, ())
        ):
            kept[i] = replace(c, code=Code("THREATEN"))
        orders = _lemma(c.token) in ORDERS
        if c.code.event == "REQUEST" and orders:  # "ordered the newspaper to suspend
            coerced = [n for n in content.get(i, ()) if n.code.event == "COERCE"]  # publication"
            if coerced:  # an order that restricts the one ordered is the restriction
                kept[i] = replace(c, code=coerced[0].code)
                continue
        if c.code.event == "REQUEST" and not orders:  # "urged the EC to support the PLO":
            for n in content.get(i, ()):  # rallying support
                key = f"{n.code.event}/{n.code.mode}" if n.code.mode else n.code.event
                rallied = lex.rallying.get(key) or lex.rallying.get(n.code.event)
                if rallied is not None and not _for_oneself(n.token):
                    kept[i] = replace(c, code=rallied)
                    break
    if appeals is not None:
        appeals.update(i for i, c in kept.items() if _silent(c, lex))
    return [c for c in kept.values() if not _silent(c, lex)]


def _silent(candidate: Candidate, lex: PloverLexicon) -> bool:
    """A frame that codes nothing: an appeal, not a demand (PLOVER codes no appeals, CAMEO
    02), or a statement (a denial, accord expressed: CAMEO 016, 019). It still frames what it
    says ("urged both sides to cease fire" is no ceasefire, "denied that its troops had
    shelled the village" no shelling)."""
    if candidate.rule == "statement":
        return True
    return candidate.code.event == "REQUEST" and _lemma(candidate.token) in lex.appeals


# Forces sent to a peacekeeping force or mission provide peacekeeping (CAMEO 074), where
# "sent troops to the border" is a show of force.
_PEACEKEEPING = Code("AID", None, "peacekeeping")


def _peacekeeping(verb) -> bool:
    """ "sent 500 troops to the peacekeeping force", "deployed soldiers as peacekeepers",
    "deployed peacekeepers in the buffer zone"."""
    places = [
        o
        for prep in verb.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "for", "as", "with", "into")
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    return any(
        "peacekeep" in w.text_with_ws.lower().replace("-", "").replace(" ", "")
        or "peacekeep" in "".join(t.lower_ for t in w.subtree if t.text != "-")
        for o in places + [c for c in verb.children if c.dep_ == "dobj"]
        for w in (o, *o.children)
    )


def _light_frame(c: Candidate, found: dict[int, Candidate]) -> int | None:
    """A noun in a preposition of the verb whose object or passive subject is another event
    noun is that noun's content: "an investigation was launched into the killings", "an
    appeal was made for aid", "staged demonstrations against the arrests"."""
    if c.rule not in ("noun", "compound") or c.token.dep_ != "pobj":
        return None
    return next(
        (
            d.token.i
            for d in found.values()
            if d.rule in ("noun", "compound")
            and d.token.i != c.token.i
            and d.predicate.i == c.predicate.i
            and d.token.dep_ in ("dobj", "nsubjpass", "attr")
            and d.token.head.i == c.predicate.i
        ),
        None,
    )


def _allegations(sent, found: dict[int, Candidate], lex: PloverLexicon) -> dict:
    """A claim that someone did harm is an accusation (CAMEO 112), its content no event of
    its own: "Iraq claimed that Iranian jets had bombed Basra" is ACCUSE, not ASSAULT."""
    claims = {}
    for verb in sent:
        if verb.pos_ != "VERB" or _lemma(verb) not in lex.allegations or verb.i in found:
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            span = {t.i for t in clause.subtree}
            if any(i in span and c.code.event in lex.harms for i, c in found.items()):
                claims[verb.i] = Candidate(verb, Code("ACCUSE", "allege"), verb, "verb")
    return claims


def _judgements(sent, found: dict[int, Candidate], lex: PloverLexicon) -> dict:
    """Calling something a crime is criticism (CAMEO 111): "described the attack as a
    barbaric act", "called the rebels terrorists", "said the bombing was a crime against
    humanity". What is judged is no event of its own."""
    judged = {}
    for verb in sent:
        if verb.pos_ != "VERB" or _lemma(verb) not in lex.judging or verb.i in found:
            continue
        words, clauses = [], []
        for child in verb.children:
            if child.dep_ in ("oprd", "xcomp") or child.dep_ == "ccomp" and child.pos_ == "ADJ":
                words.append(child)
            elif child.dep_ == "prep" and child.lower_ == "as":
                words += [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "dobj":
                words += [a for a in child.children if a.dep_ == "appos"]
                if _lemma(verb) not in ("say", "describe"):  # "called the soldiers
                    words.append(child)  # murderers", parsed as one noun phrase
            elif child.dep_ == "ccomp" and _lemma(child) == "be":
                clauses.append(child)
                words += [c for c in child.children if c.dep_ in ("attr", "acomp")]
        words += [a for w in words for a in w.children if a.dep_ in ("amod", "compound")]
        if not any(_lemma(w) in lex.disapproval or w.lower_ in lex.disapproval for w in words):
            continue
        judged[verb.i] = Candidate(verb, Code("ACCUSE", "disapprove"), verb, "verb")
        for clause in clauses:  # "said the bombing was a crime": the bombing is judged
            for i in {t.i for t in clause.subtree} & set(found):
                found.pop(i)
    return judged


def _ruling_out(verb) -> bool:
    """ "ruled out", "did not rule out": the verb of excluding an option."""
    return _lemma(verb) == "rule" and any(c.lower_ == "out" for c in _particles(verb))


def _comment(verb, lex: PloverLexicon) -> bool:
    """A warning that only says something will happen ("warned that food prices could
    rise", CAMEO 012): a clause that holds no event and no word of threat."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    subjects = {_lemma(c) for c in verb.children if c.dep_ == "nsubj"}
    if any(  # "Russia warned it would target convoys": its own act, a threat
        s.dep_ == "nsubj"
        and (s.lower_ in ("it", "they", "we", "he", "she") or _lemma(s) in subjects)
        for c in clauses
        for s in c.children
    ) and any(a.lower_ in ("will", "would", "shall", "wo") for c in clauses for a in c.children):
        return False
    words = {w for c in clauses for t in c.subtree for w in (t.lower_, _lemma(t))}
    return not words & lex.warning_threats


def _for_oneself(token) -> bool:
    """ "pushed for the US to support its plan": what is asked for serves the asker (its
    own plan), a request (CAMEO 102), not a rally on behalf of another (053)."""
    return any(
        p.dep_ == "poss" and p.pos_ == "PRON"
        for obj in token.children
        if obj.dep_ in ("dobj", "pobj")
        for p in obj.children
    )


def _contact_frames(sent, contacts) -> set[int]:
    """Request verbs of the contact lexicon govern what they ask for ("urged talks")."""
    return {
        t.i for t in sent if t.pos_ == "VERB" and _lemma(t) in contacts.request_verbs - {"want"}
    }


def _nested(token, frames: set[int]) -> bool:
    """Whether a governing head of `token` is another candidate (its frame)."""
    return _frame_of(token, frames) is not None


def _frame_of(token, frames: set[int]) -> int | None:
    """The index of the governing head of `token` that is another candidate, if any."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "accused X of killing or wounding": conjuncts share a
            if current.dep_ == "advcl":  # frame, but not a clause of result or manner
                return None  # ("opened fire, killing one and arresting 12")
            continue  # the first conjunct itself frames nothing ("kidnapped and bombed")
        if current.dep_ in STOP_CLIMB or current.head.i == current.i:
            return None
        if (
            current.dep_ in ("nsubj", "nsubjpass")
            and current.head.i not in frames
            and not (current.head.dep_ == "ccomp" and to_infinitive(current.head))
        ):  # ("allowed the relief convoy to enter": the convoy is what is allowed)
            return None  # "protests that followed the arrests" climbs no further
        current = current.head
        if current.i in frames:
            return current.i
    return None


def event_status(token, contacts) -> str:
    """`status_of`, except that a trigger is not its own modal ("opened fire", "offered
    help": open and offer mark attitudes only when they govern another verb) and that an
    attempt is the event ("tried to hack")."""
    status = status_of(token, contacts)
    if status in ("hypothetical", "planned") and forms(token) & (
        contacts.hypothetical | contacts.planned
    ):
        status = _own_status(token, contacts)
        if status == "occurred" and token.dep_ in ("xcomp", "ccomp", "conj"):
            status = status_of(token.head, contacts)
    if status == "hypothetical" and token.dep_ == "xcomp" and _lemma(token.head) in ATTEMPTS:
        status = event_status(token.head, contacts)
    if status == "negated" and _without_a_thing(token):
        status = "occurred"  # "interned without trial", "released without charge"
    return status


def _without_a_thing(token) -> bool:
    """The only negation is a "without" whose object is a thing, not an act ("detained
    without trial", "freed without conditions"; "left without meeting him" negates)."""
    if any(c.dep_ == "neg" or c.lower_ in ("not", "never", "n't", "no") for c in token.children):
        return False
    withouts = [c for c in token.children if c.lower_ == "without"]
    return (
        bool(withouts)
        and all(
            o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
            for w in withouts
            for o in w.children
            if o.dep_ in ("pobj", "pcomp")
        )
        and all(any(o.dep_ == "pobj" for o in w.children) for w in withouts)
    )


def _own_status(token, contacts) -> str:
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in contacts.negators for c in auxes):
        return "negated"
    if any(c.lower_ in contacts.future_aux for c in auxes):
        return "planned"
    if any(forms(c) & contacts.hypothetical for c in auxes):
        return "hypothetical"
    return "occurred"


def plover_reading(code: Code, status: str, token, lex: PloverLexicon) -> tuple[str, str]:
    """(type, status) read the PLOVER way: intents are AGREE/THREATEN, refusals REJECT."""
    if status == "negated" and code.event in ("THREATEN", "AGREE") and _ruling_out(token):
        status = "occurred"  # "did not rule out military action": an option kept open
    if status == "occurred" and _deliberated(token, lex):
        status = "hypothetical"  # "is considering sanctions": weighed, not taken
    if status == "occurred" and _intended(token, lex):
        status = "planned"  # "announced plans to release them": an intent
    if status == "occurred" and token.dep_ == "xcomp" and _lemma(token.head) in lex.promising:
        status = "planned"  # "undertook to release all prisoners": a promise
    if status == "negated" and _unhesitating(token):
        status = "planned"  # "would not hesitate to use force": a resolve, not a refusal
    if status == "occurred" and code.event not in lex.hostile and _failed(token):
        status = "negated"  # "failed to reach an agreement" (a failed attack is still one)
    if status in ("planned", "hypothetical", "negated") and _ultimatum(token):
        return "THREATEN", "occurred"  # "will not release them unless": an ultimatum
    if status == "negated" and code.event in lex.cooperative | {"AGREE"}:
        chain = [token, *token.ancestors][:4]
        if _lemma(token) in lex.intolerance and any(
            c.lower_ in lex.refusal_aux for c in token.children if c.dep_ == "aux"
        ):
            return "THREATEN", "occurred"  # "will not tolerate protests": repression promised
        if any(c.lower_ in lex.refusal_aux for t in chain for c in t.children if c.dep_ == "aux"):
            return "REJECT", "occurred"  # "said it would not meet their demands"
        if _lemma(token) in lex.acceptance and not any(c.lower_ == "yet" for c in token.children):
            return "REJECT", "occurred"  # "did not accept the plan": acceptance withheld
    if status in ("planned", "hypothetical"):
        if code.event in lex.cooperative:
            return "AGREE", "occurred"  # "will support", "is willing to withdraw"
        if code.event in lex.hostile:
            return "THREATEN", "occurred"  # "will extend the curfew", "may halt"
    return code.event, status


def _deliberated(token, lex: PloverLexicon) -> bool:
    """An act under a verb of deliberation ("considering imposing sanctions", "weighing
    military action"): its complement or object."""
    head = token.head
    if token.dep_ in ("xcomp", "dobj", "ccomp") and _lemma(head) in lex.deliberation:
        return True
    return token.dep_ == "pobj" and _lemma(head.head) in lex.deliberation


def _intended(token, lex: PloverLexicon) -> bool:
    """An act told as the content of a noun of intention ("announced plans to release the
    prisoners", "expressed its intention to cooperate", "reserved the right to retaliate"):
    the infinitive that modifies it."""
    if token.dep_ != "acl" or token.head.pos_ != "NOUN":
        return False
    if not to_infinitive(token):
        return False
    noun = _lemma(token.head)
    return noun in lex.intention_nouns or noun == "right" and _lemma(token.head.head) == "reserve"


def _unhesitating(token) -> bool:
    """ "would not hesitate to use force": a negated verb of hesitating affirms its
    complement."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and _lemma(head) == "hesitate"
        and any(c.dep_ == "neg" for c in head.children)
    )


def _failed(token) -> bool:
    """The act is the complement of "fail", or the object of one ("failed to reach an
    agreement", "failed to lift the curfew")."""
    for _ in range(3):
        if token.dep_ == "xcomp" and _lemma(token.head) == "fail":
            return True
        if token.dep_ not in ("dobj", "xcomp"):
            return False
        token = token.head
    return False


def _ultimatum(token) -> bool:
    """An intent or refusal on a condition the other side must meet: "would free the
    hostages unless", "will not withdraw unless" (CAMEO 139: an ultimatum)."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for t in [token, *token.ancestors][:2]
        for c in t.children
    )


def _roles(candidate: Candidate, mentions: list[ActorMention]):
    """(actors, recipients, tokens) of a candidate.

    The clause of the trigger includes what it frames ("agreed to set up a centre in
    Tokyo": Tokyo is a party), not relative clauses. Its subject side ("nsubj", "by" agent,
    possessor of a noun trigger) are the actors, everyone else the recipients; a passive
    subject ("has been accused") is a recipient. An affiliation ("UN Secretary-General
    Guterres") stands for nobody besides the person, unless the person's country is
    unknown."""
    keep = frozenset({"xcomp", "ccomp", "advcl", "acl", "csubj"})
    token, predicate = candidate.token, candidate.predicate
    tokens = scope(token, keep=keep) | scope(predicate, keep=keep)
    subject: set[int] = set()
    patient: set[int] = set()
    # what a noun trigger says ("accusations that Ukraine was undermining"): its subject is
    # the target, even inside the "by" phrase that holds the noun
    content = {t.i for c in token.children if c.dep_ in ("acl", "ccomp") for t in c.subtree}
    undergoes = token.i != predicate.i and predicate.lemma_.lower() in load().undergoing
    for verb in {token, predicate}:
        for child in verb.children:
            if verb.i == predicate.i != token.i and undergoes and child.dep_ == "nsubj":
                patient.update(t.i for t in child.subtree)  # "the visit drew criticism"
            elif undergoes and child.dep_ == "prep" and child.lower_ == "from":
                subject.update(t.i for t in child.subtree)  # "faced criticism from Poland"
            elif child.dep_ in ("nsubj", "agent", "poss", "csubj") or (
                child.dep_ == "prep" and child.lower_ == "by"
            ):
                subject.update(t.i for t in child.subtree if t.i not in content)
            elif child.dep_ in PASSIVE:
                patient.update(t.i for t in child.subtree)
    people = {  # a person of unknown country keeps the affiliation ("Arab League Secretary
        i  # General Chadli Klibi": the League is all that is known of him)
        for m in mentions
        if m.actor.kind == "person" and m.actor.country
        for i in range(m.start, m.end)
    }
    actors: list[ActorRef] = []
    recipients: list[ActorRef] = []
    for mention in mentions:
        if mention.head not in tokens:
            continue
        head = token.doc[mention.head]
        if mention.actor.kind != "person" and _affiliated(head, people):
            continue
        target = actors if mention.head in subject and mention.head not in patient else recipients
        for actor in mention.members or (mention.actor,):
            if all(a.id != actor.id for a in actors + recipients):
                target.append(actor)
    if not actors and not undergoes:  # "drew criticism": its doers are not named at all
        actors = [a for a in _governing_subject(predicate, mentions) if a not in recipients]
    return actors, recipients, tokens


def _governing_subject(verb, mentions: list[ActorMention]) -> list[ActorRef]:
    """The subject of a governing clause, for a trigger whose own subject names nobody:
    "Norway is willing to send", "Syria says it is willing to withdraw" (it = Syria)."""
    current = verb
    for _ in range(4):
        if current.dep_ not in ("xcomp", "acomp", "ccomp", "advcl", "conj", "dobj", "attr"):
            return []
        current = current.head
        heads = {
            t.i for c in current.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
        }
        found = [a for m in mentions if m.head in heads for a in (m.members or (m.actor,))]
        if found:
            return found
    return []


def _affiliated(token, people: set[int]) -> bool:
    """A state or organisation that modifies a person's name or title."""
    for _ in range(3):
        if token.dep_ not in ("compound", "amod", "poss", "nmod"):
            return False
        token = token.head
        if token.i in people:
            return True
    return False


def _context(candidate: Candidate, tokens, lex: PloverLexicon) -> list[str]:
    if candidate.code.context:
        return [candidate.code.context]
    words = {candidate.token.doc[i].lower_ for i in tokens}
    return sorted(name for name, cues in lex.contexts.items() if words & cues)


def plover_mentions(
    doc,
    document: Document,
    actor_mentions: list[ActorMention],
    *,
    kb=None,
    dates=None,
    coder: str = "",
) -> list[Mention]:
    """Every non-contact PLOVER mention of one parsed document, in text order.

    `dates` is the document's `DateFinder` (shared with the contact coder); with None the
    mentions are undated. `kb` is accepted for symmetry with `extract_mentions`.
    """
    del kb  # actors are already resolved in `actor_mentions`
    lex, contacts = load(), load_contacts()
    found: list[Mention] = []
    appeals: set[int] = doc.user_data.setdefault(APPEALS_KEY, set())
    stretches = parsed_stretches(doc)
    for index, sent in enumerate(doc.sents):
        if not any(a <= sent.start_char < b for a, b in stretches):
            continue  # a line the fast contact mode did not parse: no tags or tree to read
        in_sent = [m for m in actor_mentions if sent.start <= m.start < sent.end]
        for candidate in candidates(sent, lex, contacts, appeals=appeals):
            status = event_status(candidate.token, contacts)
            event, status = plover_reading(candidate.code, status, candidate.token, lex)
            actors, recipients, tokens = _roles(candidate, in_sent)
            date = None
            if dates is not None:
                date = dates.date_for(tokens, candidate.predicate, future=status == "planned")
            token = candidate.token
            mode = candidate.code.mode if event == candidate.code.event else None
            extra = {}
            if "contexts" in Mention.__dataclass_fields__:
                extra["contexts"] = _context(candidate, tokens, lex)
            found.append(
                Mention(
                    document=document.id,
                    sentence_index=index,
                    start=sent.start_char,
                    end=sent.end_char,
                    sentence=sent.text.strip(),
                    trigger=token.text,
                    event=event,
                    mode=mode,
                    status=status,
                    actors=actors,
                    recipients=recipients,
                    date=date,
                    confidence=1.0 if actors else 0.5,
                    coder=coder,
                    trigger_start=token.idx,
                    trigger_end=token.idx + len(token.text),
                    **extra,
                )
            )
        if dates is not None:
            dates.advance(sent)
    return found


def contexts_of(doc, mention: Mention) -> list[str]:
    """The PLOVER contexts of a mention coded by this module (its trigger's clause)."""
    lex = load()
    span = doc.char_span(mention.trigger_start, mention.trigger_end, alignment_mode="expand")
    if span is None:
        return []
    token = span.root
    code = lex.verbs.get(_lemma(token)) or lex.nouns.get(_lemma(token)) or Code(mention.event)
    return _context(Candidate(token, code, token, "verb"), scope(token), lex)


def combine_with_contacts(doc, contacts: list[Mention], plovers: list[Mention]) -> list[Mention]:
    """Both coders' mentions in text order, without the contacts that a PLOVER frame
    governs ("refused to meet" is REJECT, not a meeting; praise is no such frame: "welcomed
    the news of the call" keeps the call); a contact refused in the future
    tense ("said it would not attend the talks") is a REJECT too."""
    frames = {_token_at(doc, m.trigger_start) for m in plovers if m.event != "SUPPORT"} - {None}
    # "welcomed the news that there was a call": praise takes a fact, and the call stays
    frames |= doc.user_data.get(APPEALS_KEY, set())  # "urged Russia to resolve it through
    # negotiations": an appeal is no event, and what it asks for is no contact
    lex = load()
    kept: list[Mention] = []
    for mention in contacts:
        token = doc[_token_at(doc, mention.trigger_start) or 0]
        if _nested(token, frames):
            continue
        if mention.status == "negated":  # "said it would not attend the talks": REJECT
            event, status = plover_reading(Code(mention.event), "negated", token, lex)
            if event == "REJECT":
                mention = replace(mention, event=event, mode=None, status=status)
        kept.append(mention)
    coded = {m.trigger_start for m in kept}  # a contact's trigger is not coded twice
    plovers = [m for m in plovers if m.trigger_start not in coded]
    return sorted(kept + plovers, key=lambda m: (m.sentence_index, m.trigger_start))


def _token_at(doc, char: int) -> int | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else None


def countries(mentions: list[Mention]) -> set[str]:
    """Countries of the actors and recipients of mentions."""
    return {a.country for m in mentions for a in (*m.actors, *m.recipients) if a.country}


def as_refs(mentions: list[ActorMention]) -> list[ActorRef]:
    return [a for m in mentions for a in (m.members or (m.actor,))]
