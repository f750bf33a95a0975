"""Merge: mentions of the same real contact, within and across documents, become one Event.

Same contact means: the same event type, the same participants, compatible modes (a phone
call is not a meeting; a visit and a meeting on it are one contact) and compatible dates —
intervals that overlap ("March" and March 20), or two days at most one day apart (time
zones, late reports). Mentions are blocked by (type, participants) and sorted by date, so the
cost grows as n log n. Undated mentions join the contact their own document dates, else
the nearest contact reported in the month before their document, else (an older contact
the text does not date: "since they last met") the latest one known before it. An event's
status is the strongest among its mentions; its date is the one most sources support, and
disagreements are kept as conflicts.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from wirecode.actors.opposition import stands_for
from wirecode.events.dating import NARRATIVE, from_report
from wirecode.places.merge import choose_location, place_fits
from wirecode.records import STATUS_RANK, ActorRef, Conflict, DateValue, Event, Mention

DAY_TOLERANCE = dt.timedelta(days=1)
REPORT_LAG = dt.timedelta(days=3)
MEETING_MODES = ("meet", "phone")
UNDATED_WINDOW = dt.timedelta(days=31)
MODE_RANK = {"visit": 3, "meet": 2, "phone": 2, "multilateral": 1}


def modes_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return {a, b} <= {"meet", "visit", "multilateral"}


def derived(date: DateValue) -> bool:
    """A date inferred from the report or the narrative, not written for this contact."""
    return from_report(date) or date.basis.startswith(NARRATIVE)


def dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Intervals that overlap, or days at most a day apart (a stretch of days, "from April
    12 to 15", holds the days inside it); a day taken from a report's date may also come up
    to three days after the contact it reports (late reports)."""
    if a is None or b is None:
        return True
    if a.precision == "day" and b.precision == "day":
        stretch = a.end > a.start or b.end > b.start
        if stretch and a.overlaps(b):  # "a state visit from April 12 to 15", talks on the 14th
            return True
        if from_report(a) != from_report(b):
            report, told = (a, b) if from_report(a) else (b, a)
            return (
                dt.timedelta(0) <= report.start - told.start <= REPORT_LAG
                or abs(a.start - b.start) <= DAY_TOLERANCE
            )
        return abs(a.start - b.start) <= DAY_TOLERANCE
    return a.overlaps(b)


@dataclass(slots=True)
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateValue] = field(default_factory=list)

    def date(self) -> DateValue | None:
        days = [d for d in self.dates if d.precision == "day"]
        if days:
            return days[0]
        return min(self.dates, key=lambda d: d.end - d.start, default=None)

    def mode(self) -> str | None:
        modes = [m.mode for m in self.mentions if m.mode]
        return max(modes, key=lambda m: MODE_RANK.get(m, 0), default=None)

    def accepts(self, mention: Mention) -> bool:
        if not modes_compatible(self.mode(), mention.mode):
            return False
        if not place_fits(self.mentions, mention):
            return False  # issue 9: different cities on the same day are different events
        if mention.date is None:
            return True
        days = [d for d in self.dates if d.precision == "day"]
        visit = self.mode() == "visit" or mention.mode == "visit"
        if not visit and self._another_day_told(mention):
            return False  # not of a visit, which lasts days (below)
        if visit:
            # a visit lasts days: its talks on Thursday and its dinner on Friday are one visit
            linked = any(dates_compatible(d, mention.date) for d in days) or not days
        else:
            linked = all(dates_compatible(d, mention.date) for d in days)
        return linked and any(dates_compatible(d, mention.date) for d in self.dates or [None])

    def _another_day_told(self, mention: Mention) -> bool:
        """Whether the mention's document tells another day for a contact in this cluster:
        "held talks on Tuesday. On Monday, Putin hosted Xi for a dinner" are two contacts,
        though a day apart (the tolerance is for outlets that differ by a time zone)."""
        if mention.date.precision != "day" or derived(mention.date):
            return False
        return any(
            m.document == mention.document
            and m.date is not None
            and m.date.precision == "day"
            and not derived(m.date)
            and not m.date.overlaps(mention.date)
            for m in self.mentions
        )

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.date is not None:
            self.dates.append(mention.date)
            self.dates.sort(key=lambda d: (d.end - d.start, d.start))


def _status_group(mention: Mention) -> str:
    return "negated" if mention.status == "negated" else "positive"


def _block_key(mention: Mention) -> tuple:
    # Outside contacts a mode is a kind of its own: a request for talks is not a demand
    # for aid, and a mode left open does not stand for either.
    kind = None if mention.event == "CONSULT" else mention.mode
    return (mention.event, mention.participants, _status_group(mention), kind)


def _date_order(mention: Mention) -> tuple:
    if mention.date is None:
        return (1, 0, dt.date.max)
    return (0, (mention.date.end - mention.date.start).days, mention.date.start)


def cluster_block(
    mentions: list[Mention], published: Callable[[str], dt.date | None]
) -> list[Cluster]:
    """Cluster the mentions of one block (same type and participants)."""
    clusters: list[Cluster] = []
    undated: list[Mention] = []
    for mention in sorted(mentions, key=_date_order):
        if mention.date is None:
            undated.append(mention)
            continue
        home = [c for c in clusters if c.accepts(mention)]
        same_doc = [c for c in home if any(m.document == mention.document for m in c.mentions)]
        target = (same_doc or sorted(home, key=lambda c: -len(c.mentions)) or [None])[0]
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(mention)
    for mention in undated:
        _place_undated(mention, clusters, published(mention.document))
    return clusters


def _place_undated(mention: Mention, clusters: list[Cluster], published: dt.date | None) -> None:
    compatible = [c for c in clusters if modes_compatible(c.mode(), mention.mode)]
    if mention.status == "hypothetical":  # "would be open to talks" is not the call made
        compatible = [c for c in compatible if all(m.status == "hypothetical" for m in c.mentions)]
    same_doc = [c for c in compatible if any(m.document == mention.document for m in c.mentions)]
    if published is not None:  # a report's undated mention speaks of its own days
        same_doc = [
            c
            for c in same_doc
            if c.date() is None or abs(c.date().start - published) <= UNDATED_WINDOW
        ]
        same_doc.sort(key=lambda c: abs(c.date().start - published) if c.date() else UNDATED_WINDOW)
    if same_doc:
        same_doc[0].add(mention)
        return
    if published is not None and mention.status == "occurred":
        recent = [
            c
            for c in compatible
            if c.date() is not None and published - UNDATED_WINDOW <= c.date().start <= published
        ]
        if recent:
            max(recent, key=lambda c: c.date().start).add(mention)
            return
        # "since he met Kim Jong Il", "had previously met": an older contact the text does
        # not date is the latest one known between the same people before the report
        earlier = [
            c
            for c in compatible
            if c.date() is not None
            and c.date().end <= published
            and any(m.status == "occurred" for m in c.mentions)
        ]
        if earlier:
            max(earlier, key=lambda c: c.date().start).add(mention)
            return
    if published is not None and mention.status == "planned":
        # "Biden will meet Xi at the summit in Lima": a planned contact the report does not
        # date is the next one known between the same people in the month after it
        coming = [
            c
            for c in compatible
            if c.date() is not None and published <= c.date().start <= published + UNDATED_WINDOW
        ]
        if coming:
            min(coming, key=lambda c: c.date().start).add(mention)
            return
    loose = [c for c in compatible if c.date() is None and c.mentions[0].status == mention.status]
    target = loose[0] if loose else Cluster()
    if not loose:
        clusters.append(target)
    target.add(mention)


def _strongest(cluster: Cluster) -> int:
    return max(STATUS_RANK[m.status] for m in cluster.mentions)


def _people_and_states(cluster: Cluster) -> tuple[dict[str, ActorRef], set[str]]:
    refs = [a for m in cluster.mentions for a in (*m.actors, *m.recipients)]
    people = {a.id: a for a in refs if a.kind == "person"}
    states = {a.country or a.id for a in refs if a.kind == "state"}
    return people, states


def _folds_into(small: Cluster, big: Cluster) -> bool:
    """A contact with a state ("a call between Zelensky and China") is the contact with that
    state's person ("Zelensky and Xi") when everything else agrees."""
    people, states = _people_and_states(small)
    big_people, _ = _people_and_states(big)
    extra = {p.country for pid, p in big_people.items() if pid not in people}
    if not states or not people.keys() <= big_people.keys() or not states <= extra:
        return False
    if not modes_compatible(small.mode(), big.mode()):
        return False
    same_doc = {m.document for m in small.mentions} & {m.document for m in big.mentions}
    # as the reports that tell both tell them: "Xi is expected on a state visit ... will be
    # received on Monday by Macron" is one planned contact, whatever a later report adds
    told_with = [m for m in small.mentions if m.document in same_doc] or small.mentions
    if max(STATUS_RANK[m.status] for m in told_with) > _strongest(big):
        return False  # "Scholz, who is visiting China, will meet Xi": the meeting is to come
    if small.date() is None:
        return bool(same_doc)
    return big.date() is not None and dates_compatible(small.date(), big.date())


def fold_state_clusters(clusters: list[tuple[str, Cluster]]) -> list[Cluster]:
    """Fold person-and-state contacts into the person-to-person contact they stand for."""
    kept: list[tuple[str, Cluster]] = []
    for key, cluster in clusters:
        if _people_and_states(cluster)[1]:
            hosts = [
                c
                for k, c in clusters
                if k == key
                and c is not cluster
                and not _people_and_states(c)[1]
                and _folds_into(cluster, c)
            ]
            # "arrived in Beijing": the visit of which the most is told, not its side meeting
            target = max(hosts, key=lambda c: len(c.mentions), default=None)
            if target is not None:
                for mention in cluster.mentions:
                    target.add(mention)
                continue
        kept.append((key, cluster))
    return [cluster for _, cluster in kept]


def _source_key(mention: Mention, outlets: dict[str, str | None]) -> str:
    return outlets.get(mention.document) or mention.document


def _choose_date(
    cluster: Cluster, outlets: dict[str, str | None]
) -> tuple[DateValue | None, list[Conflict]]:
    """The day most sources support, the text's own dates before dates taken from a report's
    date; ties go to the earlier day. Other days the text gives are recorded conflicts."""
    by_value: dict[str, set[str]] = defaultdict(set)
    reported: dict[str, set[str]] = defaultdict(set)
    first: dict[str, DateValue] = {}
    visit = cluster.mode() == "visit"
    dated = [m for m in cluster.mentions if m.date is not None and m.date.precision == "day"]
    if visit and any(m.mode in MEETING_MODES and not derived(m.date) for m in dated):
        # a visit lasts days; its date is the day the people met, not the day of arrival
        dated = [m for m in dated if m.mode in MEETING_MODES]
    for mention in sorted(dated, key=lambda m: (m.document, m.start)):
        target = reported if derived(mention.date) else by_value
        target[mention.date.value].add(_source_key(mention, outlets))
        first.setdefault(mention.date.value, mention.date)
    if not by_value and not reported:
        return cluster.date(), []
    pool = by_value or reported
    chosen = min(pool, key=lambda v: (-len(pool[v]), v))
    conflicts = []
    if len(by_value) > 1 and not visit:  # a visit's days differ by nature
        values = {v: sorted(docs) for v, docs in sorted(by_value.items())}
        conflicts.append(Conflict("date", values, chosen))
    return first[chosen], conflicts


def _unique(refs: Iterable[ActorRef], *, people: Iterable[ActorRef] = ()) -> list[ActorRef]:
    """Distinct actors by id, without states that one of `people` already stands for."""
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        seen.setdefault(ref.id, ref)
    persons = [p for p in [*seen.values(), *people] if p.kind == "person"]
    kept = [r for r in seen.values() if r.kind == "person" or not stands_for(r, persons)]
    return sorted(kept, key=lambda r: r.name)


def independent_sources(
    mentions: Iterable[Mention], outlets: dict[str, str | None], originals: dict[str, str]
) -> int:
    """Distinct original reports: a reprint counts as the report it copies (wirecode.dedup)."""
    return len(
        {outlets.get(o) or o for o in (originals.get(m.document, m.document) for m in mentions)}
    )


def to_event(
    cluster: Cluster, outlets: dict[str, str | None], originals: dict[str, str] | None = None
) -> Event:
    mentions = sorted(cluster.mentions, key=lambda m: (m.document, m.start, m.trigger_start))
    first = mentions[0]
    status = max((m.status for m in mentions), key=lambda s: STATUS_RANK[s])
    date, conflicts = _choose_date(cluster, outlets)
    location, place_conflicts = choose_location(mentions, lambda m: _source_key(m, outlets))
    actors = _unique(a for m in mentions for a in m.actors)
    others = [r for m in mentions for r in m.recipients]
    visitors = _visitors(cluster, mentions)
    if visitors:  # a visit and the meetings on it: the visitors visit the others
        others = [a for a in actors if a.id not in visitors] + others
        actors = [a for a in actors if a.id in visitors]
    recipients = [r for r in others if r.id not in {a.id for a in actors}]
    seed = f"{first.event}|{sorted(first.participants)}|{first.document}|{first.trigger_start}"
    initiator = next((m.initiator for m in mentions if m.initiator is not None), None)
    return Event(
        id="ev_" + hashlib.sha256(seed.encode()).hexdigest()[:16],
        event=first.event,
        mode=cluster.mode(),
        status=status,
        actors=actors,
        recipients=_unique(recipients, people=actors),
        date=date,
        mentions=mentions,
        location=location,
        initiator=initiator,
        contexts=["diplomatic"] if first.event in ("CONSULT", "REQUEST") else [],
        sources=len({_source_key(m, outlets) for m in mentions}),
        conflicts=conflicts + place_conflicts,
        independent_sources=independent_sources(mentions, outlets, originals or {}),
    )


def _visitors(cluster: Cluster, mentions: list[Mention]) -> set[str]:
    """The visitors of a visit that meetings joined ("Xi arrived in Moscow for a state visit"
    and "Xi and Putin held talks"): the actors of its visit mentions; none when no visit
    mention names one, or when the others are of visits alone."""
    if cluster.mode() != "visit" or all(m.mode == "visit" for m in mentions):
        return set()
    return {a.id for m in mentions if m.mode == "visit" for a in m.actors}


def merge(
    mentions: Iterable[Mention],
    *,
    published: Callable[[str], dt.date | None] = lambda _doc: None,
    outlets: dict[str, str | None] | None = None,
    originals: dict[str, str] | None = None,
) -> list[Event]:
    """All events from all mentions, in a stable order (date, then id).

    `originals` maps a document that copies another to the original report (wirecode.dedup),
    for the events' `independent_sources`.
    """
    outlets = outlets or {}
    blocks: dict[tuple, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if len(mention.participants) >= 2:
            blocks[_block_key(mention)].append(mention)
    clusters = [
        (f"{key[0]}|{key[2]}|{key[3]}", cluster)
        for key in sorted(blocks, key=_block_order)
        for cluster in cluster_block(blocks[key], published)
    ]
    events = [to_event(cluster, outlets, originals) for cluster in fold_state_clusters(clusters)]
    return sorted(events, key=event_order)


def _block_order(key: tuple) -> str:
    """A block's place in the merge, the same in every process: its participants in order
    (the repr of a frozenset follows the process's hash seed)."""
    event, participants, *rest = key
    return repr((event, sorted(participants), *rest))


def event_order(event: Event) -> tuple:
    date = event.date.start.isoformat() if event.date else "9999"
    return (date, event.event, event.id)


def count_sources(events: list[Event]) -> Counter:
    return Counter(e.sources for e in events)
