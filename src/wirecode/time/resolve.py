"""Resolving a time expression to a DateValue, anchored on the document date.

The anchoring rules are ours (dateparser is not used): a weekday is the most recent such day
on or before the anchor unless the clause is future; a month and day take the year nearest the
anchor; anaphora ("the same day", "later that month") take the discourse's last date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable

from wirecode.records import DateValue
from wirecode.time.arithmetic import (
    add_months,
    at_unit,
    make_date,
    month_near,
    month_value,
    nearest_year,
    season_bounds,
    season_year,
    shift,
    span,
    week_value,
    weekend_value,
    year_value,
)
from wirecode.time.find import Timex
from wirecode.time.holidays import holiday_value
from wirecode.time.lexicon import ORDINAL_DAYS
from wirecode.time.number_words import words_to_number
from wirecode.time.patterns import (
    MONTHS,
    NUMBERS,
    WEEKDAYS,
    Candidate,
    bare_match,
    candidates,
    select,
    years_in_words,
)

logger = logging.getLogger(__name__)

# When one expression holds several ("Friday afternoon (Feb. 25)"), the most specific decides.
_SPECIFICITY = [
    "date", "interval", "holiday", "weekday", "relative", "month", "season", "year",
    "anaphoric", "present", "decade",
]  # fmt: skip
_SPACE = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True, slots=True)
class _Ctx:
    anchor: dt.date
    future: bool
    reference: DateValue | None
    weekday: int | None  # a weekday named beside a date: "Friday (Feb. 25)"
    past: bool = False  # the clause is told in the past: "met on June 12"
    country: str | None = None  # the text's country, for its holidays ("Independence Day")


def resolve(
    timex: Timex | str,
    anchor: dt.date,
    *,
    future: bool = False,
    reference: DateValue | None = None,
    past: bool = False,
    country: str | None = None,
) -> DateValue | None:
    """The interval a time expression denotes, anchored on the document date `anchor`.

    `future` is True when the clause's tense is future ("will meet on Wednesday"), `past`
    when it is past ("met on June 12": a month and day is then the latest on or before the
    anchor, not the nearest). `reference` is the latest date the discourse mentioned, for
    anaphora ("that day"). `country` (ISO alpha-3) is the text's, for the holidays one
    country's calendar fixes ("Independence Day" is July 4 for "USA" alone; "Christmas"
    needs none). Returns None for durations and for text that holds no date.
    """
    text = timex.text if isinstance(timex, Timex) else timex
    text = _SPACE.sub(" ", text.strip())
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    found = list(_read(text))
    value = resolve_candidates(
        found, anchor, future=future, reference=reference, past=past, country=country
    )
    beside = _DAY_BESIDE.match(text)
    if value is not None and beside is not None and value.precision == "day":
        # "the day before last Tuesday", "the day after Christmas", "the eve of Christmas":
        # the day named, moved
        side = (beside["dir"] or "before").lower()
        moved = shift(value.start, -1 if side == "before" else 1)
        basis = f"the day {side} {value.value} ({value.basis})"
        value = DateValue.day(moved, basis=basis) if moved else None
    return dataclasses.replace(value, text=text) if value else None


# (not "the day before yesterday": its rule dates it whole)
_DAY_BESIDE = re.compile(
    r"the\s+(?:day\s+(?P<dir>before|after)|eve\s+of)\s+(?!yesterday\b|tomorrow\b)\S",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _read(text: str) -> tuple[Candidate, ...]:
    """The rules that read an expression's text: the same few texts ("on Monday", "last
    week") come back in every document, and scanning all rules costs more than resolving."""
    found = select(list(candidates(text))) if text else []
    if not found:
        bare = bare_match(text)
        found = [bare] if bare else []
    return tuple(found)


def resolve_candidates(
    found: list[Candidate],
    anchor: dt.date,
    *,
    future: bool = False,
    reference: DateValue | None = None,
    past: bool = False,
    country: str | None = None,
) -> DateValue | None:
    """The most specific date among the rule matches of one expression (text left unset)."""
    kinds = [c for c in found if c.rule.kind in _SPECIFICITY]
    day_of_clock = next((c.match["on"] for c in found if c.rule.name == "clock"), None)
    if not kinds and day_of_clock:
        # a clock time on a day is dated by its day: "met at 9 a.m. on Monday", "talks lasted
        # until 2 a.m. Friday" (the clock rule holds the day, so no day rule matched apart)
        day = _read(" ".join(day_of_clock.split()))
        return resolve_candidates(
            list(day), anchor, future=future, reference=reference, past=past, country=country
        )
    weekdays = [c.match["wd"] for c in found if c.rule.name == "weekday"]
    weekday = WEEKDAYS[weekdays[0].lower()] if weekdays else None
    ctx = _Ctx(anchor, future, reference, weekday, past, country)
    for cand in sorted(kinds, key=lambda c: _SPECIFICITY.index(c.rule.kind)):
        resolver = _RESOLVERS.get(cand.rule.name)  # "post-2003" is found, and dates nothing
        value = resolver(cand.match, ctx) if resolver is not None else None
        if value is not None:
            return value
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(word: str | None) -> int | None:
    """The number in "three weeks ago" / "2 days later"; None when vague ("days ago")."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    said = " ".join(word.lower().split())
    return NUMBERS.get(said) if said in NUMBERS else words_to_number(said)


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _lower(m: re.Match[str], name: str) -> str | None:
    value = _group(m, name)
    return " ".join(value.lower().split()) if value else None


# --- explicit and month-day dates -------------------------------------------------------


def _day_number(written: str) -> int:
    """A day of the month in digits ("9", "9th") or as an ordinal word ("ninth", "twenty-first")."""
    digits = re.match(r"\d+", written)
    if digits:
        return int(digits.group())
    return ORDINAL_DAYS["-".join(written.lower().replace("-", " ").split())]


def _full_date(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    month = int(m["mon"]) if m["mon"].isdigit() else _month(m["mon"])
    date = make_date(int(m["year"]), month, _day_number(m["day"]))
    return DateValue.day(date, basis="explicit date") if date else None


def _us_date(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """2/24/2022 is read in the US order, month first; a two-digit year is the nearest."""
    year = int(m["year"])
    if len(m["year"]) == 2:
        century = ctx.anchor.year // 100 * 100
        year += century if year <= ctx.anchor.year % 100 + 10 else century - 100
    date = make_date(year, int(m["mon"]), int(m["day"]))
    return DateValue.day(date, basis="explicit date (US month/day order)") if date else None


def _month_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    named = _group(m, "wd")
    weekday = WEEKDAYS[named.lower()] if named else ctx.weekday
    date, by_weekday = nearest_year(
        _month(m["mon"]),
        _day_number(m["day"]),
        ctx.anchor,
        future=ctx.future,
        weekday=weekday,
        past=ctx.past,
    )
    if date is None:
        return None
    basis = f"month and day, year nearest document date {ctx.anchor}"
    if ctx.past and not ctx.future:
        basis = f"month and day told in the past, latest on or before document date {ctx.anchor}"
    if by_weekday:
        basis += " agreeing with the weekday"
    return DateValue.day(date, basis=basis)


def _day_of_month(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "on the 20th": that day of the nearest month holding it on the tense's side of the
    anchor, the anchor's month or the one before (the one after in a future clause)."""
    day, step = int(m["day"]), 1 if ctx.future else -1
    ref = ctx.reference
    if ref is not None and ref.precision == "month":
        # a month the discourse is on: "Protests began in March. On the 20th, ..."
        date = make_date(ref.start.year, ref.start.month, day)
        return DateValue.day(date, basis=f"day of the month {ref.value}") if date else None
    year, mon = ctx.anchor.year, ctx.anchor.month
    for _ in range(3):
        date = make_date(year, mon, day)
        if date is not None and (date >= ctx.anchor if ctx.future else date <= ctx.anchor):
            side = "on or after" if ctx.future else "on or before"
            return DateValue.day(date, basis=f"day of the month {side} document date {ctx.anchor}")
        year, mon = add_months(year, mon, step)
    return None


def _weekday_and_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "Friday the 13th": the nearest such day falling on that weekday, on the tense's side
    of the anchor (on or before it; on or after it in a future clause)."""
    day, weekday, step = int(m["day"]), WEEKDAYS[m["wd"].lower()], 1 if ctx.future else -1
    year, mon = ctx.anchor.year, ctx.anchor.month
    for _ in range(28):  # a weekday falls on each day of the month within 14 months
        date = make_date(year, mon, day)
        on_side = date is not None and (date >= ctx.anchor if ctx.future else date <= ctx.anchor)
        if on_side and date.weekday() == weekday:
            side = "on or after" if ctx.future else "on or before"
            basis = f"weekday and day of the month, {side} document date {ctx.anchor}"
            return DateValue.day(date, basis=basis)
        year, mon = add_months(year, mon, step)
    return None


def _day_of_month_named(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the 20th of last month": that day of the month before (of, after) the anchor's."""
    rel = m["rel"].lower()
    year, mon = add_months(ctx.anchor.year, ctx.anchor.month, _YEAR_STEP[rel])
    date = make_date(year, mon, int(m["day"]))
    basis = f"day of {rel} month from document date {ctx.anchor}"
    return DateValue.day(date, basis=basis) if date else None


def _dated_day_in_words(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the ninth of March" as "March 9"; with its year, "the ninth of March, 2021", as that
    day of that year."""
    return _full_date(m, ctx) if m["year"] else _month_day(m, ctx)


def _week_of(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the week of March 6": the calendar week holding that day."""
    day = _full_date(m, ctx) if m["year"] else _month_day(m, ctx)
    if day is None:
        return None
    return week_value(day.start, basis=f"week of {day.value} ({day.basis})")


def _weekend_of(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the weekend of March 2": the Saturday and Sunday holding that day, or the first after
    it."""
    day = _full_date(m, ctx) if m["year"] else _month_day(m, ctx)
    if day is None:
        return None
    return weekend_value(day.start, 0, future=True, basis=f"weekend of {day.value} ({day.basis})")


_YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def _month_day_relative_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "Feb. 24 last year": the year is the document's moved by one."""
    mod = m["mod"].lower()
    date = make_date(ctx.anchor.year + _YEAR_STEP[mod], _month(m["mon"]), int(m["day"]))
    basis = f"month and day of {mod} year from document date {ctx.anchor}"
    return DateValue.day(date, basis=basis) if date else None


def _month_relative_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "September last year"."""
    mod = m["mod"].lower()
    basis = f"month of {mod} year from document date {ctx.anchor}"
    return month_value(ctx.anchor.year + _YEAR_STEP[mod], _month(m["mon"]), basis=basis)


def _interval_days(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    m1 = _month(m["m1"])
    m2 = _month(m["m2"]) if _group(m, "m2") else m1
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["year"]:
        start, end = make_date(int(m["year"]), m1, d1), make_date(int(m["year"]), m2, d2)
        return span(start, end, "day", basis="explicit interval")
    start, _ = nearest_year(m1, d1, ctx.anchor, future=ctx.future, past=ctx.past)
    if start is None:
        return None
    end = make_date(start.year + (1 if (m2, d2) < (m1, d1) else 0), m2, d2)
    return span(start, end, "day", basis=f"interval, year nearest document date {ctx.anchor}")


def _interval_months(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    y1 = int(m["year"]) if m["year"] else month_near(m1, ctx.anchor, future=ctx.future)
    y2 = y1 + 1 if m2 < m1 else y1
    first, last = month_value(y1, m1, basis=""), month_value(y2, m2, basis="")
    if first is None or last is None:
        return None
    return span(first.start, last.end, "month", basis="interval of months")


def _interval_years(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return _years(int(m["y1"]), int(m["y2"]), "interval of years")


# --- months, years, seasons ----------------------------------------------------------------


def _explicit_month(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return month_value(_year(m["year"]), _month(m["mon"]), basis="explicit month")


def _month_alone(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    month = _month(m["mon"])
    mod = _lower(m, "mod")
    future = ctx.future or mod in ("next", "coming")
    if mod in ("last", "past"):
        future = False
    year = month_near(month, ctx.anchor, future=future, strict=mod in ("last", "past", "next"))
    if year == ctx.anchor.year and month == ctx.anchor.month:
        side = "month of"
    else:
        side = (
            "month after" if (year, month) > (ctx.anchor.year, ctx.anchor.month) else "month before"
        )
    return month_value(year, month, basis=f"{side} document date {ctx.anchor}")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _nth_weekday(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the first Monday in March", "the last Friday of the month": that weekday of the
    month named (its year as for the month alone), of the document's month, or of the month
    before or after it."""
    if m["mon"]:
        month = _explicit_month(m, ctx) if m["year"] else _month_alone(m, ctx)
    else:
        step = _YEAR_STEP.get(m["mod"].lower(), 0)
        month = month_value(*add_months(ctx.anchor.year, ctx.anchor.month, step), basis="")
    if month is None:
        return None
    weekday = WEEKDAYS[m["wdn"].lower()]
    nth = m["nth"].lower()
    if nth == "last":
        day = shift(month.end, -((month.end.weekday() - weekday) % 7))
    else:
        day = shift(month.start, (weekday - month.start.weekday()) % 7 + 7 * (_NTH[nth] - 1))
    if day is None or day.month != month.start.month:
        return None
    return DateValue.day(day, basis=f"{nth} {m['wdn']} of {month.value}")


def _year(written: str) -> int:
    """A year in digits, or in words ("nineteen ninety-seven")."""
    return int(written) if written.isdigit() else int(years_in_words(written))


def _explicit_year(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return year_value(int(m["year"]), basis="explicit year")


def _year_in_words(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "nineteen ninety-six", "the year two thousand"."""
    digits = years_in_words(m.group(0))
    found = re.search(r"\d{4}", digits)
    return year_value(int(found.group(0)), basis="explicit year (in words)") if found else None


def _season(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    season = m["season"].lower()
    if _group(m, "year"):
        year = _year(m["year"])
        basis = "explicit season"
    elif _group(m, "rel"):  # "the spring of last year"
        year = ctx.anchor.year + _YEAR_STEP[m["rel"].lower()]
        basis = f"season of {m['rel'].lower()} year, document date {ctx.anchor}"
    else:
        year = season_year(season, ctx.anchor, _lower(m, "mod"), future=ctx.future)
        basis = f"season relative to document date {ctx.anchor}"
    bounds = season_bounds(season, year)
    return span(*bounds, "season", basis=basis) if bounds else None


# --- weekdays and days, weeks, months, years around the anchor ------------------------------


def _holiday(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "on Christmas Day", "at Easter", "last Thanksgiving": the day the calendar fixes."""
    return holiday_value(
        m.group(0), ctx.anchor, future=ctx.future, past=ctx.past, country=ctx.country
    )


def _weekday(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return _weekday_named(m["wd"], _lower(m, "mod"), ctx)


def _weekday_named(name: str, mod: str | None, ctx: _Ctx) -> DateValue | None:
    weekday, today = WEEKDAYS[name.lower()], ctx.anchor.weekday()
    if mod in ("this", None) and ctx.future:
        # "this Friday" or "will meet on Friday" said on a Friday is the day itself (a week
        # on would be "next Friday" or "Friday week")
        delta = (weekday - today) % 7
        basis = f"weekday on or after document date {ctx.anchor}"
    elif mod in ("next", "coming", "this coming") or (ctx.future and mod not in ("last", "past")):
        delta = (weekday - today) % 7 or 7
        basis = f"weekday after document date {ctx.anchor}"
    else:
        delta = -((today - weekday) % 7 or (7 if mod in ("last", "past", "previous") else 0))
        basis = f"weekday before document date {ctx.anchor}"
        if delta == 0:
            basis = f"weekday of document date {ctx.anchor}"
    date = shift(ctx.anchor, delta)
    return DateValue.day(date, basis=basis) if date else None


_WEEK_STEP = {"next": 1, "last": -1, "this": 0}


def _weekday_week(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "Friday next week": that weekday in the (ISO) week after the anchor's ("last week",
    "this week" likewise); "Friday week", "a week on Friday", "a week from Friday": a week
    after the coming Friday. The tense of the clause does not move it."""
    name, mod = m["wd"] or m["wd2"], _lower(m, "mod")
    weekday, today = WEEKDAYS[name.lower()], ctx.anchor.weekday()
    if mod is not None:
        delta = weekday - today + 7 * _WEEK_STEP[mod]
        basis = f"weekday of {mod} week from document date {ctx.anchor}"
    else:
        delta = ((weekday - today) % 7 or 7) + 7
        basis = f"a week after the weekday after document date {ctx.anchor}"
    date = shift(ctx.anchor, delta)
    return DateValue.day(date, basis=basis) if date else None


def _interval_weekdays(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "From Monday to Wednesday": the first day as a weekday is read, the last the first
    such day on or after it."""
    first = _weekday_named(m["w1"], None, ctx)
    if first is None:
        return None
    end = shift(first.start, (WEEKDAYS[m["w2"].lower()] - WEEKDAYS[m["w1"].lower()]) % 7)
    return span(first.start, end, "day", basis=f"{first.basis}, to the {m['w2']} after it")


_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _relative_day(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    if m["word"]:
        offset = _DAY_OFFSETS[m["word"].lower()]
    elif m["dd"]:
        offset = -2 if m["dd"].lower().startswith("before") else 2
    else:  # earlier today, this morning; last night is the evening before
        offset = -1 if (m["this"] or "").lower() == "last" else 0
    date = shift(ctx.anchor, offset)
    if date is None:
        return None
    names = {0: "document date", -1: "day before document date", 1: "day after document date"}
    label = names.get(offset, f"{abs(offset)} days from document date")
    return DateValue.day(date, basis=f"{label} {ctx.anchor}")


def _relative_unit(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    unit, mod, anchor = m["unit"].lower(), m["mod"].lower(), ctx.anchor
    step = {"last": -1, "this": 0, "next": 1, "coming": 1, "past": -1, "current": 0}[mod]
    basis = f"{mod} {unit} from document date {anchor}"
    if unit == "weekend":
        return weekend_value(anchor, step, future=ctx.future, basis=basis)
    if mod == "past":  # "the past week": the stretch up to the anchor
        days = {"week": 7, "month": 30, "year": 365, "decade": 3652}[unit]
        precision = "year" if unit == "decade" else unit
        return span(shift(anchor, -days), anchor, precision, basis=basis)
    if unit == "week":
        value = week_value(shift(anchor, 7 * step), basis=basis)
    elif unit == "month":
        value = month_value(*add_months(anchor.year, anchor.month, step), basis=basis)
    elif unit == "year":
        value = year_value(anchor.year + step, basis=basis)
    else:
        first = anchor.year // 10 * 10 + 10 * step
        value = span(make_date(first, 1, 1), make_date(first + 9, 12, 31), "year", basis=basis)
    if step != 0 or unit == "decade":  # (a decade's TimeML value is read from its bounds)
        return value
    return _before_or_after(value, _lower(m, "el"), anchor)


def _before_or_after(value: DateValue | None, side: str, anchor) -> DateValue | None:
    """ "Later this year" is the rest of the year after the anchor, "earlier this month" the
    part before it (the value stays at the unit's precision: 2023, 2023-03); a unit with no
    part left on that side is kept whole."""
    if value is None or side not in ("earlier", "later"):
        return value
    if side == "later":
        start, end, where = shift(anchor, 1), value.end, "after"
    else:
        start, end, where = value.start, shift(anchor, -1), "before"
    part = span(start, end, value.precision, basis=f"{value.basis}; the part {where} that day")
    return part or value


def _relative_unit_two(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the week before last", "the year after next": the unit two back (on) from the
    anchor's."""
    unit, step = m["unit"].lower(), -2 if m["back"] else 2
    basis = f"{unit} {'before last' if step < 0 else 'after next'} from document date {ctx.anchor}"
    if unit == "week":
        return week_value(shift(ctx.anchor, 7 * step), basis=basis)
    if unit == "month":
        return month_value(*add_months(ctx.anchor.year, ctx.anchor.month, step), basis=basis)
    return year_value(ctx.anchor.year + step, basis=basis)


def _edge_of_unit(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the end of the month", "year-end": the unit, moved by its modifier (the edge itself
    is finer than the text says, so the whole unit is kept)."""
    unit = _lower(m, "unit") or "year"
    mod = _lower(m, "mod") or "this"
    step = {"last": -1, "past": -1, "next": 1}.get(mod, 0)
    basis = f"{mod} {unit} from document date {ctx.anchor} (its edge)"
    if unit == "week":
        return week_value(shift(ctx.anchor, 7 * step), basis=basis)
    if unit == "month":
        return month_value(*add_months(ctx.anchor.year, ctx.anchor.month, step), basis=basis)
    if unit == "decade":  # "by the end of the decade": the decade, as "this decade" is
        first = ctx.anchor.year // 10 * 10 + 10 * step
        return _years(first, first + 9, basis)
    return year_value(ctx.anchor.year + step, basis=basis)


def _the_weekend(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    basis = f"weekend {'after' if ctx.future else 'before'} document date {ctx.anchor}"
    return weekend_value(ctx.anchor, 0, future=ctx.future, basis=basis)


def _ago(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    unit, n, anchor = (m["unit"] or "century").lower(), _count(m["n"]), ctx.anchor
    units = "centuries" if unit == "century" else f"{unit}s"
    count = (f"{n} {units}" if n != 1 else f"{n} {unit}") if n else f"some {units}"
    basis = f"{count} before document date {anchor}"
    if n is None:  # "days ago", "a few weeks ago": a rough stretch
        low, high, precision = {
            "day": (2, 7, "week"),
            "week": (14, 56, "month"),
            "month": (60, 330, "year"),
            "year": (730, 3650, "year"),
            "decade": (7300, 36500, "year"),
            "century": (73000, 365000, "year"),
        }[unit]
        return span(shift(anchor, -high), shift(anchor, -low), precision, basis=basis)
    if "half" in m.group(0).lower() and unit in ("year", "month"):
        # "a year and a half ago": the month 18 months back; "two and a half months ago"
        # the month about 75 days back
        if unit == "year":
            return month_value(*add_months(anchor.year, anchor.month, -12 * n - 6), basis=basis)
        back = shift(anchor, -(30 * n + 15))
        return month_value(back.year, back.month, basis=basis) if back else None
    if unit == "day":
        date = shift(anchor, -n)
        return DateValue.day(date, basis=basis) if date else None
    if unit == "week":
        return week_value(shift(anchor, -7 * n), basis=basis)
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, -n), basis=basis)
    years = n * {"decade": 10, "century": 100}.get(unit, 1)
    if unit == "century" and "half" in m.group(0).lower():  # "a century and a half ago"
        years += 50
    return year_value(anchor.year - years, basis=basis)


def _present(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    return DateValue.day(ctx.anchor, basis=f"present: document date {ctx.anchor}")


# --- anaphora ------------------------------------------------------------------------------

_UNIT_OF = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


def _base(ctx: _Ctx) -> tuple[DateValue, str]:
    if ctx.reference is not None:
        return ctx.reference, f"relative to reference {ctx.reference.value}"
    return DateValue.day(ctx.anchor), f"relative to document date {ctx.anchor} (no reference)"


def _anaphoric_same(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    ref, basis = _base(ctx)
    unit = m["unit"].lower()
    return at_unit(ref, _UNIT_OF.get(unit, unit), 0, basis=basis)


def _anaphoric_in_the(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "earlier in the month", "late in the week": the unit the discourse is on; a unit it is
    not on (after a year alone) is the document's, not the year."""
    ref, basis = _base(ctx)
    unit = (_group(m, "unit") or _group(m, "unit2")).lower()
    if _RANK[ref.precision] > _RANK[unit]:
        ref, basis = DateValue.day(ctx.anchor), f"document date {ctx.anchor} (no {unit} in view)"
    return at_unit(ref, unit, 0, basis=basis)


_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4}


def _anaphoric_shift(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    ref, basis = _base(ctx)
    unit = _group(m, "unit")
    unit = _UNIT_OF.get(unit.lower(), unit.lower()) if unit else "day"
    direction = (_group(m, "dir") or _group(m, "dir2") or "").lower()
    step = -1 if direction in ("previous", "preceding", "prior", "before", "earlier") else 1
    n = _count(_group(m, "n")) if "n" in m.re.groupindex else 1
    if n is None:
        return None
    if unit == "decade":  # "a decade earlier": ten years, as "a decade ago" is
        unit, n = "year", 10 * n
    return at_unit(ref, unit, step * n, basis=basis)


_BACK = ("previous", "preceding", "prior")


def _base_day(ctx: _Ctx) -> tuple[DateValue, str]:
    """The discourse's day (or week), else the document's: a weekday or a weekend cannot be
    placed from a month or a year ("in March 1985 ... the following Monday")."""
    ref, basis = _base(ctx)
    if ref.precision in ("day", "week"):
        return ref, basis
    return DateValue.day(
        ctx.anchor
    ), f"relative to document date {ctx.anchor} (reference {ref.value} names no day)"


def _anaphoric_weekday(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "the following Monday": the first Monday after the discourse's day ("the previous
    Friday": the last one before it); the document's day when the discourse is on none."""
    ref, basis = _base_day(ctx)
    weekday = WEEKDAYS[m["wd"].lower()]
    if m["dir"].lower() in _BACK:
        day = shift(ref.start, -((ref.start.weekday() - weekday) % 7 or 7))
    else:
        day = shift(ref.end, (weekday - ref.end.weekday()) % 7 or 7)
    return DateValue.day(day, basis=f"{m['dir'].lower()} weekday, {basis}") if day else None


def _anaphoric_weekend(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "that weekend": the weekend of the discourse's week (the one on or after its day);
    "the following weekend" the first after it, "the previous weekend" the last before it."""
    ref, basis = _base_day(ctx)
    direction = _lower(m, "dir")
    step = 0 if direction is None else -1 if direction in _BACK else 1
    day = ref.start if step <= 0 else ref.end
    return weekend_value(day, step, future=True, basis=f"weekend, {basis}")


def _anaphoric_season(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """ "that summer": the summer the discourse's date lies in, else the one of its year;
    "the following spring" the first spring to begin after it, "the previous winter" the
    last to end before it."""
    ref, basis = _base(ctx)
    season = (m["season"] or m["s2"]).lower()
    direction = _lower(m, "dir")
    years = range(ref.start.year - 2, ref.end.year + 2)
    seasons = [b for b in (season_bounds(season, y) for y in years) if b is not None]
    if direction is None:
        within = [b for b in seasons if b[0] <= ref.start <= b[1]]
        same_year = [b for b in seasons if b[0].year == ref.start.year]
        chosen = (within or same_year or [None])[0]
    elif direction in _BACK:
        chosen = next((b for b in reversed(seasons) if b[1] < ref.start), None)
    else:
        chosen = next((b for b in seasons if b[0] > ref.end), None)
    return span(*chosen, "season", basis=f"{season}, {basis}") if chosen else None


# a decade named: "the 1990s", "the early 1990s", "the late '80s", "the nineties" (also read
# by `timeml_dates.decade`)
DECADE = re.compile(
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<y>1[0-9]|20)(?P<d>\d)0|['’]?(?P<short>\d)0)['’]?s"
    r"|(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties)"
)
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
_DECADE_PART = re.compile(r"\b(?P<part>early|mid|late)\b", re.IGNORECASE)
_THIRDS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def decade_start(m: re.Match[str], anchor: dt.date) -> int | None:
    """The first year of the decade a `DECADE` match names: one written short is of the
    1900s, one in words of the century it is read in (the 1900s until 2030); None for the
    hundreds of a past century ("the 1800s", "the early 1900s": the century, as TimeML reads
    them; "the 2000s" is the decade)."""
    if m["word"]:
        century = 19 if anchor.year < 2030 else anchor.year // 100
        return century * 100 + 10 * DECADE_WORDS[m["word"]]
    if m["short"]:
        return 1900 + 10 * int(m["short"])
    if m["d"] == "0" and m["y"] != "20":
        return None
    return int(m["y"] + m["d"]) * 10


def _years(first: int, last: int, basis: str) -> DateValue | None:
    """The years from `first` to `last`, a window at the precision of a year."""
    return span(make_date(first, 1, 1), make_date(last, 12, 31), "year", basis=basis)


def _decade(m: re.Match[str], ctx: _Ctx) -> DateValue | None:
    """A decade named, as a window of its years ("in the 1990s" 1990/1999; its early, mid or
    late part a third of it: "the early '90s" 1990/1993); a century, and "the 1900s" written
    as one, is too coarse to date anything."""
    text = m.group(0)
    named = DECADE.search(text.lower())
    first = decade_start(named, ctx.anchor) if named is not None else None
    if first is None:
        return None
    part = _DECADE_PART.search(text)
    low, high = _THIRDS[part["part"].lower()] if part else (0, 9)
    return _years(first + low, first + high, "decade")


_RESOLVERS: dict[str, Callable[[re.Match[str], _Ctx], DateValue | None]] = {
    "iso": _full_date,
    "us_numeric": _us_date,
    "mdy": _full_date,
    "dmy": _full_date,
    "nth_weekday": _nth_weekday,
    "md": _month_day,
    "week_of": _week_of,
    "weekend_of": _weekend_of,
    "md_relyear": _month_day_relative_year,
    "dm_relyear": _month_day_relative_year,
    "month_relyear": _month_relative_year,
    "dm": _month_day,
    "dm_words": _dated_day_in_words,
    "md_the": _month_day,
    "day_ordinal": _day_of_month,
    "wd_day_ordinal": _weekday_and_day,
    "day_relmonth": _day_of_month_named,
    "interval_md": _interval_days,
    "interval_dm": _interval_days,
    "interval_month": _interval_months,
    "interval_month_to": _interval_months,
    "interval_year": _interval_years,
    "month_year": _explicit_month,
    "month_mod": _month_alone,
    "month": _month_alone,
    "year_mod": _explicit_year,
    "year": _explicit_year,
    "year_for": _explicit_year,
    "year_named": _explicit_year,
    "year_bare": _explicit_year,
    "fiscal": _explicit_year,
    "year_words": _year_in_words,
    "holiday": _holiday,
    "decade": _decade,
    "decade_short": _decade,
    "weekday": _weekday,
    "weekday_week": _weekday_week,
    "interval_wd": _interval_weekdays,
    "interval_wd_thru": _interval_weekdays,
    "relday": _relative_day,
    "relunit": _relative_unit,
    "relunit_two": _relative_unit_two,
    "weekend": _the_weekend,
    "edge": _edge_of_unit,
    "year_end": _edge_of_unit,
    "ago": _ago,
    "season_mod": _season,
    "season_year": _season,
    "season_relyear": _season,
    "season": _season,
    "ana_same": _anaphoric_same,
    "ana_inthe": _anaphoric_in_the,
    "ana_shift": _anaphoric_shift,
    "ana_dayafter": _anaphoric_shift,
    "ana_partafter": _anaphoric_shift,
    "ana_later": _anaphoric_shift,
    "ana_weekday": _anaphoric_weekday,
    "ana_weekend": _anaphoric_weekend,
    "ana_season": _anaphoric_season,
    "present": _present,
}
