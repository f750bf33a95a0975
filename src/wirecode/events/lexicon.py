"""The trigger lexicon: loaded once from `events/data/contacts.yaml`, the one place of rules."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from importlib import resources

import yaml


@dataclass(frozen=True, slots=True)
class Lexicon:
    consult_verbs: dict[str, str | None]
    consult_nouns: dict[str, str | None]
    light_verbs: frozenset[str]
    particle_lemmas: dict[tuple[str, str], str]  # (form, particle) → lemma
    opening_verbs: frozenset[str]
    happening_verbs: frozenset[str]
    held_nouns: frozenset[str]
    needs_person_object: frozenset[str]
    bare_objects: frozenset[str]
    media_nouns: frozenset[str]
    needs_partner: frozenset[str]
    unison_nouns: frozenset[str]
    partner_objects: frozenset[str]
    topic_objects: frozenset[str]
    object_nouns: frozenset[str]
    modified_nouns: dict[str, frozenset[str]]
    posting_objects: dict[str, frozenset[str]]
    partner_nouns: dict[str, frozenset[str]]
    gathering_verbs: frozenset[str]
    particles: dict[str, frozenset[str]]
    other_particles: dict[str, frozenset[str]]
    required_objects: dict[str, frozenset[str]]
    place_goals: frozenset[str]
    arrival_adjectives: frozenset[str]
    rescheduling: frozenset[str]
    holding_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    party_nouns: frozenset[str]
    counting_nouns: frozenset[str]
    prospect_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    press_titles: frozenset[str]
    heeding_verbs: frozenset[str]
    place_nouns: frozenset[str]
    member_nouns: frozenset[str]
    sideline_nouns: frozenset[str]
    thanking_verbs: frozenset[str]
    recalling_verbs: frozenset[str]
    audience_nouns: frozenset[str]
    mode_cues: dict[str, frozenset[str]]
    request_verbs: frozenset[str]
    request_objects: frozenset[str]
    request_nouns: frozenset[str]
    request_making: frozenset[str]
    request_answering: frozenset[str]
    advancing: frozenset[str]
    ending: frozenset[str]
    wishes: frozenset[str]
    inviting: frozenset[str]
    future_aux: frozenset[str]
    planned: frozenset[str]
    agreed: frozenset[str]
    hypothetical: frozenset[str]
    negators: frozenset[str]
    unrealised: frozenset[str]
    failing: frozenset[str]
    speculation: frozenset[str]
    announcing: frozenset[str]
    initiator_verbs: frozenset[str]
    initiator_nouns: frozenset[str]
    fingerprint: str


def _text() -> str:
    return resources.files("wirecode.events").joinpath("data/contacts.yaml").read_text("utf-8")


@functools.cache
def load() -> Lexicon:
    text = _text()
    data = yaml.safe_load(text)
    consult, request, status = data["consult"], data["request"], data["status"]
    return Lexicon(
        consult_verbs=dict(consult["verbs"]),
        consult_nouns=dict(consult["nouns"]),
        light_verbs=frozenset(consult["light_verbs"]),
        particle_lemmas={
            tuple(phrase.split(" ", 1)): lemma
            for phrase, lemma in consult["particle_lemmas"].items()
        },
        opening_verbs=frozenset(consult["opening_verbs"]),
        happening_verbs=frozenset(consult["happening_verbs"]),
        held_nouns=frozenset(consult["held_nouns"]),
        needs_person_object=frozenset(consult["needs_person_object"]),
        bare_objects=frozenset(consult["bare_objects"]),
        media_nouns=frozenset(consult["media_nouns"]),
        needs_partner=frozenset(consult["needs_partner"]),
        unison_nouns=frozenset(consult["unison_nouns"]),
        partner_objects=frozenset(consult["partner_objects"]),
        topic_objects=frozenset(consult["topic_objects"]),
        object_nouns=frozenset(consult["object_nouns"]),
        modified_nouns={noun: frozenset(m) for noun, m in consult["modified_nouns"].items()},
        posting_objects={noun: frozenset(o) for noun, o in consult["posting_objects"].items()},
        partner_nouns={noun: frozenset(p) for noun, p in consult["partner_nouns"].items()},
        gathering_verbs=frozenset(consult["gathering_verbs"]),
        particles={verb: frozenset(words) for verb, words in consult["particles"].items()},
        other_particles={
            verb: frozenset(words) for verb, words in consult["other_particles"].items()
        },
        required_objects={verb: frozenset(words) for verb, words in consult["objects"].items()},
        place_goals=frozenset(consult["place_goals"]),
        arrival_adjectives=frozenset(consult["arrival_adjectives"]),
        rescheduling=frozenset(consult["rescheduling"]),
        holding_verbs=frozenset(consult["holding_verbs"]),
        receiving_verbs=frozenset(consult["receiving_verbs"]),
        leaving_verbs=frozenset(consult["leaving_verbs"]),
        party_nouns=frozenset(consult["party_nouns"]),
        counting_nouns=frozenset(consult["counting_nouns"]),
        prospect_nouns=frozenset(consult["prospect_nouns"]),
        occasion_nouns=frozenset(consult["occasion_nouns"]),
        press_titles=frozenset(consult["press_titles"]),
        heeding_verbs=frozenset(consult["heeding_verbs"]),
        place_nouns=frozenset(consult["place_nouns"]),
        member_nouns=frozenset(consult["member_nouns"]),
        sideline_nouns=frozenset(consult["sideline_nouns"]),
        thanking_verbs=frozenset(consult["thanking_verbs"]),
        recalling_verbs=frozenset(consult["recalling_verbs"]),
        audience_nouns=frozenset(consult["audience_nouns"]),
        mode_cues={mode: frozenset(words) for mode, words in consult["mode_cues"].items()},
        request_verbs=frozenset(request["verbs"]),
        request_objects=frozenset(request["objects"]),
        request_nouns=frozenset(request["nouns"]),
        request_making=frozenset(request["making"]),
        request_answering=frozenset(request["answering"]),
        advancing=frozenset(request["advancing"]),
        ending=frozenset(request["ending"]),
        wishes=frozenset(request["wishes"]),
        inviting=frozenset(request["inviting"]),
        future_aux=frozenset(status["future_aux"]),
        planned=frozenset(status["planned"]),
        agreed=frozenset(status["agreed"]),
        hypothetical=frozenset(status["hypothetical"]),
        negators=frozenset(status["negators"]),
        unrealised=frozenset(status["unrealised"]),
        failing=frozenset(status["failing"]),
        speculation=frozenset(status["speculation"]),
        announcing=frozenset(status["announcing"]),
        initiator_verbs=frozenset(data["initiator"]["verbs"]),
        initiator_nouns=frozenset(data["initiator"]["nouns"]),
        fingerprint=hashlib.sha256(text.encode()).hexdigest()[:12],
    )
