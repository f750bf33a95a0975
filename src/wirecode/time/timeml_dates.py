"""TimeML values for named dates that `resolve` does not write as TimeML does: decades and
centuries ("the 1990s" 199, "the 20th century" 19), holidays ("Christmas", "Easter
Monday"), weekends, seasons, bare years ("1994 or later"), and days, weeks, months and years
beside the one the discourse is on ("the previous Friday", "the year before", "a century
ago")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from wirecode.records import DateValue
from wirecode.time.arithmetic import add_months, make_date, shift
from wirecode.time.holidays import holiday_value
from wirecode.time.patterns import WEEKDAYS, words_to_number
from wirecode.time.resolve import DECADE, decade_start, resolve
from wirecode.time.timeml_values import PART_CODE, SEASON_NAME, TimemlValue, dated

_CENTURY = re.compile(
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century|(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<w>first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"twenty-first)[\s-]+century"
)
_ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
]  # fmt: skip


# "this decade" 201, "the next decade" 202: the decade itself, as "the 2010s" (a stretch up
# to now, "the past decade", stays P10Y)
_REL_DECADE = re.compile(r"(?:the\s+)?(?P<mod>this|current|next|coming)\s+decade")
_THIS_CENTURY = re.compile(r"(?:this|the\s+current|the\s+last|the\s+past)\s+century")


_WEEKEND = re.compile(r"(?:the|this|last|next|over\s+the|this\s+past)?\s*weekend")


def year_or(low, dct, future, ref, ref_date):
    """ "1994 or later", "1990 or earlier": the year named."""
    m = re.fullmatch(r"(?P<y>1[0-9]\d\d|20\d\d)\s+or\s+(?:later|earlier|sooner|before|after)", low)
    return dated(DateValue.year(int(m["y"]))) if m else None


# "the last half of the '80s", "the early part of the 20th century": the decade or century
# (TimeML leaves the part to its `mod`, START or END)
_PART_OF = re.compile(
    r"(?:the\s+)?(?:first|second|last|latter|early|earlier|later)\s+(?:half|part)\s+of\s+"
)


def decade(low, dct, future, ref, ref_date):
    part = _PART_OF.match(low)
    if part is not None:
        found = decade(low[part.end() :], dct, future, ref, ref_date)
        return found if found is not None and found.type == "DATE" else None
    m = DECADE.fullmatch(low)
    if m:
        # TimeML writes a decade as its first three digits ("the 1990s" 199, as the TimeML
        # guidelines do); a decade marked without its article ("in the [1990s]") is written
        # as ISO-TimeML does, 199X: the two annotation styles mark spans differently
        x = "" if low.startswith("the ") else "X"
        first = decade_start(m, dct)
        if first is None:  # the hundreds of a past century: that century ("the 1800s" 18)
            return TimemlValue(m["y"], "DATE")
        return TimemlValue(f"{first // 10}{x}", "DATE")
    m = _CENTURY.fullmatch(low)
    if m:
        n = int(m["n"]) if m["n"] else _ORDINAL_WORDS.index(m["w"]) + 1
        return TimemlValue(f"{n - 1:02d}", "DATE")
    m = _REL_DECADE.fullmatch(low)
    if m:
        step = 1 if m["mod"] in ("next", "coming") else 0
        return TimemlValue(str(dct.year // 10 + step), "DATE")
    if _THIS_CENTURY.fullmatch(low):
        return TimemlValue("P100Y", "DURATION")
    return None


def holiday(low, dct, future, ref, ref_date, *, past=False):
    """A holiday (`holidays.holiday_value`), of the American calendar as TimeBank's news is."""
    found = holiday_value(low, dct, future=future, past=past, country="USA")
    return dated(found) if found is not None else None


def weekend(low, dct, future, ref, ref_date):
    if not _WEEKEND.fullmatch(low):
        return None
    # "this weekend" written on a Thursday or Friday is the one coming, the nearer of the two
    future = future or (low == "this weekend" and dct.weekday() in (3, 4))
    resolved = resolve(low if "the" in low or "week" not in low else low, dct, future=future)
    if resolved is None:
        from wirecode.time.arithmetic import weekend_value

        resolved = weekend_value(dct, 0, future=future, basis="weekend")
    if resolved is None:
        return None
    return dated(resolved)


def season_words(low, dct, future, ref, ref_date):
    m = re.fullmatch(r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|"
                     r"fall|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?", low)  # fmt: skip
    if m is None:
        return None
    if m["y"]:
        return TimemlValue(f"{m['y']}-{SEASON_NAME[m['s']]}", "DATE")
    resolved = resolve(f"in the {m['s']}", dct, future=future)
    return dated(resolved) if resolved else None


def years_bare(low, dct, future, ref, ref_date):
    m = re.fullmatch(r"(?:the\s+)?(?:year\s+)?(?:(?:early|late|mid|post|pre)[\s-]+)?"
                     r"(?P<y>1[0-9]\d\d|20\d\d)(?:'s|\s+(?:period|season))?", low)  # fmt: skip
    if m is None:
        return None
    return dated(DateValue.year(int(m["y"])))


_WEEKDAY_BEFORE = re.compile(
    r"(?:the\s+)?(?:previous|preceding|prior)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)


def weekday_before(low, dct, future, ref, ref_date):
    """ "the previous Friday": the Friday before the day the discourse is on (the document's
    day when it is on none), as "the previous day" is."""
    m = _WEEKDAY_BEFORE.fullmatch(low)
    if m is None:
        return None
    base = ref_date.start if ref_date is not None and ref_date.precision == "day" else dct
    back = (base.weekday() - WEEKDAYS[m["wd"]] - 1) % 7 + 1
    day = shift(base, -back)
    return dated(DateValue.day(day, basis=f"the {m['wd']} before {base}")) if day else None


_UNIT_BESIDE = re.compile(
    r"(?:the\s+)?(?P<unit>night|morning|afternoon|evening|week|month|year)\s+(?P<dir>before|after)"
)


def unit_beside(low, dct, future, ref, ref_date):
    """ "the year before", "the week after", "the night before": the unit before or after
    the one the discourse is on (the document's when it is on none)."""
    m = _UNIT_BESIDE.fullmatch(low)
    if m is None:
        return None
    unit = m["unit"]
    # the discourse's day, month or year, as fine as the unit needs
    fine = {"year": ("day", "week", "month", "season", "year"), "month": ("day", "week", "month")}
    if ref_date is not None and ref_date.precision not in fine.get(unit, ("day",)):
        return None  # "in March 1985 ... the night before": no night can be named
    base = ref_date.start if ref_date is not None else dct
    step = -1 if m["dir"] == "before" else 1
    if unit == "year":
        return dated(DateValue.year(base.year + step))
    if unit == "month":
        return dated(DateValue.month(*add_months(base.year, base.month, step)))
    day = shift(base, step * (7 if unit == "week" else 1))
    if day is None:
        return None
    if unit == "week":
        return dated(DateValue.week(day))
    part = PART_CODE[unit]  # "the night before" TNI, "the morning after" TMO
    return TimemlValue(f"{day.isoformat()}T{part}", "TIME", DateValue.day(day), anchors=True)


_SAME_YEAR_BACK = re.compile(
    r"(?:the|that)\s+(?:same|comparable|corresponding)\s+(?P<unit>day|week|month)\s+"
    r"(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year)"
)


def same_unit_year_back(low, dct, future, ref, ref_date):
    """ "the same month a year earlier", "the same week last year": the month (week, day)
    the discourse is on, a year back ("Retail sales rose in February from the same month a
    year earlier" 2012-02, written in 2013), as "the quarter a year ago" is the quarter a
    year back; the document's when the discourse is on none. A comparison: it leaves the
    discourse where it was."""
    m = _SAME_YEAR_BACK.fullmatch(low)
    if m is None:
        return None
    unit = m["unit"]
    fine = {"month": ("day", "month"), "week": ("day", "week"), "day": ("day",)}[unit]
    if ref_date is not None and ref_date.precision not in fine:
        # "in 2012 ... the same month a year earlier": a month of 2011, which one unknown, as
        # "the next day" after a month is a day of it
        if ref_date.precision == "month" and unit == "day":
            value = f"{ref_date.start.year - 1}-{ref_date.start.month:02d}-XX"
        elif ref_date.precision in ("month", "year", "season", "week"):
            value = f"{ref_date.start.year - 1}-" + {"month": "XX", "week": "WXX"}.get(
                unit, "XX-XX"
            )
        else:
            return None
        return TimemlValue(value, "DATE")
    base = ref_date.start if ref_date is not None else dct
    if unit == "month":
        value = DateValue.month(base.year - 1, base.month)
    elif unit == "week":
        year, week, _ = base.isocalendar()
        try:
            value = DateValue.week(dt.date.fromisocalendar(year - 1, week, 1))
        except ValueError:  # a 53rd week the year before did not have
            return None
    else:
        day = make_date(base.year - 1, base.month, base.day)
        if day is None:
            return None
        value = DateValue.day(day)
    return dataclasses.replace(dated(value), anchors=False)


# (read by `timeml_timexes` too, which joins the two expressions only when they match it)
ANNIVERSARY = re.compile(
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:[\s-][a-z]+)?|"
    r"\d{1,3})\s+years?\s+ago\s+(?P<this>this\s+month|this\s+week|today)"
)


def years_ago_this(low, dct, future, ref, ref_date):
    """ "25 years ago this month", "ten years ago this week", "a year ago today": the month
    (week, day) of the document, so many years back, an anniversary told at the grain of its
    last words (1988-03 written in March 2013; "25 years ago" alone is the year, 1988)."""
    m = ANNIVERSARY.fullmatch(low)
    if m is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else words_to_number(m["n"])
    if not n or n >= dct.year:
        return None
    year = dct.year - n
    if m["this"].endswith("month"):
        return dated(DateValue.month(year, dct.month))
    if m["this"].endswith("week"):
        try:
            return dated(DateValue.week(dt.date.fromisocalendar(year, dct.isocalendar()[1], 1)))
        except ValueError:  # a 53rd week that year did not have
            return None
    day = make_date(year, dct.month, dct.day)
    return dated(DateValue.day(day)) if day else None


_YEAR_BESIDE = re.compile(r"the\s+(?P<dir>next|following|previous|prior|preceding)\s+year")


def year_beside(low, dct, future, ref, ref_date):
    """ "the next year", "the previous year" after a year the discourse is on: the year after
    (before) it, as "the year after" and "the following year" are ("In 2011 protests began.
    The next year, war broke out": 2012). Only when that year is not the document's (else
    both readings agree) and no quarter is discussed (the quarter a year back is read
    apart); "the next year" in a future clause is the year to come ("will close over the next
    year")."""
    m = _YEAR_BESIDE.fullmatch(low)
    if m is None or ref_date is None or ref_date.start.year == dct.year:
        return None
    if (ref is not None and ref.quarter) or (future and m["dir"] == "next"):
        return None
    step = 1 if m["dir"] in ("next", "following") else -1
    return dated(DateValue.year(ref_date.start.year + step))


_CENTURY_AGO = re.compile(
    r"(?:(?:about|nearly|almost|more\s+than|over|some|just|roughly)\s+)?(?:a|one|(?P<n>two|three|"
    r"four|five))\s+century\s+ago|(?:(?:about|nearly|almost|more\s+than|over|some|just)\s+)?"
    r"(?P<n2>two|three|four|five)\s+centuries\s+ago"
)


def century_ago(low, dct, future, ref, ref_date):
    """ "a century ago": the year a hundred years before the document's, as "a decade ago" is
    the year ten years before."""
    m = _CENTURY_AGO.fullmatch(low)
    if m is None:
        return None
    n = words_to_number(m["n"] or m["n2"]) if (m["n"] or m["n2"]) else 1
    return dated(DateValue.year(dct.year - 100 * n))
