"""Inferring the date of a document that has no date line, from the dates it reports."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import logging
import re

from wirecode.records import PRECISION_RANK, DateValue
from wirecode.time.patterns import Candidate, candidates, select
from wirecode.time.resolve import resolve_candidates
from wirecode.time.tense import tense_of

logger = logging.getLogger(__name__)

# Rules whose matches carry their own year, and those that need one from elsewhere.
_SELF_DATED = {
    "iso", "us_numeric", "mdy", "dmy", "month_year", "year", "year_mod", "interval_md",
    "interval_month", "interval_month_to", "interval_year", "season_year",
}  # fmt: skip
# rules whose year is optional: self-dated only when the match holds it ("from January to
# March 2011"; "January through March" is dated from the text's other dates, or not at all)
_YEAR_OPTIONAL = {"interval_month", "interval_month_to"}
_YEARLESS = {"md", "dm", "interval_dm"}
# A date in a clause about the future is not one the text reports as having happened.
_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|scheduled|planned|plans?\s+to|expected|upcoming|next|to\s+be\s+held)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")
_SENTENCE_LOOKBACK = 400
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)
# A date beside a clock time is a stamp of the page (a post, a comment, a broadcast), not a
# date the text reports: "7:01 pm ET February 11, 2013", "February 5, 2011 at 9:51 pm |
# Reply", "Aired February 11, 2011 - 13:00 ET"; not an event's time in a sentence, where a
# preposition governs the date ("attacked on March 6, 2011 at 10:30 p.m.").
_CLOCK = r"(?:\d{1,2}:\d\d(?::\d\d)?|\d{1,2}\.\d\d\s*(?=[ap]\.?m\b))"
_CLOCK_BEFORE = re.compile(
    rf"{_CLOCK}\s*(?:[ap]\.?m\b\.?)?\s*(?-i:[A-Z]{{2,4}}\b)?\s*[,|-]?\s*$", re.IGNORECASE
)
_CLOCK_AFTER = re.compile(rf"\s*[,|–-]?\s*(?:at\s+)?{_CLOCK}(?!\d)", re.IGNORECASE)
_GOVERNED = re.compile(
    r"\b(?:on|in|at|of|since|by|from|until|till|to|before|after|and|or|through|between|"
    r"dated|that|last|as)\s+(?:[A-Z][a-z]+,?\s+)?$",
    re.IGNORECASE,
)
# A dateline opens a line: a place in capitals (and its country or state), the date, the
# agency in parentheses, a dash: "BEIJING, April 27 (Reuters) -", "WARSAW, February 26 (Xinhua)
# --", "NAIROBI, Kenya, Aug. 7 (AP) _". It is the strongest evidence of when a story was filed.
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*(?-i:[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]+)*)"
    r"(?:,[^\S\n]+[A-Z][\w.'’]+(?:[^\S\n]+[A-Z][\w.'’]+)*)?,[^\S\n]+$"
)
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:--?|—|–|_|:)")

# A date after a deadline word may lie ahead of the text ("until the restriction expires on
# Dec. 31, 1990", "by the end of 1990", "before Jan. 1"): passed over when another is reported.
_DEADLINE = re.compile(
    r"\b(?:until|till|by|through|before|ahead\s+of|prior\s+to|up\s+to)\s+"
    r"(?:(?:the|early|late|mid|end|start|beginning|middle|of|on|in)\s+){0,4}$",
    re.IGNORECASE,
)

# How far after the day (month, year) its evidence names the publication date most likely
# lies, set from the development documents of `wirecode eval undated`: a dateline's story is
# filed that day or the next (Xinhua's datelines and DCTs in tbaq); a day reported as the
# latest is within a week before it for few documents (6 of 95: the latest day a text reports
# is more often background), a month or a year reported is mostly earlier still. A page's
# earliest stamp comes on the day of its story or up to two days after (17 of 19 within two
# days or many before).
DAYS_AFTER = {"dateline": 1, "day": 7}
DAYS_BEFORE_STAMP = 2


@dataclasses.dataclass(frozen=True, slots=True)
class Inference:
    """An inferred publication date, and the days it most likely lies between."""

    value: DateValue
    low: dt.date
    high: dt.date


# A day glossed as the text's own ("tonight (Mar 22)", "yesterday, Feb. 10", "Feb. 10,
# yesterday") dates the text: that day, or the day after it.
_TOLD = r"(?P<told>today|tonight|this\s+(?:morning|afternoon|evening)|yesterday)"
_TOLD_BEFORE = re.compile(rf"\b{_TOLD}\s*[(,]?\s*(?:on\s+)?$", re.IGNORECASE)
_TOLD_AFTER = re.compile(rf"\s*[),]?\s*{_TOLD}\b", re.IGNORECASE)


def infer_published(text: str) -> DateValue | None:
    """The date a document was most likely written, from its own text
    (`infer_published_window`); its basis says on what evidence, and the days it most likely
    lies between. None when the text dates nothing."""
    inference = infer_published_window(text)
    return inference.value if inference is not None else None


def infer_published_window(text: str) -> Inference | None:
    """The latest date a document reports, as a stand-in for its missing publication date,
    and the days the publication date most likely lies between (`DAYS_AFTER`).

    A dateline ("BEIJING, April 27 (Reuters) -") wins. Else explicit dates ("April 5, 2023")
    count as they are; a month and day ("April 26") takes its
    year from the latest explicit date reported. Dates in future clauses are passed over, and so are
    deadlines ("until Jan. 1, 1990") unless nothing else is dated (basis `inferred (weak)`); the
    start of a stretch ("since March 15") stays, as the text is no older. A page's stamps
    (a date beside a clock time: a post, a comment, a broadcast) are not dates it reports: the
    earliest of them bounds the date from above, and stands in for it when nothing else is
    reported (basis `inferred (weak)`). A latest day glossed as the text's own ("yesterday,
    April 27", "tonight (Mar 22)") dates it: the day after, or that day. Only the text is
    consulted, never the clock. Returns None when the text dates nothing.
    """
    found = select(list(candidates(text)))
    stamps = [c for c in found if _is_stamp(text, c)]
    reported = [c for c in found if _reported(text, c) and c not in stamps]
    dated = _dated(text, reported)
    explicit = [(c, v) for c, v in dated if c.rule.name in _SELF_DATED]
    bounds = [(c, v) for c, v in dated if _DEADLINE.search(text, max(0, c.start - 60), c.start)]
    weak = len(bounds) == len(dated)
    if not weak:
        dated = [cv for cv in dated if cv not in bounds]
    bound = _earliest_stamp(text, stamps)
    if bound is not None:
        dated = [(c, v) for c, v in dated if v.end <= bound[1].end]
    dateline = _dated_dateline(text, found, explicit)
    if dateline is not None:
        cand, value = dateline
        written = text[cand.start : cand.end]
        return _inference(value, written, f"inferred: dateline ('{written}')", "dateline")
    if not dated and bound is not None:
        cand, value = bound
        written = text[cand.start : cand.end]
        basis = f"inferred (weak): the page's earliest stamp ('{written}')"
        return _inference(value, written, basis, "stamp")
    if not dated:
        logger.debug("no explicit date to infer a publication date from")
        return None
    cand, value = _latest(dated)
    written = text[cand.start : cand.end]
    if value.precision == "year" and _LAST_YEAR.search(text) and value.end.year < dt.MAXYEAR:
        later = DateValue.year(value.end.year + 1)
        basis = f"inferred (weak): 'last year' in a text reporting {value.end.year}"
        return _inference(later, written, basis, "last year")
    if value.precision not in ("day", "month", "year"):
        value = DateValue(value.end, value.end, "day")
    if value.start != value.end and value.precision == "day":  # an interval: its last day
        value = DateValue.day(value.end)
    told = _told(text, cand) if value.precision == "day" and not weak else None
    if told is not None:
        shift = 1 if told.startswith("yesterday") else 0
        value = DateValue.day(value.start + dt.timedelta(days=shift))
        basis = f"inferred: latest date reported, told as {told} ('{written}')"
        return _inference(value, written, basis, "told")
    basis = f"inferred: latest date reported ('{written}')"
    if weak:
        basis = f"inferred (weak): latest date reported, a deadline ('{written}')"
    return _inference(value, written, basis, value.precision)


def _inference(value: DateValue, written: str, basis: str, kind: str) -> Inference:
    """The value with its basis and its window: `DAYS_AFTER` a day, to the end of the next
    month or year after a month or a year, `DAYS_BEFORE_STAMP` up to a stamp."""
    low, high = value.start, value.end
    if kind == "stamp":
        low = value.start - dt.timedelta(days=DAYS_BEFORE_STAMP)
    elif kind == "told":
        pass
    elif kind in DAYS_AFTER:
        high = value.end + dt.timedelta(days=DAYS_AFTER[kind])
    elif kind == "month" and value.end.year < dt.MAXYEAR:
        following = value.end + dt.timedelta(days=1)
        last = calendar.monthrange(following.year, following.month)[1]
        high = following.replace(day=last)
    elif kind == "year" and value.end.year < dt.MAXYEAR:
        high = value.end.replace(year=value.end.year + 1)
    if (low, high) != (value.start, value.end):
        basis += f"; likely {low.isoformat()} to {high.isoformat()}"
    return Inference(dataclasses.replace(value, text=written, basis=basis), low, high)


def _told(text: str, cand: Candidate) -> str | None:
    """The word that glosses a day as the text's own ("tonight (Mar 22)"), or None."""
    m = _TOLD_BEFORE.search(text, max(0, cand.start - 24), cand.start) or _TOLD_AFTER.match(
        text, cand.end
    )
    return " ".join(m.group("told").lower().split()) if m else None


def _dated(text: str, reported: list[Candidate]) -> list[tuple[Candidate, DateValue]]:
    """The explicit dates, and the yearless ones dated from them (`_with_year`)."""
    dated: list[tuple[Candidate, DateValue]] = []
    for cand in reported:
        if cand.rule.name in _SELF_DATED and _with_its_year(cand):
            value = resolve_candidates([cand], dt.date(2000, 1, 1))
            if value is not None:
                dated.append((cand, value))
    # a year in a future clause by the tense rules ("is due to step down in 2013") is none
    explicit = [(c, v) for c, v in dated if tense_of(text, c.start, c.end) != "future"]
    for cand in reported:
        if cand.rule.name in _YEARLESS and explicit:
            value = _with_year(cand, explicit)
            if value is not None:
                dated.append((cand, value))
    return dated


def _with_its_year(cand: Candidate) -> bool:
    """A self-dated rule's match holds its year (a range of months may leave it out)."""
    return cand.rule.name not in _YEAR_OPTIONAL or bool(cand.match["year"])


def _latest(dated: list[tuple[Candidate, DateValue]]) -> tuple[Candidate, DateValue]:
    """The latest date reported, at the finest precision given."""
    finest = min(PRECISION_RANK[v.precision] for _, v in dated)
    return max(
        ((c, v) for c, v in dated if PRECISION_RANK[v.precision] == finest),
        key=lambda cv: (cv[1].end, cv[1].start),
    )


def _with_year(cand: Candidate, explicit: list[tuple[Candidate, DateValue]]) -> DateValue | None:
    """A yearless date dated from the latest explicit date reported: the text's year is no
    earlier than any year it reports ("took power in 1981 ... on January 25 ... in 2010":
    January 25 of 2011, the nearest to the end of 2010)."""
    _, value = max(explicit, key=lambda cv: (cv[1].end, -cv[0].start))
    anchor = value.start if value.precision == "day" else value.end
    return resolve_candidates([cand], anchor)


def _dated_dateline(
    text: str, found: list[Candidate], explicit: list[tuple[Candidate, DateValue]]
) -> tuple[Candidate, DateValue] | None:
    """The first dateline's day; a dateline without its year takes it as any month and day does
    (`_with_year`)."""
    for cand in found:
        if cand.rule.name not in _SELF_DATED | _YEARLESS or not _is_dateline(text, cand):
            continue
        if cand.rule.name in _SELF_DATED:
            value = resolve_candidates([cand], dt.date(2000, 1, 1))
        else:
            value = _with_year(cand, explicit) if explicit else None
        if value is not None and value.precision == "day":
            return cand, value
    return None


def _is_dateline(text: str, cand: Candidate) -> bool:
    before = text[max(0, cand.start - 80) : cand.start]
    return bool(_DATELINE_BEFORE.search(before) and _DATELINE_AFTER.match(text, cand.end))


def _reported(text: str, cand: Candidate) -> bool:
    """Whether a date is one the text reports as having happened."""
    return not _in_future_clause(text, cand)


def _in_future_clause(text: str, cand: Candidate) -> bool:
    """Whether a future cue stands between the start of the date's sentence and the date."""
    lookback = max(0, cand.start - _SENTENCE_LOOKBACK)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lookback, cand.start)]
    sentence = text[starts[-1] if starts else lookback : cand.start]
    return _FUTURE_CUE.search(sentence) is not None


def _earliest_stamp(text: str, stamps: list[Candidate]) -> tuple[Candidate, DateValue] | None:
    """The earliest stamp dated in full: a page is not older than its first post or comment."""
    dated = []
    for cand in stamps:
        if cand.rule.name in _SELF_DATED:
            value = resolve_candidates([cand], dt.date(2000, 1, 1))
            if value is not None and value.precision == "day":
                dated.append((cand, value))
    return min(dated, key=lambda cv: cv[1].start) if dated else None


def _is_stamp(text: str, cand: Candidate) -> bool:
    """Whether a date stands beside a clock time, ungoverned by a preposition (see _CLOCK)."""
    before = text[max(0, cand.start - 30) : cand.start]
    if _CLOCK_BEFORE.search(before):
        return True
    return bool(_CLOCK_AFTER.match(text, cand.end)) and not _GOVERNED.search(before)
