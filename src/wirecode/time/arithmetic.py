"""Calendar arithmetic for anchoring: safe shifts, months, seasons, and year inference."""

from __future__ import annotations

import calendar as _calendar
import dataclasses
import datetime as dt
import logging

from wirecode.records import DateValue
from wirecode.time.patterns import SEASONS

logger = logging.getLogger(__name__)

_MAX_ORDINAL = dt.date.max.toordinal()
# A month and day without a year takes the year nearest the anchor; a date on the wrong side
# of the anchor for the clause's tense counts this many times its distance.
WRONG_SIDE_PENALTY = 5


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (Feb. 30) or is out of range."""
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12 and day >= 1):
        return None
    if day > _calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def shift(day: dt.date, days: int) -> dt.date | None:
    ordinal = day.toordinal() + days
    return dt.date.fromordinal(ordinal) if 1 <= ordinal <= _MAX_ORDINAL else None


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def month_value(year: int, month: int, *, basis: str) -> DateValue | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return DateValue.month(year, month, basis=basis)


def year_value(year: int, *, basis: str) -> DateValue | None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    return DateValue.year(year, basis=basis)


def week_value(day: dt.date | None, *, basis: str) -> DateValue | None:
    if day is None or shift(day, -day.weekday()) is None or shift(day, 6 - day.weekday()) is None:
        return None
    return DateValue.week(day, basis=basis)


def span(start: dt.date | None, end: dt.date | None, precision: str, *, basis: str):
    """An interval DateValue, or None when an end is missing or the interval is reversed."""
    if start is None or end is None or end < start:
        return None
    return DateValue(start, end, precision, basis=basis)  # type: ignore[arg-type]


def weekend_value(anchor: dt.date, step: int, *, future: bool, basis: str) -> DateValue | None:
    """Saturday–Sunday: the weekend of the anchor moved `step` weekends (this one if 0)."""
    saturday = shift(anchor, -((anchor.weekday() - 5) % 7))  # on or before the anchor
    if saturday is None:
        return None
    in_weekend = anchor.weekday() >= 5
    if step < 0:
        offset = -7 if in_weekend else 0
    elif step > 0:
        offset = 14 if in_weekend else 7
    else:
        offset = 7 if future and not in_weekend else 0
    start = shift(saturday, offset)
    return span(start, shift(start, 1) if start else None, "week", basis=basis)


def nearest_year(
    month: int,
    day: int,
    anchor: dt.date,
    *,
    future: bool,
    weekday: int | None = None,
    past: bool = False,
) -> tuple[dt.date | None, bool]:
    """The date of `month`/`day` in the year nearest the anchor, preferring the clause's side;
    in a clause told in the past (`past`: "met on June 12"), the latest on or before it.

    When `weekday` is given ("Friday, Feb. 25") and one candidate year agrees with it, that one
    wins. Returns the date (None if no year has it) and whether the weekday decided.
    """
    found = [make_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    dates = [d for d in found if d is not None]
    if not dates:
        return None, False
    agreeing = [d for d in dates if weekday is not None and d.weekday() == weekday]
    pool = agreeing or dates
    if past and not future and any(d <= anchor for d in pool):
        return max(d for d in pool if d <= anchor), bool(agreeing) and len(agreeing) < len(dates)

    def cost(d: dt.date) -> int:
        distance = (d - anchor).days
        wrong_side = distance < 0 if future else distance > 0
        return abs(distance) * (WRONG_SIDE_PENALTY if wrong_side else 1)

    return min(pool, key=cost), bool(agreeing) and len(agreeing) < len(dates)


def month_near(month: int, anchor: dt.date, *, future: bool, strict: bool = False) -> int:
    """The year of the most recent `month` on or before the anchor's (the next one if future).

    `strict` excludes the anchor's own month ("last March" said in March).
    """
    if future:
        later = month > anchor.month or (month == anchor.month and not strict)
        return anchor.year if later else anchor.year + 1
    earlier = month < anchor.month or (month == anchor.month and not strict)
    return anchor.year if earlier else anchor.year - 1


def season_bounds(season: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The interval of a northern-hemisphere meteorological season; winter Y is Dec Y–Feb Y+1."""
    first, last = SEASONS[season]
    end_year = year + 1 if last < first else year
    if not (dt.MINYEAR <= year and end_year <= dt.MAXYEAR):
        return None
    end = dt.date(end_year, last, _calendar.monthrange(end_year, last)[1])
    return dt.date(year, first, 1), end


def season_year(season: str, anchor: dt.date, mod: str | None, *, future: bool) -> int:
    """The year in which the season meant by "last/this/next/(none) summer" begins."""
    start_month, _ = SEASONS[season]
    current = anchor.year - 1 if season == "winter" and anchor.month <= 2 else anchor.year
    bounds = season_bounds(season, current)
    start, end = bounds if bounds else (anchor, anchor)
    if mod in ("last", "past"):
        return current if end < anchor else current - 1
    if mod == "this":
        return current
    if mod in ("next", "coming"):
        return current + 1 if mod == "next" or start <= anchor else current
    if future:
        return current if end >= anchor else current + 1
    return current if start <= anchor else current - 1


def at_unit(ref: DateValue, unit: str, step: int, *, basis: str) -> DateValue | None:
    """The `unit` containing the reference, moved `step` units; None if the reference is coarser."""
    rank = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}
    if rank[ref.precision] > rank[unit]:
        same = dataclasses.replace(ref, text="", basis=basis)
        return same if step == 0 else None
    day = ref.start
    if unit == "day":
        moved = shift(day, step)
        return DateValue.day(moved, basis=basis) if moved else None
    if unit == "week":
        return week_value(shift(day, 7 * step), basis=basis)
    if unit == "month":
        return month_value(*add_months(day.year, day.month, step), basis=basis)
    return year_value(day.year + step, basis=basis)
