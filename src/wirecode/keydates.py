"""Key dates: which days a journalist's timeline of a story would list.

`rank(dated_items, n)` ranks days by the evidence behind them and returns the `n` strongest.
The evidence is a stream of `DatedItem`: a day, the source that gives it (a document or an
outlet) and a weight. Two kinds of evidence feed it:

- **time expressions** in articles, each resolved against its article's publication date
  (`items_from_text`): a day that later articles keep referring back to ("on Jan. 25",
  "last Friday") is a day that mattered. A reference from a later article weighs more than
  a report of the day itself, and a reference in the lead of an article more than one deep
  in its body;
- **events** (`items_from_events`): a wirecode event counts once per distinct source, weighted
  by its type (an assault or an agreement is news; a consultation less so).

A day's score is the sum, over its distinct sources, of the heaviest item each source gives
(so that one article repeating a date does not outvote two articles), plus a small bonus for
repeated mentions. Ties go to the earlier day.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from wirecode.time import find_timexes, is_future_context, resolve

logger = logging.getLogger(__name__)

__all__ = ["DatedItem", "KeyDate", "items_from_events", "items_from_text", "rank"]

# Weight of a reference by how long after the day the article was published.
REPORT_WEIGHT = 0.5  # the article's own day ("today", "on Tuesday" said on Tuesday)
BACK_REFERENCE_WEIGHT = 1.0  # a later article pointing back to the day
PUBLISHED_WEIGHT = 0.3  # the publication date itself, when the text names no day
LEAD_CHARS = 600  # a reference in the lead counts in full; deeper ones count less
BODY_FACTOR = 0.6
MENTION_BONUS = 0.1  # per log-count of mentions beyond one per source
MAX_LAG_DAYS = 3650  # references to days this far back are history, not the story
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

    `label` says what it is (an event id, a sentence) so that a key date can show its events.
    """

    date: dt.date
    source: str
    weight: float = 1.0
    label: str = ""


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
    for item in dated_items:
        if item.weight > 0:
            by_day[item.date].append(item)
    ranked = [_key_date(day, items) for day, items in by_day.items()]
    ranked.sort(key=lambda k: (-k.score, k.date))
    return ranked[: max(n, 0)]


def _key_date(day: dt.date, items: list[DatedItem]) -> KeyDate:
    best: dict[str, float] = {}
    for item in items:
        best[item.source] = max(best.get(item.source, 0.0), item.weight)
    extra = len(items) - len(best)
    score = sum(best.values()) + MENTION_BONUS * math.log1p(extra)
    return KeyDate(day, round(score, 6), len(best), len(items), tuple(items))


# --- evidence from article text ---------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]['\"”’]?\s")


def items_from_text(
    text: str,
    published: dt.date,
    source: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[DatedItem]:
    """The days an article's time expressions name, resolved against its publication date.

    Only expressions resolved to one day count; bounds ("since Feb. 24") and days after the
    publication date (plans) do not. `since`/`until` keep only days in the story's span. With no
    dated expression at all, the publication date itself is a weak item.
    """
    items: list[DatedItem] = []
    until = min(until or published, published)
    for timex in find_timexes(text):
        if timex.bounded or timex.kind in ("duration", "set", "vague", "present", "anaphoric"):
            continue
        future = is_future_context(text, timex.start, timex.end)
        value = resolve(timex, published, future=future)
        if value is None or value.precision != "day" or value.start != value.end:
            continue
        day = value.start
        lag = (published - day).days
        if day > until or (since is not None and day < since) or lag > MAX_LAG_DAYS:
            continue
        weight = BACK_REFERENCE_WEIGHT if lag > 0 else REPORT_WEIGHT
        if timex.start > LEAD_CHARS:
            weight *= BODY_FACTOR
        items.append(DatedItem(day, source, weight, _sentence_at(text, timex.start)))
    if not items and (since is None or published >= since):
        items.append(DatedItem(published, source, PUBLISHED_WEIGHT, "publication date"))
    return items


def _sentence_at(text: str, pos: int) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - 400), pos)]
    left = starts[-1] if starts else max(0, pos - 400)
    end = _SENTENCE_END.search(text, pos)
    return " ".join(text[left : end.end() if end else pos + 200].split())[:300]


# --- evidence from wirecode events --------------------------------------------------------------


def items_from_events(events: Iterable) -> list[DatedItem]:
    """One item per (day-precision event, distinct source), weighted by the event's type.

    Events dated only to a week, month or year give no key day; planned, hypothetical and
    negated ones neither.
    """
    items: list[DatedItem] = []
    for event in events:
        date = getattr(event, "date", None)
        if date is None or date.precision != "day" or date.start != date.end:
            continue
        if getattr(event, "status", "occurred") != "occurred":
            continue
        weight = EVENT_WEIGHT.get(getattr(event, "event", ""), 1.0)
        sources = {m.document for m in getattr(event, "mentions", ())} or {event.id}
        for source in sorted(sources):
            items.append(DatedItem(date.start, source, weight, event.id))
    return items
