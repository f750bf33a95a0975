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
the TimeBank/AQUAINT annotations where they are consistent (see the rules below).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from dataclasses import dataclass

from wirecode.records import DateValue
from wirecode.time.arithmetic import add_months, make_date, shift
from wirecode.time.find import Timex, find_timexes
from wirecode.time.patterns import MONTHS, WEEKDAYS, bare_match, words_to_number, years_in_words
from wirecode.time.resolve import resolve
from wirecode.time.tense import tense_of

logger = logging.getLogger(__name__)

_SEASON_CODE = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
_SEASON_NAME = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}  # fmt: skip
_UNIT_CODE = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
    "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "month": ("", "M", 1),
    "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10),
    "century": ("", "Y", 100), "centurie": ("", "Y", 100), "fortnight": ("", "W", 2),
}  # fmt: skip
_VAGUE_X = {"second": "PTXS", "minute": "PTXM", "hour": "PTXH", "day": "PXD", "night": "PXD",
            "week": "PXW", "month": "PXM", "quarter": "PXQ", "year": "PXY", "decade": "PXE",
            "century": "PXC", "centurie": "PXC", "fortnight": "PXW"}  # fmt: skip

_PRESENT = re.compile(
    r"(?:right\s+)?now|currently|current|presently|at\s+present|nowadays|these\s+days|"
    r"(?:at\s+)?the\s+moment|this\s+(?:\w+\s+)?(?:moment|time)|the\s+present|today'?s?\s+world|"
    r"already|yet|the\s+time\s+being"
)
_PAST = re.compile(
    r"(?:more\s+|most\s+|until\s+|only\s+)?(?:recently|recent|previously|formerly|once|"
    r"the\s+past|earlier|lately|in\s+the\s+past|the\s+(?:last|past)\s+(?:few|several)\s+\w+|"
    r"recent\s+(?:\w+\s+)?(?:days|weeks|months|years|times)|(?:several|a\s+few|few|some|"
    r"many)\s+(?:\w+\s+)?years\s+ago|(?:just\s+|only\s+)?(?:days|weeks|months|years|decades|"
    r"centuries)\s+ago|long\s+ago|(?:some|a\s+long)\s+time\s+ago|a\s+while\s+ago|the\s+time|then)"
)
_FUTURE = re.compile(
    r"(?:the\s+)?(?:near\s+|distant\s+|foreseeable\s+)?future|soon|later|one\s+day|someday|"
    r"(?:the\s+)?coming\s+(?:days|weeks|months)|eventually|in\s+the\s+(?:near\s+)?future|"
    r"(?:the\s+)?(?:near|short|long)(?:\s+|-)term|future(?:\s+(?:days|weeks|months|quarters|years))?|"
    r"a\s+later\s+date|as\s+soon\s+as\s+possible"
)
_SET_UNIT = r"second|minute|hour|day|night|week|month|quarter|year|decade|century"
_SET_COUNT = (
    r"\d+|(?:a\s+)?couple\s+of|few|several|many|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred"
)
_SET_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
_SET = re.compile(
    r"(?:(?:once|twice|thrice|(?:\w+|\d+)\s+times)[\s-]+)?"
    r"(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|annual|yearly|hourly|biweekly|"
    r"fortnightly|bi-?monthly|bi-?annual(?:ly)?|semi-?annual(?:ly)?)"
    r"|(?:on\s+)?an?\s+(?P<basis>daily|nightly|weekly|monthly|quarterly|annual|yearly|hourly)"
    r"\s+basis|per\s+(?P<annum>annum)"
    # "every four years" P4Y, "every other day" P2D, "every few weeks" PXW, "every third
    # day" P3D, "once every two years" P2Y
    r"|(?:once\s+)?(?:each|every)\s+(?:single\s+)?(?:(?P<other>other)\s+|(?P<n>"
    rf"{_SET_COUNT})\s+|(?P<ord>{'|'.join(_SET_ORDINAL)})\s+)?(?P<unit>{_SET_UNIT})(?:s|ies)?"
    # "twice a year", "three times a week", "two days a week": P1Y, P1W, P1W
    r"|(?:(?:once|twice|thrice|(?:\w+|\d+)\s+times|(?:\w+|\d+)\s+(?:days|nights|hours))\s+)?"
    rf"(?:each|every|per|a|an)\s+(?P<unit1>{_SET_UNIT})"
    # "year after year", "day after day"
    r"|(?P<unit2>day|night|week|month|year)\s+after\s+(?P=unit2)"
    r"|(?:each|every)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    r"|(?P<wds>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:s(?:\s+(?P<parts>morning|afternoon|evening|night)s)?"
    r"|\s+(?P<parts1>morning|afternoon|evening|night)s)"
    r"|(?:each|every)\s+(?P<mon>january|february|march|april|may|june|july|august|september|"
    r"october|november|december)"
    # "every summer" XXXX-SU, "every morning" XXXX-XX-XXTMO, "on weekends" XXXX-WXX-WE
    r"|(?:each|every)\s+(?P<season>spring|summer|autumn|fall|winter)"
    r"|(?:each|every)\s+(?P<pday>morning|afternoon|evening)|(?P<pdays>morning|afternoon|evening)s"
    r"|(?:each|every)\s+(?P<we>weekend)|(?P<wes>weekends)"
)
_SET_ADV = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
            "quarterly": "P1Q", "annually": "P1Y", "annual": "P1Y", "yearly": "P1Y",
            "hourly": "PT1H",
            "biweekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M", "bi-monthly": "P2M",
            "biannual": "P6M", "bi-annual": "P6M", "biannually": "P6M", "bi-annually": "P6M",
            "semiannual": "P6M", "semi-annual": "P6M", "semiannually": "P6M",
            "semi-annually": "P6M"}  # fmt: skip
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|[a-z]+-[a-z]+|"
    r"couple(?:\s+of)?|few|several|some|many|numerous|half(?:\s+an?)?|dozen)"
)
_DURATION = re.compile(
    rf"(?:(?:for|over|during|within|in|of|about|around|nearly|almost|roughly|some|only|just|"
    rf"barely|approximately|"
    rf"at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|no\s+more\s+than|under|"
    rf"the|a|an|each|all|another|past|last|next|first|final|coming|previous|preceding|prior|"
    rf"entire|whole|full|following|remaining|additional|further|other|long|latest|"
    # a stretch compared with the year before is still the stretch: "the year-earlier nine
    # months" P9M
    rf"year-earlier|year-ago|comparable|corresponding)\s+)*"
    rf"(?P<num>(?:{_NUMBER})(?:[\s-]+(?:{_NUMBER}))*)?(?P<half2>\s+and\s+a\s+half)?[\s-]*"
    rf"(?:more\s+|additional\s+|"
    rf"straight\s+|consecutive\s+|full\s+|trading\s+|business\s+|working\s+)?"
    rf"(?P<unit>second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|"
    rf"centur(?:y|ie))"
    rf"(?P<plural>s)?(?P<half>\s+and\s+a\s+half)?(?:[\s-]+(?:long|old|or\s+so))?"
    rf"(?:\s+(?:period|term|span|stretch|stint|window))?"
)
# A duration's count may be hedged: "over an hour", "nearly a year", "an additional year".
_HEDGE = re.compile(
    r"(?:(?:for|over|about|around|nearly|almost|roughly|some|only|just|barely|approximately|"
    r"at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|under|another|an?\s+additional|"
    r"an?\s+extra)\s+)*"
    r"(?:a|an|one|another)?\s*(?:additional\s+|extra\s+|full\s+)?"
)
# "the fourth quarter", "its fourth quarter"
_QUARTER = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?P<year>\d{4})\s+|(?P<rel>this|last|next)\s+year'?s\s+|(?P<ago>year-"
    r"(?:ago|earlier))\s+)?(?:fiscal[\s-]+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|"
    r"3rd|4th)[\s-]+)?(?:fiscal\s+)?(?:-?\s*)quarter(?:\s+of\s+(?:(?P<year2>\d{4})|"
    r"(?P<rel2>this|last|next)\s+year))?"
)
_QUARTER_REF = re.compile(
    r"(?:the\s+)?(?P<step>this|next|coming|following|previous|prior|preceding|past)\s+"
    r"(?:fiscal\s+)?quarter"
    r"|(?:(?:the|this|that|its)\s+)?(?:comparable\s+|corresponding\s+)?(?P<ago>year-(?:ago|earlier)|prior-year|(?:latest|current|recent|same|last|"
    r"just-ended|just-completed|most\s+recent)?)\s*(?:fiscal\s+)?(?:quarter|period)"
    r"(?:\s+(?P<ago3>a\s+year\s+(?:ago|earlier)|last\s+year))?"
    r"|(?:the\s+)?(?P<ago2>latest|current|recent|same|just-ended|just-completed|most\s+recent)"
    r"\s+three\s+months"
)
# Vague stretches: "recent weeks", "the past few days", "coming months", "the weeks ahead".
_VAGUE_SPAN = re.compile(
    r"(?:in\s+)?(?:the\s+)?(?:(?:most\s+)?recent|(?:past|last|next|coming)\s+(?:few|several)|"
    r"coming)\s+(?P<unit>day|week|month|quarter|year|decade|hour|minute)s"
    r"|(?:the\s+)?(?P<unit2>day|week|month|year)s\s+(?:ahead|to\s+come|or\s+\w+)"
)
_YEAR_AGO = re.compile(
    r"(?:the\s+)?(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:ago|earlier)"
    r"(?:\s+(?:period|quarter|level|results?|figures?))?|(?:the\s+)?previous\s+year|"
    r"(?:the\s+)?prior\s+year)"
)
_DECADE = re.compile(
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<y>1[0-9]|20)(?P<d>\d)0|['’]?(?P<short>\d)0)['’]?s"
    r"|(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<word>twenties|thirties|forties|fifties|"
    r"sixties|seventies|eighties|nineties)"
)
_DECADE_WORD = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
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
_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?:[:.](?P<m>\d\d))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?|o'clock)"
    r"|\b(?P<word>noon|midday|midnight)\b"
    r"|(?P<h2>\d{1,2})\s+in\s+the\s+(?P<part2>morning|afternoon|evening)"
    r"|(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)"
    # the wire services' 24-hour clock: "at 1430 GMT"
    r"|\b(?P<hh4>[01]\d|2[0-3])(?P<mm4>[0-5]\d)(?=\s*(?:gmt|utc|[ecmp][sd]t|local\s+time)\b)"
    r"|\b(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock"
)
_PART = re.compile(r"(?P<part>morning|afternoon|evening|night|overnight|tonight|dawn|dusk)")
# "this decade" 201, "the next decade" 202: the decade itself, as "the 2010s" (a stretch up
# to now, "the past decade", stays P10Y)
_REL_DECADE = re.compile(r"(?:the\s+)?(?P<mod>this|current|next|coming)\s+decade")
_THIS_CENTURY = re.compile(r"(?:this|the\s+current|the\s+last|the\s+past)\s+century")
_HOLIDAYS = re.compile(
    r"(?:(?P<mod>last|next|this)\s+)?(?P<name>christmas(?:\s+day|\s+eve)?|new\s+year'?s?"
    r"(?:\s+day|\s+eve)?|thanksgiving(?:\s+day)?|election\s+day|independence\s+day|"
    r"easter(?:\s+sunday|\s+monday)?|halloween|valentine'?s\s+day|labor\s+day|memorial\s+day|"
    r"veterans\s+day|palm\s+sunday|good\s+friday|(?:holy|maundy)\s+thursday|holy\s+saturday|"
    r"ash\s+wednesday|pentecost(?:\s+sunday)?|whit\s+sunday|st\.?\s+patrick'?s\s+day|"
    r"boxing\s+day|may\s+day|bastille\s+day|remembrance\s+day|armistice\s+day|"
    r"mother'?s\s+day|father'?s\s+day|holy\s+week)(?P<week>\s+week(?:end)?)?"
)
_FISCAL = re.compile(
    r"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<year>\d{4})|fy\s*(?P<y2>\d{4})"
    r"|(?:the\s+|its\s+)?(?P<y3>\d{4})\s+fiscal\s+year"
)
_FISCAL_REL = re.compile(
    r"(?:the\s+)?(?P<mod>current|this|last|next|previous|latest|full|entire|whole)\s+"
    r"(?:fiscal\s+)?year|(?:the\s+)?(?:current\s+)?fiscal\s+year"
)
_WEEKEND = re.compile(r"(?:the|this|last|next|over\s+the|this\s+past)?\s*weekend")
_STRIP = re.compile(r"^[\s,.;:'\"“”()]+|[\s,.;:\"“”()]+$")


@dataclass(frozen=True, slots=True)
class TimemlValue:
    """A TimeML value and type; `date` is the interval when it denotes one, and `anchors`
    says whether later anaphora ("the next day", "a year earlier") may resolve against it."""

    value: str
    type: str
    date: DateValue | None = None
    anchors: bool = False
    quarter: str | None = None  # the last fiscal quarter the discourse named, carried along


def date_to_timeml(value: DateValue) -> str:
    """A DateValue written as TimeML writes a DATE value."""
    if value.precision == "season":
        return f"{value.start.year}-{_SEASON_CODE.get(value.start.month, 'XX')}"
    if value.precision == "year" and value.start.year != value.end.year:
        return str(value.start.year)
    if value.precision == "week" and (value.end - value.start).days == 1:
        year, week, _ = value.start.isocalendar()
        return f"{year}-W{week:02d}-WE"
    return value.value


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
    if future is None:
        tense = (
            tense_of(context, timex.start, timex.end)
            if isinstance(timex, Timex) and context is not None
            else None
        )
        future = tense == "future" or (
            tense is None and (_month_just_ahead(text, dct) or _day_nearer_ahead(text, dct))
        )
    ref = reference if isinstance(reference, TimemlValue) else None
    ref_date = reference.date if isinstance(reference, TimemlValue) else reference
    try:
        found = (
            _coordinated_day(timex, context, ref_date)
            or _coordinated_month(timex, context, ref_date)
            or _unit_set(timex, context)
            or _one_day(timex, context)
            or _nth_day(timex, context, dct, ref_date)
            or _quarter_ended(timex, context, dct, ref)
            or _year_of_results(timex, context, dct)
            or _then_bound(timex, context, ref_date)
            or _period_last_year(timex, context, dct, ref)
            or _normalise(
                _with_signal(timex, context), dct, future=future, ref=ref, ref_date=ref_date
            )
        )
    except (ValueError, OverflowError) as error:  # a date outside the calendar
        logger.debug("cannot normalise %r: %s", text, error)
        found = TimemlValue("XXXX-XX-XX", "DATE")
    found = _quarter_a_year_back(timex, context, dct, found)
    new_q = _QUARTER_VALUE.fullmatch(found.value)
    old_q = _ref_quarter(ref)
    # the discourse's quarter moves to a newly named one, not back to its year-ago comparison,
    # nor forward to a forecast: results are reported for a quarter that has ended, or a
    # fiscal one named in the past tense ("losses through the third quarter of 1990" and
    # "expect ... into the fourth quarter" are forecasts, not the quarter reported)
    named = (int(new_q[1]), int(new_q[2])) if new_q else None
    reported = named is not None and (
        named < _quarter_of(dct) or (named == _quarter_of(dct) and not future)
    )
    if reported and (old_q is None or (named[0] + 1, named[1]) != old_q):
        return dataclasses.replace(found, quarter=found.value)
    if ref is not None and ref.quarter:
        return dataclasses.replace(found, quarter=ref.quarter)
    return found


_BARE_MONTH = re.compile(
    r"(?:(?:in|by|early|late|mid)[\s-]+)*(?P<mon>january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|"
    r"dec)\.?"
)


def _month_just_ahead(text: str, dct: dt.date) -> bool:
    """A month named alone, in a clause with no tense cue, one or two months after the
    document's month: the coming one ("a cutback in its supply in September", written in
    August), not the one eleven months back, which news would call "last September"."""
    m = _BARE_MONTH.fullmatch(" ".join(text.lower().split()))
    return m is not None and (MONTHS[m["mon"]] - dct.month) % 12 in (1, 2)


def _day_nearer_ahead(text: str, dct: dt.date) -> bool:
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


_DAY_NUMBER = re.compile(r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?")
_COORDINATED = re.compile(r"\d(?:st|nd|rd|th)?\s*,?\s*(?:and|or|to|through|-|–)\s*$")


_YEAR_SPAN = re.compile(r"(?:a|one)\s+year", re.IGNORECASE)
_EARLIER = re.compile(r"\s+(?P<signal>earlier|ago|before)\b", re.IGNORECASE)


def _with_signal(timex: Timex | str, context: str | None) -> str:
    """A year marked without its "earlier" or "ago" ("[a year] earlier") is read with it: the
    year before, as "a year earlier" is (a stretch of days or hours stays a stretch)."""
    text = timex.text if isinstance(timex, Timex) else timex
    if not isinstance(timex, Timex) or context is None or not _YEAR_SPAN.fullmatch(text.strip()):
        return text
    m = _EARLIER.match(context, timex.end)
    return f"{text.strip()} {m['signal'].lower()}" if m else text


_BOUND_THEN = re.compile(r"\b(?:until|till|by|since|before|after)\s+$", re.IGNORECASE)


def _then_bound(
    timex: Timex | str, context: str | None, ref_date: DateValue | None
) -> TimemlValue | None:
    """ "Until then", "since then": "then" bounds at the date the discourse last named
    ("will terminate on Nov. 30. Until then, ..." is Nov. 30), not a vague past."""
    if not isinstance(timex, Timex) or context is None or ref_date is None:
        return None
    if timex.text.strip().lower() != "then":
        return None
    if not _BOUND_THEN.search(context[max(0, timex.start - 8) : timex.start]):
        return None
    return _dated(ref_date)


_FOR_OF = re.compile(r"\b(?:for|of)\s+$", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending|through|to)\b", re.IGNORECASE)


def _year_of_results(timex: Timex | str, context: str | None, dct: dt.date) -> TimemlValue | None:
    """Results "for the year" and "the first nine months of the year" are the document's
    year; "the year ended Sept. 30" stays a stretch of twelve months (P1Y), as does a generic
    "the year" ("throughout the year")."""
    if not isinstance(timex, Timex) or context is None:
        return None
    if not re.fullmatch(r"the\s+(?:fiscal\s+)?year", timex.text.strip(), re.IGNORECASE):
        return None
    before = context[max(0, timex.start - 6) : timex.start]
    if not _FOR_OF.search(before) or _ENDED.match(context, timex.end):
        return None
    return _dated(DateValue.year(dct.year))


_PER = re.compile(r"\b(?:a|an|per|each|every)\s+$", re.IGNORECASE)
_QUARTER_ALONE = re.compile(r"(?:(?:the|its|their)\s+)?(?:fiscal\s+)?quarter", re.IGNORECASE)
_ENDED_ON = re.compile(
    r"\s+(?P<verb>ended|ending)\s+(?P<date>(?-i:[A-Z][a-z]{2,8})\.?\s+\d{1,2}\b(?:,?\s+\d{4})?)",
    re.IGNORECASE,
)


def _quarter_ended(
    timex: Timex | str, context: str | None, dct: dt.date, ref: TimemlValue | None
) -> TimemlValue | None:
    """ "the quarter ended July 31", when no quarter was named before, is the calendar
    quarter that the three months up to that day mostly cover (1989-Q2)."""
    if not isinstance(timex, Timex) or context is None or _ref_quarter(ref) is not None:
        return None
    if not _QUARTER_ALONE.fullmatch(" ".join(timex.text.split())):
        return None
    m = _ENDED_ON.match(context, timex.end)
    if m is None:
        return None
    ahead = m["verb"].lower() == "ending" and _day_nearer_ahead(m["date"], dct)
    end = resolve(m["date"], dct, future=ahead)
    if end is None or end.precision != "day":
        return None
    middle = end.start - dt.timedelta(days=45)
    return _quarter_value(*_quarter_of(middle))


_PERIOD_BEFORE = re.compile(r"\b(?:period|quarter)\s+$", re.IGNORECASE)
_YEAR_BACK_AFTER = re.compile(
    r"\s+(?:a\s+year\s+(?:ago|earlier)|(?P<last>last\s+year))\b", re.IGNORECASE
)


def _period_last_year(
    timex: Timex | str, context: str | None, dct: dt.date, ref: TimemlValue | None
) -> TimemlValue | None:
    """ "the same period [last year]", in a report of a quarter: the quarter a year before."""
    ref_q = _ref_quarter(ref)
    if not isinstance(timex, Timex) or context is None or ref_q is None:
        return None
    if " ".join(timex.text.lower().split()) != "last year":
        return None
    if not _PERIOD_BEFORE.search(context[max(0, timex.start - 12) : timex.start]):
        return None
    return _quarter_value(dct.year - 1, ref_q[1])


def _quarter_a_year_back(
    timex: Timex | str, context: str | None, dct: dt.date, found: TimemlValue
) -> TimemlValue:
    """ "[the quarter] a year ago": the quarter a year before the one the words name;
    "[the fourth quarter] last year": that quarter of the year before the document's."""
    m = _QUARTER_VALUE.fullmatch(found.value)
    if m is None or not isinstance(timex, Timex) or context is None:
        return found
    after = _YEAR_BACK_AFTER.match(context, timex.end)
    if after is None:
        return found
    year = dct.year - 1 if after["last"] else int(m[1]) - 1
    return _quarter_value(year, int(m[2]))


_NTH_DAY = re.compile(
    r"(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|[a-z]+tieth|[a-z]+-(?:first|second|third|[a-z]+th))\s+"
    r"(?:straight\s+|consecutive\s+|successive\s+)?day",
    re.IGNORECASE,
)
_IS_BEFORE = re.compile(r"(?:\b(?P<verb>is|was|marks|marked)|['’]s)\s+(?:the\s+)?$", re.IGNORECASE)


def _nth_day(
    timex: Timex | str, context: str | None, dct: dt.date, ref_date: DateValue | None
) -> TimemlValue | None:
    """ "today is the [eighth day] of the operation", "it's the second day of the strike": the
    day it is (the discourse's day after "was")."""
    if not isinstance(timex, Timex) or context is None:
        return None
    if not _NTH_DAY.fullmatch(" ".join(timex.text.split())):
        return None
    m = _IS_BEFORE.search(context[max(0, timex.start - 12) : timex.start])
    if m is None:
        return None
    past = (m["verb"] or "").lower() in ("was", "marked")
    if past:
        on_ref = ref_date is not None and ref_date.precision == "day"
        return _dated(ref_date) if on_ref else None
    return _dated(DateValue.day(dct))


_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|shall|should|must)\s+$", re.IGNORECASE)


def _one_day(timex: Timex | str, context: str | None) -> TimemlValue | None:
    """ "one day" after a modal ("will one day be", "could one day replace") is some day to
    come, not a stretch of a day."""
    if not isinstance(timex, Timex) or context is None:
        return None
    if " ".join(timex.text.lower().split()) != "one day":
        return None
    if not _MODAL.search(context[max(0, timex.start - 8) : timex.start]):
        return None
    return TimemlValue("FUTURE_REF", "DATE")


def _unit_set(timex: Timex | str, context: str | None) -> TimemlValue | None:
    """A unit marked alone after "a", "per" or "every" ("interviews a [day]") is a set."""
    if not isinstance(timex, Timex) or context is None:
        return None
    unit = timex.text.strip().lower()
    if unit not in ("hour", "day", "night", "week", "month", "quarter", "year"):
        return None
    if not _PER.search(context[max(0, timex.start - 8) : timex.start]):
        return None
    prefix, code, _ = _UNIT_CODE[unit]
    return TimemlValue(f"P{prefix}1{code}", "SET")


def _coordinated_day(
    timex: Timex | str, context: str | None, ref_date: DateValue | None
) -> TimemlValue | None:
    """A day number coordinated with a month and day before it ("April 24 and 25") is a day
    of that month."""
    if not isinstance(timex, Timex) or context is None or ref_date is None:
        return None
    m = _DAY_NUMBER.fullmatch(timex.text.strip())
    if m is None or ref_date.precision != "day":
        return None
    if not _COORDINATED.search(context, max(0, timex.start - 12), timex.start):
        return None
    day = make_date(ref_date.start.year, ref_date.start.month, int(m["day"]))
    return _dated(DateValue.day(day, basis="the month of the day before it")) if day else None


_MONTH_ALONE = re.compile(
    r"(?P<mon>(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.?"
)
_MONTH_BEFORE = re.compile(r"(?-i:[A-Z][a-z]+)\.?(?:\s+\d{4})?\s*,?\s+(?:and|or|to|through)\s+$")


def _coordinated_month(
    timex: Timex | str, context: str | None, ref_date: DateValue | None
) -> TimemlValue | None:
    """A month coordinated with a month named just before it ("in April and June") is of
    that month's year, or of the next when it comes earlier in the calendar."""
    if not isinstance(timex, Timex) or context is None or ref_date is None:
        return None
    m = _MONTH_ALONE.fullmatch(timex.text.strip())
    if m is None or ref_date.precision != "month":
        return None
    if not _MONTH_BEFORE.search(context, max(0, timex.start - 24), timex.start):
        return None
    month = MONTHS[m["mon"].lower()]
    year = ref_date.start.year + (month < ref_date.start.month)
    return _dated(DateValue.month(year, month))


# An interval's two ends, as groups of its rule: (first start, first end), (second start, end).
_ENDS: dict[str, tuple[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "interval_md": (("m1", "d1"), (("m2", "d2"), ("year", "d2"))),
    "interval_dm": (("d1", "d1"), (("d2",), ("year", "m1"))),
    "interval_month": (("m1", "m1"), (("m2",), ("year", "m2"))),
    "interval_year": (("y1", "y1"), (("y2",), ("y2",))),
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
        first = (m.start(a), m.end(b))
        second_start = next(m.start(g) for g in c_starts if m.group(g) is not None)
        second_end = next(m.end(g) for g in c_ends if m.group(g) is not None)
        for start, end in (first, (second_start, second_end)):
            span = (timex.start + start, timex.start + end)
            out.append(Timex(*span, text[span[0] : span[1]], "date", timex.bounded))
    return _join_time_and_day(text, out)


_TIME_DAY_GAP = re.compile(r",?\s+(?:on\s+)?")


def _join_time_and_day(text: str, found: list[Timex]) -> list[Timex]:
    """A clock time and the day after it are one TIMEX3: "5 p.m. EST, Nov. 6"."""
    out: list[Timex] = []
    for timex in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "time"
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
) -> TimemlValue:
    raw = _STRIP.sub("", " ".join(text.split()))
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
    source = _recase(low) if low != raw.lower().replace("’", "'") else raw
    resolved = resolve(source, dct, future=future, reference=ref_date)
    if resolved is None:
        return TimemlValue("XXXX-XX-XX", "DATE")
    return TimemlValue(date_to_timeml(resolved), "DATE", resolved, anchors=True)


# --- handlers: each takes the lowercased expression and returns a value or None -------------


def _vague_span(low, dct, future, ref, ref_date):
    """ "recent weeks" PXW, "the past few days" PXD; "the year" P1Y; "the week" 2013-WXX."""
    m = _VAGUE_SPAN.fullmatch(low)
    if m is not None:
        unit = m["unit"] or m["unit2"]
        return TimemlValue("PXM" if unit == "quarter" else _VAGUE_X[unit], "DURATION")
    if re.fullmatch(r"(?:the\s+)?(?:fiscal\s+)?year|one\s+day", low):
        return TimemlValue("P1Y" if low.endswith("year") else "P1D", "DURATION")
    if low in ("the week", "week"):
        return TimemlValue(f"{dct.year}-WXX", "DATE")
    if low in ("the day", "day"):  # "a great day for Poland": the day the discourse is on
        on_ref = ref_date is not None and ref_date.precision == "day"
        return _dated(ref_date if on_ref else DateValue.day(dct))
    return None


def _present(low, dct, future, ref, ref_date):
    if _PRESENT.fullmatch(low):
        return TimemlValue("PRESENT_REF", "DATE")
    return None


def _past_future(low, dct, future, ref, ref_date):
    if _PAST.fullmatch(low):
        return TimemlValue("PAST_REF", "DATE")
    if _FUTURE.fullmatch(low):
        return TimemlValue("FUTURE_REF", "DATE")
    return None


def _set(low, dct, future, ref, ref_date):
    m = _SET.fullmatch(low)
    if m is None:
        return None
    if m["adv"] or m["basis"] or m["annum"]:
        return TimemlValue(_SET_ADV[m["adv"] or m["basis"] or "annually"], "SET")
    if m["unit"] or m["unit1"] or m["unit2"]:
        unit = m["unit"] or m["unit1"] or m["unit2"]
        if m["other"]:
            n: float | None = 2.0
        elif m["ord"]:
            n = float(_SET_ORDINAL[m["ord"]])
        else:
            n = _number(m["n"])  # None when vague: "every few weeks" PXW
        return TimemlValue(_duration_value(n, unit, False), "SET")
    if m["mon"]:
        return TimemlValue(f"XXXX-{MONTHS[m['mon']]:02d}", "SET")
    if m["season"]:
        return TimemlValue(f"XXXX-{_SEASON_NAME[m['season']]}", "SET")
    if m["pday"] or m["pdays"]:
        return TimemlValue(f"XXXX-XX-XXT{_PART_CODE[m['pday'] or m['pdays']]}", "SET")
    if m["we"] or m["wes"]:
        return TimemlValue("XXXX-WXX-WE", "SET")
    wd, part = (m["wd"], m["part"]) if m["wd"] else (m["wds"], m["parts"] or m["parts1"])
    value = f"XXXX-WXX-{WEEKDAYS[wd] + 1}" + (f"T{_PART_CODE[part]}" if part else "")
    return TimemlValue(value, "SET")


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _prev_quarter(year: int, quarter: int, n: int = 1) -> tuple[int, int]:
    index = year * 4 + quarter - 1 - n
    return index // 4, index % 4 + 1


def _quarter_value(year: int, quarter: int) -> TimemlValue:
    start = dt.date(year, 3 * quarter - 2, 1)
    end_y, end_m = add_months(year, 3 * quarter, 0)
    end = shift(make_date(end_y, end_m, 1) or start, 0) or start
    end = dt.date(end_y, end_m, _last_day(end_y, end_m))
    date = DateValue(start, end, "month", basis="quarter")
    return TimemlValue(f"{year}-Q{quarter}", "DATE", date, anchors=True)


def _last_day(year: int, month: int) -> int:
    nxt_y, nxt_m = add_months(year, month, 1)
    return (dt.date(nxt_y, nxt_m, 1) - dt.timedelta(days=1)).day


_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _ref_quarter(ref: TimemlValue | None) -> tuple[int, int] | None:
    if ref is not None and ref.quarter:
        m = _QUARTER_VALUE.fullmatch(ref.quarter)
        if m:
            return int(m[1]), int(m[2])
    return None


_QUARTER_SHORT = re.compile(
    r"q(?P<q>[1-4])(?:\s+(?:of\s+)?(?P<y>\d{4}|'\d\d))?|(?P<y2>\d{4})\s*q(?P<q2>[1-4])"
)


def _quarter(low, dct, future, ref, ref_date):
    m = _QUARTER_SHORT.fullmatch(low)
    if m is not None:  # "Q3", "Q3 2012", "2012 Q3"
        written = m["y"] or m["y2"]
        quarter = int(m["q"] or m["q2"])
        if written:
            year = int(written) if len(written) == 4 else 2000 + int(written[1:])
        else:
            year = dct.year - (not future and _quarter_of(dct) < (dct.year, quarter))
        return _quarter_value(year, quarter)
    m = re.fullmatch(r"(?:the\s+)?(?P<year>\d{4})\s+(?:fiscal\s+)?period", low)
    if m is not None:  # "the 1988 period": the discourse's quarter in that year, else the year
        ref_q = _ref_quarter(ref)
        if ref_q is None:
            return _dated(DateValue.year(int(m["year"])))
        return _quarter_value(int(m["year"]), ref_q[1])
    m = _QUARTER.fullmatch(low)
    if m is not None and (m["year"] or m["rel"]) and not m["ord"] and not m["year2"]:
        # "the 1988 quarter", "last year's quarter": the discourse's quarter in that year
        ref_q = _ref_quarter(ref)
        step = {"this": 0, "last": -1, "next": 1}.get(m["rel"] or "", 0)
        year = int(m["year"]) if m["year"] else dct.year + step
        return _quarter_value(year, ref_q[1]) if ref_q else None
    if m is not None and m["ord"]:
        quarter = _ORDINAL[m["ord"]]
        year = m["year"] or m["year2"]
        if year:
            return _quarter_value(int(year), quarter)
        ref_q = _ref_quarter(ref)
        base_year = dct.year
        if m["rel"] or m["rel2"]:  # "last year's third quarter", "the third quarter of
            # last year"
            base_year += {"this": 0, "last": -1, "next": 1}[m["rel"] or m["rel2"]]
        elif ref_q is not None and ref_q[1] == quarter and abs(ref_q[0] - dct.year) <= 1:
            base_year = ref_q[0]
        elif not future and _quarter_of(dct) < (dct.year, quarter):
            base_year -= 1
        if m["ago"]:
            base_year -= 1
        return _quarter_value(base_year, quarter)
    m = _QUARTER_REF.fullmatch(low)
    if m is None or (low.endswith(("period", "three months", "last year")) and not m["ago"] and
                     _ref_quarter(ref) is None):  # fmt: skip
        return None
    ref_q = _ref_quarter(ref)
    if m["step"]:  # "next quarter" after the document's; "the previous quarter" before the
        # discourse's ("the previous quarter" of a report compares with the one reported)
        step = m["step"]
        if step in ("next", "coming"):
            return _quarter_value(*_prev_quarter(*_quarter_of(dct), -1))
        if step == "following":
            return _quarter_value(*_prev_quarter(*(ref_q or _quarter_of(dct)), -1))
        if step == "this" and ref_q is None:
            return _quarter_value(*_quarter_of(dct))
        if step in ("previous", "prior", "preceding") and ref_q is not None:
            return _quarter_value(*_prev_quarter(*ref_q))
        return _quarter_value(*(ref_q or _prev_quarter(*_quarter_of(dct))))
    ago = m["ago"] or m["ago2"]
    latest = ago is not None and ago.startswith(("latest", "current", "just", "most"))
    year, quarter = ref_q if ref_q and not latest else _prev_quarter(*_quarter_of(dct))
    if ago is not None and ago.startswith("current"):  # the quarter the document is in
        year, quarter = _quarter_of(dct)
    if (m["ago"] and m["ago"].startswith(("year-", "prior-year"))) or m["ago3"]:
        year -= 1
    return _quarter_value(year, quarter)


_HALF = re.compile(
    r"(?:the\s+)?(?P<ord>first|second|last|latter)\s+(?:half|two\s+quarters)(?:\s+of\s+"
    r"(?:(?P<year>\d{4})|(?:the\s+)?(?P<mod>this|last|next|current)\s+year|the\s+year))?"
)


def _half(low, dct, future, ref, ref_date):
    """ "the first half of 1989" 1989-H1; "the last two quarters of the year" H2."""
    m = _HALF.fullmatch(low)
    if m is None:
        return None
    step = {"last": -1, "next": 1}.get(m["mod"] or "", 0)
    year = int(m["year"]) if m["year"] else dct.year + step
    half = 1 if m["ord"] == "first" else 2
    start, end = dt.date(year, 6 * half - 5, 1), dt.date(year, 6 * half, 30 if half == 1 else 31)
    date = DateValue(start, end, "month", basis="half year")
    return TimemlValue(f"{year}-H{half}", "DATE", date, anchors=True)


def _vague_duration(low, dct, future, ref, ref_date):
    """ "a while", "a long time", "a lengthy period": a stretch of no stated unit (PXX)."""
    if re.fullmatch(
        r"(?:for\s+)?(?:quite\s+)?a\s+(?:long\s+|short\s+|little\s+)?while|a\s+long\s+time"
        r"|(?:an?\s+)?(?:(?:very|fairly|rather|relatively)\s+)?(?:long|lengthy|short|brief|"
        r"extended|prolonged|limited)\s+(?:period|stretch|spell)(?:\s+of\s+time)?",
        low,
    ):
        return TimemlValue("PXX", "DURATION")
    return None


def _year_or(low, dct, future, ref, ref_date):
    """ "1994 or later", "1990 or earlier": the year named."""
    m = re.fullmatch(r"(?P<y>1[0-9]\d\d|20\d\d)\s+or\s+(?:later|earlier|sooner|before|after)", low)
    return _dated(DateValue.year(int(m["y"]))) if m else None


_EDGE = re.compile(
    r"(?:(?:around|at|by|near|toward|towards|until|through)\s+)?(?:the\s+)?"
    r"(?:(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?"
    r"(?:(?P<mod>this|last|next|current|past)\s+)?(?P<unit>year|month|week|quarter)"
    r"|(?P<ye>year(?:[\s-]+|'s\s+)end))"
)


def _edge(low, dct, future, ref, ref_date):
    """ "the end of the year", "year-end", "the beginning of last month": the unit itself
    (TimeML marks the edge with mod="END"/"START" and keeps the unit's value)."""
    m = _EDGE.fullmatch(low)
    if m is None:
        return None
    unit = "year" if m["ye"] else m["unit"]
    step = {"last": -1, "past": -1, "next": 1}.get(m["mod"] or "", 0)
    if unit == "quarter":
        return _quarter_value(*_prev_quarter(*_quarter_of(dct), -step))
    if unit == "year":
        return _dated(DateValue.year(dct.year + step))
    if unit == "month":
        return _dated(DateValue.month(*add_months(dct.year, dct.month, step)))
    return _dated(DateValue.week(dct + dt.timedelta(days=7 * step)))


def _year_ago(low, dct, future, ref, ref_date):
    if not _YEAR_AGO.fullmatch(low):
        return None
    if ref is not None and re.fullmatch(r"P\d+M", ref.value):
        # after a stretch of months ("in the first nine months, ... a year earlier") the
        # comparison is with the year before, not with the quarter discussed before it
        return _dated(DateValue.year(dct.year - 1))
    ref_q = _ref_quarter(ref)
    if ref_q is not None:
        return _quarter_value(ref_q[0] - 1, ref_q[1])
    if low.endswith(("earlier", "before", "period", "quarter", "level")) and ref_date:
        if ref_date.precision == "day":
            date = make_date(ref_date.start.year - 1, ref_date.start.month, ref_date.start.day)
            if date:
                return _dated(DateValue.day(date, basis="a year before the reference"))
        if ref_date.precision == "month":
            return _dated(DateValue.month(ref_date.start.year - 1, ref_date.start.month))
        return _dated(DateValue.year(ref_date.start.year - 1))
    return _dated(DateValue.year(dct.year - 1))


def _dated(value: DateValue, suffix: str = "", type_: str = "DATE") -> TimemlValue:
    return TimemlValue(date_to_timeml(value) + suffix, type_, value, anchors=True)


def _fiscal(low, dct, future, ref, ref_date):
    m = _FISCAL.fullmatch(low)
    if m:
        return _dated(DateValue.year(int(m["year"] or m["y2"] or m["y3"])))
    m = _FISCAL_REL.fullmatch(low)
    if m:
        # "the latest fiscal year" is the last one ended, as "the latest quarter" is
        step = {"last": -1, "previous": -1, "latest": -1, "next": 1}.get(m["mod"] or "", 0)
        return _dated(DateValue.year(dct.year + step))
    return None


def _decade(low, dct, future, ref, ref_date):
    m = _DECADE.fullmatch(low)
    if m:
        # TimeML writes a decade as its first three digits ("the 1990s" 199, as the TimeML
        # guidelines do); a decade marked without its article ("in the [1990s]") is written
        # as ISO-TimeML does, 199X: the two annotation styles mark spans differently
        x = "" if low.startswith("the ") else "X"
        if m["word"]:
            century = 19 if dct.year < 2030 else dct.year // 100
            return TimemlValue(f"{century}{_DECADE_WORD[m['word']]}{x}", "DATE")
        if m["short"]:
            return TimemlValue(f"19{m['short']}{x}", "DATE")
        return TimemlValue(f"{m['y']}{m['d']}{x}", "DATE")
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


def _holiday_date(name: str, year: int) -> dt.date | None:
    if name.startswith("christmas"):
        return dt.date(year, 12, 24 if name.endswith("eve") else 25)
    if name.startswith("new year"):
        return dt.date(year, 12, 31) if name.endswith("eve") else dt.date(year, 1, 1)
    if name.startswith("thanksgiving"):
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name.startswith("election"):
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    if name.startswith("labor"):
        first = dt.date(year, 9, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7)
    if name.startswith("memorial"):
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    # the movable feasts, counted from Easter Sunday ("holy week" is the week before it)
    from_easter = {"easter monday": 1, "palm sunday": -7, "good friday": -2, "holy thursday": -3,
                   "maundy thursday": -3, "holy saturday": -1, "ash wednesday": -46,
                   "pentecost": 49, "whit sunday": 49, "holy week": -6}  # fmt: skip
    for feast, days in from_easter.items():
        if name.startswith(feast):
            return _easter(year) + dt.timedelta(days=days)
    if name.startswith("easter"):
        return _easter(year)
    if name.startswith(("mother", "father")):  # the second Sunday of May, third of June (US)
        first = dt.date(year, 5, 1) if name.startswith("mother") else dt.date(year, 6, 1)
        weeks = 1 if name.startswith("mother") else 2
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * weeks)
    fixed = {"independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
             "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14),
             "remembrance day": (11, 11), "armistice day": (11, 11)}  # fmt: skip
    if name.startswith("st"):  # St. Patrick's Day
        return dt.date(year, 3, 17)
    if name.startswith("valentine"):
        return dt.date(year, 2, 14)
    month_day = fixed.get(name)
    return dt.date(year, *month_day) if month_day else None


def _easter(year: int) -> dt.date:
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


def _holiday(low, dct, future, ref, ref_date):
    m = _HOLIDAYS.fullmatch(low)
    if m is None or not 1 <= dct.year <= 9998:
        return None
    name = " ".join(m["name"].split())
    this = _holiday_date(name, dct.year)
    if this is None:
        return None
    mod = m["mod"]
    before = _holiday_date(name, dct.year - 1)
    if mod == "last":
        day = before if this >= dct else this
    elif mod == "next" or (future and this < dct):
        day = _holiday_date(name, dct.year + 1)
    elif mod is None and not future and this > dct and before is not None:
        # a holiday named without "last" or "next" is the nearest one: "Election Day" in late
        # October is the coming one, "Christmas" in early January the one just past
        day = this if (this - dct) < (dct - before) else before
    else:
        day = this
    if day is None:
        return None
    if m["week"] or name == "holy week":
        return _dated(DateValue.week(day))
    return _dated(DateValue.day(day))


def _number(words: str | None) -> float | None:
    """The count of a duration: "three", "2 1/2", "twenty four", "a"; None when vague."""
    if not words:
        return 1.0
    words = words.strip()
    frac = re.fullmatch(r"(\d+)\s+(\d)/(\d)", words)
    if frac:
        return int(frac[1]) + int(frac[2]) / int(frac[3])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", words):
        return float(words.replace(",", ""))
    if words in ("a", "an", "one"):
        return 1.0
    if words.endswith("dozen"):  # "a dozen" 12, "two dozen" 24, "half a dozen" 6
        count = _number(words[: -len("dozen")].strip())
        return 12 * count if count is not None else None
    if words.startswith("half"):
        return 0.5
    if words.startswith("couple"):
        return 2.0
    value = words_to_number(words)
    return float(value) if value is not None else None


def _duration_value(n: float | None, unit: str, half: bool) -> str:
    prefix, code, scale = _UNIT_CODE[unit]
    if n is None:
        return _VAGUE_X[unit]
    n = n * scale + (0.5 * scale if half else 0)
    if code == "Y" and n >= 1000 and n % 1000 == 0:  # millennia: "two thousand years" P2L
        return f"P{int(n) // 1000}L"
    if n == int(n):
        return f"P{prefix}{int(n)}{code}"
    whole, part = int(n), n - int(n)
    smaller = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("S", 60), "W": ("D", 7)}
    if code in smaller:
        sub, per = smaller[code]
        extra = round(part * per)
        if code == "D":
            return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
        if code == "M" and prefix == "":  # months → days
            return f"P{whole}M{round(part * 30)}D" if whole else f"P{round(part * 30)}D"
        return f"P{prefix}{whole}{code}{extra}{sub}" if whole else f"P{prefix}{extra}{sub}"
    return f"P{prefix}{n:g}{code}"


_QUARTER_UNIT = re.compile(
    r"(?:(?:about|around|nearly|almost|more\s+than|over|some|just|only)\s+)?(?:a|one|(?P<three>"
    r"three))[\s-]+quarters?(?:\s+of\s+an?)?[\s-]+(?P<unit>century|hour)"
)


_RANGE_NUM = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty)"
)
_RANGE = re.compile(
    rf"(?:between\s+)?(?P<first>{_RANGE_NUM})\s*(?:to|or|and|-|–)\s*{_RANGE_NUM}"
    r"(?=\s+(?:second|minute|hour|day|week|month|year|decade)s?\b)"
    r"|(?P<first2>(?:a|an|one)\s+(?:second|minute|hour|day|week|month|year|decade))\s+or\s+two\b"
)


def _duration(low, dct, future, ref, ref_date):
    if re.search(r"\b(?<!-)(?:ago|later|earlier|before|after|since|from\s+now|hence)\b", low):
        return None
    # "a quarter century" P25Y, "three quarters of an hour" PT45M
    m = _QUARTER_UNIT.fullmatch(low)
    if m is not None:
        share = 0.75 if m["three"] else 0.25
        return TimemlValue(_duration_value(share, m["unit"], False), "DURATION")
    # "two-and-a-half years" is "two and a half years"; "yearlong" is "year-long"; "in two
    # years' time" is two years
    low = re.sub(r"-and-a-half\b", " and a half", low)
    low = re.sub(r"\b(day|week|month|year)long\b", r"\1-long", low)
    low = re.sub(r"(?<=[a-z])(?:(?P<pl>s)'|'s)\s+time$", lambda t: t["pl"] or "", low)
    # "a period of six months", "the course of three days": the stretch named
    low = re.sub(r"^(?:over\s+)?(?:a|the)\s+(?:period|course|span|space|stretch)\s+of\s+", "", low)
    # a range is written as its first count: "two to three weeks" P2W, "a day or two" P1D
    low = _RANGE.sub(lambda t: t["first"] or t["first2"], low)
    # "all day", "all week", "all year": the whole unit
    m = re.fullmatch(r"all\s+(?P<unit>day|night|week|month|year)(?:\s+long)?", low)
    if m is not None:
        return TimemlValue(_duration_value(1, m["unit"], False), "DURATION")
    m = _DURATION.fullmatch(low)
    if m is None:
        return None
    unit, plural, num = m["unit"], bool(m["plural"]), m["num"]
    half = bool(m["half"] or m["half2"])  # "a year and a half", "two and a half years"
    head = low[: m.start("unit")] if num is None else low[: m.start("num")]
    if num is None and not plural:
        # "the past week", "this year", "the year": dates, unless "the full/entire year"
        if low.endswith("-long") or m["half"]:  # "the year-long dispute", "the past year
            # and a half"
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if re.search(r"\b(?:entire|whole|full|long)\b", head) and unit not in ("year",):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if re.fullmatch(r"(?:the\s+)?(?:past|last)\s+", head) and unit in ("decade", "century"):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if _HEDGE.fullmatch(head) and head.strip() and unit not in ("quarter",):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        if head.strip() in ("", "a", "an", "one") and unit not in ("quarter",):
            return TimemlValue(_duration_value(1, unit, half), "DURATION")
        return None
    n = _number(num) if num else None
    vague = num is not None and re.search(r"few|several|some|many|numerous|couple", num)
    if num is not None and n is None and not vague:  # "the fiscal-first quarter"
        return None
    if n is not None and n >= 1000 and not (plural and (unit == "year" or "," in num)):
        return None  # "the 1988 quarter" is a date, not 1988 quarters; "1,000 years" is P1000Y
    return TimemlValue(_duration_value(n, unit, half), "DURATION")


_COMPOUND = re.compile(
    r"(?P<a>.+?(?:year|month|week|day|hour|minute)s?)\s*(?:,\s*|\s+and\s+|,\s+and\s+)"
    r"(?P<b>.+?(?:month|week|day|hour|minute|second)s?)"
)
_PART_VALUE = re.compile(r"P(?P<date>(?:\d+[YMWD])*)(?:T(?P<time>(?:\d+[HMS])+))?")


def _compound_duration(low, dct, future, ref, ref_date):
    """ "two years and three months" P2Y3M, "an hour and 20 minutes" PT1H20M."""
    m = _COMPOUND.fullmatch(low)
    if m is None or " and a half" in low:
        return None
    parts = [_duration(m[g], dct, future, ref, ref_date) for g in ("a", "b")]
    if any(p is None or p.type != "DURATION" for p in parts):
        return None
    first, second = (_PART_VALUE.fullmatch(p.value) for p in parts)
    if first is None or second is None:
        return None
    date = first["date"] + second["date"]
    time = (first["time"] or "") + (second["time"] or "")
    return TimemlValue(f"P{date}" + (f"T{time}" if time else ""), "DURATION")


def _time_of_day(low, dct, future, ref, ref_date):
    m = _CLOCK.search(low)
    if m is None:
        return None
    rest = (low[: m.start()] + " " + low[m.end() :]).strip()
    rest = re.sub(
        r"\b(?:at|on|about|around|approximately|shortly|just|before|after|by|"
        r"until|[a-z]st|[ecmp][sd]t|gmt|local\s+time|time|the)\b",
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
        hour = int(m["h2"]) + (12 if m["part2"] in ("afternoon", "evening") else 0)
        clock = f"{hour % 24:02d}:00"
    elif m["hh"] or m["hh4"]:
        clock = f"{int(m['hh'] or m['hh4']):02d}:{m['mm'] or m['mm4']}"
    elif m["hw"]:
        clock = f"{words_to_number(m['hw']):02d}:00"
    else:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if hour > 12 or minute > 59:
            return None
        ampm = m["ampm"].replace(".", "").replace(" ", "")
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    value = f"{day.value}T{clock}" if day is not None else f"T{clock}"
    return TimemlValue(value, "TIME", day, anchors=True)


def _day_of(rest: str, dct: dt.date, future: bool, ref_date: DateValue | None):
    """The day a time of day or a part of day belongs to ("Tuesday", "yesterday", none)."""
    rest = re.sub(r"^(?:of|on|in)\s+|\s+(?:of|on|in)$", "", rest.strip())
    if not rest or rest in ("this", "today", "the", "in the"):
        return DateValue.day(dct)
    if rest in ("that", "the same"):
        return ref_date if ref_date and ref_date.precision == "day" else DateValue.day(dct)
    if rest in ("last", "yesterday"):
        day = shift(dct, -1)
        return DateValue.day(day) if day else None
    if rest in ("tomorrow", "next"):
        day = shift(dct, 1)
        return DateValue.day(day) if day else None
    day = resolve(_recase(rest), dct, future=future, reference=ref_date)
    return day if day is not None and day.precision == "day" else None


_NAMES = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|"
    r"aug|sept|sep|oct|nov|dec)\b"
)


def _recase(fragment: str) -> str:
    """Capitalise weekday and month names again: `resolve` reads them case-sensitively."""
    return _NAMES.sub(lambda m: m.group(0).capitalize(), fragment)


def _part_of_day(low, dct, future, ref, ref_date):
    m = _PART.search(low)
    if m is None or re.search(r"\d", low) and not re.search(r"[a-z]{3,}\.?\s+\d", low):
        return None
    part = m["part"]
    rest = (low[: m.start()] + " " + low[m.end() :]).strip()
    rest = re.sub(
        r"\b(?:early|late|mid|later|earlier|the|at|in|of|on|during|this\s+past)\b-?", " ", rest
    )
    rest = " ".join(rest.split())
    if part == "tonight":
        part, rest = "night", rest or "this"
    elif part == "overnight":
        part = "night"
    elif part in ("dawn", "dusk"):
        part = "morning" if part == "dawn" else "evening"
    if rest and not re.search(r"[a-z]", rest):
        return None
    if rest and not (
        rest in ("this", "that", "last", "yesterday", "tomorrow", "next", "the same")
        or resolve(_recase(rest), dct, future=future, reference=ref_date)
    ):
        return None
    # "in the morning" alone belongs to the day the discourse is on, as a clock time does
    on_ref = not rest and m["part"] in _PART_CODE and ref_date and ref_date.precision == "day"
    day = ref_date if on_ref else _day_of(rest, dct, future, ref_date)
    if m["part"] == "overnight" and not rest:
        # "overnight" alone is the night before the day the discourse is on (the document's)
        base = ref_date if ref_date is not None and ref_date.precision == "day" else None
        before = shift((base or DateValue.day(dct)).start, -1)
        day = DateValue.day(before) if before else None
    if day is None:
        return None
    return TimemlValue(f"{day.value}T{_PART_CODE[part]}", "TIME", day, anchors=True)


def _weekend(low, dct, future, ref, ref_date):
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
    return _dated(resolved)


def _season_words(low, dct, future, ref, ref_date):
    m = re.fullmatch(r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|autumn|"
                     r"fall|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?", low)  # fmt: skip
    if m is None:
        return None
    if m["y"]:
        return TimemlValue(f"{m['y']}-{_SEASON_NAME[m['s']]}", "DATE")
    resolved = resolve(f"in the {m['s']}", dct, future=future)
    return _dated(resolved) if resolved else None


def _years_bare(low, dct, future, ref, ref_date):
    m = re.fullmatch(r"(?:the\s+)?(?:year\s+)?(?:(?:early|late|mid|post|pre)[\s-]+)?"
                     r"(?P<y>1[0-9]\d\d|20\d\d)(?:'s|\s+(?:period|season))?", low)  # fmt: skip
    if m is None:
        return None
    return _dated(DateValue.year(int(m["y"])))


_GAP = re.compile(r"(?P<stretch>.+?)\s+(?:later|earlier|afterwards?)")


def _gap(low, dct, future, ref, ref_date):
    """ "three days later", "a day earlier": TimeBank writes the stretch of days, hours, weeks
    or months (P3D); "a year earlier" is a date."""
    m = _GAP.fullmatch(low)
    if m is None:
        return None
    vague = re.fullmatch(
        r"(?:many\s+|several\s+|a\s+few\s+|some\s+)?(?P<u>year|decade)s", m["stretch"]
    )
    if vague:  # "years later", "decades earlier": a stretch of no stated count
        return TimemlValue(_VAGUE_X[vague["u"]], "DURATION")
    if re.search(r"\b(?:years?|decades?)\b", m["stretch"]):
        return None
    found = _duration(m["stretch"], dct, future, ref, ref_date)
    return found if found is not None and found.type == "DURATION" else None


_WEEKDAY_BEFORE = re.compile(
    r"(?:the\s+)?(?:previous|preceding|prior)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)


def _weekday_before(low, dct, future, ref, ref_date):
    """ "the previous Friday": the Friday before the day the discourse is on (the document's
    day when it is on none), as "the previous day" is."""
    m = _WEEKDAY_BEFORE.fullmatch(low)
    if m is None:
        return None
    base = ref_date.start if ref_date is not None and ref_date.precision == "day" else dct
    back = (base.weekday() - WEEKDAYS[m["wd"]] - 1) % 7 + 1
    day = shift(base, -back)
    return _dated(DateValue.day(day, basis=f"the {m['wd']} before {base}")) if day else None


_UNIT_BESIDE = re.compile(r"(?:the\s+)?(?P<unit>night|week|month|year)\s+(?P<dir>before|after)")


def _unit_beside(low, dct, future, ref, ref_date):
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
        return _dated(DateValue.year(base.year + step))
    if unit == "month":
        return _dated(DateValue.month(*add_months(base.year, base.month, step)))
    day = shift(base, step * (7 if unit == "week" else 1))
    if day is None:
        return None
    if unit == "week":
        return _dated(DateValue.week(day))
    return TimemlValue(f"{day.isoformat()}TNI", "TIME", DateValue.day(day), anchors=True)


_CENTURY_AGO = re.compile(
    r"(?:(?:about|nearly|almost|more\s+than|over|some|just|roughly)\s+)?(?:a|one|(?P<n>two|three|"
    r"four|five))\s+century\s+ago|(?:(?:about|nearly|almost|more\s+than|over|some|just)\s+)?"
    r"(?P<n2>two|three|four|five)\s+centuries\s+ago"
)


def _century_ago(low, dct, future, ref, ref_date):
    """ "a century ago": the year a hundred years before the document's, as "a decade ago" is
    the year ten years before."""
    m = _CENTURY_AGO.fullmatch(low)
    if m is None:
        return None
    n = words_to_number(m["n"] or m["n2"]) if (m["n"] or m["n2"]) else 1
    return _dated(DateValue.year(dct.year - 100 * n))


_DAY_BESIDE = re.compile(r"(?:the\s+)?day\s+(?P<dir>before|after)\s+(?P<rest>.+)")


def _day_beside(low, dct, future, ref, ref_date):
    """ "the day before last Tuesday", "the day after Christmas": the day named, moved by one."""
    m = _DAY_BESIDE.fullmatch(low)
    if m is None or m["rest"] in ("yesterday", "tomorrow"):
        return None
    day = _normalise(_recase(m["rest"]), dct, future=future, ref=ref, ref_date=ref_date).date
    if day is None or day.precision != "day":
        return None
    moved = shift(day.start, -1 if m["dir"] == "before" else 1)
    return _dated(DateValue.day(moved, basis=f"the day {m['dir']} {day.value}")) if moved else None


_HANDLERS = (
    _day_beside,
    _unit_beside,
    _century_ago,
    _weekday_before,
    _gap,
    _edge,
    _half,
    _vague_duration,
    _year_or,
    _vague_span,
    _present,
    _past_future,
    _set,
    _quarter,
    _year_ago,
    _fiscal,
    _decade,
    _holiday,
    _weekend,
    _years_bare,
    _season_words,
    _duration,
    _compound_duration,
    _time_of_day,
    _part_of_day,
)
