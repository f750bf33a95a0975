"""Key dates: which days a journalist's timeline of a story would list.

`rank(dated_items, n)` ranks days by the evidence behind them and returns the `n` strongest.
The evidence is a stream of `DatedItem`: a day, the source that gives it (a document or an
outlet) and a weight. Two kinds of evidence feed it:

- **time expressions** in articles, each resolved against its article's publication date
  (`items_from_text`): a day that later articles keep referring back to ("on Jan. 25",
  "since the uprising began on March 15", "last Friday") is a day that mattered. A day
  written out ("March 15") weighs more than a weekday, and a weekday more than "yesterday"; a
  reference from a later article weighs more the longer after the day it was written (the
  day outlived its news cycle), a report of the article's own day ("today") little. Where in
  the article the day is named does not count: a page's text often begins with navigation,
  captions and time stamps, so the first characters are no lead. A live page's date is its
  first post: what follows one of its update stamps ("(Update 3:28 a.m. Thursday in Cairo,
  8:28 p.m. ET Wednesday)") is told relative to the stamp's day;
- **events** (`items_from_events`): a wirecode event counts once per distinct source, weighted
  by its type (an assault or an agreement is news; a consultation less so).

A day's score is the sum, over its distinct sources, of the heaviest item each source gives:
one article, one vote, however often it repeats the day (so that one article repeating a date
outvotes neither two articles nor one heavier reference). Ties go to the earlier day.

A day near the end of the collection has had little time to be named back: its score is
divided by the share of the month after it that the collection covers (`FOLLOW_UP_DAYS`; the
collection ends at the latest publication date among the items that carry one, so a ranking
of events alone is not scaled).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from wirecode.time import find_timexes, is_future_context, resolve
from wirecode.time.stamps import update_stamps

logger = logging.getLogger(__name__)

__all__ = [
    "DatedItem",
    "KeyDate",
    "evidence",
    "items_from_events",
    "items_from_text",
    "rank",
    "top_dates",
    "update_stamps",
]

# Weight of a reference by the kind of expression: a written-out day is a deliberate reference.
KIND_WEIGHT: dict[str, float] = {"date": 2.0, "interval": 2.0, "weekday": 1.0, "relative": 0.7}
REPORT_WEIGHT = 0.2  # the article's own day ("today", "on Tuesday" said on Tuesday)
LAG_SCALE = 3.0  # a reference `lag` days later weighs 1 + log(1 + lag) / LAG_SCALE
MAX_LAG_DAYS = 3650  # references to days this far back are history, not the story
# A bare weekday read six days back ("explosions shook Tripoli early Sunday" on a page dated
# Saturday) is most often the day after the page's date, not the week before: a report from a
# place ahead of the newsroom's clock, an entry added the next day, a plan told with no future
# cue ("is to brief the Security Council on Friday"). On the Timeline17 development topics such
# readings outnumber those five days back (292 to 52, 94 to 37, 28 to 17), and of the pages
# that give them on LibyaWar_cnn about 6 in 40 meant the week before, on SyrianCrisis_bbc none.
# Such a weekday names no key day; "last Sunday" still does.
_MARKED_PAST = re.compile(r"(?:last|past)\b", re.IGNORECASE)
# A day that closes a stretch dates the end of a count or a state, not an act: "the cost of
# operations through June 3 was about $800 million", "as of Thursday, more than 172,000 people
# had left Libya", "the seaside city remained surrounded as of Monday night". Such a day names
# no key day, unless the act of the day follows it ("That was until Wednesday, when CNN
# journalists were able to reach the city"). A day that opens a stretch ("since February 15")
# still names one: the first day of an uprising is named mostly so.
_CLOSES_STRETCH = re.compile(
    r"(?<![-\w])(?:through|until|till|as\s+of|up\s+to|up\s+until)\s+(?:on\s+|the\s+)?$",
    re.IGNORECASE,
)
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\b", re.IGNORECASE)
# A stretch of two or three days written out ("19-20 December 2011", "between 25 and 26 May",
# "from Thursday to Saturday") names each of its days, as "on Friday and Saturday" does: a
# massacre over two nights, clashes over a weekend. A longer stretch dates a campaign or a
# count ("from February 15 to 28"), not a day.
SHORT_STRETCH_DAYS = 3
# A day is named back over the weeks after it (on the Timeline17 development topics, about
# two thirds of a day's reference weight comes within a month). A day fewer than this many
# days before the collection's last publication date has had only part of that follow-up:
# its score is divided by the part it had (the collection's last day: by 1/30).
FOLLOW_UP_DAYS = 30
# Beside the articles' own time expressions, an event only breaks ties: on the Timeline17
# development topics, events added no key day the expressions missed (Date-F1 1.000, 0.526,
# 0.308 with events at this weight or none; 1.000, 0.421, 0.231 at full weight).
EVENT_TIEBREAK = 0.1
# PLOVER types by how often a journalist's timeline lists them.
EVENT_WEIGHT: dict[str, float] = {
    "ASSAULT": 1.5, "COERCE": 1.3, "MOBILIZE": 1.2, "PROTEST": 1.2, "SANCTION": 1.2,
    "AGREE": 1.2, "THREATEN": 1.0, "REJECT": 1.0, "CONCEDE": 1.1, "RETREAT": 1.1,
    "AID": 1.0, "SUPPORT": 0.9, "COOPERATE": 0.9, "REQUEST": 0.9, "ACCUSE": 0.8,
    "CONSULT": 1.0,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DatedItem:
    """One piece of evidence that a day mattered: the day, who gives it, how much it weighs.

    `label` says what it is (an event id, a sentence) so that a key date can show its events;
    `published` is the day the source was published (items from article text carry it; for an
    entry of a live page, the day of its update stamp), which tells how long the collection
    followed the day up.
    """

    date: dt.date
    source: str
    weight: float = 1.0
    label: str = ""
    sentence: bool = False  # the label is the sentence of a time expression, not an event id
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A ranked day: its score, its distinct sources, its mentions and the items behind it."""

    date: dt.date
    score: float
    sources: int
    mentions: int
    items: tuple[DatedItem, ...]


def rank(dated_items: Iterable[DatedItem], n: int) -> list[KeyDate]:
    """The `n` days with the strongest evidence, strongest first (see the module doc)."""
    by_day: dict[dt.date, list[DatedItem]] = defaultdict(list)
    end: dt.date | None = None  # the collection's last publication date
    for item in dated_items:
        if item.weight > 0:
            by_day[item.date].append(item)
            if item.published is not None and (end is None or item.published > end):
                end = item.published
    ranked = [_key_date(day, items, _follow_up(day, end)) for day, items in by_day.items()]
    ranked.sort(key=lambda k: (-k.score, k.date))
    return ranked[: max(n, 0)]


def evidence(key: KeyDate, limit: int = 3) -> list[str]:
    """The sentences that name a key date, heaviest first: why it is one."""
    texts = sorted((i for i in key.items if i.sentence), key=lambda i: -i.weight)
    return list(dict.fromkeys(i.label for i in texts))[:limit]


def _follow_up(day: dt.date, end: dt.date | None) -> float:
    """How much a day's evidence is scaled for the follow-up the collection gave it: 1 for a
    day `FOLLOW_UP_DAYS` or more before `end` (the last publication date), up to
    `FOLLOW_UP_DAYS` for `end` itself. A day after `end` (named by events only) is not scaled:
    no article of the collection could look back at it."""
    if end is None or day > end:
        return 1.0
    covered = (end - day).days + 1  # the day itself and the days after it the articles cover
    return FOLLOW_UP_DAYS / min(covered, FOLLOW_UP_DAYS)


def _key_date(day: dt.date, items: list[DatedItem], scale: float = 1.0) -> KeyDate:
    best: dict[str, float] = {}
    for item in items:
        best[item.source] = max(best.get(item.source, 0.0), item.weight)
    score = round(sum(best.values()) * scale, 6)
    return KeyDate(day, score, len(best), len(items), tuple(items))


# --- evidence from article text ---------------------------------------------------------------

# a sentence ends at a stop before a capital or a quote: the stop of "Jan. 25" ends none
_SENTENCE_END = re.compile(r"[.!?]['\"”’]?\s+(?=[A-Z\"“‘(]|$)")


def items_from_text(
    text: str,
    published: dt.date,
    source: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[DatedItem]:
    """The days an article's time expressions name, resolved against its publication date.

    Only expressions resolved to one day count, bounds that open a stretch included ("since the
    uprising began on March 15" names a key day; "the cost through June 3" names none), and a
    stretch of two or three days written out names each of its days ("19-20 December 2011");
    days after the publication date (plans) do not. What follows a live page's update stamp is
    resolved against the stamp's day instead (`update_stamps`), and the stamps themselves name
    no day. `since` and `until` keep only days in the story's span.
    """
    items: list[DatedItem] = []
    stamps = update_stamps(text, published)
    for timex in find_timexes(text):
        if timex.kind not in KIND_WEIGHT or any(s <= timex.start < e for s, e, _ in stamps):
            continue
        anchor = next((d for s, e, d in reversed(stamps) if e <= timex.start), published)
        future = is_future_context(text, timex.start, timex.end)
        value = resolve(timex, anchor, future=future)
        if value is None or value.precision != "day":
            continue
        days = (value.end - value.start).days + 1
        if days > SHORT_STRETCH_DAYS or _closes_stretch(text, timex.start, timex.end):
            continue
        last = min(until or anchor, anchor)
        label = ""
        for day in (value.start + dt.timedelta(days=step) for step in range(days)):
            lag = (anchor - day).days
            if day > last or (since is not None and day < since) or lag > MAX_LAG_DAYS:
                continue
            if timex.kind == "weekday" and lag == 6 and not _MARKED_PAST.match(timex.text):
                continue  # most often the day after the page's date (above)
            weight = KIND_WEIGHT[timex.kind]
            weight *= REPORT_WEIGHT if lag <= 0 else 1 + math.log1p(lag) / LAG_SCALE
            label = label or _sentence_at(text, timex.start)
            items.append(
                DatedItem(day, source, round(weight, 4), label, sentence=True, published=anchor)
            )
    return items


def _closes_stretch(text: str, start: int, end: int) -> bool:
    """Whether the expression at `start`:`end` closes a stretch and no act of its day follows."""
    if not _CLOSES_STRETCH.search(text, max(0, start - 20), start):
        return False
    return not _WHEN_CLAUSE.match(text, end)


def _sentence_at(text: str, pos: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)]
    left = starts[-1] if starts else max(0, pos - 400)
    end = _SENTENCE_END.search(text, pos)
    return " ".join(text[left : end.end() if end else pos + 200].split())[:300]


# --- evidence from wirecode events --------------------------------------------------------------


def items_from_events(events: Iterable) -> list[DatedItem]:
    """One item per (day-precision event, distinct source), weighted by the event's type.

    `events` are `wirecode.records.Event` records or their JSON dicts (as a store returns them).
    Events dated only to a week, month or year give no key day; planned, hypothetical and
    negated ones neither.
    """
    items: list[DatedItem] = []
    for event in events:
        fields = _event_fields(event)
        if fields is None:
            continue
        event_id, day, event_type, sources = fields
        weight = EVENT_WEIGHT.get(event_type, 1.0)
        for source in sorted(sources):
            items.append(DatedItem(day, source, weight, event_id))
    return items


def top_dates(
    events: Iterable,
    n: int,
    documents: Iterable | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[tuple[KeyDate, list]]:
    """The `n` key dates, strongest first, each with the events dated to it (in the order
    given).

    With `documents` (records with a `text` and a `published` day: a store's), days are
    ranked by the time expressions of those texts (`items_from_text`, within `since` and
    `until`: what the Timeline17 score measures), the events only breaking ties; without,
    by the events alone (the key dates of an actor's or a type's events).
    """
    events = list(events)
    items = items_from_events(events)
    if documents is not None:
        items = [replace(item, weight=item.weight * EVENT_TIEBREAK) for item in items]
        for document in documents:
            published = getattr(document, "published", None)
            if published is None or published.precision != "day":
                continue  # relative expressions need the day they were written
            items += items_from_text(
                document.text, published.end, document.id, since=since, until=until
            )
    by_day: dict[dt.date, list] = defaultdict(list)
    for event in events:
        fields = _event_fields(event)
        if fields is not None:
            by_day[fields[1]].append(event)
    return [(key, by_day.get(key.date, [])) for key in rank(items, n)]


def _get(event, name: str):
    return event.get(name) if isinstance(event, dict) else getattr(event, name, None)


def _event_fields(event) -> tuple[str, dt.date, str, set[str]] | None:
    """(id, day, type, sources) of an occurred event dated to one day, else None."""
    if (_get(event, "status") or "occurred") != "occurred":
        return None
    if isinstance(event, dict):
        if event.get("date_precision") != "day" or not event.get("date_start"):
            return None
        if event.get("date_end") not in (None, event["date_start"]):
            return None
        day = dt.date.fromisoformat(str(event["date_start"])[:10])
        mentions = event.get("mentions") or []
        sources = {m.get("outlet") or m.get("document") or "" for m in mentions} - {""}
    else:
        date = getattr(event, "date", None)
        if date is None or date.precision != "day" or date.start != date.end:
            return None
        day = date.start
        sources = {m.document for m in getattr(event, "mentions", ())}
    event_id = str(_get(event, "id"))
    return event_id, day, str(_get(event, "event") or ""), sources or {event_id}
