"""Which date belongs to which event: the time expression the trigger's clause governs.

The time expressions of a document are found once; each is tied to the token that heads it.
An event takes the expression inside its trigger's scope, nearest to the trigger first; an
expression that bounds an interval ("since Feb. 24") never dates the event. Anaphoric
expressions ("earlier in the month", "the same day") resolve against the last date the
discourse mentioned.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, replace

from wirecode.events.status import REPORTING, told_as_repeated
from wirecode.events.subordinate_clauses import CONDITIONS, time_clause
from wirecode.events.trigger_words import SUBCLAUSES
from wirecode.nlp.views import once, parsed_stretches, text_of
from wirecode.quotes.marks import regions
from wirecode.records import DateValue, Document
from wirecode.time import Timex, find_timexes, resolve
from wirecode.time.stamps import update_stamps

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Anchored:
    timex: Timex
    head: int  # token index of the expression's head
    tokens: frozenset[int]


PRESENT_TAGS = {"VBZ", "VBP"}
DOCUMENT_BASIS = "document date"  # a date taken from the report, not from the text
SAID_BASIS = "on or before the day it was said"  # a date taken from a dated saying
NARRATIVE = "narrative time"  # a date taken from the course of the story, not written for it
NARRATIVE_BASIS = "narrative time of the contact told before"  # from the story's last day
SCENE_BASIS = "narrative time of the day named in the sentence before"
CAST_BASIS = "narrative time of the day these people were last named together"
CAST_REACH = 4  # sentences over which people named together with a day stay that day's cast
SCENE_REACH = dt.timedelta(days=7)  # how far before the report the story's scene may lie
CAPTION_GAP = dt.timedelta(days=7)  # a day written in full this long before the report
FULL_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")  # a year written out: "on April 6, 2023"
DAY_WORDS = ("day", "night", "morning", "afternoon", "evening")


def _anchored(doc) -> tuple[_Anchored, ...]:
    """The time expressions of a document, each with the tokens it covers: in the whole
    text, or only in the stretches a partial parse covered (the fast contact mode)."""
    found = []
    text = text_of(doc)
    for start, end in parsed_stretches(doc):
        for timex in find_timexes(text[start:end]):
            timex = replace(timex, start=timex.start + start, end=timex.end + start)
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None and len(span):
                found.append(
                    _Anchored(timex, _attachment(span), frozenset(range(span.start, span.end)))
                )
    return tuple(found)


def _attachment(span) -> int:
    """The word by which a time expression hangs on the sentence: its root, or, when the
    parser hangs two of its words outside it, the first, in the sentence the expression
    opens in ("a state visit on Monday 6 and Tuesday 7 May to celebrate": "Monday", under
    "on"; the parser hung "May" on the next clause's verb)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(outside) < 2:
        return span.root.i
    return outside[0].i


class DateFinder:
    """Dates for the triggers of one document, read in order.

    Anaphoric expressions ("earlier on the same day", "earlier in the month") resolve against
    the discourse: the latest date of a contact already reported, else the latest time
    expression, of at least the precision the expression needs (a day for "the same day").
    """

    def __init__(self, doc, document: Document, countries: tuple[str, ...] = ()) -> None:
        # A publication date inferred to the year alone (an undated text that mentions "last
        # year") anchors nothing: "on Wednesday" cannot be placed in a year.
        published = document.published
        if published is not None and published.precision == "year":
            published = None
        self.anchor: dt.date | None = published.end if published else None
        self.published = published
        # the countries of the people and states the text names, most named first: a
        # holiday of one country's calendar ("Thanksgiving") is dated for a text of its own
        self.countries = countries
        self.event_dates: list[DateValue] = []
        self.timex_dates: list[DateValue] = []
        self.scene: list[DateValue] = []  # the days the sentence just read named
        self.casts: list[tuple[int, frozenset[str], DateValue]] = []  # (sentence, people, day)
        self.sentences = 0
        self.found: list[_Anchored] = list(once(doc, "anchored timexes", _anchored))
        # a live page's entries are told from the day of their update stamps ("(Update 1:33
        # a.m. Wednesday in Cairo, 6:33 p.m. ET Tuesday) Obama spoke with Mubarak by phone
        # Tuesday"), and a stamp's own times date nothing
        stamps = update_stamps(text_of(doc), self.anchor) if self.anchor else []
        self.found = [
            a for a in self.found if not any(s <= a.timex.start < e for s, e, _ in stamps)
        ]
        self.entry_days = {
            a.timex.start: day
            for a in self.found
            for day in [next((d for s, e, d in reversed(stamps) if e <= a.timex.start), None)]
            if day is not None and day != self.anchor
        }
        # the expressions whose clause is told in the past ("met on June 12")
        self.past = {a.timex.start for a in self.found if _told_in_the_past(doc[a.head])}
        self.speech: dict[int, dt.date] = {}  # read by _resolve while it is being filled
        self.resolved: dict[tuple, DateValue | None] = {}
        self.speech = self._speech_days(doc)

    def _reference(self, timex: Timex) -> DateValue | None:
        if timex.kind != "anaphoric":
            return None
        needs_day = any(word in timex.text.lower() for word in DAY_WORDS)
        allowed = ("day",) if needs_day else ("day", "week", "month")
        for dates in (self.event_dates, self.timex_dates):
            for value in reversed(dates):
                if value.precision in allowed:
                    return value
        return None

    def _speech_days(self, doc) -> dict[int, dt.date]:
        """ "'Yesterday afternoon, letters were handed over,' the spokesman said in a statement
        on Wednesday", "The Kremlin said on Monday that Putin would meet Xi on Wednesday":
        the time of what is reported, quoted or in the reporting verb's clause, is read from
        the day it was said, when the sentence that reports it names that day. Character
        offset of each such expression → that day."""
        days: dict[int, dt.date] = {}
        if self.anchor is None or not self.found:
            return days
        spans = regions(text_of(doc))
        for sent in doc.sents:
            inside = [a for a in self.found if sent.start <= a.head < sent.end]
            if len(inside) < 2:
                continue
            quoted = [a for a in inside if any(s <= a.timex.start < e for s, e in spans)]
            said = [a for a in inside if a not in quoted and _dates_a_saying(doc[a.head])]
            for anchored in said:
                value = self._resolve(anchored.timex, future=False)
                if value is None or value.precision != "day":
                    continue
                verb = _saying_verb(doc[anchored.head])
                told = [
                    a
                    for a in inside
                    if a in quoted or a is not anchored and _in_the_report(doc[a.head], verb)
                ]
                days.update((a.timex.start, value.start) for a in told)
                break
        return days

    def _first(self, found, *, future: bool) -> DateValue | None:
        """The date of the first of `found` that resolves, in text order."""
        for anchored in sorted(found, key=lambda a: a.head):
            value = self._resolve(anchored.timex, future=future)
            if value is not None:
                return value
        return None

    def _resolve(self, timex: Timex, *, future: bool) -> DateValue | None:
        anchor = self.speech.get(timex.start) or self.entry_days.get(timex.start, self.anchor)
        if anchor is None:
            return None
        reference = self._reference(timex)
        key = (timex, anchor, future, reference)  # each trigger asks again: resolve once
        if key not in self.resolved:
            self.resolved[key] = self._resolve_anew(timex, anchor, future, reference)
        return self.resolved[key]

    def _resolve_anew(self, timex, anchor, future, reference) -> DateValue | None:
        past = timex.start in self.past
        try:
            value = resolve(timex, anchor, future=future, reference=reference, past=past)
            for country in self.countries if value is None and timex.kind == "holiday" else ():
                value = resolve(
                    timex, anchor, future=future, reference=reference, past=past, country=country
                )
                if value is not None:
                    break
        except (ValueError, OverflowError) as error:  # a date outside the calendar
            logger.debug("cannot resolve %r: %s", timex.text, error)
            return None
        if value is not None and anchor != self.anchor:
            said = (
                f"the day it was said, {anchor.isoformat()}"
                if timex.start in self.speech
                else f"the day of its live-page entry, {anchor.isoformat()}"
            )
            value = replace(value, basis=value.basis.replace(f"document date {anchor}", said))
        return value

    def report_date(self) -> DateValue | None:
        """A contact told in the past with no time anywhere: on or before its report's date,
        which merge reads as an upper bound (a report may trail the contact by days)."""
        if self.published is None:
            return None
        return DateValue(
            self.published.start,
            self.published.end,
            self.published.precision,
            text="",
            basis=f"{DOCUMENT_BASIS} {self.published.value} (no time "
            "expression: on or before the report)",
        )

    def said_date(self, predicate) -> DateValue | None:
        """ "Patrushev said on January 13 that the United States and Turkey were discussing a
        no-fly zone": a contact told in the past with no time of its own, in the clause of a
        verb of saying that names its day, is on or before that day (an upper bound, as the
        report's date is)."""
        if self.anchor is None:
            return None
        sent = predicate.sent
        for anchored in self.found:
            if not sent.start <= anchored.head < sent.end or anchored.timex.bounded:
                continue
            verb = _saying_verb(predicate.doc[anchored.head])
            if verb is None or not _in_the_report(predicate, verb):
                continue
            value = self._resolve(anchored.timex, future=False)
            if value is None or value.precision != "day" or value.start > self.anchor:
                continue
            return DateValue(
                value.start, value.end, "day", text="", basis=f"{SAID_BASIS} ({value.value})"
            )
        return None

    def date_for(
        self, tokens: set[int], trigger, *, future: bool = False, planned: bool | None = None
    ) -> DateValue | None:
        """The date of a trigger whose clause covers `tokens`, or None.

        With no expression of its own, a report in the present tense ("calls for talks",
        "has called for talks") is dated by its document, unless the contact is `planned`
        (by default, when expressions are read as `future`).
        """
        planned = future if planned is None else planned
        bounded_ok = _object_of_bound(trigger)
        mark = _bounding_mark(trigger)
        candidates = [
            a
            for a in self.found
            if a.head in tokens
            and (bounded_ok or not a.timex.bounded or (mark is not None and a.head > mark))
        ]
        candidates.sort(
            key=lambda a: (a.timex.kind in ("present", "duration"), abs(a.head - trigger.i))
        )
        candidates += _before_the_first_conjunct(self.found, trigger)
        for anchored in candidates:
            value = self._resolve(anchored.timex, future=future)
            if value is not None:
                self.event_dates.append(value)
                return value
        if self.published is not None and not planned and _present_report(trigger):
            said = self.said_date(trigger)  # "has requested talks, the ministry said on
            if said is not None:  # Tuesday": on or before that Tuesday
                return said
            caption = self._caption_date(trigger)
            if caption is not None:
                return caption
            return DateValue(
                self.published.start,
                self.published.end,
                self.published.precision,
                text="",
                basis=f"{DOCUMENT_BASIS} {self.published.value} (present-tense report)",
            )
        return None

    def _caption_date(self, trigger) -> DateValue | None:
        """A photo's caption tells in the present simple what the day it writes out in full
        shows: "Xi speaks with Macron as they arrive for the ceremony welcoming him to
        Beijing on April 6, 2023" (in a report of 2024) is of that day, not the report's."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        if verb.tag_ not in PRESENT_TAGS or any(c.dep_ == "aux" for c in verb.children):
            return None
        sent = verb.sent
        for anchored in self.found:
            if not sent.start <= anchored.head < sent.end or anchored.timex.bounded:
                continue
            if not FULL_YEAR.search(anchored.timex.text):
                continue
            value = self._resolve(anchored.timex, future=False)
            if value is not None and value.precision == "day":
                if value.end < self.published.start - CAPTION_GAP:
                    self.event_dates.append(value)
                    return value
        return None

    def when_date(self, predicate, *, future: bool = False) -> DateValue | None:
        """ "His visit in July 2000, when he held a summit with Kim": a clause opened by "when"
        happens at the time its sentence names just before it."""
        when = [c for c in predicate.children if c.dep_ == "advmod" and c.lower_ == "when"]
        if not when or when[0].i > predicate.i:
            return None
        start = predicate.sent.start
        before = [
            a
            for a in self.found
            if start <= a.head < when[0].i and a.timex.kind not in ("present", "duration")
        ]
        for anchored in sorted(before, key=lambda a: -a.head):
            value = self._resolve(anchored.timex, future=future)
            if value is not None:
                self.event_dates.append(value)
                return value
        return None

    def is_after_document(self, date: DateValue | None) -> bool:
        """Whether `date` begins after the document was written (a live page: after its
        latest entry)."""
        if date is None or self.anchor is None:
            return False
        return date.start > max([self.anchor, *self.entry_days.values()])

    def is_before(self, date: DateValue | None) -> bool:
        """Whether `date` ends before the document's date."""
        return date is not None and self.anchor is not None and date.end < self.anchor

    def date_again(
        self, tokens: set[int], trigger, given: DateValue, *, future: bool
    ) -> DateValue | None:
        """The date `date_for` just `given`, read again in the other direction: the reading
        it remembered is replaced."""
        if self.event_dates and self.event_dates[-1] is given:
            self.event_dates.pop()
        return self.date_for(tokens, trigger, future=future, planned=future)

    def scene_day(self) -> DateValue | None:
        """ "Kim arrived in Primorye on Monday. After a welcoming ceremony, he held talks
        with Kozlov": a contact told in the past with no time of its own, right after a
        sentence that names a day of the news (the week before the report), happened that
        day."""
        if not self.scene or self.anchor is None:
            return None
        day = self.scene[-1]
        if not dt.timedelta(0) <= self.anchor - day.start <= SCENE_REACH:
            return None
        return DateValue(day.start, day.end, "day", text="", basis=f"{SCENE_BASIS} ({day.value})")

    def cast_day(self, people: set[str]) -> DateValue | None:
        """ "Biden on Friday, alongside Yoon and Ishiba, condemned ... Biden, Yoon and Ishiba
        spent most of their 50-minute discussion on the issue": a contact told in the past
        with no time of its own, two of whose people a sentence just before named together
        with a day of the news, happened that day."""
        if len(people) < 2 or self.anchor is None:
            return None
        for index, named, day in reversed(self.casts):
            if index < self.sentences - CAST_REACH:
                return None
            if (
                len(people & named) >= 2
                and dt.timedelta(0) <= self.anchor - day.start <= SCENE_REACH
            ):
                return DateValue(
                    day.start, day.end, "day", text="", basis=f"{CAST_BASIS} ({day.value})"
                )
        return None

    def conjunct_date(
        self, tokens: set[int], trigger, starts: list[int], *, future: bool = False
    ) -> DateValue | None:
        """ "Met China's top diplomat on Monday and Foreign Minister Qin on Sunday": a
        counterpart named after a conjunction takes the time of its own conjunct when the
        conjunct before it names a time of its own. None when the clause has no such pair."""
        if not starts or min(starts) <= trigger.i:
            return None
        doc = trigger.doc
        joints = [i for i in range(trigger.i + 1, min(starts)) if doc[i].pos_ == "CCONJ"]
        if not joints:
            return None
        joint = joints[-1]
        timed = [a for a in self.found if a.head in tokens and a.head > trigger.i and _dates(a)]
        if not any(a.head < joint for a in timed):
            return None
        return self._first([a for a in timed if a.head > joint], future=future)

    def rescheduled_date(self, token, rescheduling: frozenset[str]):
        """ "The summit ... has been postponed to next month", "delayed the talks until
        Friday": a contact put off to a new time is planned at that time. The first word of
        the phrase that tells it and the date, or None."""
        verb = token.head
        if token.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return None
        phrase = new_time_phrase(verb, rescheduling)
        if not phrase:
            return None
        # "until Friday" bounds nothing here: it is the new day
        value = self.phrase_date(phrase, future=True)
        return (token.doc[min(phrase)], value) if value is not None else None

    def phrase_date(self, phrase: set[int], *, future: bool) -> DateValue | None:
        """The first time a phrase tells, a bound or not: "put off until Friday", "did not
        meet until Monday" (the day it was done)."""
        found = [
            a
            for a in self.found
            if a.head in phrase and a.timex.kind not in ("present", "duration")
        ]
        return self._first(found, future=future)

    def again_date(self, tokens: set[int], trigger, *, future: bool = False):
        """ "Met in Bali in 2022 and again in Woodside in 2023": a conjunct opened by "and
        again" tells the contact a second time, at the time it names. The word "again" and
        that date, or None."""
        doc = trigger.doc
        for i in range(trigger.i + 1, trigger.sent.end):
            again = doc[i]
            if again.lower_ != "again" or doc[i - 1].pos_ != "CCONJ":
                continue
            if not (again.head.i in tokens or trigger in again.head.ancestors):
                continue
            # "again in Woodside ... in 2023": the rest of the clause, up to a further "and"
            clause = {t.i for t in trigger.subtree}
            stop = next((t.i for t in doc[i + 1 : trigger.sent.end] if t.pos_ == "CCONJ"), None)
            conjunct = {j for j in clause if j > i and (stop is None or j < stop)}
            value = self._first(
                [a for a in self.found if a.head in conjunct and _dates(a)], future=future
            )
            if value is not None:
                return again, value
        return None

    def advance(self, sent, people: frozenset[str] = frozenset()) -> None:
        """Remember the last date this sentence mentioned, for anaphora further on, and the
        people it named with its days."""
        self.sentences += 1
        self.scene = []
        for anchored in self.found:
            if sent.start <= anchored.head < sent.end and anchored.timex.kind not in (
                "present",
                "duration",
            ):
                value = self._resolve(anchored.timex, future=False)
                if value is not None:
                    self.timex_dates.append(value)
                    saying = _dates_a_saying(sent.doc[anchored.head])  # not the story's day
                    if value.precision == "day" and not anchored.timex.bounded and not saying:
                        self.scene.append(value)
                        if len(people) >= 2:
                            self.casts.append((self.sentences - 1, people, value))


def from_report(date: DateValue) -> bool:
    """A date taken from the report's own date ("has arrived") or from the day a saying names
    ("said on Monday that they were discussing"): an upper bound only."""
    return date.basis.startswith((DOCUMENT_BASIS, SAID_BASIS))


def _dates(anchored: _Anchored) -> bool:
    """An expression that can date an event: not a bound ("since Feb. 24"), a duration or
    the present."""
    return not anchored.timex.bounded and anchored.timex.kind not in ("present", "duration")


def _before_the_first_conjunct(found, trigger) -> list[_Anchored]:
    """ "Earlier in the month, he spoke with Putin and reaffirmed China's support": an
    expression before the first of coordinated verbs modifies them all, so a later verb
    conjunct takes it after any expression of its own. An expression after the first verb
    ("met Putin on Monday and flew home") stays that verb's."""
    if trigger.pos_ != "VERB":
        return []
    first = trigger
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    if first is trigger:
        return []
    before = {t.i for child in first.lefts for t in child.subtree}
    return sorted((a for a in found if a.head in before and _dates(a)), key=lambda a: -a.head)


PAST_AUXILIARIES = {"was", "were", "had"}


def report_adjunct(phrase):
    """The verb of saying that a phrase belongs to, where the parser hung it on the clause
    the verb reports: "said on Friday he would host Putin next month" (no clause opens
    with a phrase before its subject when no "that" opens it first: "said that on Friday he
    would" keeps it in the clause). None for any other phrase."""
    verb = phrase.head
    if phrase.dep_ not in ("prep", "npadvmod") or verb.dep_ != "ccomp":
        return None
    saying = verb.head
    if saying.lemma_.lower() not in REPORTING or not saying.i < phrase.i < verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or phrase.i > subjects[0].left_edge.i:
        return None
    opened = any(c.dep_ == "mark" and c.i < phrase.i for c in verb.children)
    return None if opened else saying


def head_of(token):
    """The token's head, or for a phrase the parser hung on a report, the verb of saying."""
    return report_adjunct(token) or token.head


def told_by_the_report(tokens: set[int], doc) -> set[int]:
    """The tokens of `tokens` in phrases that belong to the verb of saying (`report_adjunct`)."""
    found: set[int] = set()
    for i in tokens:
        if report_adjunct(doc[i]) is not None:
            found |= {t.i for t in doc[i].subtree}
    return found


RESCHEDULING_PREPS = frozenset({"to", "until", "till"})


def phrasal(verb) -> set[str]:
    """The verb's lemma alone and with each of its particles: "call", "call off"."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}


def puts_off(verb, rescheduling: frozenset[str]) -> bool:
    """Whether the verb, with its particle, is one of putting off ("postpone", "put off")."""
    return bool(phrasal(verb) & rescheduling)


def new_time_phrase(verb, rescheduling: frozenset[str]) -> set[int]:
    """The phrase of a verb of putting off that gives the new time ("postponed the summit to
    next month", "was delayed until Friday"): the time the thing put off is moved to, not
    the time of the putting off."""
    if not puts_off(verb, rescheduling):
        return set()
    found: set[int] = set()
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in RESCHEDULING_PREPS:
            found |= {t.i for t in prep.subtree}
    return found


def during_phrase(trigger) -> set[int]:
    """The phrase "during" which an event took place, on the trigger or its verb: it frames
    the event (no party in it takes part) but its time is the event's ("met Arafat during a
    summit in Cairo on Wednesday", "thanked Sunak during a phone call on Thursday").
    `trigger`: a contact's trigger or a PLOVER candidate."""
    found: set[int] = set()
    for head in {trigger.token, trigger.predicate}:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "during":
                found |= {t.i for t in prep.subtree}
    return without_other_clauses(found, trigger) if found else found


def without_other_clauses(tokens: set[int], trigger) -> set[int]:
    """The tokens without the clauses of their own that they hold and the trigger is not in:
    in "Putin, who met Xi in Beijing last February, hosted him this week", "last February"
    dates the relative clause's meeting, not the hosting its subject tells of. `trigger`: a
    contact's trigger or a PLOVER candidate (its `token` and `predicate`)."""
    doc = trigger.token.doc
    own = {trigger.token.i, trigger.predicate.i}
    drop: set[int] = set()
    for i in tokens:
        token = doc[i]
        if token.dep_ in SUBCLAUSES and i not in drop:
            inside = {t.i for t in token.subtree}
            if not inside & own:
                drop |= inside
    return tokens - drop


def _told_in_the_past(token) -> bool:
    """The verb of the clause an expression sits in is in a past tense: "met on June 12",
    "the summit was held on June 12", "had talked on June 12" (not "will meet", "is held",
    nor "has met")."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX"):
            if current.tag_ == "VBD":
                return True
            auxes = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")}
            return current.tag_ == "VBN" and bool(auxes & PAST_AUXILIARIES)
        if current.head.i == current.i:
            return False
        current = head_of(current)
    return False


def _dates_a_saying(token) -> bool:
    """The expression sits in the clause of a verb of saying ("said ... on Wednesday")."""
    return _saying_verb(token) is not None


def _saying_verb(token):
    """The verb of saying whose own clause holds the token, if any."""
    current = token
    for _ in range(6):
        if current.lemma_.lower() in REPORTING and current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i or current.pos_ in ("VERB", "AUX"):
            return None
        current = head_of(current)
    return None


def _in_the_report(token, verb) -> bool:
    """The token lies in the clause that `verb` reports ("said on Monday that Putin would
    meet Xi on Wednesday": "Wednesday")."""
    for ancestor in (token, *token.ancestors):
        if ancestor.head.i == verb.i and ancestor.i != verb.i:
            return ancestor.dep_ == "ccomp"
    return _said_after(verb) and verb.head in (token, *token.ancestors)


def _said_after(verb) -> bool:
    """A saying told after what it says, that the parser hangs on it as a conjunct: "Xi is
    set to visit Russia next week, the ministry announced on Friday" (no "and" joins them)."""
    head = verb.head
    return (
        verb.dep_ in ("conj", "parataxis")
        and head.i < verb.i
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    )


BOUNDING_PREPS = {"since", "until", "till", "before", "after", "following"}


def _object_of_bound(trigger) -> bool:
    """ "Since his visit in July 2000", "after meeting Xi on Monday": the bounding word bounds
    the time after the visit or the meeting; the expression inside their own phrase still
    dates them."""
    return trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ in BOUNDING_PREPS


def _bounding_mark(trigger) -> int | None:
    """ "After Xi visited France in May 2024": the word opens the trigger's own clause, so
    the expressions after it date the trigger; they bound the clause the word attaches to."""
    for child in trigger.children:
        if child.dep_ == "mark" and child.lower_ in BOUNDING_PREPS:
            return child.i
    return None


def _present_report(trigger) -> bool:
    """ "Calls for talks", "has called for talks": the verb reports the news of the day
    ("has met Xi six times" does not: it sums up many contacts, nor does a condition or a
    time: "if Putin meets Zelensky", "when Putin meets Zelensky")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if told_as_repeated(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return False  # "if Putin meets Zelensky", "unless the talks fail": a condition
    if verb.dep_ == "advcl" and time_clause(verb):
        return False  # "once he has met Xi", "whenever they meet": a time, not the news
    if verb.tag_ in PRESENT_TAGS:
        return True
    if verb.tag_ == "VBG":  # "Kim is travelling to Russia"
        return any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children
        )
    if verb.tag_ == "VBN":
        auxes = [c for c in verb.children if c.dep_ == "aux"]
        return any(a.lower_ in ("has", "have", "'s") for a in auxes) and not any(
            a.lower_ in ("had", "been") for a in auxes
        )
    return False


def countries_named(actor_mentions) -> tuple[str, ...]:
    """The countries of the actors a text names, the most often named first."""
    counts = Counter(m.actor.country for m in actor_mentions if m.actor.country)
    return tuple(country for country, _ in counts.most_common())
