"""TimeML values for times of day: clock times ("5 p.m. Tuesday" `…T17:00`, "at 1430
GMT") and parts of days ("Tuesday night" `…TNI`, "overnight"), on the day named
or the day the discourse is on."""

from __future__ import annotations

import datetime as dt
import re

from wirecode.records import DateValue
from wirecode.time.arithmetic import shift
from wirecode.time.patterns import words_to_number
from wirecode.time.resolve import resolve
from wirecode.time.timeml_values import PART_CODE, TimemlValue, recase

_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)"
    r"|\b(?P<word>noon|midday|midnight)\b"
    r"|(?P<h2>\d{1,2})(?::(?P<m2>\d\d))?\s+(?:in\s+the\s+(?P<part2>morning|afternoon|evening)|"
    r"at\s+(?P<night2>night))"
    r"|(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)"
    # the wire services' 24-hour clock: "at 1430 GMT"
    r"|\b(?P<hh4>[01]\d|2[0-3])(?P<mm4>[0-5]\d)(?=\s*(?:gmt|utc|[ecmp][sd]t|local\s+time)\b)"
    r"|\b(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock"
)
_PART = re.compile(r"(?P<part>morning|afternoon|evening|night|overnight|tonight|dawn|dusk)")
# the day beside the discourse's: "the next morning" ("next" alone is the document's tomorrow)
_BESIDE = re.compile(r"(?:^|\s)(?:the\s+(?:very\s+)?next|following|(?P<back>previous|preceding))$")


def time_of_day(low, dct, future, ref, ref_date):
    m = _CLOCK.search(low)
    if m is None:
        return None
    rest = (low[: m.start()] + " " + low[m.end() :]).strip()
    rest = re.sub(r"\([^)]*\)?", " ", rest)  # a gloss in another zone: "(0735 gmt)"
    # the part of the day an o'clock time is told in: "7 o'clock in the evening" (that day)
    told = _TOLD_IN.search(rest)
    rest = _TOLD_IN.sub(" ", rest)
    rest = re.sub(
        r"\b(?:at|on|about|around|approximately|shortly|just|before|after|by|"
        # (a zone: "est", "8 p.m. et", "14:00 utc", "eastern time", "noon moscow time")
        r"until|[a-z]st|[ecmp][sd]?t|gmt|utc|ces?t|msk|(?:eastern|central|mountain|pacific)"
        r"(?:\s+(?:standard|daylight))?|[a-z]+\s+time|time|the)\b",
        " ",
        rest,
    )
    rest = " ".join(rest.split()).strip(" ,")
    # a clock time alone belongs to the day the discourse is on: "on Friday ... at 10:35 a.m."
    on_ref = not rest and ref_date is not None and ref_date.precision == "day"
    day = ref_date if on_ref else _day_of(rest, dct, future, ref_date)
    if day is None:
        return None
    if m["word"]:
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["word"]]
    elif m["h2"]:
        # past noon in the afternoon and the evening, and at night from five ("9:30 at night")
        hour, pm = int(m["h2"]), m["part2"] in ("afternoon", "evening")
        if hour > 12 or int(m["m2"] or 0) > 59:
            return None
        hour += 12 if hour < 12 and (pm or (m["night2"] and hour >= 5)) else 0
        clock = f"{hour:02d}:{m['m2'] or '00'}"
    elif m["hh"] or m["hh4"]:
        clock = f"{int(m['hh'] or m['hh4']):02d}:{m['mm'] or m['mm4']}"
    elif m["hw"]:
        clock = f"{_after_noon(words_to_number(m['hw']), rest, told):02d}:00"
    else:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if hour > 12 or minute > 59:
            return None
        ampm = m["ampm"].replace(".", "").replace(" ", "")
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        elif ampm.startswith("o"):
            hour = _after_noon(hour, rest, told)
        clock = f"{hour:02d}:{minute:02d}"
    value = f"{day.value}T{clock}" if day is not None else f"T{clock}"
    return TimemlValue(value, "TIME", day, anchors=True)


# the part of the day an o'clock time is told in, and the hours of it past noon: "ten o'clock
# tonight" 22:00, "three o'clock Friday afternoon" 15:00 ("one o'clock tonight" stays 01:00)
_PM_PARTS = (("afternoon", range(1, 7)), ("evening", range(5, 12)), ("night", range(5, 12)))


_TOLD_IN = re.compile(r"\bin\s+the\s+(?P<a>morning|afternoon|evening)\b|\bat\s+(?P<b>night)\b")


def _after_noon(hour: int, rest: str, told: re.Match[str] | None) -> int:
    """The hour on the 24-hour clock of an o'clock time told in a part of the day."""
    words = rest.replace("tonight", "night").split()
    words += [told["a"] or told["b"]] if told else []
    pm = any(part in words and hour in hours for part, hours in _PM_PARTS)
    return hour + 12 if pm else hour


# the day the discourse is on, named again: "that same afternoon", "the same night" (its "the"
# is dropped with the prepositions)
_SAME = ("same", "the same", "that same")


def _day_of(rest: str, dct: dt.date, future: bool, ref_date: DateValue | None):
    """The day a time of day or a part of day belongs to ("Tuesday", "yesterday", none)."""
    rest = re.sub(r"^(?:of|on|in)\s+|\s+(?:of|on|in)$", "", rest.strip())
    if not rest or rest in ("this", "today", "the", "in the"):
        return DateValue.day(dct)
    if rest in ("that", *_SAME):
        return ref_date if ref_date and ref_date.precision == "day" else DateValue.day(dct)
    if rest in ("last", "yesterday"):
        day = shift(dct, -1)
        return DateValue.day(day) if day else None
    if rest in ("tomorrow", "next"):
        day = shift(dct, 1)
        return DateValue.day(day) if day else None
    day = resolve(recase(rest), dct, future=future, reference=ref_date)
    return day if day is not None and day.precision == "day" else None


def part_of_day(low, dct, future, ref, ref_date):
    m = _PART.search(low)
    if m is None or re.search(r"\d", low) and not re.search(r"[a-z]{3,}\.?\s+\d", low):
        return None
    part = m["part"]
    rest = (low[: m.start()] + " " + low[m.end() :]).strip()
    beside = _BESIDE.search(rest)  # before "the" and "early" are dropped below
    rest = re.sub(
        r"\b(?:early|late|mid|later|earlier|the|at|in|of|on|during|this\s+past)\b-?", " ", rest
    )
    rest = " ".join(rest.split())
    beside = beside if rest in ("next", "very next", "following", "previous", "preceding") else None
    if part == "tonight":
        part, rest = "night", rest or "this"
    elif part == "overnight":
        part = "night"
    elif part in ("dawn", "dusk"):
        part = "morning" if part == "dawn" else "evening"
    if rest and not re.search(r"[a-z]", rest):
        return None
    if rest and not (
        rest in ("this", "that", "last", "yesterday", "tomorrow", "next")
        or rest in _SAME
        or beside
        or resolve(recase(rest), dct, future=future, reference=ref_date)
    ):
        return None
    # "in the morning" alone belongs to the day the discourse is on, as a clock time does
    on_ref = not rest and m["part"] in PART_CODE and ref_date and ref_date.precision == "day"
    day = ref_date if on_ref else _day_of(rest, dct, future, ref_date)
    if beside:
        # "the next morning", "the following night", "the previous evening": the day after
        # (before) the one the discourse is on, as "the next day" is (the document's when none)
        base = ref_date if ref_date is not None and ref_date.precision == "day" else None
        moved = shift((base or DateValue.day(dct)).start, -1 if beside["back"] else 1)
        day = DateValue.day(moved) if moved else None
    if m["part"] == "overnight" and not rest:
        # "overnight" alone is the night before the day the discourse is on (the document's)
        base = ref_date if ref_date is not None and ref_date.precision == "day" else None
        before = shift((base or DateValue.day(dct)).start, -1)
        day = DateValue.day(before) if before else None
    if day is None:
        return None
    return TimemlValue(f"{day.value}T{PART_CODE[part]}", "TIME", day, anchors=True)
