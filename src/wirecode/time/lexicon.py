"""The words time expressions are made of, and the regular-expression fragments built from them.

Month, weekday, number and season names as tables, then the pieces the rules in `rules_*.py`
are written with: a month, a day, a year, a count, a weekday before a date, a preposition.
"""

from __future__ import annotations

import re

from wirecode.time.number_words import YEAR_WORDS_BODY

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "a couple of": 2, "couple of": 2, "a dozen": 12,
    "a few": None, "few": None, "several": None, "many": None, "some": None,
}  # fmt: skip
# the days of a month as ordinal words: "the ninth of March", "the twenty-first of May"
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
ORDINAL_DAYS: dict[str, int] = {
    **{w: i for i, w in enumerate(_ORDINALS, 1)},
    "twentieth": 20,
    **{f"twenty-{w}": 20 + i for i, w in enumerate(_ORDINALS[:9], 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
# (first month, last month, year offset of the last month) of each northern-hemisphere season
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}

# Proper nouns are matched case-sensitively inside case-insensitive rules: "may" is a verb.
MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUM = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in NUMBERS), key=len)[::-1])
UNIT = r"(?P<unit>day|week|month|year|decade)"
SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
PART = r"(?:morning|afternoon|evening|night)"
APOS = r"(?:['’´ʼ]s)?"
MOD = r"(?P<pre>early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)"


def month(group: str, *, abbr_dot: bool = False) -> str:
    """A month name; abbreviations need their dot when `abbr_dot` (a month standing alone)."""
    dot = r"\." if abbr_dot else r"\.?"
    return rf"(?P<{group}>(?-i:{MONTH_FULL})|(?-i:{MONTH_ABBR}){dot})(?![A-Za-z])"


def day(group: str) -> str:
    return rf"(?P<{group}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.]\d)"


def day_words(group: str) -> str:
    """A day of the month as an ordinal word in lower case ("ninth", "twenty-first")."""
    words = "|".join(w.replace("-", r"[\s-]") for w in sorted(ORDINAL_DAYS, key=len)[::-1])
    # (lower case: "the Fourth of July" is a holiday's name)
    return rf"(?P<{group}>(?-i:{words}))\b"


def year(group: str) -> str:
    return rf"(?P<{group}>(?:1[89]|20|21)\d\d)(?![\d])"


def year_or_words(group: str) -> str:
    """A year in digits or in words ("nineteen ninety-seven", as broadcast transcripts write
    it); `resolve` reads the words with `years_in_words`."""
    return rf"(?P<{group}>(?:1[89]|20|21)\d\d(?![\d])|(?:{YEAR_WORDS_BODY})\b)"


WD_PREFIX = rf"(?:(?P<wd>{WD}),?\s+(?:the\s+)?)?"
NOT_NUMBER = r"(?![-–/,.]\d)"  # "2021" but not "2021-22", "1,200" or "2021.5"
# a count in digits, thousands grouped ("2,000 years"), never the tail of a longer number
COUNT = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,3})"
PREPS = r"in|since|until|till|by|during|from|through|throughout|before|after|as\s+of"
# the zone after a clock time: "5 p.m. EST", "8 p.m. ET" (the US networks' zone without its
# season), "14:00 UTC", "9 a.m. Eastern time", "noon Moscow time", "3 p.m. local time"
# (abbreviations in capitals only: "et al." is no zone; a place's time is a name before
# "time" that does not open a sentence of its own: "at 5 p.m. This time, ...")
ZONE = (
    r"(?:(?-i:[ECMP][SD]?T|GMT|UTC|CES?T|BST|MSK)\b"
    r"|(?:(?-i:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?|local"
    r"|(?-i:(?!(?:This|That|These|Those|The|Next|Last|Each|Every|Any|Some|Prime|Over|Half|"
    r"Full|Part|Lunch|Dinner|Bed|Tea|Show|Game|[A-Z][a-z]+day)\b)[A-Z][a-z]+))\s+time\b"
    r"|(?-i:Eastern|Central|Mountain|Pacific)\b)"
)
