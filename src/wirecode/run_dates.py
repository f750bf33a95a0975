"""Undated documents dated by the run: a text with no date of its own that tells a contact by
a weekday or a relative day ("will host Friday's summit between Putin and Trump", "will meet
Xi on Saturday (Nov 16)") was written near the day the run's dated reports give that contact.

A document qualifies when it has no publication date, or only the weak window of its
office-holders' terms (`pipeline.complete_date`). Each of its undated contacts proposes the
days that other, dated reports write for a contact of the same type between the same
people (a day of the text, not one taken from a report's date). The document is coded again
as if written on each proposed day; a day is kept when the contact, so coded, falls on it
by a time expression of the document's own text. Only a single kept day dates the document
(basis `inferred from the run`, with the week it may lie in); several, or none, leave it as
it was. Its other time expressions then resolve ("Earlier on Tuesday", "last week").

Only contacts between the same people propose days (an attack or a protest between a state
and its rebels recurs day after day), and only the news of a dated report does: from six
days before the report's own day to a month after it, what it announces (not "the 1914
assassination" of its background). The day must be the one the text's own expression gives
(a weekday one off would confirm three days in seven). A pair known on another day within
thirty days of it proposes neither (a weekday cannot tell which time they met), and a pair
known on more than six days proposes none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections import defaultdict

from wirecode.actors.tenure import TERMS_BASIS
from wirecode.merge import derived, modes_compatible
from wirecode.records import DateValue, Document, Mention, is_contact

logger = logging.getLogger(__name__)

RUN_BASIS = "inferred from the run"
WRITTEN_WITHIN = dt.timedelta(days=6)  # a weekday names a day at most six days away
MAX_PROPOSALS = 6  # days tried per document
ANNOUNCED_WITHIN = dt.timedelta(days=31)  # how far ahead a report's news may announce a day
DAY = dt.timedelta(days=1)  # reports a day apart (time zones) tell one day
APART = dt.timedelta(days=30)  # a pair told on another day this near: which one is not told


def undated(document: Document) -> bool:
    """A document with no date, or only its office-holders' terms for one."""
    published = document.published
    return published is None or published.basis.startswith(TERMS_BASIS)


TOLD = ("occurred", "planned")  # contacts that date something: held, or planned for a day


def _waiting(mentions: list[Mention]) -> list[Mention]:
    """A document's contacts told undated, held or planned."""
    return [m for m in mentions if m.date is None and m.status in TOLD]


def _own_day(mention: Mention) -> bool:
    date = mention.date
    return date is not None and date.precision == "day" and not derived(date)


def proposals(
    document: Document, mentions: list[Mention], known: dict[tuple, list[Mention]]
) -> list[dt.date]:
    """The days the run's dated reports give the contacts `document` tells undated, within
    its window of office terms."""
    window = document.published
    days: set[dt.date] = set()
    for mention in _waiting(mentions):
        told = {
            other.date.start
            for other in known.get((mention.event, mention.participants), ())
            if other.document != document.id and modes_compatible(other.mode, mention.mode)
        }
        for day in told:
            if window is not None and not window.start <= day <= window.end:
                continue
            if any(DAY < abs(other - day) <= APART for other in told):
                continue  # the pair met again within weeks: a weekday cannot tell which time
            days.add(day)
    if len(days) > MAX_PROPOSALS:
        return []  # a pair known on many days (recurring clashes): which one is not told
    return sorted(days)


def _confirmed(
    coded: list[Mention], undated_mentions: list[Mention], day: dt.date
) -> Mention | None:
    """The undated contact that, coded as written on `day`, falls on it by the text's own
    time expression."""
    wanted = {(m.event, m.trigger_start, m.participants) for m in undated_mentions}
    for mention in coded:
        if (mention.event, mention.trigger_start, mention.participants) not in wanted:
            continue
        if _own_day(mention) and mention.date.start == day:
            return mention  # the day itself: a weekday one off would confirm 3 days in 7
    return None


def date_from_run(document: Document, mentions: list[Mention], known, coder):
    """(the document dated, its mentions coded again) or None."""
    waiting = _waiting(mentions)
    kept: dict[dt.date, tuple[DateValue, list[Mention]]] = {}
    for day in proposals(document, waiting, known):
        trial = dataclasses.replace(
            document, published=DateValue.day(day, basis=RUN_BASIS), published_basis="inferred"
        )
        coded = coder.code(trial)
        confirming = _confirmed(coded, waiting, day)
        if confirming is None:
            continue
        after = confirming.status == "occurred"  # written after what it tells
        first, last = (day, day + WRITTEN_WITHIN) if after else (day - WRITTEN_WITHIN, day)
        basis = (
            f"{RUN_BASIS}: '{confirming.date.text}' of a contact the run's dated reports give "
            f"as {day.isoformat()}; likely {first.isoformat()} to {last.isoformat()}"
        )
        kept[day] = DateValue.day(day, text=confirming.date.text, basis=basis), coded
    if len(kept) != 1:
        if kept:
            logger.info("%s: the run proposes %d days; left undated", document.id, len(kept))
        return None
    [(published, coded)] = kept.values()  # coded on the day kept: no need to code it again
    return dataclasses.replace(document, published=published, published_basis="inferred"), coded


def known_days(mentions: list[Mention], documents: dict[str, Document]) -> dict[tuple, list]:
    """The contacts of dated reports that the text gives a day, by (type, participants)."""
    known: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in mentions:
        document = documents.get(mention.document)
        if document is None or undated(document) or not _own_day(mention):
            continue
        told = mention.date.start - document.published.end
        if not -WRITTEN_WITHIN <= told <= ANNOUNCED_WITHIN:
            continue  # background ("since the war began on Feb. 24, 2022"), not the news
        if mention.status in TOLD and is_contact(mention):
            known[(mention.event, mention.participants)].append(mention)
    return known


def date_undated_documents(store, make_coder) -> list[Document]:
    """Date the store's undated documents by the run's dated reports (see the module), code
    them again and store both; returns the documents dated. The coder is made only when a
    document has a day to try."""
    from wirecode.recode import replace_mentions

    documents = {d.id: d for d in store.documents()}
    waiting = [d for d in documents.values() if undated(d)]
    if not waiting:
        return []
    mentions: dict[str, list[Mention]] = defaultdict(list)
    everything = list(store.mentions())
    for mention in everything:
        mentions[mention.document].append(mention)
    known = known_days(everything, documents)
    coder, dated = None, []
    for document in waiting:
        if not proposals(document, mentions[document.id], known):
            continue
        coder = coder or make_coder()
        found = date_from_run(document, mentions[document.id], known, coder)
        if found is not None:
            replace_mentions(store, found[0], found[1], coder=coder.version)
            dated.append(found[0])
    return dated
