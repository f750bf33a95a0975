"""PLOVER events other than diplomatic contacts: AGREE, SUPPORT, ..., ASSAULT.

The rules are data (`events/data/plover.yaml`, read by `plover_lexicon`); `plover_mentions`
applies them to each parsed sentence in four steps:

1. **Candidates** (`plover_verbs`, `plover_nouns`). A verb of the lexicon ("denounced",
   "arrested"), a verb with its particle ("blew up") or with its object ("imposed a
   curfew", "lifted sanctions", "opened fire"), a noun governed by a verb ("staged
   demonstrations", "launched an investigation"), a noun compound ("hunger strike", "car
   bomb"), and an obligation put on someone else ("said that China must drop barriers" →
   REQUEST). `plover_senses` tells when a verb is used in another sense, `plover_words`
   how words and their dependents are read, and `plover_background` which events are told
   as background, not as news.
2. **Frames** (`plover_frames`). A candidate governed by another one, through complements,
   purposes, objects or prepositions, is the content of that one and not an event of its
   own: "agreed to set up" is AGREE, "refused to lift the curfew" REJECT, "accused X of
   violating" ACCUSE; what is claimed, judged or condemned is the content of the claim
   (`plover_claims`: "claimed that Iranian jets had bombed Basra" is ACCUSE). Coordinated
   verbs are events of their own ("kidnapped ... and exploded bombs").
3. **Status and intent** (`plover_status`). The status comes from
   `wirecode.events.status.status_of`. PLOVER codes an expressed intent as a type of its
   own: a cooperative event told as planned or hypothetical is AGREE, a hostile one
   THREATEN, a cooperative one refused in the future tense ("would not meet their demands")
   REJECT.
4. **Participants** (`plover_roles`). The actors of the clause: the subject side is
   `actors`, the others `recipients`; a passive subject ("has been accused") is a recipient.

`combine_with_contacts` (`plover_contacts`) merges these mentions with the contact coder's.
The names other code uses are all importable from here.
"""

from __future__ import annotations

from wirecode.actors.mentions import ActorMention
from wirecode.events.dating import (
    during_phrase,
    new_time_phrase,
    told_by_the_report,
    without_other_clauses,
)
from wirecode.events.lexicon import load as load_contacts
from wirecode.events.mentions import mention_at
from wirecode.events.plover_contacts import APPEALS_KEY, combine_with_contacts
from wirecode.events.plover_frames import candidates
from wirecode.events.plover_lexicon import TYPES, Candidate, Code, PloverLexicon, load, parse_code
from wirecode.events.plover_roles import roles
from wirecode.events.plover_status import event_status, plover_reading
from wirecode.events.plover_words import split_verb_head
from wirecode.events.verb_forms import to_infinitive
from wirecode.nlp.views import parsed_stretches
from wirecode.records import Document, Mention

__all__ = [
    "APPEALS_KEY",
    "Candidate",
    "Code",
    "PloverLexicon",
    "TYPES",
    "candidates",
    "combine_with_contacts",
    "countries",
    "event_status",
    "load",
    "parse_code",
    "plover_mentions",
    "plover_reading",
]


def plover_mentions(
    doc,
    document: Document,
    actor_mentions: list[ActorMention],
    *,
    dates=None,
    coder: str = "",
    sentences: set[int] | None = None,
) -> list[Mention]:
    """Every non-contact PLOVER mention of one parsed document, in text order.

    `dates` is the document's `DateFinder` (shared with the contact coder); with None the
    mentions are undated. Actors are already resolved in `actor_mentions`. `sentences`, if
    given, are the indices of the only sentences read (the fast contact mode's).
    """
    lex, contacts = load(), load_contacts()
    found: list[Mention] = []
    appeals: set[int] = doc.user_data.setdefault(APPEALS_KEY, set())
    stretches = parsed_stretches(doc)
    for index, sent in enumerate(doc.sents):
        if not any(a <= sent.start_char < b for a, b in stretches):
            continue  # a line the fast contact mode did not parse: no tags or tree to read
        if sentences is not None and index not in sentences:
            if dates is not None:
                dates.advance(sent)
            continue
        in_sent = [m for m in actor_mentions if sent.start <= m.start < sent.end]
        for candidate in candidates(sent, lex, contacts, appeals=appeals):
            word = split_verb_head(candidate.token)  # "will not co-operate": on "co"
            status = event_status(word, contacts)
            event, status = plover_reading(candidate.code, status, word, lex)
            actors, recipients, tokens = roles(candidate, in_sent)
            date = None
            if dates is not None:
                own = tokens - _infinitive_complements(candidate.predicate)
                own -= told_by_the_report(own, sent.doc)  # "said on Monday Russia had shelled"
                own = without_other_clauses(own, candidate)  # "the visit, planned for ..."
                own -= new_time_phrase(candidate.predicate, contacts.rescheduling)  # "to May"
                future = status == "planned"
                date = dates.date_for(own, candidate.predicate, future=future)
                during = during_phrase(candidate) if date is None else set()
                if during:  # "thanked Sunak during a phone call on Thursday": its Thursday
                    date = dates.date_for(during, candidate.predicate, future=future)
            token = candidate.token
            mode = candidate.code.mode if event == candidate.code.event else None
            found.append(
                mention_at(
                    document,
                    index,
                    sent,
                    token,
                    event=event,
                    mode=mode,
                    status=status,
                    actors=actors,
                    recipients=recipients,
                    date=date,
                    confidence=1.0 if actors else 0.5,
                    coder=coder,
                    contexts=_context(candidate, tokens, lex),
                )
            )
        if dates is not None:
            dates.advance(sent)
    return found


def _context(candidate: Candidate, tokens, lex: PloverLexicon) -> list[str]:
    if candidate.code.context:
        return [candidate.code.context]
    words = {candidate.token.doc[i].lower_ for i in tokens}
    return sorted(name for name, cues in lex.contexts.items() if words & cues)


def countries(mentions: list[Mention]) -> set[str]:
    """Countries of the actors and recipients of mentions."""
    return {a.country for m in mentions for a in (*m.actors, *m.recipients) if a.country}


def _infinitive_complements(predicate) -> set[int]:
    """The tokens of the acts a verb takes as its to-infinitive: their time is theirs, not
    the verb's ("agreed to withdraw in June", "threatened to strike next week")."""
    return {
        t.i for c in predicate.children if c.dep_ == "xcomp" and to_infinitive(c) for t in c.subtree
    }
