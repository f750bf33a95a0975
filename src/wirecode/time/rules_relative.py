"""The rules for expressions dated from another date: the document's, or the discourse's.

Weekdays and days around the document date ("last Friday", "yesterday", "next month", "the end
of the year", "two weeks ago"); anaphora, resolved against the date the discourse last
mentioned ("the same day", "the following week", "three days later"); and the present ("now",
"these days").
"""

from __future__ import annotations

from wirecode.time.lexicon import APOS, COUNT, MOD, MONTH_FULL, NUM, PART, SEASON, UNIT, WD
from wirecode.time.rule import Rule

# the nouns of newspapers' names after a weekday: "the Sunday Times", "the Sunday Telegraph"
_NEWSPAPER = (
    r"(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Mail|Independent|Observer|"
    r"Sport|Journal|Gazette|Standard)"
)
_END = r"(?=\s*[,.;:)!?]|\s*$)"  # followed by punctuation or the end: "the day before."

# a count in words of tens and units, before "ago": "twenty-five years ago" (it had been found
# as "five years ago")
_TENS_AND_UNITS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?=\s)"
)
RELATIVE_RULES: tuple[Rule, ...] = (
    # a stretch of weekdays: "from Monday to Wednesday", "between Friday and Sunday",
    # "Monday through Wednesday" (not "on Monday and Tuesday": two days)
    Rule(
        "interval_wd",
        "interval",
        rf"\b(?:between|from)\s+(?P<w1>{WD})\s+(?:and|to|until|till|through)\s+(?P<w2>{WD})"
        rf"(?![A-Za-z])",
    ),
    Rule(
        "interval_wd_thru",
        "interval",
        rf"\b(?P<w1>{WD})\s*(?:through|thru|-|–)\s*(?P<w2>{WD})(?![A-Za-z])",
    ),
    # a weekday placed in a week: "Friday next week", "on Monday last week", "Friday week" and
    # "a week on Friday" (British: a week after the coming Friday), "a week from Friday"
    Rule(
        "weekday_week",
        "weekday",
        rf"\b(?:(?P<wd>{WD})\s+(?:(?P<mod>next|last|this)\s+)?week|a\s+week\s+(?:on|from)\s+"
        rf"(?P<wd2>{WD}))(?![A-Za-z'’-])",
    ),
    # weekdays and days around the document date (not in a newspaper's name: "the Sunday
    # Times"); "overnight" before one is that day's night, found whole as "Tuesday night" is
    # ("police made arrests overnight Tuesday")
    Rule(
        "weekday",
        "weekday",
        r"\b(?:overnight\s+(?:on\s+)?(?=[A-Z][a-z]+day\b(?!['’])))?"
        rf"(?:(?P<mod>last|next|this\s+coming|this|coming|past|previous)\s+)?(?P<wd>{WD})"
        rf"{APOS}(?:\s+{PART})?(?![A-Za-z]|\s+{_NEWSPAPER}\b)",
    ),
    Rule(
        "relday",
        "relative",
        rf"\b(?:(?P<el>earlier|later)\s+today|(?P<word>today|tonight|yesterday|tomorrow){APOS}"
        rf"(?:\s+{PART})?|(?P<this>this|last)\s+(?P<part>{PART[3:-1]})"
        rf"|the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow))\b",
    ),
    # two units back or on: "the week before last", "the year after next" (not "the day
    # before last Tuesday's hearing", where "last" is the weekday's)
    Rule(
        "relunit_two",
        "relative",
        r"\bthe\s+(?P<unit>week|month|year)\s+(?:(?P<back>before\s+last)|after\s+next)\b"
        rf"(?!\s+(?:week|weekend|month|year|{WD}|{MONTH_FULL})\b|['’-])",
    ),
    Rule(
        "relunit",
        "relative",
        rf"\b(?:(?:{MOD}|(?P<el>earlier|later|early|late|mid))[\s-]+)?"
        rf"(?:this\s+(?=past\b))?(?P<mod>last|this|next|past|coming|current)\s+"
        rf"(?:fiscal\s+(?=year))?"
        rf"(?P<unit>week|weekend|month|year|decade){APOS}\b",
    ),
    # a unit left out after a comparison or a conjunction: "this year as last", "this year
    # than last", "this month or next" (the span is "last": the unit is the one named before)
    Rule(
        "relunit_elided",
        "relative",
        r"\b(?:this|last|next)\s+(?P<unit>week|month|year)\b[^.;!?\n]{0,60}?\b(?:than|as|and|or)\s+"
        r"(?P<t>last|next)(?=\s*[,.;:)!?\"”]|\s*$)",
    ),
    # the end or start of a unit: "the end of the month", "the beginning of last year"; and what
    # is left of it, the unit too (TimeML): "for the rest of the year", "the rest of the week"
    Rule(
        "edge",
        "relative",
        r"\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|rest)\s+of\s+(?:the\s+)?"
        r"(?:(?P<mod>last|this|next|past|current)\s+)?(?P<unit>week|month|year|decade)\b(?![-'’])",
    ),
    Rule(
        "year_end",
        "relative",
        r"year(?:[\s-]end|['’]s\s+end)\b(?!-)",
        ctx=r"by|at|since|until|till|around|before|after|through|from|near|toward|towards",
    ),
    # after a preposition (not "the weekend edition" heading a clause)
    Rule(
        "weekend",
        "relative",
        r"\bthe\s+weekend\b",
        ctx=r"over|during|at|on|of|before|after|until|till|through|throughout|by|for|from|since|into",
    ),
    Rule(
        "ago",
        "relative",
        rf"\b(?:(?:just|only|about|around|nearly|almost|more\s+than|less\s+than|over|some|"
        rf"roughly)\s+)?(?:(?P<n>{_TENS_AND_UNITS}|{NUM}|(?<![\d,.])\d{{1,3}})\s+)?"
        r"(?:and\s+a\s+half\s+)?"
        # (centuries too: "a century ago", "two centuries ago", as "a decade ago")
        rf"(?:{UNIT}s?|(?P<century>century|centuries))"
        rf"(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+ago\b",
    ),
)

ANAPHORA_RULES: tuple[Rule, ...] = (
    # anaphora: resolved against the date the discourse last mentioned
    Rule(
        "ana_same",
        "anaphoric",
        rf"\b(?:(?P<el>earlier|later)\s+(?:on\s+|in\s+)?)?(?:that\s+same|the\s+same|that)\s+"
        rf"(?P<unit>day|{PART[3:-1]}|week|month|year)\b",
    ),
    Rule(
        "ana_inthe",
        "anaphoric",
        r"\b(?:(?P<el>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)"
        # ... and "early", "late" ("early in the year", "late in the month"; not "late in the
        # day", as often "belatedly")
        r"|(?P<el2>early|late)\s+in\s+the\s+(?P<unit2>week|month|year))\b",
    ),
    Rule(
        "ana_shift",
        "anaphoric",
        rf"\bthe\s+(?P<dir>next|following|previous|preceding|prior)\s+"
        rf"(?P<unit>day|{PART[3:-1]}|week|month|year)\b",
    ),
    Rule("ana_dayafter", "anaphoric", rf"\bthe\s+day\s+(?P<dir>after|before){_END}"),
    # ... and a part of that day: "The night before, crowds gathered", "left the morning after."
    Rule(
        "ana_partafter",
        "anaphoric",
        rf"\bthe\s+(?P<unit>{PART[3:-1]})\s+(?P<dir>after|before){_END}",
    ),
    # a weekday, a weekend or a season placed from the discourse's date: "the following
    # Monday", "that weekend", "the previous winter", "that summer" (not "prices that fall
    # sharply", "the doubts that spring from it": "that" before "fall" or "spring" needs
    # punctuation after it)
    Rule(
        "ana_weekday",
        "anaphoric",
        rf"\bthe\s+(?P<dir>following|previous|preceding|prior)\s+(?P<wd>{WD}){APOS}(?![A-Za-z])",
    ),
    Rule(
        "ana_weekend",
        "anaphoric",
        r"\b(?:that(?:\s+same)?|the\s+same|the\s+(?P<dir>following|next|previous|preceding|prior))\s+"
        r"weekend\b(?!-)",
    ),
    Rule(
        "ana_season",
        "anaphoric",
        rf"\b(?:(?:that\s+same|the\s+same|the\s+(?P<dir>following|next|previous|preceding|"
        rf"prior))\s+{SEASON}|that\s+(?P<s2>summer|winter|autumn|(?:fall|spring){_END}))\b",
    ),
    Rule(
        "ana_later",
        "anaphoric",
        # ("a year and a half later", "two and a half years later")
        rf"\b(?P<n>{NUM}|{COUNT})(?P<half>\s+and\s+a\s+half)?\s+{UNIT}s?"
        rf"(?P<half2>\s+and\s+a\s+half)?\s+"
        rf"(?:(?P<dir>later|earlier|afterwards)|(?P<dir2>after|before){_END})",
    ),
    # the present
    Rule(
        "present",
        "present",
        r"\b(?:right\s+now|now|currently|at\s+present|at\s+the\s+moment|nowadays|these\s+days)"
        r"\b(?!-)",
    ),
)
