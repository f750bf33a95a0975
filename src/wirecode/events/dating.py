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
from dataclasses import dataclass

from wirecode.records import DateValue, Document
from wirecode.time import Timex, find_timexes, resolve

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Anchored:
    timex: Timex
    head: int  # token index of the expression's head
    tokens: frozenset[int]


class DateFinder:
    """Dates for the triggers of one document, read in order."""

    def __init__(self, doc, document: Document) -> None:
        self.anchor: dt.date | None = document.published.end if document.published else None
        self.reference: DateValue | None = None
        self.found: list[_Anchored] = []
        for timex in find_timexes(doc.text):
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is not None and len(span):
                self.found.append(_Anchored(timex, span.root.i, frozenset(range(span.start, span.end))))

    def _resolve(self, timex: Timex, *, future: bool) -> DateValue | None:
        if self.anchor is None:
            return None
        try:
            return resolve(timex, self.anchor, future=future, reference=self.reference)
        except (ValueError, OverflowError) as error:  # a date outside the calendar
            logger.debug("cannot resolve %r: %s", timex.text, error)
            return None

    def date_for(self, tokens: set[int], *, future: bool = False) -> DateValue | None:
        """The date of a trigger whose clause covers `tokens`, or None."""
        candidates = [a for a in self.found if a.head in tokens and not a.timex.bounded]
        candidates.sort(key=lambda a: (a.timex.kind == "present", a.timex.kind == "duration"))
        for anchored in candidates:
            value = self._resolve(anchored.timex, future=future)
            if value is not None:
                return value
        return None

    def is_after_document(self, date: DateValue | None) -> bool:
        return date is not None and self.anchor is not None and date.start > self.anchor

    def advance(self, sent) -> None:
        """Remember the last date this sentence mentioned, for anaphora further on."""
        for anchored in self.found:
            if sent.start <= anchored.head < sent.end and anchored.timex.kind not in (
                "present", "duration"
            ):
                value = self._resolve(anchored.timex, future=False)
                if value is not None:
                    self.reference = value
