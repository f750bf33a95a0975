"""Which place is the event's: the rules, with the basis of each decision.

- A phone call has no place (its two ends are the actors' countries).
- A visit takes its destination: the place its clause goes "to", arrives "in" or visits
  ("arrived in Moscow", "a trip to Kyiv", "visited China"), never where it comes "from";
  with none named, the host's country.
- A meeting, and any other event, takes the place its clause puts it "in", "at" or "near"
  ("held talks in Beijing", "met on the sidelines of the G20 in Bali"), the finest named.
- Other events (not contacts) fall back to a place named in the sentence outside the
  attribution ("sources in Pakistan said" is where it was said, not where it happened).
- The dateline is where the story was filed, not where the event happened: it is the
  event's only when the text names no place, the event is in the story's opening
  sentences, and the dateline's country is a participant's.
"""

from __future__ import annotations

import dataclasses
import logging

from wirecode.nlp.views import columns, entities_in
from wirecode.places.find import (
    Context,
    PlaceSpan,
    dateline,
    find_places,
    resolve,
    resolve_span,
    to_place,
)
from wirecode.places.gazetteer import Gazetteer
from wirecode.records import Mention, Place

logger = logging.getLogger(__name__)

__all__ = ["locate_mentions"]

PREP_RANK = {
    "visit": {"to": 3, "in": 3, "into": 3, "at": 3, "": 3, "toward": 1, "towards": 1},
    "other": {"in": 3, "at": 3, "near": 2, "outside": 2, "inside": 3, "": 2, "to": 1, "into": 1},
    "event": {"from": 0},  # other PLOVER events also take an origin ("withdrew from Gorazde")
}
LEVEL_RANK = {"venue": 3, "city": 2, "region": 1, "country": 0}
MODIFIER = {"compound", "amod", "poss", "nmod"}
CONTACT_MODES = {"phone", "meet", "visit", "multilateral", "third-party"}
WALK_THROUGH = {"compound", "appos", "amod", "nmod", "conj", "npadvmod", "poss"}
REPORTING = {"say", "tell", "report", "add", "announce", "state", "quote", "confirm"}
PASS_THROUGH = {"of", "on", "for", "during"}  # "on the sidelines of the G20 in Bali"
FRAME_NOUNS = {"war", "conflict", "crisis", "invasion", "peace", "situation", "fighting"}
FALLBACK_PREPS = {"in", "at", "near", "outside", "inside", "into", "of", "around"}
LEDE = 2  # sentences in which a dateline may stand for the event's place
MAX_WALK = 8


def _anchors(trigger) -> set[int]:
    """The trigger and the words its clause hangs from: a noun up to its verb ("arrived ...
    for a state visit" → arrived), a purpose clause up to the verb it serves ("travelled to
    Moscow to meet Putin")."""
    found = {trigger.i}
    current = trigger
    for _ in range(5):
        if current.head.i == current.i:
            break
        verb = current.pos_ in ("VERB", "AUX")
        if verb and current.dep_ not in ("xcomp", "advcl", "conj", "pcomp"):
            break
        if verb and current.head.lemma_ in REPORTING:
            break
        current = current.head
        found.add(current.i)
    return found


def _attachment(span: PlaceSpan, doc, anchors: set[int]) -> tuple[str, int] | None:
    """(preposition, steps) by which a place hangs from the trigger's clause, or None."""
    token = doc[span.start : span.end].root
    modifier = token.dep_ in MODIFIER
    preps: list[str] = []  # from the place up to the clause
    for steps in range(MAX_WALK):
        if token.dep_ in WALK_THROUGH and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
            preps.append(token.head.lower_)
            token = token.head.head
            if token.lemma_.lower() in FRAME_NOUNS:
                return None  # "peace in Ukraine" names a topic, not where it happened
        elif token.dep_ == "dobj" and token.head.i in anchors and (preps or not modifier):
            return (_deciding(preps), steps)
        else:
            return None
        if token.i in anchors and (preps or not modifier):
            return (_deciding(preps), steps)
        if token.i in anchors:
            return None  # "killed one U.S. soldier": a modifier, not a place
        if token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _deciding(preps: list[str]) -> str:
    """The preposition that says how a place relates to the clause: the one nearest the
    clause that is not a mere link ("in Russia's resort of Sochi": in)."""
    for prep in reversed(preps):
        if prep not in PASS_THROUGH:
            return prep
    return preps[0] if preps else ""


def _located_in(token) -> bool:
    """The object of "in", "at", "near" ... ("demonstrated on Tuesday in Serbia")."""
    while token.dep_ in ("compound", "appos", "conj") and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in FALLBACK_PREPS
        and token.head.head.lemma_.lower() not in FRAME_NOUNS
    )


def _in_attribution(span: PlaceSpan, doc) -> bool:
    """A place inside the speaker of a reporting verb ("sources in Pakistan said")."""
    token = doc[span.start : span.end].root
    for _ in range(MAX_WALK):
        if token.head.i == token.i:
            return False
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in REPORTING:
            return True
        token = token.head
    return False


def _ranked(candidates, table: dict[str, int]):
    scored = [
        (table[prep], LEVEL_RANK[span.entry.level], -steps, span)
        for span, prep, steps in candidates
        if prep in table
    ]
    return [item[-1] for item in sorted(scored, key=lambda x: x[:3], reverse=True)]


def event_place(
    mention: Mention, trigger, spans: list[PlaceSpan], doc
) -> tuple[PlaceSpan, str] | None:
    """The place span of a mention's event and the rule that chose it."""
    anchors = _anchors(trigger)
    qualifiers = {id(s.qualifier) for s in spans if s.qualifier is not None}
    attached = []
    for span in spans:
        if span.entry is None or id(span) in qualifiers:
            continue
        found = _attachment(span, doc, anchors)
        if found is not None:
            attached.append((span, *found))
    if mention.mode == "visit":
        ranked = _ranked(attached, PREP_RANK["visit"])
        return (ranked[0], "destination of the visit") if ranked else None
    contact = mention.event == "CONSULT" or mention.mode in CONTACT_MODES
    table = PREP_RANK["other"] if contact else {**PREP_RANK["other"], **PREP_RANK["event"]}
    ranked = _ranked(attached, table)
    if ranked:
        return ranked[0], ("place of the meeting" if contact else "place of the event")
    if contact:
        return None
    rest = [
        s
        for s in spans
        if s.entry is not None and id(s) not in qualifiers and not _in_attribution(s, doc)
    ]
    rest = [s for s in rest if _located_in(doc[s.start : s.end].root)]
    if rest:
        best = max(rest, key=lambda s: (LEVEL_RANK[s.entry.level], -abs(s.start - trigger.i)))
        return best, "place named in the sentence"
    return None


def _not_places(actor_mentions, spans) -> list:
    """Actors other than the places themselves ("Tripoli" is also Libya's government)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [m for m in actor_mentions if not taken & set(range(m.start, m.end))]


def _document_context(doc, actors, kb) -> Context:
    """`actors`: the actor mentions that are not places (`_not_places`)."""
    weak = {m.actor.country for m in actors if m.actor.country}
    for ent in doc.ents:
        if ent.label_ == "NORP" and kb is not None:
            state = kb.state_of_adjective(ent.text)
            if state is not None:
                weak.add(state.code)
    return Context(weak=weak)


def _sentence_context(sent, spans, actors, kb, gazetteer, document: Context) -> Context:
    strong = {
        m.actor.country for m in actors if sent.start <= m.start < sent.end and m.actor.country
    }
    for ent in entities_in(sent):
        if ent.label_ == "NORP" and kb is not None:
            state = kb.state_of_adjective(ent.text)
            if state is not None:
                strong.add(state.code)
    for span in spans:
        if sent.start <= span.start < sent.end:
            countries = {e.country for e, _ in gazetteer.lookup(span.text)}
            if len(countries) == 1:
                strong |= countries
    return Context(strong=strong, weak=document.weak)


def _dateline_place(document_text: str, gazetteer: Gazetteer, context: Context) -> Place | None:
    names = dateline(document_text)
    if len(names) != 1:  # "MOSCOW/SEOUL -": filed from two places
        return None
    found = resolve(gazetteer, names[0], context)
    if found is None:
        return None
    entry, basis = found
    return to_place(entry, text=names[0], basis=basis)


def locate_mentions(
    doc,
    document_text: str,
    mentions: list[Mention],
    actor_mentions,
    *,
    kb=None,
    gazetteer: Gazetteer | None = None,
) -> list[Mention]:
    """Set each mention's `location` (a `Place` with its basis, or None); returns them."""
    gazetteer = gazetteer or Gazetteer.default()
    people = {i for m in actor_mentions if m.actor.kind == "person" for i in range(m.start, m.end)}
    spans = find_places(doc, gazetteer, people=people)
    actors = _not_places(actor_mentions, spans)
    doc_context = _document_context(doc, actors, kb)
    sentences = list(doc.sents)
    for sent in sentences:
        context = _sentence_context(sent, spans, actors, kb, gazetteer, doc_context)
        for span in spans:
            if sent.start <= span.start < sent.end:
                resolve_span(gazetteer, span, context)
    filed = _dateline_place(document_text, gazetteer, doc_context)
    by_char = {start: i for i, start in enumerate(columns(doc).idx)}  # offset → token
    for mention in mentions:
        mention.location = _locate(mention, doc, by_char, sentences, spans, filed)
    return mentions


def _locate(mention, doc, by_char, sentences, spans, filed: Place | None) -> Place | None:
    if mention.mode == "phone":
        return None  # a call has two ends: the actors' countries
    index = by_char.get(mention.trigger_start)
    if index is None or mention.sentence_index >= len(sentences):
        return None
    trigger = doc[index]
    sent = sentences[mention.sentence_index]
    in_sent = [s for s in spans if sent.start <= s.start < sent.end]
    chosen = event_place(mention, trigger, in_sent, doc)
    if chosen is not None:
        span, rule = chosen
        return to_place(span.entry, text=span.text, basis=f"{rule} ({span.text!r}): {span.basis}")
    parties = [*mention.actors, *mention.recipients]
    if mention.mode == "visit":
        visitors = {a.country for a in mention.actors}
        hosts = [
            a
            for a in mention.recipients
            if a.kind == "state" and a.country and a.country not in visitors
        ]
        gazetteer = Gazetteer.default()
        entry = gazetteer.country(hosts[0].country) if hosts else None
        if entry is not None:
            basis = f"host's country ({hosts[0].name}); the text names no place"
            return to_place(entry, text="", basis=basis)
    if filed is not None and mention.sentence_index < LEDE:
        if filed.country in {a.country for a in parties}:
            basis = f"dateline {filed.text!r} (the text names no place): {filed.basis}"
            return dataclasses.replace(filed, basis=basis)
    return None
