"""Inferring the date of a document that has no date line, from the dates it reports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from wirecode.records import PRECISION_RANK, DateValue
from wirecode.time.patterns import Candidate, candidates, select
from wirecode.time.resolve import resolve_candidates

logger = logging.getLogger(__name__)

# Rules whose matches carry their own year, and those that need one from elsewhere.
_SELF_DATED = {
    "iso", "us_numeric", "mdy", "dmy", "month_year", "year", "year_mod", "interval_md",
    "interval_month", "interval_year", "season_year",
}  # fmt: skip
_YEARLESS = {"md", "dm", "interval_dm"}
# A date in a clause about the future is not one the text reports as having happened.
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|scheduled|planned|plans?\s+to|expected|upcoming|next|to\s+be\s+held)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)


def infer_published(text: str) -> DateValue | None:
    """The latest date a document reports, as a stand-in for its missing publication date.

    Explicit dates ("April 5, 2023") count as they are; a month and day ("April 26") takes its
    year from the nearest explicit date. Dates in future clauses are passed over. Only the text
    is consulted, never the clock. Returns None when the text dates nothing.
    """
    found = [c for c in select(list(candidates(text))) if not _in_future_clause(text, c)]
    dated: list[tuple[Candidate, DateValue]] = []
    for cand in found:
        if cand.rule.name in _SELF_DATED:
            value = resolve_candidates([cand], dt.date(2000, 1, 1))
            if value is not None:
                dated.append((cand, value))
    for cand in found:
        if cand.rule.name in _YEARLESS and dated:
            anchor = _nearest_explicit(cand, dated)
            value = resolve_candidates([cand], anchor)
            if value is not None:
                dated.append((cand, value))
    if not dated:
        logger.debug("no explicit date to infer a publication date from")
        return None
    finest = min(PRECISION_RANK[v.precision] for _, v in dated)
    cand, value = max(
        ((c, v) for c, v in dated if PRECISION_RANK[v.precision] == finest),
        key=lambda cv: (cv[1].end, cv[1].start),
    )
    written = text[cand.start : cand.end]
    if value.precision == "year" and _LAST_YEAR.search(text) and value.end.year < dt.MAXYEAR:
        later = DateValue.year(value.end.year + 1)
        basis = f"inferred (weak): 'last year' in a text reporting {value.end.year}"
        return dataclasses.replace(later, text=written, basis=basis)
    if value.precision not in ("day", "month", "year"):
        value = DateValue(value.end, value.end, "day")
    if value.start != value.end and value.precision == "day":  # an interval: its last day
        value = DateValue.day(value.end)
    basis = f"inferred: latest date reported ('{written}')"
    return dataclasses.replace(value, text=written, basis=basis)


def _nearest_explicit(cand: Candidate, dated: list[tuple[Candidate, DateValue]]) -> dt.date:
    """The anchor for a yearless date: the nearest explicit date before it, else after it."""
    before = [(c, v) for c, v in dated if c.start < cand.start]
    pool = before or dated
    _, value = min(pool, key=lambda cv: (abs(cand.start - cv[0].start), cv[0].start))
    return value.start if value.precision == "day" else value.end


def _in_future_clause(text: str, cand: Candidate) -> bool:
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, cand.start)]
    sentence = text[starts[-1] if starts else 0 : cand.start]
    return _FUTURE_CUE.search(sentence) is not None
