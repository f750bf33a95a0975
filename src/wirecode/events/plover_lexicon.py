"""The PLOVER lexicon: `events/data/plover.yaml` read once, and the records it codes with.

An entry reads `lemma: TYPE/mode +context` (`parse_code` makes it a `Code`); `load()` gives
the whole file as a `PloverLexicon`, with a fingerprint of its text. A `Candidate` is a
place in a sentence where a code of the lexicon applies (`plover_verbs`, `plover_nouns`).
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources

import yaml

from wirecode.records import EVENT_TYPES

TYPES = EVENT_TYPES  # PLOVER's sixteen types, written once in the record contract


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
    intransitive: dict[str, Code]
    nouns: dict[str, Code]
    compounds: dict[tuple[str, ...], Code]
    light_nouns: frozenset[str]
    carriers: frozenset[str]
    carrying: frozenset[str]
    nominalisations: dict[str, str]
    documents: frozenset[str]
    background_of: frozenset[str]
    quantity_nouns: frozenset[str]
    amounts: frozenset[str]
    critics: frozenset[str]
    verbal_violence: frozenset[str]
    angry_responses: frozenset[str]
    angry_manners: frozenset[str]
    joint_work: frozenset[str]
    joint_manners: frozenset[str]
    joint_code: Code
    risk_verbs: frozenset[str]
    risk_subjects: frozenset[str]
    situations: frozenset[str]
    aimed_nouns: dict[str, Code]
    aimed_targets: frozenset[str]
    beliefs: frozenset[str]
    wishes: frozenset[str]
    perceived: frozenset[str]
    posing: frozenset[str]
    showing: frozenset[str]
    instrument_verbs: frozenset[str]
    instruments: frozenset[str]
    helped_by_object: frozenset[str]
    figure_verbs: frozenset[str]
    figures: frozenset[str]
    markets: frozenset[str]
    other_compounds: frozenset[tuple[str, ...]]
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
    armed_departure_verbs: frozenset[str]
    held_places: frozenset[str]
    armed_departure: Code
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
    options: frozenset[str]
    preventing: frozenset[str]
    falling_short: frozenset[str]
    no_sign: frozenset[str]
    allegations: frozenset[str]
    allegation_nouns: frozenset[str]
    claim_making: frozenset[str]
    finding: frozenset[str]
    finders: frozenset[str]
    alleged_nouns: frozenset[str]
    claim_labels: frozenset[str]
    blaming: frozenset[str]
    blamed_causes: frozenset[str]
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
    perpetrating: frozenset[str]
    culpability: frozenset[str]
    authorship: frozenset[str]
    linking: frozenset[str]
    deaths: frozenset[str]
    designating: frozenset[str]
    suspects: frozenset[str]
    attributing: frozenset[str]
    promising: frozenset[str]
    promises: frozenset[str]
    assuring: frozenset[str]
    modals: frozenset[str]
    necessity: frozenset[str]
    contexts: dict[str, frozenset[str]]
    lemma_fixes: dict[str, str]
    particle_lemma_fixes: dict[str, dict[str, str]]  # form → particle → lemma
    natural_causes: frozenset[str]
    accident_verbs: frozenset[str]
    accident_things: frozenset[str]
    speech: frozenset[str]
    denial_verbs: frozenset[str]
    denial_objects: frozenset[str]
    accord_verbs: frozenset[str]
    promise_aux: frozenset[str]
    needs_object: frozenset[str]
    cancelling: frozenset[str]
    occasions: frozenset[str]
    journeys: frozenset[str]
    occasion_verbs: frozenset[str]
    joint_documents: frozenset[str]
    helper_nouns: frozenset[str]
    helper_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    warning_threats: frozenset[str]
    stipulating: frozenset[str]
    terms: frozenset[str]
    little: frozenset[str]
    commenting: frozenset[str]
    focusing: frozenset[str]
    evidencing: frozenset[str]
    habitual: frozenset[str]
    defusing: frozenset[str]
    fingerprint: str


def _by_first_word(phrases: dict[str, str]) -> dict[str, dict[str, str]]:
    """{"wound up": "wind"} → {"wound": {"up": "wind"}}."""
    found: dict[str, dict[str, str]] = {}
    for phrase, lemma in phrases.items():
        form, particle = phrase.split(" ", 1)
        found.setdefault(form, {})[particle] = lemma
    return found


@functools.cache
def load() -> PloverLexicon:
    """The lexicon of `events/data/plover.yaml`, read once."""
    text = resources.files("wirecode.events").joinpath("data/plover.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return PloverLexicon(
        verbs={k: parse_code(v) for k, v in data["verbs"].items()},
        particles={tuple(k.split()): parse_code(v) for k, v in data["particles"].items()},
        intransitive={k: parse_code(v) for k, v in data["intransitive"].items()},
        nouns={k: parse_code(v) for k, v in data["nouns"].items()},
        compounds={tuple(k.split()): parse_code(v) for k, v in data["compounds"].items()},
        light_nouns=frozenset(data["light_nouns"]),
        carriers=frozenset(data["carriers"]["nouns"]),
        carrying=frozenset(data["carriers"]["verbs"]),
        nominalisations=dict(data["nominalisations"]),
        documents=frozenset(data["documents"]),
        background_of=frozenset(data["background_of"]),
        quantity_nouns=frozenset(data["quantity_nouns"]),
        amounts=frozenset(data["amounts"]),
        critics=frozenset(data["critics"]),
        verbal_violence=frozenset(data["verbal_violence"]),
        angry_responses=frozenset(data["angry_responses"]["verbs"]),
        angry_manners=frozenset(data["angry_responses"]["manners"]),
        joint_work=frozenset(data["joint_work"]["verbs"]),
        joint_manners=frozenset(data["joint_work"]["manners"]),
        joint_code=parse_code(data["joint_work"]["code"]),
        risk_verbs=frozenset(data["risks"]["verbs"]),
        risk_subjects=frozenset(data["risks"]["subjects"]),
        situations=frozenset(data["risks"]["situations"]),
        aimed_nouns={k: parse_code(v) for k, v in data["aimed"]["nouns"].items()},
        aimed_targets=frozenset(data["aimed"]["targets"]),
        beliefs=frozenset(data["beliefs"]),
        wishes=frozenset(data["wishes"]),
        perceived=frozenset(data["perceived"]),
        posing=frozenset(data["posing"]),
        showing=frozenset(data["showing"]),
        instrument_verbs=frozenset(data["instruments"]["verbs"]),
        instruments=frozenset(data["instruments"]["subjects"]),
        helped_by_object=frozenset(data["instruments"]["acts_by_object"]),
        figure_verbs=frozenset(data["figures"]["verbs"]),
        figures=frozenset(data["figures"]["subjects"]),
        markets=frozenset(data["figures"]["markets"]),
        other_compounds=frozenset(tuple(k.split()) for k in data["other_compounds"]),
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
        armed_departure_verbs=frozenset(data["departures"]["armed_verbs"]),
        held_places=frozenset(data["departures"]["places"]),
        armed_departure=parse_code(data["departures"]["armed_code"]),
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
        options=frozenset(data["intent"]["options"]),
        preventing=frozenset(data["intent"]["preventing"]),
        falling_short=frozenset(data["intent"]["falling_short"]),
        no_sign=frozenset(data["intent"]["no_sign"]),
        allegations=frozenset(data["allegations"]["verbs"]),
        allegation_nouns=frozenset(data["allegations"]["nouns"]),
        claim_making=frozenset(data["allegations"]["making"]),
        finding=frozenset(data["allegations"]["finding"]),
        finders=frozenset(data["allegations"]["finders"]),
        alleged_nouns=frozenset(data["allegations"]["content_nouns"]),
        claim_labels=frozenset(data["allegations"]["labels"]),
        blaming=frozenset(data["blame"]["verbs"]),
        blamed_causes=frozenset(data["blame"]["causes"]),
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
        perpetrating=frozenset(data["judgements"]["perpetrating"]),
        culpability=frozenset(data["judgements"]["culpability"]),
        authorship=frozenset(data["judgements"]["authorship"]),
        linking=frozenset(data["judgements"]["linking"]),
        deaths=frozenset(data["judgements"]["deaths"]),
        designating=frozenset(data["judgements"]["designating"]),
        suspects=frozenset(data["judgements"]["suspects"]),
        attributing=frozenset(data["judgements"]["attributing"]),
        promising=frozenset(data["intent"]["promising"]),
        promises=frozenset(data["intent"]["promises"]),
        assuring=frozenset(data["intent"]["assuring"]),
        modals=frozenset(data["obligation"]["modals"]),
        necessity=frozenset(data["obligation"]["necessity"]),
        contexts={k: frozenset(v) for k, v in data["contexts"].items()},
        lemma_fixes=dict(data["lemma_fixes"]),
        particle_lemma_fixes=_by_first_word(data["particle_lemma_fixes"]),
        natural_causes=frozenset(data["natural_causes"]) | frozenset(data["figurative_causes"]),
        accident_verbs=frozenset(data["accidents"]["verbs"]),
        accident_things=frozenset(data["accidents"]["things"]),
        speech=frozenset(data["speech"]),
        denial_verbs=frozenset(data["denials"]["verbs"]),
        denial_objects=frozenset(data["denials"]["objects"]),
        accord_verbs=frozenset(data["accord"]["verbs"]),
        promise_aux=frozenset(data["accord"]["promise_aux"]),
        needs_object=frozenset(data["needs_object"]),
        cancelling=frozenset(data["cancelling"]),
        occasions=frozenset(data["occasions"]),
        journeys=frozenset(data["journeys"]),
        occasion_verbs=frozenset(data["occasion_verbs"]),
        joint_documents=frozenset(data["joint_documents"]),
        helper_nouns=frozenset(data["helpers"]["nouns"]),
        helper_verbs=frozenset(data["helpers"]["verbs"]),
        warning_verbs=frozenset(data["warnings"]["verbs"]),
        warning_threats=frozenset(data["warnings"]["threats"]),
        stipulating=frozenset(data["background"]["stipulating"]),
        terms=frozenset(data["background"]["terms"]),
        little=frozenset(data["background"]["little"]),
        commenting=frozenset(data["background"]["commenting"]),
        focusing=frozenset(data["background"]["focusing"]),
        evidencing=frozenset(data["background"]["evidencing"]),
        habitual=frozenset(data["background"]["habitual"]),
        defusing=frozenset(data["background"]["defusing"]),
        fingerprint=hashlib.sha256(text.encode()).hexdigest()[:12],
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place in a sentence that reports a PLOVER event."""

    token: object  # spaCy Token: the trigger
    code: Code
    predicate: object  # the verb that carries tense and subject
    rule: str  # verb | particle | object | subject | noun | compound | obligation | statement
