"""TimeML values for vague references: `PRESENT_REF` ("now", "currently"), `PAST_REF`
("recently"), `FUTURE_REF` ("soon"), stretches of no stated count ("recent weeks" PXW,
"a while" PXX), and the bare "the week" or "the day"."""

from __future__ import annotations

import re

from wirecode.records import DateValue
from wirecode.time.timeml_durations import VAGUE_X
from wirecode.time.timeml_values import TimemlValue, dated

# two units coordinated under one modifier ("recent weeks and months", "the past months
# and years") have no one unit to be counted in: a time past or to come
_UNITS = r"(?:days|weeks|months|years)"
_BACK = r"(?:the\s+)?(?:past|last)(?:\s+(?:few|several))?"
_AHEAD = r"(?:the\s+)?(?:next|coming)(?:\s+(?:few|several))?"
_PRESENT = re.compile(
    # ("present" alone: "at present" with its preposition cut off)
    r"(?:right\s+)?now|currently|current|presently|(?:at\s+)?present|nowadays|these\s+days|"
    r"(?:at\s+)?the\s+moment|this\s+(?:\w+\s+)?(?:moment|time)|the\s+present|today'?s?\s+world|"
    r"already|yet|the\s+time\s+being"
)
_PAST = re.compile(
    r"(?:more\s+|most\s+|until\s+|only\s+|just\s+)?(?:recently|recent|previously|formerly|once|"
    r"the\s+past|earlier|lately|in\s+the\s+past|the\s+(?:last|past)\s+(?:few|several)\s+\w+|"
    r"recent\s+(?:\w+\s+)?(?:days|weeks|months|years|times)|"
    # a vague count of units ago is a time past, whatever the unit ("a few days ago", "several
    # weeks ago", "some years ago"): no count, so no one day, week or month to write
    r"(?:several|a\s+few|few|some|many)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\s+ago|(?:just\s+|only\s+)?(?:days|weeks|months|years|decades|"
    r"centuries)\s+ago|long\s+ago|(?:some|a\s+long)\s+time\s+ago|a\s+while\s+ago|the\s+time|then|"
    # "the then current price": the state of a time past
    r"(?:the\s+)?then[\s-]+(?:current|existing|prevailing)|"
    # two units coordinated (above; "or" after "recent" only: "the next weeks or months" is a
    # range, written as its first unit)
    rf"recent\s+{_UNITS}\s+(?:and|or)\s+{_UNITS}|{_BACK}\s+{_UNITS}\s+and\s+{_UNITS})"
)
_FUTURE = re.compile(
    # ("some day" as "someday": a day to come, which one unknown; a stretch is "some days")
    r"(?:the\s+)?(?:near\s+|distant\s+|foreseeable\s+)?future|soon|later|one\s+day|some\s?day|"
    r"(?:the\s+)?coming\s+(?:days|weeks|months|quarters)|eventually|in\s+the\s+(?:near\s+)?future|"
    r"(?:the\s+)?(?:near|short|long)(?:\s+|-)term|future(?:\s+(?:days|weeks|months|quarters|years))?|"
    r"a\s+later\s+date|as\s+soon\s+as\s+possible|"
    # ("the coming days and weeks", "the days and weeks ahead")
    rf"{_AHEAD}\s+{_UNITS}\s+and\s+{_UNITS}(?:\s+ahead)?|(?:the\s+)?{_UNITS}\s+and\s+"
    rf"{_UNITS}\s+ahead"
)


# Vague stretches: "recent weeks", "the past few days", "coming months", "the weeks ahead"
# (not "coming quarters", FUTURE_REF: a quarter has no letter of its own in a duration).
_VAGUE_SPAN = re.compile(
    r"(?:in\s+)?(?:the\s+)?(?:(?:most\s+)?recent|(?:past|last|next|coming)\s+(?:few|several)|"
    r"coming(?!\s+quarters)|(?<=the\s)early)\s+(?P<unit>day|week|month|quarter|year|decade|hour|"
    r"minute)s"
    # ("the hours ahead", "the next few days ahead")
    r"|(?:the\s+)?(?:(?:next|coming)\s+)?(?:(?:few|several)\s+)?"
    r"(?P<unit2>minute|hour|day|week|month|year)s\s+(?:ahead|to\s+come|or\s+\w+)"
)


def vague_span(low, dct, future, ref, ref_date):
    """ "recent weeks" PXW, "the past few days" PXD; "the year" P1Y; "the week" 2013-WXX."""
    m = _VAGUE_SPAN.fullmatch(low)
    if m is not None:
        unit = m["unit"] or m["unit2"]
        return TimemlValue("PXM" if unit == "quarter" else VAGUE_X[unit], "DURATION")
    if re.fullmatch(r"(?:the\s+)?(?:fiscal\s+)?year|one\s+day", low):
        return TimemlValue("P1Y" if low.endswith("year") else "P1D", "DURATION")
    if low in ("the week", "week"):
        return TimemlValue(f"{dct.year}-WXX", "DATE")
    if low in ("the day", "day"):  # "a great day for Poland": the day the discourse is on
        on_ref = ref_date is not None and ref_date.precision == "day"
        return dated(ref_date if on_ref else DateValue.day(dct))
    return None


def present(low, dct, future, ref, ref_date):
    if _PRESENT.fullmatch(low):
        return TimemlValue("PRESENT_REF", "DATE")
    return None


def past_future(low, dct, future, ref, ref_date):
    if _PAST.fullmatch(low):
        return TimemlValue("PAST_REF", "DATE")
    if _FUTURE.fullmatch(low):
        return TimemlValue("FUTURE_REF", "DATE")
    return None


def vague_duration(low, dct, future, ref, ref_date):
    """ "a while", "a long time", "a lengthy period": a stretch of no stated unit (PXX)."""
    if re.fullmatch(
        r"(?:for\s+)?(?:quite\s+)?a\s+(?:long\s+|short\s+|little\s+)?while|a\s+long\s+time"
        r"|(?:an?\s+)?(?:(?:very|fairly|rather|relatively)\s+)?(?:long|lengthy|short|brief|"
        r"extended|prolonged|limited)\s+(?:period|stretch|spell)(?:\s+of\s+time)?",
        low,
    ):
        return TimemlValue("PXX", "DURATION")
    return None
