"""The holidays wirecode knows, in one table: how each is written and the day it falls on.

The finder's rule (`rules_calendar`, case-sensitive: "christmas" in running text is no
holiday) and the TimeML value (`timeml_dates.holiday`) are both built from `HOLIDAYS`; a
holiday added here is found and dated. Holidays are those of the United States where
countries differ (Mother's and Father's Day, Thanksgiving, Labor Day); a name other countries
give to days of their own ("Independence Day", "Election Day") carries the country whose day
the table holds, and `holiday_value` dates it only for a text of that country (TimeML, whose
corpora are American news, always).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from wirecode.records import DateValue


class Holiday(NamedTuple):
    """A holiday: its name as a regular expression, its day in a given year, whether it
    names the week that ends on that day ("Holy Week"), and the one country whose day it is
    when other countries name days of their own so ("Independence Day": "USA"), else None."""

    pattern: str
    day: Callable[[int], dt.date]
    week: bool = False
    country: str | None = None


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Eastern churches: the Julian computus (Meeus), on the Gregorian
    calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    # the Julian calendar's lag behind the Gregorian, in March and April of `year`
    return dt.date(year, month, day + 1) + dt.timedelta(days=year // 100 - year // 400 - 2)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    """The n-th such weekday of the month (Monday 0): Thanksgiving is the fourth Thursday."""

    def day(year: int) -> dt.date:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    return day


def _memorial_day(year: int) -> dt.date:
    """The last Monday of May."""
    last = dt.date(year, 5, 31)
    return last - dt.timedelta(days=last.weekday())


def _election_day(year: int) -> dt.date:
    """The Tuesday after the first Monday of November."""
    return _nth(11, 0, 1)(year) + dt.timedelta(days=1)


def _from_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


# A name that begins another comes after it ("Christmas Eve" before "Christmas"): the finder's
# regular expression tries them in this order.
HOLIDAYS: tuple[Holiday, ...] = (
    # (the Eastern churches' Christmas: Dec. 25 of the Julian calendar, Jan. 7 from 1901 to
    # 2100)
    Holiday(r"Orthodox\s+Christmas(?:\s+Day)?", _fixed(1, 7)),
    Holiday(r"Orthodox\s+Easter(?:\s+Sunday)?", orthodox_easter),
    Holiday(r"Christmas\s+Eve", _fixed(12, 24)),
    Holiday(r"Christmas(?:\s+Day)?", _fixed(12, 25)),
    Holiday(r"New\s+Year['’]?s\s+Eve", _fixed(12, 31)),
    Holiday(r"New\s+Year['’]?s(?:\s+Day)?", _fixed(1, 1)),
    Holiday(r"Thanksgiving(?:\s+Day)?", _nth(11, 3, 4), country="USA"),
    Holiday(r"Election\s+Day", _election_day, country="USA"),
    Holiday(r"Independence\s+Day", _fixed(7, 4), country="USA"),
    Holiday(r"(?:the\s+)?Fourth\s+of\s+July", _fixed(7, 4)),
    # the movable feasts, counted from Easter Sunday ("Holy Week" is the week before it)
    Holiday(r"Easter\s+Monday", _from_easter(1)),
    Holiday(r"Easter(?:\s+Sunday)?", _from_easter(0)),
    Holiday(r"Palm\s+Sunday", _from_easter(-7)),
    Holiday(r"Good\s+Friday", _from_easter(-2)),
    Holiday(r"(?:Holy|Maundy)\s+Thursday", _from_easter(-3)),
    Holiday(r"Holy\s+Saturday", _from_easter(-1)),
    Holiday(r"Holy\s+Week", _from_easter(-6), week=True),
    Holiday(r"Ash\s+Wednesday", _from_easter(-46)),
    Holiday(r"Ascension\s+Day", _from_easter(39)),
    Holiday(r"Pentecost(?:\s+Sunday)?|Whit\s+Sunday", _from_easter(49)),
    Holiday(r"Whit\s+Monday", _from_easter(50)),
    Holiday(r"Halloween", _fixed(10, 31)),
    Holiday(r"Labor\s+Day", _nth(9, 0, 1), country="USA"),
    Holiday(r"Memorial\s+Day", _memorial_day, country="USA"),
    Holiday(r"Veterans\s+Day|Remembrance\s+Day|Armistice\s+Day", _fixed(11, 11)),
    Holiday(r"St\.?\s+Patrick['’]?s\s+Day", _fixed(3, 17)),
    Holiday(r"Boxing\s+Day", _fixed(12, 26)),
    Holiday(r"Bastille\s+Day", _fixed(7, 14)),
    Holiday(r"Mother['’]?s\s+Day", _nth(5, 6, 2), country="USA"),
    Holiday(r"Father['’]?s\s+Day", _nth(6, 6, 3)),
    Holiday(r"May\s+Day", _fixed(5, 1)),
    Holiday(r"Valentine['’]?s\s+Day", _fixed(2, 14)),
    Holiday(r"All\s+Saints['’]?\s+Day", _fixed(11, 1)),
    # national days whose names no other country gives to a day of its own
    Holiday(r"Martin\s+Luther\s+King(?:,?\s+Jr\.?)?(?:['’]s)?\s+Day|MLK\s+Day", _nth(1, 0, 3)),
    Holiday(r"Presidents['’]?\s+Day", _nth(2, 0, 3)),
    Holiday(r"Columbus\s+Day", _nth(10, 0, 2)),
    Holiday(r"Canada\s+Day", _fixed(7, 1)),
    Holiday(r"Australia\s+Day", _fixed(1, 26)),
    Holiday(r"Anzac\s+Day", _fixed(4, 25)),
    # Russia's and most former Soviet states' (others keep days of their own so named)
    Holiday(r"Victory\s+Day", _fixed(5, 9), country="RUS"),
    # an Independence Day whose country is written: "Ukraine's Independence Day" (days from
    # Wikipedia, "List of national independence days"; "Independence Day" alone is the USA's)
    *(
        Holiday(rf"(?:{names})\s+Independence\s+Day", _fixed(month, day))
        for names, month, day in (
            (r"America['’]s|American|U\.S\.|US", 7, 4),
            (r"Ukraine['’]s|Ukrainian", 8, 24),
            (r"India['’]s|Indian", 8, 15),
            (r"Pakistan['’]s|Pakistani", 8, 14),
            (r"Indonesia['’]s|Indonesian", 8, 17),
            (r"Mexico['’]s|Mexican", 9, 16),
            (r"Brazil['’]s|Brazilian", 9, 7),
            (r"Belarus['’](?:s)?|Belarusian", 7, 3),
            (r"Moldova['’]s|Moldovan", 8, 27),
            (r"Armenia['’]s|Armenian", 9, 21),
            (r"Kazakhstan['’]s|Kazakh", 12, 16),
            (r"(?:the\s+)?Philippines['’]|Philippine", 6, 12),
            (r"Nigeria['’]s|Nigerian", 10, 1),
            (r"Kenya['’]s|Kenyan", 12, 12),
            (r"Ghana['’]s|Ghanaian", 3, 6),
        )
    ),
)

HOLIDAY = "|".join(h.pattern for h in HOLIDAYS)  # every name, for a rule's regular expression
_COMPILED = tuple((re.compile(h.pattern, re.IGNORECASE), h) for h in HOLIDAYS)


def holiday_named(name: str) -> Holiday | None:
    """The holiday a name written in any case denotes ("christmas eve"), or None."""
    return next((h for pattern, h in _COMPILED if pattern.fullmatch(name)), None)


# a holiday as written in an expression: "last Christmas", "Easter week", "the Thanksgiving
# weekend" (the week holding the day)
_PHRASE = re.compile(
    rf"(?:(?:the\s+)?(?P<mod>last|next|this)\s+)?(?P<name>{HOLIDAY})(?P<week>\s+week(?:end)?)?"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:1[89]|20|21)\d\d))?",
    re.IGNORECASE,
)


def holiday_value(
    phrase: str,
    anchor: dt.date,
    *,
    future: bool = False,
    past: bool = False,
    country: str | None = "USA",
) -> DateValue | None:
    """The day (or week) a holiday named in `phrase` falls on, or None.

    "last Christmas" is the one before the anchor, "next Easter" the one after it; named
    alone, the nearest one ("Election Day" in late October is the coming one, "Christmas" in
    early January the one just past), the next one in a future clause (`future`), and the
    latest on or before the anchor when told in the past (`past`: "workers marched on May
    Day", written in March, is last year's May Day); with its year written, that year's
    ("Christmas 2019"). A holiday of one country's calendar
    ("Independence Day") is dated only for a text of that `country`.
    """
    m = _PHRASE.fullmatch(" ".join(phrase.split()))
    named = holiday_named(" ".join(m["name"].split()).removeprefix("the ")) if m else None
    if named is None or not 2 <= anchor.year <= 9998:
        return None
    if named.country is not None and named.country != country:
        return None
    mod = m["mod"] and m["mod"].lower()
    this, before = named.day(anchor.year), named.day(anchor.year - 1)
    if m["year"]:
        day, how = named.day(int(m["year"])), "of the year written, not of"
    elif mod == "last":
        day, how = (before if this >= anchor else this), "the last before"
    elif past and not future and mod is None:
        day, how = (this if this <= anchor else before), "told in the past, the last on or before"
    elif mod == "next" or (future and this < anchor):
        day, how = named.day(anchor.year + 1), "the next after"
    elif mod is None and not future and this > anchor:
        day = this if (this - anchor) < (anchor - before) else before
        how = "the nearest to"
    else:
        day, how = this, "of the year of"
    basis = f"holiday, {how} document date {anchor}"
    if m["week"] and m["week"].strip().lower() == "weekend":
        # the Saturday and Sunday nearest the day: "the Easter weekend" ends on Easter
        # Sunday, "the Thanksgiving weekend" follows its Thursday, "the Memorial Day
        # weekend" comes before its Monday
        weekday = day.weekday()
        step = 5 - weekday if weekday in (2, 3, 4) else -((weekday - 5) % 7)
        saturday = day + dt.timedelta(days=step)
        return DateValue(
            saturday, saturday + dt.timedelta(days=1), "week", basis=f"the weekend of a {basis}"
        )
    if m["week"] or named.week:
        return DateValue.week(day, basis=f"the week of a {basis}")
    return DateValue.day(day, basis=basis)
