"""TimeML values (TIMEX3 `value`) for time expressions, for evaluation against TempEval-3.

    >>> import datetime as dt
    >>> timeml_value("last summer", dt.date(2013, 3, 22))
    '2012-SU'
    >>> timeml_value("three days", dt.date(2013, 3, 22))
    'P3D'
    >>> timeml_value("now", dt.date(2013, 3, 22))
    'PRESENT_REF'

The dates themselves come from `resolve`; this module adds what TimeML writes that a
DateValue does not hold: durations (`P3D`, `PT2H`, `PXY`), sets (`P1D` for "daily",
`XXXX-WXX-1` for "every Monday"), quarters (`1989-Q3`), parts of days (`2013-03-22TNI`),
times (`2013-03-22T14:00`), decades and centuries (`198X`, `19`), the vague `PRESENT_REF`,
`PAST_REF`, `FUTURE_REF`, and `XXXX-XX-XX` for what cannot be resolved. Conventions follow
the TimeBank/AQUAINT annotations where they are consistent.

This module holds the entry points (`timeml_value`, `timeml_normalise`, `timeml_timexes`)
and tries the value builders in turn; the builders live beside it, by what they write:
`timeml_discourse` (what the words around an expression and the discourse before it
decide), `timeml_dates` (decades, holidays, weekends, seasons, days beside the discourse's),
`timeml_quarters` (quarters, halves, fiscal years), `timeml_durations` (durations and sets),
`timeml_times` (clock times, parts of days), `timeml_vague` (`PRESENT_REF`, vague
stretches), on top of `timeml_values` (`TimemlValue`, `date_to_timeml`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from wirecode.records import DateValue
from wirecode.time.arithmetic import shift
from wirecode.time.find import Timex, find_timexes
from wirecode.time.lexicon import MONTH_ABBR
from wirecode.time.patterns import bare_match, years_in_words
from wirecode.time.resolve import resolve
from wirecode.time.tense import tense_of
from wirecode.time.timeml_dates import (
    ANNIVERSARY,
    century_ago,
    decade,
    holiday,
    same_unit_year_back,
    season_words,
    unit_beside,
    weekday_before,
    weekend,
    year_beside,
    year_or,
    years_ago_this,
    years_bare,
)
from wirecode.time.timeml_discourse import (
    day_nearer_ahead,
    described_quarter,
    edge_in_discourse,
    in_context,
    month_just_ahead,
    quarter_a_year_back,
    quarter_ended_in,
    with_signal,
)
from wirecode.time.timeml_durations import compound_duration, duration, gap, set_value
from wirecode.time.timeml_quarters import (
    QUARTER_VALUE,
    edge,
    fiscal_year,
    half_year,
    named_quarter,
    quarter_of,
    ref_quarter,
    year_ago,
)
from wirecode.time.timeml_times import part_of_day, time_of_day
from wirecode.time.timeml_vague import past_future, present, vague_duration, vague_span
from wirecode.time.timeml_values import TimemlValue, date_to_timeml, dated, recase

__all__ = [
    "TimemlValue",
    "carried",
    "date_to_timeml",
    "timeml_normalise",
    "timeml_timexes",
    "timeml_value",
    "timeml_values",
]

logger = logging.getLogger(__name__)

_ENDED = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)
_MIDNIGHT_ALONE = re.compile(
    r"(?:(?:at|by|until|till|after|before|around|about|since)\s+)*midnight"
)
_STRIP = re.compile(r"^[\s,.;:'\"“”()]+|[\s,.;:\"“”()]+$")
_ABBR_MONTH_DOT = re.compile(rf"\b(?:{MONTH_ABBR})\.[\s,.;:\"“”()]*$")


def timeml_normalise(
    timex: Timex | str,
    dct: dt.date,
    *,
    context: str | None = None,
    future: bool | None = None,
    reference: TimemlValue | DateValue | None = None,
) -> TimemlValue:
    """The TimeML value of an expression against the creation date `dct`.

    When `timex` is a Timex found in `context` (the document text), the tense is guessed from
    the words around it (`tense_of`) unless `future` is given. `reference` is the
    last value the discourse resolved (for "the next day", "a year earlier", "the quarter").
    """
    text = timex.text if isinstance(timex, Timex) else timex
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    # the tense a caller gives, or the one guessed below
    tense = None if future is None else "future" if future else "past"
    if future is None:
        tense = (
            tense_of(context, timex.start, timex.end)
            if isinstance(timex, Timex) and context is not None
            else None
        )
        future = tense == "future" or (
            tense is None and (month_just_ahead(text, dct) or day_nearer_ahead(text, dct))
        )
    ref = reference if isinstance(reference, TimemlValue) else None
    ref_date = reference.discourse_date if isinstance(reference, TimemlValue) else reference
    # a Timex found in the document text: the words around it and the discourse may decide
    in_text = context if isinstance(timex, Timex) else None
    try:
        found = in_context(timex, in_text, dct, ref, ref_date) if in_text is not None else None
        if found is None:
            said = with_signal(timex, in_text) if in_text is not None else text
            # a period "ended" on a day: that day has passed ("the quarter ended Oct. 31",
            # written on Oct. 27, is last year's)
            ended = in_text is not None and _ENDED.search(
                in_text, max(0, timex.start - 12), timex.start
            )
            found = _normalise(
                said, dct, future=future, ref=ref, ref_date=ref_date, past=bool(ended)
            )
    except (ValueError, OverflowError) as error:  # a date outside the calendar
        logger.debug("cannot normalise %r: %s", text, error)
        found = TimemlValue("XXXX-XX-XX", "DATE")
    if tense == "past" and found.date is not None and found.date.start > dct:
        # a holiday told in the past has passed: the latest one, not the nearest (and the day
        # beside it: "met on the eve of Christmas", written in October, is last Dec. 24)
        told = " ".join(_STRIP.sub("", text).lower().replace("’", "'").split())
        beside = _DAY_BESIDE.fullmatch(told)
        passed = holiday(beside["rest"] if beside else told, dct, False, None, None, past=True)
        if passed is not None and beside is not None:
            step = -1 if (beside["dir"] or "before") == "before" else 1
            moved = shift(passed.date.start, step)
            passed = (
                dated(DateValue.day(moved, basis="the day beside a holiday")) if moved else None
            )
        found = passed or found
    if tense == "past" and found.value == f"{dct.isoformat()}T24:00":
        # midnight of the document's own day is still to come when the report is written: told
        # in the past ("The bomb went off just after midnight"), it is the one that began the
        # day, the day before's T24:00, as TimeML writes a midnight by the day it ends
        if _MIDNIGHT_ALONE.fullmatch(" ".join(_STRIP.sub("", text).lower().split())):
            before = shift(dct, -1)
            if before is not None:
                day = DateValue.day(before)
                found = TimemlValue(f"{before.isoformat()}T24:00", "TIME", day, anchors=True)
    found = edge_in_discourse(text, tense, ref_date, found)
    if in_text is not None:
        found = described_quarter(timex, in_text, found)
        found = quarter_a_year_back(timex, in_text, dct, found)
        found = quarter_ended_in(timex, in_text, dct, found)
    new_q = QUARTER_VALUE.fullmatch(found.value)
    old_q = ref_quarter(ref)
    # the discourse's quarter moves to a newly named one, not back to its year-ago comparison,
    # nor forward to a forecast: results are reported for a quarter that has ended, or a
    # fiscal one named in the past tense ("losses through the third quarter of 1990" and
    # "expect ... into the fourth quarter" are forecasts, not the quarter reported); a
    # value that does not anchor ("after a flat second quarter", "a year earlier") compares
    # or describes, and leaves the discourse where it was
    named = (int(new_q[1]), int(new_q[2])) if new_q and found.anchors else None
    reported = named is not None and (
        named < quarter_of(dct) or (named == quarter_of(dct) and tense == "past")
    )
    if reported and (old_q is None or (named[0] + 1, named[1]) != old_q):
        return dataclasses.replace(found, quarter=found.value)
    if ref is not None and ref.quarter:
        focus = None if found.anchors else ref_date
        return dataclasses.replace(found, quarter=ref.quarter, focus=focus)
    return found


# An interval's two ends, as groups of its rule: (first start, first end), (second start, end).
_ENDS: dict[str, tuple[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "interval_md": (("m1", "d1"), (("m2", "d2"), ("year", "d2"))),
    "interval_dm": (("d1", "d1"), (("wd2", "d2"), ("year", "m1"))),
    "interval_month": (("m1", "m1"), (("m2",), ("year", "m2"))),
    "interval_month_to": (("m1", "m1"), (("m2",), ("year", "m2"))),
    "interval_year": (("y1", "y1"), (("y2",), ("y2",))),
    "interval_wd": (("w1", "w1"), (("w2",), ("w2",))),
    "interval_wd_thru": (("w1", "w1"), (("w2",), ("w2",))),
}


def timeml_timexes(text: str) -> list[Timex]:
    """The time expressions of `text` as TimeML marks them: `find_timexes`, with an interval
    written as its two ends ("between 1994 and 1997" is "1994" and "1997"; "April 24 and 25"
    is "April 24" and "25"), since TIMEX3 marks each end of a range."""
    out: list[Timex] = []
    for timex in find_timexes(text):
        cand = bare_match(timex.text) if timex.kind == "interval" else None
        ends = _ENDS.get(cand.rule.name) if cand is not None else None
        if cand is None or ends is None:
            out.append(timex)
            continue
        m = cand.match
        (a, b), (c_starts, c_ends) = ends
        # (a weekday before a day opens its end: "Monday 6 and Tuesday 7 May")
        opens = "wd1" in m.re.groupindex and m["wd1"] is not None
        first = (m.start("wd1") if opens else m.start(a), m.end(b))
        second_start = next(m.start(g) for g in c_starts if m.group(g) is not None)
        second_end = next(m.end(g) for g in c_ends if m.group(g) is not None)
        for start, end in (first, (second_start, second_end)):
            span = (timex.start + start, timex.start + end)
            out.append(Timex(*span, text[span[0] : span[1]], "date", timex.bounded))
    joined = _join_year_back(text, _join_compound(text, _join_time_and_day(text, out)))
    return _join_anniversary(text, joined)


def carried(value: TimemlValue, reference: TimemlValue | None) -> TimemlValue | None:
    """The reference the next expression of a discourse reads: `value` if it anchors the
    discourse (a date, a quarter), else the one before."""
    return value if value.anchors or value.quarter else reference


def timeml_values(text: str, dct: dt.date) -> list[tuple[Timex, TimemlValue]]:
    """Every expression `timeml_timexes` finds in `text` with its value against `dct`, read
    in order with the discourse carried along, as the TempEval scorer reads a document."""
    found, reference = [], None
    for timex in timeml_timexes(text):
        value = timeml_normalise(timex, dct, context=text, reference=reference)
        reference = carried(value, reference)
        found.append((timex, value))
    return found


_TIME_DAY_GAP = re.compile(r",?\s+(?:on\s+)?")
_UNIT_RANK = {"year": 6, "month": 5, "week": 4, "day": 3, "hour": 2, "minute": 1, "second": 0}
_LAST_UNIT = re.compile(r"(?P<unit>year|month|week|day|hour|minute|second)s?$", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>month|week|day|hour|minute|second)s?",
    re.IGNORECASE,
)
_AND_GAP = re.compile(r",?\s+and\s+")


def _join_compound(text: str, found: list[Timex]) -> list[Timex]:
    """A stretch in two units is one TIMEX3: "(for) two years and three months" P2Y3M, "an
    hour and 15 minutes" PT1H15M (the finder finds each count apart); the second unit is the
    smaller ("three months and two years" are two stretches)."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        first = _LAST_UNIT.search(last.text) if last is not None else None
        second = _COUNTED.fullmatch(timex.text)
        if (
            last is not None
            and first is not None
            and second is not None
            and last.kind == timex.kind == "duration"
            and _AND_GAP.fullmatch(text, last.end, timex.start)
            and _UNIT_RANK[first["unit"].lower()] > _UNIT_RANK[second["unit"].lower()]
        ):
            out[-1] = Timex(last.start, timex.end, text[last.start : timex.end], "duration")
            continue
        out.append(timex)
    return out


_PERIOD_HEAD = re.compile(
    r"(?:the|that|its|their)\s+(?:same\s+|comparable\s+|corresponding\s+)?"
    r"(?:fiscal\s+)?(?:quarter|period)"
    r"|(?:the|that)\s+(?:same|comparable|corresponding)\s+(?:day|week|month)",
    re.IGNORECASE,
)
_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year", re.IGNORECASE)


def _join_year_back(text: str, found: list[Timex]) -> list[Timex]:
    """A reporting period and the year back after it are one TIMEX3, as "the year-ago
    quarter" is: "the quarter a year ago", "the same period a year earlier", "the
    corresponding period last year" (the words after the noun say which period; the finder
    finds each apart, and "a year ago" alone would be a second expression)."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        if (
            last is not None
            and _PERIOD_HEAD.fullmatch(" ".join(last.text.split()))
            and _YEAR_BACK.fullmatch(" ".join(timex.text.split()))
            and not text[last.end : timex.start].strip()
        ):
            out[-1] = Timex(last.start, timex.end, text[last.start : timex.end], last.kind)
            continue
        out.append(timex)
    return out


def _join_anniversary(text: str, found: list[Timex]) -> list[Timex]:
    """Years ago and the document's month, week or day after them are one TIMEX3, an
    anniversary: "25 years ago this month", "a year ago today" (the finder finds each
    apart); a count the finder holds, not "a few years ago this month"."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        said = " ".join(text[last.start : timex.end].lower().split()) if last else ""
        if (
            last is not None
            and ANNIVERSARY.fullmatch(said)
            and text[last.end : timex.start].isspace()
        ):
            out[-1] = Timex(last.start, timex.end, text[last.start : timex.end], last.kind)
            continue
        out.append(timex)
    return out


def _join_time_and_day(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time and the day after it are one TIMEX3: "5 p.m. EST, Nov. 6"."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "time"
            and not last.text.endswith(")")  # after a gloss, TimeML marks the day apart
            and timex.kind == "date"
            and _TIME_DAY_GAP.fullmatch(text, last.end, timex.start)
        ):
            out[-1] = Timex(
                last.start, timex.end, text[last.start : timex.end], "time", last.bounded
            )
            continue
        out.append(timex)
    return out


def timeml_value(
    timex: Timex | str,
    dct: dt.date,
    *,
    context: str | None = None,
    future: bool | None = None,
    reference: TimemlValue | DateValue | None = None,
) -> str:
    """The TimeML value string: `2013-03-22`, `2012-SU`, `2013-W11`, `PRESENT_REF`, `P3D`..."""
    return timeml_normalise(timex, dct, context=context, future=future, reference=reference).value


def _normalise(
    text: str,
    dct: dt.date,
    *,
    future: bool,
    ref: TimemlValue | None,
    ref_date: DateValue | None,
    past: bool = False,
) -> TimemlValue:
    said = " ".join(text.split())
    raw = _STRIP.sub("", said)
    if _ABBR_MONTH_DOT.search(said):
        # a month's abbreviation alone keeps its dot, which tells it from a word ("in Sept.")
        raw += "."
    low = years_in_words(raw.lower().replace("’", "'"))
    low = re.sub(
        r"^(?:on|in|at(?!\s+(?:least|most)\b)|by|since|until|from|during|of|within|throughout|"
        r"(?:over|for)(?!\s+(?:an?|one)\b))\s+",
        "",
        low,
    )
    for handler in _HANDLERS:
        found = handler(low, dct, future, ref, ref_date)
        if found is not None:
            return found
    source = recase(low) if low != raw.lower().replace("’", "'") else raw
    resolved = resolve(source, dct, future=future, reference=ref_date, past=past)
    if resolved is None:
        return _day_in_the_discourse(low, ref_date) or TimemlValue("XXXX-XX-XX", "DATE")
    value = date_to_timeml(resolved)
    if _REST_OF_WEEK.fullmatch(low) and value.endswith("-WE"):
        # what is left of the week after a Friday is its weekend, but "later this week" names
        # the week, as on any other day
        value = value.removesuffix("-WE")
    if _DAY_ANAPHOR.fullmatch(low) and resolved.precision in ("month", "year"):
        # "that same day" after "last October": a day of that month, which one unknown
        value += "-XX" if resolved.precision == "month" else "-XX-XX"
    return TimemlValue(value, "DATE", resolved, anchors=True)


_DAY_NEXT = re.compile(
    r"(?:the\s+)?(?:(?:next|following|previous|preceding|prior)\s+day|day\s+(?:before|after))"
)


def _day_in_the_discourse(low: str, ref_date: DateValue | None) -> TimemlValue | None:
    """ "The next day" (the following, the previous day) after a month or a year the discourse
    is on: a day of it, which one unknown, as "that same day" is ("Police fired on a march in
    March 2011. The next day, ..." 2011-03-XX; after "in 2005", 2005-XX-XX)."""
    if ref_date is None or not _DAY_NEXT.fullmatch(low):
        return None
    start, end = ref_date.start, ref_date.end
    if ref_date.precision == "month" and (start.year, start.month) == (end.year, end.month):
        return TimemlValue(f"{start.year:04d}-{start.month:02d}-XX", "DATE")
    if ref_date.precision == "year" and (start.month, start.day, end.month, end.day) == (
        1,
        1,
        12,
        31,
    ):
        return TimemlValue(f"{start.year:04d}-XX-XX", "DATE")
    return None  # a quarter, a season, a week: no one month or year holds the day


_REST_OF_WEEK = re.compile(r"(?:earlier|later)\s+(?:this|in\s+the)\s+week")
_DAY_ANAPHOR = re.compile(
    r"(?:(?:earlier|later)\s+(?:on\s+|in\s+)?)?(?:that\s+same|the\s+same|that)\s+day"
)


# --- handlers: each takes the lowercased expression and returns a value or None -------------


_DAY_BESIDE = re.compile(r"(?:the\s+)?(?:day\s+(?P<dir>before|after)|eve\s+of)\s+(?P<rest>.+)")


def _day_beside(low, dct, future, ref, ref_date):
    """ "the day before last Tuesday", "the day after Christmas", "the eve of Easter": the day
    named, moved by one."""
    m = _DAY_BESIDE.fullmatch(low)
    if m is None or m["rest"] in ("yesterday", "tomorrow"):
        return None
    day = _normalise(recase(m["rest"]), dct, future=future, ref=ref, ref_date=ref_date).date
    if day is None or day.precision != "day":
        return None
    side = m["dir"] or "before"  # "the eve of Christmas": the day before
    moved = shift(day.start, -1 if side == "before" else 1)
    return dated(DateValue.day(moved, basis=f"the day {side} {day.value}")) if moved else None


_HANDLERS = (
    _day_beside,
    same_unit_year_back,
    years_ago_this,
    unit_beside,
    year_beside,
    century_ago,
    weekday_before,
    gap,
    edge,
    half_year,
    vague_duration,
    year_beside,
    year_or,
    vague_span,
    present,
    past_future,
    set_value,
    named_quarter,
    year_ago,
    fiscal_year,
    decade,
    holiday,
    weekend,
    years_bare,
    season_words,
    duration,
    compound_duration,
    time_of_day,
    part_of_day,
)
