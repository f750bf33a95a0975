"""TimeML values read from the words around an expression and the discourse before it.

These look at the document text (`context`) and at what the discourse last resolved: a day
or month coordinated with one before it ("April 24 and 25", "in April and June"), "until
then", "the quarter ended July 31", "the same period last year", "[a year] earlier", "the
eighth day" of something, "will one day", "a [day]" (`in_context` tries them in turn, for an
expression found in the text); and whether a month or day named with
no tense cue is the coming one (`month_just_ahead`, `day_nearer_ahead`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from wirecode.records import DateValue
from wirecode.time.arithmetic import make_date, shift
from wirecode.time.find import Timex, find_timexes
from wirecode.time.lexicon import MONTH_ABBR, MONTH_FULL, WD
from wirecode.time.patterns import MONTHS, WEEKDAYS, bare_match, words_to_number
from wirecode.time.resolve import resolve
from wirecode.time.tense import tense_of
from wirecode.time.timeml_durations import UNIT_CODE
from wirecode.time.timeml_quarters import QUARTER_VALUE, quarter_of, quarter_value, ref_quarter
from wirecode.time.timeml_values import PART_CODE, TimemlValue, dated

_BARE_MONTH = re.compile(
    r"(?:(?:in|by|early|late|mid)[\s-]+)*(?P<mon>january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec)\.?"
)


def month_just_ahead(text: str, dct: dt.date) -> bool:
    """A month named alone, in a clause with no tense cue, one or two months after the
    document's month: the coming one ("a cutback in its supply in September", written in
    August), not the one eleven months back, which news would call "last September"."""
    m = _BARE_MONTH.fullmatch(" ".join(text.lower().split()))
    return m is not None and (MONTHS[m["mon"]] - dct.month) % 12 in (1, 2)


def day_nearer_ahead(text: str, dct: dt.date) -> bool:
    """A month and day in a clause with no tense cue take the nearest year: the coming one
    when it is nearer ("the summit on April 24" written in February), not only the past one."""
    cand = bare_match(" ".join(text.split()))
    if cand is None or cand.rule.name not in ("md", "dm"):
        return False
    ahead = resolve(text, dct, future=True)
    back = resolve(text, dct, future=False)
    if ahead is None or back is None:
        return False
    return (ahead.start - dct).days < (dct - back.start).days


# (a range's second end may carry the year: "April 2-4, 2013" ends with "4, 2013")
_DAY_NUMBER = re.compile(
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_COORDINATED = re.compile(r"\d(?:st|nd|rd|th)?\s*,?\s*(?:and|or|to|through|-|–)\s*$")


_YEAR_SPAN = re.compile(r"(?:a|one)\s+year", re.IGNORECASE)
# ("before" ends the phrase, or names the discourse's time: "a year before, ...", "a year
# before that"; "a year before the war" is a stretch counted back from the war, P1Y)
_EARLIER = re.compile(
    r"\s+(?P<signal>earlier|ago|before(?!\s+(?!that\b|then\b)[\w$“\"'‘]))\b", re.IGNORECASE
)


# the day named after a clock time and its gloss: "10:35 a.m. (0735 GMT) Friday", "10:28
# local time (07:28 GMT), on 22 June" (a day of the month, written either way round)
_GLOSS_DATE = (
    rf"\d{{1,2}}\s+(?-i:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)(?![A-Za-z])"
    rf"|(?-i:{MONTH_FULL}|(?:{MONTH_ABBR})\.?)\s+\d{{1,2}}\b"
)
_DAY_AFTER_GLOSS = re.compile(
    rf"\s*,?\s+(?:on\s+)?(?P<day>{WD}\b|today\b|yesterday\b|tomorrow\b"
    rf"|(?:{_GLOSS_DATE})(?:,?\s+(?:19|20)\d\d\b)?)",
    re.IGNORECASE,
)


def with_signal(timex: Timex, context: str) -> str:
    """A year marked without its "earlier" or "ago" ("[a year] earlier") is read with it: the
    year before, as "a year earlier" is (a stretch of days or hours stays a stretch). A clock
    time glossed in another zone is read with the day named after the gloss ("10:35 a.m.
    (0735 GMT) Friday": TimeML marks the day apart, and the time is on it)."""
    text = timex.text
    if text.rstrip().endswith(")") and timex.kind == "time":
        m = _DAY_AFTER_GLOSS.match(context, timex.end)
        return f"{text} {m['day']}" if m else text
    if not _YEAR_SPAN.fullmatch(text.strip()):
        return text
    m = _EARLIER.match(context, timex.end)
    return f"{text.strip()} {m['signal'].lower()}" if m else text


_BOUND_THEN = re.compile(r"\b(?:until|till|by|since|before|after)\s+$", re.IGNORECASE)


def then_bound(timex: Timex, context: str, ref_date: DateValue | None) -> TimemlValue | None:
    """ "Until then", "since then": "then" bounds at the date the discourse last named
    ("will terminate on Nov. 30. Until then, ..." is Nov. 30), not a vague past."""
    if ref_date is None or timex.text.strip().lower() != "then":
        return None
    if not _BOUND_THEN.search(context[max(0, timex.start - 8) : timex.start]):
        return None
    return dated(ref_date)


_ELIDED = re.compile(
    r"\b(?:this|last|next)\s+(?P<unit>week|month|year)\b[^.;!?\n]{0,60}?\b(?:than|as|and|or)\s+$",
    re.IGNORECASE,
)


def elided_unit(timex: Timex, context: str, dct: dt.date) -> TimemlValue | None:
    """ "last" or "next" alone after a comparison or a conjunction with a unit named before
    it: the unit is left out ("twice as high a dividend this year as last" is last year;
    "this month or next", next month)."""
    word = timex.text.strip().lower()
    if word not in ("last", "next"):
        return None
    m = _ELIDED.search(context, max(0, timex.start - 100), timex.start)
    resolved = resolve(f"{word} {m['unit'].lower()}", dct) if m else None
    return dated(resolved) if resolved else None


_FOR_OF = re.compile(r"\b(?:for|of)\s+$", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending|through|to)\b", re.IGNORECASE)


def year_of_results(timex: Timex, context: str, dct: dt.date) -> TimemlValue | None:
    """Results "for the year" and "the first nine months of the year" are the document's
    year; "the year ended Sept. 30" stays a stretch of twelve months (P1Y), as does a generic
    "the year" ("throughout the year")."""
    if not re.fullmatch(r"the\s+(?:fiscal\s+)?year", timex.text.strip(), re.IGNORECASE):
        return None
    before = context[max(0, timex.start - 6) : timex.start]
    if not _FOR_OF.search(before) or _ENDED.match(context, timex.end):
        return None
    return dated(DateValue.year(dct.year))


_PER = re.compile(r"\b(?:a|an|per|each|every)\s+$", re.IGNORECASE)
_QUARTER_ALONE = re.compile(r"(?:(?:the|its|their)\s+)?(?:fiscal\s+)?quarter", re.IGNORECASE)
_ENDED_ON = re.compile(
    r"\s+(?P<verb>ended|ending)\s+(?P<date>(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)


def quarter_ended(
    timex: Timex, context: str, dct: dt.date, ref: TimemlValue | None
) -> TimemlValue | None:
    """ "the quarter ended July 31", when no quarter was named before, is the calendar
    quarter that the three months up to that day mostly cover (1989-Q2)."""
    if ref_quarter(ref) is not None or not _QUARTER_ALONE.fullmatch(" ".join(timex.text.split())):
        return None
    m = _ENDED_ON.match(context, timex.end)
    if m is None:
        return None
    ahead = m["verb"].lower() == "ending" and day_nearer_ahead(m["date"], dct)
    end = resolve(m["date"], dct, future=ahead)
    if end is None or end.precision != "day":
        return None
    middle = end.start - dt.timedelta(days=45)
    return quarter_value(*quarter_of(middle))


_PERIOD_BEFORE = re.compile(r"\b(?:period|quarter)\s+$", re.IGNORECASE)
_YEAR_BACK_AFTER = re.compile(
    r"\s+(?:a\s+year\s+(?:ago|earlier)|(?P<last>last\s+year))\b", re.IGNORECASE
)


def period_last_year(
    timex: Timex, context: str, dct: dt.date, ref: TimemlValue | None
) -> TimemlValue | None:
    """ "the same period [last year]", in a report of a quarter: the quarter a year before."""
    ref_q = ref_quarter(ref)
    if ref_q is None or " ".join(timex.text.lower().split()) != "last year":
        return None
    if not _PERIOD_BEFORE.search(context[max(0, timex.start - 12) : timex.start]):
        return None
    return quarter_value(dct.year - 1, ref_q[1])


def quarter_a_year_back(
    timex: Timex, context: str, dct: dt.date, found: TimemlValue
) -> TimemlValue:
    """ "[the quarter] a year ago": the quarter a year before the one the words name;
    "[the fourth quarter] last year": that quarter of the year before the document's."""
    m = QUARTER_VALUE.fullmatch(found.value)
    if m is None:
        return found
    after = _YEAR_BACK_AFTER.match(context, timex.end)
    if after is None:
        return found
    year = dct.year - 1 if after["last"] else int(m[1]) - 1
    return quarter_value(year, int(m[2]))


def quarter_ended_in(timex: Timex, context: str, dct: dt.date, found: TimemlValue) -> TimemlValue:
    """ "the second quarter ended Oct. 31" (written on Oct. 27): a quarter that ended on a
    day that has passed is not this year's, still running, but that of the year the day
    was in (1988-Q2); a quarter named by a later year than its end ("the fourth quarter
    ended Jan. 31" of a fiscal year) keeps its year."""
    q = QUARTER_VALUE.fullmatch(found.value)
    m = _ENDED_ON.match(context, timex.end)
    if q is None or m is None or m["verb"].lower() != "ended" or not found.anchors:
        return found
    end = resolve(m["date"], dct, past=True)
    if end is None or end.precision != "day" or end.start.year >= int(q[1]):
        return found
    return quarter_value(end.start.year, int(q[2]))


_ORDINAL_QUARTER = re.compile(r"(?:first|second|third|fourth|final)\s+quarter", re.IGNORECASE)
_DESCRIBED_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?$")


def described_quarter(timex: Timex, context: str, found: TimemlValue) -> TimemlValue:
    """A quarter described with "a" before it ("after a flat second quarter", the article
    outside the expression) is not the one reported, as when the article is inside it: its
    value does not anchor the discourse (not "a third-quarter loss", a reported quarter)."""
    if not found.anchors or not _ORDINAL_QUARTER.fullmatch(" ".join(timex.text.split())):
        return found
    if not _DESCRIBED_BEFORE.search(context, max(0, timex.start - 24), timex.start):
        return found
    return dataclasses.replace(found, anchors=False)


_NTH_DAY = re.compile(
    r"(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|[a-z]+tieth|[a-z]+-(?:first|second|third|[a-z]+th))\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+)?day",
    re.IGNORECASE,
)
_IS_BEFORE = re.compile(r"(?:\b(?P<verb>is|was|marks|marked)|['’]s)\s+(?:the\s+)?$", re.IGNORECASE)


def nth_day(
    timex: Timex, context: str, dct: dt.date, ref_date: DateValue | None
) -> TimemlValue | None:
    """ "today is the [eighth day] of the operation", "it's the second day of the strike": the
    day it is (the discourse's day after "was")."""
    if not _NTH_DAY.fullmatch(" ".join(timex.text.split())):
        return None
    m = _IS_BEFORE.search(context[max(0, timex.start - 12) : timex.start])
    if m is None:
        return None
    past = (m["verb"] or "").lower() in ("was", "marked")
    if past:
        on_ref = ref_date is not None and ref_date.precision == "day"
        return dated(ref_date) if on_ref else None
    return dated(DateValue.day(dct))


_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must)\s+$", re.IGNORECASE)


# "one day" that measures a stretch: after a preposition or a hedge ("in one day", "for one
# day", "only one day"), or before what it is counted from or against ("one day after the
# vote", "one day longer", "one day of talks")
_DAY_MEASURED_BEFORE = re.compile(
    r"\b(?:in|for|within|than|only|just|by|about|nearly|almost|over|under|least|a|the|first|"
    r"last|every|each|per|more|another)\s+$",
    re.IGNORECASE,
)
_DAY_MEASURED_AFTER = re.compile(
    r"(?:\s+(?:after|before|later|earlier|longer|ago|of|or|and|to)\b|[-'’])", re.IGNORECASE
)


def one_day(timex: Timex, context: str) -> TimemlValue | None:
    """ "one day" after a modal ("will one day be", "could one day replace") is some day to
    come, not a stretch of a day; and so is "one day" that measures nothing in a clause told as
    a future ("She will walk again one day", "One day they'll come back", "I hope one day
    there will be peace"), as "some day" is."""
    if " ".join(timex.text.lower().split()) != "one day":
        return None
    if _MODAL.search(context[max(0, timex.start - 8) : timex.start]):
        return TimemlValue("FUTURE_REF", "DATE")
    if _DAY_MEASURED_BEFORE.search(context, max(0, timex.start - 12), timex.start):
        return None
    if _DAY_MEASURED_AFTER.match(context, timex.end):
        return None
    if tense_of(context, timex.start, timex.end) != "future":
        return None
    return TimemlValue("FUTURE_REF", "DATE")


def unit_set(timex: Timex, context: str) -> TimemlValue | None:
    """A unit marked alone after "a", "per" or "every" ("interviews a [day]") is a set."""
    unit = timex.text.strip().lower()
    if unit not in ("hour", "day", "night", "week", "month", "quarter", "year"):
        return None
    if not _PER.search(context[max(0, timex.start - 8) : timex.start]):
        return None
    prefix, code, _ = UNIT_CODE[unit]
    return TimemlValue(f"P{prefix}1{code}", "SET")


def coordinated_day(timex: Timex, context: str, ref_date: DateValue | None) -> TimemlValue | None:
    """A day number coordinated with a month and day before it ("April 24 and 25") is a day
    of that month."""
    m = _DAY_NUMBER.fullmatch(timex.text.strip())
    if m is None or ref_date is None or ref_date.precision != "day":
        return None
    if not _COORDINATED.search(context, max(0, timex.start - 12), timex.start):
        return None
    year = int(m["year"]) if m["year"] else ref_date.start.year
    day = make_date(year, ref_date.start.month, int(m["day"]))
    return dated(DateValue.day(day, basis="the month of the day before it")) if day else None


_MONTH_NAME = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_MONTH_DAY = re.compile(
    rf"(?P<mon>{_MONTH_NAME})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
)
# what follows the first end of a range: "-4, 2013", " to Nov. 2, 1989", "-4 April 2013"
_RANGE_REST = re.compile(
    rf"\s*(?:-|–|—|to|through|until|and|or)\s*(?:{WD},?\s+)?(?:(?P<mon>{_MONTH_NAME})\.?\s+)?"
    rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<mon2>{_MONTH_NAME})\.?)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b(?![-–/.:]\d|\s*(?:a\.?m|p\.?m)\b)"
)

_WEEKDAY_BEFORE = re.compile(rf"^{WD},?\s+")
# what follows the first month of a range of months: " to June 2010", "-March, 2011"
_MONTH_RANGE_REST = re.compile(
    rf"\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?P<mon>{_MONTH_NAME})\.?,?\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?![-–/.:]\d)"
)
_MONTH_ONLY = re.compile(rf"(?P<mon>{_MONTH_NAME})\.?")


def range_start(timex: Timex, context: str, dct: dt.date) -> TimemlValue | None:
    """The first end of a range takes what the range ends with: its year ("Oct. 30-Nov. 2,
    1989" is 1989-10-30; "Dec. 30 to Jan. 2, 1990" 1989-12-30; "from January to June 2010"
    2010-01), and for a bare day number its month too ("2-4 April 2013" starts 2013-04-02)."""
    text = " ".join(timex.text.split())
    month_only = _MONTH_ONLY.fullmatch(text)
    months = _MONTH_RANGE_REST.match(context, timex.end) if month_only else None
    if months is not None:
        # a range of months with its year written once ("from January to June 2010"): the
        # first month is of that year, or of the one before when it comes later in the
        # calendar ("October to March 2011" starts 2010-10)
        month = MONTHS[month_only["mon"].lower()]
        year = int(months["year"]) - (month > MONTHS[months["mon"].lower()])
        return dated(DateValue.month(year, month))
    rest = _RANGE_REST.match(context, timex.end)
    if rest is None:
        return None
    m = _MONTH_DAY.fullmatch(text)
    if m is not None and rest["year"] and not rest["mon2"]:
        month = MONTHS[m["mon"].lower().rstrip(".")]
        later = MONTHS[rest["mon"].lower()] if rest["mon"] else month
        day = make_date(int(rest["year"]) - (month > later), month, int(m["day"]))
        return dated(DateValue.day(day, basis="the year the range ends in")) if day else None
    # (a day after its weekday, "Monday 6 and Tuesday 7 May", is the day's)
    m = _DAY_NUMBER.fullmatch(_WEEKDAY_BEFORE.sub("", text))
    if m is None or m["year"] or not rest["mon2"] or rest["mon"]:
        return None
    said = f"{rest['mon2']} {m['day']}" + (f", {rest['year']}" if rest["year"] else "")
    found = resolve(said, dct, future=day_nearer_ahead(said, dct))
    return dated(found) if found is not None and found.precision == "day" else None


_MONTH_ALONE = re.compile(
    r"(?P<mon>(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.?"
)
_MONTH_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+)\.?(?:\s+\d{4})?\s*,?\s+(?:and|or|to|through)\s+$")


def coordinated_month(timex: Timex, context: str, ref_date: DateValue | None) -> TimemlValue | None:
    """A month coordinated with a month named just before it ("in April and June") is of
    that month's year, or of the next when it comes earlier in the calendar."""
    m = _MONTH_ALONE.fullmatch(timex.text.strip())
    if m is None or ref_date is None or ref_date.precision != "month":
        return None
    if not _MONTH_BEFORE.search(context, max(0, timex.start - 24), timex.start):
        return None
    month = MONTHS[m["mon"].lower()]
    year = ref_date.start.year + (month < ref_date.start.month)
    return dated(DateValue.month(year, month))


_WEEKDAY_ALONE = re.compile(rf"(?:on\s+)?(?P<wd>{WD})")
_WEEKDAY_SET_AFTER = re.compile(
    rf"\s+(?:and|or)\s+{WD}"
    r"(?:s|\s+(?P<part>morning|afternoon|evening|night)s)\b"
)
# the first end of a stretch of weekdays before the second: "from Friday through Sunday"
_WEEKDAY_RANGE_BEFORE = re.compile(
    rf"(?P<wd>{WD})\s*"
    r"(?:to|through|thru|until|till|-|–)\s*$",
    re.IGNORECASE,
)


def weekday_range_end(timex: Timex, context: str, ref_date: DateValue | None) -> TimemlValue | None:
    """The second end of a stretch of weekdays is the first such day on or after the first
    end ("from Friday through Sunday": the Sunday after that Friday), as `resolve` reads the
    stretch; read alone, "through Sunday" took the future side and "from Friday" the past."""
    m = _WEEKDAY_ALONE.fullmatch(" ".join(timex.text.split()))
    if m is None or ref_date is None or ref_date.precision != "day":
        return None
    before = _WEEKDAY_RANGE_BEFORE.search(context, max(0, timex.start - 24), timex.start)
    if before is None or ref_date.start.weekday() != WEEKDAYS[before["wd"].lower()]:
        return None
    day = shift(ref_date.start, (WEEKDAYS[m["wd"].lower()] - ref_date.start.weekday()) % 7)
    return dated(DateValue.day(day, basis="the end of a stretch of days")) if day else None


_ORDINAL_ALONE = re.compile(r"(?:the\s+)?(?P<ord>first|second|third|fourth)", re.IGNORECASE)
_QUARTERS_AFTER = re.compile(
    r"\s+(?:and|or)\s+(?:the\s+)?(?:first|second|third|fourth)\s+quarters\b", re.IGNORECASE
)
_ORDINAL_NUMBER = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def coordinated_set(timex: Timex, context: str) -> TimemlValue | None:
    """The first of two things coordinated with a recurring one recurs too: "on Monday and
    Tuesday nights" (XXXX-WXX-1TNI), "in the second and fourth quarters" (XXXX-Q2)."""
    text = " ".join(timex.text.split())
    m = _WEEKDAY_ALONE.fullmatch(text)
    if m is not None:
        after = _WEEKDAY_SET_AFTER.match(context, timex.end)
        if after is None:
            return None
        part = f"T{PART_CODE[after['part']]}" if after["part"] else ""
        return TimemlValue(f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}{part}", "SET")
    m = _ORDINAL_ALONE.fullmatch(text)
    if m is not None and _QUARTERS_AFTER.match(context, timex.end):
        return TimemlValue(f"XXXX-Q{_ORDINAL_NUMBER[m['ord'].lower()]}", "SET")
    return None


_COUNT = re.compile(r"\d{1,4}|[a-z]+(?:-[a-z]+)?", re.IGNORECASE)
_RANGE_UNIT = re.compile(
    r"\s*(?:to|or|-|–)\s*(?:\d{1,4}|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>second|minute|hour|day|"
    r"week|month|year|decade)s?\b",
    re.IGNORECASE,
)


def count_range_start(timex: Timex, context: str) -> TimemlValue | None:
    """A count marked alone before "to" and the count and unit that end a range ("between
    [two] to six days") is a stretch of that unit (P2D), as the range's first count is."""
    text = timex.text.strip()
    if not _COUNT.fullmatch(text):
        return None
    count = int(text) if text.isdigit() else words_to_number(text)
    m = _RANGE_UNIT.match(context, timex.end)
    if not count or m is None:
        return None
    prefix, code, factor = UNIT_CODE[m["unit"].lower()]
    return TimemlValue(f"P{prefix}{count * factor}{code}", "DURATION")


_EACH_OF = re.compile(r"\beach\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_UNITS_NAMED = re.compile(
    r"(?:the\s+)?(?:last|past|next|first|previous|coming|final)\s+(?:[a-z]+\s+|\d+\s+)?"
    r"(?P<unit>day|week|month|year)s",
    re.IGNORECASE,
)


def each_of(timex: Timex, context: str) -> TimemlValue | None:
    """ "in each of the [last three years]": every one of the units, a set (P1Y)."""
    m = _UNITS_NAMED.fullmatch(" ".join(timex.text.split()))
    if m is None or not _EACH_OF.search(context, max(0, timex.start - 16), timex.start):
        return None
    prefix, code, _ = UNIT_CODE[m["unit"].lower()]
    return TimemlValue(f"P{prefix}1{code}", "SET")


_DAY_ALONE = re.compile(r"(?:the\s+)?day", re.IGNORECASE)
_SIGNAL_AFTER = re.compile(r"\s+(?P<dir>after|before)\s+\S", re.IGNORECASE)
_APPOSITION = re.compile(r",\s*(?:the\s*)?$", re.IGNORECASE)


def day_beside_event(timex: Timex, context: str, ref_date: DateValue | None) -> TimemlValue | None:
    """ "the [day] after his death", "the day before the vote": the day after (before) the
    day the discourse is on, as "the next day" is; set off by a comma after a date ("after
    Oct. 12, the day before the plunge") it names that date again, and stays the
    discourse's day."""
    if not _DAY_ALONE.fullmatch(" ".join(timex.text.split())):
        return None
    m = _SIGNAL_AFTER.match(context, timex.end)
    if m is None or ref_date is None or ref_date.precision != "day":
        return None
    if _APPOSITION.search(context, max(0, timex.start - 8), timex.start):
        return None
    if any(t.start == 0 for t in find_timexes(context[m.end() - 1 : m.end() + 40])):
        return None  # "the [day] after Christmas": the day named, moved (`_day_beside`)
    day = shift(ref_date.start, -1 if m["dir"].lower() == "before" else 1)
    basis = f"the day {m['dir'].lower()} {ref_date.value}"
    return dated(DateValue.day(day, basis=basis)) if day else None


def in_context(
    timex: Timex,
    context: str,
    dct: dt.date,
    ref: TimemlValue | None,
    ref_date: DateValue | None,
) -> TimemlValue | None:
    """The value the words around an expression or the discourse before it decide, if any."""
    return (
        coordinated_day(timex, context, ref_date)
        or range_start(timex, context, dct)
        or weekday_range_end(timex, context, ref_date)
        or coordinated_month(timex, context, ref_date)
        or unit_set(timex, context)
        or coordinated_set(timex, context)
        or one_day(timex, context)
        or nth_day(timex, context, dct, ref_date)
        or quarter_ended(timex, context, dct, ref)
        or year_of_results(timex, context, dct)
        or then_bound(timex, context, ref_date)
        or period_last_year(timex, context, dct, ref)
        or count_range_start(timex, context)
        or each_of(timex, context)
        or day_beside_event(timex, context, ref_date)
        or day_near_discourse(timex, context, dct, ref_date)
        or elided_unit(timex, context, dct)
        or one_unit_stretch(timex, context)
    )


_DAY_AND_MONTH = re.compile(
    rf"(?:(?P<mon>{_MONTH_NAME})\.?\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"|(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_NAME})\.?)"
)
NEAR_DAYS = 31  # how far from the discourse's day a month and day is read as of its year


def day_near_discourse(
    timex: Timex, context: str, dct: dt.date, ref_date: DateValue | None
) -> TimemlValue | None:
    """A month and day without its year, told when the discourse is on a day of another year
    and within a month of it, is of that day's year: TimeML anchors it on the discourse's
    time, not the document's ("The uprising began on March 15, 2011. On March 18, troops
    fired" is 2011-03-18, not the nearest March 18 to a document of 2013); not in a clause
    told as a future, which looks from the report."""
    m = _DAY_AND_MONTH.fullmatch(" ".join(timex.text.split()).strip(" ,.;:"))
    if m is None or ref_date is None or ref_date.precision != "day":
        return None
    anchor = ref_date.start
    if anchor.year == dct.year or tense_of(context, timex.start, timex.end) == "future":
        return None
    month, day = MONTHS[(m["mon"] or m["mon2"]).lower()], int(m["day"] or m["day2"])
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        near = make_date(year, month, day)
        if near is not None and abs((near - anchor).days) <= NEAR_DAYS:
            return dated(DateValue.day(near, basis="near the day the discourse is on"))
    return None


_LATER = re.compile(r"\s+(?:later|since|hence)\b", re.IGNORECASE)
_ONE_UNIT = re.compile(r"an?\s+(?P<unit>hour|day|week|month|year|decade|century)", re.IGNORECASE)
# what makes "a week" a stretch, not a rate ("$500 a week", "three times a week"): a phrase
# or a sentence opening before it, or a signal after it that counts from an event
_STRETCH_BEFORE = re.compile(
    r"(?:^|[.;:!?,(]|\b(?:for|within|in|about|nearly|almost|than|over|under|barely|only|just|"
    r"roughly|around|some|took|takes|last|lasts|lasted|spent|waited))\s*$",
    re.IGNORECASE,
)
_STRETCH_AFTER = re.compile(
    r"\s+(?:after|before(?!\s+(?:that|then)\b)\s+[\w$“\"'‘])", re.IGNORECASE
)


# What makes "a week" a rate: a count of things right before it, a plural, an amount or a
# number ("hundreds of interviews a day", "four flights a week", "5% a year", "twice a
# month", "one meal a day"); with none ("It has been a week since the vote", "after a day
# of calm", "offered him a week to withdraw", "An hour later"), it is a stretch
_WORD_BEFORE = re.compile(r"(?P<w2>[\w$%.,'’-]+\s+)?(?P<w1>[\w$%.,'’-]+)\s*$")
_AMOUNT = re.compile(
    r"[$\d].*|.*%|percent|cents?|dollars?|times|once|twice|thrice|million|billion|trillion|"
    r"thousand|hundred|dozen|apiece|each"
)
_NOT_PLURAL = {
    "is", "was", "has", "this", "his", "its", "as", "us", "thus", "yes", "perhaps", "always",
    "whereas", "plus", "unless", "less", "across", "besides", "sometimes", "afterwards",
    "towards", "nevertheless", "does", "goes", "gets", "lets", "means", "news",
}  # fmt: skip


def _counts_before(context: str, start: int) -> bool:
    """Whether a count of things, a plural or an amount stands right before "a <unit>"."""
    m = _WORD_BEFORE.search(context, max(0, start - 40), start)
    if m is None:
        return False
    w1 = m["w1"].lower().rstrip(",.")
    w2 = (m["w2"] or "").strip().lower()
    plural = (
        len(w1) > 2
        and w1.endswith("s")
        and not w1.endswith(("ss", "us", "is", "'s", "’s"))
        and w1 not in _NOT_PLURAL
    )
    return plural or _AMOUNT.fullmatch(w1) is not None or w2 in ("a", "an", "one", "per")


def one_unit_stretch(timex: Timex, context: str) -> TimemlValue | None:
    """ "A week after the attack", "within a month": one unit, a stretch (DURATION P1W); the
    value is the rate's, but a rate is a SET ("twice a week")."""
    m = _ONE_UNIT.fullmatch(timex.text.strip())
    if m is None or _EARLIER.match(context, timex.end):
        return None  # "[a year] earlier": read with its signal, the year before
    before = _STRETCH_BEFORE.search(context, max(0, timex.start - 12), timex.start)
    after = _STRETCH_AFTER.match(context, timex.end) or _LATER.match(context, timex.end)
    if before is None and after is None and _counts_before(context, timex.start):
        return None  # a rate, SET: "interviews a day", "three times a week", "5% a year"
    prefix, code, times = UNIT_CODE[m["unit"].lower()]  # ("a decade" P10Y)
    return TimemlValue(f"P{prefix}{times}{code}", "DURATION")


_EDGE_OF_THE = re.compile(
    r"(?:(?:around|at|by|near|toward|towards|until|through)\s+)?(?:the\s+(?:very\s+)?"
    r"(?P<edge>end|beginning|start|middle|close|rest)\s+of\s+the\s+(?P<unit>year|month|week|decade)"
    # ... and the year's end written short: "by year-end", "at year's end"
    r"|(?P<unit2>year)(?:[\s-]end|['’]s\s+end))"
)


def edge_in_discourse(text: str, tense: str | None, ref_date: DateValue | None, found):
    """ "the end of the year" after another year, in a clause not told as a future, is the
    discourse's ("In 2011, protests spread. At the end of the year, Mubarak fell": 2011, not
    the document's year), as "that year" is; a month and a week likewise. In a future clause
    ("troops will leave by the end of the year") it stays the document's."""
    m = _EDGE_OF_THE.fullmatch(" ".join(text.lower().split()).strip(" ,.;:"))
    unit = (m["unit"] or m["unit2"]) if m is not None else None
    if unit == "decade" and tense != "future":
        # the discourse's decade; with none, an end told in the past is one that has come,
        # the decade before ("Growth slowed at the end of the decade", written in 2013: 200)
        if ref_date is not None:
            return TimemlValue(str(ref_date.start.year // 10), "DATE")
        if tense == "past" and m["edge"] in ("end", "close"):
            return TimemlValue(str(int(found.value) - 1), "DATE")
        return found
    if m is None or tense == "future" or ref_date is None or found.date is None:
        return found
    if unit == "year" and ref_date.start.year != found.date.start.year:
        return dated(DateValue.year(ref_date.start.year))
    fine = ref_date.precision in ("day", "week", "month")
    if unit == "month" and fine and ref_date.start.replace(day=1) != found.date.start:
        return dated(DateValue.month(ref_date.start.year, ref_date.start.month))
    # ... and a week after a day or a week ("Protests began on March 15, 2011. By the end of the
    # week, hundreds were dead": that week, 2011-W11)
    day_or_week = ref_date.precision in ("day", "week")
    if unit == "week" and day_or_week and found.value != _week_of(ref_date.start):
        return TimemlValue(_week_of(ref_date.start), "DATE", DateValue.week(ref_date.start))
    return found


def _week_of(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"
