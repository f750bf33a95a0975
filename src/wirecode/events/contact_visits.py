"""Visits: a visit by motion needs a traveller, and a meeting on a visit names its host.

"Made a visit to Kyiv to meet Zelensky" is one visit, whose host is the person met there,
when the meeting and the visit share a visitor, a status and a time.
"""

from __future__ import annotations

import datetime as dt

from wirecode.actors.mentions import ActorMention
from wirecode.events.contact_dyads import drop_redundant_states
from wirecode.events.crowds import a_people
from wirecode.events.dating import NARRATIVE, from_report
from wirecode.events.trigger_words import ARRIVAL_PREPS, GOAL_PREPS, Trigger, prep_objects
from wirecode.records import DateValue, Mention

MOTION = {"arrive", "travel", "fly", "land", "touch", "sweep", "stop", "go"}
# words for people sent to speak for a state or body: their modifier names the traveller
TRAVELLER_NOUNS = {"delegation", "envoy", "emissary", "negotiator", "delegate", "mission"}
NAMERS = {"amod", "compound", "nmod"}  # words before a noun that say whose it is
REPORT_SLACK = dt.timedelta(days=3)  # a report may trail the contact it reports by days


def traveller_named(trigger: Trigger, mentions: list[ActorMention]) -> bool:
    """A visit by motion ("arrived in", "travelled to") needs an actor as the one moving:
    the subject itself, or whose people a delegation is ("a North Korean delegation arrived"),
    not a word that merely modifies it ("NATO troops")."""
    if trigger.token.lemma_.lower() not in MOTION and not (
        trigger.mode == "visit" and trigger.token.pos_ == "VERB"
    ):
        return True
    subjects = _shared_subjects(trigger.token)
    if not subjects and trigger.token.dep_ == "acl":
        subjects = [trigger.token.head]  # "Syrians arriving in Turkey"
    if subjects and all(a_people(s, mentions) for s in subjects):
        return False  # "Syrians arriving in Turkey have fled the town": no one sent
    if not subjects or trigger.token.lemma_.lower() not in MOTION:
        return True  # "… to meet Zelensky, arriving in Kyiv": the subject is elsewhere
    return any(
        m.start <= s.i < m.end or m.head == s.i or m.head in _modifiers(s) | _apposed(s)
        for s in subjects
        for m in mentions
    )


def _apposed(subject) -> set[int]:
    """The name set beside a subject: "The envoy for the UN, Kofi Annan, is to travel"."""
    return {c.i for c in subject.children if c.dep_ == "appos"}


def _modifiers(subject) -> set[int]:
    """The words that tell whose a subject is, when it is a word for people sent ("a North
    Korean delegation", "Iraqi envoys"); a word that merely modifies other things ("NATO
    troops") tells no traveller."""
    if subject.lemma_.lower() not in TRAVELLER_NOUNS:
        return set()
    own = {c.i for c in subject.children if c.dep_ in NAMERS | {"poss"}}
    sent_by = prep_objects(subject, {"from", "of"})  # "a delegation from China"
    return own | {w.i for o in sent_by for w in (o, *o.children) if w is o or w.dep_ in NAMERS}


def _shared_subjects(verb) -> list:
    """The verb's subjects, or those of the verb it completes or is a conjunct of: "planes
    are expected to arrive", "were released and have arrived" ("planes", the released)."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        purpose = verb.dep_ == "advcl" and any(c.lower_ == "to" for c in verb.children)
        if subjects or verb.dep_ not in ("xcomp", "acomp", "conj") and not purpose:
            return subjects  # ("travel to Syria to visit the shrine": the travellers visit)
        if verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def _same_time(a: DateValue | None, b: DateValue | None) -> bool:
    """Dates that may be one visit's: either unknown or a guess from the narrative, or
    intervals that overlap, or lie a few days apart when one is the report's own date ("this
    trip, the first since his visit in 2000, when he met Kim": the meeting is the old
    visit's)."""
    if a is None or b is None or _guessed(a) or _guessed(b):
        return True
    gap = max(a.start, b.start) - min(a.end, b.end)
    reported = from_report(a) or from_report(b)
    return gap <= (REPORT_SLACK if reported else dt.timedelta(0))


def _reported(date: DateValue | None) -> bool:
    """A date that is the report's own (a present tense), not one the text tells."""
    return date is None or from_report(date)


def _guessed(date: DateValue) -> bool:
    return date.basis.startswith(NARRATIVE)


def met_elsewhere(meeting: Trigger, visits: list[Trigger]) -> bool:
    """A meeting told in a "where" clause on a place no visit of its sentence went to is a
    contact of its own: "travelled to Addis Ababa after a stop in Djibouti, where he held
    talks with Guelleh" (not "arrived in Kyiv, where he met Zelensky")."""
    clause = next((w for w in (meeting.token, meeting.predicate) if w.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ == "where" for c in clause.children):
        return False
    place = clause.head.i
    return not any(
        place
        in {t.i for obj in prep_objects(word, ARRIVAL_PREPS | GOAL_PREPS) for t in obj.subtree}
        for visit in visits
        for word in (visit.token, visit.predicate)
    )


def combine_visits(
    mentions: list[Mention], *, older: set[int] = frozenset(), apart: set[int] = frozenset()
) -> list[Mention]:
    """ "Made a visit to Kyiv to meet Zelensky": the visit's host is the person met there.
    Meetings whose triggers start at `apart` were held elsewhere (`met_elsewhere`)."""
    visits = [m for m in mentions if m.mode == "visit" and m.status == "occurred"]
    kept: list[Mention] = []
    for mention in mentions:
        visit = next(
            (
                v
                for v in visits
                if v is not mention
                and mention.mode == "meet"
                and mention.trigger_start not in apart
                and mention.status == v.status  # "who is visiting China will meet Xi"
                and (mention.trigger_start in older) == (v.trigger_start in older)
                and {a.id for a in v.actors} & {a.id for a in mention.actors}
                and _same_time(v.date, mention.date)
            ),
            None,
        )
        if visit is None:
            kept.append(mention)
            continue
        known = {a.id for a in visit.actors + visit.recipients}  # a host told twice is one
        hosts = [a for a in mention.actors if a.id not in {v.id for v in visit.actors}]
        added = [a for a in hosts if a.id not in known]
        visit.recipients = drop_redundant_states(visit.recipients + added, hosts) or hosts
        if visit.date is None or _reported(visit.date) and not _reported(mention.date):
            visit.date = mention.date  # "Zhu, who is visiting France, met Chirac on Wednesday"
    return kept
