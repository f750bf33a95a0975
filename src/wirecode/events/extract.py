"""From a parsed document to Mentions: trigger, participants, status, initiator and date.

`extract_mentions` reads a document sentence by sentence and codes each contact trigger
(`triggers`) in steps, each in a module of its own:

- `contact_participants`: who takes part, the actors of the clause the trigger governs
  (`participants`, `Side`);
- `contact_dyads`: who is on which side (`arrange`: visits and requests are directed, calls
  and meetings reciprocal), and one contact per counterpart unless they meet in one gathering
  (`dyads`);
- `contact_references`: "the call" with no participants of its own refers back to the
  latest contact of the document;
- `contact_dates`: the date and status of the contact;
- `contact_visits`: a visit by motion needs a traveller, and "made a visit to Kyiv to meet
  Zelensky" is one visit whose host is the person met.

`find_initiator` tells who started it ("at the request of X"). The names other code uses are
importable from here.
"""

from __future__ import annotations

import logging
from bisect import bisect_right

from wirecode.actors.mentions import ActorMention
from wirecode.events.contact_dates import (
    Context,
    bounded_by,
    date_and_status,
    date_of_wish,
    is_announced,
    names_a_thing_of,
    narrative_date,
    own_day_before,
    since_clause,
    wish_to_meet,
)
from wirecode.events.contact_dyads import arrange, dyads, one_gathering, sides
from wirecode.events.contact_participants import Side, met_by_someone_unnamed, participants
from wirecode.events.contact_references import (
    antecedent_of,
    named_gathering,
    requested_partners,
    told_once,
)
from wirecode.events.contact_visits import combine_visits, met_elsewhere, traveller_named
from wirecode.events.dating import DateFinder, countries_named
from wirecode.events.lexicon import Lexicon
from wirecode.events.mentions import mention_at, moved_to
from wirecode.events.status import (
    negates_the_topic,
    told_as_earlier,
    told_as_past,
    told_as_repeated,
)
from wirecode.events.trigger_parties import names_two_parties, visits_places_told
from wirecode.events.triggers import find_triggers
from wirecode.nlp.views import columns
from wirecode.records import ActorRef, Document, Mention

__all__ = [
    "Side",
    "arrange",
    "dyads",
    "extract_mentions",
    "find_initiator",
    "participants",
]

logger = logging.getLogger(__name__)


def find_initiator(sent, mentions: list[ActorMention], kb, lex: Lexicon):
    """Who started it, and where it is said: "initiated by Kyiv", "at the request of X"."""
    words = lex.initiator_verbs | lex.initiator_nouns
    lemmas = columns(sent.doc).lemma  # lower-cased lemmas: no `Token` for the other words
    for token in (sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in words):
        by = [
            c
            for c in token.children
            if c.dep_ in ("agent", "prep", "poss") and c.lower_ in ("by", "of") or c.dep_ == "poss"
        ]
        for child in by:
            for word in child.subtree:
                for mention in mentions:
                    if mention.start <= word.i < mention.end:
                        return mention.actor, token.i
                state = kb.state_of_adjective(word.text) or kb.state_named(word.text)
                if state:
                    return ActorRef(
                        state.id,
                        state.name,
                        state.code,
                        state.sector,
                        "state",
                        text=word.text,
                        basis="initiator",
                    ), token.i
    return None, None


def extract_mentions(
    doc, document: Document, actor_mentions: list[ActorMention], *, kb, lex: Lexicon, coder: str
) -> list[Mention]:
    """Every contact mention in a parsed document."""
    found: list[Mention] = []
    ctx = Context(
        doc, document, DateFinder(doc, document, countries_named(actor_mentions)), lex, coder
    )
    older_starts: set[int] = set()  # triggers told in a "since" clause
    aside: list[Mention] = []  # contacts whose sides are told by nouns, not known by name
    sentences = list(doc.sents)
    starts = [sent.start for sent in sentences]
    by_sentence: dict[int, list[ActorMention]] = {}
    for mention in actor_mentions:  # each actor mention under its sentence, read once
        by_sentence.setdefault(bisect_right(starts, mention.start) - 1, []).append(mention)
    for index, sent in enumerate(sentences):
        in_sent = by_sentence.get(index, [])
        initiator, said_at = find_initiator(sent, in_sent, kb, lex)
        sentence_mentions: list[Mention] = []
        triggers = list(find_triggers(sent, lex))
        visits = [t for t in triggers if t.mode == "visit"]
        apart = {t.token.idx for t in triggers if met_elsewhere(t, visits)}
        for trigger in triggers:
            if not traveller_named(trigger, in_sent):
                continue  # "peacekeeping troops arrived in Bosnia": a deployment, no visit
            side, tokens, mode, actors, recipients = sides(trigger, in_sent, lex)
            if met_by_someone_unnamed(trigger, side, mode, lex):
                continue  # "We met Putin and Xi": no contact between Putin and Xi
            everyone = {a.id for a in actors + recipients}
            antecedent, unnamed = None, False
            if (trigger.anaphoric or len(everyone) < 2) and not named_gathering(
                trigger.token, in_sent
            ):
                # "the call between X and Y" names its own people
                earlier = found + sentence_mentions
                antecedent = antecedent_of(trigger, mode, earlier, index, actors + recipients)
            if antecedent is None and trigger.anaphoric and mode == "visit" and len(everyone) < 2:
                # "Yeltsin is on a three-day visit to China": no visit told before, so the
                # subject of the clause it sits in is the visitor
                side, tokens, mode, actors, recipients = sides(trigger, in_sent, lex, inherit=True)
                everyone = {a.id for a in actors + recipients}
            if trigger.event == "REQUEST" and actors and not recipients:
                # "Kyiv had asked for the call": of the other side of the call told before
                recipients = requested_partners(
                    trigger, actors, found + sentence_mentions, index, lex
                )
                everyone = {a.id for a in actors + recipients}
            people = {a.id for a in actors + recipients if a.kind == "person"}
            if antecedent is not None and (len(people) < 2 or len(everyone) < 2):
                actors, recipients = antecedent.actors, antecedent.recipients
                mode = mode or antecedent.mode
            elif len(everyone) < 2:
                if not (
                    names_two_parties(trigger, lex) or actors and visits_places_told(trigger, lex)
                ):
                    continue  # a contact needs two sides, known by name or told by nouns
                unnamed = True
            date, status = date_and_status(trigger, tokens, ctx)
            if status == "negated" and negates_the_topic(trigger, lex):
                continue  # "did not discuss Ukraine": they talked, of something else
            if (
                antecedent is not None
                and status == "occurred"
                and (
                    not told_as_past(trigger.token)
                    or names_a_thing_of(trigger.token)
                    or is_announced(trigger.token, lex)
                )
            ):  # "the meeting comes amid ...", "venues were discussed for the meeting"
                status = antecedent.status  # as announced
                if status in ("planned", "hypothetical") and own_day_before(date, ctx):
                    # "attending Monday's summit" after "Putin will hold talks with them":
                    # the Monday to come, as the summit is
                    date = ctx.dates.date_again(tokens, trigger.predicate, date, future=True)
            older = since_clause(trigger.predicate)
            if older:
                older_starts.add(trigger.token.idx)
            if date is None and status == "occurred" and antecedent is None:
                if bounded_by(trigger.predicate) and not older:  # "a day after meeting Xi"
                    date = ctx.dates.report_date()
                elif not (
                    older
                    or told_as_earlier(trigger.predicate)
                    or told_as_repeated(trigger.predicate)
                ):  # "had previously met", "have met six times"
                    date = (
                        narrative_date(found + sentence_mentions, index)
                        or ctx.dates.said_date(trigger.predicate)
                        or ctx.dates.cast_day(people)
                        or ctx.dates.scene_day()
                        or ctx.dates.report_date()
                    )
            future = status in ("planned", "hypothetical")
            again = ctx.dates.again_date(tokens, trigger.predicate, future=future)
            if again is not None and date is not None and again[1].value == date.value:
                again = None
            moved = ctx.dates.rescheduled_date(trigger.token, lex.rescheduling)
            wish = wish_to_meet(trigger, lex) if status == "hypothetical" else None
            wish_date = date_of_wish(wish, ctx) if wish is not None else None
            subject_ids = {a.id for a in side.subjects}
            heads = [m.head for m in in_sent if m.actor.id in everyone - subject_ids]
            together = one_gathering(trigger, heads, lex)
            told = len(sentence_mentions)
            for dyad_actors, dyad_recipients in dyads(
                trigger, actors, recipients, side, together=together
            ):
                counterparts = {a.id for a in dyad_actors + dyad_recipients} - subject_ids
                own = ctx.dates.conjunct_date(
                    tokens,
                    trigger.predicate,
                    [m.start for m in in_sent if m.actor.id in counterparts],
                    future=future,
                )
                sentence_mentions.append(
                    mention_at(
                        document,
                        index,
                        sent,
                        trigger.token,
                        event=trigger.event,
                        mode=mode,
                        status=status,
                        actors=dyad_actors,
                        recipients=dyad_recipients,
                        date=own or date,
                        coder=coder,
                    )
                )
                if again is not None:  # "met in 2022 and again in 2023": a second contact
                    word, again_date = again
                    sentence_mentions.append(moved_to(sentence_mentions[-1], word, date=again_date))
                if moved is not None:  # "postponed to next month": planned then
                    word, new_date = moved
                    sentence_mentions.append(
                        moved_to(sentence_mentions[-1], word, status="planned", date=new_date)
                    )
                wisher = [a for a in dyad_actors + dyad_recipients if a.id in subject_ids]
                wished = [a for a in dyad_actors + dyad_recipients if a.id in counterparts]
                if wish is not None and wisher and wished:
                    sentence_mentions.append(
                        moved_to(
                            sentence_mentions[-1],
                            wish,
                            event="REQUEST",
                            mode=mode or "meet",
                            status="occurred",
                            actors=wisher,
                            recipients=wished,
                            date=wish_date,
                        )
                    )
            if unnamed:  # sides not known by name: no contact for a later one to refer to
                aside.extend(sentence_mentions[told:])
                del sentence_mentions[told:]
        sentence_mentions = told_once(sentence_mentions)
        if initiator is not None and sentence_mentions:
            nearest = min(sentence_mentions, key=lambda m: abs(m.trigger_start - doc[said_at].idx))
            nearest.initiator = initiator
        ctx.dates.advance(sent, frozenset(m.actor.id for m in in_sent if m.actor.kind == "person"))
        found.extend(combine_visits(sentence_mentions, older=older_starts, apart=apart))
    return sorted(found + aside, key=lambda m: m.sentence_index)  # stable: text order
