"""References to an earlier contact: "the call", "Wednesday's call".

A reference with no parties of its own refers back to the latest contact told at most
`REFERENCE_SPAN` sentences before, unless it names a gathering of its own ("the G20
summit") or parties that cannot be that contact's.
"""

from __future__ import annotations

from wirecode.actors.mentions import ActorMention
from wirecode.events.trigger_requests import request_object
from wirecode.events.trigger_words import Trigger
from wirecode.records import ActorRef, Mention

REFERENCE_SPAN = 8  # sentences back that "the call" may refer to


def named_gathering(token, mentions: list[ActorMention]) -> bool:
    """ "On the sidelines of the G20 summit", "the APEC summit", "the G8 meeting" (the
    tagger's common noun, a body's name all the same): a proper name that is no person's
    names a gathering of its own, so the noun refers back to no contact told before ("the
    Biden-Xi summit" names its people, and may; "the Sunday meeting" names its day)."""
    people = {i for m in mentions if m.actor.kind == "person" for i in range(m.start, m.end)}
    bodies = {i for m in mentions if m.actor.kind != "person" for i in range(m.start, m.end)}
    return any(
        c.dep_ in ("compound", "nmod", "amod")
        and (c.pos_ == "PROPN" or c.i in bodies or coded_name(c.text))
        and c.i not in people
        and c.ent_type_ not in ("DATE", "TIME")
        for c in token.children
    )


def coded_name(text: str) -> bool:
    """ "G8", "P5", "E3": capitals with digits name a group, whatever the tagger says."""
    return text[:1].isupper() and any(ch.isdigit() for ch in text)


def own_destination(token) -> bool:
    """ "The visit to the chamber": a reference that says where it went."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(c.children) for c in token.children)


def antecedent_of(
    trigger: Trigger,
    mode: str | None,
    earlier: list[Mention],
    sentence: int,
    named: list[ActorRef] = (),
) -> Mention | None:
    """The contact that "the call" or "Wednesday's call" in sentence number `sentence`
    refers back to: one told at most `REFERENCE_SPAN` sentences before (each reference
    renews it), whose parties the reference's own `named` actors can be (`could_be_of`).
    Further back, a reference is of something else: another story on the same page, or a
    web page's "This discussion is now closed." under the article."""
    if not trigger.anaphoric or trigger.event != "CONSULT":
        return None
    # "The visit to the chamber" after talks held somewhere: a visit that says where it
    # went is of a visit told before, not of talks of any mode
    modes = (mode,) if mode == "visit" and own_destination(trigger.token) else (None, mode)
    candidates = [
        m
        for m in earlier
        if m.event == "CONSULT"
        and m.status != "negated"
        and (mode is None or m.mode in modes)
        and m.sentence_index >= sentence - REFERENCE_SPAN
        and could_be_of(m, named)
    ]

    # "the summit" is most likely the one told as a summit before, not a meeting told since
    words = {trigger.token.lower_, trigger.token.lemma_.lower()}

    def rank(item: tuple[int, Mention]) -> tuple:
        position, mention = item
        persons = sum(a.kind == "person" for a in (*mention.actors, *mention.recipients))
        same_word = mention.trigger.lower() in words
        return (
            mention.mode == mode,
            same_word,
            persons >= 2,
            mention.status == "occurred",
            position,
        )

    return max(enumerate(candidates), key=rank)[1] if candidates else None


def could_be_of(antecedent: Mention, named: list[ActorRef]) -> bool:
    """Whether the actors a reference names can be the parties of the contact it would refer
    back to: each is one of them, or a state or body one of them belongs to ("Moscow called
    the talks useful"). "The call between X and Y" and "UN observers made their first field
    trip" name parties of their own."""
    parties = (*antecedent.actors, *antecedent.recipients)
    ids = {a.id for a in parties}
    countries = {a.country for a in parties if a.country}
    return all(a.id in ids or (a.kind != "person" and a.id in countries) for a in named)


def told_once(mentions: list[Mention]) -> list[Mention]:
    """A contact one sentence tells twice is one mention, the first: "arrived in Kyiv for a
    visit", "received Lula and formally welcomed him", "the talks, their third meeting",
    "spoke on Sunday, their first call in a month". Two mentions are the same contact when
    they agree in kind, mode, status, sides and date ("met in 2022 and again in 2023" does
    not)."""
    seen: set[tuple] = set()
    kept: list[Mention] = []
    for mention in mentions:
        key = (
            mention.event,
            mention.mode,
            mention.status,
            frozenset(a.id for a in mention.actors),
            frozenset(a.id for a in mention.recipients),
            mention.date.value if mention.date else None,
        )
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


DEFINITE = frozenset({"the", "this", "that", "their", "such"})


def requested_partners(
    trigger: Trigger, askers: list[ActorRef], earlier: list[Mention], sentence: int, lex
) -> list[ActorRef]:
    """The other side of the contact told before that a request refers back to: "Kyiv had
    asked for the call", after the call between Zelensky and Xi, was asked of Xi (the side
    that is neither an asker nor of an asker's state); a contact with no side of the
    asker's is not the one it asked for."""
    noun = request_object(trigger.token, lex)
    if noun is None or not any(c.lower_ in DEFINITE for c in noun.children):
        return []
    reference = Trigger(noun, "CONSULT", None, noun, True)
    antecedent = antecedent_of(reference, None, earlier, sentence)
    if antecedent is None:
        return []
    ours = {a.id for a in askers} | {a.country for a in askers if a.country}
    parties = (*antecedent.actors, *antecedent.recipients)
    if not any(a.id in ours or a.country in ours for a in parties):
        return []  # "Ukraine asked for the call" after one between Xi and Putin: not its own
    return [a for a in parties if a.id not in ours and a.country not in ours]
